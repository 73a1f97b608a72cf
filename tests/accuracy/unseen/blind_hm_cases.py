"""Blind set HM: chimney sweeps and stove/wood-burner fitters, their vendors, devices and small IT.

Booking and job apps, invoicing and payments, flue-camera and flue-gas-analyser devices, van
trackers, the shop's website and webshop, NAS backups, SMS and mail, CI and small scripts,
runbooks and handover notes, and their decoys. Generated fakes only (seeds 3000000-3009999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3000000, 3009999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Flue", "Soot", "Ember", "Hearth", "Damper", "Cowl", "Liner", "Brush", "Grate", "Kindle",
         "Chimney", "Poker", "Bellows", "Ashpan", "Firebox", "Baffle", "Mantel", "Spark", "Smoke", "Tinder"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A words password with only URL- and shell-safe separators."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def square_token() -> str:
    return fakes.fake("EAAA", 60, _seed())


def gocardless_token() -> str:
    return fakes.fake("live_", 40, _seed())


def paypal_secret() -> str:
    return fakes.fake("E", 79, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1IjoiZmx1ZWZpeCIsImEiOiJj" + fakes.drawn(_seed(), 22) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def mapbox_public() -> str:
    return "pk.eyJ1IjoiZmx1ZWZpeCIsImEiOiJj" + fakes.drawn(_seed(), 22) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def dropbox_token() -> str:
    return fakes.fake("sl.B", 135, _seed())


def xero_secret() -> str:
    return fakes.drawn(_seed(), 48, ALNUM + "_-")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def jwt_like() -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return head + "." + fakes.drawn(_seed(), 86, ALNUM + "_-") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def sha256ish() -> str:
    return hexs(64)


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
    CASES.append(LabelledCase(f"blind-hm/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- secrets: booking, payments, mail

add("env/stripe-secret-key", "sweepbook/.env", "https://docs.stripe.com/keys", """
# SweepBook - online booking for Ashdown Chimney Services
APP_ENV=production
APP_URL=https://book.ashdownchimney.co.uk
DATABASE_URL=postgres://sweepbook@localhost:5432/sweepbook
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_PENCE=2500
TZ=Europe/London
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "sweepbook/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from flask import Blueprint, request, abort

bp = Blueprint("stripe_hooks", __name__)

# signing secret from Dashboard > Developers > Webhooks (booking deposits endpoint)
ENDPOINT_SECRET = "@@secret@@"


@bp.route("/hooks/stripe", methods=["POST"])
def stripe_hook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        mark_deposit_paid(event["data"]["object"]["client_reference_id"])
    return "", 204
""", stripe_whsec())

add("php/stripe-secret-key", "wp-content/themes/hearthside/inc/deposit.php", "https://docs.stripe.com/api/authentication", """
<?php
// Hearthside Stoves - take a 50 GBP survey deposit before a site visit
require_once __DIR__ . '/../vendor/autoload.php';

\\Stripe\\Stripe::setApiKey('@@secret@@');

function hs_create_deposit_session($survey_id, $email) {
    return \\Stripe\\Checkout\\Session::create([
        'mode' => 'payment',
        'customer_email' => $email,
        'line_items' => [[
            'price_data' => ['currency' => 'gbp', 'unit_amount' => 5000,
                'product_data' => ['name' => 'Stove installation survey deposit']],
            'quantity' => 1,
        ]],
        'client_reference_id' => $survey_id,
        'success_url' => home_url('/survey/thanks'),
        'cancel_url' => home_url('/survey'),
    ]);
}
""", stripe_key())

add("yaml/gocardless-access-token", "config/billing.yml", "https://developer.gocardless.com/getting-started/api/making-your-first-request/", """
# Annual sweep plan - direct debit via GoCardless
gocardless:
  environment: live
  access_token: @@secret@@
  creditor_name: "Brushwood Sweeps Ltd"
plan:
  name: "Annual sweep + CO alarm check"
  amount_pence: 6500
  interval_unit: yearly
  day_of_month: 1
""", gocardless_token())

add("ruby/gocardless-access-token", "lib/tasks/plans.rake", "https://github.com/gocardless/gocardless-pro-ruby", """
require "gocardless_pro"

namespace :plans do
  desc "Create yearly sweep subscriptions for customers signed up at the show"
  task create: :environment do
    client = GoCardlessPro::Client.new(
      access_token: "@@secret@@",
      environment: :live
    )
    Customer.where(plan_pending: true).find_each do |c|
      client.subscriptions.create(params: {
        amount: 6500, currency: "GBP", interval_unit: "yearly",
        links: { mandate: c.mandate_id }
      })
      c.update!(plan_pending: false)
    end
  end
end
""", gocardless_token())

add("typescript/square-access-token", "pos-sync/src/square.ts", "https://developer.squareup.com/docs/build-basics/access-tokens", """
import { Client, Environment } from "square";

// showroom card reader -> stock sync for the stove shop
export const square = new Client({
  environment: Environment.Production,
  accessToken: "@@secret@@",
});

export async function listTodaysPayments(locationId: string) {
  const begin = new Date();
  begin.setHours(0, 0, 0, 0);
  const res = await square.paymentsApi.listPayments(begin.toISOString(), undefined, undefined, undefined, locationId);
  return res.result.payments ?? [];
}
""", square_token())

add("json/sendgrid-api-key", "reminders/appsettings.Production.json", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Reminders": {
    "DaysBeforeDue": 14,
    "FromAddress": "bookings@kestrelsweeps.co.uk",
    "FromName": "Kestrel Chimney Sweeps"
  },
  "SendGrid": {
    "ApiKey": "@@secret@@",
    "TemplateId": "d-4f1c2a9e7b3d4e8f9a0b1c2d3e4f5a6b"
  }
}
""", sendgrid_key())

add("python/mailgun-api-key", "scripts/send_certificates.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/", """
\"\"\"Email each customer their sweep certificate PDF after the job is closed.\"\"\"
import pathlib
import requests

MAILGUN_DOMAIN = "mg.cowlandcap.co.uk"
MAILGUN_KEY = "@@secret@@"


def send(to_addr: str, pdf: pathlib.Path) -> None:
    r = requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        files=[("attachment", (pdf.name, pdf.read_bytes()))],
        data={"from": "Cowl & Cap Sweeps <certs@cowlandcap.co.uk>",
              "to": to_addr,
              "subject": "Your chimney sweep certificate"},
        timeout=30,
    )
    r.raise_for_status()


if __name__ == "__main__":
    for pdf in pathlib.Path("out/certs").glob("*.pdf"):
        send(pdf.stem.split("__")[1], pdf)
""", mailgun_key())

add("ini/smtp-password", "office/thunderbird-relay.ini", "https://docs.python.org/3/library/configparser.html", """
; relay used by the job-sheet printer and the booking script
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = office@emberandash.co.uk
password = @@secret@@

[defaults]
from = Ember & Ash Stoves <office@emberandash.co.uk>
bcc = archive@emberandash.co.uk
""", words_pw())

add("env/twilio-auth-token", "sms-reminders/.env.production", "https://www.twilio.com/docs/iam/api/authtoken", """
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_FROM=+447700900412
REMINDER_HOUR=18
BUSINESS_NAME="Sootbusters"
""", hexs(32), sid=twilio_sid())

add("csharp/twilio-auth-token", "src/SweepReminders/SmsSender.cs", "https://www.twilio.com/docs/libraries/csharp-dotnet", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace SweepReminders
{
    public static class SmsSender
    {
        private const string AccountSid = "@@sid@@";
        private const string AuthToken = "@@secret@@";

        public static void Init() => TwilioClient.Init(AccountSid, AuthToken);

        public static string Remind(string mobile, string name, DateTime visit)
        {
            var msg = MessageResource.Create(
                body: $"Hi {name}, your chimney sweep is booked for {visit:ddd d MMM} (8-10am). Reply C to cancel.",
                from: new Twilio.Types.PhoneNumber("+447700900318"),
                to: new Twilio.Types.PhoneNumber(mobile));
            return msg.Sid;
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("yaml/xero-client-secret", "invoicing/config/xero.yaml", "https://developer.xero.com/documentation/guides/oauth2/auth-flow/", """
# Custom connection to Xero for pushing job invoices (Flint & Flue Ltd)
xero:
  client_id: 3F1A9C0D2B7E4F6A8C5D1E9B0A7F2C4D
  client_secret: @@secret@@
  grant_type: client_credentials
  scopes:
    - accounting.transactions
    - accounting.contacts
  default_account_code: "200"
  tax_type: OUTPUT2
""", xero_secret())

add("python/paypal-client-secret", "shop/paypal_checkout.py", "https://developer.paypal.com/api/rest/authentication/", """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "AYq3Tn0vXwStovesDirect9kLmN2pQrStUvWxYz0aBcDeFgHiJkLmNoPqRsTuVwXy"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]
""", paypal_secret())

add("go/shopify-admin-token", "stocksync/shopify.go", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
package stocksync

import (
	"fmt"
	"net/http"
	"strings"
)

const (
	shopDomain  = "hearth-and-home-stoves.myshopify.com"
	adminToken  = "@@secret@@"
	apiVersion  = "2024-07"
)

// SetStock pushes the warehouse count of a stove model to the webshop.
func SetStock(inventoryItemID, locationID int64, qty int) error {
	body := fmt.Sprintf(`{"location_id":%d,"inventory_item_id":%d,"available":%d}`, locationID, inventoryItemID, qty)
	req, _ := http.NewRequest("POST", fmt.Sprintf("https://%s/admin/api/%s/inventory_levels/set.json", shopDomain, apiVersion), strings.NewReader(body))
	req.Header.Set("X-Shopify-Access-Token", adminToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("shopify: %s", resp.Status)
	}
	return nil
}
""", shopify_token())

add("shell/shopify-admin-token", "scripts/export_orders.sh", "https://shopify.dev/docs/api/admin-rest", """
#!/usr/bin/env bash
# nightly export of stove + flue-kit orders for the fitting diary
set -euo pipefail
SHOP=woodburner-warehouse.myshopify.com
since=$(date -d yesterday +%Y-%m-%dT00:00:00Z)
curl -sf "https://${SHOP}/admin/api/2024-04/orders.json?status=any&created_at_min=${since}" \\
  -H "X-Shopify-Access-Token: @@secret@@" \\
  | jq -r '.orders[] | [.name, .email, .shipping_address.zip, (.line_items|map(.sku)|join("+"))] | @csv' \\
  > "exports/orders-$(date +%F).csv"
echo "exported $(wc -l < exports/orders-$(date +%F).csv) orders"
""", shopify_token())

add("dockerfile/woocommerce-consumer-secret", "webshop-sync/Dockerfile", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV WC_URL=https://www.firesidefitters.co.uk \\
    WC_CONSUMER_KEY=ck_@@ck@@ \\
    WC_CONSUMER_SECRET=@@secret@@ \\
    SYNC_EVERY_MIN=15
CMD ["python", "-m", "wcsync"]
""", "cs_" + hexs(40), ck=hexs(40))

add("kotlin/google-maps-server-key", "app/src/main/java/uk/co/sootbusters/route/RoutePlanner.kt", "https://developers.google.com/maps/documentation/routes/get-started", """
package uk.co.sootbusters.route

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object RoutePlanner {
    // server-side key used by the nightly route optimiser (Routes API, unrestricted)
    private const val ROUTES_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun computeDay(bodyJson: String): String {
        val req = Request.Builder()
            .url("https://routes.googleapis.com/directions/v2:computeRoutes")
            .header("X-Goog-Api-Key", ROUTES_KEY)
            .header("X-Goog-FieldMask", "routes.duration,routes.optimizedIntermediateWaypointIndex")
            .post(bodyJson.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", google_key())

add("javascript/mapbox-secret-token", "tools/upload-coverage-tiles.js", "https://docs.mapbox.com/api/accounts/tokens/", """
// Uploads our service-area polygons (postcodes we cover) as a Mapbox tileset.
const fs = require("fs");
const mbxUploads = require("@mapbox/mapbox-sdk/services/uploads");

const uploads = mbxUploads({ accessToken: "@@secret@@" });

async function main() {
  const geo = fs.readFileSync("data/coverage.geojson");
  const creds = await uploads.createUploadCredentials().send();
  console.log("staging bucket", creds.body.bucket);
  // ... put to S3 with the temporary creds, then:
  await uploads.createUpload({ tileset: "fluefix.coverage", url: creds.body.url, name: "coverage" }).send();
}

main().catch((e) => { console.error(e); process.exit(1); });
""", mapbox_secret())

add("toml/slack-webhook", "alerts/config.toml", "https://api.slack.com/messaging/webhooks", """
# Alerts from the stove-shop server to #ops
[slack]
webhook_url = "@@secret@@"
channel = "#ops"
username = "stove-shop-bot"

[checks]
disk_free_min_gb = 20
nas_backup_max_age_h = 26
website_url = "https://www.cinderstoves.co.uk"
""", slack_webhook())

add("python/telegram-bot-token", "bot/jobs_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Telegram bot the sweeps use to post job photos and close jobs from the van.\"\"\"
import logging
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from jobs import close_job, attach_photo

BOT_TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def done(update, context):
    job = context.args[0] if context.args else None
    await update.message.reply_text(close_job(job, update.effective_user.username))


async def photo(update, context):
    await update.message.reply_text(attach_photo(update.message))


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("done", done))
    app.add_handler(MessageHandler(filters.PHOTO, photo))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("json/discord-webhook", "n8n/workflows/new-review-to-discord.json", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
{
  "name": "New Google review -> #reviews",
  "nodes": [
    { "name": "Schedule", "type": "n8n-nodes-base.scheduleTrigger", "parameters": { "rule": { "interval": [{ "field": "hours", "hoursInterval": 3 }] } } },
    { "name": "Fetch reviews", "type": "n8n-nodes-base.httpRequest", "parameters": { "url": "={{$env.REVIEWS_FEED}}" } },
    {
      "name": "Post to Discord",
      "type": "n8n-nodes-base.httpRequest",
      "parameters": {
        "method": "POST",
        "url": "@@secret@@",
        "jsonParameters": true,
        "bodyParametersJson": "={ \\"content\\": \\"New review: {{$json.rating}} stars - {{$json.text}}\\" }"
      }
    }
  ],
  "connections": {}
}
""", discord_webhook())

# ---------------------------------------------------------------- secrets: devices, databases, IT

add("python/device-password", "fluecam/pull_footage.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Pull the day's flue-camera recordings off the inspection camera's Wi-Fi FTP share.\"\"\"
from ftplib import FTP
from pathlib import Path

CAMERA_IP = "192.168.4.1"
CAMERA_USER = "admin"
CAMERA_PASS = "@@secret@@"
DEST = Path.home() / "Jobs" / "flue-footage"


def pull() -> int:
    n = 0
    with FTP(CAMERA_IP, timeout=15) as ftp:
        ftp.login(CAMERA_USER, CAMERA_PASS)
        ftp.cwd("/DCIM/100FLUE")
        for name in ftp.nlst():
            if name.lower().endswith(".mp4"):
                with open(DEST / name, "wb") as fh:
                    ftp.retrbinary(f"RETR {name}", fh.write)
                n += 1
    return n


if __name__ == "__main__":
    print(pull(), "clips copied")
""", rand_pw(14))

add("yaml/nvr-password", "homeassistant/yard_cameras.yaml", "https://www.home-assistant.io/integrations/generic/", """
# Yard and log-store cameras at the depot (Hikvision NVR)
camera:
  - platform: generic
    name: Log store
    still_image_url: http://10.20.0.15/ISAPI/Streaming/channels/101/picture
    stream_source: rtsp://admin:@@secret@@@10.20.0.15:554/Streaming/Channels/101
    verify_ssl: false
  - platform: generic
    name: Van bay
    still_image_url: http://10.20.0.15/ISAPI/Streaming/channels/201/picture
    stream_source: rtsp://viewer:{{ states('input_text.nvr_viewer_pw') }}@10.20.0.15:554/Streaming/Channels/201
""", url_pw())

add("env/database-password", "stockroom/.env", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS", """
APP_NAME=stockroom
DEBUG=false
DATABASE_URL=postgresql://stockroom:@@secret@@@db.internal:5432/stoves
REDIS_URL=redis://localhost:6379/2
MEDIA_ROOT=/srv/stockroom/media
""", rand_pw(22))

add("java/database-password", "src/main/java/uk/co/flintflue/jobs/Db.java", "https://jdbc.postgresql.org/documentation/use/", """
package uk.co.flintflue.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:mysql://10.0.0.12:3306/jobsheets?useSSL=false";
    private static final String USER = "jobsheets_app";
    private static final String PASSWORD = "@@secret@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", words_pw())

add("compose/database-password", "docker-compose.yml", "https://hub.docker.com/_/mariadb", """
services:
  db:
    image: mariadb:11
    restart: unless-stopped
    environment:
      MARIADB_DATABASE: sweepdiary
      MARIADB_USER: sweepdiary
      MARIADB_PASSWORD: @@secret@@
      MARIADB_ROOT_PASSWORD: @@root@@
    volumes:
      - dbdata:/var/lib/mysql
  app:
    build: .
    depends_on: [db]
    ports: ["8080:8080"]
    environment:
      DB_HOST: db
      DB_USER: sweepdiary
volumes:
  dbdata:
""", rand_pw(20), root=rand_pw(24))

add("k8s-secret/database-password", "deploy/k8s/booking-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: sweepbook
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_DB: @@db@@
""", (_kpw := rand_pw(24)), user=b64("sweepbook"), pw=b64(_kpw), db=b64("sweepbook"))

add("python/redis-password", "sweepbook/settings/production.py", "https://github.com/jazzband/django-redis", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.brushwoodsweeps.co.uk"]

CACHES = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://:@@secret@@@redis-12811.c1.eu-west-2.cloud.example:12811/0",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cache"
""", fakes.redis_password(_seed()))

add("python/django-secret-key", "stoveshop/stoveshop/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["www.stovecraft.co.uk", "stovecraft.co.uk"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "catalogue",
    "surveys",
]
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("powershell/nas-password", "it/Map-OfficeDrives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-psdrive", """
# Maps the Synology shares on the office PCs (run at logon via GPO... well, the startup folder)
$nas  = "\\\\DS920-OFFICE"
$user = "DS920-OFFICE\\office"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name J -PSProvider FileSystem -Root "$nas\\Jobs" -Credential $cred -Persist
New-PSDrive -Name P -PSProvider FileSystem -Root "$nas\\Photos" -Credential $cred -Persist
New-PSDrive -Name A -PSProvider FileSystem -Root "$nas\\Accounts" -Credential $cred -Persist
Write-Host "Drives mapped"
""", words_pw())

add("shell/nas-password", "backup/rsync-to-nas.sh", "https://download.samba.org/pub/rsync/rsync.1", """
#!/bin/sh
# nightly: job photos + certificates from the office PC to the Synology
export RSYNC_PASSWORD='@@secret@@'
SRC=/home/office/Jobs/
DEST=rsync://backup@192.168.1.20/jobs-archive/
rsync -av --delete-after --exclude '*.tmp' "$SRC" "$DEST" >> /var/log/jobs-backup.log 2>&1
unset RSYNC_PASSWORD
""", rand_pw(16))

add("ini/ftp-password", "office-pc/WinSCP.ini", "https://winscp.net/eng/docs/ini", """
[Sessions\\hearthside-live]
HostName=ftp.hearthsidestoves.co.uk
PortNumber=21
UserName=hearthside
Password=@@secret@@
FSProtocol=5
RemoteDirectory=/public_html
LocalDirectory=C:\\Sites\\hearthside
""", words_pw())

add("json/sftp-password", "website/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp#configuration", """
{
    "name": "chimneycare live",
    "host": "sftp.chimneycare-sweeps.co.uk",
    "protocol": "sftp",
    "port": 22,
    "username": "chimneycare",
    "password": "@@secret@@",
    "remotePath": "/home/chimneycare/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules", "*.psd"]
}
""", rand_pw(18, "!#%"))

add("xml/ftp-password", "filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.ashandember.co.uk</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>ashandember_web</User>
            <Pass encoding="base64">@@pw@@</Pass>
            <Logontype>1</Logontype>
            <Name>Website (Heart Internet)</Name>
        </Server>
    </Servers>
</FileZilla3>
""", (_fzpw := words_pw()), pw=b64(_fzpw))

add("php/wordpress-db-password", "public_html/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Sooty's Sweeps - WordPress config */
define( 'DB_NAME', 'sootys_wp' );
define( 'DB_USER', 'sootys_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "^*()"))

add("shell/router-admin-password", "it/notes/reset-router.sh", "https://openwrt.org/docs/guide-user/base-system/uci", """
#!/bin/sh
# after the ISP swapped the router: re-apply our settings over ssh (OpenWrt on the office router)
ROUTER=192.168.1.1
sshpass -p '@@secret@@' ssh root@$ROUTER <<'UCI'
uci set wireless.default_radio0.ssid='FlueFix-Office'
uci set network.lan.ipaddr='192.168.1.1'
uci commit
wifi reload
UCI
echo done
""", words_pw())

add("yaml/wifi-psk", "esphome/log-kiln-monitor.yaml", "https://esphome.io/components/wifi.html", """
# ESP32 in the firewood kiln: temperature + humidity to Home Assistant
esphome:
  name: log-kiln
esp32:
  board: esp32dev
wifi:
  ssid: "Depot-Yard"
  password: "@@secret@@"
api:
  encryption:
    key: !secret kiln_api_key
ota:
  - platform: esphome
sensor:
  - platform: dht
    pin: GPIO4
    temperature:
      name: "Kiln temperature"
    humidity:
      name: "Kiln humidity"
    update_interval: 60s
""", words_pw())

add("csharp/analyser-cloud-password", "src/FlueGasImport/TestoCloudClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", """
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;

namespace FlueGasImport
{
    // Pulls combustion test reports (CO, CO2, O2, flue temp) from the analyser vendor's cloud portal
    public class AnalyserCloudClient
    {
        private readonly HttpClient _http;

        public AnalyserCloudClient()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("reports@emberfit.co.uk", "@@secret@@")
            };
            _http = new HttpClient(handler) { BaseAddress = new Uri("https://portal.analyser-cloud.example/api/") };
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> ReportsSince(DateTime since) =>
            _http.GetStringAsync($"reports?since={since:yyyy-MM-dd}");
    }
}
""", words_pw())

add("terraform/aws-secret-key", "infra/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "certs" {
  bucket = "brushwood-sweep-certificates"
}

resource "aws_s3_bucket_versioning" "certs" {
  bucket = aws_s3_bucket.certs.id
  versioning_configuration { status = "Enabled" }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "office-pc/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = eu-west-2

[photos-archive]
role_arn = arn:aws:iam::493817265014:role/photos-archive-writer
source_profile = default
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("python/aws-access-key-id", "certs/upload_cert.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-west-2",
    aws_access_key_id="@@secret@@",
    aws_secret_access_key="@@sk@@",
)


def upload_certificate(job_ref: str, pdf_path: str) -> str:
    key = f"certificates/{job_ref}.pdf"
    s3.upload_file(pdf_path, "kindle-sweeps-certs", key, ExtraArgs={"ContentType": "application/pdf"})
    return s3.generate_presigned_url("get_object", Params={"Bucket": "kindle-sweeps-certs", "Key": key}, ExpiresIn=604800)
""", fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("yaml/azure-client-secret", "m365/graph-calendar-sync.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app", """
# Sync the fitters' Outlook calendars into the job board (app registration "JobBoard Sync")
graph:
  tenant_id: 6c1f0a52-93d4-4b7e-8f2a-1d5e9c3b7a40
  client_id: 0e8a3f71-2c5b-4d96-a1e7-5b3c9d2f8a16
  client_secret: "@@secret@@"
  scopes: ["https://graph.microsoft.com/.default"]
calendars:
  - dan@hearthworks.co.uk
  - lee@hearthworks.co.uk
  - office@hearthworks.co.uk
sync_days_ahead: 21
""", azure_secret())

add("github-actions/ssh-private-key", ".github/workflows/deploy-site.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions", """
name: Deploy website
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Install key
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_rsa <<'KEY'
          @@key@@
          KEY
          chmod 600 ~/.ssh/id_rsa
      - name: Rsync
        run: rsync -az --delete -e "ssh -o StrictHostKeyChecking=no" site/ deploy@web1.stovecraft.co.uk:/var/www/stovecraft/
""", (_ghkey := pem("RSA")), key=_ghkey.replace("\n", "\n          "))

# ---------------------------------------------------------------- secrets: CI, packaging, vendor APIs

add("ini/pypi-token", "hetas-cert-tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "https://github.com/pypa/gh-action-pypi-publish", """
name: Release flue-calc
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/pypi-token", "scripts/publish.sh", "https://twine.readthedocs.io/en/stable/#environment-variables", """
#!/usr/bin/env bash
# publish the stove-sizing (kW calculator) library
set -e
rm -rf dist/
python -m build
TWINE_USERNAME=__token__ TWINE_PASSWORD=@@secret@@ twine upload dist/*
git tag "v$(python -c 'import stovekw; print(stovekw.__version__)')"
""", fakes.pypi_token(_seed()))

add("markdown/github-token", "docs/handover.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# Handover - Flint & Flue IT (from Jamie, leaving Friday)

## Website
- Repo: github.com/flintflue/website, deploys from `main` via the action.
- The action pushes with my personal token, which I've left on the account for now:
  `@@secret@@` (repo + workflow scopes). Please make your own and revoke this one.

## Booking system
- Hosted on the Hetzner box, `ssh office@jobs.flintflue.co.uk` (key on the office PC).
- Backups go to the NAS at 02:00, check the email each morning.

## Phones
- Yealink handsets, provisioning page at http://192.168.1.30 (password in the red book).
""", fakes.github_token(_seed()))

add("env/github-fine-grained-token", "tools/changelog-bot/.env", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", """
# changelog bot: posts merged PRs of the job app to Slack every Friday
GITHUB_OWNER=sootbusters
GITHUB_REPO=job-app
GITHUB_TOKEN=@@secret@@
POST_TO=#releases
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, package]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=@@secret@@ TWINE_USERNAME=ci-bot python -m twine upload --repository-url https://gitlab.com/api/v4/projects/48213907/packages/pypi dist/*
  only: [tags]
""", gitlab_token())

add("ini/npm-token", "booking-widget/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", """
registry=https://registry.npmjs.org/
@hearthside:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("python/openai-api-key", "tools/quote_writer.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Turn a surveyor's bullet notes into a tidy stove installation quote letter.\"\"\"
import sys
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "You write polite quotes for a wood-burning stove installer in Kent. "
    "Mention HETAS certification, the flue liner length and the hearth size. Notes:\\n"
)


def main() -> None:
    notes = sys.stdin.read()
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT + notes}],
    )
    print(resp.choices[0].message.content)


if __name__ == "__main__":
    main()
""", fakes.openai_key(_seed()))

add("python/dropbox-token", "photos/dropbox_sync.py", "https://www.dropbox.com/developers/documentation/python", """
import dropbox
from pathlib import Path

dbx = dropbox.Dropbox("@@secret@@")
LOCAL = Path("/srv/jobs/photos")


def sync(job_ref: str) -> None:
    for p in (LOCAL / job_ref).glob("*.jpg"):
        dbx.files_upload(p.read_bytes(), f"/Jobs/{job_ref}/{p.name}", mode=dropbox.files.WriteMode.overwrite)


if __name__ == "__main__":
    import sys
    sync(sys.argv[1])
""", dropbox_token())

add("javascript/slack-bot-token", "slackbot/index.js", "https://api.slack.com/authentication/token-types#bot", """
const { App } = require("@slack/bolt");

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /stock <model> -> how many of that stove are in the warehouse
app.command("/stock", async ({ command, ack, respond }) => {
  await ack();
  const n = await lookupStock(command.text.trim());
  await respond(`${command.text}: ${n} in stock`);
});

(async () => {
  await app.start(process.env.PORT || 3000);
  console.log("stock bot up");
})();
""", slack_bot())

add("ruby/jobber-client-secret", "config/initializers/jobber.rb", "https://developer.getjobber.com/docs/building_your_app/app_authorization", """
# Jobber GraphQL API - OAuth app "Sweep Sync" (pulls visits into our route planner)
Jobber.configure do |c|
  c.client_id     = "b7c3e91a-4d2f-4a8b-9e6c-1f5d3a7b2c90"
  c.client_secret = "@@secret@@"
  c.redirect_uri  = "https://routes.kestrelsweeps.co.uk/oauth/jobber/callback"
  c.api_version   = "2024-06-10"
end
""", hexs(64))

add("python/servicem8-api-key", "integrations/servicem8_jobs.py", "https://developer.servicem8.com/docs/authentication", """
import requests

SM8_BASE = "https://api.servicem8.com/api_1.0"
# private app key for the office account (Settings > API keys)
SM8_API_KEY = "@@secret@@"


def open_jobs():
    r = requests.get(
        f"{SM8_BASE}/job.json",
        params={"$filter": "status eq 'Work Order'"},
        headers={"X-API-Key": SM8_API_KEY, "Accept": "application/json"},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


for job in open_jobs():
    print(job["generated_job_id"], job["job_address"], job["job_description"][:40])
""", "smk-" + fakes.drawn(_seed(), 6, HEX) + "-" + fakes.drawn(_seed(), 32, HEX))

add("php/tradify-api-key", "app/Services/TradifyClient.php", "https://laravel.com/docs/11.x/http-client#headers", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class TradifyClient
{
    private string $base = 'https://api.tradifyhq.com/v1';
    private string $apiKey = '@@secret@@';

    public function jobsForDay(string $date): array
    {
        return Http::withToken($this->apiKey)
            ->acceptJson()
            ->get("{$this->base}/jobs", ['scheduledDate' => $date])
            ->throw()
            ->json('data', []);
    }
}
""", fakes.drawn_mixed(_seed(), 40))

add("swift/what3words-api-key", "SweepApp/Services/W3WService.swift", "https://developer.what3words.com/public-api/docs", """
import Foundation

/// Converts the customer's what3words address (for farms and cottages without postcodes) to coordinates.
struct W3WService {
    private let apiKey = "@@secret@@"

    func coordinates(for words: String) async throws -> (Double, Double) {
        var comps = URLComponents(string: "https://api.what3words.com/v3/convert-to-coordinates")!
        comps.queryItems = [URLQueryItem(name: "words", value: words), URLQueryItem(name: "key", value: apiKey)]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let c = json["coordinates"] as! [String: Double]
        return (c["lat"]!, c["lng"]!)
    }
}
""", fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits))

add("rust/tracker-api-token", "van-tracker/src/main.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", """
use serde::Deserialize;

const TRACKER_URL: &str = "https://api.fleet-tracker.example/v2/vehicles/positions";
const TRACKER_TOKEN: &str = "@@secret@@";

#[derive(Deserialize, Debug)]
struct Position {
    registration: String,
    lat: f64,
    lon: f64,
    ignition: bool,
}

#[tokio::main]
async fn main() -> Result<(), reqwest::Error> {
    let vans: Vec<Position> = reqwest::Client::new()
        .get(TRACKER_URL)
        .bearer_auth(TRACKER_TOKEN)
        .send()
        .await?
        .json()
        .await?;
    for v in vans {
        println!("{} {:.5},{:.5} ignition={}", v.registration, v.lat, v.lon, v.ignition);
    }
    Ok(())
}
""", "ft_live_" + fakes.drawn_mixed(_seed(), 40))

add("go/scheme-portal-password", "cmd/certsync/main.go", "https://pkg.go.dev/net/http#Request.SetBasicAuth", """
package main

import (
	"io"
	"log"
	"net/http"
	"os"
)

// Downloads yesterday's notifications list from the competent-person scheme portal.
func main() {
	req, err := http.NewRequest("GET", "https://portal.cps-scheme.example/api/notifications?period=yesterday", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.SetBasicAuth("installer-40213", "@@secret@@")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	io.Copy(os.Stdout, resp.Body)
}
""", words_pw())

add("shell/partner-api-basic-auth", "scripts/check_reviews.sh", "https://datatracker.ietf.org/doc/html/rfc7617", """
#!/bin/bash
# pull new reviews from the trade-directory partner API into the website feed
curl -s https://partner-api.tradedirectory.example/v1/members/88412/reviews?since=7d \\
  -H "Authorization: Basic @@basic@@" \\
  -H "Accept: application/json" \\
  -o /var/www/hearthside/reviews.json
""", (_basic := b64("hearthside-feed:" + rand_pw(20))), basic=_basic)

add("powershell/smtp-password", "it/Send-DailyJobSheet.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Emails tomorrow's job sheet (exported PDF) to each fitter at 17:30
$smtpPass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('jobs@emberandash.co.uk', $smtpPass)
$tomorrow = (Get-Date).AddDays(1).ToString('yyyy-MM-dd')

foreach ($fitter in @('dan','lee','marcus')) {
    $pdf = "J:\\JobSheets\\$tomorrow-$fitter.pdf"
    if (Test-Path $pdf) {
        Send-MailMessage -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred `
            -From 'jobs@emberandash.co.uk' -To "$fitter@emberandash.co.uk" `
            -Subject "Jobs for $tomorrow" -Attachments $pdf
    }
}
""", words_pw())

add("properties/smtp-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail", """
spring.application.name=sweep-certificates
server.port=8085
spring.datasource.url=jdbc:postgresql://localhost:5432/certs
spring.datasource.username=certs
spring.datasource.password=${CERTS_DB_PASSWORD}
spring.mail.host=smtp.sendgrid.net
spring.mail.port=587
spring.mail.username=apikey
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", sendgrid_key())

add("conf/ldap-bind-password", "nas/ldap-client.conf", "https://www.openldap.org/doc/admin26/", """
# Synology Directory Server, used by the office PCs and the NAS shares
URI     ldap://192.168.1.20
BASE    dc=cinderstoves,dc=local
BINDDN  uid=root,cn=users,dc=cinderstoves,dc=local
BINDPW  @@secret@@
TLS_REQCERT allow
""", words_pw())

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- read-only user for the Power BI sales dashboard (stoves sold per month, installs per fitter)
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE stoveshop TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON orders, order_lines, installs, fitters TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO reporting;
""", rand_pw(20))

# ---------------------------------------------------------------- decoys

add("env/decoy-placeholder", "sweepbook/.env.example", "https://12factor.net/config", """
# copy to .env and fill in
APP_ENV=local
APP_URL=http://localhost:8000
DATABASE_URL=postgres://sweepbook:changeme@localhost:5432/sweepbook
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
DEPOSIT_PENCE=2500
""")

add("python/decoy-env-reference", "sweepbook/payments/client.py", "https://docs.python.org/3/library/os.html#os.environ", """
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
DEPOSIT_PENCE = int(os.getenv("DEPOSIT_PENCE", "2500"))


def deposit_session(booking_id: str, email: str):
    return stripe.checkout.Session.create(
        mode="payment",
        customer_email=email,
        client_reference_id=booking_id,
        line_items=[{"price": os.environ["STRIPE_DEPOSIT_PRICE_ID"], "quantity": 1}],
        success_url="https://book.example.co.uk/thanks",
        cancel_url="https://book.example.co.uk/",
    )
""")

add("javascript/decoy-publishable-key", "public/js/deposit.js", "https://docs.stripe.com/keys#obtain-api-keys", """
// Stripe.js on the booking page - publishable key is meant to be public
const stripe = Stripe("@@pk@@");

document.getElementById("pay-deposit").addEventListener("click", async () => {
  const res = await fetch("/api/deposit-session", { method: "POST" });
  const { sessionId } = await res.json();
  await stripe.redirectToCheckout({ sessionId });
});
""", pk=stripe_key("pk_live_"))

add("html/decoy-maps-embed-key", "public_html/contact.html", "https://developers.google.com/maps/documentation/embed/get-api-key", """
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Contact - Hearthside Stoves showroom</title></head>
<body>
  <h1>Visit our showroom</h1>
  <p>Unit 4, Forge Lane, Tonbridge. Open Tue-Sat 9-5, 12 stoves burning on display.</p>
  <iframe width="600" height="400" style="border:0" loading="lazy"
    src="https://www.google.com/maps/embed/v1/place?key=@@key@@&q=Hearthside+Stoves+Tonbridge"></iframe>
  <p>Call 01732 000000 or email showroom@hearthsidestoves.example</p>
</body>
</html>
""", key=google_key())

add("javascript/decoy-mapbox-public-token", "coverage-map/src/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";

// public (pk.) token, URL-restricted to fluefix.example in the Mapbox account
mapboxgl.accessToken = "@@pk@@";

export function showCoverage(el) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [-2.36, 51.38], zoom: 9 });
  map.on("load", () => map.addLayer({ id: "coverage", type: "fill", source: { type: "vector", url: "mapbox://fluefix.coverage" }, "source-layer": "coverage", paint: { "fill-color": "#d9480f", "fill-opacity": 0.3 } }));
  return map;
}
""", pk=mapbox_public())

add("html/decoy-recaptcha-site-key", "templates/book.html", "https://developers.google.com/recaptcha/docs/display", """
{% extends "base.html" %}
{% block content %}
<form method="post" action="/book">
  {% csrf_token %}
  <label>Postcode <input name="postcode" required></label>
  <label>Appliance <select name="appliance"><option>Open fire</option><option>Wood burner</option><option>Multi-fuel</option></select></label>
  <div class="g-recaptcha" data-sitekey="6Lc@@site@@"></div>
  <button type="submit">Book a sweep</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", site=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("yaml/decoy-vault-reference", "deploy/ansible/group_vars/web.yml", "https://docs.ansible.com/ansible/latest/vault_guide/index.html", """
---
site_domain: www.stovecraft.example
php_version: "8.2"
wp_db_name: stovecraft_wp
wp_db_user: stovecraft_wp
wp_db_password: "{{ vault_wp_db_password }}"
smtp_relay_password: "{{ vault_smtp_relay_password }}"
backup_target: "rsync://backup@192.168.1.20/web"
backup_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/nas:backup') }}"
""")

add("ansible/decoy-vault-encrypted", "deploy/ansible/group_vars/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking-db-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: sweepbook
spec:
  encryptedData:
    POSTGRES_PASSWORD: AgB@@e1@@
    POSTGRES_USER: AgC@@e2@@
  template:
    metadata:
      name: booking-db
      namespace: sweepbook
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("csv/decoy-serial-numbers", "assets/analysers_and_cameras.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_tag,type,make_model,serial,calibrated,assigned_to
FA-01,flue gas analyser,Testo 300,@@s1@@,2026-03-14,Dan
FA-02,flue gas analyser,Kane 458s,@@s2@@,2026-05-02,Lee
CAM-01,inspection camera,Wohler VIS 700,@@s3@@,,Dan
CAM-02,inspection camera,Ridgid SeeSnake micro,@@s4@@,,Marcus
SV-01,smoke pellets/test kit,Brewer,n/a,,van 2
""", s1=fakes.drawn(_seed(), 8, "0123456789"), s2=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), s3=fakes.drawn(_seed(), 12, string.ascii_uppercase + string.digits), s4=fakes.drawn(_seed(), 9, "0123456789"))

add("json/decoy-checksums", "firmware/camera-fw-manifest.json", "https://en.wikipedia.org/wiki/SHA-2", """
{
  "device": "flue-inspection-camera",
  "channel": "stable",
  "releases": [
    { "version": "2.4.1", "file": "fw_2.4.1.bin", "sha256": "@@h1@@", "size": 4194304 },
    { "version": "2.4.0", "file": "fw_2.4.0.bin", "sha256": "@@h2@@", "size": 4190208 },
    { "version": "2.3.7", "file": "fw_2.3.7.bin", "sha256": "@@h3@@", "size": 4128768 }
  ]
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("python/decoy-test-fixture", "tests/test_webhooks.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hashlib
import hmac
import time

from payments.webhooks import verify

TEST_SECRET = "whsec_test_secret_for_unit_tests"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_valid_signature_accepted():
    body = b'{"type":"checkout.session.completed"}'
    assert verify(body, sign(body), TEST_SECRET)


def test_wrong_secret_rejected():
    body = b'{"type":"checkout.session.completed"}'
    assert not verify(body, sign(body, "whsec_other"), TEST_SECRET)
""")

add("python/decoy-regex", "secretscan/patterns.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Patterns our own pre-upload check uses on job-sheet exports before they go to the accountant.\"\"\"
import re

PATTERNS = {
    "stripe_live": re.compile(r"sk_live_[0-9a-zA-Z]{24,99}"),
    "twilio_token": re.compile(r"(?i)twilio.{0,20}[0-9a-f]{32}"),
    "uk_card": re.compile(r"\\b(?:\\d[ -]?){13,19}\\b"),
    "aws_key_id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "slack_webhook": re.compile(r"https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"),
}


def hits(text: str):
    return [name for name, rx in PATTERNS.items() if rx.search(text)]
""")

add("markdown/decoy-redacted", "docs/incident-2026-02-key-rotation.md", "https://sre.google/sre-book/postmortem-culture/", """
# Incident: Stripe key in a screenshot (Feb 2026)

**What happened.** A screenshot of the booking admin posted to the Facebook page showed part of the
Stripe secret key (`sk_live_51N…redacted…x9Q`).

**What we did.**
1. Rolled the key in the Stripe dashboard (old key expired immediately).
2. Updated `STRIPE_SECRET_KEY` in the server's `/etc/sweepbook.env` (not in git).
3. Checked payments for the window: nothing unexpected.

**Follow-up.** Admin screenshots now blur the settings page. Key owner: office manager.
""")

add("json/decoy-uuids", "data/customer-export-sample.json", "https://www.rfc-editor.org/rfc/rfc9562", """
[
  { "id": "@@u1@@", "name": "Mrs P. Hartley", "postcode": "TN9 1AA", "appliance": "Woodwarm Fireview 5", "last_sweep": "2025-10-02" },
  { "id": "@@u2@@", "name": "Oak Barn B&B", "postcode": "TN12 6ZZ", "appliance": "Open fire + Clearview Pioneer", "last_sweep": "2025-09-18" },
  { "id": "@@u3@@", "name": "R. Okafor", "postcode": "ME18 5QQ", "appliance": "Charnwood C-Five", "last_sweep": "2025-11-27" }
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("log/decoy-request-ids", "logs/booking-2026-11-03.log", "https://docs.python.org/3/library/logging.html", """
2026-11-03 08:01:12,331 INFO  booking req=@@r1@@ postcode=TN9 slot=2026-11-10T08:00 status=created
2026-11-03 08:01:13,004 INFO  stripe  req=@@r1@@ checkout_session=cs_live_@@cs@@ status=open
2026-11-03 08:03:47,918 INFO  stripe  event=evt_@@ev@@ type=checkout.session.completed
2026-11-03 08:03:48,020 INFO  booking req=@@r2@@ deposit=paid amount=2500 GBP
2026-11-03 09:15:00,000 INFO  reminder batch=daily sent=14 failed=0
2026-11-03 09:15:00,221 WARN  reminder to=+4477009***** carrier=undeliverable
""", r1=uuid_s(), r2=uuid_s(), cs=fakes.drawn(_seed(), 58), ev=fakes.drawn(_seed(), 24))

add("yaml/decoy-github-secrets-ref", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: CI
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_KEY }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
""")

add("toml/decoy-pyproject", "flue-calc/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "flue-calc"
version = "0.6.2"
description = "Flue draught and liner sizing helpers for stove installers (Approved Document J)"
readme = "README.md"
requires-python = ">=3.9"
license = "MIT"
authors = [{ name = "Flint & Flue Ltd", email = "dev@flintflue.example" }]
dependencies = ["pint>=0.23"]

[project.urls]
Homepage = "https://github.com/flintflue/flue-calc"
""")

add("terraform/decoy-secret-manager", "infra/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "booking_db" {
  secret_id = "sweepbook/prod/db"
}

locals {
  db = jsondecode(data.aws_secretsmanager_secret_version.booking_db.secret_string)
}

resource "aws_db_instance" "booking" {
  identifier        = "sweepbook-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.micro"
  allocated_storage = 20
  username          = local.db.username
  password          = local.db.password
  skip_final_snapshot = false
}
""")

add("dockerfile/decoy-build-arg", "booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
EXPOSE 80
""")

add("compose/decoy-env-file", "compose.prod.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  app:
    image: ghcr.io/kestrelsweeps/sweepdiary:1.9.0
    env_file: /etc/sweepdiary/app.env
    environment:
      DB_HOST: db
      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("markdown/decoy-readme-example", "booking-widget/README.md", "https://www.markdownguide.org/basic-syntax/", """
# Booking widget

Drop-in widget for sweep and stove-service bookings.

## Setup

```bash
npm install @hearthside/booking-widget
```

```html
<div id="book"></div>
<script>
  BookingWidget.mount("#book", {
    apiBase: "https://book.example.co.uk",
    stripeKey: "pk_test_YOUR_PUBLISHABLE_KEY",
    apiToken: "<your-widget-token>"
  });
</script>
```

Get your widget token from **Settings > Integrations** in the booking admin.
""")

add("ini/decoy-pypirc-keyring", "tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
# password comes from keyring (keyring set https://upload.pypi.org/legacy/ __token__)

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

add("python/decoy-hash", "sweepbook/accounts/passwords.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", """
\"\"\"Legacy customer-portal passwords migrated from the old PHP booking site.\"\"\"
from django.contrib.auth.hashers import check_password

# bcrypt hash of the old shared demo login (account disabled 2024), kept for the migration test
LEGACY_DEMO_HASH = "$2y$12$@@h@@"


def legacy_ok(raw: str, stored: str) -> bool:
    if stored.startswith("$2y$"):
        stored = "bcrypt$" + stored.replace("$2y$", "$2b$", 1)
    return check_password(raw, stored)
""", h=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("shell/decoy-prompted-password", "backup/restore-from-nas.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
# restore a job's photos from the NAS archive
set -euo pipefail
job="${1:?usage: restore-from-nas.sh JOB-REF}"
read -rsp "NAS backup password: " RSYNC_PASSWORD; echo
export RSYNC_PASSWORD
rsync -av "rsync://backup@192.168.1.20/jobs-archive/${job}/" "/home/office/Jobs/${job}/"
unset RSYNC_PASSWORD
""")

add("json/decoy-client-ids", "app/src/config/public.json", "https://developers.google.com/identity/oauth2/web/guides/get-google-api-clientid", """
{
  "appName": "Sweep Diary",
  "googleClientId": "@@gid@@.apps.googleusercontent.com",
  "sentryDsn": "https://@@sentry@@@o4506203.ingest.de.sentry.io/4506203112",
  "posthogKey": "phc_@@ph@@",
  "supportEmail": "help@sweepdiary.example"
}
""", gid=fakes.drawn(_seed(), 12, "0123456789") + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), sentry=hexs(32), ph=fakes.drawn(_seed(), 43))

add("ini/decoy-default-device-login", "docs/devices/nvr-setup.ini", "https://docs.python.org/3/library/configparser.html", """
; Depot NVR setup checklist (the values here are the factory ones to CHANGE on first login)
[factory]
address = 192.168.1.64
user = admin
password = <set on activation - see password manager>

[after_setup]
address = 10.20.0.15
user = admin
password = see Bitwarden "Depot NVR"
""")

add("csv/decoy-job-export", "exports/jobs-2026-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
job_ref,date,postcode,appliance,service,price_gbp,cert_no,paid_ref
J-26-1041,2026-10-01,TN9 2XX,Woodburner,Sweep + CO alarm,75.00,CS-@@c1@@,pi_@@p1@@
J-26-1042,2026-10-01,TN10 4XX,Open fire,Sweep,65.00,CS-@@c2@@,cash
J-26-1043,2026-10-02,ME18 5XX,Multi-fuel,Sweep + bird nest,120.00,CS-@@c3@@,pi_@@p2@@
J-26-1044,2026-10-02,TN11 9XX,Stove install survey,Survey,50.00,,pi_@@p3@@
""", c1=fakes.drawn(_seed(), 6, "0123456789"), c2=fakes.drawn(_seed(), 6, "0123456789"), c3=fakes.drawn(_seed(), 6, "0123456789"), p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24))

add("xml/decoy-config-transform", "src/SweepReminders/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Twilio:AccountSid" value="" />
    <add key="Twilio:AuthToken" value="" />
    <add key="Reminder:DaysBefore" value="2" />
  </appSettings>
  <connectionStrings>
    <add name="Jobs" connectionString="Server=(localdb)\\MSSQLLocalDB;Database=Jobs;Integrated Security=true" />
  </connectionStrings>
</configuration>
""")

add("go/decoy-env-lookup", "stocksync/config.go", "https://pkg.go.dev/os#LookupEnv", """
package stocksync

import (
	"fmt"
	"os"
)

type Config struct {
	ShopDomain string
	AdminToken string
}

func Load() (Config, error) {
	tok, ok := os.LookupEnv("SHOPIFY_ADMIN_TOKEN")
	if !ok || tok == "" {
		return Config{}, fmt.Errorf("SHOPIFY_ADMIN_TOKEN is not set")
	}
	return Config{ShopDomain: os.Getenv("SHOPIFY_DOMAIN"), AdminToken: tok}, nil
}
""")

add("notebook/decoy-getpass", "analysis/sweep_seasonality.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# When do people book sweeps?\\n", "Bookings per week, 2022-2026."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass.getpass('reporting db password: ')\\n",
    "eng = sa.create_engine(f'postgresql://reporting:{pw}@localhost/stoveshop')"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
    "df = pd.read_sql('select date_trunc(\\'week\\', created_at) wk, count(*) n from bookings group by 1', eng)\\n",
    "df.plot(x='wk', y='n')"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---------------------------------------------------------------- secrets: more forms

add("markdown/nas-password", "docs/office-it.md", "https://www.markdownguide.org/extended-syntax/#tables", """
# Office IT cheat sheet - Cinder Stoves

| Thing | Address | Login | Password |
|---|---|---|---|
| Router (BT Smart Hub) | 192.168.1.254 | admin | see sticker |
| Synology NAS | http://192.168.1.20:5000 | office | @@secret@@ |
| Showroom Wi-Fi | SSID CinderGuest | - | printed on the till |
| Printer (Brother) | 192.168.1.40 | admin | initpass |

Backups: NAS -> Backblaze B2 every night, Hyper Backup emails office@ on failure.
""", words_pw())

add("yaml/backblaze-application-key", "nas/hyperbackup-b2.yaml", "https://www.backblaze.com/docs/cloud-storage-application-keys", """
# Cloud Sync task exported from DSM (Backblaze B2, bucket cinder-nas-offsite)
task:
  name: Offsite to B2
  provider: backblaze_b2
  bucket: cinder-nas-offsite
  key_id: 0034@@kid@@0000000007
  application_key: @@secret@@
  schedule: "daily 01:30"
  folders:
    - /Jobs
    - /Accounts
    - /Photos
""", "K003" + fakes.drawn(_seed(), 27, ALNUM + "/+"), kid=hexs(8))

add("python/smtp-password", "reminders/send_due.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

import db

server = smtplib.SMTP("smtp.ionos.co.uk", 587)
server.starttls()
server.login("reminders@sootysweeps.co.uk", "@@secret@@")

for cust in db.due_within(days=21):
    msg = EmailMessage()
    msg["From"] = "Sooty's Sweeps <reminders@sootysweeps.co.uk>"
    msg["To"] = cust.email
    msg["Subject"] = "Your chimney is due a sweep"
    msg.set_content(f"Hi {cust.first_name},\\n\\nIt's nearly a year since we swept your {cust.appliance}. Book at https://sootysweeps.co.uk/book\\n")
    server.send_message(msg)
server.quit()
""", words_pw())

add("typescript/sendgrid-api-key", "functions/src/sendQuote.ts", "https://github.com/sendgrid/sendgrid-nodejs/tree/main/packages/mail", """
import * as functions from "firebase-functions";
import sgMail from "@sendgrid/mail";

sgMail.setApiKey("@@secret@@");

export const sendQuote = functions.region("europe-west2").firestore
  .document("quotes/{id}")
  .onCreate(async (snap) => {
    const q = snap.data();
    await sgMail.send({
      to: q.customerEmail,
      from: "quotes@emberfit.example",
      templateId: "d-9b1e4c7a2f3d48e6b5a0c1d2e3f4a5b6",
      dynamicTemplateData: { name: q.customerName, stove: q.stoveModel, total: q.totalGbp },
    });
  });
""", sendgrid_key())

add("kotlin/stripe-secret-key", "backend/src/main/kotlin/uk/co/emberfit/billing/StripeConfig.kt", "https://github.com/stripe/stripe-java", """
package uk.co.emberfit.billing

import com.stripe.Stripe
import org.springframework.context.annotation.Configuration
import jakarta.annotation.PostConstruct

@Configuration
class StripeConfig {
    @PostConstruct
    fun init() {
        Stripe.apiKey = "@@secret@@"
        Stripe.setAppInfo("emberfit-installs", "2.3.0", "https://emberfit.example")
    }
}
""", stripe_key())

add("java/stripe-restricted-key", "src/main/java/uk/co/cinder/shop/Refunds.java", "https://docs.stripe.com/keys#limit-access", """
package uk.co.cinder.shop;

import com.stripe.StripeClient;
import com.stripe.model.Refund;
import com.stripe.param.RefundCreateParams;

public class Refunds {
    // restricted key: refunds write + charges read only
    private static final StripeClient STRIPE = new StripeClient("@@secret@@");

    public static Refund refundOrder(String paymentIntentId, long amountPence) throws Exception {
        return STRIPE.refunds().create(RefundCreateParams.builder()
            .setPaymentIntent(paymentIntentId)
            .setAmount(amountPence)
            .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER)
            .build());
    }
}
""", stripe_key("rk_live_"))

add("yaml/sumup-api-key", "config/cardreader.yml", "https://developer.sumup.com/api", """
# SumUp readers in the vans: pull transactions nightly into the job ledger
sumup:
  merchant_code: MC4T9XZ2
  api_key: @@secret@@
  readers:
    - van: "Van 1 (Dan)"
      serial: 200100443821
    - van: "Van 2 (Lee)"
      serial: 200100447716
ledger:
  account: "1201 SumUp clearing"
""", "sup_sk_" + fakes.drawn_mixed(_seed(), 32))

add("python/quickbooks-client-secret", "accounts/qbo_push.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", """
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="ABk3Qx9ZrT5vW2nP8sL1mC4dF7gH0jK6yU3eR9tY2iO5pA8sD",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://office.flintflue.example/qbo/callback",
)


def client(refresh_token: str, realm_id: str) -> QuickBooks:
    return QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=realm_id)
""", fakes.drawn_mixed(_seed(), 40))

add("php/twilio-auth-token", "includes/sms.php", "https://www.twilio.com/docs/libraries/php", """
<?php
use Twilio\\Rest\\Client;

function send_on_the_way_sms(string $mobile, string $sweep, int $mins): void
{
    $client = new Client('@@sid@@', '@@secret@@');
    $client->messages->create($mobile, [
        'from' => 'KestrelSwp',
        'body' => "Your sweep {$sweep} is on the way, about {$mins} minutes. Please clear the hearth area.",
    ]);
}
""", hexs(32), sid=twilio_sid())

add("shell/twilio-auth-token", "scripts/sms_test.sh", "https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource", """
#!/bin/sh
# quick test that the reminder number still works
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \\
  --data-urlencode "Body=Test from the office - sweep reminders" \\
  --data-urlencode "From=+447700900318" \\
  --data-urlencode "To=$1" \\
  -u @@sid@@:@@secret@@
""", hexs(32), sid=twilio_sid())

add("yaml/redis-password", "deploy/helm/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis", """
image:
  repository: ghcr.io/sweepdiary/app
  tag: "1.9.0"
replicaCount: 2
redis:
  enabled: true
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi
ingress:
  enabled: true
  hosts:
    - host: app.sweepdiary.example
      paths: ["/"]
""", fakes.redis_password(_seed()))

add("ruby/redis-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
redis_url = "redis://default:@@secret@@@redis.kestrel.internal:6379/1"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end
""", fakes.redis_password(_seed()))

add("csharp/database-connection-string", "src/JobBoard/appsettings.json", "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings", """
{
  "ConnectionStrings": {
    "JobBoard": "Server=tcp:hearthworks-sql.database.windows.net,1433;Initial Catalog=jobboard;User ID=jobboard_app;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;"
  },
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Fitters": ["Dan", "Lee", "Marcus"]
}
""", words_pw())

add("python/mongodb-password", "leads/store.py", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
from pymongo import MongoClient

client = MongoClient(
    "mongodb+srv://leads:@@secret@@@cluster0.x7k2p.mongodb.net/?retryWrites=true&w=majority"
)
leads = client["stoveshop"]["leads"]


def add_lead(name: str, phone: str, postcode: str, interest: str) -> str:
    res = leads.insert_one({"name": name, "phone": phone, "postcode": postcode, "interest": interest})
    return str(res.inserted_id)
""", rand_pw(16))

add("toml/database-password", "jobs-api/config/production.toml", "https://docs.rs/config/latest/config/", """
[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url = "mysql://jobs:@@secret@@@127.0.0.1:3306/jobs"
max_connections = 10

[certificates]
output_dir = "/srv/certs"
logo = "/srv/assets/hetas-logo.png"
""", rand_pw(20))

add("rust/database-password", "jobs-api/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    let url = std::env::var("DATABASE_URL")
        .unwrap_or_else(|_| "postgres://jobs_api:@@secret@@@10.0.0.12/jobs".to_string());
    PgPoolOptions::new().max_connections(5).connect(&url).await
}
""", url_pw())

add("ansible/become-password", "deploy/ansible/inventory/hosts.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
[web]
web1.stovecraft.example ansible_user=deploy

[office]
office-nuc ansible_host=192.168.1.15 ansible_user=office ansible_become_password=@@secret@@

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""", words_pw())

add("ansible/mysql-password", "deploy/ansible/roles/wordpress/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Create WordPress database
  community.mysql.mysql_db:
    name: hearthside_wp
    state: present

- name: Create WordPress DB user
  community.mysql.mysql_user:
    name: hearthside_wp
    password: "@@secret@@"
    priv: "hearthside_wp.*:ALL"
    host: localhost
    state: present

- name: Render wp-config
  ansible.builtin.template:
    src: wp-config.php.j2
    dest: /var/www/hearthside/wp-config.php
    mode: "0640"
""", rand_pw(18))

add("k8s-secret/stripe-secret-key", "deploy/k8s/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: stoveshop
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_WEBHOOK_SECRET: "@@wh@@"
""", stripe_key(), wh=stripe_whsec())

add("k8s-secret/smtp-password", "deploy/k8s/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: sweepbook
  labels:
    app: sweepbook
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASSWORD: @@p@@
""", (_smtp := words_pw()), h=b64("smtp.office365.com"), u=b64("bookings@brushwood.example"), p=b64(_smtp))

add("github-actions/aws-secret-key", ".github/workflows/backup-certs.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: Weekly cert archive
on:
  schedule:
    - cron: "0 3 * * 0"
jobs:
  archive:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@akid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-west-2
      - run: aws s3 sync s3://brushwood-sweep-certificates s3://brushwood-cert-archive --storage-class GLACIER
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("env/aws-access-key-id", "photos-uploader/.env", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# van tablets upload job photos here
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID=@@secret@@
AWS_SECRET_ACCESS_KEY=@@sk@@
PHOTO_BUCKET=emberfit-job-photos
MAX_MB=12
""", fakes.aws_key_id(_seed()), sk=fakes.aws_secret_key(_seed()))

add("python/ssh-private-key", "tools/deploy_key.py", "https://www.paramiko.org/", """
import io
import paramiko

DEPLOY_KEY = \"\"\"@@secret@@\"\"\"


def run(host: str, cmd: str) -> str:
    key = paramiko.RSAKey.from_private_key(io.StringIO(DEPLOY_KEY))
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    ssh.connect(host, username="deploy", pkey=key)
    _, out, _ = ssh.exec_command(cmd)
    return out.read().decode()
""", pem("RSA"))

add("pem/ec-private-key", "certs/booking-apple-pay.key", "https://www.rfc-editor.org/rfc/rfc5915", """
@@secret@@
""", pem("EC"))

add("yaml/jwt-private-key", "config/jwt.yml", "https://yaml.org/spec/1.2.2/#literal-style", """
# signs the magic-link logins for the customer portal
jwt:
  issuer: https://portal.kestrelsweeps.example
  ttl_minutes: 30
  private_key: |
    @@key@@
""", (_jk := pem("PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE")), key=_jk.replace("\n", "\n    "))

add("json/google-service-account", "credentials/reviews-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "hearthside-reviews",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "reviews-sync@hearthside-reviews.iam.gserviceaccount.com",
  "client_id": "109432871230948123765",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", (_sa := fakes.fake_pem(_seed(), "PRIVATE").replace("PRIVATE PRIVATE", "PRIVATE").replace("\n", "\\n")), kid=hexs(40), pk=_sa)

# ---------------------------------------------------------------- decoys, part 2

add("php/decoy-wp-config-env", "public_html/wp-config.prod.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("java/decoy-spring-placeholder", "src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  application:
    name: sweep-certificates
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/certs
    username: ${DB_USER:certs}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ${SENDGRID_API_KEY}
certs:
  scheme-logo: classpath:/static/hetas.png
  signatory: "J. Fletcher, HETAS reg. 12345"
""")

add("csharp/decoy-user-secrets", "src/JobBoard/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
var builder = WebApplication.CreateBuilder(args);

// dev: dotnet user-secrets set "ConnectionStrings:JobBoard" "..."; prod: Azure Key Vault
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://hearthworks-kv.vault.azure.net/"),
        new Azure.Identity.DefaultAzureCredential());
}

builder.Services.AddDbContext<JobsDb>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("JobBoard")));
var app = builder.Build();
app.MapGet("/jobs/today", (JobsDb db) => db.Jobs.Where(j => j.Date == DateOnly.FromDateTime(DateTime.Today)));
app.Run();
""")

add("typescript/decoy-functions-config", "functions/src/config.ts", "https://firebase.google.com/docs/functions/config-env", """
import { defineSecret, defineString } from "firebase-functions/params";

export const sendgridKey = defineSecret("SENDGRID_API_KEY");
export const quoteTemplate = defineString("QUOTE_TEMPLATE_ID", { default: "d-9b1e4c7a2f3d48e6b5a0c1d2e3f4a5b6" });
export const fromAddress = defineString("QUOTE_FROM", { default: "quotes@emberfit.example" });

// firebase.json: "region": "europe-west2"
export const REGION = "europe-west2";
""")

add("json/decoy-firebase-web-config", "app/src/firebase-config.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@key@@",
  "authDomain": "emberfit-installs.firebaseapp.com",
  "projectId": "emberfit-installs",
  "storageBucket": "emberfit-installs.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@"
}
""", key=google_key(), sender=fakes.drawn(_seed(), 12, "0123456789"), app=hexs(22))

add("yaml/decoy-k8s-secret-ref", "deploy/k8s/booking-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: sweepbook
  namespace: sweepbook
spec:
  replicas: 2
  selector:
    matchLabels: { app: sweepbook }
  template:
    metadata:
      labels: { app: sweepbook }
    spec:
      containers:
        - name: web
          image: ghcr.io/brushwood/sweepbook:3.1.4
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: POSTGRES_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe, key: STRIPE_SECRET_KEY }
""")

add("k8s-secret/decoy-empty-template", "deploy/k8s/templates/smtp-secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# template only - create the real one with:
#   kubectl -n sweepbook create secret generic smtp-relay --from-literal=SMTP_PASSWORD=...
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: sweepbook
type: Opaque
stringData:
  SMTP_HOST: smtp.office365.com
  SMTP_USER: bookings@example.co.uk
  SMTP_PASSWORD: "<SMTP_PASSWORD>"
""")

add("terraform/decoy-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Password for the booking database (set in TF_VAR_db_password)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Stripe secret key for the deposit Lambda"
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "eu-west-2"
}
""")

add("shell/decoy-op-cli", "scripts/load_env.sh", "https://developer.1password.com/docs/cli/secret-references/", """
#!/usr/bin/env bash
# load the office secrets from 1Password into this shell (never written to disk)
export STRIPE_SECRET_KEY="$(op read 'op://Office/Stripe live/secret key')"
export TWILIO_AUTH_TOKEN="$(op read 'op://Office/Twilio/auth token')"
export NAS_PASSWORD="$(op read 'op://Office/Synology NAS/password')"
export SHOPIFY_ADMIN_TOKEN="$(op read 'op://Office/Shopify/admin token')"
echo "secrets loaded for this shell"
""")

add("powershell/decoy-credential-manager", "it/Map-OfficeDrives.v2.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# v2: no password in the script, uses the Windows Credential Manager entry created once by hand
Import-Module CredentialManager
$cred = Get-StoredCredential -Target 'DS920-OFFICE'
if (-not $cred) {
    $cred = Get-Credential -Message 'NAS login (office)'
    New-StoredCredential -Target 'DS920-OFFICE' -Credentials $cred -Persist LocalMachine | Out-Null
}
New-PSDrive -Name J -PSProvider FileSystem -Root '\\\\DS920-OFFICE\\Jobs' -Credential $cred -Persist
""")

add("python/decoy-keyring", "tools/sm8_cli.py", "https://pypi.org/project/keyring/", """
\"\"\"Small CLI over the ServiceM8 API; the key lives in the OS keychain.\"\"\"
import sys

import keyring
import requests

KEY = keyring.get_password("servicem8", "office")
if not KEY:
    sys.exit("run: keyring set servicem8 office")

r = requests.get("https://api.servicem8.com/api_1.0/job.json", headers={"X-API-Key": KEY}, timeout=30)
for job in r.json()[:20]:
    print(job["generated_job_id"], job["status"])
""")

add("yaml/decoy-docker-image-digests", "deploy/images.lock.yaml", "https://docs.docker.com/reference/cli/docker/image/pull/#pull-an-image-by-digest-immutable-identifier", """
# pinned images for the office NUC
images:
  sweepdiary: ghcr.io/kestrelsweeps/sweepdiary@sha256:@@d1@@
  postgres: docker.io/library/postgres@sha256:@@d2@@
  caddy: docker.io/library/caddy@sha256:@@d3@@
  homeassistant: ghcr.io/home-assistant/home-assistant@sha256:@@d4@@
""", d1=sha256ish(), d2=sha256ish(), d3=sha256ish(), d4=sha256ish())

add("requirements/decoy-requirements-hashes", "requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes
django==5.0.9 \\
    --hash=sha256:@@h1@@
stripe==10.12.0 \\
    --hash=sha256:@@h2@@
twilio==9.3.0 \\
    --hash=sha256:@@h3@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("markdown/decoy-sop", "docs/sop/co-alarm-and-smoke-test.md", "https://www.hetas.co.uk/", """
# SOP: smoke test and CO alarm check after a sweep

1. Close windows and doors, light the smoke pellet in the grate.
2. Check the terminal (cowl) for smoke within 2 minutes; inspect the stack for leaks.
3. Test the CO alarm with the button; note the expiry date on the certificate.
4. Record on the job app: `smoke_test=pass`, `co_alarm=present|fitted|advised`.
5. Certificate number format: `CS-YYMMDD-NN` (e.g. CS-261103-02).

Customer copy is emailed automatically; the office login for the app is in Bitwarden, never on paper.
""")

add("sql/decoy-schema", "db/schema.sql", "https://www.postgresql.org/docs/current/ddl.html", """
CREATE TABLE customers (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name text NOT NULL,
    postcode text NOT NULL,
    phone text,
    email text,
    portal_password_hash text,          -- argon2id, set by the customer
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE appliances (
    id serial PRIMARY KEY,
    customer_id uuid REFERENCES customers(id),
    kind text CHECK (kind IN ('open fire', 'wood burner', 'multi-fuel', 'range', 'oil', 'gas')),
    make_model text,
    liner_diameter_mm int,
    installed_on date
);
""")

add("sql/decoy-seed-data", "db/seed_dev.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- development seed data (local only)
INSERT INTO customers (id, name, postcode, email, portal_password_hash) VALUES
  ('@@u1@@', 'Test Customer', 'TN1 1AA', 'test@example.com',
   '$argon2id$v=19$m=65536,t=3,p=4$@@salt@@$@@hash@@'),
  ('@@u2@@', 'Demo B&B', 'TN2 2BB', 'demo@example.com', NULL);
INSERT INTO appliances (customer_id, kind, make_model, liner_diameter_mm) VALUES
  ('@@u1@@', 'wood burner', 'Stovax Stockton 5', 150);
""", u1=uuid_s(), u2=uuid_s(), salt=fakes.drawn(_seed(), 22, ALNUM + "+/"), hash=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("log/decoy-masked-token", "logs/stocksync.log", "https://docs.python.org/3/library/logging.html", """
2026-11-04T02:00:01Z INFO stocksync starting shop=hearth-and-home-stoves.myshopify.com token=shpat_****************************a91c
2026-11-04T02:00:02Z INFO stocksync fetched 212 inventory items
2026-11-04T02:00:09Z INFO stocksync updated 14 levels (Stovax 7, Charnwood 4, Woodwarm 3)
2026-11-04T02:00:09Z WARN stocksync sku=CHW-C5-BLU not in warehouse feed
2026-11-04T02:00:10Z INFO stocksync done in 9.1s
""")

add("xml/decoy-android-manifest", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Sweep Diary" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("plist/decoy-info-plist", "SweepApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>Sweep Diary</string>
    <key>CFBundleIdentifier</key>
    <string>uk.co.sootbusters.sweepdiary</string>
    <key>W3WApiKey</key>
    <string>$(W3W_API_KEY)</string>
    <key>NSCameraUsageDescription</key>
    <string>Photos of the flue, hearth and certificate plate for the job record.</string>
</dict>
</plist>
""")

add("properties/decoy-gradle", "gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# signing values come from ~/.gradle/gradle.properties on the release machine
RELEASE_STORE_FILE=../keystore/sweepdiary-release.jks
RELEASE_KEY_ALIAS=sweepdiary
""")

add("csv/decoy-hetas-registrations", "data/fitters.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
fitter,scheme,registration_no,expires,van_reg,tracker_id
Dan Fletcher,HETAS,H@@r1@@,2027-03-31,GX21 ABC,@@t1@@
Lee Morgan,HETAS,H@@r2@@,2026-12-31,GK19 XYZ,@@t2@@
Marcus Hale,NACS,N@@r3@@,2027-06-30,GN70 DEF,@@t3@@
Priya Shah,Guild of Master Sweeps,GMS-@@r4@@,2027-01-31,,
""", r1=fakes.drawn(_seed(), 5, "0123456789"), r2=fakes.drawn(_seed(), 5, "0123456789"), r3=fakes.drawn(_seed(), 4, "0123456789"), r4=fakes.drawn(_seed(), 4, "0123456789"), t1=hexs(16), t2=hexs(16), t3=hexs(16))

add("json/decoy-jwt-public-key", "config/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "kid": "@@kid@@",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "_-"))

add("pem/decoy-certificate", "certs/booking.example.crt", "https://www.rfc-editor.org/rfc/rfc7468", """
-----BEGIN CERTIFICATE-----
@@b1@@
@@b2@@
@@b3@@
@@b4@@
@@b5@@
-----END CERTIFICATE-----
""", b1=fakes.drawn(_seed(), 64, ALNUM + "+/"), b2=fakes.drawn(_seed(), 64, ALNUM + "+/"), b3=fakes.drawn(_seed(), 64, ALNUM + "+/"), b4=fakes.drawn(_seed(), 64, ALNUM + "+/"), b5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("ssh/decoy-public-key", "deploy/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# deploy user on web1 - who may push the website
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jamie@office-pc
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ github-actions-deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ dan@laptop
# removed 2026-06: old contractor key
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 200, ALNUM + "+/"))

add("python/decoy-settings-from-env", "stoveshop/stoveshop/settings_prod.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
import os

from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "stoveshop",
        "USER": "stoveshop",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "localhost",
    }
}
""")

add("ruby/decoy-rails-credentials", "config/initializers/gocardless.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
GOCARDLESS = GoCardlessPro::Client.new(
  access_token: Rails.application.credentials.dig(:gocardless, :access_token),
  environment: Rails.env.production? ? :live : :sandbox
)

PLAN_AMOUNT_PENCE = 6500
PLAN_NAME = "Annual sweep + CO alarm check"
""")

add("go/decoy-test-token", "stocksync/shopify_test.go", "https://pkg.go.dev/net/http/httptest", """
package stocksync

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSetStockSendsToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Shopify-Access-Token") != "test-token" {
			t.Errorf("missing token")
		}
		w.WriteHeader(200)
	}))
	defer srv.Close()
	c := Client{Base: srv.URL, Token: "test-token"}
	if err := c.SetStock(1, 2, 3); err != nil {
		t.Fatal(err)
	}
}
""")

add("env/decoy-local-dev", "stockroom/.env.development", "https://12factor.net/config", """
APP_NAME=stockroom
DEBUG=true
DATABASE_URL=postgresql://stockroom:stockroom@localhost:5432/stockroom_dev
REDIS_URL=redis://localhost:6379/0
MEDIA_ROOT=./media
MAIL_BACKEND=console
""")

# ---------------------------------------------------------------- secrets: marketing, hosting, phones, devices

add("python/mailchimp-api-key", "marketing/autumn_campaign.py", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
\"\"\"Autumn 'book before the cold' campaign to last year's sweep customers.\"\"\"
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

LIST_ID = "a1b2c3d4e5"

campaign = client.campaigns.create({
    "type": "regular",
    "recipients": {"list_id": LIST_ID, "segment_opts": {"saved_segment_id": 31877}},
    "settings": {"subject_line": "Get your chimney swept before the first frost",
                 "from_name": "Brushwood Sweeps", "reply_to": "hello@brushwood.example"},
})
print("created", campaign["id"])
""", hexs(32) + "-us21")

add("env/postmark-server-token", "certs-mailer/.env", "https://postmarkapp.com/developer/api/overview#authentication", """
# certificate mailer (runs on the office NUC)
POSTMARK_SERVER_TOKEN=@@secret@@
POSTMARK_MESSAGE_STREAM=outbound
FROM_EMAIL=certificates@flintflue.example
REPLY_TO=office@flintflue.example
""", uuid_s())

add("javascript/brevo-api-key", "site/netlify/functions/contact.js", "https://developers.brevo.com/docs/getting-started", """
// Netlify function: contact form -> Brevo transactional email to the office
const BREVO_KEY = "@@secret@@";

exports.handler = async (event) => {
  const { name, phone, postcode, message } = JSON.parse(event.body || "{}");
  const res = await fetch("https://api.brevo.com/v3/smtp/email", {
    method: "POST",
    headers: { "api-key": BREVO_KEY, "content-type": "application/json" },
    body: JSON.stringify({
      sender: { email: "web@cinderstoves.example", name: "Website" },
      to: [{ email: "showroom@cinderstoves.example" }],
      subject: `Enquiry from ${name} (${postcode})`,
      textContent: `${message}\\n\\nPhone: ${phone}`,
    }),
  });
  return { statusCode: res.ok ? 200 : 502, body: "" };
};
""", "xkeysib-" + hexs(64) + "-" + fakes.drawn(_seed(), 16))

add("yaml/google-oauth-client-secret", "config/google-calendar.yml", "https://developers.google.com/identity/protocols/oauth2/web-server", """
# Google Workspace calendar for the fitters' install diary
google:
  client_id: "@@cid@@.apps.googleusercontent.com"
  client_secret: "@@secret@@"
  redirect_uri: "https://diary.hearthworks.example/oauth2/callback"
  calendar_id: "installs@hearthworks.example"
  sync_weeks: 6
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "_-"), cid=fakes.drawn(_seed(), 12, "0123456789") + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/hubspot-private-app-token", "crm/push_leads.py", "https://developers.hubspot.com/docs/api/private-apps", """
import requests

HUBSPOT_TOKEN = "@@secret@@"


def push_lead(name: str, email: str, phone: str, stove_interest: str) -> str:
    first, _, last = name.partition(" ")
    r = requests.post(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        json={"properties": {"firstname": first, "lastname": last, "email": email,
                             "phone": phone, "stove_interest": stove_interest}},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["id"]
""", "pat-eu1-" + uuid_s())

add("typescript/airtable-token", "scripts/import-stock.ts", "https://airtable.com/developers/web/guides/personal-access-tokens", """
import Airtable from "airtable";
import { readFileSync } from "fs";

const base = new Airtable({ apiKey: "@@secret@@" }).base("appX3kT9QwErTy2Zu");

type Row = { sku: string; model: string; kw: number; price: number };

const rows: Row[] = JSON.parse(readFileSync("stock.json", "utf8"));
for (let i = 0; i < rows.length; i += 10) {
  await base("Stoves").create(rows.slice(i, i + 10).map((r) => ({ fields: { SKU: r.sku, Model: r.model, kW: r.kw, Price: r.price } })));
}
console.log(`imported ${rows.length} stoves`);
""", "pat" + fakes.drawn(_seed(), 14) + "." + hexs(64))

add("shell/cloudflare-api-token", "scripts/purge-cache.sh", "https://developers.cloudflare.com/api/operations/zone-purge", """
#!/usr/bin/env bash
# purge the website cache after the price list changes
ZONE_ID=@@zone@@
CF_API_TOKEN=@@secret@@
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE_ID}/purge_cache" \\
  -H "Authorization: Bearer ${CF_API_TOKEN}" \\
  -H "Content-Type: application/json" \\
  --data '{"files":["https://www.stovecraft.example/prices","https://www.stovecraft.example/stoves"]}'
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("terraform/digitalocean-token", "infra/do/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "booking" {
  name     = "sweepbook-1"
  image    = "ubuntu-24-04-x64"
  size     = "s-1vcpu-2gb"
  region   = "lon1"
  ssh_keys = [41276538]
}

output "ip" {
  value = digitalocean_droplet.booking.ipv4_address
}
""", "dop_v1_" + hexs(64))

add("shell/hetzner-api-token", "infra/hcloud-snapshot.sh", "https://docs.hetzner.cloud/#authentication", """
#!/bin/sh
# weekly snapshot of the job server (cron on the office NUC)
export HCLOUD_TOKEN="@@secret@@"
SERVER=jobs-1
hcloud server create-image --type snapshot --description "weekly $(date +%F)" "$SERVER"
hcloud image list --type snapshot -o noheader -o columns=id,created | sort -k2 | head -n -4 | awk '{print $1}' | xargs -r -n1 hcloud image delete
""", fakes.drawn(_seed(), 64))

add("env/sentry-auth-token", "app/.env.sentry-build-plugin", "https://docs.sentry.io/cli/configuration/", """
# used by the sentry vite plugin to upload sourcemaps on release builds
SENTRY_ORG=sweepdiary
SENTRY_PROJECT=mobile
SENTRY_AUTH_TOKEN=@@secret@@
SENTRY_URL=https://de.sentry.io/
""", "sntrys_" + fakes.drawn(_seed(), 80) + "_" + fakes.drawn(_seed(), 43))

add("ini/sip-password", "phones/yealink-T46U-office.cfg", "https://support.yealink.com/", """
#!version:1.0.0.1
## Yealink T46U - office desk phone (auto-provisioned from 192.168.1.15)
account.1.enable = 1
account.1.label = Office
account.1.display_name = Cinder Stoves
account.1.auth_name = 2001
account.1.user_name = 2001
account.1.password = @@secret@@
account.1.sip_server.1.address = sip.voipprovider.example
account.1.sip_server.1.port = 5060
static.security.user_password = admin:@@admin@@
""", rand_pw(16), admin=rand_pw(10))

add("xml/sip-password", "phones/3cx/ext-2002.xml", "https://www.3cx.com/docs/", """
<?xml version="1.0" encoding="utf-8"?>
<Extension>
  <Number>2002</Number>
  <FirstName>Showroom</FirstName>
  <LastName>Phone</LastName>
  <AuthID>kQ2002show</AuthID>
  <AuthPassword>@@secret@@</AuthPassword>
  <VoiceMail enabled="true" pin="2002" />
  <ForwardRules>
    <NoAnswer seconds="20" to="2001" />
  </ForwardRules>
</Extension>
""", rand_pw(12))

add("json/unifi-controller-password", "network/unifi-backup-config.json", "https://ubntwiki.com/products/software/unifi-controller/api", """
{
  "controller": "https://192.168.1.2:8443",
  "site": "default",
  "username": "backupbot",
  "password": "@@secret@@",
  "verify_ssl": false,
  "backup_dir": "/volume1/IT/unifi-backups",
  "keep": 14
}
""", words_pw())

add("python/home-assistant-token", "homeauto/showroom_alarm.py", "https://www.home-assistant.io/integrations/alarm_control_panel/", """
\"\"\"Arm the showroom alarm at 17:45 unless someone is still in (door sensor).\"\"\"
import requests

HA = "http://homeassistant.local:8123"
HA_TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {HA_TOKEN}", "content-type": "application/json"}


def arm_showroom() -> None:
    requests.post(f"{HA}/api/services/alarm_control_panel/alarm_arm_away", headers=HEADERS,
                  json={"entity_id": "alarm_control_panel.showroom"}, timeout=10).raise_for_status()


if __name__ == "__main__":
    arm_showroom()
""", jwt_like())

add("markdown/device-password", "docs/runbooks/new-van-tablet.md", "https://www.markdownguide.org/basic-syntax/", """
# Setting up a new van tablet

1. Factory reset, sign in with `vans@kestrelsweeps.example`.
2. Install **Sweep Diary**, **Testo Smart**, **Ridgid View** from the managed Play Store.
3. Pair the flue camera: Wi-Fi `RIDGID-CA350-@@ssid@@`, password `@@secret@@`.
4. Pair the analyser over Bluetooth (PIN on the back of the unit).
5. Log into Sweep Diary with the fitter's own account (they set the password).
6. Check the photo upload works on a test job (J-TEST-001), then delete it.
""", rand_pw(12), ssid=fakes.drawn(_seed(), 4, "0123456789"))

add("csv/account-password", "it/exports/van-tablet-accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
device,serial,fitter,google_account,account_password,screen_pin
Tab-01,R9JT20ABCDE,Dan,van1@kestrelsweeps.example,@@secret@@,4821
Tab-02,R9JT20FGHIJ,Lee,van2@kestrelsweeps.example,@@p2@@,1937
Tab-03,R9JT20KLMNO,Marcus,van3@kestrelsweeps.example,@@p3@@,7750
Tab-spare,R9JT20PQRST,-,spare@kestrelsweeps.example,(reset),-
""", words_pw(), p2=words_pw(), p3=words_pw())

add("log/device-password", "logs/fluecam-sync-2026-11-02.log", "https://docs.python.org/3/library/logging.html", """
2026-11-02 18:02:11 INFO  sync start van=2
2026-11-02 18:02:11 DEBUG connecting ftp://admin:@@secret@@@192.168.4.1/DCIM/100FLUE
2026-11-02 18:02:14 INFO  8 clips found
2026-11-02 18:03:40 INFO  copied 8 clips (412 MB) to /home/office/Jobs/flue-footage
2026-11-02 18:03:40 INFO  sync done
""", rand_pw(14))

add("notebook/database-password", "analysis/fitter_utilisation.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Fitter utilisation Q3\\n", "Install days vs. sweep days per fitter."]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "eng = sa.create_engine('mysql+pymysql://jobsheets_app:@@secret@@@10.0.0.12/jobsheets')"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["1284 rows\\n"]}], "source": [
    "df = pd.read_sql('select fitter, job_type, duration_h from jobs where quarter = 3', eng)\\n",
    "print(len(df), 'rows')"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/google-maps-server-key", "analysis/travel_times.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/overview", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import googlemaps\\n",
    "gmaps = googlemaps.Client(key='@@secret@@')\\n",
    "depot = 'Forge Lane, Tonbridge'\\n",
    "res = gmaps.distance_matrix(depot, postcodes[:25], mode='driving')"
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "mins = [e['duration']['value'] / 60 for e in res['rows'][0]['elements']]\\n",
    "pd.Series(mins).describe()"
  ]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())

add("swift/stripe-secret-key", "SweepApp/Payments/CardOnSite.swift", "https://docs.stripe.com/terminal", """
import Foundation

/// Creates a Terminal connection token for the card reader in the van.
/// TODO: move this to the backend before release!
enum CardOnSite {
    static let stripeSecret = "@@secret@@"

    static func connectionToken() async throws -> String {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/terminal/connection_tokens")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        let obj = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return obj["secret"] as! String
    }
}
""", stripe_key())

add("plist/tracker-api-token", "SweepApp/Config/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>BackendURL</key>
    <string>https://api.sweepdiary.example</string>
    <key>TrackerApiToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
""", "ft_live_" + fakes.drawn_mixed(_seed(), 40))

add("properties/database-password", "config/jobsheets.properties", "https://docs.oracle.com/javase/tutorial/essential/environment/properties.html", """
# job sheets desktop app (office PC)
db.driver=com.mysql.cj.jdbc.Driver
db.url=jdbc:mysql://10.0.0.12:3306/jobsheets
db.user=jobsheets_app
db.password=@@secret@@
print.template=templates/jobsheet-a4.jrxml
""", words_pw())

add("dockerfile/database-password", "legacy-booking/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM php:8.2-apache
RUN docker-php-ext-install mysqli pdo_mysql
COPY src/ /var/www/html/
ENV DB_HOST=db \\
    DB_NAME=booking \\
    DB_USER=booking
ENV DB_PASS=@@secret@@
EXPOSE 80
""", url_pw())

add("compose/smtp-password", "mailrelay/docker-compose.yml", "https://hub.docker.com/r/boky/postfix", """
services:
  relay:
    image: boky/postfix:latest
    restart: always
    environment:
      ALLOWED_SENDER_DOMAINS: cinderstoves.example
      RELAYHOST: "[smtp.office365.com]:587"
      RELAYHOST_USERNAME: scanner@cinderstoves.example
      RELAYHOST_PASSWORD: "@@secret@@"
    ports:
      - "25:587"
""", url_pw())

add("powershell/azure-client-secret", "it/Get-MailboxSizes.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", """
# monthly: mailbox sizes for the office (app-only auth)
$tenantId = "6c1f0a52-93d4-4b7e-8f2a-1d5e9c3b7a40"
$appId    = "d2b7c4e1-5f3a-4c8d-9e0b-7a6f1c2d3e4f"
$secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
Get-MgReportMailboxUsageDetail -Period D30 -OutFile "$env:TEMP\\mailboxes.csv"
Import-Csv "$env:TEMP\\mailboxes.csv" | Select 'Display Name','Storage Used (Byte)' | Sort 'Storage Used (Byte)' -Desc
""", azure_secret())

add("github-actions/slack-webhook", ".github/workflows/notify.yml", "https://github.com/slackapi/slack-github-action", """
name: Notify deploy
on:
  workflow_run:
    workflows: ["Deploy website"]
    types: [completed]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - uses: slackapi/slack-github-action@v1.27.0
        with:
          payload: '{"text":"Website deploy: ${{ github.event.workflow_run.conclusion }}"}'
        env:
          SLACK_WEBHOOK_URL: @@secret@@
          SLACK_WEBHOOK_TYPE: INCOMING_WEBHOOK
""", slack_webhook())

add("shell/telegram-bot-token", "scripts/notify_backup.sh", "https://core.telegram.org/bots/api#sendmessage", """
#!/bin/sh
# tell the owner's phone that the NAS backup finished (called by Hyper Backup's post-task script)
STATUS="$1"
curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=482917365 \\
  -d text="NAS backup: ${STATUS} ($(date '+%a %H:%M'))" > /dev/null
""", fakes.telegram_token(_seed()))

add("python/trustpilot-api-secret", "integrations/trustpilot_invite.py", "https://developers.trustpilot.com/authentication", """
\"\"\"Send a Trustpilot review invitation after each install is signed off.\"\"\"
import requests

API_KEY = "@@kid@@"
API_SECRET = ("@@a@@"
              "@@b@@")
BUSINESS_UNIT = "5f8e2c7a9b1d3e4f6a7c8d9e"


def token() -> str:
    r = requests.post(
        "https://api.trustpilot.com/v1/oauth/oauth-business-users-for-applications/accesstoken",
        auth=(API_KEY, API_SECRET),
        data={"grant_type": "password", "username": "office@emberfit.example", "password": ""},
        timeout=20,
    )
    return r.json()["access_token"]
""", (_tp := fakes.drawn_mixed(_seed(), 32)), kid=fakes.drawn_mixed(_seed(), 32), a=_tp[:16], b=_tp[16:])

add("java/klarna-api-password", "src/main/java/uk/co/cinder/shop/KlarnaConfig.java", "https://docs.klarna.com/api/authentication/", """
package uk.co.cinder.shop;

import java.net.http.HttpRequest;
import java.util.Base64;

public final class KlarnaConfig {
    public static final String BASE = "https://api.klarna.com";
    static final String USERNAME = "K502914_a7c3e1d9b2f4";
    static final String PASSWORD = "klarna_live_api_@@pw@@";

    static HttpRequest.Builder authed(String path) {
        String basic = Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes());
        return HttpRequest.newBuilder(java.net.URI.create(BASE + path)).header("Authorization", "Basic " + basic);
    }
}
""", (_kl := "klarna_live_api_" + fakes.drawn_mixed(_seed(), 40)), pw=_kl[len("klarna_live_api_"):])

add("yaml/pushover-token", "nas/docker/uptime-kuma/notify.yml", "https://pushover.net/api", """
# Uptime Kuma notification exported from the NAS container
notifications:
  - name: Owner phone
    type: pushover
    pushoveruserkey: @@user@@
    pushoverapptoken: @@secret@@
    pushoverpriority: 1
    isDefault: true
monitors:
  - { name: Website, url: "https://www.cinderstoves.example", interval: 300 }
  - { name: Booking, url: "https://book.cinderstoves.example/health", interval: 120 }
""", fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits), user=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

# ---------------------------------------------------------------- decoys, part 3

add("markdown/decoy-aws-docs-example", "docs/runbooks/aws-cli-setup.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# Setting up the AWS CLI on the office PC

Run `aws configure` and paste the keys from the password manager. It looks like this
(these are AWS's own documentation examples, not ours):

```
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-2
Default output format [None]: json
```

Then check with `aws s3 ls s3://brushwood-sweep-certificates/`.
""")

add("javascript/decoy-paypal-client-id", "public/js/paypal-buttons.js", "https://developer.paypal.com/sdk/js/configuration/", """
// PayPal buttons on the stove checkout - the client id is public, the secret stays on the server
const script = document.createElement("script");
script.src = "https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=GBP&intent=capture";
script.onload = () => {
  paypal.Buttons({
    createOrder: () => fetch("/api/paypal/order", { method: "POST" }).then((r) => r.json()).then((d) => d.id),
    onApprove: (data) => fetch(`/api/paypal/capture/${data.orderID}`, { method: "POST" }).then(() => location.assign("/thanks")),
  }).render("#paypal");
};
document.head.appendChild(script);
""", cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("typescript/decoy-square-application-id", "pos-sync/src/web-payments.ts", "https://developer.squareup.com/docs/web-payments/take-card-payment", """
// Web Payments SDK on the deposit page: application id and location id are public values
export const SQUARE_APP_ID = "sq0idp-@@app@@";
export const SQUARE_LOCATION_ID = "L@@loc@@";

export async function mountCard(el: string) {
  const payments = (window as any).Square.payments(SQUARE_APP_ID, SQUARE_LOCATION_ID);
  const card = await payments.card();
  await card.attach(el);
  return card;
}
""", app=fakes.drawn(_seed(), 22, ALNUM + "-_"), loc=fakes.drawn(_seed(), 12, string.ascii_uppercase + string.digits))

add("html/decoy-analytics-ids", "public_html/partials/head.html", "https://developers.google.com/tag-platform/gtagjs/install", """
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@');
</script>
<!-- Meta pixel -->
<script>fbq('init', '@@px@@'); fbq('track', 'PageView');</script>
""", ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), px=fakes.drawn(_seed(), 15, "0123456789"))

add("json/decoy-stripe-price-ids", "config/products.json", "https://docs.stripe.com/api/prices/object", """
{
  "survey_deposit": { "price": "price_@@p1@@", "amount": 5000 },
  "sweep_single": { "price": "price_@@p2@@", "amount": 7500 },
  "sweep_plan_yearly": { "price": "price_@@p3@@", "amount": 6500 },
  "bird_guard_fit": { "price": "price_@@p4@@", "amount": 9500 },
  "account": "acct_@@acct@@"
}
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24), acct=fakes.drawn(_seed(), 16))

add("yaml/decoy-sops-encrypted", "deploy/secrets.enc.yaml", "https://github.com/getsops/sops", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2026-10-21T09:14:03Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.0
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "==", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    d2=fakes.drawn(_seed(), 24, ALNUM + "+/"), iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("python/decoy-password-policy", "sweepbook/accounts/validators.py", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#module-django.contrib.auth.password_validation", """
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # one day
PASSWORD_FIELD_LABEL = "Password"
PASSWORD_HELP = "At least 12 characters. Not your postcode or phone number."
""")

add("json/decoy-translations", "app/src/i18n/en-GB.json", "https://www.i18next.com/misc/json-format", """
{
  "login.title": "Sign in to Sweep Diary",
  "login.email": "Email",
  "login.password": "Password",
  "login.forgot": "Forgot your password?",
  "settings.apiToken": "API token",
  "settings.apiToken.help": "Create a token under Account > Integrations and paste it here.",
  "job.certificate": "Certificate number",
  "job.coAlarm": "CO alarm present"
}
""")

add("jinja/decoy-template-vars", "deploy/ansible/roles/wordpress/templates/wp-config.php.j2", "https://jinja.palletsprojects.com/en/3.1.x/templates/", """
<?php
define( 'DB_NAME', '{{ wp_db_name }}' );
define( 'DB_USER', '{{ wp_db_user }}' );
define( 'DB_PASSWORD', '{{ wp_db_password }}' );
define( 'DB_HOST', 'localhost' );
{% for k in wp_salt_keys %}
define( '{{ k }}', '{{ lookup("password", "/dev/null length=64") }}' );
{% endfor %}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("env/decoy-empty-values", "sms-reminders/.env.sample", "https://www.twilio.com/docs/usage/secure-credentials", """
# Twilio - from console.twilio.com (Account Info)
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
TWILIO_FROM=+447700900000
REMINDER_HOUR=18
BUSINESS_NAME="Your Sweep Co"
""")

add("log/decoy-auth-failure", "logs/nas-auth.log", "https://kb.synology.com/en-global/DSM/help/DSM/LogCenter/logcenter_desc", """
2026-11-01 22:14:07 Warning  Connection  User [admin] from [185.220.101.4] failed to log in via [DSM] due to authorization failure.
2026-11-01 22:14:09 Warning  Connection  User [admin] from [185.220.101.4] failed to log in via [DSM] due to authorization failure.
2026-11-01 22:14:11 Info     Connection  Host [185.220.101.4] was blocked via [DSM].
2026-11-02 07:58:40 Info     Connection  User [office] from [192.168.1.31] signed in to [DSM] successfully.
2026-11-02 07:58:41 Info     System      User [office] changed password policy: min length 12, require mixed case.
""")

add("yaml/decoy-openapi-spec", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
openapi: 3.0.3
info:
  title: Sweep Diary API
  version: 1.4.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
  schemas:
    Job:
      type: object
      properties:
        ref: { type: string, example: "J-26-1041" }
        certificate: { type: string, example: "CS-261103-02" }
security:
  - bearerAuth: []
paths:
  /jobs/{ref}:
    get:
      parameters:
        - { name: ref, in: path, required: true, schema: { type: string } }
      responses:
        "200": { description: OK }
""")

add("shell/decoy-sha256sums", "firmware/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """
@@h1@@  analyser-bridge-1.3.0-armhf.deb
@@h2@@  analyser-bridge-1.3.0-arm64.deb
@@h3@@  fluecam-fw-2.4.1.bin
@@h4@@  fluecam-fw-2.4.0.bin
@@h5@@  tablet-kiosk-profile.xml
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("csv/decoy-invoice-export", "exports/xero-invoices-2026-10.csv", "https://central.xero.com/s/article/Import-customer-invoices", """
*ContactName,EmailAddress,*InvoiceNumber,*InvoiceDate,*DueDate,Description,*Quantity,*UnitAmount,*AccountCode,*TaxType,Reference
Mrs P Hartley,p.hartley@example.com,INV-4102,01/10/2026,15/10/2026,Chimney sweep + certificate,1,62.50,200,20% (VAT on Income),J-26-1041
Oak Barn B&B,stay@oakbarn.example,INV-4103,01/10/2026,15/10/2026,Sweep x2 flues,2,55.00,200,20% (VAT on Income),J-26-1042
R Okafor,r.okafor@example.com,INV-4104,02/10/2026,16/10/2026,Stove install deposit,1,500.00,210,20% (VAT on Income),Q-26-0388
T Blackwood,tom.b@example.com,INV-4105,03/10/2026,17/10/2026,Flue liner inspection (camera),1,85.00,200,20% (VAT on Income),J-26-1047
""")

add("xml/decoy-maven-settings", "ci/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>central</id><url>https://repo1.maven.org/maven2</url><mirrorOf>central</mirrorOf></mirror>
  </mirrors>
</settings>
""")

add("kotlin/decoy-build-config", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
import java.util.Properties

val localProps = Properties().apply {
    rootProject.file("local.properties").takeIf { it.exists() }?.inputStream()?.use { load(it) }
}

android {
    namespace = "uk.co.sootbusters.sweepdiary"
    defaultConfig {
        applicationId = "uk.co.sootbusters.sweepdiary"
        versionCode = 41
        versionName = "2.6.0"
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY", "")
        buildConfigField("String", "TRACKER_TOKEN", "\\"${System.getenv("TRACKER_TOKEN") ?: ""}\\"")
    }
}
""")

add("rust/decoy-env-config", "jobs-api/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub cert_dir: String,
    pub tracker_token: Option<String>,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL must be set"),
            cert_dir: env::var("CERT_DIR").unwrap_or_else(|_| "/srv/certs".into()),
            tracker_token: env::var("TRACKER_TOKEN").ok(),
        }
    }
}
""")

add("swift/decoy-keychain", "SweepApp/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Security
import Foundation

/// The fitter's session token lives in the keychain, never in UserDefaults.
enum TokenStore {
    static let service = "uk.co.sootbusters.sweepdiary.session"

    static func save(_ token: String) {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: Data(token.utf8)]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }
}
""")

add("powershell/decoy-securestring-file", "it/Backup-Accounts.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Copies the Sage data to the NAS. The password file is DPAPI-encrypted for the backup user only:
#   Read-Host -AsSecureString | ConvertFrom-SecureString | Out-File C:\\Scripts\\nas.pw
$pw   = Get-Content 'C:\\Scripts\\nas.pw' | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential('DS920-OFFICE\\backup', $pw)
New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\DS920-OFFICE\\Accounts' -Credential $cred | Out-Null
robocopy 'C:\\ProgramData\\Sage\\Accounts' 'B:\\Sage' /MIR /R:2 /W:5 /LOG:C:\\Scripts\\sage-backup.log
Remove-PSDrive B
""")

add("compose/decoy-plain-service", "nas/docker/uptime-kuma/compose.yaml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  uptime-kuma:
    image: louislam/uptime-kuma:1
    restart: unless-stopped
    volumes:
      - ./data:/app/data
    ports:
      - "3001:3001"
    environment:
      - TZ=Europe/London
      - UPTIME_KUMA_DISABLE_FRAME_SAMEORIGIN=false
""")

add("github-actions/decoy-oidc", ".github/workflows/deploy-lambda.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: Deploy deposit lambda
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
          role-to-assume: arn:aws:iam::493817265014:role/github-deploy
          aws-region: eu-west-2
      - run: sam deploy --no-confirm-changeset --stack-name deposit-lambda
""")

add("terraform/decoy-random-password", "infra/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "sweepbook/prod/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "sweepbook", password = random_password.db.result })
}
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.6.0] - 2026-10-28
### Added
- Bird-guard fitting as a job type; CO alarm expiry on certificates.
### Changed
- Stripe keys moved out of `settings.py` into environment variables (commit 4e1a9c7).
- Tracker token now read from `TRACKER_TOKEN`.
### Fixed
- Certificate PDF showed the wrong HETAS number for Lee.

## [2.5.2] - 2026-09-30
### Fixed
- Reminder SMS sent twice when a booking was moved.
""")

add("python/decoy-mock-credentials", "tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", """
import pytest


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "not-a-real-token")
    monkeypatch.setenv("DATABASE_URL", "sqlite:///:memory:")
    monkeypatch.setenv("SHOPIFY_ADMIN_TOKEN", "shpat_00000000000000000000000000000000")
    yield
""")

add("toml/decoy-netlify", "site/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[build.environment]
  NODE_VERSION = "20"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Content-Security-Policy = "default-src 'self'; script-src 'self' https://js.stripe.com"
""")

add("ini/decoy-git-config", "office-pc/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
    name = Jamie Cole
    email = jamie@flintflue.example
[credential]
    helper = manager
[credential "https://github.com"]
    username = flintflue-jamie
[init]
    defaultBranch = main
""")

# ---------------------------------------------------------------- secrets: odd corners

add("netrc/ftp-password", "office-pc/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", """
# used by the nightly price-list upload (curl --netrc)
machine ftp.stovecraft.example
  login stovecraft_prices
  password @@secret@@

machine api.tracker.example login vans password see-1password
""", words_pw())

add("pgpass/database-password", "office-pc/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", """
# hostname:port:database:username:password
localhost:5432:stoveshop:stoveshop:@@secret@@
10.0.0.12:5432:jobs:reporting:@@p2@@
*:*:*:postgres:*
db.internal:5432:sweepbook:sweepbook_ro:@@p3@@
""", rand_pw(20), p2=rand_pw(20), p3=rand_pw(20))

add("crontab/database-password", "office-nuc/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command
30 2 * * * PGPASSWORD='@@secret@@' pg_dump -h localhost -U stoveshop stoveshop | gzip > /srv/backups/stoveshop-$(date +\\%F).sql.gz
0 3 * * * /usr/local/bin/rsync-to-nas.sh
*/15 * * * * /usr/bin/python3 /opt/stocksync/run.py >> /var/log/stocksync.log 2>&1
0 18 * * * /opt/reminders/send_due.py
""", rand_pw(22))

add("xml/azure-storage-key", "src/CertArchive/Web.config", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CertContainer" value="certificates" />
    <add key="StorageConnection" value="DefaultEndpointsProtocol=https;AccountName=hearthworkscerts;AccountKey=@@secret@@;EndpointSuffix=core.windows.net" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("json/api-bearer-token", "postman/JobBoard.postman_collection.json", "https://learning.postman.com/collection-format/getting-started/structure-of-a-collection/", """
{
  "info": { "name": "JobBoard API", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "@@secret@@", "type": "string" }]
  },
  "item": [
    { "name": "Today's jobs", "request": { "method": "GET", "url": "https://jobboard.hearthworks.example/jobs/today" } },
    { "name": "Close job", "request": { "method": "POST", "url": "https://jobboard.hearthworks.example/jobs/{{ref}}/close" } }
  ]
}
""", jwt_like())

add("javascript/partner-api-key", "wp-content/plugins/hs-booking/assets/admin.js", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Addition", """
// admin page: test button for the trade-directory lead feed
(function ($) {
  var FEED_KEY = "tdk_live_" +
    "@@a@@" +
    "@@b@@";
  $("#hs-test-feed").on("click", function () {
    $.ajax({ url: "https://partner-api.tradedirectory.example/v1/leads?limit=1", headers: { "X-Api-Key": FEED_KEY } })
      .done(function () { alert("Lead feed OK"); })
      .fail(function (x) { alert("Lead feed failed: " + x.status); });
  });
})(jQuery);
""", (_td := "tdk_live_" + fakes.drawn_mixed(_seed(), 32)), a=_td[9:25], b=_td[25:])

add("shell/redis-password", "scripts/flush_sessions.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/bash
# after changing the booking site's session format: drop old sessions only
set -e
redis-cli -h 10.0.0.14 -p 6379 -a '@@secret@@' --no-auth-warning --scan --pattern 'session:*' \\
  | xargs -r -n 500 redis-cli -h 10.0.0.14 -p 6379 -a '@@secret@@' --no-auth-warning del
echo "sessions flushed"
""", fakes.redis_password(_seed()))

add("markdown/twilio-api-key-secret", "docs/runbooks/sms-provider.md", "https://www.twilio.com/docs/iam/api-keys", """
# SMS reminders - provider notes

We send reminders through Twilio using an API key (not the account token).

- Account SID: `@@sid@@`
- API key SID: `SK@@sk@@`
- API key secret: `@@secret@@`
- Sender ID: `KestrelSwp` (alphanumeric, UK only)

If reminders stop: check the balance first (auto top-up at 10 GBP), then the error log in the console.
""", fakes.drawn_mixed(_seed(), 32), sid=twilio_sid(), sk=hexs(32))

add("makefile/npm-token", "booking-widget/Makefile", "https://www.gnu.org/software/make/manual/make.html", """
NPM_TOKEN := @@secret@@
VERSION := $(shell node -p "require('./package.json').version")

.PHONY: build publish

build:
\tnpm ci && npm run build

publish: build
\techo "//registry.npmjs.org/:_authToken=$(NPM_TOKEN)" > .npmrc
\tnpm publish --access public
\trm -f .npmrc
\tgit tag v$(VERSION)
""", npm_token())

add("groovy/database-password", "Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent any
    environment {
        DB_URL = 'jdbc:postgresql://10.0.0.12:5432/certs'
        DB_USER = 'certs'
        DB_PASSWORD = '@@secret@@'
    }
    stages {
        stage('Migrate') {
            steps { sh './gradlew flywayMigrate -Pflyway.url=$DB_URL -Pflyway.user=$DB_USER -Pflyway.password=$DB_PASSWORD' }
        }
        stage('Build') {
            steps { sh './gradlew bootJar' }
        }
    }
}
""", words_pw())

add("text/admin-password", "docs/handover-2026-11.txt", "https://www.markdownguide.org/", """
HANDOVER - office admin cover while Sarah is off (Nov 2026)

Booking system: https://book.brushwood.example/admin  user: office  pass: @@secret@@
Card machine (SumUp): app on the office iPad, PIN is on the back of the drawer.
Xero: log in with your own account, Sarah has added you.
Van trackers: portal login is in the red book on the shelf.
If the website is down ring Jamie on 07700 900123 (not after 8pm).
""", words_pw())

add("yaml/tracker-api-token", "config/fleet.yaml", "https://docs.python.org/3/library/", """
# Van trackers -> job board (shows which van is nearest to an emergency call-out)
fleet:
  provider: fleet-tracker
  base_url: https://api.fleet-tracker.example/v2
  token: "@@secret@@"
  vans:
    - { reg: GX21 ABC, fitter: Dan }
    - { reg: GK19 XYZ, fitter: Lee }
    - { reg: GN70 DEF, fitter: Marcus }
poll_seconds: 120
""", "ft_live_" + fakes.drawn_mixed(_seed(), 40))

add("csharp/smtp-password", "src/CertMailer/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace CertMailer
{
    public static class Mailer
    {
        public static void Send(string to, string pdfPath)
        {
            using var client = new SmtpClient("smtp.ionos.co.uk", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("certs@hearthworks.example", "@@secret@@")
            };
            using var msg = new MailMessage("certs@hearthworks.example", to, "Your installation certificate", "Please find your HETAS certificate attached.");
            msg.Attachments.Add(new Attachment(pdfPath));
            client.Send(msg);
        }
    }
}
""", words_pw())

add("php/ldap-bind-password", "intranet/auth.php", "https://www.php.net/manual/en/function.ldap-bind.php", """
<?php
// intranet login against the NAS directory server
$ldap = ldap_connect('ldap://192.168.1.20');
ldap_set_option($ldap, LDAP_OPT_PROTOCOL_VERSION, 3);
ldap_bind($ldap, 'uid=intranet,cn=users,dc=cinderstoves,dc=local', '@@secret@@');

function find_user($ldap, string $uid): ?array {
    $res = ldap_search($ldap, 'cn=users,dc=cinderstoves,dc=local', '(uid=' . ldap_escape($uid, '', LDAP_ESCAPE_FILTER) . ')');
    $entries = ldap_get_entries($ldap, $res);
    return $entries['count'] ? $entries[0] : null;
}
""", words_pw())

# END OF CASES
