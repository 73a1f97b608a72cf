"""Blind set FE: trampoline parks and indoor play centres.

Booking systems (ROLLER, CenterEdge, Clubspeed, FareHarbor, Bookeo, Checkfront, Xola), waiver kiosks
(Smartwaiver, WaiverForever, Windows and Android kiosks), POS and payment terminals (Square, Clover,
Lightspeed, SumUp, Zettle, Stripe, Adyen, Braintree, PayPal, GoCardless, Mollie, Worldpay), access
turnstiles and door controllers (Paxton Net2, Kisi, Brivo, Axess), CCTV (Hikvision, Dahua, Axis,
Milestone, Verkada, Frigate, UniFi Protect), marketing vendors (Mailchimp, Klaviyo, HubSpot, Brevo,
SendGrid, Twilio, Meta, TikTok), and the IT and web teams who glue them together; with decoys.
Generated fakes only (seeds 1800000-1809999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SET = "blind-fe"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1800000, 1809999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Bounce", "Trampoline", "Foam", "Ninja", "Dodgeball", "Airbag", "Flip", "Somersault", "Rebound",
         "Spring", "Kangaroo", "Wristband", "Ballpit", "Slide", "Harbor", "Maple", "Falcon", "Cedar",
         "Granite", "Willow", "Summit", "Copper", "Meadow", "Beacon", "Quartz", "Juniper", "Marlin"]
LOWER = ["bouncy", "castle", "socks", "pretzel", "rocket", "puddle", "zigzag", "tiger", "mango", "velcro",
         "pogo", "lollipop", "comet", "giraffe", "noodle", "marble", "skyline", "hopscotch"]


def words_pw(sym: str = "!*%@^") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(sym) + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A person-chosen password that stays valid, unescaped, in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.!*") + r.choice(LOWER) + str(r.randint(10, 999))


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def rand_pw(n: int = 20, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet) if alphabet == ALNUM else fakes.drawn(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def rb64(n: int) -> str:
    """base64 of n random bytes (a hash's or a ciphertext's shape)."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, URLSAFE)


def pem(label: str = "RSA PRIVATE KEY", head: str = "MIIEowIBAAKCAQEA", lines: int = 14, width: int = 64) -> str:
    r = _rng()
    total = width * lines + r.randint(4, width - 8)
    body = head + "".join(r.choice(B64) for _ in range(total - len(head)))
    body = body[: len(body) - len(body) % 4]
    rows = [body[i:i + width] for i in range(0, len(body), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY",
               "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", lines=5, width=70)


def cert_like(lines: int = 10) -> str:
    """A public certificate's shape (a decoy)."""
    r = _rng()
    body = "MIID" + "".join(r.choice(B64) for _ in range(64 * lines - 4))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def ssh_pub(kind: str = "ed25519") -> str:
    r = _rng()
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43))
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(B64) for _ in range(368))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def stripe_sk(prefix: str = "sk_live_") -> str:
    return prefix + "51" + fakes.drawn_mixed(_seed(), 97)


def stripe_whsec() -> str:
    return "whsec_" + fakes.drawn_mixed(_seed(), 32)


def square_token() -> str:
    return "EAAA" + fakes.drawn(_seed(), 60, URLSAFE)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(57)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + fakes.drawn(_seed(), 22, URLSAFE) + "." + fakes.drawn(_seed(), 43, URLSAFE)


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, URLSAFE)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def account_key() -> str:
    r = _rng()
    return "".join(r.choice(B64) for _ in range(86)) + "=="


def wg_key() -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": "cl" + fakes.drawn(_seed(), 23, string.ascii_lowercase + string.digits)},
                                separators=(",", ":")).encode())
    return f"{prefix}.{payload}." + fakes.drawn(_seed(), 22, URLSAFE)


CASES: List[LabelledCase] = []


def add(fmt: str, kind: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking systems ------------------

_s = fakes.drawn_mixed(_seed(), 64)
add("json", "oauth-client-secret", "src/Venue.BookingSync/appsettings.Production.json", f"""{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }}
  }},
  "Roller": {{
    "BaseUrl": "https://api.roller.app",
    "TokenUrl": "https://api.roller.app/token",
    "ClientId": "c8f1e2b0-venue-sync-prod",
    "ClientSecret": "{_s}",
    "VenueCode": "JMPZ-LEEDS",
    "PollIntervalSeconds": 120
  }},
  "ConnectionStrings": {{
    "Reporting": "Server=tcp:jz-reporting.database.windows.net,1433;Database=bookings;Authentication=Active Directory Managed Identity;"
  }},
  "AllowedHosts": "*"
}}
""", _s, "ROLLER API docs: OAuth 2.0 client credentials (client_id / client_secret)")

_s = fakes.drawn_mixed(_seed(), 48)
add("python", "oauth-client-secret", "integrations/roller/pull_bookings.py", f'''"""Nightly pull of ROLLER bookings into the ops warehouse (run by cron on ops-01)."""
import datetime as dt

import requests

ROLLER_CLIENT_ID = "ops-warehouse"
ROLLER_CLIENT_SECRET = "{_s}"
API = "https://api.roller.app"


def token() -> str:
    resp = requests.post(f"{{API}}/token", json={{
        "client_id": ROLLER_CLIENT_ID,
        "client_secret": ROLLER_CLIENT_SECRET,
    }}, timeout=30)
    resp.raise_for_status()
    return resp.json()["access_token"]


def bookings(day: dt.date):
    headers = {{"Authorization": f"Bearer {{token()}}"}}
    params = {{"startDate": day.isoformat(), "endDate": day.isoformat(), "pageSize": 200}}
    r = requests.get(f"{{API}}/bookings", headers=headers, params=params, timeout=60)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for b in bookings(dt.date.today() - dt.timedelta(days=1)):
        print(b["bookingReference"], b.get("total"))
''', _s, "ROLLER API docs: client credentials token endpoint")

_p = words_pw("!*%^")
add("xml", "database", "CenterEdge/Advantage/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
  </configSections>
  <connectionStrings>
    <add name="AdvantageDb"
         connectionString="Data Source=ADV-SQL01\\ADVANTAGE;Initial Catalog=Advantage;User ID=adv_web;Password={_p};MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteName" value="Bounce Central - Bristol" />
    <add key="OnlineStoreEnabled" value="true" />
    <add key="PartyDepositPercent" value="25" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", _p, "Microsoft docs: SqlConnection.ConnectionString keywords (User ID, Password)")

_k = hexs(32)
add("php", "api-key-in-url", "wp-content/themes/airzone/partials/leaderboard.php", f"""<?php
/**
 * Ninja course leaderboard pulled from Clubspeed for the lobby screens and the website.
 */
$clubspeed_host = 'airzone.clubspeedtiming.com';
$url = "https://{{$clubspeed_host}}/api/index.php/racers/fastest_times.json?track=2&limit=10&key={_k}";

$response = wp_remote_get($url, array('timeout' => 10));
if (is_wp_error($response)) {{
    echo '<p class="lb-empty">Leaderboard unavailable</p>';
    return;
}}
$rows = json_decode(wp_remote_retrieve_body($response), true);
?>
<table class="leaderboard">
  <thead><tr><th>#</th><th>Ninja</th><th>Time</th></tr></thead>
  <tbody>
  <?php foreach ($rows as $i => $row): ?>
    <tr><td><?= $i + 1 ?></td><td><?= esc_html($row['racer_name']) ?></td><td><?= esc_html($row['best_time']) ?></td></tr>
  <?php endforeach; ?>
  </tbody>
</table>
""", _k, "Clubspeed API docs: private key passed as the key query parameter")

_u = uuid_s()
add("javascript", "uuid-api-key", "scripts/fareharbor-availability.js", f"""// Pulls the next 14 days of FareHarbor availability for the party rooms.
const fetch = require('node-fetch');

const COMPANY = 'skyhighpark';
const HEADERS = {{
  'X-FareHarbor-API-App': process.env.FH_APP_KEY,
  'X-FareHarbor-API-User': '{_u}',
}};

async function availabilities(itemPk, date) {{
  const url = `https://fareharbor.com/api/external/v1/companies/${{COMPANY}}/items/${{itemPk}}/minimal/availabilities/date/${{date}}/`;
  const res = await fetch(url, {{ headers: HEADERS }});
  if (!res.ok) throw new Error(`FareHarbor ${{res.status}}`);
  return (await res.json()).availabilities;
}}

(async () => {{
  const today = new Date();
  for (let i = 0; i < 14; i++) {{
    const d = new Date(today.getTime() + i * 86400000).toISOString().slice(0, 10);
    const slots = await availabilities(48213, d);
    console.log(d, slots.map(s => s.start_at.slice(11, 16)).join(' '));
  }}
}})();
""", _u, "FareHarbor External API docs: X-FareHarbor-API-App and X-FareHarbor-API-User headers")

_k = fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits)
add("ruby", "api-secret", "lib/bookeo_client.rb", f"""require "net/http"
require "json"

# Thin client for the Bookeo API (party bookings at the Leicester site).
class BookeoClient
  BASE = URI("https://api.bookeo.com/v2/")

  def initialize(api_key: ENV.fetch("BOOKEO_API_KEY"), secret_key: "{_k}")
    @api_key = api_key
    @secret_key = secret_key
  end

  def bookings(start_time:, end_time:)
    get("bookings", startTime: start_time.iso8601, endTime: end_time.iso8601, itemsPerPage: 100)
  end

  private

  def get(path, params = {{}})
    uri = URI.join(BASE, path)
    uri.query = URI.encode_www_form(params.merge(apiKey: @api_key, secretKey: @secret_key))
    res = Net::HTTP.get_response(uri)
    raise "Bookeo #{{res.code}}" unless res.is_a?(Net::HTTPSuccess)
    JSON.parse(res.body)
  end
end
""", _k, "Bookeo API docs: apiKey and secretKey parameters")

_basic = b64(hexs(40) + ":" + hexs(64))
add("shell", "basic-auth-header", "ops/checkfront/export-bookings.sh", f"""#!/usr/bin/env bash
# Exports yesterday's Checkfront bookings as CSV for the finance team.
set -euo pipefail

DAY=$(date -d yesterday +%F)
OUT=/srv/exports/checkfront-$DAY.csv

curl -sf "https://jumpjunction.checkfront.co.uk/api/3.0/booking/index?start_date=$DAY&end_date=$DAY" \\
  -H "Authorization: Basic {_basic}" \\
  -H "Accept: application/json" \\
  | jq -r '.["booking/index"][] | [.code, .status_id, .total, .customer_name] | @csv' > "$OUT"

echo "wrote $OUT"
""", _basic, "Checkfront API 3.0 docs: token pair sent as HTTP Basic (RFC 7617)")

_k = fakes.drawn_mixed(_seed(), 32)
add("go", "api-key-header", "cmd/xola-sync/main.go", f"""package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const (
	xolaBase   = "https://xola.com/api"
	xolaSeller = "5f2a9c1e8b7d4a0012ab34cd"
	xolaAPIKey = "{_k}"
)

type order struct {{
	ID       string  `json:"id"`
	Amount   float64 `json:"amount"`
	Customer string  `json:"customerName"`
}}

func main() {{
	req, _ := http.NewRequest("GET", fmt.Sprintf("%s/orders?seller=%s", xolaBase, xolaSeller), nil)
	req.Header.Set("X-API-KEY", xolaAPIKey)
	req.Header.Set("X-API-VERSION", "2020-05-04")
	client := &http.Client{{Timeout: 20 * time.Second}}
	res, err := client.Do(req)
	if err != nil {{
		log.Fatal(err)
	}}
	defer res.Body.Close()
	var body struct{{ Data []order `json:"data"` }}
	if err := json.NewDecoder(res.Body).Decode(&body); err != nil {{
		log.Fatal(err)
	}}
	for _, o := range body.Data {{
		fmt.Printf("%s\\t%.2f\\t%s\\n", o.ID, o.Amount, o.Customer)
	}}
}}
""", _k, "Xola API docs: X-API-KEY header")

_k = fakes.drawn_mixed(_seed(), 40)
add("gha", "api-token", ".github/workflows/bookwhen-sync.yml", f"""name: bookwhen-sync

on:
  schedule:
    - cron: "*/30 7-21 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      BOOKWHEN_API_TOKEN: {_k}
      SHEET_ID: 1h7sQ0vY2kq9e4FbZx_toddler-sessions
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/bookwhen_to_sheet.py --calendar toddler-time
""", _k, "Bookwhen API v2 docs: API token used as the Basic auth user")

# booking decoys
add("env", "decoy-placeholder", "booking-sync/.env.example", """# Copy to .env and fill in from the ROLLER partner portal (Settings > API).
ROLLER_BASE_URL=https://api.roller.app
ROLLER_CLIENT_ID=
ROLLER_CLIENT_SECRET=
ROLLER_VENUE_CODE=JMPZ-LEEDS

# Postgres for the ops warehouse
DATABASE_URL=postgres://ops:<password>@localhost:5432/ops

# Slack channel for failed syncs
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
""", None, "dotenv convention: .env.example with empty values")

add("json", "decoy-uuid-ids", "config/roller-products.json", f"""{{
  "venue": "{uuid_s()}",
  "products": {{
    "open_jump_60": "{uuid_s()}",
    "open_jump_90": "{uuid_s()}",
    "toddler_time": "{uuid_s()}",
    "ninja_course": "{uuid_s()}",
    "party_bronze": "{uuid_s()}",
    "party_gold": "{uuid_s()}",
    "grip_socks": "{uuid_s()}"
  }},
  "capacity": {{ "main_court": 120, "toddler_zone": 40, "ninja": 24 }}
}}
""", None, "ROLLER API docs: products and venues are identified by ids")

add("python", "decoy-env-reference", "integrations/fareharbor/client.py", '''"""FareHarbor External API client. Keys come from the environment (set in the systemd unit)."""
import os

import requests

BASE = "https://fareharbor.com/api/external/v1"


class FareHarbor:
    def __init__(self, company: str):
        self.company = company
        self.session = requests.Session()
        self.session.headers.update({
            "X-FareHarbor-API-App": os.environ["FAREHARBOR_APP_KEY"],
            "X-FareHarbor-API-User": os.environ["FAREHARBOR_USER_KEY"],
        })

    def items(self):
        r = self.session.get(f"{BASE}/companies/{self.company}/items/", timeout=30)
        r.raise_for_status()
        return r.json()["items"]

    def bookings(self, availability_pk: int):
        r = self.session.get(f"{BASE}/companies/{self.company}/availabilities/{availability_pk}/", timeout=30)
        r.raise_for_status()
        return r.json()["availability"]["bookings"]
''', None, "FareHarbor External API docs: app and user keys as headers")

add("http", "decoy-template-variable", "api-tests/checkfront.http", """### Checkfront booking index (VS Code REST Client). Variables live in the untracked http-client.env.json.
@host = jumpjunction.checkfront.co.uk

GET https://{{host}}/api/3.0/booking/index?start_date={{$datetime iso8601}}
Authorization: Basic {{checkfrontToken}}
Accept: application/json

### Single booking
GET https://{{host}}/api/3.0/booking/{{bookingCode}}
Authorization: Basic {{checkfrontToken}}
Accept: application/json
""", None, "VS Code REST Client docs: {{variable}} references")

add("markdown", "decoy-redacted", "docs/incidents/2024-03-booking-outage.md", """# 2024-03-16 ROLLER sync outage (Saturday peak)

**Impact:** online bookings did not reach the front-desk screens for 47 minutes.

## Timeline
- 10:02 sync job starts returning 401 from `https://api.roller.app/token`
- 10:15 duty manager phones IT, walk-ins checked against the ROLLER app on the iPad
- 10:31 found that the client secret had been rotated in the ROLLER portal on Friday
- 10:49 new secret put in Key Vault (`kv-jz-prod/roller-client-secret`), pods restarted

## Log excerpt
```
POST /token client_id=c8f1e2b0-venue-sync-prod client_secret=************************ -> 401
```

## Actions
1. Secret rotation goes through the change calendar.
2. Sync job alerts on the first 401, not after 10 failures.
""", None, "incident write-up with the credential redacted")

# ---------------------------------------------------------------- waiver kiosks -------------------

_k = hexs(40)
add("json", "api-key", "kiosk/waiver-kiosk/config/kiosk.json", f"""{{
  "kioskName": "Lobby iPad 3",
  "site": "Milton Keynes",
  "smartwaiver": {{
    "apiBase": "https://api.smartwaiver.com/v4",
    "apiKey": "{_k}",
    "templateId": "6134f8e2a1b0c",
    "autoReturnSeconds": 45
  }},
  "printer": {{ "type": "zebra-zd421", "host": "10.20.4.31", "port": 9100 }},
  "theme": {{ "primary": "#ff5a1f", "logo": "assets/logo-dark.svg" }}
}}
""", _k, "Smartwaiver API v4 docs: sw-api-key header")

_w = hexs(32)
add("python", "webhook-secret", "waivers/webhooks.py", f'''from flask import Blueprint, abort, request

from .tasks import fetch_and_store_waiver

bp = Blueprint("smartwaiver", __name__)

# Smartwaiver sends this value back as the "credential" of each webhook (Account > Webhooks).
WEBHOOK_CREDENTIAL = "{_w}"


@bp.post("/hooks/smartwaiver")
def smartwaiver_hook():
    if request.form.get("credential") != WEBHOOK_CREDENTIAL:
        abort(403)
    waiver_id = request.form.get("unique_id")
    event = request.form.get("event")
    if event == "new-waiver" and waiver_id:
        fetch_and_store_waiver.delay(waiver_id)
    return "", 204
''', _w, "Smartwaiver webhooks docs: credential field checked by the receiver")

_p = words_pw("!*%")
add("reg", "kiosk-autologon", "kiosk/provisioning/autologon.reg", f"""Windows Registry Editor Version 5.00

; Waiver kiosk auto-logon (lobby touch screens). Imported by provision.ps1.
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="JUMPKIOSK"
"DefaultPassword"="{_p}"
"ForceAutoLogon"="1"
"DisableCAD"=dword:00000001

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]
"NoLockScreen"=dword:00000001
""", _p, "Microsoft docs: Winlogon AutoAdminLogon and DefaultPassword values")

_p = words_pw("!*%^")
add("xml", "kiosk-autologon", "kiosk/provisioning/unattend.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>9999</LogonCount>
        <Username>waiverkiosk</Username>
        <Password>
          <Value>{_p}</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <TimeZone>GMT Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", _p, "Microsoft docs: Unattend AutoLogon Password with PlainText true")

_p = words_pw("!%^*")
add("powershell", "local-account-password", "kiosk/provisioning/provision.ps1", f"""#Requires -RunAsAdministrator
# Provisions a lobby waiver kiosk: local user, assigned access, auto-logon.
param([string]$KioskName = "LOBBY-KIOSK")

$ErrorActionPreference = 'Stop'

$password = ConvertTo-SecureString '{_p}' -AsPlainText -Force
if (-not (Get-LocalUser -Name 'kiosk' -ErrorAction SilentlyContinue)) {{
    New-LocalUser -Name 'kiosk' -Password $password -FullName 'Waiver Kiosk' -PasswordNeverExpires -UserMayNotChangePassword
}}

Rename-Computer -NewName $KioskName -Force
reg import "$PSScriptRoot\\policies.reg"

Set-AssignedAccess -AppUserModelId 'Microsoft.MicrosoftEdge.Stable_8wekyb3d8bbwe!App' -UserName 'kiosk'
Write-Host "Kiosk $KioskName provisioned; reboot to start."
""", _p, "Microsoft docs: ConvertTo-SecureString -AsPlainText and New-LocalUser")

_p = passphrase("")
add("json", "wifi-psk", "mdm/android/waiver-tablets-policy.json", f"""{{
  "name": "enterprises/LC03abcd/policies/waiver-tablets",
  "applications": [
    {{
      "packageName": "com.smartwaiver.kiosk",
      "installType": "KIOSK",
      "defaultPermissionPolicy": "GRANT"
    }}
  ],
  "openNetworkConfiguration": {{
    "NetworkConfigurations": [
      {{
        "GUID": "staff-wifi",
        "Name": "JumpZone-Staff",
        "Type": "WiFi",
        "WiFi": {{
          "SSID": "JumpZone-Staff",
          "Security": "WPA-PSK",
          "Passphrase": "{_p}",
          "AutoConnect": true
        }}
      }}
    ]
  }},
  "statusBarDisabled": true,
  "keyguardDisabled": true
}}
""", _p, "Android Management API docs: openNetworkConfiguration WiFi Passphrase")

_k = fakes.drawn_mixed(_seed(), 36)
add("typescript", "api-key", "src/lib/waiverforever.ts", f"""import axios from 'axios';

// WaiverForever REST API: signed waivers for the check-in screen.
const client = axios.create({{
  baseURL: 'https://api.waiverforever.com/openapi/v1',
  headers: {{ 'X-API-Key': '{_k}' }},
  timeout: 15000,
}});

export interface SignedWaiver {{
  id: string;
  title: string;
  signed_at: number;
  participants: {{ first_name: string; last_name: string; age?: number }}[];
}}

export async function searchWaivers(phone: string): Promise<SignedWaiver[]> {{
  const {{ data }} = await client.post('/waiver/search', {{ search_term: phone, page: 1, per_page: 20 }});
  return data.data.waivers;
}}
""", _k, "WaiverForever API docs: X-API-Key header")

_s = fakes.drawn(_seed(), 64, HEX)
add("dart", "hmac-signing-secret", "kiosk_app/lib/src/checkin_signer.dart", f"""import 'dart:convert';

import 'package:crypto/crypto.dart';

/// Signs check-in QR payloads so the turnstile controller can verify them offline.
class CheckinSigner {{
  static const _secret = '{_s}';

  static String sign(String bookingRef, int guests, DateTime validUntil) {{
    final payload = '$bookingRef|$guests|${{validUntil.toUtc().millisecondsSinceEpoch}}';
    final mac = Hmac(sha256, utf8.encode(_secret)).convert(utf8.encode(payload));
    return base64Url.encode(utf8.encode('$payload|$mac'));
  }}
}}
""", _s, "Dart crypto package docs: Hmac(sha256, key)")

# waiver decoys
add("markdown", "decoy-vault-reference", "kiosk/README.md", """# Lobby waiver kiosks

Eight Surface Go tablets per site, each running the Smartwaiver kiosk in assigned access.

## Rebuild a kiosk
1. Boot from the *Kiosk 2024* USB stick, pick the site at the prompt.
2. `provision.ps1` runs on first logon and pulls:
   - the kiosk account password from 1Password (`op://Venue IT/Kiosk local account/password`),
   - the Smartwaiver key from Key Vault (`kv-jz-prod` / `smartwaiver-api-key`).
3. Reboot. The kiosk starts signed in and locked to the waiver app.

## Troubleshooting
- Waiver app says *Invalid API key*: the key was rotated; rerun `provision.ps1 -RefreshSecrets`.
- Printer offline: check the Zebra is on VLAN 40 (`10.20.4.31`).
""", None, "1Password CLI docs: op:// secret references")

add("zpl", "decoy-wristband-template", "kiosk/printing/wristband.zpl", """^XA
^CI28
^PW216
^LL2480
^FO40,200^A0R,60,60^FDJUMPZONE^FS
^FO120,200^A0R,40,40^FN1^FDGuest Name^FS
^FO170,200^A0R,30,30^FN2^FD60 min - Main Court^FS
^FO40,1200^BQN,2,6^FN3^FDQA,BOOKINGREF^FS
^FO40,1700^BY3^BCR,100,Y,N,N^FN4^FD0000000000^FS
^XZ
""", None, "Zebra ZPL II programming guide: ^FN field placeholders")

add("powershell", "decoy-secret-store", "kiosk/provisioning/refresh-secrets.ps1", """# Pulls kiosk secrets at provision time; nothing is stored in this repo.
param([string]$Vault = 'kv-jz-prod')

Connect-AzAccount -Identity | Out-Null

$apiKey = Get-AzKeyVaultSecret -VaultName $Vault -Name 'smartwaiver-api-key' -AsPlainText
$kioskPw = Get-AzKeyVaultSecret -VaultName $Vault -Name 'kiosk-local-password'

$config = Get-Content "$PSScriptRoot\\kiosk.template.json" -Raw | ConvertFrom-Json
$config.smartwaiver.apiKey = $apiKey
$config | ConvertTo-Json -Depth 5 | Set-Content 'C:\\Kiosk\\config\\kiosk.json'

Set-LocalUser -Name 'kiosk' -Password $kioskPw.SecretValue
Write-Host 'Kiosk secrets refreshed.'
""", None, "Az.KeyVault docs: Get-AzKeyVaultSecret -AsPlainText")

add("reg", "decoy-lsa-autologon", "kiosk/provisioning/policies.reg", """Windows Registry Editor Version 5.00

; Kiosk lock-down. Auto-logon itself is set with Sysinternals Autologon.exe, which keeps the
; password as an LSA secret, so no DefaultPassword value belongs here.
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Explorer]
"NoNotificationCenter"=dword:00000001

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge]
"KioskDeleteDownloadsOnExit"=dword:00000001
"HomepageLocation"="https://waiver.jumpzone.co.uk/kiosk"
""", None, "Sysinternals Autologon docs: password stored as an LSA secret")

add("typescript", "decoy-test-fixture", "src/lib/__tests__/waiverforever.test.ts", """import nock from 'nock';
import { searchWaivers } from '../waiverforever';

describe('searchWaivers', () => {
  beforeEach(() => {
    process.env.WAIVERFOREVER_API_KEY = 'test-api-key-not-real';
  });

  it('maps participants', async () => {
    nock('https://api.waiverforever.com')
      .post('/openapi/v1/waiver/search')
      .matchHeader('X-API-Key', 'test-api-key-not-real')
      .reply(200, { data: { waivers: [{ id: 'w_1', title: 'Jump waiver', signed_at: 1700000000,
        participants: [{ first_name: 'Test', last_name: 'Child', age: 7 }] }] } });

    const res = await searchWaivers('07700900123');
    expect(res[0].participants[0].first_name).toBe('Test');
  });
});
""", None, "nock docs: matchHeader with a dummy fixture value")

# ---------------------------------------------------------------- POS and payments ----------------

_t = square_token()
add("python", "square-access-token", "finance/square_daily_takings.py", f'''"""Daily takings from the cafe and front-desk Square registers, posted to the finance sheet."""
from datetime import date, timedelta

from square.client import Client

client = Client(
    access_token="{_t}",
    environment="production",
)

LOCATIONS = {{"LH2K4X9Q1V8AA": "Cafe", "L8RJ0QW3ZK7BB": "Front desk"}}


def takings(day: date) -> dict:
    totals = {{}}
    for loc_id, name in LOCATIONS.items():
        result = client.payments.list_payments(
            begin_time=f"{{day}}T00:00:00Z", end_time=f"{{day + timedelta(days=1)}}T00:00:00Z", location_id=loc_id
        )
        if result.is_error():
            raise RuntimeError(result.errors)
        totals[name] = sum(p["amount_money"]["amount"] for p in result.body.get("payments", [])) / 100
    return totals


if __name__ == "__main__":
    print(takings(date.today() - timedelta(days=1)))
''', _t, "Square Python SDK docs: Client(access_token=..., environment='production')")

_s = "sq0csp-" + fakes.drawn(_seed(), 43, URLSAFE)
add("yaml", "oauth-app-secret", "config/square-oauth.yml", f"""# Square OAuth app used by the party-booking site to take deposits on each franchisee's account.
square:
  environment: production
  application_id: sq0idp-Qm3kT8wZr2VbN5xYcH7uJa
  application_secret: {_s}
  redirect_uri: https://parties.bouncenation.com/oauth/square/callback
  scopes:
    - PAYMENTS_WRITE
    - PAYMENTS_READ
    - ORDERS_WRITE
    - MERCHANT_PROFILE_READ
""", _s, "Square OAuth docs: application secret (sq0csp-)")

_s = fakes.drawn_mixed(_seed(), 40)
add("env", "oauth-client-secret", "pos-bridge/.env", f"""NODE_ENV=production
PORT=8080
LIGHTSPEED_ACCOUNT_ID=284913
LIGHTSPEED_CLIENT_ID=jz-pos-bridge
LIGHTSPEED_CLIENT_SECRET={_s}
LIGHTSPEED_REDIRECT_URI=https://pos-bridge.jumpzone.internal/callback
SHOP_IDS=1,2,4
LOG_LEVEL=info
""", _s, "Lightspeed Retail (R-Series) API docs: OAuth client secret")

_u = uuid_s()
add("javascript", "uuid-api-token", "services/clover-sync/index.js", f"""'use strict';
// Pushes grip-sock and slush sales from the Clover Station into the stock spreadsheet.
const axios = require('axios');

const MERCHANT_ID = 'QX7M2K4J9T1W1';
const clover = axios.create({{
  baseURL: `https://api.eu.clover.com/v3/merchants/${{MERCHANT_ID}}`,
  headers: {{ Authorization: 'Bearer {_u}' }},
}});

async function itemSales(since) {{
  const {{ data }} = await clover.get('/orders', {{
    params: {{ filter: `createdTime>=${{since}}`, expand: 'lineItems', limit: 1000 }},
  }});
  const counts = {{}};
  for (const order of data.elements) {{
    for (const li of order.lineItems?.elements ?? []) {{
      counts[li.name] = (counts[li.name] || 0) + 1;
    }}
  }}
  return counts;
}}

itemSales(Date.now() - 86400000).then(c => console.table(c));
""", _u, "Clover REST API docs: merchant API token as Bearer")

_k = "sup_sk_" + fakes.drawn_mixed(_seed(), 32)
add("php", "payment-api-key", "app/Services/SumUpCheckout.php", f"""<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class SumUpCheckout
{{
    private const API = 'https://api.sumup.com/v0.1';
    private const SECRET_KEY = '{_k}';

    public function create(string $reference, float $amount): array
    {{
        return Http::withToken(self::SECRET_KEY)
            ->post(self::API . '/checkouts', [
                'checkout_reference' => $reference,
                'amount' => round($amount, 2),
                'currency' => 'GBP',
                'merchant_code' => 'MC7HK2QD',
                'description' => 'Party deposit ' . $reference,
            ])
            ->throw()
            ->json();
    }}
}}
""", _k, "SumUp API docs: secret API keys (sup_sk_) as Bearer tokens")

_j = jwt({"iss": "iZettle", "aud": "API", "exp": 2081376000, "sub": uuid_s(), "iat": 1717200000,
          "scopes": ["READ:PURCHASE", "READ:PRODUCT"], "client_id": uuid_s()})
add("python", "jwt-api-key", "finance/zettle_purchases.py", f'''import requests

# Zettle API key (Developer portal > API keys). Used as the JWT-bearer assertion.
ZETTLE_CLIENT_ID = "e1c5a0d2-3f4b-4c6d-9e8f-0a1b2c3d4e5f"
ZETTLE_API_KEY = "{_j}"


def access_token() -> str:
    r = requests.post(
        "https://oauth.zettle.com/token",
        data={{
            "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer",
            "client_id": ZETTLE_CLIENT_ID,
            "assertion": ZETTLE_API_KEY,
        }},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def purchases(start: str, end: str):
    h = {{"Authorization": f"Bearer {{access_token()}}"}}
    r = requests.get("https://purchase.izettle.com/purchases/v2", params={{"startDate": start, "endDate": end}}, headers=h)
    return r.json()["purchases"]
''', _j, "Zettle OAuth docs: API key used as the assertion of the jwt-bearer grant")

_p = rand_pw(16)
add("properties", "payment-basic-auth", "party-payments/src/main/resources/application-prod.properties", f"""spring.application.name=party-payments
server.port=8443
server.ssl.enabled=true

# Worldpay Access (Basic auth service credentials from the Worldpay dashboard)
worldpay.base-url=https://access.worldpay.com
worldpay.entity=default
worldpay.username=jz7Hq2Lm9Rt4
worldpay.password={_p}

spring.datasource.url=jdbc:postgresql://pay-db.internal:5432/payments
spring.datasource.username=payments
spring.datasource.password=${{PAYMENTS_DB_PASSWORD}}
management.endpoints.web.exposure.include=health,info
""", _p, "Worldpay Access API docs: Basic authentication with service credentials")

_s = stripe_sk()
add("env", "stripe-secret-key", "web/parties-site/.env.production", f"""APP_NAME="Bounce Nation Parties"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://parties.bouncenation.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=parties
DB_USERNAME=parties
DB_PASSWORD=${{PARTIES_DB_PASSWORD}}

STRIPE_KEY=pk_live_51PxQ2rKLm8Zt0aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdEFGHijklMNOPqrstUVWXyz012345
STRIPE_SECRET={_s}
CASHIER_CURRENCY=gbp
""", _s, "Stripe docs: API keys (sk_live_ secret, pk_live_ publishable)")

_w = stripe_whsec()
add("typescript", "stripe-webhook-secret", "app/api/stripe/webhook/route.ts", f"""import Stripe from 'stripe';
import {{ NextResponse }} from 'next/server';
import {{ confirmPartyDeposit }} from '@/lib/parties';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, {{ apiVersion: '2024-06-20' }});
const endpointSecret = '{_w}';

export async function POST(req: Request) {{
  const body = await req.text();
  const sig = req.headers.get('stripe-signature')!;
  let event: Stripe.Event;
  try {{
    event = stripe.webhooks.constructEvent(body, sig, endpointSecret);
  }} catch (err) {{
    return NextResponse.json({{ error: 'bad signature' }}, {{ status: 400 }});
  }}
  if (event.type === 'checkout.session.completed') {{
    await confirmPartyDeposit(event.data.object as Stripe.Checkout.Session);
  }}
  return NextResponse.json({{ received: true }});
}}
""", _w, "Stripe docs: webhook signing secret (whsec_) with constructEvent")

_r = "rk_live_51" + fakes.drawn_mixed(_seed(), 97)
add("k8s", "stripe-restricted-key", "deploy/k8s/gift-cards/secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: gift-cards-stripe
  namespace: web
  labels:
    app: gift-cards
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: {b64(_r)}
  STRIPE_ACCOUNT: {b64("acct_1PxQ2rKLm8Zt0aBc")}
""", _r, "Kubernetes docs: Secret data values are base64; Stripe docs: restricted keys (rk_live_)")

_k = adyen_key()
add("yaml", "adyen-api-key", "payments-service/src/main/resources/application.yml", f"""server:
  port: 8080

adyen:
  environment: LIVE
  live-endpoint-url-prefix: 1797a841fbb37ca7-BounceGroup
  merchant-account: BounceGroupECOM
  api-key: {_k}
  client-key: ${{ADYEN_CLIENT_KEY}}
  return-url: https://book.bouncegroup.eu/checkout/return

spring:
  datasource:
    url: jdbc:postgresql://payments-db:5432/payments
    username: payments
    password: ${{DB_PASSWORD}}
""", _k, "Adyen docs: API credentials (X-API-Key) and live URL prefix")

_h = fakes.drawn(_seed(), 64, "0123456789ABCDEF")
add("csharp", "hmac-key", "src/Payments/AdyenWebhookValidator.cs", f"""using Adyen.Model.Notification;
using Adyen.Util;

namespace BounceGroup.Payments;

public sealed class AdyenWebhookValidator
{{
    // HMAC key of the "Standard webhook" in Customer Area (Developers > Webhooks).
    private const string HmacKey = "{_h}";
    private readonly HmacValidator _validator = new();

    public bool IsValid(NotificationRequestItem item) =>
        _validator.IsValidHmac(item, HmacKey);

    public bool IsAuthorisation(NotificationRequestItem item) =>
        item.EventCode == "AUTHORISATION" && item.Success;
}}
""", _h, "Adyen docs: verify HMAC signatures of webhooks")

_k = hexs(32)
add("ruby", "braintree-private-key", "config/initializers/braintree.rb", f"""# Braintree gateway for US parks' online memberships.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "x7k2m9q4w8z3t6b1"
Braintree::Configuration.public_key = "p9d4h2k7m3w8q5z1"
Braintree::Configuration.private_key = "{_k}"
Braintree::Configuration.logger = Rails.logger

BRAINTREE_MERCHANT_ACCOUNTS = {{
  "USD" => "bouncenationUSD",
  "CAD" => "bouncenationCAD",
}}.freeze
""", _k, "Braintree Ruby SDK docs: Configuration.private_key")

_s = "E" + fakes.drawn(_seed(), 79, URLSAFE)
add("php", "paypal-client-secret", "includes/paypal-config.php", f"""<?php
// PayPal REST credentials for the soft-play cafe's online pre-orders.
define('PAYPAL_MODE', 'live');
define('PAYPAL_CLIENT_ID', 'AYx3mK9vQ2wL7nR4tZ8bC1dF6hJ0pS5uX2eG9kM3qW7yT4rN8vB1cD6fH0jL5pS');
define('PAYPAL_CLIENT_SECRET', '{_s}');
define('PAYPAL_RETURN_URL', 'https://www.wigglesplay.co.uk/preorder/thanks');

function paypal_api_base() {{
    return PAYPAL_MODE === 'live' ? 'https://api-m.paypal.com' : 'https://api-m.sandbox.paypal.com';
}}
""", _s, "PayPal REST API docs: client ID and secret for OAuth")

_t = "live_" + fakes.drawn(_seed(), 40, URLSAFE)
add("python", "gocardless-token", "memberships/direct_debit.py", f'''import gocardless_pro

# Monthly "Jump Club" memberships are collected by Direct Debit.
client = gocardless_pro.Client(
    access_token="{_t}",
    environment="live",
)


def create_membership_subscription(mandate_id: str, plan_pence: int, member_ref: str):
    return client.subscriptions.create(params={{
        "amount": plan_pence,
        "currency": "GBP",
        "name": "Jump Club monthly",
        "interval_unit": "monthly",
        "day_of_month": 1,
        "links": {{"mandate": mandate_id}},
        "metadata": {{"member_ref": member_ref}},
    }})
''', _t, "GoCardless API docs: live access tokens (live_)")

_k = "live_" + fakes.drawn_mixed(_seed(), 30)
add("env", "mollie-api-key", "springpark-nl/.env", f"""APP_URL=https://tickets.springpark.nl
APP_LOCALE=nl
MOLLIE_KEY={_k}
MOLLIE_WEBHOOK_URL=https://tickets.springpark.nl/webhooks/mollie
MAIL_FROM_ADDRESS=tickets@springpark.nl
SESSION_LIFETIME=120
""", _k, "Mollie docs: live API keys (live_)")

_k = stripe_sk()
add("go", "stripe-secret-key", "terminal/connection_token.go", f"""package terminal

import (
	"encoding/json"
	"net/http"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/terminal/connectiontoken"
)

func init() {{
	stripe.Key = "{_k}"
}}

// ConnectionToken hands a Stripe Terminal connection token to the front-desk readers.
func ConnectionToken(w http.ResponseWriter, r *http.Request) {{
	params := &stripe.TerminalConnectionTokenParams{{Location: stripe.String("tml_FrontDeskLeeds")}}
	ct, err := connectiontoken.New(params)
	if err != nil {{
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}}
	_ = json.NewEncoder(w).Encode(map[string]string{{"secret": ct.Secret}})
}}
""", _k, "Stripe Terminal docs: server creates connection tokens with the secret key")

_pem = pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", lines=16)
add("pem", "apple-pay-merchant-key", "certs/applepay/merchant_id.key", f"""{_pem}
""", _pem, "Apple Pay on the Web docs: merchant identity certificate and its private key")

# payment decoys
add("javascript", "decoy-publishable-key", "web/parties-site/resources/js/checkout.js", """import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser (Stripe docs). The secret key lives only on the server.
const stripePromise = loadStripe('pk_live_51PxQ2rKLm8Zt0aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789abcdEFGHijklMNOPqrstUVWXyz012345');

export async function payDeposit(partyId) {
  const res = await fetch(`/parties/${partyId}/checkout-session`, { method: 'POST',
    headers: { 'X-CSRF-TOKEN': document.querySelector('meta[name=csrf-token]').content } });
  const { sessionId } = await res.json();
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) document.getElementById('pay-error').textContent = error.message;
}
""", None, "Stripe docs: publishable keys (pk_live_) are meant for client-side code")

add("javascript", "decoy-client-key", "web/checkout/adyen-dropin.js", """import AdyenCheckout from '@adyen/adyen-web';
import '@adyen/adyen-web/dist/adyen.css';

// The client key is public by design (Adyen docs); it only works from the allowed origins.
const configuration = {
  environment: 'live',
  clientKey: 'live_XK7QWM2RZBGVHN4TJ3PLC5YDFA6S8E1U',
  analytics: { enabled: false },
  session: window.__ADYEN_SESSION__,
  onPaymentCompleted: (result) => {
    window.location.href = `/checkout/return?resultCode=${result.resultCode}`;
  },
  onError: (error) => console.error(error.name, error.message),
};

AdyenCheckout(configuration).then((checkout) => checkout.create('dropin').mount('#dropin-container'));
""", None, "Adyen docs: client key (live_/test_) is used client-side")

add("html", "decoy-square-app-id", "web/cafe/order.html", """<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Wiggles Cafe - order to your table</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form"><div id="card-container"></div><button id="pay">Pay</button></form>
  <script>
    // Application ID and location ID are public identifiers for the Web Payments SDK.
    const appId = 'sq0idp-Qm3kT8wZr2VbN5xYcH7uJa';
    const locationId = 'LH2K4X9Q1V8AA';
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('pay').onclick = async (e) => {
        e.preventDefault();
        const { token } = await card.tokenize();
        await fetch('/cafe/pay', { method: 'POST', body: JSON.stringify({ token }) });
      };
    })();
  </script>
</body>
</html>
""", None, "Square Web Payments SDK docs: application ID and location ID in the page")

add("python", "decoy-stripe-signature-fixture", "tests/test_stripe_webhook.py", f'''import json

import pytest

from parties.webhooks import handle_stripe

# A recorded event and its Stripe-Signature header, checked against a dummy endpoint secret.
PAYLOAD = json.dumps({{"id": "evt_1PyTestEvent0001", "type": "checkout.session.completed",
                      "data": {{"object": {{"id": "cs_test_a1B2c3", "metadata": {{"party_id": "42"}}}}}}}})
SIG_HEADER = "t=1717200000,v1={hexs(64)}"


@pytest.fixture(autouse=True)
def dummy_secret(monkeypatch):
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_test_dummy")


def test_rejects_bad_signature(client):
    res = client.post("/webhooks/stripe", data=PAYLOAD, headers={{"Stripe-Signature": SIG_HEADER}})
    assert res.status_code == 400
''', None, "Stripe docs: Stripe-Signature header holds an HMAC of the payload, not a key")

add("php", "decoy-env-reference", "config/services.php", """<?php

return [
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => env('STRIPE_WEBHOOK_SECRET'),
            'tolerance' => env('STRIPE_WEBHOOK_TOLERANCE', 300),
        ],
    ],
    'sumup' => [
        'secret_key' => env('SUMUP_SECRET_KEY'),
        'merchant_code' => env('SUMUP_MERCHANT_CODE', 'MC7HK2QD'),
    ],
    'mailchimp' => [
        'key' => env('MAILCHIMP_KEY'),
        'list_id' => env('MAILCHIMP_LIST_ID'),
    ],
];
""", None, "Laravel docs: config files read secrets with env()")

add("markdown", "decoy-docs-example", "docs/payments/stripe-terminal.md", """# Stripe Terminal at the front desk

Readers: 2 x BBPOS WisePOS E per site, registered to the site's Terminal location.

## Local testing
Use Stripe's test mode and the simulated reader:

```bash
stripe terminal readers create --registration-code simulated-wpe --location tml_FrontDeskLeeds
curl https://api.stripe.com/v1/terminal/connection_tokens -u "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx:"
```

Test cards: `4242 4242 4242 4242` (succeeds), `4000 0000 0000 9995` (insufficient funds).

The live secret key is only in Key Vault (`stripe-secret-key`); never paste it here.
""", None, "Stripe docs: test cards and placeholder keys")

# ---------------------------------------------------------------- access control ------------------

_p = words_pw("!*%")
add("python", "operator-password", "access/net2_sync.py", f'''"""Grants wristband-card access for annual pass holders through the Paxton Net2 local API."""
import requests

NET2 = "https://net2-server.jumpzone.local:8443/api/v1"
CLIENT_ID = "{uuid_s()}"


def token() -> str:
    r = requests.post(f"{{NET2}}/authorization/tokens", data={{
        "username": "System engineer",
        "password": "{_p}",
        "grant_type": "password",
        "client_id": CLIENT_ID,
    }}, verify="/etc/ssl/certs/net2-ca.pem", timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]


def add_pass_holder(first: str, last: str, card: str, group_id: int = 7):
    h = {{"Authorization": f"Bearer {{token()}}"}}
    user = requests.post(f"{{NET2}}/users", json={{"FirstName": first, "LastName": last, "AccessLevelId": group_id}},
                         headers=h, verify="/etc/ssl/certs/net2-ca.pem").json()
    requests.post(f"{{NET2}}/users/{{user['Id']}}/tokens", json={{"Value": card, "TokenType": 0}}, headers=h,
                  verify="/etc/ssl/certs/net2-ca.pem")
''', _p, "Paxton Net2 local API docs: password grant with an operator login")

_p = words_pw("!%^")
add("yaml", "controller-password", "access/turnstiles/site-leeds.yml", f"""# Entry turnstiles (tripod, 3 lanes) - controller settings pushed by turnstile-agent
site: leeds
controller:
  model: TS-CTRL-4
  host: 10.30.2.10
  port: 4370
  admin_user: admin
  admin_password: "{_p}"
  time_server: 10.30.0.1
lanes:
  - id: 1
    direction: in
    reader: qr
  - id: 2
    direction: in
    reader: qr+rfid
  - id: 3
    direction: out
    reader: none
fire_release_input: 4
""", _p, "turnstile controller admin login in an agent's site file")

_k = hexs(32)
add("shell", "api-key-header", "ops/kisi/unlock-party-room.sh", f"""#!/bin/sh
# Unlocks the party room door for the party host (called from the host tablet's shortcut).
LOCK_ID=48213
curl -s -X POST "https://api.kisi.io/locks/$LOCK_ID/unlock" \\
  -H "Authorization: KISI-LOGIN {_k}" \\
  -H "Content-Type: application/json" \\
  -H "Accept: application/json" \\
  -d '{{"context": {{"location": {{"latitude": 53.7967, "longitude": -1.5431}}}}}}'
echo
""", _k, "Kisi API docs: Authorization: KISI-LOGIN <api key>")

_s = fakes.drawn_mixed(_seed(), 32)
add("csharp", "oauth-client-secret", "src/Access/BrivoOptions.cs", f"""namespace JumpZone.Access;

public sealed class BrivoOptions
{{
    public string BaseUrl {{ get; init; }} = "https://api.brivo.com/v1/api";
    public string AuthUrl {{ get; init; }} = "https://auth.brivo.com/oauth/token";
    public string ApiKey {{ get; init; }} = Environment.GetEnvironmentVariable("BRIVO_API_KEY") ?? "";
    public string ClientId {{ get; init; }} = "{uuid_s()}";
    public string ClientSecret {{ get; init; }} = "{_s}";
    public int StaffGroupId {{ get; init; }} = 1402;
}}
""", _s, "Brivo API docs: OAuth client id and client secret")

_p = rand_pw(14)
add("properties", "device-password", "axess-bridge/conf/axess.properties", f"""# Axess AX500 smart gates: ticket validation bridge
axess.dci.host=10.30.2.40
axess.dci.port=40010
axess.dci.user=DCI4WTP
axess.dci.password={_p}
axess.poolnr=12
axess.gate.ids=1,2,3
bridge.roller.venue=JMPZ-LEEDS
bridge.retry.max=3
""", _p, "Axess DCI4WTP interface settings: service user and password")

_p = rand_pw(18)
add("python", "mqtt-password", "turnstile-pi/turnstile.py", f'''#!/usr/bin/env python3
"""Raspberry Pi at lane 2: reads the QR scanner and opens the tripod via GPIO, reporting over MQTT."""
import json
import time

import paho.mqtt.client as mqtt
import RPi.GPIO as GPIO

RELAY = 17
client = mqtt.Client(client_id="lane2")
client.username_pw_set("turnstile", "{_p}")
client.tls_set("/etc/turnstile/ca.crt")
client.connect("mqtt.jumpzone.local", 8883)
client.loop_start()

GPIO.setmode(GPIO.BCM)
GPIO.setup(RELAY, GPIO.OUT, initial=GPIO.LOW)


def open_gate():
    GPIO.output(RELAY, GPIO.HIGH)
    time.sleep(0.6)
    GPIO.output(RELAY, GPIO.LOW)


while True:
    code = input().strip()
    client.publish("turnstile/lane2/scan", json.dumps({{"code": code, "ts": time.time()}}))
    open_gate()
''', _p, "paho-mqtt docs: username_pw_set(username, password)")

_p = rand_pw(22)
add("conf", "mqtt-bridge-password", "mosquitto/conf.d/bridge-headoffice.conf", f"""# Bridge site turnstile/CCTV events to head office
connection headoffice
address mqtt.bouncegroup.co.uk:8883
bridge_cafile /etc/mosquitto/ca_certificates/headoffice-ca.crt
remote_clientid leeds-bridge
remote_username leeds
remote_password {_p}
topic turnstile/# out 1 sites/leeds/
topic cctv/occupancy/# out 0 sites/leeds/
cleansession false
""", _p, "mosquitto.conf man page: remote_username and remote_password")

# access decoys
add("conf", "decoy-hashed-passwd", "mosquitto/passwd", f"""turnstile:$7$101${rb64(12)}${rb64(64)}
lane1:$7$101${rb64(12)}${rb64(64)}
lane2:$7$101${rb64(12)}${rb64(64)}
lane3:$7$101${rb64(12)}${rb64(64)}
frigate:$7$101${rb64(12)}${rb64(64)}
homeassistant:$7$101${rb64(12)}${rb64(64)}
""", None, "mosquitto_passwd man page: salted PBKDF2-SHA512 hashes ($7$)")

add("yaml", "decoy-template-variable", "access/turnstiles/site.yml.j2", """# Rendered by Ansible per site; secrets come from the vault.
site: {{ site_code }}
controller:
  model: TS-CTRL-4
  host: {{ turnstile_controller_ip }}
  port: 4370
  admin_user: admin
  admin_password: "{{ vault_turnstile_admin_password }}"
  time_server: {{ site_gateway_ip }}
lanes:
{% for lane in turnstile_lanes %}
  - id: {{ lane.id }}
    direction: {{ lane.direction }}
    reader: {{ lane.reader }}
{% endfor %}
fire_release_input: 4
""", None, "Ansible template docs: Jinja2 variables from vaulted vars")

add("csv", "decoy-card-ids", "access/exports/annual-pass-cards.csv", """member_ref,first_name,last_name,card_uid,access_level,valid_until
JC-00412,Amira,Khan,04A3B2C1D25E80,Annual Pass,2025-08-31
JC-00413,Tom,Reilly,04F1E2D3C4B580,Annual Pass,2025-09-14
JC-00414,Sofia,Nowak,0477AA12BC3480,Annual Pass + Ninja,2025-10-02
JC-00415,Jack,Evans,04C0FFEE12AB80,Staff,2026-01-01
JC-00416,Priya,Shah,041234ABCD5680,Annual Pass,2025-07-19
JC-00417,Leo,Martin,04ABCDEF01234580,Annual Pass,2025-12-24
""", None, "MIFARE card UIDs are identifiers, not credentials")

# ---------------------------------------------------------------- CCTV -----------------------------

_p = url_pw()
add("yaml", "rtsp-url", "frigate/config.yml", f"""mqtt:
  host: mqtt.jumpzone.local
  user: frigate
  password: "{{FRIGATE_MQTT_PASSWORD}}"

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  main_court:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{_p}@10.40.0.21:554/Streaming/Channels/102
          roles: [detect]
    detect:
      width: 1280
      height: 720
    objects:
      track: [person]
  toddler_zone:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{_p}@10.40.0.22:554/Streaming/Channels/102
          roles: [detect]
record:
  enabled: false
""", _p, "Frigate docs: camera inputs as RTSP URLs with credentials")

_p = url_pw()
add("yaml", "rtsp-url", "go2rtc/go2rtc.yaml", f"""streams:
  entrance: rtsp://admin:{_p}@10.40.0.11:554/cam/realmonitor?channel=1&subtype=1
  cafe: rtsp://admin:{_p}@10.40.0.12:554/cam/realmonitor?channel=1&subtype=1
  ninja_course: rtsp://admin:{_p}@10.40.0.13:554/cam/realmonitor?channel=1&subtype=1

api:
  listen: ":1984"
  origin: "*"

webrtc:
  candidates:
    - 10.40.0.5:8555
""", _p, "go2rtc docs: RTSP sources; Dahua realmonitor URL format")

_p = words_pw("!*%")
add("shell", "digest-auth", "cctv/hik-set-overlay.sh", f"""#!/bin/bash
# Puts the zone name on each Hikvision camera's OSD (run after replacing a camera).
set -e
USER=admin
PASS='{_p}'

declare -A CAMS=( [10.40.0.21]="MAIN COURT" [10.40.0.22]="TODDLER ZONE" [10.40.0.23]="DODGEBALL" )

for ip in "${{!CAMS[@]}}"; do
  curl -s --digest -u "$USER:$PASS" -X PUT \\
    "http://$ip/ISAPI/System/Video/inputs/channels/1/overlays/text/1" \\
    -H 'Content-Type: application/xml' \\
    -d "<TextOverlay><id>1</id><enabled>true</enabled><displayText>${{CAMS[$ip]}}</displayText></TextOverlay>"
  echo " $ip done"
done
""", _p, "Hikvision ISAPI docs: HTTP digest authentication")

_p = url_pw()
add("python", "rtsp-url", "analytics/occupancy_counter.py", f'''"""Counts people on the main court from the Dahua overhead camera (YOLO), publishes every 10 s."""
import time

import cv2
from ultralytics import YOLO

STREAM = "rtsp://counter:{_p}@10.40.0.30:554/cam/realmonitor?channel=1&subtype=0"
model = YOLO("yolov8n.pt")
cap = cv2.VideoCapture(STREAM)

last = 0.0
while cap.isOpened():
    ok, frame = cap.read()
    if not ok:
        time.sleep(1)
        cap = cv2.VideoCapture(STREAM)
        continue
    if time.time() - last < 10:
        continue
    last = time.time()
    people = sum(1 for box in model(frame, verbose=False)[0].boxes if int(box.cls) == 0)
    print(f"main_court occupancy={{people}}")
''', _p, "Dahua RTSP URL format; OpenCV VideoCapture docs")

_p = words_pw("!%^*")
add("powershell", "pscredential", "cctv/axis-snapshot.ps1", f"""# Saves a snapshot from every Axis camera to the NAS each hour (Task Scheduler).
$user = 'root'
$pass = ConvertTo-SecureString '{_p}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$cameras = Import-Csv "$PSScriptRoot\\axis-cameras.csv"
$stamp = Get-Date -Format 'yyyyMMdd-HHmm'
foreach ($cam in $cameras) {{
    $out = "\\\\nas01\\cctv-snapshots\\$($cam.Name)-$stamp.jpg"
    Invoke-WebRequest -Uri "http://$($cam.IP)/axis-cgi/jpg/image.cgi?resolution=1280x720" `
        -Credential $cred -OutFile $out -UseBasicParsing
}}
""", _p, "Axis VAPIX docs: image.cgi with HTTP authentication; PowerShell PSCredential")

_p = words_pw("!*")
add("csharp", "network-credential", "tools/XProtectExport/Program.cs", f"""using System.Net;
using VideoOS.Platform;
using VideoOS.Platform.SDK;

// Exports an incident clip from Milestone XProtect for the insurer.
Environment.Initialize();
var uri = new Uri("http://xprotect-mgmt.jumpzone.local");
var cred = new NetworkCredential("svc-export", "{_p}", "JUMPZONE");
VideoOS.Platform.SDK.Environment.AddServer(false, uri, cred);
VideoOS.Platform.SDK.Environment.Login(uri);

var camera = Configuration.Instance.GetItemsByKind(Kind.Camera)
    .SelectMany(i => i.GetChildren()).First(c => c.Name == args[0]);
Console.WriteLine($"Exporting {{camera.Name}} {{args[1]}}..{{args[2]}}");
""", _p, "Milestone MIP SDK docs: Environment.AddServer with NetworkCredential")

_k = "vkd_api_" + hexs(32)
add("python", "api-key-header", "cctv/verkada_alerts.py", f'''import requests

VERKADA_API_KEY = "{_k}"
BASE = "https://api.verkada.com"


def api_token() -> str:
    r = requests.post(f"{{BASE}}/token", headers={{"x-api-key": VERKADA_API_KEY}}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]


def occupancy_trends(camera_id: str, start: int, end: int):
    r = requests.get(f"{{BASE}}/cameras/v1/analytics/occupancy_trends",
                     params={{"camera_id": camera_id, "start_time": start, "end_time": end, "interval": "15_minutes"}},
                     headers={{"x-verkada-auth": api_token()}}, timeout=30)
    r.raise_for_status()
    return r.json()
''', _k, "Verkada API docs: API key exchanged for a short-lived token")

_p = words_pw("!%*^")
add("yaml", "ha-secrets", "homeassistant/secrets.yaml", f"""# Home Assistant secrets for the Leeds site controller.
unifi_protect_host: 10.40.0.2
unifi_protect_username: homeassistant
unifi_protect_password: "{_p}"
latitude_home: 53.7967
longitude_home: -1.5431
""", _p, "Home Assistant docs: secrets.yaml")

_p = words_pw("!*%")
add("markdown", "runbook-password", "docs/cctv/nvr-runbook.md", f"""# NVR runbook - Stoke site

| Device | IP | Model | Login |
|---|---|---|---|
| NVR | 10.40.0.5 | Hikvision DS-7732NI-K4 | admin / {_p} |
| Switch | 10.40.0.1 | UniFi USW-Pro-24-PoE | SSO |

## Export footage for an accident report
1. Log in to the NVR web UI (`https://10.40.0.5`).
2. Playback > pick the camera > set the time range (keep 10 min either side).
3. Export as MP4 to the USB stick, hand it to the duty manager, log it in the accident book.

Retention is 30 days; footage of an incident must be exported within 7.
""", _p, "runbook table of device logins")

_p = words_pw("!*%")
add("javascript", "onvif-password", "cctv/ptz-presets/index.js", f"""const {{ Cam }} = require('onvif');

// Moves the PTZ camera over the dodgeball arena to the preset for the current game.
new Cam({{
  hostname: '10.40.0.24',
  username: 'ptz-operator',
  password: '{_p}',
  port: 80,
}}, function (err) {{
  if (err) throw err;
  this.getPresets({{}}, (e, presets) => {{
    const token = presets[process.argv[2] || 'Court A'];
    this.gotoPreset({{ preset: token }}, () => console.log('moved to', process.argv[2]));
  }});
}});
""", _p, "onvif npm package docs: new Cam({hostname, username, password})")

_k = hexs(40)
add("terraform", "meraki-api-key", "infra/meraki/provider.tf", f"""terraform {{
  required_providers {{
    meraki = {{
      source  = "cisco-open/meraki"
      version = "~> 0.2"
    }}
  }}
}}

provider "meraki" {{
  meraki_base_url = "https://api.meraki.com"
  meraki_dashboard_api_key = "{_k}"
}}

resource "meraki_networks_camera_quality_retention_profiles" "party_rooms" {{
  network_id          = "L_6469135766543"
  name                = "party-rooms-14d"
  max_retention_days  = 14
  motion_based_retention_enabled = true
}}
""", _k, "Cisco Meraki Dashboard API docs: 40-character API key")

# CCTV decoys
add("yaml", "decoy-env-substitution", "frigate/config.prod.yml", """mqtt:
  host: mqtt.jumpzone.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  main_court:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.40.0.21:554/Streaming/Channels/102
          roles: [detect]
  toddler_zone:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.40.0.22:554/Streaming/Channels/102
          roles: [detect]
""", None, "Frigate docs: {FRIGATE_*} environment variable substitution")

add("csv", "decoy-device-inventory", "docs/cctv/camera-inventory.csv", """name,ip,model,serial,mac,firmware,login
main_court,10.40.0.21,DS-2CD2387G2-LU,DS-2CD2387G2-LU20230415AAWRJ12345678,bc:ba:c2:4e:11:21,V5.7.13,see Keeper: CCTV/Stoke
toddler_zone,10.40.0.22,DS-2CD2387G2-LU,DS-2CD2387G2-LU20230415AAWRJ12345679,bc:ba:c2:4e:11:22,V5.7.13,see Keeper: CCTV/Stoke
dodgeball,10.40.0.23,DS-2CD2347G2-LU,DS-2CD2347G2-LU20221102AAWRK87654321,bc:ba:c2:4e:11:23,V5.7.13,see Keeper: CCTV/Stoke
entrance,10.40.0.11,IPC-HDW3841EM-AS,7M0A2B3PAZ1C2D3,e0:50:8b:aa:10:11,V3.140.0000000.5.R,see Keeper: CCTV/Stoke
cafe,10.40.0.12,IPC-HDW3841EM-AS,7M0A2B3PAZ1C2D4,e0:50:8b:aa:10:12,V3.140.0000000.5.R,see Keeper: CCTV/Stoke
""", None, "asset inventory: serials and MAC addresses are identifiers")

add("markdown", "decoy-vendor-default-docs", "docs/cctv/new-camera-checklist.md", """# New camera checklist

1. Activate the camera with SADP; the first-login screen forces you to set a password.
   Generate it in Keeper (*CCTV/<site>*), 16+ characters - never reuse the NVR's.
2. Create a `viewer` user (live view only) for Frigate; its password also goes in Keeper.
3. Set NTP to the site gateway, disable UPnP, P2P (Hik-Connect) and the Telnet/SSH service.
4. Add the camera to the NVR with the `viewer` user.
5. Update `camera-inventory.csv` (serial, MAC, firmware) and the Frigate config via a PR.

Frigate reads the password from `FRIGATE_RTSP_PASSWORD`; the PR only has `{FRIGATE_RTSP_PASSWORD}`.
""", None, "Hikvision SADP activation docs; Frigate env substitution")

# ---------------------------------------------------------------- marketing -----------------------

_k = mailchimp_key()
add("python", "mailchimp-api-key", "marketing/sync_birthday_club.py", f'''"""Adds children's birthday-club sign-ups (from the waiver answers) to Mailchimp."""
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({{"api_key": "{_k}", "server": "{_k.split("-")[1]}"}})
LIST_ID = "a1b2c3d4e5"


def upsert(email: str, first: str, child_birth_month: int):
    h = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(LIST_ID, h, {{
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {{"FNAME": first, "BMONTH": child_birth_month}},
        "tags": ["birthday-club"],
    }})
''', _k, "Mailchimp Marketing API docs: API key ends with the data centre (-usNN)")

_k = "pk_" + hexs(34)
add("javascript", "klaviyo-private-key", "netlify/functions/klaviyo-subscribe.js", f"""// Netlify function: newsletter sign-up from the website footer into the Klaviyo "Jump News" list.
const KLAVIYO_PRIVATE_KEY = '{_k}';
const LIST_ID = 'XyZ9aB';

exports.handler = async (event) => {{
  const {{ email }} = JSON.parse(event.body || '{{}}');
  if (!email) return {{ statusCode: 400, body: 'email required' }};
  const res = await fetch('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', {{
    method: 'POST',
    headers: {{
      Authorization: `Klaviyo-API-Key ${{KLAVIYO_PRIVATE_KEY}}`,
      revision: '2024-07-15',
      'content-type': 'application/json',
    }},
    body: JSON.stringify({{ data: {{ type: 'profile-subscription-bulk-create-job', attributes: {{
      profiles: {{ data: [{{ type: 'profile', attributes: {{ email, subscriptions: {{ email: {{ marketing: {{ consent: 'SUBSCRIBED' }} }} }} }} }}] }},
    }}, relationships: {{ list: {{ data: {{ type: 'list', id: LIST_ID }} }} }} }} }}),
  }});
  return {{ statusCode: res.ok ? 202 : 502, body: '' }};
}};
""", _k, "Klaviyo API docs: private API keys (pk_) in the Klaviyo-API-Key header")

_t = "pat-eu1-" + uuid_s()
add("json", "hubspot-private-app-token", "automation/n8n/party-enquiry-to-hubspot.json", f"""{{
  "name": "Party enquiry -> HubSpot deal",
  "nodes": [
    {{
      "name": "Webhook",
      "type": "n8n-nodes-base.webhook",
      "parameters": {{ "path": "party-enquiry", "httpMethod": "POST" }}
    }},
    {{
      "name": "Create deal",
      "type": "n8n-nodes-base.httpRequest",
      "parameters": {{
        "method": "POST",
        "url": "https://api.hubapi.com/crm/v3/objects/deals",
        "sendHeaders": true,
        "headerParameters": {{
          "parameters": [
            {{ "name": "Authorization", "value": "Bearer {_t}" }},
            {{ "name": "Content-Type", "value": "application/json" }}
          ]
        }},
        "jsonBody": "={{{{ {{\\"properties\\": {{\\"dealname\\": $json.childName + ' party', \\"pipeline\\": \\"parties\\"}}}} }}}}"
      }}
    }}
  ],
  "connections": {{ "Webhook": {{ "main": [[{{ "node": "Create deal", "type": "main", "index": 0 }}]] }} }}
}}
""", _t, "HubSpot docs: private app access tokens (pat-<region>-) as Bearer")

_k = sendgrid_key()
add("php", "sendgrid-api-key", "app/Mail/PartyConfirmationSender.php", f"""<?php

namespace App\\Mail;

use SendGrid;
use SendGrid\\Mail\\Mail;

class PartyConfirmationSender
{{
    private SendGrid $sendgrid;

    public function __construct()
    {{
        $this->sendgrid = new SendGrid('{_k}');
    }}

    public function send(string $to, array $party): void
    {{
        $mail = new Mail();
        $mail->setFrom('parties@wigglesplay.co.uk', 'Wiggles Soft Play');
        $mail->addTo($to);
        $mail->setTemplateId('d-4f1a2b3c4d5e6f708192a3b4c5d6e7f8');
        $mail->addDynamicTemplateDatas($party);
        $this->sendgrid->send($mail);
    }}
}}
""", _k, "SendGrid PHP library docs: new SendGrid(api key)")

_t = hexs(32)
add("ruby", "twilio-auth-token", "app/jobs/session_reminder_job.rb", f"""# Texts parents 30 minutes before a toddler session.
class SessionReminderJob < ApplicationJob
  queue_as :default

  ACCOUNT_SID = "AC{hexs(32)}".freeze
  AUTH_TOKEN = "{_t}".freeze
  FROM = "+447700900481".freeze

  def perform(booking_id)
    booking = Booking.find(booking_id)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
      from: FROM,
      to: booking.phone,
      body: "Hi #{{booking.first_name}}! Toddler Time starts at #{{booking.starts_at.strftime('%H:%M')}}. Grip socks on!"
    )
  end
end
""", _t, "Twilio Ruby helper docs: Client.new(account_sid, auth_token)")

_k = "xkeysib-" + hexs(64) + "-" + fakes.drawn_mixed(_seed(), 16)
add("env", "brevo-api-key", "marketing-site/.env.local", f"""NEXT_PUBLIC_SITE_URL=https://www.funkyfeetplay.fr
NEXT_PUBLIC_GA_ID=G-7QK2M9XW4R
BREVO_API_KEY={_k}
BREVO_LIST_ID=12
CONTACT_EMAIL=bonjour@funkyfeetplay.fr
""", _k, "Brevo API docs: API keys (xkeysib-)")

_t = "EAAG" + fakes.drawn_mixed(_seed(), 180)
add("notebook", "meta-access-token", "analytics/notebooks/capi_backfill.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Backfill offline party bookings to Meta Conversions API\n",
                                                             "Sends last month's paid parties as `Purchase` events."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import hashlib, time\n", "import pandas as pd\n", "import requests\n", "\n",
            "PIXEL_ID = '1234567890123456'\n", f"ACCESS_TOKEN = '{_t}'\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_csv('parties_2024-05.csv')\n",
            "h = lambda s: hashlib.sha256(s.strip().lower().encode()).hexdigest()\n",
            "events = [{'event_name': 'Purchase', 'event_time': int(time.time()), 'action_source': 'physical_store',\n",
            "           'user_data': {'em': [h(r.email)]}, 'custom_data': {'currency': 'GBP', 'value': r.total}}\n",
            "          for r in df.itertuples()]\n",
            "r = requests.post(f'https://graph.facebook.com/v19.0/{PIXEL_ID}/events',\n",
            "                  json={'data': events, 'access_token': ACCESS_TOKEN})\n", "r.json()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    _t, "Meta Conversions API docs: system user access token (EAA...)")

_s = fakes.drawn(_seed(), 22, URLSAFE)
add("go", "ga4-api-secret", "internal/analytics/ga4.go", f"""package analytics

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	measurementID = "G-7QK2M9XW4R"
	apiSecret     = "{_s}"
)

// SendPurchase reports an in-venue purchase (front desk) to GA4 via the Measurement Protocol.
func SendPurchase(clientID string, value float64, txID string) error {{
	body, _ := json.Marshal(map[string]any{{
		"client_id": clientID,
		"events": []map[string]any{{{{"name": "purchase", "params": map[string]any{{
			"currency": "GBP", "value": value, "transaction_id": txID}}}}}},
	}})
	url := fmt.Sprintf("https://www.google-analytics.com/mp/collect?measurement_id=%s&api_secret=%s", measurementID, apiSecret)
	_, err := http.Post(url, "application/json", bytes.NewReader(body))
	return err
}}
""", _s, "GA4 Measurement Protocol docs: api_secret query parameter")

_k = fakes.drawn_mixed(_seed(), 16)
add("php", "sms-api-secret", "includes/sms.php", f"""<?php
// Vonage SMS for "your party room is ready" messages.
require __DIR__ . '/../vendor/autoload.php';

$basic  = new \\Vonage\\Client\\Credentials\\Basic('8f3c2a1d', '{_k}');
$client = new \\Vonage\\Client($basic);

function send_party_ready(string $to, string $name): void {{
    global $client;
    $client->sms()->send(new \\Vonage\\SMS\\Message\\SMS($to, 'WIGGLES', "Hi $name, your party room is ready!"));
}}
""", _k, "Vonage PHP SDK docs: Credentials\\Basic(api key, api secret)")

_w = slack_webhook()
add("shell", "slack-webhook", "ops/alerts/capacity-alert.sh", f"""#!/usr/bin/env bash
# Cron every 5 min: warn the duty managers' channel when the court is near capacity.
set -euo pipefail
WEBHOOK="{_w}"
LIMIT=110

count=$(curl -sf http://frigate.jumpzone.local:5000/api/stats | jq '.cameras.main_court.person // 0')
if [ "$count" -ge "$LIMIT" ]; then
  curl -sf -X POST -H 'Content-type: application/json' \\
    --data "{{\\"text\\":\\":warning: Main court at $count jumpers (limit 120). Pause walk-ins.\\"}}" \\
    "$WEBHOOK"
fi
""", _w, "Slack docs: incoming webhooks")

_w = discord_webhook()
add("python", "discord-webhook", "staff-bot/shift_swaps.py", f'''"""Posts open shift swaps from Deputy into the staff Discord."""
import requests

DISCORD_WEBHOOK = "{_w}"


def post_swap(name: str, shift: str, area: str) -> None:
    requests.post(DISCORD_WEBHOOK, json={{
        "username": "Shift Swaps",
        "embeds": [{{"title": f"{{name}} wants to swap", "description": f"{{shift}} - {{area}}", "color": 16733471}}],
    }}, timeout=10).raise_for_status()


if __name__ == "__main__":
    post_swap("Jordan", "Sat 09:00-17:00", "Court marshal")
''', _w, "Discord docs: execute webhook URL")

_u1, _u2, _u3 = uuid_s(), uuid_s(), uuid_s()
_w = f"https://bouncegroup.webhook.office.com/webhookb2/{_u1}@{_u2}/IncomingWebhook/{hexs(32)}/{_u3}"
add("powershell", "teams-webhook", "it/scripts/Notify-BackupResult.ps1", f"""param([string]$Job, [string]$Result)

$webhook = '{_w}'
$colour = if ($Result -eq 'Success') {{ '2EB886' }} else {{ 'D40E0D' }}
$card = @{{
    '@type'    = 'MessageCard'
    '@context' = 'http://schema.org/extensions'
    themeColor = $colour
    summary    = "Backup $Job"
    sections   = @(@{{ activityTitle = "Backup $Job : $Result"; activitySubtitle = $env:COMPUTERNAME }})
}}
Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body ($card | ConvertTo-Json -Depth 4)
""", _w, "Microsoft Teams docs: incoming webhook URL")

_t = fakes.telegram_token(_seed())
add("python", "telegram-bot-token", "managers-bot/bot.py", f'''"""Telegram bot the site managers use to get today's numbers."""
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from stats import today_summary

TOKEN = "{_t}"
ALLOWED = {{48213377, 55120981, 60918822}}


async def numbers(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_user.id not in ALLOWED:
        return
    await update.message.reply_text(today_summary())


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("numbers", numbers))
app.run_polling()
''', _t, "python-telegram-bot docs: ApplicationBuilder().token(bot token)")

_t = fakes.drawn(_seed(), 40, HEX)
add("typescript", "tiktok-access-token", "server/tiktok-events.ts", f"""// TikTok Events API: report online party bookings for ad attribution.
const PIXEL_CODE = 'CQ3K9M2B1T4ZJX7Y8W6V';
const ACCESS_TOKEN = '{_t}';

export async function reportBooking(ttclid: string | undefined, emailSha256: string, value: number) {{
  await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', {{
    method: 'POST',
    headers: {{ 'Access-Token': ACCESS_TOKEN, 'Content-Type': 'application/json' }},
    body: JSON.stringify({{
      event_source: 'web',
      event_source_id: PIXEL_CODE,
      data: [{{ event: 'CompletePayment', event_time: Math.floor(Date.now() / 1000),
        user: {{ email: emailSha256, ttclid }}, properties: {{ currency: 'GBP', value }} }}],
    }}),
  }});
}}
""", _t, "TikTok Events API docs: Access-Token header")

_t = fakes.drawn_mixed(_seed(), 40)
add("env", "zendesk-api-token", "support-tools/.env", f"""ZENDESK_SUBDOMAIN=bouncenation
ZENDESK_EMAIL=it-support@bouncenation.com
ZENDESK_API_TOKEN={_t}
DEFAULT_GROUP=Guest Services
MACRO_PARTY_REFUND=360001234567
TICKET_TAGS=complaint,refund,lost-property
""", _t, "Zendesk API docs: email/token authentication")

_t = b64(f"tok:{uuid_s()}:1:0")
add("javascript", "intercom-access-token", "scripts/intercom-tag-members.js", f"""// Tags Jump Club members in Intercom so the chat bot can offer member prices.
const {{ Client }} = require('intercom-client');
const members = require('./members.json');

const client = new Client({{ tokenAuth: {{ token: '{_t}' }} }});

(async () => {{
  for (const m of members) {{
    const contact = await client.contacts.search({{ data: {{ query: {{ field: 'email', operator: '=', value: m.email }} }} }});
    if (contact.data.length) {{
      await client.tags.tagContact({{ contactId: contact.data[0].id, tagId: '7812345' }});
    }}
  }}
}})();
""", _t, "Intercom Node SDK docs: tokenAuth access token")

_k = fakes.openai_key(_seed())
add("python", "openai-api-key", "chatbot/party_faq_bot.py", f'''"""Website chat: answers party-package questions from the FAQ, hands bookings to staff."""
from openai import OpenAI

client = OpenAI(api_key="{_k}")

SYSTEM = open("faq.md").read()


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{{"role": "system", "content": SYSTEM}}, {{"role": "user", "content": question}}],
        max_tokens=300,
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', _k, "OpenAI Python library docs: OpenAI(api_key=...)")

_k = "key-" + hexs(32)
add("yaml", "mailgun-api-key", "docker/mailer/config.yaml", f"""# Transactional mailer (waiver receipts, e-tickets)
provider: mailgun
mailgun:
  domain: mg.skyhighpark.com
  region: us
  api_key: {_k}
from: "Sky High Park <tickets@skyhighpark.com>"
templates:
  eticket: eticket-v3
  waiver_receipt: waiver-receipt-v2
""", _k, "Mailgun API docs: private API key (key-)")

_t = uuid_s()
add("csharp", "postmark-server-token", "src/Notifications/EmailSender.cs", f"""using PostmarkDotNet;

namespace SkyHigh.Notifications;

public class EmailSender
{{
    private readonly PostmarkClient _client = new("{_t}");

    public async Task SendETicketAsync(string to, string bookingRef, byte[] pdf)
    {{
        var message = new TemplatedPostmarkMessage
        {{
            From = "tickets@skyhighpark.com",
            To = to,
            TemplateAlias = "e-ticket",
            TemplateModel = new {{ booking_ref = bookingRef }},
            MessageStream = "outbound",
        }};
        message.AddAttachment(pdf, $"ticket-{{bookingRef}}.pdf", "application/pdf");
        await _client.SendMessageAsync(message);
    }}
}}
""", _t, "Postmark .NET docs: PostmarkClient(server token)")

# marketing decoys
add("html", "decoy-tracking-ids", "web/partials/head-tracking.html", """<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M9XW4R"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M9XW4R');
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '1234567890123456');
  fbq('track', 'PageView');
</script>
<!-- TikTok pixel -->
<script>ttq.load('CQ3K9M2B1T4ZJX7Y8W6V'); ttq.page();</script>
""", None, "Google tag, Meta Pixel and TikTok pixel docs: public measurement ids")

add("html", "decoy-hubspot-form-ids", "web/partials/party-enquiry-form.html", f"""<section class="enquiry">
  <h2>Plan a party</h2>
  <script charset="utf-8" type="text/javascript" src="//js-eu1.hsforms.net/forms/embed/v2.js"></script>
  <script>
    hbspt.forms.create({{
      region: "eu1",
      portalId: "25123456",
      formId: "{uuid_s()}",
      target: "#party-form"
    }});
  </script>
  <div id="party-form"></div>
</section>
""", None, "HubSpot forms docs: portalId and formId are public embed identifiers")

add("python", "decoy-env-reference", "marketing/klaviyo_events.py", '''import os

from klaviyo_api import KlaviyoAPI

klaviyo = KlaviyoAPI(os.environ["KLAVIYO_PRIVATE_KEY"], max_delay=60, max_retries=3)


def track_visit(email: str, site: str, minutes: int) -> None:
    klaviyo.Events.create_event({
        "data": {
            "type": "event",
            "attributes": {
                "properties": {"site": site, "minutes": minutes},
                "metric": {"data": {"type": "metric", "attributes": {"name": "Visited Park"}}},
                "profile": {"data": {"type": "profile", "attributes": {"email": email}}},
            },
        }
    })
''', None, "klaviyo-api-python docs: KlaviyoAPI(api key) read from the environment")

add("html", "decoy-data-uri", "marketing/email-templates/birthday-club.html", f"""<!doctype html>
<html>
<body style="margin:0;background:#fff5ec;font-family:Arial,sans-serif">
  <table width="100%" cellpadding="0" cellspacing="0">
    <tr><td align="center" style="padding:24px">
      <img alt="Bounce Nation" width="180" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==">
      <h1 style="color:#ff5a1f">Happy birthday, *|CHILDNAME|*!</h1>
      <p>Bring this email in your birthday month for a free 60-minute jump.</p>
      <p style="font-size:28px;letter-spacing:4px"><b>*|BDAYCODE|*</b></p>
      <p><a href="*|UNSUB|*">Unsubscribe</a></p>
    </td></tr>
  </table>
</body>
</html>
""", None, "Mailchimp merge tags docs; a data: URI image")

add("yaml", "decoy-twilio-ids", "config/notifications.yml", f"""sms:
  provider: twilio
  account_sid: AC{hexs(32)}
  messaging_service_sid: MG{hexs(32)}
  auth_token: ${{TWILIO_AUTH_TOKEN}}
  quiet_hours: "21:00-08:00"
email:
  provider: postmark
  server_token: ${{POSTMARK_SERVER_TOKEN}}
  from: tickets@skyhighpark.com
""", None, "Twilio docs: Account SID and Messaging Service SID are identifiers; the token is referenced")

# ---------------------------------------------------------------- IT team -------------------------

_s = azure_secret()
add("json", "azure-client-secret", "it/StaffOnboarding/appsettings.json", f"""{{
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid_s()}",
    "ClientId": "{uuid_s()}",
    "ClientSecret": "{_s}"
  }},
  "Graph": {{
    "Scopes": [ "https://graph.microsoft.com/.default" ],
    "LicenceSku": "O365_BUSINESS_ESSENTIALS"
  }},
  "Onboarding": {{
    "DefaultGroups": [ "All Staff", "Court Marshals" ],
    "UsageLocation": "GB"
  }}
}}
""", _s, "Microsoft identity platform docs: client secrets (…8Q~…)")

_p = words_pw("!*%")
add("cisco", "device-password", "network/switches/leeds-core-sw01.cfg", f"""!
hostname leeds-core-sw01
!
service password-encryption
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
username netadmin privilege 15 password 0 {_p}
!
vlan 10
 name STAFF
vlan 20
 name POS
vlan 30
 name ACCESS-CONTROL
vlan 40
 name CCTV
vlan 50
 name GUEST-WIFI
!
interface GigabitEthernet1/0/1
 description uplink-fw01
 switchport mode trunk
!
interface range GigabitEthernet1/0/10 - 24
 description cctv-poe
 switchport access vlan 40
 spanning-tree portfast
!
ip ssh version 2
line vty 0 15
 login local
 transport input ssh
!
end
""", _p, "Cisco IOS command reference: username ... password 0 (clear text)")

_p = passphrase("-")
add("conf", "wifi-psk", "network/pi-ap/hostapd.conf", f"""# Staff-only AP in the plant room (tablets for the party hosts)
interface=wlan0
driver=nl80211
ssid=JZ-Hosts
hw_mode=g
channel=6
country_code=GB
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase={_p}
ignore_broadcast_ssid=1
""", _p, "hostapd.conf docs: wpa_passphrase")

_k = hexs(40)
add("python", "meraki-api-key", "network/meraki/guest_wifi_splash.py", f'''import meraki

dashboard = meraki.DashboardAPI("{_k}", suppress_logging=True)
ORG = "549236"


def set_guest_splash(network_id: str, message: str) -> None:
    dashboard.wireless.updateNetworkWirelessSsidSplashSettings(
        network_id, 2,
        splashUrl="https://www.jumpzone.co.uk/wifi-welcome",
        useSplashUrl=True,
        welcomeMessage=message,
    )


for net in dashboard.organizations.getOrganizationNetworks(ORG):
    if "Guest" in net["name"]:
        set_guest_splash(net["id"], "Welcome to JumpZone! Socks on, phones away on the court.")
''', _k, "Meraki Python library docs: DashboardAPI(api_key)")

_p = words_pw("!*%^")
add("powershell", "domain-join-password", "it/scripts/Join-SiteDomain.ps1", f"""# Joins a new front-desk PC to the domain and drops it in the site OU.
param(
    [Parameter(Mandatory)][string]$Site,
    [string]$NewName = $env:COMPUTERNAME
)

$user = 'JUMPZONE\\svc-domainjoin'
$pass = '{_p}' | ConvertTo-SecureString -AsPlainText -Force
$cred = [pscredential]::new($user, $pass)

$ou = "OU=FrontDesk,OU=$Site,OU=Sites,DC=jumpzone,DC=local"
Add-Computer -DomainName 'jumpzone.local' -OUPath $ou -NewName $NewName -Credential $cred -Restart
""", _p, "PowerShell docs: Add-Computer -Credential")

_p = words_pw("!*%")
add("ini", "winrm-password", "ansible/inventories/sites/hosts.ini", f"""[frontdesk]
leeds-fd01 ansible_host=10.10.1.21
leeds-fd02 ansible_host=10.10.1.22
stoke-fd01 ansible_host=10.11.1.21

[kiosks]
leeds-kiosk[01:08] ansible_host_prefix=10.10.4

[windows:children]
frontdesk
kiosks

[windows:vars]
ansible_user=JUMPZONE\\svc-ansible
ansible_password={_p}
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", _p, "Ansible docs: Windows hosts over WinRM with ansible_password")

_p = rand_pw(20)
add("ini", "mysql-client-password", "ops/backup/.my.cnf", f"""[client]
user=backup
password={_p}
host=db01.jumpzone.local
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", _p, "MySQL docs: option files [client] password")

_p = rand_pw(24)
add("pgpass", "postgres-password", "ops/warehouse/.pgpass", f"""# hostname:port:database:username:password
warehouse.jumpzone.local:5432:ops:etl:{_p}
warehouse.jumpzone.local:5432:ops:metabase:*
localhost:5432:*:postgres:*
# metabase and postgres use peer / IAM auth, hence the "*"
# file must be chmod 0600 or libpq ignores it
""", _p, "PostgreSQL docs: the password file (.pgpass)")

_p = fakes.drawn(_seed(), 16, string.ascii_lowercase)
add("conf", "smtp-app-password", "ops/alerts/msmtprc", f"""defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        alerts
host           smtp.gmail.com
port           587
from           it-alerts@jumpzone.co.uk
user           it-alerts@jumpzone.co.uk
password       {_p}

account default : alerts
""", _p, "Google docs: app passwords (16 letters); msmtp docs: password")

_k = "K005" + fakes.drawn(_seed(), 27, ALNUM)
add("systemd", "b2-application-key", "ops/backup/restic-nas.service", f"""[Unit]
Description=restic backup of the NAS (CCTV exports, finance, HR) to Backblaze B2
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
Environment=B2_ACCOUNT_ID=005a1b2c3d4e5f60000000007
Environment=B2_ACCOUNT_KEY={_k}
Environment=RESTIC_REPOSITORY=b2:jz-nas-backup:/nas01
Environment=RESTIC_PASSWORD_FILE=/etc/restic/password
ExecStart=/usr/bin/restic backup /mnt/nas01 --exclude-caches --tag nightly
ExecStartPost=/usr/bin/restic forget --keep-daily 14 --keep-weekly 8 --prune
""", _k, "restic docs: B2_ACCOUNT_ID and B2_ACCOUNT_KEY; Backblaze application keys")

_sk = fakes.aws_secret_key(_seed())
add("ini", "aws-credentials", "ops/cctv-archive/aws-credentials", f"""[default]
region = eu-west-2

[cctv-archive]
aws_access_key_id = {fakes.aws_key_id(_seed())}
aws_secret_access_key = {_sk}
region = eu-west-2
""", _sk, "AWS CLI docs: the shared credentials file")

_k = openssh_key()
add("yaml", "ssh-private-key", "ansible/group_vars/kiosk_fleet.yml", f"""kiosk_update_user: deploy
kiosk_update_repo: git@github.com:jumpzone/kiosk-fleet.git
kiosk_update_branch: main
kiosk_deploy_key: |
{chr(10).join("  " + line for line in _k.splitlines())}
kiosk_timezone: Europe/London
""", _k, "Ansible docs: multi-line block scalars; OpenSSH private key format")

_k = wg_key()
add("conf", "wireguard-private-key", "network/wireguard/wg-stoke.conf", f"""# Site-to-site tunnel: Stoke -> head office (booking server, Net2, NVR remote view)
[Interface]
Address = 10.99.0.11/32
PrivateKey = {_k}
ListenPort = 51820
DNS = 10.0.0.53

[Peer]
PublicKey = {wg_key()}
Endpoint = vpn.bouncegroup.co.uk:51820
AllowedIPs = 10.0.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", _k, "WireGuard wg(8) docs: [Interface] PrivateKey")

_k = pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", lines=16)
add("ovpn", "openvpn-inline-key", "it/vpn/area-manager.ovpn", f"""client
dev tun
proto udp
remote vpn.bouncegroup.co.uk 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<key>
{_k}
</key>
""", _k, "OpenVPN manual: inline <key> block")

_auth = b64("jzdeploy:" + rand_pw(20))
add("json", "docker-auth", "it/kiosk-image/.docker/config.json", f"""{{
  "auths": {{
    "registry.bouncegroup.co.uk": {{
      "auth": "{_auth}"
    }}
  }},
  "HttpHeaders": {{
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }}
}}
""", _auth, "Docker docs: config.json auths with base64 user:password")

_p = words_pw("!%*")
add("shell-history", "cli-password", "ops/notes/fd01_bash_history", f"""cd /srv/party-booking
git pull
docker compose ps
docker compose logs --tail 50 web
mysql -h db01.jumpzone.local -u parties -p'{_p}' parties -e 'select count(*) from bookings where date(starts_at)=curdate()'
sudo systemctl restart nginx
df -h
exit
""", _p, "MySQL client docs: -p<password> on the command line")

_p = words_pw("!*")
add("ini", "ldap-bind-password", "backoffice/config/ldap.ini", f"""; Staff sign-in to the back-office (party planner, rota) via Active Directory
[ldap]
url = ldaps://dc01.jumpzone.local:636
base_dn = OU=Staff,DC=jumpzone,DC=local
bind_dn = CN=svc-backoffice,OU=Service Accounts,DC=jumpzone,DC=local
bind_password = {_p}
user_filter = (&(objectClass=user)(sAMAccountName=%s))
group_managers = CN=Duty Managers,OU=Groups,DC=jumpzone,DC=local
""", _p, "LDAP bind DN and password in an application's ini file")

_k = fakes.drawn(_seed(), 43, URLSAFE)
add("python", "printnode-api-key", "printing/wristbands.py", f'''"""Sends wristband ZPL to the Zebra printers at each desk through PrintNode."""
import base64

import requests

PRINTNODE_KEY = "{_k}"
PRINTERS = {{"leeds-desk-1": 71234567, "leeds-desk-2": 71234568}}


def print_wristband(desk: str, zpl: str) -> int:
    job = {{
        "printerId": PRINTERS[desk],
        "title": "wristband",
        "contentType": "raw_base64",
        "content": base64.b64encode(zpl.encode()).decode(),
        "source": "jumpzone-frontdesk",
    }}
    r = requests.post("https://api.printnode.com/printjobs", json=job, auth=(PRINTNODE_KEY, ""), timeout=10)
    r.raise_for_status()
    return r.json()
''', _k, "PrintNode API docs: API key as the Basic auth username")

_t = hexs(32)
add("python", "deputy-token", "hr/deputy_timesheets.py", f'''import requests

DEPUTY = "https://bouncenation.eu.deputy.com/api/v1"
HEADERS = {{"Authorization": "OAuth {_t}", "Content-Type": "application/json"}}


def approved_timesheets(start: str, end: str):
    query = {{
        "search": {{
            "s1": {{"field": "Date", "type": "ge", "data": start}},
            "s2": {{"field": "Date", "type": "le", "data": end}},
            "s3": {{"field": "TimeApproved", "type": "eq", "data": True}},
        }},
        "max": 500,
    }}
    r = requests.post(f"{{DEPUTY}}/resource/Timesheet/QUERY", json=query, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()
''', _t, "Deputy API docs: permanent token in Authorization: OAuth <token>")

_s = fakes.drawn(_seed(), 48, URLSAFE)
add("env", "xero-client-secret", "finance/xero-sync/.env", f"""XERO_CLIENT_ID=8A1F2B3C4D5E6F708192A3B4C5D6E7F8
XERO_CLIENT_SECRET={_s}
XERO_REDIRECT_URI=http://localhost:5000/callback
XERO_TENANT_NAME=Bounce Nation Ltd
SALES_ACCOUNT_CODE=200
PARTY_ACCOUNT_CODE=210
""", _s, "Xero developer docs: OAuth 2.0 client id and secret")

_pk = pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", lines=16)
_escaped = _pk.replace("\n", "\\n") + "\\n"
add("json", "gcp-service-account", "analytics/keys/bq-loader.json", f"""{{
  "type": "service_account",
  "project_id": "bouncenation-analytics",
  "private_key_id": "{hexs(40)}",
  "private_key": "{_escaped}",
  "client_email": "bq-loader@bouncenation-analytics.iam.gserviceaccount.com",
  "client_id": "1048215537726109283746",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40bouncenation-analytics.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}}
""", _pk.replace("\n", "\\n"), "Google Cloud docs: service account key file (JSON)")

_p = words_pw("!*%")
add("terraform", "vsphere-password", "infra/vsphere/main.tf", f"""provider "vsphere" {{
  user                 = "svc-terraform@vsphere.local"
  password             = "{_p}"
  vsphere_server       = "vcsa.jumpzone.local"
  allow_unverified_ssl = true
}}

data "vsphere_datacenter" "dc" {{
  name = "HeadOffice"
}}

data "vsphere_datastore" "ds" {{
  name          = "nvme-01"
  datacenter_id = data.vsphere_datacenter.dc.id
}}

resource "vsphere_folder" "booking" {{
  path          = "booking-servers"
  type          = "vm"
  datacenter_id = data.vsphere_datacenter.dc.id
}}
""", _p, "Terraform vSphere provider docs: user and password arguments")

_p = rand_pw(18)
add("ini", "odbc-password", "pos-backoffice/odbc.ini", f"""[EposNowReporting]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:epos-reporting.jumpzone.local,1433
Database = EposReporting
UID = report_reader
PWD = {_p}
Encrypt = yes
TrustServerCertificate = yes
""", _p, "Microsoft ODBC Driver for SQL Server docs: DSN keywords UID and PWD")

# IT decoys
add("cisco", "decoy-hashed-secrets", "network/switches/stoke-core-sw01.cfg.j2", f"""!
hostname stoke-core-sw01
!
service password-encryption
enable algorithm-type scrypt secret $9${fakes.drawn(_seed(), 14, ALNUM + "./")}${fakes.drawn(_seed(), 43, ALNUM + "./")}
!
username netadmin privilege 15 algorithm-type scrypt secret $9${fakes.drawn(_seed(), 14, ALNUM + "./")}${fakes.drawn(_seed(), 43, ALNUM + "./")}
!
aaa new-model
aaa authentication login default group radius local
radius server NPS01
 address ipv4 10.0.0.20 auth-port 1812 acct-port 1813
 key 0 {{{{ radius_shared_secret }}}}
!
ip ssh version 2
line vty 0 15
 transport input ssh
!
end
""", None, "Cisco IOS docs: type 9 (scrypt) secrets are one-way hashes")

add("yaml", "decoy-ansible-vault", "ansible/group_vars/windows/vault.yml", f"""$ANSIBLE_VAULT;1.1;AES256
{chr(10).join(hexs(80) for _ in range(9))}
{hexs(42)}
""", None, "Ansible docs: vault-encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

add("yaml", "decoy-vault-lookup", "ansible/group_vars/windows/vars.yml", """ansible_user: "JUMPZONE\\\\svc-ansible"
ansible_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ansible/winrm:password') }}"
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
domain_join_user: "{{ vault_domain_join_user }}"
domain_join_password: "{{ vault_domain_join_password }}"
""", None, "community.hashi_vault docs: hashi_vault lookup")

add("text", "decoy-authorized-keys", "ansible/files/authorized_keys.deploy", f"""{ssh_pub()} sam@it-laptop
{ssh_pub()} priya@it-laptop
{ssh_pub("rsa")} ansible@ops-01
{ssh_pub()} github-actions-kiosk-deploy
# keep this file in sync with the IT staff list (leavers removed same day)
""", None, "OpenSSH sshd(8) docs: authorized_keys holds public keys")

add("conf", "decoy-wireguard-no-private", "network/wireguard/wg-headoffice.conf", f"""# Head office hub. The private key is generated on the box and never leaves it:
#   umask 077; wg genkey | tee /etc/wireguard/private.key | wg pubkey
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# Stoke
PublicKey = {wg_key()}
AllowedIPs = 10.99.0.11/32, 10.11.0.0/16

[Peer]
# Leeds
PublicKey = {wg_key()}
AllowedIPs = 10.99.0.12/32, 10.10.0.0/16
""", None, "WireGuard docs: public keys in [Peer]; private key read from a file")

add("powershell", "decoy-generated-password", "it/scripts/New-StaffAccount.ps1", """param(
    [Parameter(Mandatory)][string]$FirstName,
    [Parameter(Mandatory)][string]$LastName,
    [Parameter(Mandatory)][string]$Site
)

Add-Type -AssemblyName System.Web
$temp = [System.Web.Security.Membership]::GeneratePassword(16, 3)
$secure = ConvertTo-SecureString $temp -AsPlainText -Force

$sam = ($FirstName.Substring(0,1) + $LastName).ToLower()
New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam -AccountPassword $secure `
    -ChangePasswordAtLogon $true -Enabled $true -Path "OU=Staff,OU=$Site,OU=Sites,DC=jumpzone,DC=local"

# Hand the temporary password over in person; it is not logged or emailed.
Write-Host "Created $sam. Temporary password shown once:" $temp
""", None, "PowerShell AD docs: New-AdUser with a generated password")

add("shell", "decoy-secret-manager", "ops/backup/run-restic.sh", """#!/usr/bin/env bash
# Nightly NAS backup. Credentials are fetched from AWS Secrets Manager at run time.
set -euo pipefail

secret=$(aws secretsmanager get-secret-value --secret-id prod/backup/b2 --query SecretString --output text)
export B2_ACCOUNT_ID=$(jq -r .account_id <<<"$secret")
export B2_ACCOUNT_KEY=$(jq -r .application_key <<<"$secret")
export RESTIC_PASSWORD=$(jq -r .restic_password <<<"$secret")
export RESTIC_REPOSITORY=b2:jz-nas-backup:/nas01

restic backup /mnt/nas01 --exclude-caches --tag nightly
restic forget --keep-daily 14 --keep-weekly 8 --prune
""", None, "AWS CLI docs: secretsmanager get-secret-value")

add("ini", "decoy-aws-docs-example", "docs/it/aws-cli-setup.ini", """# Example ~/.aws/credentials layout for the CCTV archive bucket (values from the AWS docs).
# Real keys are issued per person through IAM Identity Center; use `aws sso login` instead.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2
""", None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE")

add("text", "decoy-known-hosts", "ansible/files/known_hosts", f"""github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
ops-01.jumpzone.local,10.0.0.40 {ssh_pub()}
nas01.jumpzone.local,10.0.0.45 {ssh_pub()}
leeds-pi-turnstile,10.30.2.52 {ssh_pub()}
stoke-pi-turnstile,10.31.2.52 {ssh_pub()}
""", None, "OpenSSH docs: known_hosts lists host public keys")

add("yaml", "decoy-kms-ciphertext", "ops/cctv-archive/config.yml", f"""bucket: jz-cctv-archive
region: eu-west-2
retention_days: 90
upload:
  part_size_mb: 64
  concurrency: 4
# Decrypted at start-up with `aws kms decrypt` (key alias/cctv-archive); only the service role can.
encrypted_access_key: AQICAHh{fakes.drawn(_seed(), 180, B64)}==
notify_email: it-alerts@jumpzone.co.uk
""", None, "AWS KMS docs: ciphertext blobs are safe to store")

# ---------------------------------------------------------------- web team ------------------------

_p = words_pw("!*%^")
add("php", "wordpress-db-password", "wp-config.php", f"""<?php
/** WordPress config for www.wigglesplay.co.uk (soft play + cafe). */

define( 'DB_NAME', 'wiggles_wp' );
define( 'DB_USER', 'wiggles_wp' );
define( 'DB_PASSWORD', '{_p}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'wgl_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""", _p, "WordPress docs: wp-config.php DB_PASSWORD")

_t = "shptka_" + hexs(32)
add("yaml", "shopify-theme-token", "shop-theme/config.yml", f"""# Theme Kit config for the merch shop (grip socks, gift cards, party bags)
production:
  password: {_t}
  theme_id: "142318297345"
  store: bounce-nation-shop.myshopify.com
  ignore_files:
    - config/settings_data.json
development:
  password: {_t}
  theme_id: "142318330113"
  store: bounce-nation-shop.myshopify.com
""", _t, "Shopify Theme Kit docs: config.yml password (Theme Access token)")

_t = "shpat_" + hexs(32)
add("javascript", "shopify-admin-token", "scripts/sync-gift-cards.mjs", f"""// Mirrors gift cards sold in the Shopify shop into ROLLER as vouchers.
const SHOP = 'bounce-nation-shop.myshopify.com';
const ADMIN_TOKEN = '{_t}';

async function giftCards(sinceId = 0) {{
  const res = await fetch(`https://${{SHOP}}/admin/api/2024-07/gift_cards.json?since_id=${{sinceId}}&limit=250`, {{
    headers: {{ 'X-Shopify-Access-Token': ADMIN_TOKEN }},
  }});
  if (!res.ok) throw new Error(`Shopify ${{res.status}}`);
  return (await res.json()).gift_cards;
}}

for (const card of await giftCards()) {{
  console.log(card.id, card.last_characters, card.balance, card.expires_on);
}}
""", _t, "Shopify Admin API docs: X-Shopify-Access-Token (shpat_)")

_t = "nfp_" + fakes.drawn_mixed(_seed(), 36)
add("shell", "netlify-token", "web/marketing-site/deploy.sh", f"""#!/usr/bin/env bash
set -euo pipefail
# Manual deploy of the marketing site when CI is down.
export NETLIFY_AUTH_TOKEN={_t}
export NETLIFY_SITE_ID=3f0c9a1e-7b2d-4c8e-9f61-5a4b3c2d1e0f

npm ci
npm run build
npx netlify-cli deploy --dir=dist --prod --message "manual deploy $(git rev-parse --short HEAD)"
""", _t, "Netlify CLI docs: NETLIFY_AUTH_TOKEN")

_t = fakes.drawn_mixed(_seed(), 24)
add("gha", "vercel-token", ".github/workflows/deploy-booking-site.yml", f"""name: deploy booking site
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
      - run: npm i -g vercel@latest
      - run: vercel pull --yes --environment=production --token={_t}
      - run: vercel build --prod --token={_t}
      - run: vercel deploy --prebuilt --prod --token={_t}
        env:
          VERCEL_ORG_ID: team_x7K2mQ9wR4tZ8bC1
          VERCEL_PROJECT_ID: prj_a1B2c3D4e5F6g7H8i9J0
""", _t, "Vercel CLI docs: --token")

_t = fakes.drawn(_seed(), 40, URLSAFE)
add("tfvars", "cloudflare-token", "infra/cloudflare/terraform.tfvars", f"""cloudflare_api_token = "{_t}"
zone_id              = "{hexs(32)}"
account_id           = "{hexs(32)}"
booking_origin       = "bookings-origin.bouncenation.com"
waf_block_countries  = ["KP", "IR"]
rate_limit_per_min   = 120
""", _t, "Cloudflare Terraform provider docs: api_token")

_t = fakes.github_token(_seed())
add("shell", "github-token-in-url", "web/scripts/mirror-theme.sh", f"""#!/bin/sh
# Mirrors the agency's theme repo into ours every night (agency gave us read access).
set -e
cd /srv/mirrors
if [ ! -d wiggles-theme.git ]; then
  git clone --mirror https://jz-web-bot:{_t}@github.com/pixelpeak-agency/wiggles-theme.git
fi
cd wiggles-theme.git
git remote update --prune
git push --mirror git@github.com:jumpzone/wiggles-theme.git
""", _t, "GitHub docs: personal access tokens (ghp_) over HTTPS")

_t = fakes.fake("npm_", 36, _seed())
add("npmrc", "npm-token", "packages/booking-widget/.npmrc", f"""@bouncenation:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={_t}
access=restricted
save-exact=true
engine-strict=true
fund=false
""", _t, "npm docs: .npmrc _authToken")

_t = fakes.pypi_token(_seed())
add("ini", "pypi-token", "tools/roller-sdk/.pypirc", f"""[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = {_t}
""", _t, "PyPI docs: API tokens in .pypirc (username __token__)")

_k = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "backoffice/backoffice/settings/production.py", f'''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "{_k}"
ALLOWED_HOSTS = ["backoffice.jumpzone.co.uk"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "backoffice",
        "USER": "backoffice",
        "PASSWORD": os.environ["BACKOFFICE_DB_PASSWORD"],
        "HOST": "db01.jumpzone.local",
    }}
}}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
''', _k, "Django docs: SECRET_KEY setting")

_k = hexs(32)
add("dockerfile", "rails-master-key", "party-planner/Dockerfile", f"""FROM ruby:3.3-slim AS base
WORKDIR /rails
ENV RAILS_ENV=production \\
    BUNDLE_DEPLOYMENT=1 \\
    BUNDLE_WITHOUT=development:test

RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
COPY Gemfile Gemfile.lock ./
RUN bundle install
COPY . .

ENV RAILS_MASTER_KEY={_k}
RUN bundle exec rails assets:precompile

EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
""", _k, "Rails docs: RAILS_MASTER_KEY decrypts config/credentials.yml.enc")

_k = "base64:" + base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode()
add("compose", "laravel-app-key", "parties-site/docker-compose.prod.yml", f"""services:
  app:
    image: ghcr.io/wigglesplay/parties-site:1.14.2
    restart: unless-stopped
    environment:
      APP_ENV: production
      APP_KEY: "{_k}"
      APP_URL: https://parties.wigglesplay.co.uk
      DB_HOST: db
      DB_DATABASE: parties
      DB_USERNAME: parties
      DB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    depends_on: [db]
  db:
    image: mariadb:11
    environment:
      MARIADB_DATABASE: parties
      MARIADB_USER: parties
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
secrets:
  db_password:
    file: ./secrets/db_password.txt
""", _k, "Laravel docs: APP_KEY (base64:) encryption key")

_j = jwt({"iss": "supabase", "ref": fakes.drawn(_seed(), 20, string.ascii_lowercase), "role": "service_role",
          "iat": 1716200000, "exp": 2031776000})
add("typescript", "supabase-service-role", "lib/supabaseAdmin.ts", f"""import {{ createClient }} from '@supabase/supabase-js';

// Server-only client for the loyalty stamps app (bypasses row level security).
export const supabaseAdmin = createClient(
  'https://xyzkqmtrbnwplfdhgcas.supabase.co',
  '{_j}',
  {{ auth: {{ persistSession: false, autoRefreshToken: false }} }},
);

export async function addStamp(memberId: string, site: string) {{
  const {{ error }} = await supabaseAdmin.from('stamps').insert({{ member_id: memberId, site }});
  if (error) throw error;
}}
""", _j, "Supabase docs: service_role key is secret and bypasses RLS")

_k = "AAAA" + fakes.drawn(_seed(), 7, URLSAFE) + ":APA91b" + fakes.drawn(_seed(), 134, URLSAFE)
add("javascript", "fcm-server-key", "functions/push/sendOffer.js", f"""// Legacy FCM push for the member app: "Quiet session tonight, 2-for-1".
const axios = require('axios');

const FCM_SERVER_KEY = '{_k}';

module.exports = async function sendOffer(topic, title, body) {{
  await axios.post('https://fcm.googleapis.com/fcm/send', {{
    to: `/topics/${{topic}}`,
    notification: {{ title, body }},
    data: {{ deeplink: 'jumpzone://offers' }},
  }}, {{ headers: {{ Authorization: `key=${{FCM_SERVER_KEY}}` }} }});
}};
""", _k, "Firebase Cloud Messaging legacy HTTP docs: Authorization: key=<server key>")

_t = mapbox_token("sk", "bouncenation")
add("env", "mapbox-secret-token", "park-finder/.env", f"""MAPBOX_USERNAME=bouncenation
MAPBOX_UPLOAD_TOKEN={_t}
TILESET_ID=bouncenation.parks-2024
SOURCE_GEOJSON=data/parks.geojson
STYLE_ID=clx0parks
""", _t, "Mapbox docs: secret tokens (sk.) for the Uploads API")

_t = hexs(64)
add("ini", "sentry-auth-token", "booking-widget/.sentryclirc", f"""[defaults]
url = https://sentry.io/
org = bounce-nation
project = booking-widget

[auth]
token = {_t}
""", _t, "Sentry CLI docs: .sentryclirc [auth] token")

_k = hexs(32)
add("javascript", "algolia-admin-key", "scripts/index-parks.js", f"""// Rebuilds the park-finder search index from parks.json.
const algoliasearch = require('algoliasearch');
const parks = require('../data/parks.json');

const client = algoliasearch('QW3RTY12UI', '{_k}');
const index = client.initIndex('parks');

(async () => {{
  await index.setSettings({{ searchableAttributes: ['name', 'city', 'postcode'], attributesForFaceting: ['features'] }});
  await index.replaceAllObjects(parks.map(p => ({{ objectID: p.slug, ...p }})), {{ safe: true }});
  console.log(`indexed ${{parks.length}} parks`);
}})();
""", _k, "Algolia docs: Admin API key (write access)")

_s = "6L" + fakes.drawn(_seed(), 38, URLSAFE)
add("php", "recaptcha-secret", "public/contact.php", f"""<?php
// Party enquiry form handler.
$secret = '{_s}';
$resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret' => $secret,
    'response' => $_POST['g-recaptcha-response'] ?? '',
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$ok = json_decode($resp, true)['success'] ?? false;
if (!$ok) {{
    http_response_code(400);
    exit('Please tick the box to show you are not a robot.');
}}
mail('parties@wigglesplay.co.uk', 'Party enquiry', print_r($_POST, true));
header('Location: /thanks');
""", _s, "Google reCAPTCHA docs: siteverify with the secret key")

_p = url_pw()
add("env", "postgres-url", "loyalty-api/.env", f"""DATABASE_URL="postgresql://loyalty:{_p}@loyalty-db.c9x2k4m1q7zt.eu-west-2.rds.amazonaws.com:5432/loyalty?schema=public&sslmode=require"
SHADOW_DATABASE_URL="postgresql://postgres:postgres@localhost:5433/loyalty_shadow"
PORT=4000
JWT_ISSUER=https://loyalty.jumpzone.co.uk
STAMPS_FOR_FREE_JUMP=10
LOG_LEVEL=info
""", _p, "Prisma docs: DATABASE_URL connection string")

_p = rand_pw(16)
add("javascript", "mongodb-srv", "services/party-guests/db.js", f"""const {{ MongoClient }} = require('mongodb');

const uri = 'mongodb+srv://party-guests:{_p}@cluster0.k2m9q.mongodb.net/parties?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function guestList(partyId) {{
  await client.connect();
  return client.db('parties').collection('guests').find({{ partyId }}).sort({{ lastName: 1 }}).toArray();
}}

module.exports = {{ guestList }};
""", _p, "MongoDB Node driver docs: mongodb+srv connection string")

_p = fakes.redis_password(_seed())
add("compose", "redis-password", "booking-cache/compose.yaml", f"""services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "{_p}", "--appendonly", "yes"]
    ports:
      - "127.0.0.1:6379:6379"
    volumes:
      - redis-data:/data
  worker:
    image: ghcr.io/jumpzone/availability-worker:2.3.0
    environment:
      REDIS_URL: redis://redis:6379/0
      REDIS_PASSWORD_FILE: /run/secrets/redis
    depends_on: [redis]
volumes:
  redis-data:
""", _p, "Redis docs: requirepass")

_s = hexs(64)
add("go", "jwt-signing-secret", "internal/auth/tokens.go", f"""package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("{_s}")

// IssueStaffToken issues the token the front-desk app uses to call the check-in API.
func IssueStaffToken(staffID, site string) (string, error) {{
	claims := jwt.MapClaims{{
		"sub":  staffID,
		"site": site,
		"exp":  time.Now().Add(12 * time.Hour).Unix(),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}}
""", _s, "golang-jwt docs: HS256 with a shared signing key")

_p = words_pw("!*%")
add("helm", "values-password", "deploy/helm/booking-api/values-prod.yaml", f"""replicaCount: 3
image:
  repository: ghcr.io/bouncenation/booking-api
  tag: "4.8.1"
ingress:
  enabled: true
  hosts:
    - host: api.bouncenation.com
      paths: [{{ path: /, pathType: Prefix }}]
postgresql:
  enabled: true
  auth:
    username: booking
    password: "{_p}"
    database: booking
resources:
  requests: {{ cpu: 250m, memory: 512Mi }}
""", _p, "Bitnami PostgreSQL chart docs: auth.password")

_p = rand_pw(20)
add("k8s", "stringdata-password", "deploy/k8s/waiver-api/db-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: waiver-api-db
  namespace: waivers
type: Opaque
stringData:
  DB_HOST: waiver-db.waivers.svc.cluster.local
  DB_USER: waiver_api
  DB_PASSWORD: "{_p}"
""", _p, "Kubernetes docs: Secret stringData")

_p = words_pw("!*%^")
add("terraform", "rds-password", "infra/aws/rds.tf", f"""resource "aws_db_instance" "loyalty" {{
  identifier              = "loyalty-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.small"
  allocated_storage       = 50
  db_name                 = "loyalty"
  username                = "loyalty_admin"
  password                = "{_p}"
  backup_retention_period = 14
  storage_encrypted       = true
  skip_final_snapshot     = false
  vpc_security_group_ids  = [aws_security_group.db.id]
  db_subnet_group_name    = aws_db_subnet_group.private.name
}}
""", _p, "Terraform AWS provider docs: aws_db_instance password")

_t = fakes.fake("glpat-", 20, _seed())
add("gitlab-ci", "gitlab-token", ".gitlab-ci.yml", f"""stages: [build, release]

variables:
  DOCKER_DRIVER: overlay2
  RELEASE_TOKEN: "{_t}"

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/widget.js "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/widget/$CI_COMMIT_TAG/widget.js"'
""", _t, "GitLab docs: personal access tokens (glpat-) and PRIVATE-TOKEN header")

_p = words_pw("!*%")
add("notebook", "snowflake-password", "analytics/notebooks/weekend_peaks.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Weekend peak occupancy by site\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import snowflake.connector\n", "import pandas as pd\n", "\n",
            "con = snowflake.connector.connect(\n", "    account='bn12345.eu-west-2.aws',\n",
            "    user='ANALYST_SAM',\n", f"    password='{_p}',\n", "    warehouse='ANALYTICS_XS',\n",
            "    database='OPS', schema='PUBLIC')\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"select site, date_trunc('hour', scanned_at) h, count(*) n from turnstile_scans \"\n",
            "                 \"where dayofweek(scanned_at) in (0,6) group by 1,2\", con)\n",
            "df.pivot_table(index='H', columns='SITE', values='N').plot(figsize=(12, 4))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    _p, "Snowflake Python connector docs: connect(account, user, password)")

_p = words_pw("!%*")
add("r", "database-password", "analytics/r/party_conversion.R", f"""library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse.jumpzone.local",
  dbname = "ops",
  user = "analyst",
  password = "{_p}"
)

enquiries <- tbl(con, "party_enquiries") %>%
  mutate(month = floor_date(created_at, "month")) %>%
  group_by(site, month) %>%
  summarise(enquiries = n(), booked = sum(as.integer(booked))) %>%
  collect()

ggplot(enquiries, aes(month, booked / enquiries, colour = site)) + geom_line()
dbDisconnect(con)
""", _p, "DBI / RPostgres docs: dbConnect(password = ...)")

_k = stripe_sk()
add("swift", "stripe-secret-key", "StaffApp/Sources/Payments/RefundService.swift", f"""import Foundation

/// Quick refunds from the duty manager's iPad (TODO: move behind the back-office API).
struct RefundService {{
    private let secretKey = "{_k}"

    func refund(paymentIntent: String, amountPence: Int) async throws {{
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/refunds")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "payment_intent=\\(paymentIntent)&amount=\\(amountPence)".data(using: .utf8)
        let (_, resp) = try await URLSession.shared.data(for: req)
        guard (resp as? HTTPURLResponse)?.statusCode == 200 else {{ throw URLError(.badServerResponse) }}
    }}
}}
""", _k, "Stripe API docs: Bearer authentication with the secret key")

_s = fakes.drawn_mixed(_seed(), 32)
add("kotlin", "twilio-api-key-secret", "member-app/app/src/main/java/com/jumpzone/member/sms/OtpSender.kt", f"""package com.jumpzone.member.sms

import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

object OtpSender {{
    private const val ACCOUNT_SID = "AC{hexs(32)}"
    private const val API_KEY_SID = "SK{hexs(32)}"
    private const val API_KEY_SECRET = "{_s}"
    private val http = OkHttpClient()

    fun send(to: String, code: String) {{
        val body = FormBody.Builder().add("To", to).add("From", "JUMPZONE").add("Body", "Your code is $code").build()
        val req = Request.Builder()
            .url("https://api.twilio.com/2010-04-01/Accounts/$ACCOUNT_SID/Messages.json")
            .header("Authorization", Credentials.basic(API_KEY_SID, API_KEY_SECRET))
            .post(body).build()
        http.newCall(req).execute().close()
    }}
}}
""", _s, "Twilio docs: API key SID and secret for Basic auth")

_k = b64(fakes.drawn(_seed(), 20, URLSAFE) + ":" + fakes.drawn(_seed(), 22, URLSAFE))
add("yaml", "elastic-api-key", "observability/filebeat.yml", f"""filebeat.inputs:
  - type: filestream
    id: booking-api
    paths: [/var/log/booking-api/*.json]
    parsers:
      - ndjson: {{ target: "", add_error_key: true }}

cloud.id: "bn-logs:ZXUtd2VzdC0yLmF3cy5jbG91ZC5lcy5pbyRhYmMxMjMkZGVmNDU2"
output.elasticsearch:
  api_key: "{_k}"
  index: "booking-api-%{{+yyyy.MM.dd}}"

setup.template.name: booking-api
setup.template.pattern: "booking-api-*"
""", _k, "Filebeat docs: output.elasticsearch.api_key (base64 id:api_key)")

_t = "ATATT3xFfGF0" + fakes.drawn(_seed(), 180, URLSAFE) + "=" + fakes.drawn(_seed(), 8, "0123456789ABCDEF")
add("python", "atlassian-api-token", "it/jira/create_maintenance_tickets.py", f'''"""Monthly trampoline-bed inspection tickets in Jira (one per court per site)."""
from jira import JIRA

jira = JIRA(
    server="https://bouncenation.atlassian.net",
    basic_auth=("facilities-bot@bouncenation.com", "{_t}"),
)

COURTS = {{"Leeds": ["Main court", "Dodgeball", "Ninja"], "Stoke": ["Main court", "Toddler"]}}

for site, courts in COURTS.items():
    for court in courts:
        jira.create_issue(project="FAC", issuetype={{"name": "Task"}},
                          summary=f"{{site}} - {{court}}: monthly bed & pad inspection",
                          labels=["inspection", site.lower()])
''', _t, "Atlassian docs: API tokens (ATATT) with Basic auth")

_k = hexs(32)
add("yaml", "datadog-api-key", "observability/datadog.yaml", f"""api_key: {_k}
site: datadoghq.eu
hostname: booking-01
tags:
  - env:prod
  - service:booking-api
  - team:web
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", _k, "Datadog Agent docs: datadog.yaml api_key")

_k = account_key()
add("csharp", "azure-storage-connstring", "src/CctvArchive/BlobArchiver.cs", f"""using Azure.Storage.Blobs;

namespace JumpZone.CctvArchive;

public class BlobArchiver
{{
    private const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=jzcctvarchive;" +
        "AccountKey={_k};EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(ConnectionString, "incident-clips");

    public async Task ArchiveAsync(string path, string incidentRef)
    {{
        await _container.CreateIfNotExistsAsync();
        await using var stream = File.OpenRead(path);
        await _container.UploadBlobAsync($"{{incidentRef}}/{{Path.GetFileName(path)}}", stream);
    }}
}}
""", _k, "Azure Storage docs: connection string AccountKey")

_p = url_pw()
add("yaml", "amqp-url", "deploy/k8s/checkin-worker/configmap.yaml", f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: checkin-worker
  namespace: checkin
data:
  QUEUE_URL: "amqps://checkin:{_p}@rabbit.bouncenation.internal:5671/checkin"
  PREFETCH: "20"
  LOG_LEVEL: info
  SITES: "leeds,stoke,bristol"
""", _p, "RabbitMQ docs: AMQP URI with userinfo")

_t = "dop_v1_" + hexs(64)
add("shell", "digitalocean-token", "infra/do/resize-booking-droplet.sh", f"""#!/usr/bin/env bash
# Scale the booking droplet up for the school holidays, down afterwards.
set -euo pipefail
SIZE=${{1:-s-4vcpu-8gb}}
DROPLET=381204557
export DIGITALOCEAN_ACCESS_TOKEN={_t}

doctl compute droplet-action power-off $DROPLET --wait
doctl compute droplet-action resize $DROPLET --size "$SIZE" --wait
doctl compute droplet-action power-on $DROPLET --wait
echo "resized to $SIZE"
""", _t, "doctl docs: DIGITALOCEAN_ACCESS_TOKEN (dop_v1_)")

_s = "0x" + hexs(40)
add("python", "hcaptcha-secret", "backoffice/forms/captcha.py", f'''import requests

HCAPTCHA_SECRET = "{_s}"


def verify(token: str, remote_ip: str) -> bool:
    r = requests.post("https://api.hcaptcha.com/siteverify", data={{
        "secret": HCAPTCHA_SECRET,
        "response": token,
        "remoteip": remote_ip,
    }}, timeout=5)
    return r.ok and r.json().get("success", False)
''', _s, "hCaptcha docs: siteverify secret (0x...)")

_p = words_pw("!*%")
_half = len(_p) // 2
add("python", "split-password", "legacy/party_export.py", f'''"""Old party export (2019) - still run monthly by finance."""
import pyodbc

CONN = (
    "DRIVER={{ODBC Driver 17 for SQL Server}};SERVER=adv-sql01\\\\ADVANTAGE;DATABASE=Advantage;"
    "UID=finance_export;PWD={_p[:_half]}"
    "{_p[_half:]};"
)


def export(month: str, path: str) -> None:
    with pyodbc.connect(CONN) as cn, open(path, "w") as out:
        for row in cn.execute("select PartyDate, HostName, Package, Total from Parties where format(PartyDate,'yyyy-MM')=?", month):
            out.write(",".join(str(v) for v in row) + "\\n")
''', _p, "pyodbc docs: connection strings built from adjacent string literals")

# ---------------------------------------------------------------- web, CI and dev decoys ----------

add("gha", "decoy-secrets-context", ".github/workflows/deploy-parties-site.yml", """name: deploy parties site
on:
  push:
    branches: [main]

permissions:
  contents: read
  id-token: write

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: "8.3"
      - run: composer install --no-dev --optimize-autoloader
      - name: Deploy with Deployer
        uses: deployphp/action@v1
        with:
          private-key: ${{ secrets.DEPLOY_SSH_KEY }}
          dep: deploy production
        env:
          STRIPE_SECRET: ${{ secrets.STRIPE_SECRET }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""", None, "GitHub Actions docs: the secrets context")

add("gha", "decoy-oidc-role", ".github/workflows/cctv-archive-infra.yml", """name: cctv-archive terraform
on:
  pull_request:
    paths: ["infra/aws/**"]

permissions:
  id-token: write
  contents: read

jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481516234200:role/gha-terraform-plan
          aws-region: eu-west-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/aws init -input=false
      - run: terraform -chdir=infra/aws plan -input=false -no-color
""", None, "GitHub docs: OpenID Connect to AWS, no stored keys")

add("helm", "decoy-existing-secret", "deploy/helm/booking-api/values.yaml", """replicaCount: 2
image:
  repository: ghcr.io/bouncenation/booking-api
  tag: ""
postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    existingSecret: booking-api-db
    secretKeys:
      userPasswordKey: password
roller:
  existingSecret: roller-oauth
  clientIdKey: client-id
  clientSecretKey: client-secret
resources: {}
""", None, "Bitnami chart docs: auth.existingSecret")

add("helm", "decoy-template-b64enc", "deploy/helm/booking-api/templates/secret.yaml", """{{- if not .Values.roller.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking-api.fullname" . }}-roller
  labels:
    {{- include "booking-api.labels" . | nindent 4 }}
type: Opaque
data:
  client-id: {{ .Values.roller.clientId | b64enc | quote }}
  client-secret: {{ required "roller.clientSecret is required" .Values.roller.clientSecret | b64enc | quote }}
{{- end }}
""", None, "Helm docs: templates with b64enc")

add("terraform", "decoy-random-password", "infra/aws/secrets.tf", """resource "random_password" "loyalty_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "loyalty_db" {
  name = "prod/loyalty/db"
}

resource "aws_secretsmanager_secret_version" "loyalty_db" {
  secret_id     = aws_secretsmanager_secret.loyalty_db.id
  secret_string = jsonencode({ username = "loyalty_admin", password = random_password.loyalty_db.result })
}

output "loyalty_db_secret_arn" {
  value = aws_secretsmanager_secret.loyalty_db.arn
}
""", None, "Terraform random provider docs: random_password")

add("terraform", "decoy-sensitive-variable", "infra/cloudflare/variables.tf", """variable "cloudflare_api_token" {
  description = "Scoped token (Zone:DNS:Edit, Zone:WAF:Edit). Set TF_VAR_cloudflare_api_token in CI."
  type        = string
  sensitive   = true
}

variable "zone_id" {
  type = string
}

variable "booking_origin" {
  type    = string
  default = "bookings-origin.bouncenation.com"
}
""", None, "Terraform docs: sensitive input variables")

add("yaml", "decoy-sops", "deploy/secrets/prod.enc.yaml", f"""roller:
    client_secret: ENC[AES256_GCM,data:{rb64(48)},iv:{rb64(32)},tag:{rb64(16)},type:str]
stripe:
    secret_key: ENC[AES256_GCM,data:{rb64(81)},iv:{rb64(32)},tag:{rb64(16)},type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:481516234200:alias/sops-prod
          created_at: "2024-05-02T09:14:11Z"
          enc: AQICAHh{fakes.drawn(_seed(), 160, B64)}==
          aws_profile: ""
    lastmodified: "2024-06-11T16:40:03Z"
    mac: ENC[AES256_GCM,data:{rb64(48)},iv:{rb64(32)},tag:{rb64(16)},type:str]
    version: 3.8.1
""", None, "SOPS docs: encrypted values ENC[AES256_GCM,...]")

add("k8s", "decoy-sealed-secret", "deploy/k8s/waiver-api/sealed-db-secret.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: waiver-api-db
  namespace: waivers
spec:
  encryptedData:
    DB_PASSWORD: AgB{fakes.drawn(_seed(), 340, B64)}==
    DB_USER: AgC{fakes.drawn(_seed(), 340, B64)}==
  template:
    metadata:
      name: waiver-api-db
      namespace: waivers
    type: Opaque
""", None, "Bitnami Sealed Secrets docs: encryptedData is public-key ciphertext")

add("k8s", "decoy-external-secret", "deploy/k8s/gift-cards/external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gift-cards-stripe
  namespace: web
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: azure-keyvault
  target:
    name: gift-cards-stripe
  data:
    - secretKey: STRIPE_RESTRICTED_KEY
      remoteRef:
        key: stripe-restricted-gift-cards
""", None, "External Secrets Operator docs: ExternalSecret remoteRef")

add("html", "decoy-maps-browser-key", "web/park-finder/index.html", f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Find your nearest Bounce Nation park</title>
  <link rel="stylesheet" href="/css/finder.css">
</head>
<body>
  <div id="map" style="height:480px"></div>
  <ul id="parks"></ul>
  <script src="/js/finder.js"></script>
  <!-- Browser key: restricted to https://www.bouncenation.com/* and the Maps JavaScript API only -->
  <script async src="https://maps.googleapis.com/maps/api/js?key={google_key()}&callback=initMap&libraries=places"></script>
</body>
</html>
""", None, "Google Maps Platform docs: browser API keys restricted by HTTP referrer")

add("javascript", "decoy-firebase-web-config", "member-web/src/firebase.js", f"""import {{ initializeApp }} from 'firebase/app';
import {{ getAuth }} from 'firebase/auth';
import {{ getFirestore }} from 'firebase/firestore';

// Firebase web config: identifies the project, not a secret (access is enforced by security rules).
const firebaseConfig = {{
  apiKey: '{google_key()}',
  authDomain: 'jumpzone-members.firebaseapp.com',
  projectId: 'jumpzone-members',
  storageBucket: 'jumpzone-members.appspot.com',
  messagingSenderId: '804512377861',
  appId: '1:804512377861:web:{hexs(22)}',
}};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", None, "Firebase docs: API keys for Firebase are not secret")

add("javascript", "decoy-mapbox-public-token", "web/park-finder/js/finder.js", f"""mapboxgl.accessToken = '{mapbox_token("pk", "bouncenation")}';

const map = new mapboxgl.Map({{
  container: 'map',
  style: 'mapbox://styles/bouncenation/clx0parks',
  center: [-1.5491, 53.8008],
  zoom: 5.5,
}});

fetch('/data/parks.geojson').then(r => r.json()).then(parks => {{
  map.on('load', () => {{
    map.addSource('parks', {{ type: 'geojson', data: parks }});
    map.addLayer({{ id: 'parks', type: 'circle', source: 'parks', paint: {{ 'circle-color': '#ff5a1f', 'circle-radius': 7 }} }});
  }});
}});
""", None, "Mapbox docs: public tokens (pk.) are for client-side use")

add("typescript", "decoy-sentry-dsn", "booking-widget/src/sentry.ts", f"""import * as Sentry from '@sentry/browser';

// The DSN is public (it ships in the widget bundle); it only allows sending events.
Sentry.init({{
  dsn: 'https://{hexs(32)}@o4507123456789.ingest.de.sentry.io/4507123456790',
  release: __WIDGET_VERSION__,
  environment: window.location.hostname.includes('staging') ? 'staging' : 'production',
  tracesSampleRate: 0.05,
  integrations: [Sentry.browserTracingIntegration()],
}});
""", None, "Sentry docs: DSNs are safe to keep public")

add("html", "decoy-recaptcha-site-key", "public/contact.html", f"""<form action="/contact.php" method="post" class="party-enquiry">
  <label>Your name <input name="name" required></label>
  <label>Email <input type="email" name="email" required></label>
  <label>Child's age <input type="number" name="age" min="1" max="16"></label>
  <label>Preferred date <input type="date" name="date"></label>
  <div class="g-recaptcha" data-sitekey="6L{fakes.drawn(_seed(), 38, URLSAFE)}"></div>
  <button type="submit">Send enquiry</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", None, "Google reCAPTCHA docs: the site key is embedded in the page")

_anon = jwt({"iss": "supabase", "ref": "xyzkqmtrbnwplfdhgcas", "role": "anon", "iat": 1716200000, "exp": 2031776000})
add("typescript", "decoy-supabase-anon-key", "loyalty-app/src/lib/supabase.ts", f"""import {{ createClient }} from '@supabase/supabase-js';

// anon key: public, safe in the browser with row level security on every table.
const SUPABASE_URL = 'https://xyzkqmtrbnwplfdhgcas.supabase.co';
const SUPABASE_ANON_KEY = '{_anon}';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function myStamps() {{
  const {{ data, error }} = await supabase.from('stamps').select('site, created_at').order('created_at');
  if (error) throw error;
  return data;
}}
""", None, "Supabase docs: the anon key is safe to use in a browser with RLS")

add("javascript", "decoy-algolia-search-key", "web/park-finder/js/search.js", f"""import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import {{ searchBox, hits }} from 'instantsearch.js/es/widgets';

// Search-only API key: read access to the public "parks" index, fine in the browser.
const searchClient = algoliasearch('QW3RTY12UI', '{hexs(32)}');

const search = instantsearch({{ indexName: 'parks', searchClient }});
search.addWidgets([
  searchBox({{ container: '#searchbox', placeholder: 'Town or postcode' }}),
  hits({{ container: '#hits', templates: {{ item: (h, {{ html }}) => html`<a href="/parks/${{h.objectID}}">${{h.name}}</a>` }} }}),
]);
search.start();
""", None, "Algolia docs: search-only API keys are public")

add("markdown", "decoy-pgp-public-key", "SECURITY.md", f"""# Security policy

Found a vulnerability in the booking site, the member app or the kiosks? Email
security@bouncenation.com. Encrypt with our key if the report has personal data:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGYz{fakes.drawn(_seed(), 60, B64)}
{chr(10).join(fakes.drawn(_seed(), 64, B64) for _ in range(10))}
={fakes.drawn(_seed(), 4, B64)}
-----END PGP PUBLIC KEY BLOCK-----
```

We reply within 3 working days. Please do not test against the turnstiles or payment terminals on site.
""", None, "OpenPGP (RFC 4880): public key block, ASCII armour")

add("pem", "decoy-certificate", "kiosk/certs/jumpzone-internal-ca.crt", f"""{cert_like(12)}
""", None, "RFC 7468: a CERTIFICATE block is public")

add("sql", "decoy-password-hashes", "backoffice/db/seed/002_staff_users.sql", f"""-- Initial back-office users. Passwords are bcrypt hashes; everyone resets on first login.
INSERT INTO staff_user (email, display_name, role, password_hash, must_reset) VALUES
  ('sam.okoro@jumpzone.co.uk', 'Sam Okoro', 'admin', '{bcrypt_hash()}', true),
  ('priya.shah@jumpzone.co.uk', 'Priya Shah', 'it', '{bcrypt_hash()}', true),
  ('leeds.duty@jumpzone.co.uk', 'Leeds duty manager', 'manager', '{bcrypt_hash()}', true),
  ('stoke.duty@jumpzone.co.uk', 'Stoke duty manager', 'manager', '{bcrypt_hash()}', true),
  ('parties.leeds@jumpzone.co.uk', 'Leeds party host', 'host', '{bcrypt_hash()}', true);
""", None, "bcrypt ($2b$) password hashes")

add("conf", "decoy-htpasswd", "web/staging/.htpasswd", f"""agency:{bcrypt_hash().replace("$2b$", "$2y$", 1)}
marketing:{bcrypt_hash().replace("$2b$", "$2y$", 1)}
qa:{bcrypt_hash().replace("$2b$", "$2y$", 1)}
parties-team:{bcrypt_hash().replace("$2b$", "$2y$", 1)}
it:{bcrypt_hash().replace("$2b$", "$2y$", 1)}
""", None, "Apache htpasswd docs: bcrypt ($2y$) hashes")

add("json", "decoy-django-fixture", "backoffice/accounts/fixtures/demo_users.json", f"""[
  {{
    "model": "accounts.user",
    "pk": 1,
    "fields": {{
      "username": "demo-manager",
      "email": "demo-manager@example.com",
      "password": "pbkdf2_sha256$720000${fakes.drawn(_seed(), 22)}${rb64(32)}",
      "is_staff": true
    }}
  }},
  {{
    "model": "accounts.user",
    "pk": 2,
    "fields": {{
      "username": "demo-host",
      "email": "demo-host@example.com",
      "password": "pbkdf2_sha256$720000${fakes.drawn(_seed(), 22)}${rb64(32)}",
      "is_staff": false
    }}
  }}
]
""", None, "Django docs: password field stores algorithm$iterations$salt$hash")

add("json", "decoy-lockfile-integrity", "packages/booking-widget/package-lock.json", f"""{{
  "name": "@bouncenation/booking-widget",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "": {{ "name": "@bouncenation/booking-widget", "version": "3.2.0", "dependencies": {{ "preact": "^10.22.0" }} }},
    "node_modules/preact": {{
      "version": "10.22.0",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.22.0.tgz",
      "integrity": "sha512-{rb64(64)}",
      "funding": {{ "type": "opencollective", "url": "https://opencollective.com/preact" }}
    }},
    "node_modules/date-fns": {{
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-{rb64(64)}"
    }}
  }}
}}
""", None, "npm docs: package-lock.json integrity (SRI hashes)")

add("dockerfile", "decoy-checksums", "kiosk/image/Dockerfile", f"""FROM debian:bookworm-slim@sha256:{hexs(64)}

ARG CHROMIUM_KIOSK_VERSION=1.8.2
ARG CHROMIUM_KIOSK_SHA256={hexs(64)}

RUN apt-get update && apt-get install -y --no-install-recommends chromium curl ca-certificates xserver-xorg xinit \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLo /tmp/kiosk.deb https://downloads.example.org/chromium-kiosk_${{CHROMIUM_KIOSK_VERSION}}_amd64.deb \\
 && echo "${{CHROMIUM_KIOSK_SHA256}}  /tmp/kiosk.deb" | sha256sum -c - \\
 && dpkg -i /tmp/kiosk.deb && rm /tmp/kiosk.deb

ENV KIOSK_URL=https://waiver.jumpzone.co.uk/kiosk
CMD ["startx", "/usr/bin/chromium-kiosk"]
""", None, "Docker docs: image digests; sha256sum -c")

add("text", "decoy-go-sum", "cmd/xola-sync/go.sum", f"""github.com/golang-jwt/jwt/v5 v5.2.1 h1:{rb64(32)}
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:{rb64(32)}
github.com/stripe/stripe-go/v78 v78.12.0 h1:{rb64(32)}
github.com/stripe/stripe-go/v78 v78.12.0/go.mod h1:{rb64(32)}
golang.org/x/net v0.26.0 h1:{rb64(32)}
golang.org/x/net v0.26.0/go.mod h1:{rb64(32)}
""", None, "Go modules reference: go.sum h1: hashes")

add("csharp", "decoy-key-vault", "src/Payments/SecretsLoader.cs", """using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace BounceGroup.Payments;

public static class SecretsLoader
{
    public static async Task<(string ApiKey, string HmacKey)> LoadAdyenAsync(string vaultName)
    {
        var client = new SecretClient(new Uri($"https://{vaultName}.vault.azure.net/"), new DefaultAzureCredential());
        var apiKey = await client.GetSecretAsync("adyen-api-key");
        var hmac = await client.GetSecretAsync("adyen-webhook-hmac");
        return (apiKey.Value.Value, hmac.Value.Value);
    }
}
""", None, "Azure Key Vault .NET docs: SecretClient.GetSecretAsync")

add("python", "decoy-secrets-manager", "integrations/roller/secrets.py", '''import json
from functools import lru_cache

import boto3


@lru_cache(maxsize=None)
def roller_credentials() -> dict:
    """ROLLER OAuth client credentials, kept in AWS Secrets Manager (prod/roller/oauth)."""
    sm = boto3.client("secretsmanager", region_name="eu-west-2")
    value = sm.get_secret_value(SecretId="prod/roller/oauth")["SecretString"]
    creds = json.loads(value)
    return {"client_id": creds["client_id"], "client_secret": creds["client_secret"]}
''', None, "boto3 docs: SecretsManager.Client.get_secret_value")

add("typescript", "decoy-env-schema", "src/env.ts", """import { z } from 'zod';

// Validates the server environment at start-up; values come from the host, never from the repo.
const schema = z.object({
  DATABASE_URL: z.string().url(),
  STRIPE_SECRET_KEY: z.string().startsWith('sk_'),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith('whsec_'),
  KLAVIYO_PRIVATE_KEY: z.string().min(10),
  SMARTWAIVER_API_KEY: z.string().length(40),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith('pk_'),
});

export const env = schema.parse(process.env);
""", None, "zod docs: validating process.env")

add("markdown", "decoy-redacted-log", "docs/support/2024-05-stripe-refunds-failing.md", """# Refunds failing from the manager iPads (ticket #4812)

Symptom: "Refund failed" toast; Stripe dashboard shows no refund attempts.

Request captured with Proxyman (values redacted before pasting):

```
POST /v1/refunds HTTP/1.1
Host: api.stripe.com
Authorization: Bearer sk_live_51Px************************************
Content-Type: application/x-www-form-urlencoded

payment_intent=pi_3PyAbc&amount=1500
```

Response: `401 Expired API Key provided: sk_live_****...****x9Qa`.

Fix: the app still had the key rolled in April. Refunds now go through the back-office API,
which reads the key from Key Vault; the hard-coded key was removed from the app (PR #311).
""", None, "support note with the key redacted as Stripe's dashboard shows it")

add("groovy", "decoy-with-credentials", "Jenkinsfile", """pipeline {
  agent { label 'docker' }
  environment {
    REGISTRY = 'registry.bouncegroup.co.uk'
  }
  stages {
    stage('Build') {
      steps { sh 'docker build -t $REGISTRY/kiosk:$BUILD_NUMBER kiosk/image' }
    }
    stage('Push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'registry-deploy', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
          sh 'echo "$REG_PASS" | docker login $REGISTRY -u "$REG_USER" --password-stdin'
          sh 'docker push $REGISTRY/kiosk:$BUILD_NUMBER'
        }
      }
    }
  }
}
""", None, "Jenkins Credentials Binding plugin docs: withCredentials")

add("gitlab-ci", "decoy-masked-variables", "infra/.gitlab-ci.yml", """# STRIPE_SECRET, DEPLOY_KEY and CF_API_TOKEN are protected + masked CI/CD variables.
stages: [plan, apply]

.tf:
  image: hashicorp/terraform:1.8
  before_script:
    - export TF_VAR_cloudflare_api_token="$CF_API_TOKEN"
    - terraform -chdir=infra/cloudflare init -input=false

plan:
  extends: .tf
  stage: plan
  script: terraform -chdir=infra/cloudflare plan -out=plan.tfplan

apply:
  extends: .tf
  stage: apply
  when: manual
  script: terraform -chdir=infra/cloudflare apply plan.tfplan
""", None, "GitLab docs: masked and protected CI/CD variables")

add("nginx", "decoy-file-references", "web/nginx/parties.conf", """server {
    listen 443 ssl http2;
    server_name parties.wigglesplay.co.uk;

    ssl_certificate     /etc/letsencrypt/live/parties.wigglesplay.co.uk/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/parties.wigglesplay.co.uk/privkey.pem;

    root /srv/parties-site/public;
    index index.php;

    location /admin {
        auth_basic "Staff only";
        auth_basic_user_file /etc/nginx/htpasswd/parties-admin;
        try_files $uri /index.php?$query_string;
    }

    location ~ \\.php$ {
        include fastcgi_params;
        fastcgi_pass unix:/run/php/php8.3-fpm.sock;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    }
}
""", None, "nginx docs: ssl_certificate_key and auth_basic_user_file are paths")

add("markdown", "decoy-setup-placeholders", "integrations/roller/README.md", """# ROLLER integration

Pulls bookings, products and check-ins from ROLLER into the ops warehouse.

## Setup
1. In ROLLER go to **Settings > Integrations > API** and create a client for *Ops warehouse*.
2. Put the values in your shell (or `.env`, which is git-ignored):

```bash
export ROLLER_CLIENT_ID=<client id from the portal>
export ROLLER_CLIENT_SECRET=<client secret from the portal>
export DATABASE_URL=postgres://ops:YOUR_PASSWORD@localhost:5432/ops
```

3. Run `python pull_bookings.py --since 2024-01-01` once to backfill.

Production values live in AWS Secrets Manager (`prod/roller/oauth`).
""", None, "README placeholders <...> and YOUR_PASSWORD")

add("json", "decoy-postman-variables", "api-tests/roller.postman_collection.json", """{
  "info": {
    "name": "ROLLER API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{rollerAccessToken}}", "type": "string" }]
  },
  "item": [
    {
      "name": "Get token",
      "request": {
        "method": "POST",
        "url": "https://api.roller.app/token",
        "body": { "mode": "raw", "raw": "{\\"client_id\\": \\"{{rollerClientId}}\\", \\"client_secret\\": \\"{{rollerClientSecret}}\\"}" }
      }
    },
    {
      "name": "Bookings today",
      "request": { "method": "GET", "url": "https://api.roller.app/bookings?startDate={{today}}&endDate={{today}}" }
    }
  ]
}
""", None, "Postman docs: {{variable}} references in collections")

add("markdown", "decoy-password-policy", "docs/it/password-policy.md", """# Password and key policy (all sites)

- Staff accounts: 14+ characters, passphrases encouraged (e.g. four random words), MFA on Microsoft 365.
- Shared device logins (NVR, switches, turnstile controllers, kiosks): unique per device,
  generated in Keeper, 20 characters, rotated when a manager with access leaves.
- Never reuse the vendor default (`admin/admin`, `12345`, blank) - change it on day one.
- API keys (ROLLER, Stripe, Smartwaiver, Mailchimp...) live in Key Vault or Secrets Manager only.
  If one lands in Git, rotate it first, then clean the history.
- Guest Wi-Fi has no password; the staff SSIDs use 802.1X through NPS.
""", None, "internal policy that names vendor defaults as things to change")

add("ini", "decoy-argon2-hash", "kiosk/config/admin.ini", f"""; Hidden admin menu on the waiver kiosk (tap the logo 7 times).
[admin]
pin_hash = $argon2id$v=19$m=65536,t=3,p=4${rb64(16).rstrip("=")}${rb64(32).rstrip("=")}
lockout_attempts = 5
lockout_minutes = 15

[display]
idle_reset_seconds = 45
brightness = 80
""", None, "Argon2 (RFC 9106) PHC string format")

add("json", "decoy-jwks", "web/.well-known/jwks.json", f"""{{
  "keys": [
    {{
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "{hexs(16)}",
      "n": "{fakes.drawn(_seed(), 342, URLSAFE)}",
      "e": "AQAB"
    }},
    {{
      "kty": "EC",
      "use": "sig",
      "crv": "P-256",
      "kid": "{hexs(16)}",
      "x": "{fakes.drawn(_seed(), 43, URLSAFE)}",
      "y": "{fakes.drawn(_seed(), 43, URLSAFE)}"
    }}
  ]
}}
""", None, "RFC 7517: a JWK set of public keys")

add("dns", "decoy-dkim-public-key", "infra/dns/bouncenation.com.zone", f"""$ORIGIN bouncenation.com.
$TTL 3600
@        IN SOA ns1.bouncenation.com. hostmaster.bouncenation.com. 2024061101 7200 900 1209600 3600
@        IN TXT "v=spf1 include:spf.protection.outlook.com include:sendgrid.net include:mailgun.org -all"
@        IN TXT "google-site-verification={fakes.drawn(_seed(), 43, URLSAFE)}"
_dmarc   IN TXT "v=DMARC1; p=quarantine; rua=mailto:dmarc@bouncenation.com"
s1._domainkey IN TXT ( "v=DKIM1; k=rsa; "
          "p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ{fakes.drawn(_seed(), 60, B64)}"
          "{fakes.drawn(_seed(), 112, B64)}IDAQAB" )
www      IN CNAME bouncenation.netlify.app.
book     IN CNAME cname.vercel-dns.com.
""", None, "RFC 6376: DKIM public key in a DNS TXT record")

add("text", "decoy-sha256sums", "kiosk/releases/2.4.1/SHA256SUMS", f"""{hexs(64)}  waiver-kiosk-2.4.1-win-x64.msi
{hexs(64)}  waiver-kiosk-2.4.1-android.apk
{hexs(64)}  waiver-kiosk-2.4.1-ipados.ipa
{hexs(64)}  checkin-screen-2.4.1-linux-arm64.tar.gz
{hexs(64)}  release-notes-2.4.1.md
""", None, "coreutils sha256sum output format")

add("kotlin", "decoy-gradle-env-signing", "member-app/app/build.gradle.kts", """plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.jumpzone.member"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.jumpzone.member"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("JZ_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("JZ_KEYSTORE_PASSWORD")
            keyAlias = "jumpzone-member"
            keyPassword = System.getenv("JZ_KEY_PASSWORD")
        }
    }
    buildTypes {
        release { signingConfig = signingConfigs.getByName("release") }
    }
}
""", None, "Android Gradle docs: signingConfigs from environment variables")

add("plist", "decoy-ios-public-ids", "StaffApp/Resources/GoogleService-Info.plist", f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>{google_key()}</string>
	<key>GCM_SENDER_ID</key>
	<string>804512377861</string>
	<key>BUNDLE_ID</key>
	<string>com.jumpzone.staff</string>
	<key>PROJECT_ID</key>
	<string>jumpzone-members</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:804512377861:ios:{hexs(22)}</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
""", None, "Firebase docs: GoogleService-Info.plist holds public client config")

add("swift", "decoy-revenuecat-public-key", "MemberApp/Sources/App/Purchases.swift", f"""import RevenueCat

enum PurchasesSetup {{
    // Public app-specific SDK key (RevenueCat docs: safe to include in the app).
    static let apiKey = "appl_{fakes.drawn_mixed(_seed(), 27)}"

    static func configure(memberId: String?) {{
        Purchases.logLevel = .warn
        Purchases.configure(with: Configuration.Builder(withAPIKey: apiKey)
            .with(appUserID: memberId)
            .build())
    }}
}}
""", None, "RevenueCat docs: public app-specific API keys (appl_)")

add("html", "decoy-template-placeholders", "backoffice/templates/emails/password_reset.html", """{% extends "emails/base.html" %}
{% block content %}
<p>Hi {{ user.first_name }},</p>
<p>Someone asked to reset the password for your JumpZone back-office account.</p>
<p><a href="{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}">Choose a new password</a></p>
<p>The link works once and expires in 2 hours. If it wasn't you, tell IT on #it-help.</p>
{% endblock %}
""", None, "Django docs: password reset email template variables")

add("sql", "decoy-schema-columns", "backoffice/db/migrations/0007_api_clients.sql", """-- Partners (party bag supplier, school-trip agent) that call our booking API.
CREATE TABLE api_client (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name            text NOT NULL,
    key_prefix      char(8) NOT NULL UNIQUE,      -- shown in the admin UI, e.g. "jzk_4f1a"
    key_hash        bytea NOT NULL,               -- sha256 of the full key; the key is shown once
    scopes          text[] NOT NULL DEFAULT '{bookings:read}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);

CREATE INDEX api_client_active ON api_client (key_prefix) WHERE revoked_at IS NULL;
""", None, "schema holding hashed API keys only")

add("compose", "decoy-required-env", "booking-cache/compose.override.yaml", """services:
  redis:
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD in .env}"]
  worker:
    environment:
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      ROLLER_CLIENT_SECRET: ${ROLLER_CLIENT_SECRET:?}
      SENTRY_DSN: ${SENTRY_DSN:-}
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/pg
""", None, "Compose docs: ${VAR:?error} interpolation")

add("javascript", "decoy-intercom-identity", "server/intercom-identity.js", f"""const crypto = require('crypto');

// Identity verification: the user_hash is computed server-side from the secret kept in the environment.
// app_id is public and appears in every page.
const INTERCOM_APP_ID = 'k2m9q4w8';

function intercomSettings(member) {{
  const userHash = crypto
    .createHmac('sha256', process.env.INTERCOM_IDENTITY_SECRET)
    .update(member.id)
    .digest('hex');
  return {{ app_id: INTERCOM_APP_ID, user_id: member.id, email: member.email, user_hash: userHash }};
}}

module.exports = {{ intercomSettings }};
""", None, "Intercom docs: identity verification with a server-side secret")

add("python", "decoy-dummy-test-values", "tests/test_net2_sync.py", '''import responses

from access import net2_sync

DUMMY_PASSWORD = "not-a-real-password"


@responses.activate
def test_token_uses_operator_login(monkeypatch):
    monkeypatch.setattr(net2_sync, "NET2", "https://net2.test/api/v1")
    responses.post("https://net2.test/api/v1/authorization/tokens", json={"access_token": "dummy-token"})
    monkeypatch.setattr(net2_sync, "_password", lambda: DUMMY_PASSWORD)
    assert net2_sync.token() == "dummy-token"
    body = responses.calls[0].request.body
    assert "password=not-a-real-password" in body
''', None, "pytest / responses docs: fixtures with dummy values")

add("json", "decoy-webhook-sample", "docs/samples/roller-booking-created.json", f"""{{
  "event": "booking.created",
  "id": "{uuid_s()}",
  "occurredAt": "2024-06-15T09:41:22Z",
  "data": {{
    "bookingReference": "RJ4K8M2Q",
    "venueId": "{uuid_s()}",
    "customerId": "{uuid_s()}",
    "items": [
      {{ "productId": "{uuid_s()}", "name": "60 min jump", "quantity": 3, "total": 36.0 }},
      {{ "productId": "{uuid_s()}", "name": "Grip socks", "quantity": 2, "total": 5.0 }}
    ],
    "total": 41.0,
    "currency": "GBP"
  }}
}}
""", None, "webhook sample payload: UUIDs are record ids")

add("yaml", "decoy-cloud-init-hashed", "kiosk/pi/cloud-init/user-data.yaml", f"""#cloud-config
hostname: leeds-checkin-screen-01
users:
  - name: screen
    groups: [video, input]
    shell: /bin/bash
    lock_passwd: false
    passwd: "$6$rounds=4096${fakes.drawn(_seed(), 16, ALNUM + './')}${fakes.drawn(_seed(), 86, ALNUM + './')}"
  - name: deploy
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    ssh_authorized_keys:
      - {ssh_pub()} github-actions-kiosk-deploy
ssh_pwauth: false
runcmd:
  - [systemctl, enable, --now, checkin-screen.service]
""", None, "cloud-init docs: users passwd takes a crypt(3) hash")

add("text", "decoy-age-encrypted", "deploy/secrets/nvr-logins.age", f"""-----BEGIN AGE ENCRYPTED FILE-----
{chr(10).join(fakes.drawn(_seed(), 64, B64) for _ in range(7))}
{fakes.drawn(_seed(), 28, B64)}
-----END AGE ENCRYPTED FILE-----
""", None, "age docs: ASCII-armored encrypted file")

add("shell", "decoy-netrc-reference", "cctv/hik-reboot.sh", """#!/bin/bash
# Reboots a hung Hikvision camera. Credentials come from ~/.netrc (chmod 600), one line per camera.
set -euo pipefail
ip="$1"
curl -s --digest --netrc-file "$HOME/.netrc" -X PUT "http://$ip/ISAPI/System/reboot"
echo "reboot sent to $ip"
""", None, "curl docs: --netrc-file")

add("powershell", "decoy-get-credential", "cctv/Export-AxisClip.ps1", """param(
    [Parameter(Mandatory)][string]$CameraIp,
    [Parameter(Mandatory)][datetime]$From,
    [Parameter(Mandatory)][datetime]$To
)
# Asks for the camera login each time; nothing is saved.
$cred = Get-Credential -Message "Axis login for $CameraIp" -UserName 'root'
$start = $From.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
$stop = $To.ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
$uri = "http://$CameraIp/axis-cgi/record/export/exportrecording.cgi?schemaversion=1&recordingid=&diskid=SD_DISK&exportformat=matroska&starttime=$start&stoptime=$stop"
Invoke-WebRequest -Uri $uri -Credential $cred -OutFile "clip-$CameraIp.mkv" -UseBasicParsing
""", None, "PowerShell docs: Get-Credential prompts interactively")

add("markdown", "decoy-commit-shas", "CHANGELOG.md", f"""# Changelog

## 4.8.1 - 2024-06-11
- Fix double-booking when two party hosts confirm the same room ({hexs(40)[:7]})
- Toddler Time capacity now per session, not per day ({hexs(40)[:7]})

## 4.8.0 - 2024-05-28
- Gift cards from the Shopify shop redeem at the front desk ({hexs(40)})
- Turnstile scans show the wristband colour on the lane display ({hexs(40)})

## 4.7.3 - 2024-05-09
- Revert "cache availability for 5 minutes" ({hexs(40)})
""", None, "git commit ids are public object names")

add("env", "decoy-laravel-example", "web/parties-site/.env.example", """APP_NAME="Bounce Nation Parties"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=parties
DB_USERNAME=root
DB_PASSWORD=

STRIPE_KEY=pk_test_your_publishable_key
STRIPE_SECRET=sk_test_your_secret_key
MAIL_MAILER=log
""", None, "Laravel docs: .env.example with empty values")

add("python", "decoy-hmac-output", "access/qr_verify.py", '''"""Verifies check-in QR codes at the turnstile. The key is read from the controller's TPM-backed store."""
import base64
import hashlib
import hmac
import time

from .keystore import load_key

# Example payload from the docs of this module (signature made with the *test* key, see tests/):
EXAMPLE = "UkoxSzhNMlF8M3wxNzE4NDQ0ODAwMDAwfDlmODZkMDgxODg0YzdkNjU5YTJmZWFhMGM1NWFkMDE1YTNiZjRmMWIyYjBiODIyY2QxNWQ2YzE1YjBmMDBhMDg="


def verify(token: str) -> bool:
    ref, guests, valid_until, mac = base64.urlsafe_b64decode(token).decode().split("|")
    expected = hmac.new(load_key(), f"{ref}|{guests}|{valid_until}".encode(), hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, expected) and int(valid_until) > time.time() * 1000
''', None, "Python hmac docs: a signed token example, not a key")
