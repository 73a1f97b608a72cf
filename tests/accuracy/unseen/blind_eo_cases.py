"""Blind set EO: car wash chains and vehicle detailing businesses.

Tunnel controllers and site PCs, pay stations and kiosks, membership and subscription plans with
license-plate recognition, loyalty apps, chemical dosing telemetry (MQTT, IoT hubs, time series),
site cameras and NVRs, the chain's web sites, back office and CI, and their decoys. Generated fakes
only (seeds 1,510,000-1,519,999).
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
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1_510_000, 1_519_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int) -> str:
    """n characters of ALNUM with an upper, a lower and a digit (bounded retries, then patched)."""
    r = _rng()
    value = ""
    for _ in range(40):
        value = "".join(r.choice(ALNUM) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return "Q7" + value[2:-1] + "k"


def hexs(n: int) -> str:
    return draw(n, HEX)


def raw_b64(nbytes: int, urlsafe: bool = False) -> str:
    r = _rng()
    data = bytes(r.getrandbits(8) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)).decode()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


HUMAN = ["Bubbles", "Foam", "Rinse", "Tunnel", "Sudsy", "Shiny", "Chamois", "Wax", "Buffer", "Spotless",
         "Glossy", "Mustang", "Falcon", "Harbor", "Tacoma", "Orchard", "Hornet", "Cobalt", "Pelican", "Redwood"]
LOWER = ["gravel", "sponge", "lantern", "pickle", "citrus", "meadow", "walnut", "ember", "canyon", "otter",
         "pylon", "marble", "thunder", "violet", "nozzle", "biscuit"]


def human_pw() -> str:
    r = _rng()
    return r.choice(HUMAN) + r.choice("!#$%@*&") + r.choice(HUMAN) + str(r.randint(10, 2099))


def leet_pw() -> str:
    r = _rng()
    word = r.choice(HUMAN)
    return word.replace("o", "0").replace("a", "@").replace("e", "3") + str(r.randint(1, 99)) + r.choice("!?#$")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def gen_pw(n: int = 24, extra: str = "") -> str:
    r = _rng()
    core = "".join(r.choice(ALNUM + extra) for _ in range(n - 2))
    return r.choice(string.ascii_uppercase) + core + r.choice(string.digits)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem_block(label: str, lines: int = 12, last: int = 36) -> str:
    r = _rng()
    body = ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(last)) + "=")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def rsa_key() -> str:
    r = _rng()
    body = ["MIIEpAIBAAKCAQEA" + "".join(r.choice(ALNUM + "+/") for _ in range(48))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(14)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(40)) + "==")
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_ec_key() -> str:
    """An APNs .p8 / P-256 PKCS#8 key's shape (4 lines of base64)."""
    r = _rng()
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(ALNUM + "+/") for _ in range(152))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def pkcs8_rsa_key() -> str:
    r = _rng()
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + "".join(r.choice(ALNUM + "+/") for _ in range(830))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD" + "".join(
        r.choice(ALNUM + "+/") for _ in range(250))
    lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    r = _rng()
    body = ["MIIDazCCAlOgAwIBAgIU" + "".join(r.choice(ALNUM + "+/") for _ in range(44))]
    body += ["".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(15)]
    body.append("".join(r.choice(ALNUM + "+/") for _ in range(28)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


# --- vendor token shapes -------------------------------------------------------------------------

def stripe_secret() -> str:
    return "sk_live_51" + mixed(97)


def stripe_restricted() -> str:
    return "rk_live_51" + mixed(97)


def stripe_publishable() -> str:
    return "pk_live_51" + mixed(97)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPPER_ALNUM) + "/B" + draw(10, UPPER_ALNUM)
            + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-" + mixed(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + draw(68, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def google_api_key() -> str:
    return "AIza" + "Sy" + draw(33, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def mapbox_token(kind: str, user: str) -> str:
    payload = base64.urlsafe_b64encode(('{"u":"%s","a":"%s"}' % (user, draw(25, ALNUM).lower())).encode()).decode().rstrip("=")
    return f"{kind}.{payload}." + draw(22, URLSAFE)


def azure_key32() -> str:
    return raw_b64(32)


def azure_storage_key() -> str:
    return raw_b64(64)


def influx_token() -> str:
    return raw_b64(64, urlsafe=True)


def grafana_sa() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def newrelic_user() -> str:
    return "NRAK-" + draw(27, UPPER_ALNUM)


def vault_token() -> str:
    return "hvs.CAESI" + draw(86, URLSAFE)


def dockerhub_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def gitlab_pat() -> str:
    return "glpat-" + draw(20, URLSAFE)


def square_access() -> str:
    return "EAAA" + draw(60, URLSAFE)


def okta_token() -> str:
    return "00" + draw(40, URLSAFE)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def wireguard_key() -> str:
    return raw_b64(32)


# --- the set -------------------------------------------------------------------------------------

CASES: List[LabelledCase] = []
_PLACEHOLDER = re.compile(r"<<[A-Z0-9_]+>>")


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        token = "<<" + key + ">>"
        assert token in template, key
        template = template.replace(token, value)
    assert not _PLACEHOLDER.search(template), _PLACEHOLDER.search(template)
    return template


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# === license-plate recognition and memberships ====================================================

_v = hexs(40)
add("blind-eo/python/plate-recognizer-token", "lpr/snapshot_client.py", fill('''\
"""Send entrance-camera snapshots to Plate Recognizer and match members by plate."""
import logging
import requests

from lpr.members import lookup_member_by_plate

log = logging.getLogger(__name__)

PR_URL = "https://api.platerecognizer.com/v1/plate-reader/"
PR_TOKEN = "<<T>>"
REGIONS = ["us-tx", "us-ok"]


def read_plate(jpeg_bytes: bytes, camera_id: str):
    resp = requests.post(
        PR_URL,
        data={"regions": REGIONS, "camera_id": camera_id},
        files={"upload": ("snap.jpg", jpeg_bytes)},
        headers={"Authorization": f"Token {PR_TOKEN}"},
        timeout=4,
    )
    resp.raise_for_status()
    results = resp.json().get("results", [])
    if not results:
        return None
    best = max(results, key=lambda r: r["score"])
    log.info("plate %s score %.2f cam %s", best["plate"], best["score"], camera_id)
    return lookup_member_by_plate(best["plate"].upper())
''', T=_v), _v, "https://guides.platerecognizer.com/docs/snapshot/api-reference")

_v = hexs(40)
add("blind-eo/notebook/plate-recognizer-token", "analysis/plate_read_accuracy.ipynb", fill('''\
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Plate read accuracy, lane 2 vs lane 3 (Mesquite site)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "TOKEN = '<<T>>'\\n",
    "snaps = pd.read_csv('mesquite_lane_snaps.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "def read(path):\\n",
    "    with open(path, 'rb') as fh:\\n",
    "        r = requests.post('https://api.platerecognizer.com/v1/plate-reader/',\\n",
    "                          files={'upload': fh}, headers={'Authorization': 'Token ' + TOKEN})\\n",
    "    return r.json()['results'][0]['plate'] if r.ok and r.json()['results'] else None\\n",
    "snaps['read'] = snaps['path'].map(read)\\n",
    "(snaps['read'] == snaps['truth']).groupby(snaps['lane']).mean()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', T=_v), _v, "https://guides.platerecognizer.com/docs/snapshot/api-reference")

_v = "sk_" + hexs(24)
add("blind-eo/yaml/openalpr-secret-key", "edge/lpr-agent/config.yaml", fill('''\
# LPR agent running on the site NUC next to the pay stations
site_id: TX-014
cameras:
  - name: entry-lane-1
    url: rtsp://10.14.20.31:554/Streaming/Channels/102
    fps: 6
  - name: entry-lane-2
    url: rtsp://10.14.20.32:554/Streaming/Channels/102
    fps: 6
recognizer:
  provider: openalpr-cloud
  endpoint: https://api.openalpr.com/v3/recognize_bytes
  country: us
  state_hint: tx
  secret_key: <<T>>
  min_confidence: 82
on_match:
  webhook: http://127.0.0.1:8081/gate/open
  hold_seconds: 8
''', T=_v), _v, "https://doc.openalpr.com/cloud_api.html")

_v = human_pw()
add("blind-eo/env/database-password", "membership-api/.env.production", fill('''\
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_URL=postgres://members_app:<<PW>>@members-db.internal.brightwash.net:5432/members
REDIS_URL=redis://members-cache.internal.brightwash.net:6379/2
PLATE_MATCH_THRESHOLD=0.85
UNLIMITED_GRACE_DAYS=3
STRIPE_PUBLISHABLE_KEY=pk_live_see_dashboard
TZ=America/Chicago
''', PW=_v), _v, "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING")

_v = stripe_secret()
add("blind-eo/env/stripe-secret-key", "loyalty-backend/.env", fill('''\
# loyalty backend - prod
APP_URL=https://club.sparkleexpresswash.com
STRIPE_SECRET_KEY=<<T>>
STRIPE_PRICE_UNLIMITED_BASIC=price_1PqRtYHk2LmN0pQr3sTuVwXy
STRIPE_PRICE_UNLIMITED_ULTIMATE=price_1PqRuAHk2LmN0pQrZ9yXwVuT
SESSION_COOKIE_SECURE=true
FEATURE_FAMILY_PLAN=1
''', T=_v), _v, "https://docs.stripe.com/keys")

_v = stripe_whsec()
add("blind-eo/js/stripe-webhook-secret", "membership-api/src/routes/stripeWebhook.js", fill('''\
const express = require('express');
const Stripe = require('stripe');
const { suspendMembership, reactivateMembership } = require('../services/memberships');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '<<T>>';

const router = express.Router();

router.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  switch (event.type) {
    case 'invoice.payment_failed':
      await suspendMembership(event.data.object.subscription);
      break;
    case 'invoice.paid':
      await reactivateMembership(event.data.object.subscription);
      break;
    default:
      break;
  }
  res.json({ received: true });
});

module.exports = router;
''', T=_v), _v, "https://docs.stripe.com/webhooks#verify-official-libraries")

_v = stripe_restricted()
add("blind-eo/ts/stripe-restricted-key", "scripts/backfill-member-plates.ts", fill('''\
// One-off: copy vehicle plates from Stripe subscription metadata into the members table.
import Stripe from "stripe";
import { Pool } from "pg";

const stripe = new Stripe("<<T>>", { apiVersion: "2024-06-20" });
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function main(): Promise<void> {
  let count = 0;
  for await (const sub of stripe.subscriptions.list({ status: "active", limit: 100 })) {
    const plate = (sub.metadata.plate || "").toUpperCase().replace(/[^A-Z0-9]/g, "");
    if (!plate) continue;
    await pool.query(
      "UPDATE members SET plate = $1 WHERE stripe_subscription_id = $2 AND plate IS NULL",
      [plate, sub.id],
    );
    count += 1;
  }
  console.log(`updated ${count} members`);
  await pool.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
''', T=_v), _v, "https://docs.stripe.com/keys#limit-access")

_v = gen_pw(20)
add("blind-eo/k8s-secret/database-password", "deploy/k8s/membership/secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: membership-db
  namespace: membership
  labels:
    app.kubernetes.io/part-of: unlimited-club
type: Opaque
data:
  DB_HOST: <<H>>
  DB_USER: <<U>>
  DB_PASSWORD: <<P>>
''', H=b64("members-db.membership.svc.cluster.local"), U=b64("club_api"), P=b64(_v)), _v,
    "https://kubernetes.io/docs/concepts/configuration/secret/")

_v = human_pw()
add("blind-eo/json/sql-server-password", "SiteReporting/appsettings.Production.json", fill('''\
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "SiteWatch": "Server=10.20.0.15\\\\SITEWATCH;Database=SiteWatch;User Id=rpt_reader;Password=<<PW>>;TrustServerCertificate=True;",
    "Warehouse": "Server=tcp:wash-dw.database.windows.net,1433;Database=washdw;Authentication=Active Directory Managed Identity;"
  },
  "Reporting": {
    "Sites": [ "OK-003", "OK-004", "TX-011" ],
    "DailyCloseHour": 21
  },
  "AllowedHosts": "*"
}
''', PW=_v), _v, "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring")

_v = leet_pw()
add("blind-eo/csharp/sql-server-password", "TunnelSync/Data/SiteDb.cs", fill('''\
using System.Data;
using Microsoft.Data.SqlClient;

namespace TunnelSync.Data
{
    public static class SiteDb
    {
        // Local SQL Express on each site's office PC
        private const string LocalConn =
            "Data Source=localhost\\\\SQLEXPRESS;Initial Catalog=WashData;User ID=tunnelsync;Password=<<PW>>;Encrypt=False";

        public static IDbConnection Open()
        {
            var conn = new SqlConnection(LocalConn);
            conn.Open();
            return conn;
        }

        public static int CarsToday(IDbConnection conn)
        {
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM dbo.TunnelLog WHERE CAST(EnteredAt AS date) = CAST(GETDATE() AS date)";
            return (int)cmd.ExecuteScalar();
        }
    }
}
''', PW=_v), _v, "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax")

_v = human_pw()
add("blind-eo/powershell/sql-server-password", "ops/site-pc/Backup-WashDb.ps1", fill(r'''# Nightly backup of the site's wash database to the NAS; scheduled task on each office PC
param(
    [string]$Instance = "localhost\SQLEXPRESS",
    [string]$Share = "\\nas01\backups\$env:COMPUTERNAME"
)

$stamp = Get-Date -Format "yyyyMMdd"
$file = "D:\Backups\WashData_$stamp.bak"

sqlcmd -S $Instance -U backup_op -P "<<PW>>" -Q "BACKUP DATABASE [WashData] TO DISK = N'$file' WITH INIT, COMPRESSION"

if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source "WashBackup" -EntryType Error -EventId 500 -Message "backup failed"
    exit 1
}

Copy-Item $file -Destination $Share -Force
Get-ChildItem D:\Backups -Filter *.bak | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item
''', PW=_v), _v, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility")

_v = draw(16, ALNUM)
add("blind-eo/xml/authorize-net-transaction-key", "paystation/config/gateway.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<!-- Pay station payment gateway settings (lanes 1-3) -->
<PaymentGateway>
  <Provider>AuthorizeNet</Provider>
  <Environment>Production</Environment>
  <Endpoint>https://api2.authorize.net/xml/v1/request.api</Endpoint>
  <ApiLoginId>7xK3m9PqT2</ApiLoginId>
  <TransactionKey><<T>></TransactionKey>
  <DeviceType>7</DeviceType>
  <MarketType>2</MarketType>
  <Emv>
    <Reader>IDTech VP3300</Reader>
    <ContactlessEnabled>true</ContactlessEnabled>
    <QuickChipEnabled>true</QuickChipEnabled>
  </Emv>
  <Timeouts connectMs="3000" readMs="15000" />
</PaymentGateway>
''', T=_v), _v, "https://developer.authorize.net/api/reference/index.html")

_v = square_access()
add("blind-eo/go/square-access-token", "paystation-bridge/square/client.go", fill('''\
package square

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL     = "https://connect.squareup.com/v2"
	accessToken = "<<T>>"
	locationID  = "L8Y2QH7XZ3M4K"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 10 * time.Second}} }

func (c *Client) CreateTerminalCheckout(amountCents int64, deviceID, washCode string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]any{
		"idempotency_key": washCode,
		"checkout": map[string]any{
			"amount_money":   map[string]any{"amount": amountCents, "currency": "USD"},
			"device_options": map[string]any{"device_id": deviceID},
			"reference_id":   washCode,
			"location_id":    locationID,
		},
	})
	req, err := http.NewRequest(http.MethodPost, baseURL+"/terminals/checkouts", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", accessToken))
	req.Header.Set("Square-Version", "2024-07-17")
	req.Header.Set("Content-Type", "application/json")
	return c.http.Do(req)
}
''', T=_v), _v, "https://developer.squareup.com/docs/build-basics/access-tokens")

_v = hexs(32)
add("blind-eo/java/braintree-private-key", "billing-service/src/main/java/com/shinewash/billing/BraintreeConfig.java", fill('''\
package com.shinewash.billing;

import com.braintreegateway.BraintreeGateway;
import com.braintreegateway.Environment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class BraintreeConfig {

    @Bean
    public BraintreeGateway braintreeGateway() {
        return new BraintreeGateway(
                Environment.PRODUCTION,
                "w7k2c9hq4m3zd8xt",
                "p4rx9gq6vz2kt5wn",
                "<<T>>"
        );
    }
}
''', T=_v), _v, "https://developer.paypal.com/braintree/docs/start/hello-server/java")

_v = mixed(32)
add("blind-eo/php/nmi-security-key", "wp-content/plugins/wash-gift-cards/includes/class-gateway.php", fill('''\
<?php
/**
 * Gift card checkout through the NMI gateway (used by the pay stations too).
 */
defined( 'ABSPATH' ) || exit;

class Wash_Gift_Card_Gateway {
	const API_URL      = 'https://secure.nmi.com/api/transact.php';
	const SECURITY_KEY = '<<T>>';

	public function charge( $amount, $payment_token, $order_id ) {
		$body = array(
			'security_key'  => self::SECURITY_KEY,
			'type'          => 'sale',
			'amount'        => number_format( $amount, 2, '.', '' ),
			'payment_token' => $payment_token,
			'orderid'       => $order_id,
		);
		$response = wp_remote_post( self::API_URL, array( 'body' => $body, 'timeout' => 20 ) );
		if ( is_wp_error( $response ) ) {
			return false;
		}
		parse_str( wp_remote_retrieve_body( $response ), $result );
		return isset( $result['response'] ) && '1' === $result['response'];
	}
}
''', T=_v), _v, "https://secure.nmi.com/merchants/resources/integration/integration_portal.php")

_v = hubspot_token()
add("blind-eo/ts/hubspot-token", "crm-sync/src/hubspot.ts", fill('''\
import { Client } from "@hubspot/api-client";

// Pushes new Unlimited Club sign-ups to HubSpot as contacts with the home site.
const hubspot = new Client({ accessToken: "<<T>>" });

export interface Signup {
  email: string;
  firstName: string;
  homeSite: string;
  plan: "basic" | "deluxe" | "ultimate";
}

export async function pushSignup(s: Signup): Promise<string> {
  const res = await hubspot.crm.contacts.basicApi.create({
    properties: {
      email: s.email,
      firstname: s.firstName,
      home_wash_site: s.homeSite,
      membership_plan: s.plan,
      lifecyclestage: "customer",
    },
    associations: [],
  });
  return res.id;
}
''', T=_v), _v, "https://developers.hubspot.com/docs/api/private-apps")

_v = "pk_" + hexs(34)
add("blind-eo/yaml/klaviyo-private-key", "marketing/klaviyo-sync.yml", fill('''\
# Nightly export of wash visits to Klaviyo for the "we miss you" flow
schedule: "15 4 * * *"
source:
  kind: postgres
  dsn_env: WAREHOUSE_DSN
  query: |
    SELECT email, home_site, last_wash_at, visits_90d
    FROM marts.member_activity
    WHERE email IS NOT NULL
destination:
  kind: klaviyo
  api_revision: "2024-07-15"
  private_api_key: <<T>>
  list_id: Xk7Pq2
  profile_properties: [home_site, last_wash_at, visits_90d]
''', T=_v), _v, "https://developers.klaviyo.com/en/docs/authenticate_")

_v = hexs(32) + "-us21"
add("blind-eo/python/mailchimp-api-key", "marketing/mailchimp_tags.py", fill('''\
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({
    "api_key": "<<T>>",
    "server": "us21",
})

AUDIENCE_ID = "4c1e9b7d2a"


def tag_member(email: str, site: str, plan: str) -> None:
    subscriber_hash = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.update_list_member_tags(AUDIENCE_ID, subscriber_hash, {
        "tags": [
            {"name": f"site:{site}", "status": "active"},
            {"name": f"plan:{plan}", "status": "active"},
        ]
    })
''', T=_v), _v, "https://mailchimp.com/developer/marketing/guides/quick-start/")

_v = sendgrid_key()
add("blind-eo/env/sendgrid-key", "receipts/.env", fill('''\
# e-receipts for pay station transactions
SENDGRID_API_KEY=<<T>>
RECEIPT_FROM=receipts@tidalwavewash.com
RECEIPT_TEMPLATE_ID=d-5b0c2e7a91f84d3c8a6e1f2b3c4d5e6f
MAX_BATCH=200
''', T=_v), _v, "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys")

_v = "key-" + hexs(32)
add("blind-eo/python/mailgun-key", "ops/notify/damage_claim_mailer.py", fill('''\
"""Emails the site manager when a customer files a damage claim from the kiosk."""
import requests

MAILGUN_DOMAIN = "mg.cleanridecarwash.com"
MAILGUN_KEY = "<<T>>"


def send_claim(manager_email: str, claim_id: str, site: str, photo_urls: list) -> None:
    text = f"Damage claim {claim_id} at {site}.\\n\\nPhotos:\\n" + "\\n".join(photo_urls)
    r = requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_KEY),
        data={
            "from": "Claims <claims@mg.cleanridecarwash.com>",
            "to": [manager_email],
            "subject": f"[Claim] {site} {claim_id}",
            "text": text,
        },
        timeout=10,
    )
    r.raise_for_status()
''', T=_v), _v, "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication")

_v = hexs(32)
add("blind-eo/ruby/twilio-auth-token", "app/services/car_ready_notifier.rb", fill('''\
require "twilio-ruby"

# Texts detailing customers when their vehicle is ready for pickup.
class CarReadyNotifier
  ACCOUNT_SID = "<<SID>>".freeze
  AUTH_TOKEN  = "<<T>>".freeze
  FROM_NUMBER = "+14695550147".freeze

  def initialize(client: Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN))
    @client = client
  end

  def notify(ticket)
    @client.messages.create(
      from: FROM_NUMBER,
      to: ticket.customer_phone,
      body: "Hi #{ticket.customer_first_name}, your #{ticket.vehicle_description} is ready at #{ticket.site_name}!"
    )
  end
end
''', SID=twilio_sid(), T=_v), _v, "https://www.twilio.com/docs/iam/api/authtoken")

_v = mixed(32)
add("blind-eo/js/twilio-api-key-secret", "detail-scheduler/lib/sms.js", fill('''\
'use strict';

const twilio = require('twilio');

// API key scoped to Messaging only (created 2024-03 by ops)
const client = twilio('SK<<KID>>', '<<T>>', {
  accountSid: '<<SID>>',
});

async function sendReminder(appt) {
  return client.messages.create({
    messagingServiceSid: 'MG<<MG>>',
    to: appt.phone,
    body: `Reminder: ${appt.package} detail tomorrow at ${appt.time} (${appt.site}). Reply C to cancel.`,
  });
}

module.exports = { sendReminder };
''', KID=hexs(32), T=_v, SID=twilio_sid(), MG=hexs(32)), _v, "https://www.twilio.com/docs/iam/api-keys")

_v = shopify_token()
add("blind-eo/python/shopify-admin-token", "merch/sync_inventory.py", fill('''\
import csv
import sys

import requests

SHOP = "sudsy-shop.myshopify.com"
ADMIN_TOKEN = "<<T>>"
API = f"https://{SHOP}/admin/api/2024-04"


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    r = requests.post(
        f"{API}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": ADMIN_TOKEN},
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=15,
    )
    r.raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            set_level(int(row["inventory_item_id"]), int(row["location_id"]), int(row["qty"]))
''', T=_v), _v, "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin")

_v = raw_b64(24)
add("blind-eo/swift/hmac-shared-secret", "LoyaltyApp/Sources/Networking/RequestSigner.swift", fill('''\
import CryptoKit
import Foundation

/// Signs requests to the loyalty API (points, free-wash rewards, referral codes).
enum RequestSigner {
    private static let clientId = "ios-loyalty-v3"
    private static let sharedSecret = "<<T>>"

    static func sign(_ request: inout URLRequest, body: Data) {
        let timestamp = String(Int(Date().timeIntervalSince1970))
        var message = Data(timestamp.utf8)
        message.append(body)
        let key = SymmetricKey(data: Data(sharedSecret.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: key)
        request.setValue(clientId, forHTTPHeaderField: "X-Client-Id")
        request.setValue(timestamp, forHTTPHeaderField: "X-Timestamp")
        request.setValue(Data(mac).base64EncodedString(), forHTTPHeaderField: "X-Signature")
    }
}
''', T=_v), _v, "https://developer.apple.com/documentation/cryptokit/hmac")

_v = square_access()
add("blind-eo/kotlin/square-access-token", "app/src/main/java/com/glosswash/detail/pos/SquareApi.kt", fill('''\
package com.glosswash.detail.pos

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object SquareApi {
    private const val TOKEN = "<<T>>"
    private val client = OkHttpClient()

    fun listCatalog(): String? {
        val req = Request.Builder()
            .url("https://connect.squareup.com/v2/catalog/list?types=ITEM")
            .header("Authorization", "Bearer $TOKEN")
            .header("Square-Version", "2024-06-04")
            .get()
            .build()
        client.newCall(req).execute().use { return it.body?.string() }
    }

    fun searchCustomers(phone: String): String? {
        val json = """{"query":{"filter":{"phone_number":{"exact":"$phone"}}}}"""
        val req = Request.Builder()
            .url("https://connect.squareup.com/v2/customers/search")
            .header("Authorization", "Bearer $TOKEN")
            .post(json.toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(req).execute().use { return it.body?.string() }
    }
}
''', T=_v), _v, "https://developer.squareup.com/docs/build-basics/access-tokens")

# === chemical dosing telemetry =====================================================================

_v = gen_pw(18)
add("blind-eo/python/mqtt-password", "dosing/agent/publisher.py", fill('''\
"""Publishes chemical pump readings (presoak, tire shine, triple foam, wax) every 30 s."""
import json
import socket
import time

import paho.mqtt.client as mqtt

from dosing.agent.pumps import read_all_pumps

BROKER = "mqtt.chem.washops.io"
SITE = socket.gethostname()

client = mqtt.Client(client_id=f"dosing-{SITE}", protocol=mqtt.MQTTv311)
client.username_pw_set("dosing-agent", "<<PW>>")
client.tls_set()
client.connect(BROKER, 8883, keepalive=60)
client.loop_start()

while True:
    for pump in read_all_pumps():
        topic = f"sites/{SITE}/chem/{pump.name}"
        client.publish(topic, json.dumps({
            "ml_per_car": pump.ml_per_car,
            "tank_pct": pump.tank_pct,
            "ts": int(time.time()),
        }), qos=1)
    time.sleep(30)
''', PW=_v), _v, "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html")

_v = influx_token()
add("blind-eo/toml/influxdb-token", "dosing/telegraf/telegraf.conf", fill('''\
[agent]
  interval = "30s"
  flush_interval = "30s"
  hostname = "$SITE_ID"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["sites/+/chem/#"]
  data_format = "json"
  tag_keys = ["pump"]

[[inputs.modbus]]
  name = "dosatron_panel"
  controller = "tcp://10.30.1.40:502"
  holding_registers = [
    { name = "presoak_flow", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [0] },
    { name = "wax_flow", byte_order = "AB", data_type = "UINT16", scale = 0.1, address = [1] },
  ]

[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "<<T>>"
  organization = "washops"
  bucket = "chemicals"
''', T=_v), _v, "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/")

_v = azure_key32()
add("blind-eo/c/azure-iot-device-key", "firmware/dosing-ctrl/src/iot_config.h", fill('''\
#ifndef IOT_CONFIG_H
#define IOT_CONFIG_H

/* Dosing controller v2 - Azure IoT Hub device credentials (site OK-007, panel A) */
#define IOT_CONNECTION_STRING \\
    "HostName=washchem-prod.azure-devices.net;DeviceId=ok007-panelA;SharedAccessKey=<<K>>"

#define TELEMETRY_PERIOD_MS   15000
#define TANK_LOW_ALARM_PCT    15
#define PUMP_COUNT            6

static const char *PUMP_NAMES[PUMP_COUNT] = {
    "presoak", "hp_soap", "triple_foam", "clearcoat", "tire_shine", "spot_free"
};

#endif /* IOT_CONFIG_H */
''', K=_v), _v, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-dev-guide-sas")

_v = rsa_key()
add("blind-eo/pem/aws-iot-device-key", "provisioning/certs/tx011-dosing.private.pem.key", _v + "\n", _v,
    "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

_v = gen_pw(16)
add("blind-eo/mosquitto/bridge-password", "dosing/mosquitto/conf.d/bridge.conf", fill('''\
# Bridge local site broker to the central broker
connection central
address mqtt.chem.washops.io:8883
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
remote_clientid bridge-tx014
remote_username bridge-tx014
remote_password <<PW>>
topic sites/tx014/# out 1
topic config/tx014/# in 1
cleansession false
restart_timeout 10 60
''', PW=_v), _v, "https://mosquitto.org/man/mosquitto-conf-5.html")

_v = gen_pw(22, "-_")
add("blind-eo/js/node-red-credential-secret", "node-red/settings.js", fill('''\
// Node-RED on the site gateway (reads the dosing panel over Modbus, pushes to MQTT)
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    credentialSecret: "<<PW>>",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "siteadmin",
            password: "$2b$08$QwT3Kfz8sY1a0H6vE2pUjOq1m9xL5cA7bN4dR8tY2wZ6fG0hJ3kLm",
            permissions: "*"
        }]
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    contextStorage: {
        default: { module: "localfilesystem" }
    },
    editorTheme: { projects: { enabled: false } }
};
''', PW=_v), _v, "https://nodered.org/docs/user-guide/runtime/configuration")

_v = gen_pw(20)
add("blind-eo/toml/mqtt-password", "chem-gateway/config/site.toml", fill('''\
# chem-gateway (Rust) - site configuration
[site]
id = "AR-002"
timezone = "America/Chicago"

[modbus]
address = "10.2.40.12:502"
unit_id = 1
poll_ms = 2000

[mqtt]
host = "mqtt.chem.washops.io"
port = 8883
client_id = "chemgw-ar002"
username = "chemgw"
password = "<<PW>>"
qos = 1

[alarms]
tank_low_pct = 12
flow_deviation_pct = 25
''', PW=_v), _v, "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html")

_v = newrelic_license()
add("blind-eo/toml/newrelic-license-key", "observability/vector/vector.toml", fill('''\
[sources.tunnel_logs]
type = "file"
include = ["/var/log/tunnel-controller/*.log"]

[transforms.parse]
type = "remap"
inputs = ["tunnel_logs"]
source = \'\'\'
. = parse_json!(.message)
.site = get_env_var!("SITE_ID")
\'\'\'

[sinks.newrelic]
type = "new_relic"
inputs = ["parse"]
account_id = "3981275"
api = "logs"
license_key = "<<T>>"
region = "us"
''', T=_v), _v, "https://vector.dev/docs/reference/configuration/sinks/new_relic/")

_v = hexs(32)
add("blind-eo/fluent-bit/datadog-api-key", "observability/fluent-bit/fluent-bit.conf", fill('''\
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name         tail
    Path         /var/log/paystation/*.log
    Tag          paystation.*
    Parser       json

[FILTER]
    Name         record_modifier
    Match        *
    Record       site ${SITE_ID}

[OUTPUT]
    Name         datadog
    Match        *
    Host         http-intake.logs.datadoghq.com
    TLS          on
    compress     gzip
    apikey       <<T>>
    dd_service   paystation
    dd_source    kiosk
''', T=_v), _v, "https://docs.fluentbit.io/manual/pipeline/outputs/datadog")

_v = hexs(40)
add("blind-eo/python/datadog-app-key", "observability/monitors/sync_monitors.py", fill('''\
"""Keeps one 'tunnel down' monitor per site in Datadog."""
from datadog_api_client import ApiClient, Configuration
from datadog_api_client.v1.api.monitors_api import MonitorsApi
from datadog_api_client.v1.model.monitor import Monitor
from datadog_api_client.v1.model.monitor_type import MonitorType

import os
from sites import ALL_SITES

configuration = Configuration()
configuration.api_key["apiKeyAuth"] = os.environ["DD_API_KEY"]
configuration.api_key["appKeyAuth"] = "<<T>>"

with ApiClient(configuration) as api_client:
    api = MonitorsApi(api_client)
    for site in ALL_SITES:
        api.create_monitor(body=Monitor(
            name=f"[{site}] tunnel controller heartbeat missing",
            type=MonitorType("service check"),
            query=f'"tunnel.heartbeat".over("site:{site}").last(3).count_by_status()',
            message=f"Tunnel at {site} stopped reporting. @pagerduty-wash-ops",
            tags=[f"site:{site}", "team:ops"],
        ))
''', T=_v), _v, "https://docs.datadoghq.com/account_management/api-app-keys/")

_v = grafana_sa()
add("blind-eo/shell/grafana-service-token", "observability/grafana/push-dashboards.sh", fill('''\
#!/usr/bin/env bash
# Push the chemical-usage dashboards to Grafana Cloud
set -euo pipefail

GRAFANA_URL="https://washops.grafana.net"
GRAFANA_TOKEN="<<T>>"

for f in dashboards/*.json; do
  echo "uploading $f"
  jq '{dashboard: ., overwrite: true, folderUid: "chem"}' "$f" \\
    | curl -sS -X POST "$GRAFANA_URL/api/dashboards/db" \\
        -H "Authorization: Bearer $GRAFANA_TOKEN" \\
        -H "Content-Type: application/json" \\
        --data-binary @- >/dev/null
done
echo done
''', T=_v), _v, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

_v = azure_storage_key()
add("blind-eo/json/azure-storage-key", "CameraArchiver/local.settings.json", fill('''\
{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "SnapshotStorage": "DefaultEndpointsProtocol=https;AccountName=washcamsnaps;AccountKey=<<K>>;EndpointSuffix=core.windows.net",
    "RetentionDays": "30",
    "Sites": "OK-003;OK-004;TX-011;TX-014"
  }
}
''', K=_v), _v, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

_v = hexs(32)
add("blind-eo/yaml/pagerduty-routing-key", "observability/alertmanager/alertmanager.yml", fill('''\
route:
  receiver: wash-ops-slack
  group_by: [site, alertname]
  routes:
    - matchers: [severity="page"]
      receiver: wash-ops-pager

receivers:
  - name: wash-ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/slack_url
        channel: "#site-alerts"
        send_resolved: true
  - name: wash-ops-pager
    pagerduty_configs:
      - routing_key: <<T>>
        severity: critical
        description: '{{ .CommonLabels.site }} {{ .CommonLabels.alertname }}'
''', T=_v), _v, "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

_v = gen_pw(16)
add("blind-eo/yaml/prometheus-basic-auth", "observability/prometheus/prometheus.yml", fill('''\
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: site-gateways
    scheme: https
    basic_auth:
      username: prom
      password: <<PW>>
    static_configs:
      - targets:
          - gw-ok003.sites.washops.io:9100
          - gw-ok004.sites.washops.io:9100
          - gw-tx011.sites.washops.io:9100
        labels:
          role: gateway
  - job_name: chem-exporter
    static_configs:
      - targets: ["chem-exporter:9464"]
''', PW=_v), _v, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

_v = human_pw()
add("blind-eo/yaml/grafana-datasource-password", "observability/grafana/provisioning/datasources/sitewatch.yaml", fill('''\
apiVersion: 1
datasources:
  - name: SiteWatch reporting
    type: mssql
    url: 10.20.0.15:1433
    user: grafana_ro
    jsonData:
      database: SiteWatch
      maxOpenConns: 5
      encrypt: "false"
    secureJsonData:
      password: "<<PW>>"
  - name: Chemicals
    type: influxdb
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: washops
      defaultBucket: chemicals
    secureJsonData:
      token: $INFLUX_READ_TOKEN
''', PW=_v), _v, "https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources")

# === site cameras ================================================================================

_v = gen_pw(12)
add("blind-eo/shell/rtsp-camera-password", "cameras/record_bay_cams.sh", fill('''\
#!/bin/sh
# Records 10-minute segments from the self-serve bay cameras to the local NVR disk
OUT=/srv/nvr/$(date +%F)
mkdir -p "$OUT"

for ch in 101 201 301 401; do
  ffmpeg -nostdin -loglevel error -rtsp_transport tcp \\
    -i "rtsp://admin:<<PW>>@192.168.1.64:554/Streaming/Channels/$ch" \\
    -c copy -f segment -segment_time 600 -reset_timestamps 1 -strftime 1 \\
    "$OUT/bay${ch}_%H%M%S.mp4" &
done
wait
''', PW=_v), _v, "https://www.hikvision.com/content/dam/hikvision/en/support/download/isapi/ISAPI_Streaming.pdf")

_v = human_pw()
add("blind-eo/yaml/frigate-camera-password", "nvr/frigate/config.yml", fill('''\
mqtt:
  host: 10.14.0.5
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  tunnel_exit:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:<<PW>>@10.14.20.40:554/cam/realmonitor?channel=1&subtype=0
          roles: [record]
        - path: rtsp://viewer:<<PW>>@10.14.20.40:554/cam/realmonitor?channel=1&subtype=1
          roles: [detect]
    detect:
      width: 1280
      height: 720
    objects:
      track: [car, person]
    record:
      enabled: true
      retain:
        days: 14
''', PW=_v), _v, "https://docs.frigate.video/configuration/cameras")

_v = human_pw()
add("blind-eo/java/hikvision-digest-password", "camera-service/src/main/java/com/washco/cam/IsapiClient.java", fill('''\
package com.washco.cam;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.time.Duration;

/** Pulls still images from the entrance Hikvision cameras over ISAPI. */
public class IsapiClient {
    private static final String USER = "isapi_svc";
    private static final String PASS = "<<PW>>";

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(USER, PASS.toCharArray());
                }
            })
            .build();

    public byte[] snapshot(String host, int channel) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(
                "http://" + host + "/ISAPI/Streaming/channels/" + channel + "01/picture")).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray()).body();
    }
}
''', PW=_v), _v, "https://www.hikvision.com/content/dam/hikvision/en/support/download/isapi/ISAPI_Streaming.pdf")

_v = gen_pw(14)
add("blind-eo/shell/axis-camera-password", "cameras/axis-set-overlay.sh", fill('''\
#!/usr/bin/env bash
# Stamp the site name on every Axis camera overlay after a re-image
set -e
SITE="${1:?site code}"
CAMS=(10.11.20.21 10.11.20.22 10.11.20.23)

for ip in "${CAMS[@]}"; do
  curl --silent --fail --digest -u root:<<PW>> \\
    "http://$ip/axis-cgi/param.cgi?action=update&Image.I0.Text.String=${SITE}%20%25F%20%25T&Image.I0.Text.TextEnabled=yes"
  echo " -> $ip"
done
''', PW=_v), _v, "https://developer.axis.com/vapix/network-video/parameter-management/")

_v = mixed(40)
add("blind-eo/python/camera-vms-api-key", "cameras/verkada_export.py", fill('''\
"""Export yesterday's people/vehicle counts per site camera from the Verkada API."""
import datetime as dt

import requests

API = "https://api.verkada.com"
HEADERS = {"x-api-key": "<<T>>", "accept": "application/json"}


def vehicle_counts(camera_id: str, day: dt.date) -> dict:
    start = int(dt.datetime.combine(day, dt.time.min).timestamp())
    end = start + 86400
    r = requests.get(f"{API}/cameras/v1/analytics/occupancy_trends",
                     params={"camera_id": camera_id, "start_time": start, "end_time": end, "type": "vehicle"},
                     headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for cam in ["b2f3b1e4-entry", "c71a0d9e-exit"]:
        print(cam, vehicle_counts(cam, dt.date.today() - dt.timedelta(days=1)))
''', T=_v), _v, "https://apidocs.verkada.com/reference/introduction")

_v = passphrase()
add("blind-eo/python/unifi-protect-password", "cameras/protect_events.py", fill('''\
import asyncio

from uiprotect import ProtectApiClient

# UniFi Protect on the UNVR at the detail shop
protect = ProtectApiClient("10.50.0.1", 443, "eventbot", "<<PW>>", verify_ssl=False)


async def main() -> None:
    await protect.update()
    for camera in protect.bootstrap.cameras.values():
        print(camera.name, camera.is_connected, camera.last_motion)
    await protect.close_session()


asyncio.run(main())
''', PW=_v), _v, "https://github.com/uilibs/uiprotect")

_v = human_pw()
add("blind-eo/xml/milestone-password", "VideoBridge/App.config", fill('''\
<?xml version="1.0" encoding="utf-8" ?>
<configuration>
  <appSettings>
    <add key="MilestoneServer" value="http://vms01.washco.local" />
    <add key="MilestoneAuth" value="Basic" />
    <add key="MilestoneUser" value="videobridge" />
    <add key="MilestonePassword" value="<<PW>>" />
    <add key="ExportFolder" value="E:\\Exports" />
    <add key="ClaimLookbackMinutes" value="20" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
''', PW=_v), _v, "https://doc.developer.milestonesys.com/html/index.html")

_v = draw(64, URLSAFE)
add("blind-eo/env/oauth-client-secret", "cloud-cams/.env", fill('''\
# Eagle Eye Networks API (bay camera clips for damage claims)
EEN_CLIENT_ID=d0c3f1a27b9e4c55
EEN_CLIENT_SECRET=<<T>>
EEN_REDIRECT_URI=https://claims.washco.app/oauth/callback
EEN_ACCOUNT=00043127
CLIP_SECONDS_BEFORE=45
CLIP_SECONDS_AFTER=15
''', T=_v), _v, "https://developer.eagleeyenetworks.com/docs/getting-started")

# === tunnel controllers, pay stations, site PCs and network gear ===================================

_v = gen_pw(12)
add("blind-eo/ini/ftp-password", "paystation/XpressPay/station.ini", fill(r'''; Pay station lane 2 - auto-cashier settings
[Station]
SiteCode=OK-004
Lane=2
Language=en-US
ReceiptPrinter=COM3
BillAcceptor=COM4

[Upload]
; nightly transaction journal upload to the office
Protocol=FTP
Host=10.4.0.10
Port=21
User=paystn2
Password=<<PW>>
RemoteDir=/journals/lane2
Passive=1

[Display]
IdleVideo=C:\XpressPay\media\idle_loop.mp4
Brightness=85
''', PW=_v), _v, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

_v = leet_pw()
add("blind-eo/ini/controller-service-password", "tunnel/controller/TunnelCtrl.ini", fill(r'''[General]
SiteName=Sparkle Express - Broken Arrow
ConveyorLengthFt=120
PulsesPerFoot=4
MaxCarsInTunnel=9

[RemoteAccess]
Enabled=1
ListenPort=5020
ServiceUser=tech
ServicePassword=<<PW>>
AllowFrom=10.0.0.0/8

[Equipment]
; relay, on-foot, off-foot
Presoak=1,4,18
TireBrush=2,22,30
WrapFront=3,34,46
HighPressure=4,50,62
TripleFoam=5,66,74
Dryer1=6,104,120
''', PW=_v), _v, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

_v = human_pw()
add("blind-eo/reg/autologon-password", "kiosk/provisioning/autologon.reg", fill(r'''Windows Registry Editor Version 5.00

; Pay station kiosk: log the kiosk user on automatically after a power cut
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="PAYSTN"
"DefaultPassword"="<<PW>>"
"ForceAutoLogon"="1"
"Shell"="C:\\XpressPay\\XpressPay.exe"
''', PW=_v), _v, "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon")

_v = human_pw()
add("blind-eo/xml/unattend-password", "kiosk/provisioning/unattend.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>siteadmin</Name>
            <Group>Administrators</Group>
            <Password>
              <Value><<PW>></Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
''', PW=_v), _v, "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-localaccounts-localaccount-password")

_v = human_pw()
add("blind-eo/batch/network-share-password", "site-pc/map-drives.bat", fill(r'''@echo off
REM Map the office shares on the site manager PC (run at logon)
net use S: /delete /y >nul 2>&1
net use R: /delete /y >nul 2>&1
net use S: \\nas01\sitedocs /user:WASHCO\svc_sitepc <<PW>> /persistent:yes
net use R: \\nas01\reports /user:WASHCO\svc_sitepc <<PW>> /persistent:yes
if errorlevel 1 echo Drive mapping failed >> C:\Logs\logon.txt
''', PW=_v), _v, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

_v = human_pw()
add("blind-eo/powershell/service-account-password", "ops/site-pc/Install-TunnelSync.ps1", fill(r'''#Requires -RunAsAdministrator
# Installs the TunnelSync Windows service under the domain service account
$ErrorActionPreference = "Stop"

$svcName = "TunnelSync"
$binPath = "C:\Program Files\WashCo\TunnelSync\TunnelSync.exe"
$user    = "WASHCO\svc_tunnelsync"
$secure  = ConvertTo-SecureString "<<PW>>" -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential($user, $secure)

if (Get-Service $svcName -ErrorAction SilentlyContinue) {
    Stop-Service $svcName
    sc.exe delete $svcName | Out-Null
    Start-Sleep -Seconds 2
}

New-Service -Name $svcName -BinaryPathName "`"$binPath`"" -DisplayName "WashCo Tunnel Sync" `
    -StartupType Automatic -Credential $cred
Start-Service $svcName
Write-Host "TunnelSync installed and started"
''', PW=_v), _v, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/new-service")

_v = gen_pw(10)
add("blind-eo/markdown/vnc-password", "docs/runbooks/paystation-remote-support.md", fill('''\
# Pay station remote support

When a site calls about a frozen pay station screen:

1. Check the station answers: `ping 10.<site>.0.21` (lane 1) / `.22` (lane 2).
2. Connect with TightVNC Viewer to port 5900.
   - VNC password (all lanes, all sites): `<<PW>>`
3. If the XpressPay app shows "Bill acceptor offline", power-cycle the acceptor from the
   maintenance menu (F12) - do **not** reboot the PC during business hours.
4. If the screen is black, ask the attendant to hold the kiosk power button 10 s.
5. Log the call in the Site Issues board with the lane and what you did.

Escalate to the vendor (option 2 on the support line) if the station is down more than 30 minutes.
''', PW=_v), _v, "https://www.tightvnc.com/doc/win/TightVNC_2.7_for_Windows_Server_Configuration_Reference.pdf")

_v = human_pw()
add("blind-eo/markdown/remote-desktop-password", "docs/sites/TX-011-handbook.md", fill('''\
# TX-011 (Frisco) site handbook

| Item | Value |
|------|-------|
| Tunnel length | 140 ft, 1 conveyor, 9 arches |
| Pay stations | 3 (lanes 1-3), office PC `TX011-OFFICE` |
| Internet | Spectrum business, static 24.x, failover LTE |
| Camera NVR | 10.11.20.5 (16 ch) |

## Remote access

TeamViewer is installed on the office PC for the tunnel controller vendor.

- TeamViewer ID: 1 482 975 306
- Unattended password: <<PW>>

## Opening checklist

- Walk the tunnel, check brushes and wraps for debris
- Prime chemicals; check tank levels on the dosing panel
- Test each pay station with the test card
''', PW=_v), _v, "https://www.teamviewer.com/en/global/support/knowledge-base/teamviewer-classic/remote-control/set-up-unattended-access/")

_v = gen_pw(14)
add("blind-eo/cisco/local-user-password", "network/sites/ok003-rtr01.cfg", fill('''\
hostname ok003-rtr01
!
service timestamps log datetime msec
no service password-encryption
!
username netops privilege 15 password 0 <<PW>>
!
interface GigabitEthernet0/0
 description WAN - Cox business
 ip address dhcp
 ip nat outside
!
interface GigabitEthernet0/1
 description LAN - tunnel, pay stations, office
 ip address 10.3.0.1 255.255.255.0
 ip nat inside
!
ip nat inside source list 10 interface GigabitEthernet0/0 overload
access-list 10 permit 10.3.0.0 0.0.0.255
!
line vty 0 4
 login local
 transport input ssh
!
end
''', PW=_v), _v, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-t2.html#wp1510789410")

_v = gen_pw(16)
add("blind-eo/cisco/snmp-community", "network/sites/tx014-sw01.cfg", fill('''\
hostname tx014-sw01
!
vlan 10
 name OFFICE
vlan 20
 name CAMERAS
vlan 30
 name TUNNEL-PLC
!
interface range GigabitEthernet1/0/1-8
 switchport access vlan 20
 spanning-tree portfast
!
interface range GigabitEthernet1/0/9-12
 switchport access vlan 30
!
snmp-server community <<PW>> RW 99
snmp-server location TX-014 equipment room
snmp-server contact netops@washco.com
access-list 99 permit 10.0.0.0 0.255.255.255
!
end
''', PW=_v), _v, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html")

_v = gen_pw(20)
add("blind-eo/mikrotik/ipsec-secret", "network/sites/ar002-hex.rsc", fill('''\
# site AR-002 hEX S - site-to-site VPN to HQ
/interface bridge
add name=bridge-lan
/ip address
add address=10.2.0.1/24 interface=bridge-lan
/ip ipsec profile
add dh-group=modp2048 enc-algorithm=aes-256 hash-algorithm=sha256 name=hq
/ip ipsec peer
add address=203.0.113.10/32 name=hq profile=hq
/ip ipsec identity
add peer=hq secret="<<PW>>"
/ip ipsec policy
add dst-address=10.0.0.0/16 src-address=10.2.0.0/24 tunnel=yes peer=hq
/system identity
set name=ar002-hex
''', PW=_v), _v, "https://help.mikrotik.com/docs/display/ROS/IPsec")

_v = wireguard_key()
add("blind-eo/wireguard/private-key", "network/wireguard/ok004-gw.conf", fill('''\
# Site OK-004 gateway -> HQ hub
[Interface]
Address = 10.99.0.14/32
PrivateKey = <<K>>
DNS = 10.0.0.53

[Peer]
# hq-hub
PublicKey = <<PUB>>
Endpoint = vpn.washco.net:51820
AllowedIPs = 10.0.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
''', K=_v, PUB=wireguard_key()), _v, "https://www.wireguard.com/quickstart/")

_r = _rng()
_v = ("-----BEGIN OpenVPN Static key V1-----\n"
      + "\n".join("".join(_r.choice(HEX) for _ in range(32)) for _ in range(16))
      + "\n-----END OpenVPN Static key V1-----")
add("blind-eo/openvpn/static-key", "network/openvpn/vendor-support.ovpn", fill('''\
# Remote support tunnel for the tunnel-controller vendor
client
dev tun
proto udp
remote support.washco.net 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
auth SHA256
key-direction 1
verb 3
<tls-auth>
<<K>>
</tls-auth>
''', K=_v), _v, "https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/")

_v = gen_pw(15)
add("blind-eo/haproxy/stats-password", "infra/haproxy/haproxy.cfg", fill('''\
global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

frontend api_in
    bind :443 ssl crt /etc/haproxy/certs/api.washco.app.pem
    default_backend membership_api

backend membership_api
    balance roundrobin
    option httpchk GET /healthz
    server api1 10.0.2.11:8080 check
    server api2 10.0.2.12:8080 check

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:<<PW>>
''', PW=_v), _v, "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth")

_v = human_pw()
add("blind-eo/crontab/basic-auth-password", "site-pc/crontab", fill('''\
# m h dom mon dow command
# Daily close: push car counts and revenue to the franchise portal
5 22 * * * /opt/washco/bin/export-daily.sh > /tmp/daily.csv && curl -fsS -u tx014:<<PW>> -F "file=@/tmp/daily.csv" https://portal.franchise-wash.com/api/v1/daily-close
# Rotate local logs
0 3 * * 0 /usr/sbin/logrotate /opt/washco/logrotate.conf
# Heartbeat
*/5 * * * * curl -fsS https://hc.washops.io/ping/tx014 >/dev/null
''', PW=_v), _v, "https://curl.se/docs/manpage.html#-u")

_v = mixed(36)
add("blind-eo/systemd/api-key", "site-gateway/systemd/plate-gate.service", fill('''\
[Unit]
Description=Plate gate - opens the member lane gate on a plate match
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=plategate
Environment=SITE_ID=OK-003
Environment=MEMBERSHIP_API=https://api.washco.app/v2
Environment=MEMBERSHIP_API_KEY=<<T>>
Environment=GATE_RELAY=/dev/ttyUSB0
ExecStart=/opt/plategate/bin/plategate --listen 127.0.0.1:8081
Restart=always
RestartSec=3

[Install]
WantedBy=multi-user.target
''', T=_v), _v, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

_v = human_pw()
add("blind-eo/sql/login-password", "db/sitewatch/create_report_login.sql", fill('''\
-- Read-only login for the nightly revenue report (run once per site server)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'rpt_reader')
    CREATE LOGIN [rpt_reader] WITH PASSWORD = N'<<PW>>', CHECK_POLICY = ON, DEFAULT_DATABASE = [SiteWatch];
GO
USE [SiteWatch];
GO
CREATE USER [rpt_reader] FOR LOGIN [rpt_reader];
ALTER ROLE [db_datareader] ADD MEMBER [rpt_reader];
GO
''', PW=_v), _v, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

_v = gen_pw(20)
add("blind-eo/sql/role-password", "db/migrations/0042_app_roles.sql", fill('''\
-- 0042: separate roles for the membership API and the LPR gate
BEGIN;

CREATE ROLE lpr_gate LOGIN PASSWORD '<<PW>>';
GRANT CONNECT ON DATABASE members TO lpr_gate;
GRANT USAGE ON SCHEMA club TO lpr_gate;
GRANT SELECT ON club.vehicles, club.memberships TO lpr_gate;
GRANT INSERT ON club.gate_events TO lpr_gate;

ALTER TABLE club.gate_events ALTER COLUMN read_at SET DEFAULT now();

COMMIT;
''', PW=_v), _v, "https://www.postgresql.org/docs/current/sql-createrole.html")

_v = human_pw()
add("blind-eo/r/database-password", "analytics/weekly_car_counts.R", fill('''\
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "ODBC Driver 18 for SQL Server",
  Server   = "10.20.0.15",
  Database = "SiteWatch",
  UID      = "analyst",
  PWD      = "<<PW>>",
  TrustServerCertificate = "yes"
)

cars <- dbGetQuery(con, "
  SELECT SiteCode, CAST(EnteredAt AS date) AS day, COUNT(*) AS cars
  FROM dbo.TunnelLog
  WHERE EnteredAt >= DATEADD(day, -56, GETDATE())
  GROUP BY SiteCode, CAST(EnteredAt AS date)")

cars %>%
  mutate(week = lubridate::floor_date(day, "week")) %>%
  group_by(SiteCode, week) %>%
  summarise(cars = sum(cars), .groups = "drop") %>%
  ggplot(aes(week, cars, colour = SiteCode)) + geom_line()

ggsave("weekly_car_counts.png", width = 10, height = 5)
dbDisconnect(con)
''', PW=_v), _v, "https://solutions.posit.co/connections/db/r-packages/odbc/")

_v = human_pw()
add("blind-eo/python/odbc-connection-password", "etl/extract_sitewatch.py", fill('''\
import pandas as pd
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=10.20.0.15;DATABASE=SiteWatch;"
    "UID=etl_extract;PWD="
    "<<PW>>;"
    "TrustServerCertificate=yes"
)


def extract(day: str) -> pd.DataFrame:
    with pyodbc.connect(CONN) as conn:
        return pd.read_sql(
            "SELECT SiteCode, WashPackage, Price, PaidBy, EnteredAt FROM dbo.TunnelLog "
            "WHERE CAST(EnteredAt AS date) = ?", conn, params=[day])


if __name__ == "__main__":
    import sys
    extract(sys.argv[1]).to_parquet(f"/data/raw/tunnel_{sys.argv[1]}.parquet")
''', PW=_v), _v, "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

# === CI/CD, cloud and infrastructure ==============================================================

_v = slack_webhook()
add("blind-eo/github-actions/slack-webhook", ".github/workflows/deploy-membership.yml", fill('''\
name: deploy-membership
on:
  push:
    branches: [main]
    paths: ["membership-api/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273645091:role/gha-deploy
          aws-region: us-east-2
      - run: ./membership-api/scripts/deploy.sh
      - name: notify
        if: always()
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"membership-api deploy: ${{ job.status }}\\"}" \\
            <<T>>
''', T=_v), _v, "https://api.slack.com/messaging/webhooks")

_v = gitlab_pat()
add("blind-eo/gitlab-ci/registry-token", ".gitlab-ci.yml", fill('''\
stages: [build, deploy]

variables:
  IMAGE: registry.gitlab.com/washco/loyalty-api

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login -u washco-ci -p <<T>> registry.gitlab.com
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: bitnami/kubectl:1.29
  script:
    - kubectl set image deploy/loyalty-api api=$IMAGE:$CI_COMMIT_SHORT_SHA -n loyalty
  only: [main]
''', T=_v), _v, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html")

_v = human_pw()
add("blind-eo/jenkinsfile/ssh-password", "tunnel-dashboard/Jenkinsfile", fill('''\
pipeline {
    agent any
    environment {
        SITES = 'ok003 ok004 tx011 tx014'
    }
    stages {
        stage('Build') {
            steps {
                sh 'npm ci && npm run build'
            }
        }
        stage('Deploy to site PCs') {
            steps {
                script {
                    for (site in env.SITES.split(' ')) {
                        sh "sshpass -p '<<PW>>' scp -o StrictHostKeyChecking=no -r dist/* deploy@${site}-office.washco.local:/opt/tunnel-dashboard/"
                    }
                }
            }
        }
    }
}
''', PW=_v), _v, "https://www.jenkins.io/doc/book/pipeline/syntax/")

_v = fakes.aws_secret_key(_seed())
add("blind-eo/bitbucket-pipelines/aws-secret-key", "bitbucket-pipelines.yml", fill('''\
image: python:3.12

pipelines:
  branches:
    main:
      - step:
          name: Upload wash menu assets
          script:
            - pip install awscli
            - export AWS_ACCESS_KEY_ID=<<KID>>
            - export AWS_SECRET_ACCESS_KEY=<<T>>
            - export AWS_DEFAULT_REGION=us-east-2
            - aws s3 sync menu-boards/ s3://washco-menu-boards/ --delete
            - aws cloudfront create-invalidation --distribution-id E2QX7PL0ZK4M1N --paths "/*"
''', KID=fakes.aws_key_id(_seed()), T=_v), _v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html")

_v = fakes.aws_secret_key(_seed())
add("blind-eo/terraform/aws-secret-key", "infra/terraform/lpr-archive/main.tf", fill('''\
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "<<KID>>"
  secret_key = "<<T>>"
}

resource "aws_s3_bucket" "plate_snaps" {
  bucket = "washco-lpr-snapshots"
}

resource "aws_s3_bucket_lifecycle_configuration" "plate_snaps" {
  bucket = aws_s3_bucket.plate_snaps.id
  rule {
    id     = "expire-30d"
    status = "Enabled"
    expiration {
      days = 30
    }
  }
}
''', KID=fakes.aws_key_id(_seed()), T=_v), _v, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration")

_v = hexs(32)
add("blind-eo/tfvars/datadog-api-key", "infra/terraform/monitoring/prod.auto.tfvars", fill('''\
environment      = "prod"
datadog_site     = "datadoghq.com"
datadog_api_key  = "<<T>>"
datadog_app_key_ssm_param = "/monitoring/datadog/app_key"
site_codes = ["OK-003", "OK-004", "TX-011", "TX-014", "AR-002"]
tunnel_heartbeat_window = "5m"
''', T=_v), _v, "https://registry.terraform.io/providers/DataDog/datadog/latest/docs")

_v = newrelic_user()
add("blind-eo/terraform/newrelic-user-key", "infra/terraform/newrelic/providers.tf", fill('''\
terraform {
  required_providers {
    newrelic = {
      source  = "newrelic/newrelic"
      version = "~> 3.38"
    }
  }
}

provider "newrelic" {
  account_id = 3981275
  api_key    = "<<T>>"
  region     = "US"
}

resource "newrelic_alert_policy" "paystations" {
  name                = "Pay stations"
  incident_preference = "PER_CONDITION_AND_TARGET"
}
''', T=_v), _v, "https://registry.terraform.io/providers/newrelic/newrelic/latest/docs")

_v = okta_token()
add("blind-eo/terraform/okta-api-token", "infra/terraform/okta/main.tf", fill('''\
provider "okta" {
  org_name  = "washco"
  base_url  = "okta.com"
  api_token = "<<T>>"
}

resource "okta_group" "site_managers" {
  name        = "Site Managers"
  description = "Managers of each wash site (SiteWatch reports, camera portal)"
}

resource "okta_app_oauth" "camera_portal" {
  label          = "Camera portal"
  type           = "web"
  grant_types    = ["authorization_code"]
  redirect_uris  = ["https://cams.washco.app/callback"]
  response_types = ["code"]
}
''', T=_v), _v, "https://registry.terraform.io/providers/okta/okta/latest/docs")

_v = human_pw()
add("blind-eo/ansible/winrm-password", "ansible/inventory/sites.ini", fill('''\
[office_pcs]
ok003-office ansible_host=10.3.0.20
ok004-office ansible_host=10.4.0.20
tx011-office ansible_host=10.11.0.20
tx014-office ansible_host=10.14.0.20

[office_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=WASHCO\\svc_ansible
ansible_password=<<PW>>
''', PW=_v), _v, "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html")

_v = gen_pw(20)
add("blind-eo/ansible/mysql-root-password", "ansible/roles/wordpress/vars/main.yml", fill('''\
---
wp_domain: www.sudsycarwash.com
wp_db_name: wp_sudsy
wp_db_user: wp_sudsy
wp_db_host: localhost
mysql_root_password: "<<PW>>"
php_version: "8.2"
wp_plugins:
  - wordpress-seo
  - wp-store-locator
  - wash-gift-cards
''', PW=_v), _v, "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html")

_v = gen_pw(24)
add("blind-eo/helm/redis-password", "deploy/helm/loyalty/values-prod.yaml", fill('''\
replicaCount: 3
image:
  repository: registry.gitlab.com/washco/loyalty-api
  tag: "2.14.1"

env:
  POINTS_PER_DOLLAR: "10"
  FREE_WASH_POINTS: "1200"

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<PW>>"
  master:
    persistence:
      size: 4Gi

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: loyalty.washco.app
      paths: [{ path: /, pathType: Prefix }]
''', PW=_v), _v, "https://artifacthub.io/packages/helm/bitnami/redis")

_v = gen_pw(20)
add("blind-eo/k8s-configmap/mqtt-password", "deploy/k8s/chem/chem-ingest-configmap.yaml", fill('''\
apiVersion: v1
kind: ConfigMap
metadata:
  name: chem-ingest
  namespace: telemetry
data:
  MQTT_URL: "mqtts://ingest:<<PW>>@mqtt.chem.washops.io:8883"
  MQTT_TOPICS: "sites/+/chem/#"
  INFLUX_BUCKET: "chemicals"
  BATCH_SIZE: "500"
''', PW=_v), _v, "https://kubernetes.io/docs/concepts/configuration/configmap/")

_v = gen_pw(22)
add("blind-eo/k8s-secret/docker-registry-password", "deploy/k8s/base/regcred.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: loyalty
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: <<D>>
''', D=b64('{"auths":{"harbor.washco.net":{"username":"robot$loyalty","password":"%s"}}}' % _v)), _v,
    "https://kubernetes.io/docs/tasks/configure-pod-container/pull-image-private-registry/")

_v = hexs(64)
add("blind-eo/k8s-secret/jwt-signing-key", "deploy/k8s/membership/jwt-secret.yaml", fill('''\
apiVersion: v1
kind: Secret
metadata:
  name: membership-jwt
  namespace: membership
type: Opaque
stringData:
  JWT_ISSUER: https://api.washco.app
  JWT_AUDIENCE: unlimited-club
  JWT_SIGNING_KEY: "<<T>>"
  JWT_TTL: "15m"
''', T=_v), _v, "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types")

_v = gen_pw(18)
add("blind-eo/compose/postgres-password", "docker-compose.yml", fill('''\
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: detailbook
      POSTGRES_USER: detailbook
      POSTGRES_PASSWORD: <<PW>>
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://detailbook:<<PW>>@db:5432/detailbook
      BOOKING_SLOT_MINUTES: "30"
    ports:
      - "8000:8000"

volumes:
  pgdata:
''', PW=_v), _v, "https://hub.docker.com/_/postgres")

_v = "".join(_rng().choice(HEX) for _ in range(128))
add("blind-eo/compose/rails-secret-key-base", "detail-shop/docker-compose.prod.yml", fill('''\
version: "3.8"
services:
  web:
    image: ghcr.io/glosswash/detail-shop:1.9.0
    command: bundle exec puma -C config/puma.rb
    environment:
      RAILS_ENV: production
      RAILS_LOG_TO_STDOUT: "1"
      SECRET_KEY_BASE: <<T>>
      DATABASE_URL: ${DATABASE_URL}
    ports:
      - "3000:3000"
  worker:
    image: ghcr.io/glosswash/detail-shop:1.9.0
    command: bundle exec sidekiq
    environment:
      RAILS_ENV: production
      DATABASE_URL: ${DATABASE_URL}
''', T=_v), _v, "https://guides.rubyonrails.org/security.html#custom-credentials")

_v = hexs(32)
add("blind-eo/dockerfile/twilio-auth-token", "sms-gateway/Dockerfile", fill('''\
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production \\
    TWILIO_ACCOUNT_SID=<<SID>> \\
    TWILIO_AUTH_TOKEN=<<T>> \\
    TWILIO_FROM=+19185550123
EXPOSE 3000
USER node
CMD ["node", "server.js"]
''', SID=twilio_sid(), T=_v), _v, "https://www.twilio.com/docs/usage/secure-credentials")

_v = fakes.aws_secret_key(_seed())
add("blind-eo/ini/aws-credentials", "ops/laptop-setup/aws-credentials", fill('''\
[default]
region = us-east-2
output = json

[washco-prod]
aws_access_key_id = <<KID>>
aws_secret_access_key = <<T>>
region = us-east-2

[washco-dev]
role_arn = arn:aws:iam::736290184512:role/developer
source_profile = washco-prod
''', KID=fakes.aws_key_id(_seed()), T=_v), _v, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

_v = fakes.aws_session_token(_seed())
add("blind-eo/shell/aws-session-token", "ops/notes/lpr-bucket-restore.sh", fill('''\
#!/usr/bin/env bash
# restore plate snapshots deleted by the lifecycle rule (ticket OPS-412)
export AWS_ACCESS_KEY_ID=ASIA<<KID>>
export AWS_SECRET_ACCESS_KEY=<<SK>>
export AWS_SESSION_TOKEN=<<T>>
export AWS_REGION=us-east-2

aws s3api list-object-versions --bucket washco-lpr-snapshots --prefix tx011/2024-05-18/ \\
  --query 'DeleteMarkers[].{Key:Key,VersionId:VersionId}' --output text |
while read -r key version; do
  aws s3api delete-object --bucket washco-lpr-snapshots --key "$key" --version-id "$version"
done
''', KID=draw(16, UPPER_ALNUM), SK=fakes.aws_secret_key(_seed()), T=_v), _v,
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_use-resources.html")

_v = vault_token()
add("blind-eo/shell/vault-token", "ops/scripts/rotate-site-db-passwords.sh", fill('''\
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR=https://vault.washco.net:8200
export VAULT_TOKEN=<<T>>

for site in ok003 ok004 tx011 tx014 ar002; do
  new=$(vault read -field=password sys/policies/password/site-db/generate)
  vault kv put "kv/sites/$site/sql" user=sa_site password="$new"
  echo "rotated $site"
done
''', T=_v), _v, "https://developer.hashicorp.com/vault/docs/concepts/tokens")

_v = dockerhub_pat()
add("blind-eo/shell/dockerhub-token", "edge/lpr-agent/build-and-push.sh", fill('''\
#!/bin/sh
set -e
VERSION=$(cat VERSION)
echo "<<T>>" | docker login -u washcoedge --password-stdin
docker buildx build --platform linux/amd64,linux/arm64 \\
  -t washcoedge/lpr-agent:"$VERSION" -t washcoedge/lpr-agent:latest --push .
docker logout
''', T=_v), _v, "https://docs.docker.com/security/for-developers/access-tokens/")

_v = npm_token()
add("blind-eo/npmrc/npm-token", "loyalty-app/.npmrc", fill('''\
@washco:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<T>>
save-exact=true
engine-strict=true
fund=false
''', T=_v), _v, "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow")

_v = fakes.pypi_token(_seed())
add("blind-eo/pypirc/pypi-token", "packages/washco-lpr/.pypirc", fill('''\
[distutils]
index-servers =
    pypi

[pypi]
repository = https://upload.pypi.org/legacy/
username = __token__
password = <<T>>
''', T=_v), _v, "https://packaging.python.org/en/latest/specifications/pypirc/")

_v = gen_pw(20)
add("blind-eo/json/docker-config-auth", "ops/site-gateway/docker-config.json", fill('''\
{
  "auths": {
    "harbor.washco.net": {
      "auth": "<<A>>"
    }
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
''', A=b64("robot$site-gateway:" + _v)), _v, "https://docs.docker.com/reference/cli/docker/login/#credential-stores")

_v = human_pw()
add("blind-eo/netrc/password", "ops/site-gateway/netrc", fill('''\
machine portal.franchise-wash.com
  login tx014
  password <<PW>>

machine files.chemsupplier-portal.com
  login washco-orders
  password <<PW2>>
''', PW=_v, PW2=gen_pw(14)), _v,
    "https://everything.curl.dev/usingcurl/netrc.html")

_v = gen_pw(18)
add("blind-eo/pgpass/password", "ops/analyst-setup/pgpass", fill('''\
# ~/.pgpass for the analytics laptops (chmod 0600)
# hostname:port:database:username:password
members-db.internal.brightwash.net:5432:members:analyst:<<PW>>
warehouse.internal.brightwash.net:5432:washdw:analyst:<<PW>>
localhost:5432:*:postgres:postgres
''', PW=_v), _v, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

_v = fakes.github_token(_seed())
add("blind-eo/gitconfig/github-token", "ops/site-gateway/gitconfig", fill('''\
[user]
	name = site-gateway
	email = ops@washco.com
[credential]
	helper = store
[url "https://washco-bot:<<T>>@github.com/washco/"]
	insteadOf = https://github.com/washco/
[pull]
	rebase = true
''', T=_v), _v, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf")

_v = gen_pw(24)
add("blind-eo/requirements/index-password", "etl/requirements.txt", fill('''\
--extra-index-url https://etl-reader:<<PW>>@pkgs.washco.net/simple/
pandas==2.2.2
pyarrow==16.1.0
pyodbc==5.1.0
sqlalchemy==2.0.31
washco-sitewatch==0.9.4
''', PW=_v), _v, "https://pip.pypa.io/en/stable/topics/authentication/")

# === web sites, loyalty apps and back office =======================================================

_v = fakes.django_secret_key(_seed())
add("blind-eo/python/django-secret-key", "fleetwash/fleetwash/settings/production.py", fill('''\
"""Fleet accounts portal (monthly invoicing for dealerships and rental fleets)."""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "<<T>>"
ALLOWED_HOSTS = ["fleet.washco.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fleetwash",
        "HOST": "fleet-db.internal",
        "USER": "fleetwash",
        "PASSWORD": os.environ["FLEETWASH_DB_PASSWORD"],
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
INVOICE_DAY_OF_MONTH = 1
''', T=_v), _v, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_v = "base64:" + raw_b64(32)
add("blind-eo/env/laravel-app-key", "booking-site/.env.production", fill('''\
APP_NAME="GlossWash Detail Booking"
APP_ENV=production
APP_KEY=<<T>>
APP_DEBUG=false
APP_URL=https://book.glosswash.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=${BOOKING_DB_PASSWORD}

QUEUE_CONNECTION=redis
MAIL_MAILER=ses
''', T=_v), _v, "https://laravel.com/docs/11.x/encryption#configuration")

_v = human_pw()
add("blind-eo/php/wordpress-db-password", "site/wp-config.php", fill('''\
<?php
/** WordPress config - www.tidalwavewash.com */
define( 'DB_NAME', 'tidal_wp' );
define( 'DB_USER', 'tidal_wp' );
define( 'DB_PASSWORD', '<<PW>>' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'twc_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', PW=_v), _v, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

_v = gen_pw(18)
add("blind-eo/yaml/rails-database-password", "detail-shop/config/database.yml", fill('''\
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: detail_shop_development

test:
  <<: *default
  database: detail_shop_test

production:
  <<: *default
  host: detail-db.glosswash.internal
  database: detail_shop
  username: detail_shop
  password: <<PW>>
''', PW=_v), _v, "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

_v = gen_pw(22)
add("blind-eo/ruby/redis-password", "detail-shop/config/initializers/sidekiq.rb", fill('''\
redis_url = "redis://:<<PW>>@detail-redis.glosswash.internal:6379/0"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.default_job_options = { "backtrace" => true, "retry" => 5 }
''', PW=_v), _v, "https://github.com/sidekiq/sidekiq/wiki/Using-Redis")

_v = gen_pw(20)
add("blind-eo/go/mongodb-password", "loyalty-points/cmd/points/main.go", fill('''\
package main

import (
	"context"
	"log"
	"net/http"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/washco/loyalty-points/internal/api"
)

const mongoURI = "mongodb+srv://points-svc:<<PW>>@loyalty.x7k2q.mongodb.net/points?retryWrites=true&w=majority"

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(mongoURI))
	if err != nil {
		log.Fatal(err)
	}
	defer client.Disconnect(context.Background())

	srv := api.New(client.Database("points"))
	log.Println("points service on :8080")
	log.Fatal(http.ListenAndServe(":8080", srv))
}
''', PW=_v), _v, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_v = gen_pw(24)
add("blind-eo/js/redis-password", "membership-api/src/queue.js", fill('''\
const { Queue, Worker } = require('bullmq');
const IORedis = require('ioredis');

const connection = new IORedis('rediss://default:<<PW>>@members-cache.washco.cloud:6380', {
  maxRetriesPerRequest: null,
});

const renewals = new Queue('renewals', { connection });

new Worker('renewals', async (job) => {
  const { membershipId } = job.data;
  await require('./services/renewal').renew(membershipId);
}, { connection, concurrency: 4 });

module.exports = { renewals };
''', PW=_v), _v, "https://docs.bullmq.io/guide/connections")

_v = pkcs8_rsa_key()
_key_json = _v.replace("\n", "\\n")
add("blind-eo/json/gcp-service-account-key", "loyalty-app/functions/serviceAccountKey.json", fill('''\
{
  "type": "service_account",
  "project_id": "washco-loyalty",
  "private_key_id": "<<KID>>",
  "private_key": "<<K>>\\n",
  "client_email": "firebase-adminsdk-q3k7d@washco-loyalty.iam.gserviceaccount.com",
  "client_id": "104829374650192837465",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-q3k7d%40washco-loyalty.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', KID=hexs(40), K=_key_json), _key_json,
    "https://cloud.google.com/iam/docs/keys-create-delete")

_v = pkcs8_ec_key()
add("blind-eo/p8/apns-auth-key", "loyalty-app/push/AuthKey_7QX2K9LM4D.p8", _v + "\n", _v,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

_v = fcm_server_key()
add("blind-eo/js/fcm-server-key-split", "loyalty-app/functions/legacyPush.js", fill('''\
// Legacy HTTP push used by the old Android app (v2.x) until everyone upgrades
const fetch = require('node-fetch');

const FCM_SERVER_KEY =
  '<<A>>' +
  '<<B>>';

exports.sendFreeWashPush = async (deviceToken, site) => {
  const res = await fetch('https://fcm.googleapis.com/fcm/send', {
    method: 'POST',
    headers: {
      Authorization: `key=${FCM_SERVER_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      to: deviceToken,
      notification: { title: 'Your free wash is ready!', body: `Redeem it at ${site} this week.` },
    }),
  });
  return res.ok;
};
''', A=_v[:80], B=_v[80:]), _v, "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests")

_v = b64(uuid_s())
add("blind-eo/python/onesignal-rest-key", "loyalty-backend/push/onesignal.py", fill('''\
import requests

ONESIGNAL_APP_ID = "<<APP>>"
ONESIGNAL_REST_KEY = "<<T>>"


def push_to_site_members(site_code: str, heading: str, message: str) -> dict:
    payload = {
        "app_id": ONESIGNAL_APP_ID,
        "filters": [{"field": "tag", "key": "home_site", "relation": "=", "value": site_code}],
        "headings": {"en": heading},
        "contents": {"en": message},
    }
    r = requests.post(
        "https://onesignal.com/api/v1/notifications",
        json=payload,
        headers={"Authorization": f"Basic {ONESIGNAL_REST_KEY}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()
''', APP=uuid_s(), T=_v), _v, "https://documentation.onesignal.com/reference/create-notification")

_v = google_api_key()
add("blind-eo/python/google-maps-server-key", "sites/geocode_sites.py", fill('''\
"""Geocode new site addresses for the site locator (server-side, geocoding API only)."""
import csv

import googlemaps

gmaps = googlemaps.Client(key="<<T>>")

with open("sites.csv", newline="") as src, open("sites_geocoded.csv", "w", newline="") as dst:
    reader = csv.DictReader(src)
    writer = csv.DictWriter(dst, fieldnames=reader.fieldnames + ["lat", "lng"])
    writer.writeheader()
    for row in reader:
        result = gmaps.geocode(f"{row['street']}, {row['city']}, {row['state']} {row['zip']}")
        loc = result[0]["geometry"]["location"] if result else {"lat": "", "lng": ""}
        writer.writerow({**row, "lat": loc["lat"], "lng": loc["lng"]})
''', T=_v), _v, "https://developers.google.com/maps/documentation/geocoding/get-api-key")

_v = mapbox_token("sk", "washco")
add("blind-eo/shell/mapbox-secret-token", "sites/upload-tileset.sh", fill('''\
#!/usr/bin/env bash
# Upload the service-area polygons as a Mapbox tileset
set -euo pipefail
export MAPBOX_ACCESS_TOKEN=<<T>>

tilesets upload-source washco service-areas service_areas.geojson --replace
tilesets create washco.service-areas --recipe recipe.json --name "Service areas" || true
tilesets publish washco.service-areas
''', T=_v), _v, "https://docs.mapbox.com/help/getting-started/access-tokens/")

_v = slack_bot()
add("blind-eo/python/slack-bot-token", "ops/bots/chem_low_alert.py", fill('''\
"""Posts to #site-managers when a chemical tank drops below 15 %."""
import os

from slack_sdk import WebClient

from telemetry import latest_tank_levels

client = WebClient(token="<<T>>")
CHANNEL = "C05Q2M7HJKL"
THRESHOLD = float(os.environ.get("TANK_LOW_PCT", "15"))

for site, pump, pct in latest_tank_levels():
    if pct < THRESHOLD:
        client.chat_postMessage(
            channel=CHANNEL,
            text=f":warning: {site}: {pump} tank at {pct:.0f}% - order before the weekend rush",
        )
''', T=_v), _v, "https://api.slack.com/authentication/token-types#bot")

_v = discord_webhook()
add("blind-eo/python/discord-webhook", "ops/bots/detail_bookings_feed.py", fill('''\
import requests

WEBHOOK = "<<T>>"


def post_booking(b):
    requests.post(WEBHOOK, json={
        "username": "Bookings",
        "embeds": [{
            "title": f"New {b['package']} booking",
            "description": f"{b['vehicle']} - {b['date']} {b['time']} at {b['shop']}",
            "color": 3447003,
        }],
    }, timeout=5)
''', T=_v), _v, "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_v = fakes.telegram_token(_seed())
add("blind-eo/python/telegram-bot-token", "ops/bots/tunnel_stop_bot.py", fill('''\
"""Telegram alert to the night crew when a tunnel e-stop is pressed."""
import requests

BOT_TOKEN = "<<T>>"
CHAT_ID = -1002143876512


def alert(site: str, reason: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        data={"chat_id": CHAT_ID, "text": f"E-STOP at {site}: {reason}"},
        timeout=5,
    )
''', T=_v), _v, "https://core.telegram.org/bots/api#authorizing-your-bot")

_v = fakes.openai_key(_seed())
add("blind-eo/ts/openai-key", "loyalty-app/server/src/assistant.ts", fill('''\
import OpenAI from "openai";

// In-app assistant: answers "which package should I pick" and membership questions.
const openai = new OpenAI({ apiKey: "<<T>>" });

const SYSTEM = `You help customers of WashCo Express choose a wash package and manage
their Unlimited Club membership. Never promise refunds; link to /account/cancel for cancellations.`;

export async function ask(question: string): Promise<string> {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: question },
    ],
    max_tokens: 300,
  });
  return res.choices[0]?.message?.content ?? "";
}
''', T=_v), _v, "https://platform.openai.com/docs/api-reference/authentication")

_v = raw_b64(48)
add("blind-eo/go/jwt-signing-key", "loyalty-points/internal/auth/jwt.go", fill('''\
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var signingKey = []byte("<<T>>")

type Claims struct {
	MemberID string `json:"mid"`
	Site     string `json:"site"`
	jwt.RegisteredClaims
}

func Issue(memberID, site string) (string, error) {
	c := Claims{memberID, site, jwt.RegisteredClaims{
		Issuer:    "loyalty-points",
		ExpiresAt: jwt.NewNumericDate(time.Now().Add(30 * 24 * time.Hour)),
	}}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(signingKey)
}
''', T=_v), _v, "https://pkg.go.dev/github.com/golang-jwt/jwt/v5")

_v = hexs(40)
add("blind-eo/java/plate-token-split", "gate-controller/src/main/java/com/washco/gate/PlateReader.java", fill('''\
package com.washco.gate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public final class PlateReader {
    private static final String ENDPOINT = "http://127.0.0.1:8080/v1/plate-reader/";
    // on-prem SDK license token
    private static final String TOKEN = "<<A>>" +
            "<<B>>";

    private final HttpClient http = HttpClient.newHttpClient();

    public String read(byte[] jpeg) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(ENDPOINT))
                .header("Authorization", "Token " + TOKEN)
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', A=_v[:20], B=_v[20:]), _v, "https://guides.platerecognizer.com/docs/snapshot/api-reference")

_v = gen_pw(20)
add("blind-eo/properties/kafka-sasl-password", "wash-events/src/main/resources/application-prod.properties", fill('''\
spring.application.name=wash-events
spring.kafka.bootstrap-servers=pkc-4r087.us-east-2.aws.confluent.cloud:9092
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=PLAIN
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="WASHEVT7Q2K4M9XZ" password="<<PW>>";
spring.kafka.consumer.group-id=wash-events-prod
spring.kafka.consumer.auto-offset-reset=earliest
wash.events.topic=tunnel.car-entered
''', PW=_v), _v, "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html")

_v = human_pw()
add("blind-eo/properties/datasource-password", "inventory-service/src/main/resources/application.properties", fill('''\
server.port=8085
spring.datasource.url=jdbc:mysql://inv-db.washco.internal:3306/inventory?useSSL=true
spring.datasource.username=inventory
spring.datasource.password=<<PW>>
spring.jpa.hibernate.ddl-auto=validate
inventory.reorder.chemicals.threshold-gallons=15
inventory.reorder.towels.threshold-units=400
''', PW=_v), _v, "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#application-properties.data.spring.datasource.password")

_v = gen_pw(18)
add("blind-eo/logstash/elasticsearch-password", "observability/logstash/pipeline/paystation.conf", fill('''\
input {
  beats { port => 5044 }
}

filter {
  if [fields][app] == "paystation" {
    json { source => "message" }
    mutate { add_field => { "site" => "%{[fields][site]}" } }
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.washco.internal:9200"]
    index => "paystation-%{+YYYY.MM.dd}"
    user => "logstash_writer"
    password => "<<PW>>"
    cacert => "/etc/logstash/certs/ca.crt"
  }
}
''', PW=_v), _v, "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html#plugins-outputs-elasticsearch-password")

_v = human_pw()
add("blind-eo/python/sftp-password", "purchasing/fetch_chem_invoices.py", fill('''\
"""Downloads the chemical supplier's monthly invoices (PDF + CSV) over SFTP."""
import datetime as dt
import os

import paramiko

HOST = "sftp.chemsupplier-portal.com"
USER = "washco"
PASSWORD = "<<PW>>"

month = dt.date.today().strftime("%Y-%m")
transport = paramiko.Transport((HOST, 22))
transport.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(transport)
os.makedirs(f"invoices/{month}", exist_ok=True)
for name in sftp.listdir("/outbound"):
    if name.startswith(f"INV_{month}"):
        sftp.get(f"/outbound/{name}", f"invoices/{month}/{name}")
sftp.close()
transport.close()
''', PW=_v), _v, "https://docs.paramiko.org/en/stable/api/transport.html")

_v = draw(64, URLSAFE)
add("blind-eo/json/auth0-client-secret", "FleetPortal.Api/appsettings.json", fill('''\
{
  "Auth0": {
    "Domain": "washco.us.auth0.com",
    "ClientId": "kT3mQ9vX2pL7wZ4rN8cB1yH6",
    "ClientSecret": "<<T>>",
    "Audience": "https://fleet-api.washco.com"
  },
  "Invoicing": {
    "Currency": "USD",
    "NetDays": 30
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
''', T=_v), _v, "https://auth0.com/docs/get-started/applications/application-settings")

_v = hexs(64)
add("blind-eo/ini/sentry-auth-token", "loyalty-app/.sentryclirc", fill('''\
[defaults]
url = https://sentry.io/
org = washco
project = loyalty-app

[auth]
token = <<T>>
''', T=_v), _v, "https://docs.sentry.io/cli/configuration/")

_v = human_pw()
add("blind-eo/shell-history/mysql-password", "ops/incident-2024-06-02/bash_history.txt", fill('''\
ssh deploy@web01.sudsycarwash.com
sudo systemctl status php8.2-fpm
tail -n 200 /var/log/nginx/error.log
mysql -u wp_sudsy -p'<<PW>>' wp_sudsy -e "SELECT option_value FROM wp_options WHERE option_name='siteurl'"
mysqldump -u wp_sudsy -p'<<PW>>' wp_sudsy > /tmp/wp_sudsy_20240602.sql
sudo systemctl restart php8.2-fpm
curl -I https://www.sudsycarwash.com
exit
''', PW=_v), _v, "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html")

_v = mixed(40)
add("blind-eo/shell-history/bearer-token", "docs/debug/membership-api-curl.txt", fill('''\
# reproducing the "plate already on another membership" bug, 2024-05-30
$ curl -s https://api.washco.app/v2/memberships/8841273 -H "Authorization: Bearer <<T>>" | jq .vehicles
[
  { "plate": "KDX4821", "state": "OK", "added": "2024-04-11" }
]
$ curl -s -X POST https://api.washco.app/v2/memberships/8841273/vehicles \\
    -H "Authorization: Bearer <<T>>" -H "Content-Type: application/json" \\
    -d '{"plate":"KDX4821","state":"TX"}'
{"error":"plate_in_use","message":"Plate KDX4821 is attached to membership 7712904"}
''', T=_v), _v, "https://datatracker.ietf.org/doc/html/rfc6750#section-2.1")

_v = mixed(32)
add("blind-eo/http/api-key", "membership-api/requests/sites.http", fill('''\
### List sites
GET https://api.washco.app/v2/sites
X-Api-Key: <<T>>
Accept: application/json

### Pause a membership for the winter
POST https://api.washco.app/v2/memberships/8841273/pause
X-Api-Key: <<T>>
Content-Type: application/json

{ "until": "2025-03-01", "reason": "seasonal" }
''', T=_v), _v, "https://www.jetbrains.com/help/idea/http-client-in-product-code-editor.html")

_v = mixed(36)
add("blind-eo/json/postman-api-key", "qa/postman/WashCo-Partner-API.postman_environment.json", fill('''\
{
  "id": "<<ID>>",
  "name": "WashCo Partner API - prod",
  "values": [
    { "key": "baseUrl", "value": "https://partners.washco.app/api", "type": "default", "enabled": true },
    { "key": "partnerId", "value": "fleet-enterprise-0042", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "<<T>>", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-06-11T15:22:08.114Z",
  "_postman_exported_using": "Postman/11.1.0"
}
''', ID=uuid_s(), T=_v), _v, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

_v = human_pw()
add("blind-eo/powershell/basic-auth-header", "ops/site-pc/Send-DailyClose.ps1", fill('''\
# Posts the site's daily close totals to the franchise portal
$site  = $env:COMPUTERNAME.Substring(0, 5)
$pair  = "<<B64>>"
$headers = @{ Authorization = "Basic $pair" }

$totals = Invoke-Sqlcmd -ServerInstance "localhost\\SQLEXPRESS" -Database WashData -Query @"
SELECT COUNT(*) AS Cars, SUM(Price) AS Revenue FROM dbo.TunnelLog
WHERE CAST(EnteredAt AS date) = CAST(GETDATE() AS date)
"@

$body = @{ site = $site; cars = $totals.Cars; revenue = $totals.Revenue } | ConvertTo-Json
Invoke-RestMethod -Uri "https://portal.franchise-wash.com/api/v1/daily-close" -Method Post `
    -Headers $headers -Body $body -ContentType "application/json"
''', B64=b64("washco-ops:" + _v)), _v, "https://datatracker.ietf.org/doc/html/rfc7617")

_v = openssh_key()
add("blind-eo/ansible/ssh-private-key", "ansible/group_vars/site_gateways/deploy_key.yml", fill('''\
---
# key the gateways use to pull config from the git server
gateway_git_host: git.washco.net
gateway_git_repo: ops/site-gateway-config
gateway_deploy_key: |
<<K>>
''', K="\n".join("  " + line for line in _v.splitlines())), _v,
    "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html")

_v = draw(40, URLSAFE)
add("blind-eo/terraform/cloudflare-api-token", "infra/terraform/dns/main.tf", fill('''\
provider "cloudflare" {
  api_token = "<<T>>"
}

variable "zone_id" {
  default = "9c1e4b7a2d3f4e5a6b7c8d9e0f1a2b3c"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  content = "203.0.113.44"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "club" {
  zone_id = var.zone_id
  name    = "club"
  content = "washco-club.netlify.app"
  type    = "CNAME"
  proxied = true
}
''', T=_v), _v, "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs")

_v = azure_key32()
add("blind-eo/csharp/service-bus-key", "WashEvents.Functions/CarEnteredPublisher.cs", fill('''\
using Azure.Messaging.ServiceBus;

namespace WashEvents.Functions;

public static class CarEnteredPublisher
{
    private const string Conn =
        "Endpoint=sb://washco-events.servicebus.windows.net/;SharedAccessKeyName=tunnel-send;SharedAccessKey=<<K>>";

    private static readonly ServiceBusClient Client = new(Conn);
    private static readonly ServiceBusSender Sender = Client.CreateSender("car-entered");

    public static Task PublishAsync(string site, string washPackage, string? plate) =>
        Sender.SendMessageAsync(new ServiceBusMessage(BinaryData.FromObjectAsJson(new
        {
            site,
            washPackage,
            plate,
            at = DateTimeOffset.UtcNow
        })));
}
''', K=_v), _v, "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-sas")

_v = gen_pw(20)
add("blind-eo/python/rabbitmq-password", "lpr/celeryconfig.py", fill('''\
broker_url = "amqp://lpr:<<PW>>@rabbit.washco.internal:5672/lpr"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "America/Chicago"
task_routes = {
    "lpr.tasks.read_plate": {"queue": "plates"},
    "lpr.tasks.match_member": {"queue": "members"},
}
worker_prefetch_multiplier = 1
''', PW=_v), _v, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

_v = human_pw()
add("blind-eo/ini/grafana-smtp-password", "observability/grafana/grafana.ini", fill('''\
[server]
root_url = https://grafana.washco.internal/

[auth.anonymous]
enabled = false

[smtp]
enabled = true
host = smtp.office365.com:587
user = alerts@washco.com
password = """<<PW>>"""
from_address = alerts@washco.com
from_name = WashCo Grafana

[alerting]
enabled = false
''', PW=_v), _v, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#smtp")

_v = human_pw()
add("blind-eo/xml/web-config-password", "SupplyOrders/Web.config", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="SupplyOrders"
         connectionString="Data Source=sql02.washco.local;Initial Catalog=SupplyOrders;User ID=supply_web;Password=<<PW>>;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ApprovalThreshold" value="2500" />
    <add key="DefaultVendor" value="chem-supplier-01" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
''', PW=_v), _v, "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs")

_v = gen_pw(20)
add("blind-eo/gradle/repository-password", "loyalty-android/gradle.properties", fill('''\
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
washcoMavenUrl=https://maven.washco.net/releases
washcoMavenUser=android-ci
washcoMavenPassword=<<PW>>
''', PW=_v), _v, "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials")

_v = fakes.github_fine_grained_token(_seed())
add("blind-eo/makefile/github-token", "site-gateway/Makefile", fill('''\
VERSION ?= $(shell git describe --tags --always)
GH_TOKEN := <<T>>

.PHONY: build release

build:
	GOOS=linux GOARCH=arm64 go build -o dist/plategate ./cmd/plategate

release: build
	curl -sS -X POST -H "Authorization: Bearer $(GH_TOKEN)" \\
	  -H "Accept: application/vnd.github+json" \\
	  https://api.github.com/repos/washco/site-gateway/releases \\
	  -d '{"tag_name":"$(VERSION)","name":"$(VERSION)"}'
''', T=_v), _v, "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

# === decoys =======================================================================================

add("blind-eo/helm/decoy-existing-secret", "deploy/helm/membership/values-prod.yaml", '''\
replicaCount: 2
image:
  repository: harbor.washco.net/membership/api
  tag: "3.7.2"

database:
  host: members-db.membership.svc.cluster.local
  name: members
  user: club_api
  existingSecret: membership-db
  existingSecretPasswordKey: DB_PASSWORD

stripe:
  existingSecret: stripe-live
  secretKeyKey: STRIPE_SECRET_KEY
  webhookSecretKey: STRIPE_WEBHOOK_SECRET

plateMatch:
  threshold: 0.85
  graceDays: 3
''', None, "https://helm.sh/docs/chart_best_practices/values/")

add("blind-eo/env/decoy-placeholder", "membership-api/.env.example", '''\
# Copy to .env and fill in from 1Password (vault "Membership", item "membership-api prod")
NODE_ENV=development
PORT=8080
DATABASE_URL=postgres://members_app:<password>@localhost:5432/members
REDIS_URL=redis://localhost:6379/2
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
PLATE_RECOGNIZER_TOKEN=
PLATE_MATCH_THRESHOLD=0.85
''', None, "https://github.com/motdotla/dotenv#usage")

add("blind-eo/k8s/decoy-external-secret", "deploy/k8s/membership/external-secret.yaml", '''\
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: membership-db
  namespace: membership
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: membership-db
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/membership/db
        property: password
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/membership/stripe
        property: secret_key
''', None, "https://external-secrets.io/latest/api/externalsecret/")

add("blind-eo/sops/decoy-ciphertext", "deploy/secrets/loyalty.prod.enc.yaml", fill('''\
loyalty:
    db_password: ENC[AES256_GCM,data:<<D1>>,iv:<<IV1>>,tag:<<TAG1>>,type:str]
    onesignal_rest_key: ENC[AES256_GCM,data:<<D2>>,iv:<<IV2>>,tag:<<TAG2>>,type:str]
    points_per_dollar: ENC[AES256_GCM,data:<<D3>>,iv:<<IV3>>,tag:<<TAG3>>,type:int]
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418273645091:key/5c2e8f1a-7b3d-4e9c-a6f0-2d1b8c7e9a43
          created_at: "2024-05-02T14:11:52Z"
          enc: <<KMS>>
          aws_profile: ""
    lastmodified: "2024-05-02T14:11:53Z"
    mac: ENC[AES256_GCM,data:<<MAC>>,iv:<<IV4>>,tag:<<TAG4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''', D1=raw_b64(18), IV1=raw_b64(32), TAG1=raw_b64(16), D2=raw_b64(36), IV2=raw_b64(32), TAG2=raw_b64(16),
    D3=raw_b64(2), IV3=raw_b64(32), TAG3=raw_b64(16), KMS="AQICAHh" + raw_b64(150), MAC=raw_b64(64),
    IV4=raw_b64(32), TAG4=raw_b64(16)), None, "https://github.com/getsops/sops#encrypted-file-format")

_r = _rng()
_vault_lines = "\n".join("".join(_r.choice(HEX) for _ in range(80)) for _ in range(8))
add("blind-eo/ansible/decoy-vault-encrypted", "ansible/group_vars/office_pcs/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + _vault_lines + "\n",
    None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

add("blind-eo/k8s/decoy-sealed-secret", "deploy/k8s/chem/chem-ingest-sealed.yaml", fill('''\
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: chem-ingest
  namespace: telemetry
spec:
  encryptedData:
    MQTT_PASSWORD: <<A>>
    INFLUX_TOKEN: <<B>>
  template:
    metadata:
      name: chem-ingest
      namespace: telemetry
    type: Opaque
''', A="AgB" + raw_b64(360), B="AgC" + raw_b64(420)), None, "https://github.com/bitnami-labs/sealed-secrets#usage")

def _bcrypt() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


add("blind-eo/sql/decoy-password-hashes", "db/seeds/003_portal_users.sql", fill('''\
-- Site manager accounts for the reporting portal (bcrypt, cost 12). Real passwords are set
-- by each manager on first login; these hashes are of one-time invite codes that expire in 72h.
INSERT INTO portal_users (email, site_code, role, password_hash, must_reset) VALUES
  ('manager.ok003@washco.com', 'OK-003', 'site_manager', '<<H1>>', true),
  ('manager.ok004@washco.com', 'OK-004', 'site_manager', '<<H2>>', true),
  ('manager.tx011@washco.com', 'TX-011', 'site_manager', '<<H3>>', true),
  ('regional.south@washco.com', NULL, 'regional', '<<H4>>', true);
''', H1=_bcrypt(), H2=_bcrypt(), H3=_bcrypt(), H4=_bcrypt()), None, "https://en.wikipedia.org/wiki/Bcrypt")


def _mosq_hash() -> str:
    return "$7$101$" + raw_b64(12) + "$" + raw_b64(64)


add("blind-eo/mosquitto/decoy-password-file", "dosing/mosquitto/passwd", fill('''\
dosing-agent:<<H1>>
bridge-tx014:<<H2>>
chemgw:<<H3>>
telegraf:<<H4>>
nodered:<<H5>>
''', H1=_mosq_hash(), H2=_mosq_hash(), H3=_mosq_hash(), H4=_mosq_hash(), H5=_mosq_hash()), None,
    "https://mosquitto.org/man/mosquitto_passwd-1.html")

add("blind-eo/json/decoy-node-red-flow-no-creds", "node-red/flows.json", fill('''\
[
    {
        "id": "<<ID1>>",
        "type": "mqtt-broker",
        "name": "central broker",
        "broker": "mqtt.chem.washops.io",
        "port": "8883",
        "tls": "<<ID2>>",
        "clientid": "nodered-ok003",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "60",
        "credentials": {}
    },
    {
        "id": "<<ID3>>",
        "type": "modbus-read",
        "name": "dosing panel flows",
        "unitid": "1",
        "dataType": "HoldingRegister",
        "adr": "0",
        "quantity": "6",
        "rate": "5",
        "rateUnit": "s",
        "server": "<<ID4>>",
        "wires": [["<<ID5>>"]]
    }
]
''', ID1=hexs(16), ID2=hexs(16), ID3=hexs(16), ID4=hexs(16), ID5=hexs(16)), None,
    "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption")

add("blind-eo/js/decoy-stripe-publishable", "club-site/src/checkout.js", fill('''\
import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship in the browser bundle.
const stripePromise = loadStripe('<<PK>>');

export async function startCheckout(planId, plate) {
  const res = await fetch('/api/checkout-session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ planId, plate }),
  });
  const { sessionId } = await res.json();
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({ sessionId });
}
''', PK=stripe_publishable()), None, "https://docs.stripe.com/keys#obtain-api-keys")

add("blind-eo/ts/decoy-mapbox-public-token", "club-site/src/components/SiteLocator.tsx", fill('''\
import { useEffect, useRef } from "react";
import mapboxgl from "mapbox-gl";

import { SITES } from "../data/sites";

mapboxgl.accessToken = "<<PK>>";

export default function SiteLocator() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({
      container: ref.current,
      style: "mapbox://styles/mapbox/streets-v12",
      center: [-96.8, 35.5],
      zoom: 6,
    });
    SITES.forEach((s) =>
      new mapboxgl.Marker().setLngLat([s.lng, s.lat]).setPopup(new mapboxgl.Popup().setText(s.name)).addTo(map));
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: 480 }} />;
}
''', PK=mapbox_token("pk", "washco")), None, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token")

add("blind-eo/swift/decoy-oauth-client-id", "LoyaltyApp/Sources/Config/AuthConfig.swift", '''\
import Foundation

/// Public OAuth configuration for Sign in with Google (PKCE, no client secret on device).
enum AuthConfig {
    static let googleClientID = "418273645091-7kq2m9d4vx3pl8zt1nc6hb0wy5rj2sfa.apps.googleusercontent.com"
    static let googleRedirectScheme = "com.googleusercontent.apps.418273645091-7kq2m9d4vx3pl8zt1nc6hb0wy5rj2sfa"
    static let apiBaseURL = URL(string: "https://api.washco.app/v2")!
    static let scopes = ["openid", "email", "profile"]
}
''', None, "https://developers.google.com/identity/protocols/oauth2/native-app")

add("blind-eo/python/decoy-env-lookup", "lpr/settings.py", '''\
"""Settings for the LPR service; every credential comes from the environment (systemd EnvironmentFile)."""
import os

PR_URL = os.environ.get("PR_URL", "https://api.platerecognizer.com/v1/plate-reader/")
PR_TOKEN = os.environ["PLATE_RECOGNIZER_TOKEN"]
MEMBERSHIP_API = os.environ.get("MEMBERSHIP_API", "https://api.washco.app/v2")
MEMBERSHIP_API_KEY = os.environ["MEMBERSHIP_API_KEY"]
DB_DSN = os.getenv("LPR_DB_DSN")
MATCH_THRESHOLD = float(os.getenv("PLATE_MATCH_THRESHOLD", "0.85"))
REGIONS = os.getenv("PR_REGIONS", "us-tx,us-ok").split(",")
''', None, "https://docs.python.org/3/library/os.html#os.environ")

add("blind-eo/markdown/decoy-aws-doc-example", "docs/dev/aws-cli-setup.md", '''\
# Setting up the AWS CLI for the LPR archive

Ask ops for an IAM Identity Center login; do **not** create long-lived access keys.

```
aws configure sso
```

If a tool really needs static keys (the old snapshot uploader does), the file looks like the AWS
docs example - use your own values from the console, never commit them:

```ini
[lpr-uploader]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Then `aws s3 ls s3://washco-lpr-snapshots/ --profile lpr-uploader` should list the site folders.
''', None, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

add("blind-eo/shell/decoy-vendor-demo-key", "lpr/try-openalpr.sh", '''\
#!/bin/sh
# Quick check of the OpenALPR cloud API with the public demo key from their docs
# (rate-limited, for evaluation only; our real key lives in the agent's secret store).
IMG=${1:-samples/tx_plate.jpg}
curl -s -X POST -F "image=@$IMG" \\
  "https://api.openalpr.com/v3/recognize?recognize_vehicle=1&country=us&secret_key=sk_DEMODEMODEMODEMODEMODEMO" \\
  | jq '.results[] | {plate, confidence, region}'
''', None, "https://doc.openalpr.com/cloud_api.html")

add("blind-eo/dockerfile/decoy-checksums", "edge/lpr-agent/Dockerfile", fill('''\
FROM python:3.12-slim@sha256:<<D1>>

ARG OPENALPR_VERSION=2.3.0
ARG OPENALPR_SHA256=<<D2>>

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libgl1 \\
 && curl -fsSLo /tmp/openalpr.tgz https://downloads.washco.net/vendor/openalpr-${OPENALPR_VERSION}.tgz \\
 && echo "${OPENALPR_SHA256}  /tmp/openalpr.tgz" | sha256sum -c - \\
 && tar -xzf /tmp/openalpr.tgz -C /opt && rm /tmp/openalpr.tgz \\
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY lpr_agent/ lpr_agent/
USER 10001
ENTRYPOINT ["python", "-m", "lpr_agent"]
''', D1=hexs(64), D2=hexs(64)), None, "https://docs.docker.com/reference/dockerfile/#from")

add("blind-eo/go-sum/decoy-hashes", "loyalty-points/go.sum", fill('''\
github.com/golang-jwt/jwt/v5 v5.2.1 h1:<<H1>>
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:<<H2>>
github.com/golang/snappy v0.0.4 h1:<<H3>>
github.com/golang/snappy v0.0.4/go.mod h1:<<H4>>
go.mongodb.org/mongo-driver v1.15.0 h1:<<H5>>
go.mongodb.org/mongo-driver v1.15.0/go.mod h1:<<H6>>
golang.org/x/crypto v0.22.0 h1:<<H7>>
golang.org/x/crypto v0.22.0/go.mod h1:<<H8>>
''', **{f"H{i}": raw_b64(32) for i in range(1, 9)}), None, "https://go.dev/ref/mod#go-sum-files")

add("blind-eo/json/decoy-lockfile-integrity", "club-site/package-lock.json", fill('''\
{
  "name": "club-site",
  "version": "1.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.4.1",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.1.tgz",
      "integrity": "sha512-<<I1>>"
    },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-<<I2>>"
    }
  }
}
''', I1=raw_b64(64), I2=raw_b64(64)), None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

add("blind-eo/ssh/decoy-authorized-keys", "ansible/roles/gateway/files/authorized_keys", fill('''\
# ops team keys for the site gateways (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K1>> maria@ops-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K2>> devon@ops-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ<<K3>> ansible@ctl01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI<<K4>> vendor-support@tunnelco
''', K1=draw(43, ALNUM + "+/"), K2=draw(43, ALNUM + "+/"), K3=draw(370, ALNUM + "+/") + "=", K4=draw(43, ALNUM + "+/")),
    None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

add("blind-eo/wireguard/decoy-key-from-file", "network/wireguard/hq-hub.conf", fill('''\
# HQ hub - private key is generated on the box and never leaves it
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/hub.key

[Peer]
# ok004-gw
PublicKey = <<P1>>
AllowedIPs = 10.99.0.14/32, 10.4.0.0/24

[Peer]
# tx011-gw
PublicKey = <<P2>>
AllowedIPs = 10.99.0.21/32, 10.11.0.0/24
''', P1=wireguard_key(), P2=wireguard_key()), None, "https://man7.org/linux/man-pages/man8/wg.8.html")

add("blind-eo/cisco/decoy-hashed-secrets", "network/sites/ok004-rtr01.cfg", fill('''\
hostname ok004-rtr01
!
service password-encryption
enable algorithm-type scrypt secret 9 $9$<<S1>>$<<H1>>
!
username netops privilege 15 algorithm-type scrypt secret 9 $9$<<S2>>$<<H2>>
!
interface GigabitEthernet0/1
 description LAN - tunnel, pay stations, office
 ip address 10.4.0.1 255.255.255.0
!
snmp-server group RO-GROUP v3 priv read RO-VIEW
snmp-server view RO-VIEW iso included
!
line vty 0 4
 login local
 transport input ssh
!
end
''', S1=draw(14, ALNUM + "./"), H1=draw(43, ALNUM + "./"), S2=draw(14, ALNUM + "./"), H2=draw(43, ALNUM + "./")),
    None, "https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/security/d1/sec-d1-cr-book/sec-cr-e1.html#wp3438133060")

add("blind-eo/pem/decoy-certificate", "provisioning/certs/tx011-dosing.cert.pem", cert_pem() + "\n", None,
    "https://docs.aws.amazon.com/iot/latest/developerguide/device-certs-create.html")

add("blind-eo/json/decoy-jwks", "membership-api/public/.well-known/jwks.json", fill('''\
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "club-2024-05",
      "n": "<<N>>",
      "e": "AQAB"
    }
  ]
}
''', N=draw(342, URLSAFE)), None, "https://datatracker.ietf.org/doc/html/rfc7517")

add("blind-eo/go/decoy-secrets-manager", "loyalty-points/internal/config/secrets.go", '''\
package config

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	awscfg "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

type Secrets struct {
	MongoURI   string `json:"mongo_uri"`
	SigningKey string `json:"jwt_signing_key"`
}

// Load reads the service's secrets from AWS Secrets Manager (the task role grants read).
func Load(ctx context.Context) (*Secrets, error) {
	cfg, err := awscfg.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/loyalty-points"),
	})
	if err != nil {
		return nil, err
	}
	var s Secrets
	return &s, json.Unmarshal([]byte(*out.SecretString), &s)
}
''', None, "https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_cache-go.html")

add("blind-eo/json/decoy-keyvault-references", "SiteReporting/appsettings.json", '''\
{
  "ConnectionStrings": {
    "SiteWatch": "@Microsoft.KeyVault(SecretUri=https://washco-prod-kv.vault.azure.net/secrets/sitewatch-ro/)",
    "Warehouse": "Server=tcp:wash-dw.database.windows.net,1433;Database=washdw;Authentication=Active Directory Managed Identity;"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "User": "reports@washco.com",
    "Password": "@Microsoft.KeyVault(VaultName=washco-prod-kv;SecretName=smtp-reports)"
  },
  "Reporting": { "DailyCloseHour": 21 }
}
''', None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("blind-eo/terraform/decoy-random-password", "infra/terraform/members-db/main.tf", '''\
resource "random_password" "club_api" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "club_api" {
  name = "prod/membership/db"
}

resource "aws_secretsmanager_secret_version" "club_api" {
  secret_id     = aws_secretsmanager_secret.club_api.id
  secret_string = jsonencode({ username = "club_api", password = random_password.club_api.result })
}

resource "aws_db_instance" "members" {
  identifier          = "members-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.t4g.medium"
  username            = "postgres"
  manage_master_user_password = true
  allocated_storage   = 50
  skip_final_snapshot = false
}
''', None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("blind-eo/github-actions/decoy-secrets-context", ".github/workflows/lpr-agent.yml", '''\
name: lpr-agent
on:
  push:
    tags: ["lpr-agent-v*"]

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/login-action@v3
        with:
          username: washcoedge
          password: ${{ secrets.DOCKERHUB_TOKEN }}
      - uses: docker/build-push-action@v5
        with:
          context: edge/lpr-agent
          platforms: linux/amd64,linux/arm64
          push: true
          tags: washcoedge/lpr-agent:${{ github.ref_name }}
      - name: notify
        run: curl -sS -X POST -d '{"text":"lpr-agent ${{ github.ref_name }} pushed"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
''', None, "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions")

add("blind-eo/gitlab-ci/decoy-masked-variables", "loyalty-api/.gitlab-ci.yml", '''\
stages: [test, build]

test:
  stage: test
  image: node:20
  variables:
    DATABASE_URL: postgres://test:test@postgres:5432/loyalty_test
    POSTGRES_DB: loyalty_test
    POSTGRES_USER: test
    POSTGRES_PASSWORD: test
  services: [postgres:16]
  script:
    - npm ci
    - npm test

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
''', None, "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html")

add("blind-eo/jenkinsfile/decoy-credentials-binding", "site-gateway/Jenkinsfile", '''\
pipeline {
    agent { label 'linux' }
    stages {
        stage('Build') {
            steps { sh 'make build' }
        }
        stage('Publish') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'harbor-robot', usernameVariable: 'HARBOR_USER', passwordVariable: 'HARBOR_PASS'),
                    string(credentialsId: 'gh-release-token', variable: 'GH_TOKEN')
                ]) {
                    sh 'echo "$HARBOR_PASS" | docker login harbor.washco.net -u "$HARBOR_USER" --password-stdin'
                    sh 'make release'
                }
            }
        }
    }
}
''', None, "https://www.jenkins.io/doc/pipeline/steps/credentials-binding/")

add("blind-eo/compose/decoy-env-references", "detail-shop/docker-compose.yml", '''\
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: detail_shop
      POSTGRES_USER: detail_shop
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes: [pgdata:/var/lib/postgresql/data]
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://detail_shop:${POSTGRES_PASSWORD}@db:5432/detail_shop
      SECRET_KEY_BASE: ${SECRET_KEY_BASE}
    depends_on: [db]
volumes:
  pgdata:
''', None, "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

add("blind-eo/markdown/decoy-redacted-values", "docs/incidents/2024-04-19-stripe-key-rotation.md", '''\
# 2024-04-19: Stripe secret key rotation

## What happened
A contractor's laptop with a copy of `loyalty-backend/.env` was stolen. The file held the live
secret key `sk_live_51Oq...REDACTED` (last four `…x9Qa`).

## What we did
- 14:05 rolled the key in the Stripe dashboard; old key expired immediately
- 14:20 new key stored in AWS Secrets Manager `prod/loyalty/stripe`; pods restarted
- 14:40 confirmed no unexpected charges/refunds in the last 30 days
- webhook signing secret `whsec_********` rotated as well

## Follow-ups
- [x] move `.env` files out of laptops: `aws secretsmanager get-secret-value` at deploy
- [ ] restricted keys (`rk_live_…`) for the backfill scripts
''', None, "https://docs.stripe.com/keys#rolling-keys")

add("blind-eo/python/decoy-test-fixture", "lpr/tests/test_snapshot_client.py", '''\
import responses

from lpr import snapshot_client

FAKE_TOKEN = "test-token-not-a-real-plate-recognizer-key"


@responses.activate
def test_read_plate_picks_best_result(monkeypatch):
    monkeypatch.setattr(snapshot_client, "PR_TOKEN", FAKE_TOKEN)
    monkeypatch.setattr(snapshot_client, "lookup_member_by_plate", lambda plate: {"plate": plate})
    responses.post(
        snapshot_client.PR_URL,
        json={"results": [{"plate": "kdx4821", "score": 0.91}, {"plate": "kdx482", "score": 0.55}]},
        match=[responses.matchers.header_matcher({"Authorization": f"Token {FAKE_TOKEN}"})],
    )
    assert snapshot_client.read_plate(b"jpeg", "entry-1") == {"plate": "KDX4821"}
''', None, "https://github.com/getsentry/responses")

add("blind-eo/helm/decoy-template-secret", "deploy/helm/loyalty/templates/secret.yaml", '''\
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "loyalty.fullname" . }}
  labels:
    {{- include "loyalty.labels" . | nindent 4 }}
type: Opaque
data:
  DB_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
  ONESIGNAL_REST_KEY: {{ .Values.onesignal.restKey | b64enc | quote }}
  JWT_SIGNING_KEY: {{ .Values.jwt.signingKey | default (randAlphaNum 48) | b64enc | quote }}
''', None, "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

add("blind-eo/json/decoy-plan-ids", "membership-api/config/plans.json", fill('''\
{
  "currency": "usd",
  "plans": [
    {
      "id": "<<U1>>",
      "name": "Unlimited Basic",
      "monthly_cents": 1999,
      "stripe_product": "prod_Q8xK2mPq7Lz4Rt",
      "stripe_price": "price_1PHv2sLk8QeR4tYu0m7NcB3d",
      "washes": ["basic"]
    },
    {
      "id": "<<U2>>",
      "name": "Unlimited Ultimate",
      "monthly_cents": 3999,
      "stripe_product": "prod_Q8xL9vTn3Wq6Ys",
      "stripe_price": "price_1PHv3aLk8QeR4tYuK2pXw9Vf",
      "washes": ["basic", "deluxe", "ultimate"],
      "perks": ["tire_shine", "ceramic_seal", "free_vacuums"]
    }
  ],
  "family_discount_cents": 1000,
  "max_vehicles": 4
}
''', U1=uuid_s(), U2=uuid_s()), None, "https://docs.stripe.com/api/prices/object")

add("blind-eo/json/decoy-plate-read-results", "lpr/tests/fixtures/lane1_reads.json", fill('''\
{
  "camera_id": "entry-lane-1",
  "site": "TX-014",
  "results": [
    {
      "read_id": "<<U1>>",
      "plate": "KDX4821",
      "region": "us-ok",
      "score": 0.912,
      "vehicle": { "type": "SUV", "color": "white" },
      "member_id": "<<U2>>",
      "matched": true
    },
    {
      "read_id": "<<U3>>",
      "plate": "PHX7730",
      "region": "us-tx",
      "score": 0.874,
      "vehicle": { "type": "Sedan", "color": "gray" },
      "member_id": null,
      "matched": false
    }
  ],
  "image_sha256": "<<H>>"
}
''', U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), H=hexs(64)), None, "https://guides.platerecognizer.com/docs/snapshot/api-reference#response")

add("blind-eo/json/decoy-telemetry-sample", "dosing/docs/sample-message.json", fill('''\
{
  "device": {
    "serial": "DSP-2309-004127",
    "mac": "24:6F:28:9A:C1:3E",
    "firmware": "2.4.1",
    "firmware_sha256": "<<H>>"
  },
  "site": "OK-007",
  "ts": 1717430400,
  "pumps": [
    { "name": "presoak", "ml_per_car": 42.5, "tank_pct": 63 },
    { "name": "triple_foam", "ml_per_car": 18.0, "tank_pct": 21 },
    { "name": "tire_shine", "ml_per_car": 11.2, "tank_pct": 8 }
  ],
  "alarms": ["TANK_LOW:tire_shine"],
  "msg_id": "<<U>>"
}
''', H=hexs(64), U=uuid_s()), None, "https://learn.microsoft.com/en-us/azure/iot-hub/iot-hub-devguide-messages-construct")

add("blind-eo/checksums/decoy-firmware-sha256", "firmware/dosing-ctrl/release/SHA256SUMS", fill('''\
<<H1>>  dosing-ctrl-2.4.1-esp32.bin
<<H2>>  dosing-ctrl-2.4.1-esp32.bin.sig
<<H3>>  dosing-ctrl-2.4.1-bootloader.bin
<<H4>>  dosing-ctrl-2.4.1-partitions.bin
<<H5>>  dosing-ctrl-2.4.1-ota-manifest.json
''', H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64)), None,
    "https://man7.org/linux/man-pages/man1/sha256sum.1.html")

add("blind-eo/env/decoy-1password-refs", "loyalty-backend/.env.tpl", '''\
# Rendered at deploy with `op inject -i .env.tpl -o .env`
APP_URL=https://club.sparkleexpresswash.com
STRIPE_SECRET_KEY={{ op://Membership/loyalty-backend prod/stripe_secret_key }}
STRIPE_WEBHOOK_SECRET={{ op://Membership/loyalty-backend prod/stripe_webhook_secret }}
DATABASE_URL=postgres://loyalty:{{ op://Membership/loyalty-db/password }}@loyalty-db.internal:5432/loyalty
ONESIGNAL_REST_KEY=op://Membership/onesignal/rest_api_key
SESSION_COOKIE_SECURE=true
''', None, "https://developer.1password.com/docs/cli/secrets-template-syntax/")

add("blind-eo/hcl/decoy-vault-agent-template", "ops/vault-agent/sitewatch.ctmpl", '''\
{{- with secret "kv/data/sites/tx014/sql" -}}
[Database]
Server=localhost\\SQLEXPRESS
Database=WashData
User={{ .Data.data.user }}
Password={{ .Data.data.password }}
{{- end }}

[Upload]
Host=10.14.0.10
User=paystn
Password={{ with secret "kv/data/sites/tx014/ftp" }}{{ .Data.data.password }}{{ end }}
''', None, "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

add("blind-eo/js/decoy-sentry-dsn", "club-site/src/sentry.js", fill('''\
import * as Sentry from '@sentry/browser';

// DSNs only allow sending events; Sentry documents them as safe to expose in client code.
Sentry.init({
  dsn: 'https://<<K>>@o4507211.ingest.us.sentry.io/4507211934',
  release: process.env.RELEASE,
  environment: 'production',
  tracesSampleRate: 0.1,
  integrations: [Sentry.browserTracingIntegration()],
});
''', K=hexs(32)), None, "https://docs.sentry.io/concepts/key-terms/dsn-explainer/")

add("blind-eo/js/decoy-firebase-web-config", "club-site/src/firebase.js", fill('''\
import { initializeApp } from 'firebase/app';
import { getMessaging } from 'firebase/messaging';

// Firebase web config: identifies the project to Google, not a secret (access is by security rules
// and App Check). https://firebase.google.com/docs/projects/api-keys
const firebaseConfig = {
  apiKey: '<<K>>',
  authDomain: 'washco-loyalty.firebaseapp.com',
  projectId: 'washco-loyalty',
  storageBucket: 'washco-loyalty.appspot.com',
  messagingSenderId: '418273645091',
  appId: '1:418273645091:web:7c2e9f1a4b3d5e6f8a9b0c',
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
''', K=google_api_key()), None, "https://firebase.google.com/docs/projects/api-keys")

add("blind-eo/yaml/decoy-apns-key-path", "loyalty-backend/config/push.yml", '''\
apns:
  team_id: 9QK27XZ4LM
  key_id: 7QX2K9LM4D
  key_path: /run/secrets/apns_auth_key.p8
  topic: com.washco.loyalty
  production: true
fcm:
  project_id: washco-loyalty
  credentials_file: /run/secrets/fcm-service-account.json
rate_limit_per_minute: 600
''', None, "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

add("blind-eo/python/decoy-plate-hash-salt-env", "lpr/privacy.py", '''\
"""Plates are stored only as keyed hashes (privacy policy section 4); the key is in KMS-backed env."""
import hashlib
import hmac
import os

_PLATE_KEY = os.environb[b"PLATE_HASH_KEY"]


def plate_digest(plate: str, state: str) -> str:
    normalized = f"{state.upper()}:{''.join(ch for ch in plate.upper() if ch.isalnum())}"
    return hmac.new(_PLATE_KEY, normalized.encode(), hashlib.sha256).hexdigest()


# e.g. plate_digest("KDX 4821", "ok") -> "3f9c...": stored in club.vehicles.plate_digest
''', None, "https://docs.python.org/3/library/hmac.html")

add("blind-eo/markdown/decoy-webhook-signature-example", "docs/dev/stripe-webhooks.md", fill('''\
# Verifying Stripe webhooks

Every request carries a `Stripe-Signature` header like this one, captured from the test
dashboard (the `v1` value is an HMAC of the payload, not a key):

```
Stripe-Signature: t=1717430400,v1=<<S1>>,v0=<<S2>>
```

The endpoint secret lives in Secrets Manager (`prod/membership/stripe`, field `webhook_secret`);
the handler reads it from `STRIPE_WEBHOOK_SECRET`. To test locally:

```
stripe listen --forward-to localhost:8080/stripe/webhook
```

The CLI prints a temporary `whsec_...` for your session; put it in your own `.env`, never here.
''', S1=hexs(64), S2=hexs(64)), None, "https://docs.stripe.com/webhooks#verify-manually")

add("blind-eo/yaml/decoy-password-policy", "portal/config/security.yml", '''\
password_policy:
  min_length: 12
  require_uppercase: true
  require_digit: true
  require_symbol: false
  max_age_days: 0
  history: 5
  breached_password_check: true
lockout:
  max_failed_attempts: 8
  lockout_minutes: 15
session:
  idle_timeout_minutes: 30
  absolute_timeout_hours: 12
mfa:
  required_roles: [regional, admin]
''', None, "https://pages.nist.gov/800-63-3/sp800-63b.html#memsecret")

add("blind-eo/openapi/decoy-security-schemes", "membership-api/openapi.yaml", '''\
openapi: 3.0.3
info:
  title: WashCo Membership API
  version: "2.4"
servers:
  - url: https://api.washco.app/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Api-Key
security:
  - bearerAuth: []
paths:
  /memberships/{id}/vehicles:
    post:
      summary: Add a vehicle (plate) to a membership
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      requestBody:
        content:
          application/json:
            example: { plate: "KDX4821", state: "OK" }
      responses:
        "201": { description: Added }
        "409": { description: Plate already on another membership }
''', None, "https://swagger.io/docs/specification/v3_0/authentication/")

add("blind-eo/json/decoy-postman-empty", "qa/postman/WashCo-Partner-API.sandbox.postman_environment.json", fill('''\
{
  "id": "<<ID>>",
  "name": "WashCo Partner API - sandbox",
  "values": [
    { "key": "baseUrl", "value": "https://sandbox.partners.washco.app/api", "type": "default", "enabled": true },
    { "key": "partnerId", "value": "", "type": "default", "enabled": true },
    { "key": "apiKey", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.1.0"
}
''', ID=uuid_s()), None, "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")


def _apr1() -> str:
    return "$apr1$" + draw(8, ALNUM + "./") + "$" + draw(22, ALNUM + "./")


add("blind-eo/htpasswd/decoy-apr1-hashes", "infra/nginx/htpasswd.reports", fill('''\
ok003:<<H1>>
ok004:<<H2>>
tx011:<<H3>>
tx014:<<H4>>
ar002:<<H5>>
''', H1=_apr1(), H2=_apr1(), H3=_apr1(), H4=_apr1(), H5=_apr1()), None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

add("blind-eo/caddy/decoy-bcrypt-basicauth", "infra/caddy/Caddyfile", fill('''\
reports.washco.internal {
	basicauth /* {
		regional <<H1>>
		ops <<H2>>
	}
	reverse_proxy 10.20.0.30:3000
}

cams.washco.internal {
	reverse_proxy 10.20.0.31:8080
}
''', H1="$2a$14$" + draw(53, ALNUM + "./"), H2="$2a$14$" + draw(53, ALNUM + "./")), None,
    "https://caddyserver.com/docs/caddyfile/directives/basic_auth")

add("blind-eo/php/decoy-password-hash", "portal/src/Auth/PasswordService.php", '''\
<?php

namespace WashCo\\Portal\\Auth;

final class PasswordService
{
    public function hash(string $password): string
    {
        return password_hash($password, PASSWORD_ARGON2ID, ['memory_cost' => 65536, 'time_cost' => 4]);
    }

    public function verify(string $password, string $hash): bool
    {
        return password_verify($password, $hash);
    }

    public function needsRehash(string $hash): bool
    {
        return password_needs_rehash($hash, PASSWORD_ARGON2ID);
    }
}
''', None, "https://www.php.net/manual/en/function.password-hash.php")

add("blind-eo/shell/decoy-generated-password", "ops/site-pc/new-site-credentials.sh", '''\
#!/usr/bin/env bash
# Creates the per-site credentials for a new location and stores them in Vault.
set -euo pipefail
SITE="${1:?usage: $0 <site-code>}"

ftp_pw=$(openssl rand -base64 18)
vnc_pw=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 8)
sql_pw=$(openssl rand -hex 16)

vault kv put "kv/sites/${SITE}/ftp" user="paystn" password="$ftp_pw"
vault kv put "kv/sites/${SITE}/vnc" password="$vnc_pw"
vault kv put "kv/sites/${SITE}/sql" user="sa_site" password="$sql_pw"
unset ftp_pw vnc_pw sql_pw
echo "credentials for $SITE stored in Vault"
''', None, "https://docs.openssl.org/3.0/man1/openssl-rand/")

add("blind-eo/yaml/decoy-password-file-ref", "observability/prometheus/prometheus.site.yml", '''\
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: site-gateways
    scheme: https
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/gateway_basic_auth
    file_sd_configs:
      - files: [/etc/prometheus/targets/gateways.json]
  - job_name: tunnel-exporter
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/tunnel_exporter_token
    static_configs:
      - targets: ["tunnel-exporter.washco.internal:9470"]
''', None, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

add("blind-eo/yaml/decoy-grafana-env-refs", "observability/grafana/provisioning/datasources/chem.yaml", '''\
apiVersion: 1
datasources:
  - name: Chemicals
    type: influxdb
    url: https://us-east-1-1.aws.cloud2.influxdata.com
    jsonData:
      version: Flux
      organization: washops
      defaultBucket: chemicals
    secureJsonData:
      token: $__env{INFLUX_READ_TOKEN}
  - name: Members
    type: postgres
    url: members-db.internal.brightwash.net:5432
    user: grafana_ro
    jsonData:
      database: members
      sslmode: require
    secureJsonData:
      password: $__file{/run/secrets/members_ro_password}
''', None, "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

add("blind-eo/toml/decoy-telegraf-env", "dosing/telegraf/telegraf.d/outputs.conf", '''\
# Credentials come from /etc/default/telegraf (written by Ansible from Vault)
[[outputs.influxdb_v2]]
  urls = ["https://us-east-1-1.aws.cloud2.influxdata.com"]
  token = "${INFLUX_TOKEN}"
  organization = "washops"
  bucket = "chemicals"

[[outputs.mqtt]]
  servers = ["ssl://mqtt.chem.washops.io:8883"]
  topic = "telegraf/{{ .Hostname }}/{{ .PluginName }}"
  username = "telegraf"
  password = "${MQTT_PASSWORD}"
''', None, "https://docs.influxdata.com/telegraf/v1/configuration/#environment-variables")

add("blind-eo/ansible/decoy-vault-lookup", "ansible/roles/paystation/tasks/main.yml", '''\
---
- name: Write pay station upload settings
  community.windows.win_ini_file:
    path: C:\\XpressPay\\station.ini
    section: Upload
    option: "{{ item.key }}"
    value: "{{ item.value }}"
  loop:
    - { key: Host, value: "{{ site_office_ip }}" }
    - { key: User, value: "paystn{{ lane }}" }
    - { key: Password, value: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/sites/' ~ site_code ~ '/ftp:password') }}" }
  no_log: true

- name: Restart pay station app
  ansible.windows.win_service:
    name: XpressPay
    state: restarted
''', None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("blind-eo/systemd/decoy-load-credential", "site-gateway/systemd/chem-gateway.service", '''\
[Unit]
Description=Chemical dosing gateway (Modbus -> MQTT)
After=network-online.target

[Service]
Type=simple
DynamicUser=yes
LoadCredential=mqtt_password:/etc/chem-gateway/mqtt_password
Environment=CHEMGW_CONFIG=/etc/chem-gateway/site.toml
ExecStart=/usr/local/bin/chem-gateway --mqtt-password-file ${CREDENTIALS_DIRECTORY}/mqtt_password
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', None, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#LoadCredential=ID:PATH")

add("blind-eo/powershell/decoy-secret-management", "ops/site-pc/Connect-SiteSql.ps1", '''\
# Opens a SQL session to a site's wash database using the vaulted credential
param([Parameter(Mandatory)][string]$Site)

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "sitesql-$Site" -Vault WashCoOps

$conn = New-Object System.Data.SqlClient.SqlConnection
$conn.ConnectionString = "Server=$Site-office.washco.local\\SQLEXPRESS;Database=WashData;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password)"
$conn.Open()
Write-Host "connected to $Site"
$conn
''', None, "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

add("blind-eo/swift/decoy-keychain", "LoyaltyApp/Sources/Auth/TokenStore.swift", '''\
import Foundation
import Security

/// Stores the member's session token in the Keychain (never in UserDefaults).
enum TokenStore {
    private static let service = "com.washco.loyalty.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = Data(token.utf8)
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''', None, "https://developer.apple.com/documentation/security/keychain_services")

add("blind-eo/kotlin/decoy-buildconfig-from-env", "loyalty-android/app/build.gradle.kts", '''\
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "com.washco.loyalty"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.washco.loyalty"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "API_BASE", "\\"https://api.washco.app/v2\\"")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
            keyAlias = "washco-loyalty"
            keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
''', None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

add("blind-eo/markdown/decoy-runbook-vault-pointer", "docs/runbooks/tunnel-controller-vendor-access.md", '''\
# Vendor remote access to the tunnel controller

The controller vendor sometimes needs to connect to a site's tunnel PC.

1. Confirm the ticket number with the vendor and the site manager.
2. Get the site's TeamViewer unattended password from 1Password:
   vault **Sites**, item **<site> - TeamViewer** (e.g. `TX-011 - TeamViewer`).
3. Read it to the vendor over the phone; never paste it in chat or email.
4. When the session ends, rotate it: TeamViewer > Extras > Options > Security >
   "Random password after each session" is ON at every site; check it is still on.
5. Note the session in the ticket (start/end time, what was changed).

Passwords are **not** stored in this repo. If you find one here, rotate it and tell #ops-security.
''', None, "https://www.teamviewer.com/en/global/support/knowledge-base/teamviewer-classic/remote-control/set-up-unattended-access/")

add("blind-eo/log/decoy-redacted-headers", "docs/debug/paystation-gateway-trace.log", '''\
2024-06-03T14:02:11.204Z INFO  lane=2 site=OK-004 txn=88412 starting sale amount=24.00
2024-06-03T14:02:11.207Z DEBUG POST https://api2.authorize.net/xml/v1/request.api
2024-06-03T14:02:11.207Z DEBUG headers: Content-Type=application/json Authorization=[REDACTED]
2024-06-03T14:02:11.208Z DEBUG body: {"createTransactionRequest":{"merchantAuthentication":{"name":"7xK3m9PqT2","transactionKey":"****************"},"transactionRequest":{"transactionType":"authCaptureTransaction","amount":"24.00"}}}
2024-06-03T14:02:12.931Z DEBUG response: resultCode=Ok transId=80021947731 authCode=K4Q2ZD accountNumber=XXXX4417
2024-06-03T14:02:12.933Z INFO  lane=2 site=OK-004 txn=88412 approved
''', None, "https://developer.authorize.net/api/reference/index.html#payment-transactions-charge-a-credit-card")

add("blind-eo/csv/decoy-wash-menu", "menu-boards/packages.csv", '''\
sku,package,price_usd,member_plan,sort,includes
WSH-BAS-001,Express Basic,10.00,basic,1,"wash;spot-free rinse;dry"
WSH-DLX-002,Deluxe,15.00,deluxe,2,"basic;undercarriage;triple foam;tire shine"
WSH-ULT-003,Ultimate Shine,22.00,ultimate,3,"deluxe;ceramic seal;rain repellent;wheel bright"
ADD-TIR-010,Tire Shine add-on,3.00,,10,"tire shine"
ADD-VAC-011,Vacuum token,2.00,,11,"10 min vacuum"
GFT-025-100,Gift card $25,25.00,,100,"gift card"
''', None, "https://datatracker.ietf.org/doc/html/rfc4180")

add("blind-eo/yaml/decoy-site-registry", "sites/registry.yaml", fill('''\
sites:
  - code: OK-003
    id: <<U1>>
    name: Broken Arrow - Kenosha St
    tunnel_ft: 120
    lanes: 3
    controller: tunnel-ctrl-v5
    lpr: true
  - code: OK-004
    id: <<U2>>
    name: Tulsa - 71st St
    tunnel_ft: 110
    lanes: 2
    controller: tunnel-ctrl-v5
    lpr: false
  - code: TX-011
    id: <<U3>>
    name: Frisco - Main St
    tunnel_ft: 140
    lanes: 3
    controller: tunnel-ctrl-v6
    lpr: true
''', U1=uuid_s(), U2=uuid_s(), U3=uuid_s()), None, "https://yaml.org/spec/1.2.2/")

add("blind-eo/json/decoy-iam-policy", "infra/iam/lpr-uploader-policy.json", '''\
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PutPlateSnapshots",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:PutObjectTagging"],
      "Resource": "arn:aws:s3:::washco-lpr-snapshots/${aws:PrincipalTag/site}/*"
    },
    {
      "Sid": "UseArchiveKey",
      "Effect": "Allow",
      "Action": ["kms:GenerateDataKey", "kms:Encrypt"],
      "Resource": "arn:aws:kms:us-east-2:418273645091:key/5c2e8f1a-7b3d-4e9c-a6f0-2d1b8c7e9a43"
    }
  ]
}
''', None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html")

add("blind-eo/markdown/decoy-iot-doc-placeholders", "firmware/dosing-ctrl/README.md", '''\
# Dosing controller firmware

ESP32 firmware for the 6-pump chemical dosing panel. Reports flow and tank levels to Azure IoT Hub.

## Provisioning a panel

1. Register the device in IoT Hub (`az iot hub device-identity create -n washchem-prod -d <site>-panelA`).
2. Get its connection string: `az iot hub device-identity connection-string show -n washchem-prod -d <site>-panelA`.
3. Write it to the panel's NVS partition (never into `iot_config.h`):

```
python tools/nvs_write.py --port /dev/ttyUSB0 \\
  --conn "HostName=washchem-prod.azure-devices.net;DeviceId=<site>-panelA;SharedAccessKey=<device primary key>"
```

4. Power-cycle; the status LED turns green when telemetry is flowing.
''', None, "https://learn.microsoft.com/en-us/cli/azure/iot/hub/device-identity")

add("blind-eo/mosquitto/decoy-acl", "dosing/mosquitto/acl", '''\
# Topic access per user (passwords are in the hashed passwd file)
user dosing-agent
topic write sites/+/chem/#

user chemgw
topic write sites/+/chem/#
topic read config/+/chem/#

user telegraf
topic read sites/#

pattern readwrite bridge/%u/#
''', None, "https://mosquitto.org/man/mosquitto-conf-5.html")

_r = _rng()
_gpg = "\n".join("".join(_r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(10))
add("blind-eo/pgp/decoy-public-key", "docs/security/ops-signing-key.asc", fill('''\
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: WashCo Ops release signing key (public)

mDMEZk<<BODY>>
=<<CRC>>
-----END PGP PUBLIC KEY BLOCK-----
''', BODY=_gpg, CRC=draw(4, ALNUM)), None, "https://datatracker.ietf.org/doc/html/rfc4880#section-6.2")

_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_age1, _age2 = "age1" + draw(58, _BECH32), "age1" + draw(58, _BECH32)
add("blind-eo/sops/decoy-age-recipients", ".sops.yaml", fill('''\
creation_rules:
  - path_regex: deploy/secrets/.*\\.prod\\.enc\\.yaml$
    kms: arn:aws:kms:us-east-2:418273645091:key/5c2e8f1a-7b3d-4e9c-a6f0-2d1b8c7e9a43
    age: >-
      <<A1>>,
      <<A2>>
  - path_regex: deploy/secrets/.*\\.dev\\.enc\\.yaml$
    age: <<A1>>
''', A1=_age1, A2=_age2), None, "https://github.com/getsops/sops#using-sops-yaml-conf-to-select-kms-pgp-and-age-for-new-files")

add("blind-eo/travis/decoy-encrypted-env", "legacy/kiosk-ui/.travis.yml", fill('''\
language: node_js
node_js:
  - "18"
cache: npm
script:
  - npm run lint
  - npm test
  - npm run build
env:
  global:
    - secure: "<<S1>>"
    - secure: "<<S2>>"
deploy:
  provider: s3
  bucket: washco-kiosk-ui
  skip_cleanup: true
  local_dir: build
''', S1=raw_b64(256), S2=raw_b64(256)), None, "https://docs.travis-ci.com/user/encryption-keys/")

add("blind-eo/markdown/decoy-jwt-doc-example", "membership-api/docs/auth.md", '''\
# Authenticating to the Membership API

Members get a short-lived JWT from `POST /v2/auth/token` (phone + one-time code). Send it as a
bearer token:

```
Authorization: Bearer <access_token>
```

A token looks like the jwt.io example below (header.payload.signature); decode it there to see
the claims, but never paste real member tokens into third-party sites:

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Our tokens carry `mid` (member id) and `site` (home site) claims and expire after 15 minutes.
''', None, "https://jwt.io/introduction")

add("blind-eo/csproj/decoy-user-secrets-id", "SiteReporting/SiteReporting.csproj", fill('''\
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <UserSecretsId><<U>></UserSecretsId>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Azure.Extensions.AspNetCore.Configuration.Secrets" Version="1.3.1" />
    <PackageReference Include="Azure.Identity" Version="1.11.4" />
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.2.1" />
  </ItemGroup>

</Project>
''', U=uuid_s()), None, "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

add("blind-eo/terraform/decoy-sensitive-variables", "infra/terraform/monitoring/variables.tf", '''\
variable "environment" {
  type    = string
  default = "prod"
}

variable "datadog_api_key" {
  description = "Datadog API key (set TF_VAR_datadog_api_key in the pipeline)"
  type        = string
  sensitive   = true
}

variable "datadog_app_key" {
  description = "Datadog application key"
  type        = string
  sensitive   = true
}

variable "site_codes" {
  type = list(string)
}
''', None, "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output")

add("blind-eo/k8s/decoy-secret-key-ref", "deploy/k8s/membership/deployment.yaml", '''\
apiVersion: apps/v1
kind: Deployment
metadata:
  name: membership-api
  namespace: membership
spec:
  replicas: 2
  selector:
    matchLabels: { app: membership-api }
  template:
    metadata:
      labels: { app: membership-api }
    spec:
      containers:
        - name: api
          image: harbor.washco.net/membership/api:3.7.2
          ports: [{ containerPort: 8080 }]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: membership-db, key: DB_PASSWORD }
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: { name: stripe-live, key: STRIPE_SECRET_KEY }
            - name: PLATE_MATCH_THRESHOLD
              value: "0.85"
''', None, "https://kubernetes.io/docs/tasks/inject-data-application/distribute-credentials-secure/")

add("blind-eo/kustomize/decoy-secret-generator", "deploy/k8s/chem/kustomization.yaml", '''\
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: telemetry
resources:
  - chem-ingest-deployment.yaml
  - chem-ingest-service.yaml
secretGenerator:
  - name: chem-ingest
    envs:
      - secrets/chem-ingest.env   # git-ignored; written by `make secrets` from Vault
generatorOptions:
  disableNameSuffixHash: false
images:
  - name: chem-ingest
    newName: harbor.washco.net/telemetry/chem-ingest
    newTag: "1.8.3"
''', None, "https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/secretgenerator/")

add("blind-eo/dockerfile/decoy-build-secret-mount", "membership-api/Dockerfile", '''\
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY src ./src
ENV NODE_ENV=production
USER node
CMD ["node", "src/server.js"]
''', None, "https://docs.docker.com/build/building/secrets/")

add("blind-eo/ini/decoy-masked-export", "support/exports/TX-014-lane1-station.ini", r'''; Exported by XpressPay Admin 6.2 on 2024-05-30 (passwords are masked in exports)
[Station]
SiteCode=TX-014
Lane=1
ReceiptPrinter=COM3

[Upload]
Protocol=FTP
Host=10.14.0.10
User=paystn1
Password=********

[Gateway]
Provider=AuthorizeNet
ApiLoginId=7xK3m9PqT2
TransactionKey=****************
''', None, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

_r = _rng()
_capk = ["".join(_r.choice("0123456789ABCDEF") for _ in range(248)) for _ in range(2)]
add("blind-eo/xml/decoy-emv-capk", "paystation/config/capk.xml", fill('''\
<?xml version="1.0" encoding="utf-8"?>
<!-- EMV certification authority PUBLIC keys loaded into the card reader (published by the schemes) -->
<CAPublicKeys>
  <Key rid="A000000003" index="08" hashAlg="01" pkAlg="01" exponent="03" expiry="20301231">
    <Modulus><<M1>></Modulus>
    <Checksum><<C1>></Checksum>
  </Key>
  <Key rid="A000000004" index="05" hashAlg="01" pkAlg="01" exponent="03" expiry="20301231">
    <Modulus><<M2>></Modulus>
    <Checksum><<C2>></Checksum>
  </Key>
</CAPublicKeys>
''', M1=_capk[0], C1=hexs(40).upper(), M2=_capk[1], C2=hexs(40).upper()), None,
    "https://www.emvco.com/specifications/book-2-security-and-key-management/")

add("blind-eo/python/decoy-test-card-numbers", "paystation/tests/test_card_checks.py", '''\
import pytest

from paystation.cards import brand_of, luhn_ok

# Public test card numbers from the payment processors' docs: never valid for real charges.
TEST_CARDS = {
    "4111111111111111": "visa",
    "4242424242424242": "visa",
    "5555555555554444": "mastercard",
    "378282246310005": "amex",
    "6011111111111117": "discover",
}


@pytest.mark.parametrize("number,brand", TEST_CARDS.items())
def test_test_cards_pass_luhn_and_brand(number, brand):
    assert luhn_ok(number)
    assert brand_of(number) == brand


def test_bad_check_digit():
    assert not luhn_ok("4111111111111112")
''', None, "https://docs.stripe.com/testing#cards")

add("blind-eo/r/decoy-keyring", "analytics/monthly_member_churn.R", '''\
library(DBI)
library(keyring)

# Credentials live in the OS keychain: keyring::key_set("washco-members", "analyst") once per laptop
con <- dbConnect(
  RPostgres::Postgres(),
  host = "members-db.internal.brightwash.net",
  dbname = "members",
  user = "analyst",
  password = key_get("washco-members", "analyst")
)

churn <- dbGetQuery(con, "
  SELECT date_trunc('month', cancelled_at) AS month, count(*) AS cancelled
  FROM club.memberships WHERE cancelled_at IS NOT NULL GROUP BY 1 ORDER BY 1")
print(churn)
dbDisconnect(con)
''', None, "https://keyring.r-lib.org/")

add("blind-eo/notebook/decoy-getpass", "analysis/chem_cost_per_car.ipynb", '''\
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "from influxdb_client import InfluxDBClient\\n",
    "token = getpass.getpass('Influx read token: ')\\n",
    "client = InfluxDBClient(url='https://us-east-1-1.aws.cloud2.influxdata.com', token=token, org='washops')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = 'from(bucket:\\"chemicals\\") |> range(start: -30d) |> filter(fn: (r) => r._field == \\"ml_per_car\\")'\\n",
    "df = client.query_api().query_data_frame(q)\\n",
    "df.groupby(['site', 'pump'])['_value'].mean().unstack()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', None, "https://docs.python.org/3/library/getpass.html")

add("blind-eo/ansible/decoy-vault-var-refs", "ansible/inventory/group_vars/office_pcs.yml", '''\
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: "WASHCO\\\\svc_ansible"
ansible_password: "{{ vault_svc_ansible_password }}"
sitewatch_sql_user: rpt_reader
sitewatch_sql_password: "{{ vault_rpt_reader_password }}"
backup_share: \\\\nas01\\backups
''', None, "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

add("blind-eo/helm/decoy-empty-password", "deploy/helm/loyalty/values.yaml", '''\
# Defaults. Real values: values-prod.yaml is rendered by CI with --set from Vault.
replicaCount: 1
image:
  repository: registry.gitlab.com/washco/loyalty-api
  tag: ""
db:
  host: loyalty-db
  user: loyalty
  password: ""      # required; pass with --set db.password=...
onesignal:
  appId: ""
  restKey: ""
jwt:
  signingKey: ""    # random if empty (dev only)
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: loyalty-redis
''', None, "https://helm.sh/docs/chart_template_guide/values_files/")

add("blind-eo/shell/decoy-ssm-parameter", "ops/scripts/site-db-shell.sh", '''\
#!/usr/bin/env bash
# Opens psql to the members DB with a password fetched from SSM for this session only
set -euo pipefail
export PGPASSWORD="$(aws ssm get-parameter --with-decryption \\
  --name /prod/membership/db/analyst_password --query Parameter.Value --output text)"
trap 'unset PGPASSWORD' EXIT
psql -h members-db.internal.brightwash.net -U analyst -d members "$@"
''', None, "https://docs.aws.amazon.com/cli/latest/reference/ssm/get-parameter.html")

add("blind-eo/markdown/decoy-vendor-doc-example", "lpr/README.md", '''\
# lpr - plate reads for the member lanes

Wraps the Plate Recognizer Snapshot API. Example from their docs:

```
curl -F "upload=@/path/to/car.jpg" -F regions=us-ca \\
  -H "Authorization: Token my-token******" \\
  https://api.platerecognizer.com/v1/plate-reader/
```

Set `PLATE_RECOGNIZER_TOKEN` in the environment (systemd `EnvironmentFile=/etc/lpr/env`), never
in code. Reads below `PLATE_MATCH_THRESHOLD` (default 0.85) are ignored by the gate.

Run tests with `pytest lpr/tests`.
''', None, "https://guides.platerecognizer.com/docs/snapshot/getting-started")

add("blind-eo/php/decoy-laravel-env-config", "booking-site/config/database.php", '''\
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'booking'),
            'username' => env('DB_USERNAME', 'booking'),
            'password' => env('DB_PASSWORD', ''),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'strict' => true,
        ],
    ],

    'redis' => [
        'client' => env('REDIS_CLIENT', 'phpredis'),
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
''', None, "https://laravel.com/docs/11.x/database#configuration")

add("blind-eo/go/decoy-test-dsn", "loyalty-points/internal/store/store_test.go", '''\
package store

import (
	"context"
	"os"
	"testing"
)

// Tests run against the throwaway MongoDB from docker-compose.test.yml.
func testURI() string {
	if u := os.Getenv("TEST_MONGO_URI"); u != "" {
		return u
	}
	return "mongodb://test:test@localhost:27017/points_test?authSource=admin"
}

func TestAddPoints(t *testing.T) {
	s, err := Open(context.Background(), testURI())
	if err != nil {
		t.Skip("no test mongo:", err)
	}
	defer s.Close()
	if err := s.AddPoints(context.Background(), "member-1", 120); err != nil {
		t.Fatal(err)
	}
}
''', None, "https://www.mongodb.com/docs/manual/reference/connection-string/")

add("blind-eo/azure-pipelines/decoy-secret-variables", "azure-pipelines.yml", '''\
trigger:
  branches:
    include: [main]

pool:
  vmImage: windows-latest

variables:
  - group: site-reporting-prod   # variable group linked to washco-prod-kv

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: SiteReporting/SiteReporting.csproj
      arguments: -c Release -o $(Build.ArtifactStagingDirectory)
  - task: AzureWebApp@1
    inputs:
      azureSubscription: washco-prod
      appName: washco-site-reporting
      package: $(Build.ArtifactStagingDirectory)/**/*.zip
      appSettings: -SmtpPassword "$(smtp-reports)" -ConnectionStrings__SiteWatch "$(sitewatch-ro)"
''', None, "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/set-secret-variables")

add("blind-eo/csharp/decoy-configuration", "SiteReporting/Program.cs", '''\
using Azure.Identity;
using Microsoft.Data.SqlClient;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureKeyVault(
    new Uri("https://washco-prod-kv.vault.azure.net/"),
    new DefaultAzureCredential());

var siteWatch = builder.Configuration.GetConnectionString("SiteWatch")
    ?? throw new InvalidOperationException("ConnectionStrings:SiteWatch missing");
builder.Services.AddScoped(_ => new SqlConnection(siteWatch));

var app = builder.Build();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
''', None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

add("blind-eo/k8s-secret/decoy-placeholder-base64", "deploy/k8s/chem/secret.template.yaml", fill('''\
# Template only: `make secrets` replaces these with values from Vault before applying.
apiVersion: v1
kind: Secret
metadata:
  name: chem-ingest
  namespace: telemetry
type: Opaque
data:
  MQTT_PASSWORD: <<A>>
  INFLUX_TOKEN: <<B>>
''', A=b64("REPLACE_ME"), B=b64("REPLACE_ME")), None, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("blind-eo/ini/decoy-hmi-settings", "tunnel/controller/HMI.ini", r'''[Screens]
Start=Overview
IdleTimeoutSec=120

[Security]
; operator levels: 1 attendant, 2 manager, 3 technician (PINs are set on the panel itself)
PasswordProtectLevel=2
RequirePinForEStopReset=1
PinLength=4

[Alarms]
ConveyorJamSec=6
LowAirPsi=85
''', None, "https://docs.python.org/3/library/configparser.html#supported-ini-file-structure")

assert SEED_LOW <= _SEED[0] <= SEED_HIGH
