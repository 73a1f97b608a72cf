"""Blind set ER: marinas and boatyards.

Slip reservation systems and their payment, mail and SMS vendors; fuel dock point of sale and tank
monitors; shore power metering (pedestal gateways, MQTT, LoRaWAN, IoT hubs, time-series stores);
gate, dock and camera access control; boat-lift scheduling; AIS and weather feeds; harbour master
mobile apps and the infrastructure, CI and runbooks around them, and their decoys.
Generated fakes only (seeds 1,540,000-1,549,999).
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
B64 = ALNUM + "+/"
URLSAFE = ALNUM + "-_"
BASE32 = string.ascii_uppercase + "234567"
LOWNUM = string.ascii_lowercase + string.digits
CRYPT = "./" + ALNUM
SEED_LOW, SEED_HIGH = 1_540_000, 1_549_999
_SEED = [SEED_LOW]


def _next() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_next())


def pick(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters with an upper, a lower and a digit, as services issue them (bounded retries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value
    return value[:-3] + "a7Q"


def rand_bytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def hexs(n: int) -> str:
    return pick(HEX, n)


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4() -> str:
    return fakes.uuid4(_next())


NAUTICAL = ["Bowline", "Cleat", "Mooring", "Spinnaker", "Halyard", "Jetty", "Bollard", "Starboard", "Transom",
            "Windlass", "Tiller", "Capstan", "Fender", "Ballast", "Dinghy", "Pelican", "Osprey", "Cormorant",
            "Gunwale", "Seacock", "Lanyard", "Trawler", "Ketch", "Schooner", "Tideway", "Breakwater"]
LOWER = ["anchor", "harbour", "keel", "mast", "pontoon", "slipway", "gaff", "buoy", "beacon", "tide",
         "heron", "kelp", "driftwood", "marlin", "rigging", "compass", "lagoon", "sextant"]


def words_pw() -> str:
    r = _rng()
    form = r.randrange(4)
    if form == 0:
        return r.choice(NAUTICAL) + r.choice("!#$%@*&") + r.choice(NAUTICAL) + str(r.randint(10, 9999))
    if form == 1:
        return r.choice(LOWER).capitalize() + str(r.randint(1990, 2026)) + r.choice("!#$%?") + r.choice(LOWER)
    if form == 2:
        return r.choice(NAUTICAL) + str(r.randint(100, 999)) + r.choice(NAUTICAL).lower() + r.choice("!#$%@")
    return r.choice(LOWER) + r.choice(".-_") + r.choice(NAUTICAL) + r.choice("!#$%") + str(r.randint(10, 99))


def url_pw() -> str:
    """A chosen password whose symbols stay valid in a URL's userinfo, XML and INI values."""
    return words_pw().translate(str.maketrans({"#": "!", "@": "*", "%": "-", "?": "!", "&": "*", "$": "_"}))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(2, 99))


def aws_pair():
    return fakes.aws_key_id(_next()), fakes.aws_secret_key(_next())


def stripe_secret(prefix: str = "sk_live_51") -> str:
    return prefix + mixed(97)


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + pick(up, 8) + "/B" + pick(up, 10) + "/" + mixed(24))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + mixed(24)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**18, 10**19 - 1)}/" + mixed(68, URLSAFE)


def sendgrid() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def azure_client_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rand_bytes(256 if alg.startswith('RS') else 32))}"


def mapbox(kind: str, user: str) -> str:
    body = b64url(json.dumps({"u": user, "a": pick(LOWNUM, 25)}, separators=(",", ":")).encode())
    return f"{kind}.{body}.{mixed(22, URLSAFE)}"


def _pem_lines(prefix: str, full: int, last: int, width: int = 64) -> List[str]:
    r = _rng()
    lines = [prefix + "".join(r.choice(B64) for _ in range(width - len(prefix)))]
    lines += ["".join(r.choice(B64) for _ in range(width)) for _ in range(full - 1)]
    lines.append("".join(r.choice(B64) for _ in range(last)))
    return lines


def rsa_key() -> str:
    body = "\n".join(_pem_lines("MIIEowIBAAKCAQEA", 24, 52) )
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}=\n-----END RSA PRIVATE KEY-----"


def pkcs8_rsa_key() -> str:
    body = "\n".join(_pem_lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 25, 24))
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "QyNTUxOQAAACA" + "".join(r.choice(B64) for _ in range(57))]
    lines += ["".join(r.choice(B64) for _ in range(70)) for _ in range(2)]
    lines.append("".join(r.choice(B64) for _ in range(28)) + "=")
    body = "\n".join(lines)
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def ec_key() -> str:
    r = _rng()
    one = "MHcCAQEEI" + "".join(r.choice(B64) for _ in range(43)) + "oAoGCCqGSM49"
    two = "AwEHoUQDQgAE" + "".join(r.choice(B64) for _ in range(52))
    three = "".join(r.choice(B64) for _ in range(34)) + "=="
    return f"-----BEGIN EC PRIVATE KEY-----\n{one}\n{two}\n{three}\n-----END EC PRIVATE KEY-----"


def p8_key() -> str:
    r = _rng()
    one = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + "".join(r.choice(B64) for _ in range(16))
    rest = ["".join(r.choice(B64) for _ in range(64)) for _ in range(2)] + ["".join(r.choice(B64) for _ in range(8))]
    body = "\n".join([one] + rest)
    return f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"


def cert_pem(lines: int = 18) -> str:
    body = "\n".join(_pem_lines("MIID" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + "zCCA", lines, 40))
    return f"-----BEGIN CERTIFICATE-----\n{body}=\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + pick(CRYPT, 53)


def sha512_crypt() -> str:
    return "$6$" + pick(CRYPT, 16) + "$" + pick(CRYPT, 86)


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(B64, 43) + " " + comment


def vault_blob(lines: int = 5) -> str:
    return "\n".join(pick("0123456789abcdef", 80) for _ in range(lines))


def sops(n: int = 24) -> str:
    return f"ENC[AES256_GCM,data:{pick(B64, n)}=,iv:{pick(B64, 43)}=,tag:{pick(B64, 22)}==,type:str]"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert not re.search(r"@@[A-Z0-9]+@@", text), file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Slip reservations: booking web apps, marina management integrations, payments, mail and SMS.
# ---------------------------------------------------------------------------------------------

v = "base64:" + base64.b64encode(rand_bytes(32)).decode()
add("blind-er/env/laravel-app-key", "slipbook/.env", r"""
APP_NAME="Slipbook"
APP_ENV=production
APP_KEY=@@KEY@@
APP_DEBUG=false
APP_URL=https://book.northcovemarina.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=slipbook
DB_USERNAME=slipbook
DB_PASSWORD=

BROADCAST_DRIVER=log
CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
SESSION_LIFETIME=120

MAIL_MAILER=log
MAIL_FROM_ADDRESS="dockmaster@northcovemarina.com"
MAIL_FROM_NAME="${APP_NAME}"

TRANSIENT_NIGHTLY_RATE_PER_FT=3.25
SEASONAL_DEPOSIT_PERCENT=25
""", v, "Laravel docs, Configuration: APP_KEY (php artisan key:generate, base64: prefix)", KEY=v)

sk = stripe_secret()
pk = "pk_live_51" + mixed(97)
add("blind-er/yaml/stripe-secret-key", "config/payments.yml", r"""
# Slip deposits and seasonal contracts are charged through Stripe.
# Publishable key goes to the booking widget, secret key stays on the server.
default: &default
  currency: usd
  statement_descriptor: "NORTH COVE MARINA"
  deposit_percent: 25
  refund_window_days: 14

development:
  <<: *default
  publishable_key: pk_test_REPLACE_ME
  secret_key: sk_test_REPLACE_ME

production:
  <<: *default
  publishable_key: @@PK@@
  secret_key: @@SK@@
  webhook_tolerance_seconds: 300
""", sk, "Stripe docs, API keys (sk_live_ secret keys, pk_live_ publishable keys)", PK=pk, SK=sk)

tok = mixed(40)
add("blind-er/python/bearer-token", "integrations/dockwa_sync.py", r'''
"""Pull upcoming transient reservations from the booking marketplace into DockOffice."""
import datetime as dt
import logging

import requests

from dockoffice.db import upsert_reservation

log = logging.getLogger(__name__)

API_BASE = "https://partners.dockwa.com/api/v2"
MARINA_ID = 4417
API_TOKEN = "@@TOK@@"


def fetch_reservations(since: dt.date):
    session = requests.Session()
    session.headers.update({
        "Authorization": f"Bearer {API_TOKEN}",
        "Accept": "application/json",
    })
    page = 1
    while page < 50:
        resp = session.get(f"{API_BASE}/marinas/{MARINA_ID}/reservations",
                           params={"arriving_after": since.isoformat(), "page": page}, timeout=20)
        resp.raise_for_status()
        body = resp.json()
        yield from body["reservations"]
        if not body.get("next_page"):
            break
        page += 1


def main():
    since = dt.date.today() - dt.timedelta(days=1)
    count = 0
    for res in fetch_reservations(since):
        upsert_reservation(external_id=res["id"], boat=res["boat"]["name"],
                           loa_ft=res["boat"]["length"], arrival=res["arrival"],
                           departure=res["departure"], slip=res.get("slip"))
        count += 1
    log.info("synced %d reservations", count)


if __name__ == "__main__":
    main()
''', tok, "RFC 6750 bearer tokens; marketplace partner APIs authenticate with a bearer token", TOK=tok)

wh = "whsec_" + mixed(32)
add("blind-er/ruby/stripe-webhook-secret", "app/controllers/stripe_webhooks_controller.rb", r"""
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  ENDPOINT_SECRET = "@@WH@@".freeze

  def create
    payload = request.body.read
    signature = request.env["HTTP_STRIPE_SIGNATURE"]
    event = Stripe::Webhook.construct_event(payload, signature, ENDPOINT_SECRET)

    case event.type
    when "checkout.session.completed"
      session = event.data.object
      SlipReservation.find_by!(checkout_session_id: session.id).confirm!
    when "charge.refunded"
      SlipReservation.find_by(charge_id: event.data.object.id)&.mark_refunded!
    end

    head :ok
  rescue JSON::ParserError, Stripe::SignatureVerificationError => e
    Rails.logger.warn("stripe webhook rejected: #{e.message}")
    head :bad_request
  end
end
""", wh, "Stripe docs, Check the webhook signatures (whsec_ endpoint secret)", WH=wh)

pw = words_pw()
add("blind-er/sql/db-role-password", "db/migrations/0007_app_roles.sql", r"""
-- 0007: split the reservation app's privileges from the owner role.
BEGIN;

CREATE ROLE slip_app LOGIN PASSWORD '@@PW@@';
CREATE ROLE slip_readonly NOLOGIN;

GRANT CONNECT ON DATABASE marina TO slip_app;
GRANT USAGE ON SCHEMA reservations TO slip_app, slip_readonly;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA reservations TO slip_app;
GRANT SELECT ON ALL TABLES IN SCHEMA reservations TO slip_readonly;
ALTER DEFAULT PRIVILEGES IN SCHEMA reservations
    GRANT SELECT ON TABLES TO slip_readonly;

COMMIT;
""", pw, "PostgreSQL docs, CREATE ROLE ... PASSWORD", PW=pw)

pw = rand_pw(18, "!#%")
add("blind-er/json/mssql-connection-string", "src/MarinaOffice.Web/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "Slips": "Server=tcp:harbourdb01.database.windows.net,1433;Initial Catalog=Slips;Persist Security Info=False;User ID=slipsvc;Password=@@PW@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "Reservations": {
    "TransientCheckIn": "14:00",
    "TransientCheckOut": "11:00",
    "MaxLoaFeet": 120,
    "HoldMinutes": 20
  }
}
""", pw, "Microsoft docs, SqlClient connection string syntax (User ID / Password)", PW=pw)

pw = words_pw()
add("blind-er/php/mysql-password", "public_html/wp-config.php", r"""
<?php
/**
 * WordPress configuration for the marina website (reservation request plugin).
 */

define( 'DB_NAME', 'ncm_wp' );
define( 'DB_USER', 'ncm_wp' );
define( 'DB_PASSWORD', '@@PW@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'ncm_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_AUTO_UPDATE_CORE', 'minor' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", pw, "WordPress developer docs, wp-config.php DB_PASSWORD", PW=pw)

key = sendgrid()
add("blind-er/js/sendgrid-key", "services/mailer/confirmations.js", r"""
'use strict';

const sgMail = require('@sendgrid/mail');
const { formatDate } = require('../util/dates');

sgMail.setApiKey('@@KEY@@');

const FROM = { email: 'reservations@baysidemarina.com', name: 'Bayside Marina' };
const TEMPLATE_ID = 'd-4f1c0b7e2a9d4c3b8e6f5a1d2c3b4a59';

async function sendConfirmation(reservation) {
  const msg = {
    to: reservation.guestEmail,
    from: FROM,
    templateId: TEMPLATE_ID,
    dynamicTemplateData: {
      boatName: reservation.boatName,
      slip: reservation.slipNumber,
      arrival: formatDate(reservation.arrival),
      departure: formatDate(reservation.departure),
      total: reservation.totalFormatted,
    },
  };
  await sgMail.send(msg);
}

module.exports = { sendConfirmation };
""", key, "SendGrid docs, API keys (SG. prefixed) and @sendgrid/mail setApiKey", KEY=key)

sid = "AC" + hexs(32)
tok = hexs(32)
add("blind-er/ts/twilio-auth-token", "src/notify/arrivalSms.ts", r"""
import twilio from "twilio";
import { Reservation } from "../models/reservation";

const accountSid = "@@SID@@";
const authToken = "@@TOK@@";
const client = twilio(accountSid, authToken);

const FROM_NUMBER = "+12075550143";

export async function sendArrivalReminder(res: Reservation): Promise<string> {
  const body =
    `Hi ${res.captainFirstName}, your slip ${res.slipNumber} at Bayside Marina is ready ` +
    `for ${res.arrivalDate}. Hail us on VHF 9 when you reach the breakwater. Reply STOP to opt out.`;
  const message = await client.messages.create({
    from: FROM_NUMBER,
    to: res.captainPhone,
    body,
  });
  return message.sid;
}
""", tok, "Twilio docs, Account SID and Auth Token (32 hex characters)", SID=sid, TOK=tok)

pw = rand_pw(22)
add("blind-er/compose/postgres-password", "deploy/docker-compose.yml", r"""
version: "3.8"

services:
  db:
    image: postgres:15-alpine
    restart: unless-stopped
    environment:
      POSTGRES_DB: harbour
      POSTGRES_USER: harbour
      POSTGRES_PASSWORD: @@PW@@
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    image: ghcr.io/baysidemarina/slipbook:2024.6.2
    depends_on:
      - db
    environment:
      DATABASE_URL: postgres://harbour@db:5432/harbour
      RAILS_ENV: production
    ports:
      - "8080:3000"

volumes:
  pgdata:
""", pw, "Docker Hub, postgres image: POSTGRES_PASSWORD environment variable", PW=pw)

pw = url_pw()
url = f"postgresql://slipbook:{pw}@pg-primary.marina.svc.cluster.local:5432/slipbook?sslmode=require"
add("blind-er/k8s/database-url", "k8s/slipbook/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: slipbook-db
  namespace: marina
  labels:
    app.kubernetes.io/name: slipbook
    app.kubernetes.io/component: api
type: Opaque
data:
  DATABASE_URL: @@V@@
  DB_POOL: @@POOL@@
""", pw, "Kubernetes docs, Secrets (data values are base64)", V=b64(url), POOL=b64("10"))

pw = rand_pw(24)
add("blind-er/helm/redis-password", "charts/slipbook/values-prod.yaml", r"""
replicaCount: 2

image:
  repository: registry.gitlab.com/harbourlabs/slipbook
  tag: "3.14.0"
  pullPolicy: IfNotPresent

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: reservations.portsmouthyachthaven.co.uk
      paths:
        - path: /
          pathType: Prefix

resources:
  requests:
    cpu: 100m
    memory: 256Mi

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@PW@@"
  master:
    persistence:
      size: 2Gi
""", pw, "Bitnami Redis chart values: auth.password", PW=pw)

pw = words_pw()
add("blind-er/markdown/admin-password", "docs/season-opening-checklist.md", r"""
# Season opening checklist (April)

1. Confirm the seasonal slip contracts were all countersigned in the office binder.
2. Turn on transient bookings in the reservation admin:
   - https://admin.slipbook.app/marinas/harbour-point
   - login: `office@harbourpointmarina.com`
   - password: `@@PW@@`
   - Settings → Availability → "Open transient season"
3. Set transient rates (per ft per night): 30-40 ft $3.50, 41-60 ft $4.25, 61 ft+ $5.00.
4. Re-enable the online deposit on the "Seasonal waitlist" form.
5. Check the dock plan matches the pontoon layout after the winter re-anchoring (C-dock moved 2 slips).
6. Print the gate code sheet for the office (ask Denise, it is not in this repo).

Last updated by Mark, 2024-03-28.
""", pw, "Operations runbook with the admin login written in it", PW=pw)

key = mixed(32)
add("blind-er/go/api-key-header", "internal/molo/client.go", r"""
package molo

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL = "https://api.molo.app/v1"
	apiKey  = "@@KEY@@"
)

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) Slips(ctx context.Context, marinaID int) ([]Slip, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet,
		fmt.Sprintf("%s/marinas/%d/slips", baseURL, marinaID), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", apiKey)
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("molo: %s", resp.Status)
	}
	var out struct {
		Slips []Slip `json:"slips"`
	}
	return out.Slips, json.NewDecoder(resp.Body).Decode(&out)
}
""", key, "Vendor REST APIs authenticated with an X-Api-Key header", KEY=key)

pw = words_pw()
add("blind-er/properties/datasource-password", "src/main/resources/application-prod.properties", r"""
server.port=8081
spring.application.name=berth-allocation

spring.datasource.url=jdbc:postgresql://db-berths.internal:5432/berths
spring.datasource.username=berth_app
spring.datasource.password=@@PW@@
spring.datasource.hikari.maximum-pool-size=8

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

berths.allocation.max-loa-metres=38
berths.allocation.visitor-pontoons=A,B,V
management.endpoints.web.exposure.include=health,info
""", pw, "Spring Boot docs, spring.datasource.password", PW=pw)

priv = hexs(32)
add("blind-er/csharp/braintree-private-key", "src/Harbour.Payments/GatewayFactory.cs", r"""
using Braintree;

namespace Harbour.Payments
{
    public static class GatewayFactory
    {
        // Seasonal contract payments for the yacht club (Braintree, production).
        public static BraintreeGateway Create()
        {
            return new BraintreeGateway
            {
                Environment = Braintree.Environment.PRODUCTION,
                MerchantId = "k7x2mq9vbt4cz8pn",
                PublicKey = "w3ds8vq6hz2rty4m",
                PrivateKey = "@@PRIV@@"
            };
        }
    }
}
""", priv, "Braintree docs, API credentials (merchant id, public key, private key)", PRIV=priv)

pw = words_pw()
add("blind-er/shell-history/mysql-password", "ops/office-server/.bash_history", r"""
cd /var/www/slipbook
git pull
php artisan migrate --force
sudo systemctl restart php8.1-fpm
tail -n 50 storage/logs/laravel.log
mysql -u slipbook -p'@@PW@@' slipbook -e "select count(*) from reservations where arrival >= curdate();"
mysqldump -u slipbook -p slipbook > /backup/slipbook-$(date +%F).sql
ls -lh /backup
df -h
exit
""", pw, "MySQL manual, mysql client -p<password> on the command line", PW=pw)

pw = rand_pw(16, "$#")
add("blind-er/ini/smtp-password", "config/slipbook.ini", r"""
; Slipbook office installation - Harbour Point Marina

[general]
marina_name = Harbour Point Marina
timezone = America/New_York
currency = USD

[reservations]
transient_hold_minutes = 20
seasonal_waitlist = true
max_loa_ft = 85

[smtp]
host = smtp.office365.com
port = 587
starttls = yes
username = reservations@harbourpointmarina.com
password = @@PW@@
from = Harbour Point Reservations <reservations@harbourpointmarina.com>

[printing]
receipt_printer = \\OFFICE-PC\EPSON-TM-T20
""", pw, "INI configuration with an SMTP AUTH password (Microsoft 365 SMTP submission)", PW=pw)

key = uuid4()
add("blind-er/github-actions/heroku-api-key", ".github/workflows/deploy.yml", r"""
name: deploy

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      HEROKU_API_KEY: @@KEY@@
      HEROKU_APP: bayside-slip-requests
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm test
      - name: Push to Heroku
        run: |
          git remote add heroku https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP.git
          git push heroku HEAD:main --force
""", key, "Heroku Dev Center, HEROKU_API_KEY (API key shaped as a UUID)", KEY=key)

pw = words_pw()
add("blind-er/terraform/rds-password", "infra/rds.tf", r"""
resource "aws_db_subnet_group" "marina" {
  name       = "marina-db"
  subnet_ids = module.vpc.private_subnets
}

resource "aws_db_instance" "reservations" {
  identifier              = "marina-reservations"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.small"
  allocated_storage       = 20
  db_name                 = "reservations"
  username                = "marina_admin"
  password                = "@@PW@@"
  db_subnet_group_name    = aws_db_subnet_group.marina.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 7
  skip_final_snapshot     = false
  deletion_protection     = true
}
""", pw, "Terraform AWS provider docs, aws_db_instance password argument", PW=pw)

ak, sk2 = aws_pair()
add("blind-er/python/aws-secret-key", "scripts/backup_contracts_to_s3.py", r'''
#!/usr/bin/env python3
"""Nightly: copy signed seasonal contracts (PDF) to S3 for the insurer audit."""
import pathlib
import sys

import boto3

BUCKET = "harbourpoint-contracts"
SRC = pathlib.Path("/srv/slipbook/storage/contracts")

s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="@@AK@@",
    aws_secret_access_key="@@SK@@",
)


def main() -> int:
    uploaded = 0
    for pdf in sorted(SRC.glob("*/*.pdf")):
        key = f"{pdf.parent.name}/{pdf.name}"
        s3.upload_file(str(pdf), BUCKET, key, ExtraArgs={"ServerSideEncryption": "AES256"})
        uploaded += 1
    print(f"uploaded {uploaded} contracts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
''', sk2, "AWS docs, access keys (AKIA key id and 40-character secret access key); boto3 client arguments", AK=ak, SK=sk2)

mc = hexs(32) + "-us14"
add("blind-er/php/mailchimp-key", "includes/newsletter.php", r"""
<?php
// Adds transient guests who ticked "send me marina news" to the Mailchimp audience.
require_once __DIR__ . '/../vendor/autoload.php';

$mailchimp = new \MailchimpMarketing\ApiClient();
$mailchimp->setConfig([
    'apiKey' => '@@KEY@@',
    'server' => 'us14',
]);

const AUDIENCE_ID = 'a4c9e21f07';

function subscribe_guest(array $guest): void
{
    global $mailchimp;
    $mailchimp->lists->setListMember(AUDIENCE_ID, md5(strtolower($guest['email'])), [
        'email_address' => $guest['email'],
        'status_if_new' => 'subscribed',
        'merge_fields' => ['FNAME' => $guest['first_name'], 'BOAT' => $guest['boat_name']],
    ]);
}
""", mc, "Mailchimp Marketing API docs, API key with the -usN datacenter suffix", KEY=mc)

# decoys -------------------------------------------------------------------------------------

add("blind-er/env/decoy-placeholder", "slipbook/.env.example", r"""
APP_NAME="Slipbook"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=slipbook
DB_USERNAME=slipbook
DB_PASSWORD=your-db-password

STRIPE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx

TWILIO_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_TOKEN=<twilio auth token>
SENDGRID_API_KEY=SG.your-key-here
""", None, "Laravel docs, .env.example committed with empty or placeholder values")

add("blind-er/github-actions/decoy-secrets-context", ".github/workflows/release.yml", r"""
name: release

on:
  push:
    tags: ["v*"]

permissions:
  contents: read
  packages: write

jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
      - uses: docker/login-action@343f7c4344506bcbf9b4de18042ae17996df046d # v3.0.0
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@4a13e500e55cf31b7a5d59a38ab2040ab0f42f56 # v5.1.0
        with:
          push: true
          tags: ghcr.io/baysidemarina/slipbook:${{ github.ref_name }}
          build-args: |
            STRIPE_PUBLISHABLE_KEY=${{ vars.STRIPE_PUBLISHABLE_KEY }}
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.PROD_DATABASE_URL }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
        run: bin/rails db:migrate
""", None, "GitHub docs, Using secrets in GitHub Actions; actions pinned to commit SHAs")

pkd = "pk_live_51" + mixed(97)
add("blind-er/js/decoy-publishable-key", "public/js/deposit-checkout.js", r"""
// Slip deposit checkout (Stripe Elements). The publishable key is meant for the browser.
const stripe = Stripe('@@PK@@');

const elements = stripe.elements({ appearance: { theme: 'stripe' } });
const card = elements.create('payment');
card.mount('#payment-element');

document.querySelector('#deposit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const { clientSecret } = await fetch('/api/deposits/intent', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reservationId: event.target.dataset.reservation }),
  }).then((r) => r.json());

  const { error } = await stripe.confirmPayment({
    elements,
    clientSecret,
    confirmParams: { return_url: `${location.origin}/reservations/thanks` },
  });
  if (error) {
    document.querySelector('#payment-errors').textContent = error.message;
  }
});
""", None, "Stripe docs, API keys: publishable keys are safe to expose in client code", PK=pkd)

add("blind-er/python/decoy-env-lookup", "dockoffice/settings.py", r'''
"""DockOffice settings: every credential comes from the environment or Secrets Manager."""
import json
import os

import boto3

DEBUG = os.environ.get("DOCKOFFICE_DEBUG") == "1"
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")


def _secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name=os.environ.get("AWS_REGION", "us-east-1"))
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


_db = _secret("dockoffice/prod/db")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _db["dbname"],
        "USER": _db["username"],
        "PASSWORD": _db["password"],
        "HOST": _db["host"],
        "PORT": _db.get("port", 5432),
    }
}

DOCKWA_TOKEN = os.getenv("DOCKWA_TOKEN", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY", "")
TIME_ZONE = "America/New_York"
''', None, "Django docs, settings from the environment; AWS Secrets Manager GetSecretValue")

h1, h2, h3 = bcrypt_hash(), bcrypt_hash(), bcrypt_hash()
add("blind-er/sql/decoy-password-hash", "db/seeds/staff_users.sql", r"""
-- Staff accounts for the harbour office. Passwords are bcrypt hashes (cost 12);
-- each person resets theirs on first login.
INSERT INTO staff_users (id, email, full_name, role, password_digest, must_reset) VALUES
  (1, 'dockmaster@harbourpointmarina.com', 'Denise Carver', 'admin',  '@@H1@@', true),
  (2, 'fuel@harbourpointmarina.com',       'Luis Ortega',   'fuel',   '@@H2@@', true),
  (3, 'yard@harbourpointmarina.com',       'Pete Hollis',   'yard',   '@@H3@@', true);

SELECT setval('staff_users_id_seq', 3);
""", None, "has_secure_password / bcrypt docs: password digests stored instead of passwords", H1=h1, H2=h2, H3=h3)

enc = pick(B64, 220) + "--" + pick(B64, 16) + "--" + pick(B64, 22) + "=="
add("blind-er/ruby/decoy-encrypted-credentials", "config/credentials/production.yml.enc", r"""
@@ENC@@
""", None, "Rails guides, Custom credentials: credentials.yml.enc is ciphertext; master.key is not committed",
    ENC="\n".join(enc[i:i + 60] for i in range(0, len(enc), 60)))

rows = "\n".join(f"{uuid4()},{d}-{n:02d},{b},{l},2024-07-{day:02d},2024-07-{day + 3:02d},confirmed"
                 for d, n, b, l in [("A", 4, "Sea Biscuit", 34), ("A", 11, "Knot Working", 41),
                                         ("B", 2, "Reel Therapy", 28), ("C", 7, "Aquaholic", 52),
                                         ("C", 9, "Serenity Now", 45), ("D", 1, "Wind Dancer", 38)]
                 for day in [_rng().randint(1, 25)])
add("blind-er/csv/decoy-uuid-ids", "exports/transient-reservations-2024-07.csv", r"""
reservation_id,slip,boat_name,loa_ft,arrival,departure,status
@@ROWS@@
""", None, "Reservation export; UUIDs are record ids, not credentials", ROWS=rows)

add("blind-er/helm/decoy-existing-secret", "charts/slipbook/values.yaml", r"""
replicaCount: 1

image:
  repository: registry.gitlab.com/harbourlabs/slipbook
  tag: ""

postgresql:
  enabled: false

externalDatabase:
  host: pg-primary.marina.svc.cluster.local
  port: 5432
  user: slipbook
  database: slipbook
  # password is read from this Secret, created by the External Secrets operator
  existingSecret: slipbook-db
  existingSecretPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: slipbook-redis
    existingSecretPasswordKey: redis-password

stripe:
  secretKeyRef:
    name: slipbook-stripe
    key: secret-key
""", None, "Bitnami charts, existingSecret parameters instead of inline passwords")

add("blind-er/k8s/decoy-external-secret", "k8s/slipbook/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: slipbook-db
  namespace: marina
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: slipbook-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: marina/prod/slipbook-db
        property: password
    - secretKey: DATABASE_URL
      remoteRef:
        key: marina/prod/slipbook-db
        property: url
""", None, "External Secrets Operator docs, ExternalSecret resource")

add("blind-er/compose/decoy-env-substitution", "deploy/docker-compose.prod.yml", r"""
services:
  db:
    image: postgres:15-alpine
    environment:
      POSTGRES_DB: harbour
      POSTGRES_USER: harbour
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data

  app:
    image: ghcr.io/baysidemarina/slipbook:${SLIPBOOK_TAG:-latest}
    env_file: .env.production
    environment:
      DATABASE_URL: postgres://harbour:${POSTGRES_PASSWORD}@db:5432/harbour
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
    depends_on: [db]

volumes:
  pgdata:
""", None, "Docker Compose docs, Interpolation (${VAR:?error})")

add("blind-er/terraform/decoy-random-password", "infra/modules/db/main.tf", r"""
variable "db_username" {
  type    = string
  default = "marina_admin"
}

resource "random_password" "db" {
  length           = 32
  special          = true
  override_special = "!#$%&*()-_=+[]{}<>:?"
}

resource "aws_secretsmanager_secret" "db" {
  name = "marina/prod/reservations-db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}

resource "aws_db_instance" "reservations" {
  identifier     = "marina-reservations"
  engine         = "postgres"
  instance_class = "db.t4g.small"
  username       = var.db_username
  password       = random_password.db.result
}
""", None, "Terraform random provider, random_password; AWS Secrets Manager secret version")

add("blind-er/markdown/decoy-vendor-example", "docs/payments-integration.md", r"""
# Payments integration notes

We use Stripe for slip deposits and Twilio for arrival texts. Try the APIs in **test mode** only.
The snippets below follow the vendors' API references; swap in your own test credentials:

```bash
curl https://api.stripe.com/v1/payment_intents \
  -u sk_test_YOUR_TEST_KEY: \
  -d amount=2000 \
  -d currency=usd

curl -X POST https://api.twilio.com/2010-04-01/Accounts/ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX/Messages.json \
  --data-urlencode "To=+15005550006" --data-urlencode "From=+15005550006" \
  --data-urlencode "Body=Slip A-04 is ready" \
  -u ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:your_auth_token
```

Live keys are only in AWS Secrets Manager under `marina/prod/stripe`; never paste one here.
Test cards: `4242 4242 4242 4242` (succeeds), `4000 0000 0000 9995` (insufficient funds).
Twilio magic number `+15005550006` is valid for test credentials.
""", None, "Stripe and Twilio API references: placeholder keys, test card and magic test numbers")

add("blind-er/js/decoy-test-fixture", "test/deposits.test.js", r"""
const request = require('supertest');
const nock = require('nock');
const app = require('../app');

process.env.STRIPE_SECRET_KEY = 'sk_test_dummy';
process.env.STRIPE_WEBHOOK_SECRET = 'whsec_test_secret';

describe('POST /api/deposits/intent', () => {
  afterEach(() => nock.cleanAll());

  it('creates a payment intent for the deposit', async () => {
    nock('https://api.stripe.com')
      .post('/v1/payment_intents')
      .reply(200, { id: 'pi_123', client_secret: 'pi_123_secret_abc' });

    const res = await request(app)
      .post('/api/deposits/intent')
      .send({ reservationId: 'res_fixture_1' });

    expect(res.status).toBe(200);
    expect(res.body.clientSecret).toBe('pi_123_secret_abc');
  });
});
""", None, "Jest/nock test fixture with obviously dummy keys")

add("blind-er/log/decoy-redacted", "logs/sync-2024-07-14.log", r"""
2024-07-14T05:00:01Z INFO  dockwa_sync starting (marina_id=4417)
2024-07-14T05:00:01Z DEBUG GET https://partners.dockwa.com/api/v2/marinas/4417/reservations?page=1
2024-07-14T05:00:01Z DEBUG request headers: {'Authorization': 'Bearer [REDACTED]', 'Accept': 'application/json'}
2024-07-14T05:00:02Z DEBUG 200 OK (34 reservations)
2024-07-14T05:00:03Z WARN  reservation 8f3e slip C-09 conflicts with seasonal holder, left unassigned
2024-07-14T05:00:04Z INFO  stripe: charge ch_**** captured for deposit (amount=21000)
2024-07-14T05:00:04Z INFO  smtp login reservations@harbourpointmarina.com password=********
2024-07-14T05:00:05Z INFO  synced 34 reservations in 3.9s
""", None, "Application log with credentials redacted")

# ---------------------------------------------------------------------------------------------
# Fuel dock point of sale, ship's store and tank monitoring.
# ---------------------------------------------------------------------------------------------

tok = "EAAA" + mixed(60, URLSAFE)
add("blind-er/python/square-access-token", "fueldock/square_sync.py", r'''
"""Push the day's fuel dock sales (gallons by grade) from the pump controller to Square."""
import csv
import datetime as dt
import uuid

from square.client import Client

client = Client(
    access_token="@@TOK@@",
    environment="production",
)
LOCATION_ID = "L8Q2Z4K0M6V1B"
ITEM_VARIATIONS = {"REC90": "HX2QJMPZ7WQF6N4V3B5CYTRA", "DIESEL": "7KDW3S5QZ2NMA4XJ6P8RT1VB"}


def post_day(csv_path: str) -> None:
    with open(csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            body = {
                "idempotency_key": str(uuid.uuid4()),
                "order": {
                    "location_id": LOCATION_ID,
                    "line_items": [{
                        "catalog_object_id": ITEM_VARIATIONS[row["grade"]],
                        "quantity": row["gallons"],
                    }],
                    "metadata": {"pump": row["pump"], "boat": row["boat_name"][:40]},
                },
            }
            result = client.orders.create_order(body)
            if result.is_error():
                print("order failed", row["ticket"], result.errors)


if __name__ == "__main__":
    post_day(f"/srv/fuel/export/{dt.date.today():%Y%m%d}.csv")
''', tok, "Square developer docs, access tokens (EAAA prefix) and the Python SDK Client", TOK=tok)

tok = uuid4()
add("blind-er/js/clover-api-token", "tools/clover-inventory.js", r"""
#!/usr/bin/env node
// Sets the posted fuel price on the Clover items at the fuel dock register.
const fetch = require('node-fetch');

const MERCHANT_ID = 'QZ7M2XKPE9WB1';
const TOKEN = '@@TOK@@';
const BASE = `https://api.clover.com/v3/merchants/${MERCHANT_ID}`;

const ITEMS = {
  rec90: 'R4N8V2QH1F6JY',
  diesel: 'K9T3W5BXA7D0C',
};

async function setPrice(itemId, cents) {
  const res = await fetch(`${BASE}/items/${itemId}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ price: cents, priceType: 'PER_UNIT', unitName: 'gal' }),
  });
  if (!res.ok) throw new Error(`Clover ${res.status}: ${await res.text()}`);
}

const [rec90, diesel] = process.argv.slice(2).map((p) => Math.round(parseFloat(p) * 100));
Promise.all([setPrice(ITEMS.rec90, rec90), setPrice(ITEMS.diesel, diesel)])
  .then(() => console.log('fuel prices updated'))
  .catch((e) => { console.error(e.message); process.exit(1); });
""", tok, "Clover developer docs, REST API with a merchant API token as Bearer", TOK=tok)

key = "skapi_prod_" + mixed(46, URLSAFE)
add("blind-er/php/heartland-secret-api-key", "pos/config/gateway.php", r"""
<?php
use GlobalPayments\Api\ServiceConfigs\Gateways\PorticoConfig;
use GlobalPayments\Api\ServicesContainer;

// Fuel dock card-present terminal (Heartland Portico gateway).
$config = new PorticoConfig();
$config->secretApiKey = '@@KEY@@';
$config->developerId = '002914';
$config->versionNumber = '3026';
$config->serviceUrl = 'https://api2.heartlandportico.com';

ServicesContainer::configureService($config);

return [
    'terminal_id' => 'FUELDOCK-01',
    'allow_partial_auth' => true,
    'preauth_amount_cents' => 25000,
];
""", key, "Heartland / Global Payments PHP SDK, PorticoConfig secretApiKey (skapi_ prefix)", KEY=key)

tk = mixed(16)
add("blind-er/ini/authorize-net-transaction-key", "kiosk/fuelkiosk.ini", r"""
[kiosk]
name=Fuel Dock Self-Serve
pumps=1,2,3
max_preauth=300.00
receipt_footer=Thank you! Pump-out is free at the end of B dock.

[gateway]
provider=authorize.net
endpoint=https://api2.authorize.net/xml/v1/request.api
api_login_id=7sQ4Lm9Bx2
transaction_key=@@TK@@
market_type=2
device_type=5

[controller]
port=COM3
baud=9600
protocol=gilbarco-two-wire
""", tk, "Authorize.Net docs, API Login ID and Transaction Key (16 characters)", TK=tk)

tok = mixed(20)
add("blind-er/java/moneris-api-token", "src/main/java/ca/harbourfront/fuel/MonerisGateway.java", r"""
package ca.harbourfront.fuel;

import JavaAPI.Purchase;
import JavaAPI.HttpsPostRequest;
import JavaAPI.Receipt;

public final class MonerisGateway {

    private static final String STORE_ID = "monca04417";
    private static final String API_TOKEN = "@@TOK@@";
    private static final String PROCESSING_COUNTRY = "CA";

    public Receipt charge(String orderId, String amount, String dataKey) {
        Purchase purchase = new Purchase();
        purchase.setOrderId(orderId);
        purchase.setAmount(amount);
        purchase.setDataKey(dataKey);
        purchase.setCryptType("7");

        HttpsPostRequest request = new HttpsPostRequest();
        request.setProcCountryCode(PROCESSING_COUNTRY);
        request.setTestMode(false);
        request.setStoreId(STORE_ID);
        request.setApiToken(API_TOKEN);
        request.setTransaction(purchase);
        request.send();
        return request.getReceipt();
    }
}
""", tok, "Moneris Gateway Java API, store_id and api_token", TOK=tok)

pw = url_pw()
add("blind-er/xml/pos-db-password", "FuelPOS/FuelPOS.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="FuelPOS"
         connectionString="Data Source=OFFICE-SRV\SQLEXPRESS;Initial Catalog=FuelPOS;User Id=fuelpos;Password=@@PW@@;"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="PumpControllerPort" value="COM4" />
    <add key="ReceiptPrinter" value="EPSON TM-T88V" />
    <add key="DieselGrade" value="3" />
    <add key="TaxRate" value="0.0625" />
  </appSettings>
</configuration>
""", pw, "Microsoft docs, app.config connectionStrings with SQL authentication", PW=pw)

pw = words_pw()
add("blind-er/python/tank-monitor-password", "tankmon/poll_tls450.py", r'''
"""Poll the Veeder-Root console at the fuel dock for tank inventory and alarm status."""
import requests
from requests.auth import HTTPDigestAuth

CONSOLE = "https://10.20.4.15"
USER = "marinaops"
PASSWORD = "@@PW@@"

TANKS = {1: "REC 90 non-ethanol", 2: "Diesel", 3: "Waste oil"}


def inventory():
    resp = requests.get(f"{CONSOLE}/api/v1/inventory", auth=HTTPDigestAuth(USER, PASSWORD),
                        verify="/etc/tankmon/console-ca.pem", timeout=10)
    resp.raise_for_status()
    for tank in resp.json()["tanks"]:
        yield TANKS.get(tank["id"], f"tank {tank['id']}"), tank["volume_gal"], tank["ullage_gal"]


if __name__ == "__main__":
    for name, volume, ullage in inventory():
        print(f"{name:22} {volume:8.1f} gal  ullage {ullage:8.1f}")
''', pw, "Tank gauge console web API with HTTP Digest credentials (requests HTTPDigestAuth)", PW=pw)

sec = mixed(64)
add("blind-er/env/oauth-client-secret", "shipstore/.env.production", r"""
# Ship's store / chandlery sync (Lightspeed Retail -> inventory sheet)
NODE_ENV=production
PORT=4100
LIGHTSPEED_ACCOUNT_ID=229184
LIGHTSPEED_CLIENT_ID=3c7a9e01f2d845b6a0e9c4d7b1f26a83
LIGHTSPEED_CLIENT_SECRET=@@SEC@@
LIGHTSPEED_REDIRECT_URI=https://store.harbourfrontmarina.ca/oauth/callback
SYNC_CRON=*/15 * * * *
LOW_STOCK_THRESHOLD=3
""", sec, "Lightspeed Retail API docs, OAuth client_id and client_secret", SEC=sec)

tok = "shpat_" + hexs(32)
add("blind-er/ruby/shopify-admin-token", "lib/tasks/chandlery.rake", r"""
namespace :chandlery do
  desc "Mirror Shopify stock levels for bottom paint, zincs and filters into the yard app"
  task sync_stock: :environment do
    session = ShopifyAPI::Auth::Session.new(
      shop: "harbour-point-chandlery.myshopify.com",
      access_token: "@@TOK@@"
    )
    client = ShopifyAPI::Clients::Rest::Admin.new(session: session)

    %w[bottom-paint zincs fuel-filters impellers].each do |collection|
      response = client.get(path: "products", query: { collection_handle: collection, limit: 250 })
      response.body["products"].each do |product|
        product["variants"].each do |variant|
          YardPart.find_or_initialize_by(sku: variant["sku"]).update!(
            name: "#{product['title']} #{variant['title']}".strip,
            on_hand: variant["inventory_quantity"]
          )
        end
      end
    end
  end
end
""", tok, "Shopify docs, Admin API access tokens (shpat_ prefix)", TOK=tok)

sec = mixed(40)
add("blind-er/python/quickbooks-client-secret", "accounting/qbo_fuel_journal.py", r'''
from intuitlib.client import AuthClient
from quickbooks import QuickBooks
from quickbooks.objects.journalentry import JournalEntry

auth_client = AuthClient(
    client_id="ABk3Zq9PvR2m7XyT4wNc8LsE6hUj1GdFa0VbQo5KiYt2MzWx",
    client_secret="@@SEC@@",
    environment="production",
    redirect_uri="https://office.harbourpointmarina.com/qbo/callback",
)

REALM_ID = "9130357012845516"


def client(refresh_token: str) -> QuickBooks:
    return QuickBooks(auth_client=auth_client, refresh_token=refresh_token, company_id=REALM_ID)


def post_fuel_day(qb: QuickBooks, day: str, gallons: float, revenue: float) -> JournalEntry:
    entry = JournalEntry()
    entry.DocNumber = f"FUEL-{day}"
    entry.PrivateNote = f"Fuel dock {gallons:.1f} gal"
    # lines built by the accounting template
    return entry.save(qb=qb)
''', sec, "Intuit developer docs, OAuth 2.0 client id and client secret (intuitlib AuthClient)", SEC=sec)

pw = words_pw()
add("blind-er/powershell/sftp-password", "scripts/Send-FuelSales.ps1", r"""
# Uploads the nightly fuel sales file to the fuel distributor's SFTP for the rebate program.
Import-Module Posh-SSH

$server  = 'sftp.coastalfueldist.com'
$user    = 'hpmarina'
$secure  = ConvertTo-SecureString '@@PW@@' -AsPlainText -Force
$cred    = New-Object System.Management.Automation.PSCredential ($user, $secure)

$today   = Get-Date -Format 'yyyyMMdd'
$file    = "C:\FuelPOS\Export\sales_$today.csv"

if (-not (Test-Path $file)) {
    Write-Error "No export for $today"
    exit 1
}

$session = New-SFTPSession -ComputerName $server -Credential $cred -AcceptKey
Set-SFTPItem -SessionId $session.SessionId -Path $file -Destination '/inbound/rebates'
Remove-SFTPSession -SessionId $session.SessionId | Out-Null
Write-Output "uploaded $file"
""", pw, "Posh-SSH with ConvertTo-SecureString -AsPlainText (Microsoft docs)", PW=pw)

rk = stripe_secret("rk_live_51")
add("blind-er/kotlin/stripe-restricted-key", "app/src/main/java/com/harbourpoint/fueldock/TerminalBackend.kt", r"""
package com.harbourpoint.fueldock

import com.stripe.stripeterminal.external.callable.ConnectionTokenCallback
import com.stripe.stripeterminal.external.callable.ConnectionTokenProvider
import com.stripe.stripeterminal.external.models.ConnectionTokenException
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

// The tablet on the fuel dock talks to Stripe directly (no backend yet).
private const val STRIPE_KEY = "@@RK@@"

class TerminalBackend(private val http: OkHttpClient = OkHttpClient()) : ConnectionTokenProvider {
    override fun fetchConnectionToken(callback: ConnectionTokenCallback) {
        val request = Request.Builder()
            .url("https://api.stripe.com/v1/terminal/connection_tokens")
            .header("Authorization", "Bearer $STRIPE_KEY")
            .post(FormBody.Builder().add("location", "tml_FuelDockHP01").build())
            .build()
        try {
            http.newCall(request).execute().use { response ->
                val body = JSONObject(response.body!!.string())
                callback.onSuccess(body.getString("secret"))
            }
        } catch (e: Exception) {
            callback.onFailure(ConnectionTokenException("connection token failed", e))
        }
    }
}
""", rk, "Stripe docs, restricted API keys (rk_live_) and Terminal connection tokens", RK=rk)

sig = mixed(22, URLSAFE)
add("blind-er/python/square-webhook-signature-key", "fueldock/webhooks.py", r'''
from flask import Flask, abort, request
from square.utilities.webhooks_helper import is_valid_webhook_event_signature

app = Flask(__name__)

SIGNATURE_KEY = "@@SIG@@"
NOTIFICATION_URL = "https://fuel.harbourpointmarina.com/square/webhook"


@app.post("/square/webhook")
def square_webhook():
    body = request.get_data(as_text=True)
    signature = request.headers.get("x-square-hmacsha256-signature", "")
    if not is_valid_webhook_event_signature(body, signature, SIGNATURE_KEY, NOTIFICATION_URL):
        abort(403)
    event = request.get_json()
    if event["type"] == "payment.updated":
        handle_payment(event["data"]["object"]["payment"])
    return "", 204


def handle_payment(payment: dict) -> None:
    print("payment", payment["id"], payment["status"], payment["amount_money"])
''', sig, "Square developer docs, webhook subscription signature key", SIG=sig)

hook = slack_webhook()
add("blind-er/shell/slack-webhook", "tankmon/low-fuel-alert.sh", r"""
#!/bin/sh
# cron: */30 * * * * /opt/tankmon/low-fuel-alert.sh
set -eu

WEBHOOK="@@HOOK@@"
THRESHOLD_GAL=600

level=$(/opt/tankmon/poll_tls450.py --tank 2 --field volume_gal)
if [ "$(printf '%.0f' "$level")" -lt "$THRESHOLD_GAL" ]; then
  curl -fsS -X POST -H 'Content-type: application/json' \
    --data "{\"text\":\":fuelpump: Diesel tank at ${level} gal, order a delivery\"}" \
    "$WEBHOOK"
fi
""", hook, "Slack docs, Incoming webhooks (hooks.slack.com/services/T…/B…/…)", HOOK=hook)

pw = rand_pw(14, "!@#")
add("blind-er/yaml/pos-sync-password", "fuelpos-bridge/config.yaml", r"""
# fuelpos-bridge: reads pump transactions from the forecourt controller and posts them to the POS.
controller:
  host: 10.20.4.10
  port: 5001
  protocol: ifsf
  poll_interval: 2s

pos:
  url: https://pos.harbourfrontmarina.ca/api
  username: fuel-bridge
  password: "@@PW@@"
  register: FUELDOCK-1

grades:
  1: { name: "Regular 87", plu: "1001" }
  2: { name: "Premium 91 non-ethanol", plu: "1002" }
  3: { name: "Marine diesel", plu: "1003" }

logging:
  level: info
  file: /var/log/fuelpos-bridge.log
""", pw, "Service YAML configuration with a basic-auth password", PW=pw)

# decoys -------------------------------------------------------------------------------------

app_id = "sq0idp-" + mixed(22, URLSAFE)
add("blind-er/html/decoy-public-app-id", "public/fuel-prepay.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fuel dock prepay - Harbour Point Marina</title>
  <script src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <h1>Prepay for fuel</h1>
  <form id="prepay">
    <label>Slip or boat name <input name="boat" required></label>
    <label>Amount (USD) <input name="amount" type="number" min="20" max="500" required></label>
    <div id="card-container"></div>
    <button type="submit">Pay</button>
  </form>
  <script>
    // Application ID and location ID are public identifiers for the Web Payments SDK.
    const payments = Square.payments('@@APP@@', 'L8Q2Z4K0M6V1B');
    payments.card().then(async (card) => {
      await card.attach('#card-container');
      document.getElementById('prepay').addEventListener('submit', async (e) => {
        e.preventDefault();
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/fuel/prepay', { method: 'POST', body: JSON.stringify({ source: result.token }) });
        }
      });
    });
  </script>
</body>
</html>
""", None, "Square Web Payments SDK docs: application ID and location ID are used client-side", APP=app_id)

add("blind-er/text/decoy-masked-card", "fuelpos/receipts/sample-receipt.txt", r"""
        HARBOUR POINT MARINA - FUEL DOCK
           14 Wharf Rd, Port Ellis ME
------------------------------------------
Date: 07/14/2024  10:42        Pump: 2
Grade: REC 90 NON-ETHANOL
Gallons:   46.318  @ $5.299/gal
Fuel total:                      $245.44
Sales tax (incl.)                  $0.00
------------------------------------------
VISA          ************4242
Entry: CHIP    AID: A0000000031010
Auth code: 08431K     Ref: 419611
Card holder copy
        Thank you - fair winds!
""", None, "Card receipt with a masked PAN (PCI DSS truncation)")

prices = "\n".join(f'    {{"grade": "{g}", "price": {p}, "id": "{uuid4()}"}},' for g, p in
                   [("rec90", 5.299), ("diesel", 4.649), ("premium", 5.819)])
add("blind-er/json/decoy-checksums-ids", "public/api/fuel-prices.json", r"""
{
  "marina": "harbour-point",
  "updated": "2024-07-14T09:00:00-04:00",
  "etag": "@@ETAG@@",
  "prices": [
@@PRICES@@
    {"grade": "pumpout", "price": 0.0, "id": "@@LAST@@"}
  ],
  "sha256": "@@SHA@@"
}
""", None, "Public price feed with record UUIDs and content hashes", ETAG=hexs(40), PRICES=prices, LAST=uuid4(), SHA=hexs(64))

add("blind-er/xml/decoy-env-reference", "FuelPOS/FuelPOS.Release.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="FuelPOS"
         connectionString="Data Source=OFFICE-SRV\SQLEXPRESS;Initial Catalog=FuelPOS;Integrated Security=SSPI;"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="GatewayApiKey" value="#{GatewayApiKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="GatewayDeveloperId" value="#{GatewayDeveloperId}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
    <add key="ReceiptPrinter" value="EPSON TM-T88V" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
</configuration>
""", None, "Web.config transforms with release-pipeline token replacement (#{Var}#) and Windows auth")

add("blind-er/python/decoy-test-fixture", "fueldock/tests/test_square_sync.py", r'''
import pytest

from fueldock import square_sync


class FakeOrders:
    def __init__(self):
        self.bodies = []

    def create_order(self, body):
        self.bodies.append(body)
        return type("R", (), {"is_error": lambda self: False})()


@pytest.fixture
def fake_client(monkeypatch):
    client = type("C", (), {})()
    client.orders = FakeOrders()
    monkeypatch.setattr(square_sync, "client", client)
    monkeypatch.setenv("SQUARE_ACCESS_TOKEN", "test-token-not-real")
    return client


def test_post_day_creates_one_order_per_row(tmp_path, fake_client):
    csv_file = tmp_path / "day.csv"
    csv_file.write_text("ticket,pump,grade,gallons,boat_name\n1,2,REC90,40.5,Sea Biscuit\n2,1,DIESEL,120,Reel Therapy\n")
    square_sync.post_day(str(csv_file))
    assert len(fake_client.orders.bodies) == 2
    assert fake_client.orders.bodies[0]["order"]["location_id"] == square_sync.LOCATION_ID
''', None, "pytest fixture with a token that declares itself not real")

add("blind-er/markdown/decoy-pci-notes", "docs/pci/fuel-dock-scope.md", r"""
# Fuel dock PCI scope

* Card data never touches our servers: the fuel dock terminal is a P2PE-validated device and
  the prepay page uses the hosted card fields (tokens only).
* Gateway credentials (`secretApiKey`, Authorize.Net `transaction_key`) live in the office
  password manager (1Password vault **Fuel Dock**) and are entered on the kiosk at install.
  The `fuelkiosk.ini` in the repo has `transaction_key=` left empty on purpose.
* Rotate the gateway key when staff with access leave: Portico → Settings → Key management.
* Receipts print the last four digits only, e.g. `************1111`.
* Quarterly ASV scan: ticket OPS-212. SAQ type: P2PE.
""", None, "PCI DSS notes that point to a password manager instead of holding keys")

add("blind-er/ini/decoy-empty-values", "kiosk/fuelkiosk.sample.ini", r"""
[kiosk]
name=Fuel Dock Self-Serve
pumps=1,2,3
max_preauth=300.00

[gateway]
provider=authorize.net
endpoint=https://apitest.authorize.net/xml/v1/request.api
; fill in on the kiosk, never commit real values
api_login_id=
transaction_key=
market_type=2
device_type=5

[controller]
port=COM3
baud=9600
""", None, "Authorize.Net sample configuration with the credentials left blank")

# ---------------------------------------------------------------------------------------------
# Shore power metering: pedestal gateways, MQTT, LoRaWAN, IoT hubs, time series, billing.
# ---------------------------------------------------------------------------------------------

key = rsa_key()
add("blind-er/pem/aws-iot-device-key", "pedestal-gateway/certs/dock-c-gateway.private.pem.key", r"""
@@KEY@@
""", key, "AWS IoT Core docs, device certificate and private key files (*.private.pem.key)", KEY=key)

sak = base64.b64encode(rand_bytes(32)).decode()
add("blind-er/c/azure-iot-connection-string", "firmware/pedestal-meter/src/iot_config.h", r"""
#ifndef IOT_CONFIG_H
#define IOT_CONFIG_H

/* Shore power pedestal meter, B dock. Reports kWh per outlet every 60 s. */
#define IOT_CONFIG_CONNECTION_STRING \
    "HostName=harbourpoint-meters.azure-devices.net;DeviceId=pedestal-b14;SharedAccessKey=@@SAK@@"

#define TELEMETRY_INTERVAL_MS   60000
#define OUTLET_COUNT            4
#define OUTLET_RATING_A         {30, 30, 50, 50}
#define METER_MODBUS_ADDR       1
#define METER_BAUD              9600

#endif /* IOT_CONFIG_H */
""", sak, "Azure IoT Hub docs, device connection string (HostName;DeviceId;SharedAccessKey)", SAK=sak)

pw = words_pw()
add("blind-er/conf/mosquitto-bridge-password", "mosquitto/conf.d/bridge-cloud.conf", r"""
# Bridge the dock-side broker to the cloud broker for billing.
connection harbour-cloud
address mqtt.harbourpoint-ops.net:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrg-root-x1.pem
remote_clientid dockside-broker-01
remote_username dockside
remote_password @@PW@@
cleansession false
try_private true
start_type automatic
notifications true

topic pedestals/+/energy out 1 "" harbourpoint/
topic pedestals/+/status out 1 "" harbourpoint/
topic pedestals/+/cmd in 1 "" harbourpoint/
""", pw, "mosquitto.conf man page, bridge remote_username / remote_password", PW=pw)

cs = hexs(64)
add("blind-er/js/node-red-credential-secret", "node-red/settings.js", r"""
/**
 * Node-RED settings for the shore power dashboard (runs on the dock office Pi).
 */
module.exports = {
    flowFile: 'flows.json',
    credentialSecret: "@@CS@@",
    flowFilePretty: true,

    uiPort: process.env.PORT || 1880,
    httpAdminRoot: '/admin',
    httpNodeRoot: '/',

    adminAuth: {
        type: "credentials",
        users: [{
            username: "dockoffice",
            password: "$2b$08$k4VQnD0s3m3cLxJ8Wbq9ZOMc2yF7i1a5d0Hh3Tq6r8uPjN2eL4vG.",
            permissions: "*"
        }]
    },

    logging: {
        console: { level: "info", metrics: false, audit: false }
    },

    editorTheme: {
        projects: { enabled: true }
    },

    functionGlobalContext: {
        kwhRate: 0.21
    }
};
""", cs, "Node-RED docs, settings.js credentialSecret (key for flows_cred.json)", CS=cs)

tok = mixed(86, URLSAFE) + "=="
add("blind-er/toml/influxdb-token", "telegraf/telegraf.conf", r"""
[agent]
  interval = "60s"
  flush_interval = "30s"
  hostname = "dock-gateway-c"

[[outputs.influxdb_v2]]
  urls = ["https://influx.harbourpoint-ops.net"]
  token = "@@TOK@@"
  organization = "harbour-point"
  bucket = "shore-power"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["pedestals/+/energy"]
  data_format = "json"
  tag_keys = ["pedestal", "outlet"]
  json_time_key = "ts"
  json_time_format = "unix"

[[inputs.modbus]]
  name = "main_meter"
  controller = "tcp://10.20.5.30:502"
  holding_registers = [
    { name = "total_kwh", byte_order = "ABCD", data_type = "FLOAT32-IEEE", scale = 1.0, address = [0, 1] },
  ]
""", tok, "Telegraf influxdb_v2 output plugin docs (token)", TOK=tok)

pw = words_pw()
add("blind-er/yaml/grafana-datasource-password", "grafana/provisioning/datasources/timescale.yaml", r"""
apiVersion: 1

datasources:
  - name: Shore power (TimescaleDB)
    type: postgres
    url: timescale.harbourpoint-ops.net:5432
    user: grafana_ro
    database: metering
    jsonData:
      sslmode: require
      timescaledb: true
      postgresVersion: 1500
    secureJsonData:
      password: "@@PW@@"
    editable: false
""", pw, "Grafana docs, Provisioning data sources (secureJsonData.password)", PW=pw)

ttn = "NNSXS." + pick(BASE32, 39) + "." + pick(BASE32, 52)
add("blind-er/python/ttn-api-key", "lorawan/pedestal_uplinks.py", r'''
"""Read shore power pedestal uplinks from The Things Stack (LoRaWAN) storage integration."""
import json

import requests

TTN_HOST = "https://eu1.cloud.thethings.network"
APP_ID = "harbourpoint-pedestals"
API_KEY = "@@KEY@@"


def uplinks(last: str = "1h"):
    url = f"{TTN_HOST}/api/v3/as/applications/{APP_ID}/packages/storage/uplink_message"
    resp = requests.get(url, params={"last": last, "field_mask": "up.uplink_message.decoded_payload"},
                        headers={"Authorization": f"Bearer {API_KEY}", "Accept": "text/event-stream"},
                        timeout=30)
    resp.raise_for_status()
    for line in resp.text.splitlines():
        if line.strip():
            yield json.loads(line)["result"]


for msg in uplinks():
    dev = msg["end_device_ids"]["device_id"]
    payload = msg["uplink_message"]["decoded_payload"]
    print(dev, payload.get("kwh"), payload.get("amps"))
''', ttn, "The Things Stack docs, API keys (NNSXS. prefix) and the storage integration", KEY=ttn)

appkey = hexs(32).upper()
rows = "\n".join(f"pedestal-a{n:02d},70B3D57ED00{pick('0123456789ABCDEF', 5)},{('0000000000000000')},{hexs(32).upper() if n != 1 else appkey}"
                 for n in range(1, 6))
add("blind-er/csv/lorawan-app-key", "lorawan/devices-dock-a.csv", r"""
device_id,dev_eui,join_eui,app_key
@@ROWS@@
""", appkey, "LoRaWAN 1.0.x: AppKey is the device root key (The Things Stack CSV device import)", ROWS=rows)

pw = words_pw()
add("blind-er/esphome/wifi-password", "esphome/submeter-d-dock.yaml", r"""
esphome:
  name: submeter-d-dock
  friendly_name: D dock sub-meter

esp32:
  board: esp32dev

wifi:
  ssid: "HP-Ops-2G"
  password: "@@PW@@"
  ap:
    ssid: "Submeter-D Fallback"

logger:
api:
ota:
  platform: esphome

uart:
  rx_pin: GPIO16
  tx_pin: GPIO17
  baud_rate: 9600

modbus:

sensor:
  - platform: sdm_meter
    phase_a:
      current:
        name: "D dock current"
      voltage:
        name: "D dock voltage"
    import_active_energy:
      name: "D dock import energy"
    update_interval: 30s
""", pw, "ESPHome docs, WiFi component (ssid/password)", PW=pw)

tok = hexs(40)
add("blind-er/shell/particle-token", "tools/pedestal-ota.sh", r"""
#!/usr/bin/env bash
# Flash new firmware to every pedestal in the product (Particle cloud).
set -euo pipefail

PARTICLE_TOKEN=@@TOK@@
PRODUCT_ID=18224
FIRMWARE=${1:?usage: pedestal-ota.sh firmware.bin}
VERSION=${2:?version number}

curl -fsS "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware" \
  -H "Authorization: Bearer ${PARTICLE_TOKEN}" \
  -F "file=@${FIRMWARE}" -F "version=${VERSION}" -F "title=pedestal v${VERSION}"

curl -fsS -X PUT "https://api.particle.io/v1/products/${PRODUCT_ID}/firmware/release" \
  -H "Authorization: Bearer ${PARTICLE_TOKEN}" \
  -d "version=${VERSION}" -d "product_default=true"
""", tok, "Particle docs, Cloud API access tokens (40 hex characters)", TOK=tok)

tok = hexs(64)
add("blind-er/python/vrm-token", "solar/vrm_daily.py", r'''
"""Boatyard shed solar + battery: daily yield from Victron VRM for the energy report."""
import datetime as dt

import requests

VRM = "https://vrmapi.victronenergy.com/v2"
INSTALLATION = 184227
HEADERS = {"X-Authorization": "Token @@TOK@@"}


def daily_yield(day: dt.date) -> float:
    start = int(dt.datetime.combine(day, dt.time.min).timestamp())
    end = start + 86400
    resp = requests.get(f"{VRM}/installations/{INSTALLATION}/stats",
                        params={"type": "kwh", "interval": "days", "start": start, "end": end},
                        headers=HEADERS, timeout=20)
    resp.raise_for_status()
    records = resp.json()["records"]
    return sum(v for _, v in records.get("Pc", []))


if __name__ == "__main__":
    yesterday = dt.date.today() - dt.timedelta(days=1)
    print(f"{yesterday}: {daily_yield(yesterday):.1f} kWh from the shed roof")
''', tok, "Victron VRM API docs, X-Authorization: Token <access token>", TOK=tok)

pw = rand_pw(12, "!#")
add("blind-er/uci/router-admin-password", "network/teltonika-rut955/config/rms_snippet.uci", r"""
config system 'system'
	option hostname 'pedestal-gw-c'
	option timezone 'EST5EDT,M3.2.0,M11.1.0'

config login
	option username 'admin'
	option password '@@PW@@'
	option group 'root'
	option enabled '1'

config modbus_tcp 'modbus'
	option enabled '1'
	option port '502'
	option allow_ra '0'
	option clientregs '1'

config interface 'wan'
	option proto 'wwan'
	option apn 'iot.1nce.net'
""", pw, "OpenWrt UCI configuration (Teltonika RutOS is OpenWrt based)", PW=pw)

tok = jwt({"iss": hexs(32), "iat": 1717027200, "exp": 2032387200})
add("blind-er/yaml/home-assistant-token", "homeassistant/rest_commands.yaml", r"""
# Dock office Home Assistant: let the harbour master app toggle pedestal breakers.
pedestal_breaker_off:
  url: "http://10.20.5.2:8123/api/services/switch/turn_off"
  method: POST
  headers:
    authorization: "Bearer @@TOK@@"
    content-type: "application/json"
  payload: '{"entity_id": "switch.pedestal_{{ pedestal }}_outlet_{{ outlet }}"}'

pedestal_breaker_on:
  url: "http://10.20.5.2:8123/api/services/switch/turn_on"
  method: POST
  headers:
    authorization: "Bearer @@TOK@@"
    content-type: "application/json"
  payload: '{"entity_id": "switch.pedestal_{{ pedestal }}_outlet_{{ outlet }}"}'
""", tok, "Home Assistant docs, REST API long-lived access tokens (JWT)", TOK=tok)

sk = stripe_secret()
add("blind-er/go/stripe-key-split", "billing/meter/stripe.go", r"""
package meter

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/usagerecord"
)

func init() {
	stripe.Key = "@@A@@" +
		"@@B@@"
}

// ReportUsage posts a month's kWh for a seasonal slip holder's metered subscription item.
func ReportUsage(subscriptionItem string, kwh int64, at int64) error {
	_, err := usagerecord.New(&stripe.UsageRecordParams{
		SubscriptionItem: stripe.String(subscriptionItem),
		Quantity:         stripe.Int64(kwh),
		Timestamp:        stripe.Int64(at),
		Action:           stripe.String(string(stripe.UsageRecordActionSet)),
	})
	return err
}
""", sk, "Stripe Go library (stripe.Key) and metered billing usage records", A=sk[:50], B=sk[50:])

pw = url_pw()
add("blind-er/go/postgres-dsn-default", "cmd/meter-ingest/main.go", r"""
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/jackc/pgx/v5/stdlib"
)

func env(key, fallback string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return fallback
}

func main() {
	dsn := env("METER_DB", "postgres://meter_ingest:@@PW@@@timescale.harbourpoint-ops.net:5432/metering?sslmode=require")
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := db.Ping(); err != nil {
		log.Fatalf("db: %v", err)
	}
	log.Println("meter-ingest ready")
	runConsumer(db)
}
""", pw, "pgx connection URL with a default password in code", PW=pw)

pw = rand_pw(20)
add("blind-er/k8s/mqtt-password", "k8s/metering/mqtt-credentials.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mqtt-credentials
  namespace: metering
type: kubernetes.io/basic-auth
data:
  username: @@U@@
  password: @@P@@
""", pw, "Kubernetes docs, Secret type kubernetes.io/basic-auth", U=b64("meter-ingest"), P=b64(pw))

key = hexs(32)
add("blind-er/csharp/pedestal-cloud-api-key", "src/Harbour.Metering/PedestalCloudClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Harbour.Metering
{
    public sealed class PedestalCloudClient
    {
        private const string BaseUrl = "https://api.pedestalcloud.io/v2/";
        private const string ApiKey = "@@KEY@@";
        private readonly HttpClient _http;

        public PedestalCloudClient(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
        }

        public Task<MeterReading[]?> ReadingsAsync(string site, string day) =>
            _http.GetFromJsonAsync<MeterReading[]>($"sites/{site}/readings?day={day}");

        public Task<HttpResponseMessage> SetOutletAsync(string pedestal, int outlet, bool on) =>
            _http.PostAsJsonAsync($"pedestals/{pedestal}/outlets/{outlet}", new { state = on ? "on" : "off" });
    }

    public record MeterReading(string Pedestal, int Outlet, double Kwh, string Ts);
}
""", key, "Vendor REST API with an X-API-Key header (32 hex)", KEY=key)

comm = rand_pw(14)
add("blind-er/cisco-ios/snmp-community", "network/switches/dock-c-sw01.cfg", r"""
!
hostname dock-c-sw01
!
vlan 20
 name PEDESTALS
vlan 30
 name CAMERAS
!
interface GigabitEthernet1/0/1
 description pedestal-c01
 switchport access vlan 20
 switchport mode access
 spanning-tree portfast
!
interface GigabitEthernet1/0/24
 description uplink-office
 switchport mode trunk
!
snmp-server community @@COMM@@ RW 10
snmp-server location C dock power room
snmp-server contact ops@harbourpointmarina.com
access-list 10 permit 10.20.0.0 0.0.255.255
!
end
""", comm, "Cisco IOS command reference, snmp-server community (RW community is a write credential)", COMM=comm)

# decoys -------------------------------------------------------------------------------------

lines = "\n".join(f"{u}:$7$101${base64.b64encode(rand_bytes(12)).decode()}${base64.b64encode(rand_bytes(64)).decode()}"
                  for u in ["meter-ingest", "dockside", "telegraf", "nodered", "harbourapp"])
add("blind-er/conf/decoy-mosquitto-passwd", "mosquitto/passwd", r"""
@@LINES@@
""", None, "mosquitto_passwd man page: PBKDF2-SHA512 ($7$) password hashes", LINES=lines)

rows = "\n".join(f"2024-07-14T{h:02d}:00:00Z,pedestal-c{p:02d},{o},{_rng().uniform(0, 9):.3f},{hexs(64)}"
                 for h in range(0, 12, 3) for p, o in [(3, 1), (3, 2), (7, 1)])
add("blind-er/csv/decoy-meter-readings", "exports/meter-readings-2024-07-14.csv", r"""
ts,pedestal,outlet,kwh,record_sha256
@@ROWS@@
""", None, "Meter reading export with per-record SHA-256 digests", ROWS=rows)

rows = "\n".join(f"  - device_id: pedestal-b{n:02d}\n    dev_eui: 70B3D57ED00{pick('0123456789ABCDEF', 5)}\n    join_eui: 0000000000000000\n    frequency_plan_id: US_902_928_FSB_2"
                 for n in range(1, 6))
add("blind-er/yaml/decoy-lorawan-ids", "lorawan/devices-dock-b.yaml", r"""
# Dock B pedestals. DevEUI / JoinEUI are public identifiers printed on the device label.
# AppKeys are generated in the TTS console and never exported to this repo.
application_id: harbourpoint-pedestals
devices:
@@ROWS@@
""", None, "The Things Stack docs: DevEUI and JoinEUI are identifiers; AppKey stays in the join server", ROWS=rows)

add("blind-er/esphome/decoy-secret-ref", "esphome/submeter-e-dock.yaml", r"""
esphome:
  name: submeter-e-dock

esp32:
  board: esp32dev

wifi:
  ssid: !secret ops_wifi_ssid
  password: !secret ops_wifi_password

api:
  encryption:
    key: !secret submeter_api_key

ota:
  platform: esphome
  password: !secret ota_password

uart:
  rx_pin: GPIO16
  tx_pin: GPIO17
  baud_rate: 9600

modbus:

sensor:
  - platform: sdm_meter
    import_active_energy:
      name: "E dock import energy"
""", None, "ESPHome docs, !secret references to secrets.yaml")

add("blind-er/json/decoy-node-red-flow-no-creds", "node-red/flows.json", r"""
[
    {
        "id": "9f3c2a1b7e6d5c40",
        "type": "mqtt-broker",
        "name": "dockside broker",
        "broker": "127.0.0.1",
        "port": "1883",
        "clientid": "node-red-dash",
        "usetls": false,
        "protocolVersion": "4",
        "keepalive": "60",
        "credentials": {}
    },
    {
        "id": "4b2e8d0c1a9f7e63",
        "type": "mqtt in",
        "z": "e1d2c3b4a5968778",
        "name": "pedestal energy",
        "topic": "pedestals/+/energy",
        "qos": "1",
        "datatype": "json",
        "broker": "9f3c2a1b7e6d5c40",
        "wires": [["7c6b5a4938271605"]]
    },
    {
        "id": "7c6b5a4938271605",
        "type": "function",
        "z": "e1d2c3b4a5968778",
        "name": "kWh to dollars",
        "func": "msg.payload.cost = msg.payload.kwh * global.get('kwhRate');\nreturn msg;",
        "outputs": 1,
        "wires": [["0a1b2c3d4e5f6a7b"]]
    }
]
""", None, "Node-RED docs: exported flows leave node credentials out (they live in flows_cred.json)")

add("blind-er/toml/decoy-env-token", "telegraf/telegraf.d/outputs.conf", r"""
# Token comes from /etc/default/telegraf (INFLUX_TOKEN=...), installed by Ansible from vault.
[[outputs.influxdb_v2]]
  urls = ["https://influx.harbourpoint-ops.net"]
  token = "${INFLUX_TOKEN}"
  organization = "harbour-point"
  bucket = "shore-power"
  timeout = "10s"

[[outputs.file]]
  files = ["/var/log/telegraf/metrics.out"]
  rotation_max_size = "10MB"
""", None, "Telegraf docs, environment variables in the configuration (${VAR})")

crt = cert_pem(18)
add("blind-er/pem/decoy-device-certificate", "pedestal-gateway/certs/dock-c-gateway.cert.pem", r"""
@@CRT@@
""", None, "AWS IoT Core docs: the device certificate (public) beside its private key", CRT=crt)

add("blind-er/markdown/decoy-register-map", "docs/pedestal-modbus-map.md", r"""
# Pedestal meter Modbus map (SDM630-style)

| Register (hex) | Register (dec) | Type | Unit | Meaning |
|---|---|---|---|---|
| 0x0000 | 30001 | float32 | V | L1 voltage |
| 0x0006 | 30007 | float32 | A | L1 current |
| 0x000C | 30013 | float32 | W | L1 active power |
| 0x0046 | 30071 | float32 | Hz | Frequency |
| 0x0156 | 30343 | float32 | kWh | Total active energy |
| 0xFC00 | 464513 | uint32 | - | Serial number (e.g. 0x1A2B3C4D) |

Default slave id 1, 9600 8N1. Holding register 0x0014 sets the slave id.
The meter has no authentication; it must stay on the isolated pedestal VLAN 20.
""", None, "Modbus register map documentation with hexadecimal addresses")

sig = base64.b64encode(rand_bytes(64)).decode()
add("blind-er/json/decoy-firmware-manifest", "firmware/pedestal-meter/release/manifest.json", r"""
{
  "product": "pedestal-meter",
  "version": "2.7.1",
  "released": "2024-05-02",
  "files": [
    {"name": "pedestal-meter-2.7.1.bin", "size": 912384, "sha256": "@@S1@@"},
    {"name": "bootloader-1.4.bin", "size": 26112, "sha256": "@@S2@@"}
  ],
  "signature": {
    "alg": "ed25519",
    "key_id": "release-2024",
    "value": "@@SIG@@"
  }
}
""", None, "Firmware release manifest: SHA-256 digests and a detached Ed25519 signature (public)",
    S1=hexs(64), S2=hexs(64), SIG=sig)

# ---------------------------------------------------------------------------------------------
# Gate and dock access control, intercoms, cameras and the marina network.
# ---------------------------------------------------------------------------------------------

cid, csec = uuid4(), mixed(32)
add("blind-er/python/access-control-client-secret", "gate/brivo_sync.py", r'''
"""Sync seasonal slip holders to the dock gate access groups (Brivo Onair API)."""
import base64
import os

import requests

API = "https://api.brivo.com/v1/api"
AUTH = "https://auth.brivo.com/oauth/token"
API_KEY = os.environ["BRIVO_API_KEY"]
CLIENT_ID = "@@CID@@"
CLIENT_SECRET = "@@CSEC@@"
GROUP_DOCK_GATES = 2284731


def token(username: str, password: str) -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    resp = requests.post(AUTH, headers={"Authorization": f"Basic {basic}", "api-key": API_KEY},
                         data={"grant_type": "password", "username": username, "password": password},
                         timeout=15)
    resp.raise_for_status()
    return resp.json()["access_token"]


def add_holder(access_token: str, first: str, last: str, slip: str) -> int:
    headers = {"Authorization": f"bearer {access_token}", "api-key": API_KEY}
    user = requests.post(f"{API}/users", json={"firstName": first, "lastName": last,
                                                "externalId": f"slip-{slip}"}, headers=headers, timeout=15).json()
    requests.put(f"{API}/groups/{GROUP_DOCK_GATES}/users/{user['id']}", headers=headers, timeout=15)
    return user["id"]
''', csec, "Brivo API docs, OAuth client id / client secret and api-key header", CID=cid, CSEC=csec)

key = hexs(32)
add("blind-er/shell/kisi-api-key", "gate/unlock-fuel-dock-gate.sh", r"""
#!/usr/bin/env bash
# Used by the fuel dock attendant's button on the office tablet.
set -euo pipefail

LOCK_ID=58213
curl -fsS -X POST "https://api.kisi.io/locks/${LOCK_ID}/unlock" \
  -H "Authorization: KISI-LOGIN @@KEY@@" \
  -H "Accept: application/json" \
  -H "Content-Type: application/json" \
  -d '{"context":{"location":{"latitude":43.8531,"longitude":-69.6283}}}'
echo "fuel dock gate unlocked"
""", key, "Kisi API docs, Authorization: KISI-LOGIN <api key>", KEY=key)

pw = words_pw()
add("blind-er/js/access-login-password", "gate/openpath-door-report.mjs", r"""
// Weekly report: which fobs opened the A-dock gate after 22:00.
const BASE = 'https://api.openpath.com';
const ORG_ID = 18433;

async function login() {
  const res = await fetch(`${BASE}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'it@harbourpointmarina.com', password: '@@PW@@', mfa: {} }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  return (await res.json()).data.token;
}

async function lateEntries(token) {
  const since = Math.floor(Date.now() / 1000) - 7 * 86400;
  const url = `${BASE}/orgs/${ORG_ID}/reports/activity/events?filter=uiData.entry.id:(=1042) timestamp:(>${since})`;
  const res = await fetch(url, { headers: { Authorization: token } });
  const { data } = await res.json();
  return data.filter((e) => new Date(e.timestamp * 1000).getHours() >= 22);
}

const token = await login();
for (const e of await lateEntries(token)) {
  console.log(new Date(e.timestamp * 1000).toISOString(), e.uiData.user?.name ?? 'unknown');
}
""", pw, "Access control cloud API login with email and password in the script", PW=pw)

pw = words_pw()
add("blind-er/csharp/net2-client-password", "src/GateService/Net2Client.cs", r"""
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace GateService
{
    // Paxton Net2 local API on the office server (boatyard gate + workshop doors).
    public class Net2Client
    {
        private const string TokenUrl = "https://office-srv:8443/api/v1/authorization/tokens";
        private const string ClientId = "f2b6c1e8-3d47-4a95-b0e2-7c9d8a6f1e34";
        private const string Operator = "Gate Service";
        private const string OperatorPassword = "@@PW@@";

        private readonly HttpClient _http = new HttpClient();

        public async Task<string> TokenAsync()
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["username"] = Operator,
                ["password"] = OperatorPassword,
                ["grant_type"] = "password",
                ["client_id"] = ClientId,
            });
            var response = await _http.PostAsync(TokenUrl, form);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
""", pw, "Paxton Net2 local API (OAuth password grant with operator credentials)", PW=pw)

pw = rand_pw(16, "!*")
basic = b64("svc-gates;" + "V3KP8QW2" + ":" + pw)
add("blind-er/powershell/basic-auth-header", "scripts/Get-GateEvents.ps1", r"""
# Genetec Security Center Web SDK: last 24h of events for the dock gates.
$sdk     = 'https://gc-srv01:4590/WebSdk'
$headers = @{
    Authorization = 'Basic @@BASIC@@'
    Accept        = 'application/json'
}

$gates = @(
    'a1f4d9e2-0b7c-4e58-9a3d-6c2f1e8b7a90',  # A dock gate
    'c7e2b4a1-5d93-4f06-8b1e-2a9c7d4e6f13'   # boatyard main gate
)

foreach ($gate in $gates) {
    $uri = "$sdk/report/DoorActivity?Doors@$gate&TimeRange.SetTimeRange(" +
           (Get-Date).AddDays(-1).ToString('s') + ',' + (Get-Date).ToString('s') + ')'
    $result = Invoke-RestMethod -Uri $uri -Headers $headers -SkipCertificateCheck
    $result.Rsp.Result | Select-Object Timestamp, Cardholder, EventType |
        Export-Csv -Append -NoTypeInformation -Path "C:\Reports\gate-events-$(Get-Date -f yyyyMMdd).csv"
}
""", basic, "Genetec Web SDK: HTTP Basic with user;appId:password (RFC 7617)", BASIC=basic)

pw = rand_pw(10)
add("blind-er/yaml/intercom-url-password", "homeassistant/packages/dock_gate_intercom.yaml", r"""
# Gate intercom at the head of the main pier (DoorBird D2101V)
rest_command:
  open_dock_gate:
    url: "http://ghwqk0001:@@PW@@@10.20.30.40/bha-api/open-door.cgi?r=1"
    method: GET
    timeout: 5

camera:
  - platform: generic
    name: Main pier gate
    still_image_url: "http://10.20.30.40/bha-api/image.cgi"
    stream_source: "rtsp://10.20.30.40:8557/mpeg/media.amp"
    authentication: basic
    username: ghwqk0001
    password: !secret doorbird_password
""", pw, "DoorBird LAN API: HTTP credentials in the URL (open-door.cgi)", PW=pw)

pw = url_pw()
add("blind-er/yaml/rtsp-url-password", "frigate/config.yml", r"""
mqtt:
  host: 10.20.5.2
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  fuel_dock:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:@@PW@@@10.20.30.21:554/axis-media/media.amp?resolution=1920x1080
          roles: [detect, record]
    detect:
      width: 1920
      height: 1080
    objects:
      track: [person, boat]
  travel_lift_well:
    ffmpeg:
      inputs:
        - path: rtsp://frigate:{FRIGATE_RTSP_PASSWORD}@10.20.30.22:554/axis-media/media.amp
          roles: [detect, record]

record:
  enabled: true
  retain:
    days: 14
""", pw, "Frigate docs, camera inputs (RTSP URL with credentials)", PW=pw)

pw = rand_pw(12)
add("blind-er/systemd/rtsp-url-password", "deploy/systemd/gate-cam-relay.service", r"""
[Unit]
Description=Relay the boatyard gate camera to the office display
After=network-online.target
Wants=network-online.target

[Service]
User=display
ExecStart=/usr/bin/ffmpeg -rtsp_transport tcp -i rtsp://admin:@@PW@@@10.20.30.31:554/Streaming/Channels/102 -c copy -f rtsp rtsp://127.0.0.1:8554/gate
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", pw, "Hikvision RTSP URL (rtsp://user:password@host:554/Streaming/Channels/102) in a systemd unit", PW=pw)

pw = words_pw()
add("blind-er/python/unifi-controller-password", "network/unifi_guest_vouchers.py", r'''
"""Print 20 guest Wi-Fi vouchers for transient boaters (UniFi controller)."""
import requests
import urllib3

urllib3.disable_warnings()

CONTROLLER = "https://10.20.0.5:8443"
SITE = "default"
USERNAME = "voucherbot"
PASSWORD = "@@PW@@"

s = requests.Session()
s.verify = False
s.post(f"{CONTROLLER}/api/login", json={"username": USERNAME, "password": PASSWORD}).raise_for_status()

r = s.post(f"{CONTROLLER}/api/s/{SITE}/cmd/hotspot",
           json={"cmd": "create-voucher", "n": 20, "quota": 1, "expire": 4320, "note": "transient"})
create_time = r.json()["data"][0]["create_time"]

vouchers = s.get(f"{CONTROLLER}/api/s/{SITE}/stat/voucher", params={"create_time": create_time}).json()["data"]
for v in vouchers:
    code = v["code"]
    print(f"{code[:5]}-{code[5:]}   valid 3 nights")
''', pw, "UniFi controller API login (username/password) in a script", PW=pw)

psk = passphrase()
add("blind-er/mikrotik/wpa-psk", "network/mikrotik/office-ap.rsc", r"""
# jul/02/2024 08:14:55 by RouterOS 6.49.10
# software id = 7K2D-QX9M
#
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=staff supplicant-identity="" \
    wpa2-pre-shared-key="@@PSK@@"
/interface wireless
set [ find default-name=wlan1 ] band=2ghz-b/g/n country="united states" disabled=no \
    mode=ap-bridge security-profile=staff ssid=HP-Staff
/ip address
add address=10.20.0.1/24 interface=bridge network=10.20.0.0
/ip dhcp-server network
add address=10.20.0.0/24 gateway=10.20.0.1
/system identity
set name=office-ap
""", psk, "MikroTik RouterOS wiki, security-profiles wpa2-pre-shared-key", PSK=psk)

pw = url_pw()
add("blind-er/cisco-ios/local-user-password", "network/switches/office-core.cfg", r"""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname office-core
!
username netadmin privilege 15 password 0 @@PW@@
aaa new-model
aaa authentication login default local
!
ip domain-name harbourpoint.local
crypto key generate rsa modulus 2048
ip ssh version 2
!
interface Vlan1
 ip address 10.20.0.2 255.255.255.0
!
line vty 0 4
 transport input ssh
!
end
""", pw, "Cisco IOS command reference, username ... password 0 (unencrypted)", PW=pw)

key = openssh_key()
add("blind-er/ansible/ssh-private-key", "ansible/roles/gate_controller/files/id_gatectl", r"""
@@KEY@@
""", key, "OpenSSH PROTOCOL.key: openssh-key-v1 private key format", KEY=key)

pw = url_pw()
add("blind-er/ansible/become-password", "ansible/inventory/hosts.ini", r"""
[gate_controllers]
gatepi-a-dock   ansible_host=10.20.40.11
gatepi-b-dock   ansible_host=10.20.40.12
gatepi-yard     ansible_host=10.20.40.13

[gate_controllers:vars]
ansible_user=pi
ansible_become=true
ansible_become_password=@@PW@@
ansible_python_interpreter=/usr/bin/python3

[office]
office-srv ansible_host=10.20.0.10 ansible_user=ops
""", pw, "Ansible docs, ansible_become_password in inventory", PW=pw)

pw = rand_pw(16)
add("blind-er/ini/sip-password", "asterisk/pjsip.conf", r"""
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

; gate intercom at the boatyard entrance
[gate-intercom]
type=endpoint
context=gate
disallow=all
allow=ulaw
auth=gate-intercom-auth
aors=gate-intercom

[gate-intercom-auth]
type=auth
auth_type=userpass
username=gate-intercom
password=@@PW@@

[gate-intercom]
type=aor
max_contacts=1
""", pw, "Asterisk wiki, PJSIP configuration (type=auth, password)", PW=pw)

sk_sid, sk_sec = "SK" + hexs(32), mixed(32)
add("blind-er/python/twilio-api-key-secret", "gate/call_to_open.py", r'''
"""After-hours "call to open": boaters on the list ring the gate number, the gate opens."""
from flask import Flask, request
from twilio.rest import Client
from twilio.twiml.voice_response import VoiceResponse

from gate.relay import pulse_relay
from gate.roster import allowed_numbers

app = Flask(__name__)
client = Client("@@SKSID@@", "@@SKSEC@@", "AC" + "0c5e8d2b7a4f1e3c9b6d0a2f4e8c1b7d")


@app.post("/voice/gate")
def gate_call():
    caller = request.form.get("From", "")
    resp = VoiceResponse()
    if caller in allowed_numbers():
        pulse_relay("yard-gate", seconds=3)
        resp.say("Gate open. Welcome back.")
    else:
        resp.say("This number is not on the boatyard list. Please call the office in the morning.")
    return str(resp)
''', sk_sec, "Twilio docs, API keys (SK sid + secret) with Client(api_key, api_secret, account_sid)", SKSID=sk_sid, SKSEC=sk_sec)

tok = fakes.telegram_token(_next())
add("blind-er/python/telegram-bot-token", "gate/alarm_notify.py", r'''
import os
import time

import requests
import RPi.GPIO as GPIO

BOT_TOKEN = "@@TOK@@"
CHAT_ID = "-1001849263551"
GATE_CONTACT_PIN = 17
HELD_OPEN_SECONDS = 90

GPIO.setmode(GPIO.BCM)
GPIO.setup(GATE_CONTACT_PIN, GPIO.IN, pull_up_down=GPIO.PUD_UP)


def notify(text: str) -> None:
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=10)


opened_at = None
while True:
    is_open = GPIO.input(GATE_CONTACT_PIN) == GPIO.HIGH
    if is_open and opened_at is None:
        opened_at = time.time()
    elif not is_open:
        opened_at = None
    if opened_at and time.time() - opened_at > HELD_OPEN_SECONDS:
        notify(f"A dock gate held open for {HELD_OPEN_SECONDS}s ({os.uname().nodename})")
        opened_at = time.time() + 600
    time.sleep(1)
''', tok, "Telegram Bot API docs, bot token <id>:<secret>", TOK=tok)

sec = azure_client_secret()
add("blind-er/json/azure-client-secret", "gate/visitor-pass/appsettings.json", r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "3f7a1c9e-2b84-4d6f-a051-8e9c2d7b4f16",
    "ClientId": "b5e2d8a1-7c43-49f0-9e6b-1a3d5c7f9e28",
    "ClientSecret": "@@SEC@@"
  },
  "VisitorPass": {
    "DefaultHours": 12,
    "Gates": ["A-dock", "B-dock", "Boatyard"],
    "NotifyMailbox": "gatehouse@harbourpointmarina.com"
  }
}
""", sec, "Microsoft identity platform docs, client secret (8Q~ shaped) in appsettings.json", SEC=sec)

# decoys -------------------------------------------------------------------------------------

keys = "\n".join(ssh_pub(c) for c in ["denise@office-pc", "pete@yard-laptop", "ansible@office-srv", "luis@fuel-tablet"])
add("blind-er/ssh/decoy-authorized-keys", "ansible/roles/gate_controller/files/authorized_keys", r"""
# Managed by Ansible (role gate_controller). Public keys only.
@@KEYS@@
# emergency access from the harbour master's phone (Termius)
@@LAST@@
""", None, "OpenSSH sshd(8) AUTHORIZED_KEYS file format (public keys)", KEYS=keys, LAST=ssh_pub("harbourmaster@termius"))

add("blind-er/ansible/decoy-vault-encrypted", "ansible/group_vars/gate_controllers/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@BLOB@@
""", None, "Ansible docs, ansible-vault encrypted files ($ANSIBLE_VAULT;1.1;AES256)", BLOB=vault_blob(12))

add("blind-er/cisco-ios/decoy-hashed-secret", "network/switches/dock-a-sw01.cfg", r"""
!
hostname dock-a-sw01
!
enable algorithm-type scrypt secret @@H1@@
!
username netadmin privilege 15 algorithm-type scrypt secret @@H2@@
aaa new-model
aaa authentication login default local
!
ip ssh version 2
!
interface GigabitEthernet1/0/1
 description gate-controller-a
 switchport access vlan 40
!
line vty 0 4
 transport input ssh
!
end
""", None, "Cisco IOS docs, type 9 (scrypt) secrets are one-way hashes",
    H1="$9$" + pick(CRYPT, 14) + "$" + pick(CRYPT, 43), H2="$9$" + pick(CRYPT, 14) + "$" + pick(CRYPT, 43))

add("blind-er/yaml/decoy-frigate-env", "frigate/config.example.yml", r"""
# Frigate substitutes {FRIGATE_*} variables from the container environment.
mqtt:
  host: 10.20.5.2
  user: "{FRIGATE_MQTT_USER}"
  password: "{FRIGATE_MQTT_PASSWORD}"

cameras:
  fuel_dock:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.30.21:554/axis-media/media.amp
          roles: [detect, record]
  a_dock_gate:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.20.30.23:554/axis-media/media.amp
          roles: [detect]
""", None, "Frigate docs, environment variable substitution {FRIGATE_...}")

rows = "\n".join(f"{uuid4()},{name},{slip},{grp},{exp}" for name, slip, grp, exp in [
    ("J. Whitcomb", "A-04", "A dock", "2024-10-31"), ("M. Alvarez", "A-11", "A dock", "2024-10-31"),
    ("R. Chen", "B-02", "B dock", "2024-10-31"), ("S. O'Neill", "C-07", "C dock", "2024-10-31"),
    ("Boatyard crew", "-", "Yard all hours", "2025-03-31"), ("Transient (weekly)", "V-01", "Visitor pontoon", "2024-07-21")])
add("blind-er/csv/decoy-credential-ids", "gate/exports/holders-2024.csv", r"""
credential_uuid,holder,slip,access_group,expires
@@ROWS@@
""", None, "Access control export; credential UUIDs are record identifiers", ROWS=rows)

add("blind-er/ini/decoy-include-secrets", "asterisk/pjsip.conf.template", r"""
[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[gate-intercom]
type=endpoint
context=gate
disallow=all
allow=ulaw
auth=gate-intercom-auth
aors=gate-intercom

; the type=auth sections are generated on the server from the password store
; (/etc/asterisk/pjsip_auth.conf, mode 0640, not in git)
#include pjsip_auth.conf

[gate-intercom]
type=aor
max_contacts=1
""", None, "Asterisk docs, #include of a file kept outside the repository")

add("blind-er/markdown/decoy-api-placeholders", "gate/README.md", r"""
# Gate integrations

## Kisi

```bash
export KISI_API_KEY=...   # from the Kisi dashboard, Integrations → API
curl -X POST "https://api.kisi.io/locks/<LOCK_ID>/unlock" \
  -H "Authorization: KISI-LOGIN $KISI_API_KEY"
```

## Brivo

`brivo_sync.py` reads `BRIVO_CLIENT_ID`, `BRIVO_CLIENT_SECRET` and `BRIVO_API_KEY` from the
environment. Ask the harbour master for access to the **Gate Systems** vault.

| Setting | Example |
|---|---|
| `BRIVO_API_KEY` | `<your-api-key>` |
| `BRIVO_CLIENT_SECRET` | `<client-secret>` |
| Gate group id | `2284731` |
""", None, "README with placeholders and environment variables instead of keys")

add("blind-er/mikrotik/decoy-hidden-sensitive", "network/mikrotik/dock-ap-c.rsc", r"""
# 2024-07-02 08:20:11 by RouterOS 7.14.3
# software id = 3RQX-82KD
#
# model = cAPGi-5HaxD2HaxD
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=boaters
/interface wifi
set [ find default-name=wifi1 ] configuration.mode=ap .ssid=HarbourPoint-Guest \
    security=boaters
/ip address
add address=10.20.60.1/22 interface=bridge network=10.20.60.0
/system identity
set name=dock-ap-c
""", None, "RouterOS v7 manual: /export hides sensitive values unless show-sensitive is given")

# ---------------------------------------------------------------------------------------------
# Boat-lift / travel-lift scheduling and the yard work-order system.
# ---------------------------------------------------------------------------------------------

key = pkcs8_rsa_key()
add("blind-er/python/service-account-private-key", "liftsched/gcal.py", r'''
"""Write travel-lift bookings to the shared "Travel Lift" Google Calendar."""
from google.oauth2 import service_account
from googleapiclient.discovery import build

CALENDAR_ID = "c_5f0d1a7e9b2c4e8f@group.calendar.google.com"
SERVICE_ACCOUNT = "lift-scheduler@harbourpoint-yard.iam.gserviceaccount.com"
PRIVATE_KEY = """@@KEY@@
"""

creds = service_account.Credentials.from_service_account_info({
    "type": "service_account",
    "client_email": SERVICE_ACCOUNT,
    "private_key": PRIVATE_KEY,
    "token_uri": "https://oauth2.googleapis.com/token",
}, scopes=["https://www.googleapis.com/auth/calendar"])
calendar = build("calendar", "v3", credentials=creds, cache_discovery=False)


def book(haul_id: str, boat: str, start_iso: str, end_iso: str) -> str:
    event = calendar.events().insert(calendarId=CALENDAR_ID, body={
        "summary": f"HAUL {boat}",
        "start": {"dateTime": start_iso}, "end": {"dateTime": end_iso},
        "extendedProperties": {"private": {"haul_id": haul_id}},
    }).execute()
    return event["id"]
''', key, "Google Auth docs, service account credentials from_service_account_info (private_key PEM)", KEY=key)

tok = jwt({"iss": "https://auth.calendly.com", "iat": 1716200000, "jti": uuid4(), "user_uuid": uuid4(),
           "app_uid": mixed(43, URLSAFE), "exp": 1747736000}, alg="HS256")
add("blind-er/ts/calendly-token", "src/booking/calendly.ts", r"""
// Haul-out requests come in through Calendly; this pulls them into the yard schedule.
const CALENDLY_TOKEN =
  "@@TOK@@";
const ORG = "https://api.calendly.com/organizations/FBHCDXQ4M2ZKT7RE";

export interface HaulRequest {
  uri: string;
  start: string;
  boat: string;
}

export async function upcomingHauls(): Promise<HaulRequest[]> {
  const url = new URL("https://api.calendly.com/scheduled_events");
  url.searchParams.set("organization", ORG);
  url.searchParams.set("status", "active");
  url.searchParams.set("min_start_time", new Date().toISOString());
  const res = await fetch(url, { headers: { Authorization: `Bearer ${CALENDLY_TOKEN}` } });
  if (!res.ok) throw new Error(`calendly ${res.status}`);
  const body = await res.json();
  return body.collection.map((e: any) => ({ uri: e.uri, start: e.start_time, boat: e.name }));
}
""", tok, "Calendly API docs, personal access tokens (JWT) as Bearer", TOK=tok)

key = hexs(32)
add("blind-er/php/acuity-api-key", "yard/lift-bookings/acuity.php", r"""
<?php
// Acuity Scheduling: appointment type 118 = "Travel lift haul-out (up to 45 ft)".
const ACUITY_USER_ID = '21479183';
const ACUITY_API_KEY = '@@KEY@@';

function acuity_get(string $path, array $query = []): array
{
    $ch = curl_init('https://acuityscheduling.com/api/v1/' . $path . '?' . http_build_query($query));
    curl_setopt_array($ch, [
        CURLOPT_USERPWD => ACUITY_USER_ID . ':' . ACUITY_API_KEY,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_TIMEOUT => 15,
    ]);
    $body = curl_exec($ch);
    curl_close($ch);
    return json_decode($body, true) ?? [];
}

$hauls = acuity_get('appointments', ['appointmentTypeID' => 118, 'minDate' => date('Y-m-d')]);
foreach ($hauls as $h) {
    printf("%s  %-20s %s\n", $h['datetime'], $h['firstName'] . ' ' . $h['lastName'], $h['forms'][0]['values'][0]['value'] ?? '');
}
""", key, "Acuity Scheduling API docs, HTTP Basic with user id and API key", KEY=key)

tok = hexs(32)
add("blind-er/ruby/twilio-auth-token", "app/jobs/haul_reminder_job.rb", r"""
require "twilio-ruby"

class HaulReminderJob < ApplicationJob
  queue_as :default

  ACCOUNT_SID = "AC7e4b1d9c2a8f5e3b6c0d4a9e1f7b2c5d".freeze
  AUTH_TOKEN = "@@TOK@@".freeze

  def perform(haul_id)
    haul = Haul.find(haul_id)
    client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
    client.messages.create(
      from: "+12075550188",
      to: haul.owner_phone,
      body: "Reminder: #{haul.boat_name} is booked for the travel lift #{haul.starts_at.strftime('%a %b %-d at %-l:%M %p')}. " \
            "Please have the boat at the lift well 30 min early, empty of fuel cans. Reply C to confirm."
    )
  end
end
""", tok, "twilio-ruby, Twilio::REST::Client.new(account_sid, auth_token)", TOK=tok)

pw = url_pw()
add("blind-er/env/airflow-connection-uri", "airflow/.env", r"""
AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
AIRFLOW_UID=50000

# DAG "lift_capacity" reads bookings and writes the weekly yard plan
AIRFLOW_CONN_LIFT_DB=postgres://liftsched:@@PW@@@yard-db.internal:5432/yard
AIRFLOW_VAR_YARD_TIMEZONE=America/New_York
AIRFLOW_VAR_LIFT_CAPACITY_TONS=50
""", pw, "Airflow docs, Managing connections: AIRFLOW_CONN_<ID> URI form", PW=pw)

pw = fakes.redis_password(_next())
add("blind-er/python/redis-url", "liftsched/celery_app.py", r'''
from celery import Celery
from celery.schedules import crontab

BROKER_URL = "redis://:@@PW@@@yard-redis.internal:6379/0"

app = Celery("liftsched", broker=BROKER_URL, backend=BROKER_URL.replace("/0", "/1"))
app.conf.timezone = "America/New_York"
app.conf.beat_schedule = {
    "tide-window-recalc": {
        "task": "liftsched.tasks.recalc_tide_windows",
        "schedule": crontab(minute=0, hour="*/6"),
    },
    "reminders": {
        "task": "liftsched.tasks.send_haul_reminders",
        "schedule": crontab(minute=0, hour=17),
    },
}
''', pw, "Celery docs, Redis broker URL redis://:password@host:port/db", PW=pw)

dk = fakes.django_secret_key(_next())
add("blind-er/python/django-secret-key", "yardapp/yardapp/settings/production.py", r'''
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["yard.harbourpointmarina.com"]

SECRET_KEY = "@@DK@@"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

DATABASES["default"]["HOST"] = "yard-db.internal"  # noqa: F405

LIFT_MAX_TONS = 50
LIFT_MAX_BEAM_FT = 18
HAUL_SLOT_MINUTES = 90
''', dk, "Django docs, SECRET_KEY (get_random_secret_key: 50 characters)", DK=dk)

sec = rand_pw(32, "!@#$%^&*")
add("blind-er/js/jwt-signing-secret", "yard-api/src/auth.js", r"""
const jwt = require('jsonwebtoken');

const JWT_SECRET = '@@SEC@@';
const TOKEN_TTL = '12h';

function issue(staff) {
  return jwt.sign({ sub: staff.id, role: staff.role, yard: 'harbour-point' }, JWT_SECRET, {
    expiresIn: TOKEN_TTL,
    issuer: 'yard-api',
  });
}

function requireStaff(req, res, next) {
  const header = req.headers.authorization || '';
  const token = header.startsWith('Bearer ') ? header.slice(7) : null;
  if (!token) return res.status(401).json({ error: 'missing token' });
  try {
    req.staff = jwt.verify(token, JWT_SECRET, { issuer: 'yard-api' });
    return next();
  } catch (err) {
    return res.status(401).json({ error: 'invalid token' });
  }
}

module.exports = { issue, requireStaff };
""", sec, "jsonwebtoken docs, jwt.sign / jwt.verify with a shared HMAC secret", SEC=sec)

sec = azure_client_secret()
add("blind-er/powershell/graph-client-secret", "scripts/Sync-LiftCalendar.ps1", r"""
# Copies travel-lift bookings into the yard crew's Outlook calendar (Microsoft Graph).
$tenantId     = '3f7a1c9e-2b84-4d6f-a051-8e9c2d7b4f16'
$clientId     = '9d2c4e7a-1b58-4f3e-8a06-5c7d9e1b2f40'
$clientSecret = '@@SEC@@'

$token = Invoke-RestMethod -Method Post `
    -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" `
    -Body @{
        client_id     = $clientId
        client_secret = $clientSecret
        scope         = 'https://graph.microsoft.com/.default'
        grant_type    = 'client_credentials'
    }

$headers = @{ Authorization = "Bearer $($token.access_token)" }
$bookings = Import-Csv '\\office-srv\yard\lift-bookings.csv'

foreach ($b in $bookings) {
    $event = @{
        subject = "HAUL $($b.Boat)"
        start   = @{ dateTime = $b.Start; timeZone = 'Eastern Standard Time' }
        end     = @{ dateTime = $b.End;   timeZone = 'Eastern Standard Time' }
    } | ConvertTo-Json
    Invoke-RestMethod -Method Post -Headers $headers -ContentType 'application/json' `
        -Uri 'https://graph.microsoft.com/v1.0/users/yardcrew@harbourpointmarina.com/events' -Body $event
}
""", sec, "Microsoft identity platform, client credentials flow with client_secret", SEC=sec)

sec = "GOCSPX-" + mixed(28, URLSAFE)
add("blind-er/json/google-oauth-client-secret", "yardapp/client_secret_web.json", r"""
{
  "web": {
    "client_id": "548213097716-5qk2m8v0h3rj7t1c9dbn4aexl6pwfz2g.apps.googleusercontent.com",
    "project_id": "harbourpoint-yard",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@SEC@@",
    "redirect_uris": ["https://yard.harbourpointmarina.com/oauth/google/callback"],
    "javascript_origins": ["https://yard.harbourpointmarina.com"]
  }
}
""", sec, "Google Cloud docs, OAuth 2.0 web client secrets file (GOCSPX- client secret)", SEC=sec)

tok = "sntryu_" + hexs(64)
add("blind-er/gitlab-ci/sentry-auth-token", ".gitlab-ci.yml", r"""
stages: [test, build, release]

variables:
  SENTRY_ORG: harbour-point
  SENTRY_PROJECT: yard-app
  SENTRY_AUTH_TOKEN: "@@TOK@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

release:
  stage: release
  image: getsentry/sentry-cli
  script:
    - sentry-cli releases new "$CI_COMMIT_SHORT_SHA"
    - sentry-cli releases set-commits "$CI_COMMIT_SHORT_SHA" --auto
    - sentry-cli releases finalize "$CI_COMMIT_SHORT_SHA"
  only: [main]
""", tok, "Sentry docs, auth tokens (sntryu_ user tokens) for sentry-cli", TOK=tok)

pw = words_pw()
add("blind-er/r/odbc-password", "analysis/lift_utilisation.R", r"""
library(DBI)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  odbc::odbc(),
  Driver   = "PostgreSQL Unicode",
  Server   = "yard-db.internal",
  Database = "yard",
  UID      = "analyst",
  PWD      = "@@PW@@",
  Port     = 5432
)

hauls <- tbl(con, "hauls") %>%
  filter(starts_at >= "2024-01-01") %>%
  collect()

hauls %>%
  mutate(week = lubridate::floor_date(starts_at, "week")) %>%
  count(week, lift) %>%
  ggplot(aes(week, n, fill = lift)) +
  geom_col() +
  labs(title = "Travel lift hauls per week", x = NULL, y = "hauls")

dbDisconnect(con)
""", pw, "DBI / odbc docs, dbConnect with UID and PWD", PW=pw)

# decoys -------------------------------------------------------------------------------------

slots = "\n".join(f"  - id: {uuid4()}\n    lift: {lift}\n    boat: \"{boat}\"\n    start: 2024-10-{d:02d}T{h:02d}:00:00-04:00\n    tide_window: {tw}"
                  for lift, boat, d, h, tw in [("50T", "Knot Working", 14, 8, "HW-2h"), ("50T", "Aquaholic", 14, 10, "HW"),
                                              ("hydraulic-trailer", "Sea Biscuit", 15, 9, "any")])
add("blind-er/yaml/decoy-uuid-ids", "liftsched/fixtures/october-hauls.yaml", r"""
# Haul-out bookings for the autumn rush (export from the yard app).
hauls:
@@SLOTS@@
""", None, "Schedule export whose UUIDs are booking ids", SLOTS=slots)

add("blind-er/kotlin/decoy-test-token", "app/src/test/java/com/harbourpoint/yard/LiftApiTest.kt", r'''
package com.harbourpoint.yard

import okhttp3.mockwebserver.MockResponse
import okhttp3.mockwebserver.MockWebServer
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Before
import org.junit.Test

class LiftApiTest {
    private val server = MockWebServer()
    private lateinit var api: LiftApi

    @Before fun setUp() {
        server.start()
        api = LiftApi(baseUrl = server.url("/").toString(), token = "fake-token-for-tests")
    }

    @After fun tearDown() = server.shutdown()

    @Test fun `parses the day's bookings`() {
        server.enqueue(MockResponse().setBody("""[{"id":"b1","boat":"Sea Biscuit","lift":"50T"}]"""))
        val bookings = api.bookingsFor("2024-10-14")
        assertEquals("Sea Biscuit", bookings.single().boat)
        assertEquals("Bearer fake-token-for-tests", server.takeRequest().getHeader("Authorization"))
    }
}
''', None, "Unit test with a token that declares itself fake (MockWebServer)")

add("blind-er/ics/decoy-calendar-uids", "liftsched/exports/travel-lift.ics", r"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbour Point//Lift Scheduler//EN
BEGIN:VEVENT
UID:@@U1@@@harbourpointmarina.com
DTSTAMP:20241001T120000Z
DTSTART;TZID=America/New_York:20241014T080000
DTEND;TZID=America/New_York:20241014T093000
SUMMARY:HAUL Knot Working (41 ft)
END:VEVENT
BEGIN:VEVENT
UID:@@U2@@@harbourpointmarina.com
DTSTAMP:20241001T120000Z
DTSTART;TZID=America/New_York:20241014T100000
DTEND;TZID=America/New_York:20241014T113000
SUMMARY:HAUL Aquaholic (52 ft)
END:VEVENT
END:VCALENDAR
""", None, "RFC 5545 iCalendar UID values", U1=hexs(32), U2=hexs(32))

add("blind-er/markdown/decoy-env-usage", "liftsched/README.md", r"""
# Lift scheduler

Books haul-outs and launches against tide windows and lift capacity.

## Running locally

```bash
cp .env.example .env          # then fill in your own values
export ACUITY_USER_ID=...      # Acuity → Integrations → API
export ACUITY_API_KEY=...
export TWILIO_AUTH_TOKEN=...   # test credentials are fine locally
docker compose up -d redis db
python -m liftsched.cli import-acuity --since today
```

Calls to Acuity use `curl -u "$ACUITY_USER_ID:$ACUITY_API_KEY" https://acuityscheduling.com/api/v1/me`.
Production values are in 1Password, vault "Yard Systems".
""", None, "README using environment variables and elided values")

add("blind-er/crontab/decoy-env-file", "deploy/crontab.yard", r"""
# m h dom mon dow  command   (credentials come from /etc/yard/secrets.env, mode 0600, not in git)
SHELL=/bin/bash
MAILTO=ops@harbourpointmarina.com
0 */6 * * *  . /etc/yard/secrets.env && /opt/yard/bin/recalc-tide-windows
0 17 * * *   . /etc/yard/secrets.env && /opt/yard/bin/send-haul-reminders --sms
30 5 * * 1   . /etc/yard/secrets.env && /opt/yard/bin/weekly-plan --email yardcrew@harbourpointmarina.com
15 2 * * *   /opt/yard/bin/backup-db --to s3://harbourpoint-backups/yard/
""", None, "crontab(5); secrets sourced from a file outside the repository")

# ---------------------------------------------------------------------------------------------
# AIS and weather feeds: vessel positions, tide and wind, weather stations, chart plotting.
# ---------------------------------------------------------------------------------------------

key = hexs(40)
add("blind-er/python/ais-api-key-in-url", "harbourwatch/arrivals.py", r'''
"""Expected arrivals: vessels heading to our port, from the AIS data provider."""
import requests

PORT_ID = 20738
API_KEY = "@@KEY@@"
URL = f"https://services.marinetraffic.com/api/expectedarrivals/v:3/{API_KEY}/portid:{PORT_ID}/protocol:jsono"


def arrivals():
    resp = requests.get(URL, timeout=30)
    resp.raise_for_status()
    for row in resp.json():
        yield {
            "mmsi": int(row["MMSI"]),
            "name": row["SHIPNAME"],
            "eta": row["ETA_CALC"],
            "type": row["TYPE_NAME"],
            "length_m": row.get("LENGTH"),
        }


if __name__ == "__main__":
    for a in sorted(arrivals(), key=lambda r: r["eta"]):
        print(f"{a['eta']}  {a['name']:<24} {a['type']:<16} {a['length_m']} m")
''', key, "MarineTraffic API docs, API key as a path segment (40 hex characters)", KEY=key)

key = hexs(40)
add("blind-er/js/aisstream-api-key", "harbour-board/src/ais.js", r"""
// Live AIS positions around the harbour entrance for the dockmaster's board.
const socket = new WebSocket('wss://stream.aisstream.io/v0/stream');

socket.addEventListener('open', () => {
  socket.send(JSON.stringify({
    APIKey: '@@KEY@@',
    BoundingBoxes: [[[43.78, -69.72], [43.90, -69.55]]],
    FilterMessageTypes: ['PositionReport', 'ShipStaticData'],
  }));
});

socket.addEventListener('message', (event) => {
  const msg = JSON.parse(event.data);
  if (msg.MessageType !== 'PositionReport') return;
  const { UserID: mmsi, Latitude: lat, Longitude: lon, Sog: sog } = msg.Message.PositionReport;
  window.dispatchEvent(new CustomEvent('ais-position', { detail: { mmsi, lat, lon, sog } }));
});

socket.addEventListener('close', () => setTimeout(() => window.location.reload(), 30000));
""", key, "aisstream.io docs, subscription message with APIKey", KEY=key)

tok = mixed(32)
add("blind-er/go/graphql-bearer-token", "cmd/vessel-lookup/main.go", r"""
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const endpoint = "https://api.spire.com/graphql"
const token = "@@TOK@@"

const query = `query($mmsi: [MMSI!]) {
  vessels(mmsi: $mmsi) { nodes { staticData { name imo callsign dimensions { length width } } } }
}`

func main() {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": map[string]any{"mmsi": os.Args[1:]}})
	req, _ := http.NewRequest(http.MethodPost, endpoint, bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	fmt.Printf("%v\n", out["data"])
}
""", tok, "Spire Maritime GraphQL API docs, Authorization: Bearer <token>", TOK=tok)

key = uuid4()
add("blind-er/r/api-key-query-param", "analysis/visitor_vessels.R", r"""
library(httr2)
library(purrr)
library(dplyr)

api_key <- "@@KEY@@"

vessel_info <- function(mmsi) {
  request("https://api.datalastic.com/api/v0/vessel_info") |>
    req_url_query(`api-key` = api_key, mmsi = mmsi) |>
    req_perform() |>
    resp_body_json() |>
    pluck("data")
}

visitors <- readr::read_csv("data/visitor_pontoon_2024.csv")
info <- map(unique(visitors$mmsi), vessel_info)

tibble(
  mmsi = map_chr(info, "mmsi"),
  name = map_chr(info, "name"),
  flag = map_chr(info, "country_iso"),
  length = map_dbl(info, "length")
) |>
  count(flag, sort = TRUE)
""", key, "Datalastic API docs, api-key query parameter (UUID-shaped key)", KEY=key)

key = hexs(32)
add("blind-er/swift/openweather-appid", "HarbourMaster/Weather/WeatherService.swift", r"""
import Foundation

struct WeatherService {
    private let apiKey = "@@KEY@@"
    private let lat = 43.8531
    private let lon = -69.6283

    struct Current: Decodable {
        struct Wind: Decodable { let speed: Double; let deg: Int; let gust: Double? }
        let wind: Wind
        let visibility: Int
    }

    func current() async throws -> Current {
        var comps = URLComponents(string: "https://api.openweathermap.org/data/2.5/weather")!
        comps.queryItems = [
            URLQueryItem(name: "lat", value: String(lat)),
            URLQueryItem(name: "lon", value: String(lon)),
            URLQueryItem(name: "units", value: "imperial"),
            URLQueryItem(name: "appid", value: apiKey),
        ]
        let (data, _) = try await URLSession.shared.data(from: comps.url!)
        return try JSONDecoder().decode(Current.self, from: data)
    }
}
""", key, "OpenWeatherMap API docs, appid parameter (32 hex characters)", KEY=key)


def stormglass_key() -> str:
    def one() -> str:
        h = hexs(32)
        return f"{h[:8]}-{h[8:12]}-11ee-{h[12:16]}-0242ac1{h[16:21]}"
    return one() + "-" + one()


key = stormglass_key()
add("blind-er/kotlin/marine-weather-key", "app/src/main/java/com/harbourpoint/hm/weather/StormglassApi.kt", r"""
package com.harbourpoint.hm.weather

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.get
import io.ktor.client.request.header
import io.ktor.client.request.parameter

private const val STORMGLASS_KEY = "@@KEY@@"

class StormglassApi(private val http: HttpClient) {
    suspend fun swell(lat: Double, lng: Double): SwellResponse =
        http.get("https://api.stormglass.io/v2/weather/point") {
            header("Authorization", STORMGLASS_KEY)
            parameter("lat", lat)
            parameter("lng", lng)
            parameter("params", "swellHeight,swellPeriod,windSpeed,windDirection,waterTemperature")
            parameter("source", "noaa")
        }.body()
}
""", key, "Stormglass API docs, Authorization header with the API key", KEY=key)

key = mixed(32)
add("blind-er/shell/weather-api-key-curl", "scripts/morning-brief.sh", r"""
#!/usr/bin/env bash
# Builds the 07:00 harbour brief posted on the office door and on the VHF net.
set -euo pipefail

LAT=43.8531
LON=-69.6283

wind=$(curl -s "https://api.tomorrow.io/v4/weather/forecast?location=${LAT},${LON}&timesteps=1h&units=imperial&apikey=@@KEY@@" \
  | jq -r '.timelines.hourly[0:12][] | "\(.time[11:16]) wind \(.values.windSpeed|floor) g\(.values.windGust|floor) kt \(.values.windDirection)"')

tides=$(curl -s "https://api.tidesandcurrents.noaa.gov/api/prod/datagetter?station=8415490&product=predictions&datum=MLLW&interval=hilo&units=english&time_zone=lst_ldt&format=json&date=today" \
  | jq -r '.predictions[] | "\(.t[11:16]) \(.type) \(.v) ft"')

{
  echo "HARBOUR BRIEF $(date '+%a %d %b')"
  echo "== Tides =="; echo "$tides"
  echo "== Wind =="; echo "$wind"
} > /srv/brief/today.txt
""", key, "Tomorrow.io API docs, apikey query parameter", KEY=key)

key = mixed(32)
add("blind-er/ts/windy-api-key", "src/forecast/windy.ts", r"""
const WINDY_POINT_FORECAST = "https://api.windy.com/api/point-forecast/v2";

export async function pointForecast(lat: number, lon: number) {
  const res = await fetch(WINDY_POINT_FORECAST, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      lat,
      lon,
      model: "gfsWave",
      parameters: ["waves", "windWaves", "swell1"],
      levels: ["surface"],
      key: "@@KEY@@",
    }),
  });
  if (!res.ok) throw new Error(`windy ${res.status}`);
  return res.json();
}
""", key, "Windy Point Forecast API docs, key in the JSON body", KEY=key)

tok = uuid4()
add("blind-er/python/weather-station-token", "wx/tempest_to_board.py", r'''
"""Dock office weather station (Tempest) -> the LED wind board at the fuel dock."""
import json

import websocket

TOKEN = "@@TOK@@"
DEVICE_ID = 214877


def on_open(ws):
    ws.send(json.dumps({"type": "listen_rapid_start", "device_id": DEVICE_ID, "id": "board"}))


def on_message(ws, raw):
    msg = json.loads(raw)
    if msg.get("type") == "rapid_wind":
        _, speed_ms, direction = msg["ob"]
        knots = speed_ms * 1.94384
        with open("/dev/ttyUSB0", "w") as board:
            board.write(f"{knots:4.1f}KT {direction:03d}\n")


ws = websocket.WebSocketApp(f"wss://ws.weatherflow.com/swd/data?token={TOKEN}",
                            on_open=on_open, on_message=on_message)
ws.run_forever(reconnect=10)
''', tok, "WeatherFlow Tempest API docs, personal access token (UUID) in the WebSocket URL", TOK=tok)

api_key, api_secret = pick(LOWNUM, 32), pick(LOWNUM, 32)
add("blind-er/php/weatherlink-api-secret", "wp-content/plugins/hp-conditions/weatherlink.php", r"""
<?php
/*
Plugin Name: HP Conditions
Description: Shows the marina's Davis station on the home page.
*/

const HP_WL_API_KEY    = '@@KEY@@';
const HP_WL_API_SECRET = '@@SEC@@';
const HP_WL_STATION_ID = 148822;

function hp_conditions_current(): ?array
{
    $cached = get_transient('hp_conditions');
    if ($cached) {
        return $cached;
    }
    $url = sprintf('https://api.weatherlink.com/v2/current/%d?api-key=%s', HP_WL_STATION_ID, HP_WL_API_KEY);
    $res = wp_remote_get($url, ['headers' => ['X-Api-Secret' => HP_WL_API_SECRET], 'timeout' => 10]);
    if (is_wp_error($res)) {
        return null;
    }
    $data = json_decode(wp_remote_retrieve_body($res), true);
    set_transient('hp_conditions', $data, 5 * MINUTE_IN_SECONDS);
    return $data;
}
""", api_secret, "WeatherLink v2 API docs, api-key parameter and X-Api-Secret header", KEY=api_key, SEC=api_secret)

pw = rand_pw(8)
add("blind-er/conf/weewx-station-password", "weewx/weewx.conf", r"""
# WEEWX CONFIGURATION FILE - dock office station
debug = 0
WEEWX_ROOT = /etc/weewx
version = 5.0.2

[Station]
    location = "Harbour Point Marina, fuel dock"
    latitude = 43.8531
    longitude = -69.6283
    altitude = 12, foot
    station_type = Vantage

[StdRESTful]
    [[Wunderground]]
        enable = true
        station = KMEPORTE42
        password = @@PW@@
        rapidfire = false

    [[CWOP]]
        enable = true
        station = GW4417

[StdReport]
    SKIN_ROOT = skins
    HTML_ROOT = /var/www/html/weewx
""", pw, "WeeWX user guide, [StdRESTful] [[Wunderground]] station and password (station key)", PW=pw)

pw = words_pw()
add("blind-er/ini/ftp-password", "CumulusMX/Cumulus.ini", r"""
[Station]
Type=11
Latitude=43.8531
Longitude=-69.6283
LocName=Harbour Point Marina
LocDesc=Fuel dock, 12 ft above MHW

[FTP site]
Host=ftp.harbourpointmarina.com
Port=21
Username=cumulus@harbourpointmarina.com
Password=@@PW@@
Directory=/public_html/weather
Sslftp=1
AutoUpdate=1
RealtimeEnabled=1
RealtimeFTPEnabled=1

[Display]
WindUnit=2
PressureUnit=1
""", pw, "Cumulus MX wiki, Cumulus.ini [FTP site] section", PW=pw)

key = hexs(32)
cells = [
    {"cell_type": "markdown", "metadata": {}, "source": ["# Wind at the harbour entrance vs. the fuel dock\n",
                                                         "Compare the PWS history with the buoy."]},
    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
     "source": ["import pandas as pd\n", "import requests\n", "\n",
                f"WU_KEY = \"{key}\"\n", "STATION = \"KMEPORTE42\""]},
    {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
     "source": ["url = \"https://api.weather.com/v2/pws/history/hourly\"\n",
                "params = {\"stationId\": STATION, \"format\": \"json\", \"units\": \"e\", \"date\": \"20240714\", \"apiKey\": WU_KEY}\n",
                "obs = pd.json_normalize(requests.get(url, params=params, timeout=20).json()[\"observations\"])\n",
                "obs[[\"obsTimeLocal\", \"imperial.windspeedAvg\", \"imperial.windgustHigh\"]].head()"]},
    {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
     "source": ["buoy = pd.read_csv(\"https://www.ndbc.noaa.gov/data/realtime2/44007.txt\", sep=r\"\\s+\", skiprows=[1])\n",
                "buoy.head()"]},
]
nb = json.dumps({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                              "language_info": {"name": "python", "version": "3.11.6"}},
                 "nbformat": 4, "nbformat_minor": 5}, indent=1)
add("blind-er/notebook/weather-api-key", "notebooks/wind_comparison.ipynb", "@@NB@@\n", key,
    "The Weather Company PWS API docs, apiKey parameter (32 hex); Jupyter nbformat 4", NB=nb)

sk_hex = hexs(64)
add("blind-er/json/signalk-secret-key", "signalk/security.json", r"""
{
  "allow_readonly": true,
  "expiration": "NEVER",
  "secretKey": "@@SK@@",
  "users": [
    {
      "username": "harbourmaster",
      "type": "admin",
      "password": "@@H@@"
    }
  ],
  "devices": [],
  "immutableConfig": false,
  "allowDeviceAccessRequests": true,
  "allowNewUserRegistration": false
}
""", sk_hex, "Signal K server: security.json secretKey (JWT signing key for its tokens)", SK=sk_hex, H=bcrypt_hash())

ck, cs_ = pick(string.ascii_uppercase + string.digits, 16), mixed(64, ALNUM + "+/")
add("blind-er/properties/kafka-sasl-password", "ais-ingest/src/main/resources/kafka.properties", r"""
bootstrap.servers=pkc-4r297.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@CK@@" password="@@CS@@";
client.dns.lookup=use_all_dns_ips
session.timeout.ms=45000
acks=all

# topics
ais.topic.positions=ais.positions.v1
ais.topic.static=ais.static.v1
""", cs_, "Confluent Cloud docs, Java client configuration (API key and secret in sasl.jaas.config)", CK=ck, CS=cs_)

tok = jwt({"aud": "gfw", "iss": "gfw", "sub": str(_rng().randint(10000, 99999)), "iat": 1715000000,
           "idTokenId": uuid4()}, alg="RS256")
add("blind-er/python/vessel-presence-token", "harbourwatch/fishing_presence.py", r'''
"""Monthly fishing-vessel presence off the harbour entrance (Global Fishing Watch 4Wings API)."""
import requests

GFW_TOKEN = (
    "@@TOK@@"
)
REGION = {"type": "Polygon", "coordinates": [[[-69.72, 43.78], [-69.55, 43.78], [-69.55, 43.90],
                                              [-69.72, 43.90], [-69.72, 43.78]]]}


def presence(start: str, end: str) -> dict:
    resp = requests.post(
        "https://gateway.api.globalfishingwatch.org/v3/4wings/report",
        params={"spatial-resolution": "LOW", "temporal-resolution": "MONTHLY", "group-by": "FLAG",
                "datasets[0]": "public-global-fishing-effort:latest", "date-range": f"{start},{end}",
                "format": "JSON"},
        json={"geojson": REGION},
        headers={"Authorization": f"Bearer {GFW_TOKEN}"},
        timeout=60,
    )
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(presence("2024-01-01", "2024-06-30"))
''', tok, "Global Fishing Watch API docs, Bearer API access token (JWT)", TOK=tok)

dd = hexs(32)
add("blind-er/compose/datadog-api-key", "ais-receiver/docker-compose.yml", r"""
services:
  ais-catcher:
    image: ghcr.io/jvde-github/ais-catcher:edge
    devices:
      - /dev/bus/usb
    command: -d 0 -N 8100 -u 127.0.0.1 10110
    restart: unless-stopped

  signalk:
    image: signalk/signalk-server:latest
    ports: ["3000:3000"]
    volumes: ["./signalk:/home/node/.signalk"]
    restart: unless-stopped

  datadog:
    image: gcr.io/datadoghq/agent:7
    environment:
      - DD_API_KEY=@@DD@@
      - DD_SITE=datadoghq.com
      - DD_HOSTNAME=ais-pi-harbourpoint
      - DD_PROCESS_AGENT_ENABLED=true
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /proc/:/host/proc/:ro
      - /sys/fs/cgroup/:/host/sys/fs/cgroup:ro
""", dd, "Datadog docs, Docker Agent DD_API_KEY (32 hex)", DD=dd)

gk = "AIza" + mixed(35, URLSAFE)
add("blind-er/python/google-maps-server-key", "harbourwatch/geocode_home_ports.py", r'''
"""Geocode the home ports visiting boats give us (for the season report map)."""
import csv

import googlemaps

gmaps = googlemaps.Client(key="@@GK@@")

with open("data/visitor_home_ports.csv", newline="") as src, open("data/home_ports_geo.csv", "w", newline="") as dst:
    writer = csv.writer(dst)
    writer.writerow(["boat", "home_port", "lat", "lng"])
    for row in csv.DictReader(src):
        result = gmaps.geocode(row["home_port"])
        if not result:
            continue
        loc = result[0]["geometry"]["location"]
        writer.writerow([row["boat"], row["home_port"], loc["lat"], loc["lng"]])
''', gk, "Google Maps Platform, server-side API key (AIza prefix) for the Geocoding API", GK=gk)

# decoys -------------------------------------------------------------------------------------


def aivdm() -> str:
    payload = pick("0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw", 28)
    body = f"AIVDM,1,1,,{_rng().choice('AB')},{payload},0"
    cs = 0
    for ch in body:
        cs ^= ord(ch)
    return f"!{body}*{cs:02X}"


nmea = "\n".join(f"\\s:harbourpoint,c:{1720940000 + i * 7}*{hexs(2).upper()}\\{aivdm()}" for i in range(10))
add("blind-er/nmea/decoy-ais-sentences", "harbourwatch/tests/data/ais-sample.nmea", r"""
@@NMEA@@
""", None, "ITU-R M.1371 / NMEA 0183 AIVDM sentences with 6-bit armoured payloads and checksums", NMEA=nmea)

rows = "\n".join(f"{_rng().randint(200000000, 775999999)},{_rng().randint(9000000, 9899999)},{name},{flag},{loa}"
                 for name, flag, loa in [("SEA BISCUIT", "US", 10.4), ("AQUAHOLIC", "US", 15.8), ("MORNING STAR", "CA", 12.1),
                                         ("BLUE HERON II", "GB", 18.2), ("SERENITY NOW", "US", 13.7)])
add("blind-er/csv/decoy-vessel-ids", "harbourwatch/data/visitor_vessels.csv", r"""
mmsi,imo,name,flag,loa_m
@@ROWS@@
""", None, "MMSI and IMO numbers are public vessel identifiers", ROWS=rows)

add("blind-er/json/decoy-api-response", "harbourwatch/tests/fixtures/openweather_current.json", r"""
{
  "coord": { "lon": -69.6283, "lat": 43.8531 },
  "weather": [{ "id": 801, "main": "Clouds", "description": "few clouds", "icon": "02d" }],
  "base": "stations",
  "main": { "temp": 68.9, "feels_like": 68.7, "pressure": 1016, "humidity": 72 },
  "visibility": 10000,
  "wind": { "speed": 11.5, "deg": 210, "gust": 17.3 },
  "clouds": { "all": 20 },
  "dt": 1720958400,
  "sys": { "country": "US", "sunrise": 1720948262, "sunset": 1721002540 },
  "timezone": -14400,
  "id": 4975802,
  "name": "Port Ellis",
  "cod": 200
}
""", None, "OpenWeatherMap current weather response (no key in a response)")

add("blind-er/python/decoy-getpass", "notebooks/helpers/keys.py", r'''
"""Keys for the analysis notebooks: from the environment, else asked once per session."""
import getpass
import os

import keyring

SERVICE = "harbourpoint-notebooks"


def key(name: str) -> str:
    value = os.environ.get(name) or keyring.get_password(SERVICE, name)
    if not value:
        value = getpass.getpass(f"{name}: ")
        keyring.set_password(SERVICE, name, value)
    return value


WU_KEY = key("WU_API_KEY")
MARINETRAFFIC_KEY = key("MARINETRAFFIC_API_KEY")
STORMGLASS_KEY = key("STORMGLASS_API_KEY")
''', None, "Python keyring and getpass: secrets read at run time")

add("blind-er/conf/decoy-weewx-placeholder", "weewx/weewx.conf.dist", r"""
# WEEWX CONFIGURATION FILE - template, copy to weewx.conf on the station
debug = 0
WEEWX_ROOT = /etc/weewx

[Station]
    location = "Harbour Point Marina, fuel dock"
    latitude = 43.8531
    longitude = -69.6283
    station_type = Vantage

[StdRESTful]
    [[Wunderground]]
        # Get the station key from wunderground.com -> My Devices
        enable = false
        station = replace_me
        password = replace_me

    [[Windy]]
        enable = false
        api_key = replace_me
""", None, "WeeWX distribution config with replace_me placeholders")

pkm = mapbox("pk", "harbourpoint")
add("blind-er/js/decoy-mapbox-public-token", "harbour-board/src/map.js", r"""
import mapboxgl from 'mapbox-gl';

// Public token (pk.), restricted to https://board.harbourpointmarina.com in the Mapbox account.
mapboxgl.accessToken = '@@PK@@';

export const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/harbourpoint/clx2nautical0a01qz7h3d2k9f',
  center: [-69.6283, 43.8531],
  zoom: 14.2,
});

window.addEventListener('ais-position', ({ detail }) => {
  const id = `v-${detail.mmsi}`;
  const feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [detail.lon, detail.lat] } };
  if (map.getSource(id)) map.getSource(id).setData(feature);
  else {
    map.addSource(id, { type: 'geojson', data: feature });
    map.addLayer({ id, type: 'circle', source: id, paint: { 'circle-radius': 5, 'circle-color': '#d9480f' } });
  }
});
""", None, "Mapbox docs, public access tokens (pk.) are meant for client-side use", PK=pkm)

add("blind-er/json/decoy-hashed-users", "signalk/security.example.json", r"""
{
  "allow_readonly": true,
  "expiration": "1d",
  "users": [
    {
      "username": "harbourmaster",
      "type": "admin",
      "password": "@@H1@@"
    },
    {
      "username": "dockhand",
      "type": "readonly",
      "password": "@@H2@@"
    }
  ],
  "devices": [],
  "allowNewUserRegistration": false
}
""", None, "Signal K server: user passwords stored as bcrypt hashes", H1=bcrypt_hash(), H2=bcrypt_hash())

add("blind-er/text/decoy-checksums", "charts/SHA256SUMS", r"""
@@A@@  US5ME21M.000
@@B@@  US5ME22M.000
@@C@@  US4ME20M.000
@@D@@  ENC_ROOT/CATALOG.031
@@E@@  gribs/gfs-wave-2024071406.grb2
@@F@@  gribs/hrrr-wind-2024071406.grb2
""", None, "sha256sum(1) output for downloaded ENC charts and GRIB files",
    A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64), E=hexs(64), F=hexs(64))

# ---------------------------------------------------------------------------------------------
# Harbour master apps (mobile and web), their build pipelines and the infrastructure behind them.
# ---------------------------------------------------------------------------------------------

key = p8_key()
add("blind-er/p8/app-store-connect-key", "harbourmaster-ios/fastlane/AuthKey_7QX2M9KD4B.p8", r"""
@@KEY@@
""", key, "App Store Connect API docs, private key file AuthKey_<KEYID>.p8 (PKCS#8 EC key)", KEY=key)

pw = words_pw()
add("blind-er/properties/keystore-password", "harbourmaster-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true

# release signing
HM_RELEASE_STORE_FILE=../keystores/harbourmaster-release.jks
HM_RELEASE_KEY_ALIAS=harbourmaster
HM_RELEASE_STORE_PASSWORD=@@PW@@
HM_RELEASE_KEY_PASSWORD=@@PW@@
""", pw, "Android developer docs, Sign your app (store and key passwords in gradle properties)", PW=pw)

pw = passphrase()
add("blind-er/env/fastlane-match-password", "harbourmaster-ios/fastlane/.env.default", r"""
# fastlane environment for CI and local release builds
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_TIMESTAMP=1
MATCH_GIT_URL=git@github.com:harbourpoint/ios-certificates.git
MATCH_TYPE=appstore
MATCH_READONLY=true
MATCH_PASSWORD=@@PW@@
APP_IDENTIFIER=com.harbourpoint.harbourmaster
TEAM_ID=Q7XK2M9D4B
""", pw, "fastlane docs, match: MATCH_PASSWORD decrypts the certificates repository", PW=pw)

tok = mixed(40, URLSAFE)
add("blind-er/github-actions/expo-token", ".github/workflows/eas-build.yml", r"""
name: EAS build

on:
  workflow_dispatch:
  push:
    branches: [release]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: @@TOK@@
      - run: npm ci
      - run: eas build --platform all --profile production --non-interactive --no-wait
""", tok, "expo-github-action docs, token input (Expo access token)", TOK=tok)

key = "os_v2_app_" + pick(LOWNUM, 56) + pick(LOWNUM, 57)
add("blind-er/js/push-rest-api-key", "harbourmaster-api/src/push.js", r"""
const ONESIGNAL_APP_ID = 'b7d3a9e2-4c15-4f8e-9a06-2e1c7d5b3f48';
const ONESIGNAL_REST_KEY = '@@KEY@@';

// "Your slip is ready", "Pump-out boat on the way", small-craft advisories.
async function notifySlipHolder(externalId, heading, message) {
  const res = await fetch('https://api.onesignal.com/notifications', {
    method: 'POST',
    headers: {
      Authorization: `Key ${ONESIGNAL_REST_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      app_id: ONESIGNAL_APP_ID,
      include_aliases: { external_id: [externalId] },
      target_channel: 'push',
      headings: { en: heading },
      contents: { en: message },
    }),
  });
  if (!res.ok) throw new Error(`onesignal ${res.status}`);
  return res.json();
}

module.exports = { notifySlipHolder };
""", key, "OneSignal REST API docs, Authorization: Key <REST API key> (os_v2_app_ keys)", KEY=key)

fcm = "AAAA" + mixed(7, URLSAFE) + ":APA91b" + mixed(134, URLSAFE)
add("blind-er/php/fcm-server-key", "harbourmaster-api/lib/Advisory.php", r"""
<?php
namespace HarbourPoint;

final class Advisory
{
    private const FCM_URL = 'https://fcm.googleapis.com/fcm/send';
    private const SERVER_KEY = '@@FCM@@';

    public static function broadcast(string $title, string $body): bool
    {
        $payload = json_encode([
            'to' => '/topics/small-craft-advisory',
            'notification' => ['title' => $title, 'body' => $body, 'sound' => 'horn.caf'],
            'priority' => 'high',
        ]);
        $ch = curl_init(self::FCM_URL);
        curl_setopt_array($ch, [
            CURLOPT_POST => true,
            CURLOPT_HTTPHEADER => ['Authorization: key=' . self::SERVER_KEY, 'Content-Type: application/json'],
            CURLOPT_POSTFIELDS => $payload,
            CURLOPT_RETURNTRANSFER => true,
        ]);
        $ok = curl_exec($ch) !== false;
        curl_close($ch);
        return $ok;
    }
}
""", fcm, "Firebase Cloud Messaging legacy HTTP API, Authorization: key=<server key>", FCM=fcm)

tok = "npm_" + mixed(36)
add("blind-er/npmrc/npm-token", "harbourmaster-app/.npmrc", r"""
@harbourpoint:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@TOK@@
save-exact=true
engine-strict=true
fund=false
audit-level=high
""", tok, "npm docs, .npmrc _authToken (npm_ granular access tokens)", TOK=tok)

tok = "glpat-" + mixed(20, URLSAFE)
add("blind-er/gitlab-ci/gitlab-token", "harbourmaster-web/.gitlab-ci.yml", r"""
image: node:20

stages: [test, deploy, tag]

cache:
  paths: [node_modules/]

test:
  stage: test
  script:
    - npm ci
    - npm run lint
    - npm test -- --ci

pages:
  stage: deploy
  script:
    - npm run build
    - mv dist public
  artifacts:
    paths: [public]
  only: [main]

tag-release:
  stage: tag
  script:
    - git remote set-url origin "https://release-bot:@@TOK@@@gitlab.com/harbourlabs/harbourmaster-web.git"
    - git tag "v$(node -p "require('./package.json').version")"
    - git push origin --tags
  only: [main]
""", tok, "GitLab docs, personal access tokens (glpat- prefix) used in a remote URL", TOK=tok)

auth = b64("harbourlabs-ci:" + words_pw())
add("blind-er/json/docker-config-auth", "deploy/docker/config.json", r"""
{
	"auths": {
		"registry.harbourlabs.io": {
			"auth": "@@AUTH@@"
		},
		"https://index.docker.io/v1/": {}
	},
	"credsStore": "",
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	}
}
""", auth, "Docker docs, config.json auths (base64 of username:password)", AUTH=auth)

ak = base64.b64encode(rand_bytes(64)).decode()
add("blind-er/json/azure-storage-connection-string", "harbourmaster-functions/local.settings.json", r"""
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "PhotosStorage": "DefaultEndpointsProtocol=https;AccountName=hmdamagephotos;AccountKey=@@AK@@;EndpointSuffix=core.windows.net",
    "PhotosContainer": "incident-photos",
    "MaxPhotoMb": "12"
  },
  "Host": {
    "CORS": "*"
  }
}
""", ak, "Azure Storage docs, connection strings with AccountKey (base64, 88 characters)", AK=ak)

ok = fakes.openai_key(_next())
add("blind-er/python/openai-key", "harbourmaster-api/assistant/harbour_faq.py", r'''
"""Answers boaters' questions in the app chat ("what's the pump-out schedule?")."""
from openai import OpenAI

client = OpenAI(api_key="@@OK@@")

SYSTEM = (
    "You are the Harbour Point Marina assistant. Answer from the marina handbook only. "
    "For slip changes, payments or emergencies, tell the boater to call the office on VHF 9 or 207-555-0143."
)


def answer(question: str, handbook: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        temperature=0.2,
        messages=[
            {"role": "system", "content": SYSTEM},
            {"role": "system", "content": handbook[:12000]},
            {"role": "user", "content": question},
        ],
    )
    return resp.choices[0].message.content
''', ok, "OpenAI API docs, project API keys (sk-proj-)", OK=ok)

skm = mapbox("sk", "harbourpoint")
add("blind-er/netrc/mapbox-downloads-token", "harbourmaster-ios/ci/netrc", r"""
# Installed to ~/.netrc on the build machine so CocoaPods can fetch the Mapbox SDK.
machine api.mapbox.com
login mapbox
password @@SK@@

machine uploads.github.com
login harbourpoint-ci
""", skm, "Mapbox iOS SDK install docs, .netrc with a secret (sk.) token scoped DOWNLOADS:READ", SK=skm)

ak, sk = aws_pair()
add("blind-er/ini/aws-credentials", "harbourmaster-api/deploy/aws/credentials", r"""
[default]
region = us-east-1

[hm-photos]
aws_access_key_id = @@AK@@
aws_secret_access_key = @@SK@@
region = us-east-1

[hm-readonly]
role_arn = arn:aws:iam::418295730164:role/hm-readonly
source_profile = hm-photos
""", sk, "AWS CLI docs, shared credentials file (aws_access_key_id / aws_secret_access_key)", AK=ak, SK=sk)

tok = "pat-na1-" + uuid4()
add("blind-er/python/hubspot-private-app-token", "crm/sync_waitlist.py", r'''
"""Seasonal slip waitlist -> HubSpot contacts (property slip_waitlist_position)."""
import csv

from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api = HubSpot(access_token="@@TOK@@")

with open("exports/waitlist.csv", newline="") as fh:
    for position, row in enumerate(csv.DictReader(fh), start=1):
        api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties={
            "email": row["email"],
            "firstname": row["first_name"],
            "lastname": row["last_name"],
            "boat_loa_ft": row["loa_ft"],
            "slip_waitlist_position": str(position),
        }))
''', tok, "HubSpot docs, private app access tokens (pat-na1- prefix)", TOK=tok)

tok = "pat" + mixed(14) + "." + hexs(64)
add("blind-er/ts/airtable-token", "harbourmaster-web/src/lib/incidents.ts", r"""
import Airtable from "airtable";

const base = new Airtable({
  apiKey: "@@TOK@@",
}).base("appQ4m7Xk2Zp9RbT1");

export interface Incident {
  slip: string;
  kind: "line-chafe" | "bilge-alarm" | "shore-power" | "other";
  note: string;
}

export async function logIncident(i: Incident): Promise<string> {
  const [record] = await base("Dock incidents").create([
    { fields: { Slip: i.slip, Kind: i.kind, Note: i.note, Reported: new Date().toISOString() } },
  ]);
  return record.getId();
}
""", tok, "Airtable docs, personal access tokens (pat<id>.<secret>)", TOK=tok)

srk = jwt({"iss": "supabase", "ref": pick(string.ascii_lowercase, 20), "role": "service_role", "iat": 1716000000, "exp": 2031576000})
add("blind-er/env/supabase-service-role", "harbourmaster-web/.env.local", r"""
NEXT_PUBLIC_SUPABASE_URL=https://hmxqzkwplrtbvnadcsey.supabase.co
NEXT_PUBLIC_SITE_NAME="Harbour Point HM"
# server-only: used by the nightly slip-invoice route handler
SUPABASE_SERVICE_ROLE_KEY=@@SRK@@
INVOICE_DAY_OF_MONTH=1
""", srk, "Supabase docs, API keys: the service_role key bypasses Row Level Security and must stay secret", SRK=srk)

tok = "00" + mixed(40, URLSAFE)
add("blind-er/terraform/okta-api-token", "infra/okta/main.tf", r"""
terraform {
  required_providers {
    okta = {
      source  = "okta/okta"
      version = "~> 4.8"
    }
  }
}

provider "okta" {
  org_name  = "harbourpoint"
  base_url  = "okta.com"
  api_token = "@@TOK@@"
}

resource "okta_group" "dock_staff" {
  name        = "Dock staff"
  description = "Dockhands and fuel dock attendants (harbour master app, gate app)"
}

resource "okta_app_oauth" "harbourmaster" {
  label          = "Harbour Master app"
  type           = "native"
  grant_types    = ["authorization_code", "refresh_token"]
  redirect_uris  = ["com.harbourpoint.harbourmaster:/callback"]
  response_types = ["code"]
  pkce_required  = true
}
""", tok, "Terraform Okta provider docs, api_token argument (Okta API tokens start with 00)", TOK=tok)

key = ec_key()
add("blind-er/yaml/tls-private-key", "harbourmaster-api/deploy/nginx-tls.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: hm-nginx-tls
  namespace: harbourmaster
data:
  api.harbourpointmarina.com.key: |
    @@KEY@@
  nginx.conf: |
    server {
      listen 443 ssl;
      server_name api.harbourpointmarina.com;
      ssl_certificate     /etc/nginx/tls/api.harbourpointmarina.com.crt;
      ssl_certificate_key /etc/nginx/tls/api.harbourpointmarina.com.key;
      location / { proxy_pass http://harbourmaster-api:8080; }
    }
""", key, "Kubernetes ConfigMap with an EC private key (RFC 5915) embedded as a block scalar",
    KEY=key.replace("\n", "\n    "))

ghp = fakes.github_token(_next())
add("blind-er/shell-history/github-token", "ops/build-mac/.zsh_history", r"""
: 1720941100:0;cd ~/src/harbourmaster-ios
: 1720941112:0;bundle exec fastlane match appstore --readonly
: 1720941250:0;git clone https://harbourpoint-ci:@@GHP@@@github.com/harbourpoint/ios-certificates.git /tmp/certs
: 1720941301:0;ls /tmp/certs/certs/distribution
: 1720941322:0;rm -rf /tmp/certs
: 1720941400:0;bundle exec fastlane beta
: 1720941990:0;open ~/Library/Logs/gym
""", ghp, "GitHub docs, personal access tokens (ghp_) used as the password in an HTTPS clone URL", GHP=ghp)

hook = discord_webhook()
add("blind-er/python/discord-webhook", "harbourmaster-api/ops/vhf_log_bridge.py", r'''
"""Posts the harbour office VHF log (typed by the dockhand) to the crew Discord channel."""
import sys
import time

import requests

WEBHOOK_URL = "@@HOOK@@"


def post(line: str) -> None:
    requests.post(WEBHOOK_URL, json={"username": "VHF log", "content": line[:1900]}, timeout=10)


if __name__ == "__main__":
    for raw in sys.stdin:
        entry = raw.strip()
        if entry:
            post(f"`{time.strftime('%H:%M')}` {entry}")
''', hook, "Discord developer docs, webhook URLs (/api/webhooks/<id>/<token>)", HOOK=hook)

# decoys -------------------------------------------------------------------------------------

anon = jwt({"iss": "supabase", "ref": pick(string.ascii_lowercase, 20), "role": "anon", "iat": 1716000000, "exp": 2031576000})
add("blind-er/ts/decoy-public-anon-key", "harbourmaster-web/src/lib/supabase.ts", r"""
import { createClient } from "@supabase/supabase-js";

// The anon key is public by design: it only grants what Row Level Security allows.
const SUPABASE_URL = "https://hmxqzkwplrtbvnadcsey.supabase.co";
const SUPABASE_ANON_KEY =
  "@@ANON@@";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
});

export async function mySlip(userId: string) {
  const { data, error } = await supabase.from("slip_assignments").select("slip, season").eq("holder_id", userId).single();
  if (error) throw error;
  return data;
}
""", None, "Supabase docs, API keys: the anon key is safe in the browser with RLS enabled", ANON=anon)

add("blind-er/plist/decoy-public-ids", "harbourmaster-ios/HarbourMaster/Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>com.harbourpoint.harbourmaster</string>
	<key>CFBundleShortVersionString</key>
	<string>3.2.0</string>
	<key>OneSignalAppID</key>
	<string>b7d3a9e2-4c15-4f8e-9a06-2e1c7d5b3f48</string>
	<key>MBXAccessToken</key>
	<string>$(MAPBOX_PUBLIC_TOKEN)</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Shows your boat's position relative to your slip and the fuel dock.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
""", None, "Apple Info.plist with public app ids and a build-setting reference")

add("blind-er/json/decoy-eas-config", "harbourmaster-app/eas.json", r"""
{
  "cli": {
    "version": ">= 7.0.0",
    "appVersionSource": "remote"
  },
  "build": {
    "development": {
      "developmentClient": true,
      "distribution": "internal"
    },
    "preview": {
      "distribution": "internal",
      "env": { "API_URL": "https://staging-api.harbourpointmarina.com" }
    },
    "production": {
      "autoIncrement": true,
      "env": { "API_URL": "https://api.harbourpointmarina.com" }
    }
  },
  "submit": {
    "production": {
      "ios": { "appleId": "apps@harbourpointmarina.com", "ascAppId": "6478213095", "appleTeamId": "Q7XK2M9D4B" },
      "android": { "serviceAccountKeyPath": "./secrets/play-service-account.json", "track": "internal" }
    }
  }
}
""", None, "Expo EAS docs, eas.json (ids and a path to a key file kept out of git)")

add("blind-er/ruby/decoy-fastlane-appfile", "harbourmaster-ios/fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  desc "Push a new beta build to TestFlight"
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "7QX2M9KD4B",
      issuer_id: "69a6de7e-51c2-47e3-e053-5b8c7c11a4d1",
      key_content: ENV.fetch("ASC_KEY_P8_BASE64"),
      is_key_content_base64: true
    )
    match(type: "appstore", readonly: is_ci, api_key: api_key)
    increment_build_number(xcodeproj: "HarbourMaster.xcodeproj")
    build_app(scheme: "HarbourMaster")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", None, "fastlane docs, app_store_connect_api_key with key content from the environment")

dsn = f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"
add("blind-er/js/decoy-sentry-dsn", "harbourmaster-app/src/sentry.js", r"""
import * as Sentry from '@sentry/react-native';

// A DSN only lets clients send events; Sentry documents it as safe to ship in apps.
Sentry.init({
  dsn: '@@DSN@@',
  environment: __DEV__ ? 'development' : 'production',
  tracesSampleRate: 0.1,
  enableAutoSessionTracking: true,
  beforeSend(event) {
    if (event.user) delete event.user.email;
    return event;
  },
});

export default Sentry;
""", None, "Sentry docs, DSN explainer: DSNs are safe to keep public", DSN=dsn)

integ = lambda: "sha512-" + base64.b64encode(rand_bytes(64)).decode()
add("blind-er/json/decoy-lockfile-integrity", "harbourmaster-app/package-lock.json", r"""
{
  "name": "harbourmaster-app",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sentry/react-native": {
      "version": "5.24.1",
      "resolved": "https://registry.npmjs.org/@sentry/react-native/-/react-native-5.24.1.tgz",
      "integrity": "@@I1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.5.2",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.5.2.tgz",
      "integrity": "@@I2@@"
    },
    "node_modules/react-native-onesignal": {
      "version": "5.2.2",
      "resolved": "https://registry.npmjs.org/react-native-onesignal/-/react-native-onesignal-5.2.2.tgz",
      "integrity": "@@I3@@"
    }
  }
}
""", None, "npm docs, package-lock.json integrity (Subresource Integrity sha512 digests)", I1=integ(), I2=integ(), I3=integ())

add("blind-er/gradle/decoy-env-signing", "harbourmaster-android/app/build.gradle.kts", r"""
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "com.harbourpoint.harbourmaster"
    compileSdk = 34

    defaultConfig {
        applicationId = "com.harbourpoint.harbourmaster"
        minSdk = 26
        targetSdk = 34
        versionCode = 320
        versionName = "3.2.0"
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("HM_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("HM_KEYSTORE_PASSWORD")
            keyAlias = "harbourmaster"
            keyPassword = System.getenv("HM_KEY_PASSWORD")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
""", None, "Android developer docs, signing config read from environment variables")

sealed = "AgB" + pick(B64, 380)
add("blind-er/k8s/decoy-sealed-secret", "k8s/harbourmaster/sealed-onesignal.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: onesignal
  namespace: harbourmaster
spec:
  encryptedData:
    rest-api-key: @@SEALED@@
  template:
    metadata:
      name: onesignal
      namespace: harbourmaster
    type: Opaque
""", None, "Bitnami Sealed Secrets docs: encryptedData only the in-cluster controller can decrypt", SEALED=sealed)

add("blind-er/yaml/decoy-sops-encrypted", "harbourmaster-api/deploy/secrets.enc.yaml", r"""
database:
    url: @@S1@@
stripe:
    secret_key: @@S2@@
onesignal:
    rest_api_key: @@S3@@
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:418295730164:key/5c1e9a7d-2b34-4f86-9d0e-7a6b3c2f1e58
          created_at: "2024-06-02T14:11:09Z"
          enc: @@KMS@@
          aws_profile: ""
    lastmodified: "2024-06-02T14:11:10Z"
    mac: @@MAC@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "Mozilla SOPS docs, encrypted YAML (ENC[AES256_GCM,...] values, KMS-wrapped data key)",
    S1=sops(96), S2=sops(140), S3=sops(112), KMS=pick(B64, 180) + "==", MAC=sops(64))

add("blind-er/json/decoy-jwks", "harbourmaster-api/public/.well-known/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "hm-2024-06",
      "n": "@@N@@",
      "e": "AQAB"
    },
    {
      "kty": "EC",
      "use": "sig",
      "alg": "ES256",
      "kid": "hm-ec-2024-06",
      "crv": "P-256",
      "x": "@@X@@",
      "y": "@@Y@@"
    }
  ]
}
""", None, "RFC 7517 JSON Web Key Set: public key parameters only", N=b64url(rand_bytes(256)),
    X=b64url(rand_bytes(32)), Y=b64url(rand_bytes(32)))

pgp_body = "\n".join(pick(B64, 64) for _ in range(12))
add("blind-er/markdown/decoy-pgp-public-key", "SECURITY.md", r"""
# Security policy

Report vulnerabilities in the harbour master app, the gate app or the booking site to
security@harbourpointmarina.com. Encrypt sensitive details with our public key:

```
-----BEGIN PGP PUBLIC KEY BLOCK-----

@@BODY@@
=@@CRC@@
-----END PGP PUBLIC KEY BLOCK-----
```

Fingerprint: `@@FP@@`

We reply within 3 business days. Please do not test against the gate controllers on site.
""", None, "RFC 4880 ASCII-armoured public key block", BODY=pgp_body, CRC=pick(B64, 4),
    FP=" ".join(pick("0123456789ABCDEF", 4) for _ in range(10)))

chain = cert_pem(16) + "\n" + cert_pem(20)
add("blind-er/pem/decoy-certificate-chain", "harbourmaster-api/deploy/tls/fullchain.pem", r"""
@@CHAIN@@
""", None, "RFC 7468 certificate chain (public certificates only)", CHAIN=chain)

add("blind-er/dockerfile/decoy-digests", "harbourmaster-api/Dockerfile", r"""
# syntax=docker/dockerfile:1.6
FROM node:20.14-alpine@sha256:@@D1@@ AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20.14-alpine@sha256:@@D2@@
ENV NODE_ENV=production
WORKDIR /app
ADD --checksum=sha256:@@D3@@ https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /app/rds-ca.pem
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
EXPOSE 8080
CMD ["node", "dist/server.js"]
""", None, "Dockerfile reference: image digests and ADD --checksum", D1=hexs(64), D2=hexs(64), D3=hexs(64))

add("blind-er/shell-history/decoy-vault-lookups", "ops/office-server/.zsh_history", r"""
: 1720950001:0;export VAULT_ADDR=https://vault.harbourpoint-ops.net
: 1720950010:0;vault login -method=oidc
: 1720950042:0;export STRIPE_SECRET_KEY=$(vault kv get -field=secret_key kv/harbourmaster/stripe)
: 1720950060:0;export DATABASE_URL=$(vault kv get -field=url kv/harbourmaster/db)
: 1720950075:0;read -s -p "ONESIGNAL key: " ONESIGNAL_REST_KEY; export ONESIGNAL_REST_KEY
: 1720950120:0;npm run migrate
: 1720950200:0;unset STRIPE_SECRET_KEY DATABASE_URL ONESIGNAL_REST_KEY
""", None, "Shell history reading secrets from Vault and a prompt, never typing them")

add("blind-er/html/decoy-site-keys", "harbourmaster-web/public/contact.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Contact the harbour office</title>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2XM4P9D"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="/css/site.css"
        integrity="sha384-@@SRI@@" crossorigin="anonymous">
</head>
<body>
  <form action="/api/contact" method="post">
    <label>Your name <input name="name" required></label>
    <label>Boat name <input name="boat"></label>
    <label>Message <textarea name="message" required></textarea></label>
    <!-- reCAPTCHA site key: public by design; the secret key is only on the server -->
    <div class="g-recaptcha" data-sitekey="6Lc@@SITE@@"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", None, "Google reCAPTCHA docs: the site key is used in the page HTML; SRI integrity hashes",
    SRI=base64.b64encode(rand_bytes(48)).decode(), SITE=mixed(37, URLSAFE))

add("blind-er/markdown/decoy-aws-doc-example", "docs/runbooks/photo-bucket.md", r"""
# Incident photo bucket

Dockhands upload damage photos from the app; they land in `s3://hm-damage-photos/incoming/`.

## Local testing with LocalStack

```bash
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_ENDPOINT_URL=http://localhost:4566
aws s3 mb s3://hm-damage-photos
aws s3 cp samples/chafed-line.jpg s3://hm-damage-photos/incoming/
```

These are the example keys from the AWS documentation; LocalStack accepts anything.
Production uses the `hm-photos` role via IRSA, no static keys.
""", None, "AWS docs example access key pair (AKIAIOSFODNN7EXAMPLE)")

add("blind-er/python/decoy-secret-manager", "harbourmaster-api/assistant/config.py", r'''
"""Runtime config for the assistant service (Google Secret Manager)."""
from functools import lru_cache

from google.cloud import secretmanager

PROJECT = "harbourpoint-hm"


@lru_cache(maxsize=None)
def secret(name: str, version: str = "latest") -> str:
    client = secretmanager.SecretManagerServiceClient()
    path = f"projects/{PROJECT}/secrets/{name}/versions/{version}"
    return client.access_secret_version(request={"name": path}).payload.data.decode("utf-8")


def openai_key() -> str:
    return secret("openai-api-key")


def onesignal_key() -> str:
    return secret("onesignal-rest-api-key")
''', None, "Google Cloud Secret Manager docs, access_secret_version")

add("blind-er/k8s/decoy-placeholder-secret", "k8s/harbourmaster/secret.template.yaml", r"""
# Template only: CI replaces the values from the secret store before applying.
apiVersion: v1
kind: Secret
metadata:
  name: harbourmaster-api
  namespace: harbourmaster
type: Opaque
stringData:
  DATABASE_URL: "postgres://hm_api:${HM_DB_PASSWORD}@pg.harbourmaster.svc:5432/hm"
  STRIPE_SECRET_KEY: "${STRIPE_SECRET_KEY}"
  ONESIGNAL_REST_KEY: "${ONESIGNAL_REST_KEY}"
  JWT_SECRET: "${HM_JWT_SECRET}"
""", None, "Kubernetes Secret template with envsubst placeholders")

add("blind-er/tfvars/decoy-sensitive-vars", "infra/okta/variables.tf", r"""
variable "okta_org_name" {
  type    = string
  default = "harbourpoint"
}

variable "okta_api_token" {
  description = "Okta API token; set TF_VAR_okta_api_token in the pipeline"
  type        = string
  sensitive   = true
}

variable "dock_staff_emails" {
  type    = list(string)
  default = ["denise@harbourpointmarina.com", "luis@harbourpointmarina.com", "pete@harbourpointmarina.com"]
}
""", None, "Terraform docs, sensitive input variables without defaults")

# ---------------------------------------------------------------------------------------------
# More decoys across the marina: references, hashes, public keys and ids.
# ---------------------------------------------------------------------------------------------

add("blind-er/ansible/decoy-vault-lookup", "ansible/group_vars/pedestal_gateways.yml", r"""
---
mqtt_broker_host: mqtt.harbourpoint-ops.net
mqtt_broker_port: 8883
mqtt_username: "{{ inventory_hostname }}"
mqtt_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/pedestals/' ~ inventory_hostname ~ ':mqtt_password') }}"
influx_token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/metering/influx:token') }}"
gateway_admin_password: "{{ vault_gateway_admin_password }}"
telegraf_interval: 60s
pedestal_vlan: 20
""", None, "Ansible community.hashi_vault lookup plugin docs; vault_ variables from an encrypted file")

add("blind-er/openapi/decoy-example-key", "docs/api/pedestal-cloud.openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Pedestal Cloud API (subset we use)
  version: "2.0"
servers:
  - url: https://api.pedestalcloud.io/v2
security:
  - ApiKeyAuth: []
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-API-Key
      description: "Per-site key from the vendor portal, e.g. `X-API-Key: YOUR_API_KEY`"
paths:
  /sites/{site}/readings:
    get:
      summary: Meter readings for a day
      parameters:
        - { name: site, in: path, required: true, schema: { type: string }, example: harbour-point }
        - { name: day, in: query, required: true, schema: { type: string, format: date }, example: "2024-07-14" }
      responses:
        "200":
          description: OK
""", None, "OpenAPI 3 securitySchemes (apiKey in header) with a placeholder example")

add("blind-er/go/decoy-test-dummy-key", "internal/molo/client_test.go", r"""
package molo

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestSlipsSendsAPIKey(t *testing.T) {
	const dummyKey = "dummy-api-key"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("X-Api-Key"); got != dummyKey {
			t.Errorf("X-Api-Key = %q, want %q", got, dummyKey)
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"slips":[{"id":"A-04","loa_max_ft":40}]}`))
	}))
	defer srv.Close()

	c := newWithBase(srv.URL, dummyKey)
	slips, err := c.Slips(context.Background(), 1)
	if err != nil || len(slips) != 1 {
		t.Fatalf("slips = %v, err = %v", slips, err)
	}
}
""", None, "Go httptest unit test with a dummy key")

add("blind-er/json/decoy-user-secrets-id", "src/MarinaOffice.Web/appsettings.Development.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "ConnectionStrings": {
    "Slips": "Server=(localdb)\\MSSQLLocalDB;Database=Slips_Dev;Trusted_Connection=True;MultipleActiveResultSets=true"
  },
  "Stripe": {
    "SecretKey": "",
    "WebhookSecret": ""
  },
  "_comment": "Set Stripe:SecretKey with `dotnet user-secrets set` (UserSecretsId 7c1f4b2e-9a3d-4e85-b6f0-2d8c5a1e9b74)"
}
""", None, "ASP.NET Core docs, Safe storage of app secrets in development (user-secrets, Trusted_Connection)")

add("blind-er/powershell/decoy-secret-management", "scripts/Rotate-GateApiKey.ps1", r"""
# Rotates the Kisi API key used by the gate tablets. Keys live in the SecretStore vault.
Import-Module Microsoft.PowerShell.SecretManagement

$old = Get-Secret -Name 'KisiApiKey' -Vault 'HarbourOps' -AsPlainText
$headers = @{ Authorization = "KISI-LOGIN $old"; Accept = 'application/json' }

$new = Invoke-RestMethod -Method Post -Uri 'https://api.kisi.io/api_keys' -Headers $headers `
    -ContentType 'application/json' -Body (@{ api_key = @{ name = "gate-tablets-$(Get-Date -f yyyyMM)" } } | ConvertTo-Json)

Set-Secret -Name 'KisiApiKey' -Vault 'HarbourOps' -Secret $new.secret
Write-Output "Rotated. Old key id $($new.previous_id) can be deleted in the Kisi dashboard."
""", None, "Microsoft.PowerShell.SecretManagement docs, Get-Secret / Set-Secret")

add("blind-er/cloud-init/decoy-hashed-password", "gate/pi-image/user-data", r"""
#cloud-config
hostname: gatepi-a-dock
manage_etc_hosts: true
timezone: America/New_York

users:
  - name: pi
    groups: [sudo, gpio]
    shell: /bin/bash
    lock_passwd: false
    passwd: "@@HASH@@"
    ssh_authorized_keys:
      - @@PUB@@

ssh_pwauth: false
package_update: true
packages: [python3-rpi.gpio, python3-requests]
""", None, "cloud-init docs, users passwd takes a crypt(3) hash; SSH public keys",
    HASH=sha512_crypt(), PUB=ssh_pub("ansible@office-srv"))

add("blind-er/xcconfig/decoy-build-setting-ref", "harbourmaster-ios/Config/Release.xcconfig", r"""
// Release configuration. Secret values are injected by CI from the keychain
// (see ci/inject-secrets.sh); this file only references them.
#include "Shared.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = com.harbourpoint.harbourmaster
API_BASE_URL = https:/$()/api.harbourpointmarina.com
MAPBOX_PUBLIC_TOKEN = $(HM_MAPBOX_PUBLIC_TOKEN)
STORMGLASS_KEY = $(HM_STORMGLASS_KEY)
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = Q7XK2M9D4B
PROVISIONING_PROFILE_SPECIFIER = match AppStore com.harbourpoint.harbourmaster
""", None, "Xcode build settings referencing other settings ($(VAR)) set by CI")

add("blind-er/sql/decoy-key-hashes", "db/migrations/0012_partner_api_keys.sql", r"""
-- 0012: partner API keys (booking marketplaces). Only a SHA-256 of each key is stored;
-- the key itself is shown once to the partner when created.
CREATE TABLE partner_api_keys (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner      text NOT NULL,
    key_prefix   char(8) NOT NULL,
    key_sha256   char(64) NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

INSERT INTO partner_api_keys (partner, key_prefix, key_sha256) VALUES
  ('dockwa',   'hpk_3f9a', '@@H1@@'),
  ('snagaslip','hpk_c27e', '@@H2@@');
""", None, "API key storage by hash (prefix + SHA-256 digest)", H1=hexs(64), H2=hexs(64))

add("blind-er/yaml/decoy-spring-placeholders", "berth-allocation/src/main/resources/application.yml", r"""
server:
  port: 8081

spring:
  application:
    name: berth-allocation
  datasource:
    url: jdbc:postgresql://${BERTHS_DB_HOST:localhost}:5432/berths
    username: ${BERTHS_DB_USER:berth_app}
    password: ${BERTHS_DB_PASSWORD}
  jpa:
    hibernate:
      ddl-auto: validate

berths:
  molo:
    api-key: ${MOLO_API_KEY:}
  allocation:
    max-loa-metres: 38
""", None, "Spring Boot docs, externalized configuration with ${...} placeholders")

add("blind-er/conf/decoy-wireguard-public-keys", "network/wireguard/wg-pedestals.conf", r"""
# Site-to-site tunnel from the dock gateways to the ops VPC.
# The private key is generated on the box: wg genkey > /etc/wireguard/private.key (never committed).
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
# pedestal-gw-c
PublicKey = @@P1@@
AllowedIPs = 10.99.0.11/32, 10.20.5.0/24

[Peer]
# pedestal-gw-b
PublicKey = @@P2@@
AllowedIPs = 10.99.0.12/32, 10.20.6.0/24
""", None, "wg(8) man page: peers' public keys; private key read from a file",
    P1=base64.b64encode(rand_bytes(32)).decode(), P2=base64.b64encode(rand_bytes(32)).decode())

add("blind-er/swift/decoy-keychain-read", "HarbourMaster/Auth/TokenStore.swift", r"""
import Foundation
import Security

/// Stores the boater's session token in the Keychain; nothing is hard-coded.
enum TokenStore {
    private static let service = "com.harbourpoint.harbourmaster.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service]
        SecItemDelete(query as CFDictionary)
        var add = query
        add[kSecValueData as String] = data
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
""", None, "Apple docs, Keychain Services SecItemAdd / SecItemCopyMatching")
