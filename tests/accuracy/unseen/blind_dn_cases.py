"""Blind set DN: ski resorts and water parks.

The teams are a mountain resort group's IT, the lift and snowmaking operations crew, the snow
safety (avalanche) office, the lodging and e-commerce developers, the rental and retail POS team,
the waterpark's cashless wristband team, network engineers running guest Wi-Fi, and marketing.
Their tools: lift-ticket and RFID gate bridges (Axess, SKIDATA-style gate controllers, MIFARE
DESFire readers), season-pass portals (Next.js, Django, Rails, Laravel), POS and rental systems
(Square, Shopify, Lightspeed, Toast, Authorize.Net, Braintree, Adyen, Stripe), snowmaking and lift
PLC telemetry (OPC UA, MQTT/Mosquitto, Node-RED, Telegraf, InfluxDB, Grafana, Ignition, LoRaWAN
with The Things Stack and ChirpStack), avalanche and weather stations (Campbell Scientific CRBasic,
Arduino/ESP32 sketches, Davis WeatherLink, Ambient Weather, Weather Underground, ThingSpeak),
lodging engines (Mews, Cloudbeds, Oracle OHIP, SiteMinder), waiver e-signature (Smartwaiver,
DocuSign, Adobe Acrobat Sign), guest Wi-Fi captive portals (hostapd, FreeRADIUS, UniFi, Meraki,
ClearPass, nginx, HAProxy), marketing and loyalty (Mailchimp, Klaviyo, HubSpot, SendGrid, Twilio,
Braze, Salesforce Marketing Cloud, Meta Conversions API, Google Ads). The files: dotenv, YAML,
Kubernetes and Helm manifests, Compose files, Dockerfiles, CI definitions (GitHub Actions, GitLab
CI, Jenkins, Azure Pipelines), Terraform, Ansible, Python, notebooks, JavaScript, TypeScript, Go,
Java, Kotlin, Swift, C#, PHP, Ruby, R, Rust, PowerShell, batch and shell scripts, SQL, INI, TOML,
XML, JSON, CSV, Markdown runbooks, CRBasic and Arduino programs, and daemon configs.
Generated fakes only (seeds 1110000-1119999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import uuid
from typing import List, Optional

from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
_SEED = [1110000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 1120000
    return random.Random(_SEED[0])


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """n characters with an upper, a lower and a digit, as generators issue them."""
    r = _rng()
    while True:
        value = "".join(r.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int, upper: bool = False) -> str:
    value = draw(n, HEX)
    return value.upper() if upper else value


WORDS = ["Powder", "Mogul", "Gondola", "Cornice", "Glade", "Chairlift", "Snowcat", "Telemark", "Couloir",
         "Bluebird", "Slalom", "Halfpipe", "Flume", "Wavepool", "Cannonball", "Alpenglow", "Graupel",
         "Sastrugi", "Tamarack", "Ptarmigan", "Wolverine", "Avalanche", "Snowshoe", "Riptide"]


def human_pw(symbols: str = "!#%*&") -> str:
    """A password a person picked: words, a symbol, a year or a number."""
    r = _rng()
    a, b = r.sample(WORDS, 2)
    sym = r.choice(symbols)
    year = str(r.choice([r.randint(1988, 2025), r.randint(10, 99)]))
    style = r.randint(0, 3)
    if style == 0:
        return a + sym + b + year
    if style == 1:
        return a.lower() + year + sym + b
    if style == 2:
        return a + b.lower() + sym + year
    return a + "_" + b.lower() + year + sym


def gen_pw(n: int = 22, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def uuid4() -> str:
    return str(uuid.UUID(int=_rng().getrandbits(128), version=4))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def rand_b64(nbytes: int, urlsafe: bool = False) -> str:
    r = _rng()
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()


def b64url(obj: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload: dict) -> str:
    return b64url({"alg": "HS256", "typ": "JWT"}) + "." + b64url(payload) + "." + rand_b64(32, urlsafe=True).rstrip("=")


def _b64_lines(head: str, total: int, width: int = 64) -> List[str]:
    r = _rng()
    body = head + "".join(r.choice(ALNUM + "+/") for _ in range(total - len(head)))
    return [body[i:i + width] for i in range(0, len(body), width)]


def pem(label: str = "RSA PRIVATE KEY", head: str = "MIIEowIBAAKCAQEA", total: int = 1100) -> str:
    lines = _b64_lines(head, total)
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def openssh_key() -> str:
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA"
    lines = _b64_lines(head, 396, width=70)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def cert() -> str:
    lines = _b64_lines("MIIDzTCCArWgAwIBAgIU", 1236)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def aws_id() -> str:
    return "AKIA" + draw(16, string.ascii_uppercase + "234567")


def aws_secret() -> str:
    return draw(40, ALNUM + "/+")


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, "./" + ALNUM)


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, template: str, secret: Optional[str], source: str, **values: str) -> None:
    text = template[1:] if template.startswith("\n") else template
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------- lift tickets, RFID gates, pass portal

pw = gen_pw(24)
add("blind-dn/dotenv/database", ".env.production", r"""
# Season-pass portal (passport-web), production
# Loaded by dotenv-flow at boot; ops ticket OPS-2211 for rotation
NODE_ENV=production
PORT=3000
NEXT_PUBLIC_RESORT_CODE=SNWR
NEXT_PUBLIC_SITE_URL=https://passes.snowridgemountain.com
DATABASE_URL=postgresql://passport_app:@@pw@@@passport-prod.cluster-c4qz7m1xk2.us-west-2.rds.amazonaws.com:5432/passport?sslmode=require
REDIS_URL=rediss://passport-cache.4fj2pa.ng.0001.usw2.cache.amazonaws.com:6379/0
SESSION_COOKIE_NAME=__Host-passport
PASS_PHOTO_BUCKET=snowridge-pass-photos-prod
PASS_PHOTO_MAX_KB=2048
RENEWAL_WINDOW_OPENS=2025-03-01
LOG_LEVEL=info
""", pw, "dotenv; PostgreSQL connection URI (libpq docs, 34.1.1)", pw=pw)

pw = human_pw()
add("blind-dn/yaml/gate-controller", "gates/bridge/axess-bridge.yaml", r"""
# Bridge between the Axess gate controllers (DCI interface) and our validation service.
# Deployed to gatebridge01/02 in the base-area server room.
bridge:
  listen: 0.0.0.0:8443
  resort_id: 4417
  heartbeat_seconds: 15
axess:
  host: axess-dci.mtn.local
  port: 4001
  dci_user: VALIDATOR01
  dci_password: "@@pw@@"
  terminals:
    - { id: 101, name: "Summit Express bottom", lane_count: 6 }
    - { id: 102, name: "Eagle Quad", lane_count: 4 }
    - { id: 115, name: "Magic carpet 1", lane_count: 2 }
validation:
  grace_seconds_after_close: 900
  allow_offline_cache: true
  offline_cache_path: /var/lib/gatebridge/cache.db
""", pw, "gate bridge YAML modelled on Axess DCI host/user/password settings", pw=pw)

pw = gen_pw(20)
add("blind-dn/java-properties/database", "skidata-connector/src/main/resources/application-prod.properties", r"""
# SKIDATA sweb connector - production profile
server.port=8085
spring.application.name=skidata-connector
spring.datasource.url=jdbc:sqlserver://sqlprod02.mtn.local:1433;databaseName=TicketSales;encrypt=true;trustServerCertificate=true
spring.datasource.username=svc_skidata_conn
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=12
spring.jpa.hibernate.ddl-auto=none
skidata.sweb.base-url=https://sweb.mtn.local/api
skidata.sweb.poll-interval=PT30S
skidata.sweb.point-of-sale=POS-WEB-01
management.endpoints.web.exposure.include=health,info
""", pw, "Spring Boot application.properties (spring.datasource.*)", pw=pw)

pw = human_pw()
add("blind-dn/appsettings-json/sql-server", "RfidGate.Service/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "GateEvents": "Server=tcp:sqlprod02.mtn.local,1433;Database=GateEvents;User Id=gate_svc;Password=@@pw@@;TrustServerCertificate=True;"
  },
  "Readers": {
    "PollIntervalMs": 250,
    "Lanes": [ "SUMMIT-1", "SUMMIT-2", "EAGLE-1", "EAGLE-2" ]
  },
  "AllowedHosts": "*"
}
""", pw, "ASP.NET Core appsettings.json ConnectionStrings; SqlClient connection string keywords", pw=pw)

key = hexs(32, upper=True)
add("blind-dn/ini/desfire-aes-key", "gates/readers/desfire-keys.ini", r"""
; DESFire EV2 application keys for season-pass media, application AID 0xF51A20
; Loaded by the lane reader firmware at boot (reader-cfg v3.4)
[application]
aid = F51A20
key_type = AES128
key_version = 2

[keys]
app_master_key = @@key@@
read_key_no = 1
write_key_no = 2

[files]
ticket_file = 01
balance_file = 02
""", key, "NXP MIFARE DESFire EV2 AES-128 application key (datasheet, key settings)", key=key)

add("blind-dn/ini/decoy-default-key", "gates/readers/mifare-classic-defaults.ini", r"""
; Factory state of MIFARE Classic 1K cards before personalisation.
; The transport key below is the NXP default printed in every datasheet; cards are re-keyed
; by the encoding station with keys held in the HSM (slot 3), never in this repo.
[transport]
key_a = FFFFFFFFFFFF
key_b = FFFFFFFFFFFF
access_bits = FF0780

[personalised]
key_a_ref = hsm://slot3/season-2025/key-a
key_b_ref = hsm://slot3/season-2025/key-b
""", None, "NXP MIFARE Classic datasheet (transport configuration keys)")

rows = []
for i in range(12):
    rows.append(f"{hexs(14, upper=True)},01-{draw(4, string.digits)}-{draw(4, string.digits)}-{draw(1, string.digits)},"
                f"{draw(1, 'AP')}{draw(6, string.digits)},{['ADULT-SEASON', 'CHILD-SEASON', 'DAY-4', 'WATERPARK-DAY'][i % 4]},2025-11-{10 + i:02d}")
add("blind-dn/csv/decoy-rfid-uid", "reports/exports/ticket_media_2025-11.csv",
    "chip_uid,wtp_number,order_ref,product,issued_on\n" + "\n".join(rows) + "\n", None,
    "ISO/IEC 14443 7-byte UID; ticket media export columns")

pw = human_pw()
add("blind-dn/sql/login", "db/migrations/2024_11_05_gate_reader_login.sql", r"""
-- Read-only login for the lane readers' offline sync (ticket 4471)
USE [master];
GO
CREATE LOGIN [gate_reader] WITH PASSWORD = N'@@pw@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [GateEvents];
GO
USE [GateEvents];
GO
CREATE USER [gate_reader] FOR LOGIN [gate_reader];
ALTER ROLE [db_datareader] ADD MEMBER [gate_reader];
GRANT EXECUTE ON OBJECT::dbo.usp_GetValidMedia TO [gate_reader];
GO
""", pw, "T-SQL CREATE LOGIN ... WITH PASSWORD (Microsoft Learn)", pw=pw)

users = "\n".join(f"  ('{uuid4()}', '{n}@snowridgemountain.com', '{bcrypt_hash()}', '{role}')," for n, role in
                  [("kiosk.test", "kiosk"), ("scanner.test", "scanner"), ("qa.passholder", "guest")])
add("blind-dn/sql/decoy-hash", "db/seeds/0003_test_accounts.sql", r"""
-- Test accounts for the staging pass portal. Hashes are bcrypt (cost 12); the plain
-- passwords are generated per environment by the seeding job and never stored here.
CREATE TABLE IF NOT EXISTS portal_user (
  id uuid PRIMARY KEY,
  email text UNIQUE NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL
);

INSERT INTO portal_user (id, email, password_hash, role) VALUES
@@users@@
  ('00000000-0000-4000-8000-000000000000', 'nobody@snowridgemountain.com', '!', 'disabled');
""", None, "bcrypt modular crypt format ($2b$)", users=users)

key = hexs(64)
add("blind-dn/go/hmac-key", "cmd/barcode-signer/main.go", r"""
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
)

// signingKey signs the 2D barcodes printed on e-tickets; gates verify with the same key.
const signingKey = "@@key@@"

func sign(ticketID string, validDay string) string {
	mac := hmac.New(sha256.New, []byte(signingKey))
	mac.Write([]byte(ticketID + "|" + validDay))
	return hex.EncodeToString(mac.Sum(nil))[:20]
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: barcode-signer TICKET_ID YYYY-MM-DD")
		os.Exit(2)
	}
	fmt.Println(os.Args[1] + "." + sign(os.Args[1], os.Args[2]))
}
""", key, "Go crypto/hmac package docs (HMAC-SHA256 with a shared key)", key=key)

pw = gen_pw(16)
add("blind-dn/typescript/api-password", "src/lib/inntopia.ts", r"""
import { XMLParser } from "fast-xml-parser";

const ENDPOINT = "https://api.inntopia.travel/ws/sales.asmx";
const SALES_ID = "104331";
const SALES_PASSWORD = "@@pw@@";

export async function fetchPackages(arrival: string, nights: number) {
  const body = `<?xml version="1.0" encoding="utf-8"?>
<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
  <soap:Body>
    <GetPackages xmlns="http://inntopia.com/">
      <SalesId>${SALES_ID}</SalesId>
      <Password>${SALES_PASSWORD}</Password>
      <ArrivalDate>${arrival}</ArrivalDate>
      <Nights>${nights}</Nights>
    </GetPackages>
  </soap:Body>
</soap:Envelope>`;
  const res = await fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "text/xml" }, body });
  return new XMLParser().parse(await res.text());
}
""", pw, "SOAP 1.1 envelope with sales id/password credentials (lodging distribution API)", pw=pw)

pk = "pk_live_51" + draw(97)
add("blind-dn/typescript/decoy-publishable", "src/config/public.ts", r"""
// Values shipped to the browser. All of these are public by design:
// - Stripe publishable keys are meant for client-side Stripe.js
// - the GA4 measurement id and resort ids appear in every page's HTML
export const publicConfig = {
  stripePublishableKey: "@@pk@@",
  ga4MeasurementId: "G-@@ga@@",
  resortId: "@@rid@@",
  passProducts: {
    adultUnlimited: "@@p1@@",
    teenUnlimited: "@@p2@@",
    midweek: "@@p3@@",
  },
  supportEmail: "passes@snowridgemountain.com",
};
""", None, "Stripe docs: publishable keys identify your account and are safe in client code",
    pk=pk, ga=draw(10, string.ascii_uppercase + string.digits), rid=uuid4(), p1=uuid4(), p2=uuid4(), p3=uuid4())

tok = gen_pw(40)
add("blind-dn/python/api-key", "tools/sync_day_tickets.py", r"""
#!/usr/bin/env python3
# Nightly: pull yesterday's online day-ticket orders and push them to the gate whitelist.
import datetime as dt

import requests

TICKETS_API = "https://tickets-api.snowridgemountain.com/v2"
API_KEY = "@@tok@@"


def yesterday_orders():
    day = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    r = requests.get(f"{TICKETS_API}/orders", params={"date": day, "status": "paid"},
                     headers={"X-Api-Key": API_KEY}, timeout=30)
    r.raise_for_status()
    return r.json()["orders"]


if __name__ == "__main__":
    for order in yesterday_orders():
        print(order["id"], order["product_code"], order["media_uid"])
""", tok, "requests library docs: custom headers (X-Api-Key)", tok=tok)

secret = rand_b64(32)
add("blind-dn/k8s-secret/hmac-key", "deploy/k8s/passport/validation-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ticket-validation
  namespace: passport
  labels:
    app.kubernetes.io/name: ticket-validation
type: Opaque
data:
  BARCODE_SIGNING_KEY: @@enc@@
  VALIDATION_MODE: @@mode@@
""", secret, "Kubernetes Secret (data values base64-encoded)", enc=b64(secret), mode=b64("strict"))

pw = human_pw()
add("blind-dn/markdown/runbook-password", "docs/runbooks/gate-lane-replacement.md", r"""
# Replacing a gate lane reader

1. Power down the lane at the pedestal breaker (label `GL-xx`).
2. Swap the reader head; keep the antenna cable, it is tuned to the lane.
3. Connect a laptop to the service port (192.168.250.10/24) and open the reader web UI.
4. Log in as `service` with password `@@pw@@` (same on every reader, change after the season).
5. Load `reader-cfg` v3.4 from the share `\\mtn-fs01\gates\firmware`.
6. Scan the blue test card; the lane light should go green within two seconds.

If the lane stays red, check the bridge log on gatebridge01: `journalctl -u gatebridge -f`.
""", pw, "runbook written by operations staff (reader service login)", pw=pw)

add("blind-dn/markdown/decoy-placeholder", "docs/runbooks/pass-portal-local-setup.md", r"""
# Running the pass portal locally

```bash
cp .env.example .env.local
# fill in the values below from 1Password ("Passport dev" vault)
DATABASE_URL=postgresql://passport:<password>@localhost:5432/passport
STRIPE_SECRET_KEY=<your-test-mode-secret-key>
INNTOPIA_SALES_PASSWORD=<ask-in-#lodging-dev>
npm install && npm run dev
```

Never commit `.env.local`; it is in `.gitignore`. Test cards: `4242 4242 4242 4242`, any CVC,
any future expiry. The staging gate simulator listens on `http://localhost:8443`.
""", None, "README-style placeholders; Stripe docs test card numbers")

add("blind-dn/dotenv/decoy-placeholder", ".env.example", r"""
# Copy to .env.local and fill in. Values here are placeholders only.
NODE_ENV=development
PORT=3000
NEXT_PUBLIC_RESORT_CODE=SNWR
DATABASE_URL=postgresql://passport:changeme@localhost:5432/passport
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_replace_me
STRIPE_WEBHOOK_SECRET=whsec_replace_me
INNTOPIA_SALES_ID=
INNTOPIA_SALES_PASSWORD=
SESSION_SECRET=generate-with-openssl-rand-hex-32
""", None, "dotenv example file convention (.env.example)")

# ---------------------------------------------------------------- POS, rental shops, cashless wristbands

tok = "EAAAE" + draw(59, ALNUM + "-_")
add("blind-dn/dotenv/square", "rental-shop/pos-bridge/.env", r"""
# pos-bridge: pushes rental agreements from the fitting app to Square
SQUARE_ENVIRONMENT=production
SQUARE_ACCESS_TOKEN=@@tok@@
SQUARE_LOCATION_ID=L@@loc@@
FITTING_APP_URL=http://fitting.rental.local:8080
DEPOSIT_CENTS=15000
RECEIPT_FOOTER="Return skis by 4:30 pm to avoid a late fee"
""", tok, "Square developer docs: production access tokens (EAAA prefix)", tok=tok,
    loc=draw(12, string.ascii_uppercase + string.digits))

tok = "shpat_" + hexs(32)
add("blind-dn/python/shopify", "retail/scripts/sync_inventory.py", r"""
'''Sync retail shop stock counts from Lightspeed into the Shopify online store.'''
import csv
import sys

import requests

SHOP = "snowridge-retail.myshopify.com"
API_VERSION = "2024-10"
HEADERS = {
    "X-Shopify-Access-Token": "@@tok@@",
    "Content-Type": "application/json",
}


def set_level(inventory_item_id: int, location_id: int, available: int) -> None:
    url = f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json"
    body = {"location_id": location_id, "inventory_item_id": inventory_item_id, "available": available}
    requests.post(url, json=body, headers=HEADERS, timeout=20).raise_for_status()


if __name__ == "__main__":
    with open(sys.argv[1], newline="") as fh:
        for row in csv.DictReader(fh):
            set_level(int(row["inventory_item_id"]), int(row["location_id"]), int(row["qty"]))
""", tok, "Shopify Admin API: X-Shopify-Access-Token header, shpat_ tokens", tok=tok)

sec = mixed(32)
add("blind-dn/json/oauth-client-secret", "retail/config/lightspeed.prod.json", r"""
{
  "environment": "production",
  "lightspeed": {
    "account_id": 214937,
    "api_base": "https://api.lightspeedapp.com/API/V3/Account/214937",
    "token_url": "https://cloud.lightspeedapp.com/auth/oauth/token",
    "client_id": "@@cid@@",
    "client_secret": "@@sec@@",
    "scopes": ["employee:inventory", "employee:reports"]
  },
  "shops": {
    "base_village": 1,
    "summit_lodge": 2,
    "waterpark_swim": 4
  }
}
""", sec, "Lightspeed Retail (R-Series) OAuth client credentials", sec=sec, cid=hexs(64))

key = "sk_live_51" + draw(97)
add("blind-dn/k8s-configmap/stripe", "deploy/k8s/rental-api/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: rental-api-config
  namespace: rentals
data:
  RENTAL_API_PORT: "8080"
  RENTAL_DEPOSIT_CURRENCY: usd
  STRIPE_API_VERSION: "2024-06-20"
  # moved here from the Deployment so all envs match; TODO move to a Secret
  STRIPE_SECRET_KEY: "@@key@@"
  FITTING_PHOTO_BUCKET: snowridge-rental-fittings
  LATE_FEE_CENTS: "2500"
""", key, "Stripe API keys docs: secret keys (sk_live_); Kubernetes ConfigMap", key=key)

wh = "whsec_" + draw(32)
add("blind-dn/k8s-secret/stripe-webhook", "deploy/k8s/rental-api/stripe-webhook-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: stripe-webhook
  namespace: rentals
type: Opaque
data:
  endpoint: @@ep@@
  signing_secret: @@enc@@
""", wh, "Stripe webhooks docs: endpoint signing secret (whsec_)", ep=b64("https://rentals.snowridgemountain.com/hooks/stripe"), enc=b64(wh))

tk = mixed(16)
add("blind-dn/php/authorize-net", "wp-content/plugins/snowridge-rentals/includes/class-payment-gateway.php", r"""
<?php
/**
 * Card-not-present deposits for online rental reservations.
 */
defined( 'ABSPATH' ) || exit;

use net\authorize\api\contract\v1 as AnetAPI;

class Snowridge_Rental_Payment_Gateway {
	const API_LOGIN_ID    = '@@login@@';
	const TRANSACTION_KEY = '@@tk@@';
	const ENDPOINT        = \net\authorize\api\constants\ANetEnvironment::PRODUCTION;

	public static function merchant_auth() {
		$auth = new AnetAPI\MerchantAuthenticationType();
		$auth->setName( self::API_LOGIN_ID );
		$auth->setTransactionKey( self::TRANSACTION_KEY );
		return $auth;
	}

	public function charge_deposit( $reservation_id, $amount, $opaque_data ) {
		$payment = new AnetAPI\PaymentType();
		$payment->setOpaqueData( $opaque_data );
		// ... build createTransactionRequest with self::merchant_auth()
	}
}
""", tk, "Authorize.Net PHP SDK: MerchantAuthenticationType name + transactionKey", tk=tk, login=mixed(9))

pk = hexs(32)
add("blind-dn/ruby/braintree", "rentals-web/config/initializers/braintree.rb", r"""
# Braintree gateway for online rental deposits and lesson bookings.
Rails.application.config.to_prepare do
  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    environment: :production,
    merchant_id: "@@mid@@",
    public_key: "@@pub@@",
    private_key: "@@pk@@",
    logger: Rails.logger,
  )
end
""", pk, "Braintree Ruby SDK: Gateway.new(merchant_id, public_key, private_key)", pk=pk,
    mid=draw(16, string.ascii_lowercase + string.digits), pub=draw(16, string.ascii_lowercase + string.digits))

pw = human_pw()
add("blind-dn/web-config/sql-server", "RentalDesk/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="RentalDb"
         connectionString="Data Source=RENTALSQL01\RENTAL;Initial Catalog=RentalDesk;User ID=rentaldesk;Password=@@pw@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ShopCode" value="BASE" />
    <add key="WaiverKioskUrl" value="https://waivers.snowridgemountain.com/kiosk" />
    <add key="DefaultDinTable" value="ISO11088" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw, "ASP.NET Web.config connectionStrings (Microsoft Learn)", pw=pw)

pw = human_pw()
add("blind-dn/csharp/smtp", "RentalDesk/Services/ReceiptMailer.cs", r"""
using System.Net;
using System.Net.Mail;

namespace RentalDesk.Services
{
    public class ReceiptMailer
    {
        private readonly SmtpClient _client = new SmtpClient("smtp.office365.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("rentals@snowridgemountain.com", "@@pw@@")
        };

        public void Send(string to, string agreementNo, byte[] pdf)
        {
            using var msg = new MailMessage("rentals@snowridgemountain.com", to)
            {
                Subject = $"Your rental agreement {agreementNo}",
                Body = "Thanks for renting with us. Your agreement is attached."
            };
            msg.Attachments.Add(new Attachment(new System.IO.MemoryStream(pdf), $"{agreementNo}.pdf"));
            _client.Send(msg);
        }
    }
}
""", pw, "System.Net.NetworkCredential(user, password) with SmtpClient", pw=pw)

add("blind-dn/csharp/decoy-secret-store", "RentalDesk/Services/SecretsProvider.cs", r"""
using System;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace RentalDesk.Services
{
    // Reads credentials from Key Vault at startup; nothing sensitive lives in config files.
    public static class SecretsProvider
    {
        private static readonly Uri VaultUri = new Uri("https://kv-rentals-prod.vault.azure.net/");

        public static string SmtpPassword() => Get("smtp-rentals-password");
        public static string DbConnection() => Get("rentaldesk-sql-connection");

        private static string Get(string name)
        {
            var env = Environment.GetEnvironmentVariable("RENTALDESK_" + name.ToUpperInvariant().Replace('-', '_'));
            if (!string.IsNullOrEmpty(env)) return env;
            var client = new SecretClient(VaultUri, new DefaultAzureCredential());
            return client.GetSecret(name).Value.Value;
        }
    }
}
""", None, "Azure Key Vault SecretClient (Azure SDK for .NET)")

add("blind-dn/json/decoy-checksum", "pos/devices/receipt-printers.json", r"""
{
  "printers": [
    { "name": "base-rental-1", "model": "TM-T88VI", "mac": "00:26:AB:@@m1@@", "serial": "X5@@s1@@", "ip": "10.40.12.21" },
    { "name": "base-rental-2", "model": "TM-T88VI", "mac": "00:26:AB:@@m2@@", "serial": "X5@@s2@@", "ip": "10.40.12.22" },
    { "name": "summit-cafe",   "model": "TM-m30III", "mac": "00:26:AB:@@m3@@", "serial": "X7@@s3@@", "ip": "10.40.30.11" }
  ],
  "firmware": {
    "version": "30.12",
    "file": "TM-T88VI_30.12_fw.bin",
    "sha256": "@@sha@@"
  },
  "logo": { "file": "snowridge-logo-576.bmp", "md5": "@@md5@@" }
}
""", None, "printer inventory with firmware SHA-256 and MD5 checksums",
    m1=":".join(hexs(2, True) for _ in range(3)), m2=":".join(hexs(2, True) for _ in range(3)),
    m3=":".join(hexs(2, True) for _ in range(3)), s1=draw(8, string.ascii_uppercase + string.digits),
    s2=draw(8, string.ascii_uppercase + string.digits), s3=draw(8, string.ascii_uppercase + string.digits),
    sha=hexs(64), md5=hexs(32))

pw = human_pw()
add("blind-dn/powershell/sql-password", "ops/pos/Restore-PosDatabase.ps1", r"""
<#
.SYNOPSIS
  Restores last night's POS backup onto the training server for the rental shop staff.
#>
param(
    [string]$BackupShare = "\\mtn-fs01\backups\pos",
    [string]$TargetServer = "POSTRAIN01"
)

$SqlUser = "pos_restore"
$SqlPassword = ConvertTo-SecureString "@@pw@@" -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($SqlUser, $SqlPassword)

$latest = Get-ChildItem $BackupShare -Filter "POS_*.bak" | Sort-Object LastWriteTime -Descending | Select-Object -First 1
Write-Host "Restoring $($latest.Name) to $TargetServer"
Restore-SqlDatabase -ServerInstance $TargetServer -Database "POS_Training" -BackupFile $latest.FullName `
    -Credential $Cred -ReplaceDatabase
Invoke-Sqlcmd -ServerInstance $TargetServer -Credential $Cred -Query "EXEC POS_Training.dbo.usp_ScrubCardData"
""", pw, "PowerShell ConvertTo-SecureString -AsPlainText; SqlServer module Restore-SqlDatabase", pw=pw)

add("blind-dn/powershell/decoy-secret-store", "ops/pos/Export-DailySales.ps1", r"""
<#
.SYNOPSIS
  Exports the day's POS sales to the finance share. Credentials come from SecretManagement.
#>
Import-Module Microsoft.PowerShell.SecretManagement
$Cred = Get-Secret -Vault OpsVault -Name "pos-export-sql"   # PSCredential
$Day = (Get-Date).AddDays(-1).ToString("yyyy-MM-dd")

$rows = Invoke-Sqlcmd -ServerInstance "POSSQL01" -Database "POS" -Credential $Cred `
    -Query "SELECT * FROM dbo.SalesSummary WHERE BusinessDay = '$Day'"
$rows | Export-Csv -NoTypeInformation -Path "\\mtn-fs01\finance\pos\sales_$Day.csv"
Write-Host "Exported $($rows.Count) rows for $Day"
""", None, "Microsoft.PowerShell.SecretManagement Get-Secret")

pw = human_pw("!#*")
add("blind-dn/batch/sqlcmd", "ops/pos/nightly_export.bat", r"""
@echo off
REM Nightly rental-shop export for the accounting system. Runs on POSSQL01 via Task Scheduler.
setlocal
set OUTDIR=D:\exports\rental
set DAY=%date:~10,4%-%date:~4,2%-%date:~7,2%

sqlcmd -S POSSQL01\RENTAL -d RentalDesk -U export_job -P "@@pw@@" ^
  -Q "SET NOCOUNT ON; EXEC dbo.usp_DailyAgreements" -s "," -W -o "%OUTDIR%\agreements_%DAY%.csv"

if errorlevel 1 (
  echo Export failed >> "%OUTDIR%\export.log"
  exit /b 1
)
echo %DAY% ok >> "%OUTDIR%\export.log"
endlocal
""", pw, "sqlcmd utility -U/-P options (Microsoft Learn)", pw=pw)

sec = mixed(64, ALNUM + "-_")
add("blind-dn/toml/toast", "integrations/toast/config.toml", r"""
# Toast POS integration for the summit restaurants (menus + sales pull)
[toast]
api_host = "https://ws-api.toasttab.com"
client_id = "@@cid@@"
client_secret = "@@sec@@"
user_access_type = "TOAST_MACHINE_CLIENT"

[[toast.restaurants]]
name = "Summit Lodge Grill"
guid = "@@g1@@"

[[toast.restaurants]]
name = "Base Village Cantina"
guid = "@@g2@@"

[schedule]
sales_pull = "*/15 * * * *"
""", sec, "Toast API authentication (clientId / clientSecret, TOAST_MACHINE_CLIENT)", sec=sec,
    cid=mixed(32), g1=uuid4(), g2=uuid4())

r = _rng()
adyen = "AQE" + "".join(r.choice(ALNUM) for _ in range(63)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(12))
add("blind-dn/helm-values/adyen", "deploy/charts/cashless/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: registry.snowridgemountain.com/cashless/topup-api
  tag: "2025.11.2"

env:
  WATERPARK_SITE: "riptide-cove"
  WRISTBAND_CURRENCY: USD
  TOPUP_MIN_CENTS: "1000"

adyen:
  environment: live
  liveEndpointUrlPrefix: "@@pfx@@-SnowridgeResorts"
  merchantAccount: SnowridgeRiptideECOM
  apiKey: "@@key@@"

ingress:
  enabled: true
  host: topup.riptidecove.com
""", adyen, "Adyen API credentials (API key, live endpoint prefix); Helm values file", key=adyen, pfx=hexs(16))

add("blind-dn/helm-values/decoy-placeholder", "deploy/charts/cashless/values.yaml", r"""
# Defaults for the cashless chart. Credentials are NOT set here:
#   adyen.apiKey comes from the "cashless-adyen" Secret (External Secrets Operator)
replicaCount: 1
image:
  repository: registry.snowridgemountain.com/cashless/topup-api
  tag: ""   # defaults to .Chart.AppVersion

adyen:
  environment: test
  merchantAccount: ""
  existingSecret: cashless-adyen
  apiKeySecretKey: api-key
  apiKey: ""

ingress:
  enabled: false
  host: ""
""", None, "Helm chart values.yaml with existingSecret convention")

add("blind-dn/helm-template/decoy-template", "deploy/charts/cashless/templates/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "cashless.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: topup-api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"
          env:
            - name: ADYEN_ENVIRONMENT
              value: {{ .Values.adyen.environment | quote }}
            - name: ADYEN_MERCHANT_ACCOUNT
              value: {{ .Values.adyen.merchantAccount | quote }}
            - name: ADYEN_API_KEY
              valueFrom:
                secretKeyRef:
                  name: {{ .Values.adyen.existingSecret }}
                  key: {{ .Values.adyen.apiKeySecretKey }}
""", None, "Helm template syntax; Kubernetes secretKeyRef")

rk = "rk_live_51" + draw(97)
add("blind-dn/yaml/stripe-restricted", "cashless/topup-service/config/production.yaml", r"""
service:
  name: topup-service
  port: 8080
wristbands:
  site: riptide-cove
  max_balance_cents: 50000
  refund_unused_after_days: 30
stripe:
  # restricted key: charges + refunds only
  api_key: @@rk@@
  statement_descriptor: RIPTIDE COVE TOPUP
kiosks:
  - { id: KSK-01, zone: entrance }
  - { id: KSK-02, zone: lazy-river }
  - { id: KSK-03, zone: food-court }
""", rk, "Stripe restricted API keys (rk_live_)", rk=rk)

ec = pem("EC PRIVATE KEY", head="MHcCAQEEI", total=164)
add("blind-dn/go/ec-private-key", "cashless/reader-gw/internal/ledger/signing.go", r"""
package ledger

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
)

// offlineKey signs balance records written to wristbands while the park network is down,
// so the kiosks can verify them later.
const offlineKey = `@@ec@@`

func loadKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(offlineKey))
	return x509.ParseECPrivateKey(block.Bytes)
}
""", ec, "SEC 1 EC private key in PEM (RFC 5915); Go crypto/x509 ParseECPrivateKey", ec=ec)

lines = []
for i in range(10):
    lines.append(f"2025-07-{12 + i // 4:02d}T1{i % 10}:{draw(2, '012345')}:{draw(2, string.digits)}Z INFO tap "
                 f"reader=RD-{draw(2, string.digits)} uid={hexs(14, True)} nonce={hexs(16)} txn=tx_{draw(14, string.ascii_lowercase + string.digits)} "
                 f"amount_cents={draw(1, '123456789')}{draw(2, string.digits)} result=approved")
add("blind-dn/log/decoy-log-nonces", "cashless/reader-gw/testdata/sample-taps.log", "\n".join(lines) + "\n", None,
    "reader gateway log lines: 7-byte NFC UIDs, nonces, transaction ids")

key = "sk_live_51" + draw(97)
add("blind-dn/dockerfile/stripe", "cashless/topup-service/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production \
    PORT=8080 \
    STRIPE_SECRET_KEY=@@key@@
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE 8080
USER node
CMD ["node", "dist/server.js"]
""", key, "Dockerfile ENV instruction; Stripe secret key", key=key)

add("blind-dn/dockerfile/decoy-digest", "cashless/kiosk-ui/Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine@sha256:@@d1@@ AS build
WORKDIR /app
COPY package.json package-lock.json ./
# the npm token is mounted at build time only and never lands in a layer
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
COPY . .
ARG GIT_SHA
ENV VITE_BUILD_ID=$GIT_SHA
RUN npm run build

FROM nginx:1.27-alpine@sha256:@@d2@@
COPY --from=build /app/dist /usr/share/nginx/html
LABEL org.opencontainers.image.revision="@@sha@@"
""", None, "Dockerfile reference: image digests, RUN --mount=type=secret", d1=hexs(64), d2=hexs(64), sha=hexs(40))

tok = "npm_" + draw(36)
add("blind-dn/npmrc/npm-token", "cashless/kiosk-ui/.npmrc", r"""
@riptide:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@tok@@
save-exact=true
fund=false
audit-level=high
""", tok, "npm docs: .npmrc _authToken; npm access tokens (npm_ prefix)", tok=tok)

add("blind-dn/npmrc/decoy-env-ref", "lodging/booking-widget/.npmrc", r"""
@snowridge:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
engine-strict=true
save-exact=true
fund=false
""", None, "npm docs: environment variables in .npmrc (${VAR})")

sig = mixed(22, ALNUM + "-_")
add("blind-dn/javascript/square-webhook", "cashless/topup-service/src/webhooks/square.js", r"""
const { WebhooksHelper } = require("square");
const express = require("express");

const router = express.Router();
const NOTIFICATION_URL = "https://topup.riptidecove.com/webhooks/square";
const SIGNATURE_KEY = "@@sig@@";

router.post("/square", express.raw({ type: "application/json" }), async (req, res) => {
  const ok = await WebhooksHelper.verifySignature({
    requestBody: req.body.toString("utf8"),
    signatureHeader: req.get("x-square-hmacsha256-signature"),
    signatureKey: SIGNATURE_KEY,
    notificationUrl: NOTIFICATION_URL,
  });
  if (!ok) return res.sendStatus(403);
  const event = JSON.parse(req.body);
  if (event.type === "payment.updated") {
    await req.app.locals.ledger.recordSquarePayment(event.data.object.payment);
  }
  res.sendStatus(200);
});

module.exports = router;
""", sig, "Square webhooks: signature key and WebhooksHelper.verifySignature", sig=sig)

# ---------------------------------------------------------------- snowmaking and lift PLC telemetry

tok = rand_b64(64, urlsafe=True)
add("blind-dn/telegraf-conf/influxdb-token", "snowmaking/telegraf/telegraf.conf", r"""
# Telegraf on the pumphouse edge box: snowgun and pump telemetry to InfluxDB Cloud
[agent]
  interval = "10s"
  flush_interval = "10s"
  hostname = "pumphouse-edge-01"

[[outputs.influxdb_v2]]
  urls = ["https://us-west-2-1.aws.cloud2.influxdata.com"]
  token = "@@tok@@"
  organization = "snowridge-ops"
  bucket = "snowmaking"

[[inputs.modbus]]
  name = "pump_station_1"
  controller = "tcp://10.60.1.20:502"
  slave_id = 1
  holding_registers = [
    { name = "discharge_pressure_psi", byte_order = "AB", data_type = "FLOAT32", scale = 1.0, address = [100, 101] },
    { name = "flow_gpm",               byte_order = "AB", data_type = "FLOAT32", scale = 1.0, address = [102, 103] },
  ]
""", tok, "Telegraf outputs.influxdb_v2 plugin (token option); InfluxDB API tokens", tok=tok)

pw = human_pw()
add("blind-dn/telegraf-conf/mqtt-password", "snowmaking/telegraf/conf.d/snowguns-mqtt.conf", r"""
# Snowgun controllers publish over MQTT; Telegraf subscribes and writes to Influx.
[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.snowmaking.mtn.local:8883"]
  topics = [
    "snowmaking/+/gun/+/status",
    "snowmaking/+/hydrant/+/pressure",
  ]
  qos = 1
  client_id = "telegraf-pumphouse"
  username = "telegraf"
  password = "@@pw@@"
  data_format = "json"
  tag_keys = ["trail", "gun_id"]
  tls_ca = "/etc/telegraf/mtn-ca.pem"
""", pw, "Telegraf inputs.mqtt_consumer plugin (username/password options)", pw=pw)

pw = gen_pw(28)
add("blind-dn/mosquitto-conf/bridge-password", "snowmaking/mosquitto/conf.d/bridge-cloud.conf", r"""
# Bridge the on-mountain broker to the ops cloud broker (read-only status topics out)
connection ops-cloud
address mqtt.ops.snowridgemountain.com:8883
bridge_protocol_version mqttv311
remote_clientid pumphouse-bridge
remote_username pumphouse-bridge
remote_password @@pw@@
bridge_cafile /etc/mosquitto/certs/ops-ca.crt
cleansession false
topic snowmaking/+/gun/+/status out 1
topic lifts/+/status out 1
topic snowmaking/cmd/# in 1
""", pw, "mosquitto.conf(5) bridge options: remote_username, remote_password", pw=pw)

hashes = "\n".join(f"{u}:$7$101${rand_b64(12)}${rand_b64(64)}" for u in
                   ["telegraf", "nodered", "pumphouse-bridge", "gun-ctrl-north", "gun-ctrl-south", "grafana-live"])
add("blind-dn/mosquitto-passwd/decoy-hash", "snowmaking/mosquitto/passwd", hashes + "\n", None,
    "mosquitto_passwd(1): PBKDF2-SHA512 hashed password file ($7$)")

sec = gen_pw(32)
add("blind-dn/javascript/node-red-credential-secret", "snowmaking/node-red/settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: "flows.json",
    flowFilePretty: true,
    // encrypts flows_cred.json; must match on every edge box running these flows
    credentialSecret: "@@sec@@",
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ops",
            password: "@@bc@@",
            permissions: "*"
        }]
    },
    httpNodeRoot: "/api",
    logging: { console: { level: "info", metrics: false, audit: false } },
    editorTheme: { projects: { enabled: false } },
    functionGlobalContext: { os: require("os") }
};
""", sec, "Node-RED settings.js: credentialSecret and adminAuth (bcrypt password hash)",
    sec=sec, bc=bcrypt_hash().replace("$2b$12$", "$2a$08$"))

ids = [hexs(16) for _ in range(5)]
add("blind-dn/node-red-flows/decoy-node-ids", "snowmaking/node-red/flows.json", r"""
[
    {
        "id": "@@i0@@",
        "type": "mqtt-broker",
        "name": "mtn broker",
        "broker": "mqtt.snowmaking.mtn.local",
        "port": "8883",
        "tls": "@@i1@@",
        "clientid": "nodered-pumphouse",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "60"
    },
    {
        "id": "@@i2@@",
        "type": "mqtt in",
        "z": "@@i3@@",
        "name": "gun status",
        "topic": "snowmaking/+/gun/+/status",
        "qos": "1",
        "datatype": "json",
        "broker": "@@i0@@",
        "wires": [["@@i4@@"]]
    },
    {
        "id": "@@i4@@",
        "type": "function",
        "z": "@@i3@@",
        "name": "wet-bulb cutoff",
        "func": "if (msg.payload.wet_bulb_f > 27.5) { msg.payload = { cmd: 'park' }; return msg; }\nreturn null;",
        "outputs": 1,
        "wires": [[]]
    }
]
""", None, "Node-RED flow JSON (node ids; credentials kept in flows_cred.json)",
    i0=ids[0], i1=ids[1], i2=ids[2], i3=ids[3], i4=ids[4])

pw = human_pw()
add("blind-dn/python/opcua", "snowmaking/scripts/opcua_poll.py", r"""
'''Poll the snowmaking PLC's OPC UA server and log compressor and pump states.'''
import time

from opcua import Client

ENDPOINT = "opc.tcp://10.60.1.10:4840/snowmaking"
NODES = {
    "compressor_1_running": "ns=3;s=\"DB_Compressors\".\"C1\".\"Running\"",
    "compressor_2_running": "ns=3;s=\"DB_Compressors\".\"C2\".\"Running\"",
    "pond_level_ft": "ns=3;s=\"DB_Pond\".\"Level\"",
}

client = Client(ENDPOINT)
client.set_user("snowmaker")
client.set_password("@@pw@@")
client.connect()
try:
    while True:
        values = {name: client.get_node(nid).get_value() for name, nid in NODES.items()}
        print(time.strftime("%H:%M:%S"), values)
        time.sleep(5)
finally:
    client.disconnect()
""", pw, "python-opcua Client.set_user / set_password", pw=pw)

pw = gen_pw(20)
add("blind-dn/shell/basic-auth-curl", "scada/ignition/backup-gateway.sh", r"""
#!/usr/bin/env bash
# Pull a gateway backup (.gwbk) from the snowmaking Ignition gateway every night.
set -euo pipefail

GATEWAY="https://ignition-snow.mtn.local:8043"
DEST="/srv/backups/ignition/$(date +%F).gwbk"

curl --fail --silent --show-error \
  --user "svc_backup:@@pw@@" \
  --cacert /etc/ssl/mtn-ca.pem \
  -o "$DEST" \
  "$GATEWAY/system/gwbackup"

find /srv/backups/ignition -name '*.gwbk' -mtime +30 -delete
echo "backup written to $DEST"
""", pw, "curl --user user:password (HTTP basic auth), Ignition gateway backup", pw=pw)

pw = human_pw()
add("blind-dn/sql/postgres-role", "scada/historian/init.sql", r"""
-- Historian database for lift and snowmaking tags (TimescaleDB)
CREATE EXTENSION IF NOT EXISTS timescaledb;

CREATE ROLE historian_writer LOGIN PASSWORD '@@pw@@';
CREATE ROLE grafana_reader LOGIN PASSWORD NULL;  -- uses cert auth via pg_hba

CREATE TABLE tag_values (
  ts timestamptz NOT NULL,
  tag text NOT NULL,
  value double precision,
  quality smallint
);
SELECT create_hypertable('tag_values', 'ts');
GRANT INSERT ON tag_values TO historian_writer;
GRANT SELECT ON tag_values TO grafana_reader;
""", pw, "PostgreSQL CREATE ROLE ... LOGIN PASSWORD", pw=pw)

tok = rand_b64(64, urlsafe=True)
add("blind-dn/docker-compose/influxdb-token", "telemetry/docker-compose.yml", r"""
services:
  influxdb:
    image: influxdb:2.7
    restart: unless-stopped
    ports: ["8086:8086"]
    volumes: ["influx-data:/var/lib/influxdb2"]
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ops
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_INIT_PASSWORD}
      DOCKER_INFLUXDB_INIT_ORG: snowridge-ops
      DOCKER_INFLUXDB_INIT_BUCKET: lifts
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: @@tok@@

  grafana:
    image: grafana/grafana-oss:11.2.0
    restart: unless-stopped
    ports: ["3000:3000"]
    depends_on: [influxdb]
    volumes:
      - ./grafana/provisioning:/etc/grafana/provisioning
      - grafana-data:/var/lib/grafana

volumes:
  influx-data:
  grafana-data:
""", tok, "InfluxDB Docker image: DOCKER_INFLUXDB_INIT_ADMIN_TOKEN", tok=tok)

pw = human_pw()
add("blind-dn/grafana-ini/admin-password", "telemetry/grafana/grafana.ini", r"""
[server]
http_port = 3000
domain = grafana.ops.snowridgemountain.com
root_url = https://%(domain)s/

[security]
admin_user = admin
admin_password = @@pw@@
cookie_secure = true
disable_gravatar = true

[auth.anonymous]
enabled = true
org_name = Lift Status Wall
org_role = Viewer

[users]
allow_sign_up = false
""", pw, "Grafana configuration: [security] admin_password", pw=pw)

add("blind-dn/grafana-ini/decoy-env-ref", "telemetry/grafana/grafana.prod.ini", r"""
[server]
http_port = 3000
domain = grafana.ops.snowridgemountain.com

[security]
admin_user = admin
admin_password = $__file{/run/secrets/grafana_admin_password}
secret_key = $__env{GF_SECURITY_SECRET_KEY}

[database]
type = postgres
host = historian.mtn.local:5432
name = grafana
user = grafana
password = $__file{/run/secrets/grafana_db_password}
""", None, "Grafana configuration: variable expansion $__env{} and $__file{}")

pw = gen_pw(24)
add("blind-dn/grafana-provisioning/postgres-password", "telemetry/grafana/provisioning/datasources/historian.yaml", r"""
apiVersion: 1
datasources:
  - name: Historian
    type: grafana-postgresql-datasource
    url: historian.mtn.local:5432
    user: grafana_reader
    jsonData:
      database: historian
      sslmode: require
      timescaledb: true
      postgresVersion: 1500
    secureJsonData:
      password: "@@pw@@"
    editable: false
""", pw, "Grafana data source provisioning (secureJsonData.password)", pw=pw)

add("blind-dn/grafana-provisioning/decoy-env-ref", "telemetry/grafana/provisioning/datasources/influx.yaml", r"""
apiVersion: 1
datasources:
  - name: Lifts (InfluxDB)
    type: influxdb
    access: proxy
    url: http://influxdb:8086
    jsonData:
      version: Flux
      organization: snowridge-ops
      defaultBucket: lifts
      tlsSkipVerify: false
    secureJsonData:
      token: $INFLUX_READ_TOKEN
""", None, "Grafana provisioning: environment variable interpolation ($VAR)")

tok = "glsa_" + draw(32) + "_" + hexs(8)
add("blind-dn/python/grafana-token", "telemetry/tools/push_dashboards.py", r"""
'''Push the dashboards in ./dashboards to Grafana (run from CI after merge).'''
import json
import pathlib

import requests

GRAFANA = "https://grafana.ops.snowridgemountain.com"
TOKEN = "@@tok@@"   # service account "dashboards-ci", Editor


def push(path: pathlib.Path) -> None:
    dash = json.loads(path.read_text())
    body = {"dashboard": dash, "folderUid": "lift-ops", "overwrite": True}
    r = requests.post(f"{GRAFANA}/api/dashboards/db", json=body,
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20)
    r.raise_for_status()
    print(path.name, r.json()["status"])


for p in sorted(pathlib.Path("dashboards").glob("*.json")):
    push(p)
""", tok, "Grafana service account tokens (glsa_ prefix), HTTP API Bearer auth", tok=tok)

tok = mixed(48)
add("blind-dn/javascript/bearer-token", "lifts/telemetry/lift_status_push.js", r"""
// Reads lift states from the PLC gateway and pushes them to the public lift-status API.
const axios = require("axios");

const GATEWAY = "http://10.70.0.5:8080/lifts";
const STATUS_API = "https://status-api.snowridgemountain.com/v1/lifts";
const INGEST_TOKEN = "@@tok@@";

async function tick() {
  const { data } = await axios.get(GATEWAY, { timeout: 5000 });
  const payload = data.map((l) => ({
    id: l.id,
    state: l.running ? "open" : l.hold ? "hold" : "closed",
    wind_mph: l.anemometer_mph,
  }));
  await axios.put(STATUS_API, payload, {
    headers: { Authorization: `Bearer ${INGEST_TOKEN}` },
  });
}

setInterval(() => tick().catch((e) => console.error(e.message)), 15000);
""", tok, "axios request config headers (Bearer token)", tok=tok)

add("blind-dn/yaml/decoy-register-map", "lifts/plc/tagmap.yaml", r"""
# Modbus TCP register map for the lift PLC gateway (one block per lift)
defaults:
  port: 502
  byte_order: ABCD
lifts:
  summit-express:
    unit_id: 1
    registers:
      running:         { address: 0x0010, type: coil }
      speed_mps:       { address: 0x0100, type: float32 }
      anemometer_mph:  { address: 0x0104, type: float32 }
      fault_code:      { address: 0x0110, type: uint16 }
  eagle-quad:
    unit_id: 2
    registers:
      running:         { address: 0x0010, type: coil }
      speed_mps:       { address: 0x0100, type: float32 }
      anemometer_mph:  { address: 0x0104, type: float32 }
      fault_code:      { address: 0x0110, type: uint16 }
firmware_checksum: "@@crc@@"
""", None, "Modbus application protocol register addressing", crc=hexs(8, True))

auth, priv = human_pw(), gen_pw(20)
add("blind-dn/snmpd-conf/snmpv3-auth", "network/lift-gateways/snmpd.conf", r"""
# net-snmp agent on the lift PLC gateways (Raspberry Pi CM4 in the drive stations)
agentAddress udp:161
sysLocation "Summit Express drive terminal"
sysContact lift-maintenance@snowridgemountain.com

createUser liftmon SHA-256 "@@auth@@" AES "@@priv@@"
rouser liftmon authpriv

view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
disk / 10%
load 12 10 5
""", auth, "snmpd.conf(5): createUser with SHA auth and AES privacy passphrases", auth=auth, priv=priv)

appkey = hexs(32, True)
add("blind-dn/shell/lorawan-appkey", "sensors/lorawan/provision-snowdepth.sh", r"""
#!/bin/sh
# Register a new snow-depth sensor on The Things Stack (EU1 cluster, resort tenant)
set -e
APP=snowdepth-sensors
DEV=sd-07-upper-glades

ttn-lw-cli end-devices create "$APP" "$DEV" \
  --dev-eui 70B3D57ED0061A07 \
  --join-eui 0000000000000000 \
  --frequency-plan-id US_902_928_FSB_2 \
  --lorawan-version 1.0.3 \
  --lorawan-phy-version 1.0.3-a \
  --root-keys.app-key.key @@appkey@@ \
  --name "Upper Glades snow depth"

ttn-lw-cli end-devices set "$APP" "$DEV" --attributes trail=upper-glades,elevation_ft=10340
""", appkey, "The Things Stack CLI: end-devices create --root-keys.app-key.key (LoRaWAN 1.0.3 AppKey)", appkey=appkey)

add("blind-dn/yaml/decoy-lorawan-ids", "sensors/lorawan/devices.yaml", r"""
# Inventory of LoRaWAN sensors. EUIs are identifiers printed on the device label;
# root keys are stored in The Things Stack and in 1Password ("LoRaWAN root keys").
devices:
  - id: sd-05-lower-glades
    dev_eui: 70B3D57ED0061A05
    join_eui: 0000000000000000
    model: milesight-em500-udl
    app_key: "<in TTS>"
  - id: sd-06-bowl
    dev_eui: 70B3D57ED0061A06
    join_eui: 0000000000000000
    model: milesight-em500-udl
    app_key: "<in TTS>"
  - id: wx-02-ridge
    dev_eui: A84041000181@@tail@@
    join_eui: A840410000000101
    model: dragino-ws-hub
    app_key: "<in TTS>"
""", None, "LoRaWAN 1.0.3 spec: DevEUI / JoinEUI are IEEE EUI-64 identifiers", tail=hexs(4, True))

sec = gen_pw(44)
add("blind-dn/toml/chirpstack-api-secret", "sensors/chirpstack/chirpstack.toml", r"""
[logging]
level = "info"

[postgresql]
dsn = "postgres://chirpstack:${POSTGRES_PASSWORD}@postgres/chirpstack?sslmode=disable"
max_open_connections = 10

[redis]
servers = ["redis://redis/"]

[network]
net_id = "000000"
enabled_regions = ["us915_1"]

[api]
bind = "0.0.0.0:8080"
# JWT signing secret for API tokens and web sessions
secret = "@@sec@@"
""", sec, "ChirpStack v4 chirpstack.toml: [api] secret", sec=sec)

# ---------------------------------------------------------------- avalanche and weather stations

pw = human_pw()
add("blind-dn/crbasic/ftp-password", "stations/summit-wx/SummitWx.CR1X", r"""
'CR1000X Series Datalogger - Summit weather station (11,480 ft)
'Wind, temperature, RH, snow depth; hourly table pushed to the snow safety FTP server.

Public AirTC, RH, WS_mph, WindDir, SnowDepth_in
Public FTPResult
Const FTPServer = "ftp.snowsafety.snowridgemountain.com"
Const FTPUser = "summitwx"
Const FTPPass = "@@pw@@"

DataTable (Hourly,True,-1)
  DataInterval (0,60,Min,10)
  Average (1,AirTC,FP2,False)
  Sample (1,RH,FP2)
  WindVector (1,WS_mph,WindDir,FP2,False,0,0,0)
  Sample (1,SnowDepth_in,FP2)
EndTable

BeginProg
  Scan (5,Sec,0,0)
    PanelTemp (AirTC,60)
    CallTable Hourly
  NextScan
  SlowSequence
  Scan (1,Hr,3,0)
    FTPResult = FTPClient (FTPServer,FTPUser,FTPPass,"Hourly","summit_hourly.dat",2)
  NextScan
EndProg
""", pw, "Campbell Scientific CRBasic help: FTPClient(IPAddress, User, Password, ...)", pw=pw)

pw = human_pw()
add("blind-dn/crbasic/smtp-password", "stations/avy-path-7/AvyPath7.CR6", r"""
'CR6 - Avalanche path 7 start zone: wind loading alarm by e-mail
Public WS_mph, WindDir, WindLoadIdx
Public EmailResult As String * 50
Const Server = "smtp.office365.com:587"
Const ToAddr = "snowsafety@snowridgemountain.com"
Const FromAddr = "path7-logger@snowridgemountain.com"
Const SmtpUser = "path7-logger@snowridgemountain.com"
Const SmtpPassword = "@@pw@@"

BeginProg
  Scan (10,Sec,0,0)
    WindLoadIdx = WS_mph * (WindDir > 200 AND WindDir < 290)
    If WindLoadIdx > 35 Then
      EmailSend (Server,ToAddr,FromAddr,"Path 7 wind loading","Index " & WindLoadIdx,"",SmtpUser,SmtpPassword,EmailResult)
    EndIf
  NextScan
EndProg
""", pw, "Campbell Scientific CRBasic help: EmailSend(ServerAddr, ToAddr, FromAddr, Subject, Message, Attach, UserName, Password, Result)", pw=pw)

add("blind-dn/crbasic/decoy-calibration", "stations/base-wx/BaseWx.CR1X", r"""
'CR1000X - Base area weather station
'Logger security codes are set with Device Configuration Utility, not in this program.
Public AirTC, RH, Baro_mb, SWE_mm
Const SerialNo = "CR1000X-@@sn@@"
Const SnowPillowMult = 0.2541    'from the pillow calibration sheet, 2024-10-02
Const SnowPillowOffset = -12.88
Const StationGUID = "@@guid@@"

DataTable (TenMin,True,-1)
  DataInterval (0,10,Min,10)
  Average (1,AirTC,FP2,False)
  Sample (1,RH,FP2)
  Sample (1,Baro_mb,IEEE4)
  Sample (1,SWE_mm,FP2)
EndTable

BeginProg
  Scan (10,Sec,0,0)
    VoltSE (SWE_mm,1,mV5000,1,1,0,60,SnowPillowMult,SnowPillowOffset)
    CallTable TenMin
  NextScan
EndProg
""", None, "CRBasic program with calibration constants and identifiers", sn=draw(5, string.digits), guid=uuid4())

wifi, key = human_pw(), draw(16, string.ascii_uppercase + string.digits)
add("blind-dn/arduino/thingspeak-write-key", "firmware/snowstake_cam/snowstake_cam.ino", r"""
// ESP32 snow stake camera: reads the ultrasonic depth sensor, posts to ThingSpeak every 15 min.
#include <WiFi.h>
#include <HTTPClient.h>

const char* WIFI_SSID = "MTN-OPS-IOT";
const char* WIFI_PASS = "@@wifi@@";
const char* TS_WRITE_KEY = "@@key@@";
const unsigned long PERIOD_MS = 15UL * 60UL * 1000UL;

float readDepthInches() {
  long us = pulseIn(26, HIGH);
  return 120.0 - (us / 147.0);   // sensor mounted 120 in above ground
}

void setup() {
  Serial.begin(115200);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
}

void loop() {
  HTTPClient http;
  String url = String("https://api.thingspeak.com/update?api_key=") + TS_WRITE_KEY + "&field1=" + String(readDepthInches(), 1);
  http.begin(url);
  http.GET();
  http.end();
  delay(PERIOD_MS);
}
""", key, "ThingSpeak REST API: update channel with write API key", wifi=wifi, key=key)

key = mixed(8)
add("blind-dn/arduino/wunderground-password", "firmware/base_wx/base_wx.ino", r"""
// Base-area personal weather station uploader (Weather Underground PWS protocol)
#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include "sensors.h"

#define WU_ID  "KCOSNOWR12"
#define WU_KEY "@@key@@"

void upload(const Reading& r) {
  WiFiClientSecure client;
  client.setInsecure();
  HTTPClient http;
  String url = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php";
  url += "?ID=" WU_ID "&PASSWORD=" WU_KEY "&dateutc=now&action=updateraw";
  url += "&tempf=" + String(r.tempF, 1) + "&humidity=" + String(r.rh, 0);
  url += "&windspeedmph=" + String(r.windMph, 1) + "&winddir=" + String(r.windDir);
  http.begin(client, url);
  http.GET();
  http.end();
}
""", key, "Weather Underground PWS upload protocol (ID and PASSWORD station key)", key=key)

add("blind-dn/arduino/decoy-placeholder", "firmware/snowstake_cam/arduino_secrets.h.example", r"""
// Copy to arduino_secrets.h (git-ignored) and fill in for your station.
// Arduino IDE convention: the Secret tab keeps credentials out of the sketch.
#define SECRET_SSID ""
#define SECRET_PASS ""
#define SECRET_TS_WRITE_KEY "YOUR_THINGSPEAK_WRITE_KEY"
#define SECRET_TS_CHANNEL_ID 0
""", None, "Arduino docs: arduino_secrets.h / Secret tab")

k, s = draw(32, string.ascii_lowercase + string.digits), draw(32, string.ascii_lowercase + string.digits)
add("blind-dn/python/weatherlink-secret", "avy/ingest/fetch_weatherlink.py", r"""
'''Fetch current conditions from the Davis WeatherLink v2 API for the avalanche forecast.'''
import requests

API_KEY = "@@k@@"
API_SECRET = "@@s@@"
STATIONS = {"ridge": 162233, "bowl": 162234, "base": 98877}


def current(station_id: int) -> dict:
    r = requests.get(f"https://api.weatherlink.com/v2/current/{station_id}",
                     params={"api-key": API_KEY},
                     headers={"X-Api-Secret": API_SECRET}, timeout=20)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    for name, sid in STATIONS.items():
        sensors = current(sid)["sensors"]
        print(name, len(sensors), "sensor blocks")
""", s, "Davis WeatherLink v2 API: api-key parameter and X-Api-Secret header", k=k, s=s)

app_key, api_key = hexs(64), hexs(64)
nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Ridge station wind vs. cornice growth (2024/25)"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import requests\n", "\n",
                    f"APPLICATION_KEY = \"{app_key}\"\n",
                    f"API_KEY = \"{api_key}\"\n",
                    "MAC = \"48:3F:DA:54:2C:11\"\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["url = f\"https://rt.ambientweather.net/v1/devices/{MAC}\"\n",
                    "r = requests.get(url, params={\"apiKey\": API_KEY, \"applicationKey\": APPLICATION_KEY, \"limit\": 288})\n",
                    "df = pd.DataFrame(r.json())\n", "df[[\"date\", \"windspeedmph\", \"winddir\"]].tail()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.9"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-dn/jupyter/ambient-weather", "notebooks/ridge_wind_cornice.ipynb", json.dumps(nb, indent=1) + "\n", api_key,
    "Ambient Weather REST API: apiKey and applicationKey query parameters")

nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# SNOTEL snow water equivalent, public NRCS data"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream",
             "text": [f"downloaded 2190 rows, sha256={hexs(64)}\n", f"cache key {hexs(40)}\n"]}],
         "source": ["import pandas as pd\n",
                    "URL = \"https://wcc.sc.egov.usda.gov/reportGenerator/view_csv/customSingleStationReport/daily/1040:CO:SNTL/-2190,0/WTEQ::value\"\n",
                    "swe = pd.read_csv(URL, comment=\"#\")\n"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
add("blind-dn/jupyter/decoy-public-data", "notebooks/snotel_swe_trend.ipynb", json.dumps(nb, indent=1) + "\n", None,
    "USDA NRCS report generator (public data); output checksums")

sid, tok = "AC" + hexs(32), hexs(32)
add("blind-dn/yaml/twilio-auth-token", "avy/obs-alerts/config/settings.yaml", r"""
# Avalanche observation alerts: SMS the patrol leads when a D2+ is reported
alerts:
  min_destructive_size: 2
  quiet_hours: "22:00-05:00"
  recipients:
    - +19705550141
    - +19705550188
twilio:
  account_sid: @@sid@@
  auth_token: @@tok@@
  from_number: "+19705550100"
observations_db: /var/lib/avy-obs/obs.sqlite
""", tok, "Twilio docs: Account SID (AC...) and Auth Token", sid=sid, tok=tok)

pw = human_pw()
add("blind-dn/r/db-password", "analysis/snowpack_model.R", r"""
# Snowpack model inputs from the snow safety database
library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "snowsafety-db.mtn.local",
  dbname = "snowsafety",
  user = "analyst",
  password = "@@pw@@"
)

obs <- tbl(con, "study_plot_obs") %>%
  filter(season == "2024-25") %>%
  collect()

summary(lm(hn24_cm ~ wind_ridge_mph + temp_c, data = obs))
dbDisconnect(con)
""", pw, "DBI::dbConnect with RPostgres (password argument)", pw=pw)

add("blind-dn/r/decoy-env-ref", "analysis/storm_totals.R", r"""
# Storm totals per study plot; credentials come from ~/.Renviron (not in the repo)
library(DBI)

con <- dbConnect(
  RPostgres::Postgres(),
  host = Sys.getenv("SNOWSAFETY_DB_HOST", "snowsafety-db.mtn.local"),
  dbname = "snowsafety",
  user = Sys.getenv("SNOWSAFETY_DB_USER"),
  password = Sys.getenv("SNOWSAFETY_DB_PASSWORD")
)
storms <- dbGetQuery(con, "SELECT plot, storm_id, sum(hn24_cm) AS total_cm FROM study_plot_obs GROUP BY 1, 2")
print(head(storms))
dbDisconnect(con)
""", None, "R Sys.getenv / .Renviron")

pw = gen_pw(18)
add("blind-dn/crontab/basic-auth-url", "ops/cron/snowsafety.crontab", r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=snowsafety-ops@snowridgemountain.com
# pull the 5-minute tables from the ridge logger relay
*/5 * * * * curl -fsS -o /srv/wx/ridge_latest.dat https://stationfeed:@@pw@@@wx-relay.snowsafety.snowridgemountain.com/tables/ridge/latest.dat
# morning forecast build
15 5 * * * cd /srv/forecast && ./build_forecast.sh >> /var/log/forecast.log 2>&1
0 3 * * 0 find /srv/wx -name '*.dat' -mtime +60 -delete
""", pw, "crontab(5); credentials in URL userinfo (RFC 3986 3.2.1)", pw=pw)

pw = human_pw()
add("blind-dn/systemd/env-password", "stations/relay/wx-relay.service", r"""
[Unit]
Description=Weather station relay (LoggerNet tables -> MQTT)
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=wxrelay
Environment="MQTT_HOST=mqtt.snowmaking.mtn.local"
Environment="MQTT_USER=wx-relay"
Environment="MQTT_PASSWORD=@@pw@@"
ExecStart=/opt/wx-relay/venv/bin/python -m wx_relay --tables /srv/loggernet/data
Restart=on-failure
RestartSec=10

[Install]
WantedBy=multi-user.target
""", pw, "systemd.exec(5): Environment= directive", pw=pw)

add("blind-dn/systemd/decoy-credential-ref", "stations/relay/wx-relay-v2.service", r"""
[Unit]
Description=Weather station relay v2
After=network-online.target

[Service]
Type=simple
DynamicUser=yes
EnvironmentFile=/etc/wx-relay/relay.env
LoadCredential=mqtt-password:/etc/credstore/wx-relay.mqtt-password
ExecStart=/opt/wx-relay/venv/bin/python -m wx_relay --password-file ${CREDENTIALS_DIRECTORY}/mqtt-password
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", None, "systemd.exec(5): EnvironmentFile=, LoadCredential=")

pw = human_pw()
add("blind-dn/markdown/runbook-login", "docs/runbooks/avalanche-datalogger.md", r"""
# Avalanche path dataloggers - field notes

**LoggerNet server:** `snowsafety-ln01` (RDP from the patrol office PC)

| Logger | Path | PakBus addr | Comms |
|---|---|---|---|
| AvyPath7 (CR6) | Path 7 start zone | 7 | RF451 via ridge repeater |
| SummitWx (CR1000X) | Summit | 11 | cell modem |

LoggerNet admin login: `snowsafety` / `@@pw@@`

If a logger drops off: check the repeater battery first (it sags below 11.8 V in cold snaps),
then power-cycle the RF451. Do not re-send programs during a storm cycle.
""", pw, "operations runbook with a login table", pw=pw)

tok = mixed(40)
add("blind-dn/rust/api-token", "stations/ingest/src/config.rs", r"""
//! Static configuration for the station ingest service.

pub const FORECAST_API: &str = "https://forecast-api.snowsafety.snowridgemountain.com/v1";
pub const INGEST_TOKEN: &str = "@@tok@@";
pub const STATIONS: &[(&str, u32)] = &[("ridge", 162233), ("bowl", 162234), ("base", 98877)];

pub fn auth_header() -> (String, String) {
    ("Authorization".to_string(), format!("Token {}", INGEST_TOKEN))
}

#[cfg(test)]
mod tests {
    #[test]
    fn header_has_scheme() {
        assert!(super::auth_header().1.starts_with("Token "));
    }
}
""", tok, "Rust const string; token authorization header", tok=tok)

tok = f"{_rng().randint(1_000_000_000, 7_999_999_999)}:AA" + draw(33, ALNUM + "_-")
add("blind-dn/python/telegram-bot", "avy/obs-bot/bot.py", r"""
'''Telegram bot the patrollers use to file quick avalanche observations from the field.'''
import logging

from telegram.ext import ApplicationBuilder, CommandHandler

BOT_TOKEN = "@@tok@@"
ALLOWED_CHATS = {-1002113344556}

logging.basicConfig(level=logging.INFO)


async def obs(update, context):
    if update.effective_chat.id not in ALLOWED_CHATS:
        return
    text = " ".join(context.args)
    context.bot_data.setdefault("obs", []).append(text)
    await update.message.reply_text(f"logged: {text}")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("obs", obs))
app.run_polling()
""", tok, "Telegram Bot API token format (bot id:secret); python-telegram-bot", tok=tok)

# ---------------------------------------------------------------- lodging reservation engines

ct = hexs(32, True) + "-" + hexs(31, True)
at = hexs(32, True) + "-" + hexs(31, True)
add("blind-dn/python/mews-access-token", "lodging/mews/client.py", r"""
'''Thin client for the Mews Connector API (slopeside condos property).'''
import requests

BASE = "https://api.mews.com/api/connector/v1"
CLIENT = "Snowridge Lodging Sync 1.4"
CLIENT_TOKEN = "@@ct@@"
ACCESS_TOKEN = "@@at@@"


def _post(op: str, body: dict) -> dict:
    payload = {"ClientToken": CLIENT_TOKEN, "AccessToken": ACCESS_TOKEN, "Client": CLIENT, **body}
    r = requests.post(f"{BASE}/{op}", json=payload, timeout=30)
    r.raise_for_status()
    return r.json()


def arrivals(start_utc: str, end_utc: str) -> list:
    return _post("reservations/getAll/2023-06-06", {
        "ScheduledStartUtc": {"StartUtc": start_utc, "EndUtc": end_utc},
        "Limitation": {"Count": 500},
    })["Reservations"]
""", at, "Mews Connector API authentication (ClientToken, AccessToken, Client)", ct=ct, at=at)

key = "cbat_" + draw(32)
add("blind-dn/dotenv/cloudbeds", "lodging/channel-sync/.env.staging", r"""
# channel-sync (Cloudbeds -> booking widget availability), staging
APP_ENV=staging
CLOUDBEDS_API_BASE=https://api.cloudbeds.com/api/v1.2
CLOUDBEDS_PROPERTY_ID=218840
CLOUDBEDS_API_KEY=@@key@@
SYNC_INTERVAL_SECONDS=300
WIDGET_CACHE_URL=redis://cache.staging.internal:6379/3
SENTRY_ENVIRONMENT=staging
""", key, "Cloudbeds API keys (cbat_ prefix), x-api-key authentication", key=key)

appkey = rand_b64(32)
add("blind-dn/dotenv/laravel-app-key", "booking-engine/.env", r"""
APP_NAME="Snowridge Booking"
APP_ENV=production
APP_KEY=base64:@@appkey@@
APP_DEBUG=false
APP_URL=https://book.snowridgemountain.com

LOG_CHANNEL=stack
DB_CONNECTION=mysql
DB_HOST=booking-db.internal
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking
DB_PASSWORD=${BOOKING_DB_PASSWORD}

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", appkey, "Laravel configuration: APP_KEY (base64: prefixed 32-byte key)", appkey=appkey)

pw = gen_pw(24)
add("blind-dn/rails-database-yml/password", "booking/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: booking_development

test:
  <<: *default
  database: booking_test

production:
  <<: *default
  host: booking-prod.cxq1xk9ab2.us-west-2.rds.amazonaws.com
  database: booking_production
  username: booking
  password: @@pw@@
""", pw, "Rails guides: configuring a database (config/database.yml)", pw=pw)

skb = hexs(128)
add("blind-dn/rails-secrets-yml/secret-key-base", "booking/config/secrets.yml", r"""
# Be sure to restart your server when you modify this file.
# Used to verify the integrity of signed cookies.

development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: @@skb@@
""", skb, "Rails config/secrets.yml secret_key_base (128 hex characters from rails secret)", skb=skb)

add("blind-dn/rails-database-yml/decoy-erb-env", "lodging-admin/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: lodging_admin_development

production:
  <<: *default
  url: <%= ENV["DATABASE_URL"] %>
  password: <%= ENV["LODGING_ADMIN_DATABASE_PASSWORD"] %>
  # credentials for other services: bin/rails credentials:edit (config/credentials.yml.enc)
""", None, "Rails guides: database.yml with ERB and ENV")

sec = mixed(40)
add("blind-dn/java-properties/ohip-client-secret", "integrations/opera/ohip.properties", r"""
# Oracle Hospitality Integration Platform (OHIP) - slopeside hotel
ohip.gateway.url=https://snowridge-hotel.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
ohip.hotel.id=SNWRH
ohip.app.key=@@appkey@@
ohip.client.id=Snowridge_Client
ohip.client.secret=@@sec@@
ohip.enterprise.id=SNWR
ohip.token.refresh.minutes=50
sync.reservations.window.days=120
""", sec, "Oracle OHIP authentication: x-app-key header and OAuth client id/secret", sec=sec, appkey=uuid4())

pw = human_pw()
add("blind-dn/xml/wsse-password", "integrations/siteminder/pmsxchange-request.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Template request used by the PMS sync job; see README for the message types -->
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"
                   xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
  <SOAP-ENV:Header>
    <wsse:Security SOAP-ENV:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>snowridge_lodging</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@pw@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" EchoToken="{{echo_token}}">
      <ReadRequests>
        <HotelReadRequest HotelCode="SNWR-CONDOS"/>
      </ReadRequests>
    </OTA_ReadRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
""", pw, "OASIS WS-Security UsernameToken Profile 1.0 (PasswordText); OpenTravel OTA_ReadRQ", pw=pw)

sk = "".join(_rng().choice(string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)") for _ in range(50))
add("blind-dn/python/django-secret-key", "lodging_portal/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["lodging.snowridgemountain.com", "owners.snowridgemountain.com"]

SECRET_KEY = "@@sk@@"

DATABASES["default"].update({
    "HOST": "lodging-db.internal",
    "NAME": "lodging_portal",
    "USER": "lodging_portal",
    "PASSWORD": os.environ["LODGING_DB_PASSWORD"],
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", sk, "Django settings: SECRET_KEY (get_random_secret_key shape)", sk=sk)

add("blind-dn/python/decoy-test-fixture", "lodging_portal/settings/test.py", r"""
from .base import *  # noqa

# Test-only settings: these values are not used anywhere real.
SECRET_KEY = "tests-only-insecure-key-not-for-deployment"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CLOUDBEDS_API_KEY = "test"
STRIPE_SECRET_KEY = "sk_test_dummy"
""", None, "Django testing docs: test settings with dummy values")

pw = human_pw()
add("blind-dn/java/jdbc-password", "lodging-sync/src/main/java/com/snowridge/lodging/HousekeepingExport.java", r"""
package com.snowridge.lodging;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

public class HousekeepingExport {
    private static final String URL = "jdbc:mysql://pms-db.lodging.local:3306/pms?useSSL=true";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(URL, "hk_export", "@@pw@@");
             PreparedStatement ps = c.prepareStatement(
                 "SELECT unit_no, departure_date, guest_count FROM stays WHERE departure_date = CURDATE()")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    System.out.printf("%s,%s,%d%n", rs.getString(1), rs.getDate(2), rs.getInt(3));
                }
            }
        }
    }
}
""", pw, "JDBC DriverManager.getConnection(url, user, password)", pw=pw)

key = mixed(40)
add("blind-dn/kotlin/api-key", "frontdesk-app/app/src/main/java/com/snowridge/frontdesk/ApiConfig.kt", r"""
package com.snowridge.frontdesk

object ApiConfig {
    const val BASE_URL = "https://lodging-api.snowridgemountain.com/v3/"
    const val API_KEY = "@@key@@"
    const val TIMEOUT_SECONDS = 20L

    val defaultHeaders = mapOf(
        "X-Api-Key" to API_KEY,
        "Accept" to "application/json",
    )
}
""", key, "Kotlin object constants; API key request header", key=key)

add("blind-dn/kotlin/decoy-buildconfig", "frontdesk-app/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    kotlin("android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "com.snowridge.frontdesk"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.snowridge.frontdesk"
        minSdk = 26
        // injected from local.properties or CI env; never committed
        buildConfigField("String", "LODGING_API_KEY", "\"${localProps.getProperty("lodgingApiKey") ?: System.getenv("LODGING_API_KEY") ?: ""}\"")
    }
    buildFeatures { buildConfig = true }
}
""", None, "Android Gradle buildConfigField from local.properties")

admin = hexs(32)
add("blind-dn/swift/algolia-admin-key", "PassApp/PassApp/Services/LodgingSearch.swift", r"""
import AlgoliaSearchClient
import Foundation

enum LodgingSearch {
    static let appID = ApplicationID(rawValue: "@@app@@")
    // TODO: swap for the search-only key before App Store submission
    static let apiKey = APIKey(rawValue: "@@admin@@")

    static let client = SearchClient(appID: appID, apiKey: apiKey)
    static let index = client.index(withName: "lodging_units_prod")

    static func search(_ text: String, completion: @escaping ([Hit<JSON>]) -> Void) {
        index.search(query: Query(text)) { result in
            if case .success(let response) = result { completion(response.hits) }
        }
    }
}
""", admin, "Algolia API keys: Admin API key must stay server-side", admin=admin, app=draw(10, string.ascii_uppercase + string.digits))

add("blind-dn/javascript/decoy-public-key", "lodging/booking-widget/src/search.js", r"""
import algoliasearch from "algoliasearch/lite";
import instantsearch from "instantsearch.js";

// Search-only API key: Algolia documents it as safe to use in front-end code.
const searchClient = algoliasearch("@@app@@", "@@key@@");

export const search = instantsearch({
  indexName: "lodging_units_prod",
  searchClient,
  routing: true,
});

search.addWidgets([
  instantsearch.widgets.searchBox({ container: "#unit-search", placeholder: "Slopeside, hot tub, sleeps 6..." }),
  instantsearch.widgets.hits({ container: "#unit-hits" }),
]);
search.start();
""", None, "Algolia docs: search-only API key for front-end use", app=draw(10, string.ascii_uppercase + string.digits), key=hexs(32))

# ---------------------------------------------------------------- waiver e-signature

key = hexs(32)
add("blind-dn/python/smartwaiver", "waivers/sync/smartwaiver_sync.py", r"""
'''Copy signed Smartwaiver waivers for lessons and tubing into the guest profile DB.'''
import datetime as dt

import requests

SW_API = "https://api.smartwaiver.com/v4"
SW_KEY = "@@key@@"
TEMPLATES = {"ski-school": "5f1e8c2a9b0d4", "tubing-hill": "5f1e8c2a9b0e7"}


def waivers_since(hours: int = 1):
    since = (dt.datetime.utcnow() - dt.timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%S")
    r = requests.get(f"{SW_API}/waivers", headers={"sw-api-key": SW_KEY},
                     params={"fromDts": since, "limit": 100}, timeout=30)
    r.raise_for_status()
    return r.json()["waivers"]


for w in waivers_since():
    print(w["waiverId"], w["templateId"], w["lastName"])
""", key, "Smartwaiver API v4: sw-api-key header", key=key)

rsa = pem()
add("blind-dn/pem/docusign-private-key", "waivers/docusign/keys/jwt-private.pem", rsa + "\n", rsa,
    "DocuSign JWT grant: RSA keypair private key (PEM, PKCS#1)")

rsa = pem("PRIVATE KEY", head="MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", total=1620)
rsa_json = rsa.replace("\n", "\\n")
add("blind-dn/json/docusign-jwt-config", "waivers/docusign/jwt-config.json", r"""
{
  "dsJWTClientId": "@@ik@@",
  "impersonatedUserGuid": "@@user@@",
  "dsOauthServer": "https://account.docusign.com",
  "accountId": "@@acct@@",
  "basePath": "https://na3.docusign.net/restapi",
  "privateKey": "@@key@@",
  "templates": {
    "rental_waiver": "@@t1@@",
    "bike_park_waiver": "@@t2@@"
  }
}
""", rsa_json, "DocuSign JWT grant configuration (integration key, impersonated user, RSA private key)",
    ik=uuid4(), user=uuid4(), acct=uuid4(), key=rsa_json, t1=uuid4(), t2=uuid4())

ik = "3AAABLblqZh" + draw(80, ALNUM + "-_")
add("blind-dn/dotenv/adobe-sign", "waivers/acrobat-sign/.env.production", r"""
# Acrobat Sign: group waivers for school groups and race teams
ACROBAT_SIGN_API_BASE=https://api.na2.adobesign.com/api/rest/v6
ACROBAT_SIGN_INTEGRATION_KEY=@@ik@@
ACROBAT_SIGN_SENDER=waivers@snowridgemountain.com
GROUP_WAIVER_LIBRARY_DOC_ID=CBJCHBCAABAA@@doc@@
WEBHOOK_URL=https://waivers.snowridgemountain.com/hooks/acrobat-sign
""", ik, "Adobe Acrobat Sign integration keys (Bearer access tokens)", ik=ik, doc=draw(32, ALNUM + "-_"))

png = base64.b64encode(bytes([137, 80, 78, 71, 13, 10, 26, 10]) + bytes(_rng().getrandbits(8) for _ in range(90))).decode()
add("blind-dn/json/decoy-base64-image", "waivers/templates/tubing-hill.waiver.json", r"""
{
  "templateId": "5f1e8c2a9b0e7",
  "title": "Tubing Hill Release of Liability",
  "version": 7,
  "languages": ["en", "es"],
  "minorAgeLimit": 18,
  "fields": [
    { "id": "participant_name", "type": "text", "required": true },
    { "id": "dob", "type": "date", "required": true },
    { "id": "guardian_signature", "type": "signature", "requiredIfMinor": true }
  ],
  "logo": {
    "mimeType": "image/png",
    "data": "@@png@@"
  },
  "documentHash": "sha256:@@sha@@"
}
""", None, "waiver template JSON with an inline base64 PNG logo and document hash", png=png, sha=hexs(64))

add("blind-dn/json/decoy-signature", "waivers/sync/tests/fixtures/webhook_waiver_signed.json", r"""
{
  "_comment": "Recorded test fixture; signature computed with the fixture key 'test-webhook-key'",
  "headers": {
    "Content-Type": "application/json",
    "sw-signature": "@@sig@@",
    "sw-webhook-id": "@@wid@@"
  },
  "body": {
    "unique_id": "@@uid@@",
    "event": "new-waiver",
    "templateId": "5f1e8c2a9b0d4",
    "credential": "none"
  }
}
""", None, "Smartwaiver webhooks: HMAC signature header in a test fixture", sig=hexs(64), wid=uuid4(), uid=draw(13, string.ascii_lowercase + string.digits))

user, pw = "kiosk-base-01", gen_pw(20)
add("blind-dn/javascript/basic-auth-header", "kiosk/electron/main.js", r"""
const { app, BrowserWindow, session } = require("electron");

const WAIVER_URL = "https://waivers.snowridgemountain.com/kiosk/start";
const KIOSK_AUTH = "Basic @@enc@@";

function createWindow() {
  const win = new BrowserWindow({ kiosk: true, autoHideMenuBar: true });
  session.defaultSession.webRequest.onBeforeSendHeaders(
    { urls: ["https://waivers.snowridgemountain.com/*"] },
    (details, cb) => {
      details.requestHeaders["Authorization"] = KIOSK_AUTH;
      cb({ requestHeaders: details.requestHeaders });
    }
  );
  win.loadURL(WAIVER_URL);
}

app.whenReady().then(createWindow);
app.on("window-all-closed", () => app.quit());
""", pw, "RFC 7617 HTTP Basic authentication header in an Electron kiosk", enc=b64(f"{user}:{pw}"))

# ---------------------------------------------------------------- guest Wi-Fi and captive portals

psk, rs = human_pw(), gen_pw(24)
add("blind-dn/hostapd-conf/wpa-passphrase", "wifi/staff-ap/hostapd.conf", r"""
# Staff SSID on the patrol huts' Pi access points (guest SSID is open + captive portal)
interface=wlan0
driver=nl80211
ssid=SNWR-STAFF
country_code=US
hw_mode=g
channel=6
ieee80211n=1
wmm_enabled=1
auth_algs=1
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=@@psk@@
ignore_broadcast_ssid=0
""", psk, "hostapd.conf reference: wpa_passphrase", psk=psk)

sec = gen_pw(24)
add("blind-dn/freeradius/shared-secret", "radius/clients.conf", r"""
# FreeRADIUS clients for the guest Wi-Fi controllers
client unifi-base {
	ipaddr = 10.20.0.10
	secret = @@sec@@
	shortname = unifi-base
	nas_type = other
}

client unifi-summit {
	ipaddr = 10.20.8.10
	secret = ${base-secret}
	shortname = unifi-summit
}

client localhost {
	ipaddr = 127.0.0.1
	secret = testing123
	shortname = localhost
}
""", sec, "FreeRADIUS clients.conf: client { secret = ... }", sec=sec)

pw = human_pw()
add("blind-dn/python/unifi-controller", "wifi/scripts/unifi_voucher_export.py", r"""
'''Create day vouchers for the lodge guest Wi-Fi and write them to a CSV for the front desk.'''
import csv
import sys

import requests

CONTROLLER = "https://unifi.mtn.local:8443"
SITE = "lodge"
s = requests.Session()
s.verify = "/etc/ssl/mtn-ca.pem"
s.post(f"{CONTROLLER}/api/login", json={"username": "voucher-bot", "password": "@@pw@@"}).raise_for_status()

count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
r = s.post(f"{CONTROLLER}/api/s/{SITE}/cmd/hotspot",
           json={"cmd": "create-voucher", "n": count, "quota": 1, "expire": 1440, "note": "front desk"})
r.raise_for_status()
created = r.json()["data"][0]["create_time"]
vouchers = s.get(f"{CONTROLLER}/api/s/{SITE}/stat/voucher", params={"create_time": created}).json()["data"]
with open("vouchers.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["code", "minutes"])
    for v in vouchers:
        w.writerow([v["code"], v["duration"]])
""", pw, "UniFi Network controller API /api/login (username/password)", pw=pw)

key = hexs(40)
add("blind-dn/python/meraki-api-key", "wifi/meraki/splash_sync.py", r"""
'''Set the splash page URL on every guest SSID across the waterpark networks.'''
import meraki

API_KEY = "@@key@@"
ORG_ID = "549236"
SPLASH = "https://wifi.riptidecove.com/splash"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)
for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    if not net["name"].startswith("Riptide"):
        continue
    for ssid in dashboard.wireless.getNetworkWirelessSsids(net["id"]):
        if ssid["name"] == "Riptide-Guest":
            dashboard.wireless.updateNetworkWirelessSsidSplashSettings(
                net["id"], ssid["number"], splashUrl=SPLASH, useSplashUrl=True)
            print("updated", net["name"])
""", key, "Cisco Meraki Dashboard API key (40 hex), meraki Python library", key=key)

sec = mixed(44, ALNUM + "+/")
add("blind-dn/yaml/clearpass-client-secret", "wifi/clearpass/guest-api.yaml", r"""
# ClearPass Guest API client used by the lodge check-in app to sponsor guest accounts
clearpass:
  host: clearpass.mtn.local
  verify_tls: true
  oauth:
    grant_type: client_credentials
    client_id: lodge-checkin
    client_secret: "@@sec@@"
guest:
  role_id: 2
  expire_after_hours: 168
  sponsor_email: frontdesk@snowridgemountain.com
""", sec, "Aruba ClearPass API: OAuth2 client_credentials (client_id/client_secret)", sec=sec)

user, pw = "portal-proxy", gen_pw(20)
add("blind-dn/nginx/basic-auth-header", "captive-portal/nginx/portal.conf", r"""
server {
    listen 80 default_server;
    server_name _;

    # send every guest request to the splash page until the controller authorises the MAC
    location / {
        return 302 https://wifi.snowridgemountain.com/splash?orig=$scheme://$host$request_uri;
    }

    location /authorize {
        proxy_pass https://unifi.mtn.local:8443/api/s/lodge/cmd/stamgr;
        proxy_set_header Authorization "Basic @@enc@@";
        proxy_set_header Content-Type application/json;
        proxy_ssl_verify off;
    }
}
""", pw, "nginx proxy_set_header; RFC 7617 Basic credentials", enc=b64(f"{user}:{pw}"))

add("blind-dn/nginx/decoy-file-ref", "captive-portal/nginx/admin.conf", r"""
server {
    listen 443 ssl;
    server_name wifi-admin.snowridgemountain.com;

    ssl_certificate     /etc/letsencrypt/live/wifi-admin.snowridgemountain.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/wifi-admin.snowridgemountain.com/privkey.pem;

    auth_basic           "Portal admin";
    auth_basic_user_file /etc/nginx/.htpasswd;

    location / {
        proxy_pass http://127.0.0.1:5000;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
}
""", None, "nginx ngx_http_auth_basic_module; ssl_certificate_key file path")

hts = "\n".join(f"{u}:{bcrypt_hash().replace('$2b$12$', '$2y$10$')}" for u in ["ops", "frontdesk", "marketing", "netops", "auditor"])
add("blind-dn/htpasswd/decoy-hash", "captive-portal/nginx/.htpasswd", hts + "\n", None,
    "Apache htpasswd bcrypt ($2y$) entries")

sec = mixed(32)
add("blind-dn/php/purple-api-secret", "captive-portal/portal/config.php", r"""
<?php
// Splash page settings for the guest Wi-Fi (Purple analytics + marketing opt-in)
define('PORTAL_TITLE', 'Snowridge Guest Wi-Fi');
define('SESSION_MINUTES', 240);
define('PURPLE_API_BASE', 'https://region1.purpleportal.net/api/company/v1');
define('PURPLE_PUBLIC_KEY', '@@pub@@');
define('PURPLE_PRIVATE_KEY', '@@sec@@');
define('MARKETING_OPT_IN_DEFAULT', false);
define('TERMS_VERSION', '2025-06');
""", sec, "Purple WiFi API: public and private key pair (HMAC-signed requests)", sec=sec, pub=hexs(32))

add("blind-dn/html/decoy-template", "captive-portal/portal/templates/splash.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{{ portal_title }}</title>
  <link rel="stylesheet" href="/static/splash.css?v=@@v@@">
  <style>:root { --brand: #0B3D91; --accent: #F2A900; }</style>
</head>
<body>
  <form method="post" action="/connect">
    <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
    <input type="hidden" name="ap_mac" value="{{ request.args.ap }}">
    <input type="hidden" name="terms_sha" value="@@sha@@">
    <label><input type="checkbox" name="opt_in"> Send me powder alerts</label>
    <button type="submit">Connect</button>
  </form>
</body>
</html>
""", None, "Jinja2 template placeholders, cache-busting hash, colour codes", v=hexs(8), sha=hexs(64))

pw = human_pw()
add("blind-dn/haproxy/stats-auth", "captive-portal/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
    maxconn 4000

defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s

frontend portal
    bind :443 ssl crt /etc/haproxy/certs/wifi.pem
    default_backend portal_app

backend portal_app
    balance roundrobin
    server p1 10.20.0.21:5000 check
    server p2 10.20.0.22:5000 check

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:@@pw@@
""", pw, "HAProxy configuration manual: stats auth <user>:<passwd>", pw=pw)

users = "\n".join(f"    user {u} password $6$rounds=5000${draw(16, ALNUM + './')}${draw(86, ALNUM + './')}" for u in ["ops", "netops", "audit"])
add("blind-dn/haproxy/decoy-hash", "captive-portal/haproxy/haproxy-admin.cfg", r"""
userlist portal_admins
@@users@@

frontend admin
    bind :9443 ssl crt /etc/haproxy/certs/wifi.pem
    http-request auth realm portal-admin unless { http_auth(portal_admins) }
    default_backend admin_app

backend admin_app
    server a1 10.20.0.21:5001 check
""", None, "HAProxy userlist with SHA-512 crypt password hashes", users=users)

ak, sk = aws_id(), aws_secret()
add("blind-dn/terraform/aws-secret-key", "infra/wifi/main.tf", r"""
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "@@ak@@"
  secret_key = "@@sk@@"
}

resource "aws_s3_bucket" "portal_logs" {
  bucket = "snowridge-guest-wifi-portal-logs"
}

resource "aws_s3_bucket_lifecycle_configuration" "portal_logs" {
  bucket = aws_s3_bucket.portal_logs.id
  rule {
    id     = "expire-90d"
    status = "Enabled"
    expiration { days = 90 }
  }
}
""", sk, "Terraform AWS provider: static credentials (access_key/secret_key)", ak=ak, sk=sk)

pw = gen_pw(26)
add("blind-dn/tfvars/db-password", "infra/portal/prod.tfvars", r"""
environment      = "prod"
region           = "us-west-2"
vpc_cidr         = "10.80.0.0/16"
db_instance_type = "db.t4g.medium"
db_username      = "portal"
db_password      = "@@pw@@"
portal_domain    = "wifi.snowridgemountain.com"
alarm_email      = "netops@snowridgemountain.com"
""", pw, "Terraform .tfvars variable definitions", pw=pw)

add("blind-dn/terraform/decoy-secret-store", "infra/portal/database.tf", r"""
variable "db_username" {
  type = string
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "portal/prod/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({ username = var.db_username, password = random_password.db.result })
}

resource "aws_db_instance" "portal" {
  identifier        = "portal-prod"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 20
  username          = var.db_username
  password          = random_password.db.result
}
""", None, "Terraform random_password and aws_secretsmanager_secret")

psk = human_pw()
add("blind-dn/wpa-supplicant/psk", "wifi/telemetry-bridges/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

# lift terminal telemetry bridges join the ops IoT SSID
network={
    ssid="MTN-OPS-IOT"
    psk="@@psk@@"
    key_mgmt=WPA-PSK
    priority=10
}
""", psk, "wpa_supplicant.conf(5): network block psk", psk=psk)

c1, c2 = cert(), cert()
add("blind-dn/pem/decoy-certificate", "captive-portal/certs/wifi-chain.crt", c1 + "\n" + c2 + "\n", None,
    "X.509 certificate chain in PEM (RFC 7468)")

# ---------------------------------------------------------------- marketing and loyalty

key = hexs(32) + "-us" + str(_rng().randint(2, 21))
add("blind-dn/python/mailchimp", "marketing/sync_passholders_mailchimp.py", r"""
'''Add new season-pass holders to the Mailchimp "Passholders 25/26" audience.'''
import hashlib

import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@key@@", "server": "@@dc@@"})
LIST_ID = "@@list@@"


def upsert(email: str, first: str, pass_type: str) -> None:
    h = hashlib.md5(email.lower().encode()).hexdigest()
    client.lists.set_list_member(LIST_ID, h, {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": first, "PASSTYPE": pass_type},
    })
""", key, "Mailchimp Marketing API: API key with data-center suffix (-usN)", key=key, dc=key.split("-")[1], list=hexs(10))

key = "pk_" + hexs(34)
add("blind-dn/dotenv/klaviyo", ".env.marketing", r"""
# marketing-sync worker
KLAVIYO_PRIVATE_API_KEY=@@key@@
KLAVIYO_PUBLIC_SITE_ID=@@site@@
KLAVIYO_PASSHOLDER_LIST=@@list@@
POWDER_ALERT_THRESHOLD_IN=6
SEND_WINDOW_START=05:30
SEND_WINDOW_END=07:30
""", key, "Klaviyo API: private API keys (pk_) vs public site id", key=key, site=draw(6, ALNUM), list=draw(6, ALNUM))

add("blind-dn/html/decoy-public-id", "marketing/site/partials/tracking.html", r"""
<!-- Klaviyo onsite (public company id), Meta Pixel and GA4: all public identifiers -->
<script async src="https://static.klaviyo.com/onsite/js/klaviyo.js?company_id=@@site@@"></script>
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;
  n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;
  t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,
  document,'script','https://connect.facebook.net/en_US/fbevents.js');
  fbq('init', '@@pixel@@');
  fbq('track', 'PageView');
</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
""", None, "Klaviyo onsite company_id, Meta Pixel id, GA4 measurement id (public)",
    site=draw(6, ALNUM), pixel=draw(15, string.digits), ga=draw(10, string.ascii_uppercase + string.digits))

tok = "pat-na1-" + uuid4()
add("blind-dn/github-actions/hubspot", ".github/workflows/crm-sync.yml", r"""
name: crm-sync
on:
  schedule:
    - cron: "0 9 * * *"
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      HUBSPOT_TOKEN: @@tok@@
      PASSHOLDER_PIPELINE: "season-pass-renewals"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r marketing/requirements.txt
      - run: python marketing/hubspot_renewals.py --since yesterday
""", tok, "HubSpot private app access tokens (pat-na1-...); GitHub Actions env", tok=tok)

add("blind-dn/github-actions/decoy-ci-secret-ref", ".github/workflows/deploy-portal.yml", r"""
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
          role-to-assume: arn:aws:iam::381204455612:role/gha-portal-deploy
          aws-region: us-west-2
      - run: npm ci && npm run build
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          HUBSPOT_TOKEN: ${{ secrets.HUBSPOT_TOKEN }}
      - run: aws s3 sync out/ s3://snowridge-portal-prod --delete
""", None, "GitHub Actions: secrets context and OIDC role assumption")

key = "SG." + draw(22, ALNUM + "-_") + "." + draw(43, ALNUM + "-_")
add("blind-dn/javascript/sendgrid", "marketing/emails/send_powder_alert.js", r"""
// Sends the 6 a.m. powder alert to opted-in passholders.
const sgMail = require("@sendgrid/mail");
sgMail.setApiKey("@@key@@");

async function sendPowderAlert(recipients, inches) {
  const msg = {
    from: { email: "alerts@snowridgemountain.com", name: "Snowridge Mountain" },
    templateId: "d-@@tpl@@",
    personalizations: recipients.map((r) => ({
      to: [{ email: r.email }],
      dynamicTemplateData: { first_name: r.firstName, inches },
    })),
  };
  await sgMail.sendMultiple(msg);
}

module.exports = { sendPowderAlert };
""", key, "SendGrid API keys (SG.<id>.<secret>); @sendgrid/mail setApiKey", key=key, tpl=hexs(32))

sid, tok = "AC" + hexs(32), hexs(32)
add("blind-dn/typescript/twilio", "marketing/sms/src/client.ts", r"""
import twilio from "twilio";

const accountSid = "@@sid@@";
const authToken = "@@tok@@";
export const client = twilio(accountSid, authToken);

export async function sendLiftOpening(to: string, lift: string) {
  return client.messages.create({
    messagingServiceSid: "MG@@mg@@",
    to,
    body: `${lift} is spinning! Reply STOP to opt out.`,
  });
}
""", tok, "Twilio Node helper library: twilio(accountSid, authToken)", sid=sid, tok=tok, mg=hexs(32))

key = uuid4()
add("blind-dn/python/braze-rest-key", "loyalty/braze_export.py", r"""
'''Push loyalty tier changes to Braze user attributes.'''
import requests

BRAZE_REST = "https://rest.iad-05.braze.com"
BRAZE_KEY = "@@key@@"


def update_tiers(changes):
    attributes = [{"external_id": c["guest_id"], "loyalty_tier": c["tier"], "loyalty_points": c["points"]}
                  for c in changes]
    for i in range(0, len(attributes), 75):
        r = requests.post(f"{BRAZE_REST}/users/track",
                          json={"attributes": attributes[i:i + 75]},
                          headers={"Authorization": f"Bearer {BRAZE_KEY}"}, timeout=30)
        r.raise_for_status()
""", key, "Braze REST API keys (UUID-shaped, Bearer authorization)", key=key)

add("blind-dn/yaml/decoy-ids", "loyalty/tiers.yaml", r"""
# Peak Rewards tiers. Ids are Braze campaign / segment ids (not secrets).
tiers:
  - name: Base
    min_points: 0
    colour: "#7A8B99"
    braze_segment: @@s1@@
  - name: Summit
    min_points: 2500
    colour: "#1F6FB2"
    braze_segment: @@s2@@
    perks: [early-lift-access, 10pct-rentals]
  - name: First Chair
    min_points: 10000
    colour: "#F2A900"
    braze_segment: @@s3@@
    perks: [first-chair, free-parking, 20pct-rentals]
welcome_campaign: @@c1@@
promo_codes:
  spring_rally: SPRINGRALLY25
  bring_a_friend: BUDDYDAY
""", None, "loyalty tier config: segment/campaign UUIDs, colour codes, public promo codes",
    s1=uuid4(), s2=uuid4(), s3=uuid4(), c1=uuid4())

sec = mixed(24)
add("blind-dn/json/sfmc-client-secret", "marketing/sfmc/config.json", r"""
{
  "subdomain": "mc@@sub@@",
  "authBaseUri": "https://mc@@sub@@.auth.marketingcloudapis.com/",
  "restBaseUri": "https://mc@@sub@@.rest.marketingcloudapis.com/",
  "clientId": "@@cid@@",
  "clientSecret": "@@sec@@",
  "accountId": "514009871",
  "dataExtensions": {
    "passholders": "DE_Passholders_2526",
    "lodgingGuests": "DE_Lodging_Guests"
  }
}
""", sec, "Salesforce Marketing Cloud installed package: server-to-server clientId/clientSecret", sec=sec,
    sub=draw(28, string.ascii_lowercase + string.digits), cid=draw(24, string.ascii_lowercase + string.digits))

tok = "EAA" + draw(180)
add("blind-dn/php/meta-capi", "marketing/capi/send_events.php", r"""
<?php
// Server-side purchase events for lift tickets (Meta Conversions API)
require __DIR__ . '/vendor/autoload.php';

use FacebookAds\Api;
use FacebookAds\Object\ServerSide\Event;
use FacebookAds\Object\ServerSide\EventRequest;
use FacebookAds\Object\ServerSide\UserData;

$access_token = '@@tok@@';
$pixel_id = '@@pixel@@';
Api::init(null, null, $access_token);

function send_purchase($order) {
    global $pixel_id;
    $user = (new UserData())->setEmails([hash('sha256', strtolower($order['email']))]);
    $event = (new Event())->setEventName('Purchase')->setEventTime(time())->setUserData($user);
    return (new EventRequest($pixel_id))->setEvents([$event])->execute();
}
""", tok, "Meta Conversions API: system user access token (EAA...)", tok=tok, pixel=draw(15, string.digits))

rt = "1//0" + draw(100, ALNUM + "-_")
add("blind-dn/yaml/google-ads-refresh-token", "marketing/google-ads.yaml", r"""
# google-ads Python client configuration (ski & stay campaigns)
developer_token: @@dev@@
use_proto_plus: True
client_id: @@cid@@.apps.googleusercontent.com
client_secret: GOCSPX-@@cs@@
refresh_token: @@rt@@
login_customer_id: 4417203388
""", rt, "google-ads-python configuration file (google-ads.yaml): OAuth2 refresh_token",
    dev=draw(22, ALNUM + "-_"), cid=draw(12, string.digits) + "-" + draw(32, string.ascii_lowercase + string.digits),
    cs=draw(28, ALNUM + "-_"), rt=rt)

add("blind-dn/yaml/decoy-placeholder", "marketing/google-ads.example.yaml", r"""
# Copy to google-ads.yaml (git-ignored) and replace the INSERT_ values.
developer_token: INSERT_DEVELOPER_TOKEN_HERE
use_proto_plus: True
client_id: INSERT_OAUTH2_CLIENT_ID_HERE
client_secret: INSERT_OAUTH2_CLIENT_SECRET_HERE
refresh_token: INSERT_REFRESH_TOKEN_HERE
login_customer_id: INSERT_LOGIN_CUSTOMER_ID_HERE
""", None, "google-ads-python sample google-ads.yaml with INSERT_..._HERE placeholders")

wh = "https://hooks.slack.com/services/T" + draw(8, string.ascii_uppercase + string.digits) + "/B" + draw(10, string.ascii_uppercase + string.digits) + "/" + draw(24)
add("blind-dn/python/slack-webhook", "ops/alerts/snowmaking_alerts.py", r"""
'''Post snowmaking alarms (low pond, compressor trip) to #snowmaking-ops.'''
import json
import urllib.request

WEBHOOK = "@@wh@@"


def post(text: str) -> None:
    req = urllib.request.Request(WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def on_alarm(alarm: dict) -> None:
    if alarm["severity"] >= 2:
        post(f":rotating_light: {alarm['source']}: {alarm['message']} ({alarm['value']})")
""", wh, "Slack incoming webhooks (hooks.slack.com/services/T.../B.../...)", wh=wh)

dw = f"https://discord.com/api/webhooks/{draw(19, string.digits)}/" + draw(68, ALNUM + "-_")
add("blind-dn/json/discord-webhook", "lifts/status-bot/config.json", r"""
{
  "pollSeconds": 60,
  "statusApi": "https://status-api.snowridgemountain.com/v1/lifts",
  "announce": {
    "discordWebhook": "@@dw@@",
    "mentionRole": "<@&1183337744556677889>",
    "onlyStates": ["open", "hold"]
  },
  "lifts": ["summit-express", "eagle-quad", "gondola", "riptide-tube-tower"]
}
""", dw, "Discord webhooks (discord.com/api/webhooks/<id>/<token>)", dw=dw)

teams = (f"https://snowridgemountain.webhook.office.com/webhookb2/{uuid4()}@{uuid4()}/IncomingWebhook/"
         f"{hexs(32)}/{uuid4()}/V2{draw(40, ALNUM + '-_')}")
add("blind-dn/powershell/teams-webhook", "ops/alerts/Send-LiftAlert.ps1", r"""
param(
    [Parameter(Mandatory)] [string]$Lift,
    [Parameter(Mandatory)] [string]$Message
)

$Webhook = "@@teams@@"

$card = @{
    "@type"    = "MessageCard"
    "@context" = "https://schema.org/extensions"
    summary    = "Lift alert: $Lift"
    themeColor = "D70000"
    title      = "Lift alert: $Lift"
    text       = $Message
} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $Webhook -Body $card -ContentType "application/json"
""", teams, "Microsoft Teams incoming webhook URL (webhook.office.com/webhookb2/...)", teams=teams)

key = hexs(32)
add("blind-dn/alertmanager/pagerduty", "telemetry/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: snowmaking-oncall
  group_by: [alertname, site]
  routes:
    - matchers: [ 'team="lifts"' ]
      receiver: lift-maintenance

receivers:
  - name: snowmaking-oncall
    pagerduty_configs:
      - routing_key: @@key@@
        severity: '{{ .CommonLabels.severity }}'
  - name: lift-maintenance
    email_configs:
      - to: lift-maintenance@snowridgemountain.com
""", key, "Alertmanager pagerduty_config routing_key (Events API v2 integration key)", key=key)

key = hexs(32)
add("blind-dn/datadog-yaml/api-key", "ops/datadog/datadog.yaml", r"""
## Datadog Agent on the lodging app servers
api_key: @@key@@
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:prod
  - team:lodging
logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: false
""", key, "Datadog Agent datadog.yaml: api_key", key=key)

add("blind-dn/datadog-yaml/decoy-secret-store", "ops/datadog/datadog.pos.yaml", r"""
## Datadog Agent on the POS back-office servers
api_key: "ENC[dd_api_key]"
site: datadoghq.com
secret_backend_command: /opt/datadog-agent/bin/secret-helper
secret_backend_arguments:
  - --vault-path
  - kv/datadog
tags:
  - env:prod
  - team:pos
logs_enabled: false
""", None, "Datadog Agent secrets management: ENC[] handles with secret_backend_command")

# ---------------------------------------------------------------- CI, cloud, deployment, ops tooling

tok = "glpat-" + draw(20, ALNUM + "-_")
add("blind-dn/gitlab-ci/gitlab-token", ".gitlab-ci.yml", r"""
stages: [build, test, release]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"

build:
  stage: build
  image: python:3.12-slim
  script:
    - pip install build
    - python -m build
  artifacts:
    paths: [dist/]

release-trailmap:
  stage: release
  image: curlimages/curl:8.8.0
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - >
      curl --fail --header "PRIVATE-TOKEN: @@tok@@"
      --upload-file dist/trailmap-${CI_COMMIT_TAG}.tar.gz
      "https://gitlab.snowridgemountain.com/api/v4/projects/118/packages/generic/trailmap/${CI_COMMIT_TAG}/trailmap.tar.gz"
""", tok, "GitLab personal access tokens (glpat-); PRIVATE-TOKEN header", tok=tok)

add("blind-dn/gitlab-ci/decoy-ci-variable", "lodging/.gitlab-ci.yml", r"""
stages: [test, deploy]

test:
  stage: test
  image: ruby:3.3
  services: [postgres:16]
  variables:
    POSTGRES_DB: booking_test
    POSTGRES_USER: runner
    POSTGRES_PASSWORD: $CI_TEST_DB_PASSWORD
  script:
    - bundle install
    - bin/rails db:setup test

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache openssh-client
    - eval $(ssh-agent -s) && echo "$DEPLOY_SSH_KEY" | tr -d '\r' | ssh-add -
    - ssh deploy@booking-01.internal "cd /srv/booking && ./deploy.sh $CI_COMMIT_SHA"
  environment: production
  only: [main]
""", None, "GitLab CI/CD variables ($CI_..., masked project variables)")

pw = human_pw()
add("blind-dn/jenkinsfile/registry-password", "Jenkinsfile", r"""
pipeline {
    agent { label 'docker' }
    environment {
        REGISTRY = 'registry.snowridgemountain.com'
        IMAGE = "${REGISTRY}/gates/gatebridge"
    }
    stages {
        stage('Build') {
            steps {
                sh 'docker build -t $IMAGE:$BUILD_NUMBER .'
            }
        }
        stage('Push') {
            steps {
                sh "docker login -u jenkins-push -p '@@pw@@' ${REGISTRY}"
                sh 'docker push $IMAGE:$BUILD_NUMBER'
            }
        }
    }
    post {
        always { sh 'docker logout ${REGISTRY} || true' }
    }
}
""", pw, "Jenkins declarative pipeline; docker login -u/-p", pw=pw)

add("blind-dn/jenkinsfile/decoy-credentials-binding", "lifts/Jenkinsfile", r"""
pipeline {
    agent any
    stages {
        stage('Deploy lift-status') {
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'registry-push', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS'),
                    string(credentialsId: 'status-api-ingest-token', variable: 'INGEST_TOKEN')
                ]) {
                    sh 'echo "$REG_PASS" | docker login -u "$REG_USER" --password-stdin registry.snowridgemountain.com'
                    sh 'docker push registry.snowridgemountain.com/lifts/status-push:$GIT_COMMIT'
                }
            }
        }
    }
}
""", None, "Jenkins Credentials Binding plugin (withCredentials)")

acct_key = rand_b64(64)
add("blind-dn/azure-pipelines/storage-account-key", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  AZURE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=snowridgetrailmaps;AccountKey=@@key@@;EndpointSuffix=core.windows.net'

steps:
  - task: NodeTool@0
    inputs:
      versionSpec: '20.x'
  - script: npm ci && npm run build:trailmap
    displayName: Build trail map tiles
  - script: az storage blob upload-batch -d '$web' -s dist/tiles --overwrite
    displayName: Publish tiles
    env:
      AZURE_STORAGE_CONNECTION_STRING: $(AZURE_STORAGE_CONNECTION_STRING)
""", acct_key, "Azure Storage connection string (AccountKey); Azure Pipelines variables", key=acct_key)

pw = human_pw()
add("blind-dn/ansible/winrm-password", "ansible/group_vars/pos_terminals.yml", r"""
---
# Windows POS terminals in the rental shops and cafeterias
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
ansible_user: MTN\svc_ansible
ansible_password: "@@pw@@"

pos_client_version: "11.4.2"
pos_receipt_printer_model: TM-T88VI
pos_timezone: "Mountain Standard Time"
""", pw, "Ansible windows guide: ansible_user / ansible_password for WinRM", pw=pw)

vault_lines = "\n".join(hexs(80) for _ in range(8))
add("blind-dn/ansible/decoy-vault-encrypted", "ansible/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + vault_lines + "\n",
    None, "Ansible Vault encrypted file format ($ANSIBLE_VAULT;1.1;AES256)")

tok = mixed(64, ALNUM + "-_.")
add("blind-dn/kubeconfig/static-token", "deploy/kubeconfig-lodging.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: lodging-prod
    cluster:
      server: https://k8s-lodging.snowridgemountain.com:6443
      certificate-authority-data: @@ca@@
contexts:
  - name: lodging-prod-ci
    context:
      cluster: lodging-prod
      user: ci-deployer
      namespace: lodging
current-context: lodging-prod-ci
users:
  - name: ci-deployer
    user:
      token: @@tok@@
""", tok, "kubeconfig user token (kubectl config docs)", tok=tok, ca=b64(cert()[:300]))

ak, sk = aws_id(), aws_secret()
add("blind-dn/aws-credentials/secret-access-key", "ops/.aws/credentials", r"""
[default]
region = us-west-2

[pass-photos]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@sk@@

[trailmap-publish]
role_arn = arn:aws:iam::381204455612:role/trailmap-publish
source_profile = pass-photos
""", sk, "AWS CLI shared credentials file", ak=ak, sk=sk)

add("blind-dn/aws-config/decoy-config", "ops/.aws/config", r"""
[default]
region = us-west-2
output = json

[profile ops-admin]
sso_session = snowridge
sso_account_id = 381204455612
sso_role_name = OpsAdmin

[sso-session snowridge]
sso_start_url = https://snowridge.awsapps.com/start
sso_region = us-west-2
sso_registration_scopes = sso:account:access
""", None, "AWS CLI config file with IAM Identity Center (SSO) profiles")

pw = human_pw()
add("blind-dn/netrc/password", "ops/backup/.netrc", r"""
machine ftp.snowsafety.snowridgemountain.com
  login forecast-upload
  password @@pw@@

machine nexus.mtn.local
  login ci-read
  password ${NEXUS_PASSWORD}
""", pw, "netrc(5) machine/login/password", pw=pw)

pw = gen_pw(22)
add("blind-dn/pgpass/password", "ops/historian/.pgpass", r"""
# hostname:port:database:username:password
historian.mtn.local:5432:historian:historian_writer:@@pw@@
historian.mtn.local:5432:historian:grafana_reader:*
localhost:5432:*:postgres:*
snowsafety-db.mtn.local:5432:snowsafety:analyst:*
""", pw, "PostgreSQL libpq password file (.pgpass), 34.16", pw=pw)

user, pw = "robot$cashless-ci", gen_pw(32)
add("blind-dn/docker-config/registry-auth", "ci/docker/config.json", r"""
{
  "auths": {
    "registry.snowridgemountain.com": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", pw, "Docker config.json auths (base64 of user:password)", auth=b64(f"{user}:{pw}"))

ak, sk = aws_id(), aws_secret()
add("blind-dn/rclone-conf/s3-secret", "ops/rclone/rclone.conf", r"""
[lift-cams]
type = s3
provider = AWS
env_auth = false
access_key_id = @@ak@@
secret_access_key = @@sk@@
region = us-west-2
acl = private

[fs01]
type = smb
host = mtn-fs01.mtn.local
user = rclone
pass = *** ENCRYPTED ***
""", sk, "rclone S3 backend config (access_key_id / secret_access_key)", ak=ak, sk=sk)

key = openssh_key()
add("blind-dn/openssh-key/deploy-key", "deploy/keys/lodging_deploy_ed25519", key + "\n", key,
    "OpenSSH private key format (PROTOCOL.key), ed25519")

keys = "\n".join(ssh_pub(c) for c in ["ops@snowridge-laptop-12", "lodging-deploy", "patrol-office-pc",
                                        "gatebridge-ci", "netops@jumphost"])
add("blind-dn/authorized-keys/decoy-public-key", "deploy/keys/authorized_keys", keys + "\n", None,
    "sshd(8) AUTHORIZED_KEYS file format (public keys)")

pk = pem("PRIVATE KEY", head="MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", total=1624)
pk_json = pk.replace("\n", "\\n")
add("blind-dn/json/gcp-service-account", "marketing/bigquery/sa-loyalty-export.json", r"""
{
  "type": "service_account",
  "project_id": "snowridge-marketing",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@\n",
  "client_email": "loyalty-export@snowridge-marketing.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/loyalty-export%40snowridge-marketing.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", pk_json, "Google Cloud service account key file (JSON)", kid=hexs(40), pk=pk_json, cid=draw(21, string.digits))

add("blind-dn/javascript/decoy-public-dsn", "passport-web/sentry.client.config.js", r"""
import * as Sentry from "@sentry/nextjs";

// The DSN only identifies where to send events; Sentry documents it as safe to expose.
Sentry.init({
  dsn: "https://@@pub@@@o@@org@@.ingest.us.sentry.io/@@proj@@",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV || "development",
  release: "passport-web@@@rel@@",
});
""", None, "Sentry docs: DSN (public key) is safe to keep in client code",
    pub=hexs(32), org=draw(6, string.digits), proj=draw(16, string.digits), rel=hexs(12))

tok = "ghp_" + draw(36)
add("blind-dn/shell/github-pat-url", "scripts/publish_trail_map.sh", r"""
#!/usr/bin/env bash
# Publish the rendered trail map to the resort-site repo (GitHub Pages).
set -euo pipefail
WORK=$(mktemp -d)
git clone --depth 1 "https://x-access-token:@@tok@@@github.com/snowridge-mtn/resort-site.git" "$WORK"
cp build/trailmap/*.svg "$WORK/assets/trailmap/"
cd "$WORK"
git add assets/trailmap
git -c user.name="trailmap-bot" -c user.email="trailmap-bot@snowridgemountain.com" \
  commit -m "trail map $(date +%F)" || exit 0
git push origin main
""", tok, "GitHub personal access tokens (ghp_), HTTPS clone with token", tok=tok)

pw = gen_pw(20)
add("blind-dn/pip-conf/index-password", "ops/pip/pip.conf", r"""
[global]
index-url = https://ci-read:@@pw@@@nexus.mtn.local/repository/pypi-all/simple
trusted-host = nexus.mtn.local
timeout = 60

[install]
no-cache-dir = false
""", pw, "pip configuration file: index-url with credentials", pw=pw)

sec = rand_b64(48)
add("blind-dn/spring-yaml/jwt-secret", "passport-api/src/main/resources/application.yml", r"""
server:
  port: 8080
spring:
  application:
    name: passport-api
  datasource:
    url: jdbc:postgresql://passport-db.internal:5432/passport
    username: passport_api
    password: ${PASSPORT_DB_PASSWORD}
app:
  jwt:
    issuer: https://passes.snowridgemountain.com
    secret: @@sec@@
    access-token-ttl: PT15M
  passes:
    photo-required: true
    blackout-dates: [2025-12-26, 2025-12-27, 2026-02-14]
""", sec, "Spring Boot application.yml; HS256 signing secret", sec=sec)

add("blind-dn/spring-yaml/decoy-placeholder", "passport-api/src/main/resources/application-staging.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://passport-db.staging.internal:5432/passport
    username: ${PASSPORT_DB_USER:passport_api}
    password: ${PASSPORT_DB_PASSWORD}
app:
  jwt:
    issuer: https://passes-staging.snowridgemountain.com
    secret: ${JWT_SECRET}
  inntopia:
    sales-id: ${INNTOPIA_SALES_ID}
    password: ${INNTOPIA_SALES_PASSWORD}
""", None, "Spring Boot externalized configuration: ${ENV_VAR} placeholders")

pw = gen_pw(28)
add("blind-dn/k8s-secret/redis-url", "deploy/k8s/passport/redis-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: passport-redis
  namespace: passport
type: Opaque
stringData:
  REDIS_URL: "rediss://default:@@pw@@@master.passport-cache.4fj2pa.usw2.cache.amazonaws.com:6379/0"
  REDIS_TLS: "true"
""", pw, "Kubernetes Secret stringData; Redis URI with AUTH password", pw=pw)

pw = gen_pw(24)
add("blind-dn/json/mongodb-uri", "wristband-ledger/config/production.json", r"""
{
  "port": 7100,
  "mongo": {
    "uri": "mongodb+srv://ledger_app:@@pw@@@riptide-ledger.x7k2p.mongodb.net/ledger?retryWrites=true&w=majority",
    "poolSize": 20
  },
  "ledger": {
    "site": "riptide-cove",
    "maxBalanceCents": 50000,
    "reconcileCron": "15 2 * * *"
  }
}
""", pw, "MongoDB connection string (mongodb+srv://user:password@...)", pw=pw)

add("blind-dn/json/decoy-object-ids", "wristband-ledger/test/fixtures/balances.json", r"""
{
  "_note": "unit-test fixtures; connects to mongodb://localhost:27017/ledger_test (no auth)",
  "balances": [
    { "_id": { "$oid": "@@o1@@" }, "uid": "@@u1@@", "cents": 2500, "updatedAt": "2025-07-12T14:02:11Z" },
    { "_id": { "$oid": "@@o2@@" }, "uid": "@@u2@@", "cents": 0, "updatedAt": "2025-07-12T14:03:48Z" },
    { "_id": { "$oid": "@@o3@@" }, "uid": "@@u3@@", "cents": 17350, "updatedAt": "2025-07-12T14:05:02Z" }
  ],
  "txnIds": ["tx_@@t1@@", "tx_@@t2@@"]
}
""", None, "MongoDB Extended JSON ObjectId; wristband UIDs in a test fixture",
    o1=hexs(24), o2=hexs(24), o3=hexs(24), u1=hexs(14, True), u2=hexs(14, True), u3=hexs(14, True),
    t1=draw(14, string.ascii_lowercase + string.digits), t2=draw(14, string.ascii_lowercase + string.digits))

tok = "00" + draw(40, ALNUM + "-_")
add("blind-dn/dotenv/okta-api-token", "passport-api/.env.okta", r"""
# Okta org used for staff SSO on the pass-office tools
OKTA_ORG_URL=https://snowridge.okta.com
OKTA_API_TOKEN=@@tok@@
OKTA_STAFF_GROUP_ID=00g@@gid@@
OKTA_PASS_OFFICE_APP_ID=0oa@@app@@
""", tok, "Okta API tokens (SSWS authorization scheme)", tok=tok, gid=draw(17, ALNUM), app=draw(17, ALNUM))

sec = draw(64, ALNUM + "-_")
add("blind-dn/typescript/auth0-client-secret", "passport-web/src/server/auth0.ts", r"""
import { initAuth0 } from "@auth0/nextjs-auth0";

export default initAuth0({
  baseURL: "https://passes.snowridgemountain.com",
  issuerBaseURL: "https://login.snowridgemountain.com",
  clientID: "@@cid@@",
  clientSecret: "@@sec@@",
  secret: process.env.AUTH0_SESSION_SECRET!,
  routes: { callback: "/api/auth/callback", postLogoutRedirect: "/" },
  session: { rollingDuration: 60 * 60 * 8 },
});
""", sec, "Auth0 Next.js SDK: clientID / clientSecret (regular web application)", sec=sec, cid=draw(32, ALNUM))

add("blind-dn/typescript/decoy-public-client", "passport-app/src/auth/config.ts", r"""
// Auth0 SPA settings for the mobile pass app. Native/SPA apps have no client secret;
// the client id and domain are public and appear in the login URL.
export const auth0Config = {
  domain: "login.snowridgemountain.com",
  clientId: "@@cid@@",
  audience: "https://passport-api.snowridgemountain.com",
  scope: "openid profile email offline_access",
  redirectUri: "com.snowridge.passapp://callback",
};
""", None, "Auth0 docs: SPA/native apps use PKCE with public client ids", cid=draw(32, ALNUM))

tok = jwt({"sub": "svc-gate-sim", "iss": "https://passes.snowridgemountain.com", "scope": "validate:write",
           "iat": 1733011200, "exp": 1764547200})
add("blind-dn/http/bearer-jwt", "gates/validation-api.http", r"""
### Validate a scan at a lane (production)
POST https://validate.snowridgemountain.com/v1/scans
Authorization: Bearer @@tok@@
Content-Type: application/json

{
  "lane": "SUMMIT-1",
  "media_uid": "04A1B2C3D4E5F6",
  "scanned_at": "2025-12-20T08:31:02-07:00"
}

### Lane health
GET https://validate.snowridgemountain.com/v1/lanes/SUMMIT-1/health
Authorization: Bearer @@tok@@
""", tok, "RFC 7519 JWT bearer token in a JetBrains/VS Code REST client .http file", tok=tok)

add("blind-dn/http/decoy-template-var", "gates/validation-api.local.http", r"""
@host = http://localhost:8443
@token = {{$dotenv VALIDATION_TOKEN}}

### Validate a scan (local simulator)
POST {{host}}/v1/scans
Authorization: Bearer {{token}}
Content-Type: application/json

{
  "lane": "SIM-1",
  "media_uid": "04000000000001",
  "scanned_at": "{{$datetime iso8601}}"
}
""", None, "VS Code REST Client variables ({{$dotenv ...}})")

key = mixed(40)
add("blind-dn/postman/api-key", "postman/Lift-Ticket-API.postman_collection.json", r"""
{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "Lift Ticket API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "apikey",
    "apikey": [
      { "key": "key", "value": "X-Api-Key", "type": "string" },
      { "key": "value", "value": "@@key@@", "type": "string" },
      { "key": "in", "value": "header", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List products",
      "request": { "method": "GET", "url": "https://tickets-api.snowridgemountain.com/v2/products?season=2526" }
    },
    {
      "name": "Order by id",
      "request": { "method": "GET", "url": "https://tickets-api.snowridgemountain.com/v2/orders/{{order_id}}" }
    }
  ]
}
""", key, "Postman Collection Format v2.1: apikey auth", key=key, pid=uuid4())

add("blind-dn/postman/decoy-empty", "postman/Lift-Ticket-API.prod.postman_environment.json", r"""
{
  "id": "@@id@@",
  "name": "Lift Ticket API - prod",
  "values": [
    { "key": "base_url", "value": "https://tickets-api.snowridgemountain.com/v2", "type": "default", "enabled": true },
    { "key": "api_key", "value": "", "type": "secret", "enabled": true },
    { "key": "order_id", "value": "ORD-2025-000123", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2025-10-02T16:44:09.512Z",
  "_postman_exported_using": "Postman/11.14.1"
}
""", None, "Postman environment export with secret-type variable left empty", id=uuid4())

rows = []
pw = human_pw()
for i, (site, user) in enumerate([("Base Rental", "base.rental.lead"), ("Summit Cafe", "summit.cafe.mgr"),
                                  ("Riptide Snack Shack", "riptide.snack"), ("Tube Hill", "tubehill.lead")]):
    rows.append(f"{site},POS-{10 + i},{user},{pw if i == 0 else human_pw()},2025-11-{20 + i}")
add("blind-dn/csv/pos-logins", "ops/handover/pos-terminal-logins.csv",
    "site,terminal,username,password,set_on\n" + "\n".join(rows) + "\n# handover sheet for the winter leads; delete after onboarding\n",
    pw, "CSV handover sheet with terminal logins")

rows = [f"{sku},{name},{price},{hexs(12, True)}" for sku, name, price in [
    ("LT-ADULT-1D", "Adult 1-day lift ticket", "189.00"), ("LT-CHILD-1D", "Child 1-day lift ticket", "119.00"),
    ("LT-ADULT-4D", "Adult 4-day lift ticket", "649.00"), ("WP-DAY", "Riptide Cove day pass", "59.00"),
    ("WP-CABANA", "Cabana rental (half day)", "225.00"), ("RN-SKI-PERF", "Performance ski rental", "74.00")]]
add("blind-dn/csv/decoy-skus", "data/products/lift_and_park_products.csv",
    "sku,name,price_usd,barcode_prefix\n" + "\n".join(rows) + "\n", None, "product catalog CSV (SKUs and barcode prefixes)")

# ---------------------------------------------------------------- more decoys across the estate

add("blind-dn/yaml/decoy-external-secret", "deploy/k8s/rental-api/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: rental-api
  namespace: rentals
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: rental-api
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/rentals/stripe
        property: secret_key
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/rentals/db
        property: url
""", None, "External Secrets Operator ExternalSecret resource")

add("blind-dn/k8s-secret/decoy-placeholder", "deploy/k8s/passport/secret.template.yaml", r"""
# Template only: CI renders this with values from Vault (see deploy/render.sh).
apiVersion: v1
kind: Secret
metadata:
  name: passport-app
  namespace: passport
type: Opaque
data:
  DATABASE_PASSWORD: @@cm@@        # "changeme"
  STRIPE_SECRET_KEY: @@rp@@        # "REPLACE_ME"
  SESSION_SECRET: ""
""", None, "Kubernetes Secret template with placeholder values", cm=b64("changeme"), rp=b64("REPLACE_ME"))

add("blind-dn/k8s-sealed-secret/decoy-sealed-secret", "deploy/k8s/lodging/sealed-mews.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mews-tokens
  namespace: lodging
spec:
  encryptedData:
    CLIENT_TOKEN: @@e1@@
    ACCESS_TOKEN: @@e2@@
  template:
    metadata:
      name: mews-tokens
      namespace: lodging
    type: Opaque
""", None, "Bitnami Sealed Secrets: encryptedData is asymmetric ciphertext safe to commit",
    e1="AgB" + rand_b64(360), e2="AgC" + rand_b64(360))

add("blind-dn/sops-yaml/decoy-sops", "deploy/secrets/cashless.enc.yaml", r"""
adyen:
    api_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    hmac_key: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:381204455612:key/@@kms@@
          created_at: "2025-09-14T17:22:08Z"
          enc: @@enc@@
          aws_profile: ""
    lastmodified: "2025-09-14T17:22:09Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.9.0
""", None, "Mozilla SOPS encrypted YAML (ENC[AES256_GCM,...] values)",
    d1=rand_b64(90), iv1=rand_b64(32), t1=rand_b64(16), d2=rand_b64(48), iv2=rand_b64(32), t2=rand_b64(16),
    kms=uuid4(), enc="AQICAHh" + rand_b64(150), m=rand_b64(64), iv3=rand_b64(32), t3=rand_b64(16))

add("blind-dn/package-lock/decoy-integrity", "cashless/kiosk-ui/package-lock.json", r"""
{
  "name": "kiosk-ui",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "kiosk-ui", "version": "3.2.0", "dependencies": { "nfc-pcsc": "^0.8.1", "preact": "^10.22.0" } },
    "node_modules/nfc-pcsc": {
      "version": "0.8.1",
      "resolved": "https://registry.npmjs.org/nfc-pcsc/-/nfc-pcsc-0.8.1.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/preact": {
      "version": "10.22.0",
      "resolved": "https://registry.npmjs.org/preact/-/preact-10.22.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", None, "npm package-lock.json integrity (SRI sha512)", i1=rand_b64(64), i2=rand_b64(64))

sums = "\n".join(f"{m} {v} h1:{rand_b64(32)}\n{m} {v}/go.mod h1:{rand_b64(32)}" for m, v in [
    ("github.com/eclipse/paho.mqtt.golang", "v1.4.3"), ("github.com/gorilla/websocket", "v1.5.1"),
    ("github.com/ebfe/scard", "v0.0.0-20230420082256-7db3f9b7c8a7"), ("golang.org/x/net", "v0.27.0")])
add("blind-dn/go-sum/decoy-checksum", "cashless/reader-gw/go.sum", sums + "\n", None,
    "Go modules reference: go.sum h1: hashes")

add("blind-dn/html/decoy-integrity", "marketing/site/snow-report.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Snow report - Snowridge Mountain</title>
  <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.3/dist/chart.umd.min.js"
          integrity="sha384-@@sri@@" crossorigin="anonymous"></script>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <canvas id="base-depth"></canvas>
  <form action="/subscribe" method="post">
    <input type="email" name="email" required>
    <div class="g-recaptcha" data-sitekey="6L@@site@@"></div>
    <button>Get the morning report</button>
  </form>
</body>
</html>
""", None, "Subresource Integrity (W3C); reCAPTCHA site key is public", sri=rand_b64(48), site=draw(38, ALNUM + "_-"))

add("blind-dn/scss/decoy-colour-codes", "passport-web/src/styles/_tokens.scss", r"""
// Brand tokens (from the 2025 style guide)
$snowridge-navy: #0B3D91;
$snowridge-gold: #F2A900;
$riptide-teal: #00A6A6;
$riptide-coral: #FF6F59;
$trail-green: #2E8B57;
$trail-blue: #1E63D6;
$trail-black: #111111;
$focus-ring: 0 0 0 3px rgba(#1E63D6, 0.45);
$font-stack: "Source Sans 3", system-ui, sans-serif;
$asset-hash: "@@h@@";
""", None, "SCSS variables: hex colour codes and an asset hash", h=hexs(20))

entries = "\n".join(f"- {msg} ({hexs(7)})" for msg in [
    "gatebridge: retry DCI connection with backoff", "readers: load DESFire keys from HSM at boot",
    "passport-web: photo upload size limit 2 MB", "lift-status: add hold state",
    "cashless: idempotent top-ups", "waivers: Smartwaiver v4 pagination"])
add("blind-dn/markdown/decoy-commit-sha", "CHANGELOG.md", r"""
# Changelog

## 2025.11.2 - 2025-11-18

@@entries@@

Full diff: https://gitlab.snowridgemountain.com/ops/platform/-/compare/@@a@@...@@b@@

## 2025.11.1 - 2025-11-04

- first release of the season build, tag `2025.11.1` at @@c@@
""", None, "Keep a Changelog format with git commit SHAs", entries=entries, a=hexs(40), b=hexs(40), c=hexs(40))

add("blind-dn/python/decoy-secret-store", "lodging/mews/credentials.py", r"""
'''Resolve Mews tokens from AWS Secrets Manager (prod) or the OS keyring (laptops).'''
import json
import os

import boto3
import keyring


def mews_tokens() -> dict:
    if os.environ.get("MEWS_USE_KEYRING"):
        return {
            "ClientToken": keyring.get_password("mews", "client_token"),
            "AccessToken": keyring.get_password("mews", "access_token"),
        }
    sm = boto3.client("secretsmanager", region_name="us-west-2")
    value = sm.get_secret_value(SecretId="prod/lodging/mews")["SecretString"]
    return json.loads(value)
""", None, "boto3 Secrets Manager get_secret_value; keyring.get_password")

add("blind-dn/python/decoy-test-fixture", "tests/test_barcode_signing.py", r"""
import hashlib
import hmac

import pytest

# Fixture key for unit tests only; production keys live in the HSM.
TEST_KEY = b"unit-test-key-do-not-use"


def sign(ticket_id: str, day: str, key: bytes = TEST_KEY) -> str:
    return hmac.new(key, f"{ticket_id}|{day}".encode(), hashlib.sha256).hexdigest()[:20]


@pytest.mark.parametrize("ticket", ["T-0001", "T-0002"])
def test_signature_is_stable(ticket):
    assert sign(ticket, "2025-12-20") == sign(ticket, "2025-12-20")


def test_signature_depends_on_day():
    assert sign("T-0001", "2025-12-20") != sign("T-0001", "2025-12-21")
""", None, "pytest unit test with a labelled fixture key")

add("blind-dn/markdown/decoy-masked", "docs/incidents/2025-08-02-topup-outage.md", r"""
# Incident 2025-08-02: wristband top-ups failing at Riptide Cove

**Impact:** kiosks KSK-01..03 rejected top-ups 13:05-13:40.

**Cause:** the topup-service restarted with an old restricted key
(`rk_live_51************************************QpZ2`) that had been rolled the night before.
Stripe returned `401 Invalid API Key provided: rk_live_****QpZ2`.

**Timeline (MDT)**
- 13:05 first failures; request ids `req_@@r1@@`, `req_@@r2@@`
- 13:22 on-call confirmed key mismatch in the Stripe dashboard
- 13:40 secret re-synced from Secrets Manager, pods restarted

**Follow-up:** alert on Stripe 401s; keys only via ExternalSecret (done, MR !412).
""", None, "incident write-up with masked key values and request ids",
    r1=draw(14, ALNUM), r2=draw(14, ALNUM))

add("blind-dn/markdown/decoy-docs-example", "docs/integrations/credential-formats.md", r"""
# Credential formats we use (for reviewers)

| Service | Looks like | Where it lives |
|---|---|---|
| Stripe secret key | `sk_live_...` (never in git) | Secrets Manager `prod/*/stripe` |
| Stripe publishable key | `pk_live_...` (public) | `src/config/public.ts` |
| Shopify Admin token | `shpat_` + 32 hex | Secrets Manager |
| Mailchimp API key | 32 hex + `-us21` | Secrets Manager |
| Mews tokens | `XXXXXXXX...-XXXXXXX...` | SealedSecret `mews-tokens` |
| LoRaWAN AppKey | 32 hex | The Things Stack only |

If you find one of these in a merge request, stop the merge and page #security.
Example redaction: `SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`.
""", None, "internal docs describing key shapes with ellipses and x-redactions")

add("blind-dn/json/decoy-stripe-event", "cashless/topup-service/test/fixtures/payment_intent.succeeded.json", r"""
{
  "id": "evt_3@@e@@",
  "object": "event",
  "api_version": "2024-06-20",
  "created": 1752328931,
  "livemode": false,
  "type": "payment_intent.succeeded",
  "data": {
    "object": {
      "id": "pi_3@@p@@",
      "object": "payment_intent",
      "amount": 2500,
      "currency": "usd",
      "client_secret": "pi_3@@p@@_secret_REDACTED",
      "metadata": { "wristband_uid": "@@uid@@", "kiosk": "KSK-02" }
    }
  },
  "request": { "id": "req_@@r@@", "idempotency_key": "@@ik@@" }
}
""", None, "Stripe event object (test-mode fixture with redacted client secret)",
    e=draw(24, ALNUM), p=draw(24, ALNUM), uid=hexs(14, True), r=draw(14, ALNUM), ik=uuid4())

add("blind-dn/openapi/decoy-placeholder", "api/lift-status.openapi.yaml", r"""
openapi: 3.0.3
info:
  title: Lift Status API
  version: 1.2.0
servers:
  - url: https://status-api.snowridgemountain.com/v1
components:
  securitySchemes:
    ingestToken:
      type: http
      scheme: bearer
      description: Ingest token for PLC gateways. Example header `Authorization: Bearer <INGEST_TOKEN>`.
paths:
  /lifts:
    get:
      summary: Public lift states
      responses:
        "200": { description: OK }
    put:
      summary: Update lift states
      security: [ { ingestToken: [] } ]
      responses:
        "204": { description: Updated }
""", None, "OpenAPI 3.0 securitySchemes (bearer) with placeholder example")

add("blind-dn/dotenv/decoy-local-dev", "rental-shop/pos-bridge/.env.test", r"""
# Used by `npm test` against the docker-compose test stack (throwaway containers)
SQUARE_ENVIRONMENT=sandbox
SQUARE_ACCESS_TOKEN=test-token-not-real
DATABASE_URL=postgres://postgres:postgres@localhost:55432/posbridge_test
FITTING_APP_URL=http://localhost:18080
DEPOSIT_CENTS=100
""", None, "dotenv test file pointing at local throwaway containers")

add("blind-dn/toml/decoy-config", "marketing/site/netlify.toml", r"""
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  PUBLIC_RESORT_ID = "@@rid@@"
  PUBLIC_SNOW_REPORT_URL = "https://status-api.snowridgemountain.com/v1/snow"

[[headers]]
  for = "/*"
  [headers.values]
    Content-Security-Policy = "default-src 'self'; script-src 'self' 'sha256-@@csp@@' https://www.googletagmanager.com"
    Strict-Transport-Security = "max-age=31536000"
""", None, "Netlify file-based configuration; CSP script hash", rid=uuid4(), csp=rand_b64(32))

add("blind-dn/ini/decoy-template-default", "scada/historian-api/alembic.ini", r"""
[alembic]
script_location = migrations
prepend_sys_path = .
# overridden at runtime from HISTORIAN_DATABASE_URL in migrations/env.py
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[logger_root]
level = WARN
handlers = console
""", None, "Alembic generic template alembic.ini (driver://user:pass@localhost/dbname)")

add("blind-dn/web-config/decoy-token-replace", "RentalDesk/Web.Release.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="RentalDb"
         connectionString="Data Source=#{RentalSqlServer}#;Initial Catalog=RentalDesk;User ID=#{RentalSqlUser}#;Password=#{RentalSqlPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", None, "Web.config transformation; Azure DevOps Replace Tokens #{...}#")

add("blind-dn/php/decoy-placeholder", "marketing/blog/wp-config-sample.php", r"""
<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", None, "WordPress wp-config-sample.php placeholders")

add("blind-dn/shell/decoy-secret-store", "scripts/rotate_gate_reader_password.sh", r"""
#!/usr/bin/env bash
# Rotate the gate_reader SQL login; the new password goes straight into SSM, never to stdout.
set -euo pipefail
PARAM=/prod/gates/gate_reader_password

NEW=$(openssl rand -base64 30 | tr -d '/+=' | cut -c1-28)
aws ssm put-parameter --name "$PARAM" --type SecureString --value "$NEW" --overwrite >/dev/null
sqlcmd -S sqlprod02.mtn.local -G -Q "ALTER LOGIN [gate_reader] WITH PASSWORD = N'$NEW'"
unset NEW

CURRENT=$(aws ssm get-parameter --name "$PARAM" --with-decryption --query Parameter.Version --output text)
echo "gate_reader rotated, parameter version $CURRENT"
""", None, "AWS SSM Parameter Store SecureString; generated at runtime")

add("blind-dn/java/decoy-placeholder", "lodging-sync/src/main/java/com/snowridge/lodging/OhipConfig.java", r"""
package com.snowridge.lodging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OhipConfig {
    @Value("${ohip.gateway.url}")
    private String gatewayUrl;

    @Value("${ohip.client.id}")
    private String clientId;

    @Value("${ohip.client.secret}")
    private String clientSecret;

    @Value("${ohip.app.key}")
    private String appKey;

    public String tokenUrl() {
        return gatewayUrl + "/oauth/v1/tokens";
    }
}
""", None, "Spring @Value property placeholders")

add("blind-dn/go/decoy-env-ref", "cashless/reader-gw/internal/config/config.go", r"""
package config

import "os"

// FirmwareSHA256 pins the reader firmware image the gateway will push to kiosks.
const FirmwareSHA256 = "@@sha@@"

type Config struct {
	MQTTURL      string
	MQTTPassword string
	LedgerURL    string
}

func FromEnv() Config {
	return Config{
		MQTTURL:      os.Getenv("READERGW_MQTT_URL"),
		MQTTPassword: os.Getenv("READERGW_MQTT_PASSWORD"),
		LedgerURL:    os.Getenv("READERGW_LEDGER_URL"),
	}
}
""", None, "Go os.Getenv; pinned firmware SHA-256", sha=hexs(64))

add("blind-dn/javascript/decoy-firebase-config", "passport-app/src/firebase.js", r"""
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config: identifies the project; access is governed by security rules.
const firebaseConfig = {
  apiKey: "AIza@@k@@",
  authDomain: "snowridge-passapp.firebaseapp.com",
  projectId: "snowridge-passapp",
  storageBucket: "snowridge-passapp.appspot.com",
  messagingSenderId: "@@sender@@",
  appId: "1:@@sender@@:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", None, "Firebase docs: API keys for Firebase are not secret (web app config)",
    k=draw(35, ALNUM + "-_"), sender=draw(12, string.digits), app=hexs(22))

add("blind-dn/docker-compose/decoy-env-ref", "lodging/docker-compose.yml", r"""
services:
  booking:
    image: registry.snowridgemountain.com/lodging/booking:${TAG:-latest}
    env_file: .env
    environment:
      DB_PASSWORD: ${BOOKING_DB_PASSWORD:?set BOOKING_DB_PASSWORD}
      CLOUDBEDS_API_KEY: ${CLOUDBEDS_API_KEY}
    secrets:
      - mews_access_token
    ports: ["8080:8080"]

secrets:
  mews_access_token:
    file: ./secrets/mews_access_token.txt
""", None, "Compose file: variable interpolation and top-level secrets")

add("blind-dn/tfvars/decoy-placeholder", "infra/portal/example.tfvars", r"""
# Example variables; copy to <env>.tfvars. Secrets are NOT set here:
# the database password is generated by random_password and stored in Secrets Manager.
environment      = "dev"
region           = "us-west-2"
vpc_cidr         = "10.81.0.0/16"
db_instance_type = "db.t4g.micro"
db_username      = "portal"
portal_domain    = "wifi-dev.snowridgemountain.com"
alarm_email      = "you@example.com"
""", None, "Terraform example .tfvars without secrets")

mb = "pk." + b64url({"u": "snowridge-gis", "a": draw(25, string.ascii_lowercase + string.digits)}) + "." + draw(22, ALNUM + "-_")
add("blind-dn/javascript/decoy-public-token", "marketing/site/src/trailmap.js", r"""
import mapboxgl from "mapbox-gl";

// Public (pk.) token restricted to our domains in the Mapbox dashboard.
mapboxgl.accessToken = "@@mb@@";

export function mountTrailMap(el) {
  const map = new mapboxgl.Map({
    container: el,
    style: "mapbox://styles/snowridge-gis/clx0trailmap2526",
    center: [-106.0384, 39.4817],
    zoom: 13.2,
  });
  map.addControl(new mapboxgl.NavigationControl());
  return map;
}
""", None, "Mapbox access tokens: public pk. tokens are meant for client code", mb=mb)

add("blind-dn/ansible/decoy-vault-lookup", "ansible/inventory/group_vars/wifi_controllers.yml", r"""
---
unifi_admin_user: netops
unifi_admin_password: "{{ vault_unifi_admin_password }}"
radius_shared_secret: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/wifi/radius:shared_secret') }}"
guest_ssid: Snowridge-Guest
guest_vlan: 220
staff_ssid: SNWR-STAFF
staff_vlan: 210
portal_url: https://wifi.snowridgemountain.com/splash
""", None, "Ansible variables referencing vault_* and hashi_vault lookups")

add("blind-dn/plist/decoy-public-key", "PassApp/PassApp/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>AIza@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@sender@@</string>
	<key>BUNDLE_ID</key>
	<string>com.snowridge.passapp</string>
	<key>PROJECT_ID</key>
	<string>snowridge-passapp</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@@sender@@:ios:@@app@@</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
""", None, "Firebase iOS GoogleService-Info.plist (public project identifiers)",
    k=draw(35, ALNUM + "-_"), sender=draw(12, string.digits), app=hexs(22))
