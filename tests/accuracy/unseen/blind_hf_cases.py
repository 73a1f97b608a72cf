"""Blind set HF: solar-panel installers.

Inverter cloud portals (SolarEdge, Enphase, Fronius, SMA, Huawei, Sungrow, Victron, SolisCloud),
battery monitoring and gateways, site-survey and design tools, financing partners, CRM and the
installers' own IT (CI, containers, mail, databases), and their decoys.
Generated fakes only (seeds 2780000-2789999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
UPPER = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 2780000, 2789999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Solar", "Panel", "Ridge", "Sunbeam", "Amber", "Helio", "Rafter", "Copper", "Meadow", "Falcon",
         "Granite", "Lumen", "Harbor", "Cedar", "Prism", "Canyon", "Aurora", "Nimbus", "Voltage", "Orchard"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def up(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPPER) for _ in range(n))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(n: int) -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "-_") for _ in range(n))


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + up(8) + "/B" + up(10) + "/" + rand_pw(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def google_key() -> str:
    return fakes.fake("AIzaSy", 33, _seed())


def mapbox(kind: str = "sk") -> str:
    return f"{kind}.eyJ1Ijoic3Vucmlkz2UiLCJhIjoi" + b64url(20) + "In0." + b64url(22)


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def jwt() -> str:
    head = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9"
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","scope":"installer","exp":1830000000}').encode()).decode().rstrip("=")
    return head + "." + body + "." + b64url(86)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sha256() -> str:
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
    CASES.append(LabelledCase(f"blind-hf/{category}", file_name, text, secret, source))


SOLAREDGE_DOC = "SolarEdge Monitoring Server API (api_key query parameter)"
ENPHASE_DOC = "Enphase Enlighten Systems API v4 (api key, OAuth client id/secret)"

# ---------------------------------------------------------------- inverter clouds: secrets

add("python/solaredge-api-key", "monitoring/solaredge_poll.py", SOLAREDGE_DOC, '''
"""Pull 15-minute energy for every SolarEdge site we maintain and push it to the ops DB."""
import datetime as dt

import requests

BASE = "https://monitoringapi.solaredge.com"
SE_API_KEY = "@@secret@@"
SITES = [2841177, 2841203, 3019554]


def energy(site_id: int, day: dt.date) -> dict:
    resp = requests.get(
        f"{BASE}/site/{site_id}/energy",
        params={"timeUnit": "QUARTER_OF_AN_HOUR", "startDate": day.isoformat(),
                "endDate": day.isoformat(), "api_key": SE_API_KEY},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["energy"]
''', up(32))

add("shell/solaredge-api-key", "scripts/check_site_overview.sh", SOLAREDGE_DOC, '''
#!/usr/bin/env bash
# quick health check of a customer's site from the service van laptop
set -euo pipefail
SITE=${1:?usage: check_site_overview.sh SITE_ID}
curl -s "https://monitoringapi.solaredge.com/site/${SITE}/overview?api_key=@@secret@@" \\
  | jq '.overview | {lastUpdateTime, currentPower, lastDayData}'
''', up(32))

add("env/enphase-client-secret", "services/enlighten-sync/.env", ENPHASE_DOC, '''
# Enlighten v4 partner app "BrightRoof Fleet"
ENPHASE_API_KEY=@@apikey@@
ENPHASE_CLIENT_ID=@@cid@@
ENPHASE_CLIENT_SECRET=@@secret@@
ENPHASE_REDIRECT_URI=https://fleet.brightroof-solar.com/oauth/enphase/callback
LOG_LEVEL=info
''', rand_pw(32).lower(), apikey=hexs(32), cid=hexs(32))

add("yaml/enphase-api-key", "config/enlighten.yml", ENPHASE_DOC, '''
enlighten:
  base_url: https://api.enphaseenergy.com/api/v4
  api_key: @@secret@@
  systems_page_size: 100
  poll_interval_minutes: 30
  retry:
    max_attempts: 5
    backoff_seconds: 20
''', hexs(32))

add("python/enphase-envoy-token", "tools/envoy_local.py", "Enphase IQ Gateway local API (Bearer token from entrez.enphaseenergy.com)", '''
import requests
import urllib3

urllib3.disable_warnings()

GATEWAY = "https://192.168.1.77"
# installer token pulled from entrez for the Henderson job, valid a year
TOKEN = "@@secret@@"

r = requests.get(f"{GATEWAY}/ivp/meters/readings", headers={"Authorization": f"Bearer {TOKEN}"}, verify=False)
for meter in r.json():
    print(meter["eid"], meter["activePower"])
''', jwt())

add("json/fronius-solarweb-key", "integrations/fronius/solarweb.json", "Fronius Solar.web Query API (AccessKeyId / AccessKeyValue headers)", '''
{
  "baseUrl": "https://api.solarweb.com/swqapi",
  "accessKeyId": "FKIA@@kid@@",
  "accessKeyValue": "@@secret@@",
  "pvSystems": ["5c1f0a33-7d2e-4b61-9e0a-1d2f3a4b5c6d"],
  "channels": ["EnergyExported", "EnergyProductionTotal"]
}
''', uuid_s(), kid=up(32))

add("typescript/fronius-solarweb-key", "src/lib/solarweb.ts", "Fronius Solar.web Query API (AccessKeyId / AccessKeyValue headers)", '''
import axios from "axios";

export const solarweb = axios.create({
  baseURL: "https://api.solarweb.com/swqapi",
  headers: {
    AccessKeyId: "FKIA@@kid@@",
    AccessKeyValue: "@@secret@@",
    Accept: "application/json",
  },
  timeout: 20000,
});
''', uuid_s(), kid=up(32))

add("ini/sma-client-secret", "deploy/sma_sunnyportal.ini", "SMA Sunny Portal / ennexOS monitoring API (OAuth2 client credentials)", '''
[sma]
token_url = https://auth.smaapis.de/oauth2/token
api_url = https://monitoring.smaapis.de/v1
client_id = brightroof_monitoring
client_secret = @@secret@@
scope = monitoringApi:read

[schedule]
cron = */20 * * * *
''', rand_pw(40))

add("python/huawei-fusionsolar-password", "collectors/fusionsolar.py", "Huawei FusionSolar Northbound API (userName / systemCode login)", '''
import requests

session = requests.Session()
LOGIN = "https://eu5.fusionsolar.huawei.com/thirdData/login"


def login() -> None:
    r = session.post(LOGIN, json={"userName": "brightroof_api", "systemCode": "@@secret@@"})
    r.raise_for_status()
    session.headers["XSRF-TOKEN"] = r.cookies.get("XSRF-TOKEN")


def station_list() -> list:
    r = session.post("https://eu5.fusionsolar.huawei.com/thirdData/stations", json={"pageNo": 1})
    return r.json()["data"]["list"]
''', words_pw())

add("go/sungrow-access-key", "internal/isolarcloud/client.go", "Sungrow iSolarCloud OpenAPI (appkey, x-access-key header)", '''
package isolarcloud

import "net/http"

const (
	gateway   = "https://gateway.isolarcloud.eu"
	appKey    = "@@appkey@@"
	accessKey = "@@secret@@"
)

func newRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, gateway+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("x-access-key", accessKey)
	req.Header.Set("sys_code", "901")
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
''', rand_pw(32).lower(), appkey=hexs(32).upper())

add("python/victron-vrm-token", "battery/vrm_soc_report.py", "Victron VRM API v2 (X-Authorization: Token <access token>)", '''
import requests

VRM = "https://vrmapi.victronenergy.com/v2"
HEADERS = {"X-Authorization": "Token @@secret@@"}
INSTALLATIONS = {"Okafor farm shed": 184422, "Lindqvist cabin": 201977}

for name, site in INSTALLATIONS.items():
    stats = requests.get(f"{VRM}/installations/{site}/stats", params={"type": "live_feed"}, headers=HEADERS).json()
    soc = stats["records"]["bs"][-1][1]
    print(f"{name}: battery {soc:.0f}%")
''', hexs(64))

add("javascript/soliscloud-key-secret", "lambda/solis/index.js", "SolisCloud Platform API (KeyId, KeySecret, HMAC-SHA1 signature)", '''
const crypto = require("crypto");

const KEY_ID = "1300386381676@@kid@@";
const KEY_SECRET = "@@secret@@";

function sign(body, date, path) {
  const md5 = crypto.createHash("md5").update(body).digest("base64");
  const toSign = ["POST", md5, "application/json", date, path].join("\\n");
  return crypto.createHmac("sha1", KEY_SECRET).update(toSign).digest("base64");
}

module.exports = { KEY_ID, sign };
''', hexs(32), kid=str(_rng().randint(100000, 999999)))

add("yaml/goodwe-sems-password", "homeassistant/packages/goodwe.yaml", "GoodWe SEMS portal login (account / password)", '''
sensor:
  - platform: sems
    username: monitoring@brightroof-solar.com
    password: "@@secret@@"
    station_id: 9d2c7a41-0e33-4f1a-b6f5-2a8c1e7d4b90
    scan_interval: 300
''', words_pw())

add("yaml/tesla-powerwall-password", "homeassistant/customers/whitfield/powerwall.yaml", "Home Assistant Powerwall integration (gateway customer password)", '''
# Whitfield residence - Powerwall 2 + Backup Gateway 2, commissioned 2024-04-11
powerwall:
  ip_address: 10.20.4.15
  password: @@secret@@
  scan_interval: 10
notes: customer asked us to keep monitoring on for warranty claims
''', up(5))

add("python/tesla-fleet-client-secret", "fleet/tesla_energy.py", "Tesla Fleet API (OAuth client credentials for energy sites)", '''
import requests

TOKEN_URL = "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "ta-secret.@@secret@@"


def partner_token() -> str:
    data = {"grant_type": "client_credentials", "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET, "scope": "openid energy_device_data",
            "audience": "https://fleet-api.prd.na.vn.cloud.tesla.com"}
    return requests.post(TOKEN_URL, data=data).json()["access_token"]
''', rand_pw(16), cid=uuid_s())

add("env/growatt-password", ".env.production", "Growatt ShinePhone / server API login", '''
NODE_ENV=production
PORT=8080
GROWATT_SERVER=https://server.growatt.com
GROWATT_USER=brightroof_ops
GROWATT_PASSWORD=@@secret@@
METRICS_PUSHGATEWAY=http://pushgateway.monitoring:9091
''', words_pw())

add("toml/solaredge-api-key", "pyproject-tools/solarsync.toml", SOLAREDGE_DOC, '''
[solarsync]
provider = "solaredge"
account = "BrightRoof Solar LLC"

[solarsync.solaredge]
api_key = "@@secret@@"
rate_limit_per_day = 300
sites_file = "sites.csv"
''', up(32))

add("csharp/enphase-client-secret", "src/Fleet.Monitoring/EnlightenOptions.cs", ENPHASE_DOC, '''
namespace Fleet.Monitoring;

public sealed class EnlightenOptions
{
    public string BaseUrl { get; init; } = "https://api.enphaseenergy.com/api/v4";
    public string ApiKey { get; init; } = "@@apikey@@";
    public string ClientId { get; init; } = "@@cid@@";
    public string ClientSecret { get; init; } = "@@secret@@";
    public int PageSize { get; init; } = 100;
}
''', rand_pw(32).lower(), apikey=hexs(32), cid=hexs(32))

add("markdown/victron-vrm-token", "docs/runbooks/offgrid-battery-alarms.md", "Victron VRM API v2 (X-Authorization: Token <access token>)", '''
# Off-grid battery alarms

When a VRM alarm fires for low SOC on an off-grid site:

1. Open the site in VRM (installer account `service@brightroof-solar.com`).
2. Check the last 24h of the battery monitor (BMV/SmartShunt).
3. To pull the data from the CLI:

```
curl -H "X-Authorization: Token @@secret@@" \\
  https://vrmapi.victronenergy.com/v2/installations/184422/widgets/BatterySummary
```

4. If SOC < 20% for more than 6h, call the customer and schedule a generator run.
''', hexs(64))

add("php/sungrow-app-secret", "app/Services/ISolarCloud.php", "Sungrow iSolarCloud OpenAPI (appkey, x-access-key header)", '''
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class ISolarCloud
{
    private const APP_KEY = '@@appkey@@';
    private const SECRET_KEY = '@@secret@@';

    public function plants(string $token): array
    {
        return Http::withHeaders(['x-access-key' => self::SECRET_KEY, 'sys_code' => '901'])
            ->post('https://gateway.isolarcloud.com.hk/openapi/getPowerStationList', [
                'appkey' => self::APP_KEY, 'token' => $token, 'curPage' => 1, 'size' => 50,
            ])->json('result_data.pageList');
    }
}
''', rand_pw(32).lower(), appkey=hexs(32).upper())

# ---------------------------------------------------------------- devices, batteries, site gear

add("yaml/mqtt-password", "edge/mosquitto-bridge/bridge.conf.yaml", "Eclipse Mosquitto bridge configuration (remote_username / remote_password)", '''
bridge:
  connection: brightroof-cloud
  address: mqtt.brightroof-solar.com:8883
  remote_username: gw-0042
  remote_password: @@secret@@
  topics:
    - "site/+/battery/# out 1"
    - "site/+/inverter/# out 1"
  tls_version: tlsv1.2
''', rand_pw(24))

add("python/modbus-gateway-password", "edge/batteryd/config.py", "Pylontech/BMS web console behind a Modbus-TCP gateway (admin login)", '''
MODBUS_HOST = "192.168.50.10"
MODBUS_PORT = 502
UNIT_IDS = [1, 2, 3]
POLL_SECONDS = 5

# Waveshare RS485-to-ETH gateway web admin
GATEWAY_ADMIN_USER = "admin"
GATEWAY_ADMIN_PASS = "@@secret@@"

CELL_VOLTAGE_ALARM = 3.55
''', words_pw())

add("shell/sma-inverter-password", "field/reset_sunnyboy_grid_code.sh", "SMA Sunny Boy WebUI installer login (dyn/login.json, right=istl)", '''
#!/bin/sh
# Field tool: log into a Sunny Boy as installer and read the grid code
INV=${1:-192.168.0.170}
SID=$(curl -sk -X POST "https://$INV/dyn/login.json" \\
  -H 'Content-Type: application/json' \\
  -d '{"right":"istl","pass":"@@secret@@"}' | jq -r .result.sid)
curl -sk -X POST "https://$INV/dyn/getValues.json?sid=$SID" \\
  -d '{"destDev":[],"keys":["6800_00A21E00"]}'
''', words_pw())

add("json/battery-gateway-password", "provisioning/sites/site-1187.json", "Installer provisioning record (gateway admin credentials)", '''
{
  "site": 1187,
  "customer": "R. Castellanos",
  "inverter": {"make": "SolarEdge", "model": "SE7600H-US", "serial": "7E1F2A93-C4"},
  "battery": {"make": "LG", "model": "RESU10H Prime", "serial": "RESU10H-224411"},
  "gateway": {"ip": "10.1.187.2", "user": "installer", "password": "@@secret@@"},
  "commissioned": "2025-03-02"
}
''', rand_pw(14))

add("ini/ftp-password", "dataloggers/meteocontrol_blue_log.ini", "meteocontrol blue'Log FTP push configuration", '''
[ftp_push]
enabled=1
host=ftp.brightroof-solar.com
port=21
user=bluelog_site077
password=@@secret@@
remote_dir=/incoming/site077
interval_min=15
''', words_pw())

add("log/inverter-admin-password", "logs/commissioning-2025-06-14.log", "Commissioning tool session log (credentials echoed in a debug line)", '''
2025-06-14 09:12:01 INFO  commissioning tool v3.4.1 started by tech=jmarsh
2025-06-14 09:12:04 INFO  connected to inverter 192.168.0.170 (SB5.0-1AV-41)
2025-06-14 09:12:05 DEBUG login payload {"right":"istl","pass":"@@secret@@"}
2025-06-14 09:12:06 INFO  session sid=Yk1m2D8x grid code UL1741SB
2025-06-14 09:12:30 INFO  set active power limit 100%
2025-06-14 09:13:02 INFO  commissioning done, uploading report
''', words_pw())

add("rust/mqtt-password", "edge/telemetry/src/main.rs", "rumqttc MqttOptions::set_credentials", '''
use rumqttc::{AsyncClient, MqttOptions, QoS};
use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut opts = MqttOptions::new("gw-0042", "mqtt.brightroof-solar.com", 8883);
    opts.set_keep_alive(Duration::from_secs(30));
    opts.set_credentials("gw-0042", "@@secret@@");
    let (client, mut eventloop) = AsyncClient::new(opts, 16);
    client.subscribe("site/0042/cmd/#", QoS::AtLeastOnce).await.unwrap();
    loop {
        let _ = eventloop.poll().await;
    }
}
''', rand_pw(22))

add("csv/device-passwords", "exports/site_devices_2025Q2.csv", "Installer asset export (device credentials column)", '''
site_id,customer,device,model,serial,ip,admin_user,admin_password
1184,Nguyen,inverter,SE7600H-US,7E1F1A22-B1,10.1.184.3,installer,
1185,Okafor,gateway,Enphase IQ Gateway,122233445566,10.1.185.2,installer,
1186,Barros,battery,Tesla Powerwall 2,TG1222333444,10.1.186.4,customer,@@secret@@
1187,Castellanos,battery,LG RESU10H,RESU10H-224411,10.1.187.2,installer,
1188,Kowalski,inverter,Fronius Primo 8.2,31234567,10.1.188.3,technician,
''', rand_pw(12))

add("swift/enphase-api-key", "SiteSurvey/Sources/Services/EnlightenClient.swift", ENPHASE_DOC, '''
import Foundation

struct EnlightenClient {
    static let baseURL = URL(string: "https://api.enphaseenergy.com/api/v4")!
    static let apiKey = "@@secret@@"

    func systemSummary(_ id: Int, token: String) async throws -> Data {
        var req = URLRequest(url: Self.baseURL.appendingPathComponent("systems/\\(id)/summary"))
        req.url = URL(string: req.url!.absoluteString + "?key=\\(Self.apiKey)")
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        return try await URLSession.shared.data(for: req).0
    }
}
''', hexs(32))

add("kotlin/solaredge-api-key", "app/src/main/java/com/brightroof/survey/SolarEdgeApi.kt", SOLAREDGE_DOC, '''
package com.brightroof.survey

import retrofit2.http.GET
import retrofit2.http.Path
import retrofit2.http.Query

const val SOLAREDGE_KEY = "@@secret@@"

interface SolarEdgeApi {
    @GET("site/{id}/details")
    suspend fun details(@Path("id") id: Long, @Query("api_key") key: String = SOLAREDGE_KEY): SiteDetails
}
''', up(32))

add("java/huawei-fusionsolar-password", "src/main/java/com/brightroof/monitor/FusionSolarClient.java", "Huawei FusionSolar Northbound API (userName / systemCode login)", '''
package com.brightroof.monitor;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public class FusionSolarClient {
    private static final String USER = "brightroof_nb";
    private static final String SYSTEM_CODE = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest login() {
        String body = "{\\"userName\\":\\"" + USER + "\\",\\"systemCode\\":\\"" + SYSTEM_CODE + "\\"}";
        return HttpRequest.newBuilder(URI.create("https://intl.fusionsolar.huawei.com/thirdData/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
''', words_pw())

add("notebook/solaredge-api-key", "analysis/degradation_study.ipynb", SOLAREDGE_DOC, '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd, requests\\n",
    "KEY = \\"@@secret@@\\"\\n",
    "url = f\\"https://monitoringapi.solaredge.com/site/2841177/energy?timeUnit=MONTH&startDate=2021-01-01&endDate=2025-01-01&api_key={KEY}\\"\\n",
    "df = pd.DataFrame(requests.get(url).json()[\\"energy\\"][\\"values\\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', up(32))

# ---------------------------------------------------------------- design, survey, financing

add("python/aurora-api-token", "design/aurora_export.py", "Aurora Solar API (Bearer API token, tenant id)", '''
import requests

AURORA = "https://api.aurorasolar.com"
TENANT_ID = "@@tenant@@"
AURORA_TOKEN = "@@secret@@"


def designs(project_id: str) -> list:
    r = requests.get(f"{AURORA}/tenants/{TENANT_ID}/projects/{project_id}/designs",
                     headers={"Authorization": f"Bearer {AURORA_TOKEN}"})
    r.raise_for_status()
    return r.json()["designs"]
''', "sk_prod_" + rand_pw(48), tenant=uuid_s())

add("env/opensolar-token", "crm-bridge/.env", "OpenSolar API (Bearer token, org id)", '''
# OpenSolar -> HubSpot deal sync
OPENSOLAR_ORG_ID=48211
OPENSOLAR_API_TOKEN=s_@@secret@@
HUBSPOT_PORTAL_ID=21877344
SYNC_WINDOW_DAYS=14
DRY_RUN=false
''', rand_pw(40))

add("yaml/google-solar-api-key", "survey-service/config/production.yaml", "Google Maps Platform Solar API (server-side API key)", '''
survey:
  building_insights_url: https://solar.googleapis.com/v1/buildingInsights:findClosest
  data_layers_url: https://solar.googleapis.com/v1/dataLayers:get
  google_api_key: @@secret@@
  required_quality: HIGH
  cache_ttl_hours: 720
''', google_key())

add("python/mosaic-api-key", "finance/mosaic_prequal.py", "Mosaic (Solar Mosaic) partner API (API key header)", '''
import requests

MOSAIC_URL = "https://api.joinmosaic.com/partner/v2"
MOSAIC_API_KEY = "mos_live_@@secret@@"


def prequalify(applicant: dict) -> dict:
    r = requests.post(f"{MOSAIC_URL}/prequalifications", json=applicant,
                      headers={"X-Api-Key": MOSAIC_API_KEY})
    return r.json()
''', rand_pw(40))

add("typescript/goodleap-client-secret", "src/finance/goodleap.ts", "GoodLeap partner API (OAuth2 client credentials)", '''
const GOODLEAP_TOKEN_URL = "https://auth.goodleap.com/oauth2/token";

export async function goodleapToken(): Promise<string> {
  const body = new URLSearchParams({
    grant_type: "client_credentials",
    client_id: "brightroof-solar-prod",
    client_secret: "@@secret@@",
  });
  const res = await fetch(GOODLEAP_TOKEN_URL, { method: "POST", body });
  return (await res.json()).access_token;
}
''', rand_pw(48))

add("ruby/sunlight-financial-password", "app/services/sunlight_client.rb", "Sunlight Financial Orange API (partner username/password)", '''
class SunlightClient
  BASE_URL = "https://orange.sunlightfinancial.com/api".freeze

  def initialize
    @conn = Faraday.new(BASE_URL) do |f|
      f.request :authorization, :basic, "brightroof_api", "@@secret@@"
      f.request :json
      f.response :json
    end
  end

  def create_project(payload)
    @conn.post("projects", payload).body
  end
end
''', words_pw())

add("json/mapbox-secret-token", "survey-app/mapbox-upload.json", "Mapbox access tokens (sk. secret scope for uploads)", '''
{
  "account": "brightroof",
  "tileset": "brightroof.roof-outlines-2025",
  "uploadToken": "@@secret@@",
  "source": "exports/roof_outlines.geojson",
  "recipeVersion": 1
}
''', mapbox("sk"))

add("python/docusign-private-key", "contracts/docusign_jwt.py", "DocuSign eSignature JWT grant (RSA private key of the integration key)", '''
from docusign_esign import ApiClient

INTEGRATION_KEY = "@@ik@@"
USER_ID = "@@uid@@"
PRIVATE_KEY = """@@secret@@"""

client = ApiClient()
client.set_base_path("https://na4.docusign.net/restapi")
token = client.request_jwt_user_token(INTEGRATION_KEY, USER_ID, "account.docusign.com",
                                      PRIVATE_KEY.encode(), 3600, ["signature", "impersonation"])
''', pem("RSA"), ik=uuid_s(), uid=uuid_s())

add("sql/enerflo-api-key", "db/migrations/0042_seed_integrations.sql", "Installer CRM integrations table (vendor API keys)", '''
-- seed the integration settings for the Enerflo pipeline
INSERT INTO integration_settings (vendor, setting, value, updated_by) VALUES
  ('enerflo', 'base_url', 'https://enerflo.io/api/v3', 'mkhan'),
  ('enerflo', 'api_key', '@@secret@@', 'mkhan'),
  ('enerflo', 'webhook_path', '/hooks/enerflo', 'mkhan');

UPDATE integration_settings SET enabled = true WHERE vendor = 'enerflo';
''', rand_pw(40))

# ---------------------------------------------------------------- CRM, comms, payments

add("python/hubspot-private-app-token", "crm/hubspot_deals.py", "HubSpot private app access tokens (pat-na1-…)", '''
from hubspot import HubSpot

api = HubSpot(access_token="@@secret@@")

PIPELINE = "residential-solar"
STAGES = {"site_survey": "1183421", "design": "1183422", "permit": "1183423", "install": "1183424"}


def move_to(deal_id: str, stage: str) -> None:
    api.crm.deals.basic_api.update(deal_id, {"properties": {"dealstage": STAGES[stage], "pipeline": PIPELINE}})
''', hubspot_pat())

add("env/hubspot-private-app-token", "apps/lead-intake/.env.local", "HubSpot private app access tokens (pat-na1-…)", '''
NEXT_PUBLIC_SITE_URL=https://quote.brightroof-solar.com
NEXT_PUBLIC_HUBSPOT_PORTAL_ID=21877344
HUBSPOT_ACCESS_TOKEN=@@secret@@
HUBSPOT_LEAD_FORM_ID=6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f
LEAD_OWNER_DEFAULT=sales-team-east
''', hubspot_pat())

add("properties/salesforce-password", "src/main/resources/salesforce.properties", "Salesforce SOAP/REST username-password OAuth flow (password + security token)", '''
sf.loginUrl=https://login.salesforce.com
sf.username=integration@brightroof-solar.com
sf.password=@@secret@@
sf.securityToken=@@tok@@
sf.apiVersion=61.0
sf.consumerKey=3MVG9@@ck@@
''', words_pw(), tok=rand_pw(25), ck=rand_pw(76, "._"))

add("python/twilio-auth-token", "notify/sms.py", "Twilio REST API (Account SID + Auth Token)", '''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM = "+15125550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def install_reminder(phone: str, date: str) -> None:
    client.messages.create(to=phone, from_=FROM,
                           body=f"BrightRoof Solar: your install crew arrives {date} between 8-10am.")
''', hexs(32), sid=twilio_sid())

add("yaml/sendgrid-api-key", "charts/notify/values-prod.yaml", "SendGrid API keys (SG.<id>.<secret>)", '''
replicaCount: 2
image:
  repository: ghcr.io/brightroof/notify
  tag: "2.8.1"
env:
  MAIL_FROM: installs@brightroof-solar.com
  SENDGRID_API_KEY: "@@secret@@"
  TEMPLATE_INSTALL_CONFIRMED: d-4f1a2b3c4d5e6f708192a3b4c5d6e7f8
''', sendgrid_key())

add("ruby/stripe-secret-key", "config/initializers/stripe.rb", "Stripe API keys (sk_live_)", '''
# Deposits for panel orders are taken through Stripe Checkout
Rails.configuration.stripe = {
  publishable_key: "pk_live_@@pk@@",
  secret_key: "@@secret@@"
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
''', stripe_key(), pk=rand_pw(24))

add("php/stripe-webhook-secret", "public/webhooks/stripe.php", "Stripe webhook signing secrets (whsec_)", '''
<?php
require __DIR__ . '/../../vendor/autoload.php';

$endpointSecret = 'whsec_@@secret@@';
$payload = @file_get_contents('php://input');
$sig = $_SERVER['HTTP_STRIPE_SIGNATURE'] ?? '';

try {
    $event = \\Stripe\\Webhook::constructEvent($payload, $sig, $endpointSecret);
} catch (\\Exception $e) {
    http_response_code(400);
    exit();
}
if ($event->type === 'checkout.session.completed') {
    mark_deposit_paid($event->data->object->client_reference_id);
}
''', rand_pw(32))

add("shell/slack-webhook", "ops/notify_install_done.sh", "Slack incoming webhooks", '''
#!/usr/bin/env bash
JOB="$1"; CREW="$2"
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\":sunny: Install ${JOB} finished by crew ${CREW}\\"}" \\
  @@secret@@
''', slack_webhook())

add("python/slack-bot-token", "bots/permit_tracker.py", "Slack bot tokens (xoxb-)", '''
import os
from slack_sdk import WebClient

slack = WebClient(token=os.environ.get("SLACK_BOT_TOKEN", "@@secret@@"))
CHANNEL = "#permits"


def post_status(job: str, jurisdiction: str, status: str) -> None:
    slack.chat_postMessage(channel=CHANNEL, text=f"{job} ({jurisdiction}): permit {status}")
''', slack_bot())

add("python/telegram-bot-token", "bots/crew_dispatch_bot.py", "Telegram Bot API tokens", '''
from telegram.ext import Application, CommandHandler

TOKEN = "@@secret@@"


async def today(update, context):
    await update.message.reply_text("Today: 3 installs, 2 service calls. Check the dispatch board.")


app = Application.builder().token(TOKEN).build()
app.add_handler(CommandHandler("today", today))
app.run_polling()
''', fakes.telegram_token(_seed()))

add("go/smtp-password", "cmd/quote-mailer/main.go", "net/smtp PlainAuth", '''
package main

import (
	"log"
	"net/smtp"
)

func main() {
	auth := smtp.PlainAuth("", "quotes@brightroof-solar.com", "@@secret@@", "smtp.office365.com")
	msg := []byte("Subject: Your solar quote\\r\\n\\r\\nPlease find your proposal attached.\\r\\n")
	if err := smtp.SendMail("smtp.office365.com:587", auth, "quotes@brightroof-solar.com", []string{"lead@example.com"}, msg); err != nil {
		log.Fatal(err)
	}
}
''', words_pw())

add("yaml/smtp-password", "src/main/resources/application.yml", "Spring Boot spring.mail properties", '''
spring:
  application:
    name: service-scheduler
  mail:
    host: smtp.gmail.com
    port: 587
    username: service@brightroof-solar.com
    password: @@secret@@
    properties:
      mail.smtp.starttls.enable: true
  datasource:
    url: jdbc:postgresql://db.internal:5432/scheduler
    username: scheduler
    password: ${DB_PASSWORD}
''', "".join(_rng().choice(string.ascii_lowercase) for _ in range(16)))

# ---------------------------------------------------------------- installer IT

add("python/postgres-url-password", "warehouse/settings.py", "PostgreSQL connection URI (libpq)", '''
from sqlalchemy import create_engine

WAREHOUSE_URL = "postgresql+psycopg2://analytics:@@secret@@@warehouse.brightroof.internal:5432/solar"
engine = create_engine(WAREHOUSE_URL, pool_pre_ping=True)

PRODUCTION_TABLE = "site_daily_production"
KPI_REFRESH_CRON = "0 6 * * *"
''', rand_pw(18))

add("env/redis-url-password", "services/quote-api/.env", "Redis URI (redis://:password@host)", '''
APP_ENV=production
QUOTE_CACHE_URL=redis://:@@secret@@@quote-cache.brightroof.internal:6379/2
RATE_TABLE_BUCKET=s3://brightroof-rates/2025
MAX_SYSTEM_KW=25
QUOTE_TTL_DAYS=30
''', fakes.redis_password(_seed()))

add("compose/postgres-password", "docker-compose.yml", "Docker Compose environment (POSTGRES_PASSWORD)", '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: crm
      POSTGRES_PASSWORD: @@secret@@
      POSTGRES_DB: installs
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    build: .
    depends_on: [db]
    ports: ["8000:8000"]
volumes:
  pgdata:
''', words_pw())

add("dockerfile/pypi-token", "docker/builder.Dockerfile", "PyPI API tokens (pypi-…)", '''
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN pip install build twine && python -m build
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN twine upload --repository pypi dist/*
''', fakes.pypi_token(_seed()))

add("github-actions/aws-secret-key", ".github/workflows/deploy-portal.yml", "AWS access keys in a workflow env", '''
name: deploy customer portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync build/ s3://portal.brightroof-solar.com --delete
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "AWS shared credentials file", '''
[default]
region = us-west-2

[brightroof-drone-uploads]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = us-west-2
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

_vrm = hexs(64)
add("k8s-secret/victron-vrm-token", "k8s/monitoring/vrm-secret.yaml", "Kubernetes Secret (base64 data)", '''
apiVersion: v1
kind: Secret
metadata:
  name: vrm-credentials
  namespace: monitoring
type: Opaque
data:
  VRM_ACCESS_TOKEN: @@enc@@
  VRM_INSTALLER_ID: @@iid@@
''', _vrm, enc=b64(_vrm), iid=b64("service@brightroof-solar.com"))

add("terraform/postgres-password", "infra/rds.tf", "Terraform aws_db_instance (password argument)", '''
resource "aws_db_instance" "crm" {
  identifier          = "brightroof-crm"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "crm_admin"
  password            = "@@secret@@"
  skip_final_snapshot = false
  tags = {
    team = "it"
  }
}
''', rand_pw(24))

add("terraform/azure-client-secret", "infra/azure/provider.tf", "Terraform azurerm provider (client_secret)", '''
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cid@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "sharepoint_sync" {
  name     = "rg-sharepoint-sync"
  location = "westus2"
}
''', azure_secret(), sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("ansible/ldap-bind-password", "ansible/group_vars/office.yml", "Ansible group_vars (LDAP bind for the office NAS and VPN)", '''
---
office_domain: brightroof.local
ldap_uri: ldaps://dc01.brightroof.local:636
ldap_base_dn: dc=brightroof,dc=local
ldap_bind_dn: cn=svc-nas,ou=Service Accounts,dc=brightroof,dc=local
ldap_bind_password: "@@secret@@"
nas_shares:
  - name: site-surveys
    path: /volume1/site-surveys
  - name: permits
    path: /volume1/permits
''', words_pw())

add("powershell/ldap-password", "it/scripts/New-CrewAccount.ps1", "PowerShell New-ADUser with a plain-text password", '''
param(
    [Parameter(Mandatory)] [string] $FirstName,
    [Parameter(Mandatory)] [string] $LastName
)
$sam = ($FirstName.Substring(0,1) + $LastName).ToLower()
$initial = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam `
    -Path "OU=Install Crews,DC=brightroof,DC=local" `
    -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "Crew-Tablets" -Members $sam
''', words_pw())

add("powershell/sharepoint-client-secret", "it/scripts/Sync-SurveyPhotos.ps1", "PnP PowerShell Connect-PnPOnline -ClientSecret", '''
$site = "https://brightroof.sharepoint.com/sites/SiteSurveys"
Connect-PnPOnline -Url $site -ClientId "@@cid@@" -ClientSecret "@@secret@@"

Get-ChildItem "D:\\DroneUploads" -Filter *.jpg -Recurse | ForEach-Object {
    $job = $_.Directory.Name
    Add-PnPFile -Path $_.FullName -Folder "Shared Documents/$job/photos" | Out-Null
}
Write-Host "uploaded survey photos"
''', azure_secret(), cid=uuid_s())

add("shell/github-token", "scripts/clone_all_repos.sh", "GitHub personal access tokens (ghp_)", '''
#!/usr/bin/env bash
# mirror every repo of the org onto the office NAS nightly
ORG=brightroof-solar
GH_TOKEN=@@secret@@
cd /volume1/git-mirror || exit 1
for repo in $(curl -s -H "Authorization: token $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  [ -d "$repo.git" ] || git clone --mirror "https://x-access-token:$GH_TOKEN@github.com/$ORG/$repo.git"
  (cd "$repo.git" && git remote update --prune)
done
''', fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", ".github/renovate-runner.yml", "GitHub fine-grained personal access tokens (github_pat_)", '''
# self-hosted renovate on the office runner
platform: github
endpoint: https://api.github.com/
token: @@secret@@
repositories:
  - brightroof-solar/quote-api
  - brightroof-solar/customer-portal
  - brightroof-solar/fleet-monitor
''', fakes.github_fine_grained_token(_seed()))

add("ini/pypi-token", "tools/solar-tariffs/.pypirc", "PyPI .pypirc (API token)", '''
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
''', fakes.pypi_token(_seed()))

add("shell/ssh-private-key", "ops/bootstrap_edge_gateway.sh", "OpenSSH private key written by a provisioning script", '''
#!/bin/bash
# bootstrap a new edge gateway (Raspberry Pi CM4) so it can pull configs from the ops repo
mkdir -p /root/.ssh && chmod 700 /root/.ssh
cat > /root/.ssh/id_ops <<'KEY'
@@secret@@
KEY
chmod 600 /root/.ssh/id_ops
git clone git@github.com:brightroof-solar/edge-configs.git /opt/edge-configs
''', pem("OPENSSH"))

_ec = pem("EC")
add("yaml/ec-private-key", "charts/fleet-monitor/templates/signing-key.yaml", "Kubernetes Secret stringData with a PEM key", '''
apiVersion: v1
kind: Secret
metadata:
  name: fleet-monitor-jwt
type: Opaque
stringData:
  signing.pem: |
    @@ind@@
''', _ec, ind=_ec.replace("\n", "\n    "))

_fz = words_pw()
add("xml/ftp-password", "tools/filezilla/sitemanager.xml", "FileZilla sitemanager.xml (Pass encoding=base64)", '''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.utility-interconnect.example-power.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>brightroof_ic</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Name>Utility interconnection uploads</Name>
    </Server>
  </Servers>
</FileZilla3>
''', _fz, enc=b64(_fz))

_ua = hexs(32)
add("python/utilityapi-token", "sizing/utility_bills.py", "UtilityAPI (Bearer API token, split across literals)", '''
import requests

# token split so the old grep-based hook would not flag it
UTILITYAPI_TOKEN = ("@@a@@"
                    "@@b@@")


def intervals(meter_uid: str) -> list:
    r = requests.get("https://utilityapi.com/api/v2/intervals", params={"meters": meter_uid},
                     headers={"Authorization": "Bearer " + UTILITYAPI_TOKEN})
    return r.json()["intervals"]
''', _ua, a=_ua[:16], b=_ua[16:])

add("python/nrel-api-key", "sizing/pvwatts.py", "NREL developer network API key (PVWatts v8)", '''
import requests

NREL_KEY = "@@secret@@"


def annual_kwh(lat: float, lon: float, kw: float, tilt: float, azimuth: float) -> float:
    params = {"api_key": NREL_KEY, "lat": lat, "lon": lon, "system_capacity": kw, "module_type": 0,
              "losses": 14, "array_type": 1, "tilt": tilt, "azimuth": azimuth}
    r = requests.get("https://developer.nrel.gov/api/pvwatts/v8.json", params=params, timeout=30)
    return r.json()["outputs"]["ac_annual"]
''', rand_pw(40))

add("javascript/genability-app-key", "src/tariffs/genability.js", "Genability / Arcadia Signal API (HTTP Basic appId:appKey)", '''
const fetch = require("node-fetch");

const APP_ID = "@@aid@@";
const APP_KEY = "@@secret@@";
const auth = "Basic " + Buffer.from(`${APP_ID}:${APP_KEY}`).toString("base64");

async function tariffsFor(zip) {
  const res = await fetch(`https://api.genability.com/rest/public/tariffs?zipCode=${zip}&customerClasses=RESIDENTIAL`, {
    headers: { Authorization: auth },
  });
  return (await res.json()).results;
}

module.exports = { tariffsFor };
''', uuid_s(), aid=uuid_s())

_cc = rand_pw(43, "-_")
add("http/companycam-token", "docs/api/companycam.http", "CompanyCam API (Bearer access token) in a REST client file", '''
### list photos of a project (CompanyCam)
GET https://api.companycam.com/v2/projects/41877322/photos?per_page=50
Authorization: Bearer @@secret@@
Accept: application/json

### add a tag
POST https://api.companycam.com/v2/photos/998877/tags
Authorization: Bearer @@secret@@
Content-Type: application/json

{"tags": ["roof-before"]}
''', _cc)

add("yaml/servicetitan-client-secret", "integrations/servicetitan/config.yaml", "ServiceTitan API (client id / client secret, app key)", '''
servicetitan:
  environment: production
  tenant_id: 1187334455
  auth_url: https://auth.servicetitan.io/connect/token
  client_id: cid.@@cid@@
  client_secret: cs1.@@secret@@
  app_key: ak1.@@ak@@
  job_types: [ "Solar Install", "Battery Retrofit", "Service Call" ]
''', rand_pw(60).lower(), cid=rand_pw(24).lower(), ak=rand_pw(28).lower())

add("python/quickbooks-client-secret", "accounting/qbo_sync.py", "Intuit QuickBooks Online OAuth2 (client id / client secret)", '''
from intuitlib.client import AuthClient

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    environment="production",
    redirect_uri="https://ops.brightroof-solar.com/qbo/callback",
)

INCOME_ACCOUNT = "Solar Installation Revenue"
DEPOSIT_ITEM = "Panel order deposit"
''', rand_pw(40), cid=rand_pw(48))

_gsa = pem("")
add("json/gcp-service-account-key", "keys/survey-drive-sa.json", "Google Cloud service account key file", '''
{
  "type": "service_account",
  "project_id": "brightroof-surveys",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "drive-sync@brightroof-surveys.iam.gserviceaccount.com",
  "client_id": "1048827364519928374651",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _gsa.replace("\n", "\\n") + "\\n", kid=hexs(40), pk=_gsa.replace("\n", "\\n") + "\\n")

add("python/openai-key", "proposals/writer.py", "OpenAI API keys (sk-proj-)", '''
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = """Write a friendly one-page summary of this residential solar proposal for the homeowner.
System size: {kw} kW, panels: {panels}, battery: {battery}, estimated yearly savings: ${savings}."""


def summary(**proposal) -> str:
    out = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": PROMPT.format(**proposal)}])
    return out.choices[0].message.content
''', fakes.openai_key(_seed()))

add("csharp/sqlserver-password", "src/Dispatch.Api/appsettings.Production.json", "ADO.NET SQL Server connection string", '''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Dispatch": "Server=tcp:brightroof-sql.database.windows.net,1433;Database=dispatch;User ID=dispatch_app;Password=@@secret@@;Encrypt=True;"
  },
  "Crews": { "MaxJobsPerDay": 2 },
  "AllowedHosts": "*"
}
''', words_pw())

add("python/mongodb-password", "leads/dedupe_leads.py", "MongoDB connection string (mongodb+srv)", '''
from pymongo import MongoClient

client = MongoClient("mongodb+srv://leads_rw:@@secret@@@leads.x8kq2.mongodb.net/?retryWrites=true&w=majority")
leads = client["marketing"]["leads"]

dupes = leads.aggregate([
    {"$group": {"_id": {"phone": "$phone", "zip": "$zip"}, "ids": {"$push": "$_id"}, "n": {"$sum": 1}}},
    {"$match": {"n": {"$gt": 1}}},
])
for d in dupes:
    leads.delete_many({"_id": {"$in": d["ids"][1:]}})
''', rand_pw(16))

add("markdown/unifi-admin-password", "docs/it/office-handover.md", "IT handover note (credentials table)", '''
# IT handover - Round Rock office

Outgoing: Dana (contractor). Incoming: Priya.

| System | URL / host | Account | Password |
|---|---|---|---|
| Synology NAS | https://nas.brightroof.local:5001 | admin | see 1Password "NAS admin" |
| UniFi controller | https://unifi.brightroof.local:8443 | itadmin | @@secret@@ |
| Office Wi-Fi (staff) | SSID BrightRoof-Staff | - | in 1Password |
| Printer | 10.0.0.40 | admin | factory label on the back |

Backups run nightly to Backblaze B2 (bucket `brightroof-nas-backup`).
''', words_pw())

add("markdown/solaredge-api-key", "docs/onboarding/monitoring.md", SOLAREDGE_DOC, '''
# Monitoring onboarding

New service techs: the SolarEdge account-level API key for our installer account is

    @@secret@@

Use it only from the office network; SolarEdge limits us to 300 calls a day per site.
Enphase sites go through the Enlighten partner app (ask ops for access).
''', up(32))

add("sql/crm-user-password", "db/init/02_roles.sql", "PostgreSQL CREATE ROLE ... PASSWORD", '''
-- roles for the installer CRM database
CREATE ROLE crm_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE crm_readonly NOLOGIN;
GRANT CONNECT ON DATABASE installs TO crm_app;
GRANT USAGE ON SCHEMA public TO crm_app, crm_readonly;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO crm_readonly;
''', rand_pw(20))

add("properties/jdbc-password", "permit-service/src/main/resources/application-prod.properties", "Spring datasource properties", '''
server.port=8085
spring.datasource.url=jdbc:mysql://permits-db.internal:3306/permits?useSSL=true
spring.datasource.username=permits
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
permits.ahj.cache-minutes=60
''', rand_pw(18))

add("plist/mapbox-secret-token", "SiteSurvey/Config/Secrets.plist", "Mapbox downloads token (sk.) in an iOS plist", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>MBXDownloadsToken</key>
	<string>@@secret@@</string>
	<key>SurveyApiBase</key>
	<string>https://survey.brightroof-solar.com/api</string>
</dict>
</plist>
''', mapbox("sk"))

add("log/sendgrid-api-key", "logs/notify-worker-2025-05-02.log", "Worker log printing its environment at debug", '''
2025-05-02T07:00:00Z INFO  notify-worker starting (pid 4121)
2025-05-02T07:00:00Z DEBUG env MAIL_FROM=installs@brightroof-solar.com
2025-05-02T07:00:00Z DEBUG env SENDGRID_API_KEY=@@secret@@
2025-05-02T07:00:01Z INFO  connected to queue install-notifications
2025-05-02T07:02:14Z INFO  sent install-confirmed to job 8841
''', sendgrid_key())

add("shell/basic-auth-header", "scripts/pull_permit_status.sh", "HTTP Basic Authorization header (RFC 7617)", '''
#!/usr/bin/env bash
# AHJ permit portal (Accela) status export for our open permits
set -e
OUT=/tmp/permits_$(date +%F).json
curl -s https://aca-prod.accela.com/TRAVIS/api/v1/records?openedBy=brightroof \\
  -H "Authorization: Basic @@secret@@" -o "$OUT"
jq length "$OUT"
''', b64("brightroof.permits:" + words_pw()))

add("python/arcadia-client-secret", "sizing/arcadia_plug.py", "Arcadia Plug API (client id / client secret)", '''
import requests

ARC_CLIENT_ID = "@@cid@@"
ARC_CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post("https://api.arcadia.com/auth/access_token",
                      json={"client_id": ARC_CLIENT_ID, "client_secret": ARC_CLIENT_SECRET})
    return r.json()["access_token"]
''', rand_pw(48), cid=uuid_s())

add("yaml/redis-password", "k8s/quote-cache/redis-values.yaml", "Bitnami Redis chart values (auth.password)", '''
architecture: standalone
auth:
  enabled: true
  password: "@@secret@@"
master:
  persistence:
    size: 8Gi
  resources:
    requests:
      memory: 256Mi
''', fakes.redis_password(_seed()))

add("github-actions/slack-webhook", ".github/workflows/nightly-fleet-report.yml", "Slack incoming webhooks in a workflow step", '''
name: nightly fleet report
on:
  schedule:
    - cron: "30 5 * * *"
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python -m fleet.report > report.txt
      - name: post to #fleet
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"$(head -c 3000 report.txt)\\"}" \\
            @@secret@@
''', slack_webhook())

add("dockerfile/npm-token", "apps/customer-portal/Dockerfile", "npm access tokens (npm_) in an .npmrc written at build", '''
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN echo "//npm.pkg.github.com/:_authToken=@@secret@@" > .npmrc \\
 && echo "@brightroof:registry=https://npm.pkg.github.com" >> .npmrc \\
 && npm ci && rm .npmrc

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
CMD ["npm", "start"]
''', fakes.github_token(_seed()))

add("compose/redis-password", "edge/docker-compose.yml", "redis-server --requirepass on the command line", '''
version: "3.8"
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    restart: unless-stopped
  collector:
    image: ghcr.io/brightroof/edge-collector:1.9
    environment:
      MODBUS_HOSTS: 192.168.50.10,192.168.50.11
      REDIS_HOST: redis
    depends_on: [redis]
''', fakes.redis_password(_seed()))

_pgurl = "postgres://fleet:" + rand_pw(20) + "@fleet-db.monitoring.svc:5432/fleet"
add("k8s-secret/postgres-password", "k8s/monitoring/fleet-db-secret.yaml", "Kubernetes Secret (base64 data, DATABASE_URL)", '''
apiVersion: v1
kind: Secret
metadata:
  name: fleet-db
  namespace: monitoring
  labels:
    app: fleet-monitor
type: Opaque
data:
  DATABASE_URL: @@enc@@
''', _pgurl.split(":")[2].split("@")[0], enc=b64(_pgurl))

_enc_cs = rand_pw(32).lower()
add("k8s-secret/enphase-client-secret", "k8s/integrations/enlighten-secret.yaml", "Kubernetes Secret (base64 data)", '''
apiVersion: v1
kind: Secret
metadata:
  name: enlighten-oauth
  namespace: integrations
type: Opaque
data:
  client_id: @@cid@@
  client_secret: @@enc@@
''', _enc_cs, cid=b64(hexs(32)), enc=b64(_enc_cs))

add("terraform/datadog-api-key", "infra/monitoring/terraform.tfvars", "Datadog API keys (32 hex) in tfvars", '''
datadog_api_key = "@@secret@@"
datadog_site    = "us5.datadoghq.com"
alert_channel   = "@slack-fleet-alerts"
inverter_offline_minutes = 90
battery_low_soc_percent  = 15
''', hexs(32))

add("terraform/aws-secret-key", "infra/legacy/main.tf", "Terraform aws provider (access_key / secret_key)", '''
provider "aws" {
  region     = "us-east-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "site_photos" {
  bucket = "brightroof-site-photos"
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ansible/device-password", "ansible/inventory/edge-gateways.ini", "Ansible INI inventory (ansible_password)", '''
[edge_gateways]
gw-0041 ansible_host=10.8.0.41
gw-0042 ansible_host=10.8.0.42
gw-0043 ansible_host=10.8.0.43

[edge_gateways:vars]
ansible_user=pi
ansible_password=@@secret@@
ansible_become=true
''', words_pw())

add("ansible/mqtt-password", "ansible/roles/mosquitto/vars/main.yml", "Ansible role vars (mosquitto password file entries)", '''
---
mosquitto_listener_port: 8883
mosquitto_users:
  - name: fleet-ingest
    password: "@@secret@@"
  - name: grafana
    password: "{{ vault_mosquitto_grafana }}"
mosquitto_acl_file: /etc/mosquitto/acl
''', rand_pw(22))

add("github-actions/pypi-token", ".github/workflows/release-tariffs.yml", "pypa/gh-action-pypi-publish (password input)", '''
name: release solar-tariffs
on:
  release:
    types: [published]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
''', fakes.pypi_token(_seed()))

add("notebook/soliscloud-key-secret", "analysis/solis_clipping.ipynb", "SolisCloud Platform API (KeyId, KeySecret)", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Clipping on the 10 kW Solis strings, summer 2025"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from solis_api import SolisCloud\\n",
    "api = SolisCloud(key_id=\\"1300386381676@@kid@@\\", key_secret=\\"@@secret@@\\")\\n",
    "days = api.station_day(\\"1298491919448@@sid@@\\", \\"2025-07-14\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', hexs(32), kid=str(_rng().randint(100000, 999999)), sid=str(_rng().randint(100000, 999999)))

add("notebook/aws-secret-key", "analysis/drone_imagery_inventory.ipynb", "boto3 client with inline credentials", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\\n",
    "s3 = boto3.client(\\"s3\\", aws_access_key_id=\\"@@kid@@\\",\\n",
    "                  aws_secret_access_key=\\"@@secret@@\\")\\n",
    "pages = s3.get_paginator(\\"list_objects_v2\\").paginate(Bucket=\\"brightroof-drone-raw\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/twilio-auth-token", "config/application.yml", "Figaro config/application.yml (Twilio)", '''
# Figaro - loaded into ENV at boot
TWILIO_ACCOUNT_SID: "@@sid@@"
TWILIO_AUTH_TOKEN: "@@secret@@"
TWILIO_MESSAGING_SERVICE_SID: "MG@@mg@@"
production:
  APP_HOST: "crm.brightroof-solar.com"
''', hexs(32), sid=twilio_sid(), mg=hexs(32))

add("php/wordpress-db-password", "www/wp-config.php", "WordPress wp-config.php (DB_PASSWORD)", '''
<?php
/** Marketing site brightroof-solar.com */
define( 'DB_NAME', 'brightroof_wp' );
define( 'DB_USER', 'wp_brightroof' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

$table_prefix = 'br_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', rand_pw(16, "!#%"))

add("env/smtp-password", "backoffice/.env", "Laravel .env (MAIL_PASSWORD)", '''
APP_NAME="BrightRoof Backoffice"
APP_ENV=production
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=backoffice
DB_USERNAME=backoffice
DB_PASSWORD=${BACKOFFICE_DB_PASSWORD}
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PORT=587
MAIL_USERNAME=postmaster@mg.brightroof-solar.com
MAIL_PASSWORD=@@secret@@
''', hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("go/stripe-restricted-key", "internal/deposits/stripe.go", "Stripe restricted keys (rk_live_)", '''
package deposits

import (
	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/refund"
)

func init() {
	stripe.Key = "@@secret@@"
}

func RefundDeposit(pi string) error {
	_, err := refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(pi)})
	return err
}
''', stripe_key("rk_live_"))

add("java/smtp-password", "src/main/java/com/brightroof/mail/SesMailer.java", "Amazon SES SMTP credentials in JavaMail", '''
package com.brightroof.mail;

import jakarta.mail.*;
import java.util.Properties;

public final class SesMailer {
    private static final String SMTP_USER = "@@kid@@";
    private static final String SMTP_PASS = "@@secret@@";

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "email-smtp.us-west-2.amazonaws.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.auth", "true");
        return Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(SMTP_USER, SMTP_PASS);
            }
        });
    }
}
''', "BG" + rand_pw(42, "/+"), kid=fakes.aws_key_id(_seed()))

add("kotlin/fcm-server-key", "crew-app/src/main/java/com/brightroof/crew/push/PushSender.kt", "Firebase Cloud Messaging legacy server key", '''
package com.brightroof.crew.push

import okhttp3.*
import okhttp3.MediaType.Companion.toMediaType
import okhttp3.RequestBody.Companion.toRequestBody

private const val FCM_SERVER_KEY = "@@secret@@"

fun pushJobUpdate(client: OkHttpClient, deviceToken: String, jobId: String) {
    val body = """{"to":"$deviceToken","data":{"job":"$jobId"}}""".toRequestBody("application/json".toMediaType())
    val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
        .header("Authorization", "key=$FCM_SERVER_KEY").post(body).build()
    client.newCall(req).execute().close()
}
''', "AAAA" + rand_pw(7, "-_") + ":APA91b" + rand_pw(134, "-_"))

add("swift/stripe-secret-key", "SalesApp/Sources/Payments/DepositService.swift", "Stripe API keys (sk_live_) embedded in a tablet app", '''
import Foundation

enum DepositService {
    // TODO move to backend before App Store review
    private static let stripeSecret = "@@secret@@"

    static func createIntent(amountCents: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(stripeSecret)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amountCents)&currency=usd".data(using: .utf8)
        return try await URLSession.shared.data(for: req).0
    }
}
''', stripe_key())

add("csharp/soliscloud-key-secret", "src/Fleet.Monitoring/Solis/SolisSigner.cs", "SolisCloud Platform API (KeyId, KeySecret, HMAC-SHA1 signature)", '''
using System.Security.Cryptography;
using System.Text;

namespace Fleet.Monitoring.Solis;

public static class SolisSigner
{
    public const string KeyId = "1300386381676@@kid@@";
    private static readonly byte[] KeySecret = Encoding.UTF8.GetBytes("@@secret@@");

    public static string Sign(string canonical)
    {
        using var hmac = new HMACSHA1(KeySecret);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));
    }
}
''', hexs(32), kid=str(_rng().randint(100000, 999999)))

add("rust/influxdb-token", "edge/telemetry/src/influx.rs", "InfluxDB v2 API tokens (Authorization: Token)", '''
use reqwest::Client;

const INFLUX_URL: &str = "https://influx.brightroof-solar.com/api/v2/write?org=brightroof&bucket=battery&precision=s";
const INFLUX_TOKEN: &str = "@@secret@@";

pub async fn write_soc(client: &Client, site: &str, soc: f32, ts: i64) -> reqwest::Result<()> {
    let line = format!("battery,site={site} soc={soc} {ts}");
    client.post(INFLUX_URL)
        .header("Authorization", format!("Token {INFLUX_TOKEN}"))
        .body(line).send().await?.error_for_status()?;
    Ok(())
}
''', rand_pw(86, "-_") + "==")

add("typescript/goodwe-sems-password", "src/collectors/sems.ts", "GoodWe SEMS CrossLogin (account / pwd)", '''
const SEMS_LOGIN = "https://www.semsportal.com/api/v2/Common/CrossLogin";

export async function semsLogin() {
  const res = await fetch(SEMS_LOGIN, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Token: JSON.stringify({ version: "v2.1.0", client: "ios", language: "en" }),
    },
    body: JSON.stringify({ account: "fleet@brightroof-solar.com", pwd: "@@secret@@" }),
  });
  return (await res.json()).data;
}
''', words_pw())

add("shell/mysql-password", "ops/backup_backoffice.sh", "mysqldump -p<password> on the command line", '''
#!/bin/bash
# nightly dump of the backoffice DB to the NAS
STAMP=$(date +%Y%m%d)
mysqldump -h 127.0.0.1 -u backup -p'@@secret@@' --single-transaction backoffice \\
  | gzip > /mnt/nas/backups/backoffice-$STAMP.sql.gz
find /mnt/nas/backups -name 'backoffice-*.sql.gz' -mtime +30 -delete
''', words_pw())

add("shell/datalogger-ssh-password", "field/pull_logger_csv.sh", "sshpass -p on the command line", '''
#!/usr/bin/env bash
# pull the daily CSV from a Solar-Log datalogger at a commercial site
HOST=${1:?host}
DEST=data/$(date +%F)
mkdir -p "$DEST"
sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no \\
  "service@${HOST}:/var/log/solarlog/daily/*.csv" "$DEST/"
ls -l "$DEST"
''', rand_pw(12))

add("shell/redis-cli-password", "ops/flush_quote_cache.sh", "redis-cli -a <password>", '''
#!/bin/sh
# flush cached quotes after a tariff update
redis-cli -h quote-cache.brightroof.internal -p 6379 -a "@@secret@@" --no-auth-warning \\
  --scan --pattern 'quote:*' | xargs -r -n 500 redis-cli -h quote-cache.brightroof.internal -a "@@secret@@" --no-auth-warning DEL
echo "quote cache flushed"
''', fakes.redis_password(_seed()))

add("powershell/aurora-api-token", "it/scripts/Export-AuroraProjects.ps1", "Aurora Solar API (Bearer API token)", '''
$tenant = "@@tenant@@"
$headers = @{ Authorization = "Bearer @@secret@@"; Accept = "application/json" }
$projects = Invoke-RestMethod -Uri "https://api.aurorasolar.com/tenants/$tenant/projects?per_page=200" -Headers $headers
$projects.projects | Select-Object id, name, status, created_at |
    Export-Csv -Path "\\\\nas\\reports\\aurora_projects_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
Write-Output "$($projects.projects.Count) projects exported"
''', "sk_prod_" + rand_pw(48), tenant=uuid_s())

add("powershell/smtp-password", "it/scripts/Send-WeeklyInstalls.ps1", "PSCredential built from a plain-text password for Send-MailMessage", '''
$pw = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('reports@brightroof-solar.com', $pw)
$body = Get-Content "\\\\nas\\reports\\weekly_installs.html" -Raw
Send-MailMessage -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $cred `
    -From 'reports@brightroof-solar.com' -To 'owners@brightroof-solar.com' `
    -Subject "Installs this week" -Body $body -BodyAsHtml
''', words_pw())

add("ini/wireguard-private-key", "edge/wireguard/wg0.conf", "WireGuard configuration (PrivateKey)", '''
[Interface]
Address = 10.8.0.42/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = vpn.brightroof-solar.com:51820
AllowedIPs = 10.8.0.0/24
PersistentKeepalive = 25
''', rand_pw(42, "+/") + "A=", pub=rand_pw(42, "+/") + "E=")

add("toml/influxdb-token", "edge/telegraf/telegraf.conf", "Telegraf outputs.influxdb_v2 (token)", '''
[agent]
  interval = "10s"

[[inputs.modbus]]
  name = "battery_bms"
  controller = "tcp://192.168.50.10:502"
  holding_registers = [
    { name = "soc", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [210] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.brightroof-solar.com"]
  token = "@@secret@@"
  organization = "brightroof"
  bucket = "battery"
''', rand_pw(86, "-_") + "==")

add("toml/postgres-password", "dashboards/.streamlit/secrets.toml", "Streamlit secrets.toml (connections)", '''
[connections.warehouse]
dialect = "postgresql"
host = "warehouse.brightroof.internal"
port = 5432
database = "solar"
username = "dash_ro"
password = "@@secret@@"
''', rand_pw(20))

add("xml/nexus-password", "permit-service/.mvn/settings.xml", "Maven settings.xml (server password)", '''
<settings>
  <servers>
    <server>
      <id>brightroof-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>brightroof-nexus</id>
      <url>https://nexus.brightroof-solar.com/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', rand_pw(20))

add("xml/nuget-password", "src/NuGet.config", "NuGet.config packageSourceCredentials (ClearTextPassword)", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="brightroof" value="https://nuget.pkg.github.com/brightroof-solar/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <brightroof>
      <add key="Username" value="ci-bot" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </brightroof>
  </packageSourceCredentials>
</configuration>
''', fakes.github_token(_seed()))

add("properties/github-token", "gradle.properties", "Gradle properties (GitHub Packages credentials)", '''
org.gradle.jvmargs=-Xmx2g
android.useAndroidX=true
kotlin.code.style=official
gpr.user=brightroof-ci
gpr.key=@@secret@@
''', fakes.github_token(_seed()))

add("csv/crew-tablet-passwords", "it/inventory/crew_tablets.csv", "IT asset inventory export (passcode column)", '''
asset_tag,device,assigned_to,crew,mdm_enrolled,unlock_pin,mdm_admin_password
BR-T-014,iPad 10th gen,Luis Ortega,Crew A,yes,on file,
BR-T-015,iPad 10th gen,Marcus Lee,Crew A,yes,on file,
BR-T-016,Galaxy Tab Active5,Aisha Bello,Crew B,yes,on file,@@secret@@
BR-T-017,Galaxy Tab Active5,Tom Reyes,Crew B,no,on file,
BR-T-018,iPad 10th gen,(spare),-,yes,on file,
''', words_pw())

add("log/enphase-api-key", "logs/nginx/access.log", "nginx access log recording a key in the query string", '''
10.0.0.12 - - [02/May/2025:06:00:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.0.31 - - [02/May/2025:06:00:04 +0000] "GET /proxy/enlighten/systems/4417721/summary?key=@@secret@@ HTTP/1.1" 200 612 "-" "python-requests/2.32.3"
10.0.0.31 - - [02/May/2025:06:00:05 +0000] "GET /proxy/enlighten/systems/4417733/summary HTTP/1.1" 200 598 "-" "python-requests/2.32.3"
10.0.0.12 - - [02/May/2025:06:00:31 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.0.44 - - [02/May/2025:06:01:10 +0000] "POST /api/quotes HTTP/1.1" 201 88 "-" "Mozilla/5.0"
''', hexs(32))

add("sql/smtp-password", "db/seeds/mail_settings.sql", "application settings table with an SMTP password", '''
-- mail settings for the customer portal
DELETE FROM app_settings WHERE key LIKE 'mail.%';
INSERT INTO app_settings (key, value) VALUES
  ('mail.host', 'smtp.sendgrid.net'),
  ('mail.port', '587'),
  ('mail.username', 'apikey'),
  ('mail.password', '@@secret@@'),
  ('mail.from', 'portal@brightroof-solar.com');
''', sendgrid_key())

add("markdown/sungrow-app-secret", "docs/integrations/sungrow.md", "Sungrow iSolarCloud OpenAPI (appkey, x-access-key header)", '''
# Sungrow iSolarCloud integration

Our developer app on the iSolarCloud developer portal:

- appkey: `@@appkey@@`
- secret key (x-access-key header): `@@secret@@`
- login account: `fleet@brightroof-solar.com`

Login: `POST https://gateway.isolarcloud.com.hk/openapi/login` with appkey, user_account, user_password.
Tokens last 7 days; the collector re-logs when it gets `er_token_login_invalid`.
''', rand_pw(32).lower(), appkey=hexs(32).upper())

add("yaml/envoy-password", "homeassistant/secrets.yaml", "Home Assistant secrets.yaml", '''
# shop demo board secrets
envoy_host: 192.168.1.77
envoy_username: installer@brightroof-solar.com
envoy_password: @@secret@@
latitude_home: 30.5083
longitude_home: -97.6789
''', words_pw())

add("json/aurora-api-token", "postman/aurora.postman_environment.json", "Postman environment export", '''
{
  "id": "7b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
  "name": "Aurora prod",
  "values": [
    {"key": "baseUrl", "value": "https://api.aurorasolar.com", "enabled": true},
    {"key": "tenantId", "value": "@@tenant@@", "enabled": true},
    {"key": "apiToken", "value": "@@secret@@", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', "sk_prod_" + rand_pw(48), tenant=uuid_s())

add("python/django-secret-key", "portal/portal/settings/prod.py", "Django SECRET_KEY", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.brightroof-solar.com"]
SECRET_KEY = "@@secret@@"
CSRF_TRUSTED_ORIGINS = ["https://portal.brightroof-solar.com"]
SESSION_COOKIE_SECURE = True
''', fakes.django_secret_key(_seed()))

add("python/sftp-password", "interconnect/upload_applications.py", "paramiko SFTP with a password", '''
import paramiko

HOST = "sftp.example-utility.com"
USER = "brightroof_dg"
PASSWORD = "@@secret@@"


def upload(local: str, remote: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sftp.put(local, remote)
    transport.close()
''', words_pw())

add("python/azure-storage-key", "surveys/blob_upload.py", "Azure Storage connection string (AccountKey)", '''
from azure.storage.blob import BlobServiceClient

CONN = ("DefaultEndpointsProtocol=https;AccountName=brightroofsurveys;"
        "AccountKey=@@secret@@;EndpointSuffix=core.windows.net")
svc = BlobServiceClient.from_connection_string(CONN)


def upload_photo(job: str, path: str) -> None:
    with open(path, "rb") as fh:
        svc.get_container_client("site-photos").upload_blob(f"{job}/{path.rsplit('/', 1)[-1]}", fh, overwrite=True)
''', rand_pw(86, "+/") + "==")

# ================================================================ decoys

add("env/decoy-placeholder", "services/enlighten-sync/.env.example", ENPHASE_DOC, '''
# copy to .env and fill in from 1Password ("Enlighten partner app")
ENPHASE_API_KEY=your-enlighten-api-key
ENPHASE_CLIENT_ID=
ENPHASE_CLIENT_SECRET=<client secret from developer-v4.enphase.com>
ENPHASE_REDIRECT_URI=http://localhost:8000/oauth/enphase/callback
LOG_LEVEL=debug
''')

add("env/decoy-placeholder", ".env.sample", "dotenv sample file", '''
NODE_ENV=development
PORT=8080
GROWATT_SERVER=https://server.growatt.com
GROWATT_USER=changeme
GROWATT_PASSWORD=changeme
SOLAREDGE_API_KEY=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
METRICS_PUSHGATEWAY=http://localhost:9091
''')

add("python/decoy-env-reference", "monitoring/solaredge_client.py", SOLAREDGE_DOC, '''
import os

import requests

BASE = "https://monitoringapi.solaredge.com"
SE_API_KEY = os.environ["SOLAREDGE_API_KEY"]


def overview(site_id: int) -> dict:
    r = requests.get(f"{BASE}/site/{site_id}/overview", params={"api_key": SE_API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["overview"]
''')

add("github-actions/decoy-secrets-reference", ".github/workflows/fleet-sync.yml", "GitHub Actions encrypted secrets (${{ secrets.* }})", '''
name: fleet sync
on:
  schedule:
    - cron: "*/30 * * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SOLAREDGE_API_KEY: ${{ secrets.SOLAREDGE_API_KEY }}
      ENPHASE_CLIENT_SECRET: ${{ secrets.ENPHASE_CLIENT_SECRET }}
      VRM_TOKEN: ${{ secrets.VRM_TOKEN }}
      DATABASE_URL: ${{ secrets.FLEET_DATABASE_URL }}
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt
      - run: python -m fleet.sync --since 1h
''')

add("yaml/decoy-publishable-key", "apps/quote-widget/config/public.yml", "Stripe publishable keys (pk_live_) are public by design", '''
# served to the browser as-is
stripe:
  publishable_key: pk_live_@@pk@@
  deposit_amount_cents: 50000
mapbox:
  public_token: @@mb@@
  style: mapbox://styles/mapbox/satellite-streets-v12
''', pk=rand_pw(99), mb=mapbox("pk"))

add("typescript/decoy-public-token", "src/components/RoofMap.tsx", "Mapbox public tokens (pk.) for map display", '''
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

mapboxgl.accessToken = "@@mb@@";

export function RoofMap({ lng, lat }: { lng: number; lat: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current!, style: "mapbox://styles/mapbox/satellite-v9", center: [lng, lat], zoom: 20 });
    return () => map.remove();
  }, [lng, lat]);
  return <div ref={ref} style={{ height: 480 }} />;
}
''', mb=mapbox("pk"))

add("html/decoy-site-key", "www/templates/get-a-quote.html", "Google reCAPTCHA v3 site key (public)", '''
<!doctype html>
<html lang="en">
<head>
  <title>Get a free solar quote - BrightRoof Solar</title>
  <script src="https://www.google.com/recaptcha/api.js?render=6L@@sk@@"></script>
</head>
<body>
  <form id="quote" action="/api/quotes" method="post">
    <input name="address" placeholder="Street address" required>
    <input name="monthly_bill" type="number" placeholder="Average monthly bill ($)">
    <button class="g-recaptcha" data-sitekey="6L@@sk@@" data-callback="onSubmit" data-action="quote">Get my quote</button>
  </form>
</body>
</html>
''', sk=rand_pw(38, "-_"))

add("json/decoy-oauth-client-id", "apps/customer-portal/public/auth-config.json", "OAuth public client ids (Google Identity, Auth0 SPA)", '''
{
  "google": {
    "clientId": "@@num@@-@@gid@@.apps.googleusercontent.com",
    "scopes": ["openid", "email", "profile"]
  },
  "auth0": {
    "domain": "brightroof.us.auth0.com",
    "clientId": "@@a0@@",
    "audience": "https://api.brightroof-solar.com"
  }
}
''', num=str(_rng().randint(10**11, 10**12)), gid=rand_pw(32).lower(), a0=rand_pw(32))

add("csv/decoy-serials", "exports/fleet_inventory_2025-06.csv", "Installer fleet export (inverter and battery serial numbers)", '''
site_id,customer,city,inverter,inverter_serial,battery,battery_serial,gateway_eid,commissioned
2841177,Nguyen,Round Rock,SE7600H-US,7E1F1A22-B1,,,,2022-03-11
2841203,Okafor,Pflugerville,IQ8PLUS-72-2-US,122233445566,IQ Battery 5P,482311009876,202233445566,2023-09-02
3019554,Barros,Georgetown,Powerwall 3,TG124040001A2B,Powerwall 3,TG124040001A2B,1707000-11-J--TG124040001A2B,2024-11-20
3021877,Castellanos,Hutto,SE10000H-US,7E1F2A93-C4,LG RESU10H Prime,RESU10H-224411,,2025-03-02
3022009,Kowalski,Cedar Park,Primo 8.2-1,31234567,BYD HVS 10.2,P03235K123456789,,2025-04-18
''')

add("python/decoy-modbus-register-map", "edge/batteryd/sunspec_map.py", "SunSpec Modbus register maps", '''
"""SunSpec register addresses for the inverters we support (model 1, 101-103, 124)."""

SUNSPEC_BASE = 40000
SUNSPEC_ID = 0x53756E53  # "SunS"

REGISTERS = {
    "C_Manufacturer": (40004, 16, "string"),
    "C_SerialNumber": (40052, 16, "string"),
    "I_AC_Power": (40083, 1, "int16"),
    "I_AC_Energy_WH": (40093, 2, "acc32"),
    "StorCtl_Mod": (40348, 1, "bitfield16"),
    "InWRte": (40356, 1, "int16"),
}
DEFAULT_UNIT_ID = 1
''')

add("shell/decoy-checksum", "edge/firmware/verify_firmware.sh", "sha256sum verification of vendor firmware", '''
#!/bin/sh
# verify the gateway firmware image before flashing
set -e
IMG=edge-gw-3.4.1.img.xz
EXPECTED=@@h@@
echo "$EXPECTED  $IMG" | sha256sum -c -
xzcat "$IMG" | dd of=/dev/mmcblk0 bs=4M conv=fsync status=progress
''', h=sha256())

add("dockerfile/decoy-image-digest", "edge/collector/Dockerfile", "Docker image pinned by digest", '''
FROM python:3.12-slim@sha256:@@h@@
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY collector/ collector/
USER 1000
CMD ["python", "-m", "collector", "--config", "/etc/collector/config.yaml"]
''', h=sha256())

add("yaml/decoy-vault-reference", "k8s/monitoring/vrm-externalsecret.yaml", "External Secrets Operator ExternalSecret", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: vrm-credentials
  namespace: monitoring
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: vrm-credentials
  data:
    - secretKey: VRM_ACCESS_TOKEN
      remoteRef:
        key: prod/fleet/victron-vrm
        property: access_token
''')

add("ansible/decoy-vault-encrypted", "ansible/group_vars/office/vault.yml", "ansible-vault encrypted file", '''
$ANSIBLE_VAULT;1.1;AES256
@@v1@@
@@v2@@
@@v3@@
@@v4@@
@@v5@@
''', v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(80), v5=hexs(40))

add("ansible/decoy-vault-reference", "ansible/group_vars/edge_gateways.yml", "Ansible variables pointing at vault-encrypted values", '''
---
ansible_user: pi
ansible_password: "{{ vault_edge_pi_password }}"
mqtt_username: "{{ inventory_hostname }}"
mqtt_password: "{{ vault_mqtt_passwords[inventory_hostname] }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/influx:token') }}"
telegraf_interval: 10s
''')

add("terraform/decoy-variable", "infra/rds_variables.tf", "Terraform sensitive variables without defaults", '''
variable "crm_db_password" {
  description = "Master password of the CRM database (set in Terraform Cloud workspace)"
  type        = string
  sensitive   = true
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "instance_class" {
  type    = string
  default = "db.t4g.medium"
}
''')

add("terraform/decoy-secrets-manager", "infra/secrets.tf", "Terraform aws_secretsmanager_secret with random_password", '''
resource "random_password" "crm_db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "crm_db" {
  name = "prod/crm/db"
}

resource "aws_secretsmanager_secret_version" "crm_db" {
  secret_id     = aws_secretsmanager_secret.crm_db.id
  secret_string = jsonencode({ username = "crm_admin", password = random_password.crm_db.result })
}
''')

add("k8s/decoy-secret-key-ref", "k8s/monitoring/fleet-monitor-deploy.yaml", "Kubernetes env valueFrom.secretKeyRef", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fleet-monitor
  namespace: monitoring
spec:
  replicas: 2
  selector:
    matchLabels: {app: fleet-monitor}
  template:
    metadata:
      labels: {app: fleet-monitor}
    spec:
      containers:
        - name: app
          image: ghcr.io/brightroof/fleet-monitor:4.2.0
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: {name: fleet-db, key: DATABASE_URL}
            - name: VRM_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: {name: vrm-credentials, key: VRM_ACCESS_TOKEN}
''')

add("compose/decoy-env-reference", "ops/docker-compose.prod.yml", "Docker Compose variable interpolation", '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: crm
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}
      POSTGRES_DB: installs
  api:
    image: ghcr.io/brightroof/crm-api:2.3.0
    env_file: .env.prod
    environment:
      DATABASE_URL: postgres://crm:${POSTGRES_PASSWORD}@db:5432/installs
''')

add("log/decoy-redacted", "logs/commissioning-2025-07-02.log", "Commissioning tool log with masked credentials", '''
2025-07-02 08:40:11 INFO  commissioning tool v3.5.0 started by tech=aortega
2025-07-02 08:40:13 INFO  connected to inverter 192.168.0.170 (SB7.7-1SP-US-41)
2025-07-02 08:40:14 DEBUG login payload {"right":"istl","pass":"********"}
2025-07-02 08:40:15 INFO  session established
2025-07-02 08:40:40 INFO  grid code IEEE1547-2018 applied
2025-07-02 08:41:02 DEBUG solaredge api_key=[REDACTED] site=3022114
2025-07-02 08:41:03 INFO  commissioning done, uploading report
''')

add("sql/decoy-schema", "db/migrations/0007_integration_credentials.sql", "Schema holding references and hashes, not credentials", '''
CREATE TABLE integration_credentials (
    id            BIGSERIAL PRIMARY KEY,
    vendor        TEXT NOT NULL,
    key_last4     CHAR(4) NOT NULL,
    secret_ref    TEXT NOT NULL,           -- e.g. 'aws-sm:prod/fleet/solaredge'
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    rotated_at    TIMESTAMPTZ
);

CREATE TABLE portal_users (
    id            BIGSERIAL PRIMARY KEY,
    email         CITEXT UNIQUE NOT NULL,
    password_hash TEXT NOT NULL,
    mfa_enabled   BOOLEAN NOT NULL DEFAULT false
);
''')

add("python/decoy-test-fixture", "tests/test_enlighten_client.py", "pytest fixtures with dummy credentials", '''
import pytest
import responses

from fleet.enlighten import EnlightenClient


@pytest.fixture
def client():
    return EnlightenClient(api_key="test-api-key", client_id="test-client", client_secret="test-secret")


@responses.activate
def test_summary(client):
    responses.get("https://api.enphaseenergy.com/api/v4/systems/1/summary", json={"current_power": 4200})
    assert client.summary(1, token="dummy-access-token")["current_power"] == 4200
''')

add("markdown/decoy-docs-placeholder", "docs/integrations/solaredge.md", SOLAREDGE_DOC, '''
# SolarEdge integration

1. In the SolarEdge monitoring portal, go to Admin > Site Access > API Access.
2. Generate an account-level key and store it in AWS Secrets Manager under `prod/fleet/solaredge`.
3. Test it:

```
curl "https://monitoringapi.solaredge.com/sites/list?api_key=<YOUR_API_KEY>"
```

The key is 32 upper-case letters and digits. Never paste it into tickets or Slack.
''')

add("python/decoy-regex", "fleet/validation.py", "Input validation regexes for vendor key formats", '''
import re

SOLAREDGE_KEY = re.compile(r"^[A-Z0-9]{32}$")
ENPHASE_KEY = re.compile(r"^[0-9a-f]{32}$")
VRM_TOKEN = re.compile(r"^[0-9a-f]{64}$")
STRIPE_SECRET = re.compile(r"^(sk|rk)_(live|test)_[A-Za-z0-9]{24,99}$")


def looks_like(kind: str, value: str) -> bool:
    return bool({"solaredge": SOLAREDGE_KEY, "enphase": ENPHASE_KEY, "vrm": VRM_TOKEN, "stripe": STRIPE_SECRET}[kind].match(value))
''')

add("json/decoy-lockfile-integrity", "apps/customer-portal/package-lock.json", "npm package-lock integrity (sha512 SRI)", '''
{
  "name": "customer-portal",
  "version": "3.1.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.6.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.3.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.3.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("yaml/decoy-sops-encrypted", "k8s/integrations/enlighten.enc.yaml", "Mozilla SOPS encrypted YAML", '''
apiVersion: v1
kind: Secret
metadata:
  name: enlighten-oauth
type: Opaque
stringData:
  client_secret: ENC[AES256_GCM,data:@@d@@,iv:@@iv@@,tag:@@tag@@,type:str]
sops:
  kms:
    - arn: arn:aws:kms:us-west-2:123456789012:key/@@kid@@
      created_at: "2025-04-02T17:12:44Z"
  lastmodified: "2025-04-02T17:12:45Z"
  mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv2@@,tag:@@tag2@@,type:str]
  version: 3.8.1
''', d=rand_pw(44, "+/"), iv=rand_pw(43, "+/") + "=", tag=rand_pw(22, "+/") + "==", kid=uuid_s(),
    mac=rand_pw(88, "+/"), iv2=rand_pw(43, "+/") + "=", tag2=rand_pw(22, "+/") + "==")

add("yaml/decoy-sealed-secret", "k8s/monitoring/fleet-db-sealed.yaml", "Bitnami SealedSecret (encrypted for the cluster)", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fleet-db
  namespace: monitoring
spec:
  encryptedData:
    DATABASE_URL: AgB@@enc@@
  template:
    metadata:
      name: fleet-db
''', enc=rand_pw(340, "+/") + "==")

add("python/decoy-generated-secret", "portal/accounts/tokens.py", "secrets module generating per-user tokens", '''
import hashlib
import secrets

TOKEN_BYTES = 32


def new_invite_token() -> tuple[str, str]:
    """Return (token for the email link, sha256 stored in the DB)."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    return token, hashlib.sha256(token.encode()).hexdigest()
''')

add("python/decoy-aws-docs-example", "docs_examples/s3_upload_example.py", "AWS documentation example keys (AKIAIOSFODNN7EXAMPLE)", '''
"""Example from the onboarding guide: how boto3 picks credentials up.

Never put keys in code; this shows the documented example values only.
"""
import boto3

session = boto3.Session(
    aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
    aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    region_name="us-west-2",
)
print(session.client("sts").get_caller_identity())
''')

add("ini/decoy-public-key", "edge/wireguard/peers.conf", "WireGuard peer list (public keys only)", '''
# hub peers - public keys only, private keys live on each gateway
[Peer]
# gw-0041
PublicKey = @@p1@@
AllowedIPs = 10.8.0.41/32

[Peer]
# gw-0042
PublicKey = @@p2@@
AllowedIPs = 10.8.0.42/32
''', p1=rand_pw(42, "+/") + "Y=", p2=rand_pw(42, "+/") + "c=")

add("text/decoy-ssh-public-key", "ansible/roles/base/files/authorized_keys", "OpenSSH authorized_keys (public keys)", '''
# BrightRoof IT - managed by ansible, do not edit on the host
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ priya@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ dana@contractor
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ansible@ops
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k4@@ ci@github-actions
''', k1=rand_pw(43, "+/"), k2=rand_pw(43, "+/"), k3=rand_pw(43, "+/"), k4=rand_pw(43, "+/"))

add("yaml/decoy-certificate", "k8s/ingress/portal-ca-configmap.yaml", "ConfigMap holding a CA certificate (public)", '''
apiVersion: v1
kind: ConfigMap
metadata:
  name: gateway-ca
  namespace: monitoring
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIIB@@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
''', c1=rand_pw(60, "+/"), c2=rand_pw(64, "+/"), c3=rand_pw(40, "+/") + "==")

add("python/decoy-public-key", "portal/auth/jwks.py", "JWT verification with a public key", '''
import jwt

# Enphase publishes this key to verify IQ Gateway tokens; public by design
ENTREZ_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@a@@
@@b@@==
-----END PUBLIC KEY-----"""


def verify(token: str) -> dict:
    return jwt.decode(token, ENTREZ_PUBLIC_KEY, algorithms=["ES256"], options={"verify_aud": False})
''', a=rand_pw(28, "+/"), b=rand_pw(58, "+/"))

add("go/decoy-env-reference", "internal/config/config.go", "Go os.Getenv configuration", '''
package config

import "os"

type Config struct {
	SolarEdgeKey string
	VRMToken     string
	DatabaseURL  string
	MQTTPassword string
}

func FromEnv() Config {
	return Config{
		SolarEdgeKey: os.Getenv("SOLAREDGE_API_KEY"),
		VRMToken:     os.Getenv("VRM_ACCESS_TOKEN"),
		DatabaseURL:  os.Getenv("DATABASE_URL"),
		MQTTPassword: os.Getenv("MQTT_PASSWORD"),
	}
}
''')

add("typescript/decoy-env-reference", "src/finance/mosaic.ts", "process.env configuration", '''
const MOSAIC_URL = process.env.MOSAIC_URL ?? "https://api.joinmosaic.com/partner/v2";
const MOSAIC_API_KEY = process.env.MOSAIC_API_KEY;

if (!MOSAIC_API_KEY) {
  throw new Error("MOSAIC_API_KEY is not set");
}

export async function prequalify(applicant: Record<string, unknown>) {
  const res = await fetch(`${MOSAIC_URL}/prequalifications`, {
    method: "POST",
    headers: { "X-Api-Key": MOSAIC_API_KEY, "Content-Type": "application/json" },
    body: JSON.stringify(applicant),
  });
  return res.json();
}
''')

add("csharp/decoy-key-vault-reference", "src/Dispatch.Api/appsettings.json", "Azure App Service Key Vault references", '''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Dispatch": "@Microsoft.KeyVault(SecretUri=https://kv-brightroof.vault.azure.net/secrets/dispatch-sql/)"
  },
  "Twilio": {
    "AccountSid": "@@sid@@",
    "AuthToken": "@Microsoft.KeyVault(VaultName=kv-brightroof;SecretName=twilio-auth-token)"
  },
  "AllowedHosts": "*"
}
''', sid=twilio_sid())

add("java/decoy-env-reference", "src/main/resources/application-prod.yml", "Spring property placeholders", '''
spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:db.internal}:5432/scheduler
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  mail:
    host: smtp.office365.com
    username: service@brightroof-solar.com
    password: ${SMTP_PASSWORD}
solaredge:
  api-key: ${SOLAREDGE_API_KEY}
''')

add("php/decoy-env-reference", "config/services.php", "Laravel env() configuration", '''
<?php

return [
    'sungrow' => [
        'app_key' => env('SUNGROW_APP_KEY'),
        'secret_key' => env('SUNGROW_SECRET_KEY'),
        'gateway' => env('SUNGROW_GATEWAY', 'https://gateway.isolarcloud.com.hk'),
    ],
    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),
    ],
];
''')

add("ruby/decoy-credentials-reference", "config/initializers/sunlight.rb", "Rails encrypted credentials lookup", '''
SunlightClient.configure do |c|
  c.base_url = "https://orange.sunlightfinancial.com/api"
  c.username = Rails.application.credentials.dig(:sunlight, :username)
  c.password = Rails.application.credentials.dig(:sunlight, :password)
  c.timeout  = 20
end
''')

add("powershell/decoy-secret-management", "it/scripts/Connect-Sharepoint.ps1", "PowerShell SecretManagement module", '''
Import-Module Microsoft.PowerShell.SecretManagement
$clientId = "@@cid@@"
$secret = Get-Secret -Name "SharepointSyncClientSecret" -Vault "BrightRoofIT" -AsPlainText
Connect-PnPOnline -Url "https://brightroof.sharepoint.com/sites/SiteSurveys" -ClientId $clientId -ClientSecret $secret
Get-PnPList | Select-Object Title, ItemCount
''', cid=uuid_s())

add("shell/decoy-vault-cli", "ops/rotate_vrm_token.sh", "HashiCorp Vault CLI reads", '''
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.brightroof.internal:8200
VRM_TOKEN=$(vault kv get -field=access_token kv/fleet/victron-vrm)
curl -sf -H "X-Authorization: Token ${VRM_TOKEN}" \\
  https://vrmapi.victronenergy.com/v2/users/me > /dev/null && echo "VRM token OK"
''')

add("shell/decoy-aws-secrets-manager", "ops/load_env.sh", "AWS Secrets Manager get-secret-value", '''
#!/usr/bin/env bash
# export secrets for a local debugging session
set -euo pipefail
SECRET_JSON=$(aws secretsmanager get-secret-value --secret-id prod/fleet/integrations --query SecretString --output text)
export SOLAREDGE_API_KEY=$(echo "$SECRET_JSON" | jq -r .solaredge_api_key)
export ENPHASE_CLIENT_SECRET=$(echo "$SECRET_JSON" | jq -r .enphase_client_secret)
echo "loaded $(echo "$SECRET_JSON" | jq 'keys | length') secrets"
''')

add("notebook/decoy-getpass", "analysis/portal_login_check.ipynb", "getpass prompt in a notebook", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import requests\\n",
    "pw = getpass(\\"SEMS password: \\")\\n",
    "r = requests.post(\\"https://www.semsportal.com/api/v2/Common/CrossLogin\\", json={\\"account\\": \\"fleet@brightroof-solar.com\\", \\"pwd\\": pw})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("markdown/decoy-password-rule", "docs/field/powerwall-commissioning.md", "Tesla Powerwall gateway login (documented password rule, no value)", '''
# Powerwall commissioning checklist

- Connect to the Gateway Wi-Fi (`TEG-xxx`); the Wi-Fi password is on the sticker behind the cover.
- Customer login: the password is the last 5 characters of the Gateway serial number, until the
  customer changes it in the Tesla app.
- Installer login: use your Tesla Partner account (SSO); never share it with the customer.
- Record the Gateway DIN and serial in the job in ServiceTitan.
- Set backup reserve to 20% unless the customer asks otherwise.
''')

add("yaml/decoy-ids", "config/sites.yml", "Monitoring site ids and device ids", '''
sites:
  - name: Nguyen residence
    solaredge_site_id: 2841177
    inverter_serial: 7E1F1A22-B1
  - name: Okafor residence
    enphase_system_id: 4417721
    envoy_serial: "122233445566"
  - name: Lindqvist cabin
    vrm_installation_id: 201977
    vrm_portal_id: c0619ab4d2e1
  - name: Barros residence
    tesla_energy_site_id: 2252181223456789
''')

add("json/decoy-uuid", "integrations/fronius/pv_systems.json", "Fronius Solar.web PV system ids (UUIDs)", '''
{
  "pvSystems": [
    {"pvSystemId": "@@u1@@", "name": "Kowalski", "peakPower": 8200},
    {"pvSystemId": "@@u2@@", "name": "Ferreira", "peakPower": 6600},
    {"pvSystemId": "@@u3@@", "name": "Haddad", "peakPower": 10400}
  ],
  "timezone": "America/Chicago",
  "fetchedAt": "2025-06-30T05:00:00Z"
}
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s())

add("python/decoy-stripe-ids", "finance/deposit_products.py", "Stripe object ids (price_, prod_) are not credentials", '''
DEPOSIT_PRICES = {
    "residential": "price_1P@@p1@@",
    "battery_only": "price_1P@@p2@@",
    "commercial": "price_1P@@p3@@",
}
DEPOSIT_PRODUCT = "prod_Q@@prod@@"
TAX_RATE = "txr_1P@@txr@@"
''', p1=rand_pw(22), p2=rand_pw(22), p3=rand_pw(22), prod=rand_pw(13), txr=rand_pw(22))

add("yaml/decoy-hubspot-ids", "crm/hubspot_pipeline.yml", "HubSpot portal, pipeline and form ids", '''
portal_id: 21877344
pipeline: residential-solar
stages:
  site_survey: "1183421"
  design: "1183422"
  permit: "1183423"
  install: "1183424"
  pto: "1183425"
lead_form_guid: @@g@@
owner_team_id: 48812
''', g=uuid_s())

add("log/decoy-request-ids", "logs/fleet-sync-2025-06-30.log", "Application log with request ids and hashes", '''
2025-06-30T05:00:02Z INFO sync start run_id=@@r1@@
2025-06-30T05:00:03Z INFO solaredge site=2841177 status=200 req_id=@@r2@@
2025-06-30T05:00:04Z INFO enphase system=4417721 status=200 req_id=@@r3@@
2025-06-30T05:00:05Z WARN vrm installation=201977 status=429 retry_in=30s
2025-06-30T05:00:36Z INFO vrm installation=201977 status=200 payload_sha256=@@h@@
2025-06-30T05:00:37Z INFO sync done sites=3 duration=35s
''', r1=uuid_s(), r2=hexs(32), r3=uuid_s(), h=sha256())

add("markdown/decoy-changelog", "CHANGELOG.md", "Project changelog with commit hashes", '''
# Changelog

## 4.2.0 (2025-06-12)
- Victron VRM collector: retry on 429 (@@c1@@)
- SolarEdge: move the API key to AWS Secrets Manager, rotate the old one (@@c2@@)
- Enphase: switch to the v4 API and OAuth (@@c3@@)

## 4.1.3 (2025-05-02)
- Stop logging the environment at debug level in notify-worker (@@c4@@)
''', c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("text/decoy-go-sum", "edge/gateway-agent/go.sum", "Go module checksums (go.sum)", '''
github.com/eclipse/paho.mqtt.golang v1.4.3 h1:@@a@@=
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:@@b@@=
github.com/goburrow/modbus v0.1.0 h1:@@c@@=
github.com/goburrow/modbus v0.1.0/go.mod h1:@@d@@=
github.com/goburrow/serial v0.1.0 h1:@@e@@=
github.com/goburrow/serial v0.1.0/go.mod h1:@@f@@=
''', a=rand_pw(43, "+/"), b=rand_pw(43, "+/"), c=rand_pw(43, "+/"), d=rand_pw(43, "+/"), e=rand_pw(43, "+/"), f=rand_pw(43, "+/"))

add("toml/decoy-lock-hashes", "poetry.lock", "Poetry lock file hashes", '''
[[package]]
name = "pysolaredge"
version = "0.2.4"
description = "SolarEdge monitoring API client"
optional = false
python-versions = ">=3.9"
files = [
    {file = "pysolaredge-0.2.4-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "pysolaredge-0.2.4.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@h3@@"
''', h1=sha256(), h2=sha256(), h3=sha256())

add("python/decoy-password-hash", "tests/fixtures/users.py", "Test fixture users with bcrypt hashes", '''
"""Portal users for the integration tests (bcrypt hashes of throwaway passwords)."""
USERS = [
    {"email": "homeowner@example.com", "role": "customer",
     "password_hash": "$2b$12$@@h1@@"},
    {"email": "tech@example.com", "role": "technician",
     "password_hash": "$2b$12$@@h2@@"},
    {"email": "admin@example.com", "role": "admin",
     "password_hash": "$2b$12$@@h3@@"},
]
''', h1=rand_pw(53, "./"), h2=rand_pw(53, "./"), h3=rand_pw(53, "./"))

add("yaml/decoy-twilio-sid", "notify/config/twilio.yml", "Twilio Account SID and phone numbers (identifiers)", '''
twilio:
  account_sid: @@sid@@
  auth_token_env: TWILIO_AUTH_TOKEN
  messaging_service_sid: MG@@mg@@
  from_number: "+15125550143"
  status_callback: https://crm.brightroof-solar.com/hooks/twilio/status
''', sid=twilio_sid(), mg=hexs(32))

add("github-actions/decoy-ci-service-password", ".github/workflows/test.yml", "GitHub Actions service containers for tests (throwaway local DB)", '''
name: tests
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
    steps:
      - uses: actions/checkout@v4
      - run: pip install -e .[test] && pytest -q
''')

add("dockerfile/decoy-build-secret", "apps/quote-api/Dockerfile", "BuildKit secret mounts (RUN --mount=type=secret)", '''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
ARG GIT_SHA
ENV GIT_SHA=${GIT_SHA}
CMD ["node", "server.js"]
''')

add("yaml/decoy-helm-template", "charts/notify/templates/secret.yaml", "Helm template rendering values into a Secret", '''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "notify.fullname" . }}
  labels:
    {{- include "notify.labels" . | nindent 4 }}
type: Opaque
data:
  SENDGRID_API_KEY: {{ required "sendgridApiKey is required" .Values.sendgridApiKey | b64enc | quote }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilioAuthToken | b64enc | quote }}
''')

add("yaml/decoy-existing-secret", "charts/fleet-monitor/values.yaml", "Helm values pointing at an existing Secret", '''
image:
  repository: ghcr.io/brightroof/fleet-monitor
  tag: 4.2.0
database:
  existingSecret: fleet-db
  existingSecretKey: DATABASE_URL
vrm:
  existingSecret: vrm-credentials
redis:
  auth:
    existingSecret: quote-cache-redis
    existingSecretPasswordKey: redis-password
''')

add("markdown/decoy-api-docs", "docs/api/partner-api.md", "Our own partner API documentation (placeholder bearer token)", '''
# BrightRoof partner API

Financing partners post loan status updates to us.

```http
POST /v1/loans/{application_id}/status HTTP/1.1
Host: api.brightroof-solar.com
Authorization: Bearer <partner-token>
Content-Type: application/json

{"status": "approved", "amount": 32450.00, "term_months": 240}
```

Tokens are issued per partner by ops; ask in #partners. They look like `brp_` followed by 40 characters.
''')

add("xml/decoy-env-reference", "ci/maven-settings.xml", "Maven settings.xml using environment variables", '''
<settings>
  <servers>
    <server>
      <id>brightroof-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <activeProfiles>
    <activeProfile>nexus</activeProfile>
  </activeProfiles>
</settings>
''')

add("kotlin/decoy-build-config", "app/build.gradle.kts", "Gradle reading keys from local.properties into BuildConfig", '''
import java.util.Properties

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "com.brightroof.survey"
    defaultConfig {
        buildConfigField("String", "SOLAREDGE_KEY", "\\"${localProps.getProperty("solaredge.key", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://survey.brightroof-solar.com/api\\"")
    }
    buildFeatures { buildConfig = true }
}
''')

add("swift/decoy-keychain", "SiteSurvey/Sources/Services/TokenStore.swift", "Keychain Services lookup", '''
import Foundation
import Security

enum TokenStore {
    static func enlightenToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: "com.brightroof.survey.enlighten",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("csv/decoy-loan-ids", "finance/exports/loan_pipeline_2025-06.csv", "Financing partner pipeline export (application ids)", '''
application_id,partner,customer,system_kw,amount,status,submitted,partner_ref
@@u1@@,Mosaic,Nguyen,7.6,28450.00,approved,2025-06-02,MOS-2025-0611842
@@u2@@,GoodLeap,Okafor,9.2,33120.00,docs_signed,2025-06-05,GL-88412277
@@u3@@,Sunlight,Barros,11.4,41980.00,funded_m1,2025-06-09,SUN-4418821
@@u4@@,Mosaic,Kowalski,8.2,30075.00,pending_stips,2025-06-14,MOS-2025-0612019
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("csv/decoy-masked-keys", "it/inventory/api_keys_register.csv", "API key register (masked values, owners, rotation dates)", '''
vendor,purpose,owner,stored_in,key_hint,last_rotated,next_rotation
SolarEdge,fleet monitoring,ops,aws-sm:prod/fleet/solaredge,****K7Q2,2025-04-01,2025-10-01
Enphase,Enlighten partner app,ops,aws-sm:prod/fleet/enphase,****9e1a,2025-03-15,2025-09-15
Victron,VRM,ops,vault:kv/fleet/victron-vrm,****c04f,2025-05-20,2025-11-20
Stripe,deposits,finance,1password:Finance/Stripe,sk_live_****x9Tq,2025-01-10,2026-01-10
SendGrid,notifications,it,aws-sm:prod/notify/sendgrid,SG.****,2025-02-02,2025-08-02
''')

add("sql/decoy-hashed-tokens", "db/seeds/partner_tokens.sql", "Token table holding sha256 digests only", '''
-- partner API tokens: only the sha256 of each token is stored
INSERT INTO partner_tokens (partner, token_sha256, token_prefix, created_at) VALUES
  ('mosaic',   '@@h1@@', 'brp_7Kq', now()),
  ('goodleap', '@@h2@@', 'brp_Xm2', now()),
  ('sunlight', '@@h3@@', 'brp_aP9', now());
''', h1=sha256(), h2=sha256(), h3=sha256())

add("json/decoy-device-readings", "fixtures/envoy_production.json", "Enphase IQ Gateway production.json sample (serials, eids)", '''
{
  "production": [
    {"type": "inverters", "activeCount": 24, "readingTime": 1719900000, "wNow": 5120, "whLifetime": 18234511},
    {"type": "eim", "activeCount": 1, "measurementType": "production", "readingTime": 1719900002,
     "wNow": 5087.3, "whLifetime": 18190022.1, "eid": 704643328}
  ],
  "storage": [{"type": "acb", "activeCount": 0, "readingTime": 0, "wNow": 0, "whNow": 0}],
  "gateway": {"serial": "122233445566", "software": "D7.6.175", "mac": "00:1D:C0:7A:3B:11"}
}
''')

add("json/decoy-openapi-security-scheme", "api/openapi.json", "OpenAPI securitySchemes (names, no values)", '''
{
  "openapi": "3.0.3",
  "info": {"title": "BrightRoof partner API", "version": "1.4.0"},
  "components": {
    "securitySchemes": {
      "partnerToken": {"type": "http", "scheme": "bearer", "bearerFormat": "opaque"},
      "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}
    }
  },
  "security": [{"partnerToken": []}],
  "paths": {}
}
''')

add("yaml/decoy-ha-secret-reference", "homeassistant/configuration.yaml", "Home Assistant !secret references", '''
homeassistant:
  name: Shop demo board
  latitude: !secret latitude_home
  longitude: !secret longitude_home
enphase_envoy:
  host: !secret envoy_host
  username: !secret envoy_username
  password: !secret envoy_password
recorder:
  purge_keep_days: 30
''')

add("ini/decoy-empty-password", "tools/solarlog_pull.ini", "Config template with empty credential fields", '''
[solarlog]
host =
user = service
password =
remote_path = /var/log/solarlog/daily

[output]
dir = data
''')

add("python/decoy-keyring", "collectors/fusionsolar_cli.py", "keyring library lookup", '''
import keyring
import requests

SERVICE = "fusionsolar-northbound"
USER = "brightroof_api"


def login(session: requests.Session) -> None:
    system_code = keyring.get_password(SERVICE, USER)
    if system_code is None:
        raise SystemExit(f"run: keyring set {SERVICE} {USER}")
    session.post("https://eu5.fusionsolar.huawei.com/thirdData/login", json={"userName": USER, "systemCode": system_code})
''')

add("python/decoy-webhook-signature", "tests/test_stripe_webhook.py", "Stripe-Signature header test with a generated test secret", '''
import hmac
import hashlib
import time

from portal.webhooks import verify_stripe

SECRET = "whsec_test_dummy"


def test_valid_signature():
    payload = b'{"type": "checkout.session.completed"}'
    ts = int(time.time())
    sig = hmac.new(SECRET.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    assert verify_stripe(payload, f"t={ts},v1={sig}", SECRET)
''')

add("log/decoy-webhook-signature", "logs/webhooks-2025-06-30.log", "Webhook receiver log with signatures (not secrets)", '''
2025-06-30T14:02:11Z INFO webhook stripe event=evt_1PX@@e1@@ type=checkout.session.completed
2025-06-30T14:02:11Z DEBUG stripe-signature t=1719756131,v1=@@s1@@
2025-06-30T14:02:11Z INFO deposit marked paid job=8841
2025-06-30T14:05:40Z INFO webhook enerflo event=deal.updated id=@@u1@@
2025-06-30T14:05:40Z DEBUG x-enerflo-signature sha256=@@s2@@
''', e1=rand_pw(21), s1=sha256(), u1=uuid_s(), s2=sha256())

add("terraform/decoy-sensitive-output", "infra/iam.tf", "Terraform aws_iam_access_key with a sensitive output", '''
resource "aws_iam_user" "drone_uploader" {
  name = "drone-uploader"
}

resource "aws_iam_access_key" "drone_uploader" {
  user = aws_iam_user.drone_uploader.name
}

output "drone_uploader_secret" {
  value     = aws_iam_access_key.drone_uploader.secret
  sensitive = true
}
''')

add("shell/decoy-read-prompt", "field/sma_login.sh", "read -s password prompt", '''
#!/bin/sh
INV=${1:-192.168.0.170}
printf "Installer password for %s: " "$INV"
stty -echo; read -r PASS; stty echo; echo
SID=$(curl -sk -X POST "https://$INV/dyn/login.json" -H 'Content-Type: application/json' \\
  -d "{\\"right\\":\\"istl\\",\\"pass\\":\\"$PASS\\"}" | jq -r .result.sid)
echo "session: ${SID:+ok}"
''')

add("powershell/decoy-get-credential", "it/scripts/Reset-CrewPassword.ps1", "Get-Credential prompt", '''
param([Parameter(Mandatory)] [string] $User)
$admin = Get-Credential -Message "Domain admin for brightroof.local"
$new = Read-Host -AsSecureString "New temporary password for $User"
Set-ADAccountPassword -Identity $User -NewPassword $new -Reset -Credential $admin
Set-ADUser -Identity $User -ChangePasswordAtLogon $true -Credential $admin
Write-Host "password reset for $User"
''')

add("go/decoy-test-token", "internal/isolarcloud/client_test.go", "Go httptest with dummy credentials", '''
package isolarcloud

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestAccessKeyHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("x-access-key") != "test-access-key" {
			t.Fatalf("missing access key")
		}
	}))
	defer srv.Close()
	c := &Client{base: srv.URL, accessKey: "test-access-key"}
	_, _ = c.Plants()
}
''')

add("rust/decoy-env-reference", "edge/telemetry/src/config.rs", "std::env::var configuration", '''
use std::env;

pub struct Config {
    pub mqtt_host: String,
    pub mqtt_password: String,
    pub influx_token: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            mqtt_host: env::var("MQTT_HOST").unwrap_or_else(|_| "mqtt.brightroof-solar.com".into()),
            mqtt_password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD"),
            influx_token: env::var("INFLUX_TOKEN").expect("INFLUX_TOKEN"),
        }
    }
}
''')

add("markdown/decoy-1password-refs", "docs/runbooks/rotate-keys.md", "1Password CLI secret references (op://)", '''
# Rotating vendor keys

All keys live in the 1Password vault **Ops Integrations**.

```
export SOLAREDGE_API_KEY=$(op read "op://Ops Integrations/SolarEdge API/credential")
export VRM_TOKEN=$(op read "op://Ops Integrations/Victron VRM/token")
python -m fleet.check_keys
```

After rotating, update the AWS Secrets Manager copy (`prod/fleet/integrations`) and restart fleet-sync.
''')

add("compose/decoy-file-secrets", "edge/docker-compose.secrets.yml", "Docker Compose file-based secrets", '''
services:
  collector:
    image: ghcr.io/brightroof/edge-collector:1.9
    secrets:
      - mqtt_password
      - influx_token
    environment:
      MQTT_PASSWORD_FILE: /run/secrets/mqtt_password
      INFLUX_TOKEN_FILE: /run/secrets/influx_token
secrets:
  mqtt_password:
    file: ./secrets/mqtt_password.txt
  influx_token:
    file: ./secrets/influx_token.txt
''')

add("json/decoy-grafana-uids", "dashboards/battery-fleet.json", "Grafana dashboard JSON (uids, datasource refs)", '''
{
  "uid": "bat-fleet-@@u@@",
  "title": "Battery fleet",
  "panels": [
    {
      "type": "timeseries",
      "title": "State of charge",
      "datasource": {"type": "influxdb", "uid": "P@@ds@@"},
      "targets": [{"query": "from(bucket: \\"battery\\") |> range(start: -24h) |> filter(fn: (r) => r._field == \\"soc\\")"}]
    }
  ],
  "version": 14
}
''', u=hexs(8), ds=up(15))

add("markdown/decoy-masked-example", "docs/integrations/mosaic.md", "Mosaic partner API docs (masked key)", '''
# Mosaic prequalification

The partner key is stored in AWS Secrets Manager (`prod/finance/mosaic`). Keys start with
`mos_live_` followed by 40 characters; in logs we only print the last four, e.g. `mos_live_••••a9Qx`.

- Sandbox: `https://sandbox.joinmosaic.com/partner/v2`
- Production: `https://api.joinmosaic.com/partner/v2`

Send the key in the `X-Api-Key` header.
''')

add("text/decoy-mosquitto-hashes", "edge/mosquitto/passwd", "mosquitto_passwd hashed password file", '''
fleet-ingest:$7$101$@@s1@@$@@h1@@
grafana:$7$101$@@s2@@$@@h2@@
gw-0041:$7$101$@@s3@@$@@h3@@
gw-0042:$7$101$@@s4@@$@@h4@@
gw-0043:$7$101$@@s5@@$@@h5@@
''', s1=rand_pw(16, "+/"), h1=rand_pw(86, "+/") + "==", s2=rand_pw(16, "+/"), h2=rand_pw(86, "+/") + "==",
    s3=rand_pw(16, "+/"), h3=rand_pw(86, "+/") + "==", s4=rand_pw(16, "+/"), h4=rand_pw(86, "+/") + "==",
    s5=rand_pw(16, "+/"), h5=rand_pw(86, "+/") + "==")

add("xml/decoy-saml-certificate", "sso/idp-metadata.xml", "SAML IdP metadata (signing certificate is public)", '''
<?xml version="1.0"?>
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/@@t@@/">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <X509Data><X509Certificate>MIIC8DCCAdigAwIBAgIQ@@c@@</X509Certificate></X509Data>
      </KeyInfo>
    </KeyDescriptor>
    <SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@t@@/saml2"/>
  </IDPSSODescriptor>
</EntityDescriptor>
''', t=uuid_s(), c=rand_pw(300, "+/") + "=")

add("plist/decoy-url-scheme", "SiteSurvey/Info.plist", "iOS Info.plist (Google Sign-In reversed client id URL scheme)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Site Survey</string>
	<key>GIDClientID</key>
	<string>@@n@@-@@g@@.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array><dict><key>CFBundleURLSchemes</key><array><string>com.googleusercontent.apps.@@n@@-@@g@@</string></array></dict></array>
	<key>NSCameraUsageDescription</key>
	<string>Take photos of the roof and electrical panel.</string>
</dict>
</plist>
''', n=str(_rng().randint(10**11, 10**12)), g=rand_pw(32).lower())

add("typescript/decoy-sentry-dsn", "src/sentry.client.config.ts", "Sentry browser DSN (public key by design)", '''
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "https://@@k@@@o4507@@o@@.ingest.us.sentry.io/45077@@p@@",
  tracesSampleRate: 0.1,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
  replaysOnErrorSampleRate: 1.0,
});
''', k=hexs(32), o=str(_rng().randint(100000000000, 999999999999)), p=str(_rng().randint(1000000000000, 9999999999999)))

add("json/decoy-site-survey", "surveys/2025/job-8841/survey.json", "Site survey record (roof geometry, meter and panel ids)", '''
{
  "job": 8841,
  "surveyor": "aortega",
  "location": {"lat": 30.50831, "lon": -97.67894},
  "roof": [
    {"face": "S", "azimuth": 182, "pitch": 26, "area_m2": 41.2, "material": "comp shingle"},
    {"face": "W", "azimuth": 271, "pitch": 26, "area_m2": 18.7, "material": "comp shingle"}
  ],
  "electrical": {"main_panel": "Square D QO 200A", "meter_number": "ONCOR-118842203", "esid": "10443720001188422"},
  "shading_report_id": "@@sr@@",
  "photos_folder": "site-photos/8841/"
}
''', sr=uuid_s())

add("yaml/decoy-inverter-network", "provisioning/templates/sma-wifi.yml", "Inverter network template (SSID and addressing, passwords entered on site)", '''
inverter:
  make: SMA
  model_family: Sunny Boy US-41
  network:
    mode: wlan
    ssid: "{{ customer_wifi_ssid }}"
    psk: "{{ customer_wifi_psk }}"
    dhcp: true
  installer_password: entered on site via Sunny Portal setup assistant
  grid_code: IEEE1547-2018
''')

add("python/decoy-battery-warranty", "warranty/register_batteries.py", "Battery warranty registration (serial numbers, portal URL, token from env)", '''
import csv
import os

import requests

PORTAL = "https://warranty.example-battery.com/api/registrations"
TOKEN = os.environ.get("WARRANTY_PORTAL_TOKEN", "")

with open("batteries_installed.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        body = {"serial": row["battery_serial"], "install_date": row["commissioned"], "installer_id": "BR-TX-0042"}
        requests.post(PORTAL, json=body, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20)
''')
