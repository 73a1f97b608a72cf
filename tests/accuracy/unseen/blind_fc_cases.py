"""Blind set FC: locksmiths and access-control installers.

Smart lock clouds (Seam, TTLock, Nuki, August/Yale, igloohome, Tuya, SwitchBot, RemoteLock, Kisi,
Latch, Verkada, Brivo, Avigilon Alta, UniFi Access), access control panels and controllers (Lenel
OnGuard, C-CURE 9000, Genetec, Gallagher, Paxton Net2, Kantech, AMAG, S2, Mercury, Axis, Hikvision,
OSDP readers, DESFire encoders), key duplication machines and kiosks, dispatch and invoicing apps
(ServiceTitan, Jobber, Housecall Pro, Workiz, QuickBooks, Xero, Square, Stripe, Twilio, call
tracking), alarm monitoring integrations (SIA DC-09, Alarm.com, Manitou, Bosch, Resideo, Envisalink),
and the infrastructure vendors such shops use; with their decoys.

Generated fakes only, drawn with random.Random from seeds 1,740,000 to 1,749,999.
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"

SEED_LO, SEED_HI = 1_740_000, 1_749_999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 3
    assert SEED_LO <= _SEED[0] <= SEED_HI, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    """n characters of ALNUM with a digit, an upper and a lower case letter (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7" + value[2:]


def hexs(n: int, upper: bool = False) -> str:
    return draw(n, HEXU if upper else HEX)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def key32_b64() -> str:
    """base64 of 32 random bytes (WireGuard, ESPHome, Azure SAS keys, Laravel keys)."""
    return base64.b64encode(rand_bytes(32)).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


WORDS = ["Harbor", "Mortise", "Falcon", "Cedar", "Tumbler", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Deadbolt", "Tundra", "Beacon", "Quartz", "Keyway", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Spindle", "Chisel", "Ratchet", "Bramble", "Orchard", "Pylon"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "cobalt", "meadow", "sprocket", "falcon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def human_pw() -> str:
    """What a person types: a word, a number, a symbol, sometimes a second word."""
    r = _rng()
    first = r.choice(WORDS)
    tail = r.choice([str(r.randint(1970, 2024)), str(r.randint(10, 99)) + r.choice(LOWER).capitalize()])
    return first + r.choice(["", "_", "."]) + r.choice(LOWER) + tail + r.choice("!?#$@")


def gen_pw(n: int = 22, extra: str = "!@#%^*-_=+") -> str:
    r = _rng()
    alphabet = ALNUM + extra
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c in extra for c in value) and any(c.isupper() for c in value):
            return value
    return "K9!" + value[3:]


def jwt(payload: dict, alg: str = "HS256", sig_len: int = 43) -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return head + "." + body + "." + draw(sig_len, URLSAFE)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8_pem() -> str:
    r = _rng()
    lines = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + "".join(r.choice(B64) for _ in range(14))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(24)]
    lines.append("".join(r.choice(B64) for _ in range(36)) + "=")
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    r = _rng()
    body = "MHcCAQEEI" + "".join(r.choice(B64) for _ in range(55)) + "\n" + "".join(r.choice(B64) for _ in range(64)) + "\n" + \
        "".join(r.choice(B64) for _ in range(56)) + "=="
    return "-----BEGIN EC PRIVATE KEY-----\n" + body + "\n-----END EC PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)]
    lines.append("".join(r.choice(B64) for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_body(lines: int = 12) -> str:
    r = _rng()
    out = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    out += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    out.append("".join(r.choice(B64) for _ in range(40)) + "==")
    return "\n".join(out)


def cert_pem(lines: int = 12) -> str:
    return "-----BEGIN CERTIFICATE-----\n" + cert_body(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


# --- vendor shapes -------------------------------------------------------------------------------

def seam_key() -> str:
    return "seam_" + mixed(8) + "_" + mixed(24)


def stripe(prefix: str = "sk_live_", n: int = 24) -> str:
    return prefix + mixed(n)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + draw(8, up) + "/B" + draw(10, up) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://brightlineaccess.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def mapbox_token(prefix: str, user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, LOWER_ALNUM)}, separators=(",", ":")).encode()
    return prefix + "." + b64url(payload) + "." + draw(22, URLSAFE)


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_client_secret() -> str:
    return draw(3, ALNUM) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_account_key() -> str:
    return base64.b64encode(rand_bytes(64)).decode()


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


S: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    text = template
    for name, value in values.items():
        text = text.replace("\u00ab" + name + "\u00bb", value)
    assert "\u00ab" not in text, text[:200]
    return text


def secret(category: str, file_name: str, template: str, value: str, source: str, **values: str) -> None:
    text = fill(template, SECRET=value, **values)
    S.append(LabelledCase("blind-fc/" + category, file_name, text, value, source))


def labelled(category: str, file_name: str, template: str, value: str, source: str, **values: str) -> None:
    """A secret case whose labelled value differs from the one substituted (a base64 or a part)."""
    text = fill(template, **values)
    S.append(LabelledCase("blind-fc/" + category, file_name, text, value, source))


def decoy(category: str, file_name: str, template: str, source: str, **values: str) -> None:
    text = fill(template, **values)
    fmt, kind = category.split("/")
    assert kind.startswith("decoy-"), category
    S.append(LabelledCase("blind-fc/" + category, file_name, text, None, source))


# =================================================================================================
# Smart lock clouds
# =================================================================================================

secret("env/api-key", "services/str-lock-sync/.env", """\
# Short-term rental lock sync (Guesty -> Seam)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

SEAM_API_KEY=«SECRET»
SEAM_WORKSPACE_ID=«WS»

GUESTY_WEBHOOK_PATH=/hooks/guesty
CODE_LENGTH=6
CODE_VALID_BEFORE_CHECKIN_MIN=180
CODE_VALID_AFTER_CHECKOUT_MIN=60
TZ=America/Denver
""", seam_key(), "https://docs.seam.co/latest/api/authentication", WS=uuid_s())

secret("python/oauth-secret", "lockcloud/ttlock_client.py", """\
\"\"\"Thin TTLock Open Platform client used by the front desk tablet backend.\"\"\"
import hashlib
import os
import time

import requests

TTLOCK_API = "https://euapi.ttlock.com"
CLIENT_ID = "«CID»"
CLIENT_SECRET = "«SECRET»"


def _md5(value: str) -> str:
    return hashlib.md5(value.encode()).hexdigest()


def get_token(username: str) -> dict:
    resp = requests.post(
        f"{TTLOCK_API}/oauth2/token",
        data={
            "clientId": CLIENT_ID,
            "clientSecret": CLIENT_SECRET,
            "username": username,
            "password": _md5(os.environ["TTLOCK_ACCOUNT_PASSWORD"]),
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()


def add_keyboard_pwd(access_token: str, lock_id: int, code: str, start_ms: int, end_ms: int) -> int:
    resp = requests.post(
        f"{TTLOCK_API}/v3/keyboardPwd/add",
        data={
            "clientId": CLIENT_ID,
            "accessToken": access_token,
            "lockId": lock_id,
            "keyboardPwd": code,
            "startDate": start_ms,
            "endDate": end_ms,
            "addType": 2,
            "date": int(time.time() * 1000),
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["keyboardPwdId"]
""", hexs(32), "https://euopen.ttlock.com/document/doc?urlName=cloud%2Foauth2%2FgetAccessTokenEn.html", CID=hexs(32))

secret("json/token", "tools/august-cli/.august_cache/session.json", """\
{
  "installId": "«INSTALL»",
  "username": "dispatch@harborviewlock.com",
  "loginMethod": "email",
  "accessToken": "«SECRET»",
  "expiresAt": "2024-11-08T19:22:41.118Z",
  "houses": ["«HOUSE»"],
  "locks": {
    "7C1F3A2B9D4E4F18A2C1D0E9B8A7F6E5": "Front Door - 214 Elm",
    "0A9B8C7D6E5F40312D1C0B9A8F7E6D5C": "Side Gate - 214 Elm"
  }
}
""", jwt({"installId": "a1f0", "region": "iad-prod", "applicationId": "", "userId": "3b6c61d0", "vInstallId": True,
          "vPassword": True, "vEmail": True, "vPhone": True, "hasInstallId": True, "hasPassword": True,
          "hasEmail": True, "hasPhone": True, "isLockedOut": False, "oauth": {}, "iat": 1728401561, "exp": 1739201561}),
       "https://github.com/snjoetw/py-august (session token cache)", INSTALL=uuid_s(), HOUSE=uuid_s())

secret("kotlin/oauth-secret", "app/src/main/java/com/tumblerkey/access/IglooConfig.kt", """\
package com.tumblerkey.access

object IglooConfig {
    const val AUTH_URL = "https://auth.igloohome.co/oauth2/token"
    const val API_BASE = "https://api.igloodeveloper.co/igloohome"
    const val CLIENT_ID = "«CID»"
    const val CLIENT_SECRET = "«SECRET»"
    const val SCOPE = "igloohomeapi/algopin-hourly igloohomeapi/algopin-onetime igloohomeapi/get-devices"
    const val PIN_VARIANCE = 1
}
""", mixed(40), "https://igloocompany.stoplight.io/docs/igloohome-api/ (OAuth2 client credentials)", CID=draw(26, LOWER_ALNUM))

secret("go/oauth-secret", "internal/saltoks/client.go", """\
package saltoks

import (
\t"context"
\t"net/http"
\t"time"

\t"golang.org/x/oauth2/clientcredentials"
)

const (
\tidentityURL = "https://identity.my-clay.com/connect/token"
\tapiBase     = "https://connect.my-clay.com/v1.1"
)

var cfg = clientcredentials.Config{
\tClientID:     "northgate-integration",
\tClientSecret: "«SECRET»",
\tTokenURL:     identityURL,
\tScopes:       []string{"user_api.full_access"},
}

// New returns an HTTP client that refreshes its Salto KS token on its own.
func New(ctx context.Context) *http.Client {
\tc := cfg.Client(ctx)
\tc.Timeout = 20 * time.Second
\treturn c
}
""", gen_pw(32, "-_"), "https://developer.saltoks.com/ (client credentials flow)")

secret("typescript/api-key", "web/pages/api/latch/unlock.ts", """\
import type { NextApiRequest, NextApiResponse } from "next";

const LATCH_BASE = "https://rest.latchaccess.com/access/sdk/v1";
const LATCH_TOKEN = "«SECRET»";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).end();
  const { doorUuid, userEmail } = req.body as { doorUuid: string; userEmail: string };
  const r = await fetch(`${LATCH_BASE}/doors/${doorUuid}/unlock`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${LATCH_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ requester: userEmail, reason: "locksmith-service-call" }),
  });
  res.status(r.status).json(await r.json());
}
""", mixed(40), "https://developer.latch.com/ (partner REST bearer tokens)")

secret("ruby/api-key", "lib/allegion/engage_client.rb", """\
require "faraday"
require "json"

module Allegion
  class EngageClient
    BASE_URL = "https://api.allegion.com/routing/v1".freeze
    SUBSCRIPTION_KEY = "«SECRET»".freeze

    def initialize(token)
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.request :json
        f.response :json
        f.headers["Ocp-Apim-Subscription-Key"] = SUBSCRIPTION_KEY
        f.headers["Authorization"] = "Bearer #{token}"
        f.headers["alle-subscription-key"] = SUBSCRIPTION_KEY
      end
    end

    def sites
      @conn.get("sites").body
    end

    def device_audits(site_id, device_id)
      @conn.get("sites/#{site_id}/devices/#{device_id}/audits").body
    end
  end
end
""", hexs(32), "https://developer.allegion.com/ (Azure API Management subscription key)")

secret("php/oauth-secret", "wp-content/plugins/rental-door-codes/includes/class-remotelock.php", """\
<?php
/**
 * RemoteLock access guests for rental bookings.
 */
class RDC_RemoteLock {
    const TOKEN_URL = 'https://connect.remotelock.com/oauth/token';
    const API_URL   = 'https://api.remotelock.com';

    private $client_id     = '«CID»';
    private $client_secret = '«SECRET»';

    public function token() {
        $cached = get_transient( 'rdc_remotelock_token' );
        if ( $cached ) {
            return $cached;
        }
        $resp = wp_remote_post( self::TOKEN_URL, array(
            'body' => array(
                'grant_type'    => 'client_credentials',
                'client_id'     => $this->client_id,
                'client_secret' => $this->client_secret,
            ),
        ) );
        $body = json_decode( wp_remote_retrieve_body( $resp ), true );
        set_transient( 'rdc_remotelock_token', $body['access_token'], $body['expires_in'] - 60 );
        return $body['access_token'];
    }
}
""", hexs(64), "https://remotelock.readme.io/docs/authentication", CID=hexs(64))

secret("shell/token", "scripts/nuki-battery-report.sh", """\
#!/usr/bin/env bash
# Weekly battery report for the Nuki locks we maintain under service contract.
set -euo pipefail

NUKI_TOKEN="«SECRET»"
OUT="/var/reports/nuki-battery-$(date +%F).csv"

echo "smartlockId,name,batteryCritical,batteryCharge" > "$OUT"
curl -sS -H "Authorization: Bearer ${NUKI_TOKEN}" \\
     -H "Accept: application/json" \\
     https://api.nuki.io/smartlock \\
  | jq -r '.[] | [.smartlockId, .name, .state.batteryCritical, .state.batteryCharge] | @csv' >> "$OUT"

mail -s "Nuki battery report" service@pinewoodlocksmiths.com < "$OUT"
""", hexs(56), "https://developer.nuki.io/page/nuki-web-api-1-4/3 (Bearer API token)")

secret("javascript/api-key", "kisi-bridge/src/kisi.js", """\
const axios = require("axios");

// Kisi login secret for the "integrations@" service user (Northgate Access Systems org)
const KISI_SECRET = "«SECRET»";

const kisi = axios.create({
  baseURL: "https://api.kisi.io",
  headers: {
    Authorization: `KISI-LOGIN ${KISI_SECRET}`,
    Accept: "application/json",
  },
  timeout: 10000,
});

async function unlock(lockId) {
  const { data } = await kisi.post(`/locks/${lockId}/unlock`, {});
  return data;
}

async function recentEvents(placeId) {
  const { data } = await kisi.get("/events", { params: { place_id: placeId, limit: 50 } });
  return data;
}

module.exports = { unlock, recentEvents };
""", hexs(32), "https://api.kisi.io/docs (Authorization: KISI-LOGIN)")

secret("serverless/api-key", "verkada-door-alerts/serverless.yml", """\
service: verkada-door-alerts
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  environment:
    VERKADA_API_KEY: «SECRET»
    VERKADA_ORG_ID: «ORG»
    ALERT_TOPIC_ARN: arn:aws:sns:us-east-2:482913375501:door-held-open

functions:
  pollAccessEvents:
    handler: handler.poll
    timeout: 60
    events:
      - schedule: rate(2 minutes)
""", "vkd_api_" + hexs(32), "https://apidocs.verkada.com/reference/quick-start-guide (API keys)", ORG=uuid_s())

secret("yaml/oauth-secret", "brivo-sync/src/main/resources/application.yml", """\
server:
  port: 8085

brivo:
  base-url: https://api.brivo.com/v1/api
  auth-url: https://auth.brivo.com/oauth/token
  api-key: ${BRIVO_API_KEY}
  client-id: «CID»
  client-secret: «SECRET»
  account-username: integrations@citadelaccess.com
  account-password: ${BRIVO_ACCOUNT_PASSWORD}
  poll-interval: PT30S

spring:
  datasource:
    url: jdbc:postgresql://db.internal:5432/brivo_sync
    username: brivo_sync
    password: ${DB_PASSWORD}
""", mixed(32), "https://developer.brivo.com/ (OAuth password grant with client id and secret)", CID=uuid_s())

secret("python/password", "alta_sync/openpath_login.py", """\
\"\"\"Pull Avigilon Alta (Openpath) entries into our service-ticket system each night.\"\"\"
import requests

API = "https://api.openpath.com"
ORG_ID = 21844

session = requests.Session()


def login() -> str:
    resp = session.post(
        f"{API}/auth/login",
        json={"email": "reports@ironcladaccess.com", "password": "«SECRET»", "mfa": {}},
        timeout=20,
    )
    resp.raise_for_status()
    token = resp.json()["data"]["token"]
    session.headers["Authorization"] = token
    return token


def entries(limit: int = 500) -> list:
    resp = session.get(f"{API}/orgs/{ORG_ID}/entries", params={"limit": limit})
    resp.raise_for_status()
    return resp.json()["data"]
""", human_pw(), "https://openpath.readme.io/reference/login")

secret("json/encryption-key", "zwave/zwave-js-ui/settings.json", """\
{
  "mqtt": {
    "name": "zwave-js-ui",
    "host": "localhost",
    "port": 1883,
    "qos": 1,
    "prefix": "zwave",
    "reconnectPeriod": 3000,
    "retain": true,
    "clean": true,
    "auth": false
  },
  "zwave": {
    "port": "/dev/serial/by-id/usb-Zooz_800_Z-Wave_Stick-if00",
    "commandsTimeout": 30,
    "logLevel": "info",
    "securityKeys": {
      "S2_Unauthenticated": "«K1»",
      "S2_Authenticated": "«K2»",
      "S2_AccessControl": "«SECRET»",
      "S0_Legacy": "«K3»"
    },
    "deviceConfigPriorityDir": "/usr/src/app/store/config",
    "enableStatistics": false
  },
  "gateway": {
    "type": 0,
    "payloadType": 0,
    "nodeNames": true
  }
}
""", hexs(32, True), "https://zwave-js.github.io/zwave-js-ui/#/usage/setup (securityKeys)",
       K1=hexs(32, True), K2=hexs(32, True), K3=hexs(32, True))

secret("json/api-key", "tools/tuya-locks/tinytuya.json", """\
{
    "apiKey": "«AID»",
    "apiSecret": "«SECRET»",
    "apiRegion": "us",
    "apiDeviceID": "eb3f2a1c0d9e8f7a6bkq9z"
}
""", draw(32, LOWER_ALNUM), "https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys", AID=draw(20, LOWER_ALNUM))

secret("python/token", "scripts/switchbot_lock_status.py", """\
import base64
import hashlib
import hmac
import time
import uuid

import requests

TOKEN = "«SECRET»"
SECRET = open("/etc/switchbot/secret").read().strip()


def headers() -> dict:
    t = str(int(time.time() * 1000))
    nonce = str(uuid.uuid4())
    sign = base64.b64encode(hmac.new(SECRET.encode(), f"{TOKEN}{t}{nonce}".encode(), hashlib.sha256).digest())
    return {"Authorization": TOKEN, "t": t, "nonce": nonce, "sign": sign.decode(), "Content-Type": "application/json"}


for device_id in ["C7A3B2F1E0D9", "D1E2F3A4B5C6"]:
    r = requests.get(f"https://api.switch-bot.com/v1.1/devices/{device_id}/status", headers=headers(), timeout=10)
    body = r.json()["body"]
    print(device_id, body.get("lockState"), body.get("battery"))
""", hexs(96), "https://github.com/OpenWonderLabs/SwitchBotAPI#authentication")

secret("swift/oauth-secret", "KeyShare/Sources/Credentials/OrigoConfig.swift", """\
import Foundation

/// HID Origo mobile identities -- issuing tenant for Brightline Security Integrators.
enum OrigoConfig {
    static let organizationId = "1003471"
    static let tokenURL = URL(string: "https://api.origo.hidglobal.com/authentication/customer/1003471/token")!
    static let clientId = "brightline-keyshare-prod"
    static let clientSecret = "«SECRET»"
    static let partNumber = "MID-SUB-CRD_FTPN_2142"

    static var tokenRequestBody: Data {
        let body = "client_id=\\(clientId)&client_secret=\\(clientSecret)&grant_type=client_credentials"
        return Data(body.utf8)
    }
}
""", mixed(32), "https://doc.origo.hidglobal.com/api/authentication/")

secret("markdown/api-key", "docs/runbooks/seam-webhook-replay.md", """\
# Replaying missed Seam webhooks

When the lock-sync service is down for more than a few minutes, Seam keeps the events but our
code-provisioning queue misses them. To replay them by hand:

1. Find the outage window in Grafana (dashboard *Lock Sync / Webhook lag*).
2. List the events for the window:

```bash
curl -s https://connect.getseam.com/events/list \\
  -H "Authorization: Bearer «SECRET»" \\
  -H "Content-Type: application/json" \\
  -d '{"since": "2024-10-02T14:00:00Z", "event_types": ["lock.unlocked", "access_code.set_on_device"]}' \\
  | jq '.events | length'
```

3. Pipe the same output into `bin/replay-events --dry-run`, check the diff, then run it for real.
4. Post a note in #ops-locks with the count replayed.
""", seam_key(), "https://docs.seam.co/latest/api/events/list")

# =================================================================================================
# Access control panels and controllers
# =================================================================================================

secret("powershell/password", "scripts/onguard/Export-Cardholders.ps1", """\
<#
.SYNOPSIS
  Nightly export of OnGuard cardholders for the HR reconciliation report.
#>
param(
    [string]$Server = "ONGUARD-APP01",
    [string]$OutFile = "\\\\fs01\\security\\exports\\cardholders-$(Get-Date -Format yyyyMMdd).csv"
)

$user = "LNL\\svc_dataconduit"
$pass = ConvertTo-SecureString "«SECRET»" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$cardholders = Get-WmiObject -ComputerName $Server -Credential $cred `
    -Namespace "root\\OnGuard" -Class Lnl_Cardholder

$cardholders |
    Select-Object ID, FIRSTNAME, LASTNAME, DEPT, SSNO |
    Export-Csv -Path $OutFile -NoTypeInformation

Write-Host "Exported $($cardholders.Count) cardholders to $OutFile"
""", words_pw(), "https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring")

secret("python/password", "onguard_bridge/openaccess.py", """\
import requests

BASE = "https://onguard.campus.local:8080/api/access/onguard/openaccess"
APP_ID = "«APPID»"


class OpenAccess:
    def __init__(self):
        self.s = requests.Session()
        self.s.headers.update({"Application-Id": APP_ID, "Content-Type": "application/json"})
        self.s.verify = "/etc/ssl/campus-ca.pem"

    def login(self):
        r = self.s.post(
            f"{BASE}/authentication?version=1.0",
            json={"user_name": "oa_integration", "password": "«SECRET»", "directory_id": "id-1"},
        )
        r.raise_for_status()
        self.s.headers["Session-Token"] = r.json()["session_token"]

    def badges(self, cardholder_id):
        r = self.s.get(f"{BASE}/instances", params={
            "version": "1.0", "type_name": "Lnl_Badge", "filter": f"PERSONID={cardholder_id}"})
        r.raise_for_status()
        return r.json()["item_list"]
""", gen_pw(18), "https://www.lenels2.com/ (OpenAccess API authentication, Application-Id header)", APPID=uuid_s().upper())

secret("json/database", "CcureEventBridge/appsettings.Production.json", """\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "ConnectionStrings": {
    "SwhSystem": "Server=CCURE01\\\\SQLEXPRESS;Database=SWHSystem;User Id=ccure_reader;Password=«SECRET»;TrustServerCertificate=True",
    "Journal": "Server=CCURE01\\\\SQLEXPRESS;Database=SWHSystemJournal;Integrated Security=True;TrustServerCertificate=True"
  },
  "EventBridge": {
    "PollSeconds": 5,
    "ForwardTo": "https://events.northgateaccess.com/ingest/ccure",
    "Site": "HQ-Tower-B"
  }
}
""", human_pw(), "https://learn.microsoft.com/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

secret("csharp/password", "src/Victor/VictorSession.cs", """\
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;

namespace Northgate.Ccure
{
    public sealed class VictorSession
    {
        private const string BaseUrl = "https://ccure-web01/victorwebservice/api";
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> LoginAsync()
        {
            var form = new FormUrlEncodedContent(new[]
            {
                new KeyValuePair<string, string>("userName", "NGA\\\\svc_victor"),
                new KeyValuePair<string, string>("password", "«SECRET»"),
                new KeyValuePair<string, string>("clientName", "Northgate Event Bridge"),
                new KeyValuePair<string, string>("clientVersion", "3.0"),
                new KeyValuePair<string, string>("clientId", "«CLIENTID»"),
            });
            var resp = await _http.PostAsync($"{BaseUrl}/Authenticate/Login", form);
            resp.EnsureSuccessStatusCode();
            return resp.Headers.GetValues("session-id").First();
        }
    }
}
""", words_pw(), "https://www.swhouse.com/ (victor Web Service Authenticate/Login)", CLIENTID=uuid_s())

_GEN_AUTH = b64("dashboard;" + draw(64, B64) + ":" + words_pw())
labelled("javascript/basic-auth", "genetec-dashboard/server/genetec.js", """\
// Genetec Web SDK proxy for the lobby dashboard
const https = require("https");
const fetch = require("node-fetch");

const WEBSDK = "https://sc-main.brightline.local:4590/WebSdk";
// user;appid:password, base64
const AUTH = "Basic «B64»";

const agent = new https.Agent({ rejectUnauthorized: false });

async function entity(guid) {
  const r = await fetch(`${WEBSDK}/entity?q=entity=${guid},Name,RunningState`, {
    headers: { Authorization: AUTH, Accept: "text/json" },
    agent,
  });
  return r.json();
}

async function unlockDoor(doorGuid) {
  const r = await fetch(`${WEBSDK}/entity?q=entity=${doorGuid},UnlockExplicitly(5)`, {
    method: "POST",
    headers: { Authorization: AUTH },
    agent,
  });
  return r.status;
}

module.exports = { entity, unlockDoor };
""", _GEN_AUTH, "https://github.com/Genetec/DAP (Web SDK basic authentication user;appid:password)", B64=_GEN_AUTH)

secret("xml/database", "deploy/genetec/GenetecServer.exe.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DirectoryServer" value="SC-MAIN" />
    <add key="ArchiverRole" value="false" />
    <add key="LogPath" value="D:\\Genetec\\Logs" />
  </appSettings>
  <connectionStrings>
    <add name="Directory"
         connectionString="Data Source=SC-SQL01\\GENETEC;Initial Catalog=Directory;User ID=sc_directory;Password=«SECRET»;Connect Timeout=30"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.net>
    <defaultProxy enabled="false" />
  </system.net>
</configuration>
""", gen_pw(20, "!#$%"), "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

secret("python/api-key", "gallagher/cc_events.py", """\
\"\"\"Stream Gallagher Command Centre alarms into the monitoring queue.\"\"\"
import time

import requests

CC = "https://cc01.summitlock.local:8904/api"
API_KEY = "«SECRET»"

s = requests.Session()
s.headers["Authorization"] = f"GGL-API-KEY {API_KEY}"
s.cert = ("/etc/gallagher/client.crt", "/etc/gallagher/client.key")
s.verify = "/etc/gallagher/cc-root.pem"


def alarms():
    url = s.get(CC).json()["features"]["alarms"]["alarms"]["href"]
    while True:
        r = s.get(url, params={"top": 100})
        r.raise_for_status()
        body = r.json()
        for alarm in body.get("alarms", []):
            yield alarm
        url = body.get("updates", {}).get("href", url)
        time.sleep(2)
""", "-".join(hexs(4, True) for _ in range(8)), "https://gallaghersecurity.github.io/cc-rest-docs/ref/index.html (GGL-API-KEY)")

secret("pem/private-key", "deploy/gallagher/rest-client.pem", """\
Bag Attributes
    friendlyName: summitlock-rest-client
subject=CN = summitlock-rest-client
issuer=CN = Gallagher Command Centre Root
-----BEGIN CERTIFICATE-----
«CERT»
-----END CERTIFICATE-----
«SECRET»
""", pem("RSA"), "https://gallaghersecurity.github.io/cc-rest-docs/ref/index.html (client certificates)", CERT=cert_body(14))

secret("xml/password", "Net2Sync/App.config", """\
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <add key="Net2ServerUrl" value="https://net2-server:8443/api/v1/" />
    <add key="Net2ClientId" value="«CID»" />
    <add key="Net2Username" value="System engineer" />
    <add key="Net2Password" value="«SECRET»" />
    <add key="Net2GrantType" value="password" />
    <add key="DepartmentId" value="4" />
    <add key="SyncIntervalMinutes" value="15" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", human_pw(), "https://paxton-access.github.io/net2-local-api-docs/ (password grant)", CID=uuid_s())

secret("xml/password", "integrations/kantech/SmartService.web.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="EntraPassServer" value="KTS-EP01" />
    <add key="EntraPassPort" value="8801" />
    <add key="OperatorName" value="SmartLink_API" />
    <add key="OperatorPassword" value="«SECRET»" />
    <add key="ConnectedProgramKey" value="Ironclad-Badging" />
    <add key="SessionTimeoutMinutes" value="20" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" />
  </system.web>
</configuration>
""", words_pw(), "https://www.kantech.com/ (EntraPass SmartService operator login)")

secret("ini/database", "keyscan-reports/config.ini", """\
; Keyscan Aurora reporting -- read-only view access
[aurora]
server = KEYSCAN-SRV\\KEYSCAN
database = AURORA
driver = ODBC Driver 17 for SQL Server
uid = aurora_reports
pwd = «SECRET»

[output]
dir = C:\\Reports\\Keyscan
format = xlsx
email_to = facilities@harborviewlock.com
""", gen_pw(16, "!$"), "https://learn.microsoft.com/sql/connect/odbc/dsn-connection-string-attribute")

secret("xml/password", "amag/SymmetryWebServices.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<SymmetryIntegration>
  <Server>
    <Host>symmetry01.campus.local</Host>
    <Port>8087</Port>
    <UseTls>true</UseTls>
  </Server>
  <Credentials>
    <UserName>sws_integration</UserName>
    <Password>«SECRET»</Password>
  </Credentials>
  <Polling>
    <TransactionIntervalSeconds>10</TransactionIntervalSeconds>
    <AlarmIntervalSeconds>5</AlarmIntervalSeconds>
  </Polling>
</SymmetryIntegration>
""", passphrase(), "https://www.amag.com/ (Symmetry web services integration)")

secret("sql/password", "db/prowatch/create_integration_login.sql", """\
-- Pro-Watch: read-only login for the badge report service
USE [master];
GO
CREATE LOGIN [pw_badge_reports]
    WITH PASSWORD = N'«SECRET»',
         DEFAULT_DATABASE = [PWNT],
         CHECK_POLICY = ON,
         CHECK_EXPIRATION = OFF;
GO
USE [PWNT];
GO
CREATE USER [pw_badge_reports] FOR LOGIN [pw_badge_reports];
ALTER ROLE [db_datareader] ADD MEMBER [pw_badge_reports];
GRANT EXECUTE ON OBJECT::dbo.sp_BadgeHistory TO [pw_badge_reports];
GO
""", gen_pw(20), "https://learn.microsoft.com/sql/t-sql/statements/create-login-transact-sql")

secret("device-config/password", "sites/riverside-clinic/lp1502-door-ctrl.cfg", """\
# Mercury LP1502 -- exported by installer, Riverside Clinic east wing
[network]
hostname=LP1502-EAST
dhcp=0
ip=10.44.12.31
mask=255.255.255.0
gateway=10.44.12.1
dns=10.44.0.10

[host_comm]
primary_host=10.44.0.20
primary_port=3001
encryption=1
data_security=TLS

[web_users]
user1_name=installer
user1_password=«SECRET»
user1_level=admin

[time]
ntp_server=10.44.0.10
timezone=America/Chicago
""", human_pw(), "https://www.mercury-security.com/ (LP1502 web configuration users)")

secret("shell/password", "scripts/axis-a1001-backup.sh", """\
#!/bin/sh
# Pull config backups from the Axis A1001 door controllers at the depot.
BACKUP_DIR=/srv/backups/axis/$(date +%Y%m%d)
mkdir -p "$BACKUP_DIR"

for host in 10.60.1.21 10.60.1.22 10.60.1.23; do
  curl --silent --show-error --digest \\
       --user root:«SECRET» \\
       "http://$host/axis-cgi/admin/backup.cgi" \\
       -o "$BACKUP_DIR/a1001-$host.bin" || echo "backup failed for $host" >&2
done

find /srv/backups/axis -maxdepth 1 -mtime +30 -exec rm -rf {} +
""", words_pw(), "https://developer.axis.com/vapix/ (digest authentication, backup.cgi)")

secret("python/password", "hik_terminals/push_faces.py", """\
import json
from pathlib import Path

import requests
from requests.auth import HTTPDigestAuth

TERMINALS = ["10.70.3.11", "10.70.3.12"]
AUTH = HTTPDigestAuth("admin", "«SECRET»")


def add_user(host: str, employee_no: str, name: str) -> None:
    body = {"UserInfo": {"employeeNo": employee_no, "name": name, "userType": "normal",
                         "Valid": {"enable": True, "beginTime": "2024-01-01T00:00:00",
                                   "endTime": "2030-12-31T23:59:59"}}}
    r = requests.post(f"http://{host}/ISAPI/AccessControl/UserInfo/Record?format=json",
                      data=json.dumps(body), auth=AUTH, timeout=10)
    r.raise_for_status()


for row in json.loads(Path("staff.json").read_text()):
    for host in TERMINALS:
        add_user(host, row["id"], row["name"])
""", gen_pw(14, "#@"), "https://www.hikvision.com/ (ISAPI AccessControl, digest authentication)")

secret("properties/database", "zkbio/conf/datasource.properties", """\
# ZKBio CVSecurity -- external reporting datasource
datasource.type=postgresql
datasource.url=jdbc:postgresql://127.0.0.1:5442/biosecurity-boot
datasource.username=zkbio_report
datasource.password=«SECRET»
datasource.pool.max=10
datasource.pool.min=2
report.timezone=Asia/Dubai
""", gen_pw(16, "_@"), "https://jdbc.postgresql.org/documentation/use/")

secret("typescript/oauth-secret", "src/integrations/pdk/auth.ts", """\
import axios from "axios";

const PDK_AUTH = "https://accounts.pdk.io/oauth2/token";
const CLIENT_ID = "«CID»";
const CLIENT_SECRET = "«SECRET»";

let cached: { token: string; expires: number } | null = null;

export async function pdkToken(): Promise<string> {
  if (cached && cached.expires > Date.now() + 30_000) return cached.token;
  const { data } = await axios.post(
    PDK_AUTH,
    new URLSearchParams({ grant_type: "client_credentials", scope: "openid" }),
    { auth: { username: CLIENT_ID, password: CLIENT_SECRET } },
  );
  cached = { token: data.access_token, expires: Date.now() + data.expires_in * 1000 };
  return cached.token;
}
""", mixed(40), "https://docs.pdk.io/ (OAuth2 client credentials)", CID=draw(20, LOWER_ALNUM))

secret("json/password", "keep-sync/config/keep.json", """\
{
  "keepApi": "https://api.us.acresecurity.cloud",
  "instance": "ironclad-access",
  "username": "sync.service",
  "password": "«SECRET»",
  "folders": {
    "people": "5f2c1a9e8b7d6c5a4f3e2d1c",
    "cards": "5f2c1a9e8b7d6c5a4f3e2d1d"
  },
  "batchSize": 200
}
""", words_pw(), "https://keep.feenics.com/api/help (POST /token with instance, username, password)")

secret("yaml/encryption-key", "provisioning/osdp/readers-bldg-c.yaml", """\
# OSDP secure channel provisioning -- Building C readers (HID Signo 40)
panel: mercury-lp4502-bldgc
bus: rs485-2
baud: 9600
secure_channel:
  enabled: true
  install_mode: false
  scbk: «SECRET»
readers:
  - address: 0
    door: C-101 Main Entry
  - address: 1
    door: C-104 IDF
  - address: 2
    door: C-210 Pharmacy
  - address: 3
    door: C-212 Records
""", hexs(32, True), "https://www.securityindustry.org/industry-standards/open-supervised-device-protocol/ (SCBK)")

secret("json/encryption-key", "encoder/desfire-profile.json", """\
{
  "profile": "Citadel Campus EV3",
  "cardType": "MIFARE DESFire EV3",
  "picc": {
    "masterKeyType": "AES",
    "changeDefaultMasterKey": true
  },
  "application": {
    "aid": "F51CD8",
    "keyType": "AES",
    "keyCount": 2,
    "appMasterKey": "«SECRET»",
    "diversification": "AN10922"
  },
  "files": [
    { "fileNo": 1, "type": "std", "size": 32, "comm": "enciphered", "content": "pacs-credential" }
  ]
}
""", hexs(32, True), "https://www.nxp.com/docs/en/application-note/AN10922.pdf")

secret("ruby/password", "lib/tasks/acm_sync.rake", """\
require "net/http"
require "json"

namespace :acm do
  desc "Sync identities from Avigilon ACM to the service ticket system"
  task sync: :environment do
    uri = URI("https://acm.harborview.local/sessions")
    http = Net::HTTP.new(uri.host, uri.port)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE

    login = Net::HTTP::Post.new(uri, "Content-Type" => "application/json")
    login.body = { login: "api_sync", password: "«SECRET»" }.to_json
    session = JSON.parse(http.request(login).body)["session"]

    req = Net::HTTP::Get.new(URI("https://acm.harborview.local/identities.json?per_page=500"))
    req["Cookie"] = "_acm_session=#{session}"
    identities = JSON.parse(http.request(req).body)
    Identity.upsert_all(identities.map { |i| i.slice("id", "first_name", "last_name", "status") })
  end
end
""", human_pw(), "https://www.avigilon.com/ (ACM REST API sessions)")

secret("xml/password", "netbox/nbapi/login.xml", """\
<NETBOX-API>
  <COMMAND name="Login" num="1" dateformat="tzoffset">
    <PARAMS>
      <USERNAME>nbapi</USERNAME>
      <PASSWORD>«SECRET»</PASSWORD>
    </PARAMS>
  </COMMAND>
</NETBOX-API>
""", words_pw(), "https://www.lenels2.com/ (S2 NetBox NBAPI Login command)")

# =================================================================================================
# Alarm monitoring integrations
# =================================================================================================

secret("xml/password", "monitoring/alarmcom/GetCustomerList.xml", """\
<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
               xmlns:alarm="https://www.alarm.com/WebServices">
  <soap:Header>
    <alarm:Authentication>
      <alarm:User>beaconalarm_api</alarm:User>
      <alarm:Password>«SECRET»</alarm:Password>
      <alarm:TwoFactorDeviceId></alarm:TwoFactorDeviceId>
    </alarm:Authentication>
  </soap:Header>
  <soap:Body>
    <alarm:GetCustomerList>
      <alarm:dealerId>11842</alarm:dealerId>
      <alarm:includeTerminated>false</alarm:includeTerminated>
    </alarm:GetCustomerList>
  </soap:Body>
</soap:Envelope>
""", gen_pw(16, "!$#"), "https://www.alarm.com/webservices/CustomerManagement.asmx (SOAP Authentication header)")

secret("python/encryption-key", "receiver/sia_listener.py", """\
\"\"\"SIA DC-09 listener: panels at contract sites report here, we forward to Manitou.\"\"\"
import asyncio
import logging

from pysiaalarm.aio import SIAAccount, SIAClient

logging.basicConfig(level=logging.INFO)

ACCOUNTS = [
    SIAAccount("2F41", "«SECRET»", allowed_timeband=(80, 40)),
    SIAAccount("2F42", None),
]


async def handle(event):
    logging.info("acct=%s code=%s zone=%s", event.account, event.code, event.ri)
    await forward_to_manitou(event)


async def forward_to_manitou(event):
    ...


async def main():
    async with SIAClient("0.0.0.0", 7777, ACCOUNTS, function=handle):
        await asyncio.Event().wait()


asyncio.run(main())
""", hexs(32, True), "https://github.com/eavanvalkenburg/pysiaalarm (SIAAccount key, AES)")

secret("csharp/password", "MonitoringBridge/ManitouOptions.cs", """\
namespace Beacon.MonitoringBridge
{
    public static class ManitouOptions
    {
        public const string Endpoint = "https://manitou.beaconalarm.net/BoldNet/ManitouService.svc";
        public const string Username = "bridge_automation";
        public const string Password = "«SECRET»";
        public const string Workstation = "BRIDGE-01";
        public const int ReceiverNumber = 3;
        public const int LineNumber = 1;
    }
}
""", words_pw(), "https://www.boldgroup.com/ (Manitou web services login)")

secret("ini/password", "sureview/email-ingest.ini", """\
[imap]
host = outlook.office365.com
port = 993
ssl = true
username = alarms@beaconalarm.net
password = «SECRET»
folder = INBOX/Panels

[sureview]
endpoint = https://immix.beaconalarm.net/api/v1/events
site_map = /etc/sureview/site-map.csv
poll_seconds = 15
""", human_pw(), "https://docs.python.org/3/library/imaplib.html")

secret("go/signing-key", "cmd/alarm-webhook/main.go", """\
package main

import (
\t"crypto/hmac"
\t"crypto/sha256"
\t"encoding/hex"
\t"io"
\t"log"
\t"net/http"
)

// Shared with the monitoring center's outbound webhook configuration.
var webhookSecret = []byte("«SECRET»")

func verify(body []byte, signature string) bool {
\tmac := hmac.New(sha256.New, webhookSecret)
\tmac.Write(body)
\texpected := hex.EncodeToString(mac.Sum(nil))
\treturn hmac.Equal([]byte(expected), []byte(signature))
}

func handler(w http.ResponseWriter, r *http.Request) {
\tbody, _ := io.ReadAll(r.Body)
\tif !verify(body, r.Header.Get("X-Signature-SHA256")) {
\t\thttp.Error(w, "bad signature", http.StatusUnauthorized)
\t\treturn
\t}
\tlog.Printf("alarm event: %s", body)
\tw.WriteHeader(http.StatusAccepted)
}

func main() {
\thttp.HandleFunc("/alarm", handler)
\tlog.Fatal(http.ListenAndServe(":8443", nil))
}
""", mixed(40), "https://pkg.go.dev/crypto/hmac")

secret("python/password", "scripts/totalconnect_arm_check.py", """\
from total_connect_client import TotalConnectClient

USERNAME = "pinewood-office"
PASSWORD = "«SECRET»"
USERCODES = {"1184302": "1234"}

tc = TotalConnectClient(USERNAME, PASSWORD, USERCODES)
for location_id, location in tc.locations.items():
    print(location_id, location.location_name, location.arming_state)
    for zone_id, zone in location.zones.items():
        if zone.is_faulted():
            print("  faulted:", zone_id, zone.description)
""", human_pw(), "https://github.com/craigjmidwinter/total-connect-client")

secret("yaml/password", "homeassistant/packages/envisalink.yaml", """\
envisalink:
  host: 192.168.10.45
  panel_type: DSC
  user_name: user
  password: «SECRET»
  code: !secret alarm_code
  port: 4025
  evl_version: 4
  keepalive_interval: 60
  zonedump_interval: 30
  timeout: 10
  panic_type: Police
  zones:
    1:
      name: "Front Door"
      type: "opening"
    2:
      name: "Back Door"
      type: "opening"
    3:
      name: "Shop Motion"
      type: "motion"
""", gen_pw(10, "!"), "https://www.home-assistant.io/integrations/envisalink/")

secret("python/password", "bosch_panel/poll.py", """\
import asyncio

from bosch_alarm_mode2 import Panel

PANEL_HOST = "10.80.2.40"
PANEL_PORT = 7700
AUTOMATION_CODE = "«SECRET»"


async def main():
    panel = Panel(host=PANEL_HOST, port=PANEL_PORT, automation_code=AUTOMATION_CODE)
    await panel.connect()
    for area_id, area in panel.areas.items():
        print(area_id, area.name, "armed" if area.is_armed() else "disarmed")
    await panel.disconnect()


asyncio.run(main())
""", gen_pw(16, ""), "https://github.com/mag1024/bosch-alarm-mode2 (automation passcode)")

secret("mosquitto/password", "mosquitto/conf.d/bridge-monitoring.conf", """\
# Bridge local panel events to the monitoring center broker
connection monitoring-center
address mqtt.beaconalarm.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/beacon-ca.crt
remote_clientid site-0412-gateway
remote_username site-0412
remote_password «SECRET»
cleansession false
topic panels/# out 1 "" site/0412/
topic commands/# in 1 "" site/0412/
""", gen_pw(24, "-_"), "https://mosquitto.org/man/mosquitto-conf-5.html (remote_password)")

secret("properties/password", "alarm-relay/src/main/resources/application.properties", """\
spring.application.name=alarm-relay
server.port=8090

spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=noreply@citadelaccess.com
spring.mail.password=«SECRET»
spring.mail.properties.mail.smtp.starttls.enable=true

relay.receiver.host=0.0.0.0
relay.receiver.port=3061
relay.forward.emails=oncall@citadelaccess.com
""", human_pw(), "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.mail")

secret("yaml/password", "monitoring/prometheus/alertmanager.yml", """\
global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.sendgrid.net:587
  smtp_from: alerts@beaconalarm.net
  smtp_auth_username: apikey
  smtp_auth_password: «SECRET»

route:
  receiver: ops-email
  group_by: [alertname, site]
  routes:
    - matchers: [severity="page"]
      receiver: ops-pager

receivers:
  - name: ops-email
    email_configs:
      - to: ops@beaconalarm.net
  - name: ops-pager
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/pd-routing-key
""", sendgrid_key(), "https://prometheus.io/docs/alerting/latest/configuration/#email_config")

secret("yaml/api-key", "monitoring/prometheus/alertmanager-receivers.yml", """\
receivers:
  - name: receiver-down
    pagerduty_configs:
      - routing_key: «SECRET»
        severity: critical
        description: "Alarm receiver {{ .CommonLabels.instance }} stopped answering"
  - name: line-fault
    webhook_configs:
      - url: http://manitou-bridge:8080/alerts
""", hexs(32), "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

# =================================================================================================
# Key duplication machines and kiosks
# =================================================================================================

secret("ini/password", "keymachine/FuturaLink.ini", """\
[General]
Language=EN
Machine=Futura Pro
SerialPort=COM4
AutoUpdate=1

[Cloud]
Server=https://cloud.futura-keys.example-vendor.net
ShopCode=MN-0381
Username=counter@tumblerandkey.com
Password=«SECRET»
SyncCodes=1

[Printer]
Name=DYMO LabelWriter 450
Labels=1
""", human_pw(), "vendor PC-link INI layout (key machine cloud login), Windows INI format")

secret("json/connection-string", "kiosk-agent/config/device.json", """\
{
  "kioskId": "KK-0117",
  "store": "Maplewood Hardware #17",
  "iotHub": {
    "connectionString": "HostName=keykiosk-prod.azure-devices.net;DeviceId=KK-0117;SharedAccessKey=«SECRET»",
    "telemetryIntervalSec": 60
  },
  "cutter": {
    "port": "/dev/ttyUSB0",
    "bladeHoursAlarm": 180
  },
  "camera": {
    "device": "/dev/video0",
    "resolution": "1920x1080"
  }
}
""", key32_b64(), "https://learn.microsoft.com/azure/iot-hub/iot-hub-dev-guide-sas (device connection string)")

secret("pem/private-key", "kiosk-agent/certs/KK-0203-private.pem.key", """\
«SECRET»
""", pem("RSA"), "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

secret("kotlin/api-key", "cutter-tablet/app/src/main/java/com/summitlock/cutter/net/Backend.kt", """\
package com.summitlock.cutter.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

private const val BASE_URL = "https://keys.summitlock.co/api/v2/"
private const val SHOP_API_KEY = "«SECRET»"

private val auth = Interceptor { chain ->
    chain.proceed(
        chain.request().newBuilder()
            .header("X-Api-Key", SHOP_API_KEY)
            .header("X-Shop", "summit-main")
            .build()
    )
}

val backend: KeyCodeService = Retrofit.Builder()
    .baseUrl(BASE_URL)
    .client(OkHttpClient.Builder().addInterceptor(auth).build())
    .addConverterFactory(MoshiConverterFactory.create())
    .build()
    .create(KeyCodeService::class.java)
""", "sk_shop_" + mixed(32), "https://square.github.io/retrofit/ (header interceptor)")

secret("batch/password", "scripts/sync-keycodes.bat", """\
@echo off
REM Copy the day's cut log from the counter PC to the office share
set SHARE=\\\\OFFICE-NAS\\keycodes
net use K: %SHARE% /user:TUMBLER\\counter «SECRET» /persistent:no
if errorlevel 1 goto fail

robocopy "C:\\ProgramData\\KeyMachine\\CutLog" "K:\\cutlog\\%COMPUTERNAME%" *.csv /MIR /R:2 /W:5
net use K: /delete /y
exit /b 0

:fail
echo Could not map %SHARE% >> C:\\ProgramData\\KeyMachine\\sync-error.log
exit /b 1
""", words_pw(), "https://learn.microsoft.com/windows-server/administration/windows-commands/net-use")

secret("arduino/password", "firmware/strike-relay/strike-relay.ino", """\
#include <WiFi.h>
#include <PubSubClient.h>

const char* WIFI_SSID = "Shop-IoT";
const char* WIFI_PASS = "«SECRET»";
const char* MQTT_HOST = "10.0.40.5";
const int   RELAY_PIN = 26;

WiFiClient net;
PubSubClient mqtt(net);

void onMessage(char* topic, byte* payload, unsigned int len) {
  if (len == 5 && memcmp(payload, "pulse", 5) == 0) {
    digitalWrite(RELAY_PIN, HIGH);
    delay(3000);
    digitalWrite(RELAY_PIN, LOW);
  }
}

void setup() {
  pinMode(RELAY_PIN, OUTPUT);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(250);
  mqtt.setServer(MQTT_HOST, 1883);
  mqtt.setCallback(onMessage);
}

void loop() {
  if (!mqtt.connected() && mqtt.connect("strike-relay-01")) {
    mqtt.subscribe("shop/door/back/cmd");
  }
  mqtt.loop();
}
""", human_pw(), "https://docs.arduino.cc/libraries/wifi/ (WiFi.begin ssid, pass)")

secret("esphome/encryption-key", "esphome/garage-door-lock.yaml", """\
esphome:
  name: garage-door-lock
  friendly_name: Garage Door Lock

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "«SECRET»"

ota:
  - platform: esphome
    password: !secret ota_password

output:
  - platform: gpio
    pin: GPIO25
    id: lock_relay

lock:
  - platform: output
    name: "Garage Side Door"
    output: lock_relay
""", key32_b64(), "https://esphome.io/components/api.html#configuration-variables (encryption key)")

secret("crontab/password", "ops/crontab.keycode-backup", """\
# m h dom mon dow  command
15 2 * * *  /usr/bin/mysqldump -u backup -p'«SECRET»' keycodes | gzip > /srv/backup/keycodes-$(date +\\%F).sql.gz
45 2 * * *  /usr/bin/find /srv/backup -name 'keycodes-*.sql.gz' -mtime +21 -delete
0 3 * * 0   /usr/local/bin/rclone sync /srv/backup b2:tumbler-backups/keycodes
*/10 * * * * /usr/local/bin/kiosk-healthcheck >/dev/null 2>&1
""", gen_pw(18, "!#"), "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html (-p password)")

secret("rclone/api-key", "ops/rclone/rclone.conf", """\
[b2]
type = b2
account = «ACCT»
key = «SECRET»
hard_delete = false

[office-nas]
type = sftp
host = 10.0.0.12
user = backup
key_file = /root/.ssh/nas_backup
""", "K005" + draw(27, B64), "https://rclone.org/b2/ (account and key)", ACCT="005" + hexs(22))

# =================================================================================================
# Dispatch, CRM, invoicing, payments, telephony
# =================================================================================================

secret("env/oauth-secret", "dispatch-sync/.env.production", """\
# ServiceTitan -> warehouse sync
ST_TENANT_ID=1408835517
ST_APP_KEY=«APPKEY»
ST_CLIENT_ID=cid.«CID»
ST_CLIENT_SECRET=«SECRET»
ST_AUTH_URL=https://auth.servicetitan.io/connect/token
ST_API_URL=https://api.servicetitan.io

WAREHOUSE_URL=postgresql://dispatch_sync@warehouse.internal:5432/ops
WAREHOUSE_PASSWORD_FILE=/run/secrets/warehouse_password
""", "cs1." + draw(50, LOWER_ALNUM), "https://developer.servicetitan.io/docs/get-going-manage-client-id-and-secret/",
       APPKEY="ak1." + draw(36, LOWER_ALNUM), CID=draw(26, LOWER_ALNUM))

secret("ruby/oauth-secret", "config/initializers/jobber.rb", """\
# Jobber GraphQL API app ("Ironclad Scheduling"), registered in the Jobber Developer Center
Jobber.configure do |config|
  config.client_id     = "«CID»"
  config.client_secret = "«SECRET»"
  config.redirect_uri  = "https://schedule.ironcladaccess.com/oauth/jobber/callback"
  config.api_version   = "2024-06-10"
  config.graphql_url   = "https://api.getjobber.com/api/graphql"
end
""", hexs(64), "https://developer.getjobber.com/docs/building_your_app/app_authorization", CID=uuid_s())

secret("javascript/api-key", "zaps/housecall-new-job.js", """\
// Code step: create a Housecall Pro job from a web lead
const HCP_KEY = "«SECRET»";

const lead = inputData;
const res = await fetch("https://api.housecallpro.com/jobs", {
  method: "POST",
  headers: {
    Authorization: `Token ${HCP_KEY}`,
    "Content-Type": "application/json",
    Accept: "application/json",
  },
  body: JSON.stringify({
    customer_id: lead.customer_id,
    address_id: lead.address_id,
    line_items: [{ name: lead.service || "Lockout - residential", unit_price: 8900, quantity: 1 }],
    notes: lead.notes,
    tags: ["web-lead", "locksmith"],
  }),
});
output = { status: res.status, job: await res.json() };
""", hexs(32), "https://docs.housecallpro.com/docs/housecall-public-api/ (Authorization: Token)")

secret("json/token", "invoicing/qbo_tokens.json", """\
{
  "realm_id": "9130357892749362",
  "token_type": "bearer",
  "access_token_expires_at": "2024-10-14T17:41:08Z",
  "refresh_token": "«SECRET»",
  "x_refresh_token_expires_in": 8726400,
  "environment": "production"
}
""", "AB11" + str(random.Random(_seed()).randint(7 * 10**9, 8 * 10**9)) + mixed(36),
       "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0")

secret("python/oauth-secret", "invoicing/qbo_client.py", """\
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="«CID»",
    client_secret="«SECRET»",
    environment="production",
    redirect_uri="https://invoices.harborviewlock.com/qbo/callback",
)


def client(refresh_token: str, realm_id: str) -> QuickBooks:
    return QuickBooks(
        auth_client=auth_client,
        refresh_token=refresh_token,
        company_id=realm_id,
        minorversion=73,
    )


SCOPES = [Scopes.ACCOUNTING]
""", mixed(40), "https://github.com/intuit/oauth-pythonclient", CID="AB" + mixed(48))

secret("json/oauth-secret", "XeroInvoicing/appsettings.json", """\
{
  "XeroConfiguration": {
    "ClientId": "«CID»",
    "ClientSecret": "«SECRET»",
    "CallbackUri": "https://billing.summitlock.co/xero/callback",
    "Scope": "openid profile email accounting.transactions accounting.contacts offline_access",
    "State": "summit-billing"
  },
  "Invoices": {
    "DefaultAccountCode": "200",
    "TrackingCategory": "Service Area",
    "DueDays": 14
  }
}
""", draw(48, URLSAFE), "https://github.com/XeroAPI/Xero-NetStandard (XeroConfiguration)", CID=hexs(32, True))

secret("php/token", "app/Services/SquareInvoices.php", """\
<?php

namespace App\\Services;

use Square\\SquareClient;
use Square\\Environment;

class SquareInvoices
{
    private SquareClient $client;

    public function __construct()
    {
        $this->client = new SquareClient([
            'accessToken' => '«SECRET»',
            'environment' => Environment::PRODUCTION,
        ]);
    }

    public function publish(string $invoiceId, int $version): void
    {
        $body = new \\Square\\Models\\PublishInvoiceRequest($version);
        $body->setIdempotencyKey(uniqid('inv-', true));
        $this->client->getInvoicesApi()->publishInvoice($invoiceId, $body);
    }
}
""", "EAAA" + draw(60, URLSAFE), "https://developer.squareup.com/docs/build-basics/access-tokens")

secret("env/oauth-secret", "mobile-pay/.env", """\
SQUARE_APPLICATION_ID=sq0idp-«APPID»
SQUARE_APPLICATION_SECRET=«SECRET»
SQUARE_ENVIRONMENT=production
SQUARE_REDIRECT_URL=https://pay.pinewoodlocksmiths.com/square/oauth
SESSION_COOKIE_NAME=pw_pay
""", "sq0csp-" + draw(43, URLSAFE), "https://developer.squareup.com/docs/oauth-api/overview", APPID=draw(22, URLSAFE))

secret("ruby/api-key", "app/services/deposit_charge.rb", """\
require "stripe"

Stripe.api_key = "«SECRET»"

class DepositCharge
  SAFE_OPENING_DEPOSIT = 15_000 # cents

  def self.call(customer_id:, job_id:)
    Stripe::PaymentIntent.create(
      amount: SAFE_OPENING_DEPOSIT,
      currency: "usd",
      customer: customer_id,
      capture_method: "manual",
      metadata: { job_id: job_id, kind: "safe-opening-deposit" },
    )
  end
end
""", stripe("sk_live_", 99), "https://docs.stripe.com/keys")

secret("go/api-key", "internal/payments/stripe.go", """\
package payments

import (
\t"github.com/stripe/stripe-go/v79"
\t"github.com/stripe/stripe-go/v79/invoice"
)

func init() {
\t// restricted key: invoices write, customers read
\tstripe.Key = "«SECRET»"
}

func Finalize(id string) (*stripe.Invoice, error) {
\treturn invoice.FinalizeInvoice(id, &stripe.InvoiceFinalizeInvoiceParams{
\t\tAutoAdvance: stripe.Bool(true),
\t})
}
""", stripe("rk_live_", 99), "https://docs.stripe.com/keys#limit-access")

secret("typescript/signing-key", "src/routes/stripeWebhook.ts", """\
import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string);
const endpointSecret = "«SECRET»";

export const router = express.Router();

router.post("/webhooks/stripe", express.raw({ type: "application/json" }), (req, res) => {
  const sig = req.headers["stripe-signature"] as string;
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "invoice.paid") {
    // mark the service call invoice paid
  }
  res.json({ received: true });
});
""", "whsec_" + mixed(32), "https://docs.stripe.com/webhooks#verify-official-libraries")

secret("python/token", "dispatch/sms.py", """\
from twilio.rest import Client

ACCOUNT_SID = "AC«SID»"
AUTH_TOKEN = "«SECRET»"
FROM_NUMBER = "+16125550147"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def notify_customer(phone: str, tech: str, eta_minutes: int) -> str:
    msg = client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Pinewood Locksmiths: {tech} is on the way, ETA {eta_minutes} min. Reply STOP to opt out.",
    )
    return msg.sid
""", hexs(32), "https://www.twilio.com/docs/iam/credentials/api", SID=hexs(32))

secret("javascript/api-key", "dispatch-api/src/twilioClient.js", """\
const twilio = require("twilio");

// API key "dispatch-api-prod" (Standard), created 2024-03
const client = twilio(
  "SK«SKID»",
  "«SECRET»",
  { accountSid: "AC«SID»" }
);

async function maskedCall(techPhone, customerPhone) {
  return client.calls.create({
    to: techPhone,
    from: "+18005550199",
    twiml: `<Response><Dial callerId="+18005550199">${customerPhone}</Dial></Response>`,
  });
}

module.exports = { client, maskedCall };
""", mixed(32), "https://www.twilio.com/docs/iam/api-keys", SKID=hexs(32), SID=hexs(32))

secret("env/api-key", "customer-portal/.env.local", """\
NEXT_PUBLIC_SITE_NAME="Citadel Access Control"
NEXT_PUBLIC_SUPPORT_PHONE="+1 720 555 0133"
SENDGRID_API_KEY=«SECRET»
SENDGRID_TEMPLATE_QUOTE=d-«TPL»
SENDGRID_FROM=quotes@citadelaccess.com
DATABASE_URL=file:./dev.db
""", sendgrid_key(), "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", TPL=hexs(32))

secret("php/api-key", "config/mail.php", """\
<?php

return [
    'default' => env('MAIL_MAILER', 'mailgun'),

    'mailers' => [
        'mailgun' => [
            'transport' => 'mailgun',
        ],
    ],

    'from' => [
        'address' => 'invoices@harborviewlock.com',
        'name' => 'Harborview Locksmith',
    ],

    'mailgun' => [
        'domain' => 'mg.harborviewlock.com',
        'secret' => '«SECRET»',
        'endpoint' => 'api.mailgun.net',
        'scheme' => 'https',
    ],
];
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8), "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

secret("yaml/token", "config/postmark.yml", """\
production:
  server_token: «SECRET»
  message_stream: outbound
  from: "Summit Lock Co <service@summitlock.co>"
  templates:
    appointment_confirmation: 35198231
    invoice_ready: 35198244
    rekey_reminder: 35198260
""", uuid_s(), "https://postmarkapp.com/developer/api/overview#authentication (X-Postmark-Server-Token)")

secret("python/api-key", "dispatch/geocode.py", """\
import googlemaps

# server key: Geocoding + Distance Matrix only
gmaps = googlemaps.Client(key="«SECRET»")


def nearest_tech(job_address: str, techs: dict) -> str:
    origins = [t["last_location"] for t in techs.values()]
    result = gmaps.distance_matrix(origins, [job_address], mode="driving", departure_time="now")
    durations = [row["elements"][0]["duration_in_traffic"]["value"] for row in result["rows"]]
    return list(techs)[durations.index(min(durations))]
""", google_api_key(), "https://github.com/googlemaps/google-maps-services-python")

secret("netrc/token", "ios/dispatch-map/.netrc", """\
machine api.mapbox.com
login mapbox
password «SECRET»

machine github.com
login ci-bot
password ${GITHUB_TOKEN}
""", mapbox_token("sk", "pinewoodlocks"), "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials")

secret("shell/webhook", "scripts/notify-new-job.sh", """\
#!/usr/bin/env bash
# Called by the dispatch board when a job is assigned.
JOB_ID="$1"; TECH="$2"; ADDRESS="$3"
WEBHOOK="«SECRET»"

payload=$(jq -n --arg j "$JOB_ID" --arg t "$TECH" --arg a "$ADDRESS" \\
  '{text: (":key: Job \\($j) assigned to \\($t) -- \\($a)")}')

curl -s -X POST -H 'Content-type: application/json' --data "$payload" "$WEBHOOK" >/dev/null
""", slack_webhook(), "https://api.slack.com/messaging/webhooks")

secret("powershell/webhook", "scripts/Send-DoorAlarmCard.ps1", """\
param(
    [Parameter(Mandatory)] [string] $Site,
    [Parameter(Mandatory)] [string] $Door,
    [string] $Event = "Door forced open"
)

$uri = "«SECRET»"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    themeColor = "D70000"
    summary    = "$Event at $Site"
    sections   = @(@{ activityTitle = "$Event"; facts = @(@{ name = "Site"; value = $Site }, @{ name = "Door"; value = $Door }) })
} | ConvertTo-Json -Depth 6

Invoke-RestMethod -Method Post -Uri $uri -Body $card -ContentType "application/json"
""", teams_webhook(), "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook")

secret("python/webhook", "bots/after_hours_calls.py", """\
import requests

DISCORD_WEBHOOK = "«SECRET»"


def post_missed_call(caller: str, when: str, voicemail_url: str | None) -> None:
    content = f"Missed after-hours call from **{caller}** at {when}"
    if voicemail_url:
        content += f"\\nVoicemail: {voicemail_url}"
    requests.post(DISCORD_WEBHOOK, json={"content": content, "username": "On-call bot"}, timeout=5)
""", discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook")

secret("python/token", "bots/telegram_dispatch.py", """\
from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "«SECRET»"
DISPATCH_CHAT = -1001874421093


async def jobs(update, context):
    await update.message.reply_text("Open jobs: /open  |  My jobs: /mine")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("jobs", jobs))

if __name__ == "__main__":
    app.run_polling()
""", fakes.telegram_token(_seed()), "https://core.telegram.org/bots/api#authorizing-your-bot")

secret("php/api-key", "tech-app-api/push.php", """\
<?php
// Push a new-job notification to the technician's phone (legacy FCM HTTP API)
function push_job($deviceToken, $jobId, $address) {
    $serverKey = '«SECRET»';
    $payload = [
        'to' => $deviceToken,
        'priority' => 'high',
        'notification' => ['title' => 'New job', 'body' => $address],
        'data' => ['job_id' => $jobId],
    ];
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . $serverKey, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return $out;
}
""", fcm_server_key(), "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

_SA_KEY = pkcs8_pem()
_SA_ESCAPED = _SA_KEY.replace("\n", "\\n")
labelled("json/private-key", "scheduling/credentials/calendar-sync-sa.json", """\
{
  "type": "service_account",
  "project_id": "harborview-scheduling",
  "private_key_id": "«KID»",
  "private_key": "«KEY»\\n",
  "client_email": "calendar-sync@harborview-scheduling.iam.gserviceaccount.com",
  "client_id": "«CLIENT»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40harborview-scheduling.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _SA_ESCAPED, "https://cloud.google.com/iam/docs/keys-create-delete#creating", KID=hexs(40), KEY=_SA_ESCAPED,
         CLIENT=str(random.Random(_seed()).randint(10**20, 10**21)))

secret("python/api-key", "calls/summarize_voicemail.py", """\
from openai import OpenAI

client = OpenAI(api_key="«SECRET»")

PROMPT = (
    "You summarise voicemails left for a 24h locksmith. Return JSON with: caller_name, callback_number, "
    "service (lockout|rekey|safe|access-control|other), urgency (1-3), address if given."
)


def summarize(transcript: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript}],
        response_format={"type": "json_object"},
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()), "https://platform.openai.com/docs/api-reference/authentication")

secret("typescript/api-key", "quote-assistant/src/llm.ts", """\
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "«SECRET»",
});

export async function draftQuote(siteNotes: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-latest",
    max_tokens: 1200,
    system: "Draft an access control installation quote: doors, readers, REX, locks, power, labor hours.",
    messages: [{ role: "user", content: siteNotes }],
  });
  return msg.content.map((b) => (b.type === "text" ? b.text : "")).join("");
}
""", anthropic_key(), "https://docs.anthropic.com/en/api/getting-started#authentication")

secret("yaml/api-key", "config/vonage.yml", """\
vonage:
  api_key: «KEY»
  api_secret: «SECRET»
  from: CitadelLock
  templates:
    tech_en_route: "Your Citadel technician %{name} is on the way."
    job_complete: "Thanks! Your invoice: %{url}"
""", mixed(16), "https://developer.vonage.com/en/getting-started/concepts/authentication#api-key-and-secret", KEY=hexs(8))

secret("python/oauth-secret", "telephony/ringcentral_calllog.py", """\
from ringcentral import SDK

sdk = SDK(
    "«CID»",
    "«SECRET»",
    "https://platform.ringcentral.com",
)
platform = sdk.platform()
platform.login(jwt=open("/etc/ringcentral/jwt").read().strip())

resp = platform.get("/restapi/v1.0/account/~/call-log", {"dateFrom": "2024-10-01T00:00:00Z", "perPage": 250})
for record in resp.json_dict()["records"]:
    print(record["startTime"], record["from"].get("phoneNumber"), record["result"])
""", draw(40, URLSAFE), "https://developers.ringcentral.com/guide/authentication/jwt/quick-start", CID=draw(22, URLSAFE))

labelled("http/basic-auth", "docs/api/aircall-requests.http", """\
### List calls from the last day (Aircall)
GET https://api.aircall.io/v1/calls?from=1728950400&per_page=50
Authorization: Basic «B64»
Accept: application/json

### Tag a call as "lockout"
POST https://api.aircall.io/v1/calls/1873399021/tags
Authorization: Basic «B64»
Content-Type: application/json

{"id": 55182}
""", (_AIR := b64(hexs(32) + ":" + hexs(32))), "https://developer.aircall.io/api-references/#authentication", B64=_AIR)

secret("r/api-key", "analytics/callrail_sources.R", """\
library(httr)
library(jsonlite)
library(dplyr)

callrail_key <- "«SECRET»"
account_id <- "ACC8f3c2a1b0d9e4f5a6b7c8d9e0f1a2b3c"

resp <- GET(
  sprintf("https://api.callrail.com/v3/a/%s/calls.json", account_id),
  add_headers(Authorization = sprintf('Token token="%s"', callrail_key)),
  query = list(date_range = "last_30_days", fields = "source,duration,answered", per_page = 250)
)

calls <- fromJSON(content(resp, "text"))$calls
calls %>%
  group_by(source) %>%
  summarise(n = n(), answered = mean(answered), avg_sec = mean(duration)) %>%
  arrange(desc(n))
""", hexs(32), "https://apidocs.callrail.com/#authentication")

secret("notebook/api-key", "analytics/yelp_competitors.ipynb", """\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Locksmith competitors within 15 miles (Yelp Fusion)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "YELP_KEY = \\"«SECRET»\\"\\n",
    "HEADERS = {\\"Authorization\\": f\\"Bearer {YELP_KEY}\\"}"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = requests.get(\\"https://api.yelp.com/v3/businesses/search\\", headers=HEADERS,\\n",
    "                 params={\\"term\\": \\"locksmith\\", \\"location\\": \\"Saint Paul, MN\\", \\"radius\\": 24000, \\"limit\\": 50})\\n",
    "df = pd.DataFrame(r.json()[\\"businesses\\"])[[\\"name\\", \\"rating\\", \\"review_count\\"]]\\n",
    "df.sort_values(\\"review_count\\", ascending=False).head(20)"
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
""", draw(128, URLSAFE), "https://docs.developer.yelp.com/docs/fusion-authentication")

secret("yaml/token", "marketing/google-ads.yaml", """\
# google-ads.yaml -- used by the nightly spend report
developer_token: «DEV»
client_id: «CID».apps.googleusercontent.com
client_secret: GOCSPX-«CS»
refresh_token: «SECRET»
login_customer_id: 5738120094
use_proto_plus: True
""", "1//0" + draw(2, ALNUM) + draw(96, URLSAFE), "https://developers.google.com/google-ads/api/docs/client-libs/python/configuration",
       DEV=draw(22, URLSAFE), CID=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + draw(32, LOWER_ALNUM),
       CS=draw(28, URLSAFE))

# --- application databases and framework secrets ---------------------------------------------------

secret("compose/database", "dispatch/docker-compose.yml", """\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: «SECRET»
    volumes:
      - pgdata:/var/lib/postgresql/data
    restart: unless-stopped

  api:
    image: ghcr.io/pinewoodlocks/dispatch-api:2.14.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://dispatch:«SECRET»@db:5432/dispatch
      REDIS_URL: redis://cache:6379/0
    ports:
      - "8000:8000"

  cache:
    image: redis:7-alpine

volumes:
  pgdata:
""", gen_pw(20, "_-"), "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)")

secret("php/database", "booking/wp-config.php", """\
<?php
/** Tumbler & Key -- booking site */
define( 'DB_NAME', 'tk_booking' );
define( 'DB_USER', 'tk_wp' );
define( 'DB_PASSWORD', '«SECRET»' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'tkb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", gen_pw(24, "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"), "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

secret("javascript/database", "tech-app-api/src/db.js", """\
const mongoose = require("mongoose");

const uri =
  "mongodb+srv://techapp:«SECRET»@cluster0.x7kqe.mongodb.net/techapp?retryWrites=true&w=majority";

mongoose.set("strictQuery", true);

async function connect() {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 8000 });
  console.log("mongo connected");
}

module.exports = { connect };
""", gen_pw(16, ""), "https://www.mongodb.com/docs/manual/reference/connection-string/")

secret("python/database", "dispatch/celeryconfig.py", """\
broker_url = "rediss://:«SECRET»@dispatch-cache.k3y9qa.ng.0001.use1.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
result_backend = broker_url
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
enable_utc = True
beat_schedule = {
    "expire-temp-codes": {"task": "codes.tasks.expire_temporary_codes", "schedule": 300.0},
    "sync-invoices": {"task": "billing.tasks.sync_qbo", "schedule": 900.0},
}
""", fakes.redis_password(_seed()), "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

secret("csharp/database", "Citadel.Badging/Data/BadgingContextFactory.cs", """\
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Citadel.Badging.Data
{
    public class BadgingContextFactory : IDesignTimeDbContextFactory<BadgingContext>
    {
        public BadgingContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<BadgingContext>()
                .UseSqlServer("Server=tcp:citadel-badging.database.windows.net,1433;Initial Catalog=badging;" +
                              "User ID=badging_admin;Password=«SECRET»;Encrypt=True;")
                .Options;
            return new BadgingContext(options);
        }
    }
}
""", words_pw(), "https://learn.microsoft.com/ef/core/cli/dbcontext-creation#from-a-design-time-factory")

secret("python/signing-key", "portal/portal/settings/production.py", """\
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.northgateaccess.com"]
SECRET_KEY = "«SECRET»"

DATABASES["default"]["HOST"] = "portal-db.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

secret("env/signing-key", "invoicing-laravel/.env", """\
APP_NAME="Harborview Invoicing"
APP_ENV=production
APP_KEY=base64:«SECRET»
APP_DEBUG=false
APP_URL=https://invoices.harborviewlock.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=invoicing
DB_USERNAME=invoicing
DB_PASSWORD=
""", key32_b64(), "https://laravel.com/docs/11.x/encryption#configuration")

secret("yaml/signing-key", "config/secrets.yml", """\
# Rails < 5.2 style secrets for the legacy work-order app
development:
  secret_key_base: 5d1f0c3b7e0f1c9a8d6e2b3a4c5d6e7f
test:
  secret_key_base: test-only-not-secret
production:
  secret_key_base: «SECRET»
""", hexs(128), "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets")

secret("javascript/signing-key", "tech-app-api/src/config.js", """\
module.exports = {
  port: process.env.PORT || 3000,
  jwt: {
    secret: "«SECRET»",
    expiresIn: "12h",
    issuer: "tech-app.pinewoodlocksmiths.com",
  },
  uploads: {
    bucket: "pw-job-photos",
    maxMb: 15,
  },
};
""", gen_pw(48, "-_"), "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback")

secret("python/signing-key", "kiosk_admin/app.py", """\
from flask import Flask, render_template, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY="«SECRET»",
    SESSION_COOKIE_SECURE=True,
    PERMANENT_SESSION_LIFETIME=3600,
)


@app.route("/")
def index():
    return render_template("index.html", kiosk=session.get("kiosk"))
""", "".join("%02x" % b for b in rand_bytes(24)), "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY")

secret("java/database", "src/main/java/com/ironclad/reports/Db.java", """\
package com.ironclad.reports;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:mysql://reports-db.internal:3306/access_reports?useSSL=true";
    private static final String USER = "reports";
    private static final String PASSWORD = "«SECRET»";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", human_pw(), "https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html")

_GMAIL = draw(16, string.ascii_lowercase)
labelled("java/password", "src/main/java/com/citadel/alarms/SmtpNotifier.java", """\
package com.citadel.alarms;

import jakarta.mail.*;
import jakarta.mail.internet.*;
import java.util.Properties;

public class SmtpNotifier {
    private static final String SMTP_USER = "alarms@citadelaccess.com";
    private static final String SMTP_PASS =
        "«P1»" +
        "«P2»";

    public void send(String to, String subject, String body) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.gmail.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        Session s = Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
        Message m = new MimeMessage(s);
        m.setFrom(new InternetAddress(SMTP_USER));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject);
        m.setText(body);
        Transport.send(m);
    }
}
""", _GMAIL, "https://support.google.com/accounts/answer/185833 (app passwords)", P1=_GMAIL[:8], P2=_GMAIL[8:])

# =================================================================================================
# Cloud, CI, infrastructure and network gear around the access control estate
# =================================================================================================

_AK, _SK = aws_pair()
secret("ini/aws-key", "ops/laptop-setup/aws/credentials", """\
[default]
region = us-east-2
output = json

[lock-sync-prod]
aws_access_key_id = «AK»
aws_secret_access_key = «SECRET»
region = us-east-2

[sso-admin]
sso_session = northgate
sso_account_id = 482913375501
sso_role_name = AdministratorAccess
""", _SK, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", AK=_AK)

_AK2, _SK2 = aws_pair()
secret("github-actions/aws-key", ".github/workflows/deploy-lock-sync.yml", """\
name: deploy-lock-sync

on:
  push:
    branches: [main]

env:
  AWS_REGION: us-east-2
  AWS_ACCESS_KEY_ID: «AK»
  AWS_SECRET_ACCESS_KEY: «SECRET»

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx serverless deploy --stage prod
""", _SK2, "https://docs.github.com/actions/learn-github-actions/variables#defining-environment-variables-for-a-single-workflow", AK=_AK2)

secret("json/connection-string", "door-events-func/local.settings.json", """\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=citadeldoorevents;AccountKey=«SECRET»;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "EventHubName": "door-events",
    "AlertQueue": "door-alerts"
  },
  "Host": {
    "LocalHttpPort": 7071
  }
}
""", azure_account_key(), "https://learn.microsoft.com/azure/azure-functions/functions-develop-local#local-settings-file")

secret("terraform/oauth-secret", "infra/badge-provisioning/prod.auto.tfvars", """\
tenant_id          = "«TENANT»"
scim_app_client_id = "«CLIENT»"
scim_app_secret    = "«SECRET»"
resource_group     = "rg-badge-provisioning-prod"
location           = "centralus"
onguard_api_url    = "https://onguard.campus.local:8080/api/access/onguard/openaccess"
""", azure_client_secret(), "https://learn.microsoft.com/entra/identity-platform/quickstart-register-app#add-a-client-secret",
       TENANT=uuid_s(), CLIENT=uuid_s())

secret("shell/token", "deploy/pull-and-restart.sh", """\
#!/usr/bin/env bash
set -euo pipefail
cd /opt/dispatch-board

if [ ! -d .git ]; then
  git clone https://summit-deploy:«SECRET»@github.com/summitlockco/dispatch-board.git .
fi

git fetch --tags origin
git checkout "${1:-main}"
git pull --ff-only
docker compose pull
docker compose up -d --remove-orphans
docker image prune -f
""", fakes.github_token(_seed()), "https://docs.github.com/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

secret("gitlab-ci/token", ".gitlab-ci.yml", """\
stages: [test, package, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[dev]
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - pip install build twine
    - python -m build
    - TWINE_USERNAME=gitlab-ci-token TWINE_PASSWORD=«SECRET» python -m twine upload
      --repository-url https://gitlab.com/api/v4/projects/51873321/packages/pypi dist/*
  only: [tags]
""", fakes.fake("glpat-", 20, _seed()), "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

secret("npmrc/token", "lock-ui/.npmrc", """\
@northgate:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«SECRET»
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

_REG = b64("brightline-ci:" + gen_pw(20, "!#"))
labelled("json/basic-auth", "ci/docker/config.json", """\
{
  "auths": {
    "registry.brightline.local:5000": {
      "auth": "«B64»"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _REG, "https://docs.docker.com/reference/cli/docker/login/#credential-stores", B64=_REG)

secret("ini/api-key", "ops/letsencrypt/cloudflare.ini", """\
# certbot-dns-cloudflare credentials for *.harborviewlock.com
# chmod 600 this file
dns_cloudflare_api_token = «SECRET»
""" + "#\n# renew: certbot renew --dns-cloudflare --dns-cloudflare-credentials /etc/letsencrypt/cloudflare.ini\n",
       draw(40, URLSAFE), "https://certbot-dns-cloudflare.readthedocs.io/en/stable/#credentials")

secret("markdown/token", "docs/runbooks/rotate-panel-passwords.md", """\
# Rotating controller web passwords

The controller web passwords live in Vault under `kv/controllers/<site>/<serial>`.

## Steps

1. Log in to Vault from the ops VM:

   ```sh
   export VAULT_ADDR=https://vault.northgate.local:8200
   export VAULT_TOKEN=«SECRET»
   vault kv list kv/controllers/
   ```

2. For each site, run `bin/rotate-controller --site <site>`; it writes the new password to Vault
   and pushes it to the controller over HTTPS.
3. Check the controller still reports to the host (green in the panel status view).
4. Record the rotation in the site log.
""", "hvs." + mixed(24), "https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes")

secret("yaml/api-key", "ops/datadog/datadog.yaml", """\
api_key: «SECRET»
site: datadoghq.com
hostname: onguard-app01
tags:
  - env:prod
  - role:access-control
  - customer:riverside-clinic
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32), "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/")

secret("powershell/token", "scripts/Sync-OktaToBadges.ps1", """\
# Disable badges for users deactivated in Okta in the last 24h
$OktaOrg = "https://citadelaccess.okta.com"
$Headers = @{ Authorization = "SSWS «SECRET»"; Accept = "application/json" }

$since = (Get-Date).ToUniversalTime().AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ss.fffZ")
$filter = [uri]::EscapeDataString('status eq "DEPROVISIONED" and statusChanged gt "' + $since + '"')
$users = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users?filter=$filter" -Headers $Headers

foreach ($u in $users) {
    $badge = $u.profile.employeeNumber
    Write-Host "Disabling badge for $($u.profile.login) ($badge)"
    Invoke-RestMethod -Method Post -Uri "http://badging.internal/api/badges/$badge/disable"
}
""", "00" + draw(40, URLSAFE), "https://developer.okta.com/docs/guides/create-an-api-token/main/")

secret("yaml/password", "ldap-sync/config.yaml", """\
ldap:
  url: ldaps://dc01.riverside.local:636
  bind_dn: "CN=svc-badgesync,OU=Service Accounts,DC=riverside,DC=local"
  bind_password: "«SECRET»"
  base_dn: "OU=Staff,DC=riverside,DC=local"
  filter: "(&(objectClass=user)(employeeID=*))"
  attributes: [employeeID, givenName, sn, department, userAccountControl]

target:
  system: onguard
  badge_type: Employee
  disable_on: [accountDisabled, deleted]
""", words_pw(), "https://ldap3.readthedocs.io/en/latest/bind.html")

secret("ansible/password", "ansible/inventories/riverside/hosts.ini", """\
[onguard]
onguard-app01 ansible_host=10.44.0.20
onguard-sql01 ansible_host=10.44.0.21

[onguard:vars]
ansible_connection=winrm
ansible_port=5986
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=RIVERSIDE\\svc-ansible
ansible_password=«SECRET»

[gateways]
gw-east ansible_host=10.44.12.2 ansible_user=ops
""", human_pw(), "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options")

secret("ansible/private-key", "ansible/roles/panel_gateway/files/deploy_id_ed25519", """\
«SECRET»
""", openssh_pem(), "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html")

secret("wireguard/private-key", "sites/riverside-clinic/wg0.conf", """\
# Remote maintenance tunnel to the Riverside controller VLAN
[Interface]
Address = 10.250.4.2/32
PrivateKey = «SECRET»
DNS = 10.44.0.10

[Peer]
# northgate office hub
PublicKey = «PUB»
Endpoint = vpn.northgateaccess.com:51820
AllowedIPs = 10.250.0.0/16
PersistentKeepalive = 25
""", key32_b64(), "https://www.wireguard.com/quickstart/ (wg-quick configuration)", PUB=key32_b64())

_OVPN = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
secret("openvpn/encryption-key", "sites/depot/depot-router.ovpn", """\
client
dev tun
proto udp
remote vpn.ironcladaccess.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
ca ca.crt
cert depot-router.crt
key depot-router.key
<tls-crypt>
«SECRET»
</tls-crypt>
""", _OVPN, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/ (--tls-crypt)")

secret("device-config/password", "network/sw-security-vlan.cfg", """\
hostname SW-SEC-CORE
!
vlan 140
 name ACCESS-CONTROL
vlan 141
 name CCTV
!
interface GigabitEthernet1/0/1
 description LP4502 Bldg C
 switchport access vlan 140
 switchport mode access
 spanning-tree portfast
!
snmp-server group SECMON v3 priv
snmp-server user nms-sec SECMON v3 auth sha «SECRET» priv aes 128 «PRIV»
snmp-server host 10.44.0.30 version 3 priv nms-sec
!
ntp server 10.44.0.10
end
""", gen_pw(16, ""), "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-snmpv3.html",
       PRIV=gen_pw(16, ""))

secret("helm/password", "charts/door-events/values-prod.yaml", """\
replicaCount: 2

image:
  repository: ghcr.io/citadelaccess/door-events
  tag: "3.2.0"

ingress:
  enabled: true
  host: events.citadelaccess.com

postgresql:
  enabled: true
  auth:
    username: door_events
    password: «SECRET»
    database: door_events

rabbitmq:
  enabled: false

resources:
  limits:
    memory: 512Mi
""", gen_pw(20, "-_"), "https://artifacthub.io/packages/helm/bitnami/postgresql (auth.password)")

secret("k8s-secret/password", "k8s/prod/manitou-bridge-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: manitou-bridge
  namespace: monitoring
type: Opaque
data:
  MANITOU_USER: «U»
  MANITOU_PASSWORD: «P»
  MANITOU_WORKSTATION: «W»
""", (_MP := words_pw()), "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
       U=b64("bridge_automation"), P=b64(_MP), W=b64("BRIDGE-K8S"))

secret("k8s-secret/api-key", "k8s/prod/lock-sync-secret.yaml", """\
apiVersion: v1
kind: Secret
metadata:
  name: lock-sync
  namespace: rentals
  labels:
    app: lock-sync
type: Opaque
data:
  SEAM_API_KEY: «K»
  GUESTY_WEBHOOK_SECRET_REF: «R»
""", (_SK3 := seam_key()), "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
       K=b64(_SK3), R=b64("vault:kv/rentals/guesty#webhook_secret"))

secret("dockerfile/token", "kiosk-agent/Dockerfile", """\
FROM python:3.12-slim AS build
ARG PIP_EXTRA_INDEX_URL=https://__token__:«SECRET»@gitlab.com/api/v4/projects/51873321/packages/pypi/simple
WORKDIR /src
COPY pyproject.toml .
RUN pip wheel --no-cache-dir --wheel-dir /wheels --extra-index-url "$PIP_EXTRA_INDEX_URL" .

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
USER 1000
ENTRYPOINT ["kiosk-agent"]
""", fakes.fake("glpat-", 20, _seed()), "https://docs.gitlab.com/ee/user/packages/pypi_repository/#install-a-pypi-package")

secret("shell-history/password", "ops/notes/onguard-sql01.bash_history", """\
sudo systemctl status mssql-server
sqlcmd -S localhost -U sa -P '«SECRET»' -Q "SELECT name, state_desc FROM sys.databases"
sqlcmd -S localhost -U sa -Q "BACKUP DATABASE AccessControl TO DISK='/var/opt/mssql/backup/ac.bak'"
ls -lh /var/opt/mssql/backup/
df -h /var/opt/mssql
exit
""", gen_pw(18, "!#$"), "https://learn.microsoft.com/sql/tools/sqlcmd/sqlcmd-utility (-P password)")

secret("xml/token", "NuGet.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="northgate" value="https://pkgs.dev.azure.com/northgateaccess/_packaging/integrations/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <northgate>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«SECRET»" />
    </northgate>
  </packageSourceCredentials>
</configuration>
""", draw(52, string.ascii_lowercase + "234567"), "https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials")

secret("javascript/signing-key", "node-red/settings.js", """\
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    credentialSecret: "«SECRET»",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "admin",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } }
};
""", gen_pw(32, "-_"), "https://nodered.org/docs/user-guide/runtime/securing-node-red (credentialSecret)")

# =================================================================================================
# Decoys: references, placeholders, ciphertext
# =================================================================================================

BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
BCRYPT = "./" + ALNUM


def bcrypt_hash(cost: int = 12, variant: str = "2b") -> str:
    return f"${variant}${cost:02d}$" + draw(53, BCRYPT)


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{draw(n, B64)},iv:{draw(43, B64)}=,tag:{draw(22, B64)}==,type:str]"


def vault_blob(lines: int = 8) -> str:
    return "\n".join(hexs(80) for _ in range(lines - 1)) + "\n" + hexs(52)


decoy("env/decoy-placeholder", "services/str-lock-sync/.env.example", """\
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=8080
LOG_LEVEL=debug

# Seam workspace API key (Seam console -> Developer -> API keys)
SEAM_API_KEY=
SEAM_WORKSPACE_ID=<your-workspace-id>

GUESTY_WEBHOOK_PATH=/hooks/guesty
GUESTY_WEBHOOK_SECRET=<from-guesty-integrations-page>
CODE_LENGTH=6
TZ=America/Denver
""", "https://github.com/motdotla/dotenv#usage (.env.example convention)")

decoy("helm/decoy-secret-ref", "charts/lock-sync/values.yaml", """\
replicaCount: 1

image:
  repository: ghcr.io/northgate/lock-sync
  tag: ""

seam:
  # name of an existing Secret holding SEAM_API_KEY; the chart never creates it
  existingSecret: lock-sync-seam
  existingSecretKey: SEAM_API_KEY

postgresql:
  auth:
    existingSecret: lock-sync-db
    secretKeys:
      userPasswordKey: password

serviceAccount:
  create: true
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::482913375501:role/lock-sync-prod
""", "https://helm.sh/docs/chart_best_practices/values/ ; Bitnami existingSecret convention")

decoy("k8s/decoy-secret-ref", "k8s/prod/door-events-deployment.yaml", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: door-events
  namespace: access
spec:
  replicas: 2
  selector:
    matchLabels: {app: door-events}
  template:
    metadata:
      labels: {app: door-events}
    spec:
      containers:
        - name: door-events
          image: ghcr.io/citadelaccess/door-events:3.2.0
          env:
            - name: GALLAGHER_API_KEY
              valueFrom:
                secretKeyRef:
                  name: gallagher-rest
                  key: api-key
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: door-events-db
                  key: password
          volumeMounts:
            - name: gallagher-client-cert
              mountPath: /etc/gallagher
              readOnly: true
      volumes:
        - name: gallagher-client-cert
          secret:
            secretName: gallagher-client-cert
""", "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

decoy("k8s/decoy-external-secret", "k8s/prod/externalsecret-manitou.yaml", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: manitou-bridge
  namespace: monitoring
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: manitou-bridge
    creationPolicy: Owner
  data:
    - secretKey: MANITOU_PASSWORD
      remoteRef:
        key: prod/monitoring/manitou
        property: password
    - secretKey: SIA_ACCOUNT_KEYS
      remoteRef:
        key: prod/monitoring/sia-keys
""", "https://external-secrets.io/latest/api/externalsecret/")

decoy("k8s/decoy-sealed-secret", "k8s/prod/sealed-seam-key.yaml", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lock-sync-seam
  namespace: rentals
spec:
  encryptedData:
    SEAM_API_KEY: AgB«C1»
  template:
    metadata:
      name: lock-sync-seam
      namespace: rentals
    type: Opaque
""", "https://github.com/bitnami-labs/sealed-secrets#usage", C1=draw(600, B64) + "==")

decoy("yaml/decoy-sops", "secrets/prod/dispatch.enc.yaml", """\
servicetitan:
    client_id: ENC[AES256_GCM,data:«A»,iv:«IV1»=,tag:«T1»==,type:str]
    client_secret: «S1»
quickbooks:
    refresh_token: «S2»
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1«AGE»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «AGEBODY»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-09-30T15:12:44Z"
    mac: ENC[AES256_GCM,data:«MAC»,iv:«IV2»=,tag:«T2»==,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "https://github.com/getsops/sops#encrypting-using-age", A=draw(40, B64), IV1=draw(43, B64), T1=draw(22, B64),
      S1=sops_value(72), S2=sops_value(68), AGE=draw(58, BECH32),
      AGEBODY="\n            ".join(["YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB" + draw(21, B64)] + [draw(64, B64) for _ in range(3)] + [draw(20, B64) + "=="]),
      MAC=draw(88, B64), IV2=draw(43, B64), T2=draw(22, B64))

decoy("ansible/decoy-vault-ciphertext", "ansible/group_vars/controllers/vault.yml", """\
$ANSIBLE_VAULT;1.1;AES256
«BLOB»
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", BLOB=vault_blob(10))

decoy("ansible/decoy-vault-ref", "ansible/group_vars/controllers/vars.yml", """\
# Plain vars; the values come from vault.yml next to this file
controller_admin_user: installer
controller_admin_password: "{{ vault_controller_admin_password }}"
controller_host_comm_key: "{{ vault_controller_host_comm_key }}"
onguard_sql_password: "{{ vault_onguard_sql_password }}"
ntp_servers:
  - 10.44.0.10
  - 10.44.0.11
syslog_host: 10.44.0.30
""", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

decoy("terraform/decoy-variable", "infra/badge-provisioning/variables.tf", """\
variable "tenant_id" {
  type        = string
  description = "Entra tenant that owns the SCIM app"
}

variable "scim_app_secret" {
  type        = string
  sensitive   = true
  description = "Client secret of the SCIM app; set TF_VAR_scim_app_secret in the pipeline"
}

resource "random_password" "onguard_sql" {
  length           = 24
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_key_vault_secret" "onguard_sql" {
  name         = "onguard-sql-password"
  value        = random_password.onguard_sql.result
  key_vault_id = azurerm_key_vault.badging.id
}
""", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

decoy("terraform/decoy-secrets-manager", "infra/lock-sync/secrets.tf", """\
data "aws_secretsmanager_secret_version" "seam" {
  secret_id = "prod/lock-sync/seam"
}

locals {
  seam = jsondecode(data.aws_secretsmanager_secret_version.seam.secret_string)
}

resource "aws_lambda_function" "lock_sync" {
  function_name = "lock-sync"
  role          = aws_iam_role.lock_sync.arn
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  filename      = "build/lock-sync.zip"

  environment {
    variables = {
      SEAM_SECRET_ARN = data.aws_secretsmanager_secret_version.seam.arn
      SEAM_WORKSPACE  = local.seam["workspace_id"]
    }
  }
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

decoy("github-actions/decoy-secrets-ref", ".github/workflows/release-kiosk-agent.yml", """\
name: release-kiosk-agent
on:
  push:
    tags: ["v*"]

permissions:
  id-token: write
  contents: read

jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482913375501:role/gha-kiosk-release
          aws-region: us-east-2
      - name: Build
        run: make dist
      - name: Publish
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}
          IOT_HUB_CONN: ${{ secrets.IOT_HUB_SERVICE_CONNECTION }}
        run: |
          python -m twine upload dist/*
          ./scripts/notify-kiosks.sh "$IOT_HUB_CONN" "${GITHUB_REF_NAME}"
""", "https://docs.github.com/actions/security-guides/using-secrets-in-github-actions")

decoy("gitlab-ci/decoy-variable-ref", "integrations/.gitlab-ci.yml", """\
stages: [build, deploy]

build:
  stage: build
  image: mcr.microsoft.com/dotnet/sdk:8.0
  script:
    - dotnet nuget update source northgate --username build --password "$ADO_FEED_PAT" --store-password-in-clear-text
    - dotnet publish CcureEventBridge -c Release -o out

deploy:
  stage: deploy
  image: alpine:3.20
  needs: [build]
  script:
    - apk add --no-cache openssh-client
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' > /tmp/id && chmod 600 /tmp/id
    - scp -i /tmp/id -r out/* deploy@ccure-bridge01:/opt/bridge/
  environment: production
  only: [main]
""", "https://docs.gitlab.com/ee/ci/variables/#use-cicd-variables-in-job-scripts")

decoy("python/decoy-env", "lockcloud/settings.py", """\
\"\"\"Settings for the lock cloud workers, all from the environment.\"\"\"
import os


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise RuntimeError(f"missing required environment variable {name}")
    return value


TTLOCK_CLIENT_ID = _required("TTLOCK_CLIENT_ID")
TTLOCK_CLIENT_SECRET = _required("TTLOCK_CLIENT_SECRET")
NUKI_WEB_TOKEN = _required("NUKI_WEB_TOKEN")
SEAM_API_KEY = os.getenv("SEAM_API_KEY", "")
DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://localhost/lockcloud")
CODE_TTL_HOURS = int(os.getenv("CODE_TTL_HOURS", "72"))
""", "https://docs.python.org/3/library/os.html#os.environ")

decoy("go/decoy-secrets-manager", "internal/config/secrets.go", """\
package config

import (
\t"context"
\t"encoding/json"
\t"os"

\t"github.com/aws/aws-sdk-go-v2/aws"
\t"github.com/aws/aws-sdk-go-v2/config"
\t"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type Vendors struct {
\tSaltoClientSecret string `json:"salto_client_secret"`
\tWebhookSecret     string `json:"alarm_webhook_secret"`
}

func Load(ctx context.Context) (*Vendors, error) {
\tcfg, err := config.LoadDefaultConfig(ctx)
\tif err != nil {
\t\treturn nil, err
\t}
\tout, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
\t\tSecretId: aws.String(os.Getenv("VENDOR_SECRET_ID")),
\t})
\tif err != nil {
\t\treturn nil, err
\t}
\tvar v Vendors
\treturn &v, json.Unmarshal([]byte(*out.SecretString), &v)
}
""", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets-go-sdk.html")

decoy("csharp/decoy-key-vault", "CcureEventBridge/Program.cs", """\
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

var builder = WebApplication.CreateBuilder(args);

var vaultUri = new Uri(builder.Configuration["KeyVault:Uri"] ?? "https://kv-northgate-prod.vault.azure.net/");
var secrets = new SecretClient(vaultUri, new DefaultAzureCredential());

var victorPassword = (await secrets.GetSecretAsync("ccure-victor-password")).Value.Value;
builder.Services.AddSingleton(new VictorCredentials("NGA\\\\svc_victor", victorPassword));

builder.Services.AddHostedService<EventPump>();
var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
""", "https://learn.microsoft.com/azure/key-vault/secrets/quick-create-net")

decoy("yaml/decoy-placeholder", "alarm-relay/src/main/resources/application-prod.yml", """\
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: ${SMTP_USERNAME}
    password: ${SMTP_PASSWORD}
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/relay
    username: ${DB_USER:relay}
    password: ${DB_PASSWORD}

relay:
  receiver:
    port: 3061
  manitou:
    endpoint: https://manitou.beaconalarm.net/BoldNet/ManitouService.svc
    password: ${MANITOU_PASSWORD}
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders")

decoy("php/decoy-env", "wp-content/plugins/rental-door-codes/config.php", """\
<?php
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

// Credentials are defined in wp-config.php on each host, or in the environment on Pantheon.
define( 'RDC_REMOTELOCK_CLIENT_ID', getenv( 'RDC_REMOTELOCK_CLIENT_ID' ) ?: '' );
define( 'RDC_REMOTELOCK_CLIENT_SECRET', getenv( 'RDC_REMOTELOCK_CLIENT_SECRET' ) ?: '' );
define( 'RDC_CODE_LENGTH', 6 );

if ( '' === RDC_REMOTELOCK_CLIENT_SECRET ) {
    add_action( 'admin_notices', function () {
        echo '<div class="notice notice-error"><p>Rental Door Codes: RemoteLock credentials are not set.</p></div>';
    } );
}
""", "https://www.php.net/manual/en/function.getenv.php")

decoy("typescript/decoy-env", "dispatch-api/src/env.ts", """\
import "dotenv/config";
import { z } from "zod";

const Env = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.string().url(),
  TWILIO_ACCOUNT_SID: z.string().startsWith("AC"),
  TWILIO_API_KEY: z.string().startsWith("SK"),
  TWILIO_API_SECRET: z.string().min(32),
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  JWT_SECRET: z.string().min(32),
});

export const env = Env.parse(process.env);
""", "https://zod.dev/ ; https://github.com/motdotla/dotenv")

# --- decoys: hashes, public material, public identifiers ---------------------------------------------

decoy("sql/decoy-password-hash", "db/seeds/002_dispatch_users.sql", """\
-- Seed users for the staging dispatch board. Hashes are bcrypt (cost 12); the plain passwords
-- are handed out in person and must be changed at first login.
INSERT INTO users (id, email, display_name, role, password_digest, must_change_password) VALUES
  (1, 'dispatch@pinewoodlocksmiths.com', 'Dispatch Desk', 'dispatcher', '«H1»', true),
  (2, 'marco@pinewoodlocksmiths.com',    'Marco R.',      'technician', '«H2»', true),
  (3, 'jen@pinewoodlocksmiths.com',      'Jen K.',        'technician', '«H3»', true),
  (4, 'office@pinewoodlocksmiths.com',   'Office',        'admin',      '«H4»', true);

SELECT setval('users_id_seq', 4);
""", "https://en.wikipedia.org/wiki/Bcrypt (modular crypt format)", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash())

decoy("htpasswd/decoy-password-hash", "ops/nginx/htpasswd.tech-portal", """\
dispatch:$apr1$«S1»$«H1»
marco:$apr1$«S2»$«H2»
jen:«B1»
office:«B2»
contractor-ace:«B3»
""", "https://httpd.apache.org/docs/2.4/misc/password_encryptions.html", S1=draw(8, BCRYPT), H1=draw(22, BCRYPT),
      S2=draw(8, BCRYPT), H2=draw(22, BCRYPT), B1=bcrypt_hash(5, "2y"), B2=bcrypt_hash(5, "2y"), B3=bcrypt_hash(5, "2y"))

decoy("mosquitto/decoy-password-hash", "mosquitto/password_file", """\
site-0412:$7$101$«S1»$«H1»
site-0413:$7$101$«S2»$«H2»
site-0419:$7$101$«S3»$«H3»
strike-relay-01:$7$101$«S4»$«H4»
node-red:$7$101$«S5»$«H5»
""", "https://mosquitto.org/man/mosquitto_passwd-1.html",
      **{f"S{i}": base64.b64encode(rand_bytes(12)).decode() for i in range(1, 6)},
      **{f"H{i}": base64.b64encode(rand_bytes(64)).decode() for i in range(1, 6)})

decoy("json/decoy-password-hash", "portal/accounts/fixtures/staff.json", """\
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "username": "ops",
      "email": "ops@northgateaccess.com",
      "password": "pbkdf2_sha256$720000$«S1»$«H1»",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "username": "installer-demo",
      "email": "demo@northgateaccess.com",
      "password": "pbkdf2_sha256$720000$«S2»$«H2»",
      "is_staff": false,
      "is_superuser": false
    }
  }
]
""", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords",
      S1=draw(22, ALNUM), H1=key32_b64(), S2=draw(22, ALNUM), H2=key32_b64())

decoy("device-config/decoy-password-hash", "network/sw-depot-access.cfg", """\
hostname SW-DEPOT-ACC
!
enable secret 9 $9$«S1»$«H1»
username netadmin privilege 15 secret 9 $9$«S2»$«H2»
!
aaa new-model
aaa authentication login default local
!
interface range GigabitEthernet1/0/1 - 8
 description door controllers
 switchport access vlan 140
 switchport mode access
!
line vty 0 4
 transport input ssh
 login authentication default
end
""", "https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html (type 9 scrypt)",
      S1=draw(14, BCRYPT), H1=draw(43, BCRYPT), S2=draw(14, BCRYPT), H2=draw(43, BCRYPT))

decoy("ssh/decoy-public-key", "ansible/roles/panel_gateway/files/authorized_keys", """\
# Field techs allowed onto the panel gateways (rotate when someone leaves)
«K1»
«K2»
«K3»
«K4»
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", K1=ssh_pub("marco@pinewood-laptop"),
      K2=ssh_pub("jen@tech-tablet"), K3=ssh_pub("ops@northgate-bastion"), K4=ssh_pub("ansible@deploy"))

decoy("pem/decoy-certificate", "deploy/gallagher/cc-root.pem", """\
# Gallagher Command Centre server root -- trust anchor for the REST client
-----BEGIN CERTIFICATE-----
«C1»
-----END CERTIFICATE-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-5", C1=cert_body(18))

decoy("pem/decoy-public-key", "receiver/keys/monitoring-center-webhook.pub.pem", """\
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA«L1»
«L2»
«L3»
«L4»
«L5»
«L6»
«L7»IDAQAB
-----END PUBLIC KEY-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-13", L1=draw(24, B64), L2=draw(64, B64), L3=draw(64, B64),
      L4=draw(64, B64), L5=draw(64, B64), L6=draw(64, B64), L7=draw(26, B64))

decoy("wireguard/decoy-public-key", "ops/vpn-hub/wg0.conf", """\
# Northgate office hub. The private key is generated on the box and never leaves it.
[Interface]
Address = 10.250.0.1/16
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key

[Peer]
# riverside-clinic gateway
PublicKey = «P1»
AllowedIPs = 10.250.4.2/32, 10.44.12.0/24

[Peer]
# depot router
PublicKey = «P2»
AllowedIPs = 10.250.6.2/32, 10.60.1.0/24

[Peer]
# marco laptop
PublicKey = «P3»
AllowedIPs = 10.250.9.10/32
""", "https://man7.org/linux/man-pages/man8/wg.8.html", P1=key32_b64(), P2=key32_b64(), P3=key32_b64())

decoy("javascript/decoy-publishable-key", "booking-widget/src/checkout.js", """\
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
const stripePromise = loadStripe("pk_live_«PK»");

export async function payDeposit(clientSecret, cardElement) {
  const stripe = await stripePromise;
  return stripe.confirmCardPayment(clientSecret, {
    payment_method: { card: cardElement },
  });
}
""", "https://docs.stripe.com/keys#obtain-api-keys (publishable keys)", PK="51" + mixed(97))

decoy("javascript/decoy-map-token", "dispatch-board/src/map.js", """\
import mapboxgl from "mapbox-gl";

// public token, URL-restricted to dispatch.pinewoodlocksmiths.com
mapboxgl.accessToken = "«PK»";

export function initMap(el) {
  return new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [-93.09, 44.95],
    zoom: 10,
  });
}
""", "https://docs.mapbox.com/help/getting-started/access-tokens/#public-tokens", PK=mapbox_token("pk", "pinewoodlocks"))

decoy("typescript/decoy-firebase-config", "tech-app-web/src/firebase.ts", """\
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project, not a credential (access is enforced by rules)
const firebaseConfig = {
  apiKey: "«KEY»",
  authDomain: "pinewood-tech-app.firebaseapp.com",
  projectId: "pinewood-tech-app",
  storageBucket: "pinewood-tech-app.appspot.com",
  messagingSenderId: "«SENDER»",
  appId: "1:«SENDER»:web:«APP»",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different",
      KEY=google_api_key(), SENDER=str(random.Random(_seed()).randint(10**11, 10**12)), APP=hexs(22))

decoy("html/decoy-publishable-key", "mobile-pay/templates/pay.html", """\
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>Pay your invoice -- Pinewood Locksmiths</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="pay" type="button">Pay {{ invoice.total }}</button>
  </form>
  <script>
    const appId = "sq0idp-«APP»";
    const locationId = "«LOC»";
    (async () => {
      const payments = Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach("#card-container");
      document.getElementById("pay").onclick = async () => {
        const result = await card.tokenize();
        await fetch("/pay/{{ invoice.id }}", { method: "POST", body: JSON.stringify({ token: result.token }) });
      };
    })();
  </script>
</body>
</html>
""", "https://developer.squareup.com/docs/web-payments/take-card-payment", APP=draw(22, URLSAFE), LOC="L" + draw(12, string.ascii_uppercase + string.digits))

decoy("json/decoy-client-id", "customer-portal/public/auth-config.json", """\
{
  "google": {
    "clientId": "«CID».apps.googleusercontent.com",
    "redirectUri": "https://portal.citadelaccess.com/auth/google/callback",
    "scopes": ["openid", "email", "profile"]
  },
  "pkce": true,
  "sessionMinutes": 60
}
""", "https://developers.google.com/identity/protocols/oauth2/javascript-implicit-flow (client id is public)",
      CID=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + draw(32, LOWER_ALNUM))

decoy("typescript/decoy-client-id", "badge-request-spa/src/authConfig.ts", """\
import { Configuration, LogLevel } from "@azure/msal-browser";

export const msalConfig: Configuration = {
  auth: {
    clientId: "«CID»",
    authority: "https://login.microsoftonline.com/«TID»",
    redirectUri: "https://badges.riverside.org/",
  },
  cache: { cacheLocation: "sessionStorage" },
  system: { loggerOptions: { logLevel: LogLevel.Warning } },
};

export const loginRequest = { scopes: ["User.Read", "api://badge-requests/Request.Create"] };
""", "https://learn.microsoft.com/entra/identity-platform/tutorial-v2-react (SPA public client)", CID=uuid_s(), TID=uuid_s())

decoy("javascript/decoy-public-dsn", "customer-portal/sentry.client.config.js", """\
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://«K»@o«ORG».ingest.us.sentry.io/«PROJ»",
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
});
""", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (the DSN is public)", K=hexs(32),
      ORG=str(random.Random(_seed()).randint(4 * 10**15, 5 * 10**15)), PROJ=str(random.Random(_seed()).randint(4 * 10**15, 5 * 10**15)))

decoy("javascript/decoy-search-key", "parts-catalog/src/search.js", """\
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits } from "instantsearch.js/es/widgets";

// Search-only API key: read access to the public key-blank catalog index, meant for the browser.
const searchClient = algoliasearch("«APP»", "«KEY»");

const search = instantsearch({ indexName: "key_blanks", searchClient });
search.addWidgets([
  searchBox({ container: "#q", placeholder: "Blank, keyway or brand (e.g. KW1, SC4, Medeco)" }),
  hits({ container: "#hits", templates: { item: (h) => `${h.blank} -- ${h.brand} ${h.keyway}` } }),
]);
search.start();
""", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", APP=draw(10, string.ascii_uppercase + string.digits), KEY=hexs(32))

decoy("python/decoy-env", "dispatch/sms_settings.py", """\
import os

from twilio.rest import Client

# Account SID is an identifier; the API key pair comes from the environment.
ACCOUNT_SID = "AC«SID»"
MESSAGING_SERVICE_SID = "MG«MG»"

client = Client(os.environ["TWILIO_API_KEY"], os.environ["TWILIO_API_SECRET"], ACCOUNT_SID)


def send(to: str, body: str) -> str:
    return client.messages.create(to=to, messaging_service_sid=MESSAGING_SERVICE_SID, body=body).sid
""", "https://www.twilio.com/docs/iam/api-keys#authenticate-with-api-keys", SID=hexs(32), MG=hexs(32))

decoy("json/decoy-ids", "tests/fixtures/seam_devices.json", """\
{
  "devices": [
    {
      "device_id": "«D1»",
      "device_type": "schlage_lock",
      "display_name": "Unit 4B Front",
      "workspace_id": "«W»",
      "connected_account_id": "«A»",
      "properties": {"locked": true, "online": true, "battery_level": 0.82}
    },
    {
      "device_id": "«D2»",
      "device_type": "yale_lock",
      "display_name": "Unit 4B Garage",
      "workspace_id": "«W»",
      "connected_account_id": "«A»",
      "properties": {"locked": false, "online": true, "battery_level": 0.41}
    }
  ],
  "ok": true
}
""", "https://docs.seam.co/latest/api/devices/list (response shape)", D1=uuid_s(), D2=uuid_s(), W=uuid_s(), A=uuid_s())

decoy("dockerfile/decoy-checksum", "tools/osdp-cli/Dockerfile", """\
FROM debian:bookworm-slim
ARG LIBOSDP_VERSION=3.0.6
ARG LIBOSDP_SHA256=«SHA»
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates cmake build-essential \\
 && curl -fsSLo /tmp/libosdp.tar.gz https://github.com/goToMain/libosdp/archive/refs/tags/v${LIBOSDP_VERSION}.tar.gz \\
 && echo "${LIBOSDP_SHA256}  /tmp/libosdp.tar.gz" | sha256sum -c - \\
 && tar -xzf /tmp/libosdp.tar.gz -C /opt \\
 && cmake -S /opt/libosdp-${LIBOSDP_VERSION} -B /opt/build && cmake --build /opt/build --target install \\
 && rm -rf /var/lib/apt/lists/* /tmp/libosdp.tar.gz
ENTRYPOINT ["osdpctl"]
""", "https://docs.docker.com/build/building/best-practices/#add-or-copy ; sha256sum(1)", SHA=hexs(64))

decoy("requirements/decoy-hash", "receiver/requirements.txt", """\
# pip-compile --generate-hashes requirements.in
pysiaalarm==3.1.1 \\
    --hash=sha256:«H1» \\
    --hash=sha256:«H2»
pycryptodome==3.20.0 \\
    --hash=sha256:«H3»
requests==2.32.3 \\
    --hash=sha256:«H4» \\
    --hash=sha256:«H5»
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
      H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

decoy("json/decoy-integrity", "lock-ui/package-lock.json", """\
{
  "name": "@northgate/lock-ui",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "@northgate/lock-ui",
      "version": "1.8.2",
      "dependencies": {"seam": "^1.40.0"}
    },
    "node_modules/seam": {
      "version": "1.40.1",
      "resolved": "https://registry.npmjs.org/seam/-/seam-1.40.1.tgz",
      "integrity": "sha512-«I1»==",
      "license": "MIT"
    },
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "sha512-«I2»==",
      "license": "MIT"
    }
  }
}
""", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", I1=draw(86, B64), I2=draw(86, B64))

decoy("json/decoy-firmware-manifest", "firmware/releases/strike-relay-1.4.2.json", """\
{
  "device": "strike-relay",
  "version": "1.4.2",
  "released": "2024-09-18",
  "image": "strike-relay-1.4.2.bin",
  "size": 917504,
  "sha256": "«SHA»",
  "signature": {
    "alg": "ed25519",
    "key_id": "release-2024",
    "value": "«SIG»"
  },
  "min_bootloader": "1.1.0"
}
""", "https://www.rfc-editor.org/rfc/rfc8032 (Ed25519 signatures are public)", SHA=hexs(64),
      SIG=base64.b64encode(rand_bytes(64)).decode())

decoy("markdown/decoy-docs-example", "lock-sync-lambda/README.md", """\
# lock-sync-lambda

Pushes rental access codes to smart locks via Seam when a booking is confirmed.

## Local run

```sh
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-east-2
sam local invoke LockSyncFunction --event events/booking-confirmed.json
```

(The keys above are AWS's documentation examples; use your own SSO profile instead:
`aws sso login --profile lock-sync-dev`.)

## Deploy

Merges to `main` deploy through `.github/workflows/deploy.yml` with an OIDC role.
""", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (example access keys)")

decoy("python/decoy-docs-example", "tests/test_deposit_charge.py", """\
import stripe
import pytest

# Stripe's own documented test-mode key (public in their docs); calls go to stripe-mock.
stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
stripe.api_base = "http://localhost:12111"


@pytest.mark.integration
def test_deposit_is_authorised_not_captured():
    intent = stripe.PaymentIntent.create(amount=15000, currency="usd", capture_method="manual")
    assert intent.capture_method == "manual"
    assert intent.amount == 15000
""", "https://github.com/stripe/stripe-mock#usage ; https://docs.stripe.com/api/authentication")

decoy("python/decoy-docs-example", "tests/test_tech_auth.py", """\
from tech_app.auth import decode_unverified

# The example token from jwt.io, used only to test header/claims parsing without verification.
JWT_IO_EXAMPLE = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


def test_reads_subject_without_verifying():
    claims = decode_unverified(JWT_IO_EXAMPLE)
    assert claims["sub"] == "1234567890"
    assert claims["name"] == "John Doe"
""", "https://jwt.io/introduction (example token)")

# --- decoys: redacted, fixtures, well-known defaults, identifiers of the trade ------------------------

decoy("markdown/decoy-redacted", "support/tickets/2024-10-03-ccure-bridge-outage.md", """\
# Incident 2024-10-03: C-CURE event bridge stopped forwarding

**Customer:** HQ-Tower-B  **Severity:** 2  **Duration:** 47 min

## What happened
The victor web service rejected the bridge's login after the customer's IT rotated the service
account password. Log excerpt (credentials redacted before pasting):

```
2024-10-03T14:02:11Z ERR Authenticate/Login user=NGA\\svc_victor password=******** -> 401
2024-10-03T14:02:11Z ERR retrying in 30s (attempt 12)
```

## Fix
- IT sent the new password through the customer portal vault link; stored in Key Vault as
  `ccure-victor-password` (never in the ticket).
- Bridge restarted at 14:49Z, backlog of 1,284 events replayed.

## Follow-up
- Ask customer IT to tell us before rotating service accounts.
""", "incident write-up with redacted credentials (common practice)")

decoy("log/decoy-redacted", "logs/lock-sync-2024-10-05.log", """\
2024-10-05T09:14:02.118Z INFO  lock-sync starting version=2.3.0 workspace=ws_[redacted]
2024-10-05T09:14:02.120Z INFO  config SEAM_API_KEY=[REDACTED] GUESTY_WEBHOOK_SECRET=[REDACTED]
2024-10-05T09:14:03.402Z INFO  webhook received type=reservation.new reservation=6701a3f2e1 listing=4B
2024-10-05T09:14:03.911Z INFO  access_code.create device=Unit 4B Front starts=2024-10-11T15:00 ends=2024-10-14T11:00
2024-10-05T09:14:04.660Z WARN  seam 429 Too Many Requests; retry in 2s authorization=Bearer seam_****
2024-10-05T09:14:06.702Z INFO  access_code.created code=****** device=Unit 4B Front
2024-10-05T09:14:06.703Z INFO  guest notified channel=sms to=+1720*****33
""", "structured log with masked values (twelve-factor logging practice)")

decoy("python/decoy-test-fixture", "tests/conftest.py", """\
import pytest

from lockcloud import settings


@pytest.fixture(autouse=True)
def fake_settings(monkeypatch):
    monkeypatch.setattr(settings, "TTLOCK_CLIENT_ID", "test-client-id")
    monkeypatch.setattr(settings, "TTLOCK_CLIENT_SECRET", "test-client-secret")
    monkeypatch.setattr(settings, "NUKI_WEB_TOKEN", "dummy-nuki-token")
    monkeypatch.setattr(settings, "SEAM_API_KEY", "seam_testkey_not_real")
    monkeypatch.setattr(settings, "DATABASE_URL", "sqlite://")


@pytest.fixture
def lock():
    return {"lockId": 1234567, "lockAlias": "Test Front Door", "electricQuantity": 88}
""", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html")

decoy("yaml/decoy-default-key", "provisioning/osdp/install-mode.yaml", """\
# Bench provisioning of new OSDP readers before they go to site.
# Readers ship with secure channel in install mode: the panel first talks to them with the
# spec's well-known default key SCBK-D, then sends KEYSET with a site key from the key store.
panel: bench-lp4502
bus: rs485-1
baud: 9600
secure_channel:
  enabled: true
  install_mode: true
  scbk_d: "303132333435363738393A3B3C3D3E3F"   # public default from the OSDP spec
  site_key_source: keystore://osdp/site-keys/{site}
readers:
  - address: 0
    label: bench-reader-a
""", "https://www.securityindustry.org/ (OSDP v2.2, SCBK-D default key)")

decoy("json/decoy-default-key", "encoder/mifare-classic-probe.json", """\
{
  "comment": "Keys tried to tell factory-blank MIFARE Classic cards from enrolled ones. These are the public transport / MAD keys printed in NXP's application notes; enrolled cards use site keys from the HSM.",
  "probeKeys": [
    {"name": "transport", "keyA": "FFFFFFFFFFFF"},
    {"name": "MAD sector 0", "keyA": "A0A1A2A3A4A5"},
    {"name": "NDEF", "keyA": "D3F7D3F7D3F7"},
    {"name": "zero", "keyA": "000000000000"}
  ],
  "sectorsToProbe": [0, 1, 15],
  "onBlankCard": "enroll",
  "onUnknownCard": "reject"
}
""", "https://www.nxp.com/docs/en/application-note/AN10787.pdf (MIFARE Application Directory)")

decoy("csv/decoy-card-numbers", "sites/riverside-clinic/badges-import.csv", """\
employee_id,first_name,last_name,department,card_format,facility_code,card_number,activate,deactivate
100482,Ana,Silva,Pharmacy,H10301 26-bit,118,40217,2024-10-01,
100517,Ben,Okafor,Records,H10301 26-bit,118,40218,2024-10-01,
100533,Chloe,Nguyen,Nursing,H10301 26-bit,118,40219,2024-10-01,
100540,Dev,Patel,Facilities,H10301 26-bit,118,40220,2024-10-01,
100561,Eva,Kowalski,Nursing,H10301 26-bit,118,40221,2024-10-01,2025-03-31
C-0091,Frank,Ruiz,Contractor,H10301 26-bit,118,40222,2024-10-07,2024-12-20
""", "https://www.hidglobal.com/ (H10301 26-bit format: facility code and card number)")

decoy("csv/decoy-key-blanks", "inventory/key-blank-crossref.csv", """\
keyway,brand,ilco,silca,jma,spaces,depths,notes
KW1,Kwikset,1176,KW1,KWI-1D,5,7,most common residential
SC1,Schlage,1145,SC1,SCH-1D,5,10,
SC4,Schlage,1145LC,SC4,SCH-4D,6,10,6-pin commercial
WR5,Weiser,1175N,WR3,WIS-3D,5,7,
Y1,Yale,999,YA1,YA-3D,5,10,
M1,Master,1092,MS2,MAS-9D,4,8,padlocks
AR1,Arrow,1179,AR1,ARR-1D,5,7,
""", "key blank cross-reference tables (Ilco / Silca / JMA catalogs)")

decoy("csv/decoy-event-codes", "monitoring/contact-id-codes.csv", """\
account,receiver,line,event_qualifier,event_code,partition,zone_user,description
2F41,3,1,1,130,01,003,Burglary - Back Door
2F41,3,1,3,130,01,003,Burglary restore - Back Door
2F41,3,1,1,401,01,012,Opening by user 12
2F41,3,1,3,401,01,012,Closing by user 12
2F42,3,1,1,301,00,000,AC power loss
2F42,3,1,1,602,00,000,Periodic test report
""", "https://www.securityindustry.org/ (SIA DC-05 Contact ID event codes)")

decoy("markdown/decoy-masked", "sites/depot/alarm-handover.md", """\
# Depot alarm handover sheet

| Item | Value |
| --- | --- |
| Panel | DSC PowerSeries Neo HS2064 |
| Monitoring account | 2F42 (receiver 3, line 1) |
| Installer code | **held by Beacon Alarm, ask dispatch** |
| Master user code | `****` (given to the site manager in person) |
| User 12 (night lead) | `****` |
| Duress code | set, not recorded here |
| Communicator | TL280 dual path, IP + LTE |

Passcode for the monitoring centre (verbal verification): on the customer's emergency call
list, not in this document.
""", "installer handover sheet with masked codes")

decoy("markdown/decoy-placeholder", "docs/install/mercury-first-boot.md", """\
# First boot of a Mercury controller

1. Connect to the controller's default address and log in with the factory account printed on
   the label inside the enclosure door.
2. Users -> add the installer account:
   - user: `installer`
   - password: `<generate with: pwgen -sy 20 1>`
3. Delete the factory account (the controller refuses to go online to the host while it exists).
4. Host comm -> set the primary host to the customer's host IP, port 3001, TLS on.
5. Save, reboot, and store the installer password in Vault under
   `kv/controllers/<site>/<serial>`.
""", "controller commissioning runbook with placeholders")

decoy("terraform/decoy-vault-lookup", "infra/controllers/main.tf", """\
data "vault_kv_secret_v2" "riverside_lp1502" {
  mount = "kv"
  name  = "controllers/riverside-clinic/lp1502-east"
}

resource "local_sensitive_file" "controller_env" {
  filename        = "${path.module}/out/lp1502-east.env"
  file_permission = "0600"
  content = <<-EOT
    CONTROLLER_HOST=10.44.12.31
    CONTROLLER_USER=installer
    CONTROLLER_PASSWORD=${data.vault_kv_secret_v2.riverside_lp1502.data["password"]}
  EOT
}
""", "https://registry.terraform.io/providers/hashicorp/vault/latest/docs/data-sources/kv_secret_v2")

decoy("k8s-secret/decoy-template", "k8s/templates/controller-creds.secret.yaml.tpl", """\
# Rendered by `envsubst < controller-creds.secret.yaml.tpl | kubectl apply -f -` in the deploy job.
apiVersion: v1
kind: Secret
metadata:
  name: controller-creds-${SITE}
  namespace: access
type: Opaque
stringData:
  CONTROLLER_USER: installer
  CONTROLLER_PASSWORD: ${CONTROLLER_PASSWORD}
  HOST_COMM_KEY: ${HOST_COMM_KEY}
""", "https://www.gnu.org/software/gettext/manual/html_node/envsubst-Invocation.html")

decoy("compose/decoy-env-ref", "monitoring/docker-compose.yml", """\
services:
  sia-receiver:
    image: ghcr.io/beaconalarm/sia-receiver:1.9.0
    ports:
      - "7777:7777/tcp"
    environment:
      SIA_ACCOUNTS_FILE: /run/secrets/sia_accounts
      MANITOU_URL: https://manitou.beaconalarm.net/BoldNet/ManitouService.svc
      MANITOU_USER: ${MANITOU_USER:?set MANITOU_USER}
      MANITOU_PASSWORD: ${MANITOU_PASSWORD:?set MANITOU_PASSWORD}
    secrets:
      - sia_accounts
    restart: unless-stopped

secrets:
  sia_accounts:
    file: ./secrets/sia_accounts.json
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

decoy("json/decoy-key-vault-ref", "infra/appservice/door-events-settings.json", """\
[
  { "name": "ASPNETCORE_ENVIRONMENT", "value": "Production", "slotSetting": false },
  { "name": "ConnectionStrings__Badging", "value": "@Microsoft.KeyVault(SecretUri=https://kv-citadel-prod.vault.azure.net/secrets/badging-sql/)", "slotSetting": true },
  { "name": "Gallagher__ApiKey", "value": "@Microsoft.KeyVault(VaultName=kv-citadel-prod;SecretName=gallagher-api-key)", "slotSetting": true },
  { "name": "Gallagher__BaseUrl", "value": "https://cc01.summitlock.local:8904/api", "slotSetting": false },
  { "name": "WEBSITE_RUN_FROM_PACKAGE", "value": "1", "slotSetting": false }
]
""", "https://learn.microsoft.com/azure/app-service/app-service-key-vault-references")

decoy("serverless/decoy-ssm-ref", "verkada-door-alerts/serverless.prod.yml", """\
service: verkada-door-alerts
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  environment:
    VERKADA_API_KEY: ${ssm:/door-alerts/prod/verkada-api-key}
    VERKADA_ORG_ID: ${ssm:/door-alerts/prod/verkada-org-id}
    SLACK_WEBHOOK_URL: ${ssm:/door-alerts/prod/slack-webhook}

functions:
  pollAccessEvents:
    handler: handler.poll
    events:
      - schedule: rate(2 minutes)
""", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

decoy("env/decoy-op-ref", "dispatch-sync/.env.tpl", """\
# Resolved at runtime with: op run --env-file=.env.tpl -- node dist/sync.js
ST_TENANT_ID=1408835517
ST_APP_KEY=op://Dispatch/ServiceTitan/app_key
ST_CLIENT_ID=op://Dispatch/ServiceTitan/client_id
ST_CLIENT_SECRET=op://Dispatch/ServiceTitan/client_secret
QBO_REFRESH_TOKEN=op://Dispatch/QuickBooks Online/refresh_token
WAREHOUSE_URL=postgresql://dispatch_sync@warehouse.internal:5432/ops
""", "https://developer.1password.com/docs/cli/secrets-environment-variables/")

decoy("yaml/decoy-kms-ciphertext", "config/kiosk-fleet.yaml", """\
# Values under `encrypted:` are AWS KMS ciphertext (alias/kiosk-fleet); the agent decrypts them
# at start-up with its instance role. Plain values are not secret.
fleet: maplewood-hardware
region: us-east-2
telemetry_interval: 60
encrypted:
  iot_service_connection: AQICAHh«C1»
  backend_api_key: AQICAHh«C2»
""", "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html (CiphertextBlob)",
      C1=draw(300, B64) + "==", C2=draw(180, B64) + "=")

decoy("python/decoy-generator", "codes/temp_codes.py", """\
\"\"\"Temporary keypad codes for rental stays and contractor visits.\"\"\"
import secrets
import string

BANNED = {"123456", "000000", "111111", "654321", "121212"}


def keypad_code(length: int = 6) -> str:
    for _ in range(100):
        code = "".join(secrets.choice(string.digits) for _ in range(length))
        if code not in BANNED and len(set(code)) > 2:
            return code
    raise RuntimeError("could not draw a keypad code")


def webhook_secret() -> str:
    return secrets.token_urlsafe(32)
""", "https://docs.python.org/3/library/secrets.html")

decoy("openapi/decoy-security-scheme", "api/openapi.yaml", """\
openapi: 3.0.3
info:
  title: Pinewood Dispatch API
  version: 2.14.1
servers:
  - url: https://api.pinewoodlocksmiths.com/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Partner key, e.g. `X-Api-Key: <your-partner-key>`"
security:
  - bearerAuth: []
paths:
  /jobs:
    get:
      summary: List open jobs
      responses:
        "200":
          description: OK
""", "https://swagger.io/specification/v3/#security-scheme-object")

decoy("json/decoy-postman-vars", "api/postman/brivo.postman_collection.json", """\
{
  "info": {
    "name": "Brivo Onair",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{brivo_access_token}}", "type": "string" }]
  },
  "item": [
    {
      "name": "List sites",
      "request": {
        "method": "GET",
        "header": [{ "key": "api-key", "value": "{{brivo_api_key}}" }],
        "url": "https://api.brivo.com/v1/api/sites"
      }
    }
  ],
  "variable": [
    { "key": "brivo_api_key", "value": "" },
    { "key": "brivo_access_token", "value": "" }
  ]
}
""", "https://learning.postman.com/docs/sending-requests/variables/variables/")

decoy("notebook/decoy-getpass", "analytics/door_forced_events.ipynb", """\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "\\n",
    "pw = getpass.getpass(\\"OnGuard read-only password: \\")\\n",
    "engine = sa.create_engine(f\\"mssql+pyodbc://onguard_ro:{pw}@ONGUARD-SQL01/AccessControl?driver=ODBC+Driver+18+for+SQL+Server\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"SELECT EVDESCR, READERDESC, EVENT_TIME_UTC FROM EVENTS WHERE EVDESCR LIKE 'Door Forced%'\\", engine)\\n",
    "df.groupby('READERDESC').size().sort_values(ascending=False).head(15)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "https://docs.python.org/3/library/getpass.html")

decoy("r/decoy-keyring", "analytics/invoice_aging.R", """\
library(DBI)
library(keyring)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse.internal",
  dbname = "ops",
  user = Sys.getenv("WAREHOUSE_USER", "analyst"),
  password = key_get("warehouse", username = Sys.getenv("WAREHOUSE_USER", "analyst"))
)

aging <- tbl(con, "invoices") %>%
  filter(status != "paid") %>%
  mutate(days = as.integer(Sys.Date() - due_date)) %>%
  collect()

dbDisconnect(con)
""", "https://keyring.r-lib.org/ ; https://stat.ethz.ch/R-manual/R-devel/library/base/html/Sys.getenv.html")

decoy("powershell/decoy-secret-management", "scripts/onguard/Export-Badges.ps1", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Server = "ONGUARD-APP01")

$cred = Get-Secret -Name "OnGuard-DataConduIT" -Vault "OpsVault"
if (-not $cred) {
    $cred = Get-Credential -Message "DataConduIT account for $Server"
}

Get-WmiObject -ComputerName $Server -Credential $cred -Namespace "root\\OnGuard" -Class Lnl_Badge |
    Where-Object { $_.STATUS -eq 1 } |
    Select-Object ID, PERSONID, ACTIVATE, DEACTIVATE |
    Export-Csv -NoTypeInformation -Path ".\\active-badges.csv"
""", "https://learn.microsoft.com/powershell/utility-modules/secretmanagement/overview")

decoy("sql/decoy-hashed-login", "db/prowatch/migrate_login.sql", """\
-- Move the report login to the new SQL instance keeping its password: the value below is the
-- SQL Server password HASH exported with sp_help_revlogin, not the password itself.
USE [master];
GO
CREATE LOGIN [pw_badge_reports]
    WITH PASSWORD = 0x0200«H» HASHED,
         SID = 0x«SID»,
         DEFAULT_DATABASE = [PWNT],
         CHECK_POLICY = ON;
GO
""", "https://learn.microsoft.com/troubleshoot/sql/database-engine/security/transfer-logins-passwords-between-instances",
      H=hexs(136, True), SID=hexs(32, True))

decoy("swift/decoy-keychain", "KeyShare/Sources/Credentials/TokenStore.swift", """\
import Foundation
import Security

/// Keeps the Origo access token in the Keychain; nothing is compiled into the app.
enum TokenStore {
    private static let service = "com.brightline.keyshare.origo"

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
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "https://developer.apple.com/documentation/security/keychain_services")

decoy("kotlin/decoy-buildconfig", "cutter-tablet/app/build.gradle.kts", """\
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.summitlock.cutter"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.summitlock.cutter"
        minSdk = 26
        targetSdk = 34
        versionCode = 42
        versionName = "2.3.0"
        // injected by CI from a protected variable; empty for local builds
        buildConfigField("String", "SHOP_API_KEY", "\\"${project.findProperty("shopApiKey") ?: ""}\\"")
    }
    buildFeatures { buildConfig = true }
}
""", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

decoy("python/decoy-hashed-token", "bridge/nuki_local.py", """\
\"\"\"Nuki Bridge HTTP API with hashed-token authentication (the token itself is never sent).\"\"\"
import hashlib
import os
import random
from datetime import datetime, timezone

import requests

BRIDGE = "http://192.168.1.60:8080"

# Example of what goes over the wire (from a debug capture; single-use, expires in 60 s):
# /lockState?nukiId=1234ABCD&ts=2024-10-05T09:14:02Z&rnr=4711&hash=«H»


def _auth() -> dict:
    ts = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    rnr = random.randint(0, 65535)
    digest = hashlib.sha256(f"{ts},{rnr},{os.environ['NUKI_BRIDGE_TOKEN']}".encode()).hexdigest()
    return {"ts": ts, "rnr": rnr, "hash": digest}


def lock_state(nuki_id: str) -> dict:
    return requests.get(f"{BRIDGE}/lockState", params={"nukiId": nuki_id, **_auth()}, timeout=5).json()
""", "https://developer.nuki.io/page/nuki-bridge-http-api-1-13/4 (hashed token)", H=hexs(64))

decoy("python/decoy-test-fixture", "tests/test_alarm_webhook_signature.py", """\
import hashlib
import hmac

from receiver.webhook import verify

TEST_SECRET = b"test-webhook-secret"  # test-only, not configured anywhere
BODY = b'{"account":"2F41","code":"BA","zone":"003"}'


def sign(body: bytes) -> str:
    return hmac.new(TEST_SECRET, body, hashlib.sha256).hexdigest()


def test_valid_signature_accepted(monkeypatch):
    monkeypatch.setenv("ALARM_WEBHOOK_SECRET", TEST_SECRET.decode())
    assert verify(BODY, sign(BODY))


def test_tampered_body_rejected(monkeypatch):
    monkeypatch.setenv("ALARM_WEBHOOK_SECRET", TEST_SECRET.decode())
    assert not verify(BODY.replace(b"BA", b"BR"), sign(BODY))
""", "https://docs.python.org/3/library/hmac.html")

decoy("device-config/decoy-masked", "sites/riverside-clinic/lp1502-west-export.cfg", """\
# Mercury LP1502 -- configuration export (passwords are never exported in clear)
[network]
hostname=LP1502-WEST
dhcp=0
ip=10.44.12.32
mask=255.255.255.0
gateway=10.44.12.1

[host_comm]
primary_host=10.44.0.20
primary_port=3001
encryption=1

[web_users]
user1_name=installer
user1_password=********
user1_level=admin
""", "controller configuration export with masked passwords")

decoy("esphome/decoy-secret-ref", "esphome/back-door-strike.yaml", """\
esphome:
  name: back-door-strike

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO26
    name: "Back Door Strike"
    on_turn_on:
      - delay: 3s
      - switch.turn_off: strike
    id: strike
""", "https://esphome.io/guides/faq.html#tips-for-using-esphome (!secret)")

decoy("yaml/decoy-secret-ref", "homeassistant/configuration.yaml", """\
homeassistant:
  name: Showroom
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: us_customary
  time_zone: America/Chicago

nuki:
  host: 192.168.1.60
  token: !secret nuki_bridge_token

envisalink: !include packages/envisalink.yaml

recorder:
  db_url: !secret recorder_db_url
  purge_keep_days: 14
""", "https://www.home-assistant.io/docs/configuration/secrets/")

decoy("pgp/decoy-public-key", "monitoring/keys/beacon-reports.asc", """\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Beacon Alarm Monitoring <reports@beaconalarm.net> -- encrypt monthly reports to this key

mQINBG«L0»
«L1»
«L2»
«L3»
«L4»
«L5»
«L6»
=«CRC»
-----END PGP PUBLIC KEY BLOCK-----
""", "https://www.rfc-editor.org/rfc/rfc4880#section-6.2 (ASCII armor, public key block)",
      L0=draw(58, B64), L1=draw(64, B64), L2=draw(64, B64), L3=draw(64, B64), L4=draw(64, B64), L5=draw(64, B64),
      L6=draw(30, B64), CRC=draw(4, B64))

decoy("xml/decoy-saml-metadata", "sso/openpath-idp-metadata.xml", """\
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                     entityID="http://www.okta.com/«EID»">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false"
                       protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>«CERT»</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
                            Location="https://citadelaccess.okta.com/app/citadel_openpath/«EID»/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", "https://docs.oasis-open.org/security/saml/v2.0/saml-metadata-2.0-os.pdf", EID="exk" + draw(17, ALNUM),
      CERT="MIIDqDCCApCgAwIBAgIG" + draw(700, B64) + "=")

decoy("json/decoy-jwks", "tech-app-api/.well-known/jwks.json", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "tech-app-2024-10",
      "n": "«N»",
      "e": "AQAB"
    }
  ]
}
""", "https://www.rfc-editor.org/rfc/rfc7517 (JSON Web Key Set, public keys)", N=draw(342, URLSAFE))

decoy("yaml/decoy-pinned-shas", ".github/workflows/ci.yml", """\
name: ci
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«S1» # v4.2.1
      - uses: actions/setup-python@«S2» # v5.2.0
        with:
          python-version: "3.12"
      - run: pip install -r requirements.txt -r requirements-dev.txt
      - run: pytest -q
      - uses: codecov/codecov-action@«S3» # v4.6.0
        with:
          use_oidc: true
""", "https://docs.github.com/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions",
      S1=hexs(40), S2=hexs(40), S3=hexs(40))

decoy("systemd/decoy-load-credential", "ops/systemd/sia-receiver.service", """\
[Unit]
Description=SIA DC-09 alarm receiver
After=network-online.target
Wants=network-online.target

[Service]
User=sia
ExecStart=/opt/sia-receiver/bin/sia-receiver --accounts ${CREDENTIALS_DIRECTORY}/sia-accounts.json
LoadCredentialEncrypted=sia-accounts.json:/etc/credstore.encrypted/sia-accounts.json
EnvironmentFile=-/etc/default/sia-receiver
Restart=on-failure
NoNewPrivileges=yes
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
""", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Credentials")

decoy("crontab/decoy-password-file", "ops/crontab.onguard-backup", """\
# m h dom mon dow  command
30 1 * * *  /usr/local/bin/pg_dump --dbname=brivo_sync --file=/srv/backup/brivo-$(date +\\%F).sql   # PGPASSFILE=/root/.pgpass
45 1 * * *  /usr/bin/mysqldump --defaults-extra-file=/etc/mysql/backup.cnf keycodes | gzip > /srv/backup/keycodes.sql.gz
0 2 * * *   /usr/bin/restic -r b2:northgate-backups:/onguard --password-file /etc/restic/pass backup /srv/backup
0 4 * * 0   /usr/bin/restic -r b2:northgate-backups:/onguard --password-file /etc/restic/pass forget --keep-weekly 8 --prune
""", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html ; https://www.postgresql.org/docs/current/libpq-pgpass.html")

decoy("javascript/decoy-placeholder", "examples/twilio-stripe-config.example.js", """\
// Example configuration -- copy to config.js and put your own values in.
module.exports = {
  twilio: {
    accountSid: "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    authToken: "your_auth_token",
    from: "+15005550006",
  },
  stripe: {
    secretKey: "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
    webhookSecret: "whsec_...",
  },
  seam: {
    apiKey: "seam_<your_key_here>",
  },
};
""", "https://www.twilio.com/docs/iam/test-credentials ; vendor docs placeholders")

decoy("markdown/decoy-placeholder", "charts/lock-sync/README.md", """\
# lock-sync Helm chart

## Install

```console
kubectl -n rentals create secret generic lock-sync-seam \\
  --from-literal=SEAM_API_KEY='<YOUR_SEAM_API_KEY>'

helm upgrade --install lock-sync ./charts/lock-sync -n rentals \\
  --set seam.existingSecret=lock-sync-seam \\
  --set postgresql.auth.existingSecret=lock-sync-db
```

## Values

| Key | Default | Description |
| --- | --- | --- |
| `seam.existingSecret` | `""` | Secret with the Seam API key (required) |
| `seam.existingSecretKey` | `SEAM_API_KEY` | Key inside that Secret |
| `replicaCount` | `1` | Only one replica may own the webhook |
""", "https://helm.sh/docs/chart_best_practices/ (README conventions)")

decoy("ini/decoy-placeholder", "keymachine/FuturaLink.ini.sample", """\
[General]
Language=EN
Machine=Futura Pro
SerialPort=COM3
AutoUpdate=1

[Cloud]
Server=https://cloud.futura-keys.example-vendor.net
ShopCode=
Username=
; Leave Password empty: the app asks at first start and keeps it in Windows Credential Manager.
Password=
SyncCodes=1
""", "Windows INI sample configuration with empty credentials")

decoy("xml/decoy-placeholder", "Net2Sync/App.Release.config", """\
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <!-- Octopus substitutes #{...} at deploy time from sensitive project variables -->
    <add key="Net2ServerUrl" value="#{Net2.ServerUrl}" />
    <add key="Net2ClientId" value="#{Net2.ClientId}" />
    <add key="Net2Username" value="#{Net2.Username}" />
    <add key="Net2Password" value="#{Net2.Password}" />
    <add key="SyncIntervalMinutes" value="15" />
  </appSettings>
</configuration>
""", "https://octopus.com/docs/projects/steps/configuration-features/substitute-variables-in-templates")

decoy("shell/decoy-env", "scripts/axis-a1001-reboot.sh", """\
#!/bin/sh
# Reboot one Axis A1001. Credentials come from /etc/axis/creds (root:root 0600),
# which holds AXIS_USER and AXIS_PASSWORD; they are never passed on the command line.
set -eu
. /etc/axis/creds

host="${1:?usage: $0 <controller-ip>}"
curl --silent --show-error --digest --netrc-file /dev/stdin \\
     "http://$host/axis-cgi/restart.cgi" <<EOF
machine $host login $AXIS_USER password $AXIS_PASSWORD
EOF
""", "https://curl.se/docs/manpage.html#--netrc-file")

decoy("xml/decoy-dpapi-ciphertext", "KeyscanBridge/KeyscanBridge.exe.config", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configProtectedData>
    <providers>
      <add name="DataProtectionConfigurationProvider"
           type="System.Configuration.DpapiProtectedConfigurationProvider, System.Configuration"
           useMachineProtection="true" />
    </providers>
  </configProtectedData>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA«C»</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
""", "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-strings-and-configuration-files#encrypt-configuration-file-sections-using-protected-configuration",
      C=draw(460, B64) + "==")

decoy("kotlin/decoy-certificate-pin", "cutter-tablet/app/src/main/java/com/summitlock/cutter/net/Pinning.kt", """\
package com.summitlock.cutter.net

import okhttp3.CertificatePinner

// SHA-256 hashes of the server's public keys (current + backup). Public values.
val pinner: CertificatePinner = CertificatePinner.Builder()
    .add("keys.summitlock.co", "sha256/«P1»")
    .add("keys.summitlock.co", "sha256/«P2»")
    .build()
""", "https://square.github.io/okhttp/4.x/okhttp/okhttp3/-certificate-pinner/",
      P1=base64.b64encode(hashlib.sha256(rand_bytes(32)).digest()).decode(),
      P2=base64.b64encode(hashlib.sha256(rand_bytes(32)).digest()).decode())

decoy("go/decoy-test-fixture", "internal/saltoks/client_test.go", """\
package saltoks

import (
\t"net/http"
\t"net/http/httptest"
\t"testing"
)

func TestTokenRequestUsesClientCredentials(t *testing.T) {
\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
\t\tid, secret, ok := r.BasicAuth()
\t\tif !ok || id != "test-client" || secret != "test-secret" {
\t\t\tt.Fatalf("unexpected credentials %q", id)
\t\t}
\t\tw.Header().Set("Content-Type", "application/json")
\t\tw.Write([]byte(`{"access_token":"fake-access-token","token_type":"Bearer","expires_in":3600}`))
\t}))
\tdefer srv.Close()
\tcfg.TokenURL, cfg.ClientID, cfg.ClientSecret = srv.URL, "test-client", "test-secret"
\tif _, err := cfg.Token(t.Context()); err != nil {
\t\tt.Fatal(err)
\t}
}
""", "https://pkg.go.dev/net/http/httptest")

decoy("yaml/decoy-redacted", "support/diagnostics/brivo-sync-config-dump.yaml", """\
# `brivo-sync --dump-config` output attached to ticket #8812 (secrets masked by the tool)
brivo:
  base-url: https://api.brivo.com/v1/api
  api-key: "********"
  client-id: «CID»
  client-secret: "********"
  account-username: integrations@citadelaccess.com
  account-password: "********"
  poll-interval: PT30S
spring:
  datasource:
    url: jdbc:postgresql://db.internal:5432/brivo_sync
    password: "********"
""", "Spring Boot actuator-style sanitized configuration dump", CID=uuid_s())

decoy("python/decoy-placeholder", "docs/snippets/gallagher_quickstart.py", """\
\"\"\"Quick start for the Gallagher REST API (paste your own key; see the runbook for where to get one).\"\"\"
import requests

CC = "https://<command-centre-host>:8904/api"
API_KEY = "<GGL-API-KEY from Command Centre: Configuration Client > Services and Workstations>"

s = requests.Session()
s.headers["Authorization"] = f"GGL-API-KEY {API_KEY}"
s.cert = ("client.crt", "client.key")

print(s.get(CC).json()["version"])
""", "https://gallaghersecurity.github.io/cc-rest-docs/ref/index.html")

CASES: List[LabelledCase] = S
