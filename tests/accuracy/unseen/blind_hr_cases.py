"""Blind set HR: recording studios and rehearsal rooms.

Booking and payment code for studio rooms, door and gear-network configs, stem delivery to cloud
storage, distribution and streaming vendor APIs, CI, containers, runbooks, session logs and
exports, with the decoys such teams keep beside them. Generated fakes only (seeds 3050000-3059999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3050000, 3059999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Reverb", "Fader", "Tape", "Vinyl", "Condenser", "Ribbon", "Tube", "Groove", "Snare", "Octave",
         "Tempo", "Chorus", "Bridge", "Hammond", "Rhodes", "Marshall", "Leslie", "Pickup", "Cymbal", "Ampeg"]
LOWER = ["kick", "hihat", "bassline", "falsetto", "overdub", "reamp", "tremolo", "bounce", "stems", "click",
         "sidechain", "pedal", "fuzz", "tracking", "mixdown", "encore"]


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


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 - 1)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def discord_bot() -> str:
    r = _rng()
    ident = b64(str(r.randint(10**17, 10**18 - 1))).rstrip("=")
    return ident + "." + "".join(r.choice(ALNUM + "_-") for _ in range(6)) + "." + "".join(r.choice(ALNUM + "_-") for _ in range(38))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def airtable_pat() -> str:
    return fakes.fake("pat", 14, _seed()) + "." + hexs(64)


def notion_secret() -> str:
    return fakes.fake("secret_", 43, _seed())


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def dropbox_token() -> str:
    r = _rng()
    return "sl." + "".join(r.choice(ALNUM + "-_") for _ in range(135))


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def b2_key() -> str:
    return fakes.fake("K005", 27, _seed())


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def mapbox_secret() -> str:
    return "sk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def mapbox_public() -> str:
    return "pk.eyJ1Ijoi" + fakes.drawn(_seed(), 40) + "." + fakes.drawn(_seed(), 22, ALNUM + "_-")


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def anthropic_key() -> str:
    return fakes.fake("sk-ant-api03-", 93, _seed()) + "AA"


def google_api_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "_-")


def paypal_secret() -> str:
    return fakes.drawn_mixed(_seed(), 80, ALNUM + "-_")


def cloudflare_token() -> str:
    return fakes.drawn_mixed(_seed(), 40, ALNUM + "_-")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def jwt_like(claims: str = '"role":"service_role","iss":"supabase"') -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"' + uuid_s() + '",' + claims + '}').rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


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
    CASES.append(LabelledCase(f"blind-hr/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------

add("env/stripe-secret-key", "booking-api/.env", "https://docs.stripe.com/keys", """
# Room booking API - Studio B / Rehearsal 1-4
APP_ENV=production
PORT=8080
DATABASE_URL=postgres://booking@db.internal:5432/rooms
STRIPE_PUBLISHABLE_KEY=pk_live_@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_PERCENT=30
CANCELLATION_HOURS=48
TZ=Europe/Berlin
""", stripe_key(), pk=fakes.drawn(_seed(), 24))

add("python/stripe-webhook-secret", "rooms/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-events", """
import stripe
from flask import Blueprint, request, abort

bp = Blueprint("stripe_hooks", __name__)
ENDPOINT_SECRET = "@@secret@@"


@bp.post("/hooks/stripe")
def stripe_hook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "checkout.session.completed":
        confirm_room_hold(event["data"]["object"]["client_reference_id"])
    return "", 204
""", stripe_whsec())

add("yaml/stripe-restricted-key", "deploy/booking/values-prod.yaml", "https://docs.stripe.com/keys#limit-access", """
replicaCount: 2
image:
  repository: registry.gitlab.com/soundhaus/booking
  tag: "2.14.1"
env:
  ROOM_CALENDAR: google
  STRIPE_MODE: live
  STRIPE_RESTRICTED_KEY: "@@secret@@"
  INVOICE_PREFIX: SH-
resources:
  limits:
    memory: 512Mi
""", stripe_key("rk_live_"))

add("php/square-access-token", "wp-content/plugins/rehearsal-booking/config.php", "https://developer.squareup.com/docs/build-basics/access-tokens", """
<?php
// Rehearsal room booking plugin - Square POS for bar + room payments
define('RB_SQUARE_ENV', 'production');
define('RB_SQUARE_LOCATION_ID', 'L@@loc@@');
define('RB_SQUARE_ACCESS_TOKEN', '@@secret@@');
define('RB_ROOMS', 'Room A,Room B,Drum Room,Live Room');
define('RB_HOURLY_RATE_CENTS', 1800);
""", square_token(), loc=fakes.drawn(_seed(), 12, string.ascii_uppercase + string.digits))

add("json/paypal-client-secret", "config/paypal.production.json", "https://developer.paypal.com/api/rest/authentication/", """
{
  "mode": "live",
  "client_id": "A@@cid@@",
  "client_secret": "@@secret@@",
  "return_url": "https://book.tapehouse-studios.com/paid",
  "cancel_url": "https://book.tapehouse-studios.com/cancelled",
  "currency": "EUR"
}
""", paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("shell/aws-secret-access-key", "scripts/sync_sessions_to_s3.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/usr/bin/env bash
# Nightly: push finished session folders from the Pro Tools rig to S3 (Glacier after 30d)
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=eu-central-1
SRC="/Volumes/Sessions/Done"
aws s3 sync "$SRC" s3://tapehouse-session-archive/$(date +%Y)/ \\
  --storage-class STANDARD_IA --exclude "*.tmp" --exclude ".DS_Store"
echo "sync finished $(date)"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "ops/mixroom-mac/.aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = eu-west-1

[stems-uploader]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-1
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/backblaze-application-key", "archive/b2_offsite.py", "https://www.backblaze.com/docs/cloud-storage-application-keys", """
\"\"\"Off-site copy of master bounces to Backblaze B2.\"\"\"
from pathlib import Path

from b2sdk.v2 import B2Api, InMemoryAccountInfo

KEY_ID = "005@@kid@@"
APP_KEY = "@@secret@@"
BUCKET = "northside-masters"


def upload_masters(folder: Path) -> None:
    api = B2Api(InMemoryAccountInfo())
    api.authorize_account("production", KEY_ID, APP_KEY)
    bucket = api.get_bucket_by_name(BUCKET)
    for wav in sorted(folder.glob("*.wav")):
        bucket.upload_local_file(local_file=str(wav), file_name=f"masters/{wav.name}")
""", b2_key(), kid=hexs(21))

add("ini/wasabi-secret-key", "tools/rclone/rclone.conf", "https://rclone.org/s3/#wasabi", """
[wasabi-archive]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@secret@@
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com
acl = private
""", fakes.drawn(_seed(), 40, string.ascii_uppercase + string.digits), kid=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

add("typescript/dropbox-access-token", "delivery/src/dropbox.ts", "https://developers.dropbox.com/oauth-guide", """
import { Dropbox } from "dropbox";

// client delivery: mixes land in /Clients/<artist>/<session>
const dbx = new Dropbox({
  accessToken: "@@secret@@",
});

export async function deliverMix(artist: string, session: string, file: Buffer, name: string) {
  const path = `/Clients/${artist}/${session}/${name}`;
  await dbx.filesUpload({ path, contents: file, mode: { ".tag": "overwrite" } });
  const link = await dbx.sharingCreateSharedLinkWithSettings({ path });
  return link.result.url;
}
""", dropbox_token())

add("go/frameio-developer-token", "cmd/reviewsync/main.go", "https://developer.frame.io/docs/getting-started/authentication", """
package main

import (
	"log"
	"net/http"
	"time"
)

const frameioToken = "fio-u-@@secret@@"

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	req, _ := http.NewRequest("GET", "https://api.frame.io/v2/me", nil)
	req.Header.Set("Authorization", "Bearer "+frameioToken)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("frame.io status", resp.Status)
}
""", fakes.drawn_mixed(_seed(), 64, ALNUM + "-_"))

add("python/spotify-client-secret", "analytics/spotify_plays.py", "https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow", """
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    resp = requests.post(
        "https://accounts.spotify.com/api/token",
        data={"grant_type": "client_credentials"},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def label_releases(label: str):
    h = {"Authorization": f"Bearer {token()}"}
    return requests.get("https://api.spotify.com/v1/search", params={"q": f"label:{label}", "type": "album"}, headers=h).json()
""", hexs(32), cid=hexs(32))

add("ruby/soundcloud-client-secret", "config/initializers/soundcloud.rb", "https://developers.soundcloud.com/docs/api/guide#authentication", """
# Upload rough mixes as private tracks for clients
SoundCloudClient.configure do |c|
  c.client_id     = "@@cid@@"
  c.client_secret = "@@secret@@"
  c.redirect_uri  = "https://portal.bluebarn-rehearsal.de/auth/soundcloud/callback"
  c.default_sharing = "private"
end
""", fakes.drawn_mixed(_seed(), 32), cid=fakes.drawn_mixed(_seed(), 32))

add("env/discogs-token", "merch-shop/.env.production", "https://www.discogs.com/developers#page:authentication", """
SHOP_NAME=Kellerstudio Records
SHOPIFY_STORE=kellerstudio-records.myshopify.com
DISCOGS_USER_AGENT=KellerstudioInventory/1.3
DISCOGS_TOKEN=@@secret@@
SYNC_INTERVAL_MIN=30
""", fakes.drawn_mixed(_seed(), 40))

add("env/shopify-admin-token", "merch-shop/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
SHOPIFY_STORE_DOMAIN=loudroom-merch.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_ACCESS_TOKEN=@@secret@@
SHOPIFY_LOCATION=Rehearsal bar
LOW_STOCK_ALERT=5
""", shopify_token())

add("yaml/twilio-auth-token", "notifier/config/settings.yml", "https://www.twilio.com/docs/iam/credentials/api", """
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from: "+4930555019283"
reminders:
  hours_before_booking: 24
  template: "Hi {name}, your slot in {room} starts at {start}. Door code arrives 15 min before."
""", hexs(32), sid=twilio_sid())

add("csharp/twilio-api-key-secret", "src/Studio.Notify/SmsSender.cs", "https://www.twilio.com/docs/iam/api-keys", """
using Twilio;
using Twilio.Rest.Api.V2010.Account;

namespace Studio.Notify
{
    public static class SmsSender
    {
        private const string AccountSid = "@@sid@@";
        private const string ApiKeySid = "@@ksid@@";
        private const string ApiKeySecret = "@@secret@@";

        public static void Send(string to, string body)
        {
            TwilioClient.Init(ApiKeySid, ApiKeySecret, AccountSid);
            MessageResource.Create(body: body, from: new Twilio.Types.PhoneNumber("+441632960211"), to: new Twilio.Types.PhoneNumber(to));
        }
    }
}
""", fakes.drawn_mixed(_seed(), 32), sid=twilio_sid(), ksid=twilio_sid("SK"))

add("python/sendgrid-api-key", "rooms/mail.py", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_confirmation(to: str, room: str, start: str) -> None:
    msg = Mail(
        from_email="bookings@tapehouse-studios.com",
        to_emails=to,
        subject=f"Booking confirmed: {room}",
        html_content=f"<p>See you at {start}. Bring your own cymbals.</p>",
    )
    sg.send(msg)
""", sendgrid_key())

add("properties/mailgun-api-key", "src/main/resources/application-prod.properties", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
spring.datasource.url=jdbc:postgresql://pg.studio.lan:5432/sessions
spring.datasource.username=sessions
spring.datasource.password=${DB_PASSWORD}
mailgun.domain=mg.riverside-sound.co.uk
mailgun.api-key=@@secret@@
mailgun.from=Riverside Sound <studio@riverside-sound.co.uk>
booking.reminder.cron=0 0 9 * * *
""", mailgun_key())

add("yaml/smtp-password", "config/mailer.yml", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration", """
production:
  delivery_method: smtp
  smtp_settings:
    address: smtp.office365.com
    port: 587
    user_name: bookings@grooveyard.studio
    password: "@@secret@@"
    authentication: login
    enable_starttls_auto: true
""", words_pw())

add("python/smtp-password", "tools/send_invoice_batch.py", "https://docs.python.org/3/library/smtplib.html", """
import smtplib
from email.message import EmailMessage

SMTP_HOST = "mail.gandi.net"
SMTP_USER = "accounts@hallway-rehearsal.fr"
SMTP_PASS = "@@secret@@"


def send(to: str, pdf: bytes, number: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Facture {number}"
    msg.set_content("Bonjour, veuillez trouver la facture de votre session en pièce jointe.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{number}.pdf")
    with smtplib.SMTP_SSL(SMTP_HOST, 465) as s:
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", rand_pw(16, "!%"))

add("compose/postgres-password", "docker-compose.prod.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: bookings
      POSTGRES_USER: bookings
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: ghcr.io/soundhaus/booking:2.14
    depends_on: [db]
    ports: ["8080:8080"]
volumes:
  pgdata:
""", rand_pw(22))

add("python/database-url", "rooms/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

import dj_database_url

DEBUG = False
ALLOWED_HOSTS = ["book.bluebarn-rehearsal.de"]
DATABASES = {
    "default": dj_database_url.parse(
        "postgres://rooms_app:@@secret@@@pg-rooms.c7x2.eu-central-1.rds.amazonaws.com:5432/rooms"
    )
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://cache:6379/1"}}
""", rand_pw(24))

add("python/django-secret-key", "studio_portal/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["portal.tapehouse-studios.com"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "sessions_app",
    "bookings",
]
TIME_ZONE = "Europe/London"
""", fakes.django_secret_key(_seed()))

add("env/redis-url", "queue-worker/.env", "https://redis.io/docs/latest/develop/connect/clients/", """
WORKER_CONCURRENCY=4
REDIS_URL=rediss://default:@@secret@@@redis-13871.c250.eu-central-1-1.ec2.cloud.redislabs.com:13871
BOUNCE_QUEUE=bounces
TRANSCODE_FORMATS=mp3,flac
LOG_LEVEL=info
""", fakes.redis_password(_seed()))

add("shell/redis-password", "ops/flush_booking_locks.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# stuck room holds after a failed checkout: clear them (ask Jonas first)
redis-cli -h 10.20.0.14 -p 6379 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'hold:room:*' | while read -r k; do
  redis-cli -h 10.20.0.14 -a '@@secret@@' --no-auth-warning DEL "$k"
done
""", fakes.redis_password(_seed()))

add("java/mysql-password", "src/main/java/studio/booking/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-usagenotes-connect-drivermanager.html", """
package studio.booking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:mysql://10.1.4.20:3306/rehearsal?useSSL=true";
    private static final String USER = "rehearsal_app";
    private static final String PASS = "@@secret@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("kotlin/mongodb-password", "app/src/main/kotlin/com/loudroom/data/Mongo.kt", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
package com.loudroom.data

import com.mongodb.kotlin.client.coroutine.MongoClient

object Mongo {
    private const val URI =
        "mongodb+srv://loudroom-api:@@secret@@@cluster0.x8kq2.mongodb.net/gear?retryWrites=true&w=majority"

    val client: MongoClient by lazy { MongoClient.create(URI) }
    val gear = client.getDatabase("gear").getCollection<GearItem>("items")
}
""", rand_pw(18))
add("k8s-secret/postgres-password", "k8s/booking/db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: studio
type: Opaque
data:
  username: @@user@@
  password: @@enc@@
""", (s := rand_pw(20)), user=b64("booking"), enc=b64(s))

add("k8s-secret/smtp-password", "k8s/notifier/smtp.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: notifier-smtp
type: Opaque
stringData:
  SMTP_HOST: smtp.eu.mailgun.org
  SMTP_USER: postmaster@mg.grooveyard.studio
  SMTP_PASSWORD: "@@secret@@"
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("k8s-secret/dropbox-refresh-token", "k8s/delivery/dropbox-secret.yaml", "https://developers.dropbox.com/oauth-guide#implementing-oauth", """
apiVersion: v1
kind: Secret
metadata:
  name: delivery-dropbox
  namespace: delivery
type: Opaque
data:
  DROPBOX_APP_KEY: @@ak@@
  DROPBOX_REFRESH_TOKEN: @@enc@@
""", (s := fakes.drawn_mixed(_seed(), 64)), ak=b64(fakes.drawn(_seed(), 15, string.ascii_lowercase + string.digits)), enc=b64(s))

add("terraform/aws-secret-access-key", "infra/providers.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "stems" {
  bucket = "grooveyard-stems-prod"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/cloudflare-api-token", "infra/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  content = "203.0.113.40"
  type    = "A"
  proxied = true
}
""", cloudflare_token())

add("terraform/digitalocean-token", "infra/droplets.tf", "https://docs.digitalocean.com/reference/terraform/getting-started/", """
provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "mixportal" {
  image  = "ubuntu-22-04-x64"
  name   = "mixportal-1"
  region = "ams3"
  size   = "s-2vcpu-4gb"
}
""", do_token())

add("github-actions/pypi-token", ".github/workflows/release-bounce-tools.yml", "https://docs.pypi.org/trusted-publishers/", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "tools/bounce-tools/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/github-token", ".github/workflows/mirror-presets.yml", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
name: mirror plugin presets
on:
  schedule:
    - cron: "0 3 * * *"
jobs:
  mirror:
    runs-on: ubuntu-latest
    steps:
      - run: |
          git clone https://x-access-token:@@secret@@@github.com/tapehouse/plugin-presets.git
          cd plugin-presets && ./export_presets.sh
""", fakes.github_token(_seed()))

add("shell/github-fine-grained-token", "scripts/fetch_session_templates.sh", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
#!/usr/bin/env bash
# pulls the latest Logic / Reaper session templates onto a new room machine
GH_TOKEN="@@secret@@"
curl -sSL -H "Authorization: Bearer $GH_TOKEN" \\
  -H "Accept: application/vnd.github+json" \\
  https://api.github.com/repos/grooveyard/session-templates/tarball/main -o templates.tgz
tar xzf templates.tgz -C "$HOME/Music/Templates"
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  DEPLOY_TOKEN: "@@secret@@"

build:
  stage: build
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  script:
    - curl --header "PRIVATE-TOKEN: $DEPLOY_TOKEN" -X POST https://gitlab.com/api/v4/projects/4471/trigger/pipeline
""", gitlab_token())

add("ini/npm-token", "web/booking-widget/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
registry=https://registry.npmjs.org/
@soundhaus:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("python/telegram-bot-token", "bots/room_status_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "@@secret@@"
logging.basicConfig(level=logging.INFO)


async def free(update, context):
    rooms = await context.bot_data["calendar"].free_rooms_now()
    await update.message.reply_text("Free now: " + (", ".join(rooms) or "nothing, sorry"))


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("free", free))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("json/discord-bot-token", "bots/gearbot/config.json", "https://discord.com/developers/docs/reference#authentication", """
{
  "prefix": "!",
  "token": "@@secret@@",
  "guildId": "918273645512345678",
  "channels": {
    "broken-gear": "918273645599999001",
    "lost-and-found": "918273645599999002"
  }
}
""", discord_bot())

add("python/discord-webhook", "tools/notify_broken_gear.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
import sys

import requests

WEBHOOK = "@@secret@@"

item, room = sys.argv[1], sys.argv[2]
requests.post(WEBHOOK, json={"content": f":warning: {item} in {room} reported broken"}, timeout=5)
""", discord_webhook())

add("json/slack-webhook", "n8n/workflows/late-checkout-alert.json", "https://api.slack.com/messaging/webhooks", """
{
  "name": "Late checkout alert",
  "nodes": [
    {"name": "Cron", "type": "n8n-nodes-base.cron", "parameters": {"triggerTimes": {"item": [{"mode": "everyHour"}]}}},
    {"name": "Slack", "type": "n8n-nodes-base.httpRequest",
     "parameters": {"url": "@@secret@@", "method": "POST", "jsonParameters": true}}
  ],
  "active": true
}
""", slack_webhook())

add("python/openai-api-key", "transcribe/notes_from_session.py", "https://platform.openai.com/docs/api-reference/authentication", """
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def session_notes(audio_path: str) -> str:
    with open(audio_path, "rb") as f:
        tr = client.audio.transcriptions.create(model="whisper-1", file=f)
    summary = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarise the producer's talkback notes:\\n" + tr.text}],
    )
    return summary.choices[0].message.content
""", fakes.openai_key(_seed()))

add("notebook/anthropic-api-key", "notebooks/lyric_sheet_cleanup.ipynb", "https://docs.anthropic.com/en/api/getting-started", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Clean up lyric sheets for the vocal booth tablet"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import anthropic\\n", "client = anthropic.Anthropic(api_key=\\"@@secret@@\\")"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["sheet = open('lyrics/track03.txt').read()\\n", "msg = client.messages.create(model='claude-3-5-sonnet-latest', max_tokens=1024, messages=[{'role':'user','content':sheet}])"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", anthropic_key())

add("python/assemblyai-api-key", "transcribe/podcast_room.py", "https://www.assemblyai.com/docs/api-reference/overview#authorization", """
import assemblyai as aai

aai.settings.api_key = "@@secret@@"
transcriber = aai.Transcriber()


def transcribe(path: str) -> str:
    return transcriber.transcribe(path).text
""", hexs(32))

add("typescript/airtable-token", "scripts/gear-inventory/sync.ts", "https://airtable.com/developers/web/guides/personal-access-tokens", """
import Airtable from "airtable";

const base = new Airtable({ apiKey: "@@secret@@" }).base("app@@bid@@");

export async function listMics() {
  const rows = await base("Microphones").select({ view: "In service" }).all();
  return rows.map((r) => ({ model: r.get("Model"), serial: r.get("Serial"), room: r.get("Room") }));
}
""", airtable_pat(), bid=fakes.drawn(_seed(), 14))

add("python/notion-integration-secret", "tools/notion_session_log.py", "https://developers.notion.com/docs/authorization", """
from notion_client import Client

notion = Client(auth="@@secret@@")
SESSIONS_DB = "8f1c2a4e9b7d4c3a8e6f0b1d2c3e4f5a"


def log_session(artist: str, engineer: str, hours: float) -> None:
    notion.pages.create(
        parent={"database_id": SESSIONS_DB},
        properties={"Artist": {"title": [{"text": {"content": artist}}]}, "Engineer": {"rich_text": [{"text": {"content": engineer}}]}, "Hours": {"number": hours}},
    )
""", notion_secret())

add("env/hubspot-private-app-token", "crm-sync/.env", "https://developers.hubspot.com/docs/api/private-apps", """
HUBSPOT_PORTAL_ID=24418873
HUBSPOT_ACCESS_TOKEN=@@secret@@
PIPELINE=studio-bookings
DEFAULT_OWNER=kim@riverside-sound.co.uk
SYNC_DEALS=true
""", hubspot_pat())

add("ruby/mailchimp-api-key", "lib/newsletter/subscribe.rb", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
require "MailchimpMarketing"

module Newsletter
  CLIENT = MailchimpMarketing::Client.new
  CLIENT.set_config(api_key: "@@secret@@", server: "us21")
  LIST_ID = "4c9e7a1b2d"

  def self.subscribe(email, band_name)
    CLIENT.lists.add_list_member(LIST_ID, { email_address: email, status: "subscribed", merge_fields: { BAND: band_name } })
  end
end
""", hexs(32) + "-us21")

add("yaml/google-api-key", "config/youtube_uploader.yaml", "https://developers.google.com/youtube/v3/getting-started", """
youtube:
  channel_id: UCx8Zq4cFmKp2hL9tNwR3aBc
  api_key: @@secret@@
  default_privacy: unlisted
  playlist: "Live from Room 2"
upload:
  watch_folder: /srv/exports/live-sessions
""", google_api_key())

add("pem/private-key", "ops/ansible/files/deploy_id_rsa", "https://man.openbsd.org/ssh-keygen", """
@@secret@@
""", pem("RSA"))

add("yaml/private-key", "ops/ansible/group_vars/mixservers.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
nas_host: 10.20.0.5
nas_share: /volume1/sessions
backup_user: rsync
backup_ssh_key: |
  @@key@@
backup_schedule: "0 2 * * *"
""", (k := pem("OPENSSH")), key=k.replace("\n", "\n  "))

add("ansible/smb-password", "ops/ansible/roles/nas_mount/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/mount_module.html", """
nas_mount_point: /mnt/sessions
nas_server: synology.studio.lan
nas_share: sessions
nas_user: protools
nas_password: "@@secret@@"
nas_options: "vers=3.0,uid=1000,gid=1000,file_mode=0664"
""", words_pw())

add("ansible/unifi-admin-password", "ops/ansible/host_vars/unifi-controller.yml", "https://help.ui.com/hc/en-us/articles/204909754", """
unifi_controller_url: https://10.20.0.2:8443
unifi_site: rehearsal-building
unifi_admin_user: admin
unifi_admin_password: @@secret@@
guest_ssid: BandWifi
guest_vlan: 40
""", rand_pw(16, "#!"))

add("markdown/door-controller-password", "docs/runbooks/door-access.md", "https://help.getkisi.com/", """
# Door access (rehearsal building)

The side door runs on the Kisi controller in the comms cupboard (Room 0.03).

| What | Value |
|------|-------|
| Controller web UI | http://10.20.50.10 |
| Local admin user | `installer` |
| Local admin password | `@@secret@@` |
| Booking sync | every 5 min from the booking API |

If the booking sync dies, bands get no code. Restart `door-sync` on the ops box.
""", words_pw())

add("python/kisi-api-key", "door_sync/kisi.py", "https://docs.kisi.io/", """
import requests

KISI_API_KEY = "@@secret@@"
LOCK_IDS = {"Room A": 44102, "Room B": 44103, "Drum Room": 44104}


def grant(email: str, room: str, starts: str, ends: str) -> None:
    requests.post(
        "https://api.kisi.io/group_links",
        headers={"Authorization": f"KISI-LOGIN {KISI_API_KEY}"},
        json={"group_link": {"lock_id": LOCK_IDS[room], "email": email, "valid_from": starts, "valid_until": ends}},
        timeout=10,
    ).raise_for_status()
""", hexs(32))

add("markdown/wifi-password", "docs/handover-2024-09.md", "https://www.atlassian.com/software/confluence/templates/it-handover", """
# Handover - Sept 2024 (Mara -> Tom)

- The Focusrite RedNet units in the live room sit on VLAN 30, don't put the guest wifi there.
- Staff wifi `Tapehouse-Staff` password: @@secret@@
- Guest wifi `Tapehouse-Bands` has the code on the fridge, changes monthly.
- The Dante controller PC is the old Mac mini under the desk, login is the usual.
- Invoices still go out from the booking system on the 1st.
""", passphrase())

add("csv/device-admin-password", "inventory/network_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
hostname,ip,model,location,admin_user,admin_password,notes
sw-core-01,10.20.0.3,UniFi USW-Pro-24,comms cupboard,admin,(see vault),
sw-live-01,10.20.30.2,Netgear M4250-10G2F,live room rack,admin,@@secret@@,Dante VLAN 30
ap-hall,10.20.0.21,UniFi U6-Lite,hallway,,,adopted
qsys-core,10.20.30.10,Q-SYS Core 110f,machine room,,,see Q-SYS Designer
""", rand_pw(14))

add("xml/qsys-password", "systems/qsys/core110f-admin.xml", "https://q-syshelp.qsc.com/", """
<?xml version="1.0" encoding="utf-8"?>
<CoreConfig name="qsys-core" model="Core 110f">
  <Network>
    <Lan a="10.20.30.10" mask="255.255.255.0" gateway="10.20.30.1" />
  </Network>
  <Administration>
    <User name="admin" role="Administrator" password="@@secret@@" />
    <User name="frontdesk" role="Operator" pin="****" />
  </Administration>
</CoreConfig>
""", words_pw())

add("powershell/ftp-password", "scripts/Upload-Masters.ps1", "https://learn.microsoft.com/en-us/dotnet/api/system.net.webclient", """
# Upload finished masters to the mastering house's FTP
$ftpHost = "ftp://ftp.lodgemastering.example.net/incoming/"
$user = "tapehouse"
$pass = "@@secret@@"
$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential($user, $pass)
Get-ChildItem "D:\\Masters\\Ready" -Filter *.wav | ForEach-Object {
    $client.UploadFile($ftpHost + $_.Name, $_.FullName)
    Move-Item $_.FullName "D:\\Masters\\Sent\\"
}
""", words_pw())

add("shell/sftp-password", "scripts/send_to_pressing_plant.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# vinyl lacquer cut files -> pressing plant SFTP
FILES="$1"
sshpass -p '@@secret@@' sftp -oBatchMode=no -b - orders@sftp.pressplant.example.cz <<'END'
cd upload/kellerstudio
put *.ddp
bye
END
""", rand_pw(15, "$%"))

add("python/ftp-url", "tools/pull_ddp_from_client.py", "https://docs.python.org/3/library/urllib.request.html", """
import shutil
import urllib.request

SOURCE = "ftp://hallway_rehearsal:@@secret@@@ftp.hallway-rehearsal.fr/ddp/EP-2024.ddp"

with urllib.request.urlopen(SOURCE) as src, open("EP-2024.ddp", "wb") as dst:
    shutil.copyfileobj(src, dst)
print("done")
""", rand_pw(12))

add("dockerfile/npm-token", "web/booking-widget/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine AS build
WORKDIR /app
ENV NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""", npm_token())

add("dockerfile/database-password", "services/invoice-pdf/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DB_HOST=pg.studio.lan \\
    DB_USER=invoices \\
    DB_PASSWORD=@@secret@@
CMD ["gunicorn", "-b", "0.0.0.0:8000", "invoice_pdf.app:app"]
""", rand_pw(20))

add("compose/mariadb-password", "rehearsal-wp/docker-compose.yml", "https://hub.docker.com/_/mariadb", """
version: "3.8"
services:
  wordpress:
    image: wordpress:6.5-php8.2-apache
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_PASSWORD: @@secret@@
      WORDPRESS_DB_NAME: wp
    ports: ["80:80"]
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: wp
      MARIADB_USER: wp
      MARIADB_PASSWORD: @@secret@@
      MARIADB_RANDOM_ROOT_PASSWORD: "1"
""", rand_pw(18))

add("php/wordpress-db-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
define( 'DB_NAME', 'bluebarn_wp' );
define( 'DB_USER', 'bluebarn_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
$table_prefix = 'bb_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "!#$"))

add("sql/database-password", "db/migrations/0007_reporting_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- read-only user for the Metabase room utilisation dashboards
CREATE ROLE metabase_ro LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE rooms TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON bookings, rooms, invoices TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;
""", words_pw())

add("go/ldap-bind-password", "internal/auth/ldap.go", "https://pkg.go.dev/github.com/go-ldap/ldap/v3", """
package auth

import "github.com/go-ldap/ldap/v3"

const (
	ldapURL      = "ldaps://dc1.studio.lan:636"
	bindDN       = "CN=svc-portal,OU=Service,DC=studio,DC=lan"
	bindPassword = "@@secret@@"
)

func Bind() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(ldapURL)
	if err != nil {
		return nil, err
	}
	return conn, conn.Bind(bindDN, bindPassword)
}
""", words_pw())

add("rust/api-basic-auth", "src/bin/room_sensor.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.basic_auth", """
use std::time::Duration;

const INGEST: &str = "https://sensors.grooveyard.studio/ingest";
const USER: &str = "room-sensor";
const PASS: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(5)).build()?;
    let reading = serde_json::json!({"room": "Drum Room", "db_spl": 104.2, "humidity": 41});
    client.post(INGEST).basic_auth(USER, Some(PASS)).json(&reading).send()?;
    Ok(())
}
""", rand_pw(20))

add("swift/studio-api-key", "StudioRemote/Sources/Config.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

enum Config {
    static let baseURL = URL(string: "https://api.tapehouse-studios.com/v2")!
    static let apiKey = "th_live_@@secret@@"
    static let roomRefresh: TimeInterval = 30
}

func authorized(_ req: inout URLRequest) {
    req.setValue(Config.apiKey, forHTTPHeaderField: "X-Api-Key")
}
""", fakes.drawn_mixed(_seed(), 40))

add("log/basic-auth-header", "logs/door-sync-2024-10-02.log", "https://www.rfc-editor.org/rfc/rfc7617", """
2024-10-02T18:01:12Z INFO  door-sync starting, 4 locks
2024-10-02T18:01:12Z DEBUG GET https://10.20.50.10/api/v1/locks
2024-10-02T18:01:12Z DEBUG > Authorization: Basic @@secret@@
2024-10-02T18:01:13Z DEBUG < 200 OK (212 ms)
2024-10-02T18:01:13Z INFO  booking 88213 Room B 19:00-22:00 -> code issued
2024-10-02T18:01:13Z INFO  booking 88214 Drum Room 19:00-21:00 -> code issued
""", b64("sync:" + words_pw()))

add("log/database-url", "logs/worker-crash.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
[2024-11-14 02:14:07,118] ERROR worker.bounce: could not connect
Traceback (most recent call last):
  File "/srv/worker/bounce.py", line 41, in run
    engine = create_engine(settings.DB_URL)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.30", port 5432 failed
[2024-11-14 02:14:07,119] DEBUG settings.DB_URL=postgresql://bounce:@@secret@@@10.20.0.30:5432/sessions
[2024-11-14 02:14:12,120] INFO  retrying in 5s
""", rand_pw(20))

# ---------------------------------------------------------------------------------------------
# Decoys
# ---------------------------------------------------------------------------------------------

add("env/decoy-placeholder", "booking-api/.env.example", "https://docs.stripe.com/keys", """
# copy to .env and fill in (ask Jonas for the live values)
APP_ENV=development
PORT=8080
DATABASE_URL=postgres://booking:booking@localhost:5432/rooms
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
DEPOSIT_PERCENT=30
""")

add("python/decoy-env-reference", "rooms/payments/client.py", "https://docs.stripe.com/api/authentication", """
import os

import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]
WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")


def create_deposit(booking_id: str, amount_cents: int) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        line_items=[{"price_data": {"currency": "eur", "unit_amount": amount_cents, "product_data": {"name": "Room deposit"}}, "quantity": 1}],
        client_reference_id=booking_id,
        success_url="https://book.tapehouse-studios.com/paid",
    )
    return session.url
""")

add("typescript/decoy-publishable-key", "web/booking-widget/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key: safe in the browser bundle
export const stripePromise = loadStripe("pk_live_@@pk@@");

export const ROOMS = ["Room A", "Room B", "Drum Room", "Live Room"] as const;
""", pk=fakes.drawn(_seed(), 24))

add("html/decoy-recaptcha-site-key", "web/site/contact.html", "https://developers.google.com/recaptcha/docs/display", """
<!doctype html>
<html lang="en">
<head>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/contact" method="post">
    <input name="band" placeholder="Band name">
    <textarea name="message" placeholder="Which room, which dates?"></textarea>
    <div class="g-recaptcha" data-sitekey="6L@@sk@@"></div>
    <button>Send</button>
  </form>
</body>
</html>
""", sk=fakes.drawn(_seed(), 38, ALNUM + "_-"))

add("typescript/decoy-mapbox-public-token", "web/site/src/map.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "@@pk@@";

export function drawMap(el: HTMLElement) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/dark-v11", center: [13.4412, 52.4963], zoom: 15 });
  new mapboxgl.Marker().setLngLat([13.4412, 52.4963]).addTo(map);
  return map;
}
""", pk=mapbox_public())

add("yaml/decoy-vault-reference", "deploy/booking/values-staging.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector", """
replicaCount: 1
podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: booking
  vault.hashicorp.com/agent-inject-secret-stripe: "secret/data/booking/stripe"
env:
  STRIPE_MODE: test
  STRIPE_SECRET_KEY_FILE: /vault/secrets/stripe
  INVOICE_PREFIX: SH-T-
""")

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: deploy booking
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-central-1
      - run: ./scripts/deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("k8s/decoy-external-secret", "k8s/booking/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-db
  namespace: studio
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-db
  data:
    - secretKey: password
      remoteRef:
        key: prod/booking/db
        property: password
""")

add("terraform/decoy-variable-reference", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Password for the bookings RDS instance (set in TF Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "zone_id" {
  type    = string
  default = "3f9c1a7e2b4d4e8f9a0b1c2d3e4f5a6b"
}
""")

add("json/decoy-file-checksums", "releases/ep-2024/manifest.json", "https://en.wikipedia.org/wiki/SHA-2", """
{
  "release": "Kellerstudio EP 2024",
  "files": [
    {"name": "01_intro.wav", "sha256": "@@h1@@", "bytes": 52811044},
    {"name": "02_overdrive.wav", "sha256": "@@h2@@", "bytes": 71933200},
    {"name": "03_reamp.wav", "sha256": "@@h3@@", "bytes": 64002116}
  ],
  "isrc_prefix": "DE-K44-24"
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("csv/decoy-booking-ids", "exports/bookings-2024-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
booking_id,room,band,start,end,payment_intent,status
@@u1@@,Room A,The Overdubs,2024-10-01T19:00,2024-10-01T22:00,pi_@@p1@@,paid
@@u2@@,Drum Room,Kick Theory,2024-10-02T18:00,2024-10-02T20:00,pi_@@p2@@,paid
@@u3@@,Live Room,Falsetto Club,2024-10-03T10:00,2024-10-03T18:00,pi_@@p3@@,refunded
@@u4@@,Room B,Sidechain,2024-10-04T20:00,2024-10-04T23:00,,cancelled
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24))

add("markdown/decoy-redacted", "docs/incidents/2024-08-stripe-key-rotation.md", "https://sre.google/sre-book/example-postmortem/", """
# Postmortem: Stripe key in a screenshot (2024-08-12)

A screenshot in #bookings showed the live key (`sk_live_51Hx…redacted…`).

## Actions
- Rolled the key in the Stripe dashboard at 14:20; old key expired immediately.
- New key stored only in Vault at `secret/booking/stripe`.
- Added a pre-commit scanner to the booking repo.
- Reminder: never screenshot the dashboard's API keys page.
""")

add("python/decoy-test-fixture", "tests/test_webhooks.py", "https://docs.stripe.com/webhooks/signature", """
import hmac
import time
from hashlib import sha256

from rooms.payments.webhooks import verify

TEST_SECRET = "whsec_test_secret_for_unit_tests"


def sign(payload: bytes, secret: str = TEST_SECRET) -> str:
    ts = int(time.time())
    mac = hmac.new(secret.encode(), f"{ts}.".encode() + payload, sha256).hexdigest()
    return f"t={ts},v1={mac}"


def test_rejects_wrong_signature():
    assert not verify(b"{}", sign(b"{}", "whsec_other"), TEST_SECRET)
""")

add("python/decoy-regex", "tools/precommit/check_keys.py", "https://docs.python.org/3/library/re.html", """
import re
import sys

PATTERNS = {
    "stripe": re.compile(r"sk_live_[0-9a-zA-Z]{24,99}"),
    "aws": re.compile(r"AKIA[0-9A-Z]{16}"),
    "slack": re.compile(r"https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"),
}

bad = 0
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="ignore").read()
    for name, rx in PATTERNS.items():
        if rx.search(text):
            print(f"{path}: looks like a {name} key")
            bad = 1
sys.exit(bad)
""")

add("ini/decoy-dante-device-ids", "systems/dante/devices.ini", "https://www.audinate.com/learning/faqs", """
[rednet-a16r-live]
model = Focusrite RedNet A16R MkII
mac = 00:1D:C1:2A:44:0F
dante_device_id = 001dc1fffe2a440f
sample_rate = 48000

[avio-usb-control]
model = Dante AVIO USB
mac = 00:1D:C1:3B:90:11
dante_device_id = 001dc1fffe3b9011
sample_rate = 48000
""")

add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
db_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
    lastmodified: "2024-10-01T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64(fakes.drawn(_seed(), 24)), iv1=b64(fakes.drawn(_seed(), 24)), t1=b64(fakes.drawn(_seed(), 12)),
    d2=b64(fakes.drawn(_seed(), 15)), iv2=b64(fakes.drawn(_seed(), 24)), t2=b64(fakes.drawn(_seed(), 12)),
    age=fakes.drawn(_seed(), 58, string.ascii_lowercase + "023456789"), m=b64(fakes.drawn(_seed(), 48)),
    iv3=b64(fakes.drawn(_seed(), 24)), t3=b64(fakes.drawn(_seed(), 12)))

add("markdown/decoy-example-curl", "docs/api/bookings.md", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", """
# Bookings API

All calls need a key from the portal (Settings -> API keys).

```bash
curl -H "X-Api-Key: <your-api-key>" \\
  "https://api.tapehouse-studios.com/v2/rooms/availability?date=2024-11-02"
```

Response: a list of `{room, from, to}` free slots, 30-minute grid.
Keys are per band; revoke them in the portal when a band leaves.
""")

add("shell/decoy-read-from-keychain", "scripts/mac_setup_room_rig.sh", "https://ss64.com/mac/security-find-generic-password.html", """
#!/bin/zsh
# set up a room Mac: mount NAS with the password from the login keychain
NAS_USER=protools
NAS_PASS="$(security find-generic-password -a "$NAS_USER" -s studio-nas -w)"
mkdir -p /Volumes/Sessions
mount_smbfs "//${NAS_USER}:${NAS_PASS}@synology.studio.lan/sessions" /Volumes/Sessions
defaults write com.apple.screensaver idleTime 0
""")

add("compose/decoy-env-file", "docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  db:
    image: postgres:16
    env_file: .env
    environment:
      POSTGRES_DB: bookings
      POSTGRES_USER: bookings
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  app:
    build: .
    env_file: .env
    ports: ["8080:8080"]
""")

add("json/decoy-firebase-web-config", "apps/studio-remote-web/src/firebase.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "apiKey": "@@key@@",
  "authDomain": "studio-remote-4f2a1.firebaseapp.com",
  "projectId": "studio-remote-4f2a1",
  "storageBucket": "studio-remote-4f2a1.appspot.com",
  "messagingSenderId": "583920184471",
  "appId": "1:583920184471:web:@@app@@"
}
""", key=google_api_key(), app=hexs(22))

add("python/decoy-hash", "rooms/doorcodes.py", "https://docs.python.org/3/library/hashlib.html#key-derivation", """
import hashlib
import hmac
import os

# stored door codes are PBKDF2 hashes; the plain code only goes out by SMS
ITERATIONS = 210_000


def hash_code(code: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", code.encode(), salt, ITERATIONS)
    return salt.hex() + "$" + dk.hex()


EXAMPLE_STORED = "@@salt@@$@@dk@@"
""", salt=hexs(32), dk=hexs(64))

add("log/decoy-request-ids", "logs/booking-api-2024-11-02.log", "https://docs.stripe.com/api/request_ids", """
2024-11-02T09:14:02Z INFO  POST /v2/bookings 201 req_id=@@r1@@ booking=@@u1@@
2024-11-02T09:14:03Z INFO  stripe checkout created id=cs_live_@@cs@@ request-id=req_@@sr@@
2024-11-02T09:15:40Z INFO  webhook checkout.session.completed evt_@@evt@@ verified
2024-11-02T09:15:40Z INFO  booking @@u1@@ confirmed, door code queued
2024-11-02T09:20:11Z WARN  GET /v2/rooms/availability 429 client=203.0.113.77
""", r1=uuid_s(), u1=uuid_s(), cs=fakes.drawn(_seed(), 58), sr=fakes.drawn(_seed(), 14), evt=fakes.drawn(_seed(), 24))

add("properties/decoy-env-reference", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/sessions
spring.datasource.username=${DB_USER:sessions}
spring.datasource.password=${DB_PASSWORD}
mailgun.domain=mg.riverside-sound.co.uk
mailgun.api-key=${MAILGUN_API_KEY}
booking.reminder.cron=0 0 9 * * *
""")

add("toml/decoy-placeholder", "tools/bounce-tools/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[project]
name = "bounce-tools"
version = "0.9.2"
description = "Batch bounce, loudness-normalise and tag studio mixes"
requires-python = ">=3.10"
dependencies = ["pyloudnorm>=0.1", "soundfile>=0.12", "mutagen>=1.47"]

[tool.bounce-tools]
target_lufs = -14.0
true_peak = -1.0
# upload_token = "pypi-XXXXXXXXXXXXXXXX"  (use trusted publishing instead)
""")

add("ruby/decoy-credentials-reference", "config/initializers/soundcloud_prod.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# secrets live in config/credentials.yml.enc (master key on the deploy box only)
SoundCloudClient.configure do |c|
  c.client_id     = Rails.application.credentials.dig(:soundcloud, :client_id)
  c.client_secret = Rails.application.credentials.dig(:soundcloud, :client_secret)
  c.redirect_uri  = "https://portal.bluebarn-rehearsal.de/auth/soundcloud/callback"
end
""")

add("go/decoy-env-reference", "cmd/reviewsync/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"fmt"
	"os"
)

func frameioToken() (string, error) {
	tok := os.Getenv("FRAMEIO_TOKEN")
	if tok == "" {
		return "", fmt.Errorf("FRAMEIO_TOKEN not set (1Password: Studio/Frame.io dev token)")
	}
	return tok, nil
}
""")

add("notebook/decoy-getpass", "notebooks/room_utilisation.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Room utilisation Q3"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import getpass, pandas as pd, sqlalchemy as sa\\n", "pw = getpass.getpass('metabase_ro password: ')\\n", "eng = sa.create_engine(f'postgresql://metabase_ro:{pw}@pg.studio.lan/rooms')"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select room, sum(hours) from bookings group by room', eng)\\n", "df.plot.bar()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("xml/decoy-plugin-license-ids", "systems/plugins/authorizations.xml", "https://www.ilok.com/", """
<?xml version="1.0" encoding="UTF-8"?>
<Plugins room="Studio A">
  <Plugin vendor="Universal Audio" name="Neve 1073" version="10.2" license="iLok cloud" />
  <Plugin vendor="FabFilter" name="Pro-Q 3" version="3.24" license="machine" product-id="FFPQ3" />
  <Plugin vendor="Soundtoys" name="Decapitator" version="5.4" license="iLok USB" />
  <Plugin vendor="Waves" name="CLA-76" version="14" license="Waves Central" />
</Plugins>
""")

add("shell/decoy-placeholder", "scripts/new_room_mac.sh.example", "https://ss64.com/mac/", """
#!/bin/zsh
# copy to new_room_mac.sh and fill in
NAS_USER=protools
NAS_PASS="CHANGE_ME"
WIFI_SSID="Tapehouse-Staff"
WIFI_PASS="<from the door-access runbook>"
networksetup -setairportnetwork en0 "$WIFI_SSID" "$WIFI_PASS"
""")

# ---------------------------------------------------------------------------------------------
# Secrets, continued
# ---------------------------------------------------------------------------------------------

add("python/split-stripe-key", "legacy/checkout_v1.py", "https://docs.stripe.com/keys", """
import stripe

# split so the old GitHub scanner stopped complaining (TODO: move to env!)
stripe.api_key = ("sk_live_@@a@@"
                  "@@b@@")


def charge_room(token: str, cents: int):
    return stripe.Charge.create(amount=cents, currency="gbp", source=token, description="Rehearsal room")
""", (s := stripe_key()), a=s[8:20], b=s[20:])

add("javascript/mailgun-api-key", "functions/send-reminder.js", "https://documentation.mailgun.com/docs/mailgun/sdk/nodejs_sdk/", """
const formData = require("form-data");
const Mailgun = require("mailgun.js");

const mg = new Mailgun(formData).client({ username: "api", key: "@@secret@@", url: "https://api.eu.mailgun.net" });

exports.handler = async (event) => {
  const { email, room, start } = JSON.parse(event.body);
  await mg.messages.create("mg.grooveyard.studio", {
    from: "Grooveyard <rooms@grooveyard.studio>",
    to: [email],
    subject: `Tomorrow: ${room}`,
    text: `Your slot starts ${start}. Please leave the room tidy.`,
  });
  return { statusCode: 204 };
};
""", mailgun_key())

add("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
route:
  receiver: studio-ops
  group_wait: 30s
receivers:
  - name: studio-ops
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#machine-room"
        title: "{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}"
""", "xoxb-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + fakes.drawn(_seed(), 24))

add("env/slack-webhook", "ops/ups-monitor/.env", "https://api.slack.com/messaging/webhooks", """
UPS_HOST=10.20.0.40
UPS_NAME=apc-machine-room
SLACK_WEBHOOK_URL=@@secret@@
BATTERY_WARN_PERCENT=50
SHUTDOWN_AT_PERCENT=20
""", slack_webhook())

add("yaml/telegram-bot-token", "ops/home-assistant/configuration.yaml", "https://www.home-assistant.io/integrations/telegram_bot/", """
homeassistant:
  name: Rehearsal Building
  time_zone: Europe/Berlin
telegram_bot:
  - platform: polling
    api_key: "@@secret@@"
    allowed_chat_ids:
      - -1001844220173
notify:
  - platform: telegram
    name: band_room_alerts
    chat_id: -1001844220173
""", fakes.telegram_token(_seed()))

add("ini/database-password", "ops/pgbouncer/pgbouncer.ini", "https://www.pgbouncer.org/config.html", """
[databases]
rooms = host=10.20.0.30 port=5432 dbname=rooms user=rooms_app password=@@secret@@

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
pool_mode = transaction
max_client_conn = 200
""", rand_pw(22))

add("xml/smtp-password", "src/main/resources/mail-context.xml", "https://docs.spring.io/spring-framework/reference/integration/email.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.strato.de"/>
    <property name="port" value="465"/>
    <property name="username" value="buchung@kellerstudio.de"/>
    <property name="password" value="@@secret@@"/>
    <property name="protocol" value="smtps"/>
  </bean>
</beans>
""", words_pw())

add("json/sql-server-password", "src/Studio.Billing/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
{
  "ConnectionStrings": {
    "Billing": "Server=tcp:studio-billing.database.windows.net,1433;Database=billing;User ID=billing_app;Password=@@secret@@;Encrypt=True;"
  },
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Invoices": { "Prefix": "RS", "DueDays": 14 }
}
""", words_pw())

add("csharp/azure-storage-key", "src/Studio.Archive/BlobArchive.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace Studio.Archive;

public class BlobArchive
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=riversidestems;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "sessions");

    public Task UploadAsync(string path, Stream data) => _container.UploadBlobAsync(path, data);
}
""", b64(fakes.drawn(_seed(), 64))[:86] + "==")

add("powershell/azure-client-secret", "scripts/Connect-StudioTenant.ps1", "https://learn.microsoft.com/en-us/powershell/module/az.accounts/connect-azaccount", """
# used by the nightly archive job on the machine-room server
$tenantId = "@@tid@@"
$appId = "@@aid@@"
$secret = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred | Out-Null
Get-AzStorageAccount -ResourceGroupName studio-archive | Select-Object StorageAccountName
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tid=uuid_s(), aid=uuid_s())

add("powershell/admin-password", "scripts/Join-RoomPC.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/add-computer", """
# join a new room PC to the studio domain
$user = "STUDIO\\joinsvc"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName studio.lan -OUPath "OU=RoomPCs,DC=studio,DC=lan" -Credential $cred -Restart
""", words_pw())

add("java/smtp-password", "src/main/java/studio/mail/MailConfig.java", "https://jakarta.ee/specifications/mail/", """
package studio.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailConfig {
    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("bluebarn.booking@gmail.com", "@@secret@@");
            }
        });
    }
}
""", " ".join(fakes.drawn(_seed(), 16, string.ascii_lowercase)[i:i + 4] for i in range(0, 16, 4)))

add("kotlin/api-key", "android/app/src/main/java/com/grooveyard/app/Api.kt", "https://square.github.io/retrofit/", """
package com.grooveyard.app

import okhttp3.Interceptor
import okhttp3.OkHttpClient

private const val BOOKING_API_KEY = "gy_live_@@secret@@"

val http: OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(Interceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $BOOKING_API_KEY").build())
    })
    .build()
""", fakes.drawn_mixed(_seed(), 32))

add("plist/api-key", "ios/StudioRemote/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SentryDSN</key>
	<string>https://@@pub@@@o450113.ingest.sentry.io/5541209</string>
	<key>OneSignalRestApiKey</key>
	<string>@@secret@@</string>
</dict>
</plist>
""", fakes.drawn_mixed(_seed(), 48), pub=hexs(32))

add("typescript/supabase-service-role", "portal/src/lib/supabaseAdmin.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";

// server-only: bypasses row level security
export const supabaseAdmin = createClient(
  "https://qwzkxjrtplmnbvcx.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);
""", jwt_like())

add("env/mapbox-secret-token", "web/site/.env.local", "https://docs.mapbox.com/help/getting-started/access-tokens/#secret-tokens", """
NEXT_PUBLIC_MAPBOX_TOKEN=@@pk@@
MAPBOX_UPLOAD_TOKEN=@@secret@@
NEXT_PUBLIC_SITE_URL=https://grooveyard.studio
REVALIDATE_SECONDS=300
NEXT_TELEMETRY_DISABLED=1
""", mapbox_secret(), pk=mapbox_public())

add("yaml/algolia-admin-key", "config/search.yml", "https://www.algolia.com/doc/guides/security/api-keys/", """
algolia:
  app_id: Q8R2LKD0WE
  search_key: @@pub@@
  admin_key: @@secret@@
  index: gear_catalog
  reindex_cron: "30 4 * * *"
""", hexs(32), pub=hexs(32))

add("sql/api-key-insert", "db/seed/prod_integrations.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- integrations the booking system calls out to
INSERT INTO integrations (name, base_url, api_key, enabled) VALUES
  ('calendar', 'https://www.googleapis.com/calendar/v3', NULL, true),
  ('sms', 'https://api.twilio.com', NULL, true),
  ('door', 'https://api.kisi.io', '@@secret@@', true),
  ('accounting', 'https://api.lexoffice.io/v1', NULL, false);
""", hexs(32))

add("markdown/sendgrid-api-key", "docs/onboarding/new-developer.md", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
# New developer setup

1. Clone `booking` and `portal`; run `make dev`.
2. Mail in dev goes through SendGrid's sandbox; the shared dev key is:

       SENDGRID_API_KEY=@@secret@@

3. Stripe: use your own test keys from the team account.
4. Ask in #dev for access to the room calendars.
""", sendgrid_key())

add("markdown/database-password", "docs/runbooks/restore-bookings-db.md", "https://www.postgresql.org/docs/current/app-pgrestore.html", """
# Restore the bookings DB

Dumps land nightly in `s3://tapehouse-db-dumps/rooms/`.

```bash
aws s3 cp s3://tapehouse-db-dumps/rooms/latest.dump /tmp/
PGPASSWORD='@@secret@@' pg_restore -h pg-rooms.c7x2.eu-central-1.rds.amazonaws.com \\
  -U rooms_admin -d rooms --clean --if-exists /tmp/latest.dump
```

Then restart the booking pods: `kubectl -n studio rollout restart deploy/booking`.
""", rand_pw(24))

add("shell/mysql-password", "ops/backup_wp.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
set -e
STAMP=$(date +%F)
mysqldump -u bluebarn_wp -p'@@secret@@' --single-transaction bluebarn_wp | gzip > /backup/wp-$STAMP.sql.gz
find /backup -name 'wp-*.sql.gz' -mtime +14 -delete
""", rand_pw(16))

add("shell/curl-basic-auth", "scripts/export_invoices.sh", "https://curl.se/docs/manpage.html#-u", """
#!/bin/sh
# monthly export from the booking system for the accountant
MONTH=${1:-$(date +%Y-%m)}
curl -fsS -u "accounting:@@secret@@" \\
  "https://book.tapehouse-studios.com/admin/api/invoices.csv?month=$MONTH" \\
  -o "invoices-$MONTH.csv"
echo "saved invoices-$MONTH.csv"
""", rand_pw(18))

add("compose/grafana-admin-password", "ops/monitoring/docker-compose.yml", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-docker/", """
services:
  grafana:
    image: grafana/grafana:11.2.0
    ports: ["3000:3000"]
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "@@secret@@"
      GF_SERVER_ROOT_URL: https://grafana.studio.lan
  prometheus:
    image: prom/prometheus:v2.54.0
    volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml"]
""", words_pw())

add("toml/influxdb-token", "ops/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """
[agent]
  interval = "10s"

[[inputs.snmp]]
  agents = ["udp://10.20.0.40:161"]
  community = "public"

[[outputs.influxdb_v2]]
  urls = ["http://10.20.0.50:8086"]
  token = "@@secret@@"
  organization = "grooveyard"
  bucket = "machine-room"
""", fakes.drawn_mixed(_seed(), 86, ALNUM + "_-") + "==")

add("ini/snmp-community", "ops/nagios/objects/ups.cfg", "https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/objectdefinitions.html", """
define service {
    use                     generic-service
    host_name               apc-machine-room
    service_description     UPS battery
    check_command           check_snmp!-C @@secret@@ -o .1.3.6.1.4.1.318.1.1.1.2.2.1.0 -w 50: -c 20:
}

define host {
    use                     generic-host
    host_name               apc-machine-room
    address                 10.20.0.40
}
""", "Gy" + rand_pw(12))

add("json/vault-token", "ops/terraform/.terraformrc.json", "https://developer.hashicorp.com/vault/docs/concepts/tokens", """
{
  "vault_addr": "https://vault.studio.lan:8200",
  "vault_token": "hvs.@@secret@@",
  "namespace": "studio",
  "mounts": ["secret/booking", "secret/door"]
}
""", fakes.drawn_mixed(_seed(), 90, ALNUM + "_-"))

add("python/cloudinary-url", "portal/media/settings.py", "https://cloudinary.com/documentation/django_integration#setting_up", """
import cloudinary

# artist photos and room pictures for the website
cloudinary.config_from_url("cloudinary://@@ak@@:@@secret@@@grooveyard-media")
PHOTO_FOLDER = "rooms"
MAX_UPLOAD_MB = 20
THUMB = {"width": 640, "height": 360, "crop": "fill"}
""", fakes.drawn_mixed(_seed(), 27, ALNUM + "_-"), ak=fakes.drawn(_seed(), 15, string.digits))

add("ruby/sftp-password", "lib/tasks/ddp_delivery.rake", "https://github.com/net-ssh/net-sftp", """
require "net/sftp"

namespace :delivery do
  desc "Send DDP images to the pressing plant"
  task :ddp, [:dir] do |_t, args|
    Net::SFTP.start("sftp.pressplant.example.cz", "kellerstudio", password: "@@secret@@") do |sftp|
      Dir[File.join(args[:dir], "*.ddp")].each { |f| sftp.upload!(f, "upload/#{File.basename(f)}") }
    end
  end
end
""", rand_pw(14, "#%"))

add("go/twilio-auth-token", "internal/sms/twilio.go", "https://www.twilio.com/docs/usage/api#authenticate-with-http", """
package sms

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	accountSID = "@@sid@@"
	authToken  = "@@secret@@"
)

func Send(to, body string) (*http.Response, error) {
	form := url.Values{"To": {to}, "From": {"+14155550188"}, "Body": {body}}
	req, _ := http.NewRequest("POST", "https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return http.DefaultClient.Do(req)
}
""", hexs(32), sid=twilio_sid())

add("k8s-secret/stripe-secret-key", "k8s/booking/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: studio
type: Opaque
data:
  STRIPE_MODE: @@mode@@
  STRIPE_SECRET_KEY: @@enc@@
""", (s := stripe_key()), enc=b64(s), mode=b64("live"))

# ---------------------------------------------------------------------------------------------
# Decoys, continued
# ---------------------------------------------------------------------------------------------

add("yaml/decoy-twilio-account-sid", "notifier/config/settings.example.yml", "https://www.twilio.com/docs/glossary/what-is-a-sid", """
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  messaging_service_sid: @@mg@@
  from: "+4930555019283"
""", sid=twilio_sid(), mg=twilio_sid("MG"))

add("python/decoy-spotify-ids", "analytics/catalog.py", "https://developer.spotify.com/documentation/web-api/concepts/spotify-uris-ids", """
# releases recorded here, by Spotify album id (public, in every share link)
RELEASES = {
    "Kick Theory - Bassline EP": "@@a1@@",
    "Falsetto Club - Overdub": "@@a2@@",
    "Sidechain - Mixdown (Live in Room 2)": "@@a3@@",
}


def share_link(name: str) -> str:
    return "https://open.spotify.com/album/" + RELEASES[name]
""", a1=fakes.drawn(_seed(), 22), a2=fakes.drawn(_seed(), 22), a3=fakes.drawn(_seed(), 22))

add("json/decoy-package-lock-integrity", "web/booking-widget/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "booking-widget",
  "version": "1.8.0",
  "lockfileVersion": 3,
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
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("markdown/decoy-placeholder-table", "docs/runbooks/new-room-setup.md", "https://www.atlassian.com/software/confluence/templates/it-runbook", """
# Setting up a new rehearsal room

| Item | Where |
|------|-------|
| Door lock | add in Kisi, then map the lock id in `door_sync/kisi.py` |
| Kisi API key | 1Password -> Studio -> "Kisi API" |
| Room PC admin password | 1Password -> Studio -> "Room PCs (LAPS)" |
| Wifi | staff SSID password is in 1Password, never on the wall |
| Calendar | create `Room X` calendar, share with calendar-sync@ service account |

Booking price: set in the admin UI, not in code.
""")

add("env/decoy-empty-values", "ops/ups-monitor/.env.sample", "https://12factor.net/config", """
UPS_HOST=10.20.0.40
UPS_NAME=apc-machine-room
SLACK_WEBHOOK_URL=
BATTERY_WARN_PERCENT=50
SHUTDOWN_AT_PERCENT=20
""")

add("dockerfile/decoy-build-secret-mount", "services/invoice-pdf/Dockerfile.secure", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pkgs.studio.lan/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "-b", "0.0.0.0:8000", "invoice_pdf.app:app"]
""")

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/decoy-vault-variable", "ops/ansible/roles/nas_mount/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/posix/mount_module.html", """
- name: Mount the sessions share
  ansible.posix.mount:
    path: "{{ nas_mount_point }}"
    src: "//{{ nas_server }}/{{ nas_share }}"
    fstype: cifs
    opts: "username={{ nas_user }},password={{ vault_nas_password }},{{ nas_options }}"
    state: mounted
  no_log: true
""")

add("php/decoy-env-reference", "wp-content/plugins/rehearsal-booking/config.prod.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
define('RB_SQUARE_ENV', 'production');
define('RB_SQUARE_LOCATION_ID', getenv('SQUARE_LOCATION_ID'));
define('RB_SQUARE_ACCESS_TOKEN', getenv('SQUARE_ACCESS_TOKEN'));
define('RB_ROOMS', 'Room A,Room B,Drum Room,Live Room');
define('RB_HOURLY_RATE_CENTS', 1800);
""")

add("php/decoy-wordpress-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys", """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
""")

add("csv/decoy-gear-serials", "inventory/microphones.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
asset_tag,make,model,serial,room,purchased,insured_value_eur
MIC-001,Neumann,U 87 Ai,@@s1@@,Live Room,2019-03-12,3200
MIC-002,Shure,SM7B,@@s2@@,Podcast Room,2021-06-02,420
MIC-003,AKG,C414 XLII,@@s3@@,Live Room,2020-01-20,1050
MIC-004,Royer,R-121,@@s4@@,Studio A,2022-09-15,1550
MIC-005,Sennheiser,MD 421-II,@@s5@@,Drum Room,2018-11-30,380
""", s1=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), s2=fakes.drawn(_seed(), 12, string.ascii_uppercase + string.digits),
    s3=fakes.drawn(_seed(), 9, string.digits), s4=fakes.drawn(_seed(), 8, string.ascii_uppercase + string.digits), s5=fakes.drawn(_seed(), 11, string.digits))

add("log/decoy-masked-token", "logs/delivery-2024-11-20.log", "https://12factor.net/logs", """
2024-11-20 16:02:11 INFO  delivery start artist="Kick Theory" session=2024-11-18
2024-11-20 16:02:11 INFO  dropbox auth ok token=sl.****************************(masked)
2024-11-20 16:02:44 INFO  uploaded Kick_Theory_Mix_v3.wav (71.9 MB)
2024-11-20 16:02:45 INFO  shared link https://www.dropbox.com/scl/fi/@@fid@@/Kick_Theory_Mix_v3.wav?rlkey=@@rl@@&dl=0
2024-11-20 16:02:45 INFO  delivery done in 34s
""", fid=fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits), rl=fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits))

add("python/decoy-uuid-constants", "rooms/constants.py", "https://docs.python.org/3/library/uuid.html", """
from uuid import UUID

# stable ids of the rooms, referenced by calendar events and door locks
ROOM_IDS = {
    "Room A": UUID("@@u1@@"),
    "Room B": UUID("@@u2@@"),
    "Drum Room": UUID("@@u3@@"),
    "Live Room": UUID("@@u4@@"),
}
MIN_BOOKING_MINUTES = 60
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("k8s/decoy-configmap", "k8s/booking/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: studio
data:
  STRIPE_MODE: live
  STRIPE_PUBLISHABLE_KEY: pk_live_@@pk@@
  CALENDAR_IDS: "room-a@group.calendar.google.com,room-b@group.calendar.google.com"
  DEPOSIT_PERCENT: "30"
  SENTRY_DSN: https://@@pub@@@o450113.ingest.sentry.io/5541210
""", pk=fakes.drawn(_seed(), 24), pub=hexs(32))

add("sql/decoy-password-hashes", "db/seed/staff_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- dev seed: staff accounts for the admin UI (bcrypt hashes of throwaway dev passwords)
INSERT INTO staff (email, role, password_hash) VALUES
  ('mara@tapehouse-studios.com', 'admin', '$2b$12$@@h1@@'),
  ('tom@tapehouse-studios.com', 'engineer', '$2b$12$@@h2@@'),
  ('frontdesk@tapehouse-studios.com', 'desk', '$2b$12$@@h3@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("swift/decoy-keychain-lookup", "StudioRemote/Sources/Credentials.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

enum Credentials {
    static func apiKey() -> String? {
        let q: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.tapehouse.remote.apikey",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(q as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("json/decoy-oauth-client-id", "apps/studio-remote-web/src/auth.json", "https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow", """
{
  "google": {
    "clientId": "583920184471-@@cid@@.apps.googleusercontent.com",
    "scopes": ["openid", "email", "https://www.googleapis.com/auth/calendar.readonly"],
    "redirectUri": "https://remote.tapehouse-studios.com/auth/callback"
  }
}
""", cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("markdown/decoy-changelog-commit-hashes", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## 2.14.1 - 2024-11-02
- Fix double booking when two bands pay in the same second (@@c1@@)
- Door codes now expire 15 minutes after the slot (@@c2@@)

## 2.14.0 - 2024-10-15
- Drum Room gets its own cymbal-rental add-on (@@c3@@)
- Stripe API version bumped to 2024-09-30.acacia
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("yaml/decoy-secret-manager-arn", "serverless.yml", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store", """
service: reminder-sms
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    TWILIO_ACCOUNT_SID: ${ssm:/studio/twilio/account_sid}
    TWILIO_AUTH_TOKEN: ${ssm:/studio/twilio/auth_token}
    DB_SECRET_ARN: arn:aws:secretsmanager:eu-central-1:418273645512:secret:prod/booking/db-Ab3xQz
functions:
  remind:
    handler: handler.remind
    events:
      - schedule: cron(0 9 * * ? *)
""")

add("ini/decoy-aws-profile-sso", "ops/mixroom-mac/.aws/config", "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html", """
[profile stems]
sso_session = studio
sso_account_id = 418273645512
sso_role_name = StemsUploader
region = eu-west-1

[sso-session studio]
sso_start_url = https://tapehouse.awsapps.com/start
sso_region = eu-west-1
""")

add("python/decoy-placeholder-constant", "transcribe/config_example.py", "https://platform.openai.com/docs/quickstart", """
# Copy to config.py. Real keys come from the team vault, never commit them.
OPENAI_API_KEY = "sk-..."
ASSEMBLYAI_API_KEY = "your-assemblyai-key"
WHISPER_MODEL = "whisper-1"
SUMMARY_MODEL = "gpt-4o-mini"
MAX_MINUTES = 180
""")

add("shell/decoy-gpg-fingerprint", "scripts/verify_release.sh", "https://www.gnupg.org/documentation/manuals/gnupg/", """
#!/bin/bash
# verify signed bounce-tools releases before installing on room machines
KEY_FPR="@@fpr@@"
gpg --recv-keys "$KEY_FPR"
gpg --verify "bounce_tools-$1.tar.gz.asc" "bounce_tools-$1.tar.gz"
sha256sum -c "bounce_tools-$1.sha256"
""", fpr=fakes.drawn(_seed(), 40, "0123456789ABCDEF"))

add("typescript/decoy-test-keys", "portal/tests/payments.spec.ts", "https://docs.stripe.com/testing", """
import { describe, it, expect } from "vitest";
import { depositFor } from "../src/payments";

const TEST_CARD = "4242424242424242";
const FAKE_KEY = "sk_test_dummy_not_a_real_key";

describe("deposits", () => {
  it("takes 30% of the room price", () => {
    expect(depositFor({ hours: 3, rateCents: 1800 }, FAKE_KEY).amount).toBe(1620);
  });
  it("uses the test card in the sandbox", () => expect(TEST_CARD).toHaveLength(16));
});
""")

add("xml/decoy-maven-settings-env", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings>
  <servers>
    <server>
      <id>studio-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>studio-nexus</id><url>https://nexus.studio.lan/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""")

add("terraform/decoy-random-password", "infra/db.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "db" {
  length  = 24
  special = false
}

resource "aws_db_instance" "rooms" {
  identifier        = "pg-rooms"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.small"
  allocated_storage = 20
  username          = "rooms_admin"
  password          = random_password.db.result
}
""")

add("notebook/decoy-output-ids", "notebooks/session_length_analysis.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "id": "@@id1@@",
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["median session 3.5 h, p90 8 h\\n"]}],
   "source": ["df.hours.describe()"]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "id": "@@id2@@", "outputs": [],
   "source": ["df.groupby('room').hours.mean().sort_values()"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", id1=hexs(8), id2=hexs(8))

add("github-actions/decoy-oidc", ".github/workflows/sync-stems-bucket.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: lifecycle rules
on: workflow_dispatch
permissions:
  id-token: write
  contents: read
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645512:role/gha-stems-lifecycle
          aws-region: eu-central-1
      - run: aws s3api put-bucket-lifecycle-configuration --bucket tapehouse-session-archive --lifecycle-configuration file://lifecycle.json
""")

add("yaml/decoy-midi-and-osc-config", "systems/osc/x32-scenes.yaml", "https://behringer.world/", """
console: Behringer X32 Rack
address: 10.20.30.20
osc_port: 10023
scenes:
  - id: 1
    name: "Band default 4pc"
  - id: 2
    name: "Acoustic duo"
  - id: 3
    name: "Podcast 3 mics"
recall_on_booking_start: true
""")

# ---------------------------------------------------------------------------------------------
# Secrets, third group
# ---------------------------------------------------------------------------------------------

add("python/aws-access-key-pair", "archive/glacier_restore.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
    region_name="eu-central-1",
)


def restore(session_prefix: str, days: int = 7) -> None:
    for obj in s3.list_objects_v2(Bucket="tapehouse-session-archive", Prefix=session_prefix).get("Contents", []):
        s3.restore_object(Bucket="tapehouse-session-archive", Key=obj["Key"], RestoreRequest={"Days": days})
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("env/aws-session-token", "ops/tmp-creds.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", """
# temp creds for restoring the 2019 sessions (expire 12h)
AWS_ACCESS_KEY_ID=ASIA@@kid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=eu-central-1
""", fakes.aws_session_token(_seed()), kid=fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567"), sk=fakes.aws_secret_key(_seed()))

add("yaml/borg-passphrase", "ops/backup/borgmatic.yaml", "https://torsion.org/borgmatic/docs/reference/configuration/", """
location:
  source_directories:
    - /srv/sessions
    - /srv/booking-db-dumps
  repositories:
    - ssh://u381122@u381122.your-storagebox.de:23/./borg-studio
storage:
  encryption_passphrase: "@@secret@@"
  compression: zstd,6
retention:
  keep_daily: 7
  keep_weekly: 8
""", passphrase())

add("shell/restic-password", "ops/backup/restic-nightly.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", """
#!/bin/bash
export RESTIC_REPOSITORY="b2:grooveyard-backup:/restic"
export B2_ACCOUNT_ID="005@@kid@@"
export B2_ACCOUNT_KEY="$(cat /root/.b2key)"
export RESTIC_PASSWORD="@@secret@@"
restic backup /srv/sessions --exclude '*.tmp' --tag nightly
restic forget --keep-daily 7 --keep-weekly 4 --prune
""", passphrase(), kid=hexs(21))

add("json/vscode-sftp-password", ".vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
  "name": "bluebarn website",
  "host": "ssh.strato.de",
  "protocol": "sftp",
  "port": 22,
  "username": "bluebarn-rehearsal.de",
  "password": "@@secret@@",
  "remotePath": "/htdocs",
  "uploadOnSave": true
}
""", rand_pw(14))

add("xml/filezilla-password", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.lodgemastering.example.net</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>tapehouse</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Lodge Mastering</Name>
    </Server>
  </Servers>
</FileZilla3>
""", (s := words_pw()), enc=b64(s))

add("k8s-secret/github-token-dockerconfigjson", "k8s/registry/pull-secret.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", """
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: studio
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@enc@@
""", (s := fakes.github_token(_seed())), enc=b64('{"auths":{"ghcr.io":{"username":"soundhaus-ci","password":"' + s + '"}}}'))

add("json/docker-config-auth", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/", """
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "@@secret@@"
    }
  },
  "credsStore": ""
}
""", b64("gitlab-ci-token:" + gitlab_token()))

add("properties/gradle-publish-password", "android/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """
org.gradle.jvmargs=-Xmx2048m
android.useAndroidX=true
kotlin.code.style=official
studioNexusUser=android-ci
studioNexusPassword=@@secret@@
signing.keyAlias=grooveyard
""", words_pw())

add("properties/keystore-password", "android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
storeFile=../release/grooveyard.jks
storePassword=@@secret@@
keyAlias=grooveyard
keyPassword=@@secret@@
""" + "# generated 2023-04-11 by mara\n", rand_pw(16))

add("env/apple-app-specific-password", "ios/fastlane/.env.default", "https://docs.fastlane.tools/best-practices/continuous-integration/", """
FASTLANE_USER=ios@tapehouse-studios.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@@secret@@
MATCH_GIT_URL=git@github.com:tapehouse/certificates.git
APP_IDENTIFIER=com.tapehouse.remote
FASTLANE_SKIP_UPDATE_CHECK=1
""", "-".join(fakes.drawn(_seed(), 16, string.ascii_lowercase)[i:i + 4] for i in range(0, 16, 4)))

add("ruby/match-password", "ios/fastlane/Matchfile", "https://docs.fastlane.tools/actions/match/", """
git_url("git@github.com:tapehouse/certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["com.tapehouse.remote"])
username("ios@tapehouse-studios.com")
ENV["MATCH_PASSWORD"] = "@@secret@@"
""", passphrase())

add("csharp/stripe-secret-key", "src/Studio.Billing/StripeSetup.cs", "https://docs.stripe.com/api/authentication?lang=dotnet", """
using Stripe;

namespace Studio.Billing;

public static class StripeSetup
{
    public static void Configure()
    {
        StripeConfiguration.ApiKey = "@@secret@@";
        StripeConfiguration.MaxNetworkRetries = 2;
    }
}
""", stripe_key())

add("java/paypal-client-secret", "src/main/java/studio/pay/PayPalConfig.java", "https://developer.paypal.com/api/rest/authentication/", """
package studio.pay;

public final class PayPalConfig {
    public static final String MODE = "live";
    public static final String CLIENT_ID = "A@@cid@@";
    public static final String CLIENT_SECRET = "@@secret@@";

    private PayPalConfig() {}
}
""", "E" + paypal_secret()[:79], cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("typescript/sumup-api-key", "pos/src/sumup.ts", "https://developer.sumup.com/api", """
// bar + gear rental card reader at the front desk
const SUMUP_API_KEY = "sup_sk_@@secret@@";

export async function createCheckout(amountEur: number, ref: string) {
  const r = await fetch("https://api.sumup.com/v0.1/checkouts", {
    method: "POST",
    headers: { Authorization: `Bearer ${SUMUP_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({ amount: amountEur, currency: "EUR", checkout_reference: ref, merchant_code: "MCXQ7PZ2" }),
  });
  return r.json();
}
""", fakes.drawn_mixed(_seed(), 32))

add("php/mollie-api-key", "app/Services/MolliePayments.php", "https://docs.mollie.com/reference/authentication", """
<?php

namespace App\\Services;

use Mollie\\Api\\MollieApiClient;

class MolliePayments
{
    public static function client(): MollieApiClient
    {
        $mollie = new MollieApiClient();
        $mollie->setApiKey('live_@@secret@@');
        return $mollie;
    }
}
""", fakes.drawn_mixed(_seed(), 30))

add("env/calendly-token", "booking-bridge/.env", "https://developer.calendly.com/personal-access-tokens", """
CALENDLY_ORG=https://api.calendly.com/organizations/@@org@@
CALENDLY_TOKEN=@@secret@@
ROOM_EVENT_TYPES=room-a,room-b,drum-room
SYNC_TO=google
""" + "LOG_LEVEL=debug\n", jwt_like('"iss":"https://auth.calendly.com","scope":"default","user_uuid":"' + uuid_s() + '"'), org=fakes.drawn(_seed(), 16, string.ascii_uppercase))

add("go/pushover-token", "cmd/upswatch/notify.go", "https://pushover.net/api", """
package main

import (
	"net/http"
	"net/url"
)

const (
	pushoverToken = "@@secret@@"
	pushoverUser  = "@@user@@"
)

func alert(msg string) error {
	_, err := http.PostForm("https://api.pushover.net/1/messages.json", url.Values{
		"token": {pushoverToken}, "user": {pushoverUser}, "message": {msg}, "title": {"Machine room UPS"},
	})
	return err
}
""", fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits), user=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("python/sentry-auth-token", "tools/upload_sourcemaps.py", "https://docs.sentry.io/api/auth/", """
import subprocess

SENTRY_AUTH_TOKEN = "sntrys_@@secret@@"

subprocess.run(
    ["sentry-cli", "sourcemaps", "upload", "--org", "tapehouse", "--project", "booking-widget", "dist/"],
    env={"SENTRY_AUTH_TOKEN": SENTRY_AUTH_TOKEN, "PATH": "/usr/local/bin:/usr/bin"},
    check=True,
)
""", fakes.drawn_mixed(_seed(), 120))

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
api_key: @@secret@@
site: datadoghq.eu
hostname: machine-room-01
tags:
  - env:prod
  - site:rehearsal-building
logs_enabled: true
""", hexs(32))

add("ini/odbc-password", "ops/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[BillingDB]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:studio-billing.database.windows.net,1433
Database = billing
UID = reports
PWD = @@secret@@
Encrypt = yes
""", words_pw())

add("csv/shared-credentials", "exports/vendor_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
vendor,login_url,username,password,owner,notes
Splice,https://splice.com/login,studio@grooveyard.studio,(1Password),mara,
Sweetwater,https://www.sweetwater.com/account,orders@grooveyard.studio,(1Password),tom,
Thomann,https://www.thomann.de/intl/mythomann.html,orders@grooveyard.studio,@@secret@@,tom,gear orders
Avid,https://my.avid.com,it@grooveyard.studio,(1Password),mara,Pro Tools seats
""", words_pw())

add("markdown/telegram-bot-token", "bots/README.md", "https://core.telegram.org/bots/features#botfather", """
# Room status bot

`/free` answers with the rooms free right now, from the booking calendar.

Run locally:

```bash
export BOT_TOKEN=@@secret@@
python room_status_bot.py
```

The bot is `@TapehouseRoomsBot`; BotFather access is with Mara.
""", fakes.telegram_token(_seed()))

add("log/github-token", "logs/ci-mirror-presets-4411.log", "https://docs.github.com/en/actions/monitoring-and-troubleshooting-workflows/using-workflow-run-logs", """
2024-11-21T03:00:04.1120Z ##[group]Run git clone
2024-11-21T03:00:04.1121Z + git clone https://x-access-token:@@secret@@@github.com/tapehouse/plugin-presets.git
2024-11-21T03:00:04.8833Z Cloning into 'plugin-presets'...
2024-11-21T03:00:06.0021Z + ./export_presets.sh
2024-11-21T03:00:09.7710Z exported 212 presets
""", fakes.github_token(_seed()))

add("typescript/discord-webhook", "portal/src/notify/discord.ts", "https://discord.com/developers/docs/resources/webhook", """
const DISCORD_WEBHOOK =
  "@@secret@@";

export async function announceOpenSlot(room: string, when: string) {
  await fetch(DISCORD_WEBHOOK, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ content: `Last-minute slot: **${room}** ${when}, 20% off` }),
  });
}
""", discord_webhook())

add("python/private-key", "door_sync/signing.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", """
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

# signs door-code payloads for the lock bridge
SIGNING_KEY_PEM = b\"\"\"@@secret@@\"\"\"

_key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)


def sign(payload: bytes) -> bytes:
    return _key.sign(payload, ec.ECDSA(hashes.SHA256()))
""", pem("EC"))

# ---------------------------------------------------------------------------------------------
# Decoys, third group
# ---------------------------------------------------------------------------------------------

add("yaml/decoy-helm-secret-ref", "deploy/booking/templates/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking
spec:
  template:
    spec:
      containers:
        - name: booking
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: booking-stripe, key: STRIPE_SECRET_KEY }
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: booking-db, key: password }
""")

add("k8s-secret/decoy-empty-template", "k8s/notifier/smtp.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
# fill with: kubectl create secret generic notifier-smtp --from-literal=SMTP_PASSWORD=... --dry-run=client -o yaml
apiVersion: v1
kind: Secret
metadata:
  name: notifier-smtp
type: Opaque
stringData:
  SMTP_HOST: smtp.eu.mailgun.org
  SMTP_USER: postmaster@mg.grooveyard.studio
  SMTP_PASSWORD: "<set-me>"
""")

add("python/decoy-public-key", "door_sync/verify.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#cryptography.hazmat.primitives.serialization.load_pem_public_key", """
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

# public half of the door-code signing key: the lock bridge only verifies
VERIFY_KEY_PEM = b\"\"\"-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@pk1@@
@@pk2@@==
-----END PUBLIC KEY-----\"\"\"

_key = serialization.load_pem_public_key(VERIFY_KEY_PEM)


def verify(payload: bytes, sig: bytes) -> None:
    _key.verify(sig, payload, ec.ECDSA(hashes.SHA256()))
""", pk1=fakes.drawn(_seed(), 28, ALNUM + "+/"), pk2=fakes.drawn(_seed(), 58, ALNUM + "+/"))

add("markdown/decoy-ssh-known-hosts", "docs/runbooks/pressing-plant-sftp.md", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """
# Pressing plant SFTP

Host: `sftp.pressplant.example.cz`, user `kellerstudio`, password in 1Password ("Pressing plant SFTP").

Verify the host key on first connect; it must match:

```
sftp.pressplant.example.cz ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@hk@@
```

Upload DDP images into `upload/kellerstudio`, then email orders@ with the catalogue number.
""", hk=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("env/decoy-local-dev-defaults", "docker/dev.env", "https://hub.docker.com/_/postgres", """
# local docker dev only - these containers never leave your laptop
POSTGRES_DB=bookings
POSTGRES_USER=postgres
POSTGRES_PASSWORD=postgres
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_placeholder
MAIL_BACKEND=console
""")

add("python/decoy-isrc-upc-codes", "releases/metadata.py", "https://isrc.ifpi.org/en/isrc-standard/code-syntax", """
from dataclasses import dataclass


@dataclass
class Track:
    title: str
    isrc: str
    duration_s: int


EP_2024 = {
    "upc": "198765432104",
    "tracks": [
        Track("Intro", "DEK442400101", 94),
        Track("Overdrive", "DEK442400102", 231),
        Track("Reamp", "DEK442400103", 207),
    ],
}
""")

add("json/decoy-google-calendar-ids", "config/calendars.json", "https://developers.google.com/calendar/api/concepts/events-calendars", """
{
  "Room A": "c_@@c1@@@group.calendar.google.com",
  "Room B": "c_@@c2@@@group.calendar.google.com",
  "Drum Room": "c_@@c3@@@group.calendar.google.com",
  "Live Room": "c_@@c4@@@group.calendar.google.com",
  "timezone": "Europe/Berlin"
}
""", c1=hexs(52), c2=hexs(52), c3=hexs(52), c4=hexs(52))

add("log/decoy-stripe-ids", "logs/payouts-2024-10.log", "https://docs.stripe.com/api/payouts/object", """
2024-10-01 06:00:02 payout po_@@p1@@ amount=4312.50 EUR arrival=2024-10-03 status=paid
2024-10-08 06:00:01 payout po_@@p2@@ amount=3890.00 EUR arrival=2024-10-10 status=paid
2024-10-15 06:00:03 payout po_@@p3@@ amount=5120.25 EUR arrival=2024-10-17 status=paid
2024-10-15 06:00:03 balance_transaction txn_@@t1@@ fee=1.40 EUR
2024-10-22 06:00:02 payout po_@@p4@@ amount=2977.75 EUR arrival=2024-10-24 status=in_transit
""", p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24), p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24), t1=fakes.drawn(_seed(), 24))

add("shell/decoy-op-cli", "scripts/load_env_from_1password.sh", "https://developer.1password.com/docs/cli/secret-references/", """
#!/bin/bash
# fill the booking .env from 1Password secret references
export STRIPE_SECRET_KEY="$(op read 'op://Studio/Stripe live/secret key')"
export DATABASE_URL="$(op read 'op://Studio/Bookings DB/connection string')"
export SENDGRID_API_KEY="$(op read 'op://Studio/SendGrid/credential')"
exec "$@"
""")

add("env/decoy-1password-references", "booking-api/.env.tpl", "https://developer.1password.com/docs/cli/secrets-template-syntax/", """
APP_ENV=production
PORT=8080
DATABASE_URL=op://Studio/Bookings DB/connection string
STRIPE_SECRET_KEY=op://Studio/Stripe live/secret key
STRIPE_WEBHOOK_SECRET=op://Studio/Stripe live/webhook secret
DEPOSIT_PERCENT=30
""")

add("ini/decoy-rclone-env-auth", "tools/rclone/rclone.conf.example", "https://rclone.org/s3/", """
[wasabi-archive]
type = s3
provider = Wasabi
env_auth = true
region = eu-central-1
endpoint = s3.eu-central-1.wasabisys.com
acl = private
""")

add("powershell/decoy-secret-management", "scripts/Upload-Masters.v2.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# credentials from the local SecretStore vault, never in the script
$cred = Get-Secret -Name LodgeMasteringFtp -Vault StudioVault
$ftpHost = "ftp://ftp.lodgemastering.example.net/incoming/"
$client = New-Object System.Net.WebClient
$client.Credentials = $cred.GetNetworkCredential()
Get-ChildItem "D:\\Masters\\Ready" -Filter *.wav | ForEach-Object {
    $client.UploadFile($ftpHost + $_.Name, $_.FullName)
}
""")

add("json/decoy-config-binding", "src/Studio.Billing/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Billing": "Server=localhost;Database=billing;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Stripe": { "ApiKey": "" },
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Invoices": { "Prefix": "RS", "DueDays": 14 }
}
""")

add("java/decoy-annotation-value", "src/main/java/studio/pay/PayPalProps.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package studio.pay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class PayPalProps {
    @Value("${paypal.client-id}")
    private String clientId;

    @Value("${paypal.client-secret}")
    private String clientSecret;

    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
}
""")

add("kotlin/decoy-buildconfig", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    namespace = "com.grooveyard.app"
    defaultConfig {
        applicationId = "com.grooveyard.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "3.2.0"
        buildConfigField("String", "BOOKING_API_KEY", "\\"${System.getenv("BOOKING_API_KEY") ?: ""}\\"")
    }
}
""")

add("rust/decoy-env-var", "src/bin/room_sensor_v2.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

fn credentials() -> (String, String) {
    let user = env::var("SENSOR_USER").unwrap_or_else(|_| "room-sensor".into());
    let pass = env::var("SENSOR_PASS").expect("SENSOR_PASS must be set (see /etc/room-sensor.env)");
    (user, pass)
}

fn main() {
    let (user, _pass) = credentials();
    println!("sensor starting as {user}");
}
""")

add("sql/decoy-schema", "db/migrations/0003_integrations.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
CREATE TABLE integrations (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    base_url    text NOT NULL,
    api_key     text,            -- encrypted with pgp_sym_encrypt, key from KMS
    secret_ref  text,            -- e.g. 'vault:secret/door/kisi'
    enabled     boolean NOT NULL DEFAULT false,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
""")

add("markdown/decoy-rotated-note", "docs/security/key-rotation-log.md", "https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html", """
# Key rotation log

| Date | Key | Old (last 4) | Where now | By |
|------|-----|--------------|-----------|----|
| 2024-03-02 | Stripe live secret | ...9fQa | Vault `secret/booking/stripe` | Mara |
| 2024-06-18 | SendGrid | ...x1Lw | Vault `secret/notifier/sendgrid` | Tom |
| 2024-08-12 | Stripe live secret | ...Zk2P | Vault `secret/booking/stripe` | Mara |
| 2024-10-30 | Kisi API | ...c03e | Vault `secret/door/kisi` | Jonas |
""")

add("yaml/decoy-prometheus-config", "ops/monitoring/prometheus.yml", "https://prometheus.io/docs/prometheus/latest/configuration/configuration/", """
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: booking
    static_configs:
      - targets: ["booking.studio.svc:8080"]
  - job_name: snmp-ups
    metrics_path: /snmp
    params:
      module: [apcups]
    static_configs:
      - targets: ["10.20.0.40"]
""")

add("ini/decoy-samba-share", "ops/samba/smb.conf", "https://www.samba.org/samba/docs/current/man-html/smb.conf.5.html", """
[global]
   workgroup = STUDIO
   security = user
   passdb backend = tdbsam
   map to guest = never

[sessions]
   path = /srv/sessions
   valid users = @engineers
   read only = no
   create mask = 0664
""")

add("dockerfile/decoy-arg-no-default", "services/transcribe/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG APP_VERSION=0.0.0
LABEL org.opencontainers.image.version=$APP_VERSION
RUN apt-get update && apt-get install -y --no-install-recommends ffmpeg && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY . .
RUN pip install --no-cache-dir .
# OPENAI_API_KEY is injected at runtime from the task definition secret
CMD ["python", "-m", "transcribe.worker"]
""")

add("html/decoy-analytics-ids", "web/site/_includes/head.html", "https://developers.google.com/analytics/devguides/collection/gtagjs", """
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@');
</script>
<meta name="facebook-domain-verification" content="@@fb@@" />
""", ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), fb=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("python/decoy-hmac-docstring", "rooms/payments/verify.py", "https://docs.stripe.com/webhooks#verify-manually", """
import hmac
from hashlib import sha256


def verify(payload: bytes, header: str, secret: str) -> bool:
    \"\"\"Check a Stripe-Signature header, e.g. 't=1730538102,v1=@@sig@@'.\"\"\"
    parts = dict(p.split("=", 1) for p in header.split(","))
    expected = hmac.new(secret.encode(), parts["t"].encode() + b"." + payload, sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("v1", ""))
""", sig=hexs(64))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/dependabot-options-reference", """
version: 2
registries:
  studio-npm:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{ secrets.NPM_READ_TOKEN }}
updates:
  - package-ecosystem: npm
    directory: /web/booking-widget
    registries: [studio-npm]
    schedule: { interval: weekly }
""")

add("csv/decoy-door-log", "exports/door-events-2024-11-01.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
timestamp,lock,event,booking_id,user_hash
2024-11-01T18:58:12Z,Room B,unlock,@@b1@@,@@h1@@
2024-11-01T19:02:40Z,Drum Room,unlock,@@b2@@,@@h2@@
2024-11-01T22:01:05Z,Room B,lock,@@b1@@,@@h1@@
2024-11-01T23:15:44Z,Drum Room,denied,,@@h3@@
""", b1=uuid_s(), b2=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("json/decoy-sentry-dsn", "web/booking-widget/sentry.config.json", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
{
  "dsn": "https://@@pub@@@o450113.ingest.sentry.io/5541211",
  "environment": "production",
  "tracesSampleRate": 0.1,
  "release": "booking-widget@1.8.0"
}
""", pub=hexs(32))

add("markdown/decoy-example-config", "bots/gearbot/README.md", "https://discord.com/developers/docs/quick-start/getting-started", """
# gearbot

Reports broken gear from the rooms' Discord channels.

`config.json`:

```json
{ "prefix": "!", "token": "YOUR_BOT_TOKEN", "guildId": "YOUR_GUILD_ID" }
```

The real config is on the ops box only. Never paste the token in a channel.
""")

add("ruby/decoy-env-fetch", "config/initializers/mailchimp_prod.rb", "https://ruby-doc.org/core/ENV.html#method-c-fetch", """
require "MailchimpMarketing"

module Newsletter
  CLIENT = MailchimpMarketing::Client.new
  CLIENT.set_config(api_key: ENV.fetch("MAILCHIMP_API_KEY"), server: ENV.fetch("MAILCHIMP_SERVER", "us21"))
  LIST_ID = "4c9e7a1b2d"
end
""")

add("go/decoy-test-token", "internal/sms/twilio_test.go", "https://pkg.go.dev/net/http/httptest", """
package sms

import "testing"

const fakeAuthToken = "test-token-not-real"

func TestSendBuildsForm(t *testing.T) {
	srv := newFakeTwilio(t, fakeAuthToken)
	defer srv.Close()
	if _, err := sendTo(srv.URL, "+4915550001", "hi"); err != nil {
		t.Fatal(err)
	}
}
""")
# ---- END OF CASES ----
