"""Blind set IG: a Norwegian chain of beauty salons and nail studios (Glans Salong & Negl AS).

Booking and POS integrations (Timma-style booking, Phorest, Square, SumUp, Nets Easy, Vipps, Klarna),
SMS reminders (Link Mobility, Sveve, Twilio), mail, the webshop (Shopify), accounting (Fiken,
Tripletex), salon devices and IT (Wi-Fi, NVRs, UniFi, printers), CI and infrastructure, about a
third written in Norwegian, and their decoys. Generated fakes only (seeds 3380000-3389999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3380000, 3389999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Negl", "Glans", "Fjord", "Lakk", "Rosa", "Perle", "Nordlys", "Vipps", "Salong", "Hjerte",
         "Sommer", "Bjork", "Koral", "Frost", "Lilla", "Tinde", "Mango", "Skog", "Bris", "Kanel"]
LOWER = ["neglelakk", "fjellbris", "kanel", "polish", "gelé", "mandel", "rosegull", "speil", "tulipan",
         "sminke", "skjell", "dusj", "krem", "kam", "bringebar", "moter"]
LOWER = [w.replace("é", "e") for w in LOWER]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def up_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_blob(n: int) -> str:
    return fakes.drawn(_seed(), n, ALNUM + "+/")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def sumup_key() -> str:
    return fakes.fake("sup_sk_", 32, _seed())


def nets_secret(mode: str = "live") -> str:
    return f"{mode}-secret-key-" + hexs(32)


def nets_checkout(mode: str = "live") -> str:
    return f"{mode}-checkout-key-" + hexs(32)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def meta_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def openai_key() -> str:
    return fakes.openai_key(_seed())


def mapbox(kind: str = "sk") -> str:
    return f"{kind}.eyJ1Ijoi" + alnum(40) + "." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def recaptcha_site() -> str:
    return "6L" + fakes.drawn(_seed(), 38, ALNUM + "-_")


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def orgnr() -> str:
    r = _rng()
    return str(r.randint(910000000, 999999999))


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
    CASES.append(LabelledCase(f"blind-ig/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking, POS and payments

add("env/stripe-secret-key", "webshop/.env.production", "https://docs.stripe.com/keys", """
# Glans nettbutikk - produksjon
NODE_ENV=production
SHOP_BASE_URL=https://shop.glans-salong.no
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
STRIPE_WEBHOOK_TOLERANCE=300
DEFAULT_CURRENCY=nok
GIFT_CARD_MIN_NOK=250
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-restricted-key", "giftcards/stripe_sync.py", "https://docs.stripe.com/keys#limit-access", """
\"\"\"Nightly sync of gift card sales from Stripe into the salon ledger.\"\"\"
import stripe

from giftcards.ledger import record_sale

# read-only restricted key for charges + balance (created by Ingrid 2024-03)
stripe.api_key = "@@secret@@"


def sync(since: int) -> int:
    count = 0
    for charge in stripe.Charge.list(created={"gte": since}, limit=100).auto_paging_iter():
        if charge.metadata.get("product") == "gavekort":
            record_sale(charge.id, charge.amount, charge.currency)
            count += 1
    return count
""", stripe_key("rk_live_"))

add("typescript/decoy-publishable-key", "booking-widget/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "nb" });

export function depositAmount(serviceMinutes: number): number {
  return serviceMinutes >= 90 ? 30000 : 15000; // øre
}
""", pk=stripe_key("pk_live_"))

add("yaml/stripe-webhook-secret", "deploy/booking-api/values-prod.yaml", "https://docs.stripe.com/webhooks#verify-events", """
replicaCount: 2
image:
  repository: registry.glans-salong.no/booking-api
  tag: "2.14.3"
env:
  DJANGO_SETTINGS_MODULE: booking.settings.prod
  STRIPE_WEBHOOK_SECRET: "@@secret@@"
  BOOKING_DEPOSIT_ENABLED: "true"
  TZ: Europe/Oslo
resources:
  limits:
    memory: 512Mi
""", "whsec_" + alnum(32))

add("php/nets-easy-secret-key", "wp-content/plugins/glans-checkout/config.php", "https://developer.nexigroup.com/nexi-checkout/en-EU/api/#authentication", """
<?php
// Nets Easy (Nexi Checkout) - nettbutikk produkter
defined('ABSPATH') || exit;

define('GLANS_NETS_MERCHANT_ID', '100065432');
define('GLANS_NETS_SECRET_KEY', '@@secret@@');
define('GLANS_NETS_CHECKOUT_KEY', '@@ck@@');
define('GLANS_NETS_TEST_MODE', false);
define('GLANS_NETS_TERMS_URL', 'https://shop.glans-salong.no/vilkar');
""", nets_secret(), ck=nets_checkout())

add("javascript/decoy-checkout-key", "shop/assets/js/checkout.js", "https://developer.nexigroup.com/nexi-checkout/en-EU/docs/web-integration/integrate-nexi-checkout-on-your-website-embedded/", """
// Nets Easy embedded checkout. The checkout key is meant for the browser.
const checkoutOptions = {
  checkoutKey: "@@ck@@",
  paymentId: window.glansPaymentId,
  containerId: "nets-checkout",
  language: "nb-NO",
};
const checkout = new Dibs.Checkout(checkoutOptions);
checkout.on("payment-completed", (r) => { window.location = "/takk?p=" + r.paymentId; });
""", ck=nets_checkout())

vipps_secret = b64_blob(43) + "="
add("python/vipps-client-secret", "payments/vipps/client.py", "https://developer.vippsmobilepay.com/docs/APIs/access-token-api/", """
import requests

VIPPS_BASE = "https://api.vipps.no"
MSN = "234567"  # merchant serial number, Glans Majorstuen
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
SUBSCRIPTION_KEY = "@@sub@@"


def access_token() -> str:
    r = requests.post(f"{VIPPS_BASE}/accesstoken/get", headers={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "Ocp-Apim-Subscription-Key": SUBSCRIPTION_KEY,
        "Merchant-Serial-Number": MSN,
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
""", vipps_secret, cid=uuid_s(), sub=hexs(32))

add("env/vipps-subscription-key", "kasse/.env", "https://developer.vippsmobilepay.com/docs/knowledge-base/api-keys/", """
# Kasse-app, Grünerløkka
VIPPS_MSN=234571
VIPPS_CLIENT_ID=@@cid@@
VIPPS_CLIENT_SECRET=${VIPPS_CLIENT_SECRET}
VIPPS_SUBSCRIPTION_KEY=@@secret@@
VIPPS_ENV=production
PRINTER_HOST=192.168.20.31
""", hexs(32), cid=uuid_s())

add("markdown/decoy-vipps-ids", "docs/betaling/vipps.md", "https://developer.vippsmobilepay.com/docs/knowledge-base/api-keys/", """
# Vipps i salongene

Hver salong har sitt eget salgssted (MSN). Nøklene ligger i 1Password, hvelvet **Betaling**.

| Salong       | MSN    | client_id                            |
|--------------|--------|--------------------------------------|
| Majorstuen   | 234567 | @@c1@@ |
| Grünerløkka  | 234571 | @@c2@@ |
| Bergen sentrum | 234590 | @@c3@@ |

`client_secret` og `Ocp-Apim-Subscription-Key` hentes med `op read "op://Betaling/Vipps <salong>/client_secret"`.
Aldri lim dem inn her.
""", c1=uuid_s(), c2=uuid_s(), c3=uuid_s())

klarna_user = "PK" + str(_rng().randint(10000, 99999)) + "_" + hexs(12)
klarna_pw = "klarna_live_api_" + fakes.drawn(_seed(), 60, ALNUM + "_-")
add("csharp/klarna-api-password", "src/Glans.Shop/Payments/KlarnaOptions.cs", "https://docs.klarna.com/api/authentication/", """
namespace Glans.Shop.Payments;

public sealed class KlarnaOptions
{
    public string BaseUrl { get; init; } = "https://api.klarna.com";
    public string Username { get; init; } = "@@user@@";
    public string Password { get; init; } = "@@secret@@";
    public string PurchaseCountry { get; init; } = "NO";
    public string Locale { get; init; } = "nb-NO";
}
""", klarna_pw, user=klarna_user)

add("go/sumup-api-key", "cmd/terminal-report/main.go", "https://developer.sumup.com/api/authorization", """
package main

import (
	"fmt"
	"net/http"
	"os"
)

const sumupKey = "@@secret@@"

func main() {
	req, _ := http.NewRequest("GET", "https://api.sumup.com/v0.1/me/transactions/history?limit=50", nil)
	req.Header.Set("Authorization", "Bearer "+sumupKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	fmt.Println("status", resp.Status)
}
""", sumup_key())

add("ruby/square-access-token", "lib/tasks/square_import.rake", "https://developer.squareup.com/docs/build-basics/access-tokens", """
# Import Square appointments from the Bergen studio (acquired 2023) into our booking DB
require "square"

namespace :square do
  task import: :environment do
    client = Square::Client.new(
      access_token: "@@secret@@",
      environment: "production"
    )
    result = client.bookings.list_bookings(location_id: "LQ8V3NB0K2Y7R")
    result.data.bookings.each { |b| Booking.upsert_from_square(b) } if result.success?
  end
end
""", square_token())

add("json/decoy-square-ids", "integrations/square/locations.json", "https://developer.squareup.com/reference/square/locations-api", """
{
  "application_id": "sq0idp-@@app@@",
  "locations": [
    {"id": "LQ8V3NB0K2Y7R", "name": "Glans Negl Bergen", "currency": "NOK"},
    {"id": "L7H2KX0QZP4MD", "name": "Glans Negl Bergen Pop-up", "currency": "NOK"}
  ],
  "access_token": "see vault: secret/integrations/square#access_token",
  "webhook_signature_key": null
}
""", app=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("shell/stripe-secret-key", "scripts/refund_deposit.sh", "https://docs.stripe.com/api/refunds/create", """
#!/usr/bin/env bash
# Refunder depositum for en avbestilt time. Bruk: ./refund_deposit.sh pi_xxx
set -euo pipefail
PI="$1"
curl -sS https://api.stripe.com/v1/refunds \\
  -u @@secret@@: \\
  -d payment_intent="$PI" \\
  -d reason=requested_by_customer \\
  -d "metadata[salong]=majorstuen"
echo "refundert $PI"
""", stripe_key())

add("yaml/decoy-env-reference", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy-shop
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          NETS_SECRET_KEY: ${{ secrets.NETS_SECRET_KEY }}
          VIPPS_CLIENT_SECRET: ${{ secrets.VIPPS_CLIENT_SECRET }}
      - run: npx wrangler pages deploy dist --project-name glans-shop
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}
""")

add("python/decoy-test-fixture", "tests/payments/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from payments.webhooks import verify_signature

# A secret made up for this test only; the real one lives in the prod Secret.
TEST_SECRET = "whsec_test_only_not_a_real_secret"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_valid_signature_is_accepted():
    body = b'{"type": "payment_intent.succeeded"}'
    assert verify_signature(body, sign(body), TEST_SECRET)


def test_tampered_body_is_rejected():
    assert not verify_signature(b"{}", sign(b'{"a": 1}'), TEST_SECRET)
""")

add("log/decoy-redacted-value", "logs/payments-2024-11-02.log", "https://docs.stripe.com/api/errors", """
2024-11-02T09:01:12+01:00 INFO  payments boot env=prod region=eu-north-1
2024-11-02T09:01:12+01:00 INFO  stripe configured key=sk_live_****************************3fQa
2024-11-02T09:01:13+01:00 INFO  nets configured secret=live-secret-key-[REDACTED]
2024-11-02T09:14:55+01:00 INFO  deposit pi_3OqLk2Hx8yTT0aZ91c4F2bQe amount=15000 nok salong=majorstuen
2024-11-02T09:20:03+01:00 WARN  card_declined pi_3OqLm1Hx8yTT0aZ90Jb7Rk2d code=insufficient_funds
2024-11-02T09:31:47+01:00 INFO  refund re_3OqLk2Hx8yTT0aZ91Wq7c1Zs amount=15000
""")

# ---------------------------------------------------------------- SMS, mail and messaging

link_pw = words_pw()
add("python/sms-gateway-password", "reminders/link_sms.py", "https://www.linkmobility.com/developers", """
\"\"\"SMS-påminnelse 24 timer før timen (LINK Mobility REST).\"\"\"
import requests

LINK_URL = "https://n-eu.linkmobility.io/sms/send"
LINK_USER = "glans_salong"
LINK_PASSWORD = "@@secret@@"
SENDER = "GlansNegl"


def send_reminder(phone: str, name: str, when: str) -> None:
    body = {
        "source": SENDER,
        "destination": phone,
        "userData": f"Hei {name}! Påminnelse om timen din {when}. Svar AVBESTILL for å avbestille.",
        "platformId": "COMMON_API",
        "platformPartnerId": "18213",
    }
    requests.post(LINK_URL, json=body, auth=(LINK_USER, LINK_PASSWORD), timeout=10).raise_for_status()
""", link_pw)

sveve_pw = rand_pw(14)
add("php/sms-gateway-password", "booking/sms/sveve.php", "https://sveve.no/apidok/send", """
<?php
// Sveve SMS - bekreftelse av booking
function glans_send_sms(string $to, string $msg): bool {
    $params = http_build_query([
        'user'   => 'glansnegl',
        'passwd' => '@@secret@@',
        'to'     => $to,
        'msg'    => $msg,
        'from'   => 'GlansNegl',
        'f'      => 'json',
    ]);
    $res = file_get_contents('https://sveve.no/SMS/SendMessage?' . $params);
    return $res !== false && strpos($res, '"fatalError"') === false;
}
""", sveve_pw)

add("shell/twilio-auth-token", "ops/sms_test.sh", "https://www.twilio.com/docs/usage/requests-to-twilio", """
#!/bin/sh
# Quick check that the Twilio number still sends (used for Swedish clients)
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC@@sid@@/Messages.json" \\
  --data-urlencode "To=+4670123456" \\
  --data-urlencode "From=+46765550123" \\
  --data-urlencode "Body=Test fra Glans" \\
  -u "AC@@sid@@:@@secret@@"
""", hexs(32), sid=hexs(32))

add("json/decoy-twilio-sid", "config/sms.json", "https://www.twilio.com/docs/iam/api/account", """
{
  "provider": "twilio",
  "accountSid": "AC@@sid@@",
  "messagingServiceSid": "MG@@mg@@",
  "authToken": "${TWILIO_AUTH_TOKEN}",
  "fromNumber": "+46765550123",
  "quietHours": {"start": "21:00", "end": "08:00", "tz": "Europe/Stockholm"}
}
""", sid=hexs(32), mg=hexs(32))

add("ini/smtp-password", "config/mail.ini", "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", """
; Kvitteringer og timebekreftelser
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = booking@glans-salong.no
password = @@secret@@
from = Glans Salong <booking@glans-salong.no>
reply_to = post@glans-salong.no
""", words_pw())

add("env/sendgrid-api-key", "newsletter/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
SENDGRID_API_KEY=@@secret@@
SENDGRID_TEMPLATE_BOOKING=d-@@tpl@@
SENDGRID_TEMPLATE_GIFTCARD=d-@@tpl2@@
NEWSLETTER_LIST_ID=@@list@@
FROM_EMAIL=hei@glans-salong.no
""", sendgrid_key(), tpl=hexs(32), tpl2=hexs(32), list=uuid_s())

add("python/mailchimp-api-key", "marketing/sync_members.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import mailchimp_marketing as MailchimpMarketing

from marketing.crm import opted_in_clients

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
AUDIENCE = "4f1c2a9d0b"

for c in opted_in_clients():
    client.lists.set_list_member(AUDIENCE, c.email_hash, {
        "email_address": c.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": c.first_name, "SALONG": c.home_salon},
    })
""", mailchimp_key())

add("yaml/mailgun-api-key", "config/packages/mailer.yaml", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
framework:
    mailer:
        dsn: 'mailgun+api://@@secret@@:mg.glans-salong.no@default?region=eu'
        envelope:
            sender: 'no-reply@glans-salong.no'
        headers:
            From: 'Glans Salong <no-reply@glans-salong.no>'
""", mailgun_key())

add("toml/postmark-server-token", "receipts/config.toml", "https://postmarkapp.com/developer/api/overview#authentication", """
[receipts]
provider = "postmark"
server_token = "@@secret@@"
message_stream = "outbound"
from = "kvittering@glans-salong.no"

[receipts.pdf]
logo = "assets/glans-logo.svg"
footer = "Glans Salong & Negl AS - org.nr. 923 456 781 MVA"
""", uuid_s())

add("csharp/decoy-postmark-placeholder", "src/Glans.Receipts/DevDefaults.cs", "https://postmarkapp.com/developer/api/overview#authentication", """
namespace Glans.Receipts;

public static class DevDefaults
{
    // Postmark's documented test token: accepted by the API, never delivers mail.
    public const string PostmarkServerToken = "POSTMARK_API_TEST";
    public const string From = "dev@glans-salong.no";
    public const string Stream = "outbound";
}
""")

tg = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "bots/lager_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Telegram-bot som varsler når neglelakk går tom på lager.\"\"\"
import os

import telebot

from stock import low_stock

bot = telebot.TeleBot("@@secret@@")
CHAT_ID = int(os.environ.get("LAGER_CHAT_ID", "-1001876543210"))


def varsle() -> None:
    for item in low_stock(threshold=3):
        bot.send_message(CHAT_ID, f"Lite igjen: {item.name} ({item.sku}) - {item.qty} stk i {item.salon}")


if __name__ == "__main__":
    varsle()
""", tg)

add("yaml/slack-webhook", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: salon-ops
  group_by: [alertname, salon]
receivers:
  - name: salon-ops
    slack_configs:
      - api_url: '@@secret@@'
        channel: '#salong-drift'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} ({{ .CommonLabels.salon }})'
""", slack_webhook())

add("javascript/slack-bot-token", "slackbot/index.js", "https://api.slack.com/authentication/token-types#bot", """
const { App } = require("@slack/bolt");

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/ledige-timer", async ({ command, ack, respond }) => {
  await ack();
  const salon = command.text || "majorstuen";
  await respond(`Henter ledige timer for ${salon} ...`);
});

(async () => { await app.start(3000); })();
""", slack_bot())

add("markdown/decoy-placeholder", "docs/integrasjoner/sms.md", "https://sveve.no/apidok/send", """
# SMS-leverandører

Vi sender påminnelser via LINK Mobility; Sveve brukes som reserve.

Eksempel (Sveve):

```
https://sveve.no/SMS/SendMessage?user=<brukernavn>&passwd=<passord>&to=99999999&msg=Test&f=json
```

Sett `SVEVE_USER` og `SVEVE_PASSWD` i miljøet; verdiene ligger i 1Password under *SMS*.
Test alltid med eget nummer før du sender til kunder.
""")

add("xml/decoy-env-reference", "config/notifications.xml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
<?xml version="1.0" encoding="UTF-8"?>
<notifications>
  <sms provider="link">
    <username>glans_salong</username>
    <password>${LINK_SMS_PASSWORD}</password>
    <sender>GlansNegl</sender>
  </sms>
  <mail host="smtp.office365.com" port="587">
    <user>booking@glans-salong.no</user>
    <password>${SMTP_PASSWORD}</password>
  </mail>
</notifications>
""")

add("properties/smtp-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.application.name=glans-booking
spring.datasource.url=jdbc:postgresql://db.internal:5432/booking
spring.datasource.username=booking
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.domeneshop.no
spring.mail.port=587
spring.mail.username=timebestilling@glans-salong.no
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", rand_pw(16, "!#%"))

add("powershell/smtp-password", "it/Send-Dagsrapport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Sender dagsrapport fra kassesystemet til daglig leder hver kveld kl 21
$rapport = "C:\\Kasse\\Rapporter\\dag_$(Get-Date -Format yyyyMMdd).pdf"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("rapport@glans-salong.no", $pw)
Send-MailMessage -From "rapport@glans-salong.no" -To "leder.majorstuen@glans-salong.no" `
  -Subject "Dagsrapport $(Get-Date -Format d)" -Attachments $rapport `
  -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $cred
""", words_pw())

add("env/decoy-placeholder", ".env.example", "https://12factor.net/config", """
# Kopier til .env og fyll inn. Ikke sjekk inn .env!
DATABASE_URL=postgres://booking:CHANGE_ME@localhost:5432/booking
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
NETS_SECRET_KEY=
VIPPS_CLIENT_SECRET=<fra 1Password>
LINK_SMS_PASSWORD=
SENDGRID_API_KEY=SG.your-key-here
""")

# ---------------------------------------------------------------- webshop, accounting, marketing

add("toml/shopify-access-token", "shopify-sync/shopify.app.toml", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Custom app "Lagersynk" - syncs retail stock between salons and the Shopify store
name = "lagersynk"
shop = "glans-salong.myshopify.com"
api_version = "2024-07"
admin_api_access_token = "@@secret@@"
locations = ["gid://shopify/Location/71234567890", "gid://shopify/Location/71234567891"]
sync_interval_minutes = 15
""", shopify_token())

add("python/shopify-access-token", "shopify-sync/inventory.py", "https://shopify.dev/docs/api/admin-rest#authentication", """
import requests

SHOP = "glans-salong.myshopify.com"
HEADERS = {
    "X-Shopify-Access-Token": "@@secret@@",
    "Content-Type": "application/json",
}


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    url = f"https://{SHOP}/admin/api/2024-07/inventory_levels/set.json"
    payload = {"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty}
    requests.post(url, json=payload, headers=HEADERS, timeout=15).raise_for_status()
""", shopify_token())

add("env/shopify-api-secret", "apps/booking-embed/.env", "https://shopify.dev/docs/apps/build/authentication-authorization", """
# Shopify app: timebestilling i nettbutikken
SHOPIFY_API_KEY=@@key@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_orders,read_customers
HOST=https://embed.glans-salong.no
""", shopify_token("shpss_"), key=hexs(32))

add("json/decoy-public-client-id", "apps/booking-embed/shopify.app.json", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration", """
{
  "name": "Glans timebestilling",
  "client_id": "@@key@@",
  "application_url": "https://embed.glans-salong.no",
  "embedded": true,
  "access_scopes": {"scopes": "read_products,write_orders,read_customers"},
  "webhooks": {"api_version": "2024-07"}
}
""", key=hexs(32))

fiken_token = alnum(40)
add("python/accounting-api-token", "regnskap/fiken_export.py", "https://api.fiken.no/api/v2/docs/#/", """
\"\"\"Eksporter dagsoppgjør fra kassen til Fiken som bilag.\"\"\"
import datetime as dt

import requests

FIKEN = "https://api.fiken.no/api/v2"
COMPANY = "glans-salong-og-negl-as"
TOKEN = "@@secret@@"  # personlig API-nøkkel (Kari), fornyes ved behov


def post_oppgjor(dato: dt.date, brutto_ore: int, mva_ore: int) -> None:
    body = {
        "date": dato.isoformat(),
        "description": f"Dagsoppgjør {dato:%d.%m.%Y}",
        "lines": [{"account": "3000", "grossAmount": brutto_ore, "vatType": "HIGH"}],
    }
    r = requests.post(f"{FIKEN}/companies/{COMPANY}/generalJournalEntries",
                      json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20)
    r.raise_for_status()
""", fiken_token)

tx_employee = b64_blob(48)
add("yaml/accounting-api-token", "regnskap/tripletex.yml", "https://developer.tripletex.no/docs/documentation/authentication-and-tokens/", """
# Tripletex - lønn og timer for frisører
tripletex:
  base_url: https://tripletex.no/v2
  consumer_token: @@consumer@@
  employee_token: @@secret@@
  company_id: 0
  session_valid_days: 30
avdelinger:
  majorstuen: 101
  grunerlokka: 102
  bergen: 201
""", tx_employee, consumer=b64_blob(48))

add("typescript/meta-access-token", "marketing/src/instagram.ts", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api", """
// Henter siste innlegg fra @glans.negl til galleriet på nettsiden
const IG_USER_ID = "17841405822304914";
const ACCESS_TOKEN = "@@secret@@";

export async function latestPosts(limit = 12) {
  const url = `https://graph.facebook.com/v19.0/${IG_USER_ID}/media?fields=id,caption,media_url,permalink&limit=${limit}&access_token=${ACCESS_TOKEN}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Graph API ${res.status}`);
  const json = await res.json();
  return json.data;
}
""", meta_token())

add("html/decoy-analytics-id", "site/templates/base.html", "https://developers.google.com/tag-platform/gtagjs/install", """
<!doctype html>
<html lang="nb">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Glans Salong & Negl{% endblock %}</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XZ4P"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('js', new Date());
    gtag('config', 'G-7QK2M9XZ4P');
  </script>
  <script src="https://connect.facebook.net/nb_NO/fbevents.js" data-pixel-id="1234567890123456"></script>
</head>
<body>{% block content %}{% endblock %}</body>
</html>
""")

add("javascript/decoy-firebase-config", "app/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config is public by design; access is controlled by security rules.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "glans-app.firebaseapp.com",
  projectId: "glans-app",
  storageBucket: "glans-app.appspot.com",
  messagingSenderId: "784512369021",
  appId: "1:784512369021:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_key(), app=hexs(22))

add("python/google-api-key", "reviews/fetch_reviews.py", "https://developers.google.com/maps/documentation/places/web-service/get-api-key", """
\"\"\"Collect Google reviews for each salon into the weekly KPI sheet.\"\"\"
import requests

PLACES_KEY = "@@secret@@"  # server key, Places API only
SALONS = {
    "majorstuen": "ChIJ3Y0m5R1uQUYRk2bAq2cT0XA",
    "grunerlokka": "ChIJx8k1cEpuQUYR8zq4rP7yVd0",
    "bergen": "ChIJs7qR0gL8PEYRtQxgH9Gq3aY",
}


def rating(place_id: str) -> float:
    r = requests.get("https://maps.googleapis.com/maps/api/place/details/json",
                     params={"place_id": place_id, "fields": "rating,user_ratings_total", "key": PLACES_KEY})
    return r.json()["result"]["rating"]
""", google_key())

add("python/openai-api-key", "chatbot/app.py", "https://platform.openai.com/docs/api-reference/authentication", """
from fastapi import FastAPI
from openai import OpenAI
from pydantic import BaseModel

client = OpenAI(api_key="@@secret@@")
app = FastAPI()

SYSTEM = ("Du er kundeservice for Glans Salong & Negl. Svar kort på norsk. "
          "Henvis til booking.glans-salong.no for å bestille time.")


class Sporsmal(BaseModel):
    tekst: str


@app.post("/chat")
def chat(q: Sporsmal) -> dict:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": SYSTEM}, {"role": "user", "content": q.tekst}])
    return {"svar": r.choices[0].message.content}
""", openai_key())

cl_key = str(_rng().randint(100000000000000, 999999999999999))
cl_secret = fakes.drawn(_seed(), 27, ALNUM + "-_")
add("env/cloudinary-url", "gallery/.env", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk", """
# Bildegalleri (før/etter-bilder av negledesign)
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@glans-salong
GALLERY_FOLDER=negledesign
MAX_UPLOAD_MB=12
THUMB_WIDTH=480
""", cl_secret, key=cl_key)

add("javascript/decoy-search-only-key", "site/static/js/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
// Produktsøk i nettbutikken. Search-only key: safe in the browser.
const client = algoliasearch("Q8KZ2M4XPL", "@@key@@");
const index = client.initIndex("produkter_nb");

export async function sok(q) {
  const { hits } = await index.search(q, { hitsPerPage: 20, filters: "lager > 0" });
  return hits.map((h) => ({ navn: h.navn, pris: h.pris_nok, url: h.url }));
}
""", key=hexs(32))

add("python/algolia-admin-key", "shop/reindex.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
from algoliasearch.search_client import SearchClient

from shop.catalog import all_products

APP_ID = "Q8KZ2M4XPL"
ADMIN_KEY = "@@secret@@"


def reindex() -> None:
    index = SearchClient.create(APP_ID, ADMIN_KEY).init_index("produkter_nb")
    records = [{"objectID": p.sku, "navn": p.name, "pris_nok": p.price, "lager": p.stock} for p in all_products()]
    index.replace_all_objects(records, {"safe": True})


if __name__ == "__main__":
    reindex()
""", hexs(32))

add("javascript/decoy-publishable-key", "site/static/js/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
// Kart over salongene på /finn-salong. Public token (pk.), URL-restricted to glans-salong.no.
mapboxgl.accessToken = "@@pk@@";
const map = new mapboxgl.Map({
  container: "salongkart",
  style: "mapbox://styles/mapbox/light-v11",
  center: [10.72, 59.93],
  zoom: 11,
});
[[10.715, 59.929, "Majorstuen"], [10.759, 59.923, "Grünerløkka"]].forEach(([lng, lat, n]) =>
  new mapboxgl.Marker().setLngLat([lng, lat]).setPopup(new mapboxgl.Popup().setText(n)).addTo(map));
""", pk=mapbox("pk"))

add("shell/mapbox-secret-token", "scripts/upload_tiles.sh", "https://docs.mapbox.com/api/maps/uploads/", """
#!/usr/bin/env bash
set -e
# Upload the salon catchment areas as a tileset (needs uploads:write scope)
export MAPBOX_ACCESS_TOKEN=@@secret@@
mapbox upload glans.omrader data/omrader.geojson
echo "ferdig"
""", mapbox("sk"))

phorest_pw = rand_pw(24)
add("python/booking-api-password", "migration/phorest_export.py", "https://developer.phorest.com/getting-started/authentication", """
\"\"\"One-off export of client history from Phorest before moving the Bergen salon.\"\"\"
import csv

import requests

BUSINESS = "kX9q2LmT0a3Zb7"
AUTH = ("global/api.glans@glans-salong.no", "@@secret@@")
BASE = f"https://api-gateway-eu.phorest.com/third-party-api-server/api/business/{BUSINESS}"

with open("phorest_clients.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    page = 0
    while True:
        r = requests.get(f"{BASE}/client", params={"page": page, "size": 100}, auth=AUTH, timeout=30)
        data = r.json()["_embedded"]["clients"]
        if not data:
            break
        out.writerows([c["clientId"], c["firstName"], c["lastName"]] for c in data)
        page += 1
""", phorest_pw)

timely_secret = fakes.drawn(_seed(), 43, ALNUM + "-_")
add("json/oauth-client-secret", "integrations/timely/appsettings.Production.json", "https://www.oauth.com/oauth2-servers/client-registration/client-id-secret/", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Timely": {
    "BaseUrl": "https://api.gettimely.com",
    "ClientId": "@@cid@@",
    "ClientSecret": "@@secret@@",
    "RedirectUri": "https://intern.glans-salong.no/timely/callback"
  },
  "AllowedHosts": "*"
}
""", timely_secret, cid=alnum(43))

add("markdown/decoy-vault-reference", "docs/runbooks/rotere-nokler.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
# Rotere API-nøkler

1. Logg inn i Vault: `vault login -method=oidc`
2. Les gjeldende nøkkel: `vault kv get -field=secret_key secret/betaling/nets`
3. Lag ny nøkkel i Nets-portalen, og skriv den: `vault kv put secret/betaling/nets secret_key=@-`
   (lim inn fra utklippstavlen, ikke i kommandolinjen)
4. Restart `booking-api`: `kubectl -n booking rollout restart deploy/booking-api`
5. Slett den gamle nøkkelen i portalen etter 24 timer.

Samme fremgangsmåte for Vipps (`secret/betaling/vipps`) og Stripe (`secret/betaling/stripe`).
""")

# ---------------------------------------------------------------- databases, caches, infrastructure

db_pw = rand_pw(22)
add("compose/database-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: booking
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://booking:@@secret@@@db:5432/booking
    ports: ["8000:8000"]
volumes:
  pgdata:
""", db_pw)

add("python/database-url", "booking/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["booking.glans-salong.no"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "booking",
        "USER": "booking_app",
        "PASSWORD": "@@secret@@",
        "HOST": "glans-prod.c9x2kq7l1m0a.eu-north-1.rds.amazonaws.com",
        "PORT": "5432",
    }
}
TIME_ZONE = "Europe/Oslo"
LANGUAGE_CODE = "nb"
""", words_pw())

add("python/django-secret-key", "booking/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "booking.salons",
    "booking.appointments",
    "booking.giftcards",
]
USE_TZ = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "booking/settings/staging.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os

from .base import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("DB_NAME", "booking"),
        "USER": os.getenv("DB_USER", "booking_app"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.getenv("DB_HOST", "localhost"),
    }
}
STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
""")

redis_pw = fakes.redis_password(_seed())
add("env/redis-url", "worker/.env.prod", "https://redis.io/docs/latest/develop/connect/clients/python/redis-py/", """
# worker: påminnelser og no-show-gebyr
CELERY_BROKER_URL=rediss://default:@@secret@@@glans-cache.abc123.euw1.cache.amazonaws.com:6379/0
CELERY_RESULT_BACKEND=rediss://default:@@secret@@@glans-cache.abc123.euw1.cache.amazonaws.com:6379/1
REMINDER_HOURS_BEFORE=24
NO_SHOW_FEE_NOK=300
""", redis_pw)

add("k8s-secret/database-password", "k8s/booking/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@b64@@
  DB_HOST: @@host@@
""", (k8s_pw := rand_pw(20)), user=b64("booking_app"), b64=b64(k8s_pw), host=b64("10.40.2.15"))

add("k8s-secret/decoy-sealed-secret", "k8s/booking/sealed-vipps.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: vipps
  namespace: booking
spec:
  encryptedData:
    VIPPS_CLIENT_SECRET: AgB@@e1@@
    VIPPS_SUBSCRIPTION_KEY: AgC@@e2@@
  template:
    metadata:
      name: vipps
      namespace: booking
""", e1=b64_blob(340), e2=b64_blob(340))

add("k8s-secret/stripe-secret-key", "k8s/shop/secret-stripe.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-stripe
  namespace: shop
  labels:
    app: shop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_WEBHOOK_SECRET: ""
""", stripe_key())

aws_id = fakes.aws_key_id(_seed())
aws_sk = fakes.aws_secret_key(_seed())
add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-north-1

[glans-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-north-1
""", aws_sk, kid=aws_id)

aws_id2 = fakes.aws_key_id(_seed())
aws_sk2 = fakes.aws_secret_key(_seed())
add("terraform/aws-secret-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-north-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}
""", aws_sk2, kid=aws_id2)

add("terraform/decoy-secret-manager", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance#manage_master_user_password", """
resource "aws_db_instance" "booking" {
  identifier                  = "glans-booking-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.small"
  allocated_storage           = 50
  username                    = "booking_admin"
  manage_master_user_password = true
  backup_retention_period     = 14
  deletion_protection         = true
  tags = {
    kunde = "glans"
    miljo = "prod"
  }
}
""")

add("python/aws-access-key", "photos/upload_before_after.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Laster opp før/etter-bilder fra iPad-en i salongen til S3.\"\"\"
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-north-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def last_opp(path: str, kunde_id: int) -> str:
    key = f"galleri/{kunde_id}/{path.rsplit('/', 1)[-1]}"
    s3.upload_file(path, "glans-galleri-prod", key, ExtraArgs={"ContentType": "image/jpeg"})
    return key
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("json/decoy-iam-policy", "infra/policies/galleri-upload.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_rw-bucket.html", """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "GalleriUpload",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::glans-galleri-prod/galleri/*",
      "Principal": {"AWS": "arn:aws:iam::483920175542:role/galleri-ipad"}
    }
  ]
}
""")

add("github-actions/pypi-token", ".github/workflows/release-sdk.yml", "https://pypi.org/help/#apitoken", """
name: release glans-booking-sdk
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-oidc-publishing", ".github/workflows/publish.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish
on:
  release:
    types: [published]
permissions:
  id-token: write
  contents: read
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/bin/bash
# Kloner alle repoene til ny utvikler-PC
TOKEN=@@secret@@
for repo in booking-api booking-widget shop kasse-app lagersynk; do
  git clone "https://glans-it:${TOKEN}@github.com/glans-salong/${repo}.git"
done
""", fakes.github_token(_seed()))

add("yaml/github-token", ".gitlab-ci.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", """
stages: [mirror]

mirror-to-github:
  stage: mirror
  image: alpine/git
  variables:
    GH_TOKEN: "@@secret@@"
  script:
    - git push --mirror "https://x-access-token:${GH_TOKEN}@github.com/glans-salong/kasse-app.git"
  only:
    - main
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/npm-token", "booking-widget/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
""", npm_token())

add("dockerfile/decoy-build-secret", "kasse-app/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \\
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install -r requirements.txt
COPY . .
ENV TZ=Europe/Oslo
CMD ["gunicorn", "kasse.wsgi", "-b", "0.0.0.0:8080"]
""")

add("ansible/decoy-ansible-vault", "ansible/group_vars/salonger/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(40))

add("ansible/wifi-password", "ansible/roles/salong-ruter/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/network/index.html", """
---
# Standardoppsett for ruter i hver salong
salong_ssid_ansatt: "Glans-Ansatt"
salong_psk_ansatt: "@@secret@@"
salong_ssid_gjest: "Glans-Gjest"
salong_psk_gjest: "neglelakk2024"
salong_vlan_kasse: 20
salong_vlan_gjest: 30
salong_dns: [1.1.1.1, 9.9.9.9]
""", passphrase())

add("ansible/decoy-vault-reference", "ansible/roles/booking/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
- name: Write booking env file
  ansible.builtin.template:
    src: booking.env.j2
    dest: /etc/glans/booking.env
    mode: "0600"
  vars:
    db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/booking/db:password') }}"
    stripe_key: "{{ vault_stripe_secret_key }}"
- name: Restart booking
  ansible.builtin.systemd:
    name: booking
    state: restarted
""")

add("yaml/private-key", "ansible/group_vars/all/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
deploy_user: glansdeploy
deploy_key: |
  @@key@@
deploy_known_hosts:
  - "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
""", (dk := pem("OPENSSH")), key=dk.replace("\n", "\n  "))

# ---------------------------------------------------------------- salon devices and IT

nvr_pw = words_pw()
add("yaml/camera-password", "homeassistant/majorstuen/configuration.yaml", "https://www.home-assistant.io/integrations/generic/", """
homeassistant:
  name: Glans Majorstuen
  time_zone: Europe/Oslo
camera:
  - platform: ffmpeg
    name: Resepsjon
    input: rtsp://admin:@@secret@@@192.168.10.64:554/Streaming/Channels/101
  - platform: ffmpeg
    name: Lager
    input: rtsp://admin:@@secret@@@192.168.10.64:554/Streaming/Channels/201
sensor:
  - platform: airthings
    name: Behandlingsrom
""", nvr_pw)

add("markdown/device-password", "docs/salonger/grunerlokka.md", "https://help.ui.com/hc/en-us/articles/204909754-Remote-Access-to-UniFi", """
# Glans Grünerløkka - IT-oversikt

Adresse: Thorvald Meyers gate 40. Daglig leder: Sofie.

| Enhet | IP | Bruker | Passord |
|-------|----|--------|---------|
| UniFi Cloud Key | 192.168.20.2 | glansadmin | @@secret@@ |
| Kvitteringsskriver Epson TM-m30III | 192.168.20.31 | - | - |
| Betalingsterminal Verifone P400 | DHCP | - | (låst av Nets) |

Gjestenett: *Glans-Gjest*, passord står på skiltet i resepsjonen.
Ring IT-vakt (Jonas) på 900 12 345 ved nettverksfeil.
""", words_pw())

add("shell/router-password", "it/backup_ruter.sh", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management", """
#!/bin/bash
# Nattlig backup av MikroTik-ruterne i salongene
DATO=$(date +%F)
for IP in 10.10.1.1 10.10.2.1 10.10.3.1; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$IP "/export file=backup-$DATO"
  sshpass -p '@@secret@@' scp admin@$IP:/backup-$DATO.rsc "/srv/backup/ruter/$IP-$DATO.rsc"
done
""", rand_pw(16, "#%"))

add("ini/wifi-password", "it/kasse-pc/wpa_supplicant.conf", "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf", """
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=NO

network={
    ssid="Glans-Kasse"
    psk="@@secret@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", passphrase())

add("python/music-api-token", "musikk/spilleliste.py", "https://api.soundtrackyourbrand.com/v2/docs", """
\"\"\"Bytter spilleliste i alle salongene etter tid på døgnet (Soundtrack Your Brand).\"\"\"
import requests

API = "https://api.soundtrackyourbrand.com/v2"
TOKEN = "@@secret@@"
ROLIG = "U291bmRaZXNpZ25QbGF5bGlzdDpyb2xpZw"
KVELD = "U291bmRaZXNpZ25QbGF5bGlzdDprdmVsZA"

QUERY = \"\"\"mutation($zone: ID!, $src: ID!) { setPlayFrom(input: {soundZone: $zone, source: $src}) { __typename } }\"\"\"


def bytt(zone: str, kveld: bool) -> None:
    requests.post(API, json={"query": QUERY, "variables": {"zone": zone, "src": KVELD if kveld else ROLIG}},
                  headers={"Authorization": f"Basic {TOKEN}"}, timeout=10).raise_for_status()
""", b64(alnum(24) + ":" + alnum(40)))

add("python/sensor-api-secret", "inneklima/airthings_poll.py", "https://developer.airthings.com/docs/api/authentication", """
\"\"\"Henter CO2/VOC fra Airthings i behandlingsrommene (neglestøv og aceton).\"\"\"
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post("https://accounts-api.airthings.com/v1/token", json={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": ["read:device:current_values"],
    }, timeout=10)
    return r.json()["access_token"]
""", uuid_s(), cid=uuid_s())

add("python/door-lock-api-key", "adgang/glue_lock.py", "https://gluehome.readme.io/reference/authentication", """
# Digital nøkkel for frisører som åpner salongen tidlig
import requests

GLUE_API_KEY = "@@secret@@"
LOCKS = {"majorstuen": "a1b2c3d4-lock-maj", "grunerlokka": "a1b2c3d4-lock-gru"}


def unlock(salon: str) -> None:
    r = requests.post(f"https://user-api.gluehome.com/v1/locks/{LOCKS[salon]}/operations",
                      headers={"Authorization": f"Api-Key {GLUE_API_KEY}"},
                      json={"type": "unlock"}, timeout=10)
    r.raise_for_status()
""", alnum(40))

add("php/database-password", "wordpress/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Glans Salong - nettside */
define( 'DB_NAME', 'glans_wp' );
define( 'DB_USER', 'glans_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'glans-salong.no.mysql' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_gl_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'nb_NO' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16))

add("php/wordpress-auth-salt", "wordpress/wp-config-salts.php", "https://api.wordpress.org/secret-key/1.1/salt/", """
<?php
// Generert fra https://api.wordpress.org/secret-key/1.1/salt/ ved flytting til one.com
define('AUTH_KEY',         '@@secret@@');
define('SECURE_AUTH_KEY',  '@@k2@@');
define('LOGGED_IN_KEY',    '@@k3@@');
define('NONCE_KEY',        '@@k4@@');
define('AUTH_SALT',        '@@k5@@');
""", fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"),
    k2=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"),
    k3=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"),
    k4=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"),
    k5=fakes.drawn(_seed(), 64, ALNUM + "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("ini/ftp-password", "wordpress/deploy/ftp.ini", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
; deploy-oppsett for gammel nettside (one.com), brukes av FileZilla-eksport
[glans-salong.no]
protocol = ftp
host = ftp.glans-salong.no
port = 21
user = glans-salong.no
pass = @@secret@@
remote_path = /www
""", words_pw())

add("json/ftp-password", "wordpress/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "glans-salong.no (one.com)",
    "host": "ssh.glans-salong.no",
    "protocol": "sftp",
    "port": 22,
    "username": "glans-salong.no",
    "password": "@@secret@@",
    "remotePath": "/customers/7/a/3/glans-salong.no/httpd.www",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}
""", rand_pw(18))

add("python/ldap-password", "it/ad_sync.py", "https://ldap3.readthedocs.io/en/latest/tutorial_intro.html", """
\"\"\"Synkroniser ansatte fra lønnssystemet til AD (grupper per salong).\"\"\"
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc01.glans.local", get_info=ALL)
conn = Connection(server, user="CN=svc-adsync,OU=Tjenester,DC=glans,DC=local",
                  password="@@secret@@", auto_bind=True)


def legg_til_gruppe(brukernavn: str, salong: str) -> None:
    conn.search("OU=Ansatte,DC=glans,DC=local", f"(sAMAccountName={brukernavn})", attributes=["distinguishedName"])
    dn = conn.entries[0].distinguishedName.value
    conn.extend.microsoft.add_members_to_groups([dn], f"CN=Salong-{salong},OU=Grupper,DC=glans,DC=local")
""", words_pw())

add("powershell/azure-client-secret", "it/Connect-Graph.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Oppretter Microsoft 365-konto for nye frisører
$tenantId = "glanssalong.onmicrosoft.com"
$clientId = "@@cid@@"
$clientSecret = "@@secret@@"
$body = @{
    grant_type    = "client_credentials"
    scope         = "https://graph.microsoft.com/.default"
    client_id     = $clientId
    client_secret = $clientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token
Connect-MgGraph -AccessToken ($token | ConvertTo-SecureString -AsPlainText -Force)
""", azure_secret(), cid=uuid_s())

sa_key = pem("RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "kpi/credentials/sheets-writer.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "glans-kpi",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-writer@glans-kpi.iam.gserviceaccount.com",
  "client_id": "104857392018475612093",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", sa_key, kid=hexs(40))

add("swift/apns-private-key", "GlansApp/Push/PushConfig.swift", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns", """
import Foundation

// Used by the internal test harness to send pushes without the backend.
enum PushConfig {
    static let teamID = "7K2QX9M4PL"
    static let keyID = "N8RZ42WQ7C"
    static let topic = "no.glans-salong.app"
    static let p8 = \"\"\"
@@secret@@
\"\"\"
}
""", pem("EC"))

add("kotlin/decoy-publishable-key", "android/app/src/main/java/no/glans/app/Config.kt", "https://docs.stripe.com/keys#obtain-api-keys", """
package no.glans.app

object Config {
    const val API_BASE = "https://booking.glans-salong.no/api/v2"
    const val STRIPE_PUBLISHABLE_KEY = "@@pk@@"
    const val SENTRY_DSN = "https://@@sk@@@o451230.ingest.de.sentry.io/4506789012345678"
    const val VIPPS_MSN = "234567"
    const val DEFAULT_SALON = "majorstuen"
}
""", pk=stripe_key("pk_live_"), sk=hexs(32))

add("kotlin/api-key", "android/app/src/main/java/no/glans/app/data/BookingApi.kt", "https://square.github.io/okhttp/features/interceptors/", """
package no.glans.app.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val PARTNER_KEY = "@@secret@@"

val bookingClient: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder()
            .header("X-Glans-Partner-Key", PARTNER_KEY)
            .header("Accept-Language", "nb-NO")
            .build())
    })
    .build()
""", "glp_live_" + alnum(40))

add("plist/decoy-google-client-id", "ios/GlansApp/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>784512369021-@@c@@.apps.googleusercontent.com</string>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>784512369021</string>
	<key>BUNDLE_ID</key>
	<string>no.glans-salong.app</string>
	<key>PROJECT_ID</key>
	<string>glans-app</string>
</dict>
</plist>
""", c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), key=google_key())

add("plist/api-key", "ios/GlansApp/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>BookingPartnerKey</key>
	<string>@@secret@@</string>
	<key>Environment</key>
	<string>production</string>
</dict>
</plist>
""", "glp_live_" + alnum(40))

add("yaml/decoy-sentry-dsn", "booking/config/sentry.yml", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# Sentry DSN er ikke hemmelig (kan bare sende events inn)
sentry:
  dsn: https://@@k@@@o451230.ingest.de.sentry.io/4506789012345679
  environment: production
  traces_sample_rate: 0.1
  send_default_pii: false
""", k=hexs(32))

add("env/datadog-api-key", "ops/datadog/datadog.env", "https://docs.datadoghq.com/account_management/api-app-keys/", """
DD_API_KEY=@@secret@@
DD_SITE=datadoghq.eu
DD_ENV=prod
DD_SERVICE=booking-api
DD_LOGS_ENABLED=true
""", hexs(32))

add("log/decoy-hash", "logs/kasse-sync-2024-12-01.log", "https://docs.python.org/3/library/hashlib.html", """
2024-12-01 21:00:01 INFO kasse-sync start salong=majorstuen
2024-12-01 21:00:02 INFO fil dagsoppgjor_20241201.csv sha256=@@h1@@
2024-12-01 21:00:02 INFO fil timeliste_20241201.csv sha256=@@h2@@
2024-12-01 21:00:04 INFO lastet opp til s3://glans-regnskap/2024/12/ etag="@@e@@"
2024-12-01 21:00:04 INFO ferdig 2 filer, 0 feil
""", h1=hexs(64), h2=hexs(64), e=hexs(32))

# ---------------------------------------------------------------- more carriers

add("sql/decoy-password-hash", "booking/fixtures/seed_staff.sql", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", """
-- Testdata for lokal utvikling: ansatte med innlogging til bookingadmin
INSERT INTO staff (id, salon_slug, name, email, role, password_hash) VALUES
  (1, 'majorstuen', 'Ingrid Dahl', 'ingrid@example.test', 'leder', '@@h1@@'),
  (2, 'majorstuen', 'Sara Nguyen', 'sara@example.test', 'negletekniker', '@@h2@@'),
  (3, 'grunerlokka', 'Sofie Berg', 'sofie@example.test', 'leder', '@@h3@@'),
  (4, 'bergen', 'Linh Tran', 'linh@example.test', 'negletekniker', '@@h4@@');
SELECT setval('staff_id_seq', 4);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("csv/decoy-ids", "exports/bookinger_uke48.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_id,salong,behandling,start,varighet_min,pris_nok,betalt_via,betaling_ref
@@u1@@,majorstuen,Gellakk hender,2024-11-25T09:00,60,649,vipps,@@p1@@
@@u2@@,majorstuen,Negleforlengelse,2024-11-25T10:30,120,1190,kort,pi_3QAbc1Hx8yTT0aZ9@@p2@@
@@u3@@,grunerlokka,Manikyr,2024-11-26T12:00,45,549,vipps,@@p3@@
@@u4@@,bergen,Pedikyr,2024-11-27T15:15,60,749,gavekort,GK-2024-08812
@@u5@@,grunerlokka,Vippeløft,2024-11-28T17:00,60,890,kort,pi_3QAbd9Hx8yTT0aZ9@@p4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), p1=hexs(32), p2=alnum(6), p3=hexs(32), p4=alnum(6))

add("csv/decoy-barcodes", "lager/produkter.csv", "https://www.gs1.org/standards/barcodes/ean-upc", """
sku,ean,navn,merke,farge_hex,pris_nok,lager_majorstuen,lager_grunerlokka
GL-GEL-001,7071234500018,Gellakk Rosa Perle,Glans,#F4C2C2,189,14,9
GL-GEL-002,7071234500025,Gellakk Nordlys,Glans,#2E8B57,189,6,11
GL-GEL-003,7071234500032,Gellakk Kanel,Glans,#A0522D,189,0,3
OPI-NL-H22,0619828138542,Funny Bunny,OPI,#FBF9F4,249,8,5
CND-SH-90697,0639370906974,Romantique,CND,#F3E2DC,269,4,2
GL-OIL-010,7071234500100,Neglebåndsolje Mandel,Glans,,159,22,18
""")

add("text/decoy-checksum", "kasse-app/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes requirements.in
django==5.0.9 \\
    --hash=sha256:@@h1@@ \\
    --hash=sha256:@@h2@@
gunicorn==22.0.0 \\
    --hash=sha256:@@h3@@
requests==2.32.3 \\
    --hash=sha256:@@h4@@
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("json/decoy-integrity-hash", "booking-widget/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-widget",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=b64_blob(86), i2=b64_blob(86))

add("python/decoy-regex", "booking/privacy/scrub.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Fjern personopplysninger og nøkler fra logglinjer før de sendes til Datadog.\"\"\"
import re

PATTERNS = [
    (re.compile(r"\\b\\d{6}\\s?\\d{5}\\b"), "<fnr>"),                     # fødselsnummer
    (re.compile(r"\\b(?:\\+47)?\\s?[49]\\d{7}\\b"), "<mobil>"),          # norske mobilnummer
    (re.compile(r"sk_live_[0-9A-Za-z]{24,99}"), "sk_live_<redacted>"),
    (re.compile(r"live-secret-key-[0-9a-f]{32}"), "live-secret-key-<redacted>"),
    (re.compile(r"(?i)(passw(or)?d|passord)=\\S+"), r"\\1=<redacted>"),
]


def scrub(line: str) -> str:
    for pattern, repl in PATTERNS:
        line = pattern.sub(repl, line)
    return line
""")

add("yaml/decoy-encrypted-value", "deploy/secrets/prod.enc.yaml", "https://github.com/getsops/sops#usage", """
booking:
    db_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@=,tag:@@t1@@==,type:str]
    stripe_secret_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@=,tag:@@t2@@==,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-10-14T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.0
""", d1=b64_blob(28), iv1=b64_blob(43), t1=b64_blob(22), d2=b64_blob(120), iv2=b64_blob(43), t2=b64_blob(22),
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=b64_blob(88))

add("k8s/decoy-external-secret", "k8s/booking/externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-payments
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-payments
  data:
    - secretKey: NETS_SECRET_KEY
      remoteRef:
        key: prod/booking/nets
        property: secret_key
    - secretKey: VIPPS_CLIENT_SECRET
      remoteRef:
        key: prod/booking/vipps
        property: client_secret
""")

add("terraform/decoy-placeholder", "infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
# Kopier til terraform.tfvars (ikke sjekk inn!)
region            = "eu-north-1"
salonger          = ["majorstuen", "grunerlokka", "bergen"]
db_admin_password = "<sett-et-sterkt-passord>"
nets_secret_key   = "live-secret-key-REPLACE_ME"
alert_email       = "drift@glans-salong.no"
""")

add("terraform/decoy-generated-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "glans-cache"
  description                = "Celery broker og sesjoner"
  node_type                  = "cache.t4g.micro"
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id     = aws_secretsmanager_secret.redis.id
  secret_string = random_password.redis_auth.result
}
""")

add("notebook/decoy-env-reference", "analyse/kpi_no_show.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# No-show per salong, 2024\\n", "Data fra booking-databasen (lesereplika)."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(os.environ['BOOKING_RO_URL'])\\n",
    "df = pd.read_sql('select salon_slug, status, start_at from appointments', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('salon_slug').status.apply(lambda s: (s == 'no_show').mean()).round(3)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("html/decoy-site-key", "site/templates/kontakt.html", "https://developers.google.com/recaptcha/docs/display", """
{% extends "base.html" %}
{% block content %}
<h1>Kontakt oss</h1>
<form method="post" action="/kontakt">
  {% csrf_token %}
  <label>Navn <input name="navn" required></label>
  <label>E-post <input type="email" name="epost" required></label>
  <label>Melding <textarea name="melding"></textarea></label>
  <div class="g-recaptcha" data-sitekey="@@k@@"></div>
  <button type="submit">Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", k=recaptcha_site())

add("markdown/decoy-commit-sha", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Endringslogg

## 2.14.3 - 2024-11-20
- Rettet dobbeltbooking ved samtidig Vipps-betaling (@@c1@@)
- Depositum refunderes automatisk ved avbestilling > 24 t (@@c2@@)

## 2.14.2 - 2024-11-04
- Ny behandling: Vippeløft (@@c3@@)
- Oppdatert Nets Easy SDK (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("yaml/decoy-image-digest", "k8s/booking/deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: {app: booking-api}
  template:
    metadata:
      labels: {app: booking-api}
    spec:
      containers:
        - name: api
          image: registry.glans-salong.no/booking-api@sha256:@@d@@
          envFrom:
            - secretRef: {name: booking-db}
            - secretRef: {name: booking-payments}
""", d=hexs(64))

add("html/decoy-bank-details", "kasse/templates/faktura.html", "https://www.bits.no/document/standard-for-kid/", """
<table class="betaling">
  <tr><td>Beløp</td><td>{{ faktura.belop|nok }}</td></tr>
  <tr><td>Forfall</td><td>{{ faktura.forfall|date:"d.m.Y" }}</td></tr>
  <tr><td>Kontonummer</td><td>1503 42 71234</td></tr>
  <tr><td>IBAN</td><td>NO93 1503 4271 234</td></tr>
  <tr><td>KID</td><td>{{ faktura.kid }}</td></tr>
  <tr><td>Org.nr.</td><td>@@o@@ MVA</td></tr>
</table>
<p>Glans Salong &amp; Negl AS, Bogstadveien 12, 0355 Oslo</p>
""", o=orgnr())

add("html/decoy-template-variable", "booking/templates/email/nytt_passord.html", "https://docs.djangoproject.com/en/5.0/topics/auth/default/#django.contrib.auth.views.PasswordResetView", """
<p>Hei {{ user.first_name }},</p>
<p>Noen (forhåpentligvis du) har bedt om nytt passord til Glans Min side.</p>
<p><a href="{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}">Velg nytt passord</a></p>
<p>Lenken er gyldig i 3 dager. Har du ikke bedt om dette, kan du se bort fra e-posten.</p>
<p>Hilsen Glans Salong &amp; Negl</p>
""")

add("markdown/decoy-test-card", "docs/qa/betaling-test.md", "https://docs.stripe.com/testing#cards", """
# Testing av betaling (staging)

Bruk Stripes testkort i staging, aldri ekte kort:

| Kort | Nummer | Resultat |
|------|--------|----------|
| Visa | 4242 4242 4242 4242 | godkjent |
| Visa (3DS) | 4000 0027 6000 3184 | krever autentisering |
| Mastercard | 5555 5555 5555 4444 | godkjent |
| Avvist | 4000 0000 0000 0002 | card_declined |

Utløpsdato: en hvilken som helst fremtidig dato, CVC: 123.
Vipps test: bruk testbrukeren fra Vipps-portalen (telefon 4712345678).
""")

add("text/decoy-public-key", "ansible/roles/base/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Glans IT - hvem som kan logge inn på salong-serverne
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jonas@glans-it
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ kari@glans-regnskap
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ deploy@github-actions
# slutt
""", k1=b64_blob(43), k2=b64_blob(43), k3=b64_blob(200))

add("yaml/decoy-certificate", "k8s/ingress/tls-ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: nets-ca
  namespace: booking
data:
  nets-root-ca.pem: |
    @@c@@
""", c=cert_pem().replace("\n", "\n    "))

add("go/decoy-checksum", "tools/salongstatus/go.sum", "https://go.dev/ref/mod#go-sum-files", """
github.com/go-chi/chi/v5 v5.0.12 h1:@@a@@=
github.com/go-chi/chi/v5 v5.0.12/go.mod h1:@@b@@=
github.com/jackc/pgx/v5 v5.6.0 h1:@@c@@=
github.com/jackc/pgx/v5 v5.6.0/go.mod h1:@@d@@=
golang.org/x/crypto v0.24.0 h1:@@e@@=
""", a=b64_blob(43), b=b64_blob(43), c=b64_blob(43), d=b64_blob(43), e=b64_blob(43))

add("java/decoy-env-reference", "kasse-integrasjon/src/main/java/no/glans/kasse/NetsConfig.java", "https://docs.oracle.com/javase/8/docs/api/java/lang/System.html#getenv-java.lang.String-", """
package no.glans.kasse;

public final class NetsConfig {
    private NetsConfig() {}

    public static String secretKey() {
        String key = System.getenv("NETS_SECRET_KEY");
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("NETS_SECRET_KEY mangler");
        }
        return key;
    }

    public static String merchantId() {
        return System.getenv().getOrDefault("NETS_MERCHANT_ID", "100065432");
    }
}
""")

add("csharp/decoy-key-vault", "src/Glans.Shop/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://glans-shop-kv.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.Configure<Glans.Shop.Payments.KlarnaOptions>(builder.Configuration.GetSection("Klarna"));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("compose/decoy-env-reference", "compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  booking:
    image: registry.glans-salong.no/booking-api:2.14.3
    env_file: /etc/glans/booking.env
    environment:
      DATABASE_URL: postgres://booking_app:${DB_PASSWORD:?}@db:5432/booking
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    restart: unless-stopped
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
""")

add("shell/decoy-secret-manager", "scripts/kjor_lokalt.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", """
#!/usr/bin/env bash
# Starter booking-api lokalt med hemmeligheter fra 1Password
set -euo pipefail
export DB_PASSWORD="$(op read 'op://Utvikling/booking-db/password')"
export STRIPE_SECRET_KEY="$(op read 'op://Utvikling/Stripe test/secret key')"
export VIPPS_CLIENT_SECRET="$(op read 'op://Utvikling/Vipps test/client_secret')"
python manage.py runserver 0.0.0.0:8000
""")

add("powershell/decoy-secret-manager", "it/Koble-Kasse.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Kobler kasse-PC til delt mappe for rapporter
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "KasseShare" -Vault GlansIT
New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\fil01.glans.local\\Rapporter" -Credential $cred -Persist
Write-Host "Rapportmappe koblet til R:"
""")

add("css/decoy-color-codes", "site/static/css/farger.css", "https://developer.mozilla.org/en-US/docs/Web/CSS/color_value", """
/* Glans profilfarger og gellakk-paletten på /farger */
:root {
  --glans-rosa: #f4c2c2;
  --glans-perle: #fbf9f4;
  --glans-nordlys: #2e8b57;
  --glans-kanel: #a0522d;
  --glans-tekst: #2b2b2b;
}
.swatch[data-sku="GL-GEL-001"] { background: var(--glans-rosa); }
.swatch[data-sku="GL-GEL-002"] { background: var(--glans-nordlys); }
""")

add("csv/decoy-serial-numbers", "it/inventar.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
salong,enhet,modell,serienummer,mac,kjopt
majorstuen,kasse-pc,Lenovo M70q,PF3KX9Q2,3C:52:82:1A:7F:09,2023-02-14
majorstuen,terminal,Verifone P400,275-381-902,00:0B:4F:7C:22:18,2023-02-20
majorstuen,skriver,Epson TM-m30III,X7C9021442,64:EB:8C:3A:91:0D,2023-02-14
grunerlokka,kasse-pc,Lenovo M70q,PF3KXB71,3C:52:82:1A:80:44,2023-06-01
grunerlokka,ruter,MikroTik hAP ax3,HH40A8K2Z1F,48:A9:8A:12:C3:5E,2023-06-01
bergen,nvr,Hikvision DS-7608NI,DS-7608NI-K2/8P0820230611CCRR,BC:AD:28:9F:01:77,2023-09-03
""")

add("shell/decoy-secret-manager", "shop-admin/.kamal/secrets", "https://kamal-deploy.org/docs/commands/secrets/", """
# Secrets for Kamal, fetched from 1Password at deploy time. No values in this file.
SECRETS=$(kamal secrets fetch --adapter 1password --account glans --from Deploy/shop-admin KAMAL_REGISTRY_PASSWORD RAILS_MASTER_KEY DB_PASSWORD)

KAMAL_REGISTRY_PASSWORD=$(kamal secrets extract KAMAL_REGISTRY_PASSWORD $SECRETS)
RAILS_MASTER_KEY=$(kamal secrets extract RAILS_MASTER_KEY $SECRETS)
DB_PASSWORD=$(kamal secrets extract DB_PASSWORD $SECRETS)
""")

add("ruby/decoy-encrypted-credentials", "shop-admin/config/initializers/shopify.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Shopify-nøkler leses fra krypterte credentials (config/credentials/production.yml.enc)
ShopifyAPI::Context.setup(
  api_key: Rails.application.credentials.dig(:shopify, :api_key),
  api_secret_key: Rails.application.credentials.dig(:shopify, :api_secret),
  host: "https://admin.glans-salong.no",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-07"
)
""")

add("markdown/decoy-documented-example", "docs/utvikling/aws.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# AWS for utviklere

Vi bruker AWS SSO: `aws sso login --profile glans-dev`. Ingen langvarige nøkler på PC-en.

Hvis et verktøy krever nøkler i miljøet, ser formatet slik ut (AWS sitt eget eksempel):

```
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Bruk i stedet `aws configure export-credentials --profile glans-dev --format env`.
""")

add("python/decoy-uuid", "payments/idempotency.py", "https://docs.stripe.com/api/idempotent_requests", """
import uuid

# Namespace for idempotency keys (stable per booking), not a secret.
BOOKING_NS = uuid.UUID("@@ns@@")


def deposit_key(booking_id: str) -> str:
    return str(uuid.uuid5(BOOKING_NS, f"deposit:{booking_id}"))


def refund_key(booking_id: str, attempt: int) -> str:
    return str(uuid.uuid5(BOOKING_NS, f"refund:{booking_id}:{attempt}"))
""", ns=uuid_s())

add("json/decoy-password-label", "booking-widget/src/locales/nb.json", "https://www.i18next.com/misc/json-format", """
{
  "login": {
    "title": "Logg inn på Min side",
    "email": "E-post",
    "password": "Passord",
    "forgot": "Glemt passord?",
    "submit": "Logg inn"
  },
  "booking": {
    "choose_salon": "Velg salong",
    "deposit_info": "Vi trekker et depositum på {{amount}} kr ved bestilling."
  }
}
""")

add("python/decoy-revision-id", "booking/migrations/versions/7f3a9c21d4e8_giftcards.py", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#create-a-migration-script", """
\"\"\"gavekort: legg til saldo og utløpsdato

Revision ID: 7f3a9c21d4e8
Revises: 2b8e41f0c9a7
\"\"\"
import sqlalchemy as sa
from alembic import op

revision = "7f3a9c21d4e8"
down_revision = "2b8e41f0c9a7"


def upgrade() -> None:
    op.add_column("giftcards", sa.Column("balance_ore", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("giftcards", sa.Column("expires_on", sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column("giftcards", "expires_on")
    op.drop_column("giftcards", "balance_ore")
""")

add("markdown/decoy-handover-no-secret", "docs/overlevering/2024-10-it-ansvar.md", "https://www.atlassian.com/work-management/knowledge-sharing/documentation", """
# Overlevering IT-ansvar (Jonas -> Emil), oktober 2024

- Admin-passordene for rutere og UniFi er **rotert** 14.10 og ligger i 1Password, hvelvet *IT Salonger*.
- Nets-nøkkelen ble byttet etter at den gamle lå i en e-post; gammel nøkkel er slettet i portalen.
- Kasse-PC-ene oppdateres automatisk søndager kl 03.
- Vipps: kontaktperson hos Vipps er partner-support, saksnr 2024-118832.
- Tilgang til AWS gis via SSO-gruppen `glans-dev`; be Kari om tilgang.

Ingen passord i dette dokumentet. Spør i #it-drift hvis noe mangler.
""")

add("yaml/decoy-test-fixture", "tests/conftest_settings.yaml", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
# Innstillinger for testkjøring (pytest-django). Alle verdier er falske.
SECRET_KEY: test-not-secret
DATABASE_URL: sqlite:///:memory:
STRIPE_SECRET_KEY: sk_test_dummy
NETS_SECRET_KEY: test-secret-key-00000000000000000000000000000000
VIPPS_CLIENT_SECRET: dummy
EMAIL_BACKEND: django.core.mail.backends.locmem.EmailBackend
""")

add("ini/decoy-redis-example", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/", """
bind 127.0.0.1 -::1
port 6379
protected-mode yes
maxmemory 256mb
maxmemory-policy allkeys-lru
# requirepass foobared
# Passordet settes av systemd via --requirepass fra /etc/glans/redis.env
appendonly yes
""")

# ---------------------------------------------------------------- more secrets

add("rust/stripe-secret-key", "tools/gavekort-cli/src/main.rs", "https://docs.stripe.com/api/authentication", """
use reqwest::blocking::Client;

const STRIPE_KEY: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let code = std::env::args().nth(1).expect("bruk: gavekort-cli <kode>");
    let resp = Client::new()
        .get("https://api.stripe.com/v1/payment_intents/search")
        .basic_auth(STRIPE_KEY, Some(""))
        .query(&[("query", format!("metadata['gavekort']:'{}'", code))])
        .send()?;
    println!("{}", resp.text()?);
    Ok(())
}
""", stripe_key())

add("rust/decoy-env-reference", "tools/salongstatus/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub slack_webhook: Option<String>,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL mangler"),
            slack_webhook: env::var("SLACK_WEBHOOK_URL").ok(),
        }
    }
}
""")

add("go/telegram-bot-token", "tools/kassealarm/main.go", "https://core.telegram.org/bots/api#making-requests", """
package main

import (
	"fmt"
	"net/http"
	"net/url"
)

const (
	botToken = "@@secret@@"
	chatID   = "-1001876543299"
)

func varsle(tekst string) error {
	u := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	_, err := http.PostForm(u, url.Values{"chat_id": {chatID}, "text": {tekst}})
	return err
}

func main() {
	_ = varsle("Kasse Majorstuen: dagsoppgjør avviker med mer enn 500 kr")
}
""", fakes.telegram_token(_seed()))

add("go/database-url", "tools/salongstatus/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
package main

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://salongstatus:@@secret@@@glans-prod.c9x2kq7l1m0a.eu-north-1.rds.amazonaws.com:5432/booking?sslmode=require"

func connect(ctx context.Context) (*pgxpool.Pool, error) {
	return pgxpool.New(ctx, dsn)
}
""", rand_pw(20))

add("java/nets-easy-secret-key", "kasse-integrasjon/src/main/java/no/glans/kasse/NetsClient.java", "https://developer.nexigroup.com/nexi-checkout/en-EU/api/payment-v1/", """
package no.glans.kasse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class NetsClient {
    private static final String SECRET_KEY = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public String payment(String paymentId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.dibspayment.eu/v1/payments/" + paymentId))
                .header("Authorization", SECRET_KEY)
                .header("CommercePlatformTag", "GlansKasse")
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", nets_secret())

add("java/twilio-auth-token", "varsling/src/main/java/no/glans/varsling/SmsSender.java", "https://www.twilio.com/docs/libraries/reference/twilio-java/", """
package no.glans.varsling;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class SmsSender {
    static {
        Twilio.init("AC@@sid@@", "@@secret@@");
    }

    public static void send(String to, String body) {
        Message.creator(new PhoneNumber(to), new PhoneNumber("+46765550123"), body).create();
    }
}
""", hexs(32), sid=hexs(32))

add("csharp/sendgrid-api-key", "src/Glans.Receipts/Mail/ReceiptMailer.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Glans.Receipts.Mail;

public class ReceiptMailer
{
    private readonly SendGridClient _client = new("@@secret@@");

    public Task SendAsync(string to, string name, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(new EmailAddress("kvittering@glans-salong.no", "Glans"),
            new EmailAddress(to, name), "Kvittering fra Glans", "Takk for besøket!", null);
        msg.AddAttachment("kvittering.pdf", Convert.ToBase64String(pdf));
        return _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("csharp/database-password", "src/Glans.Kasse/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "ConnectionStrings": {
    "Kasse": "Server=tcp:glans-kasse.database.windows.net,1433;Initial Catalog=kasse;User ID=kasseapp;Password=@@secret@@;Encrypt=True;"
  },
  "Kasse": {
    "Salong": "majorstuen",
    "Skriver": "192.168.10.31"
  }
}
""", words_pw())

add("kotlin/vipps-client-secret", "android/kasse/src/main/java/no/glans/kasse/VippsAuth.kt", "https://developer.vippsmobilepay.com/docs/APIs/access-token-api/", """
package no.glans.kasse

import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object VippsAuth {
    private const val CLIENT_ID = "@@cid@@"
    private const val CLIENT_SECRET = "@@secret@@"
    private const val SUB_KEY = "@@sub@@"

    fun tokenRequest(): Request = Request.Builder()
        .url("https://api.vipps.no/accesstoken/get")
        .header("client_id", CLIENT_ID)
        .header("client_secret", CLIENT_SECRET)
        .header("Ocp-Apim-Subscription-Key", SUB_KEY)
        .post(ByteArray(0).toRequestBody())
        .build()
}
""", b64_blob(43) + "=", cid=uuid_s(), sub=hexs(32))

add("swift/api-key", "GlansApp/Services/ReviewService.swift", "https://developers.google.com/maps/documentation/places/ios-sdk/get-api-key", """
import Foundation

struct ReviewService {
    private let apiKey = "@@secret@@"

    func reviews(placeID: String) async throws -> Data {
        var c = URLComponents(string: "https://places.googleapis.com/v1/places/\\(placeID)")!
        c.queryItems = [URLQueryItem(name: "key", value: apiKey), URLQueryItem(name: "languageCode", value: "nb")]
        let (data, _) = try await URLSession.shared.data(from: c.url!)
        return data
    }
}
""", google_key())

add("swift/decoy-keychain", "GlansApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum TokenStore {
    static let service = "no.glans-salong.app.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

brevo = "xkeysib-" + hexs(64) + "-" + alnum(16)
add("php/brevo-api-key", "wordpress/wp-content/themes/glans/inc/nyhetsbrev.php", "https://developers.brevo.com/docs/getting-started", """
<?php
// Påmelding til nyhetsbrev fra bunnteksten
add_action('wp_ajax_nopriv_glans_nyhetsbrev', function () {
    $epost = sanitize_email($_POST['epost'] ?? '');
    $res = wp_remote_post('https://api.brevo.com/v3/contacts', [
        'headers' => ['api-key' => '@@secret@@', 'content-type' => 'application/json'],
        'body'    => wp_json_encode(['email' => $epost, 'listIds' => [7], 'updateEnabled' => true]),
    ]);
    wp_send_json(['ok' => !is_wp_error($res)]);
});
""", brevo)

add("php/decoy-env-reference", "booking-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'vipps' => [
        'client_id' => env('VIPPS_CLIENT_ID'),
        'client_secret' => env('VIPPS_CLIENT_SECRET'),
        'subscription_key' => env('VIPPS_SUBSCRIPTION_KEY'),
        'msn' => env('VIPPS_MSN', '234567'),
    ],
    'link' => [
        'user' => env('LINK_SMS_USER', 'glans_salong'),
        'password' => env('LINK_SMS_PASSWORD'),
    ],
];
""")

add("ruby/smtp-password", "shop-admin/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
Rails.application.configure do
  config.cache_classes = true
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp-relay.brevo.com",
    port: 587,
    user_name: "drift@glans-salong.no",
    password: "@@secret@@",
    authentication: :login,
    enable_starttls_auto: true
  }
  config.action_mailer.default_url_options = { host: "admin.glans-salong.no" }
end
""", "xsmtpsib-" + hexs(64) + "-" + alnum(16))

add("sql/database-password", "db/roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Roller for rapportering (Metabase) og kasse-integrasjon
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE booking TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON appointments, salons, services TO metabase_ro;

CREATE ROLE kasse_sync LOGIN PASSWORD '@@p2@@';
GRANT SELECT, INSERT ON daily_settlements TO kasse_sync;
""", rand_pw(20), p2=rand_pw(20))

add("sql/decoy-placeholder", "db/roles.template.sql", "https://www.postgresql.org/docs/current/app-psql.html#APP-PSQL-INTERPOLATION", """
-- Kjør med: psql -v metabase_pw="$(op read op://Drift/metabase-db/password)" -f roles.template.sql
CREATE ROLE metabase_ro LOGIN PASSWORD :'metabase_pw';
GRANT CONNECT ON DATABASE booking TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON appointments, salons, services TO metabase_ro;
""")

add("xml/database-password", "kasse-integrasjon/src/main/resources/hibernate.cfg.xml", "https://docs.jboss.org/hibernate/orm/6.4/userguide/html_single/Hibernate_User_Guide.html#configurations-database-connection", """
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.url">jdbc:mysql://10.40.2.20:3306/kasse</property>
    <property name="hibernate.connection.username">kasse</property>
    <property name="hibernate.connection.password">@@secret@@</property>
    <property name="hibernate.dialect">org.hibernate.dialect.MySQLDialect</property>
  </session-factory>
</hibernate-configuration>
""", words_pw())

add("xml/smtp-password", "nas/scanner/scan-to-mail.xml", "https://support.brother.com/", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Brother MFC-L2750DW i resepsjonen Bergen: skann til e-post (eksport fra web-admin) -->
<DeviceConfig model="MFC-L2750DW" location="Glans Bergen">
  <Smtp server="smtp.office365.com" port="587" security="STARTTLS">
    <Account>skanner.bergen@glans-salong.no</Account>
    <Password>@@secret@@</Password>
  </Smtp>
  <AdminPassword>initpass</AdminPassword>
</DeviceConfig>
""", words_pw())

add("log/database-url", "logs/celery-worker-2024-11-18.log", "https://docs.celeryq.dev/en/stable/userguide/configuration.html", """
[2024-11-18 07:00:01,112: INFO/MainProcess] Connected to rediss://default:**@glans-cache:6379/0
[2024-11-18 07:00:01,380: ERROR/MainProcess] sqlalchemy.exc.OperationalError: (psycopg2.OperationalError)
connection to server failed for url postgresql://booking_app:@@secret@@@10.40.2.15:5432/booking
[2024-11-18 07:00:01,381: WARNING/MainProcess] Retrying in 5s (attempt 1/10)
[2024-11-18 07:00:06,502: INFO/MainProcess] celery@worker-1 ready.
[2024-11-18 07:05:00,004: INFO/MainProcess] Task reminders.send_due[...] received
""", words_pw())

add("log/decoy-redacted-value", "logs/sms-2024-11-18.log", "https://www.linkmobility.com/developers", """
07:05:00 send_due: 42 påminnelser klare
07:05:01 link POST /sms/send user=glans_salong auth=Basic **** status=202 ref=@@r1@@
07:05:01 link POST /sms/send user=glans_salong auth=Basic **** status=202 ref=@@r2@@
07:05:02 link POST /sms/send user=glans_salong auth=Basic **** status=400 error=INVALID_DESTINATION
07:05:09 send_due ferdig: 41 sendt, 1 feilet
""", r1=uuid_s(), r2=uuid_s())

add("csv/device-password", "it/salong-enheter-bergen.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
enhet,ip,bruker,passord,notat
nvr,10.10.3.10,admin,@@secret@@,Hikvision 8 kanaler
ruter,10.10.3.1,admin,(1Password),MikroTik
skriver,10.10.3.31,,,Epson kvittering
terminal,dhcp,,,Nets-styrt
""", words_pw())

add("notebook/database-url", "analyse/omsetning_per_behandling.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analyse:@@secret@@@10.40.2.16:5432/booking')\\n",
    "df = pd.read_sql('select service, price_nok, salon_slug from appointments where status = \\\\'done\\\\'', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot_table(index='service', columns='salon_slug', values='price_nok', aggfunc='sum')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/openai-api-key", "analyse/anmeldelser_sentiment.ipynb", "https://platform.openai.com/docs/quickstart", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key='@@secret@@')\\n",
    "def sentiment(tekst):\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Positiv, nøytral eller negativ? ' + tekst}])\\n",
    "    return r.choices[0].message.content"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai_key())

# ---------------------------------------------------------------- handovers, docs, command lines

add("markdown/nets-easy-secret-key", "docs/overlevering/nettbutikk-byra.md", "https://developer.nexigroup.com/nexi-checkout/en-EU/docs/access-your-integration-keys/", """
# Overlevering fra byrået (Pixel & Co) - nettbutikken

Hei! Her er det dere trenger for å drifte nettbutikken videre selv.

- Hosting: Cloudflare Pages, prosjekt `glans-shop` (eier: it@glans-salong.no)
- Nets Easy, produksjon:
  - Merchant ID: 100065432
  - Secret key: `@@secret@@`
  - Checkout key: finnes i Nets-portalen under *Integrasjon*
- Klarna: ikke aktivert ennå.

Husk å bytte secret key når vi har overlevert (vi har hatt tilgang til den).
""", nets_secret())

add("markdown/smtp-password", "docs/salonger/bergen-oppstart.md", "https://support.microsoft.com/en-us/office/pop-imap-and-smtp-settings-8361e398-8af4-4e97-b147-6c6c4ac95353", """
# Oppstart Glans Bergen - sjekkliste

1. Kasse-PC satt opp, logget inn med salongkontoen.
2. Skanner i resepsjonen sender til e-post:
   - SMTP: smtp.office365.com:587 (STARTTLS)
   - Bruker: skanner.bergen@glans-salong.no
   - Passord: @@secret@@
3. Terminal (Verifone) registrert hos Nets, TID 70012345.
4. Vipps-salgssted 234590 aktivert.
5. Musikk: Soundtrack-sone «Bergen Salong» koblet.
""", words_pw())

add("markdown/wifi-password", "docs/salonger/majorstuen.md", "https://help.ui.com/hc/en-us/articles/115012723827-UniFi-Network-Guest-Portal-and-Hotspot-Manager", """
# Glans Majorstuen

Bogstadveien 12, 0355 Oslo. Åpent man-fre 09-20, lør 10-17.

## Nettverk
- Ansattnett: **Glans-Ansatt**, passord `@@secret@@` (ikke gi til kunder)
- Gjestenett: **Glans-Gjest**, åpent med portal
- Kassenett (kablet): VLAN 20

## Kontakt
- Daglig leder: Ingrid, 912 34 567
- IT-vakt: Jonas, 900 12 345
""", passphrase())

add("markdown/shopify-access-token", "shopify-sync/README.md", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Lagersynk

Synker lagerbeholdning mellom kassene i salongene og Shopify hvert 15. minutt.

## Kjøre lokalt

```bash
export SHOPIFY_SHOP=glans-salong.myshopify.com
export SHOPIFY_TOKEN=@@secret@@
python -m lagersynk --dry-run
```

Token er fra custom app «Lagersynk» (scopes: read_inventory, write_inventory).
""", shopify_token())

add("markdown/decoy-placeholder", "shopify-sync/CONTRIBUTING.md", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Bidra til Lagersynk

1. Lag en development store og en custom app der.
2. Kopier `.env.example` til `.env` og fyll inn:

```
SHOPIFY_SHOP=<din-butikk>.myshopify.com
SHOPIFY_TOKEN=shpat_<32 heks-tegn fra appen din>
```

3. `pip install -e .[dev]` og `pytest`.
Aldri bruk produksjonsbutikkens token lokalt.
""")

add("shell/ftp-password", "wordpress/deploy.sh", "https://linux.die.net/man/1/lftp", """
#!/bin/bash
# Laster opp temaet til one.com
set -e
npm run build --prefix wp-content/themes/glans
lftp -u "glans-salong.no,@@secret@@" ftp.glans-salong.no <<'LFTP'
mirror -R --delete --exclude .git wp-content/themes/glans /www/wp-content/themes/glans
bye
LFTP
echo "Tema lastet opp"
""", words_pw())

add("shell/database-password", "ops/backup/pg_backup.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/bin/bash
# Nattlig backup av booking-databasen til S3 (cron 02:30)
export PGPASSWORD='@@secret@@'
FIL="/var/backups/booking_$(date +%F).dump"
pg_dump -h glans-prod.c9x2kq7l1m0a.eu-north-1.rds.amazonaws.com -U booking_admin -Fc booking > "$FIL"
aws s3 cp "$FIL" "s3://glans-backup/postgres/" --storage-class STANDARD_IA
find /var/backups -name 'booking_*.dump' -mtime +7 -delete
""", rand_pw(22))

add("shell/redis-password", "ops/redis/flush_sessions.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# Logger ut alle fra Min side (brukes ved mistanke om kapret sesjon)
redis-cli -h 10.40.2.30 -p 6379 -a '@@secret@@' --no-auth-warning --scan --pattern 'session:*' \\
  | xargs -r redis-cli -h 10.40.2.30 -p 6379 -a '@@secret@@' --no-auth-warning del
echo "Sesjoner slettet $(date)"
""", fakes.redis_password(_seed()))

add("text/database-password", "ops/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
glans-prod.c9x2kq7l1m0a.eu-north-1.rds.amazonaws.com:5432:booking:booking_admin:@@secret@@
10.40.2.16:5432:booking:analyse:@@p2@@
localhost:5432:*:postgres:postgres
# slutt
""", rand_pw(22), p2=rand_pw(16))

add("ini/database-password", "kasse/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
[client]
host = 10.40.2.20
port = 3306
user = kasse
password = "@@secret@@"
default-character-set = utf8mb4

[mysqldump]
single-transaction
""", words_pw())

add("text/git-credentials", "it/onboarding/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
machine github.com
  login glans-it
  password @@secret@@
machine api.github.com
  login glans-it
  password @@secret@@
""", fakes.github_token(_seed()))

add("ini/package-index-password", "kasse-app/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", """
[global]
timeout = 60
index-url = https://pypi.org/simple
extra-index-url = https://glans:@@secret@@@pkgs.glans-salong.no/simple/

[install]
trusted-host = pkgs.glans-salong.no
""", rand_pw(24))

add("text/npm-token", "booking-widget/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
registry=https://registry.npmjs.org/
@glans:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", fakes.github_token(_seed()))

add("text/decoy-env-reference", "shop/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@glans:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
fund=false
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-backup-check.yml", "https://api.slack.com/messaging/webhooks", """
name: nightly-backup-check
on:
  schedule:
    - cron: "15 5 * * *"
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python ops/backup/verify.py
      - if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Backup-sjekk feilet i natt :warning:"}' \\
            @@secret@@
""", slack_webhook())

add("github-actions/aws-secret-key", ".github/workflows/sync-gallery.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: sync-gallery
on:
  workflow_dispatch:
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-north-1
      - run: aws s3 sync s3://glans-galleri-prod/galleri s3://glans-galleri-web/galleri --delete
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc-role", ".github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: deploy-api
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::483920175542:role/github-deploy-booking
          aws-region: eu-north-1
      - run: ./scripts/deploy.sh ${{ github.sha }}
""")

add("yaml/docker-registry-password", ".gitlab-ci.build.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_build.html", """
build-image:
  image: docker:27
  services: [docker:27-dind]
  variables:
    REGISTRY_USER: glans-ci
    REGISTRY_PASSWORD: "@@secret@@"
  script:
    - echo "$REGISTRY_PASSWORD" | docker login registry.glans-salong.no -u "$REGISTRY_USER" --password-stdin
    - docker build -t registry.glans-salong.no/booking-api:$CI_COMMIT_SHORT_SHA .
    - docker push registry.glans-salong.no/booking-api:$CI_COMMIT_SHORT_SHA
""", rand_pw(32))

add("dockerfile/database-password", "ops/metabase/Dockerfile", "https://www.metabase.com/docs/latest/installation-and-operation/configuring-application-database", """
FROM metabase/metabase:v0.50.10
ENV MB_DB_TYPE=postgres \\
    MB_DB_DBNAME=metabase \\
    MB_DB_PORT=5432 \\
    MB_DB_USER=metabase \\
    MB_DB_PASS=@@secret@@ \\
    MB_DB_HOST=10.40.2.15 \\
    JAVA_TIMEZONE=Europe/Oslo
EXPOSE 3000
""", rand_pw(20))

add("compose/redis-password", "ops/compose/docker-compose.cache.yml", "https://hub.docker.com/_/redis", """
services:
  redis:
    image: redis:7-alpine
    command: redis-server --appendonly yes --requirepass @@secret@@
    ports:
      - "127.0.0.1:6379:6379"
    volumes:
      - redisdata:/data
volumes:
  redisdata:
""", fakes.redis_password(_seed()))

add("k8s-secret/smtp-password", "k8s/booking/secret-smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-smtp
  namespace: booking
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@p@@
""", (smtp_k := words_pw()), h=b64("smtp.office365.com"), u=b64("booking@glans-salong.no"), p=b64(smtp_k))

add("k8s-secret/docker-registry-password", "k8s/booking/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: booking
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@d@@
""", (reg_pw := rand_pw(32)),
    d=b64('{"auths":{"registry.glans-salong.no":{"username":"glans-pull","password":"' + reg_pw
          + '","auth":"' + b64("glans-pull:" + reg_pw) + '"}}}'))

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "booking" {
  zone_id = "9f2c1a7e3b5d4c8a0e6f1b2d3c4a5e6f"
  name    = "booking"
  content = "k8s-ingress.glans-salong.no"
  type    = "CNAME"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "cloudflare_api_token" {
  description = "Cloudflare token med Zone:DNS:Edit for glans-salong.no"
  type        = string
  sensitive   = true
}

variable "db_admin_password" {
  type      = string
  sensitive = true
}

variable "salonger" {
  type    = list(string)
  default = ["majorstuen", "grunerlokka", "bergen"]
}
""")

add("ansible/device-password", "ansible/inventory/salonger.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[rutere]
maj-rtr ansible_host=10.10.1.1
gru-rtr ansible_host=10.10.2.1
ber-rtr ansible_host=10.10.3.1

[rutere:vars]
ansible_connection=network_cli
ansible_network_os=community.routeros.routeros
ansible_user=admin
ansible_password=@@secret@@
""", rand_pw(18, "#%"))

add("powershell/device-password", "it/Sett-Skriver.ps1", "https://learn.microsoft.com/en-us/powershell/module/printmanagement/add-printer", """
# Legger til kvitteringsskriver og logger inn på web-admin for å sette logo
$ip = "192.168.20.31"
Add-PrinterPort -Name "IP_$ip" -PrinterHostAddress $ip
Add-Printer -Name "Kvittering Grunerlokka" -DriverName "EPSON TM-m30III Receipt" -PortName "IP_$ip"
$pair = "epson:@@secret@@"
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
Invoke-WebRequest -Uri "http://$ip/webconfig/logo" -Method Post -InFile ".\\\\glans-logo.bmp" `
  -Headers @{ Authorization = "Basic $auth" }
""", rand_pw(12))

add("properties/decoy-env-reference", "varsling/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring.application.name=varsling
twilio.account-sid=${TWILIO_ACCOUNT_SID}
twilio.auth-token=${TWILIO_AUTH_TOKEN}
link.user=glans_salong
link.password=${LINK_SMS_PASSWORD}
varsling.stille-timer.start=21:00
varsling.stille-timer.slutt=08:00
""")

add("properties/database-password", "kasse-integrasjon/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
spring.application.name=kasse-integrasjon
spring.datasource.url=jdbc:mysql://10.40.2.20:3306/kasse?useSSL=true
spring.datasource.username=kasse
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
kasse.salong=grunerlokka
""", rand_pw(18))

# ---------------------------------------------------------------- last group

add("python/klarna-basic-auth", "payments/klarna/orders.py", "https://docs.klarna.com/api/authentication/", """
\"\"\"Klarna order management: capture when the client has picked up the products.\"\"\"
import requests

KLARNA = "https://api.klarna.com"
# base64 of "username:password" from the Klarna merchant portal (Glans nettbutikk)
AUTH_HEADER = {"Authorization": "Basic @@secret@@"}


def capture(order_id: str, amount_ore: int) -> None:
    r = requests.post(f"{KLARNA}/ordermanagement/v1/orders/{order_id}/captures",
                      json={"captured_amount": amount_ore, "description": "Hentet i salong"},
                      headers=AUTH_HEADER, timeout=15)
    r.raise_for_status()
""", b64(klarna_user + ":" + "klarna_live_api_" + fakes.drawn(_seed(), 60, ALNUM + "_-")))

add("typescript/decoy-public-client-id", "shop/src/klarna/osm.ts", "https://docs.klarna.com/on-site-messaging/get-started/", """
// Klarna On-site messaging ("Del opp betalingen") on product pages.
// The client id is public and only identifies the shop.
export const KLARNA_CLIENT_ID = "klarna_live_client_@@c@@";

export function osmPlacement(amountOre: number): string {
  return `<klarna-placement data-key="credit-promotion-badge" data-locale="nb-NO" data-purchase-amount="${amountOre}"></klarna-placement>`;
}
""", c=fakes.drawn(_seed(), 56, ALNUM + "-_*!"))

add("typescript/twilio-auth-token", "functions/src/sms.ts", "https://www.twilio.com/docs/libraries/reference/twilio-node/", """
import twilio from "twilio";

const accountSid = "AC@@sid@@";
const authToken = "@@secret@@";
const client = twilio(accountSid, authToken);

export async function sendSms(to: string, body: string): Promise<string> {
  const msg = await client.messages.create({ to, from: "+46765550123", body });
  return msg.sid;
}
""", hexs(32), sid=hexs(32))

sp1 = stripe_key()
add("python/stripe-secret-key", "scripts/export_payouts.py", "https://docs.stripe.com/api/payouts/list", """
\"\"\"Eksporter utbetalinger fra Stripe til regnskap (CSV per måned).\"\"\"
import csv
import sys

import stripe

stripe.api_key = ("@@a@@"
                  "@@b@@")

with open(f"utbetalinger_{sys.argv[1]}.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["id", "dato", "belop_nok", "status"])
    for p in stripe.Payout.list(limit=100).auto_paging_iter():
        w.writerow([p.id, p.arrival_date, p.amount / 100, p.status])
""", sp1, a=sp1[:40], b=sp1[40:])

ig_tok = "IGQWR" + alnum(150)
add("javascript/meta-access-token", "site/scripts/instagram-feed.js", "https://developers.facebook.com/docs/instagram-basic-display-api/", """
// Bygger /galleri fra Instagram ved hver deploy
const fetch = require("node-fetch");
const fs = require("fs");

const TOKEN = "IGQWR" +
  "@@b@@";

(async () => {
  const res = await fetch(`https://graph.instagram.com/me/media?fields=id,media_url,caption&access_token=${TOKEN}`);
  const { data } = await res.json();
  fs.writeFileSync("src/data/galleri.json", JSON.stringify(data.slice(0, 24), null, 2));
})();
""", ig_tok, b=ig_tok[5:])

sentry_tok = "sntrys_" + b64('{"iat":1717000000.0,"url":"https://de.sentry.io","region_url":"https://de.sentry.io","org":"glans-salong"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/")
add("env/sentry-auth-token", "booking-widget/.env.sentry-build-plugin", "https://docs.sentry.io/account/auth-tokens/", """
# Used by @sentry/vite-plugin to upload source maps at build time
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_ORG=glans-salong
SENTRY_PROJECT=booking-widget
SENTRY_URL=https://de.sentry.io/
""", sentry_tok)

add("yaml/hubspot-access-token", "marketing/hubspot.yml", "https://developers.hubspot.com/docs/api/private-apps", """
# Private app "Glans CRM-synk" (kunder som har samtykket til markedsføring)
hubspot:
  portal_id: 25819374
  access_token: @@secret@@
  pipelines:
    gavekort: "default"
  properties:
    - hjemmesalong
    - siste_behandling
""", "pat-eu1-" + uuid_s())

add("python/staff-scheduling-secret", "vaktplan/planday_sync.py", "https://openapi.planday.com/gettingstarted/authorization", """
\"\"\"Henter vaktplan fra Planday og blokkerer timer i booking når en frisør er syk.\"\"\"
import requests

APP_ID = "@@cid@@"
REFRESH_TOKEN = "@@secret@@"


def access_token() -> str:
    r = requests.post("https://id.planday.com/connect/token", data={
        "client_id": APP_ID,
        "grant_type": "refresh_token",
        "refresh_token": REFRESH_TOKEN,
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
""", fakes.drawn(_seed(), 64, ALNUM + "-_"), cid=uuid_s())

add("json/google-oauth-client-secret", "kpi/credentials/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "784512369021-@@c@@.apps.googleusercontent.com",
    "project_id": "glans-kpi",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://intern.glans-salong.no/oauth2/callback"]
  }
}
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("powershell/teams-webhook", "it/Varsle-Teams.ps1", "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """
param([string]$Tekst = "Test")
# Sender varsel til Teams-kanalen «Salongledere»
$webhook = "@@secret@@"
$body = @{ text = $Tekst } | ConvertTo-Json
Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType "application/json; charset=utf-8"
Write-Host "Sendt: $Tekst"
""", "https://glanssalong.webhook.office.com/webhookb2/" + uuid_s() + "@" + uuid_s() + "/IncomingWebhook/" + hexs(32) + "/" + uuid_s() + "/V2" + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("env/azure-storage-key", "kasse/.env.rapporter", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
# Rapport-eksport fra kassene til Azure Blob (regnskapsfører henter derfra)
RAPPORT_CONTAINER=dagsoppgjor
AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=glansrapporter;AccountKey=@@secret@@;EndpointSuffix=core.windows.net
RAPPORT_FORMAT=csv
RAPPORT_TID=21:15
""", b64_blob(86) + "==")

add("yaml/mongodb-uri", "lojalitet/config/production.yaml", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
# Lojalitetsprogram «Glans Venn» - stempelkort og poeng
server:
  port: 8080
mongodb:
  uri: mongodb+srv://lojalitet:@@secret@@@glans-venn.x7k2q.mongodb.net/lojalitet?retryWrites=true&w=majority
poeng:
  per_krone: 1
  gratis_behandling_ved: 5000
""", rand_pw(20))

add("text/systemd-environment", "ops/systemd/kasse-sync.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """
[Unit]
Description=Glans kasse-sync (dagsoppgjør til Fiken)
After=network-online.target

[Service]
User=kasse
Environment=FIKEN_COMPANY=glans-salong-og-negl-as
Environment=FIKEN_TOKEN=@@secret@@
ExecStart=/opt/kasse-sync/venv/bin/python -m kasse_sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", alnum(40))

add("text/decoy-env-reference", "ops/systemd/booking.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#EnvironmentFile=", """
[Unit]
Description=Glans booking-api
After=network-online.target

[Service]
User=booking
EnvironmentFile=/etc/glans/booking.env
LoadCredential=stripe:/etc/credstore/stripe_secret_key
ExecStart=/opt/booking/venv/bin/gunicorn booking.wsgi -b 127.0.0.1:8000
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("text/crontab-password", "ops/cron/salong-server.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
30 2 * * * /opt/ops/backup/pg_backup.sh >> /var/log/pg_backup.log 2>&1
0 6 * * 1 curl -s -u rapport:@@secret@@ https://intern.glans-salong.no/api/ukerapport -o /srv/rapporter/uke.pdf
*/15 * * * * /opt/lagersynk/venv/bin/python -m lagersynk
0 21 * * * /opt/kasse-sync/run.sh
""", words_pw())

add("http/bearer-token", "api-tests/booking.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### Ledige timer Majorstuen
GET https://booking.glans-salong.no/api/v2/salons/majorstuen/slots?date=2024-12-02
Authorization: Bearer @@secret@@
Accept: application/json

### Opprett booking
POST https://booking.glans-salong.no/api/v2/appointments
Authorization: Bearer @@secret@@
Content-Type: application/json

{"salon": "majorstuen", "service": "gellakk-hender", "start": "2024-12-02T10:00:00+01:00"}
""", "glb_" + alnum(48))

add("http/decoy-template-variable", "api-tests/vipps.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#using_variables", """
### Vipps access token (verdier fra http-client.private.env.json, som ikke sjekkes inn)
POST https://apitest.vipps.no/accesstoken/get
client_id: {{vipps_client_id}}
client_secret: {{vipps_client_secret}}
Ocp-Apim-Subscription-Key: {{vipps_subscription_key}}
Merchant-Serial-Number: {{vipps_msn}}
""")

add("json/decoy-postman-environment", "api-tests/glans.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@id@@",
  "name": "Glans staging",
  "values": [
    {"key": "baseUrl", "value": "https://staging.booking.glans-salong.no", "type": "default", "enabled": true},
    {"key": "apiToken", "value": "", "type": "secret", "enabled": true},
    {"key": "salon", "value": "majorstuen", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
""", id=uuid_s())

tls_key = pem("RSA")
add("k8s-secret/private-key", "k8s/ingress/tls-booking.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-tls
  namespace: booking
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", tls_key, crt=b64(cert_pem() + "\n"), key=b64(tls_key + "\n"))

add("text/private-key", "ops/keys/kasse-sftp.pem", "https://www.rfc-editor.org/rfc/rfc7468", """
@@secret@@
""", pem("RSA"))

add("yaml/decoy-openapi-security", "booking/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/", """
openapi: 3.0.3
info:
  title: Glans booking API
  version: 2.14.3
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: "glb_<token>"
    partnerKey:
      type: apiKey
      in: header
      name: X-Glans-Partner-Key
security:
  - bearerAuth: []
paths: {}
""")

add("json/decoy-jwks", "booking/static/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
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
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("log/decoy-ids", "logs/nets-webhooks-2024-11-30.log", "https://developer.nexigroup.com/nexi-checkout/en-EU/api/webhooks/", """
2024-11-30 10:12:01 webhook payment.created paymentId=@@p1@@ amount=64900
2024-11-30 10:12:44 webhook payment.reservation.created.v2 paymentId=@@p1@@
2024-11-30 10:13:02 webhook payment.charge.created.v2 paymentId=@@p1@@ chargeId=@@c1@@
2024-11-30 11:40:19 webhook payment.created paymentId=@@p2@@ amount=118900
2024-11-30 11:41:03 webhook payment.cancel.created paymentId=@@p2@@
""", p1=hexs(32), c1=hexs(32), p2=hexs(32))

add("json/decoy-example-payload", "payments/vipps/tests/fixtures/callback_authorized.json", "https://developer.vippsmobilepay.com/docs/APIs/epayment-api/api-guide/webhooks/", """
{
  "msn": "234567",
  "reference": "glans-@@r@@",
  "pspReference": "@@psp@@",
  "name": "AUTHORIZED",
  "amount": {"currency": "NOK", "value": 64900},
  "timestamp": "2024-11-30T10:12:44.123Z",
  "idempotencyKey": "@@idem@@",
  "success": true
}
""", r=hexs(12), psp=str(_rng().randint(10**9, 10**10)), idem=uuid_s())

add("yaml/decoy-password-policy", "booking/config/auth.yml", "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", """
# Passordregler for Min side og bookingadmin
password_policy:
  min_length: 12
  require_breach_check: true
  max_failed_logins: 8
  lockout_minutes: 15
  hash: argon2id
session:
  idle_timeout_minutes: 30
  admin_mfa_required: true
""")

add("markdown/decoy-totp-example", "docs/it/tofaktor.md", "https://github.com/google/google-authenticator/wiki/Key-Uri-Format", """
# Tofaktor for bookingadmin

Alle ledere må ha tofaktor. Skann QR-koden på *Min profil > Sikkerhet* med Microsoft Authenticator.

Formatet på QR-koden (eksempel fra Google sin dokumentasjon, ikke en ekte nøkkel):

`otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example`

Mister du telefonen: ring IT-vakt, så nullstiller vi tofaktor etter å ha bekreftet hvem du er.
""")

add("javascript/decoy-site-key", "booking-widget/src/captcha.js", "https://docs.hcaptcha.com/#add-the-hcaptcha-widget-to-your-webpage", """
// hCaptcha on the booking form (site key is public; the secret is only on the server)
export const HCAPTCHA_SITEKEY = "@@k@@";

export function renderCaptcha(el) {
  return window.hcaptcha.render(el, { sitekey: HCAPTCHA_SITEKEY, hl: "no" });
}
""", k=uuid_s())

add("markdown/decoy-redacted-value", "docs/hendelser/2024-09-nets-nokkel.md", "https://response.pagerduty.com/after/post_mortem_template/", """
# Hendelse: Nets-nøkkel sendt på e-post (september 2024)

**Hva skjedde:** Byrået sendte produksjonsnøkkelen `live-secret-key-3f9a…` (forkortet) i en e-post til post@.
**Tiltak:** Nøkkelen ble rotert samme dag kl 14:20. Den gamle er slettet i Nets-portalen.
**Ny nøkkel:** ligger kun i Vault (`secret/betaling/nets`).
**Lærdom:** Nøkler deles kun via 1Password-deling med utløpstid.

Tidslinje, ansvarlig og oppfølgingspunkter: se Jira GLANS-412.
""")

add("swift/decoy-publishable-key", "GlansApp/Payments/StripeSetup.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios", """
import StripePaymentSheet

enum StripeSetup {
    static func configure() {
        // Publishable key: meant to be in the app.
        STPAPIClient.shared.publishableKey = "@@pk@@"
    }
}
""", pk=stripe_key("pk_live_"))

add("python/decoy-test-fixture", "tests/test_sms.py", "https://docs.python.org/3/library/unittest.mock.html", """
from unittest import mock

from reminders.link_sms import send_reminder


@mock.patch("reminders.link_sms.requests.post")
def test_send_reminder_uses_basic_auth(post):
    with mock.patch("reminders.link_sms.LINK_PASSWORD", "fake-password-for-tests"):
        send_reminder("+4791234567", "Kari", "mandag 10:00")
    _, kwargs = post.call_args
    assert kwargs["auth"] == ("glans_salong", "fake-password-for-tests")
""")

add("csv/vendor-portal-password", "innkjop/leverandorer.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
leverandor,kundenr,portal,bruker,passord,kontakt
Nordic Nail Supply,NNS-20418,https://b2b.nordicnail.no,innkjop@glans-salong.no,@@secret@@,ordre@nordicnail.no
OPI Norge (via Beautycos),BC-7731,https://portal.beautycos.no,innkjop@glans-salong.no,se 1Password,kundeservice@beautycos.no
Salongsupply AS,SS-11902,https://salongsupply.no/login,glans,se 1Password,post@salongsupply.no
Engangsartikler Nord,EN-553,,,,faktura@engangnord.no
""", words_pw())

add("log/sumup-api-key", "logs/terminal-report-debug.log", "https://developer.sumup.com/api/authorization", """
2024-12-01T20:59:58Z DEBUG terminal-report starting, salon=bergen
2024-12-01T20:59:58Z DEBUG > GET /v0.1/me/transactions/history?limit=50 HTTP/1.1
2024-12-01T20:59:58Z DEBUG > Host: api.sumup.com
2024-12-01T20:59:58Z DEBUG > Authorization: Bearer @@secret@@
2024-12-01T20:59:59Z DEBUG < HTTP/1.1 200 OK
2024-12-01T20:59:59Z INFO  38 transactions, total 24 870,00 NOK
""", sumup_key())

add("sql/accounting-api-token", "db/migrations/0042_integrations_seed.sql", "https://api.fiken.no/api/v2/docs/#/", """
-- Integrasjoner per selskap (flyttes til Vault i Q1)
INSERT INTO integrations (provider, company_slug, api_token, enabled, created_at) VALUES
  ('fiken', 'glans-salong-og-negl-as', '@@secret@@', true, now()),
  ('tripletex', 'glans-salong-og-negl-as', NULL, false, now());
UPDATE integrations SET enabled = false WHERE provider = 'visma';
""", alnum(40))

# ---- END ----
