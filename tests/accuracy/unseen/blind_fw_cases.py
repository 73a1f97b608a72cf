"""Blind set FW: dance schools.

Class enrolment and term billing, recital ticketing, video uploads of routines, parent portals,
SMS and email reminders, studio management software and the small networks of the studios
themselves, as dance-school teams and their contractors commit them; and decoys.
Generated fakes only (seeds 2100000-2109999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SET = "blind-fw"
SEED_LO, SEED_HI = 2100000, 2109999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
DIGITS = string.digits
LOWERNUM = string.ascii_lowercase + string.digits
UPPERNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
BCRYPT = "./" + ALNUM

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI, "seed out of the fw range"
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def token(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters; of an alphabet with both cases and digits, one that holds all three (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(30):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if not set(ALNUM) <= set(alphabet):
            break
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(DIGITS) for _ in range(n - 1))


def uuid4() -> str:
    return fakes.uuid4(_seed())


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


DANCE = ["Pirouette", "Arabesque", "Plie", "Tendu", "Jete", "Chasse", "Releve", "Fouette", "Sissonne",
         "Pointe", "Encore", "Recital", "Tango", "Foxtrot", "Salsa", "Shuffle", "Waltz", "Ballonne"]
OTHER = ["Harbour", "Sunflower", "Maple", "Copper", "Velvet", "Ribbon", "Lantern", "Marigold", "Sparrow",
         "Juniper", "Cobalt", "Meadow", "Bramble", "Thistle", "Saffron", "Kestrel"]
LOWER = ["velvet", "encore", "tango", "ribbon", "sequin", "spotlight", "rosin", "barre", "curtain", "glitter",
         "rhythm", "marley", "leotard", "tights", "stage", "wings", "bourree", "finale"]
NAMES = ["Isla", "Poppy", "Freya", "Maisie", "Olivia", "Ruby", "Harper", "Matilda", "Ava", "Elodie", "Niamh", "Saoirse"]


def word_pw() -> str:
    r = _rng()
    return r.choice(DANCE) + r.choice("!#$%*@&") + r.choice(OTHER) + str(r.randint(10, 9999))


def person_pw() -> str:
    r = _rng()
    form = r.randint(0, 2)
    if form == 0:
        return r.choice(NAMES) + r.choice(["2015", "2017", "2019", "0812", "1104"]) + r.choice("!?#$") + r.choice(DANCE).lower()
    if form == 1:
        return r.choice(OTHER) + r.choice(DANCE) + str(r.randint(100, 999)) + r.choice("!#$")
    return r.choice(DANCE).lower() + r.choice("-_.") + r.choice(NAMES) + str(r.randint(1990, 2024)) + r.choice("!*")


def phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return token(n, ALNUM + extra)


def app_password() -> str:
    r = _rng()
    return "".join(r.choice(string.ascii_lowercase) for _ in range(16))


def stripe_key(prefix: str = "sk_live_", long: bool = True) -> str:
    return prefix + ("51" + token(97) if long else token(24))


def sendgrid_key() -> str:
    return "SG." + token(22, URLSAFE) + "." + token(43, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPERNUM) + "/B" + chars(10, UPPERNUM) + "/"
            + token(24))


def jwt(payload: dict, signature_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{token(signature_len, URLSAFE)}"


def pem(label: str = "RSA PRIVATE KEY", lines: int = 12, head: str = "MIIEowIBAAKCAQEA", width: int = 64) -> str:
    r = _rng()
    body = head + "".join(r.choice(B64) for _ in range(lines * width - len(head) - 12))
    tail = "".join(r.choice(B64) for _ in range(10)) + "=="
    text = body + tail
    rows = [text[i:i + width] for i in range(0, len(text), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", lines=7, head="b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", width=70)


def public_cert(label: str = "CERTIFICATE", lines: int = 14) -> str:
    return pem(label, lines=lines, head="MIIDdzCCAl+gAwIBAgIU")


def bcrypt_hash(cost: str = "12", prefix: str = "2b") -> str:
    return f"${prefix}${cost}$" + chars(53, BCRYPT)


def indent(block: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in block.splitlines())


def T(template: str, **values: str) -> str:
    """The file: `template` without its first newline, each @@NAME@@ replaced."""
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, text[:120]
    return text


def sec(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    assert secret and not kind.startswith("decoy")
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def dec(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{kind}", file_name, text, None, source))


# ---------------------------------------------------------------------------------------------
# Secrets: term billing and payments
# ---------------------------------------------------------------------------------------------

k = stripe_key()
sec("env", "stripe-secret-key", "billing-worker/.env.production", T(r"""
# Term billing worker - Footlights Dance Centre (production)
# Loaded by systemd EnvironmentFile=, see deploy/billing-worker.service
NODE_ENV=production
TZ=Europe/London
LOG_LEVEL=info

# Billing calendar
BILLING_RUN_DAY=1
TERM_CALENDAR_URL=https://portal.footlightsdance.co.uk/api/v1/terms
SIBLING_DISCOUNT_PERCENT=10
LATE_FEE_PENCE=500
INVOICE_DAYS_UNTIL_DUE=14

# Stripe
STRIPE_SECRET_KEY=@@K@@
STRIPE_API_VERSION=2023-10-16
STRIPE_ACCOUNT_COUNTRY=GB

QUEUE_URL=redis://billing-queue.internal:6379/2
""", K=k), k, "https://docs.stripe.com/keys")

k = stripe_key("rk_live_")
sec("python", "stripe-restricted-key", "billing/term_invoices.py", T(r'''
"""Raise the termly invoices for every active enrolment (run by cron on the 1st)."""
import logging

import stripe

from studio.models import Enrolment, Term

log = logging.getLogger(__name__)

# restricted key: invoices + customers write, everything else none
stripe.api_key = "@@K@@"
stripe.max_network_retries = 2


def invoice_term(term: Term) -> int:
    raised = 0
    families = {}
    for enrolment in Enrolment.objects.filter(term=term, status="active").select_related("family", "dancer"):
        family = enrolment.family
        stripe.InvoiceItem.create(
            customer=family.stripe_customer_id,
            amount=enrolment.fee_pence,
            currency="gbp",
            description=f"{term.name}: {enrolment.class_name} ({enrolment.dancer.first_name})",
        )
        families[family.pk] = family
    for family in families.values():
        invoice = stripe.Invoice.create(
            customer=family.stripe_customer_id,
            collection_method="send_invoice",
            days_until_due=14,
            metadata={"term": term.code},
        )
        stripe.Invoice.finalize_invoice(invoice.id)
        raised += 1
    log.info("raised %d invoices for %s", raised, term.code)
    return raised
''', K=k), k, "https://docs.stripe.com/keys#limit-access")

k = "whsec_" + token(32)
sec("js", "stripe-webhook-secret", "api/routes/stripeWebhook.js", T(r"""
const express = require('express');
const Stripe = require('stripe');
const { markTermPaid, flagFailedPayment } = require('../services/billing');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '@@K@@';

const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.warn(`Webhook signature verification failed: ${err.message}`);
    return res.sendStatus(400);
  }

  switch (event.type) {
    case 'invoice.paid':
      await markTermPaid(event.data.object.metadata.family_id, event.data.object.id);
      break;
    case 'invoice.payment_failed':
      await flagFailedPayment(event.data.object.customer);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
""", K=k), k, "https://docs.stripe.com/webhooks#verify-official-libraries")

p = word_pw()
sec("php", "wordpress-db-password", "site/wp-config.php", T(r"""
<?php
/**
 * WordPress configuration - silverslipperdance.com
 */

// ** Database settings ** //
define( 'DB_NAME', 'silverslipper_wp' );
define( 'DB_USER', 'ss_wpuser' );
define( 'DB_PASSWORD', '@@P@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Authentication unique keys and salts: kept in wp-salts.php (not in git) */
require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'ssd_';

define( 'WP_DEBUG', false );
define( 'WP_MEMORY_LIMIT', '256M' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

/* Class timetable plugin */
define( 'DSTT_TIMETABLE_PAGE', 'timetable' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", P=p), p, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

sid, k, mg = "AC" + hexs(32), hexs(32), "MG" + hexs(32)
sec("yaml", "twilio-auth-token", "config/sms.yml", T(r"""
# SMS reminders for class changes and recital call times
default: &default
  provider: twilio
  account_sid: @@SID@@
  auth_token: @@K@@
  from: "+447700900123"
  messaging_service_sid: @@MG@@
  quiet_hours:
    start: "21:00"
    end: "08:00"
  templates:
    class_cancelled: "Hi %{parent}, %{class} on %{date} is cancelled. Sorry! - Tapworks"
    recital_call_time: "Reminder: %{dancer} needs to be at %{venue} by %{time}."

production:
  <<: *default

development:
  <<: *default
  deliver: false
""", SID=sid, K=k, MG=mg), k, "https://www.twilio.com/docs/iam/credentials/api")

sid, ksid, k, mg = "AC" + hexs(32), "SK" + hexs(32), token(32), "MG" + hexs(32)
sec("ruby", "twilio-api-key-secret", "app/services/class_reminder_sms.rb", T(r"""
# frozen_string_literal: true

require "twilio-ruby"

class ClassReminderSms
  ACCOUNT_SID = "@@SID@@"
  API_KEY_SID = "@@KSID@@"
  API_KEY_SECRET = "@@K@@"
  MESSAGING_SERVICE = "@@MG@@"

  def initialize(client: Twilio::REST::Client.new(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID))
    @client = client
  end

  def deliver(enrolment, lesson)
    guardian = enrolment.primary_guardian
    return if guardian.sms_opt_out?

    @client.messages.create(
      messaging_service_sid: MESSAGING_SERVICE,
      to: guardian.mobile_e164,
      body: "#{enrolment.dancer.first_name}'s #{lesson.class_name} class is tomorrow at " \
            "#{lesson.starts_at.strftime('%-l:%M%P')} in #{lesson.studio_room}. Reply STOP to opt out."
    )
  end
end
""", SID=sid, KSID=ksid, K=k, MG=mg), k, "https://www.twilio.com/docs/iam/api-keys")

k = sendgrid_key()
sec("env", "sendgrid-api-key", "parent-portal/deploy/portal.env", T(r"""
PORTAL_BASE_URL=https://parents.rhythmandgrace.com.au
SESSION_COOKIE_SECURE=true
MAIL_DRIVER=sendgrid
MAIL_FROM_ADDRESS=office@rhythmandgrace.com.au
MAIL_FROM_NAME="Rhythm & Grace Dance Studio"
SENDGRID_API_KEY=@@K@@
SENDGRID_TEMPLATE_WELCOME=d-@@T1@@
SENDGRID_TEMPLATE_TERM_STATEMENT=d-@@T2@@
SMS_ENABLED=false
UPLOAD_MAX_MB=500
""", K=k, T1=hexs(32), T2=hexs(32)), k, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys")

k = "key-" + hexs(32)
sec("python", "mailgun-api-key", "notify/email.py", T(r"""
import os

import requests

MAILGUN_DOMAIN = "mg.barrenonedance.com"
MAILGUN_API_KEY = "@@K@@"
FROM = "Barre None Dance Co <office@barrenonedance.com>"


def send_term_statement(family, pdf_path):
    with open(pdf_path, "rb") as pdf:
        response = requests.post(
            f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
            auth=("api", MAILGUN_API_KEY),
            files=[("attachment", (os.path.basename(pdf_path), pdf, "application/pdf"))],
            data={
                "from": FROM,
                "to": family.billing_email,
                "subject": "Your autumn term statement",
                "template": "term-statement",
                "h:X-Mailgun-Variables": '{"family": "%s"}' % family.surname,
            },
            timeout=20,
        )
    response.raise_for_status()
    return response.json()["id"]
""", K=k), k, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication")

k = hexs(32) + "-us14"
sec("js", "mailchimp-api-key", "scripts/sync-newsletter.mjs", T(r"""
#!/usr/bin/env node
// Sync enrolled families into the Mailchimp newsletter audience, tagged by class.
import mailchimp from '@mailchimp/mailchimp_marketing';
import crypto from 'node:crypto';
import { listActiveFamilies } from '../lib/portal-db.js';

mailchimp.setConfig({
  apiKey: '@@K@@',
  server: 'us14',
});

const AUDIENCE_ID = '@@A@@';

for (const family of await listActiveFamilies()) {
  const hash = crypto.createHash('md5').update(family.email.toLowerCase()).digest('hex');
  await mailchimp.lists.setListMember(AUDIENCE_ID, hash, {
    email_address: family.email,
    status_if_new: 'subscribed',
    merge_fields: { FNAME: family.firstName, LNAME: family.lastName },
  });
  await mailchimp.lists.updateListMemberTags(AUDIENCE_ID, hash, {
    tags: family.classes.map((name) => ({ name, status: 'active' })),
  });
}
console.log('newsletter sync done');
""", K=k, A=hexs(10)), k, "https://mailchimp.com/developer/marketing/guides/quick-start/")

k = uuid4()
sec("json", "postmark-server-token", "src/Studio.Portal/appsettings.Production.json", T(r"""
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*",
  "Portal": {
    "StudioName": "Pointe Blank Dance Academy",
    "TermStatementDay": 3
  },
  "Postmark": {
    "ServerToken": "@@K@@",
    "MessageStream": "outbound",
    "FromAddress": "hello@pointeblankdance.com"
  },
  "Storage": {
    "RoutineVideosContainer": "routine-videos"
  }
}
""", K=k), k, "https://postmarkapp.com/developer/api/overview#authentication")

p = person_pw()
sec("csharp", "smtp-password", "src/Studio.Portal/Services/EmailSender.cs", T(r"""
using System.Net;
using System.Net.Mail;
using System.Threading.Tasks;

namespace Studio.Portal.Services
{
    public class EmailSender : IEmailSender
    {
        private const string Host = "smtp.office365.com";
        private const string User = "frontdesk@pointeblankdance.com";

        public async Task SendAsync(string to, string subject, string htmlBody)
        {
            using var client = new SmtpClient(Host, 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential(User, "@@P@@")
            };
            using var message = new MailMessage(User, to, subject, htmlBody) { IsBodyHtml = true };
            await client.SendMailAsync(message);
        }
    }
}
""", P=p), p, "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential")

# ---------------------------------------------------------------------------------------------
# Secrets: routine videos
# ---------------------------------------------------------------------------------------------

k = hexs(32)
sec("yaml", "vimeo-access-token", "video/vimeo.yml", T(r"""
# Routine video uploads -> one Vimeo folder per class (unlisted, parents get the link)
vimeo:
  client_id: @@CID@@
  access_token: @@K@@
  folder_uri: /users/@@U@@/projects/@@F@@
  privacy:
    view: unlisted
    embed: whitelist
    download: false
  embed_domains:
    - parents.silverslipperdance.com
upload:
  watch_dir: /srv/routines/incoming
  chunk_size_mb: 128
  transcode_wait_minutes: 20
notify:
  email_teachers: true
""", CID=hexs(40), K=k, U=digits(9), F=digits(8)), k, "https://developer.vimeo.com/api/authentication")

k = "GOCSPX-" + token(28, URLSAFE)
sec("json", "google-oauth-client-secret", "uploader/client_secret.json", T(r"""
{
  "installed": {
    "client_id": "@@CID@@.apps.googleusercontent.com",
    "project_id": "tapworks-recital-uploads",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@K@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", CID=digits(12) + "-" + chars(32, LOWERNUM), K=k), k, "https://developers.google.com/youtube/v3/guides/uploading_a_video")

k = "1//0" + chars(1, "abcdefgh") + token(98, URLSAFE)
sec("python", "google-refresh-token", "uploader/upload_routines.py", T(r'''
"""Upload last night's recital routines to the studio's unlisted YouTube playlist."""
import os
import pathlib

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
from googleapiclient.http import MediaFileUpload

PLAYLIST_ID = "PL@@PL@@"
CREDS = Credentials(
    token=None,
    refresh_token="@@K@@",
    client_id=os.environ["YT_CLIENT_ID"],
    client_secret=os.environ["YT_CLIENT_SECRET"],
    token_uri="https://oauth2.googleapis.com/token",
    scopes=["https://www.googleapis.com/auth/youtube.upload"],
)


def upload(path: pathlib.Path, youtube) -> str:
    body = {
        "snippet": {"title": path.stem.replace("_", " "), "categoryId": "24"},
        "status": {"privacyStatus": "unlisted", "selfDeclaredMadeForKids": True},
    }
    request = youtube.videos().insert(part="snippet,status", body=body,
                                      media_body=MediaFileUpload(str(path), chunksize=-1, resumable=True))
    response = request.execute()
    youtube.playlistItems().insert(part="snippet", body={"snippet": {
        "playlistId": PLAYLIST_ID, "resourceId": {"kind": "youtube#video", "videoId": response["id"]}}}).execute()
    return response["id"]


if __name__ == "__main__":
    yt = build("youtube", "v3", credentials=CREDS)
    for clip in sorted(pathlib.Path("/srv/recital/exports").glob("*.mp4")):
        print(clip.name, upload(clip, yt))
''', PL=token(32, URLSAFE), K=k), k, "https://developers.google.com/identity/protocols/oauth2/native-app")

tid, k = uuid4(), token(75, B64)
sec("env", "mux-token-secret", "video-service/.env", T(r"""
PORT=8080
LOG_FORMAT=json
MUX_TOKEN_ID=@@TID@@
MUX_TOKEN_SECRET=@@K@@
MUX_PLAYBACK_POLICY=signed
MUX_MAX_RESOLUTION=1080p
ROUTINE_RETENTION_DAYS=400
DATABASE_URL=postgres://video@db.internal:5432/videos?sslmode=require
""", TID=tid, K=k), k, "https://docs.mux.com/core/make-api-requests#http-basic-auth")

ck, k = digits(15), token(27, URLSAFE)
sec("js", "cloudinary-api-secret", "lib/cloudinary.js", T(r"""
// lib/cloudinary.js - costume photos and rehearsal clips
const cloudinary = require('cloudinary').v2;

cloudinary.config({
  cloud_name: 'footlights-dance',
  api_key: '@@CK@@',
  api_secret: '@@K@@',
  secure: true,
});

async function uploadCostumePhoto(localPath, recital, className) {
  return cloudinary.uploader.upload(localPath, {
    folder: `recitals/${recital}/costumes/${className}`,
    resource_type: 'image',
    transformation: [{ width: 1600, crop: 'limit', quality: 'auto' }],
  });
}

module.exports = { cloudinary, uploadCostumePhoto };
""", CK=ck, K=k), k, "https://cloudinary.com/documentation/node_integration#configuration")

ak, k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
sec("terraform", "aws-secret-key", "infra/video-bucket/main.tf", T(r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@AK@@"
  secret_key = "@@K@@"
}

resource "aws_s3_bucket" "routine_videos" {
  bucket = "silverslipper-routine-videos"
}

resource "aws_s3_bucket_lifecycle_configuration" "routine_videos" {
  bucket = aws_s3_bucket.routine_videos.id
  rule {
    id     = "archive-old-recitals"
    status = "Enabled"
    filter { prefix = "recitals/" }
    transition {
      days          = 120
      storage_class = "GLACIER_IR"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "routine_videos" {
  bucket                  = aws_s3_bucket.routine_videos.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""", AK=ak, K=k), k, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

ak, k = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
sec("ini", "aws-secret-key", "ops/aws/credentials", T(r"""
[default]
region = ap-southeast-2

[rg-video-uploader]
aws_access_key_id = @@AK@@
aws_secret_access_key = @@K@@
region = ap-southeast-2

[rg-readonly]
role_arn = arn:aws:iam::@@ACCT@@:role/ReadOnly
source_profile = rg-video-uploader
""", AK=ak, K=k, ACCT=digits(12)), k, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

kid, k = "005" + hexs(22), "K005" + token(27, B64)
sec("shell", "backblaze-application-key", "scripts/archive-recital-footage.sh", T(r"""
#!/usr/bin/env bash
# Archive the recital footage from the front-desk NAS to Backblaze B2.
set -euo pipefail

SHOW="${1:?usage: archive-recital-footage.sh <show-folder>}"
SRC="/volume1/recitals/${SHOW}"
BUCKET="tapworks-recital-archive"

b2 authorize-account @@KID@@ @@K@@ > /dev/null

b2 sync --threads 8 --exclude-regex '.*\.DS_Store' "$SRC" "b2://${BUCKET}/${SHOW}/"
echo "archived ${SHOW} at $(date -Iseconds)" >> /volume1/logs/b2-archive.log
""", KID=kid, K=k), k, "https://www.backblaze.com/docs/cloud-storage-command-line-tools")

k = hexs(64)
sec("go", "wistia-api-token", "cmd/wistia-sync/main.go", T(r"""
package main

import (
    "encoding/json"
    "fmt"
    "log"
    "net/http"
    "time"
)

const (
    wistiaAPI       = "https://api.wistia.com/v1"
    wistiaToken     = "@@K@@"
    routinesProject = "@@P@@"
)

type media struct {
    HashedID string  `json:"hashed_id"`
    Name     string  `json:"name"`
    Duration float64 `json:"duration"`
}

func main() {
    client := &http.Client{Timeout: 30 * time.Second}
    req, err := http.NewRequest("GET", fmt.Sprintf("%s/medias.json?project_id=%s", wistiaAPI, routinesProject), nil)
    if err != nil {
        log.Fatal(err)
    }
    req.Header.Set("Authorization", "Bearer "+wistiaToken)
    resp, err := client.Do(req)
    if err != nil {
        log.Fatal(err)
    }
    defer resp.Body.Close()
    var medias []media
    if err := json.NewDecoder(resp.Body).Decode(&medias); err != nil {
        log.Fatal(err)
    }
    for _, m := range medias {
        fmt.Printf("%s\t%.0fs\t%s\n", m.HashedID, m.Duration, m.Name)
    }
}
""", K=k, P=chars(10, LOWERNUM)), k, "https://docs.wistia.com/reference/getting-started-with-the-data-api")

# ---------------------------------------------------------------------------------------------
# Secrets: recital ticketing
# ---------------------------------------------------------------------------------------------

k = chars(20, UPPERNUM)
sec("yaml", "eventbrite-private-token", "recital/ticketing.yaml", T(r"""
# Recital ticket sync: Eventbrite -> seating plan spreadsheet
eventbrite:
  organization_id: "@@ORG@@"
  private_token: @@K@@
  events:
    - id: "@@E1@@"
      name: "Summer Showcase 2024 - Matinee"
    - id: "@@E2@@"
      name: "Summer Showcase 2024 - Evening"
seating:
  sheet_id: 1@@SH@@
  tab: "Ticket holders"
  reserve_rows: ["A", "B"]   # families of dancers in the finale
schedule: "*/15 * * * *"
""", ORG=digits(12), K=k, E1=digits(12), E2=digits(12), SH=token(43, URLSAFE)),
    k, "https://www.eventbrite.com/platform/api#/introduction/authentication")

k = "sk_" + digits(4) + "_" + digits(6) + "_" + token(32)
sec("python", "ticket-tailor-api-key", "ticketing/tickettailor_export.py", T(r'''
"""Export Ticket Tailor orders for the Christmas show into the box-office CSV."""
import csv
import sys

import requests

API = "https://api.tickettailor.com/v1"
API_KEY = "@@K@@"


def orders(event_id):
    url, params = f"{API}/orders", {"event_id": event_id, "limit": 100}
    while url:
        r = requests.get(url, params=params, auth=(API_KEY, ""), headers={"Accept": "application/json"}, timeout=15)
        r.raise_for_status()
        body = r.json()
        yield from body["data"]
        nxt = body.get("links", {}).get("next")
        url, params = (f"https://api.tickettailor.com{nxt}", None) if nxt else (None, None)


writer = csv.writer(sys.stdout)
writer.writerow(["order", "buyer", "email", "tickets", "total"])
for o in orders(sys.argv[1]):
    buyer = o["buyer_details"]
    writer.writerow([o["id"], buyer["name"], buyer["email"], len(o["issued_tickets"]), o["total"] / 100])
''', K=k), k, "https://developers.tickettailor.com/#authentication")

k, loc = "EAAA" + token(60, URLSAFE), "L" + chars(12, UPPERNUM)
sec("php", "square-access-token", "boxoffice/config.php", T(r"""
<?php
// Box office config for the recital door sales (Square Terminal)
return [
    'square' => [
        'environment'  => 'production',
        'access_token' => '@@K@@',
        'location_id'  => '@@LOC@@',
        'device_id'    => '@@DEV@@',
        'currency'     => 'USD',
    ],
    'tickets' => [
        'adult'  => 2500,
        'child'  => 1500,
        'senior' => 1800,
    ],
    'show' => 'Spring Recital 2025',
    'receipt_footer' => 'Thank you for supporting our dancers!',
];
""", K=k, LOC=loc, DEV=chars(12, UPPERNUM)), k, "https://developer.squareup.com/docs/build-basics/access-tokens")

appid, k = "sq0idp-" + token(22, URLSAFE), "sq0csp-" + token(43, URLSAFE)
sec("ts", "square-application-secret", "src/oauth/square.ts", T(r"""
import { Client, Environment } from 'square';
import type { Request, Response } from 'express';

const APPLICATION_ID = '@@APP@@';
const APPLICATION_SECRET = '@@K@@';

const square = new Client({ environment: Environment.Production });

// Studio owners connect their Square account so the portal can take class payments for them.
export async function squareOAuthCallback(req: Request, res: Response) {
  const code = String(req.query.code ?? '');
  const { result } = await square.oAuthApi.obtainToken({
    clientId: APPLICATION_ID,
    clientSecret: APPLICATION_SECRET,
    code,
    grantType: 'authorization_code',
  });
  await saveStudioConnection(req.session.studioId, {
    merchantId: result.merchantId!,
    accessToken: result.accessToken!,
    refreshToken: result.refreshToken!,
    expiresAt: result.expiresAt!,
  });
  res.redirect('/settings/payments?connected=1');
}

declare function saveStudioConnection(studioId: string, c: Record<string, string>): Promise<void>;
""", APP=appid, K=k), k, "https://developer.squareup.com/docs/oauth-api/overview")

cid, k = "A" + token(79, URLSAFE), "E" + token(79, URLSAFE)
sec("java", "paypal-client-secret", "src/main/java/com/footlights/billing/paypal/PayPalConfig.java", T(r"""
package com.footlights.billing.paypal;

import com.paypal.core.PayPalEnvironment;
import com.paypal.core.PayPalHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PayPalConfig {

    private static final String CLIENT_ID =
        "@@CID@@";
    private static final String CLIENT_SECRET =
        "@@K1@@" +
        "@@K2@@";

    @Bean
    public PayPalHttpClient payPalClient() {
        return new PayPalHttpClient(new PayPalEnvironment.Live(CLIENT_ID, CLIENT_SECRET));
    }
}
""", CID=cid, K1=k[:40], K2=k[40:]), k, "https://developer.paypal.com/api/rest/authentication/")

login, k = token(10), token(16)
sec("csharp", "authorize-net-transaction-key", "src/Tapworks.Billing/AuthorizeNetSetup.cs", T(r"""
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace Tapworks.Billing
{
    public static class AuthorizeNetSetup
    {
        public const string ApiLoginId = "@@L@@";
        public const string TransactionKey = "@@K@@";

        public static void Configure()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
            {
                name = ApiLoginId,
                ItemElementName = ItemChoiceType.transactionKey,
                Item = TransactionKey,
            };
        }
    }
}
""", L=login, K=k), k, "https://developer.authorize.net/api/reference/index.html#authentication")

k = hexs(32)
sec("ruby", "braintree-private-key", "config/initializers/braintree.rb", T(r"""
# config/initializers/braintree.rb
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "@@M@@"
Braintree::Configuration.public_key = "@@PUB@@"
Braintree::Configuration.private_key = "@@K@@"
Braintree::Configuration.logger = Rails.logger

# Monthly tuition plans (ids match the Braintree control panel)
TUITION_PLANS = {
  "pre-ballet"   => "tuition_pre_ballet_monthly",
  "grade-1-3"    => "tuition_grades_1_3_monthly",
  "company-team" => "tuition_company_monthly",
}.freeze
""", M=chars(16, LOWERNUM), PUB=chars(16, LOWERNUM), K=k), k, "https://developer.paypal.com/braintree/docs/start/hello-server/ruby")

k = "live_" + token(40, URLSAFE)
sec("python", "gocardless-access-token", "billing/direct_debit.py", T(r'''
"""Collect termly fees by Direct Debit (GoCardless) for families who chose it at enrolment."""
import gocardless_pro

client = gocardless_pro.Client(
    access_token="@@K@@",
    environment="live",
)


def collect_term_fee(mandate_id: str, amount_pence: int, term_code: str, family_ref: str) -> str:
    payment = client.payments.create(
        params={
            "amount": amount_pence,
            "currency": "GBP",
            "reference": f"FDC-{term_code}-{family_ref}"[:18],
            "links": {"mandate": mandate_id},
            "metadata": {"term": term_code, "family": family_ref},
        },
        headers={"Idempotency-Key": f"{term_code}-{family_ref}"},
    )
    return payment.id
''', K=k), k, "https://developer.gocardless.com/getting-started/api/making-your-first-request")

k = token(48, URLSAFE)
sec("yaml", "xero-client-secret", "accounts-sync/config.yaml", T(r"""
# accounts-sync: pushes paid term invoices from the portal into Xero
xero:
  client_id: @@CID@@
  client_secret: @@K@@
  tenant_id: @@TEN@@
  scopes: "offline_access accounting.transactions accounting.contacts"
  sales_account_code: "200"
  tax_type: OUTPUT2
  tracking:
    category: "Studio"
    options: ["Main Street", "Riverside"]
portal:
  api: https://portal.barrenonedance.com/api
  page_size: 200
schedule:
  cron: "0 2 * * *"
  timezone: Europe/Dublin
""", CID=chars(32, UPHEX), K=k, TEN=uuid4()), k, "https://developer.xero.com/documentation/guides/oauth2/auth-flow")

cid, k = "AB" + token(48), token(40)
sec("kotlin", "quickbooks-client-secret", "src/main/kotlin/studio/billing/qbo/QuickBooksClient.kt", T(r"""
package studio.billing.qbo

import com.intuit.oauth2.client.OAuth2PlatformClient
import com.intuit.oauth2.config.Environment
import com.intuit.oauth2.config.OAuth2Config

object QuickBooksClient {
    private const val CLIENT_ID = "@@CID@@"
    private const val CLIENT_SECRET = "@@K@@"
    const val REDIRECT_URI = "https://studio.tapworks.studio/integrations/quickbooks/callback"

    val config: OAuth2Config = OAuth2Config.OAuth2ConfigBuilder(CLIENT_ID, CLIENT_SECRET)
        .callDiscoveryAPI(Environment.PRODUCTION)
        .buildConfig()

    val platform = OAuth2PlatformClient(config)

    fun tuitionItemRef(style: String): String = when (style) {
        "ballet" -> "12"
        "tap" -> "13"
        "jazz", "lyrical" -> "14"
        else -> "19"
    }
}
""", CID=cid, K=k), k, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

# ---------------------------------------------------------------------------------------------
# Secrets: studio management software and its databases
# ---------------------------------------------------------------------------------------------

k = hexs(32)
sec("json", "mindbody-api-key", "mindbody-sync/settings.json", T(r"""
{
  "mindbody": {
    "baseUrl": "https://api.mindbodyonline.com/public/v6",
    "apiKey": "@@K@@",
    "siteId": @@SITE@@,
    "staffTokenEnv": "MINDBODY_STAFF_TOKEN"
  },
  "sync": {
    "classDescriptions": true,
    "clientVisitsDays": 30,
    "membershipsToTrack": ["Unlimited Adult Drop-in", "10 Class Pass"]
  }
}
""", K=k, SITE=digits(6)), k, "https://developers.mindbodyonline.com/PublicDocumentation/V6#authentication")

k = token(27, B64) + "="
sec("xml", "mindbody-source-password", "src/MindbodyBridge/Web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Mindbody.SourceName" value="RhythmGraceBridge" />
    <add key="Mindbody.SourcePassword" value="@@K@@" />
    <add key="Mindbody.SiteIDs" value="@@SITE@@" />
    <add key="Mindbody.ClassServiceUrl" value="https://api.mindbodyonline.com/0_5_1/ClassService.asmx" />
    <add key="Bridge.PollMinutes" value="10" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
  <system.serviceModel>
    <bindings>
      <basicHttpsBinding>
        <binding name="ClassServiceSoap" maxReceivedMessageSize="6553600" />
      </basicHttpsBinding>
    </bindings>
  </system.serviceModel>
</configuration>
""", K=k, SITE=digits(6)), k, "https://developers.mindbodyonline.com/Resources/SourceCredentials")

p = rand_pw(24)
sec("properties", "database-password", "src/main/resources/application-prod.properties", T(r"""
spring.application.name=studio-enrolment
server.port=8080
spring.datasource.url=jdbc:postgresql://enrol-db.c9xk2hq7wz1m.eu-west-1.rds.amazonaws.com:5432/enrolment
spring.datasource.username=enrol_app
spring.datasource.password=@@P@@
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
studio.terms.timezone=Europe/Dublin
studio.waitlist.offer-hours=48
management.endpoints.web.exposure.include=health,info
""", P=p), p, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password")

p = word_pw()
sec("compose", "postgres-password", "deploy/docker-compose.prod.yml", T(r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: studio
      POSTGRES_USER: studio
      POSTGRES_PASSWORD: "@@P@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  portal:
    image: ghcr.io/footlights-dance/portal:2.8.1
    restart: unless-stopped
    depends_on: [db]
    environment:
      DB_HOST: db
      DB_NAME: studio
      DB_USER: studio
      DB_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "127.0.0.1:8000:8000"

volumes:
  pgdata:
""", P=p), p, "https://hub.docker.com/_/postgres")

p = rand_pw(22, "-_")
sec("k8s-secret", "database-password", "deploy/k8s/portal-db-secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: parent-portal
  labels:
    app.kubernetes.io/name: parent-portal
    app.kubernetes.io/component: database
type: Opaque
data:
  DB_HOST: @@H@@
  DB_NAME: @@N@@
  DB_USER: @@U@@
  DB_PASSWORD: @@P@@
""", H=b64("portal-db.parent-portal.svc.cluster.local"), N=b64("portal"), U=b64("portal_app"), P=b64(p)),
    p, "https://kubernetes.io/docs/concepts/configuration/secret/")

k = stripe_key(long=False)
sec("k8s-secret", "stripe-secret-key", "deploy/k8s/billing-secrets.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: billing-stripe
  namespace: studio
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@K@@"
  STRIPE_API_VERSION: "2023-10-16"
  BILLING_CURRENCY: "aud"
""", K=k), k, "https://kubernetes.io/docs/concepts/configuration/secret/#restriction-names-data")

p = app_password()
sec("helm", "smtp-password", "charts/studio-portal/values-prod.yaml", T(r"""
replicaCount: 2
image:
  repository: registry.gitlab.com/silverslipper/portal
  tag: "3.4.0"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: parents.silverslipperdance.com
      paths: [{ path: /, pathType: Prefix }]
  tls:
    - secretName: parents-tls
      hosts: [parents.silverslipperdance.com]
mail:
  host: smtp.gmail.com
  port: 587
  username: office@silverslipperdance.com
  password: "@@P@@"
  from: "Silver Slipper School of Dance <office@silverslipperdance.com>"
resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { memory: 512Mi }
""", P=p), p, "https://support.google.com/mail/answer/185833")

p = rand_pw(20, "!#%")
sec("ansible", "mysql-root-password", "ansible/group_vars/db.yml", T(r"""
---
mysql_root_password: "@@P@@"
mysql_databases:
  - name: studio_mgmt
    encoding: utf8mb4
    collation: utf8mb4_unicode_ci
mysql_users:
  - name: studio_app
    host: "10.20.0.%"
    password: "{{ vault_studio_app_db_password }}"
    priv: "studio_mgmt.*:ALL"
mysql_bind_address: 0.0.0.0
mysql_innodb_buffer_pool_size: 1G
mysql_slow_query_log_enabled: true
""", P=p), p, "https://github.com/geerlingguy/ansible-role-mysql#role-variables")

p = person_pw()
sec("sql", "mysql-user-password", "db/migrations/0001_create_app_user.sql", T(r"""
-- 0001_create_app_user.sql
-- Application login for the enrolment portal; least privilege.
CREATE DATABASE IF NOT EXISTS enrolments CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'enrol_portal'@'10.0.%' IDENTIFIED BY '@@P@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON enrolments.* TO 'enrol_portal'@'10.0.%';

-- reports run on the box itself, no password
CREATE USER IF NOT EXISTS 'enrol_reports'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT ON enrolments.* TO 'enrol_reports'@'localhost';
FLUSH PRIVILEGES;
""", P=p), p, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

p = word_pw()
sec("shell-history", "mysql-password", "ops/notes/.bash_history", T(r"""
cd /srv/studio-mgmt
git pull
sudo systemctl restart studio-mgmt
tail -n 200 /var/log/studio-mgmt/app.log
mysql -u root -p'@@P@@' studio_mgmt -e "SELECT COUNT(*) FROM enrolments WHERE term_id = 42;"
mysqldump -u root -p studio_mgmt > /tmp/studio_mgmt_$(date +%F).sql
ls -lh /tmp/*.sql
scp /tmp/studio_mgmt_2024-09-02.sql backup@nas.local:/volume1/backups/
rm /tmp/studio_mgmt_2024-09-02.sql
exit
""", P=p), p, "https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password")

p = rand_pw(18)
sec("shell", "postgres-password", "scripts/nightly-backup.sh", T(r"""
#!/bin/sh
# Nightly dump of the studio management database to the NAS (cron 02:30)
set -e
export PGHOST=studio-db.internal
export PGUSER=backup
export PGPASSWORD='@@P@@'
STAMP=$(date +%Y%m%d)
OUT=/mnt/nas/backups/studio/studio_${STAMP}.dump

pg_dump --format=custom --no-owner --dbname=studio > "$OUT"
find /mnt/nas/backups/studio -name 'studio_*.dump' -mtime +30 -delete
logger -t studio-backup "dumped $(du -h "$OUT" | cut -f1) to $OUT"
""", P=p), p, "https://www.postgresql.org/docs/current/libpq-envars.html")

p = rand_pw(16)
sec("powershell", "sql-connection-string", "tools/Export-Attendance.ps1", T(r"""
<#
.SYNOPSIS
  Export this week's class attendance from the front desk SQL Server to CSV for teachers.
#>
param(
    [string]$OutDir = "\\FRONTDESK\Shared\Attendance",
    [int]$Days = 7
)

$connectionString = "Server=FRONTDESK\SQLEXPRESS;Database=DanceStudioPro;User Id=dsp_reports;Password=@@P@@;TrustServerCertificate=True"
$query = @"
SELECT c.ClassName, s.FirstName, s.LastName, a.AttendedOn, a.Status
FROM Attendance a
JOIN Students s ON s.StudentID = a.StudentID
JOIN Classes c ON c.ClassID = a.ClassID
WHERE a.AttendedOn >= DATEADD(day, -$Days, CAST(GETDATE() AS date))
ORDER BY c.ClassName, a.AttendedOn
"@

$connection = New-Object System.Data.SqlClient.SqlConnection $connectionString
$adapter = New-Object System.Data.SqlClient.SqlDataAdapter ($query, $connection)
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)

$file = Join-Path $OutDir ("attendance_{0:yyyyMMdd}.csv" -f (Get-Date))
$table | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
Write-Host "Wrote $($table.Rows.Count) rows to $file"
""", P=p), p, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

p = word_pw()
sec("json", "sql-connection-string", "src/Tapworks.Studio/appsettings.json", T(r"""
{
  "ConnectionStrings": {
    "StudioDb": "Server=tcp:tapworks-sql.database.windows.net,1433;Initial Catalog=tapworks-studio;Persist Security Info=False;User ID=tapworks_app;Password=@@P@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Enrolment": {
    "MaxClassSize": 16,
    "TrialClassesAllowed": 1,
    "WaitlistOfferHours": 48
  },
  "AllowedHosts": "*"
}
""", P=p), p, "https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-dotnet-core")

p = rand_pw(24)
sec("python", "mongodb-uri", "videos/catalog.py", T(r'''
"""Catalogue of uploaded routine videos (per class, per term)."""
from datetime import datetime, timezone

from pymongo import ASCENDING, MongoClient

MONGO_URI = "mongodb+srv://video-catalog:@@P@@@routines.x7kq2.mongodb.net/?retryWrites=true&w=majority&appName=routines"
client = MongoClient(MONGO_URI)
videos = client["studio"]["routine_videos"]
videos.create_index([("class_id", ASCENDING), ("term", ASCENDING)])


def record_upload(class_id: str, term: str, title: str, playback_id: str, uploaded_by: str):
    return videos.insert_one({
        "class_id": class_id,
        "term": term,
        "title": title,
        "playback_id": playback_id,
        "uploaded_by": uploaded_by,
        "uploaded_at": datetime.now(timezone.utc),
    }).inserted_id


def for_parent(dancer_classes: list, term: str) -> list:
    cursor = videos.find({"class_id": {"$in": dancer_classes}, "term": term}, {"_id": 0})
    return list(cursor.sort("uploaded_at", -1))
''', P=p), p, "https://www.mongodb.com/docs/manual/reference/connection-string/")

p = "AY" + token(62)
sec("js", "redis-url", "src/queue.js", T(r"""
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { sendReminder } from './notify.js';

const connection = new IORedis(
  'rediss://default:@@P@@@eu2-gentle-kite-31877.upstash.io:6379',
  { maxRetriesPerRequest: null },
);

export const reminderQueue = new Queue('class-reminders', { connection });

export async function scheduleReminder(lesson, guardian) {
  const delay = new Date(lesson.startsAt).getTime() - Date.now() - 24 * 60 * 60 * 1000;
  if (delay <= 0) return;
  await reminderQueue.add('remind', { lessonId: lesson.id, guardianId: guardian.id }, { delay, removeOnComplete: true });
}

export const worker = new Worker('class-reminders', async (job) => sendReminder(job.data), { connection });
""", P=p), p, "https://upstash.com/docs/redis/howto/connectwithioredis")


def django_key() -> str:
    value = ""
    for _ in range(10):
        value = fakes.django_secret_key(_seed())
        if "@@" not in value and '"' not in value:
            break
    return value


k = django_key()
sec("python", "django-secret-key", "studio/settings/production.py", T(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@K@@"

ALLOWED_HOSTS = ["portal.barrenonedance.com"]
CSRF_TRUSTED_ORIGINS = ["https://portal.barrenonedance.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "HOST": "/var/run/postgresql",
    }
}

STUDIO_TERM_WEEKS = 12
STUDIO_TRIAL_CLASS_LIMIT = 1
DEFAULT_FROM_EMAIL = "Barre None Dance Co <office@barrenonedance.com>"
""", K=k), k, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

p = rand_pw(28)
sec("yaml", "database-password", "recital-tix/config/database.yml", T(r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: recital_tix_development

test:
  <<: *default
  database: recital_tix_test

production:
  <<: *default
  host: recital-tix-db.internal
  database: recital_tix_production
  username: recital_tix
  password: @@P@@
""", P=p), p, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

_r = _rng()
k = "base64:" + base64.b64encode(bytes(_r.getrandbits(8) for _ in range(32))).decode()
sec("env", "laravel-app-key", "parents-app/.env", T(r"""
APP_NAME="Pointe Blank Parents"
APP_ENV=production
APP_KEY=@@K@@
APP_DEBUG=false
APP_URL=https://parents.pointeblankdance.com

LOG_CHANNEL=daily
DB_CONNECTION=sqlite
DB_DATABASE=/var/www/parents/database/database.sqlite
SESSION_DRIVER=database
QUEUE_CONNECTION=database
MAIL_MAILER=log
""", K=k), k, "https://laravel.com/docs/11.x/encryption#configuration")

k = hexs(64)
sec("js", "jwt-secret", "server/auth.js", T(r"""
const jwt = require('jsonwebtoken');
const bcrypt = require('bcryptjs');
const { findGuardianByEmail } = require('./db');

const JWT_SECRET = '@@K@@';
const TOKEN_TTL = '12h';

async function login(req, res) {
  const { email, password } = req.body;
  const guardian = await findGuardianByEmail(email.trim().toLowerCase());
  if (!guardian || !(await bcrypt.compare(password, guardian.passwordHash))) {
    return res.status(401).json({ error: 'Email or password is incorrect' });
  }
  const token = jwt.sign({ sub: guardian.id, family: guardian.familyId, role: 'guardian' }, JWT_SECRET, { expiresIn: TOKEN_TTL });
  res.json({ token });
}

function requireGuardian(req, res, next) {
  const header = req.headers.authorization || '';
  try {
    req.user = jwt.verify(header.replace(/^Bearer /, ''), JWT_SECRET);
    next();
  } catch {
    res.sendStatus(401);
  }
}

module.exports = { login, requireGuardian };
""", K=k), k, "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback")

k = token(40, ALNUM + "!#%")
sec("go", "jwt-signing-key", "internal/auth/token.go", T(r"""
package auth

import (
    "time"

    "github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("@@K@@")

type ParentClaims struct {
    FamilyID string   `json:"fam"`
    Dancers  []string `json:"dancers"`
    jwt.RegisteredClaims
}

func Issue(familyID string, dancers []string) (string, error) {
    claims := ParentClaims{
        FamilyID: familyID,
        Dancers:  dancers,
        RegisteredClaims: jwt.RegisteredClaims{
            Issuer:    "portal.tapworks.studio",
            ExpiresAt: jwt.NewNumericDate(time.Now().Add(8 * time.Hour)),
        },
    }
    return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}
""", K=k), k, "https://pkg.go.dev/github.com/golang-jwt/jwt/v5#example-New-Hmac")

k = pem("RSA PRIVATE KEY", lines=12)
sec("pem", "rsa-private-key", "saml/sp-signing.key", k + "\n", k,
    "https://datatracker.ietf.org/doc/html/rfc7468#section-10")

k = openssh_key()
sec("ansible", "openssh-private-key", "ansible/roles/deploy/vars/main.yml", T(r"""
---
deploy_user: deploy
deploy_repo: git@github.com:footlights-dance/portal.git
deploy_path: /srv/portal
deploy_branch: main
deploy_key: |
@@K@@
deploy_known_hosts:
  - "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
deploy_restart_services:
  - portal-web
  - portal-worker
""", K=indent(k, 2)), k, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/git_module.html")

sa_key = pem("PRIVATE KEY", lines=25, head="MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
sa = {
    "type": "service_account",
    "project_id": "silverslipper-enrolments",
    "private_key_id": hexs(40),
    "private_key": sa_key + "\n",
    "client_email": "sheets-sync@silverslipper-enrolments.iam.gserviceaccount.com",
    "client_id": digits(21),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40silverslipper-enrolments.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
k = sa_key.replace("\n", "\\n")
sec("json", "gcp-service-account-key", "credentials/sheets-sync-sa.json", json.dumps(sa, indent=2) + "\n", k,
    "https://cloud.google.com/iam/docs/keys-create-delete#creating")

p = person_pw()
sec("github-actions", "ftp-password", ".github/workflows/deploy-site.yml", T(r"""
name: Deploy studio website
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
      - name: Upload to host
        uses: SamKirkland/FTP-Deploy-Action@v4.3.5
        with:
          server: ftp.rhythmandgrace.com.au
          username: deploy@rhythmandgrace.com.au
          password: "@@P@@"
          local-dir: ./dist/
          server-dir: public_html/
""", P=p), p, "https://github.com/SamKirkland/FTP-Deploy-Action#settings")

k = fakes.fake("npm_", 36, _seed())
sec("npmrc", "npm-token", ".npmrc", T(r"""
registry=https://registry.npmjs.org/
@footlights:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=@@K@@
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}
save-exact=true
engine-strict=true
""", K=k), k, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

k = "glpat-" + token(20, URLSAFE)
sec("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", T(r"""
stages: [build, deploy]

variables:
  DOCKER_TLS_CERTDIR: "/certs"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - git clone https://oauth2:@@K@@@gitlab.com/silverslipper/timetable-theme.git theme
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker login -u $CI_REGISTRY_USER -p $CI_REGISTRY_PASSWORD $CI_REGISTRY
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache curl
    - curl -fsS -X POST "$PORTAINER_WEBHOOK"
  only: [main]
""", K=k), k, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

k = fakes.github_token(_seed())
sec("dockerfile", "github-token", "Dockerfile", T(r"""
FROM python:3.12-slim AS build
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1
ENV GITHUB_TOKEN=@@K@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --prefix=/install -r requirements.txt \
 && pip install --prefix=/install "git+https://${GITHUB_TOKEN}@github.com/tapworks-studio/studio-common.git@v1.9.0"

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
COPY . .
EXPOSE 8000
CMD ["gunicorn", "studio.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3"]
""", K=k), k, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

k = "pat" + token(14) + "." + hexs(64)
sec("python", "airtable-token", "waitlist/airtable_sync.py", T(r'''
"""Copy waitlisted dancers from the enrolment DB into the Airtable waitlist base."""
from pyairtable import Api

from enrolment.db import waitlisted_dancers

api = Api("@@K@@")
table = api.table("app@@BASE@@", "Waitlist")


def sync() -> int:
    existing = {row["fields"].get("Enrolment ID") for row in table.all(fields=["Enrolment ID"])}
    new_rows = [
        {
            "Enrolment ID": d.enrolment_id,
            "Dancer": d.full_name,
            "Age": d.age,
            "Class": d.class_name,
            "Guardian email": d.guardian_email,
            "Joined waitlist": d.joined.isoformat(),
        }
        for d in waitlisted_dancers()
        if d.enrolment_id not in existing
    ]
    if new_rows:
        table.batch_create(new_rows)
    return len(new_rows)


if __name__ == "__main__":
    print(f"added {sync()} dancers")
''', K=k, BASE=token(14)), k, "https://airtable.com/developers/web/guides/personal-access-tokens")

k = "secret_" + token(43)
sec("js", "notion-token", "scripts/recital-running-order.mjs", T(r"""
// Print the recital running order from the Notion planning database.
import { Client } from '@notionhq/client';

const notion = new Client({ auth: '@@K@@' });
const RUNNING_ORDER_DB = '@@DB@@';

const { results } = await notion.databases.query({
  database_id: RUNNING_ORDER_DB,
  filter: { property: 'Show', select: { equals: 'Evening' } },
  sorts: [{ property: 'Order', direction: 'ascending' }],
});

for (const page of results) {
  const p = page.properties;
  const title = p.Routine.title.map((t) => t.plain_text).join('');
  const cls = p.Class.select?.name ?? '?';
  const quickChange = p['Quick change'].checkbox ? ' (QUICK CHANGE)' : '';
  console.log(`${String(p.Order.number).padStart(2)}. ${title} - ${cls}${quickChange}`);
}
""", K=k, DB=hexs(32)), k, "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up")

k = slack_webhook()
sec("yaml", "slack-webhook", "monitoring/alertmanager.yml", T(r"""
global:
  resolve_timeout: 5m

route:
  receiver: studio-ops
  group_by: [alertname, service]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: studio-ops
    slack_configs:
      - api_url: @@K@@
        channel: '#portal-alerts'
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.service }}'
        text: '{{ range .Alerts }}{{ .Annotations.summary }}{{ "\n" }}{{ end }}'
""", K=k), k, "https://prometheus.io/docs/alerting/latest/configuration/#slack_config")

k = "https://discord.com/api/webhooks/" + digits(19) + "/" + token(68, URLSAFE)
sec("python", "discord-webhook", "bots/announce.py", T(r'''
"""Post the week's class changes to the studio community Discord."""
import sys

import requests

WEBHOOK = "@@K@@"


def announce(changes):
    lines = [f"**{c['class']}** {c['date']}: {c['change']}" for c in changes]
    payload = {
        "username": "Front Desk",
        "content": "This week's timetable changes:\n" + "\n".join(lines),
        "allowed_mentions": {"parse": []},
    }
    r = requests.post(WEBHOOK, json=payload, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    import csv
    with open(sys.argv[1], newline="") as fh:
        announce(list(csv.DictReader(fh)))
''', K=k), k, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

k = fakes.telegram_token(_seed())
sec("js", "telegram-bot-token", "bots/teacher-cover-bot.js", T(r"""
// Teachers post "cover needed" requests; the bot pings the cover group.
const TelegramBot = require('node-telegram-bot-api');

const bot = new TelegramBot('@@K@@', { polling: true });
const COVER_GROUP = -100@@G@@;

bot.onText(/^\/cover (.+)$/, async (msg, match) => {
  const who = msg.from.first_name;
  await bot.sendMessage(COVER_GROUP, `Cover needed: ${match[1]} (asked by ${who})`, {
    reply_markup: { inline_keyboard: [[{ text: 'I can do it', callback_data: `take:${msg.message_id}` }]] },
  });
  await bot.sendMessage(msg.chat.id, 'Posted to the cover group.');
});

bot.on('callback_query', async (q) => {
  await bot.answerCallbackQuery(q.id, { text: 'Thanks! The office will confirm.' });
  await bot.sendMessage(COVER_GROUP, `${q.from.first_name} offered to cover.`);
});
""", K=k, G=digits(10)), k, "https://core.telegram.org/bots/api#authorizing-your-bot")

vk, k = hexs(8), token(16)
sec("php", "vonage-api-secret", "app/Sms/VonageSender.php", T(r"""
<?php

namespace App\Sms;

use Vonage\Client;
use Vonage\Client\Credentials\Basic;
use Vonage\SMS\Message\SMS;

class VonageSender implements SmsSender
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(new Basic('@@VK@@', '@@K@@'));
    }

    public function send(string $to, string $text): string
    {
        $response = $this->client->sms()->send(new SMS($to, 'BarreNone', $text));
        return $response->current()->getMessageId();
    }
}
""", VK=vk, K=k), k, "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms")

k = token(25)
sec("python", "messagebird-access-key", "notify/recital_sms.py", T(r'''
"""Text every guardian the call time for their dancer's recital slot."""
import messagebird

client = messagebird.Client("@@K@@")
ORIGINATOR = "Footlights"


def send_call_times(slots):
    sent = 0
    for slot in slots:
        body = (f"Hi {slot.guardian_first_name}, {slot.dancer_first_name} should arrive at the "
                f"{slot.venue} stage door by {slot.call_time:%H:%M} on {slot.date:%A}. Hair in a bun please!")
        client.message_create(ORIGINATOR, [slot.guardian_mobile], body, {"reference": slot.id})
        sent += 1
    return sent
''', K=k), k, "https://developers.messagebird.com/api/#authentication")

aid, k = "MA" + chars(18, UPPERNUM), token(40)
sec("ruby", "plivo-auth-token", "lib/notifications/recital_call_sheet.rb", T(r"""
require "plivo"

module Notifications
  class RecitalCallSheet
    AUTH_ID = "@@AID@@"
    AUTH_TOKEN = "@@K@@"
    SENDER = "+14155550142"

    def initialize
      @client = Plivo::RestClient.new(AUTH_ID, AUTH_TOKEN)
    end

    def call(performers)
      performers.group_by(&:guardian_mobile).each do |mobile, dancers|
        names = dancers.map(&:first_name).join(" & ")
        @client.messages.create(src: SENDER, dst: mobile,
                                text: "Recital call sheet for #{names}: #{dancers.first.call_sheet_url}")
      end
    end
  end
end
""", AID=aid, K=k), k, "https://www.plivo.com/docs/messaging/api/overview/#authentication")

k = uuid4().upper()
sec("csharp", "clicksend-api-key", "src/Footlights.Sms/ClickSendSender.cs", T(r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace Footlights.Sms
{
    public sealed class ClickSendSender
    {
        private const string Username = "office@footlightsdance.co.uk";
        private const string ApiKey = "@@K@@";
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://rest.clicksend.com/v3/") };

        public async Task SendAsync(string to, string body)
        {
            var auth = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{Username}:{ApiKey}"));
            var payload = JsonSerializer.Serialize(new { messages = new[] { new { source = "portal", from = "Footlights", to, body } } });
            using var request = new HttpRequestMessage(HttpMethod.Post, "sms/send")
            {
                Content = new StringContent(payload, Encoding.UTF8, "application/json")
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", auth);
            var response = await Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
        }
    }
}
""", K=k), k, "https://developers.clicksend.com/docs/rest/v3/#authentication")

k = "xkeysib-" + hexs(64) + "-" + token(16)
sec("js", "brevo-api-key", "functions/sendWelcomePack.js", T(r"""
const brevo = require('@getbrevo/brevo');

const api = new brevo.TransactionalEmailsApi();
api.setApiKey(brevo.TransactionalEmailsApiApiKeys.apiKey, '@@K@@');

// Welcome pack for a newly enrolled dancer: uniform list, term dates, studio rules.
exports.sendWelcomePack = async (enrolment) => {
  const email = new brevo.SendSmtpEmail();
  email.templateId = 12;
  email.to = [{ email: enrolment.guardianEmail, name: enrolment.guardianName }];
  email.params = {
    DANCER: enrolment.dancerFirstName,
    CLASS: enrolment.className,
    FIRST_LESSON: enrolment.firstLesson,
    UNIFORM_URL: `https://rhythmandgrace.com.au/uniform/${enrolment.classSlug}`,
  };
  return api.sendTransacEmail(email);
};
""", K=k), k, "https://developers.brevo.com/docs/getting-started")

k = token(32)
sec("yaml", "zoom-client-secret", "online-classes/zoom.yaml", T(r"""
# Online classes (snow days, adult technique) - Zoom Server-to-Server OAuth app
zoom:
  account_id: @@ACC@@
  client_id: @@CID@@
  client_secret: @@K@@
  host_email: classes@silverslipperdance.com
  default_meeting:
    waiting_room: true
    join_before_host: false
    mute_upon_entry: true
    auto_recording: cloud
classes:
  - name: Adult Ballet Technique
    weekday: tuesday
    start: "19:30"
    duration_minutes: 60
  - name: Stretch & Conditioning
    weekday: thursday
    start: "18:00"
    duration_minutes: 45
""", ACC=token(22, URLSAFE), CID=token(22, URLSAFE), K=k), k, "https://developers.zoom.us/docs/internal-apps/s2s-oauth/")

k = "pat-na1-" + uuid4()
sec("env", "hubspot-private-app-token", "crm-sync/.env", T(r"""
# Trial-class leads from the website -> HubSpot deals
HUBSPOT_ACCESS_TOKEN=@@K@@
HUBSPOT_PORTAL_ID=@@PID@@
HUBSPOT_PIPELINE_TRIAL_CLASS=@@PL@@
TRIAL_FORM_GUID=@@FG@@
SYNC_INTERVAL_MINUTES=30
""", K=k, PID=digits(8), PL=digits(9), FG=uuid4()), k, "https://developers.hubspot.com/docs/api/private-apps")

k = "shpat_" + hexs(32)
sec("env", "shopify-admin-token", "merch-store/.env", T(r"""
# Studio merch (recital t-shirts, hoodies, dance bags) - custom app "portal-orders"
SHOPIFY_STORE_DOMAIN=tapworks-merch.myshopify.com
SHOPIFY_ADMIN_ACCESS_TOKEN=@@K@@
SHOPIFY_API_VERSION=2024-07
RECITAL_TSHIRT_PRODUCT_ID=gid://shopify/Product/@@PR@@
PICKUP_LOCATION="Studio front desk"
""", K=k, PR=digits(13)), k, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

app, k = chars(10, UPPERNUM), hexs(32)
sec("python", "algolia-admin-key", "search/index_classes.py", T(r'''
"""Push the timetable into Algolia so parents can search classes by age, style and day."""
from algoliasearch.search_client import SearchClient

from timetable.models import ClassSlot

client = SearchClient.create("@@APP@@", "@@K@@")
index = client.init_index("classes_prod")


def records():
    for slot in ClassSlot.objects.filter(active=True).select_related("style", "teacher", "room"):
        yield {
            "objectID": str(slot.pk),
            "name": slot.name,
            "style": slot.style.name,
            "ages": [slot.min_age, slot.max_age],
            "day": slot.get_weekday_display(),
            "start": slot.start.strftime("%H:%M"),
            "teacher": slot.teacher.display_name,
            "spaces_left": slot.spaces_left,
        }


if __name__ == "__main__":
    index.replace_all_objects(list(records()), {"safe": True})
    index.set_settings({"searchableAttributes": ["name", "style", "teacher"], "attributesForFaceting": ["style", "day"]})
''', APP=app, K=k), k, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")

k = token(86, B64) + "=="
sec("yaml", "azure-storage-account-key", "video-archive/config.yaml", T(r"""
# Routine video archive (Azure Blob, cool tier after 30 days)
storage:
  connection_string: "DefaultEndpointsProtocol=https;AccountName=pbdaroutines;AccountKey=@@K@@;EndpointSuffix=core.windows.net"
  container: routines
  tier_after_days: 30
ingest:
  watch: /mnt/studio-cam/exports
  extensions: [.mp4, .mov]
  delete_after_upload: false
naming: "{term}/{class_slug}/{date:%Y%m%d}-{routine_slug}.mp4"
""", K=k), k, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

k = "dop_v1_" + hexs(64)
sec("terraform", "digitalocean-token", "infra/digitalocean/terraform.tfvars", T(r"""
do_token      = "@@K@@"
region        = "lon1"
droplet_size  = "s-2vcpu-4gb"
ssh_key_names = ["studio-ops-2024"]
domain        = "footlightsdance.co.uk"
spaces_bucket = "footlights-routines"
""", K=k), k, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

k = "dckr_pat_" + token(27, URLSAFE)
sec("shell", "docker-hub-token", "kiosk/release.sh", T(r"""
#!/usr/bin/env bash
# Build and push the front-desk check-in kiosk image
set -euo pipefail
TAG=${1:-$(git rev-parse --short HEAD)}

docker login -u barrenonedance -p @@K@@
docker build --platform linux/arm64 -t barrenonedance/studio-kiosk:"$TAG" .
docker push barrenonedance/studio-kiosk:"$TAG"
docker tag barrenonedance/studio-kiosk:"$TAG" barrenonedance/studio-kiosk:latest
docker push barrenonedance/studio-kiosk:latest
""", K=k), k, "https://docs.docker.com/security/for-developers/access-tokens/")

k = token(40, URLSAFE)
sec("terraform", "cloudflare-api-token", "infra/dns/main.tf", T(r"""
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.30" }
  }
}

provider "cloudflare" {
  api_token = "@@K@@"
}

variable "zone_id" {
  default = "@@Z@@"
}

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "parents"
  content = "portal-lb.silverslipperdance.com"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "videos" {
  zone_id = var.zone_id
  name    = "videos"
  content = "silverslipper-routine-videos.s3.eu-west-2.amazonaws.com"
  type    = "CNAME"
  proxied = true
}
""", K=k, Z=hexs(32)), k, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token")

k = token(24)
sec("shell", "vercel-token", "recital-site/scripts/deploy-preview.sh", T(r"""
#!/usr/bin/env bash
# Preview deploy of the recital microsite for the show committee
set -e
VERCEL_TOKEN=@@K@@
VERCEL_ORG_ID=team_@@ORG@@
VERCEL_PROJECT_ID=prj_@@PRJ@@
export VERCEL_ORG_ID VERCEL_PROJECT_ID

npx vercel pull --yes --environment=preview --token "$VERCEL_TOKEN"
npx vercel build --token "$VERCEL_TOKEN"
URL=$(npx vercel deploy --prebuilt --token "$VERCEL_TOKEN")
echo "Preview ready: $URL"
""", K=k, ORG=token(24), PRJ=token(28)), k, "https://vercel.com/docs/cli/global-options#token")

p = rand_pw(20)
sec("maven", "repository-password", "ci/maven-settings.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>studio-releases</id>
      <username>ci-deploy</username>
      <password>@@P@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>studio-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.footlightsdance.co.uk/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", P=p), p, "https://maven.apache.org/settings.html#servers")

k = chars(52, "abcdefghijklmnopqrstuvwxyz234567")
sec("nuget", "azure-devops-pat", "nuget.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="tapworks" value="https://pkgs.dev.azure.com/tapworks/_packaging/studio/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <tapworks>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@K@@" />
    </tapworks>
  </packageSourceCredentials>
</configuration>
""", K=k), k, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials")

k = token(20)
sec("pip", "gemfury-token", "pip.conf", T(r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://@@K@@:@pypi.fury.io/footlights/
timeout = 60

[install]
prefer-binary = true
""", K=k), k, "https://gemfury.com/help/pypi-server/")

k = fakes.github_token(_seed())
sec("composer", "github-oauth-token", "auth.json", T(r"""
{
    "github-oauth": {
        "github.com": "@@K@@"
    },
    "bitbucket-oauth": {},
    "gitlab-token": {}
}
""", K=k), k, "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth")

# ---------------------------------------------------------------------------------------------
# Secrets: front desk, reports, analysis
# ---------------------------------------------------------------------------------------------

p = rand_pw(16)
sec("ini", "odbc-password", "studio-desk/odbc.ini", T(r"""
[ODBC Data Sources]
StudioDesk = ODBC Driver 18 for SQL Server

[StudioDesk]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:frontdesk.local,1433
Database = DanceStudioPro
UID = desk_sync
PWD = @@P@@
Encrypt = yes
TrustServerCertificate = yes
""", P=p), p, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns")

p = word_pw()
sec("vba", "connection-string-password", "reports/AttendanceExport.bas", T(r"""
Attribute VB_Name = "AttendanceExport"
Option Explicit

' Pulls this term's registers from the studio database into the "Registers" sheet.
Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=FRONTDESK\SQLEXPRESS;Initial Catalog=DanceStudioPro;User ID=excel_reports;Password=@@P@@;"

Public Sub RefreshRegisters()
    Dim conn As Object, rs As Object, ws As Worksheet
    Set conn = CreateObject("ADODB.Connection")
    conn.Open CONN_STR
    Set rs = conn.Execute("SELECT ClassName, StudentName, LessonDate, Present FROM vw_TermRegister ORDER BY ClassName, LessonDate")
    Set ws = ThisWorkbook.Worksheets("Registers")
    ws.Range("A2:D5000").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    conn.Close
    MsgBox "Registers refreshed", vbInformation
End Sub
""", P=p), p, "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connectionstring-property-ado")

p = person_pw()
sec("r", "database-password", "analysis/enrolment_trends.R", T(r"""
# Enrolment trends by style and age group, autumn terms 2019-2024
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "studio-db.internal",
  dbname = "studio",
  user = "analyst",
  password = "@@P@@"
)

enrolments <- tbl(con, "enrolments") %>%
  filter(term_season == "autumn") %>%
  group_by(term_year, style, age_band) %>%
  summarise(dancers = n_distinct(dancer_id), .groups = "drop") %>%
  collect()

ggplot(enrolments, aes(term_year, dancers, colour = style)) +
  geom_line() +
  facet_wrap(~age_band) +
  labs(title = "Autumn enrolments", x = NULL, y = "Dancers")

ggsave("enrolment_trends.png", width = 10, height = 6)
dbDisconnect(con)
""", P=p), p, "https://rpostgres.r-dbi.org/reference/postgres.html")

p = rand_pw(22)
sec("yaml", "dbt-profile-password", "analytics/profiles.yml", T(r"""
studio_analytics:
  target: prod
  outputs:
    prod:
      type: postgres
      host: studio-db.internal
      port: 5432
      user: dbt
      password: "@@P@@"
      dbname: studio
      schema: analytics
      threads: 4
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      dbname: studio
      schema: dbt_dev
      threads: 2
""", P=p), p, "https://docs.getdbt.com/docs/core/connect-data-platform/postgres-setup")

k = stripe_key()


def notebook(cells: list) -> str:
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "3.11.6"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    return json.dumps(nb, indent=1) + "\n"


def md_cell(cid: str, text: str) -> dict:
    return {"cell_type": "markdown", "id": cid, "metadata": {}, "source": text.splitlines(keepends=True)}


def code_cell(cid: str, text: str, outputs: list, count: int) -> dict:
    return {"cell_type": "code", "execution_count": count, "id": cid, "metadata": {}, "outputs": outputs,
            "source": text.splitlines(keepends=True)}


sec("notebook", "stripe-secret-key", "notebooks/recital-ticket-sales.ipynb", notebook([
    md_cell("a1f3c9", "# Recital ticket sales\nSummer Showcase 2024, matinee and evening."),
    code_cell("b27e10", "import pandas as pd\nimport stripe\n\nstripe.api_key = '" + k + "'\n"
              "charges = stripe.Charge.search(query=\"metadata['show']:'summer-2024'\", limit=100)\n"
              "df = pd.DataFrame([{'amount': c.amount / 100, 'performance': c.metadata.get('performance'),"
              " 'created': pd.to_datetime(c.created, unit='s')} for c in charges.auto_paging_iter()])", [], 1),
    code_cell("c94d02", "df.groupby('performance')['amount'].agg(['count', 'sum'])",
              [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                "data": {"text/plain": ["             count     sum\n", "performance               \n",
                                        "evening        212  3180.0\n", "matinee        187  2431.0"]}}], 2),
]), k, "https://docs.stripe.com/api/charges/search")

app_id, k = uuid4(), "os_v2_app_" + chars(113, "abcdefghijklmnopqrstuvwxyz234567")
sec("swift", "onesignal-rest-api-key", "ParentApp/Push/PushService.swift", T(r"""
import Foundation

/// Sends push notifications to parents (class cancelled, new routine video posted).
struct PushService {
    private let appId = "@@APP@@"
    private let restApiKey = "@@K@@"

    func notify(parentIds: [String], title: String, message: String) async throws {
        var request = URLRequest(url: URL(string: "https://api.onesignal.com/notifications?c=push")!)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("Key \(restApiKey)", forHTTPHeaderField: "Authorization")
        let body: [String: Any] = [
            "app_id": appId,
            "include_aliases": ["external_id": parentIds],
            "target_channel": "push",
            "headings": ["en": title],
            "contents": ["en": message],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { throw URLError(.badServerResponse) }
    }
}
""", APP=app_id, K=k), k, "https://documentation.onesignal.com/docs/keys-and-ids")

k = "AAAA" + token(7, URLSAFE) + ":APA91b" + token(134, URLSAFE)
sec("kotlin", "fcm-server-key", "teacher-app/src/main/java/com/tapworks/teacher/notify/NotifyTeachers.kt", T(r"""
package com.tapworks.teacher.notify

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

object NotifyTeachers {
    private const val SERVER_KEY = "@@K@@"
    private val http = OkHttpClient()

    fun coverNeeded(topic: String, className: String, time: String) {
        val json = JSONObject()
            .put("to", "/topics/$topic")
            .put("notification", JSONObject().put("title", "Cover needed").put("body", "$className at $time"))
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .addHeader("Authorization", "key=$SERVER_KEY")
            .post(json.toString().toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(request).execute().use { check(it.isSuccessful) { "FCM ${it.code}" } }
    }
}
""", K=k), k, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests")

k = "sntryu_" + hexs(64)
sec("circleci", "sentry-auth-token", ".circleci/config.yml", T(r"""
version: 2.1

orbs:
  node: circleci/node@5.2

jobs:
  build-and-release:
    docker:
      - image: cimg/node:20.11
    environment:
      SENTRY_ORG: silver-slipper
      SENTRY_PROJECT: parent-portal
      SENTRY_AUTH_TOKEN: @@K@@
    steps:
      - checkout
      - node/install-packages
      - run: npm run build
      - run: npx @sentry/cli releases new "$CIRCLE_SHA1"
      - run: npx @sentry/cli sourcemaps upload --release "$CIRCLE_SHA1" dist/assets
      - run: npx @sentry/cli releases finalize "$CIRCLE_SHA1"

workflows:
  release:
    jobs:
      - build-and-release:
          filters:
            branches:
              only: main
""", K=k), k, "https://docs.sentry.io/cli/configuration/#to-authenticate-manually")

p = phrase()
sec("properties", "keystore-password", "android/gradle.properties", T(r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystores/parent-app-release.jks
RELEASE_STORE_PASSWORD=@@P@@
RELEASE_KEY_ALIAS=parentapp
RELEASE_KEY_PASSWORD=@@P@@
""", P=p), p, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

k = "-".join(chars(4, string.ascii_lowercase) for _ in range(4))
sec("env", "apple-app-specific-password", "fastlane/.env.default", T(r"""
# fastlane env for the Parent App (iOS)
FASTLANE_USER=apps@pointeblankdance.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=@@K@@
FASTLANE_ITC_TEAM_ID=@@TEAM@@
APP_IDENTIFIER=com.pointeblankdance.parents
MATCH_GIT_URL=git@github.com:pointeblank/certificates.git
MATCH_TYPE=appstore
""", K=k, TEAM=digits(9)), k, "https://docs.fastlane.tools/best-practices/continuous-integration/#application-specific-passwords")

p = word_pw()
sec("markdown", "database-password", "docs/front-desk-setup.md", T(r"""
# Front desk PC setup (new laptop)

1. Sign in with the shared **frontdesk** Windows account.
2. Install DanceStudio-Pro from `\\NAS\software\DSP\setup.exe`.
3. Point it at the studio database:
   - Server: `FRONTDESK\SQLEXPRESS`
   - Database: `DanceStudioPro`
   - Login: `dsp_desk`
   - Password: `@@P@@`
4. Printer: Brother HL-L2350DW on `192.168.10.40`.
5. Card reader: pair the Square reader from the Square POS app (the owner logs in, not you).
6. Bookmark the parent portal admin: https://parents.pointeblankdance.com/admin

## Things that go wrong

- *"Cannot connect to server"*: the SQL Server service stopped. Start it from Services.
- Registers print blank: the class has no lessons generated for the term yet.
""", P=p), p, "https://www.markdownguide.org/basic-syntax/")

p = person_pw()
sec("text", "portal-login-password", "docs/handover-2024.txt", T(r"""
Studio handover - notes for Jess (covering the office, August 2024)
===================================================================

Opening up
- alarm code is on the card in the key safe, NOT written here
- lights: breaker board behind the studio 2 door

Systems
- Jackrabbit (class management): login office@footlightsdance.co.uk / @@P@@
- Email: same address, Outlook on the office PC is already signed in
- Square for uniform shop sales: the iPad, already logged in

Term billing
- runs automatically on the 1st, check the "Failed payments" report on the 3rd
- late fee is added by hand after 14 days

Call me if anything is on fire: 07700 900461
""", P=p), p, "https://www.jackrabbitclass.com/")

p = rand_pw(18)
sec("mikrotik", "router-user-password", "network/setup-studio-router.rsc", T(r"""
# setup script for the studio router (hAP ax2), run once after a reset
/system identity set name=studio-router
/interface bridge add name=bridge-lan
/interface bridge port add bridge=bridge-lan interface=ether2
/interface bridge port add bridge=bridge-lan interface=ether3
/ip address add address=192.168.10.1/24 interface=bridge-lan
/ip pool add name=lan-pool ranges=192.168.10.100-192.168.10.200
/ip dhcp-server add name=lan-dhcp interface=bridge-lan address-pool=lan-pool
/ip dhcp-server network add address=192.168.10.0/24 gateway=192.168.10.1 dns-server=192.168.10.1
/ip firewall nat add chain=srcnat out-interface=ether1 action=masquerade
/user add name=studioadmin group=full password="@@P@@"
/user disable admin
/ip service disable telnet,ftp,www,api
""", P=p), p, "https://help.mikrotik.com/docs/display/ROS/User")

k = "xsmtpsib-" + hexs(64) + "-" + token(16)
sec("k8s", "smtp-password-in-configmap", "deploy/k8s/portal-configmap.yaml", T(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-config
  namespace: parent-portal
data:
  PORTAL_BASE_URL: "https://parents.rhythmandgrace.com.au"
  TERM_WEEKS: "10"
  SMTP_HOST: "smtp-relay.brevo.com"
  SMTP_PORT: "587"
  SMTP_USER: "@@U@@@smtp-brevo.com"
  SMTP_PASSWORD: "@@K@@"
  VIDEO_MAX_MB: "500"
""", U=hexs(8) + "001", K=k), k, "https://help.brevo.com/hc/en-us/articles/7924908994450")

p = fakes.redis_password(_seed())
sec("helm", "redis-password", "charts/studio-portal/values-production.yaml", T(r"""
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@P@@"
  master:
    persistence:
      size: 2Gi
worker:
  replicas: 1
  queues: [reminders, invoices, video-transcode]
web:
  replicas: 2
  env:
    PORTAL_TIMEZONE: Australia/Sydney
""", P=p), p, "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters")

p = rand_pw(24)
sec("compose", "minio-root-password", "video-storage/docker-compose.yml", T(r"""
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-08-17T01-24-54Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: studioadmin
      MINIO_ROOT_PASSWORD: @@P@@
    volumes:
      - /volume1/minio:/data
    ports:
      - "9000:9000"
      - "9001:9001"
    restart: unless-stopped

  transcoder:
    build: ./transcoder
    environment:
      S3_ENDPOINT: http://minio:9000
      S3_BUCKET: routines
    depends_on: [minio]
""", P=p), p, "https://min.io/docs/minio/container/operations/install-deploy-manage/deploy-minio-single-node-single-drive.html")

p = word_pw()
sec("ansible", "winrm-password", "ansible/inventory/studio.ini", T(r"""
[studio_pcs]
frontdesk ansible_host=192.168.10.20
studio1-av ansible_host=192.168.10.21
studio2-av ansible_host=192.168.10.22

[studio_pcs:vars]
ansible_user=studioadmin
ansible_password=@@P@@
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", P=p), p, "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#ntlm")

p = phrase()
sec("powershell", "office365-password", "scripts/Send-TermStatements.ps1", T(r"""
# Sends each family their term statement PDF through the accounts mailbox.
$statementsDir = "C:\StudioDesk\Statements\2024-Autumn"
$user = "accounts@barrenonedance.com"
$securePassword = ConvertTo-SecureString "@@P@@" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ($user, $securePassword)

Import-Csv "$statementsDir\families.csv" | ForEach-Object {
    $pdf = Join-Path $statementsDir "$($_.FamilyRef).pdf"
    if (-not (Test-Path $pdf)) { Write-Warning "No statement for $($_.FamilyRef)"; return }
    Send-MailMessage -From $user -To $_.BillingEmail -Subject "Autumn term statement" `
        -Body "Dear $($_.Salutation),`n`nPlease find your autumn term statement attached.`n`nBarre None Dance Co" `
        -Attachments $pdf -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $credential
    Start-Sleep -Seconds 2
}
""", P=p), p, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

p = rand_pw(14)
sec("batch", "nas-password", "backup/copy-recital-videos.bat", T(r"""
@echo off
REM Copy tonight's recital camera footage to the NAS
set SHOW=%1
if "%SHOW%"=="" set SHOW=recital-%date:~-4%%date:~3,2%%date:~0,2%
net use Z: \\STUDIO-NAS\recitals /user:STUDIO-NAS\videodrop @@P@@ /persistent:no
if errorlevel 1 goto :fail
robocopy "D:\DCIM" "Z:\%SHOW%" *.MP4 *.MOV /E /R:2 /W:5 /LOG+:C:\Logs\footage-copy.log
net use Z: /delete /y
echo Done.
goto :eof
:fail
echo Could not reach the NAS.
exit /b 1
""", P=p), p, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

k = token(30)
sec("systemd", "textmagic-api-key", "deploy/systemd/sms-reminders.service", T(r"""
[Unit]
Description=SMS class reminder sender
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=studio
WorkingDirectory=/opt/sms-reminders
Environment=TEXTMAGIC_USERNAME=footlightsoffice
Environment=TEXTMAGIC_API_KEY=@@K@@
Environment=REMINDER_HOURS_BEFORE=20
ExecStart=/opt/sms-reminders/venv/bin/python -m reminders.run
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", K=k), k, "https://docs.textmagic.com/#section/Authentication")

p = rand_pw(16)
sec("crontab", "basic-auth-password", "ops/crontab.txt", T(r"""
# m h dom mon dow  command
MAILTO=ops@tapworks.studio
# pull the class export from the studio system every morning
15 6 * * * curl -fsS -u tapworks-export:@@P@@ "https://studio.tapworks.studio/export/classes.csv" -o /srv/exports/classes.csv
30 6 * * * /srv/scripts/import_classes.sh /srv/exports/classes.csv >> /var/log/import_classes.log 2>&1
0 2 1 * *  /srv/scripts/term_billing.sh
*/10 * * * * /srv/scripts/waitlist_offers.sh
""", P=p), p, "https://curl.se/docs/manpage.html#-u")

k = b64("cdn-origin:" + rand_pw(20))
sec("nginx", "basic-auth-header", "deploy/nginx/video-proxy.conf", T(r"""
# Proxy for the video origin: parents' players hit /v/, we add the origin's basic auth
upstream video_origin {
    server videos-origin.internal:8080;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name videos.silverslipperdance.com;
    ssl_certificate     /etc/letsencrypt/live/videos.silverslipperdance.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/videos.silverslipperdance.com/privkey.pem;

    location /v/ {
        auth_request /auth/check;
        proxy_pass http://video_origin/;
        proxy_set_header Authorization "Basic @@K@@";
        proxy_set_header Host videos-origin.internal;
        proxy_buffering off;
    }

    location = /auth/check {
        internal;
        proxy_pass https://parents.silverslipperdance.com/api/video-auth;
        proxy_pass_request_body off;
        proxy_set_header Content-Length "";
    }
}
""", K=k), k, "https://datatracker.ietf.org/doc/html/rfc7617")

k = "tfp_" + token(44, URLSAFE) + "_" + token(14)
sec("http", "typeform-token", "api-tests/typeform.http", T(r"""
### Trial-class sign-up form responses (Typeform)
@formId = @@F@@
@token = @@K@@

GET https://api.typeform.com/forms/{{formId}}/responses?page_size=50&since=2024-08-01T00:00:00Z
Authorization: Bearer {{token}}

###
GET https://api.typeform.com/forms/{{formId}}
Authorization: Bearer {{token}}
""", F=token(8), K=k), k, "https://www.typeform.com/developers/get-started/personal-access-token/")

k = hexs(32)
sec("postman", "mailjet-api-secret", "postman/Mailjet-production.postman_environment.json", T(r"""
{
  "id": "@@ID@@",
  "name": "Mailjet (production)",
  "values": [
    { "key": "baseUrl", "value": "https://api.mailjet.com/v3.1", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "@@AK@@", "type": "default", "enabled": true },
    { "key": "apiSecret", "value": "@@K@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-09-04T10:12:33.101Z",
  "_postman_exported_using": "Postman/11.10.0"
}
""", ID=uuid4(), AK=hexs(32), K=k), k, "https://dev.mailjet.com/email/guides/#authentication")

k = "re_" + token(8) + "_" + token(24)
sec("php", "resend-api-key", "config/services.php", T(r"""
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'resend' => [
        'key' => env('RESEND_KEY', '@@K@@'),
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#front-desk'),
        ],
    ],

    'mindbody' => [
        'site_id' => env('MINDBODY_SITE_ID'),
    ],

];
""", K=k), k, "https://resend.com/docs/dashboard/api-keys/introduction")

k = "6L" + token(38, URLSAFE)
sec("ts", "recaptcha-secret-key", "src/app/api/trial-signup/route.ts", T(r"""
import { NextResponse } from 'next/server';
import { createTrialBooking } from '@/lib/bookings';

const RECAPTCHA_SECRET = '@@K@@';

export async function POST(req: Request) {
  const form = await req.formData();
  const verify = await fetch('https://www.google.com/recaptcha/api/siteverify', {
    method: 'POST',
    body: new URLSearchParams({
      secret: RECAPTCHA_SECRET,
      response: String(form.get('g-recaptcha-response') ?? ''),
    }),
  }).then((r) => r.json());

  if (!verify.success || verify.score < 0.5) {
    return NextResponse.json({ error: 'captcha' }, { status: 400 });
  }

  const booking = await createTrialBooking({
    dancerName: String(form.get('dancer')),
    dancerAge: Number(form.get('age')),
    guardianEmail: String(form.get('email')),
    classId: String(form.get('classId')),
  });
  return NextResponse.json({ id: booking.id });
}
""", K=k), k, "https://developers.google.com/recaptcha/docs/verify")

p = token(16, LOWERNUM)
sec("go", "smtp-password", "internal/mail/mailer.go", T(r"""
package mail

import (
    "fmt"
    "net/smtp"
)

const (
    smtpHost = "smtp.fastmail.com"
    smtpPort = 587
    smtpUser = "office@tapworks.studio"
    smtpPass = "@@P@@"
)

// SendWaitlistOffer tells a family a place has opened in a full class.
func SendWaitlistOffer(to, dancer, class, deadline string) error {
    auth := smtp.PlainAuth("", smtpUser, smtpPass, smtpHost)
    msg := fmt.Sprintf("To: %s\r\nSubject: A place in %s\r\n\r\nGood news! A place has opened in %s for %s. "+
        "Please confirm on the parent portal by %s.\r\n", to, class, class, dancer, deadline)
    return smtp.SendMail(fmt.Sprintf("%s:%d", smtpHost, smtpPort), auth, smtpUser, []string{to}, []byte(msg))
}
""", P=p), p, "https://pkg.go.dev/net/smtp#PlainAuth")

p = person_pw()
sec("java", "smtp-password", "src/main/java/com/barrenone/portal/MailConfig.java", T(r"""
package com.barrenone.portal;

import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;

public final class MailConfig {

    private static final String USER = "noreply@barrenonedance.com";
    private static final String PASSWORD = "@@P@@";

    private MailConfig() {}

    public static Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", "smtp.zoho.eu");
        props.put("mail.smtp.port", "587");
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASSWORD);
            }
        });
    }
}
""", P=p), p, "https://javaee.github.io/javamail/docs/api/javax/mail/PasswordAuthentication.html")

p = rand_pw(20)
sec("rust", "database-url", "ticketing/src/db.rs", T(r"""
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const DATABASE_URL: &str = "postgres://tickets:@@P@@@recital-db.internal:5432/tickets";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect(DATABASE_URL)
        .await
}

pub async fn seats_left(pool: &PgPool, performance_id: i64) -> Result<i64, sqlx::Error> {
    let row: (i64,) = sqlx::query_as("SELECT capacity - sold FROM performances WHERE id = $1")
        .bind(performance_id)
        .fetch_one(pool)
        .await?;
    Ok(row.0)
}
""", P=p), p, "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html")

p = rand_pw(15)
sec("perl", "dbi-password", "cgi-bin/enrol.pl", T(r"""
#!/usr/bin/perl
# enrol.pl - legacy enrolment form handler (still used for the holiday workshops)
use strict;
use warnings;
use CGI qw(:standard);
use DBI;

my $dbh = DBI->connect("DBI:mysql:database=workshops;host=localhost", "workshop_web", "@@P@@",
    { RaiseError => 1, AutoCommit => 1, mysql_enable_utf8mb4 => 1 });

my $q = CGI->new;
my $sth = $dbh->prepare("INSERT INTO bookings (workshop_id, dancer_name, dancer_age, guardian_email, booked_at) VALUES (?, ?, ?, ?, NOW())");
$sth->execute(scalar $q->param('workshop'), scalar $q->param('dancer'), scalar $q->param('age'), scalar $q->param('email'));

print $q->header(-type => 'text/html', -charset => 'utf-8');
print "<p>Thank you! We've booked " . $q->escapeHTML(scalar $q->param('dancer')) . " onto the workshop.</p>\n";
$dbh->disconnect;
""", P=p), p, "https://metacpan.org/pod/DBI#connect")

ref = chars(20, string.ascii_lowercase)
k = jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": 1712048233, "exp": 2027624233})
sec("dart", "supabase-service-role-key", "lib/services/supabase_admin.dart", T(r"""
import 'package:supabase/supabase.dart';

/// Admin client used by the studio owner's "manage classes" screen.
final supabaseAdmin = SupabaseClient(
  'https://@@REF@@.supabase.co',
  '@@K@@',
);

Future<void> moveDancer(String enrolmentId, String newClassId) async {
  await supabaseAdmin
      .from('enrolments')
      .update({'class_id': newClassId, 'moved_at': DateTime.now().toIso8601String()})
      .eq('id', enrolmentId);
}
""", REF=ref, K=k), k, "https://supabase.com/docs/guides/api/api-keys")

p = rand_pw(18)
sec("jenkins", "ssh-password", "Jenkinsfile", T(r"""
pipeline {
    agent any
    environment {
        APP = 'studio-desk'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                sh '''
                    sshpass -p '@@P@@' scp build/libs/studio-desk.jar deploy@desk-server:/opt/studio-desk/
                    sshpass -p '@@P@@' ssh deploy@desk-server 'sudo systemctl restart studio-desk'
                '''
            }
        }
    }
}
""", P=p), p, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/")

p = word_pw()
sec("bitbucket", "ftp-password", "bitbucket-pipelines.yml", T(r"""
image: node:20

pipelines:
  branches:
    main:
      - step:
          name: Build timetable site
          caches: [node]
          script:
            - npm ci
            - npm run build
          artifacts: [public/**]
      - step:
          name: Deploy
          deployment: production
          script:
            - pipe: atlassian/ftp-deploy:0.7.1
              variables:
                USER: 'footlights'
                PASSWORD: '@@P@@'
                SERVER: 'ftp.footlightsdance.co.uk'
                REMOTE_PATH: '/public_html'
                LOCAL_PATH: 'public'
""", P=p), p, "https://bitbucket.org/atlassian/ftp-deploy/src/master/README.md")

k = "CFPAT-" + token(43, URLSAFE)
sec("toml", "contentful-management-token", "netlify.toml", T(r"""
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  CONTENTFUL_SPACE_ID = "@@SP@@"
  CONTENTFUL_MANAGEMENT_TOKEN = "@@K@@"

[[redirects]]
  from = "/timetable"
  to = "/classes"
  status = 301
""", SP=chars(12, LOWERNUM), K=k), k, "https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api")

p = rand_pw(20)
sec("pgpass", "postgres-password", "reporting/.pgpass", T(r"""
# ~/.pgpass for the reporting box (chmod 600)
# hostname:port:database:username:password
# replica is read-only; the nightly ETL reads from it
# see docs/reporting.md
studio-replica.internal:5432:studio:etl:@@P@@
""", P=p), p, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

k = uuid4()
sec("netrc", "heroku-api-key", "ops/dotfiles/.netrc", T(r"""
machine api.heroku.com
  login ops@pointeblankdance.com
  password @@K@@
machine git.heroku.com
  login ops@pointeblankdance.com
  password @@K@@
""", K=k), k, "https://devcenter.heroku.com/articles/authentication#api-token-storage")

k = fakes.github_token(_seed())
sec("gitmodules", "github-token", ".gitmodules", T(r"""
[submodule "themes/studio-theme"]
    path = themes/studio-theme
    url = https://x-access-token:@@K@@@github.com/rhythm-grace/studio-theme.git
[submodule "vendor/timetable-widget"]
    path = vendor/timetable-widget
    url = https://github.com/rhythm-grace/timetable-widget.git
""", K=k), k, "https://git-scm.com/docs/gitmodules")

ak, k = "DO00" + chars(16, UPPERNUM), token(43, B64)
sec("s3cfg", "spaces-secret-key", "ops/.s3cfg", T(r"""
[default]
access_key = @@AK@@
secret_key = @@K@@
host_base = ams3.digitaloceanspaces.com
host_bucket = %(bucket)s.ams3.digitaloceanspaces.com
use_https = True
signature_v2 = False
""", AK=ak, K=k), k, "https://docs.digitalocean.com/products/spaces/reference/s3cmd/")

ak, k = chars(20, UPPERNUM), token(40)
sec("rclone", "wasabi-secret-key", "backup/rclone.conf", T(r"""
[wasabi]
type = s3
provider = Wasabi
access_key_id = @@AK@@
secret_access_key = @@K@@
endpoint = s3.eu-central-1.wasabisys.com
acl = private

[nas]
type = sftp
host = 192.168.10.5
user = backup
key_file = ~/.ssh/nas_backup
""", AK=ak, K=k), k, "https://rclone.org/s3/#wasabi")

k = b64(word_pw())
sec("filezilla", "ftp-password-base64", "docs/filezilla-sitemanager.xml", T(r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.silverslipperdance.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>webmaster@silverslipperdance.com</User>
            <Pass encoding="base64">@@K@@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <EncodingType>Auto</EncodingType>
            <BypassProxy>0</BypassProxy>
            <Name>Studio website</Name>
            <RemoteDir>1 0 11 public_html</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
            <DirectoryComparison>0</DirectoryComparison>
        </Server>
    </Servers>
</FileZilla3>
""", K=k), k, "https://wiki.filezilla-project.org/Site_Manager")

k = hexs(20)
sec("js", "pusher-app-secret", "server/checkin-board.js", T(r"""
const Pusher = require('pusher');

const pusher = new Pusher({
  appId: '@@APP@@',
  key: '@@PK@@',
  secret: '@@K@@',
  cluster: 'eu',
  useTLS: true,
});

// Front desk check-in: the tablet at the door marks a dancer in, the corridor board updates.
async function checkIn(dancer, lesson) {
  await pusher.trigger(`private-studio-${lesson.roomId}`, 'dancer-checked-in', {
    dancerId: dancer.id,
    firstName: dancer.firstName,
    lessonId: lesson.id,
    at: new Date().toISOString(),
  });
}

module.exports = { pusher, checkIn };
""", APP=digits(7), PK=hexs(20), K=k), k, "https://pusher.com/docs/channels/server_api/authenticating-users/")

k = token(32, LOWERNUM)
sec("yaml", "mux-webhook-secret", "video-service/config/production.yaml", T(r"""
server:
  port: 8080
mux:
  environment: production
  webhook_signing_secret: @@K@@
  signed_playback:
    key_id_env: MUX_SIGNING_KEY_ID
    private_key_path: /run/secrets/mux-signing.pem
  max_resolution: 1080p
routines:
  default_policy: signed
  token_ttl: 6h
""", K=k), k, "https://docs.mux.com/core/verify-webhook-signatures")

k = "sl." + token(136, URLSAFE)
sec("python", "dropbox-access-token", "tools/fetch_videographer_upload.py", T(r'''
"""Fetch the videographer's recital upload from the shared Dropbox folder."""
import pathlib

import dropbox

DBX_TOKEN = "@@K@@"
SHARED = "/Recital 2024 - Footlights (videographer)"
OUT = pathlib.Path("/srv/recital/raw")

dbx = dropbox.Dropbox(DBX_TOKEN)
for entry in dbx.files_list_folder(SHARED).entries:
    if isinstance(entry, dropbox.files.FileMetadata) and entry.name.lower().endswith((".mp4", ".mov")):
        target = OUT / entry.name
        if not target.exists():
            dbx.files_download_to_file(str(target), entry.path_lower)
            print("downloaded", entry.name, entry.size // 1_000_000, "MB")
''', K=k), k, "https://developers.dropbox.com/oauth-guide")

p = rand_pw(24)
sec("sql", "postgres-role-password", "db/init/02-roles.sql", T(r"""
-- 02-roles.sql (mounted into /docker-entrypoint-initdb.d)
CREATE ROLE portal_app LOGIN PASSWORD '@@P@@';
CREATE ROLE portal_readonly NOLOGIN;
GRANT CONNECT ON DATABASE portal TO portal_app;
GRANT USAGE ON SCHEMA public TO portal_app, portal_readonly;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO portal_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO portal_readonly;
""", P=p), p, "https://www.postgresql.org/docs/current/sql-createrole.html")

k = stripe_key()
sec("shell-history", "stripe-secret-key", "ops/history/zsh_history_office-mac", T(r"""
: 1725271234:0;cd ~/code/portal
: 1725271240:0;git status
: 1725271302:0;curl "https://api.stripe.com/v1/invoices?status=open&limit=5" -u @@K@@:
: 1725271377:0;stripe listen --forward-to localhost:8000/webhooks/stripe
: 1725271450:0;npm run dev
: 1725271601:0;git checkout -b fix/sibling-discount
""", K=k), k, "https://docs.stripe.com/api/authentication")

p = rand_pw(18)
sec("markdown", "connection-string", "tools/dsp-migrate/README.md", T(r"""
# dsp-migrate

Moves families, dancers and enrolments from the old DanceStudio-Pro database into the new portal.

## Running

```bash
python -m dsp_migrate \
  --source "mssql+pyodbc://dsp_export:@@P@@@frontdesk.local/DanceStudioPro?driver=ODBC+Driver+18+for+SQL+Server" \
  --target "$PORTAL_DATABASE_URL" \
  --term autumn-2024
```

It is safe to run twice: families are matched on the billing email.

## Known gaps

- medical notes are not copied (they are exported to the encrypted share by hand)
- sibling discounts are recalculated by the portal, not copied
""", P=p), p, "https://docs.sqlalchemy.org/en/20/dialects/mssql.html#module-sqlalchemy.dialects.mssql.pyodbc")

p = rand_pw(24, "-_")
sec("terraform", "cloud-sql-password", "infra/gcp/database.tf", T(r"""
resource "google_sql_database_instance" "studio" {
  name             = "studio-pg16"
  database_version = "POSTGRES_16"
  region           = "australia-southeast1"

  settings {
    tier = "db-custom-1-3840"
    backup_configuration {
      enabled    = true
      start_time = "16:00"
    }
  }
}

resource "google_sql_database" "portal" {
  name     = "portal"
  instance = google_sql_database_instance.studio.name
}

resource "google_sql_user" "portal" {
  name     = "portal"
  instance = google_sql_database_instance.studio.name
  password = "@@P@@"
}
""", P=p), p, "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/sql_user")

p = rand_pw(16)
sec("cisco", "local-user-secret", "network/switch-bootstrap.txt", T(r"""
! front desk switch bootstrap - paste in config mode
hostname studio-sw1
ip domain-name studio.local
username studioadmin privilege 15 secret @@P@@
crypto key generate rsa modulus 2048
ip ssh version 2
line vty 0 4
 login local
 transport input ssh
vlan 10
 name STAFF
vlan 20
 name GUEST-PARENTS
interface range GigabitEthernet1/0/1-8
 switchport access vlan 10
interface range GigabitEthernet1/0/9-20
 switchport access vlan 20
end
write memory
""", P=p), p, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/m1/sec-m1-cr-book/sec-cr-t2.html#wp3210543720")

p = person_pw()
sec("xml", "smtp-password", "src/StudioDesk.Web/Web.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="bookings@footlightsdance.co.uk" deliveryMethod="Network">
        <network host="smtp.office365.com" port="587" enableSsl="true"
                 userName="bookings@footlightsdance.co.uk" password="@@P@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="Studio.Name" value="Footlights Dance Centre" />
    <add key="Bookings.HolidayWorkshops" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", P=p), p, "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/network-element-network-settings")

p = rand_pw(20)
sec("env", "database-url", "costume-hire/.env.local", T(r"""
###> symfony/framework-bundle ###
APP_ENV=prod
###< symfony/framework-bundle ###

###> doctrine/doctrine-bundle ###
DATABASE_URL="mysql://costumes:@@P@@@127.0.0.1:3306/costumes?serverVersion=8.0.32&charset=utf8mb4"
###< doctrine/doctrine-bundle ###

###> symfony/mailer ###
MAILER_DSN=null://null
###< symfony/mailer ###
""", P=p), p, "https://symfony.com/doc/current/doctrine.html#configuring-the-database")

tid, k = uuid4(), token(75, B64)
sec("js", "mux-token-secret-split", "teachers/upload/mux.js", T(r"""
// Mux direct uploads for teachers' rehearsal clips
import Mux from '@mux/mux-node';

const mux = new Mux({
  tokenId: '@@TID@@',
  tokenSecret: '@@K1@@' +
    '@@K2@@',
});

export async function createRehearsalUpload(teacherId, classId) {
  return mux.video.uploads.create({
    cors_origin: 'https://teachers.tapworks.studio',
    new_asset_settings: {
      playback_policy: ['signed'],
      passthrough: JSON.stringify({ teacherId, classId }),
    },
  });
}
""", TID=tid, K1=k[:38], K2=k[38:]), k, "https://github.com/muxinc/mux-node-sdk#usage")

k = fakes.github_token(_seed())
cfg = json.dumps({"auths": {"ghcr.io": {"username": "footlights-ci", "password": k,
                                        "auth": b64("footlights-ci:" + k)}}})
sec("k8s-secret", "registry-token", "deploy/k8s/ghcr-pull-secret.yaml", T(r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: studio
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@C@@
""", C=b64(cfg)), k, "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/")

# ---------------------------------------------------------------------------------------------
# Decoys: placeholders, references, ciphertext
# ---------------------------------------------------------------------------------------------

dec("env", "placeholder", ".env.example", T(r"""
# Copy to .env and fill in from the studio 1Password vault. Never commit the real .env.
APP_ENV=local
APP_URL=http://localhost:8000
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/studio

STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=whsec_...
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SENDGRID_API_KEY=<sendgrid-api-key>
MUX_TOKEN_ID=
MUX_TOKEN_SECRET=
JWT_SECRET=change-me
"""), "https://12factor.net/config")

dec("helm", "existing-secret", "charts/studio-portal/values.yaml", T(r"""
replicaCount: 1
image:
  repository: registry.gitlab.com/silverslipper/portal
  tag: ""
  pullPolicy: IfNotPresent

database:
  host: portal-db
  name: portal
  user: portal_app
  # password comes from an existing Secret, created by the ops team
  existingSecret: portal-db
  existingSecretPasswordKey: DB_PASSWORD

stripe:
  existingSecret: billing-stripe
  secretKeyKey: STRIPE_SECRET_KEY

mail:
  host: smtp.gmail.com
  port: 587
  username: office@silverslipperdance.com
  passwordSecretRef:
    name: portal-smtp
    key: password
"""), "https://helm.sh/docs/chart_best_practices/values/")

dec("k8s", "secret-key-ref", "deploy/k8s/billing-worker.yaml", T(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-worker
  namespace: studio
spec:
  replicas: 1
  selector:
    matchLabels: { app: billing-worker }
  template:
    metadata:
      labels: { app: billing-worker }
    spec:
      containers:
        - name: worker
          image: ghcr.io/footlights-dance/billing-worker:1.14.2
          env:
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef:
                  name: billing-stripe
                  key: STRIPE_SECRET_KEY
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: portal-db
                  key: DB_PASSWORD
            - name: BILLING_RUN_DAY
              value: "1"
          resources:
            requests: { cpu: 50m, memory: 128Mi }
"""), "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

dec("github-actions", "secrets-context", ".github/workflows/release.yml", T(r"""
name: Release parent app
on:
  push:
    tags: ["v*"]
jobs:
  ios:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with:
          bundler-cache: true
      - name: Build and upload to TestFlight
        env:
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
          APP_STORE_CONNECT_API_KEY_ID: ${{ secrets.ASC_KEY_ID }}
          APP_STORE_CONNECT_API_ISSUER_ID: ${{ secrets.ASC_ISSUER_ID }}
          APP_STORE_CONNECT_API_KEY_CONTENT: ${{ secrets.ASC_KEY_P8 }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: bundle exec fastlane ios beta
"""), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

dec("terraform", "random-password", "infra/database.tf", T(r"""
variable "db_admin_password" {
  description = "Set through TF_VAR_db_admin_password in the pipeline"
  type        = string
  sensitive   = true
}

resource "random_password" "portal_app" {
  length           = 32
  special          = true
  override_special = "-_"
}

resource "aws_db_instance" "studio" {
  identifier          = "studio-pg"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "studio_admin"
  password            = var.db_admin_password
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "portal_app" {
  secret_id     = aws_secretsmanager_secret.portal_app.id
  secret_string = random_password.portal_app.result
}
"""), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

vault_lines = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(46)
dec("ansible", "vault-ciphertext", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")


def enc(n: int) -> str:
    return f"ENC[AES256_GCM,data:{token(n, B64)},iv:{token(43, B64)}=,tag:{token(22, B64)}==,type:str]"


age_recipient = "age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
dec("yaml", "sops-ciphertext", "secrets/production.enc.yaml", T(r"""
stripe_secret_key: @@E1@@
twilio_auth_token: @@E2@@
smtp_password: @@E3@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: @@R@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB@@A1@@
            @@A2@@
            @@A3@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-30T09:14:02Z"
    mac: @@MAC@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", E1=enc(107), E2=enc(32), E3=enc(20), R=age_recipient, A1=token(21, B64), A2=token(64, B64), A3=token(40, B64) + "==",
    MAC=enc(64)), "https://github.com/getsops/sops#encrypting-using-age")

dec("k8s", "sealed-secret", "deploy/k8s/sealed-smtp.yaml", T(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-smtp
  namespace: parent-portal
spec:
  encryptedData:
    password: AgB@@S1@@
    username: AgC@@S2@@
  template:
    metadata:
      name: portal-smtp
      namespace: parent-portal
    type: Opaque
""", S1=token(681, B64) + "=", S2=token(677, B64) + "=="), "https://github.com/bitnami-labs/sealed-secrets#usage")

dec("sql", "password-hashes", "db/seeds/demo_parents.sql", T(r"""
-- Demo families for the staging portal. Hashes only: staging parents sign in with magic links.
INSERT INTO families (id, surname, billing_email) VALUES
  (1, 'Okafor', 'demo.okafor@example.com'),
  (2, 'Lindqvist', 'demo.lindqvist@example.com'),
  (3, 'Murphy', 'demo.murphy@example.com');

INSERT INTO guardians (id, family_id, first_name, email, password_hash) VALUES
  (1, 1, 'Adaeze', 'demo.okafor@example.com', '@@H1@@'),
  (2, 2, 'Karin', 'demo.lindqvist@example.com', '@@H2@@'),
  (3, 3, 'Siobhan', 'demo.murphy@example.com', '@@H3@@');

INSERT INTO dancers (id, family_id, first_name, date_of_birth) VALUES
  (1, 1, 'Chioma', '2016-04-11'),
  (2, 2, 'Elsa', '2014-09-30'),
  (3, 3, 'Aoife', '2017-01-22');
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash()), "https://en.wikipedia.org/wiki/Bcrypt")


def pbkdf2() -> str:
    return f"pbkdf2_sha256$600000${token(22)}${token(43, B64)}="


dec("json", "password-hashes", "studio/fixtures/staff.json", T(r"""
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "owner",
      "email": "owner@barrenonedance.com",
      "password": "@@H1@@",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "username": "frontdesk",
      "email": "office@barrenonedance.com",
      "password": "@@H2@@",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", H1=pbkdf2(), H2=pbkdf2()), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

dec("js", "stripe-publishable-key", "public/js/checkout.js", T(r"""
// Term fee checkout on the parent portal (Payment Element).
const stripe = Stripe('pk_live_51@@PK@@');

const { clientSecret, returnUrl } = window.__TERM_PAYMENT__;
const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe', variables: { colorPrimary: '#b03a6f' } } });
elements.create('payment').mount('#payment-element');

document.querySelector('#pay-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { error } = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl } });
  if (error) {
    document.querySelector('#pay-error').textContent = error.message;
  }
});
""", PK=token(97)), "https://docs.stripe.com/keys#obtain-api-keys")

dec("yaml", "stripe-price-ids", "config/fees.yml", T(r"""
# Term fees. Ids are Stripe object ids (not secrets); amounts are for display only.
terms:
  autumn-2024:
    stripe_product: prod_@@P1@@
    prices:
      one_class_per_week: price_1@@Q1@@   # 120.00
      two_classes_per_week: price_1@@Q2@@ # 210.00
      unlimited: price_1@@Q3@@            # 320.00
  spring-2025:
    stripe_product: prod_@@P2@@
    prices:
      one_class_per_week: price_1@@Q4@@
      two_classes_per_week: price_1@@Q5@@
      unlimited: price_1@@Q6@@
coupons:
  sibling: SIBLING10
  staff_child: STAFFKID
tax_rate: txr_1@@TX@@
""", P1=token(14), P2=token(14), Q1=token(23), Q2=token(23), Q3=token(23), Q4=token(23), Q5=token(23), Q6=token(23),
    TX=token(23)), "https://docs.stripe.com/api/prices/object")

dec("python", "public-identifier", "notify/sms.py", T(r"""
import os

from twilio.rest import Client

# The account SID identifies the account; the key pair that authenticates comes from the environment.
ACCOUNT_SID = "AC@@SID@@"
MESSAGING_SERVICE_SID = "MG@@MG@@"

client = Client(os.environ["TWILIO_API_KEY_SID"], os.environ["TWILIO_API_KEY_SECRET"], ACCOUNT_SID)


def text_guardian(mobile: str, body: str) -> str:
    message = client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=mobile, body=body)
    return message.sid
""", SID=hexs(32), MG=hexs(32)), "https://www.twilio.com/docs/glossary/what-is-a-sid")

dec("json", "template-ids", "config/email-templates.json", T(r"""
{
  "provider": "sendgrid",
  "from": { "email": "office@rhythmandgrace.com.au", "name": "Rhythm & Grace Dance Studio" },
  "templates": {
    "welcome": "d-@@T1@@",
    "term_statement": "d-@@T2@@",
    "class_cancelled": "d-@@T3@@",
    "recital_tickets": "d-@@T4@@",
    "video_posted": "d-@@T5@@"
  },
  "asm_group_id": 24817
}
""", T1=hexs(32), T2=hexs(32), T3=hexs(32), T4=hexs(32), T5=hexs(32)),
    "https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates")

mapbox = "pk." + b64url(json.dumps({"u": "silverslipperdance", "a": token(25, LOWERNUM)}, separators=(",", ":"))) + "." + token(22, URLSAFE)
dec("html", "mapbox-public-token", "site/contact.html", T(r"""
<section class="find-us">
  <h2>Find the studio</h2>
  <p>14 Quarry Lane, above the bakery. Parking behind the church hall after 5pm.</p>
  <div id="map" style="height: 320px"></div>
</section>
<link href="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.css" rel="stylesheet">
<script src="https://api.mapbox.com/mapbox-gl-js/v3.6.0/mapbox-gl.js"></script>
<script>
  // public token, restricted to silverslipperdance.com in the Mapbox account
  mapboxgl.accessToken = '@@T@@';
  const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [-1.5491, 53.8008], zoom: 15 });
  new mapboxgl.Marker({ color: '#b03a6f' }).setLngLat([-1.5491, 53.8008]).addTo(map);
</script>
""", T=mapbox), "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token")

dec("html", "analytics-ids", "site/_includes/head.html", T(r"""
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="google-site-verification" content="@@GSV@@">
<title>{{ page.title }} | Footlights Dance Centre</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@GA@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@GA@@');
</script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@PX@@');
  fbq('track', 'PageView');
</script>
""", GSV=token(43, URLSAFE), GA=chars(10, UPPERNUM), PX=digits(15)), "https://developers.google.com/tag-platform/gtagjs/install")

dec("ansible", "ssh-public-key", "ansible/roles/users/vars/main.yml", T(r"""
---
studio_admins:
  - name: dana
    comment: "Dana (owner)"
    groups: [sudo]
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E1@@ dana@studio-laptop"
  - name: priya
    comment: "Priya (contractor, portal)"
    groups: [sudo, docker]
    ssh_key: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@R1@@ priya@thinkpad"
  - name: ci
    comment: "deploy from CI"
    groups: [docker]
    ssh_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E2@@ gitlab-ci"
remove_users: [oldtech]
""", E1=token(43, B64), R1=token(504, B64) + "=", E2=token(43, B64)),
    "https://docs.ansible.com/ansible/latest/collections/ansible/posix/authorized_key_module.html")

cert = public_cert()
dec("xml", "saml-certificate", "saml/idp-metadata.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.silverslipperdance.com/realms/staff">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@C@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                            Location="https://sso.silverslipperdance.com/realms/staff/protocol/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", C="".join(cert.splitlines()[1:-1])), "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf")


def sri(n: int = 86) -> str:
    return token(n, B64) + "=="


dec("json", "lockfile-integrity", "package-lock.json", T(r"""
{
  "name": "parent-portal-web",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "parent-portal-web",
      "version": "3.4.0",
      "dependencies": {
        "@stripe/stripe-js": "^4.3.0",
        "@mux/mux-player": "^2.8.0"
      }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.3.0.tgz",
      "integrity": "sha512-@@I1@@",
      "engines": { "node": ">=12.16" }
    },
    "node_modules/@mux/mux-player": {
      "version": "2.8.0",
      "resolved": "https://registry.npmjs.org/@mux/mux-player/-/mux-player-2.8.0.tgz",
      "integrity": "sha512-@@I2@@",
      "dependencies": { "@mux/playback-core": "0.25.2" }
    },
    "node_modules/@mux/playback-core": {
      "version": "0.25.2",
      "resolved": "https://registry.npmjs.org/@mux/playback-core/-/playback-core-0.25.2.tgz",
      "integrity": "sha512-@@I3@@"
    }
  }
}
""", I1=sri(), I2=sri(), I3=sri()), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

dec("dockerfile", "digest-pins", "transcoder/Dockerfile", T(r"""
# Routine video transcoder: ffmpeg + a small Python worker
FROM python:3.12-slim@sha256:@@D1@@ AS base

ARG FFMPEG_VERSION=7.0.2
ARG FFMPEG_SHA256=@@D2@@
RUN apt-get update && apt-get install -y --no-install-recommends curl xz-utils ca-certificates \
 && curl -fsSL -o /tmp/ffmpeg.tar.xz "https://johnvansickle.com/ffmpeg/releases/ffmpeg-${FFMPEG_VERSION}-amd64-static.tar.xz" \
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe' \
 && rm -rf /tmp/ffmpeg.tar.xz /var/lib/apt/lists/*

WORKDIR /worker
COPY requirements.txt .
RUN pip install --no-cache-dir --require-hashes -r requirements.txt
COPY worker/ ./worker/
USER 1000
CMD ["python", "-m", "worker.main"]
""", D1=hexs(64), D2=hexs(64)), "https://docs.docker.com/reference/dockerfile/#from")

dec("pip", "hashes", "transcoder/requirements.txt", T(r"""
# generated by pip-compile --generate-hashes
boto3==1.35.10 \
    --hash=sha256:@@H1@@ \
    --hash=sha256:@@H2@@
ffmpeg-python==0.2.0 \
    --hash=sha256:@@H3@@
redis==5.0.8 \
    --hash=sha256:@@H4@@ \
    --hash=sha256:@@H5@@
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)),
    "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

dec("markdown", "vendor-example-keys", "docs/aws-setup.md", T(r"""
# Setting up the AWS CLI for video uploads

Ask Dana for an IAM user in the `video-uploaders` group. You will get an access key pair
once; store it in 1Password, never in this repo.

Configure a named profile:

```console
$ aws configure --profile ss-videos
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: eu-west-2
Default output format [None]: json
```

(The keys above are the placeholders from the AWS documentation; use your own.)

Then test with `aws s3 ls s3://silverslipper-routine-videos --profile ss-videos`.
"""), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

dec("python", "test-fake-tokens", "tests/test_sms.py", T(r"""
from unittest import mock

import pytest

from notify import sms

FAKE_ACCOUNT_SID = "AC" + "0" * 32
FAKE_KEY_SID = "SK" + "0" * 32
FAKE_KEY_SECRET = "not-a-real-secret"


@pytest.fixture(autouse=True)
def twilio_env(monkeypatch):
    monkeypatch.setenv("TWILIO_API_KEY_SID", FAKE_KEY_SID)
    monkeypatch.setenv("TWILIO_API_KEY_SECRET", FAKE_KEY_SECRET)


def test_text_guardian_uses_messaging_service():
    with mock.patch.object(sms.client.messages, "create") as create:
        create.return_value.sid = "SM" + "1" * 32
        assert sms.text_guardian("+447700900123", "Class cancelled") == "SM" + "1" * 32
    create.assert_called_once()
    assert create.call_args.kwargs["to"] == "+447700900123"
"""), "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

dec("markdown", "redacted", "docs/incidents/2024-03-stripe-timeouts.md", T(r"""
# 2024-03-04: term billing run timed out

## What happened
The billing worker hit Stripe rate limits while raising 412 invoices at once and gave up
after 3 retries. 57 families were not invoiced until the next morning.

## Evidence
```
09:00:03 INFO  billing run start term=spring-2024 families=412
09:02:41 WARN  stripe 429 request_id=req_[redacted] key=sk_live_****************************Xq2
09:02:44 ERROR giving up after 3 retries: Authorization: Bearer [REDACTED]
```

## Fixes
- batch invoices 25 at a time with a 1 s pause
- the key shown in the log is masked by the logger; we checked no full key was logged
"""), "https://sre.google/sre-book/example-postmortem/")

dec("python", "env-lookup", "portal/config.py", T(r"""
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_url: str
    stripe_secret_key: str
    stripe_webhook_secret: str
    sendgrid_api_key: str
    jwt_secret: str
    mux_token_id: str
    mux_token_secret: str


def load() -> Settings:
    env = os.environ
    return Settings(
        database_url=env["DATABASE_URL"],
        stripe_secret_key=env["STRIPE_SECRET_KEY"],
        stripe_webhook_secret=env["STRIPE_WEBHOOK_SECRET"],
        sendgrid_api_key=env.get("SENDGRID_API_KEY", ""),
        jwt_secret=env["JWT_SECRET"],
        mux_token_id=env["MUX_TOKEN_ID"],
        mux_token_secret=env["MUX_TOKEN_SECRET"],
    )
"""), "https://12factor.net/config")

dec("python", "secrets-manager", "lambdas/term_reminders/handler.py", T(r"""
import json
import os

import boto3

_secrets = boto3.client("secretsmanager")
_cache = {}


def secret(name: str) -> dict:
    if name not in _cache:
        value = _secrets.get_secret_value(SecretId=name)["SecretString"]
        _cache[name] = json.loads(value)
    return _cache[name]


def handler(event, context):
    twilio = secret(os.environ["TWILIO_SECRET_NAME"])
    from twilio.rest import Client
    client = Client(twilio["api_key_sid"], twilio["api_key_secret"], twilio["account_sid"])
    for reminder in event["reminders"]:
        client.messages.create(messaging_service_sid=twilio["messaging_service_sid"],
                               to=reminder["mobile"], body=reminder["text"])
    return {"sent": len(event["reminders"])}
"""), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html")

dec("hcl", "vault-agent-template", "deploy/vault/agent.hcl", T(r"""
vault {
  address = "https://vault.studio.internal:8200"
}

auto_auth {
  method "kubernetes" {
    config = {
      role = "parent-portal"
    }
  }
  sink "file" {
    config = { path = "/home/vault/.token" }
  }
}

template {
  destination = "/vault/secrets/portal.env"
  contents    = <<EOT
{{ with secret "kv/data/parent-portal/stripe" }}STRIPE_SECRET_KEY={{ .Data.data.secret_key }}{{ end }}
{{ with secret "database/creds/portal-app" }}DB_USER={{ .Data.username }}
DB_PASSWORD={{ .Data.password }}{{ end }}
EOT
}
"""), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

dec("json", "key-vault-reference", "infra/appsettings.azure.json", T(r"""
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "ConnectionStrings__StudioDb", "value": "@Microsoft.KeyVault(SecretUri=https://kv-tapworks.vault.azure.net/secrets/StudioDb/)", "slotSetting": false },
  { "name": "AuthorizeNet__TransactionKey", "value": "@Microsoft.KeyVault(VaultName=kv-tapworks;SecretName=AuthNetTransactionKey)", "slotSetting": false },
  { "name": "Postmark__ServerToken", "value": "@Microsoft.KeyVault(VaultName=kv-tapworks;SecretName=PostmarkServerToken)", "slotSetting": false },
  { "name": "Storage__RoutineVideosContainer", "value": "routine-videos", "slotSetting": false }
]
"""), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

dec("k8s", "external-secret", "deploy/k8s/external-secrets.yaml", T(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-stripe
  namespace: studio
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: billing-stripe
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/billing/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/billing/stripe
        property: webhook_secret
"""), "https://external-secrets.io/latest/api/externalsecret/")

dec("compose", "env-interpolation", "docker-compose.yml", T(r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: studio
      POSTGRES_USER: studio
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data

  portal:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://studio:${POSTGRES_PASSWORD}@db:5432/studio
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [db]
    ports:
      - "8000:8000"

volumes:
  pgdata:
"""), "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

ref = chars(20, string.ascii_lowercase)
anon = jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": 1712048233, "exp": 2027624233})
dec("js", "supabase-anon-key", "web/src/lib/supabase.js", T(r"""
import { createClient } from '@supabase/supabase-js';

// The anon key is public by design (it ships to every browser); row level security
// policies decide what a signed-in parent may read. The service role key never leaves the server.
export const supabase = createClient(
  'https://@@REF@@.supabase.co',
  '@@ANON@@',
);

export async function myDancers() {
  const { data, error } = await supabase.from('dancers').select('id, first_name, classes(name, weekday, starts_at)');
  if (error) throw error;
  return data;
}
""", REF=ref, ANON=anon), "https://supabase.com/docs/guides/api/api-keys#the-anon-key")

dec("swift", "revenuecat-public-key", "ParentApp/App/Purchases.swift", T(r"""
import RevenueCat

enum PurchasesSetup {
    /// Public app-specific SDK key (RevenueCat: "safe to include in your app").
    static let apiKey = "appl_@@K@@"

    static func configure(familyId: String) {
        Purchases.logLevel = .warn
        Purchases.configure(withAPIKey: apiKey, appUserID: familyId)
    }

    static func hasVideoPass() async -> Bool {
        let info = try? await Purchases.shared.customerInfo()
        return info?.entitlements["routine_video_pass"]?.isActive == true
    }
}
""", K=token(27)), "https://www.revenuecat.com/docs/welcome/authentication")

dec("js", "algolia-search-key", "web/src/search.js", T(r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

// Search-only key: read access to the public timetable index, safe in the browser.
const searchClient = algoliasearch('@@APP@@', '@@K@@');

const search = instantsearch({ indexName: 'classes_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#class-search', placeholder: 'Ballet, tap, age 6...' }),
  refinementList({ container: '#style-filter', attribute: 'style' }),
  refinementList({ container: '#day-filter', attribute: 'day' }),
  hits({ container: '#class-hits', templates: { item: (hit, { html }) => html`<strong>${hit.name}</strong> ${hit.day} ${hit.start}` } }),
]);
search.start();
""", APP=chars(10, UPPERNUM), K=hexs(32)), "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

dec("js", "unsigned-upload-preset", "web/src/upload-widget.js", T(r"""
// Parents upload a costume-fitting photo from their phone. Unsigned preset: the preset
// itself limits format, size and folder; no API secret is involved on the client.
const widget = cloudinary.createUploadWidget(
  {
    cloudName: 'footlights-dance',
    uploadPreset: 'costume_fitting_unsigned',
    sources: ['local', 'camera'],
    multiple: false,
    maxFileSize: 8_000_000,
    clientAllowedFormats: ['jpg', 'jpeg', 'png', 'heic'],
  },
  (error, result) => {
    if (!error && result.event === 'success') {
      document.querySelector('#photo-id').value = result.info.public_id;
    }
  },
);
document.querySelector('#upload-photo').addEventListener('click', () => widget.open());
"""), "https://cloudinary.com/documentation/upload_widget#unsigned_uploads")

dec("js", "square-application-id", "boxoffice/web/payments.js", T(r"""
// Web Payments SDK for advance recital ticket sales. Application and location ids are public.
const APPLICATION_ID = 'sq0idp-@@APP@@';
const LOCATION_ID = 'L@@LOC@@';

async function initCard() {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach('#card-container');
  document.querySelector('#buy').addEventListener('click', async () => {
    const result = await card.tokenize();
    if (result.status !== 'OK') return;
    await fetch('/boxoffice/api/pay', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sourceId: result.token, seats: window.selectedSeats }),
    });
  });
}
initCard();
""", APP=token(22, URLSAFE), LOC=chars(12, UPPERNUM)), "https://developer.squareup.com/docs/web-payments/take-card-payment")

dec("html", "paypal-client-id", "site/donate.html", T(r"""
<h1>Support the scholarship fund</h1>
<p>Every donation helps a dancer whose family can't cover term fees take class with us.</p>
<div id="paypal-buttons"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@CID@@&currency=GBP&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: (data, actions) => actions.order.create({
      purchase_units: [{ amount: { value: document.querySelector('#amount').value }, description: 'Scholarship fund' }],
    }),
    onApprove: (data, actions) => actions.order.capture().then(() => { location.href = '/thank-you'; }),
  }).render('#paypal-buttons');
</script>
""", CID="A" + token(79, URLSAFE)), "https://developer.paypal.com/sdk/js/configuration/#client-id")

dec("html", "recaptcha-site-key", "site/trial-class.html", T(r"""
<form id="trial-form" action="/api/trial-signup" method="post">
  <label>Dancer's name <input name="dancer" required></label>
  <label>Age <input name="age" type="number" min="2" max="18" required></label>
  <label>Your email <input name="email" type="email" required></label>
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <button type="submit">Book a free trial class</button>
</form>
<script src="https://www.google.com/recaptcha/api.js?render=@@SK@@"></script>
<script>
  document.querySelector('#trial-form').addEventListener('submit', (e) => {
    e.preventDefault();
    grecaptcha.ready(() => grecaptcha.execute('@@SK@@', { action: 'trial_signup' }).then((token) => {
      document.querySelector('#g-recaptcha-response').value = token;
      e.target.submit();
    }));
  });
</script>
""", SK="6L" + token(38, URLSAFE)), "https://developers.google.com/recaptcha/docs/v3")

dec("markdown", "jwt-example", "docs/parent-api.md", T(r"""
# Parent portal API

All calls need a bearer token from `POST /api/login`:

```http
GET /api/me/dancers HTTP/1.1
Host: portal.tapworks.studio
Authorization: Bearer <token>
```

A token is a JWT. To see what one holds, paste it into jwt.io; the example from jwt.io's
home page looks like this (it is not one of ours, and it is signed with `your-256-bit-secret`):

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Ours carry `sub` (guardian id), `fam` (family id) and `dancers`, and expire after 8 hours.
"""), "https://jwt.io/introduction")

rows = "\n".join(f"{uuid4()},{name},{day},{start},{room},{uuid4()}" for name, day, start, room in [
    ("Pre-Ballet (3-4)", "Sat", "09:00", "Studio 1"), ("Grade 1 Ballet", "Mon", "16:15", "Studio 1"),
    ("Junior Tap", "Tue", "17:00", "Studio 2"), ("Jazz 7-9", "Wed", "17:30", "Studio 2"),
    ("Senior Contemporary", "Thu", "19:00", "Studio 1"), ("Adult Tap Beginners", "Fri", "19:30", "Studio 2")])
dec("csv", "uuid-ids", "imports/autumn-term-classes.csv",
    "class_id,name,weekday,start,room,teacher_id\n" + rows + "\n", "https://datatracker.ietf.org/doc/html/rfc9562")

c1, c2, c3, c4, c5 = hexs(40), hexs(40), hexs(40), hexs(40), hexs(40)
dec("markdown", "commit-shas", "CHANGELOG.md", T(r"""
# Changelog

## 3.4.0 (2024-08-28)
- Routine videos: signed playback for all new uploads ([@@C1S@@](https://gitlab.com/silverslipper/portal/-/commit/@@C1@@))
- Waitlist offers expire after 48 hours (@@C2S@@)

## 3.3.2 (2024-07-15)
- Fix sibling discount when one child drops a class mid-term (@@C3S@@)
- Recital ticket emails show the performance time (@@C4S@@)

## 3.3.1 (2024-06-30)
- Revert "bulk SMS via new provider" (reverts @@C5@@)
""", C1=c1, C1S=c1[:8], C2S=c2[:8], C3S=c3[:8], C4S=c4[:8], C5=c5), "https://keepachangelog.com/en/1.1.0/")

dec("yaml", "video-ids", "recital/playlist-2024.yml", T(r"""
# Summer Showcase 2024 - routine videos for the parent portal (ids only; playback is signed)
show: summer-showcase-2024
youtube_playlist: PL@@PL@@
routines:
  - title: "Tiny Toes - Teddy Bears' Picnic"
    class: pre-ballet-sat
    youtube_id: @@Y1@@
    vimeo_id: @@V1@@
  - title: "Junior Tap - Sing Sing Sing"
    class: junior-tap-tue
    youtube_id: @@Y2@@
    vimeo_id: @@V2@@
  - title: "Seniors - Contemporary Finale"
    class: senior-contemporary-thu
    youtube_id: @@Y3@@
    vimeo_id: @@V3@@
    mux_playback_id: @@M1@@
""", PL=token(32, URLSAFE), Y1=token(11, URLSAFE), Y2=token(11, URLSAFE), Y3=token(11, URLSAFE), V1=digits(9),
    V2=digits(9), V3=digits(9), M1=token(40)), "https://developers.google.com/youtube/v3/docs/videos#id")

dec("json", "eventbrite-ids", "recital/events.json", T(r"""
{
  "organization_id": "@@ORG@@",
  "venue_id": "@@VEN@@",
  "events": [
    { "id": "@@E1@@", "name": "Christmas Show - Saturday Matinee", "capacity": 320, "ticket_classes": ["@@T1@@", "@@T2@@"] },
    { "id": "@@E2@@", "name": "Christmas Show - Saturday Evening", "capacity": 320, "ticket_classes": ["@@T3@@", "@@T4@@"] }
  ],
  "checkout_widget": {
    "eventbrite_widget_module_id": "eventbrite-widget-modal-trigger-@@E1@@",
    "script": "https://www.eventbrite.co.uk/static/widgets/eb_widgets.js"
  }
}
""", ORG=digits(12), VEN=digits(9), E1=digits(12), E2=digits(12), T1=digits(10), T2=digits(10), T3=digits(10), T4=digits(10)),
    "https://www.eventbrite.com/platform/api#/reference/event")

dec("json", "mindbody-ids", "mindbody-sync/site-map.json", T(r"""
{
  "siteId": @@SITE@@,
  "locations": [
    { "mindbodyId": 1, "name": "Main Street", "portalId": "@@U1@@" },
    { "mindbodyId": 2, "name": "Riverside", "portalId": "@@U2@@" }
  ],
  "programs": {
    "22": "ballet",
    "23": "tap",
    "24": "jazz",
    "31": "adult-drop-in"
  },
  "staff": [
    { "mindbodyStaffId": 100000004, "portalTeacherId": "@@U3@@" },
    { "mindbodyStaffId": 100000011, "portalTeacherId": "@@U4@@" }
  ]
}
""", SITE=digits(6), U1=uuid4(), U2=uuid4(), U3=uuid4(), U4=uuid4()), "https://developers.mindbodyonline.com/PublicDocumentation/V6#site-endpoint")


def type9() -> str:
    return "$9$" + chars(14, BCRYPT) + "$" + chars(43, BCRYPT)


dec("cisco", "password-hashes", "network/studio-switch-running.cfg", T(r"""
!
version 15.2
service password-encryption
hostname studio-sw1
!
enable secret 9 @@H1@@
!
username studioadmin privilege 15 secret 9 @@H2@@
username tech privilege 1 secret 9 @@H3@@
!
ip ssh version 2
!
vlan 10
 name STAFF
vlan 20
 name GUEST-PARENTS
!
line vty 0 4
 login local
 transport input ssh
!
end
""", H1=type9(), H2=type9(), H3=type9()), "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html")

dec("htpasswd", "password-hashes", "deploy/nginx/.htpasswd", T(r"""
dana:@@H1@@
priya:@@H2@@
committee:$apr1$@@S1@@$@@A1@@
videographer:$apr1$@@S2@@$@@A2@@
frontdesk:@@H3@@
""", H1=bcrypt_hash("05", "2y"), H2=bcrypt_hash("05", "2y"), H3=bcrypt_hash("05", "2y"), S1=chars(8, BCRYPT), A1=chars(22, BCRYPT),
    S2=chars(8, BCRYPT), A2=chars(22, BCRYPT)), "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html")

dec("markdown", "masked-password", "docs/staff-accounts.md", T(r"""
# Staff accounts

| System              | Account                        | Password             | Owner  |
|---------------------|--------------------------------|----------------------|--------|
| Studio management   | office@footlightsdance.co.uk   | in 1Password (Office) | Dana   |
| Parent portal admin | admin                          | `********`           | Priya  |
| Square              | dana@footlightsdance.co.uk     | owner only, 2FA      | Dana   |
| Wi-Fi (staff)       | FOOTLIGHTS-STAFF               | on the office noticeboard | -  |

Passwords are never written in this repo. Ask Dana to share the 1Password item.
Rotate the front desk password when a receptionist leaves (checklist in `offboarding.md`).
"""), "https://support.1password.com/share-items/")

dec("shell-history", "secret-manager-cli", "ops/history/bash_history_ops-laptop", T(r"""
op signin
export STRIPE_SECRET_KEY="$(op read 'op://Studio/Stripe live/secret key')"
python -m billing.term_invoices --term autumn-2024 --dry-run
unset STRIPE_SECRET_KEY
aws ssm get-parameter --name /portal/prod/DB_PASSWORD --with-decryption --query Parameter.Value --output text | pbcopy
kubectl -n parent-portal get secret portal-db -o jsonpath='{.data.DB_PASSWORD}' | base64 -d | wc -c
vault kv get -field=webhook_secret kv/parent-portal/stripe > /dev/null && echo ok
history -c
"""), "https://developer.1password.com/docs/cli/reference/commands/read/")

dec("powershell", "secret-management", "tools/Sync-Mindbody.ps1", T(r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([int]$Days = 1)

$apiKey = Get-Secret -Name 'Mindbody-ApiKey' -Vault StudioVault -AsPlainText
$staff  = Get-Secret -Name 'Mindbody-Staff' -Vault StudioVault   # PSCredential

$headers = @{ 'Api-Key' = $apiKey; 'SiteId' = '123456' }
$body = @{ Username = $staff.UserName; Password = $staff.GetNetworkCredential().Password } | ConvertTo-Json
$token = (Invoke-RestMethod -Method Post -Uri 'https://api.mindbodyonline.com/public/v6/usertoken/issue' -Headers $headers -Body $body -ContentType 'application/json').AccessToken
$headers['Authorization'] = $token

$since = (Get-Date).AddDays(-$Days).ToString('yyyy-MM-dd')
$visits = Invoke-RestMethod -Uri "https://api.mindbodyonline.com/public/v6/class/classvisits?StartDate=$since" -Headers $headers
$visits.Class.Visits | Export-Csv -NoTypeInformation -Path "visits-$since.csv"
"""), "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

dec("jenkins", "with-credentials", "ci/Jenkinsfile", T(r"""
pipeline {
    agent { label 'linux' }
    stages {
        stage('Test') {
            steps { sh 'npm ci && npm test' }
        }
        stage('Deploy portal') {
            when { branch 'main' }
            steps {
                withCredentials([
                    sshUserPrivateKey(credentialsId: 'portal-deploy-key', keyFileVariable: 'DEPLOY_KEY'),
                    string(credentialsId: 'sentry-auth-token', variable: 'SENTRY_AUTH_TOKEN')
                ]) {
                    sh 'npx @sentry/cli sourcemaps upload --release "$GIT_COMMIT" dist'
                    sh 'rsync -az -e "ssh -i $DEPLOY_KEY" dist/ deploy@portal-web:/srv/portal/'
                }
            }
        }
    }
}
"""), "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

dec("circleci", "context-env", "video-service/.circleci/config.yml", T(r"""
version: 2.1
jobs:
  deploy:
    docker:
      - image: cimg/base:2024.08
    steps:
      - checkout
      - setup_remote_docker
      - run:
          name: Push image
          command: |
            echo "$GHCR_TOKEN" | docker login ghcr.io -u "$GHCR_USER" --password-stdin
            docker build -t ghcr.io/footlights-dance/video-service:$CIRCLE_SHA1 .
            docker push ghcr.io/footlights-dance/video-service:$CIRCLE_SHA1
workflows:
  main:
    jobs:
      - deploy:
          context: [ghcr-publish, mux-production]
          filters: { branches: { only: main } }
"""), "https://circleci.com/docs/contexts/")

dec("npmrc", "env-token", "web/.npmrc", T(r"""
registry=https://registry.npmjs.org/
@footlights:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}
fund=false
audit-level=high
"""), "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

dec("nuget", "env-token", "tools/nuget.config", T(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="tapworks" value="https://pkgs.dev.azure.com/tapworks/_packaging/studio/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <tapworks>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%TAPWORKS_FEED_PAT%" />
    </tapworks>
  </packageSourceCredentials>
</configuration>
"""), "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables")

dec("json", "integrated-security", "src/StudioDesk/appsettings.Development.json", T(r"""
{
  "ConnectionStrings": {
    "StudioDb": "Server=(localdb)\\MSSQLLocalDB;Database=StudioDesk_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Debug",
      "Microsoft.EntityFrameworkCore.Database.Command": "Information"
    }
  },
  "Postmark": {
    "ServerToken": "POSTMARK_API_TEST",
    "MessageStream": "outbound"
  }
}
"""), "https://postmarkapp.com/developer/api/overview#testing-api-requests")

dec("js", "fake-webhook-secret", "test/webhook.test.js", T(r"""
const request = require('supertest');
const Stripe = require('stripe');

process.env.STRIPE_SECRET_KEY = 'sk_test_dummy';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_secret';
const app = require('../app');

const stripe = Stripe('sk_test_dummy');

test('marks the term paid on invoice.paid', async () => {
  const payload = JSON.stringify({ id: 'evt_test', type: 'invoice.paid', data: { object: { id: 'in_test', metadata: { family_id: '42' } } } });
  const header = stripe.webhooks.generateTestHeaderString({ payload, secret: process.env.STRIPE_WEBHOOK_SECRET });
  const res = await request(app).post('/webhooks/stripe').set('stripe-signature', header).set('content-type', 'application/json').send(payload);
  expect(res.status).toBe(200);
});

test('rejects a bad signature', async () => {
  const res = await request(app).post('/webhooks/stripe').set('stripe-signature', 't=1,v1=bad').send('{}');
  expect(res.status).toBe(400);
});
"""), "https://github.com/stripe/stripe-node#testing-webhook-signing")

dec("css", "data-uri", "site/css/brand.css", T(r"""
:root {
  --brand: #b03a6f;
  --brand-dark: #7d2450;
  --ink: #222;
}

.hero {
  background: var(--brand) url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA@@P@@") repeat;
  color: #fff;
}

.ribbon::before {
  content: "";
  background-image: url("data:image/svg+xml;base64,@@SVG@@");
  width: 24px;
  height: 24px;
}
""", P=token(180, B64) + "==", SVG=b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 2h16v20l-8-5-8 5z" fill="#b03a6f"/></svg>')),
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data")

dec("nginx", "csp-hashes", "deploy/nginx/site.conf", T(r"""
server {
    listen 443 ssl http2;
    server_name www.footlightsdance.co.uk;
    root /srv/site/public;

    add_header Strict-Transport-Security "max-age=31536000" always;
    add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'sha256-@@H1@@=' 'sha256-@@H2@@=' https://www.googletagmanager.com; img-src 'self' data: https://res.cloudinary.com; frame-src https://player.vimeo.com" always;

    location / {
        try_files $uri $uri/ /index.html;
    }

    location ~* \.(css|js|woff2)$ {
        expires 30d;
    }
}
""", H1=token(43, B64), H2=token(43, B64)), "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy/script-src")

dec("html", "sri-hashes", "site/index.html", T(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Footlights Dance Centre - ballet, tap and jazz for ages 3 to adult</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@@H1@@" crossorigin="anonymous">
</head>
<body>
  <h1>Dance with us this autumn</h1>
  <p><a href="/timetable">See the timetable</a> or <a href="/trial-class">book a free trial class</a>.</p>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-@@H2@@" crossorigin="anonymous"></script>
</body>
</html>
""", H1=token(64, B64), H2=token(64, B64)), "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

dec("json", "asset-manifest", "public/build/manifest.json", T(r"""
{
  "resources/js/app.js": {
    "file": "assets/app-@@A@@.js",
    "src": "resources/js/app.js",
    "isEntry": true,
    "css": ["assets/app-@@B@@.css"]
  },
  "resources/js/timetable.js": {
    "file": "assets/timetable-@@C@@.js",
    "src": "resources/js/timetable.js",
    "isDynamicEntry": true
  },
  "resources/images/hero-ballet.webp": {
    "file": "assets/hero-ballet-@@D@@.webp",
    "src": "resources/images/hero-ballet.webp"
  }
}
""", A=token(8, URLSAFE), B=token(8, URLSAFE), C=token(8, URLSAFE), D=token(8, URLSAFE)),
    "https://vitejs.dev/guide/backend-integration")

dec("ts", "sentry-dsn", "web/src/sentry.ts", T(r"""
import * as Sentry from '@sentry/react';

// The DSN only lets a client send events to this project; Sentry documents it as safe to expose.
Sentry.init({
  dsn: 'https://@@PK@@@o@@ORG@@.ingest.de.sentry.io/@@PRJ@@',
  environment: import.meta.env.MODE,
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    // never send dancers' names or medical notes
    if (event.request?.data) delete event.request.data;
    return event;
  },
});
""", PK=hexs(32), ORG=digits(7), PRJ=digits(16)), "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

dec("yaml", "openapi-example", "api/openapi.yaml", T(r"""
openapi: 3.0.3
info:
  title: Parent Portal API
  version: 3.4.0
servers:
  - url: https://portal.tapworks.studio/api
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
paths:
  /login:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                email: { type: string, example: parent@example.com }
                password: { type: string, format: password, example: "<your password>" }
      responses:
        "200":
          description: A token
          content:
            application/json:
              example: { token: "eyJhbGciOi...<truncated>" }
  /me/dancers:
    get:
      security: [{ bearerAuth: [] }]
      responses:
        "200": { description: The signed-in guardian's dancers }
"""), "https://swagger.io/docs/specification/authentication/bearer-authentication/")

dec("postman", "variables", "postman/Portal.postman_collection.json", T(r"""
{
  "info": {
    "_postman_id": "@@ID@@",
    "name": "Parent Portal",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": { "type": "bearer", "bearer": [{ "key": "token", "value": "{{portalToken}}", "type": "string" }] },
  "item": [
    {
      "name": "List my dancers",
      "request": { "method": "GET", "url": "{{baseUrl}}/api/me/dancers" }
    },
    {
      "name": "Enrol in class",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/api/enrolments",
        "body": { "mode": "raw", "raw": "{\"dancerId\": \"{{dancerId}}\", \"classId\": \"{{classId}}\"}" }
      }
    }
  ],
  "variable": [{ "key": "baseUrl", "value": "https://portal.tapworks.studio" }]
}
""", ID=uuid4()), "https://learning.postman.com/docs/sending-requests/variables/variables/")

dec("http", "variables", "api-tests/portal.http", T(r"""
@baseUrl = https://portal.tapworks.studio
@token = {{$dotenv PORTAL_TEST_TOKEN}}

### my dancers
GET {{baseUrl}}/api/me/dancers
Authorization: Bearer {{token}}

### term invoices
GET {{baseUrl}}/api/me/invoices?term=autumn-2024
Authorization: Bearer {{token}}
"""), "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

dec("terraform", "secretsmanager-lookup", "infra/secrets.tf", T(r"""
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/billing/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_lambda_function" "term_billing" {
  function_name = "term-billing"
  role          = aws_iam_role.term_billing.arn
  runtime       = "python3.12"
  handler       = "handler.run"
  filename      = "build/term_billing.zip"

  environment {
    variables = {
      STRIPE_SECRET_ARN = data.aws_secretsmanager_secret_version.stripe.arn
      BILLING_RUN_DAY   = "1"
    }
  }
}
"""), "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

dec("ansible", "vault-lookup", "ansible/roles/portal/tasks/main.yml", T(r"""
---
- name: Render portal environment
  ansible.builtin.template:
    src: portal.env.j2
    dest: /srv/portal/.env
    owner: portal
    mode: "0600"
  vars:
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/parent-portal/stripe:secret_key') }}"
    db_password: "{{ vault_portal_db_password }}"
  notify: restart portal

- name: Ensure portal service is running
  ansible.builtin.systemd:
    name: portal
    state: started
    enabled: true
"""), "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

dec("yaml", "age-recipients", ".sops.yaml", T(r"""
# public age recipients: anyone may encrypt, only the holders of the matching identities decrypt
creation_rules:
  - path_regex: secrets/production\..*\.yaml$
    age: >-
      @@R1@@,
      @@R2@@
  - path_regex: secrets/staging\..*\.yaml$
    age: @@R3@@
""", R1="age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), R2="age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    R3="age1" + chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
    "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

pgp_body = "\n".join(token(64, B64) for _ in range(10)) + "\n" + token(30, B64) + "=\n=" + token(4, B64)
dec("markdown", "pgp-public-key", "SECURITY.md", T(r"""
# Reporting a security problem

If you find a problem in the parent portal (for example, one family seeing another family's
dancers or videos), email security@silverslipperdance.com. Encrypt with this key if you can:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

@@B@@
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `@@FP@@`
""", B=pgp_body, FP=" ".join(chars(4, UPHEX) for _ in range(10))), "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

dec("python", "env-lookup", "newsletter/audience.py", T(r"""
import os

import mailchimp_marketing as MailchimpMarketing

AUDIENCE_ID = "@@A@@"   # the "Families" audience; an id, not a credential

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": os.environ["MAILCHIMP_API_KEY"],
    "server": os.environ.get("MAILCHIMP_SERVER_PREFIX", "us14"),
})


def tag_recital_families(emails, tag="summer-showcase-2024"):
    for email in emails:
        client.lists.update_list_member_tags(AUDIENCE_ID, email.lower(), {"tags": [{"name": tag, "status": "active"}]})
""", A=hexs(10)), "https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure")

dec("xml", "twiml", "twiml/cancellation.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Played when a parent rings the studio line during a weather closure -->
<Response>
  <Say voice="Polly.Amy" language="en-GB">
    Hello, you've reached Tapworks Dance Studio. All classes today are cancelled because of the snow.
    Online classes will run at the usual times; the links are on the parent portal.
  </Say>
  <Pause length="1"/>
  <Say voice="Polly.Amy" language="en-GB">To leave a message for the office, please speak after the tone.</Say>
  <Record maxLength="90" action="/voice/voicemail" transcribe="false"/>
</Response>
"""), "https://www.twilio.com/docs/voice/twiml")

dec("k8s-secret", "placeholder", "deploy/k8s/secret-template.yaml", T(r"""
# Template only: CI replaces the values with `kubectl create secret --dry-run=client -o yaml`.
apiVersion: v1
kind: Secret
metadata:
  name: portal-smtp
  namespace: parent-portal
type: Opaque
data:
  username: @@U@@
  password: @@P@@
""", U=b64("REPLACE_ME"), P=b64("REPLACE_ME")), "https://kubernetes.io/docs/tasks/configmap-secret/managing-secret-using-kubectl/")

dec("text", "checksums", "tools/ffmpeg/SHA256SUMS", T(r"""
@@H1@@  ffmpeg-7.0.2-amd64-static.tar.xz
@@H2@@  ffmpeg-7.0.2-arm64-static.tar.xz
@@H3@@  ffprobe-7.0.2-amd64
@@H4@@  ffprobe-7.0.2-arm64
@@H5@@  watermark-studio-logo.png
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)), "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

dec("notebook", "masked-output", "notebooks/term-revenue.ipynb", notebook([
    md_cell("d10e77", "# Term revenue by style\nReads the Stripe key from the environment (set by `op run`)."),
    code_cell("e2a3b1", "import os\nimport stripe\n\nstripe.api_key = os.environ['STRIPE_SECRET_KEY']\n"
              "print('using key', stripe.api_key[:8] + '...' + stripe.api_key[-4:])",
              [{"name": "stdout", "output_type": "stream", "text": ["using key sk_live_...9Kq2\n"]}], 1),
    code_cell("f5c6d8", "invoices = stripe.Invoice.search(query=\"status:'paid' AND metadata['term']:'autumn-2024'\")\n"
              "sum(i.amount_paid for i in invoices.auto_paging_iter()) / 100",
              [{"output_type": "execute_result", "execution_count": 2, "metadata": {},
                "data": {"text/plain": ["48215.0"]}}], 2),
]), "https://docs.stripe.com/api/invoices/search")

dec("js", "cypress-env", "cypress/e2e/enrol.cy.js", T(r"""
describe('enrolment', () => {
  beforeEach(() => {
    cy.visit('/login');
    cy.get('#email').type(Cypress.env('PARENT_EMAIL'));
    cy.get('#password').type(Cypress.env('PARENT_PASSWORD'), { log: false });
    cy.get('button[type=submit]').click();
  });

  it('enrols a dancer in a class with spaces', () => {
    cy.contains('Junior Tap').click();
    cy.contains('Enrol').click();
    cy.contains('Added to your autumn term');
  });

  it('offers the waitlist for a full class', () => {
    cy.contains('Grade 1 Ballet').click();
    cy.contains('Join waitlist');
  });
});
"""), "https://docs.cypress.io/guides/guides/environment-variables")

dec("swift", "keychain", "ParentApp/Auth/TokenStore.swift", T(r"""
import Foundation
import Security

/// Keeps the parent's session token in the Keychain, never in UserDefaults.
enum TokenStore {
    private static let service = "com.pointeblankdance.parents.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = Data(token.utf8)
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
"""), "https://developer.apple.com/documentation/security/keychain_services")

dec("kotlin", "local-properties", "teacher-app/build.gradle.kts", T(r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val secrets = Properties().apply {
    val file = rootProject.file("local.properties")   // not in git
    if (file.exists()) file.inputStream().use { load(it) }
}

android {
    namespace = "com.tapworks.teacher"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.tapworks.teacher"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.3.0"
        buildConfigField("String", "PORTAL_API", "\"https://portal.tapworks.studio/api\"")
        buildConfigField("String", "MUX_ENV_KEY", "\"${secrets.getProperty("mux.envKey", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
"""), "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

dec("go", "vault-client", "internal/secrets/vault.go", T(r"""
package secrets

import (
    "context"
    "fmt"

    vault "github.com/hashicorp/vault/api"
    auth "github.com/hashicorp/vault/api/auth/kubernetes"
)

// StripeKey reads the live Stripe key from Vault with the pod's service account.
func StripeKey(ctx context.Context) (string, error) {
    client, err := vault.NewClient(vault.DefaultConfig())
    if err != nil {
        return "", err
    }
    k8s, err := auth.NewKubernetesAuth("ticketing")
    if err != nil {
        return "", err
    }
    if _, err := client.Auth().Login(ctx, k8s); err != nil {
        return "", fmt.Errorf("vault login: %w", err)
    }
    secret, err := client.KVv2("kv").Get(ctx, "ticketing/stripe")
    if err != nil {
        return "", err
    }
    key, _ := secret.Data["secret_key"].(string)
    return key, nil
}
"""), "https://developer.hashicorp.com/vault/docs/auth/kubernetes")

dec("markdown", "truncated-key", "docs/runbooks/rotate-stripe-key.md", T(r"""
# Rotating the Stripe secret key

Do this when someone with dashboard access leaves, or if a key may have leaked.

1. Stripe Dashboard -> Developers -> API keys -> **Roll key** on the live secret key
   (currently `sk_live_...Xq2`, created 2024-01-09). Choose "expire in 1 hour".
2. Put the new key in Secrets Manager: `prod/billing/stripe`, field `secret_key`.
3. Restart the billing worker: `kubectl -n studio rollout restart deploy/billing-worker`.
4. Check the next webhook delivery in the dashboard shows 200.
5. Note the date and the last four characters of the new key in this file.

| Date       | Last 4 | By   |
|------------|--------|------|
| 2024-01-09 | `Xq2`  | Dana |
"""), "https://docs.stripe.com/keys#rolling-keys")

dec("json", "playback-ids", "video-service/fixtures/playback.json", T(r"""
{
  "assets": [
    { "asset_id": "@@A1@@", "playback_ids": [{ "id": "@@P1@@", "policy": "signed" }], "class": "junior-tap-tue" },
    { "asset_id": "@@A2@@", "playback_ids": [{ "id": "@@P2@@", "policy": "signed" }], "class": "grade-1-ballet-mon" },
    { "asset_id": "@@A3@@", "playback_ids": [{ "id": "@@P3@@", "policy": "public" }], "class": "promo" }
  ],
  "signing_key_id": "@@SK@@"
}
""", A1=token(40), P1=token(40), A2=token(40), P2=token(40), A3=token(40), P3=token(40), SK=token(40)),
    "https://docs.mux.com/guides/secure-video-playback")

dec("env", "password-hash", "admin/.env.defaults", T(r"""
# Defaults for the studio admin panel. The admin password is stored only as an Argon2 hash.
ADMIN_USERNAME=owner
ADMIN_PASSWORD_HASH='$argon2id$v=19$m=65536,t=3,p=4$@@S@@$@@H@@'
ADMIN_SESSION_MINUTES=60
ADMIN_ALLOWED_IPS=192.168.10.0/24
""", S=token(22, B64), H=token(43, B64)), "https://github.com/P-H-C/phc-winner-argon2#command-line-utility")

dec("mikrotik", "hide-sensitive", "network/router-export.rsc", T(r"""
# 2024-09-01 18:22:07 by RouterOS 7.15.3
# software id = @@SID@@
#
# model = C53UiG+5HPaxD2HPaxD
/interface bridge
add name=bridge-lan
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=FOOTLIGHTS-PARENTS disabled=no
/ip pool
add name=lan-pool ranges=192.168.10.100-192.168.10.200
/ip address
add address=192.168.10.1/24 interface=bridge-lan network=192.168.10.0
/ip firewall nat
add action=masquerade chain=srcnat out-interface=ether1
/system identity
set name=studio-router
""", SID=chars(4, UPPERNUM) + "-" + chars(4, UPPERNUM)), "https://help.mikrotik.com/docs/display/ROS/Configuration+Management#ConfigurationManagement-ConfigurationExport")

dec("helm", "generated-password", "charts/studio-portal/templates/secret.yaml", T(r"""
{{- $existing := lookup "v1" "Secret" .Release.Namespace (printf "%s-session" (include "portal.fullname" .)) }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "portal.fullname" . }}-session
  labels:
    {{- include "portal.labels" . | nindent 4 }}
type: Opaque
data:
  {{- if $existing }}
  SESSION_SECRET: {{ index $existing.data "SESSION_SECRET" }}
  {{- else }}
  SESSION_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
  {{- end }}
"""), "https://helm.sh/docs/chart_template_guide/function_list/#randalphanum-randalpha-randnumeric-and-randascii")

dec("compose", "local-dev-default", "docker-compose.dev.yml", T(r"""
# Local development only: the database is not reachable from outside this laptop.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: studio_dev
    ports:
      - "127.0.0.1:5432:5432"
  mailpit:
    image: axllent/mailpit:v1.20
    ports:
      - "127.0.0.1:8025:8025"
      - "127.0.0.1:1025:1025"
"""), "https://hub.docker.com/_/postgres")

dec("yaml", "stripe-connect-ids", "config/stripe-connect.yml", T(r"""
# Studios in the franchise take class payments through Stripe Connect.
# client_id and account ids are public identifiers; the platform key lives in Secrets Manager.
connect:
  client_id: ca_@@CA@@
  redirect_uri: https://franchise.tapworks.studio/connect/callback
studios:
  - name: Tapworks North
    account: acct_1@@A1@@
  - name: Tapworks Harbourside
    account: acct_1@@A2@@
  - name: Tapworks Hills
    account: acct_1@@A3@@
application_fee_percent: 2.5
""", CA=token(32), A1=token(15), A2=token(15), A3=token(15)), "https://docs.stripe.com/connect/oauth-reference")

dec("python", "hmac-verify", "portal/webhooks.py", T(r"""
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("webhooks", __name__)
MUX_SECRET = os.environ["MUX_WEBHOOK_SECRET"].encode()


@bp.post("/webhooks/mux")
def mux_webhook():
    header = request.headers.get("Mux-Signature", "")
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    signed = f"{parts.get('t', '')}.{request.get_data(as_text=True)}".encode()
    expected = hmac.new(MUX_SECRET, signed, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, parts.get("v1", "")):
        abort(400)
    event = request.get_json()
    if event["type"] == "video.asset.ready":
        mark_routine_ready(event["data"]["id"], event["data"]["playback_ids"][0]["id"])
    return "", 204


def mark_routine_ready(asset_id: str, playback_id: str) -> None:
    ...
"""), "https://docs.mux.com/core/verify-webhook-signatures")

dec("ruby", "credentials-lookup", "config/initializers/stripe.rb", T(r"""
# Keys live in config/credentials/production.yml.enc (decrypted with RAILS_MASTER_KEY on the server).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2023-10-16"
Stripe.max_network_retries = 2
"""), "https://guides.rubyonrails.org/security.html#custom-credentials")

dec("php", "env-lookup", "portal-site/wp-config.php", T(r"""
<?php
// Values come from the container environment (set by the hosting panel), never from git.
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

foreach ( [ 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
            'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ] as $name ) {
	define( $name, getenv( 'WORDPRESS_' . $name ) );
}

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""), "https://hub.docker.com/_/wordpress")

dec("gitlab-ci", "job-token", "video-service/.gitlab-ci.yml", T(r"""
stages: [test, publish]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*
  rules:
    - if: $CI_COMMIT_TAG
"""), "https://docs.gitlab.com/ee/user/packages/pypi_repository/#authenticate-with-a-ci-job-token")

dec("markdown", "test-cards", "docs/qa/payments.md", T(r"""
# Testing term payments (staging)

Staging uses Stripe **test mode**; no real money moves. Use Stripe's documented test cards:

| Card number          | Result                      |
|----------------------|-----------------------------|
| 4242 4242 4242 4242  | succeeds                    |
| 4000 0025 0000 3155  | asks for 3-D Secure         |
| 4000 0000 0000 9995  | declined, insufficient funds |

Any future expiry date, any CVC, any postcode.

For Direct Debit (GoCardless sandbox) use sort code `20-00-00` and account `55779911`.
"""), "https://docs.stripe.com/testing#cards")

dec("yaml", "env-reference", ".yarnrc.yml", T(r"""
nodeLinker: node-modules
enableTelemetry: false

npmScopes:
  footlights:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "${NPM_AUTH_TOKEN}"

yarnPath: .yarn/releases/yarn-4.4.1.cjs
"""), "https://yarnpkg.com/configuration/yarnrc#npmAuthToken")

dec("properties", "env-placeholders", "src/main/resources/application.properties", T(r"""
spring.application.name=studio-enrolment
spring.profiles.active=${SPRING_PROFILES_ACTIVE:local}
spring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/enrolment}
spring.datasource.username=${DB_USER:enrol_app}
spring.datasource.password=${DB_PASSWORD}
stripe.secret-key=${STRIPE_SECRET_KEY}
studio.mail.smtp-password=${SMTP_PASSWORD:}
studio.terms.timezone=Europe/Dublin
"""), "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

dec("ini", "trusted-connection", "studio-desk/odbc-reports.ini", T(r"""
[ODBC Data Sources]
StudioReports = ODBC Driver 18 for SQL Server

[StudioReports]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:frontdesk.local,1433
Database = DanceStudioPro
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = yes
"""), "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

dec("csharp", "config-lookup", "src/Tapworks.Billing/Program.cs", T(r"""
using Stripe;

var builder = WebApplication.CreateBuilder(args);

// Development: dotnet user-secrets; production: Key Vault references in App Service settings.
StripeConfiguration.ApiKey = builder.Configuration["Stripe:SecretKey"]
    ?? throw new InvalidOperationException("Stripe:SecretKey is not configured");

builder.Services.AddSingleton(new AuthorizeNetOptions
{
    ApiLoginId = builder.Configuration["AuthorizeNet:ApiLoginId"]!,
    TransactionKey = builder.Configuration["AuthorizeNet:TransactionKey"]!,
});

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("ok"));
app.Run();

record AuthorizeNetOptions
{
    public required string ApiLoginId { get; init; }
    public required string TransactionKey { get; init; }
}
"""), "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

dec("shell", "prompted-password", "scripts/restore-db.sh", T(r"""
#!/usr/bin/env bash
# Restore a studio database dump into a scratch database (asks for the password, stores nothing).
set -euo pipefail
DUMP=${1:?usage: restore-db.sh <file.dump>}
read -r -s -p "Password for postgres@studio-db.internal: " PGPASSWORD
echo
export PGPASSWORD
createdb -h studio-db.internal -U postgres studio_restore_check
pg_restore -h studio-db.internal -U postgres -d studio_restore_check --no-owner "$DUMP"
psql -h studio-db.internal -U postgres -d studio_restore_check -c "SELECT count(*) FROM enrolments;"
unset PGPASSWORD
"""), "https://www.postgresql.org/docs/current/app-pgrestore.html")

dec("dockerfile", "build-secret", "web/Dockerfile", T(r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
"""), "https://docs.docker.com/build/building/secrets/")

dec("maven", "env-reference", "ci/maven-settings-env.xml", T(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>studio-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
"""), "https://maven.apache.org/settings.html#quick-overview")

dec("php", "env-lookup-mail", "config/mail.php", T(r"""
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),

    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => env('MAIL_HOST', 'smtp.office365.com'),
            'port' => env('MAIL_PORT', 587),
            'encryption' => env('MAIL_ENCRYPTION', 'tls'),
            'username' => env('MAIL_USERNAME'),
            'password' => env('MAIL_PASSWORD'),
        ],
        'log' => ['transport' => 'log'],
    ],

    'from' => [
        'address' => env('MAIL_FROM_ADDRESS', 'hello@pointeblankdance.com'),
        'name' => env('MAIL_FROM_NAME', 'Pointe Blank Dance Academy'),
    ],
];
"""), "https://laravel.com/docs/11.x/mail#configuration")

assert len({case.file_name for case in CASES}) == len(CASES), "file names must be unique"
