"""Blind set DG: airline operations teams.

Crew scheduling and rostering (crew management back ends, pairing optimisers with Gurobi,
crew portals, crew apps with FCM/APNs push, payroll SFTP drops, fatigue analytics), flight
operations (flight following with FlightAware AeroAPI, OAG and Cirium schedules, ADS-B feeds,
flight planning and EUROCONTROL NM B2B, dispatch releases, fuel analytics), ACARS and weather
feeds (SITA/ARINC datalink gateways, Type B messaging over IBM MQ and SITATEX, MQTT and RabbitMQ
brokers, CheckWX, AVWX, Tomorrow.io, Meteomatics, DTN, The Weather Company, Xweather, Windy),
loyalty programs (Stripe, Adyen, Braze, Salesforce, Mailchimp, SendGrid, Infobip, Amadeus and
Sabre APIs, Auth0, dbt/Snowflake), airport systems (AODB, FIDS, baggage handling over OPC UA,
Cisco/Aruba network gear, handheld Wi-Fi, RADIUS, wayfinding maps) and maintenance tracking
(AMOS, TRAX, Skywise/Foundry, AHM feeds, Jira defect sync, reliability reports), with their CI,
container, Kubernetes, Terraform and IDE configs, and the decoys such repositories hold.
Generated fakes only (seeds 1040000-1049999).
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
UPDIG = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
_SEED = [1040000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert 1040000 <= _SEED[0] < 1050000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert 1040000 <= _SEED[0] < 1050000
    return _SEED[0]


AIR = ["Runway", "Cockpit", "Tailwind", "Jetstream", "Hangar", "Contrail", "Aileron", "Squawk", "Pushback",
       "Crosswind", "Skyward", "Glideslope", "Taxiway", "Flaps", "Transponder", "Winglet", "Redeye", "Layover"]
CITIES = ["Heathrow", "Dallas", "Frankfurt", "Changi", "Denver", "Schiphol", "Dubai", "Atlanta", "Madrid",
          "Toronto", "Sydney", "Chicago", "Lisbon", "Oslo", "Nairobi", "Doha"]
TYPES = ["A320neo", "B787-9", "E175", "A350xwb", "B737max", "A321lr", "B777F", "ATR72", "Dash8", "A330"]
LOWER = ["runway", "beacon", "contrail", "galley", "jumpseat", "chock", "apron", "glider", "compass",
         "tarmac", "altitude", "pylon", "lanyard", "thermos", "harbor", "pilot"]


def human_pw() -> str:
    r = _rng()
    return r.choice(AIR) + r.choice("!#@*._") + r.choice(CITIES) + str(r.randint(1, 2025))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Summer", "Winter", "Spring", "Autumn", "Crew", "Ops", "Ramp", "Gate"]) + str(r.randint(2019, 2025)) + r.choice("!#@*")


def type_pw() -> str:
    r = _rng()
    return r.choice(TYPES) + r.choice("@#!_") + r.choice(CITIES).lower() + str(r.randint(10, 999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def mixed(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def chars(n: int, alphabet: str) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rand_bytes_b64(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt(payload: dict, alg: str = "RS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{chars(43 if alg.startswith('HS') else 342, URLSAFE)}"


def pem(kind: str = "RSA", lines: int = 8) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def public_pem(label: str = "CERTIFICATE", lines: int = 10) -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {label}-----\nMIID{body[4:]}\n" + "".join(r.choice(ALNUM + "+/") for _ in range(22)) + f"==\n-----END {label}-----"


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


# Vendor shapes.
def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPDIG) for _ in range(8)) + "/B"
            + "".join(r.choice(UPDIG) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{chars(43, URLSAFE)}")


def stripe_secret() -> str:
    return "sk_live_51" + chars(8, ALNUM) + fakes.drawn_mixed(_seed(), 89)


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43))
            + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def atlassian_token() -> str:
    return "ATATT3xFfGF0" + chars(170, URLSAFE) + "=" + hexs(8).upper()


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def rapidapi_key() -> str:
    return hexs(10) + "msh" + chars(15, ALNUM) + "p1" + chars(6, ALNUM) + "jsn" + hexs(12)


def mapbox_secret(user: str) -> str:
    head = b64(json.dumps({"u": user, "a": chars(25, "abcdefghijklmnopqrstuvwxyz0123456789")}, separators=(",", ":"))).rstrip("=")
    return f"sk.{head}.{chars(22, URLSAFE)}"


def mapbox_public(user: str) -> str:
    head = b64(json.dumps({"u": user, "a": chars(25, "abcdefghijklmnopqrstuvwxyz0123456789")}, separators=(",", ":"))).rstrip("=")
    return f"pk.{head}.{chars(22, URLSAFE)}"


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text.lstrip("\n"), secret, source))


# ---------------------------------------------------------------------------------------------
# Crew scheduling and rostering
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("blind-dg/spring-yaml/oracle", "crew-rostering-bridge/src/main/resources/application-prod.yml", f"""
# Crew Rostering bridge: pulls published rosters from the crew management system (CMS)
# and pushes duty changes to the crew portal.
server:
  port: 8443
  ssl:
    key-store: classpath:keystore/crewbridge.p12
    key-store-type: PKCS12

spring:
  application:
    name: crew-rostering-bridge
  datasource:
    url: jdbc:oracle:thin:@//cms-db-prd.ops.internal:1521/CMSPRD
    username: CREW_BRIDGE
    password: {_pw}
    driver-class-name: oracle.jdbc.OracleDriver
    hikari:
      maximum-pool-size: 12
      connection-timeout: 20000
  jpa:
    open-in-view: false
    properties:
      hibernate.default_schema: CREWROST

crew:
  roster:
    publish-window-days: 28
    legality-check: true
    base-codes: [LHR, LGW, MAN, EDI]
  portal:
    base-url: https://crewportal.ops.internal/api/v2

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", _pw, "Spring Boot reference: externalized configuration, spring.datasource.* properties")

_pw = rand_pw(22)
add("blind-dg/dotenv/postgres", "crew-portal/.env", f"""
# crew-portal (Next.js + Prisma) -- production-like settings for the ops VM
NODE_ENV=production
PORT=3000
NEXT_PUBLIC_AIRLINE_CODE=KX
NEXT_PUBLIC_PORTAL_TITLE="Crew Portal"

DATABASE_URL="postgresql://crewportal:{_pw}@crewportal-db.c9xk2lq0v7.eu-west-1.rds.amazonaws.com:5432/crewportal?schema=public&sslmode=require"

ROSTER_SYNC_CRON="*/10 * * * *"
ROSTER_SOURCE=cms-bridge
SESSION_COOKIE_NAME=kx_crew_session
LOG_LEVEL=info
""", _pw, "Prisma docs: PostgreSQL connection URL; Next.js environment variables")

_key = fakes.django_secret_key(_seed())
add("blind-dg/python/django-secret-key", "crew-sync/crewsync/settings/production.py", f"""
\"\"\"Production settings for crew-sync (hotel, transport and positioning bookings for crew).\"\"\"
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["crewsync.ops.internal", "crewsync-prd-01.ops.internal"]

SECRET_KEY = "{_key}"

DATABASES["default"].update({{
    "HOST": "crewsync-db.ops.internal",
    "NAME": "crewsync",
    "USER": "crewsync",
    "CONN_MAX_AGE": 60,
}})

CSRF_TRUSTED_ORIGINS = ["https://crewsync.ops.internal"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

CREW_HOTEL_DEFAULT_CHECKIN = "14:00"
CREW_TRANSPORT_LEAD_MINUTES = 75
""", _key, "Django docs: settings, SECRET_KEY; deployment checklist")

_pw = season_pw()
add("blind-dg/powershell/sqlserver", "aims-export/Export-AimsDuties.ps1", f"""
<#
.SYNOPSIS
  Nightly export of crew duty hours from AIMS to the payroll share.
  Scheduled task on OPS-BATCH02, runs 02:15 local.
#>
param(
    [string]$ExportDate = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd'),
    [string]$OutDir = '\\\\fs01\\payroll\\aims'
)

$connString = "Server=aims-sql01.corp.local,1433;Database=AIMS_LIVE;User Id=aims_export;Password={_pw};Encrypt=True;TrustServerCertificate=True"

$query = @"
SELECT c.STAFF_NO, d.DUTY_DATE, d.DUTY_CODE, d.BLOCK_MINUTES, d.DUTY_MINUTES
FROM CREW c JOIN DUTIES d ON d.CREW_ID = c.CREW_ID
WHERE d.DUTY_DATE = '$ExportDate'
"@

$conn = New-Object System.Data.SqlClient.SqlConnection $connString
$cmd = $conn.CreateCommand()
$cmd.CommandText = $query
$adapter = New-Object System.Data.SqlClient.SqlDataAdapter $cmd
$table = New-Object System.Data.DataTable
[void]$adapter.Fill($table)
$table | Export-Csv -Path (Join-Path $OutDir "duties_$ExportDate.csv") -NoTypeInformation
Write-Host "Exported $($table.Rows.Count) duty rows for $ExportDate"
""", _pw, "Microsoft docs: SqlConnection.ConnectionString; about_Scheduled_Jobs")

_key = fcm_server_key()
add("blind-dg/python/fcm-server-key", "crew-notify/crew_notify/push.py", f"""
import logging

import requests

log = logging.getLogger(__name__)

FCM_URL = "https://fcm.googleapis.com/fcm/send"
# legacy HTTP API -- TODO move to HTTP v1 before the June shutdown
FCM_SERVER_KEY = "{_key}"


def notify_roster_change(device_tokens, staff_no, summary):
    \"\"\"Tell a crew member's devices that their roster changed.\"\"\"
    payload = {{
        "registration_ids": device_tokens,
        "priority": "high",
        "notification": {{"title": "Roster change", "body": summary}},
        "data": {{"type": "ROSTER_CHANGE", "staff_no": staff_no}},
    }}
    resp = requests.post(
        FCM_URL,
        json=payload,
        headers={{"Authorization": f"key={{FCM_SERVER_KEY}}", "Content-Type": "application/json"}},
        timeout=10,
    )
    if resp.status_code != 200:
        log.error("FCM push failed for %s: %s", staff_no, resp.text)
    return resp.ok
""", _key, "Firebase docs: legacy HTTP server protocol, Authorization: key=<server key>")

_key = pem("", 5)
add("blind-dg/p8/apns-private-key", "crew-notify/certs/AuthKey_7QX2M4K9LB.p8", _key + "\n", _key,
    "Apple docs: establishing a token-based connection to APNs (.p8 signing key)")

_wls = uuid_s()
add("blind-dg/license-file/gurobi-wls-secret", "crew-pairing/optimizer/gurobi.lic", f"""
# Gurobi WLS license for the crew pairing optimiser (pairing-opt-prd nodes)
# Downloaded from the Web License Manager -- academic/commercial named container licence
WLSACCESSID={uuid_s()}
WLSSECRET={_wls}
LICENSEID={random.Random(_seed()).randint(700000, 999999)}
# CSCLIENTLOG=3
""", _wls, "Gurobi docs: Web License Service (WLS) license file, WLSACCESSID/WLSSECRET/LICENSEID")

_tok = hexs(32)
add("blind-dg/javascript/twilio", "crew-alerts/src/sms.js", f"""
'use strict';

// Sends SMS call-outs to reserve crew when crew control activates a standby.
const twilio = require('twilio');

const accountSid = 'AC{hexs(32)}';
const authToken = '{_tok}';
const fromNumber = '+447700900123';

const client = twilio(accountSid, authToken);

async function calloutReserve(crewMember, flight) {{
  const body = `KX crew control: you are called out for ${{flight.number}} ` +
    `${{flight.dep}}-${{flight.arr}} STD ${{flight.std}}Z. Report ${{flight.reportTime}}Z. Reply Y to ack.`;
  const msg = await client.messages.create({{ from: fromNumber, to: crewMember.mobile, body }});
  return msg.sid;
}}

module.exports = {{ calloutReserve }};
""", _tok, "Twilio docs: send an SMS with Node.js (accountSid, authToken)")

_hook = slack_webhook()
add("blind-dg/shell/slack-webhook", "crew-control/scripts/check_open_positions.sh", f"""
#!/usr/bin/env bash
# Posts unfilled crew positions for the next 48h to #crew-control.
# cron: 0 */2 * * * /opt/crew-control/scripts/check_open_positions.sh
set -euo pipefail

SLACK_WEBHOOK="{_hook}"
API="https://crewportal.ops.internal/api/v2/open-positions?hours=48"

count=$(curl -sf "$API" | jq '.positions | length')
if [[ "$count" -gt 0 ]]; then
  text=$(curl -sf "$API" | jq -r '.positions[] | "\\(.flight) \\(.date) \\(.rank) \\(.base)"' | head -20)
  curl -sf -X POST -H 'Content-type: application/json' \\
    --data "$(jq -n --arg t "*$count open crew positions (48h)*\\n$text" '{{text: $t}}')" \\
    "$SLACK_WEBHOOK"
fi
""", _hook, "Slack docs: sending messages using incoming webhooks")

_pw = human_pw()
add("blind-dg/k8s-secret/ldap", "deploy/k8s/crew-portal/ldap-bind-secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: crew-portal-ldap
  namespace: crew
  labels:
    app.kubernetes.io/name: crew-portal
type: Opaque
data:
  LDAP_URL: {b64("ldaps://dc01.corp.local:636")}
  LDAP_BIND_DN: {b64("CN=svc-crewportal,OU=Service Accounts,DC=corp,DC=local")}
  LDAP_BIND_PASSWORD: {b64(_pw)}
  LDAP_USER_BASE: {b64("OU=Crew,DC=corp,DC=local")}
""", _pw, "Kubernetes docs: Secrets, data field values are base64-encoded")

_sec = chars(32, ALNUM)
add("blind-dg/json/oidc-client-secret", "identity/keycloak/realm-crew-export.json", f"""
{{
  "realm": "crew",
  "enabled": true,
  "sslRequired": "external",
  "accessTokenLifespan": 900,
  "clients": [
    {{
      "clientId": "crew-portal",
      "name": "Crew Portal",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "{_sec}",
      "redirectUris": ["https://crewportal.ops.internal/*"],
      "webOrigins": ["https://crewportal.ops.internal"],
      "standardFlowEnabled": true,
      "directAccessGrantsEnabled": false,
      "publicClient": false,
      "protocol": "openid-connect"
    }},
    {{
      "clientId": "crew-app",
      "name": "Crew mobile app",
      "enabled": true,
      "publicClient": true,
      "redirectUris": ["com.kxair.crew:/oauth2redirect"],
      "protocol": "openid-connect"
    }}
  ],
  "roles": {{
    "realm": [{{"name": "crew"}}, {{"name": "crew-control"}}, {{"name": "rostering"}}]
  }}
}}
""", _sec, "Keycloak docs: importing and exporting realms; client credentials")

_pw = type_pw()
add("blind-dg/java/postgres", "crew-bidding/src/main/java/com/kxair/pbs/db/BidStore.java", f"""
package com.kxair.pbs.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Stores crew bids for the preferential bidding system (PBS) monthly run. */
public final class BidStore {{

    private static final String URL = "jdbc:postgresql://pbs-db.ops.internal:5432/pbs";
    private static final String USER = "pbs_app";
    private static final String PASSWORD = "{_pw[:6]}" +
            "{_pw[6:]}";

    private BidStore() {{}}

    public static Connection open() throws SQLException {{
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }}

    public static void saveBid(String staffNo, String period, String bidJson) throws SQLException {{
        try (Connection c = open();
             PreparedStatement ps = c.prepareStatement(
                 "INSERT INTO bids (staff_no, period, bid) VALUES (?, ?, ?::jsonb) "
                 + "ON CONFLICT (staff_no, period) DO UPDATE SET bid = EXCLUDED.bid")) {{
            ps.setString(1, staffNo);
            ps.setString(2, period);
            ps.setString(3, bidJson);
            ps.executeUpdate();
        }}
    }}
}}
""", _pw, "PostgreSQL JDBC driver docs: connecting to the database")

_pw = rand_pw(16, "!#")
add("blind-dg/notebook/snowflake", "analytics/notebooks/crew_fatigue_frms.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# FRMS: duty period vs. reported fatigue\n", "Pulls fatigue reports and rostered duty from the ops warehouse."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import snowflake.connector\n", "\n",
            "conn = snowflake.connector.connect(\n",
            "    account=\"kxair-ops.eu-west-1\",\n",
            "    user=\"FRMS_ANALYST\",\n",
            f"    password=\"{_pw}\",\n",
            "    warehouse=\"ANALYTICS_WH\",\n",
            "    database=\"OPS\",\n",
            "    schema=\"CREW\",\n", ")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"SELECT staff_no, duty_start, duty_end, sectors, kss_score FROM fatigue_reports\", conn)\n",
            "df['duty_hours'] = (df.duty_end - df.duty_start).dt.total_seconds() / 3600\n", "df.describe()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _pw,
    "Snowflake Connector for Python docs: connecting; Jupyter nbformat")

_sec = azure_secret()
add("blind-dg/appsettings-json/azure-ad-client-secret", "crew-docs-sync/src/CrewDocsSync/appsettings.json", f"""
{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.Hosting.Lifetime": "Information"
    }}
  }},
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid_s()}",
    "ClientId": "{uuid_s()}",
    "ClientSecret": "{_sec}"
  }},
  "SharePoint": {{
    "SiteUrl": "https://kxair.sharepoint.com/sites/FlightOpsManuals",
    "Library": "Crew Notices",
    "SyncIntervalMinutes": 30
  }},
  "CrewPortal": {{
    "NoticesEndpoint": "https://crewportal.ops.internal/api/v2/notices"
  }}
}}
""", _sec, "Microsoft identity platform docs: daemon app, appsettings.json ClientSecret")

_pw = human_pw()
add("blind-dg/filezilla-xml/sftp", "payroll-interface/tools/filezilla/sitemanager.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Folder expanded="1">Payroll
            <Server>
                <Host>sftp.payroll-provider.example.net</Host>
                <Port>22</Port>
                <Protocol>1</Protocol>
                <Type>0</Type>
                <User>kxair_crewpay</User>
                <Pass encoding="base64">{b64(_pw)}</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <BypassProxy>0</BypassProxy>
                <Name>Crew payroll drop</Name>
                <RemoteDir>1 0 6 inbound 5 kxair</RemoteDir>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", _pw, "FileZilla wiki: sitemanager.xml, Pass encoding=\"base64\"")

_key = pem("", 16).replace("\n", "\\n")
add("blind-dg/json/gcp-service-account", "roster-calendar/credentials/roster-calendar-sa.json", f"""
{{
  "type": "service_account",
  "project_id": "kx-crew-calendar",
  "private_key_id": "{hexs(40)}",
  "private_key": "{_key}\\n",
  "client_email": "roster-calendar@kx-crew-calendar.iam.gserviceaccount.com",
  "client_id": "{random.Random(_seed()).randint(10**20, 10**21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/roster-calendar%40kx-crew-calendar.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}}
""", _key, "Google Cloud docs: service account keys, JSON key file format")

_pw = season_pw()
add("blind-dg/ansible-yaml/become-password", "infra/ansible/group_vars/crew_app_servers.yml", f"""
---
# Crew application servers (RHEL 8) -- rostering bridge, crew portal, crew-sync
ansible_user: svc_ansible
ansible_become: true
ansible_become_method: sudo
ansible_become_password: "{_pw}"

crew_app_java_version: 17
crew_app_user: crewapp
crew_app_base: /opt/crew
crew_portal_port: 3000
crew_bridge_port: 8443

ntp_servers:
  - ntp1.corp.local
  - ntp2.corp.local

logrotate_days: 14
""", _pw, "Ansible docs: understanding privilege escalation, ansible_become_password")

_pw = rand_pw(18, "!@#")
add("blind-dg/docker-compose/sqlserver", "crew-scheduling/docker-compose.yml", f"""
version: "3.8"

# Local stack for the crew scheduling optimiser: MSSQL copy of the CMS schema + the API
services:
  cms-db:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_PID: Developer
      MSSQL_SA_PASSWORD: "{_pw}"
    ports:
      - "1433:1433"
    volumes:
      - cmsdata:/var/opt/mssql

  scheduler-api:
    build: .
    depends_on:
      - cms-db
    environment:
      ConnectionStrings__Cms: "Server=cms-db;Database=CMS;User Id=sa;Password={_pw};TrustServerCertificate=True"
      Scheduler__HorizonDays: "35"
    ports:
      - "8080:8080"

volumes:
  cmsdata:
""", _pw, "Microsoft docs: SQL Server Linux container, MSSQL_SA_PASSWORD; Compose file reference")

_pw = human_pw()
add("blind-dg/php/mysql", "crew-training-lms/config.php", f"""<?php  // Moodle configuration file -- crew recurrent training (CRM, SEP, DGR)

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'lms-db.training.internal';
$CFG->dbname    = 'moodle_crew';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '{_pw}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array(
  'dbpersist' => 0,
  'dbport' => 3306,
  'dbsocket' => '',
  'dbcollation' => 'utf8mb4_unicode_ci',
);

$CFG->wwwroot   = 'https://training.kxair.example';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';

$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
""", _pw, "Moodle docs: config.php, $CFG->dbpass")

_r = _rng()
_app_pw = "-".join("".join(_r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))
add("blind-dg/dotenv/apple-app-specific-password", "crew-app-ios/fastlane/.env", f"""
# fastlane env for the crew iPad app (EFB companion)
FASTLANE_USER=mobile-release@kxair.example
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={_app_pw}
FASTLANE_ITC_TEAM_ID=118273645
MATCH_GIT_URL=git@git.kxair.example:mobile/certificates.git
MATCH_TYPE=appstore
APP_IDENTIFIER=com.kxair.crew
SCHEME=CrewApp
""", _app_pw, "fastlane docs: Apple ID application-specific password, FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD")

_pw = type_pw()
add("blind-dg/properties/keystore-password", "crew-app-android/keystore.properties", f"""
# Release signing for com.kxair.crew (read by app/build.gradle.kts)
storeFile=../signing/kxair-crew-release.jks
storePassword={_pw}
keyAlias=kxcrew
keyPassword={_pw}
""", _pw, "Android docs: remove signing information from your build files (keystore.properties)")

# --- crew decoys ---
add("blind-dg/dotenv/decoy-placeholder", "crew-portal/.env.example", """
# Copy to .env and fill in. Never commit the real .env.
NODE_ENV=development
PORT=3000
NEXT_PUBLIC_AIRLINE_CODE=KX
NEXT_PUBLIC_PORTAL_TITLE="Crew Portal"

DATABASE_URL="postgresql://crewportal:<password>@localhost:5432/crewportal?schema=public"

ROSTER_SYNC_CRON="*/10 * * * *"
ROSTER_SOURCE=cms-bridge
SESSION_SECRET=changeme
TWILIO_AUTH_TOKEN=your-twilio-auth-token
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
LOG_LEVEL=debug
""", None, "Next.js docs: environment variables; dotenv README (.env.example convention)")

add("blind-dg/spring-yaml/decoy-env-ref", "crew-rostering-bridge/src/main/resources/application-uat.yml", """
spring:
  application:
    name: crew-rostering-bridge
  datasource:
    url: jdbc:oracle:thin:@//cms-db-uat.ops.internal:1521/CMSUAT
    username: ${CMS_DB_USER:CREW_BRIDGE}
    password: ${CMS_DB_PASSWORD}
    driver-class-name: oracle.jdbc.OracleDriver
  security:
    oauth2:
      client:
        registration:
          crewportal:
            client-id: crew-rostering-bridge
            client-secret: ${CREWPORTAL_CLIENT_SECRET}
            authorization-grant-type: client_credentials

crew:
  roster:
    publish-window-days: 28
    legality-check: true
""", None, "Spring Boot reference: property placeholders ${...}")

add("blind-dg/django-fixture/decoy-hash", "crew-sync/crewsync/fixtures/dev_users.json", f"""
[
  {{
    "model": "auth.user",
    "pk": 1,
    "fields": {{
      "username": "crewcontrol",
      "password": "pbkdf2_sha256$600000${chars(22, ALNUM)}${rand_bytes_b64(32)}",
      "is_staff": true,
      "is_superuser": false,
      "email": "crewcontrol@kxair.example"
    }}
  }},
  {{
    "model": "auth.user",
    "pk": 2,
    "fields": {{
      "username": "hotel.desk",
      "password": "pbkdf2_sha256$600000${chars(22, ALNUM)}${rand_bytes_b64(32)}",
      "is_staff": false,
      "is_superuser": false,
      "email": "hoteldesk@kxair.example"
    }}
  }}
]
""", None, "Django docs: password management, how Django stores passwords (pbkdf2_sha256 format)")

_rows = "\n".join(f"{random.Random(_seed()).randint(10000, 99999)},{uuid_s()},P{random.Random(_seed()).randint(1000, 9999)},"
                  f"2024-05-{d:02d},{b},{rk}" for d, b, rk in
                  [(3, "LHR", "CPT"), (3, "LHR", "FO"), (4, "LGW", "CC"), (4, "MAN", "SCC"), (5, "EDI", "FO"), (6, "LHR", "CC")])
add("blind-dg/csv/decoy-identifiers", "crew-pairing/tests/data/sample_assignments.csv", f"""
staff_no,assignment_id,pairing_id,start_date,base,rank
{_rows}
""", None, "Crew pairing test data: staff numbers, assignment UUIDs and pairing ids")

add("blind-dg/json/decoy-ui-strings", "crew-app-android/app/src/main/assets/i18n/en.json", """
{
  "login.title": "Sign in to Crew",
  "login.staff_number": "Staff number",
  "login.password": "Password",
  "login.password_hint": "Your corporate password (same as e-mail)",
  "login.forgot_password": "Forgot password?",
  "login.token_expired": "Your session token has expired. Please sign in again.",
  "roster.title": "My roster",
  "roster.pairing": "Pairing",
  "roster.report_time": "Report",
  "roster.secret_santa": "Secret Santa trip swap",
  "settings.api_key_label": "Device key",
  "settings.reset_pin": "Reset PIN"
}
""", None, "Android docs: localize your app (string resources); i18n JSON convention")

add("blind-dg/k8s/decoy-secret-ref", "deploy/k8s/crew-portal/deployment.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: crew-portal
  namespace: crew
spec:
  replicas: 3
  selector:
    matchLabels:
      app: crew-portal
  template:
    metadata:
      labels:
        app: crew-portal
    spec:
      containers:
        - name: crew-portal
          image: registry.kxair.example/crew/crew-portal:2024.05.2
          ports:
            - containerPort: 3000
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: crew-portal-db
                  key: url
            - name: LDAP_BIND_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: crew-portal-ldap
                  key: LDAP_BIND_PASSWORD
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: crew-alerts-twilio
                  key: authToken
          envFrom:
            - configMapRef:
                name: crew-portal-config
""", None, "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

add("blind-dg/license-file/decoy-placeholder", "crew-pairing/optimizer/gurobi.lic.template", """
# Gurobi WLS license template -- the real file is mounted from the secret store at
# /opt/gurobi/gurobi.lic on pairing-opt nodes. Do not commit the real one.
WLSACCESSID=<your-wls-access-id>
WLSSECRET=<your-wls-secret>
LICENSEID=<license-id>
""", None, "Gurobi docs: Web License Service license file")

add("blind-dg/json/decoy-public-key", "crew-app-android/app/google-services.json", f"""
{{
  "project_info": {{
    "project_number": "{random.Random(_seed()).randint(10**11, 10**12)}",
    "project_id": "kx-crew-app",
    "storage_bucket": "kx-crew-app.appspot.com"
  }},
  "client": [
    {{
      "client_info": {{
        "mobilesdk_app_id": "1:{random.Random(_seed()).randint(10**11, 10**12)}:android:{hexs(22)}",
        "android_client_info": {{
          "package_name": "com.kxair.crew"
        }}
      }},
      "oauth_client": [],
      "api_key": [
        {{
          "current_key": "AIza{chars(35, URLSAFE)}"
        }}
      ],
      "services": {{
        "appinvite_service": {{
          "other_platform_oauth_client": []
        }}
      }}
    }}
  ],
  "configuration_version": "1"
}}
""", None, "Firebase docs: API keys for Firebase are not secret (google-services.json)")

add("blind-dg/python/decoy-test-fixture", "crew-notify/tests/test_push.py", """
import responses

from crew_notify import push

# Fake values for the tests only: FCM is mocked by `responses`, nothing leaves the box.
FAKE_SERVER_KEY = "test-server-key-not-real"
FAKE_DEVICE_TOKEN = "fake-device-token-0001"


@responses.activate
def test_notify_roster_change_posts_to_fcm(monkeypatch):
    monkeypatch.setattr(push, "FCM_SERVER_KEY", FAKE_SERVER_KEY)
    responses.add(responses.POST, push.FCM_URL, json={"success": 1}, status=200)

    assert push.notify_roster_change([FAKE_DEVICE_TOKEN], "40213", "LHR-JFK added 12MAY")

    sent = responses.calls[0].request
    assert sent.headers["Authorization"] == f"key={FAKE_SERVER_KEY}"


@responses.activate
def test_failure_is_logged(monkeypatch, caplog):
    monkeypatch.setattr(push, "FCM_SERVER_KEY", FAKE_SERVER_KEY)
    responses.add(responses.POST, push.FCM_URL, json={"error": "InvalidRegistration"}, status=400)
    assert not push.notify_roster_change([FAKE_DEVICE_TOKEN], "40213", "x")
""", None, "responses library README: mocking requests in tests")

_vault_lines = "\n".join("          " + hexs(80) for _ in range(5))
add("blind-dg/ansible-yaml/decoy-vault", "infra/ansible/group_vars/crew_db_servers.yml", f"""
---
postgres_version: 15
postgres_listen: "*"
crew_db_name: crewportal
crew_db_user: crewportal
crew_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{_vault_lines}
pg_hba_cidrs:
  - 10.40.0.0/16
  - 10.41.0.0/16
""", None, "Ansible docs: encrypting individual variables with ansible-vault (!vault)")

add("blind-dg/json/decoy-masked", "identity/keycloak/realm-ops-partial-export.json", """
{
  "realm": "ops",
  "enabled": true,
  "clients": [
    {
      "clientId": "crew-rostering-bridge",
      "enabled": true,
      "clientAuthenticatorType": "client-secret",
      "secret": "**********",
      "serviceAccountsEnabled": true,
      "publicClient": false,
      "protocol": "openid-connect"
    }
  ],
  "smtpServer": {
    "host": "smtp.corp.local",
    "port": "587",
    "from": "noreply-crew@kxair.example",
    "auth": "true",
    "user": "svc-keycloak",
    "password": "**********"
  }
}
""", None, "Keycloak docs: partial export masks client secrets and SMTP password")

add("blind-dg/notebook/decoy-getpass", "analytics/notebooks/crew_duty_heatmap.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Duty start heat map by base\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "from getpass import getpass\n", "import snowflake.connector\n", "\n",
            "conn = snowflake.connector.connect(\n",
            "    account=\"kxair-ops.eu-west-1\",\n",
            "    user=os.environ.get(\"SNOWFLAKE_USER\", \"FRMS_ANALYST\"),\n",
            "    password=os.environ.get(\"SNOWFLAKE_PASSWORD\") or getpass(\"Snowflake password: \"),\n",
            "    warehouse=\"ANALYTICS_WH\",\n", ")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"SELECT base, HOUR(duty_start) h, COUNT(*) n FROM crew.duties GROUP BY 1, 2\", conn)\n",
            "df.pivot(index='base', columns='h', values='n')"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", None,
    "Python docs: getpass; Snowflake connector docs")

add("blind-dg/docker-compose/decoy-env-ref", "crew-scheduling/docker-compose.ci.yml", """
version: "3.8"

# CI stack: the SA password comes from the pipeline's masked variable
services:
  cms-db:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_PID: Developer
      MSSQL_SA_PASSWORD: "${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD}"
  scheduler-api:
    build: .
    depends_on:
      - cms-db
    environment:
      ConnectionStrings__Cms: "Server=cms-db;Database=CMS;User Id=sa;Password=${MSSQL_SA_PASSWORD};TrustServerCertificate=True"
""", None, "Docker docs: Compose interpolation, ${VAR:?err}")

# ---------------------------------------------------------------------------------------------
# Flight operations: flight following, schedules, planning, dispatch, fuel
# ---------------------------------------------------------------------------------------------

_key = mixed(32)
add("blind-dg/python/flightaware-aeroapi", "flight-following/ff/aeroapi.py", f"""
\"\"\"Thin client for FlightAware AeroAPI v4 used by the flight-following board.\"\"\"
from __future__ import annotations

import requests

AEROAPI_BASE = "https://aeroapi.flightaware.com/aeroapi"
AEROAPI_KEY = "{_key}"

_session = requests.Session()
_session.headers.update({{"x-apikey": AEROAPI_KEY, "Accept": "application/json; charset=UTF-8"}})


def flight_positions(ident: str) -> dict:
    \"\"\"Latest track for a flight ident such as KXA123.\"\"\"
    r = _session.get(f"{{AEROAPI_BASE}}/flights/{{ident}}/position", timeout=15)
    r.raise_for_status()
    return r.json()


def airport_departures(icao: str, max_pages: int = 1) -> list:
    r = _session.get(f"{{AEROAPI_BASE}}/airports/{{icao}}/flights/scheduled_departures",
                     params={{"max_pages": max_pages, "airline": "KXA"}}, timeout=15)
    r.raise_for_status()
    return r.json().get("scheduled_departures", [])
""", _key, "FlightAware AeroAPI docs: authentication with the x-apikey header")

_key = hexs(32)
add("blind-dg/typescript/oag-subscription-key", "ops-dashboard/server/src/oag/client.ts", f"""
import axios from 'axios';

// OAG Flight Info API (schedules + status) for the ops control dashboard.
const OAG_BASE = 'https://api.oag.com/flight-instances/';
const SUBSCRIPTION_KEY = '{_key}';

export interface FlightQuery {{
  carrierCode: string;
  flightNumber: string;
  departureDateTime: string; // yyyy-mm-dd
}}

export async function getFlightInstances(q: FlightQuery) {{
  const res = await axios.get(OAG_BASE, {{
    params: {{ ...q, version: 'v2', CodeType: 'IATA' }},
    headers: {{ 'Subscription-Key': SUBSCRIPTION_KEY, 'Cache-Control': 'no-cache' }},
    timeout: 10_000,
  }});
  return res.data.data ?? [];
}}
""", _key, "OAG developer portal: Flight Info API, Subscription-Key header")

_key = hexs(32)
add("blind-dg/yaml/cirium-appkey", "schedule-sync/config/cirium.yaml", f"""
# Cirium FlightStats APIs -- schedules and flight status for the schedule-sync job
cirium:
  base_url: https://api.flightstats.com/flex
  app_id: {hexs(8)}
  app_key: {_key}
  endpoints:
    schedules: /schedules/rest/v1/json/flight/{{carrier}}/{{flight}}/departing/{{y}}/{{m}}/{{d}}
    status: /flightstatus/rest/v2/json/flight/status/{{carrier}}/{{flight}}/dep/{{y}}/{{m}}/{{d}}
  carriers: [KX, KY]
  extended_options: useInlinedReferences
  rate_limit_per_minute: 120
sync:
  lookahead_days: 3
  write_to: postgres://schedule-sync@ops-db.ops.internal/schedules
""", _key, "Cirium developer docs: appId and appKey query parameters / headers")

_key = hexs(32)
add("blind-dg/shell/aviationstack", "ops-tools/bin/fetch_route_delays.sh", f"""
#!/bin/sh
# Pull today's departures for our hubs from aviationstack and store raw JSON for the delay report.
# Usage: fetch_route_delays.sh [IATA...]
OUT=/var/lib/ops-tools/aviationstack/$(date -u +%Y%m%d)
mkdir -p "$OUT"

for hub in ${{@:-LHR MAN EDI}}; do
  curl -s "https://api.aviationstack.com/v1/flights?access_key={_key}&dep_iata=$hub&airline_iata=KX" \\
    -o "$OUT/$hub.json"
  sleep 2
done

echo "saved $(ls "$OUT" | wc -l) files to $OUT"
""", _key, "aviationstack docs: API authentication with the access_key parameter")

_pw = human_pw()
add("blind-dg/properties/soap-password", "flightplan-gateway/src/main/resources/lido.properties", f"""
# Lido/Flight planning SOAP gateway -- OFP (operational flight plan) retrieval
lido.ws.endpoint=https://lidoflight.lsy-partner.example/ws/FlightPlanService
lido.ws.username=KX_OFP_GW
lido.ws.password={_pw}
lido.ws.timeout.ms=45000
lido.ofp.format=PDF,XML
lido.ofp.airline=KX

# Dispatch release
dispatch.release.queue=ofp.release
dispatch.release.require.signature=true
""", _pw, "Spring docs: @PropertySource .properties files; WS-Security username/password")

_key = pem("RSA", 12)
add("blind-dg/pem/private-key", "flightplan-filer/certs/nm-b2b-client.key", _key + "\n", _key,
    "EUROCONTROL NM B2B docs: client certificate authentication (PEM key)")

_key = rapidapi_key()
add("blind-dg/go/rapidapi", "adsb-ingest/internal/adsbx/client.go", f"""
package adsbx

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	host   = "adsbexchange-com1.p.rapidapi.com"
	apiKey = "{_key}"
)

var httpClient = &http.Client{{Timeout: 10 * time.Second}}

// ByRegistration returns the last known position of a tail, e.g. G-KXAB.
func ByRegistration(reg string) (map[string]any, error) {{
	req, err := http.NewRequest("GET", fmt.Sprintf("https://%s/v2/registration/%s/", host, reg), nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("X-RapidAPI-Key", apiKey)
	req.Header.Set("X-RapidAPI-Host", host)
	resp, err := httpClient.Do(req)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}}
""", _key, "RapidAPI docs: X-RapidAPI-Key and X-RapidAPI-Host headers (ADS-B Exchange API)")

_pw = passphrase()
add("blind-dg/python/basic-auth", "adsb-ingest/scripts/opensky_states.py", f"""
#!/usr/bin/env python3
\"\"\"Snapshot of state vectors around our hubs from the OpenSky Network REST API.\"\"\"
import csv
import sys
import time

import requests

HUBS = {{"EGLL": (51.2, -0.9, 51.7, 0.1), "EGCC": (53.2, -2.6, 53.5, -2.0)}}
AUTH = ("kxair-ops", "{_pw}")


def main(path: str) -> None:
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["hub", "icao24", "callsign", "lat", "lon", "baro_alt", "on_ground"])
        for hub, (la0, lo0, la1, lo1) in HUBS.items():
            r = requests.get("https://opensky-network.org/api/states/all",
                             params={{"lamin": la0, "lomin": lo0, "lamax": la1, "lomax": lo1}},
                             auth=AUTH, timeout=20)
            for s in r.json().get("states") or []:
                w.writerow([hub, s[0], (s[1] or "").strip(), s[6], s[5], s[7], s[8]])
            time.sleep(5)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "states.csv")
""", _pw, "OpenSky Network REST API docs: basic authentication for registered users")

_tok = "dapi" + hexs(32)
add("blind-dg/docker-compose/databricks", "fuel-analytics/docker-compose.airflow.yml", f"""
version: "3.8"

x-airflow-env: &airflow-env
  AIRFLOW__CORE__EXECUTOR: LocalExecutor
  AIRFLOW__CORE__LOAD_EXAMPLES: "false"
  AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:airflow@airflow-db/airflow
  AIRFLOW_CONN_DATABRICKS_FUEL: "databricks://:{_tok}@adb-4417202135791113.13.azuredatabricks.net"

services:
  airflow-db:
    image: postgres:15
    environment:
      POSTGRES_USER: airflow
      POSTGRES_PASSWORD: airflow
      POSTGRES_DB: airflow

  scheduler:
    image: apache/airflow:2.9.1
    command: scheduler
    environment: *airflow-env
    volumes:
      - ./dags:/opt/airflow/dags

  webserver:
    image: apache/airflow:2.9.1
    command: webserver
    ports: ["8080:8080"]
    environment: *airflow-env
""", _tok, "Airflow docs: Databricks connection as URI (AIRFLOW_CONN_*), Databricks PAT dapi")

_kid, _sk = aws_pair()
add("blind-dg/ini/aws", "fuel-analytics/deploy/aws/credentials", f"""
[default]
region = eu-west-1

[fuel-uplift-etl]
aws_access_key_id = {_kid}
aws_secret_access_key = {_sk}
region = eu-west-1

[readonly]
role_arn = arn:aws:iam::{random.Random(_seed()).randint(10**11, 10**12 - 1)}:role/fuel-readonly
source_profile = fuel-uplift-etl
""", _sk, "AWS CLI docs: configuration and credential file settings")

_ck, _cs = chars(16, UPDIG), chars(64, ALNUM + "+/")
add("blind-dg/properties/confluent", "oooi-events/consumer.properties", f"""
# OOOI (out/off/on/in) events from the ACARS parser -> Confluent Cloud
bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{_ck}" password="{_cs}";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000

group.id=oooi-events-ops-board
auto.offset.reset=earliest
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.StringDeserializer
""", _cs, "Confluent Cloud docs: configure Kafka clients (sasl.jaas.config with API key and secret)")

_pw = rand_pw(24)
add("blind-dg/grafana-yaml/influxdb", "ops-control/grafana/provisioning/datasources/ops.yaml", f"""
apiVersion: 1

datasources:
  - name: OTP-Influx
    type: influxdb
    access: proxy
    url: http://influx.ops.internal:8086
    database: otp
    user: grafana_ro
    isDefault: true
    jsonData:
      httpMode: GET
      timeInterval: 1m
    secureJsonData:
      password: {_pw}

  - name: Ops-Postgres
    type: postgres
    url: ops-db.ops.internal:5432
    user: grafana
    jsonData:
      database: ops
      sslmode: require
    secureJsonData:
      password: $__env{{OPS_DB_PASSWORD}}
""", _pw, "Grafana docs: provisioning data sources, secureJsonData")

_key = hexs(32)
add("blind-dg/alertmanager-yaml/pagerduty", "ops-control/monitoring/alertmanager.yml", f"""
global:
  resolve_timeout: 5m

route:
  receiver: ops-duty-manager
  group_by: [alertname, service]
  group_wait: 30s
  routes:
    - matchers: [severity="page", team="flight-ops"]
      receiver: flightops-pagerduty

receivers:
  - name: ops-duty-manager
    email_configs:
      - to: duty.manager@kxair.example
  - name: flightops-pagerduty
    pagerduty_configs:
      - routing_key: {_key}
        severity: critical
        description: '{{{{ .CommonAnnotations.summary }}}}'
""", _key, "Prometheus Alertmanager docs: pagerduty_config routing_key (Events API v2)")

_sec = rand_pw(48)
add("blind-dg/go/jwt-secret", "dispatch-release/config/config.go", f"""
package config

import "time"

// Config of the dispatch release service (captain acknowledgment of the OFP on the EFB).
type Config struct {{
	ListenAddr     string
	DatabaseURL    string
	JWTSigningKey  []byte
	TokenTTL       time.Duration
	AllowedIssuers []string
}}

var Default = Config{{
	ListenAddr:     ":8090",
	DatabaseURL:    "postgres://dispatch@dispatch-db.ops.internal:5432/dispatch?sslmode=require",
	JWTSigningKey:  []byte("{_sec}"),
	TokenTTL:       12 * time.Hour,
	AllowedIssuers: []string{{"efb.kxair.example", "ops.kxair.example"}},
}}
""", _sec, "golang-jwt docs: HMAC signing with a []byte key")

_key = rand_bytes_b64(64)
add("blind-dg/appsettings-json/azure-storage", "efb-content/src/EfbContent.Api/appsettings.Production.json", f"""
{{
  "Logging": {{ "LogLevel": {{ "Default": "Warning" }} }},
  "ConnectionStrings": {{
    "EfbPackages": "DefaultEndpointsProtocol=https;AccountName=kxefbcontent;AccountKey={_key};EndpointSuffix=core.windows.net"
  }},
  "EfbContent": {{
    "Container": "efb-packages",
    "ChartsProvider": "Jeppesen",
    "ManualsFolder": "omA-omB-omC",
    "SasLifetimeMinutes": 60
  }},
  "AllowedHosts": "*"
}}
""", _key, "Azure Storage docs: configure a connection string with an account key")

_pw = human_pw()
add("blind-dg/properties/mysql", "weight-balance/src/main/resources/application.properties", f"""
# Weight & balance / load control service
server.port=8085
spring.application.name=weight-balance

spring.datasource.url=jdbc:mysql://wb-db.ops.internal:3306/loadcontrol?useSSL=true&serverTimezone=UTC
spring.datasource.username=wb_service
spring.datasource.password={_pw}
spring.jpa.hibernate.ddl-auto=validate

loadsheet.mac.limits.file=classpath:limits/a320neo.json
loadsheet.edno.required=true
loadsheet.lmc.max.pax.change=10
""", _pw, "Spring Boot docs: common application properties, spring.datasource.password")

_hook = teams_webhook("kxair")
add("blind-dg/powershell/teams-webhook", "ops-control/scripts/Send-DelayAlert.ps1", f"""
param(
    [Parameter(Mandatory)] [string]$Flight,
    [Parameter(Mandatory)] [int]$DelayMinutes,
    [string]$Reason = "TBA"
)

$webhookUrl = "{_hook}"

$card = @{{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    themeColor = if ($DelayMinutes -ge 60) {{ "D70000" }} else {{ "FFA500" }}
    summary    = "Delay $Flight"
    sections   = @(@{{
        activityTitle = "$Flight delayed $DelayMinutes min"
        facts = @(
            @{{ name = "Reason"; value = $Reason }},
            @{{ name = "Raised"; value = (Get-Date -Format u) }}
        )
    }})
}}

Invoke-RestMethod -Method Post -Uri $webhookUrl -Body ($card | ConvertTo-Json -Depth 6) -ContentType "application/json"
""", _hook, "Microsoft docs: create an Incoming Webhook for Teams; post a MessageCard")

_key = fakes.openai_key(_seed())
add("blind-dg/python/openai", "ops-assistant/app/llm.py", f"""
\"\"\"Ops assistant: summarises the IROPS log for the duty manager hand-over.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="{_key}")

SYSTEM = (
    "You summarise airline operations control logs. Keep flight numbers, tails and times exact. "
    "Group by disruption, list crew and aircraft swaps, and end with open actions."
)


def summarise_handover(log_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.1,
        messages=[{{"role": "system", "content": SYSTEM}}, {{"role": "user", "content": log_text}}],
    )
    return resp.choices[0].message.content
""", _key, "OpenAI Python library README: OpenAI(api_key=...)")

_pw = rand_pw(20, "_")
add("blind-dg/tfvars/postgres", "infra/terraform/flightops/prod.tfvars", f"""
environment       = "prod"
region            = "eu-west-1"
vpc_id            = "vpc-0b7c41e9a3d2f6a18"
private_subnets   = ["subnet-0a1f6c2d9b3e47c01", "subnet-0e3b9d7a51c2f4a86"]

ops_db_instance_class   = "db.r6g.large"
ops_db_engine_version   = "15.5"
ops_db_username         = "opsadmin"
ops_db_password         = "{_pw}"
ops_db_backup_retention = 14

flight_following_desired_count = 3
dispatch_release_desired_count = 2
""", _pw, "Terraform docs: variable definitions (.tfvars) files; aws_db_instance password")

_tok = gitlab_token()
add("blind-dg/gitlab-ci/gitlab-token", "flight-planning-tools/.gitlab-ci.yml", f"""
stages: [test, package, publish]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

package:
  stage: package
  image: python:3.11
  script:
    - git clone https://oauth2:{_tok}@gitlab.kxair.example/flightops/perf-tables.git vendor/perf-tables
    - python -m build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  image: python:3.11
  script:
    - pip install twine
    - twine upload --repository-url "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/pypi" -u gitlab-ci-token -p "$CI_JOB_TOKEN" dist/*
  only: [tags]
""", _tok, "GitLab docs: personal access tokens over HTTPS (oauth2:<token>@)")

_pw = season_pw()
add("blind-dg/jenkinsfile/ssh-password", "flightplan-gateway/Jenkinsfile", f"""
pipeline {{
    agent {{ label 'linux' }}
    options {{ timestamps() }}
    stages {{
        stage('Build') {{
            steps {{
                sh './mvnw -B -DskipTests package'
            }}
        }}
        stage('Test') {{
            steps {{
                sh './mvnw -B test'
            }}
        }}
        stage('Deploy UAT') {{
            when {{ branch 'develop' }}
            steps {{
                sh '''
                  sshpass -p '{_pw}' scp -o StrictHostKeyChecking=no target/flightplan-gateway.jar deploy@fpgw-uat01:/opt/fpgw/
                  sshpass -p '{_pw}' ssh deploy@fpgw-uat01 'sudo systemctl restart fpgw'
                '''
            }}
        }}
    }}
}}
""", _pw, "Jenkins docs: Pipeline syntax (sh steps); sshpass man page")

_tok = "hvs." + chars(24, ALNUM)
add("blind-dg/hcl/vault-token", "infra/nomad/jobs/acars-parser.nomad.hcl", f"""
job "acars-parser" {{
  datacenters = ["ops-dc1"]
  type        = "service"

  group "parser" {{
    count = 2

    task "parser" {{
      driver = "docker"

      config {{
        image = "registry.kxair.example/ops/acars-parser:1.14.0"
      }}

      env {{
        VAULT_ADDR  = "https://vault.ops.internal:8200"
        VAULT_TOKEN = "{_tok}"
        MQ_QUEUE    = "ACARS.DOWNLINK"
      }}

      resources {{
        cpu    = 500
        memory = 512
      }}
    }}
  }}
}}
""", _tok, "Nomad docs: job specification, env block; Vault docs: token prefixes hvs.")

# --- flight ops decoys ---
add("blind-dg/openapi-yaml/decoy-placeholder", "flight-following/docs/aeroapi-subset.openapi.yaml", """
openapi: 3.0.3
info:
  title: AeroAPI subset used by flight-following
  version: "4.17"
servers:
  - url: https://aeroapi.flightaware.com/aeroapi
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: x-apikey
      description: Your AeroAPI key, e.g. `x-apikey: YOUR_API_KEY`
paths:
  /flights/{ident}/position:
    get:
      summary: Latest position of a flight
      parameters:
        - in: path
          name: ident
          required: true
          schema: {type: string, example: KXA123}
        - in: header
          name: x-apikey
          schema: {type: string, example: "string"}
      responses:
        "200":
          description: OK
""", None, "OpenAPI 3.0 specification: apiKey security scheme")

add("blind-dg/text/decoy-fixture", "acars-parser/tests/fixtures/oooi_downlinks.txt", """
# ACARS downlink samples (sanitised). Label QA=OUT, QB=OFF, QC=ON, QD=IN.
QU LHRKOXS
.DDLXCXA 120642
A80
FI KX0123/AN G-KXAB
DT DDL LHR 120642 M43A
-  QA120640EGLL KEWR 0642
QU LHRKOXS
.DDLXCXA 120655
A80
FI KX0123/AN G-KXAB
DT DDL LHR 120655 M44A
-  QB120654EGLL KEWR 0654
QU LHRKOXS
.DDLXCXA 121412
A80
FI KX0123/AN G-KXAB
DT DDL JFK 121412 M91A
-  QC121411KEWR 1411/FB 0073
""", None, "ARINC 618/620 ACARS message formats (OOOI labels QA-QD)")

_icaos = ",\n".join(f'    {{"icao24": "{hexs(6)}", "reg": "G-KX{c}", "type": "{t}"}}'
                    for c, t in [("AB", "A20N"), ("AC", "A20N"), ("AD", "A21N"), ("BA", "B789"), ("BB", "B789"), ("CA", "E175")])
add("blind-dg/json/decoy-identifiers", "adsb-ingest/data/fleet_icao24.json", f"""
{{
  "airline": "KXA",
  "updated": "2024-05-01",
  "fleet": [
{_icaos}
  ]
}}
""", None, "ICAO Annex 10: 24-bit aircraft addresses (public Mode S hex codes)")

add("blind-dg/conf/decoy-public-id", "adsb-ingest/feeder/piaware.conf", f"""
# PiAware feeder on the roof of the ops building (EGLL)
feeder-id {uuid_s()}
receiver-type relay
receiver-host 10.41.8.20
receiver-port 30005
allow-auto-updates no
allow-manual-updates yes
mlat-results yes
mlat-results-format "beast,connect,localhost:30104"
""", None, "FlightAware PiAware docs: piaware-config feeder-id")

add("blind-dg/markdown/decoy-example", "fuel-analytics/docs/aws-setup.md", """
# Setting up AWS access for the fuel ETL

1. Ask the cloud team for an IAM user in the `fuel-analytics` account.
2. Run `aws configure --profile fuel-uplift-etl` and paste the key pair you were given.

The file then looks like this (the values below are the examples from the AWS docs, not ours):

```ini
[fuel-uplift-etl]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
```

3. Check with `aws sts get-caller-identity --profile fuel-uplift-etl`.

Never commit `~/.aws/credentials`; CI uses the OIDC role `fuel-etl-ci` instead.
""", None, "AWS CLI docs: configuration basics (documented example keys)")

add("blind-dg/hcl/decoy-secret-store", "infra/terraform/flightops/rds.tf", """
variable "ops_db_username" {
  type    = string
  default = "opsadmin"
}

data "aws_secretsmanager_secret_version" "ops_db" {
  secret_id = "flightops/prod/ops-db-master"
}

resource "aws_db_instance" "ops" {
  identifier              = "flightops-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  username                = var.ops_db_username
  password                = jsondecode(data.aws_secretsmanager_secret_version.ops_db.secret_string)["password"]
  backup_retention_period = 14
  storage_encrypted       = true
  skip_final_snapshot     = false
}
""", None, "Terraform AWS provider docs: aws_secretsmanager_secret_version data source")

add("blind-dg/github-actions/decoy-env-ref", "flight-following/.github/workflows/deploy.yml", """
name: deploy

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
          role-to-assume: arn:aws:iam::123456789012:role/flight-following-deploy
          aws-region: eu-west-1
      - name: Smoke test AeroAPI
        env:
          AEROAPI_KEY: ${{ secrets.AEROAPI_KEY }}
        run: |
          curl -sf -H "x-apikey: $AEROAPI_KEY" https://aeroapi.flightaware.com/aeroapi/operators/KXA > /dev/null
      - name: Deploy
        run: ./scripts/deploy.sh production
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""", None, "GitHub docs: using secrets in GitHub Actions (${{ secrets.NAME }})")

add("blind-dg/properties/decoy-secret-store", "oooi-events/consumer-prod.properties", """
# Credentials come from the mounted secret via the FileConfigProvider
config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider

bootstrap.servers=pkc-l6wr6.europe-west2.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/secrets/confluent.properties:api.key}" password="${file:/opt/secrets/confluent.properties:api.secret}";
group.id=oooi-events-ops-board
auto.offset.reset=earliest
""", None, "Apache Kafka docs: externalizing secrets with ConfigProvider (KIP-297)")

add("blind-dg/alertmanager-yaml/decoy-file-ref", "ops-control/monitoring/alertmanager-prod.yml", """
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook

route:
  receiver: ops-slack
  routes:
    - matchers: [severity="page"]
      receiver: flightops-pagerduty

receivers:
  - name: ops-slack
    slack_configs:
      - channel: '#ops-control'
        send_resolved: true
  - name: flightops-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pd_routing_key
        severity: critical
""", None, "Prometheus Alertmanager docs: slack_api_url_file, routing_key_file")

_sums = "\n".join(f"{hexs(64)}  {n}" for n in ["ARINC424_2405.dat", "airports_2405.csv", "navaids_2405.csv",
                                               "waypoints_2405.csv", "airways_2405.csv", "procedures_2405.xml"])
add("blind-dg/text/decoy-hash", "navdata/cycles/2405/SHA256SUMS", f"""
# AIRAC 2405 navigation data package (effective 16 MAY 2024)
# verify: sha256sum -c SHA256SUMS
{_sums}
""", None, "GNU coreutils docs: sha256sum check files; AIRAC cycle navdata")

add("blind-dg/text/decoy-fixture-fpl", "flightplan-filer/tests/fixtures/fpl_kx0123.txt", """
(FPL-KXA123-IS
-A20N/M-SDE2E3FGHIJ1RWXY/LB1D1
-EGLL1005
-N0450F360 DET L6 DVR UL9 KONAN UL607 SPI UT180 NIK UL980 PAM
-EHAM0052 EHRD
-PBN/A1B1C1D1L1O1S2 DOF/240512 REG/GKXAB EET/EHAA0032
 SEL/DKHR CODE/4CA9F2 RVR/75 OPR/KXA PER/C RMK/TCAS)
""", None, "ICAO Doc 4444 Appendix 2: flight plan (FPL) message format")

add("blind-dg/pem/decoy-certificate", "flightplan-filer/certs/nm-b2b-client.crt", public_pem() + "\n", None,
    "EUROCONTROL NM B2B docs: client certificate (public part)")

add("blind-dg/python/decoy-example", "dispatch-release/tests/test_pkce.py", """
\"\"\"PKCE check for the EFB sign-in, with the example values of RFC 7636 Appendix B.\"\"\"
import base64
import hashlib

# RFC 7636, Appendix B -- published test values, not credentials
CODE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
CODE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def test_s256_challenge_matches_rfc_example():
    assert challenge(CODE_VERIFIER) == CODE_CHALLENGE
""", None, "RFC 7636 Appendix B: example for the S256 code_challenge_method")

add("blind-dg/appsettings-json/decoy-public-id", "efb-content/src/EfbContent.Api/appsettings.json", f"""
{{
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "kxair.onmicrosoft.com",
    "TenantId": "{uuid_s()}",
    "ClientId": "{uuid_s()}",
    "Audience": "api://efb-content"
  }},
  "ConnectionStrings": {{
    "EfbPackages": "UseDevelopmentStorage=true"
  }},
  "EfbContent": {{
    "Container": "efb-packages",
    "SasLifetimeMinutes": 60
  }}
}}
""", None, "Microsoft identity platform docs: TenantId/ClientId are identifiers; Azurite UseDevelopmentStorage=true")

# ---------------------------------------------------------------------------------------------
# ACARS, datalink, Type B messaging and weather feeds
# ---------------------------------------------------------------------------------------------

_pw = rand_pw(14, "#")
add("blind-dg/ini/acars-gateway-password", "acars-gateway/conf/gateway.ini", f"""
; ACARS ground gateway -- datalink service provider connection (AIRCOM / GLOBALink)
[dsp]
provider = SITA
host = aircom-gw.dsp-partner.example
port = 5005
protocol = MATIP-B
airline_address = LHRKOXS
dsp_address = QXSXMXS
login = KXOPS01
password = {_pw}
heartbeat_seconds = 30

[uplink]
queue = ACARS.UPLINK
max_chars = 220
printer_default = false

[downlink]
queue = ACARS.DOWNLINK
labels = QA,QB,QC,QD,H1,5Z,80
archive = /var/spool/acars/archive
""", _pw, "SITA Type B / MATIP (RFC 2351) gateway configuration conventions")

_pw = human_pw()
add("blind-dg/python/ibm-mq", "typeb-bridge/typeb/mq.py", f"""
\"\"\"Reads Type B messages (MVT, LDM, PSM, CPM) from the SITA MQ channel.\"\"\"
import pymqi

QMGR = "KXTYPEB1"
CHANNEL = "KX.SVRCONN.TLS"
CONN_INFO = "mq-typeb.ops.internal(1414)"
QUEUE = "TYPEB.INBOUND"
USER = "typebapp"
PASSWORD = "{_pw}"


def open_queue():
    cd = pymqi.CD(ChannelName=CHANNEL, ConnectionName=CONN_INFO, SSLCipherSpec="ANY_TLS12_OR_HIGHER")
    sco = pymqi.SCO(KeyRepository="/etc/typeb/ssl/key")
    qmgr = pymqi.QueueManager(None)
    qmgr.connect_with_options(QMGR, user=USER, password=PASSWORD, cd=cd, sco=sco)
    return qmgr, pymqi.Queue(qmgr, QUEUE)


def drain(handler):
    qmgr, q = open_queue()
    try:
        while True:
            try:
                handler(q.get().decode("ascii", "replace"))
            except pymqi.MQMIError as e:
                if e.reason == pymqi.CMQC.MQRC_NO_MSG_AVAILABLE:
                    break
                raise
    finally:
        q.close()
        qmgr.disconnect()
""", _pw, "pymqi docs: connect_with_options(user, password)")

_pw = type_pw()
add("blind-dg/java/sitatex", "typeb-bridge-java/src/main/java/com/kxair/typeb/SitatexConfig.java", f"""
package com.kxair.typeb;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/** SITATEX Online REST connection for sending MVT/LDM messages. */
@Configuration
public class SitatexConfig {{

    @Value("${{sitatex.url:https://sitatex-online.partner.example/api/v1}}")
    private String url;

    @Value("${{sitatex.user:KXOPSTX}}")
    private String user;

    @Value("${{sitatex.password:{_pw}}}")
    private String password;

    @Value("${{sitatex.originator:LHRKOXS}}")
    private String originator;

    public String url() {{ return url; }}
    public String user() {{ return user; }}
    public String password() {{ return password; }}
    public String originator() {{ return originator; }}
}}
""", _pw, "Spring docs: @Value with default values ${property:default}")

_key = hexs(32)
add("blind-dg/javascript/checkwx", "weather-ingest/src/checkwx.js", f"""
// METAR/TAF for the outstation list via CheckWX
const fetch = require('node-fetch');

const CHECKWX_KEY = '{_key}';
const STATIONS = ['EGLL', 'EGKK', 'EGCC', 'EGPH', 'EHAM', 'KJFK', 'LEMD'];

async function decodedMetars() {{
  const res = await fetch(`https://api.checkwx.com/metar/${{STATIONS.join(',')}}/decoded`, {{
    headers: {{ 'X-API-Key': CHECKWX_KEY }},
  }});
  if (!res.ok) throw new Error(`CheckWX ${{res.status}}`);
  const body = await res.json();
  return body.data;
}}

async function tafs() {{
  const res = await fetch(`https://api.checkwx.com/taf/${{STATIONS.join(',')}}`, {{
    headers: {{ 'X-API-Key': CHECKWX_KEY }},
  }});
  return (await res.json()).data;
}}

module.exports = {{ decodedMetars, tafs }};
""", _key, "CheckWX API docs: X-API-Key header")

_key = mixed(32)
add("blind-dg/python/tomorrow-io", "weather-ingest/jobs/hub_wind_forecast.py", f"""
import datetime as dt

import requests

HUBS = {{"EGLL": (51.4700, -0.4543), "EGCC": (53.3537, -2.2750), "EGPH": (55.9500, -3.3725)}}
URL = "https://api.tomorrow.io/v4/weather/forecast"


def hourly(icao: str) -> list:
    lat, lon = HUBS[icao]
    r = requests.get(
        URL + "?location={{}},{{}}&timesteps=1h&units=metric&apikey={_key}".format(lat, lon),
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["timelines"]["hourly"]


if __name__ == "__main__":
    for icao in HUBS:
        for h in hourly(icao)[:6]:
            v = h["values"]
            print(icao, h["time"], v["windSpeed"], v["windGust"], v["windDirection"], v.get("visibility"))
    print("generated", dt.datetime.utcnow().isoformat())
""", _key, "Tomorrow.io docs: weather forecast endpoint with the apikey query parameter")

_pw = rand_pw(12)
add("blind-dg/dotenv/meteomatics", "weather-ingest/.env.production", f"""
# weather-ingest production
METEOMATICS_URL=https://api.meteomatics.com
METEOMATICS_USER=kxair_ops
METEOMATICS_PASSWORD={_pw}
METEOMATICS_PARAMS=wind_speed_10m:kn,wind_dir_10m:d,wind_gusts_10m_1h:kn,visibility:m,t_2m:C
INGEST_INTERVAL_MINUTES=15
INGEST_OUTPUT=s3://kx-ops-weather/meteomatics/
""", _pw, "Meteomatics API docs: HTTP basic authentication (username/password)")

_key = hexs(32)
add("blind-dg/crontab/openweathermap", "weather-ingest/deploy/crontab", f"""
# m h dom mon dow command -- weather-ingest host (ops-wx01)
MAILTO=ops-weather@kxair.example
SHELL=/bin/bash

*/15 * * * * /opt/wx/bin/checkwx_pull.sh >> /var/log/wx/checkwx.log 2>&1
5 * * * * curl -s "https://api.openweathermap.org/data/2.5/group?id=2643743,2643123,2650225&units=metric&appid={_key}" -o /var/lib/wx/owm/$(date +\\%Y\\%m\\%d\\%H).json
30 2 * * * find /var/lib/wx -type f -mtime +30 -delete
""", _key, "OpenWeatherMap docs: API key as the appid parameter; crontab(5)")

_key = hexs(32)
add("blind-dg/yaml/weather-company", "weather-ingest/config/twc.yaml", f"""
# The Weather Company (IBM) data package -- turbulence and lightning for ops
twc:
  base_url: https://api.weather.com
  apiKey: {_key}
  products:
    - name: lightning
      path: /v3/wx/observations/lightning
    - name: turbulence
      path: /v2/turbulence/forecast
      flight_levels: [FL300, FL340, FL380]
  language: en-GB
  format: json
output:
  bucket: kx-ops-weather
  prefix: twc/
""", _key, "The Weather Company Data API docs: apiKey query parameter")

_cid, _cs = chars(32, ALNUM), chars(48, ALNUM)
add("blind-dg/json/dtn-client-secret", "weather-ingest/config/dtn.json", f"""
{{
  "provider": "DTN",
  "auth": {{
    "token_url": "https://api.auth.dtn.com/v1/tokens/authorize",
    "grant_type": "client_credentials",
    "client_id": "{_cid}",
    "client_secret": "{_cs}",
    "audience": "https://weather.api.dtn.com/observations"
  }},
  "requests": [
    {{"product": "aviation-hazards", "region": "EUR", "interval_min": 10}},
    {{"product": "icing", "region": "NAT", "interval_min": 30}}
  ],
  "output_dir": "/var/lib/wx/dtn"
}}
""", _cs, "DTN developer docs: client credentials token request")

_pw = rand_pw(20)
add("blind-dg/mosquitto-conf/mqtt", "acars-gateway/mosquitto/conf.d/bridge-ops.conf", f"""
# Bridge ACARS/datalink topics from the gateway broker to the central ops broker
connection ops-central
address mqtt.ops.internal:8883
bridge_protocol_version mqttv311
bridge_cafile /mosquitto/config/certs/ops-ca.pem
remote_clientid acars-gw-bridge-01
remote_username acars-gw
remote_password {_pw}
cleansession false
notifications true

topic acars/downlink/# out 1
topic acars/uplink/# in 1
topic oooi/# out 1
""", _pw, "mosquitto.conf(5) man page: bridges, remote_username/remote_password")

_pw = rand_pw(24)
add("blind-dg/docker-compose/rabbitmq", "acars-parser/docker-compose.yml", f"""
services:
  rabbitmq:
    image: rabbitmq:3.13-management
    hostname: acars-mq
    environment:
      RABBITMQ_DEFAULT_USER: acars
      RABBITMQ_DEFAULT_PASS: {_pw}
    ports:
      - "5672:5672"
      - "15672:15672"

  parser:
    image: registry.kxair.example/ops/acars-parser:1.14.0
    depends_on: [rabbitmq]
    environment:
      AMQP_URL: amqp://acars:{_pw}@rabbitmq:5672/%2Facars
      LABELS: "QA,QB,QC,QD,H1,5Z,80"
      OUTPUT_TOPIC: oooi.events
    restart: unless-stopped
""", _pw, "RabbitMQ docs: Docker image RABBITMQ_DEFAULT_PASS; AMQP URI spec")

_tok = chars(43, URLSAFE)
add("blind-dg/dockerfile/avwx-token", "weather-ingest/avwx.Dockerfile", f"""
FROM python:3.12-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY avwx_pull/ ./avwx_pull/

ENV AVWX_URL=https://avwx.rest/api \\
    AVWX_TOKEN={_tok} \\
    STATIONS="EGLL EGKK EGCC EGPH EHAM KJFK"

USER 10001
CMD ["python", "-m", "avwx_pull", "--interval", "600"]
""", _tok, "AVWX REST API docs: Authorization token; Dockerfile reference ENV")

_pw = human_pw()
add("blind-dg/logstash-conf/elasticsearch", "acars-archive/logstash/pipeline/acars.conf", f"""
input {{
  rabbitmq {{
    host => "acars-mq"
    queue => "acars.archive"
    durable => true
    user => "acars"
    password => "${{AMQP_PASSWORD}}"
  }}
}}

filter {{
  grok {{
    match => {{ "message" => "FI %{{DATA:flight}}/AN %{{DATA:tail}}\\n.*DT %{{WORD:dsp}} %{{WORD:station}} %{{NUMBER:ts}}" }}
  }}
  date {{ match => ["ts", "ddHHmm"] timezone => "UTC" }}
}}

output {{
  elasticsearch {{
    hosts => ["https://es01.ops.internal:9200", "https://es02.ops.internal:9200"]
    index => "acars-%{{+YYYY.MM}}"
    user => "logstash_acars"
    password => "{_pw}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ops-ca.pem"]
  }}
}}
""", _pw, "Logstash docs: Elasticsearch output plugin user/password")

_pw = redis_pw = fakes.redis_password(_seed())
add("blind-dg/systemd/redis", "acars-parser/deploy/acars-dedupe.service", f"""
[Unit]
Description=ACARS downlink de-duplication worker
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=acars
Environment=REDIS_URL=redis://:{_pw}@redis-ops.ops.internal:6379/3
Environment=DEDUPE_WINDOW_SECONDS=90
ExecStart=/opt/acars/venv/bin/python -m acars_dedupe
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", _pw, "systemd.exec(5): Environment=; Redis URI scheme (redis://:password@host)")

_cid, _cs = chars(21, ALNUM), chars(40, ALNUM)
add("blind-dg/ruby/aeris-client-secret", "weather-ingest/scripts/xweather_alerts.rb", f"""
#!/usr/bin/env ruby
# Thunderstorm alerts around hubs via Xweather (AerisWeather) for the ramp lightning warnings.
require 'net/http'
require 'json'

CLIENT_ID = '{_cid}'
CLIENT_SECRET = '{_cs}'
HUBS = {{ 'EGLL' => '51.47,-0.45', 'EGCC' => '53.35,-2.27' }}

HUBS.each do |icao, loc|
  uri = URI("https://data.api.xweather.com/lightning/#{{loc}}?radius=15mi&limit=50" \\
            "&client_id=#{{CLIENT_ID}}&client_secret=#{{CLIENT_SECRET}}")
  body = JSON.parse(Net::HTTP.get(uri))
  strikes = body.fetch('response', []).size
  puts "#{{icao}}: #{{strikes}} strikes within 15mi"
  warn "RAMP LIGHTNING WARNING #{{icao}}" if strikes.positive?
end
""", _cs, "Xweather (AerisWeather) API docs: client_id and client_secret parameters")

_tok = uuid_s().upper()
add("blind-dg/fluent-bit-conf/splunk-hec", "acars-gateway/fluent-bit/fluent-bit.conf", f"""
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name         tail
    Path         /var/log/acars-gateway/*.log
    Tag          acars.gw
    Parser       json

[OUTPUT]
    Name         splunk
    Match        acars.*
    Host         splunk-hec.corp.local
    Port         8088
    TLS          On
    TLS.Verify   On
    Splunk_Token {_tok}
    Splunk_Send_Raw Off
    Event_Index  ops_datalink
""", _tok, "Fluent Bit docs: Splunk output plugin, Splunk_Token")

_key = fakes.fake_pem(_seed(), "OPENSSH")
add("blind-dg/ssh-key/private-key", "typeb-bridge/deploy/keys/sita_sftp_ed25519", _key + "\n", _key,
    "OpenSSH ssh-keygen(1): private key file format")

_key = mixed(32)
add("blind-dg/notebook/windy", "analytics/notebooks/nat_tracks_winds.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Winds aloft along today's NAT tracks (Windy point forecast)\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
            "import requests\n", "\n",
            f"WINDY_KEY = \"{_key}\"\n", "\n",
            "def winds(lat, lon):\n",
            "    body = {\"lat\": lat, \"lon\": lon, \"model\": \"gfs\", \"parameters\": [\"wind\"],\n",
            "            \"levels\": [\"250h\", \"200h\"], \"key\": WINDY_KEY}\n",
            "    return requests.post(\"https://api.windy.com/api/point-forecast/v2\", json=body, timeout=30).json()\n"]},
        {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
            "track_a = [(57, -20), (58, -30), (58, -40), (57, -50)]\n",
            "[winds(lat, lon)['wind_u-250h'][:3] for lat, lon in track_a]"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", _key, "Windy API docs: point forecast v2, key in the request body")

# --- ACARS / weather decoys ---
add("blind-dg/text/decoy-fixture-metar", "weather-ingest/tests/fixtures/metar_taf_egll.txt", """
METAR EGLL 120650Z AUTO 24012KT 9999 FEW032 12/07 Q1014 NOSIG
METAR EGLL 120720Z AUTO 24013G24KT 9999 SCT030 13/07 Q1014 NOSIG
SPECI EGLL 120738Z 25018G31KT 4000 +SHRA BKN014CB 11/08 Q1015 TEMPO 3000 TSRA
METAR EGKK 120650Z 23009KT 9999 FEW028 12/06 Q1015
TAF EGLL 120459Z 1206/1312 24012KT 9999 SCT030
  TEMPO 1209/1216 25018G30KT 5000 SHRA BKN014CB
  PROB30 TEMPO 1212/1216 3000 TSRA
  BECMG 1300/1303 20006KT
""", None, "WMO No. 306 / ICAO Annex 3: METAR, SPECI and TAF code forms")

add("blind-dg/text/decoy-fixture-typeb", "typeb-bridge/tests/fixtures/mvt_ldm_samples.txt", """
QU LHRKOXS MANKOXS
.LHRKKXA 120652
MVT
KX123/12.GKXAB.LHR
AD0640/0654 EA1438 JFK
PX168
SI NIL
=
QU JFKKOXS
.LHRKKXA 120702
LDM
KX123/12.GKXAB.320.2/4.6/120
-JFK.8/152.T1840.1/850.2/990
SI EXB 42
""", None, "IATA AHM 780 / 583: MVT and LDM Type B message formats")

add("blind-dg/ini/decoy-placeholder", "acars-gateway/conf/gateway.ini.example", """
; Copy to gateway.ini. The DSP login is issued by SITA/ARINC per airline; keep it out of git.
[dsp]
provider = SITA
host = aircom-gw.dsp-partner.example
port = 5005
protocol = MATIP-B
airline_address = XXXXXXX
dsp_address = QXSXMXS
login = <dsp-login>
password = <dsp-password>
heartbeat_seconds = 30

[uplink]
queue = ACARS.UPLINK
""", None, "SITA Type B / MATIP gateway configuration conventions")

add("blind-dg/python/decoy-test-vector", "datalink-security/tests/test_ams_hmac.py", """
\"\"\"Message authentication for ACARS (ARINC 823 AMS style) -- checked against RFC 4231 vectors.\"\"\"
import hashlib
import hmac

# RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
RFC4231_KEY = b"Jefe"
RFC4231_DATA = b"what do ya want for nothing?"
RFC4231_SHA256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"

# RFC 4231 test case 1
TC1_KEY = bytes.fromhex("0b" * 20)
TC1_SHA256 = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"


def mac(key: bytes, data: bytes) -> str:
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def test_rfc4231_case2():
    assert mac(RFC4231_KEY, RFC4231_DATA) == RFC4231_SHA256


def test_rfc4231_case1():
    assert mac(TC1_KEY, b"Hi There") == TC1_SHA256
""", None, "RFC 4231: HMAC-SHA256 test vectors")

add("blind-dg/yaml/decoy-public-endpoint", "weather-ingest/config/awc.yaml", """
# aviationweather.gov Data API (NOAA AWC) -- public, no key or login needed.
awc:
  base_url: https://aviationweather.gov/api/data
  api_key: ""          # not used: the AWC Data API is open; leave empty
  user_agent: "kxair-weather-ingest/2.3 (ops-weather@kxair.example)"
  products:
    metar:
      path: /metar
      params: {ids: "EGLL,EGKK,EGCC,EGPH", format: json, hours: 2}
    taf:
      path: /taf
      params: {ids: "EGLL,EGKK,EGCC,EGPH", format: json}
    sigmet:
      path: /isigmet
      params: {format: json, hazard: turb}
  rate_limit_per_minute: 100
""", None, "aviationweather.gov Data API docs: public endpoints, no authentication")

add("blind-dg/mosquitto-passwd/decoy-hash", "acars-gateway/mosquitto/passwd", f"""
acars-gw:$7$101${rand_bytes_b64(12)}${rand_bytes_b64(64)}
oooi-reader:$7$101${rand_bytes_b64(12)}${rand_bytes_b64(64)}
fids-display:$7$101${rand_bytes_b64(12)}${rand_bytes_b64(64)}
ops-board:$7$101${rand_bytes_b64(12)}${rand_bytes_b64(64)}
monitoring:$7$101${rand_bytes_b64(12)}${rand_bytes_b64(64)}
""", None, "mosquitto_passwd(1): password file with PBKDF2-SHA512 hashes ($7$)")

add("blind-dg/logstash-conf/decoy-keystore-ref", "acars-archive/logstash/pipeline/typeb.conf", """
input {
  rabbitmq {
    host => "acars-mq"
    queue => "typeb.archive"
    user => "acars"
    password => "${AMQP_PASSWORD}"
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.ops.internal:9200"]
    index => "typeb-%{+YYYY.MM}"
    user => "logstash_acars"
    password => "${ES_PWD}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ops-ca.pem"]
  }
}
""", None, "Logstash docs: secrets keystore for secure settings (${ES_PWD})")

_enc = lambda n: f"ENC[AES256_GCM,data:{rand_bytes_b64(n)},iv:{rand_bytes_b64(32)},tag:{rand_bytes_b64(16)},type:str]"
add("blind-dg/sops-yaml/decoy-ciphertext", "weather-ingest/secrets/prod.enc.yaml", f"""
meteomatics_password: {_enc(12)}
tomorrow_io_apikey: {_enc(24)}
checkwx_api_key: {_enc(24)}
dtn_client_secret: {_enc(36)}
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:123456789012:key/{uuid_s()}
          created_at: "2024-04-18T09:12:44Z"
          enc: {rand_bytes_b64(180)}
          aws_profile: ""
    lastmodified: "2024-04-18T09:12:45Z"
    mac: {_enc(32)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "SOPS docs: encrypted YAML files (ENC[AES256_GCM,...] values)")

add("blind-dg/ssh-known-hosts/decoy-public-key", "typeb-bridge/deploy/known_hosts", f"""
sftp.typeb-partner.example,203.0.113.40 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")}
sftp.typeb-partner.example,203.0.113.40 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{chars(87, ALNUM + "+/")}=
ahm-feed.oem-partner.example ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{chars(300, ALNUM + "+/")}=
weather-drop.dsp-partner.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")}
ahm-feed-dr.oem-partner.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")}
""", None, "OpenSSH sshd(8): SSH_KNOWN_HOSTS file format (public host keys)")

add("blind-dg/k8s/decoy-ciphertext", "deploy/k8s/acars/sealed-acars-mq.yaml", f"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: acars-mq
  namespace: acars
spec:
  encryptedData:
    AMQP_PASSWORD: Ag{chars(600, ALNUM + "+/")}==
    REDIS_URL: Ag{chars(600, ALNUM + "+/")}==
  template:
    metadata:
      name: acars-mq
      namespace: acars
    type: Opaque
""", None, "Bitnami Sealed Secrets README: SealedSecret encryptedData")

# ---------------------------------------------------------------------------------------------
# Loyalty programme
# ---------------------------------------------------------------------------------------------

_key = stripe_secret()
add("blind-dg/python/stripe", "loyalty-api/loyalty/payments/buy_miles.py", f"""
\"\"\"Buy/gift miles checkout for the frequent flyer programme.\"\"\"
import stripe

stripe.api_key = "{_key}"

MILES_PACKS = {{1000: 3300, 5000: 15500, 10000: 29500}}  # miles -> price in pence


def create_checkout(member_no: str, miles: int, email: str) -> str:
    session = stripe.checkout.Session.create(
        mode="payment",
        customer_email=email,
        line_items=[{{
            "price_data": {{
                "currency": "gbp",
                "unit_amount": MILES_PACKS[miles],
                "product_data": {{"name": f"{{miles:,}} KX Miles"}},
            }},
            "quantity": 1,
        }}],
        metadata={{"member_no": member_no, "miles": miles}},
        success_url="https://www.kxair.example/miles/thanks?session={{CHECKOUT_SESSION_ID}}",
        cancel_url="https://www.kxair.example/miles/buy",
    )
    return session.url
""", _key, "Stripe API docs: authentication with secret keys (sk_live_)")

_key = adyen_key()
add("blind-dg/spring-yaml/adyen", "loyalty-shop/src/main/resources/application.yml", f"""
server:
  port: 8080

adyen:
  environment: LIVE
  live-endpoint-url-prefix: 1797a841fbb37ca7-KXAir
  merchant-account: KXAirLoyaltyShopECOM
  api-key: {_key}
  client-key: live_{chars(32, UPDIG)}
  hmac-key-location: /run/secrets/adyen-hmac

shop:
  currency: GBP
  allow-miles-plus-cash: true
  max-miles-share: 0.8
""", _key, "Adyen docs: API credentials, X-API-Key; Spring Boot configuration")

_key = uuid_s()
add("blind-dg/typescript/braze", "loyalty-engagement/src/braze.ts", f"""
// Sends tier-change and miles-expiry events to Braze for lifecycle campaigns.
const BRAZE_REST = 'https://rest.fra-02.braze.eu';
const BRAZE_API_KEY = '{_key}';

type TierEvent = {{ memberNo: string; from: string; to: string; at: string }};

export async function trackTierChange(e: TierEvent): Promise<void> {{
  const res = await fetch(`${{BRAZE_REST}}/users/track`, {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json', Authorization: `Bearer ${{BRAZE_API_KEY}}` }},
    body: JSON.stringify({{
      attributes: [{{ external_id: e.memberNo, loyalty_tier: e.to }}],
      events: [{{ external_id: e.memberNo, name: 'tier_changed', time: e.at, properties: {{ from: e.from, to: e.to }} }}],
    }}),
  }});
  if (!res.ok) throw new Error(`Braze ${{res.status}}: ${{await res.text()}}`);
}}
""", _key, "Braze docs: REST API key in the Authorization: Bearer header, /users/track")

_cs = hexs(64).upper()
add("blind-dg/python/salesforce-consumer-secret", "loyalty-crm/sync/sf_client.py", f"""
import requests

SF_LOGIN = "https://login.salesforce.com/services/oauth2/token"
SF_CONSUMER_KEY = "3MVG9{chars(80, ALNUM + '._')}"
SF_CONSUMER_SECRET = "{_cs}"
SF_USERNAME = "integration.loyalty@kxair.example"


def token(password_and_security_token: str) -> dict:
    \"\"\"OAuth username-password flow for the loyalty integration user.\"\"\"
    r = requests.post(SF_LOGIN, data={{
        "grant_type": "password",
        "client_id": SF_CONSUMER_KEY,
        "client_secret": SF_CONSUMER_SECRET,
        "username": SF_USERNAME,
        "password": password_and_security_token,
    }}, timeout=30)
    r.raise_for_status()
    return r.json()


def upsert_member(auth: dict, member: dict) -> None:
    url = f"{{auth['instance_url']}}/services/data/v60.0/sobjects/Loyalty_Member__c/Member_No__c/{{member['member_no']}}"
    r = requests.patch(url, json={{k: v for k, v in member.items() if k != 'member_no'}},
                       headers={{"Authorization": f"Bearer {{auth['access_token']}}"}}, timeout=30)
    r.raise_for_status()
""", _cs, "Salesforce docs: OAuth 2.0 username-password flow (client_id, client_secret)")

_key = hexs(32) + "-us14"
add("blind-dg/php/mailchimp", "loyalty-newsletter/src/Newsletter.php", f"""<?php

namespace KxAir\\Loyalty;

use MailchimpMarketing\\ApiClient;

final class Newsletter
{{
    private const API_KEY = '{_key}';
    private const SERVER = 'us14';
    private const LIST_ID = '{hexs(10)}';

    private ApiClient $client;

    public function __construct()
    {{
        $this->client = new ApiClient();
        $this->client->setConfig(['apiKey' => self::API_KEY, 'server' => self::SERVER]);
    }}

    public function subscribe(string $email, string $memberNo, string $tier): void
    {{
        $this->client->lists->setListMember(self::LIST_ID, md5(strtolower($email)), [
            'email_address' => $email,
            'status_if_new' => 'subscribed',
            'merge_fields' => ['MEMBERNO' => $memberNo, 'TIER' => $tier],
        ]);
    }}
}}
""", _key, "Mailchimp Marketing API docs: API key with the data-center suffix")

_key = sendgrid_key()
add("blind-dg/csharp/sendgrid", "loyalty-statements/src/Statements/StatementMailer.cs", f"""
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace KxAir.Loyalty.Statements
{{
    // Monthly miles statement e-mails.
    public class StatementMailer
    {{
        private const string ApiKey = "{_key}";
        private static readonly EmailAddress From = new EmailAddress("miles@kxair.example", "KX Miles");

        private readonly SendGridClient _client = new SendGridClient(ApiKey);

        public async Task SendAsync(string to, string memberName, int balance, int expiring)
        {{
            var msg = MailHelper.CreateSingleTemplateEmail(From, new EmailAddress(to, memberName),
                "d-{hexs(32)}",
                new {{ name = memberName, balance, expiring }});
            var response = await _client.SendEmailAsync(msg);
            if (!response.IsSuccessStatusCode)
                throw new System.Exception($"SendGrid returned {{response.StatusCode}}");
        }}
    }}
}}
""", _key, "SendGrid C# library README: SendGridClient(apiKey)")

_cs = mixed(16)
add("blind-dg/dotenv/amadeus", "loyalty-redemption/.env", f"""
# Award seat availability search (Amadeus Self-Service APIs)
AMADEUS_HOSTNAME=production
AMADEUS_CLIENT_ID={mixed(32)}
AMADEUS_CLIENT_SECRET={_cs}
AWARD_CABINS=ECONOMY,PREMIUM_ECONOMY,BUSINESS
AWARD_MAX_RESULTS=50
REDIS_URL=redis://localhost:6379/0
""", _cs, "Amadeus for Developers docs: authorization with client_id/client_secret (SDK env vars)")

_r = _rng()
_userid = "V1:" + "".join(_r.choice(string.ascii_lowercase + string.digits) for _ in range(8)) + ":DEVCENTER:EXT"
_sabre_pw = "".join(_r.choice(ALNUM) for _ in range(8))
_sabre = b64(b64(_userid) + ":" + b64(_sabre_pw))
add("blind-dg/bash/sabre", "loyalty-partners/scripts/sabre_token.sh", f"""
#!/usr/bin/env bash
# Gets a Sabre Dev Studio session token for the partner-award availability checks.
# Credentials = base64( base64(V1:user:group:domain) ":" base64(password) )
set -euo pipefail

SABRE_ENV="https://api.platform.sabre.com"
SABRE_CREDENTIALS="{_sabre}"

curl -s -X POST "$SABRE_ENV/v2/auth/token" \\
  -H "Authorization: Basic $SABRE_CREDENTIALS" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials" | jq -r '.access_token'
""", _sabre, "Sabre Dev Studio docs: get a token (client credentials, doubly base64-encoded)")

_cs = chars(64, URLSAFE)
add("blind-dg/dotenv/auth0", "loyalty-web/.env.local", f"""
# loyalty-web (Next.js + @auth0/nextjs-auth0) -- shared staging values
AUTH0_BASE_URL='https://miles-staging.kxair.example'
AUTH0_ISSUER_BASE_URL='https://kxair-miles.eu.auth0.com'
AUTH0_CLIENT_ID='{chars(32, ALNUM)}'
AUTH0_CLIENT_SECRET='{_cs}'
AUTH0_AUDIENCE='https://api.miles.kxair.example'
AUTH0_SCOPE='openid profile email read:balance'
""", _cs, "Auth0 docs: Next.js quickstart, .env.local AUTH0_CLIENT_SECRET")

_key = "base64:" + rand_bytes_b64(32)
add("blind-dg/dotenv/laravel-app-key", "partner-portal/.env", f"""
APP_NAME="KX Miles Partner Portal"
APP_ENV=production
APP_KEY={_key}
APP_DEBUG=false
APP_URL=https://partners.miles.kxair.example

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=partner-db.loyalty.internal
DB_PORT=3306
DB_DATABASE=partner_portal
DB_USERNAME=portal

SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
""", _key, "Laravel docs: configuration, APP_KEY encryption key")

_pw = human_pw()
add("blind-dg/rails-yaml/postgres", "miles-accrual/config/database.yml", f"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: miles_accrual_development

test:
  <<: *default
  database: miles_accrual_test

production:
  <<: *default
  host: accrual-db.loyalty.internal
  database: miles_accrual
  username: accrual
  password: "{_pw}"
""", _pw, "Rails guides: configuring a database (config/database.yml)")

_pw = rand_pw(16)
add("blind-dg/javascript/mongodb", "loyalty-profile/src/db.js", f"""
const {{ MongoClient }} = require('mongodb');

// member preferences (seat, meal, notification channels)
const uri = 'mongodb+srv://profile-svc:{_pw}@loyalty-prd.x7kq2.mongodb.net/profiles?retryWrites=true&w=majority';

let client;

async function db() {{
  if (!client) {{
    client = new MongoClient(uri, {{ maxPoolSize: 20 }});
    await client.connect();
  }}
  return client.db('profiles');
}}

module.exports = {{ db }};
""", _pw, "MongoDB Node.js driver docs: connection string (mongodb+srv://user:password@)")

_pw = rand_pw(18, "!")
add("blind-dg/dbt-yaml/snowflake", "loyalty-analytics/profiles.yml", f"""
loyalty_analytics:
  target: prod
  outputs:
    dev:
      type: snowflake
      account: kxair-loyalty.eu-west-1
      user: "{{{{ env_var('DBT_USER') }}}}"
      password: "{{{{ env_var('DBT_PASSWORD') }}}}"
      role: TRANSFORMER
      database: LOYALTY_DEV
      warehouse: TRANSFORMING
      schema: dbt_dev
      threads: 4
    prod:
      type: snowflake
      account: kxair-loyalty.eu-west-1
      user: DBT_PROD
      password: "{_pw}"
      role: TRANSFORMER
      database: LOYALTY
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
""", _pw, "dbt docs: Snowflake setup, profiles.yml user/password")

_pw = fakes.redis_password(_seed())
add("blind-dg/k8s-secret/redis", "deploy/k8s/loyalty/redis-auth.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: loyalty-redis-auth
  namespace: loyalty
type: Opaque
data:
  redis-password: {b64(_pw)}
  redis-host: {b64("loyalty-redis-master.loyalty.svc.cluster.local")}
""", _pw, "Kubernetes docs: Secrets (base64 data); Bitnami Redis chart existingSecret")

_pw = rand_pw(20)
add("blind-dg/helm-values/postgres", "deploy/helm/miles-ledger/values-prod.yaml", f"""
replicaCount: 3

image:
  repository: registry.kxair.example/loyalty/miles-ledger
  tag: "3.7.0"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: ledger.miles.internal
      paths: [{{path: /, pathType: Prefix}}]

postgresql:
  enabled: true
  auth:
    username: ledger
    password: {_pw}
    database: miles_ledger
  primary:
    persistence:
      size: 200Gi

resources:
  requests: {{cpu: 500m, memory: 1Gi}}
  limits: {{memory: 2Gi}}
""", _pw, "Bitnami PostgreSQL Helm chart README: auth.password")

_tok = "00" + chars(40, URLSAFE)
add("blind-dg/hcl/okta", "infra/terraform/loyalty-identity/provider.tf", f"""
terraform {{
  required_providers {{
    okta = {{
      source  = "okta/okta"
      version = "~> 4.8"
    }}
  }}
}}

provider "okta" {{
  org_name  = "kxair-miles"
  base_url  = "okta.com"
  api_token = "{_tok}"
}}

resource "okta_group" "tier_gold" {{
  name        = "miles-tier-gold"
  description = "KX Miles Gold members (synced from miles-ledger)"
}}
""", _tok, "Okta Terraform provider docs: api_token argument")

_sec = hexs(64)
add("blind-dg/go/hmac-secret", "partner-accrual/internal/webhook/verify.go", f"""
package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

// Shared secret agreed with the hotel/car-rental partners for accrual callbacks.
var partnerSigningSecret = []byte("{_sec}")

// Verify checks the X-KX-Signature header of a partner accrual callback.
func Verify(r *http.Request, body []byte) bool {{
	mac := hmac.New(sha256.New, partnerSigningSecret)
	mac.Write(body)
	expected := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(expected), []byte(r.Header.Get("X-KX-Signature")))
}}
""", _sec, "Go docs: crypto/hmac; webhook signature verification pattern")

_pw = human_pw()
_basic = b64("kx-miles:" + _pw)
add("blind-dg/nginx/basic-auth", "partner-gateway/nginx/conf.d/hotel-partner.conf", f"""
# Outbound proxy to the hotel partner's points-exchange API (they only support Basic auth)
upstream hotel_partner {{
    server api.hotel-partner.example:443;
    keepalive 16;
}}

server {{
    listen 8081;
    server_name partner-gw.loyalty.internal;

    location /hotel/ {{
        proxy_pass https://hotel_partner/points/v1/;
        proxy_ssl_server_name on;
        proxy_set_header Host api.hotel-partner.example;
        proxy_set_header Authorization "Basic {_basic}";
        proxy_set_header X-Request-Id $request_id;
        proxy_read_timeout 20s;
    }}
}}
""", _basic, "nginx docs: ngx_http_proxy_module proxy_set_header; RFC 7617 Basic")

_key = hexs(32) + "-" + uuid_s()
add("blind-dg/kotlin/infobip", "loyalty-otp/src/main/kotlin/com/kxair/otp/SmsSender.kt", f"""
package com.kxair.otp

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

// One-time passcodes for miles redemption (Infobip SMS)
object SmsSender {{
    private const val BASE_URL = "https://xk9d2p.api.infobip.com"
    private const val API_KEY = "{_key}"
    private val http = HttpClient.newHttpClient()

    fun sendOtp(msisdn: String, code: String): Int {{
        val body = \"\"\"{{"messages":[{{"destinations":[{{"to":"$msisdn"}}],"from":"KXMiles","text":"Your KX Miles code is $code"}}]}}\"\"\"
        val req = HttpRequest.newBuilder(URI.create("$BASE_URL/sms/2/text/advanced"))
            .header("Authorization", "App $API_KEY")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build()
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()
    }}
}}
""", _key, "Infobip API docs: API key authorization header (App <key>)")

_key = hexs(32)
add("blind-dg/yaml/datadog", "loyalty-api/deploy/datadog/datadog.yaml", f"""
## Datadog agent on the loyalty API hosts
api_key: {_key}
site: datadoghq.eu
hostname_fqdn: true
tags:
  - team:loyalty
  - env:prod
  - service:loyalty-api
logs_enabled: true
apm_config:
  enabled: true
  env: prod
process_config:
  process_collection:
    enabled: false
""", _key, "Datadog docs: agent configuration file datadog.yaml api_key")

_tok = fakes.fake("npm_", 36, _seed())
add("blind-dg/npmrc/npm", "loyalty-web/.npmrc", f"""
@kxair:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={_tok}
save-exact=true
engine-strict=true
fund=false
""", _tok, "npm docs: .npmrc auth-related configuration (_authToken)")

_tok = jwt({"sub": "svc-loyalty-qa", "aud": "https://api.miles.kxair.example", "iss": "https://kxair-miles.eu.auth0.com/",
            "scope": "read:balance write:accrual", "iat": 1715500000, "exp": 1747036000})
add("blind-dg/postman-json/jwt-bearer", "loyalty-api/postman/KX-Miles-prod.postman_environment.json", f"""
{{
  "id": "{uuid_s()}",
  "name": "KX Miles - prod",
  "values": [
    {{"key": "baseUrl", "value": "https://api.miles.kxair.example/v3", "type": "default", "enabled": true}},
    {{"key": "memberNo", "value": "KX004417726", "type": "default", "enabled": true}},
    {{"key": "accessToken", "value": "{_tok}", "type": "secret", "enabled": true}}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-10T08:41:12.511Z",
  "_postman_exported_using": "Postman/10.24.16"
}}
""", _tok, "Postman docs: exporting environments (values, type secret)")

_pw = rand_pw(40)
add("blind-dg/pip-conf/artifactory", "loyalty-api/deploy/pip.conf", f"""
[global]
index-url = https://loyalty-ci:{_pw}@kxair.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
trusted-host = kxair.jfrog.io
timeout = 60
disable-pip-version-check = true
""", _pw, "pip docs: configuration files, index-url with credentials; JFrog Artifactory PyPI repositories")

# --- loyalty decoys ---
add("blind-dg/javascript/decoy-publishable-key", "loyalty-web/src/lib/stripe.js", f"""
import {{ loadStripe }} from '@stripe/stripe-js';

// Publishable key: safe in the browser bundle (secret key stays on loyalty-api)
const STRIPE_PUBLISHABLE_KEY = 'pk_live_51{chars(8, ALNUM)}{fakes.drawn_mixed(_seed(), 89)}';

let stripePromise;
export function getStripe() {{
  if (!stripePromise) stripePromise = loadStripe(STRIPE_PUBLISHABLE_KEY);
  return stripePromise;
}}
""", None, "Stripe docs: API keys, publishable keys are meant for client-side code")

add("blind-dg/javascript/decoy-public-dsn", "loyalty-web/sentry.client.config.js", f"""
import * as Sentry from '@sentry/nextjs';

Sentry.init({{
  dsn: 'https://{hexs(32)}@o{random.Random(_seed()).randint(100000, 999999)}.ingest.sentry.io/{random.Random(_seed()).randint(1000000, 9999999)}',
  environment: process.env.NEXT_PUBLIC_ENV || 'production',
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0.0,
  replaysOnErrorSampleRate: 1.0,
}});
""", None, "Sentry docs: DSN explainer, the DSN is safe to keep public")

add("blind-dg/typescript/decoy-public-key", "loyalty-web/src/search/algolia.ts", f"""
import algoliasearch from 'algoliasearch/lite';

// Search-only key for the rewards catalogue (ACL: search). Admin key lives in the indexer's vault.
const APP_ID = '{chars(10, UPDIG)}';
const SEARCH_ONLY_KEY = '{hexs(32)}';

export const searchClient = algoliasearch(APP_ID, SEARCH_ONLY_KEY);
export const rewardsIndex = searchClient.initIndex('rewards_catalogue_prod');
""", None, "Algolia docs: API keys, the search-only API key is safe to use in front-end code")

_members = "\n".join(f"KX{random.Random(_seed()).randint(10**8, 10**9 - 1)},{t},{random.Random(_seed()).randint(0, 250000)},{uuid_s()}"
                     for t in ["BLUE", "SILVER", "GOLD", "BLUE", "PLATINUM", "SILVER", "BLUE"])
add("blind-dg/csv/decoy-identifiers-members", "miles-accrual/spec/fixtures/members.csv", f"""
member_no,tier,balance,profile_id
{_members}
""", None, "Loyalty test fixtures: member numbers and profile UUIDs")

add("blind-dg/properties/decoy-ciphertext", "loyalty-shop/src/main/resources/application-prod.properties", f"""
# Values wrapped in ENC() are decrypted by jasypt-spring-boot at start-up (key from JASYPT_ENCRYPTOR_PASSWORD)
spring.datasource.url=jdbc:postgresql://shop-db.loyalty.internal:5432/shop
spring.datasource.username=shop
spring.datasource.password=ENC({rand_bytes_b64(48)})
adyen.api-key=ENC({rand_bytes_b64(160)})
shop.currency=GBP
""", None, "jasypt-spring-boot README: encrypted properties ENC(...)")

add("blind-dg/yaml/decoy-ciphertext-cipher", "config-repo/miles-ledger-prod.yml", f"""
# Spring Cloud Config server repo -- {{cipher}} values are decrypted by the config server
spring:
  datasource:
    url: jdbc:postgresql://ledger-db.loyalty.internal:5432/miles_ledger
    username: ledger
    password: '{{cipher}}{hexs(96)}'
ledger:
  partner-signing-secret: '{{cipher}}{hexs(160)}'
  expiry-months: 36
""", None, "Spring Cloud Config docs: encryption and decryption ({cipher} prefix)")

add("blind-dg/dotenv/decoy-placeholder-loyalty", "loyalty-redemption/.env.sample", """
# Copy to .env -- ask #loyalty-platform for sandbox credentials
AMADEUS_HOSTNAME=test
AMADEUS_CLIENT_ID=REPLACE_ME
AMADEUS_CLIENT_SECRET=REPLACE_ME
AWARD_CABINS=ECONOMY,PREMIUM_ECONOMY,BUSINESS
AWARD_MAX_RESULTS=50
REDIS_URL=redis://localhost:6379/0
""", None, "Amadeus for Developers docs: SDK environment variables")

add("blind-dg/helm-values/decoy-secret-ref", "deploy/helm/miles-ledger/values-staging.yaml", """
replicaCount: 1

image:
  repository: registry.kxair.example/loyalty/miles-ledger
  tag: "3.7.0-rc2"

postgresql:
  enabled: true
  auth:
    username: ledger
    database: miles_ledger
    existingSecret: miles-ledger-db
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

extraEnvVarsSecret: miles-ledger-env
""", None, "Bitnami PostgreSQL Helm chart README: auth.existingSecret")

add("blind-dg/markdown/decoy-example-jwt", "loyalty-api/docs/auth.md", """
# Calling the KX Miles API

Every call needs a bearer token from the identity tenant:

```http
GET /v3/members/KX000000000/balance HTTP/1.1
Host: api.miles.kxair.example
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(The token above is the example from jwt.io; get a real one with the client-credentials grant.)

Scopes: `read:balance`, `write:accrual`, `write:redemption`.
""", None, "jwt.io introduction: the example HS256 token")

add("blind-dg/python/decoy-test-fixture-webhook", "loyalty-api/tests/test_stripe_webhook.py", """
import json
import time

import stripe

# Test-only signing secret: generated by the test itself, never configured anywhere.
TEST_WEBHOOK_SECRET = "whsec_test_dummy_value_for_unit_tests"


def _signed(payload: dict):
    body = json.dumps(payload)
    ts = int(time.time())
    sig = stripe.WebhookSignature._compute_signature(f"{ts}.{body}", TEST_WEBHOOK_SECRET)
    return body, f"t={ts},v1={sig}"


def test_checkout_completed_credits_miles(client):
    body, header = _signed({"type": "checkout.session.completed", "data": {"object": {"metadata": {"member_no": "KX1", "miles": 1000}}}})
    resp = client.post("/webhooks/stripe", data=body, headers={"Stripe-Signature": header})
    assert resp.status_code == 200
""", None, "Stripe docs: check webhook signatures (testing with a generated secret)")

_integ = "\n".join(f"""    "node_modules/{n}": {{
      "version": "{v}",
      "resolved": "https://registry.npmjs.org/{n}/-/{n.split('/')[-1]}-{v}.tgz",
      "integrity": "sha512-{rand_bytes_b64(64)}"
    }},""" for n, v in [("@stripe/stripe-js", "3.4.0"), ("algoliasearch", "4.23.3"), ("@sentry/nextjs", "7.114.0")])
add("blind-dg/json/decoy-hash", "loyalty-web/package-lock.json", f"""
{{
  "name": "loyalty-web",
  "version": "2.8.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {{
    "": {{
      "name": "loyalty-web",
      "version": "2.8.1"
    }},
{_integ}
    "node_modules/next": {{
      "version": "14.2.3",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.3.tgz",
      "integrity": "sha512-{rand_bytes_b64(64)}"
    }}
  }}
}}
""", None, "npm docs: package-lock.json, integrity (Subresource Integrity hashes)")

add("blind-dg/appsettings-json/decoy-secret-store", "loyalty-statements/src/Statements/appsettings.Production.json", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "SendGrid": {
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-loyalty-prd.vault.azure.net/secrets/sendgrid-api-key/)"
  },
  "ConnectionStrings": {
    "Ledger": "@Microsoft.KeyVault(VaultName=kv-loyalty-prd;SecretName=ledger-connection)"
  },
  "Statements": { "RunDay": 2, "BatchSize": 500 }
}
""", None, "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(...))")

add("blind-dg/yaml/decoy-policy", "loyalty-api/config/password_policy.yaml", """
# Member account password rules (shown on the sign-up page)
password:
  min_length: 12
  max_length: 128
  require_upper: true
  require_lower: true
  require_digit: true
  require_symbol: false
  reject_breached: true        # k-anonymity check against Pwned Passwords
  reject_member_number: true
  history: 5
token:
  access_ttl_seconds: 900
  refresh_ttl_days: 30
  secret_rotation_days: 90
pin:
  length: 4
""", None, "NIST SP 800-63B: memorized secret verifier requirements")

# ---------------------------------------------------------------------------------------------
# Airport systems: AODB, FIDS, baggage handling, network gear, handhelds, wayfinding
# ---------------------------------------------------------------------------------------------

_pw = season_pw()
add("blind-dg/shell/oracle", "aodb-interface/bin/reload_seasonal_schedule.sh", f"""
#!/bin/ksh
# Reloads the IATA SSIM seasonal schedule into the AODB staging tables.
# Run by the airport IT on-call after each SSIM drop (see runbook AODB-07).
SSIM_FILE=${{1:?usage: $0 <ssim file>}}
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export PATH=$ORACLE_HOME/bin:$PATH

sqlldr userid=aodb_load/{_pw}@AODBPRD control=/opt/aodb/ctl/ssim.ctl data="$SSIM_FILE" \\
  log=/var/log/aodb/ssim_$(date +%Y%m%d).log errors=500

sqlplus -s aodb_load/{_pw}@AODBPRD <<EOSQL
WHENEVER SQLERROR EXIT FAILURE
EXEC aodb_pkg.merge_seasonal_schedule;
COMMIT;
EXIT
EOSQL
""", _pw, "Oracle docs: SQL*Loader and SQL*Plus connect strings (user/password@service)")

_pw = rand_pw(16)
add("blind-dg/json/mqtt", "fids/player/config/player.json", f"""
{{
  "player": {{
    "id": "fids-t2-gate-b14",
    "layout": "gate",
    "gate": "B14",
    "terminal": "2",
    "locale": ["en-GB", "cy-GB"],
    "refreshSeconds": 20
  }},
  "broker": {{
    "url": "mqtts://mqtt-fids.airport.internal:8883",
    "clientId": "fids-t2-gate-b14",
    "username": "fids-display",
    "password": "{_pw}",
    "topics": ["fids/flights/T2/#", "fids/gates/B14", "fids/alerts/all"]
  }},
  "display": {{
    "brightness": 85,
    "rotate": 0,
    "screensaver": "23:30-04:30"
  }}
}}
""", _pw, "MQTT.js README: connect options username/password; FIDS player configuration")

_pw = human_pw()
add("blind-dg/python/opcua", "bhs-monitor/bhs_monitor/plc.py", f"""
\"\"\"Reads sorter and make-up carousel states from the baggage handling system PLC gateway.\"\"\"
import asyncio

from asyncua import Client

ENDPOINT = "opc.tcp://bhs-gw01.airport.internal:4840/bhs/"
USER = "bhs_monitor"
PASSWORD = "{_pw}"

NODES = {{
    "sorter_1_state": "ns=3;s=\\"Sorter1\\".\\"State\\"",
    "sorter_1_jams": "ns=3;s=\\"Sorter1\\".\\"JamCount\\"",
    "makeup_07_fill": "ns=3;s=\\"MU07\\".\\"FillPercent\\"",
}}


async def snapshot() -> dict:
    client = Client(url=ENDPOINT)
    client.set_user(USER)
    client.set_password(PASSWORD)
    await client.set_security_string("Basic256Sha256,SignAndEncrypt,certs/bhs-monitor.der,certs/bhs-monitor.pem")
    async with client:
        return {{name: await client.get_node(nid).read_value() for name, nid in NODES.items()}}


if __name__ == "__main__":
    print(asyncio.run(snapshot()))
""", _pw, "asyncua (opcua-asyncio) docs: Client.set_user / set_password")

_pw = human_pw()
add("blind-dg/cisco-ios/cisco-password", "network/configs/t2-gate-sw01.cfg", f"""
!
version 17.6
service timestamps log datetime msec localtime
service password-encryption
!
hostname T2-GATE-SW01
!
enable secret 9 $9${chars(14, ALNUM + "./")}${chars(43, ALNUM + "./")}
!
username netops privilege 15 password 0 {_pw}
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface GigabitEthernet1/0/1
 description CUPPS-B14-WS1
 switchport access vlan 210
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet1/0/2
 description FIDS-B14
 switchport access vlan 230
 switchport mode access
!
ip ssh version 2
!
line vty 0 15
 transport input ssh
!
end
""", _pw, "Cisco IOS XE docs: username password 0 (unencrypted), enable secret 9")

_pw = passphrase()
add("blind-dg/aruba-conf/wpa-psk", "network/configs/aruba-md-ramp.cfg", f"""
! ArubaOS 8 -- ramp handheld SSID (baggage reconciliation / turnaround scanners)
wlan ssid-profile "KX-RAMP-HH"
   essid "KX-RAMP-HH"
   opmode wpa2-psk-aes
   wpa-passphrase {_pw}
   hide-ssid
   max-clients 128
!
wlan virtual-ap "KX-RAMP-HH-vap"
   aaa-profile "default-psk"
   ssid-profile "KX-RAMP-HH"
   vlan 340
   band-steering
!
ap-group "APRON-WEST"
   virtual-ap "KX-RAMP-HH-vap"
!
""", _pw, "ArubaOS CLI reference: wlan ssid-profile wpa-passphrase")

_pw = season_pw()
add("blind-dg/wpa-supplicant/wpa-psk", "handhelds/provisioning/wpa_supplicant.conf", f"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

# Zebra TC-series turnaround handhelds -- ramp SSID
network={{
    ssid="KX-RAMP-HH"
    scan_ssid=1
    key_mgmt=WPA-PSK
    psk="{_pw}"
    priority=10
}}

# fallback: hangar SSID
network={{
    ssid="KX-HANGAR"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="hh-device"
    ca_cert="/etc/certs/kx-radius-ca.pem"
    phase2="auth=MSCHAPV2"
    priority=5
}}
""", _pw, "wpa_supplicant.conf(5): network blocks, psk")

_pw = type_pw()
add("blind-dg/powershell/windows-password", "cupps/scripts/Map-GateShares.ps1", f"""
# CUPPS workstation logon script -- maps the boarding/printer shares at the gate PCs
$ErrorActionPreference = 'Stop'
$gate = $env:COMPUTERNAME -replace '^CUPPS-', ''

net use B: \\\\cupps-fs01\\boarding /user:AIRPORT\\svc-cupps "{_pw}" /persistent:no
net use P: \\\\cupps-fs01\\bagtag-profiles /user:AIRPORT\\svc-cupps "{_pw}" /persistent:no

Copy-Item "P:\\profiles\\$gate\\*.ini" "C:\\CUPPS\\Printers\\" -Force
Write-Output "Gate $gate shares mapped"
""", _pw, "Microsoft docs: net use /user; CUPPS workstation logon scripts")

_pw = human_pw()
add("blind-dg/sql/sqlserver", "parking-gates/db/migrations/V12__reporting_login.sql", f"""
-- Reporting login for the car park revenue dashboards (read only)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'parking_reporting')
    CREATE LOGIN [parking_reporting] WITH PASSWORD = N'{_pw}', CHECK_POLICY = ON, DEFAULT_DATABASE = [ParkingGates];
GO
USE [ParkingGates];
GO
CREATE USER [parking_reporting] FOR LOGIN [parking_reporting];
ALTER ROLE [db_datareader] ADD MEMBER [parking_reporting];
GRANT EXECUTE ON SCHEMA::reporting TO [parking_reporting];
GO
""", _pw, "Microsoft docs: CREATE LOGIN (Transact-SQL) WITH PASSWORD")

_tok = mapbox_secret("kxair-airports")
add("blind-dg/python/mapbox", "wayfinding/tools/upload_tilesets.py", f"""
\"\"\"Uploads the terminal indoor maps (GeoJSON per level) as Mapbox tilesets.\"\"\"
import pathlib
import subprocess

MAPBOX_USER = "kxair-airports"
MAPBOX_TOKEN = "{_tok}"  # needs tilesets:write

LEVELS = ["T2-L0", "T2-L1", "T2-L2", "T3-L0", "T3-L1"]


def upload(level: str) -> None:
    src = pathlib.Path("build") / f"{{level}}.geojson"
    tileset = f"{{MAPBOX_USER}}.{{level.lower().replace('-', '_')}}"
    subprocess.run(["tilesets", "upload-source", "--replace", MAPBOX_USER, level.lower(), str(src),
                    "--token", MAPBOX_TOKEN], check=True)
    subprocess.run(["tilesets", "publish", tileset, "--token", MAPBOX_TOKEN], check=True)


if __name__ == "__main__":
    for lv in LEVELS:
        upload(lv)
""", _tok, "Mapbox docs: access tokens (sk. secret tokens), tilesets CLI --token")

_sec = rand_pw(24)
add("blind-dg/freeradius-conf/radius-secret", "network/radius/clients.conf", f"""
# FreeRADIUS clients -- wireless controllers and gate switches
client aruba-md-01 {{
    ipaddr = 10.60.1.11
    secret = {_sec}
    shortname = aruba-md-01
    nas_type = other
}}

client aruba-md-02 {{
    ipaddr = 10.60.1.12
    secret = {_sec}
    shortname = aruba-md-02
}}
""", _sec, "FreeRADIUS docs: clients.conf shared secret")

_tok = fakes.telegram_token(_seed())
add("blind-dg/python/telegram", "airport-ops-bot/bot.py", f"""
\"\"\"Telegram bot for the airport duty managers: stand allocation and BHS alarms on demand.\"\"\"
import logging

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from ops import bhs_alarms, stand_plan

TOKEN = "{_tok}"
logging.basicConfig(level=logging.INFO)


async def stands(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(stand_plan.summary(hours=3))


async def alarms(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text(bhs_alarms.open_alarms() or "No open BHS alarms")


if __name__ == "__main__":
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("stands", stands))
    app.add_handler(CommandHandler("alarms", alarms))
    app.run_polling()
""", _tok, "python-telegram-bot docs: ApplicationBuilder().token(...)")

_pw = human_pw()
add("blind-dg/xml/ws-security", "aodb-interface/soap/samples/UpdateFlightRequest.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:aodb="http://aodb.airport.example/flight/v3">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>KX_HANDLING</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">{_pw}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <aodb:UpdateFlight>
      <aodb:FlightId>KX0123-20240512-D</aodb:FlightId>
      <aodb:EstimatedOffBlock>2024-05-12T06:40:00Z</aodb:EstimatedOffBlock>
      <aodb:Stand>B14</aodb:Stand>
      <aodb:Gate>B14</aodb:Gate>
    </aodb:UpdateFlight>
  </soapenv:Body>
</soapenv:Envelope>
""", _pw, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText)")

_pw = rand_pw(18)
add("blind-dg/tomcat-xml/oracle", "aodb-interface/webapp/META-INF/context.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/aodb"
              auth="Container"
              type="javax.sql.DataSource"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@aodb-scan.airport.internal:1521/AODBPRD"
              username="AODB_IF"
              password="{_pw}"
              maxTotal="30"
              maxIdle="10"
              maxWaitMillis="10000"
              validationQuery="SELECT 1 FROM DUAL"/>
</Context>
""", _pw, "Apache Tomcat docs: JNDI Datasource HOW-TO (context.xml Resource)")

_pw = rand_pw(20)
_auth = b64("ci-airport:" + _pw)
add("blind-dg/docker-config-json/registry-auth", "airport-ci/.docker/config.json", f"""
{{
  "auths": {{
    "harbor.airport.internal": {{
      "auth": "{_auth}"
    }},
    "https://index.docker.io/v1/": {{}}
  }},
  "credsStore": "",
  "HttpHeaders": {{
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }}
}}
""", _pw, "Docker docs: docker login, config.json auths (base64 user:password)")

_pw = human_pw()
add("blind-dg/telegraf-toml/snmp", "network/telegraf/telegraf.d/snmp-gates.conf", f"""
[[inputs.snmp]]
  agents = ["udp://10.60.2.21:161", "udp://10.60.2.22:161", "udp://10.60.2.23:161"]
  timeout = "5s"
  retries = 2
  version = 3
  sec_name = "telegraf"
  auth_protocol = "SHA"
  auth_password = "{_pw}"
  sec_level = "authPriv"
  priv_protocol = "AES"
  priv_password = "{_pw}"

  [[inputs.snmp.field]]
    name = "sysName"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.table]]
    name = "interface"
    oid = "IF-MIB::ifTable"
""", _pw, "Telegraf docs: SNMP input plugin (SNMPv3 auth_password)")

_pw = rand_pw(22)
add("blind-dg/conf/zabbix-db", "monitoring/zabbix/zabbix_server.conf", f"""
# Zabbix server -- airport systems monitoring (BHS, FIDS, CUPPS, network)
ListenPort=10051
LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=50
PidFile=/run/zabbix/zabbix_server.pid

DBHost=zbx-db.airport.internal
DBName=zabbix
DBUser=zabbix
DBPassword={_pw}

StartPollers=20
StartPingers=5
StartVMwareCollectors=2
Timeout=10
AlertScriptsPath=/usr/lib/zabbix/alertscripts
""", _pw, "Zabbix docs: zabbix_server.conf DBPassword")

_pw = season_pw()
add("blind-dg/web-config/sqlserver", "stand-allocation/StandAllocation.Web/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="StandDb"
         connectionString="Data Source=rms-sql01\\RMS;Initial Catalog=StandAllocation;User ID=stand_web;Password={_pw};MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="AodbFeedUrl" value="https://aodb.airport.internal/feeds/flights" />
    <add key="PlanningHorizonHours" value="36" />
    <add key="BufferMinutes" value="15" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", _pw, "Microsoft docs: connection strings and configuration files (Web.config)")

# --- airport decoys ---
add("blind-dg/jinja-template/decoy-template", "network/ansible/roles/gate_switch/templates/base.cfg.j2", """
!
hostname {{ inventory_hostname | upper }}
!
enable secret 9 {{ vault_enable_secret_hash }}
!
username netops privilege 15 secret 9 {{ vault_netops_secret_hash }}
!
snmp-server community {{ vault_snmp_ro_community }} RO SNMP-ACL
snmp-server location {{ site_location }}
!
tacacs server ISE-01
 address ipv4 {{ tacacs_primary }}
 key 7 {{ vault_tacacs_key_type7 }}
!
""", None, "Ansible docs: template module (Jinja2) with vaulted variables")

add("blind-dg/javascript/decoy-hash", "fids/node-red/settings.js", f"""
module.exports = {{
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows_fids.json',
    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,

    adminAuth: {{
        type: "credentials",
        users: [{{
            username: "fids-admin",
            password: "{bcrypt_hash()}",
            permissions: "*"
        }}, {{
            username: "fids-viewer",
            password: "{bcrypt_hash()}",
            permissions: "read"
        }}]
    }},

    logging: {{ console: {{ level: "info", metrics: false, audit: false }} }},
    editorTheme: {{ projects: {{ enabled: false }} }}
}};
""", None, "Node-RED docs: securing Node-RED, adminAuth password is a bcrypt hash")

add("blind-dg/htpasswd/decoy-hash", "fids/nginx/.htpasswd", f"""
fids-admin:{bcrypt_hash().replace("$2b$", "$2y$")}
gate-supervisor:{bcrypt_hash().replace("$2b$", "$2y$")}
duty-manager:{bcrypt_hash().replace("$2b$", "$2y$")}
airline-rep:$apr1${chars(8, ALNUM)}${chars(22, ALNUM + "./")}
facilities:$apr1${chars(8, ALNUM)}${chars(22, ALNUM + "./")}
""", None, "Apache docs: htpasswd password formats (bcrypt $2y$, APR1-MD5)")

add("blind-dg/text/decoy-fixture-bcbp", "cupps/tests/fixtures/bcbp_samples.txt", """
# IATA BCBP (Resolution 792) samples for the boarding gate reader tests -- fictitious passengers
M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 326J001A0025 100
M1TESTPAX/ALICE MS    EKX7Q2Z LHRJFKKX 0123 133Y014C0042 14A>5180OO4133BKX              2A12345678901230 KX KX 123456789            *30600000K09
M1GROUNDTEST/BOB      EZZZZZZ MANLHRKX 0411 133M002A0007 100
M1TESTPAX/CHEN        EKX9R4W EDILHRKX 0291 134Y022F0118 100
""", None, "IATA Resolution 792: Bar Coded Boarding Pass implementation guide")

add("blind-dg/javascript/decoy-public-token", "wayfinding/web/src/map.js", f"""
import mapboxgl from 'mapbox-gl';

// Public (pk.) token, URL-restricted to wayfinding.airport.example -- fine in the bundle.
mapboxgl.accessToken = '{mapbox_public("kxair-airports")}';

export function createMap(container, level = 'T2-L1') {{
  return new mapboxgl.Map({{
    container,
    style: `mapbox://styles/kxair-airports/${{level.toLowerCase()}}`,
    center: [-0.4543, 51.4700],
    zoom: 17,
    maxBounds: [[-0.50, 51.45], [-0.40, 51.49]],
  }});
}}
""", None, "Mapbox docs: public tokens (pk.) are meant for client-side use with URL restrictions")

add("blind-dg/ssh-authorized-keys/decoy-public-key", "network/ansible/roles/bastion/files/authorized_keys", f"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")} netops-alice@kxair
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")} netops-raj@kxair
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ{chars(300, ALNUM + "+/")}= oncall-laptop
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{chars(87, ALNUM + "+/")}= ansible@awx
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, ALNUM + "+/")} zabbix@zbx01
""", None, "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)")

add("blind-dg/pem/decoy-certificate-chain", "fids/nginx/certs/fids.airport.example.chain.pem",
    public_pem() + "\n" + public_pem() + "\n", None, "RFC 7468: textual encoding of certificates (PEM chain)")

add("blind-dg/redis-conf/decoy-commented-example", "bhs-monitor/deploy/redis.conf", """
bind 127.0.0.1 -::1
protected-mode yes
port 6379
timeout 0
tcp-keepalive 300
daemonize no
supervised systemd
loglevel notice
databases 4

# Require clients to issue AUTH <PASSWORD> before processing any other
# commands. (Example from the stock redis.conf; the real value is in ACL file.)
#
# requirepass foobared
aclfile /etc/redis/users.acl

maxmemory 256mb
maxmemory-policy allkeys-lru
appendonly yes
""", None, "Redis docs: redis.conf self-documented example (# requirepass foobared)")

add("blind-dg/docker-compose/decoy-env-ref-fids", "fids/docker-compose.yml", """
services:
  node-red:
    image: nodered/node-red:3.1
    environment:
      NODE_RED_CREDENTIAL_SECRET: ${NODE_RED_CREDENTIAL_SECRET}
      TZ: Europe/London
    volumes:
      - ./node-red:/data
  mqtt:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto:/mosquitto/config:ro
  fids-api:
    image: registry.kxair.example/airport/fids-api:5.2.0
    environment:
      AODB_USER: ${AODB_USER:-fids}
      AODB_PASSWORD: ${AODB_PASSWORD:?AODB_PASSWORD not set}
      MQTT_PASSWORD_FILE: /run/secrets/mqtt_password
    secrets:
      - mqtt_password
secrets:
  mqtt_password:
    file: ./secrets/mqtt_password.txt
""", None, "Docker docs: Compose secrets and variable interpolation")

add("blind-dg/aruba-conf/decoy-masked", "network/show-run/aruba-md-01-2024-05-10.txt", """
(aruba-md-01) #show running-config | begin ssid-profile
wlan ssid-profile "KX-RAMP-HH"
   essid "KX-RAMP-HH"
   opmode wpa2-psk-aes
   wpa-passphrase ********
   hide-ssid
!
wlan ssid-profile "KX-CREW"
   essid "KX-CREW"
   opmode wpa2-aes
!
radius-server "NPS-01"
   host "10.60.1.5"
   key ********
!
""", None, "ArubaOS CLI reference: show running-config masks passphrases and keys")

add("blind-dg/freeradius-conf/decoy-placeholder", "network/radius/clients.conf.example", """
# Template: one block per NAS. Generate the secret with `openssl rand -base64 24`
# and store it in the vault under network/radius/<nas>.
client <nas-name> {
    ipaddr = <nas-ip>
    secret = <shared-secret-from-vault>
    shortname = <nas-name>
    nas_type = other
}
""", None, "FreeRADIUS docs: clients.conf")

add("blind-dg/sql/decoy-hash", "aodb-interface/db/migrations/V31__roles.sql", f"""
-- Roles for the AODB reporting replica (PostgreSQL). Passwords are stored as SCRAM verifiers,
-- generated offline; the clear passwords are in the vault.
CREATE ROLE aodb_reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:{rand_bytes_b64(16)}${rand_bytes_b64(32)}:{rand_bytes_b64(32)}';
CREATE ROLE fids_reader LOGIN PASSWORD 'SCRAM-SHA-256$4096:{rand_bytes_b64(16)}${rand_bytes_b64(32)}:{rand_bytes_b64(32)}';
GRANT CONNECT ON DATABASE aodb TO aodb_reporting, fids_reader;
GRANT USAGE ON SCHEMA flights TO aodb_reporting, fids_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA flights TO aodb_reporting, fids_reader;
""", None, "PostgreSQL docs: password authentication, SCRAM-SHA-256 verifiers in CREATE ROLE")

# ---------------------------------------------------------------------------------------------
# Maintenance tracking: AMOS, TRAX, Skywise, AHM feeds, reliability, defect sync
# ---------------------------------------------------------------------------------------------

_pw = human_pw()
add("blind-dg/properties/oracle", "amos-interface/conf/amos-interface.properties", f"""
# AMOS interface: work packages and component changes to/from the ERP
amos.db.url=jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=amos-db.mro.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=AMOSPRD)))
amos.db.user=AMOS_IF
amos.db.password={_pw}
amos.db.pool.max=8

erp.endpoint=https://erp.corp.local/sap/opu/odata/sap/ZMRO_COMPONENTS_SRV
erp.user=${{ERP_USER}}
erp.password=${{ERP_PASSWORD}}

interface.poll.seconds=120
interface.workpackage.statuses=RELEASED,CLOSED
interface.component.change.types=INSTALL,REMOVE
""", _pw, "Java .properties format; Oracle JDBC thin driver connect descriptor")

_pw = rand_pw(16)
add("blind-dg/hibernate-xml/oracle", "trax-sync/src/main/resources/hibernate.cfg.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
        <property name="hibernate.connection.url">jdbc:oracle:thin:@trax-db.mro.internal:1521/TRAXPRD</property>
        <property name="hibernate.connection.username">TRAX_SYNC</property>
        <property name="hibernate.connection.password">{_pw}</property>
        <property name="hibernate.dialect">org.hibernate.dialect.Oracle12cDialect</property>
        <property name="hibernate.show_sql">false</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
        <mapping class="com.kxair.trax.model.TaskCard"/>
        <mapping class="com.kxair.trax.model.Defect"/>
        <mapping class="com.kxair.trax.model.PartRemoval"/>
    </session-factory>
</hibernate-configuration>
""", _pw, "Hibernate ORM docs: hibernate.cfg.xml connection properties")

_tok = jwt({"sub": uuid_s(), "jti": uuid_s(), "org": "kxair", "exp": 1767225600}, "ES256")
add("blind-dg/python/foundry-token", "reliability/skywise/export_fault_messages.py", f"""
\"\"\"Exports post-flight report fault messages from Skywise (Foundry) for the reliability review.\"\"\"
import pandas as pd
import requests

FOUNDRY_URL = "https://kxair.skywise.com"
TOKEN = "{_tok}"
DATASET_RID = "ri.foundry.main.dataset.{uuid_s()}"


def read_dataset(branch: str = "master") -> pd.DataFrame:
    r = requests.get(
        f"{{FOUNDRY_URL}}/api/v1/datasets/{{DATASET_RID}}/readTable",
        params={{"format": "CSV", "branchId": branch}},
        headers={{"Authorization": f"Bearer {{TOKEN}}"}},
        timeout=120,
    )
    r.raise_for_status()
    from io import StringIO
    return pd.read_csv(StringIO(r.text))


if __name__ == "__main__":
    df = read_dataset()
    top = df.groupby(["ata_chapter", "fault_code"]).size().sort_values(ascending=False).head(25)
    top.to_csv("top_fault_messages.csv")
""", _tok, "Palantir Foundry API docs: bearer token authentication")

_pw = type_pw()
add("blind-dg/shell/sftp", "ahm-feed/bin/pull_ahm_reports.sh", f"""
#!/bin/bash
# Pulls airplane health management (AHM) reports from the OEM SFTP drop every 30 minutes.
set -euo pipefail

DEST=/data/ahm/incoming
mkdir -p "$DEST"

lftp -u kxair_ahm,'{_pw}' sftp://ahm-feed.oem-partner.example <<EOF_LFTP
set sftp:auto-confirm yes
set net:max-retries 3
cd /outbound/kxair
mirror --only-newer --Remove-source-files --include-glob '*.xml' . $DEST
bye
EOF_LFTP

find "$DEST" -name '*.xml' -newer /data/ahm/.last_run -exec /opt/ahm/bin/ingest {{}} \\;
touch /data/ahm/.last_run
""", _pw, "lftp(1) man page: -u user,password; mirror")

_key = rand_bytes_b64(32)
add("blind-dg/json/azure-service-bus", "defect-events/local.settings.json", f"""
{{
  "IsEncrypted": false,
  "Values": {{
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "DefectBus": "Endpoint=sb://kx-mro-events.servicebus.windows.net/;SharedAccessKeyName=defect-listener;SharedAccessKey={_key}",
    "DefectTopic": "tech-log-defects",
    "AmosApiBase": "https://amos-api.mro.internal/v1"
  }}
}}
""", _key, "Azure Functions docs: local.settings.json; Service Bus connection string SharedAccessKey")

_tok = atlassian_token()
add("blind-dg/python/atlassian", "defect-sync/jira_sync.py", f"""
\"\"\"Opens a Jira ticket for every repeat defect (same ATA chapter, same tail, 3+ in 10 days).\"\"\"
from jira import JIRA

JIRA_URL = "https://kxair-engineering.atlassian.net"
JIRA_USER = "reliability-bot@kxair.example"
JIRA_TOKEN = "{_tok}"

jira = JIRA(server=JIRA_URL, basic_auth=(JIRA_USER, JIRA_TOKEN))


def open_repeat_defect(tail: str, ata: str, defects: list) -> str:
    summary = f"Repeat defect {{tail}} ATA {{ata}} ({{len(defects)}} in 10 days)"
    description = "\\n".join(f"* {{d['date']}} {{d['tlp']}}: {{d['text']}}" for d in defects)
    issue = jira.create_issue(project="REL", summary=summary, description=description,
                              issuetype={{"name": "Task"}}, labels=["repeat-defect", f"ata-{{ata}}"])
    return issue.key
""", _tok, "Atlassian docs: manage API tokens (basic auth with e-mail and token)")

_tok = github_token()
add("blind-dg/shell/github", "mro-tools/scripts/mirror_task_card_repo.sh", f"""
#!/usr/bin/env bash
# Mirrors the task-card templates repo to the hangar's offline git server (no internet on the floor).
set -e
GH_TOKEN={_tok}
SRC="https://x-access-token:${{GH_TOKEN}}@github.com/kxair-engineering/task-card-templates.git"
DST="ssh://git@hangar-git.mro.internal/eng/task-card-templates.git"

workdir=$(mktemp -d)
git clone --mirror "$SRC" "$workdir/repo.git"
cd "$workdir/repo.git"
git push --mirror "$DST"
rm -rf "$workdir"
""", _tok, "GitHub docs: personal access tokens for HTTPS git operations")

_tok = "dckr_pat_" + chars(27, URLSAFE)
add("blind-dg/github-actions/docker-hub", "amos-interface/.github/workflows/image.yml", f"""
name: image

on:
  push:
    tags: ["v*"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Log in to Docker Hub
        run: echo "{_tok}" | docker login -u kxairmro --password-stdin
      - name: Build and push
        run: |
          docker build -t kxairmro/amos-interface:${{{{ github.ref_name }}}} .
          docker push kxairmro/amos-interface:${{{{ github.ref_name }}}}
""", _tok, "Docker docs: personal access tokens (dckr_pat_), docker login --password-stdin")

_kid, _sk = aws_pair()
add("blind-dg/k8s-secret/aws", "deploy/k8s/mro/ahm-s3-credentials.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: ahm-s3-credentials
  namespace: mro
type: Opaque
stringData:
  AWS_ACCESS_KEY_ID: {_kid}
  AWS_SECRET_ACCESS_KEY: {_sk}
  AWS_DEFAULT_REGION: eu-west-1
  AHM_BUCKET: kx-mro-ahm-raw
""", _sk, "Kubernetes docs: Secret stringData")

_tok = "sntryu_" + hexs(64)
add("blind-dg/ini/sentry", "mechanic-app/.sentryclirc", f"""
[defaults]
url = https://sentry.io/
org = kxair
project = mechanic-app

[auth]
token = {_tok}

[log]
level = warn
""", _tok, "Sentry CLI docs: configuration file .sentryclirc [auth] token")

_key = hexs(36) + "NRAL"
add("blind-dg/yaml/newrelic", "trax-sync/newrelic/newrelic.yml", f"""
common: &default_settings
  license_key: '{_key}'
  app_name: trax-sync
  distributed_tracing:
    enabled: true
  log_file_name: newrelic_agent.log
  log_level: info

development:
  <<: *default_settings
  app_name: trax-sync (dev)

production:
  <<: *default_settings
""", _key, "New Relic Java agent docs: newrelic.yml license_key")

_tok = grafana_sa()
add("blind-dg/shell/grafana", "reliability/dashboards/export.sh", f"""
#!/bin/sh
# Exports the reliability dashboards (dispatch reliability, PIREPs per 1000 FH, MEL usage) to git.
GRAFANA=https://grafana.mro.internal
TOKEN="{_tok}"

for uid in disp-rel pirep-rate mel-usage ata-top10; do
  curl -s -H "Authorization: Bearer $TOKEN" "$GRAFANA/api/dashboards/uid/$uid" \\
    | jq '.dashboard | del(.id, .version)' > "dashboards/$uid.json"
done
git add dashboards && git commit -m "dashboards: export $(date +%F)" || true
""", _tok, "Grafana docs: service account tokens (glsa_), HTTP API Authorization: Bearer")

_pw = human_pw()
add("blind-dg/odbc-ini/sqlserver", "reliability/etc/odbc.ini", f"""
[ODBC Data Sources]
RELIABILITY = ODBC Driver 18 for SQL Server

[RELIABILITY]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:rel-sql01.mro.internal,1433
Database = Reliability
UID = rel_reader
PWD = {_pw}
Encrypt = yes
TrustServerCertificate = no
ApplicationIntent = ReadOnly
""", _pw, "Microsoft docs: ODBC driver on Linux, DSN keywords (UID/PWD)")

_key = pem("PGP", 14).replace("-----BEGIN PGP PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n").replace(
    "-----END PGP PRIVATE KEY-----", "=" + chars(4, ALNUM) + "\n-----END PGP PRIVATE KEY BLOCK-----")
add("blind-dg/pgp/pgp-private-key", "mro-exchange/keys/kxair-mro-exchange.sec.asc", _key + "\n", _key,
    "RFC 4880: OpenPGP ASCII armor (PGP PRIVATE KEY BLOCK)")

_pw = season_pw()
add("blind-dg/sql/oracle", "amos-interface/db/setup/01_create_users.sql", f"""
-- AMOS interface schema owners (run as SYSDBA on AMOSPRD during the cut-over)
CREATE USER amos_if IDENTIFIED BY "{_pw}"
  DEFAULT TABLESPACE amos_if_data
  TEMPORARY TABLESPACE temp
  QUOTA 2G ON amos_if_data;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE TO amos_if;
GRANT SELECT ON amos.workorder TO amos_if;
GRANT SELECT ON amos.component_history TO amos_if;

CREATE PROFILE amos_if_profile LIMIT PASSWORD_LIFE_TIME UNLIMITED FAILED_LOGIN_ATTEMPTS 10;
ALTER USER amos_if PROFILE amos_if_profile;
""", _pw, "Oracle docs: CREATE USER ... IDENTIFIED BY")

_pw = human_pw()
add("blind-dg/ansible-ini/winrm", "infra/ansible/inventory/mro_windows.ini", f"""
[hangar_kiosks]
hgr-kiosk-01.mro.internal
hgr-kiosk-02.mro.internal
hgr-kiosk-03.mro.internal

[trax_app]
trax-app01.mro.internal
trax-app02.mro.internal

[mro_windows:children]
hangar_kiosks
trax_app

[mro_windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=MRO\\svc_ansible
ansible_password={_pw}
""", _pw, "Ansible docs: Windows remote management, inventory variables ansible_password")

_tok = fakes.pypi_token(_seed())
add("blind-dg/pypirc/pypi", "mro-tools/.pypirc", f"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {_tok}

[internal]
repository = https://nexus.mro.internal/repository/pypi-internal/
username = deployer
""", _tok, "PyPI docs: using API tokens in .pypirc (username __token__)")

_pw = passphrase()
add("blind-dg/python/smtp", "reliability/reports/send_weekly.py", f"""
\"\"\"Mails the weekly reliability pack (technical dispatch reliability, repeat defects, deferrals).\"\"\"
import smtplib
from email.message import EmailMessage
from pathlib import Path

SMTP_HOST = "smtp.office365.com"
SMTP_PORT = 587
SMTP_USER = "reliability-reports@kxair.example"
SMTP_PASS = "{_pw}"
RECIPIENTS = ["tech-services@kxair.example", "camo@kxair.example", "fleet-managers@kxair.example"]


def send(pdf: Path, week: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Reliability pack week {{week}}"
    msg["From"] = SMTP_USER
    msg["To"] = ", ".join(RECIPIENTS)
    msg.set_content(f"Attached: reliability pack for week {{week}}.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", _pw, "Python docs: smtplib SMTP.login")

_pw = rand_pw(18, "#")
add("blind-dg/azure-pipelines/sqlserver", "reliability/azure-pipelines.yml", f"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

steps:
  - script: |
      sudo ACCEPT_EULA=Y apt-get install -y mssql-tools18
    displayName: Install sqlcmd

  - script: |
      /opt/mssql-tools18/bin/sqlcmd -S rel-sql01.mro.internal -d Reliability -U rel_deploy -P '{_pw}' -i sql/views.sql -b
    displayName: Deploy reliability views

  - task: PublishBuildArtifacts@1
    inputs:
      PathtoPublish: sql
      ArtifactName: reliability-sql
""", _pw, "Azure Pipelines YAML schema; sqlcmd utility -U/-P options")

_key = chars(40, ALNUM)
add("blind-dg/swift/internal-api-key", "mechanic-app/MechanicApp/Networking/TaskCardAPI.swift", f"""
import Foundation

/// Client for the task card API used by mechanics on the hangar iPads.
struct TaskCardAPI {{
    static let baseURL = URL(string: "https://taskcards.mro.kxair.example/api/v2")!
    private static let apiKey = "{_key}"

    func openTaskCards(tail: String) async throws -> [TaskCard] {{
        var request = URLRequest(url: Self.baseURL.appendingPathComponent("aircraft/\\(tail)/taskcards"))
        request.setValue(Self.apiKey, forHTTPHeaderField: "X-Api-Key")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {{ throw URLError(.badServerResponse) }}
        return try JSONDecoder().decode([TaskCard].self, from: data)
    }}
}}
""", _key, "Apple docs: URLRequest setValue(_:forHTTPHeaderField:)")

_pw = rand_pw(14)
add("blind-dg/netrc/ftp", "amos-interface/deploy/netrc", f"""
# ~amosif/.netrc on amos-if01 (chmod 600) -- used by the nightly component list transfer
machine ftp.engine-shop.example
login kxair_cfm
password {_pw}

machine docs.mro.internal
login amos_if
password {_pw}
""", _pw, "GNU inetutils docs: the .netrc file (machine, login, password)")

_tok = chars(48, URLSAFE)
add("blind-dg/apache-conf/bearer-token", "tech-docs/apache/tech-docs-proxy.conf", f"""
# Technical documentation portal: proxies the OEM manuals API (AMM/IPC revisions) for the hangar
<VirtualHost *:443>
    ServerName techdocs.mro.internal
    SSLEngine on
    SSLCertificateFile /etc/pki/tls/certs/techdocs.crt
    SSLCertificateKeyFile /etc/pki/tls/private/techdocs.key

    SSLProxyEngine on
    ProxyPreserveHost Off
    <Location /oem/>
        RequestHeader set Authorization "Bearer {_tok}"
        ProxyPass https://manuals-api.oem-partner.example/v3/
        ProxyPassReverse https://manuals-api.oem-partner.example/v3/
    </Location>

    ErrorLog logs/techdocs_error.log
    CustomLog logs/techdocs_access.log combined
</VirtualHost>
""", _tok, "Apache httpd docs: mod_headers RequestHeader, mod_proxy ProxyPass")

_pw = human_pw()
add("blind-dg/vscode-json/sqltools", "reliability/.vscode/settings.json", f"""
{{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {{
      "name": "Reliability (prod, read only)",
      "driver": "MSSQL",
      "server": "rel-sql01.mro.internal",
      "port": 1433,
      "database": "Reliability",
      "username": "rel_reader",
      "password": "{_pw}",
      "mssqlOptions": {{ "encrypt": true }}
    }}
  ],
  "files.exclude": {{ "**/__pycache__": true }}
}}
""", _pw, "SQLTools docs: connection settings in settings.json (sqltools.connections)")

# --- maintenance decoys ---
add("blind-dg/properties/decoy-env-ref", "amos-interface/conf/amos-interface-uat.properties", """
# UAT: every credential comes from the environment of the service account
amos.db.url=jdbc:oracle:thin:@//amos-db-uat.mro.internal:1521/AMOSUAT
amos.db.user=${AMOS_DB_USER}
amos.db.password=${AMOS_DB_PASSWORD}
amos.db.pool.max=4
erp.endpoint=https://erp-qa.corp.local/sap/opu/odata/sap/ZMRO_COMPONENTS_SRV
erp.user=${ERP_USER}
erp.password=${ERP_PASSWORD}
interface.poll.seconds=300
""", None, "Java .properties with ${VAR} placeholders resolved at start-up")

_pub = public_pem("PGP PUBLIC KEY BLOCK", 12).replace("\nMIID", "\n\nmQIN")
add("blind-dg/pgp/decoy-public-key", "mro-exchange/keys/engine-shop.pub.asc", _pub + "\n", None,
    "RFC 4880: OpenPGP ASCII armor (PGP PUBLIC KEY BLOCK)")

add("blind-dg/requirements/decoy-hash", "reliability/requirements.txt", f"""
# pip-compile --generate-hashes requirements.in
pandas==2.2.2 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
requests==2.31.0 \\
    --hash=sha256:{hexs(64)} \\
    --hash=sha256:{hexs(64)}
jira==3.8.0 \\
    --hash=sha256:{hexs(64)}
pyodbc==5.1.0 \\
    --hash=sha256:{hexs(64)}
""", None, "pip docs: hash-checking mode (--hash=sha256:...)")

add("blind-dg/markdown/decoy-placeholder", "reliability/skywise/README.md", """
# Skywise exports

Scripts that pull post-flight reports and fault messages from Skywise (Foundry).

## Setup

```bash
export FOUNDRY_URL=https://kxair.skywise.com
export FOUNDRY_TOKEN=<YOUR_FOUNDRY_TOKEN>   # Account > Settings > Tokens, 30-day expiry
python export_fault_messages.py
```

Tokens are personal: never paste one into the scripts or notebooks. The scheduled job uses
the `svc-reliability` token from the vault (`kv/mro/skywise`).
""", None, "Palantir Foundry docs: user-generated tokens")

_rows = "\n".join(f"{tail},{ata},{pn},{sn},{uuid_s()}" for tail, ata, pn, sn in [
    ("G-KXAB", "32-41", "C20195000", "SN" + hexs(6).upper()), ("G-KXAB", "36-11", "3291238-5", "SN" + hexs(6).upper()),
    ("G-KXAC", "21-51", "2124-5S", "SN" + hexs(6).upper()), ("G-KXBA", "49-10", "3800708-1", "SN" + hexs(6).upper()),
    ("G-KXBB", "29-11", "D23190000-7", "SN" + hexs(6).upper()), ("G-KXCA", "34-11", "0851HT-3", "SN" + hexs(6).upper())])
add("blind-dg/csv/decoy-identifiers-parts", "amos-interface/tests/data/component_changes.csv", f"""
tail,ata,part_number,serial_number,change_id
{_rows}
""", None, "ATA iSpec 2200 chapter numbering; component change test data")

add("blind-dg/hcl/decoy-template", "infra/vault-agent/trax-sync.hcl", """
vault {
  address = "https://vault.mro.internal:8200"
}

auto_auth {
  method "approle" {
    config = {
      role_id_file_path   = "/etc/vault-agent/role_id"
      secret_id_file_path = "/etc/vault-agent/secret_id"
    }
  }
}

template {
  destination = "/opt/trax-sync/conf/db.properties"
  contents    = <<EOT
{{ with secret "kv/data/mro/trax-sync" }}
hibernate.connection.username={{ .Data.data.username }}
hibernate.connection.password={{ .Data.data.password }}
{{ end }}
EOT
}
""", None, "Vault Agent docs: templates with the secret function; AppRole auto-auth")

add("blind-dg/json/decoy-secret-store", "ahm-feed/deploy/ecs-task-definition.json", """
{
  "family": "ahm-ingest",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ahm-ingest-execution",
  "containerDefinitions": [
    {
      "name": "ahm-ingest",
      "image": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/ahm-ingest:2.4.1",
      "environment": [
        {"name": "AHM_BUCKET", "value": "kx-mro-ahm-raw"},
        {"name": "SFTP_HOST", "value": "ahm-feed.oem-partner.example"}
      ],
      "secrets": [
        {"name": "SFTP_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:mro/ahm/sftp-password-Xk2P9q"},
        {"name": "FOUNDRY_TOKEN", "valueFrom": "arn:aws:ssm:eu-west-1:123456789012:parameter/mro/skywise/token"}
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {"awslogs-group": "/ecs/ahm-ingest", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "ecs"}
      }
    }
  ]
}
""", None, "Amazon ECS docs: passing sensitive data to a container (secrets valueFrom)")

_log = "\n".join(f"- {msg} ({hexs(7)})" for msg in [
    "Handle ATA 2-digit chapters in repeat-defect rule", "Retry AMOS API on 503", "Bump jira to 3.8.0",
    "Skip deferred items with MEL category D", "Add G-KXCA to fleet list"])
add("blind-dg/markdown/decoy-commit-sha", "defect-sync/CHANGELOG.md", f"""
# Changelog

## 1.9.0 - 2024-05-06
{_log}

## 1.8.2 - 2024-04-11
- Fix timezone of tech log dates ({hexs(40)})
- Full diff: https://github.com/kxair-engineering/defect-sync/compare/{hexs(40)}...{hexs(40)}
""", None, "Keep a Changelog 1.1.0; git commit SHA-1 identifiers")

add("blind-dg/k8s/decoy-digest", "deploy/k8s/mro/trax-sync-deployment.yaml", f"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: trax-sync
  namespace: mro
spec:
  replicas: 1
  selector:
    matchLabels: {{app: trax-sync}}
  template:
    metadata:
      labels: {{app: trax-sync}}
    spec:
      initContainers:
        - name: wait-db
          image: busybox@sha256:{hexs(64)}
          command: ["sh", "-c", "until nc -z trax-db.mro.internal 1521; do sleep 5; done"]
      containers:
        - name: trax-sync
          image: registry.kxair.example/mro/trax-sync@sha256:{hexs(64)}
          envFrom:
            - secretRef:
                name: trax-sync-db
""", None, "Kubernetes docs: images pinned by digest (image@sha256:...)")

add("blind-dg/jenkinsfile/decoy-credentials-binding", "trax-sync/Jenkinsfile", """
pipeline {
    agent { label 'docker' }
    environment {
        TRAX_DB = credentials('trax-sync-db')          // sets TRAX_DB_USR and TRAX_DB_PSW
        NEXUS_TOKEN = credentials('nexus-deploy-token')
    }
    stages {
        stage('Build') {
            steps { sh './gradlew build' }
        }
        stage('Integration test') {
            steps {
                sh './gradlew integrationTest -Ptrax.user=$TRAX_DB_USR -Ptrax.password=$TRAX_DB_PSW'
            }
        }
        stage('Publish') {
            when { tag 'v*' }
            steps {
                withCredentials([string(credentialsId: 'sentry-auth-token', variable: 'SENTRY_AUTH_TOKEN')]) {
                    sh './gradlew publish sentryUpload'
                }
            }
        }
    }
}
""", None, "Jenkins docs: credentials() helper and withCredentials binding")

_msg = "\n".join(chars(64, ALNUM + "+/") for _ in range(8))
add("blind-dg/pgp/decoy-ciphertext", "mro-exchange/outbound/kx-component-list-2405.csv.asc", f"""
-----BEGIN PGP MESSAGE-----

hQIMA{_msg[5:]}
={chars(4, ALNUM)}
-----END PGP MESSAGE-----
""", None, "RFC 4880: OpenPGP ASCII armor (PGP MESSAGE, encrypted to the engine shop's key)")

add("blind-dg/hcl/decoy-generated", "infra/terraform/mro/rds.tf", """
variable "reliability_db_admin" {
  type      = string
  default   = "reladmin"
}

resource "random_password" "reliability_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "reliability_db" {
  name = "mro/reliability/db-admin"
}

resource "aws_secretsmanager_secret_version" "reliability_db" {
  secret_id     = aws_secretsmanager_secret.reliability_db.id
  secret_string = random_password.reliability_db.result
}

resource "aws_db_instance" "reliability" {
  identifier     = "mro-reliability"
  engine         = "sqlserver-se"
  instance_class = "db.m6i.xlarge"
  username       = var.reliability_db_admin
  password       = random_password.reliability_db.result
  license_model  = "license-included"
}
""", None, "Terraform random provider docs: random_password")

add("blind-dg/ansible-ini/decoy-lookup", "infra/ansible/inventory/mro_windows_uat.ini", """
[hangar_kiosks]
hgr-kiosk-uat-01.mro.internal

[mro_windows:children]
hangar_kiosks

[mro_windows:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=MRO\\svc_ansible
ansible_password="{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mro/ansible:password') }}"
""", None, "community.hashi_vault collection docs: hashi_vault lookup")

add("blind-dg/netrc/decoy-placeholder", "amos-interface/deploy/netrc.example", """
# Template for ~amosif/.netrc -- fill from the vault entry kv/mro/engine-shop-ftp, chmod 600
machine ftp.engine-shop.example
login kxair_cfm
password YOUR_PASSWORD_HERE

machine docs.mro.internal
login amos_if
password YOUR_PASSWORD_HERE
""", None, "GNU inetutils docs: the .netrc file")

add("blind-dg/sql/decoy-prompt", "amos-interface/db/setup/02_reset_password.sql", """
-- Resets the interface user's password. Run in SQL*Plus; the password is typed at the prompt.
SET VERIFY OFF
ACCEPT new_password CHAR PROMPT 'New password for AMOS_IF: ' HIDE
ALTER USER amos_if IDENTIFIED BY "&&new_password";
UNDEFINE new_password
PROMPT Password changed. Update kv/mro/amos-if in the vault.
""", None, "Oracle SQL*Plus docs: ACCEPT ... HIDE substitution variables")

add("blind-dg/python/decoy-keyring", "reliability/reports/db.py", """
\"\"\"Connection helper for analysts' laptops: the password lives in the OS keychain.\"\"\"
import getpass

import keyring
import pyodbc

SERVICE = "reliability-sql"


def connect(user: str = "rel_reader") -> pyodbc.Connection:
    password = keyring.get_password(SERVICE, user)
    if password is None:
        password = getpass.getpass(f"Password for {user}: ")
        keyring.set_password(SERVICE, user, password)
    return pyodbc.connect(
        "DRIVER={ODBC Driver 18 for SQL Server};SERVER=rel-sql01.mro.internal;DATABASE=Reliability;"
        f"UID={user};PWD={password};Encrypt=yes"
    )
""", None, "keyring docs: get_password / set_password")

add("blind-dg/k8s/decoy-external-secret", "deploy/k8s/mro/ahm-external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ahm-s3-credentials
  namespace: mro
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: ahm-s3-credentials
  data:
    - secretKey: AWS_ACCESS_KEY_ID
      remoteRef: {key: mro/ahm/s3, property: access_key_id}
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef: {key: mro/ahm/s3, property: secret_access_key}
""", None, "External Secrets Operator docs: ExternalSecret remoteRef")

add("blind-dg/vscode-json/decoy-prompt", "amos-interface/.vscode/settings.json", """
{
  "sqltools.connections": [
    {
      "name": "AMOS UAT",
      "driver": "Oracle",
      "server": "amos-db-uat.mro.internal",
      "port": 1521,
      "database": "AMOSUAT",
      "username": "AMOS_IF",
      "askForPassword": true,
      "connectionTimeout": 30
    }
  ],
  "java.configuration.updateBuildConfiguration": "automatic"
}
""", None, "SQLTools docs: askForPassword connection setting")

_frames = "\n".join(f"{i:04X}: " + " ".join(hexs(4).upper() for _ in range(8)) for i in range(0, 128, 16))
add("blind-dg/text/decoy-fixture-acms", "ahm-feed/tests/fixtures/acms_report_07.txt", f"""
# ACMS engine report <07> (cruise performance), raw words as downlinked -- test fixture
# tail G-KXBA  flight KX0456  2024-05-09T11:42Z  label H1  SMI DFD
{_frames}
# checksum CRC-16/CCITT: {hexs(4).upper()}
""", None, "ARINC 717/ACMS report downlink formats (raw data words)")
