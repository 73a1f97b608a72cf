"""Blind set FO: tutoring centres and exam-prep companies.

Online classrooms (Zoom, BigBlueButton, Jitsi, Daily, Agora), LMS and assessment engines (Moodle,
Canvas, LTI tools, Learnosity, Kaltura), scheduling (Calendly, Acuity, Cal.com), CRM (HubSpot,
Salesforce, Zoho), payments (Stripe, Razorpay, Paystack, Braintree, PayPal, Square), messaging
(Twilio, WhatsApp, Telegram, Slack, Teams, SendGrid, Mailgun, Postmark), the web team's apps and
the IT team's networks and devices, and their decoys. Generated fakes only (seeds 1940000-1949999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
LOWER = string.ascii_lowercase
SEED_LO, SEED_HI = 1940000, 1949999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 5
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; long values hold every class the alphabet has (bounded retries)."""
    r = _rng()
    need = [cls for cls in (string.ascii_uppercase, string.ascii_lowercase, string.digits)
            if any(c in alphabet for c in cls)]
    value = ""
    for _ in range(60):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if n < 12 or all(any(c in cls for c in value) for cls in need):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def uuid4() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Algebra", "Biology", "Compass", "Quill", "Lantern", "Harbor", "Orchid", "Falcon", "Tangent",
         "Vector", "Pioneer", "Saffron", "Juniper", "Kestrel", "Meridian", "Cobalt", "Nimbus", "Sparrow",
         "Thistle", "Granite", "Atlas", "Willow", "Pebble", "Ember", "Calculus", "Sonnet", "Prism"]


def human_pw() -> str:
    r = _rng()
    style = r.randint(0, 3)
    a, b = r.sample(WORDS, 2)
    if style == 0:
        return a + r.choice("!#$%@*&") + b + str(r.randint(10, 9999))
    if style == 1:
        return a.lower() + str(r.randint(10, 99)) + r.choice("!#$%@*") + b
    if style == 2:
        return a + str(r.randint(2015, 2025)) + r.choice("!#$%?") + b[:3].lower()
    c = r.choice([w for w in WORDS if w not in (a, b)])
    return "-".join((a.lower(), b.lower(), c.lower())) + "-" + str(r.randint(10, 99))


def gen_pw(n: int = 20, symbols: str = "") -> str:
    return draw(n, ALNUM + symbols)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def jwt(header: dict, payload: dict, sig_len: int = 43) -> str:
    enc = lambda d: b64url(json.dumps(d, separators=(",", ":")).encode())  # noqa: E731
    return enc(header) + "." + enc(payload) + "." + draw(sig_len, URLSAFE)


def pem(kind: str = "RSA", lines: int = 25, head: str = "MIIEowIBAAKCAQEA") -> str:
    r = _rng()
    body = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(24, 56))) + "==")
    label = (kind + " PRIVATE KEY") if kind else "PRIVATE KEY"
    return "-----BEGIN " + label + "-----\n" + "\n".join(body) + "\n-----END " + label + "-----"


def ec_p8() -> str:
    r = _rng()
    head = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
    body = [head + "".join(r.choice(B64) for _ in range(16)),
            "".join(r.choice(B64) for _ in range(64)),
            "".join(r.choice(B64) for _ in range(64)),
            "".join(r.choice(B64) for _ in range(8))]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = [head]
    body += ["".join(r.choice(B64) for _ in range(70)) for _ in range(4)]
    body.append("".join(r.choice(B64) for _ in range(28)) + "=")
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem(lines: int = 18) -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def ssh_ed25519_pub() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64)


def ssh_rsa_pub() -> str:
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + draw(508, B64) + "="


# --- vendor shapes -------------------------------------------------------------------------

def stripe_pair() -> tuple:
    acct = draw(22)
    return "pk_live_51" + acct + draw(75), "sk_live_51" + acct + draw(75)


def stripe_rk() -> str:
    return "rk_live_51" + draw(97)


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + draw(24))


def slack_bot() -> str:
    r = _rng()
    return "xoxb-%d-%d-%s" % (r.randint(10**10, 10**11), r.randint(10**12, 10**13), draw(24))


def teams_webhook() -> str:
    return ("https://brightpathtutoring.webhook.office.com/webhookb2/" + uuid4() + "@" + uuid4()
            + "/IncomingWebhook/" + hexs(32) + "/" + uuid4() + "/V2" + draw(43, URLSAFE))


def discord_webhook() -> str:
    r = _rng()
    return "https://discord.com/api/webhooks/%d/%s" % (r.randint(10**17, 10**18), draw(68, URLSAFE))


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def canvas_token() -> str:
    return "7~" + draw(64)


def zoom_client_id() -> str:
    return draw(22, ALNUM + "_")


def whatsapp_token() -> str:
    return "EAAG" + draw(196)


def supabase_jwt(role: str, ref: str) -> str:
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref, "role": role, "iat": 1712230411, "exp": 2027806411})


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<<([a-z0-9_]+)>>")
_FILES: set = set()


def fill(template: str, **values: str) -> str:
    text = textwrap.dedent(template).lstrip("\n")
    return _MARK.sub(lambda m: values[m.group(1)], text)


def secret(fmt: str, kind: str, file_name: str, text: str, value: str, source: str) -> None:
    assert not kind.startswith("decoy") and file_name not in _FILES
    _FILES.add(file_name)
    CASES.append(LabelledCase(f"blind-fo/{fmt}/{kind}", file_name, text, value, source))


def decoy(fmt: str, kind: str, file_name: str, text: str, source: str) -> None:
    assert file_name not in _FILES
    _FILES.add(file_name)
    CASES.append(LabelledCase(f"blind-fo/{fmt}/decoy-{kind}", file_name, text, None, source))


# =============================================================================================
# Secrets
# =============================================================================================

# --- payments ---------------------------------------------------------------------------------
_pk, _sk = stripe_pair()
secret("env", "stripe-secret-key", "deploy/kite-tutors/payments.env", fill("""
    # Stripe - live account "Kite Tutors Ltd" (owner: finance@kitetutors.co.uk)
    # rotated 2024-02-11 after the Cashier upgrade
    STRIPE_KEY=<<pk>>
    STRIPE_SECRET=<<sk>>
    STRIPE_WEBHOOK_SECRET=
    CASHIER_CURRENCY=gbp
    CASHIER_CURRENCY_LOCALE=en_GB
    CASHIER_LOGGER=stack
    """, pk=_pk, sk=_sk), _sk, "https://laravel.com/docs/billing#configuration")

_v = stripe_rk()
secret("ruby", "stripe-restricted-key", "config/initializers/stripe.rb", fill("""
    # frozen_string_literal: true

    # Restricted key: read charges + write refunds only (see Stripe dashboard > Developers > API keys,
    # "lesson-refunds-bot"). Used by RefundLessonPackJob.
    Stripe.api_key = "<<v>>"
    Stripe.api_version = "2023-10-16"
    Stripe.max_network_retries = 2

    Rails.application.config.stripe_lesson_pack_prices = {
      "10_hours_gcse" => "price_1OqTz8Kite10HrsGCSE",
      "20_hours_alevel" => "price_1OqU0aKite20HrsALvl"
    }.freeze
    """, v=_v), _v, "https://docs.stripe.com/keys#limit-access")

_v = stripe_whsec()
secret("ts", "stripe-webhook-secret", "apps/api/src/billing/stripe-webhook.controller.ts", fill("""
    import { Controller, Headers, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
    import Stripe from 'stripe';
    import { Request } from 'express';
    import { EnrolmentService } from '../enrolment/enrolment.service';

    const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2023-10-16' });
    // endpoint: https://api.studynest.io/billing/stripe/webhook (live mode)
    const endpointSecret = '<<v>>';

    @Controller('billing/stripe')
    export class StripeWebhookController {
      constructor(private readonly enrolments: EnrolmentService) {}

      @Post('webhook')
      @HttpCode(200)
      async handle(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') sig: string) {
        const event = stripe.webhooks.constructEvent(req.rawBody!, sig, endpointSecret);
        switch (event.type) {
          case 'checkout.session.completed':
            await this.enrolments.activateFromCheckout(event.data.object as Stripe.Checkout.Session);
            break;
          case 'invoice.payment_failed':
            await this.enrolments.flagOverdue(event.data.object as Stripe.Invoice);
            break;
          default:
            break;
        }
        return { received: true };
      }
    }
    """, v=_v), _v, "https://docs.stripe.com/webhooks#verify-official-libraries")

_kid, _v = "rzp_live_" + draw(14), draw(24)
secret("js", "razorpay-key-secret", "server/routes/payments.js", fill("""
    const express = require('express');
    const Razorpay = require('razorpay');
    const crypto = require('crypto');

    const router = express.Router();
    const razorpay = new Razorpay({
      key_id: '<<kid>>',
      key_secret: '<<v>>',
    });

    // JEE crash course batch fee, in paise
    router.post('/orders', async (req, res) => {
      const { batchId, studentId } = req.body;
      const order = await razorpay.orders.create({
        amount: 1499900,
        currency: 'INR',
        receipt: `jee-${batchId}-${studentId}`,
        notes: { batchId, studentId },
      });
      res.json(order);
    });

    router.post('/verify', (req, res) => {
      const { razorpay_order_id, razorpay_payment_id, razorpay_signature } = req.body;
      const expected = crypto
        .createHmac('sha256', razorpay.key_secret)
        .update(`${razorpay_order_id}|${razorpay_payment_id}`)
        .digest('hex');
      res.json({ ok: expected === razorpay_signature });
    });

    module.exports = router;
    """, kid=_kid, v=_v), _v, "https://razorpay.com/docs/payments/server-integration/nodejs/")

_v = "sk_live_" + hexs(40)
secret("python", "paystack-secret-key", "payments/paystack_client.py", fill("""
    import hashlib
    import hmac

    import requests

    PAYSTACK_BASE = "https://api.paystack.co"
    PAYSTACK_SECRET_KEY = "<<v>>"  # live - WAEC prep Lagos centre


    def initialize_payment(email: str, amount_kobo: int, reference: str) -> dict:
        resp = requests.post(
            f"{PAYSTACK_BASE}/transaction/initialize",
            headers={"Authorization": f"Bearer {PAYSTACK_SECRET_KEY}"},
            json={"email": email, "amount": amount_kobo, "reference": reference,
                  "callback_url": "https://portal.scholarsedge.ng/pay/callback"},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["data"]


    def valid_signature(body: bytes, signature: str) -> bool:
        digest = hmac.new(PAYSTACK_SECRET_KEY.encode(), body, hashlib.sha512).hexdigest()
        return hmac.compare_digest(digest, signature)
    """, v=_v), _v, "https://paystack.com/docs/api/authentication/")

_v = "access_token$production$" + draw(16, LOWER + string.digits) + "$" + hexs(32)
secret("php", "braintree-access-token", "wp-content/plugins/apex-checkout/includes/class-gateway.php", fill("""
    <?php
    /**
     * Apex Exam Prep - Braintree gateway (PayPal via Braintree, Auth Access Token).
     */
    if (!defined('ABSPATH')) {
        exit;
    }

    class Apex_Checkout_Gateway
    {
        private $gateway;

        public function __construct()
        {
            $this->gateway = new Braintree\\Gateway([
                'accessToken' => '<<v>>',
            ]);
        }

        public function client_token()
        {
            return $this->gateway->clientToken()->generate();
        }

        public function charge($nonce, $amount, $order_id)
        {
            return $this->gateway->transaction()->sale([
                'amount' => number_format($amount, 2, '.', ''),
                'paymentMethodNonce' => $nonce,
                'orderId' => 'APX-' . $order_id,
                'options' => ['submitForSettlement' => true],
            ]);
        }
    }
    """, v=_v), _v, "https://developer.paypal.com/braintree/docs/guides/paypal/server-side/php")

_cid, _v = "A" + draw(79, URLSAFE), "E" + draw(79, URLSAFE)
secret("env", "paypal-client-secret", "infra/env/portal.production.env", fill("""
    NODE_ENV=production
    PORT=8080
    PUBLIC_URL=https://portal.meritprep.com.au
    PAYPAL_MODE=live
    PAYPAL_CLIENT_ID=<<cid>>
    PAYPAL_CLIENT_SECRET=<<v>>
    PAYPAL_WEBHOOK_ID=4JH86294D6297924G
    LOG_LEVEL=info
    """, cid=_cid, v=_v), _v, "https://developer.paypal.com/api/rest/authentication/")

_v = "EAAA" + draw(60, URLSAFE)
secret("yaml", "square-access-token", "config/square.yaml", fill("""
    # In-centre card readers (Square Terminal) for walk-in tutoring payments
    square:
      environment: production
      application_id: sq0idp-<<appid>>
      access_token: <<v>>
      locations:
        - id: L8H2XJ4K1QWBE
          name: Northbridge Learning - Parramatta
        - id: LQ5C9YVT3M7DA
          name: Northbridge Learning - Chatswood
      device_codes_refresh_minutes: 30
    """, appid=draw(22, URLSAFE), v=_v), _v, "https://developer.squareup.com/docs/build-basics/access-tokens")

_v = "sk_live_51" + draw(97)
secret("elixir", "stripe-secret-key", "config/prod.secret.exs", fill("""
    import Config

    config :tutor_hub, TutorHubWeb.Endpoint,
      url: [host: "app.tutorhub.io", port: 443, scheme: "https"],
      http: [port: String.to_integer(System.get_env("PORT") || "4000")]

    config :stripity_stripe,
      api_key: "<<v>>",
      json_library: Jason

    config :tutor_hub, TutorHub.Billing,
      trial_days: 7,
      currency: "usd"
    """, v=_v), _v, "https://hexdocs.pm/stripity_stripe/readme.html")

_v = hexs(40)
secret("php", "learnosity-consumer-secret", "assessments/api/init_items.php", fill("""
    <?php
    require_once __DIR__ . '/../vendor/autoload.php';

    use LearnositySdk\\Request\\Init;

    $consumerKey = 'Ap3xPr3pMockEx4m';
    $consumerSecret = '<<v>>';
    $domain = 'mocks.apexprep.com';

    $security = [
        'consumer_key' => $consumerKey,
        'domain' => $domain,
    ];

    $request = [
        'activity_id' => 'sat-math-diagnostic-2024',
        'name' => 'SAT Math Diagnostic',
        'rendering_type' => 'assess',
        'type' => 'submit_practice',
        'session_id' => Uuid::generate(),
        'user_id' => $_SESSION['student_ref'],
        'items' => ['sat-m-001', 'sat-m-002', 'sat-m-003', 'sat-m-004'],
    ];

    $init = new Init('items', $security, $consumerSecret, $request);
    header('Content-Type: application/json');
    echo $init->generate();
    """, v=_v), _v, "https://help.learnosity.com/hc/en-us/articles/360000757757")

# --- online classrooms and video -------------------------------------------------------------
_v = draw(32)
secret("yaml", "zoom-client-secret", "config/integrations/zoom.yml", fill("""
    production:
      zoom:
        account_id: "<<acct>>"
        client_id: "<<cid>>"
        client_secret: "<<v>>"
        token_url: https://zoom.us/oauth/token?grant_type=account_credentials
        default_host: classes@apexprep.com
        meeting_defaults:
          waiting_room: true
          join_before_host: false
          auto_recording: cloud
          mute_upon_entry: true
    """, acct=draw(22, URLSAFE), cid=zoom_client_id(), v=_v), _v,
    "https://developers.zoom.us/docs/internal-apps/s2s-oauth/")

_v = draw(22, URLSAFE)
secret("js", "zoom-webhook-secret", "services/zoom-events/index.js", fill("""
    'use strict';
    const crypto = require('crypto');
    const express = require('express');
    const { markAttendance } = require('./attendance');

    const app = express();
    app.use(express.json());

    const ZOOM_WEBHOOK_SECRET_TOKEN = '<<v>>';

    app.post('/zoom/events', async (req, res) => {
      const message = `v0:${req.headers['x-zm-request-timestamp']}:${JSON.stringify(req.body)}`;
      const hash = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(message).digest('hex');
      if (req.headers['x-zm-signature'] !== `v0=${hash}`) {
        return res.status(401).end();
      }
      if (req.body.event === 'endpoint.url_validation') {
        const plainToken = req.body.payload.plainToken;
        const encryptedToken = crypto.createHmac('sha256', ZOOM_WEBHOOK_SECRET_TOKEN).update(plainToken).digest('hex');
        return res.json({ plainToken, encryptedToken });
      }
      if (req.body.event === 'meeting.participant_joined') {
        await markAttendance(req.body.payload.object);
      }
      res.status(200).end();
    });

    app.listen(process.env.PORT || 3000);
    """, v=_v), _v, "https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events")

_v = draw(36)
secret("python", "zoom-sdk-secret", "classroom/zoom_signature.py", fill("""
    \"\"\"Meeting SDK signatures for the embedded web classroom (Component View).\"\"\"
    import time

    import jwt

    SDK_KEY = "<<key>>"
    SDK_SECRET = "<<v>>"


    def meeting_signature(meeting_number: str, role: int) -> str:
        iat = int(time.time()) - 30
        exp = iat + 60 * 60 * 2
        payload = {
            "appKey": SDK_KEY,
            "sdkKey": SDK_KEY,
            "mn": meeting_number,
            "role": role,
            "iat": iat,
            "exp": exp,
            "tokenExp": exp,
        }
        return jwt.encode(payload, SDK_SECRET, algorithm="HS256")
    """, key=draw(22), v=_v), _v, "https://developers.zoom.us/docs/meeting-sdk/auth/")

_v = hexs(48)
secret("properties", "bigbluebutton-secret", "ansible/roles/bbb/files/bbb-web.properties", fill("""
    # Local overrides for /etc/bigbluebutton/bbb-web.properties
    # BigBlueButton server for BrightPath live group classes
    bigbluebutton.web.serverURL=https://classroom.brightpathtutoring.co.uk
    securitySalt=<<v>>
    supportedChecksumAlgorithms=sha256,sha384,sha512
    defaultMaxUsers=40
    defaultMeetingDuration=120
    disableRecordingDefault=false
    allowStartStopRecording=true
    defaultGuestPolicy=ALWAYS_ACCEPT
    """, v=_v), _v, "https://docs.bigbluebutton.org/administration/customize/")

_v = draw(40)
secret("lua", "jitsi-app-secret", "jitsi/prosody/conf.d/meet.studynest.io.cfg.lua", fill("""
    plugin_paths = { "/usr/share/jitsi-meet/prosody-plugins/" }

    muc_mapper_domain_base = "meet.studynest.io";
    asap_accepted_issuers = { "studynest-lms" }
    asap_accepted_audiences = { "jitsi" }

    VirtualHost "meet.studynest.io"
        authentication = "token"
        app_id = "studynest-lms"
        app_secret = "<<v>>"
        allow_empty_token = false
        ssl = {
            key = "/etc/prosody/certs/meet.studynest.io.key";
            certificate = "/etc/prosody/certs/meet.studynest.io.crt";
        }
        modules_enabled = {
            "bosh";
            "pubsub";
            "ping";
            "speakerstats";
            "conference_duration";
        }
    """, v=_v), _v, "https://github.com/jitsi/lib-jitsi-meet/blob/master/doc/tokens.md")

_v = hexs(32)
secret("kotlin", "agora-app-certificate", "app/src/main/java/io/tutorly/live/RtcTokenProvider.kt", fill("""
    package io.tutorly.live

    import io.agora.media.RtcTokenBuilder2

    object RtcTokenProvider {
        const val APP_ID = "<<appid>>"
        // TODO move token building to the backend before the next release
        private const val APP_CERTIFICATE = "<<v>>"
        private const val TOKEN_TTL_SECONDS = 3600

        fun tokenFor(channel: String, uid: Int, isTutor: Boolean): String {
            val role = if (isTutor) RtcTokenBuilder2.Role.ROLE_PUBLISHER else RtcTokenBuilder2.Role.ROLE_SUBSCRIBER
            return RtcTokenBuilder2().buildTokenWithUid(
                APP_ID, APP_CERTIFICATE, channel, uid, role, TOKEN_TTL_SECONDS, TOKEN_TTL_SECONDS
            )
        }
    }
    """, appid=hexs(32), v=_v), _v, "https://docs.agora.io/en/video-calling/get-started/authentication-workflow")

_v = hexs(64)
secret("ts", "daily-api-key", "packages/rooms/src/daily.ts", fill("""
    const DAILY_API = 'https://api.daily.co/v1';
    const DAILY_API_KEY = '<<v>>';

    export interface TutoringRoom {
      name: string;
      url: string;
    }

    export async function createLessonRoom(lessonId: string, startsAt: Date): Promise<TutoringRoom> {
      const nbf = Math.floor(startsAt.getTime() / 1000) - 10 * 60;
      const res = await fetch(`${DAILY_API}/rooms`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${DAILY_API_KEY}`,
        },
        body: JSON.stringify({
          name: `lesson-${lessonId}`,
          privacy: 'private',
          properties: { nbf, exp: nbf + 2 * 60 * 60, enable_chat: true, enable_screenshare: true },
        }),
      });
      if (!res.ok) throw new Error(`daily: ${res.status}`);
      return (await res.json()) as TutoringRoom;
    }
    """, v=_v), _v, "https://docs.daily.co/reference/rest-api")

_v = hexs(32)
secret("python", "kaltura-admin-secret", "media/kaltura_upload.py", fill("""
    from KalturaClient import KalturaClient, KalturaConfiguration
    from KalturaClient.Plugins.Core import KalturaMediaEntry, KalturaMediaType, KalturaSessionType

    PARTNER_ID = 2817364
    ADMIN_SECRET = "<<v>>"
    SERVICE_URL = "https://www.kaltura.com"


    def client() -> KalturaClient:
        config = KalturaConfiguration(PARTNER_ID)
        config.serviceUrl = SERVICE_URL
        kc = KalturaClient(config)
        ks = kc.session.start(ADMIN_SECRET, "media-bot@apexprep.com", KalturaSessionType.ADMIN,
                              PARTNER_ID, 86400, "disableentitlement")
        kc.setKs(ks)
        return kc


    def upload_lecture(path: str, title: str, category_id: int) -> str:
        kc = client()
        token = kc.uploadToken.add()
        with open(path, "rb") as fh:
            kc.uploadToken.upload(token.id, fh)
        entry = KalturaMediaEntry()
        entry.name = title
        entry.mediaType = KalturaMediaType.VIDEO
        entry.categoriesIds = str(category_id)
        entry = kc.media.add(entry)
        kc.media.addContent(entry.id, token.id)
        return entry.id
    """, v=_v), _v, "https://developer.kaltura.com/api-docs/VPaaS-API-Getting-Started/how-to-create-kaltura-session.html")

_v = hexs(32)
secret("js", "vimeo-access-token", "scripts/vimeo-sync-recordings.js", fill("""
    #!/usr/bin/env node
    // Moves finished Zoom cloud recordings into the "GCSE Revision 2024" Vimeo showcase
    const { Vimeo } = require('@vimeo/vimeo');
    const fs = require('fs');

    const client = new Vimeo(
      '<<cid>>',
      null,
      '<<v>>'
    );

    const SHOWCASE_ID = 10482231;
    const files = fs.readdirSync('./recordings').filter((f) => f.endsWith('.mp4'));

    for (const file of files) {
      client.upload(`./recordings/${file}`, { name: file.replace('.mp4', ''), privacy: { view: 'unlisted' } },
        (uri) => {
          client.request({ method: 'PUT', path: `/me/albums/${SHOWCASE_ID}${uri}` }, () => {});
          console.log('uploaded', file, uri);
        },
        undefined,
        (err) => console.error('failed', file, err));
    }
    """, cid=hexs(40), v=_v), _v, "https://developer.vimeo.com/api/authentication")

_v = draw(75, B64)
secret("env", "mux-token-secret", "apps/video/.env.production", fill("""
    # Mux - on-demand lesson replays
    MUX_TOKEN_ID=<<tid>>
    MUX_TOKEN_SECRET=<<v>>
    MUX_SIGNING_KEY_ID=
    MUX_WEBHOOK_SECRET=
    NEXT_PUBLIC_PLAYER_ENV_KEY=<<envkey>>
    """, tid=uuid4(), v=_v, envkey=draw(26, LOWER + string.digits)), _v,
    "https://docs.mux.com/core/make-api-requests")

_v = uuid4()
secret("http", "whereby-api-key", "tools/whereby/create-meeting.http", fill("""
    ### Create a tutoring room for tomorrow's IELTS speaking mock
    POST https://api.whereby.dev/v1/meetings
    Authorization: Bearer <<v>>
    Content-Type: application/json

    {
      "isLocked": true,
      "roomNamePrefix": "ielts-mock",
      "roomMode": "group",
      "endDate": "2024-06-14T18:00:00.000Z",
      "fields": ["hostRoomUrl"]
    }
    """, v=_v), _v, "https://docs.whereby.com/reference/whereby-rest-api-reference")

# --- LMS, LTI, assessment ----------------------------------------------------------------------
_v = human_pw()
secret("php", "database-password", "moodle/config.php", fill("""
    <?php  // Moodle configuration file

    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = 'moodle-db.internal.meritprep.com.au';
    $CFG->dbname    = 'moodle';
    $CFG->dbuser    = 'moodleuser';
    $CFG->dbpass    = '<<v>>';
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = array (
      'dbpersist' => 0,
      'dbport' => 5432,
      'dbsocket' => '',
    );

    $CFG->wwwroot   = 'https://learn.meritprep.com.au';
    $CFG->dataroot  = '/var/moodledata';
    $CFG->admin     = 'admin';

    $CFG->directorypermissions = 0777;

    require_once(__DIR__ . '/lib/setup.php');
    """, v=_v), _v, "https://docs.moodle.org/en/Configuration_file")

_v = hexs(32)
secret("php", "moodle-ws-token", "wp-content/plugins/meritprep-enrol-sync/meritprep-enrol-sync.php", fill("""
    <?php
    /**
     * Plugin Name: MeritPrep Moodle Enrol Sync
     * Description: Enrols WooCommerce customers into the matching Moodle course.
     * Version: 1.3.0
     */

    define('MPREP_MOODLE_URL', 'https://learn.meritprep.com.au/webservice/rest/server.php');
    define('MPREP_MOODLE_TOKEN', '<<v>>');

    function mprep_enrol_student($userid, $courseid)
    {
        $args = array(
            'wstoken' => MPREP_MOODLE_TOKEN,
            'wsfunction' => 'enrol_manual_enrol_users',
            'moodlewsrestformat' => 'json',
            'enrolments[0][roleid]' => 5,
            'enrolments[0][userid]' => $userid,
            'enrolments[0][courseid]' => $courseid,
        );
        $response = wp_remote_post(MPREP_MOODLE_URL, array('body' => $args, 'timeout' => 20));
        if (is_wp_error($response)) {
            error_log('Moodle enrol failed: ' . $response->get_error_message());
            return false;
        }
        return json_decode(wp_remote_retrieve_body($response), true);
    }
    """, v=_v), _v, "https://docs.moodle.org/dev/Creating_a_web_service_client")

_v = canvas_token()
secret("python", "canvas-access-token", "scripts/canvas_grade_export.py", fill("""
    \"\"\"Nightly export of practice-test grades from Canvas into the tutor dashboard.\"\"\"
    import csv
    import sys

    import requests

    CANVAS_URL = "https://apexprep.instructure.com"
    TOKEN = "<<v>>"
    COURSES = [1183, 1184, 1190]  # SAT Prep cohorts spring 2024


    def submissions(course_id: int):
        url = f"{CANVAS_URL}/api/v1/courses/{course_id}/students/submissions"
        params = {"student_ids[]": "all", "per_page": 100}
        while url:
            resp = requests.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, params=params, timeout=30)
            resp.raise_for_status()
            yield from resp.json()
            url = resp.links.get("next", {}).get("url")
            params = None


    writer = csv.writer(sys.stdout)
    writer.writerow(["course", "user", "assignment", "score"])
    for course in COURSES:
        for sub in submissions(course):
            writer.writerow([course, sub["user_id"], sub["assignment_id"], sub.get("score")])
    """, v=_v), _v, "https://canvas.instructure.com/doc/api/file.oauth.html#manual-token-generation")

_v = draw(32)
secret("xml", "lti-consumer-secret", "src/main/resources/lti-consumers.xml", fill("""
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- LTI 1.1 consumers allowed to launch the Question Bank tool -->
    <consumers>
      <consumer>
        <name>Moodle - MeritPrep</name>
        <key>meritprep-moodle</key>
        <secret><<v>></secret>
        <launchUrl>https://qbank.examforge.io/lti/launch</launchUrl>
        <outcomes enabled="true"/>
      </consumer>
      <consumer>
        <name>Canvas - Apex Exam Prep</name>
        <key>apexprep-canvas</key>
        <secretRef>env:LTI_APEX_SECRET</secretRef>
        <launchUrl>https://qbank.examforge.io/lti/launch</launchUrl>
        <outcomes enabled="true"/>
      </consumer>
    </consumers>
    """, v=_v), _v, "https://www.imsglobal.org/specs/ltiv1p1/implementation-guide")

_v = pem("RSA", 25)
secret("yaml", "lti-private-key", "config/lti13.yml", fill("""
    # LTI 1.3 tool registration - ExamForge question bank
    platforms:
      - issuer: https://canvas.instructure.com
        client_id: "10000000000217"
        deployment_ids: ["218:8865aa05b4b79b64a91a86042e43af5ea8ae79eb"]
        auth_login_url: https://sso.canvaslms.com/api/lti/authorize_redirect
        auth_token_url: https://sso.canvaslms.com/login/oauth2/token
        key_set_url: https://sso.canvaslms.com/api/lti/security/jwks
    tool:
      kid: examforge-2024-01
      private_key: |
    <<key>>
    """, key=textwrap.indent(_v, "    ")), _v, "https://www.imsglobal.org/spec/security/v1p0/#platform-originating-messages")

_v = hexs(40)
secret("python", "clever-client-secret", "rostering/clever_sync.py", fill("""
    import base64

    import requests

    CLEVER_CLIENT_ID = "<<cid>>"
    CLEVER_CLIENT_SECRET = "<<v>>"


    def district_token(district_id: str) -> str:
        basic = base64.b64encode(f"{CLEVER_CLIENT_ID}:{CLEVER_CLIENT_SECRET}".encode()).decode()
        resp = requests.get(
            "https://clever.com/oauth/tokens",
            params={"owner_type": "district", "district": district_id},
            headers={"Authorization": f"Basic {basic}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["data"][0]["access_token"]


    def sections(token: str):
        resp = requests.get("https://api.clever.com/v3.0/sections",
                            headers={"Authorization": f"Bearer {token}"}, timeout=20)
        resp.raise_for_status()
        return [item["data"] for item in resp.json()["data"]]
    """, cid=hexs(20), v=_v), _v, "https://dev.clever.com/docs/classroom-with-oauth")

_pemtxt = pem("", 26, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ")
_v = _pemtxt.replace("\n", "\\n")
secret("json", "gcp-service-account-key", "secrets/classroom-roster-sa.json", json.dumps({
    "type": "service_account",
    "project_id": "brightpath-classroom-sync",
    "private_key_id": hexs(40),
    "private_key": _pemtxt + "\n",
    "client_email": "roster-sync@brightpath-classroom-sync.iam.gserviceaccount.com",
    "client_id": "1078" + draw(17, string.digits),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-sync%40brightpath-classroom-sync.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}, indent=2) + "\n", _v, "https://cloud.google.com/iam/docs/keys-create-delete#creating")

# --- messaging ---------------------------------------------------------------------------------
_v = hexs(32)
secret("go", "twilio-auth-token", "internal/reminders/sms.go", fill("""
    package reminders

    import (
    	"fmt"
    	"time"

    	"github.com/twilio/twilio-go"
    	openapi "github.com/twilio/twilio-go/rest/api/v2010"
    )

    const (
    	accountSid = "<<sid>>"
    	authToken  = "<<v>>"
    	fromNumber = "+447700900312"
    )

    var client = twilio.NewRestClientWithParams(twilio.ClientParams{
    	Username: accountSid,
    	Password: authToken,
    })

    // LessonReminder texts the parent 2 hours before a lesson.
    func LessonReminder(parentPhone, studentName, subject string, at time.Time) error {
    	params := &openapi.CreateMessageParams{}
    	params.SetTo(parentPhone)
    	params.SetFrom(fromNumber)
    	params.SetBody(fmt.Sprintf("Reminder: %s has %s tutoring at %s. Reply STOP to opt out.",
    		studentName, subject, at.Format("15:04")))
    	_, err := client.Api.CreateMessage(params)
    	return err
    }
    """, sid=twilio_sid(), v=_v), _v, "https://www.twilio.com/docs/usage/api#authenticate-with-http")

_v = draw(32)
secret("csharp", "twilio-api-secret", "src/Tutoring.Notifications/TwilioSettings.cs", fill("""
    namespace Tutoring.Notifications
    {
        public static class TwilioSettings
        {
            public const string AccountSid = "<<sid>>";
            public const string ApiKeySid = "SK<<sk>>";
            public const string ApiKeySecret = "<<v>>";
            public const string MessagingServiceSid = "MG<<mg>>";
        }

        public class SmsSender
        {
            public SmsSender()
            {
                Twilio.TwilioClient.Init(TwilioSettings.ApiKeySid, TwilioSettings.ApiKeySecret, TwilioSettings.AccountSid);
            }

            public void SendExamDayReminder(string to, string centre)
            {
                Twilio.Rest.Api.V2010.Account.MessageResource.Create(
                    to: new Twilio.Types.PhoneNumber(to),
                    messagingServiceSid: TwilioSettings.MessagingServiceSid,
                    body: $"Exam day tomorrow at {centre}. Bring photo ID and two pencils.");
            }
        }
    }
    """, sid=twilio_sid(), sk=hexs(32), mg=hexs(32), v=_v), _v,
    "https://www.twilio.com/docs/iam/api-keys")

_v = sendgrid_key()
secret("dockerfile", "sendgrid-api-key", "services/mailer/Dockerfile", fill("""
    FROM python:3.12-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt
    COPY . .

    ENV MAIL_FROM="results@apexprep.com" \\
        MAIL_FROM_NAME="Apex Exam Prep" \\
        SENDGRID_API_KEY="<<v>>" \\
        PYTHONUNBUFFERED=1

    USER 1000
    CMD ["gunicorn", "-b", "0.0.0.0:8000", "mailer.app:app"]
    """, v=_v), _v, "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started")

_v = sendgrid_key()
secret("csharp", "sendgrid-api-key", "src/StudyNest.Web/Services/ReportCardMailer.cs", fill("""
    using SendGrid;
    using SendGrid.Helpers.Mail;

    namespace StudyNest.Web.Services;

    public class ReportCardMailer
    {
        private readonly SendGridClient _client = new("<<v>>");

        public async Task SendAsync(string parentEmail, string studentName, byte[] pdf)
        {
            var msg = new SendGridMessage
            {
                From = new EmailAddress("reports@studynest.io", "StudyNest"),
                Subject = $"Term report for {studentName}",
                PlainTextContent = "Please find this term's progress report attached."
            };
            msg.AddTo(parentEmail);
            msg.AddAttachment($"{studentName}-report.pdf", Convert.ToBase64String(pdf));
            var response = await _client.SendEmailAsync(msg);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"SendGrid returned {response.StatusCode}");
        }
    }
    """, v=_v), _v, "https://github.com/sendgrid/sendgrid-csharp#quick-start")

_v = "key-" + hexs(32)
secret("php", "mailgun-api-key", "includes/mailer.php", fill("""
    <?php
    // Sends booking confirmations for the Saturday mock exams
    function send_booking_confirmation($to, $name, $slot)
    {
        $ch = curl_init('https://api.eu.mailgun.net/v3/mg.scholarsedge.ng/messages');
        curl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
        curl_setopt($ch, CURLOPT_USERPWD, 'api:<<v>>');
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, array(
            'from' => 'Scholars Edge <bookings@mg.scholarsedge.ng>',
            'to' => $to,
            'subject' => 'Your mock exam seat is booked',
            'text' => "Hi $name,\\n\\nYour seat for $slot is confirmed.\\n\\nScholars Edge",
        ));
        $result = curl_exec($ch);
        curl_close($ch);
        return $result;
    }
    """, v=_v), _v, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

_v = hexs(32) + "-us14"
secret("python", "mailchimp-api-key", "marketing/sync_leads_to_mailchimp.py", fill("""
    import hashlib

    import mailchimp_marketing as MailchimpMarketing
    from mailchimp_marketing.api_client import ApiClientError

    from crm.leads import open_leads

    client = MailchimpMarketing.Client()
    client.set_config({"api_key": "<<v>>", "server": "us14"})
    AUDIENCE_ID = "a91c3e07d2"

    for lead in open_leads(source="open-day-2024"):
        member_hash = hashlib.md5(lead.email.lower().encode()).hexdigest()
        try:
            client.lists.set_list_member(AUDIENCE_ID, member_hash, {
                "email_address": lead.email,
                "status_if_new": "subscribed",
                "merge_fields": {"FNAME": lead.first_name, "GRADE": lead.year_group},
                "tags": ["open-day-2024", lead.subject_interest],
            })
        except ApiClientError as error:
            print(f"{lead.email}: {error.text}")
    """, v=_v), _v, "https://mailchimp.com/developer/marketing/guides/quick-start/")

_v = uuid4()
secret("ruby", "postmark-server-token", "config/environments/production.rb", fill("""
    require "active_support/core_ext/integer/time"

    Rails.application.configure do
      config.cache_classes = true
      config.eager_load = true
      config.consider_all_requests_local = false
      config.force_ssl = true
      config.log_level = :info

      config.action_mailer.perform_caching = false
      config.action_mailer.delivery_method = :postmark
      config.action_mailer.postmark_settings = { api_token: "<<v>>" }
      config.action_mailer.default_url_options = { host: "app.tutorhub.io", protocol: "https" }

      config.i18n.fallbacks = true
      config.active_support.report_deprecations = false
      config.active_record.dump_schema_after_migration = false
    end
    """, v=_v), _v, "https://postmarkapp.com/developer/integration/official-libraries#rails-gem")

_v = "xkeysib-" + hexs(64) + "-" + draw(16)
secret("python", "brevo-api-key", "notifications/brevo_sms.py", fill("""
    import sib_api_v3_sdk
    from sib_api_v3_sdk.rest import ApiException

    configuration = sib_api_v3_sdk.Configuration()
    configuration.api_key["api-key"] = "<<v>>"
    api = sib_api_v3_sdk.TransactionalSMSApi(sib_api_v3_sdk.ApiClient(configuration))


    def homework_due(phone: str, student: str, subject: str) -> None:
        sms = sib_api_v3_sdk.SendTransacSms(
            sender="TutorPlus",
            recipient=phone,
            content=f"{student}: your {subject} homework is due tomorrow. Good luck!",
            type="transactional",
        )
        try:
            api.send_transac_sms(sms)
        except ApiException as exc:
            print("brevo error", exc.status, exc.body)
    """, v=_v), _v, "https://developers.brevo.com/docs/getting-started")

_v = "re_" + draw(8) + "_" + draw(24)
secret("ts", "resend-api-key", "src/lib/email.ts", fill("""
    import { Resend } from 'resend';
    import { TrialLessonEmail } from '@/emails/trial-lesson';

    const resend = new Resend('<<v>>');

    export async function sendTrialLessonInvite(to: string, tutorName: string, when: string) {
      const { error } = await resend.emails.send({
        from: 'Kite Tutors <hello@kitetutors.co.uk>',
        to,
        subject: 'Your free trial lesson is booked',
        react: TrialLessonEmail({ tutorName, when }),
      });
      if (error) {
        console.error('resend failed', error);
        throw new Error(error.message);
      }
    }
    """, v=_v), _v, "https://resend.com/docs/send-with-nextjs")

_v = hexs(32)
secret("yaml", "mailjet-secret-key", "config/packages/mailer.yaml", fill("""
    framework:
        mailer:
            dsn: 'mailjet+api://<<key>>:<<v>>@default'
            envelope:
                sender: 'no-reply@prepacademie.fr'
            headers:
                From: 'Prep Academie <no-reply@prepacademie.fr>'
                X-Campaign: 'bac-2024'
    """, key=hexs(32), v=_v), _v, "https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport")

_v = draw(40)
secret("ruby", "plivo-auth-token", "app/services/parent_sms.rb", fill("""
    require "plivo"

    class ParentSms
      AUTH_ID = "MA<<aid>>"
      AUTH_TOKEN = "<<v>>"
      SENDER = "+14155550134"

      def initialize
        @client = Plivo::RESTClient.new(AUTH_ID, AUTH_TOKEN)
      end

      def absence_alert(parent_phone, student, lesson_time)
        @client.messages.create(
          src: SENDER,
          dst: parent_phone,
          text: "#{student} did not join the #{lesson_time} session. Please call the centre."
        )
      end
    end
    """, aid=draw(18, string.ascii_uppercase + string.digits), v=_v), _v,
    "https://www.plivo.com/docs/messaging/api/overview/")

_v = draw(16)
secret("properties", "vonage-api-secret", "src/main/resources/application-prod.properties", fill("""
    spring.application.name=tutor-alerts
    server.port=8080
    management.endpoints.web.exposure.include=health,info

    vonage.api-key=<<key>>
    vonage.api-secret=<<v>>
    vonage.sms.from=BrightPath
    vonage.sms.retry-attempts=3

    alerts.lesson-reminder.cron=0 0 7 * * *
    alerts.timezone=Europe/London
    """, key=hexs(8), v=_v), _v, "https://developer.vonage.com/en/getting-started/concepts/authentication")

_v = draw(25)
secret("go", "messagebird-access-key", "cmd/examday/main.go", fill("""
    package main

    import (
    	"log"
    	"os"

    	messagebird "github.com/messagebird/go-rest-api/v9"
    	"github.com/messagebird/go-rest-api/v9/sms"
    )

    func main() {
    	client := messagebird.New("<<v>>")
    	recipients := os.Args[1:]
    	if len(recipients) == 0 {
    		log.Fatal("usage: examday <msisdn>...")
    	}
    	msg, err := sms.Create(client, "ExamPrep", recipients,
    		"Your CITO mock starts at 09:00 in room 2.14. Doors open 08:30.", nil)
    	if err != nil {
    		log.Fatalf("messagebird: %v", err)
    	}
    	log.Printf("sent %s to %d recipients", msg.ID, msg.Recipients.TotalSentCount)
    }
    """, v=_v), _v, "https://developers.messagebird.com/api/#authentication")

_v = whatsapp_token()
secret("ts", "whatsapp-access-token", "src/notify/whatsapp.ts", fill("""
    const GRAPH = 'https://graph.facebook.com/v19.0';
    const PHONE_NUMBER_ID = '118204771356902';
    // System user token (never expires) - "Tutorly Notifications" app
    const WA_TOKEN = '<<v>>';

    export async function sendLessonTemplate(to: string, studentName: string, time: string) {
      const res = await fetch(`${GRAPH}/${PHONE_NUMBER_ID}/messages`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${WA_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          to,
          type: 'template',
          template: {
            name: 'lesson_reminder',
            language: { code: 'en' },
            components: [{ type: 'body', parameters: [{ type: 'text', text: studentName }, { type: 'text', text: time }] }],
          },
        }),
      });
      if (!res.ok) throw new Error(`whatsapp ${res.status}: ${await res.text()}`);
    }
    """, v=_v), _v, "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started")

_v = fakes.telegram_token(_seed())
secret("python", "telegram-bot-token", "bots/homework_bot.py", fill("""
    import logging

    from telegram import Update
    from telegram.ext import Application, CommandHandler, ContextTypes

    from homework.store import due_this_week

    logging.basicConfig(level=logging.INFO)
    BOT_TOKEN = "<<v>>"


    async def due(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        items = due_this_week(update.effective_user.id)
        text = "\\n".join(f"- {i.subject}: {i.title} (due {i.due:%a %d %b})" for i in items) or "Nothing due!"
        await update.message.reply_text(text)


    def main() -> None:
        app = Application.builder().token(BOT_TOKEN).build()
        app.add_handler(CommandHandler("due", due))
        app.run_polling()


    if __name__ == "__main__":
        main()
    """, v=_v), _v, "https://core.telegram.org/bots/api#authorizing-your-bot")

_v = slack_webhook()
secret("python", "slack-webhook", "ops/alert_failed_payments.py", fill("""
    #!/usr/bin/env python3
    \"\"\"Posts yesterday's failed tuition payments to #finance-alerts.\"\"\"
    import datetime as dt

    import requests

    from billing.reports import failed_payments

    WEBHOOK = "<<v>>"

    day = dt.date.today() - dt.timedelta(days=1)
    rows = failed_payments(day)
    if rows:
        lines = [f"*{len(rows)} failed payments on {day:%d %b}*"]
        lines += [f"- {r.family} / {r.plan}: {r.amount:.2f} {r.currency} ({r.reason})" for r in rows[:20]]
        requests.post(WEBHOOK, json={"text": "\\n".join(lines)}, timeout=10).raise_for_status()
    """, v=_v), _v, "https://api.slack.com/messaging/webhooks")

_v = slack_bot()
secret("yaml", "slack-bot-token", "deploy/tutor-standup-bot/config.yaml", fill("""
    bot:
      name: tutor-standup
      slack:
        bot_token: <<v>>
        signing_secret_env: SLACK_SIGNING_SECRET
        channel: C05QF1T8Z2M
      schedule:
        cron: "30 8 * * 1-5"
        timezone: Australia/Sydney
      questions:
        - "Which students need follow-up today?"
        - "Any room or Zoom issues?"
    """, v=_v), _v, "https://api.slack.com/authentication/token-types#bot")

_v = teams_webhook()
secret("powershell", "teams-webhook", "scripts/Send-ExamResultsNotice.ps1", fill("""
    param(
        [Parameter(Mandatory)] [string] $CsvPath,
        [string] $Cohort = "A-Level Maths 2024"
    )

    $webhook = "<<v>>"

    $rows = Import-Csv $CsvPath
    $passed = ($rows | Where-Object { [int]$_.Score -ge 60 }).Count
    $card = @{
        "@type"    = "MessageCard"
        "@context" = "http://schema.org/extensions"
        summary    = "Mock results uploaded"
        title      = "Mock results: $Cohort"
        text       = "$passed of $($rows.Count) students scored 60% or more. Full sheet on SharePoint."
    } | ConvertTo-Json -Depth 4

    Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
    """, v=_v), _v, "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

_v = discord_webhook()
secret("js", "discord-webhook", "study-group-bot/announce.js", fill("""
    import fetch from 'node-fetch';

    const HOOK = '<<v>>';

    export async function announceSession({ subject, tutor, startsAt, link }) {
      await fetch(HOOK, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          username: 'Study Hall',
          embeds: [{
            title: `${subject} group session`,
            description: `With ${tutor} - <t:${Math.floor(startsAt / 1000)}:F>`,
            url: link,
            color: 0x4f46e5,
          }],
        }),
      });
    }
    """, v=_v), _v, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_v = "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)
secret("php", "fcm-server-key", "app/Notifications/PushSender.php", fill("""
    <?php

    namespace App\\Notifications;

    use Illuminate\\Support\\Facades\\Http;

    class PushSender
    {
        private const FCM_URL = 'https://fcm.googleapis.com/fcm/send';
        private const SERVER_KEY = '<<v>>';

        public function lessonStartingSoon(string $deviceToken, string $subject): void
        {
            Http::withHeaders(['Authorization' => 'key=' . self::SERVER_KEY])
                ->post(self::FCM_URL, [
                    'to' => $deviceToken,
                    'notification' => [
                        'title' => 'Lesson in 10 minutes',
                        'body' => "Your {$subject} lesson is about to start.",
                    ],
                ])->throw();
        }
    }
    """, v=_v), _v, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-http-requests")

_v = ec_p8()
secret("js", "apns-private-key", "push/apns.config.js", fill("""
    // Apple Push for the Tutorly iOS app (key "Tutorly APNs Prod", team 7QX4K9N2HF)
    module.exports = {
      token: {
        key: `<<v>>`,
        keyId: '4KZ7WQ3M9P',
        teamId: '7QX4K9N2HF',
      },
      production: true,
      topic: 'io.tutorly.app',
    };
    """, v=_v), _v, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

_v = draw(20, HEX)
secret("php", "pusher-app-secret", "config/broadcasting.php", fill("""
    <?php

    return [
        'default' => 'pusher',

        'connections' => [
            'pusher' => [
                'driver' => 'pusher',
                'key' => '<<key>>',
                'secret' => '<<v>>',
                'app_id' => '1748392',
                'options' => [
                    'cluster' => 'ap2',
                    'host' => 'api-ap2.pusher.com',
                    'port' => 443,
                    'scheme' => 'https',
                    'encrypted' => true,
                    'useTLS' => true,
                ],
            ],
            'log' => ['driver' => 'log'],
            'null' => ['driver' => 'null'],
        ],
    ];
    """, key=draw(20, HEX), v=_v), _v, "https://laravel.com/docs/broadcasting#pusher-channels")

_v = draw(6, URLSAFE) + "." + draw(6, URLSAFE) + ":" + draw(43, URLSAFE)
secret("js", "ably-api-key", "whiteboard/server/realtime.js", fill("""
    const Ably = require('ably');

    // Shared whiteboard presence for 1:1 lessons
    const ably = new Ably.Rest({ key: '<<v>>' });

    async function tokenRequestFor(lessonId, userId, role) {
      const capability = { [`lesson:${lessonId}`]: role === 'tutor' ? ['*'] : ['subscribe', 'publish', 'presence'] };
      return ably.auth.createTokenRequest({ clientId: userId, capability: JSON.stringify(capability), ttl: 2 * 3600 * 1000 });
    }

    module.exports = { tokenRequestFor };
    """, v=_v), _v, "https://ably.com/docs/auth/basic")

# --- CRM, scheduling, forms, productivity ------------------------------------------------------
_v = "pat-na1-" + uuid4()
secret("env", "hubspot-private-app-token", "crm-sync/.env", fill("""
    # HubSpot private app "Enquiry Form Sync" (scopes: crm.objects.contacts.write, crm.objects.deals.write)
    HUBSPOT_ACCESS_TOKEN=<<v>>
    HUBSPOT_PIPELINE_ID=default
    HUBSPOT_STAGE_NEW_ENQUIRY=appointmentscheduled
    HUBSPOT_OWNER_DEFAULT=48210937
    ENQUIRY_SOURCE=website-trial-form
    """, v=_v), _v, "https://developers.hubspot.com/docs/api/private-apps")

_v = draw(64, UHEX)
secret("yaml", "salesforce-consumer-secret", "integrations/salesforce/connection.yml", fill("""
    salesforce:
      login_url: https://apexprep.my.salesforce.com
      api_version: "59.0"
      connected_app: "Website Lead Capture"
      consumer_key: 3MVG9<<ck>>
      consumer_secret: <<v>>
      username: integration@apexprep.com
      password_env: SF_INTEGRATION_PASSWORD
      objects:
        lead: Lead
        enrolment: Enrolment__c
        tutor: Tutor__c
    """, ck=draw(80, ALNUM + "._"), v=_v), _v,
    "https://help.salesforce.com/s/articleView?id=sf.connected_app_rotate_consumer_details.htm")

_v = "1000." + hexs(32) + "." + hexs(32)
secret("json", "zoho-refresh-token", "integrations/zoho/oauth.json", fill("""
    {
      "accounts_url": "https://accounts.zoho.in",
      "api_domain": "https://www.zohoapis.in",
      "client_id": "1000.<<cid>>",
      "client_secret_env": "ZOHO_CLIENT_SECRET",
      "refresh_token": "<<v>>",
      "scope": "ZohoCRM.modules.leads.ALL,ZohoCRM.modules.contacts.READ",
      "module": "Leads",
      "layout": "NEET Coaching Enquiry"
    }
    """, cid=draw(30, string.ascii_uppercase + string.digits), v=_v), _v,
    "https://www.zoho.com/crm/developer/docs/api/v6/refresh.html")

_hdr = {"kid": "1ce1e136", "typ": "PAT", "alg": "ES512"}
_v = jwt(_hdr, {"iss": "https://auth.calendly.com", "iat": 1709650032, "jti": uuid4(),
                "user_uuid": uuid4(), "scope": "default"}, 171)
secret("shell", "calendly-token", "scripts/sync_calendly_events.sh", fill("""
    #!/usr/bin/env bash
    # Pulls next week's trial-lesson bookings from Calendly into bookings.csv
    set -euo pipefail

    CALENDLY_TOKEN="<<v>>"
    ORG="https://api.calendly.com/organizations/<<org>>"
    FROM=$(date -u -d 'next monday' +%Y-%m-%dT00:00:00Z)
    TO=$(date -u -d 'next monday + 7 days' +%Y-%m-%dT00:00:00Z)

    curl -sf -G "https://api.calendly.com/scheduled_events" \\
      -H "Authorization: Bearer ${CALENDLY_TOKEN}" \\
      --data-urlencode "organization=${ORG}" \\
      --data-urlencode "min_start_time=${FROM}" \\
      --data-urlencode "max_start_time=${TO}" \\
      --data-urlencode "status=active" |
      jq -r '.collection[] | [.start_time, .name, .location.join_url] | @csv' > bookings.csv

    echo "wrote $(wc -l < bookings.csv) bookings"
    """, v=_v, org=uuid4()), _v, "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens")

_v = hexs(32)
secret("php", "acuity-api-key", "booking/acuity.php", fill("""
    <?php
    require 'vendor/autoload.php';

    $acuity = new AcuityScheduling(array(
        'userId' => 21984473,
        'apiKey' => '<<v>>',
    ));

    $appointments = $acuity->request('/appointments', array(
        'query' => array(
            'minDate' => date('Y-m-d'),
            'maxDate' => date('Y-m-d', strtotime('+7 days')),
            'calendarID' => 5812207,
        ),
    ));

    foreach ($appointments as $a) {
        printf("%s %s - %s (%s)\\n", $a['date'], $a['time'], $a['firstName'] . ' ' . $a['lastName'], $a['type']);
    }
    """, v=_v), _v, "https://developers.acuityscheduling.com/reference/quick-start")

_v = "cal_live_" + hexs(32)
secret("env", "calcom-api-key", "apps/booking-widget/.env.production", fill("""
    NEXT_PUBLIC_SITE_URL=https://book.kitetutors.co.uk
    NEXT_PUBLIC_CAL_LINK=kitetutors/trial-lesson
    CAL_API_URL=https://api.cal.com/v1
    CAL_API_KEY=<<v>>
    CAL_EVENT_TYPE_TRIAL=482913
    CAL_EVENT_TYPE_PARENT_CALL=482917
    """, v=_v), _v, "https://cal.com/docs/enterprise-features/api/authentication")

_v = b64("tok:" + uuid4().replace("-", "_") + ":1:0")
secret("js", "intercom-access-token", "web/server/intercom.js", fill("""
    const { Client } = require('intercom-client');

    const intercom = new Client({ tokenAuth: { token: '<<v>>' } });

    async function tagEnquiry(email, subject, yearGroup) {
      const contact = await intercom.contacts.search({
        data: { query: { field: 'email', operator: '=', value: email } },
      });
      const id = contact.data[0]?.id;
      if (!id) return;
      await intercom.tags.tagContact({ contactId: id, tagId: subject === 'maths' ? '8811203' : '8811204' });
      await intercom.contacts.update({ id, customAttributes: { year_group: yearGroup } });
    }

    module.exports = { tagEnquiry };
    """, v=_v), _v, "https://developers.intercom.com/docs/build-an-integration/learn-more/authentication")

_v = "tfp_" + draw(44, ALNUM) + "_" + draw(14, ALNUM)
secret("python", "typeform-token", "feedback/pull_typeform_responses.py", fill("""
    import pandas as pd
    import requests

    TYPEFORM_TOKEN = "<<v>>"
    FORM_ID = "Xk2LqP9a"  # "End of term tutor feedback"

    resp = requests.get(
        f"https://api.typeform.com/forms/{FORM_ID}/responses",
        headers={"Authorization": f"Bearer {TYPEFORM_TOKEN}"},
        params={"page_size": 1000, "since": "2024-03-01T00:00:00"},
        timeout=30,
    )
    resp.raise_for_status()
    items = resp.json()["items"]
    df = pd.json_normalize(items, record_path="answers", meta=["response_id", "submitted_at"], errors="ignore")
    df.to_csv("tutor_feedback_spring.csv", index=False)
    print(f"{len(items)} responses")
    """, v=_v), _v, "https://www.typeform.com/developers/get-started/personal-access-token/")

_v = "pat" + draw(14) + "." + hexs(64)
secret("gs", "airtable-token", "apps-script/TutorRota/Code.gs", fill("""
    const AIRTABLE_BASE = 'appQ4m7TzRk2Lh9Wd';
    const AIRTABLE_TOKEN = '<<v>>';

    function syncRotaToSheet() {
      const url = 'https://api.airtable.com/v0/' + AIRTABLE_BASE + '/Rota?view=This%20week';
      const res = UrlFetchApp.fetch(url, {
        headers: { Authorization: 'Bearer ' + AIRTABLE_TOKEN },
        muteHttpExceptions: true,
      });
      const records = JSON.parse(res.getContentText()).records;
      const sheet = SpreadsheetApp.getActive().getSheetByName('Rota');
      sheet.getRange(2, 1, sheet.getMaxRows() - 1, 4).clearContent();
      records.forEach(function (r, i) {
        sheet.getRange(i + 2, 1, 1, 4).setValues([[r.fields.Tutor, r.fields.Day, r.fields.Room, r.fields.Subject]]);
      });
    }
    """, v=_v), _v, "https://airtable.com/developers/web/guides/personal-access-tokens")

_v = "ntn_" + draw(11, string.digits) + draw(35)
secret("js", "notion-token", "tools/notion-lesson-notes/index.mjs", fill("""
    import { Client } from '@notionhq/client';

    const notion = new Client({ auth: '<<v>>' });
    const LESSON_NOTES_DB = '6f1e2c9a8b3d4e7f9a0b1c2d3e4f5a6b';

    export async function addLessonNote({ student, tutor, subject, summary, homework }) {
      return notion.pages.create({
        parent: { database_id: LESSON_NOTES_DB },
        properties: {
          Student: { title: [{ text: { content: student } }] },
          Tutor: { rich_text: [{ text: { content: tutor } }] },
          Subject: { select: { name: subject } },
          Homework: { rich_text: [{ text: { content: homework } }] },
        },
        children: [{ paragraph: { rich_text: [{ text: { content: summary } }] } }],
      });
    }
    """, v=_v), _v, "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up")

_v = "AIza" + draw(35, URLSAFE)
secret("python", "google-api-key", "content/youtube_playlist_report.py", fill("""
    \"\"\"Weekly view counts for the free revision playlists (runs on the reporting VM).\"\"\"
    from googleapiclient.discovery import build

    API_KEY = "<<v>>"  # unrestricted server key, project apex-content-reporting
    PLAYLISTS = {
        "SAT Math": "PLx8Qm3Yb2n5R0vT6aWk1eHc9Zd4Lf7Ug",
        "ACT English": "PLx8Qm3Yb2n5R0vT6aWk1eHc9Zd4Lf7Uh",
    }

    youtube = build("youtube", "v3", developerKey=API_KEY)
    for name, playlist in PLAYLISTS.items():
        items = youtube.playlistItems().list(part="contentDetails", playlistId=playlist, maxResults=50).execute()
        ids = ",".join(i["contentDetails"]["videoId"] for i in items["items"])
        stats = youtube.videos().list(part="statistics", id=ids).execute()
        views = sum(int(v["statistics"]["viewCount"]) for v in stats["items"])
        print(f"{name}: {views} views")
    """, v=_v), _v, "https://developers.google.com/youtube/v3/getting-started")

_v = hexs(32)
secret("python", "algolia-admin-key", "search/reindex_tutors.py", fill("""
    from algoliasearch.search_client import SearchClient

    from tutors.models import Tutor

    client = SearchClient.create("K7Q2ZD1M4X", "<<v>>")
    index = client.init_index("prod_tutors")

    records = [
        {
            "objectID": str(t.id),
            "name": t.display_name,
            "subjects": t.subject_list(),
            "levels": t.levels,
            "hourly_rate": float(t.hourly_rate),
            "_geoloc": {"lat": t.lat, "lng": t.lng},
        }
        for t in Tutor.objects.filter(active=True)
    ]
    index.replace_all_objects(records, {"safe": True})
    index.set_settings({"searchableAttributes": ["name", "subjects"], "customRanking": ["desc(rating)"]})
    print(f"indexed {len(records)} tutors")
    """, v=_v), _v, "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key")

_v = draw(27, URLSAFE)
secret("env", "cloudinary-url", "apps/web/.env", fill("""
    # uploads: tutor profile photos and worksheet scans
    CLOUDINARY_URL=cloudinary://<<id>>:<<v>>@kitetutors
    CLOUDINARY_UPLOAD_PRESET=worksheets_signed
    NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=kitetutors
    NEXT_PUBLIC_MAX_UPLOAD_MB=15
    """, id=draw(15, string.digits), v=_v), _v, "https://cloudinary.com/documentation/node_integration#configuration")

_v = uuid4()
secret("netrc", "heroku-api-key", "dotfiles/ci-runner/.netrc", fill("""
    machine api.heroku.com
      login deploy@tutorhub.io
      password <<v>>
    machine git.heroku.com
      login deploy@tutorhub.io
      password <<v>>
    """, v=_v), _v, "https://devcenter.heroku.com/articles/authentication#api-token-storage")

# --- databases and queues ----------------------------------------------------------------------
_v = gen_pw(24)
secret("k8s-secret", "postgres-password", "k8s/booking/postgres-secret.yaml", fill("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: booking-db
      namespace: booking
      labels:
        app.kubernetes.io/name: booking-api
        app.kubernetes.io/part-of: studynest
    type: Opaque
    data:
      POSTGRES_USER: <<user>>
      POSTGRES_DB: <<db>>
      POSTGRES_PASSWORD: <<pw>>
    """, user=b64("booking"), db=b64("booking_prod"), pw=b64(_v)), _v,
    "https://kubernetes.io/docs/concepts/configuration/secret/")

_v = human_pw()
secret("compose", "mysql-password", "marketing-site/docker-compose.yml", fill("""
    services:
      db:
        image: mysql:8.0
        restart: unless-stopped
        environment:
          MYSQL_DATABASE: wordpress
          MYSQL_USER: wp_kite
          MYSQL_PASSWORD: "<<v>>"
          MYSQL_RANDOM_ROOT_PASSWORD: "1"
        volumes:
          - db_data:/var/lib/mysql

      wordpress:
        image: wordpress:6.5-php8.2-apache
        depends_on: [db]
        ports:
          - "8080:80"
        environment:
          WORDPRESS_DB_HOST: db
          WORDPRESS_DB_USER: wp_kite
          WORDPRESS_DB_PASSWORD: "<<v>>"
          WORDPRESS_DB_NAME: wordpress
        volumes:
          - ./wp-content:/var/www/html/wp-content

    volumes:
      db_data:
    """, v=_v), _v, "https://hub.docker.com/_/wordpress")

_v = gen_pw(22, "-_")
secret("json", "mssql-password", "src/ScholarsEdge.Api/appsettings.Production.json", fill("""
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "AllowedHosts": "*",
      "ConnectionStrings": {
        "Portal": "Server=tcp:scholarsedge-sql.database.windows.net,1433;Initial Catalog=portal;Persist Security Info=False;User ID=portal_app;Password=<<v>>;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
      },
      "Features": {
        "MockExamBooking": true,
        "ParentPortalV2": false
      }
    }
    """, v=_v), _v, "https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-dotnet-core")

_v = human_pw()
secret("sql", "mysql-password", "db/migrations/V42__create_reporting_user.sql", fill("""
    -- Read-only user for the Metabase dashboards (attendance, results, churn)
    CREATE USER IF NOT EXISTS 'bi_reader'@'10.20.%' IDENTIFIED BY '<<v>>';

    GRANT SELECT ON tutoring.students TO 'bi_reader'@'10.20.%';
    GRANT SELECT ON tutoring.lessons TO 'bi_reader'@'10.20.%';
    GRANT SELECT ON tutoring.attendance TO 'bi_reader'@'10.20.%';
    GRANT SELECT ON tutoring.mock_results TO 'bi_reader'@'10.20.%';
    GRANT SELECT ON tutoring.invoices TO 'bi_reader'@'10.20.%';

    FLUSH PRIVILEGES;
    """, v=_v), _v, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html")

_v = human_pw()
secret("r", "postgres-password", "analytics/mock_exam_trends.R", fill("""
    library(DBI)
    library(dplyr)
    library(ggplot2)

    con <- dbConnect(
      RPostgres::Postgres(),
      host = "analytics-db.apexprep.internal",
      port = 5432,
      dbname = "warehouse",
      user = "analyst_jmorgan",
      password = "<<v>>"
    )

    results <- tbl(con, "mock_results") %>%
      filter(exam_family == "SAT", sat_date >= "2023-09-01") %>%
      group_by(cohort, attempt) %>%
      summarise(mean_total = mean(total_score, na.rm = TRUE), n = n()) %>%
      collect()

    ggplot(results, aes(attempt, mean_total, colour = cohort)) +
      geom_line() +
      labs(title = "SAT mock progression by cohort", x = "Mock #", y = "Mean total")
    ggsave("sat_mock_trends.png", width = 8, height = 5)

    dbDisconnect(con)
    """, v=_v), _v, "https://rpostgres.r-dbi.org/reference/postgres")

_v = gen_pw(20)
secret("markdown", "postgres-url-password", "docs/runbooks/restore-booking-db.md", fill("""
    # Restoring the booking database

    Use this when the nightly restore test fails or after an accidental delete.

    1. Pick the snapshot in the Backups tab (RDS > `booking-prod`), note its timestamp.
    2. Restore to a new instance `booking-restore-YYYYMMDD` in the same subnet group.
    3. Check the row counts against production:

    ```bash
    psql "postgresql://booking_admin:<<v>>@booking-prod.c8xk2lq1z3ab.eu-west-2.rds.amazonaws.com:5432/booking?sslmode=require" \\
      -c "select count(*) from lessons where starts_at > now() - interval '7 days';"
    ```

    4. If counts match, rename the instances (old one gets `-old` suffix) and update the DNS CNAME.
    5. Post in #ops when done and delete the `-old` instance after 48 hours.
    """, v=_v), _v, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

_v = fakes.redis_password(_seed())
secret("python", "redis-password", "worker/celeryconfig.py", fill("""
    broker_url = "rediss://default:<<v>>@tutorhub-cache.redis.cache.windows.net:6380/0?ssl_cert_reqs=required"
    result_backend = broker_url.replace("/0?", "/1?")

    task_serializer = "json"
    result_serializer = "json"
    accept_content = ["json"]
    timezone = "Europe/London"
    enable_utc = True

    beat_schedule = {
        "send-lesson-reminders": {"task": "lessons.tasks.send_reminders", "schedule": 300.0},
        "close-stale-invoices": {"task": "billing.tasks.close_stale", "schedule": 3600.0},
    }
    """, v=_v), _v, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

_v = gen_pw(18)
secret("env", "rabbitmq-password", "services/grading-worker/.env", fill("""
    WORKER_CONCURRENCY=4
    AMQP_URL=amqps://grader:<<v>>@rabbit.examforge.io:5671/grading
    QUEUE_ESSAYS=essays.to_grade
    QUEUE_RESULTS=essays.graded
    S3_BUCKET=examforge-submissions
    """, v=_v), _v, "https://www.rabbitmq.com/docs/uri-spec")

_v = gen_pw(20)
secret("ts", "mongodb-password", "src/db/mongo.ts", fill("""
    import { MongoClient } from 'mongodb';

    const uri =
      'mongodb+srv://quiz-api:<<v>>@quizbank.x7kq2.mongodb.net/?retryWrites=true&w=majority&appName=quizbank';

    let client: MongoClient | undefined;

    export async function db() {
      if (!client) {
        client = new MongoClient(uri, { maxPoolSize: 20 });
        await client.connect();
      }
      return client.db('quizbank');
    }

    export async function questionsFor(topic: string, difficulty: number) {
      return (await db())
        .collection('questions')
        .find({ topic, difficulty: { $lte: difficulty }, retired: { $ne: true } })
        .limit(25)
        .toArray();
    }
    """, v=_v), _v, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_v = human_pw()
secret("logstash", "elastic-password", "logging/logstash/pipeline/zoom-webhooks.conf", fill("""
    input {
      http {
        port => 8081
        codec => json
        tags => ["zoom"]
      }
    }

    filter {
      date { match => ["[payload][object][start_time]", "ISO8601"] target => "lesson_start" }
      mutate { remove_field => ["[payload][object][participant][email]"] }
    }

    output {
      elasticsearch {
        hosts => ["https://es01.logs.brightpathtutoring.co.uk:9200"]
        index => "zoom-events-%{+YYYY.MM}"
        user => "logstash_writer"
        password => "<<v>>"
        ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
      }
    }
    """, v=_v), _v, "https://www.elastic.co/guide/en/logstash/current/ls-security.html")

_v = human_pw()
secret("crontab", "mysql-password", "ops/cron/backup.crontab", fill("""
    # m h dom mon dow  command
    MAILTO=it@northbridgelearning.com.au
    SHELL=/bin/bash

    15 2 * * * mysqldump --single-transaction -u backup -p'<<v>>' bookings | gzip > /backups/bookings-$(date +\\%F).sql.gz
    45 2 * * * find /backups -name 'bookings-*.sql.gz' -mtime +14 -delete
    0 3 * * 0 rclone sync /backups b2:nbl-backups/mysql --transfers 4
    """, v=_v), _v, "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html")

_v = gen_pw(24)
secret("systemd", "database-password", "deploy/systemd/tutorhub-api.service", fill("""
    [Unit]
    Description=TutorHub API
    After=network-online.target
    Wants=network-online.target

    [Service]
    User=tutorhub
    WorkingDirectory=/srv/tutorhub/current
    Environment=RAILS_ENV=production
    Environment=PORT=3000
    Environment="DATABASE_URL=postgres://tutorhub:<<v>>@10.0.4.12:5432/tutorhub_production"
    ExecStart=/srv/tutorhub/current/bin/rails server -b 127.0.0.1
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """, v=_v), _v, "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=")

_v = gen_pw(20)
secret("java", "jdbc-password", "src/main/java/com/examforge/reports/ReportDataSource.java", fill("""
    package com.examforge.reports;

    import com.zaxxer.hikari.HikariConfig;
    import com.zaxxer.hikari.HikariDataSource;

    public final class ReportDataSource {

        private static final String URL =
            "jdbc:mysql://reports-db.examforge.internal:3306/reports?useSSL=true&user=report_job&password=<<v>>";

        private static HikariDataSource ds;

        private ReportDataSource() {
        }

        public static synchronized HikariDataSource get() {
            if (ds == null) {
                HikariConfig cfg = new HikariConfig();
                cfg.setJdbcUrl(URL);
                cfg.setMaximumPoolSize(5);
                cfg.setPoolName("reports");
                ds = new HikariDataSource(cfg);
            }
            return ds;
        }
    }
    """, v=_v), _v, "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html")

_v = human_pw()
secret("bat", "sqlcmd-password", "scripts/windows/export_attendance.bat", fill("""
    @echo off
    REM Weekly attendance export for the franchise owners - runs on CENTRE-SRV01
    set OUT=\\\\centre-nas\\reports\\attendance_%date:~-4%%date:~3,2%%date:~0,2%.csv

    sqlcmd -S CENTRE-SRV01\\SQLEXPRESS -d TutorDesk -U reports -P "<<v>>" ^
      -Q "SET NOCOUNT ON; SELECT StudentId, LessonDate, Status FROM dbo.Attendance WHERE LessonDate >= DATEADD(day,-7,GETDATE())" ^
      -s "," -W -o "%OUT%"

    if errorlevel 1 (
      echo Export failed >> C:\\Logs\\attendance.log
      exit /b 1
    )
    echo Exported to %OUT% >> C:\\Logs\\attendance.log
    """, v=_v), _v, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility")

_v = gen_pw(22)
secret("hocon", "database-password", "server/src/main/resources/application.conf", fill("""
    ktor {
        deployment {
            port = 8080
            port = ${?PORT}
        }
        application {
            modules = [ io.tutorly.ApplicationKt.module ]
        }
    }

    database {
        jdbcUrl = "jdbc:postgresql://tutorly-db.internal:5432/tutorly"
        user = "tutorly_api"
        password = "<<v>>"
        maximumPoolSize = 10
    }

    jwt {
        issuer = "https://api.tutorly.io"
        audience = "tutorly-mobile"
        realm = "tutorly"
    }
    """, v=_v), _v, "https://ktor.io/docs/server-configuration-file.html")

_pw1 = "Kx9" + draw(9)
_pw2 = draw(10) + "#q"
_v = _pw1 + _pw2
secret("python", "split-password", "etl/load_timetable.py", fill("""
    import pymssql

    from etl.timetable import read_timetable_xlsx

    conn = pymssql.connect(
        server="centre-sql.northbridge.local",
        user="etl_timetable",
        password=("<<a>>"
                  "<<b>>"),
        database="TutorDesk",
    )

    rows = read_timetable_xlsx("/data/inbox/timetable_term3.xlsx")
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO dbo.Timetable (Room, Tutor, Subject, StartsAt, EndsAt) VALUES (%s, %s, %s, %s, %s)",
            [(r.room, r.tutor, r.subject, r.starts_at, r.ends_at) for r in rows],
        )
    conn.commit()
    print(f"loaded {len(rows)} timetable rows")
    """, a=_pw1, b=_pw2), _v, "https://pymssql.readthedocs.io/en/stable/ref/pymssql.html#pymssql.connect")

_v = fakes.openai_key(_seed())
_half = len(_v) // 2
secret("java", "openai-api-key", "src/main/java/com/meritprep/essay/EssayFeedbackClient.java", fill("""
    package com.meritprep.essay;

    import java.net.URI;
    import java.net.http.HttpClient;
    import java.net.http.HttpRequest;
    import java.net.http.HttpResponse;

    public class EssayFeedbackClient {

        private static final String OPENAI_KEY = "<<a>>" +
                "<<b>>";

        private final HttpClient http = HttpClient.newHttpClient();

        public String feedback(String essayJson) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.openai.com/v1/chat/completions"))
                    .header("Authorization", "Bearer " + OPENAI_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(essayJson))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }
    """, a=_v[:_half], b=_v[_half:]), _v, "https://platform.openai.com/docs/api-reference/authentication")

_v = fakes.openai_key(_seed())
secret("swift", "openai-api-key", "TutorBot/Services/OpenAIClient.swift", fill("""
    import Foundation

    struct OpenAIClient {
        private let apiKey = "<<v>>"
        private let endpoint = URL(string: "https://api.openai.com/v1/chat/completions")!

        func hint(for question: String, gradeLevel: Int) async throws -> String {
            var request = URLRequest(url: endpoint)
            request.httpMethod = "POST"
            request.setValue("Bearer \\(apiKey)", forHTTPHeaderField: "Authorization")
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            let body: [String: Any] = [
                "model": "gpt-4o-mini",
                "messages": [
                    ["role": "system", "content": "You are a patient tutor for grade \\(gradeLevel). Give a hint, never the answer."],
                    ["role": "user", "content": question]
                ]
            ]
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            let (data, _) = try await URLSession.shared.data(for: request)
            let decoded = try JSONDecoder().decode(ChatResponse.self, from: data)
            return decoded.choices.first?.message.content ?? ""
        }
    }
    """, v=_v), _v, "https://platform.openai.com/docs/api-reference/authentication")

_v = anthropic_key()
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Essay feedback pilot (IELTS Task 2)\n",
                                                             "Scores 20 anonymised essays and compares with tutor bands."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import anthropic\n", "import pandas as pd\n", "\n",
                    "client = anthropic.Anthropic(api_key=\"" + _v + "\")\n",
                    "essays = pd.read_csv('essays_anon.csv')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["def band(text):\n",
                    "    msg = client.messages.create(model='claude-3-5-sonnet-20240620', max_tokens=300,\n",
                    "        messages=[{'role': 'user', 'content': 'Give an IELTS band and 3 tips:\\n' + text}])\n",
                    "    return msg.content[0].text\n", "\n",
                    "essays['ai_feedback'] = essays['essay'].map(band)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
secret("notebook", "anthropic-api-key", "research/essay_feedback_pilot.ipynb", json.dumps(_nb, indent=1) + "\n", _v,
       "https://docs.anthropic.com/en/api/getting-started")

_v = supabase_jwt("service_role", "qzmrtkwplbxhvndcafye")
secret("ts", "supabase-service-role-key", "supabase/functions/grade-quiz/index.ts", fill("""
    import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';
    import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

    const supabase = createClient(
      'https://qzmrtkwplbxhvndcafye.supabase.co',
      '<<v>>',
    );

    serve(async (req) => {
      const { attemptId } = await req.json();
      const { data: answers } = await supabase.from('quiz_answers').select('*, questions(correct_option)').eq('attempt_id', attemptId);
      const score = (answers ?? []).filter((a) => a.chosen_option === a.questions.correct_option).length;
      await supabase.from('quiz_attempts').update({ score, graded_at: new Date().toISOString() }).eq('id', attemptId);
      return new Response(JSON.stringify({ score }), { headers: { 'Content-Type': 'application/json' } });
    });
    """, v=_v), _v, "https://supabase.com/docs/guides/api/api-keys")

_v = gen_pw(32)
secret("compose", "hasura-admin-secret", "gateway/docker-compose.yaml", fill("""
    version: "3.8"
    services:
      hasura:
        image: hasura/graphql-engine:v2.38.0
        ports:
          - "8080:8080"
        restart: always
        environment:
          HASURA_GRAPHQL_DATABASE_URL: ${PG_URL}
          HASURA_GRAPHQL_ENABLE_CONSOLE: "false"
          HASURA_GRAPHQL_ADMIN_SECRET: <<v>>
          HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
          HASURA_GRAPHQL_JWT_SECRET: '{"type":"RS256","jwk_url":"https://auth.tutorly.io/.well-known/jwks.json"}'
    """, v=_v), _v, "https://hasura.io/docs/latest/deployment/securing-graphql-endpoint/")

_v = gen_pw(32, "-_")
secret("k8s", "meilisearch-master-key", "k8s/search/meilisearch.yaml", fill("""
    apiVersion: apps/v1
    kind: StatefulSet
    metadata:
      name: meilisearch
      namespace: search
    spec:
      serviceName: meilisearch
      replicas: 1
      selector:
        matchLabels:
          app: meilisearch
      template:
        metadata:
          labels:
            app: meilisearch
        spec:
          containers:
            - name: meilisearch
              image: getmeili/meilisearch:v1.8
              env:
                - name: MEILI_ENV
                  value: production
                - name: MEILI_MASTER_KEY
                  value: "<<v>>"
                - name: MEILI_NO_ANALYTICS
                  value: "true"
              ports:
                - containerPort: 7700
              volumeMounts:
                - name: data
                  mountPath: /meili_data
      volumeClaimTemplates:
        - metadata:
            name: data
          spec:
            accessModes: ["ReadWriteOnce"]
            resources:
              requests:
                storage: 10Gi
    """, v=_v), _v, "https://www.meilisearch.com/docs/learn/security/basic_security")

# --- cloud, CI and developer tooling -----------------------------------------------------------
_kid, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
secret("terraform", "aws-secret-key", "infra/terraform/providers.tf", fill("""
    terraform {
      required_version = ">= 1.5.0"
      required_providers {
        aws = {
          source  = "hashicorp/aws"
          version = "~> 5.40"
        }
      }
      backend "s3" {
        bucket = "apexprep-tfstate"
        key    = "platform/terraform.tfstate"
        region = "us-east-1"
      }
    }

    provider "aws" {
      region     = "us-east-1"
      access_key = "<<kid>>"
      secret_key = "<<v>>"

      default_tags {
        tags = {
          Team    = "platform"
          Product = "apex-online-classroom"
        }
      }
    }
    """, kid=_kid, v=_v), _v, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

_kid, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
secret("ini", "aws-secret-key", "infra/ci/aws-credentials", fill("""
    [default]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<v>>
    region = ap-southeast-2

    [recordings-archive]
    role_arn = arn:aws:iam::381927465012:role/recordings-archive-writer
    source_profile = default
    """, kid=_kid, v=_v), _v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_kid, _v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
secret("shell-history", "aws-secret-key", "home/dev-laptop/.zsh_history", fill("""
    : 1712041122:0;cd ~/code/studynest-infra
    : 1712041130:0;git pull --rebase
    : 1712041188:0;aws configure set aws_access_key_id <<kid>> --profile studynest-prod
    : 1712041201:0;aws configure set aws_secret_access_key <<v>> --profile studynest-prod
    : 1712041215:0;aws s3 ls s3://studynest-lesson-recordings --profile studynest-prod
    : 1712041290:0;aws cloudfront create-invalidation --distribution-id E2QWRUHEXAMPL3 --paths '/*' --profile studynest-prod
    : 1712041344:0;exit
    """, kid=_kid, v=_v), _v, "https://zsh.sourceforge.io/Doc/Release/Options.html#History")

_v = human_pw()
secret("shell-history", "mysql-password", "home/itadmin/.bash_history", fill("""
    sudo systemctl status mysql
    df -h /var/lib/mysql
    mysql -u root -p'<<v>>' -e "SHOW PROCESSLIST;"
    mysql -u root -p'<<v>>' tutordesk -e "DELETE FROM sessions WHERE last_seen < NOW() - INTERVAL 30 DAY;"
    sudo tail -n 200 /var/log/mysql/error.log
    history | tail
    """, v=_v), _v, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html")

_v = "npm_" + draw(36)
secret("github-actions", "npm-token", ".github/workflows/publish-quiz-widget.yml", fill("""
    name: Publish quiz widget
    on:
      push:
        tags: ["quiz-widget-v*"]

    jobs:
      publish:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-node@v4
            with:
              node-version: 20
          - run: npm ci
            working-directory: packages/quiz-widget
          - run: npm run build
            working-directory: packages/quiz-widget
          - name: Publish
            working-directory: packages/quiz-widget
            run: |
              echo "//registry.npmjs.org/:_authToken=<<v>>" > ~/.npmrc
              npm publish --access public
    """, v=_v), _v, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

_v = "dckr_pat_" + draw(27, URLSAFE)
secret("gitlab-ci", "dockerhub-token", ".gitlab-ci.yml", fill("""
    stages:
      - test
      - build

    test:
      stage: test
      image: python:3.12
      script:
        - pip install -r requirements-dev.txt
        - pytest -q

    build-image:
      stage: build
      image: docker:24
      services:
        - docker:24-dind
      script:
        - docker login -u apexprepci -p <<v>>
        - docker build -t apexprep/assessment-engine:$CI_COMMIT_SHORT_SHA .
        - docker push apexprep/assessment-engine:$CI_COMMIT_SHORT_SHA
      only:
        - main
    """, v=_v), _v, "https://docs.docker.com/security/for-developers/access-tokens/")

_v = openssh_key()
secret("gitlab-ci", "ssh-private-key", "deploy/.gitlab-ci.deploy.yml", fill("""
    deploy-moodle:
      stage: deploy
      image: alpine:3.19
      before_script:
        - apk add --no-cache openssh-client rsync
        - mkdir -p ~/.ssh && chmod 700 ~/.ssh
        - |
          cat > ~/.ssh/id_ed25519 <<'EOF'
    <<key>>
          EOF
        - chmod 600 ~/.ssh/id_ed25519
        - ssh-keyscan learn.meritprep.com.au >> ~/.ssh/known_hosts
      script:
        - rsync -az --delete theme/ deploy@learn.meritprep.com.au:/var/www/moodle/theme/meritprep/
        - ssh deploy@learn.meritprep.com.au 'sudo -u www-data php /var/www/moodle/admin/cli/purge_caches.php'
      only:
        - main
    """, key=textwrap.indent(_v, "      ")), _v, "https://docs.gitlab.com/ee/ci/ssh_keys/")

_v = fakes.github_token(_seed())
secret("shell", "github-token", "scripts/release-content-pack.sh", fill("""
    #!/bin/sh
    # Builds the printable worksheet pack and pushes it to the content repo
    set -e

    VERSION="$1"
    [ -z "$VERSION" ] && { echo "usage: $0 <version>"; exit 1; }

    make -C worksheets pdf
    rm -rf /tmp/content-packs
    git clone "https://kite-bot:<<v>>@github.com/kitetutors/content-packs.git" /tmp/content-packs
    cp worksheets/out/*.pdf "/tmp/content-packs/packs/$VERSION/"
    cd /tmp/content-packs
    git add "packs/$VERSION"
    git commit -m "Worksheet pack $VERSION"
    git push origin main
    """, v=_v), _v, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

_v = fakes.github_fine_grained_token(_seed())
secret("github-actions", "github-fine-grained-token", ".github/workflows/sync-question-bank.yml", fill("""
    name: Sync question bank
    on:
      schedule:
        - cron: "0 4 * * *"
      workflow_dispatch:

    jobs:
      sync:
        runs-on: ubuntu-latest
        env:
          GH_TOKEN: <<v>>
        steps:
          - uses: actions/checkout@v4
          - name: Pull reviewed questions
            run: |
              gh api repos/examforge/question-authoring/contents/approved --jq '.[].download_url' |
                xargs -n1 curl -sSfLO
          - name: Import
            run: python tools/import_questions.py approved/*.json
    """, v=_v), _v, "https://cli.github.com/manual/gh_help_environment")

_v = "glpat-" + draw(20, URLSAFE)
secret("ini", "gitlab-token", "deploy/pip.conf", fill("""
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://__token__:<<v>>@gitlab.com/api/v4/projects/48213390/packages/pypi/simple

    [install]
    trusted-host = gitlab.com
    """, v=_v), _v, "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

_v = fakes.pypi_token(_seed())
secret("ini", "pypi-token", "tools/lti-toolkit/.pypirc", fill("""
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = <<v>>

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, v=_v), _v, "https://packaging.python.org/en/latest/specifications/pypirc/")

_v = "dop_v1_" + hexs(64)
secret("terraform", "digitalocean-token", "infra/do/terraform.tfvars", fill("""
    do_token        = "<<v>>"
    region          = "lon1"
    droplet_size    = "s-4vcpu-8gb"
    bbb_hostname    = "live2.brightpathtutoring.co.uk"
    ssh_key_ids     = [40188231, 40188245]
    snapshot_before = true
    """, v=_v), _v, "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs")

_v = draw(40, URLSAFE)
secret("github-actions", "cloudflare-api-token", ".github/workflows/deploy-docs.yml", fill("""
    name: Deploy tutor handbook
    on:
      push:
        branches: [main]
        paths: ["handbook/**"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: npm ci && npm run build
            working-directory: handbook
          - uses: cloudflare/wrangler-action@v3
            with:
              apiToken: <<v>>
              accountId: 7d3b1f0c9e2a4b6d8f1a3c5e7b9d0f2a
              command: pages deploy handbook/dist --project-name=tutor-handbook
    """, v=_v), _v, "https://github.com/cloudflare/wrangler-action")

_v = azure_client_secret()
secret("json", "azure-client-secret", "src/Classroom.Scheduler/appsettings.json", fill("""
    {
      "AzureAd": {
        "Instance": "https://login.microsoftonline.com/",
        "TenantId": "<<tid>>",
        "ClientId": "<<cid>>",
        "ClientSecret": "<<v>>"
      },
      "Graph": {
        "BaseUrl": "https://graph.microsoft.com/v1.0",
        "Scopes": ["https://graph.microsoft.com/.default"],
        "OrganizerUpn": "online-classes@brightpathtutoring.co.uk"
      },
      "Scheduler": {
        "CreateTeamsMeetingsDaysAhead": 7,
        "DefaultLessonMinutes": 55
      }
    }
    """, tid=uuid4(), cid=uuid4(), v=_v), _v,
    "https://learn.microsoft.com/en-us/graph/auth-v2-service")

_v = rand_bytes_b64(64)
secret("env", "azure-storage-key", "services/recordings/.env", fill("""
    # recordings service - production
    RECORDINGS_CONTAINER=lesson-recordings
    RECORDINGS_RETENTION_DAYS=180
    AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=bplessonrecordings;AccountKey=<<v>>;EndpointSuffix=core.windows.net
    THUMBNAILS_ENABLED=true
    """, v=_v), _v, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

_v = "sntryu_" + hexs(64)
secret("ini", "sentry-auth-token", "web/.sentryclirc", fill("""
    [defaults]
    url = https://sentry.io/
    org = tutorhub
    project = tutorhub-web

    [auth]
    token = <<v>>
    """, v=_v), _v, "https://docs.sentry.io/cli/configuration/#configuration-file")

_v = hexs(32)
secret("yaml", "datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", fill("""
    api_key: <<v>>
    site: datadoghq.eu
    hostname: bbb-live-01
    tags:
      - env:prod
      - service:bigbluebutton
      - team:classroom
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
    apm_config:
      enabled: false
    """, v=_v), _v, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

_v = hexs(36) + "NRAL"
secret("ini", "newrelic-license-key", "deploy/newrelic.ini", fill("""
    [newrelic]
    license_key = <<v>>
    app_name = ExamForge Grading API
    monitor_mode = true
    log_level = info
    high_security = false
    transaction_tracer.enabled = true
    transaction_tracer.record_sql = obfuscated
    error_collector.enabled = true
    browser_monitoring.auto_instrument = false

    [newrelic:staging]
    app_name = ExamForge Grading API (staging)
    monitor_mode = true
    """, v=_v), _v, "https://docs.newrelic.com/docs/apm/agents/python-agent/configuration/python-agent-configuration/")

_v = "00" + draw(40, URLSAFE)
secret("powershell", "okta-api-token", "it/Disable-LeaverAccounts.ps1", fill("""
    <#
      Deactivates Okta accounts for tutors who left this term.
      Input: leavers.csv exported from the HR system (columns: Email, LastDay).
    #>
    $OktaDomain = "https://brightpathtutoring.okta.com"
    $Headers = @{
        Authorization = "SSWS <<v>>"
        Accept        = "application/json"
    }

    Import-Csv .\\leavers.csv | Where-Object { [datetime]$_.LastDay -lt (Get-Date) } | ForEach-Object {
        $user = Invoke-RestMethod -Uri "$OktaDomain/api/v1/users/$($_.Email)" -Headers $Headers
        Invoke-RestMethod -Method Post -Uri "$OktaDomain/api/v1/users/$($user.id)/lifecycle/deactivate" -Headers $Headers
        Write-Host "Deactivated $($_.Email)"
    }
    """, v=_v), _v, "https://developer.okta.com/docs/guides/create-an-api-token/main/")

_v = draw(64, URLSAFE)
secret("env", "auth0-client-secret", "apps/parent-portal/.env.local", fill("""
    # A long, secret value used to encrypt the session cookie
    AUTH0_SECRET='use [openssl rand -hex 32] to generate a 32 bytes value'
    # The base url of your application
    AUTH0_BASE_URL='http://localhost:3000'
    # The url of your Auth0 tenant domain
    AUTH0_ISSUER_BASE_URL='https://studynest.eu.auth0.com'
    # Your Auth0 application's Client ID
    AUTH0_CLIENT_ID='<<cid>>'
    # Your Auth0 application's Client Secret
    AUTH0_CLIENT_SECRET='<<v>>'
    """, cid=draw(32), v=_v), _v, "https://auth0.com/docs/quickstart/webapp/nextjs/01-login")

_v = human_pw()
secret("terraform", "grafana-admin-password", "infra/k8s/monitoring.tf", fill("""
    resource "helm_release" "grafana" {
      name       = "grafana"
      repository = "https://grafana.github.io/helm-charts"
      chart      = "grafana"
      version    = "7.3.9"
      namespace  = "monitoring"

      set {
        name  = "ingress.enabled"
        value = "true"
      }
      set {
        name  = "ingress.hosts[0]"
        value = "grafana.studynest.io"
      }
      set_sensitive {
        name  = "adminPassword"
        value = "<<v>>"
      }
    }
    """, v=_v), _v, "https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release#set_sensitive")

_v = gen_pw(16)
secret("helm", "smtp-password", "helm/moodle/values-prod.yaml", fill("""
    moodleSiteName: "MeritPrep Learning"
    moodleUsername: admin
    moodleEmail: it@meritprep.com.au
    existingSecret: moodle-admin-credentials

    smtpHost: smtp.office365.com
    smtpPort: "587"
    smtpUser: noreply@meritprep.com.au
    smtpPassword: "<<v>>"
    smtpProtocol: tls

    externalDatabase:
      host: moodle-db.internal.meritprep.com.au
      port: 5432
      user: moodleuser
      database: moodle
      existingSecret: moodle-db-credentials

    persistence:
      size: 200Gi
    ingress:
      enabled: true
      hostname: learn.meritprep.com.au
    """, v=_v), _v, "https://github.com/bitnami/charts/tree/main/bitnami/moodle#moodle-parameters")

_v = human_pw()
secret("properties", "smtp-password", "config/application-prod.properties", fill("""
    # Booking service - production
    spring.datasource.url=jdbc:postgresql://booking-db:5432/booking
    spring.datasource.username=${DB_USER}
    spring.datasource.password=${DB_PASSWORD}

    spring.mail.host=smtp.office365.com
    spring.mail.port=587
    spring.mail.username=bookings@northbridgelearning.com.au
    spring.mail.password=<<v>>
    spring.mail.properties.mail.smtp.auth=true
    spring.mail.properties.mail.smtp.starttls.enable=true

    booking.reminder.hours-before=24
    """, v=_v), _v, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail")

_v = draw(16, LOWER)
secret("msmtprc", "smtp-app-password", "it/printer-scan-relay/msmtprc", fill("""
    # Relay for the front-desk scanner (scan-to-email) via Google Workspace
    defaults
    auth           on
    tls            on
    tls_trust_file /etc/ssl/certs/ca-certificates.crt
    logfile        /var/log/msmtp.log

    account        scanner
    host           smtp.gmail.com
    port           587
    from           scanner@kitetutors.co.uk
    user           scanner@kitetutors.co.uk
    password       <<v>>

    account default : scanner
    """, v=_v), _v, "https://marlam.de/msmtp/msmtp.html#Configuration-files")

_v = draw(16, LOWER)
secret("python", "smtp-app-password", "admin/send_invoices.py", fill("""
    import smtplib
    from email.message import EmailMessage
    from pathlib import Path

    SENDER = "accounts@tutorplus.co.nz"
    APP_PASSWORD = "<<a>> <<b>> <<c>> <<d>>"

    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD.replace(" ", ""))
        for pdf in sorted(Path("invoices/2024-05").glob("*.pdf")):
            family_email = pdf.stem.split("__")[1]
            msg = EmailMessage()
            msg["From"] = SENDER
            msg["To"] = family_email
            msg["Subject"] = "TutorPlus invoice - May 2024"
            msg.set_content("Kia ora,\\n\\nPlease find this month's tutoring invoice attached.\\n\\nTutorPlus")
            msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
            smtp.send_message(msg)
    """, a=_v[:4], b=_v[4:8], c=_v[8:12], d=_v[12:]), _v[:4] + " " + _v[4:8] + " " + _v[8:12] + " " + _v[12:],
    "https://support.google.com/accounts/answer/185833")

# --- web frameworks ----------------------------------------------------------------------------
_v = fakes.django_secret_key(_seed())
secret("python", "django-secret-key", "studynest/settings/production.py", fill("""
    import os

    from .base import *  # noqa: F401,F403

    DEBUG = False
    SECRET_KEY = "<<v>>"

    ALLOWED_HOSTS = ["app.studynest.io", "api.studynest.io"]
    CSRF_TRUSTED_ORIGINS = ["https://app.studynest.io"]

    DATABASES["default"]["HOST"] = os.environ.get("DB_HOST", "db.internal")  # noqa: F405
    DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]  # noqa: F405

    SECURE_HSTS_SECONDS = 31536000
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, v=_v), _v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_v = "base64:" + rand_bytes_b64(32)
secret("env", "laravel-app-key", "deploy/tutorplus/.env.production", fill("""
    APP_NAME="TutorPlus"
    APP_ENV=production
    APP_KEY=<<v>>
    APP_DEBUG=false
    APP_URL=https://portal.tutorplus.co.nz

    LOG_CHANNEL=stack
    LOG_LEVEL=warning

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=tutorplus
    DB_USERNAME=tutorplus
    DB_PASSWORD=

    SESSION_DRIVER=redis
    QUEUE_CONNECTION=redis
    """, v=_v), _v, "https://laravel.com/docs/encryption#configuration")

_v = hexs(128)
secret("yaml", "rails-secret-key-base", "config/secrets.yml", fill("""
    # Be sure to restart your server when you modify this file.
    development:
      secret_key_base: 3b7cd727ee24e8444053437c36cc66c3

    test:
      secret_key_base: 9a9dd07f0a3e2b1c6ffa5c51a3ef1b0c

    # Do not keep production secrets in the repository,
    # instead read values from the environment.
    production:
      secret_key_base: <<v>>
    """, v=_v), _v, "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials")

_v = gen_pw(48)
secret("json", "jwt-signing-secret", "config/production.json", fill("""
    {
      "server": {
        "port": 8080,
        "trustProxy": true
      },
      "auth": {
        "jwtSecret": "<<v>>",
        "jwtExpiresIn": "12h",
        "refreshExpiresIn": "30d",
        "issuer": "quizbank-api"
      },
      "cors": {
        "origins": ["https://quiz.apexprep.com", "https://tutors.apexprep.com"]
      },
      "rateLimit": {
        "windowMs": 60000,
        "max": 300
      }
    }
    """, v=_v), _v, "https://github.com/node-config/node-config/wiki/Configuration-Files")

_v = "6L" + draw(38, URLSAFE)
secret("php", "recaptcha-secret-key", "public_html/enquiry/submit.php", fill("""
    <?php
    // Trial lesson enquiry form handler
    $recaptcha_secret = '<<v>>';

    $verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
        'secret' => $recaptcha_secret,
        'response' => $_POST['g-recaptcha-response'] ?? '',
        'remoteip' => $_SERVER['REMOTE_ADDR'],
    ]));
    $result = json_decode($verify, true);
    if (empty($result['success']) || $result['score'] < 0.5) {
        http_response_code(400);
        exit('Please try again.');
    }

    $stmt = $pdo->prepare('INSERT INTO enquiries (parent_name, email, phone, year_group, subject) VALUES (?, ?, ?, ?, ?)');
    $stmt->execute([$_POST['name'], $_POST['email'], $_POST['phone'], $_POST['year'], $_POST['subject']]);
    header('Location: /thank-you');
    """, v=_v), _v, "https://developers.google.com/recaptcha/docs/verify")

_v = "0x" + draw(40, HEX)
secret("toml", "hcaptcha-secret", "netlify.toml", fill("""
    [build]
      command = "npm run build"
      publish = "dist"
      functions = "netlify/functions"

    [build.environment]
      NODE_VERSION = "20"

    [context.production.environment]
      HCAPTCHA_SITEKEY = "<<site>>"
      HCAPTCHA_SECRET = "<<v>>"
      ENQUIRY_INBOX = "hello@kitetutors.co.uk"

    [[redirects]]
      from = "/book"
      to = "https://book.kitetutors.co.uk"
      status = 301
    """, site=uuid4(), v=_v), _v, "https://docs.hcaptcha.com/#verify-the-user-response-server-side")

_v = human_pw()
secret("php", "wordpress-db-password", "public_html/wp-config.php", fill("""
    <?php
    /** The base configuration for WordPress - kitetutors.co.uk */

    define( 'DB_NAME', 'kitetuto_wp' );
    define( 'DB_USER', 'kitetuto_wpuser' );
    define( 'DB_PASSWORD', '<<v>>' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    $table_prefix = 'kt_';

    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );
    define( 'WP_AUTO_UPDATE_CORE', 'minor' );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """, v=_v), _v, "https://developer.wordpress.org/apis/wp-config-php/")

_v = human_pw()
secret("ansible", "ldap-bind-password", "ansible/group_vars/moodle.yml", fill("""
    ---
    moodle_version: "4.3"
    moodle_wwwroot: https://learn.meritprep.com.au
    moodle_auth_plugins: [ldap, manual]

    moodle_ldap:
      host_url: ldaps://dc01.meritprep.local
      version: 3
      bind_dn: "CN=svc-moodle-ldap,OU=Service Accounts,DC=meritprep,DC=local"
      bind_pw: "<<v>>"
      contexts: "OU=Tutors,DC=meritprep,DC=local;OU=Students,DC=meritprep,DC=local"
      user_attribute: sAMAccountName
      objectclass: user
      create_context: ""
      removeuser: suspend

    moodle_cron_minutes: 1
    """, v=_v), _v, "https://docs.moodle.org/en/LDAP_authentication")

_v = human_pw()
secret("powershell", "ad-initial-password", "it/New-TutorAccounts.ps1", fill("""
    # Creates AD accounts for the new term's tutors from tutors.csv (First,Last,Centre)
    Import-Module ActiveDirectory

    $InitialPassword = ConvertTo-SecureString "<<v>>" -AsPlainText -Force

    Import-Csv .\\tutors.csv | ForEach-Object {
        $sam = ($_.First.Substring(0,1) + $_.Last).ToLower()
        New-ADUser -Name "$($_.First) $($_.Last)" `
            -GivenName $_.First -Surname $_.Last `
            -SamAccountName $sam `
            -UserPrincipalName "$sam@northbridge.local" `
            -Path "OU=Tutors,OU=$($_.Centre),DC=northbridge,DC=local" `
            -AccountPassword $InitialPassword `
            -ChangePasswordAtLogon $true `
            -Enabled $true
        Add-ADGroupMember -Identity "Tutors-$($_.Centre)" -Members $sam
        Write-Host "Created $sam"
    }
    """, v=_v), _v, "https://learn.microsoft.com/en-us/powershell/module/activedirectory/new-aduser")

# --- centre IT: network and devices ------------------------------------------------------------
_v = rand_bytes_b64(32)
secret("wireguard", "private-key", "network/wireguard/wg0.conf", fill("""
    # Office <-> cloud classroom VPN (Parramatta centre router)
    [Interface]
    Address = 10.99.0.2/24
    PrivateKey = <<v>>
    ListenPort = 51820
    DNS = 10.99.0.1

    [Peer]
    # bbb-live-01 (Sydney)
    PublicKey = <<pub>>
    Endpoint = 203.0.113.40:51820
    AllowedIPs = 10.99.0.0/24, 10.20.0.0/16
    PersistentKeepalive = 25
    """, v=_v, pub=rand_bytes_b64(32)), _v, "https://www.wireguard.com/quickstart/")

_v = human_pw()
secret("conf", "wifi-passphrase", "network/ap/hostapd-staff.conf", fill("""
    interface=wlan0
    bridge=br0
    driver=nl80211
    ssid=BrightPath-Staff
    country_code=GB
    hw_mode=g
    channel=6
    ieee80211n=1
    wmm_enabled=1
    auth_algs=1
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    wpa_passphrase=<<v>>
    ignore_broadcast_ssid=0
    """, v=_v), _v, "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

_v = human_pw()
secret("cisco", "device-password", "network/switches/chatswood-sw01.cfg", fill("""
    !
    version 15.2
    service timestamps log datetime msec
    !
    hostname CHATSWOOD-SW01
    !
    enable secret 9 $9$mF7q2Lx0Zb1kQe$8vX3yTnR6pW2sL0aJ9cD4fH7kM1qZ5uB3eG8iN0oP2r
    !
    username netops privilege 15 password 0 <<v>>
    !
    vlan 10
     name STAFF
    vlan 20
     name CLASSROOMS
    vlan 30
     name GUEST
    !
    interface range GigabitEthernet1/0/1 - 24
     switchport mode access
     switchport access vlan 20
     spanning-tree portfast
    !
    ip ssh version 2
    line vty 0 15
     login local
     transport input ssh
    !
    end
    """, v=_v), _v, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/m1/sec-m1-cr-book/sec-cr-t2.html#wp2887614140")

_v = human_pw()
secret("routeros", "device-password", "network/mikrotik/centre-router-setup.rsc", fill("""
    # Tutor Plus - Hamilton centre router bootstrap
    /system identity set name=tp-hamilton-gw
    /interface bridge add name=bridge-lan
    /interface bridge port add bridge=bridge-lan interface=ether2
    /interface bridge port add bridge=bridge-lan interface=ether3
    /ip address add address=192.168.50.1/24 interface=bridge-lan
    /ip dhcp-client add interface=ether1 disabled=no
    /ip firewall nat add chain=srcnat out-interface=ether1 action=masquerade
    /user add name=itsupport group=full password="<<v>>"
    /user disable admin
    /ip service disable telnet,ftp,www,api
    /ip service set ssh port=2222
    """, v=_v), _v, "https://help.mikrotik.com/docs/display/ROS/User")

_v = gen_pw(24)
secret("conf", "radius-shared-secret", "network/freeradius/clients.conf", fill("""
    # Wi-Fi controllers allowed to authenticate staff and students (802.1X)
    client unifi-controller {
        ipaddr = 10.10.0.5
        secret = <<v>>
        shortname = unifi
        nas_type = other
        require_message_authenticator = yes
    }

    client localhost {
        ipaddr = 127.0.0.1
        secret = testing123
        shortname = localhost
    }
    """, v=_v), _v, "https://www.freeradius.org/documentation/freeradius-server/3.2.3/reference/raddb/clients.conf.html")

_v = b64(human_pw())
secret("xml", "ftp-password", "it/filezilla/sitemanager.xml", fill("""
    <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
    <FileZilla3 version="3.66.4" platform="windows">
        <Servers>
            <Server>
                <Host>ftp.examboard-uploads.org.uk</Host>
                <Port>21</Port>
                <Protocol>4</Protocol>
                <Type>0</Type>
                <User>centre_48213</User>
                <Pass encoding="base64"><<v>></Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <Name>Exam board coursework uploads</Name>
                <RemoteDir>1 0 8 coursework</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Servers>
    </FileZilla3>
    """, v=_v), _v, "https://wiki.filezilla-project.org/Site_Manager")

_v = human_pw()
secret("xml", "windows-admin-password", "it/imaging/autounattend.xml", fill("""
    <?xml version="1.0" encoding="utf-8"?>
    <unattend xmlns="urn:schemas-microsoft-com:unattend">
      <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
                   publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
                   xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
          <UserAccounts>
            <AdministratorPassword>
              <Value><<v>></Value>
              <PlainText>true</PlainText>
            </AdministratorPassword>
          </UserAccounts>
          <OOBE>
            <HideEULAPage>true</HideEULAPage>
            <ProtectYourPC>3</ProtectYourPC>
            <SkipMachineOOBE>true</SkipMachineOOBE>
          </OOBE>
          <TimeZone>GMT Standard Time</TimeZone>
          <RegisteredOrganization>BrightPath Tutoring</RegisteredOrganization>
        </component>
      </settings>
    </unattend>
    """, v=_v), _v, "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword")

_v = b64("apexprepci:" + gen_pw(20))
secret("json", "registry-basic-auth", "ci/docker/config.json", fill("""
    {
      "auths": {
        "registry.apexprep.com": {
          "auth": "<<v>>"
        }
      },
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    """, v=_v), _v, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

_v = b64("grading-proxy:" + gen_pw(18))
secret("nginx", "basic-auth-header", "deploy/nginx/examforge-grader.conf", fill("""
    upstream grader_backend {
        server 10.0.3.21:9000;
        server 10.0.3.22:9000;
    }

    server {
        listen 443 ssl http2;
        server_name grader.examforge.io;

        ssl_certificate     /etc/letsencrypt/live/grader.examforge.io/fullchain.pem;
        ssl_certificate_key /etc/letsencrypt/live/grader.examforge.io/privkey.pem;

        location /api/ {
            proxy_pass http://grader_backend;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header Authorization "Basic <<v>>";
            proxy_read_timeout 120s;
        }
    }
    """, v=_v), _v, "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

_v = gen_pw(32)
secret("http", "proctoring-api-key", "tools/proctoring/exam-session.http", fill("""
    @baseUrl = https://api.proctorwise.example-vendor.com/v2
    @institution = apexprep

    ### Schedule a proctored SAT practice test
    POST {{baseUrl}}/institutions/{{institution}}/sessions
    X-Api-Key: <<v>>
    Content-Type: application/json

    {
      "exam_id": "sat-practice-7",
      "student_ref": "STU-20931",
      "starts_at": "2024-05-18T13:00:00Z",
      "duration_minutes": 180,
      "rules": { "webcam": true, "screen_share": true, "calculator": "desmos" }
    }
    """, v=_v), _v, "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

_v = gen_pw(20)
secret("csharp", "rabbitmq-password", "src/Tutoring.Scheduler/Messaging/BusFactory.cs", fill("""
    using RabbitMQ.Client;

    namespace Tutoring.Scheduler.Messaging;

    public static class BusFactory
    {
        public static IConnection Connect()
        {
            var factory = new ConnectionFactory
            {
                HostName = "mq.northbridge.internal",
                Port = 5671,
                VirtualHost = "scheduling",
                UserName = "scheduler",
                Password = "<<v>>",
                Ssl = new SslOption { Enabled = true, ServerName = "mq.northbridge.internal" },
                DispatchConsumersAsync = true,
            };
            return factory.CreateConnection("tutoring-scheduler");
        }
    }
    """, v=_v), _v, "https://www.rabbitmq.com/client-libraries/dotnet-api-guide#connecting")

_v = draw(30, URLSAFE)
secret("k8s-secret", "zoom-client-secret", "k8s/classroom/zoom-credentials.yaml", fill("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: zoom-s2s
      namespace: classroom
    type: Opaque
    stringData:
      ZOOM_ACCOUNT_ID: <<acct>>
      ZOOM_CLIENT_ID: <<cid>>
      ZOOM_CLIENT_SECRET: <<v>>
    """, acct=draw(22, URLSAFE), cid=zoom_client_id(), v=_v), _v,
    "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container-in-a-pod")

_v = pem("RSA", 25)
secret("k8s-secret", "tls-private-key", "k8s/ingress/classroom-tls.yaml", fill("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: classroom-tls
      namespace: ingress
    type: kubernetes.io/tls
    data:
      tls.crt: <<crt>>
      tls.key: <<key>>
    """, crt=b64(cert_pem(12) + "\n"), key=b64(_v + "\n")), _v,
    "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets")

_v = gen_pw(28)
secret("ansible", "moodle-admin-password", "ansible/playbooks/bootstrap-moodle.yml", fill("""
    ---
    - name: Install Moodle on the new LMS host
      hosts: lms
      become: true
      vars:
        moodle_dir: /var/www/moodle
        moodle_data: /var/moodledata
      tasks:
        - name: Run the CLI installer
          ansible.builtin.command: >
            php {{ moodle_dir }}/admin/cli/install_database.php
            --agree-license
            --fullname="Apex Exam Prep Online"
            --shortname="ApexOnline"
            --adminuser=admin
            --adminpass="<<v>>"
            --adminemail=lms-admin@apexprep.com
          args:
            creates: "{{ moodle_data }}/installed.flag"
          become_user: www-data

        - name: Mark installed
          ansible.builtin.file:
            path: "{{ moodle_data }}/installed.flag"
            state: touch
    """, v=_v), _v, "https://docs.moodle.org/en/Administration_via_command_line#Installation")

_v = gen_pw(24)
secret("yaml", "openai-compatible-proxy-key", "deploy/litellm/config.yaml", fill("""
    model_list:
      - model_name: tutor-hints
        litellm_params:
          model: azure/gpt-4o-mini
          api_base: https://tutorly-openai.openai.azure.com/
          api_version: "2024-02-15-preview"
          api_key: os.environ/AZURE_OPENAI_KEY

    general_settings:
      master_key: sk-<<v>>
      database_url: os.environ/LITELLM_DB_URL

    litellm_settings:
      drop_params: true
      max_budget: 400
      budget_duration: 30d
    """, v=_v), "sk-" + _v, "https://docs.litellm.ai/docs/proxy/virtual_keys")

# =============================================================================================
# Decoys
# =============================================================================================

# --- references to secrets kept elsewhere ------------------------------------------------------
decoy("env", "placeholder", "apps/web/.env.example", fill("""
    # Copy to .env and fill in. Never commit the real file.
    NEXT_PUBLIC_SITE_URL=http://localhost:3000
    DATABASE_URL=postgresql://postgres:postgres@localhost:5432/studynest_dev
    STRIPE_SECRET_KEY=
    STRIPE_WEBHOOK_SECRET=
    ZOOM_ACCOUNT_ID=
    ZOOM_CLIENT_ID=
    ZOOM_CLIENT_SECRET=
    SENDGRID_API_KEY=SG.your-key-here
    TWILIO_AUTH_TOKEN=<your twilio auth token>
    OPENAI_API_KEY=sk-...
    """), "https://github.com/motdotla/dotenv#usage")

decoy("github-actions", "secret-reference", ".github/workflows/deploy-portal.yml", fill("""
    name: Deploy parent portal
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
          - name: Deploy
            env:
              STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
              ZOOM_CLIENT_SECRET: ${{ secrets.ZOOM_CLIENT_SECRET }}
              DATABASE_URL: ${{ secrets.DATABASE_URL }}
              VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }}
            run: npx vercel deploy --prod --token "$VERCEL_TOKEN"
    """), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

decoy("compose", "env-reference", "docker-compose.prod.yml", fill("""
    services:
      api:
        image: ghcr.io/tutorhub/api:${TAG:-latest}
        environment:
          DATABASE_URL: postgres://tutorhub:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/tutorhub
          REDIS_URL: redis://cache:6379/0
          SECRET_KEY_BASE: ${SECRET_KEY_BASE:?}
          POSTMARK_API_TOKEN: ${POSTMARK_API_TOKEN}
        depends_on: [db, cache]
      db:
        image: postgres:16
        environment:
          POSTGRES_USER: tutorhub
          POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
        volumes: [pgdata:/var/lib/postgresql/data]
      cache:
        image: redis:7-alpine
    volumes:
      pgdata:
    """), "https://docs.docker.com/compose/environment-variables/variable-interpolation/")

decoy("helm", "existing-secret", "helm/booking-api/values-prod.yaml", fill("""
    replicaCount: 3
    image:
      repository: ghcr.io/studynest/booking-api
      tag: "2.14.1"

    env:
      ZOOM_ACCOUNT_ID: "from-secret"
    envFrom:
      - secretRef:
          name: booking-api-secrets

    postgresql:
      enabled: false
    externalDatabase:
      host: booking-prod.c8xk2lq1z3ab.eu-west-2.rds.amazonaws.com
      user: booking
      existingSecret: booking-db
      existingSecretPasswordKey: POSTGRES_PASSWORD

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: booking.studynest.io
          paths: [{ path: /, pathType: Prefix }]
    """), "https://helm.sh/docs/chart_best_practices/values/")

decoy("k8s", "external-secret", "k8s/classroom/external-secret.yaml", fill("""
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: classroom-vendors
      namespace: classroom
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secretsmanager
        kind: ClusterSecretStore
      target:
        name: classroom-vendors
        creationPolicy: Owner
      data:
        - secretKey: ZOOM_CLIENT_SECRET
          remoteRef:
            key: prod/classroom/zoom
            property: client_secret
        - secretKey: AGORA_APP_CERTIFICATE
          remoteRef:
            key: prod/classroom/agora
            property: app_certificate
        - secretKey: DAILY_API_KEY
          remoteRef:
            key: prod/classroom/daily
            property: api_key
    """), "https://external-secrets.io/latest/api/externalsecret/")

decoy("k8s", "sealed-secret", "k8s/crm/hubspot-sealed.yaml", fill("""
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: hubspot-sync
      namespace: crm
    spec:
      encryptedData:
        HUBSPOT_ACCESS_TOKEN: AgB<<a>>
        SLACK_WEBHOOK_URL: AgA<<b>>
      template:
        metadata:
          name: hubspot-sync
          namespace: crm
        type: Opaque
    """, a=draw(680, B64) + "==", b=draw(712, B64) + "="), "https://github.com/bitnami-labs/sealed-secrets#usage")

decoy("yaml", "sops-ciphertext", "secrets/prod/payments.enc.yaml", fill("""
    stripe:
        secret_key: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<t1>>,type:str]
        webhook_secret: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<t2>>,type:str]
    razorpay:
        key_id: rzp_live_Jq8Xb2NcT4mWzK
        key_secret: ENC[AES256_GCM,data:<<d3>>,iv:<<iv3>>,tag:<<t3>>,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-2:381927465012:key/3f1c9a7e-2b4d-4c8e-9f0a-6d5b7e1c2a3f
              created_at: "2024-03-02T10:14:55Z"
              enc: AQICAHh<<kms>>
              aws_profile: ""
        lastmodified: "2024-03-02T10:15:02Z"
        mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv4>>,tag:<<t4>>,type:str]
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, d1=rand_bytes_b64(80), iv1=rand_bytes_b64(32), t1=rand_bytes_b64(16),
        d2=rand_bytes_b64(28), iv2=rand_bytes_b64(32), t2=rand_bytes_b64(16),
        d3=rand_bytes_b64(18), iv3=rand_bytes_b64(32), t3=rand_bytes_b64(16),
        kms=draw(180, B64) + "==", mac=rand_bytes_b64(48), iv4=rand_bytes_b64(32), t4=rand_bytes_b64(16)),
    "https://github.com/getsops/sops#encrypting-using-aws-kms")

_vault_lines = "\n".join(draw(80, HEX) for _ in range(9)) + "\n" + draw(42, HEX)
decoy("ansible", "vault-ciphertext", "ansible/group_vars/bbb/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + _vault_lines + "\n",
      "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

decoy("ansible", "vault-lookup", "ansible/roles/moodle/vars/main.yml", fill("""
    ---
    moodle_db_host: moodle-db.internal.meritprep.com.au
    moodle_db_user: moodleuser
    moodle_db_pass: "{{ vault_moodle_db_pass }}"
    moodle_smtp_pass: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/moodle:smtp_password') }}"
    moodle_ws_token: "{{ lookup('env', 'MOODLE_WS_TOKEN') }}"
    moodle_admin_email: lms-admin@meritprep.com.au
    moodle_cron_minutes: 1
    """), "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

decoy("terraform", "generated", "infra/terraform/rds.tf", fill("""
    resource "random_password" "booking_db" {
      length           = 32
      special          = true
      override_special = "!#%*-_=+"
    }

    resource "aws_secretsmanager_secret" "booking_db" {
      name = "prod/booking/db"
    }

    resource "aws_secretsmanager_secret_version" "booking_db" {
      secret_id     = aws_secretsmanager_secret.booking_db.id
      secret_string = jsonencode({ username = "booking", password = random_password.booking_db.result })
    }

    resource "aws_db_instance" "booking" {
      identifier              = "booking-prod"
      engine                  = "postgres"
      engine_version          = "16.2"
      instance_class          = "db.t4g.medium"
      allocated_storage       = 100
      username                = "booking"
      password                = random_password.booking_db.result
      backup_retention_period = 14
      deletion_protection     = true
      skip_final_snapshot     = false
    }
    """), "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

decoy("json", "keyvault-reference", "infra/appservice/appsettings.production.json", fill("""
    [
      {
        "name": "ConnectionStrings__Portal",
        "value": "@Microsoft.KeyVault(SecretUri=https://se-portal-kv.vault.azure.net/secrets/portal-sql/)",
        "slotSetting": true
      },
      {
        "name": "AzureAd__ClientSecret",
        "value": "@Microsoft.KeyVault(VaultName=se-portal-kv;SecretName=graph-client-secret)",
        "slotSetting": true
      },
      {
        "name": "AzureAd__ClientId",
        "value": "5f0d7a1c-3e92-4b8a-9c61-2d4e8f7b1a03",
        "slotSetting": false
      },
      {
        "name": "WEBSITE_TIME_ZONE",
        "value": "W. Central Africa Standard Time",
        "slotSetting": false
      }
    ]
    """), "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

decoy("python", "env-lookup", "classroom/zoom_client.py", fill("""
    import os
    import time

    import requests

    ZOOM_ACCOUNT_ID = os.environ["ZOOM_ACCOUNT_ID"]
    ZOOM_CLIENT_ID = os.environ["ZOOM_CLIENT_ID"]
    ZOOM_CLIENT_SECRET = os.environ["ZOOM_CLIENT_SECRET"]

    _token = {"value": None, "expires": 0.0}


    def access_token() -> str:
        if _token["value"] and _token["expires"] > time.time() + 60:
            return _token["value"]
        resp = requests.post(
            "https://zoom.us/oauth/token",
            params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
            auth=(ZOOM_CLIENT_ID, ZOOM_CLIENT_SECRET),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
        return _token["value"]


    def create_lesson_meeting(topic: str, start_iso: str, minutes: int = 55) -> dict:
        resp = requests.post(
            "https://api.zoom.us/v2/users/me/meetings",
            headers={"Authorization": f"Bearer {access_token()}"},
            json={"topic": topic, "type": 2, "start_time": start_iso, "duration": minutes},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()
    """), "https://developers.zoom.us/docs/internal-apps/s2s-oauth/")

decoy("php", "env-lookup", "moodle/config.docker.php", fill("""
    <?php  // Moodle configuration file (container image; values come from the environment)

    unset($CFG);
    global $CFG;
    $CFG = new stdClass();

    $CFG->dbtype    = getenv('MOODLE_DBTYPE') ?: 'pgsql';
    $CFG->dblibrary = 'native';
    $CFG->dbhost    = getenv('MOODLE_DBHOST');
    $CFG->dbname    = getenv('MOODLE_DBNAME');
    $CFG->dbuser    = getenv('MOODLE_DBUSER');
    $CFG->dbpass    = getenv('MOODLE_DBPASS');
    $CFG->prefix    = 'mdl_';
    $CFG->dboptions = array('dbpersist' => 0, 'dbport' => 5432);

    $CFG->wwwroot   = getenv('MOODLE_WWWROOT');
    $CFG->dataroot  = '/var/moodledata';
    $CFG->admin     = 'admin';
    $CFG->directorypermissions = 02777;

    require_once(__DIR__ . '/lib/setup.php');
    """), "https://docs.moodle.org/en/Configuration_file")

decoy("php", "env-lookup-wp", "public_html/wp-config.docker.php", fill("""
    <?php
    define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
    define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
    define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
    define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db' );
    define( 'DB_CHARSET', 'utf8mb4' );

    define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
    define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
    define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
    define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

    $table_prefix = 'kt_';
    define( 'WP_DEBUG', false );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    """), "https://developer.wordpress.org/apis/wp-config-php/")

decoy("go", "secret-manager", "internal/config/secrets.go", fill("""
    package config

    import (
    	"context"
    	"encoding/json"
    	"fmt"

    	"github.com/aws/aws-sdk-go-v2/aws"
    	awsconfig "github.com/aws/aws-sdk-go-v2/config"
    	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
    )

    type TwilioSecrets struct {
    	AccountSID string `json:"account_sid"`
    	AuthToken  string `json:"auth_token"`
    }

    // LoadTwilio reads prod/reminders/twilio from Secrets Manager.
    func LoadTwilio(ctx context.Context) (*TwilioSecrets, error) {
    	cfg, err := awsconfig.LoadDefaultConfig(ctx)
    	if err != nil {
    		return nil, err
    	}
    	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
    		SecretId: aws.String("prod/reminders/twilio"),
    	})
    	if err != nil {
    		return nil, fmt.Errorf("twilio secret: %w", err)
    	}
    	var s TwilioSecrets
    	if err := json.Unmarshal([]byte(aws.ToString(out.SecretString)), &s); err != nil {
    		return nil, err
    	}
    	return &s, nil
    }
    """), "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-go.html")

decoy("csharp", "secret-manager", "src/Classroom.Scheduler/Program.cs", fill("""
    using Azure.Identity;
    using Microsoft.Graph;

    var builder = WebApplication.CreateBuilder(args);

    var vaultUri = new Uri($"https://{builder.Configuration["KeyVaultName"]}.vault.azure.net/");
    builder.Configuration.AddAzureKeyVault(vaultUri, new DefaultAzureCredential());

    builder.Services.AddSingleton(sp =>
    {
        var cfg = sp.GetRequiredService<IConfiguration>();
        var credential = new ClientSecretCredential(
            cfg["AzureAd:TenantId"], cfg["AzureAd:ClientId"], cfg["graph-client-secret"]);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    });

    builder.Services.AddHostedService<TeamsMeetingWorker>();

    var app = builder.Build();
    app.MapGet("/healthz", () => "ok");
    app.Run();
    """), "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

decoy("powershell", "prompt", "it/Reset-StudentPassword.ps1", fill("""
    param(
        [Parameter(Mandatory)] [string] $StudentSam
    )

    # The helpdesk types the temporary password; it is never stored in this script.
    $temp = Read-Host -Prompt "Temporary password for $StudentSam" -AsSecureString
    $cred = Get-Secret -Name HelpdeskAdmin -Vault CentreVault

    Set-ADAccountPassword -Identity $StudentSam -Reset -NewPassword $temp -Credential $cred
    Set-ADUser -Identity $StudentSam -ChangePasswordAtLogon $true -Credential $cred
    Write-Host "Password reset for $StudentSam; they must change it at next logon."
    """), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret")

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Attendance vs. mock score\n",
                                                             "Connects read-only to the warehouse; asks for the password."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                    "pw = getpass.getpass('warehouse password: ')\n",
                    "engine = sa.create_engine(sa.URL.create('postgresql+psycopg', username='analyst',\n",
                    "                          password=pw, host='analytics-db.apexprep.internal', database='warehouse'))"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql('select attendance_rate, total_score from v_student_term', engine)\n",
                    "df.corr()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
decoy("notebook", "prompt", "research/attendance_vs_scores.ipynb", json.dumps(_nb, indent=1) + "\n",
      "https://docs.python.org/3/library/getpass.html")

decoy("yaml", "placeholder", "config/application.yml", fill("""
    spring:
      datasource:
        url: jdbc:postgresql://${DB_HOST:localhost}:5432/booking
        username: ${DB_USER:booking}
        password: ${DB_PASSWORD}
      mail:
        host: smtp.office365.com
        port: 587
        username: bookings@northbridgelearning.com.au
        password: ${MAIL_PASSWORD}

    vonage:
      api-key: ${VONAGE_API_KEY}
      api-secret: ${VONAGE_API_SECRET}

    zoom:
      client-id: ${ZOOM_CLIENT_ID}
      client-secret: ${ZOOM_CLIENT_SECRET}
    """), "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

decoy("hcl", "vault-template", "deploy/vault-agent/booking.ctmpl", fill("""
    {{- with secret "kv/data/prod/booking" -}}
    DATABASE_URL=postgres://booking:{{ .Data.data.db_password }}@booking-db:5432/booking
    STRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}
    STRIPE_WEBHOOK_SECRET={{ .Data.data.stripe_webhook_secret }}
    {{- end }}
    {{- with secret "kv/data/prod/messaging" }}
    TWILIO_AUTH_TOKEN={{ .Data.data.twilio_auth_token }}
    SENDGRID_API_KEY={{ .Data.data.sendgrid_api_key }}
    {{- end }}
    """), "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

decoy("terraform", "placeholder", "infra/do/terraform.tfvars.example", fill("""
    # Copy to terraform.tfvars and fill in. terraform.tfvars is in .gitignore.
    do_token        = "<your DigitalOcean personal access token>"
    region          = "lon1"
    droplet_size    = "s-4vcpu-8gb"
    bbb_hostname    = "live2.example.com"
    ssh_key_ids     = []
    snapshot_before = true
    """), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

decoy("json", "placeholder", "postman/StudyNest-API.postman_environment.json", fill("""
    {
      "id": "0b6f7d52-8a41-4c1e-b3a9-6e2f4d8c1a77",
      "name": "StudyNest - production",
      "values": [
        { "key": "baseUrl", "value": "https://api.studynest.io", "type": "default", "enabled": true },
        { "key": "accessToken", "value": "", "type": "secret", "enabled": true },
        { "key": "tutorId", "value": "tut_2291", "type": "default", "enabled": true },
        { "key": "stripeKey", "value": "{{STRIPE_SECRET_KEY}}", "type": "secret", "enabled": true }
      ],
      "_postman_variable_scope": "environment",
      "_postman_exported_at": "2024-04-18T09:12:44.512Z",
      "_postman_exported_using": "Postman/10.24.16"
    }
    """), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

decoy("http", "placeholder", "tools/canvas/canvas-api.http", fill("""
    @host = https://apexprep.instructure.com
    # Put your own token in http-client.private.env.json (git-ignored)
    @token = {{canvas_token}}

    ### List courses
    GET {{host}}/api/v1/courses?per_page=50
    Authorization: Bearer {{token}}

    ### Assignment groups for SAT Prep
    GET {{host}}/api/v1/courses/1183/assignment_groups?include[]=assignments
    Authorization: Bearer {{token}}
    """), "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables")

decoy("npmrc", "env-reference", ".npmrc", fill("""
    @examforge:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
    //registry.npmjs.org/:_authToken=${NPM_TOKEN}
    engine-strict=true
    save-exact=true
    """), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

decoy("json", "credential-helper", "ci/docker/config.helper.json", fill("""
    {
      "credsStore": "ecr-login",
      "credHelpers": {
        "381927465012.dkr.ecr.eu-west-2.amazonaws.com": "ecr-login",
        "ghcr.io": "gh"
      },
      "auths": {
        "registry.apexprep.com": {}
      }
    }
    """), "https://docs.docker.com/reference/cli/docker/login/#credential-helpers")

decoy("nginx", "file-reference", "deploy/nginx/tutor-handbook.conf", fill("""
    server {
        listen 443 ssl http2;
        server_name handbook.internal.brightpathtutoring.co.uk;

        ssl_certificate     /etc/ssl/bp/handbook.crt;
        ssl_certificate_key /etc/ssl/bp/handbook.key;

        auth_basic "BrightPath tutors only";
        auth_basic_user_file /etc/nginx/htpasswd.d/tutors;

        root /srv/handbook;
        index index.html;
        location / {
            try_files $uri $uri/ =404;
        }
    }
    """), "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

decoy("systemd", "file-reference", "deploy/systemd/grading-worker.service", fill("""
    [Unit]
    Description=ExamForge essay grading worker
    After=network-online.target

    [Service]
    User=grader
    EnvironmentFile=/etc/examforge/grading-worker.env
    LoadCredential=openai-key:/etc/credstore/openai-key
    ExecStart=/opt/examforge/venv/bin/python -m grading.worker --queue essays.to_grade
    Restart=always
    NoNewPrivileges=true
    ProtectSystem=strict

    [Install]
    WantedBy=multi-user.target
    """), "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Credentials")

decoy("shell", "generated", "scripts/bootstrap-bbb-secret.sh", fill("""
    #!/usr/bin/env bash
    # Rotates the BigBlueButton shared secret and stores it in Vault; prints nothing secret.
    set -euo pipefail

    NEW_SECRET="$(openssl rand -hex 24)"
    sudo bbb-conf --setsecret "$NEW_SECRET" >/dev/null
    vault kv put kv/prod/classroom/bbb shared_secret="$NEW_SECRET" >/dev/null
    unset NEW_SECRET
    echo "BBB secret rotated and stored at kv/prod/classroom/bbb"
    """), "https://docs.bigbluebutton.org/administration/bbb-conf/#--setsecret")

decoy("github-actions", "oidc-role", ".github/workflows/upload-recordings.yml", fill("""
    name: Archive lesson recordings
    on:
      schedule:
        - cron: "0 1 * * *"

    permissions:
      id-token: write
      contents: read

    jobs:
      archive:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::381927465012:role/gha-recordings-archive
              aws-region: ap-southeast-2
          - run: python tools/archive_recordings.py --older-than 30d --bucket nbl-recordings-archive
    """), "https://docs.github.com/en/actions/deployment/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services")

decoy("kotlin", "env-lookup", "app/build.gradle.kts", fill("""
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
        namespace = "io.tutorly.app"
        compileSdk = 34
        defaultConfig {
            applicationId = "io.tutorly.app"
            minSdk = 26
            targetSdk = 34
            versionCode = 412
            versionName = "4.12.0"
            buildConfigField("String", "API_BASE", "\\"https://api.tutorly.io\\"")
            buildConfigField("String", "AGORA_APP_ID", "\\"${localProps.getProperty("agora.appId", "")}\\"")
        }
        buildFeatures { buildConfig = true }
    }
    """), "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

decoy("swift", "build-variable", "TutorBot/Config/AppConfig.swift", fill("""
    import Foundation

    enum AppConfig {
        /// Injected at build time from the CI's xcconfig (TUTOR_API_BASE = $(TUTOR_API_BASE)).
        static var apiBase: URL {
            let raw = Bundle.main.object(forInfoDictionaryKey: "TutorAPIBase") as? String ?? "https://api.tutorbot.app"
            return URL(string: raw)!
        }

        /// Short-lived session token, kept in the Keychain after login; never bundled.
        static func sessionToken() -> String? {
            KeychainStore.shared.string(forKey: "tutorbot.session")
        }
    }
    """), "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

# --- public identifiers and keys meant for browsers and apps ----------------------------------
decoy("js", "public-firebase-config", "apps/student-app/src/firebase.js", fill("""
    import { initializeApp } from 'firebase/app';
    import { getAuth } from 'firebase/auth';
    import { getMessaging } from 'firebase/messaging';

    // Web app config: public by design, access is enforced by Security Rules and App Check.
    const firebaseConfig = {
      apiKey: 'AIza<<k>>',
      authDomain: 'kite-student-app.firebaseapp.com',
      projectId: 'kite-student-app',
      storageBucket: 'kite-student-app.appspot.com',
      messagingSenderId: '501927384610',
      appId: '1:501927384610:web:<<app>>',
      measurementId: 'G-7QK2M9XZ4L',
    };

    export const app = initializeApp(firebaseConfig);
    export const auth = getAuth(app);
    export const messaging = getMessaging(app);
    """, k=draw(35, URLSAFE), app=hexs(22)), "https://firebase.google.com/docs/projects/api-keys")

decoy("ts", "publishable-key", "apps/web/src/lib/stripe-client.ts", fill("""
    import { loadStripe } from '@stripe/stripe-js';

    // Publishable key: safe to ship to the browser.
    export const stripePromise = loadStripe('<<pk>>', { locale: 'en-GB' });

    export async function redirectToLessonPackCheckout(sessionId: string) {
      const stripe = await stripePromise;
      if (!stripe) throw new Error('Stripe failed to load');
      const { error } = await stripe.redirectToCheckout({ sessionId });
      if (error) throw error;
    }
    """, pk=stripe_pair()[0]), "https://docs.stripe.com/keys#obtain-api-keys")

decoy("html", "public-key-id", "public/checkout/jee-batch.html", fill("""
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Pay for JEE Crash Course</title>
      <script src="https://checkout.razorpay.com/v1/checkout.js"></script>
    </head>
    <body>
      <button id="pay">Pay Rs 14,999</button>
      <script>
        document.getElementById('pay').onclick = async () => {
          const order = await (await fetch('/payments/orders', { method: 'POST' })).json();
          new Razorpay({
            key: 'rzp_live_<<kid>>',
            amount: order.amount,
            currency: 'INR',
            name: 'Vidya Coaching',
            order_id: order.id,
            handler: (r) => fetch('/payments/verify', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(r) }),
          }).open();
        };
      </script>
    </body>
    </html>
    """, kid=draw(14)), "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/")

decoy("js", "search-only-key", "apps/web/src/search/tutorSearch.js", fill("""
    import algoliasearch from 'algoliasearch/lite';
    import instantsearch from 'instantsearch.js';
    import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

    // Search-only key (ACL: search), restricted to the prod_tutors index.
    const searchClient = algoliasearch('K7Q2ZD1M4X', '<<k>>');

    const search = instantsearch({ indexName: 'prod_tutors', searchClient });
    search.addWidgets([
      searchBox({ container: '#tutor-search', placeholder: 'Subject, level or tutor name' }),
      refinementList({ container: '#levels', attribute: 'levels' }),
      hits({ container: '#results', templates: { item: (hit) => `${hit.name} - ${hit.subjects.join(', ')}` } }),
    ]);
    search.start();
    """, k=hexs(32)), "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

decoy("js", "public-dsn", "apps/web/sentry.client.config.js", fill("""
    import * as Sentry from '@sentry/nextjs';

    Sentry.init({
      dsn: 'https://<<pub>>@o4506812.ingest.sentry.io/4506812391',
      tracesSampleRate: 0.1,
      replaysSessionSampleRate: 0,
      replaysOnErrorSampleRate: 1.0,
      environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? 'development',
      integrations: [Sentry.replayIntegration({ maskAllText: true })],
    });
    """, pub=hexs(32)), "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

decoy("ts", "anon-key", "apps/quiz/src/lib/supabase.ts", fill("""
    import { createClient } from '@supabase/supabase-js';

    // anon key: public, every table is protected by row level security policies
    export const supabase = createClient(
      'https://qzmrtkwplbxhvndcafye.supabase.co',
      '<<anon>>',
    );

    export async function myAttempts(studentId: string) {
      const { data, error } = await supabase
        .from('quiz_attempts')
        .select('id, quiz_id, score, graded_at')
        .eq('student_id', studentId)
        .order('graded_at', { ascending: false });
      if (error) throw error;
      return data;
    }
    """, anon=supabase_jwt("anon", "qzmrtkwplbxhvndcafye")), "https://supabase.com/docs/guides/api/api-keys#anon-and-publishable-keys")

_mapbox = "pk." + b64url(json.dumps({"u": "northbridgelearning", "a": draw(25, LOWER + string.digits)},
                                    separators=(",", ":")).encode()) + "." + draw(22, URLSAFE)
decoy("js", "public-map-token", "apps/web/src/components/CentreMap.jsx", fill("""
    import mapboxgl from 'mapbox-gl';
    import { useEffect, useRef } from 'react';

    // Public token, URL-restricted to northbridgelearning.com.au
    mapboxgl.accessToken = '<<t>>';

    const CENTRES = [
      { name: 'Parramatta', lng: 151.0036, lat: -33.8148 },
      { name: 'Chatswood', lng: 151.1817, lat: -33.7969 },
    ];

    export default function CentreMap() {
      const ref = useRef(null);
      useEffect(() => {
        const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/streets-v12', center: [151.09, -33.80], zoom: 10 });
        CENTRES.forEach((c) => new mapboxgl.Marker().setLngLat([c.lng, c.lat]).setPopup(new mapboxgl.Popup().setText(c.name)).addTo(map));
        return () => map.remove();
      }, []);
      return <div ref={ref} style={{ height: 360 }} />;
    }
    """, t=_mapbox), "https://docs.mapbox.com/help/getting-started/access-tokens/")

decoy("html", "oauth-client-id", "public/login.html", fill("""
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Sign in - Apex Exam Prep</title>
      <script src="https://accounts.google.com/gsi/client" async></script>
    </head>
    <body>
      <div id="g_id_onload"
           data-client_id="<<num>>-<<cid>>.apps.googleusercontent.com"
           data-login_uri="https://app.apexprep.com/auth/google/callback"
           data-auto_prompt="false">
      </div>
      <div class="g_id_signin" data-type="standard" data-shape="pill" data-text="signin_with"></div>
    </body>
    </html>
    """, num=draw(12, string.digits), cid=draw(32, LOWER + string.digits)),
    "https://developers.google.com/identity/gsi/web/guides/display-button")

decoy("php", "site-key", "public_html/enquiry/form.php", fill("""
    <?php $page_title = 'Book a free trial lesson'; include __DIR__ . '/../partials/header.php'; ?>
    <script src="https://www.google.com/recaptcha/api.js?render=6L<<sk>>"></script>
    <form id="enquiry" method="post" action="/enquiry/submit.php">
      <input name="name" placeholder="Parent / guardian name" required>
      <input name="email" type="email" required>
      <input name="phone" type="tel">
      <select name="year"><option>Year 9</option><option>Year 10</option><option>Year 11</option></select>
      <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
      <button type="submit">Request a call back</button>
    </form>
    <script>
      grecaptcha.ready(() => grecaptcha.execute('6L<<sk>>', { action: 'enquiry' })
        .then((t) => { document.getElementById('g-recaptcha-response').value = t; }));
    </script>
    <?php include __DIR__ . '/../partials/footer.php'; ?>
    """, sk=draw(38, URLSAFE)), "https://developers.google.com/recaptcha/docs/v3")

decoy("kotlin", "public-app-id", "app/src/main/java/io/tutorly/live/LiveConfig.kt", fill("""
    package io.tutorly.live

    object LiveConfig {
        // Agora App ID identifies the project; channel tokens come from /api/rtc-token
        const val AGORA_APP_ID = "<<appid>>"
        const val TOKEN_ENDPOINT = "https://api.tutorly.io/api/rtc-token"
        const val MAX_PARTICIPANTS = 6
        const val VIDEO_PROFILE = "360p_15fps"
    }
    """, appid=hexs(32)), "https://docs.agora.io/en/video-calling/reference/manage-agora-account#get-the-app-id")

decoy("js", "public-key", "apps/web/src/realtime/pusherClient.js", fill("""
    import Echo from 'laravel-echo';
    import Pusher from 'pusher-js';

    window.Pusher = Pusher;

    // app key is public; private channels are authorised by /broadcasting/auth
    export const echo = new Echo({
      broadcaster: 'pusher',
      key: '<<key>>',
      cluster: 'ap2',
      forceTLS: true,
      authEndpoint: '/broadcasting/auth',
    });

    export function onLessonStarted(lessonId, cb) {
      echo.private(`lesson.${lessonId}`).listen('LessonStarted', cb);
    }
    """, key=draw(20, HEX)), "https://pusher.com/docs/channels/using_channels/connection/")

decoy("python", "public-identifier", "reminders/twilio_status.py", fill("""
    import os

    from twilio.rest import Client

    # The Account SID is an identifier; the auth token comes from the environment.
    ACCOUNT_SID = "<<sid>>"
    client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])

    for msg in client.messages.list(date_sent_after="2024-05-01", limit=200):
        if msg.status in ("failed", "undelivered"):
            print(msg.sid, msg.to, msg.error_code, msg.error_message)
    """, sid=twilio_sid()), "https://www.twilio.com/docs/iam/api/account")

decoy("html", "public-embed", "public/book-a-call.html", fill("""
    <!doctype html>
    <html lang="en">
    <head><meta charset="utf-8"><title>Book a call with a study advisor</title></head>
    <body>
      <h1>Talk to a study advisor</h1>
      <div class="calendly-inline-widget"
           data-url="https://calendly.com/kitetutors-advisors/15min?hide_gdpr_banner=1&primary_color=4f46e5"
           style="min-width:320px;height:700px;"></div>
      <script src="https://assets.calendly.com/assets/external/widget.js" async></script>
      <iframe src="https://calendar.google.com/calendar/embed?src=c_8f2a1d0e4b7c9a6f3e5d1b2c4a6e8f0d%40group.calendar.google.com&ctz=Europe%2FLondon"
              style="border:0" width="800" height="600" frameborder="0" scrolling="no"></iframe>
    </body>
    </html>
    """), "https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview")

decoy("ssh", "public-key", "ansible/roles/common/files/authorized_keys", fill("""
    # Deploy and IT admin keys for the classroom servers
    <<k1>> deploy@gitlab-runner
    <<k2>> aisha.khan@brightpathtutoring.co.uk
    <<k3>> it-laptop-07
    # removed 2024-04-30: j.moss (left)
    """, k1=ssh_ed25519_pub(), k2=ssh_rsa_pub(), k3=ssh_ed25519_pub()),
    "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

_n = b64url(bytes(random.Random(_seed()).randrange(256) for _ in range(256)))
decoy("json", "public-jwks", "public/.well-known/jwks.json", fill("""
    {
      "keys": [
        {
          "kty": "RSA",
          "alg": "RS256",
          "use": "sig",
          "kid": "examforge-2024-01",
          "e": "AQAB",
          "n": "<<n>>"
        }
      ]
    }
    """, n=_n), "https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url")

decoy("pem", "certificate", "deploy/certs/learn.meritprep.com.au.chain.pem",
      cert_pem(20) + "\n" + cert_pem(18) + "\n", "https://www.rfc-editor.org/rfc/rfc7468#section-5")

decoy("xml", "certificate", "config/saml/idp-metadata.xml", fill("""
    <?xml version="1.0" encoding="UTF-8"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                         entityID="https://sts.windows.net/<<tenant>>/">
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <X509Data>
              <X509Certificate><<cert>></X509Certificate>
            </X509Data>
          </KeyInfo>
        </md:KeyDescriptor>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                                Location="https://login.microsoftonline.com/<<tenant>>/saml2"/>
      </md:IDPSSODescriptor>
    </md:EntityDescriptor>
    """, tenant=uuid4(), cert="MIIC8DCCAdigAwIBAgIQ" + draw(900, B64) + "="),
    "https://learn.microsoft.com/en-us/entra/identity-platform/federation-metadata")

decoy("asc", "public-key", "docs/security/it-team-pgp.asc", fill("""
    -----BEGIN PGP PUBLIC KEY BLOCK-----
    Comment: BrightPath IT <it-security@brightpathtutoring.co.uk>

    mQINBG<<l0>>
    <<l1>>
    <<l2>>
    <<l3>>
    <<l4>>
    <<l5>>
    =<<crc>>
    -----END PGP PUBLIC KEY BLOCK-----
    """, l0=draw(58, B64), l1=draw(64, B64), l2=draw(64, B64), l3=draw(64, B64), l4=draw(64, B64),
    l5=draw(40, B64), crc=draw(4, B64)), "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

# --- hashes, checksums, ids --------------------------------------------------------------------
def _bcrypt() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


decoy("sql", "password-hash", "db/seeds/003_demo_tutors.sql", fill("""
    -- Demo tutors for the staging environment (passwords are bcrypt hashes)
    INSERT INTO users (email, display_name, role, password_hash, created_at) VALUES
      ('maths.demo@studynest.io', 'Demo Maths Tutor', 'tutor', '<<h1>>', NOW()),
      ('english.demo@studynest.io', 'Demo English Tutor', 'tutor', '<<h2>>', NOW()),
      ('parent.demo@studynest.io', 'Demo Parent', 'parent', '<<h3>>', NOW());

    INSERT INTO tutor_subjects (user_email, subject, level) VALUES
      ('maths.demo@studynest.io', 'Mathematics', 'GCSE'),
      ('english.demo@studynest.io', 'English Literature', 'A-Level');
    """, h1=_bcrypt(), h2=_bcrypt(), h3=_bcrypt()), "https://en.wikipedia.org/wiki/Bcrypt")

decoy("json", "password-hash", "accounts/fixtures/staff.json", fill("""
    [
      {
        "model": "accounts.user",
        "pk": 1,
        "fields": {
          "username": "centre-admin",
          "email": "admin@tutorplus.co.nz",
          "password": "pbkdf2_sha256$720000$<<s1>>$<<h1>>",
          "is_staff": true,
          "is_superuser": true
        }
      },
      {
        "model": "accounts.user",
        "pk": 2,
        "fields": {
          "username": "frontdesk",
          "email": "frontdesk@tutorplus.co.nz",
          "password": "pbkdf2_sha256$720000$<<s2>>$<<h2>>",
          "is_staff": true,
          "is_superuser": false
        }
      }
    ]
    """, s1=draw(22), h1=rand_bytes_b64(32), s2=draw(22), h2=rand_bytes_b64(32)),
    "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

decoy("htpasswd", "password-hash", "deploy/nginx/htpasswd.d/tutors", fill("""
    # tutors handbook - managed with `htpasswd -B`; old entries are apr1
    aisha:$apr1$<<s1>>$<<h1>>
    ben.t:$apr1$<<s2>>$<<h2>>
    priya:<<h3>>
    tom.w:<<h4>>
    """, s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), s2=draw(8, ALNUM + "./"), h2=draw(22, ALNUM + "./"),
    h3="$2y$10$" + draw(53, ALNUM + "./"), h4="$2y$10$" + draw(53, ALNUM + "./")), "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html")

decoy("python", "password-hash", "jupyterhub/jupyter_server_config.py", fill("""
    # Shared notebook server for the data-science tutors (behind the VPN)
    c = get_config()  # noqa: F821

    c.ServerApp.ip = "0.0.0.0"
    c.ServerApp.port = 8888
    c.ServerApp.open_browser = False
    c.ServerApp.root_dir = "/srv/notebooks"
    c.PasswordIdentityProvider.hashed_password = "argon2:$argon2id$v=19$m=10240,t=10,p=8$<<salt>>$<<hash>>"
    c.PasswordIdentityProvider.allow_password_change = False
    """, salt=rand_bytes_b64(16).rstrip("="), hash=rand_bytes_b64(32).rstrip("=")),
    "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html#preparing-a-hashed-password")

decoy("cisco", "password-hash", "network/switches/parramatta-sw02.cfg", fill("""
    !
    hostname PARRAMATTA-SW02
    !
    enable secret 9 $9$<<s1>>$<<h1>>
    !
    username netops privilege 15 secret 9 $9$<<s2>>$<<h2>>
    username helpdesk privilege 5 secret 8 $8$<<s3>>$<<h3>>
    !
    aaa new-model
    aaa authentication login default local
    !
    vlan 10
     name STAFF
    vlan 20
     name CLASSROOMS
    !
    ip ssh version 2
    line vty 0 15
     transport input ssh
    !
    end
    """, s1=draw(14, ALNUM + "./"), h1=draw(43, ALNUM + "./"), s2=draw(14, ALNUM + "./"), h2=draw(43, ALNUM + "./"),
    s3=draw(14, ALNUM + "./"), h3=draw(43, ALNUM + "./")),
    "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html")

decoy("json", "checksum", "packages/quiz-widget/package-lock.json", fill("""
    {
      "name": "@examforge/quiz-widget",
      "version": "3.2.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": {
          "name": "@examforge/quiz-widget",
          "version": "3.2.0",
          "dependencies": {
            "katex": "^0.16.10",
            "nanoid": "^5.0.7"
          }
        },
        "node_modules/katex": {
          "version": "0.16.10",
          "resolved": "https://registry.npmjs.org/katex/-/katex-0.16.10.tgz",
          "integrity": "sha512-<<i1>>",
          "dependencies": {
            "commander": "^8.3.0"
          }
        },
        "node_modules/commander": {
          "version": "8.3.0",
          "resolved": "https://registry.npmjs.org/commander/-/commander-8.3.0.tgz",
          "integrity": "sha512-<<i2>>"
        },
        "node_modules/nanoid": {
          "version": "5.0.7",
          "resolved": "https://registry.npmjs.org/nanoid/-/nanoid-5.0.7.tgz",
          "integrity": "sha512-<<i3>>"
        }
      }
    }
    """, i1=rand_bytes_b64(64), i2=rand_bytes_b64(64), i3=rand_bytes_b64(64)),
    "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

decoy("go", "checksum", "go.sum", fill("""
    github.com/messagebird/go-rest-api/v9 v9.1.0 h1:<<a>>
    github.com/messagebird/go-rest-api/v9 v9.1.0/go.mod h1:<<b>>
    github.com/twilio/twilio-go v1.19.0 h1:<<c>>
    github.com/twilio/twilio-go v1.19.0/go.mod h1:<<d>>
    github.com/golang-jwt/jwt/v5 v5.2.1 h1:<<e>>
    github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:<<f>>
    """, a=rand_bytes_b64(32), b=rand_bytes_b64(32), c=rand_bytes_b64(32), d=rand_bytes_b64(32),
    e=rand_bytes_b64(32), f=rand_bytes_b64(32)), "https://go.dev/ref/mod#go-sum-files")

decoy("dockerfile", "image-digest", "services/grader/Dockerfile", fill("""
    FROM python:3.12-slim@sha256:<<d1>> AS build
    WORKDIR /src
    COPY requirements.lock .
    RUN pip wheel --no-cache-dir -w /wheels -r requirements.lock

    FROM gcr.io/distroless/python3-debian12@sha256:<<d2>>
    COPY --from=build /wheels /wheels
    COPY grader/ /app/grader/
    ENV PYTHONPATH=/app OPENAI_API_KEY_FILE=/run/secrets/openai_key
    USER nonroot
    ENTRYPOINT ["python3", "-m", "grader.worker"]
    """, d1=hexs(64), d2=hexs(64)), "https://docs.docker.com/reference/dockerfile/#from")

decoy("html", "checksum", "public/quiz/index.html", fill("""
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Daily Maths Quiz</title>
      <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/katex@0.16.10/dist/katex.min.css"
            integrity="sha384-<<a>>" crossorigin="anonymous">
      <script defer src="https://cdn.jsdelivr.net/npm/katex@0.16.10/dist/katex.min.js"
              integrity="sha384-<<b>>" crossorigin="anonymous"></script>
    </head>
    <body>
      <main id="quiz"></main>
      <script type="module" src="/quiz/app.js"></script>
    </body>
    </html>
    """, a=rand_bytes_b64(48), b=rand_bytes_b64(48)), "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity")

decoy("csv", "uuid-ids", "reports/zoom/participants-2024-05-13.csv", fill("""
    meeting_uuid,meeting_id,participant_id,name,join_time,leave_time,duration_min
    <<m1>>,84512093377,<<p1>>,Student 0142,2024-05-13T15:58:11Z,2024-05-13T16:55:02Z,57
    <<m1>>,84512093377,<<p2>>,Student 0187,2024-05-13T16:01:40Z,2024-05-13T16:55:02Z,53
    <<m1>>,84512093377,<<p3>>,Tutor - R. Okafor,2024-05-13T15:55:03Z,2024-05-13T16:56:10Z,61
    <<m2>>,81177620945,<<p4>>,Student 0033,2024-05-13T17:00:12Z,2024-05-13T17:54:48Z,55
    <<m2>>,81177620945,<<p5>>,Tutor - L. Brandt,2024-05-13T16:57:30Z,2024-05-13T17:55:00Z,58
    """, m1=draw(22, ALNUM + "+/") + "==", m2=draw(22, ALNUM + "+/") + "==", p1=uuid4(), p2=uuid4(), p3=uuid4(),
    p4=uuid4(), p5=uuid4()), "https://developers.zoom.us/docs/api/rest/reference/zoom-api/methods/#operation/reportMeetingParticipants")

decoy("terraform", "uuid-ids", "infra/azure/main.tf", fill("""
    provider "azurerm" {
      features {}
      subscription_id = "<<sub>>"
      tenant_id       = "<<ten>>"
      use_oidc        = true
    }

    data "azuread_group" "tutors" {
      object_id = "<<grp>>"
    }

    resource "azurerm_role_assignment" "tutors_read_recordings" {
      scope                = "/subscriptions/<<sub>>/resourceGroups/rg-recordings"
      role_definition_name = "Storage Blob Data Reader"
      principal_id         = data.azuread_group.tutors.object_id
    }
    """, sub=uuid4(), ten=uuid4(), grp=uuid4()), "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs#argument-reference")

decoy("yaml", "meeting-ids", "config/timetable/summer-intensive.yml", fill("""
    # Recurring Zoom rooms for the summer intensive (passcodes are set per-meeting in Zoom, not here)
    term: summer-2024
    rooms:
      - subject: GCSE Maths Higher
        tutor: r.okafor
        zoom_meeting_id: 845 1209 3377
        schedule: "Mon,Wed 16:00-17:00"
      - subject: A-Level Chemistry
        tutor: l.brandt
        zoom_meeting_id: 811 7762 0945
        schedule: "Tue,Thu 17:00-18:00"
      - subject: 11+ Verbal Reasoning
        tutor: s.iyer
        zoom_meeting_id: 876 3301 5528
        schedule: "Sat 10:00-11:30"
    """), "https://support.zoom.com/hc/en/article?id=zm_kb&sysparm_article=KB0060449")

decoy("markdown", "commit-hashes", "CHANGELOG.md", fill("""
    # Changelog

    ## 2.14.1 - 2024-05-02
    - Fix double-booking when two parents pick the same slot ([<<c1>>](https://github.com/studynest/booking-api/commit/<<c1f>>))
    - Zoom: retry meeting creation on 429 ([<<c2>>](https://github.com/studynest/booking-api/commit/<<c2f>>))

    ## 2.14.0 - 2024-04-22
    - Parent portal shows tutor availability for the next 4 weeks
    - Stripe Checkout replaces the old card form ([<<c3>>](https://github.com/studynest/booking-api/commit/<<c3f>>))
    """, c1="a" + hexs(6), c1f=hexs(40), c2="5" + hexs(6), c2f=hexs(40), c3="e" + hexs(6), c3f=hexs(40)),
    "https://keepachangelog.com/en/1.1.0/")

decoy("yaml", "kms-ciphertext", "deploy/lambda/reminders.yml", fill("""
    service: lesson-reminders
    provider:
      name: aws
      runtime: python3.12
      region: ap-southeast-2
      kmsKeyArn: arn:aws:kms:ap-southeast-2:381927465012:key/7a2e4c1b-9d3f-4e6a-8b5c-0f1d2e3a4b5c
      environment:
        # KMS-encrypted at rest; decrypted by the function with kms:Decrypt
        TWILIO_AUTH_TOKEN_ENC: AQICAHj<<blob>>
    functions:
      remind:
        handler: handler.remind
        events:
          - schedule: rate(15 minutes)
    """, blob=draw(250, B64) + "="), "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html")

decoy("env", "encrypted", "apps/booking-widget/.env.production.encrypted", fill("""
    #/-------------------[DOTENV_PUBLIC_KEY]--------------------/
    #/            public-key encryption for .env files          /
    #/       [how it works](https://dotenvx.com/encryption)     /
    #/----------------------------------------------------------/
    DOTENV_PUBLIC_KEY_PRODUCTION="02<<pub>>"

    CAL_API_URL=https://api.cal.com/v1
    CAL_API_KEY="encrypted:<<c1>>"
    STRIPE_SECRET_KEY="encrypted:<<c2>>"
    """, pub=hexs(64), c1=rand_bytes_b64(98), c2=rand_bytes_b64(150)), "https://dotenvx.com/docs/quickstart/encryption")

decoy("markdown", "encrypted-credentials", "docs/dev/rails-credentials.md", fill("""
    # Rails encrypted credentials

    `config/credentials/production.yml.enc` holds the Postmark token, Stripe keys and `secret_key_base`.
    Its content is ciphertext like the line below; the key (`production.key`) is only in 1Password.

    ```
    <<blob>>--<<iv>>--<<tag>>
    ```

    Edit with `bin/rails credentials:edit --environment production`.
    """, blob=rand_bytes_b64(180), iv=rand_bytes_b64(12), tag=rand_bytes_b64(16)),
    "https://guides.rubyonrails.org/security.html#custom-credentials")

# --- vendor documentation examples, redactions, fixtures ---------------------------------------
decoy("markdown", "docs-example", "docs/onboarding/aws-cli.md", fill("""
    # Setting up the AWS CLI (new developers)

    Ask IT for an IAM Identity Center login; we do not hand out long-lived keys.
    Then run `aws configure sso` and pick the `studynest-dev` account.

    If a tool insists on static keys, AWS's documentation uses these example values -
    they are not real and will not work:

    ```ini
    [example]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    ```

    Never paste real keys into this wiki or Slack.
    """), "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

decoy("markdown", "docs-example-stripe", "docs/payments/local-testing.md", fill("""
    # Testing payments locally

    1. Install the Stripe CLI and run `stripe login`.
    2. Forward webhooks: `stripe listen --forward-to localhost:3000/billing/stripe/webhook`.
       The CLI prints a `whsec_...` secret for this session; put it in your untracked `.env.local`.
    3. Use test cards such as `4242 4242 4242 4242` with any future expiry and any CVC.

    The Stripe docs' sample requests use their public test key, e.g.

    ```bash
    curl https://api.stripe.com/v1/charges -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:
    ```

    Use your own test-mode key from the dashboard instead; live keys never go in docs.
    """), "https://docs.stripe.com/testing")

decoy("python", "docs-example", "tests/test_jwt_helpers.py", fill("""
    import pytest

    from auth.jwt_helpers import decode_unverified_claims

    # The sample token from jwt.io (signed with the well-known demo secret "your-256-bit-secret")
    JWT_IO_SAMPLE = (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
        "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    )


    def test_reads_claims_without_verifying():
        claims = decode_unverified_claims(JWT_IO_SAMPLE)
        assert claims == {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}


    def test_rejects_garbage():
        with pytest.raises(ValueError):
            decode_unverified_claims("not-a-jwt")
    """), "https://jwt.io/introduction")

decoy("yaml", "docs-example", "api/openapi.yaml", fill("""
    openapi: 3.0.3
    info:
      title: StudyNest Booking API
      version: 2.14.1
    servers:
      - url: https://api.studynest.io/v2
    components:
      securitySchemes:
        bearerAuth:
          type: http
          scheme: bearer
          bearerFormat: JWT
          description: "Send `Authorization: Bearer <access token>` obtained from /auth/token."
    security:
      - bearerAuth: []
    paths:
      /lessons:
        get:
          summary: List upcoming lessons
          parameters:
            - in: query
              name: from
              schema: { type: string, format: date }
              example: "2024-05-20"
          responses:
            "200":
              description: Lessons
    """), "https://swagger.io/docs/specification/authentication/bearer-authentication/")

decoy("markdown", "format-doc", "docs/security/credential-formats.md", fill("""
    # What our credentials look like (so you can spot a leak)

    | Vendor | Shape | Where it lives |
    |---|---|---|
    | Stripe secret | `sk_live_` followed by ~99 characters | Vault `kv/prod/payments` |
    | Stripe restricted | `rk_live_...` | Vault `kv/prod/payments` |
    | SendGrid | `SG.xxxxxxxxxxxxxxxxxxxxxx.yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy` | Vault `kv/prod/messaging` |
    | Twilio auth token | 32 hex characters | Vault `kv/prod/messaging` |
    | Zoom S2S client secret | 32 characters | Vault `kv/prod/classroom` |
    | Canvas token | `<shard>~<64 characters>` | per-user, never shared |

    If you find one of these in a repo, a chat or a ticket, tell #security at once and rotate it.
    """), "https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns")

decoy("log", "redacted", "logs/booking-api-2024-05-13.log", fill("""
    2024-05-13T07:00:01.112Z INFO  reminders: sending 148 lesson reminders
    2024-05-13T07:00:02.406Z INFO  twilio: POST /2010-04-01/Accounts/AC****************************9f1e/Messages.json 201
    2024-05-13T07:00:02.980Z WARN  twilio: 21610 recipient opted out (+44 7*** ***412)
    2024-05-13T07:14:45.003Z INFO  stripe: using key sk_live_****************************************Qm2
    2024-05-13T07:14:45.311Z ERROR stripe: card_declined for cus_PqR7sT2uVw (lesson pack 10h)
    2024-05-13T07:20:10.771Z INFO  zoom: token refreshed (client_secret=[REDACTED], expires_in=3599)
    2024-05-13T07:20:11.020Z INFO  zoom: created meeting 84512093377 for lesson 55128
    """), "https://owasp.org/www-project-cheat-sheets/cheatsheets/Logging_Cheat_Sheet.html")

decoy("markdown", "redacted", "docs/incidents/2024-03-leaked-webhook.md", fill("""
    # Incident 2024-03-07: Slack webhook posted in a public issue

    **Summary.** A contractor pasted our #finance-alerts incoming webhook URL into a public GitHub issue.

    **Timeline (UTC)**
    - 09:12 issue opened containing `https://hooks.slack.com/services/T0*******/B0*********/************************`
    - 09:40 Slack's secret scanning notified us; webhook revoked in the Slack admin console
    - 10:05 new webhook created and stored in Vault at `kv/prod/ops/slack-finance`
    - 10:30 issue edited and the revision history purged by GitHub support

    **Impact.** No messages were posted by third parties (audit log checked).

    **Actions.** Pre-commit secret scanning on all repos; contractor onboarding covers secrets handling.
    """), "https://api.slack.com/authentication/best-practices")

decoy("python", "test-fixture", "tests/test_zoom_webhook.py", fill("""
    import hashlib
    import hmac
    import json

    from zoom_events.app import create_app

    TEST_SECRET = "test-secret-token-not-real"


    def sign(body: dict, ts: str = "1715600000") -> dict:
        message = f"v0:{ts}:{json.dumps(body)}"
        digest = hmac.new(TEST_SECRET.encode(), message.encode(), hashlib.sha256).hexdigest()
        return {"x-zm-request-timestamp": ts, "x-zm-signature": f"v0={digest}"}


    def test_rejects_bad_signature():
        client = create_app(webhook_secret=TEST_SECRET).test_client()
        resp = client.post("/zoom/events", json={"event": "meeting.started"}, headers={"x-zm-signature": "v0=bad"})
        assert resp.status_code == 401


    def test_accepts_signed_event():
        body = {"event": "meeting.started", "payload": {"object": {"id": "84512093377"}}}
        client = create_app(webhook_secret=TEST_SECRET).test_client()
        resp = client.post("/zoom/events", data=json.dumps(body), headers=sign(body), content_type="application/json")
        assert resp.status_code == 200
    """), "https://developers.zoom.us/docs/api/webhooks/#verify-webhook-events")

decoy("ts", "test-fixture", "apps/api/test/billing.e2e-spec.ts", fill("""
    import { Test } from '@nestjs/testing';
    import request from 'supertest';
    import { AppModule } from '../src/app.module';

    process.env.STRIPE_SECRET_KEY = 'sk_test_dummy';
    process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_dummy';
    process.env.SENDGRID_API_KEY = 'SG.fake.fake';

    describe('billing (e2e)', () => {
      let app;

      beforeAll(async () => {
        const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
        app = moduleRef.createNestApplication({ rawBody: true });
        await app.init();
      });

      it('rejects an unsigned webhook', () =>
        request(app.getHttpServer()).post('/billing/stripe/webhook').send({}).expect(400));

      afterAll(() => app.close());
    });
    """), "https://docs.nestjs.com/fundamentals/testing#end-to-end-testing")

decoy("yaml", "test-fixture", "tests/fixtures/tutors.yml", fill("""
    # Factory data for feature specs - no real people, no real credentials
    tutor_maths:
      email: maths.tutor@example.test
      password: password123
      name: Test Maths Tutor
      subjects: [maths]
    tutor_english:
      email: english.tutor@example.test
      password: password123
      name: Test English Tutor
      subjects: [english]
    parent:
      email: parent@example.test
      password: password123
      children: [student_year10]
    """), "https://guides.rubyonrails.org/testing.html#the-low-down-on-fixtures")

decoy("compose", "test-fixture", "docker-compose.test.yml", fill("""
    # Throwaway databases for CI integration tests
    services:
      postgres:
        image: postgres:16
        environment:
          POSTGRES_USER: test
          POSTGRES_PASSWORD: test
          POSTGRES_DB: booking_test
        tmpfs: [/var/lib/postgresql/data]
      redis:
        image: redis:7-alpine
      mailhog:
        image: mailhog/mailhog
        ports: ["8025:8025"]
    """), "https://hub.docker.com/_/postgres")

decoy("json", "ui-strings", "apps/web/locales/en/auth.json", fill("""
    {
      "login.title": "Sign in to your tutoring account",
      "login.password": "Password",
      "login.password_placeholder": "Enter your password",
      "login.forgot": "Forgot your password?",
      "reset.subject": "Reset your StudyNest password",
      "reset.body": "Click the link below to choose a new password. The link expires in 60 minutes.",
      "token.expired": "This sign-in link has expired. Request a new one.",
      "api_key.label": "Your API key",
      "api_key.help": "Create an API key in Settings > Integrations to connect your school's LMS.",
      "secret.rotate": "Rotate secret"
    }
    """), "https://www.i18next.com/misc/json-format")

decoy("yaml", "policy", "config/security/password-policy.yml", fill("""
    password_policy:
      min_length: 12
      require_uppercase: true
      require_digit: true
      require_symbol: false
      max_age_days: 0
      history: 5
      breached_password_check: true   # Have I Been Pwned k-anonymity API
      lockout:
        attempts: 10
        window_minutes: 15
    student_accounts:
      allow_passphrase: true
      min_length: 10
    api_tokens:
      default_ttl_days: 90
      max_per_user: 5
    """), "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

decoy("css", "base64-data", "apps/web/src/styles/quiz.css", fill("""
    .quiz-option {
      padding: 0.75rem 1rem;
      border: 1px solid #d0d7de;
      border-radius: 8px;
    }

    .quiz-option.correct {
      background: #e6f4ea url("data:image/png;base64,<<png>>") no-repeat right 1rem center;
    }

    .quiz-option.wrong {
      background-color: #fdecea;
    }
    """, png="iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + draw(160, B64) + "AAAAAElFTkSuQmCC"),
    "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data")

decoy("csv", "reference-codes", "exports/mock-exam-bookings-may.csv", fill("""
    booking_ref,student_id,exam,centre,seat,status
    MX-7F3K9Q2A,STU-20931,SAT Practice 7,Chatswood,B14,confirmed
    MX-2ZP8W4LD,STU-20977,SAT Practice 7,Chatswood,B15,confirmed
    MX-Q9H1T6VN,STU-21004,ACT Practice 3,Parramatta,A02,waitlist
    MX-5RJ2M8XC,STU-21032,ACT Practice 3,Parramatta,A03,confirmed
    MX-K4D7B1YE,STU-21088,SAT Practice 7,Chatswood,C01,cancelled
    """), "https://www.rfc-editor.org/rfc/rfc4180")

decoy("shell", "redacted", "scripts/check-zoom-token.sh", fill("""
    #!/usr/bin/env bash
    # Prints whether the Zoom S2S credentials in the environment work, without echoing them.
    set -euo pipefail
    : "${ZOOM_ACCOUNT_ID:?}" "${ZOOM_CLIENT_ID:?}" "${ZOOM_CLIENT_SECRET:?}"

    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST \\
      -u "${ZOOM_CLIENT_ID}:${ZOOM_CLIENT_SECRET}" \\
      "https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ZOOM_ACCOUNT_ID}")
    echo "client_id=${ZOOM_CLIENT_ID:0:4}**** status=${status}"
    """), "https://developers.zoom.us/docs/internal-apps/s2s-oauth/#use-account-credentials-to-get-an-access-token")

decoy("k8s-secret", "placeholder", "k8s/templates/vendor-secrets.example.yaml", fill("""
    # Template only: `make secrets` fills this from Vault into a real manifest that is never committed.
    apiVersion: v1
    kind: Secret
    metadata:
      name: vendor-secrets
      namespace: classroom
    type: Opaque
    stringData:
      ZOOM_CLIENT_SECRET: "<replace-me>"
      DAILY_API_KEY: "<replace-me>"
      AGORA_APP_CERTIFICATE: "<replace-me>"
    data:
      SENDGRID_API_KEY: <<b>>
    """, b=b64("REPLACE_ME")), "https://kubernetes.io/docs/concepts/configuration/secret/")

decoy("helm", "template-reference", "helm/classroom/templates/secret.yaml", fill("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "classroom.fullname" . }}-vendors
      labels:
        {{- include "classroom.labels" . | nindent 4 }}
    type: Opaque
    data:
      ZOOM_CLIENT_SECRET: {{ required "zoom.clientSecret is required" .Values.zoom.clientSecret | b64enc | quote }}
      BBB_SHARED_SECRET: {{ .Values.bbb.sharedSecret | b64enc | quote }}
      DAILY_API_KEY: {{ .Values.daily.apiKey | b64enc | quote }}
    """), "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

decoy("r", "env-lookup", "analytics/retention_model.R", fill("""
    library(DBI)
    library(dplyr)

    con <- dbConnect(
      RPostgres::Postgres(),
      host = Sys.getenv("WAREHOUSE_HOST"),
      dbname = "warehouse",
      user = Sys.getenv("WAREHOUSE_USER"),
      password = Sys.getenv("WAREHOUSE_PASSWORD")
    )

    enrolments <- tbl(con, "enrolments") %>% filter(term >= "2023T1") %>% collect()
    model <- glm(renewed ~ attendance_rate + mock_improvement + tutor_changes,
                 data = enrolments, family = binomial)
    summary(model)
    dbDisconnect(con)
    """), "https://rstats.wtf/r-startup.html#renviron")

decoy("sql", "role-without-password", "db/migrations/V43__grant_reporting_role.sql", fill("""
    -- Reporting access uses IAM database authentication: no password is stored anywhere.
    CREATE ROLE bi_reader WITH LOGIN;
    GRANT rds_iam TO bi_reader;
    GRANT USAGE ON SCHEMA tutoring TO bi_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA tutoring TO bi_reader;
    ALTER DEFAULT PRIVILEGES IN SCHEMA tutoring GRANT SELECT ON TABLES TO bi_reader;
    """), "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.DBAccounts.html")

decoy("ruby", "env-lookup", "config/initializers/stripe_env.rb", fill("""
    # frozen_string_literal: true

    Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key) || ENV.fetch("STRIPE_SECRET_KEY")
    Stripe.api_version = "2023-10-16"

    StripeEvent.signing_secret = Rails.application.credentials.dig(:stripe, :webhook_secret)
    StripeEvent.configure do |events|
      events.subscribe "checkout.session.completed", Billing::ActivateEnrolment.new
      events.subscribe "invoice.payment_failed", Billing::FlagOverdue.new
    end
    """), "https://guides.rubyonrails.org/security.html#custom-credentials")

decoy("php", "env-lookup-laravel", "config/services.php", fill("""
    <?php

    return [
        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
            'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
            'scheme' => 'https',
        ],

        'zoom' => [
            'account_id' => env('ZOOM_ACCOUNT_ID'),
            'client_id' => env('ZOOM_CLIENT_ID'),
            'client_secret' => env('ZOOM_CLIENT_SECRET'),
        ],

        'acuity' => [
            'user_id' => env('ACUITY_USER_ID'),
            'api_key' => env('ACUITY_API_KEY'),
        ],
    ];
    """), "https://laravel.com/docs/configuration#environment-configuration")

decoy("js", "env-lookup", "services/notify/config.js", fill("""
    'use strict';

    function required(name) {
      const value = process.env[name];
      if (!value) throw new Error(`Missing environment variable ${name}`);
      return value;
    }

    module.exports = {
      whatsapp: {
        phoneNumberId: required('WA_PHONE_NUMBER_ID'),
        token: required('WA_ACCESS_TOKEN'),
      },
      telegram: { botToken: required('TELEGRAM_BOT_TOKEN') },
      discordWebhook: process.env.DISCORD_WEBHOOK_URL || null,
      slackWebhook: process.env.SLACK_WEBHOOK_URL || null,
    };
    """), "https://nodejs.org/api/process.html#processenv")

decoy("csharp", "config-binding", "src/Tutoring.Notifications/TwilioOptions.cs", fill("""
    namespace Tutoring.Notifications;

    /// <summary>Bound from the "Twilio" section; values come from user-secrets or Key Vault.</summary>
    public sealed class TwilioOptions
    {
        public const string Section = "Twilio";

        public string AccountSid { get; init; } = string.Empty;
        public string ApiKeySid { get; init; } = string.Empty;
        public string ApiKeySecret { get; init; } = string.Empty;
        public string MessagingServiceSid { get; init; } = string.Empty;
    }
    """), "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

decoy("ini", "keyring", "tools/lti-toolkit/.pypirc.example", fill("""
    [distutils]
    index-servers =
        pypi

    [pypi]
    username = __token__
    # password is read from the system keyring:
    #   keyring set https://upload.pypi.org/legacy/ __token__
    """), "https://packaging.python.org/en/latest/specifications/pypirc/#using-a-pypi-token")

decoy("conf", "wifi-eap", "network/ap/hostapd-students.conf", fill("""
    interface=wlan1
    bridge=br20
    driver=nl80211
    ssid=BrightPath-Students
    hw_mode=a
    channel=36
    ieee80211ac=1
    wpa=2
    wpa_key_mgmt=WPA-EAP
    rsn_pairwise=CCMP
    ieee8021x=1
    auth_server_addr=10.10.0.8
    auth_server_port=1812
    auth_server_shared_secret_file=/etc/hostapd/radius.secret
    """), "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf")

decoy("wireguard", "public-key", "network/wireguard/peers.md", fill("""
    # WireGuard peers (public keys only - private keys never leave each device)

    | Peer | Address | Public key |
    |---|---|---|
    | bbb-live-01 | 10.99.0.1 | `<<p1>>` |
    | parramatta-gw | 10.99.0.2 | `<<p2>>` |
    | chatswood-gw | 10.99.0.3 | `<<p3>>` |

    Add a peer with `wg set wg0 peer <public key> allowed-ips 10.99.0.x/32`.
    """, p1=rand_bytes_b64(32), p2=rand_bytes_b64(32), p3=rand_bytes_b64(32)),
    "https://www.wireguard.com/quickstart/#key-generation")

decoy("powershell", "credential-manager", "it/Map-CentreDrives.ps1", fill("""
    # Maps the shared drives for front-desk PCs; credentials come from Windows Credential Manager.
    $cred = Get-StoredCredential -Target "centre-nas"
    if (-not $cred) {
        $cred = Get-Credential -Message "Enter the centre NAS account"
        New-StoredCredential -Target "centre-nas" -Credentials $cred -Persist LocalMachine | Out-Null
    }

    New-PSDrive -Name R -PSProvider FileSystem -Root "\\\\centre-nas\\reports" -Credential $cred -Persist
    New-PSDrive -Name W -PSProvider FileSystem -Root "\\\\centre-nas\\worksheets" -Credential $cred -Persist
    """), "https://www.powershellgallery.com/packages/CredentialManager")

decoy("gitlab-ci", "masked-variable", ".gitlab-ci.release.yml", fill("""
    release-image:
      stage: build
      image: docker:24
      services:
        - docker:24-dind
      variables:
        IMAGE: apexprep/assessment-engine
      script:
        - echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
        - docker build -t "$IMAGE:$CI_COMMIT_TAG" .
        - docker push "$IMAGE:$CI_COMMIT_TAG"
      rules:
        - if: $CI_COMMIT_TAG
    """), "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable")

decoy("toml", "placeholder", "netlify.example.toml", fill("""
    [build]
      command = "npm run build"
      publish = "dist"

    # Set these in Site settings > Environment variables, not here.
    [context.production.environment]
      HCAPTCHA_SITEKEY = "10000000-ffff-ffff-ffff-000000000001"
      ENQUIRY_INBOX = "hello@example.com"
    """), "https://docs.hcaptcha.com/#integration-testing-test-keys")

decoy("python", "hmac-digest", "payments/signature_check.py", fill("""
    import hashlib
    import hmac
    import os

    # Razorpay sends X-Razorpay-Signature = HMAC-SHA256(body, webhook secret).
    # EXAMPLE_DIGEST below is the digest of the sample body in our unit test, not a key.
    EXAMPLE_DIGEST = "<<d>>"


    def verify(body: bytes, signature: str) -> bool:
        secret = os.environ["RAZORPAY_WEBHOOK_SECRET"].encode()
        expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature)
    """, d=hexs(64)), "https://razorpay.com/docs/webhooks/validate-test/")

decoy("markdown", "readme-placeholder", "integrations/moodle-sync/README.md", fill("""
    # moodle-sync

    Enrols paying students into Moodle courses.

    ## Configuration

    | Variable | Example | Notes |
    |---|---|---|
    | `MOODLE_URL` | `https://learn.example.com` | site root |
    | `MOODLE_WS_TOKEN` | `0123456789abcdef0123456789abcdef` | create under Site admin > Server > Web services > Manage tokens |
    | `WC_CONSUMER_KEY` | `ck_xxxxxxxxxxxxxxxx` | WooCommerce REST key |
    | `WC_CONSUMER_SECRET` | `cs_xxxxxxxxxxxxxxxx` | WooCommerce REST secret |

    ```bash
    export MOODLE_WS_TOKEN=...   # from 1Password "Moodle WS - enrol sync"
    python -m moodle_sync --dry-run
    ```
    """), "https://docs.moodle.org/en/Using_web_services")
