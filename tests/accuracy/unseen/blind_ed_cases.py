"""Blind set ED: astronomical observatories.

Telescope control (INDI, ASCOM and Alpaca, ACP, RTS2, PANOPTES, pier and dome computers, power
switches, UPS and network gear), observation scheduling (LCO and ESO P2, TOM Toolkit, observation
portals), data archives (MAST, CADC, Gaia, SciServer, Rubin, Zenodo, ADS, S3 and Azure mirrors),
alert brokers (GCN Kafka, SCIMMA Hopskotch, Fink, ANTARES, Lasair, SkyPortal/Fritz, TNS), dome
weather stations (weewx, WeatherLink, Wunderground, MQTT, InfluxDB, Grafana, ESPHome, Home
Assistant) and public outreach sites (WordPress, donations, newsletters, live streams, apps), with
their decoys. Generated fakes only (seeds 1340000-1349999).
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
LOWER = string.ascii_lowercase
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
DIGITS = string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"

SEED_FIRST, SEED_LAST = 1_340_000, 1_349_999
_SEED = [SEED_FIRST]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_FIRST <= _SEED[0] and _SEED[0] + 1 <= SEED_LAST
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with both cases and a digit (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(100):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 6 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                           and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(DIGITS) for _ in range(n - 1))


STARS = ["Andromeda", "Pleiades", "Orion", "Vega", "Deneb", "Altair", "Cygnus", "Polaris", "Sirius", "Rigel",
         "Nebula", "Quasar", "Pulsar", "Zenith", "Meridian", "Kepler", "Huygens", "Messier", "Aldebaran",
         "Arcturus", "Cassiopeia", "Lyra", "Draco", "Perseus", "Antares", "Capella"]
WORDS = ["Harbor", "Falcon", "Cedar", "Granite", "Willow", "Summit", "Lantern", "Copper", "Tundra", "Beacon",
         "Juniper", "Kestrel", "Basalt", "Saguaro", "Mesa", "Canyon", "Coyote", "Pinyon", "Ridge", "Ocotillo"]
LOWER_WORDS = ["dome", "shutter", "seeing", "comet", "gravel", "cactus", "lantern", "violet", "anchor", "ember",
               "walnut", "harvest", "mosaic", "glacier", "pepper", "orchid", "saddle", "trumpet", "lagoon", "basalt"]


def human_pw(sym: str = "!#$%*@") -> str:
    r = _rng()
    return r.choice(STARS + WORDS) + r.choice(sym) + r.choice(WORDS) + str(r.randint(10, 9999))


def year_pw(sym: str = "!#$*") -> str:
    r = _rng()
    return r.choice(STARS) + r.choice(["", "_", "."]) + str(r.randint(2015, 2024)) + r.choice(sym)


def gen_pw(n: int = 20, extra: str = "!#%*-_+=") -> str:
    r = _rng()
    body = [r.choice(ALNUM + extra) for _ in range(n - 3)]
    for c in (r.choice(string.ascii_uppercase), r.choice(DIGITS), r.choice(extra or DIGITS)):
        body.insert(r.randint(0, len(body)), c)
    return "".join(body)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER_WORDS, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_json(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def rand_b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


def pem(kind: str, prefix: str, total: int, width: int = 64) -> str:
    body = prefix + draw(total - len(prefix), B64)
    if total % 4 == 2:
        body = body[:-2] + "=="
    return f"-----BEGIN {kind}-----\n{_wrap(body, width)}\n-----END {kind}-----"


def rsa_key() -> str:
    return pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1588)


def pkcs8_key() -> str:
    return pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624)


def ec_key() -> str:
    return pem("EC PRIVATE KEY", "MHcCAQEEI", 164)


def openssh_key() -> str:
    return pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
               "QyNTUxOQAAACA", 300, 70)


def certificate() -> str:
    return pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1180)


def indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in block.splitlines())


def ssh_ed25519_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, B64) + " " + comment


def jwt(payload: dict) -> str:
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64url_json(payload) + "." + draw(43, B64URL)


def uuid() -> str:
    return fakes.uuid4(_seed())


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPNUM) + "/B" + draw(10, UPNUM) + "/" + draw(24))


def slack_bot() -> str:
    return "xoxb-" + digits(11) + "-" + digits(13) + "-" + draw(24)


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + draw(68, B64URL)


def sendgrid_key() -> str:
    return "SG." + draw(22, B64URL) + "." + draw(43, B64URL)


def google_key() -> str:
    return "AIzaSy" + draw(33, B64URL)


def influx_token() -> str:
    return draw(86, B64URL) + "=="


def mapbox_token(kind: str, user: str) -> str:
    return kind + "." + b64url_json({"u": user, "a": draw(25, LOWNUM)}) + "." + draw(22, B64URL)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    text = template.lstrip("\n").replace("@@T@@", "\t")
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, (file_name, text[:80])
    CASES.append(LabelledCase("blind-ed/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Telescope control: INDI, ASCOM/Alpaca, ACP, RTS2, PANOPTES, pier computers and dome gear
# ---------------------------------------------------------------------------------------------

_pw = human_pw("!%*")
add("shell/sshpass-password", "pier2/bin/start_indi.sh", r"""
#!/usr/bin/env bash
# start_indi.sh -- bring up the INDI stack on the pier computer (obs-pier2)
# Run by systemd (indi-stack.service) at boot; logs to /var/log/indi/
set -euo pipefail

LOGDIR=/var/log/indi
FIFO=/tmp/indififo
DRIVERS=(indi_lx200_10micron indi_asi_ccd indi_asi_wheel indi_moonlite_focus indi_aag_cloudwatcher_ng indi_dragonfly_dome)

mkdir -p "$LOGDIR"
[[ -p $FIFO ]] || mkfifo "$FIFO"

indiserver -v -p 7624 -f "$FIFO" >>"$LOGDIR/indiserver.log" 2>&1 &
sleep 2
for d in "${DRIVERS[@]}"; do
  echo "start $d" > "$FIFO"
done

# Pull the flats library from the NAS before the session starts
sshpass -p '@@pw@@' rsync -az --delete \
    obsdata@nas01.obs.lan:/volume1/calib/flats/ /srv/calib/flats/

echo "INDI stack up: $(date -Is)" >> "$LOGDIR/boot.log"
""", _pw, "INDI indiserver(1) FIFO usage; sshpass(1) -p option", pw=_pw)

_pw = gen_pw(12, "")
add("xml/relay-password", "pier2/indi-configs/IPX800_config.xml", r"""
<INDIDriver>
<newSwitchVector device='IPX800' name='CONNECTION_MODE'>
  <oneSwitch name='CONNECTION_TCP'>
      On
  </oneSwitch>
</newSwitchVector>
<newTextVector device='IPX800' name='DEVICE_ADDRESS'>
  <oneText name='ADDRESS'>
      192.168.20.41
  </oneText>
  <oneText name='PORT'>
      80
  </oneText>
</newTextVector>
<newTextVector device='IPX800' name='LOGIN_PWD'>
  <oneText name='LOGIN_VALUE'>
      roofctl
  </oneText>
  <oneText name='PASSWORD_VALUE'>
      @@pw@@
  </oneText>
</newTextVector>
<newSwitchVector device='IPX800' name='ROOF_RELAY_MAP'>
  <oneSwitch name='RELAY_1_OPEN'>
      On
  </oneSwitch>
  <oneSwitch name='RELAY_2_CLOSE'>
      On
  </oneSwitch>
</newSwitchVector>
</INDIDriver>
""", _pw, "INDI driver configuration files (~/.indi/<driver>_config.xml), IPX800 driver properties", pw=_pw)

_key = hexs(32)
add("csharp/openweathermap-key", "ascom/OwmFallback/ObservingConditions.cs", r"""
// ObservingConditions driver that reads OpenWeatherMap "current weather" as a fallback
// when the AAG CloudWatcher on the dome is offline. Registered as ASCOM.OwmFallback.ObservingConditions
using System;
using System.Globalization;
using System.Net.Http;
using System.Runtime.InteropServices;
using ASCOM.DeviceInterface;
using Newtonsoft.Json.Linq;

namespace ASCOM.OwmFallback
{
    [Guid("6a1f0c3e-2b7d-4f5a-9e21-3c8d5b7a9f10")]
    [ClassInterface(ClassInterfaceType.None)]
    public partial class ObservingConditions : IObservingConditionsV2
    {
        internal const string DriverId = "ASCOM.OwmFallback.ObservingConditions";
        private const string OwmApiKey = "@@key@@";
        private const double SiteLat = 31.9583, SiteLon = -111.5967;
        private static readonly HttpClient Http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        private JObject last;
        private DateTime lastFetch = DateTime.MinValue;

        private void Refresh()
        {
            if (last != null && (DateTime.UtcNow - lastFetch).TotalSeconds < 60) return;
            string url = string.Format(CultureInfo.InvariantCulture,
                "https://api.openweathermap.org/data/2.5/weather?lat={0}&lon={1}&units=metric&appid={2}",
                SiteLat, SiteLon, OwmApiKey);
            last = JObject.Parse(Http.GetStringAsync(url).Result);
            lastFetch = DateTime.UtcNow;
        }

        public double Temperature { get { Refresh(); return (double)last["main"]["temp"]; } }
        public double Humidity { get { Refresh(); return (double)last["main"]["humidity"]; } }
        public double Pressure { get { Refresh(); return (double)last["main"]["pressure"]; } }
        public double WindSpeed { get { Refresh(); return (double)last["wind"]["speed"]; } }
        public double WindDirection { get { Refresh(); return (double)last["wind"]["deg"]; } }
        public double CloudCover { get { Refresh(); return (double)last["clouds"]["all"]; } }

        public double TimeSinceLastUpdate(string propertyName)
        {
            return (DateTime.UtcNow - lastFetch).TotalSeconds;
        }

        public string SensorDescription(string propertyName)
        {
            return "OpenWeatherMap current weather (" + propertyName + ")";
        }
    }
}
""", _key, "OpenWeatherMap Current Weather API (appid parameter); ASCOM IObservingConditions", key=_key)

add("csharp/decoy-profile-lookup", "ascom/OwmFallback/ObservingConditions.Profile.cs", r"""
using ASCOM.Utilities;

namespace ASCOM.OwmFallback
{
    public partial class ObservingConditions
    {
        private const string ApiKeyProfileName = "OWM API Key";
        private const string ApiKeyDefault = "";
        internal static string apiKey;

        // The key is entered by the operator in the Setup dialog and kept in the ASCOM Profile
        // of this machine; it is never compiled into the driver.
        internal static void ReadProfile()
        {
            using (Profile driverProfile = new Profile())
            {
                driverProfile.DeviceType = "ObservingConditions";
                apiKey = driverProfile.GetValue(DriverId, ApiKeyProfileName, string.Empty, ApiKeyDefault);
            }
        }

        internal static void WriteProfile()
        {
            using (Profile driverProfile = new Profile())
            {
                driverProfile.DeviceType = "ObservingConditions";
                driverProfile.WriteValue(DriverId, ApiKeyProfileName, apiKey);
            }
        }
    }
}
""", None, "ASCOM Platform Profile.GetValue/WriteValue (driver template)")

add("json/decoy-guid-ids", "ascom/alpaca/fixtures/configureddevices.json", r"""
{
  "Value": [
    {
      "DeviceName": "10Micron GM2000 HPS",
      "DeviceType": "Telescope",
      "DeviceNumber": 0,
      "UniqueID": "@@u1@@"
    },
    {
      "DeviceName": "ZWO ASI6200MM Pro",
      "DeviceType": "Camera",
      "DeviceNumber": 0,
      "UniqueID": "@@u2@@"
    },
    {
      "DeviceName": "ScopeDome 4m",
      "DeviceType": "Dome",
      "DeviceNumber": 0,
      "UniqueID": "@@u3@@"
    },
    {
      "DeviceName": "AAG CloudWatcher",
      "DeviceType": "SafetyMonitor",
      "DeviceNumber": 0,
      "UniqueID": "@@u4@@"
    }
  ],
  "ClientTransactionID": 0,
  "ServerTransactionID": 4182,
  "ErrorNumber": 0,
  "ErrorMessage": ""
}
""", None, "ASCOM Alpaca Management API /management/v1/configureddevices",
    u1=uuid(), u2=uuid(), u3=uuid(), u4=uuid())

_pw = year_pw()
add("powershell/smb-password", "windows/ObsPC/Start-Night.ps1", r"""
<#
  Start-Night.ps1 - run by Task Scheduler on OBS-CTRL01 one hour before sunset.
  Maps the FITS share, starts the ASCOM hub and ACP, then opens the dome log.
#>
$ErrorActionPreference = 'Stop'
$log = "C:\ObsLogs\start-night_$(Get-Date -Format yyyyMMdd).log"
Start-Transcript -Path $log -Append

# Raw frames go straight to the archive NAS
if (-not (Test-Path Z:\)) {
    net use Z: \\nas01.obs.lan\fits /user:OBS\acquire '@@pw@@' /persistent:yes
}

Start-Process "C:\Program Files (x86)\Common Files\ASCOM\Platform\v6\ASCOM.DeviceHub.exe"
Start-Sleep -Seconds 20
Start-Process "C:\Program Files (x86)\ACP Obs Control\ACP.exe"

$night = (Get-Date).ToString('yyyy-MM-dd')
New-Item -ItemType Directory -Force -Path "Z:\raw\$night" | Out-Null
Write-Host "Night $night ready"
Stop-Transcript
""", _pw, "Microsoft Docs: net use /user; ACP Observatory Control Software", pw=_pw)

_pw = human_pw("!#$%*")
add("vbscript/smtp-password", "acp/Scripts/EndOfNightMail.vbs", r"""
'
' EndOfNightMail.vbs -- called from ACP's UserActions at shutdown.
' Mails the night summary to the observers list through the campus relay.
'
Option Explicit
Const cdoSendUsingPort = 2
Const cdoBasic = 1
Dim oMsg, oConf, FSO, summary

Set FSO = CreateObject("Scripting.FileSystemObject")
summary = FSO.OpenTextFile("C:\Users\Public\Documents\ACP Astronomy\Logs\night-summary.txt", 1).ReadAll

Set oConf = CreateObject("CDO.Configuration")
With oConf.Fields
    .Item("http://schemas.microsoft.com/cdo/configuration/sendusing") = cdoSendUsingPort
    .Item("http://schemas.microsoft.com/cdo/configuration/smtpserver") = "smtp.office365.com"
    .Item("http://schemas.microsoft.com/cdo/configuration/smtpserverport") = 587
    .Item("http://schemas.microsoft.com/cdo/configuration/smtpusessl") = True
    .Item("http://schemas.microsoft.com/cdo/configuration/smtpauthenticate") = cdoBasic
    .Item("http://schemas.microsoft.com/cdo/configuration/sendusername") = "obs-robot@skyridge-observatory.org"
    .Item("http://schemas.microsoft.com/cdo/configuration/sendpassword") = "@@pw@@"
    .Update
End With

Set oMsg = CreateObject("CDO.Message")
Set oMsg.Configuration = oConf
oMsg.From = "Skyridge ACP <obs-robot@skyridge-observatory.org>"
oMsg.To = "observers@skyridge-observatory.org"
oMsg.Subject = "ACP night summary " & FormatDateTime(Now, 2)
oMsg.TextBody = summary
oMsg.Send
""", _pw, "Microsoft CDO for Windows 2000 configuration fields (sendusername/sendpassword)", pw=_pw)

_pw = gen_pw(14, "#+-")
add("batch/scp-password", "windows/ObsPC/push_frames.bat", r"""
@echo off
REM push_frames.bat - copy tonight's calibrated frames to the reduction server.
REM Scheduled task "Push frames" runs this at 07:00 local.
setlocal
set NIGHT=%date:~10,4%%date:~4,2%%date:~7,2%
set SRC=D:\MaxIm\Calibrated\%NIGHT%
set DEST=reduce@reduce01.obs.lan:/data/incoming/%NIGHT%/

if not exist "%SRC%" (
    echo No frames for %NIGHT%
    exit /b 0
)

"C:\Program Files\PuTTY\plink.exe" -batch -pw @@pw@@ reduce@reduce01.obs.lan "mkdir -p /data/incoming/%NIGHT%"
"C:\Program Files\PuTTY\pscp.exe" -batch -pw @@pw@@ -r "%SRC%\*.fit" %DEST%
if errorlevel 1 echo pscp failed >> D:\MaxIm\push_errors.log
endlocal
""", _pw, "PuTTY user manual, pscp/plink -pw option", pw=_pw)

_pw = gen_pw(16, "")
add("ini/postgres-password", "rts2/etc/rts2.ini", r"""
; RTS2 configuration for the 0.6 m robotic telescope
[observatory]
longitude = -105.8216
latitude = 32.7803
altitude = 2788
base_path = /images/
que_path = /images/queue
night_horizon = -12

[database]
name = stars
username = rts2
password = @@pw@@
host = localhost

[imgproc]
astrometry = /usr/local/bin/rts2-astrometry.net
dark_path = /images/darks/%c/%f

[centrald]
day_horizon = 0
night_horizon = -10

[selector]
night_sun = -12
""", _pw, "RTS2 rts2.ini configuration ([database] section)", pw=_pw)

_hook = slack_webhook()
add("yaml/slack-webhook", "panoptes/conf_files/pocs_local.yaml", r"""
name: Skyridge PANOPTES unit PAN021
pan_id: PAN021
location:
  name: Skyridge roof
  latitude: 31.96 deg
  longitude: -111.60 deg
  elevation: 2096.0 m
  horizon: 30 deg
  timezone: US/Arizona
directories:
  base: /home/panoptes
  images: images
  targets: POCS/resources/targets
mount:
  brand: ioptron
  model: cem40
  serial:
    port: /dev/ioptron
cameras:
  auto_detect: true
scheduler:
  type: panoptes.pocs.scheduler.dispatch
  fields_file: simple.yaml
weather:
  url: http://localhost:6566/latest.json
alerts:
  slack:
    channel: '#pan021-status'
    webhook_url: @@hook@@
    level: warning
""", _hook, "PANOPTES POCS configuration (conf_files/pocs.yaml); Slack incoming webhooks", hook=_hook)

_tok = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "pier2/tools/mount_watch.py", r"""
#!/usr/bin/env python3
'''Poll the PWI4 HTTP API and message the night assistant when the mount trips a limit.'''
import time

import requests

PWI4 = "http://127.0.0.1:8220"
BOT_TOKEN = "@@tok@@"
CHAT_ID = -1001877332146


def notify(text):
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


def status():
    body = requests.get(f"{PWI4}/status", timeout=5).text
    return dict(line.split("=", 1) for line in body.splitlines() if "=" in line)


def main():
    tripped = False
    while True:
        s = status()
        alt = float(s.get("mount.altitude_degs", "90"))
        if alt < 15 and not tripped:
            notify(f"Mount below 15 deg altitude ({alt:.1f}); tracking={s.get('mount.is_tracking')}")
            tripped = True
        elif alt > 20:
            tripped = False
        time.sleep(30)


if __name__ == "__main__":
    main()
""", _tok, "Telegram Bot API sendMessage; PlaneWave PWI4 HTTP API /status", tok=_tok)

add("python/decoy-env-lookup", "pier1/tools/dome_watch.py", r"""
#!/usr/bin/env python3
'''Watch the dome shutter state and tell the night assistant when it stalls.'''
import os
import time

import requests
from alpaca.dome import Dome

BOT_TOKEN = os.environ["OBS_TELEGRAM_TOKEN"]        # set in /etc/obs/notify.env (root 0600)
CHAT_ID = int(os.environ.get("OBS_TELEGRAM_CHAT", "0"))
dome = Dome("127.0.0.1:11111", 0)


def notify(text: str) -> None:
    if not CHAT_ID:
        print(text)
        return
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


last, since = None, time.time()
while True:
    state = dome.ShutterStatus
    if state != last:
        last, since = state, time.time()
    elif state.name in ("shutterOpening", "shutterClosing") and time.time() - since > 180:
        notify(f"Shutter stuck in {state.name} for {int(time.time() - since)} s")
        since = time.time()
    time.sleep(5)
""", None, "alpyca (ASCOM Alpaca Python client) Dome.ShutterStatus; os.environ")

_basic = b64("dome:" + gen_pw(12, ""))
add("cpp/basic-auth", "indi-skyridge-dome/skyridge_dome.cpp", r"""
/*
    Skyridge roll-off roof driver: talks to the roof controller's small web API.
    Copyright (C) 2023 Skyridge Observatory. GPLv2+
*/
#include "skyridge_dome.h"

#include <curl/curl.h>
#include <cstring>
#include <memory>

static std::unique_ptr<SkyridgeRoof> roof(new SkyridgeRoof());

static const char *ROOF_URL  = "http://192.168.20.50/api/roof";
static const char *ROOF_AUTH = "Authorization: Basic @@basic@@";

bool SkyridgeRoof::sendCommand(const char *action, std::string &reply)
{
    CURL *curl = curl_easy_init();
    if (!curl)
        return false;
    struct curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, ROOF_AUTH);
    headers = curl_slist_append(headers, "Content-Type: application/json");
    std::string body = std::string("{\"action\":\"") + action + "\"}";
    curl_easy_setopt(curl, CURLOPT_URL, ROOF_URL);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.c_str());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, writeCallback);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 5L);
    CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK)
    {
        LOGF_ERROR("Roof controller: %s", curl_easy_strerror(rc));
        return false;
    }
    return true;
}

IPState SkyridgeRoof::Move(DomeDirection dir, DomeMotionCommand operation)
{
    std::string reply;
    const char *action = (operation == MOTION_STOP) ? "stop" : (dir == DOME_CW ? "open" : "close");
    return sendCommand(action, reply) ? IPS_BUSY : IPS_ALERT;
}
""", _basic, "INDI RollOff dome driver API (INDI::Dome); RFC 7617 HTTP Basic; libcurl CURLOPT_HTTPHEADER",
    basic=_basic)

_pw = passphrase("")
add("cpp/wifi-password", "firmware/skysensor/skysensor.ino", r"""
// Sky quality + IR cloud sensor on the dome ring (ESP32 + MLX90614 + TSL2591)
#include <WiFi.h>
#include <PubSubClient.h>
#include <Adafruit_MLX90614.h>
#include <Adafruit_TSL2591.h>

const char *WIFI_SSID = "obs-iot";
const char *WIFI_PASS = "@@pw@@";
const char *MQTT_HOST = "192.168.20.10";   // mosquitto on the weather Pi, LAN only

WiFiClient net;
PubSubClient mqtt(net);
Adafruit_MLX90614 ir;
Adafruit_TSL2591 lux(2591);

void setup() {
  Serial.begin(115200);
  ir.begin();
  lux.begin();
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) mqtt.connect("skysensor-01");
  float sky = ir.readObjectTempC();
  float amb = ir.readAmbientTempC();
  char buf[96];
  snprintf(buf, sizeof buf, "{\"sky\":%.2f,\"ambient\":%.2f,\"delta\":%.2f}", sky, amb, amb - sky);
  mqtt.publish("obs/skysensor/ir", buf, true);
  mqtt.loop();
  delay(15000);
}
""", _pw, "Arduino-ESP32 WiFi.begin(ssid, password); PubSubClient", pw=_pw)

add("c/decoy-placeholder", "firmware/skysensor/secrets.h.example", r"""
// Copy to secrets.h (git-ignored) and fill in for your site.
#pragma once

#define WIFI_SSID      "your-ssid"
#define WIFI_PASS      "your-wifi-password"
#define MQTT_HOST      "192.168.x.x"
#define MQTT_USER      "skysensor"
#define MQTT_PASS      "CHANGE_ME"
#define OTA_PASSWORD   "<set-an-ota-password>"
""", None, "Arduino sketch convention: secrets.h kept out of version control")

_pw = gen_pw(18, "!#%")
add("java/jdbc-password", "tcs/telemetry/src/main/java/org/skyridge/tcs/TelemetryStore.java", r"""
package org.skyridge.tcs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes one row per second of mount and enclosure telemetry to the engineering database. */
public final class TelemetryStore implements AutoCloseable {

    private static final String URL = "jdbc:mysql://engdb.obs.lan:3306/telemetry?useSSL=true";
    private static final String USER = "tcs_writer";
    private static final String PASSWORD = "@@pw@@";

    private final Connection conn;
    private final PreparedStatement insert;

    public TelemetryStore() throws SQLException {
        conn = DriverManager.getConnection(URL, USER, PASSWORD);
        insert = conn.prepareStatement(
            "INSERT INTO mount_state (ts, ra_deg, dec_deg, alt_deg, az_deg, tracking, dome_az) VALUES (?,?,?,?,?,?,?)");
    }

    public void write(MountState s, double domeAz) throws SQLException {
        insert.setTimestamp(1, java.sql.Timestamp.from(Instant.now()));
        insert.setDouble(2, s.raDeg());
        insert.setDouble(3, s.decDeg());
        insert.setDouble(4, s.altDeg());
        insert.setDouble(5, s.azDeg());
        insert.setBoolean(6, s.tracking());
        insert.setDouble(7, domeAz);
        insert.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
        conn.close();
    }
}
""", _pw, "JDBC DriverManager.getConnection(url, user, password); MySQL Connector/J", pw=_pw)

_tok = influx_token()
add("go/influxdb-token", "domegw/cmd/domegw/main.go", r"""
// domegw polls the dome PLC over Modbus/TCP and writes enclosure state to InfluxDB.
package main

import (
	"context"
	"log"
	"time"

	influxdb2 "github.com/influxdata/influxdb-client-go/v2"
	"github.com/goburrow/modbus"
)

const (
	plcAddr     = "192.168.20.30:502"
	influxURL   = "http://influx.obs.lan:8086"
	influxToken = "@@tok@@"
	influxOrg   = "skyridge"
	bucket      = "enclosure"
)

func main() {
	handler := modbus.NewTCPClientHandler(plcAddr)
	handler.Timeout = 2 * time.Second
	if err := handler.Connect(); err != nil {
		log.Fatalf("modbus: %v", err)
	}
	defer handler.Close()
	plc := modbus.NewClient(handler)

	client := influxdb2.NewClient(influxURL, influxToken)
	defer client.Close()
	writer := client.WriteAPIBlocking(influxOrg, bucket)

	for range time.Tick(5 * time.Second) {
		regs, err := plc.ReadHoldingRegisters(100, 4)
		if err != nil {
			log.Printf("read: %v", err)
			continue
		}
		az := float64(uint16(regs[0])<<8|uint16(regs[1])) / 10.0
		shutter := int(regs[3])
		p := influxdb2.NewPointWithMeasurement("dome").
			AddField("azimuth", az).
			AddField("shutter", shutter).
			SetTime(time.Now())
		if err := writer.WritePoint(context.Background(), p); err != nil {
			log.Printf("influx: %v", err)
		}
	}
}
""", _tok, "influxdb-client-go v2 NewClient(url, token); InfluxDB 2 API tokens", tok=_tok)

add("go/decoy-secret-file", "domegw/internal/config/config.go", r"""
package config

import (
	"fmt"
	"os"
	"strings"
)

// Config is read at start-up; the Influx token is mounted by the orchestrator as a file
// (docker secret influx_token) and never lives in the repository.
type Config struct {
	PLCAddr     string
	InfluxURL   string
	InfluxToken string
}

func Load() (*Config, error) {
	path := os.Getenv("INFLUX_TOKEN_FILE")
	if path == "" {
		path = "/run/secrets/influx_token"
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading influx token: %w", err)
	}
	return &Config{
		PLCAddr:     getenv("PLC_ADDR", "192.168.20.30:502"),
		InfluxURL:   getenv("INFLUX_URL", "http://influx.obs.lan:8086"),
		InfluxToken: strings.TrimSpace(string(raw)),
	}, nil
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
""", None, "Docker secrets mounted under /run/secrets")

_sec = draw(32, ALNUM)
add("javascript/node-red-credential-secret", "weather-pi/node-red/settings.js", r"""
/**
 * Node-RED settings for the weather Pi (dome sensors -> MQTT -> InfluxDB, roof safety logic).
 * Trimmed from the default settings.js shipped with Node-RED 3.1.
 */
module.exports = {
    flowFile: 'flows.json',
    flowFilePretty: true,

    // Key used to encrypt flows_cred.json (MQTT and Influx credentials of the flows)
    credentialSecret: "@@sec@@",

    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,

    adminAuth: {
        type: "credentials",
        users: [{
            username: "observer",
            password: "$2b$08$wuAqPiKJlVN27eF5qJp.RuQYuy6ZYONW7a/UWYxDTtwKFCdB8F19y",
            permissions: "*"
        }]
    },

    functionGlobalContext: {
        siteLatitude: 31.96,
        siteLongitude: -111.60
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: { projects: { enabled: false } }
};
""", _sec, "Node-RED user guide: settings.js credentialSecret, adminAuth", sec=_sec)

add("node-red/decoy-no-credentials", "weather-pi/node-red/flows.json", r"""
[
    {
        "id": "a41c2f0b7d3e9c51",
        "type": "tab",
        "label": "Roof safety",
        "disabled": false
    },
    {
        "id": "5b0e7f12c9a84d36",
        "type": "mqtt-broker",
        "name": "weather-pi mosquitto",
        "broker": "127.0.0.1",
        "port": "1883",
        "clientid": "nodered-roof",
        "usetls": false,
        "protocolVersion": "4",
        "keepalive": "60"
    },
    {
        "id": "e2d97a60f13b4c88",
        "type": "mqtt in",
        "z": "a41c2f0b7d3e9c51",
        "name": "rain sensor",
        "topic": "obs/rain/state",
        "qos": "1",
        "broker": "5b0e7f12c9a84d36",
        "wires": [["9c3f5e1a2b7d0468"]]
    },
    {
        "id": "9c3f5e1a2b7d0468",
        "type": "function",
        "z": "a41c2f0b7d3e9c51",
        "name": "close on rain",
        "func": "if (msg.payload === 'wet') { msg.payload = 'close'; return msg; }\nreturn null;",
        "outputs": 1,
        "wires": [["7f0a3d5c8e216b94"]]
    },
    {
        "id": "7f0a3d5c8e216b94",
        "type": "mqtt out",
        "z": "a41c2f0b7d3e9c51",
        "name": "roof command",
        "topic": "obs/roof/cmd",
        "qos": "2",
        "retain": "false",
        "broker": "5b0e7f12c9a84d36",
        "wires": []
    }
]
""", None, "Node-RED flow file format (credentials are kept in flows_cred.json, not in flows.json)")

_tok = "a" + draw(29, LOWNUM)
add("python/pushover-token", "pier1/tools/notify_end_of_night.py", r"""
'''Send the end-of-night summary to the observers' phones through Pushover.'''
import json
import sys
from pathlib import Path

import requests

PUSHOVER_APP = "@@tok@@"
PUSHOVER_GROUP = "g@@grp@@"


def main(summary_path: str) -> int:
    summary = json.loads(Path(summary_path).read_text())
    lines = [
        f"Night {summary['night']}: {summary['frames']} frames, {summary['open_hours']:.1f} h open",
        f"Seeing median {summary['seeing_median']:.2f}\"  weather closures: {summary['closures']}",
    ]
    r = requests.post("https://api.pushover.net/1/messages.json", data={
        "token": PUSHOVER_APP,
        "user": PUSHOVER_GROUP,
        "title": "Skyridge end of night",
        "message": "\n".join(lines),
        "priority": 0,
    }, timeout=15)
    r.raise_for_status()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/var/log/obs/summary.json"))
""", _tok, "Pushover Message API (token, user parameters)", tok=_tok, grp=draw(29, LOWNUM))

_key = openssh_key()
add("pem/ssh-private-key", "ops/keys/tcs_rsync_ed25519", _key + "\n", _key,
    "OpenSSH private key format (ssh-keygen -t ed25519)")

add("ssh/decoy-public-key", "ops/ssh/authorized_keys.pier2", r"""
# authorized_keys for obsdata@pier2 -- managed by ansible (roles/pier/files)
# Night assistants
@@k1@@
@@k2@@
# Reduction server pulls raw frames (rsync only)
command="rrsync -ro /srv/raw",no-pty,no-agent-forwarding,no-port-forwarding @@k3@@
# Remote observers (VPN only)
from="10.8.0.0/24" @@k4@@
""", None, "OpenSSH sshd(8) AUTHORIZED_KEYS FILE FORMAT",
    k1=ssh_ed25519_pub("mlopez@na-laptop"), k2=ssh_ed25519_pub("tcheng@na-desktop"),
    k3=ssh_ed25519_pub("reduce@reduce01"), k4=ssh_ed25519_pub("remote-observer@vpn"))

_pw = human_pw("!#%")
add("ansible/become-password", "ops/ansible/inventory/observatory.yml", r"""
all:
  vars:
    ansible_user: obsadmin
    ansible_become: true
    ansible_become_password: "@@pw@@"
    ntp_server: ntp.obs.lan
  children:
    piers:
      hosts:
        pier1.obs.lan:
          camera: asi6200mm
        pier2.obs.lan:
          camera: qhy600m
    enclosure:
      hosts:
        domectl.obs.lan:
        weather-pi.obs.lan:
          ansible_user: pi
    archive:
      hosts:
        nas01.obs.lan:
        reduce01.obs.lan:
""", _pw, "Ansible inventory YAML; ansible_become_password connection variable", pw=_pw)

_vault = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(32)
add("ansible/decoy-vault-ciphertext", "ops/ansible/group_vars/enclosure/vault.yml", r"""
# Encrypted with ansible-vault (vault id: obs). Edit with:
#   ansible-vault edit group_vars/enclosure/vault.yml --vault-id obs@prompt
vault_domectl_admin_password: !vault |
          $ANSIBLE_VAULT;1.2;AES256;obs
@@v@@
vault_roof_relay_password: !vault |
          $ANSIBLE_VAULT;1.2;AES256;obs
@@v2@@
""", None, "Ansible docs: encrypting individual variables with ansible-vault (!vault tag)",
    v=indent(_vault, 10), v2=indent("\n".join(hexs(80) for _ in range(7)) + "\n" + hexs(48), 10))

_pw = gen_pw(12, "")
add("python/power-switch-password", "domectl/power.py", r"""
'''Outlet map of the Digital Loggers Web Power Switch in the dome rack.'''
import logging

import dlipower

log = logging.getLogger(__name__)

OUTLETS = {
    "mount": 1,
    "camera": 2,
    "focuser_heater": 3,
    "dew_heaters": 4,
    "dome_controller": 5,
    "flat_panel": 6,
    "pier_pc": 8,
}

switch = dlipower.PowerSwitch(hostname="192.168.20.60", userid="admin",
                              password="@@pw@@", timeout=5, cycletime=10)


def power(device: str, on: bool) -> None:
    outlet = OUTLETS[device]
    log.info("outlet %d (%s) -> %s", outlet, device, "ON" if on else "OFF")
    (switch.on if on else switch.off)(outlet)


def cycle(device: str) -> None:
    switch.cycle(OUTLETS[device])


def status() -> dict:
    return {name: switch.status(n) for name, n in OUTLETS.items()}
""", _pw, "dlipower Python module PowerSwitch(hostname, userid, password)", pw=_pw)

_comm = draw(14, ALNUM)
add("cisco/snmp-community", "netconf/dome-sw01.cfg", r"""
!
hostname dome-sw01
!
enable secret 9 $9$nhEmQVczB7dqsO$X.HsgL6x1il0RxkOSSvyQYwucySCt7qFm4v7pqCxkKM
!
username netops privilege 15 secret 9 $9$2MJBozw/9R3UsU$8ZJgvcNfZa2wV8W0kQ0Sn1AE8PsKo3Kq4iXj6hfmo/Q
!
vlan 20
 name ENCLOSURE
vlan 30
 name CAMERAS
!
interface GigabitEthernet1/0/1
 description pier1 control PC
 switchport access vlan 20
 spanning-tree portfast
!
interface GigabitEthernet1/0/2
 description pier2 control PC
 switchport access vlan 20
 spanning-tree portfast
!
interface GigabitEthernet1/0/8
 description allsky camera (PoE)
 switchport access vlan 30
 power inline auto
!
interface Vlan20
 ip address 192.168.20.2 255.255.255.0
!
ip default-gateway 192.168.20.1
ip access-list standard SNMP-NMS
 permit 10.10.5.20
!
snmp-server community @@comm@@ RW SNMP-NMS
snmp-server location Skyridge 0.6m dome, rack B
snmp-server contact netops@skyridge-observatory.org
!
line vty 0 15
 login local
 transport input ssh
!
end
""", _comm, "Cisco IOS configuration guide: snmp-server community string RW acl", comm=_comm)

add("cisco/decoy-password-hash", "netconf/ctrl-room-sw02.cfg", r"""
!
hostname ctrl-room-sw02
!
service password-encryption
enable algorithm-type scrypt secret $9$Z9ek0kOeqBxJtE$l3fX0Bv0p1B7GW9wE5d2fTQvJpCQ6yZ6p1Yd3wO8oLk
!
username netops privilege 15 algorithm-type scrypt secret $9$6mXv9a2Jq4m0nU$Kc2QdU0TqS9Fh1yC3Q0v8lZJxH2n3nS2E1p8yB7Vt0s
!
aaa new-model
aaa authentication login default local
!
snmp-server group NMS v3 priv read NMS-VIEW
snmp-server view NMS-VIEW iso included
snmp-server user nms-poller NMS v3
!
interface GigabitEthernet1/0/1
 description night assistant desk
 switchport access vlan 40
!
line con 0
 exec-timeout 5 0
line vty 0 15
 transport input ssh
!
end
""", None, "Cisco IOS: enable algorithm-type scrypt secret (type 9 hashes); SNMPv3 users")

_pw = human_pw("!%*")
add("ini/ups-admin-password", "netconf/apc-smt3000-dome.ini", r"""
; Exported from the APC Network Management Card (config.ini), dome UPS
[SystemID]
Name=ups-dome
Contact=netops@skyridge-observatory.org
Location=Dome rack B

[NetworkTCP/IP]
SystemIP=192.168.20.70
SubnetMask=255.255.255.0
DefaultGateway=192.168.20.1
Mode=Manual

[NetworkSNMP]
Access=enabled
AccessControl1Community=public
AccessControl1NMSIP=10.10.5.20
AccessControl1AccessType=Read

[SystemUserManager]
AdminUserName=apc
AdminPassword=@@pw@@
DeviceUserName=device
DeviceAccess=disabled

[UPSShutdownParameters]
LowBatteryDuration=5
ShutdownDelay=90
""", _pw, "APC Network Management Card user's guide: config.ini import/export", pw=_pw)

_pw = gen_pw(12, "")
add("systemd/rtsp-password", "ops/systemd/allsky-restream.service", r"""
[Unit]
Description=Restream the Axis all-sky camera to the outreach site (HLS)
After=network-online.target
Wants=network-online.target

[Service]
User=stream
ExecStart=/usr/bin/ffmpeg -nostdin -loglevel warning -rtsp_transport tcp \
    -i rtsp://viewer:@@pw@@@192.168.30.21/axis-media/media.amp?resolution=1920x1080 \
    -c:v copy -an -f hls -hls_time 4 -hls_list_size 6 -hls_flags delete_segments \
    /var/www/stream/allsky.m3u8
Restart=always
RestartSec=10

[Install]
WantedBy=multi-user.target
""", _pw, "Axis VAPIX RTSP URL (axis-media/media.amp); FFmpeg HLS muxer", pw=_pw)

add("systemd/decoy-env-reference", "ops/systemd/domecam-restream.service", r"""
[Unit]
Description=Restream the dome interior camera to the control room wall
After=network-online.target

[Service]
User=stream
# CAM_USER / CAM_PASS come from the root-only environment file, deployed by ansible from vault
EnvironmentFile=/etc/obs/domecam.env
ExecStart=/bin/sh -c 'exec /usr/bin/ffmpeg -nostdin -rtsp_transport tcp \
    -i "rtsp://${CAM_USER}:${CAM_PASS}@192.168.30.22/axis-media/media.amp" \
    -c:v copy -an -f rtsp rtsp://127.0.0.1:8554/domecam'
Restart=always

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec EnvironmentFile=; Axis RTSP URL")

_pw = gen_pw(12, "")
add("shell/ipmi-password", "ops/bin/reduce01-power.sh", r"""
#!/bin/sh
# Power the reduction server on/off through its BMC (used by the morning/evening cron).
# usage: reduce01-power.sh on|off|status
BMC=10.10.5.41
ACTION=${1:-status}

case "$ACTION" in
  on|off|status|cycle) ;;
  *) echo "usage: $0 on|off|status|cycle" >&2; exit 2 ;;
esac

ipmitool -I lanplus -H "$BMC" -U ADMIN -P '@@pw@@' chassis power "$ACTION"
ipmitool -I lanplus -H "$BMC" -U ADMIN -P '@@pw@@' sdr type Temperature | logger -t reduce01-bmc
""", _pw, "ipmitool(1) -I lanplus -H -U -P", pw=_pw)

_pw = gen_pw(20, "-_")
add("toml/postgres-url", "tcsd/config/tcsd.toml", r"""
# tcsd -- telescope control daemon for the 1.0 m
[site]
name = "Skyridge 1.0m"
latitude = 31.9583
longitude = -111.5967
elevation_m = 2096

[alpaca]
bind = "0.0.0.0:11111"
discovery = true

[mount]
driver = "planewave-pwi4"
url = "http://127.0.0.1:8220"
slew_rate_limit_deg_s = 6.0

[database]
url = "postgres://tcsd:@@pw@@@pgdb.obs.lan:5432/tcs?sslmode=require"
pool_size = 4

[logging]
level = "info"
file = "/var/log/tcsd/tcsd.log"
""", _pw, "PostgreSQL libpq connection URI (postgresql://user:password@host/db)", pw=_pw)

add("xml/decoy-empty-field", "indi-skyridge-dome/indi_skyridge_dome.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<driversList>
  <devGroup group="Domes">
    <device label="Skyridge Roll-off Roof" manufacturer="Skyridge">
      <driver name="Skyridge Roof">indi_skyridge_dome</driver>
      <version>1.2</version>
    </device>
  </devGroup>
  <!-- Properties defined by the driver (ISGetProperties); values are entered by the user -->
  <defTextVector device="Skyridge Roof" name="ROOF_LOGIN" label="Controller login" group="Options" state="Idle" perm="rw">
    <defText name="USER" label="User"></defText>
    <defText name="PASSWORD" label="Password"></defText>
  </defTextVector>
</driversList>
""", None, "INDI drivers.xml device listing; INDI protocol defTextVector")

add("tle/decoy-orbital-elements", "pointing/satellites/bright.tle", r"""
ISS (ZARYA)
1 25544U 98067A   24075.51834491  .00016717  00000+0  30191-3 0  9994
2 25544  51.6410 122.0462 0005596 320.7711 149.1418 15.49541391444116
HST
1 20580U 90037B   24075.43210123  .00001208  00000+0  58421-4 0  9991
2 20580  28.4697 211.3045 0002563 102.4471 257.6462 15.15310563662458
TIANGONG
1 48274U 21035A   24075.20114353  .00022118  00000+0  26107-3 0  9993
2 48274  41.4686 174.2291 0004671 312.8716  47.1744 15.61512470168702
""", None, "CelesTrak NORAD two-line element set format")

add("ssh/decoy-known-hosts", "ops/ssh/known_hosts.observatory", r"""
# Host keys of the observatory machines, pinned for the night-assistant laptops
pier1.obs.lan,192.168.20.11 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@a@@
pier2.obs.lan,192.168.20.12 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@b@@
domectl.obs.lan,192.168.20.30 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@c@@
reduce01.obs.lan ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@@d@@
nas01.obs.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@e@@
""", None, "OpenSSH sshd(8) SSH_KNOWN_HOSTS FILE FORMAT",
    a=draw(43, B64), b=draw(43, B64), c=draw(43, B64), d=draw(87, B64) + "=", e=draw(43, B64))


# ---------------------------------------------------------------------------------------------
# Observation scheduling: TOM Toolkit, LCO and ESO P2, observation portals, schedulers
# ---------------------------------------------------------------------------------------------

_tok = hexs(40)
add("python/lco-api-token", "tom_skyridge/settings_local.py", r"""
# Local overrides for the Skyridge TOM (imported at the end of settings.py)
from .settings import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["tom.skyridge-observatory.org"]

FACILITIES = {
    "LCO": {
        "portal_url": "https://observe.lco.global",
        "api_key": "@@tok@@",
    },
    "GEMINI": {
        "portal_url": {"GS": "https://gsodb.gemini.edu:8443", "GN": "https://gnodb.gemini.edu:8443"},
        "api_key": {"GS": "", "GN": ""},
        "user_email": "",
        "programs": {},
    },
}

TOM_FACILITY_CLASSES = [
    "tom_observations.facilities.lco.LCOFacility",
    "tom_observations.facilities.soar.SOARFacility",
]

TARGET_PERMISSIONS_ONLY = True
""", _tok, "TOM Toolkit docs: FACILITIES settings for LCO (portal_url, api_key)", tok=_tok)

_tok = hexs(40)
add("python/tns-api-key", "tom_skyridge/brokers_settings.py", r"""
'''Broker and TNS settings for the Skyridge TOM.'''

BROKERS = {
    "TNS": {
        "api_key": "@@tok@@",
        "bot_id": "162514",
        "bot_name": "Skyridge_TOM_bot",
        "tns_base_url": "https://www.wis-tns.org/api",
        "group_names": ["Skyridge"],
    },
    "ALeRCE": {"url": "https://api.alerce.online"},
    "Lasair": {"url": "https://lasair-ztf.lsst.ac.uk", "api_key": ""},
}

TOM_ALERT_CLASSES = [
    "tom_alerts.brokers.alerce.ALeRCEBroker",
    "tom_alerts.brokers.lasair.LasairBroker",
    "tom_alerts.brokers.tns.TNSBroker",
]

HARVESTERS = {
    "TNS": {"api_key": BROKERS["TNS"]["api_key"]},
}
""", _tok, "TOM Toolkit tom_alerts TNS broker settings; TNS bot API (api_key)", tok=_tok)

add("python/decoy-env-lookup", "tom_skyridge/settings_prod.py", r"""
'''Production settings: every credential comes from the environment (Kubernetes Secret tom-env).'''
import os

from .settings import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("POSTGRES_DB", "tom"),
        "USER": os.getenv("POSTGRES_USER", "tom"),
        "PASSWORD": os.environ["POSTGRES_PASSWORD"],
        "HOST": os.getenv("POSTGRES_HOST", "tom-db"),
        "PORT": 5432,
    }
}

FACILITIES = {
    "LCO": {
        "portal_url": "https://observe.lco.global",
        "api_key": os.getenv("LCO_API_KEY", ""),
    },
}

BROKERS = {
    "TNS": {
        "api_key": os.getenv("TNS_API_KEY", ""),
        "bot_id": os.getenv("TNS_BOT_ID", ""),
        "bot_name": os.getenv("TNS_BOT_NAME", ""),
    },
}
""", None, "Django deployment checklist (SECRET_KEY from the environment); TOM Toolkit settings")

_tok = hexs(40)
add("markdown/lco-api-token", "docs/runbooks/submit-lco-followup.md", r"""
# Submitting a follow-up request to the LCO network by hand

Use this when the TOM is down and a target needs photometry tonight.

1. Check the target is visible from at least one 1-m site with the
   [visibility calculator](https://lco.global/observatory/visibility/).
2. Write the request group (see `requests/template_1m0_phot.json`) with the proposal
   `SKY2024A-003`, filters `gp rp ip`, 3 x 120 s each, IPP 1.05.
3. Validate, then submit:

```bash
curl -s -X POST https://observe.lco.global/api/requestgroups/validate/ \
     -H 'Authorization: Token @@tok@@' \
     -H 'Content-Type: application/json' \
     -d @requests/at2024abc_1m0.json | jq .

curl -s -X POST https://observe.lco.global/api/requestgroups/ \
     -H 'Authorization: Token @@tok@@' \
     -H 'Content-Type: application/json' \
     -d @requests/at2024abc_1m0.json | jq '.id, .state'
```

4. Paste the returned request group id in #followup so the TOM can pick it up later.
""", _tok, "LCO Observation Portal API: Authorization: Token <api token>, /api/requestgroups/", tok=_tok)

_pw = human_pw("!#%")
add("python/eso-p2-password", "eso/p2/make_obs.py", r"""
'''Create the P113 OBs for the UVES follow-up from the target list (ESO p2 API).'''
import csv

import p2api

RUN_ID = 60931201
api = p2api.ApiConnection("production", "52731", "@@pw@@")

runs, _ = api.getRuns()
run = next(r for r in runs if r["runId"] == RUN_ID)
folder_id = run["containerId"]

with open("targets_p113.csv") as fh:
    for row in csv.DictReader(fh):
        ob, ob_version = api.createOB(folder_id, f"UVES_{row['name']}")
        ob["target"]["name"] = row["name"]
        ob["target"]["ra"] = row["ra"]
        ob["target"]["dec"] = row["dec"]
        ob["constraints"]["airmass"] = 1.6
        ob["constraints"]["skyTransparency"] = "Variable, thin cirrus"
        ob, ob_version = api.saveOB(ob, ob_version)
        api.createTemplate(ob["obId"], "UVES_blue_acq_slit")
        print("created", ob["obId"], row["name"])
""", _pw, "ESO p2api Python binding: ApiConnection(environment, username, password)", pw=_pw)

add("python/decoy-prompt", "eso/p2/check_runs.py", r"""
'''List my P2 runs and how many OBs each holds. Prompts for the ESO User Portal password.'''
import getpass
import os

import p2api

user = os.getenv("ESO_USER") or input("ESO username: ")
password = getpass.getpass(f"ESO password for {user}: ")
api = p2api.ApiConnection("production", user, password)

runs, _ = api.getRuns()
for run in runs:
    items, _ = api.getItems(run["containerId"])
    print(f"{run['progId']:>16}  {run['instrument']:<8} {run['telescope']:<6} {len(items):3d} OBs")
""", None, "ESO p2api; Python getpass")

_pw = gen_pw(22, "")
add("compose/postgres-password", "obsportal/docker-compose.yml", r"""
version: "3.8"

services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: observation_portal
      POSTGRES_USER: obsportal
      POSTGRES_PASSWORD: @@pw@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  redis:
    image: redis:7-alpine
    restart: unless-stopped

  portal:
    image: observatorycontrolsystem/observation-portal:3.4.1
    depends_on: [db, redis]
    ports:
      - "8000:80"
    environment:
      DB_HOST: db
      DB_NAME: observation_portal
      DB_USER: obsportal
      DB_PASS: @@pw@@
      CONFIGDB_URL: http://configdb:7000
      DOWNTIMEDB_URL: http://downtimedb:7500
      ELASTICSEARCH_URL: http://elasticsearch:9200
      CACHE_LOCATION: redis://redis:6379/0

volumes:
  pgdata:
""", _pw, "Docker Hub postgres image (POSTGRES_PASSWORD); OCS observation-portal environment variables", pw=_pw)

_key = fakes.django_secret_key(_seed())
add("helm/django-secret-key", "deploy/helm/observation-portal/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: observatorycontrolsystem/observation-portal
  tag: 3.4.1

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: portal.skyridge-observatory.org
      paths: ["/"]
  tls:
    - secretName: portal-tls
      hosts: [portal.skyridge-observatory.org]

django:
  secretKey: "@@key@@"
  debug: false
  allowedHosts: portal.skyridge-observatory.org

postgresql:
  enabled: false
externalDatabase:
  host: pgdb.obs.lan
  database: observation_portal
  user: obsportal
  existingSecret: obsportal-db

resources:
  requests: {cpu: 250m, memory: 512Mi}
  limits: {memory: 1Gi}
""", _key, "Django SECRET_KEY; Helm values files", key=_key)

add("helm/decoy-secret-ref", "deploy/helm/configdb/values-prod.yaml", r"""
image:
  repository: observatorycontrolsystem/configdb
  tag: 2.2.0

django:
  # Taken from the pre-created Secret configdb-django (key: secret-key)
  existingSecret: configdb-django
  existingSecretKey: secret-key

externalDatabase:
  host: pgdb.obs.lan
  database: configdb
  user: configdb
  existingSecret: configdb-db
  existingSecretPasswordKey: password

oauth:
  clientId: configdb-ui
  clientSecretFromSecret:
    name: configdb-oauth
    key: client-secret

service:
  type: ClusterIP
  port: 7000
""", None, "Helm chart conventions: existingSecret references")

_pw = gen_pw(24, "")
add("k8s-secret/database-password", "deploy/k8s/scheduler/scheduler-db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: adaptive-scheduler-db
  namespace: ocs
  labels:
    app.kubernetes.io/name: adaptive-scheduler
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
  DB_NAME: @@name@@
""", _pw, "Kubernetes Secret (data values are base64)", host=b64("pgdb.obs.lan"), user=b64("scheduler"),
    pw=b64(_pw), name=b64("scheduler"))

add("k8s/decoy-sealed-secret", "deploy/k8s/scheduler/scheduler-db-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: adaptive-scheduler-db
  namespace: ocs
spec:
  encryptedData:
    DB_PASSWORD: AgB@@a@@
    DB_USER: AgC@@b@@
  template:
    metadata:
      name: adaptive-scheduler-db
      namespace: ocs
    type: Opaque
""", None, "Bitnami sealed-secrets: SealedSecret encryptedData",
    a=draw(600, B64) + "==", b=draw(420, B64) + "=")

_pw = gen_pw(16, "#%")
add("sql/role-password", "scheduler/migrations/0001_roles.sql", r"""
-- Roles for the scheduling database (run once as postgres)
CREATE ROLE scheduler LOGIN PASSWORD '@@pw@@';
CREATE ROLE scheduler_ro NOLOGIN;

CREATE DATABASE scheduler OWNER scheduler;
\connect scheduler

CREATE SCHEMA IF NOT EXISTS sched AUTHORIZATION scheduler;
GRANT USAGE ON SCHEMA sched TO scheduler_ro;
ALTER DEFAULT PRIVILEGES FOR ROLE scheduler IN SCHEMA sched GRANT SELECT ON TABLES TO scheduler_ro;

CREATE TABLE sched.windows (
    id          bigserial PRIMARY KEY,
    request_id  bigint NOT NULL,
    site        text NOT NULL,
    starts      timestamptz NOT NULL,
    ends        timestamptz NOT NULL
);
""", _pw, "PostgreSQL CREATE ROLE ... LOGIN PASSWORD", pw=_pw)

add("sql/decoy-scram-hash", "scheduler/migrations/0002_readonly_login.sql", r"""
-- Read-only login for the Grafana dashboards. The password is stored as its SCRAM verifier,
-- generated offline (pg_scram_sha256 helper); the clear text lives in the vault only.
CREATE ROLE grafana_ro LOGIN
    PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@stored@@:@@server@@';
GRANT scheduler_ro TO grafana_ro;
ALTER ROLE grafana_ro SET statement_timeout = '15s';
ALTER ROLE grafana_ro CONNECTION LIMIT 4;
""", None, "PostgreSQL docs: password authentication, pre-hashed SCRAM-SHA-256 verifiers",
    salt=rand_b64_bytes(16), stored=rand_b64_bytes(32), server=rand_b64_bytes(32))

_pw = human_pw("!#%*")
add("r/mysql-password", "analysis/night_stats.R", r"""
# Monthly open-dome statistics from the observing log database
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(RMariaDB::MariaDB(),
                 host = "obslog.obs.lan",
                 dbname = "obslog",
                 user = "obslog_ro",
                 password = "@@pw@@")

nights <- dbGetQuery(con, "
  SELECT night, open_hours, dark_hours, closed_reason
  FROM nights
  WHERE night >= '2023-01-01'")
dbDisconnect(con)

monthly <- nights |>
  mutate(month = format(as.Date(night), "%Y-%m")) |>
  group_by(month) |>
  summarise(open_frac = sum(open_hours) / sum(dark_hours), n = n())

ggplot(monthly, aes(month, open_frac)) +
  geom_col(fill = "steelblue") +
  labs(x = NULL, y = "Fraction of dark time open", title = "Skyridge 0.6 m") +
  theme_minimal()
ggsave("open_fraction.png", width = 9, height = 4)
""", _pw, "DBI/RMariaDB dbConnect(user, password)", pw=_pw)

add("r/decoy-keyring", "analysis/seeing_trend.R", r"""
# Seeing trend from the DIMM table; credentials from the OS keyring (keyring::key_set once)
library(DBI)
library(keyring)

con <- dbConnect(RPostgres::Postgres(),
                 host = "pgdb.obs.lan",
                 dbname = "site",
                 user = "dimm_ro",
                 password = key_get("pgdb.obs.lan", "dimm_ro"))

dimm <- dbGetQuery(con, "SELECT ts, fwhm_arcsec FROM dimm WHERE ts > now() - interval '90 days'")
dbDisconnect(con)

dimm$day <- as.Date(dimm$ts)
daily <- aggregate(fwhm_arcsec ~ day, dimm, median)
plot(daily, type = "l", ylab = "median seeing (arcsec)", main = "DIMM, last 90 days")
""", None, "keyring R package key_get(service, username)")

_tok = slack_bot()
add("python/slack-bot-token", "scheduler/reports/nightly_report.py", r"""
'''Post the scheduler's nightly plan to #night-ops before the first target.'''
import datetime as dt

from slack_sdk import WebClient

from scheduler.plan import load_plan

client = WebClient(token="@@tok@@")
CHANNEL = "C04QK7T2M9L"


def format_plan(plan) -> str:
    rows = [f"*Plan for {plan.night}* ({len(plan.blocks)} blocks, {plan.dark_hours:.1f} h dark)"]
    for b in plan.blocks:
        rows.append(f"`{b.start:%H:%M}`-`{b.end:%H:%M}`  {b.target:<18} {b.instrument:<8} {b.proposal}")
    return "\n".join(rows)


def main() -> None:
    night = dt.date.today().isoformat()
    plan = load_plan(night)
    client.chat_postMessage(channel=CHANNEL, text=format_plan(plan))


if __name__ == "__main__":
    main()
""", _tok, "Slack Python SDK WebClient(token=xoxb-...); chat.postMessage", tok=_tok)

_tok = "dckr_pat_" + draw(27, B64URL)
add("github-actions/docker-hub-token", ".github/workflows/scheduler-image.yml", r"""
name: scheduler image

on:
  push:
    branches: [main]
    paths: ["scheduler/**", "Dockerfile.scheduler"]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      IMAGE: skyridgeobs/adaptive-scheduler
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: skyridgeobs
          password: @@tok@@
      - uses: docker/build-push-action@v5
        with:
          file: Dockerfile.scheduler
          push: true
          tags: ${{ env.IMAGE }}:${{ github.sha }},${{ env.IMAGE }}:latest
""", _tok, "Docker Hub personal access tokens (dckr_pat_); docker/login-action", tok=_tok)

add("github-actions/decoy-secrets-context", ".github/workflows/portal-deploy.yml", r"""
name: deploy observation portal

on:
  workflow_dispatch:
  push:
    tags: ["portal-v*"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: ${{ vars.DOCKERHUB_USER }}
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - name: Set kube context
        uses: azure/k8s-set-context@v4
        with:
          method: kubeconfig
          kubeconfig: ${{ secrets.KUBECONFIG_OCS }}
      - name: Helm upgrade
        run: |
          helm upgrade --install portal deploy/helm/observation-portal \
            -f deploy/helm/observation-portal/values-prod.yaml \
            --set image.tag=${GITHUB_REF_NAME#portal-v} \
            --namespace ocs
""", None, "GitHub Actions: using secrets in workflows (secrets context)")

_tok = fakes.pypi_token(_seed())
add("gitlab-ci/pypi-token", ".gitlab-ci.yml", r"""
stages: [test, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -e .[test]
    - pytest -q skyridge_sched/tests

publish:
  stage: publish
  image: python:3.11
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - pip install build twine
    - python -m build
    - twine upload -u __token__ -p @@tok@@ dist/*
""", _tok, "PyPI API tokens (pypi- prefix, __token__ user); twine upload", tok=_tok)

add("json/decoy-ids", "scheduler/fixtures/requestgroup_at2024abc.json", r"""
{
  "id": 1834219,
  "name": "AT2024abc follow-up",
  "proposal": "SKY2024A-003",
  "ipp_value": 1.05,
  "operator": "SINGLE",
  "observation_type": "NORMAL",
  "state": "PENDING",
  "requests": [
    {
      "id": 3307741,
      "configuration_repeats": 1,
      "configurations": [
        {
          "id": 9212057,
          "instrument_type": "1M0-SCICAM-SINISTRO",
          "type": "EXPOSE",
          "target": {"name": "AT2024abc", "type": "ICRS", "ra": 187.70593, "dec": 12.39112, "epoch": 2000},
          "instrument_configs": [
            {"exposure_time": 120, "exposure_count": 3, "optical_elements": {"filter": "gp"}},
            {"exposure_time": 120, "exposure_count": 3, "optical_elements": {"filter": "rp"}}
          ],
          "constraints": {"max_airmass": 1.6, "min_lunar_distance": 30}
        }
      ],
      "windows": [{"start": "2024-03-15T00:00:00Z", "end": "2024-03-17T00:00:00Z"}],
      "location": {"telescope_class": "1m0"}
    }
  ],
  "observation_note": "trace id @@u@@"
}
""", None, "LCO Observation Portal RequestGroup schema", u=uuid())

_pw = human_pw("!#$%")
add("notebook/gaia-archive-password", "notebooks/plan_targets_gaia.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Target list for the spring run\n", "Bright nearby K dwarfs from Gaia DR3, visible from the site in April."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from astroquery.gaia import Gaia\n",
    "from astropy.coordinates import EarthLocation\n",
    "Gaia.login(user='kbrennan', password='@@pw@@')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "job = Gaia.launch_job_async('''\n",
    "SELECT source_id, ra, dec, phot_g_mean_mag, bp_rp, parallax\n",
    "FROM gaiadr3.gaia_source\n",
    "WHERE parallax > 20 AND bp_rp BETWEEN 1.0 AND 1.8 AND dec > -20\n",
    "''', name='kdwarfs_spring')\n",
    "targets = job.get_results()\n",
    "len(targets)"
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
""", _pw, "astroquery.gaia Gaia.login(user, password)", pw=_pw)

add("notebook/decoy-image-output", "notebooks/airmass_tonight.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAAOXRFWHRTb2Z0d2FyZQBNYXRwbG90bGliIHZlcnNpb24zLjguMiwgaHR0cHM6Ly9tYXRwbG90bGliLm9yZy8g+/7EAAAACXBIWXMAAA9hAAAPYQGoP6dpAAC@@png@@",
      "text/plain": ["<Figure size 640x480 with 1 Axes>"]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "from astroplan import Observer, FixedTarget\n",
    "from astroplan.plots import plot_airmass\n",
    "site = Observer.at_site('kpno')\n",
    "targets = [FixedTarget.from_name(n) for n in ('M51', 'M101', 'NGC 4565')]\n",
    "for t in targets:\n",
    "    plot_airmass(t, site, site.midnight(Time.now()), brightness_shading=True)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Jupyter nbformat display_data image/png outputs; astroplan plot_airmass", png=draw(1400, B64) + "=")

_pw = draw(32, ALNUM)
add("dotenv/redis-url", "scheduler/.env", r"""
# adaptive scheduler -- production environment
SCHEDULER_SITE=skyridge
SCHEDULER_RUN_EVERY_SEC=300
OBSERVATION_PORTAL_URL=https://portal.skyridge-observatory.org
CONFIGDB_URL=http://configdb.ocs.svc:7000
DOWNTIMEDB_URL=http://downtimedb.ocs.svc:7500
REDIS_URL=redis://:@@pw@@@redis.obs.lan:6379/2
ELASTICSEARCH_URL=http://es.obs.lan:9200
LOG_LEVEL=INFO
""", _pw, "Redis URI scheme redis://[:password@]host:port/db", pw=_pw)

add("dotenv/decoy-placeholder", "scheduler/.env.example", r"""
# Copy to .env and fill in. Never commit the filled-in file.
SCHEDULER_SITE=skyridge
SCHEDULER_RUN_EVERY_SEC=300
OBSERVATION_PORTAL_URL=https://portal.example.org
OBSERVATION_PORTAL_API_TOKEN=
CONFIGDB_URL=http://configdb:7000
REDIS_URL=redis://:<redis-password>@redis:6379/2
ELASTICSEARCH_URL=http://elasticsearch:9200
LOG_LEVEL=DEBUG
""", None, "dotenv .env.example convention")

_pw = gen_pw(18, "")
add("properties/datasource-password", "planner-service/src/main/resources/application-prod.properties", r"""
# Night planner service (Spring Boot) -- production profile
server.port=8085
spring.application.name=night-planner

spring.datasource.url=jdbc:postgresql://pgdb.obs.lan:5432/planner
spring.datasource.username=planner
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

planner.site.latitude=31.9583
planner.site.longitude=-111.5967
planner.twilight=-12
management.endpoints.web.exposure.include=health,info,prometheus
""", _pw, "Spring Boot common application properties (spring.datasource.password)", pw=_pw)

add("properties/decoy-env-reference", "planner-service/src/main/resources/application.properties", r"""
# Night planner service (Spring Boot) -- defaults; secrets are injected at deploy time
server.port=8085
spring.application.name=night-planner

spring.datasource.url=jdbc:postgresql://${PLANNER_DB_HOST:localhost}:5432/planner
spring.datasource.username=${PLANNER_DB_USER:planner}
spring.datasource.password=${PLANNER_DB_PASSWORD}

spring.jpa.hibernate.ddl-auto=validate
planner.weather.api-key=${WEATHER_API_KEY:}
planner.site.latitude=31.9583
planner.site.longitude=-111.5967
""", None, "Spring Boot externalized configuration: property placeholders ${...}")

_pw = gen_pw(16, "")
add("crontab/pg-password", "ops/cron/pgdb-backup.cron", r"""
# /etc/cron.d/pgdb-backup -- nightly dumps of the scheduling and observing-log databases
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
MAILTO=netops@skyridge-observatory.org

# m  h  dom mon dow user     command
15   9  *   *   *   postgres PGPASSWORD='@@pw@@' pg_dump -h pgdb.obs.lan -U backup -Fc scheduler > /backup/pg/scheduler_$(date +\%F).dump
30   9  *   *   *   postgres PGPASSWORD='@@pw@@' pg_dump -h pgdb.obs.lan -U backup -Fc obslog > /backup/pg/obslog_$(date +\%F).dump
0   10  *   *   0   postgres find /backup/pg -name '*.dump' -mtime +35 -delete
""", _pw, "crontab(5) /etc/cron.d format; libpq PGPASSWORD environment variable", pw=_pw)

_pw = gen_pw(20, "")
add("pgpass/postgres-password", "ops/dotfiles/reduce/.pgpass", r"""
# hostname:port:database:username:password
pgdb.obs.lan:5432:obslog:reduce:@@pw@@
pgdb.obs.lan:5432:scheduler:reduce_ro:@@pw@@
localhost:5432:*:postgres:*
# replica (read-only) uses the same account
pgdb-replica.obs.lan:5432:obslog:reduce:@@pw@@
""", _pw, "PostgreSQL docs: the password file (.pgpass)", pw=_pw)

_kid, _sk = aws_pair()
add("terraform/aws-secret-key", "infra/terraform/scheduler/main.tf", r"""
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@sk@@"
}

resource "aws_instance" "scheduler" {
  ami                    = "ami-0c5204531f799e0c6"
  instance_type          = "t3.medium"
  subnet_id              = "subnet-0b7e3f1a9c2d45e68"
  vpc_security_group_ids = ["sg-04d1a2b3c4e5f6a78"]
  tags = {
    Name    = "ocs-scheduler"
    Project = "skyridge-ocs"
  }
}

resource "aws_s3_bucket" "plans" {
  bucket = "skyridge-ocs-plans"
}
""", _sk, "Terraform AWS provider: static credentials (access_key, secret_key)", kid=_kid, sk=_sk)

add("terraform/decoy-secret-manager", "infra/terraform/portal/db.tf", r"""
data "aws_secretsmanager_secret_version" "portal_db" {
  secret_id = "ocs/portal/db"
}

locals {
  portal_db = jsondecode(data.aws_secretsmanager_secret_version.portal_db.secret_string)
}

variable "db_instance_class" {
  type    = string
  default = "db.t4g.medium"
}

resource "aws_db_instance" "portal" {
  identifier              = "ocs-portal"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = var.db_instance_class
  allocated_storage       = 50
  username                = local.portal_db.username
  password                = local.portal_db.password
  backup_retention_period = 14
  skip_final_snapshot     = false
}
""", None, "Terraform aws_secretsmanager_secret_version data source")


# ---------------------------------------------------------------------------------------------
# Data archives: MAST, CADC, ESO, Gaia, SciServer, Rubin, Zenodo, ADS, S3/Azure/GCS mirrors
# ---------------------------------------------------------------------------------------------

_pw = human_pw("!#%*")
add("netrc/archive-password", "ops/dotfiles/reduce/.netrc", r"""
machine dataportal.eso.org
    login kbrennan
    password @@pw@@

machine ws-cadc.canfar.net
    login kbrennan
    password @@pw@@

machine urs.earthdata.nasa.gov
    login skyridge_ops
    password @@pw@@
""", _pw, "netrc(5) file format; ESO/CADC/Earthdata accept .netrc for scripted downloads", pw=_pw)

_kid, _sk = aws_pair()
add("ini/aws-secret-key", "ops/backup/s3cfg-archive", r"""
[default]
access_key = @@kid@@
secret_key = @@sk@@
host_base = s3.us-west-2.amazonaws.com
host_bucket = %(bucket)s.s3.us-west-2.amazonaws.com
bucket_location = us-west-2
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
storage_class = DEEP_ARCHIVE
""", _sk, "s3cmd configuration file (.s3cfg) access_key/secret_key", kid=_kid, sk=_sk)

_kid, _sk = aws_pair()
add("python/aws-secret-key", "archive/ingest/upload_raw.py", r"""
'''Upload the night's raw FITS to the S3 cold archive and record the object keys.'''
import hashlib
import sys
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@sk@@",
)
BUCKET = "skyridge-raw-archive"


def md5(path: Path) -> str:
    h = hashlib.md5()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main(night_dir: str) -> None:
    night = Path(night_dir)
    for fits in sorted(night.glob("*.fits.fz")):
        key = f"raw/{night.name}/{fits.name}"
        s3.upload_file(str(fits), BUCKET, key, ExtraArgs={"StorageClass": "GLACIER_IR",
                                                         "Metadata": {"md5": md5(fits)}})
        print(key)


if __name__ == "__main__":
    main(sys.argv[1])
""", _sk, "boto3 client(aws_access_key_id, aws_secret_access_key)", kid=_kid, sk=_sk)

add("python/decoy-profile", "archive/ingest/upload_reduced.py", r"""
'''Upload reduced products. Runs on reduce01 with the instance role; locally use a named profile.'''
import os
import sys
from pathlib import Path

import boto3

session = boto3.Session(profile_name=os.getenv("AWS_PROFILE", "skyridge-archive"))
s3 = session.client("s3", region_name="us-west-2")
BUCKET = "skyridge-reduced"


def main(product_dir: str) -> None:
    for path in sorted(Path(product_dir).rglob("*.fits")):
        key = "reduced/" + path.relative_to(product_dir).as_posix()
        s3.upload_file(str(path), BUCKET, key)
        print("uploaded", key)


if __name__ == "__main__":
    main(sys.argv[1])
""", None, "boto3 credentials: shared credentials file profiles and instance roles")

add("markdown/decoy-vendor-example", "archive/README.md", r"""
# Skyridge archive tools

Scripts that move frames from the pier computers to the cold archive (S3 Glacier IR) and the
public DR area.

## Credentials

The scripts use the standard AWS credential chain. On your laptop, create a profile:

```ini
# ~/.aws/credentials
[skyridge-archive]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

(the values above are the examples from the AWS documentation: ask netops for your own keys,
and never commit them). On reduce01 nothing is needed: the instance role grants access.

## Usage

```
python ingest/upload_reduced.py /data/reduced/2024-03-14
```
""", None, "AWS docs: example access key AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

_tok = hexs(32)
add("python/mast-token", "archive/mast/fetch_tess_cutouts.py", r"""
'''Download proprietary TESS FFI cutouts for our GI targets from MAST.'''
from astroquery.mast import Observations, Tesscut
from astropy.coordinates import SkyCoord

Observations.login(token="@@tok@@")

TARGETS = ["TIC 260128333", "TIC 89020549", "TIC 350618622"]

for name in TARGETS:
    obs = Observations.query_criteria(target_name=name.split()[1], obs_collection="TESS",
                                      dataproduct_type="timeseries")
    products = Observations.get_product_list(obs)
    lc = Observations.filter_products(products, productSubGroupDescription="LC")
    Observations.download_products(lc, download_dir="mast_downloads")

    coord = SkyCoord.from_name(name)
    Tesscut.download_cutouts(coordinates=coord, size=15, path="cutouts")
""", _tok, "astroquery.mast Observations.login(token=...); MAST API tokens (auth.mast.stsci.edu)", tok=_tok)

add("python/decoy-keyring", "archive/mast/fetch_hst_proprietary.py", r"""
'''Proprietary HST data for program 17204. The MAST token is read from the OS keyring:
    python -c "import keyring; keyring.set_password('mast', 'token', '<paste>')"
'''
import keyring
from astroquery.mast import Observations

token = keyring.get_password("mast", "token")
if token is None:
    raise SystemExit("no MAST token in keyring (service 'mast', user 'token')")
Observations.login(token=token)

obs = Observations.query_criteria(proposal_id="17204", obs_collection="HST")
products = Observations.get_product_list(obs)
flc = Observations.filter_products(products, productSubGroupDescription=["FLC"])
Observations.download_products(flc, download_dir="hst_17204")
""", None, "keyring Python package get_password; astroquery.mast login")

_tok = "gt-" + draw(22, B64URL) + "." + draw(22, B64URL)
add("python/rsp-token", "archive/rubin/dp02_query.py", r"""
'''Query the Rubin Science Platform TAP service for DP0.2 objects around our fields.'''
import pyvo
import requests

RSP_TAP_URL = "https://data.lsst.cloud/api/tap"
RSP_TOKEN = "@@tok@@"

session = requests.Session()
session.headers["Authorization"] = f"Bearer {RSP_TOKEN}"
service = pyvo.dal.TAPService(RSP_TAP_URL, session=session)

QUERY = '''
SELECT objectId, coord_ra, coord_dec, g_cModelFlux, r_cModelFlux, i_cModelFlux
FROM dp02_dc2_catalogs.Object
WHERE CONTAINS(POINT('ICRS', coord_ra, coord_dec), CIRCLE('ICRS', 62.0, -37.0, 0.1)) = 1
  AND detect_isPrimary = 1
'''

job = service.submit_job(QUERY)
job.run()
job.wait(phases=["COMPLETED", "ERROR"])
table = job.fetch_result().to_table()
table.write("dp02_field1.fits", overwrite=True)
print(len(table), "objects")
""", _tok, "Rubin Science Platform: Gafaelfawr access tokens (gt-...) used as Bearer tokens for TAP", tok=_tok)

_tok = draw(60, ALNUM)
add("shell/zenodo-token", "release/publish_dr2.sh", r"""
#!/usr/bin/env bash
# Publish Skyridge photometric DR2 tarballs to the Zenodo deposition created by hand.
set -euo pipefail

DEPOSITION=10891234
TOKEN=@@tok@@
API=https://zenodo.org/api/deposit/depositions

bucket=$(curl -s "$API/$DEPOSITION?access_token=$TOKEN" | jq -r .links.bucket)

for f in dist/skyridge_dr2_*.tar.gz dist/README_DR2.pdf; do
  echo "uploading $f"
  curl --fail --progress-bar -o /dev/null \
       --upload-file "$f" "$bucket/$(basename "$f")?access_token=$TOKEN"
done

curl -s -X POST "$API/$DEPOSITION/actions/publish?access_token=$TOKEN" | jq '.doi, .state'
""", _tok, "Zenodo REST API: access_token parameter, deposition bucket uploads", tok=_tok)

add("makefile/decoy-token-file", "release/Makefile", r"""
# Release helpers. The Zenodo token is read from a file outside the repository.
ZENODO_TOKEN_FILE ?= $(HOME)/.config/zenodo/token
DEPOSITION ?= 10891234
VERSION ?= dr2

.PHONY: dist upload checksums

dist:
@@T@@mkdir -p dist
@@T@@tar -czf dist/skyridge_$(VERSION)_phot.tar.gz -C products/$(VERSION) phot
@@T@@tar -czf dist/skyridge_$(VERSION)_images.tar.gz -C products/$(VERSION) images

checksums: dist
@@T@@cd dist && sha256sum *.tar.gz > SHA256SUMS

upload: checksums
@@T@@test -r $(ZENODO_TOKEN_FILE) || (echo "missing $(ZENODO_TOKEN_FILE)"; exit 1)
@@T@@ZENODO_TOKEN=$$(cat $(ZENODO_TOKEN_FILE)) ./publish.sh $(DEPOSITION)
""", None, "GNU make manual; Zenodo API token kept outside the repository")

_tok = draw(40, ALNUM)
add("python/ads-api-token", "outreach-site/scripts/update_publications.py", r"""
'''Rebuild the "Publications using Skyridge data" page from NASA ADS.'''
import json
from pathlib import Path

import ads

ads.config.token = "@@tok@@"

QUERY = 'full:"Skyridge Observatory" year:2015-2024 collection:astronomy'
FIELDS = ["bibcode", "title", "author", "year", "pub", "doi", "citation_count"]

papers = ads.SearchQuery(q=QUERY, fl=FIELDS, sort="date desc", rows=500)
entries = []
for p in papers:
    entries.append({
        "bibcode": p.bibcode,
        "title": p.title[0] if p.title else "",
        "authors": p.author[:3] + (["et al."] if len(p.author) > 3 else []),
        "year": p.year,
        "journal": p.pub,
        "doi": p.doi[0] if p.doi else None,
        "citations": p.citation_count,
    })

Path("_data/publications.json").write_text(json.dumps(entries, indent=2))
print(f"{len(entries)} papers")
""", _tok, "ads Python package (ads.config.token); NASA ADS API tokens", tok=_tok)

_key = rsa_key()
add("pem/proxy-private-key", "ops/certs/cadcproxy.pem", r"""
@@cert@@
@@key@@
""", _key, "CADC proxy certificates (cadcproxy.pem holds certificate and private key)",
    cert=certificate(), key=_key)

add("pem/decoy-certificate", "ops/certs/archive-ca-bundle.pem", r"""
# Skyridge internal CA and its intermediate, trusted by the archive clients
@@c1@@
@@c2@@
""", None, "RFC 7468 textual encoding of certificates", c1=certificate(), c2=certificate())

_pw = human_pw("!#%")
add("ini/casjobs-password", "tools/casjobs/CasJobs.config", r"""
wsid=1498327761
password=@@pw@@
default_target=DR18
default_queue=500
verbose=false
debug=false
jobs_location=https://skyserver.sdss.org/CasJobs/services/jobs.asmx
""", _pw, "SDSS CasJobs command-line tool: CasJobs.config (wsid, password)", pw=_pw)

_pw = gen_pw(16, "")
add("shell/irods-password", "archive/irods/sync_to_irods.sh", r"""
#!/bin/bash
# Mirror the reduced products to the university iRODS zone (tempZone -> uniZone).
set -e

export IRODS_ENVIRONMENT_FILE=$HOME/.irods/irods_environment_skyridge.json
echo '@@pw@@' | iinit

NIGHT=${1:?usage: $0 YYYY-MM-DD}
SRC=/data/reduced/$NIGHT
DEST=/uniZone/projects/skyridge/reduced/$NIGHT

imkdir -p "$DEST"
irsync -r -K "$SRC" "i:$DEST"
imeta add -C "$DEST" night "$NIGHT"
iexit full
""", _pw, "iRODS icommands: iinit reads the password from stdin", pw=_pw)

_sec = rand_b64_bytes(32)
add("python/globus-client-secret", "archive/globus/transfer_night.py", r"""
'''Transfer a night of raw data from the observatory endpoint to the university cluster.'''
import sys

import globus_sdk

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@sec@@"
SRC_COLLECTION = "@@src@@"
DST_COLLECTION = "@@dst@@"

confidential = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
authorizer = globus_sdk.ClientCredentialsAuthorizer(confidential, globus_sdk.TransferClient.scopes.all)
tc = globus_sdk.TransferClient(authorizer=authorizer)

night = sys.argv[1]
task = globus_sdk.TransferData(tc, SRC_COLLECTION, DST_COLLECTION, label=f"skyridge raw {night}",
                               sync_level="checksum", verify_checksum=True)
task.add_item(f"/raw/{night}/", f"/projects/skyridge/raw/{night}/", recursive=True)
result = tc.submit_transfer(task)
print("task", result["task_id"])
""", _sec, "Globus SDK ConfidentialAppAuthClient(client_id, client_secret)",
    cid=uuid(), sec=_sec, src=uuid(), dst=uuid())

add("python/decoy-public-client-id", "archive/globus/login_native.py", r"""
'''Interactive Globus login for observers (native app flow: no client secret exists).'''
import globus_sdk

# Native (public) client registered at app.globus.org; safe to publish.
CLIENT_ID = "@@cid@@"
SKYRIDGE_COLLECTION = "@@col@@"

client = globus_sdk.NativeAppAuthClient(CLIENT_ID)
client.oauth2_start_flow(requested_scopes=globus_sdk.TransferClient.scopes.all, refresh_tokens=True)
print("Log in at:", client.oauth2_get_authorize_url())
code = input("Paste the authorization code: ").strip()
tokens = client.oauth2_exchange_code_for_tokens(code)
transfer_tokens = tokens.by_resource_server["transfer.api.globus.org"]

tc = globus_sdk.TransferClient(authorizer=globus_sdk.AccessTokenAuthorizer(transfer_tokens["access_token"]))
for entry in tc.operation_ls(SKYRIDGE_COLLECTION, path="/raw/"):
    print(entry["name"])
""", None, "Globus SDK NativeAppAuthClient (public client id, no secret)", cid=uuid(), col=uuid())

_key = draw(86, B64) + "=="
add("json/azure-storage-key", "archive/mirror/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }
  },
  "Mirror": {
    "SourceRoot": "/data/public/dr2",
    "Container": "dr2",
    "ParallelUploads": 8,
    "StorageConnectionString": "DefaultEndpointsProtocol=https;AccountName=skyridgepublicdata;AccountKey=@@key@@;EndpointSuffix=core.windows.net"
  },
  "AllowedHosts": "*"
}
""", _key, "Azure Storage connection strings (AccountName, AccountKey)", key=_key)

add("json/decoy-key-vault-reference", "archive/mirror/appsettings.Staging.json", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "Mirror": {
    "SourceRoot": "/data/public/dr2-staging",
    "Container": "dr2-staging",
    "ParallelUploads": 4,
    "StorageConnectionString": "@Microsoft.KeyVault(SecretUri=https://skyridge-kv.vault.azure.net/secrets/mirror-storage-conn/)"
  },
  "AllowedHosts": "*"
}
""", None, "Azure App Service Key Vault references (@Microsoft.KeyVault(SecretUri=...))")

_pk = pkcs8_key()
_pk_json = _pk.replace("\n", "\\n") + "\\n"
add("json/gcp-service-account-key", "archive/gcs/skyridge-archive-sa.json", r"""
{
  "type": "service_account",
  "project_id": "skyridge-archive",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "dr-publisher@skyridge-archive.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/dr-publisher%40skyridge-archive.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _pk_json, "Google Cloud service account key file (JSON, private_key field)",
    kid=hexs(40), pk=_pk_json, cid=digits(21))

add("fits-header/decoy-checksum", "archive/samples/sky_20240314_0042.hdr", r"""
SIMPLE  =                    T / conforms to FITS standard
BITPIX  =                   16 / array data type
NAXIS   =                    2 / number of array dimensions
NAXIS1  =                 6248
NAXIS2  =                 4176
BZERO   =                32768
OBSERVAT= 'Skyridge'           / observatory
TELESCOP= 'SR-0.6m '
INSTRUME= 'QHY600M '
OBJECT  = 'NGC 4565'
DATE-OBS= '2024-03-14T05:12:41.352'
EXPTIME =                180.0 / [s]
FILTER  = 'rp      '
AIRMASS =            1.0837412
CTYPE1  = 'RA---TAN-SIP'
CTYPE2  = 'DEC--TAN-SIP'
CRVAL1  =     189.086539824316
CRVAL2  =     25.9877162940118
CRPIX1  =     3124.50000000000
CRPIX2  =     2088.50000000000
CD1_1   = -2.1871546271453E-04
CD1_2   =  1.0324187615524E-06
CD2_1   = -1.0288812739201E-06
CD2_2   = -2.1869302215730E-04
CHECKSUM= 'ZK9aZK9ZZK9ZZK9Z'   / HDU checksum updated 2024-03-14T05:16:02
DATASUM = '3816244091'         / data unit checksum updated 2024-03-14T05:16:02
END
""", None, "FITS Checksum Convention (CHECKSUM/DATASUM keywords); FITS WCS papers")

add("checksums/decoy-sha256sums", "release/dist/SHA256SUMS", r"""
@@a@@  skyridge_dr2_phot.tar.gz
@@b@@  skyridge_dr2_images_part1.tar.gz
@@c@@  skyridge_dr2_images_part2.tar.gz
@@d@@  skyridge_dr2_images_part3.tar.gz
@@e@@  README_DR2.pdf
""", None, "GNU coreutils sha256sum output format", a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

add("dvc/decoy-md5", "data/raw/2024-03-14.dvc", r"""
outs:
- md5: @@a@@.dir
  size: 18422951372
  nfiles: 412
  hash: md5
  path: 2024-03-14
meta:
  night: '2024-03-14'
  telescope: SR-0.6m
""", None, "DVC .dvc file format (outs md5, size, nfiles)", a=hexs(32))

_pw = gen_pw(14, "")
add("ini/dvc-remote-password", "data/.dvc/config.local", r"""
[core]
    remote = archive
['remote "archive"']
    url = ssh://dvc@nas01.obs.lan/volume1/dvc-store
    port = 22
    user = dvc
    password = @@pw@@
    ask_password = false
['remote "offsite"']
    url = s3://skyridge-dvc-offsite/store
    profile = skyridge-archive
""", _pw, "DVC remote config for SSH remotes (user, password, ask_password)", pw=_pw)

_pw = human_pw("!#%*")
add("php/pdo-password", "archive-web/lib/db.php", r"""
<?php
// Legacy night-log browser (archive.skyridge-observatory.org/nightlog)
declare(strict_types=1);

function archive_db(): PDO
{
    static $dbh = null;
    if ($dbh === null) {
        $dbh = new PDO(
            'pgsql:host=pgdb.obs.lan;port=5432;dbname=archive',
            'archive_web',
            '@@pw@@',
            [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION, PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC]
        );
    }
    return $dbh;
}

function frames_for_night(string $night): array
{
    $st = archive_db()->prepare(
        'SELECT filename, object, filter, exptime, airmass FROM frames WHERE night = :night ORDER BY date_obs'
    );
    $st->execute([':night' => $night]);
    return $st->fetchAll();
}
""", _pw, "PHP manual: PDO::__construct(dsn, username, password)", pw=_pw)

_pw = gen_pw(18, "")
add("ini/mysql-password", "ops/db/archive-replica.my.cnf", r"""
# Option file for the archive replica checks (mysql --defaults-extra-file=archive-replica.my.cnf)
[client]
host     = archive-db2.obs.lan
port     = 3306
user     = repl_monitor
password = @@pw@@
ssl-mode = REQUIRED

[mysqldump]
single-transaction
quick
""", _pw, "MySQL option files ([client] password)", pw=_pw)

_pw = gen_pw(24, "")
add("compose/minio-root-password", "archive/minio/docker-compose.yml", r"""
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    command: server /data --console-address ":9001"
    restart: unless-stopped
    ports:
      - "9000:9000"
      - "9001:9001"
    environment:
      MINIO_ROOT_USER: archive-admin
      MINIO_ROOT_PASSWORD: "@@pw@@"
      MINIO_BROWSER_REDIRECT_URL: https://minio-console.obs.lan
    volumes:
      - /srv/minio:/data
    healthcheck:
      test: ["CMD", "mc", "ready", "local"]
      interval: 30s
""", _pw, "MinIO container docs: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD", pw=_pw)

add("compose/decoy-secret-file", "archive/minio/docker-compose.prod.yml", r"""
services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-03-10T02-53-48Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER_FILE: /run/secrets/minio_root_user
      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password
    secrets:
      - minio_root_user
      - minio_root_password
    volumes:
      - /srv/minio:/data

secrets:
  minio_root_user:
    file: /etc/obs/secrets/minio_root_user
  minio_root_password:
    file: /etc/obs/secrets/minio_root_password
""", None, "Docker Compose secrets; MinIO *_FILE variables")

_pw = gen_pw(20, "")
add("k8s/tap-db-password", "deploy/k8s/tap/tap-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tap-postgres
  namespace: archive
type: Opaque
stringData:
  PGHOST: pgdb.obs.lan
  PGDATABASE: archive
  PGUSER: tap_reader
  PGPASSWORD: "@@pw@@"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: tap-config
  namespace: archive
data:
  TAP_MAXREC: "100000"
  TAP_SCHEMA: "tap_schema"
""", _pw, "Kubernetes Secret stringData (plain-text values)", pw=_pw)

_pw = gen_pw(20, "")
add("helm/elasticsearch-password", "deploy/helm/archive-search/values.yaml", r"""
# Full-text search over the FITS headers of the archive
elasticsearch:
  replicas: 3
  esJavaOpts: "-Xms2g -Xmx2g"
  secret:
    enabled: true
    password: "@@pw@@"
  volumeClaimTemplate:
    resources:
      requests:
        storage: 200Gi

indexer:
  image: skyridgeobs/header-indexer:1.8.0
  schedule: "*/15 * * * *"
  index: fits-headers
  sources:
    - /data/raw
    - /data/reduced
""", _pw, "Elastic Helm chart values (secret.password for the elastic user)", pw=_pw)

_pw = gen_pw(16, "")
add("dockerfile/basic-auth-password", "archive/calib-builder/Dockerfile", r"""
FROM python:3.11-slim

RUN apt-get update && apt-get install -y --no-install-recommends wget ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /opt/calib
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

# Master bias/dark library from the internal archive (HTTP basic auth)
RUN wget -q --user=calib-fetch --password='@@pw@@' \
        https://archive.obs.lan/calib/masters/sr06m_masters_2024A.tar.gz \
 && tar -xzf sr06m_masters_2024A.tar.gz -C /opt/calib \
 && rm sr06m_masters_2024A.tar.gz

COPY calib_builder/ calib_builder/
ENTRYPOINT ["python", "-m", "calib_builder"]
""", _pw, "GNU Wget manual: --user/--password", pw=_pw)

add("dockerfile/decoy-build-secret", "archive/header-indexer/Dockerfile", r"""
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim

WORKDIR /opt/indexer
COPY requirements.txt .
# The private package index credentials are passed as a BuildKit secret (never in a layer):
#   docker build --secret id=netrc,src=$HOME/.netrc .
RUN --mount=type=secret,id=netrc,target=/root/.netrc \
    pip install --no-cache-dir --index-url https://pypi.obs.lan/simple -r requirements.txt

COPY indexer/ indexer/
USER 1000
ENTRYPOINT ["python", "-m", "indexer"]
""", None, "Docker BuildKit secret mounts (RUN --mount=type=secret)")

_pw = gen_pw(18, "")
add("python/tap-password", "archive/tap/check_tap.py", r"""
'''Smoke test for the internal TAP service after a schema migration.'''
import sys

import pyvo
import requests

session = requests.Session()
session.auth = ("svc_tapcheck", "@@pw@@")

tap = pyvo.dal.TAPService("https://tap.obs.lan/tap", session=session)

CHECKS = {
    "frames": "SELECT TOP 1 filename FROM archive.frames",
    "sources": "SELECT COUNT(*) AS n FROM archive.sources WHERE night = '2024-03-14'",
    "tap_schema": "SELECT COUNT(*) AS n FROM tap_schema.tables",
}

failed = 0
for name, query in CHECKS.items():
    try:
        result = tap.search(query)
        print(f"ok   {name}: {len(result)} row(s)")
    except Exception as exc:  # noqa: BLE001
        failed += 1
        print(f"FAIL {name}: {exc}")
sys.exit(1 if failed else 0)
""", _pw, "pyvo TAPService(session=...); requests Session.auth", pw=_pw)

_pw = human_pw("!#%*")
add("shell-history/mysql-root-password", "ops/incidents/2024-02-archive-db/archive-db1.bash_history", r"""
sudo systemctl status mysql
sudo tail -n 200 /var/log/mysql/error.log
df -h /var/lib/mysql
sudo du -sh /var/lib/mysql/archive/*
mysql -u root -p'@@pw@@' -e "SHOW SLAVE STATUS\G"
mysql -u root -p'@@pw@@' archive -e "SELECT COUNT(*) FROM frames WHERE night >= '2024-02-01'"
sudo systemctl restart mysql
mysqlcheck -u root -p'@@pw@@' --auto-repair archive frames
exit
""", _pw, "mysql(1) -p<password> option (no space)", pw=_pw)

add("shell-history/decoy-prompt", "ops/incidents/2024-01-pgdb/pgdb1.bash_history", r"""
sudo -iu postgres
psql -h pgdb.obs.lan -U postgres -W
export PGPASSWORD="$(vault kv get -field=password secret/obs/pgdb/postgres)"
pg_isready -h pgdb.obs.lan
psql -h pgdb.obs.lan -U postgres -c 'SELECT pid, state, query_start FROM pg_stat_activity ORDER BY query_start LIMIT 20'
unset PGPASSWORD
mysql -u root -p
history -c
""", None, "psql -W (prompt); HashiCorp Vault kv get -field")

_pw = gen_pw(18, "")
add("ruby/database-url", "archive-web/Rakefile", r"""
# Rake tasks for the public archive site (Sinatra + Sequel)
require 'sequel'
require 'json'

DB = Sequel.connect('postgres://archive_web:@@pw@@@pgdb.obs.lan/archive')

namespace :thumbs do
  desc 'List frames without a thumbnail'
  task :missing do
    DB[:frames].where(thumbnail: nil).order(:date_obs).each do |f|
      puts f[:filename]
    end
  end

  desc 'Export the DR index used by the site search'
  task :index do
    rows = DB[:frames].select(:filename, :object, :filter, :night).where(public: true).all
    File.write('public/dr_index.json', JSON.generate(rows))
    puts "#{rows.size} frames"
  end
end
""", _pw, "Sequel.connect with a postgres:// connection URL", pw=_pw)

_pw = human_pw("!#%")
add("notebook/sciserver-password", "notebooks/sdss_crossmatch.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from SciServer import Authentication, CasJobs\n",
    "token = Authentication.login('kbrennan', '@@pw@@')\n",
    "print(token[:6] + '...')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = '''SELECT TOP 500 p.objid, p.ra, p.dec, p.g, p.r, s.z\n",
    "FROM PhotoObj p JOIN SpecObj s ON s.bestobjid = p.objid\n",
    "WHERE p.ra BETWEEN 185 AND 190 AND p.dec BETWEEN 10 AND 15 AND s.class = 'GALAXY' '''\n",
    "df = CasJobs.executeQuery(q, context='DR18')\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3 (py3.11)", "language": "python", "name": "py3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _pw, "SciServer Python package Authentication.login(UserName, Password)", pw=_pw)

add("notebook/decoy-redacted", "notebooks/lasair_watchlist.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["token loaded: ****************************************\n"]
    }
   ],
   "source": [
    "import os, lasair\n",
    "token = os.environ['LASAIR_TOKEN']\n",
    "print('token loaded:', '*' * len(token))\n",
    "L = lasair.lasair_client(token, endpoint='https://lasair-ztf.lsst.ac.uk/api')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "hits = L.query('objectId, gmag, rmag', 'objects', 'gmag < 17 AND ncandgp > 5', limit=50)\n",
    "len(hits)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", None, "Lasair Python client lasair_client(token); masked notebook output")

_tok = hexs(128)
add("r/figshare-token", "analysis/deposit_lightcurves.R", r"""
# Deposit the eclipsing-binary light curves on Figshare (API v2)
library(httr)
library(jsonlite)

FIGSHARE_TOKEN <- "@@tok@@"
api <- "https://api.figshare.com/v2"
auth <- add_headers(Authorization = paste("token", FIGSHARE_TOKEN))

meta <- list(
  title = "Skyridge eclipsing binary light curves 2021-2023",
  description = "Differential photometry from the Skyridge 0.6 m, r' band.",
  keywords = list("eclipsing binaries", "photometry"),
  defined_type = "dataset"
)
res <- POST(paste0(api, "/account/articles"), auth, body = toJSON(meta, auto_unbox = TRUE),
            content_type_json())
stop_for_status(res)
article <- content(res)$location
message("created ", article)
""", _tok, "Figshare API v2: Authorization: token <personal token>", tok=_tok)

add("markdown/decoy-placeholder", "docs/archive-access.md", r"""
# Getting data out of the Skyridge archive

## From a script

1. Create a token on https://archive.skyridge-observatory.org/account/tokens.
2. Export it in your shell (do **not** write it in notebooks you share):

```bash
export SKYRIDGE_ARCHIVE_TOKEN=<YOUR_TOKEN>
curl -H "Authorization: Bearer $SKYRIDGE_ARCHIVE_TOKEN" \
     "https://archive.skyridge-observatory.org/api/frames?night=2024-03-14"
```

3. From Python:

```python
import os, requests
token = os.environ["SKYRIDGE_ARCHIVE_TOKEN"]
r = requests.get("https://archive.skyridge-observatory.org/api/frames",
                 params={"object": "NGC 4565"},
                 headers={"Authorization": f"Bearer {token}"})
```

Tokens look like `sra_xxxxxxxxxxxxxxxxxxxxxxxx` and expire after 90 days.
""", None, "Documentation placeholders (<YOUR_TOKEN>, xxxx)")

_pw = human_pw("!#$%")
add("python/zooniverse-password", "citizen-science/upload_subjects.py", r"""
'''Upload tonight's all-sky meteor candidates to our Zooniverse project as a new subject set.'''
import glob
import os

from panoptes_client import Panoptes, Project, Subject, SubjectSet

Panoptes.connect(username="skyridge-team", password="@@pw@@")

project = Project.find(21784)
subject_set = SubjectSet()
subject_set.links.project = project
subject_set.display_name = "Meteor candidates " + os.environ.get("NIGHT", "unknown")
subject_set.save()

subjects = []
for png in sorted(glob.glob("/data/allsky/candidates/*.png")):
    s = Subject()
    s.links.project = project
    s.add_location(png)
    s.metadata["filename"] = os.path.basename(png)
    s.save()
    subjects.append(s)
subject_set.add(subjects)
print(len(subjects), "subjects uploaded")
""", _pw, "panoptes-client Panoptes.connect(username, password)", pw=_pw)

add("json/decoy-ids", "citizen-science/project_config.json", r"""
{
  "project_id": 21784,
  "project_slug": "skyridge/meteor-hunters",
  "workflows": {
    "is_it_a_meteor": {"id": 24105, "version": "37.12"},
    "trace_the_trail": {"id": 24106, "version": "12.4"}
  },
  "subject_sets": {
    "2024-spring": 118342,
    "2024-perseids": 121907
  },
  "caesar_reducer_key": "meteor_consensus",
  "export_bucket": "gs://skyridge-zooniverse-exports",
  "survey_uuid": "@@u@@"
}
""", None, "Zooniverse project builder ids (project, workflow, subject set)", u=uuid())


# ---------------------------------------------------------------------------------------------
# Alert brokers: GCN Kafka, SCIMMA Hopskotch, Fink, ANTARES, Lasair, SkyPortal/Fritz, TNS
# ---------------------------------------------------------------------------------------------

_pw = draw(32, ALNUM)
add("toml/hop-password", "alerts/hop/auth.toml", r"""
# hop-client credentials for the Skyridge follow-up listener (created at my.hop.scimma.org)
[[auth]]
username = "skyridge-listener-@@suffix@@"
password = "@@pw@@"
protocol = "SASL_SSL"
mechanism = "SCRAM_SHA_512"
hostname = "kafka.scimma.org"
""", _pw, "hop-client docs: auth.toml credentials file (hop auth add)", pw=_pw, suffix=draw(6, LOWNUM))

_sec = draw(52, ALNUM)
add("python/gcn-client-secret", "alerts/gcn/listen_gcn.py", r"""
'''Listen to GCN Kafka for Swift/Fermi/IceCube notices and queue ToO pointings.'''
import json

from gcn_kafka import Consumer

consumer = Consumer(
    client_id="@@cid@@",
    client_secret="@@sec@@",
    config={"group.id": "skyridge-too", "auto.offset.reset": "earliest"},
)
consumer.subscribe([
    "gcn.classic.voevent.SWIFT_BAT_GRB_POS_ACK",
    "gcn.classic.voevent.FERMI_GBM_FIN_POS",
    "gcn.notices.icecube.lvk_nu_track_search",
    "igwn.gwalert",
])

while True:
    for message in consumer.consume(timeout=1):
        if message.error():
            print(message.error())
            continue
        topic = message.topic()
        value = message.value()
        if topic == "igwn.gwalert":
            alert = json.loads(value)
            print("GW", alert["superevent_id"], alert["alert_type"])
        else:
            print(topic, len(value), "bytes")
""", _sec, "gcn-kafka Python client: Consumer(client_id, client_secret); GCN client credentials",
    cid=draw(26, LOWNUM), sec=_sec)

add("python/decoy-env-lookup", "alerts/gcn/listen_gcn_prod.py", r"""
'''Production GCN listener: credentials come from the systemd credential store.'''
import os
from pathlib import Path

from gcn_kafka import Consumer


def credential(name: str) -> str:
    # systemd LoadCredential= puts each credential in $CREDENTIALS_DIRECTORY/<name>
    return Path(os.environ["CREDENTIALS_DIRECTORY"], name).read_text().strip()


consumer = Consumer(
    client_id=credential("gcn_client_id"),
    client_secret=credential("gcn_client_secret"),
    config={"group.id": "skyridge-too-prod"},
)
consumer.subscribe(["gcn.classic.voevent.SWIFT_BAT_GRB_POS_ACK", "igwn.gwalert"])

for message in consumer.consume(timeout=10):
    print(message.topic(), message.offset())
""", None, "systemd.exec LoadCredential= ($CREDENTIALS_DIRECTORY); gcn-kafka")

_pw = gen_pw(16, "")
add("yaml/fink-password", "alerts/fink/credentials.yml", r"""
# ~/.finkclient/credentials.yml written by fink_client_register
username: skyridge_followup
password: @@pw@@
group_id: skyridge_followup_01
mytopics:
  - fink_sn_candidates_ztf
  - fink_early_sn_candidates_ztf
  - fink_kn_candidates_ztf
servers: 134.158.74.95:24499
maxtimeout: 10
""", _pw, "fink-client: fink_client_register -username -password -group_id (credentials.yml)", pw=_pw)

_sec = draw(32, ALNUM)
add("python/antares-api-secret", "alerts/antares/stream_filters.py", r"""
'''Consume ANTARES filtered streams and push young transients into the TOM.'''
from antares_client import StreamingClient

from skyridge_tom_client import push_target

TOPICS = ["young_extragalactic_candidate", "high_amplitude_variable_star_candidate"]

client = StreamingClient(
    topics=TOPICS,
    api_key="@@key@@",
    api_secret="@@sec@@",
    group="skyridge-followup",
)

for topic, locus in client.iter():
    latest = locus.alerts[-1]
    push_target(
        name=locus.properties.get("ztf_object_id", locus.locus_id),
        ra=locus.ra,
        dec=locus.dec,
        source=f"ANTARES:{topic}",
        mag=latest.properties.get("ztf_magpsf"),
    )
""", _sec, "antares-client StreamingClient(topics, api_key, api_secret)", key=draw(22, LOWNUM), sec=_sec)

_tok = hexs(40)
add("notebook/lasair-token", "notebooks/lasair_tde_search.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Nuclear transients in Lasair (TDE candidates for the spring spectroscopy run)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import lasair\n",
    "L = lasair.lasair_client('@@tok@@', endpoint='https://lasair-ztf.lsst.ac.uk/api')\n",
    "selected = 'objects.objectId, objects.gmag, sherlock_classifications.classification'\n",
    "tables = 'objects, sherlock_classifications'\n",
    "conditions = \"sherlock_classifications.classification = 'NT' AND objects.gmag < 19.5\"\n",
    "rows = L.query(selected, tables, conditions, limit=200)\n",
    "len(rows)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", _tok, "Lasair API docs: lasair_client(token) (40-character token)", tok=_tok)

_tok = uuid()
add("python/skyportal-token", "alerts/fritz/post_spectra.py", r"""
'''Upload reduced spectra from the 1.0 m spectrograph to Fritz (SkyPortal).'''
import sys
from pathlib import Path

import numpy as np
import requests

FRITZ = "https://fritz.science"
TOKEN = "@@tok@@"
INSTRUMENT_ID = 1043
GROUP_IDS = [412]


def api(method, endpoint, data=None):
    r = requests.request(method, f"{FRITZ}/api/{endpoint}", json=data,
                         headers={"Authorization": f"token {TOKEN}"}, timeout=30)
    r.raise_for_status()
    return r.json()


def upload(obj_id: str, path: Path, observed_at: str) -> int:
    wave, flux = np.loadtxt(path, unpack=True)
    payload = {
        "obj_id": obj_id,
        "instrument_id": INSTRUMENT_ID,
        "observed_at": observed_at,
        "wavelengths": wave.tolist(),
        "fluxes": flux.tolist(),
        "group_ids": GROUP_IDS,
    }
    return api("POST", "spectra", payload)["data"]["id"]


if __name__ == "__main__":
    print(upload(sys.argv[1], Path(sys.argv[2]), sys.argv[3]))
""", _tok, "SkyPortal API: Authorization: token <token> (UUID tokens)", tok=_tok)

_key = hexs(64)
add("yaml/app-secret-key", "alerts/skyportal/config.yaml", r"""
app:
  title: Skyridge SkyPortal
  secret_key: @@key@@
  logos:
    - src: /static/images/skyridge_logo.png
      alt_text: Skyridge logo
  observation_plan:
    default_filters: [ztfg, ztfr, ztfi]

database:
  database: skyportal
  host: pgdb.obs.lan
  port: 5432
  user: skyportal
  password:

server:
  url: https://skyportal.skyridge-observatory.org
  auth:
    debug_login: False

ports:
  app: 5000
""", _key, "SkyPortal config.yaml (app.secret_key used to sign cookies)", key=_key)

add("yaml/decoy-env-reference", "alerts/skyportal/config.prod.yaml", r"""
app:
  title: Skyridge SkyPortal
  secret_key: ${SKYPORTAL_SECRET_KEY}

database:
  database: skyportal
  host: ${SKYPORTAL_DB_HOST}
  port: 5432
  user: skyportal
  password: ${SKYPORTAL_DB_PASSWORD}

server:
  url: https://skyportal.skyridge-observatory.org
  auth:
    debug_login: False
    google_oauth2_key: ${GOOGLE_OAUTH_KEY}
    google_oauth2_secret: ${GOOGLE_OAUTH_SECRET}
""", None, "Environment variable references expanded by the deployment (envsubst)")

_pw = draw(32, ALNUM)
add("properties/kafka-sasl-password", "alerts/broker-bridge/src/main/resources/consumer.properties", r"""
# Consumer for the public ZTF alert stream mirror (SCRAM over TLS)
bootstrap.servers=kafka.broker.skyridge-observatory.org:9093
group.id=skyridge-bridge-ztf
client.id=bridge-01
auto.offset.reset=earliest
enable.auto.commit=false
max.poll.records=200

security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="bridge" \
    password="@@pw@@";
ssl.endpoint.identification.algorithm=https

key.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer
value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer
""", _pw, "Apache Kafka docs: SASL/SCRAM client configuration (sasl.jaas.config)", pw=_pw)

_pw = gen_pw(24, "")
add("go/kafka-sasl-password", "alerts/grbwatch/consumer.go", r"""
package main

import (
	"crypto/tls"
	"log"

	"github.com/IBM/sarama"
)

// newConsumer connects to the observatory's own Kafka, where the GCN bridge republishes notices.
func newConsumer() sarama.ConsumerGroup {
	cfg := sarama.NewConfig()
	cfg.Version = sarama.V3_5_0_0
	cfg.Net.TLS.Enable = true
	cfg.Net.TLS.Config = &tls.Config{MinVersion: tls.VersionTLS12}
	cfg.Net.SASL.Enable = true
	cfg.Net.SASL.Mechanism = sarama.SASLTypeSCRAMSHA512
	cfg.Net.SASL.User = "grbwatch"
	cfg.Net.SASL.Password = "@@pw@@"
	cfg.Net.SASL.SCRAMClientGeneratorFunc = func() sarama.SCRAMClient { return &XDGSCRAMClient{HashGeneratorFcn: SHA512} }
	cfg.Consumer.Offsets.Initial = sarama.OffsetNewest

	group, err := sarama.NewConsumerGroup([]string{"kafka.obs.lan:9093"}, "grbwatch", cfg)
	if err != nil {
		log.Fatalf("kafka: %v", err)
	}
	return group
}
""", _pw, "IBM/sarama Config.Net.SASL (User, Password, SCRAM)", pw=_pw)

add("properties/decoy-config-provider", "alerts/broker-bridge/config/producer.properties", r"""
# Producer to the internal cluster; credentials come from a FileConfigProvider at runtime
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider

bootstrap.servers=kafka.obs.lan:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="${file:/etc/kafka/secrets/bridge.properties:username}" \
    password="${file:/etc/kafka/secrets/bridge.properties:password}";
acks=all
compression.type=zstd
""", None, "Apache Kafka KIP-297 config providers (FileConfigProvider ${file:path:key})")

_tok = hexs(40)
add("shell/tns-api-key", "alerts/tns/get_object.sh", r"""
#!/usr/bin/env bash
# Fetch a TNS object (with photometry) through our bot. usage: get_object.sh 2024abc
set -euo pipefail
OBJ=${1:?object name, e.g. 2024abc}
BOT_ID=162514
BOT_NAME=Skyridge_TOM_bot
API_KEY=@@tok@@

MARKER="tns_marker{\"tns_id\":${BOT_ID},\"type\":\"bot\",\"name\":\"${BOT_NAME}\"}"

curl -s -X POST "https://www.wis-tns.org/api/get/object" \
     -H "User-Agent: ${MARKER}" \
     --data-urlencode "api_key=${API_KEY}" \
     --data-urlencode "data={\"objname\":\"${OBJ}\",\"photometry\":\"1\",\"spectra\":\"0\"}" \
  | jq '.data.reply | {objname, radeg, decdeg, object_type, discoverymag}'
""", _tok, "TNS bot API: api_key form field and tns_marker User-Agent", tok=_tok)

_hook = discord_webhook()
add("json/discord-webhook", "alerts/amateur-bot/config.json", r"""
{
  "brokers": {
    "alerce": {"url": "https://api.alerce.online/ztf/v1", "poll_minutes": 10},
    "tns": {"enabled": false}
  },
  "filters": {
    "max_mag": 17.5,
    "min_dec": -25,
    "classes": ["SNIa", "SNII", "CV/Nova"]
  },
  "notify": {
    "discord_webhook": "@@hook@@",
    "mention_role": "<@&1102948377163526174>",
    "quiet_hours_utc": [12, 22]
  },
  "site": {"lat": 31.96, "lon": -111.6, "min_alt": 30}
}
""", _hook, "Discord webhooks (https://discord.com/api/webhooks/<id>/<token>)", hook=_hook)

_tok = hexs(32)
add("javascript/twilio-auth-token", "alerts/oncall-sms/index.js", r"""
// Text the on-call observer when a GRB or GW alert is within our window.
const twilio = require('twilio');
const { listen } = require('./bridge');

const accountSid = '@@sid@@';
const authToken = '@@tok@@';
const client = twilio(accountSid, authToken);

const ONCALL = ['+15205550143', '+15205550178'];
const FROM = '+15205550101';

listen(async (alert) => {
  if (alert.altitudeDeg < 25 || alert.sunAltDeg > -12) return;
  const body = `[Skyridge ToO] ${alert.kind} ${alert.name} RA ${alert.ra.toFixed(3)} Dec ${alert.dec.toFixed(3)} ` +
               `err ${alert.errorDeg.toFixed(2)} deg, alt ${alert.altitudeDeg.toFixed(0)}`;
  await Promise.all(ONCALL.map((to) => client.messages.create({ body, from: FROM, to })));
  console.log('sms sent', alert.name);
});
""", _tok, "Twilio Node helper: twilio(accountSid, authToken); messages.create",
    sid="AC" + hexs(32), tok=_tok)

add("typescript/decoy-ssm-lookup", "alerts/oncall-sms/src/secrets.ts", r"""
import { SSMClient, GetParameterCommand } from '@aws-sdk/client-ssm';

const ssm = new SSMClient({ region: 'us-west-2' });

/** Twilio credentials live in SSM Parameter Store (SecureString, KMS-encrypted). */
export async function twilioCredentials(): Promise<{ sid: string; token: string }> {
  const [sid, token] = await Promise.all([
    ssm.send(new GetParameterCommand({ Name: '/skyridge/oncall/twilio_sid', WithDecryption: true })),
    ssm.send(new GetParameterCommand({ Name: '/skyridge/oncall/twilio_token', WithDecryption: true })),
  ]);
  if (!sid.Parameter?.Value || !token.Parameter?.Value) {
    throw new Error('Twilio credentials missing from SSM');
  }
  return { sid: sid.Parameter.Value, token: token.Parameter.Value };
}
""", None, "AWS SDK for JavaScript v3 SSM GetParameterCommand (WithDecryption)")

_tok = draw(43, B64URL)
add("typescript/mastodon-token", "alerts/sky-bot/src/post.ts", r"""
// Posts "transient of the night" to the observatory's Mastodon account.
import { createRestAPIClient } from 'masto';

const masto = createRestAPIClient({
  url: 'https://astrodon.social',
  accessToken: '@@tok@@',
});

export interface Transient {
  name: string;
  type: string;
  mag: number;
  host?: string;
  finderUrl: string;
}

export async function postTransient(t: Transient): Promise<string> {
  const host = t.host ? ` in ${t.host}` : '';
  const status = await masto.v1.statuses.create({
    status: `Tonight's transient: ${t.name}, a ${t.type}${host}, now at mag ${t.mag.toFixed(1)}.\n` +
            `Finder chart: ${t.finderUrl}\n#astronomy #supernova`,
    visibility: 'public',
  });
  return status.url ?? status.id;
}
""", _tok, "masto.js createRestAPIClient({url, accessToken}); Mastodon access tokens", tok=_tok)

_pw = draw(28, ALNUM)
add("python/redis-url", "alerts/annotator/celeryconfig.py", r"""
# Celery configuration for the alert annotator workers (crossmatch, host galaxy, light-curve fit)
broker_url = "redis://:@@pw@@@redis.obs.lan:6379/4"
result_backend = "redis://:@@pw@@@redis.obs.lan:6379/5"

task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
enable_utc = True

task_routes = {
    "annotator.tasks.crossmatch": {"queue": "crossmatch"},
    "annotator.tasks.fit_lightcurve": {"queue": "fitting"},
}
worker_prefetch_multiplier = 1
task_acks_late = True
""", _pw, "Celery configuration: broker_url with redis://:password@host", pw=_pw)

_pw = gen_pw(20, "")
add("dotenv/amqp-url", "alerts/ampel-lite/.env.production", r"""
AMPEL_CHANNEL=SKYRIDGE_YOUNG_SN
AMPEL_LOG_LEVEL=INFO
AMQP_URL=amqps://ampel:@@pw@@@rabbit.obs.lan:5671/alerts
MONGO_URI=mongodb://mongo.obs.lan:27017/ampel
ARCHIVE_TOKEN_FILE=/run/secrets/ztf_archive_token
T2_WORKERS=6
""", _pw, "RabbitMQ URI specification (amqps://user:pass@host:port/vhost)", pw=_pw)

add("xml/decoy-voevent", "alerts/fixtures/swift_bat_grb_pos_ack.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<voe:VOEvent xmlns:voe="http://www.ivoa.net/xml/VOEvent/v2.0" ivorn="ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1227442-024" role="test" version="2.0">
  <Who>
    <AuthorIVORN>ivo://nasa.gsfc.tan/gcn</AuthorIVORN>
    <Date>2024-03-14T04:21:37</Date>
  </Who>
  <What>
    <Param name="Packet_Type" value="61" />
    <Param name="TrigID" value="1227442" ucd="meta.id" />
    <Param name="Burst_Inten" value="11342" unit="counts" />
    <Param name="Rate_Signif" value="18.73" unit="sigma" />
    <Param name="Solution_Status" value="0x3" />
    <Param name="Misc_flags" value="0x40000000" />
  </What>
  <WhereWhen>
    <ObsDataLocation>
      <ObservationLocation>
        <AstroCoords coord_system_id="UTC-FK5-GEO">
          <Time><TimeInstant><ISOTime>2024-03-14T04:20:58.12</ISOTime></TimeInstant></Time>
          <Position2D unit="deg">
            <Value2><C1>187.7059</C1><C2>12.3911</C2></Value2>
            <Error2Radius>0.0500</Error2Radius>
          </Position2D>
        </AstroCoords>
      </ObservationLocation>
    </ObsDataLocation>
  </WhereWhen>
</voe:VOEvent>
""", None, "IVOA VOEvent 2.0; GCN Swift BAT_GRB_POS_ACK notices")

_pw = gen_pw(22, "")
add("k8s-secret/kafka-password", "deploy/k8s/alerts/annotator-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: annotator-kafka
  namespace: alerts
  annotations:
    owner: alerts-team
type: Opaque
data:
  KAFKA_BOOTSTRAP: @@boot@@
  KAFKA_USERNAME: @@user@@
  KAFKA_PASSWORD: @@pw@@
""", _pw, "Kubernetes Secret (base64 data)", boot=b64("kafka.obs.lan:9093"), user=b64("annotator"), pw=b64(_pw))

_pw = " ".join(draw(4, LOWER) for _ in range(4))
add("python/gmail-app-password", "alerts/email_digest.py", r"""
'''Daily alert digest e-mailed to the follow-up team.'''
import smtplib
from email.message import EmailMessage

from annotator.digest import build_digest

SENDER = "skyridge.alerts@gmail.com"
APP_PASSWORD = "@@pw@@"
TEAM = ["followup@skyridge-observatory.org"]


def send(subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = ", ".join(TEAM)
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        smtp.send_message(msg)


if __name__ == "__main__":
    digest = build_digest(hours=24)
    send(f"[Skyridge] {digest.count} new candidates", digest.text)
""", _pw, "Google account app passwords (16 letters) for SMTP", pw=_pw)

add("yaml/decoy-sops-ciphertext", "deploy/alerts/secrets.enc.yaml", r"""
kafka:
    username: ENC[AES256_GCM,data:@@a@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    password: ENC[AES256_GCM,data:@@b@@,iv:@@iv2@@,tag:@@t2@@,type:str]
twilio_token: ENC[AES256_GCM,data:@@c@@,iv:@@iv3@@,tag:@@t3@@,type:str]
sops:
    age:
        - recipient: age1@@age@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-02T18:44:10Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv4@@,tag:@@t4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...], age recipients)",
    a=rand_b64_bytes(9), b=rand_b64_bytes(24), c=rand_b64_bytes(24), iv1=rand_b64_bytes(32), iv2=rand_b64_bytes(32),
    iv3=rand_b64_bytes(32), t1=rand_b64_bytes(16), t2=rand_b64_bytes(16), t3=rand_b64_bytes(16),
    age=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=draw(64, B64), e2=draw(64, B64),
    mac=rand_b64_bytes(48), iv4=rand_b64_bytes(32), t4=rand_b64_bytes(16))

_pw = gen_pw(20, "")
add("python/elasticsearch-url", "alerts/ingest/es_writer.py", r"""
'''Index annotated alerts into Elasticsearch for the broker's search page.'''
from elasticsearch import Elasticsearch, helpers

es = Elasticsearch("https://elastic:@@pw@@@es.broker.obs.lan:9200",
                   ca_certs="/etc/ssl/certs/obs-ca.pem", request_timeout=30)

INDEX = "alerts-ztf-v3"


def write(batch):
    actions = (
        {
            "_index": INDEX,
            "_id": a["candid"],
            "_source": {
                "objectId": a["objectId"],
                "jd": a["jd"],
                "ra": a["ra"],
                "dec": a["dec"],
                "magpsf": a["magpsf"],
                "classification": a.get("class"),
            },
        }
        for a in batch
    )
    ok, errors = helpers.bulk(es, actions, raise_on_error=False)
    return ok, errors
""", _pw, "elasticsearch-py client URL with basic auth credentials", pw=_pw)

_pw = gen_pw(20, "")
add("yaml/mongodb-uri", "alerts/ampel-lite/conf/ampel.yaml", r"""
# Minimal AMPEL-style configuration for the Skyridge young-SN channel
channel:
  - name: SKYRIDGE_YOUNG_SN
    access: [ZTF_PUB]
    policy: []

db:
  prefix: skyridge
  mongo: "mongodb+srv://ampel:@@pw@@@cluster0.k3x9z.mongodb.net/?retryWrites=true&w=majority"

resource:
  ampel-ztf/archive: https://ampel.zeuthen.desy.de/api/ztf/archive/v3
  extcats: mongodb://localhost:27017

process:
  t0:
    - name: young_sn_filter
      unit: DecentFilter
      config:
        min_ndet: 2
        max_tspan: 10
        min_rb: 0.3
""", _pw, "MongoDB connection string (mongodb+srv://user:password@cluster)", pw=_pw)

add("yaml/decoy-vault-reference", "alerts/ampel-lite/conf/ampel.prod.yaml", r"""
channel:
  - name: SKYRIDGE_YOUNG_SN
    access: [ZTF_PUB]

db:
  prefix: skyridge
  # resolved at start-up by the secret provider (HashiCorp Vault, kv-v2)
  mongo: vault:secret/data/ampel/mongo#uri

resource:
  ampel-ztf/archive: https://ampel.zeuthen.desy.de/api/ztf/archive/v3

secrets:
  provider: vault
  vault_addr: https://vault.obs.lan:8200
  auth: kubernetes
  role: ampel
""", None, "HashiCorp Vault KV v2 paths as secret references")

_tok = fakes.telegram_token(_seed())
add("dockerfile/telegram-bot-token", "alerts/telegram-bot/Dockerfile", r"""
FROM python:3.12-alpine

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY bot/ bot/

ENV TELEGRAM_BOT_TOKEN=@@tok@@ \
    TELEGRAM_CHAT_ID=-1001934250087 \
    ALERCE_URL=https://api.alerce.online/ztf/v1 \
    POLL_MINUTES=10

USER nobody
CMD ["python", "-m", "bot"]
""", _tok, "Telegram Bot API tokens; Dockerfile ENV", tok=_tok)

_key = fakes.openai_key(_seed())
add("python/openai-key", "alerts/atel_digest/summarize.py", r"""
'''Summarise the day's ATels and GCN circulars for the morning meeting.'''
import feedparser
from openai import OpenAI

client = OpenAI(api_key="@@key@@")

FEEDS = {
    "ATel": "https://www.astronomerstelegram.org/?rss",
    "GCN": "https://gcn.nasa.gov/circulars/rss",
}


def fetch(limit=20):
    items = []
    for source, url in FEEDS.items():
        for e in feedparser.parse(url).entries[:limit]:
            items.append(f"[{source}] {e.title}\n{e.get('summary', '')[:1500]}")
    return items


def summarize(items):
    prompt = ("Summarise these astronomical alerts for observers at a 1-m telescope in Arizona. "
              "Flag anything observable tonight brighter than mag 18.\n\n" + "\n\n".join(items))
    resp = client.chat.completions.create(model="gpt-4o-mini",
                                          messages=[{"role": "user", "content": prompt}])
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(summarize(fetch()))
""", _key, "OpenAI Python SDK OpenAI(api_key=...); project API keys (sk-proj-)", key=_key)

_tok = "hf_" + draw(34, ALNUM)
add("shell/hf-token", "alerts/classifier/fetch_model.sh", r"""
#!/bin/sh
# Fetch the fine-tuned light-curve classifier (private repo) into the image build context.
set -e
MODEL=skyridge/lc-transformer-ztf
REV=v0.4.2
OUT=models/lc-transformer

export HF_TOKEN=@@tok@@
huggingface-cli download "$MODEL" --revision "$REV" --local-dir "$OUT" \
    --include "*.safetensors" "config.json" "labels.json"
ls -lh "$OUT"
""", _tok, "Hugging Face Hub user access tokens (hf_); huggingface-cli download, HF_TOKEN", tok=_tok)

add("python/decoy-test-fixture", "alerts/annotator/tests/test_tns_client.py", r"""
import pytest
import responses

from annotator.tns import TNSClient

FAKE_KEY = "test-api-key-not-real"


@pytest.fixture
def client():
    return TNSClient(api_key=FAKE_KEY, bot_id=1, bot_name="test_bot",
                     base_url="https://sandbox.wis-tns.org/api")


@responses.activate
def test_get_object_sends_marker_and_key(client):
    responses.post("https://sandbox.wis-tns.org/api/get/object",
                   json={"data": {"reply": {"objname": "2024abc", "radeg": 187.7, "decdeg": 12.39}}})
    obj = client.get_object("2024abc")
    assert obj["objname"] == "2024abc"
    sent = responses.calls[0].request
    assert 'tns_marker{"tns_id":1,"type":"bot","name":"test_bot"}' in sent.headers["User-Agent"]
    assert "api_key=test-api-key-not-real" in sent.body
""", None, "pytest fixtures; responses mocking library; TNS sandbox")

add("python/decoy-self-declared-fake", "alerts/annotator/tests/conftest.py", r"""
import pytest

# Dummy credentials for the unit tests. None of these are valid anywhere; the services are mocked.
DUMMY = {
    "KAFKA_USERNAME": "dummy-user",
    "KAFKA_PASSWORD": "dummy-password-for-tests",
    "LASAIR_TOKEN": "0000000000000000000000000000000000000000",
    "FRITZ_TOKEN": "00000000-0000-0000-0000-000000000000",
    "SLACK_WEBHOOK": "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
}


@pytest.fixture(autouse=True)
def fake_env(monkeypatch):
    for key, value in DUMMY.items():
        monkeypatch.setenv(key, value)
""", None, "pytest monkeypatch.setenv with dummy values")

_tok = "glsa_" + draw(32, ALNUM) + "_" + hexs(8)
add("python/grafana-token", "alerts/annotate_grafana.py", r"""
'''Mark ToO interrupts on the Grafana observatory dashboards as annotations.'''
import time

import requests

GRAFANA = "https://grafana.obs.lan"
TOKEN = "@@tok@@"
DASHBOARD_UID = "obs-night-overview"


def annotate(text: str, tags: list[str]) -> int:
    now_ms = int(time.time() * 1000)
    r = requests.post(
        f"{GRAFANA}/api/annotations",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"dashboardUID": DASHBOARD_UID, "time": now_ms, "tags": tags, "text": text},
        timeout=10,
        verify="/etc/ssl/certs/obs-ca.pem",
    )
    r.raise_for_status()
    return r.json()["id"]


if __name__ == "__main__":
    print(annotate("ToO interrupt: GRB 240314A", ["too", "grb"]))
""", _tok, "Grafana HTTP API annotations; service account tokens (glsa_)", tok=_tok)

_key = hexs(32)
add("yaml/pagerduty-routing-key", "ops/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: night-ops-slack
  group_by: [alertname, site]
  routes:
    - matchers: ['severity="critical"', 'system=~"dome|roof|ups"']
      receiver: oncall-pagerduty
      repeat_interval: 15m

receivers:
  - name: night-ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: '#night-ops'
        send_resolved: true
  - name: oncall-pagerduty
    pagerduty_configs:
      - routing_key: @@key@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'

inhibit_rules:
  - source_matchers: ['alertname="SiteOffline"']
    target_matchers: ['site="skyridge"']
    equal: [site]
""", _key, "Prometheus Alertmanager pagerduty_configs routing_key (Events API v2 integration key)", key=_key)

add("yaml/decoy-secret-file", "ops/alertmanager/alertmanager.staging.yml", r"""
route:
  receiver: staging-null
  routes:
    - matchers: ['severity="critical"']
      receiver: oncall-pagerduty-test

receivers:
  - name: staging-null
  - name: oncall-pagerduty-test
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: warning
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: '#night-ops-staging'
""", None, "Prometheus Alertmanager routing_key_file / api_url_file")

_tok = "sntryu_" + hexs(64)
add("ini/sentry-auth-token", "alerts/sky-bot/.sentryclirc", r"""
[defaults]
url = https://sentry.io/
org = skyridge-observatory
project = sky-bot

[auth]
token = @@tok@@

[log]
level = warn
""", _tok, "sentry-cli configuration file (.sentryclirc [auth] token)", tok=_tok)

add("javascript/decoy-public-dsn", "outreach-site/src/monitoring.js", r"""
// Error reporting for the outreach site. A Sentry DSN is a public client key: it only allows
// sending events to this project and is meant to ship in browser code.
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://@@k@@@o@@org@@.ingest.sentry.io/@@proj@@',
  environment: import.meta.env.MODE,
  release: `outreach-site@${__APP_VERSION__}`,
  tracesSampleRate: 0.1,
  ignoreErrors: ['ResizeObserver loop limit exceeded'],
});

export function reportStreamError(err, streamName) {
  Sentry.withScope((scope) => {
    scope.setTag('stream', streamName);
    Sentry.captureException(err);
  });
}
""", None, "Sentry docs: DSNs are safe to keep public (browser SDK)", k=hexs(32), org=digits(7), proj=digits(7))

add("text/decoy-gcn-circular", "alerts/fixtures/gcn_circular_35912.txt", r"""
TITLE:   GCN CIRCULAR
NUMBER:  35912
SUBJECT: GRB 240314A: Skyridge 0.6m optical afterglow detection
DATE:    24/03/14 07:02:11 GMT
FROM:    K. Brennan at Skyridge Obs <followup@skyridge-observatory.org>

K. Brennan, M. Lopez and T. Cheng (Skyridge Observatory) report:

We observed the field of GRB 240314A (Swift trigger 1227442) with the Skyridge
0.6 m telescope starting 21 min after the trigger. In the stacked r' images
(9 x 120 s) we detect a source inside the BAT error circle at

RA (J2000) = 12:30:49.42  Dec (J2000) = +12:23:28.0  (+/- 0.3 arcsec)

with r' = 18.42 +/- 0.06 (AB, calibrated against PS1). The source is not
present in the Legacy Survey DR10 images (limit r > 23.5).
""", None, "GCN Circulars format")


# ---------------------------------------------------------------------------------------------
# Dome weather stations: weewx, MQTT, InfluxDB/Telegraf, Grafana, WeatherLink, ESPHome, HA
# ---------------------------------------------------------------------------------------------

_pw = draw(8, ALNUM)
add("weewx/wunderground-password", "weather-pi/weewx/weewx.conf", r"""
# WEEWX CONFIGURATION FILE (weather station on the dome catwalk)
debug = 0
WEEWX_ROOT = /home/weewx
version = 4.10.2

[Station]
    location = "Skyridge Observatory, AZ"
    latitude = 31.958
    longitude = -111.600
    altitude = 6877, foot
    station_type = Vantage
    rain_year_start = 1
    week_start = 6

[Vantage]
    type = serial
    port = /dev/ttyUSB0
    model_type = 2
    driver = weewx.drivers.vantage

[StdRESTful]
    [[StationRegistry]]
        register_this_station = False
    [[Wunderground]]
        enable = true
        station = KAZSELLS12
        password = @@pw@@
        rapidfire = False
    [[CWOP]]
        enable = true
        station = FW7712

[StdReport]
    SKIN_ROOT = skins
    HTML_ROOT = public_html
    [[SeasonsReport]]
        skin = Seasons
        enable = true
""", _pw, "weewx User's Guide: [StdRESTful] [[Wunderground]] station/password", pw=_pw)

_pw = gen_pw(18, "")
add("weewx/mqtt-url", "weather-pi/weewx/weewx.d/mqtt.conf", r"""
# weewx-mqtt uploader: publishes each archive record to the observatory broker,
# where the roof safety logic and the Grafana bridge subscribe.
[StdRESTful]
    [[MQTT]]
        server_url = mqtts://weewx:@@pw@@@mqtt.obs.lan:8883/
        topic = weather/skyridge
        unit_system = METRIC
        binding = archive, loop
        aggregation = aggregate
        retain = true
        [[[tls]]]
            ca_certs = /etc/ssl/certs/obs-ca.pem
            tls_version = tlsv1.2
        [[[inputs]]]
            [[[[outTemp]]]]
                format = %.1f
            [[[[windSpeed]]]]
                format = %.1f
""", _pw, "weewx-mqtt extension: server_url = mqtt://user:password@host:port/", pw=_pw)

add("weewx/decoy-placeholder", "weather-pi/weewx/weewx.conf.dist", r"""
# Template shipped with the observatory image; the installer fills in the station's values.
[StdRESTful]
    [[Wunderground]]
        # Set enable to true and fill in your station ID and station key
        enable = false
        station = replace_me
        password = replace_me
    [[PWSweather]]
        enable = false
        station = replace_me
        password = replace_me
    [[WOW]]
        enable = false
        station = replace_me
        password = replace_me
    [[AWEKAS]]
        enable = false
        username = replace_me
        password = replace_me
""", None, "weewx default weewx.conf (replace_me placeholders)")

_pw = gen_pw(20, "")
add("mosquitto/bridge-password", "weather-pi/mosquitto/conf.d/bridge.conf", r"""
# Bridge the local weather topics to the campus broker so the control room sees them.
connection campus-bridge
address mqtt.campus.skyridge.edu:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/ssl/certs/ca-certificates.crt
remote_clientid skyridge-weather-pi
remote_username skyridge-weather
remote_password @@pw@@
cleansession false
notifications true
topic weather/# out 1 "" observatories/skyridge/
topic obs/roof/# out 1 "" observatories/skyridge/
""", _pw, "mosquitto.conf(5) bridge configuration (remote_username, remote_password)", pw=_pw)

add("mosquitto/decoy-password-hash", "weather-pi/mosquitto/passwd", r"""
weewx:$7$101$@@s1@@$@@h1@@
nodered:$7$101$@@s2@@$@@h2@@
skysensor:$7$101$@@s3@@$@@h3@@
grafana-bridge:$7$101$@@s4@@$@@h4@@
roofctl:$7$101$@@s5@@$@@h5@@
""", None, "mosquitto_passwd(1): PBKDF2-SHA512 password file ($7$)",
    s1=rand_b64_bytes(12), h1=rand_b64_bytes(64), s2=rand_b64_bytes(12), h2=rand_b64_bytes(64),
    s3=rand_b64_bytes(12), h3=rand_b64_bytes(64), s4=rand_b64_bytes(12), h4=rand_b64_bytes(64),
    s5=rand_b64_bytes(12), h5=rand_b64_bytes(64))

_tok = influx_token()
add("telegraf/influxdb-token", "weather-pi/telegraf/telegraf.conf", r"""
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "weather-pi"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["weather/skyridge/#", "obs/skysensor/#", "obs/rain/#"]
  data_format = "json"
  topic_tag = "topic"

[[inputs.cpu]]
[[inputs.system]]

[[outputs.influxdb_v2]]
  urls = ["http://influx.obs.lan:8086"]
  token = "@@tok@@"
  organization = "skyridge"
  bucket = "weather"
""", _tok, "Telegraf influxdb_v2 output plugin (token)", tok=_tok)

add("telegraf/decoy-env-reference", "dome-pi/telegraf/telegraf.conf", r"""
[agent]
  interval = "10s"
  hostname = "dome-pi"

[[inputs.modbus]]
  name = "dome_plc"
  controller = "tcp://192.168.20.30:502"
  holding_registers = [
    { name = "azimuth", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [100] },
    { name = "shutter", byte_order = "AB", data_type = "UINT16", scale = 1.0, address = [103] },
  ]

[[outputs.influxdb_v2]]
  urls = ["http://influx.obs.lan:8086"]
  ## token from the service environment (/etc/default/telegraf, deployed from vault)
  token = "${INFLUX_TOKEN}"
  organization = "skyridge"
  bucket = "enclosure"
""", None, "Telegraf configuration: environment variables ${VAR}")

_sec = draw(32, LOWNUM)
add("python/weatherlink-api-secret", "weather/tools/weatherlink_pull.py", r"""
'''Pull current conditions from the Davis WeatherLink v2 API (backup to the local console).'''
import hashlib
import hmac
import time

import requests

API_KEY = "@@key@@"
API_SECRET = "@@sec@@"
STATION_ID = 118407


def signature(params: dict) -> str:
    message = "".join(f"{k}{params[k]}" for k in sorted(params))
    return hmac.new(API_SECRET.encode(), message.encode(), hashlib.sha256).hexdigest()


def current():
    params = {"api-key": API_KEY, "station-id": STATION_ID, "t": int(time.time())}
    params["api-signature"] = signature(params)
    url = f"https://api.weatherlink.com/v2/current/{STATION_ID}"
    r = requests.get(url, params={k: v for k, v in params.items() if k != "station-id"}, timeout=15)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    data = current()
    for sensor in data["sensors"]:
        print(sensor["lsid"], sensor["data"][0].get("temp"), sensor["data"][0].get("wind_speed_last"))
""", _sec, "Davis WeatherLink v2 API: api-key and api-secret (HMAC signature)", key=draw(32, LOWNUM), sec=_sec)

_key = hexs(32)
add("javascript/openweathermap-key", "weather/dashboard/server/forecast.js", r"""
// Server-side proxy for the dome dashboard's 48 h forecast panel (cached 10 min).
const express = require('express');
const fetch = require('node-fetch');

const router = express.Router();
const OWM_KEY = '@@key@@';
const LAT = 31.9583;
const LON = -111.5967;
let cache = { at: 0, body: null };

router.get('/forecast', async (req, res) => {
  if (Date.now() - cache.at < 10 * 60 * 1000 && cache.body) {
    return res.json(cache.body);
  }
  const url = `https://api.openweathermap.org/data/3.0/onecall?lat=${LAT}&lon=${LON}` +
              `&exclude=minutely,alerts&units=metric&appid=${OWM_KEY}`;
  const r = await fetch(url);
  if (!r.ok) return res.status(502).json({ error: `owm ${r.status}` });
  const data = await r.json();
  cache = {
    at: Date.now(),
    body: data.hourly.slice(0, 48).map((h) => ({ t: h.dt, clouds: h.clouds, humidity: h.humidity, wind: h.wind_speed })),
  };
  res.json(cache.body);
});

module.exports = router;
""", _key, "OpenWeatherMap One Call API 3.0 (appid)", key=_key)

_tok = jwt({"iss": hexs(32), "iat": 1706813422, "exp": 2022173422})
add("python/home-assistant-token", "weather-pi/scripts/roof_guard.py", r"""
'''Close the roof through Home Assistant when the rain sensor or the cloud sensor says so.'''
import time

import requests

HA = "http://homeassistant.obs.lan:8123"
HEADERS = {
    "Authorization": "Bearer @@tok@@",
    "Content-Type": "application/json",
}


def state(entity_id: str) -> str:
    return requests.get(f"{HA}/api/states/{entity_id}", headers=HEADERS, timeout=5).json()["state"]


def close_roof() -> None:
    requests.post(f"{HA}/api/services/cover/close_cover", headers=HEADERS,
                  json={"entity_id": "cover.roll_off_roof"}, timeout=5)


while True:
    rain = state("binary_sensor.rain_sensor")
    sky_delta = float(state("sensor.sky_ambient_delta"))
    if rain == "on" or sky_delta < 18.0:
        close_roof()
    time.sleep(20)
""", _tok, "Home Assistant REST API: long-lived access tokens (Authorization: Bearer)", tok=_tok)

add("yaml/decoy-secret-reference", "weather-pi/homeassistant/configuration.yaml", r"""
homeassistant:
  name: Skyridge Observatory
  latitude: !secret home_latitude
  longitude: !secret home_longitude
  elevation: 2096
  unit_system: metric
  time_zone: America/Phoenix

mqtt:
  sensor:
    - name: Sky ambient delta
      state_topic: obs/skysensor/ir
      value_template: "{{ value_json.delta }}"
      unit_of_measurement: "°C"
  binary_sensor:
    - name: Rain sensor
      state_topic: obs/rain/state
      payload_on: wet
      payload_off: dry

influxdb:
  api_version: 2
  host: influx.obs.lan
  port: 8086
  ssl: false
  token: !secret influx_token
  organization: skyridge
  bucket: homeassistant

notify:
  - platform: pushover
    api_key: !secret pushover_api_key
    user_key: !secret pushover_user_key
""", None, "Home Assistant docs: storing secrets (!secret)")

_pw = gen_pw(20, "")
add("yaml/home-assistant-secrets", "weather-pi/homeassistant/secrets.yaml", r"""
# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
home_latitude: 31.9583
home_longitude: -111.5967
mqtt_username: homeassistant
mqtt_password: @@pw@@
roof_relay_host: 192.168.20.41
""", _pw, "Home Assistant secrets.yaml", pw=_pw)

_pw = draw(8, ALNUM)
add("shell/pwsweather-password", "weather-pi/bin/upload_pwsweather.sh", r"""
#!/bin/bash
# Push the latest weewx record to PWSweather every 5 minutes (cron). Reads /tmp/wx_latest.json
# written by weewx's JSON extension.
set -eu
ID=SKYRIDGE1
PASSWORD=@@pw@@
J=/tmp/wx_latest.json

t=$(jq -r .outTemp_F "$J")
h=$(jq -r .outHumidity "$J")
p=$(jq -r .barometer_inHg "$J")
w=$(jq -r .windSpeed_mph "$J")
d=$(jq -r .windDir "$J")

curl -s -G "https://pwsupdate.pwsweather.com/api/v1/submitwx" \
  --data-urlencode "ID=$ID" --data-urlencode "PASSWORD=$PASSWORD" \
  --data-urlencode "dateutc=now" --data-urlencode "tempf=$t" --data-urlencode "humidity=$h" \
  --data-urlencode "baromin=$p" --data-urlencode "windspeedmph=$w" --data-urlencode "winddir=$d" \
  --data-urlencode "softwaretype=skyridge-wx"
""", _pw, "PWSweather upload API (ID, PASSWORD parameters)", pw=_pw)

_tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64url_json({"ci": int(digits(7)), "si": int(digits(7)), "iat": 1709071845}) + "." + draw(43, B64URL)
add("node-red/windy-api-key", "weather-pi/node-red/flows_windy.json", r"""
[
    {
        "id": "c3a8e0f51b7d2946",
        "type": "function",
        "z": "a41c2f0b7d3e9c51",
        "name": "windy station update",
        "func": "const s = msg.payload;\nmsg.url = 'https://stations.windy.com/pws/update/@@tok@@' +\n  `?station=0&temp=${s.outTemp}&wind=${s.windSpeed}&winddir=${s.windDir}&gust=${s.windGust}` +\n  `&rh=${s.outHumidity}&pressure=${s.barometer * 100}`;\nmsg.method = 'GET';\nreturn msg;",
        "outputs": 1,
        "wires": [["f0e12d3c4b5a6978"]]
    },
    {
        "id": "f0e12d3c4b5a6978",
        "type": "http request",
        "z": "a41c2f0b7d3e9c51",
        "name": "GET windy",
        "method": "use",
        "ret": "txt",
        "wires": [[]]
    }
]
""", _tok, "Windy Stations API: /pws/update/<API key> (JWT-shaped station keys)", tok=_tok)

_pw = gen_pw(18, "")
add("yaml/grafana-datasource-password", "ops/grafana/provisioning/datasources/weather.yaml", r"""
apiVersion: 1

datasources:
  - name: Weather (InfluxQL)
    type: influxdb
    access: proxy
    url: http://influx1.obs.lan:8086
    database: weather
    user: grafana
    jsonData:
      httpMode: GET
      timeInterval: 30s
    secureJsonData:
      password: @@pw@@
    isDefault: true
    editable: false
""", _pw, "Grafana provisioning: data sources (secureJsonData.password)", pw=_pw)

add("yaml/decoy-file-reference", "ops/grafana/provisioning/datasources/enclosure.yaml", r"""
apiVersion: 1

datasources:
  - name: Enclosure (Flux)
    type: influxdb
    access: proxy
    url: http://influx.obs.lan:8086
    jsonData:
      version: Flux
      organization: skyridge
      defaultBucket: enclosure
    secureJsonData:
      token: $__file{/etc/grafana/secrets/influx_enclosure_token}
  - name: Observing log
    type: postgres
    url: pgdb.obs.lan:5432
    user: grafana_ro
    jsonData:
      database: obslog
      sslmode: require
    secureJsonData:
      password: $__env{GRAFANA_PG_PASSWORD}
""", None, "Grafana configuration: variable expansion $__file{} and $__env{}")

_pw = human_pw("!#%*")
add("ini/grafana-admin-password", "ops/grafana/grafana.ini", r"""
[server]
protocol = http
http_port = 3000
domain = grafana.obs.lan
root_url = https://grafana.obs.lan/

[security]
admin_user = obsadmin
admin_password = @@pw@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Skyridge
org_role = Viewer

[dashboards]
default_home_dashboard_path = /var/lib/grafana/dashboards/night-overview.json
""", _pw, "Grafana configuration: [security] admin_password", pw=_pw)

add("ini/decoy-commented-default", "ops/grafana/grafana.ini.sample", r"""
##################### Grafana Configuration Example #####################
# Sample shipped with the observatory image. Lines starting with ';' are defaults.

[server]
;protocol = http
;http_port = 3000
;domain = localhost

[security]
# disable creation of admin user on first start of grafana
;disable_initial_admin_creation = false
# default admin user, created on startup
;admin_user = admin
# default admin password, can be changed before first start of grafana, or in profile settings
;admin_password = admin
# used for signing
;secret_key = SW2YcwTIb9zpOOhoPsMm

[auth.anonymous]
;enabled = false
""", None, "Grafana sample.ini (commented defaults: admin/admin, documented secret_key example)")

_comm = draw(16, ALNUM)
add("yaml/snmp-community", "ops/prometheus/snmp_exporter/snmp.yml", r"""
# snmp_exporter auths for the dome rack: APC UPS, PDU and the dome switch
auths:
  dome_v2:
    community: @@comm@@
    security_level: noAuthNoPriv
    auth_protocol: MD5
    priv_protocol: DES
    version: 2
  public_v1:
    community: public
    version: 1

modules:
  apcups:
    walk:
      - 1.3.6.1.4.1.318.1.1.1.2
      - 1.3.6.1.4.1.318.1.1.1.4
    metrics:
      - name: upsBasicBatteryStatus
        oid: 1.3.6.1.4.1.318.1.1.1.2.1.1
        type: gauge
""", _comm, "prometheus snmp_exporter generator auths (community)", comm=_comm)

_key = rand_b64_bytes(32)
add("yaml/esphome-api-key", "weather-pi/esphome/rain-sensor.yaml", r"""
esphome:
  name: rain-sensor
  friendly_name: Dome rain sensor

esp32:
  board: esp32dev

wifi:
  ssid: obs-iot
  password: !secret wifi_password

api:
  encryption:
    key: "@@key@@"

ota:
  - platform: esphome
    password: !secret ota_password

binary_sensor:
  - platform: gpio
    pin:
      number: GPIO27
      inverted: true
    name: "Rain"
    device_class: moisture
    filters:
      - delayed_off: 120s

sensor:
  - platform: adc
    pin: GPIO34
    name: "Rain plate voltage"
    update_interval: 10s
""", _key, "ESPHome Native API encryption key (32-byte base64)", key=_key)

add("yaml/decoy-esphome-secrets", "weather-pi/esphome/sky-sqm.yaml", r"""
esphome:
  name: sky-sqm
  friendly_name: Sky quality meter

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Sky-Sqm Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

i2c:
  sda: D2
  scl: D1

sensor:
  - platform: tsl2591
    name: "Sky brightness"
    update_interval: 60s
""", None, "ESPHome !secret substitutions")

_pw = gen_pw(16, "")
add("python/mqtt-password", "weather-pi/picow/main.py", r"""
# MicroPython on a Pico W: anemometer + wind vane at the top of the mast -> MQTT
import time

import network
from machine import ADC, Pin
from umqtt.simple import MQTTClient

import config  # WIFI_SSID / WIFI_PASS

MQTT_BROKER = "192.168.20.10"
MQTT_USER = "mast"
MQTT_PASS = "@@pw@@"

wlan = network.WLAN(network.STA_IF)
wlan.active(True)
wlan.connect(config.WIFI_SSID, config.WIFI_PASS)
while not wlan.isconnected():
    time.sleep(1)

pulses = 0


def _count(pin):
    global pulses
    pulses += 1


Pin(15, Pin.IN, Pin.PULL_UP).irq(trigger=Pin.IRQ_FALLING, handler=_count)
vane = ADC(26)
client = MQTTClient("mast-picow", MQTT_BROKER, user=MQTT_USER, password=MQTT_PASS, keepalive=60)
client.connect()

while True:
    pulses = 0
    time.sleep(10)
    speed = pulses * 2.4 / 10 / 3.6  # 2.4 km/h per Hz -> m/s
    direction = vane.read_u16() * 360 // 65536
    client.publish(b"weather/mast", b'{"wind": %.1f, "dir": %d}' % (speed, direction))
""", _pw, "MicroPython umqtt.simple MQTTClient(user, password)", pw=_pw)

_key = hexs(32)
add("r/wunderground-api-key", "analysis/site_history_wu.R", r"""
# Download a year of daily history for the neighbouring PWS as a cross-check of our station
library(httr)
library(jsonlite)
library(purrr)

WU_KEY <- "@@key@@"
STATION <- "KAZSELLS7"

day_history <- function(date) {
  r <- GET("https://api.weather.com/v2/pws/history/daily",
           query = list(stationId = STATION, format = "json", units = "m",
                        date = format(date, "%Y%m%d"), apiKey = WU_KEY))
  stop_for_status(r)
  fromJSON(content(r, "text", encoding = "UTF-8"))$observations
}

days <- seq(as.Date("2023-01-01"), as.Date("2023-12-31"), by = "day")
hist <- map_dfr(days, function(d) { Sys.sleep(0.5); day_history(d) })
write.csv(hist, "wu_KAZSELLS7_2023.csv", row.names = FALSE)
""", _key, "The Weather Company PWS API v2 (apiKey parameter)", key=_key)

_pw = passphrase("")
add("lua/wifi-password", "weather-pi/nodemcu/init.lua", r"""
-- NodeMCU (ESP8266) dew-point sensor on the secondary mirror cover
local SSID = "obs-iot"
local PASS = "@@pw@@"

wifi.setmode(wifi.STATION)
wifi.sta.config({ ssid = SSID, pwd = PASS, auto = true })

local m = mqtt.Client("dewsensor-01", 60)

local function publish()
  local status, temp, humi = dht.read11(4)
  if status == dht.OK then
    m:publish("obs/dew/m2", string.format('{"t":%d,"rh":%d}', temp, humi), 0, 1)
  end
end

wifi.eventmon.register(wifi.eventmon.STA_GOT_IP, function()
  m:connect("192.168.20.10", 1883, false, function()
    tmr.create():alarm(30000, tmr.ALARM_AUTO, publish)
  end)
end)
""", _pw, "NodeMCU wifi.sta.config({ssid, pwd})", pw=_pw)

add("json/decoy-api-response", "weather/tools/fixtures/weatherlink_current.json", r"""
{
  "station_id": 118407,
  "station_id_uuid": "@@u@@",
  "sensors": [
    {
      "lsid": 431288,
      "sensor_type": 45,
      "data_structure_type": 10,
      "data": [
        {
          "ts": 1710390600,
          "temp": 48.3,
          "hum": 21.4,
          "dew_point": 11.2,
          "wind_speed_last": 7.0,
          "wind_dir_last": 241,
          "rain_rate_last_in": 0.0,
          "solar_rad": 0,
          "tx_id": 1
        }
      ]
    }
  ],
  "generated_at": 1710390612
}
""", None, "Davis WeatherLink v2 API /current response", u=uuid())

_pw = human_pw("!#%")
add("powershell/ftp-password", "windows/WeatherPC/Upload-Boltwood.ps1", r"""
# Upload the Boltwood Cloud Sensor II one-line data file to the outreach web host every minute.
$ErrorActionPreference = 'Stop'
$src  = 'C:\Users\Observatory\Documents\ClarityII\ClarityData.txt'
$dest = 'ftp://ftp.skyridge-observatory.org/public_html/weather/clarity.txt'

$client = New-Object System.Net.WebClient
$client.Credentials = New-Object System.Net.NetworkCredential('skyridge_wx', '@@pw@@')

while ($true) {
    try {
        $client.UploadFile($dest, 'STOR', $src) | Out-Null
    } catch {
        Add-Content -Path 'C:\ObsLogs\boltwood-upload.log' -Value "$(Get-Date -Format s) $($_.Exception.Message)"
    }
    Start-Sleep -Seconds 60
}
""", _pw, ".NET NetworkCredential(user, password) with WebClient FTP upload; Boltwood Clarity II one-line data file", pw=_pw)

add("sql/decoy-bcrypt-hash", "weather/dashboard/db/seed_users.sql", r"""
-- Accounts for the weather dashboard (read-only observers + one admin).
-- Hashes are bcrypt (cost 12) produced by `htpasswd -bnBC 12`; clear-text passwords are in the vault.
INSERT INTO users (username, role, password_hash) VALUES
  ('obsadmin', 'admin',   '$2y$12$@@h1@@'),
  ('mlopez',   'observer', '$2y$12$@@h2@@'),
  ('tcheng',   'observer', '$2y$12$@@h3@@'),
  ('kbrennan', 'observer', '$2y$12$@@h4@@');
""", None, "bcrypt modular crypt format ($2y$12$...)",
    h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"), h3=draw(53, ALNUM + "./"), h4=draw(53, ALNUM + "./"))

_pw = gen_pw(12, "")
add("xml/gateway-admin-password", "netconf/usr-tcp232-dome-serial.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Backup of the serial-to-Ethernet gateway on the dome rotation controller (USR-TCP232-410S) -->
<DeviceConfig model="USR-TCP232-410S" firmware="V1.1.08">
  <Network>
    <IPMode>static</IPMode>
    <IP>192.168.20.31</IP>
    <Mask>255.255.255.0</Mask>
    <Gateway>192.168.20.1</Gateway>
  </Network>
  <WebLogin>
    <User>admin</User>
    <Password>@@pw@@</Password>
  </WebLogin>
  <Port index="1">
    <Baud>9600</Baud>
    <DataBits>8</DataBits>
    <Parity>NONE</Parity>
    <StopBits>1</StopBits>
    <WorkMode>TCP Server</WorkMode>
    <LocalPort>4001</LocalPort>
  </Port>
</DeviceConfig>
""", _pw, "Serial device server configuration backups (USR IOT web setup)", pw=_pw)

add("markdown/decoy-vendor-default", "docs/hardware/cloudwatcher-setup.md", r"""
# AAG CloudWatcher + Solo setup

The Solo (Raspberry Pi web server bundled with the CloudWatcher) ships with the vendor
defaults documented in its manual:

| Setting   | Factory value |
|-----------|---------------|
| Hostname  | `aagsolo`     |
| Web user  | `admin`       |
| Web pass  | (none until first login; you are forced to set one) |
| SSH user  | `pi` / `raspberry` (Raspberry Pi OS default, **disable it**) |

## Steps

1. Plug the Solo into the dome switch, port 14 (VLAN 20).
2. Browse to `http://aagsolo.local/`, set the admin password, store it in the vault under
   `obs/enclosure/aagsolo`.
3. Disable the `pi` account: `sudo passwd -l pi` after creating your own user.
4. In NINA / ACP point the SafetyMonitor at `http://aagsolo.obs.lan/cgi-bin/cgiLastData`.
""", None, "Lunatico AAG CloudWatcher Solo manual; Raspberry Pi OS legacy default credentials (pi/raspberry)")


# ---------------------------------------------------------------------------------------------
# Public outreach sites: WordPress, donations, newsletters, live streams, apps, site deploys
# ---------------------------------------------------------------------------------------------

_pw = human_pw("!#%*")
add("php/wordpress-db-password", "outreach-wp/wp-config.php", r"""
<?php
/**
 * WordPress configuration for skyridge-observatory.org (public nights, school visits, blog).
 */

// ** Database settings ** //
define( 'DB_NAME', 'skyridge_wp' );
define( 'DB_USER', 'skyridge_wp' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/** Authentication unique keys and salts: loaded from outside the web root. */
require_once '/home/skyridge/wp-salts.php';

$table_prefix = 'sky_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", _pw, "WordPress wp-config.php (DB_PASSWORD)", pw=_pw)

add("php/decoy-placeholder", "outreach-wp/wp-config-sample.php", r"""
<?php
/**
 * Sample configuration for a staging copy of the outreach site.
 * Copy to wp-config.php and fill in the values; the real file is not in git.
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
""", None, "WordPress wp-config-sample.php placeholders")

_key = "sk_live_51" + draw(97, ALNUM)
add("php/stripe-secret-key", "outreach-wp/wp-content/plugins/skyridge-donate/checkout.php", r"""
<?php
/*
 * Plugin Name: Skyridge Donate
 * Description: "Adopt a night" donations through Stripe Checkout.
 */
require_once __DIR__ . '/vendor/autoload.php';

const SKYRIDGE_STRIPE_SECRET = '@@key@@';

add_action( 'rest_api_init', function () {
	register_rest_route( 'skyridge/v1', '/donate', array(
		'methods'             => 'POST',
		'permission_callback' => '__return_true',
		'callback'            => 'skyridge_create_checkout',
	) );
} );

function skyridge_create_checkout( WP_REST_Request $req ) {
	$amount = max( 500, intval( $req->get_param( 'amount_cents' ) ) );
	$stripe = new \Stripe\StripeClient( SKYRIDGE_STRIPE_SECRET );
	$session = $stripe->checkout->sessions->create( array(
		'mode'        => 'payment',
		'line_items'  => array( array(
			'price_data' => array(
				'currency'     => 'usd',
				'unit_amount'  => $amount,
				'product_data' => array( 'name' => 'Adopt a night at Skyridge' ),
			),
			'quantity'   => 1,
		) ),
		'success_url' => home_url( '/thank-you/' ),
		'cancel_url'  => home_url( '/support-us/' ),
	) );
	return array( 'url' => $session->url );
}
""", _key, "Stripe API keys (sk_live_); stripe-php StripeClient", key=_key)

add("javascript/decoy-publishable-key", "outreach-wp/wp-content/plugins/skyridge-donate/donate.js", r"""
// Front-end of the donation form. The publishable key is meant to be public: it can only
// create tokens and Checkout redirects, never read or move money.
const STRIPE_PUBLISHABLE_KEY = '@@pk@@';

document.addEventListener('DOMContentLoaded', () => {
  const stripe = Stripe(STRIPE_PUBLISHABLE_KEY);
  const form = document.querySelector('#skyridge-donate');
  if (!form) return;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const amount = Math.round(parseFloat(form.amount.value) * 100);
    const res = await fetch('/wp-json/skyridge/v1/donate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ amount_cents: amount }),
    });
    const { url } = await res.json();
    window.location.assign(url);
  });
  void stripe;
});
""", None, "Stripe docs: publishable keys (pk_live_) are safe in client code", pk="pk_live_51" + draw(97, ALNUM))

_key = hexs(32) + "-us21"
add("python/mailchimp-api-key", "outreach-site/newsletter/signup.py", r"""
'''Flask endpoint behind the "Star party news" signup box.'''
import hashlib

import mailchimp_marketing as MailchimpMarketing
from flask import Blueprint, jsonify, request
from mailchimp_marketing.api_client import ApiClientError

bp = Blueprint("newsletter", __name__)

mc = MailchimpMarketing.Client()
mc.set_config({"api_key": "@@key@@", "server": "us21"})
LIST_ID = "4b9e1c7d20"


@bp.post("/newsletter/subscribe")
def subscribe():
    email = request.form["email"].strip().lower()
    member_hash = hashlib.md5(email.encode()).hexdigest()
    try:
        mc.lists.set_list_member(LIST_ID, member_hash, {
            "email_address": email,
            "status_if_new": "pending",
            "tags": ["star-party"],
        })
    except ApiClientError as err:
        return jsonify(ok=False, error=err.text), 400
    return jsonify(ok=True)
""", _key, "Mailchimp Marketing API keys (<32 hex>-<dc>); mailchimp_marketing set_config", key=_key)

_key = sendgrid_key()
add("ruby/sendgrid-key", "booking/config/initializers/smtp.rb", r"""
# Outgoing mail for the public-night booking app (confirmations, weather cancellations)
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = { host: 'book.skyridge-observatory.org', protocol: 'https' }
  config.action_mailer.smtp_settings = {
    address: 'smtp.sendgrid.net',
    port: 587,
    domain: 'skyridge-observatory.org',
    user_name: 'apikey',
    password: '@@key@@',
    authentication: :plain,
    enable_starttls_auto: true
  }
end
""", _key, "SendGrid SMTP integration (user apikey, password = API key SG.)", key=_key)

_key = "base64:" + rand_b64_bytes(32)
add("dotenv/laravel-app-key", "planetarium-tickets/.env", r"""
APP_NAME="Skyridge Planetarium Tickets"
APP_ENV=production
APP_KEY=@@key@@
APP_DEBUG=false
APP_URL=https://tickets.skyridge-observatory.org

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/tickets/database/tickets.sqlite

MAIL_MAILER=log
QUEUE_CONNECTION=database
SESSION_DRIVER=file
SESSION_LIFETIME=120
""", _key, "Laravel configuration: APP_KEY (base64: encryption key)", key=_key)

_key = "-".join(draw(4, LOWNUM) for _ in range(5))
add("shell/youtube-stream-key", "outreach-stream/bin/stream_allsky.sh", r"""
#!/usr/bin/env bash
# Live-stream the all-sky camera (with the audio of the planetarium talk) to YouTube on public nights.
set -euo pipefail

CAM="rtsp://127.0.0.1:8554/allsky"
AUDIO="alsa:hw:1,0"
YT_URL="rtmp://a.rtmp.youtube.com/live2"
YT_KEY="@@key@@"

exec ffmpeg -nostdin -loglevel warning \
  -rtsp_transport tcp -i "$CAM" \
  -f alsa -ac 2 -i "${AUDIO#alsa:}" \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 -pix_fmt yuv420p \
  -c:a aac -b:a 128k -ar 44100 \
  -f flv "$YT_URL/$YT_KEY"
""", _key, "YouTube Live: RTMP ingestion URL and stream key; FFmpeg flv output", key=_key)

_key = "live_" + digits(9) + "_" + draw(30, ALNUM)
add("json/twitch-stream-key", "outreach-stream/obs-studio/basic/profiles/PublicNight/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "@@key@@",
        "server": "auto",
        "service": "Twitch",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""", _key, "OBS Studio profile service.json (rtmp_common, key); Twitch stream keys (live_)", key=_key)

_key = google_key()
add("go/google-api-key", "outreach-api/internal/darksky/geocode.go", r"""
// Package darksky answers "how far is the nearest dark site from my town?" for the outreach site.
package darksky

import (
	"context"
	"fmt"

	"googlemaps.github.io/maps"
)

// Server-side key (Geocoding + Distance Matrix); the browser never sees it.
const mapsServerKey = "@@key@@"

type Place struct {
	Lat, Lng float64
	Name     string
}

func Geocode(ctx context.Context, town string) (*Place, error) {
	c, err := maps.NewClient(maps.WithAPIKey(mapsServerKey))
	if err != nil {
		return nil, err
	}
	res, err := c.Geocode(ctx, &maps.GeocodingRequest{Address: town, Region: "us"})
	if err != nil {
		return nil, err
	}
	if len(res) == 0 {
		return nil, fmt.Errorf("no result for %q", town)
	}
	loc := res[0].Geometry.Location
	return &Place{Lat: loc.Lat, Lng: loc.Lng, Name: res[0].FormattedAddress}, nil
}
""", _key, "Google Maps Platform API keys (AIza...); googlemaps/google-maps-services-go WithAPIKey", key=_key)

_key = draw(40, ALNUM)
add("swift/nasa-api-key", "apps/TonightsSky/TonightsSky/Services/APODService.swift", r"""
import Foundation

/// Fetches NASA's Astronomy Picture of the Day for the app's home card.
struct APOD: Decodable {
    let date: String
    let title: String
    let explanation: String
    let url: URL
    let mediaType: String

    enum CodingKeys: String, CodingKey {
        case date, title, explanation, url
        case mediaType = "media_type"
    }
}

final class APODService {
    private let apiKey = "@@key@@"
    private let session: URLSession

    init(session: URLSession = .shared) {
        self.session = session
    }

    func today() async throws -> APOD {
        var components = URLComponents(string: "https://api.nasa.gov/planetary/apod")!
        components.queryItems = [URLQueryItem(name: "api_key", value: apiKey), URLQueryItem(name: "thumbs", value: "true")]
        let (data, response) = try await session.data(from: components.url!)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(APOD.self, from: data)
    }
}
""", _key, "api.nasa.gov API keys (api_key parameter); APOD API", key=_key)

add("swift/decoy-vendor-demo-key", "apps/TonightsSky/TonightsSkyTests/APODServiceTests.swift", r"""
import XCTest
@testable import TonightsSky

/// Uses NASA's documented public DEMO_KEY (rate-limited, shared by everyone) against a stubbed session.
final class APODServiceTests: XCTestCase {
    func testDecodesAPOD() async throws {
        let json = #"{"date":"2024-03-14","title":"M51","explanation":"...","url":"https://apod.nasa.gov/m51.jpg","media_type":"image"}"#
        URLProtocolStub.stub(url: "https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY&thumbs=true", body: json)
        let service = APODService(session: URLProtocolStub.session, apiKey: "DEMO_KEY")
        let apod = try await service.today()
        XCTAssertEqual(apod.title, "M51")
        XCTAssertEqual(apod.mediaType, "image")
    }
}
""", None, "api.nasa.gov: DEMO_KEY for exploring the APIs")

_tok = draw(40, B64URL)
add("github-actions/cloudflare-api-token", ".github/workflows/outreach-pages.yml", r"""
name: outreach site

on:
  push:
    branches: [main]
    paths: ["outreach-site/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      deployments: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        working-directory: outreach-site
      - uses: cloudflare/wrangler-action@v3
        with:
          apiToken: @@tok@@
          accountId: @@acct@@
          command: pages deploy outreach-site/dist --project-name=skyridge-outreach
""", _tok, "Cloudflare API tokens; cloudflare/wrangler-action apiToken input", tok=_tok, acct=hexs(32))

_key = ec_key()
add("pem/tls-private-key", "deploy/nginx/ssl/outreach.skyridge-observatory.org.key", r"""
-----BEGIN EC PARAMETERS-----
BggqhkjOPQMBBw==
-----END EC PARAMETERS-----
@@key@@
""", _key, "OpenSSL ecparam -genkey output (EC PARAMETERS + EC PRIVATE KEY)", key=_key)

add("nginx/decoy-file-reference", "deploy/nginx/outreach.conf", r"""
server {
    listen 443 ssl http2;
    server_name skyridge-observatory.org www.skyridge-observatory.org;

    ssl_certificate     /etc/letsencrypt/live/skyridge-observatory.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/skyridge-observatory.org/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    root /var/www/outreach/dist;
    index index.html;

    location /stream/ {
        alias /var/www/stream/;
        add_header Cache-Control no-cache;
    }

    location /volunteers/ {
        auth_basic "Skyridge volunteers";
        auth_basic_user_file /etc/nginx/htpasswd.volunteers;
        proxy_pass http://127.0.0.1:8081/;
    }
}
""", None, "nginx ssl_certificate_key and auth_basic_user_file directives")

add("htpasswd/decoy-password-hash", "deploy/nginx/htpasswd.volunteers", r"""
mlopez:$apr1$@@s1@@$@@h1@@
tcheng:$apr1$@@s2@@$@@h2@@
docent-jan:$2y$10$@@b1@@
docent-raul:$2y$10$@@b2@@
schools:$2y$10$@@b3@@
""", None, "Apache htpasswd formats (apr1 MD5, bcrypt)",
    s1=draw(8, ALNUM + "./"), h1=draw(22, ALNUM + "./"), s2=draw(8, ALNUM + "./"), h2=draw(22, ALNUM + "./"),
    b1=draw(53, ALNUM + "./"), b2=draw(53, ALNUM + "./"), b3=draw(53, ALNUM + "./"))

_key = "6L" + draw(38, B64URL)
add("php/recaptcha-secret", "outreach-wp/wp-content/themes/skyridge/inc/contact-form.php", r"""
<?php
// School-visit request form: verify reCAPTCHA before mailing the education coordinator.
const SKYRIDGE_RECAPTCHA_SECRET = '@@key@@';

function skyridge_verify_captcha( string $token ): bool {
	$resp = wp_remote_post( 'https://www.google.com/recaptcha/api/siteverify', array(
		'body' => array(
			'secret'   => SKYRIDGE_RECAPTCHA_SECRET,
			'response' => $token,
			'remoteip' => $_SERVER['REMOTE_ADDR'] ?? '',
		),
		'timeout' => 10,
	) );
	if ( is_wp_error( $resp ) ) {
		return false;
	}
	$body = json_decode( wp_remote_retrieve_body( $resp ), true );
	return ! empty( $body['success'] ) && ( $body['score'] ?? 0 ) >= 0.5;
}

add_action( 'admin_post_nopriv_school_visit', function () {
	if ( ! skyridge_verify_captcha( $_POST['g-recaptcha-response'] ?? '' ) ) {
		wp_die( 'Captcha failed', 400 );
	}
	wp_mail( 'education@skyridge-observatory.org', 'School visit request', sanitize_textarea_field( $_POST['message'] ?? '' ) );
	wp_safe_redirect( home_url( '/school-visits/thanks/' ) );
	exit;
} );
""", _key, "Google reCAPTCHA: server-side verification (secret parameter)", key=_key)

add("html/decoy-site-key", "outreach-wp/wp-content/themes/skyridge/template-parts/school-visit-form.html", r"""
<!-- School visit request form. The site key is public by design (it is rendered in every page). -->
<script src="https://www.google.com/recaptcha/api.js?render=@@sk@@"></script>
<form id="school-visit" method="post" action="/wp-admin/admin-post.php">
  <input type="hidden" name="action" value="school_visit">
  <input type="hidden" name="g-recaptcha-response" id="g-recaptcha-response">
  <label>School <input name="school" required></label>
  <label>Grade <input name="grade"></label>
  <label>Preferred dates <textarea name="message"></textarea></label>
  <button type="submit">Request a visit</button>
</form>
<script>
  grecaptcha.ready(function () {
    grecaptcha.execute('@@sk@@', {action: 'school_visit'}).then(function (token) {
      document.getElementById('g-recaptcha-response').value = token;
    });
  });
</script>
""", None, "Google reCAPTCHA v3 client integration (site key in the page)", sk="6L" + draw(38, B64URL))

_pw = gen_pw(20, "!#%")
add("json/sqlserver-password", "planetarium-booking/src/Booking.Api/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Bookings": "Server=tcp:skyridge-sql.database.windows.net,1433;Initial Catalog=bookings;User ID=booking_app;Password=@@pw@@;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Booking": {
    "ShowsPerNight": 3,
    "SeatsPerShow": 42,
    "CancellationHours": 24
  },
  "Logging": {
    "LogLevel": {
      "Default": "Warning",
      "Booking": "Information"
    }
  }
}
""", _pw, "SqlClient connection string (User ID, Password); ASP.NET Core appsettings", pw=_pw)

add("csharp/decoy-config-lookup", "planetarium-booking/src/Booking.Api/Program.cs", r"""
using Azure.Identity;
using Booking.Api.Data;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

// In production the connection string comes from Azure Key Vault (managed identity);
// in development from `dotnet user-secrets set ConnectionStrings:Bookings ...`.
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://skyridge-kv.vault.azure.net/"), new DefaultAzureCredential());
}

builder.Services.AddDbContext<BookingContext>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("Bookings")));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""", None, "ASP.NET Core configuration: Azure Key Vault provider, user secrets")

_tok = "npm_" + draw(36, ALNUM)
add("npmrc/npm-token", "outreach-site/.npmrc", r"""
# private design-system package (@skyridge/ui) lives on npmjs under the org scope
@skyridge:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
engine-strict=true
fund=false
""", _tok, "npm docs: .npmrc _authToken; npm access tokens (npm_)", tok=_tok)

add("npmrc/decoy-env-reference", "apps/sky-widget/.npmrc", r"""
# CI provides NPM_TOKEN; locally run `npm login --scope=@skyridge`
@skyridge:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
fund=false
audit-level=high
""", None, "npm docs: environment variables in .npmrc (${NPM_TOKEN})")

_tok = "shpat_" + hexs(32)
add("javascript/shopify-admin-token", "giftshop/sync-inventory.mjs", r"""
// Nightly sync of the gift shop (telescopes, planispheres, mugs) stock from the till export.
import fs from 'node:fs/promises';

const SHOP = 'skyridge-giftshop.myshopify.com';
const TOKEN = '@@tok@@';
const API = `https://${SHOP}/admin/api/2024-01/graphql.json`;

async function gql(query, variables) {
  const r = await fetch(API, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Shopify-Access-Token': TOKEN },
    body: JSON.stringify({ query, variables }),
  });
  if (!r.ok) throw new Error(`shopify ${r.status}`);
  return r.json();
}

const rows = JSON.parse(await fs.readFile('till_export.json', 'utf8'));
for (const row of rows) {
  await gql(
    `mutation set($input: InventorySetOnHandQuantitiesInput!) {
       inventorySetOnHandQuantities(input: $input) { userErrors { field message } }
     }`,
    { input: { reason: 'correction', setQuantities: [{ inventoryItemId: row.inventoryItemId, locationId: row.locationId, quantity: row.qty }] } },
  );
}
console.log(`synced ${rows.length} items`);
""", _tok, "Shopify Admin API access tokens (shpat_, X-Shopify-Access-Token)", tok=_tok)

_tok = mapbox_token("sk", "skyridge-obs")
add("python/mapbox-secret-token", "outreach-site/scripts/upload_light_pollution_tiles.py", r"""
'''Upload the regional light-pollution raster to Mapbox as a tileset for the "dark sites" map.'''
import subprocess
import sys

from mapbox import Uploader

MAPBOX_SECRET_TOKEN = "@@tok@@"  # scope: uploads:write
TILESET = "skyridge-obs.lightpollution-2024"

src = sys.argv[1] if len(sys.argv) > 1 else "viirs_2024_az_3857.tif"
subprocess.run(["gdal_translate", "-of", "GTiff", "-co", "COMPRESS=DEFLATE", src, "upload.tif"], check=True)

service = Uploader(access_token=MAPBOX_SECRET_TOKEN)
with open("upload.tif", "rb") as fh:
    resp = service.upload(fh, TILESET, name="Light pollution 2024")
resp.raise_for_status()
print("upload id", resp.json()["id"])
""", _tok, "Mapbox access tokens: secret tokens (sk.) with uploads:write scope; mapbox-sdk-py Uploader", tok=_tok)

add("yaml/decoy-public-ids", "outreach-site/_config.yml", r"""
title: Skyridge Observatory
description: Public nights, school visits and news from the Skyridge telescopes
url: https://skyridge-observatory.org
timezone: America/Phoenix

google_analytics: G-@@ga@@
# Public (pk.) token restricted by URL to skyridge-observatory.org, used by the dark-sites map
mapbox_public_token: @@pk@@
map_style: mapbox://styles/skyridge-obs/clt2v8r1x00fd01qp4k2h7c3a

social:
  mastodon: https://astrodon.social/@skyridge
  youtube: https://www.youtube.com/@SkyridgeObservatory

plugins:
  - jekyll-feed
  - jekyll-seo-tag
exclude: [scripts/, node_modules/, vendor/]
""", None, "Mapbox public tokens (pk.) meant for browsers; Google Analytics measurement IDs",
    ga=draw(10, UPNUM), pk=mapbox_token("pk", "skyridge-obs"))

_key = draw(16, LOWER)
add("python/astrometry-net-key", "outreach-scope/platesolve_submit.py", r"""
'''Plate-solve the outreach telescope's live-view snapshots on nova.astrometry.net so the
projector can overlay object names during public nights.'''
import sys
import time

from astroquery.astrometry_net import AstrometryNet

ast = AstrometryNet()
ast.api_key = "@@key@@"


def solve(path: str):
    wcs = None
    try:
        wcs = ast.solve_from_image(path, force_image_upload=True, solve_timeout=120,
                                   scale_units="arcminwidth", scale_lower=40, scale_upper=80)
    except TimeoutError:
        print("timed out", path)
    return wcs


if __name__ == "__main__":
    for p in sys.argv[1:]:
        t0 = time.time()
        header = solve(p)
        print(p, "solved" if header else "FAILED", f"{time.time() - t0:.0f}s")
""", _key, "astroquery.astrometry_net api_key; nova.astrometry.net API keys", key=_key)

add("markdown/decoy-placeholder", "outreach-scope/README.md", r"""
# Outreach scope helpers

Scripts for the 14" outreach Dobsonian with the tracking platform and the live-view camera.

## Plate solving

`platesolve_submit.py` sends snapshots to nova.astrometry.net. Get an API key from your
profile page there and put it in `~/.astropy/config/astroquery.cfg`:

```ini
[astrometry_net]
api_key = XXXXXXXXXXXXXXXX
```

or export `ASTROMETRY_API_KEY=<your key>`. Keys are personal: do not share them.

## Projector overlay

```
python overlay.py --snapshot /tmp/live.jpg --catalog messier,ngc-bright
```
""", None, "astroquery configuration docs (astroquery.cfg [astrometry_net] api_key)")

add("python/decoy-secret-manager", "outreach-site/newsletter/config.py", r"""
'''Newsletter service configuration. Secrets come from Google Secret Manager at start-up.'''
import functools
import os

from google.cloud import secretmanager

PROJECT = os.getenv("GOOGLE_CLOUD_PROJECT", "skyridge-web")


@functools.lru_cache(maxsize=None)
def secret(name: str, version: str = "latest") -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{PROJECT}/secrets/{name}/versions/{version}"
    return client.access_secret_version(name=path).payload.data.decode("utf-8")


MAILCHIMP_API_KEY = secret("mailchimp-api-key")
MAILCHIMP_SERVER = "us21"
MAILCHIMP_LIST_ID = "4b9e1c7d20"
FLASK_SECRET_KEY = secret("newsletter-flask-secret")
""", None, "Google Cloud Secret Manager access_secret_version")

add("json/decoy-integrity-hashes", "outreach-site/package-lock.json", r"""
{
  "name": "skyridge-outreach",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "skyridge-outreach",
      "version": "2.3.0",
      "dependencies": {
        "@sentry/browser": "7.105.0",
        "mapbox-gl": "3.2.0"
      }
    },
    "node_modules/@sentry/browser": {
      "version": "7.105.0",
      "resolved": "https://registry.npmjs.org/@sentry/browser/-/browser-7.105.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/earcut": {
      "version": "2.2.4",
      "resolved": "https://registry.npmjs.org/earcut/-/earcut-2.2.4.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", None, "npm package-lock.json integrity (Subresource Integrity sha512)",
    i1=rand_b64_bytes(64), i2=rand_b64_bytes(64), i3=rand_b64_bytes(64))

add("text/decoy-pinned-hashes", "outreach-site/newsletter/requirements.txt", r"""
# pip-compile --generate-hashes requirements.in
flask==3.0.2 \
    --hash=sha256:@@a@@ \
    --hash=sha256:@@b@@
mailchimp-marketing==3.0.80 \
    --hash=sha256:@@c@@
google-cloud-secret-manager==2.18.3 \
    --hash=sha256:@@d@@ \
    --hash=sha256:@@e@@
gunicorn==21.2.0 \
    --hash=sha256:@@f@@
""", None, "pip hash-checking mode (--hash=sha256:)",
    a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64), f=hexs(64))

add("markdown/decoy-redacted", "docs/runbooks/public-night-stream.md", r"""
# Public-night live stream

1. On `stream-pc`, open OBS with the **PublicNight** profile.
2. Check *Settings > Stream*: service **YouTube - RTMPS**, stream key shows as
   `••••-••••-••••-••••-••••` (it is in the OBS profile on that machine and in the vault at
   `obs/outreach/youtube-stream-key`; never paste it in chat).
3. Start the all-sky restream: `sudo systemctl start allsky-restream`.
4. In YouTube Studio, confirm the scheduled event "Public night <date>" shows *Receiving*.
5. If the key was rotated, the log shows:

```
[rtmp stream: 'adv_stream'] Connection to rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx failed: -10
```

   Fetch the new key from the vault and paste it in OBS.
""", None, "OBS Studio stream settings; redacted stream keys in runbooks")

add("k8s/decoy-external-secret", "deploy/k8s/outreach/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: outreach-api
  namespace: outreach
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: vault-obs
  target:
    name: outreach-api
    creationPolicy: Owner
  data:
    - secretKey: GOOGLE_MAPS_SERVER_KEY
      remoteRef:
        key: obs/outreach/maps
        property: server_key
    - secretKey: MAILCHIMP_API_KEY
      remoteRef:
        key: obs/outreach/mailchimp
        property: api_key
""", None, "External Secrets Operator ExternalSecret (remoteRef to Vault)")

add("k8s/decoy-image-digests", "deploy/k8s/outreach/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: outreach-api
  namespace: outreach
spec:
  replicas: 2
  selector:
    matchLabels: {app: outreach-api}
  template:
    metadata:
      labels: {app: outreach-api}
      annotations:
        checksum/config: @@cfg@@
    spec:
      containers:
        - name: api
          image: ghcr.io/skyridge-obs/outreach-api@sha256:@@d1@@
          ports: [{containerPort: 8080}]
          envFrom:
            - secretRef: {name: outreach-api}
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:@@d2@@
          args: ["--private-ip", "skyridge-web:us-west1:outreach"]
""", None, "Kubernetes container images pinned by digest; Helm checksum/config annotation",
    cfg=hexs(64), d1=hexs(64), d2=hexs(64))

add("pgp/decoy-public-key", "outreach-site/static/.well-known/pgp-key.txt", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@skyridge-observatory.org (security.txt contact key)

mQINBGX@@l0@@
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
""", None, "RFC 4880 ASCII-armored public key; RFC 9116 security.txt Encryption field",
    l0=draw(61, B64), l1=draw(64, B64), l2=draw(64, B64), l3=draw(64, B64), l4=draw(64, B64),
    l5=draw(64, B64), l6=draw(40, B64), crc=draw(4, B64))

add("dotenv/decoy-kms-ciphertext", "outreach-api/.env.encrypted", r"""
# Values encrypted with the KMS key alias/outreach-config; decrypted by the entrypoint with
# `aws kms decrypt --ciphertext-blob fileb://<(echo $VALUE | base64 -d)` using the task role.
APP_ENV=production
MAPS_SERVER_KEY_ENC=AQICAHh@@a@@
MAILCHIMP_API_KEY_ENC=AQICAHh@@b@@
SESSION_SECRET_ENC=AQICAHh@@c@@
KMS_KEY_ALIAS=alias/outreach-config
""", None, "AWS KMS Encrypt CiphertextBlob (base64); envelope-encrypted configuration",
    a=draw(180, B64) + "==", b=draw(176, B64) + "=", c=draw(184, B64))

add("kotlin/decoy-build-config", "apps/skyridge-android/app/src/main/java/org/skyridge/app/MapsSetup.kt", r"""
package org.skyridge.app

import android.content.Context
import com.google.android.gms.maps.MapsInitializer
import com.google.android.libraries.places.api.Places

/**
 * The Maps/Places key is injected at build time from local.properties (MAPS_API_KEY, not in git)
 * through the secrets-gradle-plugin, and restricted to this app's package + signing certificate.
 */
object MapsSetup {
    fun init(context: Context) {
        MapsInitializer.initialize(context, MapsInitializer.Renderer.LATEST) { }
        if (!Places.isInitialized()) {
            Places.initialize(context.applicationContext, BuildConfig.MAPS_API_KEY)
        }
    }
}
""", None, "Secrets Gradle Plugin for Android (local.properties -> BuildConfig)")

add("javascript/decoy-client-id", "outreach-site/src/auth/googleSignIn.js", r"""
// "Sign in with Google" for volunteers. The OAuth client ID is public (it is sent to every
// browser); the client secret stays on the server and is not used by this flow at all.
const GOOGLE_CLIENT_ID = '@@cid@@.apps.googleusercontent.com';

export function renderSignIn(elementId, onCredential) {
  window.google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => onCredential(resp.credential),
    ux_mode: 'popup',
    auto_select: false,
  });
  window.google.accounts.id.renderButton(document.getElementById(elementId), {
    theme: 'filled_blue',
    size: 'large',
    text: 'signin_with',
  });
}
""", None, "Google Identity Services: client_id in the page", cid=digits(12) + "-" + draw(32, LOWNUM))
