"""Blind set FM: daycare centres and nurseries.

Parent apps (Flutter, React Native, iOS, Android), check-in kiosks (Windows assigned access,
Raspberry Pi, Fully Kiosk, door controllers), CCTV parent view (RTSP cameras, NVRs, go2rtc,
Frigate, MediaMTX, Mux, Agora, LiveKit), billing and subsidy portals (Stripe, GoCardless, Xero,
QuickBooks, Braintree, Square, PayPal, state and national subsidy gateways), staff rostering
(Deputy, When I Work, BambooHR, Checkr, Tanda), messaging and payment vendors, and the IT and web
teams behind them (WordPress sites, CI, infrastructure, backups), with their decoys.
Generated fakes only (seeds 1920000-1929999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import uuid
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "_-"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
LOWER_DIGITS = string.ascii_lowercase + string.digits
UPPER_DIGITS = string.ascii_uppercase + string.digits
SEED_LOW, SEED_HIGH = 1920000, 1929999
_SEED = [SEED_LOW]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return random.Random(_SEED[0])


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    for _ in range(50):  # bounded: a draw of ALNUM wants a digit, an upper and a lower letter
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or n < 8 or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                          and any(c.islower() for c in value)):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid4() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64bytes(n: int) -> str:
    """base64 of n random bytes (a hash, a key)."""
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


WORDS = ["Acorn", "Sunflower", "Ladybug", "Puddle", "Bumble", "Rainbow", "Teddy", "Crayon", "Sprout",
         "Giraffe", "Pebble", "Button", "Duckling", "Meadow", "Honey", "Kite", "Tulip", "Marble", "Otter",
         "Clover", "Pancake", "Jellybean", "Hedgehog", "Willow", "Bluebell"]
LOWER = ["nap", "story", "sandpit", "snack", "finger", "paint", "blocks", "swing", "lullaby", "puzzle",
         "garden", "bubble", "picnic", "tricycle", "sticker", "noodle", "muddy", "wellies"]


def human_pw() -> str:
    """A password a centre manager or an IT contractor chose."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(WORDS) + r.choice(WORDS) + r.choice("!#$%@*&") + str(r.randint(10, 2025))
    if form == 1:
        return r.choice(WORDS) + str(r.randint(1, 99)) + r.choice("!#$%@?") + r.choice(WORDS).lower()
    if form == 2:
        return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))
    if form == 3:
        word = r.choice(WORDS)
        leet = word.replace("o", "0").replace("e", "3").replace("a", "@")
        return leet + r.choice(["Room", "Tots", "Kids", "Nest"]) + str(r.randint(2, 9)) + r.choice("!$#")
    return r.choice(WORDS) + r.choice(".,_") + r.choice(WORDS) + r.choice(".,_") + str(r.randint(100, 999))


def gen_pw(n: int = 24, extra: str = "") -> str:
    """A password a generator chose (a password manager, openssl rand)."""
    return chars(n, ALNUM + extra) if extra else chars(n)


def app_password() -> str:
    """A Google account app password as Google shows it: four groups of four lower-case letters."""
    r = _rng()
    return " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def pem_block(kind: str, head: str, lines: int, last: int = 44) -> str:
    r = _rng()
    body = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 2)]
    body.append("".join(r.choice(B64) for _ in range(last)) + "==")
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def rsa_pkcs8() -> str:
    return pem_block("", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 26, 22)


def rsa_pkcs1() -> str:
    return pem_block("RSA", "MIIEpAIBAAKCAQEA", 25, 30)


def ec_key() -> str:
    r = _rng()
    raw = "MHcCAQEEI" + "".join(r.choice(B64) for _ in range(55))
    mid = "".join(r.choice(B64) for _ in range(64))
    end = "".join(r.choice(B64) for _ in range(32)) + "=="
    return f"-----BEGIN EC PRIVATE KEY-----\n{raw}\n{mid}\n{end}\n-----END EC PRIVATE KEY-----"


def p8_key() -> str:
    """An App Store Connect / APNs .p8 key (PKCS#8, P-256): four lines of base64."""
    r = _rng()
    first = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(16))
    rest = ["".join(r.choice(B64) for _ in range(64)) for _ in range(2)]
    tail = "".join(r.choice(B64) for _ in range(8))
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join([first] + rest + [tail]) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    lines = [head] + ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)]
    lines.append("".join(r.choice(B64) for _ in range(28)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIIDazCCAlOgAwIBAgIU" + "".join(r.choice(B64) for _ in range(44))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(8)]
    body.append("".join(r.choice(B64) for _ in range(20)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def jwt(payload: dict, alg: str = "HS256") -> str:
    r = _rng()
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    sig = "".join(r.choice(URLSAFE) for _ in range(43 if alg == "HS256" else 342))
    return f"{head}.{body}.{sig}"


# Vendor shapes (from each vendor's docs of its keys).
def stripe(prefix: str) -> str:
    return prefix + "51" + chars(97)


def whsec() -> str:
    return "whsec_" + chars(32)


def sendgrid() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def slack_bot() -> str:
    return f"xoxb-{digits(12)}-{digits(13)}-{chars(24)}"


def slack_webhook() -> str:
    return f"https://hooks.slack.com/services/T{chars(8, UPPER_DIGITS)}/B{chars(10, UPPER_DIGITS)}/{chars(24)}"


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid4()}/V2{chars(43, URLSAFE)}")


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{digits(19)}/{chars(68, URLSAFE)}"


def telegram() -> str:
    return f"{digits(10)}:AA{chars(33, URLSAFE)}"


def meta_token() -> str:
    return "EAA" + chars(3, string.ascii_uppercase) + chars(180)


def fcm_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def onesignal() -> str:
    return "os_v2_app_" + chars(113, "abcdefghijklmnopqrstuvwxyz234567")


def twilio_sid() -> str:
    return "AC" + hexs(32)


def aws_id() -> str:
    return "AKIA" + chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def aws_secret() -> str:
    return chars(40, B64)


def google_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def mapbox(kind: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": chars(25, LOWER_DIGITS)}, separators=(",", ":")).encode())
    return f"{kind}.{body}.{chars(22, URLSAFE)}"


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.~-")


def azure_storage_key() -> str:
    return chars(86, B64) + "=="


def intercom() -> str:
    return b64("tok:" + uuid4().replace("-", "_") + ":1:0")


def openai() -> str:
    return "sk-proj-" + chars(74, URLSAFE) + "T3BlbkFJ" + chars(74, URLSAFE)


def anthropic() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def django_key() -> str:
    return chars(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")


def laravel_key() -> str:
    return "base64:" + b64bytes(32)


def supabase_jwt(ref: str, role: str) -> str:
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": 1712000000, "exp": 2027576000})


def vapid_public() -> str:
    return "B" + chars(86, URLSAFE)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + chars(22, B64) + "$" + chars(43, B64)


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<<[A-Z0-9_]+>>")


def add(category: str, file_name: str, text: str, source: str, secret: Optional[str] = None, **values: str) -> None:
    if secret is not None:
        values.setdefault("S", secret)
    if text.startswith("\n"):
        text = text[1:]
    for key, value in values.items():
        text = text.replace(f"<<{key}>>", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    CASES.append(LabelledCase(category=f"blind-fm/{category}", file_name=file_name, text=text,
                              secret=secret, source=source))


# ---------------------------------------------------------------- parent apps (mobile) ----------

add("properties/android-keystore-password", "parent-app/android/key.properties", r"""
storePassword=<<S>>
keyPassword=<<S>>
keyAlias=upload
storeFile=../keys/tottrack-upload.jks
""" + "# Flutter release signing, see docs/release.md\n",
    "Flutter docs: Build and release an Android app (key.properties)", secret=human_pw())

add("json/onesignal-rest-key", "parent-app/app.config.json", r"""
{
  "expo": {
    "name": "Little Acorns Parents",
    "slug": "little-acorns-parents",
    "version": "3.8.1",
    "ios": { "bundleIdentifier": "uk.co.littleacorns.parents", "buildNumber": "212" },
    "android": { "package": "uk.co.littleacorns.parents", "versionCode": 212 },
    "plugins": [
      ["onesignal-expo-plugin", { "mode": "production" }]
    ],
    "extra": {
      "oneSignalAppId": "<<APP>>",
      "oneSignalRestApiKey": "<<S>>",
      "apiBaseUrl": "https://api.littleacorns.co.uk/v2",
      "eas": { "projectId": "<<EAS>>" }
    }
  }
}
""", "OneSignal REST API docs (Authorization: Key os_v2_app_...) and Expo app config",
    secret=onesignal(), APP=uuid4(), EAS=uuid4())

add("env/fastlane-match-password", "parent-app/ios/fastlane/.env.default", r"""
# fastlane env for the Sunbeam Parent iOS app (shared by CI and local lanes)
APP_IDENTIFIER=com.sunbeamearlylearning.parent
APPLE_TEAM_ID=7Q2K9ZL3XH
FASTLANE_ITC_TEAM_ID=119384752
MATCH_GIT_URL=git@github.com:sunbeam-el/ios-certificates.git
MATCH_GIT_BRANCH=main
MATCH_TYPE=appstore
MATCH_PASSWORD=<<S>>
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
""", "fastlane docs: match (MATCH_PASSWORD encrypts the certificates repo)", secret=human_pw())

_p8 = p8_key()
add("json/app-store-connect-key", "parent-app/ios/fastlane/asc_api_key.json",
    '{\n  "key_id": "D7Q4MP29XK",\n  "issuer_id": "' + uuid4() + '",\n  "key": "'
    + _p8.replace("\n", "\\n") + '",\n  "duration": 1200,\n  "in_house": false\n}\n'
    + "\n",
    "fastlane docs: App Store Connect API key JSON file (key_id, issuer_id, key)",
    secret=_p8.splitlines()[2])

add("gradle/sendbird-api-token", "parent-app/android/app/build.gradle", r"""
plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
    id 'com.google.gms.google-services'
}

android {
    namespace 'com.kinderhaven.parents'
    compileSdk 34

    defaultConfig {
        applicationId "com.kinderhaven.parents"
        minSdk 24
        targetSdk 34
        versionCode 87
        versionName "2.14.0"
        buildConfigField "String", "SENDBIRD_APP_ID", "\"<<APP>>\""
        buildConfigField "String", "SENDBIRD_API_TOKEN", "\"<<S>>\""
        buildConfigField "String", "API_BASE", "\"https://api.kinderhaven.com/\""
    }

    buildFeatures { buildConfig true; viewBinding true }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
        }
    }
}

dependencies {
    implementation 'com.sendbird.sdk:sendbird-chat:4.16.0'
    implementation 'androidx.core:core-ktx:1.12.0'
}
""", "Sendbird Platform API docs (Api-Token header, 40 hex)", secret=hexs(40),
    APP=uuid4().upper())

add("swift/stream-chat-secret", "parent-app/ios/TotTrack/Config/StreamConfig.swift", r"""
import Foundation
import StreamChat

/// Chat between parents and room leaders.
enum StreamConfig {
    static let apiKey = "<<KEY>>"
    // TODO(ops): move token minting to the backend before release 4.0
    static let apiSecret = "<<S>>"

    static func makeClient() -> ChatClient {
        var config = ChatClientConfig(apiKey: .init(apiKey))
        config.isLocalStorageEnabled = true
        config.applicationGroupIdentifier = "group.com.tottrack.parents"
        return ChatClient(config: config)
    }
}
""", "Stream Chat docs: server-side token generation with the API secret", secret=chars(64, LOWER_DIGITS),
    KEY=chars(12, LOWER_DIGITS))

add("kotlin/agora-app-certificate", "parent-app/android/app/src/main/java/com/peekaview/live/AgoraConstants.kt", r"""
package com.peekaview.live

/**
 * Parent live view of the room cameras. The RTC token is minted on the device for now
 * (see LIVE-212: move to token server).
 */
object AgoraConstants {
    const val APP_ID = "<<APP>>"
    const val APP_CERTIFICATE = "<<S>>"
    const val TOKEN_EXPIRY_SECONDS = 900
    const val CHANNEL_PREFIX = "room-"
    const val VIDEO_PROFILE_WIDTH = 640
    const val VIDEO_PROFILE_HEIGHT = 360
}
""", "Agora docs: App ID and App Certificate (32 hex) for token generation", secret=hexs(32), APP=hexs(32))

add("dart/supabase-service-role", "parent-app/lib/env/env_prod.dart", r"""
// Generated by tool/make_env.dart -- do not edit by hand.
class EnvProd {
  static const String supabaseUrl = 'https://<<REF>>.supabase.co';
  static const String supabaseServiceRoleKey =
      '<<S>>';
  static const String sentryEnvironment = 'production';
  static const bool enableCctvTab = true;
  static const int photoUploadMaxMb = 12;
}
""", "Supabase docs: API keys (service_role key bypasses Row Level Security)",
    secret=supabase_jwt("qmzvtkrplxwhnbdaeofy", "service_role"), REF="qmzvtkrplxwhnbdaeofy")

add("github-actions/expo-token", ".github/workflows/eas-build.yml", r"""
name: EAS build

on:
  push:
    tags: ["v*"]
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      EXPO_TOKEN: <<S>>
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ env.EXPO_TOKEN }}
      - run: npm ci
      - run: eas build --platform all --non-interactive --profile production
""", "Expo docs: programmatic access (EXPO_TOKEN robot token)", secret=chars(40, URLSAFE))

_sa_key = rsa_pkcs8()
add("json/gcp-service-account", "functions/serviceAccountKey.json",
    json.dumps({
        "type": "service_account",
        "project_id": "rainbow-sprouts-parents",
        "private_key_id": hexs(40),
        "private_key": _sa_key + "\n",
        "client_email": "firebase-adminsdk-x3k9q@rainbow-sprouts-parents.iam.gserviceaccount.com",
        "client_id": digits(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x3k9q%40rainbow-sprouts-parents.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }, indent=2) + "\n",
    "Google Cloud docs: service account key file (JSON)", secret=_sa_key.splitlines()[3])

add("js/fcm-server-key", "notifications/src/push.js", r"""
'use strict';

const axios = require('axios');
const logger = require('./logger');

// Legacy HTTP API -- still used for the Android 2.x parent app until everyone upgrades.
const FCM_SERVER_KEY = '<<S>>';
const FCM_URL = 'https://fcm.googleapis.com/fcm/send';

async function notifyPickup(deviceTokens, child, guardian) {
  const body = {
    registration_ids: deviceTokens,
    notification: {
      title: `${child.firstName} has been collected`,
      body: `Signed out by ${guardian.name} at ${new Date().toLocaleTimeString('en-GB')}`,
    },
    data: { childId: child.id, type: 'pickup' },
  };
  const res = await axios.post(FCM_URL, body, {
    headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
    timeout: 5000,
  });
  logger.info({ success: res.data.success, failure: res.data.failure }, 'fcm pickup push');
  return res.data;
}

module.exports = { notifyPickup };
""", "Firebase docs: legacy FCM HTTP protocol (Authorization: key=<server key>)", secret=fcm_key())

_apns = p8_key()
add("pem/apns-auth-key", "push-service/keys/AuthKey_8KQ3ZV7N2M.p8", _apns+ "\n",
    "Apple docs: Establishing a token-based connection to APNs (.p8 signing key)", secret=_apns)

add("xcconfig/intercom-secret", "parent-app/ios/Config/Release.xcconfig", r"""
// Release build settings for Puddle Jumpers Family
PRODUCT_BUNDLE_IDENTIFIER = org.puddlejumpers.family
MARKETING_VERSION = 5.2.0
API_HOST = api.puddlejumpers.org
INTERCOM_APP_ID = k3v9xq2m
// identity verification: HMAC of user id (should live on the server)
INTERCOM_IDENTITY_SECRET = <<S>>
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", "Intercom docs: identity verification secret (HMAC key)", secret=chars(40, URLSAFE))
# ---------------------------------------------------------------- check-in kiosks --------------

add("reg/windows-autologon-password", "kiosk/provisioning/autologon.reg", r"""
Windows Registry Editor Version 5.00

; NestCheck front-desk kiosk - auto sign-in as the local kiosk user
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="nestkiosk"
"DefaultDomainName"="."
"DefaultPassword"="<<S>>"
"ForceAutoLogon"="1"
"DisableCAD"=dword:00000001
""", "Microsoft docs: configure Windows to automate logon (Winlogon DefaultPassword)", secret=human_pw())

add("xml/unattend-autologon", "kiosk/provisioning/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <TimeZone>GMT Standard Time</TimeZone>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>CheckIn</Name>
            <Group>Users</Group>
            <Password>
              <Value><<S>></Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Username>CheckIn</Username>
        <Enabled>true</Enabled>
        <LogonCount>9999999</LogonCount>
      </AutoLogon>
    </component>
  </settings>
</unattend>
""", "Microsoft docs: Unattended Windows Setup reference, UserAccounts / LocalAccount / Password",
    secret=human_pw())

add("powershell/kiosk-local-account", "kiosk/provisioning/New-KioskUser.ps1", r"""
#Requires -RunAsAdministrator
<#
  Creates the assigned-access account for the sign-in tablets (Surface Go) in each room.
  Run once per device from the USB stick. Logs to C:\ProgramData\NestCheck\provision.log
#>
param(
    [string]$Centre = "MAPLEGROVE",
    [string]$KioskUser = "roomkiosk"
)

Start-Transcript -Path "C:\ProgramData\NestCheck\provision.log" -Append

$securePw = ConvertTo-SecureString "<<S>>" -AsPlainText -Force
if (-not (Get-LocalUser -Name $KioskUser -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $KioskUser -Password $securePw -FullName "Room Kiosk" `
        -Description "NestCheck sign-in kiosk ($Centre)" -PasswordNeverExpires
    Add-LocalGroupMember -Group "Users" -Member $KioskUser
}

Set-AssignedAccess -AppUserModelId "NestCheck.Kiosk_8wekyb3d8bbwe!App" -UserName $KioskUser
Rename-Computer -NewName "$Centre-KIOSK-$((Get-Random -Maximum 999).ToString('000'))" -Force
Stop-Transcript
""", "Microsoft docs: New-LocalUser and Set-AssignedAccess", secret=human_pw())

add("conf/wpa-supplicant-psk", "kiosk-pi/boot/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# staff network - sign-in kiosks at reception and the baby room
network={
    ssid="BusyBumbles-Staff"
    psk="<<S>>"
    key_mgmt=WPA-PSK
    priority=10
}
""", "wpa_supplicant.conf(5) and Raspberry Pi docs: headless Wi-Fi setup", secret=human_pw())

add("json/kiosk-device-token", "kiosk-electron/config/production.json", r"""
{
  "centreId": "<<CID>>",
  "api": {
    "baseUrl": "https://checkin.tinysteps.io/api/v3",
    "deviceToken": "<<S>>",
    "timeoutMs": 8000
  },
  "ui": {
    "idleResetSeconds": 45,
    "showRoomCapacity": true,
    "language": "en-AU",
    "logo": "assets/tinysteps-logo.svg"
  },
  "printer": { "model": "Brother QL-820NWB", "label": "62mm", "ip": "10.40.1.22" },
  "updates": { "channel": "stable", "checkIntervalMinutes": 60 }
}
""", "Bearer device tokens for kiosk apps (RFC 6750)", secret="tsk_dev_" + chars(40), CID=uuid4())

add("systemd/kiosk-hmac-secret", "kiosk-pi/etc/systemd/system/nestcheck-agent.service", r"""
[Unit]
Description=NestCheck kiosk agent (badge reader + check-in sync)
After=network-online.target
Wants=network-online.target

[Service]
User=kiosk
WorkingDirectory=/opt/nestcheck
Environment=NESTCHECK_API=https://api.nestcheck.app
Environment=NESTCHECK_SITE=willow-lane
Environment=NESTCHECK_SIGNING_SECRET=<<S>>
ExecStart=/opt/nestcheck/venv/bin/python -m nestcheck.agent --reader /dev/ttyACM0
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5) Environment= and HMAC request signing", secret=hexs(64))

add("python/kisi-login-token", "door/unlock_front_gate.py", r"""
#!/usr/bin/env python3
# Unlock the front gate from the check-in kiosk once a guardian's PIN is verified.
import sys
import requests

KISI_API = "https://api.kisi.io"
KISI_LOCK_ID = 48213
KISI_HEADERS = {
    "Authorization": "KISI-LOGIN <<S>>",
    "Accept": "application/json",
    "Content-Type": "application/json",
}


def unlock(lock_id: int = KISI_LOCK_ID) -> bool:
    resp = requests.post(f"{KISI_API}/locks/{lock_id}/unlock", headers=KISI_HEADERS, json={}, timeout=5)
    if resp.status_code != 200:
        print("unlock failed", resp.status_code, resp.text, file=sys.stderr)
        return False
    return True


if __name__ == "__main__":
    sys.exit(0 if unlock() else 1)
""", "Kisi API docs: authentication with the KISI-LOGIN header", secret=hexs(32))

add("yaml/brivo-client-secret", "door/brivo/config.yml", r"""
# Brivo Onair integration: open the toddler-room door from the kiosk after check-in
brivo:
  api_base: https://api.brivo.com/v1/api
  auth_base: https://auth.brivo.com/oauth/token
  api_key: ${oc.env:BRIVO_API_KEY}
  client_id: <<CID>>
  client_secret: <<S>>
  username: kiosk-integration@meadowlarkkids.com
  site_id: 110482
  doors:
    front_entrance: 2331905
    toddler_room: 2331907
    garden_gate: 2331912
pulse_seconds: 6
""", "Brivo API docs: OAuth password grant (client id, client secret, api-key header)",
    secret=chars(32), CID=uuid4())

add("json/fully-kiosk-remote-admin", "kiosk-android/fully-settings-export.json", r"""
{
  "startURL": "https://signin.rainbowsprouts.com.au/kiosk?centre=BRUNSWICK",
  "kioskMode": true,
  "kioskPin": "",
  "remoteAdmin": true,
  "remoteAdminPassword": "<<S>>",
  "remoteAdminLan": true,
  "screenOffInDarkness": false,
  "timeToScreensaverV2": 300,
  "screensaverURL": "https://signin.rainbowsprouts.com.au/screensaver",
  "motionDetection": false,
  "disableStatusBar": true,
  "disableVolumeButtons": true,
  "preventSleepWhileScreenOff": true,
  "reloadOnInternet": true,
  "restartAfterUpdate": true,
  "enableQrScan": true
}
""", "Fully Kiosk Browser docs: Remote Administration (remoteAdminPassword)", secret=human_pw())

add("python/twilio-auth-token", "checkin/notify.py", r"""
from twilio.rest import Client

ACCOUNT_SID = "<<SID>>"
AUTH_TOKEN = "<<S>>"
FROM_NUMBER = "+15125550147"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def text_guardian(phone: str, child_first_name: str, action: str, when: str) -> str:
    verb = "checked in" if action == "in" else "checked out"
    message = client.messages.create(
        to=phone,
        from_=FROM_NUMBER,
        body=f"Hill Country Kids: {child_first_name} was {verb} at {when}. Reply STOP to opt out.",
    )
    return message.sid
""", "Twilio docs: send an SMS with the Python helper library (Account SID and Auth Token)",
    secret=hexs(32), SID=twilio_sid())

add("toml/pin-pepper", "checkin-api/config/production.toml", r"""
[server]
bind = "0.0.0.0:8080"
workers = 4

[database]
url_env = "CHECKIN_DATABASE_URL"
pool_size = 10

[pins]
# guardians' 4-digit PINs are stored as HMAC-SHA256(pepper, centre_id || pin)
algorithm = "hmac-sha256"
pepper = "<<S>>"
lockout_after = 5
lockout_minutes = 15

[audit]
retain_days = 2555
""", "OWASP Password Storage Cheat Sheet: peppering", secret=chars(44, B64))

add("python/gmail-app-password", "checkin/daily_register_email.py", r"""
import smtplib
import ssl
from email.message import EmailMessage

SMTP_HOST = "smtp.gmail.com"
SMTP_PORT = 465
SMTP_USER = "office@hedgehoghollownursery.co.uk"
SMTP_PASSWORD = "<<S>>"  # app password for the office account


def send_register(csv_path: str, to: str = "manager@hedgehoghollownursery.co.uk") -> None:
    msg = EmailMessage()
    msg["Subject"] = "Daily register"
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg.set_content("Today's sign-in register is attached.")
    with open(csv_path, "rb") as fh:
        msg.add_attachment(fh.read(), maintype="text", subtype="csv", filename="register.csv")
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=ssl.create_default_context()) as smtp:
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(msg)
""", "Google Account Help: sign in with app passwords (16 characters)", secret=app_password())
# ---------------------------------------------------------------- CCTV parent view -------------

add("yaml/rtsp-camera-password", "cctv/go2rtc.yaml", r"""
# go2rtc on the office NUC: restreams the room cameras to the parent-view relay
api:
  listen: ":1984"
  origin: "*"

rtsp:
  listen: ":8554"

streams:
  baby_room:
    - rtsp://parentview:<<S>>@192.168.20.11:554/Streaming/Channels/102
  toddler_room:
    - rtsp://parentview:<<S>>@192.168.20.12:554/Streaming/Channels/102
  preschool:
    - rtsp://parentview:<<S>>@192.168.20.13:554/Streaming/Channels/102
  garden:
    - rtsp://parentview:<<S>>@192.168.20.14:554/Streaming/Channels/102

webrtc:
  candidates:
    - 192.168.20.5:8555
""", "go2rtc README: RTSP sources with credentials in the URL", secret=human_pw())

add("yaml/frigate-camera-password", "cctv/frigate/config.yml", r"""
mqtt:
  enabled: false

detectors:
  coral:
    type: edgetpu
    device: usb

cameras:
  nursery_entrance:
    ffmpeg:
      inputs:
        - path: rtsp://admin:<<S>>@10.10.5.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://admin:<<S>>@10.10.5.21:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 640
      height: 480
    objects:
      track: [person]
    record:
      enabled: true
      retain:
        days: 30
        mode: motion
""", "Frigate docs: camera configuration (ffmpeg inputs with RTSP paths)", secret=human_pw())

add("yaml/mediamtx-user-password", "cctv/mediamtx/mediamtx.yml", r"""
logLevel: info
rtsp: yes
rtspAddress: :8554
hls: yes
hlsAddress: :8888
hlsAlwaysRemux: yes

authMethod: internal
authInternalUsers:
  - user: parentrelay
    pass: <<S>>
    ips: ["10.8.0.0/24"]
    permissions:
      - action: read
  - user: any
    pass:
    ips: ["127.0.0.1/32"]
    permissions:
      - action: publish

paths:
  room1:
    source: rtsp://127.0.0.1:8554/room1
  room2:
    source: rtsp://127.0.0.1:8554/room2
""", "MediaMTX README: authentication (authInternalUsers)", secret=gen_pw(20))

add("nginx/secure-link-secret", "cctv/nginx/sites-available/parentview.conf", r"""
server {
    listen 443 ssl http2;
    server_name live.peekaview.net;

    ssl_certificate     /etc/letsencrypt/live/live.peekaview.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/live.peekaview.net/privkey.pem;

    location /hls/ {
        secure_link $arg_st,$arg_e;
        secure_link_md5 "$secure_link_expires$uri$remote_addr <<S>>";
        if ($secure_link = "") { return 403; }
        if ($secure_link = "0") { return 410; }

        types { application/vnd.apple.mpegurl m3u8; video/mp2t ts; }
        root /var/www;
        add_header Cache-Control no-cache;
    }

    location / {
        proxy_pass http://127.0.0.1:3000;
        proxy_set_header Host $host;
    }
}
""", "nginx docs: ngx_http_secure_link_module (secure_link_md5 secret word)", secret=gen_pw(32))

_cf = rsa_pkcs1()
add("js/cloudfront-signing-key", "parentview-api/src/signer.js", r"""
import { getSignedUrl } from '@aws-sdk/cloudfront-signer';

const KEY_PAIR_ID = 'K2JCJMDEHXQW5F';
const PRIVATE_KEY = `<<S>>`;

export function signRoomStream(roomId, minutes = 10) {
  return getSignedUrl({
    url: `https://video.kinderhaven.com/rooms/${roomId}/index.m3u8`,
    keyPairId: KEY_PAIR_ID,
    privateKey: PRIVATE_KEY,
    dateLessThan: new Date(Date.now() + minutes * 60_000).toISOString(),
  });
}
""", "AWS docs: CloudFront signed URLs with @aws-sdk/cloudfront-signer", secret=_cf)

add("env/mux-token-secret", "parentview-api/.env.production", r"""
NODE_ENV=production
PORT=4000
PUBLIC_URL=https://view.littlelanterns.com
MUX_TOKEN_ID=<<TID>>
MUX_TOKEN_SECRET=<<S>>
MUX_ENV=production
STREAM_MAX_VIEWERS_PER_ROOM=40
SESSION_COOKIE_NAME=llv_session
LOG_LEVEL=info
""", "Mux docs: API access tokens (token id and token secret)", secret=chars(75, B64), TID=uuid4())

_mux_pem = rsa_pkcs1()
add("env/mux-signing-key-base64", "parentview-api/deploy/signing.env", r"""
# Mux signed playback (live rooms). Private key as Mux gives it: base64 of the PEM.
MUX_SIGNING_KEY_ID=<<KID>>
MUX_SIGNING_PRIVATE_KEY=<<S>>
PLAYBACK_TOKEN_TTL=600
PLAYBACK_POLICY=signed
""", "Mux docs: secure video playback (signing key id and base64 private key)",
    secret=b64(_mux_pem + "\n"), KID=chars(42, ALNUM))

add("markdown/hikvision-digest-password", "docs/runbooks/cctv-camera-reboot.md", r"""
# Runbook: a room camera shows "offline" in the parent app

1. Check the camera answers on the camera VLAN (from the office NUC):

   ```bash
   ping -c 3 192.168.20.12
   ```

2. Ask the camera for its status over ISAPI:

   ```bash
   curl --digest -u admin:<<S>> \
        http://192.168.20.12/ISAPI/System/status
   ```

3. If the uptime is weird or the stream is frozen, reboot it:

   ```bash
   curl --digest -u admin:<<S>> -X PUT \
        http://192.168.20.12/ISAPI/System/reboot
   ```

4. Wait two minutes, then check the stream in go2rtc (http://192.168.20.5:1984).
5. If it is still offline, raise a ticket with Secure Vision (account 44812).
""", "Hikvision ISAPI docs: digest authentication, /ISAPI/System/reboot", secret=human_pw())

add("python/axis-vapix-digest", "cctv/tools/snapshot_rooms.py", r"""
#!/usr/bin/env python3
# Grabs a still from each Axis camera every morning for the room-readiness check.
import datetime
import pathlib

import requests
from requests.auth import HTTPDigestAuth

CAMERAS = {
    "sunflower": "10.20.0.31",
    "ladybird": "10.20.0.32",
    "caterpillar": "10.20.0.33",
}
AUTH = HTTPDigestAuth("root", "<<S>>")
OUT = pathlib.Path("/srv/snapshots")


def main() -> None:
    stamp = datetime.date.today().isoformat()
    for room, ip in CAMERAS.items():
        url = f"http://{ip}/axis-cgi/jpg/image.cgi?resolution=1280x720"
        resp = requests.get(url, auth=AUTH, timeout=10)
        resp.raise_for_status()
        (OUT / f"{stamp}-{room}.jpg").write_bytes(resp.content)


if __name__ == "__main__":
    main()
""", "Axis VAPIX docs: image.cgi with HTTP digest authentication", secret=human_pw())

add("python/verkada-api-key", "cctv/verkada/export_clips.py", r"""
import os
import time

import requests

VERKADA_API = "https://api.verkada.com"
API_KEY = "<<S>>"
ORG_ID = "<<ORG>>"


def token() -> str:
    resp = requests.post(f"{VERKADA_API}/token", headers={"x-api-key": API_KEY}, timeout=10)
    resp.raise_for_status()
    return resp.json()["token"]


def camera_list() -> list:
    resp = requests.get(f"{VERKADA_API}/cameras/v1/devices", headers={"x-verkada-auth": token()},
                        params={"org_id": ORG_ID}, timeout=10)
    resp.raise_for_status()
    return resp.json()["cameras"]


if __name__ == "__main__":
    for cam in camera_list():
        print(cam["camera_id"], cam["name"], cam["site"])
        time.sleep(0.2)
    print("done at", os.uname().nodename)
""", "Verkada API docs: API keys and the /token exchange (x-api-key)", secret="vkd_api_" + hexs(32),
    ORG=uuid4())

add("csharp/milestone-login", "cctv/ParentViewBridge/MilestoneLogin.cs", r"""
using System;
using System.Net;
using VideoOS.Platform;
using VideoOS.Platform.Login;
using VideoOS.Platform.SDK.Environment;

namespace ParentViewBridge
{
    internal static class MilestoneLogin
    {
        private static readonly Uri ManagementServer = new Uri("http://xprotect.cedarhouse.local");

        public static void Connect()
        {
            VideoOS.Platform.SDK.Environment.Initialize();
            var credential = new NetworkCredential("svc_parentview", "<<S>>", "CEDARHOUSE");
            VideoOS.Platform.SDK.Environment.AddServer(false, ManagementServer, credential, true);
            VideoOS.Platform.SDK.Environment.Login(ManagementServer, false);
            if (!VideoOS.Platform.SDK.Environment.IsLoggedIn(ManagementServer))
            {
                throw new InvalidOperationException("XProtect login failed");
            }
        }
    }
}
""", "Milestone MIP SDK docs: Environment.AddServer with NetworkCredential", secret=human_pw())

add("go/agora-token-server", "cctv/token-server/main.go", r"""
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"time"

	rtctokenbuilder "github.com/AgoraIO/Tools/DynamicKey/AgoraDynamicKey/go/src/rtctokenbuilder2"
)

const (
	appID          = "<<APP>>"
	appCertificate = "<<S>>"
)

func tokenHandler(w http.ResponseWriter, r *http.Request) {
	channel := r.URL.Query().Get("room")
	if channel == "" {
		http.Error(w, "room required", http.StatusBadRequest)
		return
	}
	expire := uint32(time.Now().Add(15 * time.Minute).Unix())
	token, err := rtctokenbuilder.BuildTokenWithUid(appID, appCertificate, channel, 0,
		rtctokenbuilder.RoleSubscriber, expire, expire)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"token": token})
}

func main() {
	http.HandleFunc("/rtc-token", tokenHandler)
	log.Fatal(http.ListenAndServe(":8082", nil))
}
""", "Agora docs: deploy a token server (App ID and App Certificate)", secret=hexs(32), APP=hexs(32))

add("yaml/livekit-api-secret", "cctv/livekit/livekit.yaml", r"""
port: 7880
bind_addresses:
  - ""
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis.parentview.svc:6379
keys:
  <<KEY>>: <<S>>
room:
  auto_create: false
  empty_timeout: 300
logging:
  level: info
""", "LiveKit docs: server configuration (keys: api key: api secret)", secret=chars(43), KEY="API" + chars(12))

add("yaml/ansible-nvr-password", "infra/ansible/group_vars/nvr.yml", r"""
---
# Hikvision NVRs, one per centre
nvr_model: DS-7616NI-K2
nvr_admin_user: admin
nvr_admin_password: "<<S>>"
nvr_ntp_server: ntp.hedgehogs.internal
nvr_timezone: "CST-10:00:00"
nvr_retention_days: 31
nvr_channels:
  - { id: 1, name: "Nursery" }
  - { id: 2, name: "Toddlers" }
  - { id: 3, name: "Kindy" }
  - { id: 4, name: "Outdoor" }
""", "Ansible docs: group_vars (plain variables)", secret=human_pw())

add("python/meraki-api-key", "cctv/meraki/snapshot_links.py", r"""
import meraki

API_KEY = "<<S>>"
NETWORK_ID = "L_6480542849221"


def snapshot_links():
    dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)
    links = {}
    for device in dashboard.networks.getNetworkDevices(NETWORK_ID):
        if device["model"].startswith("MV"):
            snap = dashboard.camera.generateDeviceCameraSnapshot(device["serial"])
            links[device["name"]] = snap["url"]
    return links


if __name__ == "__main__":
    for name, url in snapshot_links().items():
        print(f"{name:20} {url}")
""", "Cisco Meraki Dashboard API docs: API key (40 hex) and the Python library", secret=hexs(40))

add("compose/rtsp-url-password", "cctv/docker-compose.yml", r"""
services:
  relay:
    image: bluenviron/mediamtx:1.8.2
    restart: unless-stopped
    network_mode: host
    volumes:
      - ./mediamtx.yml:/mediamtx.yml:ro

  recorder:
    image: ghcr.io/oakridge-kids/room-recorder:2.3.0
    restart: unless-stopped
    environment:
      CAMERA_URL: "rtsp://recorder:<<S>>@10.30.2.40:554/h264Preview_01_main"
      SEGMENT_SECONDS: "300"
      RETAIN_DAYS: "28"
      OUTPUT_DIR: /recordings
    volumes:
      - /mnt/nas/recordings:/recordings
""", "Docker Compose docs: environment; Reolink RTSP URL format", secret=gen_pw(16))

add("python/wowza-access-key", "cctv/wowza/start_room_streams.py", r"""
import os

import requests

WSC = "https://api.cloud.wowza.com/api/v1.11"
HEADERS = {
    "wsc-api-key": os.environ["WSC_API_KEY"],
    "wsc-access-key": "<<S>>",
    "Content-Type": "application/json",
}
ROOM_STREAMS = ["baby-room", "tweenies", "pre-school"]


def start_all() -> None:
    resp = requests.get(f"{WSC}/live_streams", headers=HEADERS, timeout=15)
    resp.raise_for_status()
    for stream in resp.json()["live_streams"]:
        if stream["name"] in ROOM_STREAMS:
            requests.put(f"{WSC}/live_streams/{stream['id']}/start", headers=HEADERS, timeout=15)
            print("started", stream["name"])


if __name__ == "__main__":
    start_all()
""", "Wowza Streaming Cloud REST API docs: wsc-api-key and wsc-access-key headers", secret=chars(64))
# ---------------------------------------------------------------- billing and subsidy ----------

add("python/stripe-secret-key", "billing/kinderbill/settings/production.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["billing.maplegrovechildcare.com"]

DATABASES["default"]["HOST"] = "billing-db.internal"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

# Tuition autopay
STRIPE_PUBLISHABLE_KEY = "<<PK>>"
STRIPE_SECRET_KEY = "<<S>>"
STRIPE_TUITION_PRICE_LOOKUP = "tuition-weekly-2024"
STRIPE_LATE_FEE_CENTS = 1500

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", "Stripe docs: API keys (sk_live_ secret key, pk_live_ publishable key)",
    secret=stripe("sk_live_"), PK=stripe("pk_live_"))

add("js/stripe-webhook-secret", "billing/webhooks/stripe.js", r"""
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '<<S>>';
const router = express.Router();

router.post('/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  switch (event.type) {
    case 'invoice.paid':
      await req.app.locals.ledger.markPaid(event.data.object.metadata.family_id, event.data.object.id);
      break;
    case 'invoice.payment_failed':
      await req.app.locals.mailer.failedPayment(event.data.object.customer_email);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
""", "Stripe docs: check webhook signatures (whsec_ endpoint secret)", secret=whsec())

add("github-actions/stripe-restricted-key", ".github/workflows/nightly-reconcile.yml", r"""
name: Nightly tuition reconcile

on:
  schedule:
    - cron: "15 4 * * *"
  workflow_dispatch:

jobs:
  reconcile:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - name: Reconcile Stripe payouts with the ledger
        env:
          STRIPE_API_KEY: <<S>>
          LEDGER_DSN: ${{ secrets.LEDGER_DSN }}
        run: python tools/reconcile.py --since yesterday --centre all
""", "Stripe docs: restricted API keys (rk_live_)", secret=stripe("rk_live_"))

add("ruby/gocardless-access-token", "billing/config/initializers/gocardless.rb", r"""
# Direct Debit for monthly nursery fees (UK centres)
require "gocardless_pro"

GOCARDLESS_CLIENT = GoCardlessPro::Client.new(
  access_token: "<<S>>",
  environment: :live,
  connection_options: { request: { timeout: 20 } }
)

Rails.application.config.x.gocardless_creditor = "CR000123ABCDEF"
Rails.application.config.x.gocardless_webhook_path = "/webhooks/gocardless"
""", "GoCardless API docs: access tokens (live_...) and the Ruby client", secret="live_" + chars(40, URLSAFE))

add("json/xero-client-secret", "billing/FeesSync/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "Xero": {
    "ClientId": "<<CID>>",
    "ClientSecret": "<<S>>",
    "CallbackUri": "https://fees.sproutsandshoots.co.nz/xero/callback",
    "Scopes": "openid profile email offline_access accounting.transactions accounting.contacts",
    "TenantName": "Sprouts & Shoots ECE Ltd"
  },
  "FeesSync": {
    "InvoiceAccountCode": "200",
    "SubsidyAccountCode": "210",
    "RunAt": "02:30"
  }
}
""", "Xero developer docs: OAuth 2.0 client id and client secret", secret=chars(48, URLSAFE),
    CID=hexs(32).upper())

add("php/quickbooks-client-secret", "billing/config/quickbooks.php", r"""
<?php

return [
    'auth_mode'     => 'oauth2',
    'ClientID'      => '<<CID>>',
    'ClientSecret'  => '<<S>>',
    'RedirectURI'   => 'https://office.tinytreehouse.com/qbo/callback',
    'scope'         => 'com.intuit.quickbooks.accounting',
    'baseUrl'       => 'Production',
    'invoice_terms' => 'Net 7',
    'items'         => [
        'full_day'  => 14,
        'half_day'  => 15,
        'late_pick' => 22,
    ],
];
""", "Intuit developer docs: QuickBooks PHP SDK OAuth 2 (ClientID, ClientSecret)", secret=chars(40),
    CID="AB" + chars(48))

add("ruby/braintree-private-key", "billing/lib/payments/braintree_gateway.rb", r"""
require "braintree"

module Payments
  class BraintreeGateway
    def self.gateway
      @gateway ||= Braintree::Gateway.new(
        environment: :production,
        merchant_id: "<<MID>>",
        public_key: "<<PUB>>",
        private_key: "<<S>>"
      )
    end

    def self.charge_tuition(customer_id, amount, family_ref)
      gateway.transaction.sale(
        amount: format("%.2f", amount),
        customer_id: customer_id,
        order_id: family_ref,
        options: { submit_for_settlement: true }
      )
    end
  end
end
""", "Braintree docs: API credentials (merchant id, public key, private key)", secret=hexs(32),
    MID=chars(16, LOWER_DIGITS), PUB=chars(16, LOWER_DIGITS))

add("ts/square-access-token", "billing/src/square/client.ts", r"""
import { Client, Environment } from 'square';

export const squareClient = new Client({
  environment: Environment.Production,
  accessToken: '<<S>>',
});

export const LOCATION_ID = 'L8QTY5Z1H7M3X';

export async function chargeRegistrationFee(sourceId: string, familyId: string) {
  const { result } = await squareClient.paymentsApi.createPayment({
    sourceId,
    idempotencyKey: `${familyId}-reg-${new Date().getFullYear()}`,
    amountMoney: { amount: BigInt(7500), currency: 'USD' },
    locationId: LOCATION_ID,
    note: 'Annual registration fee',
  });
  return result.payment;
}
""", "Square developer docs: access tokens (EAAA...) and the Node SDK", secret="EAAA" + chars(60, URLSAFE))

add("properties/paypal-client-secret", "billing/src/main/resources/application-prod.properties", r"""
spring.application.name=fees-portal
server.port=8443
server.ssl.enabled=true

spring.datasource.url=jdbc:postgresql://fees-db.internal:5432/fees
spring.datasource.username=fees_app
spring.datasource.password=${FEES_DB_PASSWORD}

paypal.mode=live
paypal.client.id=<<CID>>
paypal.client.secret=<<S>>
paypal.return-url=https://fees.happyhoppers.com/paypal/return
paypal.cancel-url=https://fees.happyhoppers.com/paypal/cancel
""", "PayPal developer docs: REST API credentials (client id, secret)", secret="E" + chars(79, URLSAFE),
    CID="A" + chars(79, URLSAFE))

add("csharp/authorize-net-transaction-key", "billing/Tuition.Payments/AuthNetSettings.cs", r"""
using AuthorizeNet.Api.Contracts.V1;
using AuthorizeNet.Api.Controllers.Bases;

namespace Tuition.Payments
{
    public static class AuthNetSettings
    {
        public const string ApiLoginId = "<<LID>>";
        public const string TransactionKey = "<<S>>";

        public static void Apply()
        {
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.RunEnvironment =
                AuthorizeNet.Environment.PRODUCTION;
            ApiOperationBase<ANetApiRequest, ANetApiResponse>.MerchantAuthentication =
                new merchantAuthenticationType
                {
                    name = ApiLoginId,
                    ItemElementName = ItemChoiceType.transactionKey,
                    Item = TransactionKey,
                };
        }
    }
}
""", "Authorize.Net developer docs: API Login ID and Transaction Key", secret=chars(16), LID=chars(9))

add("ts/plaid-secret", "billing/src/ach/plaid.ts", r"""
import { Configuration, PlaidApi, PlaidEnvironments, Products, CountryCode } from 'plaid';

const configuration = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      'PLAID-CLIENT-ID': '<<CID>>',
      'PLAID-SECRET': '<<S>>',
    },
  },
});

export const plaid = new PlaidApi(configuration);

export async function linkTokenFor(familyId: string) {
  const res = await plaid.linkTokenCreate({
    user: { client_user_id: familyId },
    client_name: 'Little Explorers Tuition',
    products: [Products.Auth],
    country_codes: [CountryCode.Us],
    language: 'en',
  });
  return res.data.link_token;
}
""", "Plaid docs: API keys (client_id and secret headers)", secret=hexs(30), CID=hexs(24))

add("shell/subsidy-sftp-password", "subsidy/upload_attendance.sh", r"""
#!/usr/bin/env bash
# Monthly attendance upload to the state child care subsidy gateway (CCAP).
set -euo pipefail

MONTH="${1:-$(date -d 'last month' +%Y-%m)}"
FILE="/srv/exports/ccap_attendance_${MONTH}.csv"

[ -f "$FILE" ] || { echo "missing $FILE" >&2; exit 1; }

lftp -u "prov_104882,<<S>>" sftp://sftp.ccap-gateway.example-state.gov <<EOF
set sftp:auto-confirm yes
cd /inbound/attendance
put "$FILE"
bye
EOF

echo "uploaded $FILE"
""", "lftp(1) manual: -u user,password", secret=human_pw())

add("yaml/ccs-keystore-password", "subsidy/ccs-gateway/src/main/resources/application.yml", r"""
server:
  port: 8090

ccs:
  # Services Australia third-party software: PRODA B2B device
  proda:
    org-id: "4683012957"
    device-name: "KIDSTOP-CCS-01"
    token-endpoint: https://proda.humanservices.gov.au/mga/sps/oauth/oauth20/token
  keystore:
    path: /etc/ccs/device-keystore.p12
    type: PKCS12
    alias: proda-device
    password: "<<S>>"
  submit:
    session-reports-cron: "0 30 1 * * *"
    enrolment-notices: true
""", "Services Australia CCS developer docs: PRODA B2B device authentication (device keystore)",
    secret=gen_pw(20))

add("env/hmrc-client-secret", "subsidy/tfc-connector/.env", r"""
# Tax-Free Childcare (HMRC) provider payments connector
HMRC_API_BASE=https://api.service.hmrc.gov.uk
HMRC_CLIENT_ID=<<CID>>
HMRC_CLIENT_SECRET=<<S>>
HMRC_SERVER_TOKEN_SCOPE=write:tax-free-childcare-payments
PROVIDER_URN=EY412793
PAYMENT_RECONCILE_CRON="0 6 * * 1-5"
""", "HMRC Developer Hub docs: application credentials (client id, client secret)",
    secret=uuid4(), CID=chars(28))

add("xml/wsse-password", "subsidy/soap/SubmitAttendance.xml", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:att="http://childcare.example-province.ca/attendance/v2">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>LIC-88231-SUNRISE</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText"><<S>></wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <att:SubmitAttendance>
      <att:LicenceNumber>88231</att:LicenceNumber>
      <att:Period>2024-09</att:Period>
      <att:File>attendance_2024-09.xml</att:File>
    </att:SubmitAttendance>
  </soapenv:Body>
</soapenv:Envelope>
""", "OASIS WS-Security UsernameToken Profile 1.1 (PasswordText)", secret=human_pw())

add("ini/procare-sql-connection", "billing/ProcareExport/ProcareExport.ini", r"""
; ProcareExport settings - nightly export of family balances to the website portal
[Source]
ConnectionString=Server=PROCARE-SRV\SQLEXPRESS;Database=Procare;User Id=sa;Password=<<S>>;TrustServerCertificate=True

[Export]
OutputFolder=\\nas01\exports\procare
Format=csv
IncludeInactiveFamilies=false

[Schedule]
RunAt=23:45
""", "Microsoft docs: SQL Server connection strings (Password=)", secret=human_pw())

add("php/mailchimp-api-key", "website/wp-content/themes/acorns/inc/newsletter.php", r"""
<?php
// Newsletter sign-up form on the enquiry page.
defined('ABSPATH') || exit;

const ACORNS_MC_KEY  = '<<S>>';
const ACORNS_MC_LIST = 'b41c7a9e2f';

function acorns_newsletter_subscribe(string $email, string $first_name): bool {
    [$key, $dc] = [ACORNS_MC_KEY, substr(ACORNS_MC_KEY, strpos(ACORNS_MC_KEY, '-') + 1)];
    $response = wp_remote_post("https://{$dc}.api.mailchimp.com/3.0/lists/" . ACORNS_MC_LIST . '/members', [
        'headers' => ['Authorization' => 'Basic ' . base64_encode("anystring:{$key}")],
        'body'    => wp_json_encode([
            'email_address' => $email,
            'status'        => 'pending',
            'merge_fields'  => ['FNAME' => $first_name],
        ]),
        'timeout' => 10,
    ]);
    return !is_wp_error($response) && wp_remote_retrieve_response_code($response) < 300;
}
""", "Mailchimp Marketing API docs: API keys (<hex>-<dc>)", secret=hexs(32) + "-us14")

add("ini/aws-credentials", "infra/invoices/.aws/credentials", r"""
[default]
region = ap-southeast-2

[invoice-pdf]
aws_access_key_id = <<KID>>
aws_secret_access_key = <<S>>
region = ap-southeast-2
""", "AWS CLI docs: configuration and credential file settings", secret=aws_secret(), KID=aws_id())

add("java/adyen-api-key", "billing/src/main/java/au/kidsplace/fees/AdyenConfig.java", r"""
package au.kidsplace.fees;

import com.adyen.Client;
import com.adyen.enums.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AdyenConfig {

    private static final String API_KEY =
        "<<S>>";
    private static final String LIVE_PREFIX = "1797a841fbb37ca7-KidsPlaceAU";

    @Bean
    public Client adyenClient() {
        return new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
    }
}
""", "Adyen docs: API credentials (API key)",
    secret="AQE" + chars(60) + "=-" + chars(43, B64) + "=-" + chars(10))

add("http/postmark-server-token", "billing/http/send-invoice.http", r"""
### Send a tuition invoice email through Postmark (manual resend)
POST https://api.postmarkapp.com/email/withTemplate
Accept: application/json
Content-Type: application/json
X-Postmark-Server-Token: <<S>>

{
  "From": "accounts@willowtreeelc.com",
  "To": "parent@example.com",
  "TemplateAlias": "tuition-invoice",
  "TemplateModel": {
    "family_name": "Example",
    "invoice_number": "INV-2024-0931",
    "amount_due": "$1,240.00",
    "due_date": "2024-10-04"
  },
  "MessageStream": "outbound"
}
""", "Postmark API docs: X-Postmark-Server-Token header", secret=uuid4())

add("yaml/xero-webhook-key", "billing/feesync/webhooks.yaml", r"""
webhooks:
  xero:
    path: /hooks/xero
    signing_key: "<<S>>"
    events: [INVOICE, CONTACT]
  gocardless:
    path: /hooks/gocardless
    secret_env: GOCARDLESS_WEBHOOK_SECRET
retry:
  max_attempts: 5
  backoff_seconds: 30
""", "Xero developer docs: webhooks (webhook key used to sign x-xero-signature)", secret=chars(86, B64) + "==")
# ---------------------------------------------------------------- staff rostering --------------

add("python/deputy-permanent-token", "rostering/deputy_sync.py", r"""
'''Push the week's room ratios into Deputy so the roster shows required educators per room.'''
import datetime as dt

import requests

DEPUTY_HOST = "https://kidsacademy.au.deputy.com"
DEPUTY_TOKEN = "<<S>>"
SESSION = requests.Session()
SESSION.headers.update({"Authorization": f"OAuth {DEPUTY_TOKEN}", "Content-Type": "application/json"})


def set_requirement(area_id: int, day: dt.date, educators: int) -> None:
    payload = {"intOpunitId": area_id, "strDate": day.isoformat(), "intRequired": educators}
    resp = SESSION.post(f"{DEPUTY_HOST}/api/v1/resource/Roster/QUERY", json=payload, timeout=20)
    resp.raise_for_status()


def week_from(monday: dt.date):
    return [monday + dt.timedelta(days=i) for i in range(5)]
""", "Deputy API docs: permanent tokens (Authorization: OAuth <token>)", secret=hexs(32))

add("js/wheniwork-developer-key", "rostering/wiw/client.js", r"""
const fetch = require('node-fetch');

const WIW_LOGIN = 'https://api.login.wheniwork.com/login';
const WIW_API = 'https://api.wheniwork.com/2';
const DEVELOPER_KEY = '<<S>>';

async function login(email, password) {
  const res = await fetch(WIW_LOGIN, {
    method: 'POST',
    headers: { 'W-Key': DEVELOPER_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return (await res.json()).token;
}

async function shifts(token, start, end) {
  const res = await fetch(`${WIW_API}/shifts?start=${start}&end=${end}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return (await res.json()).shifts;
}

module.exports = { login, shifts };
""", "When I Work API docs: developer key (W-Key header)", secret=hexs(40))

add("shell/bamboohr-api-key", "rostering/scripts/pull_staff_directory.sh", r"""
#!/bin/sh
# Pull the educator directory from BambooHR for the rostering import (runs on the ops box).
set -eu

COMPANY=treetopschildcare
OUT=/var/lib/rostering/directory.json

curl -sS --fail \
  -u "<<S>>:x" \
  -H "Accept: application/json" \
  "https://api.bamboohr.com/api/gateway.php/${COMPANY}/v1/employees/directory" \
  -o "${OUT}.tmp"

mv "${OUT}.tmp" "${OUT}"
logger -t rostering "directory refreshed: $(jq '.employees | length' "$OUT") staff"
""", "BambooHR API docs: HTTP Basic auth with the API key as user and any password", secret=hexs(40))

add("ts/checkr-api-key", "rostering/src/vetting/checkr.ts", r"""
import axios from 'axios';

// Background checks for new educators before their first shift.
const checkr = axios.create({
  baseURL: 'https://api.checkr.com/v1',
  auth: { username: '<<S>>', password: '' },
  timeout: 15000,
});

export async function inviteCandidate(email: string, firstName: string, lastName: string) {
  const candidate = await checkr.post('/candidates', { email, first_name: firstName, last_name: lastName });
  const invitation = await checkr.post('/invitations', {
    candidate_id: candidate.data.id,
    package: 'childcare_plus_mvr',
    work_locations: [{ country: 'US', state: 'CO' }],
  });
  return invitation.data.invitation_url as string;
}
""", "Checkr API docs: authentication (API key as Basic auth user, empty password)", secret=hexs(40))

_adp = rsa_pkcs8()
add("pem/adp-client-key", "payroll/certs/adp_client.key", _adp + "\n",
    "ADP Marketplace docs: mutual TLS client certificate and private key", secret=_adp)

add("python/tanda-bearer-token", "rostering/tanda_export.py", r"""
import csv
import sys

import requests

TANDA = "https://my.tanda.co/api/v2"
HEADERS = {"Authorization": "bearer <<S>>", "Cache-Control": "no-cache"}


def export_timesheets(start: str, finish: str, path: str) -> None:
    resp = requests.get(f"{TANDA}/timesheets/on/{start}", headers=HEADERS,
                        params={"show_costs": "true", "finish": finish}, timeout=30)
    resp.raise_for_status()
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["user_id", "date", "hours", "cost"])
        for sheet in resp.json():
            for shift in sheet["shifts"]:
                writer.writerow([sheet["user_id"], shift["date"], shift.get("hours"), shift.get("cost")])


if __name__ == "__main__":
    export_timesheets(sys.argv[1], sys.argv[2], sys.argv[3])
""", "Tanda (Workforce.com) API docs: bearer access tokens", secret=hexs(64))

add("json/graph-client-secret", "rostering/CalendarSync/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "Graph__TenantId": "<<TID>>",
    "Graph__ClientId": "<<CID>>",
    "Graph__ClientSecret": "<<S>>",
    "Roster__SharedMailbox": "rosters@ladybirdlane.org.uk",
    "Roster__SyncCron": "0 */30 6-19 * * 1-5"
  }
}
""", "Microsoft identity platform docs: client secrets (app registration credentials)",
    secret=azure_secret(), TID=uuid4(), CID=uuid4())

add("conf/sssd-ldap-bind-password", "kiosk-pi/etc/sssd/sssd.conf", r"""
[sssd]
config_file_version = 2
services = nss, pam
domains = staff.oakhill.local

[domain/staff.oakhill.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.staff.oakhill.local
ldap_search_base = ou=Educators,dc=staff,dc=oakhill,dc=local
ldap_default_bind_dn = cn=svc-kiosk,ou=Service,dc=staff,dc=oakhill,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = <<S>>
ldap_tls_reqcert = demand
cache_credentials = true
enumerate = false
""", "sssd-ldap(5): ldap_default_authtok", secret=human_pw())

add("python/okta-api-token", "it/okta/provision_educators.py", r"""
import csv
import sys

import requests

OKTA_ORG = "https://cubbyhouse.okta.com"
OKTA_TOKEN = "<<S>>"
EDUCATOR_GROUP = "00g5w1kq7rTzD8Pm95d7"


def create_user(row):
    body = {
        "profile": {"firstName": row["first"], "lastName": row["last"], "email": row["email"],
                    "login": row["email"], "department": row["centre"]},
        "groupIds": [EDUCATOR_GROUP],
    }
    resp = requests.post(f"{OKTA_ORG}/api/v1/users?activate=true", json=body,
                         headers={"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}, timeout=20)
    resp.raise_for_status()
    return resp.json()["id"]


if __name__ == "__main__":
    with open(sys.argv[1]) as fh:
        for row in csv.DictReader(fh):
            print(row["email"], create_user(row))
""", "Okta docs: API tokens (Authorization: SSWS)", secret="00" + chars(40, URLSAFE))

add("terraform/auth0-client-secret", "infra/auth0/main.tf", r"""
terraform {
  required_providers {
    auth0 = {
      source  = "auth0/auth0"
      version = "~> 1.2"
    }
  }
}

provider "auth0" {
  domain        = "kinderhaven.au.auth0.com"
  client_id     = "<<CID>>"
  client_secret = "<<S>>"
}

resource "auth0_client" "parent_app" {
  name            = "Kinderhaven Parents"
  app_type        = "native"
  callbacks       = ["com.kinderhaven.parents://kinderhaven.au.auth0.com/ios/com.kinderhaven.parents/callback"]
  oidc_conformant = true
}

resource "auth0_connection" "staff" {
  name     = "staff-google"
  strategy = "google-apps"
}
""", "Auth0 Terraform provider docs: provider configuration (client_id, client_secret)",
    secret=chars(64, URLSAFE), CID=chars(32))

add("compose/postgres-password", "rostering/docker-compose.yml", r"""
version: "3.9"
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: roster
      POSTGRES_USER: roster
      POSTGRES_PASSWORD: <<S>>
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    image: registry.gitlab.com/treehouse-ece/roster:1.19.2
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://roster:<<S>>@db:5432/roster
      TZ: Pacific/Auckland
    ports:
      - "8080:8080"
volumes:
  pgdata:
""", "Docker Hub postgres image docs: POSTGRES_PASSWORD", secret=human_pw())

add("ini/mysql-client-password", "ops/backup/.my.cnf", r"""
[client]
user=backup
password="<<S>>"
host=127.0.0.1
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
""", "MySQL docs: option files ([client] password)", secret=gen_pw(22, "!#%+"))

add("conf/pgpass", "ops/reporting/.pgpass", r"""
# hostname:port:database:username:password
reports-db.internal:5432:roster:report_ro:<<S>>
reports-db.internal:5432:attendance:report_ro:<<S>>
# reporting replica (read-only role)
reports-replica.internal:5432:*:report_ro:<<S>>
""", "PostgreSQL docs: the password file (.pgpass)", secret=gen_pw(24))

add("yaml/redis-url-password", "rostering/config/sidekiq.yml", r"""
:concurrency: 5
:queues:
  - [rosters, 3]
  - [notifications, 2]
  - default
:redis:
  :url: redis://:<<S>>@roster-cache.abc123.ng.0001.use1.cache.amazonaws.com:6379/2
  :network_timeout: 5
:scheduler:
  :schedule:
    publish_next_week:
      cron: "0 14 * * 4"
      class: PublishRosterJob
""", "Sidekiq wiki: using Redis (redis URL with password)", secret=gen_pw(32, "-_"))

add("js/mongodb-uri-password", "photo-feed/src/db.js", r"""
import { MongoClient } from 'mongodb';

const uri =
  'mongodb+srv://photofeed:<<S>>@cluster0.k7wq2.mongodb.net/daily?retryWrites=true&w=majority';

const client = new MongoClient(uri, { maxPoolSize: 20 });
let db;

export async function getDb() {
  if (!db) {
    await client.connect();
    db = client.db('daily');
    await db.collection('moments').createIndex({ childId: 1, takenAt: -1 });
  }
  return db;
}
""", "MongoDB docs: connection string URI format (mongodb+srv)", secret=gen_pw(16))

# ---------------------------------------------------------------- messaging vendors ------------

add("php/sendgrid-api-key", "website/app/Services/EnquiryMailer.php", r"""
<?php

namespace App\Services;

use SendGrid;
use SendGrid\Mail\Mail;

class EnquiryMailer
{
    private const SENDGRID_KEY = '<<S>>';

    public function sendTourConfirmation(string $to, string $parentName, string $tourDate): bool
    {
        $email = new Mail();
        $email->setFrom('tours@bluebellnurseries.co.uk', 'Bluebell Nurseries');
        $email->addTo($to, $parentName);
        $email->setTemplateId('d-4c2f5a9b1e7d4a3c8b6f0e2d9c1a7b35');
        $email->addDynamicTemplateDatas(['parent' => $parentName, 'date' => $tourDate]);

        $response = (new SendGrid(self::SENDGRID_KEY))->send($email);
        return $response->statusCode() === 202;
    }
}
""", "SendGrid docs: API keys (SG.<id>.<secret>) and the PHP library", secret=sendgrid())

add("ruby/mailgun-smtp-password", "parent-portal/config/environments/production.rb", r"""
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.log_level = :info

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = { host: "families.sunnysidekids.com", protocol: "https" }
  config.action_mailer.smtp_settings = {
    address: "smtp.mailgun.org",
    port: 587,
    user_name: "postmaster@mg.sunnysidekids.com",
    password: "<<S>>",
    authentication: :plain,
    enable_starttls_auto: true
  }

  config.active_storage.service = :amazon
end
""", "Mailgun docs: SMTP credentials; Rails guides: Action Mailer smtp_settings",
    secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("php/brevo-api-key", "website/wp-content/mu-plugins/brevo-settings.php", r"""
<?php
/**
 * Plugin Name: Brevo transactional settings
 * Description: Enquiry and waiting-list emails via Brevo.
 */
defined('ABSPATH') || exit;

define('TINYTOTS_BREVO_API_KEY', '<<S>>');
define('TINYTOTS_BREVO_SENDER', 'hello@tinytotsdaycare.ie');
define('TINYTOTS_BREVO_WAITLIST_TEMPLATE', 17);

add_filter('tinytots_mailer_headers', function (array $headers): array {
    $headers['api-key'] = TINYTOTS_BREVO_API_KEY;
    $headers['accept'] = 'application/json';
    return $headers;
});
""", "Brevo API docs: API keys (xkeysib-...)", secret="xkeysib-" + hexs(64) + "-" + chars(16))

add("go/twilio-api-key-secret", "messaging/sms/twilio.go", r"""
package sms

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
	accountSid   = "<<SID>>"
	apiKeySid    = "<<KEY>>"
	apiKeySecret = "<<S>>"
	fromNumber   = "+61480000123"
)

var client = twilio.NewRestClientWithParams(twilio.ClientParams{
	Username:   apiKeySid,
	Password:   apiKeySecret,
	AccountSid: accountSid,
})

// SendIncident texts a guardian that an incident report is waiting in the app.
func SendIncident(to, childName string) error {
	params := &api.CreateMessageParams{}
	params.SetTo(to)
	params.SetFrom(fromNumber)
	params.SetBody("Koala Corner: please review today's incident report for " + childName + " in the app.")
	_, err := client.Api.CreateMessage(params)
	return err
}
""", "Twilio docs: API keys (SK sid and secret) with the Go helper library", secret=chars(32),
    SID=twilio_sid(), KEY="SK" + hexs(32))

add("kotlin/vonage-api-secret", "messaging/src/main/kotlin/org/busybumbles/sms/VonageSender.kt", r"""
package org.busybumbles.sms

import com.vonage.client.VonageClient
import com.vonage.client.sms.messages.TextMessage

object VonageSender {
    private const val API_KEY = "<<KEY>>"
    private const val API_SECRET = "<<S>>"
    private const val FROM = "BusyBumbles"

    private val client: VonageClient = VonageClient.builder()
        .apiKey(API_KEY)
        .apiSecret(API_SECRET)
        .build()

    fun sendClosureNotice(to: String, centre: String): Boolean {
        val text = "$centre is closed today due to a power outage. We'll update you by 10am."
        val response = client.smsClient.submitMessage(TextMessage(FROM, to, text))
        return response.messages.all { it.status.name == "OK" }
    }
}
""", "Vonage docs: API key and API secret", secret=chars(16), KEY=hexs(8))

add("env/messagebird-access-key", "messaging-api/.env", r"""
APP_NAME="Wee Ones Messaging"
APP_ENV=production
APP_KEY=${LARAVEL_APP_KEY}
APP_DEBUG=false
APP_URL=https://msg.weeones.co.uk

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=messaging
DB_USERNAME=messaging
DB_PASSWORD=${DB_PASSWORD}

MESSAGEBIRD_ACCESS_KEY=<<S>>
MESSAGEBIRD_ORIGINATOR=WeeOnes
""", "MessageBird docs: access keys (live key, 25 characters)", secret=chars(25))

add("python/slack-bot-token", "it/bots/ratio_alert.py", r"""
import os

from slack_sdk import WebClient

slack = WebClient(token="<<S>>")
CHANNEL = "#room-ratios"


def alert(room: str, children: int, educators: int, required: int) -> None:
    slack.chat_postMessage(
        channel=CHANNEL,
        text=f":warning: {room}: {children} children, {educators} educators (need {required})",
        username="Ratio Bot",
    )


if __name__ == "__main__":
    alert(os.environ.get("ROOM", "Test room"), 12, 2, 3)
""", "Slack docs: bot tokens (xoxb-) and slack_sdk WebClient", secret=slack_bot())

add("yaml/slack-webhook-url", "monitoring/grafana/provisioning/alerting/contact-points.yaml", r"""
apiVersion: 1
contactPoints:
  - orgId: 1
    name: it-oncall
    receivers:
      - uid: slack-it
        type: slack
        settings:
          url: <<S>>
          recipient: "#it-alerts"
          title: '{{ template "default.title" . }}'
      - uid: email-it
        type: email
        settings:
          addresses: it@acornsandoaks.com
""", "Grafana docs: file provisioning of contact points (slack url)", secret=slack_webhook())

add("powershell/teams-webhook", "it/scripts/Send-BackupReport.ps1", r"""
param([string]$Status = "Succeeded", [string]$Details = "")

$webhook = "<<S>>"

$card = @{
    "@type"      = "MessageCard"
    "@context"   = "http://schema.org/extensions"
    "summary"    = "Nightly backup $Status"
    "themeColor" = if ($Status -eq "Succeeded") { "2DC72D" } else { "C7302D" }
    "sections"   = @(@{
        "activityTitle" = "Nightly backup: $Status"
        "text"          = $Details
        "facts"         = @(@{ name = "Server"; value = $env:COMPUTERNAME }, @{ name = "Time"; value = (Get-Date -Format "u") })
    })
}

Invoke-RestMethod -Uri $webhook -Method Post -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 6)
""", "Microsoft Teams docs: incoming webhooks (webhook.office.com URL)", secret=teams_webhook("littlelearnersorg"))

add("env/telegram-bot-token", "it/director-bot/.env", r"""
# Telegram bot that pings centre directors when a child is not collected by 18:15
TELEGRAM_BOT_TOKEN=<<S>>
TELEGRAM_DIRECTORS_CHAT=-1001873345120
LATE_PICKUP_AFTER=18:15
TZ=Europe/Dublin
""", "Telegram Bot API docs: authorising your bot (token)", secret=telegram())

add("js/whatsapp-cloud-token", "messaging/whatsapp/send.js", r"""
const axios = require('axios');

const PHONE_NUMBER_ID = '104857362918475';
const TOKEN = '<<S>>';

async function sendTemplate(to, name, params) {
  return axios.post(
    `https://graph.facebook.com/v19.0/${PHONE_NUMBER_ID}/messages`,
    {
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: {
        name,
        language: { code: 'en_GB' },
        components: [{ type: 'body', parameters: params.map((text) => ({ type: 'text', text })) }],
      },
    },
    { headers: { Authorization: `Bearer ${TOKEN}` } },
  );
}

module.exports = { sendTemplate };
""", "Meta docs: WhatsApp Cloud API (system user access token)", secret=meta_token())

add("php/pusher-app-secret", "parent-portal/config/broadcasting.php", r"""
<?php

return [
    'default' => env('BROADCAST_DRIVER', 'pusher'),

    'connections' => [
        'pusher' => [
            'driver' => 'pusher',
            'key' => '<<KEY>>',
            'secret' => '<<S>>',
            'app_id' => '1762943',
            'options' => [
                'cluster' => 'eu',
                'useTLS' => true,
            ],
        ],

        'log' => [
            'driver' => 'log',
        ],
    ],
];
""", "Pusher Channels docs: app credentials (app_id, key, secret)", secret=hexs(20), KEY=hexs(20))

add("php/textlocal-api-key", "website/includes/sms.php", r"""
<?php
// Textlocal: closure and snow-day texts to parents
$apiKey  = urlencode('<<S>>');
$sender  = urlencode('Tiddlers');

function tiddlers_send_sms(array $numbers, string $message): array
{
    global $apiKey, $sender;
    $data = 'apikey=' . $apiKey . '&numbers=' . implode(',', $numbers)
          . '&sender=' . $sender . '&message=' . rawurlencode($message);
    $ch = curl_init('https://api.txtlocal.com/send/');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $response = curl_exec($ch);
    curl_close($ch);
    return json_decode($response, true) ?? [];
}
""", "Textlocal API docs: send (apikey parameter)", secret=chars(44, ALNUM + "+/"))

add("python/intercom-access-token", "parent-portal/support/intercom_sync.py", r"""
import requests

INTERCOM_TOKEN = "<<S>>"
HEADERS = {
    "Authorization": f"Bearer {INTERCOM_TOKEN}",
    "Accept": "application/json",
    "Intercom-Version": "2.11",
}


def upsert_family(family):
    body = {
        "role": "user",
        "external_id": str(family.id),
        "email": family.primary_email,
        "name": family.display_name,
        "custom_attributes": {"centre": family.centre.slug, "children": len(family.children)},
    }
    resp = requests.post("https://api.intercom.io/contacts", json=body, headers=HEADERS, timeout=10)
    if resp.status_code == 409:
        return None
    resp.raise_for_status()
    return resp.json()["id"]
""", "Intercom developer docs: access tokens (Bearer)", secret=intercom())

add("json/office365-smtp-password", "parent-portal/Portal.Web/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Portal": "Server=tcp:portal-sql.database.windows.net,1433;Database=portal;Authentication=Active Directory Managed Identity;"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "Port": 587,
    "EnableSsl": true,
    "UserName": "noreply@littlewondersela.com.au",
    "Password": "<<S>>",
    "FromName": "Little Wonders ELC"
  },
  "Features": {
    "DailyReports": true,
    "InvoicesInApp": true
  },
  "AllowedHosts": "*"
}
""", "Microsoft docs: SMTP AUTH client submission (smtp.office365.com)", secret=human_pw())
# ---------------------------------------------------------------- IT and web teams -------------

add("php/wordpress-db-password", "website/wp-config.php", r"""
<?php
/**
 * Little Acorns Nursery - production wp-config
 */
define( 'DB_NAME', 'littleacorns_wp' );
define( 'DB_USER', 'la_wp' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Keys and salts are generated on the server, outside the repository.
require_once __DIR__ . '/wp-salt.php';

$table_prefix = 'la_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", "WordPress docs: editing wp-config.php (DB_PASSWORD)", secret=human_pw())

add("python/django-secret-key", "enrolment/enrolment/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "<<S>>"

DEBUG = False
ALLOWED_HOSTS = ["enrol.pebblesnursery.co.uk"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "waitlist",
    "families",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "enrolment",
        "HOST": "/var/run/postgresql",
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_TZ = True
STATIC_ROOT = BASE_DIR / "static"
""", "Django docs: settings, SECRET_KEY", secret=django_key())

add("yaml/rails-secret-key-base", "parent-portal/config/secrets.yml", r"""
# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: <<S>>
  stripe_publishable_key: <%= ENV["STRIPE_PUBLISHABLE_KEY"] %>
""", "Rails guides: secrets.yml (secret_key_base)", secret=hexs(128))

add("env/laravel-app-key", "waitlist/.env.production", r"""
APP_NAME="Rainbow Sprouts Waitlist"
APP_ENV=production
APP_KEY=<<S>>
APP_DEBUG=false
APP_URL=https://waitlist.rainbowsprouts.com.au

DB_CONNECTION=pgsql
DB_HOST=${PGHOST}
DB_PORT=5432
DB_DATABASE=waitlist
DB_USERNAME=${PGUSER}
DB_PASSWORD=${PGPASSWORD}

QUEUE_CONNECTION=redis
MAIL_MAILER=ses
""", "Laravel docs: configuration, APP_KEY (base64: encryption key)", secret=laravel_key())

add("yaml/spring-jwt-secret", "parent-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://parent-db.internal:5432/parents
    username: parents_api
    password: ${PARENTS_DB_PASSWORD}
  jpa:
    open-in-view: false

security:
  jwt:
    issuer: https://api.tottrack.com
    secret: "<<S>>"
    access-token-ttl: 15m
    refresh-token-ttl: 30d

management:
  endpoints:
    web:
      exposure:
        include: health,info
""", "JJWT / Spring Security docs: HMAC-SHA signing key", secret=chars(64, B64))

add("shell/github-pat", "it/deploy/pull_and_restart.sh", r"""
#!/usr/bin/env bash
# Pulls the latest parent-portal build onto the office server (no CI runner there yet).
set -euo pipefail

cd /srv/parent-portal
git remote set-url origin "https://deploy-bot:<<S>>@github.com/meadowbank-ece/parent-portal.git"
git fetch --tags origin
git checkout -f "${1:-main}"
git reset --hard "origin/${1:-main}"

docker compose pull
docker compose up -d --remove-orphans
docker image prune -f
""", "GitHub docs: personal access tokens (ghp_) over HTTPS", secret="ghp_" + chars(36))

add("npmrc/gitlab-token", "parent-web/.npmrc", r"""
@kinderhaven:registry=https://gitlab.com/api/v4/projects/48392017/packages/npm/
//gitlab.com/api/v4/projects/48392017/packages/npm/:_authToken=<<S>>
always-auth=true
engine-strict=true
save-exact=true
""", "GitLab docs: npm packages in the package registry (_authToken)", secret="glpat-" + chars(20, URLSAFE))

add("npmrc/npm-token", "packages/ui-kit/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
access=restricted
provenance=false
""" + "# @littlelanterns/ui-kit is published from the release laptop\n",
    "npm docs: .npmrc auth tokens (npm_)", secret="npm_" + chars(36))

add("makefile/docker-hub-pat", "Makefile", r"""
IMAGE ?= sproutsece/parent-portal
TAG   ?= $(shell git describe --tags --always)

.PHONY: build push login

login:
	echo "<<S>>" | docker login -u sproutsece --password-stdin

build:
	docker build -t $(IMAGE):$(TAG) -t $(IMAGE):latest .

push: login build
	docker push $(IMAGE):$(TAG)
	docker push $(IMAGE):latest
""", "Docker docs: personal access tokens (dckr_pat_) with docker login --password-stdin",
    secret="dckr_pat_" + chars(27, URLSAFE))

add("json/azure-storage-connection", "photo-service/PhotoService/appsettings.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "PhotoStorage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=kinderphotosprod;AccountKey=<<S>>;EndpointSuffix=core.windows.net",
    "Container": "daily-moments",
    "ThumbnailWidth": 480,
    "RetentionDays": 400
  },
  "FaceBlur": { "Enabled": true, "MinConfidence": 0.6 }
}
""", "Azure docs: configure a connection string for Azure Storage (AccountKey)", secret=azure_storage_key())

_deploy_key = openssh_key()
add("yaml/ansible-deploy-key", "infra/ansible/roles/webdeploy/vars/main.yml",
    "---\nwebdeploy_user: deploy\nwebdeploy_repo: git@github.com:cubbyhouse-it/website.git\n"
    "webdeploy_branch: main\nwebdeploy_key: |\n" + "\n".join("  " + line for line in _deploy_key.splitlines())
    + "\nwebdeploy_path: /var/www/cubbyhouse\n",
    "Ansible docs: role variables; OpenSSH private key format", secret=_deploy_key)

_tls = rsa_pkcs8()
add("k8s/tls-private-key", "deploy/k8s/parentview-tls.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: parentview-tls
  namespace: parentview
type: kubernetes.io/tls
data:
  tls.crt: <<CRT>>
  tls.key: <<KEY>>
""", "Kubernetes docs: TLS secrets (tls.crt, tls.key base64)", secret=_tls,
    CRT=b64(cert_pem() + "\n"), KEY=b64(_tls + "\n"))

add("k8s/db-password", "deploy/k8s/billing-db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
  labels:
    app.kubernetes.io/part-of: kinderbill
type: Opaque
data:
  username: <<U>>
  password: <<P>>
  host: <<H>>
""", "Kubernetes docs: Secrets (data values are base64)", secret=(_pw := human_pw()),
    U=b64("kinderbill"), P=b64(_pw), H=b64("billing-db.billing.svc.cluster.local"))

add("helm/postgres-password", "deploy/helm/roster/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: ghcr.io/treetops-ece/roster
  tag: "2.7.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: roster.treetopschildcare.com
      paths: [{ path: /, pathType: Prefix }]

postgresql:
  enabled: true
  auth:
    username: roster
    password: "<<S>>"
    database: roster
  primary:
    persistence:
      size: 20Gi

resources:
  requests: { cpu: 100m, memory: 256Mi }
""", "Bitnami PostgreSQL Helm chart: auth.password", secret=gen_pw(20))

add("yaml/ansible-smtp-password", "infra/ansible/group_vars/all/mail.yml", r"""
---
postfix_relayhost: "[smtp.sendgrid.net]:587"
postfix_sasl_user: apikey
postfix_sasl_password: "<<S>>"
postfix_mynetworks: "127.0.0.0/8 10.40.0.0/16"
postfix_myhostname: mail.kiddiecorner.net
""", "SendGrid docs: SMTP relay (user apikey, password is the API key)", secret=sendgrid())

add("notebook/enrolment-db-password", "analytics/notebooks/occupancy_forecast.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Occupancy forecast by room\n",
                                                            "Weekly booked sessions vs licensed places."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "from sqlalchemy import create_engine\n", "\n",
            "engine = create_engine(\"postgresql+psycopg2://analyst:<<S>>@reports-db.internal:5432/enrolment\")\n",
            "bookings = pd.read_sql(\"select room, week, sessions from weekly_bookings\", engine)\n",
            "bookings.head()"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "occupancy = bookings.pivot_table(index='week', columns='room', values='sessions')\n",
            "occupancy.plot(figsize=(10, 4))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    "Jupyter nbformat docs; SQLAlchemy docs: database URLs", secret=human_pw())

add("r/attendance-db-password", "analytics/R/attendance_report.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "reports-db.internal",
  dbname = "attendance",
  user = "analyst",
  password = "<<S>>"
)

att <- dbGetQuery(con, "SELECT centre, room, day, present, booked FROM daily_attendance
                        WHERE day >= current_date - interval '90 days'")

summary <- att %>%
  group_by(centre, room) %>%
  summarise(rate = sum(present) / sum(booked), .groups = "drop")

ggplot(summary, aes(room, rate, fill = centre)) + geom_col(position = "dodge")
ggsave("attendance_rate.png", width = 8, height = 4)
dbDisconnect(con)
""", "DBI / RPostgres docs: dbConnect(password=)", secret=human_pw())

add("sql/mssql-login-password", "db/migrations/V42__reporting_login.sql", r"""
-- Read-only login for the Power BI occupancy dashboards
USE [master];
GO
CREATE LOGIN [powerbi_reader] WITH PASSWORD = N'<<S>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [ChildcareOps];
GO
USE [ChildcareOps];
GO
CREATE USER [powerbi_reader] FOR LOGIN [powerbi_reader];
ALTER ROLE [db_datareader] ADD MEMBER [powerbi_reader];
GO
""", "Microsoft docs: CREATE LOGIN (Transact-SQL)", secret=human_pw())

add("sql/postgres-alter-role", "db/ops/rotate_kiosk_role.sql", r"""
-- 2024-08 rotation after the contractor left. Apply with psql as the owner.
BEGIN;
ALTER ROLE kiosk_sync WITH LOGIN PASSWORD '<<S>>' VALID UNTIL '2025-08-31';
GRANT SELECT, INSERT ON checkins, checkouts TO kiosk_sync;
GRANT USAGE ON SEQUENCE checkins_id_seq, checkouts_id_seq TO kiosk_sync;
COMMIT;
""", "PostgreSQL docs: ALTER ROLE ... PASSWORD", secret=gen_pw(18))

add("shell-history/mysql-password", "ops/server-notes/root_bash_history", r"""
cd /var/www/littleacorns
ls -la
sudo systemctl status php8.2-fpm
tail -n 50 /var/log/nginx/error.log
mysql -u la_wp -p'<<S>>' littleacorns_wp -e "select option_value from la_options where option_name='siteurl'"
wp plugin list --allow-root
wp plugin update --all --allow-root
df -h
sudo certbot renew --dry-run
exit
""", "mysql(1) client: -p<password> on the command line", secret=human_pw())

add("powershell/bearer-token", "it/scripts/Export-Families.ps1", r"""
# Export active families from the parent app API for the annual re-enrolment mail merge.
$ApiBase = "https://api.kindercloud.app/v1"
$Headers = @{
    "Authorization" = "Bearer <<S>>"
    "Accept"        = "application/json"
}

$families = @()
$page = 1
do {
    $resp = Invoke-RestMethod -Uri "$ApiBase/families?status=active&page=$page&per_page=200" -Headers $Headers
    $families += $resp.data
    $page++
} while ($resp.meta.has_more)

$families | Select-Object id, surname, primary_email, centre |
    Export-Csv -Path "C:\Reports\families-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
""", "RFC 6750 bearer tokens; Invoke-RestMethod docs", secret="kc_live_" + chars(40))

add("gs/jotform-api-key", "apps-script/enrolment-forms/Code.gs", r"""
/**
 * Copies new enrolment form submissions from Jotform into the waitlist sheet.
 * Trigger: time-driven, every hour.
 */
const JOTFORM_API_KEY = '<<S>>';
const FORM_ID = '241583926744062';
const SHEET_NAME = 'Waitlist';

function syncSubmissions() {
  const url = 'https://eu-api.jotform.com/form/' + FORM_ID + '/submissions?limit=100&apiKey=' + JOTFORM_API_KEY;
  const resp = UrlFetchApp.fetch(url, { muteHttpExceptions: true });
  const body = JSON.parse(resp.getContentText());
  const sheet = SpreadsheetApp.getActive().getSheetByName(SHEET_NAME);
  const seen = new Set(sheet.getRange('A:A').getValues().flat().map(String));
  body.content.forEach(function (sub) {
    if (!seen.has(sub.id)) {
      const a = sub.answers;
      sheet.appendRow([sub.id, sub.created_at, a['3'].answer, a['4'].answer, a['7'].answer]);
    }
  });
}
""", "Jotform API docs: apiKey query parameter", secret=hexs(32))

add("python/hubspot-private-app-token", "crm/hubspot_enquiries.py", r"""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

client = HubSpot(access_token="<<S>>")


def create_enquiry(parent_email, parent_name, child_dob, centre):
    first, _, last = parent_name.partition(" ")
    contact = SimplePublicObjectInputForCreate(properties={
        "email": parent_email,
        "firstname": first,
        "lastname": last,
        "child_date_of_birth": child_dob,
        "preferred_centre": centre,
        "lifecyclestage": "lead",
    })
    return client.crm.contacts.basic_api.create(simple_public_object_input_for_create=contact).id
""", "HubSpot docs: private app access tokens (pat-na1-...)", secret="pat-na1-" + uuid4())

add("python/openai-api-key", "daily-reports/summarise.py", r"""
from openai import OpenAI

client = OpenAI(api_key="<<S>>")

PROMPT = (
    "You write warm, short end-of-day notes for parents of a nursery. Use the educator's notes. "
    "Never mention other children by name."
)


def summarise(notes: str, child_first_name: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": f"Child: {child_first_name}\nNotes:\n{notes}"},
        ],
        temperature=0.4,
        max_tokens=220,
    )
    return resp.choices[0].message.content.strip()
""", "OpenAI docs: API keys (sk-proj-...)", secret=openai())

add("python/google-maps-server-key", "enrolment/tools/geocode_families.py", r"""
# Geocode family postcodes to plan the new centre's catchment (server side, unrestricted key).
import csv

import googlemaps

gmaps = googlemaps.Client(key="<<S>>")

with open("families.csv") as src, open("families_geocoded.csv", "w", newline="") as dst:
    reader = csv.DictReader(src)
    writer = csv.DictWriter(dst, fieldnames=reader.fieldnames + ["lat", "lng"])
    writer.writeheader()
    for row in reader:
        result = gmaps.geocode(f"{row['postcode']}, UK")
        loc = result[0]["geometry"]["location"] if result else {"lat": "", "lng": ""}
        writer.writerow({**row, "lat": loc["lat"], "lng": loc["lng"]})
""", "Google Maps Platform docs: API keys (AIza...) with the Python client", secret=google_key())

add("shell/mapbox-secret-token", "website/maps/upload_catchment.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
# Upload the catchment GeoJSON as a tileset source (needs a secret token with tilesets:write)
export MAPBOX_ACCESS_TOKEN="<<S>>"

tilesets upload-source sunnysidekids catchments catchments.geojson --replace
tilesets publish sunnysidekids.catchments
""", "Mapbox docs: access tokens (sk. secret tokens with write scopes)", secret=mapbox("sk", "sunnysidekids"))

add("cisco/local-user-password", "network/centre-switch-brunswick.cfg", r"""
hostname BRUNSWICK-SW01
!
service password-encryption
enable secret 9 $9$kq3Vb0Yj2nW1aE$Y0xq7oEkQm2vUu1cQe8yJ0h2G5pQ7tRwZbN9sL4dF6A
!
username netadmin privilege 15 password 0 <<S>>
!
vlan 10
 name STAFF
vlan 20
 name CAMERAS
vlan 30
 name KIOSK
vlan 40
 name GUEST
!
interface range GigabitEthernet1/0/1-8
 switchport access vlan 20
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet1/0/24
 switchport mode trunk
!
line vty 0 4
 login local
 transport input ssh
!
end
""", "Cisco IOS command reference: username ... password 0 (unencrypted)", secret=human_pw())

add("python/unifi-controller-password", "network/unifi_guest_vouchers.py", r"""
# Prints Wi-Fi guest vouchers for visiting parents at the open day.
from pyunifi.controller import Controller

c = Controller("unifi.office.local", "itadmin", "<<S>>", port=8443, version="UDMP-unifiOS",
               site_id="default", ssl_verify=False)

for voucher in c.create_voucher(number=20, quota=1, expire=480, note="open day"):
    print(voucher["code"])
""", "pyunifi docs: Controller(host, username, password, ...)", secret=human_pw())

_docusign = rsa_pkcs1()
add("python/docusign-private-key", "enrolment/contracts/docusign_client.py", r'''
from docusign_esign import ApiClient

INTEGRATION_KEY = "<<IK>>"
USER_ID = "<<UID>>"
PRIVATE_KEY = """<<S>>"""


def api_client() -> ApiClient:
    client = ApiClient()
    client.set_oauth_host_name("account.docusign.com")
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=USER_ID,
        oauth_host_name="account.docusign.com",
        private_key_bytes=PRIVATE_KEY.encode(),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.set_default_header("Authorization", f"Bearer {token.access_token}")
    return client
''', "DocuSign docs: JWT grant (integration key and RSA private key)", secret=_docusign,
    IK=uuid4(), UID=uuid4())

add("http/basic-auth-header", "parent-api/requests/legacy-sync.http", r"""
### Legacy Procare Online bridge: pull today's check-ins (basic auth service user)
GET https://bridge.oakleafkids.com/api/checkins?date=2024-10-14
Authorization: Basic <<S>>
Accept: application/json

### Same, one room
GET https://bridge.oakleafkids.com/api/checkins?date=2024-10-14&room=joeys
Authorization: Basic <<S>>
Accept: application/json
""", "RFC 7617: HTTP Basic authentication (base64 of user:password)", secret=b64("svc_bridge:" + human_pw()))

_split = gen_pw(28)
add("java/split-password", "billing/src/main/java/nz/kowhai/fees/LegacyDb.java", r"""
package nz.kowhai.fees;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class LegacyDb {
    private static final String URL = "jdbc:sqlserver://fees-legacy.kowhai.local:1433;databaseName=Fees;encrypt=true";
    private static final String USER = "fees_reader";
    private static final String PASSWORD = "<<A>>" +
            "<<B>>";

    private LegacyDb() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", "JDBC DriverManager.getConnection(url, user, password)", secret=_split, A=_split[:14], B=_split[14:])

add("js/vapid-private-key", "parent-web/server/push.js", r"""
const webpush = require('web-push');

webpush.setVapidDetails(
  'mailto:it@wattlebirdelc.com.au',
  '<<PUB>>',
  '<<S>>',
);

async function sendDailyReportReady(subscription, childName) {
  const payload = JSON.stringify({ title: 'Daily report ready', body: `${childName}'s day is in the app` });
  try {
    await webpush.sendNotification(subscription, payload, { TTL: 3600 });
  } catch (err) {
    if (err.statusCode === 410) return 'gone';
    throw err;
  }
  return 'sent';
}

module.exports = { sendDailyReportReady };
""", "web-push README: setVapidDetails(subject, publicKey, privateKey)", secret=chars(43, URLSAFE), PUB=vapid_public())

add("env/database-url-password", "enquiries-api/.env.prod", r"""
APP_ENV=prod
APP_DEBUG=0
DATABASE_URL="mysql://enquiries:<<S>>@127.0.0.1:3306/enquiries?serverVersion=8.0.36&charset=utf8mb4"
MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
CORS_ALLOW_ORIGIN='^https?://(www\.)?treetopsnursery\.co\.uk$'
""", "Symfony docs: configuring the database (DATABASE_URL)", secret=human_pw())

add("shell/vault-token", "it/scripts/seed_vault.sh", r"""
#!/usr/bin/env bash
# One-off: move the kiosk secrets into Vault (run from the IT laptop on the office VPN).
set -euo pipefail

export VAULT_ADDR=https://vault.office.kinderhaven.internal:8200
export VAULT_TOKEN=<<S>>

vault kv put secret/kiosk/signing key=@kiosk_signing.key
vault kv put secret/kiosk/wifi psk=@wifi_psk.txt
vault policy write kiosk-read policies/kiosk-read.hcl
echo "done"
""", "HashiCorp Vault docs: tokens (hvs. service tokens) and VAULT_TOKEN", secret="hvs." + chars(24))

add("yaml/azure-devops-pat", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  buildConfiguration: Release

steps:
  - script: |
      git clone https://kinderit:<<S>>@dev.azure.com/kinderit/Shared/_git/KioskCommon ../KioskCommon
    displayName: Fetch shared kiosk library
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      projects: 'src/**/*.csproj'
      arguments: '--configuration $(buildConfiguration)'
""", "Azure DevOps docs: personal access tokens with git over HTTPS", secret=chars(52, "abcdefghijklmnopqrstuvwxyz234567"))

add("shell/restic-password", "ops/backup/backup_photos.sh", r"""
#!/bin/bash
# Nightly encrypted backup of the daily-photo store to Backblaze (cron 01:30)
set -euo pipefail

export RESTIC_REPOSITORY="b2:kinderphotos-backup:/restic"
export B2_ACCOUNT_ID="$(cat /etc/backup/b2_id)"
export B2_ACCOUNT_KEY="$(cat /etc/backup/b2_key)"
export RESTIC_PASSWORD='<<S>>'

restic backup /srv/photos --tag nightly --exclude '*.tmp'
restic forget --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
restic check --read-data-subset=1/20
""", "restic docs: RESTIC_PASSWORD environment variable", secret="-".join(_rng().sample(LOWER, 5)))

add("fstab/smb-password", "ops/office-server/etc/fstab", r"""
# /etc/fstab: static file system information.
UUID=8f2c1e4a-7b3d-4c9e-a1f0-5d6e7c8b9a01 /               ext4    errors=remount-ro 0       1
UUID=3A1C-7F2E                            /boot/efi       vfat    umask=0077        0       1
/swapfile                                 none            swap    sw                0       0
# shared drive for the manager's reports and learning journals
//nas01/office  /mnt/office  cifs  username=officepc,password=<<S>>,uid=1000,gid=1000,iocharset=utf8,vers=3.0  0  0
""", "mount.cifs(8): username= and password= options", secret=human_pw())

add("swift/revenuecat-secret-key", "parent-app/ios/TotTrack/Purchases/PurchasesSetup.swift", r"""
import RevenueCat

enum PurchasesSetup {
    static let publicAppleKey = "appl_<<PUB>>"
    // used by the debug menu to grant "Photo Memories" entitlements to testers via the REST API
    static let secretKey = "<<A>>" +
        "<<B>>"

    static func configure(userId: String) {
        Purchases.logLevel = .warn
        Purchases.configure(with: Configuration.Builder(withAPIKey: publicAppleKey)
            .with(appUserID: userId)
            .build())
    }
}
""", "RevenueCat docs: API keys (public appl_ keys, secret sk_ keys)", secret=(_rc := "sk_" + chars(32)),
    A=_rc[:18], B=_rc[18:], PUB=chars(27))
# ================================================================ decoys ========================
# ---------------------------------------------------------------- parent apps ------------------

add("js/decoy-firebase-web-config", "parent-web/src/lib/firebase.js", r"""
import { initializeApp } from 'firebase/app';
import { getMessaging, getToken } from 'firebase/messaging';

// Firebase web config: identifies the project to the browser SDK (not a secret; access is
// governed by Security Rules and App Check).
const firebaseConfig = {
  apiKey: '<<KEY>>',
  authDomain: 'rainbow-sprouts-parents.firebaseapp.com',
  projectId: 'rainbow-sprouts-parents',
  storageBucket: 'rainbow-sprouts-parents.appspot.com',
  messagingSenderId: '<<SENDER>>',
  appId: '1:<<SENDER>>:web:<<APP>>',
  measurementId: 'G-<<MID>>',
};

export const app = initializeApp(firebaseConfig);

export async function pushToken(vapidKey) {
  return getToken(getMessaging(app), { vapidKey });
}
""", "Firebase docs: Learn about using and managing API keys for Firebase (web config is public)",
    KEY=google_key(), SENDER=digits(12), APP=hexs(22), MID=chars(10, UPPER_DIGITS))

add("tsx/decoy-mapbox-public-token", "parent-web/src/components/CentreMap.tsx", r"""
import Map, { Marker, NavigationControl } from 'react-map-gl';
import 'mapbox-gl/dist/mapbox-gl.css';

// Public token (pk.), URL-restricted to *.sunnysidekids.com in the Mapbox account.
const MAPBOX_TOKEN = '<<PK>>';

type Centre = { id: string; name: string; lat: number; lng: number };

export function CentreMap({ centres }: { centres: Centre[] }) {
  return (
    <Map
      mapboxAccessToken={MAPBOX_TOKEN}
      initialViewState={{ longitude: -97.74, latitude: 30.27, zoom: 10 }}
      style={{ width: '100%', height: 420 }}
      mapStyle="mapbox://styles/mapbox/streets-v12"
    >
      <NavigationControl position="top-right" />
      {centres.map((c) => (
        <Marker key={c.id} longitude={c.lng} latitude={c.lat} color="#f59e0b" />
      ))}
    </Map>
  );
}
""", "Mapbox docs: access tokens (public pk. tokens are meant for client-side use)",
    PK=mapbox("pk", "sunnysidekids"))

add("ts/decoy-supabase-anon-key", "parent-app/src/lib/supabase.ts", r"""
import 'react-native-url-polyfill/auto';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { createClient } from '@supabase/supabase-js';

// The anon key is public: it only grants what Row Level Security allows a signed-in parent.
const SUPABASE_URL = 'https://kzxwqpvbnmtrcyjhldoa.supabase.co';
const SUPABASE_ANON_KEY =
  '<<ANON>>';

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: {
    storage: AsyncStorage,
    autoRefreshToken: true,
    persistSession: true,
    detectSessionInUrl: false,
  },
});
""", "Supabase docs: API keys (the anon key is safe to use in a browser or app with RLS)",
    ANON=supabase_jwt("kzxwqpvbnmtrcyjhldoa", "anon"))

add("js/decoy-stripe-publishable-key", "parent-web/src/checkout/pay-fees.js", r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser. The secret key lives only in the billing service.
const stripePromise = loadStripe('<<PK>>');

export async function payInvoice(invoiceId) {
  const res = await fetch(`/api/invoices/${invoiceId}/payment-intent`, { method: 'POST' });
  const { clientSecretFromServer } = await res.json();
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret: clientSecretFromServer, appearance: { theme: 'stripe' } });
  const payment = elements.create('payment');
  payment.mount('#payment-element');
  return { stripe, elements };
}
""", "Stripe docs: API keys (publishable keys are meant for client-side code)", PK=stripe("pk_live_"))

add("plist/decoy-google-client-id", "parent-app/ios/TotTrack/Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>TotTrack</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>GIDClientID</key>
	<string><<NUM>>-<<CID>>.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>com.googleusercontent.apps.<<NUM>>-<<CID>></string>
			</array>
		</dict>
	</array>
	<key>NSCameraUsageDescription</key>
	<string>Take photos of your child's artwork to share with the room.</string>
	<key>API_HOST</key>
	<string>$(API_HOST)</string>
</dict>
</plist>
""", "Google Sign-In for iOS docs: GIDClientID and reversed client id URL scheme (public OAuth client ids)",
    NUM=digits(12), CID=chars(32, LOWER_DIGITS))

add("json/decoy-assetlinks-fingerprint", "parent-web/public/.well-known/assetlinks.json", r"""
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "com.kinderhaven.parents",
      "sha256_cert_fingerprints": [
        "<<F1>>",
        "<<F2>>"
      ]
    }
  }
]
""", "Android docs: Digital Asset Links (sha256_cert_fingerprints of the public signing certificate)",
    F1=":".join(hexs(64).upper()[i:i + 2] for i in range(0, 64, 2)),
    F2=":".join(hexs(64).upper()[i:i + 2] for i in range(0, 64, 2)))

add("dart/decoy-dart-define", "parent-app/lib/config.dart", r"""
/// Values come from --dart-define at build time (see codemagic.yaml); nothing secret is compiled
/// into the app except what the backend hands out per session.
class AppConfig {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.staging.tottrack.com');
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PK');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN');
  static const enableCctv = bool.fromEnvironment('ENABLE_CCTV', defaultValue: false);

  static void assertConfigured() {
    assert(stripePublishableKey.isNotEmpty, 'pass --dart-define=STRIPE_PK=...');
  }
}
""", "Dart docs: String.fromEnvironment and flutter build --dart-define")

add("kotlin/decoy-gradle-local-properties", "parent-app/android/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val secrets = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "uk.co.littleacorns.parents"
    compileSdk = 34
    defaultConfig {
        applicationId = "uk.co.littleacorns.parents"
        minSdk = 24
        targetSdk = 34
        buildConfigField("String", "MAPS_KEY", "\"${secrets.getProperty("MAPS_KEY", "")}\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("UPLOAD_KEYSTORE") ?: "upload.jks")
            storePassword = System.getenv("UPLOAD_STORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = System.getenv("UPLOAD_KEY_PASSWORD")
        }
    }
    buildTypes {
        getByName("release") { signingConfig = signingConfigs.getByName("release") }
    }
}
""", "Android Gradle plugin docs: signing configs from environment variables")

add("swift/decoy-keychain-lookup", "parent-app/ios/TotTrack/Auth/TokenStore.swift", r"""
import Foundation
import Security

/// Stores the parent's session token in the Keychain; nothing is hard-coded.
enum TokenStore {
    private static let service = "com.tottrack.parents.session"

    static func save(_ token: String, account: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
        var attrs = query
        attrs[kSecValueData as String] = Data(token.utf8)
        attrs[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(attrs as CFDictionary, nil)
    }

    static func load(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", "Apple docs: Keychain services (SecItemAdd, SecItemCopyMatching)")

add("yaml/decoy-codemagic-env-groups", "parent-app/codemagic.yaml", r"""
workflows:
  release:
    name: Flutter release
    instance_type: mac_mini_m2
    environment:
      groups:
        - app_store_credentials   # APP_STORE_CONNECT_PRIVATE_KEY, ..._KEY_IDENTIFIER, ..._ISSUER_ID
        - keystore_credentials    # CM_KEYSTORE, CM_KEYSTORE_PASSWORD, CM_KEY_PASSWORD
        - dart_defines            # STRIPE_PK, SENTRY_DSN
      flutter: stable
      xcode: latest
    scripts:
      - name: Set up keystore
        script: |
          echo $CM_KEYSTORE | base64 --decode > /tmp/keystore.jks
          cat >> "$CM_BUILD_DIR/android/key.properties" <<KEYPROPS
          storePassword=$CM_KEYSTORE_PASSWORD
          keyPassword=$CM_KEY_PASSWORD
          keyAlias=$CM_KEY_ALIAS
          storeFile=/tmp/keystore.jks
          KEYPROPS
      - name: Build
        script: |
          flutter build appbundle --release --dart-define=STRIPE_PK=$STRIPE_PK --dart-define=SENTRY_DSN=$SENTRY_DSN
          flutter build ipa --release --dart-define=STRIPE_PK=$STRIPE_PK --dart-define=SENTRY_DSN=$SENTRY_DSN
    artifacts:
      - build/**/outputs/**/*.aab
      - build/ios/ipa/*.ipa
""", "Codemagic docs: environment variable groups and Android code signing")

add("ruby/decoy-fastfile-env", "parent-app/ios/fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  desc "Build and upload to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: ENV.fetch("ASC_KEY_ID"),
      issuer_id: ENV.fetch("ASC_ISSUER_ID"),
      key_content: ENV.fetch("ASC_KEY_P8_BASE64"),
      is_key_content_base64: true
    )
    match(type: "appstore", readonly: is_ci, api_key: api_key)   # MATCH_PASSWORD comes from CI
    increment_build_number(build_number: ENV.fetch("BUILD_NUMBER", "1"))
    build_app(scheme: "Sunbeam Parent", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", "fastlane docs: app_store_connect_api_key from environment variables")

add("js/decoy-vapid-public-key", "parent-web/public/register-push.js", r"""
// Subscribes the browser to daily-report notifications. The application server key is the
// VAPID *public* key; the private half stays on the push server.
const VAPID_PUBLIC_KEY = '<<PUB>>';

function urlBase64ToUint8Array(base64String) {
  const padding = '='.repeat((4 - (base64String.length % 4)) % 4);
  const base64 = (base64String + padding).replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64);
  return Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));
}

export async function subscribe() {
  const reg = await navigator.serviceWorker.register('/sw.js');
  const sub = await reg.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY),
  });
  await fetch('/api/push/subscriptions', { method: 'POST', body: JSON.stringify(sub), headers: { 'Content-Type': 'application/json' } });
}
""", "MDN: PushManager.subscribe (applicationServerKey is the public VAPID key)", PUB=vapid_public())

add("ts/decoy-sentry-dsn", "parent-web/src/sentry.ts", r"""
import * as Sentry from '@sentry/react';

// DSNs are safe to ship to browsers (they only allow sending events).
Sentry.init({
  dsn: 'https://<<PUB>>@o<<ORG>>.ingest.us.sentry.io/<<PROJ>>',
  environment: import.meta.env.MODE,
  release: import.meta.env.VITE_RELEASE,
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  beforeSend(event) {
    // never send children's names
    if (event.user) delete event.user.username;
    return event;
  },
});
""", "Sentry docs: Data Source Name (DSN) is not a secret", PUB=hexs(32), ORG=digits(7), PROJ=digits(16))

add("js/decoy-algolia-search-key", "website/assets/js/centre-search.js", r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: safe in the front end (the admin key is never in this repo).
const searchClient = algoliasearch('<<APP>>', '<<KEY>>');

const search = instantsearch({ indexName: 'centres_prod', searchClient });

search.addWidgets([
  searchBox({ container: '#centre-search', placeholder: 'Find a centre near you' }),
  hits({
    container: '#centre-results',
    templates: { item: (hit, { html }) => html`<a href="/centres/${hit.slug}">${hit.name} - ${hit.suburb}</a>` },
  }),
]);

search.start();
""", "Algolia docs: API keys (the search-only API key is meant for front-end use)",
    APP=chars(10, UPPER_DIGITS), KEY=hexs(32))

add("json/decoy-onesignal-app-id", "parent-web/public/onesignal-config.json", r"""
{
  "appId": "<<APP>>",
  "safari_web_id": "web.onesignal.auto.<<SAF>>",
  "notifyButton": { "enable": false },
  "promptOptions": {
    "slidedown": {
      "prompts": [
        {
          "type": "push",
          "autoPrompt": true,
          "text": {
            "actionMessage": "Get a notification when your child's daily report is ready",
            "acceptButton": "Allow",
            "cancelButton": "Not now"
          },
          "delay": { "pageViews": 2, "timeDelay": 10 }
        }
      ]
    }
  },
  "welcomeNotification": { "disable": true }
}
""", "OneSignal docs: web SDK setup (appId and safari_web_id are public identifiers)", APP=uuid4(), SAF=uuid4())

# ---------------------------------------------------------------- kiosk decoys ------------------

add("powershell/decoy-read-host-credential", "kiosk/provisioning/Set-KioskAutologon.ps1", r"""
#Requires -RunAsAdministrator
# Sets up auto sign-in with Sysinternals Autologon, which stores the password as an LSA secret.
# The password is typed by the technician; it is never written to this repository.
param([string]$KioskUser = "nestkiosk")

$cred = Get-Credential -UserName $KioskUser -Message "Kiosk account password (from the IT vault)"
$plain = $cred.GetNetworkCredential().Password

& "$PSScriptRoot\tools\Autologon64.exe" /accepteula $KioskUser $env:COMPUTERNAME $plain
Remove-Variable plain
Write-Host "Autologon configured for $KioskUser on $env:COMPUTERNAME"
""", "Sysinternals docs: Autologon (password stored encrypted as an LSA secret)")

add("xml/decoy-unattend-sensitive-deleted", "kiosk/provisioning/unattend-template.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>CheckIn</Name>
            <Group>Users</Group>
            <Password>
              <Value>*SENSITIVE*DATA*DELETED*</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Username>CheckIn</Username>
        <Enabled>true</Enabled>
        <Password>
          <Value>*SENSITIVE*DATA*DELETED*</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
    </component>
  </settings>
</unattend>
""", "Microsoft docs: Windows Setup removes sensitive data from unattend files (*SENSITIVE*DATA*DELETED*)")

add("conf/decoy-wpa-eap-tls", "kiosk-pi/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", r"""
ctrl_interface=DIR=/run/wpa_supplicant GROUP=netdev
update_config=0
country=AU

# Kiosk VLAN uses EAP-TLS; the device certificate is issued per kiosk by the office CA at enrolment.
network={
    ssid="LWELC-Devices"
    key_mgmt=WPA-EAP
    eap=TLS
    identity="kiosk-reception.lwelc.local"
    ca_cert="/etc/kiosk/pki/ca.pem"
    client_cert="/etc/kiosk/pki/device.pem"
    private_key="/etc/kiosk/pki/device.key"
    pairwise=CCMP
}
""", "wpa_supplicant.conf(5): EAP-TLS network block (ca_cert, client_cert, private_key paths)")

add("json/decoy-kiosk-settings-redacted", "kiosk-android/fully-settings-export-redacted.json", r"""
{
  "_comment": "exported from Fully Kiosk; passwords replaced before committing",
  "startURL": "https://signin.rainbowsprouts.com.au/kiosk?centre=COBURG",
  "kioskMode": true,
  "kioskPin": "<redacted>",
  "remoteAdmin": true,
  "remoteAdminPassword": "********",
  "remoteAdminLan": true,
  "timeToScreensaverV2": 300,
  "disableStatusBar": true,
  "enableQrScan": true,
  "reloadOnInternet": true
}
""", "Fully Kiosk Browser docs: settings export; values redacted")

add("ini/decoy-kiosk-device-inventory", "kiosk/inventory/devices.ini", r"""
; Sign-in kiosk inventory (asset register). Serials and MACs are identifiers, not credentials.
[reception-01]
model = Surface Go 3
serial = 0F3B2K7Q21904
mac = <<M1>>
intune_device_id = <<U1>>
room = Reception

[babyroom-01]
model = Lenovo Tab M10
serial = HA1X9P4Z
mac = <<M2>>
intune_device_id = <<U2>>
room = Baby room

[toddler-01]
model = Lenovo Tab M10
serial = HA1X9P7C
mac = <<M3>>
intune_device_id = <<U3>>
room = Toddlers
""", "Microsoft Intune docs: device identifiers",
    M1=":".join(hexs(12)[i:i + 2] for i in range(0, 12, 2)), M2=":".join(hexs(12)[i:i + 2] for i in range(0, 12, 2)),
    M3=":".join(hexs(12)[i:i + 2] for i in range(0, 12, 2)), U1=uuid4(), U2=uuid4(), U3=uuid4())

add("systemd/decoy-load-credential", "kiosk-pi/etc/systemd/system/nestcheck-sync.service", r"""
[Unit]
Description=NestCheck offline queue sync
After=network-online.target

[Service]
User=kiosk
# The signing secret is provisioned at enrolment into /etc/credstore (root-only, not in git).
LoadCredential=signing-secret:/etc/credstore/nestcheck-signing-secret
Environment=NESTCHECK_SIGNING_SECRET_FILE=%d/signing-secret
EnvironmentFile=-/etc/default/nestcheck
ExecStart=/opt/nestcheck/venv/bin/python -m nestcheck.sync
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): LoadCredential= and $CREDENTIALS_DIRECTORY")

add("python/decoy-pin-hash-code", "checkin-api/app/pins.py", r"""
import hashlib
import hmac
import os
import secrets

PEPPER = os.environ["CHECKIN_PIN_PEPPER"].encode()
PIN_ALPHABET = "0123456789"


def new_pin(length: int = 4) -> str:
    return "".join(secrets.choice(PIN_ALPHABET) for _ in range(length))


def pin_digest(centre_id: str, pin: str) -> str:
    return hmac.new(PEPPER, f"{centre_id}:{pin}".encode(), hashlib.sha256).hexdigest()


def verify(centre_id: str, pin: str, stored_digest: str) -> bool:
    return hmac.compare_digest(pin_digest(centre_id, pin), stored_digest)
""", "Python docs: hmac and secrets modules")

add("csv/decoy-child-room-ids", "checkin-api/tests/fixtures/roster.csv", r"""
child_id,room_id,first_name,session,guardian_id
<<A1>>,<<R1>>,Test Child A,full-day,<<G1>>
<<A2>>,<<R1>>,Test Child B,morning,<<G2>>
<<A3>>,<<R2>>,Test Child C,full-day,<<G3>>
<<A4>>,<<R2>>,Test Child D,afternoon,<<G4>>
<<A5>>,<<R3>>,Test Child E,full-day,<<G5>>
""", "RFC 4122 UUIDs used as record ids",
    A1=uuid4(), A2=uuid4(), A3=uuid4(), A4=uuid4(), A5=uuid4(), R1=uuid4(), R2=uuid4(), R3=uuid4(),
    G1=uuid4(), G2=uuid4(), G3=uuid4(), G4=uuid4(), G5=uuid4())

add("conf/decoy-mosquitto-hashed", "kiosk-pi/etc/mosquitto/passwd", r"""
kiosk-reception:$7$101$<<S1>>$<<H1>>
kiosk-babyroom:$7$101$<<S2>>$<<H2>>
door-controller:$7$101$<<S3>>$<<H3>>
office-dashboard:$7$101$<<S4>>$<<H4>>
nestcheck-sync:$7$101$<<S5>>$<<H5>>
""", "mosquitto_passwd(1): PBKDF2-SHA512 hashed password file ($7$)",
    S1=chars(16, B64), H1=chars(86, B64) + "==", S2=chars(16, B64), H2=chars(86, B64) + "==",
    S3=chars(16, B64), H3=chars(86, B64) + "==", S4=chars(16, B64), H4=chars(86, B64) + "==",
    S5=chars(16, B64), H5=chars(86, B64) + "==")

# ---------------------------------------------------------------- CCTV decoys -------------------

add("yaml/decoy-frigate-env-substitution", "cctv/frigate/config.example.yml", r"""
# Frigate substitutes {FRIGATE_*} environment variables; the password is set in the add-on options.
mqtt:
  enabled: false

cameras:
  nursery_entrance:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.10.5.21:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.10.5.21:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    record:
      enabled: true
      retain:
        days: 30
""", "Frigate docs: environment variable substitution ({FRIGATE_RTSP_PASSWORD})")

add("yaml/decoy-go2rtc-env-vars", "cctv/go2rtc.example.yaml", r"""
# Copy to go2rtc.yaml; credentials come from the environment (go2rtc expands ${VAR}).
api:
  listen: ":1984"

streams:
  baby_room: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.11:554/Streaming/Channels/102
  toddler_room: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.12:554/Streaming/Channels/102
  preschool: rtsp://${CAM_USER}:${CAM_PASS}@192.168.20.13:554/Streaming/Channels/102

webrtc:
  candidates:
    - stun:8555
""", "go2rtc README: credentials from environment variables (${VAR})")

add("markdown/decoy-camera-runbook-placeholders", "docs/runbooks/add-a-camera.md", r"""
# Adding a room camera to parent view

1. Unbox the camera, plug it into a camera-VLAN port (20) on the centre switch.
2. Activate it with SADP and set the admin password from the **CCTV** entry in Bitwarden
   (one password per centre; never reuse the default).
3. Create the `parentview` user (viewer rights, sub-stream only):

   ```bash
   curl --digest -u admin:<camera-admin-password> -X POST \
        -H 'Content-Type: application/xml' \
        -d @parentview-user.xml \
        http://<camera-ip>/ISAPI/Security/users
   ```

4. Add the stream to `go2rtc.yaml` as `rtsp://${CAM_USER}:${CAM_PASS}@<camera-ip>:554/Streaming/Channels/102`.
5. Restart go2rtc: `sudo systemctl restart go2rtc`.
6. Check the room shows in the parent app for a test family account.
""", "Hikvision ISAPI docs: /ISAPI/Security/users (values are placeholders)")

add("txt/decoy-firmware-checksums", "cctv/firmware/SHA256SUMS", r"""
<<H1>>  DS-2CD2143G2-I_V5.7.15_240412.zip
<<H2>>  DS-2CD2387G2-LU_V5.7.15_240412.zip
<<H3>>  DS-7616NI-K2_V4.62.210_240327.zip
<<H4>>  AXIS_M3086-V_11.9.60.bin
<<H5>>  RLC-810A_v3.1.0.2368_23062700.zip
""", "sha256sum(1) output format", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

add("yaml/decoy-mediamtx-hashed-credentials", "cctv/mediamtx/mediamtx.prod.yml", r"""
authMethod: internal
authInternalUsers:
  # credentials stored hashed: sha256: + base64(sha256(value)), see MediaMTX README
  - user: sha256:<<U>>
    pass: sha256:<<P>>
    ips: ["10.8.0.0/24"]
    permissions:
      - action: read
  - user: any
    pass:
    ips: ["127.0.0.1/32"]
    permissions:
      - action: publish

paths:
  all_others:
""", "MediaMTX README: hashed credentials (sha256:)",
    U=b64bytes(32),
    P=b64bytes(32))

add("json/decoy-onvif-discovery", "cctv/tools/discovered-cameras.json", r"""
{
  "scanned_at": "2024-09-02T07:41:12+10:00",
  "subnet": "192.168.20.0/24",
  "devices": [
    { "xaddr": "http://192.168.20.11/onvif/device_service", "endpoint": "urn:uuid:<<U1>>",
      "mac": "bc:ad:28:4f:19:a2", "model": "DS-2CD2143G2-I", "serial": "DS-2CD2143G2-I20230811AAWRK12345678" },
    { "xaddr": "http://192.168.20.12/onvif/device_service", "endpoint": "urn:uuid:<<U2>>",
      "mac": "bc:ad:28:4f:19:b7", "model": "DS-2CD2143G2-I", "serial": "DS-2CD2143G2-I20230811AAWRK12345702" },
    { "xaddr": "http://192.168.20.14/onvif/device_service", "endpoint": "urn:uuid:<<U3>>",
      "mac": "ac:cc:8e:61:02:3d", "model": "AXIS M3086-V", "serial": "ACCC8E61023D" }
  ]
}
""", "ONVIF Core Specification: WS-Discovery endpoint references (urn:uuid)", U1=uuid4(), U2=uuid4(), U3=uuid4())

add("js/decoy-signer-secrets-manager", "parentview-api/src/signer-v2.js", r"""
import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { getSignedUrl } from '@aws-sdk/cloudfront-signer';

const sm = new SecretsManagerClient({ region: 'ap-southeast-2' });
let cachedKey;

async function privateKey() {
  if (!cachedKey) {
    const out = await sm.send(new GetSecretValueCommand({ SecretId: 'parentview/cloudfront-signing-key' }));
    cachedKey = out.SecretString;
  }
  return cachedKey;
}

export async function signRoomStream(roomId, minutes = 10) {
  return getSignedUrl({
    url: `https://video.kinderhaven.com/rooms/${roomId}/index.m3u8`,
    keyPairId: process.env.CF_KEY_PAIR_ID,
    privateKey: await privateKey(),
    dateLessThan: new Date(Date.now() + minutes * 60_000).toISOString(),
  });
}
""", "AWS docs: GetSecretValue with the JavaScript SDK v3")

add("nginx/decoy-secure-link-include", "cctv/nginx/sites-available/parentview-v2.conf", r"""
# $stream_link_secret is defined in /etc/nginx/secrets/stream.conf (mode 0600, from Ansible Vault)
include /etc/nginx/secrets/stream.conf;

server {
    listen 443 ssl http2;
    server_name live.peekaview.net;

    ssl_certificate     /etc/letsencrypt/live/live.peekaview.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/live.peekaview.net/privkey.pem;

    location /hls/ {
        secure_link $arg_st,$arg_e;
        secure_link_md5 "$secure_link_expires$uri$remote_addr $stream_link_secret";
        if ($secure_link = "") { return 403; }
        if ($secure_link = "0") { return 410; }
        root /var/www;
    }
}
""", "nginx docs: ngx_http_secure_link_module; include directive")

add("env/decoy-env-example", "parentview-api/.env.example", r"""
# Copy to .env and fill in from the team vault (Bitwarden > Parent View).
NODE_ENV=development
PORT=4000
PUBLIC_URL=http://localhost:4000
MUX_TOKEN_ID=
MUX_TOKEN_SECRET=
MUX_SIGNING_KEY_ID=
MUX_SIGNING_PRIVATE_KEY=
STRIPE_SECRET_KEY=sk_test_...
SESSION_SECRET=change-me-to-a-long-random-string
DATABASE_URL=postgres://parentview:parentview@localhost:5432/parentview
""", "dotenv convention: .env.example with empty values and local-only defaults")

add("pem/decoy-ca-certificate", "cctv/pki/office-ca.crt", "<<C>>\n", "RFC 7468: textual encoding of X.509 certificates (public)",
    C=cert_pem())

add("log/decoy-redacted-stream-urls", "docs/incidents/2024-07-cctv-outage-log.txt", r"""
Incident INC-2024-031: parent view down at Riverside, 2024-07-18
Extract of the go2rtc log (credentials are masked by go2rtc):

07:58:02 WRN [rtsp] error="dial tcp 192.168.20.11:554: i/o timeout" url=rtsp://parentview:***@192.168.20.11:554/Streaming/Channels/102
07:58:02 WRN [rtsp] error="dial tcp 192.168.20.12:554: i/o timeout" url=rtsp://parentview:***@192.168.20.12:554/Streaming/Channels/102
07:58:33 INF [streams] reconnect stream=baby_room
08:14:50 INF [rtsp] connected url=rtsp://parentview:***@192.168.20.11:554/Streaming/Channels/102

Root cause: PoE budget exceeded on the camera switch after the new garden camera was added.
Fix: moved the garden camera to the second switch; requested a 370 W PoE switch.
""", "go2rtc logs mask URL passwords")

add("yaml/decoy-livekit-key-file", "cctv/livekit/livekit.prod.yaml", r"""
port: 7880
rtc:
  tcp_port: 7881
  port_range_start: 50000
  port_range_end: 60000
  use_external_ip: true
redis:
  address: redis.parentview.svc:6379
# API key/secret pairs are mounted from the livekit-keys Secret (key_file, one "key: secret" per line)
key_file: /etc/livekit/keys.yaml
room:
  auto_create: false
  empty_timeout: 300
""", "LiveKit docs: server configuration (key_file)")
# ---------------------------------------------------------------- billing decoys ----------------

add("python/decoy-stripe-docs-test-key", "billing/tests/test_docs_snippets.py", r"""
# The API reference snippets we paste into the developer handbook are checked here. The key is
# Stripe's own documentation test key (shown in every public example); it cannot move money.
import re

DOCS_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def test_handbook_uses_the_docs_key_only():
    with open("docs/handbook/payments.md") as fh:
        text = fh.read()
    keys = set(re.findall(r"sk_(?:test|live)_[A-Za-z0-9]+", text))
    assert keys <= {DOCS_TEST_KEY}


def test_no_live_keys_in_handbook():
    with open("docs/handbook/payments.md") as fh:
        assert "sk_live_" not in fh.read()
""", "Stripe API reference: documentation test key sk_test_4eC39HqLyjWDarjtT1zdp7dc")

add("json/decoy-stripe-event-fixture", "billing/tests/fixtures/invoice_paid.json", r"""
{
  "id": "evt_1P<<E>>",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1719849600,
  "type": "invoice.paid",
  "livemode": false,
  "data": {
    "object": {
      "id": "in_1P<<I>>",
      "object": "invoice",
      "customer": "cus_Q<<C>>",
      "customer_email": "family@example.com",
      "amount_paid": 124000,
      "currency": "aud",
      "metadata": { "family_id": "<<F>>", "centre": "brunswick" },
      "status": "paid"
    }
  }
}
""", "Stripe docs: the Event object (evt_, in_, cus_ are object ids)",
    E=chars(22), I=chars(22), C=chars(13), F=uuid4())

add("k8s/decoy-external-secret", "deploy/k8s/billing-external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-api-keys
  namespace: billing
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: billing-api-keys
    creationPolicy: Owner
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/billing/stripe
        property: secret_key
    - secretKey: GOCARDLESS_ACCESS_TOKEN
      remoteRef:
        key: prod/billing/gocardless
        property: access_token
    - secretKey: XERO_CLIENT_SECRET
      remoteRef:
        key: prod/billing/xero
        property: client_secret
""", "External Secrets Operator docs: ExternalSecret (remoteRef)")

add("k8s/decoy-sealed-secret", "deploy/k8s/billing-sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: billing-db
  namespace: billing
spec:
  encryptedData:
    password: <<E1>>
    username: <<E2>>
  template:
    metadata:
      name: billing-db
      namespace: billing
    type: Opaque
""", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetric ciphertext)",
    E1="AgB" + chars(400, B64) + "==", E2="AgC" + chars(360, B64) + "==")

add("yaml/decoy-sops-encrypted", "deploy/secrets/billing.enc.yaml", r"""
stripe:
    secret_key: ENC[AES256_GCM,data:<<D1>>,iv:<<I1>>,tag:<<T1>>,type:str]
    webhook_secret: ENC[AES256_GCM,data:<<D2>>,iv:<<I2>>,tag:<<T2>>,type:str]
gocardless:
    access_token: ENC[AES256_GCM,data:<<D3>>,iv:<<I3>>,tag:<<T3>>,type:str]
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1<<AGE>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB<<A1>>
            <<A2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-08-21T03:12:44Z"
    mac: ENC[AES256_GCM,data:<<D4>>,iv:<<I4>>,tag:<<T4>>,type:str]
    pgp: []
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "SOPS docs: encrypted YAML (ENC[AES256_GCM,...] values and sops metadata)",
    D1=chars(140, B64) + "=", I1=chars(43, B64) + "=", T1=chars(22, B64) + "==",
    D2=chars(52, B64) + "=", I2=chars(43, B64) + "=", T2=chars(22, B64) + "==",
    D3=chars(72, B64), I3=chars(43, B64) + "=", T3=chars(22, B64) + "==",
    D4=chars(88, B64), I4=chars(43, B64) + "=", T4=chars(22, B64) + "==",
    AGE=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), A1=chars(40, B64), A2=chars(64, B64))

add("terraform/decoy-random-password", "infra/billing/secrets.tf", r"""
resource "random_password" "billing_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "billing_db" {
  name        = "prod/billing/db"
  description = "Billing database credentials (rotated by the rotation lambda)"
  kms_key_id  = aws_kms_key.billing.arn
}

resource "aws_secretsmanager_secret_version" "billing_db" {
  secret_id = aws_secretsmanager_secret.billing_db.id
  secret_string = jsonencode({
    username = "kinderbill"
    password = random_password.billing_db.result
    host     = aws_db_instance.billing.address
  })
}

output "billing_db_secret_arn" {
  value = aws_secretsmanager_secret.billing_db.arn
}
""", "Terraform docs: random_password and aws_secretsmanager_secret_version")

add("properties/decoy-jasypt-encrypted", "billing/src/main/resources/application-au.properties", r"""
# Values wrapped in ENC(...) are decrypted at start-up by jasypt-spring-boot; the master
# password is injected as JASYPT_ENCRYPTOR_PASSWORD by the deployment, never committed.
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}

ccs.keystore.path=/etc/ccs/device-keystore.p12
ccs.keystore.password=ENC(<<E1>>)
spring.datasource.url=jdbc:postgresql://fees-db.internal:5432/fees
spring.datasource.username=fees_app
spring.datasource.password=ENC(<<E2>>)
""", "jasypt-spring-boot README: ENC() encrypted properties",
    E1=chars(64, B64) + "==", E2=chars(64, B64) + "==")

add("env/decoy-billing-env-example", "billing/.env.example", r"""
# --- Billing service settings (copy to .env; ask finance-it for real values) ---
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
GOCARDLESS_ACCESS_TOKEN=<your GoCardless live access token>
GOCARDLESS_ENVIRONMENT=sandbox
XERO_CLIENT_ID=
XERO_CLIENT_SECRET=
QBO_CLIENT_SECRET=${QBO_CLIENT_SECRET}
LEDGER_DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/ledger
""", "dotenv convention: example file with placeholder values")

add("php/decoy-laravel-services-env", "parent-portal/config/services.php", r"""
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

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'twilio' => [
        'sid' => env('TWILIO_ACCOUNT_SID'),
        'token' => env('TWILIO_AUTH_TOKEN'),
        'from' => env('TWILIO_FROM', '+447700900123'),
    ],
];
""", "Laravel docs: configuration (env() helper)")

add("json/decoy-keyvault-references", "billing/FeesSync/appsettings.Azure.json", r"""
{
  "Xero": {
    "ClientId": "@Microsoft.KeyVault(SecretUri=https://kv-fees-prod.vault.azure.net/secrets/XeroClientId/)",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-fees-prod.vault.azure.net/secrets/XeroClientSecret/)",
    "CallbackUri": "https://fees.sproutsandshoots.co.nz/xero/callback"
  },
  "ConnectionStrings": {
    "Fees": "@Microsoft.KeyVault(VaultName=kv-fees-prod;SecretName=FeesSqlConnection)"
  },
  "ManagedIdentityClientId": "<<MI>>"
}
""", "Microsoft docs: Key Vault references for App Service and Azure Functions", MI=uuid4())

add("json/decoy-ecs-secrets-valuefrom", "billing/deploy/ecs-task-definition.json", r"""
{
  "family": "kinderbill-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::482913374021:role/kinderbill-task-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "482913374021.dkr.ecr.ap-southeast-2.amazonaws.com/kinderbill-api:2024.09.3",
      "portMappings": [{ "containerPort": 8000 }],
      "environment": [{ "name": "DJANGO_SETTINGS_MODULE", "value": "kinderbill.settings.production" }],
      "secrets": [
        { "name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:ap-southeast-2:482913374021:secret:prod/billing/stripe-Q1w2E3:secret_key::" },
        { "name": "DATABASE_URL", "valueFrom": "arn:aws:ssm:ap-southeast-2:482913374021:parameter/kinderbill/prod/database_url" }
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": { "awslogs-group": "/ecs/kinderbill-api", "awslogs-region": "ap-southeast-2", "awslogs-stream-prefix": "api" }
      }
    }
  ]
}
""", "AWS docs: ECS task definition secrets (valueFrom Secrets Manager / SSM ARNs)")

add("xml/decoy-soapui-property-expansion", "subsidy/soap/SubmitAttendance.template.xml", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:att="http://childcare.example-province.ca/attendance/v2">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>${#Project#gatewayUser}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${#Project#gatewayPassword}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <att:SubmitAttendance>
      <att:LicenceNumber>${#Project#licence}</att:LicenceNumber>
      <att:Period>${#TestCase#period}</att:Period>
    </att:SubmitAttendance>
  </soapenv:Body>
</soapenv:Envelope>
""", "SoapUI docs: property expansion (${#Project#name})")

add("sql/decoy-bcrypt-seed", "db/seeds/003_demo_staff.sql", r"""
-- Demo centre for the sales sandbox. Hashes are bcrypt of throwaway demo passwords.
INSERT INTO staff (id, centre_id, email, display_name, role, password_hash) VALUES
  ('<<U1>>', 'demo', 'director@demo.tottrack.test', 'Demo Director', 'director', '<<H1>>'),
  ('<<U2>>', 'demo', 'room.leader@demo.tottrack.test', 'Demo Room Leader', 'room_leader', '<<H2>>'),
  ('<<U3>>', 'demo', 'educator@demo.tottrack.test', 'Demo Educator', 'educator', '<<H3>>'),
  ('<<U4>>', 'demo', 'cook@demo.tottrack.test', 'Demo Cook', 'kitchen', '<<H4>>');

UPDATE staff SET must_change_password = TRUE WHERE centre_id = 'demo';
""", "bcrypt modular crypt format ($2b$)",
    U1=uuid4(), U2=uuid4(), U3=uuid4(), U4=uuid4(), H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash())

add("markdown/decoy-hmrc-sandbox-docs", "subsidy/tfc-connector/README.md", r"""
# Tax-Free Childcare connector

Receives provider payments from HMRC's Tax-Free Childcare service and matches them to invoices.

## Local setup

1. Register an application on the HMRC Developer Hub (sandbox) and subscribe it to
   *Tax-Free Childcare Payments*.
2. Create `.env` from `.env.example` and fill in:

   ```
   HMRC_API_BASE=https://test-api.service.hmrc.gov.uk
   HMRC_CLIENT_ID=<your sandbox client id>
   HMRC_CLIENT_SECRET=<your sandbox client secret>
   ```

3. Create a test provider with the Create Test User API and note its URN.
4. `make run` and open http://localhost:8085/health.

Production credentials are in the finance vault; ask the IT lead.
""", "HMRC Developer Hub docs: sandbox application credentials (placeholders)")

add("age/decoy-age-encrypted", "kiosk/secrets/kiosk-provisioning.env.age", r"""
-----BEGIN AGE ENCRYPTED FILE-----
YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB<<A1>>
<<A2>>
<<A3>>
<<A4>>
<<A5>>
<<A6>>
-----END AGE ENCRYPTED FILE-----
""", "age docs: ASCII-armored encrypted files (ciphertext; the identity is not in the repo)",
    A1=chars(21, B64), A2=chars(64, B64), A3=chars(64, B64), A4=chars(64, B64), A5=chars(64, B64), A6=chars(30, B64) + "=")

add("json/decoy-package-lock-integrity", "parent-web/package-lock.json", r"""
{
  "name": "parent-web",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "parent-web",
      "version": "4.2.0",
      "dependencies": { "@stripe/stripe-js": "^4.1.0", "mapbox-gl": "^3.5.2" }
    },
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-<<I1>>==",
      "engines": { "node": ">=12.16" }
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "sha512-<<I2>>==",
      "license": "SEE LICENSE IN LICENSE.txt"
    }
  }
}
""", "npm docs: package-lock.json (integrity is a Subresource Integrity hash)",
    I1=chars(86, B64), I2=chars(86, B64))

add("csv/decoy-payment-export", "billing/exports/2024-09-payments-sample.csv", r"""
invoice_number,family_ref,payment_intent,charge,amount,currency,status,paid_at
INV-2024-0911,<<F1>>,pi_3P<<P1>>,ch_3P<<C1>>,1240.00,AUD,succeeded,2024-09-02T09:14:03Z
INV-2024-0912,<<F2>>,pi_3P<<P2>>,ch_3P<<C2>>,620.00,AUD,succeeded,2024-09-02T09:15:41Z
INV-2024-0913,<<F3>>,pi_3P<<P3>>,,980.00,AUD,requires_payment_method,
INV-2024-0914,<<F4>>,pi_3P<<P4>>,ch_3P<<C4>>,1240.00,AUD,succeeded,2024-09-03T07:02:19Z
""", "Stripe docs: PaymentIntent and Charge ids (pi_, ch_)",
    F1=uuid4(), F2=uuid4(), F3=uuid4(), F4=uuid4(), P1=chars(22), P2=chars(22), P3=chars(22), P4=chars(22),
    C1=chars(22), C2=chars(22), C4=chars(22))

add("python/decoy-fake-webhook-secret", "billing/tests/test_stripe_webhook.py", r"""
import json
import time

import stripe

from billing.webhooks import handle

# A made-up signing secret for the unit test: signs the payload below and nothing else.
FAKE_SECRET = "whsec_test_not_a_real_secret_0000"


def signed(payload: dict) -> tuple[str, str]:
    body = json.dumps(payload)
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", FAKE_SECRET)
    return body, f"t={ts},v1={sig}"


def test_invoice_paid_marks_ledger(ledger):
    body, header = signed({"id": "evt_test", "type": "invoice.paid",
                           "data": {"object": {"id": "in_test", "metadata": {"family_id": "fam-1"}}}})
    assert handle(body, header, secret=FAKE_SECRET).status_code == 200
    assert ledger.paid("fam-1") == ["in_test"]
""", "Stripe docs: testing webhook signatures; a test-only fake secret")

add("go/decoy-getenv", "billing/cmd/reconcile/config.go", r"""
package main

import (
	"fmt"
	"os"
)

type Config struct {
	StripeKey   string
	LedgerDSN   string
	SlackHook   string
	DryRun      bool
}

func loadConfig() (Config, error) {
	cfg := Config{
		StripeKey: os.Getenv("STRIPE_API_KEY"),
		LedgerDSN: os.Getenv("LEDGER_DSN"),
		SlackHook: os.Getenv("RECONCILE_SLACK_WEBHOOK"),
		DryRun:    os.Getenv("DRY_RUN") == "1",
	}
	if cfg.StripeKey == "" || cfg.LedgerDSN == "" {
		return cfg, fmt.Errorf("STRIPE_API_KEY and LEDGER_DSN are required")
	}
	return cfg, nil
}
""", "Go docs: os.Getenv")

add("log/decoy-redacted-keys", "docs/incidents/2024-03-stripe-key-rotation.md", r"""
# Post-incident: Stripe secret key exposed in a support screenshot (2024-03-11)

**What happened.** A screenshot sent to a vendor showed the billing settings page. The page
displayed the live secret key masked as `sk_live_...************************7Kq2`, but an
older admin page showed it in full.

**Actions.**
- 10:42 rolled the key in the Stripe dashboard (old key expired immediately).
- 10:55 stored the new key in AWS Secrets Manager `prod/billing/stripe`; ECS tasks redeployed.
- 11:20 removed the legacy admin page; settings now show only the last four characters.
- Webhook secret `whsec_****` rotated as a precaution.

**Follow-ups.** Add secret scanning to the support-ticket attachments bucket (FIN-212).
""", "Stripe docs: rolling API keys; masked key display")

# ---------------------------------------------------------------- rostering and staff decoys ----

add("helm/decoy-existing-secret", "deploy/helm/roster/values-prod-v2.yaml", r"""
image:
  repository: ghcr.io/treetops-ece/roster
  tag: "2.8.0"

postgresql:
  enabled: true
  auth:
    username: roster
    database: roster
    existingSecret: roster-postgres        # keys: password, postgres-password
    secretKeys:
      userPasswordKey: password
      adminPasswordKey: postgres-password

deputy:
  host: https://treetops.au.deputy.com
  tokenSecretRef:
    name: roster-deputy
    key: token
""", "Bitnami PostgreSQL chart: auth.existingSecret")

add("k8s/decoy-secret-key-ref", "deploy/k8s/roster-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: roster
  namespace: roster
spec:
  replicas: 2
  selector:
    matchLabels: { app: roster }
  template:
    metadata:
      labels: { app: roster }
    spec:
      containers:
        - name: roster
          image: ghcr.io/treetops-ece/roster:2.8.0
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: { name: roster-postgres, key: password }
            - name: DEPUTY_TOKEN
              valueFrom:
                secretKeyRef: { name: roster-deputy, key: token }
            - name: TZ
              value: Australia/Brisbane
          ports:
            - containerPort: 8080
""", "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("compose/decoy-env-interpolation", "rostering/docker-compose.prod.yml", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: roster
      POSTGRES_USER: roster
      POSTGRES_PASSWORD_FILE: /run/secrets/roster_db_password
    secrets:
      - roster_db_password
  app:
    image: registry.gitlab.com/treehouse-ece/roster:1.20.0
    env_file: .env
    environment:
      DATABASE_URL: postgres://roster:${ROSTER_DB_PASSWORD:?set ROSTER_DB_PASSWORD}@db:5432/roster
      DEPUTY_TOKEN: ${DEPUTY_TOKEN}
secrets:
  roster_db_password:
    file: /etc/roster/db_password.txt
""", "Docker Compose docs: interpolation (${VAR:?err}) and secrets")

add("yaml/decoy-ansible-vault", "infra/ansible/group_vars/nvr/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
<<L1>>
<<L2>>
<<L3>>
<<L4>>
<<L5>>
<<L6>>
""", "Ansible docs: encrypting content with Ansible Vault ($ANSIBLE_VAULT;1.1;AES256)",
    L1=hexs(80), L2=hexs(80), L3=hexs(80), L4=hexs(80), L5=hexs(80), L6=hexs(38))

add("ldif/decoy-ssha-hashes", "infra/ldap/educators.ldif", r"""
dn: uid=jsmith,ou=Educators,dc=staff,dc=oakhill,dc=local
objectClass: inetOrgPerson
uid: jsmith
cn: Jo Smith
sn: Smith
mail: jo.smith@oakhill.example
userPassword: {SSHA}<<H1>>

dn: uid=apatel,ou=Educators,dc=staff,dc=oakhill,dc=local
objectClass: inetOrgPerson
uid: apatel
cn: Amrita Patel
sn: Patel
mail: amrita.patel@oakhill.example
userPassword: {SSHA}<<H2>>
""", "OpenLDAP admin guide: {SSHA} salted SHA-1 password hashes",
    H1=b64bytes(24),
    H2=b64bytes(24))

add("python/decoy-test-dummy-password", "rostering/tests/test_login.py", r"""
import pytest

from roster.auth import hash_password, verify_password

DUMMY_PASSWORD = "not-a-real-password"


@pytest.fixture
def educator(db):
    return db.create_user(email="educator@example.test", password_hash=hash_password(DUMMY_PASSWORD))


def test_verify_accepts_right_password(educator):
    assert verify_password(DUMMY_PASSWORD, educator.password_hash)


def test_verify_rejects_wrong_password(educator):
    assert not verify_password("wrong-" + DUMMY_PASSWORD, educator.password_hash)
""", "pytest docs: fixtures; obviously dummy test values")

add("json/decoy-postman-variables", "rostering/postman/Deputy.postman_collection.json", r"""
{
  "info": {
    "name": "Deputy roster API",
    "_postman_id": "<<PID>>",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{deputy_token}}", "type": "string" }]
  },
  "item": [
    {
      "name": "Rosters this week",
      "request": {
        "method": "POST",
        "url": "{{deputy_host}}/api/v1/resource/Roster/QUERY",
        "body": { "mode": "raw", "raw": "{\"search\":{\"s1\":{\"field\":\"Date\",\"type\":\"ge\",\"data\":\"{{monday}}\"}}}" }
      }
    }
  ],
  "variable": [
    { "key": "deputy_host", "value": "https://kidsacademy.au.deputy.com" },
    { "key": "deputy_token", "value": "" }
  ]
}
""", "Postman docs: collection variables ({{var}})", PID=uuid4())

add("http/decoy-dotenv-variable", "rostering/http/tanda.http", r"""
### Tanda: who's rostered today (token from .env, which is git-ignored)
GET https://my.tanda.co/api/v2/rosters/on/{{$datetime iso8601}}
Authorization: bearer {{$dotenv TANDA_TOKEN}}
Accept: application/json

### Tanda: current user
GET https://my.tanda.co/api/v2/users/me
Authorization: bearer {{$dotenv TANDA_TOKEN}}
""", "VS Code REST Client docs: {{$dotenv NAME}} system variables")

add("java/decoy-spring-value", "rostering/src/main/java/com/treetops/roster/TandaClient.java", r"""
package com.treetops.roster;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

@Component
public class TandaClient {

    private final WebClient client;

    public TandaClient(@Value("${tanda.base-url}") String baseUrl,
                       @Value("${tanda.token}") String token) {
        this.client = WebClient.builder()
            .baseUrl(baseUrl)
            .defaultHeader(HttpHeaders.AUTHORIZATION, "bearer " + token)
            .build();
    }

    public String rosterOn(String date) {
        return client.get().uri("/rosters/on/{date}", date).retrieve().bodyToMono(String.class).block();
    }
}
""", "Spring docs: @Value property placeholders")

add("xml/decoy-user-secrets-id", "rostering/CalendarSync/CalendarSync.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <AzureFunctionsVersion>v4</AzureFunctionsVersion>
    <OutputType>Exe</OutputType>
    <Nullable>enable</Nullable>
    <UserSecretsId><<USID>></UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Azure.Functions.Worker" Version="1.22.0" />
    <PackageReference Include="Microsoft.Graph" Version="5.56.0" />
    <PackageReference Include="Azure.Identity" Version="1.12.0" />
  </ItemGroup>
  <ItemGroup>
    <None Update="local.settings.json" CopyToOutputDirectory="PreserveNewest" CopyToPublishDirectory="Never" />
  </ItemGroup>
</Project>
""", "Microsoft docs: safe storage of app secrets in development (UserSecretsId is an id)", USID=uuid4())

add("markdown/decoy-rotation-runbook", "docs/runbooks/rotate-rostering-tokens.md", r"""
# Rotating the rostering integration tokens (every 90 days)

| Integration | Where it lives                   | Owner      |
|-------------|----------------------------------|------------|
| Deputy      | Vault `kv/roster/deputy`         | Ops        |
| BambooHR    | Vault `kv/roster/bamboohr`       | HR systems |
| Checkr      | AWS SM `prod/roster/checkr`      | HR systems |

## Deputy

1. In Deputy: *Integrations > API* > create a new permanent token.
2. `vault kv put kv/roster/deputy token=<NEW_DEPUTY_TOKEN>`
3. `kubectl -n roster rollout restart deploy/roster`
4. Check the sync job log shows `200 OK` for `/api/v1/me`, then delete the old token in Deputy.

## BambooHR

1. Log in as the integration user > *API Keys* > *Add New Key*.
2. `vault kv put kv/roster/bamboohr api_key=<NEW_BAMBOOHR_KEY>`
3. Restart the directory cron: `systemctl restart roster-directory.timer`.
""", "Internal runbook with placeholders (<NEW_...>)")

add("shell/decoy-op-read", "it/deploy/deploy_roster.sh", r"""
#!/usr/bin/env bash
# Deploy from the IT laptop; secrets come from 1Password at run time.
set -euo pipefail

export DEPUTY_TOKEN="$(op read 'op://IT/Deputy API/credential')"
export ROSTER_DB_PASSWORD="$(op read 'op://IT/Roster DB/password')"

ssh deploy@roster.treetops.internal \
  "DEPUTY_TOKEN='$DEPUTY_TOKEN' ROSTER_DB_PASSWORD='$ROSTER_DB_PASSWORD' /srv/roster/deploy.sh"

unset DEPUTY_TOKEN ROSTER_DB_PASSWORD
""", "1Password CLI docs: op read secret references (op://vault/item/field)")

add("htpasswd/decoy-apr1-hashes", "website/staging/.htpasswd", r"""
staging:$apr1$<<S1>>$<<H1>>
marketing:$apr1$<<S2>>$<<H2>>
agency-preview:$apr1$<<S3>>$<<H3>>
director:$apr1$<<S4>>$<<H4>>
it-admin:$apr1$<<S5>>$<<H5>>
""", "Apache docs: htpasswd (apr1 MD5 hashes)",
    S1=chars(8, ALNUM + "./"), H1=chars(22, ALNUM + "./"), S2=chars(8, ALNUM + "./"), H2=chars(22, ALNUM + "./"),
    S3=chars(8, ALNUM + "./"), H3=chars(22, ALNUM + "./"), S4=chars(8, ALNUM + "./"), H4=chars(22, ALNUM + "./"),
    S5=chars(8, ALNUM + "./"), H5=chars(22, ALNUM + "./"))

add("cisco/decoy-hashed-secrets", "network/centre-switch-coburg.cfg", r"""
hostname COBURG-SW01
!
service password-encryption
enable secret 9 $9$<<S1>>$<<H1>>
!
username netadmin privilege 15 secret 9 $9$<<S2>>$<<H2>>
!
aaa new-model
aaa authentication login default group radius local
radius server NPS01
 address ipv4 10.40.0.10 auth-port 1812 acct-port 1813
 key 7 <secret hidden>
!
vlan 20
 name CAMERAS
vlan 30
 name KIOSK
!
line vty 0 4
 transport input ssh
!
end
""", "Cisco IOS docs: type 9 (scrypt) secrets; Oxidized remove_secret output",
    S1=chars(14, ALNUM + "./"), H1=chars(43, ALNUM + "./"), S2=chars(14, ALNUM + "./"), H2=chars(43, ALNUM + "./"))
# ---------------------------------------------------------------- messaging and CI decoys -------

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-messaging.yml", r"""
name: Deploy messaging service

on:
  push:
    branches: [main]
    paths: ["messaging/**"]

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
          role-to-assume: arn:aws:iam::482913374021:role/gha-deploy-messaging
          aws-region: eu-west-2
      - name: Render config
        env:
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
          TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
        run: ./messaging/deploy/render-config.sh > messaging/config.prod.json
      - run: ./messaging/deploy/push.sh
""", "GitHub docs: using secrets in GitHub Actions (${{ secrets.NAME }}) and OIDC roles")

add("gitlab-ci/decoy-masked-variables", ".gitlab-ci.yml", r"""
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  IMAGE: $CI_REGISTRY_IMAGE/roster

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:27
  services: [docker:27-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$IMAGE:$CI_COMMIT_SHORT_SHA"

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh deploy@roster.treehouse.internal "IMAGE_TAG=$CI_COMMIT_SHORT_SHA TWILIO_AUTH_TOKEN=$TWILIO_AUTH_TOKEN ./deploy.sh"
  only: [main]
""", "GitLab docs: CI/CD variables (masked, protected) and predefined variables")

add("jenkinsfile/decoy-credentials-binding", "Jenkinsfile", r"""
pipeline {
  agent any
  environment {
    PORTAL_DB = credentials('parent-portal-db')          // username/password pair
    SENDGRID_API_KEY = credentials('sendgrid-api-key')   // secret text
  }
  stages {
    stage('Test') {
      steps { sh './gradlew test' }
    }
    stage('Deploy') {
      when { branch 'main' }
      steps {
        withCredentials([sshUserPrivateKey(credentialsId: 'portal-deploy-key', keyFileVariable: 'KEYFILE')]) {
          sh 'scp -i "$KEYFILE" build/libs/portal.jar deploy@portal01:/srv/portal/'
          sh 'ssh -i "$KEYFILE" deploy@portal01 sudo systemctl restart portal'
        }
      }
    }
  }
}
""", "Jenkins docs: credentials() binding and withCredentials")

add("circleci/decoy-context", ".circleci/config.yml", r"""
version: 2.1

orbs:
  node: circleci/node@5.2

jobs:
  test-and-build:
    docker:
      - image: cimg/node:20.14
    steps:
      - checkout
      - node/install-packages
      - run: npm test
      - run: npm run build
      - run:
          name: Upload source maps
          command: npx @sentry/cli sourcemaps upload --org puddle-jumpers --project parent-web dist
          # SENTRY_AUTH_TOKEN comes from the "sentry" context

workflows:
  main:
    jobs:
      - test-and-build:
          context: [sentry, npm-publish]
""", "CircleCI docs: contexts (project secrets injected as environment variables)")

add("bitbucket-pipelines/decoy-repository-variables", "bitbucket-pipelines.yml", r"""
image: php:8.2-cli

pipelines:
  branches:
    main:
      - step:
          name: Test
          caches: [composer]
          script:
            - composer install --no-interaction
            - vendor/bin/phpunit
      - step:
          name: Deploy to WP Engine
          deployment: production
          script:
            - pipe: atlassian/ssh-run:0.8.1
              variables:
                SSH_USER: $WPE_SSH_USER
                SERVER: $WPE_SSH_HOST
                COMMAND: "cd sites/littleacorns && wp cache flush"
            - echo "Deployed $BITBUCKET_COMMIT to production"
""", "Bitbucket docs: repository and deployment variables ($VAR)")

add("json/decoy-i18n-password-labels", "parent-app/src/i18n/en-GB.json", r"""
{
  "login": {
    "title": "Sign in to Little Acorns",
    "email": "Email address",
    "password": "Password",
    "forgotPassword": "Forgotten your password?",
    "showPassword": "Show password",
    "submit": "Sign in"
  },
  "resetPassword": {
    "title": "Choose a new password",
    "hint": "At least 12 characters. A short sentence is easy to remember.",
    "token_expired": "This reset link has expired. Request a new one.",
    "apiKeyMissing": "The app could not reach the nursery. Please try again later."
  },
  "kiosk": {
    "enterPin": "Enter your 4-digit PIN",
    "wrongPin": "That PIN didn't match. {{attemptsLeft}} attempts left."
  }
}
""", "i18next docs: translation JSON files")

add("html/decoy-password-reset-template", "parent-portal/templates/email/password_reset.html", r"""
{% extends "email/base.html" %}
{% block content %}
<p>Hi {{ guardian.first_name }},</p>
<p>We received a request to reset the password for your {{ centre.name }} family account.</p>
<p style="text-align:center">
  <a href="{{ base_url }}/reset-password?token={{ reset_token }}&amp;uid={{ uidb64 }}"
     style="background:#f59e0b;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">
    Choose a new password
  </a>
</p>
<p>The link works for {{ expiry_minutes }} minutes. If you didn't ask for this, you can ignore this email.</p>
<p>The {{ centre.name }} team</p>
{% endblock %}
""", "Django docs: password reset emails (token passed as a template variable)")

add("python/decoy-twilio-docs-placeholders", "docs/examples/send_sms_example.py", r"""
# Example from the developer onboarding guide. Replace the placeholders with the values from
# the Twilio console (Account > API keys & tokens) in your local .env - never here.
import os

from twilio.rest import Client

account_sid = os.environ.get("TWILIO_ACCOUNT_SID", "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")
auth_token = os.environ.get("TWILIO_AUTH_TOKEN", "your_auth_token")
client = Client(account_sid, auth_token)

message = client.messages.create(
    body="Test from the nursery messaging service",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
""", "Twilio docs: send an SMS (example placeholders ACXXX... and your_auth_token)")

add("php/decoy-slack-placeholder-token", "website/wp-content/plugins/enquiry-notify/settings-sample.php", r"""
<?php
/**
 * Copy to settings.php and fill in. settings.php is in .gitignore.
 */
return [
    'slack_bot_token'   => 'xoxb-your-bot-token-here',
    'slack_channel'     => '#enquiries',
    'notify_on'         => ['tour_booking', 'waitlist', 'general'],
    'include_phone'     => false,
    'brevo_api_key'     => 'xkeysib-REPLACE_ME',
    'quiet_hours'       => ['from' => '19:00', 'to' => '07:00'],
];
""", "Slack docs: bot tokens (placeholder); plugin sample settings")

add("markdown/decoy-aws-docs-example-keys", "infra/invoices/README.md", r"""
# Invoice PDF bucket

Invoices are rendered by the `invoice-pdf` Lambda and stored in `s3://kinderbill-invoices-prod`.

## Local testing with LocalStack

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=ap-southeast-2
awslocal s3 mb s3://kinderbill-invoices-dev
make invoice-dev FAMILY=demo-001
```

(These are the example keys from the AWS documentation; LocalStack accepts any value.)

In production the Lambda uses its execution role; there are no long-lived keys.
""", "AWS docs: example access keys AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

add("ts/decoy-jwt-io-example", "parent-api/test/jwt-decode.test.ts", r"""
import { describe, expect, it } from 'vitest';
import { decodeClaims } from '../src/auth/claims';

// The example token from jwt.io (HS256, signed with the literal "your-256-bit-secret").
const JWT_IO_EXAMPLE =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

describe('decodeClaims', () => {
  it('reads sub and name without verifying', () => {
    const claims = decodeClaims(JWT_IO_EXAMPLE);
    expect(claims.sub).toBe('1234567890');
    expect(claims.name).toBe('John Doe');
  });

  it('rejects garbage', () => {
    expect(() => decodeClaims('not.a.jwt')).toThrow();
  });
});
""", "jwt.io: the debugger's example token")

add("php/decoy-wp-config-sample", "website/wp-config-sample.php", r"""
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

/**#@+
 * Authentication unique keys and salts.
 * Change these to different unique phrases! You can generate these using
 * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.
 */
define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );
/**#@-*/

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", "WordPress core: wp-config-sample.php")

add("dockerfile/decoy-checksums-buildkit-secret", "parentview-api/Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM node:20.14-bookworm-slim@sha256:<<D1>> AS build
WORKDIR /app
COPY package.json package-lock.json ./
# private registry token is a BuildKit secret (not stored in any layer)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM node:20.14-bookworm-slim@sha256:<<D1>>
ARG FFMPEG_VERSION=6.1.1
ARG FFMPEG_SHA256=<<D2>>
RUN curl -fsSLo /tmp/ffmpeg.tar.xz "https://johnvansickle.com/ffmpeg/releases/ffmpeg-${FFMPEG_VERSION}-amd64-static.tar.xz" \
 && echo "${FFMPEG_SHA256}  /tmp/ffmpeg.tar.xz" | sha256sum -c - \
 && tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 \
 && rm /tmp/ffmpeg.tar.xz
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
""", "Docker docs: image digests, build secrets (--mount=type=secret)", D1=hexs(64), D2=hexs(64))

add("ssh/decoy-authorized-keys", "infra/ansible/roles/base/files/authorized_keys", r"""
# IT team (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K1>> sam@it-laptop-2023
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K2>> ravi@contractor
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<K3>> backup@nas01
# CI deploy (restricted)
restrict,command="/usr/local/bin/deploy-only" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K4>> gitlab-deploy
""", "sshd(8): AUTHORIZED_KEYS file format (public keys)",
    K1=chars(43, B64), K2=chars(43, B64), K3=chars(530, B64) + "=", K4=chars(43, B64))

add("yaml/decoy-sops-age-recipients", ".sops.yaml", r"""
# Who can decrypt which secrets files (age public keys only).
creation_rules:
  - path_regex: deploy/secrets/billing\..*\.yaml$
    age: >-
      age1<<A1>>,
      age1<<A2>>
  - path_regex: deploy/secrets/cctv\..*\.yaml$
    age: age1<<A3>>
  - path_regex: deploy/secrets/.*\.yaml$
    age: age1<<A1>>
""", "SOPS docs: .sops.yaml creation rules with age recipients (public keys)",
    A1=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), A2=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    A3=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("kubeconfig/decoy-exec-auth", "deploy/kubeconfig-prod.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: kinder-prod
    cluster:
      server: https://<<EP>>.gr7.ap-southeast-2.eks.amazonaws.com
      certificate-authority-data: <<CA>>
contexts:
  - name: kinder-prod
    context:
      cluster: kinder-prod
      user: kinder-prod-sso
current-context: kinder-prod
users:
  - name: kinder-prod-sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: ["eks", "get-token", "--cluster-name", "kinder-prod", "--region", "ap-southeast-2"]
        env:
          - name: AWS_PROFILE
            value: kinder-prod-admin
""", "Kubernetes docs: kubeconfig exec credential plugins; EKS aws eks get-token",
    EP=hexs(32).upper(), CA=b64(cert_pem() + "\n"))

add("ini/decoy-aws-sso-config", "infra/aws/config", r"""
[sso-session kinder]
sso_start_url = https://kinder-it.awsapps.com/start
sso_region = ap-southeast-2
sso_registration_scopes = sso:account:access

[profile kinder-prod-admin]
sso_session = kinder
sso_account_id = 482913374021
sso_role_name = AdministratorAccess
region = ap-southeast-2

[profile invoices-ci]
credential_process = /usr/local/bin/aws-vault exec invoices-ci --json
region = ap-southeast-2
""", "AWS CLI docs: IAM Identity Center (SSO) profiles and credential_process")

add("terraform/decoy-sensitive-variable", "infra/auth0/variables.tf", r"""
variable "auth0_domain" {
  type    = string
  default = "kinderhaven.au.auth0.com"
}

variable "auth0_client_id" {
  type        = string
  description = "Terraform's machine-to-machine application"
}

variable "auth0_client_secret" {
  type        = string
  sensitive   = true
  description = "Set TF_VAR_auth0_client_secret in the Terraform Cloud workspace"
}

variable "google_workspace_secret" {
  type      = string
  sensitive = true
}
""", "Terraform docs: sensitive input variables")

add("helm/decoy-randalphanum-template", "deploy/helm/parentview/templates/session-secret.yaml", r"""
{{- $existing := lookup "v1" "Secret" .Release.Namespace "parentview-session" }}
apiVersion: v1
kind: Secret
metadata:
  name: parentview-session
  labels:
    {{- include "parentview.labels" . | nindent 4 }}
  annotations:
    helm.sh/resource-policy: keep
type: Opaque
data:
  {{- if $existing }}
  SESSION_SECRET: {{ index $existing.data "SESSION_SECRET" }}
  {{- else }}
  SESSION_SECRET: {{ randAlphaNum 48 | b64enc | quote }}
  {{- end }}
""", "Helm docs: template functions (randAlphaNum, lookup)")

add("notebook/decoy-getpass", "analytics/notebooks/waitlist_funnel.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Waitlist funnel\n", "Enquiry -> tour -> offer -> enrolled, by centre."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import pandas as pd\n", "from sqlalchemy import create_engine, URL\n", "\n",
            "url = URL.create('postgresql+psycopg2', username='analyst', password=getpass.getpass('DB password: '),\n",
            "                 host='reports-db.internal', database='enrolment')\n",
            "engine = create_engine(url)"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "funnel = pd.read_sql('select centre, stage, count(*) n from waitlist_events group by 1, 2', engine)\n",
            "funnel.pivot(index='centre', columns='stage', values='n')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n",
    "Python docs: getpass; Jupyter nbformat")

add("r/decoy-keyring", "analytics/R/occupancy_dashboard.R", r"""
library(DBI)
library(keyring)

# The password is in the OS keychain: keyring::key_set("reports-db", "analyst") once per laptop.
con <- dbConnect(
  RPostgres::Postgres(),
  host = "reports-db.internal",
  dbname = "enrolment",
  user = "analyst",
  password = key_get("reports-db", "analyst")
)

occ <- dbGetQuery(con, "SELECT centre, week, booked_places, licensed_places FROM weekly_occupancy")
occ$rate <- occ$booked_places / occ$licensed_places
write.csv(occ, "occupancy.csv", row.names = FALSE)
dbDisconnect(con)
""", "keyring R package docs: key_get")

add("html/decoy-sri-hashes", "website/public/enrol.html", r"""
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Enrol - Pebbles Nursery</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"
        integrity="sha384-<<H1>>" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"
          integrity="sha384-<<H2>>" crossorigin="anonymous" defer></script>
  <script src="https://js.stripe.com/v3/" defer></script>
</head>
<body>
  <main class="container py-4">
    <h1>Enrol your child</h1>
    <form id="enrol" method="post" action="/enrol">
      <input class="form-control mb-2" name="child_name" placeholder="Child's name" required>
      <input class="form-control mb-2" name="dob" type="date" required>
      <button class="btn btn-warning">Continue</button>
    </form>
  </main>
</body>
</html>
""", "W3C Subresource Integrity (integrity=sha384-...)", H1=chars(64, B64), H2=chars(64, B64))

add("hcl/decoy-vault-agent-template", "kiosk-pi/etc/vault-agent/agent.hcl", r"""
pid_file = "/run/vault-agent.pid"

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
      remove_secret_id_file_after_reading = true
    }
  }
  sink "file" {
    config = { path = "/run/vault-agent/token" mode = 0600 }
  }
}

template {
  destination = "/etc/nestcheck/secrets.env"
  perms       = "0600"
  contents    = <<EOT
{{ with secret "kv/data/kiosk/signing" }}NESTCHECK_SIGNING_SECRET={{ .Data.data.key }}{{ end }}
{{ with secret "kv/data/kiosk/wifi" }}WIFI_PSK={{ .Data.data.psk }}{{ end }}
EOT
}
""", "HashiCorp Vault docs: Vault Agent templates and AppRole auto-auth")

add("shell-history/decoy-read-secret", "ops/server-notes/it_bash_history", r"""
sudo -i
cd /srv/roster
read -rs PGPASSWORD && export PGPASSWORD
psql -h reports-db.internal -U report_ro -d roster -c 'select count(*) from shifts'
unset PGPASSWORD
export VAULT_TOKEN=$(vault login -method=oidc -token-only)
vault kv get -field=token kv/roster/deputy | wc -c
docker compose logs --tail 100 app
history -d $((HISTCMD-1))
exit
""", "bash(1): read -s; Vault CLI OIDC login")

add("python/decoy-settings-from-env", "enrolment/enrolment/settings_prod.py", r"""
import os

from .settings import *  # noqa: F401,F403

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("PGDATABASE", "enrolment"),
        "USER": os.environ.get("PGUSER", "enrolment"),
        "PASSWORD": os.environ["PGPASSWORD"],
        "HOST": os.environ.get("PGHOST", "localhost"),
    }
}

EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")
""", "Django docs: deployment checklist (SECRET_KEY from the environment)")
