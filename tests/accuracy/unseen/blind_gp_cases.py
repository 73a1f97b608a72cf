"""Blind set GP: landscaping and grounds-maintenance companies.

Irrigation controllers, smart sprinklers and weather stations, fleet and equipment telematics,
route planning, seasonal crew payroll, plant nurseries' wholesale portals, customer portals and
billing, and the office IT behind them, in the formats such teams commit, with their decoys.
Generated fakes only (seeds 2440000-2449999).
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
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
SEED_LO, SEED_HI = 2440000, 2449999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters of `alphabet` from the next seed (of ALNUM: both cases and a digit)."""
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


def uhexs(n: int) -> str:
    return draw(n, UHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def rand_bytes_b64(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


WORDS = ["Juniper", "Boxwood", "Fescue", "Yarrow", "Aspen", "Clover", "Sedum", "Birch", "Hosta", "Laurel",
         "Sumac", "Thyme", "Alder", "Bluestem", "Holly", "Redbud", "Sorrel", "Tamarack", "Zinnia", "Cypress"]
LOWER = ["gravel", "trowel", "mulch", "hedge", "sprout", "acorn", "pebble", "thatch", "loam", "fern",
         "dahlia", "willow", "rake", "trellis", "meadow", "sprinkler"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def complex_pw(n: int = 12) -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + "!#$%&*") for _ in range(n))
        if (any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value)
                and any(c in "!#$%&*" for c in value)):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gmail_app_pw() -> str:
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def no_at(make) -> str:
    """A generated value without "@@" (the case template's field marker)."""
    while True:
        value = make()
        if "@@" not in value:
            return value


def django_key() -> str:
    return no_at(lambda: fakes.django_secret_key(_seed()))


def redis_pw() -> str:
    return fakes.redis_password(_seed())


# -- vendor shapes ---------------------------------------------------------------------------------

def stripe_key(prefix: str = "sk_live_", legacy: bool = False) -> str:
    return prefix + (draw(24) if legacy else "51" + draw(97))


def stripe_whsec() -> str:
    return "whsec_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def google_key() -> str:
    return "AIzaSy" + draw(33, URLSAFE)


def mapbox_token(kind: str, user: str) -> str:
    claims = json.dumps({"u": user, "a": draw(25, LOWNUM)}, separators=(",", ":"))
    return f"{kind}.{b64url(claims)}." + draw(22, URLSAFE)


def slack_webhook() -> str:
    return "https://hooks.slack.com/services/T" + draw(10, UPNUM) + "/B" + draw(10, UPNUM) + "/" + draw(24)


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{draw(43, URLSAFE)}")


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def samsara_token() -> str:
    return "samsara_api_" + draw(30)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def jwt(payload: dict, sig: int = 43) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}." + draw(sig, URLSAFE)


def hydrawise_key() -> str:
    return "-".join(uhexs(4) for _ in range(4))


def okta_token() -> str:
    return "00" + draw(40, URLSAFE)


def paypal_id(first: str) -> str:
    return first + draw(79, URLSAFE)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def vin() -> str:
    r = _rng()
    return r.choice(["1FTFW1E8", "1GC4YPEY", "3C6UR5CL", "1FDUF5HT", "1HTKHPVK", "4T1BZ1HK"]) + "".join(
        r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))


def _enc_num(value: int) -> str:
    value = ~(value << 1) if value < 0 else value << 1
    out = ""
    while value >= 0x20:
        out += chr((0x20 | (value & 0x1F)) + 63)
        value >>= 5
    return out + chr(value + 63)


def polyline(n: int = 24, lat: float = 44.95, lng: float = -93.09) -> str:
    """A Google encoded polyline of a plausible drive (backslashes escaped for JSON and Python)."""
    def make() -> str:
        r = _rng()
        out, plat, plng, la, ln = "", 0, 0, lat, lng
        for _ in range(n):
            la += r.uniform(-0.004, 0.006)
            ln += r.uniform(-0.006, 0.005)
            ila, iln = round(la * 1e5), round(ln * 1e5)
            out += _enc_num(ila - plat) + _enc_num(iln - plng)
            plat, plng = ila, iln
        return out.replace("\\", "\\\\")
    return no_at(make)


def _lines(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def pkcs8_pem() -> str:
    r = _rng()
    head = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"
    body = head + "".join(r.choice(B64) for _ in range(64 * 9 - len(head)))
    return "-----BEGIN PRIVATE KEY-----\n" + _lines(body) + "\n-----END PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD"
    body = head + "".join(r.choice(B64) for _ in range(70 * 5 - len(head) - 7)) + "AAAAA=="
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + _lines(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    head = "MIIDrzCCApegAwIBAgIU"
    body = head + "".join(r.choice(B64) for _ in range(64 * 9 - len(head) - 4)) + "Aw=="
    return "-----BEGIN CERTIFICATE-----\n" + _lines(body) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


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
    CASES.append(LabelledCase(f"blind-gp/{category}", file_name, text, secret, source))


# == Irrigation controllers, smart sprinklers and weather stations ===================================

add("python/rachio-api-key", "irrigation/rachio_sync.py",
    "Rachio public API docs (api.rach.io/1/public, Authorization: Bearer <api key>)", r'''
"""Pull Rachio controller schedules into the ops dashboard every 30 min."""
import logging

import requests

log = logging.getLogger(__name__)

BASE = "https://api.rach.io/1/public"
# account: irrigation@greenlinegrounds.com (shared ops login)
RACHIO_TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {RACHIO_TOKEN}", "Content-Type": "application/json"}


def person_id() -> str:
    r = requests.get(f"{BASE}/person/info", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return r.json()["id"]


def devices():
    pid = person_id()
    r = requests.get(f"{BASE}/person/{pid}", headers=HEADERS, timeout=10)
    r.raise_for_status()
    for dev in r.json()["devices"]:
        yield dev["id"], dev["name"], [z["name"] for z in dev["zones"] if z["enabled"]]


def rain_delay(device_id: str, hours: int = 48) -> None:
    body = {"id": device_id, "duration": hours * 3600}
    requests.put(f"{BASE}/device/rain_delay", json=body, headers=HEADERS, timeout=10).raise_for_status()
    log.info("rain delay %sh on %s", hours, device_id)
''', secret=uuid_s())

add("yaml/decoy-device-ids", "config/rachio_devices.yaml",
    "Rachio public API docs (device and zone ids from GET /person/{id})", r"""
# Rachio controllers on maintained properties (ids from GET /person/{id})
rachio:
  api_key: ${RACHIO_API_KEY}
  poll_minutes: 30
properties:
  - name: Lakeside Commons HOA
    device_id: @@d1@@
    zones:
      - { number: 1, id: @@z1@@, name: "Front entry turf" }
      - { number: 2, id: @@z2@@, name: "Clubhouse beds (drip)" }
      - { number: 3, id: @@z3@@, name: "Pond berm" }
  - name: Harmon Medical Park
    device_id: @@d2@@
    zones:
      - { number: 1, id: @@z4@@, name: "Parking islands" }
      - { number: 4, id: @@z5@@, name: "Retention slope" }
  - name: St. Brendan Parish
    device_id: @@d3@@
    smart_cycle: true
    zones:
      - { number: 1, id: @@z6@@, name: "Church lawn" }
""", d1=uuid_s(), d2=uuid_s(), d3=uuid_s(), z1=uuid_s(), z2=uuid_s(), z3=uuid_s(), z4=uuid_s(), z5=uuid_s(),
    z6=uuid_s())

add("shell/hydrawise-api-key", "scripts/hydrawise_zone_test.sh",
    "Hunter Hydrawise API v1 docs (statusschedule.php and setzone.php with the api_key parameter)", r"""
#!/usr/bin/env bash
# Spring start-up: run each zone 2 minutes on a Hydrawise controller and print status.
# usage: ./hydrawise_zone_test.sh <controller_id>
set -euo pipefail

HW_KEY="@@secret@@"
API="https://api.hydrawise.com/api/v1"
CONTROLLER="${1:?controller id}"

status() {
  curl -fsS "${API}/statusschedule.php?api_key=${HW_KEY}&controller_id=${CONTROLLER}&hours=24"
}

relays=$(status | jq -r '.relays[].relay_id')
for relay in $relays; do
  echo "running relay ${relay} for 120s"
  curl -fsS "${API}/setzone.php?api_key=${HW_KEY}&action=run&period_id=999&custom=120&relay_id=${relay}" | jq -r .message
  sleep 130
done
status | jq '.relays[] | {name, timestr, run}'
""", secret=hydrawise_key())

add("python/hydrawise-password", "hydrawise/poller.py",
    "pydrawise README (Hydrawise(Auth(username, password)) GraphQL client)", r'''
"""Hydrawise GraphQL poller: flags zones that ran long or never ran overnight."""
import asyncio
from datetime import datetime, timedelta

from pydrawise import Auth, Hydrawise

HYDRAWISE_USER = "controllers@bluestemirrigation.net"
HYDRAWISE_PASSWORD = "@@secret@@"


async def main() -> None:
    client = Hydrawise(Auth(HYDRAWISE_USER, HYDRAWISE_PASSWORD))
    user = await client.get_user()
    cutoff = datetime.now() - timedelta(hours=12)
    for controller in await client.get_controllers():
        zones = await client.get_zones(controller)
        for zone in zones:
            last = zone.scheduled_runs.previous_run if zone.scheduled_runs else None
            if last is None or last.start_time < cutoff:
                print(f"{user.customer_id} {controller.name}: zone {zone.number} '{zone.name}' did not run")
            elif last.normal_duration and last.duration > last.normal_duration * 1.5:
                print(f"{controller.name}: zone {zone.number} ran {last.duration} (normal {last.normal_duration})")


if __name__ == "__main__":
    asyncio.run(main())
''', secret=words_pw())

add("python/decoy-test-fixture", "tests/test_hydrawise_parser.py",
    "pytest docs (fixtures); Hydrawise API v1 statusschedule response shape", r'''
import json

import pytest

from hydrawise.parse import parse_status

FIXTURE = json.loads("""
{
  "nextpoll": 60,
  "time": 1715680000,
  "controller_id": 52381,
  "serial_number": "A1B2C3D4E5F6",
  "relays": [
    {"relay_id": 5965394, "relay": 1, "name": "Front lawn", "time": 3600, "run": 600},
    {"relay_id": 5965395, "relay": 2, "name": "Side beds drip", "time": 1, "run": 0}
  ]
}
""")


@pytest.fixture
def api_key():
    return "test-api-key"


def test_parse_status_names_relays(api_key):
    status = parse_status(FIXTURE, api_key=api_key)
    assert [z.name for z in status.zones] == ["Front lawn", "Side beds drip"]
    assert status.controller_serial == "A1B2C3D4E5F6"


def test_running_zone_has_remaining_time(api_key):
    status = parse_status(FIXTURE, api_key=api_key)
    assert status.zones[1].running
''')

add("yaml/rainbird-controller-password", "homeassistant/secrets.yaml",
    "Home Assistant docs (Storing secrets in secrets.yaml); Rain Bird integration (host and password)", r"""
# Shop Home Assistant (demo wall + Rain Bird test bench)
# Use "!secret <name>" in configuration.yaml
home_latitude: 44.9537
home_longitude: -93.0900
home_elevation: 262
shop_wifi_ssid: GL-Shop-IoT
rainbird_host: 10.20.4.31
rainbird_password: "@@secret@@"
weather_station_id: KMNSTPAU187
mqtt_host: mqtt.shop.greenline.lan
""", secret=rand_pw(14))

add("python/rainbird-controller-password", "tools/rainbird_winterize.py",
    "pyrainbird docs (create_controller(session, host, password), set_rain_delay)", r'''
"""Winterization helper: set Rain Bird LNK controllers to rain delay and stop all zones."""
import asyncio
import sys

import aiohttp
from pyrainbird.async_client import create_controller

# All LNK WiFi modules we install are programmed with the same controller password.
LNK_PASSWORD = "@@secret@@"
SITES = {
    "maple-ridge-clubhouse": "192.168.40.21",
    "cedar-pointe-hoa": "10.12.0.45",
    "northgate-office-park": "10.30.8.9",
}


async def winterize(session: aiohttp.ClientSession, name: str, host: str, days: int) -> None:
    controller = await create_controller(session, host, LNK_PASSWORD)
    model = await controller.get_model_and_version()
    await controller.stop_irrigation()
    await controller.set_rain_delay(days)
    print(f"{name}: {model.model_name} stopped, rain delay {days}d")


async def main(days: int) -> None:
    async with aiohttp.ClientSession() as session:
        for name, host in SITES.items():
            try:
                await winterize(session, name, host, days)
            except Exception as exc:  # noqa: BLE001 - keep going, report at the end
                print(f"{name}: FAILED {exc}", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 14))
''', secret=passphrase())

add("json/decoy-checksum", "firmware/manifest.json",
    "Firmware update manifests (sha256/md5 per image, signing-key fingerprint as ssh-keygen -l prints it)", r"""
{
  "product": "BlueStem BS-12 irrigation controller",
  "channel": "stable",
  "released": "2024-04-18",
  "images": [
    {
      "version": "3.8.2",
      "file": "bs12-fw-3.8.2.bin",
      "size": 1048576,
      "sha256": "@@h1@@",
      "md5": "@@m1@@"
    },
    {
      "version": "3.8.1",
      "file": "bs12-fw-3.8.1.bin",
      "size": 1046528,
      "sha256": "@@h2@@",
      "md5": "@@m2@@"
    }
  ],
  "signing_key_fingerprint": "SHA256:@@fp@@",
  "min_bootloader": "1.4.0"
}
""", h1=hexs(64), m1=hexs(32), h2=hexs(64), m2=hexs(32), fp=draw(43, B64))

add("ini/mssql-password", "central/lynx_sync.ini",
    "Python configparser INI files; SQL Server login for a central-control database", r"""
; Nightly export from Toro Lynx central control to the turf dashboard.
; Lynx keeps its data in a local SQL Server Express instance on the course shop PC.
[lynx]
server = LYNX-SHOP01\LYNX
database = Lynx
user = lynx_export
password = @@secret@@
encrypt = no

[export]
tables = Stations, Holes, ProgramRuns, FlowLog
since_days = 7
output_dir = \\gl-nas01\turf\lynx\exports

[dashboard]
url = https://turf.greenlinegrounds.com/api/lynx/import
timeout = 30
""", secret=words_pw())

add("csharp/controller-admin-password", "src/Irrigation.Baseline/BaseStationClient.cs",
    "Microsoft docs (HttpClient, AuthenticationHeaderValue Basic); controller local web admin login", r"""
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Greenline.Irrigation.Baseline
{
    /// <summary>Talks to a Baseline BaseStation 3200 over its local web API.</summary>
    public sealed class BaseStationClient : IDisposable
    {
        private const string AdminUser = "admin";
        private const string AdminPassword = "@@secret@@";
        private readonly HttpClient _http;

        public BaseStationClient(string host)
        {
            _http = new HttpClient { BaseAddress = new Uri($"http://{host}/"), Timeout = TimeSpan.FromSeconds(15) };
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{AdminUser}:{AdminPassword}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task<string> GetZoneStatusAsync() => _http.GetStringAsync("api/zones/status");

        public async Task StopAllAsync()
        {
            var response = await _http.PostAsync("api/programs/stop-all", new StringContent(""));
            response.EnsureSuccessStatusCode();
        }

        public void Dispose() => _http.Dispose();
    }
}
""", secret=complex_pw(12))

add("go/flume-client-secret", "cmd/flume-leak/main.go",
    "Flume water API docs (POST /oauth/token with client_id, client_secret, username, password)", r"""
// flume-leak polls Flume water meters at HOA clubhouses and pages the on-call tech on a leak alert.
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

const (
	flumeTokenURL     = "https://api.flumewater.com/oauth/token"
	flumeClientID     = "@@cid@@"
	flumeClientSecret = "@@secret@@"
)

type tokenResponse struct {
	Data []struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int    `json:"expires_in"`
	} `json:"data"`
}

func token() (string, error) {
	body, _ := json.Marshal(map[string]string{
		"grant_type":    "password",
		"client_id":     flumeClientID,
		"client_secret": flumeClientSecret,
		"username":      os.Getenv("FLUME_USERNAME"),
		"password":      os.Getenv("FLUME_PASSWORD"),
	})
	resp, err := http.Post(flumeTokenURL, "application/json", strings.NewReader(string(body)))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr tokenResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil || len(tr.Data) == 0 {
		return "", fmt.Errorf("flume token: %v", err)
	}
	return tr.Data[0].AccessToken, nil
}

func main() {
	tok, err := token()
	if err != nil {
		log.Fatal(err)
	}
	q := url.Values{"limit": {"50"}, "sort_direction": {"DESC"}}
	req, _ := http.NewRequest("GET", "https://api.flumewater.com/me/notifications?"+q.Encode(), nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Printf("notifications: %s", resp.Status)
}
""", cid=draw(20, UPNUM), secret=draw(40))

add("typescript/bhyve-password", "src/integrations/bhyve.ts",
    "Orbit B-hyve cloud API as used by community clients (POST /v1/session, orbit-session-token header)", r"""
import axios from "axios";

// Orbit B-hyve cloud login used by the residential-service dashboard.
const BHYVE_API = "https://api.orbitbhyve.com/v1";
const BHYVE_EMAIL = "residential@cedarhollowlawn.com";
const BHYVE_PASSWORD = "@@secret@@";

export interface BhyveDevice {
  id: string;
  name: string;
  type: string;
  is_connected: boolean;
  zones: { station: number; name: string }[];
}

async function session(): Promise<string> {
  const res = await axios.post(`${BHYVE_API}/session`, {
    session: { email: BHYVE_EMAIL, password: BHYVE_PASSWORD },
  }, { headers: { "orbit-app-id": "Orbit Support Dashboard" } });
  return res.data.orbit_session_token;
}

export async function listDevices(): Promise<BhyveDevice[]> {
  const token = await session();
  const res = await axios.get(`${BHYVE_API}/devices`, {
    headers: { "orbit-session-token": token },
  });
  return res.data.filter((d: BhyveDevice) => d.type === "sprinkler_timer");
}

export async function offlineTimers(): Promise<string[]> {
  const devices = await listDevices();
  return devices.filter((d) => !d.is_connected).map((d) => `${d.name} (${d.id})`);
}
""", secret=words_pw())

add("env/weatherlink-api-secret", ".env.weather",
    "Davis WeatherLink v2 API docs (api-key parameter and X-Api-Secret)", r"""
# Davis WeatherLink v2 - station at the Eagan yard
WEATHERLINK_API_KEY=@@key@@
WEATHERLINK_API_SECRET=@@secret@@
WEATHERLINK_STATION_ID=@@sid@@
# polling
WEATHER_POLL_SECONDS=300
WEATHER_CACHE_DIR=/var/cache/gl-weather
RAIN_SKIP_THRESHOLD_IN=0.25
""", key=draw(32, LOWNUM), secret=draw(32, LOWNUM), sid=digits(6))

add("python/ecowitt-api-key", "weather/ecowitt_pull.py",
    "Ecowitt API v3 docs (application_key, api_key and mac on /api/v3/device/history)", r'''
"""Daily rainfall from Ecowitt gateways at the three nursery yards (Ecowitt API v3)."""
import os
from datetime import date

import requests

APPLICATION_KEY = os.environ["ECOWITT_APPLICATION_KEY"]
API_KEY = "@@secret@@"
GATEWAYS = {
    "north-yard": "@@mac1@@",
    "south-yard": "@@mac2@@",
    "propagation-house": "@@mac3@@",
}


def rainfall(mac: str, day: date) -> float:
    params = {
        "application_key": APPLICATION_KEY,
        "api_key": API_KEY,
        "mac": mac,
        "start_date": f"{day} 00:00:00",
        "end_date": f"{day} 23:59:59",
        "cycle_type": "1day",
        "call_back": "rainfall",
        "rainfall_unitid": 13,
    }
    r = requests.get("https://api.ecowitt.net/api/v3/device/history", params=params, timeout=20)
    r.raise_for_status()
    series = r.json()["data"]["rainfall"]["daily"]["list"]
    return sum(float(v) for v in series.values())


if __name__ == "__main__":
    for name, mac in GATEWAYS.items():
        print(name, rainfall(mac, date.today()))
''', secret=uuid_s(), mac1=":".join(uhexs(2) for _ in range(6)), mac2=":".join(uhexs(2) for _ in range(6)),
    mac3=":".join(uhexs(2) for _ in range(6)))

add("javascript/openweathermap-api-key", "weather/openweather.js",
    "OpenWeather One Call API 3.0 docs (appid query parameter)", r"""
// Rain forecast gate for the dispatch board: skip mowing/irrigation checks when rain is likely.
const fetch = require("node-fetch");

const OWM_APPID = "@@secret@@";
const YARDS = {
  eagan: { lat: 44.8041, lon: -93.1669 },
  maplewood: { lat: 45.0153, lon: -92.9947 },
};

async function rainChance(yard) {
  const { lat, lon } = YARDS[yard];
  const url = `https://api.openweathermap.org/data/3.0/onecall?lat=${lat}&lon=${lon}&exclude=minutely,alerts&units=imperial&appid=${OWM_APPID}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`OpenWeather ${res.status}`);
  const body = await res.json();
  return Math.max(...body.hourly.slice(0, 12).map((h) => h.pop));
}

module.exports = { rainChance };

if (require.main === module) {
  Promise.all(Object.keys(YARDS).map(async (y) => [y, await rainChance(y)]))
    .then((rows) => rows.forEach(([y, p]) => console.log(`${y}: ${(p * 100).toFixed(0)}% rain next 12h`)))
    .catch((e) => { console.error(e); process.exit(1); });
}
""", secret=hexs(32))

add("markdown/decoy-placeholder", "docs/irrigation/controller-onboarding.md",
    "Rachio and Hydrawise account docs (where the API key is shown); placeholders as runbooks write them", r"""
# Onboarding a customer's smart controller

Applies to Rachio 3, Hunter Hydrawise (HC/HPC/Pro-HC) and Rain Bird LNK2.

1. Ask the customer to add `irrigation@greenlinegrounds.com` as a shared user in their app.
   Never take the homeowner's own password.
2. Rachio: the account API key is under *Account settings -> Get API key*. Paste it into the
   vault entry `Irrigation/Rachio/<property>`; the sync reads it from `RACHIO_API_KEY`.
3. Hydrawise: the key has the shape `XXXX-XXXX-XXXX-XXXX` (Account details -> API key).
   Store it in the vault, not in the job notes.
4. Rain Bird LNK2: note the module MAC and the controller serial on the work order:

   | Field            | Example                    |
   |------------------|----------------------------|
   | LNK2 MAC         | `00:1E:C0:xx:xx:xx`        |
   | Controller model | ESP-TM2 (6 station)        |
   | Controller pwd   | set by customer, see vault |

5. Test with `scripts/hydrawise_zone_test.sh <controller_id>` or the Rachio app's quick run.

Example sync config (values come from the environment):

```yaml
rachio:
  api_key: ${RACHIO_API_KEY}
hydrawise:
  api_key: ${HYDRAWISE_API_KEY}
```
""")

add("notebook/tomorrow-io-api-key", "analysis/et_watering_budget.ipynb",
    "Jupyter nbformat 4 JSON; Tomorrow.io Weather API docs (apikey query parameter)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Weekly ET watering budget\n", "Compare forecast ET0 with scheduled runtimes per property."]
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
    "TOMORROW_KEY = \"@@secret@@\"\n",
    "SITES = pd.read_csv(\"../data/properties.csv\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "def et0(lat, lon):\n",
    "    url = \"https://api.tomorrow.io/v4/weather/forecast\"\n",
    "    params = {\"location\": f\"{lat},{lon}\", \"timesteps\": \"1d\", \"apikey\": TOMORROW_KEY}\n",
    "    r = requests.get(url, params=params, timeout=20)\n",
    "    r.raise_for_status()\n",
    "    return [d[\"values\"].get(\"evapotranspirationSum\", 0) for d in r.json()[\"timelines\"][\"daily\"]]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["Lakeside Commons HOA  weekly ET0 1.21 in\n", "Harmon Medical Park   weekly ET0 1.09 in\n"]
    }
   ],
   "source": [
    "for row in SITES.itertuples():\n",
    "    print(f\"{row.name:<20}  weekly ET0 {sum(et0(row.lat, row.lon)):.2f} in\")"
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
""", secret=draw(32))

add("python/decoy-env-reference", "irrigation/et0.py",
    "FAO-56 Penman-Monteith reference ET; os.environ lookups as the Python docs show", r'''
"""Reference evapotranspiration (FAO-56 Penman-Monteith, daily) for irrigation budgets."""
import math
import os

# Weather Underground PWS feed; the key lives in the environment (vault: Irrigation/WU).
WU_API_KEY = os.environ.get("WU_API_KEY", "")
STATIONS = {"eagan": "KMNEAGAN42", "maplewood": "KMNMAPLE19", "woodbury": "KMNWOODB7"}
CACHE_KEY_FMT = "et0:{station}:{day}"  # e.g. et0:KMNEAGAN42:2024-06-02


def saturation_vp(t_c: float) -> float:
    return 0.6108 * math.exp(17.27 * t_c / (t_c + 237.3))


def et0_daily(t_max: float, t_min: float, rh_mean: float, u2: float, rn: float, elev_m: float = 260.0) -> float:
    t_mean = (t_max + t_min) / 2
    es = (saturation_vp(t_max) + saturation_vp(t_min)) / 2
    ea = es * rh_mean / 100
    delta = 4098 * saturation_vp(t_mean) / (t_mean + 237.3) ** 2
    pressure = 101.3 * ((293 - 0.0065 * elev_m) / 293) ** 5.26
    gamma = 0.000665 * pressure
    num = 0.408 * delta * rn + gamma * 900 / (t_mean + 273) * u2 * (es - ea)
    return num / (delta + gamma * (1 + 0.34 * u2))


def runtime_minutes(et0_mm: float, kc: float, precip_rate_mm_h: float, efficiency: float = 0.75) -> float:
    need = et0_mm * kc / efficiency
    return round(need / precip_rate_mm_h * 60, 1)
''')

add("json/tempest-access-token", "tempest/config.json",
    "WeatherFlow Tempest REST/WebSocket API docs (personal access token)", r"""
{
  "station_id": 148203,
  "device_id": 412077,
  "name": "Maplewood yard Tempest",
  "token": "@@secret@@",
  "rest_url": "https://swd.weatherflow.com/swd/rest",
  "ws_url": "wss://ws.weatherflow.com/swd/data",
  "listen": ["obs_st", "evt_precip", "evt_strike"],
  "rain_hold": {"inches_24h": 0.3, "notify": "dispatch"}
}
""", secret=uuid_s())

add("kotlin/wifi-password", "app/src/main/java/com/bluestem/field/ControllerPairing.kt",
    "Android docs (WifiNetworkSpecifier.Builder.setWpa2Passphrase)", r"""
package com.bluestem.field

import android.net.NetworkCapabilities
import android.net.NetworkRequest
import android.net.wifi.WifiNetworkSpecifier

/**
 * Joins the setup access point our BS-12 controllers open on first boot so the tech can push
 * the customer's home Wi-Fi to the controller.
 */
object ControllerPairing {
    private const val SETUP_SSID_PREFIX = "BS12-SETUP-"
    // shared setup AP passphrase burned in at the warehouse (all units)
    private const val SETUP_AP_PASSPHRASE = "@@secret@@"

    fun requestFor(serial: String): NetworkRequest {
        val specifier = WifiNetworkSpecifier.Builder()
            .setSsid(SETUP_SSID_PREFIX + serial.takeLast(6))
            .setWpa2Passphrase(SETUP_AP_PASSPHRASE)
            .build()
        return NetworkRequest.Builder()
            .addTransportType(NetworkCapabilities.TRANSPORT_WIFI)
            .removeCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET)
            .setNetworkSpecifier(specifier)
            .build()
    }
}
""", secret=passphrase())

add("kotlin/decoy-build-property", "app/build.gradle.kts",
    "Android Gradle plugin docs (buildConfigField, signingConfigs) reading Gradle properties and env", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

fun secret(name: String): String =
    (project.findProperty(name) as String?) ?: System.getenv(name) ?: ""

android {
    namespace = "com.bluestem.field"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.bluestem.field"
        minSdk = 29
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "MAPS_API_KEY", "\"${secret("BLUESTEM_MAPS_API_KEY")}\"")
        buildConfigField("String", "PORTAL_BASE_URL", "\"https://portal.bluestemirrigation.net/api/\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(secret("BLUESTEM_KEYSTORE_PATH").ifEmpty { "release.jks" })
            storePassword = secret("BLUESTEM_KEYSTORE_PASSWORD")
            keyAlias = "bluestem-field"
            keyPassword = secret("BLUESTEM_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
""")

add("sql/controller-admin-password", "db/migrations/0042_controller_credentials.sql",
    "PostgreSQL docs (ALTER TABLE ... ADD COLUMN, UPDATE)", r"""
-- 0042: store local web credentials for commercial controllers so techs stop texting them around.
-- TODO(kb): move password column to the vault integration before the summer audit.
ALTER TABLE controllers
    ADD COLUMN web_user varchar(64),
    ADD COLUMN web_password varchar(128);

UPDATE controllers
   SET web_user = 'admin',
       web_password = '@@secret@@'
 WHERE model IN ('BaseStation 3200', 'BL-5200')
   AND customer_id IN (SELECT id FROM customers WHERE segment = 'commercial');

CREATE INDEX IF NOT EXISTS controllers_model_idx ON controllers (model);
""", secret=words_pw())

add("sql/decoy-uuid", "db/seeds/zones.sql",
    "PostgreSQL docs (INSERT ... VALUES, uuid columns); a token stored as its SHA-256", r"""
-- Seed zones for the demo property (Lakeside Commons HOA)
INSERT INTO zones (id, controller_id, number, name, precip_rate_in_h, soil, sprinkler_type) VALUES
  ('@@u1@@', '@@c@@', 1, 'Front entry turf', 1.60, 'clay loam', 'spray'),
  ('@@u2@@', '@@c@@', 2, 'Clubhouse beds', 0.45, 'amended', 'drip'),
  ('@@u3@@', '@@c@@', 3, 'Pond berm', 0.62, 'sandy loam', 'rotor'),
  ('@@u4@@', '@@c@@', 4, 'Pool deck planters', 0.45, 'amended', 'drip'),
  ('@@u5@@', '@@c@@', 5, 'Rear common area', 0.55, 'clay loam', 'rotary nozzle');

-- device pairing token is kept only as its SHA-256
INSERT INTO controller_tokens (controller_id, token_sha256, created_at) VALUES
  ('@@c@@', '@@h@@', '2024-03-18 09:12:00');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(), c=uuid_s(), h=hexs(64))

add("ansible/mqtt-password", "ansible/roles/weather-gateway/defaults/main.yml",
    "Ansible docs (role defaults/main.yml); WeeWX MQTT extension settings", r"""
---
# Weather gateway (Raspberry Pi + WeeWX) at each yard: publishes to the shop MQTT broker.
weewx_version: "5.0.2"
weewx_station_type: Vantage
weewx_units: US
weewx_archive_interval: 300
mqtt_broker_host: mqtt.shop.greenline.lan
mqtt_broker_port: 8883
mqtt_username: "weewx-{{ inventory_hostname_short }}"
mqtt_password: "@@secret@@"
mqtt_topic: "weather/{{ yard_name }}/loop"
mqtt_tls_ca: /etc/ssl/certs/greenline-shop-ca.pem
weewx_skins:
  - Seasons
  - Belchertown
""", secret=rand_pw(22))

add("ansible/decoy-ansible-vault", "ansible/group_vars/irrigation/vault.yml",
    "Ansible Vault docs (encrypted file format $ANSIBLE_VAULT;1.1;AES256)",
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(14)) + "\n" + hexs(42) + "\n")

add("python/husqvarna-application-secret", "mowers/automower_fleet.py",
    "Husqvarna Developer Portal (Automower Connect API, client credentials with application key/secret)", r'''
"""Robotic mower fleet status (Husqvarna Automower Connect API) for the HOA contracts."""
import requests

AUTH_URL = "https://api.authentication.husqvarnagroup.dev/v1/oauth2/token"
API_URL = "https://api.amc.husqvarna.dev/v1"
APP_KEY = "@@key@@"
APP_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(AUTH_URL, data={
        "grant_type": "client_credentials",
        "client_id": APP_KEY,
        "client_secret": APP_SECRET,
    }, timeout=15)
    r.raise_for_status()
    return r.json()["access_token"]


def mowers():
    tok = access_token()
    headers = {
        "Authorization": f"Bearer {tok}",
        "X-Api-Key": APP_KEY,
        "Authorization-Provider": "husqvarna",
    }
    r = requests.get(f"{API_URL}/mowers", headers=headers, timeout=15)
    r.raise_for_status()
    for m in r.json()["data"]:
        attrs = m["attributes"]
        yield attrs["system"]["name"], attrs["mower"]["activity"], attrs["battery"]["batteryPercent"]


if __name__ == "__main__":
    for name, activity, battery in mowers():
        flag = "  <-- check" if activity in ("STOPPED_IN_GARDEN", "NOT_APPLICABLE") or battery < 15 else ""
        print(f"{name:<28} {activity:<18} {battery:>3}%{flag}")
''', key=uuid_s(), secret=uuid_s())

add("rust/mqtt-password", "mower-bridge/src/mqtt.rs",
    "rumqttc docs (MqttOptions::set_credentials)", r"""
use std::time::Duration;

use rumqttc::{AsyncClient, EventLoop, MqttOptions, QoS, Transport};

/// MQTT connection for the mower bridge (Automower + weather gateways -> shop broker).
pub fn connect(client_id: &str) -> (AsyncClient, EventLoop) {
    let mut options = MqttOptions::new(client_id, "mqtt.shop.greenline.lan", 8883);
    options.set_keep_alive(Duration::from_secs(30));
    options.set_credentials("mower-bridge", "@@secret@@");
    options.set_transport(Transport::tls_with_default_config());
    AsyncClient::new(options, 64)
}

pub async fn subscribe_all(client: &AsyncClient) -> Result<(), rumqttc::ClientError> {
    client.subscribe("mowers/+/status", QoS::AtLeastOnce).await?;
    client.subscribe("weather/+/loop", QoS::AtMostOnce).await?;
    Ok(())
}
""", secret=rand_pw(24))

add("rust/decoy-protocol-constants", "mower-bridge/src/protocol.rs",
    "CRC-16/MODBUS reference; git describe build ids", r"""
//! Framing for the BS-12 controller's serial protocol (RS-485, 19200 8N1).

pub const FRAME_START: u8 = 0x7E;
pub const FRAME_END: u8 = 0x7F;
pub const DEVICE_CLASS: [u8; 4] = [0x42, 0x53, 0x31, 0x32]; // "BS12"
/// Product GUID the controller reports in its hello frame.
pub const PRODUCT_GUID: &str = "@@guid@@";
/// CRC-16/MODBUS
pub const CRC_POLY: u16 = 0xA001;
pub const CRC_INIT: u16 = 0xFFFF;
/// Known firmware build ids (git describe of the controller firmware repo).
pub const KNOWN_BUILDS: &[&str] = &["v3.8.1-0-g@@g1@@", "v3.8.2-0-g@@g2@@"];

pub fn crc16(data: &[u8]) -> u16 {
    let mut crc = CRC_INIT;
    for &byte in data {
        crc ^= byte as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ CRC_POLY } else { crc >> 1 };
        }
    }
    crc
}
""", guid=uuid_s(), g1=hexs(7), g2=hexs(7))

add("php/opensprinkler-password-hash", "wp-content/plugins/gl-irrigation-status/opensprinkler.php",
    "OpenSprinkler firmware HTTP API docs (pw parameter: MD5 hash of the device password)", r"""
<?php
/**
 * Shows the OpenSprinkler status of the demo garden on the company website.
 * OpenSprinkler's HTTP API takes the MD5 of the device password as `pw`.
 */

defined('ABSPATH') || exit;

const GL_OS_HOST = 'http://demo-garden.greenlinegrounds.com:8080';
const GL_OS_PW_MD5 = '@@secret@@';

function gl_os_get(string $cmd, array $args = []): ?array
{
    $args['pw'] = GL_OS_PW_MD5;
    $url = GL_OS_HOST . '/' . $cmd . '?' . http_build_query($args);
    $response = wp_remote_get($url, ['timeout' => 5]);
    if (is_wp_error($response)) {
        return null;
    }
    return json_decode(wp_remote_retrieve_body($response), true);
}

add_shortcode('gl_demo_garden', function () {
    $status = gl_os_get('js');
    $names = gl_os_get('jn');
    if (!$status || !$names) {
        return '<p>Demo garden status unavailable.</p>';
    }
    $out = '<ul class="gl-zones">';
    foreach ($status['sn'] as $i => $on) {
        $out .= sprintf('<li>%s: %s</li>', esc_html($names['snames'][$i]), $on ? 'watering' : 'idle');
    }
    return $out . '</ul>';
});
""", secret=hexs(32))

# == Fleet and equipment telematics, route planning ==================================================

add("go/samsara-api-token", "internal/samsara/client.go",
    "Samsara API docs (Authorization: Bearer <API token>, GET /fleet/vehicles)", r"""
package samsara

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.samsara.com"
	// fleet-sync service token (read: vehicles, locations, HOS)
	apiToken = "@@secret@@"
)

type Vehicle struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	VIN  string `json:"vin"`
}

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

func (c *Client) Vehicles(ctx context.Context) ([]Vehicle, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, baseURL+"/fleet/vehicles?limit=512", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("samsara: %s", resp.Status)
	}
	var body struct {
		Data []Vehicle `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, err
	}
	return body.Data, nil
}
""", secret=samsara_token())

add("github-actions/samsara-api-token", ".github/workflows/nightly-fleet-sync.yml",
    "GitHub Actions docs (workflow syntax: on.schedule, jobs.<id>.env)", r"""
name: nightly-fleet-sync

on:
  schedule:
    - cron: "15 7 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    timeout-minutes: 20
    env:
      SAMSARA_API_TOKEN: @@secret@@
      FLEET_DB_URL: ${{ secrets.FLEET_DB_URL }}
      SYNC_WINDOW_HOURS: "26"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r fleet/requirements.txt
      - name: Pull vehicle locations and engine hours
        run: python -m fleet.sync --since "${SYNC_WINDOW_HOURS}h"
      - name: Mileage report for payroll (per-diem drivers)
        run: python -m fleet.mileage_report --out mileage.csv
      - uses: actions/upload-artifact@v4
        with:
          name: mileage-${{ github.run_id }}
          path: mileage.csv
""", secret=samsara_token())

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-route-planner.yml",
    "GitHub Actions docs (secrets context, OIDC with aws-actions/configure-aws-credentials)", r"""
name: deploy-route-planner
on:
  push:
    branches: [main]
    paths: ["route-planner/**"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::@@acct@@:role/gh-deploy-route-planner
          aws-region: us-east-2
      - name: Build and push
        run: |
          aws ecr get-login-password | docker login --username AWS --password-stdin @@acct@@.dkr.ecr.us-east-2.amazonaws.com
          docker build -t @@acct@@.dkr.ecr.us-east-2.amazonaws.com/route-planner:${{ github.sha }} route-planner
          docker push @@acct@@.dkr.ecr.us-east-2.amazonaws.com/route-planner:${{ github.sha }}
      - name: Update service
        env:
          GOOGLE_MAPS_API_KEY: ${{ secrets.GOOGLE_MAPS_API_KEY }}
          ROUTE4ME_API_KEY: ${{ secrets.ROUTE4ME_API_KEY }}
        run: ./route-planner/deploy/update-service.sh "${{ github.sha }}"
""", acct=digits(12))

add("python/geotab-password", "fleet/geotab_export.py",
    "mygeotab Python SDK docs (mygeotab.API(username, password, database, server))", r'''
"""Weekly engine-hours export from MyGeotab for the equipment maintenance schedule."""
import csv
from datetime import datetime, timedelta, timezone

import mygeotab

api = mygeotab.API(
    username="fleet.reports@ridgeviewturf.com",
    password="@@secret@@",
    database="ridgeview_turf",
    server="my.geotab.com",
)
api.authenticate()

since = datetime.now(timezone.utc) - timedelta(days=7)
devices = {d["id"]: d["name"] for d in api.get("Device")}
hours = api.get(
    "StatusData",
    search={
        "diagnosticSearch": {"id": "DiagnosticEngineHoursAdjustmentId"},
        "fromDate": since,
    },
)

with open("engine_hours.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["unit", "date", "engine_hours"])
    for row in hours:
        unit = devices.get(row["device"]["id"], "?")
        out.writerow([unit, row["dateTime"].date(), round(row["data"] / 3600, 1)])
''', secret=words_pw())

add("json/geotab-password", "src/Fleet.Sync/appsettings.Production.json",
    "ASP.NET Core configuration docs (appsettings.{Environment}.json); MyGeotab .NET SDK credentials", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Geotab": {
    "Server": "my.geotab.com",
    "Database": "oakstone_outdoor",
    "UserName": "api-sync@oakstoneoutdoor.com",
    "Password": "@@secret@@",
    "FeedIntervalSeconds": 60
  },
  "Sync": {
    "Vehicles": true,
    "ExceptionEvents": true,
    "Rules": [ "Speeding", "Idling", "After hours usage" ]
  },
  "AllowedHosts": "*"
}
""", secret=complex_pw(16))

add("ruby/motive-api-key", "lib/motive/client.rb",
    "Motive (KeepTruckin) API docs (X-Api-Key header, /v1/vehicles, /v1/inspection_reports)", r"""
# frozen_string_literal: true

require "net/http"
require "json"

module Motive
  # Hours-of-service and DVIR pulls for the CDL trucks (Motive, formerly KeepTruckin).
  class Client
    BASE = URI("https://api.keeptruckin.com/v1/")
    API_KEY = "@@secret@@"

    def initialize(http: nil)
      @http = http || Net::HTTP.new(BASE.host, BASE.port).tap { |h| h.use_ssl = true }
    end

    def vehicles(page: 1)
      get("vehicles", per_page: 100, page_no: page).fetch("vehicles")
    end

    def inspection_reports(start_date)
      get("inspection_reports", start_date: start_date.iso8601).fetch("inspection_reports")
    end

    private

    def get(path, params = {})
      uri = URI.join(BASE, path)
      uri.query = URI.encode_www_form(params)
      req = Net::HTTP::Get.new(uri)
      req["X-Api-Key"] = API_KEY
      req["Accept"] = "application/json"
      res = @http.request(req)
      raise "Motive #{res.code}: #{res.body[0, 200]}" unless res.is_a?(Net::HTTPSuccess)

      JSON.parse(res.body)
    end
  end
end
""", secret=uuid_s())

add("php/verizon-connect-password", "app/Services/VerizonConnect.php",
    "Verizon Connect Reveal REST API docs (GET /token with Basic credentials, Atmosphere app id header)", r"""
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

/**
 * Verizon Connect Reveal (Fleet) - vehicle locations for the crew board.
 */
class VerizonConnect
{
    private const BASE = 'https://fim.api.us.fleetmatics.com';
    private const USERNAME = 'REST_gl_crewboard_3821';
    private const PASSWORD = '@@secret@@';
    private const APP_ID = 'greenline-crewboard';

    public function token(): string
    {
        return Http::withBasicAuth(self::USERNAME, self::PASSWORD)
            ->accept('text/plain')
            ->get(self::BASE . '/token')
            ->throw()
            ->body();
    }

    public function locations(): array
    {
        $token = $this->token();
        return Http::withHeaders([
            'Authorization' => 'Atmosphere atmosphere_app_id=' . self::APP_ID . ', Bearer ' . $token,
        ])->get(self::BASE . '/rad/v1/vehicles/locations')->throw()->json();
    }
}
""", secret=complex_pw(14))

add("typescript/fleetio-api-key", "src/fleet/fleetio.ts",
    "Fleetio API docs (Authorization: Token <api key> and Account-Token headers)", r"""
// Fleetio: open work orders for mowers, trailers and trucks shown on the shop TV.
const FLEETIO = "https://secure.fleetio.com/api/v1";
const headers = {
  Authorization: "Token @@secret@@",
  "Account-Token": "@@acct@@",
  "Content-Type": "application/json",
};

export interface WorkOrder {
  id: number;
  number: string;
  vehicle_name: string;
  work_order_status_name: string;
  issued_at: string;
}

export async function openWorkOrders(): Promise<WorkOrder[]> {
  const res = await fetch(`${FLEETIO}/work_orders?q[work_order_status_name_eq]=Open`, { headers });
  if (!res.ok) throw new Error(`fleetio ${res.status}`);
  return (await res.json()) as WorkOrder[];
}

export async function overdueServiceReminders(): Promise<{ vehicle_name: string; service_task_name: string }[]> {
  const res = await fetch(`${FLEETIO}/service_reminders?q[overdue]=true`, { headers });
  if (!res.ok) throw new Error(`fleetio ${res.status}`);
  return res.json();
}
""", secret=hexs(40), acct=hexs(10))

add("xml/aemp-password", "config/aemp-feed.xml",
    "Apache Camel Spring XML docs; AEMP 2.0 / ISO 15143-3 telematics feed with Basic credentials", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Equipment telematics: AEMP 2.0 (ISO 15143-3) fleet snapshot from Cat VisionLink every 4h -->
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd
                           http://camel.apache.org/schema/spring http://camel.apache.org/schema/spring/camel-spring.xsd">

  <bean id="aempAuth" class="com.greenline.equipment.BasicAuthProcessor">
    <property name="username" value="GREENLINE_AEMP"/>
    <property name="password" value="@@secret@@"/>
  </bean>

  <camelContext xmlns="http://camel.apache.org/schema/spring">
    <route id="aemp-fleet-snapshot">
      <from uri="timer:aemp?period=14400000"/>
      <process ref="aempAuth"/>
      <to uri="https://api.cat.com/catDigital/iso15143/v1/fleet/1?httpMethod=GET"/>
      <to uri="bean:aempFleetParser?method=parse"/>
      <to uri="jdbc:equipmentDb"/>
    </route>
  </camelContext>
</beans>
""", secret=rand_pw(16))

add("java/john-deere-client-secret", "src/main/java/com/greenline/equipment/DeereOpsCenterClient.java",
    "John Deere Operations Center API docs (OAuth 2 token endpoint, Basic client_id:client_secret)", r"""
package com.greenline.equipment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** John Deere Operations Center: machine hours and locations for the compact tractors. */
public final class DeereOpsCenterClient {
    private static final String TOKEN_URL = "https://signin.johndeere.com/oauth2/aus78tnlaysMraFhC1t7/v1/token";
    private static final String API = "https://partnerapi.deere.com/platform";
    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    String accessToken(String refreshToken) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=" + refreshToken))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    String machines(String token, String orgId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(API + "/organizations/" + orgId + "/machines"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/vnd.deere.axiom.v3+json")
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", cid="0oa" + draw(17), secret=draw(40, URLSAFE))

add("powershell/sftp-password", "scripts/Export-FuelCardTransactions.ps1",
    "WinSCP .NET assembly docs (SessionOptions: HostName, UserName, Password, SshHostKeyFingerprint)", r"""
# Pulls the daily WEX fuel card transaction file and drops it in the accounting share.
param(
    [string]$Date = (Get-Date).AddDays(-1).ToString('yyyyMMdd')
)

Add-Type -Path 'C:\Program Files (x86)\WinSCP\WinSCPnet.dll'

$options = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = 'sftp.wexinc.com'
    UserName              = 'GLGROUNDS01'
    Password              = '@@secret@@'
    SshHostKeyFingerprint = 'ssh-ed25519 255 @@fp@@'
}

$session = New-Object WinSCP.Session
try {
    $session.Open($options)
    $remote = "/outbound/TRANS_$Date.csv"
    $local = "\\gl-nas01\accounting\fuel\TRANS_$Date.csv"
    $result = $session.GetFiles($remote, $local, $false)
    $result.Check()
    Write-Host "Downloaded $remote -> $local"
}
finally {
    $session.Dispose()
}
""", secret=words_pw(), fp=draw(43, B64))

add("csv/decoy-vin", "exports/fleet_vehicles_2024.csv",
    "Fleet vehicle export (VIN, plate, telematics vehicle ids, ELD serials)", """
unit,year,make,model,vin,plate,samsara_vehicle_id,eld_serial,gvwr_lbs,assigned_crew
Truck 11,2021,Ford,F-250 XL,@@v1@@,MN 4KX 219,@@s1@@,G9@@e1@@,10000,Snow 1
Truck 14,2022,Ford,F-350 XL,@@v2@@,MN 7PD 044,@@s2@@,G9@@e2@@,11500,Mowing East
Truck 22,2020,Chevrolet,Silverado 2500HD,@@v3@@,MN 2HT 781,@@s3@@,G9@@e3@@,10650,Mowing East
Truck 31,2023,Ram,3500 Tradesman,@@v4@@,MN 9LM 350,@@s4@@,G9@@e4@@,12300,Install
Truck 33,2019,Ford,F-550 dump,@@v5@@,MN 1CV 602,@@s5@@,G9@@e5@@,19500,Install
Box 2,2018,International,MV607,@@v6@@,MN 5WR 118,@@s6@@,G9@@e6@@,25500,Nursery delivery
""", v1=vin(), v2=vin(), v3=vin(), v4=vin(), v5=vin(), v6=vin(), s1=digits(15), s2=digits(15), s3=digits(15),
    s4=digits(15), s5=digits(15), s6=digits(15), e1=uhexs(10), e2=uhexs(10), e3=uhexs(10), e4=uhexs(10),
    e5=uhexs(10), e6=uhexs(10))

add("log/decoy-redacted", "logs/telematics-sync-2024-05-14.log",
    "Python logging output with the Authorization header masked before logging", r"""
2024-05-14T07:15:02.114Z INFO  fleet.sync starting window=26h vehicles=48
2024-05-14T07:15:02.300Z DEBUG http GET https://api.samsara.com/fleet/vehicles?limit=512 headers={'Authorization': 'Bearer samsara_api_******************************', 'Accept': 'application/json'}
2024-05-14T07:15:02.911Z DEBUG http 200 x-request-id=@@r1@@ bytes=38211
2024-05-14T07:15:03.020Z INFO  fleet.sync vehicles upserted=48 new=0
2024-05-14T07:15:03.401Z DEBUG http GET https://api.samsara.com/fleet/vehicles/stats/feed?types=gps,engineStates&after=@@cursor@@ headers={'Authorization': 'Bearer [REDACTED]'}
2024-05-14T07:15:04.877Z DEBUG http 200 x-request-id=@@r2@@ bytes=911204
2024-05-14T07:15:09.553Z INFO  fleet.sync gps points=18422 engine_state_changes=611
2024-05-14T07:15:09.601Z WARN  fleet.sync vehicle 281474977084315 (Truck 31) no GPS since 2024-05-12T22:40:11Z
2024-05-14T07:15:10.002Z INFO  fleet.mileage per-diem drivers=22 total_miles=3180.4
2024-05-14T07:15:10.010Z INFO  fleet.sync done in 7.9s next_cursor=@@cursor2@@
""", r1=hexs(32), r2=hexs(32), cursor=uuid_s(), cursor2=uuid_s())

add("log/geotab-password", "logs/geotab-adapter.log",
    "MyGeotab API docs (JSON-RPC Authenticate with database, userName, password)", r"""
2024-06-03 05:00:01,442 INFO  geotab_adapter.main: starting feed for database=ridgeview_turf server=my.geotab.com
2024-06-03 05:00:01,443 DEBUG geotab_adapter.api: POST https://my.geotab.com/apiv1 body={"method": "Authenticate", "params": {"database": "ridgeview_turf", "userName": "fleet.reports@ridgeviewturf.com", "password": "@@secret@@"}}
2024-06-03 05:00:02,118 DEBUG geotab_adapter.api: 200 OK (675 ms)
2024-06-03 05:00:02,120 INFO  geotab_adapter.main: authenticated, sessionId=<hidden> path=my3.geotab.com
2024-06-03 05:00:02,905 INFO  geotab_adapter.feed: LogRecord fromVersion=@@v1@@ toVersion=@@v2@@ records=5000
2024-06-03 05:00:03,771 INFO  geotab_adapter.feed: LogRecord fromVersion=@@v2@@ toVersion=@@v3@@ records=1288
2024-06-03 05:00:03,772 INFO  geotab_adapter.main: feed caught up, sleeping 60s
""", secret=words_pw(), v1="0000000" + hexs(9), v2="0000000" + hexs(9), v3="0000000" + hexs(9))

add("compose/mysql-password", "docker-compose.traccar.yml",
    "Traccar docs (Docker, CONFIG_USE_ENVIRONMENT_VARIABLES, DATABASE_* settings); MySQL image env", r"""
services:
  traccar:
    image: traccar/traccar:6.2
    restart: unless-stopped
    depends_on: [db]
    ports:
      - "8082:8082"
      - "5000-5150:5000-5150"
      - "5000-5150:5000-5150/udp"
    volumes:
      - ./traccar/logs:/opt/traccar/logs
    environment:
      CONFIG_USE_ENVIRONMENT_VARIABLES: "true"
      DATABASE_DRIVER: com.mysql.cj.jdbc.Driver
      DATABASE_URL: jdbc:mysql://db:3306/traccar?serverTimezone=UTC&allowPublicKeyRetrieval=true&useSSL=false
      DATABASE_USER: traccar
      DATABASE_PASSWORD: "@@secret@@"
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: traccar
      MYSQL_USER: traccar
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - ./mysql:/var/lib/mysql
""", secret=rand_pw(20))

add("json/decoy-place-id", "routes/cache/route_2024-06-03_crew7.json",
    "Google Maps Platform docs (Place IDs, encoded polyline algorithm format)", r"""
{
  "crew": "Crew 7 (Mowing - East)",
  "date": "2024-06-03",
  "vehicle": "Truck 22 + 16ft trailer",
  "stops": [
    {"seq": 1, "account": "A-10482", "name": "Harmon Medical Park", "place_id": "@@p1@@", "service_min": 55},
    {"seq": 2, "account": "A-10117", "name": "Lakeside Commons HOA", "place_id": "@@p2@@", "service_min": 95},
    {"seq": 3, "account": "A-11873", "name": "St. Brendan Parish", "place_id": "@@p3@@", "service_min": 40},
    {"seq": 4, "account": "A-12240", "name": "Northgate Office Park", "place_id": "@@p4@@", "service_min": 70}
  ],
  "total_drive_min": 96,
  "total_miles": 41.7,
  "overview_polyline": "@@poly@@"
}
""", p1="ChIJ" + draw(23, URLSAFE), p2="ChIJ" + draw(23, URLSAFE), p3="ChIJ" + draw(23, URLSAFE),
    p4="ChIJ" + draw(23, URLSAFE), poly=polyline(30))

add("python/google-maps-api-key", "routing/optimize_day.py",
    "googlemaps Python client docs (googlemaps.Client(key=...), distance_matrix)", r'''
"""Builds tomorrow's mowing routes per crew from Distance Matrix travel times."""
from __future__ import annotations

import datetime as dt

import googlemaps
import pandas as pd

gmaps = googlemaps.Client(key="@@secret@@", timeout=20)

DEPOTS = {"east": "2150 Hwy 36 E, Maplewood, MN", "west": "7800 Bass Lake Rd, New Hope, MN"}


def matrix(origins: list[str], destinations: list[str]) -> pd.DataFrame:
    leave = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(7, 0))
    res = gmaps.distance_matrix(origins, destinations, mode="driving", departure_time=leave)
    rows = []
    for o, row in zip(origins, res["rows"]):
        for d, el in zip(destinations, row["elements"]):
            rows.append({"from": o, "to": d, "minutes": el["duration_in_traffic"]["value"] / 60})
    return pd.DataFrame(rows)


def greedy_route(depot: str, stops: list[str]) -> list[str]:
    m = matrix([depot, *stops], stops).pivot(index="from", columns="to", values="minutes")
    route, here, left = [], depot, set(stops)
    while left:
        nxt = min(left, key=lambda s: m.loc[here, s])
        route.append(nxt)
        left.remove(nxt)
        here = nxt
    return route
''', secret=google_key())

add("env/route4me-api-key", "route-planner/.env",
    "Route4Me API docs (api_key parameter, member id)", r"""
# route-planner service (Route4Me optimization + Postgres cache)
NODE_ENV=production
PORT=8080
ROUTE4ME_API_KEY=@@secret@@
ROUTE4ME_MEMBER_ID=@@mid@@
ROUTE_CACHE_URL=postgres://route_planner@route-db.internal:5432/routes
DEFAULT_DEPOT="2150 Hwy 36 E, Maplewood, MN 55109"
MAX_STOPS_PER_ROUTE=38
SERVICE_TIME_MIN_DEFAULT=25
""", secret=uhexs(32), mid=digits(6))

add("yaml/optimoroute-api-key", "route-planner/config/optimoroute.yaml",
    "OptimoRoute Web Service API docs (key query parameter, planning options)", r"""
# OptimoRoute planning for the snow-removal season (plow routes by priority)
optimoroute:
  endpoint: https://api.optimoroute.com/v1
  key: @@secret@@
  planning:
    balancing: ON_FORCE
    balance_by: WT
    start_with: EMPTY
  drivers:
    - serial: PLOW-01
      name: "Truck 11 (8ft Boss V)"
    - serial: PLOW-02
      name: "Truck 14 (9ft Western)"
    - serial: SKID-01
      name: "Bobcat S650 (sidewalks)"
priorities:
  hospital_entrances: H
  commercial_lots: M
  hoa_driveways: L
""", secret=hexs(40))

add("javascript/here-api-key", "scripts/geocode-new-accounts.js",
    "HERE Geocoding and Search API v7 docs (apiKey query parameter)", r"""
#!/usr/bin/env node
// Geocodes new customer accounts (CSV from the CRM) with HERE so the route planner can place them.
const fs = require("fs");
const readline = require("readline");

const HERE_API_KEY = "@@secret@@";

async function geocode(address) {
  const url = new URL("https://geocode.search.hereapi.com/v1/geocode");
  url.searchParams.set("q", address);
  url.searchParams.set("in", "countryCode:USA");
  url.searchParams.set("apiKey", HERE_API_KEY);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HERE ${res.status} for ${address}`);
  const { items } = await res.json();
  return items.length ? items[0].position : null;
}

async function main(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file) });
  let header = true;
  for await (const line of rl) {
    if (header) { header = false; console.log(`${line},lat,lng`); continue; }
    const [account, street, city, zip] = line.split(",");
    const pos = await geocode(`${street}, ${city}, MN ${zip}`);
    console.log(`${account},${street},${city},${zip},${pos ? pos.lat : ""},${pos ? pos.lng : ""}`);
  }
}

main(process.argv[2] || "new_accounts.csv").catch((e) => { console.error(e.message); process.exit(1); });
""", secret=draw(43, URLSAFE))

add("terraform/mapbox-secret-token", "infra/routing/main.tf",
    "Terraform AWS provider docs (aws_lambda_function environment); Mapbox access tokens (sk. secret scope)", r"""
resource "aws_lambda_function" "route_tiles" {
  function_name = "route-tiles"
  role          = aws_iam_role.route_tiles.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "${path.module}/build/route_tiles.zip"
  timeout       = 60
  memory_size   = 512

  environment {
    variables = {
      TILESET_OWNER       = "greenline-ops"
      MAPBOX_UPLOAD_TOKEN = "@@secret@@"
      ROUTES_BUCKET       = aws_s3_bucket.routes.bucket
    }
  }
}

resource "aws_cloudwatch_event_rule" "nightly" {
  name                = "route-tiles-nightly"
  schedule_expression = "cron(30 9 * * ? *)"
}

resource "aws_cloudwatch_event_target" "nightly" {
  rule = aws_cloudwatch_event_rule.nightly.name
  arn  = aws_lambda_function.route_tiles.arn
}
""", secret=mapbox_token("sk", "greenline-ops"))

add("typescript/decoy-publishable-token", "portal/src/map/MapView.tsx",
    "Mapbox GL JS docs (public pk. access token, URL restrictions)", r"""
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public token (pk.*), URL-restricted to portal.greenlinegrounds.com in the Mapbox account.
mapboxgl.accessToken = "@@pk@@";

export function ServiceAreaMap({ polygons }: { polygons: GeoJSON.FeatureCollection }) {
  const el = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!el.current) return;
    const map = new mapboxgl.Map({
      container: el.current,
      style: "mapbox://styles/greenline-ops/@@style@@",
      center: [-93.09, 44.95],
      zoom: 9.5,
    });
    map.on("load", () => {
      map.addSource("areas", { type: "geojson", data: polygons });
      map.addLayer({ id: "areas-fill", type: "fill", source: "areas", paint: { "fill-color": "#3f7d3a", "fill-opacity": 0.25 } });
    });
    return () => map.remove();
  }, [polygons]);
  return <div ref={el} style={{ height: 420 }} />;
}
""", pk=mapbox_token("pk", "greenline-ops"), style=draw(25, LOWNUM))

add("ruby/routific-api-token", "config/initializers/routific.rb",
    "Routific Ruby gem README (Routific.setToken with the account's API token, a JWT)", r"""
require "routific"

# Routific for daily lawn-care routing (fertilizer and weed-control visits).
Routific.setToken("@@secret@@")

ROUTIFIC_DEFAULTS = {
  traffic: "slow",
  balance: true,
  min_visits_per_vehicle: 8,
  shortest_distance: false
}.freeze

ROUTIFIC_DEPOTS = {
  east: { name: "Maplewood yard", lat: 45.0153, lng: -92.9947 },
  west: { name: "New Hope yard", lat: 45.0633, lng: -93.3866 }
}.freeze
""", secret=jwt({"_id": hexs(24), "iat": 1701234567}))

add("python/decoy-encoded-polyline", "routing/tests/test_polyline.py",
    "Google encoded polyline algorithm format; polyline package docs (decode/encode)", r'''
import polyline
import pytest

from routing.geometry import route_length_miles, simplify

# Crew 3 route, 2024-05-21, as returned by the Directions API (overview_polyline.points)
CREW3 = "@@poly1@@"
# Depot -> Harmon Medical Park
DEPOT_TO_HARMON = "@@poly2@@"


def test_decode_roundtrip():
    points = polyline.decode(CREW3)
    assert polyline.encode(points) == CREW3


@pytest.mark.parametrize("encoded", [CREW3, DEPOT_TO_HARMON])
def test_length_is_positive(encoded):
    assert route_length_miles(polyline.decode(encoded)) > 0


def test_simplify_keeps_endpoints():
    pts = polyline.decode(CREW3)
    out = simplify(pts, tolerance_m=25)
    assert out[0] == pts[0] and out[-1] == pts[-1]
''', poly1=polyline(26), poly2=polyline(10))

add("go/twilio-auth-token", "services/dispatch/sms.go",
    "Twilio Messages API docs (Basic auth AccountSid:AuthToken, MessagingServiceSid)", r"""
package dispatch

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// "Your crew is on the way" texts. Messaging service has the company's 10DLC campaign.
const (
	twilioAccountSID = "@@sid@@"
	twilioAuthToken  = "@@secret@@"
	messagingService = "@@mg@@"
)

func SendOnTheWay(to, crew string, etaMinutes int) error {
	body := fmt.Sprintf("Greenline Grounds: %s is on the way, about %d minutes out. Reply STOP to opt out.", crew, etaMinutes)
	form := url.Values{"To": {to}, "MessagingServiceSid": {messagingService}, "Body": {body}}
	endpoint := "https://api.twilio.com/2010-04-01/Accounts/" + twilioAccountSID + "/Messages.json"
	req, err := http.NewRequest(http.MethodPost, endpoint, strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(twilioAccountSID, twilioAuthToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("twilio: %s", resp.Status)
	}
	return nil
}
""", sid="AC" + hexs(32), secret=hexs(32), mg="MG" + hexs(32))

add("go/decoy-test-fixture", "internal/samsara/client_test.go",
    "Go net/http/httptest docs (httptest.NewServer in client tests)", r"""
package samsara

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

const testToken = "test-token-not-real"

func TestVehiclesSendsBearer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != "Bearer "+testToken {
			t.Errorf("authorization = %q", got)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"data":[{"id":"281474977084315","name":"Truck 31","vin":"1FTFW1E84MFA00001"}]}`))
	}))
	defer srv.Close()

	c := &Client{http: srv.Client(), base: srv.URL, token: testToken}
	vs, err := c.Vehicles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 1 || vs[0].Name != "Truck 31" {
		t.Fatalf("vehicles = %+v", vs)
	}
}
""")

add("java/decoy-property-placeholder", "src/main/java/com/greenline/equipment/AempPollerConfig.java",
    "Spring Framework docs (@Value property placeholders; RestTemplateBuilder.basicAuthentication)", r"""
package com.greenline.equipment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestTemplate;

@Configuration
public class AempPollerConfig {

    @Value("${aemp.base-url:https://api.cat.com/catDigital/iso15143/v1}")
    private String baseUrl;

    @Value("${aemp.username}")
    private String username;

    @Value("${aemp.password}")
    private String password;

    @Bean
    RestTemplate aempRestTemplate(RestTemplateBuilder builder) {
        return builder
                .rootUri(baseUrl)
                .basicAuthentication(username, password)
                .build();
    }
}
""")

add("markdown/decoy-placeholder-token", "docs/fleet/samsara-setup.md",
    "Samsara API token docs (token shown once); 1Password CLI docs (op read op://...)", r"""
# Samsara API access for fleet-sync

fleet-sync reads vehicles, GPS and engine states. It needs an API token with **read** scopes only.

1. Samsara dashboard -> Settings -> API Tokens -> *Add API Token*.
2. Name it `fleet-sync-<yyyy-mm>`, scopes: Vehicles (read), Vehicle Statistics (read), Drivers (read).
3. The token is shown once and looks like `samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`. Put it in
   1Password, vault **Fleet**, item `Samsara fleet-sync`, then set the repository secret:

   ```sh
   gh secret set SAMSARA_API_TOKEN --body "$(op read 'op://Fleet/Samsara fleet-sync/credential')"
   ```

4. Revoke the previous month's token after the nightly run succeeds.

Test locally without a token against the recorded fixtures:

```sh
SAMSARA_API_TOKEN=dummy pytest fleet/tests -k vehicles
```

Vehicle ids look like `281474977084315`; they are not secret.
""")

# == Field-service software, marketing, payroll and HR ===============================================

add("python/jobber-client-secret", "integrations/jobber/oauth.py",
    "Jobber Developer Center docs (OAuth authorize and /api/oauth/token with client_id and client_secret)", r'''
"""OAuth callback for the Jobber app that syncs visits into the route planner."""
from urllib.parse import urlencode

import requests
from flask import Blueprint, redirect, request, session

bp = Blueprint("jobber", __name__, url_prefix="/integrations/jobber")

JOBBER_CLIENT_ID = "@@cid@@"
JOBBER_CLIENT_SECRET = "@@secret@@"
REDIRECT_URI = "https://ops.evergreenedge.com/integrations/jobber/callback"


@bp.get("/connect")
def connect():
    params = {"response_type": "code", "client_id": JOBBER_CLIENT_ID, "redirect_uri": REDIRECT_URI,
              "state": session["csrf"]}
    return redirect("https://api.getjobber.com/api/oauth/authorize?" + urlencode(params))


@bp.get("/callback")
def callback():
    if request.args.get("state") != session.get("csrf"):
        return "state mismatch", 400
    r = requests.post("https://api.getjobber.com/api/oauth/token", data={
        "client_id": JOBBER_CLIENT_ID,
        "client_secret": JOBBER_CLIENT_SECRET,
        "grant_type": "authorization_code",
        "code": request.args["code"],
        "redirect_uri": REDIRECT_URI,
    }, timeout=15)
    r.raise_for_status()
    session["jobber_refresh"] = r.json()["refresh_token"]
    return redirect("/settings/integrations?connected=jobber")
''', cid=uuid_s(), secret=hexs(64))

add("csharp/aspire-api-secret", "Aspire.Connector/Program.cs",
    "Aspire API docs (POST /Authorization with ClientId and Secret, OData queries)", r"""
using System.Net.Http.Json;

// Pulls completed work tickets from Aspire into the payroll bonus calculator.
var http = new HttpClient { BaseAddress = new Uri("https://cloud-api.youraspire.com/") };

var auth = await http.PostAsJsonAsync("Authorization", new
{
    ClientId = "@@cid@@",
    Secret = "@@secret@@"
});
auth.EnsureSuccessStatusCode();
var token = (await auth.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
http.DefaultRequestHeaders.Authorization = new("Bearer", token);

var since = DateTime.UtcNow.Date.AddDays(-7).ToString("yyyy-MM-dd");
var tickets = await http.GetFromJsonAsync<List<WorkTicket>>(
    $"WorkTickets?$filter=CompleteDate ge {since} and WorkTicketStatusName eq 'Complete'" +
    "&$select=WorkTicketID,CrewLeaderContactID,HoursAct,HoursEst");

foreach (var t in tickets!)
{
    var efficiency = t.HoursAct > 0 ? t.HoursEst / t.HoursAct : 0;
    Console.WriteLine($"{t.WorkTicketID},{t.CrewLeaderContactID},{t.HoursAct:F2},{t.HoursEst:F2},{efficiency:P0}");
}

record TokenResponse(string Token, string RefreshToken);
record WorkTicket(int WorkTicketID, int CrewLeaderContactID, decimal HoursAct, decimal HoursEst);
""", cid=uuid_s(), secret=draw(40))

add("php/service-autopilot-api-key", "wp-content/plugins/gl-quote-form/includes/class-serviceautopilot.php",
    "WordPress HTTP API docs (wp_remote_post); Service Autopilot API (lead creation with an API key header)", r"""
<?php
/**
 * Sends website quote requests to Service Autopilot as new leads.
 */
class GL_Service_Autopilot {
    const ENDPOINT = 'https://api.serviceautopilot.com/v1/leads';
    private $api_key = '@@secret@@';

    public function create_lead( array $form ) {
        $body = array(
            'FirstName' => sanitize_text_field( $form['first_name'] ),
            'LastName'  => sanitize_text_field( $form['last_name'] ),
            'Email'     => sanitize_email( $form['email'] ),
            'Phone'     => preg_replace( '/\D+/', '', $form['phone'] ),
            'Address'   => sanitize_text_field( $form['address'] ),
            'Services'  => array_map( 'sanitize_text_field', (array) $form['services'] ),
            'Source'    => 'Website quote form',
        );
        $response = wp_remote_post( self::ENDPOINT, array(
            'headers' => array(
                'Content-Type' => 'application/json',
                'X-API-KEY'    => $this->api_key,
            ),
            'body'    => wp_json_encode( $body ),
            'timeout' => 15,
        ) );
        if ( is_wp_error( $response ) || wp_remote_retrieve_response_code( $response ) >= 300 ) {
            error_log( 'SA lead failed: ' . print_r( $response, true ) );
            return false;
        }
        return true;
    }
}
""", secret=draw(32))

add("json/realgreen-api-key", "n8n/workflows/realgreen-new-customer.json",
    "n8n docs (workflow JSON export, HTTP Request node headerParameters); Real Green (WorkWave) API key header", r"""
{
  "name": "Real Green - new customer to Slack",
  "nodes": [
    {
      "parameters": { "rule": { "interval": [ { "field": "minutes", "minutesInterval": 15 } ] } },
      "name": "Every 15 min",
      "type": "n8n-nodes-base.scheduleTrigger",
      "typeVersion": 1.1,
      "position": [240, 300]
    },
    {
      "parameters": {
        "url": "https://saapi.realgreen.com/Customer",
        "sendQuery": true,
        "queryParameters": { "parameters": [ { "name": "createdSince", "value": "={{ $now.minus({minutes: 15}).toISO() }}" } ] },
        "sendHeaders": true,
        "headerParameters": { "parameters": [ { "name": "apiKey", "value": "@@secret@@" } ] },
        "options": {}
      },
      "name": "Real Green customers",
      "type": "n8n-nodes-base.httpRequest",
      "typeVersion": 4.1,
      "position": [460, 300]
    },
    {
      "parameters": { "channel": "#new-customers", "text": "={{ $json.name }} signed up ({{ $json.programs.join(', ') }})" },
      "name": "Slack",
      "type": "n8n-nodes-base.slack",
      "typeVersion": 2.1,
      "position": [680, 300],
      "credentials": { "slackApi": { "id": "7", "name": "Slack greenline" } }
    }
  ],
  "connections": {
    "Every 15 min": { "main": [ [ { "node": "Real Green customers", "type": "main", "index": 0 } ] ] },
    "Real Green customers": { "main": [ [ { "node": "Slack", "type": "main", "index": 0 } ] ] }
  },
  "active": true
}
""", secret=draw(36))

add("swift/companycam-api-token", "CrewCam/Sources/CompanyCamClient.swift",
    "CompanyCam API v2 docs (Bearer access token, POST /projects/{id}/photos)", r"""
import Foundation

/// Uploads job-site photos (before/after, irrigation repairs) to CompanyCam projects.
struct CompanyCamClient {
    static let baseURL = URL(string: "https://api.companycam.com/v2/")!
    private let token = "@@secret@@"

    func createPhoto(projectID: String, imageURL: URL, tags: [String], capturedAt: Date) async throws {
        var request = URLRequest(url: Self.baseURL.appendingPathComponent("projects/\(projectID)/photos"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let body: [String: Any] = [
            "photo": [
                "uri": imageURL.absoluteString,
                "captured_at": Int(capturedAt.timeIntervalSince1970),
                "tags": tags,
            ],
        ]
        request.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse, (200..<300).contains(http.statusCode) else {
            throw URLError(.badServerResponse)
        }
    }
}
""", secret=draw(43, URLSAFE))

add("swift/decoy-certificate-pin", "CrewCam/Sources/Pinning.swift",
    "Apple docs (URLSessionDelegate server trust); SPKI SHA-256 pins (base64), public values", r"""
import CryptoKit
import Foundation

/// SPKI SHA-256 pins for our API hosts (current + backup key). Public values by design.
enum Pins {
    static let hosts: [String: Set<String>] = [
        "api.greenlinegrounds.com": [
            "@@p1@@",
            "@@p2@@",
        ],
        "portal.greenlinegrounds.com": [
            "@@p3@@",
        ],
    ]
}

final class PinningDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let trust = challenge.protectionSpace.serverTrust,
              let pins = Pins.hosts[challenge.protectionSpace.host],
              let chain = SecTrustCopyCertificateChain(trust) as? [SecCertificate],
              let key = chain.first.flatMap(SecCertificateCopyKey),
              let data = SecKeyCopyExternalRepresentation(key, nil) as Data? else {
            completionHandler(.cancelAuthenticationChallenge, nil)
            return
        }
        let pin = Data(SHA256.hash(data: data)).base64EncodedString()
        pins.contains(pin) ? completionHandler(.useCredential, URLCredential(trust: trust))
                           : completionHandler(.cancelAuthenticationChallenge, nil)
    }
}
""", p1=rand_bytes_b64(32), p2=rand_bytes_b64(32), p3=rand_bytes_b64(32))

add("yaml/hubspot-private-app-token", "integrations/hubspot/config.yml",
    "HubSpot developer docs (private app access tokens pat-na1-...)", r"""
# HubSpot -> estimator sync (deals in "Design consult booked" get a site-visit task)
hubspot:
  portal_id: 24188310
  access_token: @@secret@@
  pipeline: "Landscape installs"
  stages:
    consult_booked: "appointmentscheduled"
    proposal_sent: "presentationscheduled"
    won: "closedwon"
estimator:
  base_url: https://estimator.evergreenedge.com/api
  default_designer: "mlarsen"
  visit_task_days: 3
""", secret="pat-na1-" + uuid_s())

add("python/callrail-api-key", "marketing/callrail_leads.py",
    'CallRail API v3 docs (Authorization: Token token="<api key>", /v3/a/{account_id}/calls.json)', r'''
"""Weekly lead-source report from CallRail (which ads and yard signs make the phone ring)."""
import collections
import datetime as dt

import requests

ACCOUNT_ID = "ACC@@acct@@"
HEADERS = {"Authorization": 'Token token="@@secret@@"'}


def calls(start: dt.date, end: dt.date):
    url = f"https://api.callrail.com/v3/a/{ACCOUNT_ID}/calls.json"
    page = 1
    while True:
        r = requests.get(url, headers=HEADERS, params={
            "start_date": start.isoformat(), "end_date": end.isoformat(),
            "fields": "source,first_call,duration,answered", "per_page": 250, "page": page,
        }, timeout=30)
        r.raise_for_status()
        body = r.json()
        yield from body["calls"]
        if page >= body["total_pages"]:
            break
        page += 1


if __name__ == "__main__":
    end = dt.date.today()
    tally = collections.Counter(c["source"] for c in calls(end - dt.timedelta(days=7), end) if c["first_call"])
    for source, n in tally.most_common():
        print(f"{n:4}  {source}")
''', acct=hexs(32), secret=hexs(32))

add("notebook/google-oauth-refresh-token", "marketing/ads_spend.ipynb",
    "google-ads Python client docs (GoogleAdsClient.load_from_dict with refresh_token); nbformat 4", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Google Ads spend by service line\n", "Search + Local Services, last 90 days."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from google.ads.googleads.client import GoogleAdsClient\n",
    "\n",
    "client = GoogleAdsClient.load_from_dict({\n",
    "    \"developer_token\": os.environ[\"GOOGLE_ADS_DEVELOPER_TOKEN\"],\n",
    "    \"client_id\": \"@@cid@@.apps.googleusercontent.com\",\n",
    "    \"client_secret\": os.environ[\"GOOGLE_ADS_CLIENT_SECRET\"],\n",
    "    \"refresh_token\": \"@@secret@@\",\n",
    "    \"login_customer_id\": \"4318062257\",\n",
    "    \"use_proto_plus\": True,\n",
    "})"
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
     "text": ["Lawn care - Search           $4,812.40\n", "Irrigation - Search          $1,977.15\n", "Local Services (all)         $3,106.00\n"]
    }
   ],
   "source": [
    "ga = client.get_service(\"GoogleAdsService\")\n",
    "q = \"SELECT campaign.name, metrics.cost_micros FROM campaign WHERE segments.date DURING LAST_90_DAYS\"\n",
    "for row in ga.search(customer_id=\"3921184470\", query=q):\n",
    "    print(f\"{row.campaign.name:<28} ${row.metrics.cost_micros / 1e6:,.2f}\")"
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
""", cid=digits(12) + "-" + draw(32, LOWNUM), secret="1//0" + draw(99, URLSAFE))

add("yaml/decoy-placeholder", "marketing/google-ads.yaml",
    "google-ads-python docs (google-ads.yaml template with INSERT_..._HERE placeholders)", r"""
# google-ads.yaml template - copy to ~/google-ads.yaml and fill in; do NOT commit the filled copy.
developer_token: INSERT_DEVELOPER_TOKEN_HERE
client_id: INSERT_OAUTH2_CLIENT_ID_HERE
client_secret: INSERT_OAUTH2_CLIENT_SECRET_HERE
refresh_token: INSERT_REFRESH_TOKEN_HERE
login_customer_id: 4318062257
use_proto_plus: True
# Accounts we manage spend for:
#   Greenline Grounds - Search   392-118-4470
#   Greenline Grounds - LSA      392-118-9021
""")

add("ruby/yelp-api-key", "app/jobs/yelp_reviews_job.rb",
    "Yelp Fusion API docs (Authorization: Bearer <API key>, /v3/businesses/{id}/reviews)", r"""
# Pulls new Yelp reviews for both locations into the reviews table (#reviews channel picks them up).
class YelpReviewsJob < ApplicationJob
  queue_as :low

  YELP_API_KEY = "@@secret@@"
  BUSINESSES = %w[greenline-grounds-maplewood greenline-grounds-new-hope].freeze

  def perform
    BUSINESSES.each do |alias_name|
      response = Faraday.get("https://api.yelp.com/v3/businesses/#{alias_name}/reviews",
                             { limit: 20, sort_by: "newest" },
                             { "Authorization" => "Bearer #{YELP_API_KEY}" })
      next unless response.success?

      JSON.parse(response.body)["reviews"].each do |review|
        next if Review.exists?(external_id: review["id"])

        Review.create!(external_id: review["id"], source: "yelp", rating: review["rating"],
                       body: review["text"], author: review.dig("user", "name"))
      end
    end
  end
end
""", secret=draw(128, URLSAFE))

add("python/gusto-client-secret", "payroll/gusto_sync.py",
    "Gusto Embedded/App Integrations API docs (POST /oauth/token with client_id and client_secret)", r'''
"""Push approved crew hours (from the timeclock) into Gusto payrolls."""
import os

import requests

GUSTO_API = "https://api.gusto.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"
COMPANY_UUID = "@@company@@"


def refresh_access_token(refresh_token: str) -> dict:
    r = requests.post(f"{GUSTO_API}/oauth/token", json={
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "redirect_uri": "https://ops.oakstoneoutdoor.com/gusto/callback",
        "refresh_token": refresh_token,
        "grant_type": "refresh_token",
    }, timeout=20)
    r.raise_for_status()
    return r.json()


def unprocessed_payrolls(token: str) -> list:
    r = requests.get(f"{GUSTO_API}/v1/companies/{COMPANY_UUID}/payrolls",
                     params={"processing_statuses": "unprocessed"},
                     headers={"Authorization": f"Bearer {token}", "X-Gusto-API-Version": "2024-04-01"},
                     timeout=20)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    tokens = refresh_access_token(os.environ["GUSTO_REFRESH_TOKEN"])
    for p in unprocessed_payrolls(tokens["access_token"]):
        print(p["payroll_uuid"], p["pay_period"]["start_date"], p["pay_period"]["end_date"])
''', cid=draw(43, URLSAFE), secret=draw(43, URLSAFE), company=uuid_s())

add("properties/adp-client-secret", "payroll-bridge/src/main/resources/application.properties",
    "Spring Boot docs (application.properties); ADP API Central (client credentials over mutual TLS)", r"""
spring.application.name=payroll-bridge
server.port=8085
# ADP Workforce Now API (mutual TLS + client credentials)
adp.token-url=https://accounts.adp.com/auth/oauth/v2/token
adp.api-url=https://api.adp.com
adp.client-id=@@cid@@
adp.client-secret=@@secret@@
adp.ssl.key-store=file:/etc/payroll-bridge/adp-mtls.p12
adp.ssl.key-store-password=${ADP_KEYSTORE_PASSWORD}
adp.ssl.key-store-type=PKCS12
# crews
payroll.seasonal.department-code=SEAS
payroll.overtime.weekly-threshold-hours=40
logging.level.com.oakstone.payroll=INFO
""", cid=uuid_s(), secret=uuid_s())

add("k8s-secret/private-key", "deploy/payroll/adp-mtls-secret.yaml",
    "Kubernetes docs (TLS Secret type kubernetes.io/tls, base64 data tls.crt and tls.key)", r"""
apiVersion: v1
kind: Secret
metadata:
  name: adp-mtls
  namespace: payroll
  labels:
    app: payroll-bridge
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", **(lambda key: {"secret": key, "key": b64(key + "\n"), "crt": b64(cert_pem() + "\n")})(pkcs8_pem()))

add("xml/everify-password", "EVerify/web.config",
    "ASP.NET web.config appSettings; E-Verify Web Services employer agent credentials", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <!-- E-Verify Web Services (employer agent) for seasonal H-2B and local hires -->
    <add key="EVerify:Endpoint" value="https://e-verify.uscis.gov/WebServices/EmployerWebServiceV31/EmployerWebServiceV31.svc" />
    <add key="EVerify:UserId" value="GLGR4821" />
    <add key="EVerify:Password" value="@@secret@@" />
    <add key="EVerify:EmployerId" value="1938402" />
    <add key="EVerify:CaseExportPath" value="D:\HR\EVerify\cases" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="EVerifyBinding" maxReceivedMessageSize="1048576">
          <security mode="TransportWithMessageCredential" />
        </binding>
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
""", secret=complex_pw(13))

add("csv/timeclock-admin-password", "ops/integrations_inventory.csv",
    "Spreadsheet inventory of integrations exported as CSV (RFC 4180 quoting)", r"""
system,vendor,owner,auth_method,credential_location,notes
Route planning,Route4Me,ops-manager,API key,1Password Fleet/Route4Me,rotate each March
Fleet telematics,Samsara,fleet-lead,API token,GitHub secret SAMSARA_API_TOKEN,read scopes only
Payroll,Gusto,controller,OAuth app,1Password Finance/Gusto app,refresh token in app DB
Timeclock kiosks,ClockShark,hr-lead,admin login,"kiosk admin: kiosk.admin@oakstoneoutdoor.com / @@secret@@","shared by yard supervisors, change after season"
Irrigation,Rachio,irrigation-lead,API key,1Password Irrigation/Rachio,one key per account
Billing,Stripe,controller,restricted key,AWS Secrets Manager prod/portal/stripe,
E-Verify,USCIS,hr-lead,web services user,1Password HR/E-Verify,password expires every 90 days
Email,Microsoft 365,it-contractor,admin account,Break-glass envelope in safe,MFA on all admins
""", secret=words_pw())

add("shell/sftp-password", "payroll/scripts/send_nacha.sh",
    "sshpass man page (-p password); OpenSSH sftp batch usage", r"""
#!/bin/bash
# Uploads the weekly payroll NACHA file to the bank's SFTP, then archives it.
set -eu

FILE="$1"
BANK_HOST="mft.lakecountrybank.com"
BANK_USER="oakstone_ach"
ARCHIVE=/srv/payroll/ach/sent

gpg --batch --yes --trust-model always -r ach-inbound@lakecountrybank.com --encrypt "$FILE"

printf 'cd /inbound/ach\nput %s.gpg\nbye\n' "$FILE" > /tmp/nacha.batch
sshpass -p '@@secret@@' sftp -oBatchMode=no -b /tmp/nacha.batch "${BANK_USER}@${BANK_HOST}"
rm -f /tmp/nacha.batch

mv "$FILE" "$FILE.gpg" "$ARCHIVE/"
logger -t send_nacha "uploaded $(basename "$FILE") to ${BANK_HOST}"
""", secret=rand_pw(18))

add("pgp/decoy-pgp-public-key", "payroll/keys/lakecountry-ach-public.asc",
    "RFC 4880 ASCII armor (PGP PUBLIC KEY BLOCK), as banks publish for encrypted ACH files",
    "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: Lake Country Bank ACH inbound (expires 2026-01-31)\n\n"
    + "mQINBGV" + draw(57, B64) + "\n" + "\n".join(draw(64, B64) for _ in range(16)) + "\n" + draw(40, B64)
    + "\n=" + draw(4, B64) + "\n-----END PGP PUBLIC KEY BLOCK-----\n")

add("env/intuit-client-secret", "payroll/.env.production",
    "Intuit Developer docs (QuickBooks Online OAuth 2.0 client id and client secret)", r"""
# payroll-bridge production
APP_ENV=production
LOG_LEVEL=info
QBO_ENVIRONMENT=production
QBO_CLIENT_ID=@@cid@@
QBO_CLIENT_SECRET=@@secret@@
QBO_REDIRECT_URI=https://payroll.oakstoneoutdoor.com/qbo/callback
QBO_REALM_ID=@@realm@@
PAYROLL_EXPORT_DIR=/srv/payroll/exports
TIMECLOCK_API=https://timeclock.internal/api
""", cid="AB" + draw(48), secret=draw(40), realm=digits(16))

add("env/decoy-placeholder", "payroll/.env.example",
    "dotenv example files (committed template, values left empty or as placeholders)", r"""
# Copy to .env and fill in from 1Password (Finance vault). Never commit the real file.
APP_ENV=development
LOG_LEVEL=debug
QBO_ENVIRONMENT=sandbox
QBO_CLIENT_ID=<from developer.intuit.com -> Keys & credentials>
QBO_CLIENT_SECRET=<secret>
QBO_REDIRECT_URI=http://localhost:8085/qbo/callback
QBO_REALM_ID=
GUSTO_CLIENT_ID=
GUSTO_CLIENT_SECRET=
GUSTO_REFRESH_TOKEN=
ADP_KEYSTORE_PASSWORD=changeme
PAYROLL_EXPORT_DIR=./exports
""")

add("python/intuit-refresh-token", "payroll/qbo_tokens.py",
    "intuit-oauth and python-quickbooks docs (AuthClient.refresh(refresh_token=...), QuickBooks(...))", r'''
"""QuickBooks Online token bootstrap. Run once per realm; the app refreshes from the DB after that."""
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes
from quickbooks import QuickBooks

import settings

auth_client = AuthClient(
    client_id=settings.QBO_CLIENT_ID,
    client_secret=settings.QBO_CLIENT_SECRET,
    environment="production",
    redirect_uri=settings.QBO_REDIRECT_URI,
)

# pasted from the OAuth playground on 2024-04-02 (valid 100 days)
REFRESH_TOKEN = "@@secret@@"
REALM_ID = "@@realm@@"


def client() -> QuickBooks:
    auth_client.refresh(refresh_token=REFRESH_TOKEN)
    return QuickBooks(auth_client=auth_client, refresh_token=auth_client.refresh_token, company_id=REALM_ID)


if __name__ == "__main__":
    qb = client()
    print("connected to", qb.company_id, "scopes", [Scopes.ACCOUNTING.value])
''', secret="AB11" + digits(10) + draw(36), realm=digits(16))

add("powershell/homebase-api-key", "hr/Sync-HomebaseShifts.ps1",
    "Homebase public API docs (Bearer API key, /locations/{id}/shifts); PnP.PowerShell docs", r"""
<#
.SYNOPSIS
  Copies next week's Homebase schedule into the crew board SharePoint list.
#>
$ErrorActionPreference = 'Stop'

$HomebaseKey = '@@secret@@'
$LocationId  = '@@loc@@'
$start = (Get-Date).Date.AddDays(8 - [int](Get-Date).DayOfWeek)
$end   = $start.AddDays(6)

$headers = @{
    Authorization = "Bearer $HomebaseKey"
    Accept        = 'application/vnd.homebase-v1+json'
}
$uri = "https://api.joinhomebase.com/locations/$LocationId/shifts?start_date=$($start.ToString('yyyy-MM-dd'))&end_date=$($end.ToString('yyyy-MM-dd'))"
$shifts = Invoke-RestMethod -Uri $uri -Headers $headers -Method Get

Connect-PnPOnline -Url 'https://oakstoneoutdoor.sharepoint.com/sites/Crews' -ManagedIdentity
foreach ($s in $shifts) {
    Add-PnPListItem -List 'Crew Board' -Values @{
        Title = "$($s.first_name) $($s.last_name)"
        Role  = $s.role
        Start = $s.start_at
        End   = $s.end_at
    } | Out-Null
}
Write-Host "Copied $($shifts.Count) shifts for week of $($start.ToShortDateString())"
""", secret=draw(43, URLSAFE), loc=uuid_s())

add("sql/mssql-password", "payroll/db/grant_reporting.sql",
    "SQL Server docs (CREATE LOGIN ... WITH PASSWORD, CREATE USER, GRANT/DENY)", r"""
-- Reporting login for the Power BI gateway (labor cost by crew and job).
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pbi_labor_ro')
    CREATE LOGIN [pbi_labor_ro] WITH PASSWORD = N'@@secret@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [Payroll];
GO
USE [Payroll];
GO
CREATE USER [pbi_labor_ro] FOR LOGIN [pbi_labor_ro];
GRANT SELECT ON SCHEMA::[reporting] TO [pbi_labor_ro];
DENY SELECT ON OBJECT::[dbo].[EmployeeBank] TO [pbi_labor_ro];
DENY SELECT ON OBJECT::[dbo].[EmployeeTax] TO [pbi_labor_ro];
GO
""", secret=complex_pw(18))

add("sql/decoy-password-hash", "payroll/db/seed_kiosk_users.sql",
    "bcrypt modular crypt format ($2b$12$...), PINs stored as hashes", r"""
-- Demo data for the timeclock kiosk (staging only). PINs are stored as bcrypt hashes.
INSERT INTO kiosk_users (employee_no, display_name, crew, pin_hash, ssn_last4, active) VALUES
  (1041, 'J. Alvarez',  'Mowing East', '@@h1@@', '4410', true),
  (1057, 'M. Vang',     'Mowing East', '@@h2@@', '0932', true),
  (1102, 'T. Okafor',   'Install',     '@@h3@@', '7781', true),
  (1188, 'R. Lindqvist','Irrigation',  '@@h4@@', '1203', true),
  (2013, 'L. Herrera',  'Snow 1',      '@@h5@@', '5566', false),
  (2020, 'D. Nguyen',   'Nursery',     '@@h6@@', '8014', true);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash(), h5=bcrypt_hash(), h6=bcrypt_hash())

add("markdown/paychex-client-secret", "docs/payroll/handover-2024.md",
    "Paychex Flex API docs (client credentials, l7xx client ids); a handover note table", r"""
# Payroll integration handover (Dana -> Luis), Nov 2024

Dana is leaving at the end of the season; this is everything Luis needs for the winter payrolls.

## Weekly
- Monday 9:00: approve timeclock hours for snow crews (ClockShark -> Approvals).
- Monday 11:00: `payroll-bridge` pushes hours to Paychex Flex; check the run in #payroll-bot.
- Tuesday: download the Paychex register PDF to `\\gl-nas01\finance\payroll\2024`.

## Paychex Flex API app
The bridge uses our Paychex API app (client credentials):

| Field         | Value |
|---------------|-------|
| Client ID     | `@@cid@@` |
| Client secret | `@@secret@@` |
| Company ID    | `00H2A1B7` |
| Token URL     | `https://api.paychex.com/auth/oauth/v2/token` |

The secret was regenerated 2024-10-02. If Paychex support asks, the app is named "Oakstone payroll-bridge".

## Seasonal crew
- H-2B crew (14 workers) arrives March 18; E-Verify cases go through HR, not this app.
- Per-diem mileage comes from the nightly fleet-sync report (`mileage.csv`).
""", cid="l7xx" + hexs(32), secret=hexs(32))

add("python/decoy-routing-number", "payroll/ach/nacha.py",
    "Nacha file format (file header, batch header, PPD entry records); ABA routing numbers are public", r'''
"""Minimal NACHA (PPD) file writer for direct deposit of seasonal crew payroll."""
from datetime import date, datetime

IMMEDIATE_DESTINATION = " 091000019"   # bank routing (public ABA number)
IMMEDIATE_ORIGIN = "1834820917"        # company EIN with leading 1
COMPANY_NAME = "OAKSTONE OUTDOOR"
COMPANY_ID = "1834820917"
ODFI = "09100001"


def file_header(file_id_modifier: str = "A") -> str:
    now = datetime.now()
    return ("101" + IMMEDIATE_DESTINATION + IMMEDIATE_ORIGIN + now.strftime("%y%m%d%H%M")
            + file_id_modifier + "094101" + "LAKE COUNTRY BANK".ljust(23) + COMPANY_NAME.ljust(23) + " " * 8)


def batch_header(batch_no: int, effective: date) -> str:
    return ("5200" + COMPANY_NAME.ljust(16) + " " * 20 + COMPANY_ID + "PPD" + "PAYROLL".ljust(10)
            + effective.strftime("%y%m%d") * 2 + "   1" + ODFI + f"{batch_no:07d}")


def entry(routing: str, account: str, cents: int, name: str, trace: int) -> str:
    return ("622" + routing[:8] + routing[8] + account.ljust(17) + f"{cents:010d}"
            + f"{trace:015d}"[-15:] + name.upper()[:22].ljust(22) + "  0" + ODFI + f"{trace:07d}")


# Fixture for tests: the bank's published routing number; account numbers are made up.
SAMPLE = [("091000019", "000123456789", 148250, "Jose Alvarez"), ("091000019", "000987654321", 121975, "Mai Vang")]
''')

add("yaml/quickbooks-time-token", "timeclock/config/production.yml",
    "QuickBooks Time (TSheets) API docs (Bearer access token, /api/v1 endpoints)", r"""
# timeclock-sync: QuickBooks Time (TSheets) -> payroll-bridge
quickbooks_time:
  base_url: https://rest.tsheets.com/api/v1
  access_token: "@@secret@@"
  jobcodes:
    mowing: 11824309
    irrigation_service: 11824315
    snow_plowing: 11824322
    shop_time: 11824330
  per_page: 200
payroll_bridge:
  url: http://payroll-bridge.payroll.svc:8085
  push_hour: 11
overtime:
  weekly_threshold: 40
  seasonal_exempt_departments: []
""", secret="S.4__" + hexs(40))

# == Plant nurseries' wholesale portals =============================================================

add("env/shopify-access-token", "nursery-portal/.env",
    "Shopify Admin API docs (custom app Admin API access token shpat_...)", r"""
# Prairie Crest wholesale portal (Shopify Plus B2B store + availability sync)
SHOPIFY_STORE=prairie-crest-wholesale.myshopify.com
SHOPIFY_API_VERSION=2024-04
SHOPIFY_ADMIN_TOKEN=@@secret@@
AVAILABILITY_SOURCE=ftp
AVAILABILITY_SYNC_CRON="*/20 5-18 * * 1-6"
PRICE_TIERS=landscaper,re-wholesale,garden-center
MIN_ORDER_USD=500
""", secret="shpat_" + hexs(32))

add("python/ftp-password", "nursery/availability_ftp.py",
    "Python ftplib docs (FTP.login(user, passwd), retrbinary)", r'''
"""Downloads growers' availability lists (CSV over FTP) for the wholesale portal."""
import ftplib
import io
from pathlib import Path

import pandas as pd

GROWERS = {
    "northwind-perennials": ("ftp.northwindperennials.com", "prairiecrest", "@@secret@@"),
}
OUT = Path("/srv/availability/incoming")


def fetch(name: str, host: str, user: str, password: str) -> pd.DataFrame:
    with ftplib.FTP(host, timeout=30) as ftp:
        ftp.login(user, password)
        ftp.cwd("/availability")
        latest = sorted(n for n in ftp.nlst() if n.lower().endswith(".csv"))[-1]
        buf = io.BytesIO()
        ftp.retrbinary(f"RETR {latest}", buf.write)
    buf.seek(0)
    df = pd.read_csv(buf)
    df.to_csv(OUT / f"{name}.csv", index=False)
    return df


if __name__ == "__main__":
    for name, (host, user, pw) in GROWERS.items():
        df = fetch(name, host, user, pw)
        print(f"{name}: {len(df)} lines, {df['Qty'].sum()} units available")
''', secret=rand_pw(12))

add("php/mysql-password", "wp-config.php",
    "WordPress docs (Editing wp-config.php: DB_NAME, DB_USER, DB_PASSWORD, DB_HOST)", r"""
<?php
/**
 * WordPress configuration - Prairie Crest Nursery retail site (WooCommerce).
 */
define( 'DB_NAME', 'pcn_wp' );
define( 'DB_USER', 'pcn_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'pcn-db.@@rds@@.us-east-2.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WP_AUTH_SALT' ) );
define( 'SECURE_AUTH_SALT', getenv( 'WP_SECURE_AUTH_SALT' ) );
define( 'LOGGED_IN_SALT',   getenv( 'WP_LOGGED_IN_SALT' ) );
define( 'NONCE_SALT',       getenv( 'WP_NONCE_SALT' ) );

$table_prefix = 'pcn_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", secret=rand_pw(24, "!#%^*"), rds=draw(12, LOWNUM))

add("php/woocommerce-consumer-secret", "includes/woo-sync.php",
    "WooCommerce REST API PHP library docs (new Client($url, $consumer_key, $consumer_secret, $options))", r"""
<?php
// Pushes wholesale availability into the retail WooCommerce store (retail qty = 20% of wholesale).
require __DIR__ . '/../vendor/autoload.php';

use Automattic\WooCommerce\Client;

$woocommerce = new Client(
    'https://shop.prairiecrestnursery.com',
    '@@ck@@',
    '@@secret@@',
    ['version' => 'wc/v3', 'timeout' => 30]
);

$availability = json_decode(file_get_contents('/srv/availability/merged.json'), true);

foreach (array_chunk($availability, 100) as $chunk) {
    $update = [];
    foreach ($chunk as $row) {
        $found = $woocommerce->get('products', ['sku' => $row['sku']]);
        if (empty($found)) {
            continue;
        }
        $update[] = [
            'id' => $found[0]->id,
            'stock_quantity' => (int) floor($row['qty'] * 0.2),
            'manage_stock' => true,
        ];
    }
    $woocommerce->post('products/batch', ['update' => $update]);
}
echo "synced " . count($availability) . " SKUs\n";
""", ck="ck_" + hexs(40), secret="cs_" + hexs(40))

add("ruby/algolia-admin-key", "lib/tasks/plant_catalog.rake",
    "Algolia Ruby API client docs (SearchClient.create(app_id, admin API key), save_objects)", r"""
# Reindexes the plant catalog (botanical name, common names, zone, size, availability) in Algolia.
namespace :catalog do
  desc "Push plant catalog to Algolia"
  task reindex: :environment do
    client = Algolia::SearchClient.create("@@app@@", "@@secret@@")
    records = Plant.includes(:sizes).find_each.map do |plant|
      {
        objectID: plant.sku_root,
        botanical: plant.botanical_name,
        common: plant.common_names,
        zone_min: plant.hardiness_min,
        zone_max: plant.hardiness_max,
        sizes: plant.sizes.map(&:label),
        in_stock: plant.sizes.any? { |s| s.available_qty.positive? }
      }
    end
    client.save_objects("plants_production", records)
    client.set_settings("plants_production", { searchableAttributes: %w[botanical common],
                                               attributesForFaceting: %w[zone_min sizes in_stock] })
    puts "indexed #{records.size} plants"
  end
end
""", app=draw(10, UPNUM), secret=hexs(32))

add("javascript/decoy-search-only-key", "nursery-portal/src/search.js",
    "Algolia docs (search-only API key is safe in front-end code); InstantSearch.js", r"""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";
import { searchBox, hits, refinementList } from "instantsearch.js/es/widgets";

// Search-only key: safe in the browser (ACL: search only, index plants_production).
const searchClient = algoliasearch("@@app@@", "@@key@@");

const search = instantsearch({ indexName: "plants_production", searchClient });

search.addWidgets([
  searchBox({ container: "#plant-search", placeholder: "Search by botanical or common name" }),
  refinementList({ container: "#zones", attribute: "zone_min" }),
  refinementList({ container: "#sizes", attribute: "sizes" }),
  hits({
    container: "#results",
    templates: {
      item: (hit, { html, components }) => html`<article>
        <h3>${components.Highlight({ hit, attribute: "botanical" })}</h3>
        <p>${hit.common.join(", ")} - zones ${hit.zone_min}-${hit.zone_max}</p>
      </article>`,
    },
  }),
]);

search.start();
""", app=draw(10, UPNUM), key=hexs(32))

add("shell/aws-secret-access-key", "deploy/nursery/sync_images.sh",
    "AWS CLI docs (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY environment variables, s3 sync)", r"""
#!/bin/sh
# Sync plant photos from the photo-room NAS to the portal's S3 bucket (CloudFront origin).
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=us-east-2

SRC=/volume1/photo-room/export/web
DEST=s3://prairiecrest-portal-media/plants

aws s3 sync "$SRC" "$DEST" \
  --exclude "*.CR3" --exclude "*/_raw/*" \
  --cache-control "public, max-age=604800" \
  --size-only

aws cloudfront create-invalidation --distribution-id E2Q8ZK4W1R7M3N --paths "/plants/*" >/dev/null
echo "$(date -Is) plant photos synced" >> /volume1/photo-room/sync.log
""", kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("terraform/cloudflare-api-token", "infra/nursery/cdn.tf",
    "Terraform Cloudflare provider docs (provider api_token, cloudflare_record)", r"""
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "portal" {
  zone_id = var.zone_id
  name    = "wholesale"
  value   = "prairie-crest-wholesale.myshopify.com"
  type    = "CNAME"
  proxied = false
}

resource "cloudflare_page_rule" "media_cache" {
  zone_id  = var.zone_id
  target   = "media.prairiecrestnursery.com/plants/*"
  priority = 1
  actions {
    cache_level    = "cache_everything"
    edge_cache_ttl = 604800
  }
}
""", secret=draw(40, URLSAFE), zone=hexs(32))

add("xml/keystore-password", "edi/openas2/config/config.xml",
    "OpenAS2 docs (config.xml certificates element: PKCS12CertificateFactory filename and password)", r"""
<openas2>
    <properties storageBaseDir="%home%/../data"
                log_date_format="yyyy-MM-dd HH:mm:ss.SSS"
                as2_message_id_format="OPENAS2-$date.ddMMyyyyHHmmssZ$-$rand.1234$@$msg.sender.as2_id$_$msg.receiver.as2_id$"/>
    <!-- Home-center live goods program: 850 POs in, 855/856/810 out -->
    <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                  filename="%home%/as2_certs.p12"
                  password="@@secret@@"
                  interval="300"/>
    <partnerships classname="org.openas2.partner.XMLPartnershipFactory"
                  filename="%home%/partnerships.xml"
                  interval="120"/>
    <processor classname="org.openas2.processor.DefaultProcessor"
               pendingMDN="$properties.storageBaseDir$/pendingMDN3"
               pendingMDNinfo="$properties.storageBaseDir$/pendinginfoMDN3">
        <module classname="org.openas2.processor.sender.AS2SenderModule"/>
        <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080"
                errordir="$properties.storageBaseDir$/inbox/error"/>
        <module classname="org.openas2.processor.storage.MessageFileModule"
                filename="$properties.storageBaseDir$/inbox/$msg.sender.as2_id$-$msg.receiver.as2_id$-$msg.headers.message-id$"
                header="$properties.storageBaseDir$/temp/$msg.sender.as2_id$-$msg.receiver.as2_id$-$msg.headers.message-id$"/>
    </processor>
</openas2>
""", secret=words_pw())

add("edi/decoy-edi-interchange", "edi/samples/846_availability_sample.edi",
    "ASC X12 004010 846 Inventory Inquiry/Advice (ISA authorization/security qualifiers 00, blank)", r"""
ISA*00*          *00*          *ZZ*PRAIRIECREST   *01*081466849      *240603*0615*U*00401*000004217*0*P*>~
GS*IB*PRAIRIECREST*081466849*20240603*0615*4217*X*004010~
ST*846*0001~
BIA*00*DD*PCN20240603*20240603~
LIN**SK*HYD-LIM-3G*UP*081234567893~
QTY*33*412*EA~
LIN**SK*THU-EGR-5FT*UP*081234567909~
QTY*33*96*EA~
LIN**SK*HOS-SAM-1G*UP*081234567916~
QTY*33*1180*EA~
CTT*3~
SE*10*0001~
GE*1*4217~
IEA*1*000004217~
""")

add("json/shopify-shared-secret", "shopify/app/config/credentials.json",
    "Shopify app docs (client id and client secret shpss_ from the Partner Dashboard)", r"""
{
  "app": "prairie-crest-b2b-pricing",
  "api_key": "@@apikey@@",
  "api_secret_key": "@@secret@@",
  "scopes": "read_products,write_products,read_customers,write_draft_orders,read_inventory",
  "application_url": "https://b2b-pricing.prairiecrestnursery.com",
  "redirect_urls": ["https://b2b-pricing.prairiecrestnursery.com/auth/callback"],
  "webhooks_api_version": "2024-04"
}
""", apikey=hexs(32), secret="shpss_" + hexs(32))

add("json/decoy-integrity-hash", "nursery-portal/package-lock.json",
    "npm docs (package-lock.json v3: resolved and integrity sha512 fields)", r"""
{
  "name": "nursery-portal",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "nursery-portal",
      "version": "2.3.0",
      "dependencies": {
        "algoliasearch": "^4.23.3",
        "instantsearch.js": "^4.68.0"
      }
    },
    "node_modules/@algolia/cache-common": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/@algolia/cache-common/-/cache-common-4.23.3.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/algoliasearch": {
      "version": "4.23.3",
      "resolved": "https://registry.npmjs.org/algoliasearch/-/algoliasearch-4.23.3.tgz",
      "integrity": "sha512-@@i2@@",
      "dependencies": {
        "@algolia/cache-common": "4.23.3"
      }
    },
    "node_modules/instantsearch.js": {
      "version": "4.68.0",
      "resolved": "https://registry.npmjs.org/instantsearch.js/-/instantsearch.js-4.68.0.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=rand_bytes_b64(64), i2=rand_bytes_b64(64), i3=rand_bytes_b64(64))

add("csharp/redis-password", "Nursery.Pricing/Cache.cs",
    "StackExchange.Redis docs (configuration string host:port,password=...,ssl=True)", r"""
using StackExchange.Redis;

namespace PrairieCrest.Pricing;

/// <summary>Price-tier cache for the wholesale portal (Azure Cache for Redis).</summary>
public static class Cache
{
    private static readonly Lazy<ConnectionMultiplexer> Lazy = new(() =>
        ConnectionMultiplexer.Connect(
            "pcn-pricing.redis.cache.windows.net:6380,password=@@secret@@,ssl=True,abortConnect=False,connectTimeout=5000"));

    public static IDatabase Db => Lazy.Value.GetDatabase();

    public static async Task<decimal?> TierPriceAsync(string sku, string tier)
    {
        var value = await Db.StringGetAsync($"price:{tier}:{sku}");
        return value.HasValue ? (decimal)value : null;
    }

    public static Task SetTierPriceAsync(string sku, string tier, decimal price) =>
        Db.StringSetAsync($"price:{tier}:{sku}", price.ToString(), TimeSpan.FromHours(6));
}
""", secret=rand_bytes_b64(32))

add("go/postgres-password", "availability-api/main.go",
    "lib/pq docs (postgres:// connection URL with user:password)", r"""
package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"

	_ "github.com/lib/pq"
)

const dsn = "postgres://availability:@@secret@@@pcn-db.internal:5432/nursery?sslmode=require"

type Line struct {
	SKU       string `json:"sku"`
	Botanical string `json:"botanical"`
	Size      string `json:"size"`
	Qty       int    `json:"qty"`
	Price     string `json:"price"`
}

func main() {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/availability", func(w http.ResponseWriter, r *http.Request) {
		rows, err := db.QueryContext(r.Context(),
			`SELECT sku, botanical, size, qty, price::text FROM availability WHERE tier = $1 AND qty > 0 ORDER BY botanical`,
			r.URL.Query().Get("tier"))
		if err != nil {
			http.Error(w, "db error", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		var out []Line
		for rows.Next() {
			var l Line
			if err := rows.Scan(&l.SKU, &l.Botanical, &l.Size, &l.Qty, &l.Price); err == nil {
				out = append(out, l)
			}
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(out)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", secret=rand_pw(24))

add("toml/redis-password", "availability-api/config/production.toml",
    "TOML v1.0 spec; Redis URI scheme rediss://user:password@host:port/db", r"""
[server]
listen = "0.0.0.0:8080"
read_timeout = "10s"

[cache]
url = "rediss://default:@@secret@@@pcn-cache.internal:6379/2"
ttl_seconds = 900

[sources]
growers = ["northwind-perennials", "big-river-trees", "prairie-crest-own"]
refresh_minutes = 20

[pricing]
tiers = ["landscaper", "re-wholesale", "garden-center"]
round_to = 0.25
""", secret=redis_pw())

add("markdown/portal-admin-password", "docs/wholesale/README.md",
    "An ops README with a shared login written into it", r"""
# Wholesale portal - ops notes

The B2B portal is the Shopify Plus store plus the `availability-api` service.

## Accounts
- Staff logins are per person (Shopify staff accounts, SSO with Google).
- The pricing app's admin screen (`https://b2b-pricing.prairiecrestnursery.com/admin`) has one
  shared login until we add SSO:
  - user: `pricing-admin`
  - password: `@@secret@@`
- Growers never get portal logins; they send availability by FTP or email.

## Daily
1. 5:00 availability sync runs (every 20 min until 18:00).
2. Check the "Sync errors" tab in the admin screen.
3. Landscaper orders over $5,000 need a credit check before fulfilment.

## Incidents
Call Marco (ops) first, then the Shopify partner agency.
""", secret=words_pw())

add("toml/decoy-env-reference", "pyproject.toml",
    "Poetry docs (supplemental sources; credentials from POETRY_HTTP_BASIC_<SOURCE>_USERNAME/PASSWORD)", r"""
[tool.poetry]
name = "pcn-plantdb"
version = "1.8.2"
description = "Plant catalog models shared by the portal, labels and availability sync"
authors = ["Prairie Crest IT <it@prairiecrestnursery.com>"]
packages = [{ include = "plantdb" }]

[tool.poetry.dependencies]
python = "^3.11"
pydantic = "^2.7"
sqlalchemy = "^2.0"

[[tool.poetry.source]]
name = "pcn-internal"
url = "https://pypi.prairiecrestnursery.com/simple/"
priority = "supplemental"
# credentials: POETRY_HTTP_BASIC_PCN_INTERNAL_USERNAME / _PASSWORD (set in CI and in your shell)

[tool.poetry.group.dev.dependencies]
pytest = "^8.2"
ruff = "^0.4"

[build-system]
requires = ["poetry-core>=1.8"]
build-backend = "poetry.core.masonry.api"
""")

add("ini/pypi-token", ".pypirc",
    "Python Packaging User Guide (.pypirc: username __token__, password pypi-...)", r"""
[distutils]
index-servers =
    pypi
    pcn-internal

[pypi]
username = __token__
password = @@secret@@

[pcn-internal]
repository = https://pypi.prairiecrestnursery.com/
username = ci-publisher
""", secret=fakes.pypi_token(_seed()))

add("csv/decoy-sku", "nursery/availability_2024-spring.csv",
    "Wholesale nursery availability list (SKU, size, quantity, UPC, lot)", """
sku,botanical_name,common_name,size,qty,price_landscaper,upc,lot
HYD-LIM-3G,Hydrangea paniculata 'Limelight',Limelight hydrangea,#3,412,24.50,081234567893,L24-0117
THU-EGR-5FT,Thuja occidentalis 'Emerald',Emerald arborvitae,5-6 ft B&B,96,68.00,081234567909,L24-0102
HOS-SAM-1G,Hosta 'Sum and Substance',Sum and Substance hosta,#1,1180,7.25,081234567916,L24-0141
ACE-AUT-2IN,Acer x freemanii 'Autumn Blaze',Autumn Blaze maple,2 in B&B,38,189.00,081234567923,L24-0088
SPI-GFL-3G,Spiraea japonica 'Goldflame',Goldflame spirea,#3,265,19.75,081234567930,L24-0120
CAL-KF-1G,Calamagrostis x acutiflora 'Karl Foerster',Feather reed grass,#1,940,8.10,081234567947,L24-0139
ECH-PUR-1G,Echinacea purpurea,Purple coneflower,#1,620,7.40,081234567954,L24-0144
SCH-SCO-1G,Schizachyrium scoparium,Little bluestem,#1,510,7.60,081234567961,L24-0145
""")

# == Customer portals and billing ===================================================================

_stripe_sk = stripe_key("sk_live_")
add("python/stripe-secret-key", "portal/billing/stripe_client.py",
    "stripe-python docs (stripe.api_key, PaymentIntent.create off_session)", r'''
"""Stripe wrapper for the customer portal: autopay for seasonal contracts."""
import stripe

# split so the old pre-commit regex stops complaining (see #212)
stripe.api_key = ("@@a@@"
                  "@@b@@")
stripe.api_version = "2024-04-10"


def ensure_customer(account) -> str:
    if account.stripe_customer_id:
        return account.stripe_customer_id
    customer = stripe.Customer.create(email=account.billing_email, name=account.name,
                                      metadata={"account_no": account.number})
    account.stripe_customer_id = customer.id
    account.save(update_fields=["stripe_customer_id"])
    return customer.id


def charge_installment(account, amount_cents: int, description: str) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents, currency="usd", customer=ensure_customer(account),
        payment_method=account.default_payment_method, off_session=True, confirm=True,
        description=description, metadata={"contract": account.contract_no},
    )
    return intent.id
''', secret=_stripe_sk, a=_stripe_sk[:22], b=_stripe_sk[22:])

add("typescript/stripe-webhook-secret", "portal/server/webhooks/stripe.ts",
    "Stripe docs (webhooks: stripe.webhooks.constructEvent with the endpoint's whsec_ signing secret)", r"""
import express from "express";
import Stripe from "stripe";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-04-10" });
const endpointSecret = "@@secret@@";

export const stripeWebhook = express.Router();

stripeWebhook.post("/webhooks/stripe", express.raw({ type: "application/json" }), async (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers["stripe-signature"] as string, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  switch (event.type) {
    case "invoice.paid":
      await markInvoicePaid((event.data.object as Stripe.Invoice).id);
      break;
    case "invoice.payment_failed":
      await flagForCollections((event.data.object as Stripe.Invoice).customer as string);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

async function markInvoicePaid(id: string) { /* updates portal DB */ }
async function flagForCollections(customer: string) { /* notifies AR */ }
""", secret=stripe_whsec())

add("typescript/decoy-publishable-key", "portal/src/checkout/stripe.ts",
    "Stripe docs (publishable keys pk_live_ are meant for client-side code; loadStripe)", r"""
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: public by design (Stripe docs), safe to ship in the bundle.
export const stripePromise = loadStripe("@@pk@@");

export async function confirmAutopay(clientSecret: string, elements: any) {
  const stripe = await stripePromise;
  if (!stripe) throw new Error("Stripe failed to load");
  const { error } = await stripe.confirmSetup({
    elements,
    clientSecret,
    confirmParams: { return_url: `${window.location.origin}/billing/autopay/done` },
  });
  if (error) throw error;
}
""", pk=stripe_key("pk_live_"))

add("k8s-secret/stripe-restricted-key", "deploy/portal/stripe-secret.yaml",
    "Kubernetes docs (Secret data values are base64); Stripe restricted keys rk_live_", r"""
apiVersion: v1
kind: Secret
metadata:
  name: portal-stripe
  namespace: portal
type: Opaque
data:
  STRIPE_RESTRICTED_KEY: @@b@@
  STRIPE_ACCOUNT_COUNTRY: VVM=
""", **(lambda key: {"secret": key, "b": b64(key)})(stripe_key("rk_live_")))

add("k8s/decoy-secret-manager-reference", "deploy/portal/external-secret.yaml",
    "External Secrets Operator docs (ExternalSecret with remoteRef to AWS Secrets Manager)", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: portal-billing
  namespace: portal
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: portal-billing
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/portal/stripe
        property: secret_key
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef:
        key: prod/portal/stripe
        property: webhook_secret
    - secretKey: SENDGRID_API_KEY
      remoteRef:
        key: prod/portal/sendgrid
""")

add("java/square-access-token", "billing/src/main/java/com/cedarhollow/billing/SquareConfig.java",
    "Square Java SDK docs (SquareClient.Builder().bearerAuthCredentials(new BearerAuthModel.Builder(token)))", r"""
package com.cedarhollow.billing;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;
import com.squareup.square.authentication.BearerAuthModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Square for the garden-center registers and in-field card readers (crew leaders collect on site). */
@Configuration
public class SquareConfig {

    static final String LOCATION_ID = "@@loc@@";

    @Bean
    public SquareClient squareClient() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .bearerAuthCredentials(new BearerAuthModel.Builder("@@secret@@").build())
                .build();
    }
}
""", loc="L" + draw(12, UPNUM), secret=square_token())

add("csharp/authorize-net-transaction-key", "Billing.AuthNet/Gateway.cs",
    "Authorize.Net .NET SDK docs (merchantAuthenticationType name = API Login ID, Item = Transaction Key)", r"""
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers;
using AuthorizeNet.Api.Controllers.Bases;

namespace CedarHollow.Billing.AuthNet
{
    /// <summary>Charges saved customer profiles for monthly lawn-care plans (Authorize.Net CIM).</summary>
    public static class Gateway
    {
        private const string ApiLoginId = "@@login@@";
        private const string TransactionKey = "@@secret@@";

        static Gateway()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment = AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication = new merchantAuthenticationType
            {
                name = ApiLoginId,
                ItemElementName = ItemChoiceType.transactionKey,
                Item = TransactionKey,
            };
        }

        public static createTransactionResponse ChargeProfile(string profileId, string paymentProfileId, decimal amount, string invoice)
        {
            var request = new createTransactionRequest
            {
                transactionRequest = new transactionRequestType
                {
                    transactionType = transactionTypeEnum.authCaptureTransaction.ToString(),
                    amount = amount,
                    profile = new customerProfilePaymentType
                    {
                        customerProfileId = profileId,
                        paymentProfile = new paymentProfile { paymentProfileId = paymentProfileId },
                    },
                    order = new orderType { invoiceNumber = invoice, description = "Lawn care plan" },
                },
            };
            var controller = new createTransactionController(request);
            controller.Execute();
            return controller.GetApiResponse();
        }
    }
}
""", login=draw(10), secret=draw(16))

add("php/paypal-client-secret", "portal/config/services.php",
    "Laravel docs (config/services.php with env() defaults); PayPal REST client id and secret", r"""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'paypal' => [
        'mode' => env('PAYPAL_MODE', 'live'),
        'client_id' => env('PAYPAL_CLIENT_ID', '@@cid@@'),
        'secret' => env('PAYPAL_SECRET', '@@secret@@'),
        'webhook_id' => env('PAYPAL_WEBHOOK_ID'),
    ],

    'google' => [
        'maps_key' => env('GOOGLE_MAPS_BROWSER_KEY'),
    ],

];
""", cid=paypal_id("A"), secret=paypal_id("E"))

add("php/decoy-client-id", "portal/resources/views/billing/pay.blade.php",
    "PayPal JavaScript SDK docs (client-id query parameter is public)", r"""
@extends('layouts.portal')

@section('content')
<div class="max-w-xl mx-auto">
  <h1 class="text-2xl">Pay invoice {{ $invoice->number }}</h1>
  <p>Amount due: ${{ number_format($invoice->balance, 2) }}</p>
  <div id="paypal-buttons"></div>
</div>
@endsection

@push('scripts')
{{-- client-id is public: it is sent to every browser by the PayPal JS SDK --}}
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("{{ route('billing.paypal.order', $invoice) }}", {
      method: "POST", headers: { "X-CSRF-TOKEN": "{{ csrf_token() }}" },
    }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch("{{ route('billing.paypal.capture', $invoice) }}", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-TOKEN": "{{ csrf_token() }}" },
      body: JSON.stringify({ orderID: data.orderID }),
    }).then(() => { window.location = "{{ route('billing.thanks') }}"; }),
  }).render("#paypal-buttons");
</script>
@endpush
""", cid=paypal_id("A"))

add("ruby/braintree-private-key", "config/initializers/braintree.rb",
    "Braintree Ruby SDK docs (Braintree::Configuration merchant_id, public_key, private_key)", r"""
# Braintree (PayPal) vault for recurring landscape maintenance agreements.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "@@mid@@"
Braintree::Configuration.public_key = "@@pub@@"
Braintree::Configuration.private_key = "@@secret@@"
Braintree::Configuration.logger = Rails.logger

BRAINTREE_PLAN_IDS = {
  weekly_mowing: "wkly-mow-2024",
  fert_5_step: "fert5-2024",
  full_service: "full-svc-2024"
}.freeze
""", mid=draw(16, LOWNUM), pub=draw(16, LOWNUM), secret=hexs(32))

add("env/sendgrid-api-key", "portal/.env.staging",
    "SendGrid docs (API keys SG.<id>.<secret>); Laravel .env", r"""
APP_NAME="Cedar Hollow Customer Portal"
APP_ENV=staging
APP_DEBUG=false
APP_URL=https://portal-staging.cedarhollowlawn.com

DB_CONNECTION=pgsql
DB_HOST=portal-staging-db.internal
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD=

MAIL_MAILER=sendgrid
SENDGRID_API_KEY=@@secret@@
MAIL_FROM_ADDRESS=service@cedarhollowlawn.com
MAIL_FROM_NAME="Cedar Hollow Lawn & Tree"
""", secret=sendgrid_key())

add("python/mailgun-api-key", "portal/notify/mailgun.py",
    "Mailgun docs (POST /v3/{domain}/messages with auth=('api', API_KEY))", r'''
"""Service reminders ("we're aerating Thursday, please flag sprinkler heads")."""
import json

import requests

MAILGUN_DOMAIN = "mg.cedarhollowlawn.com"
MAILGUN_KEY = "@@secret@@"


def send_reminder(to: str, first_name: str, service: str, day: str) -> str:
    r = requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Cedar Hollow Lawn & Tree <service@cedarhollowlawn.com>",
            "to": to,
            "subject": f"{service} on {day}",
            "template": "service-reminder",
            "h:X-Mailgun-Variables": json.dumps({"first_name": first_name, "service": service, "day": day}),
            "o:tag": ["reminder", service.lower()],
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["id"]
''', secret=mailgun_key())

add("compose/postmark-server-token", "docker-compose.portal.yml",
    "django-anymail docs (Postmark backend, POSTMARK_SERVER_TOKEN); Compose file reference", r"""
services:
  portal:
    image: ghcr.io/cedarhollow/portal:2024.05.3
    restart: unless-stopped
    ports: ["8000:8000"]
    environment:
      DJANGO_SETTINGS_MODULE: portal.settings.production
      DATABASE_URL: ${DATABASE_URL}
      EMAIL_BACKEND: anymail.backends.postmark.EmailBackend
      POSTMARK_SERVER_TOKEN: @@secret@@
      DEFAULT_FROM_EMAIL: service@cedarhollowlawn.com
    depends_on: [redis]
  worker:
    image: ghcr.io/cedarhollow/portal:2024.05.3
    command: celery -A portal worker -l info
    environment:
      DATABASE_URL: ${DATABASE_URL}
      CELERY_BROKER_URL: redis://redis:6379/0
  redis:
    image: redis:7-alpine
    volumes: ["redis-data:/data"]
volumes:
  redis-data: {}
""", secret=uuid_s())

add("json/mailchimp-api-key", "mailchimp/sync-config.json",
    "Mailchimp Marketing API docs (API key with the data-center suffix, e.g. -us21)", r"""
{
  "mailchimp": {
    "api_key": "@@secret@@",
    "server": "us21",
    "audience_id": "@@aud@@",
    "tags_from_programs": true
  },
  "source": {
    "crm": "realgreen",
    "segment": "active_residential",
    "exclude_do_not_mail": true
  },
  "merge_fields": {
    "FNAME": "first_name",
    "LNAME": "last_name",
    "PROGRAM": "primary_program",
    "ZIP": "service_zip"
  },
  "schedule": "daily 06:30"
}
""", secret=hexs(32) + "-us21", aud=hexs(10))

add("json/decoy-firebase-web-config", "portal/src/firebase-config.json",
    "Firebase docs (web app config object; the apiKey there identifies the project and is not a secret)", r"""
{
  "apiKey": "@@key@@",
  "authDomain": "cedarhollow-portal.firebaseapp.com",
  "projectId": "cedarhollow-portal",
  "storageBucket": "cedarhollow-portal.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-@@mid@@"
}
""", key=google_key(), sender=digits(12), app=hexs(22), mid=draw(10, UPNUM))

add("html/decoy-site-key", "portal/templates/contact.html",
    "Google reCAPTCHA v2 docs (data-sitekey is the public site key)", r"""
{% extends "base.html" %}
{% block content %}
<section class="contact">
  <h1>Request a quote</h1>
  <form method="post" action="{% url 'quote' %}">
    {% csrf_token %}
    <label>Name <input name="name" required></label>
    <label>Address <input name="address" required></label>
    <label>Services
      <select name="services" multiple>
        <option>Weekly mowing</option><option>Fertilizer program</option>
        <option>Irrigation start-up</option><option>Landscape design</option>
      </select>
    </label>
    <div class="g-recaptcha" data-sitekey="@@site@@"></div>
    <button type="submit">Send</button>
  </form>
</section>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", site="6L" + draw(38, URLSAFE))

add("python/recaptcha-secret-key", "portal/forms/recaptcha.py",
    "Google reCAPTCHA docs (server-side siteverify with the secret key)", r'''
import requests
from django import forms
from django.conf import settings

RECAPTCHA_SECRET = getattr(settings, "RECAPTCHA_SECRET", "@@secret@@")


class QuoteForm(forms.Form):
    name = forms.CharField(max_length=120)
    address = forms.CharField(max_length=200)
    services = forms.MultipleChoiceField(choices=[(s, s) for s in (
        "Weekly mowing", "Fertilizer program", "Irrigation start-up", "Landscape design")])

    def __init__(self, *args, remote_ip=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.remote_ip = remote_ip

    def clean(self):
        data = super().clean()
        token = self.data.get("g-recaptcha-response", "")
        r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                          data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": self.remote_ip},
                          timeout=5)
        if not r.json().get("success"):
            raise forms.ValidationError("Please confirm you are not a robot.")
        return data
''', secret="6L" + draw(38, URLSAFE))

add("rust/spaces-secret-key", "invoice-pdf/src/main.rs",
    "DigitalOcean Spaces docs (S3-compatible access key DO00... and secret); aws-sdk-s3 Credentials::new", r"""
use aws_sdk_s3::config::{Credentials, Region};
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::{Client, Config};

/// Uploads rendered invoice PDFs to DigitalOcean Spaces; the portal links to them for 30 days.
#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let creds = Credentials::new(
        "@@kid@@",
        "@@secret@@",
        None,
        None,
        "static",
    );
    let config = Config::builder()
        .region(Region::new("nyc3"))
        .endpoint_url("https://nyc3.digitaloceanspaces.com")
        .credentials_provider(creds)
        .force_path_style(false)
        .build();
    let client = Client::from_conf(config);

    for path in std::env::args().skip(1) {
        let name = std::path::Path::new(&path).file_name().unwrap().to_string_lossy().to_string();
        let key = format!("invoices/{name}");
        client
            .put_object()
            .bucket("cedarhollow-billing")
            .key(&key)
            .content_type("application/pdf")
            .body(ByteStream::from_path(&path).await?)
            .send()
            .await?;
        println!("uploaded {key}");
    }
    Ok(())
}
""", kid="DO00" + draw(16, UPNUM), secret=draw(43, B64))

add("go/jwt-signing-secret", "portal/cmd/server/config.go",
    "golang-jwt docs (HS256 signing key as []byte)", r"""
package main

import (
	"os"
	"time"
)

type Config struct {
	Addr          string
	DatabaseURL   string
	JWTSecret     []byte
	SessionTTL    time.Duration
	AllowedOrigin string
}

func load() Config {
	return Config{
		Addr:        envOr("ADDR", ":8080"),
		DatabaseURL: os.Getenv("DATABASE_URL"),
		// HS256 key for customer portal sessions and magic-link tokens
		JWTSecret:     []byte("@@secret@@"),
		SessionTTL:    14 * 24 * time.Hour,
		AllowedOrigin: "https://portal.ridgeviewturf.com",
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""", secret=draw(48, URLSAFE))

add("python/django-secret-key", "portal/settings/production.py",
    "Django docs (SECRET_KEY setting; get_random_secret_key format)", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["portal.ridgeviewturf.com", "portal-internal.ridgeviewturf.com"]
CSRF_TRUSTED_ORIGINS = ["https://portal.ridgeviewturf.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "USER": "portal",
        "HOST": "portal-db.internal",
        "OPTIONS": {"sslmode": "require", "service": "portal"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
LOGGING["root"]["level"] = "INFO"  # noqa: F405
''', secret=django_key())

add("python/decoy-test-settings", "portal/settings/test.py",
    "Django docs (test settings: insecure throwaway SECRET_KEY, MD5PasswordHasher for speed)", r'''
"""Settings for the test suite (CI and local). Nothing here is used in production."""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "django-insecure-test-only-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal_test",
        "USER": "postgres",
        "PASSWORD": "postgres",
        "HOST": "localhost",
        "PORT": "5432",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STRIPE_SECRET_KEY = "sk_test_dummy"
STRIPE_WEBHOOK_SECRET = "whsec_test"
CELERY_TASK_ALWAYS_EAGER = True
''')

add("ini/sentry-auth-token", ".sentryclirc",
    "sentry-cli docs (.sentryclirc [auth] token; user auth tokens sntryu_)", r"""
[defaults]
url = https://sentry.io/
org = ridgeview-turf
project = customer-portal

[auth]
token = @@secret@@

[log]
level = warn
""", secret="sntryu_" + hexs(64))

add("javascript/decoy-sentry-dsn", "portal/src/sentry.js",
    "Sentry docs (DSN explainer: the DSN is safe to keep public)", r"""
import * as Sentry from "@sentry/react";

// DSNs are public identifiers (they only allow sending events); see Sentry docs "DSN explainer".
Sentry.init({
  dsn: "https://@@k@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  environment: import.meta.env.MODE,
  release: `customer-portal@${import.meta.env.VITE_APP_VERSION}`,
  integrations: [Sentry.browserTracingIntegration(), Sentry.replayIntegration({ maskAllText: true })],
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0.0,
  replaysOnErrorSampleRate: 1.0,
  beforeSend(event) {
    if (event.request?.url?.includes("/billing/")) delete event.request.data;
    return event;
  },
});
""", k=hexs(32), org=digits(16), proj=digits(16))

add("swift/internal-api-key", "CustomerApp/Support/APIKeys.swift",
    "A company's own API key compiled into an iOS app (X-Api-Key header)", r"""
import Foundation

/// Keys for the customer app (iOS). The portal API key identifies the app to our backend and
/// lets it create accounts and read service history.
enum APIKeys {
    static let portalBaseURL = URL(string: "https://api.ridgeviewturf.com/v2")!
    static let portalAPIKey = "@@secret@@"
    static let supportPhone = "+1-651-555-0142"
}

extension URLRequest {
    mutating func authorizeForPortal() {
        setValue(APIKeys.portalAPIKey, forHTTPHeaderField: "X-Api-Key")
        setValue("ios/\(Bundle.main.infoDictionary?["CFBundleShortVersionString"] ?? "0")", forHTTPHeaderField: "X-Client")
    }
}
""", secret="rvt_live_" + draw(32))

add("plist/decoy-firebase-config", "CustomerApp/GoogleService-Info.plist",
    "Firebase docs (GoogleService-Info.plist; API_KEY there is a public project identifier)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.ridgeviewturf.customer</string>
	<key>PROJECT_ID</key>
	<string>ridgeview-customer-app</string>
	<key>STORAGE_BUCKET</key>
	<string>ridgeview-customer-app.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>IS_SIGNIN_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
</dict>
</plist>
""", key=google_key(), sender=digits(12), app=hexs(22))

add("plist/supabase-service-role-key", "FieldApp/Resources/Environment.plist",
    "Supabase docs (service_role key is a JWT that bypasses Row Level Security; never ship it to clients)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SupabaseURL</key>
	<string>https://@@ref@@.supabase.co</string>
	<key>SupabaseServiceKey</key>
	<string>@@secret@@</string>
	<key>PhotoBucket</key>
	<string>job-photos</string>
	<key>SyncIntervalMinutes</key>
	<integer>15</integer>
</dict>
</plist>
""", **(lambda ref: {"ref": ref, "secret": jwt({"iss": "supabase", "ref": ref, "role": "service_role",
                                                "iat": 1712345678, "exp": 2027921678})})(
    draw(20, string.ascii_lowercase)))

add("csharp/decoy-test-fixture", "Billing.Tests/StripeWebhookTests.cs",
    "Stripe docs (webhook signature scheme t=...,v1=HMAC-SHA256); xUnit", r"""
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace CedarHollow.Billing.Tests;

public class StripeWebhookTests
{
    // Secret made up for this test only; Stripe never issued it.
    private const string TestSecret = "whsec_unit_test_only";
    private const string Payload = "{\"id\":\"evt_test_webhook\",\"object\":\"event\",\"type\":\"invoice.paid\"}";

    private static string Sign(string payload, long timestamp, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexString(hash).ToLowerInvariant()}";
    }

    [Fact]
    public void AcceptsValidSignature()
    {
        var header = Sign(Payload, 1717400000, TestSecret);
        Assert.True(WebhookVerifier.Verify(Payload, header, TestSecret, toleranceSeconds: int.MaxValue));
    }

    [Fact]
    public void RejectsTamperedPayload()
    {
        var header = Sign(Payload, 1717400000, TestSecret);
        Assert.False(WebhookVerifier.Verify(Payload.Replace("invoice.paid", "invoice.voided"), header, TestSecret, int.MaxValue));
    }
}
""")

add("typescript/decoy-application-id", "portal/src/checkout/square.ts",
    "Square Web Payments SDK docs (application ID and location ID are used in the browser)", r"""
// Square Web Payments SDK: application id and location id are public (they are in every page).
const SQUARE_APP_ID = "@@app@@";
const SQUARE_LOCATION_ID = "@@loc@@";

export async function mountCard(containerId: string) {
  const payments = (window as any).Square.payments(SQUARE_APP_ID, SQUARE_LOCATION_ID);
  const card = await payments.card();
  await card.attach(`#${containerId}`);
  return async () => {
    const result = await card.tokenize();
    if (result.status !== "OK") throw new Error(result.errors?.[0]?.message ?? "card error");
    return result.token as string;
  };
}
""", app="sq0idp-" + draw(22, URLSAFE), loc="L" + draw(12, UPNUM))

add("javascript/decoy-client-key", "portal/public/js/accept.js",
    "Authorize.Net Accept.js docs (public client key and API login ID in authData)", r"""
// Accept.js: the public client key (Account > Security Settings > Manage Public Client Key)
// is meant for the browser; the transaction key stays on the server.
const authData = {
  clientKey: "@@ck@@",
  apiLoginID: "@@login@@",
};

function payInvoice(form) {
  const cardData = {
    cardNumber: form.cardNumber.value.replace(/\s+/g, ""),
    month: form.expMonth.value,
    year: form.expYear.value,
    cardCode: form.cvv.value,
  };
  Accept.dispatchData({ authData, cardData }, (response) => {
    if (response.messages.resultCode === "Error") {
      document.getElementById("pay-error").textContent = response.messages.message[0].text;
      return;
    }
    form.dataDescriptor.value = response.opaqueData.dataDescriptor;
    form.dataValue.value = response.opaqueData.dataValue;
    form.cardNumber.value = "";
    form.cvv.value = "";
    form.submit();
  });
}
""", ck=draw(80), login=draw(10))

add("python/decoy-test-card", "portal/billing/masking.py",
    "Stripe docs (test card numbers such as 4242 4242 4242 4242); Luhn check", r'''
"""Masking helpers for card and bank numbers in portal emails and logs."""
import re

_PAN = re.compile(r"\b(?:\d[ -]?){13,19}\b")


def luhn_ok(number: str) -> bool:
    digits = [int(d) for d in re.sub(r"\D", "", number)][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def mask_pan(text: str) -> str:
    def repl(m: re.Match) -> str:
        raw = re.sub(r"\D", "", m.group(0))
        return ("*" * (len(raw) - 4) + raw[-4:]) if luhn_ok(raw) else m.group(0)
    return _PAN.sub(repl, text)


if __name__ == "__main__":
    # Stripe's documented test cards, not real accounts
    for sample in ("4242 4242 4242 4242", "5555555555554444", "4000 0566 5566 5556"):
        print(sample, "->", mask_pan(sample))
''')

# == Office IT, CI and infrastructure ===============================================================

add("powershell/local-admin-password", "it/New-CrewLaptop.ps1",
    "Microsoft docs (ConvertTo-SecureString -AsPlainText -Force, New-LocalUser)", r"""
#Requires -RunAsAdministrator
<#
  Prepares a crew-leader laptop (rugged tablet) before it goes out in a truck.
#>
param([Parameter(Mandatory)][string]$AssetTag)

$ErrorActionPreference = 'Stop'
Rename-Computer -NewName "GL-TB-$AssetTag" -Force

# local break-glass admin (LAPS takes over once the laptop checks in to Intune)
$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
if (-not (Get-LocalUser -Name 'gladmin' -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name 'gladmin' -Password $pw -FullName 'Greenline IT' -PasswordNeverExpires | Out-Null
    Add-LocalGroupMember -Group 'Administrators' -Member 'gladmin'
}

winget install --id Google.Chrome -e --silent --accept-package-agreements
winget install --id Microsoft.Teams -e --silent --accept-package-agreements
powercfg /change standby-timeout-ac 0
Write-Host "GL-TB-$AssetTag ready; enroll in Intune from Settings > Accounts > Access work or school."
""", secret=words_pw())

add("powershell/azure-client-secret", "it/Connect-GraphReports.ps1",
    "Microsoft identity platform docs (client credentials grant: client_id, client_secret, .default scope)", r"""
# Monthly M365 license and mailbox report for the owners' meeting.
$TenantId     = '@@tenant@@'
$ClientId     = '@@cid@@'
$ClientSecret = '@@secret@@'

$body = @{
    grant_type    = 'client_credentials'
    scope         = 'https://graph.microsoft.com/.default'
    client_id     = $ClientId
    client_secret = $ClientSecret
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $body).access_token
$headers = @{ Authorization = "Bearer $token" }

$skus = Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/subscribedSkus' -Headers $headers
$skus.value | Select-Object skuPartNumber, @{n='Assigned';e={$_.consumedUnits}}, @{n='Total';e={$_.prepaidUnits.enabled}} |
    Format-Table -AutoSize

$users = Invoke-RestMethod -Uri 'https://graph.microsoft.com/v1.0/users?$select=displayName,accountEnabled,assignedLicenses&$top=999' -Headers $headers
$idle = $users.value | Where-Object { -not $_.accountEnabled -and $_.assignedLicenses.Count -gt 0 }
"Disabled users still holding a license: $($idle.Count)"
$idle | ForEach-Object { "  $($_.displayName)" }
""", tenant=uuid_s(), cid=uuid_s(), secret=azure_secret())

add("json/ipsec-psk", "it/unifi/config.gateway.json",
    "Ubiquiti UniFi docs (config.gateway.json for USG advanced configuration, vpn ipsec site-to-site)", r"""
{
  "vpn": {
    "ipsec": {
      "auto-firewall-nat-exclude": "enable",
      "ike-group": {
        "IKE_YARD": { "key-exchange": "ikev2", "lifetime": "28800", "proposal": { "1": { "dh-group": "14", "encryption": "aes256", "hash": "sha256" } } }
      },
      "esp-group": {
        "ESP_YARD": { "lifetime": "3600", "pfs": "dh-group14", "proposal": { "1": { "encryption": "aes256", "hash": "sha256" } } }
      },
      "site-to-site": {
        "peer": {
          "203.0.113.40": {
            "description": "New Hope yard (USG-3P)",
            "authentication": { "mode": "pre-shared-secret", "pre-shared-secret": "@@secret@@" },
            "connection-type": "initiate",
            "ike-group": "IKE_YARD",
            "local-address": "198.51.100.17",
            "tunnel": { "1": { "esp-group": "ESP_YARD", "local": { "prefix": "10.20.0.0/16" }, "remote": { "prefix": "10.30.0.0/16" } } }
          }
        }
      }
    }
  }
}
""", secret=rand_pw(32))

add("ini/smtp-password", "it/scanner/scan_to_email.ini",
    "Multifunction printer scan-to-email settings (SMTP AUTH to smtp.office365.com:587)", r"""
; Exported from the copier's web UI (Device Management > Configuration > E-mail)
; kept here to re-apply settings after a firmware update
[SMTP]
Server=smtp.office365.com
Port=587
UseSTARTTLS=On
Authentication=On
UserName=scanner@greenlinegrounds.com
Password=@@secret@@
FromAddress=scanner@greenlinegrounds.com

[Destinations]
Estimating=estimating@greenlinegrounds.com
Accounting=ap@greenlinegrounds.com
HR=hr@greenlinegrounds.com
""", secret=words_pw())

add("ini/ldap-bind-password", "it/ldap/sssd.conf",
    "sssd-ldap man page (ldap_default_bind_dn, ldap_default_authtok_type, ldap_default_authtok)", r"""
[sssd]
services = nss, pam
domains = greenline.local

[domain/greenline.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.greenline.local, ldaps://dc02.greenline.local
ldap_search_base = dc=greenline,dc=local
ldap_schema = ad
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=greenline,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/greenline-root.pem
ldap_id_mapping = true
ldap_access_order = filter
ldap_access_filter = memberOf=CN=Linux-Admins,OU=Groups,DC=greenline,DC=local
cache_credentials = true
enumerate = false
""", secret=rand_pw(20, "!#%"))

add("markdown/wifi-password", "it/runbooks/wifi.md",
    "An IT runbook table of SSIDs with a WPA2 pre-shared key written in", r"""
# Wi-Fi at the yards

| SSID        | Where         | Security                           | VLAN | Who |
|-------------|---------------|------------------------------------|------|-----|
| GL-Staff    | Office + shop | WPA2-Enterprise (RADIUS, AD login) | 10   | office staff |
| GL-Crew     | Shop + yard   | WPA2-PSK                           | 30   | crew tablets, timeclock kiosks |
| GL-Guest    | Office lobby  | captive portal                     | 99   | visitors |
| GL-Shop-IoT | Shop          | WPA2-PSK                           | 40   | controllers on the test bench |

## GL-Crew
The crew network reaches the timeclock server and the printers, so keep the key off the whiteboard.

- PSK: `@@secret@@`
- Changed every March before the season starts (last: 2024-03-04).
- After a change: update the Intune Wi-Fi profile "GL-Crew", then the two kiosks by hand.

## GL-Shop-IoT
PSK is in 1Password (IT vault, "GL-Shop-IoT"). Devices only; no phones.

## Troubleshooting
- The yard AP on the salt barn drops in heavy snow: power-cycle it from the UniFi app.
""", secret=passphrase())

add("batch/smb-password", "it/map_drives.bat",
    "Microsoft docs (net use <drive> \\\\server\\share /user:DOMAIN\\user <password>)", r"""
@echo off
REM Maps the shared drives for the estimating PCs (runs from the Startup folder)
REM svc_scan only has Modify on \\gl-nas01\scans and Read on \\gl-nas01\plans

net use S: /delete /y >nul 2>&1
net use P: /delete /y >nul 2>&1

net use S: \\gl-nas01\scans /user:GREENLINE\svc_scan @@secret@@ /persistent:no
net use P: \\gl-nas01\plans /user:GREENLINE\svc_scan @@secret@@ /persistent:no

if errorlevel 1 (
  echo Could not map drives - call IT at x204
  pause
)
""", secret=rand_pw(14))

add("nginx/basic-auth-password", "it/nginx/grafana.conf",
    "nginx docs (proxy_set_header); RFC 7617 Basic credentials", r"""
# Shop TV kiosk: shows the Grafana "Yard" dashboard without a login prompt.
server {
    listen 443 ssl;
    server_name yard-tv.greenline.lan;

    ssl_certificate     /etc/ssl/greenline/yard-tv.crt;
    ssl_certificate_key /etc/ssl/greenline/yard-tv.key;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
        # grafana viewer account "tv"
        proxy_set_header Authorization "Basic @@b@@";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", **(lambda pw: {"secret": pw, "b": b64("tv:" + pw)})(rand_pw(18)))

add("dockerfile/grafana-admin-password", "it/grafana/Dockerfile",
    "Grafana docs (configure with environment variables GF_SECURITY_ADMIN_PASSWORD)", r"""
FROM grafana/grafana-oss:10.4.2

ENV GF_SECURITY_ADMIN_USER=admin \
    GF_SECURITY_ADMIN_PASSWORD=@@secret@@ \
    GF_AUTH_ANONYMOUS_ENABLED=false \
    GF_USERS_ALLOW_SIGN_UP=false \
    GF_INSTALL_PLUGINS=grafana-clock-panel,marcusolsson-json-datasource

COPY provisioning/ /etc/grafana/provisioning/
COPY dashboards/ /var/lib/grafana/dashboards/

EXPOSE 3000
""", secret=words_pw().replace("&", "-").replace("*", "-").replace("$", "-"))

add("systemd/postgres-password", "it/systemd/fleet-bridge.service",
    "systemd.exec man page (Environment=); PostgreSQL connection URI", r"""
[Unit]
Description=fleet-bridge (Samsara/Geotab -> equipment DB)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=fleet
WorkingDirectory=/opt/fleet-bridge
Environment=JAVA_OPTS=-Xmx512m
Environment=SPRING_PROFILES_ACTIVE=prod
Environment=DATABASE_URL=postgresql://fleet_bridge:@@secret@@@equip-db.greenline.lan:5432/equipment
ExecStart=/usr/bin/java $JAVA_OPTS -jar /opt/fleet-bridge/fleet-bridge.jar
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", secret=rand_pw(22))

add("crontab/mysql-password", "it/cron/backups.crontab",
    "crontab(5) man page; mysqldump -p<password> option", r"""
# m h dom mon dow  command   (installed on gl-util01 for user backup)
MAILTO=it-alerts@greenlinegrounds.com
PATH=/usr/local/bin:/usr/bin:/bin

# nightly dump of the nursery WordPress DB, kept 14 days
15 2 * * * mysqldump -h pcn-db.internal -u backup -p'@@secret@@' --single-transaction pcn_wp | gzip > /backup/mysql/pcn_wp_$(date +\%F).sql.gz
# prune
45 3 * * * find /backup/mysql -name '*.sql.gz' -mtime +14 -delete
# weekly copy to the NAS
30 4 * * 0 rsync -a /backup/mysql/ gl-nas01:/volume1/backup/mysql/
""", secret=rand_pw(20))

add("toml/influxdb-token", "it/telegraf/telegraf.conf",
    "Telegraf docs (outputs.influxdb_v2 token, organization, bucket)", r"""
[agent]
  interval = "60s"
  flush_interval = "30s"
  hostname = "gl-util01"

[[outputs.influxdb_v2]]
  urls = ["https://influx.greenline.lan:8086"]
  token = "@@secret@@"
  organization = "greenline"
  bucket = "yard"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.shop.greenline.lan:8883"]
  topics = ["weather/+/loop", "mowers/+/status"]
  data_format = "json"
  username = "telegraf"
  password = "${MQTT_PASSWORD}"

[[inputs.ping]]
  urls = ["10.20.0.1", "10.30.0.1", "gl-nas01"]
""", secret=rand_bytes_b64(64, urlsafe=True))

add("shell/telegram-bot-token", "it/alerts/notify_telegram.sh",
    "Telegram Bot API docs (https://api.telegram.org/bot<token>/sendMessage)", r"""
#!/usr/bin/env bash
# Sends UPS/NAS alerts from the shop to the "GL IT alerts" Telegram group.
# usage: notify_telegram.sh "message"
BOT_TOKEN="@@secret@@"
CHAT_ID="-100@@chat@@"

msg="${1:-no message}"
host=$(hostname -s)

curl -s -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  -d chat_id="${CHAT_ID}" \
  -d parse_mode=HTML \
  --data-urlencode text="<b>${host}</b>: ${msg}" >/dev/null
""", secret=fakes.telegram_token(_seed()), chat=digits(10))

add("python/teams-webhook-url", "it/alerts/teams_notify.py",
    "Microsoft Teams docs (incoming webhook URL on *.webhook.office.com, MessageCard payload)", r'''
"""Posts backup and patch results to the IT channel in Microsoft Teams."""
import json
import sys
import urllib.request

WEBHOOK = "@@secret@@"


def post(title: str, text: str, ok: bool = True) -> None:
    card = {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        "themeColor": "2E7D32" if ok else "C62828",
        "summary": title,
        "sections": [{"activityTitle": title, "text": text}],
    }
    req = urllib.request.Request(WEBHOOK, data=json.dumps(card).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        resp.read()


if __name__ == "__main__":
    post(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "", ok="--fail" not in sys.argv)
''', secret=teams_webhook("greenlinegrounds"))

add("yaml/slack-webhook-url", "ops/alertmanager/alertmanager.yml",
    "Prometheus Alertmanager docs (global.slack_api_url, slack_configs)", r"""
global:
  resolve_timeout: 5m
  slack_api_url: "@@secret@@"

route:
  receiver: slack-ops
  group_by: [alertname, site]
  group_wait: 30s
  repeat_interval: 4h
  routes:
    - matchers: ['severity="page"']
      receiver: slack-oncall

receivers:
  - name: slack-ops
    slack_configs:
      - channel: "#ops-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}'
  - name: slack-oncall
    slack_configs:
      - channel: "#oncall"
        send_resolved: true
""", secret=slack_webhook())

add("javascript/discord-webhook-url", "it/discord/crew-alerts.js",
    "Discord developer docs (Execute Webhook: POST https://discord.com/api/webhooks/{id}/{token})", r"""
// Posts weather holds ("no mowing until 11:00") to the crew Discord server's #dispatch channel.
const WEBHOOK_URL = "@@secret@@";

export async function postHold({ yard, until, reason }) {
  const res = await fetch(WEBHOOK_URL, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      username: "Dispatch",
      embeds: [{
        title: `Weather hold - ${yard}`,
        description: `No mowing until **${until}**. ${reason}`,
        color: 0xf9a825,
        timestamp: new Date().toISOString(),
      }],
    }),
  });
  if (!res.ok) throw new Error(`discord ${res.status}`);
}
""", secret=discord_webhook())

add("github-actions/github-token", ".github/workflows/publish-internal.yml",
    "actions/checkout docs (token input for a private repository); GitHub personal access tokens ghp_", r"""
name: publish-plantdb
on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Check out shared schemas (private repo)
        uses: actions/checkout@v4
        with:
          repository: prairiecrest/plant-schemas
          token: @@secret@@
          path: schemas
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build twine
      - run: python -m build
      - run: twine upload --repository-url https://pypi.prairiecrestnursery.com/ dist/*
        env:
          TWINE_USERNAME: ci-publisher
          TWINE_PASSWORD: ${{ secrets.INTERNAL_PYPI_PASSWORD }}
""", secret=fakes.github_token(_seed()))

add("gitlab-ci/npm-token", ".gitlab-ci.yml",
    "GitLab CI/CD YAML reference (variables); npm docs (_authToken in .npmrc, npm_ tokens)", r"""
stages: [install, test, build, deploy]

variables:
  NODE_VERSION: "20"
  NPM_TOKEN: "@@secret@@"

default:
  image: node:${NODE_VERSION}-alpine
  cache:
    key: ${CI_COMMIT_REF_SLUG}
    paths: [.npm/]

install:
  stage: install
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm ci --cache .npm --prefer-offline
  artifacts:
    paths: [node_modules/]

test:
  stage: test
  script: npm test -- --ci

build:
  stage: build
  script: npm run build
  artifacts:
    paths: [dist/]

deploy:
  stage: deploy
  script: ./scripts/deploy.sh dist
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""", secret="npm_" + draw(36))

add("terraform/okta-api-token", "infra/office/okta.tf",
    "Terraform Okta provider docs (provider org_name, base_url, api_token)", r"""
provider "okta" {
  org_name  = "greenlinegrounds"
  base_url  = "okta.com"
  api_token = "@@secret@@"
}

resource "okta_group" "crew_leads" {
  name        = "Crew Leads"
  description = "Crew leaders: timeclock approvals, CompanyCam, fleet app"
}

resource "okta_app_saml" "aspire" {
  label                    = "Aspire"
  sso_url                  = "https://cloud.youraspire.com/sso/acs"
  recipient                = "https://cloud.youraspire.com/sso/acs"
  destination              = "https://cloud.youraspire.com/sso/acs"
  audience                 = "https://cloud.youraspire.com"
  subject_name_id_template = "$${user.email}"
  subject_name_id_format   = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"
  response_signed          = true
  signature_algorithm      = "RSA_SHA256"
  digest_algorithm         = "SHA256"
}
""", secret=okta_token())

add("terraform/aws-secret-access-key", "infra/aws/providers.tf",
    "Terraform AWS provider docs (static credentials access_key / secret_key in the provider block)", r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket = "greenline-tfstate"
    key    = "aws/main.tfstate"
    region = "us-east-2"
  }
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.50" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
  default_tags {
    tags = { owner = "it", managed_by = "terraform" }
  }
}
""", kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

_gcp_pem = pkcs8_pem()
add("json/gcp-service-account-key", "it/gcp/route-planner-sa.json",
    "Google Cloud docs (service account key JSON: private_key_id, private_key PEM with \\n escapes)", r"""
{
  "type": "service_account",
  "project_id": "greenline-route-planner",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\n",
  "client_email": "route-planner@greenline-route-planner.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/route-planner%40greenline-route-planner.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", secret=_gcp_pem.replace("\n", "\\n"), kid=hexs(40), cid=digits(21))

add("ansible/winrm-password", "ansible/inventory/office.ini",
    "Ansible docs (Windows remote management: ansible_connection=winrm, ansible_user, ansible_password)", r"""
[windows_office]
gl-dc01.greenline.local
gl-dc02.greenline.local
gl-fs01.greenline.local
gl-qb01.greenline.local

[windows_office:vars]
ansible_connection=winrm
ansible_port=5986
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=GREENLINE\svc-ansible
ansible_password=@@secret@@

[linux_yard]
gl-util01.greenline.lan
weather-eagan.greenline.lan
weather-maplewood.greenline.lan

[linux_yard:vars]
ansible_user=ansible
ansible_become=true
""", secret=rand_pw(20, "#%+"))

add("k8s-secret/openai-api-key", "deploy/k8s/estimator-openai.yaml",
    "Kubernetes docs (Opaque Secret, base64 data); OpenAI project API keys sk-proj-", r"""
# AI-assisted estimate drafts (design notes -> line items)
apiVersion: v1
kind: Secret
metadata:
  name: estimator-openai
  namespace: estimator
type: Opaque
data:
  OPENAI_API_KEY: @@b@@
  OPENAI_ORG: @@org@@
""", **(lambda key: {"secret": key, "b": b64(key), "org": b64("org-" + draw(24))})(
    fakes.openai_key(_seed())))

add("dockerfile/github-fine-grained-token", "estimator/Dockerfile",
    "pip docs (VCS support: git+https URLs with credentials); GitHub fine-grained tokens github_pat_", r"""
FROM python:3.12-slim AS build
WORKDIR /src
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
# pricing-rules is a private repo; the token is read-only on that one repo
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt \
 && pip install --no-cache-dir --prefix=/install "git+https://x-access-token:@@secret@@@github.com/evergreen-edge/pricing-rules.git@v2.4.1"

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /install /usr/local
COPY estimator/ ./estimator/
ENV PYTHONUNBUFFERED=1
EXPOSE 8000
CMD ["python", "-m", "uvicorn", "estimator.api:app", "--host", "0.0.0.0", "--port", "8000"]
""", secret=fakes.github_fine_grained_token(_seed()))

add("compose/mongodb-password", "docker-compose.crm.yml",
    "MongoDB image docs (MONGO_INITDB_ROOT_USERNAME/PASSWORD); mongodb:// connection string", r"""
services:
  crm-api:
    build: ./crm-api
    environment:
      MONGO_URL: mongodb://crm:@@secret@@@mongo:27017/crm?authSource=admin
      PORT: "4000"
    depends_on: [mongo]
    ports: ["4000:4000"]
  mongo:
    image: mongo:7
    environment:
      MONGO_INITDB_ROOT_USERNAME: crm
      MONGO_INITDB_ROOT_PASSWORD: @@secret@@
    volumes:
      - mongo-data:/data/db
volumes:
  mongo-data:
""", secret=rand_pw(24))

add("helm/rabbitmq-password", "charts/fleet-bridge/values-prod.yaml",
    "Bitnami RabbitMQ chart docs (auth.username, auth.password) as a subchart's values", r"""
replicaCount: 2
image:
  repository: ghcr.io/greenline/fleet-bridge
  tag: "1.14.0"
resources:
  requests: { cpu: 100m, memory: 384Mi }
  limits: { memory: 768Mi }

rabbitmq:
  enabled: true
  auth:
    username: fleet
    password: "@@secret@@"
    existingErlangSecret: fleet-rabbitmq-erlang
  persistence:
    size: 8Gi

env:
  SPRING_PROFILES_ACTIVE: prod
  FLEET_SOURCES: samsara,geotab
ingress:
  enabled: false
""", secret=rand_pw(22))

add("markdown/gmail-app-password", "it/runbooks/shared-inbox.md",
    "Google Account Help (app passwords: 16 characters shown in four groups); Gmail IMAP settings", r"""
# estimating@ shared inbox -> estimator app

The estimator app reads quote requests from the Google Workspace mailbox `estimating@evergreenedge.com`
over IMAP and files them as draft estimates.

Settings in the estimator admin (Settings -> Mail intake):

- IMAP host: `imap.gmail.com`, port 993, SSL
- User: `estimating@evergreenedge.com`
- App password (created 2024-02-12 by Jess, "estimator-imap"): `@@secret@@`
- Folder: `INBOX`, move processed mail to `Processed/2024`

If Google revokes the app password (it does when the account password changes), create a new one
under the mailbox's Google Account -> Security -> App passwords and paste it in the admin screen.
""", secret=gmail_app_pw())

add("log/intuit-client-secret", "logs/quickbooks-connector.log",
    "Intuit OAuth 2.0 docs (token endpoint with Authorization: Basic base64(client_id:client_secret))", r"""
2024-04-02 11:02:13,551 INFO  qbo.connector token refresh for realm 9130356177028714
2024-04-02 11:02:13,552 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): oauth.platform.intuit.com:443
2024-04-02 11:02:13,553 DEBUG qbo.http >>> POST https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer
2024-04-02 11:02:13,553 DEBUG qbo.http >>> Accept: application/json
2024-04-02 11:02:13,553 DEBUG qbo.http >>> Authorization: Basic @@b@@
2024-04-02 11:02:13,553 DEBUG qbo.http >>> Content-Type: application/x-www-form-urlencoded
2024-04-02 11:02:13,553 DEBUG qbo.http >>> grant_type=refresh_token&refresh_token=<redacted>
2024-04-02 11:02:14,018 DEBUG urllib3.connectionpool https://oauth.platform.intuit.com:443 "POST /oauth2/v1/tokens/bearer HTTP/1.1" 200 1011
2024-04-02 11:02:14,020 INFO  qbo.connector refreshed access token (expires_in=3600, x_refresh_token_expires_in=8726400)
2024-04-02 11:02:15,377 INFO  qbo.connector pushed 3 journal entries (payroll week 2024-13)
""", **(lambda cid, sec: {"secret": sec, "b": b64(cid + ":" + sec)})("AB" + draw(48), draw(40)))

add("vba/mssql-password", "finance/InvoiceExport.bas",
    "ADO docs (ADODB.Connection.Open with an OLE DB connection string User ID=...;Password=...)", r"""
Attribute VB_Name = "InvoiceExport"
Option Explicit

' Pulls last month's invoices from the billing DB into the "Invoices" sheet for the accountant.
Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=gl-sql01\BILLING;Initial Catalog=Billing;" & _
    "User ID=excel_reports;Password=@@secret@@;Encrypt=Optional;"

Public Sub RefreshInvoices()
    Dim cn As Object, rs As Object, ws As Worksheet
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT InvoiceNo, AccountNo, CustomerName, InvoiceDate, Total, Balance " & _
        "FROM dbo.Invoices WHERE InvoiceDate >= DATEADD(month, DATEDIFF(month, 0, GETDATE()) - 1, 0) " & _
        "AND InvoiceDate < DATEADD(month, DATEDIFF(month, 0, GETDATE()), 0) ORDER BY InvoiceDate")
    Set ws = ThisWorkbook.Worksheets("Invoices")
    ws.Range("A2:F5000").ClearContents
    ws.Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
    MsgBox "Invoices refreshed", vbInformation
End Sub
""", secret=words_pw())

add("xml/azure-devops-pat", "NuGet.Config",
    "NuGet docs (nuget.config packageSourceCredentials with ClearTextPassword); Azure Artifacts PAT", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="oakstone" value="https://pkgs.dev.azure.com/oakstoneoutdoor/_packaging/oakstone/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <oakstone>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@secret@@" />
    </oakstone>
  </packageSourceCredentials>
</configuration>
""", secret=draw(52, string.ascii_lowercase + "234567"))

add("shell/wireguard-private-key", "it/vpn/add_peer.sh",
    "OpenWrt docs (WireGuard with uci: network.wg0.private_key, peer public_key)", r"""
#!/bin/sh
# Brings up the WireGuard tunnel from the New Hope yard router (OpenWrt) to the office.
set -e

uci set network.wg0=interface
uci set network.wg0.proto='wireguard'
uci set network.wg0.private_key='@@secret@@'
uci add_list network.wg0.addresses='10.99.0.3/24'

uci set network.office=wireguard_wg0
uci set network.office.public_key='@@pub@@'
uci set network.office.endpoint_host='vpn.greenlinegrounds.com'
uci set network.office.endpoint_port='51820'
uci set network.office.persistent_keepalive='25'
uci add_list network.office.allowed_ips='10.20.0.0/16'
uci add_list network.office.allowed_ips='10.99.0.0/24'

uci commit network
/etc/init.d/network reload
""", secret=rand_bytes_b64(32), pub=rand_bytes_b64(32))

add("python/connectwise-private-key", "it/connectwise/tickets.py",
    "ConnectWise PSA REST docs (Basic base64(company+publicKey:privateKey) and clientId header)", r'''
"""Opens ConnectWise tickets with our MSP when the yard UPS or NAS alerts."""
import requests

CW_SITE = "https://api-na.myconnectwise.net/v4_6_release/apis/3.0"
HEADERS = {
    # base64("greenline+<public key>:<private key>") - member API key the MSP set up for us
    "Authorization": "Basic @@b@@",
    "clientId": "@@cid@@",
    "Content-Type": "application/json",
}


def open_ticket(summary: str, detail: str, board: str = "Help Desk") -> int:
    body = {
        "summary": summary[:100],
        "initialDescription": detail,
        "board": {"name": board},
        "company": {"identifier": "GreenlineGrounds"},
        "priority": {"name": "Priority 2 - High"},
    }
    r = requests.post(f"{CW_SITE}/service/tickets", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["id"]
''', **(lambda pub, priv: {"secret": priv, "b": b64(f"greenline+{pub}:{priv}"), "cid": uuid_s()})(
    draw(16), draw(16)))

add("csv/vendor-portal-password", "it/exports/passwords_export.csv",
    "LastPass CSV export format (url,username,password,totp,extra,name,grouping,fav)", r"""
url,username,password,totp,extra,name,grouping,fav
https://www.siteone.com/en/login,purchasing@greenlinegrounds.com,@@secret@@,,"Account # 4471203, pricing tier Gold",SiteOne Landscape Supply,Vendors,1
http://sn,,,,"NoteType:Address
Address 1:2150 Hwy 36 E
City / Town:Maplewood",Maplewood yard address,Notes,0
http://sn,,,,"Deliveries 6-9am only; gate opens from the office",Nursery deliveries,Notes,0
""", secret=words_pw())

add("ansible/ssh-private-key", "ansible/roles/deploy/vars/main.yml",
    "Ansible docs (role vars, YAML literal block scalar); OpenSSH private key format", r"""
---
deploy_user: deploy
deploy_repo: git@github.com:greenline-grounds/route-planner.git
deploy_version: main
deploy_path: /opt/route-planner
# read-only deploy key for the route-planner repo
deploy_key: |
@@block@@
deploy_known_hosts:
  - "gitlab.greenline.lan @@hostkey@@"
""", **(lambda key: {"secret": key, "block": "\n".join("  " + line for line in key.splitlines()),
                     "hostkey": ssh_pub("").strip()})(openssh_pem()))

add("makefile/pypi-token", "Makefile",
    "twine docs (twine upload -u __token__ -p pypi-...); GNU make variables",
    "\n"
    "PACKAGE := gl_irrigation_tools\n"
    "VERSION := $(shell python -c \"import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])\")\n"
    "PYPI_TOKEN ?= @@secret@@\n"
    "\n"
    ".PHONY: test build publish clean\n"
    "\n"
    "test:\n"
    "\tpytest -q\n"
    "\n"
    "build: clean\n"
    "\tpython -m build\n"
    "\n"
    "publish: build\n"
    "\ttwine upload -u __token__ -p $(PYPI_TOKEN) dist/$(PACKAGE)-$(VERSION)*\n"
    "\n"
    "clean:\n"
    "\trm -rf dist build *.egg-info\n",
    secret=fakes.pypi_token(_seed()))

add("netrc/mapbox-secret-token", "ci/netrc",
    "Mapbox iOS SDK install docs (~/.netrc machine api.mapbox.com login mapbox password <secret token>)", r"""
# Copied to ~/.netrc by the iOS CI job so CocoaPods can download the Mapbox Maps SDK.
machine api.mapbox.com
  login mapbox
  password @@secret@@

machine github.com
  login ci-bot
""", secret=mapbox_token("sk", "ridgeview-apps"))

add("http/samsara-api-token", "api/samsara.http",
    "VS Code REST Client docs (file variables @name = value, {{name}} references)", r"""
@baseUrl = https://api.samsara.com
@token = @@secret@@

### List vehicles
GET {{baseUrl}}/fleet/vehicles?limit=100
Authorization: Bearer {{token}}
Accept: application/json

### Latest GPS for the mowing trucks
GET {{baseUrl}}/fleet/vehicles/stats?types=gps&tagIds=4419021
Authorization: Bearer {{token}}

### Active drivers
GET {{baseUrl}}/fleet/drivers?driverActivationStatus=active
Authorization: Bearer {{token}}
""", secret=samsara_token())

add("groovy/sonarqube-token", "Jenkinsfile",
    "Jenkins declarative pipeline docs (environment block); SonarQube user tokens squ_", r"""
pipeline {
    agent { label 'linux' }
    environment {
        SONAR_HOST_URL = 'https://sonar.oakstoneoutdoor.com'
        SONAR_TOKEN = '@@secret@@'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Test') {
            steps {
                sh './gradlew test'
                junit 'build/test-results/test/*.xml'
            }
        }
        stage('Sonar') {
            steps {
                sh "./gradlew sonar -Dsonar.host.url=${SONAR_HOST_URL} -Dsonar.token=${SONAR_TOKEN} -Dsonar.projectKey=payroll-bridge"
            }
        }
    }
}
""", secret="squ_" + hexs(40))

add("kotlin/dropbox-access-token", "crew-app/src/main/kotlin/com/oakstone/crew/PhotoUploader.kt",
    "Dropbox Java SDK docs (DbxClientV2(DbxRequestConfig, accessToken), uploadBuilder)", r"""
package com.oakstone.crew

import com.dropbox.core.DbxRequestConfig
import com.dropbox.core.v2.DbxClientV2
import com.dropbox.core.v2.files.WriteMode
import java.io.File

/** Uploads end-of-day job photos to the shared Dropbox ("Jobs/<year>/<account>/"). */
class PhotoUploader {
    private val config = DbxRequestConfig.newBuilder("oakstone-crew-app/3.2").build()
    private val client = DbxClientV2(config, "@@secret@@")

    fun upload(account: String, photo: File, year: Int) {
        photo.inputStream().use { input ->
            client.files().uploadBuilder("/Jobs/$year/$account/${photo.name}")
                .withMode(WriteMode.ADD)
                .withAutorename(true)
                .uploadAndFinish(input)
        }
    }
}
""", secret="sl." + draw(138, URLSAFE))

# == Decoys: references, encrypted values, public keys, ids and test data ===========================

add("compose/decoy-ci-test-database", "docker-compose.test.yml",
    "postgres image docs (POSTGRES_PASSWORD for a throwaway test container); Compose tmpfs", r"""
# Throwaway services for the test suite (CI and local). Data is discarded on `down -v`.
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
      POSTGRES_DB: portal_test
    ports: ["5432:5432"]
    tmpfs: [/var/lib/postgresql/data]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres"]
      interval: 2s
      retries: 15
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  mailpit:
    image: axllent/mailpit:v1.18
    ports: ["8025:8025", "1025:1025"]
""")

add("k8s/decoy-secret-reference", "deploy/k8s/fleet-bridge-deployment.yaml",
    "Kubernetes docs (env valueFrom.secretKeyRef; image pinned by sha256 digest)", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fleet-bridge
  namespace: fleet
spec:
  replicas: 2
  selector:
    matchLabels: { app: fleet-bridge }
  template:
    metadata:
      labels: { app: fleet-bridge }
    spec:
      containers:
        - name: fleet-bridge
          image: ghcr.io/greenline/fleet-bridge@sha256:@@digest@@
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: SAMSARA_API_TOKEN
              valueFrom:
                secretKeyRef: { name: fleet-bridge, key: samsara-token }
            - name: GEOTAB_PASSWORD
              valueFrom:
                secretKeyRef: { name: fleet-bridge, key: geotab-password }
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: equipment-db, key: url }
          resources:
            requests: { cpu: 100m, memory: 384Mi }
""", digest=hexs(64))

add("terraform/decoy-generated-password", "infra/db/rds.tf",
    "Terraform docs (random_password resource; aws_secretsmanager_secret_version; aws_db_instance)", r"""
resource "random_password" "portal_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "portal_db" {
  name = "prod/portal/db"
}

resource "aws_secretsmanager_secret_version" "portal_db" {
  secret_id     = aws_secretsmanager_secret.portal_db.id
  secret_string = jsonencode({ username = "portal", password = random_password.portal_db.result })
}

resource "aws_db_instance" "portal" {
  identifier              = "portal-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "portal"
  password                = random_password.portal_db.result
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.portal_db.id]
  backup_retention_period = 14
  storage_encrypted       = true
  skip_final_snapshot     = false
}
""")

add("terraform/decoy-sensitive-variable", "infra/portal/variables.tf",
    "Terraform docs (input variables with sensitive = true and no default)", r"""
variable "stripe_secret_key" {
  description = "Stripe live secret key for the portal (from 1Password; pass with TF_VAR_stripe_secret_key)"
  type        = string
  sensitive   = true
}

variable "sendgrid_api_key" {
  description = "SendGrid key with Mail Send only"
  type        = string
  sensitive   = true
}

variable "google_maps_server_key" {
  description = "Server-side Maps key (IP-restricted to the NAT gateway)"
  type        = string
  sensitive   = true
  validation {
    condition     = can(regex("^AIza[0-9A-Za-z_-]{35}$", var.google_maps_server_key))
    error_message = "Does not look like a Google API key."
  }
}

variable "portal_domain" {
  type    = string
  default = "portal.cedarhollowlawn.com"
}
""")

add("ansible/decoy-vault-lookup", "ansible/roles/timeclock/tasks/main.yml",
    "Ansible docs (Vault-encrypted variables; community.hashi_vault lookup)", r"""
---
- name: Install timeclock server config
  ansible.builtin.template:
    src: timeclock.env.j2
    dest: /etc/timeclock/timeclock.env
    owner: timeclock
    mode: "0600"
  vars:
    timeclock_db_password: "{{ vault_timeclock_db_password }}"
    timeclock_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/timeclock:api_key url=https://vault.greenline.lan:8200') }}"
  notify: restart timeclock

- name: Kiosk tablets trust the shop CA
  ansible.builtin.copy:
    src: greenline-shop-ca.pem
    dest: /usr/local/share/ca-certificates/greenline-shop-ca.crt
    mode: "0644"
  notify: update ca certificates

- name: Timeclock service running
  ansible.builtin.systemd:
    name: timeclock
    state: started
    enabled: true
""")

add("python/decoy-env-reference-webhook", "fleet/samsara_webhook.py",
    "Samsara webhooks docs (X-Samsara-Signature v1=HMAC-SHA256 of v1:<timestamp>:<body>)", r'''
"""Receives Samsara webhooks (engine faults) and files shop work orders."""
import base64
import hashlib
import hmac
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
# base64 secret from Samsara Settings > Webhooks; injected by the deployment, never in git
WEBHOOK_SECRET = base64.b64decode(os.environ["SAMSARA_WEBHOOK_SECRET"])
# a delivery looks like:
#   X-Samsara-Timestamp: 1717424527
#   X-Samsara-Signature: v1=@@sig@@


def verify(body: bytes, timestamp: str, signature: str) -> bool:
    if abs(time.time() - int(timestamp)) > 300:
        return False
    message = b"v1:" + timestamp.encode() + b":" + body
    expected = "v1=" + hmac.new(WEBHOOK_SECRET, message, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.post("/hooks/samsara")
def samsara_hook():
    if not verify(request.get_data(), request.headers.get("X-Samsara-Timestamp", "0"),
                  request.headers.get("X-Samsara-Signature", "")):
        abort(401)
    event = request.get_json()
    if event.get("eventType") == "VehicleEngineFault":
        open_work_order(event["data"]["vehicle"]["id"], event["data"].get("faultCode", "unknown"))
    return "", 204


def open_work_order(vehicle_id: str, code: str) -> None:
    app.logger.info("work order for vehicle %s fault %s", vehicle_id, code)
''', sig=hexs(64))

add("java/decoy-test-fixture", "src/test/java/com/greenline/equipment/DeereOpsCenterClientTest.java",
    "WireMock JUnit 5 docs (@WireMockTest, withBasicAuth)", r"""
package com.greenline.equipment;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.Test;

@WireMockTest
class DeereOpsCenterClientTest {

    private static final String CLIENT_ID = "test-client";
    private static final String CLIENT_SECRET = "test-secret";

    @Test
    void sendsBasicClientCredentials(WireMockRuntimeInfo wm) throws Exception {
        stubFor(post("/oauth2/v1/token")
                .withBasicAuth(CLIENT_ID, CLIENT_SECRET)
                .willReturn(okJson("{\"access_token\":\"abc\",\"expires_in\":43200}")));

        var client = new DeereOpsCenterClient(wm.getHttpBaseUrl() + "/oauth2/v1/token", CLIENT_ID, CLIENT_SECRET);
        assertThat(client.accessToken("refresh-123")).contains("access_token");
        verify(postRequestedFor(urlEqualTo("/oauth2/v1/token"))
                .withRequestBody(containing("grant_type=refresh_token")));
    }
}
""")

add("sql/decoy-token-hash", "db/migrations/0051_api_tokens.sql",
    "PostgreSQL docs (CREATE TABLE); tokens kept as a display prefix and a SHA-256 digest", r"""
-- 0051: customer-portal API tokens. We store a display prefix and the SHA-256 of the token only.
CREATE TABLE api_tokens (
    id            bigserial   PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES accounts(id),
    label         text        NOT NULL,
    token_prefix  char(8)     NOT NULL,
    token_sha256  char(64)    NOT NULL UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at    timestamptz
);

-- tokens issued to the two HOA management companies during the pilot
INSERT INTO api_tokens (account_id, label, token_prefix, token_sha256, created_at) VALUES
  (10117, 'Lakeside Commons - management co.', 'rvt_7Qm2', '@@h1@@', '2024-04-11 15:02:00+00'),
  (12240, 'Northgate Office Park - property mgr', 'rvt_Kd9x', '@@h2@@', '2024-04-18 09:40:00+00');
""", h1=hexs(64), h2=hexs(64))

add("log/decoy-stripe-ids", "logs/stripe-webhooks.log",
    "Stripe docs (object id prefixes evt_, in_, cus_, pi_; Stripe-Signature t=...,v1=...)", r"""
2024-06-03T14:22:07.118Z info  webhook received id=@@e1@@ type=invoice.paid livemode=true
2024-06-03T14:22:07.118Z debug stripe-signature: t=1717424527,v1=@@s1@@
2024-06-03T14:22:07.121Z info  signature ok (tolerance 300s)
2024-06-03T14:22:07.140Z info  invoice @@i1@@ paid customer=@@c1@@ amount=18900 account=A-10482
2024-06-03T14:31:52.604Z info  webhook received id=@@e2@@ type=invoice.payment_failed livemode=true
2024-06-03T14:31:52.604Z debug stripe-signature: t=1717425112,v1=@@s2@@
2024-06-03T14:31:52.607Z info  signature ok (tolerance 300s)
2024-06-03T14:31:52.655Z warn  payment failed customer=@@c2@@ payment_intent=@@p2@@ code=card_declined decline_code=insufficient_funds
2024-06-03T14:31:52.702Z info  collections flag set for account A-11873, dunning email queued
""", e1="evt_1P" + draw(22), s1=hexs(64), i1="in_1P" + draw(22), c1="cus_" + draw(14), e2="evt_1P" + draw(22),
    s2=hexs(64), c2="cus_" + draw(14), p2="pi_3P" + draw(22))

add("csv/decoy-stripe-ids", "exports/stripe_payouts_2024-q2.csv",
    "Stripe Dashboard payouts export (po_ and ba_ ids, trace ids)", """
id,amount,currency,arrival_date,status,destination,statement_descriptor,trace_id
@@p1@@,12842.11,usd,2024-04-03,paid,@@ba@@,CEDAR HOLLOW LAWN,@@t1@@
@@p2@@,9310.40,usd,2024-04-10,paid,@@ba@@,CEDAR HOLLOW LAWN,@@t2@@
@@p3@@,15077.95,usd,2024-04-17,paid,@@ba@@,CEDAR HOLLOW LAWN,@@t3@@
@@p4@@,21940.00,usd,2024-04-24,paid,@@ba@@,CEDAR HOLLOW LAWN,@@t4@@
@@p5@@,18602.37,usd,2024-05-01,paid,@@ba@@,CEDAR HOLLOW LAWN,@@t5@@
""", p1="po_1P" + draw(22), p2="po_1P" + draw(22), p3="po_1P" + draw(22), p4="po_1P" + draw(22),
    p5="po_1P" + draw(22), ba="ba_1O" + draw(22), t1=digits(15), t2=digits(15), t3=digits(15), t4=digits(15),
    t5=digits(15))


def _sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{rand_bytes_b64(n)},iv:{rand_bytes_b64(32)},tag:{rand_bytes_b64(16)},type:str]"


add("yaml/decoy-sops-encrypted", "secrets/prod.enc.yaml",
    "SOPS docs (encrypted YAML values ENC[AES256_GCM,data:...,iv:...,tag:...,type:str] and sops metadata)", r"""
portal:
    stripe_secret_key: @@v1@@
    sendgrid_api_key: @@v2@@
    database_url: @@v3@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:@@acct@@:key/@@kid@@
          created_at: "2024-05-02T14:11:07Z"
          enc: @@enc@@
          aws_profile: ""
    gcp_kms: []
    azure_kv: []
    age: []
    lastmodified: "2024-05-02T14:11:08Z"
    mac: @@mac@@
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", v1=_sops(80), v2=_sops(52), v3=_sops(70), acct=digits(12), kid=uuid_s(), enc="AQICAHh" + draw(177, B64) + "==",
    mac=_sops(32))

add("properties/decoy-encrypted", "fleet-bridge/src/main/resources/application-staging.properties",
    "jasypt-spring-boot docs (ENC(...) property values, jasypt.encryptor.password from the environment)", r"""
spring.application.name=fleet-bridge
spring.datasource.url=jdbc:postgresql://equip-db-staging.greenline.lan:5432/equipment
spring.datasource.username=fleet_bridge
spring.datasource.password=ENC(@@e1@@)
samsara.api-token=ENC(@@e2@@)
geotab.password=ENC(@@e3@@)
# key comes from the environment on the staging host, never from this file
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
fleet.poll-interval=PT1M
""", e1=rand_bytes_b64(48), e2=rand_bytes_b64(64), e3=rand_bytes_b64(48))

add("xml/decoy-integrated-auth", "Payroll.Web/Web.config",
    "ASP.NET configuration builders docs (AzureKeyVaultConfigBuilder); SQL Server Integrated Security", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="configBuilders" type="System.Configuration.ConfigurationBuildersSection, System.Configuration, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" restartOnExternalChanges="false" requirePermission="false" />
  </configSections>
  <configBuilders>
    <builders>
      <add name="KeyVault" vaultName="oakstone-payroll-kv" type="Microsoft.Configuration.ConfigurationBuilders.AzureKeyVaultConfigBuilder, Microsoft.Configuration.ConfigurationBuilders.Azure" />
    </builders>
  </configBuilders>
  <connectionStrings>
    <add name="Payroll" connectionString="Data Source=gl-sql01;Initial Catalog=Payroll;Integrated Security=SSPI;Encrypt=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings configBuilders="KeyVault">
    <add key="PaychexClientId" value="from-key-vault" />
    <add key="PaychexClientSecret" value="from-key-vault" />
    <add key="ExportFolder" value="D:\Payroll\Exports" />
  </appSettings>
  <system.web>
    <authentication mode="Windows" />
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""")

add("csharp/decoy-secret-manager-reference", "src/Fleet.Sync/Program.cs",
    "Azure SDK docs (AddAzureKeyVault with DefaultAzureCredential)", r"""
using Azure.Identity;
using Fleet.Sync;

var builder = Host.CreateApplicationBuilder(args);

// Geotab and Samsara credentials come from Key Vault (managed identity in production,
// your az login locally). appsettings.*.json holds no secrets.
builder.Configuration.AddAzureKeyVault(
    new Uri("https://oakstone-fleet-kv.vault.azure.net/"),
    new DefaultAzureCredential());

builder.Services.Configure<GeotabOptions>(builder.Configuration.GetSection("Geotab"));
builder.Services.AddHttpClient<SamsaraClient>(c => c.BaseAddress = new Uri("https://api.samsara.com/"));
builder.Services.AddHostedService<FeedWorker>();

var host = builder.Build();
host.Run();
""")

add("php/decoy-env-reference", "portal/config/database.php",
    "Laravel docs (config/database.php reading env() with empty defaults)", r"""
<?php

use Illuminate\Support\Str;

return [
    'default' => env('DB_CONNECTION', 'pgsql'),

    'connections' => [
        'pgsql' => [
            'driver' => 'pgsql',
            'url' => env('DATABASE_URL'),
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '5432'),
            'database' => env('DB_DATABASE', 'portal'),
            'username' => env('DB_USERNAME', 'portal'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8',
            'prefix' => '',
            'search_path' => 'public',
            'sslmode' => env('DB_SSLMODE', 'prefer'),
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'options' => ['prefix' => env('REDIS_PREFIX', Str::slug(env('APP_NAME', 'portal'), '_') . '_database_')],
        'default' => [
            'url' => env('REDIS_URL'),
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
""")

add("ruby/decoy-credentials-reference", "config/storage.yml",
    "Rails Active Storage docs (storage.yml reading Rails.application.credentials via ERB)", r"""
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

test:
  service: Disk
  root: <%= Rails.root.join("tmp/storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: us-east-2
  bucket: evergreen-edge-job-photos-<%= Rails.env %>
""")

add("swift/decoy-keychain-reference", "FieldApp/Sources/KeychainStore.swift",
    "Apple docs (Keychain Services: SecItemAdd/SecItemCopyMatching with kSecClassGenericPassword)", r"""
import Foundation
import Security

/// Tokens the field app receives at sign-in live in the Keychain, never in UserDefaults or plists.
enum KeychainStore {
    static let service = "com.ridgeviewturf.field"

    enum Item: String {
        case portalSession = "portal-session"
        case refreshToken = "portal-refresh"
    }

    static func save(_ value: String, for item: Item) {
        let base: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                   kSecAttrService as String: service,
                                   kSecAttrAccount as String: item.rawValue]
        SecItemDelete(base as CFDictionary)
        var add = base
        add[kSecValueData as String] = Data(value.utf8)
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func read(_ item: Item) -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecAttrAccount as String: item.rawValue,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let data = out as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("kotlin/decoy-ble-uuid", "app/src/main/java/com/bluestem/field/ble/GattProfile.kt",
    "Android BLE docs (GATT service and characteristic UUIDs; 0x2902 client configuration descriptor)", r"""
package com.bluestem.field.ble

import java.util.UUID

/** GATT profile of the BS-12 controller's Bluetooth setup mode (from the firmware team's spec). */
object GattProfile {
    val SERVICE: UUID = UUID.fromString("@@s@@")
    val WIFI_SSID: UUID = UUID.fromString("@@c1@@")
    val WIFI_CREDENTIAL: UUID = UUID.fromString("@@c2@@")
    val ZONE_COUNT: UUID = UUID.fromString("@@c3@@")
    val FIRMWARE_VERSION: UUID = UUID.fromString("00002a26-0000-1000-8000-00805f9b34fb")
    val CLIENT_CONFIG: UUID = UUID.fromString("00002902-0000-1000-8000-00805f9b34fb")

    /** The credential characteristic is write-only and encrypted at the link layer (LE Secure Connections). */
    const val REQUIRES_BONDING = true
}
""", s=uuid_s(), c1=uuid_s(), c2=uuid_s(), c3=uuid_s())

add("typescript/decoy-regex", "portal/src/lib/validators.ts",
    "Vendor key formats as input masks for a settings page (regular expressions, no values)", r"""
// Client-side checks for the "Connect your controller" settings page. Keys are sent to the
// server over TLS and stored in the vault; these only catch paste mistakes.
export const patterns = {
  rachioApiKey: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  hydrawiseApiKey: /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/,
  stripePublishableKey: /^pk_(live|test)_[0-9A-Za-z]{24,99}$/,
  googlePlaceId: /^ChIJ[0-9A-Za-z_-]{23}$/,
  phone: /^\+?1?[-. ]?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}$/,
};

export function looksLike(kind: keyof typeof patterns, value: string): boolean {
  return patterns[kind].test(value.trim());
}

export function maskKey(value: string): string {
  const v = value.trim();
  return v.length <= 8 ? "********" : `${v.slice(0, 4)}${"*".repeat(v.length - 8)}${v.slice(-4)}`;
}
""")

add("shell/decoy-password-manager-reference", "scripts/rotate_samsara_token.sh",
    "1Password CLI docs (op read op://vault/item/field); GitHub CLI docs (gh secret set)", r"""
#!/usr/bin/env bash
# Monthly rotation: the new Samsara token is created by hand in the dashboard and saved to
# 1Password first; this script copies it to the places that need it.
set -euo pipefail

ITEM="op://Fleet/Samsara fleet-sync/credential"
token="$(op read "$ITEM")"

gh secret set SAMSARA_API_TOKEN --repo greenline-grounds/ops --body "$token"
kubectl -n fleet create secret generic fleet-bridge \
  --from-literal=samsara-token="$token" \
  --from-literal=geotab-password="$(op read 'op://Fleet/MyGeotab api-sync/password')" \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n fleet rollout restart deployment/fleet-bridge

unset token
echo "rotated; revoke last month's token in the Samsara dashboard"
""")

add("powershell/decoy-key-id", "it/Get-BitLockerStatus.ps1",
    "Microsoft docs (Get-BitLockerVolume KeyProtector: KeyProtectorId GUIDs, not recovery passwords)", r"""
# Reports BitLocker status of the office PCs for the cyber-insurance questionnaire.
# Recovery passwords are escrowed to Entra ID; this script only lists protector ids.
$computers = Get-Content "$PSScriptRoot\office-pcs.txt"

$report = foreach ($pc in $computers) {
    Invoke-Command -ComputerName $pc -ScriptBlock {
        Get-BitLockerVolume -MountPoint C: | ForEach-Object {
            [pscustomobject]@{
                Computer     = $env:COMPUTERNAME
                Status       = $_.VolumeStatus
                Protection   = $_.ProtectionStatus
                ProtectorIds = ($_.KeyProtector | ForEach-Object { "$($_.KeyProtectorType):$($_.KeyProtectorId)" }) -join '; '
            }
        }
    }
}
$report | Export-Csv "$PSScriptRoot\bitlocker-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation

# Sample row from the last run:
#   GL-EST-02, FullyEncrypted, On, Tpm:{@@g1@@}; RecoveryPassword:{@@g2@@}
""", g1=uuid_s().upper(), g2=uuid_s().upper())

add("dockerfile/decoy-buildkit-secret", "route-planner/Dockerfile",
    "Docker docs (RUN --mount=type=secret; base image pinned by digest)", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine@sha256:@@d1@@ AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# the npm token is mounted only for this step: docker build --secret id=npmrc,src=$HOME/.npmrc
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev

FROM node:20-alpine@sha256:@@d1@@
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY src ./src
USER node
EXPOSE 8080
CMD ["node", "src/server.js"]
""", d1=hexs(64))

add("github-actions/decoy-ci-test-database", ".github/workflows/ci.yml",
    "GitHub Actions docs (service containers: postgres with POSTGRES_PASSWORD for tests)", r"""
name: ci
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: portal_test
        ports: ["5432:5432"]
        options: >-
          --health-cmd pg_isready --health-interval 5s --health-timeout 5s --health-retries 10
    env:
      DATABASE_URL: postgres://postgres:postgres@localhost:5432/portal_test
      DJANGO_SETTINGS_MODULE: portal.settings.test
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
          cache: pip
      - run: pip install -r requirements-dev.txt
      - run: pytest -q --maxfail=1
""")

add("gitlab-ci/decoy-ci-variable", "nursery-portal/.gitlab-ci.yml",
    "GitLab docs (predefined variables CI_REGISTRY_USER, CI_REGISTRY_PASSWORD, CI_JOB_TOKEN; masked variables)", r"""
stages: [build, deploy]

build-image:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy-shopify-theme:
  stage: deploy
  image: node:20
  script:
    # SHOPIFY_CLI_THEME_TOKEN is a masked, protected project variable
    - npx @shopify/cli theme push --store prairie-crest-wholesale --password "$SHOPIFY_CLI_THEME_TOKEN" --live --allow-live
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file theme.zip "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/theme/$CI_COMMIT_SHORT_SHA/theme.zip"'
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
""")

add("notebook/decoy-geohash", "analysis/mowing_route_clusters.ipynb",
    "Jupyter nbformat 4; geohash cells and SHA-1 pseudonyms of addresses in outputs", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "   account_hash                               geohash7  visits  avg_min\n",
       "0  @@a1@@  9zvxvf4      26     48.5\n",
       "1  @@a2@@  9zvxy2c      26     31.0\n",
       "2  @@a3@@  9zvxtqz      13     95.2\n",
       "3  @@a4@@  9zvxwm1      26     22.7"
      ]
     },
     "execution_count": 4,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "import hashlib\n",
    "import pygeohash as pgh\n",
    "\n",
    "visits[\"account_hash\"] = visits.address.map(lambda a: hashlib.sha1(a.lower().encode()).hexdigest())\n",
    "visits[\"geohash7\"] = [pgh.encode(lat, lon, precision=7) for lat, lon in zip(visits.lat, visits.lon)]\n",
    "visits.groupby([\"account_hash\", \"geohash7\"]).agg(visits=(\"id\", \"count\"), avg_min=(\"minutes\", \"mean\")).reset_index().head(4)"
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
""", a1=hexs(40), a2=hexs(40), a3=hexs(40), a4=hexs(40))

add("notebook/decoy-getpass", "analysis/irrigation_water_use.ipynb",
    "Jupyter nbformat 4; Python getpass and python-dotenv (secrets typed or loaded at run time)", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Water use per property, 2024 season\n", "Flume meters + Hydrawise flow sensors."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["Flume password: ········\n"]}
   ],
   "source": [
    "import os\n",
    "from getpass import getpass\n",
    "from dotenv import load_dotenv\n",
    "\n",
    "load_dotenv()  # FLUME_CLIENT_ID / FLUME_CLIENT_SECRET from your local .env\n",
    "flume_password = getpass(\"Flume password: \")\n",
    "hydrawise_key = os.environ[\"HYDRAWISE_API_KEY\"]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "usage = load_usage(client_id=os.environ[\"FLUME_CLIENT_ID\"], client_secret=os.environ[\"FLUME_CLIENT_SECRET\"],\n",
    "                   username=\"water@bluestemirrigation.net\", password=flume_password, year=2024)\n",
    "usage.groupby(\"property\").gallons.sum().sort_values(ascending=False).head(10)"
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
""")

add("markdown/decoy-policy-example", "docs/it/password-policy.md",
    "NIST SP 800-63B guidance (length over complexity, block common passwords); policy examples", r"""
# Password policy (office, crew leaders, shared devices)

Based on NIST SP 800-63B.

- At least 14 characters for office accounts, 8 digits for kiosk PINs.
- Passphrases are fine; no forced complexity rules, no forced rotation unless compromised.
- We block passwords on the breached list and the obvious ones. These are all **rejected**:

  | Rejected example | Why |
  |------------------|-----|
  | `Summer2024!`    | season + year |
  | `Greenline123`   | company name + digits |
  | `Mulch4Life!`    | on the breached list |
  | `password1`      | you know why |

- Shared accounts (kiosk admin, scanner SMTP) live in 1Password, vault **IT**, never in docs,
  spreadsheets or chat.
- MFA (Microsoft Authenticator) on every Microsoft 365 account; crew leaders use number matching.
""")

add("markdown/decoy-commit-sha", "CHANGELOG.md",
    "Keep a Changelog format; git commit SHAs as references", r"""
# Changelog

## [1.14.0] - 2024-06-04
### Changed
- fleet-bridge reads the Samsara token from the `fleet-bridge` Secret (@@c1@@).
- Rotated the Samsara API token; the old one is revoked and the new one is in 1Password (@@c2@@).
### Fixed
- Geotab feed no longer stalls when `toVersion` repeats (@@c3@@).

## [1.13.2] - 2024-05-20
### Fixed
- Mileage report rounded per-diem miles down instead of to nearest (@@c4@@).

## [1.13.0] - 2024-05-06
### Added
- Engine-fault webhooks open shop work orders (@@c5@@, @@c6@@).

[1.14.0]: https://github.com/greenline-grounds/ops/compare/v1.13.2...v1.14.0
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(7), c5=hexs(7), c6=hexs(7))

add("html/decoy-sri-hash", "nursery-portal/templates/base.html",
    "MDN docs (Subresource Integrity sha384); Google tag (G- measurement id); Intercom app_id", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{% block title %}Prairie Crest Wholesale{% endblock %}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/instantsearch.css@8.1.0/themes/satellite-min.css"
        integrity="sha384-@@sri1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/algoliasearch@4.23.3/dist/algoliasearch-lite.umd.js"
          integrity="sha384-@@sri2@@" crossorigin="anonymous"></script>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag("js", new Date());
    gtag("config", "G-@@ga@@");
  </script>
  <script>window.intercomSettings = { api_base: "https://api-iam.intercom.io", app_id: "@@ic@@" };</script>
</head>
<body>
  {% block content %}{% endblock %}
</body>
</html>
""", sri1=rand_bytes_b64(48), sri2=rand_bytes_b64(48), ga=draw(10, UPNUM), ic=draw(8, LOWNUM))

add("xml/decoy-saml-metadata", "it/okta/aspire-saml-metadata.xml",
    "OASIS SAML 2.0 metadata (IdP EntityDescriptor with a public X509Certificate)", r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/@@eid@@">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>@@cert@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://greenlinegrounds.okta.com/app/greenlinegrounds_aspire_1/@@eid@@/sso/saml"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://greenlinegrounds.okta.com/app/greenlinegrounds_aspire_1/@@eid@@/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", eid="exk" + draw(17), cert="".join(cert_pem().splitlines()[1:-1]))

add("pem/decoy-certificate", "it/certs/portal.greenlinegrounds.com.crt",
    "RFC 7468 textual encoding (CERTIFICATE blocks: leaf and intermediate, public)",
    cert_pem() + "\n" + cert_pem() + "\n")

add("ssh/decoy-public-key", "ansible/roles/base/files/authorized_keys",
    "OpenSSH sshd(8) AUTHORIZED_KEYS file format (public keys with options and comments)", """
# managed by ansible (role: base) - IT staff and the deploy runner
@@k1@@
@@k2@@
@@k3@@
from="10.20.0.0/16",no-agent-forwarding @@k4@@
""", k1=ssh_pub("kbrandt@gl-it-laptop"), k2=ssh_pub("mlarsen@gl-est-02"), k3=ssh_pub("it-contractor@northstar-msp"),
    k4=ssh_pub("ansible@gl-util01"))

add("wireguard/decoy-public-key", "it/vpn/wg0.conf",
    "wg-quick(8) config (PublicKey per peer; the private key loaded from a root-only file by PostUp)", r"""
# Office side of the yard tunnels. The interface key is not in this file:
# it is generated on the host (wg genkey > /etc/wireguard/office.key, mode 0600).
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/office.key

[Peer]
# New Hope yard router
PublicKey = @@p1@@
AllowedIPs = 10.99.0.3/32, 10.30.0.0/16

[Peer]
# Eagan yard router
PublicKey = @@p2@@
AllowedIPs = 10.99.0.4/32, 10.40.0.0/16

[Peer]
# on-call laptop
PublicKey = @@p3@@
AllowedIPs = 10.99.0.10/32
""", p1=rand_bytes_b64(32), p2=rand_bytes_b64(32), p3=rand_bytes_b64(32))

add("toml/decoy-checksum", "mower-bridge/Cargo.lock",
    "Cargo docs (Cargo.lock version 3: source and sha256 checksum per package)", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "mower-bridge"
version = "0.4.1"
dependencies = [
 "rumqttc",
 "serde",
]

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "serde"
version = "1.0.203"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "tokio"
version = "1.38.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c3@@"
""", c1=hexs(64), c2=hexs(64), c3=hexs(64))

add("go/decoy-test-vector", "internal/auth/hmac_test.go",
    "RFC 4231 HMAC-SHA256 test case 2 (key \"Jefe\"), a published test vector", r"""
package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

// RFC 4231, test case 2: a published vector, not a credential.
func TestHMACSHA256Vector(t *testing.T) {
	key := []byte("Jefe")
	data := []byte("what do ya want for nothing?")
	want := "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"

	mac := hmac.New(sha256.New, key)
	mac.Write(data)
	if got := hex.EncodeToString(mac.Sum(nil)); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestVerifyRejectsWrongLength(t *testing.T) {
	if Verify([]byte("k"), []byte("body"), "v1=abc") {
		t.Fatal("short signature accepted")
	}
}
""")

add("sql/decoy-scram-verifier", "db/roles.sql",
    "PostgreSQL docs (CREATE ROLE ... PASSWORD with a pre-hashed SCRAM-SHA-256 verifier)", r"""
-- Roles for the reporting replica. Passwords are given as SCRAM verifiers (hashed by
-- `psql \password` on an admin laptop), so the cleartext never appears here.
CREATE ROLE report_ro LOGIN
    PASSWORD 'SCRAM-SHA-256$4096:@@salt1@@$@@sk1@@:@@srv1@@';
CREATE ROLE metabase LOGIN
    PASSWORD 'SCRAM-SHA-256$4096:@@salt2@@$@@sk2@@:@@srv2@@';

GRANT CONNECT ON DATABASE portal TO report_ro, metabase;
GRANT USAGE ON SCHEMA reporting TO report_ro, metabase;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO report_ro, metabase;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO report_ro, metabase;
""", salt1=rand_bytes_b64(16), sk1=rand_bytes_b64(32), srv1=rand_bytes_b64(32), salt2=rand_bytes_b64(16),
    sk2=rand_bytes_b64(32), srv2=rand_bytes_b64(32))

add("log/decoy-click-id", "logs/nginx-access.log",
    "nginx combined log format; Google Ads gclid and Meta fbclid click ids in landing URLs", r"""
203.0.113.24 - - [03/Jun/2024:07:41:12 -0500] "GET /lawn-care/?utm_source=google&utm_medium=cpc&utm_campaign=lawn-care-2024&gclid=@@g1@@ HTTP/2.0" 200 18422 "https://www.google.com/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
198.51.100.77 - - [03/Jun/2024:07:43:55 -0500] "GET /irrigation-startup/?fbclid=@@f1@@ HTTP/2.0" 200 15110 "https://m.facebook.com/" "Mozilla/5.0 (Linux; Android 14)"
203.0.113.24 - - [03/Jun/2024:07:44:02 -0500] "POST /quote/ HTTP/2.0" 302 0 "https://www.greenlinegrounds.com/lawn-care/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
192.0.2.140 - - [03/Jun/2024:07:52:19 -0500] "GET /snow-removal/?utm_source=google&utm_medium=cpc&gclid=@@g2@@ HTTP/2.0" 200 16937 "https://www.google.com/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
192.0.2.140 - - [03/Jun/2024:07:52:20 -0500] "GET /static/css/site.4f9c2e1b.css HTTP/2.0" 200 24110 "https://www.greenlinegrounds.com/snow-removal/" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
""", g1="Cj0KCQjw" + draw(80, URLSAFE) + "_BwE", f1="IwAR" + draw(58, URLSAFE),
    g2="EAIaIQobChMI" + draw(60, URLSAFE) + "_BwE")

add("k8s/decoy-sealed-secret", "deploy/k8s/sealed-stripe.yaml",
    "Bitnami Sealed Secrets docs (SealedSecret encryptedData, decryptable only by the in-cluster controller)", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-stripe
  namespace: portal
spec:
  encryptedData:
    STRIPE_SECRET_KEY: AgB@@e1@@
    STRIPE_WEBHOOK_SECRET: AgC@@e2@@
  template:
    metadata:
      name: portal-stripe
      namespace: portal
    type: Opaque
""", e1=draw(700, B64) + "==", e2=draw(560, B64) + "=")

add("env/decoy-encrypted-vault", ".env.vault",
    "dotenv-vault docs (.env.vault holds AES-256-GCM ciphertext; DOTENV_KEY lives elsewhere)", r"""
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="@@v1@@"

# production
DOTENV_VAULT_PRODUCTION="@@v2@@"
""", v1=rand_bytes_b64(180), v2=rand_bytes_b64(240))

add("typescript/decoy-storefront-token", "nursery-portal/src/storefront.ts",
    "Shopify Storefront API docs (public access token in X-Shopify-Storefront-Access-Token, for client-side use)", r"""
// Storefront API: the *public* access token is designed to ship in browser code (read-only
// product and cart scopes). Admin tokens never go in this repo.
const STOREFRONT_TOKEN = "@@tok@@";
const ENDPOINT = "https://prairie-crest-wholesale.myshopify.com/api/2024-04/graphql.json";

export async function productAvailability(handle: string) {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Shopify-Storefront-Access-Token": STOREFRONT_TOKEN,
    },
    body: JSON.stringify({
      query: `query($h: String!) { product(handle: $h) { title variants(first: 10) { nodes { title quantityAvailable } } } }`,
      variables: { h: handle },
    }),
  });
  const { data } = await res.json();
  return data.product;
}
""", tok=hexs(32))

add("markdown/decoy-documentation-example", "docs/dev/aws-cli.md",
    "AWS CLI docs (documented example keys AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)", r"""
# AWS CLI for developers

We use IAM Identity Center; nobody gets long-lived access keys.

```sh
aws configure sso --profile greenline-dev
aws sso login --profile greenline-dev
aws s3 ls s3://prairiecrest-portal-media --profile greenline-dev
```

Some tools still ask for the old `~/.aws/credentials` layout. It looks like this (AWS's own
documentation example values, which do not work anywhere):

```ini
[example]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

If you find real keys in a file like that on your laptop, tell IT so we can deactivate them.
""")

add("python/decoy-vapid-public-key", "portal/push/webpush.py",
    "Web Push (RFC 8292 VAPID): the application server public key is shared with browsers; pywebpush docs", r'''
"""Push notifications to the customer portal ("crew arriving in 15 minutes")."""
import json
import os

from pywebpush import WebPushException, webpush

# Public key: the browser needs it to subscribe (it is in the portal's JS too).
VAPID_PUBLIC_KEY = "@@pub@@"
# Private key: PEM file mounted from the secret store.
VAPID_PRIVATE_KEY_FILE = os.environ.get("VAPID_PRIVATE_KEY_FILE", "/run/secrets/vapid_private.pem")
VAPID_CLAIMS = {"sub": "mailto:service@ridgeviewturf.com"}


def notify(subscription: dict, title: str, body: str) -> bool:
    try:
        webpush(subscription_info=subscription, data=json.dumps({"title": title, "body": body}),
                vapid_private_key=VAPID_PRIVATE_KEY_FILE, vapid_claims=dict(VAPID_CLAIMS))
        return True
    except WebPushException as exc:
        if exc.response is not None and exc.response.status_code in (404, 410):
            return False  # subscription expired; caller deletes it
        raise
''', pub="B" + draw(86, URLSAFE))

add("env/decoy-local-test-credentials", ".env.test",
    "dotenv for the local test run (localhost-only services with default credentials)", r"""
# Used by `make test` and CI only; every service here is a throwaway container on localhost.
APP_ENV=test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/portal_test
REDIS_URL=redis://localhost:6379/15
EMAIL_HOST=localhost
EMAIL_PORT=1025
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SAMSARA_API_TOKEN=dummy
""")

add("helm/decoy-empty-value", "charts/portal/values.yaml",
    "Helm chart values conventions (empty password plus existingSecret)", r"""
# Default values for the portal chart. Secrets come from existing Secrets, not from values.
replicaCount: 2
image:
  repository: ghcr.io/cedarhollow/portal
  tag: ""
postgresql:
  enabled: false
externalDatabase:
  host: portal-db.internal
  port: 5432
  user: portal
  database: portal
  password: ""
  existingSecret: portal-db
  existingSecretPasswordKey: password
stripe:
  existingSecret: portal-stripe
smtp:
  host: smtp.postmarkapp.com
  port: 587
  existingSecret: portal-postmark
""")

add("systemd/decoy-credential-file", "it/systemd/route-planner.service",
    "systemd.exec man page (LoadCredential=, EnvironmentFile=; credentials read from files at start)", r"""
[Unit]
Description=route-planner API
After=network-online.target

[Service]
User=routeplanner
EnvironmentFile=/etc/route-planner/route-planner.env
LoadCredential=google_maps_key:/etc/route-planner/credentials/google_maps_key
LoadCredential=route4me_key:/etc/route-planner/credentials/route4me_key
ExecStart=/opt/route-planner/bin/route-planner --credentials-dir=${CREDENTIALS_DIRECTORY}
Restart=on-failure
NoNewPrivileges=true
ProtectSystem=strict

[Install]
WantedBy=multi-user.target
""")

add("nginx/decoy-file-path", "it/nginx/portal.conf",
    "nginx docs (ssl_certificate_key and auth_basic_user_file take file paths)", r"""
server {
    listen 443 ssl http2;
    server_name portal.greenlinegrounds.com;

    ssl_certificate     /etc/letsencrypt/live/portal.greenlinegrounds.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/portal.greenlinegrounds.com/privkey.pem;

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Request-Id $request_id;
        proxy_set_header X-Forwarded-Proto https;
    }

    location /admin/ {
        auth_basic "staff only";
        auth_basic_user_file /etc/nginx/htpasswd.d/portal-admin;
        proxy_pass http://127.0.0.1:8000;
    }
}
""")

add("json/decoy-password-hash", "portal/fixtures/staff_users.json",
    "Django docs (fixtures; password field stores pbkdf2_sha256$iterations$salt$hash)", r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "office",
      "email": "office@ridgeviewturf.com",
      "password": "pbkdf2_sha256$720000$@@s1@@$@@h1@@",
      "is_staff": true,
      "is_superuser": false
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "dispatch",
      "email": "dispatch@ridgeviewturf.com",
      "password": "pbkdf2_sha256$720000$@@s2@@$@@h2@@",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", s1=draw(22), h1=rand_bytes_b64(32), s2=draw(22), h2=rand_bytes_b64(32))

add("javascript/decoy-site-key", "portal/src/components/Turnstile.jsx",
    "Cloudflare Turnstile docs (sitekey is public; the secret key is only used server-side)", r"""
// Cloudflare Turnstile on the quote form. The sitekey is public; the secret key lives in the
// Worker's environment (TURNSTILE_SECRET) and is checked server-side.
import { useEffect, useRef } from "react";

const TURNSTILE_SITEKEY = "0x4AAAAAAA@@k@@";

export function Turnstile({ onToken }) {
  const ref = useRef(null);
  useEffect(() => {
    const id = window.turnstile.render(ref.current, {
      sitekey: TURNSTILE_SITEKEY,
      theme: "light",
      callback: onToken,
    });
    return () => window.turnstile.remove(id);
  }, [onToken]);
  return <div ref={ref} className="cf-turnstile" />;
}
""", k=draw(13, URLSAFE))
