"""Blind set DY: court reporting and legal transcription firms.

Stenography software and its cloud sync (CAT systems), realtime feeds and relay servers, video
deposition capture and streaming, speech-to-text vendors, e-filing portals (EFSPs, CM/ECF),
document repositories (NetDocuments, iManage, Box, SharePoint, S3), e-signature, billing and
payments, scheduling apps, and the CI, infrastructure and runbooks around them; with decoys.
Generated fakes only (seeds 1240000-1249999).
"""
from __future__ import annotations

import base64
import random
import re
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LO, SEED_HI = 1240000, 1249999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


WORDS = ["Verbatim", "Gavel", "Docket", "Exhibit", "Steno", "Caption", "Affidavit", "Subpoena", "Transcript",
         "Witness", "Bailiff", "Counsel", "Harbor", "Maple", "Falcon", "Cedar", "Granite", "Willow", "Summit",
         "Lantern", "Copper", "Beacon", "Quartz", "Juniper", "Kestrel", "Marlin"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "ribbon", "quill"]


def human_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def short_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + str(r.randint(1970, 2025)) + r.choice("!#$?")


def url_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("-_.~!") + r.choice(WORDS).lower() + str(r.randint(10, 9999))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM) if not extra else draw(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def aws_pair():
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s)


def stripe_key(kind: str = "sk_live_") -> str:
    r = _rng()
    return kind + "51" + "".join(r.choice(UPNUM) for _ in range(6)) + "".join(r.choice(ALNUM) for _ in range(91))


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPNUM) + "/B" + draw(10, UPNUM) + "/" + draw(24))


def teams_webhook() -> str:
    return (f"https://lexreport.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + draw(43, URLSAFE))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(URLSAFE) for _ in range(68))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def github_pat() -> str:
    return fakes.github_token(_seed())


def github_fg() -> str:
    return fakes.github_fine_grained_token(_seed())


def gitlab_pat() -> str:
    return "glpat-" + mixed(20, URLSAFE)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def google_api_key() -> str:
    return "AIza" + "Sy" + draw(33, URLSAFE)


def google_client_secret() -> str:
    return "GOCSPX-" + draw(28, URLSAFE)


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return draw(86, ALNUM + "+/") + "=="


def dropbox_token() -> str:
    return "sl.B" + draw(135, URLSAFE)


def npm_token() -> str:
    return "npm_" + mixed(36)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def hubspot_pat() -> str:
    return "pat-na1-" + uuid_s()


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + draw(170, URLSAFE) + "=" + draw(8, UPNUM)


def square_token() -> str:
    return "EAAAE" + draw(59, URLSAFE)


def vault_token() -> str:
    return "hvs." + draw(90, URLSAFE)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def airtable_pat() -> str:
    return "pat" + draw(14) + "." + hexs(64)


def notion_token() -> str:
    return "ntn_" + draw(46)


def linear_key() -> str:
    return "lin_api_" + draw(40)


def sentry_user_token() -> str:
    return "sntryu_" + hexs(64)


def ado_pat() -> str:
    return draw(52, "abcdefghijklmnopqrstuvwxyz234567")


def fcm_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(24)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


_PEM_SHAPES = {  # label, DER head as base64, lines of 64 (a short but well-formed body)
    "RSA": ("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 14),
    "PRIVATE": ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 14),
    "EC": ("EC PRIVATE KEY", "MHcCAQEEI", 2),
}


def pem(kind: str = "RSA") -> str:
    label, head, lines = _PEM_SHAPES[kind]
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "EC":
        rows.append("".join(r.choice(ALNUM + "+/") for _ in range(32)) + "==")
    else:
        rows.append("".join(r.choice(ALNUM + "+/") for _ in range(40)) + "=")
    return f"-----BEGIN {label}-----\n" + "\n".join(rows) + f"\n-----END {label}-----"


# decoy material
def sha256() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(8))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[44:] + "\n-----END PUBLIC KEY-----"


_TOKEN = re.compile(r"@[A-Z][A-Z0-9_]*@")


def T(text: str, **values: str) -> str:
    for key, value in values.items():
        marker = "@" + key + "@"
        assert marker in text, key
        text = text.replace(marker, value)
    assert not _TOKEN.search(text), _TOKEN.search(text)
    return text


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- realtime feeds and CAT software
pw = human_pw()
add("blind-dy/yaml/password", "relay/config/realtime-relay.yaml", T(r"""# Realtime relay: takes the writer's CAT output (TCP 9999) and fans it out
# to attorneys' viewers (CaseViewNet / browser) over websockets.
server:
  listen: 0.0.0.0:8443
  tls:
    cert: /etc/relay/tls/fullchain.pem
    key: /etc/relay/tls/privkey.pem
ingest:
  protocol: tcp
  port: 9999
  encoding: cp1252
  translate_steno: false
sessions:
  max_viewers: 40
  idle_timeout: 45m
  default_room: depo-room-a
admin:
  username: relayadmin
  password: @PW@
  allowed_cidrs:
    - 10.20.0.0/16
    - 192.168.50.0/24
logging:
  level: info
  file: /var/log/relay/relay.log
""", PW=pw), pw, "CaseViewNet / Bridge realtime connection guides (TCP realtime output from CAT software)")

sec = mixed(40)
add("blind-dy/ini/box-client-secret", "CATsync/cloudsync.ini", T(r"""; CAT cloud sync - pushes finished job folders to Box for scopists and proofreaders
[General]
JobRoot=D:\CAT\Jobs
WatchExtensions=.sgstn;.sgngl;.rtf;.ptx;.pdf
PollSeconds=30

[Box]
ClientID=k9w2x7qv3m1rt5yzp8ne4bhd6ju0ac2f
ClientSecret=@SEC@
EnterpriseID=884213
SharedFolderId=219873340561
UploadChunkMB=20

[Proxy]
Enabled=0
Host=
Port=8080
""", SEC=sec), sec, "Box developer docs: Client Credentials Grant (client id / client secret)")

jwt_secret = mixed(48, URLSAFE)
add("blind-dy/js/jwt-secret", "viewer-gateway/src/auth.js", T(r"""'use strict';

const jwt = require('jsonwebtoken');

// Signs the short-lived viewer tokens handed to attorneys joining a realtime session.
const SIGNING_SECRET = '@SEC@';
const ISSUER = 'realtime.lexreport.net';

function issueViewerToken(sessionId, attendee) {
  return jwt.sign(
    { sid: sessionId, sub: attendee.email, role: attendee.role || 'viewer' },
    SIGNING_SECRET,
    { algorithm: 'HS256', expiresIn: '10h', issuer: ISSUER }
  );
}

function verifyViewerToken(token) {
  return jwt.verify(token, SIGNING_SECRET, { issuer: ISSUER });
}

module.exports = { issueViewerToken, verifyViewerToken };
""", SEC=jwt_secret), jwt_secret, "jsonwebtoken README (jwt.sign with an HMAC secret)")

add("blind-dy/markdown/decoy-placeholder", "docs/realtime/connecting-attorneys.md", r"""# Connecting attorneys to a realtime feed

1. Start the realtime session in your CAT software and choose **Output > Realtime > TCP/IP**.
2. In the relay console, create a room for the job (use the job number, e.g. `J-2024-0412`).
3. Send counsel the viewer link and the session password you set for the room:

   ```
   https://realtime.lexreport.net/join/<job-number>
   Session password: <set per job - never reuse>
   ```

4. Check that each viewer shows as connected before going on the record.

> Do not paste session passwords into the calendar invite. Send them by SMS
> to the attorney of record only.

Troubleshooting: if the feed stalls, confirm the writer is still connected
(green dot in the relay console) and that the laptop is not on the guest Wi-Fi.
""", None, "CaseViewNet and Bridge realtime setup guides")

pw = short_pw()
add("blind-dy/xml/password", "CATsystem/Settings/RealtimeOutputs.xml", T(r"""<?xml version="1.0" encoding="utf-8"?>
<RealtimeOutputs version="3">
  <Output name="Bridge (local)" enabled="true">
    <Transport>Serial</Transport>
    <Port>COM4</Port>
    <BaudRate>9600</BaudRate>
  </Output>
  <Output name="Relay cloud" enabled="true">
    <Transport>TCP</Transport>
    <Host>relay.lexreport.net</Host>
    <Port>9999</Port>
    <UseTls>true</UseTls>
    <Account>reporter.jdelgado</Account>
    <Password>@PW@</Password>
    <Reconnect intervalSeconds="5" />
  </Output>
  <Output name="Captioning encoder" enabled="false">
    <Transport>Telnet</Transport>
    <Host>10.4.2.18</Host>
    <Port>23</Port>
  </Output>
</RealtimeOutputs>
""", PW=pw), pw, "CAT software realtime output settings (serial / TCP / telnet encoder outputs)")

sec = mixed(32)
add("blind-dy/python/zoom-client-secret", "depo_tools/zoom_meetings.py", T(r"""import base64
import requests

ZOOM_ACCOUNT_ID = "Rk3pQx7TsdWq2Lm9bYv1Ag"
ZOOM_CLIENT_ID = "pQ7sWm2xRkL4nVb8cD1eTg"
ZOOM_CLIENT_SECRET = "@SEC@"


def access_token() -> str:
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_deposition(topic: str, start_iso: str, host_email: str) -> dict:
    token = access_token()
    body = {
        "topic": topic,
        "type": 2,
        "start_time": start_iso,
        "duration": 240,
        "settings": {"auto_recording": "cloud", "waiting_room": True, "closed_caption": True},
    }
    r = requests.post(f"https://api.zoom.us/v2/users/{host_email}/meetings",
                      json=body, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    r.raise_for_status()
    return r.json()
""", SEC=sec), sec, "Zoom developer docs: Server-to-Server OAuth apps")

add("blind-dy/python/decoy-env-lookup", "depo_tools/zoom_webhooks.py", r"""import hashlib
import hmac
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SECRET_TOKEN = os.environ["ZOOM_WEBHOOK_SECRET_TOKEN"]


@app.post("/zoom/events")
def zoom_events():
    body = request.get_json(force=True)
    if body.get("event") == "endpoint.url_validation":
        plain = body["payload"]["plainToken"]
        digest = hmac.new(SECRET_TOKEN.encode(), plain.encode(), hashlib.sha256).hexdigest()
        return jsonify(plainToken=plain, encryptedToken=digest)

    ts = request.headers.get("x-zm-request-timestamp", "")
    message = f"v0:{ts}:{request.get_data(as_text=True)}"
    expected = "v0=" + hmac.new(SECRET_TOKEN.encode(), message.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("x-zm-signature", "")):
        abort(401)

    if body.get("event") == "recording.completed":
        meeting = body["payload"]["object"]
        app.logger.info("recording ready for %s (%s files)", meeting["topic"], len(meeting["recording_files"]))
    return "", 204
""", None, "Zoom developer docs: webhook signature verification")

pw = human_pw()
add("blind-dy/powershell/password", "scripts/Map-JobShare.ps1", T(r"""# Maps the firm's job share on a reporter laptop before a depo.
param(
    [string]$Drive = "J:",
    [string]$Share = "\\fs01.lexreport.local\jobs"
)

$user = "LEXREPORT\svc-catsync"
$secure = ConvertTo-SecureString '@PW@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

if (Test-Path $Drive) {
    Write-Host "$Drive already mapped"
} else {
    New-PSDrive -Name $Drive.TrimEnd(':') -PSProvider FileSystem -Root $Share -Credential $cred -Persist
}

Get-ChildItem "$Drive\incoming" -Filter *.sgstn | Sort-Object LastWriteTime -Descending | Select-Object -First 5
""", PW=pw), pw, "Microsoft docs: ConvertTo-SecureString and New-PSDrive -Credential")

add("blind-dy/powershell/decoy-credential-manager", "scripts/Sync-Dictionaries.ps1", r"""# Copies the shared job dictionaries to each reporter's CAT profile.
#Requires -Modules CredentialManager

$cred = Get-StoredCredential -Target "lexreport-fileserver"
if (-not $cred) {
    throw "Run: New-StoredCredential -Target lexreport-fileserver -UserName LEXREPORT\you -Persist LocalMachine"
}

$src = "\\fs01.lexreport.local\dictionaries\shared"
$dst = Join-Path $env:USERPROFILE "Documents\CAT\Dictionaries"

New-PSDrive -Name D1 -PSProvider FileSystem -Root $src -Credential $cred | Out-Null
Get-ChildItem D1:\ -Filter *.sgdct | ForEach-Object {
    Copy-Item $_.FullName -Destination $dst -Force
    Write-Host "Updated $($_.Name)"
}
Remove-PSDrive D1
""", None, "CredentialManager PowerShell module (Get-StoredCredential)")

tok = hexs(40)
add("blind-dy/go/deepgram-key", "captioner/internal/asr/deepgram.go", T(r"""package asr

import (
	"fmt"
	"net/http"

	"github.com/gorilla/websocket"
)

// Live ASR is only a backup rough draft; the certified transcript is always the steno.
const deepgramKey = "@TOK@"

func DialLive(sampleRate int) (*websocket.Conn, error) {
	url := fmt.Sprintf("wss://api.deepgram.com/v1/listen?encoding=linear16&sample_rate=%d&punctuate=true&diarize=true&model=nova-2", sampleRate)
	hdr := http.Header{}
	hdr.Set("Authorization", "Token "+deepgramKey)
	conn, resp, err := websocket.DefaultDialer.Dial(url, hdr)
	if err != nil {
		if resp != nil {
			return nil, fmt.Errorf("deepgram dial: %s: %w", resp.Status, err)
		}
		return nil, err
	}
	return conn, nil
}
""", TOK=tok), tok, "Deepgram docs: live streaming audio, Authorization: Token header")

tok = hexs(32)
add("blind-dy/shell/assemblyai-key", "scripts/rough-draft.sh", T(r"""#!/usr/bin/env bash
# Rough-draft ASR for audio-only hearings (not for certified transcripts).
set -euo pipefail

AUDIO="$1"
API="https://api.assemblyai.com/v2"
KEY="@TOK@"

upload_url=$(curl -s -X POST "$API/upload" \
  -H "authorization: $KEY" \
  --data-binary @"$AUDIO" | jq -r .upload_url)

id=$(curl -s -X POST "$API/transcript" \
  -H "authorization: $KEY" -H "content-type: application/json" \
  -d "{\"audio_url\": \"$upload_url\", \"speaker_labels\": true}" | jq -r .id)

while :; do
  status=$(curl -s -H "authorization: $KEY" "$API/transcript/$id" | jq -r .status)
  [ "$status" = completed ] && break
  [ "$status" = error ] && { echo "failed" >&2; exit 1; }
  sleep 10
done
curl -s -H "authorization: $KEY" "$API/transcript/$id/srt" > "${AUDIO%.*}.srt"
""", TOK=tok), tok, "AssemblyAI docs: authentication (authorization header) and transcript endpoints")

tok = "02" + draw(62, URLSAFE)
add("blind-dy/csharp/revai-token", "TranscriptDesk/Services/RevAiClient.cs", T(r"""using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace TranscriptDesk.Services
{
    public class RevAiClient
    {
        private const string BaseUrl = "https://api.rev.ai/speechtotext/v1/";
        private const string AccessToken = "@TOK@";
        private readonly HttpClient _http;

        public RevAiClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        }

        public async Task<string> SubmitAsync(string mediaUrl)
        {
            var json = "{\"source_config\":{\"url\":\"" + mediaUrl + "\"},\"skip_diarization\":false}";
            var resp = await _http.PostAsync("jobs", new StringContent(json, Encoding.UTF8, "application/json"));
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", TOK=tok), tok, "Rev.ai docs: Asynchronous Speech-to-Text API, Bearer access token")

add("blind-dy/csharp/decoy-config-binding", "TranscriptDesk/appsettings.json", r"""{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Jobs": "Server=tcp:sql-transcriptdesk.database.windows.net,1433;Database=jobs;Authentication=Active Directory Managed Identity;Encrypt=True;"
  },
  "RevAi": {
    "BaseUrl": "https://api.rev.ai/speechtotext/v1/",
    "AccessToken": "",
    "AccessTokenSecretName": "revai-access-token"
  },
  "KeyVault": {
    "Uri": "https://kv-transcriptdesk-prod.vault.azure.net/"
  },
  "Storage": {
    "AudioContainer": "https://sttranscriptdesk.blob.core.windows.net/audio",
    "UseManagedIdentity": true
  }
}
""", None, "ASP.NET Core configuration with Azure Key Vault and managed identity")

pw = gen_pw(16)
add("blind-dy/properties/password", "caption-bridge/src/main/resources/application.properties", T(r"""spring.application.name=caption-bridge
server.port=8085

# job tracking DB
spring.datasource.url=jdbc:sqlserver://sql02.lexreport.local:1433;databaseName=CaptionJobs;encrypt=true;trustServerCertificate=true
spring.datasource.username=caption_app
spring.datasource.password=@PW@
spring.jpa.hibernate.ddl-auto=validate

# encoder (EEG iCap) connection
caption.encoder.host=icap.lexreport.net
caption.encoder.port=8443
caption.encoder.access-code=${ICAP_ACCESS_CODE}
caption.latency-budget-ms=2500

management.endpoints.web.exposure.include=health,info
""", PW=pw), pw, "Spring Boot docs: spring.datasource.* properties")

pw = human_pw()
add("blind-dy/shell-history/password", "ops/notes/laptop-setup.bash_history", T(r"""sudo apt update && sudo apt install -y cifs-utils ffmpeg jq
mkdir -p ~/jobs
sudo mount -t cifs //fs01.lexreport.local/jobs ~/jobs -o username=mtran,password='@PW@',domain=LEXREPORT,uid=1000
ls ~/jobs/2024/06
ffprobe ~/jobs/2024/06/J-24-0613/video/depo_part1.mp4
ffmpeg -i ~/jobs/2024/06/J-24-0613/video/depo_part1.mp4 -vn -ac 1 -ar 16000 part1.wav
history | tail
exit
""", PW=pw), pw, "mount.cifs(8) manual: username=, password=, domain= options")

add("blind-dy/yaml/decoy-sha256-manifest", "jobs/J-24-0613/video/manifest.yaml", T(r"""# Chain-of-custody manifest for synchronized deposition video.
job: J-24-0613
case_caption: "Harlow v. Westbridge Logistics, Inc."
witness: "Dana Whitfield"
videographer: "R. Osei"
captured_at: 2024-06-13T09:02:11-04:00
files:
  - name: depo_part1.mp4
    bytes: 2147118080
    sha256: @H1@
  - name: depo_part2.mp4
    bytes: 1389002752
    sha256: @H2@
  - name: depo_sync.ptx
    bytes: 884213
    sha256: @H3@
verified_by: "qc-station-2"
verified_at: 2024-06-14T11:40:00-04:00
""", H1=sha256(), H2=sha256(), H3=sha256()), None, "NIST digital evidence guidance: hash values for chain of custody")

tok = gen_pw(24, "")
add("blind-dy/json/password", "CATsystem/profiles/reporter-profile.json", T(r"""{
  "profileName": "Keisha Ambrose, RMR, CRR",
  "license": { "state": "GA", "number": "CCR-B-2291" },
  "defaults": {
    "dictionary": "KA_main.sgdct",
    "jobDictionaries": ["medical.sgdct", "patents.sgdct"],
    "autosaveMinutes": 2,
    "backupPath": "E:\\CATbackup"
  },
  "cloudBackup": {
    "provider": "sftp",
    "host": "backup.lexreport.net",
    "port": 22,
    "username": "kambrose",
    "password": "@PW@",
    "remoteDir": "/backups/kambrose"
  },
  "realtime": { "output": "tcp", "port": 9999 }
}
""", PW=tok), tok, "CAT software cloud/SFTP backup settings")

pw = url_pw()
add("blind-dy/bat/password", "scripts/nightly_backup.bat", T(r"""@echo off
REM Nightly backup of CAT job folders to the NAS
set SRC=D:\CAT\Jobs
set DST=\\nas01\catbackup\%COMPUTERNAME%
net use \\nas01\catbackup /user:nas01\catbackup "@PW@" /persistent:no
robocopy "%SRC%" "%DST%" /MIR /R:2 /W:5 /XD Temp /LOG+:C:\Logs\catbackup.log
net use \\nas01\catbackup /delete /y
exit /b %ERRORLEVEL%
""", PW=pw), pw, "Microsoft docs: net use /user: password syntax; robocopy")

add("blind-dy/bat/decoy-prompted", "scripts/map_nas.bat", r"""@echo off
REM Maps the CAT backup share. Windows prompts for the password (never stored here).
set SHARE=\\nas01\catbackup
set /p NASUSER=NAS user (nas01\name):
net use Z: %SHARE% /user:%NASUSER% * /persistent:yes
if errorlevel 1 (
  echo Mapping failed - check the VPN is connected.
  exit /b 1
)
echo Mapped %SHARE% to Z:
""", None, "Microsoft docs: net use with * to prompt for the password")

key = pem("RSA")
add("blind-dy/text/private-key", "relay/tls/privkey.pem", key + "\n", key, "RFC 7468 PEM textual encoding (RSA PRIVATE KEY)")

add("blind-dy/text/decoy-certificate", "relay/tls/fullchain.pem", cert_pem() + "\n" + cert_pem() + "\n", None, "RFC 7468 PEM textual encoding (CERTIFICATE)")

tok = mixed(32)
add("blind-dy/toml/speechmatics-key", "asr-worker/config.toml", T(r"""[worker]
queue = "asr-rough-draft"
concurrency = 4
tmp_dir = "/var/tmp/asr"

[speechmatics]
url = "https://asr.api.speechmatics.com/v2"
api_key = "@TOK@"
language = "en"
operating_point = "enhanced"
diarization = "speaker"

[output]
formats = ["txt", "srt", "json-v2"]
bucket = "lexreport-rough-drafts"
""", TOK=tok), tok, "Speechmatics docs: batch API, API key authentication")

add("blind-dy/toml/decoy-env-reference", "asr-worker/config.example.toml", r"""[worker]
queue = "asr-rough-draft"
concurrency = 2
tmp_dir = "/var/tmp/asr"

[speechmatics]
url = "https://asr.api.speechmatics.com/v2"
# read from the environment at start-up; never commit the key
api_key = "${SPEECHMATICS_API_KEY}"
language = "en"
operating_point = "enhanced"

[output]
formats = ["txt", "srt"]
bucket = "lexreport-rough-drafts-dev"
""", None, "Speechmatics docs: batch API configuration")

# ---------------------------------------------------------------- e-filing portals and courts
pw = human_pw()
add("blind-dy/python/password", "efile/pacer_client.py", T(r"""# Pulls docket sheets and filed transcripts' restriction dates from CM/ECF via PACER.
import requests

PACER_LOGIN = "https://pacer.login.uscourts.gov/services/cso-auth"
PACER_USER = "lexreport_docket"
PACER_PASS = "@PW@"


def pacer_token(client_code: str = "transcripts") -> str:
    resp = requests.post(
        PACER_LOGIN,
        json={"loginId": PACER_USER, "password": PACER_PASS, "clientCode": client_code, "redactFlag": "1"},
        headers={"Accept": "application/json", "Content-Type": "application/json"},
        timeout=30,
    )
    resp.raise_for_status()
    data = resp.json()
    if data.get("loginResult") != "0":
        raise RuntimeError(data.get("errorDescription", "PACER login failed"))
    return data["nextGenCSO"]


def docket_session(court: str) -> requests.Session:
    s = requests.Session()
    s.cookies.set("NextGenCSO", pacer_token(), domain=".uscourts.gov")
    s.headers["User-Agent"] = "lexreport-docket/2.3"
    s.get(f"https://ecf.{court}.uscourts.gov/cgi-bin/login.pl", timeout=30)
    return s
""", PW=pw), pw, "PACER Authentication API user guide (cso-auth, loginId/password)")

add("blind-dy/python/decoy-keyring", "efile/pacer_login.py", r"""import getpass

import keyring
import requests

SERVICE = "pacer.uscourts.gov"


def credentials(user: str) -> tuple:
    password = keyring.get_password(SERVICE, user)
    if password is None:
        password = getpass.getpass(f"PACER password for {user}: ")
        keyring.set_password(SERVICE, user, password)
    return user, password


def login(user: str) -> str:
    login_id, password = credentials(user)
    r = requests.post("https://pacer.login.uscourts.gov/services/cso-auth",
                      json={"loginId": login_id, "password": password}, timeout=30)
    r.raise_for_status()
    return r.json()["nextGenCSO"]
""", None, "keyring package docs (get_password / set_password)")

pw = human_pw()
add("blind-dy/xml/password", "efile/efsp/OdysseyEFM.config", T(r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Efm.Environment" value="Production" />
    <add key="Efm.UserServiceUrl" value="https://georgia.tylertech.cloud/EFM/EFMUserService.svc" />
    <add key="Efm.FilingServiceUrl" value="https://georgia.tylertech.cloud/EFM/v5/FilingReviewMDEService.svc" />
    <add key="Efm.FirmAdminEmail" value="efiling@lexreport.com" />
    <add key="Efm.FirmAdminPassword" value="@PW@" />
    <add key="Efm.CertificateThumbprint" value="3F2A9C0D71B84E6A5C2E19F0D4B7A8C61E93D205" />
    <add key="Efm.DefaultFilingCode" value="TRANSCRIPT" />
    <add key="Efm.PaymentAccountName" value="LexReport Operating" />
  </appSettings>
  <system.serviceModel>
    <bindings>
      <basicHttpBinding>
        <binding name="EfmBinding" maxReceivedMessageSize="52428800">
          <security mode="Transport" />
        </binding>
      </basicHttpBinding>
    </bindings>
  </system.serviceModel>
</configuration>
""", PW=pw), pw, "Tyler Technologies Odyssey EFM (ECF 4.01/5.0) integration guide: AuthenticateUser")

pw = gen_pw(14, "")
add("blind-dy/java/password", "efile-gateway/src/main/java/com/lexreport/efile/EfmAuth.java", T(r"""package com.lexreport.efile;

import tyler.efm.services.schema.authenticaterequest.AuthenticateRequestType;
import tyler.efm.services.schema.authenticateresponse.AuthenticateResponseType;
import tyler.efm.wsdl.webservicesprofile_implementation_4_0.IEfmUserService;

public final class EfmAuth {

    private static final String FIRM_ADMIN = "efiling@lexreport.com";
    private static final String FIRM_ADMIN_PASSWORD = "@PW@";

    private final IEfmUserService userService;

    public EfmAuth(IEfmUserService userService) {
        this.userService = userService;
    }

    public String authenticate() {
        AuthenticateRequestType req = new AuthenticateRequestType();
        req.setEmail(FIRM_ADMIN);
        req.setPassword(FIRM_ADMIN_PASSWORD);
        AuthenticateResponseType resp = userService.authenticateUser(req);
        if (resp.getError() != null && !"0".equals(resp.getError().getErrorCode())) {
            throw new IllegalStateException("EFM auth failed: " + resp.getError().getErrorText());
        }
        return resp.getPasswordHash();
    }
}
""", PW=pw), pw, "Tyler EFM user service: AuthenticateUser(Email, Password)")

add("blind-dy/java/decoy-env-lookup", "efile-gateway/src/main/java/com/lexreport/efile/EfmSettings.java", r"""package com.lexreport.efile;

import java.util.Objects;

public record EfmSettings(String userServiceUrl, String filingServiceUrl, String firmAdmin, char[] firmAdminPassword) {

    public static EfmSettings fromEnvironment() {
        return new EfmSettings(
            require("EFM_USER_SERVICE_URL"),
            require("EFM_FILING_SERVICE_URL"),
            require("EFM_FIRM_ADMIN"),
            require("EFM_FIRM_ADMIN_PASSWORD").toCharArray());
    }

    private static String require(String name) {
        return Objects.requireNonNull(System.getenv(name), name + " is not set");
    }

    @Override
    public String toString() {
        return "EfmSettings[" + userServiceUrl + ", " + firmAdmin + ", password=****]";
    }
}
""", None, "Twelve-factor app: config in the environment")

pw = human_pw()
add("blind-dy/dotenv/password", "efile-portal/.env", T(r"""NODE_ENV=production
PORT=3000
EFSP_BASE_URL=https://efile.fileandservexpress.com/api/v2
EFSP_FIRM_ID=LEXREPORT-0092
EFSP_USERNAME=filing.desk@lexreport.com
EFSP_PASSWORD=@PW@
EFSP_DEFAULT_COURT=TX-HARRIS-DC
UPLOAD_MAX_MB=35
REDIS_URL=redis://127.0.0.1:6379/2
""", PW=pw), pw, "File & ServeXpress integration (EFSP firm user credentials); dotenv format")

add("blind-dy/dotenv/decoy-example", "efile-portal/.env.example", r"""NODE_ENV=development
PORT=3000
EFSP_BASE_URL=https://stage.efile.fileandservexpress.com/api/v2
EFSP_FIRM_ID=
EFSP_USERNAME=
EFSP_PASSWORD=
EFSP_DEFAULT_COURT=TX-HARRIS-DC
UPLOAD_MAX_MB=35
REDIS_URL=redis://127.0.0.1:6379/2
""", None, "dotenv conventions: committed .env.example with empty values")

pw = passphrase()
add("blind-dy/ruby/password", "efile_bot/lib/efile_bot/state_portal.rb", T(r"""require 'mechanize'

module EfileBot
  # Older state portal with no API: we drive the web form.
  class StatePortal
    LOGIN_URL = 'https://efile.courts.state.example.us/login'.freeze

    def initialize(agent = Mechanize.new)
      @agent = agent
      @agent.user_agent_alias = 'Windows Chrome'
    end

    def login!
      page = @agent.get(LOGIN_URL)
      form = page.form_with(id: 'loginForm')
      form['username'] = 'lexreport.filing'
      form['password'] = '@PW@'
      result = @agent.submit(form)
      raise 'portal login failed' if result.body.include?('Invalid credentials')
      result
    end

    def submit_transcript(case_no, pdf_path)
      login!
      page = @agent.get("https://efile.courts.state.example.us/cases/#{case_no}/filings/new")
      form = page.forms.first
      form.field_with(name: 'document_type').value = 'Transcript of Proceedings'
      form.file_uploads.first.file_name = pdf_path
      @agent.submit(form)
    end
  end
end
""", PW=pw), pw, "Mechanize (Ruby) docs: filling and submitting forms")

cid, csec = uuid_s(), mixed(40)
add("blind-dy/yaml/client-secret", "efile-gateway/config/production.yml", T(r"""efm:
  base_url: https://illinois.tylertech.cloud/efm/v5
  oauth:
    token_url: https://illinois.tylertech.cloud/identity/connect/token
    client_id: @CID@
    client_secret: @SEC@
    scope: efm.filing efm.service
  retry:
    attempts: 3
    backoff_seconds: 20
storage:
  bucket: lexreport-efile-receipts
  region: us-east-2
notifications:
  email_from: filing-desk@lexreport.com
""", CID=cid, SEC=csec), csec, "OAuth 2.0 client credentials grant (RFC 6749 section 4.4)")

add("blind-dy/yaml/decoy-sealed-secret", "efile-gateway/deploy/sealed-efm.yaml", T(r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: efm-oauth
  namespace: efile
spec:
  encryptedData:
    client_id: @E1@
    client_secret: @E2@
  template:
    metadata:
      name: efm-oauth
      namespace: efile
    type: Opaque
""", E1="AgB" + draw(380, ALNUM + "+/") + "=", E2="AgC" + draw(380, ALNUM + "+/") + "="), None,
    "Bitnami Sealed Secrets README (encryptedData is ciphertext for the controller's key)")

key = pem("RSA")
add("blind-dy/k8s-secret/private-key", "efile-gateway/deploy/efm-signing-cert.yaml", T(r"""apiVersion: v1
kind: Secret
metadata:
  name: efm-signing
  namespace: efile
  labels:
    app: efile-gateway
type: Opaque
stringData:
  # certificate the EFM requires on every SOAP request (WS-Security X.509 token)
  signing.key: |
    @KEY@
  thumbprint: 3F2A9C0D71B84E6A5C2E19F0D4B7A8C61E93D205
""", KEY=key.replace("\n", "\n    ")), key, "Kubernetes docs: Secret stringData; OASIS WS-Security X.509 token profile")

pw = human_pw()
add("blind-dy/k8s-secret/password", "efile-gateway/deploy/efsp-credentials.yaml", T(r"""apiVersion: v1
kind: Secret
metadata:
  name: efsp-credentials
  namespace: efile
type: Opaque
data:
  EFSP_USERNAME: @U@
  EFSP_PASSWORD: @P@
""", U=b64("filing.desk@lexreport.com"), P=b64(pw)), pw, "Kubernetes docs: Secret data values are base64-encoded")

add("blind-dy/k8s/decoy-external-secret", "efile-gateway/deploy/external-secret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: efsp-credentials
  namespace: efile
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: efsp-credentials
    creationPolicy: Owner
  data:
    - secretKey: EFSP_USERNAME
      remoteRef:
        key: prod/efile/efsp
        property: username
    - secretKey: EFSP_PASSWORD
      remoteRef:
        key: prod/efile/efsp
        property: password
""", None, "External Secrets Operator docs: ExternalSecret with AWS Secrets Manager")

pw = short_pw()
add("blind-dy/markdown/password", "docs/runbooks/efiling-desk.md", T(r"""# E-filing desk runbook

Transcripts filed with federal courts go through CM/ECF under the reporter's own
login. State filings go through the EFSP account below.

## Accounts

| Portal | Login | Notes |
|---|---|---|
| Texas eFile (EFSP) | filing.desk@lexreport.com | firm admin |
| Georgia PeachCourt | lexreport-ga | shared desk login, pw `@PW@` |
| Federal CM/ECF | per reporter | never shared |

## Filing a certified transcript

1. Export the certified PDF from CAT (PDF/A, bookmarks on, word index last).
2. Redact personal identifiers per Fed. R. Civ. P. 5.2 before upload.
3. Choose event *Transcript of Proceedings*, attach the PDF, and set the
   90-day restriction date.
4. Save the NEF (notice of electronic filing) to the job folder.
""", PW=pw), pw, "Judicial Conference policy on electronic transcripts; state EFSP account guides")

add("blind-dy/markdown/decoy-redacted", "docs/runbooks/efiling-accounts.md", r"""# E-filing accounts (where the credentials live)

All portal passwords are in 1Password, vault **Filing Desk**. This page lists
the accounts only.

| Portal | Login | 1Password item |
|---|---|---|
| Texas eFile (EFSP) | filing.desk@lexreport.com | `op://Filing Desk/Texas eFile/password` |
| Georgia PeachCourt | lexreport-ga | `op://Filing Desk/PeachCourt/password` |
| File & ServeXpress | lexreport-fsx | `op://Filing Desk/FSX/password` |

Password last rotated: 2024-05-02 (value: `********`).

To use one in a script, run it under `op run --env-file=.env.tpl -- ./file.sh`
so that the value never lands on disk.
""", None, "1Password CLI docs: secret references (op://vault/item/field) and op run")

pw = human_pw()
add("blind-dy/php/password", "portal/includes/efile_config.php", T(r"""<?php
// Client portal: attorneys order certified copies and we e-file on their behalf.
define('EFILE_API_BASE', 'https://api.efile.example-efsp.com/v1');
define('EFILE_FIRM_CODE', 'LEXRPT');
define('EFILE_USER', 'lexreport_api');
define('EFILE_PASS', '@PW@');

function efile_auth_header(): array {
    $basic = base64_encode(EFILE_USER . ':' . EFILE_PASS);
    return ['Authorization: Basic ' . $basic, 'Accept: application/json'];
}

function efile_post(string $path, array $payload): array {
    $ch = curl_init(EFILE_API_BASE . $path);
    curl_setopt_array($ch, [
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => json_encode($payload),
        CURLOPT_HTTPHEADER => array_merge(efile_auth_header(), ['Content-Type: application/json']),
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 60,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true) ?? [];
}
""", PW=pw), pw, "PHP manual: curl_setopt_array; RFC 7617 HTTP Basic")

pw = gen_pw(18, "")
basic = b64("lexreport_svc:" + pw)
add("blind-dy/http/basic-auth", "efile/requests/submit-transcript.http", T(r"""### Submit a transcript filing (EFSP sandbox is https://stage.efile.example-efsp.com)
POST https://api.efile.example-efsp.com/v1/filings
Authorization: Basic @B@
Content-Type: application/json

{
  "court": "TX-HARRIS-DC",
  "caseNumber": "2023-61442",
  "filingCode": "TRANSCRIPT",
  "documents": [
    { "title": "Reporter's Record Vol. 1", "fileName": "RR_Vol1.pdf" }
  ]
}

### Status
GET https://api.efile.example-efsp.com/v1/filings/{{filingId}}
Authorization: Basic @B@
""", B=basic), basic, "JetBrains HTTP Client / VS Code REST Client request files; RFC 7617 Basic")

add("blind-dy/http/decoy-variables", "efile/requests/status.http", r"""@baseUrl = https://api.efile.example-efsp.com/v1
@user = {{$dotenv EFSP_USER}}
@password = {{$dotenv EFSP_PASSWORD}}

### Filing status
GET {{baseUrl}}/filings/{{filingId}}
Authorization: Basic {{user}}:{{password}}
Accept: application/json

### Court list
GET {{baseUrl}}/courts?state=TX
Authorization: Basic {{user}}:{{password}}
""", None, "VS Code REST Client docs: variables and $dotenv")

pw = human_pw()
add("blind-dy/go/password", "courtsync/cmd/ecfsync/main.go", T(r"""package main

import (
	"log"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"time"
)

const (
	ecfLogin = "https://ecf.txsd.uscourts.gov/cgi-bin/login.pl"
	ecfUser  = "lexreport-rss"
	ecfPass  = "@PW@"
)

func main() {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 45 * time.Second}
	form := url.Values{"login": {ecfUser}, "key": {ecfPass}}
	resp, err := client.PostForm(ecfLogin, form)
	if err != nil {
		log.Fatalf("login: %v", err)
	}
	defer resp.Body.Close()
	log.Printf("login status %s", resp.Status)
	// poll RSS of transcript entries and queue restriction-date reminders
	feed, err := client.Get("https://ecf.txsd.uscourts.gov/cgi-bin/rss_outside.pl")
	if err != nil {
		log.Fatal(err)
	}
	defer feed.Body.Close()
}
""", PW=pw), pw, "CM/ECF court login form and RSS feed")

add("blind-dy/json/decoy-uuids", "efile/fixtures/filing-codes.json", T(r"""{
  "court": "TX-HARRIS-DC",
  "retrieved": "2024-05-20T14:03:00Z",
  "filingCodes": [
    { "id": "@U1@", "name": "Reporter's Record", "fee": "0.00" },
    { "id": "@U2@", "name": "Transcript of Proceedings", "fee": "0.00" },
    { "id": "@U3@", "name": "Notice of Filing Transcript", "fee": "0.00" },
    { "id": "@U4@", "name": "Certified Copy Request", "fee": "5.00" }
  ],
  "documentTypes": [
    { "id": "@U5@", "name": "Lead Document" },
    { "id": "@U6@", "name": "Attachment" }
  ]
}
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), U5=uuid_s(), U6=uuid_s()), None,
    "Tyler EFM code lists (filing codes are GUID identifiers)")

key = pem("PRIVATE")
add("blind-dy/python/private-key", "efile/efm_signer.py", T(r'''"""Signs EFM SOAP messages (WS-Security X.509). The EFM rejects unsigned requests."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY_PEM = b"""@KEY@
"""

_key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)


def sign(digest_input: bytes) -> bytes:
    return _key.sign(digest_input, padding.PKCS1v15(), hashes.SHA1())
''', KEY=key), key, "cryptography docs: load_pem_private_key; PKCS#8 PEM")

add("blind-dy/python/decoy-public-key", "efile/efm_verify.py", T(r'''"""Verifies the EFM's callback signatures with the court's published public key."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

EFM_PUBLIC_KEY = b"""@KEY@
"""

_pub = serialization.load_pem_public_key(EFM_PUBLIC_KEY)


def verify(signature: bytes, signed: bytes) -> bool:
    try:
        _pub.verify(signature, signed, padding.PKCS1v15(), hashes.SHA256())
        return True
    except Exception:
        return False
''', KEY=public_pem()), None, "cryptography docs: load_pem_public_key")

pw = human_pw()
add("blind-dy/sql/password", "db/migrations/0007_efile_service_user.sql", T(r"""-- E-filing service gets its own login, read/write on filings only.
CREATE LOGIN efile_svc WITH PASSWORD = '@PW@', CHECK_POLICY = ON;
GO
USE TranscriptOps;
GO
CREATE USER efile_svc FOR LOGIN efile_svc;
GRANT SELECT, INSERT, UPDATE ON dbo.Filings TO efile_svc;
GRANT SELECT ON dbo.Jobs TO efile_svc;
GRANT SELECT ON dbo.Courts TO efile_svc;
GO
""", PW=pw), pw, "Microsoft docs: CREATE LOGIN ... WITH PASSWORD (Transact-SQL)")

add("blind-dy/sql/decoy-hash", "db/seed/dev_users.sql", T(r"""-- Development seed: portal users. Passwords are bcrypt hashes of 'correct horse'
-- style test phrases documented in tests/README; never production accounts.
INSERT INTO portal_users (id, email, display_name, role, password_hash, created_at) VALUES
  (1, 'scheduler@example.test', 'Dev Scheduler', 'scheduler', '@H1@', now()),
  (2, 'attorney@example.test', 'Dev Attorney', 'client', '@H2@', now()),
  (3, 'reporter@example.test', 'Dev Reporter', 'reporter', '@H3@', now());

INSERT INTO firms (id, name, billing_terms) VALUES
  (1, 'Example Law LLP', 'NET30'),
  (2, 'Sample & Partners', 'NET45');
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash()), None, "bcrypt modular crypt format ($2b$)")

# ---------------------------------------------------------------- video depositions and streaming
tid, tsec = uuid_s(), draw(75, ALNUM + "+/")
add("blind-dy/python/mux-secret", "video/upload_to_mux.py", T(r"""# Uploads synchronized depo video to Mux for the attorney review portal.
import sys

import mux_python

config = mux_python.Configuration()
config.username = "@TID@"
config.password = "@SEC@"

api = mux_python.DirectUploadsApi(mux_python.ApiClient(config))


def create_upload(job_number: str) -> str:
    settings = mux_python.CreateAssetRequest(
        playback_policy=[mux_python.PlaybackPolicy.SIGNED],
        passthrough=job_number,
        mp4_support="standard",
    )
    req = mux_python.CreateUploadRequest(new_asset_settings=settings, cors_origin="https://review.lexreport.net")
    upload = api.create_direct_upload(req)
    return upload.data.url


if __name__ == "__main__":
    print(create_upload(sys.argv[1]))
""", TID=tid, SEC=tsec), tsec, "Mux docs: API access tokens (token id / token secret), mux-python")

tok = hexs(32)
add("blind-dy/js/vimeo-token", "review-portal/scripts/vimeo-archive.js", T(r"""#!/usr/bin/env node
// Moves depo clips older than 2 years from Vimeo to cold storage, then deletes them.
const { Vimeo } = require('@vimeo/vimeo');

const client = new Vimeo(
  'f1c7a2e94b6d3805e7a9c1b2d4f6e8a0b3c5d7e9',
  process.env.VIMEO_CLIENT_SECRET || '',
  '@TOK@'
);

client.request({ method: 'GET', path: '/me/videos', query: { per_page: 100, sort: 'date', direction: 'asc' } },
  (err, body) => {
    if (err) { console.error(err); process.exit(1); }
    const cutoff = Date.now() - 2 * 365 * 24 * 3600 * 1000;
    for (const v of body.data) {
      if (Date.parse(v.created_time) < cutoff) {
        console.log('archive', v.uri, v.name);
      }
    }
  });
""", TOK=tok), tok, "Vimeo API docs: personal access tokens; vimeo.js constructor (clientId, secret, accessToken)")

ak, sk = draw(64, ALNUM), draw(64, ALNUM)
add("blind-dy/shell/wowza-key", "video/live/start-remote-depo-stream.sh", T(r"""#!/bin/sh
# Starts the Wowza live stream used for remote-attendance depositions.
STREAM_ID="${1:?stream id}"
WSC_API_KEY="@AK@"
WSC_ACCESS_KEY="@SK@"

curl -sS -X PUT \
  -H "wsc-api-key: ${WSC_API_KEY}" \
  -H "wsc-access-key: ${WSC_ACCESS_KEY}" \
  -H "Content-Type: application/json" \
  "https://api.cloud.wowza.com/api/v1.11/live_streams/${STREAM_ID}/start"

echo "started ${STREAM_ID}"
""", AK=ak, SK=sk), sk, "Wowza Streaming Cloud REST API: wsc-api-key and wsc-access-key headers")

pw = human_pw()
add("blind-dy/json/rtmp-password", "video/obs/profiles/DepoRoomB/service.json", T(r"""{
  "settings": {
    "bwtest": false,
    "key": "depo-room-b?user=lexstream&pass=@PW@",
    "server": "rtmps://live.lexreport.net:443/app",
    "use_auth": false
  },
  "type": "rtmp_custom"
}
""", PW=pw), pw, "OBS Studio profile service.json (rtmp_custom server and stream key)")

skey = "live_" + str(_rng().randint(10**8, 10**9)) + "_" + draw(30)
add("blind-dy/json/stream-key", "video/obs/profiles/DepoRoomA/service.json", T(r"""{
  "settings": {
    "bwtest": false,
    "key": "@K@",
    "server": "auto",
    "service": "Twitch"
  },
  "type": "rtmp_common"
}
""", K=skey), skey, "OBS Studio service.json; Twitch stream key format (live_<id>_<key>)")

add("blind-dy/json/decoy-empty-key", "video/obs/profiles/Template/service.json", r"""{
  "settings": {
    "bwtest": false,
    "key": "",
    "server": "rtmps://live.lexreport.net:443/app",
    "use_auth": true,
    "username": "",
    "password": ""
  },
  "type": "rtmp_custom"
}
""", None, "OBS Studio profile template with empty stream key")

pw = human_pw()
add("blind-dy/yaml/camera-password", "video/ptz/cameras.yml", T(r"""# PTZ cameras in the firm's deposition suites (VISCA over IP + RTSP)
defaults:
  protocol: rtsp
  port: 554
  username: admin
  password: "@PW@"
cameras:
  - name: suite-a-witness
    host: 10.30.1.21
    path: /live/av0
    preset_witness: 1
    preset_exhibit: 4
  - name: suite-a-wide
    host: 10.30.1.22
    path: /live/av0
  - name: suite-b-witness
    host: 10.30.2.21
    path: /live/av0
recorder:
  output_dir: /srv/capture
  segment_minutes: 60
  codec: h264
""", PW=pw), pw, "PTZOptics camera docs: RTSP URL and admin credentials")

pw = gen_pw(12, "")
add("blind-dy/shell/rtsp-url", "video/capture/record_suite.sh", T(r"""#!/usr/bin/env bash
# Records the witness camera with burned-in timecode for synchronization with the transcript.
set -euo pipefail
JOB="${1:?job number}"
OUT="/srv/capture/${JOB}"
mkdir -p "$OUT"

ffmpeg -hide_banner -rtsp_transport tcp \
  -i "rtsp://capture:@PW@@10.30.1.21:554/live/av0" \
  -vf "drawtext=timecode='09\:00\:00\:00':rate=30000/1001:fontcolor=white:fontsize=28:x=20:y=20:box=1:boxcolor=black@0.6" \
  -c:v libx264 -preset veryfast -crf 20 -c:a aac -b:a 128k \
  -f segment -segment_time 3600 -reset_timestamps 1 \
  "$OUT/${JOB}_%02d.mp4"
""", PW=pw), pw, "FFmpeg docs: RTSP input with credentials in the URL; drawtext timecode")

add("blind-dy/shell/decoy-env-url", "video/capture/record_suite_b.sh", r"""#!/usr/bin/env bash
# Same as record_suite.sh for suite B; credentials come from /etc/capture/env (root only).
set -euo pipefail
source /etc/capture/env   # defines CAM_USER and CAM_PASS
JOB="${1:?job number}"
OUT="/srv/capture/${JOB}"
mkdir -p "$OUT"

ffmpeg -hide_banner -rtsp_transport tcp \
  -i "rtsp://${CAM_USER}:${CAM_PASS}@10.30.2.21:554/live/av0" \
  -c:v libx264 -preset veryfast -crf 20 -c:a aac -b:a 128k \
  -f segment -segment_time 3600 -reset_timestamps 1 \
  "$OUT/${JOB}_%02d.mp4"
""", None, "FFmpeg docs: RTSP input; credentials from an environment file")

akid, asec = aws_pair()
add("blind-dy/python/aws-key", "video/sync/push_to_s3.py", T(r"""import os
from pathlib import Path

import boto3

session = boto3.session.Session(
    aws_access_key_id="@AKID@",
    aws_secret_access_key="@SEC@",
    region_name="us-east-1",
)
s3 = session.client("s3")
BUCKET = "lexreport-video-depositions"


def push(job_dir: str) -> None:
    job = Path(job_dir).name
    for path in sorted(Path(job_dir).glob("*.mp4")) + sorted(Path(job_dir).glob("*.ptx")):
        key = f"{job}/{path.name}"
        s3.upload_file(str(path), BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
        print("uploaded", key, os.path.getsize(path))


if __name__ == "__main__":
    import sys
    push(sys.argv[1])
""", AKID=akid, SEC=asec), asec, "boto3 docs: Session(aws_access_key_id, aws_secret_access_key)")

add("blind-dy/python/decoy-aws-profile", "video/sync/push_to_s3_v2.py", r"""import sys
from pathlib import Path

import boto3

# Uses the 'video-sync' profile from ~/.aws/config (SSO); no keys in code.
session = boto3.session.Session(profile_name="video-sync", region_name="us-east-1")
s3 = session.client("s3")
BUCKET = "lexreport-video-depositions"


def push(job_dir: str) -> None:
    job = Path(job_dir).name
    for path in sorted(Path(job_dir).glob("*.mp4")):
        s3.upload_file(str(path), BUCKET, f"{job}/{path.name}",
                       ExtraArgs={"ServerSideEncryption": "aws:kms"})


if __name__ == "__main__":
    push(sys.argv[1])
""", None, "boto3 docs: named profiles and IAM Identity Center")

akid, asec = aws_pair()
add("blind-dy/ini/aws-key", "ops/laptops/qc-station-2/aws_credentials", T(r"""[default]
region = us-east-1
output = json

[video-sync]
aws_access_key_id = @AKID@
aws_secret_access_key = @SEC@

[readonly-audit]
role_arn = arn:aws:iam::481516234200:role/AuditReadOnly
source_profile = video-sync
""", AKID=akid, SEC=asec), asec, "AWS CLI docs: credentials file format")

add("blind-dy/ini/decoy-aws-docs-example", "docs/aws/credentials.sample", r"""# Sample from the AWS CLI user guide - copy to ~/.aws/credentials and replace
# with the keys IT gives you. These are AWS's documented example values.
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[video-sync]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
""", None, "AWS CLI user guide: configuration and credential file settings (example keys)")

add("blind-dy/python/decoy-presigned", "review-portal/api/playback.py", r"""import boto3
from botocore.config import Config

s3 = boto3.client("s3", config=Config(signature_version="s3v4", region_name="us-east-1"))
BUCKET = "lexreport-video-depositions"


def playback_url(job: str, file_name: str, seconds: int = 900) -> str:
    # Short-lived link for the review portal's player; credentials come from the task role.
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": BUCKET, "Key": f"{job}/{file_name}", "ResponseContentType": "video/mp4"},
        ExpiresIn=seconds,
    )
""", None, "boto3 docs: generate_presigned_url")

key = pem("EC")
add("blind-dy/js/cloudfront-key", "review-portal/lib/signedUrl.ts", T(r"""import { getSignedUrl } from '@aws-sdk/cloudfront-signer';

const KEY_PAIR_ID = 'K2JCJMDEHXQW5F';
const PRIVATE_KEY = `@KEY@`;

export function signedVideoUrl(job: string, file: string, minutes = 30): string {
  const url = `https://video.lexreport.net/${encodeURIComponent(job)}/${encodeURIComponent(file)}`;
  return getSignedUrl({
    url,
    keyPairId: KEY_PAIR_ID,
    privateKey: PRIVATE_KEY,
    dateLessThan: new Date(Date.now() + minutes * 60_000).toISOString(),
  });
}
""", KEY=key), key, "AWS SDK for JavaScript v3: @aws-sdk/cloudfront-signer getSignedUrl")

add("blind-dy/ts/decoy-signed-url-fixture", "review-portal/test/signedUrl.test.ts", r"""import { describe, expect, it } from 'vitest';
import { parseSignedUrl } from '../lib/parseSignedUrl';

// Fixture copied from a staging response; the signature is for an expired object
// in a bucket that no longer exists.
const SAMPLE =
  'https://video.lexreport.net/J-24-0613/depo_part1.mp4?Expires=1700000000' +
  '&Signature=RXhhbXBsZVNpZ25hdHVyZUZvclRlc3RzT25seQ__' +
  '&Key-Pair-Id=K2JCJMDEHXQW5F';

describe('parseSignedUrl', () => {
  it('reads the expiry and key pair id', () => {
    const parsed = parseSignedUrl(SAMPLE);
    expect(parsed.expires).toBe(1700000000);
    expect(parsed.keyPairId).toBe('K2JCJMDEHXQW5F');
  });
});
""", None, "Amazon CloudFront docs: canned policy signed URL query parameters")

pw = url_pw()
add("blind-dy/compose/password", "video/transcode/docker-compose.yml", T(r"""services:
  transcoder:
    image: registry.lexreport.net/video/transcoder:2.8.1
    restart: unless-stopped
    environment:
      QUEUE_URL: amqp://transcode:@PW@@rabbitmq:5672/video
      OUTPUT_PRESETS: "720p,480p,audio-mp3"
      SYNC_WITH_TRANSCRIPT: "true"
    volumes:
      - /srv/capture:/input:ro
      - /srv/review:/output
    depends_on:
      - rabbitmq

  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: transcode
      RABBITMQ_DEFAULT_PASS: "@PW@"
      RABBITMQ_DEFAULT_VHOST: video
    ports:
      - "15672:15672"
""", PW=pw), pw, "RabbitMQ Docker image docs: RABBITMQ_DEFAULT_USER/PASS; AMQP URI spec")

add("blind-dy/compose/decoy-env-file", "video/transcode/docker-compose.dev.yml", r"""services:
  transcoder:
    build: .
    env_file: .env.local
    environment:
      QUEUE_URL: amqp://${RABBITMQ_USER}:${RABBITMQ_PASS}@rabbitmq:5672/video
      OUTPUT_PRESETS: "480p"
    volumes:
      - ./samples:/input:ro
      - ./out:/output

  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: ${RABBITMQ_USER:-guest}
      RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASS:?set RABBITMQ_PASS in .env.local}
""", None, "Docker Compose docs: interpolation and env_file")

tok = mixed(40)
add("blind-dy/kotlin/api-key", "depo-app/android/app/src/main/java/net/lexreport/depo/ExhibitUploader.kt", T(r"""package net.lexreport.depo

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.MultipartBody
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.asRequestBody
import java.io.File

// Lets the on-site reporter photograph marked exhibits and attach them to the job.
object ExhibitUploader {
    private const val ENDPOINT = "https://api.lexreport.net/v1/jobs/%s/exhibits"
    private const val API_KEY = "@TOK@"
    private val http = OkHttpClient()

    fun upload(jobNumber: String, exhibitNo: String, photo: File): Int {
        val body = MultipartBody.Builder().setType(MultipartBody.FORM)
            .addFormDataPart("exhibit", exhibitNo)
            .addFormDataPart("file", photo.name, photo.asRequestBody("image/jpeg".toMediaType()))
            .build()
        val req = Request.Builder()
            .url(ENDPOINT.format(jobNumber))
            .header("X-Api-Key", API_KEY)
            .post(body)
            .build()
        http.newCall(req).execute().use { return it.code }
    }
}
""", TOK=tok), tok, "OkHttp docs: multipart requests and headers")

tok = mixed(40)
add("blind-dy/swift/api-key", "depo-app/ios/DepoCompanion/Services/ExhibitAPI.swift", T(r"""import Foundation

struct ExhibitAPI {
    static let base = URL(string: "https://api.lexreport.net/v1")!
    private static let apiKey = "@TOK@"

    static func upload(job: String, exhibit: String, jpeg: Data) async throws -> Int {
        var req = URLRequest(url: base.appendingPathComponent("jobs/\(job)/exhibits/\(exhibit)"))
        req.httpMethod = "PUT"
        req.setValue("image/jpeg", forHTTPHeaderField: "Content-Type")
        req.setValue(apiKey, forHTTPHeaderField: "X-Api-Key")
        let (_, resp) = try await URLSession.shared.upload(for: req, from: jpeg)
        return (resp as? HTTPURLResponse)?.statusCode ?? -1
    }
}
""", TOK=tok), tok, "Apple docs: URLRequest setValue(_:forHTTPHeaderField:)")

add("blind-dy/swift/decoy-keychain", "depo-app/ios/DepoCompanion/Services/Credentials.swift", r"""import Foundation
import Security

enum Credentials {
    static let service = "net.lexreport.depo.api"

    static func apiKey() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "Apple docs: Keychain Services SecItemCopyMatching")

add("blind-dy/plist/decoy-public-ids", "depo-app/ios/DepoCompanion/Info.plist", r"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key>
  <string>net.lexreport.depo</string>
  <key>CFBundleShortVersionString</key>
  <string>3.4.0</string>
  <key>LRApiBaseURL</key>
  <string>https://api.lexreport.net/v1</string>
  <key>LRSentryDSN</key>
  <string>https://3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1f@o448812.ingest.sentry.io/5521904</string>
  <key>NSCameraUsageDescription</key>
  <string>Photograph marked exhibits to attach them to the job.</string>
  <key>NSMicrophoneUsageDescription</key>
  <string>Record backup audio of the proceeding.</string>
</dict>
</plist>
""", None, "Sentry docs: the DSN is a public client key, safe to ship in apps")

# ---------------------------------------------------------------- document repositories, e-signature
sec = mixed(40)
add("blind-dy/python/netdocuments-secret", "repo_sync/netdocs.py", T(r"""# Files certified transcripts and exhibits into the client's NetDocuments workspace.
import requests

ND_OAUTH = "https://api.vault.netvoyage.com/v1/OAuth"
ND_API = "https://api.vault.netvoyage.com/v1"
CLIENT_ID = "AP-LEXRPT7Q"
CLIENT_SECRET = "@SEC@"
REPOSITORY = "CA-8UB2Q4XM"


def token() -> str:
    r = requests.post(ND_OAUTH, data={"grant_type": "client_credentials", "scope": f"full|{REPOSITORY}"},
                      auth=(CLIENT_ID, CLIENT_SECRET), timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def file_document(workspace_id: str, path: str, name: str) -> str:
    headers = {"Authorization": f"Bearer {token()}"}
    with open(path, "rb") as fh:
        r = requests.post(f"{ND_API}/Document", headers=headers, timeout=120,
                          data={"action": "upload", "destination": workspace_id, "name": name},
                          files={"file": fh})
    r.raise_for_status()
    return r.json()["standardAttributes"]["id"]
""", SEC=sec), sec, "NetDocuments REST API docs: OAuth client credentials")

pw = human_pw()
add("blind-dy/json/password", "repo_sync/imanage.settings.json", T(r"""{
  "imanage": {
    "serverUrl": "https://cloudimanage.com",
    "customerId": 1187,
    "library": "ACTIVE_US",
    "authentication": {
      "grantType": "password",
      "clientId": "lexreport-transcript-sync",
      "username": "svc_transcripts@lexreport.com",
      "password": "@PW@"
    },
    "defaultClass": "TRANSCRIPT",
    "defaultSubclass": "DEPOSITION"
  },
  "watchFolder": "\\\\fs01\\jobs\\certified",
  "pollSeconds": 120
}
""", PW=pw), pw, "iManage Work REST API: OAuth 2.0 resource owner password grant")

cfg_key = pem("RSA")
# Box JWT app config, as the developer console downloads it: the private key inside JSON with \n escapes.
escaped = cfg_key.replace("\n", "\\n")
add("blind-dy/json/private-key", "repo_sync/box_config.json", T(r"""{
  "boxAppSettings": {
    "clientID": "q8w3e5r7t9y1u2i4o6p8a0s2d4f6g8h1",
    "clientSecret": "@CS@",
    "appAuth": {
      "publicKeyID": "x7k2m9q1",
      "privateKey": "@KEY@\n",
      "passphrase": ""
    }
  },
  "enterpriseID": "884213"
}
""", CS=mixed(32), KEY=escaped), escaped, "Box developer docs: JWT app config.json (boxAppSettings.appAuth.privateKey)")

tok = dropbox_token()
add("blind-dy/python/dropbox-token", "tools/share_audio_with_scopist.py", T(r"""#!/usr/bin/env python3
# Shares a job's audio with a freelance scopist through Dropbox (they don't have Box).
import sys

import dropbox

dbx = dropbox.Dropbox("@TOK@")


def share(job: str, scopist_email: str) -> str:
    folder = f"/Scopists/{job}"
    dbx.files_create_folder_v2(folder, autorename=False)
    for part in ("audio_part1.mp3", "audio_part2.mp3", "rough.rtf"):
        with open(f"/srv/jobs/{job}/{part}", "rb") as fh:
            dbx.files_upload(fh.read(), f"{folder}/{part}")
    member = dropbox.sharing.MemberSelector.email(scopist_email)
    dbx.sharing_share_folder(folder)
    link = dbx.sharing_create_shared_link_with_settings(folder)
    print("shared with", scopist_email, member)
    return link.url


if __name__ == "__main__":
    print(share(sys.argv[1], sys.argv[2]))
""", TOK=tok), tok, "Dropbox API docs: OAuth access tokens (sl.*), dropbox-sdk-python")

tenant, client = uuid_s(), uuid_s()
sec = azure_secret()
add("blind-dy/powershell/azure-client-secret", "scripts/Publish-ToSharePoint.ps1", T(r"""# Publishes the certified transcript bundle to the client's SharePoint site (Graph API).
param([Parameter(Mandatory)][string]$BundlePath, [string]$SiteId = "lexreport.sharepoint.com,5c1e,9a7d")

$tenantId = "@TEN@"
$clientId = "@CLI@"
$clientSecret = "@SEC@"

$body = @{
    client_id     = $clientId
    scope         = "https://graph.microsoft.com/.default"
    client_secret = $clientSecret
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token

$name = Split-Path $BundlePath -Leaf
$uri = "https://graph.microsoft.com/v1.0/sites/$SiteId/drive/root:/Transcripts/${name}:/content"
Invoke-RestMethod -Method Put -Uri $uri -Headers @{ Authorization = "Bearer $token" } -InFile $BundlePath -ContentType "application/pdf"
Write-Host "Published $name"
""", TEN=tenant, CLI=client, SEC=sec), sec, "Microsoft identity platform: client credentials flow with a client secret")

add("blind-dy/powershell/decoy-certificate-auth", "scripts/Publish-ToSharePoint2.ps1", T(r"""# Same as Publish-ToSharePoint.ps1 but with certificate auth (the cert is in the machine store).
param([Parameter(Mandatory)][string]$BundlePath)

Import-Module Microsoft.Graph.Authentication
Connect-MgGraph -TenantId "@TEN@" `
    -ClientId "@CLI@" `
    -CertificateThumbprint "9B1F3C0A72E84D6B5A2C18F0E4D7B9A61C03E2F4" -NoWelcome

$name = Split-Path $BundlePath -Leaf
Invoke-MgGraphRequest -Method PUT `
    -Uri "https://graph.microsoft.com/v1.0/sites/root/drive/root:/Transcripts/${name}:/content" `
    -InputFilePath $BundlePath -ContentType "application/pdf"
Disconnect-MgGraph | Out-Null
""", TEN=uuid_s(), CLI=uuid_s()), None, "Microsoft Graph PowerShell: Connect-MgGraph -CertificateThumbprint")

acct_key = azure_storage_key()
cs = f"DefaultEndpointsProtocol=https;AccountName=lexreportjobs;AccountKey={acct_key};EndpointSuffix=core.windows.net"
add("blind-dy/csharp/azure-storage-key", "JobArchive/Program.cs", T(r"""using Azure.Storage.Blobs;
using System;
using System.IO;
using System.Threading.Tasks;

class Program
{
    // Archives closed jobs (transcript, exhibits, audio) to cool-tier blob storage.
    const string ConnectionString = "@CS@";

    static async Task Main(string[] args)
    {
        var jobDir = args[0];
        var container = new BlobContainerClient(ConnectionString, "closed-jobs");
        await container.CreateIfNotExistsAsync();
        foreach (var file in Directory.EnumerateFiles(jobDir, "*", SearchOption.AllDirectories))
        {
            var name = Path.Combine(Path.GetFileName(jobDir), Path.GetRelativePath(jobDir, file)).Replace('\\', '/');
            await container.GetBlobClient(name).UploadAsync(file, overwrite: true);
            Console.WriteLine($"archived {name}");
        }
    }
}
""", CS=cs), acct_key, "Azure Storage docs: connection strings with AccountKey")

add("blind-dy/csharp/decoy-azurite", "JobArchive.Tests/ArchiveTests.cs", r"""using Azure.Storage.Blobs;
using Xunit;

public class ArchiveTests
{
    // Azurite's well-known development account (published in the Azurite README).
    private const string DevStorage = "UseDevelopmentStorage=true";

    [Fact]
    public async System.Threading.Tasks.Task CreatesContainer()
    {
        var container = new BlobContainerClient(DevStorage, "closed-jobs-test");
        await container.CreateIfNotExistsAsync();
        Assert.True(await container.ExistsAsync());
    }
}
""", None, "Azurite docs: UseDevelopmentStorage=true shortcut")

sas = "sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + draw(43, ALNUM) + "%3D"
sig = sas.split("sig=")[1]
add("blind-dy/dotenv/sas-token", "archive-uploader/.env.production", T(r"""ARCHIVE_ACCOUNT=lexreportjobs
ARCHIVE_CONTAINER=closed-jobs
ARCHIVE_SAS=?@SAS@
ARCHIVE_TIER=Cool
LOG_LEVEL=info
""", SAS=sas), sig, "Azure Storage docs: account SAS token query parameters (sig=)")

ik, uid = uuid_s(), uuid_s()
key = pem("RSA")
add("blind-dy/python/docusign-private-key", "esign/docusign_jwt.py", T(r'''"""Sends certification pages to reporters for e-signature (DocuSign JWT grant)."""
from docusign_esign import ApiClient

INTEGRATION_KEY = "@IK@"
IMPERSONATED_USER = "@UID@"
RSA_PRIVATE_KEY = """@KEY@"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=IMPERSONATED_USER,
        oauth_host_name="account.docusign.com",
        private_key_bytes=RSA_PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
''', IK=ik, UID=uid, KEY=key), key, "DocuSign eSignature docs: JWT grant with an RSA private key")

add("blind-dy/python/decoy-docusign-file-key", "esign/docusign_jwt_v2.py", T(r'''"""DocuSign JWT grant; the RSA key is mounted from the secret store at /run/secrets."""
from pathlib import Path

from docusign_esign import ApiClient

INTEGRATION_KEY = "@IK@"  # the app's integration key (a public client id)
IMPERSONATED_USER = "@UID@"
KEY_PATH = Path("/run/secrets/docusign_rsa_key")


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY, user_id=IMPERSONATED_USER, oauth_host_name="account.docusign.com",
        private_key_bytes=KEY_PATH.read_bytes(), expires_in=3600, scopes=["signature", "impersonation"])
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
''', IK=uuid_s(), UID=uuid_s()), None, "DocuSign eSignature docs: JWT grant; Docker secrets at /run/secrets")

tok = "3AAABLblqZh" + draw(130, URLSAFE)
add("blind-dy/js/adobe-sign-token", "esign/adobeSign.js", T(r"""const axios = require('axios');

// Integration key from Adobe Acrobat Sign > Account > Acrobat Sign API > API Information
const INTEGRATION_KEY = '@TOK@';
const api = axios.create({
  baseURL: 'https://api.na2.adobesign.com/api/rest/v6',
  headers: { Authorization: `Bearer ${INTEGRATION_KEY}` },
});

async function sendErrataSheet(witnessEmail, transientDocumentId, jobNumber) {
  const { data } = await api.post('/agreements', {
    fileInfos: [{ transientDocumentId }],
    name: `Errata sheet - ${jobNumber}`,
    participantSetsInfo: [{ memberInfos: [{ email: witnessEmail }], order: 1, role: 'SIGNER' }],
    signatureType: 'ESIGN',
    state: 'IN_PROCESS',
  });
  return data.id;
}

module.exports = { sendErrataSheet };
""", TOK=tok), tok, "Adobe Acrobat Sign REST API v6: integration key as Bearer token")

add("blind-dy/markdown/decoy-public-key", "docs/it/ssh-access.md", T(r"""# SSH access to the transcript servers

Add your **public** key to `authorized_keys` through the IT request form. Current keys:

```
@K1@
@K2@
@K3@
```

Never send your private key (`~/.ssh/id_ed25519`) to anyone, including IT.
Rotate keys when you replace a laptop.
""", K1=ssh_pub("mtran@qc-station-2"), K2=ssh_pub("kambrose@laptop"), K3=ssh_pub("deploy@ci")), None,
    "OpenSSH authorized_keys format (ssh-ed25519 public keys)")

key = openssh_key()
add("blind-dy/text/openssh-key", "ops/keys/scopist-sftp_ed25519", key + "\n", key, "OpenSSH PROTOCOL.key private key format")

pw = human_pw()
add("blind-dy/python/sftp-password", "repo_sync/scopist_sftp.py", T(r"""import paramiko

HOST = "sftp.lexreport.net"
USER = "scopists"
PASSWORD = "@PW@"


def push_rough(job: str, local_rtf: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        try:
            sftp.mkdir(f"/inbox/{job}")
        except IOError:
            pass
        sftp.put(local_rtf, f"/inbox/{job}/rough.rtf")
    finally:
        sftp.close()
        transport.close()
""", PW=pw), pw, "Paramiko docs: Transport.connect(username, password)")

pw = human_pw()
add("blind-dy/xml/filezilla-password", "ops/filezilla/sitemanager.xml", T(r"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.lexreport.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>scopists</User>
      <Pass encoding="base64">@P@</Pass>
      <Logontype>1</Logontype>
      <Name>LexReport scopist drop</Name>
      <RemoteDir>1 0 5 inbox</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", P=b64(pw)), pw, "FileZilla sitemanager.xml (Pass encoding=\"base64\")")

add("blind-dy/xml/decoy-filezilla-ask", "ops/filezilla/sitemanager-template.xml", r"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.lexreport.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>your-scopist-login</User>
      <Logontype>2</Logontype>
      <Name>LexReport scopist drop (asks for password)</Name>
      <RemoteDir>1 0 5 inbox</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", None, "FileZilla site manager: Logontype 2 = ask for password")

tok = mixed(32)
add("blind-dy/ini/box-token", "repo_sync/rclone-box.conf", T(r"""[box-jobs]
type = box
box_sub_type = enterprise
token = {"access_token":"@TOK@","token_type":"bearer","refresh_token":"@RT@","expiry":"2024-06-20T16:41:12.482913-04:00"}

[s3-archive]
type = s3
provider = AWS
env_auth = true
region = us-east-1
""", TOK=tok, RT=mixed(64)), tok, "rclone docs: Box backend config (token JSON)")

add("blind-dy/ini/decoy-env-reference", "repo_sync/rclone-sftp.conf", T(r"""# rclone config for the scopist drop. Key file auth; the crypt password is
# injected from the environment, never written here.
[scopist-sftp]
type = sftp
host = sftp.lexreport.net
user = scopists
key_file = /etc/rclone/keys/scopists_ed25519
use_insecure_cipher = false

[scopist-crypt]
type = crypt
remote = scopist-sftp:inbox
filename_encryption = standard
# password comes from RCLONE_CONFIG_SCOPIST_CRYPT_PASSWORD (set by the systemd unit from Vault)
"""), None, "rclone docs: environment variable config; crypt remote")

tok = "hf_" + draw(34)
add("blind-dy/notebook/huggingface-token", "research/diarization-eval.ipynb", T(r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Speaker diarization on depo audio\n", "Compare pyannote against the reporter's speaker IDs."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "from pyannote.audio import Pipeline\n",
    "pipeline = Pipeline.from_pretrained(\"pyannote/speaker-diarization-3.1\",\n",
    "                                    use_auth_token=\"@TOK@\")\n",
    "diar = pipeline(\"samples/J-24-0613_part1.wav\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": ["for turn, _, speaker in diar.itertracks(yield_label=True):\n", "    print(f\"{turn.start:8.1f} {turn.end:8.1f} {speaker}\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", TOK=tok), tok, "Hugging Face docs: user access tokens (hf_); pyannote.audio use_auth_token")

add("blind-dy/notebook/decoy-getpass", "research/asr-wer.ipynb", r"""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\n",
    "os.environ.setdefault(\"DEEPGRAM_API_KEY\", getpass.getpass(\"Deepgram key: \"))"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["WER nova-2: 0.087\n", "WER steno (certified): reference\n"]}
   ],
   "source": ["from jiwer import wer\n", "print(f\"WER nova-2: {wer(reference, hypothesis):.3f}\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter notebook format; getpass for secrets")

# ---------------------------------------------------------------- billing, payments, scheduling, notifications
sk = stripe_key("sk_live_")
add("blind-dy/python/stripe-key", "billing/invoices/stripe_sync.py", T(r"""# Creates Stripe invoices for transcript orders (original + certified copies, expedite fees).
import stripe

stripe.api_key = "@SK@"

RATES = {"original_page": 4.25, "copy_page": 1.10, "expedite_daily": 2.50, "realtime_hour": 90.00}


def invoice_order(customer_id: str, job: str, pages: int, copies: int, expedite: bool) -> str:
    stripe.InvoiceItem.create(customer=customer_id, amount=int(pages * RATES["original_page"] * 100),
                              currency="usd", description=f"{job} original transcript, {pages} pp")
    if copies:
        stripe.InvoiceItem.create(customer=customer_id, amount=int(pages * copies * RATES["copy_page"] * 100),
                                  currency="usd", description=f"{job} certified copies x{copies}")
    if expedite:
        stripe.InvoiceItem.create(customer=customer_id, amount=int(pages * RATES["expedite_daily"] * 100),
                                  currency="usd", description=f"{job} daily delivery")
    inv = stripe.Invoice.create(customer=customer_id, collection_method="send_invoice", days_until_due=30)
    return stripe.Invoice.finalize_invoice(inv.id).hosted_invoice_url
""", SK=sk), sk, "Stripe API docs: API keys (sk_live_) and invoices")

pk = stripe_key("pk_live_")
add("blind-dy/js/decoy-publishable-key", "client-portal/src/checkout.js", T(r"""import { loadStripe } from '@stripe/stripe-js';

// Publishable key: meant for the browser (stripe.com/docs/keys).
const stripePromise = loadStripe('@PK@');

export async function payInvoice(clientSecret, cardElement, billingName) {
  const stripe = await stripePromise;
  const { error, paymentIntent } = await stripe.confirmCardPayment(clientSecret, {
    payment_method: { card: cardElement, billing_details: { name: billingName } },
  });
  if (error) throw new Error(error.message);
  return paymentIntent.status;
}
""", PK=pk), None, "Stripe docs: publishable keys are safe to expose in client code")

rk = "rk_live_" + "51" + draw(97)
add("blind-dy/yaml/stripe-restricted-key", "billing/helm/values-prod.yaml", T(r"""replicaCount: 2
image:
  repository: registry.lexreport.net/billing/api
  tag: "4.12.0"
env:
  APP_ENV: production
  INVOICE_TERMS_DAYS: "30"
  STRIPE_RESTRICTED_KEY: "@RK@"
  STRIPE_WEBHOOK_PATH: /hooks/stripe
resources:
  requests:
    cpu: 100m
    memory: 256Mi
ingress:
  enabled: true
  host: billing.lexreport.net
""", RK=rk), rk, "Stripe docs: restricted API keys (rk_live_)")

whsec = "whsec_" + draw(32)
add("blind-dy/ts/stripe-webhook-secret", "billing/src/webhooks/stripe.ts", T(r"""import express from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: '2024-04-10' });
const endpointSecret = '@WH@';

export const router = express.Router();

router.post('/hooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'] as string, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === 'invoice.paid') {
    const invoice = event.data.object as Stripe.Invoice;
    console.log('paid', invoice.number, invoice.metadata?.job);
  }
  res.json({ received: true });
});
""", WH=whsec), whsec, "Stripe docs: webhook signing secrets (whsec_) and constructEvent")

add("blind-dy/ts/decoy-stripe-test-fixture", "billing/test/fixtures/stripe-event.ts", r"""// Fixture built with `stripe trigger invoice.paid` against a test account, then trimmed.
export const invoicePaid = {
  id: 'evt_1PHxYzTestOnlyFixture000',
  object: 'event',
  api_version: '2024-04-10',
  type: 'invoice.paid',
  livemode: false,
  data: {
    object: {
      id: 'in_1PHxYzTestOnlyFixture000',
      object: 'invoice',
      customer: 'cus_TestFixtureCustomer',
      number: 'LEXR-0001',
      amount_paid: 42500,
      metadata: { job: 'J-24-0613' },
    },
  },
};

export const TEST_WEBHOOK_SECRET = 'whsec_test_secret_for_unit_tests_only';
""", None, "Stripe docs: webhook events in test mode; unit-test fixtures")

cs = mixed(40)
rt = "AB11" + str(_rng().randint(10**9, 10**10)) + draw(36)
add("blind-dy/python/quickbooks-secret", "billing/qbo/qbo_export.py", T(r"""# Nightly: post yesterday's transcript invoices into QuickBooks Online.
from intuitlib.client import AuthClient
from quickbooks import QuickBooks

auth_client = AuthClient(
    client_id="ABq7Zk2Lm9Px4Rt6Vw8Yz1Bc3De5Fg7Hj9Kl2Mn4Pq6Rs8Tu0",
    client_secret="@CS@",
    environment="production",
    redirect_uri="https://billing.lexreport.net/qbo/callback",
)

client = QuickBooks(
    auth_client=auth_client,
    refresh_token="@RT@",
    company_id="9130356722145671",
)


def post_invoice(inv):
    from quickbooks.objects.invoice import Invoice
    q = Invoice()
    q.CustomerRef = {"value": inv.qbo_customer_id}
    q.Line = inv.lines()
    q.save(qb=client)
    return q.Id
""", CS=cs, RT=rt), cs, "Intuit developer docs: OAuth 2.0 (client secret, refresh token); python-quickbooks")

sec = mixed(40)
add("blind-dy/ruby/clio-secret", "billing/clio_sync/config/initializers/clio.rb", T(r"""# Pulls matters from clients who use Clio so invoices carry the client matter number.
Rails.application.config.x.clio = ActiveSupport::OrderedOptions.new.tap do |c|
  c.site          = 'https://app.clio.com'
  c.client_id     = 'Ts8kR2qLm4Vn6Xp9Bz1Cd3Fg5Hj7Kl'
  c.client_secret = '@SEC@'
  c.redirect_uri  = 'https://billing.lexreport.net/clio/callback'
  c.scopes        = %w[matters:read contacts:read]
end
""", SEC=sec), sec, "Clio API v4 docs: OAuth 2.0 application client secret")

sec = hexs(64)
add("blind-dy/php/lawpay-secret", "client-portal/payments/lawpay.php", T(r"""<?php
// Card payments through LawPay (AffiniPay) into the operating account, never trust.
const AFFINIPAY_SECRET_KEY = 'm_@SEC@';
const AFFINIPAY_ACCOUNT_OPERATING = 'bank_7Yc2xQp9Rt';

function lawpay_charge(string $oneTimeToken, int $amountCents, string $reference): array {
    $ch = curl_init('https://api.affinipay.com/v1/charges');
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => AFFINIPAY_SECRET_KEY . ':',
        CURLOPT_POST => true,
        CURLOPT_POSTFIELDS => json_encode([
            'amount' => $amountCents,
            'method' => $oneTimeToken,
            'account_id' => AFFINIPAY_ACCOUNT_OPERATING,
            'reference' => $reference,
        ]),
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_RETURNTRANSFER => true,
    ]);
    $out = json_decode(curl_exec($ch), true);
    curl_close($ch);
    return $out ?? [];
}
""", SEC=sec), "m_" + sec, "AffiniPay / LawPay API docs: secret key as HTTP Basic user")

add("blind-dy/php/decoy-public-key", "client-portal/payments/lawpay_form.php", r"""<?php
// Hosted fields use the *public* key; tokenization happens in the browser.
$publicKey = getenv('AFFINIPAY_PUBLIC_KEY') ?: 'm_public_placeholder';
?>
<form id="pay">
  <div id="card_number"></div>
  <div id="card_cvv"></div>
  <button type="submit">Pay transcript invoice</button>
</form>
<script src="https://cdn.affinipay.com/hostedfields/1.4.2/fieldGen_1.4.2.js"></script>
<script>
  const hostedFields = window.AffiniPay.HostedFields.initializeFields({
    publicKey: <?= json_encode($publicKey) ?>,
    fields: [{ selector: '#card_number', input: { type: 'credit_card_number' } },
             { selector: '#card_cvv', input: { type: 'cvv' } }]
  }, function () {});
</script>
""", None, "AffiniPay hosted fields docs: public key in the browser")

tok = square_token()
add("blind-dy/go/square-token", "billing/pos/square.go", T(r"""package pos

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

// Square reader at the front desk, for walk-in certified-copy orders.
const squareAccessToken = "@TOK@"
const squareLocation = "L8Q5XKZ3N7W9M"

func Charge(sourceID string, cents int64, note string) error {
	body, _ := json.Marshal(map[string]any{
		"idempotency_key": fmt.Sprintf("%s-%d", note, cents),
		"source_id":       sourceID,
		"location_id":     squareLocation,
		"amount_money":    map[string]any{"amount": cents, "currency": "USD"},
		"note":            note,
	})
	req, _ := http.NewRequest("POST", "https://connect.squareup.com/v2/payments", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+squareAccessToken)
	req.Header.Set("Square-Version", "2024-05-15")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("square: %s", resp.Status)
	}
	return nil
}
""", TOK=tok), tok, "Square API docs: access tokens (EAAA...) and CreatePayment")

sg = sendgrid_key()
add("blind-dy/python/sendgrid-key", "notify/transcript_ready.py", T(r"""from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@SG@")


def transcript_ready(to_email: str, attorney: str, job: str, link: str) -> int:
    message = Mail(
        from_email="transcripts@lexreport.com",
        to_emails=to_email,
        subject=f"Your transcript is ready - {job}",
        html_content=(f"<p>{attorney},</p><p>The certified transcript for {job} is ready. "
                      f"<a href='{link}'>Download it here</a> (link valid 14 days).</p>"),
    )
    return sg.send(message).status_code
""", SG=sg), sg, "SendGrid docs: API keys (SG.xxx.yyy); sendgrid-python")

mg = mailgun_key()
add("blind-dy/shell/mailgun-key", "notify/send_notice.sh", T(r"""#!/usr/bin/env bash
# Sends the notice of deposition confirmation to all counsel on the service list.
set -euo pipefail
JOB="$1"; LIST="$2"
MAILGUN_DOMAIN="mg.lexreport.com"

while read -r email; do
  curl -s --user "api:@MG@" \
    "https://api.mailgun.net/v3/${MAILGUN_DOMAIN}/messages" \
    -F from="LexReport Scheduling <scheduling@lexreport.com>" \
    -F to="$email" \
    -F subject="Deposition confirmed - ${JOB}" \
    -F template="depo-confirmation" \
    -F "h:X-Mailgun-Variables={\"job\": \"${JOB}\"}"
done < "$LIST"
""", MG=mg), mg, "Mailgun docs: API key HTTP Basic auth (user api)")

pm = uuid_s()
add("blind-dy/csharp/postmark-token", "Scheduling/Notifications/PostmarkMailer.cs", T(r"""using PostmarkDotNet;
using System.Threading.Tasks;

namespace Scheduling.Notifications
{
    public class PostmarkMailer
    {
        private readonly PostmarkClient _client = new PostmarkClient("@PM@");

        public async Task SendReminderAsync(string to, string job, string when, string location)
        {
            var message = new TemplatedPostmarkMessage
            {
                From = "scheduling@lexreport.com",
                To = to,
                TemplateAlias = "depo-reminder",
                TemplateModel = new { job, when, location },
                MessageStream = "outbound",
            };
            await _client.SendMessageAsync(message);
        }
    }
}
""", PM=pm), pm, "Postmark docs: server API token (X-Postmark-Server-Token); PostmarkDotNet")

sid, tok = twilio_sid(), hexs(32)
add("blind-dy/python/twilio-token", "notify/sms_reminders.py", T(r"""from twilio.rest import Client

ACCOUNT_SID = "@SID@"
AUTH_TOKEN = "@TOK@"
FROM = "+14045550142"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def remind_reporter(phone: str, job: str, start: str, address: str) -> str:
    msg = client.messages.create(
        to=phone,
        from_=FROM,
        body=f"LexReport: {job} tomorrow {start} at {address}. Reply C to confirm.",
    )
    return msg.sid
""", SID=sid, TOK=tok), tok, "Twilio docs: Account SID and Auth Token")

add("blind-dy/python/decoy-twilio-test-creds", "notify/tests/test_sms.py", r"""from unittest import mock

from notify import sms_reminders

# Twilio's magic test numbers (twilio.com/docs/iam/test-credentials); no real account.
TEST_FROM = "+15005550006"


@mock.patch.object(sms_reminders, "client")
def test_remind_reporter(fake_client):
    fake_client.messages.create.return_value.sid = "SMxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
    sid = sms_reminders.remind_reporter("+15005550009", "J-24-0613", "9:00", "100 Peachtree St")
    assert sid.startswith("SM")
    fake_client.messages.create.assert_called_once()
""", None, "Twilio docs: test credentials and magic phone numbers")

hook = slack_webhook()
add("blind-dy/yaml/slack-webhook", "scheduling/config/alerts.yml", T(r"""alerts:
  unassigned_jobs:
    cron: "0 16 * * 1-5"
    lookahead_days: 2
    channel: "#scheduling"
  late_transcripts:
    cron: "0 9 * * *"
    threshold_days: 10
    channel: "#production"
slack:
  webhook_url: @HOOK@
  username: Scheduler Bot
  icon_emoji: ":spiral_calendar_pad:"
""", HOOK=hook), hook, "Slack docs: incoming webhooks")

bot = slack_bot()
add("blind-dy/js/slack-bot-token", "scheduling/bot/index.js", T(r"""const { App } = require('@slack/bolt');

const app = new App({
  token: '@TOK@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /cover J-24-0620 -> posts the job to #coverage so freelancers can claim it
app.command('/cover', async ({ command, ack, say }) => {
  await ack();
  const job = command.text.trim();
  await say({
    channel: 'C04COVERAGE',
    text: `Coverage needed for ${job}. React with :raised_hand: to claim.`,
  });
});

(async () => {
  await app.start(process.env.PORT || 3000);
  console.log('scheduler bot running');
})();
""", TOK=bot), bot, "Slack Bolt for JavaScript: bot token (xoxb-)")

hook = teams_webhook()
add("blind-dy/powershell/teams-webhook", "scripts/Notify-LateTranscripts.ps1", T(r"""$webhook = "@HOOK@"

$late = Invoke-Sqlcmd -ServerInstance "sql02.lexreport.local" -Database "TranscriptOps" -Query @"
SELECT JobNumber, Reporter, DATEDIFF(day, TakenOn, GETDATE()) AS Days
FROM dbo.Jobs WHERE Status = 'In Production' AND DATEDIFF(day, TakenOn, GETDATE()) > 10
"@

if ($late) {
    $lines = $late | ForEach-Object { "- $($_.JobNumber) ($($_.Reporter)): $($_.Days) days" }
    $card = @{ text = "Late transcripts:`n" + ($lines -join "`n") } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType "application/json"
}
""", HOOK=hook), hook, "Microsoft Teams docs: incoming webhooks")

hook = discord_webhook()
add("blind-dy/python/discord-webhook", "scheduling/freelancer_board.py", T(r"""# Freelance reporters' Discord: post open jobs they can pick up.
import requests

WEBHOOK = "@HOOK@"


def post_open_job(job: dict) -> None:
    embed = {
        "title": f"Open: {job['number']} ({job['type']})",
        "description": f"{job['date']} {job['start']} - {job['city']}\nRealtime: {'yes' if job['realtime'] else 'no'}",
        "color": 0x2B6CB0,
    }
    requests.post(WEBHOOK, json={"username": "Coverage", "embeds": [embed]}, timeout=10).raise_for_status()
""", HOOK=hook), hook, "Discord developer docs: webhooks (execute webhook URL)")

add("blind-dy/yaml/decoy-vault-lookup", "scheduling/ansible/group_vars/all.yml", r"""scheduler_env: production
scheduler_db_host: db01.lexreport.local
scheduler_db_user: scheduler
scheduler_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/scheduler:db_password') }}"
slack_webhook_url: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/scheduler:slack_webhook') }}"
twilio_auth_token: "{{ vault_twilio_auth_token }}"
reminder_hours_before: 18
""", None, "Ansible community.hashi_vault lookup plugin docs")

add("blind-dy/yaml/decoy-ansible-vault", "scheduling/ansible/group_vars/vault.yml", T(r"""$ANSIBLE_VAULT;1.1;AES256
@L1@
@L2@
@L3@
@L4@
@L5@
@L6@
""", L1=hexs(80), L2=hexs(80), L3=hexs(80), L4=hexs(80), L5=hexs(80), L6=hexs(40)), None,
    "Ansible docs: encrypted variable files ($ANSIBLE_VAULT;1.1;AES256)")

pw = human_pw()
add("blind-dy/ansible/password", "scheduling/ansible/roles/db/tasks/main.yml", T(r"""- name: Install PostgreSQL
  ansible.builtin.apt:
    name: [postgresql-15, python3-psycopg2]
    state: present

- name: Create scheduler database
  community.postgresql.postgresql_db:
    name: scheduler
  become: true
  become_user: postgres

- name: Create scheduler role
  community.postgresql.postgresql_user:
    db: scheduler
    name: scheduler
    password: "@PW@"
    priv: ALL
  become: true
  become_user: postgres
""", PW=pw), pw, "Ansible community.postgresql.postgresql_user module docs")

# ---------------------------------------------------------------- CI, containers, infrastructure
akid, asec = aws_pair()
add("blind-dy/github-actions/aws-key", ".github/workflows/deploy-review-portal.yml", T(r"""name: deploy review portal
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @AKID@
      AWS_SECRET_ACCESS_KEY: @SEC@
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        working-directory: review-portal
      - run: aws s3 sync review-portal/dist s3://review.lexreport.net --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWRT7YUIOP3A --paths "/*"
""", AKID=akid, SEC=asec), asec, "GitHub Actions docs: workflow env; AWS CLI environment variables")

add("blind-dy/github-actions/decoy-oidc", ".github/workflows/deploy-billing.yml", r"""name: deploy billing
on:
  push:
    branches: [main]
    paths: ["billing/**"]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481516234200:role/gha-billing-deploy
          aws-region: us-east-1
      - run: helm upgrade --install billing billing/helm -f billing/helm/values-prod.yaml
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
""", None, "GitHub Actions docs: OpenID Connect with AWS; encrypted secrets")

tok = github_pat()
add("blind-dy/github-actions/github-token", ".github/workflows/sync-dictionaries.yml", T(r"""name: sync shared steno dictionaries
on:
  schedule:
    - cron: "0 6 * * 1"
  workflow_dispatch: {}
jobs:
  sync:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@v4
      - name: clone the dictionaries repo
        run: git clone https://x-access-token:@TOK@@github.com/lexreport/steno-dictionaries.git dicts
      - name: validate
        run: python tools/validate_dictionaries.py dicts
      - name: publish to the file share
        run: robocopy dicts \\fs01\dictionaries\shared /MIR
""", TOK=tok), tok, "GitHub docs: personal access tokens (ghp_) in HTTPS clone URLs")

tok = gitlab_pat()
add("blind-dy/gitlab-ci/gitlab-token", ".gitlab-ci.yml", T(r"""stages: [test, package, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  RELEASE_TOKEN: "@TOK@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: python:3.12
  script:
    - python -m build
  artifacts:
    paths: [dist/]

release:
  stage: release
  image: registry.gitlab.com/gitlab-org/release-cli:latest
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'curl --header "PRIVATE-TOKEN: $RELEASE_TOKEN" --upload-file dist/*.whl "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/transcript-tools/$CI_COMMIT_TAG/"'
""", TOK=tok), tok, "GitLab docs: personal access tokens (glpat-); generic packages API")

add("blind-dy/gitlab-ci/decoy-masked-vars", "caption-bridge/.gitlab-ci.yml", r"""stages: [build, deploy]

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B -DskipTests package
  artifacts:
    paths: [target/*.jar]

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
  script:
    - scp target/caption-bridge.jar deploy@app02.lexreport.local:/opt/caption-bridge/
    - ssh deploy@app02.lexreport.local 'sudo systemctl restart caption-bridge'
  environment: production
  only: [main]
""", None, "GitLab docs: using SSH keys with GitLab CI/CD (masked file variables)")

pw = human_pw()
add("blind-dy/dockerfile/password", "legacy/catweb/Dockerfile", T(r"""FROM mcr.microsoft.com/dotnet/aspnet:6.0
WORKDIR /app
COPY publish/ .

ENV ASPNETCORE_URLS=http://+:8080
ENV ConnectionStrings__Jobs="Server=sql02.lexreport.local;Database=TranscriptOps;User Id=catweb;Password=@PW@;TrustServerCertificate=True"
ENV Realtime__RelayHost=relay.lexreport.net

EXPOSE 8080
ENTRYPOINT ["dotnet", "CatWeb.dll"]
""", PW=pw), pw, "Docker docs: ENV instruction; SQL Server connection strings")

tok = npm_token()
add("blind-dy/dockerfile/npm-token", "review-portal/Dockerfile", T(r"""FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN echo "@lexreport:registry=https://registry.npmjs.org/" > .npmrc && \
    echo "//registry.npmjs.org/:_authToken=@TOK@" >> .npmrc && \
    npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
""", TOK=tok), tok, "npm docs: access tokens (npm_) in .npmrc _authToken")

add("blind-dy/dockerfile/decoy-build-secret", "billing/Dockerfile", r"""# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_token \
    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.lexreport.net/simple" \
    pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["gunicorn", "billing.wsgi:application", "-b", "0.0.0.0:8000", "-w", "3"]
""", None, "Docker docs: build secrets (RUN --mount=type=secret)")

tok = fakes.pypi_token(_seed())
add("blind-dy/ini/pypi-token", "tools/transcript-format/.pypirc", T(r"""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @TOK@

[internal]
repository = https://pypi.lexreport.net/
username = ci
""", TOK=tok), tok, "PyPI docs: API tokens in .pypirc (username __token__)")

pw = url_pw()
dsn = f"postgresql://scheduler:{pw}@db01.lexreport.local:5432/scheduler?sslmode=require"
add("blind-dy/k8s/database-url", "scheduling/k8s/deployment.yaml", T(r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: scheduler-api
  namespace: scheduling
spec:
  replicas: 2
  selector:
    matchLabels: { app: scheduler-api }
  template:
    metadata:
      labels: { app: scheduler-api }
    spec:
      containers:
        - name: api
          image: registry.lexreport.net/scheduling/api:7.3.2
          ports:
            - containerPort: 8000
          env:
            - name: DATABASE_URL
              value: "@DSN@"
            - name: TZ
              value: America/New_York
          readinessProbe:
            httpGet: { path: /healthz, port: 8000 }
""", DSN=dsn), pw, "Kubernetes docs: container env; libpq connection URIs")

add("blind-dy/k8s/decoy-secret-ref", "scheduling/k8s/deployment-worker.yaml", r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: scheduler-worker
  namespace: scheduling
spec:
  replicas: 1
  selector:
    matchLabels: { app: scheduler-worker }
  template:
    metadata:
      labels: { app: scheduler-worker }
    spec:
      containers:
        - name: worker
          image: registry.lexreport.net/scheduling/worker:7.3.2
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef: { name: scheduler-db, key: url }
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: { name: twilio, key: auth-token }
""", None, "Kubernetes docs: env valueFrom secretKeyRef")

pw = fakes.redis_password(_seed())
add("blind-dy/k8s-secret/redis-password", "relay/k8s/redis-secret.yaml", T(r"""apiVersion: v1
kind: Secret
metadata:
  name: relay-redis
  namespace: realtime
type: Opaque
data:
  redis-password: @P@
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: relay-config
  namespace: realtime
data:
  REDIS_HOST: relay-redis-master.realtime.svc
  REDIS_PORT: "6379"
""", P=b64(pw)), pw, "Kubernetes docs: Secret data (base64); Bitnami Redis chart existingSecret")

add("blind-dy/helm/decoy-template", "relay/chart/templates/secret.yaml", r"""apiVersion: v1
kind: Secret
metadata:
  name: {{ include "relay.fullname" . }}
  labels:
    {{- include "relay.labels" . | nindent 4 }}
type: Opaque
data:
  admin-password: {{ required "relay.adminPassword is required" .Values.relay.adminPassword | b64enc | quote }}
  jwt-secret: {{ .Values.relay.jwtSecret | default (randAlphaNum 48) | b64enc | quote }}
  {{- if .Values.redis.enabled }}
  redis-password: {{ .Values.redis.auth.password | b64enc | quote }}
  {{- end }}
""", None, "Helm docs: templates, required and b64enc functions")

pw = human_pw()
add("blind-dy/helm/password", "relay/chart/values-production.yaml", T(r"""relay:
  replicas: 3
  adminUser: relayadmin
  adminPassword: "@PW@"
  maxViewersPerRoom: 40
ingress:
  enabled: true
  className: nginx
  hosts:
    - realtime.lexreport.net
  tls:
    - secretName: realtime-tls
      hosts: [realtime.lexreport.net]
redis:
  enabled: true
  auth:
    existingSecret: relay-redis
""", PW=pw), pw, "Helm docs: values files")

add("blind-dy/terraform/decoy-random-password", "infra/terraform/rds.tf", r"""resource "random_password" "scheduler_db" {
  length  = 32
  special = false
}

resource "aws_db_instance" "scheduler" {
  identifier              = "scheduler-prod"
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  db_name                 = "scheduler"
  username                = "scheduler"
  password                = random_password.scheduler_db.result
  storage_encrypted       = true
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret_version" "scheduler_db" {
  secret_id     = aws_secretsmanager_secret.scheduler_db.id
  secret_string = jsonencode({ username = "scheduler", password = random_password.scheduler_db.result })
}
""", None, "Terraform random_password resource; aws_db_instance")

pw = human_pw()
add("blind-dy/terraform/password", "infra/terraform/legacy-sql.tf", T(r"""resource "azurerm_mssql_server" "transcriptops" {
  name                         = "sql-transcriptops-prod"
  resource_group_name          = azurerm_resource_group.ops.name
  location                     = "eastus2"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "@PW@"
  minimum_tls_version          = "1.2"
}

resource "azurerm_mssql_database" "jobs" {
  name      = "TranscriptOps"
  server_id = azurerm_mssql_server.transcriptops.id
  sku_name  = "S2"
}
""", PW=pw), pw, "Terraform azurerm_mssql_server: administrator_login_password")

tok = do_token()
add("blind-dy/terraform/do-token", "infra/terraform/relay-edge/provider.tf", T(r"""terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.39"
    }
  }
}

provider "digitalocean" {
  token = "@TOK@"
}

resource "digitalocean_droplet" "relay_edge_west" {
  name   = "relay-edge-sfo3"
  region = "sfo3"
  size   = "s-2vcpu-4gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["realtime", "edge"]
}
""", TOK=tok), tok, "DigitalOcean docs: personal access tokens (dop_v1_); Terraform provider")

add("blind-dy/terraform/decoy-tfvars-example", "infra/terraform/relay-edge/terraform.tfvars.example", r"""# Copy to terraform.tfvars (gitignored) and fill in.
do_token       = "dop_v1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
region         = "sfo3"
droplet_size   = "s-2vcpu-4gb"
ssh_key_ids    = ["REPLACE_WITH_YOUR_KEY_ID"]
relay_hostname = "relay-edge-sfo3.lexreport.net"
""", None, "Terraform docs: variable definitions (.tfvars) files")

dd = hexs(32)
add("blind-dy/yaml/datadog-key", "ops/datadog/datadog.yaml", T(r"""api_key: @DD@
site: datadoghq.com
hostname: relay01.lexreport.net
tags:
  - env:production
  - service:realtime-relay
  - team:platform
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
""", DD=dd), dd, "Datadog Agent docs: datadog.yaml api_key")

nr = newrelic_license()
add("blind-dy/js/newrelic-key", "review-portal/newrelic.js", T(r"""'use strict';

exports.config = {
  app_name: ['review-portal'],
  license_key: '@NR@',
  distributed_tracing: { enabled: true },
  logging: { level: 'info' },
  allow_all_headers: true,
  attributes: {
    exclude: [
      'request.headers.cookie',
      'request.headers.authorization',
      'request.headers.x-api-key',
    ],
  },
};
""", NR=nr), nr, "New Relic Node.js agent: newrelic.js license_key")

st = sentry_user_token()
add("blind-dy/ini/sentry-token", "review-portal/.sentryclirc", T(r"""[defaults]
url = https://sentry.io/
org = lexreport
project = review-portal

[auth]
token = @ST@
""", ST=st), st, "Sentry CLI docs: .sentryclirc auth token")

add("blind-dy/js/decoy-sentry-dsn", "review-portal/src/sentry.js", r"""import * as Sentry from '@sentry/browser';

// The DSN is public by design: it only lets clients send events.
Sentry.init({
  dsn: 'https://8f3a1c5e7b9d4f2a6c8e0b1d3f5a7c9e@o448812.ingest.sentry.io/5521907',
  release: import.meta.env.VITE_RELEASE,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request) delete event.request.cookies;
    return event;
  },
});
""", None, "Sentry docs: DSN explainer (public client key)")

pw = human_pw()
add("blind-dy/nginx/password", "ops/nginx/realtime.conf", T(r"""upstream relay_backend {
    server 127.0.0.1:8443;
}

server {
    listen 443 ssl http2;
    server_name realtime.lexreport.net;
    ssl_certificate     /etc/letsencrypt/live/realtime.lexreport.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/realtime.lexreport.net/privkey.pem;

    location /admin/ {
        # relay's own admin login is weak; proxy adds the basic auth it expects
        proxy_set_header Authorization "Basic @B@";
        proxy_pass https://relay_backend;
        allow 10.20.0.0/16;
        deny all;
    }

    location / {
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_pass https://relay_backend;
    }
}
""", B=b64("relayadmin:" + pw)), b64("relayadmin:" + pw), "nginx docs: proxy_set_header; RFC 7617 Basic credentials")

add("blind-dy/nginx/decoy-htpasswd-file", "ops/nginx/review.conf", r"""server {
    listen 443 ssl http2;
    server_name review.lexreport.net;
    ssl_certificate     /etc/letsencrypt/live/review.lexreport.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/review.lexreport.net/privkey.pem;

    location /staff/ {
        auth_basic           "LexReport staff";
        auth_basic_user_file /etc/nginx/htpasswd/staff;
        proxy_pass           http://127.0.0.1:3000;
    }

    location / {
        root /srv/review/dist;
        try_files $uri /index.html;
    }
}
""", None, "nginx docs: ngx_http_auth_basic_module")

add("blind-dy/htpasswd/decoy-hashes", "ops/nginx/htpasswd/staff.example", T(r"""# generated with: htpasswd -B -C 12 staff.example <user>
mtran:@H1@
kambrose:@H2@
rosei:@H3@
qc-station:@H4@
scheduling:@H5@
""", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash(), H5=bcrypt_hash()), None,
    "Apache htpasswd docs: bcrypt (-B) password hashes")

vt = vault_token()
add("blind-dy/shell-history/vault-token", "ops/notes/vault-migration.zsh_history", T(r""": 1718201100:0;export VAULT_ADDR=https://vault.lexreport.local:8200
: 1718201112:0;vault login -method=oidc role=platform
: 1718201190:0;export VAULT_TOKEN=@VT@
: 1718201202:0;vault kv get kv/scheduler
: 1718201255:0;vault kv put kv/efile/efsp username=filing.desk@lexreport.com password=@-
: 1718201310:0;vault token lookup
: 1718201344:0;unset VAULT_TOKEN
""", VT=vt), vt, "HashiCorp Vault docs: service tokens (hvs.) and VAULT_TOKEN")

add("blind-dy/shell/decoy-vault-read", "ops/scripts/render-env.sh", r"""#!/usr/bin/env bash
# Renders the scheduler's env file from Vault at deploy time (runs on the host as root).
set -euo pipefail
export VAULT_ADDR=https://vault.lexreport.local:8200
vault login -no-print -method=approle role_id="$(cat /etc/vault/role_id)" secret_id="$(cat /etc/vault/secret_id)"

umask 077
{
  echo "DATABASE_URL=$(vault kv get -field=url kv/scheduler/db)"
  echo "TWILIO_AUTH_TOKEN=$(vault kv get -field=auth_token kv/scheduler/twilio)"
  echo "SLACK_WEBHOOK_URL=$(vault kv get -field=webhook kv/scheduler/slack)"
} > /etc/scheduler/env
systemctl restart scheduler
""", None, "HashiCorp Vault docs: AppRole login and kv get -field")

pw = url_pw()
add("blind-dy/go/mssql-dsn", "courtsync/internal/store/store.go", T(r"""package store

import (
	"database/sql"

	_ "github.com/microsoft/go-mssqldb"
)

const dsn = "sqlserver://courtsync:@PW@@sql02.lexreport.local:1433?database=TranscriptOps&encrypt=true&TrustServerCertificate=true"

func Open() (*sql.DB, error) {
	db, err := sql.Open("sqlserver", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(8)
	return db, db.Ping()
}
""", PW=pw), pw, "go-mssqldb README: sqlserver:// connection URL")

# ---------------------------------------------------------------- more secrets: tools, devices, apps
pw = human_pw()
add("blind-dy/r/password", "analytics/turnaround_report.R", T(r"""# Monthly turnaround report: days from job to certified transcript, by reporter and court.
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "db01.lexreport.local",
  dbname = "scheduler",
  user = "analyst_ro",
  password = "@PW@",
  sslmode = "require"
)

jobs <- dbGetQuery(con, "
  SELECT j.number, r.name AS reporter, j.court, j.taken_on, t.certified_on
  FROM jobs j JOIN reporters r ON r.id = j.reporter_id
  JOIN transcripts t ON t.job_id = j.id
  WHERE t.certified_on >= date_trunc('month', now()) - interval '1 month'")

jobs %>%
  mutate(days = as.numeric(certified_on - taken_on)) %>%
  group_by(reporter) %>%
  summarise(median_days = median(days), n = n()) %>%
  arrange(desc(median_days)) %>%
  print(n = 50)

dbDisconnect(con)
""", PW=pw), pw, "RPostgres docs: dbConnect(Postgres(), user, password)")

ok = openai_key()
add("blind-dy/python/openai-key", "summaries/depo_digest.py", T(r"""# Drafts a page:line deposition digest for the attorney's review (a paralegal checks every line).
from openai import OpenAI

client = OpenAI(api_key="@OK@")

PROMPT = ("Summarize this deposition transcript as a digest. For each topic give the page:line "
          "range and a one-sentence summary. Do not infer facts not in the testimony.")


def digest(transcript_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o",
        temperature=0,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript_text}],
    )
    return resp.choices[0].message.content
""", OK=ok), ok, "OpenAI API docs: API keys (sk-proj-)")

ak = anthropic_key()
add("blind-dy/ts/anthropic-key", "summaries/web/src/server/digest.ts", T(r"""import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '@AK@' });

export async function exhibitIndex(transcript: string): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-20240620',
    max_tokens: 2048,
    system: 'List every exhibit marked or referred to, with page:line of first mention. Output a Markdown table.',
    messages: [{ role: 'user', content: transcript }],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}
""", AK=ak), ak, "Anthropic API docs: API keys (sk-ant-api03-)")

sa_key = pem("PRIVATE")
sa_escaped = sa_key.replace("\n", "\\n")
add("blind-dy/json/gcp-service-account", "integrations/gdrive/service-account.json", T(r"""{
  "type": "service_account",
  "project_id": "lexreport-drive-sync",
  "private_key_id": "@KID@",
  "private_key": "@KEY@\n",
  "client_email": "transcript-sync@lexreport-drive-sync.iam.gserviceaccount.com",
  "client_id": "108812349876543210987",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/transcript-sync%40lexreport-drive-sync.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), KEY=sa_escaped), sa_escaped, "Google Cloud docs: service account key file (JSON)")

gk = google_api_key()
add("blind-dy/python/google-api-key", "asr-worker/google_stt.py", T(r"""# Fallback ASR for Spanish-language interpreted proceedings (rough draft only).
import base64

import requests

GOOGLE_API_KEY = "@GK@"
URL = "https://speech.googleapis.com/v1/speech:recognize?key=" + GOOGLE_API_KEY


def recognize(wav_bytes: bytes, language: str = "es-US") -> str:
    body = {
        "config": {"encoding": "LINEAR16", "sampleRateHertz": 16000, "languageCode": language,
                   "enableAutomaticPunctuation": True},
        "audio": {"content": base64.b64encode(wav_bytes).decode()},
    }
    r = requests.post(URL, json=body, timeout=120)
    r.raise_for_status()
    return " ".join(res["alternatives"][0]["transcript"] for res in r.json().get("results", []))
""", GK=gk), gk, "Google Cloud Speech-to-Text REST docs: API key query parameter")

gs = google_client_secret()
add("blind-dy/json/google-client-secret", "integrations/gmail/client_secret.json", T(r"""{
  "installed": {
    "client_id": "733915204418-q2v7k9m1x3z5b8n0c4d6f8h1j3l5p7r9.apps.googleusercontent.com",
    "project_id": "lexreport-intake",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@GS@",
    "redirect_uris": ["http://localhost"]
  }
}
""", GS=gs), gs, "Google Identity docs: OAuth client_secret.json (GOCSPX-)")

hs = hubspot_pat()
add("blind-dy/python/hubspot-token", "crm/sync_law_firms.py", T(r"""# Keeps law-firm accounts and their scheduling contacts in HubSpot in step with the job DB.
from hubspot import HubSpot
from hubspot.crm.companies import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@HS@")


def upsert_firm(name: str, domain: str, jobs_ytd: int) -> str:
    props = {"name": name, "domain": domain, "jobs_ytd": str(jobs_ytd), "industry": "LEGAL_SERVICES"}
    created = api.crm.companies.basic_api.create(
        simple_public_object_input_for_create=SimplePublicObjectInputForCreate(properties=props))
    return created.id
""", HS=hs), hs, "HubSpot docs: private app access tokens (pat-na1-)")

at = atlassian_token()
add("blind-dy/shell/atlassian-token", "ops/scripts/open-it-ticket.sh", T(r"""#!/usr/bin/env bash
# Opens an IT ticket when a reporter's CAT license activation fails.
set -euo pipefail
SUMMARY="$1"
JIRA="https://lexreport.atlassian.net"
AUTH="it-automation@lexreport.com:@AT@"

curl -sS -u "$AUTH" -H "Content-Type: application/json" \
  -X POST "$JIRA/rest/api/3/issue" \
  -d @- <<JSON
{
  "fields": {
    "project": {"key": "IT"},
    "issuetype": {"name": "Task"},
    "summary": "$SUMMARY",
    "labels": ["cat-license"]
  }
}
JSON
""", AT=at), at, "Atlassian docs: API tokens (ATATT) with basic auth")

ap = airtable_pat()
add("blind-dy/js/airtable-token", "exhibits/tracker.js", T(r"""// Exhibit tracker: which exhibits were marked at which depo, who has the originals.
const Airtable = require('airtable');

const base = new Airtable({ apiKey: '@AP@' }).base('appQ7r2LmX9kPz4Wd');

async function markExhibit(job, number, description, custodian) {
  const [rec] = await base('Exhibits').create([
    { fields: { Job: job, Number: number, Description: description, Custodian: custodian, Status: 'Marked' } },
  ]);
  return rec.getId();
}

module.exports = { markExhibit };
""", AP=ap), ap, "Airtable docs: personal access tokens (pat...)")

nt = notion_token()
add("blind-dy/python/notion-token", "ops/reporter_directory.py", T(r"""import requests

NOTION_TOKEN = "@NT@"
DATABASE_ID = "3f9a1c7e2b5d4e8fa0c6b2d4e6f8a1c3"
HEADERS = {
    "Authorization": f"Bearer {NOTION_TOKEN}",
    "Notion-Version": "2022-06-28",
    "Content-Type": "application/json",
}


def realtime_certified() -> list:
    body = {"filter": {"property": "Certifications", "multi_select": {"contains": "CRR"}}}
    r = requests.post(f"https://api.notion.com/v1/databases/{DATABASE_ID}/query", json=body, headers=HEADERS, timeout=20)
    r.raise_for_status()
    return [p["properties"]["Name"]["title"][0]["plain_text"] for p in r.json()["results"]]
""", NT=nt), nt, "Notion API docs: internal integration tokens (ntn_)")

pat = ado_pat()
add("blind-dy/xml/azure-devops-pat", "TranscriptDesk/nuget.config", T(r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="lexreport" value="https://pkgs.dev.azure.com/lexreport/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <lexreport>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@PAT@" />
    </lexreport>
  </packageSourceCredentials>
</configuration>
""", PAT=pat), pat, "NuGet docs: nuget.config packageSourceCredentials ClearTextPassword; Azure DevOps PATs")

fk = fcm_key()
add("blind-dy/php/fcm-server-key", "client-portal/push/notify_attorney.php", T(r"""<?php
// Legacy FCM HTTP API: pushes "transcript ready" to the attorney app.
const FCM_SERVER_KEY = '@FK@';

function push_transcript_ready(string $deviceToken, string $job): bool {
    $payload = [
        'to' => $deviceToken,
        'notification' => ['title' => 'Transcript ready', 'body' => "The transcript for $job is ready."],
        'data' => ['job' => $job],
    ];
    $ch = curl_init('https://fcm.googleapis.com/fcm/send');
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: key=' . FCM_SERVER_KEY, 'Content-Type: application/json']);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($payload));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $ok = curl_exec($ch) !== false;
    curl_close($ch);
    return $ok;
}
""", FK=fk), fk, "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>")

tg = fakes.telegram_token(_seed())
add("blind-dy/python/telegram-token", "ops/alerts/relay_watchdog.py", T(r"""# Pings the on-call tech if a realtime room loses its writer mid-session.
import time

import requests

BOT_TOKEN = "@TG@"
CHAT_ID = -1001844229173


def alert(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


def watch(rooms_api: str) -> None:
    while True:
        for room in requests.get(rooms_api, timeout=10).json():
            if room["live"] and not room["writer_connected"]:
                alert(f"Room {room['name']} lost the writer at {room['last_seen']}")
        time.sleep(30)
""", TG=tg), tg, "Telegram Bot API docs: bot tokens")

pw = url_pw()
mongo = f"mongodb+srv://intake:{pw}@cluster0.q7x2k.mongodb.net/intake?retryWrites=true&w=majority"
add("blind-dy/js/mongodb-uri", "intake-form/server/db.js", T(r"""const { MongoClient } = require('mongodb');

// Web intake form for deposition scheduling requests.
const uri = '@URI@';
const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });

async function saveRequest(req) {
  await client.connect();
  const col = client.db('intake').collection('requests');
  const { insertedId } = await col.insertOne({ ...req, receivedAt: new Date(), status: 'new' });
  return insertedId;
}

module.exports = { saveRequest };
""", URI=mongo), pw, "MongoDB docs: connection string URI (mongodb+srv://user:password@host)")

pw = url_pw()
add("blind-dy/python/redis-url", "scheduling/celeryconfig.py", T(r"""broker_url = "redis://:@PW@@redis01.lexreport.local:6379/0"
result_backend = "redis://:@PW@@redis01.lexreport.local:6379/1"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/New_York"
beat_schedule = {
    "remind-reporters": {"task": "scheduling.tasks.remind_reporters", "schedule": 3600.0},
    "flag-late-transcripts": {"task": "scheduling.tasks.flag_late", "schedule": 86400.0},
}
""", PW=pw), pw, "Celery docs: Redis broker URL with password")

pw = human_pw()
add("blind-dy/php/wp-config", "website/wp-config.php", T(r"""<?php
/** Firm marketing site (book a reporter, rate sheet, locations). */
define( 'DB_NAME', 'lexreport_wp' );
define( 'DB_USER', 'lexreport_wp' );
define( 'DB_PASSWORD', '@PW@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'lxr_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", PW=pw), pw, "WordPress docs: Editing wp-config.php (DB_PASSWORD)")

dk = fakes.django_secret_key(_seed())
add("blind-dy/python/django-secret-key", "scheduling/scheduler/settings/production.py", T(r"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["schedule.lexreport.net"]
SECRET_KEY = "@DK@"

DATABASES["default"]["HOST"] = "db01.lexreport.local"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
TIME_ZONE = "America/New_York"
""", DK=dk), dk, "Django docs: SECRET_KEY setting")

mk = hexs(32)
add("blind-dy/dotenv/rails-master-key", "client-portal-rails/.kamal/secrets", T(r"""# Secrets for kamal deploy. Registry password comes from the shell.
KAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD
RAILS_MASTER_KEY=@MK@
POSTGRES_HOST=db01.lexreport.local
SMTP_USER=transcripts@lexreport.com
""", MK=mk), mk, "Kamal docs: .kamal/secrets; Rails guides: RAILS_MASTER_KEY")

pw = human_pw()
add("blind-dy/netrc/password", "ops/home/deploy/.netrc", T(r"""machine api.efile.example-efsp.com
  login lexreport_api
  password @PW@

machine pkgs.lexreport.net
  login ci
  password ${PKG_TOKEN}
""", PW=pw), pw, "GNU inetutils / curl docs: .netrc file format")

pw = human_pw()
add("blind-dy/pgpass/password", "ops/home/analyst/.pgpass", T(r"""# hostname:port:database:username:password
db01.lexreport.local:5432:scheduler:analyst_ro:@PW@
db01.lexreport.local:5432:billing:analyst_ro:@PW@
db02.lexreport.local:5432:reporting:analyst_ro:@PW@
localhost:5432:*:postgres:*
""", PW=pw), pw, "PostgreSQL docs: the password file (.pgpass)")

pw = human_pw()
add("blind-dy/ini/smtp-password", "CATsystem/Settings/EmailDelivery.ini", T(r"""[EmailDelivery]
; CAT software sends e-transcripts (PTX + PDF) straight to counsel
Server=smtp.office365.com
Port=587
UseStartTLS=1
Username=transcripts@lexreport.com
Password=@PW@
FromName=LexReport Transcripts
BccSelf=1
MaxAttachmentMB=25

[Signature]
Line1=LexReport Court Reporting
Line2=404-555-0199 | scheduling@lexreport.com
""", PW=pw), pw, "CAT software e-mail delivery settings; Microsoft 365 SMTP AUTH")

pw = human_pw()
add("blind-dy/yaml/ldap-bind-password", "ops/gitea/app.ini.yml", T(r"""# Gitea LDAP auth source (applied with `gitea admin auth add-ldap`)
name: LexReport AD
security_protocol: LDAPS
host: dc01.lexreport.local
port: 636
bind_dn: CN=svc-gitea,OU=Service Accounts,DC=lexreport,DC=local
bind_password: "@PW@"
user_search_base: OU=Staff,DC=lexreport,DC=local
user_filter: (&(objectClass=user)(sAMAccountName=%s)(memberOf=CN=IT,OU=Groups,DC=lexreport,DC=local))
admin_filter: (memberOf=CN=Domain Admins,CN=Users,DC=lexreport,DC=local)
username_attribute: sAMAccountName
email_attribute: mail
""", PW=pw), pw, "Gitea docs: LDAP authentication source (bind DN / bind password)")

wg = draw(43, ALNUM + "+/") + "="
add("blind-dy/wireguard/private-key", "ops/vpn/reporter-laptop-kambrose.conf", T(r"""[Interface]
# K. Ambrose laptop - for realtime from the courthouse annex
Address = 10.66.0.14/32
PrivateKey = @WG@
DNS = 10.20.0.10

[Peer]
PublicKey = @PUB@
AllowedIPs = 10.20.0.0/16, 10.30.0.0/16
Endpoint = vpn.lexreport.net:51820
PersistentKeepalive = 25
""", WG=wg, PUB=draw(43, ALNUM + "+/") + "="), wg, "WireGuard docs: wg-quick config (Interface PrivateKey)")

psk = human_pw()
add("blind-dy/cisco/preshared-key", "ops/network/annex-asa.cfg", T(r"""! Site-to-site tunnel: downtown office <-> courthouse annex reporters' room
hostname annex-asa
domain-name lexreport.local
!
crypto ikev1 policy 10
 authentication pre-share
 encryption aes-256
 hash sha
 group 14
 lifetime 86400
!
tunnel-group 203.0.113.40 type ipsec-l2l
tunnel-group 203.0.113.40 ipsec-attributes
 ikev1 pre-shared-key @PSK@
!
access-list annex-to-hq extended permit ip 10.30.0.0 255.255.0.0 10.20.0.0 255.255.0.0
crypto map outside_map 1 match address annex-to-hq
crypto map outside_map 1 set peer 203.0.113.40
crypto map outside_map interface outside
""", PSK=psk), psk, "Cisco ASA configuration guide: site-to-site VPN tunnel-group pre-shared-key")

wpa = passphrase()
add("blind-dy/netplan/wifi-psk", "ops/depo-suites/netplan/50-suite-wifi.yaml", T(r"""# Deposition suite capture PCs: join the suite's private Wi-Fi (not the guest network)
network:
  version: 2
  renderer: NetworkManager
  wifis:
    wlp2s0:
      dhcp4: true
      access-points:
        "LexReport-Suites":
          password: "@WPA@"
""", WPA=wpa), wpa, "Netplan docs: wifis access-points password")

sk_sid, sk_sec = twilio_sid("SK"), mixed(32)
add("blind-dy/js/twilio-api-key", "video/remote-depo/server/token.js", T(r"""const twilio = require('twilio');
const { AccessToken } = twilio.jwt;
const { VideoGrant } = AccessToken;

const ACCOUNT_SID = 'AC9f2b7c1e4d6a8b0c3e5f7a9b1d3e5f7a';
const API_KEY_SID = '@SID@';
const API_KEY_SECRET = '@SEC@';

// Room tokens for remote depositions (witness, counsel, reporter, videographer).
function roomToken(identity, room) {
  const token = new AccessToken(ACCOUNT_SID, API_KEY_SID, API_KEY_SECRET, { identity, ttl: 4 * 3600 });
  token.addGrant(new VideoGrant({ room }));
  return token.toJwt();
}

module.exports = { roomToken };
""", SID=sk_sid, SEC=sk_sec), sk_sec, "Twilio docs: API keys (SK sid + secret) and Access Tokens")

pw = human_pw()
add("blind-dy/vba/password", "templates/TranscriptMacros.bas", T(r"""Attribute VB_Name = "TranscriptMacros"
' Word template macros: pull job details into the caption page of a new transcript.
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=sql02.lexreport.local;" & _
    "Initial Catalog=TranscriptOps;User ID=wordmacro;Password=@PW@;"

Public Sub FillCaption()
    Dim cn As Object, rs As Object, job As String
    job = InputBox("Job number:")
    If job = "" Then Exit Sub
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("SELECT CaseCaption, CaseNumber, Witness, TakenOn FROM dbo.Jobs WHERE JobNumber = '" & Replace(job, "'", "''") & "'")
    If Not rs.EOF Then
        ActiveDocument.Bookmarks("Caption").Range.Text = rs("CaseCaption")
        ActiveDocument.Bookmarks("CaseNo").Range.Text = rs("CaseNumber")
        ActiveDocument.Bookmarks("Witness").Range.Text = rs("Witness")
        ActiveDocument.Bookmarks("Date").Range.Text = Format(rs("TakenOn"), "mmmm d, yyyy")
    End If
    rs.Close: cn.Close
End Sub
""", PW=pw), pw, "Microsoft docs: ADO Connection.Open with an OLE DB connection string")

pw = short_pw()
add("blind-dy/autohotkey/password", "tools/reporter-hotkeys.ahk", T(r"""; Reporter convenience hotkeys (Ctrl+Alt+...)
#Requires AutoHotkey v2.0

^!j:: Run "explorer.exe J:\incoming"
^!r:: Run "https://realtime.lexreport.net/console"

; log in to the relay console
^!l:: {
    Send "reporter.jdelgado{Tab}"
    SendText "@PW@"
    Send "{Enter}"
}

; insert standard certificate page heading
^!c:: Send "REPORTER'S CERTIFICATE{Enter}{Enter}"
""", PW=pw), pw, "AutoHotkey v2 docs: Send and hotkeys")

pw = human_pw()
add("blind-dy/xml/maven-settings", "caption-bridge/.mvn/settings.xml", T(r"""<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>lexreport-releases</id>
      <username>deploy</username>
      <password>@PW@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lexreport-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lexreport.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", PW=pw), pw, "Apache Maven docs: settings.xml servers/server/password")

pw = gen_pw(16, "")
add("blind-dy/yaml/keystore-password", "caption-bridge/src/main/resources/application-prod.yml", T(r"""server:
  port: 8443
  ssl:
    enabled: true
    key-store: classpath:keystore/caption-bridge.p12
    key-store-type: PKCS12
    key-store-password: @PW@
    key-alias: caption-bridge
caption:
  encoder:
    host: icap.lexreport.net
    port: 8443
logging:
  level:
    com.lexreport: INFO
""", PW=pw), pw, "Spring Boot docs: server.ssl.key-store-password")

pw = human_pw()
add("blind-dy/csharp/web-config", "legacy/CatWeb/Web.config", T(r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Jobs"
         connectionString="Data Source=sql02.lexreport.local;Initial Catalog=TranscriptOps;User ID=catweb;Password=@PW@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="TranscriptRoot" value="\\fs01\jobs" />
    <add key="RealtimeRelay" value="relay.lexreport.net:9999" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <authentication mode="Windows" />
  </system.web>
</configuration>
""", PW=pw), pw, "Microsoft docs: connection strings in Web.config")

pw = human_pw()
add("blind-dy/perl/password", "legacy/scripts/rss_restrictions.pl", T(r"""#!/usr/bin/perl
# Reads CM/ECF transcript entries and records the 90-day restriction end date.
use strict;
use warnings;
use DBI;
use LWP::UserAgent;
use XML::RSS;

my $dbh = DBI->connect("DBI:mysql:database=transcripts;host=mysql01.lexreport.local",
    "rss_loader", '@PW@', { RaiseError => 1, AutoCommit => 1 });
my $ua = LWP::UserAgent->new(timeout => 30);
my $res = $ua->get("https://ecf.gand.uscourts.gov/cgi-bin/rss_outside.pl");
die $res->status_line unless $res->is_success;

my $rss = XML::RSS->new;
$rss->parse($res->decoded_content);
my $sth = $dbh->prepare("INSERT IGNORE INTO ecf_entries (link, title, published) VALUES (?, ?, ?)");
for my $item (@{ $rss->{items} }) {
    next unless $item->{title} =~ /Transcript/i;
    $sth->execute($item->{link}, $item->{title}, $item->{pubDate});
}
""", PW=pw), pw, "Perl DBI docs: DBI->connect($dsn, $user, $password)")

pw = human_pw()
add("blind-dy/gradle/password", "depo-app/android/gradle.properties", T(r"""org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
lexreportMavenUser=android-ci
lexreportMavenPassword=@PW@
RELEASE_STORE_FILE=../keystores/depo-release.jks
RELEASE_KEY_ALIAS=depo
""", PW=pw), pw, "Gradle docs: gradle.properties; Android signing config")

# ---------------------------------------------------------------- more decoys
mb = "pk.eyJ1IjoibGV4cmVwb3J0IiwiYSI6ImNs" + draw(22) + "." + draw(22, URLSAFE)
add("blind-dy/js/decoy-mapbox-public-token", "scheduling/web/src/components/JobMap.jsx", T(r"""import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to schedule.lexreport.net in the Mapbox account.
mapboxgl.accessToken = '@MB@';

export default function JobMap({ jobs }) {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/streets-v12', center: [-84.39, 33.75], zoom: 9 });
    jobs.forEach((j) => new mapboxgl.Marker().setLngLat([j.lng, j.lat]).setPopup(new mapboxgl.Popup().setText(`${j.number} ${j.start}`)).addTo(map));
    return () => map.remove();
  }, [jobs]);
  return <div ref={ref} style={{ height: 480 }} />;
}
""", MB=mb), None, "Mapbox docs: public access tokens (pk.) for browser use")

add("blind-dy/js/decoy-firebase-web-config", "client-portal/web/src/firebase.js", T(r"""import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config identifies the project; it is not a secret (security is in the rules).
const firebaseConfig = {
  apiKey: '@FK@',
  authDomain: 'lexreport-attorney.firebaseapp.com',
  projectId: 'lexreport-attorney',
  storageBucket: 'lexreport-attorney.appspot.com',
  messagingSenderId: '733915204418',
  appId: '1:733915204418:web:5f2c9a1e7b3d4c6a8e0f12',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", FK=google_api_key()), None, "Firebase docs: API keys for Firebase are not secret (web config)")

add("blind-dy/json/decoy-package-lock", "review-portal/package-lock.json", T(r"""{
  "name": "review-portal",
  "version": "2.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "review-portal",
      "version": "2.6.0",
      "dependencies": { "hls.js": "^1.5.8", "jsonwebtoken": "^9.0.2" }
    },
    "node_modules/hls.js": {
      "version": "1.5.8",
      "resolved": "https://registry.npmjs.org/hls.js/-/hls.js-1.5.8.tgz",
      "integrity": "sha512-@I1@"
    },
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@I2@"
    },
    "node_modules/jws": {
      "version": "3.2.2",
      "resolved": "https://registry.npmjs.org/jws/-/jws-3.2.2.tgz",
      "integrity": "sha512-@I3@"
    }
  }
}
""", I1=draw(86, ALNUM + "+/") + "==", I2=draw(86, ALNUM + "+/") + "==", I3=draw(86, ALNUM + "+/") + "=="), None,
    "npm docs: package-lock.json integrity (Subresource Integrity sha512)")

add("blind-dy/go/decoy-go-sum", "courtsync/go.sum", T(r"""github.com/gorilla/websocket v1.5.1 h1:@A@=
github.com/gorilla/websocket v1.5.1/go.mod h1:@B@=
github.com/microsoft/go-mssqldb v1.7.1 h1:@C@=
github.com/microsoft/go-mssqldb v1.7.1/go.mod h1:@D@=
golang.org/x/crypto v0.22.0 h1:@E@=
golang.org/x/crypto v0.22.0/go.mod h1:@F@=
""", A=draw(43, ALNUM + "+/"), B=draw(43, ALNUM + "+/"), C=draw(43, ALNUM + "+/"), D=draw(43, ALNUM + "+/"),
    E=draw(43, ALNUM + "+/"), F=draw(43, ALNUM + "+/")), None, "Go modules reference: go.sum hashes (h1:)")

add("blind-dy/markdown/decoy-changelog", "CHANGELOG.md", T(r"""# Changelog

## 7.3.2 - 2024-06-12
- Fix reminder SMS sent twice for jobs rescheduled same day (@C1@).
- Rotated the Twilio auth token after the vendor's notice; the new token is in Vault only.

## 7.3.1 - 2024-05-28
- Realtime rooms: viewer tokens now expire after 10 hours (@C2@).
- E-filing: retry EFM timeouts three times before paging (@C3@).

## 7.3.0 - 2024-05-02
- New: freelancer coverage board on Discord.
- Moved Stripe webhook secret to the secret manager (@C4@).
""", C1=hexs(7), C2=hexs(7), C3=hexs(7), C4=hexs(7)), None, "Keep a Changelog format; git short commit hashes")

add("blind-dy/log/decoy-redacted", "ops/incidents/2024-05-17-efile-outage.log", r"""2024-05-17T13:02:11Z INFO  efile-gateway starting, version=4.12.0
2024-05-17T13:02:12Z INFO  efm: POST https://illinois.tylertech.cloud/identity/connect/token client_id=efile-gateway client_secret=[REDACTED]
2024-05-17T13:02:14Z WARN  efm: token request failed status=503 retry=1
2024-05-17T13:02:34Z WARN  efm: token request failed status=503 retry=2
2024-05-17T13:02:54Z ERROR efm: giving up after 3 attempts; filings queued=14
2024-05-17T13:05:00Z INFO  http: GET /healthz 200 headers={"Authorization":"Bearer ***","X-Request-Id":"b7e1c2d4"}
2024-05-17T14:40:09Z INFO  efm: token ok expires_in=3600 access_token=eyJ***(redacted)
2024-05-17T14:40:31Z INFO  efm: submitted 14 queued filings
""", None, "Logging best practice: secrets redacted before write (OWASP Logging Cheat Sheet)")

add("blind-dy/markdown/decoy-password-policy", "docs/it/password-policy.md", r"""# Password policy (reporters and staff)

- At least 14 characters. A passphrase of four or more unrelated words is best.
- No dictionary words alone, names of courts, or the firm's name.
- Examples of passwords that our checker **rejects**: `Password1!`, `LexReport2024`,
  `Summer2024!`, `Steno123` (all appear in breach lists).
- Never reuse your CAT software, PACER, or e-filing passwords anywhere else.
- Use the firm's password manager; IT will never ask for your password.
- Realtime session passwords are one per job and expire when the job closes.

Report a suspected leak to it@lexreport.com or on-call at 404-555-0100.
""", None, "NIST SP 800-63B memorized secret guidance")

add("blind-dy/yaml/decoy-sops", "scheduling/secrets/prod.enc.yaml", T(r"""db_password: ENC[AES256_GCM,data:@D1@,iv:@IV1@,tag:@T1@,type:str]
twilio_auth_token: ENC[AES256_GCM,data:@D2@,iv:@IV2@,tag:@T2@,type:str]
slack_webhook: ENC[AES256_GCM,data:@D3@,iv:@IV3@,tag:@T3@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:481516234200:key/@KMS@
          created_at: "2024-05-02T15:11:02Z"
          enc: @ENC@
          aws_profile: ""
    lastmodified: "2024-06-12T18:40:55Z"
    mac: ENC[AES256_GCM,data:@MAC@,iv:@IV4@,tag:@T4@,type:str]
    version: 3.8.1
""", D1=draw(24, ALNUM + "+/") + "=", IV1=draw(43, ALNUM + "+/") + "=", T1=draw(22, ALNUM + "+/") + "==",
    D2=draw(44, ALNUM + "+/"), IV2=draw(43, ALNUM + "+/") + "=", T2=draw(22, ALNUM + "+/") + "==",
    D3=draw(104, ALNUM + "+/"), IV3=draw(43, ALNUM + "+/") + "=", T3=draw(22, ALNUM + "+/") + "==",
    KMS=uuid_s(), ENC="AQICAHh" + draw(170, ALNUM + "+/") + "==",
    MAC=draw(88, ALNUM + "+/"), IV4=draw(43, ALNUM + "+/") + "=", T4=draw(22, ALNUM + "+/") + "=="), None,
    "Mozilla SOPS README: encrypted YAML (ENC[AES256_GCM,...])")

add("blind-dy/text/decoy-deposition-excerpt", "tests/fixtures/transcripts/whitfield_excerpt.txt", r"""                                                          45
 1        Q.   And who had the password to that account?
 2        A.   Only the office manager, as far as I know.
 3        Q.   Did you ever log in to it yourself?
 4        A.   Once or twice, when she was out.
 5        Q.   How did you get the password on those occasions?
 6        A.   It was on a sticky note under her keyboard.
 7        Q.   Do you remember what it was?
 8        A.   No, I don't.
 9             MR. OKAFOR:  Objection; asked and answered.
10        Q.   (BY MS. LINDQVIST)  Did anyone change that password
11   after the incident?
12        A.   I believe IT reset it that week.
13        Q.   Who in IT?
14        A.   I don't recall the name.
15             MS. LINDQVIST:  Let's mark this as Exhibit 14.
16                  (Exhibit 14 marked for identification.)
""", None, "Uniform transcript format (25 lines per page, line numbers, Q/A designations)")

add("blind-dy/rtf/decoy-steno-dictionary", "dictionaries/shared/tech-terms.rtf", r"""{\rtf1\ansi{\*\cxrev100}\cxdict{\*\cxsystem CAT}{\stylesheet{\s0 Normal;}}
{\*\cxs PAS/WORD}password
{\*\cxs PAS/WORDZ}passwords
{\*\cxs TPHAOEU/TKPWA}API key
{\*\cxs TOE/KEPB}token
{\*\cxs KREPBL/SHAL}credential
{\*\cxs KREPBL/SHALZ}credentials
{\*\cxs TPAOEUR/WAUL}firewall
{\*\cxs STPHRAOEUPT}encrypt
{\*\cxs STPHRAOEUPGS}encryption
{\*\cxs TPHRA*PB/TPRAOEUFL}phishing
}
""", None, "RTF/CRE steno dictionary exchange format (cxs entries)")

add("blind-dy/terraform/decoy-secretsmanager", "infra/terraform/efile.tf", r"""data "aws_secretsmanager_secret_version" "efsp" {
  secret_id = "prod/efile/efsp"
}

locals {
  efsp = jsondecode(data.aws_secretsmanager_secret_version.efsp.secret_string)
}

resource "aws_ecs_task_definition" "efile_gateway" {
  family                   = "efile-gateway"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  network_mode             = "awsvpc"
  execution_role_arn       = aws_iam_role.ecs_exec.arn
  container_definitions = jsonencode([{
    name  = "gateway"
    image = "481516234200.dkr.ecr.us-east-1.amazonaws.com/efile-gateway:4.12.0"
    secrets = [
      { name = "EFSP_USERNAME", valueFrom = "${data.aws_secretsmanager_secret_version.efsp.arn}:username::" },
      { name = "EFSP_PASSWORD", valueFrom = "${data.aws_secretsmanager_secret_version.efsp.arn}:password::" }
    ]
  }])
}
""", None, "Terraform aws_secretsmanager_secret_version data source; ECS secrets valueFrom")

add("blind-dy/compose/decoy-secret-files", "scheduling/docker-compose.yml", r"""services:
  db:
    image: postgres:15
    environment:
      POSTGRES_USER: scheduler
      POSTGRES_DB: scheduler
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    volumes: [pgdata:/var/lib/postgresql/data]

  api:
    image: registry.lexreport.net/scheduling/api:7.3.2
    environment:
      DATABASE_HOST: db
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
    depends_on: [db]

secrets:
  db_password:
    file: ./secrets/db_password.txt

volumes:
  pgdata: {}
""", None, "Docker docs: secrets in Compose; postgres image POSTGRES_PASSWORD_FILE")

add("blind-dy/dotenv/decoy-test-values", "scheduling/.env.test", r"""APP_ENV=test
DATABASE_URL=postgresql://test:test@localhost:5432/scheduler_test
TWILIO_ACCOUNT_SID=ACtest
TWILIO_AUTH_TOKEN=test-token-not-real
SLACK_WEBHOOK_URL=http://localhost:9999/fake-slack
STRIPE_SECRET_KEY=sk_test_dummy
SENDGRID_API_KEY=SG.dummy.dummy
EMAIL_BACKEND=locmem
""", None, "Test configuration with dummy values")

add("blind-dy/csharp/decoy-user-secrets-id", "TranscriptDesk/TranscriptDesk.csproj", T(r"""<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId>@U@</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Identity" Version="1.11.4" />
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Storage.Blobs" Version="12.20.0" />
  </ItemGroup>
</Project>
""", U=uuid_s()), None, "Microsoft docs: Safe storage of app secrets in development (UserSecretsId)")

add("blind-dy/xml/decoy-maven-env", "caption-bridge/ci/settings.xml", r"""<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>lexreport-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lexreport-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.lexreport.net/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", None, "Apache Maven docs: settings.xml with ${env.*} properties")

add("blind-dy/python/decoy-hash-check", "video/sync/verify_manifest.py", T(r"""import hashlib
import sys
from pathlib import Path

import yaml

# Known-good hash of the empty sync file the capture software writes when sync failed.
EMPTY_SYNC_SHA256 = "@H@"


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(job_dir: str) -> int:
    manifest = yaml.safe_load((Path(job_dir) / "manifest.yaml").read_text())
    bad = 0
    for f in manifest["files"]:
        digest = sha256_of(Path(job_dir) / f["name"])
        if digest != f["sha256"] or digest == EMPTY_SYNC_SHA256:
            print("MISMATCH", f["name"])
            bad += 1
    return bad


if __name__ == "__main__":
    sys.exit(verify(sys.argv[1]))
""", H=sha256()), None, "Python hashlib docs: sha256 file digests")

add("blind-dy/xml/decoy-cert-pins", "depo-app/android/app/src/main/res/xml/network_security_config.xml", T(r"""<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
  <domain-config cleartextTrafficPermitted="false">
    <domain includeSubdomains="true">api.lexreport.net</domain>
    <pin-set expiration="2026-01-01">
      <pin digest="SHA-256">@P1@</pin>
      <pin digest="SHA-256">@P2@</pin>
    </pin-set>
  </domain-config>
</network-security-config>
""", P1=draw(43, ALNUM + "+/") + "=", P2=draw(43, ALNUM + "+/") + "="), None,
    "Android docs: network security configuration certificate pinning (SPKI SHA-256 pins)")

add("blind-dy/xml/decoy-saml-metadata", "client-portal/saml/idp-metadata.xml", T(r"""<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/@TEN@/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIC8DCCAdigAwIBAgIQ@CERT@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
        Location="https://login.microsoftonline.com/@TEN@/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", TEN=uuid_s(), CERT=draw(600, ALNUM + "+/") + "="), None, "OASIS SAML 2.0 metadata (X509Certificate is the IdP's public signing cert)")

add("blind-dy/json/decoy-jwks", "viewer-gateway/public/.well-known/jwks.json", T(r"""{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@KID@",
      "n": "@N@",
      "e": "AQAB"
    }
  ]
}
""", KID=hexs(16), N=draw(342, URLSAFE)), None, "RFC 7517 JSON Web Key Set (public RSA key: n, e)")

add("blind-dy/text/decoy-pgp-public-key", "docs/secure-delivery/lexreport-transcripts.asc", T(r"""-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: LexReport transcript delivery key - encrypt sealed transcripts to this key

@B@
=@CRC@
-----END PGP PUBLIC KEY BLOCK-----
""", B="mQINBGY" + "\n".join(draw(64, ALNUM + "+/") for _ in range(10))[7:], CRC=draw(4, ALNUM)), None,
    "RFC 4880 OpenPGP ASCII armor (public key block)")

add("blind-dy/ansible/decoy-inventory-vars", "ops/ansible/inventory/depo-suites.ini", r"""[capture_pcs]
suite-a-cap ansible_host=10.30.1.10
suite-b-cap ansible_host=10.30.2.10
suite-c-cap ansible_host=10.30.3.10

[capture_pcs:vars]
ansible_user=capture
ansible_connection=ssh
ansible_ssh_private_key_file=~/.ssh/capture_ed25519
ansible_become_password="{{ vault_capture_become_password }}"

[relay]
relay01.lexreport.net
""", None, "Ansible docs: INI inventory and vaulted variables")

add("blind-dy/powershell/decoy-keyvault", "scripts/Get-EfileCredential.ps1", r"""# Reads the EFSP credential from Key Vault for interactive use by the filing desk.
param([string]$Vault = "kv-lexreport-ops")

Connect-AzAccount -Identity | Out-Null
$user = Get-AzKeyVaultSecret -VaultName $Vault -Name "efsp-username" -AsPlainText
$pass = Get-AzKeyVaultSecret -VaultName $Vault -Name "efsp-password"

$cred = New-Object System.Management.Automation.PSCredential($user, $pass.SecretValue)
Write-Host "Loaded EFSP credential for $user (password not shown)"
return $cred
""", None, "Az.KeyVault docs: Get-AzKeyVaultSecret")

add("blind-dy/go/decoy-secrets-manager", "courtsync/internal/config/secrets.go", r"""package config

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type ECFCredentials struct {
	User string `json:"user"`
	Pass string `json:"pass"`
}

func LoadECF(ctx context.Context) (ECFCredentials, error) {
	var creds ECFCredentials
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return creds, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/courtsync/ecf"),
	})
	if err != nil {
		return creds, err
	}
	err = json.Unmarshal([]byte(*out.SecretString), &creds)
	return creds, err
}
""", None, "AWS SDK for Go v2: Secrets Manager GetSecretValue")

add("blind-dy/markdown/decoy-sdk-readme", "integrations/revai/README.md", r"""# revai-client

Thin wrapper around the Rev.ai async API for rough drafts.

```python
from revai_client import RevAi

client = RevAi(access_token="YOUR_ACCESS_TOKEN")
job = client.submit("https://example.com/audio/hearing.mp3")
print(client.wait(job.id).transcript)
```

Set `REVAI_ACCESS_TOKEN` in your environment instead of passing the token in code:

```bash
export REVAI_ACCESS_TOKEN=<paste your token here>
python -m revai_client submit hearing.mp3
```
""", None, "Rev.ai SDK README conventions (YOUR_ACCESS_TOKEN placeholder)")

add("blind-dy/wireguard/decoy-template", "ops/vpn/reporter-laptop.template.conf", T(r"""[Interface]
# Template: the laptop's PrivateKey is generated on the laptop with `wg genkey`
# and never leaves it. Send IT only the output of `wg pubkey`.
Address = 10.66.0.X/32
PrivateKey = <generated-on-device>
DNS = 10.20.0.10

[Peer]
# office VPN concentrator (public key)
PublicKey = @PUB@
AllowedIPs = 10.20.0.0/16, 10.30.0.0/16
Endpoint = vpn.lexreport.net:51820
""", PUB=draw(43, ALNUM + "+/") + "="), None, "WireGuard docs: key generation (wg genkey / wg pubkey)")

add("blind-dy/csv/decoy-audit-ids", "ops/exports/portal-downloads-2024-06.csv", T(r"""download_id,job,user_id,file,sha256,downloaded_at
@U1@,J-24-0613,@V1@,transcript_certified.pdf,@H1@,2024-06-20T14:02:11Z
@U2@,J-24-0613,@V2@,transcript_certified.ptx,@H2@,2024-06-20T14:02:40Z
@U3@,J-24-0598,@V3@,exhibits.zip,@H3@,2024-06-21T09:15:03Z
@U4@,J-24-0620,@V1@,rough_draft.pdf,@H4@,2024-06-21T17:44:52Z
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), V1=uuid_s(), V2=uuid_s(), V3=uuid_s(),
    H1=sha256(), H2=sha256(), H3=sha256(), H4=sha256()), None, "Audit export: UUID ids and SHA-256 file digests")

add("blind-dy/yaml/decoy-kms-ciphertext", "relay/config/relay-secrets.yaml", T(r"""# Encrypted with `aws kms encrypt --key-id alias/relay`; decrypted by the relay at start-up
# with its instance role. Ciphertext only.
admin_password_ciphertext: @C1@
jwt_secret_ciphertext: @C2@
kms_key_alias: alias/relay
region: us-east-1
""", C1="AQICAHh" + draw(180, ALNUM + "+/") + "=", C2="AQICAHh" + draw(220, ALNUM + "+/") + "="), None,
    "AWS KMS docs: Encrypt returns a CiphertextBlob (base64)")

add("blind-dy/github-actions/decoy-secrets-context", ".github/workflows/asr-worker.yml", r"""name: asr worker
on:
  push:
    paths: ["asr-worker/**"]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r asr-worker/requirements.txt pytest
      - run: pytest -q asr-worker/tests
        env:
          SPEECHMATICS_API_KEY: ${{ secrets.SPEECHMATICS_API_KEY }}
          DEEPGRAM_API_KEY: ${{ secrets.DEEPGRAM_API_KEY }}
          ASR_LIVE_TESTS: ${{ github.ref == 'refs/heads/main' }}
""", None, "GitHub Actions docs: using secrets in workflows")

add("blind-dy/js/decoy-google-oauth-client-id", "client-portal/web/src/login.js", r"""// "Sign in with Google" for attorneys. The client id is public; no secret in the browser.
const GOOGLE_CLIENT_ID = '733915204418-k1m3n5p7q9r2s4t6u8v0w2x4y6z8a0b2.apps.googleusercontent.com';

export function renderGoogleButton(el, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    ux_mode: 'popup',
  });
  window.google.accounts.id.renderButton(el, { theme: 'outline', size: 'large' });
}
""", None, "Google Identity Services docs: client ID in the browser")

add("blind-dy/k8s-secret/decoy-placeholder", "efile-gateway/deploy/secret-template.yaml", r"""# Template only: CI replaces the values with `kubectl create secret ... --dry-run=client -o yaml`.
apiVersion: v1
kind: Secret
metadata:
  name: efm-oauth
  namespace: efile
type: Opaque
stringData:
  client_id: "<EFM_CLIENT_ID>"
  client_secret: "<EFM_CLIENT_SECRET>"
""", None, "Kubernetes docs: Secret stringData (placeholder template)")
