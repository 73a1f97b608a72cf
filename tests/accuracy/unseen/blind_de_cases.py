"""Blind set DE: cannabis dispensaries, cultivators and seed-to-sale tracking.

Teams that run licensed dispensaries, grows and delivery services: state traceability APIs
(Metrc, BioTrack, Leaf Data / CCRS), point-of-sale and e-commerce menus (Dutchie, Treez, Flowhub,
Blaze, Cova, Jane, Weedmaps, Leafly, WooCommerce), delivery and routing (Onfleet, Samsara, Google
Maps, Mapbox, Twilio), payments and tax (Aeropay, CanPay, Avalara), loyalty and marketing
(Springbig, Alpine IQ, Klaviyo, Mailchimp), compliance reporting jobs (SFTP uploads, Postgres,
Snowflake, dbt, Streamlit), surveillance cameras the regulations require (RTSP, Frigate), and
grow-room sensors and controllers (MQTT/Mosquitto, Node-RED, Home Assistant, ESPHome, Arduino and
ESP32 firmware, InfluxDB/Telegraf/Grafana, The Things Network, Particle, Blynk, SensorPush,
WireGuard links). Formats: YAML, JSON, TOML, INI, XML, .properties, .env, HCL, nginx, Apache,
systemd, crontab, Python, notebooks, JavaScript/TypeScript, Go, Java, C#, PHP, Ruby, C++,
shell, PowerShell, batch, SQL, Dockerfiles, compose, Kubernetes, Helm, CI configs, IDE and tool
configs, and docs. Generated fakes only (seeds 1020000-1029999).
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

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase + string.digits
B32 = string.ascii_uppercase + "234567"
_SEED = [1020000]


def _seed() -> int:
    _SEED[0] += 7
    assert 1020000 <= _SEED[0] < 1030000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kush", "Sativa", "Indica", "Canopy", "Trichome", "Terpene", "Harvest", "Cultivar", "Greenhouse",
         "Bluedream", "Haze", "Clone", "Budroom", "Emerald", "Sungrown", "Pistil", "Resin", "Curing"]
LOWER = ["flower", "stalk", "curing", "trellis", "pollen", "rosin", "kief", "seedling", "lumen",
         "humidor", "greenhouse", "topsoil", "sprout", "dryroom", "nutrient", "canopy"]
BRANDS = ["Greenleaf", "Budtender", "Dispensary", "Cannabis", "Growroom", "Metrc", "Frontdesk", "Vault"]


def words_pw(url: bool = False) -> str:
    """Two words, a symbol and digits; `url`: a symbol that needs no escaping in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice("!*$" if url else "!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw(url: bool = False) -> str:
    """What staff pick: a brand or strain, a year or 420, a symbol."""
    r = _rng()
    base = r.choice(BRANDS + ["OGKush", "GreenCrack", "GirlScout", "WeddingCake", "Gelato"])
    return base + r.choice(["420", "2023", "2024", "710", str(r.randint(1, 99))]) + r.choice("!*." if url else "!#$@.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    value = "".join(r.choice(HEX) for _ in range(n))
    return value.upper() if upper else value


def uppers(n: int, alphabet: str = UPPER) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.randrange(256) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64key(n: int = 32) -> str:
    return base64.b64encode(rbytes(n)).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def metrc_key() -> str:
    return mixed(48)


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rbytes(32))}"


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + uppers(8) + "/B" + uppers(10) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def discord_webhook() -> str:
    r = _rng()
    token = "".join(r.choice(ALNUM + "_-") for _ in range(68))
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/{token}"


def teams_webhook() -> str:
    return (f"https://greenleafco.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(43)}")


def zapier_hook() -> str:
    r = _rng()
    return f"https://hooks.zapier.com/hooks/catch/{r.randint(1000000, 9999999)}/{''.join(r.choice(string.ascii_lowercase + string.digits) for _ in range(6))}/"


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def klaviyo_private() -> str:
    return "pk_" + hexs(34)


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "_-") for _ in range(35))


def mapbox_token(kind: str, user: str) -> str:
    claims = b64url(json.dumps({"u": user, "a": "cl" + uppers(23, string.ascii_lowercase + string.digits)},
                               separators=(",", ":")).encode())
    return f"{kind}.{claims}.{mixed(22)}"


def grafana_token() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def influx_token() -> str:
    return base64.urlsafe_b64encode(rbytes(64)).decode()


def twilio_token() -> str:
    return hexs(32)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def ttn_key() -> str:
    return "NNSXS." + uppers(39, B32) + "." + uppers(52, B32)


def fcm_server_key() -> str:
    r = _rng()
    return "AAAA" + "".join(r.choice(ALNUM) for _ in range(7)) + ":APA91b" + "".join(r.choice(ALNUM + "_-") for _ in range(134))


def auth0_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "_-") for _ in range(64))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def cert_pem() -> str:
    r = _rng()
    lines = ["MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60))]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(kind: str = "ssh-ed25519") -> str:
    if kind == "ssh-ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + mixed(43)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + mixed(350)


def metrc_tag(prefix: str = "1A40603000") -> str:
    return prefix + uppers(24 - len(prefix), "0123456789ABCDEF")


def fill(template: str, **values: str) -> str:
    text = template
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert not re.search(r"@@[a-z0-9_]+@@", text), text
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, template: str, secret: Optional[str] = None, **values: str) -> None:
    """One case: `template` with its @@name@@ slots filled; a case without a secret is a decoy."""
    text = fill(template, **values)
    CASES.append(LabelledCase(f"blind-de/{category}", file_name, text.lstrip("\n"), secret,
                              source))


METRC = "Metrc API docs (api-ca.metrc.com/Documentation): HTTP Basic, software vendor key : user key"

# ---------------------------------------------------------------- secrets: state traceability (Metrc)

v = metrc_key()
add("python/metrc", "compliance/metrc/client.py", METRC, '''
"""Thin Metrc client used by the nightly reconciliation and the POS sale push."""
import os

import requests

# Software vendor key issued to Greenleaf Tech by Metrc after the validation sandbox (CA).
VENDOR_KEY = "@@v@@"
BASE_URL = os.environ.get("METRC_BASE_URL", "https://api-ca.metrc.com")


class MetrcClient:
    def __init__(self, user_key: str, license_number: str, timeout: int = 30):
        self.session = requests.Session()
        self.session.auth = (VENDOR_KEY, user_key)
        self.license = license_number
        self.timeout = timeout

    def _get(self, path: str, **params):
        params["licenseNumber"] = self.license
        resp = self.session.get(f"{BASE_URL}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def active_packages(self, start: str, end: str):
        return self._get("/packages/v2/active", lastModifiedStart=start, lastModifiedEnd=end)

    def post_receipts(self, receipts: list):
        url = f"{BASE_URL}/sales/v2/receipts"
        resp = self.session.post(url, params={"licenseNumber": self.license}, json=receipts,
                                 timeout=self.timeout)
        resp.raise_for_status()
''', v, v=v)

v = metrc_key()
add("yaml/metrc", "config/settings.production.yml", METRC, '''
app:
  name: canopy-sync
  timezone: America/Los_Angeles
  log_level: info

metrc:
  base_url: https://api-ca.metrc.com
  vendor_key: ${METRC_VENDOR_KEY}
  # user key of the compliance manager account (Jessica R.) for C10-0000774-LIC
  user_key: @@v@@
  license_number: C10-0000774-LIC
  page_size: 20
  retry:
    attempts: 4
    backoff_seconds: 15

schedule:
  packages: "*/15 * * * *"
  sales_receipts: "5 * * * *"
  transfers: "0 */2 * * *"
''', v, v=v)

v = metrc_key()
tok = b64(metrc_key() + ":" + v)
add("shell/metrc", "scripts/metrc_smoke_test.sh", METRC, '''
#!/usr/bin/env bash
# Quick check that our Metrc credentials still work after the quarterly key rotation.
# Usage: ./scripts/metrc_smoke_test.sh [license]
set -euo pipefail

LICENSE="${1:-402R-00458}"
API="https://api-co.metrc.com"
AUTH="Basic @@tok@@"

echo "== facilities"
curl -sS -H "Authorization: ${AUTH}" "${API}/facilities/v2/" | jq '.[].License.Number'

echo "== active packages for ${LICENSE}"
curl -sS -H "Authorization: ${AUTH}" \\
  "${API}/packages/v2/active?licenseNumber=${LICENSE}&pageNumber=1&pageSize=5" | jq '.Data | length'

echo "== units of measure"
curl -sS -H "Authorization: ${AUTH}" "${API}/unitsofmeasure/v2/active" | jq -r '.[].Name'
''', tok, tok=tok)

v = metrc_key()
add("env/metrc", ".env", METRC, '''
# canopy-sync local settings -- DO NOT COMMIT (see .env.example)
NODE_ENV=development
PORT=4100
DATABASE_URL=postgres://canopy:canopy@localhost:5432/canopy_dev
METRC_BASE_URL=https://sandbox-api-mi.metrc.com
METRC_VENDOR_KEY=
METRC_USER_KEY=@@v@@
METRC_LICENSE=PC-000412
LOG_FORMAT=pretty
SYNC_INTERVAL_MINUTES=10
''', v, v=v)

v = metrc_key()
add("json/metrc", "postman/Metrc-MA.postman_environment.json", "Postman docs: environment export format (values, enabled, type)", '''
{
  "id": "5b8f2d7e-6a1c-4c8e-9a57-1f0e3c2b9d44",
  "name": "Metrc MA - production",
  "values": [
    { "key": "baseUrl", "value": "https://api-ma.metrc.com", "type": "default", "enabled": true },
    { "key": "licenseNumber", "value": "MR281734", "type": "default", "enabled": true },
    { "key": "vendorKey", "value": "", "type": "secret", "enabled": true },
    { "key": "userKey", "value": "@@v@@", "type": "secret", "enabled": true },
    { "key": "lastModifiedStart", "value": "2024-03-01T00:00:00Z", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-18T16:02:11.402Z",
  "_postman_exported_using": "Postman/10.24.7"
}
''', v, v=v)

v = metrc_key()
add("k8s-secret/metrc", "deploy/k8s/metrc-credentials.yaml", "Kubernetes docs: Secret (data values are base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: metrc-credentials
  namespace: compliance
  labels:
    app.kubernetes.io/name: metrc-sync
    app.kubernetes.io/part-of: seed-to-sale
type: Opaque
data:
  METRC_LICENSE: @@lic@@
  METRC_VENDOR_KEY: @@vk@@
''', v, lic=b64("C11-0001288-LIC"), vk=b64(v))

v = metrc_key()
add("csharp/metrc", "src/Greenleaf.Compliance/MetrcOptions.cs", "Metrc API docs; .NET options pattern", '''
namespace Greenleaf.Compliance;

public sealed class MetrcOptions
{
    public const string Section = "Metrc";

    public string BaseUrl { get; set; } = "https://api-ok.metrc.com";

    // TODO(kev): move to Key Vault before go-live, hardcoded for the OMMA pilot
    public string VendorKey { get; set; } = "@@v@@";

    public string UserKey { get; set; } = string.Empty;

    public string LicenseNumber { get; set; } = "GAAA-XXXX-0042";

    public int PageSize { get; set; } = 20;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(45);
}
''', v, v=v)

v = metrc_key()
add("notebook/metrc", "analysis/inventory_variance_2024Q1.ipynb", "Jupyter nbformat 4 (notebook JSON)", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Q1 inventory variance: POS vs Metrc\\n", "Pull active packages and compare to Treez on-hand."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "import requests\\n",
    "\\n",
    "VENDOR = os.environ['METRC_VENDOR_KEY']\\n",
    "USER = '@@v@@'\\n",
    "LIC = 'C10-0000774-LIC'\\n",
    "r = requests.get('https://api-ca.metrc.com/packages/v2/active', auth=(VENDOR, USER),\\n",
    "                 params={'licenseNumber': LIC, 'lastModifiedStart': '2024-01-01'})\\n",
    "pkgs = pd.json_normalize(r.json()['Data'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["412 active packages\\n"]}],
   "source": ["print(f'{len(pkgs)} active packages')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.6"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', v, v=v)

v = b64(metrc_key() + ":" + metrc_key())
add("nginx/metrc", "deploy/nginx/metrc-proxy.conf", "nginx docs: ngx_http_proxy_module (proxy_set_header)", '''
# Internal egress proxy: POS terminals call http://metrc-proxy.internal/ and never see the keys.
upstream metrc_or {
    server api-or.metrc.com:443;
    keepalive 8;
}

server {
    listen 8080;
    server_name metrc-proxy.internal;

    access_log /var/log/nginx/metrc_proxy.log main;
    allow 10.20.0.0/16;
    deny all;

    location / {
        proxy_pass https://metrc_or;
        proxy_ssl_server_name on;
        proxy_set_header Host api-or.metrc.com;
        proxy_set_header Authorization "Basic @@v@@";
        proxy_set_header Connection "";
        proxy_http_version 1.1;
        proxy_read_timeout 120s;
    }
}
''', v, v=v)

v = metrc_key()
add("typescript/metrc", "packages/metrc-sdk/src/config.ts", METRC, '''
export interface MetrcConfig {
  baseUrl: string;
  vendorKey: string;
  userKey: string;
  licenseNumber: string;
}

const states: Record<string, string> = {
  CA: 'https://api-ca.metrc.com',
  MI: 'https://api-mi.metrc.com',
  MO: 'https://api-mo.metrc.com',
};

export const metrcConfig: MetrcConfig = {
  baseUrl: states[process.env.METRC_STATE ?? 'MO'],
  vendorKey: '@@a@@' +
    '@@b@@',
  userKey: process.env.METRC_USER_KEY ?? '',
  licenseNumber: process.env.METRC_LICENSE ?? 'MAN000123',
};
''', v, a=v[:24], b=v[24:])

v = metrc_key()
add("markdown/metrc", "docs/runbooks/metrc-outage.md", "Team runbook (Markdown) around the Metrc API", '''
# Runbook: Metrc API outage or 401s

Metrc posts incidents at https://status.metrc.com. If the status page is green and we still get
`401 Unauthorized`, the user key was probably regenerated by the compliance manager.

## Re-issue steps
1. Log in to the Metrc web UI as the compliance manager for `C12-0000316-LIC`.
2. Profile -> API Keys -> *Generate*. Copy the key.
3. Update the `metrc-user-key` secret in AWS Secrets Manager (`prod/compliance/metrc`).

## Current keys (CA retail, updated 2024-02-12)
- vendor key: stored in 1Password "Metrc vendor"
- user key (compliance@): `@@v@@`

## Manual receipt backfill
```
python -m canopy.backfill --from 2024-02-10 --to 2024-02-12 --license C12-0000316-LIC
```
''', v, v=v)

# ---------------------------------------------------------------- secrets: BioTrack, Leaf Data, CCRS

pw = words_pw()
add("python/biotrack", "integrations/biotrack/session.py", "BioTrackTHC API v4 docs: serverjson.asp login action", '''
import json
import logging

import requests

log = logging.getLogger(__name__)

BIOTRACK_URL = "https://mcp-tracking.nmhealth.org/serverjson.asp"
LOGIN = {
    "API": "4.0",
    "action": "login",
    "license_number": "NMRP-2019-0042",
    "username": "integration@sweetwaterfarms.com",
    "password": "@@pw@@",
    "training": "0",
}


def open_session() -> str:
    resp = requests.post(BIOTRACK_URL, data=json.dumps(LOGIN), timeout=60,
                         headers={"Content-Type": "text/JSON"})
    body = resp.json()
    if body.get("success") != 1:
        log.error("BioTrack login failed: %s", body.get("error"))
        raise RuntimeError("biotrack login")
    return body["sessionid"]
''', pw, pw=pw)

pw = human_pw()
add("xml/biotrack", "PosBridge/App.config", "Microsoft docs: appSettings in App.config", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="BioTrackUrl" value="https://wslcb.biotrackthc.net/serverjson.asp" />
    <add key="BioTrackLicense" value="412345" />
    <add key="BioTrackUser" value="frontdesk@emeraldgate.com" />
    <add key="BioTrackPassword" value="@@pw@@" />
    <add key="BioTrackTraining" value="false" />
    <add key="SyncIntervalSeconds" value="300" />
    <add key="ReceiptPrinter" value="EPSON TM-T88VI" />
  </appSettings>
</configuration>
''', pw, pw=pw)

v = mixed(32)
add("php/leafdata", "wp-content/plugins/gl-leaf-sync/includes/class-leaf-client.php", "Leaf Data Systems API (WA): x-mjf-mme-code and x-mjf-key headers", '''
<?php
/**
 * Leaf Data Systems client for the WooCommerce menu sync.
 */
defined( 'ABSPATH' ) || exit;

class GL_Leaf_Client {
    const BASE = 'https://traceability.lcb.wa.gov/api/v1';
    const MME_CODE = 'R412345';
    const API_KEY = '@@v@@';

    public function inventories( $page = 1 ) {
        $response = wp_remote_get( self::BASE . '/inventories?page=' . intval( $page ), array(
            'headers' => array(
                'x-mjf-mme-code' => self::MME_CODE,
                'x-mjf-key'      => self::API_KEY,
                'Content-Type'   => 'application/json',
            ),
            'timeout' => 45,
        ) );
        if ( is_wp_error( $response ) ) {
            return array();
        }
        return json_decode( wp_remote_retrieve_body( $response ), true );
    }
}
''', v, v=v)

pw = words_pw()
add("python/ccrs", "reporting/ccrs_upload.py", "WSLCB CCRS: CSV uploads through the SecureAccess Washington account", '''
"""Upload the weekly CCRS inventory and sale CSVs for license 412345."""
from datetime import date
from pathlib import Path

from playwright.sync_api import sync_playwright

SAW_USER = "ops.emeraldgate"
SAW_PASSWORD = "@@pw@@"
OUT_DIR = Path("/srv/ccrs/out")


def upload(files):
    with sync_playwright() as p:
        browser = p.chromium.launch()
        page = browser.new_page()
        page.goto("https://secureaccess.wa.gov/myAccess/saw/select.do")
        page.fill("#username", SAW_USER)
        page.fill("#password", SAW_PASSWORD)
        page.click("text=Submit")
        page.click("text=Cannabis Central Reporting System")
        for f in files:
            page.set_input_files("input[type=file]", str(f))
            page.click("text=Upload")
        browser.close()


if __name__ == "__main__":
    stamp = date.today().strftime("%Y%m%d")
    upload(sorted(OUT_DIR.glob(f"*_{stamp}*.csv")))
''', pw, pw=pw)

# ---------------------------------------------------------------- secrets: POS and menus

v = mixed(40)
add("python/treez", "pos/treez/auth.py", "Treez API v2 docs: /config/api/gettokens with client_id and apikey", '''
import time

import requests

DISPENSARY = "canopyrow"
TREEZ_CLIENT_ID = "9f3c2a1e7b"
TREEZ_API_KEY = "@@v@@"
_TOKEN = {"value": None, "expires": 0}


def access_token() -> str:
    if _TOKEN["value"] and _TOKEN["expires"] > time.time() + 60:
        return _TOKEN["value"]
    resp = requests.post(
        f"https://api.treez.io/v2.0/dispensary/{DISPENSARY}/config/api/gettokens",
        data={"client_id": TREEZ_CLIENT_ID, "apikey": TREEZ_API_KEY},
        timeout=20,
    )
    resp.raise_for_status()
    data = resp.json()["resultData"]
    _TOKEN.update(value=data["access_token"], expires=time.time() + int(data["expires_in"]))
    return _TOKEN["value"]
''', v, v=v)

v = mixed(40)
add("k8s-secret/treez", "deploy/overlays/prod/treez-secret.yaml", "Kubernetes docs: Secret stringData", '''
apiVersion: v1
kind: Secret
metadata:
  name: treez-api
  namespace: menu-sync
type: Opaque
stringData:
  TREEZ_DISPENSARY: canopyrow
  TREEZ_CLIENT_ID: 9f3c2a1e7b
  TREEZ_API_KEY: "@@v@@"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: menu-sync-config
  namespace: menu-sync
data:
  SYNC_CRON: "*/5 * * * *"
  MENU_TARGETS: "weedmaps,leafly,website"
''', v, v=v)

v = mixed(40)
add("javascript/flowhub", "src/lib/flowhub.js", "Flowhub API docs: clientId and key headers", '''
const axios = require('axios');

// Flowhub location: Sweetwater - Grand Rapids
const flowhub = axios.create({
  baseURL: 'https://api.flowhub.co',
  timeout: 15000,
  headers: {
    clientId: '@@cid@@',
    key: '@@v@@',
    Accept: 'application/json',
  },
});

async function inventory(locationId) {
  const { data } = await flowhub.get(`/v0/locations/${locationId}/Analytics`);
  return data.data;
}

async function customers(page = 1) {
  const { data } = await flowhub.get('/v1/customers/', { params: { page, pageSize: 100 } });
  return data;
}

module.exports = { inventory, customers };
''', v, v=v, cid=uuid_s())

v = hexs(32)
tok = b64(v + ":")
add("python/dutchie", "etl/dutchie_pos.py", "Dutchie POS API docs: HTTP Basic with the location API key as user name", '''
"""Pull closed transactions from Dutchie POS into the warehouse."""
import datetime as dt

import requests

API = "https://api.pos.dutchie.com"
HEADERS = {
    "Accept": "application/json",
    "Authorization": "Basic @@tok@@",
}


def transactions(day: dt.date):
    params = {
        "FromDateUTC": f"{day.isoformat()}T00:00:00Z",
        "ToDateUTC": f"{(day + dt.timedelta(days=1)).isoformat()}T00:00:00Z",
        "IncludeDetail": "true",
    }
    r = requests.get(f"{API}/reporting/transactions", headers=HEADERS, params=params, timeout=120)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    rows = transactions(dt.date.today() - dt.timedelta(days=1))
    print(len(rows), "transactions")
''', tok, tok=tok)

v = hexs(32)
add("env/dutchie", "apps/storefront/.env.production", "Next.js docs: .env.production", '''
NEXT_PUBLIC_SITE_URL=https://shop.highdesertprovisions.com
NEXT_PUBLIC_RETAILER_ID=6a1f0c2e9b7d4e33a8c51f02
NEXT_PUBLIC_GA_ID=G-7QK2M4XB1R
DUTCHIE_PLUS_ENDPOINT=https://plus.dutchie.com/plus/2021-07/graphql
DUTCHIE_PLUS_API_KEY=@@v@@
AGE_GATE_MIN_AGE=21
REVALIDATE_SECONDS=60
''', v, v=v)

v = hexs(32)
add("java/blaze", "src/main/java/com/canopyrow/pos/BlazeClient.java", "BLAZE partner API: partner_key and Authorization headers", '''
package com.canopyrow.pos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class BlazeClient {
    private static final String BASE = "https://api.blaze.me/api/v1/partner";
    private static final String PARTNER_KEY = System.getenv("BLAZE_PARTNER_KEY");
    private static final String API_KEY = "@@v@@";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    public String products(int start, int limit) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + "/products?start=" + start + "&limit=" + limit))
                .header("partner_key", PARTNER_KEY)
                .header("Authorization", API_KEY)
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', v, v=v)

v = mixed(32)
add("json/cova", "src/Cova.Sync/appsettings.Production.json", "Cova (iQmetrix) API: OAuth2 password grant at accounts.iqmetrix.net", '''
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Cova": {
    "TokenUrl": "https://accounts.iqmetrix.net/v1/oauth2/token",
    "ApiBase": "https://api.covasoft.net",
    "CompanyId": 104528,
    "ClientId": "GreenleafIntegration",
    "ClientSecret": "@@v@@",
    "Username": "api.greenleaf@covasoft.net",
    "Password": ""
  },
  "Schedule": { "InventoryMinutes": 10, "SalesMinutes": 5 }
}
''', v, v=v)

pw = human_pw()
add("csharp/cova", "src/Cova.Sync/CovaTokenProvider.cs", "Cova (iQmetrix) API: OAuth2 password grant", '''
using System.Net.Http;
using System.Net.Http.Json;

namespace Cova.Sync;

public class CovaTokenProvider
{
    private readonly HttpClient _http;

    public CovaTokenProvider(HttpClient http) => _http = http;

    public async Task<string> GetTokenAsync()
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "GreenleafIntegration",
            ["client_secret"] = Environment.GetEnvironmentVariable("COVA_CLIENT_SECRET")!,
            ["username"] = "api.greenleaf@covasoft.net",
            ["password"] = "@@pw@@",
        };
        var resp = await _http.PostAsync("https://accounts.iqmetrix.net/v1/oauth2/token",
            new FormUrlEncodedContent(form));
        resp.EnsureSuccessStatusCode();
        var body = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return body!["access_token"].ToString()!;
    }
}
''', pw, pw=pw)

v = hexs(64)
add("ruby/weedmaps", "config/initializers/weedmaps.rb", "Weedmaps API: OAuth client credentials at api-g.weedmaps.com", '''
# frozen_string_literal: true

Weedmaps.configure do |config|
  config.base_url      = "https://api-g.weedmaps.com"
  config.client_id     = "c7e1a0b5-2f4d-4a8e-9c3b-0d6e5f4a3b21"
  config.client_secret = "@@v@@"
  config.listing_slug  = "canopy-row-portland"
  config.timeout       = 20
  config.logger        = Rails.logger
end
''', v, v=v)

v = hexs(32)
add("python/leafly", "menu_sync/targets/leafly.py", "Leafly API: app_id and app_key headers", '''
import requests

from menu_sync.models import MenuItem

LEAFLY = "https://api.leafly.com/v2"
HEADERS = {
    "app_id": "7d21c0f4",
    "app_key": "@@v@@",
    "Content-Type": "application/json",
}


def push_menu(items: list[MenuItem], dispensary_slug: str = "emerald-gate-tacoma") -> None:
    payload = [item.to_leafly() for item in items if item.in_stock]
    r = requests.put(f"{LEAFLY}/dispensaries/{dispensary_slug}/menu", json=payload,
                     headers=HEADERS, timeout=30)
    r.raise_for_status()
''', v, v=v)

v = mixed(36)
add("yaml/springbig", "config/loyalty.yaml", "Springbig API: AUTH-TOKEN header", '''
loyalty:
  provider: springbig
  base_url: https://api.springbig.technology/v1
  pos_type: treez
  location_id: 4312
  auth_token: @@v@@
  points_per_dollar: 1
  tiers:
    - name: Seedling
      min_points: 0
    - name: Sprout
      min_points: 500
    - name: Full Bloom
      min_points: 1500
sms:
  opt_in_keyword: GREEN
  quiet_hours: "21:00-09:00"
''', v, v=v)

v = hexs(40)
add("javascript/alpineiq", "functions/alpine-sync/index.js", "Alpine IQ API: X-APIKEY header, user id path", '''
const fetch = require('node-fetch');

const ALPINE_UID = '2174';
const ALPINE_KEY = '@@v@@';

exports.handler = async (event) => {
  const order = JSON.parse(event.body);
  const res = await fetch(`https://lab.alpineiq.com/api/v1.1/piiSync/${ALPINE_UID}`, {
    method: 'POST',
    headers: { 'X-APIKEY': ALPINE_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      mobilePhone: order.customer.phone,
      email: order.customer.email,
      loyalty: true,
      storeName: 'High Desert - Albuquerque',
    }),
  });
  return { statusCode: res.status, body: await res.text() };
};
''', v, v=v)

v = hexs(40)
add("toml/headset", ".streamlit/secrets.toml", "Streamlit docs: secrets.toml", '''
# Streamlit secrets for the buyer dashboard (category velocity, Headset market data)
[headset]
api_url = "https://api.headset.io/v1"
api_key = "@@v@@"
market = "WA"

[warehouse]
host = "analytics.internal"
port = 5432
database = "canopy"
user = "dash_ro"
password = ""
''', v, v=v)

v = jwt({"sub": "integration", "org": "sweetwater", "scope": "inventory orders", "iat": 1704067200})
add("python/distru", "wholesale/distru_orders.py", "Distru API docs: Bearer API key", '''
import os

import httpx

DISTRU_URL = "https://app.distru.com/public/v1"
DISTRU_TOKEN = (
    "@@a@@"
    "@@b@@"
)


def open_orders():
    with httpx.Client(base_url=DISTRU_URL, headers={"Authorization": f"Bearer {DISTRU_TOKEN}"}) as c:
        r = c.get("/orders", params={"status": "Submitted"})
        r.raise_for_status()
        return r.json()["data"]


if __name__ == "__main__":
    for order in open_orders():
        print(order["id"], order["customer"]["name"], order["total"])
''', v, a=v[:60], b=v[60:])

# ---------------------------------------------------------------- secrets: payments, tax, e-commerce

v = mixed(48)
add("env/aeropay", "services/payments/.env.staging", "Aeropay API docs: api_key and api_secret", '''
SERVICE_NAME=payments
AEROPAY_ENV=staging
AEROPAY_BASE_URL=https://staging-api.aeropay.com
AEROPAY_API_KEY=ak_gl_7f3e91c2
AEROPAY_API_SECRET=@@v@@
AEROPAY_MERCHANT_ID=1187
CANPAY_ENABLED=false
REDIS_URL=redis://redis:6379/2
''', v, v=v)

v = mixed(32)
add("php/canpay", "app/Services/CanPayService.php", "CanPay API: app key and api secret per merchant", '''
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class CanPayService
{
    private string $base = 'https://api.canpaydebit.com/v1';
    private string $appKey = 'hdp_albuquerque';
    private string $apiSecret = '@@v@@';

    public function intent(int $cents, string $orderId): array
    {
        return Http::withHeaders([
            'X-App-Key' => $this->appKey,
            'X-Api-Secret' => $this->apiSecret,
        ])->post("{$this->base}/payment-intents", [
            'amount' => $cents,
            'reference' => $orderId,
            'merchant_id' => 3321,
        ])->throw()->json();
    }
}
''', v, v=v)

v = hexs(16, upper=True)
add("ini/avalara", "config/tax.ini", "Avalara AvaTax REST: account id and license key", '''
; Cannabis excise and sales tax (AvaTax for Communications is not used)
[avatax]
environment = production
account_id = 2001234567
license_key = @@v@@
company_code = HIGHDESERT
app_name = hdp-pos-bridge
app_version = 3.2.1

[excise]
nm_cannabis_excise_rate = 0.12
apply_to = recreational
''', v, v=v)

v = "cs_" + hexs(40)
add("php/woocommerce", "scripts/sync-cbd-store.php", "WooCommerce REST API docs: consumer key and consumer secret", '''
<?php
// Sync hemp-CBD accessories from the Distru catalog to the WooCommerce store.
require __DIR__ . '/../vendor/autoload.php';

use Automattic\\WooCommerce\\Client;

$woocommerce = new Client(
    'https://shop.sweetwaterhemp.com',
    'ck_@@ck@@',
    '@@v@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$products = json_decode(file_get_contents(__DIR__ . '/../var/catalog.json'), true);
foreach ($products as $p) {
    $woocommerce->post('products', [
        'name' => $p['name'],
        'sku' => $p['sku'],
        'regular_price' => (string) $p['price'],
        'stock_quantity' => $p['qty'],
    ]);
}
''', v, v=v, ck=hexs(40))

v = "shpat_" + hexs(32)
add("yaml/shopify", ".github/workflows/merch-sync.yml", "GitHub Actions docs: workflow syntax; Shopify Admin API access token", '''
name: merch-sync
on:
  schedule:
    - cron: "17 6 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SHOPIFY_STORE: canopy-row-merch.myshopify.com
      SHOPIFY_ADMIN_TOKEN: @@v@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/merch_sync.py --apparel --glassware
''', v, v=v)

v = fakes.fake("sk_live_", 24, _seed())
add("python/stripe", "merch/payments.py", "Stripe API docs: secret keys (sk_live_)", '''
"""Checkout for the hemp/merch web shop only -- THC products are cash/debit in store."""
import stripe

stripe.api_key = "@@v@@"
stripe.api_version = "2023-10-16"


def checkout_session(cart, success_url, cancel_url):
    line_items = [
        {"price": item.stripe_price_id, "quantity": item.qty}
        for item in cart.items
        if not item.contains_thc
    ]
    return stripe.checkout.Session.create(
        mode="payment",
        line_items=line_items,
        success_url=success_url,
        cancel_url=cancel_url,
        shipping_address_collection={"allowed_countries": ["US"]},
    )
''', v, v=v)

# ---------------------------------------------------------------- secrets: delivery and routing

v = hexs(32)
add("python/onfleet", "delivery/dispatch.py", "Onfleet API docs: HTTP Basic with the API key as user name", '''
"""Create Onfleet tasks for delivery orders once the manifest is printed."""
from onfleet import Onfleet

from delivery.models import DeliveryOrder

ONFLEET_API_KEY = "@@v@@"
client = Onfleet(api_key=ONFLEET_API_KEY)


def dispatch(order: DeliveryOrder) -> str:
    task = client.tasks.create(body={
        "destination": {"address": {"unparsed": order.address}},
        "recipients": [{"name": order.customer_name, "phone": order.phone}],
        "notes": f"Manifest {order.manifest_number} - check ID (21+) at door",
        "requirements": {"photo": False, "signature": True, "minimumAge": 21},
        "completeAfter": order.window_start_ms,
        "completeBefore": order.window_end_ms,
    })
    return task["id"]
''', v, v=v)

v = hexs(32)
add("docker-compose/onfleet", "docker-compose.yml", "Compose file reference: environment", '''
services:
  api:
    build: ./api
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgres://delivery:delivery@db:5432/delivery
      ONFLEET_API_KEY: @@v@@
      ONFLEET_WEBHOOK_PATH: /hooks/onfleet
      MANIFEST_PRINTER: http://printer.local:631
    depends_on:
      - db
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: delivery
      POSTGRES_PASSWORD: delivery
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
''', v, v=v)

v = "samsara_api_" + mixed(30)
add("go/samsara", "cmd/fleetwatch/main.go", "Samsara API docs: Bearer API token", '''
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"
)

const samsaraToken = "@@v@@"

// Delivery vans must stay on the manifest route (state transport rules); poll GPS every minute.
func main() {
	client := &http.Client{Timeout: 15 * time.Second}
	for range time.Tick(time.Minute) {
		req, _ := http.NewRequest("GET", "https://api.samsara.com/fleet/vehicles/locations", nil)
		req.Header.Set("Authorization", "Bearer "+samsaraToken)
		resp, err := client.Do(req)
		if err != nil {
			log.Printf("samsara: %v", err)
			continue
		}
		var body map[string]any
		_ = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		checkGeofence(body)
	}
}
''', v, v=v)

v = mapbox_token("sk", "greenroute")
add("properties/mapbox", "driver-app/android/local.properties", "Mapbox Maps SDK for Android docs: secret downloads token (sk.) kept out of the build files", '''
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
sdk.dir=/Users/marisol/Library/Android/sdk
MAPBOX_DOWNLOADS_TOKEN=@@v@@
mapbox.nav.version=2.17.8
''', v, v=v)

v = google_key()
add("python/googlemaps", "delivery/routing.py", "Google Maps Platform: Distance Matrix API key parameter", '''
import googlemaps

# server key (IP-restricted to the dispatch box)
gmaps = googlemaps.Client(key="@@v@@")

STORE = "1420 Central Ave SE, Albuquerque, NM 87106"
MAX_DRIVE_MINUTES = 45


def eta_minutes(address: str) -> int:
    result = gmaps.distance_matrix(origins=[STORE], destinations=[address], mode="driving",
                                   departure_time="now")
    element = result["rows"][0]["elements"][0]
    if element["status"] != "OK":
        raise ValueError(element["status"])
    return element["duration_in_traffic"]["value"] // 60


def deliverable(address: str) -> bool:
    return eta_minutes(address) <= MAX_DRIVE_MINUTES
''', v, v=v)

v = mapbox_token("sk", "greenroute")
add("env/mapbox", "dispatch-web/.env.local", "Mapbox docs: secret tokens (sk.) for the Directions/Optimization API", '''
# local overrides for dispatch-web (git-ignored... mostly)
VITE_MAPBOX_STYLE=mapbox://styles/greenroute/clr0k2x9a00ab01qs3e4h5f6g
VITE_API_BASE=http://localhost:8000
VITE_STORE_ID=abq-central
MAPBOX_SECRET_TOKEN=@@v@@
OPTIMIZATION_PROFILE=mapbox/driving-traffic
''', v, v=v)

v = twilio_token()
add("python/twilio", "notifications/sms.py", "Twilio docs: Account SID and Auth Token", '''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@v@@"
FROM_NUMBER = "+15055550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def order_ready(phone: str, order_no: str, store: str) -> None:
    client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Your order {order_no} is ready for pickup at {store}. Bring a valid 21+ ID. Reply STOP to opt out.",
    )


def driver_en_route(phone: str, eta: int) -> None:
    client.messages.create(to=phone, from_=FROM_NUMBER,
                           body=f"Your driver is about {eta} min away. Have your ID ready.")
''', v, v=v, sid=twilio_sid())

v = mixed(32)
add("typescript/twilio", "src/notify/twilio.ts", "Twilio docs: API Key SID and API Key Secret", '''
import twilio from 'twilio';

const accountSid = process.env.TWILIO_ACCOUNT_SID!;
// API key "delivery-notify" created 2024-01-09 (SK…) - secret below
const apiKeySid = '@@sk@@';
const apiKeySecret = '@@v@@';

const client = twilio(apiKeySid, apiKeySecret, { accountSid });

export async function sendDeliveryCode(to: string, code: string): Promise<void> {
  await client.messages.create({
    to,
    messagingServiceSid: 'MG' + '4f1b9c0e2d7a46e8b3c5a19f0e6d2c71',
    body: `Canopy Row delivery: your handoff code is ${code}. Show ID matching your order.`,
  });
}
''', v, v=v, sk=twilio_sid("SK"))

v = fcm_server_key()
add("json/firebase", "driver-app/functions/config.json", "Firebase Cloud Messaging legacy server key", '''
{
  "project": "greenroute-drivers",
  "fcm": {
    "endpoint": "https://fcm.googleapis.com/fcm/send",
    "serverKey": "@@v@@",
    "topics": ["new-route", "route-changed"]
  },
  "dispatch": {
    "maxStops": 12,
    "manifestRequired": true
  }
}
''', v, v=v)

# ---------------------------------------------------------------- secrets: messaging and alerting

v = slack_webhook()
add("python/slack", "compliance/alerts.py", "Slack docs: incoming webhooks", '''
"""Post compliance alerts (Metrc sync failures, variance > 2 g) to #compliance-alerts."""
import json
import urllib.request

SLACK_WEBHOOK = "@@v@@"


def alert(title: str, detail: str, license_number: str) -> None:
    payload = {
        "text": f":rotating_light: {title}",
        "blocks": [
            {"type": "section", "text": {"type": "mrkdwn", "text": f"*{title}*\\n{detail}"}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": f"License `{license_number}`"}]},
        ],
    }
    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)
''', v, v=v)

v = slack_webhook()
add("yaml/slack", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs: slack_configs api_url", '''
global:
  resolve_timeout: 5m

route:
  receiver: grow-ops
  group_by: [alertname, room]
  group_wait: 30s
  repeat_interval: 2h
  routes:
    - matchers: [severity="page"]
      receiver: grow-ops

receivers:
  - name: grow-ops
    slack_configs:
      - api_url: @@v@@
        channel: "#flower-room-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} in {{ .CommonLabels.room }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
''', v, v=v)

v = slack_bot()
add("javascript/slack", "bots/budroom-bot/index.js", "Slack Bolt for JavaScript: bot token", '''
const { App } = require('@slack/bolt');

const app = new App({
  token: '@@v@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /harvest <room> -> posts the Metrc harvest batch and wet weight for that room
app.command('/harvest', async ({ command, ack, respond }) => {
  await ack();
  const room = command.text.trim() || 'F1';
  const batch = await require('./metrc').latestHarvest(room);
  await respond(`Room ${room}: ${batch.Name} - ${batch.CurrentWeight} ${batch.UnitOfWeightName}`);
});

(async () => {
  await app.start(process.env.PORT || 3000);
  console.log('budroom-bot running');
})();
''', v, v=v)

v = discord_webhook()
add("python/discord", "grow/notify_discord.py", "Discord docs: webhook execute", '''
import requests

WEBHOOK = "@@v@@"


def notify(room: str, metric: str, value: float, limit: float) -> None:
    requests.post(WEBHOOK, json={
        "username": "GrowBot",
        "content": f"**{room}** {metric} = {value:.1f} (limit {limit:.1f})",
    }, timeout=5)


if __name__ == "__main__":
    notify("Veg 2", "VPD kPa", 1.62, 1.4)
''', v, v=v)

v = teams_webhook()
add("powershell/teams", "ops/Send-ClosingReport.ps1", "Microsoft Teams docs: incoming webhook connector", '''
param(
    [string]$Store = "Emerald Gate - Tacoma",
    [string]$ReportPath = "C:\\POS\\Reports\\closing.csv"
)

$webhook = "@@v@@"

$rows = Import-Csv $ReportPath
$total = ($rows | Measure-Object -Property NetSales -Sum).Sum
$grams = ($rows | Measure-Object -Property FlowerGrams -Sum).Sum

$body = @{
    "@type"    = "MessageCard"
    "summary"  = "Closing report"
    "title"    = "Closing report - $Store"
    "text"     = "Net sales: {0:C}<br>Flower sold: {1:N1} g" -f $total, $grams
} | ConvertTo-Json

Invoke-RestMethod -Uri $webhook -Method Post -Body $body -ContentType "application/json"
''', v, v=v)

v = zapier_hook()
add("javascript/zapier", "src/forms/wholesale-inquiry.js", "Zapier docs: Webhooks by Zapier catch hook", '''
// Wholesale inquiry form on the B2B site -> Zapier -> HubSpot + #wholesale Slack
const ZAP_URL = '@@v@@';

export async function submitInquiry(form) {
  const payload = {
    company: form.company.value,
    license: form.license.value,       // buyer's state license number
    contact: form.contact.value,
    email: form.email.value,
    interest: [...form.querySelectorAll('input[name=sku]:checked')].map((el) => el.value),
  };
  const res = await fetch(ZAP_URL, { method: 'POST', body: JSON.stringify(payload) });
  if (!res.ok) throw new Error('zap failed');
}
''', v, v=v)

v = sendgrid_key()
add("yaml/sendgrid", "helm/order-mailer/values-prod.yaml", "SendGrid docs: API keys (SG.)", '''
replicaCount: 2

image:
  repository: ghcr.io/canopyrow/order-mailer
  tag: "1.8.3"

env:
  MAIL_FROM: "orders@canopyrow.com"
  MAIL_FROM_NAME: "Canopy Row"
  SENDGRID_API_KEY: "@@v@@"
  RECEIPT_TEMPLATE_ID: d-8b2e6f0c1a4d4f9e8c7b6a5d4e3f2a1b

resources:
  limits:
    cpu: 200m
    memory: 256Mi
''', v, v=v)

v = mailchimp_key()
add("python/mailchimp", "marketing/sync_audience.py", "Mailchimp Marketing API: API key with data-center suffix", '''
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@v@@", "server": "@@dc@@"})

LIST_ID = "4c1d9a7e2f"


def upsert(member):
    # Only 21+ customers who opted in at the POS are synced (state marketing rules).
    if not member.opted_in or member.age < 21:
        return
    client.lists.set_list_member(LIST_ID, member.email_hash, {
        "email_address": member.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": member.first_name, "STORE": member.home_store},
    })
''', v, v=v, dc=v.split("-")[1])

v = klaviyo_private()
add("env/klaviyo", "marketing/.env", "Klaviyo docs: private API keys (pk_)", '''
KLAVIYO_PUBLIC_KEY=Xk7P2q
KLAVIYO_PRIVATE_KEY=@@v@@
KLAVIYO_LIST_RECREATIONAL=Ua7Hb2
KLAVIYO_LIST_MEDICAL=Qw3Rt9
SEGMENT_WRITE_KEY=
''', v, v=v)

# ---------------------------------------------------------------- secrets: databases and reporting

pw = rand_pw(22)
add("yaml/snowflake", "analytics/dbt/profiles.yml", "dbt docs: Snowflake profile", '''
canopy:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xy12345.us-west-2
      user: DBT_SVC
      password: "@@pw@@"
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: CANOPY
      schema: MARTS
      threads: 8
      client_session_keep_alive: false
    dev:
      type: snowflake
      account: xy12345.us-west-2
      user: "{{ env_var('DBT_USER') }}"
      authenticator: externalbrowser
      role: ANALYST
      database: CANOPY_DEV
      warehouse: DEV_WH
      schema: "dbt_{{ env_var('DBT_USER') | lower }}"
''', pw, pw=pw)

pw = words_pw(url=True)
add("ini/postgres", "migrations/alembic.ini", "Alembic docs: sqlalchemy.url in alembic.ini", '''
[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = postgresql+psycopg2://seed2sale:@@pw@@@db.prod.internal:5432/seed2sale

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_alembic]
level = INFO
handlers =
qualname = alembic
''', pw, pw=pw)

pw = human_pw()
add("xml/mssql", "POS.Web/Web.config", "Microsoft docs: connectionStrings in Web.config", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="PosDb"
         connectionString="Server=POS-SQL01\\SQLEXPRESS;Database=DispensaryPOS;User Id=posapp;Password=@@pw@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="StoreLicense" value="C10-0000774-LIC" />
    <add key="PurchaseLimitOz" value="1.0" />
    <add key="ConcentrateLimitG" value="8" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', pw, pw=pw)

pw = rand_pw(18)
add("properties/postgres", "inventory-service/src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource.*", '''
server.port=8085
spring.application.name=inventory-service
spring.datasource.url=jdbc:postgresql://inventory-db.prod.internal:5432/inventory
spring.datasource.username=inventory_app
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
metrc.base-url=https://api-mi.metrc.com
metrc.license=AU-R-000512
management.endpoints.web.exposure.include=health,info,prometheus
''', pw, pw=pw)

pw = rand_pw(16)
add("crontab/postgres", "ops/cron/reporting.crontab", "crontab(5); PGPASSWORD environment variable (libpq)", '''
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=ops@sweetwaterfarms.com

# nightly compliance snapshot for the state audit binder
15 2 * * * PGPASSWORD='@@pw@@' pg_dump -h db.prod.internal -U reporting -Fc seed2sale > /backups/seed2sale_$(date +\\%F).dump
# weekly destruction log export (plant waste, 50/50 mix)
30 6 * * 1 /opt/reports/bin/waste_log.sh >> /var/log/waste_log.log 2>&1
# purge dumps older than 60 days
0 4 * * * find /backups -name 'seed2sale_*.dump' -mtime +60 -delete
''', pw, pw=pw)

pw = human_pw()
add("sql/postgres", "db/init/010_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", '''
-- Roles for the seed-to-sale database. Run once as superuser.
CREATE ROLE seed2sale_app LOGIN PASSWORD 'changeme-in-vault';
CREATE ROLE reporting LOGIN PASSWORD '@@pw@@';
CREATE ROLE readonly NOLOGIN;

GRANT CONNECT ON DATABASE seed2sale TO seed2sale_app, reporting;
GRANT USAGE ON SCHEMA trace TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA trace TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA trace GRANT SELECT ON TABLES TO reporting;

GRANT readonly TO reporting;
''', pw, pw=pw)

pw = words_pw()
add("sql/mssql", "db/pos/create_logins.sql", "SQL Server docs: CREATE LOGIN WITH PASSWORD", '''
USE [master];
GO
CREATE LOGIN [metrc_sync] WITH PASSWORD = N'@@pw@@',
    DEFAULT_DATABASE = [DispensaryPOS], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [DispensaryPOS];
GO
CREATE USER [metrc_sync] FOR LOGIN [metrc_sync];
ALTER ROLE [db_datareader] ADD MEMBER [metrc_sync];
GRANT EXECUTE ON SCHEMA::[sync] TO [metrc_sync];
GO
''', pw, pw=pw)

pw = rand_pw(24)
add("toml/postgres", "reporting/config.toml", "Application TOML config with a database URL", '''
[service]
name = "state-reporting"
timezone = "America/Denver"

[database]
url = "postgres://reporter:@@pw@@@reporting-db.internal:5432/compliance?sslmode=require"
pool_size = 5

[output]
dir = "/srv/reports"
formats = ["csv", "pdf"]

[metrc]
state = "CO"
licenses = ["402R-00458", "403-00611"]
''', pw, pw=pw)

pw = passphrase()
add("ini/mysql", "ops/backup/.my.cnf", "MySQL docs: option files, [client] password", '''
[client]
user=backup
password=@@pw@@
host=pos-mysql.internal
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
''', pw, pw=pw)

pw = rand_pw(20)
add("pgpass/postgres", "ops/.pgpass", "PostgreSQL docs: the password file (hostname:port:database:username:password)", '''
# hostname:port:database:username:password
db.prod.internal:5432:seed2sale:reporting:@@pw@@
db.prod.internal:5432:seed2sale:readonly:*
localhost:5432:*:postgres:postgres
reporting-db.internal:5432:compliance:reporter:*
localhost:5433:test_seed2sale:test:test
''', pw, pw=pw)

pw = words_pw(url=True)
add("python/mongodb", "grow/telemetry/store.py", "MongoDB docs: connection string URI", '''
from datetime import datetime, timezone

from pymongo import MongoClient

client = MongoClient("mongodb+srv://growdata:@@pw@@@cluster0.x7kqe.mongodb.net/?retryWrites=true&w=majority")
db = client["grow"]


def record(room: str, sensor: str, readings: dict) -> None:
    db.readings.insert_one({
        "room": room,
        "sensor": sensor,
        "ts": datetime.now(timezone.utc),
        **readings,
    })


def last_hour(room: str):
    return list(db.readings.find({"room": room}).sort("ts", -1).limit(60))
''', pw, pw=pw)

pw = rand_pw(20, "!#%")
add("hcl/postgres", "infra/terraform/envs/prod/terraform.tfvars", "Terraform docs: variable definitions (.tfvars)", '''
environment        = "prod"
region             = "us-west-2"
vpc_cidr           = "10.40.0.0/16"
db_instance_class  = "db.t4g.medium"
db_name            = "seed2sale"
db_username        = "s2s_admin"
db_password        = "@@pw@@"
backup_retention   = 30
# state rule: keep sales & inventory records 7 years -> glacier after 90 days
archive_after_days = 90
''', pw, pw=pw)

v = hexs(32)
add("hcl/datadog", "infra/terraform/monitoring/providers.tf", "Terraform Datadog provider docs: api_key, app_key", '''
terraform {
  required_providers {
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.36"
    }
  }
}

provider "datadog" {
  api_key = "@@v@@"
  app_key = var.datadog_app_key
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "metrc_sync_lag" {
  name    = "Metrc sync lag > 30m"
  type    = "metric alert"
  query   = "max(last_10m):max:canopy.metrc.sync_lag_minutes{env:prod} > 30"
  message = "Metrc sync is behind. @slack-compliance-alerts"
}
''', v, v=v)

# ---------------------------------------------------------------- secrets: grow-room sensors and controllers

pw = words_pw()
add("cpp/wifi", "firmware/room-sensor/src/secrets.h", "Arduino ESP32 WiFi library: WiFi.begin(ssid, password)", '''
#pragma once
// Flower room sensor nodes (SHT45 + SCD41). Keep out of git! (added to .gitignore in v0.4)

#define WIFI_SSID      "SWF-GrowNet"
#define WIFI_PASSWORD  "@@pw@@"

#define MQTT_HOST      "10.30.0.5"
#define MQTT_PORT      1883
#define MQTT_USER      "sensor"
#define MQTT_TOPIC     "grow/flower1/env"

#define REPORT_EVERY_MS 30000
''', pw, pw=pw)

pw = rand_pw(16)
add("cpp/mqtt", "firmware/irrigation-controller/irrigation.ino", "PubSubClient (Arduino MQTT) docs: connect(id, user, pass)", '''
#include <WiFi.h>
#include <PubSubClient.h>

const char* ssid = "SWF-GrowNet";
const char* wifiPass = WIFI_PASS;  // from build flags
const char* mqttServer = "10.30.0.5";

WiFiClient espClient;
PubSubClient mqtt(espClient);

const int VALVE_PINS[4] = {25, 26, 27, 14};

void reconnect() {
  while (!mqtt.connected()) {
    if (mqtt.connect("irrigation-veg2", "irrigation", "@@pw@@")) {
      mqtt.subscribe("grow/veg2/valves/#");
    } else {
      delay(5000);
    }
  }
}

void setup() {
  for (int pin : VALVE_PINS) pinMode(pin, OUTPUT);
  WiFi.begin(ssid, wifiPass);
  mqtt.setServer(mqttServer, 1883);
}

void loop() {
  if (!mqtt.connected()) reconnect();
  mqtt.loop();
}
''', pw, pw=pw)

v = mixed(32)
add("cpp/blynk", "firmware/dry-room/dry_room.ino", "Blynk IoT docs: BLYNK_TEMPLATE_ID and BLYNK_AUTH_TOKEN", '''
#define BLYNK_TEMPLATE_ID "TMPL2xQ8a7bYc"
#define BLYNK_TEMPLATE_NAME "Dry Room"
#define BLYNK_AUTH_TOKEN "@@v@@"

#include <WiFi.h>
#include <BlynkSimpleEsp32.h>
#include <DHT.h>

DHT dht(4, DHT22);
BlynkTimer timer;

void sendReadings() {
  float h = dht.readHumidity();
  float t = dht.readTemperature(true);
  // target: 60F / 60% RH for the slow dry
  Blynk.virtualWrite(V0, t);
  Blynk.virtualWrite(V1, h);
}

void setup() {
  dht.begin();
  Blynk.begin(BLYNK_AUTH_TOKEN, "SWF-GrowNet", getenv_pass());
  timer.setInterval(10000L, sendReadings);
}

void loop() {
  Blynk.run();
  timer.run();
}
''', v, v=v)

v = uppers(16)
add("python/thingspeak", "pi/co2_logger.py", "ThingSpeak docs: write API key", '''
#!/usr/bin/env python3
"""Log CO2 ppm from the SCD30 in Flower 3 to ThingSpeak channel 2291847 every minute."""
import time

import requests
from scd30_i2c import SCD30

WRITE_KEY = "@@v@@"
sensor = SCD30()
sensor.set_measurement_interval(2)
sensor.start_periodic_measurement()

while True:
    if sensor.get_data_ready():
        co2, temp_c, rh = sensor.read_measurement()
        requests.get("https://api.thingspeak.com/update",
                     params={"api_key": WRITE_KEY, "field1": round(co2), "field2": temp_c, "field3": rh},
                     timeout=10)
    time.sleep(60)
''', v, v=v)

v = hexs(40)
add("javascript/particle", "tools/flash-fleet.js", "Particle Cloud API docs: access tokens", '''
#!/usr/bin/env node
// Flash new firmware to every Boron in the greenhouse fleet.
const Particle = require('particle-api-js');

const particle = new Particle();
const TOKEN = '@@v@@';
const PRODUCT = 21874;

(async () => {
  const { body } = await particle.listDevices({ product: PRODUCT, auth: TOKEN });
  for (const dev of body.devices.filter((d) => d.groups.includes('greenhouse'))) {
    await particle.flashDevice({ deviceId: dev.id, product: PRODUCT, files: { 'firmware.bin': './build/firmware.bin' }, auth: TOKEN });
    console.log('flashed', dev.name);
  }
})();
''', v, v=v)

v = ttn_key()
add("python/ttn", "lorawan/uplink_consumer.py", "The Things Stack docs: API keys (NNSXS.) and MQTT integration", '''
"""Soil moisture probes in the outdoor hoop houses report over LoRaWAN (TTN)."""
import json

import paho.mqtt.client as mqtt

APP_ID = "swf-hoophouse-soil@ttn"
API_KEY = "@@v@@"


def on_message(client, userdata, msg):
    up = json.loads(msg.payload)
    fields = up["uplink_message"].get("decoded_payload", {})
    print(up["end_device_ids"]["device_id"], fields.get("vwc"), fields.get("soil_temp"))


client = mqtt.Client()
client.username_pw_set(APP_ID, API_KEY)
client.tls_set()
client.on_message = on_message
client.connect("nam1.cloud.thethings.network", 8883)
client.subscribe(f"v3/{APP_ID}/devices/+/up")
client.loop_forever()
''', v, v=v)

pw = rand_pw(20)
add("python/mqtt", "gateway/bridge.py", "paho-mqtt docs: username_pw_set", '''
import json
import logging

import paho.mqtt.client as mqtt
from influx import write_point

logging.basicConfig(level=logging.INFO)

BROKER = "mqtt.swf.local"


def on_connect(client, userdata, flags, rc):
    logging.info("connected rc=%s", rc)
    client.subscribe("grow/+/env")


def on_message(client, userdata, msg):
    room = msg.topic.split("/")[1]
    write_point(room, json.loads(msg.payload))


client = mqtt.Client(client_id="influx-bridge")
client.username_pw_set("bridge", "@@pw@@")
client.on_connect = on_connect
client.on_message = on_message
client.connect(BROKER, 1883, keepalive=60)
client.loop_forever()
''', pw, pw=pw)

pw = rand_pw(24)
add("conf/mosquitto", "mosquitto/conf.d/bridge-cloud.conf", "mosquitto.conf(5): bridge remote_username / remote_password", '''
# Bridge the on-site broker to the cloud broker so the ops dashboard sees every room.
connection swf-cloud
address broker.hivemq.cloud:8883
bridge_protocol_version mqttv311
bridge_capath /etc/ssl/certs
remote_clientid swf-site-bridge
remote_username swf-site
remote_password @@pw@@
topic grow/# out 1
topic cmd/# in 1
cleansession false
start_type automatic
restart_timeout 10 30
''', pw, pw=pw)

pw = human_pw()
add("json/nodered", "node-red/flows_cred.json", "Node-RED docs: credentials file (unencrypted when credentialSecret is false)", '''
{
    "4b6e1d2f.a9c3e8": {
        "user": "nodered",
        "password": "@@pw@@"
    },
    "7c2d9f0a.1b5e44": {
        "token": ""
    }
}
''', pw, pw=pw)

v = rand_pw(32)
add("javascript/nodered", "node-red/settings.js", "Node-RED docs: settings.js credentialSecret", '''
module.exports = {
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,

    // encrypts flows_cred.json
    credentialSecret: "@@v@@",

    flowFile: 'flows.json',
    flowFilePretty: true,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "grower",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },

    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
};
''', v, v=v)

pw = words_pw()
add("yaml/homeassistant", "homeassistant/secrets.yaml", "Home Assistant docs: storing secrets (secrets.yaml)", '''
# Home Assistant secrets - mother room + clone room automation
latitude: 45.5231
longitude: -122.6765
mqtt_password: @@pw@@
trolmaster_host: 10.30.0.40
ac_infinity_email: grow@canopyrow.com
''', pw, pw=pw)

v = jwt({"iss": hexs(32), "iat": 1706745600, "exp": 2022105600})
add("yaml/homeassistant", "homeassistant/packages/dashboard_rest.yaml", "Home Assistant docs: long-lived access tokens; RESTful command", '''
rest_command:
  notify_ops_dashboard:
    url: "http://ops.canopyrow.local:8123/api/services/notify/ops"
    method: POST
    headers:
      authorization: "Bearer @@v@@"
      content-type: "application/json"
    payload: '{"message": "{{ message }}"}'

automation:
  - alias: "Flower 1 RH high"
    trigger:
      - platform: numeric_state
        entity_id: sensor.flower1_humidity
        above: 62
        for: "00:10:00"
    action:
      - service: rest_command.notify_ops_dashboard
        data:
          message: "Flower 1 RH above 62% for 10 min"
''', v, v=v)

v = b64key(32)
add("yaml/esphome", "esphome/clone-room-node.yaml", "ESPHome docs: native API encryption key", '''
esphome:
  name: clone-room-node
  friendly_name: Clone Room Node

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "@@v@@"

ota:
  - platform: esphome
    password: !secret ota_password

i2c:
  sda: 21
  scl: 22

sensor:
  - platform: sht4x
    temperature:
      name: "Clone Dome Temperature"
    humidity:
      name: "Clone Dome Humidity"
    update_interval: 30s
''', v, v=v)

pw = passphrase()
add("yaml/zigbee2mqtt", "zigbee2mqtt/configuration.yaml", "Zigbee2MQTT docs: mqtt user/password in configuration.yaml", '''
homeassistant: true
permit_join: false
frontend:
  port: 8080
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://10.30.0.5:1883
  user: z2m
  password: @@pw@@
serial:
  port: /dev/ttyUSB0
advanced:
  log_level: warning
  channel: 25
devices:
  '0x00158d0008a1b2c3':
    friendly_name: flower2_door_contact
  '0x00158d0008a1b2d4':
    friendly_name: vault_door_contact
''', pw, pw=pw)

v = influx_token()
add("toml/influxdb", "telegraf/telegraf.conf", "Telegraf docs: outputs.influxdb_v2 token", '''
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "grow-gw-01"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.30.0.5:1883"]
  topics = ["grow/+/env"]
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
  data_format = "json"
  topic_tag = "topic"

[[outputs.influxdb_v2]]
  urls = ["http://influx.swf.local:8086"]
  token = "@@v@@"
  organization = "sweetwater"
  bucket = "grow_env"
''', v, v=v)

v = influx_token()
add("docker-compose/influxdb", "grow-stack/docker-compose.yml", "InfluxDB Docker image docs: DOCKER_INFLUXDB_INIT_ADMIN_TOKEN", '''
version: "3.8"
services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: sweetwater
      DOCKER_INFLUXDB_INIT_BUCKET: grow_env
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@v@@
    volumes:
      - influx-data:/var/lib/influxdb2
  grafana:
    image: grafana/grafana:10.4.2
    ports: ["3000:3000"]
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
volumes:
  influx-data: {}
''', v, v=v)

v = influx_token()
add("yaml/grafana", "grow-stack/grafana/provisioning/datasources/influx.yaml", "Grafana docs: provisioning data sources (secureJsonData)", '''
apiVersion: 1

datasources:
  - name: GrowEnv
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: sweetwater
      defaultBucket: grow_env
      tlsSkipVerify: true
    secureJsonData:
      token: @@v@@
''', v, v=v)

v = grafana_token()
add("shell/grafana", "grow-stack/scripts/export-dashboards.sh", "Grafana HTTP API: service account tokens (glsa_)", '''
#!/bin/sh
# Export the grow dashboards to git so the rooms' panels survive a rebuild.
GRAFANA=http://grafana.swf.local:3000
TOKEN=@@v@@

mkdir -p dashboards
for uid in $(curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/search?type=dash-db" | jq -r '.[].uid'); do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" \\
    | jq '.dashboard' > "dashboards/$uid.json"
  echo "exported $uid"
done
''', v, v=v)

pw = human_pw(url=True)
add("ini/grafana", "grow-stack/grafana/grafana.ini", "Grafana docs: configuration [security] admin_password", '''
[server]
http_port = 3000
domain = grafana.swf.local
root_url = %(protocol)s://%(domain)s:%(http_port)s/

[security]
admin_user = admin
admin_password = @@pw@@
disable_gravatar = true

[auth.anonymous]
enabled = true
org_role = Viewer

[users]
allow_sign_up = false
''', pw, pw=pw)

pw = words_pw()
add("python/sensorpush", "sensors/sensorpush_pull.py", "SensorPush Gateway Cloud API: oauth/authorize with email and password", '''
import requests

API = "https://api.sensorpush.com/api/v1"
EMAIL = "cultivation@canopyrow.com"
PASSWORD = "@@pw@@"


def token() -> str:
    auth = requests.post(f"{API}/oauth/authorize", json={"email": EMAIL, "password": PASSWORD}, timeout=15).json()
    access = requests.post(f"{API}/oauth/accesstoken", json={"authorization": auth["authorization"]}, timeout=15)
    return access.json()["accesstoken"]


def samples(limit: int = 20):
    r = requests.post(f"{API}/samples", json={"limit": limit},
                      headers={"Authorization": token()}, timeout=30)
    return r.json()["sensors"]
''', pw, pw=pw)

pw = words_pw()
add("conf/wpa-supplicant", "pi-image/overlay/etc/wpa_supplicant/wpa_supplicant.conf", "wpa_supplicant.conf(5): network block psk", '''
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="SWF-GrowNet"
    psk="@@pw@@"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="SWF-Office"
    key_mgmt=NONE
    priority=1
}
''', pw, pw=pw)

v = b64key(32)
add("conf/wireguard", "infra/wireguard/grow-site.conf", "WireGuard docs: wg-quick config ([Interface] PrivateKey)", '''
# Site-to-site tunnel: grow facility gateway <-> cloud VPC (sensor + camera traffic)
[Interface]
Address = 10.99.0.2/32
ListenPort = 51820
PrivateKey = @@v@@
DNS = 10.40.0.2

[Peer]
# aws-vpn-gw
PublicKey = @@pub@@
Endpoint = vpn.canopyrow.com:51820
AllowedIPs = 10.40.0.0/16
PersistentKeepalive = 25
''', v, v=v, pub=b64key(32))

# ---------------------------------------------------------------- secrets: surveillance (state-required cameras)

pw = human_pw(url=True)
add("yaml/frigate", "nvr/frigate/config.yml", "Frigate docs: camera ffmpeg inputs (RTSP URLs)", '''
mqtt:
  host: 10.30.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  vault:
    ffmpeg:
      inputs:
        - path: rtsp://admin:@@pw@@@10.50.0.21:554/Streaming/Channels/101
          roles: [record, detect]
    record:
      enabled: true
      retain:
        days: 90   # state rule: 90 days of video
        mode: all
  sales_floor:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:{FRIGATE_RTSP_PASSWORD}@10.50.0.22:554/Streaming/Channels/101
          roles: [record]
''', pw, pw=pw)

pw = rand_pw(12)
add("python/cameras", "security/camera_health.py", "ONVIF/RTSP camera health check with OpenCV", '''
"""Daily check that every state-required camera is recording (90-day retention rule)."""
import cv2

CAMERAS = {
    "vault": "10.50.0.21",
    "sales-floor-1": "10.50.0.22",
    "sales-floor-2": "10.50.0.23",
    "receiving": "10.50.0.24",
    "flower-1": "10.50.0.31",
}
USER = "healthcheck"
PASSWORD = "@@pw@@"


def check(name, ip):
    cap = cv2.VideoCapture(f"rtsp://{USER}:{PASSWORD}@{ip}:554/cam/realmonitor?channel=1&subtype=1")
    ok, _ = cap.read()
    cap.release()
    return ok


if __name__ == "__main__":
    failed = [n for n, ip in CAMERAS.items() if not check(n, ip)]
    print("ALL OK" if not failed else f"FAILED: {failed}")
''', pw, pw=pw)

# ---------------------------------------------------------------- secrets: cloud, CI, tooling, frameworks

kid, v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws", "ops/aws/credentials", "AWS CLI docs: shared credentials file", '''
# profile for the compliance archive bucket (7-year record retention)
[default]
region = us-west-2

[compliance-archive]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@v@@
region = us-west-2
''', v, v=v, kid=kid)

kid, v = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/aws", "reporting/archive_manifests.py", "boto3 docs: explicit credentials to boto3.client", '''
"""Archive signed transfer manifests (PDF) to S3 for the state audit, 7-year retention."""
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@v@@",
    region_name="us-west-2",
)
BUCKET = "canopyrow-compliance-archive"


def archive(manifest_pdf: Path, license_number: str) -> str:
    key = f"manifests/{license_number}/{manifest_pdf.name}"
    s3.upload_file(str(manifest_pdf), BUCKET, key, ExtraArgs={"StorageClass": "STANDARD_IA"})
    return key
''', v, v=v, kid=kid)

pw = words_pw(url=True).replace("$", "!")
add("gitlab-ci/sftp", ".gitlab-ci.yml", "GitLab CI docs: .gitlab-ci.yml; lftp(1) sftp upload", '''
stages:
  - build
  - report

build:
  stage: build
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - python -m reports.build --week "$(date -d 'last monday' +%F)"
  artifacts:
    paths: [out/]

upload_distributor_report:
  stage: report
  image: alpine:3.19
  only: [schedules]
  script:
    - apk add --no-cache lftp
    - lftp -u "swf_reports,@@pw@@" -e "set sftp:auto-confirm yes; mirror -R out/ /inbound/swf; bye" sftp://sftp.valleydistro.com
''', pw, pw=pw)

v = fakes.fake("npm_", 36, _seed())
add("npmrc/npm", ".npmrc", "npm docs: .npmrc _authToken", '''
@canopyrow:registry=https://npm.pkg.github.com/
@greenleaf-tech:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@v@@
save-exact=true
engine-strict=true
''', v, v=v)

v = fakes.fake("npm_", 36, _seed())
add("dockerfile/npm", "apps/kiosk/Dockerfile", "Dockerfile reference: ARG and ENV", '''
FROM node:20-alpine AS build
WORKDIR /app
# private @greenleaf-tech/metrc-sdk package
ARG NPM_TOKEN=@@v@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && rm -f .npmrc

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
''', v, v=v)

v = fakes.pypi_token(_seed())
add("pypirc/pypi", "packages/metrc-py/.pypirc", "PyPA docs: the .pypirc file", '''
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@v@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
''', v, v=v)

v = fakes.github_token(_seed())
add("makefile/github", "Makefile", "GNU make; GitHub REST API releases with a personal access token", '''
VERSION := $(shell git describe --tags --always)
GITHUB_TOKEN ?= @@v@@
REPO := canopyrow/pos-bridge

.PHONY: build test release

build:
\tgo build -ldflags "-X main.version=$(VERSION)" -o bin/pos-bridge ./cmd/pos-bridge

test:
\tgo test ./...

release: build
\tcurl -sS -X POST -H "Authorization: token $(GITHUB_TOKEN)" \\
\t  https://api.github.com/repos/$(REPO)/releases \\
\t  -d '{"tag_name":"$(VERSION)","name":"$(VERSION)"}'
''', v, v=v)

v = metrc_key()
add("systemd/metrc", "deploy/systemd/metrc-sync.service", "systemd.exec(5): Environment=", '''
[Unit]
Description=Metrc package and sales sync (Greenleaf)
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=metrc
WorkingDirectory=/opt/metrc-sync
Environment=METRC_BASE_URL=https://api-mi.metrc.com
Environment=METRC_LICENSE=AU-R-000512
Environment="METRC_USER_KEY=@@v@@"
EnvironmentFile=-/etc/metrc-sync/vendor.env
ExecStart=/opt/metrc-sync/venv/bin/python -m metrc_sync --loop
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
''', v, v=v)

pw = human_pw()
add("systemd/cameras", "deploy/systemd/nvr-offsite.service", "systemd.service(5): ExecStart", '''
[Unit]
Description=Nightly off-site copy of surveillance footage (90-day retention)
After=network-online.target

[Service]
Type=oneshot
User=nvr
ExecStart=/usr/local/bin/nvr-export --nvr 10.50.0.10 --user export --password '@@pw@@' --days 1 --dest /mnt/footage
ExecStartPost=/usr/bin/rclone copy /mnt/footage wasabi:canopyrow-footage --min-age 1h
Nice=10
''', pw, pw=pw)

v = mixed(32)
add("apache/jane", "deploy/apache/jane-proxy.conf", "Apache mod_headers docs: RequestHeader set", '''
<VirtualHost *:443>
    ServerName menu.highdesertprovisions.com
    SSLEngine on
    SSLCertificateFile /etc/letsencrypt/live/menu.highdesertprovisions.com/fullchain.pem
    SSLCertificateKeyFile /etc/letsencrypt/live/menu.highdesertprovisions.com/privkey.pem

    # Jane Roots partner API behind our own domain (store 4412)
    SSLProxyEngine on
    ProxyPass        /api/jane/ https://api.iheartjane.com/partner/v1/
    ProxyPassReverse /api/jane/ https://api.iheartjane.com/partner/v1/
    RequestHeader set Authorization "Bearer @@v@@"
    RequestHeader set X-Store-Id "4412"

    ErrorLog ${APACHE_LOG_DIR}/menu_error.log
    CustomLog ${APACHE_LOG_DIR}/menu_access.log combined
</VirtualHost>
''', v, v=v)

pw = human_pw()
add("php/wordpress", "wp-config.php", "WordPress docs: wp-config.php DB_PASSWORD", '''
<?php
/** Emerald Gate Dispensary - WordPress (menu embed + age gate) */

define( 'DB_NAME', 'emeraldgate_wp' );
define( 'DB_USER', 'eg_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'egd_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'AGE_GATE_MIN', 21 );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', pw, pw=pw)

v = "base64:" + b64key(32)
add("env/laravel", "order-portal/.env", "Laravel docs: APP_KEY in .env", '''
APP_NAME="High Desert Orders"
APP_ENV=production
APP_KEY=@@v@@
APP_DEBUG=false
APP_URL=https://orders.highdesertprovisions.com

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=orders
DB_USERNAME=orders
DB_PASSWORD=

QUEUE_CONNECTION=redis
MAIL_MAILER=log
''', v, v=v)

v = fakes.django_secret_key(_seed())
add("python/django", "driver_portal/settings/production.py", "Django docs: SECRET_KEY setting", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["drivers.canopyrow.com"]

SECRET_KEY = "@@v@@"

DATABASES["default"]["HOST"] = "driver-db.prod.internal"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000

# drivers must re-auth every shift (state delivery rules: logged manifests per driver)
SESSION_COOKIE_AGE = 12 * 60 * 60
''', v, v=v)

pw = words_pw()
add("yaml/rails", "config/database.yml", "Rails guides: config/database.yml", '''
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: weedmaps_sync_development

test:
  <<: *default
  database: weedmaps_sync_test

production:
  <<: *default
  host: menu-db.prod.internal
  database: weedmaps_sync
  username: weedmaps_sync
  password: "@@pw@@"
''', pw, pw=pw)

v = azure_secret()
add("json/azure", "reports/powerbi-embed/local.settings.json", "Azure Functions docs: local.settings.json; Entra ID client secrets", '''
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "PowerBi__TenantId": "@@tenant@@",
    "PowerBi__ClientId": "@@client@@",
    "PowerBi__ClientSecret": "@@v@@",
    "PowerBi__WorkspaceId": "@@ws@@",
    "PowerBi__ReportId": "@@rep@@"
  }
}
''', v, v=v, tenant=uuid_s(), client=uuid_s(), ws=uuid_s(), rep=uuid_s())

key = pem("RSA").replace("RSA PRIVATE", "PRIVATE")
add("json/gcp", "reports/sheets/service-account.json", "Google Cloud docs: service account key file", '''
{
  "type": "service_account",
  "project_id": "canopyrow-reports",
  "private_key_id": "@@kid@@",
  "private_key": "@@key@@\\n",
  "client_email": "daily-sales@canopyrow-reports.iam.gserviceaccount.com",
  "client_id": "104827361529384710293",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/daily-sales%40canopyrow-reports.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', key.split("\n")[1], kid=hexs(40), key=key.replace("\n", "\\n"))

key = pem("OPENSSH")
add("ssh-key/openssh", "pi-image/deploy/id_ed25519", "OpenSSH private key file format", '''
@@key@@
''', key, key=key)

key = pem("RSA")
add("pem/aws-iot", "firmware/room-sensor/certs/device.private.pem.key", "AWS IoT Core docs: device private key file", '''
@@key@@
''', key, key=key)

key = pem("EC")
add("yaml/apple-wallet", "loyalty/passkit/config.yml", "Apple Wallet PassKit: pass signing key and certificate", '''
passkit:
  pass_type_identifier: pass.com.canopyrow.loyalty
  team_identifier: 7QX2M9K4LB
  organization_name: Canopy Row
  wwdr_certificate: certs/AppleWWDRCAG4.pem
  signing_certificate: certs/pass.cer
  signing_key: |
    @@key@@
  fields:
    primary: points
    secondary: [tier, home_store]
''', key, key=key.replace("\n", "\n    "))

pw = rand_pw(14)
add("batch/sftp", "pos-terminal/scripts/upload_eod.bat", "WinSCP docs: scripting open sftp://user:password@host", '''
@echo off
REM End-of-day sales export -> distributor SFTP (runs 23:30 from Task Scheduler on POS-01)
set EXPORT=C:\\POS\\Exports\\eod_%date:~10,4%%date:~4,2%%date:~7,2%.csv

"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" ^
  /log="C:\\POS\\Logs\\winscp.log" /ini=nul ^
  /command ^
    "open sftp://emeraldgate:@@pw@@@sftp.evergreendistro.com/ -hostkey=""ssh-ed25519 255 Xq2ZpJ8vX0aS1m6kO4Qy7b9N3tRcUe5WfHg1iL2oD8s""" ^
    "put %EXPORT% /inbound/" ^
    "exit"

if %ERRORLEVEL% neq 0 echo Upload failed >> C:\\POS\\Logs\\eod.log
''', pw, pw=pw)

pw = human_pw()
add("powershell/mssql", "pos-terminal/scripts/Backup-PosDb.ps1", "SqlServer PowerShell module: Invoke-Sqlcmd -Password", '''
# Nightly POS database backup (state rule: sales records kept 7 years)
$ErrorActionPreference = "Stop"
$stamp = Get-Date -Format "yyyyMMdd"
$target = "\\\\NAS01\\pos-backups\\DispensaryPOS_$stamp.bak"

Invoke-Sqlcmd -ServerInstance "POS-SQL01\\SQLEXPRESS" `
    -Username "sa" -Password "@@pw@@" `
    -Query "BACKUP DATABASE [DispensaryPOS] TO DISK = N'$target' WITH COMPRESSION, INIT"

Get-ChildItem "\\\\NAS01\\pos-backups" -Filter *.bak |
    Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-30) } |
    Remove-Item
''', pw, pw=pw)

kid, v = mixed(20), mixed(40)
add("ini/rclone", "nvr/rclone.conf", "rclone docs: S3 (Wasabi) remote config", '''
[wasabi]
type = s3
provider = Wasabi
access_key_id = @@kid@@
secret_access_key = @@v@@
region = us-west-1
endpoint = s3.us-west-1.wasabisys.com
acl = private

[local-nas]
type = local
''', v, v=v, kid=kid.upper())

pw = rand_pw(18)
add("xml/maven", "ci/maven/settings.xml", "Apache Maven docs: settings.xml servers", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>greenleaf-nexus</id>
      <username>ci-deployer</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>greenleaf-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.greenleaf.tech/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
''', pw, pw=pw)

pw = rand_pw(20)
add("properties/kafka", "trace-events/config/client.properties", "Apache Kafka docs: SASL/PLAIN sasl.jaas.config", '''
# seed-to-sale event bus (plant moves, harvests, package splits)
bootstrap.servers=pkc-12abc.us-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="TRACEEVT7Q2M" password="@@pw@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all
''', pw, pw=pw)

pw = rand_pw(16)
add("properties/android", "driver-app/android/gradle.properties", "Android docs: signing config properties", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
android.enableJetifier=false
GREENROUTE_UPLOAD_STORE_FILE=greenroute-upload.keystore
GREENROUTE_UPLOAD_KEY_ALIAS=upload
GREENROUTE_UPLOAD_STORE_PASSWORD=@@pw@@
GREENROUTE_UPLOAD_KEY_PASSWORD=@@pw@@
''', pw, pw=pw)

v = "sntryu_" + hexs(64)
add("ini/sentry", ".sentryclirc", "sentry-cli docs: configuration file [auth] token", '''
[defaults]
url = https://sentry.io/
org = canopy-row
project = storefront

[auth]
token = @@v@@
''', v, v=v)

v = mixed(40)
add("hcl/cloudflare", "infra/terraform/edge/main.tf", "Terraform Cloudflare provider docs: api_token", '''
provider "cloudflare" {
  api_token = "@@v@@"
}

# Age gate + geo-block: menus may only be shown in-state
resource "cloudflare_ruleset" "age_gate" {
  zone_id = var.zone_id
  name    = "age-and-geo"
  kind    = "zone"
  phase   = "http_request_firewall_custom"

  rules {
    action      = "block"
    expression  = "(ip.geoip.subdivision_1_iso_code ne \\"US-NM\\") and (http.request.uri.path contains \\"/menu\\")"
    description = "menus in-state only"
  }
}
''', v, v=v)

pw = words_pw()
add("json/vscode", ".vscode/settings.json", "SQLTools VS Code extension: sqltools.connections", '''
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "seed2sale prod (ro)",
      "driver": "PostgreSQL",
      "server": "db.prod.internal",
      "port": 5432,
      "database": "seed2sale",
      "username": "analyst",
      "password": "@@pw@@"
    },
    {
      "name": "local",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "seed2sale_dev",
      "username": "postgres",
      "askForPassword": true
    }
  ]
}
''', pw, pw=pw)

v = auth0_secret()
add("yaml/auth0", "customer-portal/serverless.yml", "Serverless Framework docs: provider.environment; Auth0 client secret", '''
service: customer-portal
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  environment:
    AUTH0_DOMAIN: canopyrow.us.auth0.com
    AUTH0_CLIENT_ID: Vq3xL8mN2pR7tY1wZ4aB6cD9eF0gH5jK
    AUTH0_CLIENT_SECRET: @@v@@
    MEDICAL_CARD_BUCKET: canopyrow-med-cards

functions:
  api:
    handler: src/handler.main
    events:
      - httpApi: "*"
''', v, v=v)

v = mixed(64)
add("go/idscan", "internal/idscan/license.go", "IDScan.net DLP SDK: license key", '''
package idscan

// Driver-license barcode parsing at the door and in the delivery app (21+ check).
// Licensed per location; key below covers all three stores.
const licenseKey = "@@a@@" +
	"@@b@@"

type Result struct {
	FirstName string
	LastName  string
	Birthdate string
	Expires   string
	Document  string
}

func NewParser() *Parser {
	return &Parser{key: licenseKey, minAge: 21}
}
''', v, a=v[:32], b=v[32:])

pw = words_pw()
add("notebook/snowflake", "analysis/budtender_performance.ipynb", "Jupyter nbformat 4; snowflake-connector-python connect()", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account='xy12345.us-west-2', user='MARISOL', password='@@pw@@',\\n",
    "    warehouse='ANALYST_WH', database='CANOPY', schema='MARTS')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = conn.cursor().execute(\\"select budtender, sum(net_sales) from sales group by 1\\").fetch_pandas_all()\\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', pw, pw=pw)

pw = human_pw()
add("yaml/ansible", "ansible/group_vars/pos_terminals.yml", "Ansible docs: group_vars; win_user module", '''
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: posadmin
ansible_password: "@@pw@@"
ansible_port: 5986
ansible_winrm_server_cert_validation: ignore

pos_app_version: 7.4.2
receipt_printer: EPSON TM-T88VI
cash_drawer_port: COM3
scanner_model: Zebra DS2208
''', pw, pw=pw)

pw = rand_pw(20)
add("k8s-secret/sftp", "deploy/k8s/distro-sftp-secret.yaml", "Kubernetes docs: Secret (data values are base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: distro-sftp
  namespace: reporting
type: kubernetes.io/basic-auth
data:
  username: @@u@@
  password: @@p@@
''', pw, u=b64("swf_reports"), p=b64(pw))

pw = rand_pw(24)
add("helm/redis", "helm/pos-cart/values-prod.yaml", "Bitnami Redis chart docs: auth.password", '''
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@pw@@"
  master:
    persistence:
      size: 2Gi

cart:
  ttlMinutes: 30
  # daily purchase limits are enforced against Metrc + POS, not the cart
  limitsService: http://limits.pos.svc.cluster.local:8080
ingress:
  enabled: true
  host: cart.canopyrow.com
''', pw, pw=pw)

# ================================================================= decoys
# What the same teams commit that looks like a credential and is not one.


def sha512_integrity() -> str:
    return "sha512-" + b64key(64)


def ansible_vault() -> str:
    body = hexs(64 * 5)
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines)


def sops_enc(kind: str = "str") -> str:
    return f"ENC[AES256_GCM,data:{b64key(18)},iv:{b64key(32)},tag:{b64key(16)},type:{kind}]"


def armor(title: str, lines: int = 6) -> str:
    r = _rng()
    body = ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines)]
    return f"-----BEGIN {title}-----\n\n" + "\n".join(body) + "\n=" + "".join(r.choice(ALNUM) for _ in range(4)) + f"\n-----END {title}-----"


def mosquitto_hash() -> str:
    return "$7$101$" + b64key(12) + "$" + b64key(64)


def sentry_dsn() -> str:
    r = _rng()
    return f"https://{hexs(32)}@o{r.randint(100000, 999999)}.ingest.us.sentry.io/{r.randint(4000000000000000, 4999999999999999)}"


def object_id() -> str:
    return hexs(24)


def onfleet_id() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "~") for _ in range(24))


# ---------------------------------------------------------------- decoys: Metrc and state systems

add("yaml/decoy-env-ref", "config/settings.yml", METRC, '''
app:
  name: canopy-sync
  timezone: America/Los_Angeles

metrc:
  base_url: ${METRC_BASE_URL:-https://api-ca.metrc.com}
  vendor_key: ${METRC_VENDOR_KEY}
  user_key: ${METRC_USER_KEY}
  license_number: C10-0000774-LIC
  page_size: 20

schedule:
  packages: "*/15 * * * *"
  sales_receipts: "5 * * * *"
''')

add("env/decoy-placeholder", ".env.example", "dotenv convention: committed .env.example with placeholders", '''
# Copy to .env and fill in. Never commit .env.
NODE_ENV=development
PORT=4100
DATABASE_URL=postgres://canopy:canopy@localhost:5432/canopy_dev
METRC_BASE_URL=https://sandbox-api-mi.metrc.com
METRC_VENDOR_KEY=<your-metrc-vendor-key>
METRC_USER_KEY=<your-metrc-user-key>
METRC_LICENSE=PC-000412
TREEZ_API_KEY=changeme
ONFLEET_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
''')

rows = "\n".join(f"{metrc_tag()},{metrc_tag('1A4060300003')},{name},{qty},{uom},C10-0000774-LIC,2024-03-{day:02d}"
                 for name, qty, uom, day in [
                     ("Blue Dream 3.5g", "48", "Each", 4), ("Gelato 1g Pre-Roll", "120", "Each", 6),
                     ("Wedding Cake Live Resin 1g", "36", "Each", 9), ("OG Kush Bulk Flower", "1814.37", "Grams", 11),
                     ("Sour Diesel 7g", "24", "Each", 12), ("GSC Vape 0.5g", "60", "Each", 15)])
add("csv/decoy-package-tags", "exports/active_packages_2024-03-18.csv", "Metrc package export (CSV): package and source tags are public RFID label ids", '''
Label,SourcePackageLabels,ProductName,Quantity,UnitOfMeasure,LicenseNumber,PackagedDate
@@rows@@
''', rows=rows)

pk = [metrc_tag() for _ in range(3)]
add("json/decoy-fixture", "tests/fixtures/metrc/packages_active_v2.json", "Metrc API docs: GET /packages/v2/active sample response", '''
{
  "Data": [
    {
      "Id": 1820734,
      "Label": "@@a@@",
      "PackageType": "Product",
      "SourceHarvestNames": "F2-2024-02-14",
      "Quantity": 48.0,
      "UnitOfMeasureName": "Each",
      "Item": { "Id": 20311, "Name": "Blue Dream 3.5g", "ProductCategoryName": "Flower" },
      "LabTestingState": "TestPassed",
      "LastModified": "2024-03-18T14:02:11+00:00"
    },
    {
      "Id": 1820735,
      "Label": "@@b@@",
      "PackageType": "Product",
      "SourcePackageLabels": "@@c@@",
      "Quantity": 120.0,
      "UnitOfMeasureName": "Each",
      "Item": { "Id": 20318, "Name": "Gelato 1g Pre-Roll", "ProductCategoryName": "Pre-Roll Flower" },
      "LabTestingState": "TestPassed",
      "LastModified": "2024-03-18T14:05:40+00:00"
    }
  ],
  "Total": 2,
  "PageNumber": 1,
  "PageSize": 20
}
''', a=pk[0], b=pk[1], c=pk[2])

add("markdown/decoy-docs", "docs/metrc-setup.md", METRC, '''
# Metrc setup for local development

1. Ask the compliance manager to create a Metrc user for you in the **sandbox** facility.
2. Generate a user API key (Profile -> API Keys) and store it in 1Password, vault *Engineering*.
3. Export both keys in your shell, never in a file under the repo:

```bash
export METRC_VENDOR_KEY="$(op read 'op://Engineering/Metrc vendor/credential')"
export METRC_USER_KEY="$(op read 'op://Engineering/Metrc sandbox user/credential')"
curl -u "$METRC_VENDOR_KEY:$METRC_USER_KEY" \\
  "https://sandbox-api-ca.metrc.com/facilities/v2/"
```

The response lists the sandbox licenses, e.g. `CML17-0000001` (cultivation) and
`C10-0000774-LIC` (retail). Keys look like a 48-character string; if you see `401`,
regenerate the user key.
''')

add("k8s/decoy-secretkeyref", "deploy/k8s/metrc-sync-deployment.yaml", "Kubernetes docs: env valueFrom secretKeyRef", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrc-sync
  namespace: compliance
spec:
  replicas: 1
  selector:
    matchLabels: { app: metrc-sync }
  template:
    metadata:
      labels: { app: metrc-sync }
    spec:
      containers:
        - name: metrc-sync
          image: ghcr.io/greenleaf-tech/metrc-sync@sha256:@@dig@@
          env:
            - name: METRC_LICENSE
              value: C11-0001288-LIC
            - name: METRC_VENDOR_KEY
              valueFrom:
                secretKeyRef: { name: metrc-credentials, key: METRC_VENDOR_KEY }
            - name: METRC_USER_KEY
              valueFrom:
                secretKeyRef: { name: metrc-credentials, key: METRC_USER_KEY }
          resources:
            limits: { cpu: 250m, memory: 256Mi }
''', dig=hexs(64))

add("yaml/decoy-external-secret", "deploy/k8s/metrc-external-secret.yaml", "External Secrets Operator docs: ExternalSecret", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: metrc-credentials
  namespace: compliance
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: metrc-credentials
    creationPolicy: Owner
  data:
    - secretKey: METRC_VENDOR_KEY
      remoteRef: { key: prod/compliance/metrc, property: vendor_key }
    - secretKey: METRC_USER_KEY
      remoteRef: { key: prod/compliance/metrc, property: user_key }
''')

add("yaml/decoy-sealed-secret", "deploy/k8s/treez-sealedsecret.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: treez-api
  namespace: menu-sync
spec:
  encryptedData:
    TREEZ_API_KEY: @@a@@
    TREEZ_CLIENT_ID: @@b@@
  template:
    metadata:
      name: treez-api
      namespace: menu-sync
    type: Opaque
''', a="AgB" + b64key(300), b="AgC" + b64key(280))

add("python/decoy-test-fixture", "tests/test_metrc_client.py", "pytest + responses: test doubles with fake credentials", '''
import responses

from compliance.metrc.client import MetrcClient

FAKE_USER_KEY = "fake-user-key-for-tests"  # not a real Metrc key


@responses.activate
def test_active_packages_sends_license_and_basic_auth():
    responses.get(
        "https://api-ca.metrc.com/packages/v2/active",
        json={"Data": [], "Total": 0, "PageNumber": 1, "PageSize": 20},
    )
    client = MetrcClient(FAKE_USER_KEY, "C10-0000774-LIC")
    assert client.active_packages("2024-03-01", "2024-03-02") == {"Data": [], "Total": 0,
                                                                 "PageNumber": 1, "PageSize": 20}
    sent = responses.calls[0].request
    assert "licenseNumber=C10-0000774-LIC" in sent.url
    assert sent.headers["Authorization"].startswith("Basic ")
''')

add("json/decoy-postman-template", "postman/Metrc-CA.postman_environment.json", "Postman docs: environment export format", '''
{
  "id": "0c2f7a1d-4e9b-4b7a-8f3c-6d1e2a9b5c70",
  "name": "Metrc CA - template",
  "values": [
    { "key": "baseUrl", "value": "https://sandbox-api-ca.metrc.com", "type": "default", "enabled": true },
    { "key": "licenseNumber", "value": "C10-0000774-LIC", "type": "default", "enabled": true },
    { "key": "vendorKey", "value": "", "type": "secret", "enabled": true },
    { "key": "userKey", "value": "", "type": "secret", "enabled": true },
    { "key": "basicAuth", "value": "{{vendorKey}}:{{userKey}}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/10.24.7"
}
''')

add("systemd/decoy-credentials", "deploy/systemd/metrc-reconcile.service", "systemd.exec(5): LoadCredential= and EnvironmentFile=", '''
[Unit]
Description=Nightly Metrc vs POS reconciliation
After=network-online.target

[Service]
Type=oneshot
User=metrc
EnvironmentFile=/etc/metrc-sync/metrc.env
LoadCredential=metrc_user_key:/etc/credstore/metrc_user_key
LoadCredential=metrc_vendor_key:/etc/credstore/metrc_vendor_key
Environment=METRC_KEY_DIR=%d
ExecStart=/opt/metrc-sync/venv/bin/python -m metrc_sync.reconcile --license AU-R-000512
ProtectSystem=strict
PrivateTmp=yes
''')

add("shell/decoy-env-ref", "scripts/metrc_facilities.sh", METRC, '''
#!/usr/bin/env bash
# List the facilities our keys can see. Keys come from the environment (direnv / CI secrets).
set -euo pipefail
: "${METRC_VENDOR_KEY:?export METRC_VENDOR_KEY}"
: "${METRC_USER_KEY:?export METRC_USER_KEY}"

API="${METRC_BASE_URL:-https://api-co.metrc.com}"
AUTH="Basic $(printf '%s:%s' "$METRC_VENDOR_KEY" "$METRC_USER_KEY" | base64 -w0)"

curl -sS -H "Authorization: ${AUTH}" "${API}/facilities/v2/" \\
  | jq -r '.[] | "\\(.License.Number)\\t\\(.Name)"'
''')

add("nginx/decoy-include", "deploy/nginx/metrc-proxy-template.conf", "nginx docs: include directive; proxy_set_header", '''
upstream metrc_ca {
    server api-ca.metrc.com:443;
    keepalive 8;
}

server {
    listen 8080;
    server_name metrc-proxy.internal;
    allow 10.20.0.0/16;
    deny all;

    location / {
        proxy_pass https://metrc_ca;
        proxy_ssl_server_name on;
        proxy_set_header Host api-ca.metrc.com;
        # defines $metrc_basic_auth; rendered by vault-agent, mode 0600, not in git
        include /etc/nginx/secrets/metrc_auth.conf;
        proxy_set_header Authorization $metrc_basic_auth;
        proxy_http_version 1.1;
    }
}
''')

add("xml/decoy-dpapi-ciphertext", "PosBridge/App.Release.config", "Microsoft docs: protected configuration (DataProtectionConfigurationProvider)", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>@@cv@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
''', cv="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64key(420))

add("php/decoy-wp-option", "wp-content/plugins/gl-leaf-sync/includes/class-settings.php", "WordPress docs: Options API (get_option)", '''
<?php
defined( 'ABSPATH' ) || exit;

class GL_Leaf_Settings {
    public static function mme_code() {
        return get_option( 'gl_leaf_mme_code', 'R412345' );
    }

    public static function api_key() {
        // Stored by the settings page in wp_options; masked in the admin UI.
        if ( defined( 'GL_LEAF_API_KEY' ) ) {
            return GL_LEAF_API_KEY;
        }
        return get_option( 'gl_leaf_api_key', '' );
    }

    public static function render_field() {
        printf( '<input type="password" name="gl_leaf_api_key" value="%s" placeholder="Leaf Data API key" />',
            esc_attr( str_repeat( '*', 12 ) ) );
    }
}
''')

# ---------------------------------------------------------------- decoys: POS, menus, e-commerce

add("json/decoy-token-replacement", "src/Cova.Sync/appsettings.json", "Azure Pipelines: replace tokens (#{VAR}#) in appsettings.json", '''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Cova": {
    "TokenUrl": "https://accounts.iqmetrix.net/v1/oauth2/token",
    "ApiBase": "https://api.covasoft.net",
    "CompanyId": 104528,
    "ClientId": "GreenleafIntegration",
    "ClientSecret": "#{CovaClientSecret}#",
    "Username": "api.greenleaf@covasoft.net",
    "Password": "#{CovaApiPassword}#"
  },
  "Schedule": { "InventoryMinutes": 10, "SalesMinutes": 5 }
}
''')

add("javascript/decoy-embed-id", "public/js/menu-embed.js", "Dutchie embedded menu: public script with the retailer id", '''
// Dutchie embedded menu for the Albuquerque store. The id is the public retailer id
// that also appears in the menu URL; no credential is involved.
(function () {
  var RETAILER_ID = '@@rid@@';
  var s = document.createElement('script');
  s.async = true;
  s.id = 'dutchie--embed__script';
  s.src = 'https://dutchie.com/api/v2/embedded-menu/' + RETAILER_ID + '.js';
  document.body.appendChild(s);
  window.gtag && gtag('event', 'menu_loaded', { store: 'abq-central' });
})();
''', rid=object_id())

add("json/decoy-algolia-search-key", "storefront/src/config/jane.json", "Algolia docs: search-only API keys are meant for the front end", '''
{
  "storeId": 4412,
  "storeName": "High Desert Provisions - Central",
  "algolia": {
    "appId": "@@app@@",
    "searchOnlyApiKey": "@@key@@",
    "productsIndex": "menu-products-production"
  },
  "ageGate": { "minAge": 21, "medicalMinAge": 18 },
  "checkout": { "pickup": true, "delivery": true, "curbside": false }
}
''', app=uppers(10), key=hexs(32))

add("env/decoy-public-vars", "apps/storefront/.env", "Next.js docs: NEXT_PUBLIC_ variables are inlined in the browser bundle", '''
NEXT_PUBLIC_SITE_URL=https://shop.highdesertprovisions.com
NEXT_PUBLIC_RETAILER_ID=@@rid@@
NEXT_PUBLIC_GA_ID=G-7QK2M4XB1R
NEXT_PUBLIC_SENTRY_DSN=@@dsn@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6Lc@@rc@@
DUTCHIE_PLUS_ENDPOINT=https://plus.dutchie.com/plus/2021-07/graphql
# DUTCHIE_PLUS_API_KEY comes from the Vercel project settings
''', rid=object_id(), dsn=sentry_dsn(), rc=mixed(37))

add("json/decoy-lockfile", "apps/storefront/package-lock.json", "npm docs: package-lock.json integrity (SRI hashes)", '''
{
  "name": "storefront",
  "version": "2.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@greenleaf-tech/metrc-sdk": {
      "version": "1.6.2",
      "resolved": "https://registry.npmjs.org/@greenleaf-tech/metrc-sdk/-/metrc-sdk-1.6.2.tgz",
      "integrity": "@@a@@"
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "@@b@@"
    },
    "node_modules/twilio": {
      "version": "4.23.0",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-4.23.0.tgz",
      "integrity": "@@c@@"
    }
  }
}
''', a=sha512_integrity(), b=sha512_integrity(), c=sha512_integrity())

add("toml/decoy-lock-hashes", "poetry.lock", "Poetry docs: poetry.lock file hashes", '''
[[package]]
name = "paho-mqtt"
version = "1.6.1"
description = "MQTT version 5.0/3.1.1 client class"
optional = false
python-versions = "*"
files = [
    {file = "paho-mqtt-1.6.1.tar.gz", hash = "sha256:@@a@@"},
]

[[package]]
name = "influxdb-client"
version = "1.41.0"
description = "InfluxDB 2.0 Python client library"
optional = false
python-versions = ">=3.7"
files = [
    {file = "influxdb_client-1.41.0-py3-none-any.whl", hash = "sha256:@@b@@"},
    {file = "influxdb_client-1.41.0.tar.gz", hash = "sha256:@@c@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "@@d@@"
''', a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64))

add("yaml/decoy-actions-secrets", ".github/workflows/metrc-sync.yml", "GitHub Actions docs: using secrets in a workflow", '''
name: metrc-nightly
on:
  schedule:
    - cron: "30 9 * * *"
  workflow_dispatch: {}

jobs:
  reconcile:
    runs-on: ubuntu-latest
    environment: production
    env:
      METRC_BASE_URL: https://api-ca.metrc.com
      METRC_LICENSE: C10-0000774-LIC
      METRC_VENDOR_KEY: ${{ secrets.METRC_VENDOR_KEY }}
      METRC_USER_KEY: ${{ secrets.METRC_USER_KEY }}
      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_COMPLIANCE_WEBHOOK }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -e .
      - run: python -m metrc_sync.reconcile --days 1
''')

add("gitlab-ci/decoy-masked-vars", "reports/.gitlab-ci.yml", "GitLab CI docs: CI/CD variables (masked, protected)", '''
stages: [report]

upload_state_report:
  stage: report
  image: alpine:3.19
  rules:
    - if: $CI_PIPELINE_SOURCE == "schedule"
  before_script:
    - apk add --no-cache lftp openssh-client
    - mkdir -p ~/.ssh && echo "$DISTRO_KNOWN_HOSTS" > ~/.ssh/known_hosts
  script:
    - python3 -m reports.build --week "$REPORT_WEEK"
    - lftp -u "$SFTP_USER,$SFTP_PASSWORD" -e "mirror -R out/ /inbound/swf; bye" "sftp://$SFTP_HOST"
''')

add("dockerfile/decoy-build-secret", "apps/pos-bridge/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", '''
# syntax=docker/dockerfile:1.6
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token \\
    NPM_TOKEN="$(cat /run/secrets/npm_token)" \\
    sh -c 'echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc'
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
ENV NODE_ENV=production
CMD ["node", "dist/index.js"]
''')

add("npmrc/decoy-env", "apps/kiosk/.npmrc", "npm docs: environment variables in .npmrc", '''
@greenleaf-tech:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@canopyrow:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
save-exact=true
''')

add("docker-compose/decoy-env-interp", "delivery/docker-compose.yml", "Compose docs: interpolation (${VAR:?error})", '''
services:
  api:
    build: ./api
    ports: ["8000:8000"]
    env_file: .env
    environment:
      DATABASE_URL: postgres://delivery:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/delivery
      ONFLEET_API_KEY: ${ONFLEET_API_KEY:?set ONFLEET_API_KEY}
      TWILIO_AUTH_TOKEN: ${TWILIO_AUTH_TOKEN}
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: delivery
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
''')

add("helm/decoy-existing-secret", "helm/order-mailer/values.yaml", "Helm chart convention: existingSecret instead of inline values", '''
replicaCount: 1

image:
  repository: ghcr.io/canopyrow/order-mailer
  tag: ""

sendgrid:
  # Name of a Secret with key SENDGRID_API_KEY; the chart never holds the key itself.
  existingSecret: order-mailer-sendgrid
  existingSecretKey: SENDGRID_API_KEY
  apiKey: ""

mail:
  from: orders@canopyrow.com
  receiptTemplateId: d-8b2e6f0c1a4d4f9e8c7b6a5d4e3f2a1b
''')

add("helm/decoy-template", "helm/metrc-sync/templates/secret.yaml", "Helm docs: templates and the b64enc function", '''
{{- if not .Values.metrc.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "metrc-sync.fullname" . }}
  labels:
    {{- include "metrc-sync.labels" . | nindent 4 }}
type: Opaque
data:
  METRC_VENDOR_KEY: {{ required "metrc.vendorKey is required" .Values.metrc.vendorKey | b64enc | quote }}
  METRC_USER_KEY: {{ required "metrc.userKey is required" .Values.metrc.userKey | b64enc | quote }}
  METRC_LICENSE: {{ .Values.metrc.license | b64enc | quote }}
{{- end }}
''')

add("hcl/decoy-var-ref", "infra/terraform/rds.tf", "Terraform docs: random_password and Secrets Manager", '''
resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#*-_"
}

resource "aws_db_instance" "seed2sale" {
  identifier              = "seed2sale-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = var.db_instance_class
  db_name                 = "seed2sale"
  username                = var.db_username
  password                = random_password.db.result
  backup_retention_period = 30
  storage_encrypted       = true
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}
''')

add("hcl/decoy-tfvars-example", "infra/terraform/envs/prod/terraform.tfvars.example", "Terraform docs: variable definitions; example file with placeholders", '''
environment        = "prod"
region             = "us-west-2"
vpc_cidr           = "10.40.0.0/16"
db_instance_class  = "db.t4g.medium"
db_name            = "seed2sale"
db_username        = "s2s_admin"
db_password        = "REPLACE_ME"   # only for a throwaway env; prod uses random_password
datadog_api_key    = "<datadog-api-key>"
archive_after_days = 90
''')

add("yaml/decoy-ansible-vault", "ansible/group_vars/pos_terminals/vault.yml", "Ansible docs: encrypting individual variables (!vault)", '''
---
ansible_user: posadmin
ansible_password: !vault |
          @@v@@
pos_app_version: 7.4.2
receipt_printer: EPSON TM-T88VI
''', v=ansible_vault().replace("\n", "\n          "))

add("yaml/decoy-sops", "deploy/secrets/prod.enc.yaml", "SOPS docs: encrypted YAML (ENC[AES256_GCM,...]) with sops metadata", '''
metrc:
    vendor_key: @@a@@
    user_key: @@b@@
onfleet:
    api_key: @@c@@
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:418273645019:key/5c1e0a9b-3d7f-4e2a-8b6c-9f0d1e2a3b4c
          created_at: "2024-02-12T18:22:41Z"
          enc: @@kms@@
          aws_profile: ""
    lastmodified: "2024-02-12T18:22:42Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', a=sops_enc(), b=sops_enc(), c=sops_enc(), kms="AQICAHh" + b64key(150), mac=sops_enc())

# ---------------------------------------------------------------- decoys: payments, public keys and ids

add("javascript/decoy-publishable-key", "merch/static/checkout.js", "Stripe docs: publishable keys (pk_live_) are meant for client-side code", '''
// Merch (hemp/apparel) checkout only. Publishable key is public by design.
const stripe = Stripe('pk_live_@@pk@@');

document.querySelector('#checkout').addEventListener('click', async () => {
  const res = await fetch('/api/merch/checkout-session', { method: 'POST' });
  const { id } = await res.json();
  const { error } = await stripe.redirectToCheckout({ sessionId: id });
  if (error) {
    document.querySelector('#error').textContent = error.message;
  }
});
''', pk=mixed(99))

add("yaml/decoy-site-key", "config/age_gate.yml", "Google reCAPTCHA docs: the site key is public, the secret key is not", '''
age_gate:
  min_age: 21
  medical_min_age: 18
  remember_days: 30
  blocked_states: [ID, NE, KS]
recaptcha:
  site_key: 6Lc@@rc@@
  secret_key: ${RECAPTCHA_SECRET_KEY}
  min_score: 0.5
''', rc=mixed(37))

add("javascript/decoy-firebase-web", "driver-app/web/src/firebase.js", "Firebase docs: API keys for Firebase are not secret (web config)", '''
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Web app config from the Firebase console; safe to ship in the client bundle.
const firebaseConfig = {
  apiKey: '@@k@@',
  authDomain: 'greenroute-drivers.firebaseapp.com',
  projectId: 'greenroute-drivers',
  storageBucket: 'greenroute-drivers.appspot.com',
  messagingSenderId: '418273645019',
  appId: '1:418273645019:web:@@app@@',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', k=google_key(), app=hexs(22))

add("javascript/decoy-mapbox-public", "dispatch-web/src/map.js", "Mapbox docs: public tokens (pk.) for Mapbox GL JS", '''
import mapboxgl from 'mapbox-gl';

// Public token, URL-restricted to dispatch.canopyrow.com
mapboxgl.accessToken = '@@pk@@';

export function createMap(el) {
  return new mapboxgl.Map({
    container: el,
    style: 'mapbox://styles/greenroute/clr0k2x9a00ab01qs3e4h5f6g',
    center: [-122.6765, 45.5231],
    zoom: 10.5,
  });
}
''', pk=mapbox_token("pk", "greenroute"))

add("python/decoy-sid-only", "notifications/sms_client.py", "Twilio docs: Account SID is an identifier; the auth token is read from the environment", '''
import os

from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
MESSAGING_SERVICE_SID = "@@mg@@"

client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def order_ready(phone: str, order_no: str) -> None:
    client.messages.create(
        to=phone,
        messaging_service_sid=MESSAGING_SERVICE_SID,
        body=f"Order {order_no} is ready for pickup. Bring a valid 21+ ID.",
    )
''', sid=twilio_sid(), mg=twilio_sid("MG"))

add("json/decoy-webhook-payload", "tests/fixtures/onfleet/taskCompleted.json", "Onfleet docs: webhook payload (taskCompleted)", '''
{
  "taskId": "@@t@@",
  "data": {
    "task": {
      "id": "@@t@@",
      "shortId": "@@short@@",
      "organization": "@@org@@",
      "worker": "@@w@@",
      "trackingURL": "https://onf.lt/@@track@@",
      "completionDetails": {
        "success": true,
        "notes": "ID checked, 21+",
        "signatureUploadId": "@@sig@@"
      }
    }
  },
  "triggerId": 3,
  "triggerName": "taskCompleted",
  "time": 1710778931.212
}
''', t=onfleet_id(), short=hexs(8), org=onfleet_id(), w=onfleet_id(), track=hexs(10), sig=onfleet_id())

add("javascript/decoy-sentry-dsn", "storefront/sentry.client.config.js", "Sentry docs: DSNs are safe to keep public", '''
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: '@@dsn@@',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
  beforeSend(event) {
    // never ship customer PII (medical card numbers) to Sentry
    if (event.user) delete event.user.email;
    return event;
  },
});
''', dsn=sentry_dsn())

add("env/decoy-public-ids", "marketing/.env.defaults", "Klaviyo docs: the public API key (site id) identifies the account in onsite JS", '''
KLAVIYO_PUBLIC_KEY=Xk7P2q
KLAVIYO_PRIVATE_KEY=
KLAVIYO_LIST_RECREATIONAL=Ua7Hb2
KLAVIYO_LIST_MEDICAL=Qw3Rt9
GA_MEASUREMENT_ID=G-7QK2M4XB1R
GTM_CONTAINER_ID=GTM-5KQ8X2M
''')

# ---------------------------------------------------------------- decoys: databases and reporting

add("ini/decoy-default-url", "tools/migrations/alembic.ini", "Alembic docs: the generated alembic.ini (driver://user:pass@localhost/dbname)", '''
[alembic]
script_location = migrations
prepend_sys_path = .
# overridden in env.py from DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic
''')

add("properties/decoy-placeholder", "inventory-service/src/main/resources/application.properties", "Spring Boot docs: property placeholders (${...})", '''
server.port=8085
spring.application.name=inventory-service
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/inventory
spring.datasource.username=${DB_USER:inventory_app}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
metrc.base-url=${METRC_BASE_URL:https://sandbox-api-mi.metrc.com}
metrc.user-key=${METRC_USER_KEY:}
metrc.license=AU-R-000512
''')

add("xml/decoy-integrated-auth", "POS.Web/Web.Release.config", "Microsoft docs: Integrated Security connection strings", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="PosDb"
         connectionString="Server=POS-SQL01\\SQLEXPRESS;Database=DispensaryPOS;Integrated Security=SSPI;TrustServerCertificate=True"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
''')

emp = ",\n".join(f"  ({i}, '{n}', '{r}', '{bcrypt_hash()}')" for i, (n, r) in enumerate(
    [("Marisol Vega", "manager"), ("Dante Okafor", "budtender"), ("Priya Shah", "budtender"),
     ("Kevin Tran", "inventory"), ("Lena Brooks", "driver")], start=1))
add("sql/decoy-bcrypt", "db/seed/020_employees.sql", "bcrypt password hashes ($2b$) in seed data", '''
-- Demo employees for the staging POS. PINs are bcrypt hashes (cost 12); the PINs themselves
-- are handed out by the store manager.
INSERT INTO pos.employees (id, full_name, role, pin_hash) VALUES
@@emp@@;

INSERT INTO pos.registers (id, name, store_license) VALUES
  (1, 'Register 1', 'C10-0000774-LIC'),
  (2, 'Register 2', 'C10-0000774-LIC');
''', emp=emp)

keys = ",\n".join(f"  ('{p}', '{hexs(64)}', '{n}', now())" for p, n in
                  [("gl_live_", "weedmaps-menu"), ("gl_live_", "leafly-menu"), ("gl_test_", "staging-kiosk")])
add("sql/decoy-sha256", "db/migrations/V14__partner_api_keys.sql", "API keys stored as SHA-256 digests (only the prefix in clear)", '''
CREATE TABLE partner_api_keys (
    id          bigserial PRIMARY KEY,
    key_prefix  text NOT NULL,
    key_sha256  char(64) NOT NULL UNIQUE,
    partner     text NOT NULL,
    created_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

INSERT INTO partner_api_keys (key_prefix, key_sha256, partner, created_at) VALUES
@@keys@@;
''', keys=keys)

add("yaml/decoy-env-var", "analytics/dbt/profiles.ci.yml", "dbt docs: env_var in profiles.yml", '''
canopy:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
      role: TRANSFORMER
      warehouse: CI_WH
      database: CANOPY_CI
      schema: "pr_{{ env_var('CI_MERGE_REQUEST_IID', 'local') }}"
      threads: 4
''')

add("toml/decoy-placeholder", ".streamlit/secrets.toml.example", "Streamlit docs: secrets.toml (example copy with placeholders)", '''
# Copy to .streamlit/secrets.toml (git-ignored) and fill in.
[headset]
api_url = "https://api.headset.io/v1"
api_key = "your-headset-api-key"
market = "WA"

[warehouse]
host = "analytics.internal"
port = 5432
database = "canopy"
user = "dash_ro"
password = "xxxxxxxx"
''')

# ---------------------------------------------------------------- decoys: grow-room sensors

add("cpp/decoy-template", "firmware/room-sensor/src/secrets.h.example", "Arduino convention: secrets.h template committed as .example", '''
#pragma once
// Copy to secrets.h (git-ignored) and fill in for your site.

#define WIFI_SSID      "YOUR_SSID"
#define WIFI_PASSWORD  "YOUR_WIFI_PASSWORD"

#define MQTT_HOST      "10.30.0.5"
#define MQTT_PORT      1883
#define MQTT_USER      "sensor"
#define MQTT_PASSWORD  "<mqtt-password>"
#define MQTT_TOPIC     "grow/ROOM/env"
''')

add("yaml/decoy-secret-tags", "esphome/flower-room-node.yaml", "ESPHome docs: !secret substitutions", '''
esphome:
  name: flower-room-node
  friendly_name: Flower Room Node

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Flower-Node Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: scd4x
    co2:
      name: "Flower CO2"
    update_interval: 60s
''')

add("yaml/decoy-secret-tags", "homeassistant/configuration.yaml", "Home Assistant docs: !secret in configuration.yaml", '''
homeassistant:
  name: Canopy Row Grow
  latitude: !secret latitude
  longitude: !secret longitude
  unit_system: us_customary

http:
  use_x_forwarded_for: true
  trusted_proxies: [10.30.0.2]

influxdb:
  api_version: 2
  host: influx.swf.local
  token: !secret influx_token
  organization: sweetwater
  bucket: home_assistant

notify:
  - platform: slack
    name: grow_ops
    api_key: !secret slack_bot_token
    default_channel: "#grow-ops"
''')

pw_lines = "\n".join(f"{u}:{mosquitto_hash()}" for u in ["sensor", "irrigation", "bridge", "telegraf", "nodered", "z2m", "frigate"])
add("conf/decoy-hashes", "mosquitto/passwd", "mosquitto_passwd(1): password file with PBKDF2-SHA512 hashes ($7$)", '''
@@pw@@
''', pw=pw_lines)

add("json/decoy-encrypted", "node-red/flows_cred.enc.json", "Node-RED docs: credentials file encrypted with credentialSecret", '''
{
    "$": "@@iv@@@@ct@@"
}


''', iv=hexs(32), ct=b64key(180))

add("toml/decoy-env-ref", "telegraf/telegraf.d/outputs.conf", "Telegraf docs: environment variables in the config (${VAR})", '''
[[outputs.influxdb_v2]]
  urls = ["http://influx.swf.local:8086"]
  token = "${INFLUX_TOKEN}"
  organization = "sweetwater"
  bucket = "grow_env"

[[outputs.mqtt]]
  servers = ["tcp://10.30.0.5:1883"]
  topic = "telegraf/{{ .Hostname }}"
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
''')

add("yaml/decoy-env-ref", "grow-stack/grafana/provisioning/datasources/influx-prod.yaml", "Grafana docs: provisioning with $ENV_VAR interpolation", '''
apiVersion: 1

datasources:
  - name: GrowEnv
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: sweetwater
      defaultBucket: grow_env
    secureJsonData:
      token: $INFLUX_TOKEN
  - name: Seed2Sale
    type: postgres
    url: db.prod.internal:5432
    user: grafana_ro
    jsonData: { database: seed2sale, sslmode: require }
    secureJsonData:
      password: ${GRAFANA_PG_PASSWORD}
''')

add("ini/decoy-env-ref", "grow-stack/grafana/grafana.prod.ini", "Grafana docs: $__env{} and $__file{} in grafana.ini", '''
[server]
http_port = 3000
domain = grafana.swf.local

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECRET_KEY}

[database]
type = postgres
host = db.prod.internal:5432
name = grafana
user = grafana
password = $__env{GF_DATABASE_PASSWORD}
''')

add("json/decoy-uplink", "tests/fixtures/ttn/uplink_soil.json", "The Things Stack docs: uplink message (device ids, session key id)", '''
{
  "end_device_ids": {
    "device_id": "soil-hoop3-07",
    "application_ids": { "application_id": "swf-hoophouse-soil" },
    "dev_eui": "@@deveui@@",
    "join_eui": "@@joineui@@",
    "dev_addr": "@@addr@@"
  },
  "received_at": "2024-06-11T14:02:11.532Z",
  "uplink_message": {
    "session_key_id": "@@skid@@",
    "f_port": 2,
    "frm_payload": "@@frm@@",
    "decoded_payload": { "vwc": 31.4, "soil_temp": 21.8, "ec": 1.21 },
    "rx_metadata": [{ "gateway_ids": { "gateway_id": "swf-gw-01" }, "rssi": -97, "snr": 7.25 }]
  }
}
''', deveui=hexs(16, True), joineui=hexs(16, True), addr=hexs(8, True), skid=b64key(16), frm=b64key(9))

add("python/decoy-device-ids", "lorawan/register_devices.py", "The Things Stack docs: DevEUI and JoinEUI are device identifiers; AppKey is not", '''
"""Register new soil probes; DevEUI/JoinEUI are printed on the probe label."""
import os
import secrets

import requests

API = "https://nam1.cloud.thethings.network/api/v3"
HEADERS = {"Authorization": f"Bearer {os.environ['TTN_API_KEY']}"}
PROBES = {
    "soil-hoop3-08": ("@@d1@@", "@@j@@"),
    "soil-hoop3-09": ("@@d2@@", "@@j@@"),
}

for device_id, (dev_eui, join_eui) in PROBES.items():
    app_key = secrets.token_hex(16).upper()  # generated per device, written to the probe over NFC
    requests.post(f"{API}/applications/swf-hoophouse-soil/devices", headers=HEADERS, json={
        "end_device": {"ids": {"device_id": device_id, "dev_eui": dev_eui, "join_eui": join_eui}},
    }, timeout=30).raise_for_status()
''', d1=hexs(16, True), d2=hexs(16, True), j=hexs(16, True))

sums = "\n".join(f"{hexs(64)}  {n}" for n in ["room-sensor-v0.6.2.bin", "irrigation-controller-v1.3.0.bin",
                                               "dry-room-v0.2.1.bin", "clone-room-node-2024.3.bin", "partitions.bin"])
add("text/decoy-checksums", "firmware/releases/SHA256SUMS", "sha256sum(1) output", '''
@@sums@@
''', sums=sums)

add("conf/decoy-public-keys", "infra/wireguard/wg0-peers.conf", "WireGuard docs: PrivateKey loaded from a file (PostUp wg set); peers by public key", '''
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# grow facility gateway
PublicKey = @@p1@@
AllowedIPs = 10.99.0.2/32, 10.30.0.0/16

[Peer]
# Albuquerque store NVR
PublicKey = @@p2@@
AllowedIPs = 10.99.0.3/32, 10.50.0.0/24
''', p1=b64key(32), p2=b64key(32))

# ---------------------------------------------------------------- decoys: cameras

add("yaml/decoy-env-ref", "nvr/frigate/config.prod.yml", "Frigate docs: {FRIGATE_*} environment variable substitution", '''
mqtt:
  host: 10.30.0.5
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  vault:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.0.21:554/Streaming/Channels/101
          roles: [record, detect]
    record:
      enabled: true
      retain: { days: 90, mode: all }
''')

cams = "\n".join(f"{n},{ip},{':'.join(hexs(2) for _ in range(6)).upper()},{uppers(9, '0123456789')}{uppers(4)},V5.7.{i}"
                 for i, (n, ip) in enumerate([("vault", "10.50.0.21"), ("sales-floor-1", "10.50.0.22"), ("sales-floor-2", "10.50.0.23"),
                                              ("receiving", "10.50.0.24"), ("flower-1", "10.50.0.31"), ("dry-room", "10.50.0.32")]))
add("csv/decoy-inventory", "security/cameras.csv", "Camera inventory kept for the state security plan (MACs, serials)", '''
name,ip,mac,serial,firmware
@@cams@@
''', cams=cams)

add("markdown/decoy-placeholder", "security/README.md", "Team docs: camera onboarding with placeholders", '''
# Surveillance cameras

State rules: every limited-access area is recorded 24/7, footage kept 90 days, and
the regulator gets remote view access on request.

## Adding a camera
1. Change the factory password on first login (Hikvision default is set during activation).
2. Create the `healthcheck` user (viewer only) with the password from 1Password "Camera healthcheck".
3. Add the camera to `cameras.csv` and to Frigate:

```yaml
- path: rtsp://healthcheck:<password>@10.50.0.XX:554/Streaming/Channels/101
```

Never paste real passwords in this file or in Slack.
''')

# ---------------------------------------------------------------- decoys: keys, ciphertext, infra

add("ssh/decoy-public-keys", "pi-image/overlay/home/grower/.ssh/authorized_keys", "OpenSSH authorized_keys format (public keys)", '''
# grow-room Pi image: who may log in as grower
# rotate when someone leaves (see security/README.md)
@@a@@ marisol@ops-laptop
@@b@@ deploy@ci
@@c@@ kevin@grow-office
''', a=ssh_pub(), b=ssh_pub(), c=ssh_pub("ssh-rsa"))

add("pem/decoy-certificate", "mosquitto/certs/ca.crt", "X.509 CA certificate (PEM) for the site MQTT broker", '''
@@c@@
''', c=cert_pem())

add("json/decoy-jwks", "customer-portal/tests/fixtures/jwks.json", "RFC 7517: JSON Web Key Set (public keys)", '''
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB",
      "x5t": "@@x5t@@"
    }
  ]
}
''', kid=mixed(22), n=b64url(rbytes(256)), x5t=b64url(rbytes(20)))

add("pgp/decoy-public-key", "compliance/keys/regulator-reports.asc", "RFC 4880: ASCII-armored public key (encrypting reports to the regulator)", '''
@@k@@
''', k=armor("PGP PUBLIC KEY BLOCK", 12))

add("pgp/decoy-message", "compliance/keys/metrc-keys.txt.asc", "RFC 4880: ASCII-armored encrypted message (gpg --encrypt --armor)", '''
@@k@@
''', k=armor("PGP MESSAGE", 8))

add("age/decoy-ciphertext", "deploy/secrets/prod.env.age", "age encryption format: ASCII armor", '''
-----BEGIN AGE ENCRYPTED FILE-----
@@body@@
-----END AGE ENCRYPTED FILE-----
''', body="\n".join(b64key(48) for _ in range(5)))

add("json/decoy-secret-arns", "deploy/ecs/taskdef-metrc-sync.json", "Amazon ECS docs: secrets valueFrom (Secrets Manager / SSM ARNs)", '''
{
  "family": "metrc-sync",
  "containerDefinitions": [
    {
      "name": "metrc-sync",
      "image": "418273645019.dkr.ecr.us-west-2.amazonaws.com/metrc-sync@sha256:@@dig@@",
      "environment": [
        { "name": "METRC_LICENSE", "value": "AU-R-000512" }
      ],
      "secrets": [
        { "name": "METRC_VENDOR_KEY", "valueFrom": "arn:aws:secretsmanager:us-west-2:418273645019:secret:prod/compliance/metrc-Ab12Cd:vendor_key::" },
        { "name": "METRC_USER_KEY", "valueFrom": "arn:aws:secretsmanager:us-west-2:418273645019:secret:prod/compliance/metrc-Ab12Cd:user_key::" },
        { "name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-west-2:418273645019:parameter/prod/seed2sale/db_password" }
      ]
    }
  ]
}
''', dig=hexs(64))

add("yaml/decoy-kms-ciphertext", "config/secrets.kms.yaml", "AWS KMS: CiphertextBlob (base64) decrypted at startup", '''
# Encrypted with alias/seed2sale-config; the service calls kms:Decrypt on boot.
encrypted:
  metrc_user_key: AQICAHh@@a@@
  onfleet_api_key: AQICAHh@@b@@
kms_key_alias: alias/seed2sale-config
region: us-west-2
''', a=b64key(190), b=b64key(170))

add("python/decoy-transit", "compliance/crypto.py", "HashiCorp Vault docs: transit secrets engine ciphertext (vault:v1:)", '''
import hvac

client = hvac.Client(url="https://vault.greenleaf.tech")

# Medical card numbers are stored encrypted; this one is from the staging seed data.
SAMPLE_CIPHERTEXT = "vault:v1:@@ct@@"


def decrypt_card(ciphertext: str) -> str:
    resp = client.secrets.transit.decrypt_data(name="med-cards", ciphertext=ciphertext)
    return resp["data"]["plaintext"]


def encrypt_card(plaintext_b64: str) -> str:
    resp = client.secrets.transit.encrypt_data(name="med-cards", plaintext=plaintext_b64)
    return resp["data"]["ciphertext"]
''', ct=b64key(45))

add("notebook/decoy-getpass", "analysis/discount_impact.ipynb", "Jupyter nbformat 4; getpass for interactive credentials", '''
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import snowflake.connector\\n",
    "conn = snowflake.connector.connect(\\n",
    "    account='xy12345.us-west-2', user='MARISOL', password=getpass.getpass('Snowflake password: '),\\n",
    "    warehouse='ANALYST_WH', database='CANOPY', schema='MARTS')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("batch/decoy-key-auth", "pos-terminal/scripts/upload_eod_v2.bat", "WinSCP docs: open with -privatekey and -hostkey", '''
@echo off
REM End-of-day export -> distributor SFTP, key-based auth (no password in the script)
set EXPORT=C:\\POS\\Exports\\eod_%date:~10,4%%date:~4,2%%date:~7,2%.csv

"C:\\Program Files (x86)\\WinSCP\\WinSCP.com" /ini=nul /command ^
    "open sftp://emeraldgate@sftp.evergreendistro.com/ -privatekey=C:\\POS\\keys\\eod_upload.ppk -hostkey=""ssh-ed25519 255 Xq2ZpJ8vX0aS1m6kO4Qy7b9N3tRcUe5WfHg1iL2oD8s""" ^
    "put %EXPORT% /inbound/" ^
    "exit"
''')

add("properties/decoy-config-provider", "trace-events/config/client.prod.properties", "Apache Kafka docs: FileConfigProvider (${file:path:key})", '''
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers=pkc-12abc.us-west-2.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/etc/kafka/creds.properties:api_key}" password="${file:/etc/kafka/creds.properties:api_secret}";
acks=all
''')

add("yaml/decoy-ssm-ref", "customer-portal/serverless.prod.yml", "Serverless Framework docs: ${ssm:} variables", '''
service: customer-portal
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  environment:
    AUTH0_DOMAIN: canopyrow.us.auth0.com
    AUTH0_CLIENT_ID: Vq3xL8mN2pR7tY1wZ4aB6cD9eF0gH5jK
    AUTH0_CLIENT_SECRET: ${ssm:/customer-portal/prod/auth0-client-secret}
    MEDICAL_CARD_BUCKET: canopyrow-med-cards
''')

add("apache/decoy-env-ref", "deploy/apache/jane-proxy.prod.conf", "Apache mod_headers docs: %{VAR}e environment expansion", '''
<VirtualHost *:443>
    ServerName menu.highdesertprovisions.com
    SSLEngine on
    SSLProxyEngine on
    ProxyPass        /api/jane/ https://api.iheartjane.com/partner/v1/
    ProxyPassReverse /api/jane/ https://api.iheartjane.com/partner/v1/
    # JANE_PARTNER_TOKEN is set in /etc/apache2/envvars.d/jane (root-only)
    RequestHeader set Authorization "Bearer %{JANE_PARTNER_TOKEN}e"
    RequestHeader set X-Store-Id "4412"
</VirtualHost>
''')

add("php/decoy-placeholder", "wp-config-sample.php", "WordPress docs: wp-config-sample.php placeholders", '''
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'egd_';
define( 'AGE_GATE_MIN', 21 );
''')

add("env/decoy-blank", "order-portal/.env.example", "Laravel docs: .env.example", '''
APP_NAME="High Desert Orders"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=orders
DB_USERNAME=root
DB_PASSWORD=

AEROPAY_API_SECRET=
''')

add("json/decoy-test-vector", "tests/fixtures/webhook_signatures.json", "Test vectors that declare their secret a dummy", '''
{
  "_comment": "HMAC-SHA256 vectors for our own webhook verifier; the secret is a dummy used only here",
  "secret": "dummy-webhook-secret-for-tests",
  "cases": [
    { "body": "{\\"event\\":\\"order.ready\\",\\"id\\":1}", "signature": "sha256=@@s1@@" },
    { "body": "{\\"event\\":\\"order.cancelled\\",\\"id\\":2}", "signature": "sha256=@@s2@@" }
  ]
}
''', s1=hexs(64), s2=hexs(64))

add("yaml/decoy-ids", "grow/rooms.yaml", "Facility layout config: room, sensor and Metrc location ids", '''
facility:
  license: CML17-0000112
  metrc_location_type: Indoor
rooms:
  - name: Flower 1
    id: @@r1@@
    metrc_location_id: 88213
    sensors: [@@s1@@, @@s2@@]
  - name: Veg 2
    id: @@r2@@
    metrc_location_id: 88217
    sensors: [@@s3@@]
  - name: Dry Room
    id: @@r3@@
    metrc_location_id: 88220
    sensors: [@@s4@@]
''', r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), s1=uuid_s(), s2=uuid_s(), s3=uuid_s(), s4=uuid_s())

add("yaml/decoy-openapi", "api/openapi.yaml", "OpenAPI 3 docs: apiKey security scheme with an example placeholder", '''
openapi: 3.0.3
info:
  title: Canopy Row partner API
  version: 1.4.0
servers:
  - url: https://api.canopyrow.com/v1
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-API-KEY
      description: "Partner key, e.g. `gl_live_<32 characters>`; ask partners@canopyrow.com."
security:
  - partnerKey: []
paths:
  /menu:
    get:
      summary: Current menu with Metrc package labels
      parameters:
        - in: header
          name: X-API-KEY
          required: true
          schema: { type: string }
          example: gl_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
      responses:
        "200": { description: OK }
''')

add("typescript/decoy-test", "packages/metrc-sdk/test/config.test.ts", "Jest tests with fake keys that declare themselves fake", '''
import { buildAuthHeader } from '../src/auth';

const FAKE_VENDOR = 'test-vendor-key-not-real';
const FAKE_USER = 'test-user-key-not-real';

describe('buildAuthHeader', () => {
  it('joins vendor and user keys as HTTP Basic', () => {
    const header = buildAuthHeader(FAKE_VENDOR, FAKE_USER);
    expect(header.startsWith('Basic ')).toBe(true);
    expect(Buffer.from(header.slice(6), 'base64').toString()).toBe(`${FAKE_VENDOR}:${FAKE_USER}`);
  });
});
''')

rows = "\n".join(f"{uppers(10, '0123456789')},{metrc_tag()},{d},{lic},{plate},{drv}"
                 for d, lic, plate, drv in [("2024-03-18", "C11-0001288-LIC", "8ABC123", "D*****412"),
                                            ("2024-03-18", "C12-0000316-LIC", "8ABC123", "D*****412"),
                                            ("2024-03-19", "C10-0000774-LIC", "7XYZ908", "D*****077"),
                                            ("2024-03-21", "C10-0000774-LIC", "7XYZ908", "D*****077"),
                                            ("2024-03-22", "C11-0001288-LIC", "8ABC123", "D*****412")])
add("csv/decoy-manifest", "reporting/out/transfer_manifests_2024-03.csv", "Metrc transfer manifest export (CSV)", '''
ManifestNumber,PackageLabel,DepartureDate,RecipientLicense,VehiclePlate,DriverLicense
@@rows@@
''', rows=rows)
