"""Blind set DT: museums, orchestras and theatres.

Box office and ticketing (Tessitura, Spektrix, Eventbrite, Ticketmaster, payment processors),
donor CRMs (Blackbaud SKY, Salesforce/PatronManager, DonorPerfect, Neon, Bloomerang), collection
management (TMS/eMuseum, CollectiveAccess, Axiell EMu, Mimsy, CollectionSpace, Omeka, Arches),
digital-asset management (ResourceSpace, Bynder, Cloudinary, IIIF servers, S3/B2/Wasabi storage),
audio guides and kiosk apps (iOS, Android, Flutter, beacons, push, TTS), membership portals
(WordPress, Drupal, Laravel, Rails, Auth0/Okta), venue access control (Gallagher, Lenel, Brivo,
Genetec, SALTO, network gear) and streaming of performances (OBS, Mux, IVS, Vimeo, Liquidsoap),
with their decoys. Generated fakes only (seeds 1170000-1179999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LOW, SEED_HIGH = 1170000, 1179999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with a digit, an upper and a lower case letter (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(50):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value


def hexs(n: int) -> str:
    return chars(n, HEX)


def uphex(n: int) -> str:
    return chars(n, UPHEX)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


THEME = ["Figaro", "Mahler", "Vermeer", "Overture", "Crescendo", "Encore", "Matinee", "Sonata",
         "Rigoletto", "Carmen", "Tosca", "Nocturne", "Fresco", "Curator", "Gallery", "Proscenium",
         "Libretto", "Cadenza", "Baroque", "Rembrandt", "Aida", "Bolero", "Allegro", "Intermezzo",
         "Pizzicato", "Chiaroscuro", "Tympani", "Ballet", "Sculptor", "Diorama"]
LOWER = ["violin", "oboe", "timpani", "easel", "marble", "velvet", "curtain", "foyer", "balcony",
         "lantern", "chisel", "canvas", "bronze", "harp", "mezzanine", "fugue", "cello", "gilded",
         "tapestry", "rehearsal", "usher", "spotlight"]


def human_pw(symbols: str = "!#*%$@") -> str:
    """A password a person chose: theme words, a symbol, digits."""
    r = _rng()
    form = r.randint(0, 3)
    if form == 0:
        return r.choice(THEME) + r.choice(symbols) + r.choice(THEME) + str(r.randint(10, 9999))
    if form == 1:
        return r.choice(THEME) + str(r.randint(1950, 2025)) + r.choice(symbols) + r.choice(LOWER).capitalize()
    if form == 2:
        return r.choice(LOWER).capitalize() + r.choice(symbols) + r.choice(LOWER) + r.choice(symbols) + str(r.randint(100, 999))
    return r.choice(THEME) + "_" + r.choice(LOWER) + str(r.randint(1, 99)) + r.choice(symbols)


def url_pw() -> str:
    """A password safe inside a URI's userinfo."""
    r = _rng()
    if r.random() < 0.5:
        return r.choice(THEME) + r.choice("-_.") + r.choice(LOWER) + str(r.randint(100, 99999))
    return mixed(r.randint(16, 26), ALNUM + "-_.")


def phrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 98))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def b64url_nopad(value: str) -> str:
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def pem(label: str = "RSA PRIVATE KEY", lines: int = 8, head: str = "MIIEowIBAAKCAQEA") -> str:
    r = _rng()
    body = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(r.randint(20, 60))) + "=")
    return f"-----BEGIN {label}-----\n" + "\n".join(body) + f"\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    body = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    body += ["".join(r.choice(B64) for _ in range(70)) for _ in range(3)]
    body.append("".join(r.choice(B64) for _ in range(28)) + "=")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(body) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem(lines: int = 10) -> str:
    r = _rng()
    body = ["MIID" + "".join(r.choice(B64) for _ in range(60))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(lines - 1)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "==")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def public_pem() -> str:
    r = _rng()
    body = ["MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(20))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(5)]
    body.append("".join(r.choice(B64) for _ in range(8)) + "IDAQAB")
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(body) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43)) + " " + comment


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


def sha256_of(label: str) -> str:
    return hashlib.sha256((label + str(_seed())).encode()).hexdigest()


# -- vendor shapes ---------------------------------------------------------------------------------

def stripe(prefix: str = "sk_live_", n: int = 24) -> str:
    return fakes.fake(prefix, n, _seed())


def square_token() -> str:
    return "EAAA" + chars(60, B64URL)


def square_secret() -> str:
    return "sq0csp-" + chars(43, B64URL)


def adyen_key() -> str:
    return "AQE" + chars(60) + "=-" + chars(43, B64) + "=-" + chars(10)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def sendgrid_key() -> str:
    return "SG." + chars(22, B64URL) + "." + chars(43, B64URL)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + chars(8, UPPER_ALNUM) + "/B" + chars(10, UPPER_ALNUM)
            + "/" + chars(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + chars(68, B64URL)


def azure_secret() -> str:
    return chars(3) + "8Q~" + chars(34, ALNUM + "_.-~")


def azure_storage_key() -> str:
    return b64_bytes(64)


def okta_token() -> str:
    return "00" + chars(40, B64URL)


def mapbox_token(prefix: str, user: str) -> str:
    payload = b64url_nopad(json.dumps({"u": user, "a": "cl" + chars(23, LOWER_ALNUM)}, separators=(",", ":")))
    return f"{prefix}.{payload}." + chars(22, B64URL)


def jwt_like(claims: dict) -> str:
    head = b64url_nopad('{"alg":"HS256","typ":"JWT"}')
    return head + "." + b64url_nopad(json.dumps(claims, separators=(",", ":"))) + "." + chars(43, B64URL)


CASES: List[LabelledCase] = []


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("\u00ab" + key + "\u00bb", value)
    assert "\u00ab" not in template, template[:80]
    return template


def add(fmt: str, kind: str, path: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"blind-dt/{fmt}/{kind}", path, text, secret, source))


def decoy(fmt: str, kind: str, path: str, text: str, source: str) -> None:
    add(fmt, "decoy-" + kind, path, text, None, source)


# == secrets: box office and ticketing ==========================================================

pw = human_pw("!#*%")
add("python", "tessitura-password", "boxoffice/tessitura_client.py", fill(r"""import base64
import logging

import requests

log = logging.getLogger(__name__)

TESSITURA_BASE = "https://tessitura.grandoperahouse.org/TessituraService"
TESSITURA_USER = "svc_webstore"
TESSITURA_GROUP = "webapi"
TESSITURA_LOCATION = "WEBPROD01"
TESSITURA_PASSWORD = "«pw»"


def _auth_header() -> dict:
    raw = f"{TESSITURA_USER}:{TESSITURA_GROUP}:{TESSITURA_LOCATION}:{TESSITURA_PASSWORD}"
    return {"Authorization": "Basic " + base64.b64encode(raw.encode()).decode()}


def performances(season_id: int) -> list:
    url = f"{TESSITURA_BASE}/TXN/Performances/Search"
    body = {"SeasonIds": str(season_id), "PerformanceStartDate": None}
    resp = requests.post(url, json=body, headers=_auth_header(), timeout=30)
    resp.raise_for_status()
    log.info("fetched %d performances for season %s", len(resp.json()), season_id)
    return resp.json()


def seat_status(performance_id: int) -> list:
    url = f"{TESSITURA_BASE}/TXN/Performances/{performance_id}/Seats"
    resp = requests.get(url, headers=_auth_header(), timeout=30)
    resp.raise_for_status()
    return resp.json()
""", pw=pw), pw, "Tessitura Network REST API: HTTP Basic authentication with user:usergroup:location:password")

raw = "webkiosk:kiosk:FOYERKIOSK02:" + human_pw("!*%")
tok = b64(raw)
add("shell", "tessitura-basic-auth", "scripts/check_tessitura_health.sh", fill(r"""#!/usr/bin/env bash
# Ping the Tessitura REST API from the foyer kiosk network and alert the box office if it is down.
set -euo pipefail

API="https://rest.tessitura.example-symphony.org/tessitura/api"
AUTH_HEADER="Authorization: Basic «tok»"

status=$(curl -s -o /dev/null -w '%{http_code}' \
  -H "$AUTH_HEADER" \
  -H "Accept: application/json" \
  "$API/Diagnostics/Status")

if [ "$status" != "200" ]; then
  logger -t tessitura-health "REST API returned $status"
  echo "Tessitura API down ($status)" | mail -s "Box office API alert" boxoffice-it@example-symphony.org
  exit 1
fi
echo "ok"
""", tok=tok), tok, "Tessitura REST API authentication; RFC 7617 Basic scheme")

pw = human_pw("!#%")
secret_yaml = fill(r"""apiVersion: v1
kind: Secret
metadata:
  name: tessitura-rest
  namespace: ticketing
  labels:
    app.kubernetes.io/name: tnew-sync
    app.kubernetes.io/part-of: box-office
type: Opaque
data:
  TESSITURA_USER: «u»
  TESSITURA_USERGROUP: «g»
  TESSITURA_LOCATION: «l»
  TESSITURA_PASSWORD: «p»
""", u=b64("tnew_sync"), g=b64("webapi"), l=b64("K8SSYNC"), p=b64(pw))
add("k8s-secret", "tessitura-password", "deploy/k8s/ticketing/tessitura-secret.yaml", secret_yaml, pw,
    "Kubernetes Secret (data is base64); Tessitura REST credentials")

pw = human_pw("!#*")
add("xml", "mssql-password", "TNEW/web.config", fill(r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="tessituraSettings" type="System.Configuration.NameValueSectionHandler" />
  </configSections>
  <connectionStrings>
    <add name="Impresario"
         connectionString="Data Source=TESS-SQL02\TESSPROD;Initial Catalog=impresario;User ID=tnew_web;Password=«pw»;Connect Timeout=30;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <tessituraSettings>
    <add key="ModeOfSale" value="7" />
    <add key="WebSource" value="12051" />
    <add key="BusinessUnit" value="1" />
  </tessituraSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <sessionState mode="SQLServer" timeout="30" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/error" />
  </system.web>
</configuration>
""", pw=pw), pw, "ASP.NET web.config connectionStrings; SqlClient connection string keywords")

key = b64_bytes(64)
add("json", "spektrix-secret", "src/Spektrix.Sync/appsettings.Production.json", fill(r"""{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Spektrix": {
    "ClientName": "riversidetheatre",
    "BaseUrl": "https://system.spektrix.com/riversidetheatre/api/v3",
    "ApiUser": "sync-service",
    "SecretKey": "«key»",
    "PageSize": 250
  },
  "Schedule": {
    "EventsCron": "*/15 * * * *",
    "CustomersCron": "0 2 * * *"
  }
}
""", key=key), key, "Spektrix API v3 authentication (SpektrixAPI3 HMAC-SHA1 with a base64 secret key)")

key = b64_bytes(64)
add("ruby", "spektrix-secret", "lib/spektrix/signer.rb", fill(r"""require "base64"
require "openssl"
require "time"

module Spektrix
  # Signs requests for the Spektrix API v3 (SpektrixAPI3 scheme).
  class Signer
    API_USER = "website-ruby".freeze
    SECRET_KEY = "«key»".freeze

    def initialize(client_name)
      @client_name = client_name
    end

    def headers(method, path, body = nil)
      date = Time.now.httpdate
      string_to_sign = "#{method}\n#{path}\n#{date}"
      if body
        md5 = Base64.strict_encode64(OpenSSL::Digest::MD5.digest(body))
        string_to_sign += "\n#{md5}"
      end
      hmac = OpenSSL::HMAC.digest("sha1", Base64.decode64(SECRET_KEY), string_to_sign)
      {
        "Date" => date,
        "Authorization" => "SpektrixAPI3 #{API_USER}:#{Base64.strict_encode64(hmac)}"
      }
    end
  end
end
""", key=key), key, "Spektrix API v3 authentication docs")

tok = chars(20, UPPER_ALNUM)
add("env", "eventbrite-token", "apps/festival-sync/.env", fill(r"""# Summer festival: pull Eventbrite orders into the CRM every night
NODE_ENV=production
EVENTBRITE_ORGANIZATION_ID=391827465012
EVENTBRITE_PRIVATE_TOKEN=«tok»
CRM_IMPORT_DIR=/srv/imports/eventbrite
LOG_LEVEL=info
TZ=Europe/London
""", tok=tok), tok, "Eventbrite API: private OAuth token (Authorization: Bearer)")

key = mixed(32)
add("javascript", "ticketmaster-key", "tools/touring/ticketmaster-venues.js", fill(r"""// Lists upcoming Ticketmaster events at the venues our touring productions visit.
const fetch = require('node-fetch');

const TM_API_KEY = '«key»';
const VENUES = ['KovZpZAFFE1A', 'KovZpZA7AAEA', 'KovZpa2Xbe'];

async function eventsAt(venueId) {
  const url = new URL('https://app.ticketmaster.com/discovery/v2/events.json');
  url.searchParams.set('venueId', venueId);
  url.searchParams.set('size', '50');
  url.searchParams.set('apikey', TM_API_KEY);
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Discovery API ${res.status}`);
  const body = await res.json();
  return (body._embedded && body._embedded.events) || [];
}

(async () => {
  for (const venue of VENUES) {
    const events = await eventsAt(venue);
    for (const ev of events) {
      console.log(`${venue}\t${ev.dates.start.localDate}\t${ev.name}`);
    }
  }
})();
""", key=key), key, "Ticketmaster Discovery API v2: apikey query parameter")

pw = human_pw("!#*%")
add("powershell", "tessitura-password", "ops/Export-NightlySales.ps1", fill(r"""<#
  Nightly box office export: pulls yesterday's sales from the Tessitura database
  and drops a CSV on the finance share.
#>
param(
    [string]$Server = "TESS-SQL02\TESSPROD",
    [string]$OutDir = "\\finance-fs01\BoxOffice\Exports"
)

$user = "rpt_finance"
$pass = "«pw»"
$date = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")

$query = @"
SELECT o.order_no, o.order_dt, p.perf_code, SUM(s.due_amt) AS total
FROM T_ORDER o
JOIN T_SUB_LINEITEM s ON s.order_no = o.order_no
JOIN T_PERF p ON p.perf_no = s.perf_no
WHERE CAST(o.order_dt AS date) = '$date'
GROUP BY o.order_no, o.order_dt, p.perf_code
"@

$rows = Invoke-Sqlcmd -ServerInstance $Server -Database "impresario" `
    -Username $user -Password $pass -Query $query -QueryTimeout 600
$rows | Export-Csv -Path (Join-Path $OutDir "sales_$date.csv") -NoTypeInformation
Write-Host "Exported $($rows.Count) rows for $date"
""", pw=pw), pw, "SqlServer module Invoke-Sqlcmd -Username/-Password")

pw = human_pw("!#%*")
add("sql", "linked-server-password", "db/migrations/V42__linked_server_ticketing.sql", fill(r"""-- Linked server from the data warehouse to the ticketing replica
USE [master];
GO
EXEC master.dbo.sp_addlinkedserver
    @server = N'TICKETING_RO',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'tix-replica.db.internal,1433';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'TICKETING_RO',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'dw_reader',
    @rmtpassword = N'«pw»';
GO
EXEC master.dbo.sp_serveroption @server = N'TICKETING_RO', @optname = N'rpc out', @optvalue = N'true';
GO
""", pw=pw), pw, "SQL Server sp_addlinkedsrvlogin @rmtpassword")

pw = human_pw("#%*")
add("properties", "db-password", "scanner-gateway/src/main/resources/application-prod.properties", fill(r"""# Door scanning gateway for the handheld ticket scanners
server.port=8443
server.ssl.enabled=true
server.ssl.key-store=file:/etc/scanner-gateway/keystore.p12
server.ssl.key-store-type=PKCS12

spring.datasource.url=jdbc:postgresql://scan-db.venue.internal:5432/admissions
spring.datasource.username=scan_gateway
spring.datasource.password=«pw»
spring.datasource.hikari.maximum-pool-size=20

admissions.gates=STALLS_L,STALLS_R,CIRCLE,GALLERY,STAGE_DOOR
admissions.offline-cache-minutes=45
logging.level.org.example.admissions=INFO
""", pw=pw), pw, "Spring Boot common application properties: spring.datasource.password")

pw = human_pw("!*%")
add("ini", "freetds-password", "etc/odbc.ini", fill(r"""[ODBC Data Sources]
Impresario = FreeTDS connection to the Tessitura database

[Impresario]
Driver          = FreeTDS
Description     = Tessitura reporting replica (read only)
Server          = tess-rpt.symphony.local
Port            = 1433
Database        = impresario
TDS_Version     = 7.4
UID             = rpt_tableau
PWD             = «pw»
ClientCharset   = UTF-8
""", pw=pw), pw, "unixODBC odbc.ini DSN with FreeTDS; UID/PWD keywords")

key = stripe("sk_live_", 99)
add("python", "stripe-live-key", "membership/settings/production.py", fill(r"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["members.cityartmuseum.org", "join.cityartmuseum.org"]

DATABASES["default"]["HOST"] = "members-db.internal"
DATABASES["default"]["CONN_MAX_AGE"] = 60

# Membership dues and donations
STRIPE_PUBLISHABLE_KEY = "pk_live_51N3xQ2CityArtMuseumPublishable"
STRIPE_SECRET_KEY = "«key»"
STRIPE_PRICE_IDS = {
    "individual": "price_1N3xR7CityArtIndiv",
    "dual": "price_1N3xRbCityArtDual",
    "patron": "price_1N3xS0CityArtPatron",
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.cityartmuseum.org"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
""", key=key), key, "Stripe API keys docs: secret keys sk_live_")

wh = "whsec_" + mixed(32)
add("javascript", "stripe-webhook-secret", "server/routes/stripeWebhook.js", fill(r"""const express = require('express');
const Stripe = require('stripe');
const { recordDonation } = require('../crm/donations');

const stripe = Stripe(process.env.STRIPE_SECRET_KEY);
const endpointSecret = '«wh»';
const router = express.Router();

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.warn('stripe signature check failed', err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'checkout.session.completed') {
    const session = event.data.object;
    await recordDonation({
      amount: session.amount_total,
      email: session.customer_details.email,
      fund: session.metadata.fund || 'annual-appeal',
    });
  }
  res.json({ received: true });
});

module.exports = router;
""", wh=wh), wh, "Stripe webhooks: endpoint signing secret whsec_")

key = stripe("rk_live_", 99)
add("go", "stripe-restricted-key", "cmd/refunds/main.go", fill(r"""package main

import (
	"flag"
	"log"

	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/refund"
)

// Restricted key: refunds write, charges read. Used by the box office for cancelled performances.
const stripeKey = "«key»"

func main() {
	charge := flag.String("charge", "", "charge id to refund")
	reason := flag.String("reason", "requested_by_customer", "refund reason")
	flag.Parse()
	if *charge == "" {
		log.Fatal("-charge is required")
	}
	stripe.Key = stripeKey
	r, err := refund.New(&stripe.RefundParams{
		Charge: stripe.String(*charge),
		Reason: stripe.String(*reason),
	})
	if err != nil {
		log.Fatalf("refund failed: %v", err)
	}
	log.Printf("refund %s status %s", r.ID, r.Status)
}
""", key=key), key, "Stripe restricted API keys rk_live_")

tok = square_token()
add("ruby", "square-access-token", "shop/config/initializers/square.rb", fill(r"""# Museum shop and cafe tills run on Square; the web shop syncs inventory to it.
require "square"

SQUARE_LOCATION_ID = "L8Q2K3M4N5P6R".freeze

SQUARE_CLIENT = Square::Client.new(
  access_token: "«tok»",
  environment: "production",
  timeout: 20
)

Rails.application.config.after_initialize do
  Rails.logger.info("Square client ready for location #{SQUARE_LOCATION_ID}")
end
""", tok=tok), tok, "Square API: production access tokens (EAAA...)")

sec = square_secret()
add("env", "square-app-secret", "pos-bridge/.env.production", fill(r"""APP_ENV=production
SQUARE_APPLICATION_ID=sq0idp-HvR4w9tY2cD8sK1mN0pQ3e
SQUARE_APPLICATION_SECRET=«sec»
SQUARE_OAUTH_REDIRECT=https://pos-bridge.theatreroyal.co.uk/oauth/callback
DATABASE_URL=postgres://posbridge@db.internal:5432/posbridge
""", sec=sec), sec, "Square OAuth: application secret sq0csp-")

key = adyen_key()
add("kotlin", "adyen-api-key", "payments/src/main/kotlin/org/example/boxoffice/AdyenConfig.kt", fill(r"""package org.example.boxoffice

import com.adyen.Client
import com.adyen.enums.Environment
import com.adyen.service.checkout.PaymentsApi
import org.springframework.context.annotation.Bean
import org.springframework.context.annotation.Configuration

@Configuration
class AdyenConfig {

    private val apiKey = "«key»"
    private val liveUrlPrefix = "1797a841fbb37ca7-ExampleOperaHouse"

    @Bean
    fun adyenClient(): Client {
        val client = Client(apiKey, Environment.LIVE, liveUrlPrefix)
        client.config.connectionTimeoutMillis = 10_000
        client.config.readTimeoutMillis = 30_000
        return client
    }

    @Bean
    fun paymentsApi(client: Client): PaymentsApi = PaymentsApi(client)

    companion object {
        const val MERCHANT_ACCOUNT = "ExampleOperaHouseECOM"
    }
}
""", key=key), key, "Adyen API credentials: API key (X-API-Key)")

hmac_key = uphex(64)
add("php", "adyen-hmac-key", "wp-content/plugins/opera-checkout/includes/class-adyen-notifications.php", fill(r"""<?php
/**
 * Verifies Adyen standard notifications for ticket and donation payments.
 */
defined( 'ABSPATH' ) || exit;

class Opera_Adyen_Notifications {

	const HMAC_KEY = '«hmac»';

	public function handle( WP_REST_Request $request ) {
		$payload = $request->get_json_params();
		foreach ( $payload['notificationItems'] as $item ) {
			$n = $item['NotificationRequestItem'];
			if ( ! $this->valid( $n ) ) {
				return new WP_REST_Response( array( 'error' => 'bad hmac' ), 401 );
			}
			do_action( 'opera_adyen_event', $n['eventCode'], $n['pspReference'], $n['merchantReference'] );
		}
		return new WP_REST_Response( '[accepted]', 200 );
	}

	private function valid( array $n ) {
		$data = implode( ':', array(
			$n['pspReference'], $n['originalReference'] ?? '', $n['merchantAccountCode'],
			$n['merchantReference'], $n['amount']['value'], $n['amount']['currency'],
			$n['eventCode'], $n['success'],
		) );
		$calc = base64_encode( hash_hmac( 'sha256', $data, pack( 'H*', self::HMAC_KEY ), true ) );
		return hash_equals( $calc, $n['additionalData']['hmacSignature'] ?? '' );
	}
}
""", hmac=hmac_key), hmac_key, "Adyen webhooks: HMAC signature verification (hex HMAC key)")

key = hexs(32)
add("yaml", "braintree-private-key", "config/braintree.yml", fill(r"""# Braintree gateway for the annual fund and gala tables
production:
  environment: production
  merchant_id: 7x9vq2kz4d3hmw8n
  public_key: 4pb6k8y3tfd2srzq
  private_key: «key»
  merchant_accounts:
    gbp: examplephilharmonicGBP
    usd: examplephilharmonicUSD

sandbox:
  environment: sandbox
  merchant_id: <%= ENV["BT_SANDBOX_MERCHANT_ID"] %>
  public_key: <%= ENV["BT_SANDBOX_PUBLIC_KEY"] %>
  private_key: <%= ENV["BT_SANDBOX_PRIVATE_KEY"] %>
""", key=key), key, "Braintree API credentials: merchant id, public key, private key")

tk = mixed(16)
add("xml", "authorizenet-transaction-key", "Gala.Web/App_Data/PaymentGateway.config", fill(r"""<?xml version="1.0" encoding="utf-8"?>
<paymentGateway provider="AuthorizeNet">
  <environment>PRODUCTION</environment>
  <endpoint>https://api.authorize.net/xml/v1/request.api</endpoint>
  <merchantAuthentication>
    <name>6fQ8rZ2w</name>
    <transactionKey>«tk»</transactionKey>
  </merchantAuthentication>
  <defaults>
    <currency>USD</currency>
    <descriptor>ROSEWOOD THEATRE GALA</descriptor>
    <duplicateWindow>120</duplicateWindow>
  </defaults>
</paymentGateway>
""", tk=tk), tk, "Authorize.Net API: merchantAuthentication name and transactionKey")

sec = "E" + chars(79, B64URL)
add("env", "paypal-client-secret", "donate/.env", fill(r"""# Donate page (Next.js) - PayPal Checkout for the spring appeal
NEXT_PUBLIC_PAYPAL_CLIENT_ID=AfZ3q8Jk2Lm4Np6Qr8St0Uv2Wx4Yz6Ab8Cd0Ef2Gh4Ij6Kl8Mn0Op2Qr4St6Uv8Wx0Yz2Ab4Cd
PAYPAL_CLIENT_SECRET=«sec»
PAYPAL_API_BASE=https://api-m.paypal.com
DONATION_FUNDS=annual,education,endowment
""", sec=sec), sec, "PayPal REST API: client id and secret")

key = hexs(64)
add("go", "ticket-barcode-hmac", "internal/barcode/sign.go", fill(r"""package barcode

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base32"
	"fmt"
	"strings"
)

// signingKey signs the QR codes printed on e-tickets; the door scanners verify them offline.
var signingKey = mustHex("«key»")

// Payload is what a ticket's QR code carries.
type Payload struct {
	OrderNo   int64
	Perf      string
	Seat      string
	Admission int
}

// Encode returns the string the QR code holds.
func Encode(p Payload) string {
	body := fmt.Sprintf("%d|%s|%s|%d", p.OrderNo, p.Perf, p.Seat, p.Admission)
	mac := hmac.New(sha256.New, signingKey)
	mac.Write([]byte(body))
	sig := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(mac.Sum(nil)[:10])
	return body + "|" + strings.ToUpper(sig)
}
""", key=key), key, "RFC 2104 HMAC signing of ticket barcodes (Go crypto/hmac)")

tok = "shpat_" + hexs(32)
add("python", "shopify-token", "shop_sync/shopify_inventory.py", fill(r"""import os
import time

import requests

SHOP = "museum-of-modern-craft.myshopify.com"
API_VERSION = "2024-04"
ACCESS_TOKEN = "«tok»"
HEADERS = {"X-Shopify-Access-Token": ACCESS_TOKEN, "Content-Type": "application/json"}


def set_level(inventory_item_id: int, location_id: int, available: int) -> None:
    url = f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json"
    body = {"location_id": location_id, "inventory_item_id": inventory_item_id, "available": available}
    r = requests.post(url, json=body, headers=HEADERS, timeout=20)
    if r.status_code == 429:
        time.sleep(float(r.headers.get("Retry-After", "2")))
        return set_level(inventory_item_id, location_id, available)
    r.raise_for_status()


if __name__ == "__main__":
    for line in open(os.environ.get("TILL_EXPORT", "till_stock.csv")):
        item, loc, qty = line.strip().split(",")
        set_level(int(item), int(loc), int(qty))
""", tok=tok), tok, "Shopify Admin API: access token header (shpat_)")


# == secrets: messaging for audiences and staff =================================================

key = mailchimp_key()
add("r", "mailchimp-key", "analysis/newsletter_engagement.R", fill(r"""# Newsletter engagement by membership tier, for the development committee pack
library(httr)
library(jsonlite)
library(dplyr)

mc_key <- "«key»"
dc <- sub(".*-", "", mc_key)
list_id <- "5b3c9e1f2a"

get_members <- function(offset = 0) {
  url <- sprintf("https://%s.api.mailchimp.com/3.0/lists/%s/members", dc, list_id)
  res <- GET(url, authenticate("anystring", mc_key),
             query = list(count = 1000, offset = offset, fields = "members.email_address,members.stats,members.merge_fields"))
  stop_for_status(res)
  fromJSON(content(res, "text", encoding = "UTF-8"))$members
}

members <- bind_rows(lapply(seq(0, 9000, by = 1000), get_members))
summary_tbl <- members %>%
  mutate(tier = merge_fields$MTIER) %>%
  group_by(tier) %>%
  summarise(n = n(), open_rate = mean(stats$avg_open_rate), click_rate = mean(stats$avg_click_rate))
write.csv(summary_tbl, "out/engagement_by_tier.csv", row.names = FALSE)
""", key=key), key, "Mailchimp Marketing API: API key with data-center suffix, HTTP Basic")

key = sendgrid_key()
add("compose", "sendgrid-key", "docker-compose.prod.yml", fill(r"""services:
  web:
    image: registry.example-ballet.org/ticketing-web:2024.06.2
    restart: unless-stopped
    ports:
      - "8080:8080"
    environment:
      SPRING_PROFILES_ACTIVE: prod
      MAIL_PROVIDER: sendgrid
      SENDGRID_API_KEY: «key»
      MAIL_FROM: "Box Office <boxoffice@example-ballet.org>"
      TICKET_PDF_BUCKET: eticket-pdfs
    depends_on:
      - redis
  redis:
    image: redis:7.2-alpine
    command: ["redis-server", "--appendonly", "yes"]
    volumes:
      - redis-data:/data
volumes:
  redis-data:
""", key=key), key, "SendGrid API keys (SG.<id>.<secret>)")

key = "key-" + hexs(32)
add("php", "mailgun-key", "app/Mail/TicketMailer.php", fill(r"""<?php

namespace App\Mail;

use Mailgun\Mailgun;

class TicketMailer
{
    private const DOMAIN = 'mg.lyceum-theatre.co.uk';
    private const API_KEY = '«key»';

    private Mailgun $client;

    public function __construct()
    {
        $this->client = Mailgun::create(self::API_KEY, 'https://api.eu.mailgun.net');
    }

    public function sendTickets(string $to, string $orderNo, string $pdfPath): void
    {
        $this->client->messages()->send(self::DOMAIN, [
            'from'       => 'Lyceum Box Office <tickets@lyceum-theatre.co.uk>',
            'to'         => $to,
            'subject'    => "Your tickets - order {$orderNo}",
            'template'   => 'eticket',
            'attachment' => [['filePath' => $pdfPath, 'filename' => "tickets-{$orderNo}.pdf"]],
        ]);
    }
}
""", key=key), key, "Mailgun API keys (key-...)")

tok = hexs(32)
add("csharp", "twilio-auth-token", "src/BoxOffice.Sms/SmsSender.cs", fill(r"""using System.Threading.Tasks;
using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace BoxOffice.Sms
{
    /// <summary>Sends "doors open" and "performance cancelled" texts to ticket holders.</summary>
    public class SmsSender
    {
        private const string AccountSid = "«sid»";
        private const string AuthToken = "«tok»";
        private const string FromNumber = "+441614960321";

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
        }

        public async Task<string> SendAsync(string to, string body)
        {
            var message = await MessageResource.CreateAsync(
                to: new PhoneNumber(to),
                from: new PhoneNumber(FromNumber),
                body: body);
            return message.Sid;
        }
    }
}
""", sid=twilio_sid(), tok=tok), tok, "Twilio: Account SID and Auth Token")

hook = slack_webhook()
add("github-actions", "slack-webhook", ".github/workflows/daily-sales-digest.yml", fill(r"""name: Daily sales digest

on:
  schedule:
    - cron: "30 7 * * *"
  workflow_dispatch:

jobs:
  digest:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r reports/requirements.txt
      - name: Build digest
        run: python reports/sales_digest.py --out digest.json
        env:
          TESSITURA_API: https://rest.tessitura.example-symphony.org/tessitura/api
      - name: Post to #box-office
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data @digest.json \
            «hook»
""", hook=hook), hook, "Slack incoming webhooks")

hook = teams_webhook("nationalgalleryexample")
add("powershell", "teams-webhook", "ops/Notify-LoanCourier.ps1", fill(r"""# Posts a card to the Registrars channel when a loan courier checks in at the loading dock.
param(
    [Parameter(Mandatory)] [string]$LoanNumber,
    [Parameter(Mandatory)] [string]$Courier
)

$webhook = "«hook»"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "http://schema.org/extensions"
    summary    = "Courier arrival"
    themeColor = "8A1538"
    title      = "Courier arrived for loan $LoanNumber"
    text       = "$Courier checked in at the loading dock at $(Get-Date -Format 'HH:mm')."
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body $card
""", hook=hook), hook, "Microsoft Teams incoming webhook URLs (webhook.office.com)")

hook = discord_webhook()
add("python", "discord-webhook", "youth_orchestra/rehearsal_reminders.py", fill(r"""# Reminds youth orchestra sections of rehearsal calls on the members' Discord.
import datetime as dt
import json
import urllib.request

WEBHOOK = "«hook»"

CALLS = {
    "Mon": "Strings sectional 18:00, Studio 2",
    "Wed": "Winds and brass 18:30, Rehearsal Hall",
    "Sat": "Full orchestra 10:00, Main Stage",
}


def post(content: str) -> None:
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"content": content}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    today = dt.date.today().strftime("%a")
    if today in CALLS:
        post(f"Reminder: {CALLS[today]}. Bring your own stand light!")
""", hook=hook), hook, "Discord webhooks (execute webhook URL with token)")

tok = fakes.telegram_token(_seed())
add("javascript", "telegram-bot-token", "stage-manager-bot/index.js", fill(r"""// Stage management bot: "/calls" posts tonight's call times to the company group.
const { Telegraf } = require('telegraf');
const calls = require('./calls.json');

const bot = new Telegraf('«tok»');

bot.command('calls', (ctx) => {
  const today = new Date().toISOString().slice(0, 10);
  const list = calls[today];
  if (!list) return ctx.reply('No calls today.');
  return ctx.reply(list.map((c) => `${c.time}  ${c.who}`).join('\n'));
});

bot.command('half', (ctx) => ctx.reply('This is your half-hour call. Thirty minutes, please.'));

bot.launch();
process.once('SIGINT', () => bot.stop('SIGINT'));
process.once('SIGTERM', () => bot.stop('SIGTERM'));
""", tok=tok), tok, "Telegram Bot API tokens")


# == secrets: donor CRMs ========================================================================

sec = b64_bytes(32)
add("json", "blackbaud-client-secret", "integrations/sky-api/config.json", fill(r"""{
  "environment": "p-prod-ex-orchestra",
  "skyApi": {
    "authorizeUrl": "https://app.blackbaud.com/oauth/authorize",
    "tokenUrl": "https://oauth2.sky.blackbaud.com/token",
    "applicationId": "«appid»",
    "applicationSecret": "«sec»",
    "redirectUri": "https://gifts.example-orchestra.org/auth/callback"
  },
  "sync": {
    "fundIds": [112, 118, 131],
    "batchSize": 200,
    "since": "2024-07-01"
  }
}
""", appid=uuid_s(), sec=sec), sec, "Blackbaud SKY API: application id and application secret (OAuth 2.0)")

key = hexs(32)
add("python", "blackbaud-subscription-key", "etl/raisers_edge/gifts_to_warehouse.py", fill(r"""import json
import pathlib

import requests

SUBSCRIPTION_KEY = "«key»"
TOKEN_FILE = pathlib.Path.home() / ".sky" / "token.json"
BASE = "https://api.sky.blackbaud.com/gift/v1"


def _headers() -> dict:
    token = json.loads(TOKEN_FILE.read_text())["access_token"]
    return {"Bb-Api-Subscription-Key": SUBSCRIPTION_KEY, "Authorization": f"Bearer {token}"}


def gifts(since: str):
    url = f"{BASE}/gifts"
    params = {"last_modified": since, "limit": 500}
    while url:
        r = requests.get(url, headers=_headers(), params=params, timeout=60)
        r.raise_for_status()
        body = r.json()
        yield from body.get("value", [])
        url, params = body.get("next_link"), None


if __name__ == "__main__":
    for g in gifts("2024-07-01T00:00:00Z"):
        print(g["id"], g["amount"]["value"], g.get("constituent_id"))
""", key=key), key, "Blackbaud SKY API: Bb-Api-Subscription-Key header")

pw = human_pw("!#*") + mixed(24)
add("xml", "salesforce-password", "dataloader/conf/process-conf.xml", fill(r"""<!DOCTYPE beans PUBLIC "-//SPRING//DTD BEAN//EN" "http://www.springframework.org/dtd/spring-beans.dtd">
<beans>
  <bean id="patronExtract" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <description>Nightly extract of PatronManager contacts for the mailing house</description>
    <property name="name" value="patronExtract"/>
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.endpoint" value="https://examplerep.my.salesforce.com"/>
        <entry key="sfdc.username" value="integration@examplerep.org"/>
        <entry key="sfdc.password" value="«pw»"/>
        <entry key="sfdc.timeoutSecs" value="600"/>
        <entry key="sfdc.entity" value="Contact"/>
        <entry key="sfdc.extractionSOQL" value="SELECT Id, FirstName, LastName, MailingPostalCode FROM Contact WHERE PatronTicket__Mailing_Opt_In__c = true"/>
        <entry key="process.operation" value="extract"/>
        <entry key="dataAccess.type" value="csvWrite"/>
        <entry key="dataAccess.name" value="/data/extracts/contacts.csv"/>
      </map>
    </property>
  </bean>
</beans>
""", pw=pw), pw, "Salesforce Data Loader process-conf.xml; password with security token appended")

sec = uphex(64)
add("typescript", "salesforce-consumer-secret", "src/crm/salesforceAuth.ts", fill(r"""import jsforce from 'jsforce';

const oauth2 = new jsforce.OAuth2({
  loginUrl: 'https://login.salesforce.com',
  clientId: '3MVG9fTLmJ60pJ5K7Gq0ExampleMuseumConnectedAppClientId.Z2t8kJq1',
  clientSecret: '«sec»',
  redirectUri: 'https://members.examplemuseum.org/oauth/salesforce/callback',
});

export function authorizeUrl(state: string): string {
  return oauth2.getAuthorizationUrl({ scope: 'api refresh_token', state });
}

export async function connect(code: string): Promise<jsforce.Connection> {
  const conn = new jsforce.Connection({ oauth2 });
  await conn.authorize(code);
  return conn;
}
""", sec=sec), sec, "Salesforce connected app: consumer key and consumer secret")

key = mixed(90)
add("vb", "donorperfect-key", "Access/DonorImport/modDonorPerfect.bas", fill(r"""Attribute VB_Name = "modDonorPerfect"
Option Compare Database
Option Explicit

' Pulls yesterday's gifts from DonorPerfect into the Access reporting database.
Private Const DP_URL As String = "https://www.donorperfect.net/prod/xmlrequest.asp"
Private Const DP_KEY As String = "«key»"

Public Function FetchGifts(ByVal sinceDate As String) As String
    Dim http As Object
    Dim q As String
    q = "SELECT gift_id, donor_id, gift_date, amount, gl_code FROM dpgift WHERE gift_date >= '" & sinceDate & "'"
    Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
    http.Open "GET", DP_URL & "?apikey=" & DP_KEY & "&action=" & URLEncode(q), False
    http.send
    If http.Status <> 200 Then
        Err.Raise vbObjectError + 513, , "DonorPerfect returned " & http.Status
    End If
    FetchGifts = http.responseText
End Function
""", key=key), key, "DonorPerfect XML API: apikey parameter")

key = mixed(32)
add("javascript", "bloomerang-key", "functions/syncBloomerang.js", fill(r"""// Netlify function: copies new "Friends of the Gallery" sign-ups into Bloomerang.
const BLOOMERANG_API = 'https://api.bloomerang.co/v2';
const BLOOMERANG_KEY = '«key»';

exports.handler = async (event) => {
  const form = JSON.parse(event.body).payload.data;
  const res = await fetch(`${BLOOMERANG_API}/constituent`, {
    method: 'POST',
    headers: { 'X-API-KEY': BLOOMERANG_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      Type: 'Individual',
      FirstName: form.first_name,
      LastName: form.last_name,
      PrimaryEmail: { Type: 'Home', Value: form.email },
      CustomValues: [{ FieldId: 4711, Value: { Value: 'Friends of the Gallery' } }],
    }),
  });
  return { statusCode: res.ok ? 200 : 502, body: res.ok ? 'ok' : await res.text() };
};
""", key=key), key, "Bloomerang REST API v2: X-API-KEY header")

key = hexs(32)
add("python", "neon-crm-key", "crm/neon_memberships.py", fill(r"""from requests import Session

NEON_ORG_ID = "exampleartscenter"
NEON_API_KEY = "«key»"

s = Session()
s.auth = (NEON_ORG_ID, NEON_API_KEY)
s.headers["NEON-API-VERSION"] = "2.8"


def expiring(month: str) -> list:
    body = {
        "searchFields": [{"field": "Membership Expiration Date", "operator": "BETWEEN",
                          "value": f"{month}-01", "valueTo": f"{month}-31"}],
        "outputFields": ["Account ID", "First Name", "Last Name", "Email 1", "Membership Level"],
        "pagination": {"currentPage": 0, "pageSize": 200},
    }
    r = s.post("https://api.neoncrm.com/v2/accounts/search", json=body, timeout=30)
    r.raise_for_status()
    return r.json()["searchResults"]


if __name__ == "__main__":
    for row in expiring("2024-09"):
        print(row["Account ID"], row["Email 1"], row["Membership Level"])
""", key=key), key, "Neon CRM API v2: HTTP Basic with org id and API key")

pw = human_pw("!#*")
add("odbc-dsn", "mssql-password", "Reports/DSN/RE7_Reporting.dsn", fill(r"""[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
UID=re7_report
PWD=«pw»
DATABASE=RE7
WSID=DEVOFFICE-PC14
APP=Microsoft Office
Encrypt=Yes
TrustServerCertificate=Yes
SERVER=DEV-RESQL01\RE7
""", pw=pw), pw, "ODBC File DSN (.dsn) for Raiser's Edge reporting; UID/PWD keywords")

key = mixed(40)
add("powershell", "wealth-screening-key", "prospect-research/Invoke-WealthScreen.ps1", fill(r"""# Sends this quarter's new major-gift prospects to the screening vendor.
$ErrorActionPreference = "Stop"
$ApiKey  = "«key»"
$BaseUrl = "https://api.prospect-screening.example.net/v3"
$InFile  = "C:\ProspectResearch\queue\prospects_Q3.csv"

$rows = Import-Csv $InFile
$batch = @{
    name      = "FY25 Q3 prospects"
    prospects = @($rows | ForEach-Object {
        @{ first = $_.First; last = $_.Last; street = $_.Street; zip = $_.Zip; ref = $_.ConstituentId }
    })
} | ConvertTo-Json -Depth 5

$resp = Invoke-RestMethod -Uri "$BaseUrl/screenings" -Method Post -Body $batch `
    -ContentType "application/json" -Headers @{ "X-Api-Key" = $ApiKey }
Write-Output "Screening $($resp.id) queued with $($rows.Count) prospects"
""", key=key), key, "generic vendor REST API key in an X-Api-Key header")


# == secrets: collection management ============================================================

pw = human_pw("!#*%")
add("php", "mysql-password", "providence/setup.php", fill(r"""<?php
# CollectiveAccess Providence setup for the Decorative Arts collection
if (!defined("__CA_BASE_DIR__")) {
	define("__CA_BASE_DIR__", "/var/www/providence");
}
define("__CA_URL_ROOT__", "");
define("__CA_SITE_HOSTNAME__", "collections.example-decarts.org");
define("__CA_SITE_PROTOCOL__", "https");

define("__CA_DB_HOST__", "ca-db.internal");
define("__CA_DB_USER__", "ca_providence");
define("__CA_DB_PASSWORD__", "«pw»");
define("__CA_DB_DATABASE__", "ca_decarts");

define("__CA_APP_DISPLAY_NAME__", "Decorative Arts Collection");
define("__CA_ADMIN_EMAIL__", "registrar@example-decarts.org");
date_default_timezone_set("America/Chicago");
define("__CA_DEFAULT_LOCALE__", "en_US");
define("__CA_CACHE_BACKEND__", "file");
define("__CA_CACHE_FILEPATH__", __CA_BASE_DIR__."/app/tmp");
require(__DIR__."/app/helpers/post-setup.php");
""", pw=pw), pw, "CollectiveAccess Providence setup.php (__CA_DB_PASSWORD__)")

pw = human_pw("!*%")
add("xml", "tms-connection-string", "eMuseum/Web.config.transform/Web.Release.config", fill(r"""<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="TMSConnection"
         connectionString="Server=TMS-SQL\TMS2016;Database=TMS;User Id=emuseum_ro;Password=«pw»;MultipleActiveResultSets=true"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="eMuseum.PublicAccessFlag" value="PublicAccess" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="eMuseum.MediaRoot" value="\\dam-fs01\Published" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", pw=pw), pw, "Web.config transformation; SQL Server connection string for TMS")

pw = human_pw("!#%")
add("perl", "emu-imu-password", "emu/scripts/export_loans.pl", fill(r"""#!/usr/bin/perl
# Exports outgoing loans from Axiell EMu via the IMu API for the registrars' weekly report.
use strict;
use warnings;
use IMu;
use IMu::Session;
use IMu::Module;

my $session = IMu::Session->new('emu-app01.nhm.local', 40000);
$session->login('imu_report', '«pw»');

my $loans = IMu::Module->new('enarloans', $session);
my $terms = IMu::Terms->new();
$terms->add('LoaStatus', 'Outgoing - Active');
my $hits = $loans->findTerms($terms);

my $result = $loans->fetch('start', 0, $hits, [qw(irn LoaLoanNumber LoaBorrowerLocal_tab LoaDateDue)]);
foreach my $row (@{$result->{rows}}) {
    printf "%s\t%s\t%s\n", $row->{LoaLoanNumber}, $row->{LoaDateDue} // '', join('; ', @{$row->{LoaBorrowerLocal_tab} || []});
}
$session->logout();
""", pw=pw), pw, "Axiell EMu IMu API for Perl (IMu::Session login)")

pw = url_pw()
add("shell-history", "oracle-password", "home/collections/.bash_history", fill(r"""cd /u01/app/mimsy/exports
ls -lt | head
export ORACLE_SID=MIMSY
sqlplus -s mimsy_report/«pw»@//mimsy-db.artmuseum.local:1521/MIMSYPDB @objects_by_location.sql
head -20 objects_by_location.csv
wc -l objects_by_location.csv
scp objects_by_location.csv registrar@files.artmuseum.local:/shared/inventory/2024/
history | grep sqlplus
exit
""", pw=pw), pw, "SQL*Plus connect string user/password@//host:port/service")

pw = human_pw("#%*")
add("java", "oracle-password", "src/main/java/org/example/collections/MimsyRepository.java", fill(r"""package org.example.collections;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

public class MimsyRepository {
    private static final String URL = "jdbc:oracle:thin:@//mimsy-db.artmuseum.local:1521/MIMSYPDB";
    private static final String USER = "web_api";
    private static final String PASSWORD = "«pw»";

    public List<String> accessionsByMaker(String maker) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
             PreparedStatement ps = c.prepareStatement(
                 "SELECT id_number FROM catalogue WHERE UPPER(maker) LIKE UPPER(?) AND public_access = 'Y'")) {
            ps.setString(1, "%" + maker + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
""", pw=pw), pw, "Oracle JDBC thin driver DriverManager.getConnection(url, user, password)")

pw = gen_pw(22, "-_.")
add("env", "postgres-password", "collectionspace/docker/.env", fill(r"""# CollectionSpace 8.0 - natural history profile
CSPACE_SERVER_URL=https://cspace.example-nhm.org
CSPACE_JEE_PORT=8180
DB_HOST=cspace-postgres
DB_PORT=5432
DB_CSADMIN_USER=csadmin
DB_CSADMIN_PASSWORD=«pw»
DB_NUXEO_USER=nuxeo_default
DB_READER_USER=reader_default
CSPACE_TENANTS=nhm
JAVA_OPTS=-Xmx4g -XX:+UseG1GC
""", pw=pw), pw, "CollectionSpace installation: database user environment variables")

pw = human_pw("!*%")
add("ini", "mysql-password", "omeka-s/config/database.ini", fill(r"""; Omeka S database connection - online exhibitions site
user     = "omeka_s"
password = "«pw»"
dbname   = "omeka_exhibits"
host     = "exhibits-db.internal"
;port    =
;unix_socket =
;log_path =
""", pw=pw), pw, "Omeka S config/database.ini")

key = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "arches_project/settings_local.py", fill(r"""# Local settings for the heritage sites Arches instance (production server)
from .settings import *  # noqa

SECRET_KEY = "«key»"
DEBUG = False
ALLOWED_HOSTS = ["heritage.example-trust.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": "arches_heritage",
        "USER": "arches",
        "PASSWORD": os.environ.get("ARCHES_DB_PASSWORD", ""),
        "HOST": "postgis.internal",
        "PORT": "5432",
    }
}
ELASTICSEARCH_HOSTS = [{"scheme": "http", "host": "es.internal", "port": 9200}]
CELERY_BROKER_URL = "amqp://arches@rabbit.internal//"
""", key=key), key, "Django settings: SECRET_KEY (get_random_secret_key)")

tok = "pat" + mixed(14) + "." + hexs(64)
add("python", "airtable-pat", "inventory/airtable_condition_reports.py", fill(r"""import csv
import sys

from pyairtable import Api

api = Api("«tok»")
table = api.table("appX3kP9mQ2rT7vLw", "Condition reports")


def load(path: str) -> int:
    n = 0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            table.create({
                "Accession no.": row["accession"],
                "Checked by": row["conservator"],
                "Condition": row["condition"],
                "Notes": row.get("notes", ""),
            })
            n += 1
    return n


if __name__ == "__main__":
    print(load(sys.argv[1]), "condition reports uploaded")
""", tok=tok), tok, "Airtable personal access tokens (pat...)")

tok = "secret_" + mixed(43)
add("javascript", "notion-token", "exhibitions/scripts/notion-schedule.mjs", fill(r"""// Builds the installation schedule page from the Exhibitions database in Notion.
import { Client } from '@notionhq/client';

const notion = new Client({ auth: '«tok»' });
const DATABASE_ID = '8e2f4a1c9b7d4e3f8a6b5c4d3e2f1a0b';

const { results } = await notion.databases.query({
  database_id: DATABASE_ID,
  filter: { property: 'Status', status: { equals: 'Install' } },
  sorts: [{ property: 'Install start', direction: 'ascending' }],
});

for (const page of results) {
  const title = page.properties.Name.title.map((t) => t.plain_text).join('');
  const start = page.properties['Install start'].date?.start ?? 'TBC';
  const gallery = page.properties.Gallery.select?.name ?? '-';
  console.log(`${start}  ${gallery.padEnd(12)}  ${title}`);
}
""", tok=tok), tok, "Notion API: internal integration token")

key = uuid_s()
add("r", "harvard-art-museums-key", "research/provenance_dates.R", fill(r"""# Provenance research: acquisition years of comparable objects at Harvard Art Museums
library(httr)
library(jsonlite)

ham_key <- "«key»"

fetch_page <- function(page) {
  res <- GET("https://api.harvardartmuseums.org/object",
             query = list(apikey = ham_key, classification = "Prints", century = "17th century",
                          size = 100, page = page, fields = "objectnumber,accessionyear,provenance"))
  stop_for_status(res)
  fromJSON(content(res, "text", encoding = "UTF-8"))$records
}

records <- do.call(rbind, lapply(1:5, fetch_page))
hist(records$accessionyear, breaks = 30, main = "Accession years, 17th c. prints")
write.csv(records, "data/ham_prints_17c.csv", row.names = FALSE)
""", key=key), key, "Harvard Art Museums API: apikey parameter")

key = mixed(40)
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Smithsonian Open Access: textile comparanda\n",
                                                             "Pulls CC0 records for the autumn exhibition research."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import requests\n", "import pandas as pd\n", "\n",
                    f"API_KEY = \"{key}\"\n", "BASE = \"https://api.si.edu/openaccess/api/v1.0/search\""]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["r = requests.get(BASE, params={\"q\": \"ikat AND online_media_type:Images\", \"rows\": 100, \"api_key\": API_KEY})\n",
                    "rows = r.json()[\"response\"][\"rows\"]\n",
                    "df = pd.DataFrame([{\"id\": x[\"id\"], \"title\": x[\"title\"]} for x in rows])\n",
                    "df.head()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("notebook", "api-data-gov-key", "research/notebooks/si_textiles.ipynb", json.dumps(nb, indent=1) + "\n", key,
    "Smithsonian Open Access API via api.data.gov (api_key parameter)")

tok = hexs(32)
add("python", "sketchfab-token", "digitisation/blender/upload_to_sketchfab.py", fill(r"""# Run inside Blender: exports the active scan as glTF and uploads it to the museum's Sketchfab.
import os
import tempfile

import bpy
import requests

SKETCHFAB_TOKEN = "«tok»"
MODEL_ENDPOINT = "https://api.sketchfab.com/v3/models"

obj = bpy.context.active_object
tmp = os.path.join(tempfile.gettempdir(), f"{obj.name}.glb")
bpy.ops.export_scene.gltf(filepath=tmp, use_selection=True, export_format="GLB")

with open(tmp, "rb") as fh:
    resp = requests.post(
        MODEL_ENDPOINT,
        headers={"Authorization": f"Token {SKETCHFAB_TOKEN}"},
        data={"name": obj.name, "license": "cc0", "isPublished": False, "tags": ["photogrammetry", "collection"]},
        files={"modelFile": (os.path.basename(tmp), fh)},
        timeout=600,
    )
resp.raise_for_status()
print("uploaded:", resp.headers.get("Location"))
""", tok=tok), tok, "Sketchfab Data API v3: Authorization: Token <api token>")

sa_key = pem("PRIVATE KEY", 10, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")
escaped = sa_key.replace("\n", "\\n")
sa = {
    "type": "service_account",
    "project_id": "collections-vision-tagging",
    "private_key_id": hexs(40),
    "private_key": sa_key + "\n",
    "client_email": "vision-tagger@collections-vision-tagging.iam.gserviceaccount.com",
    "client_id": str(_rng().randint(10**20, 10**21)),
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vision-tagger%40collections-vision-tagging.iam.gserviceaccount.com",
    "universe_domain": "googleapis.com",
}
add("json", "gcp-service-account-key", "tagging/credentials/vision-tagger.json", json.dumps(sa, indent=2) + "\n", escaped,
    "Google Cloud service account key file (JSON, private_key)")

key = hexs(32)
add("csharp", "azure-vision-key", "src/Collections.AltText/AltTextGenerator.cs", fill(r"""using System;
using System.Threading.Tasks;
using Azure;
using Azure.AI.Vision.ImageAnalysis;

namespace Collections.AltText
{
    // Drafts alt text for collection images; a curator reviews every caption before publication.
    public static class AltTextGenerator
    {
        private static readonly ImageAnalysisClient Client = new ImageAnalysisClient(
            new Uri("https://collections-vision.cognitiveservices.azure.com/"),
            new AzureKeyCredential("«key»"));

        public static async Task<string> DraftAsync(Uri imageUrl)
        {
            ImageAnalysisResult result = await Client.AnalyzeAsync(
                imageUrl, VisualFeatures.Caption, new ImageAnalysisOptions { GenderNeutralCaption = true });
            return result.Caption.Text;
        }
    }
}
""", key=key), key, "Azure AI Vision: resource key with AzureKeyCredential")

key = fakes.openai_key(_seed())
add("python", "openai-key", "labels/draft_wall_texts.py", fill(r"""import csv
from openai import OpenAI

client = OpenAI(api_key="«key»")

PROMPT = (
    "You draft wall labels for an art museum. Write 60 words for a general audience, "
    "plain language, no superlatives. Object: {title}, {maker}, {date}, {medium}."
)

with open("label_queue.csv", newline="") as src, open("label_drafts.csv", "w", newline="") as dst:
    out = csv.writer(dst)
    out.writerow(["accession", "draft"])
    for row in csv.DictReader(src):
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PROMPT.format(**row)}],
            temperature=0.4,
        )
        out.writerow([row["accession"], resp.choices[0].message.content.strip()])
""", key=key), key, "OpenAI API keys (sk-proj-...)")

key = uuid_s() + ":fx"
add("typescript", "deepl-key", "src/i18n/translateLabels.ts", fill(r"""import * as deepl from 'deepl-node';
import { readFile, writeFile } from 'node:fs/promises';

const translator = new deepl.Translator('«key»');
const TARGETS: deepl.TargetLanguageCode[] = ['de', 'fr', 'es', 'ja', 'zh'];

async function main(): Promise<void> {
  const labels: Record<string, string> = JSON.parse(await readFile('labels/en.json', 'utf8'));
  const glossaryId = 'b3c1e7f2-museum-terms';
  for (const lang of TARGETS) {
    const out: Record<string, string> = {};
    for (const [id, text] of Object.entries(labels)) {
      const res = await translator.translateText(text, 'en', lang, { formality: 'prefer_more', glossary: glossaryId });
      out[id] = res.text;
    }
    await writeFile(`labels/${lang}.json`, JSON.stringify(out, null, 2));
    console.log(`translated ${Object.keys(out).length} labels to ${lang}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
""", key=key), key, "DeepL API: authentication key (Free keys end in :fx)")

key = "sk-ant-api03-" + chars(93, B64URL) + "AA"
add("env", "anthropic-key", "audio-guide/scriptwriter/.env", fill(r"""# Drafting audio guide scripts from curatorial notes (drafts are always edited by the interpretation team)
ANTHROPIC_API_KEY=«key»
MODEL=claude-3-5-sonnet-latest
NOTES_DIR=./curatorial_notes
OUT_DIR=./drafts
MAX_WORDS_PER_STOP=180
""", key=key), key, "Anthropic API keys (sk-ant-api03-...)")


# == secrets: digital-asset management =========================================================

pw = human_pw("!#*%")
add("php", "mysql-password", "resourcespace/include/config.php", fill(r"""<?php
###############################
## ResourceSpace
## Local Configuration Script
###############################

# MySQL database settings
$mysql_server = 'dam-db.internal';
$mysql_server_port = 3306;
$mysql_username = 'resourcespace_rw';
$mysql_password = '«pw»';
$mysql_db = 'resourcespace';

# Base URL of the installation
$baseurl = 'https://dam.example-portrait-gallery.org';

# Email settings
$email_from = 'dam@example-portrait-gallery.org';
$email_notify = 'digital-assets@example-portrait-gallery.org';

$storagedir = '/mnt/dam-filestore';
$imagemagick_path = '/usr/bin';
$ghostscript_path = '/usr/bin';
$ffmpeg_path = '/usr/bin';
$exiftool_path = '/usr/bin';

$applicationname = 'Portrait Gallery DAM';
$homeanim_folder = 'filestore/system/slideshow';
""", pw=pw), pw, "ResourceSpace include/config.php ($mysql_password)")

key = hexs(64)
add("python", "resourcespace-api-key", "dam_tools/rs_upload.py", fill(r"""import hashlib
import sys
import urllib.parse

import requests

RS_URL = "https://dam.example-portrait-gallery.org/api/"
RS_USER = "photo_studio"
RS_PRIVATE_KEY = "«key»"


def call(function: str, **params) -> dict:
    query = urllib.parse.urlencode({"user": RS_USER, "function": function, **params})
    sign = hashlib.sha256((RS_PRIVATE_KEY + query).encode()).hexdigest()
    r = requests.get(f"{RS_URL}?{query}&sign={sign}", timeout=120)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    path = sys.argv[1]
    ref = call("create_resource", resource_type=1, archive=-1)
    call("upload_file", ref=ref, no_exif=0, revert=0, file_path=path)
    print("created resource", ref)
""", key=key), key, "ResourceSpace API: user private key, sha256(key + query) signature")

tok = hexs(64)
add("javascript", "bynder-token", "web/scripts/bynder-sync.js", fill(r"""// Copies approved campaign images from Bynder into the website's media library.
const { Bynder } = require('@bynder/bynder-js-sdk');
const { saveToMediaLibrary } = require('./media-library');

const bynder = new Bynder({
  baseURL: 'https://brand.example-theatre.com/api/',
  permanentToken: '«tok»',
});

async function run() {
  const assets = await bynder.getMediaList({
    type: 'image',
    tags: 'season-2025,approved',
    limit: 100,
  });
  for (const asset of assets) {
    const url = await bynder.getMediaDownloadUrl({ id: asset.id });
    await saveToMediaLibrary(asset.name, url.s3_file, { credit: asset.property_Photographer });
  }
  console.log(`synced ${assets.length} assets`);
}

run().catch((e) => { console.error(e); process.exit(1); });
""", tok=tok), tok, "Bynder JavaScript SDK: permanent token")

sec = mixed(40)
add("yaml", "canto-client-secret", "config/canto.yml", fill(r"""# Canto DAM connector used by the press office image library
canto:
  tenant: examplephil.canto.com
  oauth:
    token_url: https://oauth.canto.com/oauth/api/oauth2/token
    app_id: 8f6c2d7e1b3a4e59a0c8
    app_secret: «sec»
    grant_type: client_credentials
  albums:
    press: AB12C
    concerts_2024: QW34E
  download:
    max_edge_px: 3000
    watermark: false
""", sec=sec), sec, "Canto API: OAuth app id and app secret")

sec = chars(27, B64URL)
add("env", "cloudinary-url", "web/.env.local", fill(r"""NEXT_PUBLIC_SITE_URL=https://www.example-sculpturepark.org
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=sculpturepark
CLOUDINARY_URL=cloudinary://«k»:«sec»@sculpturepark
CLOUDINARY_UPLOAD_FOLDER=artworks/2024
CMS_PREVIEW=false
REVALIDATE_SECONDS=300
""", k=str(_rng().randint(10**14, 10**15)), sec=sec), sec, "Cloudinary CLOUDINARY_URL (cloudinary://api_key:api_secret@cloud_name)")

key = fakes.aws_secret_key(_seed())
add("ini", "aws-secret-key", "dam-ingest/.aws/credentials", fill(r"""[default]
region = eu-west-2

[dam-ingest]
aws_access_key_id = «kid»
aws_secret_access_key = «key»
region = eu-west-2

[glacier-archive]
role_arn = arn:aws:iam::418273645091:role/dam-glacier-writer
source_profile = dam-ingest
""", kid=fakes.aws_key_id(_seed()), key=key), key, "AWS CLI shared credentials file")

key = fakes.aws_secret_key(_seed())
add("terraform", "aws-secret-key", "infra/dam/main.tf", fill(r"""terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "«kid»"
  secret_key = "«key»"
}

resource "aws_s3_bucket" "masters" {
  bucket = "example-museum-dam-masters"
}

resource "aws_s3_bucket_lifecycle_configuration" "masters" {
  bucket = aws_s3_bucket.masters.id
  rule {
    id     = "tiff-to-deep-archive"
    status = "Enabled"
    filter {
      prefix = "tiff/"
    }
    transition {
      days          = 30
      storage_class = "DEEP_ARCHIVE"
    }
  }
}
""", kid=fakes.aws_key_id(_seed()), key=key), key, "Terraform AWS provider: static credentials")

key = azure_storage_key()
add("json", "azure-storage-key", "src/Dam.Functions/local.settings.json", fill(r"""{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "DamStorage": "DefaultEndpointsProtocol=https;AccountName=exmuseumdam;AccountKey=«key»;EndpointSuffix=core.windows.net",
    "DerivativesContainer": "derivatives",
    "IiifBaseUrl": "https://iiif.example-museum.org/iiif/3"
  }
}
""", key=key), key, "Azure Storage connection string (AccountKey)")

key = "K005" + chars(27, B64)
add("ini", "backblaze-b2-key", "backup/rclone.conf", fill(r"""[b2-archive]
type = b2
account = 005a1f3c8e9d2b70000000004
key = «key»
hard_delete = false

[nas]
type = local

[crypt-masters]
type = crypt
remote = b2-archive:orchestra-archive/masters
filename_encryption = standard
""", key=key), key, "rclone Backblaze B2 remote (account / key)")

key = chars(40, ALNUM + "+/")
add("ini", "wasabi-secret-key", "photo-studio/.s3cfg", fill(r"""[default]
access_key = «kid»
secret_key = «key»
host_base = s3.eu-central-1.wasabisys.com
host_bucket = %(bucket)s.s3.eu-central-1.wasabisys.com
bucket_location = eu-central-1
use_https = True
signature_v2 = False
multipart_chunk_size_mb = 64
""", kid=chars(20, UPPER_ALNUM), key=key), key, "s3cmd .s3cfg for Wasabi (access_key / secret_key)")

tok = "sl." + chars(138, B64URL)
add("python", "dropbox-token", "photo_intake/dropbox_pull.py", fill(r"""# Pulls freelance photographers' deliveries from the shared Dropbox folder into the DAM hot folder.
import pathlib

import dropbox

DBX_TOKEN = "«tok»"
SOURCE = "/Photography Deliveries/2024"
HOT_FOLDER = pathlib.Path("/mnt/dam-hotfolder/incoming")

dbx = dropbox.Dropbox(DBX_TOKEN)
for entry in dbx.files_list_folder(SOURCE, recursive=True).entries:
    if isinstance(entry, dropbox.files.FileMetadata) and entry.name.lower().endswith((".tif", ".cr3", ".dng")):
        target = HOT_FOLDER / entry.name
        if not target.exists():
            dbx.files_download_to_file(str(target), entry.path_lower)
            print("fetched", entry.path_display)
""", tok=tok), tok, "Dropbox API: short-lived access token (sl.)")

key = fakes.aws_secret_key(_seed())
add("properties", "aws-secret-key", "cantaloupe/cantaloupe.properties", fill(r"""# Cantaloupe IIIF image server
http.enabled = true
http.port = 8182
endpoint.iiif.2.enabled = true
endpoint.iiif.3.enabled = true
endpoint.admin.enabled = false

source.static = S3Source
S3Source.endpoint = https://s3.eu-west-1.amazonaws.com
S3Source.region = eu-west-1
S3Source.access_key_id = «kid»
S3Source.secret_access_key = «key»
S3Source.BasicLookupStrategy.bucket.name = example-museum-iiif-masters
S3Source.BasicLookupStrategy.path_suffix = .tif

processor.selection_strategy = ManualSelectionStrategy
processor.ManualSelectionStrategy.tif = TurboJpegProcessor
cache.server.derivative.enabled = true
cache.server.derivative = FilesystemCache
FilesystemCache.pathname = /var/cache/cantaloupe
""", kid=fakes.aws_key_id(_seed()), key=key), key, "Cantaloupe image server configuration: S3Source credentials")

pw = human_pw("!#%")
add("ini", "smb-password", "ansible/roles/dam_nas/files/creds-damstore", fill(r"""# credentials file for the DAM NAS share, mounted by /etc/fstab:
# //nas02.museum.local/damstore /mnt/damstore cifs credentials=/etc/samba/creds-damstore,uid=rs,gid=www-data,vers=3.0 0 0
username=svc_resourcespace
password=«pw»
domain=MUSEUM
""", pw=pw), pw, "mount.cifs credentials file (username/password/domain)")

pw = human_pw("!*%")
add("shell", "sftp-password", "scripts/pull_studio_captures.sh", fill(r"""#!/bin/sh
# Mirrors the day's captures from the imaging studio's Phase One workstation to the DAM ingest share.
set -e
DAY=$(date +%Y-%m-%d)
lftp -u imaging,'«pw»' sftp://capture01.imaging.museum.local <<EOF
set sftp:auto-confirm yes
set net:max-retries 3
mirror --only-newer --parallel=4 /Captures/$DAY /mnt/dam-ingest/studio/$DAY
bye
EOF
find /mnt/dam-ingest/studio/$DAY -type f -name '*.IIQ' | wc -l
""", pw=pw), pw, "lftp -u user,password sftp:// (lftp manual)")

key = openssh_key()
add("pem", "ssh-private-key", "deploy/keys/digitisation_rsync_ed25519", key + "\n", key,
    "OpenSSH private key file format (openssh-key-v1)")

pw = gen_pw(24)
add("compose", "minio-root-password", "iiif-stack/docker-compose.yml", fill(r"""services:
  minio:
    image: quay.io/minio/minio:RELEASE.2024-05-10T01-41-38Z
    command: server /data --console-address ":9001"
    environment:
      MINIO_ROOT_USER: damadmin
      MINIO_ROOT_PASSWORD: «pw»
    volumes:
      - /srv/minio:/data
    ports:
      - "9000:9000"
      - "9001:9001"
  iiif:
    image: uclalibrary/cantaloupe:5.0.6-0
    environment:
      CANTALOUPE_SOURCE_STATIC: S3Source
      CANTALOUPE_S3SOURCE_ENDPOINT: http://minio:9000
    depends_on:
      - minio
    ports:
      - "8182:8182"
""", pw=pw), pw, "MinIO container: MINIO_ROOT_USER / MINIO_ROOT_PASSWORD")

tok = mixed(32)
add("shell", "box-developer-token", "scripts/box_export_conservation.sh", fill(r"""#!/usr/bin/env bash
# One-off: export the conservation department's Box folder listing before the migration to SharePoint.
BOX_TOKEN="«tok»"
FOLDER_ID=187294650112
OFFSET=0
while [ "$OFFSET" -lt 5000 ]; do
  curl -s "https://api.box.com/2.0/folders/$FOLDER_ID/items?limit=1000&offset=$OFFSET&fields=name,size,modified_at" \
    -H "Authorization: Bearer $BOX_TOKEN" > "page_$OFFSET.json"
  COUNT=$(jq '.entries | length' "page_$OFFSET.json")
  [ "$COUNT" -lt 1000 ] && break
  OFFSET=$((OFFSET + 1000))
done
jq -s '[.[].entries[]]' page_*.json > conservation_listing.json
""", tok=tok), tok, "Box API: developer token as Bearer")


# == secrets: audio guides, visitor apps and kiosks ===========================================

key = mixed(40, ALNUM + "_-")
add("swift", "audio-guide-api-key", "AudioGuide/Sources/Networking/GuideAPI.swift", fill(r"""import Foundation

enum GuideAPI {
    static let baseURL = URL(string: "https://guide-api.example-artmuseum.org/v2")!
    static let apiKey = "«key»"

    static func stops(for tourID: String) async throws -> [TourStop] {
        var request = URLRequest(url: baseURL.appendingPathComponent("tours/\(tourID)/stops"))
        request.setValue(apiKey, forHTTPHeaderField: "X-Guide-Api-Key")
        request.setValue(Locale.current.language.languageCode?.identifier ?? "en", forHTTPHeaderField: "Accept-Language")
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode([TourStop].self, from: data)
    }
}

struct TourStop: Decodable, Identifiable {
    let id: String
    let number: Int
    let title: String
    let audioURL: URL
    let transcript: String
}
""", key=key), key, "visitor app backend API key sent in a request header (URLRequest)")

key = "sk_" + hexs(48)
add("kotlin", "elevenlabs-key", "app/src/main/java/org/example/audioguide/tts/Narrator.kt", fill(r"""package org.example.audioguide.tts

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

object Narrator {
    private const val ELEVENLABS_KEY = "«key»"
    private const val VOICE_ID = "EXAVITQu4vr4xnSDxMaL"
    private val client = OkHttpClient()

    fun synthesize(text: String): ByteArray {
        val body = JSONObject()
            .put("text", text)
            .put("model_id", "eleven_multilingual_v2")
            .toString()
            .toRequestBody("application/json".toMediaType())
        val request = Request.Builder()
            .url("https://api.elevenlabs.io/v1/text-to-speech/$VOICE_ID")
            .addHeader("xi-api-key", ELEVENLABS_KEY)
            .addHeader("Accept", "audio/mpeg")
            .post(body)
            .build()
        client.newCall(request).execute().use { resp ->
            check(resp.isSuccessful) { "TTS failed: ${resp.code}" }
            return resp.body!!.bytes()
        }
    }
}
""", key=key), key, "ElevenLabs API: xi-api-key header")

tok = "CFPAT-" + chars(43, B64URL)
add("dart", "contentful-management-token", "tool/publish_tour.dart", fill(r"""// Publishes every draft stop of a tour in Contentful once the interpretation team signs it off.
import 'dart:convert';
import 'package:http/http.dart' as http;

const spaceId = 'q8w3e5r7t9y1';
const environment = 'master';
const managementToken = '«tok»';

Future<void> main(List<String> args) async {
  final tourId = args.first;
  final headers = {
    'Authorization': 'Bearer $managementToken',
    'Content-Type': 'application/vnd.contentful.management.v1+json',
  };
  final base = 'https://api.contentful.com/spaces/$spaceId/environments/$environment';
  final res = await http.get(Uri.parse('$base/entries?content_type=tourStop&fields.tour.sys.id=$tourId'), headers: headers);
  final items = (jsonDecode(res.body)['items'] as List).cast<Map<String, dynamic>>();
  for (final entry in items) {
    final id = entry['sys']['id'];
    final version = entry['sys']['version'];
    await http.put(Uri.parse('$base/entries/$id/published'),
        headers: {...headers, 'X-Contentful-Version': '$version'});
    print('published $id');
  }
}
""", tok=tok), tok, "Contentful Content Management API: personal access tokens (CFPAT-)")

tok = hexs(32)
add("env", "estimote-app-token", "visitor-app/.env", fill(r"""# React Native visitor app - proximity triggers for the audio guide
API_BASE_URL=https://guide-api.example-artmuseum.org/v2
ESTIMOTE_APP_ID=gallery-audio-guide-k2x
ESTIMOTE_APP_TOKEN=«tok»
PROXIMITY_RANGE_METERS=2.5
ANALYTICS_ENABLED=true
""", tok=tok), tok, "Estimote Proximity SDK: app ID and app token")

key = "AAAA" + chars(7, B64URL) + ":APA91b" + chars(134, B64URL)
add("javascript", "fcm-server-key", "push/sendTourReminder.js", fill(r"""// Legacy FCM send: reminds visitors with a booked timed-entry slot 30 minutes before it.
const axios = require('axios');

const FCM_SERVER_KEY = '«key»';

async function remind(deviceToken, slot) {
  const res = await axios.post(
    'https://fcm.googleapis.com/fcm/send',
    {
      to: deviceToken,
      notification: {
        title: 'Your visit starts soon',
        body: `Your ${slot.exhibition} entry slot is at ${slot.time}. Show your ticket at the North entrance.`,
      },
      data: { screen: 'ticket', orderId: slot.orderId },
    },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' } },
  );
  return res.data.success === 1;
}

module.exports = { remind };
""", key=key), key, "Firebase Cloud Messaging legacy HTTP API: server key (Authorization: key=)")

key = b64(uuid_s())
add("php", "onesignal-rest-key", "wp-content/themes/opera/inc/push.php", fill(r"""<?php
// Sends a push to app users who saved a performance when its cast changes.
const OPERA_ONESIGNAL_APP_ID = '5eb5a37e-b458-11e3-ac11-000c2940e62c';
const OPERA_ONESIGNAL_REST_KEY = '«key»';

function opera_push_cast_change( $performance_id, $message ) {
	$body = array(
		'app_id'            => OPERA_ONESIGNAL_APP_ID,
		'filters'           => array( array( 'field' => 'tag', 'key' => 'saved_' . $performance_id, 'relation' => 'exists' ) ),
		'headings'          => array( 'en' => 'Cast change' ),
		'contents'          => array( 'en' => $message ),
	);
	return wp_remote_post( 'https://onesignal.com/api/v1/notifications', array(
		'headers' => array(
			'Authorization' => 'Basic ' . OPERA_ONESIGNAL_REST_KEY,
			'Content-Type'  => 'application/json; charset=utf-8',
		),
		'body'    => wp_json_encode( $body ),
		'timeout' => 15,
	) );
}
""", key=key), key, "OneSignal REST API key (Authorization: Basic <REST API key>)")

tok = mapbox_token("sk", "examplemuseum")
add("properties", "mapbox-secret-token", "android/gradle.properties", fill(r"""org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official
# Mapbox Maps SDK downloads (indoor wayfinding in the galleries)
MAPBOX_DOWNLOADS_TOKEN=«tok»
""", tok=tok), tok, "Mapbox Maps SDK for Android install: secret downloads token (sk.) in gradle.properties")

pw = human_pw("!#*")
add("registry", "windows-autologon-password", "kiosk/provision/autologon.reg", fill(r"""Windows Registry Editor Version 5.00

; Gallery interactive kiosks: log on as the kiosk user and start the shell app
[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="galleryKiosk"
"DefaultDomainName"="KIOSK-G12"
"DefaultPassword"="«pw»"
"ForceAutoLogon"="1"
"Shell"="C:\\Kiosk\\InteractiveTable\\InteractiveTable.exe"
""", pw=pw), pw, "Windows Winlogon AutoAdminLogon / DefaultPassword registry values")

pw = phrase()
add("conf", "wifi-psk", "kiosk/rpi/wpa_supplicant.conf", fill(r"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
    ssid="MUSEUM-EXHIBITS"
    psk="«pw»"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="MUSEUM-GUEST"
    key_mgmt=NONE
    priority=1
}
""", pw=pw), pw, "wpa_supplicant.conf network block (psk)")

pw = url_pw()
add("javascript", "basic-auth-url", "kiosk-electron/main.js", fill(r"""const { app, BrowserWindow, globalShortcut } = require('electron');

// Content for the "Sounds of the Orchestra" interactive comes from the staging CMS behind basic auth.
const CONTENT_URL = 'https://kiosk:«pw»@cms-staging.example-symphonyhall.org/interactives/orchestra/';

function createWindow() {
  const win = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    autoHideMenuBar: true,
    webPreferences: { contextIsolation: true, sandbox: true },
  });
  win.loadURL(CONTENT_URL);
  win.webContents.on('render-process-gone', () => win.reload());
}

app.whenReady().then(() => {
  globalShortcut.register('CommandOrControl+Shift+Q', () => app.quit());
  createWindow();
});

app.on('window-all-closed', () => app.quit());
""", pw=pw), pw, "RFC 3986 userinfo in URLs (user:password@host)")

pw = human_pw("!#%*")
add("ansible", "become-password", "ansible/inventories/kiosks/group_vars/all.yml", fill(r"""---
# Gallery kiosks (Ubuntu 22.04, Chromium in kiosk mode)
ansible_user: kioskadmin
ansible_become: true
ansible_become_password: "«pw»"
ansible_python_interpreter: /usr/bin/python3

kiosk_start_url: "https://interactives.example-sciencemuseum.org/?kiosk={{ inventory_hostname }}"
kiosk_idle_reset_seconds: 120
kiosk_volume_percent: 45
kiosk_reboot_time: "05:30"
unattended_upgrades_enabled: true
""", pw=pw), pw, "Ansible connection variables: ansible_become_password")

pw = human_pw("!#*%")
add("powershell", "local-admin-password", "intune/scripts/New-KioskLocalAdmin.ps1", fill(r"""# Intune platform script: local admin on audio-guide charging station PCs
$Name = "museumadmin"
$Password = ConvertTo-SecureString "«pw»" -AsPlainText -Force

if (-not (Get-LocalUser -Name $Name -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $Name -Password $Password -FullName "Museum IT" `
        -Description "Break-glass admin for guide charging stations" -PasswordNeverExpires
    Add-LocalGroupMember -Group "Administrators" -Member $Name
} else {
    Set-LocalUser -Name $Name -Password $Password
}
Write-Output "local admin ensured"
""", pw=pw), pw, "PowerShell New-LocalUser with ConvertTo-SecureString -AsPlainText")

key = mixed(32)
add("python", "kontakt-api-key", "beacons/battery_report.py", fill(r"""import csv
import datetime as dt

import requests

KONTAKT_API_KEY = "«key»"
HEADERS = {"Api-Key": KONTAKT_API_KEY, "Accept": "application/vnd.com.kontakt+json;version=10"}

resp = requests.get("https://api.kontakt.io/device", headers=HEADERS,
                    params={"deviceType": "BEACON", "maxResult": 500}, timeout=30)
resp.raise_for_status()

with open(f"beacon_battery_{dt.date.today()}.csv", "w", newline="") as fh:
    out = csv.writer(fh)
    out.writerow(["uniqueId", "alias", "gallery", "battery"])
    for device in resp.json()["devices"]:
        out.writerow([device["uniqueId"], device.get("alias"), device.get("venue", {}).get("name"),
                      device.get("batteryLevel")])
""", key=key), key, "Kontakt.io REST API: Api-Key header")

key = hexs(32)
add("typescript", "azure-speech-key", "src/captions/liveCaptions.ts", fill(r"""// Live captions for accessible performances: speech from the stage mic feed to the caption screens.
import * as sdk from 'microsoft-cognitiveservices-speech-sdk';

const speechConfig = sdk.SpeechConfig.fromSubscription('«key»', 'uksouth');
speechConfig.speechRecognitionLanguage = 'en-GB';
speechConfig.setProfanity(sdk.ProfanityOption.Raw);

export function startCaptions(onLine: (text: string) => void): sdk.SpeechRecognizer {
  const audio = sdk.AudioConfig.fromDefaultMicrophoneInput();
  const recognizer = new sdk.SpeechRecognizer(speechConfig, audio);
  recognizer.recognized = (_s, e) => {
    if (e.result.reason === sdk.ResultReason.RecognizedSpeech && e.result.text) {
      onLine(e.result.text);
    }
  };
  recognizer.startContinuousRecognitionAsync();
  return recognizer;
}
""", key=key), key, "Azure AI Speech SDK: SpeechConfig.fromSubscription(key, region)")

pw = human_pw("!*%")
add("gradle", "android-keystore-password", "android/app/build.gradle", fill(r"""plugins {
    id 'com.android.application'
    id 'org.jetbrains.kotlin.android'
}

android {
    namespace 'org.example.audioguide'
    compileSdk 34

    defaultConfig {
        applicationId 'org.example.audioguide'
        minSdk 26
        targetSdk 34
        versionCode 412
        versionName '4.1.2'
    }

    signingConfigs {
        release {
            storeFile file('../keystore/audioguide-upload.jks')
            storePassword '«pw»'
            keyAlias 'upload'
            keyPassword '«pw»'
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            proguardFiles getDefaultProguardFile('proguard-android-optimize.txt'), 'proguard-rules.pro'
            signingConfig signingConfigs.release
        }
    }
}
""", pw=pw), pw, "Android Gradle signingConfigs (storePassword / keyPassword)")

key = pem("PRIVATE KEY", 3, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
add("ruby", "app-store-connect-key", "ios/fastlane/Fastfile", fill(r"""default_platform(:ios)

platform :ios do
  desc "Upload the audio guide app to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX2K9M4PL",
      issuer_id: "69a6de7e-1b2c-47e3-e053-5b8c7c11a4d1",
      key_content: <<~P8,
        «key»
      P8
      in_house: false
    )
    increment_build_number(xcodeproj: "AudioGuide.xcodeproj")
    build_app(scheme: "AudioGuide", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", key=key.replace("\n", "\n        ")), key, "fastlane app_store_connect_api_key key_content (App Store Connect .p8 key)")

key = pem("PRIVATE KEY", 3, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg")
add("pem", "apns-auth-key", "push/keys/AuthKey_9KD2M4XQ7B.p8", key + "\n", key,
    "Apple Push Notification service token-based auth key (.p8)")

key = pem("RSA PRIVATE KEY", 14)
add("pem", "wallet-pass-signing-key", "membership/wallet/certs/signerKey.pem", key + "\n", key,
    "Apple Wallet pass signing: pass type ID certificate private key (PEM)")


# == secrets: membership portals ================================================================

pw = human_pw("!#*%")
add("php", "mysql-password", "members-site/wp-config.php", fill(r"""<?php
/**
 * WordPress configuration - Friends of the Philharmonic members' site
 */
define( 'DB_NAME', 'wp_friends' );
define( 'DB_USER', 'wp_friends' );
define( 'DB_PASSWORD', '«pw»' );
define( 'DB_HOST', 'mysql-members.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'fp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'FORCE_SSL_ADMIN', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw=pw), pw, "WordPress wp-config.php DB_PASSWORD")

pw = human_pw("!#%")
add("php", "mysql-password", "web/sites/default/settings.php", fill(r"""<?php

// Drupal 10 - membership and donations portal
$databases['default']['default'] = [
  'database' => 'drupal_members',
  'username' => 'drupal',
  'password' => '«pw»',
  'host' => 'members-db.theatre.internal',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
  'collation' => 'utf8mb4_general_ci',
];

$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '/var/www/private/files';
$settings['trusted_host_patterns'] = [
  '^members\.example-theatre\.org$',
];
$settings['reverse_proxy'] = TRUE;
$settings['reverse_proxy_addresses'] = ['10.20.0.10'];
""", pw=pw), pw, "Drupal settings.php $databases array")

key = b64_bytes(32)
add("env", "laravel-app-key", "membership-api/.env", fill(r"""APP_NAME="Members API"
APP_ENV=production
APP_KEY=base64:«key»
APP_DEBUG=false
APP_URL=https://api.members.example-gallery.org

LOG_CHANNEL=stack
DB_CONNECTION=pgsql
DB_HOST=members-pg.internal
DB_PORT=5432
DB_DATABASE=members
DB_USERNAME=members_api
SESSION_DRIVER=redis
QUEUE_CONNECTION=redis
""", key=key), key, "Laravel APP_KEY (base64: 32 random bytes) used for encryption and signed cookies")

key = hexs(128)
add("yaml", "rails-secret-key-base", "config/secrets.yml", fill(r"""# Membership portal (Rails 5.1)
default: &default
  tessitura_api: https://rest.tessitura.example-symphony.org/tessitura/api

development:
  <<: *default
  secret_key_base: 1d6b7e2c3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0

test:
  <<: *default
  secret_key_base: 00000000000000000000000000000000000000000000000000000000000test

production:
  <<: *default
  secret_key_base: «key»
""", key=key), key, "Rails config/secrets.yml secret_key_base")

sec = chars(64, B64URL)
add("env", "auth0-client-secret", "portal/.env.local", fill(r"""AUTH0_SECRET_FILE=/run/secrets/session-cookie-secret
AUTH0_BASE_URL=https://my.example-museum.org
AUTH0_ISSUER_BASE_URL=https://login.example-museum.org
AUTH0_CLIENT_ID=Rk3mW8qZ1xY5vB2nT7cJ4hL9pD6sF0gA
AUTH0_CLIENT_SECRET=«sec»
AUTH0_SCOPE=openid profile email offline_access
AUTH0_AUDIENCE=https://api.example-museum.org/members
""", sec=sec), sec, "Auth0 Next.js SDK configuration (AUTH0_CLIENT_SECRET)")

tok = okta_token()
add("terraform", "okta-api-token", "infra/okta/terraform.tfvars", fill(r"""okta_org_name  = "example-orchestra"
okta_base_url  = "okta.com"
okta_api_token = "«tok»"

member_groups = [
  "Members - Friend",
  "Members - Patron",
  "Members - Benefactor",
  "Subscribers - Classics",
  "Subscribers - Pops",
]
""", tok=tok), tok, "Okta Terraform provider: api_token (SSWS token)")

sec = azure_secret()
add("json", "azure-ad-client-secret", "src/Members.Web/appsettings.json", fill(r"""{
  "AzureAdB2C": {
    "Instance": "https://examplegalleryb2c.b2clogin.com",
    "Domain": "examplegalleryb2c.onmicrosoft.com",
    "TenantId": "«tenant»",
    "ClientId": "«client»",
    "ClientSecret": "«sec»",
    "SignUpSignInPolicyId": "B2C_1_members_signin",
    "CallbackPath": "/signin-oidc"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "AllowedHosts": "*"
}
""", tenant=uuid_s(), client=uuid_s(), sec=sec), sec, "Microsoft identity platform: client secret (Azure AD B2C web app)")

sec = gen_pw(48, "-_")
add("javascript", "jwt-secret", "api/config/index.js", fill(r"""module.exports = {
  port: process.env.PORT || 4000,
  corsOrigins: ['https://members.example-ballet.org', 'https://www.example-ballet.org'],
  jwt: {
    secret: '«sec»',
    expiresIn: '12h',
    issuer: 'members.example-ballet.org',
  },
  membershipLevels: {
    friend: { annual: 75, guestPasses: 2 },
    sustainer: { annual: 250, guestPasses: 4 },
    choreographers_circle: { annual: 1500, guestPasses: 10 },
  },
};
""", sec=sec), sec, "jsonwebtoken HS256 shared secret")

pw = fakes.redis_password(_seed())
add("yaml", "redis-password", "config/session.yml", fill(r"""# Session store for the members' portal
session:
  store: redis
  url: redis://:«pw»@members-redis.internal:6379/2
  ttl_minutes: 60
  cookie:
    name: _members_session
    secure: true
    same_site: lax
rate_limit:
  login_attempts_per_hour: 10
""", pw=pw), pw, "Redis URI scheme (redis://:password@host:port/db)")

pw = human_pw("#%*")
add("compose", "mysql-password", "deploy/compose.members.yml", fill(r"""services:
  db:
    image: mysql:8.0
    command: --default-authentication-plugin=caching_sha2_password
    environment:
      MYSQL_DATABASE: memberpress
      MYSQL_USER: memberpress
      MYSQL_PASSWORD: "«pw»"
      MYSQL_RANDOM_ROOT_PASSWORD: "yes"
    volumes:
      - db-data:/var/lib/mysql
  wordpress:
    image: wordpress:6.5-php8.2-apache
    depends_on: [db]
    environment:
      WORDPRESS_DB_HOST: db:3306
      WORDPRESS_DB_USER: memberpress
      WORDPRESS_DB_NAME: memberpress
      WORDPRESS_DB_PASSWORD_FILE: /run/secrets/db_password
    ports:
      - "8080:80"
volumes:
  db-data:
""", pw=pw), pw, "mysql Docker image environment variables (MYSQL_PASSWORD)")

pw = url_pw()
add("gitlab-ci", "postgres-url", ".gitlab-ci.yml", fill(r"""stages: [test, migrate]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  variables:
    POSTGRES_DB: members_test
    POSTGRES_USER: runner
    POSTGRES_HOST_AUTH_METHOD: trust
    DATABASE_URL: postgres://runner@postgres:5432/members_test
  script:
    - pip install -r requirements.txt
    - pytest -q

migrate-production:
  stage: migrate
  image: python:3.12
  when: manual
  only: [main]
  variables:
    DATABASE_URL: postgresql://members_owner:«pw»@members-prod.c9x2kq.eu-west-1.rds.amazonaws.com:5432/members
  script:
    - pip install -r requirements.txt
    - python manage.py migrate --noinput
""", pw=pw), pw, "PostgreSQL connection URI (postgresql://user:password@host/db)")

pw = url_pw()
add("typescript", "mongodb-uri", "src/db.ts", fill(r"""import { MongoClient } from 'mongodb';

const uri = 'mongodb+srv://portal_app:«pw»@members.x7k2q.mongodb.net/members?retryWrites=true&w=majority';

let client: MongoClient | undefined;

export async function db() {
  if (!client) {
    client = new MongoClient(uri, { maxPoolSize: 20 });
    await client.connect();
  }
  return client.db('members');
}

export async function memberByCard(cardNumber: string) {
  return (await db()).collection('members').findOne({ cardNumber, status: { $in: ['active', 'grace'] } });
}
""", pw=pw), pw, "MongoDB connection string (mongodb+srv://user:password@cluster)")

key = fakes.django_secret_key(_seed())
add("python", "django-secret-key", "friends_portal/settings.py", fill(r"""from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '«key»'
DEBUG = False
ALLOWED_HOSTS = ['friends.example-botanic-museum.org']

INSTALLED_APPS = [
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
    'memberships',
    'renewals',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'friends',
        'HOST': '/var/run/postgresql',
    }
}
LANGUAGE_CODE = 'en-gb'
TIME_ZONE = 'Europe/London'
""", key=key), key, "Django settings: SECRET_KEY")

pw = human_pw("!#%*")
add("yaml", "ldap-bind-password", "keycloak/realm-ldap.yaml", fill(r"""# keycloak-config-cli: staff realm federated with the museum's Active Directory
realm: staff
enabled: true
components:
  org.keycloak.storage.UserStorageProvider:
    - name: museum-ad
      providerId: ldap
      config:
        vendor: ["ad"]
        connectionUrl: ["ldaps://dc01.museum.local:636"]
        bindDn: ["CN=svc-keycloak,OU=Service Accounts,DC=museum,DC=local"]
        bindCredential: ["«pw»"]
        usersDn: ["OU=Staff,DC=museum,DC=local"]
        usernameLDAPAttribute: ["sAMAccountName"]
        editMode: ["READ_ONLY"]
        syncRegistrations: ["false"]
""", pw=pw), pw, "Keycloak LDAP user federation (bindCredential)")


# == secrets: venue access control =============================================================

key = "-".join(uphex(4) for _ in range(8))
add("python", "gallagher-api-key", "access/gallagher_sync.py", fill(r"""# Grants the "Backstage - Show Crew" access group to casual crew booked for a get-in.
import requests
import urllib3

urllib3.disable_warnings()

CC_SERVER = "https://gallagher-cc.venue.local:8904"
API_KEY = "«key»"
HEADERS = {"Authorization": f"GGL-API-KEY {API_KEY}", "Content-Type": "application/json"}
BACKSTAGE_GROUP = "/api/access_groups/5421"


def find_cardholder(employee_no: str) -> dict:
    r = requests.get(f"{CC_SERVER}/api/cardholders", headers=HEADERS, verify=False,
                     params={"pdf_710": employee_no, "top": 1}, timeout=15)
    r.raise_for_status()
    return r.json()["results"][0]


def grant(employee_no: str, until: str) -> None:
    ch = find_cardholder(employee_no)
    body = {"accessGroups": {"add": [{"accessGroup": {"href": CC_SERVER + BACKSTAGE_GROUP}, "until": until}]}}
    requests.patch(ch["href"], json=body, headers=HEADERS, verify=False, timeout=15).raise_for_status()


if __name__ == "__main__":
    for line in open("crew_call.csv"):
        emp, until = line.strip().split(",")
        grant(emp, until)
""", key=key), key, "Gallagher Command Centre REST API: GGL-API-KEY authorization")

pw = human_pw("!#*%")
add("csharp", "lenel-openaccess-password", "src/StageDoor/OnGuardClient.cs", fill(r"""using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace StageDoor
{
    // Looks up visiting artists' temporary badges in Lenel OnGuard via OpenAccess.
    public class OnGuardClient
    {
        private readonly HttpClient _http;
        private const string ApplicationId = "STAGEDOOR-KIOSK";

        public OnGuardClient(HttpClient http)
        {
            _http = http;
            _http.DefaultRequestHeaders.Add("Application-Id", ApplicationId);
        }

        public async Task<string> LoginAsync()
        {
            var body = new { user_name = "svc_stagedoor", password = "«pw»", directory_id = "id-1" };
            var resp = await _http.PostAsJsonAsync("api/access/onguard/openaccess/authentication?version=1.0", body);
            resp.EnsureSuccessStatusCode();
            var session = await resp.Content.ReadFromJsonAsync<SessionResponse>();
            _http.DefaultRequestHeaders.Add("Session-Token", session!.session_token);
            return session.session_token;
        }

        private record SessionResponse(string session_token, string token_expiration_time);
    }
}
""", pw=pw), pw, "Lenel OnGuard OpenAccess authentication (user_name/password/directory_id)")

sec = mixed(48, ALNUM + "-_")
add("yaml", "brivo-client-secret", "integrations/brivo/values-prod.yaml", fill(r"""# Brivo Access -> staff directory sync for the studios building
brivo:
  apiBase: https://api.brivo.com/v1/api
  authUrl: https://auth.brivo.com/oauth/token
  apiKey: v7kq2mz9x4p8w3n6c1r5t0y2
  clientId: 4d2f8a61-9c3e-47b5-a0d8-2e6f1b9c7a34
  clientSecret: «sec»
  groups:
    rehearsal-studios: 2214881
    wardrobe: 2214883
    scenic-workshop: 2214890
sync:
  schedule: "*/10 * * * *"
  dryRun: false
""", sec=sec), sec, "Brivo API: OAuth client id / client secret")

pw = human_pw("!#*")
add("shell", "genetec-websdk-password", "tools/genetec/list_doors.sh", fill(r"""#!/usr/bin/env bash
# Lists door states from Genetec Security Center (Web SDK) for the front-of-house opening checklist.
SC=https://sc-main.venue.local:4590/WebSdk
APPID="KxsD11z743Hf5Gq9mv3+5ekxzemlCiUXkTFY5ba1NOGcLCmGstt2n0zYE9NsNimv"
curl -sk -u "svc_foh;${APPID}:«pw»" \
  "$SC/report/EntityConfiguration?q=EntityTypes@Door" \
  -H "Accept: text/json" | jq -r '.Rsp.Result[] | [.Guid, .Name] | @tsv' > doors.tsv

while IFS=$'\t' read -r guid name; do
  state=$(curl -sk -u "svc_foh;${APPID}:«pw»" "$SC/entity?q=entity=${guid},DoorOpenedState" -H "Accept: text/json" | jq -r '.Rsp.Result.DoorOpenedState')
  printf '%-40s %s\n' "$name" "$state"
done < doors.tsv
""", pw=pw), pw, "Genetec Web SDK: Basic auth username;applicationId:password")

pw = url_pw()
add("shell", "rtsp-camera-password", "foh/lobby_count/record_lobby.sh", fill(r"""#!/bin/bash
# Records 10-minute segments from the foyer camera for the audience-flow study (no audio, 7-day retention).
CAM="rtsp://counting:«pw»@10.40.12.31:554/axis-media/media.amp?videocodec=h264&resolution=1280x720"
OUT=/srv/lobby-study/$(date +%F)
mkdir -p "$OUT"
exec ffmpeg -hide_banner -loglevel warning -rtsp_transport tcp -i "$CAM" \
  -an -c:v copy -f segment -segment_time 600 -reset_timestamps 1 -strftime 1 \
  "$OUT/foyer_%H%M%S.mp4"
""", pw=pw), pw, "Axis VAPIX RTSP URL with credentials (rtsp://user:password@host/axis-media/media.amp)")

comm = gen_pw(16)
add("cisco", "snmp-community", "network/switches/foh-sw03.cfg", fill(r"""!
hostname foh-sw03
!
vlan 120
 name TURNSTILES
vlan 130
 name SCANNERS-WIFI
vlan 140
 name POS-TILLS
!
interface range GigabitEthernet1/0/1 - 12
 description Turnstiles north foyer
 switchport access vlan 120
 switchport mode access
 spanning-tree portfast
!
snmp-server community «comm» RW 15
snmp-server location Front of House Comms Room B1
snmp-server contact netops@example-arena.org
access-list 15 permit 10.10.5.0 0.0.0.255
!
ntp server 10.10.0.1
end
""", comm=comm), comm, "Cisco IOS snmp-server community string (read-write)")

sec = mixed(40)
add("env", "salto-client-secret", "services/salto-sync/.env", fill(r"""# SALTO KS: dressing room locks follow the rehearsal schedule
SALTO_KS_API=https://connect.my-clay.com/v1.1
SALTO_KS_IDENTITY=https://clp-accept-identityserver.my-clay.com/connect/token
SALTO_KS_SITE_ID=0e4b6c3a-7d1f-4a2b-9c8e-5f3d2a1b0c9e
SALTO_KS_CLIENT_ID=theatre-dressing-rooms
SALTO_KS_CLIENT_SECRET=«sec»
SCHEDULE_SOURCE=https://rehearsals.example-theatre.org/api/calls
""", sec=sec), sec, "SALTO KS Connect API: OAuth client credentials")

tok = mixed(40)
add("json", "scanner-api-token", "mdm/zebra/scanner-app-config.json", fill(r"""{
  "managedConfiguration": {
    "packageName": "org.example.doorscan",
    "settings": {
      "venueCode": "MAIN",
      "apiBaseUrl": "https://admissions.example-concerthall.org/api/v1",
      "apiToken": "«tok»",
      "offlineMode": true,
      "offlineSyncMinutes": 5,
      "beepOnValid": true,
      "gates": ["STALLS", "CIRCLE", "BOXES", "CHOIR"]
    }
  }
}
""", tok=tok), tok, "Android managed configurations (EMM) for a ticket-scanning app; bearer token")

pw = human_pw("!#*%")
add("xml", "gate-controller-password", "gates/controllers/north-turnstiles.xml", fill(r"""<?xml version="1.0" encoding="UTF-8"?>
<accessController id="NORTH-TS" model="AX500-compatible">
  <network dhcp="false" ip="10.40.20.11" mask="255.255.255.0" gateway="10.40.20.1" />
  <backend>
    <url>https://admissions.example-arena.org/gate-api</url>
    <username>gate_north</username>
    <password>«pw»</password>
    <heartbeatSeconds>30</heartbeatSeconds>
  </backend>
  <lanes>
    <lane id="1" direction="in" reader="barcode" />
    <lane id="2" direction="in" reader="barcode" />
    <lane id="3" direction="out" reader="none" />
  </lanes>
  <offline allowCachedTickets="true" cacheMinutes="60" />
</accessController>
""", pw=pw), pw, "turnstile controller XML configuration with backend credentials")


# == secrets: streaming performances ===========================================================

key = "-".join(chars(4, LOWER_ALNUM) for _ in range(5))
add("json", "youtube-stream-key", "obs/basic/profiles/Livestream/service.json", fill(r"""{
    "settings": {
        "bwtest": false,
        "key": "«key»",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS",
        "stream_key_link": "https://www.youtube.com/live_dashboard"
    },
    "type": "rtmp_common"
}
""", key=key), key, "OBS Studio profile service.json; YouTube Live stream key")

sec = chars(75, B64)
add("javascript", "mux-token-secret", "streaming/createLiveStream.js", fill(r"""// Creates the Mux live stream for each concert broadcast and stores the stream key for the OB truck.
const Mux = require('@mux/mux-node');

const mux = new Mux({
  tokenId: '«tid»',
  tokenSecret: '«sec»',
});

async function createConcertStream(concertId) {
  const stream = await mux.video.liveStreams.create({
    playback_policy: ['signed'],
    new_asset_settings: { playback_policy: ['signed'] },
    latency_mode: 'standard',
    reconnect_window: 60,
    passthrough: `concert:${concertId}`,
  });
  return { id: stream.id, streamKey: stream.stream_key, playbackId: stream.playback_ids[0].id };
}

module.exports = { createConcertStream };
""", tid=uuid_s(), sec=sec), sec, "Mux API: access token id and secret")

key = "sk_us-west-2_" + chars(12) + "_" + chars(30)
add("shell", "ivs-stream-key", "broadcast/go_live.sh", fill(r"""#!/usr/bin/env bash
# Feeds the programme output from the Blackmagic capture card to Amazon IVS for the digital concert hall.
set -euo pipefail
INGEST="rtmps://a1b2c3d4e5f6.global-contribute.live-video.net:443/app/"
STREAM_KEY="«key»"

ffmpeg -f decklink -i 'DeckLink Mini Recorder 4K' \
  -c:v libx264 -preset veryfast -b:v 6000k -maxrate 6000k -bufsize 12000k \
  -g 60 -keyint_min 60 -pix_fmt yuv420p \
  -c:a aac -b:a 192k -ar 48000 \
  -f flv "${INGEST}${STREAM_KEY}"
""", key=key), key, "Amazon IVS: stream key (sk_<region>_...) and RTMPS ingest")

tok = hexs(32)
add("python", "vimeo-token", "archive/upload_recordings.py", fill(r"""import pathlib

import vimeo

client = vimeo.VimeoClient(
    token="«tok»",
    key="9f2c1e7a3b5d8c4e6f0a2b1c3d5e7f9a1b2c3d4e",
    secret=None,
)

FOLDER = "/users/187263541/projects/19283746"

for mp4 in sorted(pathlib.Path("/mnt/recordings/2024-25").glob("*.mp4")):
    uri = client.upload(str(mp4), data={
        "name": mp4.stem.replace("_", " "),
        "privacy": {"view": "disable", "embed": "whitelist"},
        "description": "Archive recording - not for public release",
    })
    client.put(f"{FOLDER}/videos/{uri.split('/')[-1]}")
    print("uploaded", mp4.name, "->", uri)
""", tok=tok), tok, "Vimeo API: personal access token")

key = "live_" + str(_rng().randint(10**8, 10**9)) + "_" + chars(30)
add("nginx", "twitch-stream-key", "rtmp-relay/nginx.conf", fill(r"""worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;

        application live {
            live on;
            record off;
            allow publish 10.50.0.0/24;
            deny publish all;

            # Youth orchestra concert: restream the OB feed to Twitch and keep a local archive
            push rtmp://live.twitch.tv/app/«key»;
            exec_push ffmpeg -i rtmp://localhost/live/$name -c copy -f mp4 /srv/archive/$name-$time.mp4;
        }
    }
}
""", key=key), key, "nginx-rtmp-module push directive; Twitch stream key (live_...)")

tok = chars(40, B64URL)
add("toml", "cloudflare-api-token", "workers/stream-tokens/wrangler.toml", fill(r"""name = "stream-tokens"
main = "src/index.ts"
compatibility_date = "2024-05-01"

[vars]
CF_ACCOUNT_ID = "1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f"
CF_STREAM_API_TOKEN = "«tok»"
TOKEN_TTL_SECONDS = "14400"
ALLOWED_ORIGIN = "https://watch.example-operahouse.org"

[[kv_namespaces]]
binding = "ENTITLEMENTS"
id = "5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b"
""", tok=tok), tok, "Cloudflare API tokens (Bearer) for Stream; wrangler.toml vars")

sec = chars(86, B64URL)
add("ruby", "brightcove-client-secret", "lib/tasks/brightcove.rake", fill(r"""namespace :brightcove do
  desc "Ingest the latest performance capture into Brightcove"
  task ingest: :environment do
    client_id = "«cid»"
    client_secret = "«sec»"
    account_id = "6312458901001"

    token = HTTParty.post("https://oauth.brightcove.com/v4/access_token",
                          basic_auth: { username: client_id, password: client_secret },
                          body: { grant_type: "client_credentials" })["access_token"]

    capture = PerformanceCapture.ready.order(:captured_at).last
    video = HTTParty.post("https://cms.api.brightcove.com/v1/accounts/#{account_id}/videos",
                          headers: { "Authorization" => "Bearer #{token}", "Content-Type" => "application/json" },
                          body: { name: capture.title, tags: ["performance", capture.season] }.to_json)
    HTTParty.post("https://ingest.api.brightcove.com/v1/accounts/#{account_id}/videos/#{video['id']}/ingest-requests",
                  headers: { "Authorization" => "Bearer #{token}", "Content-Type" => "application/json" },
                  body: { master: { url: capture.signed_url }, profile: "multi-platform-standard-static" }.to_json)
    puts "ingest requested for #{capture.title}"
  end
end
""", cid=uuid_s(), sec=sec), sec, "Brightcove OAuth API: client id / client secret")

key = mixed(64)
add("shell", "wowza-api-key", "docs/runbooks/wowza_start_stream.sh", fill(r"""#!/bin/sh
# Start the Wowza Streaming Cloud live stream 20 minutes before curtain up.
STREAM_ID=${1:?live stream id}
curl -s -X PUT "https://api.cloud.wowza.com/api/v1.11/live_streams/${STREAM_ID}/start" \
  -H "wsc-api-key: «key»" \
  -H "wsc-access-key: EXAMPLE-ACCESS-KEY-ROTATED" \
  -H "Content-Type: application/json"
sleep 60
curl -s "https://api.cloud.wowza.com/api/v1.11/live_streams/${STREAM_ID}/state" \
  -H "wsc-api-key: «key»" -H "wsc-access-key: EXAMPLE-ACCESS-KEY-ROTATED"
""", key=key), key, "Wowza Streaming Cloud REST API: wsc-api-key / wsc-access-key headers")

sec = mixed(32)
add("go", "zoom-client-secret", "internal/zoom/client.go", fill(r"""package zoom

import (
	"context"
	"net/url"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/clientcredentials"
)

// Server-to-server OAuth app used to schedule pre-concert talks as Zoom webinars.
const (
	accountID    = "q7LkM2nP4rS6tU8vW0xY1z"
	clientID     = "Ab3Cd5Ef7Gh9Ij1Kl3Mn5O"
	clientSecret = "«sec»"
)

func HTTPClient(ctx context.Context) *oauth2.Token {
	cfg := clientcredentials.Config{
		ClientID:       clientID,
		ClientSecret:   clientSecret,
		TokenURL:       "https://zoom.us/oauth/token",
		EndpointParams: url.Values{"grant_type": {"account_credentials"}, "account_id": {accountID}},
		AuthStyle:      oauth2.AuthStyleInHeader,
	}
	tok, err := cfg.Token(ctx)
	if err != nil {
		return nil
	}
	return tok
}
""", sec=sec), sec, "Zoom Server-to-Server OAuth: account id, client id, client secret")

pw = human_pw("!#*%")
add("liquidsoap", "icecast-source-password", "radio/concert_stream.liq", fill(r"""#!/usr/bin/liquidsoap
# Sunday matinee radio relay: the hall's mix feed to the station's Icecast server.
settings.log.file.path := "/var/log/liquidsoap/concert.log"

live = input.alsa(device="hw:1,0")
fallback_playlist = playlist(reload=3600, "/srv/radio/interval_music.m3u")
radio = fallback(track_sensitive=false, [live, fallback_playlist])

output.icecast(
  %mp3(bitrate=192, samplerate=48000),
  host="icecast.example-radio.org",
  port=8000,
  password="«pw»",
  mount="/concert-hall-live",
  name="Concert Hall Live",
  description="Live from the Great Hall",
  radio
)
""", pw=pw), pw, "Liquidsoap output.icecast (source password)")

key = pem("RSA PRIVATE KEY", 12)
sk = b64(key)
add("k8s-secret", "mux-signing-key", "deploy/k8s/streaming/mux-signing.yaml", fill(r"""apiVersion: v1
kind: Secret
metadata:
  name: mux-playback-signing
  namespace: digital-stage
type: Opaque
data:
  MUX_SIGNING_KEY_ID: «kid»
  MUX_SIGNING_PRIVATE_KEY: «sk»
""", kid=b64(chars(40, ALNUM)), sk=sk), key, "Mux signed playback: signing key (base64 PEM) in a Kubernetes Secret")


# == secrets: build, analytics and marketing ===================================================

tok = fakes.fake("npm_", 36, _seed())
add("npmrc", "npm-token", "packages/seatmap-widget/.npmrc", fill(r"""; publishes @example-concerthall/seatmap-widget used by the venue websites
registry=https://registry.npmjs.org/
@example-concerthall:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«tok»
always-auth=true
access=public
""", tok=tok), tok, "npm config: _authToken for a registry (npm access tokens npm_...)")

tok = fakes.pypi_token(_seed())
add("ini", "pypi-token", "tools/iiif-prezi-helpers/.pypirc", fill(r"""[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = «tok»

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", tok=tok), tok, "PyPI API tokens in .pypirc (username __token__)")

key = hexs(32)
add("yaml", "datadog-api-key", "ops/datadog/datadog.yaml", fill(r"""## Agent on the ticketing web servers (on-sale days get busy)
api_key: «key»
site: datadoghq.eu
hostname_fqdn: true
tags:
  - team:digital
  - service:ticketing
  - env:production
logs_enabled: true
process_config:
  process_collection:
    enabled: true
apm_config:
  enabled: true
  env: production
""", key=key), key, "Datadog Agent datadog.yaml api_key")

sec = b64_bytes(16) + ":" + mixed(32)
add("python", "tableau-pat-secret", "dashboards/refresh_sales_extracts.py", fill(r"""import tableauserverclient as TSC

SERVER = "https://tableau.example-symphony.org"
SITE = "BoxOffice"
PAT_NAME = "extract-refresh-bot"
PAT_SECRET = "«sec»"

auth = TSC.PersonalAccessTokenAuth(PAT_NAME, PAT_SECRET, site_id=SITE)
server = TSC.Server(SERVER, use_server_version=True)

with server.auth.sign_in(auth):
    for ds in TSC.Pager(server.datasources):
        if ds.project_name == "Ticket Sales" and ds.has_extracts:
            job = server.datasources.refresh(ds)
            print(f"refresh queued for {ds.name}: job {job.id}")
""", sec=sec), sec, "Tableau Server Client: personal access token name and secret")

tok = "EAA" + chars(180)
add("php", "meta-capi-token", "app/Services/MetaConversions.php", fill(r"""<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

class MetaConversions
{
    private const PIXEL_ID = '918273645501928';
    private const ACCESS_TOKEN = '«tok»';

    public function purchase(string $orderNo, float $value, string $hashedEmail): void
    {
        Http::post('https://graph.facebook.com/v19.0/' . self::PIXEL_ID . '/events', [
            'access_token' => self::ACCESS_TOKEN,
            'data' => [[
                'event_name' => 'Purchase',
                'event_time' => time(),
                'event_id' => 'order-' . $orderNo,
                'action_source' => 'website',
                'user_data' => ['em' => [$hashedEmail]],
                'custom_data' => ['currency' => 'GBP', 'value' => $value, 'content_category' => 'tickets'],
            ]],
        ])->throw();
    }
}
""", tok=tok), tok, "Meta Conversions API: system user access token (EAA...)")

key = hexs(32)
add("javascript", "algolia-admin-key", "search/index-collection.mjs", fill(r"""// Rebuilds the "objects" index used by the online collection search.
import algoliasearch from 'algoliasearch';
import { readFile } from 'node:fs/promises';

const client = algoliasearch('Q7X2M9K4PL', '«key»');
const index = client.initIndex('objects_prod');

const records = JSON.parse(await readFile('export/objects.json', 'utf8')).map((o) => ({
  objectID: o.accession,
  title: o.title,
  maker: o.maker,
  date: o.displayDate,
  department: o.department,
  onView: o.location?.startsWith('Gallery') ?? false,
  thumbnail: o.iiifBase ? `${o.iiifBase}/full/400,/0/default.jpg` : null,
}));

await index.replaceAllObjects(records, { safe: true });
await index.setSettings({ searchableAttributes: ['title', 'maker', 'objectID'], attributesForFaceting: ['department', 'onView'] });
console.log(`indexed ${records.length} objects`);
""", key=key), key, "Algolia admin API key (write access) in algoliasearch client")


# == decoys: placeholders, references and templates ============================================

decoy("env", "placeholder", "boxoffice/.env.example", r"""# Copy to .env and fill in from the Box Office vault entry "Tessitura REST - webstore"
TESSITURA_BASE=https://tessitura.grandoperahouse.org/TessituraService
TESSITURA_USER=svc_webstore
TESSITURA_GROUP=webapi
TESSITURA_LOCATION=WEBPROD01
TESSITURA_PASSWORD=<ask-box-office-systems>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
SPEKTRIX_SECRET_KEY=
SENDGRID_API_KEY=SG.your-key-here
""", "dotenv conventions: .env.example with placeholder values")

decoy("helm", "existing-secret", "charts/tnew-sync/values.yaml", r"""replicaCount: 2

image:
  repository: registry.example-symphony.org/tnew-sync
  tag: "3.8.1"
  pullPolicy: IfNotPresent

tessitura:
  baseUrl: https://rest.tessitura.example-symphony.org/tessitura/api
  user: tnew_sync
  usergroup: webapi
  location: K8SSYNC
  # The password is not in this chart: it comes from the Secret below (created by ops from the vault).
  existingSecret: tessitura-rest
  existingSecretPasswordKey: TESSITURA_PASSWORD

resources:
  requests:
    cpu: 100m
    memory: 256Mi
  limits:
    memory: 512Mi

schedule: "*/5 * * * *"
""", "Helm chart convention: existingSecret instead of inline credentials")

decoy("k8s", "external-secret", "deploy/k8s/ticketing/spektrix-externalsecret.yaml", r"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: spektrix-api
  namespace: ticketing
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: spektrix-api
    creationPolicy: Owner
  data:
    - secretKey: SPEKTRIX_API_USER
      remoteRef:
        key: prod/ticketing/spektrix
        property: api_user
    - secretKey: SPEKTRIX_SECRET_KEY
      remoteRef:
        key: prod/ticketing/spektrix
        property: secret_key
""", "External Secrets Operator: ExternalSecret with remoteRef")

vault_lines = "\n".join(hexs(80) for _ in range(9)) + "\n" + hexs(46)
decoy("ansible", "vault-ciphertext", "ansible/inventories/production/group_vars/boxoffice/vault.yml",
      "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n", "Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")


def sops_value(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]"


decoy("yaml", "sops-ciphertext", "secrets/streaming.enc.yaml", fill(r"""mux:
    token_id: «a»
    token_secret: «b»
vimeo:
    access_token: «c»
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:418273645091:key/2b7f3c1e-8d4a-4e6f-9a0b-1c2d3e4f5a6b
          created_at: "2024-05-14T09:12:44Z"
          enc: «d»
          aws_profile: ""
    lastmodified: "2024-05-14T09:12:45Z"
    mac: «e»
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_value(27), b=sops_value(56), c=sops_value(24), d=b64_bytes(184), e=sops_value(32)),
      "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values)")

pk = fakes.fake("pk_live_", 99, _seed())
decoy("javascript", "publishable-key", "web/src/checkout/stripe.js", fill(r"""// Publishable key: safe in the browser, identifies the account to Stripe.js.
import { loadStripe } from '@stripe/stripe-js';

const stripePromise = loadStripe('«pk»');

export async function redirectToCheckout(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) {
    document.querySelector('#checkout-error').textContent = error.message;
  }
}
""", pk=pk), "Stripe API keys: publishable keys (pk_live_) are meant for client-side code")

mapbox_pk = mapbox_token("pk", "examplemuseum")
decoy("javascript", "public-map-token", "kiosk/wayfinding/map.js", fill(r"""import mapboxgl from 'mapbox-gl';

// Public token (URL-restricted to kiosk.example-artmuseum.org) for the floor plan tiles.
mapboxgl.accessToken = '«pk»';

export function showFloor(level) {
  const map = new mapboxgl.Map({
    container: 'floorplan',
    style: `mapbox://styles/examplemuseum/clfloor${level}`,
    center: [-0.1281, 51.5194],
    zoom: 19.2,
    bearing: -17,
    interactive: true,
  });
  map.addControl(new mapboxgl.NavigationControl({ showCompass: false }));
  return map;
}
""", pk=mapbox_pk), "Mapbox access tokens: public tokens (pk.) for client-side use")

manifest = "\n".join(f"{hexs(64)}  data/TIFF/1998.{i:03d}.{j}_master.tif" for i, j in
                     [(14, 1), (14, 2), (15, 1), (22, 1), (22, 2), (22, 3), (31, 1), (47, 1), (47, 2), (58, 1)])
decoy("bagit", "checksums", "preservation/bags/1998_photography/manifest-sha256.txt", manifest + "\n",
      "BagIt (RFC 8493) payload manifest manifest-sha256.txt")

decoy("json", "checksums-and-ids", "dam/sidecars/2019.44.7_recto.json", fill(r"""{
  "assetId": "«u1»",
  "accession": "2019.44.7",
  "view": "recto",
  "master": {
    "path": "s3://example-museum-dam-masters/tiff/2019/2019.44.7_recto.tif",
    "bytes": 412338876,
    "sha256": "«h1»",
    "md5": "«m1»"
  },
  "derivatives": [
    {"kind": "iiif", "id": "«u2»", "sha256": "«h2»"},
    {"kind": "web-2000", "id": "«u3»", "sha256": "«h3»"}
  ],
  "rights": "In Copyright - Educational Use Permitted",
  "photographer": "Imaging Studio",
  "capturedAt": "2024-03-12T10:41:07Z"
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), m1=hexs(32)),
      "DAM sidecar metadata: asset UUIDs and fixity checksums")

decoy("json", "public-ids", "iiif/manifests/1931.112.json", r"""{
  "@context": "http://iiif.io/api/presentation/3/context.json",
  "id": "https://iiif.example-museum.org/manifests/1931.112.json",
  "type": "Manifest",
  "label": { "en": [ "Portrait of a Woman with a Fan" ] },
  "rights": "http://creativecommons.org/publicdomain/zero/1.0/",
  "items": [
    {
      "id": "https://iiif.example-museum.org/canvas/1931.112/p1",
      "type": "Canvas",
      "height": 7412,
      "width": 5630,
      "items": [
        {
          "id": "https://iiif.example-museum.org/page/1931.112/p1/1",
          "type": "AnnotationPage",
          "items": [
            {
              "id": "https://iiif.example-museum.org/annotation/1931.112/p1-image",
              "type": "Annotation",
              "motivation": "painting",
              "body": {
                "id": "https://iiif.example-museum.org/iiif/3/5c9e2a7f-3b1d-4e8c-a6f0-2d7b9c1e4f38/full/max/0/default.jpg",
                "type": "Image",
                "format": "image/jpeg",
                "service": [ { "id": "https://iiif.example-museum.org/iiif/3/5c9e2a7f-3b1d-4e8c-a6f0-2d7b9c1e4f38", "type": "ImageService3", "profile": "level2" } ]
              },
              "target": "https://iiif.example-museum.org/canvas/1931.112/p1"
            }
          ]
        }
      ]
    }
  ]
}
""", "IIIF Presentation API 3.0 manifest")

decoy("sql", "password-hashes", "db/seeds/test_members.sql", fill(r"""-- Test members for the staging portal. Hashes only; the test passwords are in the QA handbook.
INSERT INTO members (id, email, display_name, tier, password_hash, created_at) VALUES
  (1001, 'qa.friend@example.org',     'QA Friend',     'friend',     '«h1»', now()),
  (1002, 'qa.patron@example.org',     'QA Patron',     'patron',     '«h2»', now()),
  (1003, 'qa.benefactor@example.org', 'QA Benefactor', 'benefactor', '«h3»', now()),
  (1004, 'qa.lapsed@example.org',     'QA Lapsed',     'friend',     '«h4»', now());

INSERT INTO memberships (member_id, starts_on, ends_on, status) VALUES
  (1001, '2024-01-01', '2024-12-31', 'active'),
  (1002, '2024-04-01', '2025-03-31', 'active'),
  (1003, '2023-09-01', '2024-08-31', 'active'),
  (1004, '2022-01-01', '2022-12-31', 'lapsed');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash()), "bcrypt password hashes ($2b$12$...)")

decoy("cisco", "password-hashes", "network/switches/boxoffice-sw01.cfg", fill(r"""!
version 17.9
hostname boxoffice-sw01
!
enable algorithm-type scrypt secret «e»
!
username netops privilege 15 algorithm-type scrypt secret «u»
!
aaa new-model
aaa authentication login default group tacacs+ local
!
interface Vlan140
 description POS tills and box office PCs
 ip address 10.10.140.2 255.255.255.0
!
tacacs server ISE01
 address ipv4 10.10.0.21
 key 7 <redacted-in-backup>
!
line vty 0 15
 transport input ssh
!
end
""", e="$9$" + chars(14, ALNUM + "./") + "$" + chars(43, ALNUM + "./"), u="$9$" + chars(14, ALNUM + "./") + "$" + chars(43, ALNUM + "./")),
      "Cisco IOS type 9 (scrypt) secrets are one-way hashes; redacted backup")

decoy("ssh", "public-keys", "kiosk/provision/authorized_keys", "\n".join([
    "# Kiosk fleet: museum IT admins (public keys only)",
    ssh_pub("j.okafor@museum-it"),
    ssh_pub("r.lindqvist@museum-it"),
    ssh_pub("ansible@mgmt01"),
    ssh_pub("breakglass-yubikey-2024"),
    "from=\"10.30.0.0/16\",no-agent-forwarding " + ssh_pub("monitoring@nagios01"),
]) + "\n", "OpenSSH authorized_keys format (public keys)")

decoy("pem", "certificate", "scanners/certs/admissions-chain.pem", cert_pem(10) + "\n" + cert_pem(8) + "\n",
      "X.509 certificates in PEM (RFC 7468) - public")

decoy("python", "env-reference", "boxoffice/tessitura_settings.py", r"""import os
from dataclasses import dataclass


@dataclass(frozen=True)
class TessituraSettings:
    base_url: str
    user: str
    usergroup: str
    location: str
    password: str


def load() -> TessituraSettings:
    # All values come from the environment (injected from the secret store by the deploy job).
    return TessituraSettings(
        base_url=os.environ["TESSITURA_BASE"],
        user=os.environ["TESSITURA_USER"],
        usergroup=os.environ.get("TESSITURA_GROUP", "webapi"),
        location=os.environ.get("TESSITURA_LOCATION", "WEBPROD01"),
        password=os.environ["TESSITURA_PASSWORD"],
    )
""", "twelve-factor config: credentials read from environment variables")

decoy("go", "secret-manager-lookup", "internal/config/secrets.go", r"""package config

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/secretsmanager"
)

// GateAPI holds the door-scanning API credentials, fetched at start-up.
type GateAPI struct {
	User     string `json:"user"`
	Password string `json:"password"`
}

func LoadGateAPI(ctx context.Context) (*GateAPI, error) {
	cfg, err := awsconfig.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	out, err := secretsmanager.NewFromConfig(cfg).GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
		SecretId: aws.String("prod/admissions/gate-api"),
	})
	if err != nil {
		return nil, fmt.Errorf("gate api secret: %w", err)
	}
	var g GateAPI
	return &g, json.Unmarshal([]byte(aws.ToString(out.SecretString)), &g)
}
""", "AWS SDK for Go v2: Secrets Manager GetSecretValue")

decoy("terraform", "generated-password", "infra/members/db.tf", r"""resource "random_password" "members_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_db_instance" "members" {
  identifier              = "members-prod"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "members_owner"
  password                = random_password.members_db.result
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret" "members_db" {
  name = "prod/members/db"
}

resource "aws_secretsmanager_secret_version" "members_db" {
  secret_id     = aws_secretsmanager_secret.members_db.id
  secret_string = jsonencode({ username = "members_owner", password = random_password.members_db.result })
}
""", "Terraform random_password with AWS Secrets Manager")

decoy("github-actions", "secrets-reference", ".github/workflows/deploy-members.yml", r"""name: Deploy members portal

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
          role-to-assume: arn:aws:iam::418273645091:role/gh-deploy-members
          aws-region: eu-west-1
      - name: Deploy
        run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""", "GitHub Actions: secrets context and OIDC role assumption")

decoy("gitlab-ci", "variable-reference", "streaming/.gitlab-ci.yml", r"""stages: [build, publish]

build-player:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

publish-player:
  stage: publish
  image: amazon/aws-cli:2.15.30
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  script:
    # MUX_TOKEN_ID / MUX_TOKEN_SECRET are masked, protected CI/CD variables
    - test -n "$MUX_TOKEN_SECRET"
    - aws s3 sync dist/ s3://watch-example-operahouse/player/ --delete
    - curl -sf -u "$MUX_TOKEN_ID:$MUX_TOKEN_SECRET" https://api.mux.com/video/v1/live-streams > /dev/null
""", "GitLab CI/CD masked variables")

decoy("compose", "env-reference", "docker-compose.yml", r"""services:
  collections-api:
    build: .
    environment:
      TMS_DB_HOST: ${TMS_DB_HOST:-tms-sql}
      TMS_DB_USER: ${TMS_DB_USER:?set TMS_DB_USER}
      TMS_DB_PASSWORD: ${TMS_DB_PASSWORD:?set TMS_DB_PASSWORD}
      IIIF_BASE: https://iiif.example-museum.org/iiif/3
    ports:
      - "5080:5080"
  search:
    image: docker.elastic.co/elasticsearch/elasticsearch:8.13.4
    environment:
      discovery.type: single-node
      ELASTIC_PASSWORD_FILE: /run/secrets/elastic_password
    secrets:
      - elastic_password
secrets:
  elastic_password:
    file: ./secrets/elastic_password.txt
""", "Compose variable interpolation (${VAR:?error}) and secrets")

decoy("markdown", "placeholder", "docs/runbooks/tessitura-api.md", r"""# Tessitura REST API - runbook

## Calling the API by hand

Build the Basic credential from **user:usergroup:location:password**:

```bash
printf '%s' 'YOUR_USER:webapi:YOUR_MACHINE:YOUR_PASSWORD' | base64
curl -H "Authorization: Basic <base64-from-above>" \
  https://rest.tessitura.example-symphony.org/tessitura/api/Diagnostics/Status
```

The service account password lives in the vault under `Box Office / Tessitura / svc_webstore`.
Never paste it into tickets or Slack. If it was exposed, rotate it in Tessitura (Security > Users)
and update the vault entry; the sync jobs pick it up within 5 minutes.

## Stripe

The live secret key (`sk_live_...`) is only in the vault. Logs show it as `sk_live_****7Qz`.
""", "Tessitura REST API documentation; runbook with placeholders")

decoy("log", "redacted", "logs/admissions-gateway-2024-06-14.log", r"""2024-06-14T18:31:02.114Z INFO  gateway  starting admissions gateway v5.2.0 (profile=prod)
2024-06-14T18:31:02.530Z INFO  db       connected jdbc:postgresql://scan-db.venue.internal:5432/admissions user=scan_gateway password=******
2024-06-14T18:31:03.002Z INFO  auth     device STALLS_L-07 registered, token=Bearer [REDACTED]
2024-06-14T18:42:17.771Z INFO  scan     gate=STALLS_L ticket=TKT-88213402 result=VALID
2024-06-14T18:42:19.104Z WARN  scan     gate=CIRCLE ticket=TKT-88213977 result=ALREADY_SCANNED first=18:40:55
2024-06-14T18:43:01.993Z INFO  scan     gate=GALLERY ticket=TKT-88214410 result=VALID
2024-06-14T18:44:12.320Z ERROR tess     upstream Tessitura auth failed for svc_scan (Authorization: Basic ********)
2024-06-14T18:44:13.001Z INFO  tess     retrying with cached performance list
""", "application log with masked credentials")

decoy("python", "vendor-example", "tests/test_dam_s3.py", r"""import boto3
import pytest
from moto import mock_aws

from dam_tools.archive import archive_master

# The example credentials from the AWS documentation; moto never calls AWS.
EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
EXAMPLE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@pytest.fixture
def s3(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY_ID)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", EXAMPLE_SECRET)
    with mock_aws():
        client = boto3.client("s3", region_name="eu-west-2")
        client.create_bucket(Bucket="dam-masters", CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
        yield client


def test_archive_master_sets_deep_archive(s3, tmp_path):
    f = tmp_path / "2019.44.7_recto.tif"
    f.write_bytes(b"II*\x00fake tiff")
    key = archive_master(str(f), bucket="dam-masters")
    head = s3.head_object(Bucket="dam-masters", Key=key)
    assert head["StorageClass"] == "DEEP_ARCHIVE"
""", "AWS documentation example access keys (AKIAIOSFODNN7EXAMPLE)")

decoy("ruby", "test-fixture", "spec/lib/spektrix/signer_spec.rb", r"""require "spec_helper"
require "spektrix/signer"

RSpec.describe Spektrix::Signer do
  # Not a real Spektrix key: base64 of the bytes "not-a-real-spektrix-secret-key!!"
  let(:fake_secret) { Base64.strict_encode64("not-a-real-spektrix-secret-key!!") }

  before { stub_const("Spektrix::Signer::SECRET_KEY", fake_secret) }

  it "signs GET requests with the SpektrixAPI3 scheme" do
    Timecop.freeze(Time.utc(2024, 1, 2, 3, 4, 5)) do
      headers = described_class.new("testclient").headers("GET", "/testclient/api/v3/events")
      expect(headers["Authorization"]).to start_with("SpektrixAPI3 website-ruby:")
      expect(headers["Date"]).to eq("Tue, 02 Jan 2024 03:04:05 GMT")
    end
  end
end
""", "RSpec test fixture with a self-declared fake key")

decoy("javascript", "public-client-key", "web/src/payments/adyenDropin.js", fill(r"""import AdyenCheckout from '@adyen/adyen-web';
import '@adyen/adyen-web/dist/adyen.css';

// Client key: public, restricted to our allowed origins in the Customer Area.
const CLIENT_KEY = '«ck»';

export async function mountDropin(session, onDone) {
  const checkout = await AdyenCheckout({
    environment: 'live',
    clientKey: CLIENT_KEY,
    session,
    onPaymentCompleted: (result) => onDone(result.resultCode),
    onError: (err) => console.error('adyen', err.name),
  });
  checkout.create('dropin').mount('#dropin-container');
}
""", ck="live_" + chars(32, UPPER_ALNUM)), "Adyen client-side authentication: client keys are public")

decoy("html", "public-ids", "web/templates/shop/card-form.html", fill(r"""<!-- Museum shop: Square Web Payments SDK card form. App and location ids are public. -->
<script src="https://web.squarecdn.com/v1/square.js"></script>
<form id="payment-form">
  <div id="card-container"></div>
  <button id="card-button" type="button">Pay</button>
</form>
<script>
  const appId = '«app»';
  const locationId = '«loc»';
  (async () => {
    const payments = window.Square.payments(appId, locationId);
    const card = await payments.card();
    await card.attach('#card-container');
    document.getElementById('card-button').addEventListener('click', async () => {
      const result = await card.tokenize();
      if (result.status === 'OK') {
        await fetch('/shop/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ sourceId: result.token }) });
      }
    });
  })();
</script>
""", app="sq0idp-" + chars(22, B64URL), loc="L" + chars(12, UPPER_ALNUM)),
      "Square Web Payments SDK: application id and location id (public)")

decoy("html", "public-client-id", "donate/templates/paypal-button.html", fill(r"""<div class="donate-box">
  <h2>Support the Spring Appeal</h2>
  <div id="paypal-button-container"></div>
</div>
<script src="https://www.paypal.com/sdk/js?client-id=«cid»&currency=USD&intent=capture&enable-funding=venmo"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch('/api/paypal/orders', { method: 'POST' }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/api/paypal/orders/${data.orderID}/capture`, { method: 'POST' })
      .then(() => { window.location = '/donate/thank-you'; }),
  }).render('#paypal-button-container');
</script>
""", cid="A" + chars(79, B64URL)), "PayPal JavaScript SDK: client-id query parameter (public)")

decoy("html", "site-key", "members/templates/join.html", fill(r"""{% extends "base.html" %}
{% block content %}
<h1>Become a Member</h1>
<form method="post" action="{% url 'join' %}">
  {% csrf_token %}
  {{ form.as_p }}
  <div class="g-recaptcha" data-sitekey="«sk»"></div>
  <button type="submit">Join now</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", sk="6L" + chars(38, B64URL)), "Google reCAPTCHA: site key is used in the HTML (public)")

decoy("typescript", "public-client-id", "portal/src/auth/google.ts", fill(r"""// Sign in with Google for members (OAuth client id is public; there is no client secret in the SPA).
export const GOOGLE_CLIENT_ID = '«cid».apps.googleusercontent.com';

export function renderGoogleButton(el: HTMLElement, onCredential: (jwt: string) => void): void {
  google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp: { credential: string }) => onCredential(resp.credential),
    ux_mode: 'popup',
    auto_select: false,
  });
  google.accounts.id.renderButton(el, { theme: 'outline', size: 'large', text: 'continue_with' });
}
""", cid=str(_rng().randint(10**11, 10**12)) + "-" + chars(32, LOWER_ALNUM)),
      "Google Identity Services: OAuth client id (public)")

decoy("json", "public-client-id", "audio-guide-web/public/auth_config.json", fill(r"""{
  "domain": "login.example-museum.org",
  "clientId": "«cid»",
  "audience": "https://api.example-museum.org/members",
  "redirectUri": "https://guide.example-museum.org/callback",
  "scope": "openid profile email",
  "useRefreshTokens": true,
  "cacheLocation": "localstorage"
}
""", cid=chars(32)), "Auth0 SPA SDK configuration (domain and client id are public)")

decoy("javascript", "public-dsn", "guide-web/src/sentry.js", fill(r"""import * as Sentry from '@sentry/browser';

// DSNs are safe to keep public: they only allow sending events.
Sentry.init({
  dsn: 'https://«k»@o«org».ingest.sentry.io/«proj»',
  release: `audio-guide-web@${__APP_VERSION__}`,
  environment: 'production',
  tracesSampleRate: 0.05,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});
""", k=hexs(32), org=str(_rng().randint(100000, 999999)), proj=str(_rng().randint(1000000, 9999999))),
      "Sentry docs: DSN is not a secret (browser SDK)")

decoy("javascript", "search-only-key", "collection-site/src/search.js", fill(r"""import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits, refinementList } from 'instantsearch.js/es/widgets';

// Search-only API key: public by design, can only query the objects_prod index.
const searchClient = algoliasearch('Q7X2M9K4PL', '«k»');

const search = instantsearch({ indexName: 'objects_prod', searchClient });
search.addWidgets([
  searchBox({ container: '#q', placeholder: 'Search the collection' }),
  refinementList({ container: '#department', attribute: 'department' }),
  hits({ container: '#hits', templates: { item: (h) => `<a href="/objects/${h.objectID}">${h.title}</a>` } }),
]);
search.start();
""", k=hexs(32)), "Algolia: search-only API keys are safe in front-end code")

decoy("python", "vendor-example", "research/europeana_demo.py", r"""# Quick look at Europeana records for the textile research notebook.
# Uses the public demo key from the Europeana API documentation; register your own for real work.
import requests

EUROPEANA_KEY = "api2demo"

r = requests.get(
    "https://api.europeana.eu/record/v2/search.json",
    params={"wskey": EUROPEANA_KEY, "query": "ikat", "qf": "TYPE:IMAGE", "rows": 24, "reusability": "open"},
    timeout=30,
)
r.raise_for_status()
for item in r.json().get("items", []):
    print(item["id"], "|", (item.get("title") or ["?"])[0])
""", "Europeana Search API docs: api2demo demo key")


# == decoys: identifiers, ciphertext, hashes and code that reads secrets =======================

rng_t = _rng()
ticket_rows = "\n".join(
    f"TKT-{rng_t.randint(88000000, 88999999)},{rng_t.choice(['STALLS', 'CIRCLE', 'GALLERY'])},"
    f"{rng_t.choice('ABCDEFGHJK')}{rng_t.randint(1, 30)},{rng_t.choice(['Adult', 'Concession', 'Under 26'])},"
    f"{hexs(12).upper()}" for _ in range(12))
decoy("csv", "ticket-ids", "exports/perf_20240614_1930_admissions.csv",
      "ticket_no,section,seat,price_type,barcode_check\n" + ticket_rows + "\n",
      "box office admissions export: ticket numbers and barcode check digits")

decoy("json", "public-ids", "seatmaps/main-house.json", r"""{
  "venue": "Main House",
  "version": "2024-25",
  "sections": [
    {"id": "STL", "name": "Stalls", "rows": ["A", "B", "C", "D", "E", "F", "G", "H"], "seatsPerRow": 28, "priceZone": "Z1"},
    {"id": "DC", "name": "Dress Circle", "rows": ["A", "B", "C", "D", "E"], "seatsPerRow": 24, "priceZone": "Z2"},
    {"id": "UC", "name": "Upper Circle", "rows": ["A", "B", "C", "D", "E", "F"], "seatsPerRow": 26, "priceZone": "Z3"},
    {"id": "BOX", "name": "Boxes", "rows": ["A", "B", "C", "D"], "seatsPerRow": 4, "priceZone": "Z1"}
  ],
  "accessible": [{"section": "STL", "row": "H", "seats": [1, 2, 27, 28], "type": "wheelchair"}],
  "restrictedView": [{"section": "UC", "row": "F", "seats": [1, 2, 3, 24, 25, 26]}],
  "tessituraZoneMap": {"Z1": 118, "Z2": 119, "Z3": 120}
}
""", "seat map data: section and zone ids")

decoy("html", "public-ids", "site/templates/partials/concert-embed.html", r"""<section class="watch-again">
  <h2>Watch again: Mahler 5 from the Great Hall</h2>
  <div class="video">
    <iframe src="https://player.vimeo.com/video/912834576?h=7c2a9f1b3e&amp;badge=0&amp;autopause=0"
            allow="autoplay; fullscreen; picture-in-picture" title="Mahler Symphony No. 5"></iframe>
  </div>
  <h3>Pre-concert talk</h3>
  <div class="video">
    <iframe src="https://www.youtube-nocookie.com/embed/Xk3v9QmPq2A?rel=0"
            title="Pre-concert talk" allow="encrypted-media; picture-in-picture" allowfullscreen></iframe>
  </div>
</section>
""", "Vimeo and YouTube embed codes (public video ids)")

decoy("html", "public-ids", "watch/templates/player.html", fill(r"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Digital Stage - Live</title>
  <script src="https://cdn.jsdelivr.net/npm/@mux/mux-player"></script>
</head>
<body>
  <!-- Playback ids are public; signed playback tokens are minted per viewer by /api/entitlement -->
  <mux-player
    playback-id="«pid»"
    stream-type="live"
    metadata-video-title="La Boheme - Live from the Opera House"
    playback-token="{{ playback_token }}"
    accent-color="#8a1538">
  </mux-player>
</body>
</html>
""", pid=chars(44, ALNUM)), "Mux Player: playback id (public) and per-viewer signed token template")

decoy("m3u8", "key-uri", "streaming/hls/boheme_act1/1080p.m3u8", fill(r"""#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:6
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXT-X-KEY:METHOD=AES-128,URI="https://keys.watch.example-operahouse.org/v1/keys/boheme_act1?entitlement=required",IV=0x«iv»
#EXTINF:6.000,
seg_00000.ts
#EXTINF:6.000,
seg_00001.ts
#EXTINF:6.000,
seg_00002.ts
#EXTINF:4.480,
seg_00003.ts
#EXT-X-ENDLIST
""", iv=uphex(32)), "RFC 8216 HLS EXT-X-KEY (key URI and IV; the key is fetched after entitlement)")

decoy("json", "empty-value", "kiosk/config/interactive-table.json", r"""{
  "kioskId": "G12-TABLE-01",
  "contentUrl": "https://interactives.example-sciencemuseum.org/table/",
  "idleResetSeconds": 90,
  "adminExit": {
    "gesture": "four-corner-tap",
    "pin": "",
    "pinSource": "Set per device by Intune (KioskExitPin configuration profile)"
  },
  "telemetry": {
    "endpoint": "https://telemetry.example-sciencemuseum.org/ingest",
    "apiKey": null
  },
  "volume": 45,
  "languages": ["en", "cy", "fr", "de"]
}
""", "kiosk configuration with values supplied by MDM")

decoy("jenkinsfile", "credentials-reference", "Jenkinsfile", r"""pipeline {
    agent { label 'linux' }
    environment {
        REGISTRY = 'registry.example-ballet.org'
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build'
            }
        }
        stage('Publish') {
            when { branch 'main' }
            steps {
                withCredentials([usernamePassword(credentialsId: 'registry-push', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
                    sh 'echo "$REG_PASS" | docker login "$REGISTRY" -u "$REG_USER" --password-stdin'
                    sh 'docker build -t "$REGISTRY/ticketing-web:$BUILD_NUMBER" . && docker push "$REGISTRY/ticketing-web:$BUILD_NUMBER"'
                }
            }
        }
    }
}
""", "Jenkins Credentials Binding plugin: withCredentials usernamePassword")

decoy("powershell", "secret-manager-lookup", "ops/Sync-DonorExport.ps1", r"""#Requires -Modules Microsoft.PowerShell.SecretManagement
# Copies the weekly donor export to the mailing house SFTP. Credentials come from the SecretStore vault.
param([string]$ExportPath = "D:\Exports\donors_weekly.csv")

$cred = Get-Secret -Vault DevelopmentOffice -Name "MailingHouseSftp"   # PSCredential
$session = New-SFTPSession -ComputerName "sftp.mailinghouse.example.net" -Credential $cred -AcceptKey
try {
    Set-SFTPItem -SessionId $session.SessionId -Path $ExportPath -Destination "/inbound/"
    Write-Output "Uploaded $(Split-Path $ExportPath -Leaf)"
}
finally {
    Remove-SFTPSession -SessionId $session.SessionId | Out-Null
}
""", "PowerShell SecretManagement Get-Secret")

decoy("json", "keyvault-reference", "src/Members.Api/appsettings.Production.json", r"""{
  "ConnectionStrings": {
    "Members": "@Microsoft.KeyVault(SecretUri=https://kv-members-prod.vault.azure.net/secrets/members-sql/)"
  },
  "Tessitura": {
    "BaseUrl": "https://rest.tessitura.example-symphony.org/tessitura/api",
    "User": "members_api",
    "Password": "@Microsoft.KeyVault(VaultName=kv-members-prod;SecretName=tessitura-members-api)"
  },
  "Serilog": {
    "MinimumLevel": "Information"
  }
}
""", "Azure App Service Key Vault references")

decoy("properties", "encrypted-value", "collections-api/src/main/resources/application.properties", fill(r"""# Values in ENC(...) are Jasypt ciphertext; the key is JASYPT_ENCRYPTOR_PASSWORD on the host only.
spring.datasource.url=jdbc:sqlserver://tms-sql:1433;databaseName=TMS;encrypt=true
spring.datasource.username=collections_api
spring.datasource.password=ENC(«a»)
emuseum.api.key=ENC(«b»)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
jasypt.encryptor.iv-generator-classname=org.jasypt.iv.RandomIvGenerator
""", a=b64_bytes(48), b=b64_bytes(64)), "Jasypt Spring Boot: ENC() encrypted properties")

decoy("k8s", "sealed-secret", "deploy/k8s/members/sealed-db.yaml", fill(r"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: members-db
  namespace: members
spec:
  encryptedData:
    DATABASE_URL: «a»
    REDIS_URL: «b»
  template:
    metadata:
      name: members-db
      namespace: members
    type: Opaque
""", a="AgB" + b64_bytes(300)[3:], b="AgC" + b64_bytes(260)[3:]), "Bitnami Sealed Secrets: encryptedData (asymmetric ciphertext)")

decoy("hcl", "vault-template", "vault-agent/templates/spektrix.env.ctmpl", r"""{{- with secret "kv/data/ticketing/spektrix" -}}
SPEKTRIX_CLIENT_NAME=riversidetheatre
SPEKTRIX_API_USER={{ .Data.data.api_user }}
SPEKTRIX_SECRET_KEY={{ .Data.data.secret_key }}
{{- end }}
{{- with secret "database/creds/ticketing-ro" }}
TICKETING_DB_USER={{ .Data.username }}
TICKETING_DB_PASSWORD={{ .Data.password }}
{{- end }}
""", "Vault Agent templates (consul-template syntax)")

lock = {
    "name": "seatmap-widget",
    "version": "2.4.1",
    "lockfileVersion": 3,
    "requires": True,
    "packages": {
        "": {"name": "seatmap-widget", "version": "2.4.1", "dependencies": {"d3-zoom": "^3.0.0"}},
        "node_modules/d3-zoom": {"version": "3.0.0", "resolved": "https://registry.npmjs.org/d3-zoom/-/d3-zoom-3.0.0.tgz",
                                 "integrity": "sha512-" + b64_bytes(64)},
        "node_modules/d3-selection": {"version": "3.0.0", "resolved": "https://registry.npmjs.org/d3-selection/-/d3-selection-3.0.0.tgz",
                                      "integrity": "sha512-" + b64_bytes(64)},
        "node_modules/d3-transition": {"version": "3.0.1", "resolved": "https://registry.npmjs.org/d3-transition/-/d3-transition-3.0.1.tgz",
                                       "integrity": "sha512-" + b64_bytes(64)},
    },
}
decoy("json", "integrity-hashes", "packages/seatmap-widget/package-lock.json", json.dumps(lock, indent=2) + "\n",
      "npm package-lock.json integrity (Subresource Integrity sha512)")

gosum = "\n".join(f"{mod} {ver} h1:{b64_bytes(32)}\n{mod} {ver}/go.mod h1:{b64_bytes(32)}" for mod, ver in [
    ("github.com/stripe/stripe-go/v76", "v76.25.0"), ("golang.org/x/oauth2", "v0.20.0"),
    ("github.com/aws/aws-sdk-go-v2", "v1.27.0"), ("github.com/google/uuid", "v1.6.0")])
decoy("go-sum", "checksums", "go.sum", gosum + "\n", "Go modules go.sum (h1: hashes)")

decoy("k8s", "image-digests", "deploy/k8s/guide-api/deployment.yaml", fill(r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: guide-api
  namespace: audio-guide
spec:
  replicas: 3
  selector:
    matchLabels: { app: guide-api }
  template:
    metadata:
      labels: { app: guide-api }
    spec:
      containers:
        - name: api
          image: registry.example-artmuseum.org/guide-api@sha256:«d1»
          envFrom:
            - secretRef:
                name: guide-api-env
          env:
            - name: ELEVENLABS_API_KEY
              valueFrom:
                secretKeyRef: { name: guide-tts, key: api-key }
        - name: nginx
          image: nginx@sha256:«d2»
""", d1=hexs(64), d2=hexs(64)), "Kubernetes image digests and secretKeyRef")

decoy("php", "placeholder", "members-site/wp-config-sample.php", r"""<?php
/**
 * The base configuration for WordPress - sample file, copy to wp-config.php.
 */
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", "WordPress wp-config-sample.php")

decoy("php", "env-reference", "web/sites/default/settings.production.php", r"""<?php

// Production overrides: all credentials come from the platform environment.
$databases['default']['default'] = [
  'database' => getenv('DRUPAL_DB_NAME'),
  'username' => getenv('DRUPAL_DB_USER'),
  'password' => getenv('DRUPAL_DB_PASSWORD'),
  'host' => getenv('DRUPAL_DB_HOST'),
  'port' => getenv('DRUPAL_DB_PORT') ?: '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');
$config['tessitura.settings']['api_password'] = getenv('TESSITURA_API_PASSWORD');
""", "Drupal settings.php with getenv()")

decoy("yaml", "erb-reference", "config/database.yml", r"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: membership_development

test:
  <<: *default
  database: membership_test

production:
  <<: *default
  host: <%= ENV["DATABASE_HOST"] %>
  database: membership_production
  username: membership
  password: <%= Rails.application.credentials.dig(:database, :password) %>
""", "Rails database.yml with ERB and encrypted credentials")

nb2 = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Subscriber renewals by postcode district\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import getpass\n", "import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                    "pw = getpass.getpass('Tessitura reporting password: ')\n",
                    "eng = sa.create_engine(f'mssql+pyodbc://rpt_analyst:{pw}@Impresario')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_sql('SELECT postal_code, renewed FROM lv_subscriber_renewals', eng)\n",
                    "df.groupby(df.postal_code.str[:4]).renewed.mean().sort_values().head(20)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
decoy("notebook", "prompted-password", "analysis/renewals_by_district.ipynb", json.dumps(nb2, indent=1) + "\n",
      "Python getpass: password prompted at run time")

decoy("shell-history", "secret-manager-lookup", "home/streamops/.zsh_history", r""": 1718380012:0;cd ~/broadcast
: 1718380020:0;op signin
: 1718380031:0;export STREAM_KEY="$(op read 'op://Broadcast/YouTube Live - Main/stream key')"
: 1718380040:0;./go_live.sh --input decklink --key-env STREAM_KEY
: 1718383702:0;unset STREAM_KEY
: 1718383710:0;aws ivs get-stream --channel-arn arn:aws:ivs:us-west-2:418273645091:channel/Ab1Cd2Ef3Gh4
: 1718383790:0;ls -lh /srv/archive | tail
""", "1Password CLI secret references (op read op://...)")

decoy("npmrc", "env-reference", "web/.npmrc", r"""registry=https://registry.npmjs.org/
@example-museum:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
""", "npm config: environment variable expansion in .npmrc")

decoy("htpasswd", "password-hashes", "deploy/nginx/staging.htpasswd", "\n".join(
    f"{user}:{bcrypt_hash().replace('$2b$', '$2y$')}" for user in
    ["curator", "registrar", "digital", "agency-preview", "press-office"]) + "\n",
      "Apache htpasswd bcrypt entries ($2y$)")

decoy("json", "empty-value", "postman/Tessitura-Prod.postman_environment.json", r"""{
  "id": "4c9a2e7b-1f3d-4b8a-9e6c-2d5f8a1b3c7e",
  "name": "Tessitura - Production",
  "values": [
    { "key": "baseUrl", "value": "https://rest.tessitura.example-symphony.org/tessitura/api", "type": "default", "enabled": true },
    { "key": "user", "value": "svc_webstore", "type": "default", "enabled": true },
    { "key": "usergroup", "value": "webapi", "type": "default", "enabled": true },
    { "key": "location", "value": "POSTMAN", "type": "default", "enabled": true },
    { "key": "password", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-05-02T10:14:33.118Z",
  "_postman_exported_using": "Postman/11.0.9"
}
""", "Postman environment export with secret-type variable left empty")

decoy("openapi", "placeholder", "api/openapi.yaml", r"""openapi: 3.0.3
info:
  title: Partner Ticketing API
  version: 1.4.0
  description: |
    Partner hotels and tour operators book group tickets through this API.
    Example: `curl -H "Authorization: Bearer YOUR_PARTNER_TOKEN" https://partners.example-theatre.org/v1/availability`
servers:
  - url: https://partners.example-theatre.org/v1
components:
  securitySchemes:
    partnerToken:
      type: http
      scheme: bearer
      bearerFormat: opaque
security:
  - partnerToken: []
paths:
  /availability:
    get:
      summary: Seats available per performance
      parameters:
        - { name: from, in: query, schema: { type: string, format: date } }
      responses:
        "200": { description: OK }
""", "OpenAPI 3 bearer security scheme with a placeholder example")

decoy("azure-pipelines", "variable-reference", "azure-pipelines.yml", r"""trigger:
  branches:
    include: [main]

variables:
  - group: members-prod-secrets   # linked to Key Vault kv-members-prod
  - name: buildConfiguration
    value: Release

pool:
  vmImage: windows-latest

steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: '--configuration $(buildConfiguration) --output $(Build.ArtifactStagingDirectory)'
  - task: AzureWebApp@1
    inputs:
      azureSubscription: 'sc-members-prod'
      appName: 'members-api-prod'
      package: '$(Build.ArtifactStagingDirectory)/**/*.zip'
      appSettings: '-Tessitura__Password "$(tessitura-members-api)"'
""", "Azure Pipelines variable groups linked to Key Vault")

decoy("swift", "keychain-lookup", "AudioGuide/Sources/Auth/TokenStore.swift", r"""import Foundation
import Security

/// Stores the member's session token in the Keychain; nothing is hard-coded.
enum TokenStore {
    private static let service = "org.example.audioguide.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
        add[kSecAttrAccessible as String] = kSecAttrAccessibleAfterFirstUnlock
        SecItemAdd(add as CFDictionary, nil)
    }

    static func load() -> String? {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(query as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
""", "Apple Keychain Services (SecItemAdd / SecItemCopyMatching)")

decoy("gradle", "property-reference", "android/app/signing.gradle", r"""// Release signing: values come from ~/.gradle/gradle.properties on the build agent or CI env vars.
def prop = { String name -> (project.findProperty(name) ?: System.getenv(name)) as String }

android {
    signingConfigs {
        release {
            storeFile file(prop('AUDIOGUIDE_KEYSTORE_PATH') ?: 'missing.jks')
            storePassword prop('AUDIOGUIDE_KEYSTORE_PASSWORD')
            keyAlias 'upload'
            keyPassword prop('AUDIOGUIDE_KEY_PASSWORD')
        }
    }
    defaultConfig {
        buildConfigField 'String', 'GUIDE_API_BASE', '"https://guide-api.example-artmuseum.org/v2"'
    }
}
""", "Gradle: project properties and environment variables for signing")


# == decoys: public keys, policies, docs and more references ===================================

decoy("json", "policy-ids", "infra/dam/policies/dam-ingest-policy.json", r"""{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "WriteMasters",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:PutObjectTagging", "s3:AbortMultipartUpload"],
      "Resource": "arn:aws:s3:::example-museum-dam-masters/tiff/*"
    },
    {
      "Sid": "ReadDerivatives",
      "Effect": "Allow",
      "Action": ["s3:GetObject"],
      "Resource": "arn:aws:s3:::example-museum-iiif-masters/*"
    },
    {
      "Sid": "UseDamKey",
      "Effect": "Allow",
      "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
      "Resource": "arn:aws:kms:eu-west-2:418273645091:key/7d3e1b2a-4c5f-4e6a-8b9c-0d1e2f3a4b5c"
    }
  ]
}
""", "AWS IAM policy JSON (ARNs and account ids are identifiers)")

decoy("terraform", "public-key", "infra/streaming/cloudfront_keys.tf", fill(r"""# Public key for CloudFront signed URLs on archive recordings. The private key is in Secrets Manager.
resource "aws_cloudfront_public_key" "recordings" {
  name        = "recordings-signing-2024"
  comment     = "Archive recordings signed URLs"
  encoded_key = <<-EOT
«pub»
EOT
}

resource "aws_cloudfront_key_group" "recordings" {
  name    = "recordings"
  items   = [aws_cloudfront_public_key.recordings.id]
  comment = "Viewer access to archive recordings"
}
""", pub=public_pem()), "CloudFront signed URLs: public key and key group")

jwks = {"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16),
     "n": chars(342, B64URL), "e": "AQAB"},
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(16),
     "n": chars(342, B64URL), "e": "AQAB"},
]}
decoy("json", "public-keys", "portal/public/.well-known/jwks.json", json.dumps(jwks, indent=2) + "\n",
      "RFC 7517 JSON Web Key Set (public RSA keys: n, e)")

r_pgp = _rng()
pgp_body = "\n".join("".join(r_pgp.choice(B64) for _ in range(64)) for _ in range(10))[7:]
decoy("markdown", "public-key", "SECURITY.md", fill(r"""# Security policy

Please report vulnerabilities in the ticketing site, the members' portal or the audio guide apps to
security@example-concerthall.org. Encrypt sensitive reports with our PGP key:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGX«body»
=«crc»
-----END PGP PUBLIC KEY BLOCK-----
```

We reply within three working days. Please do not test against live on-sales.
""", body=pgp_body, crc=chars(4, B64)), "OpenPGP public key block (RFC 4880 ASCII armor)")

decoy("log", "presigned-url", "logs/dam-export-2024-06-14.log", fill(r"""2024-06-14 09:12:03 INFO export job 4471 started for request LR-2024-118 (image licensing)
2024-06-14 09:12:41 INFO packaged 12 derivatives (2000px JPEG) into LR-2024-118.zip
2024-06-14 09:12:42 INFO download link (expires in 15 minutes):
  https://example-museum-dam-exports.s3.eu-west-2.amazonaws.com/exports/LR-2024-118.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«kid»%2F20240614%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20240614T091242Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=«sig»
2024-06-14 09:12:42 INFO emailed link to licensing@example-publisher.com
2024-06-14 09:12:43 INFO export job 4471 done
""", kid=fakes.aws_key_id(_seed()), sig=hexs(64)), "S3 presigned URL (SigV4 query auth; expires)")

decoy("markdown", "example-value", "docs/staff/password-guidance.md", r"""# Choosing passwords for museum systems

* Use a passphrase of four or more random words, e.g. the well-known example
  `correct horse battery staple` (don't use that one - it is in every wordlist).
* Never reuse your Tessitura, Raiser's Edge or email password anywhere else.
* Shared accounts (box office tills, kiosk admin) live in the team vault, not in spreadsheets.
* If you think a password was exposed, tell the IT service desk straight away: ext. 4357.

| System              | Where the credential lives                |
|---------------------|-------------------------------------------|
| Tessitura           | your own account, MFA via Authenticator   |
| Shop tills (Square) | team vault: "Retail / Square devices"     |
| Gallery kiosks      | Intune LAPS                               |
""", "staff guidance with a famous example passphrase")

decoy("makefile", "secret-manager-lookup", "Makefile", r""".PHONY: deploy-guide deploy-kiosk-content

GUIDE_API_KEY = $(shell pass show museum/audio-guide/api-key)
KIOSK_HOSTS  ?= kiosk-g01 kiosk-g02 kiosk-g12

deploy-guide:
	GUIDE_API_KEY="$(GUIDE_API_KEY)" npm run build --workspace audio-guide-web
	rsync -az --delete audio-guide-web/dist/ deploy@guide-web01:/srv/guide/

deploy-kiosk-content:
	for h in $(KIOSK_HOSTS); do rsync -az content/ kioskadmin@$$h:/opt/kiosk/content/; done
""", "pass (the standard unix password manager) lookups in a Makefile")

decoy("shell", "keychain-lookup", "kiosk/macos/provision_mac_mini.sh", r"""#!/bin/zsh
# Provision a Mac mini that drives a gallery projection. Secrets come from the admin's login keychain.
set -euo pipefail

WIFI_PSK=$(security find-generic-password -s "MUSEUM-EXHIBITS wifi" -w)
MDM_TOKEN=$(security find-generic-password -s "jamf-enrolment" -a "$USER" -w)

networksetup -setairportnetwork en0 "MUSEUM-EXHIBITS" "$WIFI_PSK"
sudo profiles renew -type enrollment
sudo /usr/local/bin/jamf enroll -invitation "$MDM_TOKEN" -noPolicy
defaults write com.apple.screensaver idleTime 0
sudo pmset -a displaysleep 0 sleep 0 disksleep 0
echo "provisioned $(scutil --get ComputerName)"
""", "macOS security find-generic-password -w")

decoy("systemd", "credential-reference", "deploy/systemd/liquidsoap-concert.service", r"""[Unit]
Description=Concert hall radio relay (Liquidsoap)
After=network-online.target sound.target
Wants=network-online.target

[Service]
User=liquidsoap
LoadCredential=icecast-source:/etc/credstore/icecast-source
Environment=ICECAST_PASSWORD_FILE=%d/icecast-source
EnvironmentFile=-/etc/default/liquidsoap-concert
ExecStart=/usr/bin/liquidsoap /opt/radio/concert_stream.liq
Restart=on-failure
RestartSec=5

[Install]
WantedBy=multi-user.target
""", "systemd credentials (LoadCredential=) and EnvironmentFile=")

decoy("nginx", "include-reference", "deploy/nginx/recordings.conf", r"""# Secure links for archive recordings; the shared secret is in a root-only include file.
server {
    listen 443 ssl http2;
    server_name recordings.example-operahouse.org;

    ssl_certificate     /etc/letsencrypt/live/recordings.example-operahouse.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/recordings.example-operahouse.org/privkey.pem;

    include /etc/nginx/secrets/secure_link_secret.conf;   # set $secure_link_secret "...";

    location /hls/ {
        secure_link $arg_md5,$arg_expires;
        secure_link_md5 "$secure_link_expires$uri$remote_addr $secure_link_secret";
        if ($secure_link = "") { return 403; }
        if ($secure_link = "0") { return 410; }
        root /srv/recordings;
    }
}
""", "nginx ngx_http_secure_link_module; certificate paths and an include for the secret")

decoy("json", "test-card", "cypress/fixtures/checkout.json", r"""{
  "buyer": {
    "firstName": "Test",
    "lastName": "Patron",
    "email": "qa+checkout@example-theatre.org"
  },
  "card": {
    "number": "4242 4242 4242 4242",
    "expiry": "12 / 34",
    "cvc": "123",
    "postcode": "SW1A 1AA"
  },
  "performance": "2024-10-12T19:30",
  "seats": ["STL-F-12", "STL-F-13"]
}
""", "Stripe testing docs: test card numbers")

decoy("text", "checksums", "releases/kiosk-shell-3.2.0/SHA256SUMS", "\n".join(
    f"{hexs(64)}  {name}" for name in [
        "kiosk-shell-3.2.0-win-x64.msi", "kiosk-shell-3.2.0-win-arm64.msi", "kiosk-shell-3.2.0-linux-x64.AppImage",
        "kiosk-shell-3.2.0-linux-arm64.AppImage", "kiosk-shell-3.2.0-mac-universal.dmg"]) + "\n",
      "sha256sum output (SHA256SUMS release checksums)")

decoy("helm", "empty-value", "charts/membership-portal/values.yaml", r"""image:
  repository: registry.example-gallery.org/membership-portal
  tag: "2.11.0"

postgresql:
  enabled: true
  auth:
    username: members
    database: members
    # Set at install time: helm upgrade --install ... --set postgresql.auth.password=$(vault kv get -field=pw kv/members/db)
    password: ""

stripe:
  publishableKey: ""
  secretKeyRef:
    name: stripe
    key: secret-key

ingress:
  enabled: true
  hosts:
    - host: members.example-gallery.org
      paths: ["/"]
""", "Helm values with empty credentials set at install time")

decoy("python", "passwordless-connection", "collections/search_index/mongo_source.py", r"""from pymongo import MongoClient

# X.509 client-certificate authentication: no password in the URI.
URI = (
    "mongodb+srv://collections.x7k2q.mongodb.net/?authSource=%24external"
    "&authMechanism=MONGODB-X509&retryWrites=true&w=majority"
)

client = MongoClient(URI, tls=True, tlsCertificateKeyFile="/etc/collections/mongo-client.pem")
objects = client["collections"]["objects"]


def changed_since(ts):
    return objects.find({"updatedAt": {"$gte": ts}, "publicAccess": True},
                        {"_id": 0, "accession": 1, "title": 1, "maker": 1, "images": 1})
""", "MongoDB X.509 authentication (MONGODB-X509)")

decoy("terraform", "variable-declaration", "infra/okta/variables.tf", r"""variable "okta_org_name" {
  type        = string
  description = "Okta org subdomain"
}

variable "okta_api_token" {
  type        = string
  description = "Okta API token; pass via TF_VAR_okta_api_token from the CI secret store"
  sensitive   = true
}

variable "member_groups" {
  type    = list(string)
  default = []
}
""", "Terraform sensitive input variables without defaults")

decoy("json", "kms-ciphertext", "config/production.encrypted.json", fill(r"""{
  "_comment": "Values are AWS KMS ciphertext blobs; decrypted at boot with kms:Decrypt by the task role.",
  "kmsKeyId": "alias/ticketing-config",
  "encrypted": {
    "spektrixSecretKey": "«a»",
    "sendgridApiKey": "«b»",
    "databasePassword": "«c»"
  },
  "plain": {
    "spektrixClientName": "riversidetheatre",
    "mailFrom": "boxoffice@example-theatre.org"
  }
}
""", a="AQICAHh" + b64_bytes(180)[7:], b="AQICAHh" + b64_bytes(150)[7:], c="AQICAHh" + b64_bytes(120)[7:]),
      "AWS KMS Encrypt output (CiphertextBlob, base64)")

decoy("json", "credential-helper", "ci/docker/config.json", r"""{
  "auths": {
    "registry.example-ballet.org": {},
    "ghcr.io": {}
  },
  "credHelpers": {
    "418273645091.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass",
  "experimental": "disabled"
}
""", "Docker config.json with credential helpers (no auth values)")

decoy("json", "public-ids", "audio-guide/beacons/gallery-beacons.json", fill(r"""{
  "proximityUUID": "«u»",
  "note": "iBeacon identifiers are broadcast openly; they only map a gallery to a tour stop.",
  "beacons": [
    {"major": 10, "minor": 101, "gallery": "G10 Dutch Golden Age", "stop": 14},
    {"major": 10, "minor": 102, "gallery": "G10 Dutch Golden Age", "stop": 15},
    {"major": 12, "minor": 201, "gallery": "G12 Impressionism", "stop": 22},
    {"major": 12, "minor": 202, "gallery": "G12 Impressionism", "stop": 23},
    {"major": 20, "minor": 301, "gallery": "G20 Sculpture Court", "stop": 31}
  ]
}
""", u=uuid_s().upper()), "Apple iBeacon: proximity UUID, major, minor (public identifiers)")

decoy("csv", "public-ids", "audio-guide/nfc/stop_tags.csv", "tag_uid,stop,language_default,label\n" + "\n".join(
    f"04:{':'.join(uphex(2) for _ in range(6))},{stop},en,{label}" for stop, label in [
        (1, "Welcome"), (2, "The Great Staircase"), (3, "Egyptian Gallery"), (4, "Roman Mosaics"),
        (5, "Medieval Treasury"), (6, "Print Room")]) + "\n",
      "NFC tag UIDs (NXP NTAG 7-byte UID) mapped to audio guide stops")

decoy("markdown", "commit-shas", "CHANGELOG.md", fill(r"""# Changelog - ticketing web

## 5.2.0 (2024-06-10)
- Door scanning: offline cache extended to 45 minutes («c1»)
- Seat map: restricted-view seats shown in the Upper Circle («c2»)
- Tessitura: retry idempotent calls on 503 («c3»)

## 5.1.3 (2024-05-21)
- Fix double-charging on Apple Pay retries («c4»)
- Bump stripe-go to v76.25.0 («c5»)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40)), "git commit ids (SHA-1) in release notes")

decoy("python", "env-reference", "boxoffice/sms.py", fill(r"""import os

from twilio.rest import Client

# The Account SID identifies the account; the auth token comes from the environment.
ACCOUNT_SID = "«sid»"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def notify_cancellation(phone: str, performance: str) -> str:
    msg = client.messages.create(
        to=phone,
        from_="+441614960321",
        body=f"We're sorry: tonight's {performance} is cancelled. Refunds are automatic - no need to call.",
    )
    return msg.sid
""", sid=twilio_sid()), "Twilio: Account SID (identifier) with auth token from the environment")

decoy("python", "test-fixture", "tests/test_gate_api.py", r"""import pytest

from admissions.gate_api import GateClient, AuthError


@pytest.fixture
def client(requests_mock):
    requests_mock.post("https://gate.test/api/login", json={"token": "test-token-not-real"})
    return GateClient("https://gate.test/api", user="test-user", password="test-password")


def test_login_sets_bearer(client, requests_mock):
    requests_mock.get("https://gate.test/api/gates", json=[{"id": "NORTH"}])
    assert client.gates() == [{"id": "NORTH"}]
    assert requests_mock.last_request.headers["Authorization"] == "Bearer test-token-not-real"


def test_bad_password(requests_mock):
    requests_mock.post("https://gate.test/api/login", status_code=401)
    with pytest.raises(AuthError):
        GateClient("https://gate.test/api", user="test-user", password="wrong").gates()
""", "pytest fixtures with obvious dummy credentials")

decoy("xml", "integrated-auth", "TNEW/web.Integrated.config", r"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <!-- Windows authentication: the app pool identity MUSEUM\svc-tnew-web has db access, no password here -->
    <add name="Impresario"
         connectionString="Data Source=TESS-SQL02\TESSPROD;Initial Catalog=impresario;Integrated Security=SSPI;Encrypt=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ModeOfSale" value="7" />
    <add key="ConstituentIdPrefix" value="WEB" />
  </appSettings>
</configuration>
""", "SqlClient Integrated Security=SSPI (Windows authentication)")

decoy("ansible", "vault-variable-reference", "ansible/roles/kiosk/tasks/main.yml", r"""---
- name: Install Chromium
  ansible.builtin.apt:
    name: chromium-browser
    state: present

- name: Kiosk user password (hash from the vaulted variable)
  ansible.builtin.user:
    name: kiosk
    password: "{{ vault_kiosk_password | password_hash('sha512', vault_kiosk_salt) }}"
    shell: /bin/bash

- name: Join the exhibits Wi-Fi
  community.general.nmcli:
    conn_name: museum-exhibits
    type: wifi
    ssid: MUSEUM-EXHIBITS
    wifi_sec:
      key-mgmt: wpa-psk
      psk: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/kiosk/wifi:psk') }}"
    state: present
""", "Ansible vaulted variables and hashi_vault lookup")

decoy("liquidsoap", "env-reference", "radio/interval_stream.liq", r"""#!/usr/bin/liquidsoap
# Interval music stream; the Icecast source password is read from the environment at start-up.
settings.log.stdout := true

pw = environment.get("ICECAST_SOURCE_PASSWORD")
music = playlist(reload=3600, "/srv/radio/interval_music.m3u")

output.icecast(
  %mp3(bitrate=128),
  host="icecast.example-radio.org",
  port=8000,
  password=pw,
  mount="/interval",
  mksafe(music)
)
""", "Liquidsoap environment.get for the Icecast password")

decoy("json", "empty-value", "obs/basic/profiles/Rehearsal/service.json", r"""{
    "settings": {
        "bwtest": false,
        "key": "",
        "server": "rtmps://a.rtmps.youtube.com:443/live2",
        "service": "YouTube - RTMPS",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""", "OBS Studio service.json with the stream key left empty")
