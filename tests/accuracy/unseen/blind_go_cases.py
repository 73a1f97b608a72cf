"""Blind set GO: roofing contractors and the software around their jobs.

Estimating and quoting apps, crew scheduling, drone roof inspections and imagery pipelines,
material suppliers' ordering portals, insurance-claim integrations, weather and hail feeds, CRM,
invoicing and financing, and the office IT of small roofing firms, with their decoys.
Generated fakes only (seeds 2430000-2439999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64CH = ALNUM + "+/"
SEED_LO, SEED_HI = 2430000, 2439999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters of `alphabet` (of ALNUM: both cases and a digit, as services issue them)."""
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uhex(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX.upper())


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


WORDS = ["Shingle", "Ridge", "Gable", "Soffit", "Hip", "Valley", "Eave", "Flashing", "Dormer", "Rafter",
         "Truss", "Slate", "Copper", "Cedar", "Granite", "Hailstone", "Thunder", "Summit", "Harbor", "Falcon"]
LOWER = ["gutter", "chimney", "ladder", "nailgun", "tarp", "dripedge", "underlay", "skylight", "purlin",
         "decking", "sealant", "membrane", "parapet", "cricket", "boot", "vent"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def stripe_key(prefix: str = "sk_live_") -> str:
    return fakes.fake(prefix, 99 if prefix.startswith("rk") else 24, _seed())


def whsec() -> str:
    return "whsec_" + draw(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPNUM) + "/B" + draw(10, UPNUM) + "/" + draw(24))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def gocspx() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def b2_key_id() -> str:
    return "005" + hexs(22)


def b2_app_key() -> str:
    return "K005" + draw(27, ALNUM + "+/")


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def dckr_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def glpat() -> str:
    return "glpat-" + draw(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + draw(36)


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = [head] + ["".join(r.choice(B64CH) for _ in range(70)) for _ in range(5)]
    body.append("".join(r.choice(B64CH) for _ in range(24)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url_nopad(json.dumps({"u": user, "a": draw(25, LOWNUM)}, separators=(",", ":")))
    return f"{prefix}.{payload}.{draw(22, URLSAFE)}"


def vault_token() -> str:
    return "hvs." + draw(91, URLSAFE)


def age_key() -> str:
    return "AGE-SECRET-KEY-1" + draw(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")


def tailscale_key() -> str:
    return "tskey-auth-k" + draw(11) + "CNTRL-" + draw(33)


def airtable_pat() -> str:
    return "pat" + draw(14) + "." + hexs(64)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + draw(170, URLSAFE) + "=" + uhex(8)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18 * 9)}/" + draw(68, URLSAFE)


def recaptcha_key() -> str:
    return "6L" + draw(38, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def meta_token() -> str:
    return "EAAG" + draw(180)


def servicetitan_secret() -> str:
    return "cs1." + draw(50, LOWNUM)


def intuit_client_id() -> str:
    return "AB" + draw(48)


def words_user() -> str:
    r = _rng()
    return r.choice(["svc", "app", "ops", "api"]) + "_" + r.choice(LOWER)


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
    CASES.append(LabelledCase(f"blind-go/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Estimating and quoting apps: measurement reports, proposals, roof-measurement vendors.
# ---------------------------------------------------------------------------------------------

add("env/eagleview-client-secret", "quote-engine/.env.production",
    "EagleView API Center developer docs: OAuth 2.0 client credentials (client_id / client_secret)", r"""
# quote-engine / production -- copied from the Render dashboard 2024-03-02 (Dale)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
PUBLIC_BASE_URL=https://quotes.ridgelineroofing.com
EAGLEVIEW_API_BASE=https://apicenter.eagleview.com
EAGLEVIEW_CLIENT_ID=0oa4x9r7kqPZ1mnB2697
EAGLEVIEW_CLIENT_SECRET=@@secret@@
EAGLEVIEW_DEFAULT_PRODUCT=PREMIUM_RESIDENTIAL
EAGLEVIEW_DELIVERY=3_DAY
HOVER_ORG_ID=48213
PDF_BUCKET=ridgeline-quote-pdfs
AWS_REGION=us-east-2
DEFAULT_WASTE_PCT=12
TAX_RATE_OH=0.0725
""", draw(40, URLSAFE))

_ev = draw(40, URLSAFE)
add("python/eagleview-client-secret", "estimating/eagleview_orders.py",
    "EagleView API Center: token endpoint with client credentials, PlaceOrder", r'''
"""Order EagleView Premium reports for new leads (cron, every 15 min on the ops box)."""
from __future__ import annotations

import logging

import requests

from estimating.db import mark_ordered, pending_measurement_orders

log = logging.getLogger(__name__)

TOKEN_URL = "https://apicenter.eagleview.com/oauth2/v1/token"
ORDER_URL = "https://apicenter.eagleview.com/v2/Order/PlaceOrder"
CLIENT_ID = "0oa7tq2w8mVbX3kLz697"
CLIENT_SECRET = (
    "@@a@@"
    "@@b@@"
)


def _token() -> str:
    resp = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "scope": "order"},
        auth=(CLIENT_ID, CLIENT_SECRET),
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def main() -> None:
    token = _token()
    for lead in pending_measurement_orders(limit=25):
        body = {
            "OrderReports": [{
                "ReportAddresses": [{"Address": lead.street, "City": lead.city,
                                     "State": lead.state, "Zip": lead.zip, "AddressType": 1}],
                "PrimaryProductId": 31,
                "DeliveryProductId": 8,
                "MeasurementInstructionType": 1,
                "ChangesInLast4Years": False,
            }],
            "PromoCode": "",
        }
        r = requests.post(ORDER_URL, json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        if r.ok:
            mark_ordered(lead.id, r.json()["OrderId"])
        else:
            log.warning("order failed for lead %s: %s", lead.id, r.text[:200])


if __name__ == "__main__":
    main()
''', _ev, a=_ev[:20], b=_ev[20:])

add("typescript/hover-oauth-token", "src/integrations/hover/client.ts",
    "HOVER developer docs: OAuth 2.0 bearer tokens for https://hover.to/api/v2", r"""
import axios, { AxiosInstance } from "axios";

// TODO(mika): move to the secrets manager once the Hover OAuth app is approved for prod
const HOVER_TOKEN = process.env.HOVER_TOKEN ?? "@@secret@@";

export interface HoverJob {
  id: number;
  name: string;
  state: "uploading" | "processing" | "complete" | "failed";
  location_line_1: string;
  location_postal_code: string;
}

export function hoverClient(): AxiosInstance {
  return axios.create({
    baseURL: "https://hover.to/api/v2",
    timeout: 15_000,
    headers: { Authorization: `Bearer ${HOVER_TOKEN}` },
  });
}

export async function completedJobs(since: Date): Promise<HoverJob[]> {
  const { data } = await hoverClient().get("/jobs", {
    params: { state: "complete", updated_after: since.toISOString(), per: 50 },
  });
  return data.results as HoverJob[];
}

export async function measurementsPdf(jobId: number): Promise<Buffer> {
  const { data } = await hoverClient().get(`/jobs/${jobId}/measurements.pdf`, {
    responseType: "arraybuffer",
  });
  return Buffer.from(data);
}
""", draw(43, URLSAFE))

add("ruby/companycam-access-token", "config/initializers/companycam.rb",
    "CompanyCam API v2 docs: Authorization: Bearer access token", r"""
# frozen_string_literal: true

# Photos from the field crews land in CompanyCam; we pull them into the job file nightly.
require "companycam_client"

CompanyCam.configure do |config|
  config.base_url     = "https://api.companycam.com/v2"
  config.access_token = ENV.fetch("COMPANYCAM_TOKEN", "@@secret@@")
  config.timeout      = 20
  config.user_agent   = "summit-exteriors-portal/3.4"
end

Rails.application.config.x.companycam_tag_map = {
  "tear-off"    => "Tear Off",
  "decking"     => "Decking",
  "final"       => "Final Walkthrough",
  "hail-damage" => "Storm Damage",
}.freeze
""", draw(43, URLSAFE))

add("env/decoy-placeholder", "quote-engine/.env.example",
    "dotenv docs: .env.example committed with placeholder values", r"""
# Copy to .env and fill in. Real values live in 1Password > "Quote Engine (prod)".
NODE_ENV=development
PORT=8080
LOG_LEVEL=debug
PUBLIC_BASE_URL=http://localhost:8080
DATABASE_URL=postgres://quote_app:password@localhost:5432/quotes_dev
EAGLEVIEW_API_BASE=https://sandbox.apicenter.eagleview.com
EAGLEVIEW_CLIENT_ID=your-client-id
EAGLEVIEW_CLIENT_SECRET=your-client-secret
HOVER_TOKEN=<hover-oauth-token>
COMPANYCAM_TOKEN=
PANDADOC_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_REPLACE_ME
PDF_BUCKET=ridgeline-quote-pdfs-dev
DEFAULT_WASTE_PCT=12
""")

add("json/decoy-public-widget-id", "public/widgets/instant-estimate.json",
    "Roofr Instant Estimator embed docs: public widget id in the site's script tag", r"""
{
  "widget": "instant-estimate",
  "provider": "roofr",
  "embedId": "rfw_6c2f81a9d04e4b7f",
  "theme": {
    "primary": "#B22222",
    "font": "Montserrat",
    "logo": "/static/img/ridgeline-logo.svg"
  },
  "materials": ["asphalt-architectural", "standing-seam-metal", "synthetic-slate"],
  "priceRange": {"showLow": true, "showHigh": true, "roundTo": 100},
  "leadWebhook": "https://quotes.ridgelineroofing.com/api/leads/roofr",
  "consentText": "By submitting you agree to be contacted by Ridgeline Roofing about your estimate.",
  "analytics": {"ga4MeasurementId": "G-7QK2M4X9PL"}
}
""")

add("php/jobnimbus-api-key", "config/services.php",
    "JobNimbus API docs: Authorization: bearer <API key> for app.jobnimbus.com/api1", r"""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'jobnimbus' => [
        'base_url' => env('JOBNIMBUS_URL', 'https://app.jobnimbus.com/api1'),
        'key' => env('JOBNIMBUS_KEY', '@@secret@@'),
        'default_status' => 'Lead',
        'sales_rep_field' => 'sales_rep_name',
    ],

    'eagleview' => [
        'client_id' => env('EAGLEVIEW_CLIENT_ID'),
        'client_secret' => env('EAGLEVIEW_CLIENT_SECRET'),
    ],

    'google_maps' => [
        'browser_key' => env('GOOGLE_MAPS_BROWSER_KEY'),
    ],

];
""", draw(24, LOWNUM))

add("go/acculynx-api-key", "internal/crm/acculynx.go",
    "AccuLynx API v2 docs: Bearer API key for https://api.acculynx.com/api/v2", r"""
package crm

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	accuLynxBase = "https://api.acculynx.com/api/v2"
	// company key generated under Settings > API Keys (Canton office)
	accuLynxKey = "@@secret@@"
)

type Job struct {
	ID          string    `json:"id"`
	JobName     string    `json:"jobName"`
	Milestone   string    `json:"currentMilestone"`
	CreatedDate time.Time `json:"createdDate"`
}

type AccuLynx struct {
	http *http.Client
}

func NewAccuLynx() *AccuLynx {
	return &AccuLynx{http: &http.Client{Timeout: 20 * time.Second}}
}

func (a *AccuLynx) Jobs(ctx context.Context, milestone string) ([]Job, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		fmt.Sprintf("%s/jobs?milestones=%s&pageSize=50", accuLynxBase, milestone), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+accuLynxKey)
	req.Header.Set("Accept", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("acculynx: %s", resp.Status)
	}
	var page struct {
		Items []Job `json:"items"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&page); err != nil {
		return nil, err
	}
	return page.Items, nil
}
""", uuid_s())

add("yaml/decoy-env-reference", "config/xactimate-mapping.yml",
    "Xactimate price list line item codes (Verisk); values from the environment", r"""
# Maps our estimate line items to Xactimate codes for supplements.
xactanalysis:
  endpoint: https://www.xactanalysis.com/apps/xactanalysis/
  username: ${XACT_USERNAME}
  password: ${XACT_PASSWORD}
  price_list: OHCO8X_MAR24
line_items:
  tear_off_comp:      {code: RFG ARMV,  unit: SQ}
  felt_15lb:          {code: RFG FELT15, unit: SQ}
  ice_water_shield:   {code: RFG IWS,   unit: SF}
  drip_edge:          {code: RFG DRIP,  unit: LF}
  ridge_cap:          {code: RFG RIDGC, unit: LF}
  starter_strip:      {code: RFG ASTR,  unit: LF}
  pipe_jack:          {code: RFG PIPEJ, unit: EA}
  steep_charge_7_9:   {code: RFG STEEP, unit: SQ}
  high_roof_2_story:  {code: RFG HIGH,  unit: SQ}
overhead_and_profit: 0.20
""")

add("json/mssql-password", "QuoteService/appsettings.Production.json",
    "ASP.NET Core configuration docs: ConnectionStrings in appsettings.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Quotes": "Server=tcp:peak-sql01.database.windows.net,1433;Initial Catalog=PeakQuotes;Persist Security Info=False;User ID=quotesvc;Password=@@secret@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Pricing": {
    "ShingleBundlesPerSquare": 3,
    "DefaultWastePercent": 10,
    "LaborRatePerSquare": 95.0
  },
  "Storage": {
    "ProposalContainer": "proposals",
    "AccountName": "peakquotesstorage"
  }
}
""", words_pw())

add("markdown/hover-account-password", "docs/estimating-handover.md",
    "Handover note: shared vendor logins written into a runbook", r"""
# Estimating desk handover (Jenna -> Marcus), March

## Daily
- Check the **Measurements** board in AccuLynx every morning; anything older than 2 days, chase it.
- Hover jobs: the crew lead captures photos with the Hover app, the 3D model comes back in ~24h.
- EagleView: only for commercial or when Hover fails (steep/tree-covered).

## Logins
| System | User | Password | Notes |
|---|---|---|---|
| Hover (team account) | estimating@summitexteriors.net | @@secret@@ | 2FA goes to the office cell |
| AccuLynx | your own login | - | ask Tom for the role |
| Xactimate | via Verisk Identity | - | license seat #3 |

## Supplements
1. Pull the Xactimate estimate from the adjuster email.
2. Compare line items with our Hover measurements (ridge, valleys, drip edge).
3. Send the supplement through XactAnalysis with photos from CompanyCam.

Questions -> #estimating on Slack.
""", words_pw())

add("markdown/decoy-vault-reference", "tools/measurement-importer/README.md",
    "README for an importer; credentials kept in a password manager", r"""
# measurement-importer

Pulls finished roof measurement reports (Hover, EagleView, GAF QuickMeasure) and attaches
the PDF + XML to the job in AccuLynx.

## Setup
```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
cp .env.example .env
```
Fill `.env` from 1Password (vault **Estimating**, item *measurement-importer*):

```
HOVER_TOKEN=<your-hover-token>
ACCULYNX_API_KEY=<company-api-key>
EAGLEVIEW_CLIENT_SECRET=...
```

## Run
```bash
python -m importer --since 2024-03-01 --dry-run
```

Report XML schemas are in `schemas/` (EagleView `ReportXML v2.3`, Hover `measurements.json`).
""")

add("properties/pandadoc-api-key", "proposal-service/src/main/resources/application-prod.properties",
    "PandaDoc API docs: Authorization: API-Key <key>", r"""
spring.application.name=proposal-service
server.port=8085
spring.datasource.url=jdbc:postgresql://db.internal:5432/proposals
spring.datasource.username=proposals
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

pandadoc.base-url=https://api.pandadoc.com/public/v1
pandadoc.api-key=@@secret@@
pandadoc.template.residential=7ZkQ3uVx9hWm2tEc4nBa8R
pandadoc.template.commercial=Lr5pYd2GfK8sJw6mNq3Xt1
pandadoc.reminder-days=3

proposal.valid-days=30
proposal.deposit-percent=33
""", hexs(40))

add("kotlin/google-api-key", "roof-measure/src/main/kotlin/com/peakroofing/measure/SolarInsights.kt",
    "Google Maps Platform Solar API docs: buildingInsights:findClosest?key=API_KEY", r"""
package com.peakroofing.measure

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.get
import io.ktor.client.request.parameter

private const val SOLAR_BASE = "https://solar.googleapis.com/v1"
private const val MAPS_SERVER_KEY = "@@secret@@"

data class RoofSegment(val pitchDegrees: Double, val azimuthDegrees: Double, val areaMeters2: Double)

class SolarInsights(private val http: HttpClient) {

    suspend fun roofSegments(lat: Double, lng: Double): List<RoofSegment> {
        val insights: Map<String, Any?> = http.get("$SOLAR_BASE/buildingInsights:findClosest") {
            parameter("location.latitude", lat)
            parameter("location.longitude", lng)
            parameter("requiredQuality", "HIGH")
            parameter("key", MAPS_SERVER_KEY)
        }.body()
        @Suppress("UNCHECKED_CAST")
        val potential = insights["solarPotential"] as Map<String, Any?>
        @Suppress("UNCHECKED_CAST")
        val segments = potential["roofSegmentStats"] as List<Map<String, Any?>>
        return segments.map {
            @Suppress("UNCHECKED_CAST")
            val stats = it["stats"] as Map<String, Any?>
            RoofSegment(
                pitchDegrees = (it["pitchDegrees"] as Number).toDouble(),
                azimuthDegrees = (it["azimuthDegrees"] as Number).toDouble(),
                areaMeters2 = (stats["areaMeters2"] as Number).toDouble(),
            )
        }
    }

    fun pitchToRise(pitchDegrees: Double): Int =
        Math.round(Math.tan(Math.toRadians(pitchDegrees)) * 12).toInt()
}
""", google_key())

add("plist/decoy-public-token", "InspectApp/Info.plist",
    "Mapbox iOS docs: MBXAccessToken public token (pk.) in Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Roof Inspect</string>
	<key>CFBundleIdentifier</key>
	<string>com.ridgelineroofing.inspect</string>
	<key>CFBundleShortVersionString</key>
	<string>2.7.1</string>
	<key>MBXAccessToken</key>
	<string>@@token@@</string>
	<key>NSCameraUsageDescription</key>
	<string>Take photos of roof damage for your inspection report.</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Tag inspection photos with the job address.</string>
	<key>UIRequiredDeviceCapabilities</key>
	<array>
		<string>arm64</string>
	</array>
</dict>
</plist>
""", token=mapbox_token("pk", "ridgelineroofing"))

add("yaml/smtp-password", "config/proposal-mailer.yml",
    "Microsoft 365 SMTP AUTH client submission (smtp.office365.com:587)", r"""
# Sends signed proposals and deposit receipts to homeowners.
mailer:
  from: "Peak Roofing Proposals <proposals@peakroofingco.com>"
  reply_to: office@peakroofingco.com
  smtp:
    host: smtp.office365.com
    port: 587
    starttls: true
    username: proposals@peakroofingco.com
    password: "@@secret@@"
  bcc_sales_manager: true
templates:
  proposal_sent: templates/proposal_sent.html.j2
  deposit_received: templates/deposit_received.html.j2
  job_scheduled: templates/job_scheduled.html.j2
""", words_pw())

add("typescript/decoy-test-fixture", "src/integrations/hover/__tests__/measurements.fixture.ts",
    "Jest fixture: a Hover measurements payload with ids and checksums", r"""
// Captured from the Hover sandbox (job 913377), ids are sandbox ids.
export const hoverMeasurements = {
  job_id: 913377,
  model_id: "5d0c7a3e-2b61-4f0e-9d7a-6c1e8b2f4a90",
  version: "summarized_json",
  roof: {
    area: { total: 2846.3, pitched: 2790.1, flat: 56.2 },
    pitch: [
      { roof_pitch: "6/12", area: 2120.4 },
      { roof_pitch: "10/12", area: 669.7 },
    ],
    ridges_hips: { length: 96.5 },
    valleys: { length: 41.0 },
    rakes: { length: 118.2 },
    gutters_eaves: { length: 164.8 },
    flashing: { length: 22.0 },
    step_flashing: { length: 31.5 },
  },
  files: {
    pdf_sha256: "9f2c4b1e7a0d3e58c6b2a91f04d7e3c5b8a6f1d2e09c7b4a3f5e6d8c1b2a0f9e",
    xml_etag: "\"a41c9e07d3b25f86e1c0d94b7a2e3f51\"",
  },
};
""")

add("python/decoy-checksum", "estimating/price_sheets.py",
    "Supplier price sheet loader; sha256 pins of the imported files", r'''
"""Load supplier price sheets (ABC Supply, SRS, Beacon) and pin the file we priced from."""
from __future__ import annotations

import csv
import hashlib
from decimal import Decimal
from pathlib import Path

SHEETS = {
    "abc-2024-03": ("abc_supply_oh_2024_03.csv", "3b8e1f0c27d94a6b5e0f1c2d3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d"),
    "srs-2024-03": ("srs_midwest_2024_03.csv", "c0ffee4b1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e"),
    "beacon-2024-02": ("beacon_pro_2024_02.csv", "5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081920"),
}


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load(sheet: str, root: Path) -> dict[str, Decimal]:
    name, pinned = SHEETS[sheet]
    path = root / name
    if sha256_of(path) != pinned:
        raise ValueError(f"{name} changed since it was priced; re-approve the sheet")
    with path.open(newline="") as handle:
        return {row["sku"]: Decimal(row["unit_price"]) for row in csv.DictReader(handle)}
''')

add("sql/sumoquote-api-key", "db/migrations/0042_seed_integration_settings.sql",
    "SumoQuote API docs: API key sent in the request header", r"""
-- 0042: integration settings move from env vars into the settings table (multi-branch)
CREATE TABLE IF NOT EXISTS integration_settings (
    id           serial PRIMARY KEY,
    branch_code  text NOT NULL,
    vendor       text NOT NULL,
    api_base     text NOT NULL,
    api_key      text,
    enabled      boolean NOT NULL DEFAULT true,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (branch_code, vendor)
);

INSERT INTO integration_settings (branch_code, vendor, api_base, api_key, enabled) VALUES
    ('CLE', 'hover',     'https://hover.to/api/v2',        NULL, true),
    ('CLE', 'sumoquote', 'https://api.sumoquote.com/v1',   '@@secret@@', true),
    ('AKR', 'sumoquote', 'https://api.sumoquote.com/v1',   NULL, false);
""", draw(32, LOWNUM))

add("sql/decoy-password-hash", "db/seeds/dev_users.sql",
    "Seed users with bcrypt password hashes (Devise / has_secure_password)", r"""
-- Local development users. Password for all of them is set by scripts/reset_dev_passwords.
INSERT INTO users (email, full_name, role, encrypted_password, created_at) VALUES
  ('owner@example.test',      'Dev Owner',      'admin',     '$2a$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', now()),
  ('estimator@example.test',  'Dev Estimator',  'estimator', '$2a$12$KIXQJ8wPr6aEzGq6f3.6uO6c1eB0wV9yGnWlD4vJ0mQ2uXyZbC7Ca', now()),
  ('crewlead@example.test',   'Dev Crew Lead',  'crew',      '$2a$12$8fKxGv3Hq2mN1pL6sT9wJuQeRcYbZaX0dV4nM7kI5oP3hG2fE1Di6', now()),
  ('office@example.test',     'Dev Office',     'office',    '$2a$12$Wm4qT7nB2vC9xZ1aS8dF5uHjKlPoIuYtReWq3zXcVbNmLkJhGfDs2', now());

INSERT INTO branches (code, name, phone) VALUES
  ('CLE', 'Cleveland', '216-555-0142'),
  ('AKR', 'Akron',     '330-555-0188');
""")

add("toml/roofr-api-key", "tools/lead-sync/config.toml",
    "Roofr API docs: API key in the X-API-KEY header", r"""
[service]
name = "lead-sync"
interval_minutes = 10
timezone = "America/New_York"

[roofr]
base_url = "https://api.roofr.com/v1"
api_key = "@@secret@@"
pipeline = "Residential Retail"

[jobnimbus]
base_url = "https://app.jobnimbus.com/api1"
api_key_env = "JOBNIMBUS_KEY"

[mapping]
"roof_type" = "cf_string_3"
"storm_date" = "cf_date_1"
"insurance_carrier" = "cf_string_7"
""", draw(40))

add("toml/decoy-env-reference", "tools/hail-alerts/config.toml",
    "TOML config naming environment variables rather than values", r"""
[service]
name = "hail-alerts"
interval_minutes = 30

[feeds.tomorrow]
base_url = "https://api.tomorrow.io/v4"
api_key_env = "TOMORROW_API_KEY"
fields = ["hailBinary", "windGust", "precipitationIntensity"]

[feeds.nws]
base_url = "https://api.weather.gov"
user_agent = "(summitexteriors.net, ops@summitexteriors.net)"

[notify]
slack_webhook_env = "SLACK_STORM_WEBHOOK"
min_hail_inches = 1.0
service_area_zip_prefixes = ["440", "441", "442", "443"]
""")

_ev_user, _ev_pw = "ops@ridgelineroofing.com", words_pw()
add("shell/eagleview-password", "scripts/pull_eagleview_reports.sh",
    "EagleView legacy API (webservices.eagleview.com) with HTTP Basic credentials via curl -u", r"""
#!/usr/bin/env bash
# Pull finished EagleView reports (XML + PDF) for yesterday's orders into the estimating share.
set -euo pipefail

OUT=/mnt/estimating/eagleview/$(date -d yesterday +%Y-%m-%d)
mkdir -p "$OUT"

ORDERS=$(curl -fsS -u "@@user@@:@@secret@@" \
  "https://webservices.eagleview.com/v1/Report/GetOrdersCompletedSince?date=$(date -d yesterday +%m/%d/%Y)" \
  | jq -r '.[].ReportId')

for id in $ORDERS; do
  curl -fsS -u "@@user@@:@@secret@@" \
    -o "$OUT/$id.xml" "https://webservices.eagleview.com/v1/Report/GetReportFile?reportId=$id&fileType=4"
  curl -fsS -u "@@user@@:@@secret@@" \
    -o "$OUT/$id.pdf" "https://webservices.eagleview.com/v1/Report/GetReportFile?reportId=$id&fileType=1"
done

echo "pulled $(echo "$ORDERS" | wc -w) reports into $OUT"
""", _ev_pw, user=_ev_user)

# ---------------------------------------------------------------------------------------------
# Crew scheduling: dispatch boards, crew texts and bots, fleet tracking, timesheets.
# ---------------------------------------------------------------------------------------------

add("python/twilio-auth-token", "dispatch/notify.py",
    "Twilio Python helper library docs: Client(account_sid, auth_token)", r'''
"""Text crews their next-day assignments at 6 pm (Celery beat)."""
from __future__ import annotations

from twilio.rest import Client

from dispatch.models import Assignment, tomorrow_assignments

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+12165550177"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def message_for(a: Assignment) -> str:
    return (
        f"{a.crew_name}: tomorrow {a.start_time:%-I:%M %p} at {a.address}. "
        f"{a.squares} sq {a.material}. Dumpster: {a.dumpster or 'none'}. "
        f"Lead: {a.lead_phone}. Reply C to confirm."
    )


def send_all() -> int:
    sent = 0
    for a in tomorrow_assignments():
        client.messages.create(to=a.crew_lead_mobile, from_=FROM_NUMBER, body=message_for(a))
        sent += 1
    return sent
''', hexs(32), sid="AC" + hexs(32))

add("compose/postgres-password", "crew-board/docker-compose.yml",
    "Docker postgres image docs: POSTGRES_PASSWORD environment variable", r"""
services:
  db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: crewboard
      POSTGRES_USER: crewboard
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"

  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://crewboard@db:5432/crewboard
      TZ: America/Chicago
    ports:
      - "3000:3000"

volumes:
  pgdata:
""", rand_pw(22))

add("compose/decoy-env-reference", "crew-board/docker-compose.prod.yml",
    "Docker Compose docs: variable interpolation and file-based secrets", r"""
services:
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: crewboard
      POSTGRES_USER: crewboard
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]

  app:
    image: ghcr.io/lonestar-roofing/crew-board:${TAG:-latest}
    environment:
      DATABASE_URL: ${DATABASE_URL:?set DATABASE_URL}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
      SAMSARA_API_TOKEN: ${SAMSARA_API_TOKEN}
      SESSION_SECRET: ${SESSION_SECRET:?}
    ports:
      - "3000:3000"

secrets:
  pg_password:
    file: ./secrets/pg_password.txt
""")

add("go/telegram-bot-token", "cmd/crewbot/main.go",
    "Telegram Bot API docs: https://api.telegram.org/bot<token>/METHOD", r"""
package main

import (
	"log"
	"os"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Crew leads send "/done <job#>" and a photo when a roof is dried in.
var botToken = "@@secret@@"

func main() {
	if t := os.Getenv("CREWBOT_TOKEN"); t != "" {
		botToken = t
	}
	bot, err := tgbotapi.NewBotAPI(botToken)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("crewbot running as @%s", bot.Self.UserName)

	u := tgbotapi.NewUpdate(0)
	u.Timeout = 60
	for update := range bot.GetUpdatesChan(u) {
		if update.Message == nil || !update.Message.IsCommand() {
			continue
		}
		switch update.Message.Command() {
		case "done":
			markDriedIn(update.Message.CommandArguments(), update.Message.From.UserName, time.Now())
			bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, "Logged. Thanks!"))
		case "tarp":
			bot.Send(tgbotapi.NewMessage(update.Message.Chat.ID, "Tarp request sent to the yard."))
		}
	}
}
""", fakes.telegram_token(_seed()))

add("dart/slack-webhook", "crew_app/lib/services/job_complete.dart",
    "Slack incoming webhooks docs: POST JSON to https://hooks.slack.com/services/...", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../models/job.dart';

/// Posts to #production when a crew marks a roof complete in the app.
class JobCompleteNotifier {
  static const _webhook =
      '@@secret@@';

  Future<void> notify(Job job, String crewName) async {
    final body = jsonEncode({
      'text': ':white_check_mark: ${job.number} ${job.address} completed by $crewName',
      'blocks': [
        {
          'type': 'section',
          'text': {
            'type': 'mrkdwn',
            'text': '*${job.number}* ${job.address}\n${job.squares} sq ${job.material}\nCrew: $crewName',
          },
        },
      ],
    });
    await http.post(Uri.parse(_webhook), headers: {'Content-Type': 'application/json'}, body: body);
  }
}
""", slack_webhook())

_redis_pw = fakes.redis_password(_seed())
add("javascript/redis-password", "crew-board/server/cache.js",
    "node-redis docs: createClient({ url: 'redis://user:password@host:port' })", r"""
const { createClient } = require("redis");

// Upstash instance for the dispatch board (live crew locations, 5 min TTL)
const client = createClient({
  url: "rediss://default:@@secret@@@usw1-crewboard-31877.upstash.io:31877",
  socket: { reconnectStrategy: (retries) => Math.min(retries * 200, 5000) },
});

client.on("error", (err) => console.error("redis", err.message));

async function connect() {
  if (!client.isOpen) await client.connect();
  return client;
}

async function saveLocation(crewId, lat, lng) {
  const c = await connect();
  await c.set(`crew:${crewId}:loc`, JSON.stringify({ lat, lng, at: Date.now() }), { EX: 300 });
}

async function crewLocations(ids) {
  const c = await connect();
  const values = await c.mGet(ids.map((id) => `crew:${id}:loc`));
  return values.map((v) => (v ? JSON.parse(v) : null));
}

module.exports = { saveLocation, crewLocations };
""", _redis_pw)

_pg = rand_pw(24)
add("k8s-secret/postgres-password", "deploy/k8s/scheduler-secret.yaml",
    "Kubernetes docs: Secret with base64-encoded data values", r"""
apiVersion: v1
kind: Secret
metadata:
  name: scheduler-db
  namespace: crew-scheduler
  labels:
    app: scheduler
type: Opaque
data:
  DATABASE_HOST: @@host@@
  DATABASE_URL: @@url@@
  DATABASE_POOL: MTA=
""", _pg, host=b64("sched-pg.crew-scheduler.svc"),
    url=b64(f"postgresql://scheduler:{_pg}@sched-pg.crew-scheduler.svc:5432/scheduler?sslmode=require"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/scheduler-externalsecret.yaml",
    "External Secrets Operator docs: ExternalSecret pulling from AWS Secrets Manager", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: scheduler-db
  namespace: crew-scheduler
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: scheduler-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/crew-scheduler/database
        property: url
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: prod/crew-scheduler/twilio
        property: auth_token
""")

add("github-actions/samsara-api-token", ".github/workflows/fleet-sync.yml",
    "Samsara API docs: Authorization: Bearer samsara_api_ token", r"""
name: fleet-sync

on:
  schedule:
    - cron: "*/20 11-23 * * 1-6"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SAMSARA_API_TOKEN: @@secret@@
      CREWBOARD_URL: https://crews.lonestarroofing.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r fleet/requirements.txt
      - name: Pull truck locations and push to the crew board
        run: python -m fleet.sync --vehicles-tag "Roofing Crews"
""", "samsara_api_" + draw(30))

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-crew-board.yml",
    "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})", r"""
name: deploy-crew-board

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          push: true
          tags: ghcr.io/lonestar-roofing/crew-board:${{ github.sha }}
      - name: Roll out
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_PROD }}
          SAMSARA_API_TOKEN: ${{ secrets.SAMSARA_API_TOKEN }}
        run: |
          echo "$KUBECONFIG_DATA" | base64 -d > kubeconfig
          KUBECONFIG=kubeconfig kubectl -n crew-board set image deploy/web web=ghcr.io/lonestar-roofing/crew-board:${{ github.sha }}
""")

_gsa_pem = fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
_gsa = _gsa_pem.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "scheduler/credentials/crew-calendar-sa.json",
    "Google Cloud docs: service account key file (type service_account, private_key)", r"""
{
  "type": "service_account",
  "project_id": "crew-calendar-41207",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "calendar-sync@crew-calendar-41207.iam.gserviceaccount.com",
  "client_id": "104718826450193347712",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40crew-calendar-41207.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gsa, kid=hexs(40))

add("csv/decoy-ids", "exports/crew_schedule_2024-04-08.csv",
    "Crew schedule export: job numbers, crew ids and phone numbers", r"""
date,job_number,crew_id,crew_lead,lead_mobile,address,squares,material,dumpster_id,status
2024-04-08,J-24-0412,CR-07,Hector R.,+1-214-555-0131,"4410 Bluebonnet Dr, Plano TX",32,GAF Timberline HDZ Charcoal,DMP-2231,scheduled
2024-04-08,J-24-0415,CR-03,Luis M.,+1-214-555-0178,"921 Cedar Elm Ln, Allen TX",27,OC Duration Driftwood,DMP-2240,scheduled
2024-04-08,J-24-0398,CR-11,Darnell W.,+1-214-555-0102,"77 Post Oak Ct, Frisco TX",41,CertainTeed Landmark Pro Max Def Weathered Wood,DMP-2219,in_progress
2024-04-08,J-24-0420,CR-05,Tuan N.,+1-214-555-0164,"1508 Mesquite Trl, McKinney TX",19,GAF Timberline HDZ Pewter Gray,,tarp_only
2024-04-09,J-24-0388,CR-07,Hector R.,+1-214-555-0131,"33 Wren Hollow, Prosper TX",36,Malarkey Vista AR Storm Grey,DMP-2245,scheduled
2024-04-09,J-24-0431,CR-03,Luis M.,+1-214-555-0178,"2600 Legacy Dr, Plano TX",58,Standing seam 24ga Galvalume,DMP-2250,scheduled
""")

add("ini/mysql-password", "legacy-scheduler/scheduler.ini",
    "Python configparser INI with a MySQL connection section", r"""
[general]
company = Great Lakes Roofing & Gutters
timezone = America/Detroit
workday_start = 06:30
rain_delay_threshold_pct = 60

[mysql]
host = 10.20.0.15
port = 3306
database = scheduling
user = sched_app
password = @@secret@@
charset = utf8mb4

[crews]
max_squares_per_day = 30
tearoff_crews = CR1, CR2, CR4
repair_crews = RP1, RP2

[weather]
provider = nws
office = DTX
""", words_pw())

_sched_redis = rand_pw(32)
add("log/redis-password", "logs/scheduler-worker-2024-04-02.log",
    "redis-py ConnectionError text; a worker log that prints the connection URL", r"""
2024-04-02 05:58:01,114 INFO  worker[1] starting scheduler-worker 3.11.2 (pid 2217)
2024-04-02 05:58:01,120 INFO  worker[1] loading crews from db: 14 active
2024-04-02 05:58:01,342 INFO  worker[1] broker=redis://:@@secret@@@10.20.0.31:6379/2
2024-04-02 05:58:04,351 ERROR worker[1] Error 111 connecting to 10.20.0.31:6379. Connection refused.
2024-04-02 05:58:04,352 WARN  worker[1] retrying in 5s (1/10)
2024-04-02 05:58:09,360 INFO  worker[1] connected to broker
2024-04-02 06:00:00,002 INFO  beat     dispatching job morning-weather-check
2024-04-02 06:00:02,877 INFO  task     morning-weather-check: 3 jobs flagged rain>60% (J-1188, J-1192, J-1201)
2024-04-02 06:00:03,015 INFO  task     notify-crews: 9 texts queued
2024-04-02 06:15:00,001 INFO  beat     dispatching job dumpster-reminders
2024-04-02 06:15:00,455 INFO  task     dumpster-reminders: 4 swaps today
""", _sched_redis)

add("log/decoy-redacted", "logs/crew-app-api-2024-04-03.log",
    "API access log with credentials redacted by the logging filter", r"""
2024-04-03T12:01:44Z INFO  http POST /api/v1/auth/login 200 182ms user=hector.r@lonestarroofing.com password=[REDACTED]
2024-04-03T12:01:45Z INFO  http GET  /api/v1/crews/CR-07/assignments 200 41ms auth=Bearer ***
2024-04-03T12:03:10Z INFO  http POST /api/v1/jobs/J-24-0412/photos 201 933ms size=4.1MB
2024-04-03T12:03:11Z INFO  companycam upload ok project=58213347 photo=1877224410 token=****a9Qx
2024-04-03T12:07:52Z WARN  twilio sms failed to=+1214555**** code=21610 (unsubscribed)
2024-04-03T12:08:30Z INFO  http POST /api/v1/timecards 201 57ms crew=CR-07 hours=9.5
2024-04-03T12:11:02Z INFO  samsara vehicles synced=12 token=samsara_api_******** (masked)
2024-04-03T12:15:00Z INFO  session cleanup removed=38
""")

add("swift/pusher-secret", "CrewBoard/Sources/Realtime/PusherConfig.swift",
    "Pusher Channels docs: app_id, key and secret (the secret signs server requests)", r"""
import Foundation

/// Realtime updates for the crew board (job moved, crew checked in).
enum PusherConfig {
    static let appId = "1738204"
    static let key = "@@key@@"
    static let secret = "@@secret@@"
    static let cluster = "us2"

    /// Signs a trigger request so a crew lead's phone can broadcast a check-in.
    static func authSignature(path: String, query: String) -> String {
        let toSign = "POST\n\(path)\n\(query)"
        return HMAC.sha256Hex(key: secret, message: toSign)
    }

    static var channelPrefix: String {
        #if DEBUG
        return "dev-crewboard"
        #else
        return "crewboard"
        #endif
    }
}
""", hexs(20), key=hexs(20))

add("typescript/decoy-public-key", "crew-board/web/src/realtime.ts",
    "Pusher Channels JS docs: the app key is public; private channels authorize on the server", r"""
import Pusher from "pusher-js";

// The app key and cluster are public; private channels go through /api/pusher/auth.
const pusher = new Pusher("8c41e0f27b9d5a36e1f4", {
  cluster: "us2",
  forceTLS: true,
  channelAuthorization: { endpoint: "/api/pusher/auth", transport: "ajax" },
});

export function subscribeBoard(branch: string, onMove: (jobId: string, crewId: string) => void) {
  const channel = pusher.subscribe(`private-crewboard-${branch}`);
  channel.bind("job-moved", (data: { jobId: string; crewId: string }) => onMove(data.jobId, data.crewId));
  return () => pusher.unsubscribe(`private-crewboard-${branch}`);
}

export function disconnect() {
  pusher.disconnect();
}
""")

add("rust/mapbox-secret-token", "crew-router/src/main.rs",
    "Mapbox Optimization API docs: access_token query parameter (sk. secret token)", r"""
use anyhow::Result;
use serde::Deserialize;

const MAPBOX_TOKEN: &str = "@@secret@@";
const YARD: (f64, f64) = (-96.7970, 32.7767);

#[derive(Deserialize, Debug)]
struct Trip {
    distance: f64,
    duration: f64,
}

#[derive(Deserialize, Debug)]
struct Optimized {
    code: String,
    trips: Vec<Trip>,
}

#[tokio::main]
async fn main() -> Result<()> {
    let stops: Vec<(f64, f64)> = crew_router::stops_for_tomorrow("CR-07")?;
    let mut coords = vec![format!("{},{}", YARD.0, YARD.1)];
    coords.extend(stops.iter().map(|(lng, lat)| format!("{lng},{lat}")));
    let url = format!(
        "https://api.mapbox.com/optimized-trips/v1/mapbox/driving-traffic/{}?roundtrip=true&source=first&access_token={}",
        coords.join(";"),
        MAPBOX_TOKEN
    );
    let body: Optimized = reqwest::get(&url).await?.json().await?;
    for trip in body.trips {
        println!("{} stops, {:.1} mi, {:.0} min", stops.len(), trip.distance / 1609.34, trip.duration / 60.0);
    }
    Ok(())
}
""", mapbox_token("sk", "lonestarroofing"))

add("json/fcm-server-key", "crew_app/functions/.runtimeconfig.json",
    "Firebase Cloud Messaging legacy HTTP API docs: Authorization: key=<server key>", r"""
{
  "fcm": {
    "server_key": "@@secret@@",
    "sender_id": "612094477318"
  },
  "crewboard": {
    "api_base": "https://crews.lonestarroofing.com/api/v1",
    "notify_topics": ["crew-leads", "production"]
  },
  "schedule": {
    "reminder_hour": "18",
    "timezone": "America/Chicago"
  }
}
""", fcm_server_key())

add("yaml/decoy-public-dsn", "deploy/helm/crew-board/values.yaml",
    "Sentry docs: the DSN is safe to keep public (it only allows sending events)", r"""
replicaCount: 2
image:
  repository: ghcr.io/lonestar-roofing/crew-board
  tag: "2024.04.1"
service:
  type: ClusterIP
  port: 3000
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: crews.lonestarroofing.com
      paths: [{path: /, pathType: Prefix}]
env:
  NODE_ENV: production
  TZ: America/Chicago
  SENTRY_DSN: https://3f9a1c7e52d04b8e9a61f0c2d7b4e813@o4506123.ingest.us.sentry.io/4506129871
  SENTRY_ENVIRONMENT: production
envFrom:
  - secretRef:
      name: crew-board-secrets
resources:
  requests: {cpu: 100m, memory: 256Mi}
  limits: {memory: 512Mi}
""")

add("python/decoy-regex", "dispatch/validators.py",
    "Input validators: patterns for phone numbers, job numbers and vendor token shapes", r'''
"""Validators for the crew app forms and the integrations settings page."""
import re

PHONE = re.compile(r"^\+1-?\d{3}-?\d{3}-?\d{4}$")
JOB_NUMBER = re.compile(r"^J-\d{2}-\d{4}$")
CREW_ID = re.compile(r"^CR-\d{2}$")

# Shape checks only: the settings page rejects obvious paste mistakes before saving to the vault.
TOKEN_SHAPES = {
    "twilio_account_sid": re.compile(r"^AC[0-9a-f]{32}$"),
    "twilio_auth_token": re.compile(r"^[0-9a-f]{32}$"),
    "samsara_api_token": re.compile(r"^samsara_api_[A-Za-z0-9]{30}$"),
    "slack_webhook": re.compile(r"^https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}$"),
}


def looks_like(kind: str, value: str) -> bool:
    pattern = TOKEN_SHAPES.get(kind)
    return bool(pattern and pattern.match(value.strip()))
''')

add("shell/postgres-password", "ops/backup-crew-board.sh",
    "PostgreSQL docs: PGPASSWORD environment variable for pg_dump", r"""
#!/bin/sh
# nightly at 01:30 from the office NUC (crontab -l)
set -e
STAMP=$(date +%Y%m%d)
DEST=/volume1/backups/crew-board

export PGPASSWORD='@@secret@@'
pg_dump -h crew-board-db.cz8kq1x2m3ab.us-east-2.rds.amazonaws.com -U crewboard -d crewboard -Fc \
  -f "$DEST/crewboard-$STAMP.dump"
unset PGPASSWORD

find "$DEST" -name 'crewboard-*.dump' -mtime +21 -delete
echo "$(date) backup ok $(du -h "$DEST/crewboard-$STAMP.dump" | cut -f1)" >> "$DEST/backup.log"
""", words_pw())

add("terraform/rds-master-password", "infra/scheduler/rds.tf",
    "Terraform AWS provider docs: aws_db_instance password argument", r"""
resource "aws_db_subnet_group" "scheduler" {
  name       = "scheduler"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "scheduler" {
  identifier                 = "crew-scheduler"
  engine                     = "postgres"
  engine_version             = "15.5"
  instance_class             = "db.t4g.small"
  allocated_storage          = 40
  db_name                    = "scheduler"
  username                   = "scheduler_admin"
  password                   = "@@secret@@"
  db_subnet_group_name       = aws_db_subnet_group.scheduler.name
  vpc_security_group_ids     = [aws_security_group.db.id]
  backup_retention_period    = 14
  deletion_protection        = true
  skip_final_snapshot        = false
  final_snapshot_identifier  = "crew-scheduler-final"
  auto_minor_version_upgrade = true

  tags = {
    app   = "crew-scheduler"
    owner = "ops@lonestarroofing.com"
  }
}
""", rand_pw(20, "!#%^*"))

add("java/sftp-password", "timesheets/src/main/java/com/greatlakesroofing/timesheets/PayrollUpload.java",
    "JSch docs: Session.setPassword for SFTP upload", r"""
package com.greatlakesroofing.timesheets;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;

import java.nio.file.Path;

/** Uploads the weekly crew timesheet CSV to the payroll provider's SFTP drop. */
public final class PayrollUpload {

    private static final String HOST = "sftp.paychexflex.example-payroll.com";
    private static final int PORT = 22;
    private static final String USER = "glr_0048213";
    private static final String PASSWORD = "@@secret@@";
    private static final String REMOTE_DIR = "/inbound/timesheets";

    private PayrollUpload() {}

    public static void upload(Path csv) throws Exception {
        JSch jsch = new JSch();
        Session session = jsch.getSession(USER, HOST, PORT);
        session.setPassword(PASSWORD);
        session.setConfig("StrictHostKeyChecking", "yes");
        jsch.setKnownHosts(System.getProperty("user.home") + "/.ssh/known_hosts");
        session.connect(15_000);
        ChannelSftp sftp = (ChannelSftp) session.openChannel("sftp");
        sftp.connect();
        try {
            sftp.cd(REMOTE_DIR);
            sftp.put(csv.toString(), csv.getFileName().toString());
        } finally {
            sftp.disconnect();
            session.disconnect();
        }
    }
}
""", words_pw())

# ---------------------------------------------------------------------------------------------
# Drone roof inspections and imagery: flight exports, orthomosaics, damage detection, storage.
# ---------------------------------------------------------------------------------------------

add("python/dronedeploy-api-key", "imagery/dronedeploy_export.py",
    "DroneDeploy GraphQL API docs: Authorization: Bearer <API key>", r'''
"""Export roof maps from DroneDeploy as GeoTIFF + PDF report for each inspection."""
from __future__ import annotations

import time

import requests

GRAPHQL = "https://www.dronedeploy.com/graphql"
DD_API_KEY = "@@secret@@"

EXPORT = """
mutation Export($planId: ID!) {
  createExport(input: {planId: $planId, parameters: {layer: ORTHOMOSAIC, fileFormat: GEOTIFF, resolution: 2}}) {
    export { id status }
  }
}
"""
STATUS = "query S($id: ID!) { node(id: $id) { ... on Export { status downloadPath } } }"


def gql(query: str, **variables) -> dict:
    r = requests.post(GRAPHQL, json={"query": query, "variables": variables},
                      headers={"Authorization": f"Bearer {DD_API_KEY}"}, timeout=30)
    r.raise_for_status()
    return r.json()["data"]


def export_ortho(plan_id: str) -> str:
    export_id = gql(EXPORT, planId=plan_id)["createExport"]["export"]["id"]
    for _ in range(60):
        node = gql(STATUS, id=export_id)["node"]
        if node["status"] == "COMPLETE":
            return node["downloadPath"]
        time.sleep(10)
    raise TimeoutError(plan_id)
''', hexs(32))

add("notebook/roboflow-api-key", "notebooks/hail_damage_detection.ipynb",
    "Roboflow Python SDK docs: Roboflow(api_key=...) in a Jupyter notebook", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Hail hit detection on drone roof photos\n", "Model: `roof-hail-hits/7` trained on 2023 storm season images."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from roboflow import Roboflow\n",
    "import supervision as sv\n",
    "import cv2\n",
    "\n",
    "rf = Roboflow(api_key=\"@@secret@@\")\n",
    "project = rf.workspace(\"ridgeline-roofing\").project(\"roof-hail-hits\")\n",
    "model = project.version(7).model"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["test square: 14 hits / 100 sq ft (threshold 8)\n"]
    }
   ],
   "source": [
    "img = \"samples/J-1188_south_slope_test_square.jpg\"\n",
    "pred = model.predict(img, confidence=45, overlap=30).json()\n",
    "hits = [p for p in pred[\"predictions\"] if p[\"class\"] == \"hail_hit\"]\n",
    "print(f\"test square: {len(hits)} hits / 100 sq ft (threshold 8)\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.7"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", draw(20))

add("notebook/decoy-env-reference", "notebooks/ortho_pitch_estimate.ipynb",
    "Jupyter notebook reading its token from the environment / getpass", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Pitch from the DroneDeploy elevation model\n", "Token comes from `DD_API_KEY` (set in the JupyterHub profile), never paste it here."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\n",
    "import numpy as np\n",
    "import rasterio\n",
    "\n",
    "DD_API_KEY = os.environ.get(\"DD_API_KEY\") or getpass.getpass(\"DroneDeploy API key: \")\n",
    "dem = rasterio.open(\"exports/J-1201_dsm.tif\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["south facet: 33.7 deg -> 8/12\n"]
    }
   ],
   "source": [
    "z = dem.read(1)\n",
    "gy, gx = np.gradient(z, dem.res[1], dem.res[0])\n",
    "slope = np.degrees(np.arctan(np.hypot(gx, gy)))\n",
    "deg = np.median(slope[2200:2400, 1500:1800])\n",
    "print(f\"south facet: {deg:.1f} deg -> {round(np.tan(np.radians(deg)) * 12)}/12\")"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

_img_id, _img_secret = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("env/aws-secret-key", "imagery-pipeline/.env",
    "AWS CLI docs: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables", r"""
# imagery-pipeline (runs on the inspection laptop and on the office NUC)
AWS_ACCESS_KEY_ID=@@kid@@
AWS_SECRET_ACCESS_KEY=@@secret@@
AWS_DEFAULT_REGION=us-east-2
RAW_BUCKET=ridgeline-drone-raw
ORTHO_BUCKET=ridgeline-drone-orthos
THUMB_WIDTH=640
MAX_PARALLEL_UPLOADS=6
EXIF_STRIP_GPS_FOR_CUSTOMER_COPY=true
""", _img_secret, kid=_img_id)

_b3id, _b3sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/aws-secret-key", "imagery/thumbs_lambda.py",
    "boto3 docs: client('s3', aws_access_key_id=..., aws_secret_access_key=...)", r'''
"""Make 640px thumbnails of new drone photos for the inspection report."""
import io

import boto3
from PIL import Image

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)


def handler(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = record["s3"]["object"]["key"]
        if not key.lower().endswith((".jpg", ".jpeg")):
            continue
        body = s3.get_object(Bucket=bucket, Key=key)["Body"].read()
        img = Image.open(io.BytesIO(body))
        img.thumbnail((640, 640))
        out = io.BytesIO()
        img.save(out, "JPEG", quality=82)
        s3.put_object(Bucket="ridgeline-drone-thumbs", Key=key, Body=out.getvalue(),
                      ContentType="image/jpeg")
    return {"ok": True}
''', _b3sec, kid=_b3id)

add("yaml/pix4d-client-secret", "config/pix4d.yml",
    "Pix4D Cloud API docs: OAuth2 client credentials (client_id, client_secret)", r"""
pix4d:
  api_base: https://cloud.pix4d.com
  token_url: https://cloud.pix4d.com/oauth2/token/
  client_id: 6yQpNwZ3tK8rVbL1mXc4
  client_secret: @@secret@@
  processing:
    template: 3d-maps
    outputs: [orthomosaic, dsm, point_cloud]
    gsd_cm: 1.5
  projects_folder: "Roof Inspections/2024"
  notify_email: imagery@summitexteriors.net
""", draw(48, URLSAFE))

add("typescript/skydio-api-token", "inspections-web/app/api/skydio/flights/route.ts",
    "Skydio Cloud API docs: API token in the Authorization header", r"""
import { NextResponse } from "next/server";

const SKYDIO_API = "https://api.skydio.com/api/v0";
const SKYDIO_TOKEN = "@@secret@@";

type Flight = {
  flight_id: string;
  vehicle_serial: string;
  takeoff: string;
  landing: string;
  user_email: string;
};

export async function GET(req: Request) {
  const { searchParams } = new URL(req.url);
  const since = searchParams.get("since") ?? new Date(Date.now() - 7 * 864e5).toISOString();
  const res = await fetch(`${SKYDIO_API}/flights?takeoff_since=${encodeURIComponent(since)}`, {
    headers: { Authorization: SKYDIO_TOKEN, Accept: "application/json" },
    next: { revalidate: 300 },
  });
  if (!res.ok) {
    return NextResponse.json({ error: `skydio ${res.status}` }, { status: 502 });
  }
  const body = (await res.json()) as { data: { flights: Flight[] } };
  return NextResponse.json(body.data.flights);
}
""", hexs(64))

add("json/decoy-ids", "inspections/J-24-0412/flight-meta.json",
    "DJI flight record metadata: serial numbers, photo checksums, coordinates", r"""
{
  "job": "J-24-0412",
  "pilot": "Hector R. (Part 107 #4417392)",
  "aircraft": {"model": "DJI Mavic 3 Enterprise", "serial": "1581F5FJD23A400B2C9F", "firmware": "07.01.10.03"},
  "flight": {
    "id": "a7f3e2c1-9b8d-4e6f-8a1b-2c3d4e5f6a7b",
    "started": "2024-04-08T14:02:11Z",
    "ended": "2024-04-08T14:19:47Z",
    "max_agl_ft": 180,
    "laanc_authorization": "NOT_REQUIRED"
  },
  "photos": [
    {"file": "DJI_0001.JPG", "sha1": "4c1a9e0b7d3f25e86a1b0c9d4e7f3a2b5c8d1e6f", "lat": 33.01944, "lon": -96.69892},
    {"file": "DJI_0002.JPG", "sha1": "9e7d2a1c0b3f48e65d7c1a2b9e0f3c4d5a6b7c8d", "lat": 33.01951, "lon": -96.69875},
    {"file": "DJI_0003.JPG", "sha1": "0b8c3d2e1f4a59b76e8d2c3b0a1f4e5d6c7b8a9f", "lat": 33.01960, "lon": -96.69861}
  ],
  "storage": {"bucket": "ridgeline-drone-raw", "prefix": "2024/04/J-24-0412/", "etag": "d41d8cd98f00b204e9800998ecf8427e-3"}
}
""")

add("xml/decoy-flight-plan", "flightplans/J-24-0415_roof_grid.kml",
    "KML flight plan (DJI Pilot 2 / FlightHub 2 waypoint mission)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:wpml="http://www.dji.com/wpmz/1.0.2">
  <Document>
    <name>J-24-0415 roof grid</name>
    <wpml:author>ridgeline-imagery</wpml:author>
    <wpml:createTime>1712583600000</wpml:createTime>
    <wpml:missionConfig>
      <wpml:flyToWaylineMode>safely</wpml:flyToWaylineMode>
      <wpml:finishAction>goHome</wpml:finishAction>
      <wpml:takeOffSecurityHeight>30</wpml:takeOffSecurityHeight>
      <wpml:globalTransitionalSpeed>8</wpml:globalTransitionalSpeed>
    </wpml:missionConfig>
    <Folder>
      <wpml:templateId>0</wpml:templateId>
      <wpml:templateType>mapping2d</wpml:templateType>
      <Placemark>
        <Polygon><outerBoundaryIs><LinearRing><coordinates>
          -96.67102,33.10241,0 -96.67061,33.10241,0 -96.67061,33.10212,0 -96.67102,33.10212,0 -96.67102,33.10241,0
        </coordinates></LinearRing></outerBoundaryIs></Polygon>
        <wpml:ellipsoidHeight>45</wpml:ellipsoidHeight>
        <wpml:overlap><wpml:orthoCameraOverlapH>80</wpml:orthoCameraOverlapH><wpml:orthoCameraOverlapW>70</wpml:orthoCameraOverlapW></wpml:overlap>
      </Placemark>
    </Folder>
  </Document>
</kml>
""")

add("ini/backblaze-application-key", "ops/rclone/rclone.conf",
    "rclone docs: Backblaze B2 remote (account = keyID, key = applicationKey)", r"""
[b2-imagery]
type = b2
account = @@kid@@
key = @@secret@@
hard_delete = false

[imagery-archive]
type = crypt
remote = b2-imagery:ridgeline-imagery-archive
filename_encryption = off
directory_name_encryption = false

[nas]
type = local
""", b2_app_key(), kid=b2_key_id())

_sas_raw = base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
_sas_sig = _sas_raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("shell/azure-sas-token", "scripts/upload_orthos.sh",
    "Azure Storage docs: account SAS token (sv, ss, srt, sp, se, sig) with azcopy", r"""
#!/usr/bin/env bash
# Push finished orthomosaics to the adjuster portal container (the carrier reads from here).
set -euo pipefail

JOB="${1:?usage: upload_orthos.sh J-24-0412}"
SRC="/data/orthos/${JOB}"
SAS="sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2025-12-31T23:59:59Z&st=2024-01-02T14:00:00Z&spr=https&sig=@@secret@@"

azcopy copy "${SRC}/*" \
  "https://summitimagery.blob.core.windows.net/adjuster-share/${JOB}/?${SAS}" \
  --recursive --overwrite=ifSourceNewer --log-level=WARNING

echo "uploaded ${JOB} -> adjuster-share"
""", _sas_sig)

add("log/decoy-presigned-url", "logs/report-builder-2024-03-05.log",
    "AWS S3 docs: presigned GET URLs (X-Amz-Signature, expired after X-Amz-Expires)", r"""
2024-03-05 15:40:02 INFO  report-builder J-24-0298: 46 photos, 12 flagged (hail 9, wind 3)
2024-03-05 15:40:09 INFO  report-builder rendered PDF 8.2 MB
2024-03-05 15:40:10 INFO  report-builder link for homeowner (expires 15 min): https://ridgeline-reports.s3.us-east-2.amazonaws.com/2024/03/J-24-0298/inspection.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA4RZQ7XW2HJ3NLT6P%2F20240305%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20240305T154010Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=2f9c7a1e4b8d03f65a2c91e7b4d0f38a6c5e2b1d9f07a43e8c6b5d2a1f09e7c3
2024-03-05 15:40:11 INFO  mailer sent to homeowner (message-id <20240305154011.4217@ridgelineroofing.com>)
2024-03-05 15:41:00 INFO  report-builder idle
""")

add("markdown/dji-account-password", "docs/drone-program/pilot-handover.md",
    "Handover note with a shared DJI account login (DJI Pilot 2 / FlightHub 2)", r"""
# Drone program - pilot handover (spring 2024)

## Fleet
| Aircraft | Serial | Batteries | Notes |
|---|---|---|---|
| Mavic 3 Enterprise #1 | 1581F5FJD23A400B2C9F | 6 | primary, RTK module |
| Mavic 3 Enterprise #2 | 1581F5FJD23A400B7D11 | 4 | backup |

## Accounts
- FlightHub 2 org: "Summit Exteriors Imagery" (owner: ops@summitexteriors.net)
- DJI account used on both controllers: `imagery@summitexteriors.net` / `@@secret@@`
- DroneDeploy: your own seat, ask Dana.

## Before every flight
1. Check B4UFLY / LAANC for the address (most of our area is Class E, some near KCAK is Class C).
2. Log the flight in the binder and in AirData.
3. Roof grid: 45 m AGL, 80/70 overlap, then obliques of every facet and chimney.

## After
- Upload SD card to `\\NAS01\Drone\incoming\<job>` the same day.
""", words_pw())

add("python/openai-api-key", "damage_report/summarize.py",
    "OpenAI Python library docs: OpenAI(api_key=...)", r'''
"""Draft the narrative section of a drone inspection report from the detector's findings."""
from __future__ import annotations

from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You write short, factual roof inspection summaries for homeowners and insurance adjusters. "
    "Do not speculate about coverage. Use the counts given; mention test squares by slope."
)


def narrative(job: str, findings: dict[str, int], notes: str) -> str:
    lines = "\n".join(f"- {slope}: {hits} hail hits per test square" for slope, hits in findings.items())
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "user", "content": f"Job {job}\n{lines}\nInspector notes: {notes}"},
        ],
    )
    return resp.choices[0].message.content.strip()
''', fakes.openai_key(_seed()))

add("go/cloudinary-api-secret", "services/gallery/cloudinary.go",
    "Cloudinary Go SDK docs: cloudinary.NewFromURL(\"cloudinary://<api_key>:<api_secret>@<cloud_name>\")", r"""
package gallery

import (
	"context"
	"fmt"

	"github.com/cloudinary/cloudinary-go/v2"
	"github.com/cloudinary/cloudinary-go/v2/api/uploader"
)

// Homeowner-facing before/after gallery images.
const cloudinaryURL = "cloudinary://@@apikey@@:@@secret@@@ridgeline-roofing"

type Gallery struct{ cld *cloudinary.Cloudinary }

func New() (*Gallery, error) {
	cld, err := cloudinary.NewFromURL(cloudinaryURL)
	if err != nil {
		return nil, err
	}
	return &Gallery{cld: cld}, nil
}

func (g *Gallery) UploadBeforeAfter(ctx context.Context, job, stage, path string) (string, error) {
	res, err := g.cld.Upload.Upload(ctx, path, uploader.UploadParams{
		Folder:   fmt.Sprintf("jobs/%s", job),
		PublicID: stage,
		Tags:     []string{"roof", stage},
	})
	if err != nil {
		return "", err
	}
	return res.SecureURL, nil
}
""", draw(27, URLSAFE), apikey=str(_rng().randint(10**14, 10**15 - 1)))

add("dockerfile/huggingface-token", "damage-model/Dockerfile",
    "Hugging Face Hub docs: HF_TOKEN environment variable (hf_ user access token)", r"""
FROM pytorch/pytorch:2.2.1-cuda12.1-cudnn8-runtime

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    HF_HOME=/models/hf \
    HF_TOKEN=@@secret@@

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# private fine-tune of the roof segmentation model
RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('summit-exteriors/roof-facet-segformer', local_dir='/models/segformer')"

COPY damage_model/ damage_model/
EXPOSE 8000
CMD ["uvicorn", "damage_model.api:app", "--host", "0.0.0.0", "--port", "8000"]
""", "hf_" + draw(34, string.ascii_letters))

add("dockerfile/decoy-build-secret", "imagery-pipeline/Dockerfile",
    "Docker docs: build secrets with RUN --mount=type=secret", r"""
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim

RUN apt-get update && apt-get install -y --no-install-recommends gdal-bin libgl1 exiftool \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
# private wheel index token is mounted only for this step, never stored in a layer
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://imagery:$(cat /run/secrets/pip_index_token)@pypi.summitexteriors.net/simple" \
    pip install --no-cache-dir -r requirements.txt

COPY pipeline/ pipeline/
ENV AWS_REGION=us-east-2
USER 1000
ENTRYPOINT ["python", "-m", "pipeline"]
""")

add("netrc/wandb-api-key", "damage-model/.netrc",
    "Weights & Biases docs: wandb login stores the API key in ~/.netrc for api.wandb.ai", r"""
machine api.wandb.ai
  login user
  password @@secret@@
machine ftp.usgs.gov
  login anonymous
  password imagery@summitexteriors.net
""", hexs(40))

add("csv/decoy-checksum", "inspections/index/2024-04.csv",
    "Imagery index export: photo checksums, GPS and altitude per inspection", r"""
job,photo,captured_utc,lat,lon,alt_agl_m,sha256,flag
J-24-0412,DJI_0014.JPG,2024-04-08T14:05:33Z,33.019522,-96.698701,45.2,e3b7c1f09a2d48e65b1c0d7e9f3a4b2c5d6e7f8091a2b3c4d5e6f708192a3b4c,hail
J-24-0412,DJI_0015.JPG,2024-04-08T14:05:36Z,33.019530,-96.698655,45.1,7a1c9e3b5d0f24e86c2b1a0d9e8f7c6b5a4d3c2b1e0f9a8b7c6d5e4f3a2b1c0d,
J-24-0412,DJI_0022.JPG,2024-04-08T14:07:02Z,33.019611,-96.698512,12.8,0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0,wind
J-24-0415,DJI_0003.JPG,2024-04-09T15:11:47Z,33.102301,-96.670844,44.9,b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6,
J-24-0415,DJI_0009.JPG,2024-04-09T15:13:20Z,33.102188,-96.670790,10.4,4d3c2b1a0f9e8d7c6b5a49382716f5e4d3c2b1a0f9e8d7c6b5a49382716f5e4d,hail
""")

_wasabi_id = draw(20, UPNUM)
add("kotlin/wasabi-secret-key", "imagery-ingest/src/main/kotlin/net/summitexteriors/ingest/Storage.kt",
    "Wasabi docs: S3-compatible endpoint s3.us-east-2.wasabisys.com with access and secret keys", r"""
package net.summitexteriors.ingest

import aws.sdk.kotlin.runtime.auth.credentials.StaticCredentialsProvider
import aws.sdk.kotlin.services.s3.S3Client
import aws.sdk.kotlin.services.s3.model.PutObjectRequest
import aws.smithy.kotlin.runtime.content.asByteStream
import aws.smithy.kotlin.runtime.net.url.Url
import java.io.File

object Storage {
    private val client = S3Client {
        region = "us-east-2"
        endpointUrl = Url.parse("https://s3.us-east-2.wasabisys.com")
        credentialsProvider = StaticCredentialsProvider {
            accessKeyId = "@@kid@@"
            secretAccessKey = "@@secret@@"
        }
    }

    suspend fun put(job: String, file: File) {
        client.putObject(PutObjectRequest {
            bucket = "summit-drone-raw"
            key = "$job/${file.name}"
            body = file.asByteStream()
            contentType = "image/jpeg"
        })
    }
}
""", draw(40, ALNUM + "+/"), kid=_wasabi_id)

add("toml/minio-secret-key", "ortho-tiler/config.toml",
    "MinIO docs: access key / secret key for the S3 API", r"""
[server]
bind = "0.0.0.0:8088"
workers = 4

[tiles]
min_zoom = 17
max_zoom = 23
format = "webp"
cache_dir = "/var/cache/ortho-tiler"

[storage]
endpoint = "http://nas01.office.lan:9000"
bucket = "orthos"
access_key = "tiler"
secret_key = "@@secret@@"
region = "us-east-1"
""", rand_pw(32))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/imagery-sealedsecret.yaml",
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetrically encrypted)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: imagery-pipeline
  namespace: imagery
spec:
  encryptedData:
    AWS_SECRET_ACCESS_KEY: AgBy3i4OJSWK+PiTySYZZA9rO43cGDEq7mS1xpaW0nTmhCvw8IBlRN6TD4k9Q3PsxtZ+fMGd1t2Yf6vCFkHq8lTJXwz0aBcDqvG3bS7mRpL9nE2uVtYkZ1wXh4oAQfIj5sN8dKgMbCe0hUyRr6TqW3zLxVjO7p2a9sDfGhJkLmNbVcXzQwErTyUiOpAsDfGhJkLzXcVbNmQwErTy
    DD_API_KEY: AgCtr5uB2j9V0qzYfH3nW8kLmPxS6aRdEg1TcUo4IvJb7NwQyZeK5hFsXlMtGpOiDaB2nC8rVjY0kWqU3zLxHf6sTgE9mRpA1bNcVdXuZiJkOlPwQeYtRs4GhJkLmNbVcXzQwErTyUiOpAsDfGhJkLzXc==
  template:
    metadata:
      name: imagery-pipeline
      namespace: imagery
    type: Opaque
""")

_tf_id, _tf_secret = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("terraform/aws-secret-key", "infra/imagery/main.tf",
    "Terraform AWS provider docs: static credentials in the provider block (not recommended)", r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "raw" {
  bucket = "ridgeline-drone-raw"
}

resource "aws_s3_bucket_lifecycle_configuration" "raw" {
  bucket = aws_s3_bucket.raw.id
  rule {
    id     = "to-glacier"
    status = "Enabled"
    transition {
      days          = 60
      storage_class = "GLACIER_IR"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "raw" {
  bucket                  = aws_s3_bucket.raw.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
""", _tf_secret, kid=_tf_id)

add("powershell/smb-password", "scripts/Sync-DroneCards.ps1",
    "PowerShell docs: New-PSDrive -Credential with a PSCredential built from a plain string", r"""
# Copies DJI SD cards plugged into the imagery laptop to the NAS, one folder per job.
param(
    [Parameter(Mandatory)] [string] $Job,
    [string] $Card = "E:\DCIM\100MEDIA"
)

$user = "OFFICE\imagery"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

New-PSDrive -Name Drone -PSProvider FileSystem -Root "\\NAS01\Drone" -Credential $cred | Out-Null
$dest = "Drone:\incoming\$Job"
New-Item -ItemType Directory -Force -Path $dest | Out-Null

Get-ChildItem $Card -Filter *.JPG | ForEach-Object {
    Copy-Item $_.FullName -Destination $dest
}
Write-Host "Copied $((Get-ChildItem $dest).Count) photos for $Job"
Remove-PSDrive Drone
""", words_pw())

add("python/decoy-hash", "imagery/dedupe.py",
    "Perceptual-hash dedupe of near-identical drone photos (imagehash)", r'''
"""Drop near-duplicate photos before the inspection report (same facet shot twice)."""
from __future__ import annotations

from pathlib import Path

import imagehash
from PIL import Image

# Known "bad" frames (lens cap, sky only, ground while landing) by average hash.
JUNK_HASHES = {
    imagehash.hex_to_hash("0000000000000000"),
    imagehash.hex_to_hash("ffffffffffffffff"),
    imagehash.hex_to_hash("f8f0e0c0c0808000"),
}


def dedupe(photos: list[Path], max_distance: int = 4) -> list[Path]:
    kept: list[tuple[imagehash.ImageHash, Path]] = []
    for photo in sorted(photos):
        h = imagehash.phash(Image.open(photo))
        if any(h - junk <= 2 for junk in JUNK_HASHES):
            continue
        if all(h - other > max_distance for other, _ in kept):
            kept.append((h, photo))
    return [p for _, p in kept]
''')

add("yaml/decoy-vault-reference", "config/dji-cloud.yml",
    "DJI Cloud API docs: app id / app key / license; here read from HashiCorp Vault", r"""
dji_cloud:
  mqtt:
    host: emqx.imagery.internal
    port: 1883
    username: dock-gateway
    password: vault:secret/data/imagery/dji#mqtt_password
  app:
    id: vault:secret/data/imagery/dji#app_id
    key: vault:secret/data/imagery/dji#app_key
    license: vault:secret/data/imagery/dji#app_license
  workspace_id: e3dea0f5-37f2-4d79-ae58-490af3228069
  docks:
    - sn: 4TADKAQ000010J
      name: Yard dock
media:
  bucket: summit-drone-raw
  region: us-east-2
""")

# ---------------------------------------------------------------------------------------------
# Material suppliers: ordering portals and APIs, punchout, EDI, ERP.
# ---------------------------------------------------------------------------------------------


def cert_pem() -> str:
    r = _rng()
    lines = ["MIIDxTCCAq2gAwIBAgIU" + "".join(r.choice(B64CH) for _ in range(44))]
    lines += ["".join(r.choice(B64CH) for _ in range(64)) for _ in range(8)]
    lines.append("".join(r.choice(B64CH) for _ in range(38)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def vault_blob(lines: int = 6) -> str:
    return "\n".join("          " + hexs(80) for _ in range(lines))


add("python/abc-supply-client-secret", "suppliers/abc_supply.py",
    "ABC Supply partner API docs: OAuth2 client credentials, Bearer token for order endpoints", r'''
"""Place material orders with ABC Supply for approved jobs (roof + accessories)."""
from __future__ import annotations

from dataclasses import dataclass

import httpx

AUTH_URL = "https://auth.partners.abcsupply.com/oauth2/ausvvp0xuwGKLenYy357/v1/token"
API = "https://partners.abcsupply.com/api/order/v2"
CLIENT_ID = "0oa1t9w5k3nVxQz2R358"
CLIENT_SECRET = "@@secret@@"
BILL_TO = "2004718"


@dataclass
class Line:
    item_number: str
    quantity: int
    uom: str


def token() -> str:
    r = httpx.post(AUTH_URL, data={"grant_type": "client_credentials", "scope": "order.write location.read"},
                   auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def place_order(job: str, branch: str, deliver_on: str, lines: list[Line]) -> str:
    body = {
        "requestId": job,
        "purchaseOrder": job,
        "billToNumber": BILL_TO,
        "branchNumber": branch,
        "deliveryService": "OTG",
        "dates": {"deliveryRequestedFor": deliver_on},
        "lines": [{"itemNumber": l.item_number, "quantity": l.quantity, "uom": l.uom} for l in lines],
    }
    r = httpx.post(f"{API}/orders", json=body, headers={"Authorization": f"Bearer {token()}"}, timeout=30)
    r.raise_for_status()
    return r.json()["orderNumber"]
''', draw(40, URLSAFE))

add("csharp/srs-api-subscription-key", "SupplierHub/Services/SrsClient.cs",
    "Azure API Management docs: Ocp-Apim-Subscription-Key header (SRS Distribution API)", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace SupplierHub.Services;

public sealed class SrsClient
{
    private readonly HttpClient _http;

    public SrsClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://api.srsdistribution.com/partner/v1/");
        _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "@@secret@@");
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<IReadOnlyList<BranchStock>> StockAsync(string branchCode, IEnumerable<string> skus, CancellationToken ct)
    {
        var url = $"branches/{branchCode}/availability?items={string.Join(',', skus)}";
        var result = await _http.GetFromJsonAsync<List<BranchStock>>(url, ct);
        return result ?? new List<BranchStock>();
    }

    public async Task<string> SubmitOrderAsync(SrsOrder order, CancellationToken ct)
    {
        var response = await _http.PostAsJsonAsync("orders", order, ct);
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(cancellationToken: ct);
        return created!["orderId"];
    }
}

public record BranchStock(string Sku, string Description, int OnHand, string Uom);
public record SrsOrder(string PoNumber, string BranchCode, DateOnly DeliveryDate, List<SrsLine> Lines);
public record SrsLine(string Sku, int Quantity, string Uom);
""", hexs(32))

add("ruby/beacon-pro-password", "app/jobs/beacon_order_job.rb",
    "Beacon PRO+ API docs: login with username, password and siteId, then order with the session", r"""
# frozen_string_literal: true

class BeaconOrderJob < ApplicationJob
  queue_as :suppliers

  BEACON_API = "https://beaconproplus.com/v1/rest/com/becn"
  CREDENTIALS = {
    username: "purchasing@greatlakesroofing.com",
    password: "@@secret@@",
    siteId: "homeSite",
    persistentLoginType: "RememberMe",
  }.freeze

  def perform(order_id)
    order = MaterialOrder.find(order_id)
    http = HTTP.persistent(BEACON_API)
    login = http.post("#{BEACON_API}/login", json: CREDENTIALS)
    raise "beacon login failed: #{login.status}" unless login.status.success?

    cookies = login.cookies
    order.lines.each do |line|
      http.cookies(cookies).post("#{BEACON_API}/cart/addItems", json: {
        itemNumber: line.sku, quantity: line.quantity, unitOfMeasure: line.uom
      })
    end
    result = http.cookies(cookies).post("#{BEACON_API}/order/submit", json: {
      jobName: order.job_number, deliveryDate: order.deliver_on.iso8601, shippingMethod: "Ground Drop"
    })
    order.update!(supplier_ref: result.parse["orderNumber"], submitted_at: Time.current)
  ensure
    http&.close
  end
end
""", words_pw())

add("xml/cxml-shared-secret", "punchout/config/abc-punchout-setup.xml",
    "cXML 1.2 User's Guide: PunchOutSetupRequest with Sender Credential SharedSecret", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.050/cXML.dtd">
<cXML payloadID="{{payload_id}}@greatlakesroofing.com" timestamp="{{timestamp}}" xml:lang="en-US">
  <Header>
    <From>
      <Credential domain="NetworkID">
        <Identity>GLR-PROC-01</Identity>
      </Credential>
    </From>
    <To>
      <Credential domain="DUNS">
        <Identity>061735839</Identity>
      </Credential>
    </To>
    <Sender>
      <Credential domain="NetworkID">
        <Identity>GLR-PROC-01</Identity>
        <SharedSecret>@@secret@@</SharedSecret>
      </Credential>
      <UserAgent>GLR Procurement 2.3</UserAgent>
    </Sender>
  </Header>
  <Request deploymentMode="production">
    <PunchOutSetupRequest operation="create">
      <BuyerCookie>{{buyer_cookie}}</BuyerCookie>
      <BrowserFormPost><URL>https://procure.greatlakesroofing.com/punchout/return</URL></BrowserFormPost>
      <ShipTo><Address addressID="YARD-01"><Name xml:lang="en">Main yard</Name></Address></ShipTo>
    </PunchOutSetupRequest>
  </Request>
</cXML>
""", rand_pw(16, "-_"))

add("xml/decoy-order-ids", "punchout/samples/order-request-J-24-0415.xml",
    "cXML OrderRequest sample: order ids, SKUs, quantities (credentials stripped)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<cXML payloadID="1712590211.4471@greatlakesroofing.com" timestamp="2024-04-08T15:30:11-04:00">
  <Header>
    <From><Credential domain="NetworkID"><Identity>GLR-PROC-01</Identity></Credential></From>
    <To><Credential domain="DUNS"><Identity>061735839</Identity></Credential></To>
    <Sender>
      <Credential domain="NetworkID"><Identity>GLR-PROC-01</Identity><SharedSecret></SharedSecret></Credential>
      <UserAgent>GLR Procurement 2.3</UserAgent>
    </Sender>
  </Header>
  <Request>
    <OrderRequest>
      <OrderRequestHeader orderID="PO-24-0415" orderDate="2024-04-08" type="new">
        <Total><Money currency="USD">6214.37</Money></Total>
      </OrderRequestHeader>
      <ItemOut quantity="81" lineNumber="1">
        <ItemID><SupplierPartID>GAF0487190</SupplierPartID></ItemID>
        <ItemDetail><UnitPrice><Money currency="USD">42.18</Money></UnitPrice><Description>Timberline HDZ Charcoal</Description><UnitOfMeasure>BD</UnitOfMeasure></ItemDetail>
      </ItemOut>
      <ItemOut quantity="9" lineNumber="2">
        <ItemID><SupplierPartID>GAF0466820</SupplierPartID></ItemID>
        <ItemDetail><UnitPrice><Money currency="USD">71.50</Money></UnitPrice><Description>Seal-A-Ridge Charcoal</Description><UnitOfMeasure>BD</UnitOfMeasure></ItemDetail>
      </ItemOut>
    </OrderRequest>
  </Request>
</cXML>
""")

add("ansible/sftp-password", "ansible/roles/edi_gateway/vars/main.yml",
    "Ansible docs: role variables (plain, not vaulted) for an SFTP EDI client", r"""
---
edi_gateway_user: edi
edi_gateway_home: /srv/edi
edi_partners:
  - name: abc_supply
    protocol: sftp
    host: edi.abcsupply.com
    port: 22
    username: GLR0048213
    password: "@@secret@@"
    inbound_dir: /outbound/810
    outbound_dir: /inbound/850
  - name: srs
    protocol: as2
    as2_id: SRSDIST
    url: https://as2.srsdistribution.com/as2
edi_poll_minutes: 15
edi_archive_days: 400
""", rand_pw(14))

_vault1 = vault_blob(5)
add("ansible/decoy-vault-encrypted", "ansible/roles/edi_gateway/vars/vault.yml",
    "Ansible Vault docs: !vault encrypted variables ($ANSIBLE_VAULT;1.1;AES256)", r"""
---
vault_edi_abc_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@blob@@
vault_edi_srs_as2_key_passphrase: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@blob2@@
""", blob=_vault1, blob2=vault_blob(4))

add("properties/sage-intacct-sender-password", "erp-bridge/src/main/resources/intacct.properties",
    "Sage Intacct XML API docs: senderid / sender password and company login", r"""
# Posts supplier invoices (ABC, SRS, Beacon) into Sage Intacct AP
intacct.endpoint=https://api.intacct.com/ia/xml/xmlgw.phtml
intacct.sender.id=GreatLakesRoofing
intacct.sender.password=@@secret@@
intacct.company.id=GLR-LLC
intacct.user.id=xml_gateway
intacct.user.password=${INTACCT_USER_PASSWORD}
intacct.location.default=CLE
intacct.ap.vendor.abc=V-00112
intacct.ap.vendor.srs=V-00145
intacct.ap.vendor.beacon=V-00151
intacct.gl.materials=5100
intacct.gl.freight=5150
""", rand_pw(16, "!@#"))

add("gitlab-ci/docker-registry-password", "supplier-sync/.gitlab-ci.yml",
    "GitLab CI docs: docker login to a registry in a job script", r"""
stages: [test, build, deploy]

variables:
  IMAGE: registry.summitexteriors.net/ops/supplier-sync

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u ci-builder -p '@@secret@@' registry.summitexteriors.net
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"
  only: [main]

deploy:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache openssh-client
    - ssh deploy@apps01 "docker pull $IMAGE:$CI_COMMIT_SHORT_SHA && docker compose -f /srv/supplier-sync/compose.yml up -d"
  only: [main]
""", words_pw())

add("php/mysql-password", "supplier-portal/wp-config.php",
    "WordPress docs: wp-config.php DB_NAME, DB_USER, DB_PASSWORD, DB_HOST", r"""
<?php
/**
 * Dealer ordering portal (WordPress + WooCommerce B2B) for our branch yards.
 */
define( 'DB_NAME', 'wp_supplierportal' );
define( 'DB_USER', 'wp_portal' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', 'https://order.summitexteriors.net' );
define( 'WP_SITEURL', 'https://order.summitexteriors.net' );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

$table_prefix = 'sp_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("json/decoy-integrity-hash", "supplier-portal-ui/package-lock.json",
    "npm docs: package-lock.json integrity (Subresource Integrity sha512) fields", r"""
{
  "name": "supplier-portal-ui",
  "version": "1.8.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "supplier-portal-ui",
      "version": "1.8.2",
      "dependencies": {"axios": "^1.6.7", "dayjs": "^1.11.10"}
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@i1@@",
      "dependencies": {"follow-redirects": "^1.15.4", "form-data": "^4.0.0", "proxy-from-env": "^1.1.0"}
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=azure_storage_key(), i2=azure_storage_key(), i3=azure_storage_key())

add("go/webhook-signing-secret", "internal/suppliers/srs_webhook.go",
    "HMAC-SHA256 webhook signature verification (X-Signature header) for order status callbacks", r"""
package suppliers

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// Shared with SRS when the order-status webhook was registered (ticket SRS-44817).
var srsWebhookSecret = []byte("@@secret@@")

func VerifySRS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, srsWebhookSecret)
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature"))) {
			http.Error(w, "signature mismatch", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}
""", draw(40))

add("typescript/decoy-env-reference", "supplier-sync/src/webhooks/verify.ts",
    "Node crypto docs: timingSafeEqual HMAC check; secret read from the environment", r"""
import crypto from "node:crypto";
import type { Request, Response, NextFunction } from "express";

const secret = process.env.SRS_WEBHOOK_SECRET;
if (!secret) {
  throw new Error("SRS_WEBHOOK_SECRET is not set");
}

export function verifySrs(req: Request, res: Response, next: NextFunction) {
  const signature = req.header("X-Signature") ?? "";
  const digest = crypto.createHmac("sha256", secret!).update(req.body as Buffer).digest("hex");
  const ok =
    signature.length === digest.length &&
    crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(digest));
  if (!ok) {
    res.status(401).json({ error: "signature mismatch" });
    return;
  }
  next();
}
""")

add("env/abc-supply-client-secret", "supplier-sync/.env.staging",
    "ABC Supply partner API: OAuth2 client id and client secret", r"""
APP_ENV=staging
LOG_LEVEL=debug
ABC_AUTH_URL=https://auth.partners.abcsupply.com/oauth2/ausvvp0xuwGKLenYy357/v1/token
ABC_API_URL=https://partners.abcsupply.com/api/order/v2
ABC_CLIENT_ID=0oa1t9w5k3nVxQz2R359
ABC_CLIENT_SECRET="@@secret@@"
ABC_BILL_TO=2004718
SRS_API_URL=https://api.srsdistribution.com/partner/v1
BEACON_SITE_ID=homeSite
ORDER_APPROVAL_THRESHOLD=15000
""", draw(40, URLSAFE))

add("pem/private-key", "edi/certs/glr-as2-signing.key",
    "AS2 (RFC 4130) signing key in PEM form, as OpenSSL writes it", r"""
@@secret@@
""", fakes.fake_pem(_seed(), "RSA"))

add("pem/decoy-certificate", "edi/certs/abc-supply-as2.crt",
    "AS2 partner's public certificate (X.509 PEM), exchanged openly", r"""
# ABC Supply AS2 encryption certificate, valid 2024-01-15 .. 2026-01-15
# Fingerprint (SHA-256): 7B:2E:91:C4:0A:5D:F3:88:16:6C:E2:07:B9:4A:D1:3F:58:C0:2E:77:91:AB:4D:E6:03:5F:A8:1C:92:7D:E4:B0
@@cert@@
""", cert=cert_pem())

add("sql/mssql-password", "erp/sql/create_linked_server_supplier.sql",
    "SQL Server docs: sp_addlinkedsrvlogin @rmtuser / @rmtpassword", r"""
-- Linked server to the supplier pricing database (ABC price feed mirror)
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
    @server = N'SUPPLIERPRICING',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'pricing01.glr.local,1433',
    @catalog = N'SupplierPricing';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'SUPPLIERPRICING',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'erp_reader',
    @rmtpassword = N'@@secret@@';
GO
EXEC master.dbo.sp_serveroption @server = N'SUPPLIERPRICING', @optname = N'rpc out', @optvalue = N'true';
GO
""", words_pw())

add("csv/supplier-portal-password", "purchasing/supplier_accounts.csv",
    "Purchasing spreadsheet export with portal logins in the notes column", r"""
supplier,branch,account_no,rep,rep_phone,portal,portal_user,notes
ABC Supply,Cleveland #412,2004718,Mike D.,216-555-0199,myabcsupply.com,purchasing@greatlakesroofing.com,SSO via Microsoft
SRS Distribution (Heritage),Akron,HT-88213,Kayla S.,330-555-0121,roofhub.pro,purchasing@greatlakesroofing.com,API key in 1Password
Beacon,Canton 233,530071,Rob T.,330-555-0176,beaconproplus.com,glr_purchasing,pw @@secret@@ (shared with yard)
Gulfeagle Supply,Mentor,GE-10442,Angela P.,440-555-0133,,,"call-in orders only"
Allied Building Products,Youngstown,ABP-7719,,330-555-0108,,,closed account 2023
""", words_pw())

add("csv/decoy-price-list", "purchasing/price_list_2024Q2.csv",
    "Supplier price list export: SKUs, units and prices", r"""
sku,manufacturer,description,uom,coverage_sq,price_usd,updated
GAF0487190,GAF,Timberline HDZ Charcoal,BD,0.333,42.18,2024-04-01
GAF0466820,GAF,Seal-A-Ridge Charcoal,BD,0.25,71.50,2024-04-01
GAF0462140,GAF,WeatherWatch Ice & Water 2sq,RL,2,118.40,2024-04-01
OCF0051870,Owens Corning,Duration Driftwood,BD,0.333,41.95,2024-04-01
OCF0066420,Owens Corning,ProEdge Hip & Ridge,BD,0.33,69.10,2024-04-01
CTD0011230,CertainTeed,Landmark Pro Max Def Weathered Wood,BD,0.333,44.70,2024-04-01
MIS0077001,Generic,Drip Edge 10ft White,PC,,7.85,2024-03-15
MIS0077210,Generic,Coil Nails 1-1/4 7200ct,BX,,61.20,2024-03-15
""")

add("markdown/decoy-example", "supplier-sync/docs/api.md",
    "Internal API docs with example requests (placeholder token, sample ids)", r"""
# supplier-sync HTTP API

All endpoints need a bearer token from the ops portal (**Settings > API tokens**).

## Create a material order
```http
POST /v1/orders HTTP/1.1
Host: supplier-sync.internal
Authorization: Bearer <your-token>
Content-Type: application/json

{"job": "J-24-0415", "supplier": "abc", "branch": "412", "deliverOn": "2024-04-10",
 "lines": [{"sku": "GAF0487190", "qty": 81, "uom": "BD"}]}
```

Response:
```json
{"orderId": "ord_01HV3K9M2X4T7QZP0R8N6B5C1D", "status": "submitted", "supplierRef": "ABC-4471920"}
```

## Errors
| status | meaning |
|---|---|
| 401 | missing or expired token |
| 409 | the job already has an open order for that supplier |
| 422 | a SKU is not stocked at that branch |
""")

_beacon_basic = b64("glr-erp-bridge:" + rand_pw(18))
add("java/beacon-api-password", "erp-bridge/src/main/java/com/glr/erpbridge/BeaconInvoiceClient.java",
    "RFC 7617 HTTP Basic authentication header for Beacon's invoice export endpoint", r"""
package com.glr.erpbridge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;

public class BeaconInvoiceClient {

    private static final String BASE = "https://api.becn.com/invoices/v1";
    // account 530071 integration user
    private static final String AUTH = "Basic @@basic@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15)).build();

    public String invoicesSince(LocalDate since) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/accounts/530071/invoices?since=" + since))
                .header("Authorization", AUTH)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("beacon invoices: " + resp.statusCode());
        }
        return resp.body();
    }
}
""", _beacon_basic, basic=_beacon_basic)

add("shell/sftp-password", "edi/pull_invoices.sh",
    "lftp docs: -u user,password with sftp:// URLs", r"""
#!/bin/bash
# Pull 810 invoices from the SRS EDI mailbox every 30 minutes (cron on edi01)
set -eu
INBOX=/srv/edi/srs/inbound
ARCHIVE=/srv/edi/srs/archive/$(date +%Y/%m)
mkdir -p "$INBOX" "$ARCHIVE"

lftp -u 'GLR_EDI,@@secret@@' sftp://mft.srsdistribution.com <<'LFTP'
set sftp:auto-confirm no
cd /outbound/810
mget -E *.edi -O /srv/edi/srs/inbound
bye
LFTP

for f in "$INBOX"/*.edi; do
  [ -e "$f" ] || continue
  /opt/edi/bin/x12-to-json "$f" | curl -fsS -X POST -H 'Content-Type: application/json' \
    --data-binary @- http://localhost:8090/v1/invoices && mv "$f" "$ARCHIVE/"
done
""", rand_pw(16))

add("yaml/decoy-placeholder", "supplier-sync/openapi.yaml",
    "OpenAPI 3 docs: securitySchemes and example values", r"""
openapi: 3.0.3
info:
  title: supplier-sync
  version: 1.4.0
servers:
  - url: https://supplier-sync.internal/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
    supplierKey:
      type: apiKey
      in: header
      name: X-Supplier-Key
  schemas:
    Order:
      type: object
      properties:
        orderId: {type: string, example: ord_01HV3K9M2X4T7QZP0R8N6B5C1D}
        job: {type: string, example: J-24-0415}
        supplierKey: {type: string, example: YOUR_SUPPLIER_KEY}
security:
  - bearerAuth: []
paths:
  /orders:
    post:
      summary: Create a material order
      responses:
        "201": {description: created}
""")

add("kotlin/decoy-ids", "supplier-app/src/main/kotlin/com/glr/supplier/Branches.kt",
    "Kotlin constants: supplier branch numbers, account numbers and warehouse UUIDs", r"""
package com.glr.supplier

enum class Supplier { ABC, SRS, BEACON }

data class Branch(val supplier: Supplier, val number: String, val name: String, val warehouseId: String)

object Branches {
    val all = listOf(
        Branch(Supplier.ABC, "412", "Cleveland", "9b1f6c2e-7d4a-4e83-b0a5-3c8d2e1f6a74"),
        Branch(Supplier.ABC, "418", "Medina", "0c7e2a91-5b3d-4f6e-8a21-d4e9b7c3f058"),
        Branch(Supplier.SRS, "HT-AKR", "Akron (Heritage)", "6f2d8b13-a4c7-49e0-91b5-e2c3d7a8f416"),
        Branch(Supplier.BEACON, "233", "Canton", "d3a9e5c1-28f4-4b67-a0e3-5c1b9d7f2e80"),
    )
    const val ABC_BILL_TO = "2004718"
    const val BEACON_ACCOUNT = "530071"

    fun byNumber(supplier: Supplier, number: String): Branch? =
        all.firstOrNull { it.supplier == supplier && it.number == number }
}
""")

add("ini/pypi-token", "supplier-sdk/.pypirc",
    "PyPI docs: .pypirc with username __token__ and an API token as password", r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("npmrc/npm-token", "supplier-portal-ui/.npmrc",
    "npm docs: .npmrc _authToken for registry.npmjs.org", r"""
registry=https://registry.npmjs.org/
@summit-exteriors:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

# ---------------------------------------------------------------------------------------------
# Insurance-claim integrations: Xactimate / XactAnalysis, Symbility, adjuster mailboxes, e-sign.
# ---------------------------------------------------------------------------------------------

add("python/xactanalysis-password", "claims/xactanalysis_sync.py",
    "Verisk XactAnalysis web services: SOAP login with XactNet address and password (zeep)", r'''
"""Pull assignment status and estimate totals from XactAnalysis for open storm claims."""
from __future__ import annotations

from zeep import Client
from zeep.transports import Transport
from requests import Session

WSDL = "https://www.xactanalysis.com/xactanalysis/services/AssignmentService?wsdl"
XACTNET_ADDRESS = "GLRROOF.CONTRACTOR"
XACT_PASSWORD = "@@secret@@"


def client() -> Client:
    session = Session()
    session.auth = (XACTNET_ADDRESS, XACT_PASSWORD)
    return Client(WSDL, transport=Transport(session=session, timeout=60))


def open_assignments(since: str) -> list[dict]:
    resp = client().service.GetAssignments(
        xactnetAddress=XACTNET_ADDRESS,
        modifiedSince=since,
        statusFilter=["RECEIVED", "INSPECTED", "ESTIMATE_UPLOADED"],
    )
    return [
        {
            "claim": a.ClaimNumber,
            "carrier": a.CarrierName,
            "status": a.Status,
            "rcv": float(a.EstimateTotals.ReplacementCostValue or 0),
            "acv": float(a.EstimateTotals.ActualCashValue or 0),
        }
        for a in resp.Assignments
    ]
''', words_pw())

add("csharp/symbility-client-secret", "ClaimsBridge/Program.cs",
    "CoreLogic Symbility API docs: OAuth2 client credentials for the claims API", r"""
using System.Net.Http.Headers;
using System.Net.Http.Json;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddHttpClient("symbility", c =>
{
    c.BaseAddress = new Uri("https://api.symbility.net/claims/v3/");
    c.Timeout = TimeSpan.FromSeconds(30);
});

var app = builder.Build();

const string TokenUrl = "https://login.symbility.net/connect/token";
const string ClientId = "glr-claims-bridge";
const string ClientSecret = "@@secret@@";

async Task<string> GetTokenAsync(HttpClient http)
{
    var form = new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = ClientId,
        ["client_secret"] = ClientSecret,
        ["scope"] = "claims.read estimates.read",
    });
    var resp = await http.PostAsync(TokenUrl, form);
    resp.EnsureSuccessStatusCode();
    var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
    return body!["access_token"].ToString()!;
}

app.MapGet("/claims/{claimNumber}", async (string claimNumber, IHttpClientFactory f) =>
{
    var http = f.CreateClient("symbility");
    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GetTokenAsync(http));
    return await http.GetFromJsonAsync<object>($"claims/{Uri.EscapeDataString(claimNumber)}");
});

app.Run();
""", hexs(64))

add("typescript/anthropic-api-key", "supplement-writer/src/draft.ts",
    "Anthropic TypeScript SDK docs: new Anthropic({ apiKey })", r"""
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic({
  apiKey: "@@secret@@",
});

export interface MissingItem {
  code: string; // Xactimate line item, e.g. "RFG DRIP"
  description: string;
  quantity: number;
  unit: string;
  evidence: string; // photo ids from the inspection
}

export async function draftSupplement(claim: string, carrier: string, items: MissingItem[]): Promise<string> {
  const list = items
    .map((i) => `- ${i.code} ${i.description}: ${i.quantity} ${i.unit} (photos ${i.evidence})`)
    .join("\n");
  const msg = await anthropic.messages.create({
    model: "claude-3-5-sonnet-20241022",
    max_tokens: 1200,
    system:
      "You draft polite, specific supplement requests from a roofing contractor to an insurance adjuster. " +
      "Cite local code requirements only when listed. Never invent measurements.",
    messages: [{ role: "user", content: `Claim ${claim} with ${carrier}. Items missing from the estimate:\n${list}` }],
  });
  const block = msg.content[0];
  return block.type === "text" ? block.text : "";
}
""", anthropic_key())

add("json/azure-client-secret", "claims-mailbox/local.settings.json",
    "Azure Functions docs: local.settings.json Values; Microsoft identity platform client secret", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Graph__TenantId": "5b7e2c1a-94d3-4f0b-8e6a-2c91d0f7b345",
    "Graph__ClientId": "c4a81f3e-0d72-4b95-a6e1-7f2d3c9b8e10",
    "Graph__ClientSecret": "@@secret@@",
    "Graph__Mailbox": "claims@greatlakesroofing.com",
    "Claims__AdjusterDomains": "statefarm.com;allstate.com;erieinsurance.com;progressive.com",
    "Claims__AttachmentContainer": "adjuster-attachments"
  }
}
""", azure_secret())

add("yaml/gmail-app-password", "claims-inbox/config.yaml",
    "Google Account Help: app passwords (16 characters) for IMAP clients", r"""
# Parses adjuster emails (estimate PDFs, ESX files) from the claims Gmail inbox.
imap:
  host: imap.gmail.com
  port: 993
  ssl: true
  user: claims.summitexteriors@gmail.com
  app_password: @@secret@@
  folder: INBOX
  processed_folder: Processed
rules:
  - from_domain: statefarm.com
    attachment: "*.pdf"
    tag: estimate
  - from_domain: allstate.com
    attachment: "*.esx"
    tag: xactimate
  - subject_contains: "Supplement"
    tag: supplement-reply
poll_seconds: 120
""", draw(16, string.ascii_lowercase))

add("php/mailgun-api-key", "claims-portal/app/Services/AobMailer.php",
    "Mailgun PHP SDK docs: Mailgun::create('key-...') / private API key", r"""
<?php

namespace App\Services;

use Mailgun\Mailgun;

/**
 * Sends the signed Assignment of Benefits and the work authorization to the carrier.
 */
class AobMailer
{
    private const DOMAIN = 'mg.summitexteriors.net';

    private Mailgun $mg;

    public function __construct()
    {
        $this->mg = Mailgun::create('@@secret@@');
    }

    public function sendToCarrier(string $carrierEmail, string $claimNumber, string $pdfPath): void
    {
        $this->mg->messages()->send(self::DOMAIN, [
            'from' => 'Summit Exteriors Claims <claims@summitexteriors.net>',
            'to' => $carrierEmail,
            'subject' => "Claim {$claimNumber} - Assignment of Benefits",
            'text' => "Please find attached the signed AOB for claim {$claimNumber}.",
            'attachment' => [['filePath' => $pdfPath, 'filename' => "AOB-{$claimNumber}.pdf"]],
            'o:tag' => ['aob'],
        ]);
    }
}
""", mailgun_key())

add("ruby/dropbox-access-token", "lib/claims/photo_share.rb",
    "Dropbox API v2 docs: Bearer access token (sl.) for files/upload and sharing", r"""
# frozen_string_literal: true

require "dropbox_api"

module Claims
  # Shares the inspection photo set with the field adjuster as a Dropbox link.
  class PhotoShare
    TOKEN = "@@secret@@"

    def initialize(client: DropboxApi::Client.new(TOKEN))
      @client = client
    end

    def share(claim_number, paths)
      folder = "/Claims/#{claim_number}"
      @client.create_folder(folder) rescue DropboxApi::Errors::FolderConflictError
      paths.each do |path|
        File.open(path, "rb") do |io|
          @client.upload("#{folder}/#{File.basename(path)}", io, mode: :overwrite)
        end
      end
      @client.create_shared_link_with_settings(folder, requested_visibility: :public).url
    end
  end
end
""", "sl.B" + draw(135, URLSAFE))

_nano = draw(32)
add("go/nanonets-api-key", "internal/ocr/nanonets.go",
    "Nanonets OCR API docs: HTTP Basic auth with the API key as username and an empty password", r"""
package ocr

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
)

const (
	nanonetsModel = "6f1c3b2e-8d47-4a95-b0e2-71c9d4a3f586"
	nanonetsKey   = "@@secret@@"
)

// EstimateTotals reads RCV/ACV/deductible off an adjuster's estimate PDF.
func EstimateTotals(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, _ := w.CreateFormFile("file", filepath.Base(path))
	if _, err := part.ReadFrom(f); err != nil {
		return nil, err
	}
	w.Close()
	url := fmt.Sprintf("https://app.nanonets.com/api/v2/OCR/Model/%s/LabelFile/", nanonetsModel)
	req, _ := http.NewRequest(http.MethodPost, url, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.SetBasicAuth(nanonetsKey, "")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]string{}
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", _nano)

_vbasic = b64("glr-integration:" + rand_pw(20))
add("shell/verisk-api-password", "scripts/fetch_esx.sh",
    "RFC 7617 Basic credentials in a curl header for an estimate export endpoint", r"""
#!/usr/bin/env bash
# Download the ESX file for a claim so estimating can import it into Xactimate desktop.
set -euo pipefail
CLAIM="$1"
OUT="${2:-/mnt/claims/esx}"

curl -fsS \
  -H "Authorization: Basic @@basic@@" \
  -H "Accept: application/octet-stream" \
  -o "${OUT}/${CLAIM}.esx" \
  "https://api.verisk.com/property/estimates/v1/claims/${CLAIM}/esx"

ls -lh "${OUT}/${CLAIM}.esx"
""", _vbasic, basic=_vbasic)

add("markdown/carrier-portal-password", "docs/claims/carrier-portals.md",
    "Claims team wiki page listing carrier vendor-portal logins", r"""
# Carrier portals (claims team)

We upload photos, invoices and completion certificates to the carriers' contractor portals.

| Carrier | Portal | Login | Password | Who |
|---|---|---|---|---|
| State Farm | Contractor Connection | claims@greatlakesroofing.com | SSO (Microsoft) | Jenna |
| Allstate | Allstate Contractor Portal | glr_claims | in 1Password | Marcus |
| Erie | ErieSecure vendor | claims@greatlakesroofing.com | @@secret@@ | Jenna, Marcus |
| Progressive Home | Homesite vendor | - | phone only | - |

## Tips
- Completion certificate goes in **before** the final invoice or the depreciation holdback stalls.
- Erie wants the mortgage company on the check; ask the homeowner for the loan number early.
- Always attach the Xactimate supplement PDF, not the ESX.
""", words_pw())

add("k8s-secret/sendgrid-api-key", "deploy/claims-notifier/secret.yaml",
    "Kubernetes docs: Secret with stringData (plain text, encoded by the API server)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: claims-notifier
  namespace: claims
type: Opaque
stringData:
  SENDGRID_API_KEY: "@@secret@@"
  FROM_EMAIL: claims@summitexteriors.net
  TEMPLATE_CLAIM_FILED: d-4f1c2b7e9a3d48e6b05c1a2f7d3e9b84
  TEMPLATE_ADJUSTER_MEETING: d-8e2d6a1f4c0b47a993e5d7c2b1f0a6e3
""", sendgrid_key())

add("env/slack-bot-token", "claims-bot/.env",
    "Slack docs: bot user OAuth token (xoxb-) for chat.postMessage", r"""
# claims-bot: posts adjuster meeting reminders in #claims
SLACK_BOT_TOKEN=@@secret@@
SLACK_CHANNEL=C05KX8R2T7Q
REMINDER_LEAD_HOURS=18
TIMEZONE=America/New_York
CALENDAR_ICS_URL=https://outlook.office365.com/owa/calendar/claims@greatlakesroofing.com/reachcalendar.ics
""", slack_bot())

add("python/companycam-access-token", "claims/photo_packet.py",
    "CompanyCam API v2 docs: GET /projects/{id}/photos with a Bearer token", r'''
"""Build the photo packet an adjuster asks for: all photos tagged storm damage, newest first."""
import requests

HEADERS = {
    "Authorization": "Bearer @@secret@@",
    "Accept": "application/json",
}
BASE = "https://api.companycam.com/v2"


def damage_photos(project_id: str) -> list[dict]:
    photos, page = [], 1
    while True:
        r = requests.get(f"{BASE}/projects/{project_id}/photos",
                         params={"page": page, "per_page": 100}, headers=HEADERS, timeout=20)
        r.raise_for_status()
        batch = r.json()
        if not batch:
            break
        photos += [p for p in batch if any(t["display_value"] == "Storm Damage" for t in p.get("tags", []))]
        page += 1
    return sorted(photos, key=lambda p: p["captured_at"], reverse=True)
''', draw(43, URLSAFE))

_ds_pem = fakes.fake_pem(_seed(), "RSA")
add("yaml/private-key", "claims-portal/config/docusign.yml",
    "DocuSign eSignature docs: JWT grant with integration key, user id and RSA private key", r"""
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: 8d3f2a7c-5e19-4b60-a1d4-c2e7f9b03a58
  impersonated_user_id: 1e4b7c9a-0d26-4f83-95b1-7a3c2e8d6f04
  account_id: 4b2e8a91-7c3d-4e05-b6f1-9d0a2c7e5b83
  templates:
    aob: 5c1e9f3a-2b74-4d08-8e6a-f1c3d7b90a26
    work_authorization: 9a7d3e1b-6c42-4f95-b8e0-3d2a1f7c4e69
  rsa_private_key: |
@@pem@@
""", _ds_pem, pem="\n".join("    " + line for line in _ds_pem.splitlines()))

add("sql/postgres-password", "db/claims/0007_reporting_role.sql",
    "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD", r"""
-- Read-only role for the Power BI claims dashboard (gateway on office-app01)
CREATE ROLE claims_reporting LOGIN PASSWORD '@@secret@@' NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE claims TO claims_reporting;
GRANT USAGE ON SCHEMA public TO claims_reporting;
GRANT SELECT ON claims, claim_events, supplements, carriers, adjusters TO claims_reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO claims_reporting;
ALTER ROLE claims_reporting SET statement_timeout = '60s';
""", words_pw())

add("ini/postgres-password", "claims-etl/alembic.ini",
    "Alembic docs: sqlalchemy.url in alembic.ini", r"""
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg://claims_etl:@@secret@@@claims-db.internal:5432/claims

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", rand_pw(18))

add("python/decoy-ids", "claims/validators.py",
    "Claim and policy number formats per carrier, with sample numbers for tests", r'''
"""Claim number formats by carrier (from adjuster emails); used to route incoming estimates."""
import re

CLAIM_FORMATS = {
    "State Farm": re.compile(r"^\d{2}-\d{5}[A-Z]\d{3}$"),    # 13-35D4K812 style
    "Allstate": re.compile(r"^0\d{9}$"),
    "Erie": re.compile(r"^A\d{10}$"),
    "Progressive Home": re.compile(r"^HO\d{8}-\d{2}$"),
}

SAMPLES = {
    "State Farm": "35-41872K917",
    "Allstate": "0718263540",
    "Erie": "A0004471902",
    "Progressive Home": "HO44172093-01",
}

ESTIMATE_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def carrier_for(claim_number: str) -> str | None:
    for carrier, pattern in CLAIM_FORMATS.items():
        if pattern.match(claim_number):
            return carrier
    return None
''')

add("json/decoy-ids", "claims/fixtures/esx-metadata.json",
    "Xactimate ESX export metadata: project GUIDs, price list, file hashes", r"""
{
  "esxVersion": "28.3.0",
  "projectId": "7c2e9f41-3a8d-4b06-9e15-d2f0a7c4b389",
  "transactionId": "XA-2024-0311-447190",
  "claimNumber": "35-41872K917",
  "carrier": "State Farm",
  "priceList": "OHCL8X_MAR24",
  "estimator": {"name": "Marcus Webb", "xactnetAddress": "GLRROOF.CONTRACTOR"},
  "totals": {"rcv": 18442.17, "depreciation": 4210.55, "acv": 14231.62, "deductible": 1000.0},
  "files": [
    {"name": "estimate.pdf", "md5": "5e3b1f0c9a2d47e8b6c1a0f9d3e7b2c4"},
    {"name": "sketch.xml", "md5": "a0c9e7b5d3f1e2c4a6b8d0f2e4c6a8b0"},
    {"name": "photos.zip", "md5": "9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a"}
  ],
  "signature": null
}
""")

add("markdown/decoy-prose", "docs/claims/aob-workflow.md",
    "Process doc that talks about passwords and keys without holding any", r"""
# Assignment of Benefits (AOB) workflow

1. Salesperson collects the homeowner's signature in DocuSign (template *AOB v4*).
2. The portal emails the signed AOB to the carrier through Mailgun; the API key lives in Azure
   Key Vault (`kv-claims-prod`, secret `mailgun-api-key`) and the app reads it at start-up.
3. Claims adds the claim number and the desk adjuster to the job in AccuLynx.

## Access
- Carrier portal passwords are in 1Password, vault **Claims**. Never put them in a job note.
- The DocuSign RSA key is only on the portal server (`/etc/claims-portal/docusign.pem`, mode 600).
- If someone leaves, rotate: Mailgun key, DocuSign key pair, the Erie portal password.

## Deadlines
| Step | Due |
|---|---|
| AOB to carrier | 24 h after signing |
| Supplement | 10 business days after the estimate |
| Completion certificate | same day as the final walkthrough |
""")

add("yaml/decoy-key-path", "claims-portal/config/docusign.production.yml",
    "DocuSign JWT grant docs: integration key (a client id) and a path to the private key file", r"""
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: 8d3f2a7c-5e19-4b60-a1d4-c2e7f9b03a58
  impersonated_user_id: 1e4b7c9a-0d26-4f83-95b1-7a3c2e8d6f04
  account_id: 4b2e8a91-7c3d-4e05-b6f1-9d0a2c7e5b83
  private_key_file: /etc/claims-portal/docusign.pem
  scopes: [signature, impersonation]
  token_lifetime_seconds: 3600
""")

add("env/decoy-test-values", "claims-portal/.env.testing",
    "Laravel testing environment file with dummy values", r"""
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=
APP_DEBUG=true
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_MAILER=array
MAILGUN_DOMAIN=sandbox.example.test
MAILGUN_SECRET=test-mailgun-secret
DOCUSIGN_INTEGRATION_KEY=00000000-0000-0000-0000-000000000000
DOCUSIGN_PRIVATE_KEY_FILE=tests/fixtures/dummy-docusign.pem
QUEUE_CONNECTION=sync
""")

add("typescript/decoy-test-fixture", "supplement-writer/src/__tests__/draft.test.ts",
    "Jest test mocking the SDK with a dummy key", r"""
import { draftSupplement } from "../draft";

jest.mock("@anthropic-ai/sdk", () => {
  return jest.fn().mockImplementation(() => ({
    messages: {
      create: jest.fn().mockResolvedValue({ content: [{ type: "text", text: "Dear adjuster," }] }),
    },
  }));
});

process.env.ANTHROPIC_API_KEY = "test-key-not-real";

describe("draftSupplement", () => {
  it("returns the drafted text", async () => {
    const text = await draftSupplement("35-41872K917", "State Farm", [
      { code: "RFG DRIP", description: "Drip edge", quantity: 164, unit: "LF", evidence: "P12,P13" },
    ]);
    expect(text).toContain("Dear adjuster");
  });
});
""")

add("log/decoy-ids", "logs/claims-sync-2024-03-11.log",
    "Claims sync log: claim numbers, transaction ids and message ids", r"""
2024-03-11 07:00:01 INFO  sync start since=2024-03-10T07:00:00Z
2024-03-11 07:00:04 INFO  xactanalysis 6 assignments changed
2024-03-11 07:00:04 INFO  claim=35-41872K917 tx=XA-2024-0311-447190 status=ESTIMATE_UPLOADED rcv=18442.17
2024-03-11 07:00:05 INFO  claim=A0004471902 tx=XA-2024-0311-447203 status=INSPECTED
2024-03-11 07:00:06 INFO  symbility claim=HO44172093-01 estimateId=2f7c9e1a-4b3d-48e6-a05c-91d7e3b2f468 version=3
2024-03-11 07:00:09 INFO  mailbox 3 new adjuster emails message-id=<CAH4x+9Lk2mP0qW@mail.gmail.com>
2024-03-11 07:00:10 INFO  ocr job=6f1c3b2e-8d47-4a95-b0e2-71c9d4a3f586 file=estimate_35-41872K917.pdf pages=14
2024-03-11 07:00:31 INFO  sync done in 30.2s
""")

add("csv/decoy-ids", "exports/claims_pipeline_2024-03.csv",
    "Claims pipeline export: claim numbers, carriers, adjusters, amounts", r"""
job,claim_number,carrier,desk_adjuster,adjuster_email,date_of_loss,deductible,rcv,status
J-24-0288,35-41872K917,State Farm,K. Olsen,kolsen@statefarm.example,2024-02-27,1000,18442.17,supplement_sent
J-24-0291,0718263540,Allstate,D. Price,dprice@allstate.example,2024-02-27,2500,22910.40,approved
J-24-0298,A0004471902,Erie,S. Novak,snovak@erieinsurance.example,2024-02-28,500,15320.00,inspected
J-24-0305,HO44172093-01,Progressive Home,T. Reyes,treyes@progressive.example,2024-03-02,1000,,awaiting_estimate
""")

add("sql/decoy-encrypted-value", "db/claims/0009_encrypt_policy_numbers.sql",
    "pgcrypto docs: pgp_sym_encrypt with the key from a server setting; armored ciphertext rows", r"""
-- Policy numbers are encrypted at rest; the key comes from current_setting('claims.pii_key').
CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE claims ADD COLUMN policy_number_enc bytea;
UPDATE claims
   SET policy_number_enc = pgp_sym_encrypt(policy_number, current_setting('claims.pii_key'))
 WHERE policy_number IS NOT NULL;
ALTER TABLE claims DROP COLUMN policy_number;

-- fixture row for the dashboard test (ciphertext of a fake policy number)
INSERT INTO claims (job, claim_number, carrier, policy_number_enc) VALUES
  ('J-00-0000', 'TEST-0001', 'Test Carrier',
   decode('c30d04070302a1f3e8b92c7d4e6f62d23a01b7e95c3d2a0f48e6b1c9d7a2f05e3b84c6d1e9f2a7b03c5d8e4f1a6b29c0d7e3f5a8b1c4d6e9f2a0b3c5d7e8f', 'hex'));
""")

add("go/decoy-jwks", "internal/auth/jwks.go",
    "JWT verification against a public JWKS endpoint (no secret material)", r"""
package auth

import (
	"context"
	"fmt"
	"time"

	"github.com/MicahParks/keyfunc/v3"
	"github.com/golang-jwt/jwt/v5"
)

// Azure AD (Entra) signing keys for the claims portal's staff login. Public keys only.
const jwksURL = "https://login.microsoftonline.com/5b7e2c1a-94d3-4f0b-8e6a-2c91d0f7b345/discovery/v2.0/keys"
const audience = "api://c4a81f3e-0d72-4b95-a6e1-7f2d3c9b8e10"

func Verifier(ctx context.Context) (func(string) (*jwt.Token, error), error) {
	k, err := keyfunc.NewDefaultCtx(ctx, []string{jwksURL})
	if err != nil {
		return nil, fmt.Errorf("jwks: %w", err)
	}
	return func(raw string) (*jwt.Token, error) {
		return jwt.Parse(raw, k.Keyfunc,
			jwt.WithAudience(audience),
			jwt.WithLeeway(30*time.Second),
			jwt.WithValidMethods([]string{"RS256"}))
	}, nil
}
""")

add("xml/decoy-template-placeholder", "claims/templates/xact_login_request.xml",
    "SOAP envelope template with WS-Security UsernameToken placeholders filled at runtime", r"""
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:xa="http://xactware.com/xactanalysis/assignments">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>${xactnet_address}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${xact_password}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <xa:GetAssignments>
      <xa:modifiedSince>${since}</xa:modifiedSince>
    </xa:GetAssignments>
  </soapenv:Body>
</soapenv:Envelope>
""")

add("json/decoy-public-key", "claims-portal/public/.well-known/jwks.json",
    "RFC 7517 JSON Web Key Set: public RSA keys (n, e) published for webhook verification", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "claims-portal-2024-03",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=draw(342, URLSAFE))

# ---------------------------------------------------------------------------------------------
# Weather and hail feeds: storm alerts, canvassing maps, rain-delay checks.
# ---------------------------------------------------------------------------------------------

add("python/tomorrow-io-api-key", "weather/rain_delay.py",
    "Tomorrow.io Weather API docs: /v4/weather/forecast?location=...&apikey=...", r'''
"""Flag tomorrow's tear-offs when rain chance is over the threshold during work hours."""
from __future__ import annotations

from datetime import datetime

import requests

TOMORROW_URL = "https://api.tomorrow.io/v4/weather/forecast"
TOMORROW_KEY = "@@secret@@"
WORK_HOURS = range(7, 18)


def rain_risk(lat: float, lon: float, day: str, threshold: int = 60) -> tuple[bool, int]:
    r = requests.get(
        TOMORROW_URL,
        params={"location": f"{lat},{lon}", "timesteps": "1h", "units": "imperial", "apikey": TOMORROW_KEY},
        timeout=15,
    )
    r.raise_for_status()
    worst = 0
    for hour in r.json()["timelines"]["hourly"]:
        t = datetime.fromisoformat(hour["time"].replace("Z", "+00:00")).astimezone()
        if t.date().isoformat() == day and t.hour in WORK_HOURS:
            worst = max(worst, int(hour["values"]["precipitationProbability"]))
    return worst >= threshold, worst
''', draw(32))

add("javascript/openweathermap-api-key", "storm-map/src/layers/precip.js",
    "OpenWeatherMap docs: weather map tiles with appid parameter", r"""
import L from "leaflet";

const OWM_APPID = "@@secret@@";

export function precipitationLayer() {
  return L.tileLayer(
    `https://tile.openweathermap.org/map/precipitation_new/{z}/{x}/{y}.png?appid=${OWM_APPID}`,
    { opacity: 0.6, attribution: "Weather data &copy; OpenWeather" }
  );
}

export async function currentConditions(lat, lon) {
  const url = `https://api.openweathermap.org/data/2.5/weather?lat=${lat}&lon=${lon}&units=imperial&appid=${OWM_APPID}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`openweather ${res.status}`);
  const body = await res.json();
  return { tempF: body.main.temp, windMph: body.wind.speed, gustMph: body.wind.gust ?? null };
}
""", hexs(32))

add("go/visualcrossing-api-key", "internal/weather/history.go",
    "Visual Crossing Timeline Weather API docs: key query parameter", r"""
package weather

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

// Historical weather for a date of loss (used in claim packets).
const vcKey = "@@secret@@"

type Day struct {
	Datetime   string  `json:"datetime"`
	WindGust   float64 `json:"windgust"`
	Precip     float64 `json:"precip"`
	Conditions string  `json:"conditions"`
}

func DateOfLoss(address string, day time.Time) (*Day, error) {
	u := fmt.Sprintf("https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/%s/%s?unitGroup=us&include=days&key=%s",
		url.PathEscape(address), day.Format("2006-01-02"), vcKey)
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Days []Day `json:"days"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if len(out.Days) == 0 {
		return nil, fmt.Errorf("no weather for %s on %s", address, day.Format("2006-01-02"))
	}
	return &out.Days[0], nil
}
""", draw(25, UPNUM))

add("yaml/hailtrace-api-token", "canvass/config/hailtrace.yml",
    "HailTrace API: bearer token for hail swath and storm report endpoints", r"""
hailtrace:
  api_url: https://api.hailtrace.com/v2
  token: @@secret@@
  min_hail_size_in: 1.0
  lookback_days: 14
  export:
    format: geojson
    path: /srv/canvass/swaths
territories:
  - name: North Dallas
    counties: [Collin, Denton, Dallas]
  - name: Fort Worth
    counties: [Tarrant, Parker, Johnson]
door_knock:
  max_homes_per_rep_per_day: 120
  skip_if_roof_age_under_years: 3
""", draw(48, URLSAFE))

add("rust/weatherbit-api-key", "storm-watch/src/feed.rs",
    "Weatherbit API docs: /v2.0/alerts?lat=...&lon=...&key=...", r"""
use serde::Deserialize;

const WEATHERBIT_KEY: &str = "@@secret@@";

#[derive(Debug, Deserialize)]
pub struct Alert {
    pub title: String,
    pub severity: String,
    pub effective_utc: String,
    pub expires_utc: String,
    pub regions: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Alerts {
    alerts: Vec<Alert>,
}

pub async fn alerts(lat: f64, lon: f64) -> anyhow::Result<Vec<Alert>> {
    let url = format!("https://api.weatherbit.io/v2.0/alerts?lat={lat}&lon={lon}&key={WEATHERBIT_KEY}");
    let body: Alerts = reqwest::get(url).await?.error_for_status()?.json().await?;
    Ok(body
        .alerts
        .into_iter()
        .filter(|a| a.title.contains("Thunderstorm") || a.title.contains("Hail"))
        .collect())
}
""", hexs(32))

add("crontab/accuweather-api-key", "ops/crontab.office-nuc",
    "AccuWeather API docs: apikey query parameter; crontab(5) line format", r"""
# m h dom mon dow  command   (office NUC, user ops)
MAILTO=ops@ridgelineroofing.com
PATH=/usr/local/bin:/usr/bin:/bin

30 1 * * *   /srv/ops/backup-crew-board.sh
*/30 5-20 * * * curl -fsS "https://dataservice.accuweather.com/forecasts/v1/hourly/12hour/331134?apikey=@@secret@@&details=true" -o /srv/ops/weather/dallas-12h.json
0 6 * * 1-6  /srv/ops/venv/bin/python -m weather.rain_delay --notify
15 18 * * *  /srv/ops/venv/bin/python -m dispatch.notify
0 3 * * 0    find /srv/ops/weather -name '*.json' -mtime +30 -delete
""", draw(32))

add("json/ihm-api-key", "canvass/config/hailmaps.json",
    "Interactive Hail Maps API: account id and API key for hail history lookups", r"""
{
  "provider": "interactivehailmaps",
  "endpoint": "https://maps.interactivehailmaps.com/api/v1",
  "accountId": "IHM-28417",
  "apiKey": "@@secret@@",
  "defaults": {
    "radiusMiles": 1,
    "yearsBack": 5,
    "minSizeInches": 0.75
  },
  "report": {
    "includeImpactDates": true,
    "includeRadarImages": false,
    "letterhead": "assets/ridgeline-letterhead.png"
  }
}
""", draw(32, LOWNUM))

add("swift/xweather-client-secret", "StormCanvass/Sources/Weather/XweatherClient.swift",
    "Xweather (AerisWeather) API docs: client_id and client_secret query parameters", r"""
import Foundation

struct XweatherClient {
    private let clientId = "@@cid@@"
    private let clientSecret = "@@secret@@"
    private let base = URL(string: "https://data.api.xweather.com")!

    struct StormReport: Decodable {
        let id: String
        let report: Report
        struct Report: Decodable {
            let type: String
            let name: String
            let detail: Detail?
            struct Detail: Decodable { let hailIN: Double? }
        }
    }

    func hailReports(near lat: Double, _ lon: Double) async throws -> [StormReport] {
        var comps = URLComponents(url: base.appendingPathComponent("stormreports/closest"), resolvingAgainstBaseURL: false)!
        comps.queryItems = [
            .init(name: "p", value: "\(lat),\(lon)"),
            .init(name: "filter", value: "hail"),
            .init(name: "from", value: "-30days"),
            .init(name: "limit", value: "25"),
            .init(name: "client_id", value: clientId),
            .init(name: "client_secret", value: clientSecret),
        ]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        struct Envelope: Decodable { let response: [StormReport] }
        return try JSONDecoder().decode(Envelope.self, from: data).response
    }
}
""", draw(40), cid=draw(21))

add("terraform/discord-webhook", "infra/storm-alerts/lambda.tf",
    "Discord docs: webhook URLs (https://discord.com/api/webhooks/<id>/<token>)", r"""
resource "aws_lambda_function" "storm_alerts" {
  function_name = "storm-alerts"
  role          = aws_iam_role.storm_alerts.arn
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = data.archive_file.storm_alerts.output_path
  timeout       = 60

  environment {
    variables = {
      NWS_ZONES          = "TXZ104,TXZ105,TXZ118,TXZ119"
      MIN_HAIL_INCHES    = "1.0"
      DISCORD_WEBHOOK    = "@@secret@@"
      SALES_ROLE_MENTION = "<@&1182746650923351102>"
    }
  }
}

resource "aws_cloudwatch_event_rule" "every_10_min" {
  name                = "storm-alerts-10m"
  schedule_expression = "rate(10 minutes)"
}
""", discord_webhook())

add("powershell/teams-webhook", "scripts/Send-StormAlert.ps1",
    "Microsoft Teams docs: incoming webhook URL (webhook.office.com/webhookb2/...)", r"""
param(
    [Parameter(Mandatory)] [string] $Event,
    [Parameter(Mandatory)] [string] $Area,
    [double] $HailInches = 0
)

$webhook = "@@secret@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Storm alert: $Event"
    themeColor = "B22222"
    title      = "Storm alert: $Event"
    text       = "Area: $Area<br>Hail: $HailInches in<br>Sales managers: plan canvassing for tomorrow."
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 4)
""", f"https://glrroofing.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/{hexs(32)}/{uuid_s()}")

add("python/decoy-no-credential", "weather/nws_alerts.py",
    "api.weather.gov docs: no API key, a User-Agent identifying the application is required", r'''
"""Active NWS alerts for our service zones (no key needed; NWS asks for a contact User-Agent)."""
import requests

ZONES = ["OHZ011", "OHZ012", "OHZ013", "OHZ021", "OHZ022"]
HEADERS = {
    "User-Agent": "(greatlakesroofing.com, ops@greatlakesroofing.com)",
    "Accept": "application/geo+json",
}


def active_alerts() -> list[dict]:
    r = requests.get("https://api.weather.gov/alerts/active",
                     params={"zone": ",".join(ZONES)}, headers=HEADERS, timeout=15)
    r.raise_for_status()
    return [
        {"id": f["properties"]["id"], "event": f["properties"]["event"],
         "severity": f["properties"]["severity"], "ends": f["properties"]["ends"]}
        for f in r.json()["features"]
        if f["properties"]["event"] in {"Severe Thunderstorm Warning", "Tornado Warning", "High Wind Warning"}
    ]
''')

add("json/decoy-test-fixture", "weather/tests/fixtures/tomorrow_forecast.json",
    "Recorded API response used as a test fixture (no credentials)", r"""
{
  "timelines": {
    "hourly": [
      {"time": "2024-04-09T12:00:00Z", "values": {"precipitationProbability": 10, "windGust": 14.2, "temperature": 61.3}},
      {"time": "2024-04-09T15:00:00Z", "values": {"precipitationProbability": 35, "windGust": 21.7, "temperature": 66.0}},
      {"time": "2024-04-09T18:00:00Z", "values": {"precipitationProbability": 75, "windGust": 38.1, "temperature": 63.4}},
      {"time": "2024-04-09T21:00:00Z", "values": {"precipitationProbability": 80, "windGust": 44.9, "temperature": 58.9}}
    ]
  },
  "location": {"lat": 41.4993, "lon": -81.6944, "name": "Cleveland, OH", "type": "administrative"},
  "requestId": "9c2f71e4-3b8a-4d05-a6e1-f0d7c3b29e58"
}
""")

add("geojson/decoy-ids", "canvass/data/storm-zones-2024-04-02.geojson",
    "GeoJSON (RFC 7946) hail swath polygons with storm event ids", r"""
{
  "type": "FeatureCollection",
  "name": "hail-swaths-2024-04-02",
  "features": [
    {
      "type": "Feature",
      "properties": {"event_id": "HT-20240402-TX-0117", "max_hail_in": 1.75, "source": "mrms-mesh", "hash": "b41f0c9e2a7d"},
      "geometry": {"type": "Polygon", "coordinates": [[[-96.842, 33.071], [-96.701, 33.102], [-96.655, 33.064], [-96.790, 33.030], [-96.842, 33.071]]]}
    },
    {
      "type": "Feature",
      "properties": {"event_id": "HT-20240402-TX-0118", "max_hail_in": 1.25, "source": "mrms-mesh", "hash": "7e30ad51c8f2"},
      "geometry": {"type": "Polygon", "coordinates": [[[-96.612, 33.201], [-96.540, 33.224], [-96.511, 33.190], [-96.589, 33.170], [-96.612, 33.201]]]}
    }
  ]
}
""")

add("html/decoy-site-key", "storm-landing/index.html",
    "Google reCAPTCHA docs: the site key is used in the HTML (the secret key stays on the server)", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Free Storm Damage Inspection | Ridgeline Roofing</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="/css/landing.css">
</head>
<body>
  <h1>Hail hit your neighborhood on April 2?</h1>
  <p>Get a free roof inspection with drone photos. No obligation.</p>
  <form action="/api/leads" method="post">
    <input name="name" placeholder="Full name" required>
    <input name="phone" type="tel" placeholder="Mobile" required>
    <input name="address" placeholder="Street address" required>
    <input type="hidden" name="campaign" value="hail-2024-04-02">
    <div class="g-recaptcha" data-sitekey="@@sitekey@@"></div>
    <button type="submit">Book my inspection</button>
  </form>
</body>
</html>
""", sitekey=recaptcha_key())

add("markdown/decoy-prose", "docs/weather/storm-response.md",
    "Storm response playbook: hail sizes, SPC report ids, no credentials", r"""
# Storm response playbook

When SPC or NWS reports hail >= 1" in a service area:

1. **Same day**: pull the swath from HailTrace (ops account; ask Dana for access) and post it in #sales.
2. **Next morning**: canvass teams go out with the door hanger *"Hail hit your street"*.
3. **Within 48 h**: offer free drone inspections; book through the landing page.

## Reference storms
| Date | SPC report | Max hail | Area |
|---|---|---|---|
| 2024-04-02 | 240402_rpts_hail #117 | 1.75 in | Frisco / Plano |
| 2023-06-13 | 230613_rpts_hail #42 | 2.00 in | McKinney |
| 2023-05-18 | 230518_rpts_hail #9 | 1.25 in | Allen |

API keys for the weather feeds are managed in AWS Secrets Manager under `ops/weather/*`.
""")

add("csv/decoy-storm-reports", "canvass/data/spc_hail_240402.csv",
    "NOAA SPC storm reports CSV (Time, Size, Location, County, State, Lat, Lon, Comments)", r"""
Time,Size,Location,County,State,Lat,Lon,Comments
2151,175,2 NW Frisco,Collin,TX,33.17,-96.85,Golf ball size hail reported via social media. (FWD)
2158,125,Plano,Collin,TX,33.03,-96.70,Half dollar hail at Legacy and Preston. (FWD)
2203,100,1 E Allen,Collin,TX,33.10,-96.65,Quarter size hail covering the ground. (FWD)
2210,150,McKinney,Collin,TX,33.20,-96.62,Ping pong ball hail. Time estimated from radar. (FWD)
2224,100,3 S Princeton,Collin,TX,33.14,-96.50,Trained spotter report. (FWD)
""")

add("ini/decoy-empty-value", "legacy-scheduler/weather.ini",
    "INI with the key left empty and a pointer to where it is set", r"""
[provider]
name = visualcrossing
base_url = https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline
; key is injected by the service unit (Environment=VC_KEY=...) - leave empty here
api_key =
unit_group = us

[thresholds]
rain_pct = 60
wind_gust_mph = 30
temp_min_f = 40
""")

add("xml/decoy-xml-signature", "weather/samples/ipaws-cap-alert.xml",
    "OASIS CAP 1.2 alert from IPAWS with an XML digital signature (public signature and certificate)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>urn:oid:2.49.0.1.840.0.6f2a9c1e7b3d4e5f8a0b1c2d3e4f5a6b7c8d9e0f.001.1</identifier>
  <sender>w-nws.webmaster@noaa.gov</sender>
  <sent>2024-04-02T21:48:00-05:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <event>Severe Thunderstorm Warning</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <headline>Severe Thunderstorm Warning issued April 2 at 9:48PM CDT until April 2 at 10:30PM CDT by NWS Fort Worth TX</headline>
    <parameter><valueName>maxHailSize</valueName><value>1.75</value></parameter>
    <area><areaDesc>Collin, TX; Denton, TX</areaDesc><geocode><valueName>SAME</valueName><value>048085</value></geocode></area>
  </info>
  <Signature xmlns="http://www.w3.org/2000/09/xmldsig#">
    <SignedInfo>
      <CanonicalizationMethod Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"/>
      <SignatureMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"/>
      <Reference URI=""><DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/><DigestValue>@@digest@@</DigestValue></Reference>
    </SignedInfo>
    <SignatureValue>@@sig@@</SignatureValue>
    <KeyInfo><X509Data><X509SubjectName>CN=ipaws.nws.noaa.gov,O=U.S. Government,C=US</X509SubjectName></X509Data></KeyInfo>
  </Signature>
</alert>
""", digest=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(),
    sig=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(128))).decode())

# ---------------------------------------------------------------------------------------------
# CRM, invoicing, payments and financing.
# ---------------------------------------------------------------------------------------------

add("python/quickbooks-client-secret", "billing/qbo_auth.py",
    "Intuit developer docs: intuitlib AuthClient(client_id, client_secret, redirect_uri, environment)", r'''
"""QuickBooks Online OAuth for the invoicing service (one company: Great Lakes Roofing LLC)."""
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks

from billing.store import load_refresh_token, save_refresh_token

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
REDIRECT_URI = "https://billing.greatlakesroofing.com/qbo/callback"
REALM_ID = "9130356472618842"

auth_client = AuthClient(
    client_id=CLIENT_ID,
    client_secret=CLIENT_SECRET,
    redirect_uri=REDIRECT_URI,
    environment="production",
)


def authorize_url() -> str:
    return auth_client.get_authorization_url([Scopes.ACCOUNTING])


def qbo() -> QuickBooks:
    auth_client.refresh(refresh_token=load_refresh_token())
    save_refresh_token(auth_client.refresh_token)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token,
                      company_id=REALM_ID, minorversion=70)
''', draw(40), cid=intuit_client_id())

_rng_qb = _rng()
add("env/quickbooks-refresh-token", "billing/.env.local",
    "Intuit OAuth 2.0 docs: refresh tokens (AB11...) exchanged at the token endpoint", r"""
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=@@cid@@
QBO_CLIENT_SECRET=
QBO_REALM_ID=9130356472618842
# pasted from the OAuth playground so the sync can run before the callback page exists
QBO_REFRESH_TOKEN=@@secret@@
INVOICE_TERMS=Net 15
DEPOSIT_ITEM_ID=27
""", "AB11" + str(_rng_qb.randint(10**12, 10**13 - 1)) + draw(33), cid=intuit_client_id())

add("ruby/stripe-secret-key", "config/initializers/stripe.rb",
    "Stripe Ruby library docs: Stripe.api_key = 'sk_live_...'", r"""
# frozen_string_literal: true

Stripe.api_key = ENV["STRIPE_SECRET_KEY"].presence || "@@secret@@"
Stripe.api_version = "2023-10-16"
Stripe.max_network_retries = 2

Rails.configuration.x.stripe = {
  deposit_percent: 33,
  card_fee_percent: 2.9,
  ach_enabled: true,
  statement_descriptor: "SUMMIT EXTERIORS",
}
""", stripe_key("sk_live_"))

add("php/stripe-webhook-secret", "billing-portal/webhooks/stripe.php",
    "Stripe docs: verify webhook signatures with the endpoint secret (whsec_...)", r"""
<?php
require __DIR__ . '/../vendor/autoload.php';
require __DIR__ . '/../lib/invoices.php';

$endpointSecret = '@@secret@@';

$payload = @file_get_contents('php://input');
$sigHeader = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';

try {
    $event = \Stripe\Webhook::constructEvent($payload, $sigHeader, $endpointSecret);
} catch (\UnexpectedValueException $e) {
    http_response_code(400);
    exit('invalid payload');
} catch (\Stripe\Exception\SignatureVerificationException $e) {
    http_response_code(400);
    exit('invalid signature');
}

switch ($event->type) {
    case 'payment_intent.succeeded':
        mark_invoice_paid($event->data->object->metadata->invoice_number, $event->data->object->amount_received);
        break;
    case 'charge.refunded':
        record_refund($event->data->object->payment_intent, $event->data->object->amount_refunded);
        break;
}
http_response_code(200);
""", whsec())

add("typescript/hubspot-private-app-token", "crm-sync/src/hubspot.ts",
    "HubSpot docs: private app access tokens (pat-na1-...) with @hubspot/api-client", r"""
import { Client } from "@hubspot/api-client";

const hubspot = new Client({ accessToken: "@@secret@@" });

export interface Lead {
  firstName: string;
  lastName: string;
  email?: string;
  phone: string;
  address: string;
  source: "door-knock" | "landing-page" | "referral" | "angi";
  stormDate?: string;
}

export async function upsertLead(lead: Lead): Promise<string> {
  const properties = {
    firstname: lead.firstName,
    lastname: lead.lastName,
    email: lead.email ?? "",
    phone: lead.phone,
    address: lead.address,
    lead_source_detail: lead.source,
    storm_date: lead.stormDate ?? "",
    lifecyclestage: "lead",
  };
  const res = await hubspot.crm.contacts.basicApi.create({ properties, associations: [] });
  return res.id;
}
""", hubspot_pat())

add("java/salesforce-consumer-secret", "crm-bridge/src/main/java/com/ridgeline/crm/SalesforceAuth.java",
    "Salesforce docs: OAuth 2.0 client credentials flow with connected app consumer key and secret", r"""
package com.ridgeline.crm;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

public final class SalesforceAuth {

    private static final String TOKEN_URL = "https://ridgelineroofing.my.salesforce.com/services/oauth2/token";
    private static final String CONSUMER_KEY =
            "3MVG9JJwBBbcN47LkVx2hQd8sPq7Rw1YtE5uI0oA3sD6fG9hJ2kL4zX7cV1bN8mQ0wE3rT6yU9iO2pA5sD8fG1hJ4k";
    private static final String CONSUMER_SECRET = "@@secret@@";

    private SalesforceAuth() {}

    public static String token() throws Exception {
        String form = "grant_type=client_credentials"
                + "&client_id=" + URLEncoder.encode(CONSUMER_KEY, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(CONSUMER_SECRET, StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("salesforce token: " + resp.statusCode() + " " + resp.body());
        }
        return Json.field(resp.body(), "access_token");
    }
}
""", uhex(64))

add("go/servicetitan-client-secret", "internal/fsm/servicetitan.go",
    "ServiceTitan API docs: client credentials (client_id cid., client_secret cs1.) and ST-App-Key header", r"""
package fsm

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	stAuthURL      = "https://auth.servicetitan.io/connect/token"
	stAPI          = "https://api.servicetitan.io"
	stTenant       = "1048827731"
	stClientID     = "cid.@@cid@@"
	stClientSecret = "@@secret@@"
)

var stAppKey = os.Getenv("ST_APP_KEY")

type token struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
	fetched     time.Time
}

func fetchToken() (*token, error) {
	form := url.Values{
		"grant_type":    {"client_credentials"},
		"client_id":     {stClientID},
		"client_secret": {stClientSecret},
	}
	resp, err := http.Post(stAuthURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var t token
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return nil, err
	}
	t.fetched = time.Now()
	return &t, nil
}

func newRequest(method, path string, t *token) (*http.Request, error) {
	req, err := http.NewRequest(method, stAPI+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", t.AccessToken)
	req.Header.Set("ST-App-Key", stAppKey)
	return req, nil
}
""", servicetitan_secret(), cid=draw(28, LOWNUM))

add("kotlin/square-access-token", "payments/src/main/kotlin/com/summit/payments/SquareConfig.kt",
    "Square docs: production access tokens (EAAA...) with the Square Java/Kotlin SDK", r"""
package com.summit.payments

import com.squareup.square.Environment
import com.squareup.square.SquareClient
import com.squareup.square.authentication.BearerAuthModel

object SquareConfig {
    // Card readers in the trucks take deposits on signing day.
    private const val ACCESS_TOKEN = "@@secret@@"
    const val LOCATION_ID = "L8Q2ZK41XH7PM"

    val client: SquareClient by lazy {
        SquareClient.Builder()
            .environment(Environment.PRODUCTION)
            .bearerAuthCredentials(BearerAuthModel.Builder(ACCESS_TOKEN).build())
            .build()
    }
}
""", square_token())

add("csharp/xero-client-secret", "InvoiceSync/XeroSettings.cs",
    "Xero developer docs: OAuth 2.0 client id and client secret (custom connection)", r"""
namespace InvoiceSync;

public static class XeroSettings
{
    public const string ClientId = "@@cid@@";
    public const string ClientSecret = "@@secret@@";
    public const string Scopes = "accounting.transactions accounting.contacts accounting.settings.read";
    public const string TenantName = "Lone Star Roofing & Restoration";

    public static readonly IReadOnlyDictionary<string, string> AccountCodes = new Dictionary<string, string>
    {
        ["roof-replacement"] = "200",
        ["repair"] = "210",
        ["gutters"] = "220",
        ["insurance-deductible"] = "230",
    };

    public const int PaymentTermsDays = 15;
}
""", draw(48, URLSAFE), cid=uhex(32))

add("yaml/jobber-client-secret", "config/credentials.development.yml",
    "Rails docs: credentials (a decrypted credentials file committed by mistake)", r"""
secret_key_base: @@skb@@

jobber:
  client_id: 9f2c6a1e-3d7b-4e58-a0c4-b1e7d92f6358
  client_secret: @@secret@@
  redirect_uri: http://localhost:3000/jobber/callback

active_record_encryption:
  primary_key: test-primary-key-placeholder
  deterministic_key: test-deterministic-key-placeholder
  key_derivation_salt: test-salt-placeholder
""", hexs(64), skb="dev-only-" + "0" * 32)

add("json/callrail-api-key", "lead-tracking/config/callrail.json",
    "CallRail API v3 docs: Authorization: Token token=\"<api key>\"", r"""
{
  "callrail": {
    "accountId": "ACC8a7d3f2e1c0b4e5f96a2d7c3b1e0f9a8",
    "apiKey": "@@secret@@",
    "companies": {
      "ridgeline-dallas": "COM5e2c8a1f7d3b4096b3e1f0a9c7d2e6b4",
      "ridgeline-fortworth": "COM1b9e7d3c5a2f4e8096c1d3a5f7b9e2d0"
    }
  },
  "tracking": {
    "pullEveryMinutes": 15,
    "tagsToSync": ["Qualified Lead", "Storm", "Insurance", "Retail"],
    "minDurationSeconds": 45
  }
}
""", hexs(32))

add("shell/housecall-pro-api-key", "scripts/export_hcp_jobs.sh",
    "Housecall Pro API docs: Authorization: Token <API key>", r"""
#!/usr/bin/env bash
# Export last month's gutter/repair jobs from Housecall Pro for the bookkeeper.
set -euo pipefail
START=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m-%d)
END=$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m-%d)

curl -fsS "https://api.housecallpro.com/jobs?scheduled_start_min=${START}&scheduled_start_max=${END}&page_size=200" \
  -H "Accept: application/json" \
  -H "Authorization: Token @@secret@@" \
  | jq -r '.jobs[] | [.invoice_number, .customer.last_name, .work_status, (.total_amount/100)] | @csv' \
  > "hcp_jobs_${START:0:7}.csv"

echo "wrote hcp_jobs_${START:0:7}.csv"
""", hexs(32))

add("sql/facebook-page-access-token", "db/crm/0014_lead_ads_connection.sql",
    "Meta Lead Ads docs: a Page access token (EAA...) used to read leadgen forms", r"""
-- Facebook Lead Ads connection for the "Free roof inspection" forms
INSERT INTO lead_sources (slug, name, kind, config, active) VALUES (
  'fb-lead-ads',
  'Facebook Lead Ads',
  'meta',
  jsonb_build_object(
    'page_id', '104228817330912',
    'form_ids', jsonb_build_array('1428830917751204', '991203377418552'),
    'page_access_token', '@@secret@@',
    'graph_version', 'v19.0'
  ),
  true
);
""", meta_token())

add("markdown/hearth-api-key", "docs/sales/financing.md",
    "Sales ops notes with a financing partner's API key pasted in", r"""
# Customer financing (Hearth)

We offer financing through Hearth on every retail proposal over $5,000.

- Contractor ID: **RR-772014**
- Prequal link for reps: https://app.gethearth.com/partners/ridgeline-roofing/prequal
- The proposal app shows monthly payments using Hearth's estimate API.

## API (for the proposal app)
```
HEARTH_API_BASE=https://api.gethearth.com/v1
HEARTH_API_KEY=@@secret@@
```
Rotate this if a developer leaves. Rates and terms are in the partner portal, not here.

## Rep tips
- Soft pull only for prequal; it does not affect the homeowner's credit.
- Funding goes out when the homeowner signs the completion certificate in the app.
""", draw(40, LOWNUM))

add("python/google-oauth-client-secret", "marketing/google_ads_leads.py",
    "Google Ads API docs: google-ads.yaml style credentials (developer token, client id, client secret)", r'''
"""Pull conversions from the Google Ads lead form extensions into the CRM."""
from google.ads.googleads.client import GoogleAdsClient

CONFIG = {
    "developer_token": "${GOOGLE_ADS_DEVELOPER_TOKEN}",
    "client_id": "724183950266-4rk0tq8m7v2lc1b5n9x3hs6gjw0ydpfe.apps.googleusercontent.com",
    "client_secret": "@@secret@@",
    "refresh_token": None,  # filled at runtime from the token store
    "login_customer_id": "4417209931",
    "use_proto_plus": True,
}


def client(refresh_token: str) -> GoogleAdsClient:
    return GoogleAdsClient.load_from_dict({**CONFIG, "refresh_token": refresh_token})


def lead_form_submissions(refresh_token: str, customer_id: str):
    ga = client(refresh_token).get_service("GoogleAdsService")
    query = """
        SELECT lead_form_submission_data.id, lead_form_submission_data.submission_date_time,
               lead_form_submission_data.lead_form_submission_fields
        FROM lead_form_submission_data
        WHERE segments.date DURING LAST_7_DAYS
    """
    for row in ga.search(customer_id=customer_id, query=query):
        yield row.lead_form_submission_data
''', gocspx())

add("dart/stripe-restricted-key", "sales_app/lib/payments/deposit_service.dart",
    "Stripe docs: restricted API keys (rk_live_...) must stay server-side", r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

/// Takes the signing-day deposit from the rep's tablet.
class DepositService {
  static const _stripeKey = '@@secret@@';

  Future<String> createPaymentIntent({required int amountCents, required String jobNumber}) async {
    final res = await http.post(
      Uri.parse('https://api.stripe.com/v1/payment_intents'),
      headers: {
        'Authorization': 'Bearer $_stripeKey',
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: {
        'amount': '$amountCents',
        'currency': 'usd',
        'payment_method_types[]': 'card_present',
        'capture_method': 'automatic',
        'metadata[job]': jobNumber,
      },
    );
    if (res.statusCode != 200) {
      throw Exception('stripe ${res.statusCode}: ${res.body}');
    }
    return jsonDecode(res.body)['client_secret'] as String;
  }
}
""", stripe_key("rk_live_"))

_at = airtable_pat()
add("k8s-secret/airtable-token", "deploy/k8s/sales-pipeline-secret.yaml",
    "Airtable docs: personal access tokens (pat...) ; Kubernetes Secret data (base64)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: sales-pipeline
  namespace: crm
type: Opaque
data:
  AIRTABLE_BASE_ID: @@base@@
  AIRTABLE_TOKEN: @@tok@@
  PIPELINE_TABLE: @@table@@
""", b64(_at), base=b64("appR7kQ2mX9tV4nLw"), tok=b64(_at), table=b64("Leads 2024"))

add("github-actions/heroku-api-key", ".github/workflows/deploy-invoicing.yml",
    "Heroku docs: HEROKU_API_KEY for the CLI in CI", r"""
name: deploy-invoicing

on:
  push:
    branches: [main]
    paths: ["invoicing/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      HEROKU_API_KEY: @@secret@@
      HEROKU_APP: lonestar-invoicing
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - name: Install Heroku CLI
        run: curl https://cli-assets.heroku.com/install.sh | sh
      - name: Push
        run: |
          heroku git:remote -a "$HEROKU_APP"
          git push heroku "$(git subtree split --prefix invoicing HEAD)":refs/heads/main --force
      - name: Migrate
        run: heroku run -a "$HEROKU_APP" -- python manage.py migrate --noinput
""", uuid_s())

add("properties/zoho-refresh-token", "crm-connector/src/main/resources/zoho.properties",
    "Zoho CRM API docs: OAuth refresh token (1000.xxx.yyy), client id and secret", r"""
zoho.accounts-url=https://accounts.zoho.com
zoho.api-domain=https://www.zohoapis.com
zoho.client-id=1000.X7KQ2RM9TZ4W8P1LN3VB6YC0HD5JFA
zoho.client-secret=${ZOHO_CLIENT_SECRET}
zoho.refresh-token=@@secret@@
zoho.module.leads=Leads
zoho.module.deals=Deals
zoho.layout.roofing=Roofing Deal
zoho.sync.cron=0 */10 * * * *
""", f"1000.{hexs(32)}.{hexs(32)}")

_tw_sk = "SK" + hexs(32)
add("ruby/twilio-api-key-secret", "app/services/review_request_sms.rb",
    "Twilio docs: API key SID (SK...) and secret with Twilio::REST::Client", r"""
# frozen_string_literal: true

# Texts the homeowner a review link two days after the final walkthrough.
class ReviewRequestSms
  ACCOUNT_SID = "AC4e7b2d91c3a85f06e1d7b4c29a3f8e50"
  API_KEY_SID = "@@sk@@"
  API_KEY_SECRET = "@@secret@@"
  FROM = "+14695550142"

  def self.client
    @client ||= Twilio::REST::Client.new(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)
  end

  def self.deliver(job)
    link = "https://g.page/r/CRl7vK2mP0xQEBM/review"
    body = "Hi #{job.customer_first_name}, thanks for choosing Lone Star Roofing! " \
           "Would you leave us a quick review? #{link}"
    client.messages.create(from: FROM, to: job.customer_mobile, body: body)
  end
end
""", draw(32), sk=_tw_sk)

add("toml/docraptor-api-key", "invoice-pdf/config.toml",
    "DocRaptor docs: api_key for the HTML-to-PDF API", r"""
[docraptor]
api_key = "@@secret@@"
test = false
javascript = false
prince_version = "15"

[templates]
invoice = "templates/invoice.html"
lien_waiver = "templates/conditional_lien_waiver.html"
completion = "templates/certificate_of_completion.html"

[branding]
company = "Summit Exteriors"
license = "OH-RC-44172"
phone = "330-555-0100"
""", draw(20))

add("html/decoy-publishable-key", "billing-portal/public/pay.html",
    "Stripe.js docs: the publishable key (pk_live_...) belongs in client-side code", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your invoice | Summit Exteriors</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <h1>Invoice <span id="inv"></span></h1>
  <div id="payment-element"></div>
  <button id="pay">Pay now</button>
  <script>
    const stripe = Stripe("@@pk@@");
    const params = new URLSearchParams(location.search);
    document.getElementById("inv").textContent = params.get("invoice");
    fetch(`/api/invoices/${params.get("invoice")}/intent`).then((r) => r.json()).then(({ clientSecret }) => {
      const elements = stripe.elements({ clientSecret });
      elements.create("payment").mount("#payment-element");
      document.getElementById("pay").onclick = () =>
        stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + "/paid" } });
    });
  </script>
</body>
</html>
""", pk=stripe_key("pk_live_"))

add("python/decoy-ids", "billing/tests/test_webhooks.py",
    "Pytest using Stripe object ids (cus_, pi_, evt_) in fixtures; signing is stubbed", r'''
import json

import pytest

from billing.webhooks import handle_event


@pytest.fixture
def payment_succeeded():
    return {
        "id": "evt_1P2xR4KzQ8mV3nL0aB7cD9eF",
        "type": "payment_intent.succeeded",
        "data": {"object": {
            "id": "pi_3P2xR3KzQ8mV3nL01Tg5HjWk",
            "customer": "cus_PsD8kL2mQ9xV4n",
            "amount_received": 621437,
            "metadata": {"invoice_number": "INV-24-0415"},
        }},
    }


def test_marks_invoice_paid(payment_succeeded, db):
    handle_event(json.loads(json.dumps(payment_succeeded)), verify=False)
    invoice = db.invoice("INV-24-0415")
    assert invoice.status == "paid"
    assert invoice.stripe_payment_intent == "pi_3P2xR3KzQ8mV3nL01Tg5HjWk"
''')

add("json/decoy-public-form-id", "website/src/data/hubspot-forms.json",
    "HubSpot forms embed docs: portalId and formId are public (they appear in the page)", r"""
{
  "region": "na1",
  "portalId": "44172093",
  "forms": {
    "inspection": {"formId": "5e1c7a3f-92d4-4b08-a6e1-3c9f0d2b7e54", "redirect": "/thanks"},
    "financing":  {"formId": "b2d8e4a1-7c3f-4e96-8b05-1a9d6c3e2f70", "redirect": "/financing/thanks"},
    "careers":    {"formId": "0f7a3c9e-1d2b-4c58-9e64-7b3a2d1c0e85", "redirect": "/careers/thanks"}
  },
  "trackingCode": "//js.hs-scripts.com/44172093.js"
}
""")

def _enc(n: int) -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


add("yaml/decoy-encrypted-value", "deploy/secrets/billing.prod.enc.yaml",
    "SOPS docs: values encrypted as ENC[AES256_GCM,...] with AWS KMS / age recipients", r"""
stripe_secret_key: @@e1@@
stripe_webhook_secret: @@e2@@
qbo_client_secret: @@e3@@
database_url: @@e4@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:480912275531:key/2b7e4f19-8c3a-4d60-a5e2-91f0c7d3b84a
          created_at: "2024-03-02T17:41:09Z"
          enc: AQICAHh7Ytq2R0kP5nV9xS3mL1cW8bF6dJ4gH2aE0uZ7iO3yAF5rN8tQ1xM4vB7cK2lP9sD6fG3hJ0
          aws_profile: ""
    age:
        - recipient: age1q7xkd2m4pz9r3tvy6n8wc0fj5lhs2ue7a4gk9dmx3pb6qz8vtrys0nlw5c
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSBxR3lXZ0xrN2pQdE1aR2Vx
            bXZpTjhTd0xmN3J6b0tUN3FWbDJkR2c0S3hBClh6dFZlR3l3dnFZdzVkbTBwR1lB
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-28T19:02:44Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", e1=_enc(32), e2=_enc(38), e3=_enc(40), e4=_enc(70), mac=_enc(32))

add("ruby/decoy-credentials-reference", "config/initializers/jobber.rb",
    "Rails credentials API: Rails.application.credentials.dig(...)", r"""
# frozen_string_literal: true

Rails.application.config.x.jobber = ActiveSupport::OrderedOptions.new.tap do |jobber|
  jobber.client_id     = Rails.application.credentials.dig(:jobber, :client_id)
  jobber.client_secret = Rails.application.credentials.dig(:jobber, :client_secret)
  jobber.redirect_uri  = Rails.application.credentials.dig(:jobber, :redirect_uri)
  jobber.graphql_url   = "https://api.getjobber.com/api/graphql"
  jobber.api_version   = "2024-04-04"
end
""")

add("csv/decoy-masked-card", "exports/payments_2024-03.csv",
    "Payments export with card brand and last four only (PCI-masked)", r"""
date,invoice,customer,method,brand,last4,amount,fee,processor_id
2024-03-04,INV-24-0288,Olsen,card,visa,4242,6214.37,180.22,pi_3OqKp2KzQ8mV3nL00Xr4Yt7u
2024-03-06,INV-24-0291,Price,ach,,6789,22910.40,5.00,pi_3OrAz1KzQ8mV3nL01Bb8Cc2d
2024-03-11,INV-24-0298,Novak,card,mastercard,4444,1500.00,43.50,pi_3OtLm9KzQ8mV3nL00Qw1Ee3r
2024-03-15,INV-24-0305,Reyes,check,,,9800.00,0.00,chk-10442
2024-03-22,INV-24-0311,Hoang,card,amex,0005,3125.00,109.38,pi_3OwNn4KzQ8mV3nL01Zx9Vv5b
""")

add("sql/decoy-ids", "db/billing/0021_qbo_mappings.sql",
    "Mapping table between local records and QuickBooks Online entity ids", r"""
CREATE TABLE qbo_mappings (
    local_type   text NOT NULL,
    local_id     text NOT NULL,
    realm_id     text NOT NULL,
    qbo_id       text NOT NULL,
    sync_token   text NOT NULL,
    PRIMARY KEY (local_type, local_id, realm_id)
);

INSERT INTO qbo_mappings VALUES
  ('item',     'roof-replacement', '9130356472618842', '27', '3'),
  ('item',     'gutters',          '9130356472618842', '31', '0'),
  ('item',     'deposit',          '9130356472618842', '44', '1'),
  ('customer', 'C-10442',          '9130356472618842', '1187', '5'),
  ('class',    'insurance',        '9130356472618842', '5000000000000124331', '0');
""")

add("typescript/decoy-client-id", "sales-dashboard/src/auth/google.ts",
    "Google Identity Services docs: the OAuth client ID is public in a browser app", r"""
// Staff sign-in for the sales dashboard (Google Workspace accounts only).
export const GOOGLE_CLIENT_ID =
  "724183950266-9nq3c5e1xk7mj0v2a8fz4ltw6hryb0gd.apps.googleusercontent.com";

export function initGoogleSignIn(onCredential: (jwt: string) => void) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    hd: "lonestarroofing.com",
    callback: (response: { credential: string }) => onCredential(response.credential),
    auto_select: true,
  });
  window.google.accounts.id.renderButton(document.getElementById("google-btn")!, {
    theme: "outline",
    size: "large",
  });
}
""")

add("php/decoy-env-reference", "billing-portal/config/services.php",
    "Laravel docs: config/services.php reading credentials with env()", r"""
<?php

return [

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],

    'quickbooks' => [
        'client_id' => env('QBO_CLIENT_ID'),
        'client_secret' => env('QBO_CLIENT_SECRET'),
        'realm_id' => env('QBO_REALM_ID'),
        'environment' => env('QBO_ENVIRONMENT', 'production'),
    ],

];
""")

add("markdown/decoy-commit-sha", "invoicing/CHANGELOG.md",
    "Keep a Changelog style file with commit hashes", r"""
# Changelog

## [2.8.0] - 2024-03-28
### Added
- Conditional lien waiver PDF on final invoices (a41c9e0, 7f3b2d8).
- ACH payments through Stripe Financial Connections (e92d41f7c0b3a5d6e8f1a2b4c6d8e0f1a3b5c7d9).

### Fixed
- Deposit invoices rounded to the cent twice (3c0a7e91b2d4f6a8c0e2a4b6d8f0a2c4e6b8d0f2).
- QuickBooks sync retried forever on SyncToken conflicts (9d2e4f6a).

## [2.7.3] - 2024-02-19
### Changed
- Invoice numbers now `INV-YY-NNNN` (was `YYYYNNNN`), migration 0019.
""")

add("env/decoy-documented-example", "invoicing/.env.sample",
    "AWS docs: the documented example access key pair (AKIAIOSFODNN7EXAMPLE)", r"""
# Sample values only. See docs/setup.md.
DJANGO_SETTINGS_MODULE=invoicing.settings.local
DATABASE_URL=postgres://invoicing:invoicing@localhost:5432/invoicing
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
AWS_STORAGE_BUCKET_NAME=invoicing-local
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
QBO_CLIENT_SECRET=<from the Intuit developer portal>
""")

add("json/decoy-template-variable", "postman/CRM-sync.postman_collection.json",
    "Postman docs: collection variables ({{name}}) for auth tokens", r"""
{
  "info": {
    "name": "CRM sync",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "{{hubspot_token}}", "type": "string"}]
  },
  "item": [
    {
      "name": "Create contact",
      "request": {
        "method": "POST",
        "url": "https://api.hubapi.com/crm/v3/objects/contacts",
        "body": {"mode": "raw", "raw": "{\"properties\": {\"firstname\": \"Test\", \"phone\": \"+12145550100\"}}"}
      }
    }
  ],
  "variable": [{"key": "hubspot_token", "value": ""}]
}
""")

add("kotlin/decoy-public-app-id", "sales-app-android/app/src/main/java/com/lonestar/sales/PaymentsSetup.kt",
    "Square Mobile Payments SDK docs: the application ID (sq0idp-) is not a secret", r"""
package com.lonestar.sales

import android.app.Application
import com.squareup.sdk.mobilepayments.MobilePaymentsSdk

class SalesApp : Application() {
    override fun onCreate() {
        super.onCreate()
        // Application ID and location are public identifiers; the app gets a
        // short-lived OAuth token from our backend after the rep signs in.
        MobilePaymentsSdk.initialize(SQUARE_APPLICATION_ID, this)
    }

    companion object {
        const val SQUARE_APPLICATION_ID = "sq0idp-Kq7R2mV9xT4wL1nB8cZ3dF"
        const val SQUARE_LOCATION_ID = "L8Q2ZK41XH7PM"
    }
}
""")

add("go/decoy-test-vector", "internal/billing/hmac_test.go",
    "RFC 4231 HMAC-SHA256 test case 1 (published test vector)", r"""
package billing

import (
	"encoding/hex"
	"testing"
)

// RFC 4231, test case 1.
func TestSignMatchesRFC4231(t *testing.T) {
	key, _ := hex.DecodeString("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b")
	got := Sign(key, []byte("Hi There"))
	want := "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
	if got != want {
		t.Fatalf("Sign() = %s, want %s", got, want)
	}
}

func TestIdempotencyKeyIsStable(t *testing.T) {
	a := IdempotencyKey("INV-24-0415", 1)
	b := IdempotencyKey("INV-24-0415", 1)
	if a != b || a != "inv-24-0415-1-2f7c9e1a" {
		t.Fatalf("unexpected key %q / %q", a, b)
	}
}
""")

# ---------------------------------------------------------------------------------------------
# Office IT: Microsoft 365, AD/LDAP, firewalls and Wi-Fi, NAS and backups, cameras, laptops.
# ---------------------------------------------------------------------------------------------


def wg_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def ssh_pub(kind: str = "ed25519") -> str:
    r = _rng()
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64CH) for _ in range(43))
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(B64CH) for _ in range(368))


add("powershell/azure-client-secret", "it/scripts/Get-LicenseReport.ps1",
    "Microsoft Graph PowerShell docs: Connect-MgGraph -ClientSecretCredential", r"""
# Monthly Microsoft 365 license report for the office manager.
Import-Module Microsoft.Graph.Users

$tenantId = "5b7e2c1a-94d3-4f0b-8e6a-2c91d0f7b345"
$appId    = "0e9d4c7a-2b18-4f63-a5d1-8c3e7f2b9a40"
$secret   = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $secret)

Connect-MgGraph -TenantId $tenantId -ClientSecretCredential $cred -NoWelcome

$skus = @{
    "f245ecc8-75af-4f8e-b61f-27d8114de5f3" = "Business Standard"
    "cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46" = "Business Premium"
    "4b585984-651b-448a-9e53-3b10f069cf7f" = "F3"
}

Get-MgUser -All -Property DisplayName,UserPrincipalName,AssignedLicenses,AccountEnabled |
    Where-Object { $_.AssignedLicenses.Count -gt 0 } |
    Select-Object DisplayName, UserPrincipalName, AccountEnabled,
        @{ n = "Licenses"; e = { ($_.AssignedLicenses | ForEach-Object { $skus["$($_.SkuId)"] }) -join ", " } } |
    Export-Csv -NoTypeInformation -Path "\\NAS01\IT\reports\licenses-$(Get-Date -Format yyyy-MM).csv"

Disconnect-MgGraph | Out-Null
""", azure_secret())

add("toml/unifi-controller-password", "it/unpoller/up.conf",
    "UniFi Poller (unpoller) docs: [unifi.defaults] url, user, pass", r"""
[poller]
  debug = false
  quiet = false

[prometheus]
  disable = false
  http_listen = "0.0.0.0:9130"

[influxdb]
  disable = true

[unifi]
  dynamic = false

[unifi.defaults]
  url = "https://10.20.0.2:8443"
  user = "unifipoller"
  pass = "@@secret@@"
  sites = ["default", "yard"]
  save_ids = false
  save_dpi = false
  verify_ssl = false
""", words_pw())

add("ini/ldap-bind-password", "it/linux/sssd.conf",
    "sssd-ldap(5): ldap_default_bind_dn and ldap_default_authtok", r"""
[sssd]
services = nss, pam
config_file_version = 2
domains = glr.local

[domain/glr.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.glr.local, ldaps://dc02.glr.local
ldap_search_base = dc=glr,dc=local
ldap_schema = ad
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=glr,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_id_mapping = true
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/glr-root-ca.pem
cache_credentials = true
access_provider = simple
simple_allow_groups = IT Admins, Estimating
""", rand_pw(20, "!#%"))

add("python/ldap-bind-password", "portal/auth/ad_login.py",
    "ldap3 docs: Connection(server, user, password, auto_bind=True)", r'''
"""Staff login for the office portal against Active Directory."""
from __future__ import annotations

from ldap3 import ALL, NTLM, Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://dc01.summitexteriors.local", get_info=ALL, use_ssl=True)
BIND_USER = "SUMMIT\\svc_portal"
BIND_PASSWORD = "@@secret@@"
BASE_DN = "OU=Staff,DC=summitexteriors,DC=local"


def authenticate(username: str, password: str) -> dict | None:
    with Connection(SERVER, user=BIND_USER, password=BIND_PASSWORD, authentication=NTLM, auto_bind=True) as svc:
        svc.search(BASE_DN, f"(sAMAccountName={escape_filter_chars(username)})",
                   attributes=["distinguishedName", "displayName", "memberOf", "mail"])
        if not svc.entries:
            return None
        entry = svc.entries[0]
    try:
        Connection(SERVER, user=entry.distinguishedName.value, password=password, auto_bind=True).unbind()
    except Exception:
        return None
    return {"name": entry.displayName.value, "email": entry.mail.value,
            "groups": [g.split(",")[0][3:] for g in entry.memberOf.values]}
''', words_pw())

add("shell/fortigate-api-token", "it/scripts/backup-fortigate.sh",
    "FortiOS REST API docs: access_token / Authorization: Bearer for /api/v2/monitor/system/config/backup", r"""
#!/bin/bash
# Weekly FortiGate 60F config backup to the NAS (Sunday 02:00)
set -euo pipefail
FGT=https://10.20.0.1:10443
TOKEN="@@secret@@"
DEST=/volume1/IT/firewall
STAMP=$(date +%F)

curl -fsS -k -H "Authorization: Bearer ${TOKEN}" \
  "${FGT}/api/v2/monitor/system/config/backup?scope=global" \
  -o "${DEST}/fgt60f-${STAMP}.conf"

# keep 12 weeks
ls -1t "${DEST}"/fgt60f-*.conf | tail -n +13 | xargs -r rm --
""", draw(30, LOWNUM))

add("ansible/meraki-api-key", "it/ansible/meraki-ssids.yml",
    "cisco.meraki Ansible collection docs: meraki_api_key / auth_key parameter", r"""
---
- name: Office and yard SSIDs
  hosts: localhost
  gather_facts: false
  vars:
    meraki_api_key: "@@secret@@"
    org_name: Lone Star Roofing
    net_name: HQ - Plano
  tasks:
    - name: Staff SSID (802.1X against NPS)
      cisco.meraki.meraki_mr_ssid:
        auth_key: "{{ meraki_api_key }}"
        org_name: "{{ org_name }}"
        net_name: "{{ net_name }}"
        number: 0
        name: LSR-Staff
        enabled: true
        auth_mode: 8021x-radius
        radius_servers:
          - host: 10.20.0.10
            port: 1812
            secret: "{{ vault_nps_radius_secret }}"

    - name: Guest SSID with splash page
      cisco.meraki.meraki_mr_ssid:
        auth_key: "{{ meraki_api_key }}"
        org_name: "{{ org_name }}"
        net_name: "{{ net_name }}"
        number: 1
        name: LSR-Guest
        enabled: true
        auth_mode: open
        splash_page: Click-through splash page
        ip_assignment_mode: NAT mode
""", hexs(40))

add("xml/windows-admin-password", "it/imaging/autounattend.xml",
    "Windows unattended setup docs: UserAccounts/AdministratorPassword with PlainText true", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>1</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <RegisteredOrganization>Great Lakes Roofing &amp; Gutters</RegisteredOrganization>
      <TimeZone>Eastern Standard Time</TimeZone>
    </component>
  </settings>
  <settings pass="specialize">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <ComputerName>GLR-LT-*</ComputerName>
    </component>
  </settings>
</unattend>
""", words_pw())

add("reg/windows-autologon-password", "it/kiosk/yard-kiosk-autologon.reg",
    "Microsoft docs: Winlogon AutoAdminLogon, DefaultUserName, DefaultPassword", r"""
Windows Registry Editor Version 5.00

; Yard check-in kiosk: logs in as the kiosk user after a power cut
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="yardkiosk"
"DefaultDomainName"="GLR"
"DefaultPassword"="@@secret@@"
"ForceAutoLogon"="1"

[HKEY_LOCAL_MACHINE\SOFTWARE\Policies\Microsoft\Windows\Personalization]
"NoLockScreen"=dword:00000001
""", words_pw())

add("wireguard/wireguard-private-key", "it/vpn/wg0.conf",
    "wg(8) / wg-quick(8): [Interface] PrivateKey, [Peer] PublicKey", r"""
# Site-to-site: HQ (Plano) <-> Fort Worth yard
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@
PostUp = iptables -A FORWARD -i wg0 -j ACCEPT
PostDown = iptables -D FORWARD -i wg0 -j ACCEPT

[Peer]
# fortworth-yard (GL.iNet router)
PublicKey = @@pub@@
AllowedIPs = 10.99.0.2/32, 192.168.50.0/24
Endpoint = fw-yard.lonestarroofing.com:51820
PersistentKeepalive = 25
""", wg_key(), pub=wg_key())

add("openssh-key/ssh-private-key", "it/keys/nas-backup_ed25519",
    "OpenSSH private key file format (-----BEGIN OPENSSH PRIVATE KEY-----)", r"""
@@secret@@
""", openssh_key())

add("json/datto-rmm-api-secret", "it/rmm/datto-rmm.json",
    "Datto RMM API docs: API key and secret key for the OAuth password grant", r"""
{
  "platform": "merlot",
  "apiUrl": "https://merlot-api.centrastage.net",
  "apiKey": "@@kid@@",
  "apiSecretKey": "@@secret@@",
  "site": "Summit Exteriors - Akron",
  "jobs": {
    "patchReport": {"schedule": "0 7 * * 1", "email": "it@summitexteriors.net"},
    "offlineDevices": {"schedule": "*/30 * * * *", "minutesOffline": 60}
  }
}
""", draw(32), kid=draw(20, UPNUM))

_reg_auth = b64("build-agent:" + rand_pw(24))
add("json/docker-registry-password", "it/build-agent/.docker/config.json",
    "Docker docs: config.json auths entry with base64 user:password", r"""
{
  "auths": {
    "registry.summitexteriors.net": {
      "auth": "@@auth@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default",
  "detachKeys": "ctrl-p,ctrl-q"
}
""", _reg_auth, auth=_reg_auth)

_kc_key = b64(fakes.fake_pem(_seed(), "RSA") + "\n")
add("yaml/kubernetes-client-key", "it/kube/office-apps.kubeconfig",
    "Kubernetes docs: kubeconfig users[].user.client-key-data (base64 PEM)", r"""
apiVersion: v1
kind: Config
clusters:
  - name: office-apps
    cluster:
      server: https://10.20.0.40:6443
      certificate-authority-data: @@ca@@
users:
  - name: office-admin
    user:
      client-certificate-data: @@crt@@
      client-key-data: @@key@@
contexts:
  - name: office-apps
    context:
      cluster: office-apps
      user: office-admin
      namespace: default
current-context: office-apps
""", _kc_key, ca=b64(cert_pem() + "\n"), crt=b64(cert_pem() + "\n"), key=_kc_key)

add("env/vaultwarden-admin-token", "it/vaultwarden/.env",
    "Vaultwarden wiki: ADMIN_TOKEN enables the /admin page", r"""
DOMAIN=https://vault.greatlakesroofing.com
SIGNUPS_ALLOWED=false
INVITATIONS_ALLOWED=true
ADMIN_TOKEN=@@secret@@
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_SECURITY=starttls
SMTP_FROM=vault@greatlakesroofing.com
WEBSOCKET_ENABLED=true
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(48))).decode())

add("yaml/camera-rtsp-password", "it/frigate/config.yml",
    "Frigate NVR docs: cameras.ffmpeg.inputs path rtsp://user:password@host:554/...", r"""
mqtt:
  host: 10.20.0.12
cameras:
  yard_gate:
    ffmpeg:
      inputs:
        - path: rtsp://nvr:@@secret@@@10.20.30.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record, detect]
    detect:
      width: 1280
      height: 720
    objects:
      track: [person, car, truck]
  material_bay:
    ffmpeg:
      inputs:
        - path: rtsp://10.20.30.22:554/stream1
          roles: [record]
record:
  enabled: true
  retain:
    days: 14
    mode: motion
""", rand_pw(14))

add("markdown/nas-admin-password", "it/README.md",
    "Office IT runbook with an admin password written into it", r"""
# Office IT - Summit Exteriors (Akron)

## Network
- Firewall: FortiGate 60F at 10.20.0.1 (admin via FortiCloud SSO)
- Switches/APs: UniFi, controller on the Cloud Key at 10.20.0.2
- ISP: Spectrum Business, static 71.xx.xx.34, support 1-800-555-0199 acct 8352-1100-44

## NAS (Synology DS920+ "NAS01", 10.20.0.5)
- Shares: `Estimating`, `Drone`, `Photos`, `IT`, `Scans`
- Admin: `glradmin` / `@@secret@@`
- Hyper Backup to Backblaze B2 nightly 23:00, Drone share weekly.

## Printers
- Ricoh IM C3000 (front office) 10.20.0.30 - scan-to-folder into `\\NAS01\Scans`
- Plotter HP DesignJet T650 (estimating) 10.20.0.31

## When something breaks
1. Check the UniFi dashboard for the device.
2. Call MSP (Cuyahoga IT) 330-555-0123, ticket email help@cuyahoga-it.example.
""", words_pw())

add("csv/device-admin-password", "it/inventory/devices.csv",
    "Device inventory spreadsheet export with an admin password in the notes", r"""
asset_tag,type,model,serial,ip,location,assigned_to,notes
GLR-0101,laptop,Dell Latitude 5440,7XK2QL3,dhcp,estimating,Jenna K.,BitLocker key in Entra
GLR-0102,laptop,Dell Latitude 5440,9BW4TR1,dhcp,sales,Marcus W.,
GLR-0110,tablet,iPad 10th gen,DMPXK2Q1LM,dhcp,crew CR1,Hector R.,Intune enrolled
GLR-0120,printer,Ricoh IM C3000,3100R412554,10.20.0.30,front office,,web admin: admin / @@secret@@
GLR-0121,plotter,HP DesignJet T650,CN13H4A0P7,10.20.0.31,estimating,,
GLR-0130,nvr,Dahua NVR4108HS,7H02A4BPAZ4410C,10.20.30.20,server closet,,see Frigate
GLR-0140,ups,APC SMT1500RM2U,AS2244123456,10.20.0.8,server closet,,NMC card
""", rand_pw(12))

add("ansible/winrm-password", "it/ansible/inventory/office.ini",
    "Ansible docs: Windows hosts over WinRM (ansible_user, ansible_password) in an INI inventory", r"""
[windows_servers]
dc01.glr.local
app01.glr.local

[windows_workstations]
GLR-LT-0101.glr.local
GLR-LT-0102.glr.local
GLR-KIOSK-01.glr.local

[windows:children]
windows_servers
windows_workstations

[windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_port=5986
ansible_user=GLR\svc_ansible
ansible_password=@@secret@@
""", words_pw())

add("shell/github-token", "it/scripts/backup-github-repos.sh",
    "GitHub REST API docs: Authorization: Bearer <personal access token> and git clone over HTTPS", r"""
#!/usr/bin/env bash
# Mirror all ridgeline-roofing repos to the NAS every night (the MSP asked for offsite copies).
set -euo pipefail
ORG=ridgeline-roofing
GH_TOKEN=@@secret@@
DEST=/volume1/IT/github-mirror

repos=$(curl -fsS -H "Authorization: Bearer ${GH_TOKEN}" \
  "https://api.github.com/orgs/${ORG}/repos?per_page=100&type=all" | jq -r '.[].name')

for repo in $repos; do
  if [ -d "${DEST}/${repo}.git" ]; then
    git -C "${DEST}/${repo}.git" remote update --prune
  else
    git clone --mirror "https://x-access-token:${GH_TOKEN}@github.com/${ORG}/${repo}.git" "${DEST}/${repo}.git"
  fi
done
""", fakes.github_token(_seed()))

add("terraform/cloudflare-api-token", "it/dns/cloudflare.tf",
    "Terraform Cloudflare provider docs: api_token argument", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.26"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

data "cloudflare_zone" "main" {
  name = "ridgelineroofing.com"
}

resource "cloudflare_record" "quotes" {
  zone_id = data.cloudflare_zone.main.id
  name    = "quotes"
  type    = "CNAME"
  value   = "quote-engine.onrender.com"
  proxied = true
}

resource "cloudflare_record" "crews" {
  zone_id = data.cloudflare_zone.main.id
  name    = "crews"
  type    = "A"
  value   = "203.0.113.40"
  proxied = true
}
""", draw(40, URLSAFE))

add("batch/ftp-password", "it/scripts/upload_price_sheet.bat",
    "Windows ftp.exe docs: -s:script with user/password lines", r"""
@echo off
rem Sends the weekly price sheet to the sign shop's FTP (they print the yard price boards)
set SHEET=\\NAS01\Estimating\price-boards\price_board_%DATE:~10,4%%DATE:~4,2%%DATE:~7,2%.pdf

echo open ftp.signworks-akron.example> %TEMP%\ftpcmd.txt
echo user summit_exteriors>> %TEMP%\ftpcmd.txt
echo @@secret@@>> %TEMP%\ftpcmd.txt
echo binary>> %TEMP%\ftpcmd.txt
echo cd incoming>> %TEMP%\ftpcmd.txt
echo put "%SHEET%">> %TEMP%\ftpcmd.txt
echo bye>> %TEMP%\ftpcmd.txt

ftp -n -s:%TEMP%\ftpcmd.txt
del %TEMP%\ftpcmd.txt
""", rand_pw(12))

add("text/age-secret-key", "it/sops/keys.txt",
    "age docs: identity file written by age-keygen (AGE-SECRET-KEY-1...)", r"""
# created: 2024-03-02T17:38:51-05:00
# public key: age1q7xkd2m4pz9r3tvy6n8wc0fj5lhs2ue7a4gk9dmx3pb6qz8vtrys0nlw5c
@@secret@@
# recovery copy printed and stored in the office safe
# do not commit (see .gitignore) - this file decrypts deploy/secrets/*.enc.yaml
""", age_key())

add("shell/vault-token", "it/.envrc",
    "direnv .envrc exporting VAULT_ADDR and VAULT_TOKEN (hvs. service token)", r"""
# direnv: loaded when you cd into it/
export VAULT_ADDR=https://vault.internal.lonestarroofing.com:8200
export VAULT_TOKEN=@@secret@@
export VAULT_NAMESPACE=ops
export ANSIBLE_CONFIG=$PWD/ansible/ansible.cfg
export KUBECONFIG=$PWD/kube/office-apps.kubeconfig
PATH_add bin
""", vault_token())

add("makefile/dockerhub-token", "it/tools/Makefile",
    "Docker Hub docs: personal access tokens (dckr_pat_) with docker login --password-stdin", r"""
IMAGE := lonestarroofing/it-tools
TAG   := $(shell date +%Y%m%d)
DOCKERHUB_USER  := lonestarit
DOCKERHUB_TOKEN := @@secret@@

.PHONY: build push login

build:
	docker build -t $(IMAGE):$(TAG) -t $(IMAGE):latest .

login:
	echo "$(DOCKERHUB_TOKEN)" | docker login -u $(DOCKERHUB_USER) --password-stdin

push: build login
	docker push $(IMAGE):$(TAG)
	docker push $(IMAGE):latest
""", dckr_pat())

add("ssh/decoy-public-key", "it/ansible/files/authorized_keys",
    "sshd(8) AUTHORIZED_KEYS file format: public keys only", r"""
# managed by ansible (role: base) - office admins
@@k1@@ dana@it-laptop
@@k2@@ msp-cuyahoga-it
@@k3@@ backup@nas01
# restricted: the NAS may only run rsync
command="rrsync -ro /volume1/IT",no-pty,no-agent-forwarding @@k4@@ hyperbackup@nas01
""", k1=ssh_pub(), k2=ssh_pub("rsa"), k3=ssh_pub(), k4=ssh_pub())

add("ssh/decoy-host-key", "it/ansible/files/known_hosts",
    "sshd(8) SSH_KNOWN_HOSTS file format, hashed host names (HashKnownHosts yes)", r"""
|1|@@s1@@|@@h1@@ @@k1@@
|1|@@s2@@|@@h2@@ @@k2@@
|1|@@s3@@|@@h3@@ @@k3@@
nas01.glr.local,10.20.0.5 @@k4@@
apps01.glr.local,10.20.0.40 @@k5@@
""", s1=b64(hexs(10)), h1=b64(hexs(10)), k1=ssh_pub(), s2=b64(hexs(10)), h2=b64(hexs(10)), k2=ssh_pub(),
    s3=b64(hexs(10)), h3=b64(hexs(10)), k3=ssh_pub("rsa"), k4=ssh_pub(), k5=ssh_pub())

add("powershell/decoy-vault-reference", "it/scripts/Reset-KioskPassword.ps1",
    "PowerShell SecretManagement docs: Get-Secret from a registered vault", r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement, ActiveDirectory
param([string] $Account = "yardkiosk")

# The kiosk password lives in the IT vault (KeePass via SecretManagement.KeePass).
$newPassword = Get-Secret -Vault ITVault -Name "kiosk/$Account"

Set-ADAccountPassword -Identity $Account -Reset -NewPassword $newPassword
Set-ADUser -Identity $Account -PasswordNeverExpires $true
Write-Host "Reset $Account from ITVault; update the kiosk autologon with Set-KioskAutologon.ps1"
""")

add("ansible/decoy-vault-reference", "it/ansible/group_vars/windows.yml",
    "Ansible docs: variables pointing at vaulted variables", r"""
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_port: 5986
ansible_user: GLR\svc_ansible
ansible_password: "{{ vault_svc_ansible_password }}"
ansible_winrm_server_cert_validation: validate
ansible_winrm_ca_trust_path: /etc/pki/tls/certs/glr-root-ca.pem

windows_updates_category_names:
  - SecurityUpdates
  - CriticalUpdates
  - UpdateRollups
windows_reboot_window: "Sun 02:00-04:00"
""")

add("markdown/decoy-prose", "it/onboarding.md",
    "Onboarding checklist that mentions passwords without containing any", r"""
# New hire IT checklist

- [ ] Create the account in Entra / AD (`New-StaffUser.ps1 -First -Last -Role`)
- [ ] Temporary password is generated by the script and read to the new hire **by phone**;
      it must be changed at first sign-in (policy: 14+ characters, no reuse of the last 10).
- [ ] Enroll the Authenticator app before leaving the office.
- [ ] Laptop from the shelf: BitLocker recovery key escrows to Entra automatically.
- [ ] Add to groups: `Staff`, plus `Estimating` / `Sales` / `Crew Leads`.
- [ ] Vaultwarden invite to the team collection (shared vendor logins live there, nowhere else).
- [ ] Crew leads: iPad from Intune, CompanyCam and crew app installed by policy.

## Leavers
Disable the account, revoke sessions (`Revoke-MgUserSignInSession`), rotate any shared vendor
password they had access to, collect the laptop and iPad.
""")

add("csv/decoy-ids", "it/exports/ad_users_2024-04.csv",
    "Active Directory export: objectGUID and SID columns", r"""
"SamAccountName","DisplayName","Enabled","objectGUID","SID","LastLogonDate"
"jkowalski","Jenna Kowalski","True","3f2a9c71-8e4d-4b06-a5d1-7c92e0f3b418","S-1-5-21-3623811015-3361044348-30300820-1104","2024-04-08 07:41"
"mwebb","Marcus Webb","True","b81d5e2c-07fa-4c39-9e61-2d4a8f7c3b05","S-1-5-21-3623811015-3361044348-30300820-1105","2024-04-08 08:02"
"hramirez","Hector Ramirez","True","6c4e1a9f-3b27-48d0-b5e2-91f0a7d3c864","S-1-5-21-3623811015-3361044348-30300820-1121","2024-04-07 18:15"
"yardkiosk","Yard Kiosk","True","0a7f3e92-c1d5-4b68-8e04-5d2b9c1a7f36","S-1-5-21-3623811015-3361044348-30300820-1130","2024-04-08 06:00"
"svc_ansible","svc_ansible","True","d5b9c3e1-6a48-4f72-90e3-b7a1c2f4e859","S-1-5-21-3623811015-3361044348-30300820-1141","2024-04-08 02:00"
""")

add("xml/decoy-no-credential", "it/intune/wifi-staff-eaptls.xml",
    "Windows WLAN profile schema: WPA2-Enterprise with EAP-TLS (certificate auth, no shared key)", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>LSR-Staff</name>
  <SSIDConfig><SSID><name>LSR-Staff</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM>
    <security>
      <authEncryption>
        <authentication>WPA2</authentication>
        <encryption>AES</encryption>
        <useOneX>true</useOneX>
      </authEncryption>
      <OneX xmlns="http://www.microsoft.com/networking/OneX/v1">
        <authMode>machineOrUser</authMode>
        <EAPConfig>
          <EapHostConfig xmlns="http://www.microsoft.com/provisioning/EapHostConfig">
            <EapMethod><Type xmlns="http://www.microsoft.com/provisioning/EapCommon">13</Type></EapMethod>
          </EapHostConfig>
        </EAPConfig>
      </OneX>
    </security>
  </MSM>
</WLANProfile>
""")

add("log/decoy-ids", "it/logs/vpn-2024-04-08.log",
    "FortiGate SSL-VPN event log lines: users, IPs, session ids (no credentials)", r"""
date=2024-04-08 time=06:12:44 logid="0101039947" type="event" subtype="vpn" action="tunnel-up" user="hramirez" remip=172.58.44.19 tunnelid=1577211 reason="N/A"
date=2024-04-08 time=06:12:45 logid="0101039949" type="event" subtype="vpn" action="ssl-login-success" user="hramirez" group="VPN-Crew" sessionid=0x3f2a91c7
date=2024-04-08 time=07:40:03 logid="0101039426" type="event" subtype="vpn" action="ssl-login-fail" user="jkowalski" remip=98.26.110.7 reason="sslvpn_login_permission_denied"
date=2024-04-08 time=07:41:10 logid="0101039949" type="event" subtype="vpn" action="ssl-login-success" user="jkowalski" group="VPN-Office" sessionid=0x7b04e1d2
date=2024-04-08 time=09:02:57 logid="0101039948" type="event" subtype="vpn" action="tunnel-down" user="hramirez" tunnelid=1577211 duration=10212
""")

add("yaml/decoy-secret-reference", "it/esphome/yard-gate.yaml",
    "ESPHome docs: !secret tags resolved from secrets.yaml (kept out of the repo)", r"""
esphome:
  name: yard-gate
  friendly_name: Yard gate controller

esp32:
  board: esp32dev

wifi:
  ssid: !secret yard_wifi_ssid
  password: !secret yard_wifi_password
  ap:
    ssid: "Yard-Gate Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret yard_gate_api_key

ota:
  password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO26
    name: "Gate relay"
    id: gate_relay
    on_turn_on:
      - delay: 1s
      - switch.turn_off: gate_relay
""")

add("json/decoy-guid", "it/dotfiles/windows-terminal-settings.json",
    "Windows Terminal settings: profile GUIDs and color schemes", r"""
{
  "$schema": "https://aka.ms/terminal-profiles-schema",
  "defaultProfile": "{574e775e-4f2a-5b96-ac1e-a2962a402336}",
  "copyOnSelect": true,
  "profiles": {
    "defaults": {"font": {"face": "Cascadia Mono", "size": 11}},
    "list": [
      {"guid": "{574e775e-4f2a-5b96-ac1e-a2962a402336}", "name": "PowerShell", "source": "Windows.Terminal.PowershellCore"},
      {"guid": "{61c54bbd-c2c6-5271-96e7-009a87ff44bf}", "name": "Windows PowerShell", "hidden": false},
      {"guid": "{2c4de342-38b7-51cf-b940-2309a097f518}", "name": "Ubuntu", "source": "Windows.Terminal.Wsl"},
      {"guid": "{b1f6a3e9-7c24-4d58-9e01-6a3f2c8d7b45}", "name": "NAS01 (ssh)", "commandline": "ssh glradmin@nas01.glr.local"}
    ]
  }
}
""")

add("ini/decoy-no-credential", "it/linux/krb5.conf",
    "krb5.conf(5): realms and domain mappings (no credentials)", r"""
[libdefaults]
    default_realm = GLR.LOCAL
    dns_lookup_realm = false
    dns_lookup_kdc = true
    rdns = false
    ticket_lifetime = 10h
    renew_lifetime = 7d
    forwardable = true

[realms]
    GLR.LOCAL = {
        kdc = dc01.glr.local
        kdc = dc02.glr.local
        admin_server = dc01.glr.local
    }

[domain_realm]
    .glr.local = GLR.LOCAL
    glr.local = GLR.LOCAL
""")

add("shell/decoy-generated-at-runtime", "it/scripts/new-service-password.sh",
    "openssl rand docs: generate a password at runtime and store it straight into the vault", r"""
#!/usr/bin/env bash
# Rotate a service account password: generate, set in AD, store in Vault. Nothing is printed.
set -euo pipefail
ACCOUNT="${1:?service account}"

NEW_PW="$(openssl rand -base64 30 | tr -d '\n/+=' | cut -c1-28)"

printf '%s' "$NEW_PW" | ssh dc01.glr.local \
  "powershell -NoProfile -Command \"\$p = [Console]::In.ReadToEnd() | ConvertTo-SecureString -AsPlainText -Force; Set-ADAccountPassword -Identity '$ACCOUNT' -Reset -NewPassword \$p\""

vault kv put "secret/ad/${ACCOUNT}" password=- <<<"$NEW_PW" >/dev/null
unset NEW_PW
echo "rotated ${ACCOUNT}; stored at secret/ad/${ACCOUNT}"
""")

add("pem/decoy-certificate-request", "it/certs/vault.greatlakesroofing.com.csr",
    "PKCS#10 certificate signing request (public), as openssl req writes it", r"""
-----BEGIN CERTIFICATE REQUEST-----
@@body@@
-----END CERTIFICATE REQUEST-----
""", body="MIIC1jCCAb4CAQAwgZAxCzAJBgNVBAYTAlVTMQ0wCwYDVQQIDARPaGlvMRIwEAYD\n"
    + "\n".join(draw(64, B64CH) for _ in range(11)) + "\n" + draw(20, B64CH) + "==")

add("wireguard/decoy-public-key", "it/vpn/peers.md",
    "WireGuard peer list: public keys only (each device keeps its private key)", r"""
# WireGuard peers (HQ hub 10.99.0.1, pubkey @@hub@@)

| Peer | Address | Public key | Device |
|---|---|---|---|
| fortworth-yard | 10.99.0.2 | @@p1@@ | GL.iNet MT3000 |
| dana-laptop | 10.99.0.10 | @@p2@@ | Dell 5440 |
| hector-ipad | 10.99.0.21 | @@p3@@ | iPad (crew CR1) |

Add a peer: generate keys **on the device** (`wg genkey | tee privatekey | wg pubkey`), send only the
public key, then add a `[Peer]` block on the hub.
""", hub=wg_key(), p1=wg_key(), p2=wg_key(), p3=wg_key())

add("terraform/decoy-generated-at-runtime", "it/azure/keyvault.tf",
    "Terraform docs: random_password stored in Azure Key Vault; sensitive variables without defaults", r"""
variable "sql_admin_login" {
  type    = string
  default = "glradmin"
}

variable "smtp_relay_password" {
  type      = string
  sensitive = true
}

resource "random_password" "sql_admin" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "azurerm_key_vault_secret" "sql_admin" {
  name         = "sql-admin-password"
  value        = random_password.sql_admin.result
  key_vault_id = azurerm_key_vault.office.id
}

resource "azurerm_key_vault_secret" "smtp_relay" {
  name         = "smtp-relay-password"
  value        = var.smtp_relay_password
  key_vault_id = azurerm_key_vault.office.id
}
""")

add("powershell/decoy-laps-lookup", "it/scripts/Get-LocalAdmin.ps1",
    "Windows LAPS docs: Get-LapsADPassword retrieves the managed local admin password at runtime", r"""
param([Parameter(Mandatory)] [string] $ComputerName)

# Windows LAPS rotates the local admin password every 30 days; helpdesk reads it on demand.
$laps = Get-LapsADPassword -Identity $ComputerName -AsPlainText
if (-not $laps) {
    Write-Error "No LAPS password for $ComputerName (not managed, or you lack the read permission)."
    exit 1
}
Write-Host "Account:  $($laps.Account)"
Write-Host "Expires:  $($laps.ExpirationTimestamp)"
$laps.Password | Set-Clipboard
Write-Host "Password copied to the clipboard (clears in 30 s)."
Start-Sleep -Seconds 30
Set-Clipboard -Value " "
""")

add("markdown/decoy-documented-example", "it/password-policy.md",
    "Password policy page listing examples of passwords that are rejected", r"""
# Password policy

- At least **14 characters**; a passphrase of four or more words is best.
- Never reuse a password from another site. Use Vaultwarden to generate and keep them.
- MFA is required for email, VPN, Vaultwarden and every vendor portal that supports it.

## Rejected examples
These (and anything like them) are blocked by Entra password protection:

| Example | Why |
|---|---|
| `Password1!` | common base word |
| `Summer2024!` | season + year |
| `GreatLakes123` | company name |
| `Roofing#1` | trade word, too short |

Good example of the *shape* to aim for (do not use this one): `ladder-copper-violet-harbor`.
""")

add("dockerfile/decoy-image-digest", "it/tools/Dockerfile",
    "Docker docs: pinning base images by digest (FROM image@sha256:...)", r"""
FROM python:3.12-slim@sha256:@@d1@@ AS base
RUN pip install --no-cache-dir ansible-core==2.16.5 pywinrm==0.4.3 ldap3==2.9.1

FROM hashicorp/terraform:1.7.5@sha256:@@d2@@ AS tf

FROM base
COPY --from=tf /bin/terraform /usr/local/bin/terraform
COPY ansible/ /work/ansible/
WORKDIR /work
ENTRYPOINT ["/bin/bash"]
""", d1=hexs(64), d2=hexs(64))

# @@CASES@@
