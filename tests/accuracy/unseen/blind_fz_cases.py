"""Blind set FZ: plumbing and HVAC contractors.

Field-service dispatch (ServiceTitan, Housecall Pro, Jobber), smart thermostats and building
management (ecobee, Resideo, Nest SDM, Niagara, Metasys, BACnet and MQTT gateways), parts
suppliers and their EDI/SFTP drops, quoting and invoicing (QuickBooks, DocuSign, Procore),
customer payments (Stripe, Square, Authorize.Net, PayPal, Plaid, GoCardless), fleet GPS
(Samsara, Geotab, Motive, Verizon Connect, Fleetio), messaging and the infrastructure around
them, and their decoys. Generated fakes only (seeds 2130000-2139999).
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

SEED_LOW, SEED_HIGH = 2130000, 2139999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
B64CHARS = ALNUM + "+/"


def _seed() -> int:
    _SEED[0] += 1
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """Both cases and a digit, as services issue tokens (bounded redraws)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            break
    return value


def hexs(n: int) -> str:
    return draw(n, HEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uid() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


TRADE = ["Copper", "Flux", "Valve", "Boiler", "Furnace", "Damper", "Condenser", "Manifold", "Compressor",
         "Radiant", "Backflow", "Sump", "Heatpump", "Plenum", "Flange", "Gasket", "Rheem", "Navien", "Lennox",
         "Goodman", "Carrier", "Bradford", "Viessmann", "Taco", "Bell", "Rinnai", "Trane", "Daikin"]
PLACES = ["Maple", "Cedar", "Oakridge", "Riverside", "Hillcrest", "Lakeview", "Brookside", "Pinecrest",
          "Elmwood", "Fairview", "Westgate", "Stonebrook"]
LOWER = ["wrench", "solder", "tundish", "elbow", "nipple", "coupling", "teflon", "auger", "anode", "blower",
         "furnace", "gasket", "siphon", "plunger", "thermal", "vent", "spigot", "ferrule", "damper", "coil"]


def human_pw() -> str:
    r = _rng()
    a, b = r.sample(TRADE, 2)
    sym = r.choice("!#$%@*&?")
    form = r.randrange(4)
    if form == 0:
        return f"{a}{sym}{b}{r.randint(10, 9999)}"
    if form == 1:
        return f"{a.lower()}{r.randint(100, 999)}{sym}{b}"
    if form == 2:
        return f"{a}{r.choice(PLACES)}{r.randint(1990, 2025)}{sym}"
    return f"{a}{sym}{r.choice(PLACES)}{sym}{r.randint(1, 99)}"


def passphrase() -> str:
    r = _rng()
    return r.choice("-.").join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


_PEM_HEAD = {"RSA": "MIIEowIBAAKCAQEA", "EC": "MHcCAQEEI", "": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"}


def pem(kind: str = "RSA", lines: int = 25, indent: str = "") -> str:
    """A private key block (RSA, EC or PKCS#8) of generated base64, 64 characters a line."""
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    if kind == "EC":
        lines = 3
    body = _PEM_HEAD[kind] + "".join(r.choice(B64CHARS) for _ in range(64 * lines - len(_PEM_HEAD[kind])))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1][: r.randint(24, 60)] + ("=" if kind != "EC" else "==")
    joined = ("\n" + indent).join(rows)
    return f"-----BEGIN {label}-----\n{indent}{joined}\n{indent}-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    body = head + "".join(r.choice(B64CHARS) for _ in range(70 * 5 - len(head) - r.randint(10, 40)))
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 12) -> str:
    r = _rng()
    head = "MIIDxTCCAq2gAwIBAgIU"
    body = head + "".join(r.choice(B64CHARS) for _ in range(64 * lines - len(head)))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    rows[-1] = rows[-1][:40] + "="
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def jwt(payload: dict, sig_len: int = 43, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    return f"{head}.{body}.{draw(sig_len, URLSAFE)}"


def mapbox(prefix: str, user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, LOWER_ALNUM)}, separators=(",", ":"))
    return f"{prefix}.{b64url(payload)}.{draw(22, URLSAFE)}"


def aws_key_id() -> str:
    return "AKIA" + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return mixed(40, B64CHARS)


def google_key() -> str:
    return "AIza" + mixed(35, URLSAFE)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + mixed(24))


def fill(text: str, **values: str) -> str:
    out = text.lstrip("\n")
    for key, value in values.items():
        out = out.replace("<<" + key + ">>", value)
    leftover = re.search(r"<<[a-z_0-9]+>>", out)
    assert leftover is None, leftover
    return out


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None) -> None:
    CASES.append(LabelledCase(f"blind-fz/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Field-service dispatch: ServiceTitan, Housecall Pro, Jobber, the dispatch board and its apps
# ---------------------------------------------------------------------------------------------
ST_DOCS = "https://developer.servicetitan.io/docs/get-going-authentication/"

s = "cs1." + draw(56, LOWER_ALNUM)
add("dotenv/servicetitan-client-secret", "services/st-sync/.env", ST_DOCS, fill(r"""
# ServiceTitan integration - production tenant (Riverside Plumbing & Heating)
ST_ENV=production
ST_TENANT_ID=1048823391
ST_AUTH_URL=https://auth.servicetitan.io/connect/token
ST_API_BASE=https://api.servicetitan.io
ST_CLIENT_ID=cid.<<cid>>
ST_CLIENT_SECRET=<<s>>
ST_APP_KEY=ak1.<<ak>>
SYNC_INTERVAL_MINUTES=15
SYNC_BUSINESS_UNITS=Plumbing Service,HVAC Service,Drain Cleaning
LOG_LEVEL=info
""", cid=draw(25, LOWER_ALNUM), s=s, ak=draw(25, LOWER_ALNUM)), s)

s = "cs1." + draw(56, LOWER_ALNUM)
add("python/servicetitan-client-secret", "integrations/servicetitan/client.py", ST_DOCS, fill(r"""
import time

import requests

TENANT = "2210457781"
APP_KEY = "ak1.<<ak>>"
_token = {"value": None, "expires": 0.0}


def access_token() -> str:
    if _token["value"] and _token["expires"] > time.time() + 60:
        return _token["value"]
    resp = requests.post(
        "https://auth.servicetitan.io/connect/token",
        data={
            "grant_type": "client_credentials",
            "client_id": "cid.<<cid>>",
            "client_secret": "<<s>>",
        },
        timeout=20,
    )
    resp.raise_for_status()
    body = resp.json()
    _token.update(value=body["access_token"], expires=time.time() + body["expires_in"])
    return _token["value"]


def get(path: str, **params):
    headers = {"Authorization": access_token(), "ST-App-Key": APP_KEY}
    url = f"https://api.servicetitan.io/{path.format(tenant=TENANT)}"
    resp = requests.get(url, headers=headers, params=params, timeout=30)
    resp.raise_for_status()
    return resp.json()


def open_jobs(modified_since: str):
    return get("jpm/v2/tenant/{tenant}/jobs", jobStatus="Scheduled", modifiedOnOrAfter=modified_since)
""", ak=draw(25, LOWER_ALNUM), cid=draw(25, LOWER_ALNUM), s=s), s)

add("dotenv/decoy-placeholder", "services/st-sync/.env.example", ST_DOCS, fill(r"""
# Copy to .env and fill in from 1Password > "ServiceTitan API (prod)".
# Never commit the filled-in file.
ST_ENV=integration
ST_TENANT_ID=
ST_AUTH_URL=https://auth-integration.servicetitan.io/connect/token
ST_API_BASE=https://api-integration.servicetitan.io
ST_CLIENT_ID=cid.your-client-id
ST_CLIENT_SECRET=cs1.your-client-secret-here
ST_APP_KEY=ak1.your-app-key
SYNC_INTERVAL_MINUTES=15
LOG_LEVEL=debug
"""))

s = "cs1." + draw(56, LOWER_ALNUM)
add("shell-history/servicetitan-client-secret", "ops/notes/jmiller_bash_history.txt", ST_DOCS, fill(r"""
cd ~/src/st-sync
git pull
source .venv/bin/activate
python -m st_sync.backfill --since 2024-01-01 --dry-run
curl -s -X POST https://auth.servicetitan.io/connect/token -d grant_type=client_credentials -d client_id=cid.<<cid>> -d client_secret=<<s>> | jq .
export ST_TOKEN=$(pbpaste)
curl -s -H "Authorization: $ST_TOKEN" -H "ST-App-Key: ak1.<<ak>>" "https://api.servicetitan.io/jpm/v2/tenant/1048823391/jobs?pageSize=5" | jq '.data[].id'
python -m st_sync.backfill --since 2024-01-01
tail -f logs/backfill.log
""", cid=draw(25, LOWER_ALNUM), s=s, ak=draw(25, LOWER_ALNUM)), s)

HCP_DOCS = "https://docs.housecallpro.com/docs/housecall-public-api/b87d37ee7ea5a-authentication"
s = hexs(32)
add("javascript/housecallpro-api-key", "webhooks/hcp-jobs/src/hcpClient.js", HCP_DOCS, fill(r"""
const axios = require('axios');

// Housecall Pro public API (MAX plan). Company: Brookside Heating & Air
const hcp = axios.create({
  baseURL: 'https://api.housecallpro.com',
  timeout: 15000,
  headers: {
    Accept: 'application/json',
    Authorization: 'Token <<s>>',
  },
});

async function jobsScheduledFor(day) {
  const { data } = await hcp.get('/jobs', {
    params: {
      scheduled_start_min: `${day}T00:00:00Z`,
      scheduled_start_max: `${day}T23:59:59Z`,
      page_size: 100,
    },
  });
  return data.jobs;
}

async function addNote(jobId, text) {
  await hcp.post(`/jobs/${jobId}/notes`, { content: text });
}

module.exports = { jobsScheduledFor, addNote };
""", s=s), s)

s = hexs(32)
add("postman/housecallpro-api-key", "tools/postman/HCP-Production.postman_environment.json", HCP_DOCS, fill(r"""
{
  "id": "<<envid>>",
  "name": "HCP Production",
  "values": [
    {
      "key": "baseUrl",
      "value": "https://api.housecallpro.com",
      "type": "default",
      "enabled": true
    },
    {
      "key": "hcpApiKey",
      "value": "<<s>>",
      "type": "secret",
      "enabled": true
    },
    {
      "key": "customerId",
      "value": "cus_8f2e61c0a7d14b0f9d1f3e2b",
      "type": "default",
      "enabled": true
    }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-03-18T14:22:09.512Z",
  "_postman_exported_using": "Postman/10.24.3"
}
""", envid=uid(), s=s), s)

add("postman/decoy-template-variable", "tools/postman/HCP.postman_collection.json",
    "https://learning.postman.com/docs/sending-requests/variables/variables/", fill(r"""
{
  "info": {
    "_postman_id": "<<pid>>",
    "name": "Housecall Pro",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "value", "value": "Token {{hcpApiKey}}", "type": "string" },
      { "key": "key", "value": "Authorization", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List jobs",
      "request": {
        "method": "GET",
        "url": "{{baseUrl}}/jobs?page_size=25&work_status[]=scheduled"
      }
    },
    {
      "name": "Get customer",
      "request": {
        "method": "GET",
        "url": "{{baseUrl}}/customers/{{customerId}}"
      }
    }
  ]
}
""", pid=uid()))

JOBBER_DOCS = "https://developer.getjobber.com/docs/building_your_app/app_authorization/"
s = hexs(64)
add("typescript/jobber-client-secret", "apps/jobber-connector/src/config.ts", JOBBER_DOCS, fill(r"""
export const jobberConfig = {
  authorizeUrl: 'https://api.getjobber.com/api/oauth/authorize',
  tokenUrl: 'https://api.getjobber.com/api/oauth/token',
  graphqlUrl: 'https://api.getjobber.com/api/graphql',
  apiVersion: '2024-04-09',
  clientId: '<<cid>>',
  clientSecret: '<<s>>',
  redirectUri: 'https://connect.westgatemech.com/jobber/callback',
};

export type JobberTokens = {
  accessToken: string;
  refreshToken: string;
  expiresAt: number;
};
""", cid=uid(), s=s), s)

add("typescript/decoy-env-reference", "apps/jobber-connector/src/jobber.ts", JOBBER_DOCS, fill(r"""
import { GraphQLClient, gql } from 'graphql-request';
import { loadTokens } from './tokenStore';

const VISITS_TODAY = gql`
  query VisitsToday($start: ISO8601DateTime!, $end: ISO8601DateTime!) {
    visits(filter: { startAt: { after: $start, before: $end } }) {
      nodes { id title startAt client { name } property { address { street city } } }
    }
  }
`;

export async function visitsToday(accountId: string) {
  const tokens = await loadTokens(accountId); // encrypted at rest in Postgres (pgcrypto)
  const client = new GraphQLClient(process.env.JOBBER_GRAPHQL_URL ?? 'https://api.getjobber.com/api/graphql', {
    headers: {
      Authorization: `Bearer ${tokens.accessToken}`,
      'X-JOBBER-GRAPHQL-VERSION': process.env.JOBBER_API_VERSION ?? '2024-04-09',
    },
  });
  const start = new Date();
  start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 24 * 3600 * 1000);
  return client.request(VISITS_TODAY, { start: start.toISOString(), end: end.toISOString() });
}
"""))

s = gen_pw(24)
add("go/postgres-dsn", "dispatch-board/internal/store/db.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", fill(r"""
package store

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

const defaultDSN = "postgres://dispatch_app:<<s>>@pg-dispatch.internal.hillcresthvac.com:5432/dispatch?sslmode=require"

// Open connects to the dispatch board database. DISPATCH_DSN overrides the default.
func Open(ctx context.Context, dsn string) (*pgxpool.Pool, error) {
	if dsn == "" {
		dsn = defaultDSN
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 12
	cfg.MaxConnIdleTime = 5 * time.Minute
	return pgxpool.NewWithConfig(ctx, cfg)
}
""", s=s), s)

s = human_pw()
add("compose/postgres-password", "deploy/dispatch/docker-compose.yml", "https://hub.docker.com/_/postgres", fill(r"""
services:
  db:
    image: postgres:16-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: "<<s>>"
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: ghcr.io/hillcrest-hvac/dispatch-api:2.14.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://dispatch@db:5432/dispatch
      PGPASSWORD: "<<s>>"
      TZ: America/Chicago
    ports:
      - "8080:8080"
volumes:
  pgdata:
""", s=s), s)

add("compose/decoy-env-reference", "deploy/dispatch-staging/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", fill(r"""
services:
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in deploy/.env}
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: ghcr.io/hillcrest-hvac/dispatch-api:${API_TAG:-latest}
    env_file: .env
    environment:
      DATABASE_URL: postgres://dispatch:${POSTGRES_PASSWORD}@db:5432/dispatch
      ST_CLIENT_SECRET: ${ST_CLIENT_SECRET}
    ports:
      - "8080:8080"
volumes:
  pgdata:
"""))

s = gen_pw(28)
add("k8s-secret/database-url", "k8s/dispatch/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: dispatch
  labels:
    app.kubernetes.io/name: dispatch-api
type: Opaque
data:
  DATABASE_URL: <<url>>
  DB_POOL_SIZE: MTY=
""", url=b64(f"postgresql://dispatch_app:{s}@dispatch-pg-rw.dispatch.svc:5432/dispatch?sslmode=require")), s)

add("k8s/decoy-external-secret", "k8s/dispatch/externalsecret-db.yaml", "https://external-secrets.io/latest/api/externalsecret/", fill(r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-db
  namespace: dispatch
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: dispatch-db
    creationPolicy: Owner
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/dispatch/database
        property: url
    - secretKey: ST_CLIENT_SECRET
      remoteRef:
        key: prod/dispatch/servicetitan
        property: client_secret
"""))

s = human_pw()
add("json/sqlserver-connection-string", "src/Westgate.Dispatch.Api/appsettings.Production.json",
    "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Dispatch": "Server=tcp:westgate-sql01.database.windows.net,1433;Initial Catalog=Dispatch;User ID=dispatch_api;Password=<<s>>;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Dispatch": {
    "DefaultArrivalWindowHours": 2,
    "EmergencySurchargePercent": 35,
    "TimeZone": "Central Standard Time"
  }
}
""", s=s), s)

add("json/decoy-keyvault-reference", "src/Westgate.Dispatch.Api/appsettings.json",
    "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references", fill(r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "ConnectionStrings": {
    "Dispatch": "@Microsoft.KeyVault(SecretUri=https://kv-westgate-prod.vault.azure.net/secrets/dispatch-sql/)"
  },
  "ServiceTitan": {
    "TenantId": "1048823391",
    "ClientId": "@Microsoft.KeyVault(VaultName=kv-westgate-prod;SecretName=st-client-id)",
    "ClientSecret": "@Microsoft.KeyVault(VaultName=kv-westgate-prod;SecretName=st-client-secret)"
  },
  "Dispatch": {
    "DefaultArrivalWindowHours": 2
  }
}
"""))

TWILIO_DOCS = "https://www.twilio.com/docs/iam/credentials/api"
s = hexs(32)
add("ruby/twilio-auth-token", "app/jobs/appointment_reminder_job.rb", TWILIO_DOCS, fill(r"""
require 'twilio-ruby'

class AppointmentReminderJob < ApplicationJob
  queue_as :reminders

  ACCOUNT_SID = 'AC<<sid>>'.freeze
  AUTH_TOKEN  = '<<s>>'.freeze
  FROM_NUMBER = '+15125550143'.freeze

  def perform(appointment_id)
    appt = Appointment.find(appointment_id)
    return if appt.canceled? || appt.customer.sms_opt_out?

    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
      from: FROM_NUMBER,
      to: appt.customer.mobile_e164,
      body: "Lakeview Plumbing: your technician #{appt.technician.first_name} arrives " \
            "#{appt.window_label}. Reply C to confirm or R to reschedule."
    )
    appt.update!(reminder_sent_at: Time.current)
  end
end
""", sid=hexs(32), s=s), s)

add("python/decoy-env-reference", "reminders/send_reminders.py", TWILIO_DOCS, fill(r"""
import os

from twilio.rest import Client

# The account SID identifies the account; the auth token comes from the environment
# (systemd credential on the scheduler box).
ACCOUNT_SID = "AC<<sid>>"
MESSAGING_SERVICE_SID = "MG<<mg>>"


def client() -> Client:
    return Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def remind(to_number: str, tech: str, window: str) -> str:
    msg = client().messages.create(
        messaging_service_sid=MESSAGING_SERVICE_SID,
        to=to_number,
        body=f"Reminder: {tech} from Lakeview Plumbing arrives {window}. Reply STOP to opt out.",
    )
    return msg.sid
""", sid=hexs(32), mg=hexs(32)))

s = hexs(32)
add("php/callrail-api-key", "wp-content/plugins/lakeview-calls/includes/class-callrail.php",
    "https://apidocs.callrail.com/#authentication", fill(r"""
<?php
/**
 * Pulls yesterday's tracked calls from CallRail into the marketing dashboard.
 */
class Lakeview_CallRail {
    const ACCOUNT_ID = '<<acct>>';
    const API_KEY    = '<<s>>';

    public function calls_for( $date ) {
        $url = sprintf(
            'https://api.callrail.com/v3/a/%s/calls.json?start_date=%s&end_date=%s&fields=source,keywords,duration',
            self::ACCOUNT_ID, $date, $date
        );
        $resp = wp_remote_get( $url, array(
            'headers' => array( 'Authorization' => 'Token token="' . self::API_KEY . '"' ),
            'timeout' => 20,
        ) );
        if ( is_wp_error( $resp ) ) {
            return array();
        }
        $body = json_decode( wp_remote_retrieve_body( $resp ), true );
        return isset( $body['calls'] ) ? $body['calls'] : array();
    }
}
""", acct="ACC" + hexs(32), s=s), s)

s = human_pw()
add("markdown/wifi-psk", "docs/shop/tablet-setup.md", "https://support.google.com/android/answer/9075847", fill(r"""
# Technician tablet setup (Samsung Tab Active4 Pro)

1. Power on, pick English (US), skip the Samsung account.
2. Join the shop Wi-Fi:
   - SSID: `RHVAC-Shop`
   - Security: WPA2-Personal
   - Password: `<<s>>`
3. Open the Knox enrollment QR from the IT binder (page 4) and scan it.
4. Wait for ServiceTitan Mobile, CompanyCam and Samsara Driver to install (about 10 minutes).
5. Sign in to ServiceTitan Mobile with the tech's own login (dispatch resets these).
6. Put the tablet in the truck dock and check that GPS shows on the Samsara map.

Trucks use the Cradlepoint hotspot (`RHVAC-Truck-<unit #>`), which enrolls through Knox on its own.
""", s=s), s)

add("markdown/decoy-vault-pointer", "docs/shop/new-hire-accounts.md", "https://support.1password.com/share-items/", fill(r"""
# New hire accounts

| System | Who creates it | Where the login lives |
|---|---|---|
| ServiceTitan | Dispatch lead | The hire sets a password at first sign-in |
| Samsara Driver | Fleet manager | Driver PIN issued in person |
| CompanyCam | Office manager | Invite link by e-mail |
| Shop Wi-Fi | IT | 1Password vault "Shop" > "RHVAC-Shop Wi-Fi" |
| Supply house accounts | Purchasing | 1Password vault "Purchasing" (never the tech's own e-mail) |

Never write a password in this repo, a ticket or a text message. If someone needs one,
share the 1Password item with them (it expires after 7 days).

Password policy for everything we control: 14+ characters, a passphrase is fine,
no reuse, MFA wherever the vendor supports it.
"""))

s = human_pw()
add("powershell/sharepoint-password", "scripts/reports/Export-DailyRevenue.ps1",
    "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", fill(r"""
# Exports the ServiceTitan daily revenue report CSV drop to SharePoint for the owners.
param(
    [string]$DropFolder = 'D:\ST-Exports\Revenue',
    [string]$SiteUrl = 'https://pinecrestplumbing.sharepoint.com/sites/Owners'
)

Import-Module PnP.PowerShell

$user = 'reports@pinecrestplumbing.com'
$password = ConvertTo-SecureString '<<s>>' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $password)

Connect-PnPOnline -Url $SiteUrl -Credentials $cred

Get-ChildItem -Path $DropFolder -Filter '*.csv' |
    Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-1) } |
    ForEach-Object {
        Add-PnPFile -Path $_.FullName -Folder 'Shared Documents/Daily Revenue' | Out-Null
        Write-Host "Uploaded $($_.Name)"
    }

Disconnect-PnPOnline
""", s=s), s)

add("powershell/decoy-secret-management", "scripts/reports/Export-WeeklyAging.ps1",
    "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", fill(r"""
# Weekly A/R aging export. Credentials come from the SecretStore vault on the report server.
param(
    [string]$DropFolder = 'D:\ST-Exports\Aging',
    [string]$SiteUrl = 'https://pinecrestplumbing.sharepoint.com/sites/Owners'
)

Import-Module Microsoft.PowerShell.SecretManagement
Import-Module PnP.PowerShell

$cred = Get-Secret -Vault ReportServer -Name 'sharepoint-reports'   # PSCredential
Connect-PnPOnline -Url $SiteUrl -Credentials $cred

$latest = Get-ChildItem -Path $DropFolder -Filter 'aging_*.csv' | Sort-Object LastWriteTime | Select-Object -Last 1
if ($null -eq $latest) { Write-Warning 'No aging export found'; return }
Add-PnPFile -Path $latest.FullName -Folder 'Shared Documents/AR Aging' | Out-Null
Disconnect-PnPOnline
"""))

s = human_pw()
add("sql/login-password", "db/reporting/004_powerbi_login.sql",
    "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", fill(r"""
-- Read-only login for the Power BI gateway (owner dashboards).
USE master;
GO
CREATE LOGIN powerbi_reader WITH PASSWORD = N'<<s>>', CHECK_POLICY = ON;
GO
USE Dispatch;
GO
CREATE USER powerbi_reader FOR LOGIN powerbi_reader;
ALTER ROLE db_datareader ADD MEMBER powerbi_reader;
DENY SELECT ON SCHEMA::payments TO powerbi_reader;
GO
""", s=s), s)

add("sql/decoy-password-hash", "db/seed/010_technicians.sql", "https://github.com/pyca/bcrypt#usage", fill(r"""
-- Seed data for the local dev database: demo technicians (password for all: see README, dev only)
INSERT INTO technicians (id, full_name, trade, employee_no, password_hash, active) VALUES
  ('<<u1>>', 'Marcus Reyes',    'plumbing', 'T-104', '$2b$12$<<h1>>', true),
  ('<<u2>>', 'Dana Whitfield',  'hvac',     'T-117', '$2b$12$<<h2>>', true),
  ('<<u3>>', 'Luis Ortega',     'hvac',     'T-121', '$2b$12$<<h3>>', true),
  ('<<u4>>', 'Kenny Baptiste',  'drain',    'T-130', '$2b$12$<<h4>>', false);

INSERT INTO trucks (unit_no, vin, technician_id) VALUES
  ('12', '1FTBR3X85PKA41207', '<<u1>>'),
  ('15', '1FTBR3X89PKA40833', '<<u2>>');
""", u1=uid(), u2=uid(), u3=uid(), u4=uid(), h1=draw(53, ALNUM + "./"), h2=draw(53, ALNUM + "./"),
    h3=draw(53, ALNUM + "./"), h4=draw(53, ALNUM + "./")))

s = mixed(40)
add("kotlin/api-key", "android/app/src/main/java/com/stonebrookmech/tech/net/ApiModule.kt",
    "https://square.github.io/okhttp/features/interceptors/", fill(r"""
package com.stonebrookmech.tech.net

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object ApiModule {
    private const val BASE_URL = "https://api.stonebrookmech.com/tech/v1/"
    private const val DISPATCH_API_KEY = "<<s>>"

    private val auth = Interceptor { chain ->
        chain.proceed(
            chain.request().newBuilder()
                .header("X-Api-Key", DISPATCH_API_KEY)
                .header("X-Client", "tech-android")
                .build()
        )
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""", s=s), s)

add("xml/decoy-public-identifier", "android/app/src/main/res/values/google_maps_api.xml",
    "https://developers.google.com/maps/documentation/android-sdk/get-api-key#restrict_key", fill(r"""
<resources>
    <!--
    Maps SDK for Android key. It ships inside the APK by design; it is restricted in the
    Google Cloud console to package com.stonebrookmech.tech with our release and debug SHA-1
    fingerprints, and to the Maps SDK for Android API only.
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false"><<k>></string>
    <string name="default_web_client_id" translatable="false"><<cid>>-<<cid2>>.apps.googleusercontent.com</string>
</resources>
""", k=google_key(), cid=digits(12), cid2=draw(32, LOWER_ALNUM)))

s = draw(43, URLSAFE)
add("swift/companycam-token", "ios/TechApp/Sources/Config/Constants.swift",
    "https://docs.companycam.com/docs/authentication", fill(r"""
import Foundation

enum Constants {
    static let apiBase = URL(string: "https://api.companycam.com/v2")!
    // Access token for the company account (used to push job photos to CompanyCam projects)
    static let companyCamToken = "<<s>>"
    static let photoMaxDimension: CGFloat = 2048
    static let uploadQueueName = "com.elmwoodplumbing.tech.uploads"
}

extension URLRequest {
    mutating func authorizeForCompanyCam() {
        setValue("Bearer \(Constants.companyCamToken)", forHTTPHeaderField: "Authorization")
        setValue("application/json", forHTTPHeaderField: "Accept")
    }
}
""", s=s), s)

add("swift/decoy-keychain-lookup", "ios/TechApp/Sources/Auth/TokenStore.swift",
    "https://developer.apple.com/documentation/security/keychain_services/keychain_items/searching_for_keychain_items", fill(r"""
import Foundation
import Security

struct TokenStore {
    static let service = "com.elmwoodplumbing.tech.auth"

    static func read(account: String) -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }

    static var companyCamToken: String? { read(account: "companycam") }
}
"""))

s = aws_secret()
add("github-actions/aws-secret-key", ".github/workflows/deploy-dispatch.yml",
    "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", fill(r"""
name: deploy-dispatch

on:
  push:
    branches: [main]

env:
  AWS_REGION: us-east-2
  AWS_ACCESS_KEY_ID: <<kid>>
  AWS_SECRET_ACCESS_KEY: <<s>>
  ECR_REPO: 481224907713.dkr.ecr.us-east-2.amazonaws.com/dispatch-api

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login to ECR
        run: aws ecr get-login-password | docker login --username AWS --password-stdin ${ECR_REPO%%/*}
      - name: Build and push
        run: |
          docker build -t $ECR_REPO:${GITHUB_SHA::7} .
          docker push $ECR_REPO:${GITHUB_SHA::7}
      - name: Roll the service
        run: aws ecs update-service --cluster dispatch --service api --force-new-deployment
""", kid=aws_key_id(), s=s), s)

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml",
    "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", fill(r"""
name: deploy-portal

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
          role-to-assume: arn:aws:iam::481224907713:role/gha-portal-deploy
          aws-region: us-east-2
      - name: Build
        run: npm ci && npm run build
        env:
          VITE_STRIPE_PUBLISHABLE_KEY: ${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - name: Sync
        run: aws s3 sync dist/ s3://portal-fairviewplumbing-com --delete
      - name: Notify
        run: curl -sf -X POST -H 'Content-type: application/json' --data '{"text":"portal deployed"}' "${{ secrets.SLACK_DEPLOY_WEBHOOK }}"
"""))

s = "dop_v1_" + hexs(64)
add("terraform/digitalocean-token", "infra/do/main.tf",
    "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", fill(r"""
terraform {
  required_providers {
    digitalocean = {
      source  = "digitalocean/digitalocean"
      version = "~> 2.36"
    }
  }
}

provider "digitalocean" {
  token = "<<s>>"
}

resource "digitalocean_droplet" "quote_builder" {
  name     = "quote-builder-01"
  region   = "nyc3"
  size     = "s-2vcpu-4gb"
  image    = "ubuntu-22-04-x64"
  ssh_keys = [41837752]
  tags     = ["quotes", "prod"]
}

resource "digitalocean_database_cluster" "quotes" {
  name       = "quotes-pg"
  engine     = "pg"
  version    = "16"
  size       = "db-s-1vcpu-1gb"
  region     = "nyc3"
  node_count = 1
}
""", s=s), s)

add("terraform/decoy-variable", "infra/aws/variables.tf",
    "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", fill(r"""
variable "db_password" {
  description = "Master password for the dispatch RDS instance (set via TF_VAR_db_password from Vault)."
  type        = string
  sensitive   = true
}

variable "servicetitan_client_secret" {
  description = "ServiceTitan OAuth client secret, stored in Secrets Manager by this module."
  type        = string
  sensitive   = true
}

variable "region" {
  type    = string
  default = "us-east-2"
}

resource "aws_secretsmanager_secret_version" "st" {
  secret_id     = aws_secretsmanager_secret.st.id
  secret_string = jsonencode({ client_secret = var.servicetitan_client_secret })
}
"""))

s = human_pw()
add("ansible/postgres-password", "ansible/group_vars/dispatch_db.yml",
    "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", fill(r"""
---
postgresql_version: 16
postgresql_listen_addresses: "10.20.0.15"
postgresql_max_connections: 200

dispatch_db_name: dispatch
dispatch_db_user: dispatch_app
dispatch_db_password: "<<s>>"

postgresql_hba_entries:
  - { type: hostssl, database: dispatch, user: dispatch_app, address: "10.20.0.0/24", auth_method: scram-sha-256 }
  - { type: local, database: all, user: postgres, auth_method: peer }

backup_bucket: s3://hillcrest-db-backups/dispatch
backup_hour: 2
""", s=s), s)

add("ansible/decoy-vault-ciphertext", "ansible/group_vars/billing_db.yml",
    "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html#encrypting-individual-variables-with-ansible-vault", fill(r"""
---
billing_db_name: billing
billing_db_user: billing_app
billing_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
          <<l1>>
          <<l2>>
          <<l3>>
          <<l4>>
          <<l5>>
backup_bucket: s3://hillcrest-db-backups/billing
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(34)))

s = "cs1." + draw(56, LOWER_ALNUM)
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Callback rate by technician (Q1)\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import requests\n", "\n",
            "TENANT = \"1048823391\"\n",
            "CLIENT_ID = \"cid." + draw(25, LOWER_ALNUM) + "\"\n",
            "CLIENT_SECRET = \"" + s + "\"\n",
            "APP_KEY = \"ak1." + draw(25, LOWER_ALNUM) + "\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "tok = requests.post(\"https://auth.servicetitan.io/connect/token\", data={\n",
            "    \"grant_type\": \"client_credentials\", \"client_id\": CLIENT_ID, \"client_secret\": CLIENT_SECRET}).json()[\"access_token\"]\n",
            "jobs = requests.get(f\"https://api.servicetitan.io/jpm/v2/tenant/{TENANT}/jobs\",\n",
            "    headers={\"Authorization\": tok, \"ST-App-Key\": APP_KEY}, params={\"pageSize\": 500}).json()[\"data\"]\n",
            "df = pd.DataFrame(jobs)\n", "df.groupby(\"technicianId\").recall.mean().sort_values()\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.7"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/servicetitan-client-secret", "analysis/callbacks_q1.ipynb", ST_DOCS, json.dumps(nb, indent=1) + "\n", s)

nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Drain jobs by zip code\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import os\n", "from getpass import getpass\n", "import pandas as pd\n", "\n",
            "CLIENT_SECRET = os.environ.get(\"ST_CLIENT_SECRET\") or getpass(\"ServiceTitan client secret: \")\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["ServiceTitan client secret: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\n"]}],
         "source": ["from st_sync.client import Client\n", "jobs = Client(secret=CLIENT_SECRET).jobs(job_type=\"Drain\")\n",
                    "pd.DataFrame(jobs).groupby(\"zip\").size().nlargest(15)\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook/decoy-getpass", "analysis/drain_jobs_by_zip.ipynb", "https://docs.python.org/3/library/getpass.html",
    json.dumps(nb, indent=1) + "\n")

s = human_pw()
add("r/database-password", "analysis/tech_kpis.R", "https://dbi.r-dbi.org/reference/dbConnect.html", fill(r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "warehouse.oakridgeplumbing.local",
  port = 5432,
  dbname = "warehouse",
  user = "analyst",
  password = "<<s>>"
)

kpis <- tbl(con, "fact_jobs") %>%
  filter(completed_on >= as.Date("2024-01-01")) %>%
  group_by(technician) %>%
  summarise(jobs = n(), revenue = sum(invoice_total), callbacks = sum(is_callback)) %>%
  collect() %>%
  mutate(callback_rate = callbacks / jobs)

ggplot(kpis, aes(reorder(technician, revenue), revenue)) + geom_col() + coord_flip()
dbDisconnect(con)
""", s=s), s)

add("r/decoy-env-reference", "analysis/membership_churn.R", "https://keyring.r-lib.org/reference/key_get.html", fill(r"""
library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("WAREHOUSE_HOST", "warehouse.oakridgeplumbing.local"),
  dbname = "warehouse",
  user = Sys.getenv("WAREHOUSE_USER"),
  password = keyring::key_get("warehouse", Sys.getenv("WAREHOUSE_USER"))
)

churn <- tbl(con, "dim_memberships") %>%
  group_by(plan, renewed = !is.na(renewed_on)) %>%
  summarise(n = n()) %>%
  collect()

print(churn)
dbDisconnect(con)
"""))

s = human_pw()
add("properties/datasource-password", "quote-service/src/main/resources/application-prod.properties",
    "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", fill(r"""
server.port=8443
server.ssl.enabled=true
spring.application.name=quote-service
spring.datasource.url=jdbc:postgresql://quotes-db.prod.internal:5432/quotes
spring.datasource.username=quote_service
spring.datasource.password=<<s>>
spring.datasource.hikari.maximum-pool-size=15
spring.jpa.hibernate.ddl-auto=validate
quotes.pdf.template=classpath:templates/quote-v3.html
quotes.tax.default-rate=0.0825
quotes.good-better-best.enabled=true
management.endpoints.web.exposure.include=health,info,prometheus
""", s=s), s)

add("yaml/decoy-env-reference", "quote-service/src/main/resources/application.yml",
    "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", fill(r"""
spring:
  application:
    name: quote-service
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/quotes
    username: ${DB_USER:quote_service}
    password: ${DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate
quotes:
  pdf:
    template: classpath:templates/quote-v3.html
  docusign:
    integration-key: ${DOCUSIGN_INTEGRATION_KEY}
    private-key-path: ${DOCUSIGN_KEY_PATH:/run/secrets/docusign.pem}
"""))

s = "npm_" + mixed(36)
add("npmrc/npm-token", "apps/customer-portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", fill(r"""
@fairview-plumbing:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<s>>
save-exact=true
engine-strict=true
fund=false
""", s=s), s)

add("npmrc/decoy-env-reference", "apps/tech-web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", fill(r"""
@fairview-plumbing:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
engine-strict=true
audit-level=high
"""))

s = slack_webhook()
add("python/slack-webhook", "alerts/no_heat_escalation.py", "https://api.slack.com/messaging/webhooks", fill(r"""
import datetime as dt

import requests

# Posts to #after-hours when a no-heat / no-water call has waited more than 45 minutes
EMERGENCY_WEBHOOK = "<<s>>"
THRESHOLD = dt.timedelta(minutes=45)


def escalate(calls):
    now = dt.datetime.now(dt.timezone.utc)
    late = [c for c in calls if c["priority"] == "emergency" and now - c["received_at"] > THRESHOLD]
    for call in late:
        waited = int((now - call["received_at"]).total_seconds() // 60)
        text = (f":rotating_light: {call['summary']} at {call['address']} has waited {waited} min. "
                f"On-call: {call['on_call_tech']}")
        requests.post(EMERGENCY_WEBHOOK, json={"text": text}, timeout=10)
    return len(late)
""", s=s), s)

add("python/decoy-env-reference", "alerts/daily_summary.py", "https://api.slack.com/methods/chat.postMessage", fill(r"""
import os

from slack_sdk import WebClient

# Channel ids are not secrets; the bot token is injected by the scheduler.
DISPATCH_CHANNEL = "C04QJ8N2X7M"
OWNERS_CHANNEL = "C05B1T9RZ3K"


def post_summary(stats: dict) -> None:
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"])
    text = (f"Yesterday: {stats['jobs']} jobs, {stats['memberships_sold']} memberships, "
            f"${stats['revenue']:,.0f} revenue, {stats['callbacks']} callbacks")
    client.chat_postMessage(channel=DISPATCH_CHANNEL, text=text)
    if stats["revenue"] > stats["target"]:
        client.chat_postMessage(channel=OWNERS_CHANNEL, text=":tada: " + text)
"""))


# ---------------------------------------------------------------------------------------------
# Smart thermostats, building management and the IoT gateways on commercial jobs
# ---------------------------------------------------------------------------------------------
ECOBEE_DOCS = "https://www.ecobee.com/home/developer/api/documentation/v1/auth/auth-req-resp.shtml"

s = mixed(32)
add("python/ecobee-refresh-token", "bms/ecobee_poller/poller.py", ECOBEE_DOCS, fill(r"""
import json
import time

import requests

APP_KEY = "<<app>>"               # ecobee developer app key (client id)
REFRESH_TOKEN = "<<s>>"  # from the PIN authorization, account service@cedarhvac.com
THERMOSTATS_URL = "https://api.ecobee.com/1/thermostat"


def access_token() -> str:
    resp = requests.post("https://api.ecobee.com/token", params={
        "grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN, "client_id": APP_KEY}, timeout=15)
    resp.raise_for_status()
    return resp.json()["access_token"]


def runtime_report():
    selection = {"selection": {"selectionType": "registered", "selectionMatch": "",
                               "includeRuntime": True, "includeAlerts": True}}
    resp = requests.get(THERMOSTATS_URL, params={"json": json.dumps(selection)},
                        headers={"Authorization": "Bearer " + access_token()}, timeout=30)
    resp.raise_for_status()
    return resp.json()["thermostatList"]


if __name__ == "__main__":
    while True:
        for stat in runtime_report():
            print(stat["identifier"], stat["name"], stat["runtime"]["actualTemperature"] / 10)
        time.sleep(900)
""", app=mixed(32), s=s), s)

add("json/decoy-device-identifiers", "bms/ecobee_poller/sites.json", ECOBEE_DOCS, fill(r"""
{
  "sites": [
    {
      "customer": "Brookside Dental",
      "membership": "Comfort Club Gold",
      "thermostats": [
        { "identifier": "<<t1>>", "name": "Front Office", "model": "athenaSmart" },
        { "identifier": "<<t2>>", "name": "Operatory Wing", "model": "nikeSmart" }
      ]
    },
    {
      "customer": "Maple Street Vet",
      "membership": "Comfort Club Silver",
      "thermostats": [
        { "identifier": "<<t3>>", "name": "Kennel", "model": "apolloSmart" }
      ]
    }
  ],
  "alert_thresholds": { "low_f": 55, "high_f": 88, "aux_heat_minutes": 60 }
}
""", t1=digits(12), t2=digits(12), t3=digits(12)))

RESIDEO_DOCS = "https://developer.honeywellhome.com/authorization-oauth2/apis/post/accesstoken"
key, sec = mixed(32), mixed(16)
s = b64(f"{key}:{sec}")
add("javascript/resideo-basic-auth", "bms/resideo-sync/refresh.js", RESIDEO_DOCS, fill(r"""
// Refreshes the Resideo (Honeywell Home) token for the maintenance-agreement customers.
const fetch = require('node-fetch');
const { readTokens, writeTokens } = require('./store');

const TOKEN_URL = 'https://api.honeywell.com/oauth2/token';
// base64(consumer key:consumer secret) from the Resideo developer portal app "Cedar HVAC Monitor"
const BASIC = 'Basic <<s>>';

async function refresh() {
  const { refresh_token } = await readTokens();
  const res = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { Authorization: BASIC, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token }),
  });
  if (!res.ok) throw new Error(`Resideo token refresh failed: ${res.status}`);
  await writeTokens(await res.json());
}

module.exports = { refresh };
""", s=s), s)

s = "GOCSPX-" + mixed(28, URLSAFE)
add("yaml/google-oauth-client-secret", "homeassistant/demo-house/secrets.yaml",
    "https://www.home-assistant.io/docs/configuration/secrets/", fill(r"""
# Showroom demo house (Elmwood Heating & Cooling) - Home Assistant secrets
latitude_home: 41.8821
longitude_home: -87.6278
nest_project_id: <<proj>>
nest_client_id: <<cid>>-<<cid2>>.apps.googleusercontent.com
nest_client_secret: <<s>>
showroom_ssid: Elmwood-Showroom
""", proj=uid(), cid=digits(12), cid2=draw(32, LOWER_ALNUM), s=s), s)

add("yaml/decoy-secret-reference", "homeassistant/demo-house/configuration.yaml",
    "https://www.home-assistant.io/integrations/nest/", fill(r"""
homeassistant:
  name: Elmwood Showroom
  latitude: !secret latitude_home
  longitude: !secret longitude_home
  unit_system: us_customary
  time_zone: America/Chicago

default_config:

nest:
  client_id: !secret nest_client_id
  client_secret: !secret nest_client_secret
  project_id: !secret nest_project_id

mqtt:
  sensor:
    - name: "Boiler supply temp"
      state_topic: "showroom/boiler/supply_f"
      unit_of_measurement: "°F"
"""))

s = human_pw()
add("markdown/niagara-platform-password", "commissioning/st-marys-school/jace-notes.md",
    "https://docs.niagara-community.com/bundle/PlatformGuide/page/c-platform_daemon.html", fill(r"""
# St. Mary's School - JACE-8000 commissioning notes

- Station: `StMarys_AHU` on JACE `10.40.2.10` (Niagara 4.13.1.16)
- Platform user: `tridium` / `<<s>>`
- Station admin: set by the school's facilities manager at turnover (we do not keep it)
- BACnet/IP network 1, port 47808, devices 2001-2014 (VAVs), 3001 (AHU-1), 3002 (AHU-2)
- Trend logs: 15 min on all space temps, 1 min on AHU discharge air
- Graphics: PX pages under `file:^px/AHU1.px`, nav file `StMarysNav.nav`

## Open items
- [ ] VAV-2-07 damper actuator stuck at 40 %, replace Belimo LMB24-3
- [ ] Confirm alarm recipients (after-hours e-mail to on-call)
""", s=s), s)

add("xml/decoy-password-hash", "commissioning/st-marys-school/users-export.xml",
    "https://docs.niagara-community.com/bundle/NiagaraSecurity/page/c-passwords.html", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- UserService export from StMarys_AHU (Niagara 4.13). Passwords are stored as PBKDF2 hashes. -->
<users>
  <user name="facilities" fullName="Facilities Manager" enabled="true">
    <authenticator type="baja:PasswordAuthenticator">
      <password value="pbkdf2hmacsha256/<<salt1>>/10000/<<h1>>"/>
    </authenticator>
    <roles>admin</roles>
  </user>
  <user name="operator" fullName="Day Operator" enabled="true">
    <authenticator type="baja:PasswordAuthenticator">
      <password value="pbkdf2hmacsha256/<<salt2>>/10000/<<h2>>"/>
    </authenticator>
    <roles>operator</roles>
  </user>
</users>
""", salt1=b64_bytes(16), h1=b64_bytes(32), salt2=b64_bytes(16), h2=b64_bytes(32)))

s = human_pw()
add("python/metasys-password", "bms/metasys/export_trends.py",
    "https://github.com/metasys-server/api-landing#authentication", fill(r"""
import csv
import datetime as dt

import requests

ADS = "https://ads01.riverside-medical.local/api/v4"
USER = "cedarhvac_svc"
PASSWORD = "<<s>>"


def login(session: requests.Session) -> None:
    resp = session.post(f"{ADS}/login", json={"username": USER, "password": PASSWORD}, verify=False, timeout=20)
    resp.raise_for_status()
    session.headers["Authorization"] = "Bearer " + resp.json()["accessToken"]


def export(object_id: str, attribute: str, out_path: str) -> None:
    with requests.Session() as session:
        login(session)
        start = (dt.datetime.utcnow() - dt.timedelta(days=7)).isoformat() + "Z"
        url = f"{ADS}/objects/{object_id}/trendedAttributes/{attribute}/samples"
        rows = session.get(url, params={"startTime": start, "pageSize": 1000}, verify=False).json()["items"]
    with open(out_path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["timestamp", "value"])
        for row in rows:
            writer.writerow([row["timestamp"], row["value"]["value"]])
""", s=s), s)

user, pw = "cedaradmin", human_pw()
s = b64(f"{user}:{pw}")
add("powershell/eclypse-basic-auth", "bms/distech/Set-Setpoints.ps1",
    "https://www.rfc-editor.org/rfc/rfc7617", fill(r"""
# Pushes occupied setpoints to the Distech ECLYPSE controllers at Lakeview Library.
$controllers = @('10.12.8.21', '10.12.8.22', '10.12.8.23')
$headers = @{
    Authorization = 'Basic <<s>>'
    Accept        = 'application/json'
}
$body = @{ value = 71 } | ConvertTo-Json

foreach ($ip in $controllers) {
    $uri = "https://$ip/api/rest/v1/protocols/bacnet/local/objects/analog-value/12/properties/present-value"
    try {
        Invoke-RestMethod -Uri $uri -Method Put -Headers $headers -Body $body -ContentType 'application/json' -SkipCertificateCheck
        Write-Host "$ip ok"
    } catch {
        Write-Warning "$ip failed: $($_.Exception.Message)"
    }
}
""", s=s), s)

add("csv/decoy-device-identifiers", "commissioning/lakeview-library/bacnet-devices.csv",
    "https://bacnet.org/buy/iso-standard/", fill(r"""
device_instance,name,ip,port,vendor_id,vendor,model,mac,firmware
120101,AHU-1,10.12.8.21,47808,364,Distech Controls,ECY-S1000,00:1A:3B:4C:11:02,1.18.22105.1
120102,AHU-2,10.12.8.22,47808,364,Distech Controls,ECY-S1000,00:1A:3B:4C:11:07,1.18.22105.1
120103,RTU-3,10.12.8.23,47808,364,Distech Controls,ECY-PTU-208,00:1A:3B:4C:12:9E,1.18.22105.1
120201,BLR-1,10.12.8.30,47808,5,Johnson Controls,FX-PCG2611,00:0E:1F:88:20:41,10.1.0.2051
120301,EF-1,10.12.8.31,47808,95,Belimo,UNI-1,00:25:DC:03:7B:10,2.4.1
"""))

add("yaml/decoy-register-map", "bms/modbus/navien-nfc-register-map.yaml",
    "https://www.modbus.org/docs/Modbus_Application_Protocol_V1_1b3.pdf", fill(r"""
# Navien NFC-H boiler via Navilink Modbus gateway (RS-485 to Modbus TCP)
device:
  host: 10.12.9.40
  port: 502
  unit_id: 1
  poll_seconds: 30
registers:
  - { name: supply_temp_f,     address: 40011, type: int16, scale: 0.1 }
  - { name: return_temp_f,     address: 40012, type: int16, scale: 0.1 }
  - { name: outdoor_temp_f,    address: 40015, type: int16, scale: 0.1 }
  - { name: flame_signal_ua,   address: 40021, type: uint16, scale: 0.1 }
  - { name: fan_speed_rpm,     address: 40024, type: uint16 }
  - { name: error_code,        address: 40031, type: uint16 }
  - { name: cumulative_hours,  address: 40040, type: uint32, word_order: big }
"""))

s = gen_pw(20)
add("arduino/mqtt-password", "firmware/sump-monitor/src/main.cpp",
    "https://www.hivemq.com/article/mqtt-client-library-encyclopedia-arduino-pubsubclient/", fill(r"""
#include <Arduino.h>
#include <WiFiManager.h>
#include <WiFiClientSecure.h>
#include <PubSubClient.h>

// Sump pump / high-water monitor sold with the Comfort Club "Basement Shield" plan.
static const char* MQTT_HOST = "b7f3c2a19d4e.s1.eu.hivemq.cloud";
static const int   MQTT_PORT = 8883;
static const char* MQTT_USER = "sump-fleet";
static const char* MQTT_PASS = "<<s>>";

WiFiClientSecure tls;
PubSubClient mqtt(tls);

void setup() {
  Serial.begin(115200);
  pinMode(34, INPUT);
  WiFiManager wm;                      // captive portal, the homeowner enters their Wi-Fi
  wm.autoConnect("SumpShield-Setup");
  tls.setInsecure();
  mqtt.setServer(MQTT_HOST, MQTT_PORT);
}

void loop() {
  if (!mqtt.connected()) {
    String id = "sump-" + WiFi.macAddress();
    mqtt.connect(id.c_str(), MQTT_USER, MQTT_PASS);
  }
  int level = analogRead(34);
  mqtt.publish(("sump/" + WiFi.macAddress() + "/level").c_str(), String(level).c_str());
  mqtt.loop();
  delay(level > 2800 ? 5000 : 60000);
}
""", s=s), s)

s = human_pw()
add("c-header/wifi-password", "firmware/boiler-monitor/include/secrets.h",
    "https://docs.espressif.com/projects/arduino-esp32/en/latest/api/wifi.html", fill(r"""
#pragma once
// Shop test bench - boiler monitor prototype
#define WIFI_SSID     "CedarHVAC-Lab"
#define WIFI_PASSWORD "<<s>>"
#define MQTT_HOST     "10.0.30.5"
#define MQTT_PORT     1883
#define DEVICE_NAME   "boiler-bench-01"
""", s=s), s)

add("c-header/decoy-placeholder", "firmware/boiler-monitor/include/secrets.example.h",
    "https://docs.platformio.org/en/latest/projectconf/sections/env/options/build/build_flags.html", fill(r"""
#pragma once
// Copy to secrets.h (git-ignored) and fill in for your bench.
#define WIFI_SSID     "your-ssid"
#define WIFI_PASSWORD "your-wifi-password"
#define MQTT_HOST     "192.168.1.10"
#define MQTT_PORT     1883
#define DEVICE_NAME   "boiler-bench-XX"
"""))

s = gen_pw(24)
add("conf/mosquitto-bridge-password", "bms/mosquitto/conf.d/bridge-cloud.conf",
    "https://mosquitto.org/man/mosquitto-conf-5.html", fill(r"""
# Bridge the on-site broker at Riverside Medical to our monitoring broker.
connection riverside-to-cloud
address mqtt.cedarhvac-monitor.com:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
remote_clientid riverside-medical-bridge
remote_username riverside-medical
remote_password <<s>>
cleansession false
notifications true
topic bms/# out 1 "" sites/riverside-medical/
topic cmd/# in 1 "" sites/riverside-medical/
""", s=s), s)

add("conf/decoy-password-hash", "bms/mosquitto/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", fill(r"""
telegraf:$7$101$<<s1>>$<<h1>>
nodered:$7$101$<<s2>>$<<h2>>
sump-fleet:$7$101$<<s3>>$<<h3>>
grafana:$7$101$<<s4>>$<<h4>>
riverside-medical:$7$101$<<s5>>$<<h5>>
""", s1=b64_bytes(12), h1=b64_bytes(64), s2=b64_bytes(12), h2=b64_bytes(64), s3=b64_bytes(12), h3=b64_bytes(64),
    s4=b64_bytes(12), h4=b64_bytes(64), s5=b64_bytes(12), h5=b64_bytes(64)))

s = b64_bytes(32)
add("json/azure-iot-connection-string", "firmware/rtu-gateway/config/device.prod.json",
    "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas", fill(r"""
{
  "deviceId": "rtu-gw-0417",
  "site": "Fairview Shopping Center",
  "connectionString": "HostName=cedar-hvac-iothub.azure-devices.net;DeviceId=rtu-gw-0417;SharedAccessKey=<<s>>",
  "telemetryIntervalSeconds": 60,
  "units": [
    { "name": "RTU-1", "modbusAddress": 11, "tons": 12.5 },
    { "name": "RTU-2", "modbusAddress": 12, "tons": 12.5 },
    { "name": "RTU-3", "modbusAddress": 13, "tons": 7.5 }
  ]
}
""", s=s), s)

add("json/decoy-certificate-path", "firmware/rtu-gateway/config/device.dps.json",
    "https://learn.microsoft.com/en-us/azure/iot-dps/concepts-x509-attestation", fill(r"""
{
  "provisioning": {
    "globalEndpoint": "global.azure-devices-provisioning.net",
    "idScope": "0ne00A3C9F1",
    "attestation": "x509",
    "certificatePath": "/etc/rtu-gateway/device-cert.pem",
    "privateKeyPath": "/etc/rtu-gateway/device-key.pem"
  },
  "registrationId": "rtu-gw-0418",
  "telemetryIntervalSeconds": 60,
  "units": [
    { "name": "RTU-1", "modbusAddress": 11, "tons": 10 }
  ]
}
"""))

s = mixed(32)
add("javascript/node-red-credential-secret", "bms/node-red/settings.js",
    "https://nodered.org/docs/user-guide/runtime/configuration", fill(r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    // Key that encrypts flows_cred.json (MQTT, InfluxDB and Twilio node credentials)
    credentialSecret: "<<s>>",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "cedar",
            password: "$2b$08$<<h>>",
            permissions: "*"
        }]
    },
    functionGlobalContext: {},
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } }
};
""", s=s, h=draw(53, ALNUM + "./")), s)

add("json/decoy-no-credentials", "bms/node-red/flows.json", "https://nodered.org/docs/user-guide/node-red-admin#credentials", fill(r"""
[
  { "id": "b1f0c2d4e5a60718", "type": "tab", "label": "Boiler alarms", "disabled": false },
  { "id": "3a9e7c51d2f04b86", "type": "mqtt-broker", "name": "site broker", "broker": "10.0.30.5", "port": "1883",
    "clientid": "nodered-alarms", "usetls": false, "protocolVersion": "4", "keepalive": "60" },
  { "id": "8c21d4e9f7a35b10", "type": "mqtt in", "z": "b1f0c2d4e5a60718", "name": "lockouts",
    "topic": "bms/+/boiler/lockout", "qos": "1", "broker": "3a9e7c51d2f04b86", "x": 140, "y": 120,
    "wires": [["5e6f7a8b9c0d1e2f"]] },
  { "id": "5e6f7a8b9c0d1e2f", "type": "function", "z": "b1f0c2d4e5a60718", "name": "format SMS",
    "func": "msg.payload = `Boiler lockout at ${msg.topic.split('/')[1]}: code ${msg.payload}`;\nreturn msg;",
    "outputs": 1, "x": 340, "y": 120, "wires": [["d4c3b2a190817263"]] },
  { "id": "d4c3b2a190817263", "type": "twilio out", "z": "b1f0c2d4e5a60718", "twilio": "f0e1d2c3b4a59687",
    "twilioType": "sms", "number": "+15125550188", "name": "on-call", "x": 540, "y": 120, "wires": [] }
]
"""))

s = draw(32, LOWER_ALNUM)
add("python/tuya-access-secret", "bms/tuya/minisplit_sync.py", "https://developer.tuya.com/en/docs/iot/singnature", fill(r"""
import tinytuya

# Tuya IoT Platform cloud project "Cedar Mini-Splits" (Western America data center)
cloud = tinytuya.Cloud(
    apiRegion="us",
    apiKey="<<aid>>",
    apiSecret="<<s>>",
    apiDeviceID="<<dev>>",
)

MINI_SPLITS = {
    "Server room": "<<d1>>",
    "Warehouse office": "<<d2>>",
}


def status_all():
    out = {}
    for name, dev_id in MINI_SPLITS.items():
        result = cloud.getstatus(dev_id)
        out[name] = {item["code"]: item["value"] for item in result.get("result", [])}
    return out


if __name__ == "__main__":
    for room, status in status_all().items():
        print(room, status.get("temp_current"), status.get("mode"))
""", aid=draw(20, LOWER_ALNUM), s=s, dev=draw(22, LOWER_ALNUM), d1=draw(22, LOWER_ALNUM), d2=draw(22, LOWER_ALNUM)), s)

s = uid()
add("shell/smartthings-token", "scripts/smartthings/list-thermostats.sh",
    "https://developer.smartthings.com/docs/advanced/authorization-and-permissions", fill(r"""
#!/usr/bin/env bash
# Lists the thermostats on the showroom SmartThings location.
set -euo pipefail

ST_TOKEN="<<s>>"
LOCATION_ID="<<loc>>"

curl -sS "https://api.smartthings.com/v1/devices?locationId=${LOCATION_ID}&capability=thermostatMode" \
  -H "Authorization: Bearer ${ST_TOKEN}" \
  -H "Accept: application/json" |
  jq -r '.items[] | [.deviceId, .label, .deviceTypeName] | @tsv'
""", s=s, loc=uid()), s)

add("json/decoy-device-identifiers", "scripts/smartthings/showroom-devices.json",
    "https://developer.smartthings.com/docs/api/public#operation/getDevices", fill(r"""
{
  "items": [
    {
      "deviceId": "<<d1>>",
      "name": "ecobee Thermostat",
      "label": "Showroom Main Floor",
      "locationId": "<<loc>>",
      "roomId": "<<r1>>",
      "components": [{ "id": "main", "capabilities": [{ "id": "thermostatMode", "version": 1 }] }]
    },
    {
      "deviceId": "<<d2>>",
      "name": "Leak Sensor",
      "label": "Water Heater Closet",
      "locationId": "<<loc>>",
      "roomId": "<<r2>>",
      "components": [{ "id": "main", "capabilities": [{ "id": "waterSensor", "version": 1 }] }]
    }
  ]
}
""", d1=uid(), d2=uid(), loc=uid(), r1=uid(), r2=uid()))

s = mixed(44)
add("python/daikin-integrator-token", "bms/daikin/daikin_one.py",
    "https://www.daikinone.com/openapi/documentation/index.html", fill(r"""
import os

import requests

BASE = "https://integrator-api.daikinskyport.com"
INTEGRATOR_EMAIL = "integrations@westgatemech.com"
INTEGRATOR_TOKEN = "<<s>>"


def token() -> str:
    resp = requests.post(f"{BASE}/v1/token", headers={"x-api-key": os.environ["DAIKIN_API_KEY"]},
                         json={"email": INTEGRATOR_EMAIL, "integratorToken": INTEGRATOR_TOKEN}, timeout=15)
    resp.raise_for_status()
    return resp.json()["accessToken"]


def devices():
    headers = {"Authorization": f"Bearer {token()}", "x-api-key": os.environ["DAIKIN_API_KEY"]}
    return requests.get(f"{BASE}/v1/devices", headers=headers, timeout=15).json()
""", s=s), s)

s = human_pw()
add("yaml/kumo-cloud-password", "bms/kumo/kumo.yaml", "https://github.com/dlarrick/pykumo#usage", fill(r"""
# Mitsubishi kumo cloud account for the mini-split install at the Pinecrest fire station
account:
  username: service@westgatemech.com
  password: "<<s>>"
units:
  - serial: "2421P008J10034F"
    name: Bunk room
  - serial: "2421P008J10035F"
    name: Day room
  - serial: "2421P008J10071F"
    name: Apparatus bay office
poll_minutes: 10
""", s=s), s)

s = b64_bytes(32)
add("ini/wireguard-private-key", "bms/vpn/wg-riverside.conf", "https://www.wireguard.com/quickstart/", fill(r"""
[Interface]
# Building gateway at Riverside Medical -> our monitoring VPN
Address = 10.88.0.17/32
PrivateKey = <<s>>
DNS = 10.88.0.1

[Peer]
PublicKey = <<pub>>
Endpoint = vpn.cedarhvac-monitor.com:51820
AllowedIPs = 10.88.0.0/24
PersistentKeepalive = 25
""", s=s, pub=b64_bytes(32)), s)

add("ini/decoy-key-file", "bms/vpn/wg-lakeview.conf", "https://man7.org/linux/man-pages/man8/wg.8.html", fill(r"""
[Interface]
# Building gateway at Lakeview Library. The private key is generated on the box at install
# (wg genkey > /etc/wireguard/private.key) and never leaves it.
Address = 10.88.0.18/32
PostUp = wg set %i private-key /etc/wireguard/private.key
DNS = 10.88.0.1

[Peer]
PublicKey = <<pub>>
Endpoint = vpn.cedarhvac-monitor.com:51820
AllowedIPs = 10.88.0.0/24
PersistentKeepalive = 25
""", pub=b64_bytes(32)))

s = pem("", 16)
add("openvpn/private-key", "bms/vpn/fairview-jace.ovpn", "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", fill(r"""
client
dev tun
proto udp
remote vpn.cedarhvac-monitor.com 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
verb 3
<ca>
<<ca>>
</ca>
<key>
<<s>>
</key>
""", ca=cert_pem(10), s=s), s)

add("openvpn/decoy-public-certificate", "bms/vpn/template-site.ovpn",
    "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/", fill(r"""
client
dev tun
proto udp
remote vpn.cedarhvac-monitor.com 1194
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
# per-site client cert and key are written by the provisioning script to /etc/openvpn/client/
cert /etc/openvpn/client/site.crt
key /etc/openvpn/client/site.key
<ca>
<<ca>>
</ca>
""", ca=cert_pem(12)))

s = hexs(40)
add("yaml/cradlepoint-api-key", "fleet/cradlepoint/netcloud.yaml",
    "https://developer.cradlepoint.com/", fill(r"""
# NetCloud Manager API (truck routers, IBR900 and one E300 at the shop)
api:
  base_url: https://www.cradlepointecm.com/api/v2
  cp_api_id: ${CP_API_ID}
  cp_api_key: ${CP_API_KEY}
  ecm_api_id: <<eid>>
  ecm_api_key: <<s>>
groups:
  trucks: 318844
  shop: 318845
alerts:
  offline_minutes: 30
  notify: fleet@pinecrestplumbing.com
""", eid=uid(), s=s), s)

s = human_pw()
add("routeros/user-password", "network/shop-bms-router.rsc", "https://help.mikrotik.com/docs/display/ROS/User", fill(r"""
# 2024-02-11 09:14:52 by RouterOS 7.13.4
# model = RB5009UG+S+
/interface bridge add name=bridge-bms
/interface vlan add interface=bridge-bms name=vlan40-bms vlan-id=40
/ip address add address=10.40.0.1/24 interface=vlan40-bms
/ip pool add name=bms-pool ranges=10.40.0.100-10.40.0.200
/ip dhcp-server add address-pool=bms-pool interface=vlan40-bms name=bms-dhcp
/ip firewall filter add chain=forward action=drop in-interface=vlan40-bms out-interface=ether1 comment="BMS has no internet"
/user add name=bmsadmin group=full password="<<s>>"
/user disable admin
/system identity set name=shop-bms-gw
""", s=s), s)

add("routeros/decoy-hidden-sensitive", "network/truck-router-template.rsc", "https://help.mikrotik.com/docs/display/ROS/Configuration+Management#ConfigurationManagement-Exportingconfiguration", fill(r"""
# 2024-02-11 09:20:03 by RouterOS 7.13.4
# exported with: /export hide-sensitive file=truck-router-template
/interface wireless security-profiles add authentication-types=wpa2-psk mode=dynamic-keys name=truck
/interface wireless set [ find default-name=wlan1 ] ssid=PinecrestTruck security-profile=truck
/ip address add address=192.168.88.1/24 interface=bridge
/ip dhcp-server network add address=192.168.88.0/24 gateway=192.168.88.1
/ppp secret add name=truck-vpn service=l2tp
/system identity set name=truck-XX
"""))

s = pem("EC")
add("pem/bacnet-sc-key", "bms/bacnet-sc/hub-operational.key", "https://bacnet.org/bacnet-secure-connect/", s + "\n", s)

add("pem/decoy-public-certificate", "bms/bacnet-sc/hub-operational.crt", "https://bacnet.org/bacnet-secure-connect/",
    cert_pem(14) + "\n")

s = human_pw()
add("python/honeywell-tcc-password", "bms/tcc/vacation_homes.py", "https://github.com/kk7ds/somecomfort", fill(r"""
import somecomfort

# Total Connect Comfort login for the vacation-rental clients we manage (freeze watch)
USERNAME = "freezewatch@brooksideplumbing.com"
PASSWORD = "<<s>>"
FREEZE_ALERT_F = 45


def cold_houses():
    client = somecomfort.SomeComfort(USERNAME, PASSWORD)
    cold = []
    for location in client.locations_by_id.values():
        for device in location.devices_by_id.values():
            if device.current_temperature < FREEZE_ALERT_F:
                cold.append((device.name, device.current_temperature))
    return cold


if __name__ == "__main__":
    for name, temp in cold_houses():
        print(f"FREEZE RISK {name}: {temp}F")
""", s=s), s)

add("python/decoy-test-fixture", "bms/tcc/tests/test_vacation_homes.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", fill(r"""
from unittest import mock

import vacation_homes

FAKE_USER = "test@example.com"
FAKE_PASSWORD = "not-a-real-password"


def _device(name, temp):
    return mock.Mock(current_temperature=temp, **{"name": name})


def test_cold_houses_reports_only_cold(monkeypatch):
    location = mock.Mock(devices_by_id={1: _device("Cabin", 41), 2: _device("Lodge", 62)})
    client = mock.Mock(locations_by_id={10: location})
    monkeypatch.setattr(vacation_homes, "USERNAME", FAKE_USER)
    monkeypatch.setattr(vacation_homes, "PASSWORD", FAKE_PASSWORD)
    with mock.patch("somecomfort.SomeComfort", return_value=client) as ctor:
        assert vacation_homes.cold_houses() == [("Cabin", 41)]
    ctor.assert_called_once_with(FAKE_USER, FAKE_PASSWORD)
"""))

s = b64_bytes(64)
add("toml/influxdb-token", "bms/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", fill(r"""
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "riverside-gw"

[[inputs.modbus]]
  name = "chiller"
  controller = "tcp://10.12.9.50:502"
  slave_id = 1
  holding_registers = [
    { name = "chw_supply_f", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [100] },
    { name = "chw_return_f", byte_order = "AB", data_type = "INT16", scale = 0.1, address = [101] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://influx.cedarhvac-monitor.com"]
  token = "<<s>>"
  organization = "cedar-hvac"
  bucket = "bms"
""", s=s), s)

add("toml/decoy-env-reference", "bms/telegraf/telegraf-lakeview.conf", "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables", fill(r"""
[agent]
  interval = "30s"
  hostname = "lakeview-gw"

[[inputs.bacnet]]
  # via the bacnet-stack gateway container
  address = "10.12.8.0/24"

[[outputs.influxdb_v2]]
  urls = ["https://influx.cedarhvac-monitor.com"]
  token = "${INFLUX_TOKEN}"
  organization = "cedar-hvac"
  bucket = "bms"
"""))

s = gen_pw(22, "#;%")
add("ini/grafana-database-password", "bms/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#database", fill(r"""
[server]
domain = dash.cedarhvac-monitor.com
root_url = https://dash.cedarhvac-monitor.com/

[database]
type = postgres
host = 10.88.0.5:5432
name = grafana
user = grafana
password = """ + "\"\"\"<<s>>\"\"\"" + r"""
ssl_mode = require

[auth.anonymous]
enabled = false

[smtp]
enabled = true
host = smtp.office365.com:587
user = alerts@cedarhvac.com
password = $__file{/etc/grafana/smtp_password}
""", s=s), s)

add("yaml/decoy-env-reference", "bms/grafana/provisioning/datasources/influx.yaml",
    "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables", fill(r"""
apiVersion: 1
datasources:
  - name: BMS (InfluxDB)
    type: influxdb
    access: proxy
    url: https://influx.cedarhvac-monitor.com
    jsonData:
      version: Flux
      organization: cedar-hvac
      defaultBucket: bms
    secureJsonData:
      token: $INFLUX_TOKEN
"""))

s = draw(30, LOWER_ALNUM)
add("yaml/pushover-token", "homeassistant/shop/configuration.yaml", "https://www.home-assistant.io/integrations/pushover/", fill(r"""
homeassistant:
  name: Cedar HVAC Shop
  unit_system: us_customary

default_config:

notify:
  - name: oncall_pushover
    platform: pushover
    api_key: <<s>>
    user_key: <<uk>>

automation:
  - alias: "Walk-in cooler too warm"
    trigger:
      - platform: numeric_state
        entity_id: sensor.walk_in_cooler_temperature
        above: 41
        for: "00:15:00"
    action:
      - service: notify.oncall_pushover
        data:
          message: "Walk-in cooler is {{ states('sensor.walk_in_cooler_temperature') }}°F"
""", s=s, uk=draw(30, LOWER_ALNUM)), s)

s = human_pw()
add("helm/influxdb-admin-password", "deploy/helm/bms-historian/values-prod.yaml",
    "https://github.com/influxdata/helm-charts/tree/master/charts/influxdb2", fill(r"""
influxdb2:
  image:
    tag: 2.7.5
  adminUser:
    organization: cedar-hvac
    bucket: bms
    user: admin
    password: "<<s>>"
    retention_policy: 400d
  persistence:
    enabled: true
    size: 200Gi
  ingress:
    enabled: true
    hostname: influx.cedarhvac-monitor.com
    tls: true
resources:
  requests:
    cpu: "1"
    memory: 4Gi
""", s=s), s)

add("helm/decoy-existing-secret", "deploy/helm/bms-historian/values-staging.yaml",
    "https://github.com/influxdata/helm-charts/tree/master/charts/influxdb2#existing-secret", fill(r"""
influxdb2:
  image:
    tag: 2.7.5
  adminUser:
    organization: cedar-hvac
    bucket: bms
    user: admin
    existingSecret: influxdb-admin   # keys: admin-password, admin-token (created by ExternalSecret)
    retention_policy: 30d
  persistence:
    enabled: true
    size: 20Gi
  ingress:
    enabled: false
"""))

s = gen_pw(18)
add("dockerfile/mqtt-password", "bms/gateway/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", fill(r"""
FROM python:3.12-slim

WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends libmodbus5 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY gateway/ gateway/

ENV MQTT_HOST=mqtt.cedarhvac-monitor.com \
    MQTT_PORT=8883 \
    MQTT_USER=gateway \
    MQTT_PASSWORD=<<s>> \
    POLL_SECONDS=30

CMD ["python", "-m", "gateway"]
""", s=s), s)

add("dockerfile/decoy-build-secret", "bms/historian-exporter/Dockerfile", "https://docs.docker.com/build/building/secrets/", fill(r"""
# syntax=docker/dockerfile:1.7
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=secret,id=netrc,target=/root/.netrc go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/exporter ./cmd/exporter

FROM gcr.io/distroless/static-debian12@sha256:<<digest>>
COPY --from=build /out/exporter /exporter
USER nonroot
ENTRYPOINT ["/exporter"]
""", digest=hexs(64)))

s = human_pw()
add("systemd/metasys-password", "bms/deploy/metasys-export.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment", fill(r"""
[Unit]
Description=Nightly Metasys trend export (Riverside Medical)
After=network-online.target

[Service]
Type=oneshot
User=bms
WorkingDirectory=/opt/bms
Environment="METASYS_HOST=ads01.riverside-medical.local"
Environment="METASYS_USER=cedarhvac_svc"
Environment="METASYS_PASSWORD=<<s>>"
ExecStart=/opt/bms/.venv/bin/python -m metasys.export_trends --days 1
""", s=s), s)

add("systemd/decoy-credential-file", "bms/deploy/lakeview-export.service", "https://systemd.io/CREDENTIALS/", fill(r"""
[Unit]
Description=Nightly ECLYPSE trend export (Lakeview Library)
After=network-online.target

[Service]
Type=oneshot
User=bms
WorkingDirectory=/opt/bms
EnvironmentFile=/etc/bms/lakeview.env
LoadCredential=eclypse-password:/etc/credstore/eclypse-password
ExecStart=/opt/bms/.venv/bin/python -m distech.export --password-file ${CREDENTIALS_DIRECTORY}/eclypse-password
"""))

s = hexs(32)
add("rust/datadog-api-key", "bms/telemetry-forwarder/src/main.rs", "https://docs.datadoghq.com/api/latest/metrics/#submit-metrics", fill(r"""
use reqwest::blocking::Client;
use serde_json::json;
use std::time::{SystemTime, UNIX_EPOCH};

const DD_API_KEY: &str = "<<s>>";
const DD_SITE: &str = "https://api.us5.datadoghq.com";

fn submit(client: &Client, metric: &str, value: f64, site: &str) -> reqwest::Result<()> {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs();
    let body = json!({
        "series": [{
            "metric": metric,
            "type": 3,
            "points": [{ "timestamp": now, "value": value }],
            "tags": [format!("site:{}", site), "source:bms"]
        }]
    });
    client
        .post(format!("{}/api/v2/series", DD_SITE))
        .header("DD-API-KEY", DD_API_KEY)
        .json(&body)
        .send()?
        .error_for_status()?;
    Ok(())
}

fn main() {
    let client = Client::new();
    submit(&client, "bms.chiller.chw_supply_f", 44.2, "riverside-medical").expect("submit");
}
""", s=s), s)


# ---------------------------------------------------------------------------------------------
# Parts suppliers, quoting and invoicing, customer payments
# ---------------------------------------------------------------------------------------------
s = mixed(40)
add("python/supplier-oauth-client-secret", "purchasing/ferguson_prices/sync.py",
    "https://www.rfc-editor.org/rfc/rfc6749#section-4.4", fill(r"""
import csv
import datetime as dt

import requests

TOKEN_URL = "https://api.ferguson.com/oauth2/token"
PRICING_URL = "https://api.ferguson.com/pricing/v1/accounts/{account}/prices"
ACCOUNT = "00418273"
CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<s>>"


def token() -> str:
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "scope": "pricing.read"},
                         auth=(CLIENT_ID, CLIENT_SECRET), timeout=20)
    resp.raise_for_status()
    return resp.json()["access_token"]


def refresh_prices(skus_path: str, out_path: str) -> None:
    with open(skus_path) as f:
        skus = [row["sku"] for row in csv.DictReader(f)]
    headers = {"Authorization": f"Bearer {token()}"}
    prices = requests.post(PRICING_URL.format(account=ACCOUNT), json={"products": skus},
                           headers=headers, timeout=60).json()["prices"]
    with open(out_path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["sku", "net_price", "uom", "as_of"])
        for p in prices:
            w.writerow([p["sku"], p["netPrice"], p["uom"], dt.date.today().isoformat()])
""", cid=mixed(32), s=s), s)

s = human_pw()
add("shell/sftp-url-password", "purchasing/edi/pull_johnstone.sh", "https://lftp.yar.ru/lftp-man.html", fill(r"""
#!/bin/sh
# Pulls 810 invoices and 855 PO acknowledgements from Johnstone Supply's EDI drop every hour.
set -eu
INBOX=/srv/edi/inbox/johnstone
mkdir -p "$INBOX"

lftp -e "set sftp:auto-confirm yes; mirror --Remove-source-files --include-glob '*.x12' /outbound $INBOX; bye" \
  "sftp://maplemech_edi:<<s>>@edi.johnstonesupply.com:22"

for f in "$INBOX"/*.x12; do
  [ -e "$f" ] || continue
  /opt/edi/bin/translate --partner johnstone "$f" && mv "$f" /srv/edi/archive/
done
""", s=s), s)

add("x12/decoy-edi-document", "purchasing/edi/samples/850_sample.x12", "https://x12.org/products/transaction-sets", fill(r"""
ISA*00*          *00*          *ZZ*MAPLEMECH      *ZZ*JOHNSTONE001   *240311*0915*U*00401*000004127*0*P*>~
GS*PO*MAPLEMECH*JOHNSTONE001*20240311*0915*4127*X*004010~
ST*850*0001~
BEG*00*SA*PO-24-00871**20240311~
REF*DP*SERVICE~
N1*ST*MAPLE MECHANICAL*92*SHOP01~
N3*4410 INDUSTRIAL PKWY~
N4*DAYTON*OH*45414~
PO1*1*4*EA*38.17**VP*UTF-TR6*BP*80427~
PO1*2*2*EA*212.40**VP*HON-S9200U1000*BP*66210~
PO1*3*10*EA*6.85**VP*DUA-CAP4010*BP*11932~
CTT*3~
SE*11*0001~
GE*1*4127~
IEA*1*000004127~
"""))

s = gen_pw(16, "!$")
add("winscp/sftp-password", "purchasing/edi/winscp/pull_invoices.txt", "https://winscp.net/eng/docs/scriptcommand_open", fill(r"""
option batch abort
option confirm off
open sftp://pinecrest_ap:<<s>>@sftp.winsupplyinc.com/ -hostkey="ssh-ed25519 255 <<fp>>"
cd /outgoing/invoices
lcd D:\AP\Winsupply\Incoming
get -delete *.csv
close
exit
""", s=s, fp=b64_bytes(32).rstrip("=")), s)

add("known-hosts/decoy-public-key", "purchasing/edi/known_hosts", "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT", fill(r"""
edi.johnstonesupply.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>>
edi.johnstonesupply.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k2>>
sftp.winsupplyinc.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB<<k3>>
sftp.ferguson.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k4>>
sftp.ferguson.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k5>>
""", k1=draw(43, B64CHARS), k2=draw(200, B64CHARS), k3=draw(86, B64CHARS) + "=", k4=draw(43, B64CHARS), k5=draw(200, B64CHARS)))

QBO_DOCS = "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0"
s = mixed(40)
add("javascript/quickbooks-client-secret", "invoicing/qbo-bridge/config/production.js", QBO_DOCS, fill(r"""
module.exports = {
  quickbooks: {
    environment: 'production',
    clientId: 'AB<<cid>>',
    clientSecret: '<<s>>',
    redirectUri: 'https://billing.riversideplumbing.com/qbo/callback',
    scopes: ['com.intuit.quickbooks.accounting'],
    minorVersion: 70,
  },
  invoices: {
    defaultTerms: 'Net 15',
    serviceItem: 'Service Call',
    taxCode: 'TAX',
    depositAccount: 'Undeposited Funds',
  },
};
""", cid=mixed(48), s=s), s)

add("javascript/decoy-env-reference", "invoicing/qbo-bridge/config/default.js", QBO_DOCS, fill(r"""
module.exports = {
  quickbooks: {
    environment: process.env.QBO_ENV || 'sandbox',
    clientId: process.env.QBO_CLIENT_ID,
    clientSecret: process.env.QBO_CLIENT_SECRET,
    realmId: '9130356771482205', // company id, not a secret
    discoveryUrl: 'https://developer.api.intuit.com/.well-known/openid_sandbox_configuration',
    redirectUri: 'http://localhost:3000/qbo/callback',
    scopes: ['com.intuit.quickbooks.accounting'],
  },
  invoices: {
    defaultTerms: 'Net 15',
    serviceItem: 'Service Call',
  },
};
"""))

STRIPE_DOCS = "https://docs.stripe.com/keys"
s = "sk_live_51" + mixed(97)
add("python/stripe-secret-key", "invoicing/payments/stripe_charges.py", STRIPE_DOCS, fill(r"""
import stripe

stripe.api_key = "<<s>>"
stripe.max_network_retries = 2


def collect_on_site(invoice_no: str, amount_cents: int, customer_id: str, payment_method: str) -> str:
    # Tech collects at the door with the card on file (membership customers only)
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        payment_method=payment_method,
        off_session=True,
        confirm=True,
        description=f"Invoice {invoice_no}",
        metadata={"invoice_no": invoice_no},
    )
    return intent.status
""", s=s), s)

add("javascript/decoy-publishable-key", "apps/customer-portal/src/payments/checkout.js", STRIPE_DOCS, fill(r"""
import { loadStripe } from '@stripe/stripe-js';

// Publishable keys are meant to be in browser code: https://docs.stripe.com/keys
const stripePromise = loadStripe('pk_live_51<<pk>>');

export async function payInvoice(invoiceId) {
  const res = await fetch(`/api/invoices/${invoiceId}/payment-intent`, { method: 'POST' });
  const { clientSecret } = await res.json();
  const stripe = await stripePromise;
  const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe' } });
  const payment = elements.create('payment');
  payment.mount('#payment-element');
  return { stripe, elements };
}
""", pk=mixed(97)))

s = "whsec_" + mixed(32)
add("javascript/stripe-webhook-secret", "apps/customer-portal/server/routes/stripeWebhook.js",
    "https://docs.stripe.com/webhooks#verify-events", fill(r"""
const express = require('express');
const Stripe = require('stripe');
const { markInvoicePaid } = require('../invoices');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '<<s>>';
const router = express.Router();

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'payment_intent.succeeded') {
    await markInvoicePaid(event.data.object.metadata.invoice_no, event.data.object.id);
  }
  res.json({ received: true });
});

module.exports = router;
""", s=s), s)

add("json/decoy-ids-fixture", "apps/customer-portal/server/test/fixtures/payment_intent_succeeded.json",
    "https://docs.stripe.com/api/events/object", fill(r"""
{
  "id": "evt_3OqL8aKx2fP0nQ1c1XyZ0aBc",
  "object": "event",
  "api_version": "2023-10-16",
  "created": 1710168412,
  "type": "payment_intent.succeeded",
  "livemode": false,
  "data": {
    "object": {
      "id": "pi_3OqL8aKx2fP0nQ1c1dEfGhIj",
      "object": "payment_intent",
      "amount": 48900,
      "currency": "usd",
      "customer": "cus_PfQ2x8LmN3bVzT",
      "latest_charge": "ch_3OqL8aKx2fP0nQ1c1kLmNoPq",
      "payment_method": "pm_1OqL7zKx2fP0nQ1cRsTuVwXy",
      "status": "succeeded",
      "metadata": { "invoice_no": "INV-24-10382" }
    }
  }
}
"""))

s = "EAAA" + mixed(60, URLSAFE)
add("ruby/square-access-token", "app/services/square_terminal_checkout.rb",
    "https://developer.squareup.com/docs/build-basics/access-tokens", fill(r"""
require 'square'

class SquareTerminalCheckout
  LOCATION_ID = 'L8QZ2N4V7WXYR'.freeze

  def initialize
    @client = Square::Client.new(
      access_token: '<<s>>',
      environment: 'production'
    )
  end

  def push_to_reader(invoice, device_id)
    result = @client.terminal.create_terminal_checkout(
      body: {
        idempotency_key: SecureRandom.uuid,
        checkout: {
          amount_money: { amount: invoice.balance_cents, currency: 'USD' },
          reference_id: invoice.number,
          device_options: { device_id: device_id, tip_settings: { allow_tipping: false } }
        }
      }
    )
    raise result.errors.map { |e| e[:detail] }.join(', ') unless result.success?

    result.data.checkout[:id]
  end
end
""", s=s), s)

add("html/decoy-public-identifier", "apps/pay-portal/public/pay.html",
    "https://developer.squareup.com/docs/web-payments/overview", fill(r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your invoice - Fairview Plumbing</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="pay" type="button">Pay invoice</button>
  </form>
  <script>
    // Application and location ids are public; the access token lives only on the server.
    const appId = 'sq0idp-<<app>>';
    const locationId = 'L8QZ2N4V7WXYR';
    (async () => {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('pay').onclick = async () => {
        const { token } = await card.tokenize();
        await fetch('/api/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
      };
    })();
  </script>
</body>
</html>
""", app=mixed(22, URLSAFE)))

s = mixed(16)
add("php/authorizenet-transaction-key", "billing/config/authorizenet.php",
    "https://developer.authorize.net/api/reference/features/authentication.html", fill(r"""
<?php
// Authorize.Net gateway for the legacy billing portal (card-present refunds and ACH)
return [
    'environment'     => 'production',
    'api_login_id'    => '<<login>>',
    'transaction_key' => '<<s>>',
    'endpoint'        => 'https://api.authorize.net/xml/v1/request.api',
    'signature_key'   => getenv('ANET_SIGNATURE_KEY'),
    'duplicate_window' => 120,
    'email_customer'  => true,
];
""", login=mixed(10), s=s), s)

add("php/decoy-env-reference", "billing/config/mail.php", "https://www.php.net/manual/en/function.getenv.php", fill(r"""
<?php
// Outbound mail for invoices and receipts.
return [
    'driver'     => 'smtp',
    'host'       => getenv('MAIL_HOST') ?: 'smtp.office365.com',
    'port'       => 587,
    'encryption' => 'tls',
    'username'   => getenv('MAIL_USERNAME'),
    'password'   => getenv('MAIL_PASSWORD'),
    'from'       => ['address' => 'billing@riversideplumbing.com', 'name' => 'Riverside Plumbing Billing'],
];
"""))

s = mixed(80, URLSAFE)
add("json/paypal-client-secret", "src/Oakridge.Billing/appsettings.Production.json",
    "https://developer.paypal.com/api/rest/authentication/", fill(r"""
{
  "PayPal": {
    "Mode": "live",
    "BaseUrl": "https://api-m.paypal.com",
    "ClientId": "A<<cid>>",
    "ClientSecret": "E<<s>>",
    "WebhookId": "8PT597110X687430LKGECATA"
  },
  "Invoices": {
    "DueDays": 15,
    "LateFeePercent": 1.5
  }
}
""", cid=mixed(79, URLSAFE), s=s), "E" + s)

add("html/decoy-public-identifier", "apps/customer-portal/public/paypal-button.html",
    "https://developer.paypal.com/sdk/js/configuration/", fill(r"""
<!-- Pay by PayPal on the invoice page. The client-id is public; orders are created server-side. -->
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=A<<cid>>&currency=USD&intent=capture"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/api/paypal/orders', { method: 'POST' }).then(r => r.json()).then(o => o.id),
    onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/invoices/paid'; }),
  }).render('#paypal-button-container');
</script>
""", cid=mixed(79, URLSAFE)))

s = "key-" + hexs(32)
add("python/mailgun-api-key", "invoicing/email/send_invoice.py", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", fill(r"""
import requests

MAILGUN_DOMAIN = "mg.lakeviewplumbing.com"
MAILGUN_KEY = "<<s>>"


def send_invoice(to_addr: str, customer: str, invoice_no: str, pdf_bytes: bytes) -> str:
    resp = requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        files=[("attachment", (f"{invoice_no}.pdf", pdf_bytes, "application/pdf"))],
        data={
            "from": "Lakeview Plumbing <billing@lakeviewplumbing.com>",
            "to": to_addr,
            "subject": f"Invoice {invoice_no} from Lakeview Plumbing",
            "text": f"Hi {customer},\n\nThanks for choosing Lakeview. Your invoice is attached.\n",
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["id"]
""", s=s), s)

s = "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)
add("csharp/sendgrid-api-key", "src/Oakridge.Notifications/EmailSender.cs",
    "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", fill(r"""
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Oakridge.Notifications;

public sealed class EmailSender
{
    private const string ApiKey = "<<s>>";
    private const string EstimateTemplateId = "d-4c1b7a9e02f34d8b9a6e51c0f2d7b3aa";
    private readonly SendGridClient _client = new(ApiKey);

    public async Task SendEstimateAsync(string to, string customerName, string estimateUrl)
    {
        var msg = new SendGridMessage
        {
            From = new EmailAddress("estimates@oakridgeplumbing.com", "Oakridge Plumbing & Heating"),
            TemplateId = EstimateTemplateId,
        };
        msg.AddTo(new EmailAddress(to, customerName));
        msg.SetTemplateData(new { name = customerName, url = estimateUrl });
        var response = await _client.SendEmailAsync(msg);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"SendGrid returned {(int)response.StatusCode}");
    }
}
""", s=s), s)

add("json/decoy-template-ids", "src/Oakridge.Notifications/templates.json",
    "https://www.twilio.com/docs/sendgrid/ui/sending-email/how-to-send-an-email-with-dynamic-templates", fill(r"""
{
  "templates": {
    "estimate": { "id": "d-4c1b7a9e02f34d8b9a6e51c0f2d7b3aa", "version": "b7e0d2c4-91aa-4f3e-8d6a-2f1c0e9b7a55" },
    "invoice": { "id": "d-9a0e6f12c83b4b5d8e7f60a1b2c3d4e5", "version": "0c5d9e3f-7b2a-4a61-9e8d-4b3c2a1f0e9d" },
    "membership_renewal": { "id": "d-1f2e3d4c5b6a47988a7b6c5d4e3f2a1b", "version": "a9b8c7d6-e5f4-4321-8765-0fedcba98765" },
    "review_request": { "id": "d-77aa88bb99cc4dde8eff00112233aabb", "version": "11223344-5566-4778-899a-abbccddeeff0" }
  },
  "asm_group_ids": { "marketing": 21844, "service_reminders": 21845 }
}
"""))

r = _rng()
s = " ".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))
add("python/gmail-app-password", "office/scripts/email_statements.py", "https://support.google.com/accounts/answer/185833", fill(r"""
import smtplib
from email.message import EmailMessage
from pathlib import Path

SENDER = "office.brooksideplumbing@gmail.com"
APP_PASSWORD = "<<s>>"   # Google app password (2-step verification is on)
STATEMENTS = Path(r"C:\Users\Office\Documents\Statements")


def send_statement(to_addr: str, pdf: Path) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = to_addr
    msg["Subject"] = "Your monthly statement - Brookside Plumbing"
    msg.set_content("Please find your statement attached. Call 555-0142 with any questions.")
    msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        smtp.send_message(msg)


for pdf in STATEMENTS.glob("*.pdf"):
    send_statement(pdf.stem.split("__")[1], pdf)
""", s=s), s)

s = human_pw()
add("php/smtp-password", "wp-content/themes/westgate/inc/mailer.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", fill(r"""
<?php
use PHPMailer\PHPMailer\PHPMailer;

// "Request service" form on westgatemech.com -> dispatch inbox
function westgate_send_request( $fields ) {
    $mail = new PHPMailer( true );
    $mail->isSMTP();
    $mail->Host       = 'smtp.office365.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'webforms@westgatemech.com';
    $mail->Password   = '<<s>>';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
    $mail->Port       = 587;

    $mail->setFrom( 'webforms@westgatemech.com', 'Website' );
    $mail->addAddress( 'dispatch@westgatemech.com' );
    $mail->Subject = 'Service request: ' . sanitize_text_field( $fields['issue'] );
    $mail->Body    = print_r( array_map( 'sanitize_text_field', $fields ), true );
    return $mail->send();
}
""", s=s), s)

s = hexs(30)
add("go/plaid-secret", "payments/ach/plaid.go", "https://plaid.com/docs/api/#api-keys-and-access", fill(r"""
package ach

import (
	"context"

	plaid "github.com/plaid/plaid-go/v20/plaid"
)

const (
	plaidClientID = "<<cid>>"
	plaidSecret   = "<<s>>"
)

// NewClient returns a Plaid client for financing-plan ACH autopay.
func NewClient() *plaid.APIClient {
	cfg := plaid.NewConfiguration()
	cfg.AddDefaultHeader("PLAID-CLIENT-ID", plaidClientID)
	cfg.AddDefaultHeader("PLAID-SECRET", plaidSecret)
	cfg.UseEnvironment(plaid.Production)
	return plaid.NewAPIClient(cfg)
}

func LinkToken(ctx context.Context, c *plaid.APIClient, customerID string) (string, error) {
	user := plaid.LinkTokenCreateRequestUser{ClientUserId: customerID}
	req := plaid.NewLinkTokenCreateRequest("Riverside Plumbing", "en", []plaid.CountryCode{plaid.COUNTRYCODE_US}, user)
	req.SetProducts([]plaid.Products{plaid.PRODUCTS_AUTH})
	resp, _, err := c.PlaidApi.LinkTokenCreate(ctx).LinkTokenCreateRequest(*req).Execute()
	if err != nil {
		return "", err
	}
	return resp.GetLinkToken(), nil
}
""", cid=hexs(24), s=s), s)

add("javascript/decoy-server-token", "apps/customer-portal/src/payments/bankLink.js",
    "https://plaid.com/docs/link/web/", fill(r"""
// Plaid Link: the link_token is created per session by our server; nothing secret is in the bundle.
export async function openBankLink(customerId, onLinked) {
  const { link_token: token } = await fetch(`/api/plaid/link-token?customer=${customerId}`).then((r) => r.json());
  const handler = window.Plaid.create({
    token,
    onSuccess: async (publicToken, metadata) => {
      await fetch('/api/plaid/exchange', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ publicToken, accountId: metadata.accounts[0].id }),
      });
      onLinked(metadata.institution.name);
    },
  });
  handler.open();
}
"""))

s = "live_" + mixed(40, URLSAFE)
add("python/gocardless-access-token", "billing/memberships/direct_debit.py",
    "https://developer.gocardless.com/getting-started/api/making-your-first-request/", fill(r"""
import gocardless_pro

# Comfort Club memberships billed monthly by direct debit
client = gocardless_pro.Client(
    access_token="<<s>>",
    environment="live",
)

PLAN_AMOUNTS = {"silver": 1499, "gold": 2499, "platinum": 3999}


def start_membership(mandate_id: str, plan: str, start_date: str):
    return client.subscriptions.create(params={
        "amount": PLAN_AMOUNTS[plan],
        "currency": "USD",
        "name": f"Comfort Club {plan.title()}",
        "interval_unit": "monthly",
        "day_of_month": 1,
        "start_date": start_date,
        "links": {"mandate": mandate_id},
        "metadata": {"plan": plan},
    })
""", s=s), s)

s = human_pw()
add("python/supplier-portal-password", "purchasing/portal_scrape/order_status.py",
    "https://selenium-python.readthedocs.io/navigating.html#filling-in-forms", fill(r"""
from selenium import webdriver
from selenium.webdriver.common.by import By

PORTAL = "https://www.supplyhouse-pro.com/account/login"
USERNAME = "purchasing@maplemech.com"
PASSWORD = "<<s>>"


def open_orders():
    driver = webdriver.Chrome()
    try:
        driver.get(PORTAL)
        driver.find_element(By.ID, "email").send_keys(USERNAME)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        driver.get("https://www.supplyhouse-pro.com/account/orders?status=open")
        rows = driver.find_elements(By.CSS_SELECTOR, "table.orders tbody tr")
        return [[td.text for td in row.find_elements(By.TAG_NAME, "td")] for row in rows]
    finally:
        driver.quit()
""", s=s), s)

add("python/decoy-keyring-lookup", "purchasing/portal_scrape/backorders.py", "https://pypi.org/project/keyring/", fill(r"""
import keyring
from selenium import webdriver
from selenium.webdriver.common.by import By

PORTAL = "https://www.supplyhouse-pro.com/account/login"
USERNAME = "purchasing@maplemech.com"


def backorders():
    password = keyring.get_password("supplyhouse-pro", USERNAME)
    if password is None:
        raise SystemExit("run: keyring set supplyhouse-pro purchasing@maplemech.com")
    driver = webdriver.Chrome()
    try:
        driver.get(PORTAL)
        driver.find_element(By.ID, "email").send_keys(USERNAME)
        driver.find_element(By.ID, "password").send_keys(password)
        driver.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        driver.get("https://www.supplyhouse-pro.com/account/backorders")
        return [e.text for e in driver.find_elements(By.CSS_SELECTOR, ".backorder-line")]
    finally:
        driver.quit()
"""))

add("csv/decoy-part-numbers", "purchasing/pricebook/water-heaters.csv", "https://www.gs1.org/standards/id-keys/gtin", fill(r"""
sku,vendor_part,description,upc,cost,price,labor_hours,warranty_years
WH-40G-NG,XG40T06EC36U1,Rheem Performance 40 gal gas 36k BTU,020352735894,612.40,1689.00,3.5,6
WH-50G-NG,XG50T06EC38U1,Rheem Performance 50 gal gas 38k BTU,020352735917,668.15,1849.00,3.5,6
WH-50G-EL,XE50T06ST45U1,Rheem Performance 50 gal electric 4500W,020352735399,541.90,1599.00,3.0,6
TL-NPE240S2,NPE-240S2,Navien NPE-240S2 tankless condensing,815909020853,1604.00,4295.00,6.0,15
TL-RU199IN,RU199iN,Rinnai SENSEI RU199iN tankless,812343027165,1421.75,3995.00,6.0,12
EXP-2G,TT-2,Amtrol Therm-X-Trol 2 gal expansion tank,043521107102,41.20,149.00,0.5,5
"""))

s = mixed(43, URLSAFE)
add("dotenv/procore-client-secret", "commercial/procore-sync/.env.production",
    "https://developers.procore.com/documentation/oauth-client-credentials", fill(r"""
# Commercial division - Procore sync of submittals and RFIs
PROCORE_BASE_URL=https://api.procore.com
PROCORE_COMPANY_ID=4271185
PROCORE_CLIENT_ID=<<cid>>
PROCORE_CLIENT_SECRET=<<s>>
SYNC_PROJECTS=Riverside Medical Tower,Fairview Elementary Addition
SYNC_TOOLS=submittals,rfis,drawings
SHAREPOINT_SITE=https://westgatemech.sharepoint.com/sites/Commercial
""", cid=mixed(43, URLSAFE), s=s), s)

add("dotenv/decoy-placeholder", "commercial/procore-sync/.env.sample",
    "https://developers.procore.com/documentation/oauth-client-credentials", fill(r"""
# Copy to .env.production on the sync server. Values live in Vault at kv/commercial/procore.
PROCORE_BASE_URL=https://sandbox.procore.com
PROCORE_COMPANY_ID=
PROCORE_CLIENT_ID=<client id from the Procore developer portal>
PROCORE_CLIENT_SECRET=<client secret from the Procore developer portal>
SYNC_PROJECTS=
SYNC_TOOLS=submittals,rfis
"""))

s = pem("RSA", 25)
add("pem/docusign-rsa-key", "quotes/signing/keys/docusign_jwt_private.pem",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", s + "\n", s)

add("yaml/decoy-public-identifier", "quotes/signing/docusign.yaml",
    "https://developers.docusign.com/platform/auth/jwt/jwt-get-token/", fill(r"""
# DocuSign JWT grant for signed quotes and service agreements.
# Integration key and user id are identifiers; the RSA private key is mounted from Vault.
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: <<ik>>
  impersonated_user_id: <<user>>
  account_id: <<acct>>
  private_key_file: /vault/secrets/docusign_jwt_private.pem
  scopes: [signature, impersonation]
templates:
  replacement_quote: <<t1>>
  maintenance_agreement: <<t2>>
""", ik=uid(), user=uid(), acct=uid(), t1=uid(), t2=uid()))

s = "pat-na1-" + uid()
add("python/hubspot-private-app-token", "marketing/hubspot/sync_memberships.py",
    "https://developers.hubspot.com/docs/api/private-apps", fill(r"""
from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="<<s>>")


def upsert_member(email: str, first: str, last: str, plan: str, renews_on: str) -> str:
    props = {
        "email": email,
        "firstname": first,
        "lastname": last,
        "comfort_club_plan": plan,
        "comfort_club_renewal": renews_on,
    }
    existing = api.crm.contacts.search_api.do_search(
        {"filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ", "value": email}]}]})
    if existing.results:
        api.crm.contacts.basic_api.update(existing.results[0].id, {"properties": props})
        return existing.results[0].id
    return api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties=props)).id
""", s=s), s)

add("html/decoy-public-identifier", "website/partials/hubspot-form.html",
    "https://knowledge.hubspot.com/forms/how-can-i-share-a-hubspot-form-if-im-using-an-external-site", fill(r"""
<!-- "Schedule a tune-up" form. Portal and form ids are public embed identifiers. -->
<script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
<script>
  hbspt.forms.create({
    region: "na1",
    portalId: "21984470",
    formId: "<<form>>",
    target: "#tuneup-form"
  });
</script>
<div id="tuneup-form"></div>
""", form=uid()))

s = hexs(32) + "-us21"
add("ruby/mailchimp-api-key", "lib/tasks/newsletter.rake", "https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key", fill(r"""
require 'MailchimpMarketing'

namespace :newsletter do
  desc 'Sync Comfort Club members to the Mailchimp audience'
  task sync: :environment do
    client = MailchimpMarketing::Client.new
    client.set_config(api_key: '<<s>>', server: 'us21')
    list_id = 'a1c94e07d2'

    Membership.active.includes(:customer).find_each do |m|
      email = m.customer.email.downcase
      client.lists.set_list_member(list_id, Digest::MD5.hexdigest(email), {
        email_address: email,
        status_if_new: 'subscribed',
        merge_fields: { FNAME: m.customer.first_name, PLAN: m.plan_name }
      })
    end
  end
end
""", s=s), s)

s = "EAAG" + mixed(180, ALNUM)
add("php/facebook-page-token", "leads/facebook/webhook.php", "https://developers.facebook.com/docs/marketing-api/guides/lead-ads/retrieving", fill(r"""
<?php
// Facebook Lead Ads -> ServiceTitan booking. Long-lived page access token for "Pinecrest Plumbing".
const PAGE_TOKEN = '<<s>>';
const VERIFY_TOKEN = 'pinecrest-leads';

if ($_SERVER['REQUEST_METHOD'] === 'GET') {
    echo ($_GET['hub_verify_token'] ?? '') === VERIFY_TOKEN ? $_GET['hub_challenge'] : 'bad token';
    exit;
}

$payload = json_decode(file_get_contents('php://input'), true);
foreach ($payload['entry'] as $entry) {
    foreach ($entry['changes'] as $change) {
        $leadId = $change['value']['leadgen_id'];
        $lead = json_decode(file_get_contents(
            "https://graph.facebook.com/v19.0/{$leadId}?access_token=" . PAGE_TOKEN), true);
        book_in_servicetitan($lead['field_data']);
    }
}
""", s=s), s)

s = human_pw()
add("crontab/pgpassword", "ops/cron/billing-backup.crontab", "https://www.postgresql.org/docs/current/libpq-envars.html", fill(r"""
# m h dom mon dow command
MAILTO=it@oakridgeplumbing.com
SHELL=/bin/bash
15 1 * * * PGPASSWORD='<<s>>' pg_dump -h billing-db.oak.local -U billing_backup -Fc billing > /backups/billing_$(date +\%F).dump
45 1 * * * find /backups -name 'billing_*.dump' -mtime +30 -delete
0 2 * * 0 rclone sync /backups b2:oakridge-backups/billing --transfers 4
""", s=s), s)

add("crontab/decoy-env-file", "ops/cron/dispatch-backup.crontab", "https://www.postgresql.org/docs/current/libpq-pgpass.html", fill(r"""
# m h dom mon dow command
MAILTO=it@oakridgeplumbing.com
SHELL=/bin/bash
# credentials: ~backup/.pgpass (0600) and rclone.conf (encrypted with RCLONE_CONFIG_PASS from systemd-creds)
15 0 * * * pg_dump -h dispatch-db.oak.local -U dispatch_backup -Fc dispatch > /backups/dispatch_$(date +\%F).dump
45 0 * * * find /backups -name 'dispatch_*.dump' -mtime +30 -delete
0 3 * * 0 rclone sync /backups b2:oakridge-backups/dispatch --transfers 4
"""))

s = gen_pw(20)
add("ini/mysql-password", "legacy/quote-builder/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", fill(r"""
[client]
user=quotebuilder
password=<<s>>
host=10.10.4.20
port=3306
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
""", s=s), s)

add("gitlab-ci/decoy-test-fixture", "legacy/quote-builder/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/services/mysql.html", fill(r"""
stages: [test]

variables:
  MYSQL_DATABASE: quotes_test
  MYSQL_ROOT_PASSWORD: root        # throwaway CI service container, never reachable outside the job
  DATABASE_URL: mysql://root:root@mysql:3306/quotes_test

test:
  stage: test
  image: php:8.2-cli
  services:
    - mysql:8.0
  before_script:
    - docker-php-ext-install pdo_mysql
    - php bin/migrate.php
  script:
    - vendor/bin/phpunit --testdox
"""))

s = gen_pw(18)
add("javascript/mongodb-uri", "apps/quote-api/src/db.js", "https://www.mongodb.com/docs/manual/reference/connection-string/", fill(r"""
const mongoose = require('mongoose');

const uri = process.env.MONGO_URI ||
  'mongodb+srv://quote_api:<<s>>@quotes-prod.x7kq2.mongodb.net/quotes?retryWrites=true&w=majority';

async function connect() {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { maxPoolSize: 20 });
  console.log('mongo connected');
}

module.exports = { connect };
""", s=s), s)

s = gen_pw(32)
add("ruby/redis-url-password", "config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", fill(r"""
# Background jobs: invoice PDFs, QuickBooks sync, reminder texts
redis_url = 'rediss://default:<<s>>@fairview-jobs.redis.cache.windows.net:6380/0'

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.concurrency = 8
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url }
end
""", s=s), s)

add("ruby/decoy-env-reference", "config/initializers/sidekiq_staging.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", fill(r"""
# Staging: the URL (with its password) comes from the app service configuration.
Sidekiq.configure_server do |config|
  config.redis = { url: ENV.fetch('REDIS_URL'), ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_PEER } }
  config.concurrency = 4
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch('REDIS_URL') }
end
"""))

s = human_pw()
add("python/amqp-url-password", "invoicing/worker/celeryconfig.py", "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url", fill(r"""
# Celery settings for the invoice worker
broker_url = "amqp://invoice_worker:<<s>>@rabbitmq.billing.internal:5672/invoices"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/New_York"
task_routes = {
    "invoicing.tasks.render_pdf": {"queue": "pdf"},
    "invoicing.tasks.sync_quickbooks": {"queue": "qbo"},
}
worker_prefetch_multiplier = 1
""", s=s), s)

s = "base64:" + b64_bytes(32)
add("dotenv/laravel-app-key", "billing-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", fill(r"""
APP_NAME="Maple Mechanical Billing"
APP_ENV=production
APP_KEY=<<s>>
APP_DEBUG=false
APP_URL=https://billing.maplemech.com

LOG_CHANNEL=daily
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=billing
DB_USERNAME=billing
DB_SOCKET=/var/run/mysqld/mysqld.sock

QUEUE_CONNECTION=database
SESSION_DRIVER=database
""", s=s), s)

add("yaml/decoy-sops-ciphertext", "deploy/payments/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", fill(r"""
stripe_secret_key: ENC[AES256_GCM,data:<<d1>>,iv:<<i1>>,tag:<<t1>>,type:str]
stripe_webhook_secret: ENC[AES256_GCM,data:<<d2>>,iv:<<i2>>,tag:<<t2>>,type:str]
square_access_token: ENC[AES256_GCM,data:<<d3>>,iv:<<i3>>,tag:<<t3>>,type:str]
sops:
    age:
        - recipient: age1<<rcpt>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<a1>>
            <<a2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-02T17:41:09Z"
    mac: ENC[AES256_GCM,data:<<m>>,iv:<<mi>>,tag:<<mt>>,type:str]
    version: 3.8.1
""", d1=b64_bytes(75), i1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(38), i2=b64_bytes(32), t2=b64_bytes(16),
    d3=b64_bytes(48), i3=b64_bytes(32), t3=b64_bytes(16), rcpt=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    a1=b64_bytes(48), a2=b64_bytes(30), m=b64_bytes(64), mi=b64_bytes(32), mt=b64_bytes(16)))

s = mixed(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")
add("python/django-secret-key", "portal/portal/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", fill(r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "<<s>>"
ALLOWED_HOSTS = ["my.lakeviewplumbing.com"]
CSRF_TRUSTED_ORIGINS = ["https://my.lakeviewplumbing.com"]

SECURE_HSTS_SECONDS = 31536000
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

DATABASES["default"]["HOST"] = "portal-db.lakeview.internal"  # noqa: F405
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
""", s=s), s)

add("python/decoy-env-reference", "portal/portal/settings/staging.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", fill(r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["staging.my.lakeviewplumbing.com"]

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
"""))

s = passphrase()
add("typescript/jwt-signing-secret", "apps/customer-portal/server/src/auth/jwt.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", fill(r"""
import jwt from 'jsonwebtoken';

const JWT_SECRET = process.env.JWT_SECRET ?? '<<s>>';
const ISSUER = 'my.fairviewplumbing.com';

export interface PortalClaims {
  sub: string;       // customer id
  loc: string[];     // service locations the customer can see
}

export function issue(claims: PortalClaims): string {
  return jwt.sign(claims, JWT_SECRET, { issuer: ISSUER, expiresIn: '2h' });
}

export function verify(token: string): PortalClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: ISSUER }) as PortalClaims;
}
""", s=s), s)

add("markdown/decoy-docs-example", "apps/customer-portal/docs/api-auth.md", "https://jwt.io/introduction", fill(r"""
# Customer portal API - authentication

Every call needs a bearer token issued by `POST /api/session` (magic-link login).

```http
GET /api/invoices HTTP/1.1
Host: my.fairviewplumbing.com
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(The token above is the example from jwt.io, not one of ours.)

Tokens expire after two hours. A `401` with `{"error":"token_expired"}` means log in again.
Tokens carry the customer id (`sub`) and the service locations they may see (`loc`).
"""))

add("json/decoy-ids-fixture", "invoicing/tests/fixtures/receipt_10382.json", "https://docs.stripe.com/api/charges/object", fill(r"""
{
  "invoice_no": "INV-24-10382",
  "idempotency_key": "<<k>>",
  "customer": { "id": "cus_PfQ2x8LmN3bVzT", "name": "J. Alvarez", "service_address": "1187 Hillcrest Dr" },
  "lines": [
    { "sku": "TL-NPE240S2", "description": "Navien NPE-240S2 tankless", "qty": 1, "amount": 4295.00 },
    { "sku": "LAB-TL", "description": "Tankless install labor", "qty": 1, "amount": 1150.00 }
  ],
  "payment": {
    "processor": "stripe",
    "charge": "ch_3OqL8aKx2fP0nQ1c1kLmNoPq",
    "card": { "brand": "visa", "last4": "4242", "exp": "12/27" },
    "amount": 5445.00
  },
  "pdf_sha256": "<<sha>>"
}
""", k=uid(), sha=hexs(64)))


# ---------------------------------------------------------------------------------------------
# Fleet GPS, messaging, AI helpers and the infrastructure around them
# ---------------------------------------------------------------------------------------------
s = "samsara_api_" + mixed(30)
add("python/samsara-api-token", "fleet/samsara/idle_report.py", "https://developers.samsara.com/docs/authentication", fill(r"""
import datetime as dt

import requests

SAMSARA_TOKEN = "<<s>>"
BASE = "https://api.samsara.com"


def idling_events(days: int = 7):
    end = dt.datetime.now(dt.timezone.utc)
    start = end - dt.timedelta(days=days)
    resp = requests.get(
        f"{BASE}/idling/events",
        headers={"Authorization": f"Bearer {SAMSARA_TOKEN}"},
        params={"startTime": start.isoformat(), "endTime": end.isoformat(), "minDurationMilliseconds": 600000},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["data"]


if __name__ == "__main__":
    for e in idling_events():
        print(e["vehicle"]["name"], round(e["durationMilliseconds"] / 60000), "min at", e.get("address", {}).get("formattedAddress"))
""", s=s), s)

s = "samsara_api_" + mixed(30)
add("github-actions/samsara-api-token", ".github/workflows/fleet-weekly.yml",
    "https://developers.samsara.com/docs/authentication", fill(r"""
name: fleet-weekly-report

on:
  schedule:
    - cron: "0 12 * * 1"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    env:
      SAMSARA_TOKEN: <<s>>
      REPORT_TO: fleet@brooksideplumbing.com
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r fleet/requirements.txt
      - run: python fleet/samsara/weekly_report.py --out report.html
      - uses: actions/upload-artifact@v4
        with:
          name: fleet-report
          path: report.html
""", s=s), s)

add("json/decoy-vehicle-identifiers", "fleet/samsara/vehicles.json", "https://developers.samsara.com/reference/listvehicles", fill(r"""
{
  "data": [
    { "id": "281474979324123", "name": "Unit 12 - Marcus", "vin": "1FTBR3X85PKA41207", "licensePlate": "TX-KPX4127",
      "make": "Ford", "model": "Transit 250", "year": "2023", "externalIds": { "servicetitan.truckId": "12" } },
    { "id": "281474979324130", "name": "Unit 15 - Dana", "vin": "1FTBR3X89PKA40833", "licensePlate": "TX-KPX4131",
      "make": "Ford", "model": "Transit 250", "year": "2023", "externalIds": { "servicetitan.truckId": "15" } },
    { "id": "281474979324188", "name": "Unit 21 - Jetter", "vin": "3C7WRTCL4NG211904", "licensePlate": "TX-LRW0922",
      "make": "Ram", "model": "3500", "year": "2022", "externalIds": { "servicetitan.truckId": "21" } }
  ],
  "pagination": { "endCursor": "", "hasNextPage": false }
}
"""))

s = human_pw()
add("csharp/geotab-password", "src/Fleet.Geotab/MileageJob.cs", "https://developers.geotab.com/myGeotab/guides/concepts", fill(r"""
using Geotab.Checkmate;
using Geotab.Checkmate.ObjectModel;

namespace Fleet.Geotab;

public class MileageJob
{
    private readonly API _api = new(
        userName: "fleetapi@hillcresthvac.com",
        password: "<<s>>",
        sessionId: null,
        database: "hillcrest_hvac",
        server: "my.geotab.com");

    public async Task<IList<Trip>> TripsAsync(DateTime from, DateTime to)
    {
        await _api.AuthenticateAsync();
        return await _api.CallAsync<IList<Trip>>("Get", typeof(Trip), new
        {
            search = new TripSearch { FromDate = from, ToDate = to }
        }) ?? new List<Trip>();
    }
}
""", s=s), s)

add("csharp/decoy-env-reference", "src/Fleet.Geotab/GeotabFactory.cs", "https://developers.geotab.com/myGeotab/guides/concepts", fill(r"""
using Geotab.Checkmate;

namespace Fleet.Geotab;

public static class GeotabFactory
{
    // Database name and server are not secrets; the password is injected by the container host.
    public const string Database = "hillcrest_hvac";

    public static API Create() => new(
        userName: Environment.GetEnvironmentVariable("GEOTAB_USER") ?? "fleetapi@hillcresthvac.com",
        password: Environment.GetEnvironmentVariable("GEOTAB_PASSWORD")
                  ?? throw new InvalidOperationException("GEOTAB_PASSWORD is not set"),
        sessionId: null,
        database: Database,
        server: "my.geotab.com");
}
"""))

s = uid()
add("go/motive-api-key", "fleet/motive/hos.go", "https://developer.gomotive.com/reference/authentication", fill(r"""
package motive

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const apiKey = "<<s>>"

type Location struct {
	Vehicle struct {
		Number string `json:"number"`
	} `json:"vehicle"`
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

// Locations returns the current location of every truck in the fleet.
func Locations() ([]Location, error) {
	req, _ := http.NewRequest(http.MethodGet, "https://api.gomotive.com/v1/vehicle_locations", nil)
	req.Header.Set("X-Api-Key", apiKey)
	req.Header.Set("Accept", "application/json")
	client := &http.Client{Timeout: 20 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("motive: %s", resp.Status)
	}
	var out struct {
		Vehicles []Location `json:"vehicles"`
	}
	return out.Vehicles, json.NewDecoder(resp.Body).Decode(&out)
}
""", s=s), s)

s = human_pw()
add("powershell/verizon-connect-password", "fleet/reveal/Get-TruckLocations.ps1",
    "https://fim.api.us.fleetmatics.com/", fill(r"""
# Verizon Connect Reveal - current truck locations for the morning huddle board.
$user = 'REST_PinecrestPlumbing_1187@4421.com'
$pass = ConvertTo-SecureString -String '<<s>>' -AsPlainText -Force
$cred = [pscredential]::new($user, $pass)

$token = Invoke-RestMethod -Uri 'https://fim.api.us.fleetmatics.com/token' -Credential $cred -Authentication Basic
$headers = @{ Authorization = "Atmosphere atmosphere_app_id=fleetmatics-p-us-4kR2pQ, Bearer $token" }

$vehicles = Invoke-RestMethod -Uri 'https://fim.api.us.fleetmatics.com/cmd/v1/vehicles' -Headers $headers
foreach ($v in $vehicles) {
    $loc = Invoke-RestMethod -Uri "https://fim.api.us.fleetmatics.com/rad/v1/vehicles/$($v.VehicleNumber)/location" -Headers $headers
    [pscustomobject]@{ Truck = $v.Name; Address = $loc.Address.AddressLine1; Speed = $loc.Speed }
}
""", s=s), s)

add("geojson/decoy-geofences", "fleet/geofences/service-area.geojson", "https://datatracker.ietf.org/doc/html/rfc7946", fill(r"""
{
  "type": "FeatureCollection",
  "features": [
    {
      "type": "Feature",
      "id": "gf-<<g1>>",
      "properties": { "name": "Shop yard", "alert_on": ["exit_after_hours"] },
      "geometry": { "type": "Polygon", "coordinates": [[[-97.7521, 30.3817], [-97.7508, 30.3817], [-97.7508, 30.3826], [-97.7521, 30.3826], [-97.7521, 30.3817]]] }
    },
    {
      "type": "Feature",
      "id": "gf-<<g2>>",
      "properties": { "name": "Ferguson Austin counter", "alert_on": ["dwell_over_30m"] },
      "geometry": { "type": "Point", "coordinates": [-97.7034, 30.3362] }
    }
  ]
}
""", g1=uid(), g2=uid()))

s = hexs(40)
add("ruby/fleetio-api-token", "lib/fleetio/client.rb", "https://developer.fleetio.com/docs/overview/quick-start", fill(r"""
require 'faraday'
require 'json'

module Fleetio
  class Client
    ACCOUNT_TOKEN = '6f3c81d204'.freeze
    API_KEY = '<<s>>'.freeze

    def initialize
      @http = Faraday.new('https://secure.fleetio.com/api') do |f|
        f.headers['Authorization'] = "Token #{API_KEY}"
        f.headers['Account-Token'] = ACCOUNT_TOKEN
        f.headers['X-Client-Name'] = 'hillcrest-fleet-sync'
        f.request :json
        f.response :raise_error
      end
    end

    def log_fuel(vehicle_id, gallons, price, odometer)
      @http.post('v1/fuel_entries', vehicle_id: vehicle_id, us_gallons: gallons,
                 price_per_volume_unit: price, meter_entry_attributes: { value: odometer })
    end
  end
end
""", s=s), s)

s = google_key()
add("java/google-maps-server-key", "routing/src/main/java/com/lakeviewplumbing/routing/EtaService.java",
    "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", fill(r"""
package com.lakeviewplumbing.routing;

import com.google.maps.DistanceMatrixApi;
import com.google.maps.GeoApiContext;
import com.google.maps.model.DistanceMatrix;
import com.google.maps.model.TravelMode;

import java.time.Duration;

public class EtaService {
    // Server key (Distance Matrix + Geocoding) used by the dispatch board's ETA estimates
    private static final GeoApiContext CONTEXT = new GeoApiContext.Builder()
            .apiKey("<<s>>")
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public long etaMinutes(String truckLatLng, String jobAddress) throws Exception {
        DistanceMatrix m = DistanceMatrixApi.newRequest(CONTEXT)
                .origins(truckLatLng)
                .destinations(jobAddress)
                .mode(TravelMode.DRIVING)
                .await();
        return m.rows[0].elements[0].durationInTraffic != null
                ? m.rows[0].elements[0].durationInTraffic.inSeconds / 60
                : m.rows[0].elements[0].duration.inSeconds / 60;
    }
}
""", s=s), s)

add("html/decoy-public-identifier", "dispatch-board/web/map.html", "https://docs.mapbox.com/help/getting-started/access-tokens/#public-tokens", fill(r"""
<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.2.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height:100vh"></div>
  <script>
    // Public token (pk.), URL-restricted to dispatch.lakeviewplumbing.com, styles:read only.
    mapboxgl.accessToken = '<<pk>>';
    const map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [-97.74, 30.27], zoom: 10 });
    fetch('/api/trucks').then(r => r.json()).then(trucks => trucks.forEach(t =>
      new mapboxgl.Marker({ color: t.onJob ? '#d9534f' : '#5cb85c' }).setLngLat([t.lng, t.lat]).setPopup(new mapboxgl.Popup().setText(t.name)).addTo(map)));
  </script>
</body>
</html>
""", pk=mapbox("pk", "lakeviewplumbing")))

s = mapbox("sk", "lakeviewplumbing")
add("netrc/mapbox-downloads-token", "ops/dotfiles/build-agent.netrc", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", fill(r"""
machine api.mapbox.com
  login mapbox
  password <<s>>
machine github.com
  login lakeview-build
  password ${GITHUB_TOKEN}
""", s=s), s)

add("gradle/decoy-property-reference", "android/settings.gradle.kts", "https://docs.mapbox.com/android/maps/guides/install/#configure-credentials", fill(r"""
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")
            credentials.username = "mapbox"
            // from ~/.gradle/gradle.properties or the CI secret MAPBOX_DOWNLOADS_TOKEN
            credentials.password = providers.gradleProperty("MAPBOX_DOWNLOADS_TOKEN").getOrElse("")
            authentication { create<BasicAuthentication>("basic") }
        }
    }
}

rootProject.name = "LakeviewTech"
include(":app")
"""))

s = mixed(43, URLSAFE)
add("typescript/here-api-key", "apps/route-planner/src/here.ts", "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html", fill(r"""
const HERE_API_KEY = '<<s>>';

export interface Stop { id: string; lat: number; lng: number; windowStart: string; windowEnd: string; }

export async function optimize(depot: [number, number], stops: Stop[]) {
  const params = new URLSearchParams({ apiKey: HERE_API_KEY, mode: 'fastest;truck;traffic:enabled', improveFor: 'time' });
  params.set('start', `depot;${depot[0]},${depot[1]}`);
  stops.forEach((s, i) => params.set(`destination${i + 1}`, `${s.id};${s.lat},${s.lng};acc:${s.windowStart}|${s.windowEnd}`));
  const res = await fetch(`https://wps.hereapi.com/v8/findsequence2?${params}`);
  if (!res.ok) throw new Error(`HERE sequence failed: ${res.status}`);
  return (await res.json()).results[0].waypoints as { id: string; sequence: number }[];
}
""", s=s), s)

s = mixed(32)
add("javascript/twilio-api-key-secret", "ivr/functions/after-hours.js", TWILIO_DOCS, fill(r"""
const twilio = require('twilio');

// API key (SK...) scoped to the after-hours IVR
const client = twilio('SK<<sk>>', '<<s>>', { accountSid: 'AC<<ac>>' });

exports.handler = async function (context, event, callback) {
  const onCall = await context.getOnCallTech();
  await client.messages.create({
    from: '+15125550143',
    to: onCall.mobile,
    body: `After-hours call from ${event.From}: ${event.SpeechResult || 'no message'}`,
  });
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.say('Thanks. Our on-call technician will call you back within fifteen minutes.');
  return callback(null, twiml);
};
""", sk=hexs(32), s=s, ac=hexs(32)), s)

add("xml/decoy-no-credentials", "ivr/twiml/main-menu.xml", "https://www.twilio.com/docs/voice/twiml/gather", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<Response>
  <Gather input="dtmf speech" numDigits="1" timeout="6" action="/ivr/route" method="POST">
    <Say voice="Polly.Joanna">Thanks for calling Lakeview Plumbing, Heating and Air.</Say>
    <Say voice="Polly.Joanna">For no heat, no cooling or a water leak, press 1.</Say>
    <Say voice="Polly.Joanna">To schedule maintenance or a quote, press 2.</Say>
    <Say voice="Polly.Joanna">For billing, press 3.</Say>
  </Gather>
  <Redirect method="POST">/ivr/voicemail</Redirect>
</Response>
"""))

r = _rng()
s = f"{r.randint(6_000_000_000, 7_999_999_999)}:AA" + "".join(r.choice(URLSAFE) for _ in range(33))
add("shell/telegram-bot-token", "scripts/oncall/notify_oncall.sh", "https://core.telegram.org/bots/api#authorizing-your-bot", fill(r"""
#!/usr/bin/env bash
# Usage: notify_oncall.sh "No heat - 1187 Hillcrest Dr - elderly occupant"
set -euo pipefail

BOT_TOKEN="<<s>>"
CHAT_ID="-1002214537790"   # "Hillcrest On-Call" group

msg="${1:?message required}"
curl -sS -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \
  --data-urlencode "chat_id=${CHAT_ID}" \
  --data-urlencode "text=🚨 ${msg}" \
  --data-urlencode "disable_notification=false" > /dev/null
echo "sent"
""", s=s), s)

s = ("https://westgatemech.webhook.office.com/webhookb2/" + uid() + "@" + uid() + "/IncomingWebhook/"
     + hexs(32) + "/" + uid() + "/V2" + mixed(43, URLSAFE))
add("powershell/teams-webhook", "scripts/oncall/Send-BoilerAlarm.ps1",
    "https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook", fill(r"""
param(
    [Parameter(Mandatory)] [string]$Site,
    [Parameter(Mandatory)] [string]$Alarm
)

$webhook = '<<s>>'

$card = @{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = "BMS alarm at $Site"
    themeColor = 'D9534F'
    title      = "BMS alarm: $Site"
    text       = $Alarm
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Uri $webhook -Method Post -Body $card -ContentType 'application/json'
""", s=s), s)

s = hexs(32)
add("yaml/pagerduty-routing-key", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", fill(r"""
global:
  resolve_timeout: 5m

route:
  receiver: bms-email
  group_by: [site, alertname]
  routes:
    - matchers: [severity="critical"]
      receiver: bms-pagerduty

receivers:
  - name: bms-email
    email_configs:
      - to: bms-alerts@cedarhvac.com
        from: alertmanager@cedarhvac.com
        smarthost: smtp.office365.com:587
        auth_username: alertmanager@cedarhvac.com
        auth_password_file: /etc/alertmanager/smtp_password
  - name: bms-pagerduty
    pagerduty_configs:
      - routing_key: <<s>>
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", s=s), s)

add("yaml/decoy-secret-file", "monitoring/alertmanager/alertmanager-staging.yml", "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config", fill(r"""
global:
  resolve_timeout: 5m

route:
  receiver: bms-pagerduty

receivers:
  - name: bms-pagerduty
    pagerduty_configs:
      - routing_key_file: /etc/alertmanager/secrets/pagerduty_routing_key
        severity: '{{ .CommonLabels.severity }}'
        description: '{{ .CommonAnnotations.summary }}'
        client: Cedar HVAC Alertmanager (staging)
        client_url: https://alerts-staging.cedarhvac-monitor.com
"""))

s = hexs(32)
add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", fill(r"""
api_key: <<s>>
site: us5.datadoghq.com
hostname: dispatch-app-01
tags:
  - env:prod
  - service:dispatch-board
  - company:hillcrest-hvac
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
""", s=s), s)

add("javascript/decoy-public-identifier", "apps/customer-portal/src/monitoring.js",
    "https://docs.datadoghq.com/account_management/api-app-keys/#client-tokens", fill(r"""
import { datadogRum } from '@datadog/browser-rum';

// Client tokens are public by design (browser RUM); they cannot read data.
datadogRum.init({
  applicationId: '<<app>>',
  clientToken: 'pub<<tok>>',
  site: 'us5.datadoghq.com',
  service: 'customer-portal',
  env: import.meta.env.MODE,
  sessionSampleRate: 100,
  sessionReplaySampleRate: 20,
  trackUserInteractions: true,
  defaultPrivacyLevel: 'mask-user-input',
});
""", app=uid(), tok=hexs(32)))

r = _rng()
s = "sk-proj-" + "".join(r.choice(URLSAFE) for _ in range(74)) + "T3BlbkFJ" + "".join(r.choice(URLSAFE) for _ in range(74))
add("python/openai-api-key", "csr-tools/call_summaries/summarize.py", "https://platform.openai.com/docs/api-reference/authentication", fill(r"""
from openai import OpenAI

client = OpenAI(api_key="<<s>>")

PROMPT = (
    "You summarize phone calls for a plumbing and HVAC dispatcher. Return: the problem, the equipment "
    "(brand, age if said), urgency (emergency / today / schedule), and any access notes (gate code, pets)."
)


def summarize(transcript: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": transcript}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
""", s=s), s)

s = "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"
add("typescript/anthropic-api-key", "apps/quote-writer/src/llm.ts", "https://docs.anthropic.com/en/api/getting-started#authentication", fill(r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '<<s>>' });

export async function quoteNarrative(job: { equipment: string; findings: string[]; options: string[] }) {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-20241022',
    max_tokens: 600,
    messages: [{
      role: 'user',
      content: `Write a short, plain-language explanation for a homeowner.\nEquipment: ${job.equipment}\n` +
        `Findings: ${job.findings.join('; ')}\nOptions: ${job.options.join(' | ')}`,
    }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}
""", s=s), s)

add("markdown/decoy-placeholder", "apps/quote-writer/README.md", "https://docs.anthropic.com/en/api/getting-started#authentication", fill(r"""
# quote-writer

Turns a tech's findings into the plain-language paragraph on our good/better/best quotes.

## Setup

```bash
cp .env.example .env
# then put your own key in .env:
# ANTHROPIC_API_KEY=sk-ant-api03-...
npm install
npm run dev
```

The key for production is in the `quote-writer` item of the Engineering vault. Ask Priya for access.

## Notes
- Never paste customer phone numbers or addresses into the prompt; the job id is enough.
- Output is reviewed by the comfort advisor before the quote goes out.
"""))

s = "ghp_" + mixed(36)
add("shell/github-token-url", "ops/deploy/bootstrap_dispatch_host.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", fill(r"""
#!/usr/bin/env bash
# Bootstraps a new dispatch app host (Ubuntu 22.04).
set -euo pipefail

apt-get update && apt-get install -y git docker.io docker-compose-v2
useradd -m -s /bin/bash dispatch || true
usermod -aG docker dispatch

sudo -u dispatch git clone https://hillcrest-deploy:<<s>>@github.com/hillcrest-hvac/dispatch-deploy.git /home/dispatch/deploy
cd /home/dispatch/deploy
sudo -u dispatch docker compose pull
sudo -u dispatch docker compose up -d
echo "dispatch host ready"
""", s=s), s)

add("gitmodules/decoy-commit-ids", "ops/deploy/versions.lock", "https://git-scm.com/docs/gitmodules", fill(r"""
# Pinned revisions deployed to production (updated by the release script)
dispatch-api     https://github.com/hillcrest-hvac/dispatch-api.git      <<c1>>
dispatch-board   https://github.com/hillcrest-hvac/dispatch-board.git    <<c2>>
st-sync          https://github.com/hillcrest-hvac/st-sync.git           <<c3>>
customer-portal  https://github.com/hillcrest-hvac/customer-portal.git   <<c4>>
bms-gateway      https://github.com/hillcrest-hvac/bms-gateway.git       <<c5>>
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40)))

s = "glpat-" + mixed(20, URLSAFE)
add("gitlab-ci/gitlab-token", "firmware/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", fill(r"""
stages: [build, release]

build:
  stage: build
  image: python:3.12
  script:
    - pip install platformio
    - git clone https://oauth2:<<s>>@gitlab.com/cedar-hvac/firmware-shared.git lib/shared
    - pio run -e sump-monitor -e boiler-monitor
  artifacts:
    paths: [.pio/build/*/firmware.bin]

release:
  stage: release
  image: alpine:3.19
  script:
    - sha256sum .pio/build/*/firmware.bin > SHA256SUMS
  artifacts:
    paths: [SHA256SUMS, .pio/build/*/firmware.bin]
  only: [tags]
""", s=s), s)

add("gitlab-ci/decoy-ci-variable", "bms/gateway/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/jobs/ci_job_token.html", fill(r"""
stages: [build, push]

build:
  stage: build
  image: python:3.12
  script:
    - git clone https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/cedar-hvac/firmware-shared.git lib/shared
    - pip install -r requirements.txt
    - pytest -q

push:
  stage: push
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
"""))

s = b64("hillcrestbuild:dckr_pat_" + mixed(27, URLSAFE))
add("json/docker-auth", "ops/build-agent/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", fill(r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "<<s>>"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
""", s=s), s)

pw = "dckr_pat_" + mixed(27, URLSAFE)
cfg = json.dumps({"auths": {"https://index.docker.io/v1/": {"username": "cedarhvac", "password": pw,
                                                            "auth": b64("cedarhvac:" + pw)}}})
add("k8s-secret/docker-registry-password", "k8s/bms/regcred.yaml", "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: bms
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: <<cfg>>
""", cfg=b64(cfg)), pw)

s = aws_secret()
add("ini/aws-credentials", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", fill(r"""
[default]
region = us-east-2

[hillcrest-backups]
aws_access_key_id = <<kid>>
aws_secret_access_key = <<s>>
region = us-east-2

[hillcrest-readonly]
role_arn = arn:aws:iam::481224907713:role/ReadOnly
source_profile = hillcrest-backups
""", kid=aws_key_id(), s=s), s)

add("markdown/decoy-docs-example", "ops/aws/README.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html#sec-access-keys-and-secret-access-keys", fill(r"""
# AWS access for the ops scripts

We use IAM Identity Center (`aws sso login --profile hillcrest`). Long-lived keys are only for the
backup box, and those live in its own `~/.aws/credentials`, never in this repo.

The file looks like this (values are AWS's documentation examples):

```ini
[hillcrest-backups]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Rotate the backup key every 90 days: `aws iam create-access-key --user-name backup-box`,
update the box, then delete the old key.
"""))

s = openssh_key()
add("ssh-key/openssh-private-key", "ops/keys/deploy_dispatch_ed25519", "https://man.openbsd.org/ssh-keygen.1", s + "\n", s)

add("ssh-key/decoy-public-key", "ops/keys/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", fill(r"""
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k1>> jmiller@hillcrest-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k2>> dwhitfield@hillcrest-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k3>> deploy@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<k4>> backup@oak-nas01
from="10.20.0.0/24" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<k5>> ansible@ops01
""", k1=draw(43, B64CHARS), k2=draw(43, B64CHARS), k3=draw(43, B64CHARS), k4=draw(200, B64CHARS), k5=draw(43, B64CHARS)))

s = gen_pw(37, "~.-_")
s = s[:3] + "8Q~" + s[3:]
add("python/azure-client-secret", "office/mailbox/service_requests.py", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret", fill(r"""
import msal
import requests

TENANT_ID = "<<tenant>>"
CLIENT_ID = "<<cid>>"
CLIENT_SECRET = "<<s>>"
MAILBOX = "service@westgatemech.com"

app = msal.ConfidentialClientApplication(
    CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT_ID}", client_credential=CLIENT_SECRET)


def unread_requests():
    token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
    resp = requests.get(
        f"https://graph.microsoft.com/v1.0/users/{MAILBOX}/mailFolders/inbox/messages",
        headers={"Authorization": f"Bearer {token}"},
        params={"$filter": "isRead eq false", "$select": "subject,from,receivedDateTime,bodyPreview", "$top": 50},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["value"]
""", tenant=uid(), cid=uid(), s=s), s)

add("csharp/decoy-managed-identity", "src/Westgate.Mailbox/GraphFactory.cs", "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.defaultazurecredential", fill(r"""
using Azure.Identity;
using Microsoft.Graph;

namespace Westgate.Mailbox;

public static class GraphFactory
{
    // Runs as the Function App's managed identity; no secret in config.
    public static GraphServiceClient Create()
    {
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"),
        });
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }
}
"""))

s = "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)
add("php/fcm-server-key", "tech-api/app/Services/PushService.php", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", fill(r"""
<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class PushService
{
    private const FCM_SERVER_KEY = '<<s>>';

    public function notifyTech(string $deviceToken, string $title, string $body, array $data = []): bool
    {
        $resp = Http::withHeaders(['Authorization' => 'key=' . self::FCM_SERVER_KEY])
            ->post('https://fcm.googleapis.com/fcm/send', [
                'to' => $deviceToken,
                'priority' => 'high',
                'notification' => ['title' => $title, 'body' => $body, 'sound' => 'dispatch.caf'],
                'data' => $data,
            ]);
        return $resp->successful() && $resp->json('success') === 1;
    }
}
""", s=s), s)

add("javascript/decoy-public-identifier", "apps/tech-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", fill(r"""
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: these values identify the project and are public by design.
// Access is enforced by Security Rules and App Check, not by keeping the apiKey secret.
const firebaseConfig = {
  apiKey: '<<k>>',
  authDomain: 'hillcrest-tech.firebaseapp.com',
  projectId: 'hillcrest-tech',
  storageBucket: 'hillcrest-tech.appspot.com',
  messagingSenderId: '<<sender>>',
  appId: '1:<<sender>>:web:<<app>>',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_key(), sender=digits(12), app=hexs(22)))

s = b64_bytes(32)
add("k8s/samsara-webhook-secret", "k8s/fleet/samsara-webhook-secret.yaml", "https://developers.samsara.com/docs/webhooks#webhook-signatures", fill(r"""
apiVersion: v1
kind: Secret
metadata:
  name: samsara-webhook
  namespace: fleet
type: Opaque
stringData:
  SAMSARA_WEBHOOK_SECRET: "<<s>>"
  SAMSARA_WEBHOOK_ID: "<<wid>>"
""", s=s, wid=digits(15)), s)

add("k8s/decoy-sealed-secret", "k8s/fleet/samsara-token-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", fill(r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: samsara-token
  namespace: fleet
spec:
  encryptedData:
    SAMSARA_TOKEN: <<c1>>
  template:
    metadata:
      name: samsara-token
      namespace: fleet
    type: Opaque
""", c1="Ag" + b64_bytes(380)))

s = hexs(32)
add("helm/twilio-auth-token", "deploy/helm/reminders/values-prod.yaml", TWILIO_DOCS, fill(r"""
replicaCount: 2
image:
  repository: ghcr.io/lakeview-plumbing/reminders
  tag: "1.9.2"
env:
  TWILIO_ACCOUNT_SID: AC<<sid>>
  TWILIO_AUTH_TOKEN: <<s>>
  TWILIO_FROM: "+15125550143"
  REMINDER_HOURS_BEFORE: "18"
  TZ: America/Chicago
resources:
  limits:
    memory: 256Mi
""", sid=hexs(32), s=s), s)

add("helm/decoy-template-reference", "deploy/helm/reminders/templates/deployment.yaml", "https://helm.sh/docs/chart_template_guide/function_list/#required", fill(r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "reminders.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {{- include "reminders.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "reminders.selectorLabels" . | nindent 8 }}
    spec:
      containers:
        - name: reminders
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: {{ required "twilio.existingSecret is required" .Values.twilio.existingSecret }}
                  key: auth-token
"""))

s = human_pw()
add("makefile/sshpass-password", "ops/Makefile", "https://linux.die.net/man/1/sshpass", fill(r"""
HOST ?= 10.20.0.31
USER ?= deploy
RELEASE := $(shell git describe --tags --always)

.PHONY: build deploy logs

build:
	docker build -t quote-builder:$(RELEASE) .
	docker save quote-builder:$(RELEASE) | gzip > dist/quote-builder.tar.gz

deploy: build
	sshpass -p '<<s>>' scp dist/quote-builder.tar.gz $(USER)@$(HOST):/tmp/
	sshpass -p '<<s>>' ssh $(USER)@$(HOST) 'gunzip -c /tmp/quote-builder.tar.gz | docker load && docker compose -f /srv/quote-builder/compose.yml up -d'

logs:
	ssh $(USER)@$(HOST) docker logs -f quote-builder
""", s=s), s)

add("makefile/decoy-cli-reference", "bms/gateway/Makefile", "https://developer.1password.com/docs/cli/reference/commands/read/", fill(r"""
VERSION := $(shell git describe --tags --always)
IMAGE := registry.gitlab.com/cedar-hvac/bms-gateway
GO_SHA256 := 4f52b0c7e84e2dbb8ad1e2c0b4b1b3f7e3dcb4a7f0d2e5c8b9a6d3f0e1c2b4a5

.PHONY: image push deploy

image:
	docker build --build-arg GO_SHA256=$(GO_SHA256) -t $(IMAGE):$(VERSION) .

push: image
	op read "op://Engineering/gitlab-registry/password" | docker login registry.gitlab.com -u cedar-ci --password-stdin
	docker push $(IMAGE):$(VERSION)

deploy:
	MQTT_PASSWORD="$$(op read op://Engineering/mqtt-gateway/password)" ansible-playbook deploy.yml -e version=$(VERSION)
"""))

s = human_pw()
add("batch/net-use-password", "office/scripts/map_drives.bat", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", fill(r"""
@echo off
REM Maps the plans / permits shares for the estimators. Run at logon.
net use P: /delete /y >nul 2>&1
net use S: /delete /y >nul 2>&1
net use P: \\oak-nas01\plans /user:OAKRIDGE\estimating <<s>> /persistent:yes
net use S: \\oak-nas01\scans /user:OAKRIDGE\estimating <<s>> /persistent:yes
if errorlevel 1 (
  echo Could not map drives - call IT at x204
  pause
)
""", s=s), s)

add("batch/decoy-credential-manager", "office/scripts/map_drives_sso.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", fill(r"""
@echo off
REM Maps the shares with the signed-in user's own Windows credentials (no stored password).
net use P: /delete /y >nul 2>&1
net use P: \\oak-nas01\plans /persistent:yes
net use S: \\oak-nas01\scans /persistent:yes
if errorlevel 1 (
  echo Could not map drives - are you signed in with your OAKRIDGE account?
  pause
)
"""))

s = gen_pw(16)
add("xml/web-config-connection-string", "legacy/ServicePortal/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ServicePortal"
         connectionString="Data Source=OAK-SQL01\SQLEXPRESS;Initial Catalog=ServicePortal;User Id=portal_web;Password=<<s>>;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CompanyName" value="Oakridge Plumbing &amp; Heating" />
    <add key="ServiceAreaZips" value="45402,45403,45404,45405,45406,45409" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", s=s), s)

add("xml/decoy-encrypted-section", "legacy/CustomerPortal/Web.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", fill(r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue><<k>></CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue><<c>></CipherValue></CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", k=b64_bytes(256), c=b64_bytes(240)))

s = human_pw()
add("ini/odbc-password", "office/reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", fill(r"""
[ODBC Data Sources]
Sage100 = ProvideX 32-Bit ODBC Driver
Dispatch = ODBC Driver 18 for SQL Server

[Dispatch]
Driver = ODBC Driver 18 for SQL Server
Server = tcp:oak-sql01,1433
Database = Dispatch
UID = reports
PWD = <<s>>
Encrypt = yes
TrustServerCertificate = yes
""", s=s), s)

s = "sk_live_" + mixed(24)
add("dart/stripe-secret-key", "tech_app/lib/payments/stripe_service.dart", STRIPE_DOCS, fill(r"""
import 'dart:convert';

import 'package:http/http.dart' as http;

class StripeService {
  static const _secretKey = '<<s>>';
  static const _base = 'https://api.stripe.com/v1';

  /// Creates a PaymentIntent for the tap-to-pay reader in the truck.
  Future<String> createIntent(int amountCents, String invoiceNo) async {
    final resp = await http.post(
      Uri.parse('$_base/payment_intents'),
      headers: {'Authorization': 'Bearer $_secretKey'},
      body: {
        'amount': '$amountCents',
        'currency': 'usd',
        'payment_method_types[]': 'card_present',
        'capture_method': 'automatic',
        'metadata[invoice_no]': invoiceNo,
      },
    );
    if (resp.statusCode != 200) throw Exception('Stripe: ${resp.body}');
    return jsonDecode(resp.body)['client_secret'] as String;
  }
}
""", s=s), s)

add("dart/decoy-env-reference", "tech_app/lib/config.dart", "https://dart.dev/guides/environment-declarations", fill(r"""
/// Build-time configuration, passed with --dart-define. Nothing secret ships in the app:
/// the backend creates PaymentIntents and hands back only their client secrets.
class AppConfig {
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.hillcresthvac.com');
  static const stripePublishableKey = String.fromEnvironment('STRIPE_PUBLISHABLE_KEY');
  static const sentryEnvironment = String.fromEnvironment('SENTRY_ENV', defaultValue: 'dev');
  static const photoUploadMaxMb = 12;
}
"""))

s = human_pw()
add("hcl/rds-password", "infra/aws/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", fill(r"""
region              = "us-east-2"
environment         = "prod"
db_instance_class   = "db.t4g.medium"
db_allocated_gb     = 100
db_username         = "dispatch_admin"
db_password         = "<<s>>"
backup_retention    = 14
allowed_cidrs       = ["10.20.0.0/16"]
""", s=s), s)

add("hcl/decoy-placeholder", "infra/aws/example.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", fill(r"""
# Example only. Real values: prod.auto.tfvars on the ops box (not in git) or TF_VAR_* from Vault.
region              = "us-east-2"
environment         = "dev"
db_instance_class   = "db.t4g.micro"
db_allocated_gb     = 20
db_username         = "dispatch_admin"
db_password         = "REPLACE_ME"
backup_retention    = 1
allowed_cidrs       = ["10.99.0.0/16"]
"""))

s = gen_pw(24)
add("k8s/cronjob-env-password", "k8s/reports/nightly-kpi-cronjob.yaml", "https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/", fill(r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-kpi
  namespace: reports
spec:
  schedule: "30 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: kpi
              image: ghcr.io/hillcrest-hvac/kpi-report:0.8.1
              args: ["--date", "yesterday", "--to", "owners@hillcresthvac.com"]
              env:
                - name: WAREHOUSE_DSN
                  value: "host=warehouse.reports.svc dbname=warehouse user=kpi password=<<s>> sslmode=require"
""", s=s), s)

add("k8s/decoy-secret-key-ref", "k8s/reports/weekly-aging-cronjob.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", fill(r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: weekly-aging
  namespace: reports
spec:
  schedule: "0 6 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: aging
              image: ghcr.io/hillcrest-hvac/kpi-report:0.8.1
              args: ["--report", "ar-aging"]
              env:
                - name: WAREHOUSE_PASSWORD
                  valueFrom:
                    secretKeyRef:
                      name: warehouse-kpi
                      key: password
"""))


# ---------------------------------------------------------------------------------------------
# A few more carriers: split literals, build tooling, legacy scripts, push keys
# ---------------------------------------------------------------------------------------------
a, b = mixed(50), mixed(49)
s = "rk_live_51" + a + b
add("python/stripe-restricted-key-split", "invoicing/payments/refunds.py", "https://docs.stripe.com/keys#limit-access", fill(r"""
import stripe

# Restricted key: refunds + read charges only (made for the office refund tool)
STRIPE_RESTRICTED_KEY = (
    "rk_live_51<<a>>"
    "<<b>>"
)


def refund(charge_id: str, amount_cents: int | None = None, reason: str = "requested_by_customer"):
    return stripe.Refund.create(
        api_key=STRIPE_RESTRICTED_KEY,
        charge=charge_id,
        amount=amount_cents,
        reason=reason,
    )
""", a=a, b=b), s)

p1, p2 = human_pw(), gen_pw(6)
s = p1 + p2
add("java/split-password", "quote-service/src/main/java/com/westgatemech/quotes/LegacyPricebook.java",
    "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", fill(r"""
package com.westgatemech.quotes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Reads flat-rate prices from the old Access-to-SQL pricebook until the migration is done. */
public final class LegacyPricebook {
    private static final String URL = "jdbc:sqlserver://wg-sql02:1433;databaseName=Pricebook;encrypt=true;trustServerCertificate=true";
    private static final String USER = "pricebook_ro";
    private static final String PASSWORD = "<<p1>>" +
            "<<p2>>";

    private LegacyPricebook() {
    }

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", p1=p1, p2=p2), s)

s = human_pw()
add("perl/dbi-password", "legacy/cgi-bin/estimate.pl", "https://metacpan.org/pod/DBI#connect", fill(r"""
#!/usr/bin/perl
use strict;
use warnings;
use CGI;
use DBI;

my $q = CGI->new;
my $dbh = DBI->connect('DBI:mysql:database=estimates;host=localhost', 'estimates', '<<s>>',
                       { RaiseError => 1, AutoCommit => 1 });

my $zip  = $q->param('zip')  || '';
my $kind = $q->param('kind') || 'water-heater';
my ($low, $high) = $dbh->selectrow_array(
    'SELECT price_low, price_high FROM flat_rates WHERE kind = ? AND zone = (SELECT zone FROM zips WHERE zip = ?)',
    undef, $kind, $zip);

print $q->header('application/json');
printf '{"kind":"%s","low":%d,"high":%d}', $kind, $low || 0, $high || 0;
""", s=s), s)

s = human_pw()
add("properties/keystore-password", "android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", fill(r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# Release signing (Play upload key for com.stonebrookmech.tech)
RELEASE_STORE_FILE=../keystore/stonebrook-upload.jks
RELEASE_KEY_ALIAS=upload
RELEASE_STORE_PASSWORD=<<s>>
RELEASE_KEY_PASSWORD=<<s>>
""", s=s), s)

s = gen_pw(20)
add("markdown/docker-run-password", "docs/bms/historian-restore.md", "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/restore/", fill(r"""
# Restoring the BMS historian on a new box

1. Copy the latest backup from B2: `rclone copy b2:cedar-bms-backups/latest ./restore`
2. Start a fresh InfluxDB with the same admin user:

```bash
docker run -d --name influxdb -p 8086:8086 \
  -v /srv/influxdb:/var/lib/influxdb2 \
  -e DOCKER_INFLUXDB_INIT_MODE=setup \
  -e DOCKER_INFLUXDB_INIT_USERNAME=admin \
  -e DOCKER_INFLUXDB_INIT_PASSWORD=<<s>> \
  -e DOCKER_INFLUXDB_INIT_ORG=cedar-hvac \
  -e DOCKER_INFLUXDB_INIT_BUCKET=bms \
  influxdb:2.7.5
```

3. Restore: `docker exec influxdb influx restore /restore --full`
4. Point Telegraf on the site gateways at the new host and check Grafana.
""", s=s), s)

s = gen_pw(24)
add("xml/maven-server-password", "quote-service/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", fill(r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>westgate-nexus</id>
      <username>ci-deployer</username>
      <password><<s>></password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>westgate-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.westgatemech.com/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", s=s), s)

r = _rng()
p8_head = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"
p8_body = p8_head + "".join(r.choice(B64CHARS) for _ in range(200 - len(p8_head)))
s = ("-----BEGIN PRIVATE KEY-----\n" + "\n".join(p8_body[i:i + 64] for i in range(0, 200, 64))
     + "\n-----END PRIVATE KEY-----")
add("p8/apns-auth-key", "ios/push/AuthKey_8KQ2ZP4M7T.p8", "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns",
    s + "\n", s)
