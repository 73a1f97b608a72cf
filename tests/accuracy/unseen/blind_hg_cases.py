"""Blind set HG: towing and roadside-assistance companies.

Tow-truck telematics (Samsara, Geotab, Motive, Verizon Connect), dispatch feeds from motor clubs and
insurers (Agero, Urgent.ly, Honk), tow-management software, impound-lot gates and cameras, payments,
and the small IT shops behind them, with their decoys. Generated fakes only (seeds 2790000-2799999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPNUM = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 2790000, 2799999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] < SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Wrecker", "Flatbed", "Winch", "Boom", "Dolly", "Hook", "Chain", "Strap", "Beacon", "Diesel",
         "Ramp", "Tandem", "Pylon", "Gravel", "Harbor", "Ridge", "Canyon", "Falcon", "Copper", "Mesa"]
LOWER = ["bumper", "axle", "lugnut", "tailgate", "jumper", "clutch", "radiator", "muffler", "gasket",
         "piston", "spark", "rotor", "caliper", "hubcap", "tread", "carburetor"]


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


def ups(n: int) -> str:
    return fakes.drawn(_seed(), n, UPNUM)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64raw(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + ups(8) + "/B" + ups(10) + "/" + fakes.drawn(_seed(), 24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def mapbox_secret() -> str:
    return "sk.eyJ1IjoibWV0cm90b3ciLCJhIjoi" + fakes.drawn(_seed(), 24) + "In0." + fakes.drawn(_seed(), 22)


def mapbox_public() -> str:
    return "pk.eyJ1IjoibWV0cm90b3ciLCJhIjoi" + fakes.drawn(_seed(), 24) + "In0." + fakes.drawn(_seed(), 22)


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def jwt_like(payload: str) -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64(payload).rstrip("=").replace("+", "-").replace("/", "_")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def datadog_key() -> str:
    return hexs(32)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD"
    rest = "".join(r.choice(ALNUM + "+/") for _ in range(64 * 4))
    full = body + rest
    lines = [full[i:i + 70] for i in range(0, len(full), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def sha256ish() -> str:
    return hexs(64)


def vin() -> str:
    r = _rng()
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


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
    CASES.append(LabelledCase(f"blind-hg/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- telematics (Samsara, Geotab, Motive, Verizon)

add("python/samsara-api-token", "fleet_sync/samsara_client.py", "https://developers.samsara.com/docs/authentication", '''
"""Pull truck GPS positions from Samsara every 30 s for the dispatch board."""
import requests

SAMSARA_BASE = "https://api.samsara.com"
SAMSARA_TOKEN = "@@secret@@"


def vehicle_locations():
    resp = requests.get(
        f"{SAMSARA_BASE}/fleet/vehicles/locations",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        timeout=10,
    )
    resp.raise_for_status()
    return {v["name"]: v["location"] for v in resp.json()["data"]}
''', samsara_token())

add("env/samsara-api-token", "dispatch-board/.env.production", "https://developers.samsara.com/docs/authentication", '''
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://board@db.internal:5432/board
SAMSARA_ORG_ID=48213
SAMSARA_API_TOKEN=@@secret@@
MAP_DEFAULT_ZOOM=11
YARD_LAT=39.7392
YARD_LNG=-104.9903
''', samsara_token())

add("python/decoy-env-reference", "fleet_sync/settings.py", "https://docs.python.org/3/library/os.html#os.environ", '''
import os

SAMSARA_TOKEN = os.environ["SAMSARA_API_TOKEN"]
GEOTAB_USER = os.environ.get("GEOTAB_USER", "api-sync@metrotow.example")
GEOTAB_PASSWORD = os.environ["GEOTAB_PASSWORD"]
GEOTAB_DATABASE = os.environ.get("GEOTAB_DATABASE", "metrotow")
POLL_SECONDS = int(os.environ.get("POLL_SECONDS", "30"))
''')

add("javascript/geotab-password", "integrations/geotab/auth.js", "https://developers.geotab.com/myGeotab/guides/concepts/#authentication", '''
// MyGeotab Authenticate call; session id cached for 14 days per Geotab docs
const GeotabApi = require('mg-api-js');

const api = new GeotabApi({
  credentials: {
    database: 'rapidrecovery',
    userName: 'telematics.sync@rapidrecovery.example',
    password: '@@secret@@',
  },
  options: { rememberMe: true, timeout: 20 },
});

module.exports = api;
''', words_pw())

add("yaml/geotab-password", "config/telematics.yml", "https://developers.geotab.com/myGeotab/guides/concepts/#authentication", '''
geotab:
  server: my.geotab.com
  database: summit_towing
  username: svc-dispatch@summittowing.example
  password: "@@secret@@"
  feed:
    type: LogRecord
    results_limit: 5000
samsara:
  enabled: false
''', rand_pw(16, "!#"))

add("csharp/geotab-password", "src/Telematics/GeotabFeed.cs", "https://developers.geotab.com/myGeotab/guides/codeBase/usingInDotNet", '''
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace Telematics
{
    public static class GeotabFeed
    {
        public static API Create() =>
            new API("integration@bigrigrecovery.example", "@@secret@@", null, "bigrig_recovery", "my.geotab.com");

        public static async Task<IList<DeviceStatusInfo>> StatusesAsync(API api) =>
            await api.CallAsync<IList<DeviceStatusInfo>>("Get", typeof(DeviceStatusInfo));
    }
}
''', words_pw())

add("python/motive-api-key", "etl/motive_hos.py", "https://developer.gomotive.com/reference/introduction", '''
import httpx

MOTIVE_API = "https://api.keeptruckin.com/v1"
API_KEY = "@@secret@@"

def hos_logs(start_date: str, end_date: str):
    with httpx.Client(headers={"X-Api-Key": API_KEY}) as c:
        r = c.get(f"{MOTIVE_API}/logs", params={"start_date": start_date, "end_date": end_date})
        r.raise_for_status()
        return r.json()["logs"]
''', uuid_s())

add("shell/verizon-connect-password", "scripts/pull_reveal_gps.sh", "https://fim.api.us.fleetmatics.com/swagger", '''
#!/usr/bin/env bash
# Verizon Connect Reveal: token then GPS for the night shift trucks
set -euo pipefail
TOKEN=$(curl -s -u "REST_HarborTow_4471:@@secret@@" \\
  https://fim.api.us.fleetmatics.com/token)
curl -s -H "Authorization: Atmosphere atmosphere_app_id=fleetmatics-p-us-harbortow, Bearer $TOKEN" \\
  "https://fim.api.us.fleetmatics.com/rad/v1/vehicles/locations?vehicleNumbers=T12,T14,T21" \\
  > /var/tmp/reveal_positions.json
''', rand_pw(14, "$!"))

add("json/decoy-vehicle-ids", "fixtures/samsara_vehicles.json", "https://developers.samsara.com/reference/listvehicles", '''
{
  "data": [
    {"id": "281474977075805", "name": "T12 Flatbed", "vin": "@@v1@@", "serial": "G9ZK-3X7-AB2"},
    {"id": "281474977075806", "name": "T14 Wrecker", "vin": "@@v2@@", "serial": "G9ZK-3X7-AC9"},
    {"id": "281474977075811", "name": "T21 Rotator", "vin": "@@v3@@", "serial": "G9ZK-4PQ-11D"}
  ],
  "pagination": {"endCursor": "@@cursor@@", "hasNextPage": false}
}
''', v1=vin(), v2=vin(), v3=vin(), cursor=uuid_s())

add("markdown/decoy-placeholder", "docs/telematics-setup.md", "https://developers.samsara.com/docs/authentication", '''
# Telematics setup

1. In Samsara, go to **Settings > API Tokens** and create a token with *Read Vehicles* scope.
2. Put it in the vault at `secret/dispatch/samsara` (never in this repo).
3. Locally, copy `.env.example` to `.env` and set:

```
SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
GEOTAB_PASSWORD=<ask ops>
```

4. Run `make sync-once` and check the board shows the trucks.
''')

add("env/decoy-placeholder", "dispatch-board/.env.example", "https://github.com/motdotla/dotenv#usage", '''
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://board:board@localhost:5432/board
SAMSARA_ORG_ID=
SAMSARA_API_TOKEN=changeme
GEOTAB_USER=you@example.com
GEOTAB_PASSWORD=changeme
STRIPE_SECRET_KEY=sk_test_replace_me
''')

add("go/samsara-api-token", "cmd/gpsbridge/main.go", "https://developers.samsara.com/docs/authentication", '''
package main

import (
	"log"
	"net/http"
	"time"
)

const samsaraToken = "@@secret@@"

func main() {
	client := &http.Client{Timeout: 15 * time.Second}
	req, _ := http.NewRequest("GET", "https://api.samsara.com/fleet/vehicles/stats?types=gps", nil)
	req.Header.Set("Authorization", "Bearer "+samsaraToken)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Println("status", resp.Status)
}
''', samsara_token())

add("log/decoy-redacted", "logs/gpsbridge-2024-03-11.log", "https://developers.samsara.com/docs/authentication", '''
2024-03-11T02:14:07Z INFO  gpsbridge starting version=1.8.2
2024-03-11T02:14:07Z INFO  samsara token loaded from vault path=secret/dispatch/samsara token=samsara_api_****************a7Qz
2024-03-11T02:14:08Z INFO  GET /fleet/vehicles/stats?types=gps status=200 vehicles=23 ms=412
2024-03-11T02:14:38Z WARN  vehicle 281474977075811 stale gps age=612s
2024-03-11T02:15:08Z INFO  GET /fleet/vehicles/stats?types=gps status=200 vehicles=23 ms=388
2024-03-11T02:15:38Z ERROR geotab authenticate failed user=svc-dispatch password=[REDACTED] code=InvalidUserException
''')

add("typescript/decoy-mapbox-public-token", "web/src/map/config.ts", "https://docs.mapbox.com/help/getting-started/access-tokens/", '''
// Public token: URL-restricted to board.metrotow.example in the Mapbox account.
export const MAPBOX_PUBLIC_TOKEN = "@@pk@@";
export const MAP_STYLE = "mapbox://styles/mapbox/streets-v12";
export const DEFAULT_CENTER: [number, number] = [-104.9903, 39.7392];
export const DEFAULT_ZOOM = 11;
export const TRUCK_ICON_SIZE = 28;
''', pk=mapbox_public())

add("python/mapbox-secret-token", "tools/geofence_upload.py", "https://docs.mapbox.com/help/getting-started/access-tokens/", '''
"""Upload impound-lot and yard geofences as a Mapbox tileset source."""
import json
import requests

MAPBOX_USER = "metrotow"
MAPBOX_TOKEN = "@@secret@@"  # scopes: tilesets:write, tilesets:read

with open("geofences.geojson") as fh:
    features = json.load(fh)["features"]

body = "\\n".join(json.dumps(f) for f in features)
r = requests.post(
    f"https://api.mapbox.com/tilesets/v1/sources/{MAPBOX_USER}/yards",
    params={"access_token": MAPBOX_TOKEN},
    files={"file": ("yards.ldgeojson", body)},
)
print(r.status_code, r.text)
''', mapbox_secret())

add("kotlin/decoy-google-maps-key-reference", "driver-app/app/src/main/java/com/harbortow/driver/MapsConfig.kt", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''
package com.harbortow.driver

import com.harbortow.driver.BuildConfig

object MapsConfig {
    // Injected by the Secrets Gradle Plugin from local.properties (not committed)
    val apiKey: String get() = BuildConfig.MAPS_API_KEY
    const val DEFAULT_ZOOM = 14f
    const val ROUTE_COLOR = 0xFF1E88E5.toInt()
}
''')

add("properties/google-maps-api-key", "driver-app/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/jmorales/Library/Android/sdk
MAPS_API_KEY=@@secret@@
''', google_key())

add("xml/decoy-google-maps-key-placeholder", "driver-app/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application android:label="@string/app_name" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("swift/google-maps-api-key", "DriverApp/DriverApp/AppDelegate.swift", "https://developers.google.com/maps/documentation/ios-sdk/config", '''
import UIKit
import GoogleMaps

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        GMSServices.provideAPIKey("@@secret@@")
        return true
    }
}
''', google_key())

add("csv/decoy-device-serials", "exports/eld_devices_2024Q1.csv", "https://developer.gomotive.com/reference/introduction", '''
truck,eld_vendor,device_serial,imei,vin,installed
T12,Motive,VG3-0041-88A2,356938035643809,@@v1@@,2023-04-18
T14,Motive,VG3-0041-91C7,356938035643817,@@v2@@,2023-04-18
T21,Samsara,G9ZK-4PQ-11D,352094081166712,@@v3@@,2023-09-02
T22,Samsara,G9ZK-4PQ-12F,352094081166720,@@v4@@,2023-09-02
T30,Geotab,G9B1230A45F7,,@@v5@@,2024-01-10
''', v1=vin(), v2=vin(), v3=vin(), v4=vin(), v5=vin())

# ---------------------------------------------------------------- motor-club and insurer dispatch

add("python/agero-client-secret", "dispatch/agero/oauth.py", "https://developer.agero.com/docs/authentication", '''
"""Agero Swoop/RSA dispatch: OAuth2 client-credentials for the job offer webhook."""
import requests

TOKEN_URL = "https://api.agero.com/oauth/token"
CLIENT_ID = "metrotow-rsp-41287"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "dispatch.jobs",
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]
''', rand_pw(40))

add("yaml/agero-webhook-secret", "deploy/helm/dispatch/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", '''
replicaCount: 2
image:
  repository: registry.metrotow.example/dispatch
  tag: "2024.03.2"
env:
  AGERO_CLIENT_ID: metrotow-rsp-41287
  AGERO_WEBHOOK_SIGNING_SECRET: "@@secret@@"
  URGENTLY_PROVIDER_ID: "PRV-008812"
  LOG_LEVEL: info
resources:
  limits:
    memory: 512Mi
''', hexs(64))

add("python/decoy-webhook-test-fixture", "tests/test_agero_signature.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", '''
import hashlib
import hmac

from dispatch.agero.webhook import verify_signature

TEST_SECRET = "test-signing-secret"
BODY = b'{"jobId":"J-1001","service":"TOW","vehicle":{"make":"Honda","model":"Civic"}}'


def test_valid_signature_accepted():
    sig = hmac.new(TEST_SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert verify_signature(BODY, sig, TEST_SECRET)


def test_tampered_body_rejected():
    sig = hmac.new(TEST_SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert not verify_signature(BODY + b" ", sig, TEST_SECRET)
''')

add("typescript/urgently-api-key", "services/urgently/src/client.ts", "https://developer.urgent.ly/", '''
import axios from "axios";

const URGENTLY_BASE = "https://api.urgent.ly/v3/provider";

export const urgently = axios.create({
  baseURL: URGENTLY_BASE,
  timeout: 10000,
  headers: {
    "x-api-key": "@@secret@@",
    "x-provider-id": "PRV-008812",
  },
});

export async function acceptJob(jobId: string, etaMinutes: number) {
  return urgently.post(`/jobs/${jobId}/accept`, { eta: etaMinutes });
}
''', rand_pw(32))

add("json/honk-api-key", "config/partners.prod.json", "https://www.honkforhelp.com/partners", '''
{
  "partners": {
    "honk": {
      "baseUrl": "https://partner-api.honkforhelp.com/v2",
      "apiKey": "@@secret@@",
      "providerCode": "HNK-TX-2231",
      "acceptTimeoutSec": 90
    },
    "agero": {
      "baseUrl": "https://api.agero.com",
      "clientId": "metrotow-rsp-41287",
      "clientSecret": "${AGERO_CLIENT_SECRET}"
    }
  }
}
''', "hk_live_" + rand_pw(32))

add("json/decoy-env-reference", "config/partners.staging.json", "https://12factor.net/config", '''
{
  "partners": {
    "honk": {
      "baseUrl": "https://sandbox.partner-api.honkforhelp.com/v2",
      "apiKey": "${HONK_API_KEY}",
      "providerCode": "HNK-TX-2231"
    },
    "urgently": {
      "baseUrl": "https://sandbox-api.urgent.ly/v3/provider",
      "apiKey": "${URGENTLY_API_KEY}"
    }
  }
}
''')

add("java/insurer-soap-password", "claims-gateway/src/main/java/com/harbortow/claims/AllstateRsClient.java", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/wss-UsernameTokenProfile-v1.1.1.html", '''
package com.harbortow.claims;

import javax.xml.ws.BindingProvider;

public class AllstateRsClient {
    private static final String ENDPOINT = "https://rsp-gateway.allstate-roadside.example/ServiceProviderWS";
    private static final String WS_USER = "HARBORTOW_0917";
    private static final String WS_PASSWORD = "@@secret@@";

    public ServiceProviderPort port() {
        ServiceProviderPort port = new ServiceProviderService().getServiceProviderPort();
        BindingProvider bp = (BindingProvider) port;
        bp.getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, ENDPOINT);
        bp.getRequestContext().put(BindingProvider.USERNAME_PROPERTY, WS_USER);
        bp.getRequestContext().put(BindingProvider.PASSWORD_PROPERTY, WS_PASSWORD);
        return port;
    }
}
''', words_pw())

add("xml/decoy-soap-password-digest", "claims-gateway/src/test/resources/sample-request.xml", "https://docs.oasis-open.org/wss-m/wss/v1.1.1/wss-UsernameTokenProfile-v1.1.1.html", '''
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <soapenv:Header>
    <wsse:Security>
      <wsse:UsernameToken>
        <wsse:Username>HARBORTOW_TEST</wsse:Username>
        <wsse:Password Type="...#PasswordDigest">@@digest@@</wsse:Password>
        <wsse:Nonce>@@nonce@@</wsse:Nonce>
        <wsu:Created>2024-02-01T10:00:00Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body><JobStatusRequest><JobId>RS-4410291</JobId></JobStatusRequest></soapenv:Body>
</soapenv:Envelope>
''', digest=b64raw(20), nonce=b64raw(16))

add("php/motor-club-portal-password", "portal/config/motorclub.php", "https://www.php.net/manual/en/function.curl-setopt.php", '''
<?php
// AAA club ERS portal login used by the nightly invoice reconciliation
return [
    'ers_portal' => [
        'url'      => 'https://ers-provider.aaa-club.example/api/v1',
        'facility' => '0472',
        'username' => 'lonestar_tow_0472',
        'password' => '@@secret@@',
    ],
    'reconcile_days' => 35,
];
''', rand_pw(12, "!@#"))

add("ruby/agero-client-secret", "lib/agero/client.rb", "https://developer.agero.com/docs/authentication", '''
require "faraday"

module Agero
  class Client
    TOKEN_URL = "https://api.agero.com/oauth/token".freeze

    def initialize
      @conn = Faraday.new(url: "https://api.agero.com")
      @client_id = "lonestar-rsp-0472"
      @client_secret = "@@secret@@"
    end

    def token
      resp = @conn.post(TOKEN_URL, grant_type: "client_credentials", client_id: @client_id, client_secret: @client_secret)
      JSON.parse(resp.body)["access_token"]
    end
  end
end
''', rand_pw(40))

add("markdown/decoy-job-ids", "docs/dispatch-partners.md", "https://developer.agero.com/docs", '''
# Dispatch partners

| Partner | Provider id | Webhook path | Notes |
|---|---|---|---|
| Agero | metrotow-rsp-41287 | `/hooks/agero` | HMAC-SHA256, header `X-Agero-Signature` |
| Urgent.ly | PRV-008812 | `/hooks/urgently` | API key in vault `secret/dispatch/urgently` |
| Honk | HNK-TX-2231 | `/hooks/honk` | key rotates every 90 days |

Example job id from Agero: `J-7741-0092-55`. Signature example in their docs:
`sha256=<hex digest of the raw body>`.
''')

add("shell/honk-api-key", "scripts/replay_honk_job.sh", "https://curl.se/docs/manpage.html", '''
#!/bin/sh
# replay a Honk job offer into staging to debug the ETA bug (ticket DISP-412)
JOB=${1:?job id}
curl -sS -X POST "https://partner-api.honkforhelp.com/v2/jobs/$JOB/replay" \\
  -H "Content-Type: application/json" \\
  -H "Authorization: Token @@secret@@" \\
  -d '{"target":"https://staging.dispatch.metrotow.example/hooks/honk"}'
''', "hk_live_" + rand_pw(32))

add("sql/decoy-hashed-password", "db/migrations/0042_partner_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", '''
-- Portal users for motor-club auditors; passwords are bcrypt hashes.
CREATE TABLE partner_users (
    id SERIAL PRIMARY KEY,
    partner TEXT NOT NULL,
    email TEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now()
);

INSERT INTO partner_users (partner, email, password_hash) VALUES
('agero', 'audit@agero.example', '$2b$12$@@h1@@'),
('aaa', 'ers-audit@aaa-club.example', '$2b$12$@@h2@@');
''', h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("python/urgently-api-key", "jobs/urgently_eta.py", "https://developer.urgent.ly/", '''
import os
import requests

URGENTLY_KEY = os.getenv("URGENTLY_API_KEY", "@@secret@@")
BASE = "https://api.urgent.ly/v3/provider"


def push_eta(job_id: str, minutes: int, truck: str) -> None:
    requests.post(
        f"{BASE}/jobs/{job_id}/eta",
        json={"eta": minutes, "truck": truck},
        headers={"x-api-key": URGENTLY_KEY},
        timeout=8,
    ).raise_for_status()
''', rand_pw(32))

add("yaml/decoy-vault-reference", "deploy/helm/dispatch/values-staging.yaml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector/annotations", '''
replicaCount: 1
podAnnotations:
  vault.hashicorp.com/agent-inject: "true"
  vault.hashicorp.com/role: "dispatch"
  vault.hashicorp.com/agent-inject-secret-partners: "secret/data/dispatch/partners"
env:
  AGERO_CLIENT_ID: metrotow-rsp-41287-sbx
  AGERO_WEBHOOK_SIGNING_SECRET: vault:secret/data/dispatch/partners#agero_signing
  URGENTLY_PROVIDER_ID: "PRV-008812"
  LOG_LEVEL: debug
''')

add("csharp/insurer-api-key", "src/Claims/GeicoErsClient.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.httpclient", '''
using System.Net.Http;
using System.Net.Http.Headers;

namespace Claims
{
    public class GeicoErsClient
    {
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://ers-partner.geico-roadside.example/") };

        public GeicoErsClient()
        {
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "@@secret@@");
            _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public Task<HttpResponseMessage> CloseJob(string claimNo) => _http.PostAsync($"jobs/{claimNo}/close", null);
    }
}
''', hexs(32))

# ---------------------------------------------------------------- tow-management software, impound lots, auctions

_tb = rand_pw(36)
add("python/towbook-api-key", "reports/towbook_export.py", "https://towbook.com/api", '''
"""Nightly export of completed calls from Towbook into the accounting warehouse."""
from datetime import date, timedelta

import pandas as pd
import requests

TOWBOOK_COMPANY_ID = 18842
TOWBOOK_KEY = ("tbk_@@a@@"
               "@@b@@")

yesterday = (date.today() - timedelta(days=1)).isoformat()
r = requests.get(
    "https://api.towbook.com/v1/calls",
    params={"companyId": TOWBOOK_COMPANY_ID, "completedDate": yesterday},
    headers={"X-Api-Key": TOWBOOK_KEY},
)
pd.DataFrame(r.json()["calls"]).to_parquet(f"/data/towbook/calls_{yesterday}.parquet")
''', "tbk_" + _tb, a=_tb[:18], b=_tb[18:])

add("ini/gate-controller-password", "impound/gate/doorking.ini", "https://www.doorking.com/", '''
; DoorKing 1838 access plus telephone entry - North impound lot
[controller]
host = 10.40.2.15
port = 2101
model = 1838
installer_code = 4471

[remote_account]
account = NORTHLOT
password = @@secret@@

[schedule]
release_hours = 08:00-18:00
after_hours_release = false
''', rand_pw(10))

add("yaml/lpr-camera-password", "impound/lpr/cameras.yaml", "https://www.axis.com/vapix-library/", '''
# Axis LPR cameras at the lot entrance and exit, polled by plate-sync
cameras:
  - name: entrance
    url: rtsp://lprsvc:@@secret@@@10.40.2.31:554/axis-media/media.amp
    plate_region: US-TX
  - name: exit
    url: rtsp://lprsvc:@@secret@@@10.40.2.32:554/axis-media/media.amp
    plate_region: US-TX
poll_interval_s: 2
match_window_s: 600
''', rand_pw(14))

add("env/nvr-admin-password", "impound/nvr/.env", "https://www.hikvision.com/en/support/", '''
# Hikvision NVR at the south lot; used by clip-export for damage claims
NVR_HOST=10.40.3.10
NVR_PORT=8000
NVR_USER=admin
NVR_PASSWORD=@@secret@@
CLIP_DIR=/srv/claims/clips
RETENTION_DAYS=90
''', words_pw())

add("markdown/decoy-gate-codes-redacted", "impound/README.md", "https://www.doorking.com/", '''
# Impound lot systems

- **Gate controller**: DoorKing 1838 at 10.40.2.15. Remote account `NORTHLOT`; password in 1Password
  vault *Lot Ops* item "DoorKing North".
- **LPR**: two Axis cameras, user `lprsvc` (password in vault).
- **NVR**: Hikvision at 10.40.3.10, admin password `********` (rotated 2024-02).
- Release tickets print on the Zebra at the window (ZPL templates in `templates/`).

Gate override: call the on-call lead; never share the installer code by text.
''')

add("sql/impound-db-password", "impound/db/create_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", '''
-- roles for the impound inventory database (run once by DBA)
CREATE ROLE impound_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE impound_ro LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE impound TO impound_app, impound_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO impound_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO impound_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO impound_ro;
''', words_pw())

add("csv/decoy-impound-inventory", "exports/impound_inventory_2024-03-10.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
stock_no,plate,state,vin,make,model,tow_date,reason,storage_fee_day,hold
IMP-24-0311,KTX4821,TX,@@v1@@,Toyota,Camry,2024-03-02,PPI,25.00,N
IMP-24-0312,9GHJ227,CA,@@v2@@,Ford,F-150,2024-03-03,POLICE,25.00,Y
IMP-24-0313,LMN0093,TX,@@v3@@,Honda,Accord,2024-03-05,ABANDONED,25.00,N
IMP-24-0314,RTY5560,OK,@@v4@@,Chevrolet,Malibu,2024-03-07,REPO,30.00,N
IMP-24-0315,BVC1208,TX,@@v5@@,Nissan,Altima,2024-03-09,PPI,25.00,N
''', v1=vin(), v2=vin(), v3=vin(), v4=vin(), v5=vin())

add("python/copart-api-password", "auction/copart_upload.py", "https://www.copart.com/", '''
"""Push abandoned vehicles past the lien period to Copart as a seller."""
import requests

SESSION = requests.Session()
SESSION.auth = ("lonestar_seller_0472", "@@secret@@")
BASE = "https://seller-api.copart.example/v2"


def consign(stock_no: str, vin: str, title_state: str) -> str:
    r = SESSION.post(f"{BASE}/lots", json={"stockNumber": stock_no, "vin": vin, "titleState": title_state})
    r.raise_for_status()
    return r.json()["lotNumber"]
''', rand_pw(14, "!$"))

add("php/dmv-lookup-password", "portal/app/Services/DmvLookup.php", "https://www.php.net/manual/en/class.soapclient.php", '''
<?php

namespace App\\Services;

class DmvLookup
{
    private \\SoapClient $client;

    public function __construct()
    {
        $this->client = new \\SoapClient('https://txdmv-vtr.example.gov/OwnerLookup?wsdl', [
            'login'    => 'VSF-0472-LSTOW',
            'password' => '@@secret@@',
            'trace'    => false,
        ]);
    }

    public function owner(string $vin): array
    {
        return (array) $this->client->GetRegisteredOwner(['Vin' => $vin]);
    }
}
''', words_pw())

add("json/decoy-lien-notice-template", "templates/lien_notice.json", "https://json-schema.org/", '''
{
  "template": "lien_notice_v3",
  "fields": ["owner_name", "owner_address", "vin", "plate", "tow_date", "storage_daily", "facility_license"],
  "facility_license": "VSF-0006521",
  "mail_class": "certified",
  "tracking_placeholder": "9400 0000 0000 0000 0000 00",
  "signature_image_sha256": "@@h@@"
}
''', h=sha256ish())

add("go/decoy-test-password", "impound/release/release_test.go", "https://pkg.go.dev/testing", '''
package release

import "testing"

func TestReleaseRequiresPaidBalance(t *testing.T) {
	lot := NewLot(fakeStore{}, Config{AdminUser: "admin", AdminPassword: "password123"})
	_, err := lot.Release("IMP-24-0311", 0)
	if err == nil {
		t.Fatal("expected unpaid balance error")
	}
}

func TestReleaseOpensGate(t *testing.T) {
	gate := &fakeGate{}
	lot := NewLot(fakeStore{paid: true}, Config{Gate: gate})
	if _, err := lot.Release("IMP-24-0311", 185_00); err != nil || !gate.opened {
		t.Fatalf("gate not opened: %v", err)
	}
}
''')

add("powershell/impound-db-password", "ops/Backup-ImpoundDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/sqlserver/backup-sqldatabase", '''
# Nightly backup of the impound SQL Server to the NAS (Task Scheduler, 02:30)
$ErrorActionPreference = "Stop"
$pw = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("sa_backup", $pw)
$stamp = Get-Date -Format "yyyyMMdd"
Backup-SqlDatabase -ServerInstance "IMPOUND-SQL01" -Database "ImpoundInventory" `
    -BackupFile "\\\\nas01\\backups\\impound\\ImpoundInventory_$stamp.bak" -Credential $cred
Get-ChildItem "\\\\nas01\\backups\\impound" -Filter *.bak |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
''', words_pw())

add("powershell/decoy-credential-prompt", "ops/Restore-ImpoundDb.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", '''
param(
    [Parameter(Mandatory)] [string] $BackupFile
)
# Restore is rare and manual: the operator types the sa_backup password.
$cred = Get-Credential -UserName "sa_backup" -Message "Password for IMPOUND-SQL01"
Restore-SqlDatabase -ServerInstance "IMPOUND-SQL01" -Database "ImpoundInventory_restore" `
    -BackupFile $BackupFile -Credential $cred -ReplaceDatabase
Write-Host "Restored $BackupFile into ImpoundInventory_restore"
''')

add("yaml/omadi-api-password", "integrations/omadi/config.yaml", "https://www.omadi.com/", '''
omadi:
  endpoint: https://api.omadi.com/v1
  account: rapidrecovery
  user: api_integration
  pass: @@secret@@
  sync:
    forms: [tow, impound_release, repo]
    since_days: 2
quickbooks:
  realm_id: "9130357782619846"
''', rand_pw(16))

add("ruby/decoy-factory-fixture", "spec/factories/tow_calls.rb", "https://github.com/thoughtbot/factory_bot/blob/main/GETTING_STARTED.md", '''
FactoryBot.define do
  factory :tow_call do
    account { association :motor_club_account }
    pickup_address { "1200 Main St, Dallas, TX" }
    vin { "1HGCM82633A004352" }
    plate { "TEST123" }
    po_number { "PO-#{SecureRandom.hex(4)}" }
    status { :dispatched }

    trait :impounded do
      status { :impounded }
      stock_no { "IMP-TEST-0001" }
    end
  end
end
''')

add("notebook/towbook-api-key", "analysis/response_times.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Response times by zone, Q1"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "KEY = \\"@@secret@@\\"\\n",
    "calls = requests.get('https://api.towbook.com/v1/calls', params={'companyId': 18842, 'from': '2024-01-01'},\\n",
    "                     headers={'X-Api-Key': KEY}).json()['calls']\\n",
    "df = pd.DataFrame(calls)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby('zone')['eta_minutes'].describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', "tbk_" + rand_pw(36))

# ---------------------------------------------------------------- payments at the lot window and in the truck

add("python/stripe-secret-key", "payments/stripe_release.py", "https://docs.stripe.com/keys", '''
"""Charge the release fee before the gate opens."""
import stripe

stripe.api_key = "@@secret@@"


def charge_release(stock_no: str, amount_cents: int, payment_method: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        payment_method=payment_method,
        confirm=True,
        metadata={"stock_no": stock_no, "kind": "impound_release"},
    )
    return intent.id
''', stripe_key())

add("env/stripe-webhook-secret", "payments/.env", "https://docs.stripe.com/webhooks#verify-official-libraries", '''
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_WEBHOOK_SECRET=@@secret@@
RELEASE_FEE_CENTS=18500
DAILY_STORAGE_CENTS=2500
ADMIN_FEE_CENTS=5000
''', stripe_whsec(), pk=stripe_key("pk_live_"))

add("typescript/decoy-publishable-key", "pay-portal/src/stripe.ts", "https://docs.stripe.com/keys#obtain-api-keys", '''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser by design.
export const stripePromise = loadStripe("@@pk@@");

export const RELEASE_PRODUCT = "prod_PkR7wz1QmT9cLd";
export const currency = "usd";
''', pk=stripe_key("pk_live_"))

add("ruby/stripe-restricted-key", "config/initializers/stripe.rb", "https://docs.stripe.com/keys#limit-access", '''
# Restricted key: charges + refunds only (Dashboard > Developers > API keys)
Stripe.api_key = ENV.fetch("STRIPE_KEY") { "@@secret@@" }
Stripe.max_network_retries = 2
Rails.configuration.stripe = {
  release_product: "prod_PkR7wz1QmT9cLd",
  statement_descriptor: "LONESTAR TOW"
}
''', stripe_key("rk_live_"))

add("python/decoy-stripe-test-fixture", "tests/test_release_payment.py", "https://docs.stripe.com/testing", '''
import pytest

from payments.stripe_release import charge_release

# Stripe's documented test card and a test-mode key placeholder
TEST_CARD = "4242424242424242"
TEST_PM = "pm_card_visa"


@pytest.mark.vcr
def test_release_charge(monkeypatch):
    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX")
    pi = charge_release("IMP-TEST-0001", 18500, TEST_PM)
    assert pi.startswith("pi_")
''')

add("java/square-access-token", "pos/src/main/java/com/harbortow/pos/SquareConfig.java", "https://developer.squareup.com/docs/build-basics/access-tokens", '''
package com.harbortow.pos;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;

public final class SquareConfig {
    private SquareConfig() {}

    public static SquareClient client() {
        return new SquareClient.Builder()
            .environment(Environment.PRODUCTION)
            .accessToken("@@secret@@")
            .build();
    }

    public static final String LOCATION_ID = "L8Q2Z4XW1T9KD";
}
''', square_token())

add("json/decoy-square-application-id", "pos/web/square-config.json", "https://developer.squareup.com/docs/web-payments/take-card-payment", '''
{
  "applicationId": "sq0idp-@@app@@",
  "locationId": "L8Q2Z4XW1T9KD",
  "environment": "production",
  "currency": "USD",
  "country": "US",
  "tipping": false
}
''', app=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("xml/authorize-net-transaction-key", "billing/src/main/resources/authnet.xml", "https://developer.authorize.net/api/reference/index.html#authentication", '''
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans">
  <bean id="merchantAuth" class="net.authorize.api.contract.v1.MerchantAuthenticationType">
    <property name="name" value="7Ck5t3XqUv" />
    <property name="transactionKey" value="@@secret@@" />
  </bean>
  <bean id="authnetEnv" class="net.authorize.Environment" factory-method="valueOf">
    <constructor-arg value="PRODUCTION" />
  </bean>
</beans>
''', rand_pw(16))

add("php/authorize-net-transaction-key", "portal/payments/charge.php", "https://developer.authorize.net/hello_world.html", '''
<?php
require 'vendor/autoload.php';
use net\\authorize\\api\\contract\\v1 as AnetAPI;

define("AUTHORIZENET_LOGIN_ID", "4fG7pWq2Ns");
define("AUTHORIZENET_TRANSACTION_KEY", "@@secret@@");

$merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();
$merchantAuthentication->setName(AUTHORIZENET_LOGIN_ID);
$merchantAuthentication->setTransactionKey(AUTHORIZENET_TRANSACTION_KEY);
''', rand_pw(16))

add("python/braintree-private-key", "payments/braintree_gateway.py", "https://developer.paypal.com/braintree/docs/start/hello-server/python", '''
import braintree

gateway = braintree.BraintreeGateway(
    braintree.Configuration(
        braintree.Environment.Production,
        merchant_id="k7xw9q2mfz4ct8bd",
        public_key="p3n8tk2wq9vxm6ja",
        private_key="@@secret@@",
    )
)
''', hexs(32))

_pp = "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")
add("env/paypal-client-secret", "pay-portal/.env.production.local", "https://developer.paypal.com/api/rest/authentication/", '''
NEXT_PUBLIC_PAYPAL_CLIENT_ID=A@@cid@@
PAYPAL_CLIENT_SECRET=@@secret@@
NEXT_PUBLIC_SITE=https://pay.lonestartow.example
NEXT_PUBLIC_RELEASE_FEE=185.00
NEXT_PUBLIC_STORAGE_PER_DAY=25.00
''', _pp, cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("csv/decoy-card-last4", "exports/window_payments_2024-03-09.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
receipt,stock_no,method,brand,last4,auth_code,amount,processor_ref,cashier
R-55120,IMP-24-0298,card,VISA,4417,083114,235.00,pi_3OsK2xLqT9aB1c0d1xYz,mgarza
R-55121,IMP-24-0301,card,MC,9921,551902,210.00,pi_3OsK4mLqT9aB1c0d0QwE,mgarza
R-55122,IMP-24-0287,cash,,,,285.00,,mgarza
R-55123,IMP-24-0305,card,AMEX,1006,774310,185.00,pi_3OsKBnLqT9aB1c0d1rTy,jlee
R-55124,IMP-24-0309,card,VISA,3342,120988,260.00,pi_3OsKDxLqT9aB1c0d0pLk,jlee
''')

add("kotlin/stripe-terminal-secret-key", "driver-app/app/src/main/java/com/harbortow/driver/pay/TerminalTokenProvider.kt", "https://docs.stripe.com/terminal/payments/setup-integration?terminal-sdk-platform=android", '''
package com.harbortow.driver.pay

import com.stripe.stripeterminal.external.callable.ConnectionTokenCallback
import com.stripe.stripeterminal.external.callable.ConnectionTokenProvider
import okhttp3.OkHttpClient
import okhttp3.Request

// TODO move token creation to backend before release
class TerminalTokenProvider : ConnectionTokenProvider {
    private val http = OkHttpClient()
    private val secretKey = "@@secret@@"

    override fun fetchConnectionToken(callback: ConnectionTokenCallback) {
        val req = Request.Builder()
            .url("https://api.stripe.com/v1/terminal/connection_tokens")
            .header("Authorization", "Bearer $secretKey")
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        http.newCall(req).execute().use { callback.onSuccess(it.body!!.string()) }
    }
}
''', stripe_key())

add("yaml/decoy-encrypted-sops", "deploy/secrets/payments.enc.yaml", "https://github.com/getsops/sops#usage", '''
stripe_secret_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
stripe_webhook_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:318842601127:key/@@kid@@
          created_at: "2024-02-14T16:03:11Z"
    lastmodified: "2024-02-14T16:03:12Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', d1=b64raw(24), iv1=b64raw(32), t1=b64raw(16), d2=b64raw(28), iv2=b64raw(32), t2=b64raw(16),
    kid=uuid_s(), mac=b64raw(32), iv3=b64raw(32), t3=b64raw(16))

add("go/stripe-webhook-secret", "internal/payments/webhook.go", "https://docs.stripe.com/webhooks#verify-official-libraries", '''
package payments

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@@secret@@"

func HandleWebhook(w http.ResponseWriter, r *http.Request) {
	payload, _ := io.ReadAll(r.Body)
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	if event.Type == "payment_intent.succeeded" {
		markReleasePaid(event.Data.Object["metadata"])
	}
	w.WriteHeader(http.StatusOK)
}
''', stripe_whsec())

add("python/quickbooks-client-secret", "accounting/qbo_sync.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0", '''
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="ABk2Qm7xVt9LpR3sYw8NcE4hJ6uZ1dFgTa5KbWn0oXeCiMy2Pq",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://ops.lonestartow.example/qbo/callback",
)
client = QuickBooks(auth_client=auth_client, refresh_token=open("/etc/qbo/refresh").read().strip(),
                    company_id="9130357782619846")
''', rand_pw(40))

add("markdown/decoy-test-cards", "docs/payments-testing.md", "https://docs.stripe.com/testing", '''
# Testing payments at the window

Use test mode only. Stripe's test cards:

| Card | Number | Result |
|---|---|---|
| Visa | 4242 4242 4242 4242 | success |
| Visa (declined) | 4000 0000 0000 0002 | card_declined |
| MC 3DS | 4000 0027 6000 3184 | requires authentication |

Any future expiry, any CVC. The test-mode key starts with `sk_test_`; get your own from the
Dashboard. Never paste the live key (`sk_live_...`) in a ticket.
''')

# ---------------------------------------------------------------- customer texts, email, chat alerts

add("python/twilio-auth-token", "notify/eta_sms.py", "https://www.twilio.com/docs/iam/credentials/api", '''
"""Text the stranded motorist the truck's ETA and a tracking link."""
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+12145550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_eta(to: str, truck: str, minutes: int, link: str) -> str:
    body = f"Lone Star Towing: truck {truck} is about {minutes} min away. Track: {link}"
    return client.messages.create(to=to, from_=FROM, body=body).sid
''', hexs(32), sid=twilio_sid())

add("shell/twilio-auth-token", "scripts/test_sms.sh", "https://www.twilio.com/docs/messaging/quickstart", '''
#!/bin/bash
# quick check that the SMS number still works after the port-in
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/@@sid@@/Messages.json" \\
  --data-urlencode "Body=Test from dispatch $(date +%H:%M)" \\
  --data-urlencode "From=+12145550142" \\
  --data-urlencode "To=${1:-+12145550199}" \\
  -u "@@sid@@:@@secret@@"
''', hexs(32), sid=twilio_sid())

add("yaml/decoy-twilio-account-sid", "config/notify.yml", "https://www.twilio.com/docs/iam/credentials/api", '''
twilio:
  account_sid: @@sid@@
  messaging_service_sid: MG@@mg@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from_number: "+12145550142"
templates:
  eta: "Lone Star Towing: truck {truck} is about {minutes} min away."
  released: "Your vehicle {plate} has been released. Receipt {receipt}."
''', sid=twilio_sid(), mg=hexs(32))

add("env/sendgrid-api-key", "notify/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", '''
MAIL_FROM=dispatch@lonestartow.example
MAIL_FROM_NAME=Lone Star Towing Dispatch
SENDGRID_API_KEY=@@secret@@
INVOICE_BCC=ar@lonestartow.example
INVOICE_TEMPLATE_ID=d-4b1e7c2a9f3d4e6b8a0c1d2e3f4a5b6c
''', sendgrid_key())

add("csharp/sendgrid-api-key", "src/Notify/InvoiceMailer.cs", "https://github.com/sendgrid/sendgrid-csharp#quick-start", '''
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Notify
{
    public class InvoiceMailer
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public async Task SendAsync(string to, string invoiceNo, byte[] pdf)
        {
            var msg = MailHelper.CreateSingleEmail(new EmailAddress("ar@bigrigrecovery.example", "Big Rig Recovery"),
                new EmailAddress(to), $"Invoice {invoiceNo}", "Your invoice is attached.", null);
            msg.AddAttachment($"{invoiceNo}.pdf", Convert.ToBase64String(pdf));
            await _client.SendEmailAsync(msg);
        }
    }
}
''', sendgrid_key())

add("ini/smtp-password", "invoicing/mailer.cfg", "https://docs.python.org/3/library/configparser.html", '''
[smtp]
host = smtp.office365.com
port = 587
starttls = yes
user = invoices@harbortow.example
password = @@secret@@

[invoice]
from = Harbor Towing Accounts <invoices@harbortow.example>
reply_to = ar@harbortow.example
''', words_pw())

add("php/smtp-password", "portal/config/mail.php", "https://laravel.com/docs/mail#configuration", '''
<?php

return [
    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'smtp.mailgun.org',
            'port' => 587,
            'encryption' => 'tls',
            'username' => 'postmaster@mg.lonestartow.example',
            'password' => env('MAIL_PASSWORD', '@@secret@@'),
        ],
    ],
    'from' => ['address' => 'noreply@lonestartow.example', 'name' => 'Lone Star Towing'],
];
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("php/decoy-env-reference", "portal/config/services.php", "https://laravel.com/docs/configuration#environment-configuration", '''
<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],
    'twilio' => [
        'sid' => env('TWILIO_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+12145550142'),
    ],
    'towbook' => ['key' => env('TOWBOOK_API_KEY')],
];
''')

add("python/slack-webhook", "alerts/stale_trucks.py", "https://api.slack.com/messaging/webhooks", '''
"""Alert #dispatch when a truck's GPS has not reported for 10 minutes."""
import requests

WEBHOOK = "@@secret@@"


def alert(truck: str, minutes: int, last_seen: str) -> None:
    requests.post(WEBHOOK, json={
        "text": f":rotating_light: {truck} GPS stale for {minutes} min (last seen {last_seen})",
    }, timeout=5)
''', slack_webhook())

add("yaml/slack-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''
route:
  receiver: dispatch-slack
  group_by: [alertname, truck]
  repeat_interval: 30m
receivers:
  - name: dispatch-slack
    slack_configs:
      - api_url: https://slack.com/api/chat.postMessage
        http_config:
          authorization:
            credentials: @@secret@@
        channel: "#dispatch-alerts"
        send_resolved: true
''', slack_bot())

add("python/telegram-bot-token", "bots/night_shift_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", '''
"""Night-shift drivers get new calls in the Telegram group when dispatch is unstaffed."""
import telebot

bot = telebot.TeleBot("@@secret@@", parse_mode="HTML")
NIGHT_GROUP = -1001847362201


def post_call(call: dict) -> None:
    bot.send_message(NIGHT_GROUP, f"<b>{call['service']}</b> at {call['address']}\\nPO {call['po']} ETA req {call['eta']}m")
''', fakes.telegram_token(_seed()))

add("json/decoy-slack-channel-ids", "config/slack_channels.json", "https://api.slack.com/types/channel", '''
{
  "workspace": "T04LSTOW88",
  "channels": {
    "dispatch": "C05H2K9QW3A",
    "dispatch-alerts": "C05H2KB7TZP",
    "impound": "C06A9M1XQ2R",
    "billing": "C06A9M4PN8D"
  },
  "bot_user": "U06B1N2C3D4"
}
''')

add("markdown/telegram-bot-token", "docs/night-shift-bot.md", "https://core.telegram.org/bots/features#botfather", '''
# Night shift bot

Created with @BotFather on 2024-01-20 by Danny (ops).

- Bot: `@lonestar_nightshift_bot`
- Token: `@@secret@@`
- Group: "LST Night Drivers" (id -1001847362201)

If the token leaks, /revoke in BotFather and update `bots/night_shift_bot.py`.
''', fakes.telegram_token(_seed()))

add("log/decoy-message-sids", "logs/eta_sms-2024-03-09.log", "https://www.twilio.com/docs/messaging/api/message-resource", '''
2024-03-09 18:02:11,402 INFO eta_sms sent to=+1214555**** truck=T14 minutes=22 sid=SM@@s1@@
2024-03-09 18:15:47,918 INFO eta_sms sent to=+1469555**** truck=T12 minutes=35 sid=SM@@s2@@
2024-03-09 18:31:05,117 WARN eta_sms undelivered to=+1972555**** code=30003 sid=SM@@s3@@
2024-03-09 19:02:58,660 INFO eta_sms sent to=+1817555**** truck=T21 minutes=41 sid=SM@@s4@@
2024-03-09 19:40:12,004 INFO released sms to=+1214555**** receipt=R-55124 sid=SM@@s5@@
''', s1=hexs(32), s2=hexs(32), s3=hexs(32), s4=hexs(32), s5=hexs(32))

add("toml/pagerduty-routing-key", "ops/vector/vector.toml", "https://vector.dev/docs/reference/configuration/sinks/", '''
[sources.gpsbridge_logs]
type = "file"
include = ["/var/log/gpsbridge/*.log"]

[transforms.errors]
type = "filter"
inputs = ["gpsbridge_logs"]
condition = 'contains(string!(.message), "ERROR")'

[sinks.pagerduty]
type = "http"
inputs = ["errors"]
uri = "https://events.pagerduty.com/v2/enqueue"
encoding.codec = "json"
request.headers.X-Routing-Key = "@@secret@@"
''', hexs(32))

# ---------------------------------------------------------------- IT: databases, caches, directories, file drops

add("yaml/postgres-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: @@secret@@
    volumes: [pgdata:/var/lib/postgresql/data]
  app:
    build: .
    environment:
      DATABASE_URL: postgres://dispatch:@@secret@@@db:5432/dispatch
    depends_on: [db]
volumes:
  pgdata: {}
''', rand_pw(22))

add("compose/decoy-env-reference", "impound/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", '''
services:
  impound-api:
    image: registry.lonestartow.example/impound-api:1.12.0
    env_file: .env
    environment:
      DATABASE_URL: postgres://impound_app:${IMPOUND_DB_PASSWORD}@db:5432/impound
      REDIS_URL: redis://:${REDIS_PASSWORD:?set REDIS_PASSWORD}@redis:6379/0
    ports: ["8081:8080"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
''')

add("python/redis-password", "dispatch/cache.py", "https://redis-py.readthedocs.io/en/stable/connections.html", '''
import redis

# live truck positions, 2 minute TTL
positions = redis.Redis(
    host="cache-01.dispatch.internal",
    port=6379,
    db=2,
    password="@@secret@@",
    decode_responses=True,
)


def set_position(truck: str, lat: float, lng: float) -> None:
    positions.setex(f"pos:{truck}", 120, f"{lat},{lng}")
''', fakes.redis_password(_seed()))

add("properties/mysql-password", "billing/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", '''
spring.datasource.url=jdbc:mysql://billing-db.harbortow.internal:3306/billing?useSSL=true
spring.datasource.username=billing_app
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
server.port=8443
billing.invoice.prefix=HT-
''', words_pw())

add("properties/decoy-spring-placeholder", "billing/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html", '''
spring.datasource.url=jdbc:mysql://localhost:3306/billing
spring.datasource.username=billing_app
spring.datasource.password=${BILLING_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
billing.authnet.transaction-key=${AUTHNET_TRANSACTION_KEY:}
billing.invoice.prefix=HT-
''')

add("shell/ldap-bind-password", "ops/sync_drivers_ad.sh", "https://linux.die.net/man/1/ldapsearch", '''
#!/bin/bash
# Sync the Drivers OU from AD into the dispatch app's user table
ldapsearch -x -H ldaps://dc01.harbortow.local:636 \\
  -D "CN=svc-dispatch-sync,OU=Service Accounts,DC=harbortow,DC=local" \\
  -w '@@secret@@' \\
  -b "OU=Drivers,DC=harbortow,DC=local" "(objectClass=user)" sAMAccountName mail telephoneNumber \\
  | python3 /opt/dispatch/bin/ldif_to_drivers.py
''', words_pw())

add("python/ftp-password", "jobs/police_rotation_upload.py", "https://docs.python.org/3/library/ftplib.html", '''
"""Upload the nightly police-rotation tow report to the city's FTP drop."""
from datetime import date
from ftplib import FTP_TLS

ftp = FTP_TLS("ftp.cityofarlington-pd.example")
ftp.login("rotation_lstow", "@@secret@@")
ftp.prot_p()
with open(f"/srv/reports/rotation_{date.today():%Y%m%d}.csv", "rb") as fh:
    ftp.storbinary(f"STOR inbound/rotation_{date.today():%Y%m%d}.csv", fh)
ftp.quit()
''', rand_pw(12, "#!"))

_fz = words_pw()
add("xml/ftp-password", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/", '''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.1" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.insurer-claims.example</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>harbortow_claims</User>
            <Pass encoding="base64">@@b@@</Pass>
            <Logontype>1</Logontype>
            <Name>Insurer claims photos</Name>
        </Server>
    </Servers>
</FileZilla3>
''', _fz, b=b64(_fz))

add("sql/decoy-connection-audit", "db/queries/active_sessions.sql", "https://www.postgresql.org/docs/current/monitoring-stats.html", '''
-- who is connected to the dispatch DB right now (run in psql as dba)
SELECT pid,
       usename,
       application_name,
       client_addr,
       state,
       now() - query_start AS running_for,
       left(query, 80) AS query
FROM pg_stat_activity
WHERE datname = 'dispatch'
ORDER BY running_for DESC NULLS LAST;
''')

# ---------------------------------------------------------------- cloud, CI, containers, infrastructure

_ak1, _sk1 = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-secret-access-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''
[default]
region = us-east-2

[photos-uploader]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@secret@@
region = us-east-2
''', _sk1, ak=_ak1)

add("python/aws-access-key", "photos/upload_damage_photos.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""Driver damage photos (pre-tow walkaround) go to S3 for insurer claims."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@ak@@",
    aws_secret_access_key="@@secret@@",
)


def upload(call_id: str, path: str) -> str:
    key = f"walkaround/{call_id}/{path.rsplit('/', 1)[-1]}"
    s3.upload_file(path, "lstow-damage-photos", key, ExtraArgs={"ContentType": "image/jpeg"})
    return key
''', fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("terraform/decoy-iam-references", "infra/s3_photos.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key", '''
resource "aws_s3_bucket" "damage_photos" {
  bucket = "lstow-damage-photos"
}

resource "aws_iam_user" "photos_uploader" {
  name = "photos-uploader"
}

resource "aws_iam_access_key" "photos_uploader" {
  user    = aws_iam_user.photos_uploader.name
  pgp_key = "keybase:lstow_ops"
}

output "uploader_secret" {
  value     = aws_iam_access_key.photos_uploader.encrypted_secret
  sensitive = true
}
''')

add("terraform/rds-master-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", '''
resource "aws_db_instance" "dispatch" {
  identifier              = "dispatch-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "dispatch"
  username                = "dispatch_admin"
  password                = "@@secret@@"
  backup_retention_period = 14
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
}
''', rand_pw(24))

add("terraform/decoy-random-password", "infra/rds_impound.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''
resource "random_password" "impound_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "impound" {
  identifier     = "impound-prod"
  engine         = "postgres"
  instance_class = "db.t4g.small"
  username       = "impound_admin"
  password       = random_password.impound_db.result
  allocated_storage = 50
}
''')

add("github-actions/aws-secret-access-key", ".github/workflows/deploy-dispatch.yml", "https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/store-information-in-variables", '''
name: deploy-dispatch
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@ak@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - run: aws ecr get-login-password | docker login --username AWS --password-stdin 318842601127.dkr.ecr.us-east-2.amazonaws.com
      - run: docker build -t 318842601127.dkr.ecr.us-east-2.amazonaws.com/dispatch:${{ github.sha }} .
      - run: docker push 318842601127.dkr.ecr.us-east-2.amazonaws.com/dispatch:${{ github.sha }}
''', fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-impound.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", '''
name: deploy-impound
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318842601127:role/gha-deploy-impound
          aws-region: us-east-2
      - run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SAMSARA_API_TOKEN: ${{ secrets.SAMSARA_API_TOKEN }}
''')

add("github-actions/pypi-token", ".github/workflows/publish-towcalc.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", '''
name: publish towcalc
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
''', fakes.pypi_token(_seed()))

add("ini/pypi-token", "towcalc/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://nexus.lonestartow.example/repository/pypi-internal/
username = ci-publisher
''', fakes.pypi_token(_seed()))

add("toml/decoy-package-metadata", "towcalc/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", '''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "towcalc"
version = "0.9.3"
description = "Tow and storage fee calculator per state rate tables"
requires-python = ">=3.9"
dependencies = ["python-dateutil>=2.8"]

[project.urls]
Homepage = "https://github.com/lonestartow/towcalc"
''')

add("shell/github-token", "scripts/bootstrap_dev.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", '''
#!/usr/bin/env bash
# New laptop setup for the dispatch team
set -e
brew install gh jq postgresql@16
export GITHUB_TOKEN=@@secret@@
gh repo clone lonestartow/dispatch ~/src/dispatch
gh repo clone lonestartow/impound ~/src/impound
pip install --index-url "https://x-access-token:${GITHUB_TOKEN}@nexus.lonestartow.example/repository/pypi/simple" -r ~/src/dispatch/requirements.txt
''', fakes.github_token(_seed()))

add("json/github-fine-grained-token", "tools/release-notes/config.json", "https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api", '''
{
  "owner": "harbortow",
  "repos": ["driver-app", "claims-gateway", "billing"],
  "since": "2024-02-01",
  "token": "@@secret@@",
  "output": "RELEASE_NOTES.md"
}
''', fakes.github_fine_grained_token(_seed()))

add("dockerfile/npm-token", "pay-portal/Dockerfile", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", '''
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc && npm ci && rm .npmrc
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
COPY --from=build /app/node_modules ./node_modules
CMD ["npm", "start"]
''', npm_token())

add("dockerfile/decoy-build-secret", "dispatch/Dockerfile", "https://docs.docker.com/build/building/secrets/", '''
# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_index_token)@nexus.lonestartow.example/repository/pypi/simple" \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV SAMSARA_API_TOKEN="" STRIPE_SECRET_KEY=""
CMD ["gunicorn", "dispatch.wsgi:app", "-b", "0.0.0.0:8080"]
''')

_st = samsara_token()
add("k8s-secret/samsara-api-token", "k8s/dispatch/secret-telematics.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: telematics
  namespace: dispatch
type: Opaque
data:
  SAMSARA_API_TOKEN: @@b@@
  GEOTAB_USER: @@u@@
''', _st, b=b64(_st), u=b64("svc-dispatch@metrotow.example"))

_rp = fakes.redis_password(_seed())
add("k8s-secret/redis-password", "k8s/impound/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: impound
  labels:
    app.kubernetes.io/part-of: impound
type: Opaque
data:
  redis-password: @@b@@
''', _rp, b=b64(_rp))

add("k8s-secret/postgres-password", "k8s/dispatch/db-credentials.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", '''
apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
  namespace: dispatch
type: kubernetes.io/basic-auth
stringData:
  username: dispatch_app
  password: "@@secret@@"
''', rand_pw(26))

add("k8s-secret/decoy-sealed-secret", "k8s/dispatch/sealed-partners.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: partners
  namespace: dispatch
spec:
  encryptedData:
    AGERO_CLIENT_SECRET: @@e1@@
    HONK_API_KEY: @@e2@@
  template:
    metadata:
      name: partners
      namespace: dispatch
''', e1=b64raw(180), e2=b64raw(150))

add("k8s/decoy-external-secret", "k8s/dispatch/external-secret-stripe.yaml", "https://external-secrets.io/latest/api/externalsecret/", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: stripe
  namespace: dispatch
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: stripe
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/dispatch/stripe
        property: secret_key
''')

add("ansible/windows-admin-password", "ansible/group_vars/yard_pcs.yml", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", '''
# Windows PCs at the lot windows and in dispatch
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: HARBORTOW\\svc-ansible
ansible_password: "@@secret@@"
chocolatey_packages:
  - googlechrome
  - zebra-designer
  - towbook-print-agent
''', words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/dispatch_servers/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/decoy-vault-variable-reference", "ansible/roles/dispatch/tasks/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", '''
- name: Render dispatch env file
  ansible.builtin.template:
    src: dispatch.env.j2
    dest: /etc/dispatch/dispatch.env
    mode: "0600"
  vars:
    samsara_api_token: "{{ vault_samsara_api_token }}"
    db_password: "{{ vault_dispatch_db_password }}"
    stripe_secret_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/dispatch/stripe:secret_key') }}"
  notify: restart dispatch
''')

add("yaml/azure-client-secret", "claims-gateway/appsettings.Production.yaml", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal", '''
AzureAd:
  Instance: https://login.microsoftonline.com/
  TenantId: @@tenant@@
  ClientId: @@client@@
  ClientSecret: "@@secret@@"
BlobStorage:
  Container: claim-photos
Logging:
  LogLevel:
    Default: Warning
''', azure_secret(), tenant=uuid_s(), client=uuid_s())

add("json/azure-storage-connection-string", "claims-gateway/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", '''
{
  "ConnectionStrings": {
    "ClaimsDb": "Server=tcp:harbortow-sql.database.windows.net,1433;Database=claims;Authentication=Active Directory Default;",
    "PhotoStorage": "DefaultEndpointsProtocol=https;AccountName=harbortowphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "AllowedHosts": "*"
}
''', b64raw(64))

add("json/decoy-azure-managed-identity", "claims-gateway/appsettings.Staging.json", "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/identity-readme", '''
{
  "ConnectionStrings": {
    "ClaimsDb": "Server=tcp:harbortow-sql-stg.database.windows.net,1433;Database=claims;Authentication=Active Directory Default;",
    "PhotoStorage": "https://harbortowphotosstg.blob.core.windows.net/"
  },
  "AzureAd": { "TenantId": "@@tenant@@", "ClientId": "@@client@@" },
  "KeyVault": { "Uri": "https://harbortow-stg-kv.vault.azure.net/" },
  "AllowedHosts": "*"
}
''', tenant=uuid_s(), client=uuid_s())

add("env/datadog-api-key", "ops/datadog/datadog.env", "https://docs.datadoghq.com/account_management/api-app-keys/", '''
DD_API_KEY=@@secret@@
DD_SITE=us5.datadoghq.com
DD_ENV=prod
DD_SERVICE=gpsbridge
DD_LOGS_ENABLED=true
DD_APM_ENABLED=false
''', datadog_key())

add("yaml/decoy-datadog-unset", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", '''
## Agent config for the dispatch VMs; the key is injected by the install script
## from DD_API_KEY in the environment (see ops/datadog/README).
api_key: <DATADOG_API_KEY>
site: us5.datadoghq.com
logs_enabled: true
tags:
  - team:dispatch
  - company:lonestartow
process_config:
  process_collection:
    enabled: true
''')

# ---------------------------------------------------------------- keys, remote access, the shop's own IT

_ok = openssh_key()
add("yaml/ssh-private-key", "ansible/host_vars/lot-gateway-north.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/ssh_connection.html", '''
ansible_host: 10.40.2.1
ansible_user: ops
lot_gateway_private_key: |
  @@key@@
wireguard_peer_ip: 10.99.0.12
''', _ok, key=_ok.replace("\n", "\n  "))

add("python/rsa-private-key", "claims-gateway/tools/sign_manifest.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''
"""Sign the nightly claim-photo manifest the insurer pulls (they verify with our public key)."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

PRIVATE_KEY = b"""@@secret@@"""


def sign(manifest: bytes) -> bytes:
    key = serialization.load_pem_private_key(PRIVATE_KEY, password=None)
    return key.sign(manifest, padding.PKCS1v15(), hashes.SHA256())
''', pem("RSA"))

add("markdown/decoy-public-key", "docs/insurer-sftp.md", "https://man.openbsd.org/ssh-keygen", '''
# Insurer SFTP (claim photos)

The insurer whitelisted our key. Public half, for their records:

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ claims@harbortow
```

Host key fingerprint (check on first connect): `SHA256:@@fp@@`.
The private key lives on claims-gw01 at `/home/claims/.ssh/id_ed25519` only.
''', pub=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("ini/wireguard-private-key", "ops/wireguard/wg-lot-north.conf", "https://www.wireguard.com/quickstart/", '''
[Interface]
Address = 10.99.0.12/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
# HQ firewall
PublicKey = @@pub@@
Endpoint = vpn.harbortow.example:51820
AllowedIPs = 10.99.0.0/24, 10.10.0.0/16
PersistentKeepalive = 25
''', b64raw(32), pub=b64raw(32))

add("markdown/rdp-password", "docs/handover-2024-02.md", "https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/", '''
# IT handover (Mike -> Priya), Feb 2024

Things you need day one:

- Dispatch server: `DISPATCH-SRV01` (10.10.0.20), RDP as `HARBORTOW\\itadmin`, password `@@secret@@`
  (change it after you log in the first time, I know).
- Towbook print agent runs on the window PC; restart the service if tickets stop printing.
- NVR password is in the binder in the safe.
- Comcast business line account # 8497 10 221 0034571 for outages.

Call me on my cell if the gate controller acts up.
''', words_pw())

add("csv/router-admin-password", "it/inventory/network_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
site,device,model,ip,admin_user,admin_password,firmware,notes
HQ,fw01,FortiGate 60F,10.10.0.1,admin,see vault,7.2.7,
North lot,rtr-north,Cradlepoint IBR900,10.40.2.1,admin,@@secret@@,7.23.40,LTE backup
South lot,rtr-south,Cradlepoint IBR900,10.40.3.1,admin,see vault,7.23.40,
HQ,sw01,Aruba 2930F,10.10.0.2,manager,see vault,WC.16.11,
''', rand_pw(12))

add("csv/decoy-asset-inventory", "it/inventory/laptops.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
asset_tag,user,model,serial,os,bitlocker_recovery_id,purchased
LST-0112,mgarza,Latitude 5440,8XK2Q93,Win11,@@u1@@,2023-06-14
LST-0113,jlee,Latitude 5440,8XK2Q97,Win11,@@u2@@,2023-06-14
LST-0120,dispatch1,OptiPlex 7010,4HJ7M21,Win11,@@u3@@,2023-11-02
LST-0121,dispatch2,OptiPlex 7010,4HJ7M24,Win11,@@u4@@,2023-11-02
''', u1=uuid_s().upper(), u2=uuid_s().upper(), u3=uuid_s().upper(), u4=uuid_s().upper())

add("powershell/m365-app-secret", "it/scripts/Export-DriverMailboxes.ps1", "https://learn.microsoft.com/en-us/powershell/microsoftgraph/authentication-commands", '''
# Quarterly export of driver mailbox sizes (Graph app "IT-Reports")
$tenantId = "@@tenant@@"
$appId    = "@@app@@"
$secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)
Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome
Get-MgUser -Filter "department eq 'Drivers'" -All |
    Select-Object DisplayName, Mail, UsageLocation |
    Export-Csv -Path ".\\drivers_$(Get-Date -f yyyyMMdd).csv" -NoTypeInformation
''', azure_secret(), tenant=uuid_s(), app=uuid_s())

add("powershell/decoy-secretmanagement", "it/scripts/Connect-Dispatch.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", '''
# Connect to the dispatch SQL server with the password from the local SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "DispatchSqlAdmin" -Vault "ITVault"
$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=DISPATCH-SRV01;Database=Dispatch;User Id=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);"
$conn.Open()
Write-Host "Connected to" $conn.DataSource
''')

add("python/django-secret-key", "ops_portal/ops_portal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ops.lonestartow.example"]
SECRET_KEY = "@@secret@@"
DATABASES["default"]["HOST"] = "ops-db.lonestartow.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/decoy-django-insecure-dev-key", "ops_portal/ops_portal/settings/dev.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", '''
from .base import *  # noqa

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
# dev only; production reads DJANGO_SECRET_KEY from the environment
SECRET_KEY = "django-insecure-dev-only-not-a-real-key"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
''')

add("typescript/jwt-signing-secret", "driver-api/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#usage", '''
import jwt from "jsonwebtoken";

const DRIVER_JWT_SECRET = "@@secret@@";

export function issueDriverToken(driverId: string, truck: string): string {
  return jwt.sign({ sub: driverId, truck, role: "driver" }, DRIVER_JWT_SECRET, { expiresIn: "12h" });
}

export function verifyDriverToken(token: string) {
  return jwt.verify(token, DRIVER_JWT_SECRET) as { sub: string; truck: string };
}
''', rand_pw(48))

add("json/decoy-jwt-example-in-fixture", "driver-api/test/fixtures/expired-token.json", "https://datatracker.ietf.org/doc/html/rfc7519", '''
{
  "description": "expired driver token from the test signer (key 'test-secret'), exp 2023-01-01",
  "token": "@@jwt@@",
  "expect": {"status": 401, "error": "token_expired"}
}
''', jwt=jwt_like('{"sub":"drv-test-01","truck":"T00","role":"driver","exp":1672531200}'))

add("javascript/decoy-firebase-web-config", "customer-tracker/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", '''
// Firebase web config is public by design; access is enforced by Security Rules.
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "lstow-tracker.firebaseapp.com",
  projectId: "lstow-tracker",
  storageBucket: "lstow-tracker.appspot.com",
  messagingSenderId: "604118237751",
  appId: "1:604118237751:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
''', key=google_key(), app=hexs(22))

_fbk = pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\n", "\\n") + "\\n"
add("json/firebase-service-account", "customer-tracker/functions/service-account.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", '''
{
  "type": "service_account",
  "project_id": "lstow-tracker",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@",
  "client_email": "firebase-adminsdk-q7x2m@lstow-tracker.iam.gserviceaccount.com",
  "client_id": "104882716359201847731",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _fbk, kid=hexs(40), escaped=_fbk)

# ---------------------------------------------------------------- repossession, dashcams, fuel cards, rotation lists

add("python/rdn-api-key", "repo_desk/rdn_sync.py", "https://www.recoverydatabase.net/", '''
"""Pull new repossession assignments from RDN and create Towbook calls for them."""
import requests

RDN_URL = "https://api.recoverydatabase.net/v2"
RDN_COMPANY = "LSTOW-0472"
RDN_KEY = "@@secret@@"


def open_assignments():
    r = requests.get(f"{RDN_URL}/assignments", params={"status": "open", "company": RDN_COMPANY},
                     headers={"Authorization": f"ApiKey {RDN_KEY}"}, timeout=20)
    r.raise_for_status()
    return r.json()["assignments"]
''', hexs(40))

add("rust/lpr-hit-webhook-secret", "lpr-hits/src/main.rs", "https://docs.rs/hmac/latest/hmac/", '''
use hmac::{Hmac, Mac};
use sha2::Sha256;

// Shared secret for hit notifications from the repo LPR camera network
const HIT_WEBHOOK_SECRET: &str = "@@secret@@";

type HmacSha256 = Hmac<Sha256>;

pub fn verify(body: &[u8], signature_hex: &str) -> bool {
    let mut mac = HmacSha256::new_from_slice(HIT_WEBHOOK_SECRET.as_bytes()).expect("key");
    mac.update(body);
    let expected = hex::encode(mac.finalize().into_bytes());
    expected == signature_hex
}
''', hexs(48))

add("rust/decoy-env-reference", "lpr-hits/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", '''
use std::env;

pub struct Config {
    pub webhook_secret: String,
    pub database_url: String,
    pub listen: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            webhook_secret: env::var("HIT_WEBHOOK_SECRET").expect("HIT_WEBHOOK_SECRET"),
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            listen: env::var("LISTEN").unwrap_or_else(|_| "0.0.0.0:8088".into()),
        }
    }
}
''')

add("yaml/dashcam-api-secret", "integrations/lytx/config.yml", "https://www.lytx.com/", '''
lytx:
  api_base: https://lytx-api.prod5.lv.lytx.com/v1
  client_id: lstow-integration
  client_secret: "@@secret@@"
  events:
    types: [collision, harsh_braking, speeding]
    pull_minutes: 15
  video:
    download: true
    store: s3://lstow-dashcam-events/
''', rand_pw(32))

add("go/dashcam-api-key", "internal/dashcam/netradyne.go", "https://www.netradyne.com/", '''
package dashcam

import (
	"fmt"
	"net/http"
)

const (
	baseURL = "https://api.netradyne.com/driveri/v1"
	apiKey  = "@@secret@@"
	tenant  = "bigrig-recovery"
)

func alertsRequest(since string) (*http.Request, error) {
	req, err := http.NewRequest("GET", fmt.Sprintf("%s/tenants/%s/alerts?since=%s", baseURL, tenant, since), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-api-key", apiKey)
	return req, nil
}
''', rand_pw(40))

add("csv/fuel-card-portal-password", "it/shared/vendor_logins.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
vendor,url,username,password,owner,last_changed
WEX fleet cards,https://fleetcard.wexinc.example,harbortow_ap,@@secret@@,accounts payable,2023-11-01
Copart seller,https://seller.copart.example,harbortow_seller,(vault),yard manager,2024-01-15
Comcast Business,https://business.comcast.example,harbortow_it,(vault),IT,2023-08-22
TX DMV eLINC,https://elinc.txdmv.example,VSF-0006521,(vault),impound office,2024-02-02
''', words_pw())

add("json/decoy-fuel-transactions", "exports/wex_transactions_2024-02.json", "https://www.rfc-editor.org/rfc/rfc8259", '''
{
  "account": "0496-00-118842-7",
  "period": "2024-02",
  "transactions": [
    {"card": "XXXXXXXXXXXX4471", "truck": "T12", "gallons": 48.2, "amount": 189.44, "auth": "A9KQ27"},
    {"card": "XXXXXXXXXXXX4472", "truck": "T14", "gallons": 61.9, "amount": 243.29, "auth": "B1ZT80"},
    {"card": "XXXXXXXXXXXX4480", "truck": "T21", "gallons": 112.4, "amount": 441.73, "auth": "C7PN11"}
  ],
  "checksum_sha256": "@@h@@"
}
''', h=sha256ish())

add("sql/police-rotation-db-password", "rotation/sql/linked_server.sql", "https://learn.microsoft.com/en-us/sql/relational-databases/system-stored-procedures/sp-addlinkedsrvlogin-transact-sql", '''
-- Linked server to the city's police tow rotation DB (read-only view of our assigned calls)
EXEC sp_addlinkedserver
    @server = N'CITY_ROTATION',
    @srvproduct = N'',
    @provider = N'SQLNCLI11',
    @datasrc = N'rotation-sql.cityofarlington.example,1433';

EXEC sp_addlinkedsrvlogin
    @rmtsrvname = N'CITY_ROTATION',
    @useself = N'False',
    @rmtuser = N'vendor_lstow',
    @rmtpassword = N'@@secret@@';
''', words_pw())

add("xml/autoreturn-api-password", "rotation/config/autoreturn.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/appsettings/", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AutoReturn.BaseUrl" value="https://partner.autoreturn.example/api/v3" />
    <add key="AutoReturn.TowerId" value="TWR-2231" />
    <add key="AutoReturn.Username" value="lonestar_api" />
    <add key="AutoReturn.Password" value="@@secret@@" />
    <add key="AutoReturn.PollSeconds" value="45" />
  </appSettings>
</configuration>
''', rand_pw(16, "!#"))

add("xml/decoy-config-transform", "rotation/config/autoreturn.Release.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <appSettings>
    <add key="AutoReturn.Password" value="#{AutoReturnPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="AutoReturn.BaseUrl" value="https://partner.autoreturn.example/api/v3"
         xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
''')

add("swift/decoy-keychain-read", "DriverApp/DriverApp/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", '''
import Foundation
import Security

enum TokenStore {
    static let service = "com.lonestartow.driver.jwt"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("swift/driver-api-key", "DriverApp/DriverApp/Networking/APIClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest", '''
import Foundation

struct APIClient {
    static let base = URL(string: "https://driver-api.lonestartow.example/v1")!
    // shared app key until per-driver login ships (DRV-88)
    private static let appKey = "@@secret@@"

    static func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.setValue(appKey, forHTTPHeaderField: "X-App-Key")
        req.setValue("application/json", forHTTPHeaderField: "Accept")
        return req
    }
}
''', "lsk_live_" + rand_pw(32))

add("plist/decoy-info-plist", "DriverApp/DriverApp/Info.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleIdentifier</key>
    <string>com.lonestartow.driver</string>
    <key>NSLocationAlwaysAndWhenInUseUsageDescription</key>
    <string>Dispatch needs your location to send the closest truck.</string>
    <key>GMSApiKey</key>
    <string>$(GMS_API_KEY)</string>
    <key>NSCameraUsageDescription</key>
    <string>Take walkaround photos before the tow.</string>
</dict>
</plist>
''')

add("plist/sentry-auth-token", "DriverApp/fastlane/sentry.properties.plist", "https://docs.sentry.io/cli/configuration/", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>org</key>
    <string>lonestar-towing</string>
    <key>project</key>
    <string>driver-ios</string>
    <key>authToken</key>
    <string>@@secret@@</string>
</dict>
</plist>
''', "sntrys_" + b64('{"iat":1707912000.1,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"lonestar-towing"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("properties/decoy-sentry-dsn-reference", "driver-app/app/sentry.properties", "https://docs.sentry.io/platforms/android/configuration/gradle/", '''
defaults.url=https://sentry.io/
defaults.org=lonestar-towing
defaults.project=driver-android
auth.token=${SENTRY_AUTH_TOKEN}
cli.executable=/usr/local/bin/sentry-cli
''')

add("toml/database-url", "dispatch-rs/config/production.toml", "https://docs.rs/config/latest/config/", '''
[server]
listen = "0.0.0.0:8080"
workers = 4

[database]
url = "postgres://dispatch_rs:@@secret@@@dispatch-prod.cluster-c8x2.us-east-2.rds.amazonaws.com:5432/dispatch"
max_connections = 20

[telematics]
provider = "samsara"
poll_seconds = 30
''', rand_pw(24))

add("toml/decoy-example-config", "dispatch-rs/config/example.toml", "https://docs.rs/config/latest/config/", '''
[server]
listen = "127.0.0.1:8080"
workers = 1

[database]
url = "postgres://dispatch:dispatch@localhost:5432/dispatch_dev"
max_connections = 5

[telematics]
provider = "mock"
api_token = "your-samsara-token-here"
''')

# ---------------------------------------------------------------- more carriers of credentials

_dk = words_pw()
add("json/docker-registry-auth", "ops/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''
{
  "auths": {
    "registry.metrotow.example": {
      "auth": "@@b@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''', _dk, b=b64("ci-push:" + _dk))

add("ini/netrc-password", "ops/dotfiles/netrc", "https://everything.curl.dev/usingcurl/netrc.html", '''
machine nexus.lonestartow.example
  login ci-reader
  password @@secret@@

machine api.towbook.com
  login lonestar
  password (see vault)
''', rand_pw(20))

add("ini/pip-index-password", "ops/pip/pip.conf", "https://pip.pypa.io/en/stable/topics/configuration/", '''
[global]
index-url = https://ci-reader:@@secret@@@nexus.harbortow.example/repository/pypi-group/simple
trusted-host = nexus.harbortow.example
timeout = 60

[install]
no-warn-script-location = true
''', rand_pw(18))

add("ini/decoy-pip-conf-no-auth", "ops/pip/pip.conf.example", "https://pip.pypa.io/en/stable/topics/authentication/", '''
[global]
# credentials come from keyring (pip install keyring artifacts-keyring) or ~/.netrc
index-url = https://nexus.harbortow.example/repository/pypi-group/simple
trusted-host = nexus.harbortow.example
timeout = 60
keyring-provider = subprocess
''')

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", '''
stages: [test, mirror]

test:
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-github:
  stage: mirror
  only: [main]
  script:
    - git push --mirror "https://oauth2:@@secret@@@gitlab.bigrigrecovery.example/ops/dispatch-mirror.git"
''', gitlab_token())

add("yaml/kubeconfig-token", "ops/kube/dispatch-ci.kubeconfig", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", '''
apiVersion: v1
kind: Config
clusters:
  - name: dispatch-prod
    cluster:
      server: https://k8s.dispatch.metrotow.example:6443
      certificate-authority-data: @@ca@@
users:
  - name: ci-deployer
    user:
      token: @@secret@@
contexts:
  - name: ci@dispatch-prod
    context: {cluster: dispatch-prod, user: ci-deployer, namespace: dispatch}
current-context: ci@dispatch-prod
''', "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + fakes.drawn(_seed(), 40, ALNUM) + "." + fakes.drawn(_seed(), 220, ALNUM + "-_") + "." + fakes.drawn(_seed(), 342, ALNUM + "-_"), ca=b64raw(120))

add("java/zonar-password", "fleet-etl/src/main/java/com/bigrig/etl/ZonarSource.java", "https://www.zonarsystems.com/", '''
package com.bigrig.etl;

import java.net.URI;
import java.net.http.HttpRequest;

public class ZonarSource {
    private static final String ACCOUNT = "bgr4471";
    private static final String USER = "etl_reader";
    private static final String PASS = "@@secret@@";

    public HttpRequest positions() {
        String url = "https://omi.zonarsystems.net/interface.php?customer=" + ACCOUNT
            + "&username=" + USER + "&password=" + PASS + "&action=showposition&operation=current&format=xml";
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}
''', rand_pw(12))

add("python/gps-insight-password", "fleet_sync/gpsinsight.py", "https://www.gpsinsight.com/", '''
from zeep import Client

WSDL = "https://api.gpsinsight.com/v2/soap?wsdl"
client = Client(WSDL)
session = client.service.userauthenticate(username="harbortow_api", password="@@secret@@", appname="dispatch-board")


def vehicle_positions():
    return client.service.vehiclelocation(session_token=session.token, vehicle="all")
''', words_pw())

add("yaml/teletrac-client-secret", "config/teletrac.yaml", "https://www.teletracnavman.com/", '''
teletrac_navman:
  token_url: https://auth.teletracnavman.example/connect/token
  api_url: https://api.teletracnavman.example/v1
  client_id: harbortow-director-api
  client_secret: @@secret@@
  scopes: [vehicles.read, trips.read]
  poll_seconds: 60
''', rand_pw(44))

add("shell/decoy-vault-cli", "scripts/rotate_samsara_token.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/put", '''
#!/usr/bin/env bash
# Rotate the Samsara token: create a new one in the dashboard first, then run this.
set -euo pipefail
read -rsp "New Samsara token: " NEW_TOKEN; echo
vault kv put secret/dispatch/samsara token="$NEW_TOKEN"
kubectl -n dispatch rollout restart deploy/gpsbridge
unset NEW_TOKEN
echo "rotated; revoke the old token in Samsara > Settings > API Tokens"
''')

add("shell/decoy-aws-secrets-manager", "scripts/print_release_fee_config.sh", "https://docs.aws.amazon.com/cli/latest/reference/secretsmanager/get-secret-value.html", '''
#!/bin/sh
# prints the non-secret parts of the payments config for support tickets
aws secretsmanager get-secret-value --secret-id prod/dispatch/stripe \\
  --query SecretString --output text \\
  | jq '{release_fee_cents, storage_cents, admin_fee_cents, secret_key: "<redacted>"}'
aws ssm get-parameter --name /dispatch/prod/yard_hours --query Parameter.Value --output text
''')

add("python/decoy-secret-scan-patterns", "tools/precommit/patterns.py", "https://docs.python.org/3/library/re.html", '''
"""Patterns our pre-commit hook rejects (vendor token shapes)."""
import re

PATTERNS = {
    "stripe_live": re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    "samsara": re.compile(r"samsara_api_[0-9A-Za-z]{30}"),
    "aws_key_id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "slack_webhook": re.compile(r"https://hooks\\.slack\\.com/services/T[0-9A-Z]+/B[0-9A-Z]+/[0-9A-Za-z]+"),
    "towbook": re.compile(r"tbk_[0-9A-Za-z]{36}"),
}
''')

add("markdown/decoy-changelog-rotation", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", '''
# Changelog

## [2.14.0] - 2024-03-04
### Security
- Rotated the Agero signing secret and the Samsara token after the laptop loss (INC-2024-007).
  New values are in Vault only; old token prefix `samsara_api_q7` is revoked.
### Added
- Urgent.ly ETA push (`jobs/urgently_eta.py`).

## [2.13.2] - 2024-02-19
### Fixed
- Gate stayed closed when the Stripe webhook arrived before the window receipt printed.
''')

add("json/decoy-webhook-payload-sample", "docs/samples/agero_job_offer.json", "https://developer.agero.com/docs", '''
{
  "eventType": "JOB_OFFERED",
  "jobId": "J-7741-0092-55",
  "offerId": "@@oid@@",
  "service": "TOW",
  "vehicle": {"year": 2017, "make": "Honda", "model": "Civic", "color": "Silver"},
  "pickup": {"lat": 32.7767, "lng": -96.797, "address": "1500 Marilla St, Dallas, TX"},
  "dropoff": {"name": "Firestone #2231", "lat": 32.8102, "lng": -96.7712},
  "expiresAt": "2024-03-09T18:04:00Z",
  "signature": "sha256=@@sig@@"
}
''', oid=uuid_s(), sig=hexs(64))

add("log/decoy-webhook-signature-log", "logs/hooks-2024-03-09.log", "https://docs.stripe.com/webhooks#verify-events", '''
2024-03-09T18:02:41Z hooks INFO  agero offer J-7741-0092-55 sig_ok=true sig=sha256=@@s1@@
2024-03-09T18:02:44Z hooks INFO  stripe evt_1OsK2yLqT9aB1c0dQ8xN2kVp payment_intent.succeeded sig_ok=true
2024-03-09T18:05:12Z hooks WARN  honk offer H-99120 sig_ok=false (clock skew 412s)
2024-03-09T18:09:30Z hooks INFO  urgently job U-5521873 status=ON_SCENE
2024-03-09T18:15:02Z hooks INFO  agero offer J-7741-0093-02 sig_ok=true sig=sha256=@@s2@@
''', s1=hexs(64), s2=hexs(64))

add("log/postgres-password-in-log", "logs/impound-api-crash-2024-02-27.log", "https://docs.python.org/3/library/logging.html", '''
2024-02-27 03:11:02,118 ERROR impound_api.db could not connect, retrying in 5s
2024-02-27 03:11:07,120 ERROR impound_api.db could not connect, retrying in 5s
2024-02-27 03:11:12,131 CRITICAL impound_api.startup giving up
Traceback (most recent call last):
  File "/app/impound_api/db.py", line 41, in connect
    return psycopg.connect(settings.DATABASE_URL)
psycopg.OperationalError: connection failed: postgresql://impound_app:@@secret@@@impound-db.internal:5432/impound
  server closed the connection unexpectedly
''', rand_pw(20))

add("notebook/decoy-masked-output", "analysis/storage_revenue.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["DB password loaded from env: ********\\n"]}
   ],
   "source": [
    "import os, sqlalchemy as sa\\n",
    "engine = sa.create_engine(f\\"postgresql://analyst:{os.environ['IMPOUND_RO_PASSWORD']}@impound-db.internal/impound\\")\\n",
    "print('DB password loaded from env:', '*' * 8)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select date_trunc(\\\\'month\\\\', released_at) m, sum(storage_fee) from releases group by 1', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

# ---------------------------------------------------------------- the office: accounting, phones, printers, backups

_bh = rand_pw(16)
add("python/basic-auth-header", "accounting/ar_aging_pull.py", "https://datatracker.ietf.org/doc/html/rfc7617", '''
"""Pull the motor-club receivables aging report from the billing service."""
import requests

HEADERS = {
    "Authorization": "Basic @@b@@",
    "Accept": "text/csv",
}

r = requests.get("https://billing.harbortow.internal/reports/ar-aging?group=motor_club", headers=HEADERS, timeout=30)
r.raise_for_status()
open("/srv/reports/ar_aging.csv", "wb").write(r.content)
''', _bh, b=b64("ar-reports:" + _bh))

add("yaml/voip-sip-password", "it/voip/dispatch-lines.yaml", "https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/", '''
# Dispatch phone lines (after-hours rollover to the on-call cell)
trunk:
  provider: sip.voipcarrier.example
  username: "2145550100"
  secret: "@@secret@@"
  register: true
ring_groups:
  dispatch: [101, 102, 103]
  afterhours: ["+12145550199"]
recording:
  enabled: true
  retention_days: 60
''', rand_pw(20))

add("ini/printer-smb-password", "it/printers/window-zebra.ini", "https://www.zebra.com/us/en/support-downloads.html", '''
[printer]
name = LOT-WINDOW-ZT230
ip = 10.40.2.50
protocol = raw9100

[scan_to_folder]
share = \\\\nas01\\scans\\lot-window
user = HARBORTOW\\svc-scan
password = @@secret@@
''', words_pw())

add("shell/backblaze-application-key", "it/backup/restic-nightly.sh", "https://restic.readthedocs.io/en/stable/040_backup.html", '''
#!/bin/bash
# Nightly offsite backup of the dispatch server to Backblaze B2
export B2_ACCOUNT_ID=0025f1c8a9b4d7e0000000003
export B2_ACCOUNT_KEY=@@secret@@
export RESTIC_REPOSITORY=b2:harbortow-backups:dispatch-srv01
export RESTIC_PASSWORD_FILE=/root/.restic-pass
restic backup /srv/dispatch /etc --exclude-caches --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --prune
''', "K002" + fakes.drawn(_seed(), 27, ALNUM + "/+"))

add("shell/restic-password", "it/backup/restic-laptops.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html", '''
#!/bin/bash
# Laptop backup to the NAS, run by the office manager's login script
export RESTIC_REPOSITORY=sftp:backup@nas01.harbortow.local:/volume1/restic/laptops
export RESTIC_PASSWORD='@@secret@@'
restic backup "$HOME/Documents" "$HOME/Desktop" --tag "$(hostname)"
restic forget --keep-daily 7 --keep-weekly 4
''', passphrase())

add("csv/decoy-ar-aging", "exports/ar_aging_motor_clubs_2024-02.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
club,account_no,invoices_open,current,30_days,60_days,90_plus,total,contact
Agero,RSP-41287,118,8420.00,3115.50,980.00,240.00,12755.50,rsp-billing@agero.example
AAA Texas,ERS-0472,64,5310.25,1104.00,0.00,0.00,6414.25,ers-ap@aaa-club.example
Allstate Roadside,HARBORTOW_0917,22,1980.00,760.00,310.00,0.00,3050.00,rs-ap@allstate-roadside.example
Urgent.ly,PRV-008812,31,2744.00,0.00,0.00,0.00,2744.00,ap@urgent.ly.example
''')

add("yaml/decoy-openapi-security-scheme", "docs/api/driver-api.openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", '''
openapi: 3.0.3
info:
  title: Driver API
  version: 1.4.0
components:
  securitySchemes:
    AppKey:
      type: apiKey
      in: header
      name: X-App-Key
      description: "Issued per app build. Example: lsk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    DriverJWT:
      type: http
      scheme: bearer
      bearerFormat: JWT
security:
  - AppKey: []
  - DriverJWT: []
paths: {}
''')

add("python/decoy-hmac-test-vector", "tests/test_lpr_signature.py", "https://datatracker.ietf.org/doc/html/rfc4231", '''
"""RFC 4231 test case 2 (key "Jefe") checks our HMAC helper, not any real secret."""
from lpr_hits.signature import hmac_sha256_hex

KEY = b"Jefe"
DATA = b"what do ya want for nothing?"
EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"


def test_rfc4231_case2():
    assert hmac_sha256_hex(KEY, DATA) == EXPECTED
''')

add("go/decoy-sha256-firmware", "internal/gate/firmware.go", "https://pkg.go.dev/crypto/sha256", '''
package gate

// Known-good DoorKing controller firmware images; the updater refuses anything else.
var trustedFirmware = map[string]string{
	"1838-v4.12.bin": "@@h1@@",
	"1838-v4.13.bin": "@@h2@@",
	"1838-v4.14.bin": "@@h3@@",
}

func Trusted(name, sum string) bool {
	return trustedFirmware[name] == sum
}
''', h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("javascript/decoy-recaptcha-site-key", "pay-portal/public/js/release-form.js", "https://developers.google.com/recaptcha/docs/v3", '''
// reCAPTCHA v3 site key: public, rendered into every page that loads the widget.
const RECAPTCHA_SITE_KEY = "6Lc@@sk@@";

document.getElementById("release-form").addEventListener("submit", (e) => {
  e.preventDefault();
  grecaptcha.ready(() => {
    grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "release_payment" }).then((token) => {
      document.getElementById("captcha-token").value = token;
      e.target.submit();
    });
  });
});
''', sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("python/recaptcha-secret-key", "pay_portal/captcha.py", "https://developers.google.com/recaptcha/docs/verify", '''
import requests

RECAPTCHA_SECRET = "@@secret@@"


def human(token: str, remote_ip: str) -> bool:
    r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                      data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": remote_ip}, timeout=5)
    body = r.json()
    return body.get("success") and body.get("score", 0) >= 0.5
''', "6Lc" + fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("env/decoy-public-site-keys", "pay-portal/.env.example", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", '''
# Public values (safe to ship to the browser)
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_REPLACE_WITH_YOUR_KEY
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=
NEXT_PUBLIC_MAPBOX_TOKEN=pk.your-public-token
# Server-only (fill in .env.local, never commit)
STRIPE_SECRET_KEY=
RECAPTCHA_SECRET=
PAYPAL_CLIENT_SECRET=
''')

add("csharp/sql-connection-string", "src/Dispatch.Data/DispatchDbFactory.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", '''
using Microsoft.Data.SqlClient;

namespace Dispatch.Data
{
    public static class DispatchDbFactory
    {
        private const string ConnString =
            "Server=DISPATCH-SRV01\\\\SQLEXPRESS;Database=Dispatch;User Id=dispatch_app;Password=@@secret@@;TrustServerCertificate=True;";

        public static SqlConnection Open()
        {
            var conn = new SqlConnection(ConnString);
            conn.Open();
            return conn;
        }
    }
}
''', words_pw().replace(";", "!"))

add("csharp/decoy-configuration-reference", "src/Dispatch.Web/Program.cs", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://harbortow-prod-kv.vault.azure.net/"),
    new Azure.Identity.DefaultAzureCredential());

var dispatchDb = builder.Configuration.GetConnectionString("Dispatch");
var samsaraToken = builder.Configuration["Samsara:ApiToken"];
builder.Services.AddDispatch(dispatchDb, samsaraToken);

var app = builder.Build();
app.MapControllers();
app.Run();
''')

add("kotlin/twilio-auth-token", "driver-app/app/src/main/java/com/harbortow/driver/calls/MaskedCall.kt", "https://www.twilio.com/docs/proxy/api", '''
package com.harbortow.driver.calls

import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.Request

// Masked call between driver and motorist via Twilio Proxy
object MaskedCall {
    private const val ACCOUNT_SID = "@@sid@@"
    private const val AUTH_TOKEN = "@@secret@@"
    private const val SERVICE_SID = "KS@@ks@@"

    fun createSession(callId: String): Request = Request.Builder()
        .url("https://proxy.twilio.com/v1/Services/$SERVICE_SID/Sessions")
        .header("Authorization", Credentials.basic(ACCOUNT_SID, AUTH_TOKEN))
        .post(FormBody.Builder().add("UniqueName", "call-$callId").build())
        .build()
}
''', hexs(32), sid=twilio_sid(), ks=hexs(32))

add("typescript/decoy-test-env", "driver-api/test/setup.ts", "https://jestjs.io/docs/configuration#setupfiles-array", '''
// Test environment: fixed fake values so tests never reach real services.
process.env.DRIVER_JWT_SECRET = "test-only-jwt-secret";
process.env.TWILIO_ACCOUNT_SID = "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
process.env.TWILIO_AUTH_TOKEN = "test-auth-token";
process.env.DATABASE_URL = "postgres://test:test@localhost:5433/driver_api_test";
process.env.STRIPE_SECRET_KEY = "sk_test_dummy";

jest.setTimeout(15000);
''')

add("ruby/redis-url", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", '''
# Background jobs: lien letters, DMV lookups, auction consignments
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:@@secret@@@lonestar-jobs.redis.cache.example:6380/0" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://default:@@secret@@@lonestar-jobs.redis.cache.example:6380/0" }
end
''', fakes.redis_password(_seed()))

add("ruby/decoy-rails-credentials-reference", "config/initializers/towbook.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''
# Keys live in config/credentials/production.yml.enc (master key on the servers only)
Towbook.configure do |c|
  c.company_id = 18842
  c.api_key = Rails.application.credentials.dig(:towbook, :api_key)
  c.timeout = 15
end

Agero.signing_secret = Rails.application.credentials.dig(:agero, :signing_secret)
''')

# ---------------------------------------------------------------- last group: mixed systems of the theme

add("markdown/geotab-password", "docs/runbooks/gps-outage.md", "https://developers.geotab.com/myGeotab/guides/concepts/#authentication", '''
# Runbook: trucks missing from the board

1. Check `gpsbridge` logs: `kubectl -n dispatch logs deploy/gpsbridge --since=15m`.
2. If Samsara returns 401, the token was rotated: see `scripts/rotate_samsara_token.sh`.
3. Geotab trucks (T30-T34) missing: log in to my.geotab.com as a check:
   - database `summit_towing`
   - user `svc-dispatch@summittowing.example`
   - password `@@secret@@`
4. If both providers are fine, restart the board: `kubectl -n dispatch rollout restart deploy/board`.
5. Tell dispatch in #dispatch to use the driver app's "share location" meanwhile.
''', words_pw())

add("python/decoy-session-id-mock", "tests/test_geotab_feed.py", "https://docs.python.org/3/library/unittest.mock.html", '''
from unittest import mock

from fleet_sync.geotab import GeotabFeed

FAKE_CREDENTIALS = {"database": "demo", "userName": "demo@example.com", "sessionId": "00000000000000000000"}


def test_feed_reuses_session():
    with mock.patch("mygeotab.API.authenticate", return_value=FAKE_CREDENTIALS) as auth:
        feed = GeotabFeed(user="demo@example.com", password="not-used-in-tests", database="demo")
        feed.positions()
        feed.positions()
    assert auth.call_count == 1
''')

add("go/redis-password", "cmd/etacache/main.go", "https://redis.uptrace.dev/guide/go-redis.html", '''
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "cache-01.dispatch.internal:6379",
		Password: "@@secret@@",
		DB:       3,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatalf("redis: %v", err)
	}
	log.Println("eta cache ready")
}
''', fakes.redis_password(_seed()))

add("shell/redis-cli-password", "ops/flush_stale_positions.sh", "https://redis.io/docs/latest/develop/tools/cli/", '''
#!/bin/sh
# remove truck positions older than the TTL that a bad deploy left without expiry
redis-cli -h cache-01.dispatch.internal -p 6379 -n 2 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'pos:*' | while read -r key; do
    ttl=$(redis-cli -h cache-01.dispatch.internal -n 2 -a '@@secret@@' --no-auth-warning ttl "$key")
    [ "$ttl" = "-1" ] && redis-cli -h cache-01.dispatch.internal -n 2 -a '@@secret@@' --no-auth-warning del "$key"
done
''', fakes.redis_password(_seed()))

add("sql/decoy-api-key-fingerprints", "db/migrations/0051_partner_api_keys.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", '''
-- Partner API keys are stored as SHA-256 digests; the plain key is shown once at creation.
CREATE TABLE partner_api_keys (
    id SERIAL PRIMARY KEY,
    partner TEXT NOT NULL,
    key_prefix TEXT NOT NULL,
    key_sha256 TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT now(),
    revoked_at TIMESTAMPTZ
);
INSERT INTO partner_api_keys (partner, key_prefix, key_sha256) VALUES
('bodyshop-network', 'lsk_live_4Q', '@@h1@@'),
('city-rotation', 'lsk_live_Zp', '@@h2@@');
''', h1=sha256ish(), h2=sha256ish())

add("sql/partner-api-key-seed", "db/seeds/dev_partners.sql", "https://www.postgresql.org/docs/current/sql-insert.html", '''
-- copied from prod to reproduce the body-shop sync bug (DISP-377); delete after
INSERT INTO partner_integrations (partner, base_url, api_key, enabled) VALUES
('bodyshop-network', 'https://api.bodyshopnet.example/v1', '@@secret@@', true),
('city-rotation', 'https://rotation.cityofarlington.example/api', NULL, false);
UPDATE partner_integrations SET enabled = true WHERE partner = 'bodyshop-network';
SELECT partner, enabled FROM partner_integrations;
''', "bsn_" + rand_pw(40))

add("properties/decoy-jasypt-encrypted", "fleet-etl/src/main/resources/application.properties", "http://www.jasypt.org/encrypting-configuration.html", '''
zonar.account=bgr4471
zonar.user=etl_reader
zonar.password=ENC(@@enc@@)
etl.schedule.cron=0 */10 * * * *
etl.target.jdbc-url=jdbc:postgresql://warehouse.bigrig.internal:5432/fleet
etl.target.username=etl_writer
etl.target.password=ENC(@@enc2@@)
''', enc=b64raw(32), enc2=b64raw(32))

add("java/jdbc-password", "fleet-etl/src/main/java/com/bigrig/etl/WarehouseSink.java", "https://jdbc.postgresql.org/documentation/use/", '''
package com.bigrig.etl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class WarehouseSink {
    private static final String URL = "jdbc:postgresql://warehouse.bigrig.internal:5432/fleet";

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, "etl_writer", "@@secret@@");
    }
}
''', rand_pw(18))

add("terraform/datadog-api-key", "infra/monitoring/providers.tf", "https://registry.terraform.io/providers/DataDog/datadog/latest/docs", '''
terraform {
  required_providers {
    datadog = { source = "DataDog/datadog", version = "~> 3.36" }
  }
}

provider "datadog" {
  api_key = "@@secret@@"
  app_key = "@@app@@"
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "stale_gps" {
  name    = "Trucks with stale GPS"
  type    = "metric alert"
  query   = "max(last_10m):max:gpsbridge.stale_trucks{env:prod} > 3"
  message = "@slack-dispatch-alerts GPS stale for more than 3 trucks"
}
''', datadog_key(), app=hexs(40))

add("terraform/decoy-variables", "infra/monitoring/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "pagerduty_service_key" {
  type      = string
  sensitive = true
  default   = ""
}
''')

add("yaml/decoy-cloudformation-dynamic-reference", "infra/cfn/impound-api.yaml", "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html", '''
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ImpoundDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "50"
      MasterUsername: impound_admin
      MasterUserPassword: "{{resolve:secretsmanager:prod/impound/db:SecretString:password}}"
  ImpoundApiKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /impound/prod/towbook_key_name
      Type: String
      Value: towbook-prod
''')

add("python/openai-api-key", "tools/call_summaries.py", "https://platform.openai.com/docs/api-reference/authentication", '''
"""Summarize dispatcher call notes for the morning ops meeting."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def summarize(notes: list[str]) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "Summarize tow dispatch notes in 5 bullets."},
                  {"role": "user", "content": "\\n".join(notes)}],
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("env/aws-session-token", "ops/aws/claims-export.env", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html", '''
# temporary creds from `aws sts assume-role` for the insurer export, valid 12h
AWS_ACCESS_KEY_ID=ASIA@@akid@@
AWS_SECRET_ACCESS_KEY=@@sk@@
AWS_SESSION_TOKEN=@@secret@@
AWS_REGION=us-east-2
EXPORT_BUCKET=harbortow-claims-export
''', fakes.aws_session_token(_seed()), akid=ups(16), sk=fakes.aws_secret_key(_seed()))

add("json/decoy-iam-policy", "infra/policies/photos-uploader.json", "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html", '''
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PutWalkaroundPhotos",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:PutObjectTagging"],
      "Resource": "arn:aws:s3:::lstow-damage-photos/walkaround/*"
    },
    {
      "Sid": "UseKmsKey",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey"],
      "Resource": "arn:aws:kms:us-east-2:318842601127:key/@@kid@@"
    }
  ]
}
''', kid=uuid_s())

add("yaml/decoy-docs-example-key", "docs/api/towbook-webhooks.yaml", "https://swagger.io/docs/specification/v3_0/adding-examples/", '''
openapi: 3.0.3
info: {title: Towbook webhook receiver, version: 1.0.0}
paths:
  /hooks/towbook:
    post:
      parameters:
        - in: header
          name: X-Towbook-Signature
          required: true
          schema: {type: string}
          example: "t=1709999999,v1=0000000000000000000000000000000000000000000000000000000000000000"
      responses:
        "204": {description: accepted}
''')

add("python/towbook-webhook-secret", "dispatch/towbook/webhook.py", "https://docs.python.org/3/library/hmac.html", '''
import hashlib
import hmac
import time

TOWBOOK_WEBHOOK_SECRET = b"@@secret@@"


def valid(header: str, body: bytes, tolerance: int = 300) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    if abs(time.time() - int(parts["t"])) > tolerance:
        return False
    mac = hmac.new(TOWBOOK_WEBHOOK_SECRET, f"{parts['t']}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, parts["v1"])
''', "tbwh_" + rand_pw(32))

add("ini/decoy-odbc-dsn", "it/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", '''
[Dispatch]
Driver = ODBC Driver 18 for SQL Server
Server = DISPATCH-SRV01
Database = Dispatch
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = yes
''')

add("ini/odbc-password", "it/odbc/odbc-reports.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", '''
[ImpoundReports]
Driver = ODBC Driver 18 for SQL Server
Server = IMPOUND-SQL01
Database = ImpoundInventory
UID = crystal_reports
PWD = @@secret@@
Encrypt = yes
TrustServerCertificate = yes
''', words_pw().replace(";", "!"))

add("markdown/decoy-onboarding-no-secrets", "docs/onboarding-dispatchers.md", "https://www.markdownguide.org/basic-syntax/", '''
# New dispatcher onboarding

- Your login is your email; IT sends a one-time password link (expires in 24h).
- MFA is required: install Microsoft Authenticator before day one.
- Motor-club portals (Agero, AAA, Allstate) use shared accounts stored in 1Password,
  vault "Dispatch". Never write them on the whiteboard.
- Radio channel: 3 (yard), 5 (road). Gate override requires a lead.
- Example PO format from Agero: `RS-4410291`; AAA uses `ERS-0472-XXXXXX`.
''')

add("python/decoy-uuid-idempotency", "payments/idempotency.py", "https://docs.stripe.com/api/idempotent_requests", '''
"""Idempotency keys for release charges, so a double click never charges twice."""
import uuid

NAMESPACE = uuid.UUID("@@ns@@")


def release_key(stock_no: str, receipt_no: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{stock_no}:{receipt_no}"))


EXAMPLE = release_key("IMP-24-0311", "R-55120")  # e.g. '@@ex@@'
''', ns=uuid_s(), ex=uuid_s())

add("compose/mongodb-password", "photos/docker-compose.yml", "https://hub.docker.com/_/mongo", '''
services:
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: @@secret@@
    volumes: ["mongo:/data/db"]
  photo-index:
    image: registry.lonestartow.example/photo-index:0.6.1
    environment:
      MONGO_URL: mongodb://root:@@secret@@@mongo:27017/photos?authSource=admin
      S3_BUCKET: lstow-damage-photos
volumes:
  mongo: {}
''', rand_pw(22))

_sk_k8s = stripe_key()
add("k8s-secret/stripe-secret-key", "k8s/impound/stripe-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: stripe
  namespace: impound
  annotations:
    owner: payments
type: Opaque
data:
  STRIPE_SECRET_KEY: @@b@@
  RELEASE_FEE_CENTS: @@fee@@
''', _sk_k8s, b=b64(_sk_k8s), fee=b64("18500"))

add("k8s/decoy-configmap", "k8s/impound/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", '''
apiVersion: v1
kind: ConfigMap
metadata:
  name: impound-config
  namespace: impound
data:
  STRIPE_PUBLISHABLE_KEY: "@@pk@@"
  YARD_TIMEZONE: America/Chicago
  RELEASE_HOURS: "08:00-18:00"
  GATE_CONTROLLER_HOST: 10.40.2.15
  DAILY_STORAGE_CENTS: "2500"
''', pk=stripe_key("pk_live_"))

add("env/mailgun-api-key", "notify/.env.mailgun", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", '''
MAILGUN_DOMAIN=mg.lonestartow.example
MAILGUN_API_KEY=@@secret@@
MAILGUN_REGION=us
LIEN_LETTER_FROM=liens@lonestartow.example
LIEN_LETTER_BCC=office@lonestartow.example
''', "key-" + hexs(32))

add("github-actions/slack-webhook", ".github/workflows/nightly-export.yml", "https://github.com/slackapi/slack-github-action", '''
name: nightly-towbook-export
on:
  schedule:
    - cron: "15 7 * * *"
jobs:
  export:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - run: python reports/towbook_export.py
      - name: Notify on failure
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Towbook nightly export failed: ${{ github.run_id }}"}' \\
            @@secret@@
''', slack_webhook())

add("powershell/verizon-connect-password", "it/scripts/Get-RevealVehicles.ps1", "https://fim.api.us.fleetmatics.com/swagger", '''
# Weekly vehicle list from Verizon Connect Reveal for the insurance renewal
$user = "REST_HarborTow_4471"
$pass = "@@secret@@"
$pair = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes("${user}:${pass}"))
$token = Invoke-RestMethod -Uri "https://fim.api.us.fleetmatics.com/token" -Headers @{ Authorization = "Basic $pair" }
$vehicles = Invoke-RestMethod -Uri "https://fim.api.us.fleetmatics.com/cmd/v1/vehicles" `
    -Headers @{ Authorization = "Atmosphere atmosphere_app_id=fleetmatics-p-us-harbortow, Bearer $token" }
$vehicles | Select-Object VehicleNumber, VIN, Make, Model, Year | Export-Csv .\\reveal_vehicles.csv -NoTypeInformation
''', rand_pw(14))

add("javascript/google-routes-server-key", "eta-service/src/routes.js", "https://developers.google.com/maps/documentation/routes/compute_route_directions", '''
// Server-side ETA from Google Routes API (key is unrestricted: server use only)
const fetch = require("node-fetch");

const ROUTES_KEY = "@@secret@@";

async function etaSeconds(from, to) {
  const res = await fetch("https://routes.googleapis.com/directions/v2:computeRoutes", {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Goog-Api-Key": ROUTES_KEY,
      "X-Goog-FieldMask": "routes.duration",
    },
    body: JSON.stringify({ origin: { location: { latLng: from } }, destination: { location: { latLng: to } }, travelMode: "DRIVE" }),
  });
  const body = await res.json();
  return parseInt(body.routes[0].duration, 10);
}

module.exports = { etaSeconds };
''', google_key())

_sp = rand_pw(16)
add("log/smtp-auth-plain", "logs/mailer-debug-2024-03-01.log", "https://datatracker.ietf.org/doc/html/rfc4616", '''
send: 'ehlo dispatch-srv01.harbortow.local\\r\\n'
reply: b'250-smtp.office365.com Hello [203.0.113.24]\\r\\n'
reply: b'250-AUTH LOGIN XOAUTH2\\r\\n'
reply: b'250 SMTPUTF8\\r\\n'
send: 'AUTH PLAIN @@b@@\\r\\n'
reply: b'235 2.7.0 Authentication successful\\r\\n'
send: 'mail FROM:<invoices@harbortow.example> size=48211\\r\\n'
reply: b'250 2.1.0 Sender OK\\r\\n'
''', _sp, b=b64("\0invoices@harbortow.example\0" + _sp))

add("dockerfile/agero-client-secret", "dispatch-agero/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", '''
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY dispatch ./dispatch
ENV AGERO_CLIENT_ID=metrotow-rsp-41287 \\
    AGERO_CLIENT_SECRET=@@secret@@ \\
    AGERO_TOKEN_URL=https://api.agero.com/oauth/token
EXPOSE 8080
CMD ["uvicorn", "dispatch.agero.app:app", "--host", "0.0.0.0", "--port", "8080"]
''', rand_pw(40))

add("markdown/decoy-incident-report", "docs/incidents/INC-2024-007.md", "https://sre.google/sre-book/example-postmortem/", '''
# INC-2024-007: dispatcher laptop stolen from truck

**Date:** 2024-03-02. **Severity:** 2.

## What was on it
- A `.env` with the Samsara token (`samsara_api_q7...`, revoked 2024-03-02 14:10 CT).
- Browser sessions for the Agero portal (sessions revoked by Agero support, ticket 88214).

## Actions
- [x] Revoke and reissue Samsara token; new one stored at `secret/dispatch/samsara`.
- [x] Rotate Agero signing secret (see CHANGELOG 2.14.0).
- [ ] Enforce BitLocker on all dispatch laptops (asset list `it/inventory/laptops.csv`).
''')
