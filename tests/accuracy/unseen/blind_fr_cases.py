"""Blind set FR: yoga and pilates studios.

Class booking platforms (Mindbody, Momence, Glofox, Mariana Tek, Pike13, WellnessLiving, Acuity,
Calendly), memberships and payments (Stripe, Square, PayPal, Braintree, GoCardless), streaming
classes (Zoom, Vimeo, Mux, Wistia, OBS and RTMP ingest), email and SMS marketing (Mailchimp,
Klaviyo, Brevo, SendGrid, Postmark, Mailgun, Twilio, Vonage, Plivo), studio apps (iOS, Android,
Flutter, Firebase, OneSignal, RevenueCat), instructor payroll (Gusto, Xero, QuickBooks, Deel,
BambooHR, ADP over SFTP), the studio's own web stack and network, and their decoys.
Generated fakes only (seeds 2010000-2019999).
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

SEED_LO, SEED_HI = 2010000, 2019999
_SEED = [SEED_LO]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LO <= _SEED[0] <= SEED_HI, "seed out of the fr range"
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of alphabet; of ALNUM, with a digit and both cases (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def raw_b64(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


WORDS = ["Lotus", "Vinyasa", "Reformer", "Savasana", "Cedar", "Harbor", "Sunrise", "Juniper", "Mantra",
         "Willow", "Saffron", "Tidal", "Ember", "Meadow", "Kestrel", "Orchid", "Granite", "Banyan", "Pigeon",
         "Cobra", "Heron", "Lantern", "Marigold", "Quartz"]
LOWER = ["mat", "breath", "candle", "ocean", "balance", "bolster", "spine", "lunge", "incense", "teapot",
         "hammock", "pebble", "sunbeam", "plank", "river", "maple", "koala", "violet"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def person_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + str(r.randint(1970, 2025)) + r.choice("!?#$.")


def url_pw() -> str:
    """A chosen password that stays valid, unescaped, in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice(LOWER).capitalize() + r.choice("-_.~!") + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + "-" + str(r.randint(1, 99))


def gen_pw(n: int = 24) -> str:
    return draw(n, ALNUM + "!#%^*_-+=")


# --- vendor-shaped fakes -------------------------------------------------------------------------

def stripe_sk(kind: str = "sk_live_") -> str:
    return kind + "51" + draw(22) + draw(75)


def stripe_sk_short(kind: str = "sk_live_") -> str:
    return kind + draw(24)


def whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + draw(43, URLSAFE)


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def paypal_client_id() -> str:
    return "A" + draw(79, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def klaviyo_key() -> str:
    return "pk_" + hexs(34)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def brevo_key(prefix: str = "xkeysib-") -> str:
    return prefix + hexs(64) + "-" + draw(16)


def onesignal_key() -> str:
    return "os_v2_app_" + draw(113, string.ascii_lowercase + "234567")


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def youtube_stream_key() -> str:
    return "-".join(draw(4, LOWER_ALNUM) for _ in range(5))


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + draw(10, up) + "/B" + draw(10, up) + "/" + draw(24)


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + draw(68, URLSAFE)


def mapbox_token(kind: str, user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": "cl" + draw(23, LOWER_ALNUM)}, separators=(",", ":")))
    return f"{kind}.{payload}.{draw(22, URLSAFE)}"


def jwt(payload: dict, header: Optional[dict] = None) -> str:
    head = header or {"alg": "HS256", "typ": "JWT"}
    return (b64url(json.dumps(head, separators=(",", ":"))) + "." + b64url(json.dumps(payload, separators=(",", ":")))
            + "." + draw(43, URLSAFE))


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, URLSAFE + ".~")


def pem_lines(body: str, width: int = 64) -> List[str]:
    return [body[i:i + width] for i in range(0, len(body), width)]


def p8_key() -> str:
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + draw(136, B64)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(pem_lines(body)) + "\n-----END PRIVATE KEY-----"


def rsa_key(lines: int = 25, pkcs8: bool = False) -> str:
    if pkcs8:
        body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + draw(64 * lines - 50, B64)
        label = "PRIVATE KEY"
    else:
        body = "MIIEowIBAAKCAQEA" + draw(64 * lines - 16, B64)
        label = "RSA PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(pem_lines(body)) + f"\n-----END {label}-----"


def openssh_key() -> str:
    body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
            "QyNTUxOQAAACA" + draw(57 + 70 * 3, B64) + draw(18, B64) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(pem_lines(body, 70)) + "\n-----END OPENSSH PRIVATE KEY-----"


CASES: List[LabelledCase] = []
_MARK = re.compile(r"@[A-Z][A-Z0-9_]*@")


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    for key, value in values.items():
        text = text.replace("@" + key + "@", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    CASES.append(LabelledCase("blind-fr/" + category, file_name, text, secret, source))


# =================================================================================================
# Secrets: class booking platforms
# =================================================================================================

k = hexs(32)
add("env/mindbody-api-key", "booking-sync/.env", """\
# Lotus Loft booking sync -- pulls classes + visits from Mindbody every 15 min
NODE_ENV=production
LOG_LEVEL=info

MINDBODY_BASE_URL=https://api.mindbodyonline.com/public/v6
MINDBODY_SITE_ID=512874
MINDBODY_API_KEY=@K@
MINDBODY_SOURCE_NAME=LotusLoftSync

# staff user for /usertoken/issue lives in 1Password, injected at deploy
MINDBODY_STAFF_USERNAME=
MINDBODY_STAFF_PASSWORD=

DATABASE_URL=${DATABASE_URL}
SYNC_WINDOW_DAYS=14
""", k, "https://developers.mindbodyonline.com/PublicDocumentation/V6#authentication", K=k)

pw = words_pw()
add("python/mindbody-staff-password", "scripts/mindbody_token.py", """\
\"\"\"Issue a Mindbody staff user token for the front-desk kiosk.

Run once a day from cron; the token is cached in redis for 7 days.
\"\"\"
import os

import requests

BASE = "https://api.mindbodyonline.com/public/v6"
HEADERS = {
    "Api-Key": os.environ["MINDBODY_API_KEY"],
    "SiteId": "731045",
    "Content-Type": "application/json",
}


def issue_token() -> str:
    body = {
        "Username": "frontdesk@stillwateryoga.com",
        "Password": "@PW@",
    }
    resp = requests.post(f"{BASE}/usertoken/issue", json=body, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["AccessToken"]


if __name__ == "__main__":
    print(issue_token()[:8] + "...")
""", pw, "https://developers.mindbodyonline.com/PublicDocumentation/V6#issue-user-token", PW=pw)

k = hexs(32)
add("google-apps-script/mindbody-api-key", "apps-script/ClassAttendance.gs", """\
// Bound to the "Attendance 2024" sheet. Pulls yesterday's class visits from Mindbody.
const MB_API_KEY = '@K@';
const MB_SITE_ID = '482211';

function pullYesterday() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Visits');
  const y = new Date(Date.now() - 86400000);
  const day = Utilities.formatDate(y, 'America/Denver', 'yyyy-MM-dd');
  const url = 'https://api.mindbodyonline.com/public/v6/class/classes?StartDateTime=' + day + '&EndDateTime=' + day;
  const res = UrlFetchApp.fetch(url, {
    headers: { 'Api-Key': MB_API_KEY, 'SiteId': MB_SITE_ID },
    muteHttpExceptions: true,
  });
  const data = JSON.parse(res.getContentText());
  (data.Classes || []).forEach(function (c) {
    sheet.appendRow([day, c.ClassDescription.Name, c.Staff.DisplayName, c.TotalBooked, c.MaxCapacity]);
  });
}
""", k, "https://developers.mindbodyonline.com/PublicDocumentation/V6#get-classes", K=k)

k = draw(48, URLSAFE)
add("typescript/momence-token", "src/integrations/momence.ts", """\
import axios from "axios";

// Momence host API -- Reformer House (host id 18244)
const momence = axios.create({
  baseURL: "https://api.momence.com/api/v2",
  headers: {
    Authorization: "Bearer @K@",
    Accept: "application/json",
  },
  timeout: 15_000,
});

export interface MomenceSession {
  id: number;
  name: string;
  startsAt: string;
  capacity: number;
  ticketsSold: number;
}

export async function upcomingSessions(hostId = 18244): Promise<MomenceSession[]> {
  const { data } = await momence.get(`/hosts/${hostId}/sessions`, { params: { pageSize: 100 } });
  return data.payload;
}
""", k, "https://api.docs.momence.com/", K=k)

k = draw(40, LOWER_ALNUM)
add("dockerfile/glofox-api-token", "glofox-bridge/Dockerfile", """\
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bridge/ ./bridge/

ENV GLOFOX_BRANCH_ID=5f3a9c1e7d2b4a0012cd8e41 \\
    GLOFOX_NAMESPACE=coreflowpilates \\
    GLOFOX_API_KEY=@K@ \\
    TZ=Europe/London

USER nobody
CMD ["python", "-m", "bridge.sync", "--every", "600"]
""", k, "https://apidocs.glofox.com/", K=k)

k = draw(30)
add("nginx/marianatek-bearer", "deploy/nginx/marianatek-proxy.conf", """\
# Proxy for the website widget: adds the Mariana Tek API token so the browser never sees it.
upstream marianatek {
    server sunsalute.marianatek.com:443;
    keepalive 8;
}

server {
    listen 8443 ssl http2;
    server_name schedule.sunsalutestudios.com;

    ssl_certificate     /etc/letsencrypt/live/schedule.sunsalutestudios.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/schedule.sunsalutestudios.com/privkey.pem;

    location /api/ {
        proxy_pass https://marianatek/api/;
        proxy_set_header Host sunsalute.marianatek.com;
        proxy_set_header Authorization "Bearer @K@";
        proxy_ssl_server_name on;
        proxy_hide_header Set-Cookie;
    }
}
""", k, "https://docs.marianatek.com/", K=k)

k = draw(40)
add("go/pike13-access-token", "internal/pike13/client.go", """\
package pike13

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	subdomain   = "bendandbreathe"
	accessToken = "@K@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) EventOccurrences(from, to string) (map[string]any, error) {
	url := fmt.Sprintf("https://%s.pike13.com/api/v2/desk/event_occurrences.json?from=%s&to=%s&access_token=%s",
		subdomain, from, to, accessToken)
	resp, err := c.http.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", k, "https://developer.pike13.com/docs/api/v2", K=k)

pw = person_pw()
add("crontab/wellnessliving-password", "ops/crontab.studio-reports", """\
# m h dom mon dow  command
MAILTO=owner@willowpilates.co
PATH=/usr/local/bin:/usr/bin:/bin

# nightly export of visits + memberships from WellnessLiving
15 2 * * * /opt/reports/wl_export.sh --business 33871 --login reports@willowpilates.co --password '@PW@' --out /srv/reports/wl >> /var/log/wl_export.log 2>&1

# weekly instructor hours summary
0 6 * * 1 /opt/reports/instructor_hours.py --since last-monday >> /var/log/hours.log 2>&1
""", pw, "https://www.wellnessliving.com/api/", PW=pw)

k = hexs(32)
add("javascript/acuity-api-key", "ecosystem.config.js", """\
// pm2 process file for the private-session booking helpers
module.exports = {
  apps: [
    {
      name: "acuity-webhooks",
      script: "./dist/webhooks.js",
      instances: 1,
      env: {
        NODE_ENV: "production",
        PORT: 4100,
        ACUITY_USER_ID: "21448930",
        ACUITY_API_KEY: "@K@",
        CALENDAR_IDS: "5120443,5120451",
      },
    },
    {
      name: "reminder-worker",
      script: "./dist/reminders.js",
      cron_restart: "*/10 * * * *",
      autorestart: false,
    },
  ],
};
""", k, "https://developers.acuityscheduling.com/reference/quick-start", K=k)

k = jwt({"iss": "https://auth.calendly.com", "iat": 1711650000, "jti": uuid_s(), "user_uuid": uuid_s(),
         "scope": "default"}, {"kid": hexs(64), "typ": "PAT", "alg": "ES256"})
add("google-apps-script/calendly-pat", "apps-script/PrivateSessions.gs", """\
/**
 * Copies Calendly private-session bookings into the instructor payroll sheet.
 * Trigger: time-driven, hourly.
 */
var CALENDLY_TOKEN = "@K@";
var ORG = "https://api.calendly.com/organizations/8f1d4c2e-0b6a-4c3e-9a8d-2f7b5e1c9d40";

function syncPrivateSessions() {
  var since = new Date(Date.now() - 3600 * 1000).toISOString();
  var url = "https://api.calendly.com/scheduled_events?organization=" + encodeURIComponent(ORG) +
            "&min_start_time=" + since + "&status=active";
  var res = UrlFetchApp.fetch(url, { headers: { Authorization: "Bearer " + CALENDLY_TOKEN } });
  var events = JSON.parse(res.getContentText()).collection;
  var sheet = SpreadsheetApp.getActive().getSheetByName("Privates");
  events.forEach(function (e) {
    sheet.appendRow([e.start_time, e.name, e.event_memberships[0].user_email]);
  });
}
""", k, "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens", K=k)

k = draw(32)
add("csharp/vagaro-api-key", "src/Studio.Booking/VagaroClient.cs", """\
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Studio.Booking
{
    public sealed class VagaroClient
    {
        private const string BaseUrl = "https://api.vagaro.com/us02/api/v2/";
        private const string BusinessId = "ZrA4b9";
        private const string ApiKey = "@K@";

        private readonly HttpClient _http;

        public VagaroClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("x-api-key", ApiKey);
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<string> AppointmentsAsync(string date) =>
            _http.GetStringAsync($"businesses/{BusinessId}/appointments?date={date}");
    }
}
""", k, "https://docs.vagaro.com/", K=k)

user, pw = "api_sunsalute", words_pw()
basic = b64(f"{user}:{pw}")
add("http/zenplanner-basic-auth", "api-requests/zenplanner.http", """\
### Zen Planner partner API -- members who joined this week
@host = https://api.zenplanner.com/v2
@partition = 6f2a1d0c

GET {{host}}/partitions/{{partition}}/people?joinedAfter=2024-05-01
Accept: application/json
Authorization: Basic @B@

###

GET {{host}}/partitions/{{partition}}/attendance?date=2024-05-06
Accept: application/json
Authorization: Basic @B@
""", basic, "https://www.zenplanner.com/api-docs/ (HTTP Basic, RFC 7617)", B=basic)

k = draw(36, URLSAFE)
add("insomnia/momence-token", "tools/insomnia/momence-export.json", """\
{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "env_base",
      "_type": "environment",
      "name": "Base Environment",
      "data": {
        "base_url": "https://api.momence.com/api/v2",
        "host_id": "27713",
        "token": "@K@"
      }
    },
    {
      "_id": "req_sessions",
      "_type": "request",
      "name": "List sessions",
      "method": "GET",
      "url": "{{ _.base_url }}/hosts/{{ _.host_id }}/sessions",
      "headers": [{ "name": "Authorization", "value": "Bearer {{ _.token }}" }]
    }
  ]
}
""", k, "https://docs.insomnia.rest/insomnia/import-export-data", K=k)

# =================================================================================================
# Secrets: memberships and payments
# =================================================================================================

k = stripe_sk()
add("javascript/stripe-secret-key", "server/payments.js", """\
'use strict';

const express = require('express');
const stripe = require('stripe')('@K@');

const router = express.Router();

// 10-class pack and unlimited monthly membership
const PRICES = {
  pack10: 'price_1OqLmRDkT8sJx2aQ9bYv3nKp',
  unlimited: 'price_1OqLnfDkT8sJx2aQw0eR7tUc',
};

router.post('/checkout', async (req, res) => {
  const session = await stripe.checkout.sessions.create({
    mode: req.body.plan === 'unlimited' ? 'subscription' : 'payment',
    line_items: [{ price: PRICES[req.body.plan], quantity: 1 }],
    customer_email: req.body.email,
    success_url: 'https://lotusloft.yoga/welcome?session_id={CHECKOUT_SESSION_ID}',
    cancel_url: 'https://lotusloft.yoga/pricing',
  });
  res.json({ url: session.url });
});

module.exports = router;
""", k, "https://docs.stripe.com/keys", K=k)

k = whsec()
add("yaml/stripe-webhook-secret", "config/settings.production.yml", """\
app:
  name: coreflow-memberships
  base_url: https://members.coreflowpilates.com
  timezone: America/Chicago

stripe:
  publishable_key_env: STRIPE_PUBLISHABLE_KEY
  api_version: "2024-04-10"
  webhook:
    path: /hooks/stripe
    signing_secret: @K@
    tolerance_seconds: 300

memberships:
  freeze_max_days: 60
  cancel_notice_days: 30
  intro_offer_price_id: price_1Pb2QaHs9XwY3kLmNo4pQrSt
""", k, "https://docs.stripe.com/webhooks#verify-events", K=k)

k = stripe_sk("rk_live_")
add("typescript/stripe-restricted-key", "app/api/refunds/route.ts", """\
import Stripe from "stripe";
import { NextResponse } from "next/server";

// restricted key: refunds + charges read only (front desk refunds for late-cancel disputes)
const stripe = new Stripe(
  "@K@",
  { apiVersion: "2024-04-10" },
);

export async function POST(req: Request) {
  const { paymentIntent, amount, reason } = await req.json();
  const refund = await stripe.refunds.create({
    payment_intent: paymentIntent,
    amount,
    reason: reason ?? "requested_by_customer",
    metadata: { source: "front-desk" },
  });
  return NextResponse.json({ id: refund.id, status: refund.status });
}
""", k, "https://docs.stripe.com/keys#limit-access", K=k)

k = stripe_sk_short()
add("php/stripe-secret-key", "config/services.php", """\
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'stripe' => [
        'model' => App\\Models\\Member::class,
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET', '@K@'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => 300,
        ],
    ],

];
""", k, "https://laravel.com/docs/billing#configuration", K=k)

k = square_token()
add("postman/square-access-token", "postman/Square-Production.postman_environment.json", """\
{
  "id": "c2b5e0b4-6a1f-4d8e-9f3c-1e7a2b9d4c60",
  "name": "Square Production (Bend & Breathe)",
  "values": [
    { "key": "base_url", "value": "https://connect.squareup.com/v2", "type": "default", "enabled": true },
    { "key": "location_id", "value": "LQ8W2K7XJ4N3P", "type": "default", "enabled": true },
    { "key": "access_token", "value": "@K@", "type": "secret", "enabled": true },
    { "key": "square_version", "value": "2024-05-15", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-20T16:41:09.112Z",
  "_postman_exported_using": "Postman/10.26.5"
}
""", k, "https://developer.squareup.com/docs/build-basics/access-tokens", K=k)

k = square_secret()
add("ruby/square-oauth-secret", "config/initializers/square.rb", """\
# Square OAuth for the multi-location studio dashboard (Willow Pilates group)
Rails.application.config.x.square = ActiveSupport::OrderedOptions.new.tap do |sq|
  sq.environment    = Rails.env.production? ? "production" : "sandbox"
  sq.application_id = "sq0idp-7QmNn3xWcYp0Lr2Tb8Vd1A"
  sq.application_secret = "@K@"
  sq.redirect_uri   = "https://dashboard.willowpilates.co/square/callback"
  sq.scopes         = %w[PAYMENTS_READ ORDERS_READ CUSTOMERS_READ ITEMS_READ]
end

SQUARE_CLIENT = Square::Client.new(
  environment: Rails.application.config.x.square.environment,
  timeout: 30
)
""", k, "https://developer.squareup.com/docs/oauth-api/overview", K=k)

k = paypal_secret()
add("php/paypal-client-secret", "wp-content/plugins/lotus-donations/config.php", """\
<?php
/**
 * Lotus Loft community class donations (pay-what-you-can Sundays).
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'LOTUS_PAYPAL_MODE', 'live' );
define( 'LOTUS_PAYPAL_CLIENT_ID', 'AYx2Rk9QpFh3sLw0Vz8Ne5Tg1Jb7Uc4Xm6Ka2Oi9Py3Dr8Sv0Wl5Hq1Ef7Gt4Zn6Bm2Cj9Xk3Lp8Rd0Vs5Qw7Ta1' );
define( 'LOTUS_PAYPAL_SECRET', '@K@' );
define( 'LOTUS_PAYPAL_WEBHOOK_ID', '4JH86294D6297924G' );

function lotus_paypal_base() {
	return LOTUS_PAYPAL_MODE === 'live'
		? 'https://api-m.paypal.com'
		: 'https://api-m.sandbox.paypal.com';
}
""", k, "https://developer.paypal.com/api/rest/authentication/", K=k)

k = hexs(32)
add("properties/braintree-private-key", "src/main/resources/payments.properties", """\
# Braintree gateway -- StillWater Yoga Collective memberships
braintree.environment=PRODUCTION
braintree.merchantId=@M@
braintree.publicKey=@P@
braintree.privateKey=@K@
braintree.merchantAccount.usd=stillwateryogacollective_usd

membership.trial.days=14
membership.retry.schedule=1,3,7
membership.currency=USD
""", k, "https://developer.paypal.com/braintree/docs/start/hello-server", K=k, M=draw(16, LOWER_ALNUM), P=draw(16, LOWER_ALNUM))

k = "live_" + draw(40, URLSAFE)
add("go/gocardless-access-token", "cmd/directdebit/main.go", """\
// Command directdebit collects monthly membership fees by Direct Debit (UK studios).
package main

import (
	"context"
	"log"

	gocardless "github.com/gocardless/gocardless-pro-go/v3"
)

const gcAccessToken = "@K@"

func main() {
	cfg, err := gocardless.NewConfig(gcAccessToken, gocardless.WithEndpoint(gocardless.LiveEndpoint))
	if err != nil {
		log.Fatal(err)
	}
	client, err := gocardless.New(cfg)
	if err != nil {
		log.Fatal(err)
	}
	params := gocardless.SubscriptionListParams{Status: []string{"active"}}
	subs, err := client.Subscriptions.List(context.Background(), params)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("%d active memberships", len(subs.Subscriptions))
}
""", k, "https://developer.gocardless.com/getting-started/api/making-your-first-request", K=k)

k = stripe_sk()
add("k8s-secret/stripe-secret-key", "k8s/memberships/stripe-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: memberships-stripe
  namespace: studio-prod
  labels:
    app.kubernetes.io/name: memberships
type: Opaque
data:
  STRIPE_SECRET_KEY: @E@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", k, "https://kubernetes.io/docs/concepts/configuration/secret/", E=b64(k))

k = stripe_sk_short()
add("shell-history/stripe-secret-key", "docs/support/bash_history_frontdesk-mac.txt", """\
  501  cd ~/code/studio-site
  502  git pull
  503  npm run dev
  504  stripe login
  505  stripe listen --forward-to localhost:3000/api/webhooks/stripe
  506  stripe customers list --limit 3 --api-key @K@
  507  stripe subscriptions list --status past_due --api-key @K@ | jq '.data[].customer'
  508  history | grep stripe
  509  code .
""", k, "https://docs.stripe.com/cli/api_keys", K=k)

basic = b64("frontdesk@sunsalutestudios.com:" + uuid_s().upper())
add("python/clicksend-basic-auth", "sms/clicksend_waitlist.py", """\
\"\"\"Text the next person on a class waitlist when a spot opens (ClickSend).\"\"\"
import json
import urllib.request

CLICKSEND_URL = "https://rest.clicksend.com/v3/sms/send"
AUTH = "Basic @B@"


def notify(phone: str, class_name: str, starts: str) -> int:
    payload = {"messages": [{
        "source": "studio-waitlist",
        "from": "SunSalute",
        "to": phone,
        "body": f"A spot opened in {class_name} at {starts}. Reply YES within 15 min to claim it.",
    }]}
    req = urllib.request.Request(CLICKSEND_URL, data=json.dumps(payload).encode(), method="POST",
                                 headers={"Authorization": AUTH, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return resp.status
""", basic, "https://developers.clicksend.com/docs/rest/v3/#authentication", B=basic)

# =================================================================================================
# Secrets: streaming and on-demand classes
# =================================================================================================

k = draw(32)
add("yaml/zoom-s2s-secret", "livestream/config/zoom.yaml", """\
# Server-to-Server OAuth app "Studio Livestream Scheduler"
zoom:
  account_id: @A@
  client_id: @C@
  client_secret: @K@
  default_host: livestream@lotusloft.yoga
  meeting_defaults:
    type: 8            # recurring, fixed time
    waiting_room: false
    join_before_host: false
    auto_recording: cloud
    mute_upon_entry: true

schedule_source: mindbody
timetable_lookahead_days: 10
""", k, "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", K=k, A=draw(22, URLSAFE), C=draw(22, URLSAFE))

k = hexs(32)
add("python/vimeo-access-token", "ondemand/upload_replays.py", """\
#!/usr/bin/env python3
\"\"\"Upload yesterday's Zoom recordings to the Vimeo on-demand library (private, domain-locked).\"\"\"
from pathlib import Path

import vimeo

client = vimeo.VimeoClient(
    token="@K@",
    key="a9d37e52c1b04f68e3d1c7a2b5f09e6d4c8a1b37",
    secret=None,
)

FOLDER_URI = "/users/118442071/projects/20931544"

for mp4 in sorted(Path("/srv/recordings/ready").glob("*.mp4")):
    title = mp4.stem.replace("_", " ")
    uri = client.upload(str(mp4), data={
        "name": title,
        "privacy": {"view": "disable", "embed": "whitelist"},
        "embed_domains": ["members.lotusloft.yoga"],
    })
    client.put(f"{FOLDER_URI}/videos/{uri.split('/')[-1]}")
    mp4.rename(mp4.with_suffix(".uploaded"))
    print("uploaded", title, uri)
""", k, "https://developer.vimeo.com/api/authentication", K=k)

k = draw(75, B64)
add("env/mux-token-secret", "apps/ondemand/.env.production", """\
NEXT_PUBLIC_SITE_URL=https://watch.reformerhouse.com
NEXT_PUBLIC_MUX_ENV_KEY=
MUX_TOKEN_ID=@I@
MUX_TOKEN_SECRET=@K@
MUX_WEBHOOK_SECRET=${MUX_WEBHOOK_SECRET}
MUX_SIGNING_KEY_ID=
DATABASE_URL=${DATABASE_URL}
MEMBERS_ONLY=true
""", k, "https://docs.mux.com/core/make-api-requests", K=k, I=uuid_s())

k = hexs(64)
add("javascript/wistia-token", "scripts/wistia-backfill.mjs", """\
// one-off: tag every Wistia media in the "Prenatal" project for the new membership tier
import fetch from "node-fetch";

const WISTIA_TOKEN = "@K@";
const PROJECT = "q8r2tz4mbx";

const headers = { Authorization: `Bearer ${WISTIA_TOKEN}` };

const res = await fetch(`https://api.wistia.com/v1/medias.json?project_id=${PROJECT}&per_page=100`, { headers });
const medias = await res.json();

for (const m of medias) {
  const body = new URLSearchParams({ "tags": "prenatal,tier-plus" });
  await fetch(`https://api.wistia.com/v1/medias/${m.hashed_id}.json`, { method: "PUT", headers, body });
  console.log("tagged", m.name);
}
""", k, "https://wistia.com/support/developers/data-api#authentication", K=k)

k = youtube_stream_key()
add("json/youtube-stream-key", "studio-pc/obs/basic/profiles/Sunday_Flow/service.json", """\
{
    "settings": {
        "bwtest": false,
        "key": "@K@",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "stream_key_link": "https://www.youtube.com/live_dashboard"
    },
    "type": "rtmp_common"
}
""", k, "https://obsproject.com/kb/stream-settings (OBS profile service.json)", K=k)

k = f"FB-{digits(15)}-0-Ab{draw(26, URLSAFE)}"
add("shell/facebook-stream-key", "studio-pc/scripts/go-live-facebook.sh", """\
#!/usr/bin/env bash
# Push the studio camera (Blackmagic capture) to the Facebook page live for community class.
set -euo pipefail

DEVICE="${1:-/dev/video0}"
AUDIO="${2:-hw:1,0}"
FB_URL="rtmps://live-api-s.facebook.com:443/rtmp/"
FB_KEY="@K@"

ffmpeg -f v4l2 -framerate 30 -video_size 1920x1080 -i "$DEVICE" \\
       -f alsa -ac 2 -i "$AUDIO" \\
       -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \\
       -c:a aac -b:a 160k -ar 44100 \\
       -f flv "${FB_URL}${FB_KEY}"
""", k, "https://www.facebook.com/help/587160588142067 (Live Producer stream key)", K=k)

k = f"re_{digits(7)}_{hexs(20)}"
add("nginx/restream-stream-key", "streaming/nginx-rtmp.conf", """\
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application studio {
            live on;
            record off;
            allow publish 10.20.0.0/24;
            deny publish all;

            # fan out to Restream (YouTube, Instagram, Facebook)
            push rtmp://live.restream.io/live/@K@;

            # local HLS for the members page
            hls on;
            hls_path /var/www/hls;
            hls_fragment 4;
        }
    }
}
""", k, "https://github.com/arut/nginx-rtmp-module/wiki/Directives#push", K=k)

k = "K005" + draw(27, ALNUM + "/+")
add("rclone/b2-application-key", "backup/rclone.conf", """\
[b2-classes]
type = b2
account = 005@I@
key = @K@
hard_delete = false

[classes-crypt]
type = crypt
remote = b2-classes:stillwater-class-archive
filename_encryption = off
directory_name_encryption = false

[gdrive-marketing]
type = drive
scope = drive.readonly
root_folder_id = 1Zq8Vx3mNc7RtY2pLk5Hs9Bd0Fw4Ge6Ja
""", k, "https://rclone.org/b2/", K=k, I=hexs(22))

k = fakes.aws_secret_key(_seed())
add("aws-credentials/aws-secret-key", "ops/aws/credentials", """\
[default]
region = us-west-2

[class-video-uploader]
aws_access_key_id = @I@
aws_secret_access_key = @K@
region = us-west-2

[billing-readonly]
role_arn = arn:aws:iam::418273650912:role/BillingReadOnly
source_profile = class-video-uploader
""", k, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", K=k, I=fakes.aws_key_id(_seed()))

k = hexs(32)
add("plist/agora-app-certificate", "StudioApp/Resources/Streaming.plist", """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>AgoraAppID</key>
	<string>@A@</string>
	<key>AgoraAppCertificate</key>
	<string>@K@</string>
	<key>TokenExpirySeconds</key>
	<integer>3600</integer>
	<key>DefaultChannelPrefix</key>
	<string>coreflow-live-</string>
</dict>
</plist>
""", k, "https://docs.agora.io/en/video-calling/get-started/manage-agora-account#get-the-app-certificate", K=k, A=hexs(32))

k = "AIza" + draw(35, URLSAFE)
add("r/youtube-api-key", "analytics/youtube_views.R", """\
# Weekly views of the free YouTube classes, for the marketing meeting
library(httr)
library(jsonlite)
library(dplyr)

yt_key <- "@K@"
channel <- "UCz3Xq7Kp2Lm9Nv4Rb8Ts1Wd"

uploads <- GET("https://www.googleapis.com/youtube/v3/search",
               query = list(part = "id", channelId = channel, maxResults = 50,
                            order = "date", type = "video", key = yt_key))
ids <- fromJSON(content(uploads, "text"))$items$id$videoId

stats <- GET("https://www.googleapis.com/youtube/v3/videos",
             query = list(part = "snippet,statistics", id = paste(ids, collapse = ","), key = yt_key))
videos <- fromJSON(content(stats, "text"))$items

tibble(title = videos$snippet$title,
       views = as.integer(videos$statistics$viewCount)) %>%
  arrange(desc(views)) %>%
  print(n = 20)
""", k, "https://developers.google.com/youtube/v3/docs/videos/list", K=k)

k = draw(22, URLSAFE)
add("python/zoom-webhook-secret", "livestream/webhooks.py", """\
import hashlib
import hmac

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
ZOOM_WEBHOOK_SECRET_TOKEN = b"@K@"


@app.post("/zoom/events")
def zoom_events():
    event = request.get_json(force=True)
    if event.get("event") == "endpoint.url_validation":
        plain = event["payload"]["plainToken"]
        digest = hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN, plain.encode(), hashlib.sha256).hexdigest()
        return jsonify(plainToken=plain, encryptedToken=digest)
    message = f"v0:{request.headers['x-zm-request-timestamp']}:{request.get_data(as_text=True)}"
    expected = "v0=" + hmac.new(ZOOM_WEBHOOK_SECRET_TOKEN, message.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-zm-signature", "")):
        abort(401)
    if event["event"] == "recording.completed":
        queue_replay(event["payload"]["object"])
    return "", 204


def queue_replay(meeting: dict) -> None:
    print("replay ready:", meeting["topic"])
""", k, "https://developers.zoom.us/docs/api/webhooks/#validate-your-webhook-endpoint", K=k)

k = hexs(32)
add("python/spotify-client-secret", "playlists/sync_class_playlists.py", """\
\"\"\"Keep each class type's Spotify playlist in the studio account up to date.\"\"\"
import spotipy
from spotipy.oauth2 import SpotifyOAuth

auth = SpotifyOAuth(
    client_id="4f9a2c7e1b3d4e8f9a0b1c2d3e4f5a6b",
    client_secret="@K@",
    redirect_uri="http://127.0.0.1:8888/callback",
    scope="playlist-modify-private playlist-read-private",
    cache_path=".spotify-cache",
)
sp = spotipy.Spotify(auth_manager=auth)

PLAYLISTS = {
    "yin": "37i9dQZF1DX9uKNf5jGX6m",
    "power-flow": "5Rrf7mqN8uus2AaQQQNdc1",
    "reformer-sculpt": "1h0CEZCm6IbFTbxThn6Xcs",
}

for name, pid in PLAYLISTS.items():
    tracks = sp.playlist_items(pid, fields="items(track(name,duration_ms))")["items"]
    minutes = sum(t["track"]["duration_ms"] for t in tracks) / 60000
    print(f"{name:16} {len(tracks):3} tracks {minutes:5.1f} min")
""", k, "https://developer.spotify.com/documentation/web-api/concepts/apps", K=k)

# =================================================================================================
# Secrets: email and SMS marketing
# =================================================================================================

k = mailchimp_key()
add("toml/mailchimp-api-key", "newsletter/pyproject.toml", """\
[tool.poetry]
name = "studio-newsletter"
version = "0.4.2"
description = "Builds the Monday timetable email for Bend & Breathe"
authors = ["Priya <priya@bendandbreathe.studio>"]

[tool.poetry.dependencies]
python = "^3.11"
mailchimp-marketing = "^3.0.80"
jinja2 = "^3.1"

[tool.newsletter]
audience_id = "b7e24c19f0"
template_id = 10482
from_name = "Bend & Breathe"
reply_to = "hello@bendandbreathe.studio"
mailchimp_api_key = "@K@"
send_hour_local = 7
""", k, "https://mailchimp.com/developer/marketing/guides/quick-start/", K=k)

k = klaviyo_key()
add("python/klaviyo-private-key", "marketing/klaviyo_sync.py", """\
\"\"\"Push new intro-offer buyers to the Klaviyo 'Intro Week' list.\"\"\"
import requests

KLAVIYO_PRIVATE_KEY = "@K@"
INTRO_LIST_ID = "XyZ9aB"
HEADERS = {
    "Authorization": f"Klaviyo-API-Key {KLAVIYO_PRIVATE_KEY}",
    "revision": "2024-05-15",
    "accept": "application/json",
    "content-type": "application/json",
}


def subscribe(email: str, first_name: str, studio: str) -> None:
    profile = {"data": {"type": "profile", "attributes": {
        "email": email, "first_name": first_name, "properties": {"home_studio": studio}}}}
    r = requests.post("https://a.klaviyo.com/api/profiles/", json=profile, headers=HEADERS, timeout=15)
    pid = r.json()["data"]["id"] if r.status_code == 201 else r.json()["errors"][0]["meta"]["duplicate_profile_id"]
    rel = {"data": [{"type": "profile", "id": pid}]}
    requests.post(f"https://a.klaviyo.com/api/lists/{INTRO_LIST_ID}/relationships/profiles/",
                  json=rel, headers=HEADERS, timeout=15).raise_for_status()
""", k, "https://developers.klaviyo.com/en/docs/authenticate_", K=k)

k = hexs(32)
add("csharp/twilio-auth-token", "src/Studio.Reminders/SmsReminderService.cs", """\
using System;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Studio.Reminders
{
    public class SmsReminderService
    {
        private const string AccountSid = "@S@";
        private const string AuthToken = "@K@";
        private static readonly PhoneNumber From = new PhoneNumber("+15125550148");

        public SmsReminderService()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public string RemindClass(string to, string className, DateTime startsAt)
        {
            var msg = MessageResource.Create(
                to: new PhoneNumber(to),
                from: From,
                body: $"See you at {className} {startsAt:ddd h:mm tt}! Late-cancel window closes 12h before class.");
            return msg.Sid;
        }
    }
}
""", k, "https://www.twilio.com/docs/iam/credentials/api", K=k, S=twilio_sid())

k = sendgrid_key()
add("compose/sendgrid-key", "docker-compose.prod.yml", """\
services:
  web:
    image: ghcr.io/sunsalute/studio-web:2024.05.3
    restart: unless-stopped
    ports:
      - "127.0.0.1:8000:8000"
    environment:
      DJANGO_SETTINGS_MODULE: studio.settings.prod
      DATABASE_URL: ${DATABASE_URL}
      EMAIL_BACKEND: anymail.backends.sendgrid.EmailBackend
      SENDGRID_API_KEY: @K@
      DEFAULT_FROM_EMAIL: "Sun Salute Studios <hello@sunsalutestudios.com>"
    depends_on:
      - redis

  worker:
    image: ghcr.io/sunsalute/studio-web:2024.05.3
    command: celery -A studio worker -l info
    env_file: .env.prod

  redis:
    image: redis:7-alpine
""", k, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", K=k)

k = uuid_s()
add("ruby/postmark-server-token", "config/environments/production.rb", """\
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :postmark
  config.action_mailer.postmark_settings = { api_token: "@K@" }
  config.action_mailer.default_url_options = { host: "book.willowpilates.co", protocol: "https" }
  config.action_mailer.perform_caching = false

  config.active_job.queue_adapter = :sidekiq
  config.i18n.fallbacks = true
  config.active_support.report_deprecations = false
end
""", k, "https://postmarkapp.com/developer/api/overview#authentication", K=k)

k = mailgun_key()
add("shell/mailgun-api-key", "scripts/send-schedule-change.sh", """\
#!/bin/sh
# Usage: send-schedule-change.sh "Sat 9am Vinyasa moved to Studio B" list-name
set -e
SUBJECT="Schedule change: $1"
LIST="${2:-members}@mg.lotusloft.yoga"

curl -s --user 'api:@K@' \\
    https://api.mailgun.net/v3/mg.lotusloft.yoga/messages \\
    -F from='Lotus Loft <studio@mg.lotusloft.yoga>' \\
    -F to="$LIST" \\
    -F subject="$SUBJECT" \\
    -F template='schedule-change' \\
    -F h:X-Mailgun-Variables="{\\"change\\": \\"$1\\"}"
echo "sent to $LIST"
""", k, "https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Messages/", K=k)

k = brevo_key()
add("env/brevo-api-key", "marketing-automation/.env", """\
# Brevo (ex-Sendinblue) -- newsletters + SMS for the Lyon and Annecy studios
BREVO_API_KEY=@K@
BREVO_SENDER_EMAIL=bonjour@studio-souffle.fr
BREVO_SENDER_NAME="Studio Souffle"
BREVO_LIST_MEMBRES=12
BREVO_LIST_PROSPECTS=17
SMS_SENDER=SOUFFLE
TZ=Europe/Paris
""", k, "https://developers.brevo.com/docs/getting-started", K=k)

k = "pat-na1-" + uuid_s()
add("kotlin/hubspot-token", "crm-sync/src/main/kotlin/studio/crm/HubSpotClient.kt", """\
package studio.crm

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

object HubSpotClient {
    private const val TOKEN = "@K@"
    private val http: HttpClient = HttpClient.newHttpClient()

    fun upsertMember(email: String, membership: String): Int {
        val body = \"\"\"{"properties":{"email":"$email","membership_tier":"$membership"}}\"\"\"
        val request = HttpRequest.newBuilder(URI.create("https://api.hubapi.com/crm/v3/objects/contacts"))
            .header("Authorization", "Bearer $TOKEN")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build()
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()
    }
}
""", k, "https://developers.hubspot.com/docs/api/private-apps", K=k)

k = hexs(72)
add("n8n/activecampaign-api-key", "automations/n8n/intro-offer-followup.json", """\
{
  "name": "Intro offer follow-up",
  "nodes": [
    {
      "parameters": { "path": "intro-offer", "httpMethod": "POST" },
      "name": "Webhook",
      "type": "n8n-nodes-base.webhook",
      "typeVersion": 1,
      "position": [240, 300]
    },
    {
      "parameters": {
        "url": "https://coreflowpilates.api-us1.com/api/3/contactAutomations",
        "method": "POST",
        "headerParametersJson": "{\\"Api-Token\\": \\"@K@\\"}",
        "jsonParameters": true,
        "bodyParametersJson": "={\\"contactAutomation\\": {\\"contact\\": {{$json.contactId}}, \\"automation\\": 42}}"
      },
      "name": "ActiveCampaign",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 1,
      "position": [480, 300]
    }
  ],
  "connections": { "Webhook": { "main": [[{ "node": "ActiveCampaign", "type": "main", "index": 0 }]] } }
}
""", k, "https://developers.activecampaign.com/reference/authentication", K=k)

k = draw(16)
add("python/vonage-api-secret", "sms/vonage_birthday.py", """\
import vonage

client = vonage.Client(key="@A@", secret="@K@")
sms = vonage.Sms(client)


def birthday_offer(phone: str, first_name: str) -> bool:
    text = (f"Happy birthday {first_name}! Your next class at Stillwater is on us -- "
            "use code BDAY at checkout this week.")
    resp = sms.send_message({"from": "Stillwater", "to": phone, "text": text})
    return resp["messages"][0]["status"] == "0"
""", k, "https://developer.vonage.com/en/messaging/sms/code-snippets/send-an-sms", K=k, A=hexs(8))

k = draw(40)
add("php/plivo-auth-token", "includes/sms-gateway.php", """\
<?php
require_once __DIR__ . '/../vendor/autoload.php';

use Plivo\\RestClient;

final class StudioSms
{
    private const AUTH_ID = 'MA@I@';
    private const AUTH_TOKEN = '@K@';
    private const SENDER = '+442071838750';

    public static function send(string $to, string $text): string
    {
        $client = new RestClient(self::AUTH_ID, self::AUTH_TOKEN);
        $resp = $client->messages->create(['src' => self::SENDER, 'dst' => $to, 'text' => $text]);
        return $resp->messageUuid[0];
    }
}
""", k, "https://www.plivo.com/docs/sms/api/message#send-a-message", K=k, I=draw(18, string.ascii_uppercase + string.digits))

k = "md-" + draw(22, URLSAFE)
add("javascript/mandrill-key", "functions/sendReceipt.js", """\
const mailchimpTx = require("@mailchimp/mailchimp_transactional")("@K@");

exports.handler = async (event) => {
  const order = JSON.parse(event.body);
  const result = await mailchimpTx.messages.sendTemplate({
    template_name: "class-pack-receipt",
    template_content: [],
    message: {
      to: [{ email: order.email, type: "to" }],
      global_merge_vars: [
        { name: "PACK", content: order.packName },
        { name: "CREDITS", content: String(order.credits) },
        { name: "EXPIRES", content: order.expiresOn },
      ],
    },
  });
  return { statusCode: 200, body: JSON.stringify(result) };
};
""", k, "https://mailchimp.com/developer/transactional/guides/quick-start/", K=k)

k = draw(30)
add("java/textmagic-key", "src/main/java/studio/notify/TextMagicSender.java", """\
package studio.notify;

import com.textmagic.sdk.ApiClient;
import com.textmagic.sdk.api.TextMagicApi;
import com.textmagic.sdk.model.SendMessageInputObject;

public final class TextMagicSender {

    private static final String USERNAME = "reformerhouse";
    private static final String API_KEY = "@K@";

    private final TextMagicApi api;

    public TextMagicSender() {
        ApiClient client = new ApiClient();
        client.setUsername(USERNAME);
        client.setPassword(API_KEY);
        this.api = new TextMagicApi(client);
    }

    public void send(String phone, String text) throws Exception {
        SendMessageInputObject input = new SendMessageInputObject();
        input.setText(text);
        input.setPhones(phone);
        api.sendMessage(input, false);
    }
}
""", k, "https://docs.textmagic.com/#section/Authentication", K=k)

k = draw(25)
add("csharp/messagebird-key", "Notifications/appsettings.Production.json", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "MessageBird": {
    "AccessKey": "@K@",
    "Originator": "YogaHuis",
    "DefaultCountry": "NL"
  },
  "Studio": {
    "Name": "YogaHuis Utrecht",
    "LateCancelHours": 12,
    "WaitlistOfferMinutes": 20
  }
}
""", k, "https://developers.messagebird.com/api/#authentication", K=k)

k = slack_webhook()
add("python/slack-webhook", "ops/low_attendance_alert.py", """\
\"\"\"Post to #studio-managers when tomorrow's classes are under 30% booked.\"\"\"
import datetime as dt

import requests

from studio.db import classes_on

SLACK_WEBHOOK = "@K@"

tomorrow = dt.date.today() + dt.timedelta(days=1)
low = [c for c in classes_on(tomorrow) if c.booked / c.capacity < 0.3]
if low:
    lines = [f"*{c.start:%H:%M}* {c.name} with {c.instructor}: {c.booked}/{c.capacity}" for c in low]
    requests.post(SLACK_WEBHOOK, json={"text": "Low bookings tomorrow:\\n" + "\\n".join(lines)}, timeout=10)
""", k, "https://api.slack.com/messaging/webhooks", K=k)

k = discord_webhook()
add("json/discord-webhook", "community-bot/config.json", """\
{
  "guildName": "Lotus Loft Community",
  "announceChannel": "class-updates",
  "timezone": "America/Denver",
  "webhooks": {
    "classUpdates": "@K@"
  },
  "roles": {
    "members": "1187723940115374080",
    "teachers": "1187724071241891902"
  },
  "postDailyScheduleAt": "06:30"
}
""", k, "https://discord.com/developers/docs/resources/webhook#execute-webhook", K=k)

k = fakes.telegram_token(_seed())
add("shell/telegram-bot-token", "ops/sub-request.sh", """\
#!/usr/bin/env bash
# Ask the teachers' Telegram group for a sub: sub-request.sh "Tue 18:00 Yin" "Maya"
set -euo pipefail
CLASS="$1"
TEACHER="$2"
BOT_TOKEN="@K@"
CHAT_ID="-1002045518833"

curl -sS "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \\
  --data-urlencode "chat_id=${CHAT_ID}" \\
  --data-urlencode "text=Sub needed: ${CLASS} (${TEACHER} is out). Reply here to claim it." \\
  -o /dev/null
""", k, "https://core.telegram.org/bots/api#authorizing-your-bot", K=k)

k = draw(32)
add("k8s/twilio-api-secret", "k8s/notifications/configmap.yaml", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: notifications-config
  namespace: studio
data:
  TWILIO_ACCOUNT_SID: "@S@"
  TWILIO_API_KEY: "@A@"
  TWILIO_API_SECRET: "@K@"
  TWILIO_MESSAGING_SERVICE_SID: "@M@"
  REMINDER_HOURS_BEFORE: "3"
  QUIET_HOURS: "21:00-08:00"
""", k, "https://www.twilio.com/docs/iam/api-keys", K=k, S=twilio_sid(), A=twilio_sid("SK"), M=twilio_sid("MG"))

# =================================================================================================
# Secrets: studio apps
# =================================================================================================

k = onesignal_key()
add("swift/onesignal-rest-key", "StudioApp/Services/PushService.swift", """\
import Foundation

/// Sends "class starting in 30 minutes" pushes from the instructor app.
struct PushService {
    static let appId = "c4b9e2d7-81f3-4a6e-9d20-5e7f1a3b8c64"
    private static let restApiKey = "@K@"

    static func notifyRoster(classId: String, title: String) async throws {
        var request = URLRequest(url: URL(string: "https://api.onesignal.com/notifications?c=push")!)
        request.httpMethod = "POST"
        request.setValue("Key \\(restApiKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "app_id": appId,
            "filters": [["field": "tag", "key": "class_\\(classId)", "relation": "exists"]],
            "headings": ["en": title],
            "contents": ["en": "Starts in 30 minutes. Grab your mat!"],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        _ = try await URLSession.shared.data(for: request)
    }
}
""", k, "https://documentation.onesignal.com/reference/create-notification", K=k)

k = fcm_server_key()
add("javascript/fcm-server-key", "functions/legacyPush.js", """\
// TODO: migrate to HTTP v1 before the legacy API shuts down
const axios = require("axios");

const FCM_SERVER_KEY = "@K@";

async function pushWaitlistPromotion(deviceToken, className) {
  return axios.post(
    "https://fcm.googleapis.com/fcm/send",
    {
      to: deviceToken,
      notification: { title: "You're in!", body: `A spot opened in ${className}.` },
      data: { type: "waitlist_promoted" },
    },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}`, "Content-Type": "application/json" } },
  );
}

module.exports = { pushWaitlistPromotion };
""", k, "https://firebase.google.com/docs/cloud-messaging/http-server-ref", K=k)

k = p8_key()
add("p8/app-store-connect-key", "fastlane/keys/AuthKey_7QK2M9XH4D.p8", k + "\n", k,
    "https://developer.apple.com/documentation/appstoreconnectapi/creating_api_keys_for_app_store_connect_api")

key = p8_key()
k = key.replace("\n", "\\n")
add("json/app-store-connect-key", "fastlane/api_key.json", """\
{
  "key_id": "4XR8ND2KQ7",
  "issuer_id": "69a6de7e-0b1f-47e3-e053-5b8c7c11a4d1",
  "key": "@K@",
  "duration": 1200,
  "in_house": false
}
""", k, "https://docs.fastlane.tools/app-store-connect-api/#using-fastlane-api-key-json-file", K=k)

key = rsa_key(24, pkcs8=True)
k = key.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "functions/serviceAccount.json", """\
{
  "type": "service_account",
  "project_id": "coreflow-studio-app",
  "private_key_id": "@I@",
  "private_key": "@K@",
  "client_email": "firebase-adminsdk-x7k2p@coreflow-studio-app.iam.gserviceaccount.com",
  "client_id": "108442917305518826411",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x7k2p%40coreflow-studio-app.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", k, "https://cloud.google.com/iam/docs/keys-create-delete#creating", K=k, I=hexs(40))

k = "sk_" + draw(28)
add("dart/revenuecat-secret", "lib/config/purchases_config.dart", """\
/// RevenueCat configuration for the Sun Salute app (memberships as subscriptions).
class PurchasesConfig {
  static const appleApiKey = 'appl_Xk3Lm9QpRt2VwZ8aBc4DeF7gHi';
  static const googleApiKey = 'goog_Nc7Vx2Lp9QrT4sWz8yBa3DeF5g';

  /// Used by the admin screen to grant promotional entitlements to teachers.
  static const secretApiKey = '@K@';

  static const entitlementUnlimited = 'unlimited';
  static const offeringDefault = 'default';
}
""", k, "https://www.revenuecat.com/docs/welcome/authentication", K=k)

pw = words_pw()
add("properties/android-keystore", "android/gradle.properties", """\
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=false
kotlin.code.style=official

# release signing (Willow Pilates app)
WILLOW_UPLOAD_STORE_FILE=../keystores/willow-upload.jks
WILLOW_UPLOAD_KEY_ALIAS=upload
WILLOW_UPLOAD_STORE_PASSWORD=@PW@
WILLOW_UPLOAD_KEY_PASSWORD=@PW@
""", pw, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", PW=pw)

pw = passphrase()
add("env/fastlane-match-password", "fastlane/.env.default", """\
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
MATCH_GIT_URL=git@github.com:lotusloft/ios-certificates.git
MATCH_GIT_BRANCH=main
MATCH_TYPE=appstore
MATCH_PASSWORD=@PW@
APP_IDENTIFIER=yoga.lotusloft.app
TEAM_ID=8K3QZ7LM2P
""", pw, "https://docs.fastlane.tools/actions/match/#encryption-password", PW=pw)

k = draw(40, URLSAFE)
add("bitbucket-pipelines/expo-token", "bitbucket-pipelines.yml", """\
image: node:20

definitions:
  caches:
    npm: ~/.npm

pipelines:
  branches:
    main:
      - step:
          name: EAS build + submit
          caches: [npm]
          script:
            - npm ci
            - export EXPO_TOKEN=@K@
            - npx eas-cli build --platform all --profile production --non-interactive --no-wait
            - npx eas-cli submit --platform ios --latest --non-interactive
""", k, "https://docs.expo.dev/accounts/programmatic-access/", K=k)

k = "sntryu_" + hexs(64)
add("json/sentry-auth-token", "app.json", """\
{
  "expo": {
    "name": "Reformer House",
    "slug": "reformer-house",
    "version": "3.2.0",
    "orientation": "portrait",
    "ios": { "bundleIdentifier": "com.reformerhouse.app", "buildNumber": "58" },
    "android": { "package": "com.reformerhouse.app", "versionCode": 58 },
    "plugins": [
      [
        "@sentry/react-native/expo",
        {
          "organization": "reformer-house",
          "project": "member-app",
          "authToken": "@K@"
        }
      ]
    ],
    "extra": { "eas": { "projectId": "0c9f3d1a-77b2-4e8d-a6c4-2b8e9f1d3a57" } }
  }
}
""", k, "https://docs.sentry.io/platforms/react-native/manual-setup/expo/", K=k)

k = draw(32)
add("gradle-kts/zoom-sdk-secret", "android/app/build.gradle.kts", """\
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "studio.stillwater.app"
    compileSdk = 34

    defaultConfig {
        applicationId = "studio.stillwater.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 41
        versionName = "2.9.1"
        buildConfigField("String", "ZOOM_SDK_KEY", "\\"@A@\\"")
        buildConfigField("String", "ZOOM_SDK_SECRET", "\\"@K@\\"")
    }

    buildFeatures { buildConfig = true }
}

dependencies {
    implementation("us.zoom.videosdk:zoomvideosdk-core:1.11.0")
    implementation("androidx.core:core-ktx:1.13.1")
}
""", k, "https://developers.zoom.us/docs/video-sdk/auth/", K=k, A=draw(22, URLSAFE))

k = stripe_sk()
add("dart/stripe-secret-key", "lib/services/payments.dart", """\
import 'dart:convert';

import 'package:http/http.dart' as http;

// FIXME: move PaymentIntent creation to the backend before release
const _stripeSecret = '@K@';

Future<String> createPaymentIntent(int amountCents, String currency) async {
  final res = await http.post(
    Uri.parse('https://api.stripe.com/v1/payment_intents'),
    headers: {
      'Authorization': 'Bearer $_stripeSecret',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: {'amount': '$amountCents', 'currency': currency, 'automatic_payment_methods[enabled]': 'true'},
  );
  return jsonDecode(res.body)['client_secret'] as String;
}
""", k, "https://docs.stripe.com/api/payment_intents/create", K=k)

k = mapbox_token("sk", "lotusloft")
add("properties/mapbox-secret-token", "android/local.properties", """\
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/dana/Library/Android/sdk
MAPBOX_DOWNLOADS_TOKEN=@K@
flutter.sdk=/Users/dana/dev/flutter
flutter.buildMode=release
""", k, "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", K=k)

k = hexs(32)
add("xcconfig/apple-shared-secret", "StudioApp/Config/Release.xcconfig", """\
// Release.xcconfig -- Bend & Breathe iOS
PRODUCT_BUNDLE_IDENTIFIER = studio.bendandbreathe.app
MARKETING_VERSION = 4.1.0
API_BASE_URL = https:/$()/api.bendandbreathe.studio/v2

// App Store in-app purchase receipt validation (server also has it)
IAP_SHARED_SECRET = @K@

SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", k, "https://developer.apple.com/help/app-store-connect/configure-in-app-purchase-settings/generate-a-shared-secret-to-verify-receipts", K=k)

# =================================================================================================
# Secrets: instructor payroll and bookkeeping
# =================================================================================================

k = draw(43, URLSAFE)
add("python/gusto-client-secret", "payroll/gusto_sync.py", """\
\"\"\"Push approved instructor class counts to Gusto as per-class earnings.\"\"\"
from dataclasses import dataclass

import requests

GUSTO_API = "https://api.gusto.com"
CLIENT_ID = "k4Wq7Vn2Xp9Lr3Ts8Yb1Hc6Jd0Fg5Mz"
CLIENT_SECRET = "@K@"
COMPANY_UUID = "c7f1a2e4-5b6d-4e8f-9a0b-1c2d3e4f5a6b"


@dataclass
class Earning:
    employee_uuid: str
    classes: int
    rate_cents: int


def refresh(refresh_token: str) -> str:
    r = requests.post(f"{GUSTO_API}/oauth/token", data={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": refresh_token,
        "grant_type": "refresh_token",
        "redirect_uri": "https://ops.lotusloft.yoga/gusto/callback",
    }, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
""", k, "https://docs.gusto.com/app-integrations/docs/authentication", K=k)

k = draw(48, URLSAFE)
add("yaml/xero-client-secret", "bookkeeping/xero.yaml", """\
# Xero custom connection -- posts the monthly instructor payroll journal
xero:
  tenant_name: "Reformer House Ltd"
  client_id: @C@
  client_secret: @K@
  scopes:
    - accounting.transactions
    - accounting.settings.read
    - payroll.employees.read
  accounts:
    instructor_wages: "477"
    studio_rent: "469"
    class_pack_income: "200"
  tracking_category: Studio
""", k, "https://developer.xero.com/documentation/guides/oauth2/custom-connections", K=k, C=hexs(32).upper())

k = draw(40)
add("javascript/quickbooks-client-secret", "bookkeeping/qbo.js", """\
const OAuthClient = require("intuit-oauth");

const oauthClient = new OAuthClient({
  clientId: "ABm7Xq2Lp9Vr4Tn8Zs1Wd3Hc6Jf0Kg5Yb2Nd7Qe9Rx4Ts",
  clientSecret: "@K@",
  environment: "production",
  redirectUri: "https://ops.sunsalutestudios.com/qbo/callback",
});

async function postPayrollJournal(token, lines) {
  oauthClient.setToken(token);
  const realm = token.realmId;
  return oauthClient.makeApiCall({
    url: `https://quickbooks.api.intuit.com/v3/company/${realm}/journalentry?minorversion=70`,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ Line: lines, PrivateNote: "Instructor per-class pay" }),
  });
}

module.exports = { oauthClient, postPayrollJournal };
""", k, "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", K=k)

k = draw(64, URLSAFE)
add("json/deel-api-token", "payroll/deel/config.json", """\
{
  "deel": {
    "base_url": "https://api.letsdeel.com/rest/v2",
    "api_token": "@K@",
    "organization": "Studio Souffle SAS"
  },
  "contractors": {
    "rate_type": "per_class",
    "currency": "EUR",
    "approval_email": "compta@studio-souffle.fr"
  },
  "export": { "month_close_day": 28 }
}
""", k, "https://developer.deel.com/docs/api-tokens-1", K=k)

k = hexs(40)
add("shell/bamboohr-api-key", "payroll/scripts/new_instructors.sh", """\
#!/usr/bin/env bash
# List instructors hired in the last 30 days from BambooHR (for Gusto onboarding)
set -euo pipefail
SUB=stillwateryoga
SINCE=$(date -d '30 days ago' +%Y-%m-%d)

curl -s -u "@K@:x" \\
  -H 'Accept: application/json' \\
  "https://api.bamboohr.com/api/gateway.php/${SUB}/v1/employees/changed?since=${SINCE}T00:00:00Z&type=inserted" \\
  | jq -r '.employees | keys[]' \\
  | while read -r id; do
      curl -s -u "@K@:x" -H 'Accept: application/json' \\
        "https://api.bamboohr.com/api/gateway.php/${SUB}/v1/employees/${id}?fields=displayName,jobTitle,hireDate"
      echo
    done
""", k, "https://documentation.bamboohr.com/docs/getting-started#authentication", K=k)

pw = words_pw()
add("powershell/sftp-password", "payroll/Send-PayrollToAdp.ps1", """\
<#
  Uploads the month's instructor hours CSV to the ADP SFTP drop.
  Scheduled task: 1st of the month 07:00 on FRONTDESK-PC.
#>
param([string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

Import-Module Posh-SSH

$csv = "C:\\Studio\\Payroll\\instructor-hours-$Month.csv"
$securePassword = ConvertTo-SecureString '@PW@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('lotusloft_payroll', $securePassword)

$session = New-SFTPSession -ComputerName 'sftp.adp.com' -Credential $cred -AcceptKey
try {
    Set-SFTPItem -SessionId $session.SessionId -Path $csv -Destination '/inbound/timecards'
    Write-Host "Uploaded $csv"
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", pw, "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring", PW=pw)

pw = person_pw()
add("xml/sftp-password", "payroll/filezilla/sitemanager.xml", """\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.paychex.com</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>coreflow_pilates</User>
            <Pass encoding="base64">@E@</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>Paychex timecards</Name>
            <RemoteDir>1 0 7 inbound</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
""", b64(pw), "https://wiki.filezilla-project.org/Site_Manager", E=b64(pw))

pw = person_pw()
add("vba/smtp-password", "payroll/PayslipMailer.bas", """\
Attribute VB_Name = "PayslipMailer"
' Emails each instructor their monthly class count + pay summary from the Payroll sheet.
Option Explicit

Public Sub SendPayslips()
    Dim cfg As Object, msg As Object, ws As Worksheet, r As Long
    Set ws = ThisWorkbook.Worksheets("Payroll")
    Set cfg = CreateObject("CDO.Configuration")
    With cfg.Fields
        .Item("http://schemas.microsoft.com/cdo/configuration/sendusing") = 2
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserver") = "smtp.office365.com"
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpserverport") = 587
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = 1
        .Item("http://schemas.microsoft.com/cdo/configuration/sendusername") = "payroll@willowpilates.co"
        .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "@PW@"
        .Item("http://schemas.microsoft.com/cdo/configuration/smtpusessl") = True
        .Update
    End With
    For r = 2 To ws.Cells(ws.Rows.Count, 1).End(xlUp).Row
        Set msg = CreateObject("CDO.Message")
        Set msg.Configuration = cfg
        msg.From = "payroll@willowpilates.co"
        msg.To = ws.Cells(r, 2).Value
        msg.Subject = "Your classes for " & ws.Range("H1").Value
        msg.TextBody = "Hi " & ws.Cells(r, 1).Value & ", you taught " & ws.Cells(r, 3).Value & " classes: " & Format(ws.Cells(r, 4).Value, "$#,##0.00")
        msg.Send
    Next r
End Sub
""", pw, "https://learn.microsoft.com/previous-versions/exchange-server/exchange-10/ms527265(v=exchg.10)", PW=pw)

key = rsa_key(25)
add("pem/rsa-private-key", "payroll/adp/certs/lotusloft-adp-client.key", key + "\n", key,
    "https://developers.adp.com/articles/guide/generate-a-certificate-signing-request")

k = uuid_s()
add("python/adp-client-secret", "payroll/adp/workers.py", """\
import requests

CERT = ("payroll/adp/certs/lotusloft-adp-client.pem", "payroll/adp/certs/lotusloft-adp-client.key")
TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token"


def token() -> str:
    r = requests.post(TOKEN_URL, cert=CERT, data={
        "grant_type": "client_credentials",
        "client_id": "@C@",
        "client_secret": "@K@",
    }, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def instructors() -> list:
    r = requests.get("https://api.adp.com/hr/v2/workers", cert=CERT,
                     headers={"Authorization": f"Bearer {token()}"},
                     params={"$filter": "workers/workAssignments/jobTitle eq 'Instructor'"}, timeout=30)
    return r.json().get("workers", [])
""", k, "https://developers.adp.com/articles/guide/auth-and-access", K=k, C=uuid_s())

k = azure_secret()
add("python/azure-client-secret", "payroll/mail_timesheets.py", """\
\"\"\"Collect instructor timesheet replies from the shared payroll mailbox (Microsoft Graph).\"\"\"
import msal
import requests

TENANT = "3f8b1c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
CLIENT_ID = "a1b2c3d4-e5f6-4708-9a0b-c1d2e3f4a5b6"
CLIENT_SECRET = "@K@"

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}", client_credential=CLIENT_SECRET)
tok = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]

msgs = requests.get(
    "https://graph.microsoft.com/v1.0/users/payroll@reformerhouse.com/mailFolders/inbox/messages",
    headers={"Authorization": f"Bearer {tok}"},
    params={"$filter": "hasAttachments eq true", "$top": 50}, timeout=30).json()["value"]
for m in msgs:
    print(m["receivedDateTime"], m["from"]["emailAddress"]["address"], m["subject"])
""", k, "https://learn.microsoft.com/entra/identity-platform/msal-client-applications", K=k)

pw = words_pw()
add("r/postgres-password", "reports/instructor_pay.R", """\
library(DBI)
library(RPostgres)
library(dplyr)

con <- dbConnect(
  Postgres(),
  host = "studio-db.c9x2k1lq8z3m.us-east-1.rds.amazonaws.com",
  dbname = "studio",
  user = "reporting",
  password = "@PW@",
  sslmode = "require"
)

pay <- tbl(con, "class_sessions") %>%
  filter(starts_at >= "2024-05-01", starts_at < "2024-06-01", status == "taught") %>%
  group_by(instructor_id) %>%
  summarise(classes = n(), attendees = sum(checked_in, na.rm = TRUE)) %>%
  left_join(tbl(con, "instructors"), by = c("instructor_id" = "id")) %>%
  mutate(pay = classes * base_rate + pmax(attendees - classes * 10, 0) * per_head_bonus) %>%
  collect()

write.csv(pay, "instructor_pay_2024-05.csv", row.names = FALSE)
dbDisconnect(con)
""", pw, "https://rpostgres.r-dbi.org/reference/postgres", PW=pw)

# =================================================================================================
# Secrets: the studio's web stack, databases, CI and infrastructure
# =================================================================================================

pw = gen_pw(22)
add("sql/postgres-role", "db/migrations/0042_reporting_role.sql", """\
-- 0042: read-only role for the Metabase dashboards (attendance, retention, instructor pay)
BEGIN;

CREATE ROLE metabase_ro LOGIN PASSWORD '@PW@'
    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 5;

GRANT CONNECT ON DATABASE studio TO metabase_ro;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON class_sessions, bookings, memberships, instructors TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO metabase_ro;

COMMIT;
""", pw, "https://www.postgresql.org/docs/current/sql-createrole.html", PW=pw)

pw = words_pw()
add("sql/mysql-create-user", "wordpress/db/setup.sql", """\
-- WordPress + Amelia booking plugin database for bendandbreathe.studio
CREATE DATABASE IF NOT EXISTS bnb_wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'bnb_wp'@'10.0.2.%' IDENTIFIED BY '@PW@';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON bnb_wp.* TO 'bnb_wp'@'10.0.2.%';
FLUSH PRIVILEGES;

-- nightly backup user
CREATE USER IF NOT EXISTS 'bnb_backup'@'localhost' IDENTIFIED WITH auth_socket;
GRANT SELECT, LOCK TABLES, SHOW VIEW, EVENT, TRIGGER ON bnb_wp.* TO 'bnb_backup'@'localhost';
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", PW=pw)

pw = person_pw()
add("yaml/postgres-password", "config/database.yml", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: studio_development

test:
  <<: *default
  database: studio_test

production:
  <<: *default
  host: db.internal.willowpilates.co
  database: studio_production
  username: studio_app
  password: @PW@
""", pw, "https://guides.rubyonrails.org/configuring.html#configuring-a-database", PW=pw)

pw = gen_pw(20)
add("json/sqlserver-password", "src/Studio.Api/appsettings.Production.json", """\
{
  "ConnectionStrings": {
    "StudioDb": "Server=tcp:studio-sql.database.windows.net,1433;Initial Catalog=studio;Persist Security Info=False;User ID=studioapi;Password=@PW@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Booking": {
    "LateCancelHours": 12,
    "MaxWaitlist": 8
  },
  "AllowedHosts": "*"
}
""", pw, "https://learn.microsoft.com/azure/azure-sql/database/connect-query-dotnet-core", PW=pw)

pw = words_pw()
add("xml/sqlserver-password", "legacy/BookingPortal/Web.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BookingDb"
         connectionString="Data Source=SQL01\\STUDIO;Initial Catalog=Booking;User Id=booking_web;Password=@PW@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StudioName" value="Sun Salute Studios" />
    <add key="ClassGridDays" value="7" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw, "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files", PW=pw)

pw = gen_pw(18)
add("yaml/spring-datasource-password", "membership-service/src/main/resources/application-prod.yml", """\
server:
  port: 8080
spring:
  application:
    name: membership-service
  datasource:
    url: jdbc:postgresql://pg-prod.studio.internal:5432/memberships
    username: membership_svc
    password: "@PW@"
    hikari:
      maximum-pool-size: 10
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
management:
  endpoints:
    web:
      exposure:
        include: health,info
""", pw, "https://docs.spring.io/spring-boot/docs/current/reference/html/data.html#data.sql.datasource.configuration", PW=pw)

pw = person_pw()
add("php/mysql-password", "public_html/wp-config.php", """\
<?php
/**
 * WordPress configuration -- lotusloft.yoga (Amelia bookings + WooCommerce shop)
 */
define( 'DB_NAME', 'lotus_wp' );
define( 'DB_USER', 'lotus_wp' );
define( 'DB_PASSWORD', '@PW@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'll_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", PW=pw)

k = "base64:" + raw_b64(32)
add("env/laravel-app-key", "booking-portal/.env.production", """\
APP_NAME="Reformer House Booking"
APP_ENV=production
APP_KEY=@K@
APP_DEBUG=false
APP_URL=https://book.reformerhouse.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=${DB_HOST}
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=${DB_USERNAME}
DB_PASSWORD=${DB_PASSWORD}

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", k, "https://laravel.com/docs/encryption#configuration", K=k)

k = fakes.django_secret_key(_seed())
add("python/django-secret-key", "studio/settings/prod.py", """\
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@K@"
ALLOWED_HOSTS = ["members.stillwateryoga.com", "admin.stillwateryoga.com"]

CSRF_TRUSTED_ORIGINS = ["https://members.stillwateryoga.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

BOOKING_LATE_CANCEL_HOURS = 12
BOOKING_NO_SHOW_FEE_CENTS = 1500
""", k, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", K=k)

k = hexs(128)
add("yaml/rails-secret-key-base", "config/secrets.yml", """\
# Legacy secrets file (Rails 5.1 app, member portal)
development:
  secret_key_base: 3b7c9e1f0a2d4c6e8b0a1c3e5f7d9b1a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d

test:
  secret_key_base: test_only_not_a_real_key

production:
  secret_key_base: @K@
  mindbody_source_name: SunSaluteMembers
""", k, "https://guides.rubyonrails.org/v5.1/security.html#custom-credentials", K=k)

k = draw(48, ALNUM + "!@#%^&*")
add("javascript/jwt-signing-secret", "api/src/middleware/auth.js", """\
const jwt = require("jsonwebtoken");

const JWT_SECRET = "@K@";
const ISSUER = "api.bendandbreathe.studio";

function sign(member) {
  return jwt.sign({ sub: member.id, tier: member.tier }, JWT_SECRET, { issuer: ISSUER, expiresIn: "7d" });
}

function requireMember(req, res, next) {
  const header = req.headers.authorization || "";
  const token = header.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: "missing token" });
  try {
    req.member = jwt.verify(token, JWT_SECRET, { issuer: ISSUER });
    return next();
  } catch (err) {
    return res.status(401).json({ error: "invalid token" });
  }
}

module.exports = { sign, requireMember };
""", k, "https://github.com/auth0/node-jsonwebtoken#usage", K=k)

k = raw_b64(32)
add("env/nextauth-secret", "web/.env.local", """\
NEXTAUTH_URL=https://app.coreflowpilates.com
NEXTAUTH_SECRET=@K@
GOOGLE_CLIENT_ID=611204958372-5v2k8q7p3m1r9t0s4c6x.apps.googleusercontent.com
GOOGLE_CLIENT_SECRET=
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=
DATABASE_URL=
""", k, "https://next-auth.js.org/configuration/options#secret", K=k)

pw = url_pw()
add("k8s-secret/postgres-url-password", "k8s/booking/db-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: studio-prod
type: Opaque
data:
  DATABASE_URL: @E@
  PGSSLMODE: cmVxdWlyZQ==
""", pw, "https://kubernetes.io/docs/concepts/configuration/secret/#uses-for-secrets",
    E=b64(f"postgresql://booking:{pw}@pg.studio-prod.svc.cluster.local:5432/booking"))

k = mailchimp_key()
add("helm/mailchimp-api-key", "charts/newsletter/values-prod.yaml", """\
replicaCount: 1

image:
  repository: ghcr.io/lotusloft/newsletter
  tag: "1.8.0"

cronjob:
  schedule: "0 13 * * 0"   # Sunday 7am MT: next week's timetable email

env:
  MAILCHIMP_SERVER_PREFIX: us14
  MAILCHIMP_AUDIENCE_ID: 4c1f0e9a7b
  MAILCHIMP_API_KEY: "@K@"
  MINDBODY_SITE_ID: "512874"

resources:
  limits: { cpu: 200m, memory: 256Mi }
""", k, "https://helm.sh/docs/chart_template_guide/values_files/", K=k)

pw = " ".join(draw(4, string.ascii_lowercase) for _ in range(4))
add("ansible/gmail-app-password", "ansible/group_vars/frontdesk.yml", """\
---
# Front desk kiosks (Intel NUCs) at both studios
kiosk_user: frontdesk
kiosk_url: https://book.stillwateryoga.com/kiosk
kiosk_timezone: America/Los_Angeles

# printer + receipts mail relay
postfix_relayhost: "[smtp.gmail.com]:587"
postfix_sasl_user: receipts@stillwateryoga.com
postfix_sasl_password: "@PW@"

kiosk_packages:
  - chromium
  - cups
  - unattended-upgrades
""", pw, "https://support.google.com/accounts/answer/185833", PW=pw)

pw = url_pw()
add("json/mongodb-password", "config/production.json", """\
{
  "port": 3000,
  "mongo": {
    "uri": "mongodb+srv://studio-api:@PW@@cluster0.x7kq2.mongodb.net/studio?retryWrites=true&w=majority",
    "poolSize": 10
  },
  "booking": {
    "holdSeatMinutes": 10,
    "waitlistAutoPromote": true
  },
  "cors": ["https://sunsalutestudios.com", "https://www.sunsalutestudios.com"]
}
""", pw, "https://www.mongodb.com/docs/manual/reference/connection-string/", PW=pw)

pw = fakes.redis_password(_seed())
add("python/redis-password", "studio/celery.py", """\
import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "studio.settings.prod")

app = Celery("studio")
app.conf.broker_url = "rediss://default:@PW@@redis-14872.c251.us-east-1-3.ec2.cloud.redislabs.com:14872/0?ssl_cert_reqs=required"
app.conf.result_backend = app.conf.broker_url
app.conf.beat_schedule = {
    "waitlist-promotions": {"task": "booking.tasks.promote_waitlists", "schedule": 60.0},
    "no-show-fees": {"task": "billing.tasks.charge_no_shows", "schedule": crontab(hour=23, minute=30)},
    "membership-renewals": {"task": "billing.tasks.renewals", "schedule": crontab(hour=4, minute=0)},
}
app.autodiscover_tasks()
""", pw, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", PW=pw)

pw = gen_pw(24)
add("redis-conf/requirepass", "infra/redis/redis.conf", """\
bind 10.10.0.12 127.0.0.1
port 6379
protected-mode yes
tcp-keepalive 300

requirepass @PW@

maxmemory 512mb
maxmemory-policy allkeys-lru
appendonly yes
appendfsync everysec
""", pw, "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", PW=pw)

pw = url_pw()
add("env/amqp-password", "services/waitlist/.env", """\
SERVICE_NAME=waitlist
AMQP_URL=amqps://waitlist:@PW@@rabbit.coreflowpilates.internal:5671/studio
AMQP_PREFETCH=20
PROMOTION_TTL_MINUTES=20
SENTRY_ENVIRONMENT=production
""", pw, "https://www.rabbitmq.com/docs/uri-spec", PW=pw)

pw = words_pw()
add("pgpass/postgres-password", "ops/dotfiles/.pgpass", """\
# hostname:port:database:username:password
localhost:5432:studio_dev:dev:dev
studio-db.c9x2k1lq8z3m.us-east-1.rds.amazonaws.com:5432:studio:reporting:@PW@
studio-db-replica.c9x2k1lq8z3m.us-east-1.rds.amazonaws.com:5432:*:reporting:@PW@
*:*:*:postgres:
""", pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html", PW=pw)

pw = person_pw()
add("ini/mysql-password", "ops/backup/.my.cnf", """\
[client]
user=wp_backup
password="@PW@"
host=127.0.0.1
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
routines
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", PW=pw)

pw = words_pw()
add("terminal-log/mysql-password", "docs/incidents/2024-03-double-bookings/terminal.log", """\
$ ssh deploy@web1.bendandbreathe.studio
deploy@web1:~$ cd /var/www/bnb
deploy@web1:/var/www/bnb$ mysql -h 10.0.2.15 -u bnb_wp -p'@PW@' bnb_wp -e "SELECT booking_id, COUNT(*) c FROM wp_amelia_customer_bookings GROUP BY booking_id HAVING c > 1;"
+------------+---+
| booking_id | c |
+------------+---+
|      48213 | 2 |
|      48217 | 2 |
+------------+---+
deploy@web1:/var/www/bnb$ exit
""", pw, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", PW=pw)

k = draw(40, URLSAFE)
add("tfvars/cloudflare-token", "infra/terraform/prod.tfvars", """\
zone_name            = "lotusloft.yoga"
cloudflare_account_id = "9d4b7e2a1c3f5e8d0b6a4c2e1f3d5b7a"
cloudflare_api_token = "@K@"

origin_ip            = "203.0.113.40"
enable_waf           = true
cache_ttl_schedule   = 300
page_rules = {
  "book.lotusloft.yoga/*" = "bypass"
}
""", k, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs#api_token", K=k)

pw = words_pw()
add("terraform/rds-password", "infra/terraform/db.tf", """\
resource "aws_db_subnet_group" "studio" {
  name       = "studio-db"
  subnet_ids = var.private_subnet_ids
}

resource "aws_db_instance" "studio" {
  identifier              = "studio-db"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 40
  db_name                 = "studio"
  username                = "studio_admin"
  password                = "@PW@"
  db_subnet_group_name    = aws_db_subnet_group.studio.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}
""", pw, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", PW=pw)

k = "dop_v1_" + hexs(64)
add("github-actions/digitalocean-token", ".github/workflows/deploy.yml", """\
name: deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      DIGITALOCEAN_ACCESS_TOKEN: @K@
    steps:
      - uses: actions/checkout@v4
      - uses: digitalocean/action-doctl@v2
        with:
          token: ${{ env.DIGITALOCEAN_ACCESS_TOKEN }}
      - run: doctl registry login --expiry-seconds 600
      - run: docker build -t registry.digitalocean.com/sunsalute/web:${{ github.sha }} .
      - run: docker push registry.digitalocean.com/sunsalute/web:${{ github.sha }}
      - run: doctl apps create-deployment ${{ vars.DO_APP_ID }}
""", k, "https://docs.digitalocean.com/reference/api/create-personal-access-token/", K=k)

k = "dckr_pat_" + draw(27, URLSAFE)
add("gitlab-ci/dockerhub-pat", ".gitlab-ci.yml", """\
stages: [test, build]

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: reformerhouse/booking-api

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
    - echo "@K@" | docker login -u reformerhouse --password-stdin
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
  only: [main]
""", k, "https://docs.docker.com/security/for-developers/access-tokens/", K=k)

k = "npm_" + draw(36)
add("npmrc/npm-token", "packages/booking-widget/.npmrc", """\
# publish token for @lotusloft/booking-widget (CI uses NPM_TOKEN instead)
@lotusloft:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@K@
access=restricted
save-exact=true
engine-strict=true
""", k, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", K=k)

k = draw(20)
add("pip-conf/gemfury-token", "deploy/pip.conf", """\
[global]
index-url = https://pypi.org/simple
extra-index-url = https://@K@:@pypi.fury.io/stillwater/
timeout = 60
disable-pip-version-check = true
""", k, "https://gemfury.com/help/pypi-server/#private-index", K=k)

k = "ghp_" + draw(36)
add("git-credentials/github-pat", "ops/dotfiles/.git-credentials", """\
https://coreflow-deploy:@K@@github.com
https://oauth2:glpat-REDACTED@gitlab.com
# kiosk build box only; rotate quarterly
# (see runbook: ops/runbooks/kiosk.md)
# last rotated 2024-04-02
""", k, "https://git-scm.com/docs/git-credential-store#_storage_format", K=k)

user, pw = "lotusloft-ci", person_pw()
auth = b64(f"{user}:{pw}")
add("docker-config/registry-basic-auth", "ops/kiosk/docker-config.json", """\
{
  "auths": {
    "ghcr.io": {
      "auth": "@A@"
    }
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", auth, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", A=auth)

k = uuid_s()
add("netrc/heroku-api-key", "ops/dotfiles/.netrc", """\
machine api.heroku.com
  login ops@bendandbreathe.studio
  password @K@
machine git.heroku.com
  login ops@bendandbreathe.studio
  password @K@
""", k, "https://devcenter.heroku.com/articles/authentication#api-token-storage", K=k)

# =================================================================================================
# Secrets: notebooks, runbooks, studio network and the rest of the web stack
# =================================================================================================

k = hexs(32)
add("notebook/mindbody-api-key", "analysis/retention_q2.ipynb", r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Intro-offer retention, Q2\n", "Who bought the intro week and came back for a membership?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import requests\n",
    "\n",
    "API_KEY = \"@K@\"\n",
    "SITE_ID = \"731045\"\n",
    "H = {\"Api-Key\": API_KEY, \"SiteId\": SITE_ID}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = requests.get(\"https://api.mindbodyonline.com/public/v6/sale/sales\", headers=H,\n",
    "                 params={\"StartSaleDateTime\": \"2024-04-01\", \"EndSaleDateTime\": \"2024-06-30\", \"Limit\": 200})\n",
    "sales = pd.json_normalize(r.json()[\"Sales\"])\n",
    "sales.head()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.8"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", k, "https://nbformat.readthedocs.io/en/latest/format_description.html", K=k)

pw = url_pw()
add("notebook/postgres-password", "analysis/class_pack_cohorts.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from sqlalchemy import create_engine\n",
    "import pandas as pd\n",
    "\n",
    "engine = create_engine(\"postgresql+psycopg2://analyst:@PW@@studio-db.c9x2k1lq8z3m.us-east-1.rds.amazonaws.com:5432/studio\")\n",
    "packs = pd.read_sql(\"SELECT member_id, purchased_at, credits, credits_used FROM class_packs\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["18422 packs, 61.3% fully used before expiry\n"]}
   ],
   "source": [
    "used = (packs.credits_used >= packs.credits).mean()\n",
    "print(f\"{len(packs)} packs, {used:.1%} fully used before expiry\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", PW=pw)

k = hexs(32)
add("markdown/mindbody-api-key", "docs/runbooks/mindbody-outage.md", """\
# Runbook: class schedule not updating on the website

The website reads the timetable from our sync service, which reads Mindbody.

## 1. Is Mindbody up?

Check https://status.mindbodyonline.com first.

## 2. Can we reach the API with our key?

```bash
curl -s https://api.mindbodyonline.com/public/v6/site/sites \\
  -H 'Api-Key: @K@' \\
  -H 'SiteId: 512874' | jq '.Sites[0].Name'
```

Expected: `"Lotus Loft Yoga"`. A 401 means the key was revoked -- ask Dana to issue a new one
in the Mindbody developer portal and update the `MINDBODY_API_KEY` secret.

## 3. Restart the sync

```bash
kubectl -n studio-prod rollout restart deploy/booking-sync
```
""", k, "https://developers.mindbodyonline.com/PublicDocumentation/V6#get-sites", K=k)

k = " ".join(draw(4) for _ in range(6))
add("markdown/wordpress-app-password", "docs/website/publishing-timetable.md", """\
# Publishing the printable timetable to the website

The PDF timetable is uploaded to the WordPress media library by the `timetable` script.
It uses an application password of the `timetable-bot` user (Users > Profile > Application Passwords).

```sh
curl -X POST https://willowpilates.co/wp-json/wp/v2/media \\
  --user 'timetable-bot:@K@' \\
  -H 'Content-Disposition: attachment; filename="timetable-june.pdf"' \\
  -H 'Content-Type: application/pdf' \\
  --data-binary @timetable-june.pdf
```

Then update the "Timetable" page to link the new file.
""", k, "https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/", K=k)

pw = words_pw()
add("mikrotik/wifi-psk", "network/studio-router.rsc", """\
# 2024-04-18 11:02:45 by RouterOS 7.14.2
# model = hAP ax2
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=staff-sec passphrase="@PW@"
add authentication-types=wpa2-psk name=guest-sec passphrase="namaste-guest"
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=Stillwater-Staff security=staff-sec
add master-interface=wifi1 name=wifi-guest configuration.ssid=Stillwater-Guest security=guest-sec
/ip address
add address=10.20.0.1/24 interface=bridge network=10.20.0.0
/ip dhcp-server network
add address=10.20.0.0/24 dns-server=1.1.1.1 gateway=10.20.0.1
/system identity
set name=stillwater-router
""", pw, "https://help.mikrotik.com/docs/display/ROS/WiFi", PW=pw)

k = hexs(40)
add("python/meraki-api-key", "network/meraki_guest_report.py", """\
\"\"\"Monthly guest Wi-Fi usage per studio (for the landlord report).\"\"\"
import meraki

dashboard = meraki.DashboardAPI("@K@", suppress_logging=True)
ORG_ID = "578149"

for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    clients = dashboard.networks.getNetworkClients(net["id"], timespan=30 * 86400, perPage=1000, total_pages="all")
    guests = [c for c in clients if c.get("ssid") == "CoreFlow-Guest"]
    print(f"{net['name']:24} {len(guests):5} guest devices")
""", k, "https://developer.cisco.com/meraki/api-v1/authorization/", K=k)

k = "shpat_" + hexs(32)
add("javascript/shopify-admin-token", "merch/scripts/sync-inventory.js", """\
// Sync mat + apparel inventory from the front-desk POS export into Shopify
import { readFileSync } from "node:fs";

const SHOP = "lotus-loft-shop.myshopify.com";
const TOKEN = "@K@";
const LOCATION = "gid://shopify/Location/71822065930";

const rows = readFileSync(process.argv[2], "utf8").trim().split("\\n").slice(1);
for (const row of rows) {
  const [inventoryItemId, qty] = row.split(",");
  const query = `mutation { inventorySetOnHandQuantities(input: { reason: "correction",
    setQuantities: [{ inventoryItemId: "${inventoryItemId}", locationId: "${LOCATION}", quantity: ${qty} }] }) { userErrors { message } } }`;
  const res = await fetch(`https://${SHOP}/admin/api/2024-04/graphql.json`, {
    method: "POST",
    headers: { "X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({ query }),
  });
  console.log(inventoryItemId, res.status);
}
""", k, "https://shopify.dev/docs/apps/auth/admin-app-access-tokens", K=k)

k = "cs_" + hexs(40)
add("php/woocommerce-consumer-secret", "integrations/woo-class-packs.php", """\
<?php
require __DIR__ . '/vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://shop.bendandbreathe.studio',
    'ck_@C@',
    '@K@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

// Orders containing class packs -> credit the member in the booking system
$orders = $woocommerce->get('orders', ['status' => 'processing', 'category' => 27, 'per_page' => 50]);
foreach ($orders as $order) {
    foreach ($order->line_items as $item) {
        printf("%d %s x%d\\n", $order->id, $item->name, $item->quantity);
    }
}
""", k, "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", K=k, C=hexs(40))

k = jwt({"iss": "supabase", "ref": draw(20, string.ascii_lowercase), "role": "service_role",
         "iat": 1707312000, "exp": 2022888000})
add("env/supabase-service-role", "supabase/functions/.env", """\
# Edge functions: waitlist promotion + no-show fees
SUPABASE_URL=https://xqzkvmbtlrwnpdfhyaoc.supabase.co
SUPABASE_SERVICE_ROLE_KEY=@K@
STRIPE_SECRET_KEY=
WAITLIST_OFFER_MINUTES=20
""", k, "https://supabase.com/docs/guides/api/api-keys", K=k)

key = openssh_key()
add("ansible/openssh-private-key", "ansible/roles/website/vars/main.yml", """\
---
website_repo: git@github.com:sunsalute/studio-site.git
website_branch: main
website_root: /var/www/sunsalute
website_deploy_key: |
  @KEY@
website_php_version: "8.2"
""", key, "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/git_module.html",
    KEY=key.replace("\n", "\n  "))

k = hexs(32)
add("python/twilio-auth-token-split", "sms/reminders.py", """\
from twilio.rest import Client

ACCOUNT_SID = "@S@"
# split so the line fits the linter's limit
AUTH_TOKEN = ("@K1@"
              "@K2@")

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind(to: str, class_name: str, start: str) -> str:
    msg = client.messages.create(
        messaging_service_sid="@M@",
        to=to,
        body=f"Reminder: {class_name} at {start}. Reply C to cancel (12h policy).",
    )
    return msg.sid
""", k, "https://www.twilio.com/docs/messaging/quickstart/python", S=twilio_sid(), K1=k[:16], K2=k[16:], M=twilio_sid("MG"))

k = hexs(64)
add("systemd/kisi-door-token", "ops/systemd/door-unlock.service", """\
[Unit]
Description=Unlock the studio door for checked-in members (Kisi)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=door
Environment=KISI_API_KEY=@K@
Environment=KISI_LOCK_ID=44817
Environment=CHECKIN_SOURCE=https://sync.reformerhouse.com/checkins/stream
ExecStart=/usr/local/bin/door-unlock --window 20m
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", k, "https://docs.kisi.io/api/authentication", K=k)

k = draw(27, URLSAFE)
add("env/cloudinary-api-secret", "instructor-profiles/.env", """\
# instructor headshots + class thumbnails
CLOUDINARY_URL=cloudinary://@I@:@K@@lotusloft
CLOUDINARY_UPLOAD_FOLDER=instructors
CLOUDINARY_UPLOAD_PRESET=headshot_square
MAX_UPLOAD_MB=8
ALLOWED_TYPES=jpg,jpeg,png,webp
""", k, "https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details", K=k, I=digits(15))

k = "GOCSPX-" + draw(28, URLSAFE)
add("json/google-oauth-client", "auth/client_secret_web.json", """\
{
  "web": {
    "client_id": "418290776315-h3k9q2m7v1p5t8r4c6x0z.apps.googleusercontent.com",
    "project_id": "stillwater-members",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@K@",
    "redirect_uris": ["https://members.stillwateryoga.com/auth/google/callback"],
    "javascript_origins": ["https://members.stillwateryoga.com"]
  }
}
""", k, "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", K=k)

k = raw_b64(64)
add("powershell/azure-storage-key", "ondemand/Archive-Recordings.ps1", """\
# Move class recordings older than 90 days to the Cool tier archive container
$ErrorActionPreference = 'Stop'
$conn = 'DefaultEndpointsProtocol=https;AccountName=yogahuisvideo;AccountKey=@K@;EndpointSuffix=core.windows.net'
$ctx = New-AzStorageContext -ConnectionString $conn

$cutoff = (Get-Date).AddDays(-90)
Get-AzStorageBlob -Container 'recordings' -Context $ctx |
    Where-Object { $_.LastModified -lt $cutoff } |
    ForEach-Object {
        Start-AzStorageBlobCopy -SrcBlob $_.Name -SrcContainer 'recordings' -DestContainer 'archive' -Context $ctx -StandardBlobTier Cool | Out-Null
        Write-Host "archived $($_.Name)"
    }
""", k, "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string", K=k)

k = "sk_live_" + draw(24)
add("javascript/stripe-secret-key-split", "legacy/widget/checkout.js", """\
/* legacy embeddable checkout (v1) -- served from the server side only */
var config = {
  studio: "bend-and-breathe",
  currency: "usd",
  stripeKey: "@K1@" +
             "@K2@",
  packs: [5, 10, 20]
};

function charge(token, amount, cb) {
  var xhr = new XMLHttpRequest();
  xhr.open("POST", "https://api.stripe.com/v1/charges");
  xhr.setRequestHeader("Authorization", "Bearer " + config.stripeKey);
  xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
  xhr.onload = function () { cb(JSON.parse(xhr.responseText)); };
  xhr.send("amount=" + amount + "&currency=" + config.currency + "&source=" + token);
}
""", k, "https://docs.stripe.com/api/charges/create", K1=k[:18], K2=k[18:])


# =================================================================================================
# Decoys: placeholders, references to secrets kept elsewhere, ciphertext
# =================================================================================================

def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + draw(22, B64) + "$" + draw(43, B64)


def sops_value(n: int = 40) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, B64)}=,iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"


add("env/decoy-placeholder", "booking-sync/.env.example", """\
# Copy to .env and fill in. Never commit the real file.
NODE_ENV=development
LOG_LEVEL=debug

MINDBODY_BASE_URL=https://api.mindbodyonline.com/public/v6
MINDBODY_SITE_ID=-99
MINDBODY_API_KEY=your-mindbody-api-key
MINDBODY_SOURCE_NAME=LotusLoftSync

MINDBODY_STAFF_USERNAME=<staff username>
MINDBODY_STAFF_PASSWORD=<staff password>

STRIPE_SECRET_KEY=sk_test_...
STRIPE_WEBHOOK_SECRET=whsec_...
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/booking
""", None, "https://developers.mindbodyonline.com/PublicDocumentation/V6#sandbox")

add("compose/decoy-env-ref", "docker-compose.yml", """\
services:
  api:
    build: .
    environment:
      DATABASE_URL: postgres://studio:${POSTGRES_PASSWORD:?set it in .env}@db:5432/studio
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      STRIPE_WEBHOOK_SECRET: ${STRIPE_WEBHOOK_SECRET}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
      MAILCHIMP_API_KEY: ${MAILCHIMP_API_KEY:-}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: studio
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

add("github-actions/decoy-secrets-ref", ".github/workflows/release-app.yml", """\
name: release-app

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

jobs:
  ios:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with: { bundler-cache: true }
      - name: Build and upload to TestFlight
        env:
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
          APP_STORE_CONNECT_API_KEY_KEY: ${{ secrets.ASC_KEY_P8 }}
          APP_STORE_CONNECT_API_KEY_KEY_ID: ${{ vars.ASC_KEY_ID }}
          APP_STORE_CONNECT_API_KEY_ISSUER_ID: ${{ vars.ASC_ISSUER_ID }}
          REVENUECAT_API_KEY: ${{ secrets.REVENUECAT_APPLE_KEY }}
        run: bundle exec fastlane ios beta
""", None, "https://docs.github.com/actions/security-guides/using-secrets-in-github-actions")

add("helm/decoy-existing-secret", "charts/booking/values.yaml", """\
image:
  repository: ghcr.io/coreflow/booking
  tag: ""

stripe:
  # the key is read from this Secret; create it with the setup script, never put it here
  existingSecret: booking-stripe
  secretKeyKey: STRIPE_SECRET_KEY
  webhookSecretKey: STRIPE_WEBHOOK_SECRET

postgresql:
  auth:
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: password

mindbody:
  siteId: "731045"
  apiKeySecretRef:
    name: mindbody
    key: api-key
""", None, "https://helm.sh/docs/chart_best_practices/values/")

add("k8s/decoy-external-secret", "k8s/memberships/external-secret.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: memberships-stripe
  namespace: studio-prod
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: memberships-stripe
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/memberships/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/memberships/stripe
        property: webhook_secret
""", None, "https://external-secrets.io/latest/api/externalsecret/")

add("yaml/decoy-sops", "secrets/prod.enc.yaml", """\
stripe:
    secret_key: @A@
    webhook_secret: @B@
twilio:
    auth_token: @C@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1@R@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @E1@
            @E2@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-05-02T09:14:55Z"
    mac: @MAC@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#encrypting-using-age",
    A=sops_value(140), B=sops_value(52), C=sops_value(44), R=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    E1=draw(64, B64), E2=draw(40, B64), MAC=sops_value(88))

add("k8s/decoy-sealed-secret", "k8s/notifications/sealed-twilio.yaml", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: twilio
  namespace: studio
spec:
  encryptedData:
    TWILIO_AUTH_TOKEN: AgB@A@
    TWILIO_API_SECRET: AgC@B@
  template:
    metadata:
      name: twilio
      namespace: studio
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage", A=draw(680, B64) + "==", B=draw(680, B64) + "==")

add("ansible/decoy-vault", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
    + "\n".join(hexs(80) for _ in range(14)) + "\n" + hexs(36) + "\n", None,
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

add("python/decoy-env-read", "studio/integrations/mindbody.py", """\
import os
from functools import lru_cache

import requests

BASE = "https://api.mindbodyonline.com/public/v6"


@lru_cache(maxsize=1)
def _headers() -> dict:
    return {
        "Api-Key": os.environ["MINDBODY_API_KEY"],
        "SiteId": os.environ.get("MINDBODY_SITE_ID", "-99"),
        "Authorization": _staff_token(),
    }


def _staff_token() -> str:
    body = {"Username": os.environ["MINDBODY_STAFF_USERNAME"], "Password": os.environ["MINDBODY_STAFF_PASSWORD"]}
    r = requests.post(f"{BASE}/usertoken/issue", json=body,
                      headers={"Api-Key": os.environ["MINDBODY_API_KEY"], "SiteId": os.environ["MINDBODY_SITE_ID"]},
                      timeout=20)
    r.raise_for_status()
    return r.json()["AccessToken"]


def classes(start: str, end: str) -> list:
    r = requests.get(f"{BASE}/class/classes", params={"StartDateTime": start, "EndDateTime": end},
                     headers=_headers(), timeout=20)
    return r.json()["Classes"]
""", None, "https://developers.mindbodyonline.com/PublicDocumentation/V6#user-tokens")

add("javascript/decoy-process-env", "server/lib/stripe.js", """\
"use strict";

const Stripe = require("stripe");

if (!process.env.STRIPE_SECRET_KEY) {
  throw new Error("STRIPE_SECRET_KEY is not set (see docs/secrets.md)");
}

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: "2024-04-10" });

function verifyWebhook(rawBody, signature) {
  return stripe.webhooks.constructEvent(rawBody, signature, process.env.STRIPE_WEBHOOK_SECRET);
}

module.exports = { stripe, verifyWebhook };
""", None, "https://docs.stripe.com/keys#safe-keys")

add("terraform/decoy-random-password", "infra/terraform/secrets.tf", """\
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "_%@"
}

resource "aws_secretsmanager_secret" "db" {
  name = "studio/prod/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = "studio_admin", password = random_password.db.result })
}

variable "stripe_secret_key" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "stripe" {
  name  = "/studio/prod/stripe_secret_key"
  type  = "SecureString"
  value = var.stripe_secret_key
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("k8s-secret/decoy-placeholder", "k8s/booking/stripe-secret.template.yaml", """\
# Template only: scripts/make-secrets.sh fills this from 1Password and applies it.
apiVersion: v1
kind: Secret
metadata:
  name: booking-stripe
  namespace: studio-prod
type: Opaque
data:
  STRIPE_SECRET_KEY: @A@
  STRIPE_WEBHOOK_SECRET: @B@
""", None, "https://kubernetes.io/docs/concepts/configuration/secret/", A=b64("REPLACE_ME"), B=b64("REPLACE_ME"))

add("env/decoy-1password-refs", "ops/env/prod.env.tpl", """\
# Resolve with: op inject -i prod.env.tpl -o .env
STRIPE_SECRET_KEY=op://Studio Prod/Stripe/secret key
STRIPE_WEBHOOK_SECRET=op://Studio Prod/Stripe/webhook signing secret
MINDBODY_API_KEY=op://Studio Prod/Mindbody API/credential
TWILIO_AUTH_TOKEN=op://Studio Prod/Twilio/auth token
DATABASE_URL=postgres://studio:{{ op://Studio Prod/RDS studio/password }}@studio-db.internal:5432/studio
""", None, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

add("json/decoy-keyvault-refs", "src/Studio.Api/appsettings.Azure.json", """\
{
  "ConnectionStrings": {
    "StudioDb": "@Microsoft.KeyVault(SecretUri=https://kv-studio-prod.vault.azure.net/secrets/StudioDb/)"
  },
  "Stripe": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=kv-studio-prod;SecretName=StripeSecretKey)",
    "WebhookSecret": "@Microsoft.KeyVault(VaultName=kv-studio-prod;SecretName=StripeWebhookSecret)"
  },
  "Zoom": {
    "AccountId": "@Microsoft.KeyVault(VaultName=kv-studio-prod;SecretName=ZoomAccountId)",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-studio-prod;SecretName=ZoomClientSecret)"
  }
}
""", None, "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references")

add("serverless/decoy-ssm-ref", "services/reminders/serverless.yml", """\
service: class-reminders
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  environment:
    TWILIO_ACCOUNT_SID: ${ssm:/studio/prod/twilio/account_sid}
    TWILIO_AUTH_TOKEN: ${ssm:/studio/prod/twilio/auth_token}
    SENDGRID_API_KEY: ${ssm:/studio/prod/sendgrid/api_key}
    ZENDESK_API_TOKEN: ${ssm:/studio/prod/zendesk/api_token}

functions:
  remind:
    handler: src/remind.handler
    events:
      - schedule: rate(10 minutes)
""", None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

add("yaml/decoy-vault-ref", "membership-service/src/main/resources/bootstrap.yml", """\
spring:
  application:
    name: membership-service
  cloud:
    vault:
      uri: https://vault.studio.internal:8200
      authentication: KUBERNETES
      kubernetes:
        role: membership-service
      kv:
        enabled: true
        backend: secret
        default-context: membership-service
  datasource:
    password: ${vault.secret.data.db.password}
stripe:
  secret-key: ${STRIPE_SECRET_KEY}
""", None, "https://docs.spring.io/spring-cloud-vault/reference/")

add("yaml/decoy-kms-ciphertext", "config/secrets.kms.yml", """\
# Decrypted at boot by config/kms_loader.rb with the studio-prod CMK (alias/studio-config).
kms_key_alias: alias/studio-config
region: us-east-1
ciphertext:
  stripe_secret_key: AQICAHh@A@
  mailchimp_api_key: AQICAHh@B@
  twilio_auth_token: AQICAHh@C@
""", None, "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html",
    A=draw(260, B64) + "=", B=draw(220, B64) + "=", C=draw(200, B64) + "==")

add("ruby/decoy-fastlane-key-path", "fastlane/Fastfile", """\
default_platform(:ios)

platform :ios do
  before_all do
    app_store_connect_api_key(
      key_id: "7QK2M9XH4D",
      issuer_id: "69a6de7e-0b1f-47e3-e053-5b8c7c11a4d1",
      key_filepath: ENV["ASC_KEY_PATH"],
      duration: 1200,
      in_house: false
    )
  end

  lane :beta do
    match(type: "appstore", readonly: is_ci)
    increment_build_number(xcodeproj: "StudioApp.xcodeproj")
    build_app(scheme: "StudioApp", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", None, "https://docs.fastlane.tools/actions/app_store_connect_api_key/")

add("postman/decoy-variables", "postman/Mindbody.postman_collection.json", """\
{
  "info": {
    "name": "Mindbody Public API v6 (studio)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Get classes",
      "request": {
        "method": "GET",
        "header": [
          { "key": "Api-Key", "value": "{{mindbody_api_key}}" },
          { "key": "SiteId", "value": "{{site_id}}" },
          { "key": "Authorization", "value": "{{staff_token}}" }
        ],
        "url": "https://api.mindbodyonline.com/public/v6/class/classes?StartDateTime={{today}}"
      }
    }
  ],
  "variable": [
    { "key": "mindbody_api_key", "value": "" },
    { "key": "site_id", "value": "-99" }
  ]
}
""", None, "https://learning.postman.com/docs/sending-requests/variables/variables/")

add("http/decoy-variables", "api-requests/stripe.http", """\
### Stripe -- list today's failed membership renewals
# Put STRIPE_KEY in http-client.private.env.json (git-ignored).
@base = https://api.stripe.com/v1

GET {{base}}/invoices?status=open&created[gte]={{$timestamp -1 d}}
Authorization: Bearer {{STRIPE_KEY}}

###

GET {{base}}/subscriptions?status=past_due&limit=20
Authorization: Bearer {{STRIPE_KEY}}
""", None, "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#environment-variables")

add("shell/decoy-read-prompt", "scripts/rotate-mindbody-key.sh", """\
#!/usr/bin/env bash
# Rotate the Mindbody API key in every environment. Prompts; never echoes the key.
set -euo pipefail

read -r -s -p "New Mindbody API key: " NEW_KEY
echo
if [[ ${#NEW_KEY} -ne 32 ]]; then
  echo "that does not look like a Mindbody key (32 chars)" >&2
  exit 1
fi

for ns in studio-staging studio-prod; do
  kubectl -n "$ns" create secret generic mindbody \\
    --from-literal=api-key="$NEW_KEY" --dry-run=client -o yaml | kubectl apply -f -
  kubectl -n "$ns" rollout restart deploy/booking-sync
done
unset NEW_KEY
""", None, "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_create/kubectl_create_secret_generic/")

add("powershell/decoy-get-secret", "payroll/Send-PayrollToGusto.ps1", """\
param([string]$Month = (Get-Date).AddMonths(-1).ToString('yyyy-MM'))

Import-Module Microsoft.PowerShell.SecretManagement

# stored once with: Set-Secret -Name GustoRefreshToken -Vault StudioVault
$refresh = Get-Secret -Name GustoRefreshToken -Vault StudioVault -AsPlainText
$clientSecret = Get-Secret -Name GustoClientSecret -Vault StudioVault -AsPlainText

$body = @{
    client_id     = $env:GUSTO_CLIENT_ID
    client_secret = $clientSecret
    refresh_token = $refresh
    grant_type    = 'refresh_token'
}
$tok = Invoke-RestMethod -Method Post -Uri 'https://api.gusto.com/oauth/token' -Body $body
Write-Host "token ok, expires in $($tok.expires_in)s for $Month"
""", None, "https://learn.microsoft.com/powershell/module/microsoft.powershell.secretmanagement/get-secret")

add("crontab/decoy-env-file", "ops/crontab.sync", """\
SHELL=/bin/bash
MAILTO=ops@sunsalutestudios.com

# credentials come from the root-only env file, not from this crontab
*/15 * * * * set -a; . /etc/studio/sync.env; set +a; /opt/sync/bin/mindbody-sync >> /var/log/sync.log 2>&1
30 3 * * *  set -a; . /etc/studio/sync.env; set +a; /opt/sync/bin/nightly-report --email owners >> /var/log/report.log 2>&1
""", None, "https://man7.org/linux/man-pages/man5/crontab.5.html")

add("nginx/decoy-auth-basic-file", "deploy/nginx/staff-portal.conf", """\
server {
    listen 443 ssl http2;
    server_name staff.lotusloft.yoga;

    ssl_certificate     /etc/letsencrypt/live/staff.lotusloft.yoga/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/staff.lotusloft.yoga/privkey.pem;

    auth_basic           "Lotus Loft staff";
    auth_basic_user_file /etc/nginx/htpasswd.staff;

    location / {
        proxy_pass http://127.0.0.1:4200;
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", None, "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html")

add("go/decoy-getenv", "internal/config/config.go", """\
package config

import (
	"fmt"
	"os"
)

type Config struct {
	Pike13Token     string
	StripeSecretKey string
	DatabaseURL     string
}

func Load() (*Config, error) {
	c := &Config{
		Pike13Token:     os.Getenv("PIKE13_ACCESS_TOKEN"),
		StripeSecretKey: os.Getenv("STRIPE_SECRET_KEY"),
		DatabaseURL:     os.Getenv("DATABASE_URL"),
	}
	for name, v := range map[string]string{"PIKE13_ACCESS_TOKEN": c.Pike13Token, "STRIPE_SECRET_KEY": c.StripeSecretKey} {
		if v == "" {
			return nil, fmt.Errorf("%s is required", name)
		}
	}
	return c, nil
}
""", None, "https://pkg.go.dev/os#Getenv")

add("java/decoy-value-annotation", "membership-service/src/main/java/studio/billing/StripeConfig.java", """\
package studio.billing;

import com.stripe.Stripe;
import jakarta.annotation.PostConstruct;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class StripeConfig {

    @Value("${stripe.secret-key}")
    private String secretKey;

    @Value("${stripe.webhook-secret}")
    private String webhookSecret;

    @PostConstruct
    void init() {
        Stripe.apiKey = secretKey;
    }

    public String webhookSecret() {
        return webhookSecret;
    }
}
""", None, "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html")

add("csharp/decoy-configuration", "src/Studio.Reminders/Program.cs", """\
using Microsoft.Extensions.Configuration;
using Twilio;

var config = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddUserSecrets<Program>()          // dotnet user-secrets set "Twilio:AuthToken" ...
    .AddEnvironmentVariables(prefix: "STUDIO_")
    .Build();

var sid = config["Twilio:AccountSid"] ?? throw new InvalidOperationException("Twilio:AccountSid missing");
var token = config["Twilio:AuthToken"] ?? throw new InvalidOperationException("Twilio:AuthToken missing");
TwilioClient.Init(sid, token);

Console.WriteLine("Reminder worker started");
""", None, "https://learn.microsoft.com/aspnet/core/security/app-secrets")

add("swift/decoy-plist-lookup", "StudioApp/Config/AppConfig.swift", """\
import Foundation

/// Values come from the xcconfig of the build (Release.xcconfig reads them from CI secrets).
enum AppConfig {
    static var apiBaseURL: URL {
        URL(string: value(for: "API_BASE_URL"))!
    }

    static var revenueCatAppleKey: String { value(for: "REVENUECAT_APPLE_KEY") }

    private static func value(for key: String) -> String {
        guard let v = Bundle.main.object(forInfoDictionaryKey: key) as? String, !v.isEmpty else {
            fatalError("\\(key) missing from Info.plist")
        }
        return v
    }
}
""", None, "https://developer.apple.com/documentation/foundation/bundle/1408696-object")

add("gradle/decoy-buildconfig-from-env", "android/app/build.gradle", """\
def localProps = new Properties()
def localFile = rootProject.file("local.properties")
if (localFile.exists()) localFile.withInputStream { localProps.load(it) }

android {
    namespace "com.reformerhouse.app"
    compileSdk 34
    defaultConfig {
        applicationId "com.reformerhouse.app"
        minSdk 26
        targetSdk 34
        buildConfigField "String", "MUX_ENV_KEY", "\\"${System.getenv('MUX_ENV_KEY') ?: localProps['MUX_ENV_KEY'] ?: ''}\\""
    }
    signingConfigs {
        release {
            storeFile file(System.getenv("UPLOAD_STORE_FILE") ?: "upload.jks")
            storePassword System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias "upload"
            keyPassword System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }
}
""", None, "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

add("json/decoy-obs-empty-key", "studio-pc/obs/basic/profiles/Default/service.json", """\
{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "auto",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""", None, "https://obsproject.com/kb/stream-settings")

add("markdown/decoy-stream-key-doc", "docs/livestream/going-live.md", """\
# Going live from Studio A

1. Turn on the camera and the mixer (the mixer needs ~30 s).
2. Open OBS, profile **Sunday Flow**. Check the audio meter moves when you talk.
3. In YouTube Studio open *Go live > Stream*, copy the stream key.
   It looks like `xxxx-xxxx-xxxx-xxxx-xxxx`.
4. In OBS: *Settings > Stream*, service **YouTube - RTMPS**, paste the key. Never paste it in Slack.
5. Click **Start Streaming**, then check the preview on your phone.

If the stream key was shared by mistake, click *Reset stream key* in YouTube Studio.
""", None, "https://support.google.com/youtube/answer/2907883")

add("ini/decoy-rclone-env-auth", "backup/rclone.ci.conf", """\
[s3-recordings]
type = s3
provider = AWS
env_auth = true
region = us-west-2
acl = private
storage_class = STANDARD_IA

[b2-archive]
type = b2
account = ${RCLONE_B2_ACCOUNT}
key = ${RCLONE_B2_KEY}
""", None, "https://rclone.org/s3/#authentication")

add("ini/decoy-aws-sso", "ops/aws/config", """\
[default]
region = us-west-2
output = json

[profile studio-admin]
sso_session = studio
sso_account_id = 418273650912
sso_role_name = AdministratorAccess
region = us-west-2

[sso-session studio]
sso_start_url = https://lotusloft.awsapps.com/start
sso_region = us-west-2
sso_registration_scopes = sso:account:access
""", None, "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

add("json/decoy-vercel-env", "web/vercel.json", """\
{
  "framework": "nextjs",
  "regions": ["iad1"],
  "env": {
    "STRIPE_SECRET_KEY": "@stripe-secret-key",
    "NEXTAUTH_SECRET": "@nextauth-secret",
    "NEXT_PUBLIC_SITE_URL": "https://app.coreflowpilates.com"
  },
  "crons": [{ "path": "/api/cron/renewals", "schedule": "0 9 * * *" }]
}
""", None, "https://vercel.com/docs/projects/project-configuration#env")

add("r/decoy-keyring", "analytics/monthly_revenue.R", """\
library(DBI)
library(keyring)

# key_set("studio-db", "reporting") once per machine; the password lives in the OS keychain
con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("STUDIO_DB_HOST"),
  dbname = "studio",
  user = "reporting",
  password = key_get("studio-db", "reporting")
)

rev <- dbGetQuery(con, "SELECT date_trunc('month', paid_at) AS month, sum(amount_cents)/100.0 AS revenue
                        FROM payments WHERE paid_at >= now() - interval '12 months' GROUP BY 1 ORDER BY 1")
print(rev)
dbDisconnect(con)
""", None, "https://keyring.r-lib.org/")

add("notebook/decoy-getpass", "analysis/waitlist_conversion.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\n",
    "import pandas as pd\n",
    "from sqlalchemy import create_engine, URL\n",
    "\n",
    "pw = os.environ.get(\"STUDIO_DB_PASSWORD\") or getpass.getpass(\"DB password: \")\n",
    "engine = create_engine(URL.create(\"postgresql+psycopg2\", username=\"analyst\", password=pw,\n",
    "                                  host=\"studio-db.internal\", database=\"studio\"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "wl = pd.read_sql(\"SELECT class_id, promoted, attended FROM waitlist_entries\", engine)\n",
    "wl.groupby(\"promoted\").attended.mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "https://docs.python.org/3/library/getpass.html")

add("terraform/decoy-sensitive-output", "infra/terraform/outputs.tf", """\
output "db_endpoint" {
  value = aws_db_instance.studio.endpoint
}

output "db_password" {
  value     = random_password.db.result
  sensitive = true
}

output "video_bucket" {
  value = aws_s3_bucket.recordings.bucket
}

output "uploader_access_key_id" {
  value = aws_iam_access_key.uploader.id
}

output "uploader_secret" {
  value     = aws_iam_access_key.uploader.secret
  sensitive = true
}
""", None, "https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output")


# =================================================================================================
# Decoys: public identifiers meant for browsers and apps
# =================================================================================================

add("html/decoy-stripe-publishable", "site/pricing.html", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pricing | Lotus Loft Yoga</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Memberships</h1>
  <button data-plan="pack10">10-class pack - $180</button>
  <button data-plan="unlimited">Unlimited monthly - $149</button>
  <script>
    const stripe = Stripe("pk_live_51@P@");
    document.querySelectorAll("button[data-plan]").forEach((b) =>
      b.addEventListener("click", async () => {
        const r = await fetch("/api/checkout", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ plan: b.dataset.plan }) });
        window.location = (await r.json()).url;
      }));
  </script>
</body>
</html>
""", None, "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are meant for client code)", P=draw(97))

add("javascript/decoy-square-app-id", "site/js/square-card.js", """\
// Square Web Payments SDK: these ids are public (they ship to every browser)
const appId = "sq0idp-@A@";
const locationId = "L@L@";

async function initCard() {
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach("#card-container");
  document.getElementById("pay").addEventListener("click", async () => {
    const result = await card.tokenize();
    if (result.status === "OK") {
      await fetch("/api/pay", { method: "POST", body: JSON.stringify({ sourceId: result.token }) });
    }
  });
}

document.addEventListener("DOMContentLoaded", initCard);
""", None, "https://developer.squareup.com/docs/web-payments/take-card-payment",
    A=draw(22, URLSAFE), L=draw(12, string.ascii_uppercase + string.digits))

add("html/decoy-paypal-client-id", "wp-content/plugins/lotus-donations/templates/donate.php", """\
<?php if ( ! defined( 'ABSPATH' ) ) { exit; } ?>
<div class="lotus-donate">
  <h3><?php esc_html_e( 'Pay what you can for community class', 'lotus' ); ?></h3>
  <div id="paypal-buttons"></div>
</div>
<script src="https://www.paypal.com/sdk/js?client-id=@C@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/wp-json/lotus/v1/order', { method: 'POST' }).then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch('/wp-json/lotus/v1/capture/' + data.orderID, { method: 'POST' }),
  }).render('#paypal-buttons');
</script>
""", None, "https://developer.paypal.com/sdk/js/configuration/#client-id", C=paypal_client_id())

add("javascript/decoy-firebase-web-config", "web/src/firebase.js", """\
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project, not a credential (access is governed by rules).
const firebaseConfig = {
  apiKey: "AIza@K@",
  authDomain: "coreflow-studio-app.firebaseapp.com",
  projectId: "coreflow-studio-app",
  storageBucket: "coreflow-studio-app.appspot.com",
  messagingSenderId: "847201936458",
  appId: "1:847201936458:web:@A@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", None, "https://firebase.google.com/docs/projects/api-keys", K=draw(35, URLSAFE), A=hexs(22))

add("javascript/decoy-mapbox-public", "site/js/studio-map.js", """\
// Public token, URL-restricted to lotusloft.yoga in the Mapbox account
mapboxgl.accessToken = "@T@";

const map = new mapboxgl.Map({
  container: "studio-map",
  style: "mapbox://styles/mapbox/light-v11",
  center: [-104.9903, 39.7392],
  zoom: 12,
});

[
  { name: "Lotus Loft RiNo", lngLat: [-104.9822, 39.7664] },
  { name: "Lotus Loft Wash Park", lngLat: [-104.9730, 39.7006] },
].forEach((s) => new mapboxgl.Marker().setLngLat(s.lngLat).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
""", None, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token",
    T=mapbox_token("pk", "lotusloft"))

add("javascript/decoy-algolia-search-key", "site/js/class-search.js", """\
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// search-only key: can only query the public class index
const client = algoliasearch("@APP@", "@K@");

const search = instantsearch({ indexName: "classes_prod", searchClient: client });
search.addWidgets([
  searchBox({ container: "#search", placeholder: "Yin, reformer, prenatal..." }),
  hits({ container: "#hits", templates: { item: (h) => `${h.name} - ${h.instructor} - ${h.day} ${h.time}` } }),
]);
search.start();
""", None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    APP=draw(10, string.ascii_uppercase + string.digits), K=hexs(32))

add("typescript/decoy-supabase-anon", "web/lib/supabase.ts", """\
import { createClient } from "@supabase/supabase-js";

// anon key: public by design, row level security decides what it can read
export const supabase = createClient(
  "https://xqzkvmbtlrwnpdfhyaoc.supabase.co",
  "@K@",
);

export async function upcomingClasses() {
  const { data, error } = await supabase.from("classes").select("id,name,starts_at,instructor").gte("starts_at", new Date().toISOString());
  if (error) throw error;
  return data;
}
""", None, "https://supabase.com/docs/guides/api/api-keys#the-anon-key",
    K=jwt({"iss": "supabase", "ref": "xqzkvmbtlrwnpdfhyaoc", "role": "anon", "iat": 1707312000, "exp": 2022888000}))

add("html/decoy-klaviyo-onsite", "theme/snippets/klaviyo.liquid", """\
{% comment %} Klaviyo onsite: the company id is the public key, safe in the storefront {% endcomment %}
<script async type="text/javascript"
  src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@C@"></script>
<script>
  window._klOnsite = window._klOnsite || [];
  {% if customer %}
  klaviyo.identify({ email: "{{ customer.email }}", first_name: "{{ customer.first_name }}" });
  {% endif %}
  klaviyo.push(["track", "Viewed Class Schedule", { studio: "{{ shop.name }}" }]);
</script>
""", None, "https://developers.klaviyo.com/en/docs/javascript_api", C=draw(6, string.ascii_letters + string.digits))

add("javascript/decoy-onesignal-app-id", "web/public/push-init.js", """\
window.OneSignalDeferred = window.OneSignalDeferred || [];
OneSignalDeferred.push(async function (OneSignal) {
  await OneSignal.init({
    appId: "@A@",
    safari_web_id: "web.onesignal.auto.@S@",
    notifyButton: { enable: false },
    promptOptions: { slidedown: { prompts: [{ type: "push", text: { actionMessage: "Get class reminders and waitlist alerts?" } }] } },
  });
  OneSignal.User.addTag("home_studio", document.body.dataset.studio);
});
""", None, "https://documentation.onesignal.com/docs/web-sdk-setup", A=uuid_s(), S=uuid_s())

add("html/decoy-analytics-ids", "site/partials/head.html", """\
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="google-site-verification" content="@G@">
<meta name="facebook-domain-verification" content="@F@">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@GA@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@GA@');
</script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};
  if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@PX@');
  fbq('track', 'PageView');
</script>
""", None, "https://developers.google.com/tag-platform/gtagjs/install",
    G=draw(43, URLSAFE), F=draw(30, LOWER_ALNUM), GA=draw(10, string.ascii_uppercase + string.digits), PX=digits(16))

add("json/decoy-google-services", "android/app/google-services.json", """\
{
  "project_info": {
    "project_number": "847201936458",
    "project_id": "coreflow-studio-app",
    "storage_bucket": "coreflow-studio-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:847201936458:android:@A@",
        "android_client_info": { "package_name": "com.coreflowpilates.app" }
      },
      "oauth_client": [],
      "api_key": [{ "current_key": "AIza@K@" }],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", None, "https://firebase.google.com/docs/projects/learn-more#config-files-objects", A=hexs(22), K=draw(35, URLSAFE))

add("javascript/decoy-sentry-dsn", "web/sentry.client.config.js", """\
import * as Sentry from "@sentry/nextjs";

// A DSN only lets clients send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@K@@o@O@.ingest.us.sentry.io/@P@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0.0,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
});
""", None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", K=hexs(32), O=digits(7), P=digits(16))

add("html/decoy-mux-playback", "members/templates/replay.html", """\
{% extends "members/base.html" %}
{% block content %}
<h2>{{ replay.title }}</h2>
<p>{{ replay.instructor }} &middot; {{ replay.duration_minutes }} min</p>
<script src="https://cdn.jsdelivr.net/npm/@mux/mux-player"></script>
<mux-player
  stream-type="on-demand"
  playback-id="{{ replay.playback_id }}"
  playback-token="{{ playback_token }}"
  metadata-video-title="{{ replay.title }}"
  env-key="@E@"
  accent-color="#7a5cfa"></mux-player>
{% endblock %}
""", None, "https://docs.mux.com/guides/mux-player-web", E=draw(26, LOWER_ALNUM))

add("html/decoy-vimeo-embed", "site/free-classes.html", """\
<section class="free-classes">
  <h2>Free classes</h2>
  <div class="video">
    <iframe src="https://player.vimeo.com/video/@V1@?badge=0&amp;autopause=0&amp;player_id=0&amp;app_id=58479"
            frameborder="0" allow="autoplay; fullscreen; picture-in-picture" title="20-minute Morning Flow"></iframe>
  </div>
  <div class="video">
    <iframe src="https://www.youtube-nocookie.com/embed/@Y1@" title="Pilates Core Basics" allowfullscreen></iframe>
  </div>
  <script src="https://player.vimeo.com/api/player.js"></script>
</section>
""", None, "https://developer.vimeo.com/player/sdk/embed", V1=digits(9), Y1=draw(11, URLSAFE))

add("yaml/decoy-twilio-ids-only", "config/notifications.yml", """\
# Public identifiers only. The auth token is in the TWILIO_AUTH_TOKEN secret.
twilio:
  account_sid: @S@
  messaging_service_sid: @M@
  from_numbers:
    denver: "+17205550163"
    boulder: "+13035550118"
  status_callback: https://api.lotusloft.yoga/hooks/twilio/status
templates:
  reminder: "See you at {{class}} {{time}}! Reply C to cancel."
  waitlist: "A spot opened in {{class}}. Reply YES in 15 min to take it."
""", None, "https://www.twilio.com/docs/glossary/what-is-a-sid", S=twilio_sid(), M=twilio_sid("MG"))

add("yaml/decoy-stripe-ids", "config/stripe_catalog.yml", """\
# Stripe object ids (not credentials): products, prices and the connected instructor accounts
products:
  class_pack_10: prod_@P1@
  unlimited_monthly: prod_@P2@
prices:
  class_pack_10: price_1@R1@
  unlimited_monthly: price_1@R2@
  intro_week: price_1@R3@
coupons:
  bday: BDAY-FREECLASS
connected_accounts:
  maya_workshops: acct_1@A1@
  leo_retreats: acct_1@A2@
""", None, "https://docs.stripe.com/api/prices/object",
    P1=draw(14), P2=draw(14), R1=draw(23), R2=draw(23), R3=draw(23), A1=draw(15), A2=draw(15))

add("csv/decoy-booking-uuids", "exports/bookings-2024-05-06.csv", """\
booking_id,class_id,member_id,class_name,starts_at,status
@U1@,@C1@,@M1@,Vinyasa Flow,2024-05-06T07:00:00-06:00,checked_in
@U2@,@C1@,@M2@,Vinyasa Flow,2024-05-06T07:00:00-06:00,checked_in
@U3@,@C2@,@M3@,Reformer Sculpt,2024-05-06T12:15:00-06:00,late_cancel
@U4@,@C2@,@M1@,Reformer Sculpt,2024-05-06T12:15:00-06:00,checked_in
@U5@,@C3@,@M4@,Yin + Sound Bath,2024-05-06T19:30:00-06:00,no_show
""", None, "https://datatracker.ietf.org/doc/html/rfc9562 (UUIDs as record ids)",
    U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), U5=uuid_s(), C1=uuid_s(), C2=uuid_s(), C3=uuid_s(),
    M1=uuid_s(), M2=uuid_s(), M3=uuid_s(), M4=uuid_s())

add("json/decoy-iam-policy", "infra/iam/video-uploader-policy.json", """\
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "UploadRecordings",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::stillwater-class-recordings/incoming/*"
    },
    {
      "Sid": "UseKey",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey", "kms:Encrypt"],
      "Resource": "arn:aws:kms:us-west-2:418273650912:key/@K@"
    }
  ]
}
""", None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", K=uuid_s())


# =================================================================================================
# Decoys: hashes, checksums, public keys, docs examples, fixtures, redactions, templates
# =================================================================================================

add("sql/decoy-bcrypt-seed", "db/seeds/002_staff_accounts.sql", """\
-- Staff accounts for the admin dashboard. Passwords are bcrypt hashes; people reset them on first login.
INSERT INTO staff_users (id, email, display_name, role, password_hash, must_reset) VALUES
  (1, 'dana@lotusloft.yoga',  'Dana (owner)',   'owner',      '@H1@', true),
  (2, 'maya@lotusloft.yoga',  'Maya',           'instructor', '@H2@', true),
  (3, 'leo@lotusloft.yoga',   'Leo',            'instructor', '@H3@', true),
  (4, 'desk@lotusloft.yoga',  'Front desk',     'desk',       '@H4@', true)
ON CONFLICT (id) DO NOTHING;
""", None, "https://en.wikipedia.org/wiki/Bcrypt#Description",
    H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash())

add("yaml/decoy-argon2-fixtures", "spec/fixtures/members.yml", """\
# Rails fixtures: password digests only (argon2id), emails on the example.com test domain
maya:
  email: maya@example.com
  first_name: Maya
  membership_tier: unlimited
  password_digest: "@H1@"

leo:
  email: leo@example.com
  first_name: Leo
  membership_tier: pack10
  password_digest: "@H2@"
""", None, "https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html",
    H1=argon2_hash(), H2=argon2_hash())

add("json/decoy-package-lock", "packages/booking-widget/package-lock.json", """\
{
  "name": "@lotusloft/booking-widget",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "@lotusloft/booking-widget", "version": "2.3.1", "dependencies": { "date-fns": "^3.6.0", "preact": "^10.22.0" } },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@I1@==",
      "funding": { "type": "github", "url": "https://github.com/sponsors/kossnocorp" }
    },
    "node_modules/preact": {
      "version": "10.22.0",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.22.0.tgz",
      "integrity": "sha512-@I2@==",
      "funding": { "type": "opencollective", "url": "https://opencollective.com/preact" }
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", I1=draw(86, B64), I2=draw(86, B64))

add("html/decoy-sri", "site/layouts/base.html", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{ .Title }} | Willow Pilates</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-@A@" crossorigin="anonymous">
  <script defer src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.0/dist/cdn.min.js"
          integrity="sha384-@B@" crossorigin="anonymous"></script>
</head>
<body>
  {{ block "main" . }}{{ end }}
</body>
</html>
""", None, "https://developer.mozilla.org/docs/Web/Security/Subresource_Integrity", A=draw(64, B64), B=draw(64, B64))

add("dockerfile/decoy-digest", "sync/Dockerfile", """\
# pinned by digest (renovate updates these)
FROM python:3.12-slim@sha256:@D1@ AS build
WORKDIR /src
COPY pyproject.toml poetry.lock ./
RUN pip install --no-cache-dir poetry==1.8.3 && poetry export -o requirements.txt

FROM gcr.io/distroless/python3-debian12@sha256:@D2@
WORKDIR /app
COPY --from=build /src/requirements.txt .
COPY sync/ ./sync/
ENV PYTHONUNBUFFERED=1
CMD ["-m", "sync"]
""", None, "https://docs.docker.com/reference/dockerfile/#from", D1=hexs(64), D2=hexs(64))

add("text/decoy-sha256sums", "releases/kiosk-2.4.0/SHA256SUMS", """\
@A@  studio-kiosk_2.4.0_amd64.deb
@B@  studio-kiosk_2.4.0_arm64.deb
@C@  studio-kiosk-2.4.0.AppImage
@D@  studio-kiosk-2.4.0.dmg
@E@  studio-kiosk-2.4.0-setup.exe
""", None, "https://man7.org/linux/man-pages/man1/sha256sum.1.html",
    A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64))

add("lock/decoy-poetry-hashes", "newsletter/poetry.lock", """\
# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.

[[package]]
name = "mailchimp-marketing"
version = "3.0.80"
description = "Mailchimp Marketing API"
optional = false
python-versions = "*"
files = [
    {file = "mailchimp_marketing-3.0.80-py3-none-any.whl", hash = "sha256:@A@"},
    {file = "mailchimp_marketing-3.0.80.tar.gz", hash = "sha256:@B@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@C@"
""", None, "https://python-poetry.org/docs/basic-usage/#committing-your-poetrylock-file-to-version-control",
    A=hexs(64), B=hexs(64), C=hexs(64))

add("ssh/decoy-authorized-keys", "ansible/roles/base/files/authorized_keys", """\
# deploy access to the studio web servers (public keys only)
# managed by ansible: roles/base/tasks/users.yml -- edits on the hosts are overwritten
# last reviewed 2024-04-18 (removed Sam's old laptop key)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@ dana@lotusloft-mbp
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@B@ ci-deploy@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@C@ leo@studio-imac
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    A=draw(43, B64), B=draw(43, B64), C=draw(370, B64) + "=")

add("pem/decoy-certificate", "deploy/certs/book.sunsalutestudios.com.crt", "-----BEGIN CERTIFICATE-----\n"
    + "\n".join(pem_lines("MIIFJTCCBA2gAwIBAgISA" + draw(64 * 22 - 21, B64))) + "\n-----END CERTIFICATE-----\n", None,
    "https://datatracker.ietf.org/doc/html/rfc7468#section-5")

add("pem/decoy-public-key", "api/keys/member-jwt.pub.pem", "-----BEGIN PUBLIC KEY-----\n"
    + "\n".join(pem_lines("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(64 * 6 - 44 + 20, B64) + "IDAQAB")) + "\n-----END PUBLIC KEY-----\n",
    None, "https://datatracker.ietf.org/doc/html/rfc7468#section-13")

add("pgp/decoy-public-key-block", "payroll/keys/paychex-inbound.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n"
    + "Comment: Paychex inbound file encryption key\n\n"
    + "\n".join(pem_lines("mQINBGV" + draw(64 * 18 - 7, B64))) + "\n=" + draw(4, B64)
    + "\n-----END PGP PUBLIC KEY BLOCK-----\n", None, "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")

add("pgp/decoy-encrypted-message", "payroll/exports/instructor-hours-2024-04.csv.asc", "-----BEGIN PGP MESSAGE-----\n\n"
    + "\n".join(pem_lines("hQIMA" + draw(64 * 14 - 5, B64))) + "\n=" + draw(4, B64)
    + "\n-----END PGP MESSAGE-----\n", None, "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")

add("markdown/decoy-stripe-docs-test-key", "docs/dev/payments-local.md", """\
# Payments: local development

Use Stripe test mode only. The snippets below use the sample test key that Stripe prints in its
own documentation, so you can copy them as they are:

```bash
curl https://api.stripe.com/v1/customers \\
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\
  -d email="test-member@example.com"
```

Test cards: `4242 4242 4242 4242` (succeeds), `4000 0000 0000 9995` (insufficient funds).

For your own sandbox, run `stripe login` and `stripe listen --forward-to localhost:3000/api/webhooks/stripe`;
the CLI prints a `whsec_...` value for that session only.
""", None, "https://docs.stripe.com/testing")

add("markdown/decoy-aws-docs-example", "docs/dev/recordings-bucket.md", """\
# Uploading recordings by hand

Configure a named profile (ask Dana for an SSO login; we do not hand out access keys):

```ini
# ~/.aws/credentials -- example from the AWS docs, not real keys
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then:

```bash
aws s3 cp ./class.mp4 s3://stillwater-class-recordings/incoming/ --profile studio-admin
```
""", None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html")

add("markdown/decoy-jwt-io-example", "docs/api/auth.md", """\
# Member API authentication

Every request carries a bearer token issued at login:

```
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(that is the jwt.io sample token, shown for the shape only). Claims we set:

| claim | meaning |
|-------|---------|
| `sub` | member id |
| `tier` | `unlimited`, `pack10`, `intro` |
| `exp` | 7 days after login |
""", None, "https://jwt.io/introduction")

add("python/decoy-twilio-placeholder", "docs/examples/send_sms.py", """\
\"\"\"Example for new staff: sending a one-off SMS from a notebook.

Replace the placeholders with values from the Twilio console (or better, set the env vars).
\"\"\"
import os

from twilio.rest import Client

account_sid = os.getenv("TWILIO_ACCOUNT_SID", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
auth_token = os.getenv("TWILIO_AUTH_TOKEN", "your_auth_token")

client = Client(account_sid, auth_token)
message = client.messages.create(body="Class cancelled tonight, sorry!", from_="+15005550006", to="+15551234567")
print(message.sid)
""", None, "https://www.twilio.com/docs/messaging/quickstart/python")

add("markdown/decoy-mindbody-sandbox", "booking-sync/README.md", """\
# booking-sync

Pulls classes, visits and sales from Mindbody into our Postgres.

## Local setup

1. Get a developer account at https://developers.mindbodyonline.com and create an API key.
2. Use the public sandbox site: `MINDBODY_SITE_ID=-99`.
3. `cp .env.example .env` and set `MINDBODY_API_KEY=<your key>`.
4. `npm ci && npm run sync -- --days 3`

Production keys are in 1Password ("Mindbody API - prod"); never paste them in issues or Slack.

## Tests

`npm test` uses recorded fixtures in `test/fixtures/` (no network, no key needed).
""", None, "https://developers.mindbodyonline.com/PublicDocumentation/V6#getting-started")

add("text/decoy-redacted-log", "docs/incidents/2024-02-renewal-failures.log", """\
2024-02-01T04:00:02Z INFO  renewals: starting run, 412 memberships due
2024-02-01T04:00:03Z DEBUG stripe: using key sk_live_****************************q9Xz (from env STRIPE_SECRET_KEY)
2024-02-01T04:00:09Z WARN  renewals: card_declined for cus_PQ8x2LmN4vRt01 (membership 88213)
2024-02-01T04:00:11Z ERROR stripe: 401 Invalid API Key provided: sk_live_********************************************q9Xz
2024-02-01T04:00:11Z ERROR renewals: aborting, 397 not attempted
2024-02-01T04:12:40Z INFO  ops: key rotated in Secrets Manager, restarting job
2024-02-01T04:13:05Z INFO  renewals: starting run, 397 memberships due
2024-02-01T04:14:51Z INFO  renewals: done, 389 ok, 8 declined
""", None, "https://docs.stripe.com/keys#rolling-keys")

add("env/decoy-xxx-placeholder", "marketing-automation/.env.sample", """\
# Brevo (ex-Sendinblue)
BREVO_API_KEY=xkeysib-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxx
BREVO_SENDER_EMAIL=bonjour@example.fr
# Mailchimp
MAILCHIMP_API_KEY=00000000000000000000000000000000-us1
# Stripe
STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
""", None, "https://developers.brevo.com/docs/getting-started")

add("python/decoy-test-fixture", "tests/conftest.py", """\
import pytest

# Dummy values for the unit tests; the Stripe and Twilio clients are mocked, nothing leaves the machine.
FAKE_STRIPE_KEY = "sk_test_dummy_key_for_unit_tests_only"
FAKE_WEBHOOK_SECRET = "whsec_test_not_a_real_secret"
FAKE_TWILIO_TOKEN = "test-twilio-token"


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", FAKE_STRIPE_KEY)
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", FAKE_WEBHOOK_SECRET)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", FAKE_TWILIO_TOKEN)
    monkeypatch.setenv("MINDBODY_API_KEY", "mindbody-test-key")
    monkeypatch.setenv("MINDBODY_SITE_ID", "-99")
""", None, "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

add("typescript/decoy-jest-mock", "src/integrations/__tests__/momence.test.ts", """\
import nock from "nock";
import { upcomingSessions } from "../momence";

jest.mock("../config", () => ({
  momenceToken: "fake-momence-token",
  momenceHostId: 1,
}));

describe("upcomingSessions", () => {
  it("maps the payload", async () => {
    nock("https://api.momence.com", { reqheaders: { authorization: "Bearer fake-momence-token" } })
      .get("/api/v2/hosts/1/sessions")
      .query(true)
      .reply(200, { payload: [{ id: 7, name: "Sunrise Flow", startsAt: "2024-05-06T06:30:00Z", capacity: 20, ticketsSold: 12 }] });

    const sessions = await upcomingSessions(1);
    expect(sessions).toHaveLength(1);
    expect(sessions[0].name).toBe("Sunrise Flow");
  });
});
""", None, "https://github.com/nock/nock#specifying-request-headers")

add("json/decoy-cypress-fixture", "e2e/cypress/fixtures/users.json", """\
{
  "member": {
    "email": "e2e-member@example.com",
    "password": "e2e-only-local-seed",
    "tier": "unlimited"
  },
  "desk": {
    "email": "e2e-desk@example.com",
    "password": "e2e-only-local-seed",
    "role": "desk"
  },
  "note": "Seeded by db/seeds/e2e.sql into the throwaway CI database only."
}
""", None, "https://docs.cypress.io/api/commands/fixture")

add("compose/decoy-local-dev-defaults", "docker-compose.dev.yml", """\
# local development only -- binds to localhost, throwaway data
services:
  db:
    image: postgres:16
    ports: ["127.0.0.1:5432:5432"]
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: studio_dev
  mailpit:
    image: axllent/mailpit:latest
    ports: ["127.0.0.1:8025:8025", "127.0.0.1:1025:1025"]
  stripe-mock:
    image: stripe/stripe-mock:latest
    ports: ["127.0.0.1:12111:12111"]
""", None, "https://hub.docker.com/_/postgres")

add("json/decoy-stripe-event-fixture", "test/fixtures/stripe/invoice.payment_failed.json", """\
{
  "id": "evt_1@E@",
  "object": "event",
  "api_version": "2024-04-10",
  "created": 1714978800,
  "type": "invoice.payment_failed",
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1@I@",
      "object": "invoice",
      "customer": "cus_@C@",
      "subscription": "sub_1@S@",
      "amount_due": 14900,
      "currency": "usd",
      "attempt_count": 2,
      "next_payment_attempt": 1715238000,
      "status": "open"
    }
  }
}
""", None, "https://docs.stripe.com/api/events/object", E=draw(23), I=draw(23), C=draw(14), S=draw(23))

add("markdown/decoy-password-policy", "docs/staff/accounts-and-passwords.md", """\
# Staff accounts and passwords

- Every staff member gets their own login to Mindbody, the admin dashboard and Google Workspace.
  Never share the front-desk login.
- Passwords: at least 14 characters; a passphrase like `correct horse battery staple` is fine
  (but not that one). Use the 1Password family vault, not sticky notes on the desk iPad.
- 2-step verification is required for Google, Stripe and Mindbody owner accounts.
- When someone leaves, the owner removes their access the same day (checklist in HR folder).
- Lost password? Use "Forgot password" on the login page; the reset link is valid for 30 minutes.
""", None, "https://pages.nist.gov/800-63-4/sp800-63b.html")

add("html/decoy-reset-email", "templates/email/password_reset.html", """\
<table width="100%" cellpadding="0" cellspacing="0" style="font-family: Helvetica, Arial, sans-serif;">
  <tr><td>
    <h1 style="font-size:20px;">Reset your Bend &amp; Breathe password</h1>
    <p>Hi {{ member.first_name }},</p>
    <p>Someone asked to reset the password of your account. If it was you, use the button below
       (it works once, for 30 minutes):</p>
    <p><a href="{{ reset_url }}?token={{ reset_token }}"
          style="background:#5b7f6a;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;">Choose a new password</a></p>
    <p>If it was not you, ignore this email; your password stays the same.</p>
    <p style="color:#888;font-size:12px;">Bend &amp; Breathe Studio &middot; 1140 Pearl St &middot;
       <a href="{{ unsubscribe_url }}">Email preferences</a></p>
  </td></tr>
</table>
""", None, "https://cheatsheetseries.owasp.org/cheatsheets/Forgot_Password_Cheat_Sheet.html")

add("html/decoy-mailchimp-merge-tags", "newsletter/templates/timetable.html", """\
<p>Hi *|FNAME|*,</p>
<p>Here is next week's timetable at *|STUDIO|*. New this week: <strong>Reformer for Runners</strong>
   on Thursdays at 6:15pm with Leo.</p>
<table class="timetable">
  *|FEED:https://lotusloft.yoga/timetable.rss[$count=14,$content=titles]|*
</table>
<p>Your membership: *|MMERGE6|* &middot; classes left: *|MMERGE7|*</p>
<p style="font-size:11px;color:#999">You are receiving this because you joined *|LIST:COMPANY|*.
   <a href="*|UPDATE_PROFILE|*">Update preferences</a> or <a href="*|UNSUB|*">unsubscribe</a>.</p>
""", None, "https://mailchimp.com/help/all-the-merge-tags-cheat-sheet/")

add("yaml/decoy-sms-templates", "config/locales/sms.en.yml", """\
en:
  sms:
    reminder: "Hi %{first_name}! %{class_name} starts at %{time}. Can't make it? %{cancel_link}"
    waitlist_offer: "A spot opened in %{class_name} (%{time}). Reply YES within %{minutes} min to claim it."
    late_cancel: "You cancelled %{class_name} inside 12h, so a %{fee} fee applies. Questions? %{help_link}"
    card_declined: "Your membership payment didn't go through. Update your card: %{billing_link}"
    opt_out_footer: "Reply STOP to opt out."
""", None, "https://guides.rubyonrails.org/i18n.html#passing-variables-to-translations")

add("yaml/decoy-webhook-placeholders", "ops/alerts/config.example.yml", """\
# Example alert routing -- copy to config.yml and paste real URLs there (git-ignored)
slack:
  managers: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
  front_desk: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
discord:
  community: https://discord.com/api/webhooks/000000000000000000/your-webhook-token-here
rules:
  - when: bookings_tomorrow_below_pct
    value: 30
    notify: [managers]
  - when: renewal_failures_above
    value: 10
    notify: [managers, front_desk]
""", None, "https://api.slack.com/messaging/webhooks")

add("csv/decoy-payroll-export", "payroll/exports/instructor-hours-2024-05.csv", """\
instructor_id,gusto_employee_uuid,name,classes_taught,privates,workshops,rate_per_class,total
17,@U1@,Maya Chen,22,4,1,48.00,1584.00
21,@U2@,Leo Martins,18,0,0,45.00,810.00
24,@U3@,Aisha Rahman,26,6,2,52.00,2116.00
29,@U4@,Tom Okafor,9,2,0,45.00,585.00
""", None, "https://docs.gusto.com/app-integrations/reference/get-v1-companies-company_id-employees",
    U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s())

add("css/decoy-data-uri", "site/css/brand.css", """\
:root {
  --sage: #5b7f6a;
  --sand: #efe6d8;
  --ink: #2a2a2a;
}

.logo {
  width: 48px;
  height: 48px;
  background: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA@P@") no-repeat center / contain;
}

.badge-new { background: var(--sage); color: #fff; border-radius: 999px; padding: 2px 8px; }
""", None, "https://developer.mozilla.org/docs/Web/URI/Schemes/data", P=draw(420, B64) + "=")

add("markdown/decoy-changelog-shas", "CHANGELOG.md", """\
# Changelog

## 2.9.1 - 2024-05-14
- Fix double booking when two members take the last waitlist spot at once (@S1@)
- Late-cancel fee now waived for the first cancellation each month (@S2@)

## 2.9.0 - 2024-04-30
- Replays: Mux player replaces the Vimeo embed for members (@S3@)
- Instructor payroll export adds workshops column (@S4@)

## 2.8.3 - 2024-04-02
- Stripe API version bumped to 2024-04-10 (@S5@)
""", None, "https://keepachangelog.com/en/1.1.0/", S1=hexs(40), S2=hexs(40), S3=hexs(40), S4=hexs(40), S5=hexs(40))

add("python/decoy-api-key-hashing", "studio/partners/keys.py", """\
\"\"\"Partner API keys (ClassPass, corporate wellness): we store only a SHA-256 of each key.\"\"\"
import hashlib
import hmac
import secrets

# sha256 of issued keys -> partner name (the keys were shown once to each partner and never stored)
KEY_DIGESTS = {
    "@D1@": "classpass",
    "@D2@": "gympass",
    "@D3@": "acme-corp-wellness",
}


def new_key() -> str:
    return "yl_" + secrets.token_urlsafe(32)


def partner_for(presented: str) -> str | None:
    digest = hashlib.sha256(presented.encode()).hexdigest()
    for known, partner in KEY_DIGESTS.items():
        if hmac.compare_digest(known, digest):
            return partner
    return None
""", None, "https://docs.python.org/3/library/hashlib.html", D1=hexs(64), D2=hexs(64), D3=hexs(64))
