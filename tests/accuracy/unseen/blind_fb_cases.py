"""Blind set FB: golf courses and country clubs.

Tee-time booking and tee-sheet sync (foreUP, GolfNow, Lightspeed Golf, Club Caddie), golf cart GPS
fleets and pace of play, launch monitors and simulator bays, handicap services (GHIN, Golf Genius),
pro-shop POS and e-commerce, irrigation controllers and weather stations, member portals and apps,
club network gear, and the vendors clubs use (payments, messaging, e-mail, maps, cloud). Secrets and
their decoys. Generated fakes only (seeds 1730000-1739999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import Dict, List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1_730_000, 1_739_999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPPER_DIGITS = string.ascii_uppercase + string.digits
LOWER_DIGITS = string.ascii_lowercase + string.digits
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
_SEED = [SEED_LOW]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH - 2  # (fakes may also use seed + 1)
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    """n characters of the alphabet; of ALNUM, with both cases and a digit (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if alphabet != ALNUM or (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                                 and any(c.islower() for c in value)):
            break
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def rand_bytes_b64(n: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(n))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


GOLF = ["Fairway", "Birdie", "Bunker", "Divot", "Mulligan", "Caddie", "Dogleg", "Niblick", "Backspin",
        "Greenside", "Albatross", "Sandwedge", "Flagstick", "Putter", "Heron", "Cypress", "Magnolia",
        "Osprey", "Bramble", "Tamarack", "Juniper", "Lantern", "Eagle", "Approach", "Links", "Mashie",
        "Spoon", "Stimp", "Clubhouse", "Marshal"]
LOWER = ["amen", "corner", "pin", "high", "lob", "draw", "fade", "tee", "green", "rough", "spike", "bogey",
         "chip", "yardage", "hazard", "pond", "oak", "pine", "marsh", "quarry", "sprinkler", "mower"]


def human_pw(symbols: str = "!#%*@^") -> str:
    """A password a person chose: words, a symbol, digits."""
    r = _rng()
    a, b = r.sample(GOLF, 2)
    style = r.randrange(5)
    if style == 0:
        return f"{a}{r.choice(symbols)}{b}{r.randint(10, 9999)}"
    if style == 1:
        return f"{a.lower()}{r.randint(1, 99)}{r.choice(symbols)}{b}"
    if style == 2:
        return f"{a}{b}{r.choice([2019, 2020, 2021, 2022, 2023, 2024])}{r.choice(symbols)}"
    if style == 3:
        return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))
    return f"{r.choice(['Back', 'Front', 'Hole'])}{r.randint(1, 18)}{r.choice(symbols)}{a}{r.randint(100, 999)}"


def url_pw() -> str:
    """A password that needs no escaping in a URL's userinfo."""
    r = _rng()
    a, b = r.sample(GOLF, 2)
    return f"{a}{r.choice('-_.~')}{b}{r.randint(100, 99999)}" if r.random() < 0.5 else chars(r.randint(16, 28))


def gen_pw(n: int = 24, extra: str = "") -> str:
    """A generator's password (a password manager, `openssl rand`)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


# Vendor shapes (fakes; never issued) -------------------------------------------------------------

def stripe(prefix: str = "sk_live_", n: int = 99) -> str:
    return prefix + chars(n)


def square_token() -> str:
    return "EAAA" + chars(60, URLSAFE)


def square_secret() -> str:
    return "sq0csp-" + chars(43, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + chars(22, URLSAFE) + "." + chars(43, URLSAFE)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_DIGITS) + "/B" + chars(10, UPPER_DIGITS)
            + "/" + chars(24))


def discord_webhook() -> str:
    return "https://discord.com/api/webhooks/" + digits(19) + "/" + chars(68, URLSAFE)


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, URLSAFE)}")


def google_api_key() -> str:
    return "AIza" + chars(35, URLSAFE)


def mapbox_secret(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": "cl" + chars(23, LOWER_DIGITS)}, separators=(",", ":")))
    return "sk." + payload + "." + chars(22, URLSAFE)


def mapbox_public(user: str) -> str:
    payload = b64url(json.dumps({"u": user, "a": "cl" + chars(23, LOWER_DIGITS)}, separators=(",", ":")))
    return "pk." + payload + "." + chars(22, URLSAFE)


def jwt_hs256(payload: Dict[str, object]) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{chars(43, URLSAFE)}"


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def azure_client_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def _pem_lines(r: random.Random, total: int, first: str, width: int = 64) -> List[str]:
    body = first + "".join(r.choice(B64) for _ in range(total - len(first)))
    if total % 4:
        body = body[: total - (total % 4)]
    return [body[i:i + width] for i in range(0, len(body), width)]


def rsa_key(label: str = "RSA PRIVATE KEY", lines: int = 25) -> str:
    r = _rng()
    first = "MIIEpAIBAAKCAQEA" if label == "RSA PRIVATE KEY" else "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"
    total = 64 * (lines - 1) + r.randrange(12, 60, 4)
    return f"-----BEGIN {label}-----\n" + "\n".join(_pem_lines(r, total, first)) + f"\n-----END {label}-----"


def ec_p8_key() -> str:
    r = _rng()
    return ("-----BEGIN PRIVATE KEY-----\n" + "\n".join(_pem_lines(r, 184, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"))
            + "\n-----END PRIVATE KEY-----")


def ec_key() -> str:
    r = _rng()
    return ("-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(_pem_lines(r, 164, "MHcCAQEEI"))
            + "\n-----END EC PRIVATE KEY-----")


def openssh_key() -> str:
    r = _rng()
    first = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB"
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(_pem_lines(r, 400, first, 70))
            + "\n-----END OPENSSH PRIVATE KEY-----")


def pgp_private_block() -> str:
    r = _rng()
    lines = _pem_lines(r, 64 * 22 + 36, "lQOYBGW")
    checksum = "=" + "".join(r.choice(B64) for _ in range(4))
    return ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n" + checksum
            + "\n-----END PGP PRIVATE KEY BLOCK-----")


def certificate() -> str:
    r = _rng()
    return ("-----BEGIN CERTIFICATE-----\n" + "\n".join(_pem_lines(r, 64 * 17 + 40, "MIIDdzCCAl+gAwIBAgIU"))
            + "\n-----END CERTIFICATE-----")


def pgp_public_block() -> str:
    r = _rng()
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(_pem_lines(r, 64 * 14 + 20, "mQINBGW"))
            + "\n=" + "".join(r.choice(B64) for _ in range(4)) + "\n-----END PGP PUBLIC KEY BLOCK-----")


def ssh_public(kind: str = "ed25519") -> str:
    if kind == "ed25519":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64)
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(512, B64)


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def notebook(cells: List[Dict[str, object]]) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.8"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def code_cell(cell_id: str, source: str) -> Dict[str, object]:
    lines = source.splitlines(keepends=True)
    return {"cell_type": "code", "execution_count": None, "id": cell_id, "metadata": {}, "outputs": [], "source": lines}


def md_cell(cell_id: str, source: str) -> Dict[str, object]:
    return {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": source.splitlines(keepends=True)}


def add(fmt: str, kind: str, file_name: str, source: str, text: str, secret: Optional[str], **values: str) -> None:
    for key, value in values.items():
        text = text.replace("\u00ab" + key + "\u00bb", value)
    assert "\u00ab" not in text and "\u00bb" not in text, file_name
    CASES.append(LabelledCase(f"blind-fb/{fmt}/{kind}", file_name, text, secret, source))


def decoy(fmt: str, kind: str, file_name: str, source: str, text: str, **values: str) -> None:
    add(fmt, "decoy-" + kind, file_name, source, text, None, **values)


# ==================================================================================================
# Secrets
# ==================================================================================================

# --- tee-time booking and tee-sheet sync ---------------------------------------------------------

_sk = stripe("sk_live_", 99)
add("dotenv", "stripe-secret-key", "services/teesheet-api/.env.production",
    "https://docs.stripe.com/keys", """\
# Heron Bay tee sheet API - production
NODE_ENV=production
PORT=8080
TZ=America/New_York
BOOKING_WINDOW_DAYS=14
MEMBER_BOOKING_WINDOW_DAYS=21
CANCELLATION_CUTOFF_HOURS=24
PUBLIC_BASE_URL=https://book.heronbaygolf.com
STRIPE_PUBLISHABLE_KEY=pk_live_«pk»
STRIPE_SECRET_KEY=«sk»
STRIPE_CURRENCY=usd
LOG_LEVEL=info
""", _sk, sk=_sk, pk=chars(99))

_pw = human_pw()
add("yaml", "foreup-password", "integrations/foreup-sync/config.yaml",
    "https://foreup.docs.apiary.io/ (foreUP API: POST /tokens with email and password)", """\
# Pulls tee sheet bookings from foreUP into the club data warehouse every two minutes.
foreup:
  base_url: https://api.foreupsoftware.com/api_rest/index.php
  course_id: 19876
  teesheet_ids: [3012, 3013]
  auth:
    email: api-sync@cedarridgecc.org
    password: "«pw»"
  api_version: v2

sync:
  interval_seconds: 120
  days_ahead: 10
  include_cancelled: true

warehouse:
  dsn_env: WAREHOUSE_DSN
  schema: teesheet
""", _pw, pw=_pw)

_pw = human_pw()
add("python", "golfnow-password", "golfnow_channel/client.py",
    "https://api.gnsvc.com/ (GolfNow channel API: UserName and Password request headers)", """\
\"\"\"Thin client for the GolfNow channel partner API (tee-time inventory for our three courses).\"\"\"
import requests

BASE_URL = "https://api.gnsvc.com/rest"
CHANNEL_ID = 11827
HEADERS = {
    "UserName": "stonebrook_links_api",
    "Password": "«pw»",
    "Accept": "application/json",
}


def facilities():
    resp = requests.get(f"{BASE_URL}/channel/{CHANNEL_ID}/facilities", headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()


def tee_times(facility_id: int, date: str, players: int = 4):
    params = {"date": date, "players": players, "holes": 18}
    url = f"{BASE_URL}/channel/{CHANNEL_ID}/facilities/{facility_id}/tee-times"
    resp = requests.get(url, headers=HEADERS, params=params, timeout=20)
    resp.raise_for_status()
    return resp.json().get("TeeTimes", [])
""", _pw, pw=_pw)

_tok = hexs(32)
add("js", "twilio-auth-token", "reminders/src/sms.js",
    "https://www.twilio.com/docs/iam/credentials/api", """\
'use strict';
// Tee time reminders: 24h and 2h before the round, to the booking member's mobile.
const twilio = require('twilio');

const accountSid = 'AC«sid»';
const authToken = '«tok»';
const client = twilio(accountSid, authToken);
const FROM = '+19105550142';

async function sendReminder(booking) {
  const when = booking.teeTime.toLocaleString('en-US', { timeZone: 'America/New_York' });
  return client.messages.create({
    from: FROM,
    to: booking.member.mobile,
    body: `Cedar Ridge CC: reminder of your ${booking.holes}-hole tee time at ${when} for ${booking.players}. Reply C to cancel.`,
  });
}

module.exports = { sendReminder };
""", _tok, sid=hexs(32), tok=_tok)

_sg = sendgrid_key()
add("ts", "sendgrid-api-key", "member-portal/src/mail/mail.config.ts",
    "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """\
import { registerAs } from '@nestjs/config';

export default registerAs('mail', () => ({
  provider: 'sendgrid',
  apiKey: process.env.SENDGRID_API_KEY ?? '«sg»',
  from: { email: 'proshop@willowcreekgcc.com', name: 'Willow Creek Pro Shop' },
  replyTo: 'golfops@willowcreekgcc.com',
  templates: {
    teeTimeConfirmation: 'd-4f1c2a9b7e8d4c3ab1f0e9d8c7b6a5f4',
    teeTimeCancelled: 'd-91be0c77a2f14e8a9d3350c1f6e2b7aa',
    guestInvite: 'd-0c5e8f3a1b2d4e6f8a9b0c1d2e3f4a5b',
  },
  sandbox: false,
}));
""", _sg, sg=_sg)

_s = chars(40)
add("go", "webhook-signing-secret", "pace/internal/webhook/verify.go",
    "https://tagmarshal.com/ (pace-of-play webhooks signed with HMAC-SHA256)", """\
package webhook

import (
    "crypto/hmac"
    "crypto/sha256"
    "encoding/hex"
    "io"
    "net/http"
)

// signingSecret is the shared secret set in the pace-of-play vendor's webhook settings for Old Quarry.
const signingSecret = "«s»"

// Verify reads the body and checks the X-Pace-Signature header against it.
func Verify(r *http.Request) ([]byte, bool) {
    body, err := io.ReadAll(r.Body)
    if err != nil {
        return nil, false
    }
    mac := hmac.New(sha256.New, []byte(signingSecret))
    mac.Write(body)
    want := hex.EncodeToString(mac.Sum(nil))
    return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Pace-Signature")))
}
""", _s, s=_s)

_pw = human_pw()
add("properties", "sqlserver-password", "club-sync/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """\
# Club management system (Jonas) -> member portal sync, production profile
spring.datasource.url=jdbc:sqlserver://jonas-sql01.oldquarrycc.local:1433;databaseName=JonasClub;encrypt=true;trustServerCertificate=true
spring.datasource.username=svc_clubsync
spring.datasource.password=«pw»
spring.datasource.hikari.maximum-pool-size=5
spring.jpa.hibernate.ddl-auto=none
spring.jpa.open-in-view=false
clubsync.members.cron=0 */15 * * * *
clubsync.statements.cron=0 0 4 * * *
clubsync.portal.base-url=https://members.oldquarrycc.com
logging.level.com.oldquarry=INFO
""", _pw, pw=_pw)

_pw = human_pw()
add("json", "sqlserver-connection-string", "ProphetBridge/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "ClubProphet": "Server=tcp:cps-sql01,1433;Database=CPS_Data;User Id=cps_reader;Password=«pw»;TrustServerCertificate=True"
  },
  "Bridge": {
    "Courses": [ "North", "South" ],
    "PollSeconds": 60,
    "PortalWebhook": "https://members.marshharbor.golf/hooks/teesheet"
  },
  "AllowedHosts": "*"
}
""", _pw, pw=_pw)

_pw = human_pw()
add("php", "mysql-password", "clubsite/wp-config.php",
    "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/**
 * Heron Bay Golf Club - public website and member news (production).
 */
define( 'DB_NAME', 'heronbay_wp' );
define( 'DB_USER', 'hb_wp' );
define( 'DB_PASSWORD', '«pw»' );
define( 'DB_HOST', 'mysql-prod.heronbaygolf.com' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'hb_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_HOME', 'https://www.heronbaygolf.com' );
define( 'WP_SITEURL', 'https://www.heronbaygolf.com' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", _pw, pw=_pw)

_pw = human_pw()
add("yaml", "rails-database-password", "member_portal/config/database.yml",
    "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: member_portal_development

test:
  <<: *default
  database: member_portal_test

production:
  <<: *default
  host: portal-db.cluster-c8x2kq4mzt1v.us-east-1.rds.amazonaws.com
  database: member_portal
  username: portal
  password: "«pw»"
""", _pw, pw=_pw)

_pw = human_pw()
add("shell", "mysql-password-flag", "ops/backup/nightly-teesheet-backup.sh",
    "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """\
#!/usr/bin/env bash
# Nightly dump of the tee sheet database, kept 30 days locally and shipped to S3.
set -euo pipefail
STAMP=$(date +%F)
OUT=/srv/backups/teesheet-$STAMP.sql.gz

mysqldump -h 10.20.0.15 -u backup -p'«pw»' --single-transaction --routines teesheet | gzip > "$OUT"

find /srv/backups -name 'teesheet-*.sql.gz' -mtime +30 -delete
aws s3 cp "$OUT" s3://stonebrook-backups/teesheet/ --storage-class STANDARD_IA
echo "backup done: $OUT"
""", _pw, pw=_pw)

_pw = human_pw()
add("powershell", "local-admin-password", "simulators/bay-setup/Install-BayPC.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser", """\
param([int]$Bay = 1)
# Prepares a simulator bay PC: local admin, name, launch monitor software.
$ErrorActionPreference = 'Stop'

$adminPassword = ConvertTo-SecureString '«pw»' -AsPlainText -Force
New-LocalUser -Name 'bayadmin' -Password $adminPassword -FullName 'Simulator Bay Admin' -PasswordNeverExpires
Add-LocalGroupMember -Group 'Administrators' -Member 'bayadmin'

Rename-Computer -NewName ('SIMBAY{0:D2}' -f $Bay) -Force

$installers = '\\\\fileserver\\it$\\simulators'
Start-Process -Wait -FilePath "$installers\\GSPro\\GSProSetup.exe" -ArgumentList '/SILENT'
Start-Process -Wait -FilePath "$installers\\Foresight\\FSX2020Setup.exe" -ArgumentList '/quiet'
powercfg /change standby-timeout-ac 0
Write-Host "Bay $Bay ready; reboot to apply the new name."
""", _pw, pw=_pw)

_pw = human_pw()
add("sql", "sqlserver-login", "db/migrations/0042_create_reporting_login.sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", """\
-- Reporting login for the GM dashboard (Power BI gateway on CLUB-APP02)
USE [master];
GO
CREATE LOGIN [pbi_reporting] WITH PASSWORD = N'«pw»', CHECK_POLICY = ON, DEFAULT_DATABASE = [ClubData];
GO
USE [ClubData];
GO
CREATE USER [pbi_reporting] FOR LOGIN [pbi_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_reporting];
GRANT EXECUTE ON SCHEMA::[rpt] TO [pbi_reporting];
GO
""", _pw, pw=_pw)

_pw = human_pw()
add("r", "postgres-password", "analytics/rounds_by_daypart.R",
    "https://rpostgres.r-dbi.org/reference/Postgres.html", """\
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(RPostgres::Postgres(),
                 host = "analytics-db.marshharbor.golf",
                 dbname = "rounds",
                 user = "analyst",
                 password = "«pw»")

rounds <- tbl(con, "tee_time_rounds") %>%
  filter(played_on >= as.Date("2024-03-01")) %>%
  mutate(daypart = case_when(tee_hour < 10 ~ "early", tee_hour < 14 ~ "midday", TRUE ~ "twilight")) %>%
  count(course, daypart) %>%
  collect()

ggplot(rounds, aes(daypart, n, fill = course)) + geom_col(position = "dodge") +
  labs(title = "Rounds by daypart since March", y = "rounds")
ggsave("rounds_by_daypart.png", width = 8, height = 5)
dbDisconnect(con)
""", _pw, pw=_pw)

_s = chars(48, URLSAFE)
add("swift", "oauth-client-secret", "MemberApp/MemberApp/Services/ClubAPI.swift",
    "https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1", """\
import Foundation

enum ClubAPI {
    static let baseURL = URL(string: "https://api.cedarridgecc.org/v2")!
    static let tokenURL = URL(string: "https://auth.cedarridgecc.org/oauth/token")!
    static let clientID = "ios-member-app"
    static let clientSecret = "«s»"

    static func tokenRequest(username: String, password: String) -> URLRequest {
        var request = URLRequest(url: tokenURL)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let body = "grant_type=password&client_id=\\(clientID)&client_secret=\\(clientSecret)"
            + "&username=\\(username)&password=\\(password)"
        request.httpBody = body.data(using: .utf8)
        return request
    }
}
""", _s, s=_s)

_pw = gen_pw(20)
add("kotlin", "mqtt-password", "cart-tablet/app/src/main/java/com/oldquarry/cart/telemetry/MqttConfig.kt",
    "https://eclipse.dev/paho/files/paho.mqtt.java/javadoc/org/eclipse/paho/client/mqttv3/MqttConnectOptions.html", """\
package com.oldquarry.cart.telemetry

import org.eclipse.paho.client.mqttv3.MqttConnectOptions

object MqttConfig {
    const val BROKER_URI = "ssl://mqtt.oldquarrycc.com:8883"
    const val USERNAME = "cart-fleet"
    const val PASSWORD = "«pw»"
    const val TOPIC_POSITION = "carts/%s/position"
    const val TOPIC_GEOFENCE = "carts/%s/geofence"

    fun options(): MqttConnectOptions = MqttConnectOptions().apply {
        userName = USERNAME
        password = PASSWORD.toCharArray()
        isAutomaticReconnect = true
        keepAliveInterval = 30
    }
}
""", _pw, pw=_pw)

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("github-actions", "aws-secret-key", ".github/workflows/deploy-teesheet.yml",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """\
name: deploy tee sheet

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «kid»
      AWS_SECRET_ACCESS_KEY: «sk»
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://book-heronbaygolf-com/ --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QWRUHAPOMQZL --paths "/*"
""", _sk, kid=_kid, sk=_sk)

_pw = human_pw()
add("gitlab-ci", "sshpass-password", ".gitlab-ci.yml",
    "https://docs.gitlab.com/ee/ci/yaml/", """\
stages: [build, deploy]

build_kiosk:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

deploy_kiosk:
  stage: deploy
  image: alpine:3.19
  only: [main]
  script:
    - apk add --no-cache sshpass openssh-client rsync
    - sshpass -p '«pw»' rsync -az -e "ssh -o StrictHostKeyChecking=no" dist/ kiosk@10.40.1.21:/opt/checkin-kiosk/
    - sshpass -p '«pw»' ssh kiosk@10.40.1.21 'sudo systemctl restart checkin-kiosk'
""", _pw, pw=_pw)

_dd = hexs(32)
add("dockerfile", "datadog-api-key", "docker/cart-gateway/Dockerfile",
    "https://docs.datadoghq.com/account_management/api-app-keys/", """\
FROM python:3.12-slim

ENV DD_API_KEY=«dd» \\
    DD_SITE=datadoghq.com \\
    DD_SERVICE=cart-gateway \\
    DD_ENV=prod \\
    PYTHONUNBUFFERED=1

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt ddtrace
COPY cart_gateway/ ./cart_gateway/

EXPOSE 8443
CMD ["ddtrace-run", "python", "-m", "cart_gateway"]
""", _dd, dd=_dd)

_pw = url_pw()
add("compose", "postgres-password", "deploy/compose/docker-compose.prod.yml",
    "https://hub.docker.com/_/postgres", """\
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: clubhouse
      POSTGRES_USER: clubhouse
      POSTGRES_PASSWORD: «pw»
    volumes:
      - pgdata:/var/lib/postgresql/data

  api:
    image: ghcr.io/willowcreek-it/clubhouse-api:2.8.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://clubhouse:«pw»@db:5432/clubhouse
      TEESHEET_PROVIDER: chronogolf
    ports:
      - "8080:8080"

volumes:
  pgdata:
""", _pw, pw=_pw)

_tok = square_token()
add("k8s-secret", "square-access-token", "k8s/proshop/square-secret.yaml",
    "https://developer.squareup.com/docs/build-basics/access-tokens", """\
apiVersion: v1
kind: Secret
metadata:
  name: square-credentials
  namespace: proshop
  labels:
    app: proshop-pos-sync
type: Opaque
data:
  SQUARE_ENVIRONMENT: «env»
  SQUARE_LOCATION_ID: «loc»
  SQUARE_ACCESS_TOKEN: «tok»
""", _tok, env=b64("production"), loc=b64("L" + chars(12, UPPER_DIGITS)), tok=b64(_tok))

_pw = fakes.redis_password(_seed())
add("helm", "redis-password", "charts/teesheet/values-prod.yaml",
    "https://artifacthub.io/packages/helm/bitnami/redis", """\
replicaCount: 3

image:
  repository: ghcr.io/heronbay-golf/teesheet
  tag: "4.12.0"

ingress:
  enabled: true
  hosts:
    - host: book.heronbaygolf.com
      paths: [{ path: /, pathType: Prefix }]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "«pw»"

resources:
  requests: { cpu: 250m, memory: 256Mi }
""", _pw, pw=_pw)

_pw = gen_pw(24)
add("terraform", "rds-password", "infra/terraform/rds.tf",
    "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """\
resource "aws_db_instance" "teesheet" {
  identifier              = "teesheet-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  db_name                 = "teesheet"
  username                = "teesheet_admin"
  password                = "«pw»"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false

  tags = {
    club    = "stonebrook"
    service = "teesheet"
  }
}
""", _pw, pw=_pw)

_pw = human_pw()
add("ini", "ansible-winrm-password", "ansible/inventories/clubhouse/hosts.ini",
    "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html", """\
[pos_terminals]
pos-proshop-01 ansible_host=10.30.2.11
pos-proshop-02 ansible_host=10.30.2.12
pos-grill-01   ansible_host=10.30.3.11

[starter_kiosks]
starter-01 ansible_host=10.40.1.21

[pos_terminals:vars]
ansible_connection=winrm
ansible_user=clubadmin
ansible_password=«pw»
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
""", _pw, pw=_pw)

_s = chars(64, URLSAFE)
add("notebook", "trackman-client-secret", "notebooks/trackman_session_export.ipynb",
    "https://docs.trackmangolf.com/ (OAuth 2.0 client credentials)", notebook([
        md_cell("a1", "# Lesson tee: export TrackMan sessions\n\nPulls last week's range sessions for the teaching pros."),
        code_cell("b2", "import requests, pandas as pd\n"
                        "TOKEN_URL = 'https://login.trackmangolf.com/connect/token'\n"
                        "CLIENT_ID = 'cedarridge-academy'\n"
                        "CLIENT_SECRET = '«s»'\n"),
        code_cell("c3", "tok = requests.post(TOKEN_URL, data={'grant_type': 'client_credentials',\n"
                        "    'client_id': CLIENT_ID, 'client_secret': CLIENT_SECRET}).json()['access_token']\n"
                        "hdr = {'Authorization': f'Bearer {tok}'}\n"),
        code_cell("d4", "sessions = requests.get('https://api.trackmangolf.com/v1/sessions?days=7', headers=hdr).json()\n"
                        "df = pd.json_normalize(sessions['items'])\n"
                        "df.groupby('coach')['shots'].sum()\n"),
    ]), _s, s=_s)

_pw = human_pw()
add("markdown", "ghin-admin-password", "docs/runbooks/handicap-posting.md",
    "https://www.usga.org/handicapping/ghin.html", """\
# Handicap posting: end-of-day checklist

Scores from member-guest events and the Saturday dogfight are posted by the golf shop, not by members.

1. Open the GHIN admin portal (https://admin.ghin.com) in Chrome on the shop PC.
2. Log in with the shared club account:
   - user: `handicaps@willowcreekgcc.com`
   - password: `«pw»`
3. Choose **Post Scores > Tournament**, pick the event, and check the course rating (Blue 72.4 / 133).
4. Export the posting report as CSV and save it to `S:\\Golf\\Handicaps\\<year>`.
5. If a member's GHIN number is missing, look it up under **Golfers > Search** by last name.

Escalation: Director of Golf, then the regional golf association's help desk.
""", _pw, pw=_pw)

_pw = human_pw()
add("shell-history", "curl-basic-auth", "support/lynx-server/.bash_history",
    "https://curl.se/docs/manpage.html#-u", """\
cd /opt/lynx-bridge
ls -la
systemctl status lynx-bridge
journalctl -u lynx-bridge --since "1 hour ago" | tail -50
curl -s -u admin:«pw» http://10.50.0.5/api/v1/stations | jq '.[] | {id, name, runtime}'
curl -s -u admin:«pw» -X POST http://10.50.0.5/api/v1/stations/14/stop
vi config/holes.json
systemctl restart lynx-bridge
exit
""", _pw, pw=_pw)

_k = gen_pw(22)
add("cisco-ios", "tacacs-key", "network/configs/clubhouse-core-sw01.cfg",
    "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_tacacs/configuration/xe-16/sec-usr-tacacs-xe-16-book.html", """\
hostname clubhouse-core-sw01
!
aaa new-model
aaa authentication login default group ISE local
aaa authorization exec default group ISE local
!
tacacs server ISE
 address ipv4 10.10.0.20
 key 0 «k»
!
vlan 30
 name POS
vlan 40
 name CART-BARN
vlan 50
 name IRRIGATION
!
interface GigabitEthernet1/0/24
 description uplink-maintenance-shed
 switchport mode trunk
 switchport trunk allowed vlan 40,50
!
ip ssh version 2
line vty 0 15
 transport input ssh
end
""", _k, k=_k)

_psk = human_pw()
add("hostapd", "wpa-passphrase", "network/ap/cart-barn-hostapd.conf",
    "https://w1.fi/cgit/hostap/plain/hostapd/hostapd.conf", """\
# Cart barn AP: cart GPS units and charging controllers only
interface=wlan0
driver=nl80211
ssid=CARTBARN-IOT
hw_mode=g
channel=6
country_code=US
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=«psk»
ignore_broadcast_ssid=1
""", _psk, psk=_psk)

_pw = human_pw()
add("xml", "autologon-password", "simulators/imaging/unattend.xml",
    "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-autologon-password", """\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>9999</LogonCount>
        <Username>simbay</Username>
        <Password>
          <Value>«pw»</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipUserOOBE>true</SkipUserOOBE>
      </OOBE>
      <TimeZone>Eastern Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""", _pw, pw=_pw)

_pw = human_pw()
add("registry", "autologon-default-password", "kiosk/checkin-kiosk-autologon.reg",
    "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon", r"""Windows Registry Editor Version 5.00

; Starter's check-in kiosk: log straight into the kiosk account after a power cut
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="STARTER-KIOSK"
"DefaultPassword"="«pw»"
"ForceAutoLogon"="1"
"Shell"="C:\\Kiosk\\CheckIn.exe"
""", _pw, pw=_pw)

_pw = human_pw()
add("nginx", "basic-auth-header", "infra/nginx/conf.d/irrigation-proxy.conf",
    "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", """\
# Superintendent's dashboard reaches the irrigation central through this proxy (staff VPN only).
server {
    listen 443 ssl;
    server_name irrigation.stonebrooklinks.com;

    ssl_certificate     /etc/ssl/stonebrook/fullchain.pem;
    ssl_certificate_key /etc/ssl/stonebrook/privkey.pem;

    allow 10.8.0.0/24;
    deny all;

    location /api/ {
        proxy_pass http://10.50.0.5/api/;
        proxy_set_header Authorization "Basic «basic»";
        proxy_set_header Host $host;
        proxy_read_timeout 60s;
    }
}
""", _pw, basic=b64("dashboard:" + _pw))

_pw = human_pw()
add("crontab", "pgpassword-env", "ops/cron/reporting.crontab",
    "https://www.postgresql.org/docs/current/libpq-envars.html", """\
# Reporting host crontab (installed by ops/cron/install.sh)
SHELL=/bin/bash
MAILTO=it@oldquarrycc.com
# m h dom mon dow command
15 2 * * * PGPASSWORD='«pw»' pg_dump -h 10.20.0.30 -U reports clubdata | gzip > /srv/dumps/clubdata-$(date +\\%F).sql.gz
30 6 * * 1 /opt/reports/bin/weekly-rounds.sh >> /var/log/weekly-rounds.log 2>&1
0 5 1 * * /opt/reports/bin/dues-aging.sh
""", _pw, pw=_pw)

_key = chars(32, LOWER_DIGITS)
add("makefile", "golfgenius-api-key", "events/golfgenius-sync/Makefile",
    "https://www.golfgenius.com/api (API key in the request path: /api_v2/{api_key}/...)", """\
GG_API_KEY ?= «key»
GG_BASE    := https://www.golfgenius.com/api_v2/$(GG_API_KEY)
PYTHON     ?= python3

.PHONY: seasons events sync clean

seasons:
\tcurl -s $(GG_BASE)/seasons | jq '.[].season | {id, name}'

events:
\tcurl -s "$(GG_BASE)/events?season=$(SEASON)" | jq '.[].event | {id, name, start_date}'

sync:
\t$(PYTHON) -m gg_sync --base $(GG_BASE) --out data/

clean:
\trm -rf data/
""", _key, key=_key)

_pw = human_pw()
add("groovy", "nexus-password", "Jenkinsfile",
    "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """\
pipeline {
  agent { label 'linux' }
  environment {
    NEXUS_URL  = 'https://nexus.stonebrooklinks.com'
    NEXUS_USER = 'ci-deployer'
    NEXUS_PASS = '«pw»'
  }
  stages {
    stage('Build') {
      steps { sh './gradlew clean build' }
    }
    stage('Publish') {
      when { branch 'main' }
      steps {
        sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS'
      }
    }
  }
  post {
    failure { mail to: 'it@stonebrooklinks.com', subject: "Build failed: ${env.JOB_NAME}", body: env.BUILD_URL }
  }
}
""", _pw, pw=_pw)

_psk = human_pw()
add("arduino", "wifi-password", "firmware/soil-probe/soil-probe.ino",
    "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", """\
#include <WiFi.h>
#include <PubSubClient.h>

// Soil moisture / temperature probe, greens 1-18 (one per green, solar powered)
const char* WIFI_SSID = "MAINT-SHED-IOT";
const char* WIFI_PASS = "«psk»";
const char* MQTT_HOST = "10.50.0.10";
const int   GREEN_NO  = 7;

WiFiClient net;
PubSubClient mqtt(net);

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) { delay(500); }
  mqtt.setServer(MQTT_HOST, 1883);
}

void loop() {
  if (!mqtt.connected()) { mqtt.connect("soil-probe-07"); }
  int moisture = analogRead(34);
  char payload[64];
  snprintf(payload, sizeof(payload), "{\\"green\\":%d,\\"vwc\\":%d}", GREEN_NO, moisture);
  mqtt.publish("soil/07/moisture", payload);
  esp_deep_sleep(15ULL * 60 * 1000000);
}
""", _psk, psk=_psk)

_k = rand_bytes_b64(32)
add("esphome", "api-encryption-key", "esphome/pump-station-relay.yaml",
    "https://esphome.io/components/api.html#configuration-variables", """\
esphome:
  name: pump-station-relay
  friendly_name: Pump station relay

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "«k»"

ota:
  - platform: esphome
    password: !secret ota_password

switch:
  - platform: gpio
    pin: GPIO26
    name: "Pump 2 enable"
sensor:
  - platform: adc
    pin: GPIO34
    name: "Mainline pressure"
    update_interval: 10s
""", _k, k=_k)

_key = uuid_s()
add("yaml", "rachio-api-key", "homeassistant/secrets.yaml",
    "https://rachio.readme.io/reference/authentication", """\
# Home Assistant secrets for the maintenance building (irrigation + weather)
wifi_ssid: "MAINT-SHED-IOT"
latitude_shop: 35.1912
longitude_shop: -79.4701
elevation_shop: 156
rachio_api_key: "«key»"
weather_station_name: "Davis VP2 - Maintenance"
""", _key, key=_key)

_sec = chars(32, LOWER_DIGITS)
add("json", "weatherlink-api-secret", "node-red/flows.json",
    "https://weatherlink.github.io/v2-api/authentication", """\
[
  {
    "id": "b1c2d3e4f5a60718",
    "type": "inject",
    "z": "agronomy",
    "name": "every 5 min",
    "repeat": "300",
    "once": true,
    "wires": [["c7d8e9f0a1b2c3d4"]]
  },
  {
    "id": "c7d8e9f0a1b2c3d4",
    "type": "http request",
    "z": "agronomy",
    "name": "WeatherLink current",
    "method": "GET",
    "ret": "obj",
    "url": "https://api.weatherlink.com/v2/current/118823?api-key=«akey»",
    "headers": [
      { "keyType": "other", "keyValue": "X-Api-Secret", "valueType": "other", "valueValue": "«sec»" }
    ],
    "wires": [["e5f6a7b8c9d0e1f2"]]
  },
  {
    "id": "e5f6a7b8c9d0e1f2",
    "type": "function",
    "z": "agronomy",
    "name": "ET and rain to irrigation",
    "func": "msg.payload = { et: msg.payload.sensors[0].data[0].et_day, rain: msg.payload.sensors[0].data[0].rainfall_daily_in };\\nreturn msg;",
    "wires": [[]]
  }
]
""", _sec, akey=chars(32, LOWER_DIGITS), sec=_sec)

_tok = rand_bytes_b64(64, urlsafe=True)
add("toml", "influxdb-token", "telegraf/telegraf.d/turf-sensors.conf",
    "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", """\
# Turf sensors (soil probes, pump pressure) -> InfluxDB Cloud
[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "«tok»"
  organization = "heronbay-agronomy"
  bucket = "turf"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.50.0.10:1883"]
  topics = ["soil/+/moisture", "soil/+/temp", "pumps/+/pressure"]
  data_format = "json"
  topic_tag = "topic"
""", _tok, tok=_tok)

_pw = human_pw()
add("yaml", "grafana-datasource-password", "grafana/provisioning/datasources/clubdata.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources", """\
apiVersion: 1

datasources:
  - name: ClubData
    type: mssql
    url: clubdata-sql.oldquarrycc.local:1433
    user: grafana_ro
    jsonData:
      database: ClubData
      encrypt: "true"
      tlsSkipVerify: true
    secureJsonData:
      password: "«pw»"
    editable: false
""", _pw, pw=_pw)

_pw = gen_pw(20)
add("yaml", "prometheus-basic-auth", "monitoring/prometheus/prometheus.yml",
    "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: cart-gateway
    scheme: https
    static_configs:
      - targets: ["carts.oldquarrycc.com:8443"]
    basic_auth:
      username: prometheus
      password: «pw»

  - job_name: pump-stations
    static_configs:
      - targets: ["10.50.0.21:9100", "10.50.0.22:9100"]
        labels:
          site: maintenance
""", _pw, pw=_pw)

_pw = gen_pw(20)
add("netrc", "nexus-password", "ops/jenkins-agent/.netrc",
    "https://everything.curl.dev/usingcurl/netrc.html", """\
# Jenkins agent: artifact uploads for the tee sheet and cart gateway builds
machine nexus.stonebrooklinks.com
  login ci-deployer
  password «pw»

# (GitHub access goes through the agent's SSH key, not this file)
""", _pw, pw=_pw)

_pw = human_pw()
add("pgpass", "postgres-password", "ops/reporting/.pgpass",
    "https://www.postgresql.org/docs/current/libpq-pgpass.html", """\
# ~/.pgpass for the reports user on rpt01 (chmod 600)
# hostname:port:database:username:password
#
# clubdata replica, read only
reports-db.internal.cedarridgecc.org:5432:clubdata:reports:«pw»
""", _pw, pw=_pw)

_pw = human_pw()
add("ini", "mysql-client-password", "ops/backup/my.cnf",
    "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """\
[client]
user=backup
password="«pw»"
host=10.20.0.15
port=3306

[mysqldump]
single-transaction
quick
max_allowed_packet=256M
""", _pw, pw=_pw)

_pw = human_pw()
add("ini", "odbc-password", "reporting/odbc.ini",
    "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """\
[ODBC Data Sources]
JonasClub = ODBC Driver 18 for SQL Server

[JonasClub]
Driver = ODBC Driver 18 for SQL Server
Description = Jonas club management - member and F&B ledgers
Server = tcp:jonas-sql01.oldquarrycc.local,1433
Database = JonasClub
UID = rpt_reader
PWD = «pw»
Encrypt = yes
TrustServerCertificate = yes
""", _pw, pw=_pw)

_kid, _sk = chars(20, UPPER_DIGITS), chars(40)
add("ini", "wasabi-secret-key", "ops/offsite/rclone.conf",
    "https://rclone.org/s3/#wasabi", """\
[wasabi-backups]
type = s3
provider = Wasabi
access_key_id = «kid»
secret_access_key = «sk»
region = us-east-2
endpoint = s3.us-east-2.wasabisys.com
acl = private

[local-nas]
type = local
""", _sk, kid=_kid, sk=_sk)

_pw = human_pw()
add("xml", "filezilla-base64-password", "support/ftp/sitemanager.xml",
    "https://wiki.filezilla-project.org/Site_Manager", """\
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>sftp.handicapexchange.example-association.org</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>marshharbor</User>
            <Pass encoding="base64">«enc»</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>Association score exchange</Name>
            <RemoteDir>1 0 6 inbound</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
""", _pw, enc=b64(_pw))

_tok = "gldt-" + chars(20, URLSAFE)
add("json", "docker-auth-deploy-token", "ci/docker/config.json",
    "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """\
{
  "auths": {
    "registry.gitlab.com": {
      "auth": "«auth»"
    }
  },
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", _tok, auth=b64("gitlab+deploy-token-118:" + _tok))

_tok = fakes.fake("npm_", 36, _seed())
add("npmrc", "npm-token", "kiosk-web/.npmrc",
    "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """\
registry=https://registry.npmjs.org/
@heronbay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«tok»
save-exact=true
engine-strict=true
""", _tok, tok=_tok)

_tok = fakes.pypi_token(_seed())
add("ini", "pypi-token", "packages/ghin-client/.pypirc",
    "https://packaging.python.org/en/latest/specifications/pypirc/", """\
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = «tok»
""", _tok, tok=_tok)

_pw = gen_pw(16)
add("properties", "artifactory-password", "cart-tablet/gradle.properties",
    "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties", """\
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
org.gradle.caching=true
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
artifactoryUrl=https://artifactory.oldquarrycc.com/artifactory/android
artifactoryUser=android-ci
artifactoryPassword=«pw»
""", _pw, pw=_pw)

_pw = human_pw()
add("xml", "maven-server-password", "club-sync/.mvn/settings.xml",
    "https://maven.apache.org/settings.html#servers", """\
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <servers>
    <server>
      <id>oldquarry-releases</id>
      <username>maven-deployer</username>
      <password>«pw»</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>oldquarry-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://artifactory.oldquarrycc.com/artifactory/maven-remote</url>
    </mirror>
  </mirrors>
</settings>
""", _pw, pw=_pw)

_pw = human_pw()
add("xml", "web-config-connection-string", "ClubPortal.Web/Web.config",
    "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ClubPortal" connectionString="Data Source=sql01.willowcreekgcc.local;Initial Catalog=ClubPortal;User ID=portal_app;Password=«pw»;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="TeeSheetUrl" value="https://teesheet.willowcreekgcc.com" />
    <add key="StatementsFolder" value="\\\\clubfs01\\statements" />
    <add key="DiningReservationsEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
</configuration>
""", _pw, pw=_pw)

_k = rand_bytes_b64(64)
add("json", "azure-storage-account-key", "SwingVideoUploader/local.settings.json",
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=swingvideosmh;AccountKey=«k»;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "VideoContainer": "lesson-videos",
    "MaxClipSeconds": "45"
  }
}
""", _k, k=_k)

_key = rsa_key("PRIVATE KEY", 26)
_key_json = _key.replace("\n", "\\n")
add("json", "gcp-service-account-key", "handicap-sync/credentials/service-account.json",
    "https://cloud.google.com/iam/docs/keys-create-delete#creating", """\
{
  "type": "service_account",
  "project_id": "cedarridge-handicaps",
  "private_key_id": "«kid»",
  "private_key": "«key»\\n",
  "client_email": "handicap-sync@cedarridge-handicaps.iam.gserviceaccount.com",
  "client_id": "«cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/handicap-sync%40cedarridge-handicaps.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _key_json, kid=hexs(40), key=_key_json, cid=digits(21))

_key = openssh_key()
add("openssh", "deploy-private-key", "deploy/keys/teesheet_deploy_ed25519",
    "https://man.openbsd.org/ssh-keygen", "«key»\n", _key, key=_key)

_key = rsa_key("PRIVATE KEY", 26)
add("pem", "wallet-pass-signing-key", "member-cards/passkit/certs/pass-signing-key.pem",
    "https://developer.apple.com/documentation/walletpasses/building-a-pass", """\
Bag Attributes
    friendlyName: Pass Type ID: pass.org.cedarridgecc.membercard
    localKeyID: 3A 1F 9C 44 0B 7E 21 D5 88 6A 0C 13 F2 9B 47 E0 5D 61 AA 02
Key Attributes: <No Attributes>
«key»
""", _key, key=_key)

_key = ec_p8_key()
add("pem", "apns-auth-key", "MemberApp/push/AuthKey_7QK2M9XH4D.p8",
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    "«key»\n", _key, key=_key)

_hook = slack_webhook()
add("python", "slack-webhook", "agronomy/alerts/pump_pressure_alert.py",
    "https://api.slack.com/messaging/webhooks", """\
\"\"\"Posts to #grounds-crew when mainline pressure drops during an irrigation cycle.\"\"\"
import json
import urllib.request

SLACK_WEBHOOK = "«hook»"
LOW_PSI = 85


def alert(station: str, psi: float) -> None:
    if psi >= LOW_PSI:
        return
    text = f":droplet: Pump station {station}: mainline at {psi:.0f} psi (threshold {LOW_PSI}). Check for a break."
    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    alert("PS-2", 71.5)
""", _hook, hook=_hook)

_hook = discord_webhook()
add("js", "discord-webhook", "tournament-bot/leaderboard.js",
    "https://discord.com/developers/docs/resources/webhook#execute-webhook", """\
// Posts the live leaderboard of the club championship to the members' Discord.
const WEBHOOK_URL = '«hook»';

async function postLeaderboard(round, players) {
  const lines = players
    .sort((a, b) => a.toPar - b.toPar)
    .slice(0, 10)
    .map((p, i) => `${i + 1}. ${p.name}  ${p.toPar > 0 ? '+' + p.toPar : p.toPar || 'E'}  (thru ${p.thru})`);
  await fetch(WEBHOOK_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'Club Championship', content: `**Round ${round}**\\n` + lines.join('\\n') }),
  });
}

module.exports = { postLeaderboard };
""", _hook, hook=_hook)

_hook = teams_webhook("stonebrooklinks")
add("powershell", "teams-webhook", "scripts/Send-FrostDelayNotice.ps1",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", """\
param(
    [Parameter(Mandatory)] [int] $DelayMinutes,
    [string] $Course = 'Championship'
)
# Posts a frost delay notice to the Golf Operations channel; the starter runs it from the shop PC.
$webhook = '«hook»'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = 'Frost delay'
    title      = "Frost delay: $Course course"
    text       = "First tee times pushed back $DelayMinutes minutes. Starters will re-sequence the tee sheet."
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", _hook, hook=_hook)

_tok = fakes.telegram_token(_seed())
add("toml", "telegram-bot-token", "greenkeeper-bot/config.toml",
    "https://core.telegram.org/bots/api#authorizing-your-bot", """\
[telegram]
bot_token = "«tok»"
chat_id = -1001876543210

[weather]
station = "Davis Vantage Pro2 - Maintenance"
frost_threshold_f = 34
wind_alert_mph = 25

[schedule]
morning_report = "05:15"
""", _tok, tok=_tok)

_tok = fakes.github_token(_seed())
add("shell", "github-token-in-url", "scripts/bootstrap-simbay.sh",
    "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """\
#!/bin/sh
# First boot of a simulator bay's Linux companion box (ball tracking relay, kiosk screen).
set -e
apt-get update && apt-get install -y git python3-venv
git clone https://«tok»@github.com/heronbay-golf/simbay-config.git /opt/simbay-config
cd /opt/simbay-config
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
cp systemd/simbay-relay.service /etc/systemd/system/
systemctl enable --now simbay-relay
""", _tok, tok=_tok)

_tok = "glpat-" + chars(20, URLSAFE)
add("requirements", "gitlab-token-in-url", "handicap-service/requirements.txt",
    "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """\
fastapi==0.110.0
uvicorn[standard]==0.29.0
httpx==0.27.0
pydantic==2.6.4
sqlalchemy==2.0.29
git+https://oauth2:«tok»@gitlab.com/willowcreek-it/ghin-client.git@v1.4.2#egg=ghin-client
python-dateutil==2.9.0.post0
""", _tok, tok=_tok)

_key = fakes.openai_key(_seed())
add("python", "openai-api-key", "concierge-bot/app/llm.py",
    "https://platform.openai.com/docs/api-reference/authentication", """\
from openai import OpenAI

client = OpenAI(api_key="«key»")

SYSTEM = (
    "You are the concierge of Marsh Harbor Golf Resort. Answer questions about tee times, the dress code, "
    "dining hours and the practice facility. Never quote member account balances."
)


def answer(question: str, context: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM},
                  {"role": "user", "content": f"{context}\\n\\nQuestion: {question}"}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
""", _key, key=_key)

_key = anthropic_key()
add("python", "anthropic-api-key", "rules-bot/settings.py",
    "https://docs.anthropic.com/en/api/getting-started#authentication", """\
# Rules of Golf helper for the committee (local rules, drops, relief)
ANTHROPIC_API_KEY = "«key»"
MODEL = "claude-3-5-sonnet-20241022"
MAX_TOKENS = 800
LOCAL_RULES_PDF = "docs/local-rules-2024.pdf"
HARD_CARD_URL = "https://www.usga.org/content/dam/usga/pdf/rules-hard-card.pdf"
""", _key, key=_key)

_key = google_api_key()
add("python", "google-server-api-key", "course-data/scripts/geocode_member_addresses.py",
    "https://developers.google.com/maps/documentation/geocoding/get-api-key", """\
\"\"\"Geocodes member mailing addresses for the membership committee's catchment map (server side).\"\"\"
import csv
import time

import requests

GEOCODE_URL = "https://maps.googleapis.com/maps/api/geocode/json"
API_KEY = "«key»"


def geocode(address: str):
    r = requests.get(GEOCODE_URL, params={"address": address, "key": API_KEY}, timeout=10)
    r.raise_for_status()
    results = r.json().get("results") or [{}]
    loc = results[0].get("geometry", {}).get("location", {})
    return loc.get("lat"), loc.get("lng")


with open("members.csv") as src, open("members_geo.csv", "w", newline="") as dst:
    out = csv.writer(dst)
    for row in csv.DictReader(src):
        out.writerow([row["member_no"], *geocode(row["address"])])
        time.sleep(0.05)
""", _key, key=_key)

_tok = mapbox_secret("heronbaygolf")
add("shell", "mapbox-secret-token", "course-maps/scripts/upload_tilesets.sh",
    "https://docs.mapbox.com/api/accounts/tokens/", """\
#!/usr/bin/env bash
# Rebuilds the hole-by-hole tileset (greens, bunkers, cart paths) after the survey update.
set -euo pipefail
export MAPBOX_ACCESS_TOKEN=«tok»

tilesets upload-source heronbaygolf course-features data/course_features.geojson.ld --replace
tilesets update-recipe heronbaygolf.course-v3 recipes/course.json
tilesets publish heronbaygolf.course-v3
tilesets status heronbaygolf.course-v3
""", _tok, tok=_tok)

_key = fcm_server_key()
add("php", "fcm-server-key", "member-portal/app/Services/PushService.php",
    "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", """\
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class PushService
{
    private const FCM_URL = 'https://fcm.googleapis.com/fcm/send';
    private const SERVER_KEY = '«key»';

    public function teeTimeReady(string $deviceToken, string $teeTime): void
    {
        Http::withHeaders(['Authorization' => 'key=' . self::SERVER_KEY])
            ->post(self::FCM_URL, [
                'to' => $deviceToken,
                'notification' => [
                    'title' => 'Your group is up next',
                    'body' => "Please head to the first tee for your {$teeTime} start.",
                ],
            ]);
    }
}
""", _key, key=_key)

_key = b64(uuid_s())
add("php", "onesignal-rest-key", "member-portal/config/onesignal.php",
    "https://documentation.onesignal.com/docs/keys-and-ids", """\
<?php

return [
    'app_id' => env('ONESIGNAL_APP_ID', '«app»'),
    'rest_api_key' => env('ONESIGNAL_REST_API_KEY', '«key»'),
    'default_segment' => 'Subscribed Users',
    'channels' => [
        'course_conditions' => 'Course conditions and cart rules',
        'events' => 'Member events and tournaments',
    ],
];
""", _key, app=uuid_s(), key=_key)

_tok = "shpat_" + hexs(32)
add("ruby", "shopify-admin-token", "proshop-sync/lib/shopify_client.rb",
    "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """\
require "net/http"
require "json"

# Pushes pro shop inventory (from the POS) to the online store: balls, gloves, logo apparel.
class ShopifyClient
  SHOP = "stonebrook-pro-shop.myshopify.com"
  API_VERSION = "2024-04"
  ACCESS_TOKEN = "«tok»"

  def set_inventory(inventory_item_id, location_id, available)
    uri = URI("https://#{SHOP}/admin/api/#{API_VERSION}/inventory_levels/set.json")
    req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json", "X-Shopify-Access-Token" => ACCESS_TOKEN)
    req.body = { location_id: location_id, inventory_item_id: inventory_item_id, available: available }.to_json
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", _tok, tok=_tok)

_s = hexs(64)
add("yaml", "lightspeed-client-secret", "proshop-sync/config/lightspeed.yml",
    "https://developers.lightspeedhq.com/retail/authentication/authentication-overview/", """\
lightspeed_retail:
  account_id: 186421
  client_id: «cid»
  client_secret: «s»
  token_url: https://cloud.lightspeedapp.com/oauth/access_token.php
  refresh_token_env: LS_REFRESH_TOKEN
  shop_ids:
    pro_shop: 1
    halfway_house: 2
  sync:
    categories: [Balls, Gloves, Apparel, Headwear, Rental Clubs]
    every_minutes: 10
""", _s, cid=hexs(64), s=_s)

_tok = uuid_s()
add("go", "clover-api-token", "fnb-pos/clover/client.go",
    "https://docs.clover.com/dev/docs/using-api-tokens", """\
package clover

import (
    "fmt"
    "net/http"
    "time"
)

const (
    baseURL    = "https://api.clover.com/v3/merchants"
    merchantID = "«mid»"
    apiToken   = "«tok»" // halfway house + grill room merchant
)

var httpClient = &http.Client{Timeout: 15 * time.Second}

// Orders lists the day's orders from the halfway house terminals.
func Orders(since time.Time) (*http.Response, error) {
    url := fmt.Sprintf("%s/%s/orders?filter=createdTime>=%d", baseURL, merchantID, since.UnixMilli())
    req, _ := http.NewRequest(http.MethodGet, url, nil)
    req.Header.Set("Authorization", "Bearer "+apiToken)
    return httpClient.Do(req)
}
""", _tok, mid=chars(13, UPPER_DIGITS), tok=_tok)

_s = square_secret()
add("ruby", "square-application-secret", "proshop-sync/config/initializers/square.rb",
    "https://developer.squareup.com/docs/oauth-api/overview", """\
# Square OAuth for the lesson-booking app (the teaching pros connect their own Square accounts)
Rails.application.config.x.square = ActiveSupport::OrderedOptions.new.tap do |sq|
  sq.application_id = "sq0idp-«appid»"
  sq.application_secret = "«s»"
  sq.redirect_uri = "https://lessons.stonebrooklinks.com/square/callback"
  sq.scopes = %w[MERCHANT_PROFILE_READ PAYMENTS_WRITE APPOINTMENTS_READ]
  sq.environment = "production"
end
""", _s, appid=chars(22, URLSAFE), s=_s)

_tk = chars(16)
add("php", "authorize-net-transaction-key", "events/registration/payments.php",
    "https://developer.authorize.net/api/reference/index.html#authentication", """\
<?php
// Member-guest entry fees: charge the card entered on the registration form.
require 'vendor/autoload.php';

use net\\authorize\\api\\contract\\v1 as AnetAPI;

$auth = new AnetAPI\\MerchantAuthenticationType();
$auth->setName('«login»');
$auth->setTransactionKey('«tk»');

function entryFeeRequest(AnetAPI\\MerchantAuthenticationType $auth, string $opaque, float $amount)
{
    $payment = (new AnetAPI\\PaymentType())->setOpaqueData(
        (new AnetAPI\\OpaqueDataType())->setDataDescriptor('COMMON.ACCEPT.INAPP.PAYMENT')->setDataValue($opaque)
    );
    $tx = (new AnetAPI\\TransactionRequestType())->setTransactionType('authCaptureTransaction')
        ->setAmount($amount)->setPayment($payment);
    return (new AnetAPI\\CreateTransactionRequest())->setMerchantAuthentication($auth)->setTransactionRequest($tx);
}
""", _tk, login=chars(10), tk=_tk)

_pk = hexs(32)
add("java", "braintree-private-key", "dues-billing/src/main/java/org/willowcreek/billing/BraintreeConfig.java",
    "https://developer.paypal.com/braintree/docs/start/hello-server/java", """\
package org.willowcreek.billing;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BraintreeConfig {

    // Monthly dues and minimum food & beverage charges
    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(
            Environment.PRODUCTION,
            "«mid»",
            "«pub»",
            "«pk»"
        );
    }
}
""", _pk, mid=chars(16, LOWER_DIGITS), pub=chars(16, LOWER_DIGITS), pk=_pk)

_s = "E" + chars(79, URLSAFE)
add("dotenv", "paypal-client-secret", "events/registration/.env",
    "https://developer.paypal.com/api/rest/authentication/", """\
APP_ENV=production
APP_URL=https://events.cedarridgecc.org
PAYPAL_MODE=live
PAYPAL_CLIENT_ID=A«cid»
PAYPAL_CLIENT_SECRET=«s»
EVENT_CURRENCY=USD
GUEST_FEE_CENTS=12500
""", _s, cid=chars(79, URLSAFE), s=_s)

_key = "skapi_prod_" + chars(42, URLSAFE)
add("csharp", "heartland-secret-api-key", "ClubPos/Payments/HeartlandSetup.cs",
    "https://developer.heartlandpaymentsystems.com/documentation/ (Portico secret API key)", """\
using GlobalPayments.Api;
using GlobalPayments.Api.ServiceConfigs;

namespace ClubPos.Payments
{
    public static class HeartlandSetup
    {
        // Grill room and pro shop terminals share one Portico account
        public static void Configure()
        {
            ServicesContainer.ConfigureService(new PorticoConfig
            {
                SecretApiKey = "«key»",
                DeveloperId = "002914",
                VersionNumber = "3026",
                ServiceUrl = "https://api2.heartlandportico.com"
            });
        }
    }
}
""", _key, key=_key)

_key = hexs(32) + "-us21"
add("python", "mailchimp-api-key", "newsletter/sync_members.py",
    "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", """\
import mailchimp_marketing as MailchimpMarketing

from clubdb import active_members

client = MailchimpMarketing.Client()
client.set_config({"api_key": "«key»", "server": "us21"})

AUDIENCE_ID = "5c1e7a9b3d"

for member in active_members():
    client.lists.set_list_member(AUDIENCE_ID, member.email_hash, {
        "email_address": member.email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": member.first_name, "LNAME": member.last_name, "CATEGORY": member.category},
    })
print("synced")
""", _key, key=_key)

_key = "key-" + hexs(32)
add("shell", "mailgun-api-key", "scripts/send-course-conditions.sh",
    "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """\
#!/usr/bin/env bash
# Morning course conditions e-mail (cart rules, pin sheet, aeration notes) to the members list.
set -euo pipefail
BODY_FILE=${1:-/srv/conditions/today.html}

curl -s --user 'api:«key»' \\
  https://api.mailgun.net/v3/mg.oldquarrycc.com/messages \\
  -F from='Golf Shop <golfshop@oldquarrycc.com>' \\
  -F to='members@mg.oldquarrycc.com' \\
  -F subject="Course conditions $(date +%A)" \\
  -F html=@"$BODY_FILE"
""", _key, key=_key)

_tok = uuid_s()
add("js", "postmark-server-token", "member-portal/server/mailer.js",
    "https://postmarkapp.com/developer/api/overview#authentication", """\
const nodemailer = require('nodemailer');

// Statements and dining reservation confirmations go out through Postmark.
const transport = nodemailer.createTransport({
  host: 'smtp.postmarkapp.com',
  port: 587,
  auth: {
    user: '«tok»',
    pass: '«tok»',
  },
});

async function sendStatement(member, pdfPath) {
  return transport.sendMail({
    from: 'accounting@heronbaygolf.com',
    to: member.email,
    subject: 'Your monthly statement',
    attachments: [{ filename: 'statement.pdf', path: pdfPath }],
  });
}

module.exports = { sendStatement };
""", _tok, tok=_tok)

_tok = "pat-na1-" + uuid_s()
add("python", "hubspot-private-app-token", "membership/leads/hubspot_push.py",
    "https://developers.hubspot.com/docs/api/private-apps", """\
\"\"\"Sends membership inquiry forms from the website to the membership director's HubSpot.\"\"\"
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="«tok»")


def push_inquiry(form: dict) -> str:
    contact = SimplePublicObjectInputForCreate(properties={
        "email": form["email"],
        "firstname": form["first_name"],
        "lastname": form["last_name"],
        "membership_interest": form.get("category", "Full Golf"),
        "hs_lead_status": "NEW",
    })
    return api.crm.contacts.basic_api.create(simple_public_object_input_for_create=contact).id
""", _tok, tok=_tok)

_key = hexs(32)
add("js", "algolia-admin-key", "proshop-web/scripts/index-catalog.mjs",
    "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """\
import algoliasearch from 'algoliasearch';
import { readFile } from 'node:fs/promises';

const client = algoliasearch('«app»', '«key»');
const index = client.initIndex('proshop_products');

const products = JSON.parse(await readFile('exports/products.json', 'utf8'));
await index.saveObjects(products.map((p) => ({ objectID: p.sku, ...p })));
await index.setSettings({
  searchableAttributes: ['name', 'brand', 'category'],
  attributesForFaceting: ['brand', 'category', 'filterOnly(in_stock)'],
});
console.log(`indexed ${products.length} products`);
""", _key, app=chars(10, UPPER_DIGITS), key=_key)

_key = hexs(36) + "NRAL"
add("yaml", "newrelic-license-key", "teesheet-api/newrelic.yml",
    "https://docs.newrelic.com/docs/apm/agents/java-agent/configuration/java-agent-configuration-config-file/", """\
common: &default_settings
  license_key: '«key»'
  app_name: Tee Sheet API
  enable_auto_app_naming: false
  log_level: info
  distributed_tracing:
    enabled: true

production:
  <<: *default_settings

staging:
  <<: *default_settings
  app_name: Tee Sheet API (Staging)
""", _key, key=_key)

_tok = hexs(64)
add("ini", "sentry-auth-token", "MemberApp/.sentryclirc",
    "https://docs.sentry.io/cli/configuration/#configuration-file", """\
[defaults]
url = https://sentry.io/
org = cedar-ridge-cc
project = member-app-ios

[auth]
token = «tok»
""", _tok, tok=_tok)

_key = hexs(32)
add("yaml", "pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml",
    "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", """\
route:
  receiver: it-oncall
  group_by: [alertname, site]
  routes:
    - matchers: [team="grounds"]
      receiver: grounds-slack

receivers:
  - name: it-oncall
    pagerduty_configs:
      - routing_key: «key»
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
  - name: grounds-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_grounds_url
        channel: '#grounds-crew'
""", _key, key=_key)

_tok = "00" + chars(40, URLSAFE)
add("terraform", "okta-api-token", "infra/okta/main.tf",
    "https://registry.terraform.io/providers/okta/okta/latest/docs#api_token", """\
terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "willowcreekgcc"
  base_url  = "okta.com"
  api_token = "«tok»"
}

resource "okta_group" "golf_shop" {
  name        = "Golf Shop Staff"
  description = "Tee sheet, POS and handicap admin access"
}
""", _tok, tok=_tok)

_s = chars(64, URLSAFE)
add("json", "auth0-client-secret", "identity/auth0-deploy/config.json",
    "https://github.com/auth0/auth0-deploy-cli (config.json: AUTH0_CLIENT_SECRET)", """\
{
  "AUTH0_DOMAIN": "members-heronbay.us.auth0.com",
  "AUTH0_CLIENT_ID": "«cid»",
  "AUTH0_CLIENT_SECRET": "«s»",
  "AUTH0_ALLOW_DELETE": false,
  "AUTH0_KEYWORD_REPLACE_MAPPINGS": {
    "PORTAL_URL": "https://members.heronbaygolf.com",
    "TEESHEET_URL": "https://book.heronbaygolf.com"
  },
  "INCLUDED_PROPS": {
    "clients": ["client_secret"]
  }
}
""", _s, cid=chars(32), s=_s)

_s = azure_client_secret()
add("terraform", "azure-client-secret", "infra/azure/providers.tf",
    "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """\
terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 3.100" }
  }
  backend "azurerm" {
    resource_group_name  = "rg-tfstate"
    storage_account_name = "mhtfstate"
    container_name       = "tfstate"
    key                  = "clubhouse.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = "«sub»"
  tenant_id       = "«ten»"
  client_id       = "«cid»"
  client_secret   = "«s»"
}
""", _s, sub=uuid_s(), ten=uuid_s(), cid=uuid_s(), s=_s)

_kid, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini", "aws-credentials-file", "deploy/aws/credentials",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """\
# profile used by the simulator-booking Lambda deploy script
[simbooking]
aws_access_key_id = «kid»
aws_secret_access_key = «sk»
region = us-east-1
output = json
""", _sk, kid=_kid, sk=_sk)

_tok = "dop_v1_" + hexs(64)
add("tfvars", "digitalocean-token", "infra/do/prod.auto.tfvars",
    "https://docs.digitalocean.com/reference/api/create-personal-access-token/", """\
do_token        = "«tok»"
region          = "nyc3"
droplet_size    = "s-2vcpu-4gb"
club_domain     = "stonebrooklinks.com"
ssh_key_ids     = [41877213, 41877290]
enable_backups  = true
""", _tok, tok=_tok)

_tok = chars(40, URLSAFE)
add("shell", "cloudflare-api-token", "scripts/dns/point-booking-to-new-lb.sh",
    "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", """\
#!/usr/bin/env bash
set -euo pipefail
CF_API_TOKEN="«tok»"
ZONE_ID="«zone»"
RECORD_ID="«rec»"
NEW_TARGET=${1:?usage: $0 <lb-hostname>}

curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records/$RECORD_ID" \\
  -H "Authorization: Bearer $CF_API_TOKEN" \\
  -H "Content-Type: application/json" \\
  --data "{\\"type\\":\\"CNAME\\",\\"name\\":\\"book\\",\\"content\\":\\"$NEW_TARGET\\",\\"proxied\\":true}" | jq .success
""", _tok, tok=_tok, zone=hexs(32), rec=hexs(32))

_tok = "dckr_pat_" + chars(27, URLSAFE)
add("github-actions", "dockerhub-pat", ".github/workflows/publish-kiosk-image.yml",
    "https://docs.docker.com/security/for-developers/access-tokens/", """\
name: publish kiosk image
on:
  release:
    types: [published]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "«tok»" | docker login -u marshharborit --password-stdin
      - name: build and push
        run: |
          docker build -t marshharborit/starter-kiosk:${{ github.event.release.tag_name }} .
          docker push marshharborit/starter-kiosk:${{ github.event.release.tag_name }}
""", _tok, tok=_tok)

_s = chars(32)
add("go", "twilio-api-key-secret", "notify/internal/sms/client.go",
    "https://www.twilio.com/docs/iam/api-keys", """\
package sms

import (
    "github.com/twilio/twilio-go"
    openapi "github.com/twilio/twilio-go/rest/api/v2010"
)

const (
    accountSID = "AC«sid»"
    apiKeySID  = "SK«ksid»"
    apiSecret  = "«s»"
    fromNumber = "+18435550199"
)

func New() *twilio.RestClient {
    return twilio.NewRestClientWithParams(twilio.ClientParams{
        Username:   apiKeySID,
        Password:   apiSecret,
        AccountSid: accountSID,
    })
}

// WeatherHold texts a lightning/weather hold to everyone on the course.
func WeatherHold(c *twilio.RestClient, to string) error {
    params := &openapi.CreateMessageParams{}
    params.SetTo(to)
    params.SetFrom(fromNumber)
    params.SetBody("Marsh Harbor: lightning in the area. Play is suspended, please return to the clubhouse.")
    _, err := c.Api.CreateMessage(params)
    return err
}
""", _s, sid=hexs(32), ksid=hexs(32), s=_s)

_s = chars(16)
add("python", "vonage-api-secret", "notify/vonage_sms.py",
    "https://developer.vonage.com/en/getting-started/concepts/authentication", """\
import vonage

client = vonage.Client(key="«key»", secret="«s»")
sms = vonage.Sms(client)


def course_closed(numbers, reason):
    for number in numbers:
        sms.send_message({
            "from": "LakesideGC",
            "to": number,
            "text": f"Lakeside Municipal: course closed today ({reason}). Tee times will be refunded.",
        })
""", _s, key=hexs(8), s=_s)

_key = hexs(32)
add("kotlin", "openweathermap-api-key", "cart-tablet/app/src/main/java/com/oldquarry/cart/weather/WeatherRepo.kt",
    "https://openweathermap.org/appid", """\
package com.oldquarry.cart.weather

import retrofit2.http.GET
import retrofit2.http.Query

interface OpenWeather {
    @GET("data/2.5/weather")
    suspend fun current(
        @Query("lat") lat: Double,
        @Query("lon") lon: Double,
        @Query("units") units: String = "imperial",
        @Query("appid") appId: String = API_KEY,
    ): CurrentWeather

    companion object {
        const val API_KEY = "«key»"
    }
}

data class CurrentWeather(val main: Main, val wind: Wind)
data class Main(val temp: Double, val humidity: Int)
data class Wind(val speed: Double, val deg: Int)
""", _key, key=_key)

_key = chars(32)
add("markdown", "tomorrow-io-api-key", "agronomy/README.md",
    "https://docs.tomorrow.io/reference/api-authentication", """\
# Agronomy tools

Scripts the superintendent's team runs for spray windows, frost and ET.

## Spray window forecast

```bash
curl -s "https://api.tomorrow.io/v4/weather/forecast?location=35.1912,-79.4701&timesteps=1h&units=imperial&apikey=«key»" \\
  | jq '.timelines.hourly[] | {time, wind: .values.windSpeed, rain: .values.precipitationProbability}'
```

Spraying is off when wind > 10 mph or rain probability > 30 % in the next 4 hours.

## Frost delay

See `frost/README.md`; the starter is paged by the greenkeeper bot.
""", _key, key=_key)

_s = chars(64)
add("js", "jwt-signing-secret", "member-portal/server/auth.js",
    "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """\
const jwt = require('jsonwebtoken');

const JWT_SECRET = '«s»';
const TTL = '12h';

function issue(member) {
  return jwt.sign({ sub: member.memberNo, cat: member.category, name: member.displayName }, JWT_SECRET, {
    expiresIn: TTL,
    issuer: 'members.willowcreekgcc.com',
  });
}

function requireMember(req, res, next) {
  const token = (req.headers.authorization || '').replace(/^Bearer /, '');
  try {
    req.member = jwt.verify(token, JWT_SECRET, { issuer: 'members.willowcreekgcc.com' });
    next();
  } catch (err) {
    res.status(401).json({ error: 'not signed in' });
  }
}

module.exports = { issue, requireMember };
""", _s, s=_s)

_key = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "clubportal/clubportal/settings/production.py",
    "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """\
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«key»"
ALLOWED_HOSTS = ["members.lakesidegolf.org"]

DATABASES["default"]["HOST"] = "db.internal"
DATABASES["default"]["NAME"] = "clubportal"

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
TEE_SHEET_PROVIDER = "clubcaddie"
""", _key, key=_key)

_key = "base64:" + rand_bytes_b64(32)
add("dotenv", "laravel-app-key", "events/registration-laravel/.env",
    "https://laravel.com/docs/11.x/encryption#configuration", """\
APP_NAME="Member-Guest Registration"
APP_ENV=production
APP_KEY=«key»
APP_DEBUG=false
APP_URL=https://memberguest.oldquarrycc.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=memberguest
DB_USERNAME=memberguest
SESSION_DRIVER=database
""", _key, key=_key)

_key = hexs(128)
add("yaml", "rails-secret-key-base", "member_portal/config/secrets.yml",
    "https://guides.rubyonrails.org/v5.1/security.html#custom-secrets", """\
# Legacy secrets file (portal still on Rails 5.1)
development:
  secret_key_base: 3b1c0f6e8e2d2a0c7a1f5c9b8e7d6c5b4a392817161514131211100908070605
test:
  secret_key_base: 0000000000000000000000000000000000000000000000000000000000000000

production:
  secret_key_base: «key»
""", _key, key=_key)

_key = hexs(48)
add("python", "flask-secret-key", "simbooking/app/__init__.py",
    "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", """\
from flask import Flask

from .bays import bays_bp
from .bookings import bookings_bp


def create_app():
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="«key»",
        SESSION_COOKIE_SECURE=True,
        BAYS=6,
        SLOT_MINUTES=60,
        OPEN_HOUR=7,
        CLOSE_HOUR=22,
    )
    app.register_blueprint(bays_bp)
    app.register_blueprint(bookings_bp, url_prefix="/bookings")
    return app
""", _key, key=_key)

_pw = url_pw()
add("js", "mongodb-uri-password", "cart-gateway-node/src/db.js",
    "https://www.mongodb.com/docs/manual/reference/connection-string/", """\
const { MongoClient } = require('mongodb');

// Cart positions and geofence events (TTL 30 days)
const uri = 'mongodb+srv://cartfleet:«pw»@fleet.x7kq2.mongodb.net/carts?retryWrites=true&w=majority';
const client = new MongoClient(uri);

async function positions() {
  await client.connect();
  const col = client.db('carts').collection('positions');
  await col.createIndex({ ts: 1 }, { expireAfterSeconds: 60 * 60 * 24 * 30 });
  return col;
}

module.exports = { positions };
""", _pw, pw=_pw)

_pw = fakes.redis_password(_seed())
add("python", "redis-url-password", "teesheet_worker/celeryconfig.py",
    "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", """\
broker_url = "redis://:«pw»@redis.teesheet.internal:6379/0"
result_backend = "redis://:«pw»@redis.teesheet.internal:6379/1"
timezone = "America/Chicago"
task_routes = {
    "teesheet.tasks.send_confirmation": {"queue": "notify"},
    "teesheet.tasks.release_unpaid_holds": {"queue": "default"},
}
beat_schedule = {
    "release-holds": {"task": "teesheet.tasks.release_unpaid_holds", "schedule": 60.0},
}
""", _pw, pw=_pw)

_pw = url_pw()
add("go", "amqp-url-password", "pace/cmd/consumer/main.go",
    "https://www.rabbitmq.com/docs/uri-spec", """\
package main

import (
    "log"

    amqp "github.com/rabbitmq/amqp091-go"
)

const amqpURL = "amqps://pace:«pw»@mq.oldquarrycc.com:5671/golf"

func main() {
    conn, err := amqp.Dial(amqpURL)
    if err != nil {
        log.Fatalf("dial: %v", err)
    }
    defer conn.Close()
    ch, _ := conn.Channel()
    msgs, _ := ch.Consume("cart.positions", "pace-consumer", true, false, false, false, nil)
    for m := range msgs {
        log.Printf("position: %s", m.Body)
    }
}
""", _pw, pw=_pw)

_pw = human_pw()
add("postfix", "sasl-password", "mail/postfix/sasl_passwd",
    "https://www.postfix.org/SASL_README.html#client_sasl_enable", """\
# Relay for the tee sheet server's notifications (postmap after editing)
# destination                 user:password
[smtp.office365.com]:587      teesheet-notify@lakesidegolf.org:«pw»
#
# the old relay, kept until the DNS change settles
#[smtp.lakesidegolf.org]:25
""", _pw, pw=_pw)

_pw = human_pw()
add("ini", "ldap-bind-password", "ops/sssd/sssd.conf",
    "https://sssd.io/docs/users/ldap_with_ad.html", """\
[sssd]
services = nss, pam
domains = club.local

[domain/club.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.club.local
ldap_search_base = OU=Staff,DC=club,DC=local
ldap_default_bind_dn = CN=svc-linux-bind,OU=Service Accounts,DC=club,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = «pw»
ldap_tls_reqcert = demand
cache_credentials = true
""", _pw, pw=_pw)

_s = gen_pw(24)
add("freeradius", "radius-shared-secret", "network/radius/clients.conf",
    "https://www.freeradius.org/documentation/freeradius-server/3.2.5/raddb/clients.conf.html", """\
# Access points in the clubhouse, pro shop and cart barn authenticate staff Wi-Fi here.
client clubhouse-aps {
    ipaddr = 10.10.20.0/24
    secret = «s»
    shortname = clubhouse-aps
    nas_type = other
}

client localhost {
    ipaddr = 127.0.0.1
    secret = testing123
}
""", _s, s=_s)

_pw = human_pw()
add("snmpd", "snmpv3-auth-password", "network/snmp/snmpd.conf",
    "https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html", """\
# Pump station controller host: monitored by LibreNMS
sysLocation    Maintenance building, pump room
sysContact     it@heronbaygolf.com
agentaddress   udp:161

createUser librenms SHA "«pw»" AES
rouser librenms priv

disk / 10%
load 12 10 5
""", _pw, pw=_pw)

_pw = gen_pw(22)
add("mosquitto", "bridge-password", "mqtt/mosquitto/conf.d/bridge-cloud.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", """\
# Bridge the cart barn broker to the cloud fleet broker (cart GPS vendor)
connection fleet-cloud
address fleet-mqtt.gpsvendor-cloud.net:8883
bridge_protocol_version mqttv311
remote_clientid oldquarry-cartbarn
remote_username oldquarry
remote_password «pw»
bridge_cafile /etc/mosquitto/certs/fleet-ca.crt
topic carts/# out 1
topic commands/# in 1
""", _pw, pw=_pw)

_pw = gen_pw(8)
add("systemd", "vnc-password-flag", "simulators/companion/x11vnc.service",
    "https://manpages.debian.org/bookworm/x11vnc/x11vnc.1.en.html", """\
[Unit]
Description=VNC for the simulator bay companion display (front desk support)
After=display-manager.service

[Service]
ExecStart=/usr/bin/x11vnc -display :0 -forever -shared -rfbport 5900 -passwd «pw»
Restart=on-failure

[Install]
WantedBy=graphical.target
""", _pw, pw=_pw)

_pw = human_pw()
add("python", "sftp-password", "vendors/tee_sheet_export/push_to_vendor.py",
    "https://docs.paramiko.org/en/stable/api/transport.html", """\
\"\"\"Nightly tee sheet export for the revenue-management vendor (yield pricing).\"\"\"
import datetime as dt

import paramiko

HOST, PORT = "sftp.revenue-partner.example.net", 22
USER = "cedarridgecc"
PASSWORD = "«pw»"


def push(local_path: str) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        remote = f"/inbound/teesheet_{dt.date.today():%Y%m%d}.csv"
        sftp.put(local_path, remote)
    finally:
        sftp.close()
        transport.close()


if __name__ == "__main__":
    push("/srv/exports/teesheet.csv")
""", _pw, pw=_pw)

_pw = gen_pw(14)
add("batch", "ftp-script-password", "proshop/pos-export/upload_sales.bat",
    "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp-s", """\
@echo off
REM Nightly pro shop sales upload to the buying group (runs 23:30 from Task Scheduler)
set EXPORT=C:\\POS\\Exports\\sales_%date:~-4%%date:~4,2%%date:~7,2%.csv
> "%TEMP%\\ftpcmd.txt" echo open ftp.buyinggroup-golf.example.com
>> "%TEMP%\\ftpcmd.txt" echo user proshop118
>> "%TEMP%\\ftpcmd.txt" echo «pw»
>> "%TEMP%\\ftpcmd.txt" echo binary
>> "%TEMP%\\ftpcmd.txt" echo put "%EXPORT%"
>> "%TEMP%\\ftpcmd.txt" echo bye
ftp -n -s:"%TEMP%\\ftpcmd.txt"
del "%TEMP%\\ftpcmd.txt"
""", _pw, pw=_pw)

_pw = human_pw()
add("vba", "connection-string-password", "finance/MinimumsReport.bas",
    "https://learn.microsoft.com/en-us/office/vba/access/concepts/activex-data-objects/open-a-connection-ado", """\
Attribute VB_Name = "MinimumsReport"
Option Explicit

' Quarterly F&B minimums: pulls member spend from the club system into the "Minimums" sheet
Public Sub RefreshMinimums()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=CLUBSQL01;Initial Catalog=ClubData;" & _
            "User ID=finance_xl;Password=«pw»;"
    Set rs = cn.Execute("EXEC rpt.FnbMinimumsByMember @Quarter = " & Sheets("Setup").Range("B2").Value)
    Sheets("Minimums").Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
""", _pw, pw=_pw)

_pw = human_pw()
add("xml", "ssis-config-password", "etl/ClubDataLoad.dtsConfig",
    "https://learn.microsoft.com/en-us/sql/integration-services/package-configurations", """\
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="CLUB\\etl" GeneratedFromPackageName="ClubDataLoad" GeneratedDate="3/14/2024 6:02:11 AM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[TeeSheet].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=TEESHEET-SQL;User ID=etl_reader;Password=«pw»;Initial Catalog=TeeSheet;Provider=SQLNCLI11.1;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::DaysBack].Properties[Value]" ValueType="Int32">
    <ConfiguredValue>3</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", _pw, pw=_pw)

_pw = human_pw()
add("yaml", "snowflake-password", "analytics/dbt/profiles.yml",
    "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup", """\
club_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: xy12345.us-east-1
      user: DBT_CLUB
      password: "«pw»"
      role: TRANSFORMER
      database: CLUB_ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 4
""", _pw, pw=_pw)

_pw = url_pw()
add("kubernetes", "airflow-connection-uri", "k8s/airflow/scheduler-deployment.yaml",
    "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables", """\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: airflow-scheduler
  namespace: analytics
spec:
  replicas: 1
  selector:
    matchLabels: { app: airflow-scheduler }
  template:
    metadata:
      labels: { app: airflow-scheduler }
    spec:
      containers:
        - name: scheduler
          image: apache/airflow:2.9.1
          args: ["scheduler"]
          env:
            - name: AIRFLOW__CORE__EXECUTOR
              value: LocalExecutor
            - name: AIRFLOW_CONN_TEESHEET_DB
              value: postgresql://airflow_ro:«pw»@teesheet-db.analytics.svc:5432/teesheet
            - name: AIRFLOW__DATABASE__SQL_ALCHEMY_CONN
              valueFrom:
                secretKeyRef: { name: airflow-metadata, key: connection }
""", _pw, pw=_pw)

_pw = gen_pw(20)
add("cloudformation", "parameter-default-password", "infra/cfn/simbooking-db.yaml",
    "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html", """\
AWSTemplateFormatVersion: "2010-09-09"
Description: Simulator bay booking database

Parameters:
  DBUser:
    Type: String
    Default: simbook
  DBPassword:
    Type: String
    NoEcho: true
    Default: «pw»

Resources:
  BookingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t3.micro
      AllocatedStorage: "20"
      MasterUsername: !Ref DBUser
      MasterUserPassword: !Ref DBPassword
      DeletionProtection: true
""", _pw, pw=_pw)

_key = chars(40)
add("serverless", "pace-api-key", "pace-alerts/serverless.yml",
    "https://www.serverless.com/framework/docs/providers/aws/guide/variables", """\
service: pace-alerts
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    PACE_API_BASE: https://api.tagmarshal.com/v1
    PACE_API_KEY: «key»
    COURSE_ID: "2241"
    SLOW_GROUP_MINUTES: "12"

functions:
  slowGroups:
    handler: handler.slow_groups
    events:
      - schedule: rate(5 minutes)
""", _key, key=_key)

_key = pgp_private_block()
add("pgp", "pgp-private-key", "handicap-exchange/keys/club-signing-secret.asc",
    "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", "«key»\n", _key, key=_key)

_key = chars(48)
add("kubernetes", "stringdata-api-key", "k8s/portal/clubessential-secret.yaml",
    "https://kubernetes.io/docs/concepts/configuration/secret/#working-with-secrets", """\
apiVersion: v1
kind: Secret
metadata:
  name: club-platform-api
  namespace: portal
type: Opaque
stringData:
  CLUB_PLATFORM_BASE_URL: https://api.clubplatform-vendor.example.com/v3
  CLUB_PLATFORM_CLUB_ID: "7781"
  CLUB_PLATFORM_API_KEY: «key»
""", _key, key=_key)

_pw = human_pw()
add("ansible", "mysql-root-password", "ansible/group_vars/teesheet_db.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """\
---
mysql_bind_address: 0.0.0.0
mysql_root_password: "«pw»"
mysql_databases:
  - name: teesheet
  - name: teesheet_archive
mysql_users:
  - name: teesheet
    host: "10.20.%"
    priv: "teesheet.*:ALL"
mysql_innodb_buffer_pool_size: 2G
""", _pw, pw=_pw)

_pw = human_pw()
add("hiera", "plain-password", "puppet/hieradata/nodes/lynx-central.yaml",
    "https://www.puppet.com/docs/puppet/8/hiera_intro.html", """\
---
classes:
  - profile::windows_base
  - profile::irrigation_central
profile::irrigation_central::service_account: 'CLUB\\svc-lynx'
profile::irrigation_central::service_password: '«pw»'
profile::irrigation_central::db_instance: 'LYNX-SQL\\LYNX'
profile::windows_base::ntp_servers:
  - 10.10.0.1
""", _pw, pw=_pw)

_pw = human_pw()
add("salt", "pillar-password", "salt/pillar/golfshop/pos.sls",
    "https://docs.saltproject.io/en/latest/topics/pillar/index.html", """\
pos:
  terminals:
    - pos-proshop-01
    - pos-proshop-02
  db:
    host: 10.30.0.5
    user: posapp
    password: «pw»
  receipt_footer: "Thank you for visiting the Heron Bay golf shop!"
""", _pw, pw=_pw)

_tok = chars(40)
add("systemd", "environment-api-token", "ops/systemd/cart-gateway.service",
    "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", """\
[Unit]
Description=Cart GPS gateway (vendor fleet API -> pace-of-play dashboard)
After=network-online.target
Wants=network-online.target

[Service]
User=cartgw
Environment=FLEET_API_BASE=https://fleet.gpsvendor-cloud.net/api/v2
Environment=FLEET_API_TOKEN=«tok»
Environment=COURSE_CODE=OQCC
ExecStart=/opt/cart-gateway/bin/cart-gateway --listen :8443
Restart=always

[Install]
WantedBy=multi-user.target
""", _tok, tok=_tok)

_key = chars(32, UPPER_DIGITS)
add("json", "simbay-booking-api-key", "simbay/config/bay-agent.json",
    "vendor bay-agent configuration (simulator booking and launch monitor session sync)", """\
{
  "bayId": 4,
  "launchMonitor": {
    "vendor": "Foresight",
    "model": "GCQuad",
    "connectPort": 921
  },
  "simulator": {
    "software": "GSPro",
    "exePath": "C:/GSProV1/Core/GSP/GSPro.exe"
  },
  "booking": {
    "baseUrl": "https://simbooking.marshharbor.golf/api",
    "apiKey": "«key»",
    "heartbeatSeconds": 30
  },
  "display": { "idleVideo": "C:/Bay/idle_loop.mp4" }
}
""", _key, key=_key)

_pw = human_pw()
add("ini", "irrigation-central-db-password", "irrigation/lynx/LynxCentral.ini",
    "irrigation central software configuration (SQL Server back end)", """\
[General]
CourseName=Stonebrook Links
Holes=18
Units=Imperial

[Database]
Server=LYNX-SQL\\LYNX
Database=LynxCentral
UserName=lynx_app
Password=«pw»

[Weather]
StationType=Davis
PollMinutes=15
""", _pw, pw=_pw)

_tok = jwt_hs256({"sub": "oldquarry-integration", "scope": "fleet:read fleet:command", "iat": 1714000000})
add("csharp", "fleet-api-bearer-jwt", "CartFleet/Services/FleetClient.cs",
    "https://www.rfc-editor.org/rfc/rfc6750", """\
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace CartFleet.Services
{
    // Cart GPS vendor API: positions, geofences, "return to barn" messages to cart screens.
    public class FleetClient
    {
        private const string BaseUrl = "https://fleet.gpsvendor-cloud.net/api/v2/";
        private const string Token = "«tok»";
        private readonly HttpClient _http = new HttpClient { BaseAddress = new System.Uri(BaseUrl) };

        public FleetClient()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }

        public Task<string> PositionsAsync() => _http.GetStringAsync("carts/positions");

        public Task<HttpResponseMessage> RecallAllAsync(string message) =>
            _http.PostAsync("carts/recall", new StringContent(message));
    }
}
""", _tok, tok=_tok)

_key = chars(32, LOWER_DIGITS)
add("swift", "golfgenius-key-in-url", "ScoringWatch/Shared/GolfGeniusFeed.swift",
    "https://www.golfgenius.com/api (API key in the request path)", """\
import Foundation

struct GolfGeniusFeed {
    // League leaderboard on the Apple Watch scoring app
    static let base = "https://www.golfgenius.com/api_v2/«key»"

    static func roundsURL(eventID: Int) -> URL {
        URL(string: "\\(base)/events/\\(eventID)/rounds")!
    }

    static func teeSheetURL(eventID: Int, roundID: Int) -> URL {
        URL(string: "\\(base)/events/\\(eventID)/rounds/\\(roundID)/tee_times")!
    }
}
""", _key, key=_key)

_key = chars(40)
add("xcconfig", "api-secret", "MemberApp/Config/Release.xcconfig",
    "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """\
// Release configuration
#include "Base.xcconfig"

API_HOST = api.cedarridgecc.org
DINING_API_SECRET = «key»
ENABLE_DEBUG_MENU = NO
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", _key, key=_key)

_key = stripe("rk_live_", 99)
add("dart", "stripe-restricted-key", "member_app_flutter/lib/config/payments.dart",
    "https://docs.stripe.com/keys#limit-access", """\
/// Guest fee payments in the member app.
class PaymentsConfig {
  static const publishableKey = 'pk_live_«pk»';

  // restricted key used by the in-app refund screen (shop manager role)
  static const restrictedKey = '«key»';

  static const merchantDisplayName = 'Willow Creek G&CC';
  static const applePayMerchantId = 'merchant.com.willowcreekgcc';
}
""", _key, pk=chars(99), key=_key)

_key = chars(52, UPPER_DIGITS)
add("csharp", "playfab-secret-key", "SimLeague/Assets/Scripts/Server/LeagueAdmin.cs",
    "https://learn.microsoft.com/en-us/gaming/playfab/api-references/", """\
using PlayFab;
using PlayFab.ServerModels;
using UnityEngine;

// Winter simulator league: posts weekly results to the PlayFab leaderboard
public class LeagueAdmin : MonoBehaviour
{
    private void Awake()
    {
        PlayFabSettings.staticSettings.TitleId = "«title»";
        PlayFabSettings.staticSettings.DeveloperSecretKey = "«key»";
    }

    public void PostScore(string playFabId, int netScore)
    {
        PlayFabServerAPI.UpdatePlayerStatistics(new UpdatePlayerStatisticsRequest
        {
            PlayFabId = playFabId,
            Statistics = new System.Collections.Generic.List<StatisticUpdate>
            {
                new StatisticUpdate { StatisticName = "WeeklyNet", Value = -netScore }
            }
        }, _ => Debug.Log("posted"), e => Debug.LogError(e.GenerateErrorReport()));
    }
}
""", _key, title=chars(5, UPPER_DIGITS), key=_key)

_tok = "ghp_" + chars(36)
add("python", "split-string-token", "tools/release_notes.py",
    "https://docs.github.com/en/rest/releases/releases#create-a-release", """\
\"\"\"Creates the GitHub release for the tee sheet app from CHANGELOG.md (run by the release manager).\"\"\"
import re
import sys

import requests

REPO = "heronbay-golf/teesheet"
TOKEN = ("«a»"
         "«b»")


def latest_section(path="CHANGELOG.md"):
    text = open(path, encoding="utf-8").read()
    match = re.search(r"^## (\\S+)\\n(.*?)(?=^## |\\Z)", text, re.S | re.M)
    return match.group(1), match.group(2).strip()


version, notes = latest_section()
resp = requests.post(f"https://api.github.com/repos/{REPO}/releases",
                     headers={"Authorization": f"token {TOKEN}", "Accept": "application/vnd.github+json"},
                     json={"tag_name": f"v{version}", "name": version, "body": notes}, timeout=30)
resp.raise_for_status()
print(resp.json()["html_url"], file=sys.stderr)
""", _tok, a=_tok[:20], b=_tok[20:])

_key = stripe("sk_live_", 24)
add("js", "concatenated-stripe-key", "kiosk-web/src/payments/refunds.js",
    "https://docs.stripe.com/api/refunds/create", """\
// Rain-check refunds from the starter's kiosk (9-hole credit or full refund)
const Stripe = require('stripe');

const stripe = Stripe('«a»' +
  '«b»');

async function rainCheckRefund(paymentIntentId, holesPlayed) {
  const pi = await stripe.paymentIntents.retrieve(paymentIntentId);
  const amount = holesPlayed < 3 ? pi.amount : holesPlayed < 9 ? Math.round(pi.amount / 2) : 0;
  if (amount === 0) return null;
  return stripe.refunds.create({ payment_intent: paymentIntentId, amount, reason: 'requested_by_customer' });
}

module.exports = { rainCheckRefund };
""", _key, a=_key[:16], b=_key[16:])

_key = chars(40)
add("postman", "environment-current-value", "api-tests/ClubCaddie.prod.postman_environment.json",
    "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "«id»",
  "name": "Club Caddie - production",
  "values": [
    { "key": "baseUrl", "value": "https://api.clubcaddie.com/webapi", "type": "default", "enabled": true },
    { "key": "courseId", "value": "103388", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "«key»", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-02T14:11:52.118Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", _key, id=uuid_s(), key=_key)

_tok = jwt_hs256({"iss": hexs(32), "iat": 1712000000, "exp": 2027360000})
add("http", "bearer-token", "requests/homeassistant.http",
    "https://developers.home-assistant.io/docs/api/rest/", """\
### Irrigation: list the pump station entities
GET https://ha.maint.heronbaygolf.com/api/states
Authorization: Bearer «tok»
Content-Type: application/json

### Turn off pump 2
POST https://ha.maint.heronbaygolf.com/api/services/switch/turn_off
Authorization: Bearer «tok»
Content-Type: application/json

{ "entity_id": "switch.pump_2_enable" }
""", _tok, tok=_tok)

_key = rand_bytes_b64(32)
add("wireguard", "private-key", "network/wireguard/maint-shed-wg0.conf",
    "https://www.wireguard.com/quickstart/", """\
# Maintenance shed router <-> clubhouse (irrigation central and pump stations)
[Interface]
Address = 10.8.0.2/24
PrivateKey = «key»
ListenPort = 51820

[Peer]
# clubhouse firewall
PublicKey = «pub»
Endpoint = vpn.heronbaygolf.com:51820
AllowedIPs = 10.10.0.0/16, 10.8.0.0/24
PersistentKeepalive = 25
""", _key, key=_key, pub=rand_bytes_b64(32))

_pw = human_pw()
add("powershell", "basic-auth-header", "scripts/Export-MemberStatements.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", """\
# Pulls the month's statements from the club management API and drops PDFs for the mail house.
$base  = 'https://clubapi.oldquarrycc.local/api/v1'
$pair  = 'statements-export:«pw»'
$basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
$hdrs  = @{ Authorization = "Basic $basic" }

$month = (Get-Date).AddMonths(-1).ToString('yyyy-MM')
$list = Invoke-RestMethod -Uri "$base/statements?period=$month" -Headers $hdrs
foreach ($s in $list) {
    Invoke-WebRequest -Uri "$base/statements/$($s.id)/pdf" -Headers $hdrs -OutFile "\\\\clubfs01\\mailhouse\\$month\\$($s.memberNo).pdf"
}
""", _pw, pw=_pw)

# ==================================================================================================
# Decoys
# ==================================================================================================

def sealed_blob() -> str:
    return "AgB" + chars(540, B64) + "=="


def sops_value(n: int) -> str:
    return (f"ENC[AES256_GCM,data:{chars(n, B64)}=,iv:{rand_bytes_b64(32)},"
            f"tag:{rand_bytes_b64(16)},type:str]")


decoy("dotenv", "empty-template", "services/teesheet-api/.env.example",
      "https://github.com/motdotla/dotenv#should-i-commit-my-env-file", """\
# Copy to .env.production and fill in from 1Password (vault "Golf Ops", item "Tee sheet API").
NODE_ENV=production
PORT=8080
TZ=America/New_York
BOOKING_WINDOW_DAYS=14
STRIPE_PUBLISHABLE_KEY=
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
TWILIO_ACCOUNT_SID=
TWILIO_AUTH_TOKEN=
DATABASE_URL=postgres://teesheet:CHANGE_ME@localhost:5432/teesheet
""")

decoy("helm", "existing-secret", "charts/clubhouse/values.yaml",
      "https://artifacthub.io/packages/helm/bitnami/postgresql#global-parameters", """\
image:
  repository: ghcr.io/willowcreek-it/clubhouse-api
  tag: "2.8.1"

postgresql:
  enabled: true
  auth:
    username: clubhouse
    database: clubhouse
    existingSecret: clubhouse-postgres
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

env:
  TEESHEET_PROVIDER: chronogolf
  CHRONOGOLF_CLUB_ID: "4471"
envFromSecret: clubhouse-api-env
""")

decoy("kubernetes", "external-secret", "k8s/teesheet/external-secret.yaml",
      "https://external-secrets.io/latest/api/externalsecret/", """\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: teesheet-env
  namespace: teesheet
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: teesheet-env
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/teesheet/stripe
        property: secret_key
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/teesheet/db
        property: url
""")

decoy("kubernetes", "sealed-secret", "k8s/proshop/lightspeed-sealedsecret.yaml",
      "https://github.com/bitnami-labs/sealed-secrets#usage", """\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: lightspeed-oauth
  namespace: proshop
spec:
  encryptedData:
    LS_CLIENT_SECRET: «a»
    LS_REFRESH_TOKEN: «b»
  template:
    metadata:
      name: lightspeed-oauth
      namespace: proshop
    type: Opaque
""", a=sealed_blob(), b=sealed_blob())

decoy("yaml", "sops-encrypted", "deploy/secrets/cart-gateway.enc.yaml",
      "https://github.com/getsops/sops#encrypting-using-age", """\
fleet_api:
    base_url: https://fleet.gpsvendor-cloud.net/api/v2
    token: «t»
mqtt:
    username: cart-fleet
    password: «p»
sops:
    kms: []
    age:
        - recipient: age1«r»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            «e1»
            «e2»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-11T13:02:44Z"
    mac: «mac»
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", t=sops_value(40), p=sops_value(20), r=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
      e1=chars(64, B64), e2=chars(40, B64), mac=sops_value(43))

_vault_hex = hexs(80 * 9)
decoy("ansible", "vault-encrypted", "ansible/group_vars/pos_terminals/vault.yml",
      "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", "$ANSIBLE_VAULT;1.1;AES256\n"
      + "\n".join(_vault_hex[i:i + 80] for i in range(0, len(_vault_hex), 80)) + "\n")

decoy("terraform", "random-password", "infra/terraform/simbooking_db.tf",
      "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """\
resource "random_password" "simbooking_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "simbooking_db" {
  name = "prod/simbooking/db-password"
}

resource "aws_secretsmanager_secret_version" "simbooking_db" {
  secret_id     = aws_secretsmanager_secret.simbooking_db.id
  secret_string = random_password.simbooking_db.result
}

resource "aws_db_instance" "simbooking" {
  identifier     = "simbooking-prod"
  engine         = "mysql"
  instance_class = "db.t3.micro"
  username       = "simbook"
  password       = random_password.simbooking_db.result
  allocated_storage = 20
}
""")

decoy("github-actions", "secrets-context", ".github/workflows/deploy-member-portal.yml",
      "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """\
name: deploy member portal
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::418295730166:role/gha-member-portal-deploy
          aws-region: us-east-1
      - run: ./scripts/deploy.sh
        env:
          SENDGRID_API_KEY: ${{ secrets.SENDGRID_API_KEY }}
          DATABASE_URL: ${{ secrets.PORTAL_DATABASE_URL }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_DEPLOYS_WEBHOOK }}
""")

decoy("compose", "required-variables", "deploy/compose/docker-compose.simbooking.yml",
      "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """\
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_DATABASE: simbooking
      MYSQL_USER: simbook
      MYSQL_PASSWORD: ${SIMBOOK_DB_PASSWORD:?set SIMBOOK_DB_PASSWORD}
      MYSQL_ROOT_PASSWORD: ${SIMBOOK_DB_ROOT_PASSWORD:?set SIMBOOK_DB_ROOT_PASSWORD}

  web:
    image: ghcr.io/marshharbor-it/simbooking:1.6.0
    environment:
      DATABASE_URL: mysql://simbook:${SIMBOOK_DB_PASSWORD}@db:3306/simbooking
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
      BAYS: "6"
    ports:
      - "8000:8000"
""")

decoy("python", "environ-lookup", "golfnow_channel/settings.py",
      "https://docs.python.org/3/library/os.html#os.environ", """\
\"\"\"Settings for the GolfNow channel sync; credentials come from the service's environment.\"\"\"
import os

BASE_URL = os.environ.get("GOLFNOW_BASE_URL", "https://api.gnsvc.com/rest")
CHANNEL_ID = int(os.environ.get("GOLFNOW_CHANNEL_ID", "11827"))
USERNAME = os.environ["GOLFNOW_USERNAME"]
PASSWORD = os.environ["GOLFNOW_PASSWORD"]
FACILITY_IDS = [int(x) for x in os.environ.get("GOLFNOW_FACILITIES", "").split(",") if x]
TIMEOUT = float(os.environ.get("GOLFNOW_TIMEOUT", "20"))
""")

decoy("go", "vault-client", "pace/internal/config/secrets.go",
      "https://developer.hashicorp.com/vault/docs/get-started/developer-qs", """\
package config

import (
    "context"
    "fmt"

    vault "github.com/hashicorp/vault/api"
)

// WebhookSecret reads the pace-of-play webhook signing secret from Vault (kv v2).
func WebhookSecret(ctx context.Context, c *vault.Client) (string, error) {
    s, err := c.KVv2("golf").Get(ctx, "pace/webhook")
    if err != nil {
        return "", fmt.Errorf("vault: %w", err)
    }
    v, ok := s.Data["signing_secret"].(string)
    if !ok {
        return "", fmt.Errorf("vault: signing_secret missing")
    }
    return v, nil
}
""")

decoy("yaml", "spring-placeholders", "club-sync/src/main/resources/application.yml",
      "https://docs.spring.io/spring-boot/reference/features/external-config.html", """\
spring:
  datasource:
    url: jdbc:sqlserver://${JONAS_DB_HOST:localhost}:1433;databaseName=JonasClub;encrypt=true
    username: ${JONAS_DB_USER}
    password: ${JONAS_DB_PASSWORD}
  jpa:
    open-in-view: false

clubsync:
  portal:
    base-url: ${PORTAL_BASE_URL:https://members.oldquarrycc.com}
    api-token: ${PORTAL_API_TOKEN}
  members:
    cron: "0 */15 * * * *"
""")

decoy("json", "keyvault-reference", "ProphetBridge/appsettings.json",
      "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", """\
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "ConnectionStrings": {
    "ClubProphet": "@Microsoft.KeyVault(SecretUri=https://kv-marshharbor-prod.vault.azure.net/secrets/ClubProphetSql/)"
  },
  "Bridge": {
    "Courses": [ "North", "South" ],
    "PollSeconds": 60,
    "WebhookSecret": "@Microsoft.KeyVault(VaultName=kv-marshharbor-prod;SecretName=PortalWebhookSecret)"
  }
}
""")

decoy("js", "stripe-publishable-key", "book-web/src/checkout.js",
      "https://docs.stripe.com/keys#obtain-api-keys (publishable keys are meant for client-side code)", """\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe in the browser, identifies the account for Stripe.js.
const stripePromise = loadStripe('«pk»');

export async function payGreenFee(clientSecretFromServer, cardElement) {
  const stripe = await stripePromise;
  const { error, paymentIntent } = await stripe.confirmCardPayment(clientSecretFromServer, {
    payment_method: { card: cardElement },
  });
  if (error) throw new Error(error.message);
  return paymentIntent.status;
}
""", pk=stripe("pk_live_", 99))

decoy("ts", "mapbox-public-token", "course-maps/web/src/map.ts",
      "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """\
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to heronbaygolf.com in the Mapbox account.
mapboxgl.accessToken = '«pk»';

export function courseMap(container: HTMLElement, hole: number) {
  const map = new mapboxgl.Map({
    container,
    style: 'mapbox://styles/heronbaygolf/clubhouse-satellite',
    center: [-79.4701, 35.1912],
    zoom: 16.5,
  });
  map.on('load', () => map.setFilter('greens', ['==', ['get', 'hole'], hole]));
  return map;
}
""", pk=mapbox_public("heronbaygolf"))

decoy("js", "firebase-web-config", "member-app-web/src/firebase.js",
      "https://firebase.google.com/docs/projects/api-keys#general-info (Firebase API keys identify the project, they are not secrets)", """\
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

const firebaseConfig = {
  apiKey: '«key»',
  authDomain: 'cedarridge-members.firebaseapp.com',
  projectId: 'cedarridge-members',
  storageBucket: 'cedarridge-members.appspot.com',
  messagingSenderId: '«sender»',
  appId: '1:«sender»:web:«app»',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key(), sender=digits(12), app=hexs(22))

decoy("cloud-init", "ssh-public-keys", "infra/cloud-init/teesheet-node.yaml",
      "https://cloudinit.readthedocs.io/en/latest/reference/examples.html#configure-instance-s-ssh-keys", """\
#cloud-config
hostname: teesheet-node
users:
  - name: deploy
    groups: [sudo, docker]
    shell: /bin/bash
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    ssh_authorized_keys:
      - «k1» it-director@stonebrooklinks.com
      - «k2» ci-deploy
package_update: true
packages: [docker.io, fail2ban, unattended-upgrades]
runcmd:
  - systemctl enable --now docker
""", k1=ssh_public(), k2=ssh_public())

_cert = certificate()
decoy("pem", "ca-certificate", "mqtt/mosquitto/certs/fleet-ca.crt",
      "https://www.rfc-editor.org/rfc/rfc7468#section-5", "«c»\n", c=_cert)

decoy("markdown", "pgp-public-key", "SECURITY.md",
      "https://www.rfc-editor.org/rfc/rfc4880#section-6.2", """\
# Security policy

If you find a vulnerability in the member portal, the tee sheet or the member app, e-mail
security@cedarridgecc.org. Encrypt sensitive details with our public key below.

```
«k»
```

We aim to answer within three business days.
""", k=pgp_public_block())

decoy("htpasswd", "bcrypt-hashes", "infra/nginx/htpasswd/greens-committee",
      "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """\
# Greens committee: read-only access to the agronomy dashboard (htpasswd -B)
rwhitaker:«h1»
mokafor:«h2»
jlindqvist:«h3»
superintendent:«h4»
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

decoy("json", "django-password-hash", "clubportal/fixtures/staff_users.json",
      "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", """\
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "golfshop",
      "password": "pbkdf2_sha256$600000$«s1»$«h1»",
      "is_staff": true,
      "is_superuser": false,
      "email": "golfshop@lakesidegolf.org"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "starter",
      "password": "pbkdf2_sha256$600000$«s2»$«h2»",
      "is_staff": true,
      "is_superuser": false,
      "email": "starter@lakesidegolf.org"
    }
  }
]
""", s1=chars(22), h1=rand_bytes_b64(32), s2=chars(22), h2=rand_bytes_b64(32))

decoy("cisco-ios", "type9-hashes", "network/configs/proshop-access-sw02.cfg",
      "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/s1/sec-s1-cr-book/sec-cr-e1.html#wp3438133349", """\
hostname proshop-access-sw02
!
enable algorithm-type scrypt secret 9 $9$«s1»$«h1»
!
username netadmin privilege 15 algorithm-type scrypt secret 9 $9$«s2»$«h2»
!
vlan 30
 name POS
!
interface range GigabitEthernet1/0/1 - 8
 description POS terminals and receipt printers
 switchport access vlan 30
 switchport mode access
 spanning-tree portfast
!
line vty 0 4
 login local
 transport input ssh
end
""", s1=chars(14, ALNUM + "./"), h1=chars(43, ALNUM + "./"), s2=chars(14, ALNUM + "./"), h2=chars(43, ALNUM + "./"))

decoy("json", "lockfile-integrity", "kiosk-web/package-lock.json",
      "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages", """\
{
  "name": "starter-kiosk",
  "version": "1.9.2",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "starter-kiosk",
      "version": "1.9.2",
      "dependencies": { "dayjs": "^1.11.10", "qrcode": "^1.5.3" }
    },
    "node_modules/dayjs": {
      "version": "1.11.10",
      "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz",
      "integrity": "sha512-«i1»"
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-«i2»"
    }
  }
}
""", i1=rand_bytes_b64(64), i2=rand_bytes_b64(64))

decoy("dockerfile", "image-digests", "docker/teesheet-api/Dockerfile",
      "https://docs.docker.com/reference/dockerfile/#from", """\
# syntax=docker/dockerfile:1.7
FROM node:20.12-bookworm-slim@sha256:«d1» AS build
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM gcr.io/distroless/nodejs20-debian12@sha256:«d2»
WORKDIR /app
COPY --from=build /src/dist ./dist
COPY --from=build /src/node_modules ./node_modules
ENV NODE_ENV=production
CMD ["dist/server.js"]
""", d1=hexs(64), d2=hexs(64))

decoy("checksums", "firmware-sha256", "firmware/cart-display/SHA256SUMS",
      "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", """\
«h1»  cart-display-fw-5.2.0.bin
«h2»  cart-display-fw-5.2.1.bin
«h3»  cart-display-fw-5.3.0-beta.bin
«h4»  geofence-pack-oqcc-2024-04.zip
«h5»  course-imagery-oqcc-v7.tar.gz
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

decoy("yaml", "uuid-identifiers", "pace/config/course.yaml",
      "https://www.rfc-editor.org/rfc/rfc9562 (UUIDs as resource identifiers)", """\
course:
  name: Old Quarry - Championship
  id: «c»
  holes: 18
  target_round_minutes: 258
  holes_config:
    - { hole: 1, par: 4, target_minutes: 14, zone_id: «z1» }
    - { hole: 2, par: 5, target_minutes: 17, zone_id: «z2» }
    - { hole: 3, par: 3, target_minutes: 11, zone_id: «z3» }
devices:
  marshal_cart: «d1»
  starter_tablet: «d2»
""", c=uuid_s(), z1=uuid_s(), z2=uuid_s(), z3=uuid_s(), d1=uuid_s(), d2=uuid_s())

decoy("markdown", "aws-docs-example-keys", "deploy/aws/README.md",
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (AWS documentation example keys)", """\
# Deploying the simulator booking Lambda

The deploy script reads a named profile. Create it with `aws configure --profile simbooking`;
the file looks like this (these are the example values from the AWS documentation):

```ini
[simbooking]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1
```

Better: use `aws sso login --profile simbooking` and skip long-lived keys entirely.
""")

decoy("python", "docs-placeholder-sid", "reminders/examples/send_test_sms.py",
      "https://www.twilio.com/docs/messaging/quickstart/python", """\
# Example from the onboarding doc: send yourself a test tee time reminder.
# Replace the placeholders with the values from the Twilio console (never commit them).
from twilio.rest import Client

account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)

message = client.messages.create(
    body="Cedar Ridge CC: this is a test reminder for your 8:10 AM tee time.",
    from_="+15017122661",
    to="+15558675310",
)
print(message.sid)
""")

decoy("python", "test-fixture-dummy", "teesheet/tests/test_webhooks.py",
      "https://docs.pytest.org/en/stable/how-to/fixtures.html", """\
import hashlib
import hmac

import pytest

from teesheet.webhooks import verify_signature

FAKE_SECRET = "test-secret-not-used-anywhere"


@pytest.fixture
def payload():
    return b'{"event":"booking.created","tee_time":"2024-05-04T08:10:00-04:00","players":4}'


def test_valid_signature(payload):
    sig = hmac.new(FAKE_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    assert verify_signature(payload, sig, secret=FAKE_SECRET)


def test_tampered_payload(payload):
    sig = hmac.new(FAKE_SECRET.encode(), payload, hashlib.sha256).hexdigest()
    assert not verify_signature(payload + b" ", sig, secret=FAKE_SECRET)
""")

decoy("log", "redacted-values", "support/tickets/4471-teesheet-sync.log",
      "https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude", """\
2024-04-18T06:02:11.201Z INFO  sync starting course=19876 days_ahead=10
2024-04-18T06:02:11.344Z DEBUG POST https://api.foreupsoftware.com/api_rest/index.php/tokens email=api-sync@cedarridgecc.org password=********
2024-04-18T06:02:12.019Z DEBUG token acquired: eyJ***[redacted]***
2024-04-18T06:02:12.430Z INFO  fetched 214 bookings
2024-04-18T06:02:12.911Z WARN  booking 88123411 has no player e-mail, skipping confirmation
2024-04-18T06:02:13.077Z ERROR warehouse insert failed: connection to postgres://sync:[REDACTED]@warehouse:5432/golf refused
2024-04-18T06:02:13.078Z INFO  sync finished with errors (1)
""")

decoy("markdown", "secret-manager-references", "docs/runbooks/rotate-pos-credentials.md",
      "https://developer.1password.com/docs/cli/secret-references/", """\
# Rotating the pro shop POS credentials

1. Generate a new password in 1Password: item **POS / posapp database**.
2. Apply it on the database host:

   ```bash
   NEW=$(op read "op://Golf Ops/POS posapp database/password")
   mysql -h 10.30.0.5 -u admin -p -e "ALTER USER 'posapp'@'10.30.%' IDENTIFIED BY '$NEW';"
   ```

3. Update Vault so the terminals pick it up on their next check-in:

   ```bash
   vault kv put golf/pos/db password="$NEW"
   ```

4. Restart the POS service on each terminal (`ansible-playbook pos-restart.yml`).
5. Never paste the password into Slack or the ticket; link the 1Password item instead.
""")

decoy("cloudformation", "dynamic-reference", "infra/cfn/teesheet-service.yaml",
      "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references-secretsmanager.html", """\
AWSTemplateFormatVersion: "2010-09-09"
Description: Tee sheet service database

Resources:
  TeesheetDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "100"
      MasterUsername: '{{resolve:secretsmanager:prod/teesheet/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:prod/teesheet/db:SecretString:password}}'
      DeletionProtection: true

  StripeKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /teesheet/stripe/publishable
      Type: String
      Value: pk_live_see_stripe_dashboard
""")

decoy("azure-pipelines", "pipeline-variables", "azure-pipelines.yml",
      "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/set-secret-variables", """\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  - group: clubportal-prod   # library group linked to kv-willowcreek-prod
  - name: buildConfiguration
    value: Release

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: '--configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)'
  - task: AzureWebApp@1
    inputs:
      azureSubscription: 'sc-willowcreek-prod'
      appName: 'app-clubportal-prod'
      package: '$(Build.ArtifactStagingDirectory)/**/*.zip'
      appSettings: '-ConnectionStrings__ClubPortal "$(ClubPortalSql)" -Stripe__SecretKey "$(StripeSecretKey)"'
""")

decoy("gitlab-ci", "masked-variables", "ci/gitlab/deploy-handicap-service.gitlab-ci.yml",
      "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """\
deploy_handicap_service:
  stage: deploy
  image: python:3.12-slim
  variables:
    GHIN_API_BASE: https://api2.ghin.com/api/v1
  script:
    - pip install -r requirements.txt
    - test -n "$GHIN_PASSWORD" || (echo "GHIN_PASSWORD not set" && exit 1)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' > /tmp/deploy_key && chmod 600 /tmp/deploy_key
    - scp -i /tmp/deploy_key -o StrictHostKeyChecking=no dist/*.whl deploy@handicap01:/opt/wheels/
    - ssh -i /tmp/deploy_key deploy@handicap01 "GHIN_PASSWORD='$GHIN_PASSWORD' /opt/handicap/update.sh"
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
""")

decoy("groovy", "credentials-binding", "ci/jenkins/Jenkinsfile.cart-gateway",
      "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials", """\
pipeline {
  agent { label 'docker' }
  environment {
    FLEET_API_TOKEN = credentials('fleet-api-token')
    REGISTRY        = 'nexus.stonebrooklinks.com:5000'
  }
  stages {
    stage('Test') {
      steps { sh 'make test' }
    }
    stage('Push') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-ci', usernameVariable: 'U', passwordVariable: 'P')]) {
          sh 'echo "$P" | docker login $REGISTRY -u "$U" --password-stdin'
          sh 'docker push $REGISTRY/cart-gateway:$BUILD_NUMBER'
        }
      }
    }
  }
}
""")

decoy("helm", "secret-template", "charts/teesheet/templates/secret.yaml",
      "https://helm.sh/docs/chart_template_guide/function_list/#b64enc", """\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "teesheet.fullname" . }}-env
  labels:
    {{- include "teesheet.labels" . | nindent 4 }}
type: Opaque
data:
  STRIPE_SECRET_KEY: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | b64enc | quote }}
  TWILIO_AUTH_TOKEN: {{ .Values.twilio.authToken | b64enc | quote }}
  {{- if .Values.redis.auth.enabled }}
  REDIS_PASSWORD: {{ .Values.redis.auth.password | b64enc | quote }}
  {{- end }}
""")

decoy("json", "jwks-public", "member-portal/public/.well-known/jwks.json",
      "https://www.rfc-editor.org/rfc/rfc7517#appendix-A.1", """\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "«kid»",
      "n": "«n»",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=chars(342, URLSAFE))

decoy("kotlin", "pkce-client-id", "cart-tablet/app/src/main/java/com/oldquarry/cart/auth/AuthConfig.kt",
      "https://www.rfc-editor.org/rfc/rfc7636 (public clients use PKCE, no client secret)", """\
package com.oldquarry.cart.auth

import android.net.Uri

// Public client: the tablet app uses authorization code + PKCE, there is no client secret.
object AuthConfig {
    val issuer: Uri = Uri.parse("https://login.oldquarrycc.com/oauth2/default")
    const val CLIENT_ID = "0oa«cid»"
    val redirectUri: Uri = Uri.parse("com.oldquarrycc.cart:/oauth2redirect")
    val scopes = listOf("openid", "profile", "offline_access", "fleet.read")
}
""", cid=chars(17))

decoy("html", "recaptcha-site-key", "clubsite/templates/membership-inquiry.html",
      "https://developers.google.com/recaptcha/docs/display (the site key is public)", """\
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Membership inquiry - Lakeside Golf Club</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/membership/inquiry" method="post">
    <label>Name <input name="name" required></label>
    <label>E-mail <input type="email" name="email" required></label>
    <label>Interest
      <select name="category"><option>Full Golf</option><option>Social</option><option>Junior</option></select>
    </label>
    <div class="g-recaptcha" data-sitekey="«sk»"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", sk="6L" + chars(38, URLSAFE))

decoy("js", "square-application-id", "proshop-web/src/square-card.js",
      "https://developer.squareup.com/docs/web-payments/take-card-payment (application ID and location ID are public)", """\
// Gift card and lesson package checkout on the pro shop site.
const APPLICATION_ID = 'sq0idp-«app»';
const LOCATION_ID = 'L«loc»';

export async function mountCard(containerId) {
  const payments = window.Square.payments(APPLICATION_ID, LOCATION_ID);
  const card = await payments.card();
  await card.attach(`#${containerId}`);
  return card;
}

export async function tokenize(card) {
  const result = await card.tokenize();
  if (result.status !== 'OK') throw new Error(result.errors?.[0]?.message ?? 'card error');
  return result.token; // sent to our server, which holds the access token
}
""", app=chars(22, URLSAFE), loc=chars(12, UPPER_DIGITS))

decoy("ts", "sentry-dsn", "member-app-web/src/sentry.ts",
      "https://docs.sentry.io/concepts/key-terms/dsn-explainer/ (DSNs are safe to keep public)", """\
import * as Sentry from '@sentry/react';

Sentry.init({
  dsn: 'https://«pub»@o«org».ingest.us.sentry.io/«proj»',
  environment: import.meta.env.MODE,
  release: `member-app-web@${__APP_VERSION__}`,
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  integrations: [Sentry.browserTracingIntegration(), Sentry.replayIntegration()],
});
""", pub=hexs(32), org=digits(7), proj=digits(7))

decoy("markdown", "commit-hashes", "teesheet/CHANGELOG.md",
      "https://keepachangelog.com/en/1.1.0/", """\
# Changelog

## 4.12.0 - 2024-04-15
- Shotgun starts: assign groups to holes from the event screen (`«c1»`).
- Twilight rate applies from sunset minus 3 hours, per course (`«c2»`).
- Fix: cancelled tee times released twice when the member cancelled from e-mail (`«c3»`).

## 4.11.2 - 2024-03-28
- Fix: 9-hole rounds counted as 18 in the daily report (`«c4»`).

## 4.11.1 - 2024-03-20
- Frost delay banner on the booking page (`«c5»`).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40))

decoy("hcl", "terraform-lock-hashes", "infra/terraform/.terraform.lock.hcl",
      "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """\
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.45.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:«h1»",
    "zh:«z1»",
    "zh:«z2»",
    "zh:«z3»",
  ]
}

provider "registry.terraform.io/hashicorp/random" {
  version = "3.6.1"
  hashes = [
    "h1:«h2»",
    "zh:«z4»",
  ]
}
""", h1=rand_bytes_b64(32), z1=hexs(64), z2=hexs(64), z3=hexs(64), h2=rand_bytes_b64(32), z4=hexs(64))

decoy("go-sum", "module-hashes", "pace/go.sum",
      "https://go.dev/ref/mod#go-sum-files", """\
github.com/hashicorp/vault/api v1.12.2 h1:«a»
github.com/hashicorp/vault/api v1.12.2/go.mod h1:«b»
github.com/rabbitmq/amqp091-go v1.9.0 h1:«c»
github.com/rabbitmq/amqp091-go v1.9.0/go.mod h1:«d»
github.com/twilio/twilio-go v1.20.1 h1:«e»
github.com/twilio/twilio-go v1.20.1/go.mod h1:«f»
""", a=rand_bytes_b64(32), b=rand_bytes_b64(32), c=rand_bytes_b64(32), d=rand_bytes_b64(32),
      e=rand_bytes_b64(32), f=rand_bytes_b64(32))

decoy("markdown", "password-policy", "docs/policies/staff-passwords.md",
      "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret", """\
# Staff password policy

Applies to everyone with a login to the tee sheet, POS, club management system or Wi-Fi admin.

- Minimum 14 characters; a passphrase of four or more words is encouraged.
- No reuse of a password used anywhere else, including a previous club password.
- Shared accounts (starter kiosk, shop PC) are stored in 1Password, vault **Golf Ops**, and rotated
  when a staff member with access leaves.
- Never write a password on the starter's clipboard, the whiteboard in the cart barn, or a ticket.
- Password resets go through the IT help desk; the pro shop cannot reset POS manager passwords.

Questions: it@marshharbor.golf
""")

decoy("sql", "bcrypt-seed", "db/seeds/002_staff_accounts.sql",
      "https://www.postgresql.org/docs/current/pgcrypto.html#PGCRYPTO-PASSWORD-HASHING-FUNCS", """\
-- Seed staff accounts for a fresh tee sheet install. Hashes only; each person resets on first login.
INSERT INTO staff_users (username, display_name, role, password_hash, must_reset)
VALUES
  ('starter', 'Starter', 'starter', '«h1»', true),
  ('proshop', 'Pro Shop', 'shop', '«h2»', true),
  ('director', 'Director of Golf', 'admin', '«h3»', true)
ON CONFLICT (username) DO NOTHING;

UPDATE staff_users SET created_at = now() WHERE created_at IS NULL;
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

decoy("swift", "keychain-lookup", "MemberApp/MemberApp/Services/TokenStore.swift",
      "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items", """\
import Foundation
import Security

enum TokenStore {
    private static let service = "org.cedarridgecc.memberapp"

    static func accessToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "access_token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

decoy("kotlin", "gradle-local-properties", "cart-tablet/app/build.gradle.kts",
      "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """\
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// Keys live in local.properties (not committed) or the CI environment.
val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}
fun secret(name: String): String = localProps.getProperty(name) ?: System.getenv(name) ?: ""

android {
    namespace = "com.oldquarry.cart"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.oldquarrycc.cart"
        minSdk = 26
        targetSdk = 34
        buildConfigField("String", "FLEET_API_TOKEN", "\\"${secret("FLEET_API_TOKEN")}\\"")
        buildConfigField("String", "OWM_API_KEY", "\\"${secret("OWM_API_KEY")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

decoy("powershell", "secret-management", "scripts/Sync-TeeSheetToPortal.ps1",
      "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """\
#Requires -Modules Microsoft.PowerShell.SecretManagement
# Copies today's tee sheet into the member portal; credentials come from the local SecretStore vault.
$cred  = Get-Secret -Name 'TeeSheetApi' -Vault 'GolfOps'          # PSCredential
$token = Get-Secret -Name 'PortalApiToken' -Vault 'GolfOps' -AsPlainText

$today = Get-Date -Format 'yyyy-MM-dd'
$sheet = Invoke-RestMethod -Uri "https://teesheet.willowcreekgcc.com/api/teesheet/$today" -Credential $cred
Invoke-RestMethod -Method Post -Uri 'https://members.willowcreekgcc.com/api/teesheet' `
    -Headers @{ Authorization = "Bearer $token" } `
    -Body ($sheet | ConvertTo-Json -Depth 5) -ContentType 'application/json'
Write-Host "Synced $($sheet.Count) tee times for $today"
""")

decoy("shell", "ssm-parameter-lookup", "ops/deploy/render-env.sh",
      "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html", """\
#!/usr/bin/env bash
# Renders /etc/teesheet/env from SSM Parameter Store at boot (instance role grants read).
set -euo pipefail
param() {
  aws ssm get-parameter --with-decryption --name "/teesheet/prod/$1" --query Parameter.Value --output text
}

umask 077
cat > /etc/teesheet/env <<EOF
STRIPE_SECRET_KEY=$(param stripe-secret-key)
TWILIO_AUTH_TOKEN=$(param twilio-auth-token)
DATABASE_URL=$(param database-url)
EOF
systemctl restart teesheet
""")

decoy("notebook", "getpass-prompt", "notebooks/member_rounds_analysis.ipynb",
      "https://docs.python.org/3/library/getpass.html", notebook([
          md_cell("a1", "# Rounds per member, 2023 season\n\nAsks for the read-only password when run."),
          code_cell("b2", "import getpass\nimport pandas as pd\nimport sqlalchemy as sa\n\n"
                          "pw = getpass.getpass('clubdata reader password: ')\n"
                          "engine = sa.create_engine(sa.engine.URL.create('postgresql+psycopg', username='reader',\n"
                          "    password=pw, host='reports-db.internal', database='clubdata'))\n"),
          code_cell("c3", "rounds = pd.read_sql('select member_no, count(*) as rounds from rounds_2023 group by 1', engine)\n"
                          "rounds.describe()\n"),
      ]))

decoy("markdown", "readme-placeholders", "golfnow_channel/README.md",
      "https://www.makeareadme.com/", """\
# golfnow-channel

Syncs tee-time inventory and rates between our tee sheet and the GolfNow channel.

## Setup

```bash
export GOLFNOW_USERNAME=<your channel API user>
export GOLFNOW_PASSWORD=<your channel API password>
export GOLFNOW_FACILITIES=<comma separated facility ids>
python -m golfnow_channel sync --days 7
```

Ask the Director of Golf for the channel credentials; they are in 1Password under **GolfNow channel**.

## Tests

`pytest -q` runs against recorded responses in `tests/cassettes/` (credentials are scrubbed).
""")

decoy("nginx", "tls-file-paths", "infra/nginx/conf.d/book.conf",
      "https://nginx.org/en/docs/http/configuring_https_servers.html", """\
server {
    listen 443 ssl http2;
    server_name book.heronbaygolf.com;

    ssl_certificate     /etc/letsencrypt/live/book.heronbaygolf.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/book.heronbaygolf.com/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    location / {
        proxy_pass http://127.0.0.1:8080;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
    }
}
""")

decoy("yaml", "grafana-file-provider", "grafana/provisioning/datasources/turf.yaml",
      "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#file-provider", """\
apiVersion: 1

datasources:
  - name: Turf (InfluxDB)
    type: influxdb
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: heronbay-agronomy
      defaultBucket: turf
    secureJsonData:
      token: $__file{/run/secrets/influx_read_token}
""")

decoy("yaml", "prometheus-password-file", "monitoring/prometheus/prometheus.pumps.yml",
      "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config", """\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: irrigation-central
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/irrigation_central
    static_configs:
      - targets: ["irrigation.stonebrooklinks.com:9182"]
  - job_name: weather-station
    static_configs:
      - targets: ["10.50.0.30:9100"]
""")

decoy("mosquitto", "password-file-hashes", "mqtt/mosquitto/passwd",
      "https://mosquitto.org/man/mosquitto_passwd-1.html", """\
cart-fleet:$7$101$«s1»$«h1»
soil-probes:$7$101$«s2»$«h2»
pump-stations:$7$101$«s3»$«h3»
prometheus:$7$101$«s4»$«h4»
grafana:$7$101$«s5»$«h5»
""", s1=rand_bytes_b64(12), h1=rand_bytes_b64(64), s2=rand_bytes_b64(12), h2=rand_bytes_b64(64),
      s3=rand_bytes_b64(12), h3=rand_bytes_b64(64), s4=rand_bytes_b64(12), h4=rand_bytes_b64(64),
      s5=rand_bytes_b64(12), h5=rand_bytes_b64(64))

decoy("csv", "booking-ids", "exports/teesheet_2024-05-04.csv",
      "https://www.rfc-editor.org/rfc/rfc4180", """\
booking_id,confirmation,tee_time,course,holes,players,member_no,rate_code,cart
«b1»,HB-«c1»,2024-05-04T07:30,Championship,18,4,10422,MEM-WKND,Y
«b2»,HB-«c2»,2024-05-04T07:40,Championship,18,3,11873,MEM-WKND,Y
«b3»,HB-«c3»,2024-05-04T07:50,Championship,18,4,GUEST,GST-WKND,Y
«b4»,HB-«c4»,2024-05-04T08:00,Championship,9,2,10077,MEM-9,N
«b5»,HB-«c5»,2024-05-04T08:10,Championship,18,4,12201,MEM-WKND,Y
""", b1=uuid_s(), b2=uuid_s(), b3=uuid_s(), b4=uuid_s(), b5=uuid_s(),
      c1=chars(8, UPPER_DIGITS), c2=chars(8, UPPER_DIGITS), c3=chars(8, UPPER_DIGITS), c4=chars(8, UPPER_DIGITS),
      c5=chars(8, UPPER_DIGITS))

decoy("json", "device-serials", "irrigation/field-controllers.json",
      "irrigation field controller inventory (MAC addresses and serial numbers)", """\
{
  "site": "Stonebrook Links",
  "controllers": [
    { "name": "FC-01 holes 1-3", "serial": "«s1»", "mac": "00:1E:C0:4A:7B:11", "firmware": "4.2.7", "stations": 48 },
    { "name": "FC-02 holes 4-6", "serial": "«s2»", "mac": "00:1E:C0:4A:7B:2C", "firmware": "4.2.7", "stations": 48 },
    { "name": "FC-03 holes 7-9", "serial": "«s3»", "mac": "00:1E:C0:4A:7C:03", "firmware": "4.2.5", "stations": 36 },
    { "name": "FC-04 range", "serial": "«s4»", "mac": "00:1E:C0:4A:7C:5F", "firmware": "4.2.7", "stations": 24 }
  ],
  "central": { "host": "10.50.0.5", "radio_channel": 12, "network_id": "«nid»" }
}
""", s1=chars(12, UPPER_DIGITS), s2=chars(12, UPPER_DIGITS), s3=chars(12, UPPER_DIGITS), s4=chars(12, UPPER_DIGITS),
      nid=hexs(8).upper())

decoy("ini", "calibration-values", "simbay/bay04/launch_monitor_calibration.ini",
      "launch monitor calibration export (alignment and camera checksums)", """\
[Device]
Model=GCQuad
Serial=«ser»
Firmware=3.1.0.14

[Alignment]
TargetLineDeg=-0.42
LevelPitchDeg=0.08
LevelRollDeg=-0.15
HittingAreaOffsetMm=12

[Cameras]
Cam1Checksum=«c1»
Cam2Checksum=«c2»
Cam3Checksum=«c3»
Cam4Checksum=«c4»
CalibratedOn=2024-03-02T09:14:00
""", ser=chars(10, UPPER_DIGITS), c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

decoy("openapi", "example-placeholder", "api/teesheet-openapi.yaml",
      "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """\
openapi: 3.0.3
info:
  title: Heron Bay tee sheet API
  version: 4.12.0
servers:
  - url: https://book.heronbaygolf.com/api
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: "Partner key issued by the golf shop, e.g. `X-API-Key: YOUR_API_KEY`"
security:
  - ApiKeyAuth: []
paths:
  /tee-times:
    get:
      summary: Available tee times
      parameters:
        - { name: date, in: query, required: true, schema: { type: string, format: date } }
        - { name: players, in: query, schema: { type: integer, minimum: 1, maximum: 4 } }
      responses:
        "200":
          description: OK
""")

decoy("postman", "environment-empty", "api-tests/ClubCaddie.template.postman_environment.json",
      "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """\
{
  "id": "«id»",
  "name": "Club Caddie - template",
  "values": [
    { "key": "baseUrl", "value": "https://api.clubcaddie.com/webapi", "type": "default", "enabled": true },
    { "key": "courseId", "value": "", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-02T14:13:07.540Z",
  "_postman_exported_using": "Postman/10.24.16"
}
""", id=uuid_s())

decoy("hiera", "eyaml-encrypted", "puppet/hieradata/common.eyaml",
      "https://github.com/voxpupuli/hiera-eyaml", """\
---
profile::irrigation_central::service_account: 'CLUB\\svc-lynx'
profile::irrigation_central::service_password: >
    ENC[PKCS7,MIIBmQYJKoZIhvcNAQcDoIIBijCCAYYCAQAxggEhMIIBHQIBADAFMAACAQEw
    «l1»
    «l2»
    «l3»]
profile::pos::db_password: >
    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw
    «l4»
    «l5»]
""", l1=chars(60, B64), l2=chars(60, B64), l3=chars(40, B64) + "=", l4=chars(60, B64), l5=chars(44, B64) + "=")

decoy("yaml", "pulumi-secure", "infra/pulumi/Pulumi.prod.yaml",
      "https://www.pulumi.com/docs/iac/concepts/secrets/", """\
encryptionsalt: v1:«salt»:v1:«s2»:«s3»
config:
  aws:region: us-east-1
  clubhouse:domain: members.lakesidegolf.org
  clubhouse:dbPassword:
    secure: v1:«c1»:«c2»
  clubhouse:stripeSecretKey:
    secure: v1:«c3»:«c4»
  clubhouse:instanceType: t4g.small
""", salt=rand_bytes_b64(8), s2=rand_bytes_b64(12), s3=rand_bytes_b64(32), c1=rand_bytes_b64(12),
      c2=rand_bytes_b64(48), c3=rand_bytes_b64(12), c4=rand_bytes_b64(60))

decoy("compose", "secret-files", "deploy/compose/docker-compose.handicap.yml",
      "https://docs.docker.com/compose/how-tos/use-secrets/", """\
services:
  handicap-service:
    image: ghcr.io/willowcreek-it/handicap-service:1.4.2
    environment:
      GHIN_USERNAME: handicaps@willowcreekgcc.com
      GHIN_PASSWORD_FILE: /run/secrets/ghin_password
      DATABASE_URL_FILE: /run/secrets/database_url
    secrets:
      - ghin_password
      - database_url

secrets:
  ghin_password:
    file: ./secrets/ghin_password.txt
  database_url:
    file: ./secrets/database_url.txt
""")

decoy("systemd", "load-credential", "ops/systemd/teesheet.service",
      "https://systemd.io/CREDENTIALS/", """\
[Unit]
Description=Tee sheet API
After=network-online.target postgresql.service

[Service]
User=teesheet
EnvironmentFile=/etc/teesheet/env
LoadCredentialEncrypted=stripe-secret-key:/etc/credstore.encrypted/stripe-secret-key
ExecStart=/opt/teesheet/bin/teesheet-api --port 8080
Restart=always
ProtectSystem=strict
NoNewPrivileges=true

[Install]
WantedBy=multi-user.target
""")

decoy("npmrc", "env-token-reference", "member-portal/.npmrc",
      "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow#create-and-check-in-a-project-specific-npmrc-file", """\
registry=https://registry.npmjs.org/
@heronbay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
fund=false
audit-level=high
""")

decoy("ini", "pip-keyring", "ops/pip/pip.conf",
      "https://pip.pypa.io/en/stable/topics/authentication/#keyring-support", """\
[global]
index-url = https://nexus.stonebrooklinks.com/repository/pypi-group/simple
trusted-host = nexus.stonebrooklinks.com
timeout = 60

[install]
# credentials come from the system keyring (keyring set nexus.stonebrooklinks.com ci-deployer)
keyring-provider = subprocess
""")

decoy("log", "masked-card-data", "proshop/pos-export/logs/2024-05-04.log",
      "https://www.pcisecuritystandards.org/ (PCI DSS: display at most the first six and last four digits)", """\
[07:58:12] SALE  term=POS-01 clerk=jmorales items=3 total=64.97 tender=CARD card=411111******1111 auth=OK ref=«r1»
[08:03:40] SALE  term=POS-01 clerk=jmorales items=1 total=48.00 tender=MEMBER acct=10422 chit=118823
[08:15:02] SALE  term=POS-02 clerk=bkeller  items=2 total=21.50 tender=CARD card=542418******9034 auth=OK ref=«r2»
[08:15:02] TOKEN stored card-on-file token=tok_**************** for acct=11873
[08:40:19] VOID  term=POS-02 clerk=bkeller  ref=«r2» reason="wrong size glove"
[09:02:55] SALE  term=POS-01 clerk=jmorales items=4 total=112.40 tender=GIFT card=GC-****-****-7781
""", r1=chars(12, UPPER_DIGITS), r2=chars(12, UPPER_DIGITS))

decoy("c-header", "secrets-example-header", "firmware/soil-probe/secrets.h.example",
      "https://docs.arduino.cc/arduino-cloud/guides/arduino-cloud-secrets/ (keep credentials out of the sketch)", """\
// Copy to secrets.h (git-ignored) and fill in for your site.
#pragma once

#define SECRET_WIFI_SSID   "YOUR_SSID"
#define SECRET_WIFI_PASS   "YOUR_WIFI_PASSWORD"
#define SECRET_MQTT_HOST   "10.50.0.10"
#define SECRET_MQTT_USER   "soil-probes"
#define SECRET_MQTT_PASS   "CHANGE_ME"
""")

decoy("csv", "handicap-roster", "handicaps/exports/roster_2024-04.csv",
      "https://www.usga.org/handicapping/roh/2020-rules-of-handicapping.html", """\
ghin_number,last_name,first_name,handicap_index,low_hi,gender,club_member_no
«g1»,Abernathy,Claire,12.4,11.1,F,10422
«g2»,Baptiste,Jerome,4.8,3.9,M,11873
«g3»,Castellanos,Ines,21.7,19.5,F,10077
«g4»,Donnelly,Patrick,8.2,7.6,M,12201
«g5»,Eriksen,Mads,+1.3,+1.9,M,12544
""", g1=digits(7), g2=digits(7), g3=digits(7), g4=digits(7), g5=digits(7))

decoy("js", "webhook-secret-from-env", "book-web/server/stripe-webhook.js",
      "https://docs.stripe.com/webhooks#verify-official-libraries", """\
const express = require('express');
const Stripe = require('stripe');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = process.env.STRIPE_WEBHOOK_SECRET;
const router = express.Router();

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    req.app.locals.bookings.markPaid(event.data.object.metadata.booking_id);
  }
  res.json({ received: true });
});

module.exports = router;
""")

decoy("ansible", "hashi-vault-lookup", "ansible/roles/pos_db/defaults/main.yml",
      "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """\
---
pos_db_host: 10.30.0.5
pos_db_name: pos
pos_db_user: posapp
pos_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=golf/data/pos/db:password') }}"
pos_db_backup_password: "{{ vault_pos_db_backup_password }}"
pos_receipt_printer: EPSON TM-T88VI
""")

decoy("known-hosts", "host-public-keys", "ops/jenkins-agent/known_hosts",
      "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", """\
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
teesheet-node.stonebrooklinks.com «k1»
handicap01.stonebrooklinks.com «k2»
10.40.1.21 «k3»
""", k1=ssh_public(), k2=ssh_public(), k3=ssh_public())

decoy("yaml", "sops-config-recipients", ".sops.yaml",
      "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files", """\
creation_rules:
  - path_regex: deploy/secrets/.*\\.enc\\.yaml$
    age: >-
      age1«a1»,
      age1«a2»
  - path_regex: deploy/secrets/dev/.*
    age: age1«a3»
""", a1=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a2=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
      a3=chars(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

decoy("jinja", "wireguard-template", "ansible/roles/wireguard/templates/wg0.conf.j2",
      "https://www.wireguard.com/quickstart/", """\
# {{ ansible_managed }}
[Interface]
Address = {{ wg_address }}
PrivateKey = {{ wg_private_key }}
ListenPort = {{ wg_listen_port | default(51820) }}

{% for peer in wg_peers %}
[Peer]
# {{ peer.name }}
PublicKey = {{ peer.public_key }}
AllowedIPs = {{ peer.allowed_ips | join(', ') }}
{% if peer.endpoint is defined %}Endpoint = {{ peer.endpoint }}{% endif %}

{% endfor %}
""")

decoy("json", "simulator-local-connect", "simbay/config/gspro-connect.json",
      "GSPro Open Connect API (local TCP socket on port 921)", """\
{
  "openConnect": {
    "host": "127.0.0.1",
    "port": 921,
    "protocolVersion": "1",
    "sendHeartbeat": true
  },
  "units": "yards",
  "defaultCourse": "Marsh Harbor (custom)",
  "putting": { "mode": "auto", "greenSpeed": 11 },
  "deviceId": "GCQuad-«dev»"
}
""", dev=chars(10, UPPER_DIGITS))

decoy("kubernetes", "configmap-settings", "k8s/teesheet/configmap.yaml",
      "https://kubernetes.io/docs/concepts/configuration/configmap/", """\
apiVersion: v1
kind: ConfigMap
metadata:
  name: teesheet-config
  namespace: teesheet
data:
  TZ: America/New_York
  BOOKING_WINDOW_DAYS: "14"
  MEMBER_BOOKING_WINDOW_DAYS: "21"
  TWILIGHT_OFFSET_MINUTES: "180"
  SHOTGUN_START_ENABLED: "true"
  PACE_API_BASE: https://api.tagmarshal.com/v1
  STRIPE_PUBLISHABLE_KEY: «pk»
""", pk=stripe("pk_live_", 99))

decoy("java", "hmac-from-environment", "cart-gateway-java/src/main/java/com/oldquarry/fleet/WebhookVerifier.java",
      "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/javax/crypto/Mac.html", """\
package com.oldquarry.fleet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public final class WebhookVerifier {
    // Known-good firmware image digest for the cart display units (not a secret).
    public static final String FIRMWARE_SHA256 = "«fw»";

    private final byte[] key = System.getenv("FLEET_WEBHOOK_SECRET").getBytes(StandardCharsets.UTF_8);

    public boolean verify(byte[] body, String signatureHex) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        byte[] expected = mac.doFinal(body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signatureHex));
    }
}
""", fw=hexs(64))

decoy("terraform", "sensitive-variable", "infra/terraform/variables.tf",
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """\
variable "region" {
  type    = string
  default = "us-east-2"
}

variable "teesheet_db_password" {
  description = "Master password for the tee sheet database (set TF_VAR_teesheet_db_password in CI)"
  type        = string
  sensitive   = true
}

variable "stripe_secret_key" {
  description = "Stripe secret key, stored into Secrets Manager"
  type        = string
  sensitive   = true
  validation {
    condition     = startswith(var.stripe_secret_key, "sk_")
    error_message = "Expected a Stripe secret key."
  }
}
""")

decoy("markdown", "api-docs-angle-placeholders", "docs/partners/tee-time-api.md",
      "https://www.rfc-editor.org/rfc/rfc6750#section-2.1", """\
# Partner tee-time API

Partners (hotels, golf travel agents) book tee times for their guests through this API.

## Authentication

Request a token with your partner credentials, then send it on every call:

```http
POST /oauth/token HTTP/1.1
Host: book.heronbaygolf.com
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=<partner-id>&client_secret=<partner-secret>
```

```http
GET /api/tee-times?date=2024-05-04&players=4 HTTP/1.1
Authorization: Bearer <access-token>
```

Tokens last one hour. Contact golfshop@heronbaygolf.com to be issued partner credentials.
""")

decoy("xml", "sysprep-redacted", "simulators/imaging/unattend.applied.xml",
      "https://learn.microsoft.com/en-us/windows-hardware/manufacture/desktop/update-windows-settings-and-scripts-create-your-own-answer-file-sxs (Setup replaces passwords with *SENSITIVE*DATA*DELETED*)", """\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Enabled>true</Enabled>
        <Username>simbay</Username>
        <Password>*SENSITIVE*DATA*DELETED*</Password>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
""")

decoy("php", "wp-config-getenv", "clubsite-staging/wp-config.php",
      "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", """\
<?php
/** Staging site: values come from the container environment. */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'db:3306' );
define( 'AUTH_KEY', getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
$table_prefix = 'hb_';
define( 'WP_DEBUG', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

decoy("dotenv", "public-values", "book-web/.env.production",
      "https://vitejs.dev/guide/env-and-mode (VITE_ variables are bundled into client code)", """\
# Bundled into the public booking site: nothing here is secret.
VITE_API_BASE=https://book.heronbaygolf.com/api
VITE_COURSE_IDS=3012,3013
VITE_GA_MEASUREMENT_ID=G-«ga»
VITE_STRIPE_PUBLISHABLE_KEY=«pk»
VITE_MAPBOX_TOKEN=«mb»
VITE_SUPPORT_PHONE=+1-910-555-0142
""", ga=chars(10, UPPER_DIGITS), pk=stripe("pk_live_", 99), mb=mapbox_public("heronbaygolf"))

decoy("shell-history", "password-prompt", "support/teesheet-db/.bash_history",
      "https://www.gnu.org/software/bash/manual/html_node/Bash-Builtins.html#index-read", """\
sudo -iu postgres
psql -h localhost -U teesheet -W teesheet
read -s -p "new password: " NEWPW; echo
psql -U postgres -c "ALTER ROLE teesheet PASSWORD '$NEWPW';"
unset NEWPW
systemctl restart teesheet
tail -f /var/log/teesheet/api.log
""")

decoy("php", "laravel-env-no-default", "events/registration-laravel/config/services.php",
      "https://laravel.com/docs/11.x/configuration#environment-configuration", """\
<?php

return [
    'paypal' => [
        'mode' => env('PAYPAL_MODE', 'sandbox'),
        'client_id' => env('PAYPAL_CLIENT_ID'),
        'client_secret' => env('PAYPAL_CLIENT_SECRET'),
    ],
    'golfgenius' => [
        'api_key' => env('GOLFGENIUS_API_KEY'),
        'league_id' => env('GOLFGENIUS_LEAGUE_ID', '118204'),
    ],
    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],
];
""")

decoy("kustomize", "secret-generator-files", "k8s/portal/kustomization.yaml",
      "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/", """\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: portal
resources:
  - deployment.yaml
  - service.yaml
  - ingress.yaml
secretGenerator:
  - name: portal-env
    envs:
      - secrets/portal.env        # created by the deploy job from Vault, git-ignored
  - name: apns-key
    files:
      - AuthKey.p8=secrets/AuthKey.p8
generatorOptions:
  disableNameSuffixHash: false
""")

decoy("csharp", "configuration-binding", "ClubPos/Payments/PaymentOptions.cs",
      "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """\
namespace ClubPos.Payments
{
    // Bound from configuration: user-secrets in development, Key Vault in production.
    //   dotnet user-secrets set "Payments:SecretApiKey" "<portico secret key>"
    public sealed class PaymentOptions
    {
        public const string Section = "Payments";

        public string SecretApiKey { get; set; } = string.Empty;
        public string DeveloperId { get; set; } = "002914";
        public string VersionNumber { get; set; } = "3026";
        public string ServiceUrl { get; set; } = "https://api2.heartlandportico.com";
    }
}
""")

decoy("ruby", "rails-credentials-lookup", "proshop-sync/config/initializers/shopify.rb",
      "https://guides.rubyonrails.org/security.html#custom-credentials", """\
# Shopify admin token lives in the encrypted credentials (config/credentials/production.yml.enc).
ShopifyAPI::Context.setup(
  api_key: Rails.application.credentials.dig(:shopify, :api_key),
  api_secret_key: Rails.application.credentials.dig(:shopify, :api_secret),
  host: "https://proshop-sync.stonebrooklinks.com",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-04",
  is_private: true,
)
""")

decoy("shell", "generated-at-runtime", "ops/bootstrap/create-kiosk-user.sh",
      "https://www.openssl.org/docs/manmaster/man1/openssl-rand.html", """\
#!/usr/bin/env bash
# Creates the starter kiosk's local account with a random password, stored straight into Vault.
set -euo pipefail
PW=$(openssl rand -base64 24)
useradd -m -s /bin/bash kiosk 2>/dev/null || true
echo "kiosk:${PW}" | chpasswd
vault kv put golf/kiosk/$(hostname -s) password="${PW}"
unset PW
echo "kiosk account ready on $(hostname -s)"
""")

decoy("redis-conf", "commented-default", "ops/redis/redis.conf",
      "https://raw.githubusercontent.com/redis/redis/7.2/redis.conf (the commented requirepass example)", """\
bind 127.0.0.1 -::1
protected-mode yes
port 6379
maxmemory 256mb
maxmemory-policy allkeys-lru

# The password is set at start-up from /etc/redis/auth.conf (include below).
# requirepass foobared
include /etc/redis/auth.conf

appendonly yes
""")

decoy("ini", "windows-integrated-auth", "irrigation/lynx/LynxCentral.template.ini",
      "https://learn.microsoft.com/en-us/sql/relational-databases/security/choose-an-authentication-mode", """\
[General]
CourseName=<course name>
Holes=18
Units=Imperial

[Database]
Server=LYNX-SQL\\LYNX
Database=LynxCentral
UseWindowsAuthentication=1
UserName=
Password=

[Weather]
StationType=Davis
PollMinutes=15
""")


assert SEED_LOW < _SEED[0] <= SEED_HIGH - 2
assert len({case.file_name for case in CASES}) == len(CASES)
