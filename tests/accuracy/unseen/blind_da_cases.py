"""Blind set DA: game studios' online backends and live operations.

Backend and live-ops teams of game studios: PlayFab titles and CloudScript, Steamworks web API
and publisher keys, game server login tokens and SteamPipe builds, Epic Online Services and
BuildPatchTool, Photon, Mirror and Nakama servers, console platform service configs, anti-cheat
and RCON configs (BattlEye, EAC, Source and survival-game servers), matchmaking and dedicated
server fleets (Agones, Open Match, GameLift, Edgegap), telemetry and crash reporting (Sentry,
Backtrace, Datadog, Kafka, ClickHouse, Splunk), Unity and Unreal build pipelines (game-ci,
Jenkins, TeamCity, Perforce, UPM registries, Android keystores, itch.io butler, GOG), in-game
store and receipt validation (App Store, Google Play, Amazon, Huawei, Xsolla, Stripe), and the
decoys their repositories hold (public app ids, DSNs, Firebase keys, IAP public keys, secret
store references, ciphertext, hashes, fixtures). Generated fakes only (seeds 980000-989999).
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
HEXUP = "0123456789ABCDEF"
UPDIG = string.ascii_uppercase + string.digits
LOWDIG = string.ascii_lowercase + string.digits
B32LOW = string.ascii_lowercase + "234567"
_SEED = [980000]
SET = "blind-da"


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 980000 <= _SEED[0] < 990000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 980000 <= _SEED[0] < 990000
    return _SEED[0]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return draw(n, HEX)


def hexup(n: int) -> str:
    return draw(n, HEXUP)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


WORDS = ["Griffin", "Raider", "Nexus", "Phoenix", "Goblin", "Kraken", "Valkyrie", "Pixel", "Dragon", "Respawn",
         "Arcade", "Voxel", "Paladin", "Warlock", "Nova", "Titan", "Rogue", "Shadow", "Ember", "Frost"]
LOWER = ["loot", "crate", "boss", "quest", "mana", "sprite", "shader", "lobby", "raid", "potion", "dungeon",
         "meteor", "combo", "glitch", "turret", "portal"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + "Season" + str(r.randint(2, 12)) + r.choice("!#$@") + str(r.randint(2019, 2025))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def _pem_body(lines: int, last: int) -> str:
    r = _rng()
    rows = ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines)]
    rows.append("".join(r.choice(ALNUM + "+/") for _ in range(last)) + "==")
    return "\n".join(rows)


def pem(kind: str = "RSA", lines: int = 16) -> str:
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n{_pem_body(lines, 30)}\n-----END {label}-----"


def p8_key() -> str:
    return pem("", 3)


def cert_pem() -> str:
    return "-----BEGIN CERTIFICATE-----\nMIID" + _pem_body(14, 40)[4:] + "\n-----END CERTIFICATE-----"


def pubkey_pem() -> str:
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + _pem_body(5, 20)[44:] + "\n-----END PUBLIC KEY-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


# --- vendor shapes -------------------------------------------------------------------------------

def playfab_secret() -> str:
    return draw(52, UPDIG)


def playfab_title() -> str:
    return draw(5, HEXUP)


def steam_key() -> str:
    return hexup(32)


def eos_client_id() -> str:
    return "xyza7891" + mixed(24)


def eos_secret() -> str:
    return draw(43, ALNUM + "+/")


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/" + draw(68, ALNUM + "-_")


def discord_bot_token() -> str:
    user = b64(digits(18)).rstrip("=")
    return f"{user}.{draw(6, ALNUM + '-_')}.{draw(38, ALNUM + '-_')}"


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPDIG) + "/B" + draw(10, UPDIG) + "/" + draw(24))


def sentry_org_token(org: str) -> str:
    claims = json.dumps({"iat": 1716000000 + int(digits(6)), "url": "https://sentry.io",
                         "region_url": "https://us.sentry.io", "org": org}, separators=(",", ":"))
    return "sntrys_" + b64(claims).rstrip("=") + "_" + draw(43, ALNUM + "+/")


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{digits(6)}.ingest.sentry.io/{digits(7)}"


def oculus_token() -> str:
    return f"OC|{digits(16)}|{hexs(32)}"


def fcm_server_key() -> str:
    return "AAAA" + draw(7, ALNUM + "-_") + ":APA91b" + draw(134, ALNUM + "-_")


def google_api_key() -> str:
    return "AIza" + draw(35, ALNUM + "-_")


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, ALNUM + "-_")


def amazon_rvs_secret() -> str:
    return "2:" + draw(64, ALNUM + "-_") + ":" + draw(22, ALNUM + "-_") + "=="


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_client_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def ado_pat() -> str:
    return draw(52, B32LOW)


def github_token() -> str:
    return fakes.github_token(_seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def docker_pat() -> str:
    return "dckr_pat_" + draw(27, ALNUM + "-_")


def jenkins_token() -> str:
    return "11" + hexs(32)


def newrelic_key() -> str:
    return hexs(36) + "NRAL"


def stripe_live() -> str:
    return "sk_live_51" + mixed(97)


def influx_token() -> str:
    return b64_bytes(64, urlsafe=True)


def vault_token() -> str:
    return "hvs." + mixed(24)


def artifactory_key() -> str:
    return "AKCp" + mixed(69)


def cloudflare_token() -> str:
    return draw(40, ALNUM + "-_")


def unity_serial() -> str:
    return "E3-" + "-".join(draw(4, UPDIG) for _ in range(5))


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


CASES: List[LabelledCase] = []


def _t(text: str, **values: str) -> str:
    text = text.lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not re.search(r"<<[a-z0-9_]+>>", text), text[:80]
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"{SET}/{fmt}/decoy-{what}", file_name, text, None, source))


# === PlayFab ====================================================================================

_title, _key = playfab_title(), playfab_secret()
S("csharp", "playfab-secret", "Assets/Editor/LiveOps/PlayFabAdminWindow.cs", _t(r"""
#if UNITY_EDITOR && ENABLE_PLAYFABADMIN_API
using PlayFab;
using PlayFab.AdminModels;
using UnityEditor;
using UnityEngine;

namespace Studio.LiveOps.Editor
{
    // Editor-only tool for the live-ops team: push title data and reset statistics
    // without going through Game Manager.
    public class PlayFabAdminWindow : EditorWindow
    {
        [MenuItem("LiveOps/PlayFab Admin")]
        static void Open() => GetWindow<PlayFabAdminWindow>("PlayFab Admin");

        void OnEnable()
        {
            PlayFabSettings.staticSettings.TitleId = "<<title>>";
            PlayFabSettings.staticSettings.DeveloperSecretKey = "<<key>>";
        }

        void OnGUI()
        {
            if (GUILayout.Button("Reset weekly leaderboard"))
            {
                PlayFabAdminAPI.ResetStatistics(new ResetStatisticsRequest { StatisticName = "weekly_score" },
                    r => Debug.Log("reset ok"), e => Debug.LogError(e.GenerateErrorReport()));
            }
        }
    }
}
#endif
""", title=_title, key=_key), _key, "PlayFab Unity SDK: PlayFabSettings.staticSettings.DeveloperSecretKey (learn.microsoft.com/gaming/playfab)")

_title, _key = playfab_title(), playfab_secret()
S("json", "playfab-secret", "CloudScript/AzureFunctions/local.settings.json", _t(r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet",
    "PLAYFAB_TITLE_ID": "<<title>>",
    "PLAYFAB_DEV_SECRET_KEY": "<<key>>",
    "RewardsTable": "season_rewards_v3"
  },
  "Host": {
    "LocalHttpPort": 7071,
    "CORS": "*"
  }
}
""", title=_title, key=_key), _key, "PlayFab CloudScript using Azure Functions quickstart: local.settings.json")

_title, _key = playfab_title(), playfab_secret()
S("env", "playfab-secret", "services/economy/.env", _t(r"""
# economy service - local overrides
NODE_ENV=development
PORT=8081
PLAYFAB_TITLE_ID=<<title>>
PLAYFAB_SECRET_KEY=<<key>>
REDIS_URL=redis://localhost:6379/2
LOG_LEVEL=debug
STORE_CATALOG_VERSION=season-9
""", title=_title, key=_key), _key, "dotenv README; PlayFab Server API X-SecretKey authentication")

_title, _key = playfab_title(), playfab_secret()
S("python", "playfab-secret", "tools/liveops/grant_compensation.py", _t(r"""
#!/usr/bin/env python3
'''Grant the outage compensation bundle to every player in a CSV export.'''
import csv
import sys

import requests

TITLE_ID = "<<title>>"
SECRET_KEY = "<<key>>"
BASE = f"https://{TITLE_ID}.playfabapi.com"


def grant(playfab_id: str, bundle: str) -> None:
    resp = requests.post(
        f"{BASE}/Server/GrantItemsToUser",
        headers={"X-SecretKey": SECRET_KEY, "Content-Type": "application/json"},
        json={"PlayFabId": playfab_id, "ItemIds": [bundle], "Annotation": "INC-2291 compensation"},
        timeout=10,
    )
    resp.raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            grant(row["PlayFabId"], "bundle_outage_0412")
            print("granted", row["PlayFabId"])
""", title=_title, key=_key), _key, "PlayFab REST API reference: Server/GrantItemsToUser with X-SecretKey header")

_title, _key = playfab_title(), playfab_secret()
S("shell", "playfab-secret", "scripts/liveops/reset_weekly_leaderboard.sh", _t(r"""
#!/usr/bin/env bash
# Resets the weekly leaderboard and posts the new version number. Run by the Monday job.
set -euo pipefail

TITLE="<<title>>"

curl -sS -X POST "https://${TITLE}.playfabapi.com/Admin/IncrementPlayerStatisticVersion" \
  -H "Content-Type: application/json" \
  -H "X-SecretKey: <<key>>" \
  -d '{"StatisticName": "weekly_score"}' | jq '.data.StatisticVersion'
""", title=_title, key=_key), _key, "PlayFab Admin API: IncrementPlayerStatisticVersion (curl example)")

_title, _key = playfab_title(), playfab_secret()
S("crontab", "playfab-secret", "ops/cron/liveops.crontab", _t(r"""
# m h dom mon dow  command   (liveops box, UTC)
SHELL=/bin/bash
MAILTO=liveops-alerts@studio.example
0 7 * * 1  curl -fsS -X POST https://<<title>>.playfabapi.com/Admin/IncrementPlayerStatisticVersion -H 'X-SecretKey: <<key>>' -H 'Content-Type: application/json' -d '{"StatisticName":"weekly_score"}' >> /var/log/liveops/leaderboard.log 2>&1
*/15 * * * *  /opt/liveops/bin/check_store_prices.py --catalog season-9 >> /var/log/liveops/prices.log 2>&1
30 3 * * *  find /var/log/liveops -name '*.log' -mtime +14 -delete
""", title=_title, key=_key), _key, "crontab(5); PlayFab Admin API")

_title, _key = playfab_title(), playfab_secret()
S("json", "playfab-secret", "photon/webhooks-prod.json", _t(r"""
{
  "AppId": "prod-eu",
  "WebHooks": {
    "BaseUrl": "https://<<title>>.playfablogic.com/webhook/1/prod/<<title>>",
    "IsPersistent": true,
    "HasErrorInfo": true,
    "PathCreate": "RoomCreated",
    "PathClose": "RoomClosed",
    "PathJoin": "RoomJoined",
    "PathLeave": "RoomLeft",
    "PathEvent": "RoomEventRaised",
    "PathGameProperties": "RoomPropertyUpdated",
    "CustomHttpHeaders": {
      "X-SecretKey": "<<key>>"
    }
  }
}
""", title=_title, key=_key), _key, "Photon Realtime webhooks: CustomHttpHeaders; PlayFab Photon add-on")

_title, _key = playfab_title(), playfab_secret()
S("typescript", "playfab-secret", "backend/matchmaking-bridge/src/playfab.ts", _t(r"""
import { PlayFabServer, PlayFab } from "playfab-sdk";

// Bridge between our Open Match director and PlayFab player data.
PlayFab.settings.titleId = "<<title>>";
PlayFab.settings.developerSecretKey = "<<key>>";

export function getSkill(playFabId: string): Promise<number> {
  return new Promise((resolve, reject) => {
    PlayFabServer.GetPlayerStatistics(
      { PlayFabId: playFabId, StatisticNames: ["mmr"] },
      (error, result) => {
        if (error) return reject(error);
        const stat = result.data.Statistics?.find((s) => s.StatisticName === "mmr");
        resolve(stat ? stat.Value : 1500);
      },
    );
  });
}
""", title=_title, key=_key), _key, "playfab-sdk (npm) README: PlayFab.settings.developerSecretKey")

_title, _key = playfab_title(), playfab_secret()
S("k8s-secret", "playfab-secret", "deploy/k8s/economy/playfab-secret.yaml", _t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: playfab-credentials
  namespace: economy
  labels:
    app.kubernetes.io/part-of: liveops
type: Opaque
data:
  PLAYFAB_TITLE_ID: <<title64>>
  PLAYFAB_SECRET_KEY: <<key64>>
""", title64=b64(_title), key64=b64(_key)), _key, "Kubernetes docs: Secret data values are base64-encoded")

_title, _key = playfab_title(), playfab_secret()
S("unity-asset", "playfab-secret", "Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: 1a2f5f6cbd6ba2c4a9a7e4d0b1f0b3c1, type: 3}
  m_Name: PlayFabSharedSettings
  m_EditorClassIdentifier: 
  TitleId: <<title>>
  VerticalName: 
  DeveloperSecretKey: <<key>>
  ProductionEnvironmentUrl: 
  RequestType: 0
  RequestTimeout: 2000
  RequestKeepAlive: 1
  LogCapLimit: 30
""", title=_title, key=_key), _key, "PlayFab Unity SDK: PlayFabSharedSettings ScriptableObject (DeveloperSecretKey)")

# --- PlayFab decoys ---

D("unity-asset", "public-id", "Assets/PlayFabSDK/Shared/Public/Resources/PlayFabSharedSettings.client.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 1a2f5f6cbd6ba2c4a9a7e4d0b1f0b3c1, type: 3}
  m_Name: PlayFabSharedSettings
  TitleId: <<title>>
  VerticalName: 
  DeveloperSecretKey: 
  ProductionEnvironmentUrl: 
  RequestType: 0
  RequestTimeout: 2000
  RequestKeepAlive: 1
""", title=playfab_title()), "PlayFab Unity SDK: client builds ship the TitleId only, DeveloperSecretKey left empty")

D("env", "placeholder", "services/economy/.env.example", _t(r"""
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=8081
# Game Manager > Title settings > Secret Keys
PLAYFAB_TITLE_ID=<your-title-id>
PLAYFAB_SECRET_KEY=<your-title-secret-key>
REDIS_URL=redis://localhost:6379/2
LOG_LEVEL=debug
""")
  , "dotenv README: .env.example convention")

D("csharp", "env-reference", "Backend/Economy/Startup/PlayFabSetup.cs", _t(r"""
using System;
using PlayFab;

namespace Studio.Backend.Economy
{
    public static class PlayFabSetup
    {
        // Secrets come from Azure App Configuration / Key Vault in every environment.
        public static void Configure()
        {
            PlayFabSettings.staticSettings.TitleId =
                Environment.GetEnvironmentVariable("PLAYFAB_TITLE_ID")
                ?? throw new InvalidOperationException("PLAYFAB_TITLE_ID is not set");
            PlayFabSettings.staticSettings.DeveloperSecretKey =
                Environment.GetEnvironmentVariable("PLAYFAB_DEV_SECRET_KEY")
                ?? throw new InvalidOperationException("PLAYFAB_DEV_SECRET_KEY is not set");
        }
    }
}
"""), "PlayFab C# SDK: PlayFabSettings.staticSettings; .NET Environment.GetEnvironmentVariable")

D("json", "keyvault-reference", "CloudScript/AzureFunctions/appsettings.Production.json", _t(r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "PlayFab": {
    "TitleId": "<<title>>",
    "DeveloperSecretKey": "@Microsoft.KeyVault(SecretUri=https://kv-liveops-prod.vault.azure.net/secrets/playfab-dev-secret/)"
  },
  "Rewards": {
    "Table": "season_rewards_v3",
    "MaxGrantPerDay": 5
  }
}
""", title=playfab_title()), "Azure App Service docs: Key Vault references @Microsoft.KeyVault(SecretUri=...)")

D("crontab", "secret-file-ref", "ops/cron/liveops-v2.crontab", _t(r"""
# liveops box, UTC. Secret is mounted by the vault agent at /run/secrets.
SHELL=/bin/bash
MAILTO=liveops-alerts@studio.example
0 7 * * 1  curl -fsS -X POST https://<<title>>.playfabapi.com/Admin/IncrementPlayerStatisticVersion -H "X-SecretKey: $(cat /run/secrets/playfab_secret_key)" -H 'Content-Type: application/json' -d '{"StatisticName":"weekly_score"}' >> /var/log/liveops/leaderboard.log 2>&1
30 3 * * *  find /var/log/liveops -name '*.log' -mtime +14 -delete
""", title=playfab_title()), "crontab(5); Vault agent templates rendering to /run/secrets")

D("python", "test-fixture", "tools/liveops/tests/test_grant_compensation.py", _t(r"""
import responses

from grant_compensation import BASE, grant

# Fake key for the mocked endpoint; the real one is never used in tests.
FAKE_SECRET = "TESTSECRETKEYDONOTUSE"


@responses.activate
def test_grant_sends_secret_header(monkeypatch):
    monkeypatch.setattr("grant_compensation.SECRET_KEY", FAKE_SECRET)
    responses.add(responses.POST, f"{BASE}/Server/GrantItemsToUser", json={"code": 200, "data": {}})
    grant("6A1B2C3D4E5F6071", "bundle_outage_0412")
    assert responses.calls[0].request.headers["X-SecretKey"] == FAKE_SECRET
"""), "responses (PyPI) README: mocking requests in tests")

# === Steam ======================================================================================

_key = steam_key()
S("python", "steam-publisher-key", "backend/steam/microtxn.py", _t(r"""
'''Steam microtransactions (ISteamMicroTxn) for the in-game store.'''
import requests

APP_ID = 1938090
# Publisher Web API key from the Steamworks partner site (group: Live Ops Backend)
STEAM_PUBLISHER_KEY = "<<key>>"
PARTNER = "https://partner.steam-api.com"
SANDBOX = False


def init_txn(order_id: int, steam_id: str, item_id: int, amount_cents: int, currency: str = "USD") -> dict:
    iface = "ISteamMicroTxnSandbox" if SANDBOX else "ISteamMicroTxn"
    data = {
        "key": STEAM_PUBLISHER_KEY,
        "orderid": order_id,
        "steamid": steam_id,
        "appid": APP_ID,
        "itemcount": 1,
        "language": "en",
        "currency": currency,
        "itemid[0]": item_id,
        "qty[0]": 1,
        "amount[0]": amount_cents,
        "description[0]": "Season Pass",
    }
    resp = requests.post(f"{PARTNER}/{iface}/InitTxn/v3/", data=data, timeout=15)
    resp.raise_for_status()
    return resp.json()["response"]
""", key=_key), _key, "Steamworks docs: ISteamMicroTxn/InitTxn with a publisher Web API key")

_key = steam_key()
S("go", "steam-webapi-key", "services/auth/internal/steam/ticket.go", _t(r"""
package steam

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const (
	appID          = "1938090"
	webAPIKey      = "<<key>>"
	authTicketPath = "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/"
)

var client = &http.Client{Timeout: 5 * time.Second}

type ticketResponse struct {
	Response struct {
		Params struct {
			Result  string `json:"result"`
			SteamID string `json:"steamid"`
		} `json:"params"`
	} `json:"response"`
}

// Verify checks a session ticket from the client and returns the SteamID.
func Verify(ticketHex string) (string, error) {
	q := url.Values{"key": {webAPIKey}, "appid": {appID}, "ticket": {ticketHex}}
	resp, err := client.Get(authTicketPath + "?" + q.Encode())
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var tr ticketResponse
	if err := json.NewDecoder(resp.Body).Decode(&tr); err != nil {
		return "", err
	}
	if tr.Response.Params.Result != "OK" {
		return "", fmt.Errorf("steam rejected ticket: %q", tr.Response.Params.Result)
	}
	return tr.Response.Params.SteamID, nil
}
""", key=_key), _key, "Steamworks docs: ISteamUserAuth/AuthenticateUserTicket")

_key = steam_key()
S("json", "steam-webapi-key", "Backend/PlatformAuth/appsettings.Production.json", _t(r"""
{
  "Logging": {
    "LogLevel": { "Default": "Warning", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "Steam": {
    "AppId": 1938090,
    "WebApiKey": "<<key>>",
    "UsePartnerEndpoint": true
  },
  "Jwt": {
    "Issuer": "https://auth.studio.example",
    "Audience": "game-clients",
    "LifetimeMinutes": 60
  }
}
""", key=_key), _key, "ASP.NET Core configuration: appsettings.{Environment}.json; Steamworks Web API key")

_key = steam_key()
S("nginx", "steam-publisher-key", "ops/nginx/conf.d/steam-partner-proxy.conf", _t(r"""
# Internal proxy so build agents and tools can call the Steam partner API without holding the key.
upstream steam_partner {
    server partner.steam-api.com:443;
    keepalive 8;
}

server {
    listen 10.20.0.15:8088;
    server_name steam-proxy.internal;

    allow 10.20.0.0/16;
    deny all;

    location / {
        set $steam_key "<<key>>";
        if ($args) {
            set $args "${args}&key=${steam_key}";
        }
        if ($args = "") {
            set $args "key=${steam_key}";
        }
        proxy_pass https://steam_partner;
        proxy_set_header Host partner.steam-api.com;
        proxy_ssl_server_name on;
    }
}
""", key=_key), _key, "nginx docs: ngx_http_proxy_module, set/$args; Steamworks partner Web API")

_tok = hexup(32)
S("cfg", "gslt", "server/csgo/cfg/server.cfg", _t(r"""
// Community server config - comp 5v5
hostname "Studio Scrims #1 | EU"
sv_setsteamaccount "<<tok>>"   // GSLT for app 730, owner: infra@
rcon_password ""               // RCON disabled, use the admin panel
sv_password ""
sv_lan 0
sv_region 3
mp_autoteambalance 0
mp_limitteams 0
mp_maxrounds 24
mp_freezetime 15
sv_cheats 0
log on
sv_logbans 1
exec banned_user.cfg
exec banned_ip.cfg
""", tok=_tok), _tok, "Valve Developer Community: Steam Game Server Account (sv_setsteamaccount)")

_tok = hexup(32)
S("shell", "gslt", "docker/dedicated/entrypoint.sh", _t(r"""
#!/bin/bash
# Entrypoint for the dedicated server image (SRCDS based mod).
set -e

cd /home/steam/server
exec ./srcds_run \
  -game studio_mod \
  -console -usercon \
  +ip 0.0.0.0 \
  -port "${PORT:-27015}" \
  +maxplayers 16 \
  +map de_foundry \
  +sv_setsteamaccount <<tok>> \
  -tickrate 64 \
  -nobreakpad
""", tok=_tok), _tok, "Valve Developer Community: Command line options (srcds), sv_setsteamaccount")

_tok = hexup(32)
S("docker-compose", "gslt", "servers/tf2-community/docker-compose.yml", _t(r"""
services:
  tf2:
    image: cm2network/tf2:latest
    restart: unless-stopped
    network_mode: host
    environment:
      SRCDS_PORT: "27015"
      SRCDS_TV_PORT: "27020"
      SRCDS_MAXPLAYERS: "24"
      SRCDS_STARTMAP: "ctf_2fort"
      SRCDS_REGION: "3"
      SRCDS_HOSTNAME: "Studio Playtest TF2"
      SRCDS_TOKEN: "<<tok>>"
    volumes:
      - tf2-data:/home/steam/tf-dedicated/

volumes:
  tf2-data:
""", tok=_tok), _tok, "cm2network/tf2 image README: SRCDS_TOKEN (Game Server Login Token)")

_pw = words_pw()
S("bat", "steam-build-password", "tools/ContentBuilder/run_build.bat", _t(r"""
@echo off
REM Uploads the depots described in scripts\app_build_1938090.vdf to the beta branch.
setlocal
set STEAMCMD=%~dp0builder\steamcmd.exe
set SCRIPT=%~dp0scripts\app_build_1938090.vdf

"%STEAMCMD%" +login studio_buildbot <<pw>> +run_app_build "%SCRIPT%" +quit
if errorlevel 1 (
  echo Steam upload failed
  exit /b 1
)
echo Upload done. Set the build live on the partner site.
endlocal
""", pw=_pw), _pw, "Steamworks docs: Uploading to Steam (SteamPipe, steamcmd +login +run_app_build)")

_pw = rand_pw(16)
S("jenkinsfile", "steam-build-password", "ci/Jenkinsfile.release", _t(r'''
pipeline {
    agent { label 'win-builder' }
    parameters {
        choice(name: 'BRANCH', choices: ['beta', 'staging', 'default'], description: 'Steam branch')
    }
    stages {
        stage('Build') {
            steps {
                bat 'call Build\\BuildWindows.bat Shipping'
            }
        }
        stage('Upload to Steam') {
            steps {
                bat """
                  tools\\ContentBuilder\\builder\\steamcmd.exe +login studio_buildbot <<pw>> ^
                    +run_app_build_http ..\\scripts\\app_build_1938090_${params.BRANCH}.vdf +quit
                """
            }
        }
    }
    post {
        failure { echo 'Release build failed' }
    }
}
''', pw=_pw), _pw, "Jenkins Pipeline syntax; Steamworks SteamPipe steamcmd")

_key = hexs(64)
S("yaml", "steam-ticket-key", "services/auth/config/production.yaml", _t(r"""
server:
  port: 8443
  tls:
    cert_file: /etc/auth/tls/tls.crt
    key_file: /etc/auth/tls/tls.key
steam:
  app_id: 1938090
  # Encrypted App Ticket key (Steamworks > Security), used to decrypt tickets from
  # SteamUser()->RequestEncryptedAppTicket on the game server side.
  encrypted_ticket_key: "<<key>>"
  require_ownership: true
sessions:
  ttl: 1h
  issuer: https://auth.studio.example
""", key=_key), _key, "Steamworks docs: Encrypted Application Tickets (sdkencryptedappticket)")

_key = steam_key()
S("markdown", "steam-publisher-key", "docs/runbooks/steam-refunds.md", _t(r"""
# Runbook: checking a refund dispute

1. Get the player's SteamID64 from the support ticket.
2. Query the transaction report for the day of purchase:

```bash
curl "https://partner.steam-api.com/ISteamMicroTxn/GetReport/v5/?key=<<key>>&appid=1938090&type=GAMESALES&time=2024-03-01T00:00:00Z&maxresults=1000"
```

3. Find the `orderid` and compare `status` with our `store_orders` table.
4. If Steam says `Refunded` and we still show the items, run `liveops revoke --order <id>`.

Ask in #liveops before revoking more than 10 orders at once.
""", key=_key), _key, "Steamworks docs: ISteamMicroTxn/GetReport")

# --- Steam decoys ---

D("vdf", "public-id", "tools/ContentBuilder/scripts/app_build_1938090.vdf", _t(r"""
"AppBuild"
{
	"AppID" "1938090"
	"Desc" "nightly <<sha>>"
	"ContentRoot" "..\content\"
	"BuildOutput" "..\output\"
	"SetLive" "beta"
	"Preview" "0"
	"Depots"
	{
		"1938091" "depot_build_1938091.vdf"
		"1938092" "depot_build_1938092.vdf"
	}
}
""", sha=hexs(40)[:12]), "Steamworks docs: SteamPipe app build script (app_build.vdf)")

D("bat", "env-reference", "tools/ContentBuilder/run_build_ci.bat", _t(r"""
@echo off
REM CI variant: credentials come from the Jenkins credentials binding.
setlocal
if "%STEAM_BUILD_USER%"=="" (echo STEAM_BUILD_USER not set & exit /b 2)
if "%STEAM_BUILD_PASSWORD%"=="" (echo STEAM_BUILD_PASSWORD not set & exit /b 2)

"%~dp0builder\steamcmd.exe" +login %STEAM_BUILD_USER% %STEAM_BUILD_PASSWORD% +run_app_build "%~dp0scripts\app_build_1938090.vdf" +quit
exit /b %errorlevel%
"""), "Steamworks docs: SteamPipe; Jenkins Credentials Binding plugin")

D("cfg", "placeholder", "server/csgo/cfg/server.cfg.example", _t(r"""
// Copy to server.cfg and fill in.
hostname "My Community Server"
// Get a token at https://steamcommunity.com/dev/managegameservers (app 730)
sv_setsteamaccount "<YOUR_GSLT_HERE>"
rcon_password "<set-a-strong-rcon-password>"
sv_lan 0
mp_maxrounds 24
""")
  , "Valve Developer Community: Steam Game Server Account")

D("markdown", "placeholder", "docs/backend/steam-webapi.md", _t(r"""
# Steam Web API calls we make

| Call | Endpoint | Key |
|------|----------|-----|
| Ticket auth | `ISteamUserAuth/AuthenticateUserTicket/v1` | publisher key |
| Ownership | `ISteamUser/CheckAppOwnership/v2` | publisher key |
| Microtxn | `ISteamMicroTxn/InitTxn/v3` | publisher key |

Example (replace the key, never paste the real one here):

    curl "https://partner.steam-api.com/ISteamUser/CheckAppOwnership/v2/?key=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&steamid=76561197960287930&appid=1938090"

The real key lives in Vault at `secret/liveops/steam/publisher_key`.
"""), "Steamworks Web API overview: partner.steam-api.com and publisher keys")

D("go", "env-reference", "services/auth/internal/steam/config.go", _t(r"""
package steam

import (
	"fmt"
	"os"
	"regexp"
)

// Steam Web API keys are 32 uppercase hex characters.
var keyShape = regexp.MustCompile(`^[0-9A-F]{32}$`)

// LoadKey reads the publisher key injected by the deployment (Vault agent -> env).
func LoadKey() (string, error) {
	key := os.Getenv("STEAM_WEBAPI_KEY")
	if !keyShape.MatchString(key) {
		return "", fmt.Errorf("STEAM_WEBAPI_KEY missing or malformed")
	}
	return key, nil
}
"""), "Go os.Getenv; Steamworks Web API key format")

D("unreal-ini", "public-id", "Config/DefaultEngine.ini", _t(r"""
[/Script/Engine.GameEngine]
+NetDriverDefinitions=(DefName="GameNetDriver",DriverClassName="OnlineSubsystemSteam.SteamNetDriver",DriverClassNameFallback="OnlineSubsystemUtils.IpNetDriver")

[OnlineSubsystem]
DefaultPlatformService=Steam

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=480
bInitServerOnClient=true

[/Script/OnlineSubsystemSteam.SteamNetDriver]
NetConnectionClassName="OnlineSubsystemSteam.SteamNetConnection"

[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=<<guid>>
ProjectName=Studio Arena
"""
, guid=hexup(32)), "Unreal Engine docs: Online Subsystem Steam (SteamDevAppId=480 is Spacewar, the public test app)")

D("json", "hash", "tools/ContentBuilder/output/manifest_1938091_summary.json", _t(r"""
{
  "depot": 1938091,
  "manifest": "<<m>>",
  "files": [
    {"path": "StudioArena.exe", "size": 8843264, "sha1": "<<h1>>"},
    {"path": "steam_api64.dll", "size": 298912, "sha1": "<<h2>>"},
    {"path": "StudioArena/Content/Paks/pakchunk0-Windows.pak", "size": 2147483, "sha1": "<<h3>>"},
    {"path": "StudioArena/Binaries/Win64/EOSSDK-Win64-Shipping.dll", "size": 12431360, "sha1": "<<h4>>"}
  ]
}
""", m=digits(19), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40)), "Steamworks docs: SteamPipe depot manifests (file SHA-1 digests)")

# === Epic Online Services =======================================================================

_cid, _sec = eos_client_id(), eos_secret()
S("unreal-ini", "eos-client-secret", "Config/LinuxServer/LinuxServerEngine.ini", _t(r"""
; Dedicated server builds only. Uses the TrustedServer client policy.
[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemEOS]
bEnabled=true

[/Script/OnlineSubsystemEOS.EOSSettings]
CacheDir=CacheDir
DefaultArtifactName=StudioArenaServer
TickBudgetInMilliseconds=0
bEnableOverlay=False
bEnableSocialOverlay=False
bShouldEnforceBeingLaunchedByEGS=False
+Artifacts=(ArtifactName="StudioArenaServer",ClientId="<<cid>>",ClientSecret="<<sec>>",ProductId="<<pid>>",SandboxId="<<sid>>",DeploymentId="<<did>>",EncryptionKey="")
bUseEAS=False
bUseEOSConnect=True
bMirrorStatsToEOS=False
bMirrorAchievementsToEOS=False
bUseEOSSessions=True
""", cid=_cid, sec=_sec, pid=hexs(32), sid=hexs(32), did=hexs(32)), _sec,
  "Unreal Engine docs: Online Subsystem EOS, EOSSettings +Artifacts")

_sec = eos_secret()
S("bat", "eos-client-secret", "Build/Publish/upload_egs.bat", _t(r"""
@echo off
REM Upload a build to the Epic Games Store with BuildPatchTool.
set BPT=C:\Tools\BuildPatchTool\Engine\Binaries\Win64\BuildPatchTool.exe
set VERSION=%1
if "%VERSION%"=="" set VERSION=1.0.%BUILD_NUMBER%

"%BPT%" -OrganizationId="o-4xk8pq2vz7hd3m" -ProductId="<<pid>>" -ArtifactId="<<aid>>" ^
  -ClientId="<<cid>>" -ClientSecret="<<sec>>" ^
  -mode=UploadBinary -BuildRoot="%~dp0..\..\Packaged\Windows" -CloudDir="%TEMP%\bpt_cloud" ^
  -BuildVersion="%VERSION%-Windows" -AppLaunch="StudioArena.exe" -AppArgs=""
exit /b %errorlevel%
""", pid=hexs(32), aid=hexs(32), cid=eos_client_id(), sec=_sec), _sec,
  "Epic Games Store docs: BuildPatchTool UploadBinary (-ClientId, -ClientSecret)")

_cid, _sec = eos_client_id(), eos_secret()
S("python", "eos-client-secret", "services/platform-auth/eos_tokens.py", _t(r"""
import time

import requests

EOS_TOKEN_URL = "https://api.epicgames.dev/auth/v1/oauth/token"
EOS_CLIENT_ID = "<<cid>>"
EOS_CLIENT_SECRET = "<<sec>>"
DEPLOYMENT_ID = "<<did>>"

_cache = {"token": None, "expires": 0.0}


def server_token() -> str:
    # client_credentials grant for the backend (policy: BackendServices)
    if _cache["token"] and _cache["expires"] > time.time() + 60:
        return _cache["token"]
    resp = requests.post(
        EOS_TOKEN_URL,
        auth=(EOS_CLIENT_ID, EOS_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "deployment_id": DEPLOYMENT_ID},
        timeout=10,
    )
    resp.raise_for_status()
    body = resp.json()
    _cache.update(token=body["access_token"], expires=time.time() + body["expires_in"])
    return body["access_token"]
""", cid=_cid, sec=_sec, did=hexs(32)), _sec, "Epic Online Services Web API docs: Auth Interface, client_credentials token")

_sec = eos_secret()
S("cpp", "eos-client-secret", "Source/ArenaServer/Private/EOSServerCredentials.h", _t(r"""
// Copyright Studio. All Rights Reserved.
#pragma once

// Credentials for the dedicated server's EOS platform instance.
// Only compiled into WITH_SERVER_CODE targets.
#if WITH_SERVER_CODE

#define EOS_SERVER_PRODUCT_ID     "<<pid>>"
#define EOS_SERVER_SANDBOX_ID     "<<sid>>"
#define EOS_SERVER_DEPLOYMENT_ID  "<<did>>"
#define EOS_SERVER_CLIENT_ID      "<<cid>>"
#define EOS_SERVER_CLIENT_SECRET  "<<sec>>"

#endif // WITH_SERVER_CODE
""", pid=hexs(32), sid=hexs(32), did=hexs(32), cid=eos_client_id(), sec=_sec), _sec,
  "EOS SDK docs: EOS_Platform_Options ClientCredentials (ClientId, ClientSecret)")

_sec = eos_secret()
S("helm", "eos-client-secret", "deploy/helm/session-service/values-prod.yaml", _t(r"""
replicaCount: 3
image:
  repository: registry.studio.example/backend/session-service
  tag: "2024.06.2"
resources:
  requests: { cpu: 250m, memory: 256Mi }
  limits: { cpu: "1", memory: 512Mi }
env:
  EOS_PRODUCT_ID: "<<pid>>"
  EOS_DEPLOYMENT_ID: "<<did>>"
  EOS_CLIENT_ID: "<<cid>>"
  EOS_CLIENT_SECRET: "<<sec>>"
  SESSION_TTL_SECONDS: "7200"
ingress:
  enabled: true
  className: nginx
  hosts:
    - host: sessions.studio.example
      paths: [{ path: /, pathType: Prefix }]
""", pid=hexs(32), did=hexs(32), cid=eos_client_id(), sec=_sec), _sec, "Helm docs: values files; EOS client credentials")

D("json", "public-id", "EasyAntiCheat/Settings.json", _t(r"""
{
  "productid": "<<pid>>",
  "sandboxid": "<<sid>>",
  "clientid": "<<cid>>",
  "deploymentid": "<<did>>",
  "title": "Studio Arena",
  "executable": "Binaries/Win64/StudioArena-Win64-Shipping.exe",
  "logo": "EasyAntiCheat/SplashScreen.png",
  "parameters": "-eac",
  "use_cmd_parameters": "1",
  "requested_splash": "EasyAntiCheat/SplashScreen.png",
  "wait_for_game_process_exit": "false"
}
""", pid=hexs(32), sid=hexs(32), cid=eos_client_id(), did=hexs(32)),
  "EOS Anti-Cheat docs: Settings.json shipped with the launcher (public product identifiers)")

D("cpp", "public-id", "Source/StudioArena/Private/Platform/EOSClientConfig.cpp", _t(r"""
// Client-side EOS identifiers. These ship in every build and are public; the client
// uses the GameClient policy and authenticates players through EOS Connect.
#include "Platform/EOSClientConfig.h"

const FEOSClientConfig GEOSClientConfig = {
	/* ProductId    */ TEXT("<<pid>>"),
	/* SandboxId    */ TEXT("<<sid>>"),
	/* DeploymentId */ TEXT("<<did>>"),
	/* ClientId     */ TEXT("<<cid>>"),
};

bool FEOSClientConfig::IsValid() const
{
	return !ProductId.IsEmpty() && !DeploymentId.IsEmpty() && !ClientId.IsEmpty();
}
""", pid=hexs(32), sid=hexs(32), did=hexs(32), cid=eos_client_id()),
  "EOS SDK docs: Platform Interface, product/sandbox/deployment identifiers")

# === Nakama =====================================================================================

_key = rand_pw(32)
S("yaml", "nakama-encryption-key", "nakama/config/prod.yml", _t(r"""
name: nakama-prod-1
data_dir: "./data/"
logger:
  stdout: true
  level: "info"
  format: "json"
session:
  encryption_key: "<<key>>"
  token_expiry_sec: 7200
  refresh_token_expiry_sec: 3600000
socket:
  max_message_size_bytes: 4096
  read_timeout_ms: 10000
  write_timeout_ms: 10000
  idle_timeout_ms: 60000
matchmaker:
  max_tickets: 3
  interval_sec: 5
  max_intervals: 4
runtime:
  js_entrypoint: "build/index.js"
""", key=_key), _key, "Heroic Labs Nakama docs: Configuration, session.encryption_key")

_pw = words_pw()
S("yaml", "nakama-console-password", "nakama/config/staging.yml", _t(r"""
name: nakama-staging
logger:
  level: "debug"
console:
  port: 7351
  username: "liveops"
  password: "<<pw>>"
  max_message_size_bytes: 409600
metrics:
  prometheus_port: 9100
leaderboard:
  callback_queue_size: 65536
  callback_queue_workers: 8
""", pw=_pw), _pw, "Heroic Labs Nakama docs: Configuration, console.username / console.password")

_pw = rand_pw(20)
S("docker-compose", "postgres", "nakama/docker-compose.prod.yml", _t(r"""
version: "3.8"
services:
  postgres:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: nakama
      POSTGRES_PASSWORD: <<pw>>
    volumes:
      - pgdata:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD", "pg_isready", "-U", "postgres", "-d", "nakama"]
      interval: 5s
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:3.21.1
    depends_on:
      postgres:
        condition: service_healthy
    entrypoint:
      - "/bin/sh"
      - "-ecx"
      - >
        /nakama/nakama migrate up --database.address postgres:<<pw>>@postgres:5432/nakama &&
        exec /nakama/nakama --config /nakama/data/prod.yml --database.address postgres:<<pw>>@postgres:5432/nakama
    volumes:
      - ./data:/nakama/data
    ports:
      - "7349:7349"
      - "7350:7350"
volumes:
  pgdata:
""", pw=_pw), _pw, "Heroic Labs Nakama docs: Install with Docker Compose (--database.address)")

_key = rand_pw(24)
S("shell", "nakama-http-key", "ops/scripts/grant_event_reward.sh", _t(r"""
#!/bin/sh
# Calls the server-to-server RPC that grants the weekend event reward to a user.
# usage: grant_event_reward.sh <user_id> <reward_id>
set -eu
USER_ID="$1"
REWARD="$2"
NAKAMA="https://nakama.studio.example"

curl -fsS "${NAKAMA}/v2/rpc/grant_reward?http_key=<<key>>&unwrap" \
  -H 'Content-Type: application/json' \
  -d "{\"user_id\": \"${USER_ID}\", \"reward\": \"${REWARD}\"}"
""", key=_key), _key, "Heroic Labs Nakama docs: Server to server RPC with runtime.http_key")

_pw = hexs(32)
S("yaml", "apple-shared-secret", "nakama/config/iap.yml", _t(r"""
# Merged into prod.yml by the deploy job.
iap:
  apple:
    shared_password: "<<pw>>"
    notifications_endpoint_id: "apple-s2s-v2"
  google:
    client_email: "nakama-iap@studio-arena-prod.iam.gserviceaccount.com"
    private_key: "/nakama/data/secrets/google-iap.pem"
    package_name: "com.studio.arena"
runtime:
  env:
    - "store_region=eu"
    - "iap_sandbox_allowed=false"
""", pw=_pw), _pw, "Heroic Labs Nakama docs: In-app purchase validation, iap.apple.shared_password")

_hook = discord_webhook()
S("lua", "discord-webhook", "nakama/modules/reports.lua", _t(r"""
local nk = require("nakama")

-- Player reports are forwarded to the moderation channel.
local WEBHOOK = "<<hook>>"

local function report_player(context, payload)
  local req = nk.json_decode(payload)
  local body = nk.json_encode({
    username = "Report bot",
    content = string.format("Report from %s against %s: %s", context.user_id, req.target_id, req.reason),
  })
  local ok, err = pcall(nk.http_request, WEBHOOK, "POST", { ["Content-Type"] = "application/json" }, body)
  if not ok then
    nk.logger_error("report webhook failed: " .. tostring(err))
  end
  return nk.json_encode({ ok = true })
end

nk.register_rpc(report_player, "report_player")
""", hook=_hook), _hook, "Nakama Lua runtime: nk.http_request; Discord webhooks (Execute Webhook)")

D("csharp", "public-default", "Assets/Scripts/Net/NakamaConnection.cs", _t(r"""
using System.Threading.Tasks;
using Nakama;
using UnityEngine;

public class NakamaConnection : MonoBehaviour
{
    // The server key is embedded in every client build; "defaultkey" is Nakama's default
    // for local development (docker compose up).
    [SerializeField] string scheme = "http";
    [SerializeField] string host = "127.0.0.1";
    [SerializeField] int port = 7350;
    [SerializeField] string serverKey = "defaultkey";

    public IClient Client { get; private set; }
    public ISession Session { get; private set; }

    public async Task Connect()
    {
        Client = new Client(scheme, host, port, serverKey, UnityWebRequestAdapter.Instance);
        Session = await Client.AuthenticateDeviceAsync(SystemInfo.deviceUniqueIdentifier);
    }
}
"""), "Heroic Labs Nakama Unity client guide: new Client(\"http\", \"127.0.0.1\", 7350, \"defaultkey\")")

D("docker-compose", "env-reference", "nakama/docker-compose.yml", _t(r"""
services:
  nakama:
    image: registry.heroiclabs.com/heroiclabs/nakama:3.21.1
    env_file: .env
    command: >
      --name nakama1
      --database.address "${DB_USER}:${DB_PASSWORD}@cockroachdb:26257/nakama"
      --session.encryption_key "${NAKAMA_SESSION_KEY:?set NAKAMA_SESSION_KEY}"
      --session.refresh_encryption_key "${NAKAMA_REFRESH_KEY:?set NAKAMA_REFRESH_KEY}"
      --console.password "${NAKAMA_CONSOLE_PASSWORD:?}"
    ports:
      - "7350:7350"
      - "7351:7351"
  cockroachdb:
    image: cockroachdb/cockroach:latest-v23.1
    command: start-single-node --insecure --store=attrs=ssd,path=/var/lib/cockroach/
"""), "Docker Compose docs: interpolation ${VAR:?error}; Nakama command-line flags")

D("helm", "template", "deploy/helm/nakama/templates/configmap.yaml", _t(r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "nakama.fullname" . }}-config
data:
  config.yml: |
    name: {{ .Values.nakama.name | quote }}
    console:
      username: {{ .Values.console.username | quote }}
      password: {{ required "console.password is required" .Values.console.password | quote }}
    session:
      encryption_key: {{ .Values.session.encryptionKey | quote }}
      token_expiry_sec: {{ .Values.session.tokenExpirySec }}
    socket:
      server_key: {{ .Values.socket.serverKey | quote }}
"""), "Helm docs: chart templates, the required function")

# === Photon / Mirror / Edgegap ==================================================================

_sec = rand_pw(28)
S("csharp", "shared-secret", "Backend/PhotonAuth/Controllers/CustomAuthController.cs", _t(r"""
using Microsoft.AspNetCore.Mvc;

namespace Studio.PhotonAuth.Controllers
{
    // Photon Custom Authentication provider. Photon calls GET /auth?user=...&token=...&secret=...
    [ApiController]
    [Route("auth")]
    public class CustomAuthController : ControllerBase
    {
        private const string PhotonSharedSecret = "<<sec>>";
        private readonly ISessionStore _sessions;

        public CustomAuthController(ISessionStore sessions) => _sessions = sessions;

        [HttpGet]
        public IActionResult Get(string user, string token, string secret)
        {
            if (secret != PhotonSharedSecret)
                return Ok(new { ResultCode = 3, Message = "bad secret" });
            var userId = _sessions.Validate(token);
            if (userId == null || userId != user)
                return Ok(new { ResultCode = 2, Message = "invalid session" });
            return Ok(new { ResultCode = 1, UserId = userId });
        }
    }
}
""", sec=_sec), _sec, "Photon docs: Custom Authentication (ResultCode 1/2/3, query parameters)")

D("unity-asset", "public-id", "Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 9f3ac2f0b8a0c4f4d9d1f5ab83b1e2aa, type: 3}
  m_Name: PhotonServerSettings
  AppSettings:
    AppIdRealtime: <<app>>
    AppIdFusion: 
    AppIdChat: <<chat>>
    AppIdVoice: 
    AppVersion: 1.4
    UseNameServer: 1
    FixedRegion: eu
    BestRegionSummaryFromStorage: 
    Server: 
    Port: 0
    Protocol: 0
    EnableLobbyStatistics: 0
    NetworkLogging: 1
  DevRegion: eu
  PunLogging: 0
  EnableSupportLogger: 0
  RunInBackground: 1
""", app=uuid_s(), chat=uuid_s()), "Photon PUN docs: PhotonServerSettings, AppId is embedded in clients")

_pw = passphrase()
S("unity-scene", "server-password", "Assets/Scenes/DedicatedLobby.unity", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!1 &1184427103
GameObject:
  m_ObjectHideFlags: 0
  serializedVersion: 6
  m_Component:
  - component: {fileID: 1184427105}
  - component: {fileID: 1184427104}
  - component: {fileID: 1184427106}
  m_Layer: 0
  m_Name: NetworkManager
  m_IsActive: 1
--- !u!114 &1184427106
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_GameObject: {fileID: 1184427103}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 28496b776660156428f00cf78289c047, type: 3}
  m_Name: 
  m_EditorClassIdentifier: 
  serverUsername: playtest
  serverPassword: <<pw>>
--- !u!114 &1184427104
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_GameObject: {fileID: 1184427103}
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 8aab4c8111b7c411b9b92cf3dbc5bd4e, type: 3}
  dontDestroyOnLoad: 1
  runInBackground: 1
  headlessStartMode: 1
  sendRate: 60
  networkAddress: lobby.playtest.studio.example
  maxConnections: 64
  authenticator: {fileID: 1184427106}
""", pw=_pw), _pw, "Mirror docs: BasicAuthenticator (serverUsername, serverPassword) serialized in a Unity scene")

_tok = uuid_s()
S("shell", "edgegap-token", "ops/edgegap/deploy_playtest.sh", _t(r"""
#!/usr/bin/env bash
# Start a playtest deployment on Edgegap near the given IPs.
set -euo pipefail
APP="studio-arena"
VERSION="${1:?version}"
shift

IPS=$(printf '"%s",' "$@" | sed 's/,$//')
curl -sS -X POST "https://api.edgegap.com/v1/deploy" \
  -H "authorization: token <<tok>>" \
  -H "Content-Type: application/json" \
  -d "{\"app_name\": \"${APP}\", \"version_name\": \"${VERSION}\", \"ip_list\": [${IPS}]}" | jq -r '.request_id'
""", tok=_tok), _tok, "Edgegap API docs: POST /v1/deploy with the authorization: token header")

# === Agones / Open Match / fleets ===============================================================

_key = hexs(48)
S("yaml", "api-key", "deploy/agones/fleet-arena-eu.yaml", _t(r"""
apiVersion: agones.dev/v1
kind: Fleet
metadata:
  name: arena-eu
  namespace: gameservers
spec:
  replicas: 20
  scheduling: Packed
  strategy:
    type: RollingUpdate
  template:
    metadata:
      labels:
        mode: ranked
    spec:
      ports:
        - name: game
          portPolicy: Dynamic
          containerPort: 7777
          protocol: UDP
      health:
        initialDelaySeconds: 30
        periodSeconds: 10
      template:
        spec:
          containers:
            - name: arena-server
              image: registry.studio.example/arena/server:2024.06.2
              env:
                - name: BACKEND_URL
                  value: https://backend.studio.example
                - name: BACKEND_SERVER_API_KEY
                  value: "<<key>>"
                - name: REGION
                  value: eu-west
              resources:
                requests: { cpu: "1", memory: 1Gi }
                limits: { cpu: "2", memory: 2Gi }
""", key=_key), _key, "Agones docs: Fleet specification (template.spec.template.spec.containers)")

_k = pem("RSA", 20)
S("kubeconfig", "private-key", "deploy/agones/allocator-client.kubeconfig", _t(r"""
apiVersion: v1
kind: Config
clusters:
  - name: gke-arena-eu
    cluster:
      server: https://34.90.112.41
      certificate-authority-data: <<ca>>
contexts:
  - name: allocator@gke-arena-eu
    context:
      cluster: gke-arena-eu
      user: allocator
      namespace: gameservers
current-context: allocator@gke-arena-eu
users:
  - name: allocator
    user:
      client-certificate-data: <<crt>>
      client-key-data: <<key>>
""", ca=b64(cert_pem()), crt=b64(cert_pem()), key=b64(_k + "\n")), _k,
  "Kubernetes docs: kubeconfig users client-certificate-data / client-key-data (base64 PEM)")

_k = pem("RSA", 20)
S("k8s-secret", "private-key", "deploy/agones/allocator-tls-secret.yaml", _t(r"""
# Client certificate for matchmaker -> agones-allocator (mTLS).
apiVersion: v1
kind: Secret
metadata:
  name: allocator-client-tls
  namespace: open-match
type: kubernetes.io/tls
data:
  tls.crt: <<crt>>
  tls.key: <<key>>
  ca.crt: <<ca>>
""", crt=b64(cert_pem()), key=b64(_k + "\n"), ca=b64(cert_pem())), _k,
  "Agones docs: Allocator Service, client certificates (kubernetes.io/tls Secret)")

_pw = fakes.redis_password(_seed())
S("helm", "redis", "deploy/helm/open-match/values-prod.yaml", _t(r"""
# Overrides for the open-match chart (core + director + mmf).
open-match-core:
  enabled: true
  redis:
    enabled: true
    auth:
      enabled: true
      password: "<<pw>>"
    master:
      persistence:
        size: 8Gi
  swaggerui:
    enabled: false
open-match-customize:
  enabled: true
  evaluator:
    enabled: true
global:
  kubernetes:
    resources:
      requests: { cpu: 100m, memory: 128Mi }
  telemetry:
    prometheus:
      enabled: true
""", pw=_pw), _pw, "Open Match Helm chart values (redis.auth.password, Bitnami Redis subchart)")

_pw = rand_pw(18)
S("yaml", "postgres", "services/matchmaker/config/director.yaml", _t(r"""
director:
  profiles:
    - name: ranked-eu
      pools: [ranked, eu]
      team_size: 5
    - name: casual-eu
      pools: [casual, eu]
      team_size: 5
  fetch_interval: 2s
allocator:
  endpoint: agones-allocator.gameservers.svc:443
  namespace: gameservers
  tls_cert: /etc/allocator/tls.crt
  tls_key: /etc/allocator/tls.key
storage:
  match_history_dsn: "postgres://matchmaker:<<pw>>@pg-matchmaking.internal:5432/match_history?sslmode=require"
  retention_days: 30
""", pw=_pw), _pw, "Open Match docs: director; PostgreSQL connection URI (libpq)")

D("yaml", "secret-ref", "deploy/agones/fleet-arena-na.yaml", _t(r"""
apiVersion: agones.dev/v1
kind: Fleet
metadata:
  name: arena-na
  namespace: gameservers
spec:
  replicas: 16
  scheduling: Packed
  template:
    spec:
      ports:
        - name: game
          portPolicy: Dynamic
          containerPort: 7777
      template:
        spec:
          containers:
            - name: arena-server
              image: registry.studio.example/arena/server:2024.06.2
              env:
                - name: BACKEND_SERVER_API_KEY
                  valueFrom:
                    secretKeyRef:
                      name: backend-server-key
                      key: api-key
                - name: REGION
                  value: us-east
"""), "Kubernetes docs: env valueFrom.secretKeyRef; Agones Fleet")

D("helm", "secret-ref", "deploy/helm/open-match/values-staging.yaml", _t(r"""
open-match-core:
  enabled: true
  redis:
    enabled: true
    auth:
      enabled: true
      existingSecret: open-match-redis
      existingSecretPasswordKey: redis-password
open-match-customize:
  enabled: true
  evaluator:
    enabled: true
global:
  telemetry:
    prometheus:
      enabled: true
"""), "Bitnami Redis chart: auth.existingSecret / existingSecretPasswordKey")

D("pem", "certificate", "deploy/agones/certs/allocator-ca.crt", cert_pem() + "\n",
  "Agones docs: Allocator Service, the CA certificate clients trust (public)")

D("k8s", "placeholder", "deploy/k8s/backend/backend-server-key.example.yaml", _t(r"""
# Template only. Create the real secret with:
#   kubectl -n gameservers create secret generic backend-server-key --from-literal=api-key=...
apiVersion: v1
kind: Secret
metadata:
  name: backend-server-key
  namespace: gameservers
type: Opaque
stringData:
  api-key: REPLACE_ME
"""), "Kubernetes docs: Secret stringData; kubectl create secret generic")

D("yaml", "ciphertext", "deploy/k8s/backend/backend-server-key.sealed.yaml", _t(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: backend-server-key
  namespace: gameservers
spec:
  encryptedData:
    api-key: AgB<<c1>>
  template:
    metadata:
      name: backend-server-key
      namespace: gameservers
    type: Opaque
""", c1=draw(340, ALNUM + "+/") + "=="), "Bitnami sealed-secrets README: SealedSecret encryptedData")

# === GameLift / AWS =============================================================================

_kid, _sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("shell", "aws-secret", "gamelift/scripts/upload_build.sh", _t(r"""
#!/usr/bin/env bash
# Upload a Linux server build to GameLift and print the build id.
set -euo pipefail

export AWS_ACCESS_KEY_ID=<<kid>>
export AWS_SECRET_ACCESS_KEY=<<sec>>
export AWS_DEFAULT_REGION=eu-west-1

VERSION="${1:?usage: upload_build.sh <version>}"
aws gamelift upload-build \
  --name "arena-server" \
  --build-version "$VERSION" \
  --build-root ./Packaged/LinuxServer \
  --operating-system AMAZON_LINUX_2023 \
  --server-sdk-version 5.1.2
""", kid=_kid, sec=_sec), _sec, "AWS CLI reference: gamelift upload-build; AWS CLI environment variables")

_kid, _sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("python", "aws-secret", "tools/fleet/scale_fleets.py", _t(r"""
#!/usr/bin/env python3
# Pre-warm GameLift fleets before a season launch.
import argparse

import boto3

session = boto3.Session(
    aws_access_key_id="<<kid>>",
    aws_secret_access_key="<<sec>>",
    region_name="eu-west-1",
)
gamelift = session.client("gamelift")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fleet", required=True)
    parser.add_argument("--desired", type=int, required=True)
    args = parser.parse_args()
    gamelift.update_fleet_capacity(FleetId=args.fleet, DesiredInstances=args.desired,
                                   MinSize=max(1, args.desired // 2), MaxSize=args.desired * 3)
    print(f"{args.fleet}: desired={args.desired}")


if __name__ == "__main__":
    main()
""", kid=_kid, sec=_sec), _sec, "boto3 docs: Session credentials; GameLift update_fleet_capacity")

_kid, _sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("hcl", "aws-secret", "infra/terraform/gamelift/providers.tf", _t(r"""
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "<<kid>>"
  secret_key = "<<sec>>"

  default_tags {
    tags = {
      project = "arena"
      team    = "online-services"
    }
  }
}
""", kid=_kid, sec=_sec), _sec, "Terraform AWS provider docs: static credentials (access_key, secret_key)")

_kid, _sec = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
S("ini", "aws-secret", "infra/gamelift/.aws/credentials", _t(r"""
[default]
region = eu-west-1

[gamelift-deploy]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<sec>>
region = eu-west-1

[symbols-upload]
role_arn = arn:aws:iam::481926730155:role/symbols-uploader
source_profile = gamelift-deploy
""", kid=_kid, sec=_sec), _sec, "AWS CLI docs: the shared credentials file")

_pw = season_pw()
S("hcl", "postgres", "infra/terraform/gamelift/prod.tfvars", _t(r"""
environment          = "prod"
fleet_instance_type  = "c6i.xlarge"
fleet_locations      = ["eu-west-1", "us-east-1", "ap-northeast-1"]
min_fleet_size       = 4
max_fleet_size       = 120
leaderboard_db_user     = "leaderboard"
leaderboard_db_password = "<<pw>>"
leaderboard_db_instance = "db.r6g.large"
enable_flexmatch     = true
""", pw=_pw), _pw, "Terraform docs: .tfvars variable definitions files")

_pw = rand_pw(22, "!#%")
S("hcl", "winrm-password", "infra/packer/gameserver-windows.pkr.hcl", _t(r"""
source "amazon-ebs" "gameserver" {
  region         = "eu-west-1"
  instance_type  = "c6i.2xlarge"
  ami_name       = "arena-gameserver-win2022-{{timestamp}}"
  source_ami_filter {
    filters = {
      name = "Windows_Server-2022-English-Full-Base-*"
    }
    owners      = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "<<pw>>"
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data_file = "./scripts/bootstrap_winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.gameserver"]
  provisioner "powershell" {
    scripts = ["./scripts/install_vcredist.ps1", "./scripts/install_gamelift_agent.ps1"]
  }
}
""", pw=_pw), _pw, "Packer docs: WinRM communicator (winrm_username, winrm_password)")

D("hcl", "variable", "infra/terraform/gamelift/database.tf", _t(r"""
variable "leaderboard_db_password" {
  type      = string
  sensitive = true
}

resource "random_password" "replica" {
  length  = 32
  special = false
}

resource "aws_db_instance" "leaderboard" {
  identifier          = "arena-leaderboard-${var.environment}"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = var.leaderboard_db_instance
  username            = var.leaderboard_db_user
  password            = var.leaderboard_db_password
  skip_final_snapshot = false
}
"""), "Terraform docs: sensitive input variables; random_password resource")

D("hcl", "secret-ref", "infra/terraform/gamelift/secrets.tf", _t(r"""
data "aws_secretsmanager_secret_version" "steam_publisher_key" {
  secret_id = "arena/prod/steam-publisher-key"
}

data "aws_secretsmanager_secret_version" "playfab" {
  secret_id = "arena/prod/playfab"
}

locals {
  playfab = jsondecode(data.aws_secretsmanager_secret_version.playfab.secret_string)
}

resource "aws_gamelift_fleet" "arena" {
  name              = "arena-${var.environment}"
  build_id          = var.build_id
  ec2_instance_type = var.fleet_instance_type
  runtime_configuration {
    server_process {
      concurrent_executions = 4
      launch_path           = "/local/game/ArenaServer.sh"
      parameters            = "-port=7777 -log"
    }
  }
}
"""), "Terraform AWS provider: aws_secretsmanager_secret_version data source")

D("ini", "sso-profile", "infra/gamelift/aws-config.ini", _t(r"""
[profile arena-prod]
sso_session = studio
sso_account_id = 481926730155
sso_role_name = GameLiftOperator
region = eu-west-1
output = json

[sso-session studio]
sso_start_url = https://studio.awsapps.com/start
sso_region = eu-west-1
sso_registration_scopes = sso:account:access
"""), "AWS CLI docs: IAM Identity Center (SSO) profiles in the config file")

D("kubeconfig", "exec-auth", "deploy/agones/eks-arena-us.kubeconfig", _t(r"""
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: <<ca>>
    server: https://4F1C2B8E9D0A7B6C5D4E3F2A1B0C9D8E.gr7.us-east-1.eks.amazonaws.com
  name: arena-us
contexts:
- context:
    cluster: arena-us
    user: arena-us-operator
  name: arena-us
current-context: arena-us
users:
- name: arena-us-operator
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "arena-us", "--region", "us-east-1"]
"""
, ca=b64(cert_pem())), "Amazon EKS docs: kubeconfig with the aws eks get-token exec plugin")

# === Console platforms ==========================================================================

_pw = words_pw()
S("xml", "certificate-password", "Backend/XboxServices/App.config", _t(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="XblSandbox" value="RETAIL" />
    <add key="XblTitleId" value="6F2A91C4" />
    <add key="XblRelyingParty" value="https://arena.studio.example/" />
    <add key="BusinessPartnerCertPath" value="C:\Certs\xbl-bp-arena.pfx" />
    <add key="BusinessPartnerCertPassword" value="<<pw>>" />
    <add key="ServiceConfigId" value="<<scid>>" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", pw=_pw, scid=uuid_s()), _pw, ".NET Framework docs: appSettings; Xbox services business partner certificate (PFX)")

_sec = rand_pw(24)
S("json", "client-secret", "services/platform-auth/config/psn.json", _t(r"""
{
  "environment": "np",
  "authServer": "https://auth.api.sonyentertainmentnetwork.com",
  "clientId": "<<cid>>",
  "clientSecret": "<<sec>>",
  "scopes": ["psn:s2s", "openid"],
  "titleIds": {
    "PS5": "PPSA01234_00",
    "PS4": "CUSA12345_00"
  },
  "entitlementCheck": true,
  "timeoutMs": 8000
}
""", cid=uuid_s(), sec=_sec), _sec, "OAuth 2.0 client credentials (RFC 6749 section 4.4) for a platform server-to-server API")

_sec = azure_client_secret()
S("powershell", "azure-client-secret", "tools/store/Submit-MsStorePackage.ps1", _t(r"""
# Submits a new package flight to Microsoft Store through the StoreBroker module.
param(
    [Parameter(Mandatory)] [string] $PackagePath,
    [string] $FlightName = "Insiders"
)

Import-Module StoreBroker
$tenantId = "<<tenant>>"
$clientId = "<<client>>"
$secret   = ConvertTo-SecureString "<<sec>>" -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential ($clientId, $secret)

Set-StoreBrokerAuthentication -TenantId $tenantId -Credential $cred
$appId = "9NBLGGH4R315"
Update-ApplicationFlightSubmission -AppId $appId -FlightName $FlightName `
    -SubmissionDataPath ".\submission.json" -PackagePath $PackagePath -AddPackages -AutoCommit -Force
""", tenant=uuid_s(), client=uuid_s(), sec=_sec), _sec,
  "Microsoft StoreBroker docs: Set-StoreBrokerAuthentication with an Azure AD app client secret")

D("xml", "public-id", "Gaming.Desktop.x64/MicrosoftGame.config", _t(r"""
<?xml version="1.0" encoding="utf-8"?>
<Game configVersion="1">
  <Identity Name="Studio.Arena" Publisher="CN=4F2B6D1A-0C3E-4B7A-9D8E-1F2A3B4C5D6E" Version="1.4.0.0"/>
  <MSAAppId><<msa>></MSAAppId>
  <TitleId>6F2A91C4</TitleId>
  <StoreId>9NBLGGH4R315</StoreId>
  <ExecutableList>
    <Executable Name="StudioArena.exe" TargetDeviceFamily="PC" Id="Game"/>
  </ExecutableList>
  <ShellVisuals DefaultDisplayName="Studio Arena" PublisherDisplayName="Studio"
                StoreLogo="StoreLogo.png" Square150x150Logo="Logo.png" Square44x44Logo="SmallLogo.png"
                Description="Arena shooter" BackgroundColor="#000040" SplashScreenImage="SplashScreen.png"/>
  <DesktopRegistration>
    <DependencyList><KnownDependency Name="VC14"/></DependencyList>
  </DesktopRegistration>
</Game>
""", msa="0000000040" + hexup(6)), "Microsoft GDK docs: MicrosoftGame.config (TitleId, MSAAppId, StoreId are public identifiers)")

D("unity-asset", "public-id", "Assets/Resources/OculusPlatformSettings.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 2b4f0a1e9c8d7b6a5f4e3d2c1b0a9f8e, type: 3}
  m_Name: OculusPlatformSettings
  ovrAppID: 
  gearVrAppID: 
  quest2AppID: <<app>>
  useStandalonePlatform: 0
  useMobileStandalonePlatform: 0
""", app=digits(16)), "Meta Quest Platform SDK docs: OculusPlatformSettings App ID (public)")

# === Anti-cheat and server admin ================================================================

_pw = rand_pw(14)
S("cfg", "rcon-password", "server/dayz/battleye/BEServer_x64.cfg", _t(r"""
RConPassword <<pw>>
RConPort 2306
RestrictRCon 0
MaxPing 300
""", pw=_pw) + "\n", _pw, "BattlEye server docs: BEServer_x64.cfg (RConPassword, RConPort)")

_pw = words_pw()
S("ini", "admin-password", "server/ark/ShooterGame/Saved/Config/LinuxServer/GameUserSettings.ini", _t(r"""
[ServerSettings]
SessionName=Studio Community PvE
ServerPassword=
ServerAdminPassword=<<pw>>
MaxPlayers=40
DifficultyOffset=1.0
AllowThirdPersonPlayer=True
ShowMapPlayerLocation=True
ServerPVE=True
RCONEnabled=True
RCONPort=27020

[SessionSettings]
SessionName=Studio Community PvE

[/Script/Engine.GameSession]
MaxPlayers=40
""", pw=_pw), _pw, "ARK: Survival Evolved server configuration wiki (GameUserSettings.ini ServerAdminPassword)")

_pw = passphrase()
S("shell", "server-password", "server/valheim/start_server.sh", _t(r"""
#!/bin/bash
# Community playtest server for the modding team.
export templdpath=$LD_LIBRARY_PATH
export LD_LIBRARY_PATH=./linux64:$LD_LIBRARY_PATH
export SteamAppId=892970

echo "Starting server PRESS CTRL-C to exit"
./valheim_server.x86_64 -name "Studio Mod Playtest" -port 2456 -world "ModTest" -password "<<pw>>" -public 0 -savedir /srv/valheim/saves
export LD_LIBRARY_PATH=$templdpath
""", pw=_pw), _pw, "Valheim Dedicated Server manual: start_server.sh (-password)")

_pw = rand_pw(16)
S("cfg", "rcon-password", "server/rust/server/studio_rust/cfg/server.cfg", _t(r"""
server.hostname "Studio Staff Wipe Test"
server.description "Internal test server - not public"
server.maxplayers 50
server.worldsize 3500
server.seed 1337420
server.saveinterval 600
rcon.password "<<pw>>"
rcon.port 28016
rcon.web 1
server.secure true
decay.scale 0.5
""", pw=_pw), _pw, "Rust dedicated server docs: server.cfg (rcon.password, rcon.web)")

_k = pem("RSA", 20)
S("pem", "private-key", "tools/AntiCheat/Certificates/base_private.key", _k + "\n", _k,
  "Easy Anti-Cheat integration docs: integrity tool certificate pair (base_private.key)")

D("cfg", "placeholder", "server/dayz/battleye/BEServer_x64.cfg.template", _t(r"""
# Rendered by ansible (roles/dayz/templates). Do not put the real password here.
RConPassword CHANGE_ME
RConPort 2306
RestrictRCon 1
MaxPing 250
"""), "BattlEye server docs: BEServer_x64.cfg")

D("ini", "template", "server/ark/templates/GameUserSettings.ini.tmpl", _t(r"""
[ServerSettings]
SessionName={{ session_name }}
ServerPassword={{ server_password | default('') }}
ServerAdminPassword={{ vault_ark_admin_password }}
MaxPlayers={{ max_players }}
ServerPVE=True
RCONEnabled=True
RCONPort={{ rcon_port }}

[SessionSettings]
SessionName={{ session_name }}
"""), "Ansible docs: template module (Jinja2) with vault-backed variables")

D("pem", "certificate", "tools/AntiCheat/Certificates/base_public.cer", cert_pem() + "\n",
  "Easy Anti-Cheat integration docs: integrity tool public certificate")

# === Telemetry and crash reporting ==============================================================

_tok = sentry_org_token("studio-games")
S("ini", "sentry-token", ".sentryclirc", _t(r"""
[defaults]
url = https://sentry.io/
org = studio-games
project = arena-client

[auth]
token = <<tok>>

[log]
level = warning
""", tok=_tok), _tok, "Sentry CLI docs: configuration file .sentryclirc ([auth] token)")

_tok = sentry_org_token("studio-games")
S("unity-asset", "sentry-token", "Assets/Plugins/Sentry/SentryCliOptions.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_CorrespondingSourceObject: {fileID: 0}
  m_PrefabInstance: {fileID: 0}
  m_PrefabAsset: {fileID: 0}
  m_GameObject: {fileID: 0}
  m_Enabled: 1
  m_EditorHideFlags: 0
  m_Script: {fileID: 11500000, guid: 5f0e2d0c4f1a3b9e8d7c6b5a4f3e2d1c, type: 3}
  m_Name: SentryCliOptions
  m_EditorClassIdentifier: 
  <UploadSymbols>k__BackingField: 1
  <UploadDevelopmentSymbols>k__BackingField: 0
  <UploadSources>k__BackingField: 0
  <UrlOverride>k__BackingField: 
  <Auth>k__BackingField: <<tok>>
  <Organization>k__BackingField: studio-games
  <Project>k__BackingField: arena-client
  <IgnoreCliErrors>k__BackingField: 0
""", tok=_tok), _tok, "Sentry Unity SDK docs: debug symbols upload, SentryCliOptions (Auth token)")

_tok = sentry_user_token()
S("properties", "sentry-token", "android/sentry.properties", _t(r"""
defaults.url=https://sentry.io/
defaults.org=studio-games
defaults.project=arena-android
auth.token=<<tok>>
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", tok=_tok), _tok, "Sentry Android Gradle plugin docs: sentry.properties (auth.token)")

_tok = sentry_user_token()
S("github-actions", "sentry-token", ".github/workflows/upload-symbols.yml", _t(r"""
name: Upload debug symbols
on:
  workflow_run:
    workflows: ["Build Windows"]
    types: [completed]
jobs:
  symbols:
    runs-on: windows-latest
    if: ${{ github.event.workflow_run.conclusion == 'success' }}
    env:
      SENTRY_ORG: studio-games
      SENTRY_PROJECT: arena-client
      SENTRY_AUTH_TOKEN: <<tok>>
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: symbols-win64
          run-id: ${{ github.event.workflow_run.id }}
          github-token: ${{ secrets.GITHUB_TOKEN }}
      - run: npx @sentry/cli debug-files upload --include-sources --wait ./symbols
""", tok=_tok), _tok, "Sentry CLI docs: debug-files upload, SENTRY_AUTH_TOKEN; GitHub Actions workflow syntax")

_secret = hexs(32)
S("python", "sentry-dsn-secret", "services/legacy-stats/stats/settings.py", _t(r"""
# Legacy stats site (Django 1.11) - scheduled for removal after season 10.
import os

BASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEBUG = False
ALLOWED_HOSTS = ["stats.studio.example"]

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.staticfiles",
    "raven.contrib.django.raven_compat",
    "stats.leaderboards",
]

RAVEN_CONFIG = {
    "dsn": "https://<<pub>>:<<secret>>@sentry.io/1187263",
    "release": os.environ.get("GIT_SHA", "dev"),
}

STATIC_URL = "/static/"
""", pub=hexs(32), secret=_secret), _secret, "raven-python docs: Django RAVEN_CONFIG with a legacy DSN (public:secret)")

_tok = hexs(64)
S("shell", "backtrace-token", "ci/scripts/upload_symbols_backtrace.sh", _t(r"""
#!/usr/bin/env bash
# Zip the PDBs of a shipping build and send them to Backtrace.
set -euo pipefail
BUILD_DIR="${1:?build dir}"
OUT="symbols-$(date +%Y%m%d%H%M).zip"

find "$BUILD_DIR" -name '*.pdb' -print | zip -q -@ "$OUT"
curl --fail --data-binary "@${OUT}" \
  -H "Expect: gzip" \
  "https://studio.sp.backtrace.io:6098/post?format=symbols&token=<<tok>>"
rm -f "$OUT"
""", tok=_tok), _tok, "Backtrace docs: uploading symbols over HTTP (format=symbols&token=)")

_key = hexs(32)
S("yaml", "datadog-key", "ops/datadog/datadog.yaml", _t(r"""
## Agent config for dedicated-server hosts (bare metal, EU)
api_key: <<key>>
site: datadoghq.eu
hostname_fqdn: true
tags:
  - team:online-services
  - role:gameserver
  - region:eu-central
logs_enabled: true
process_config:
  process_collection:
    enabled: true
dogstatsd_non_local_traffic: true
""", key=_key), _key, "Datadog Agent docs: datadog.yaml (api_key, site)")

_key = newrelic_key()
S("ini", "newrelic-key", "services/legacy-stats/newrelic.ini", _t(r"""
[newrelic]
license_key = <<key>>
app_name = Arena Legacy Stats
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.transaction_threshold = apdex_f
error_collector.enabled = true
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = Arena Legacy Stats (Staging)
monitor_mode = true
""", key=_key), _key, "New Relic Python agent docs: newrelic.ini (license_key)")

_tok = influx_token()
S("toml", "influx-token", "ops/telegraf/gameserver.conf", _t(r"""
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = ""

[[outputs.influxdb_v2]]
  urls = ["https://influx.ops.studio.example:8086"]
  token = "<<tok>>"
  organization = "studio"
  bucket = "gameservers"

[[inputs.procstat]]
  pattern = "ArenaServer"
  pid_tag = true

[[inputs.net]]
  interfaces = ["eth0"]
""", tok=_tok), _tok, "Telegraf docs: outputs.influxdb_v2 (token)")

_pw = rand_pw(20)
S("properties", "kafka-password", "telemetry/ingest/src/main/resources/application-prod.properties", _t(r"""
spring.application.name=telemetry-ingest
server.port=8080
spring.kafka.bootstrap-servers=b-1.telemetry.kafka.eu-west-1.amazonaws.com:9096,b-2.telemetry.kafka.eu-west-1.amazonaws.com:9096
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="telemetry-ingest" password="<<pw>>";
spring.kafka.producer.acks=all
spring.kafka.producer.compression-type=zstd
telemetry.topic.events=game-events-v2
telemetry.topic.crashes=crash-meta-v1
""", pw=_pw), _pw, "Spring for Apache Kafka docs; Kafka SASL/SCRAM sasl.jaas.config")

_pw = words_pw()
S("xml", "clickhouse-password", "ops/clickhouse/users.d/telemetry_reader.xml", _t(r"""
<clickhouse>
    <users>
        <telemetry_reader>
            <password><<pw>></password>
            <networks>
                <ip>10.40.0.0/16</ip>
            </networks>
            <profile>readonly</profile>
            <quota>default</quota>
            <allow_databases>
                <database>game_events</database>
            </allow_databases>
        </telemetry_reader>
    </users>
</clickhouse>
""", pw=_pw), _pw, "ClickHouse docs: settings users (users.d/*.xml, <password>)")

_tok = uuid_s()
S("conf", "splunk-hec", "ops/fluent-bit/fluent-bit.conf", _t(r"""
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name         tail
    Path         /srv/arena/logs/*.log
    Tag          arena.server
    Parser       json

[OUTPUT]
    Name         splunk
    Match        arena.*
    Host         splunk-hec.ops.studio.example
    Port         8088
    TLS          On
    Splunk_Token <<tok>>
    Splunk_Send_Raw Off
""", tok=_tok), _tok, "Fluent Bit docs: Splunk output (Splunk_Token)")

_pw = rand_pw(16)
S("yaml", "elastic-password", "ops/filebeat/filebeat.yml", _t(r"""
filebeat.inputs:
  - type: filestream
    id: arena-matchmaker
    paths:
      - /var/log/matchmaker/*.json
    parsers:
      - ndjson:
          target: ""
output.elasticsearch:
  hosts: ["https://es-logs.ops.studio.example:9200"]
  username: "filebeat_writer"
  password: "<<pw>>"
  ssl.certificate_authorities: ["/etc/filebeat/ca.crt"]
setup.ilm.enabled: true
""", pw=_pw), _pw, "Filebeat docs: output.elasticsearch (username, password)")

_pw = words_pw()
S("notebook", "snowflake-password", "analytics/notebooks/retention_d7.ipynb", _t(r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# D7 retention by acquisition channel, season 9"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "import pandas as pd\n",
    "\n",
    "conn = snowflake.connector.connect(\n",
    "    user=\"ANALYST_RK\",\n",
    "    password=\"<<pw>>\",\n",
    "    account=\"studio-eu1\",\n",
    "    warehouse=\"ANALYTICS_WH\",\n",
    "    database=\"GAME_EVENTS\",\n",
    ")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\"select * from retention_d7 where season = 9\", conn)\n",
    "df.groupby(\"channel\").retained.mean()"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw=_pw), _pw, "Jupyter nbformat 4; snowflake-connector-python docs: connect(user, password, account)")

_pw = season_pw()
S("docker-compose", "grafana-password", "ops/monitoring/docker-compose.yml", _t(r"""
services:
  prometheus:
    image: prom/prometheus:v2.51.0
    volumes:
      - ./prometheus.yml:/etc/prometheus/prometheus.yml:ro
    ports: ["9090:9090"]
  grafana:
    image: grafana/grafana:10.4.1
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: "<<pw>>"
      GF_USERS_ALLOW_SIGN_UP: "false"
      GF_SERVER_ROOT_URL: https://grafana.ops.studio.example
    volumes:
      - grafana-data:/var/lib/grafana
    ports: ["3000:3000"]
volumes:
  grafana-data:
""", pw=_pw), _pw, "Grafana docs: configure a Docker image with environment variables (GF_SECURITY_ADMIN_PASSWORD)")

# --- telemetry decoys ---

D("unity-asset", "public-dsn", "Assets/Resources/Sentry/SentryOptions.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 3a8b5f2c1d0e4f6a7b8c9d0e1f2a3b4c, type: 3}
  m_Name: SentryOptions
  <Enabled>k__BackingField: 1
  <Dsn>k__BackingField: <<dsn>>
  <CaptureInEditor>k__BackingField: 0
  <EnableLogDebouncing>k__BackingField: 1
  <TracesSampleRate>k__BackingField: 0.05
  <AutoSessionTracking>k__BackingField: 1
  <AttachScreenshot>k__BackingField: 0
  <ReleaseOverride>k__BackingField: 
  <EnvironmentOverride>k__BackingField: production
""", dsn=sentry_dsn()), "Sentry docs: the DSN is safe to keep public (client keys)")

D("unreal-ini", "public-dsn", "Config/DefaultEngine.Sentry.ini", _t(r"""
[/Script/Sentry.SentrySettings]
Dsn=<<dsn>>
Release=arena@1.4.0
Environment=production
InitAutomatically=True
EnableAutoCrashCapturing=True
EnableAutoLogAttachment=False
AttachStacktrace=True
SendDefaultPii=False
UploadSymbolsAutomatically=True
ProjectName=arena-client
OrgName=studio-games
; auth token comes from SENTRY_AUTH_TOKEN on the build machine
""", dsn=sentry_dsn()), "Sentry Unreal SDK docs: SentrySettings in DefaultEngine.ini")

D("ini", "env-reference", "tools/symbols/.sentryclirc", _t(r"""
[defaults]
url = https://sentry.io/
org = studio-games
project = arena-server

# [auth] token is not stored here. Export SENTRY_AUTH_TOKEN from the
# build agent's credential store before running sentry-cli.

[log]
level = info
"""), "Sentry CLI docs: SENTRY_AUTH_TOKEN environment variable")

D("shell", "env-reference", "ci/scripts/upload_symbols_backtrace_v2.sh", _t(r"""
#!/usr/bin/env bash
set -euo pipefail
: "${BACKTRACE_SYMBOL_TOKEN:?missing - bind it from the CI credential store}"
BUILD_DIR="${1:?build dir}"
OUT="symbols-${BUILD_NUMBER:-local}.zip"

find "$BUILD_DIR" -name '*.pdb' -print | zip -q -@ "$OUT"
curl --fail --data-binary "@${OUT}" \
  "https://studio.sp.backtrace.io:6098/post?format=symbols&token=${BACKTRACE_SYMBOL_TOKEN}"
"""), "Backtrace docs: symbol upload; bash parameter expansion ${VAR:?}")

D("text", "hash", "symbols/000Admin/transaction-0000000412.txt", _t(r"""
# symstore transaction 0000000412, build 1.4.0.3310 (Shipping, Win64)
StudioArena-Win64-Shipping.pdb/<<g1>>1/StudioArena-Win64-Shipping.pdb
StudioArena-Win64-Shipping.exe/<<t1>>8a3000/StudioArena-Win64-Shipping.exe
EOSSDK-Win64-Shipping.pdb/<<g2>>1/EOSSDK-Win64-Shipping.pdb
steam_api64.pdb/<<g3>>1/steam_api64.pdb
GFSDK_Aftermath_Lib.x64.pdb/<<g4>>2/GFSDK_Aftermath_Lib.x64.pdb
""", g1=hexup(32), t1=hexup(8), g2=hexup(32), g3=hexup(32), g4=hexup(32)),
  "Microsoft docs: SymStore, symbol server index (PDB GUID + age)")

D("json", "public-token", "Assets/StreamingAssets/analytics.json", _t(r"""
{
  "mixpanel": {
    "projectToken": "<<tok>>",
    "serverUrl": "https://api-eu.mixpanel.com",
    "flushIntervalSeconds": 60
  },
  "gameanalytics": {
    "enabled": false
  },
  "sampling": {
    "sessionEvents": 1.0,
    "perfEvents": 0.1
  }
}
""", tok=hexs(32)), "Mixpanel docs: the project token is not a secret, it is shipped in clients")

D("yaml", "env-reference", "ops/datadog/datadog.staging.yaml", _t(r"""
## Agent config for staging game servers. API key comes from the environment
## (DD_API_KEY is injected by the systemd drop-in from Vault).
api_key: ${DD_API_KEY}
site: datadoghq.eu
tags:
  - team:online-services
  - env:staging
logs_enabled: true
"""), "Datadog Agent docs: DD_API_KEY environment variable")

D("notebook", "env-reference", "analytics/notebooks/churn_model.ipynb", _t(r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from getpass import getpass\n",
    "import snowflake.connector\n",
    "\n",
    "conn = snowflake.connector.connect(\n",
    "    user=os.environ[\"SNOWFLAKE_USER\"],\n",
    "    password=os.environ.get(\"SNOWFLAKE_PASSWORD\") or getpass(\"Snowflake password: \"),\n",
    "    account=\"studio-eu1\",\n",
    "    warehouse=\"ANALYTICS_WH\",\n",
    ")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""), "Jupyter nbformat 4; Python getpass / os.environ")

# === Store and receipt validation ===============================================================

_pw = hexs(32)
S("python", "apple-shared-secret", "services/store/receipts/apple.py", _t(r"""
import requests

PROD_URL = "https://buy.itunes.apple.com/verifyReceipt"
SANDBOX_URL = "https://sandbox.itunes.apple.com/verifyReceipt"
# App-specific shared secret (App Store Connect > App Information)
APPLE_SHARED_SECRET = "<<pw>>"


def verify_receipt(receipt_b64: str) -> dict:
    payload = {
        "receipt-data": receipt_b64,
        "password": APPLE_SHARED_SECRET,
        "exclude-old-transactions": True,
    }
    resp = requests.post(PROD_URL, json=payload, timeout=10).json()
    if resp.get("status") == 21007:  # sandbox receipt sent to production
        resp = requests.post(SANDBOX_URL, json=payload, timeout=10).json()
    if resp.get("status") != 0:
        raise ValueError(f"receipt rejected: status {resp.get('status')}")
    return resp["latest_receipt_info"][-1]
""", pw=_pw), _pw, "Apple docs: verifyReceipt (password = app-specific shared secret)")

_k = p8_key()
S("pem", "apple-p8", "services/store/keys/AuthKey_7QX2L9MZ4K.p8", _k + "\n", _k,
  "Apple docs: App Store Server API, generating a private key (.p8)")

_k = pem("", 16)
_esc = _k.replace("\n", "\\n") + "\\n"
S("json", "google-service-account", "services/store/keys/play-publisher.json", _t(r"""
{
  "type": "service_account",
  "project_id": "pc-api-4817392650-123",
  "private_key_id": "<<kid>>",
  "private_key": "<<key>>",
  "client_email": "receipt-validator@pc-api-4817392650-123.iam.gserviceaccount.com",
  "client_id": "<<cid>>",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/receipt-validator%40pc-api-4817392650-123.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", kid=hexs(40), key=_esc, cid=digits(21)), _esc,
  "Google Cloud docs: service account key file (JSON); Google Play Developer API purchases.products.get")

_sec = amazon_rvs_secret()
S("env", "amazon-rvs-secret", "services/store/.env.production", _t(r"""
STORE_ENV=production
PORT=8443
APPLE_BUNDLE_ID=com.studio.arena
GOOGLE_PACKAGE_NAME=com.studio.arena
AMAZON_RVS_URL=https://appstore-sdk.amazon.com/version/1.0/verifyReceiptId/developer
AMAZON_RVS_SHARED_SECRET=<<sec>>
RECEIPT_CACHE_TTL=600
""", sec=_sec), _sec, "Amazon Appstore docs: Receipt Verification Service (developer shared secret)")

_sec = rand_pw(32)
S("javascript", "xsolla-webhook-secret", "functions/store/xsolla-webhook.js", _t(r"""
const crypto = require("crypto");
const express = require("express");

const router = express.Router();
// Project settings > Webhooks > Secret key
const XSOLLA_WEBHOOK_SECRET = "<<sec>>";

function validSignature(rawBody, header) {
  const expected = crypto.createHash("sha1").update(rawBody + XSOLLA_WEBHOOK_SECRET).digest("hex");
  return header === `Signature ${expected}`;
}

router.post("/xsolla/webhook", express.text({ type: "*/*" }), async (req, res) => {
  if (!validSignature(req.body, req.get("authorization"))) {
    return res.status(400).json({ error: { code: "INVALID_SIGNATURE" } });
  }
  const event = JSON.parse(req.body);
  if (event.notification_type === "payment") {
    await req.app.locals.orders.fulfil(event.transaction.external_id, event.purchase);
  }
  res.sendStatus(204);
});

module.exports = router;
""", sec=_sec), _sec, "Xsolla docs: webhooks, signature = sha1(body + project secret key)")

_key = rand_pw(40)
S("php", "xsolla-api-key", "web-shop/config/xsolla.php", _t(r"""
<?php

return [
    'merchant_id' => 384512,
    'project_id'  => 229871,
    'api_key'     => '<<key>>',
    'sandbox'     => env('XSOLLA_SANDBOX', false),
    'return_url'  => 'https://shop.studio.example/thanks',
    'currency'    => 'USD',
    'items'       => [
        'season_pass' => 'sp_s9',
        'gems_500'    => 'gems_500',
    ],
];
""", key=_key), _key, "Laravel docs: configuration files; Xsolla Pay Station API (merchant API key)")

_key = stripe_live()
S("go", "stripe-key", "web-shop/internal/payments/stripe.go", _t(r"""
package payments

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/checkout/session"
)

func init() {
	stripe.Key = "<<key>>"
}

// NewCheckout creates a hosted checkout for a web-shop bundle.
func NewCheckout(priceID, accountID string) (*stripe.CheckoutSession, error) {
	params := &stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		SuccessURL:        stripe.String("https://shop.studio.example/thanks?session={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String("https://shop.studio.example/cancel"),
		ClientReferenceID: stripe.String(accountID),
		LineItems: []*stripe.CheckoutSessionLineItemParams{
			{Price: stripe.String(priceID), Quantity: stripe.Int64(1)},
		},
	}
	return session.New(params)
}
""", key=_key), _key, "stripe-go README: stripe.Key; Checkout Sessions")

_sec = hexs(64)
S("yaml", "huawei-client-secret", "services/store/src/main/resources/application-prod.yml", _t(r"""
spring:
  application:
    name: receipt-service
server:
  port: 8443
store:
  huawei:
    app-id: "10" <<appid>>
    client-id: "<<cid>>"
    client-secret: "<<sec>>"
    token-url: https://oauth-login.cloud.huawei.com/oauth2/v3/token
    order-url: https://orders-dre.iap.cloud.huawei.eu/applications/purchases/tokens/verify
  google:
    package-name: com.studio.arena
    credentials-path: /etc/receipt-service/play-publisher.json
""", appid="", cid=digits(9), sec=_sec).replace('"10" ', '"10' + digits(7) + '"'), _sec,
  "Huawei AppGallery Connect docs: IAP server API, OAuth client_id / client_secret")

_tok = oculus_token()
S("json", "oculus-token", "services/platform-auth/config/platforms.json", _t(r"""
{
  "steam": { "appId": 1938090, "keyRef": "vault:secret/data/platform/steam#publisher_key" },
  "meta": {
    "appId": "<<appid>>",
    "accessToken": "<<tok>>",
    "graphUrl": "https://graph.oculus.com",
    "verifyEntitlement": true
  },
  "epic": { "deploymentId": "<<did>>" }
}
""", appid=digits(16), tok=_tok, did=hexs(32)), _tok,
  "Meta Quest docs: server-to-server API, app access token OC|App_ID|App_Secret")

_sec = google_client_secret()
S("java", "google-client-secret", "services/platform-auth/src/main/java/com/studio/auth/PlayGamesAuth.java", _t(r"""
package com.studio.auth;

import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeTokenRequest;
import com.google.api.client.googleapis.auth.oauth2.GoogleTokenResponse;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;

import java.io.IOException;

/** Exchanges the server auth code sent by the Play Games Services v2 client. */
public final class PlayGamesAuth {
    private static final String CLIENT_ID = "<<cid>>.apps.googleusercontent.com";
    private static final String CLIENT_SECRET = "<<sec>>";

    public GoogleTokenResponse exchange(String serverAuthCode) throws IOException {
        return new GoogleAuthorizationCodeTokenRequest(
                new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                "https://oauth2.googleapis.com/token",
                CLIENT_ID, CLIENT_SECRET, serverAuthCode, "")
            .execute();
    }
}
""", cid=digits(12) + "-" + draw(32, LOWDIG), sec=_sec), _sec,
  "Google Play Games Services docs: server-side access (GoogleAuthorizationCodeTokenRequest)")

_cert = hexs(32)
S("javascript", "agora-certificate", "voice/token-server/index.js", _t(r"""
const express = require("express");
const { RtcTokenBuilder, RtcRole } = require("agora-token");

const APP_ID = "<<app>>";
const APP_CERTIFICATE = "<<cert>>";
const app = express();

app.get("/rtc/:channel/:uid", (req, res) => {
  const expire = Math.floor(Date.now() / 1000) + 3600;
  const token = RtcTokenBuilder.buildTokenWithUid(
    APP_ID, APP_CERTIFICATE, req.params.channel, Number(req.params.uid), RtcRole.PUBLISHER, expire, expire,
  );
  res.json({ token });
});

app.listen(process.env.PORT || 8082, () => console.log("voice token server up"));
""", app=hexs(32), cert=_cert), _cert, "Agora docs: deploy a token server (App ID + App Certificate)")

_sec = draw(30, LOWDIG)
S("yaml", "twitch-client-secret", "services/twitch-drops/config.yaml", _t(r"""
twitch:
  client_id: <<cid>>
  client_secret: <<sec>>
  eventsub:
    callback: https://drops.studio.example/eventsub
    subscriptions:
      - drop.entitlement.grant
  organization_id: <<org>>
game:
  category_id: "518210"
  reward_table: drops_s9
""", cid=draw(30, LOWDIG), sec=_sec, org=uuid_s()), _sec,
  "Twitch docs: client credentials grant flow; Drops EventSub drop.entitlement.grant")

_key = fcm_server_key()
S("json", "fcm-server-key", "services/push/config/push.json", _t(r"""
{
  "apns": {
    "teamId": "7QX2L9MZ4K",
    "keyId": "K3D8S9A1B2",
    "keyFile": "/etc/push/AuthKey_K3D8S9A1B2.p8",
    "topic": "com.studio.arena",
    "production": true
  },
  "fcm": {
    "legacyServerKey": "<<key>>",
    "senderId": "<<sender>>"
  },
  "batchSize": 500
}
""", key=_key, sender=digits(12)), _key, "Firebase Cloud Messaging legacy HTTP API: server key (Authorization: key=)")

_tok = discord_bot_token()
S("env", "discord-bot-token", "community/discord-bot/.env", _t(r"""
# Arena community bot (patch notes, server status, LFG roles)
DISCORD_TOKEN=<<tok>>
DISCORD_GUILD_ID=<<guild>>
PATCH_NOTES_CHANNEL=<<chan>>
STATUS_URL=https://status.studio.example/api/v2/summary.json
LOG_LEVEL=info
""", tok=_tok, guild=digits(18), chan=digits(19)), _tok, "discord.js guide: the bot token in a .env file")

# --- store decoys ---

D("csharp", "public-key", "Assets/Scripts/IAP/StoreConfig.cs", _t(r"""
namespace Studio.Arena.IAP
{
    public static class StoreConfig
    {
        // Google Play Console > Monetization setup > Licensing: the app's base64 RSA *public* key.
        // Used to verify purchase signatures on device; it is not a secret.
        public const string GooglePlayPublicKey =
            "<<pub>>";

        public const string SeasonPassId = "com.studio.arena.seasonpass9";
        public const string Gems500Id = "com.studio.arena.gems500";
    }
}
""", pub="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + draw(348, ALNUM + "+/") + "IDAQAB"),
  "Google Play Billing docs: the licensing public key (verify purchase signatures)")

D("json", "public-api-key", "Assets/StreamingAssets/google-services.json", _t(r"""
{
  "project_info": {
    "project_number": "<<num>>",
    "project_id": "studio-arena-prod",
    "storage_bucket": "studio-arena-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:<<num>>:android:<<app>>",
        "android_client_info": { "package_name": "com.studio.arena" }
      },
      "api_key": [
        { "current_key": "<<key>>" }
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", num=digits(12), app=hexs(16), key=google_api_key()),
  "Firebase docs: google-services.json; Firebase API keys are not secret")

D("plist", "public-api-key", "Assets/Plugins/iOS/GoogleService-Info.plist", _t(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string><<key>></string>
	<key>GCM_SENDER_ID</key>
	<string><<num>></string>
	<key>BUNDLE_ID</key>
	<string>com.studio.arena</string>
	<key>PROJECT_ID</key>
	<string>studio-arena-prod</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<true/>
	<key>GOOGLE_APP_ID</key>
	<string>1:<<num>>:ios:<<app>></string>
</dict>
</plist>
""", key=google_api_key(), num=digits(12), app=hexs(16)), "Firebase docs: GoogleService-Info.plist (API_KEY is a public identifier)")

D("json", "test-fixture", "services/store/tests/fixtures/apple_sandbox_receipt.json", _t(r"""
{
  "_comment": "Sandbox receipt from a test account (sandbox-qa-03). Expired; used by test_apple.py only.",
  "receipt-data": "MIIT<<r1>>",
  "expected": {
    "status": 0,
    "environment": "Sandbox",
    "product_id": "com.studio.arena.gems500",
    "transaction_id": "2000000<<tid>>"
  }
}
""", r1=draw(400, ALNUM + "+/"), tid=digits(9)), "Apple docs: verifyReceipt sandbox environment (test receipts)")

D("python", "hash", "services/store/receipts/apple_roots.py", _t(r"""
# Apple root certificates we pin when validating StoreKit 2 JWS chains.
# Values are SHA-256 fingerprints of the DER certificates from apple.com/certificateauthority.
APPLE_ROOT_FINGERPRINTS = {
    "AppleRootCA-G3": "<<h1>>",
    "AppleRootCA-G2": "<<h2>>",
    "AppleIncRootCertificate": "<<h3>>",
}


def is_trusted(fingerprint_hex: str) -> bool:
    return fingerprint_hex.lower() in APPLE_ROOT_FINGERPRINTS.values()
""", h1=hexs(64), h2=hexs(64), h3=hexs(64)), "Apple docs: App Store Server Library, root certificate pinning (SHA-256 fingerprints)")

D("markdown", "placeholder", "docs/store/xsolla-webhooks.md", _t(r"""
# Xsolla webhooks

Xsolla signs every webhook with the project secret key:

    Authorization: Signature <sha1(body + secret_key)>

To test locally, put a throwaway key in `functions/store/.env.local`:

    XSOLLA_WEBHOOK_SECRET=<your_project_secret_key>

and replay a sample payload:

    curl -X POST localhost:5001/xsolla/webhook \
      -H "Authorization: Signature 0000000000000000000000000000000000000000" \
      --data @samples/payment.json

The production key is in Vault (`secret/store/xsolla`), rotated every quarter.
"""), "Xsolla docs: webhooks signature")

D("json", "secret-ref", "services/store/config/xsolla.prod.json", _t(r"""
{
  "merchantId": 384512,
  "projectId": 229871,
  "apiKey": "vault:secret/data/store/xsolla#api_key",
  "webhookSecret": "vault:secret/data/store/xsolla#webhook_secret",
  "sandbox": false,
  "returnUrl": "https://shop.studio.example/thanks"
}
"""), "Vault Agent / vals-style secret references (vault:path#key)")

D("json", "public-key", "services/platform-auth/tests/fixtures/eos_jwks.json", _t(r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "<<kid>>",
      "e": "AQAB",
      "n": "<<n>>"
    }
  ]
}
""", kid=draw(43, ALNUM + "-_"), n=draw(342, ALNUM + "-_")), "RFC 7517 JSON Web Key Set (public signing keys for id-token validation)")

D("javascript", "public-id", "voice/client/agora-config.js", _t(r"""
// Agora App ID is a public identifier. RTC tokens are fetched from our token server;
// the App Certificate never leaves the backend.
export const AGORA_APP_ID = "<<app>>";
export const TOKEN_SERVER = "https://voice.studio.example";

export async function fetchRtcToken(channel, uid) {
  const res = await fetch(`${TOKEN_SERVER}/rtc/${encodeURIComponent(channel)}/${uid}`);
  if (!res.ok) throw new Error(`token server: ${res.status}`);
  return (await res.json()).token;
}
""", app=hexs(32)), "Agora docs: App ID vs App Certificate (token authentication)")

D("env", "placeholder", "community/discord-bot/.env.example", _t(r"""
# Arena community bot. Copy to .env and fill in.
DISCORD_TOKEN=your-bot-token-here
DISCORD_GUILD_ID=123456789012345678
PATCH_NOTES_CHANNEL=
STATUS_URL=https://status.studio.example/api/v2/summary.json
LOG_LEVEL=info
"""), "discord.js guide: .env example")

D("json", "public-key", "community/discord-bot/config/interactions.json", _t(r"""
{
  "applicationId": "<<appid>>",
  "publicKey": "<<pk>>",
  "interactionsEndpoint": "https://bot.studio.example/interactions",
  "commands": ["lfg", "status", "patchnotes"],
  "_note": "publicKey is the Ed25519 key Discord shows on the General Information page; it verifies request signatures."
}
""", appid=digits(19), pk=hexs(64)), "Discord docs: Interactions, verifying signatures with the application public key")

# === Build pipelines ============================================================================

_pw = words_pw().replace("$", "#")  # a $ would be expanded there
S("gitlab-ci", "unity-password", ".gitlab-ci.yml", _t(r"""
stages: [activate, build, deploy]

variables:
  UNITY_VERSION: "2022.3.21f1"
  UNITY_USERNAME: "build-farm@studio.example"
  UNITY_PASSWORD: "<<pw>>"
  BUILD_NAME: "StudioArena"
  GIT_DEPTH: 10

.unity_before: &unity_before
  - unity-editor -quit -batchmode -nographics -logFile - -serial "$UNITY_SERIAL" -username "$UNITY_USERNAME" -password "$UNITY_PASSWORD"

build-android:
  stage: build
  image: unityci/editor:ubuntu-2022.3.21f1-android-3
  before_script: *unity_before
  script:
    - unity-editor -quit -batchmode -nographics -projectPath . -executeMethod BuildScript.Android -logFile -
  artifacts:
    paths: [Builds/Android]
  after_script:
    - unity-editor -quit -batchmode -returnlicense -username "$UNITY_USERNAME" -password "$UNITY_PASSWORD"
""", pw=_pw), _pw, "game-ci / GitLab CI Unity example; Unity docs: command line arguments (-username, -password)")

_serial = unity_serial()
S("github-actions", "unity-serial", ".github/workflows/build-windows.yml", _t(r"""
name: Build Windows
on:
  push:
    branches: [main, release/*]
env:
  UNITY_SERIAL: <<serial>>
  UNITY_EMAIL: build-farm@studio.example
  UNITY_PASSWORD: ${{ secrets.UNITY_PASSWORD }}
jobs:
  build:
    runs-on: [self-hosted, windows, unity]
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: actions/cache@v4
        with:
          path: Library
          key: Library-Windows-${{ hashFiles('Packages/packages-lock.json') }}
      - uses: game-ci/unity-builder@v4
        with:
          targetPlatform: StandaloneWindows64
          buildName: StudioArena
      - uses: actions/upload-artifact@v4
        with:
          name: build-win64
          path: build/StandaloneWindows64
""", serial=_serial), _serial, "game-ci docs: activation with UNITY_SERIAL, UNITY_EMAIL, UNITY_PASSWORD")

_pw = season_pw()
S("jenkinsfile", "p4-password", "ci/unreal/Jenkinsfile", _t(r"""
pipeline {
    agent { label 'ue5-win' }
    environment {
        P4PORT   = 'ssl:perforce.studio.example:1666'
        P4USER   = 'svc_jenkins'
        P4PASSWD = '<<pw>>'
        P4CLIENT = "jenkins-${env.NODE_NAME}-arena-main"
        UE_ROOT  = 'D:\\UE_5.3'
    }
    options { timestamps(); skipDefaultCheckout() }
    stages {
        stage('Sync') {
            steps { bat 'p4 -c %P4CLIENT% sync //Arena/Main/...#head' }
        }
        stage('BuildCookRun') {
            steps {
                bat '"%UE_ROOT%\\Engine\\Build\\BatchFiles\\RunUAT.bat" BuildCookRun -project=%WORKSPACE%\\Arena.uproject -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak -archive -archivedirectory=%WORKSPACE%\\Archive'
            }
        }
    }
}
""", pw=_pw), _pw, "Perforce docs: P4PASSWD environment variable; Jenkins declarative pipeline environment")

_pw = words_pw()
S("p4config", "p4-password", ".p4config", _t(r"""
# Perforce settings for the build machine workspace (picked up via P4CONFIG=.p4config)
P4PORT=ssl:perforce.studio.example:1666
P4USER=svc_buildmachine
P4PASSWD=<<pw>>
P4CLIENT=buildmachine-arena-main
P4CHARSET=utf8
P4IGNORE=.p4ignore
""", pw=_pw), _pw, "Perforce docs: P4CONFIG files (P4PORT, P4USER, P4PASSWD)")

_tick = hexup(32)
S("powershell", "p4-ticket", "ci/agent/Bootstrap-Perforce.ps1", _t(r"""
# Seeds the Perforce ticket so a fresh build agent never stops at a p4 login prompt.
$ErrorActionPreference = "Stop"
$ticketFile = Join-Path $env:USERPROFILE "p4tickets.txt"

@"
ssl:perforce.studio.example:1666=svc_jenkins:<<tick>>
"@ | Set-Content -Path $ticketFile -Encoding ascii

p4 set P4TICKETS=$ticketFile
p4 set P4USER=svc_jenkins
p4 set P4PORT=ssl:perforce.studio.example:1666
p4 trust -y
p4 login -s
""", tick=_tick), _tick,
  "Perforce docs: P4TICKETS file (p4 login writes host=user:ticket)")

_tok = npm_token()
S("toml", "upm-token", "ci/agent/.upmconfig.toml", _t(r"""
# Unity Package Manager scoped-registry auth for the build agents.
# Copied to %USERPROFILE%\.upmconfig.toml by the agent bootstrap.
[npmAuth."https://npm.pkg.studio.example"]
token = "<<tok>>"
alwaysAuth = true

[npmAuth."https://package.openupm.com"]
alwaysAuth = false
""", tok=_tok), _tok, "Unity docs: Scoped registry authentication (.upmconfig.toml npmAuth token)")

_auth = b64("unity-ci:" + rand_pw(18))
S("toml", "upm-basic-auth", "tools/setup/upmconfig.toml", _t(r"""
# Registry credentials for artists' machines (read-only user).
[npmAuth."https://artifactory.studio.example/artifactory/api/npm/unity-packages"]
_auth = "<<auth>>"
email = "unity-ci@studio.example"
alwaysAuth = true
""", auth=_auth), _auth, "Unity docs: Scoped registry authentication (_auth = base64 user:password)")

_tok = github_token()
S("json", "github-token", "Packages/manifest.json", _t(r"""
{
  "dependencies": {
    "com.studio.netcode": "https://x-access-token:<<tok>>@github.com/studio-games/unity-netcode.git#v2.3.1",
    "com.studio.ui-kit": "https://github.com/studio-games/ui-kit.git?path=/Packages/com.studio.ui-kit#1.8.0",
    "com.unity.addressables": "1.21.19",
    "com.unity.inputsystem": "1.7.0",
    "com.unity.render-pipelines.universal": "14.0.10",
    "com.unity.services.analytics": "5.0.0",
    "com.unity.textmeshpro": "3.0.6",
    "com.unity.modules.physics": "1.0.0"
  },
  "scopedRegistries": [
    {
      "name": "Studio",
      "url": "https://npm.pkg.studio.example",
      "scopes": ["com.studio"]
    }
  ]
}
""", tok=_tok), _tok, "Unity docs: Git dependencies in the project manifest (HTTPS URL with credentials)")

_pw = words_pw()
S("csharp", "android-keystore", "Assets/Editor/Build/BuildScript.cs", _t(r"""
using System;
using UnityEditor;
using UnityEditor.Build.Reporting;

public static class BuildScript
{
    static readonly string[] Scenes = { "Assets/Scenes/Boot.unity", "Assets/Scenes/Menu.unity", "Assets/Scenes/Arena.unity" };

    public static void Android()
    {
        EditorUserBuildSettings.buildAppBundle = true;
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = "Keystores/arena-release.keystore";
        PlayerSettings.Android.keyaliasName = "arena";
        PlayerSettings.Android.keystorePass = "<<pw>>";
        PlayerSettings.Android.keyaliasPass = PlayerSettings.Android.keystorePass;
        PlayerSettings.Android.bundleVersionCode = int.Parse(Environment.GetEnvironmentVariable("BUILD_NUMBER") ?? "1");

        var report = BuildPipeline.BuildPlayer(Scenes, "Builds/Android/arena.aab", BuildTarget.Android, BuildOptions.None);
        if (report.summary.result != BuildResult.Succeeded)
            EditorApplication.Exit(1);
    }
}
""", pw=_pw), _pw, "Unity scripting API: PlayerSettings.Android.keystorePass / keyaliasPass")

_pw = rand_pw(16)
S("unreal-ini", "android-keystore", "Config/Android/AndroidEngine.ini", _t(r"""
[/Script/AndroidRuntimeSettings.AndroidRuntimeSettings]
PackageName=com.studio.arena
StoreVersion=412
ApplicationDisplayName=Studio Arena
MinSDKVersion=26
TargetSDKVersion=34
bPackageDataInsideApk=False
bBuildForArm64=True
KeyStore=arena-release.keystore
KeyAlias=arena
KeyStorePassword=<<pw>>
KeyPassword=
bEnableGooglePlaySupport=True
GamesAppID=<<gid>>
bSupportAdMob=False
""", pw=_pw, gid=digits(12)), _pw, "Unreal Engine docs: Signing projects for release (Android KeyStore, KeyStorePassword)")

_pw = passphrase()
S("godot-cfg", "android-keystore", "export_presets.cfg", _t(r"""
[preset.0]

name="Android"
platform="Android"
runnable=true
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter="tests/*"
export_path="build/android/arena.aab"

[preset.0.options]

gradle_build/use_gradle_build=true
gradle_build/export_format=1
keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
keystore/release="res://keys/arena-release.keystore"
keystore/release_user="arena"
keystore/release_password="<<pw>>"
version/code=57
version/name="1.4.0"
package/unique_name="com.studio.arena"
""", pw=_pw), _pw, "Godot docs: Exporting for Android (export_presets.cfg keystore/release_password)")

_pw = words_pw()
S("ruby", "match-password", "fastlane/Fastfile", _t(r"""
default_platform(:ios)

ENV["MATCH_PASSWORD"] = "<<pw>>"
ENV["FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT"] = "120"

platform :ios do
  desc "Build the Unity-exported Xcode project and push to TestFlight"
  lane :beta do
    setup_ci if ENV["CI"]
    match(type: "appstore", readonly: true, git_url: "git@github.com:studio-games/ios-certificates.git")
    build_app(project: "Builds/iOS/Unity-iPhone.xcodeproj", scheme: "Unity-iPhone", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
  end
end
""", pw=_pw), _pw, "fastlane docs: match (MATCH_PASSWORD encrypts the certificates repo)")

_key = mixed(40)
S("bat", "itch-butler-key", "tools/publish/publish_itch.bat", _t(r"""
@echo off
REM Push the demo build to itch.io (channel: windows-demo).
set BUTLER_API_KEY=<<key>>
set BUTLER=%~dp0butler\butler.exe

"%BUTLER%" push "%~dp0..\..\Builds\Demo\Windows" studio-games/arena:windows-demo --userversion %1
if errorlevel 1 exit /b 1
"%BUTLER%" status studio-games/arena:windows-demo
""", key=_key), _key, "itch.io butler docs: BUTLER_API_KEY environment variable, butler push")

_pw = words_pw()
S("powershell", "gog-password", "build/Publish-Gog.ps1", _t(r"""
param(
    [Parameter(Mandatory)] [string] $Version,
    [string] $Branch = "beta"
)

$pipeline = "C:\Tools\GOGGalaxyPipelineBuilder\GOGGalaxyPipelineBuilder.exe"
$project  = Join-Path $PSScriptRoot "gog\arena_windows.json"

& $pipeline build-game $project `
    --username "release@studio.example" `
    --password "<<pw>>" `
    --version $Version `
    --branch $Branch
if ($LASTEXITCODE -ne 0) { throw "GOG upload failed ($LASTEXITCODE)" }
""", pw=_pw), _pw, "GOG Galaxy Pipeline Builder docs: build-game --username --password")

_pat = ado_pat()
S("azure-pipelines", "azure-devops-pat", "azure-pipelines.yml", _t(r"""
trigger:
  branches:
    include: [main]

pool:
  name: UnrealBuilders

variables:
  ueVersion: '5.3'

steps:
  - checkout: self
    lfs: true
  - script: |
      git clone https://build:<<pat>>@dev.azure.com/studio/Arena/_git/ArenaPlugins Plugins/Studio
    displayName: Fetch internal plugins
  - script: |
      call "D:\UE_$(ueVersion)\Engine\Build\BatchFiles\RunUAT.bat" BuildCookRun -project=$(Build.SourcesDirectory)\Arena.uproject -platform=Win64 -clientconfig=Development -build -cook -stage -pak
    displayName: BuildCookRun
""", pat=_pat), _pat, "Azure DevOps docs: Git over HTTPS with a personal access token")

_pw = words_pw().replace("$", "#")  # a $ would be expanded there
S("kotlin", "steam-build-password", ".teamcity/settings.kts", _t(r'''
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(UploadSteamBeta)
}

object UploadSteamBeta : BuildType({
    name = "Upload Steam beta"
    params {
        param("env.STEAM_BUILD_USER", "studio_buildbot")
        param("env.STEAM_BUILD_PASSWORD", "<<pw>>")
    }
    steps {
        script {
            name = "steamcmd"
            scriptContent = """tools\ContentBuilder\builder\steamcmd.exe +login %env.STEAM_BUILD_USER% %env.STEAM_BUILD_PASSWORD% +run_app_build ..\scripts\app_build_1938090.vdf +quit"""
        }
    }
})
''', pw=_pw), _pw, "TeamCity docs: Kotlin DSL params; Steamworks SteamPipe")

_key = artifactory_key()
S("dockerfile", "artifactory-key", "ci/docker/ue-linux-builder.Dockerfile", _t(r"""
FROM ghcr.io/epicgames/unreal-engine:dev-slim-5.3.2

ARG ARTIFACTORY_URL=https://artifactory.studio.example/artifactory
ARG ARTIFACTORY_API_KEY=<<key>>

USER root
RUN apt-get update && apt-get install -y --no-install-recommends curl jq zip && rm -rf /var/lib/apt/lists/*
RUN curl -fsS -H "X-JFrog-Art-Api: ${ARTIFACTORY_API_KEY}" \
      "${ARTIFACTORY_URL}/ue-thirdparty/steamworks_sdk_159.zip" -o /tmp/steamworks.zip \
 && unzip -q /tmp/steamworks.zip -d /opt/steamworks && rm /tmp/steamworks.zip
USER ue4
WORKDIR /project
""", key=_key), _key, "JFrog Artifactory docs: X-JFrog-Art-Api header; Dockerfile ARG")

_auth = b64("arena-ci:" + rand_pw(20))
S("json", "registry-auth", "ci/docker/config.json", _t(r"""
{
  "auths": {
    "registry.studio.example": {
      "auth": "<<auth>>"
    },
    "ghcr.io": {}
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", auth=_auth), _auth, "Docker docs: config.json auths (base64 user:password)")

_tok = jenkins_token()
S("python", "jenkins-token", "tools/ci/trigger_nightly.py", _t(r"""
#!/usr/bin/env python3
# Kick the nightly Unreal build from the release dashboard.
import sys

import requests

JENKINS = "https://jenkins.studio.example"
USER = "release-bot"
API_TOKEN = "<<tok>>"


def trigger(job: str, **params: str) -> None:
    url = f"{JENKINS}/job/{job}/buildWithParameters"
    resp = requests.post(url, auth=(USER, API_TOKEN), params=params, timeout=20)
    resp.raise_for_status()
    print("queued:", resp.headers.get("Location"))


if __name__ == "__main__":
    trigger("arena-nightly", BRANCH=sys.argv[1] if len(sys.argv) > 1 else "main", CLEAN="false")
""", tok=_tok), _tok, "Jenkins docs: Remote access API, buildWithParameters with an API token")

_pw = rand_pw(18)
S("gitconfig", "git-lfs-password", ".lfsconfig", _t(r"""
[lfs]
	url = https://lfs-ci:<<pw>>@lfs.studio.example/arena/arena.git/info/lfs
	locksverify = true
	concurrenttransfers = 16
[lfs "transfer"]
	maxretries = 5
""", pw=_pw), _pw, "git-lfs docs: .lfsconfig (lfs.url)")

_key = b64_bytes(32)
S("unreal-ini", "pak-encryption-key", "Config/DefaultCrypto.ini", _t(r"""
[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=<<key>>
bEncryptPakIniFiles=True
bEncryptPakIndex=True
bEncryptUAssetFiles=False
bEncryptAllAssetFiles=False
SigningPublicExponent=
SigningModulus=
SigningPrivateExponent=
bEnablePakSigning=False
""", key=_key), _key, "Unreal Engine docs: Crypto Keys project settings (DefaultCrypto.ini EncryptionKey)")

_pw = words_pw()
S("xml", "steam-build-password", "Build/BuildGraph/PublishSteam.xml", _t(r"""
<?xml version="1.0" encoding="utf-8"?>
<BuildGraph xmlns="http://www.epicgames.com/BuildGraph" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Option Name="SteamBranch" DefaultValue="beta" Description="Steam branch to set live"/>
  <Property Name="SteamCmd" Value="$(RootDir)/Tools/ContentBuilder/builder/steamcmd.exe"/>
  <Property Name="SteamUser" Value="studio_buildbot"/>
  <Property Name="SteamPassword" Value="<<pw>>"/>

  <Agent Name="Publish Steam" Type="Win64">
    <Node Name="Upload Steam" Requires="#StagedBuild_Win64">
      <Spawn Exe="$(SteamCmd)" Arguments="+login $(SteamUser) $(SteamPassword) +run_app_build ../scripts/app_build_1938090_$(SteamBranch).vdf +quit"/>
    </Node>
  </Agent>
</BuildGraph>
""", pw=_pw), _pw, "Unreal Engine docs: BuildGraph script elements (Property, Spawn)")

_hook = discord_webhook()
S("python", "discord-webhook", "tools/ci/notify_discord.py", _t(r"""
#!/usr/bin/env python3
# Post the build result to #build-status.
import json
import os
import sys
import urllib.request

WEBHOOK_URL = "<<hook>>"


def notify(status: str, build: str, url: str) -> None:
    colour = 0x2ECC71 if status == "SUCCESS" else 0xE74C3C
    body = {"embeds": [{"title": f"Arena {build}: {status}", "url": url, "color": colour}]}
    req = urllib.request.Request(WEBHOOK_URL, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    notify(sys.argv[1], os.environ.get("BUILD_NUMBER", "local"), os.environ.get("BUILD_URL", ""))
""", hook=_hook), _hook, "Discord developer docs: Execute Webhook")

_hook = slack_webhook()
S("github-actions", "slack-webhook", ".github/workflows/nightly-notify.yml", _t(r"""
name: Nightly status
on:
  workflow_run:
    workflows: ["Build Windows", "Build Android"]
    types: [completed]
jobs:
  notify:
    runs-on: ubuntu-latest
    steps:
      - name: Post to #arena-builds
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data "{\"text\": \"${{ github.event.workflow_run.name }}: ${{ github.event.workflow_run.conclusion }} (${{ github.event.workflow_run.html_url }})\"}" \
            <<hook>>
""", hook=_hook), _hook, "Slack docs: incoming webhooks; GitHub Actions workflow_run event")

_sec = draw(32, ALNUM)
S("env", "ugs-service-secret", "ci/.env.ugs", _t(r"""
# Unity Gaming Services CLI (ugs) - deploy Remote Config, Cloud Code and Economy from CI.
UGS_CLI_PROJECT_ID=<<proj>>
UGS_CLI_ENVIRONMENT_NAME=production
UGS_CLI_SERVICE_KEY_ID=<<kid>>
UGS_CLI_SERVICE_SECRET_KEY=<<sec>>
""", proj=uuid_s(), kid=uuid_s(), sec=_sec), _sec, "Unity Gaming Services CLI docs: service account authentication (UGS_CLI_SERVICE_SECRET_KEY)")

_key = hexs(32)
S("shell", "unity-cloud-build-key", "tools/ucb/trigger_build.sh", _t(r"""
#!/bin/sh
# Trigger a Unity Build Automation (Cloud Build) target and print the build number.
ORG="studio-games"
PROJECT="arena"
TARGET="${1:-android-release}"

curl -s -X POST \
  -H "Content-Type: application/json" \
  -H "Authorization: Basic <<key>>" \
  -d '{"clean": false, "delay": 0}' \
  "https://build-api.cloud.unity3d.com/api/v1/orgs/${ORG}/projects/${PROJECT}/buildtargets/${TARGET}/builds" \
  | jq '.[0].build'
""", key=_key), _key, "Unity Build Automation API docs: Authorization: Basic <API key>")

_key = draw(12, LOWDIG)
S("unity-asset", "vivox-key", "Assets/Settings/VivoxCredentials.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Enabled: 1
  m_Script: {fileID: 11500000, guid: 7d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a, type: 3}
  m_Name: VivoxCredentials
  m_EditorClassIdentifier: 
  server: https://unity.vivox.com/appconfig/<<issuer>>-arena-dev
  domain: mtu1xp.vivox.com
  tokenIssuer: <<issuer>>-arena-dev
  tokenKey: <<key>>
  tokenExpiration: 90
""", issuer=draw(5, string.ascii_lowercase) + digits(4), key=_key), _key,
  "Vivox Unity SDK docs: developer portal credentials (Server, Domain, Token Issuer, Token Key)")

_pw = rand_pw(24)
S("makefile", "registry-password", "server/Makefile", _t(r"""
REGISTRY   ?= registry.studio.example
IMAGE      ?= $(REGISTRY)/arena/server
TAG        ?= $(shell git describe --tags --always)
REG_USER   ?= arena-ci
REG_PASS   ?= <<pw>>

.PHONY: build push login

build:
	docker build -f Dockerfile.server -t $(IMAGE):$(TAG) ../Packaged/LinuxServer

login:
	@echo "$(REG_PASS)" | docker login $(REGISTRY) -u $(REG_USER) --password-stdin

push: login build
	docker push $(IMAGE):$(TAG)
""", pw=_pw), _pw, "GNU make manual: ?= variables; docker login --password-stdin")

# === Backend services: databases, caches, service keys ==========================================

_pw = fakes.redis_password(_seed())
S("toml", "redis", "services/leaderboard/config/production.toml", _t(r"""
[server]
bind = "0.0.0.0:8090"
workers = 8

[redis]
url = "rediss://default:<<pw>>@leaderboard-prod.abc123.euw1.cache.amazonaws.com:6379/0"
pool_size = 32
key_prefix = "lb:s9:"

[seasons]
current = 9
weekly_reset = "MON 07:00 UTC"
top_n_cache = 1000
""", pw=_pw), _pw, "redis-rs / Redis URI scheme (rediss://user:password@host:port/db)")

_pw = rand_pw(20)
S("env", "mongodb", "backend/profile-service/.env.local", _t(r"""
PORT=4010
NODE_ENV=development
MONGODB_URI=mongodb+srv://profile-svc:<<pw>>@arena-dev.x7kq2.mongodb.net/profiles?retryWrites=true&w=majority
CACHE_TTL_SECONDS=120
FEATURE_CROSS_PROGRESSION=true
""", pw=_pw), _pw, "MongoDB docs: connection string URI format (mongodb+srv)")

_pw = words_pw()
S("sql", "postgres", "db/migrations/V0042__service_roles.sql", _t(r"""
-- Service roles for the live-ops services (season 9 split of the monolith).
CREATE ROLE liveops_ro NOLOGIN;
GRANT USAGE ON SCHEMA economy, events TO liveops_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA economy, events TO liveops_ro;

CREATE USER matchmaker WITH PASSWORD '<<pw>>';
GRANT liveops_ro TO matchmaker;
GRANT INSERT, UPDATE ON events.match_results TO matchmaker;

ALTER DEFAULT PRIVILEGES IN SCHEMA economy GRANT SELECT ON TABLES TO liveops_ro;
""", pw=_pw), _pw, "PostgreSQL docs: CREATE USER ... WITH PASSWORD")

_pw = rand_pw(22)
S("systemd", "postgres", "ops/systemd/lobby-server.service", _t(r"""
[Unit]
Description=Arena lobby server
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=arena
WorkingDirectory=/opt/arena/lobby
Environment=RUST_LOG=info
Environment=LOBBY_BIND=0.0.0.0:7000
Environment="DATABASE_URL=postgres://lobby:<<pw>>@10.30.2.11:5432/lobby"
ExecStart=/opt/arena/lobby/lobby-server
Restart=always
RestartSec=3
LimitNOFILE=65536

[Install]
WantedBy=multi-user.target
""", pw=_pw), _pw, "systemd.exec(5): Environment=; PostgreSQL connection URI")

_key = rand_pw(40)
S("nginx", "api-key", "ops/nginx/sites-enabled/admin-api.conf", _t(r"""
server {
    listen 443 ssl http2;
    server_name admin.liveops.studio.example;

    ssl_certificate     /etc/letsencrypt/live/admin.liveops.studio.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/admin.liveops.studio.example/privkey.pem;

    # The admin UI talks to the backend with the service key added here.
    location /api/ {
        proxy_pass http://127.0.0.1:9000/;
        proxy_set_header X-Api-Key "<<key>>";
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Host $host;
    }

    location / {
        root /srv/liveops-admin/dist;
        try_files $uri /index.html;
    }
}
""", key=_key), _key, "nginx docs: proxy_set_header")

_pw = season_pw()
S("xml", "mssql", "Backend/LegacyAccounts/Web.config", _t(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Accounts"
         connectionString="Server=tcp:sql-accounts.studio.example,1433;Database=Accounts;User ID=accounts_web;Password=<<pw>>;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="LinkSteamEnabled" value="true" />
    <add key="LinkEpicEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", pw=_pw), _pw, "ASP.NET docs: Web.config connectionStrings (SqlClient connection string)")

_key = b64_bytes(48)
S("toml", "jwt-secret", "server/lobby/config/production.toml", _t(r"""
[http]
bind = "0.0.0.0:7000"
cors_origins = ["https://arena.studio.example"]

[auth]
issuer = "arena-lobby"
audience = "arena-clients"
hs256_secret = "<<key>>"
token_ttl_secs = 3600

[matchmaking]
queue_timeout_secs = 180
max_party_size = 5
""", key=_key), _key, "jsonwebtoken (crate) docs: EncodingKey::from_secret (HS256 shared secret)")

_pw = words_pw()
S("json", "postgres", ".vscode/launch.json", _t(r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Debug economy service (staging DB)",
      "type": "node",
      "request": "launch",
      "program": "${workspaceFolder}/services/economy/dist/index.js",
      "preLaunchTask": "tsc: build - services/economy/tsconfig.json",
      "env": {
        "NODE_ENV": "development",
        "DATABASE_URL": "postgresql://economy:<<pw>>@pg-staging.internal:5432/economy",
        "LOG_LEVEL": "debug"
      },
      "outFiles": ["${workspaceFolder}/services/economy/dist/**/*.js"]
    }
  ]
}
""", pw=_pw), _pw, "VS Code docs: launch.json env attribute")

_pw = words_pw()
S("yaml", "ssh-password", "ops/ansible/group_vars/baremetal_gameservers.yml", _t(r"""
# Bare-metal dedicated servers (i3D, OVH). Windows boxes are in group_vars/win_gameservers.yml.
ansible_user: arena-ops
ansible_become: true
ansible_become_password: "<<pw>>"
ansible_python_interpreter: /usr/bin/python3
arena_server_version: "2024.06.2"
arena_instances_per_host: 12
arena_port_range_start: 7777
node_exporter_enabled: true
""", pw=_pw), _pw, "Ansible docs: connection variables (ansible_become_password)")

_key = steam_key()
S("k8s-secret", "steam-webapi-key", "deploy/k8s/platform-auth/steam-secret.yaml", _t(r"""
apiVersion: v1
kind: Secret
metadata:
  name: steam-webapi
  namespace: platform-auth
type: Opaque
stringData:
  STEAM_APP_ID: "1938090"
  STEAM_WEBAPI_KEY: "<<key>>"
""", key=_key), _key, "Kubernetes docs: Secret stringData")

_pw = words_pw()
S("markdown", "admin-password", "docs/runbooks/dedicated-server-admin.md", _t(r"""
# Dedicated server admin access (playtest fleet)

The playtest fleet runs the admin web panel on port 8443 of each host.

- URL: `https://<host>:8443/admin`
- User: `playtest-admin`
- Password: `<<pw>>`

From the panel you can kick/ban, change the map rotation and restart instances.
Do not give this to external testers; they get moderator accounts instead.

If a host is unreachable, check the Agones `GameServer` status first:

    kubectl -n playtest get gs -o wide
""", pw=_pw), _pw, "Team runbook in the repository (Markdown)")

# === More decoys: CI, build, infra ==============================================================

D("github-actions", "secret-ref", ".github/workflows/build-android.yml", _t(r"""
name: Build Android
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          lfs: true
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_LICENSE: ${{ secrets.UNITY_LICENSE }}
          UNITY_EMAIL: ${{ secrets.UNITY_EMAIL }}
          UNITY_PASSWORD: ${{ secrets.UNITY_PASSWORD }}
        with:
          targetPlatform: Android
          androidExportType: androidAppBundle
          androidKeystoreName: arena-release.keystore
          androidKeystoreBase64: ${{ secrets.ANDROID_KEYSTORE_BASE64 }}
          androidKeystorePass: ${{ secrets.ANDROID_KEYSTORE_PASS }}
          androidKeyaliasName: arena
          androidKeyaliasPass: ${{ secrets.ANDROID_KEYALIAS_PASS }}
"""), "game-ci docs: unity-builder inputs for Android signing from GitHub secrets")

D("gitlab-ci", "env-reference", "ci/templates/unity-build.gitlab-ci.yml", _t(r"""
# Included from .gitlab-ci.yml. UNITY_SERIAL, UNITY_USERNAME and UNITY_PASSWORD are
# masked + protected CI/CD variables set at the group level.
.unity-build:
  image: unityci/editor:ubuntu-2022.3.21f1-base-3
  before_script:
    - unity-editor -quit -batchmode -nographics -serial "$UNITY_SERIAL" -username "$UNITY_USERNAME" -password "$UNITY_PASSWORD" -logFile -
  script:
    - unity-editor -quit -batchmode -nographics -projectPath . -executeMethod BuildScript.$BUILD_TARGET -logFile -
  after_script:
    - unity-editor -quit -batchmode -returnlicense -username "$UNITY_USERNAME" -password "$UNITY_PASSWORD"
"""), "GitLab docs: masked and protected CI/CD variables")

D("yaml", "ciphertext", "ops/ansible/group_vars/win_gameservers/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n"
  + "\n".join(hexs(80) for _ in range(12)) + "\n" + hexs(34) + "\n",
  "Ansible docs: ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)")

D("yaml", "sops-ciphertext", "deploy/secrets/liveops.enc.yaml", _t(r"""
playfab:
    title_id: ENC[AES256_GCM,data:<<d1>>,iv:<<iv1>>,tag:<<t1>>,type:str]
    secret_key: ENC[AES256_GCM,data:<<d2>>,iv:<<iv2>>,tag:<<t2>>,type:str]
steam:
    publisher_key: ENC[AES256_GCM,data:<<d3>>,iv:<<iv3>>,tag:<<t3>>,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:481926730155:key/<<kms>>
          created_at: "2024-05-02T09:14:31Z"
          enc: AQICAH<<enc>>
          aws_profile: ""
    lastmodified: "2024-05-02T09:14:33Z"
    mac: ENC[AES256_GCM,data:<<mac>>,iv:<<iv4>>,tag:<<t4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", d1=b64_bytes(5), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(52), iv2=b64_bytes(32), t2=b64_bytes(16),
   d3=b64_bytes(32), iv3=b64_bytes(32), t3=b64_bytes(16), kms=uuid_s(), enc=draw(180, ALNUM + "+/") + "==",
   mac=b64_bytes(64), iv4=b64_bytes(32), t4=b64_bytes(16)), "Mozilla SOPS README: encrypted YAML (ENC[AES256_GCM,...])")

D("xml", "ciphertext", "ci/jenkins/casc/credentials.xml", _t(r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>steam-build-account</id>
          <description>SteamPipe uploader</description>
          <username>studio_buildbot</username>
          <password>{AQAAABAAAAAQ<<c1>>}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>sentry-auth-token</id>
          <secret>{AQAAABAAAABQ<<c2>>}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", c1=draw(44, ALNUM + "+/") + "=", c2=draw(108, ALNUM + "+/") + "="),
  "Jenkins credentials plugin: credentials.xml (secrets encrypted with the controller key)")

D("json", "hash", "Packages/packages-lock.json", _t(r"""
{
  "dependencies": {
    "com.studio.netcode": {
      "version": "ssh://git@github.com/studio-games/unity-netcode.git#v2.3.1",
      "depth": 0,
      "source": "git",
      "dependencies": {},
      "hash": "<<h1>>"
    },
    "com.studio.ui-kit": {
      "version": "https://github.com/studio-games/ui-kit.git?path=/Packages/com.studio.ui-kit#1.8.0",
      "depth": 0,
      "source": "git",
      "dependencies": { "com.unity.textmeshpro": "3.0.6" },
      "hash": "<<h2>>"
    },
    "com.unity.addressables": {
      "version": "1.21.19",
      "depth": 0,
      "source": "registry",
      "dependencies": { "com.unity.scriptablebuildpipeline": "1.21.21" },
      "url": "https://packages.unity.com"
    }
  }
}
""", h1=hexs(40), h2=hexs(40)), "Unity docs: the package lock file (git dependencies with commit hash)")

D("json", "public-url", "Packages/manifest.ssh.json", _t(r"""
{
  "dependencies": {
    "com.studio.netcode": "ssh://git@github.com/studio-games/unity-netcode.git#v2.3.1",
    "com.studio.ui-kit": "git@github.com:studio-games/ui-kit.git?path=/Packages/com.studio.ui-kit#1.8.0",
    "com.unity.addressables": "1.21.19",
    "com.unity.inputsystem": "1.7.0"
  },
  "scopedRegistries": [
    {
      "name": "package.openupm.com",
      "url": "https://package.openupm.com",
      "scopes": ["com.cysharp", "jp.hadashikick"]
    }
  ]
}
"""), "Unity docs: Git dependencies over SSH, scoped registries")

D("unity-asset", "public-id", "ProjectSettings/ProjectSettings.asset", _t(r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: <<pg>>
  AndroidProfiler: 0
  companyName: Studio
  productName: Studio Arena
  bundleVersion: 1.4.0
  AndroidBundleVersionCode: 412
  AndroidMinSdkVersion: 26
  AndroidTargetSdkVersion: 34
  androidUseCustomKeystore: 1
  AndroidKeystoreName: '{inproject}: Keystores/arena-release.keystore'
  AndroidKeyaliasName: arena
  cloudProjectId: <<cloud>>
  projectName: Studio Arena
  organizationId: studio-games
  cloudEnabled: 0
  legacyClampBlendShapeWeights: 0
""", pg=hexs(32), cloud=uuid_s()), "Unity ProjectSettings.asset: keystore name only, passwords are never serialized")

D("unity-meta", "guid", "Assets/Plugins/Steamworks.NET/Plugins/x86_64/steam_api64.dll.meta", _t(r"""
fileFormatVersion: 2
guid: <<g>>
PluginImporter:
  externalObjects: {}
  serializedVersion: 2
  iconMap: {}
  executionOrder: {}
  defineConstraints: []
  isPreloaded: 0
  isOverridable: 0
  platformData:
  - first:
      Standalone: Win64
    second:
      enabled: 1
      settings:
        CPU: x86_64
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""", g=hexs(32)), "Unity docs: asset metadata (.meta files, guid)")

D("unreal-ini", "empty", "Config/DefaultCrypto.Client.ini", _t(r"""
; Client builds: pak encryption is injected by the build farm from the secret store
; (UAT -CryptoKeys=... override). Keep these empty in source control.
[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=
bEncryptPakIniFiles=True
bEncryptPakIndex=True
SigningPublicExponent=
SigningModulus=
SigningPrivateExponent=
bEnablePakSigning=False
"""), "Unreal Engine docs: Crypto Keys settings")

D("godot-cfg", "empty", "export/android/export_presets.cfg", _t(r"""
[preset.0]

name="Android"
platform="Android"
runnable=true
export_path="build/android/arena.aab"

[preset.0.options]

gradle_build/use_gradle_build=true
keystore/debug=""
keystore/debug_user=""
keystore/debug_password=""
; release keystore and password come from GODOT_ANDROID_KEYSTORE_RELEASE_PATH/_USER/_PASSWORD in CI
keystore/release=""
keystore/release_user=""
keystore/release_password=""
package/unique_name="com.studio.arena"
"""), "Godot docs: Exporting for Android, keystore environment variables")

D("systemd", "credential-ref", "ops/systemd/matchmaker.service", _t(r"""
[Unit]
Description=Arena matchmaker director
After=network-online.target

[Service]
Type=simple
User=matchmaker
EnvironmentFile=/etc/arena/matchmaker.env
LoadCredential=db-password:/etc/arena/credentials/matchmaker-db-password
Environment=DB_PASSWORD_FILE=%d/db-password
ExecStart=/opt/arena/matchmaker/director --config /etc/arena/matchmaker.yaml
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""), "systemd.exec(5): LoadCredential= and EnvironmentFile=")

D("nginx", "file-ref", "ops/nginx/sites-enabled/grafana.conf", _t(r"""
server {
    listen 443 ssl;
    server_name grafana.ops.studio.example;
    ssl_certificate     /etc/letsencrypt/live/grafana.ops.studio.example/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/grafana.ops.studio.example/privkey.pem;

    auth_basic           "Ops";
    auth_basic_user_file /etc/nginx/htpasswd.ops;

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
"""), "nginx docs: ngx_http_auth_basic_module, ssl_certificate_key paths")

D("htpasswd", "password-hash", "ops/nginx/htpasswd.ops", "\n".join(
    f"{user}:$apr1${draw(8, ALNUM + './')}${draw(22, ALNUM + './')}"
    for user in ["ops-oncall", "liveops-lead", "qa-lead", "build-master", "community-mgr"]) + "\n",
  "Apache htpasswd docs: MD5 ($apr1$) password hashes")

D("sql", "password-hash", "db/seed/dev_admin_users.sql", _t(r"""
-- Seed data for local/dev only: admin console users with bcrypt hashes (cost 12).
INSERT INTO admin_users (email, display_name, password_hash, role) VALUES
  ('liveops@studio.example', 'Live Ops', '<<h1>>', 'admin'),
  ('support@studio.example', 'Support', '<<h2>>', 'support'),
  ('qa@studio.example', 'QA', '<<h3>>', 'readonly')
ON CONFLICT (email) DO NOTHING;
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), "bcrypt hash format ($2b$12$...) in a seed script")

D("python", "secret-store", "services/platform-auth/platform_auth/secrets.py", _t(r"""
import json
from functools import lru_cache

import boto3

_client = boto3.client("secretsmanager", region_name="eu-west-1")


@lru_cache(maxsize=None)
def get_secret(name: str) -> dict:
    # e.g. get_secret("arena/prod/steam")["publisher_key"]
    resp = _client.get_secret_value(SecretId=name)
    return json.loads(resp["SecretString"])


def steam_publisher_key() -> str:
    return get_secret("arena/prod/steam")["publisher_key"]


def eos_client_secret() -> str:
    return get_secret("arena/prod/eos")["client_secret"]
"""), "boto3 docs: SecretsManager.Client.get_secret_value")

D("docker-compose", "secret-file", "services/store/docker-compose.yml", _t(r"""
services:
  receipt-service:
    image: registry.studio.example/store/receipt-service:1.12.0
    environment:
      APPLE_SHARED_SECRET_FILE: /run/secrets/apple_shared_secret
      GOOGLE_APPLICATION_CREDENTIALS: /run/secrets/play_publisher_json
    secrets:
      - apple_shared_secret
      - play_publisher_json
    ports:
      - "8443:8443"

secrets:
  apple_shared_secret:
    file: ./secrets/apple_shared_secret.txt
  play_publisher_json:
    file: ./secrets/play-publisher.json
"""), "Docker Compose docs: secrets (file-based, mounted under /run/secrets)")

D("dockerfile", "buildkit-secret", "ci/docker/ue-linux-builder-v2.Dockerfile", _t(r"""
# syntax=docker/dockerfile:1.6
FROM ghcr.io/epicgames/unreal-engine:dev-slim-5.3.2

ARG ARTIFACTORY_URL=https://artifactory.studio.example/artifactory
USER root
RUN --mount=type=secret,id=artifactory_key \
    curl -fsS -H "X-JFrog-Art-Api: $(cat /run/secrets/artifactory_key)" \
      "${ARTIFACTORY_URL}/ue-thirdparty/steamworks_sdk_159.zip" -o /tmp/steamworks.zip \
 && unzip -q /tmp/steamworks.zip -d /opt/steamworks && rm /tmp/steamworks.zip
USER ue4
WORKDIR /project
"""), "Docker docs: build secrets (RUN --mount=type=secret)")

D("kotlin", "tokenized", ".teamcity/UploadSteam.kts", _t(r'''
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

object UploadSteamRelease : BuildType({
    name = "Upload Steam release"
    params {
        param("env.STEAM_BUILD_USER", "studio_buildbot")
        password("env.STEAM_BUILD_PASSWORD", "credentialsJSON:<<u1>>", display = ParameterDisplay.HIDDEN)
        password("env.SENTRY_AUTH_TOKEN", "credentialsJSON:<<u2>>")
    }
    steps {
        script {
            scriptContent = """tools\ContentBuilder\builder\steamcmd.exe +login %env.STEAM_BUILD_USER% %env.STEAM_BUILD_PASSWORD% +run_app_build ..\scripts\app_build_1938090.vdf +quit"""
        }
    }
})
''', u1=uuid_s(), u2=uuid_s()), "TeamCity docs: storing secure values in settings (credentialsJSON tokens)")

D("azure-pipelines", "secret-ref", "ci/azure/release-pipelines.yml", _t(r"""
trigger: none

variables:
  - group: arena-release-secrets   # Library group linked to Key Vault kv-arena-release

pool:
  name: UnrealBuilders

steps:
  - checkout: self
    persistCredentials: true
  - script: |
      git -c http.extraheader="AUTHORIZATION: bearer $(System.AccessToken)" clone https://dev.azure.com/studio/Arena/_git/ArenaPlugins Plugins/Studio
    displayName: Fetch internal plugins
  - script: tools\ContentBuilder\run_build_ci.bat
    env:
      STEAM_BUILD_USER: studio_buildbot
      STEAM_BUILD_PASSWORD: $(steam-build-password)
"""), "Azure Pipelines docs: variable groups linked to Key Vault; System.AccessToken")

D("makefile", "file-ref", "server/Makefile.ci", _t(r"""
REGISTRY ?= registry.studio.example
IMAGE    ?= $(REGISTRY)/arena/server
TAG      ?= $(shell git describe --tags --always)
REG_USER ?= arena-ci
REG_TOKEN_FILE ?= $(HOME)/.config/arena/registry-token

.PHONY: login push
login:
	@docker login $(REGISTRY) -u $(REG_USER) --password-stdin < $(REG_TOKEN_FILE)

push: login
	docker push $(IMAGE):$(TAG)
"""), "docker login docs: --password-stdin from a file")

D("json", "credential-helper", "ci/docker/config.helper.json", _t(r"""
{
  "auths": {
    "registry.studio.example": {},
    "481926730155.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credsStore": "desktop",
  "credHelpers": {
    "481926730155.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  }
}
"""), "Docker docs: credential stores and credential helpers (credsStore, credHelpers)")

D("p4config", "no-secret", "tools/p4/.p4config.artist", _t(r"""
# Artists' workspace settings. Log in with `p4 login` (SSO); the ticket is stored
# in %USERPROFILE%\p4tickets.txt, never here.
P4PORT=ssl:perforce.studio.example:1666
P4CLIENT=%USERNAME%-arena-main
P4CHARSET=utf8
P4IGNORE=.p4ignore
P4TICKETS=%USERPROFILE%\p4tickets.txt
"""), "Perforce docs: P4CONFIG and P4TICKETS")

D("toml", "template", "ci/agent/upmconfig.toml.tmpl", _t(r"""
# Rendered by the agent bootstrap with consul-template; the token is read from Vault.
[npmAuth."https://npm.pkg.studio.example"]
token = "{{ with secret "secret/data/ci/upm" }}{{ .Data.data.token }}{{ end }}"
alwaysAuth = true

[npmAuth."https://package.openupm.com"]
alwaysAuth = false
"""), "consul-template docs: secret function with Vault KV v2")

_hdr = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
_body = base64.urlsafe_b64encode(json.dumps({"tid": uuid_s(), "uid": uuid_s(), "usn": "fixture_player",
                                             "exp": 1577836800}).encode()).decode().rstrip("=")
D("json", "test-fixture", "nakama/modules/tests/fixtures/session.json", _t(r"""
{
  "_comment": "Expired session (exp 2020-01-01) signed with the test encryption key from nakama/local.yml; fixture for the TS runtime tests.",
  "token": "<<jwt>>",
  "refresh_token": null,
  "created": false,
  "username": "fixture_player"
}
""", jwt=f"{_hdr}.{_body}.{draw(43, ALNUM + '-_')}"), "Nakama docs: session tokens (JWT); test fixtures")

D("ssh", "public-key", "ops/ansible/roles/base/files/authorized_keys", "\n".join(
    f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{draw(43, ALNUM + '+/')} {who}@studio.example"
    for who in ["ops-oncall", "build-master", "netcode-lead", "liveops-lead", "sre-bot"]) + "\n",
  "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

D("env", "placeholder", "ci/.env.ugs.example", _t(r"""
# Unity Gaming Services CLI. Create a service account in the Unity Cloud dashboard
# (Administration > Service accounts) and paste its key here locally.
UGS_CLI_PROJECT_ID=<<proj>>
UGS_CLI_ENVIRONMENT_NAME=production
UGS_CLI_SERVICE_KEY_ID=<service-account-key-id>
UGS_CLI_SERVICE_SECRET_KEY=<service-account-secret-key>
""", proj=uuid_s()), "Unity Gaming Services CLI docs: service account authentication")

D("ruby", "env-reference", "fastlane/Fastfile.android", _t(r"""
platform :android do
  desc "Upload the Unity-built AAB to the internal track"
  lane :internal do
    upload_to_play_store(
      track: "internal",
      aab: "Builds/Android/arena.aab",
      json_key_data: ENV.fetch("PLAY_PUBLISHER_JSON"),
      package_name: "com.studio.arena",
      skip_upload_metadata: true,
      skip_upload_images: true,
    )
  end
end
"""), "fastlane docs: upload_to_play_store (json_key_data from the environment)")
