"""Blind set FA: car rental and fleet leasing companies.

Reservation and back-office systems, GDS and broker integrations (Amadeus, Sabre, Travelport,
OpenTravel), telematics and GPS trackers (Geotab, Samsara, Webfleet, Traccar, MQTT gateways),
key boxes, damage inspection apps, payment and ID verification vendors, and the infrastructure
these teams run, with their decoys. Generated fakes only (seeds 1,720,000-1,729,999).
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
URLSAFE = ALNUM + "-_"
SEED_LOW, SEED_HIGH = 1_720_000, 1_729_999
_SEED = [SEED_LOW]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Harbor", "Mustang", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt",
         "Corolla", "Roadster", "Pioneer", "Voyager", "Sierra", "Tahoe", "Outback", "Compass", "Ranger", "Atlas"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "gearbox", "mileage", "wiper", "bumper"]


def words_pw(symbols: str = "!#$%*@") -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(symbols) + r.choice(WORDS) + str(r.randint(10, 9999))


def gen_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase(sep: str = "-") -> str:
    r = _rng()
    return sep.join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pem(kind: str = "RSA", lines: int = 8) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    tail = "".join(r.choice(ALNUM + "+/") for _ in range(r.randint(20, 60)))
    return f"-----BEGIN {label}-----\n{body}\n{tail}==\n-----END {label}-----"


def openssh_key() -> str:
    r = _rng()
    body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
    body += "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(4))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def stripe_sk(mode: str = "live") -> str:
    return fakes.fake(f"sk_{mode}_51", 97, _seed())


def stripe_rk() -> str:
    return fakes.fake("rk_live_51", 97, _seed())


def whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def onfido_token() -> str:
    return "api_live." + draw(11, URLSAFE) + "." + draw(32, URLSAFE)


def samsara_token() -> str:
    return fakes.fake("samsara_api_", 30, _seed())


def persona_key() -> str:
    return "persona_production_" + uuid_s()


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def aws_key_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_secret() -> str:
    r = _rng()
    return ("".join(r.choice(ALNUM) for _ in range(3)) + "8Q~"
            + "".join(r.choice(ALNUM + "_.-~") for _ in range(34)))


def google_api_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def mapbox_secret(user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":"))
    head = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "sk." + head + "." + draw(22, URLSAFE)


def mapbox_public(user: str) -> str:
    payload = json.dumps({"u": user, "a": draw(25, string.ascii_lowercase + string.digits)}, separators=(",", ":"))
    head = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "pk." + head + "." + draw(22, URLSAFE)


def datadog_api() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def braintree_access_token() -> str:
    return "access_token$production$" + draw(16, string.ascii_lowercase + string.digits) + "$" + hexs(32)


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def paypal_secret() -> str:
    return "E" + draw(79, URLSAFE)


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def checkout_sk() -> str:
    return "sk_" + draw(27, string.ascii_lowercase + "234567")


def firebase_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def okta_token() -> str:
    return "00" + draw(40, URLSAFE)


def vault_token() -> str:
    return "hvs.CAESI" + draw(86, URLSAFE)


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def docker_pat() -> str:
    return "dckr_pat_" + draw(27, URLSAFE)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def jwt_like() -> str:
    header = base64.urlsafe_b64encode(b'{"alg":"RS256","kid":"' + hexs(16).encode() + b'"}').decode().rstrip("=")
    claims = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "fleet-ops",
              "kubernetes.io/serviceaccount/service-account.name": "ci-deployer", "sub": "system:serviceaccount:fleet-ops:ci-deployer"}
    body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).decode().rstrip("=")
    return header + "." + body + "." + draw(342, URLSAFE)


def hex_upper(n: int) -> str:
    return draw(n, "0123456789ABCDEF")


def imei() -> str:
    r = _rng()
    return "35" + "".join(r.choice(string.digits) for _ in range(13))


def vin() -> str:
    r = _rng()
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    """Fill @@NAME@@ slots (S: the secret) and record the case."""
    text = text.lstrip("\n")
    if secret is not None:
        text = text.replace("@@S@@", secret)
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    assert category.startswith("blind-fa/"), category
    CASES.append(LabelledCase(category, file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Reservation and back-office systems
# ---------------------------------------------------------------------------------------------

add("blind-fa/env/stripe-secret-key", "booking-web/.env.production", r"""
APP_NAME="DriveNow Rentals"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://book.drivenow-rentals.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=rds-booking.internal.drivenow-rentals.com
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=booking_app
# DB password is injected by the ECS task definition

CACHE_DRIVER=redis
SESSION_DRIVER=redis
REDIS_HOST=booking-cache.internal

STRIPE_KEY=pk_live_51NfQ2bLr8xYcD0mAbC3dEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGh
STRIPE_SECRET=@@S@@
STRIPE_CURRENCY=usd
DEPOSIT_HOLD_CENTS=25000

MAIL_MAILER=ses
MAIL_FROM_ADDRESS=reservations@drivenow-rentals.com
""", stripe_sk(), "https://stripe.com/docs/keys ; https://laravel.com/docs/configuration#environment-configuration")

add("blind-fa/env/decoy-placeholder", "booking-web/.env.example", r"""
APP_NAME="DriveNow Rentals"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost:8000

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=booking
DB_USERNAME=root
DB_PASSWORD=

STRIPE_KEY=pk_test_your_publishable_key
STRIPE_SECRET=sk_test_your_secret_key
STRIPE_WEBHOOK_SECRET=whsec_...

ONFIDO_API_TOKEN=<onfido-sandbox-token>
GEOTAB_PASSWORD=changeme
""", None, "https://laravel.com/docs/configuration#environment-configuration")

add("blind-fa/spring-yaml/database-password", "reservation-service/src/main/resources/application-prod.yml", r"""
server:
  port: 8080
  shutdown: graceful

spring:
  application:
    name: reservation-service
  datasource:
    url: jdbc:postgresql://resv-db.prod.fleetcore.internal:5432/reservations
    username: resv_app
    password: "@@S@@"
    hikari:
      maximum-pool-size: 30
      connection-timeout: 4000
  jpa:
    open-in-view: false
    properties:
      hibernate.jdbc.time_zone: UTC

rental:
  pricing:
    currency: EUR
    one-way-fee-enabled: true
  branches:
    sync-cron: "0 */15 * * * *"

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", words_pw("!#%*"), "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#application-properties.data.spring.datasource.password")

add("blind-fa/spring-yaml/decoy-env-reference", "reservation-service/src/main/resources/application.yml", r"""
spring:
  application:
    name: reservation-service
  datasource:
    url: ${RESV_DB_URL:jdbc:postgresql://localhost:5432/reservations}
    username: ${RESV_DB_USER:resv_app}
    password: ${RESV_DB_PASSWORD:}
  cloud:
    vault:
      enabled: ${VAULT_ENABLED:false}
      uri: https://vault.fleetcore.internal:8200
      authentication: KUBERNETES
      kv:
        backend: secret
        default-context: reservation-service

rental:
  gds:
    amadeus:
      api-key: ${AMADEUS_API_KEY}
      api-secret: ${AMADEUS_API_SECRET}
  payments:
    stripe-secret: ${STRIPE_SECRET_KEY}
""", None, "https://docs.spring.io/spring-cloud-vault/docs/current/reference/html/")

add("blind-fa/properties/api-password", "rentworks-bridge/conf/bridge.properties", r"""
# RentWorks (Bluebird Auto Rental Systems) bridge -> web booking engine
bridge.location.codes=MCO01,MCO02,TPA01
bridge.poll.interval.seconds=45

rentworks.api.base=https://api.rentworks-cloud.com/v3
rentworks.api.client=SUNCOASTCAR
rentworks.api.user=webbridge
rentworks.api.password=@@S@@

booking.engine.url=https://booking.suncoastcar.com/api/inventory
booking.engine.timeout.ms=12000

log.level=INFO
log.file=/var/log/rentworks-bridge/bridge.log
""", words_pw("!#$*"), "https://www.barsnet.com/rentworks (RentWorks API integration guide)")

add("blind-fa/appsettings-json/sql-connection-string", "HqSync/appsettings.Production.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.EntityFrameworkCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "Fleet": "Server=tcp:fleetsql-prod.database.windows.net,1433;Initial Catalog=FleetOps;Persist Security Info=False;User ID=hqsync;Password=@@S@@;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  },
  "HqRental": {
    "BaseUrl": "https://api-america-2.us5.hqrentals.app/api-america-2",
    "Brands": [ 1, 3 ],
    "SyncIntervalMinutes": 10
  },
  "AllowedHosts": "*"
}
""", gen_pw(22), "https://learn.microsoft.com/en-us/azure/azure-sql/database/connect-query-dotnet-core")

add("blind-fa/appsettings-json/decoy-keyvault-reference", "HqSync/appsettings.json", r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "ConnectionStrings": {
    "Fleet": "@Microsoft.KeyVault(SecretUri=https://kv-fleet-prod.vault.azure.net/secrets/FleetSqlConnection/)"
  },
  "HqRental": {
    "BaseUrl": "https://api-america-2.us5.hqrentals.app/api-america-2",
    "TenantToken": "@Microsoft.KeyVault(VaultName=kv-fleet-prod;SecretName=HqTenantToken)",
    "UserToken": "@Microsoft.KeyVault(VaultName=kv-fleet-prod;SecretName=HqUserToken)"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=6f0c2a9e-5d4b-4c1e-9a7f-3b2d8e1c0a55;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
  }
}
""", None, "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

add("blind-fa/web-config/sql-connection-string", "CounterApp/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="BranchCode" value="LHR-T5" />
    <add key="ContractPrinter" value="\\lhr-print01\contracts" />
    <add key="DamageDiagramVersion" value="2019.2" />
  </appSettings>
  <connectionStrings>
    <add name="RentalDb"
         connectionString="Data Source=RENTSQL02\COUNTER;Initial Catalog=RentalCounter;User Id=counter_web;Password=@@S@@;Application Name=CounterApp"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" maxRequestLength="20480" />
    <sessionState mode="InProc" timeout="40" />
  </system.web>
</configuration>
""", words_pw("!#*%"), "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files")

_hq_user = gen_pw(40)
add("blind-fa/python/api-token", "tools/hq_vehicle_export.py", r'''
#!/usr/bin/env python3
"""Nightly export of vehicles from HQ Rental Software into the BI bucket."""
import base64
import csv
import sys

import requests

HQ_BASE = "https://api-europe.eu2.hqrentals.app/api-europe"
TENANT_TOKEN = "xV3kRfH8pQzN"  # brand tenant id, shown in the HQ settings page
USER_TOKEN = "@@S@@"


def hq_session() -> requests.Session:
    session = requests.Session()
    auth = base64.b64encode(f"{TENANT_TOKEN}:{USER_TOKEN}".encode()).decode()
    session.headers.update({"Authorization": f"Basic {auth}", "Accept": "application/json"})
    return session


def main(out_path: str) -> None:
    session = hq_session()
    response = session.get(f"{HQ_BASE}/fleets/vehicles", params={"limit": 500}, timeout=30)
    response.raise_for_status()
    with open(out_path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "plate", "vin", "class", "status", "odometer"])
        for vehicle in response.json()["data"]:
            writer.writerow([vehicle["id"], vehicle["plate"], vehicle["vin"],
                             vehicle["vehicle_class_id"], vehicle["status"], vehicle["odometer"]])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "vehicles.csv")
''', _hq_user, "https://api-docs.hqrentalsoftware.com/ (Authentication: Basic tenant token : user token)")

add("blind-fa/php/database-password", "site/wp-config.php", r"""
<?php
/**
 * WordPress configuration for the Island Wheels marketing and booking site.
 */

define( 'DB_NAME', 'islandwheels_wp' );
define( 'DB_USER', 'iw_wp' );
define( 'DB_PASSWORD', '@@S@@' );
define( 'DB_HOST', 'mysql-wp.islandwheels.internal' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_HOME', 'https://www.islandwheels.com' );
define( 'WP_SITEURL', 'https://www.islandwheels.com/wp' );
define( 'DISALLOW_FILE_EDIT', true );

$table_prefix = 'iw_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/wp/' );
}

require_once ABSPATH . 'wp-settings.php';
""", words_pw("!#%*^"), "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/")

add("blind-fa/ruby/api-key", "config/initializers/navotar.rb", r"""
# Navotar rental management API client used by the franchise portal
require "navotar/client"

Navotar.configure do |config|
  config.base_url    = "https://api.navotar.com/api/v2"
  config.company_id  = 4471
  config.api_key     = "@@S@@"
  config.timeout     = 20
  config.logger      = Rails.logger
end

Rails.application.config.after_initialize do
  Navotar::LocationCache.warm! if Rails.env.production?
end
""", gen_pw(32), "https://www.navotar.com/ (Navotar API key per company)")

add("blind-fa/sql/database-password", "db/migrations/V42__reporting_login.sql", r"""
-- V42: read-only login for the Power BI utilisation reports
USE [master];
GO
CREATE LOGIN [rpt_utilisation] WITH PASSWORD = N'@@S@@',
    DEFAULT_DATABASE = [FleetOps], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [FleetOps];
GO
CREATE USER [rpt_utilisation] FOR LOGIN [rpt_utilisation];
ALTER ROLE [db_datareader] ADD MEMBER [rpt_utilisation];
DENY SELECT ON SCHEMA::[billing] TO [rpt_utilisation];
GO
""", words_pw("!#$%*"), "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql")

add("blind-fa/sql/decoy-password-hash", "db/seed/002_branch_staff.sql", r"""
-- Seed users for the staging counter app (passwords are bcrypt hashes; the QA team has the plain ones)
INSERT INTO staff_user (id, branch_code, email, display_name, password_hash, role) VALUES
  (1, 'AMS-SCH', 'qa.agent1@example.com', 'QA Agent One',   '@@H1@@', 'COUNTER_AGENT'),
  (2, 'AMS-SCH', 'qa.agent2@example.com', 'QA Agent Two',   '@@H2@@', 'COUNTER_AGENT'),
  (3, 'RTM-CS',  'qa.manager@example.com', 'QA Branch Mgr', '@@H3@@', 'BRANCH_MANAGER'),
  (4, 'EIN-AP',  'qa.damage@example.com', 'QA Damage',      '@@H4@@', 'DAMAGE_ASSESSOR');

UPDATE staff_user SET must_change_password = TRUE WHERE id IN (1, 2, 3, 4);
""", None, "https://en.wikipedia.org/wiki/Bcrypt", H1=bcrypt_hash(), H2=bcrypt_hash(), H3=bcrypt_hash(), H4=bcrypt_hash())

# ---------------------------------------------------------------------------------------------
# GDS and broker integrations
# ---------------------------------------------------------------------------------------------

add("blind-fa/go/amadeus-api-secret", "gds/amadeus/client.go", r"""
package amadeus

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const (
	tokenURL     = "https://api.amadeus.com/v1/security/oauth2/token"
	clientID     = "@@K@@"
	clientSecret = "@@S@@"
)

type token struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

// FetchToken asks Amadeus for a bearer token used by the transfer and car-offer searches.
func FetchToken(ctx context.Context, hc *http.Client) (string, time.Time, error) {
	form := url.Values{}
	form.Set("grant_type", "client_credentials")
	form.Set("client_id", clientID)
	form.Set("client_secret", clientSecret)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", time.Time{}, err
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := hc.Do(req)
	if err != nil {
		return "", time.Time{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", time.Time{}, fmt.Errorf("amadeus token: %s", resp.Status)
	}
	var t token
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return "", time.Time{}, err
	}
	return t.AccessToken, time.Now().Add(time.Duration(t.ExpiresIn) * time.Second), nil
}
""", gen_pw(16), "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/", K=gen_pw(32))

add("blind-fa/ota-xml/message-password", "integrations/ota/samples/OTA_VehAvailRateRQ_partner_prod.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the broker's production endpoint while debugging ticket RES-2291 -->
<OTA_VehAvailRateRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.002" TimeStamp="2024-03-11T09:14:22Z" Target="Production">
  <POS>
    <Source ISOCountry="DE" ISOCurrency="EUR">
      <RequestorID Type="4" ID="BRK20931" MessagePassword="@@S@@">
        <CompanyName Code="ALPENCAR" CodeContext="SupplierCode"/>
      </RequestorID>
    </Source>
  </POS>
  <VehAvailRQCore Status="Available">
    <VehRentalCore PickUpDateTime="2024-04-02T10:00:00" ReturnDateTime="2024-04-09T10:00:00">
      <PickUpLocation LocationCode="MUC" CodeContext="IATA"/>
      <ReturnLocation LocationCode="MUC" CodeContext="IATA"/>
    </VehRentalCore>
    <VehPrefs>
      <VehPref AirConditionInd="true" TransmissionType="Automatic">
        <VehType VehicleCategory="1"/>
        <VehClass Size="4"/>
      </VehPref>
    </VehPrefs>
    <DriverType Age="34"/>
  </VehAvailRQCore>
  <VehAvailRQInfo>
    <Customer>
      <Primary>
        <CitizenCountryName Code="DE"/>
      </Primary>
    </Customer>
  </VehAvailRQInfo>
</OTA_VehAvailRateRQ>
""", gen_pw(14), "https://opentravel.org/ (OTA 2003/05 POS/Source/RequestorID@MessagePassword)")

add("blind-fa/ota-xml/decoy-masked", "integrations/ota/samples/OTA_VehResRQ_example.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Example from the integration guide. Credentials are supplied per partner at runtime. -->
<OTA_VehResRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.002" Target="Test">
  <POS>
    <Source ISOCountry="GB">
      <RequestorID Type="4" ID="PARTNER_ID" MessagePassword="********"/>
    </Source>
  </POS>
  <VehResRQCore Status="All">
    <VehRentalCore PickUpDateTime="2024-05-01T09:00:00" ReturnDateTime="2024-05-04T09:00:00">
      <PickUpLocation LocationCode="LHR"/>
      <ReturnLocation LocationCode="LHR"/>
    </VehRentalCore>
    <Customer>
      <Primary>
        <PersonName><GivenName>Jane</GivenName><Surname>Example</Surname></PersonName>
        <Email>jane@example.com</Email>
      </Primary>
    </Customer>
    <VehPref Code="CDMR" CodeContext="SIPP"/>
  </VehResRQCore>
</OTA_VehResRQ>
""", None, "https://opentravel.org/ (OTA_VehResRQ)")

_amadeus_pw = b64(words_pw("!#*%"))
add("blind-fa/php/amadeus-soap-password", "src/Gds/AmadeusClientFactory.php", r"""
<?php

namespace Fleet\Gds;

use Amadeus\Client;
use Amadeus\Client\Params;
use Psr\Log\LoggerInterface;

final class AmadeusClientFactory
{
    public static function create(LoggerInterface $logger): Client
    {
        $params = new Params([
            'authParams' => [
                'officeId' => 'NCE1A0955',
                'userId' => 'WSFLTCAR',
                'passwordData' => '@@S@@',
                'passwordLength' => 12,
                'dutyCode' => 'SU',
                'organizationId' => 'FLEETCAR',
            ],
            'sessionHandlerParams' => [
                'soapHeaderVersion' => Client::HEADER_V4,
                'wsdl' => __DIR__ . '/../../wsdl/1ASIWCARFLT/AmadeusWebServices.wsdl',
                'stateful' => false,
                'logger' => $logger,
            ],
            'requestCreatorParams' => [
                'receivedFrom' => 'fleet-car-booking',
            ],
        ]);

        return new Client($params);
    }
}
""", _amadeus_pw, "https://github.com/amabnl/amadeus-ws-client/blob/master/docs/how-to-get-started.rst (passwordData is base64)")

add("blind-fa/java/sabre-password", "sabre-connector/src/main/java/com/fleetco/sabre/SessionFactory.java", r"""
package com.fleetco.sabre;

import com.sabre.webservices.sabrexml._2011._10.SessionCreateRQ;
import org.ebxml.namespaces.messageheader.MessageHeader;
import org.xmlsoap.schemas.ws._2002._12.secext.Security;

public final class SessionFactory {

    private static final String PCC = "K7QJ";
    private static final String EPR = "7971";
    private static final String DOMAIN = "DEFAULT";
    private static final String PASSWORD = "@@S@@";

    private SessionFactory() {
    }

    public static Security securityHeader() {
        Security security = new Security();
        Security.UsernameToken token = new Security.UsernameToken();
        token.setUsername(EPR);
        token.setPassword(PASSWORD);
        token.setOrganization(PCC);
        token.setDomain(DOMAIN);
        security.setUsernameToken(token);
        return security;
    }

    public static SessionCreateRQ sessionCreate() {
        SessionCreateRQ rq = new SessionCreateRQ();
        SessionCreateRQ.POS pos = new SessionCreateRQ.POS();
        SessionCreateRQ.POS.Source source = new SessionCreateRQ.POS.Source();
        source.setPseudoCityCode(PCC);
        pos.setSource(source);
        rq.setPOS(pos);
        return rq;
    }

    public static MessageHeader header(String conversationId, String action) {
        MessageHeader header = new MessageHeader();
        header.setConversationId(conversationId);
        header.setCPAId(PCC);
        header.setAction(action);
        return header;
    }
}
""", gen_pw(8), "https://developer.sabre.com/docs/soap_apis/session_management/create_session")

add("blind-fa/csharp/travelport-password", "Gds.Travelport/UapiClientFactory.cs", r"""
using System;
using System.Net;
using System.ServiceModel;
using Travelport.Uapi.Vehicle;

namespace Fleet.Gds.Travelport
{
    public static class UapiClientFactory
    {
        private const string Endpoint = "https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/VehicleService";
        private const string TargetBranch = "P7140562";
        private const string UserName = "Universal API/uAPI4928301735-8c2e41fa";
        private const string Password = "@@S@@";

        public static VehicleSearchAvailabilityPortTypeClient Create()
        {
            var binding = new BasicHttpsBinding
            {
                MaxReceivedMessageSize = 20 * 1024 * 1024,
                SendTimeout = TimeSpan.FromSeconds(45)
            };
            binding.Security.Transport.ClientCredentialType = HttpClientCredentialType.Basic;

            var client = new VehicleSearchAvailabilityPortTypeClient(binding, new EndpointAddress(Endpoint));
            client.ClientCredentials.UserName.UserName = UserName;
            client.ClientCredentials.UserName.Password = Password;
            return client;
        }

        public static string Branch => TargetBranch;
    }
}
""", gen_pw(10, "%&$*"), "https://support.travelport.com/webhelp/uapi/Content/Getting_Started/Design_and_Development/Authentication.htm")

add("blind-fa/csharp/decoy-config-lookup", "Gds.Travelport/UapiOptions.cs", r"""
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Fleet.Gds.Travelport
{
    public sealed class UapiOptions
    {
        public string Endpoint { get; set; } = "https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/VehicleService";
        public string TargetBranch { get; set; } = string.Empty;
        public string UserName { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }

    public static class UapiRegistration
    {
        public static IServiceCollection AddTravelport(this IServiceCollection services, IConfiguration configuration)
        {
            // Values come from Azure Key Vault (secret names Travelport--UserName, Travelport--Password)
            services.Configure<UapiOptions>(configuration.GetSection("Travelport"));
            services.AddSingleton<IVehicleSearch, UapiVehicleSearch>();
            return services;
        }
    }
}
""", None, "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration")

add("blind-fa/typescript/hmac-signing-secret", "broker-adapter/src/signing.ts", r"""
import crypto from "node:crypto";

// Supplier API of the broker: every request carries X-Supplier-Id, X-Timestamp and X-Signature,
// the signature being HMAC-SHA256(secret, `${timestamp}\n${method}\n${path}\n${sha256(body)}`).
const SUPPLIER_ID = "sup_0382_lisbon";
const SIGNING_SECRET = "@@S@@";

export function signRequest(method: string, path: string, body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000).toString();
  const bodyHash = crypto.createHash("sha256").update(body).digest("hex");
  const payload = [timestamp, method.toUpperCase(), path, bodyHash].join("\n");
  const signature = crypto.createHmac("sha256", SIGNING_SECRET).update(payload).digest("hex");
  return {
    "X-Supplier-Id": SUPPLIER_ID,
    "X-Timestamp": timestamp,
    "X-Signature": signature,
  };
}

export function verifyCallback(rawBody: string, header: string, timestamp: string): boolean {
  const expected = crypto.createHmac("sha256", SIGNING_SECRET).update(`${timestamp}.${rawBody}`).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(header));
}
""", hexs(64), "https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html (HMAC request signing pattern)")

add("blind-fa/yaml/amadeus-enterprise-password", "gds-gateway/config/amadeus-prod.yaml", r"""
amadeus:
  endpoint: https://nodeD1.production.webservices.amadeus.com/1ASIWRENTCAR
  wsap: 1ASIWRENTCAR
  office_id: PARFR28AA
  originator: WSRNTCAR
  password: '@@S@@'
  duty_code: SU
  requestor_type: U
  session:
    stateful: true
    pool_size: 8
    idle_timeout_seconds: 840
  car:
    messages:
      - Car_Availability
      - Car_RateInformationFromAvailability
      - Car_Sell
    default_currency: EUR
""", words_pw("!#%*"), "https://developers.amadeus.com/ (Amadeus Web Services SOAP header 4: WS-Security UsernameToken)")

add("blind-fa/json/sabre-client-secret", "gds-gateway/config/sabre.prod.json", r"""
{
  "environment": "production",
  "restBaseUrl": "https://api.platform.sabre.com",
  "auth": {
    "version": "v2",
    "clientId": "V1:fl7c2h4k9q3m5n1p:DEVCENTER:EXT",
    "clientSecret": "@@S@@",
    "pcc": "K7QJ"
  },
  "car": {
    "availabilityPath": "/v1.0.0/shop/cars",
    "vendors": ["ZE", "ZI", "ZL", "ET", "AL", "ZT"],
    "timeoutMs": 15000
  }
}
""", gen_pw(8), "https://developer.sabre.com/guides/travel-agency/developer-guides/rest-apis-token-credentials")

add("blind-fa/json/decoy-placeholder", "gds-gateway/config/sabre.example.json", r"""
{
  "environment": "cert",
  "restBaseUrl": "https://api.cert.platform.sabre.com",
  "auth": {
    "version": "v2",
    "clientId": "V1:<your-user-id>:<your-group>:EXT",
    "clientSecret": "<your-client-secret>",
    "pcc": "XXXX"
  },
  "car": {
    "availabilityPath": "/v1.0.0/shop/cars",
    "vendors": ["ZE", "ZI"],
    "timeoutMs": 15000
  }
}
""", None, "https://developer.sabre.com/guides/travel-agency/developer-guides/rest-apis-token-credentials")

add("blind-fa/properties/travelport-password", "gds-gateway/config/travelport.properties", r"""
# Travelport Universal API - vehicle service (Galileo 1G)
travelport.endpoint=https://americas.universal-api.travelport.com/B2BGateway/connect/uAPI
travelport.target.branch=P3049911
travelport.provider=1G
travelport.username=Universal API/uAPI7720193846-41d9b07e
travelport.password=@@S@@
travelport.trace=false
travelport.vehicle.max.results=120
""", gen_pw(10, "%$&*"), "https://support.travelport.com/webhelp/uapi/Content/Getting_Started/Design_and_Development/Authentication.htm")

add("blind-fa/python/expedia-shared-secret", "partners/expedia/rapid_client.py", r"""
import hashlib
import time

import requests

RAPID_BASE = "https://api.ean.com/v3"
API_KEY = "@@K@@"
SHARED_SECRET = "@@S@@"


def auth_header() -> str:
    ts = str(int(time.time()))
    signature = hashlib.sha512((API_KEY + SHARED_SECRET + ts).encode()).hexdigest()
    return f"EAN apikey={API_KEY},signature={signature},timestamp={ts}"


def car_partners(session: requests.Session) -> dict:
    response = session.get(
        f"{RAPID_BASE}/properties/content",
        headers={"Authorization": auth_header(), "Accept": "application/json", "Customer-Ip": "203.0.113.7"},
        params={"language": "en-US", "supply_source": "expedia"},
        timeout=20,
    )
    response.raise_for_status()
    return response.json()
""", gen_pw(13), "https://developers.expediagroup.com/docs/products/rapid/resources/reference/signature-authentication", K=hexs(26))

add("blind-fa/soapui-xml/amadeus-password", "integrations/soapui/Amadeus-Car-soapui-project.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="b5e1c2f0-6a1f-4a61-9a40-0d2b4a9b5d11" name="Amadeus Car" resourceRoot="" soapui-version="5.7.0" xmlns:con="http://eviware.com/soapui/config">
  <con:settings/>
  <con:interface xsi:type="con:WsdlInterface" name="AmadeusWebServicesBinding" bindingName="{http://xml.amadeus.com}AmadeusWebServicesBinding" soapVersion="1_1" definition="file:/wsdl/AmadeusWebServices.wsdl" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <con:endpoints>
      <con:endpoint>https://nodeD1.production.webservices.amadeus.com/1ASIWRENTCAR</con:endpoint>
    </con:endpoints>
    <con:operation name="Car_Availability" action="http://webservices.amadeus.com/CAVLRQ_14_1_1A">
      <con:call name="MUC one week">
        <con:settings/>
        <con:endpoint>https://nodeD1.production.webservices.amadeus.com/1ASIWRENTCAR</con:endpoint>
        <con:request><![CDATA[<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
   <soapenv:Header/>
   <soapenv:Body><Car_Availability/></soapenv:Body>
</soapenv:Envelope>]]></con:request>
        <con:credentials>
          <con:username>WSRNTCAR</con:username>
          <con:password>@@S@@</con:password>
          <con:selectedAuthProfile>Basic</con:selectedAuthProfile>
          <con:authType>Global HTTP Settings</con:authType>
        </con:credentials>
        <con:wsaConfig mustUnderstand="NONE" version="200508"/>
      </con:call>
    </con:operation>
  </con:interface>
  <con:properties/>
</con:soapui-project>
""", words_pw("!#%*"), "https://www.soapui.org/docs/soap-and-wsdl/authentication/")

add("blind-fa/soapui-xml/decoy-property-expansion", "integrations/soapui/Sabre-Car-soapui-project.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project id="0c6a8e3d-1b52-4d0a-b1f8-7d5a1c92e640" name="Sabre Car" soapui-version="5.7.0" xmlns:con="http://eviware.com/soapui/config">
  <con:settings/>
  <con:interface name="SessionCreateSoapBinding" soapVersion="1_1">
    <con:operation name="SessionCreateRQ">
      <con:call name="create session">
        <con:endpoint>https://webservices.cert.platform.sabre.com</con:endpoint>
        <con:request><![CDATA[<wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">
  <wsse:UsernameToken>
    <wsse:Username>${#Project#epr}</wsse:Username>
    <wsse:Password>${#Project#password}</wsse:Password>
    <Organization>${#Project#pcc}</Organization>
    <Domain>DEFAULT</Domain>
  </wsse:UsernameToken>
</wsse:Security>]]></con:request>
      </con:call>
    </con:operation>
  </con:interface>
  <con:properties>
    <con:property><con:name>epr</con:name><con:value>1234</con:value></con:property>
    <con:property><con:name>password</con:name><con:value/></con:property>
    <con:property><con:name>pcc</con:name><con:value>ABCD</con:value></con:property>
  </con:properties>
</con:soapui-project>
""", None, "https://www.soapui.org/docs/functional-testing/properties/property-expansion/")

# ---------------------------------------------------------------------------------------------
# Payments at the counter and online, ID and driving-licence verification
# ---------------------------------------------------------------------------------------------

add("blind-fa/php/authorize-net-transaction-key", "kiosk/app/Payments/AuthorizeNetGateway.php", r"""
<?php

namespace Kiosk\Payments;

use net\authorize\api\contract\v1 as AnetAPI;
use net\authorize\api\controller as AnetController;

class AuthorizeNetGateway
{
    private const LOGIN_ID = '7yPq4Tz2Lk';
    private const TRANSACTION_KEY = '@@S@@';

    private function auth(): AnetAPI\MerchantAuthenticationType
    {
        $auth = new AnetAPI\MerchantAuthenticationType();
        $auth->setName(self::LOGIN_ID);
        $auth->setTransactionKey(self::TRANSACTION_KEY);
        return $auth;
    }

    public function preAuthorizeDeposit(string $opaqueValue, float $amount, string $agreementNo): string
    {
        $opaque = new AnetAPI\OpaqueDataType();
        $opaque->setDataDescriptor('COMMON.ACCEPT.INAPP.PAYMENT');
        $opaque->setDataValue($opaqueValue);

        $payment = new AnetAPI\PaymentType();
        $payment->setOpaqueData($opaque);

        $tx = new AnetAPI\TransactionRequestType();
        $tx->setTransactionType('authOnlyTransaction');
        $tx->setAmount($amount);
        $tx->setPayment($payment);
        $tx->setRefTransId($agreementNo);

        $request = new AnetAPI\CreateTransactionRequest();
        $request->setMerchantAuthentication($this->auth());
        $request->setTransactionRequest($tx);

        $controller = new AnetController\CreateTransactionController($request);
        $response = $controller->executeWithApiResponse(\net\authorize\api\constants\ANetEnvironment::PRODUCTION);
        return $response->getTransactionResponse()->getTransId();
    }
}
""", gen_pw(16), "https://developer.authorize.net/api/reference/index.html#authentication")

add("blind-fa/ruby/braintree-private-key", "config/initializers/braintree.rb", r"""
# Braintree gateway for one-way rentals paid with PayPal / cards on the mobile app
Rails.application.config.to_prepare do
  BRAINTREE_GATEWAY = Braintree::Gateway.new(
    environment: :production,
    merchant_id: "x7k2m9qz4r8tw3vn",
    public_key: "b3c9n6t2w8yz4kpd",
    private_key: "@@S@@",
    logger: Rails.logger
  )
end
""", hexs(32), "https://developer.paypal.com/braintree/docs/start/hello-server/ruby")

add("blind-fa/javascript/decoy-tokenization-key", "web/checkout/braintree-dropin.js", r"""
// Drop-in UI for the deposit step. A tokenization key is meant for the browser: it can only
// tokenize card data, not charge it (see Braintree "Tokenization key" docs).
import dropin from "braintree-web-drop-in";

const TOKENIZATION_KEY = "production_t7k2yq9w_x7k2m9qz4r8tw3vn";

export async function mountDeposit(container, amount) {
  const instance = await dropin.create({
    authorization: TOKENIZATION_KEY,
    container,
    card: { cardholderName: { required: true } },
    paypal: { flow: "checkout", amount: amount.toFixed(2), currency: "USD" },
  });
  return instance;
}

export async function requestNonce(instance) {
  const { nonce, details } = await instance.requestPaymentMethod();
  return { nonce, last4: details.lastFour };
}
""", None, "https://developer.paypal.com/braintree/docs/guides/authorization/tokenization-key")

add("blind-fa/java/adyen-api-key", "pos-terminal/src/main/java/com/rentco/pos/AdyenConfig.java", r"""
package com.rentco.pos;

import com.adyen.Client;
import com.adyen.Config;
import com.adyen.enums.Environment;
import com.adyen.service.TerminalCloudAPI;

public final class AdyenConfig {

    // Terminal API (cloud) for the counter terminals at airport branches
    static final String API_KEY = "@@S@@";
    static final String MERCHANT_ACCOUNT = "RentCoEU_POS";
    static final String LIVE_URL_PREFIX = "1797a841fbb37ca7-RentCo";

    private AdyenConfig() {
    }

    public static TerminalCloudAPI terminalApi() {
        Config config = new Config();
        config.setApiKey(API_KEY);
        config.setEnvironment(Environment.LIVE);
        config.setLiveEndpointUrlPrefix(LIVE_URL_PREFIX);
        config.setTerminalApiCloudEndpoint("https://terminal-api-live.adyen.com");
        return new TerminalCloudAPI(new Client(config));
    }
}
""", adyen_key(), "https://docs.adyen.com/development-resources/api-credentials/#generate-api-key")

add("blind-fa/typescript/decoy-adyen-client-key", "web/src/checkout/adyen.ts", r"""
import AdyenCheckout from "@adyen/adyen-web";
import "@adyen/adyen-web/dist/adyen.css";

// Client keys are public by design (they only work from the allowed origins listed in the
// Customer Area); the API key stays on the server.
const CLIENT_KEY = "live_QZ7T4K2XBFHM5CNJ3VWR6PYL8E4G2A1D";

export async function mountCard(el: HTMLElement, session: { id: string; sessionData: string }) {
  const checkout = await AdyenCheckout({
    environment: "live",
    clientKey: CLIENT_KEY,
    session,
    analytics: { enabled: false },
    onPaymentCompleted: (result: { resultCode: string }) => {
      window.location.assign(`/reservation/confirmed?code=${result.resultCode}`);
    },
  });
  checkout.create("card", { hasHolderName: true, holderNameRequired: true }).mount(el);
}
""", None, "https://docs.adyen.com/development-resources/client-side-authentication/#get-your-client-key")

add("blind-fa/python/stripe-webhook-secret", "payments/webhooks.py", r"""
import logging

import stripe
from flask import Blueprint, abort, request

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

ENDPOINT_SECRET = "@@S@@"


@bp.post("/webhooks/stripe")
def stripe_webhook():
    payload = request.get_data()
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)

    if event["type"] == "payment_intent.amount_capturable_updated":
        intent = event["data"]["object"]
        log.info("deposit hold ready for agreement %s", intent["metadata"].get("agreement"))
    elif event["type"] == "charge.dispute.created":
        log.warning("dispute on %s", event["data"]["object"]["payment_intent"])
    return "", 204
""", whsec(), "https://stripe.com/docs/webhooks#verify-events")

add("blind-fa/html/decoy-publishable-key", "web/templates/checkout.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pay your deposit - DriveNow Rentals</title>
  <script src="https://js.stripe.com/v3/"></script>
</head>
<body>
  <form id="deposit-form">
    <div id="payment-element"></div>
    <button id="submit">Hold deposit</button>
  </form>
  <script>
    const stripe = Stripe("pk_live_51NfQ2bLr8xYcD0mT7wPq2ZkH9vB4nR6sJ1cX3yE8uA5dF0gK2mW7tN4pQ9rL6hV1bS3zC8xD5fG2jK7mN0qR4tY9w00aBcDeFgHi");
    const elements = stripe.elements({ clientSecret: document.body.dataset.clientSecret });
    elements.create("payment").mount("#payment-element");
    document.getElementById("deposit-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      await stripe.confirmPayment({ elements, confirmParams: { return_url: location.origin + "/reservation/done" } });
    });
  </script>
</body>
</html>
""", None, "https://stripe.com/docs/keys#obtain-api-keys (publishable keys are safe in client code)")

add("blind-fa/yaml/veriff-shared-secret", "services/id-check/config/production.yaml", r"""
service:
  name: id-check
  port: 8443

veriff:
  base_url: https://stationapi.veriff.com/v1
  api_key: @@K@@
  shared_secret: @@S@@
  callback_url: https://idcheck.rentflex.com/hooks/veriff
  document_types: [DRIVERS_LICENSE, PASSPORT, ID_CARD]
  min_age_years: 21

rental:
  block_checkout_on: [declined, resubmission_requested]
  keep_images_days: 30
""", uuid_s(), "https://developers.veriff.com/#authentication (X-AUTH-CLIENT and HMAC shared secret)", K=uuid_s())

add("blind-fa/go/onfido-token", "services/kyc/onfido.go", r"""
package kyc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	onfidoBase  = "https://api.eu.onfido.com/v3.6"
	onfidoToken = "@@S@@"
)

type Applicant struct {
	ID        string `json:"id,omitempty"`
	FirstName string `json:"first_name"`
	LastName  string `json:"last_name"`
	Email     string `json:"email"`
}

func CreateApplicant(hc *http.Client, a Applicant) (*Applicant, error) {
	body, _ := json.Marshal(a)
	req, _ := http.NewRequest(http.MethodPost, onfidoBase+"/applicants", bytes.NewReader(body))
	req.Header.Set("Authorization", "Token token="+onfidoToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("onfido: %s", resp.Status)
	}
	var out Applicant
	return &out, json.NewDecoder(resp.Body).Decode(&out)
}
""", onfido_token(), "https://documentation.onfido.com/#authentication")

add("blind-fa/env/persona-api-key", "apps/driver-onboarding/.env", r"""
NODE_ENV=production
PORT=3000
PUBLIC_URL=https://join.shareride-fleet.com

PERSONA_TEMPLATE_ID=itmpl_Xc7rT2vQ9kLm3NbW8yPz4DfG
PERSONA_ENVIRONMENT=production
PERSONA_API_KEY=@@S@@
PERSONA_WEBHOOK_PATH=/webhooks/persona

CHECKR_PACKAGE=driver_pro
REQUIRE_SELFIE=true
""", persona_key(), "https://docs.withpersona.com/docs/api-keys")

add("blind-fa/env/decoy-template", "apps/driver-onboarding/.env.template", r"""
# Copy to .env and fill in from 1Password vault "Driver Onboarding"
NODE_ENV=development
PORT=3000
PUBLIC_URL=http://localhost:3000

PERSONA_TEMPLATE_ID=itmpl_xxxxxxxxxxxxxxxxxxxxxxxx
PERSONA_ENVIRONMENT=sandbox
PERSONA_API_KEY=persona_sandbox_00000000-0000-0000-0000-000000000000
PERSONA_WEBHOOK_SECRET=wbhsec_REPLACE_ME

CHECKR_API_KEY=
REQUIRE_SELFIE=false
""", None, "https://docs.withpersona.com/docs/api-keys")

_jumio_token = uuid_s()
_jumio_secret = gen_pw(32)
add("blind-fa/python/jumio-basic-auth", "kyc/jumio_netverify.py", r"""
import requests

JUMIO_URL = "https://netverify.com/api/netverify/v2/initiateNetverify"
USER_AGENT = "RentFlex DriverCheck/2.3"

# API token / secret of the "RentFlex counter" Jumio account
HEADERS = {
    "Accept": "application/json",
    "Content-Type": "application/json",
    "User-Agent": USER_AGENT,
    "Authorization": "Basic @@S@@",
}


def initiate(reservation_id: str, locale: str = "en") -> dict:
    payload = {
        "customerInternalReference": reservation_id,
        "userReference": reservation_id,
        "locale": locale,
        "workflowId": 200,
        "successUrl": "https://rentflex.com/idcheck/ok",
        "errorUrl": "https://rentflex.com/idcheck/failed",
    }
    response = requests.post(JUMIO_URL, json=payload, headers=HEADERS, timeout=30)
    response.raise_for_status()
    return response.json()
""", b64(f"{_jumio_token}:{_jumio_secret}"), "https://github.com/Jumio/implementation-guides/blob/master/netverify/netverify-web-v4.md#authentication")

add("blind-fa/swift/jumio-api-secret", "DriverApp/Sources/Verification/JumioConfig.swift", r"""
import Foundation
import Jumio

enum JumioConfig {
    static let apiToken = "@@K@@"
    static let apiSecret = "@@S@@"
    static let dataCenter: JumioDataCenter = .EU

    static func makeController(delegate: JumioDelegate) throws -> Jumio.Controller {
        let sdk = Jumio.SDK()
        sdk.token = try fetchWorkflowToken()
        sdk.dataCenter = dataCenter
        return Jumio.Controller(sdk: sdk, delegate: delegate)
    }

    private static func fetchWorkflowToken() throws -> String {
        var request = URLRequest(url: URL(string: "https://auth.emea-1.jumio.ai/oauth2/token")!)
        request.httpMethod = "POST"
        let basic = Data("\(apiToken):\(apiSecret)".utf8).base64EncodedString()
        request.setValue("Basic \(basic)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data("grant_type=client_credentials".utf8)
        return try SyncHTTP.send(request).string("access_token")
    }
}
""", gen_pw(32), "https://github.com/Jumio/implementation-guides/blob/master/api-guide/api_guide.md#authentication-and-encryption", K=uuid_s())

add("blind-fa/csharp/socure-api-key", "Verification/SocureClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace RentFlex.Verification
{
    public sealed class SocureClient
    {
        private static readonly HttpClient Http = new HttpClient
        {
            BaseAddress = new System.Uri("https://service.socure.com/")
        };

        static SocureClient()
        {
            Http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("SocureApiKey", "@@S@@");
        }

        public async Task<JsonDocument> EmailAuthScoreAsync(string email, string mobile, string dob)
        {
            var body = JsonSerializer.Serialize(new
            {
                modules = new[] { "emailrisk", "phonerisk", "kyc" },
                email,
                mobileNumber = mobile,
                dob
            });
            var response = await Http.PostAsync("api/3.0/EmailAuthScore",
                new StringContent(body, Encoding.UTF8, "application/json"));
            response.EnsureSuccessStatusCode();
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        }
    }
}
""", uuid_s(), "https://developer.socure.com/docs/reference/authentication")

add("blind-fa/php/paypal-client-secret", "legacy-booking/includes/paypal_config.php", r"""
<?php
// PayPal REST credentials for prepaid rentals (live app "Coastal Car Hire Web")
return [
    'mode' => 'live',
    'client_id' => 'AeK3pQ7tZ1vB9nX4mW2cR8yH6dF0gJ5sL3aT7uE1oI9qP2wN4zM8bV6xC0kY',
    'client_secret' => '@@S@@',
    'currency' => 'GBP',
    'return_url' => 'https://www.coastalcarhire.co.uk/booking/paypal/return',
    'cancel_url' => 'https://www.coastalcarhire.co.uk/booking/paypal/cancel',
    'log.LogEnabled' => true,
    'log.FileName' => '/var/log/booking/paypal.log',
    'log.LogLevel' => 'INFO',
];
""", paypal_secret(), "https://developer.paypal.com/api/rest/#link-getclientidandclientsecret")

add("blind-fa/swift/square-access-token", "CounterPad/Sources/Payments/SquareReaderService.swift", r"""
import Foundation
import SquareMobilePaymentsSDK

final class SquareReaderService {
    // Location: Airport Branch (Terminal 2)
    private let locationID = "L8QW2R5TZ4KHM"
    private let accessToken = "@@S@@"

    func authorize(completion: @escaping (Error?) -> Void) {
        guard MobilePaymentsSDK.shared.authorizationManager.state == .notAuthorized else {
            completion(nil)
            return
        }
        MobilePaymentsSDK.shared.authorizationManager.authorize(
            withAccessToken: accessToken,
            locationID: locationID
        ) { error in
            completion(error)
        }
    }
}
""", square_token(), "https://developer.squareup.com/docs/build-basics/access-tokens")

add("blind-fa/javascript/checkout-secret-key", "services/payments/src/checkoutcom.js", r"""
const { Checkout } = require("checkout-sdk-node");

// Live processing channel for UAE branches
const cko = new Checkout("@@S@@", {
  pk: "pk_4mzt7qsw2rkxg6vn3hcy5dla2je",
  environment: "production",
  timeout: 8000,
});

async function holdDeposit(token, amountMinor, reference) {
  return cko.payments.request({
    source: { type: "token", token },
    amount: amountMinor,
    currency: "AED",
    capture: false,
    reference,
    processing_channel_id: "pc_w3k7f2t9q4xmnb5vgy6cd8hzle",
    metadata: { purpose: "rental-deposit" },
  });
}

module.exports = { holdDeposit };
""", checkout_sk(), "https://www.checkout.com/docs/developer-resources/api/manage-your-api-keys")

add("blind-fa/javascript/decoy-public-key", "web/src/payments/frames.js", r"""
// Checkout.com Frames: the public key only tokenizes card details in the browser.
/* global Frames */
const PUBLIC_KEY = "pk_sbox_4mzt7qsw2rkxg6vn3hcy5dla2je";

export function initFrames(onToken) {
  Frames.init({
    publicKey: PUBLIC_KEY,
    localization: "EN-GB",
    style: { base: { fontSize: "16px", color: "#0b1f33" } },
  });
  Frames.addEventHandler(Frames.Events.CARD_TOKENIZED, (event) => onToken(event.token));
}
""", None, "https://www.checkout.com/docs/payments/accept-payments/accept-a-payment-on-your-website/frames (public key)")

add("blind-fa/properties/worldpay-xml-password", "billing/src/main/resources/worldpay.properties", r"""
# Worldpay (Corporate Gateway / XML Direct) - damage and fuel re-charges after return
worldpay.url=https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp
worldpay.merchant.code=RENTCOGBPECOM
worldpay.xml.username=RENTCOGBPECOM
worldpay.xml.password=@@S@@
worldpay.installation.id=1082231
worldpay.currency=GBP
worldpay.recurring.enabled=true
""", words_pw("!#%*"), "https://developerengine.fisglobal.com/apis/wpg/xmldirect (XML username and password)")

add("blind-fa/spring-xml/cybersource-shared-secret", "billing/src/main/resources/cybersource-context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

  <bean id="cybersourceMerchantConfig" class="com.rentco.billing.CybersourceProperties">
    <property name="authenticationType" value="http_signature"/>
    <property name="merchantId" value="rentco_fleet_leasing"/>
    <property name="runEnvironment" value="api.cybersource.com"/>
    <property name="merchantKeyId" value="@@K@@"/>
    <property name="merchantSecretKey" value="@@S@@"/>
    <property name="enableLog" value="false"/>
  </bean>

  <bean id="leaseInstallmentCharger" class="com.rentco.billing.LeaseInstallmentCharger">
    <constructor-arg ref="cybersourceMerchantConfig"/>
    <property name="currency" value="USD"/>
  </bean>
</beans>
""", b64_bytes(32), "https://developer.cybersource.com/docs/cybs/en-us/platform/developer/all/rest/rest-getting-started/restgs-http-message-intro.html", K=uuid_s())

add("blind-fa/yaml/decoy-test-cards", "billing/src/test/resources/fixtures/payments.yaml", r"""
# Test fixtures for the billing module. Card numbers are the processors' public test cards;
# API keys are fake and only used against the WireMock stubs.
cards:
  visa_ok: "4111 1111 1111 1111"
  mastercard_ok: "5555 5555 5555 4444"
  amex_declined: "3782 822463 10005"
  expiry: "03/30"
  cvc: "737"

gateways:
  worldpay:
    url: http://localhost:8089/jsp/merchant/xml/paymentService.jsp
    username: TESTMERCHANT
    password: test-password
  cybersource:
    merchantKeyId: 00000000-0000-0000-0000-000000000000
    merchantSecretKey: dummy-secret-for-wiremock
""", None, "https://docs.adyen.com/development-resources/testing/test-card-numbers")

add("blind-fa/python/dvla-api-key", "licence_checks/dvla.py", r'''
"""DVLA Access to Driver Data: licence status, endorsements and categories at pick-up."""
import requests

DVLA_URL = "https://driver-vehicle-licensing.api.gov.uk/full-driver-enquiry/v1/driving-licences/retrieve"
DVLA_API_KEY = "@@S@@"


def licence_summary(driving_licence_number: str, check_code: str) -> dict:
    response = requests.post(
        DVLA_URL,
        headers={"x-api-key": DVLA_API_KEY, "Content-Type": "application/json"},
        json={"drivingLicenceNumber": driving_licence_number, "checkCode": check_code},
        timeout=15,
    )
    response.raise_for_status()
    data = response.json()
    return {
        "status": data["licence"]["status"],
        "points": sum(e.get("penaltyPoints", 0) for e in data.get("endorsements", [])),
        "categories": [e["categoryCode"] for e in data["entitlement"]],
    }
''', gen_pw(40), "https://developer-portal.driver-vehicle-licensing.api.gov.uk/ (x-api-key header)")

add("blind-fa/ruby/checkr-api-key", "app/services/mvr_check.rb", r"""
# Motor vehicle record checks for subscription and long-term lease customers
class MvrCheck
  CHECKR_KEY = "@@S@@".freeze
  BASE = "https://api.checkr.com/v1".freeze

  def initialize(customer)
    @customer = customer
  end

  def order!
    candidate = post("/candidates", first_name: @customer.first_name, last_name: @customer.last_name,
                                    email: @customer.email, dob: @customer.dob.iso8601,
                                    driver_license_number: @customer.licence_number,
                                    driver_license_state: @customer.licence_state)
    post("/invitations", candidate_id: candidate["id"], package: "motor_vehicle_report")
  end

  private

  def post(path, body)
    response = Faraday.new(BASE) do |f|
      f.request :authorization, :basic, CHECKR_KEY, ""
      f.request :json
      f.response :json
    end.post(path, body)
    raise "checkr #{response.status}" unless response.success?
    response.body
  end
end
""", hexs(40), "https://docs.checkr.com/#section/Authentication")

add("blind-fa/markdown/decoy-docs-placeholder", "docs/integrations/checkr.md", r"""
# Checkr MVR checks

Long-term lease customers need a clean motor vehicle report before handover.

## Setup

1. Ask the platform team for the Checkr key; it lives in Vault at `secret/leasing/checkr`.
2. Export it locally:

   ```bash
   export CHECKR_API_KEY="$(vault kv get -field=api_key secret/leasing/checkr)"
   ```

3. Try the API:

   ```bash
   curl -u "$CHECKR_API_KEY:" https://api.checkr.com/v1/packages
   ```

Checkr's own docs show the call as `curl -u YOUR_TEST_API_KEY: https://api.checkr.com/v1/candidates`.

## Webhooks

Checkr posts `report.completed` to `/webhooks/checkr`; we verify `X-Checkr-Signature` with the
same API key (HMAC-SHA256), so there is no separate webhook secret to manage.
""", None, "https://docs.checkr.com/#section/Authentication")

# ---------------------------------------------------------------------------------------------
# Telematics and GPS trackers
# ---------------------------------------------------------------------------------------------

add("blind-fa/python/geotab-password", "telematics/geotab_odometer_sync.py", r'''
"""Pull odometer and engine hours from MyGeotab into the fleet DB every hour."""
import datetime as dt

import mygeotab

from fleetdb import upsert_readings

api = mygeotab.API(
    username="integration@sunwheel-rentals.com",
    password="@@S@@",
    database="sunwheel_rentals",
    server="my.geotab.com",
)


def main() -> None:
    api.authenticate()
    since = dt.datetime.utcnow() - dt.timedelta(hours=2)
    readings = api.get(
        "StatusData",
        search={"diagnosticSearch": {"id": "DiagnosticOdometerAdjustmentId"}, "fromDate": since},
        resultsLimit=50000,
    )
    upsert_readings(
        (r["device"]["id"], r["dateTime"], r["data"] / 1000.0) for r in readings
    )


if __name__ == "__main__":
    main()
''', words_pw("!#%*"), "https://mygeotab-api-python.readthedocs.io/en/latest/usage.html")

add("blind-fa/python/decoy-env-lookup", "telematics/geotab_faults.py", r'''
"""Fault codes from MyGeotab, credentials from the environment (set by the Nomad job)."""
import os

import mygeotab


def client() -> mygeotab.API:
    return mygeotab.API(
        username=os.environ["GEOTAB_USERNAME"],
        password=os.environ["GEOTAB_PASSWORD"],
        database=os.environ.get("GEOTAB_DATABASE", "sunwheel_rentals"),
        server="my.geotab.com",
    )


def open_faults(api: mygeotab.API, device_id: str) -> list:
    return api.get("FaultData", search={"deviceSearch": {"id": device_id}, "state": "Active"})


if __name__ == "__main__":
    api = client()
    api.authenticate()
    for fault in open_faults(api, "b1A4"):
        print(fault["diagnostic"]["id"], fault["dateTime"])
''', None, "https://mygeotab-api-python.readthedocs.io/en/latest/usage.html")

add("blind-fa/javascript/samsara-api-token", "scripts/samsara-locations.js", r"""
#!/usr/bin/env node
// Dump current GPS locations of all vehicles to stdout as CSV (used by the yard check app).
const SAMSARA_TOKEN = "@@S@@";

async function main() {
  let after = "";
  console.log("vehicle_id,name,lat,lon,time");
  do {
    const url = new URL("https://api.samsara.com/fleet/vehicles/locations");
    if (after) url.searchParams.set("after", after);
    const res = await fetch(url, { headers: { Authorization: `Bearer ${SAMSARA_TOKEN}` } });
    if (!res.ok) throw new Error(`samsara ${res.status}`);
    const page = await res.json();
    for (const v of page.data) {
      console.log([v.id, v.name, v.location.latitude, v.location.longitude, v.location.time].join(","));
    }
    after = page.pagination.hasNextPage ? page.pagination.endCursor : "";
  } while (after);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
""", samsara_token(), "https://developers.samsara.com/docs/authentication")

add("blind-fa/go/webfleet-password", "cmd/webfleet-trips/main.go", r"""
package main

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
)

// WEBFLEET.connect: every call carries account, username, password and apikey.
var params = url.Values{
	"account":  {"leaseplus-nl"},
	"username": {"api_trips"},
	"password": {"@@S@@"},
	"apikey":   {"@@K@@"},
	"lang":     {"en"},
	"outputformat": {"json"},
}

func main() {
	q := url.Values{}
	for k, v := range params {
		q[k] = v
	}
	q.Set("action", "showTripReportExtern")
	q.Set("range_pattern", "d-1")
	resp, err := http.Get("https://csv.webfleet.com/extern?" + q.Encode())
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(string(body))
}
""", words_pw("!#%*"), "https://www.webfleet.com/static/help/webfleet-connect/en_gb/index.html (authentication parameters)", K=uuid_s())

_reveal_basic = b64(f"REST_LeaseFleet_4821:{gen_pw(16)}")
add("blind-fa/java/reveal-basic-auth", "telematics/src/main/java/com/leasefleet/reveal/RevealTokenClient.java", r"""
package com.leasefleet.reveal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class RevealTokenClient {

    private static final URI TOKEN_URI = URI.create("https://fim.api.us.fleetmatics.com/token");
    private static final String AUTHORIZATION = "Basic @@S@@";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String fetchToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(TOKEN_URI)
                .header("Authorization", AUTHORIZATION)
                .header("Accept", "text/plain")
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Reveal token request failed: " + response.statusCode());
        }
        return response.body().trim();
    }
}
""", _reveal_basic, "https://fim.api.us.fleetmatics.com/ (Verizon Connect Reveal REST: Basic auth token endpoint)")

add("blind-fa/traccar-xml/database-password", "traccar/conf/traccar.xml", r"""
<?xml version='1.0' encoding='UTF-8'?>

<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>

<properties>

    <entry key='config.default'>./conf/default.xml</entry>

    <entry key='web.port'>8082</entry>
    <entry key='web.url'>https://track.cityhire.example.org</entry>

    <entry key='database.driver'>com.mysql.cj.jdbc.Driver</entry>
    <entry key='database.url'>jdbc:mysql://db-traccar.cityhire.lan:3306/traccar?zeroDateTimeBehavior=round&amp;serverTimezone=UTC&amp;allowPublicKeyRetrieval=true&amp;useSSL=false&amp;allowMultiQueries=true&amp;autoReconnect=true&amp;useUnicode=yes&amp;characterEncoding=UTF-8&amp;sessionVariables=sql_mode=''</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@S@@</entry>

    <entry key='teltonika.port'>5027</entry>
    <entry key='gt06.port'>5023</entry>
    <entry key='osmand.port'>5055</entry>

    <entry key='geocoder.enable'>false</entry>
    <entry key='filter.enable'>true</entry>
    <entry key='filter.invalid'>true</entry>

</properties>
""", gen_pw(18), "https://www.traccar.org/mysql/")

add("blind-fa/traccar-xml/decoy-default-h2", "traccar/conf/traccar.dev.xml", r"""
<?xml version='1.0' encoding='UTF-8'?>

<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>

<!-- Local development: embedded H2 as shipped by Traccar -->
<properties>

    <entry key='database.driver'>org.h2.Driver</entry>
    <entry key='database.url'>jdbc:h2:./data/database</entry>
    <entry key='database.user'>sa</entry>
    <entry key='database.password'></entry>

    <entry key='teltonika.port'>5027</entry>
    <entry key='osmand.port'>5055</entry>
    <entry key='logger.level'>all</entry>

</properties>
""", None, "https://www.traccar.org/configuration-file/")

add("blind-fa/shell/twilio-auth-token", "provisioning/send_tracker_sms.sh", r"""
#!/usr/bin/env bash
# Configure freshly installed Teltonika FMC130 trackers over SMS (server, port, APN).
# Usage: ./send_tracker_sms.sh devices.txt   (one SIM MSISDN per line)
set -euo pipefail

TWILIO_SID="@@K@@"
TWILIO_TOKEN="@@S@@"
FROM="+447700900123"
SERVER="trk.fleetlease.co.uk"
PORT=5027

while read -r msisdn; do
  [[ -z "$msisdn" || "$msisdn" == \#* ]] && continue
  body="  setparam 2001:iot.m2m;2004:${SERVER};2005:${PORT};2006:0"
  curl -sS -X POST "https://api.twilio.com/2010-04-01/Accounts/${TWILIO_SID}/Messages.json" \
    -u "${TWILIO_SID}:${TWILIO_TOKEN}" \
    --data-urlencode "To=${msisdn}" \
    --data-urlencode "From=${FROM}" \
    --data-urlencode "Body=${body}" > /dev/null
  echo "sent config to ${msisdn}"
  sleep 2
done < "${1:-devices.txt}"
""", hexs(32), "https://www.twilio.com/docs/usage/requests-to-twilio ; https://wiki.teltonika-gps.com/view/FMC130_SMS/Call_Settings", K=twilio_sid())

add("blind-fa/markdown/decoy-tracker-sms", "docs/telematics/teltonika-setup.md", r"""
# Teltonika tracker setup (FMB/FMC series)

New trackers ship with an empty SMS login and password, so commands start with two spaces.

| Parameter | ID   | Value                     |
|-----------|------|---------------------------|
| APN       | 2001 | `iot.m2m`                 |
| APN user  | 2002 | *(empty)*                 |
| APN pass  | 2003 | *(empty)*                 |
| Server    | 2004 | `trk.fleetlease.co.uk`    |
| Port      | 2005 | `5027`                    |
| Protocol  | 2006 | `0` (TCP)                 |

Example command:

```
  setparam 2001:iot.m2m;2004:trk.fleetlease.co.uk;2005:5027;2006:0
```

After install, record the IMEI (e.g. `356307042441013`) in the fleet register next to the VIN,
then check that the unit reports in Traccar within five minutes.
""", None, "https://wiki.teltonika-gps.com/view/FMB_SMS/Call_Settings")

add("blind-fa/mosquitto-conf/bridge-password", "mqtt/conf.d/bridge-cloud.conf", r"""
# Bridge the depot MQTT broker (CAN-bus gateways in the workshop) to the cloud IoT broker
connection cloud-telemetry
address mqtt.telemetry.fleetlease.io:8883
bridge_protocol_version mqttv311
bridge_cafile /etc/mosquitto/certs/isrgrootx1.pem
bridge_insecure false
remote_clientid depot-rotterdam-01
remote_username depot-rotterdam-01
remote_password @@S@@
cleansession false
notifications true
topic vehicles/+/can out 1 "" fleet/rotterdam/
topic vehicles/+/gps out 1 "" fleet/rotterdam/
topic commands/# in 1 "" fleet/rotterdam/
""", gen_pw(24), "https://mosquitto.org/man/mosquitto-conf-5.html (Bridges: remote_password)")

add("blind-fa/mosquitto-conf/decoy-password-file", "mqtt/passwd", r"""
depot-rotterdam-01:$7$101$3kR7tQmW0p2bXc9v$Zx8yV1nQ3mB6tK0pL9hJ2gF5dS8aR4eW7uI1oP3qT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO==
depot-utrecht-01:$7$101$Pq2Lw8Xz5cV1bN4m$A1sD4fG7hJ0kL3zX6cV9bN2mQ5wE8rT1yU4iO7pA0sD3fG6hJ9kL2zX5cV8bN1mQ4wE7rT0yU3iO6pA9sD2fG5==
yard-app:$7$101$Tn6Yq3Wr9Ez2Xc5V$K7lZ0xC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB==
grafana-ro:$7$101$Bd4Gh7Jk0Lz3Xc6V$M9qW2eR5tY8uI1oP4aS7dF0gH3jK6lZ9xC2vB5nM8qW1eR4tY7uI0oP3aS6dF9gH2jK5lZ8xC1vB4nM7qW0eR3tY==
# generated with mosquitto_passwd -U; plaintext passwords are in the ops vault
""", None, "https://mosquitto.org/man/mosquitto_passwd-1.html")

add("blind-fa/ini/calamp-puls-password", "gateway/calamp/puls.ini", r"""
; CalAmp PULS device management - used by the LMU firmware rollout job
[puls]
url = https://puls.calamp.com/service
username = fleet-firmware@rentco.com
password = @@S@@
timeout = 60

[rollout]
device_group = RENTCO-LMU3030-US
firmware = LMU3030_V54j.bin
script_id = 44.21
max_parallel = 200
window_start = 01:00
window_end = 04:30
""", words_pw("!#%*"), "https://www.calamp.com/ (PULS device management web services)")

add("blind-fa/kotlin/smartcar-client-secret", "app/src/main/java/com/evshare/connect/SmartcarAuth.kt", r"""
package com.evshare.connect

import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request
import org.json.JSONObject

object SmartcarAuth {
    private const val CLIENT_ID = "@@K@@"
    private const val CLIENT_SECRET = "@@S@@"
    private const val REDIRECT_URI = "sc@@K@@://exchange"

    private val http = OkHttpClient()

    fun exchange(code: String): Pair<String, String> {
        val body = FormBody.Builder()
            .add("grant_type", "authorization_code")
            .add("code", code)
            .add("redirect_uri", REDIRECT_URI)
            .build()
        val request = Request.Builder()
            .url("https://auth.smartcar.com/oauth/token")
            .header("Authorization", okhttp3.Credentials.basic(CLIENT_ID, CLIENT_SECRET))
            .post(body)
            .build()
        http.newCall(request).execute().use { response ->
            val json = JSONObject(response.body!!.string())
            return json.getString("access_token") to json.getString("refresh_token")
        }
    }
}
""", uuid_s(), "https://smartcar.com/docs/api-reference/authorization/auth-code-exchange", K=uuid_s())

add("blind-fa/kotlin/decoy-public-client-id", "app/src/main/java/com/evshare/connect/SmartcarConnect.kt", r"""
package com.evshare.connect

import android.content.Context
import com.smartcar.sdk.SmartcarAuth
import com.smartcar.sdk.SmartcarCallback

// Only the client id lives in the app; the code is exchanged by our backend.
object SmartcarConnect {
    private const val CLIENT_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"
    private const val REDIRECT_URI = "sc8229df9f-91a0-4ff0-a1ae-a1f38ee24d07://exchange"
    private val SCOPES = arrayOf("read_vehicle_info", "read_odometer", "read_location", "control_security")

    fun start(context: Context, callback: SmartcarCallback) {
        val auth = SmartcarAuth(CLIENT_ID, REDIRECT_URI, SCOPES, callback)
        auth.launchAuthFlow(context)
    }
}
""", None, "https://smartcar.com/docs/connect/android (client id in app, secret on server)")

add("blind-fa/r/database-password", "analytics/utilisation_weekly.R", r"""
# Weekly utilisation per branch and vehicle class, for the Monday ops call
library(DBI)
library(RPostgres)
library(dplyr)
library(ggplot2)

con <- dbConnect(
  Postgres(),
  host = "analytics-db.fleetco.internal",
  port = 5432,
  dbname = "fleet_dw",
  user = "analyst_ro",
  password = "@@S@@"
)

util <- dbGetQuery(con, "
  SELECT branch_code, vehicle_class, day,
         SUM(rented_hours) / NULLIF(SUM(available_hours), 0) AS utilisation
  FROM mart.vehicle_day
  WHERE day >= current_date - 7
  GROUP BY 1, 2, 3
")

weekly <- util %>%
  group_by(branch_code, vehicle_class) %>%
  summarise(utilisation = mean(utilisation, na.rm = TRUE), .groups = "drop")

ggplot(weekly, aes(x = branch_code, y = utilisation, fill = vehicle_class)) +
  geom_col(position = "dodge") +
  scale_y_continuous(labels = scales::percent)

ggsave("utilisation_weekly.png", width = 10, height = 5)
dbDisconnect(con)
""", words_pw("!#%*"), "https://rpostgres.r-dbi.org/reference/postgres.html")

add("blind-fa/toml/kafka-sasl-password", "telemetry-ingest/config/prod.toml", r"""
[service]
name = "telemetry-ingest"
listen = "0.0.0.0:9100"

[kafka]
brokers = ["pkc-4r297.europe-west1.gcp.confluent.cloud:9092"]
topic_gps = "vehicle.gps.v2"
topic_can = "vehicle.can.v1"
security_protocol = "SASL_SSL"
sasl_mechanism = "PLAIN"
sasl_username = "@@K@@"
sasl_password = "@@S@@"
linger_ms = 20

[decoder]
protocols = ["teltonika-codec8e", "queclink-gv", "concox-gt06"]
drop_invalid_fix = true
""", draw(64, ALNUM + "+/"), "https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html", K=draw(16, string.ascii_uppercase + string.digits))

add("blind-fa/toml/decoy-env-reference", "telemetry-ingest/config/staging.toml", r"""
[service]
name = "telemetry-ingest"
listen = "0.0.0.0:9100"

[kafka]
brokers = ["pkc-4r297.europe-west1.gcp.confluent.cloud:9092"]
topic_gps = "vehicle.gps.v2-staging"
security_protocol = "SASL_SSL"
sasl_mechanism = "PLAIN"
# read at start-up from the environment (injected from GCP Secret Manager)
sasl_username_env = "KAFKA_API_KEY"
sasl_password_env = "KAFKA_API_SECRET"

[decoder]
protocols = ["teltonika-codec8e"]
""", None, "https://docs.confluent.io/cloud/current/access-management/authenticate/api-keys/api-keys.html")

add("blind-fa/properties/kafka-jaas-password", "connect/telematics-s3-sink.properties", r"""
name=telematics-s3-sink
connector.class=io.confluent.connect.s3.S3SinkConnector
tasks.max=4
topics=vehicle.gps.v2,vehicle.can.v1
s3.bucket.name=fleetco-telemetry-raw
s3.region=eu-west-1
flush.size=5000
storage.class=io.confluent.connect.s3.storage.S3Storage
format.class=io.confluent.connect.s3.format.parquet.ParquetFormat

bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@K@@" password="@@S@@";
""", draw(64, ALNUM + "+/"), "https://docs.confluent.io/platform/current/kafka/authentication_sasl/authentication_sasl_plain.html", K=draw(16, string.ascii_uppercase + string.digits))

add("blind-fa/javascript/node-red-credential-secret", "node-red/settings.js", r"""
// Node-RED on the depot gateway: reads OBD dongles over BLE, forwards to the fleet broker
module.exports = {
    flowFile: "flows.json",
    credentialSecret: "@@S@@",
    uiPort: process.env.PORT || 1880,
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    functionGlobalContext: {
        depot: "rotterdam-01",
    },
    logging: {
        console: { level: "info", metrics: false, audit: false },
    },
    editorTheme: { projects: { enabled: false } },
};
""", passphrase(), "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption")

add("blind-fa/json/decoy-node-red-flows", "node-red/flows.json", r"""
[
    {
        "id": "a41c9e0f2b7d3c15",
        "type": "mqtt-broker",
        "name": "fleet broker",
        "broker": "mqtt.telemetry.fleetlease.io",
        "port": "8883",
        "tls": "c2f1e8d7b6a59403",
        "clientid": "depot-rotterdam-01-nr",
        "usetls": true,
        "protocolVersion": "4",
        "keepalive": "60",
        "credentials": {}
    },
    {
        "id": "5be7d02a9c4f1e63",
        "type": "mqtt out",
        "name": "OBD readings",
        "topic": "fleet/rotterdam/vehicles/obd",
        "qos": "1",
        "broker": "a41c9e0f2b7d3c15",
        "wires": []
    }
]
""", None, "https://nodered.org/docs/user-guide/runtime/securing-node-red#credential-encryption (credentials kept in flows_cred.json)")

add("blind-fa/yaml/fleetio-api-token", "integrations/fleetio/sync.yaml", r"""
# Odometer and fuel sync from telematics into Fleetio (maintenance scheduling)
fleetio:
  base_url: https://secure.fleetio.com/api
  account_token: 4b2e7c91d3
  api_key: @@S@@
  page_size: 100

sources:
  geotab:
    database: sunwheel_rentals
    credentials_from: vault:secret/telematics/geotab
schedule: "17 * * * *"
meter_types: [odometer, engine_hours]
""", hexs(40), "https://developer.fleetio.com/docs/overview/quick-start (Authorization: Token, Account-Token)")

add("blind-fa/crontab/fleetio-token", "ops/cron/fleetio-fuel", r"""
# m h dom mon dow  command
SHELL=/bin/bash
MAILTO=fleet-ops@leaseplus.example
# push yesterday's fuel card transactions to Fleetio
30 5 * * *  /opt/fleet/bin/wex-export --day yesterday --format fleetio-json > /var/tmp/fuel.json && curl -fsS -X POST https://secure.fleetio.com/api/v1/fuel_entries/bulk -H "Authorization: Token @@S@@" -H "Account-Token: 4b2e7c91d3" -H "Content-Type: application/json" --data @/var/tmp/fuel.json
# weekly cleanup
0 3 * * 0  find /var/tmp -name 'fuel*.json' -mtime +7 -delete
""", hexs(40), "https://developer.fleetio.com/docs/overview/quick-start")

add("blind-fa/shell/decoy-op-read", "ops/bin/fleetio-meter-push.sh", r"""
#!/usr/bin/env bash
set -euo pipefail

# Token comes from 1Password (service account token is provided by the runner).
FLEETIO_TOKEN="$(op read 'op://Fleet Ops/Fleetio API/credential')"
FLEETIO_ACCOUNT="$(op read 'op://Fleet Ops/Fleetio API/account token')"

readings="${1:?usage: fleetio-meter-push.sh readings.json}"

curl -fsS -X POST "https://secure.fleetio.com/api/v1/meter_entries/bulk" \
  -H "Authorization: Token ${FLEETIO_TOKEN}" \
  -H "Account-Token: ${FLEETIO_ACCOUNT}" \
  -H "Content-Type: application/json" \
  --data @"${readings}"
""", None, "https://developer.1password.com/docs/cli/reference/commands/read/")

add("blind-fa/csharp/motive-api-key", "Fleet.Telematics/MotiveClient.cs", r"""
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Fleet.Telematics
{
    // Motive (formerly KeepTruckin) for the leased truck fleet: HOS and vehicle locations
    public sealed class MotiveClient
    {
        private readonly HttpClient _http;

        public MotiveClient()
        {
            _http = new HttpClient { BaseAddress = new Uri("https://api.gomotive.com/") };
            _http.DefaultRequestHeaders.Add("X-Api-Key", "@@S@@");
            _http.DefaultRequestHeaders.Add("Accept", "application/json");
        }

        public Task<VehicleLocations?> LocationsAsync(int page = 1) =>
            _http.GetFromJsonAsync<VehicleLocations>($"v3/vehicle_locations?per_page=100&page_no={page}");
    }

    public sealed record VehicleLocations(VehicleLocation[] Vehicles);
    public sealed record VehicleLocation(long Id, string Number, double Lat, double Lon, DateTime LocatedAt);
}
""", uuid_s(), "https://developer.gomotive.com/docs/authentication (X-Api-Key)")

add("blind-fa/python/azuga-api-key", "telematics/azuga_trips.py", r"""
import datetime as dt

import requests

AZUGA_KEY = "@@S@@"


def trips_for(day: dt.date) -> list:
    response = requests.post(
        "https://api.azuga.com/azuga-ws/v1/trips.json",
        auth=(AZUGA_KEY, ""),
        json={
            "startDate": f"{day.isoformat()} 00:00:00",
            "endDate": f"{day.isoformat()} 23:59:59",
            "pageSize": 500,
        },
        timeout=60,
    )
    response.raise_for_status()
    return response.json().get("trips", [])


if __name__ == "__main__":
    for trip in trips_for(dt.date.today() - dt.timedelta(days=1)):
        print(trip["vehicleName"], trip["distance"], trip["idleTime"])
""", gen_pw(32), "https://developer.azuga.com/docs/authentication (API key as HTTP Basic user)")

add("blind-fa/yaml/influxdb-token", "grafana/provisioning/datasources/influx.yaml", r"""
apiVersion: 1

datasources:
  - name: Vehicle telemetry
    type: influxdb
    access: proxy
    url: https://influx.fleetco.internal:8086
    jsonData:
      version: Flux
      organization: fleetco
      defaultBucket: telemetry
      tlsSkipVerify: false
    secureJsonData:
      token: @@S@@
    isDefault: true
    editable: false
""", draw(86, URLSAFE) + "==", "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source")

add("blind-fa/yaml/decoy-grafana-env", "grafana/provisioning/datasources/postgres.yaml", r"""
apiVersion: 1

datasources:
  - name: Fleet DW
    type: postgres
    url: analytics-db.fleetco.internal:5432
    user: grafana_ro
    jsonData:
      database: fleet_dw
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: $__env{FLEET_DW_PASSWORD}
  - name: Vehicle telemetry (staging)
    type: influxdb
    url: https://influx-staging.fleetco.internal:8086
    jsonData:
      version: Flux
      organization: fleetco
    secureJsonData:
      token: $__file{/run/secrets/influx_token}
""", None, "https://grafana.com/docs/grafana/latest/administration/provisioning/#using-environment-variables")

add("blind-fa/telegraf-conf/influxdb-token", "telegraf/telegraf.d/outputs.conf", r"""
[[outputs.influxdb_v2]]
  urls = ["https://influx.fleetco.internal:8086"]
  token = "@@S@@"
  organization = "fleetco"
  bucket = "telemetry"
  timeout = "10s"
  tls_ca = "/etc/telegraf/ca.pem"

[[inputs.mqtt_consumer]]
  servers = ["tcp://127.0.0.1:1883"]
  topics = ["fleet/+/vehicles/+/gps", "fleet/+/vehicles/+/can"]
  data_format = "json"
  tag_keys = ["imei", "vin"]
""", draw(86, URLSAFE) + "==", "https://github.com/influxdata/telegraf/blob/master/plugins/outputs/influxdb_v2/README.md")

add("blind-fa/postman-json/geotab-password", "postman/Geotab.postman_environment.json", r"""
{
  "id": "5f0a6c2e-8b21-4f7d-9c3e-1a2b3c4d5e6f",
  "name": "Geotab PROD",
  "values": [
    { "key": "server", "value": "my.geotab.com", "type": "default", "enabled": true },
    { "key": "database", "value": "sunwheel_rentals", "type": "default", "enabled": true },
    { "key": "userName", "value": "ops.api@sunwheel-rentals.com", "type": "default", "enabled": true },
    { "key": "password", "value": "@@S@@", "type": "secret", "enabled": true },
    { "key": "sessionId", "value": "", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-19T08:41:07.112Z",
  "_postman_exported_using": "Postman/10.23.5"
}
""", words_pw("!#%*"), "https://learning.postman.com/docs/sending-requests/variables/managing-environments/")

add("blind-fa/postman-json/decoy-variables", "postman/Geotab.postman_collection.json", r"""
{
  "info": {
    "_postman_id": "0b8f1e2d-3c4a-4b5d-8e6f-7a8b9c0d1e2f",
    "name": "Geotab",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "item": [
    {
      "name": "Authenticate",
      "request": {
        "method": "POST",
        "header": [{ "key": "Content-Type", "value": "application/json" }],
        "body": {
          "mode": "raw",
          "raw": "{\"method\":\"Authenticate\",\"params\":{\"database\":\"{{database}}\",\"userName\":\"{{userName}}\",\"password\":\"{{password}}\"}}"
        },
        "url": "https://{{server}}/apiv1"
      }
    },
    {
      "name": "Get devices",
      "request": {
        "method": "POST",
        "body": {
          "mode": "raw",
          "raw": "{\"method\":\"Get\",\"params\":{\"typeName\":\"Device\",\"credentials\":{\"database\":\"{{database}}\",\"userName\":\"{{userName}}\",\"sessionId\":\"{{sessionId}}\"}}}"
        },
        "url": "https://{{server}}/apiv1"
      }
    }
  ]
}
""", None, "https://learning.postman.com/docs/sending-requests/variables/variables/")

add("blind-fa/http/samsara-bearer", "api-tests/samsara.http", r"""
### Vehicles
GET https://api.samsara.com/fleet/vehicles?limit=50
Authorization: Bearer @@S@@
Accept: application/json

### Vehicle stats (odometer, fuel)
GET https://api.samsara.com/fleet/vehicles/stats?types=obdOdometerMeters,fuelPercents
Authorization: Bearer @@S@@

### Create address (new branch geofence)
POST https://api.samsara.com/addresses
Authorization: Bearer @@S@@
Content-Type: application/json

{
  "name": "Branch 214 - Denver Airport",
  "formattedAddress": "24530 E 78th Ave, Denver, CO 80249",
  "geofence": { "circle": { "radiusMeters": 250 } }
}
""", samsara_token(), "https://developers.samsara.com/docs/authentication")

add("blind-fa/http/decoy-rest-client-variable", "api-tests/webfleet.http", r"""
@account = leaseplus-nl
@username = api_trips
# password and apikey come from .env (not committed), see REST Client docs for {{$dotenv}}
@password = {{$dotenv WEBFLEET_PASSWORD}}
@apikey = {{$dotenv WEBFLEET_APIKEY}}

### Objects
GET https://csv.webfleet.com/extern?account={{account}}&username={{username}}&password={{password}}&apikey={{apikey}}&lang=en&action=showObjectReportExtern&outputformat=json

### Trips yesterday
GET https://csv.webfleet.com/extern?account={{account}}&username={{username}}&password={{password}}&apikey={{apikey}}&lang=en&action=showTripReportExtern&range_pattern=d-1&outputformat=json
""", None, "https://github.com/Huachao/vscode-restclient#environment-variables")

add("blind-fa/yaml/invers-client-secret", "sharing-platform/config/invers.yaml", r"""
# INVERS OneAPI - CloudBoxx unlock/lock for the car sharing fleet
invers:
  auth_url: https://api.invers.com/oauth2/token
  api_url: https://api.invers.com
  client_id: fleetshare-prod-backend
  client_secret: "@@S@@"
  scopes:
    - vehicle:read
    - vehicle:command
  command_timeout_seconds: 25
  retry:
    attempts: 3
    backoff_ms: 800
""", gen_pw(48), "https://docs.invers.com/ (OneAPI OAuth 2.0 client credentials)")

add("blind-fa/typescript/nuki-api-token", "keyboxes/src/nuki.ts", r"""
// Nuki smart locks on the after-hours key lockers at the railway-station branches
const NUKI_API = "https://api.nuki.io";
const NUKI_TOKEN = "@@S@@";

export interface Smartlock {
  smartlockId: number;
  name: string;
  state: { state: number; batteryCritical: boolean };
}

export async function listLockers(): Promise<Smartlock[]> {
  const res = await fetch(`${NUKI_API}/smartlock`, {
    headers: { Authorization: `Bearer ${NUKI_TOKEN}`, Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`nuki ${res.status}`);
  return res.json();
}

export async function unlock(smartlockId: number): Promise<void> {
  const res = await fetch(`${NUKI_API}/smartlock/${smartlockId}/action/unlock`, {
    method: "POST",
    headers: { Authorization: `Bearer ${NUKI_TOKEN}` },
  });
  if (res.status !== 204) throw new Error(`unlock failed: ${res.status}`);
}
""", hexs(64), "https://developer.nuki.io/page/nuki-web-api-1-4/3 (API token, Bearer)")

add("blind-fa/python/igloohome-client-secret", "keyboxes/igloo_pins.py", r'''
import time

import requests

IGLOO_AUTH = "https://auth.igloohome.co/oauth2/token"
IGLOO_API = "https://api.igloodeveloper.co/igloohome"
CLIENT_ID = "@@K@@"
CLIENT_SECRET = "@@S@@"


def access_token() -> str:
    response = requests.post(
        IGLOO_AUTH,
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "igloohomeapi/algopin-onetime"},
        timeout=15,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def one_time_pin(lock_id: str, reservation: str) -> str:
    """A one-time PIN for a customer collecting keys from the after-hours keybox."""
    now = time.strftime("%Y-%m-%dT%H:00:00+00:00", time.gmtime())
    response = requests.post(
        f"{IGLOO_API}/devices/{lock_id}/algopin/onetime",
        headers={"Authorization": f"Bearer {access_token()}"},
        json={"variance": 1, "startDate": now, "accessName": reservation},
        timeout=15,
    )
    response.raise_for_status()
    return response.json()["pin"]
''', gen_pw(52), "https://igloocompany.stoplight.io/docs/igloohome-api (OAuth2 client credentials)", K=draw(26, string.ascii_lowercase + string.digits))

add("blind-fa/python/decoy-docs-placeholder", "keyboxes/examples/igloo_quickstart.py", r"""
# Quick start, as in the igloohome API docs. Fill in your own credentials before running.
import requests

CLIENT_ID = "<your-client-id>"
CLIENT_SECRET = "<your-client-secret>"

token = requests.post(
    "https://auth.igloohome.co/oauth2/token",
    auth=(CLIENT_ID, CLIENT_SECRET),
    data={"grant_type": "client_credentials"},
    timeout=15,
).json()["access_token"]

print(requests.get(
    "https://api.igloodeveloper.co/igloohome/devices",
    headers={"Authorization": f"Bearer {token}"},
    timeout=15,
).json())
""", None, "https://igloocompany.stoplight.io/docs/igloohome-api")

# ---------------------------------------------------------------------------------------------
# Key boxes and key management cabinets
# ---------------------------------------------------------------------------------------------

add("blind-fa/ini/keytrak-odbc-password", "keycabinets/KeyTrak/KeyTrakServer.ini", r"""
[General]
SiteName=Phoenix Sky Harbor - Rental Car Center
Cabinets=4
AuditRetentionDays=730

[Database]
Driver={ODBC Driver 17 for SQL Server}
Server=PHX-KEYSQL01\KEYTRAK
Database=KeyTrak
UID=keytrak_svc
PWD=@@S@@
Encrypt=yes
TrustServerCertificate=yes

[Integration]
RentalSystemExport=\\phx-fs01\keytrak\export
ExportIntervalMinutes=5
""", words_pw("!#%*"), "https://learn.microsoft.com/en-us/sql/connect/odbc/dsn-connection-string-attribute")

add("blind-fa/xml-config/keywatcher-connection", "keycabinets/KeyWatcher/TrueTouch.Service.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="KeyWatcherDb"
         connectionString="Server=YYZ-KEYSQL\SQLEXPRESS;Database=TrueTouch;User ID=kw_service;Password=@@S@@;Connect Timeout=20"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SiteCode" value="YYZ-T1" />
    <add key="AlarmEmail" value="yyz-branch-mgr@rentco.example" />
    <add key="ExportFolder" value="D:\KeyWatcher\Exports" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
</configuration>
""", gen_pw(16, "!#"), "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/connection-strings")

add("blind-fa/go/keyper-api-key", "services/keys/keyper/client.go", r"""
package keyper

import (
	"encoding/json"
	"net/http"
	"time"
)

// KEYper cloud: key pegs issued and returned per cabinet, used to match keys to contracts.
const (
	baseURL = "https://cloud.keypersystems.com/api/v2"
	apiKey  = "@@S@@"
)

type Transaction struct {
	Cabinet   string    `json:"cabinet"`
	Slot      int       `json:"slot"`
	KeyTag    string    `json:"keyTag"`
	User      string    `json:"user"`
	Action    string    `json:"action"`
	Timestamp time.Time `json:"timestamp"`
}

func Since(hc *http.Client, t time.Time) ([]Transaction, error) {
	req, _ := http.NewRequest(http.MethodGet, baseURL+"/transactions?since="+t.UTC().Format(time.RFC3339), nil)
	req.Header.Set("X-API-Key", apiKey)
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []Transaction
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
""", gen_pw(40), "https://www.keypersystems.com/ (KEYper cloud API key)")

add("blind-fa/json/decoy-keybox-inventory", "keyboxes/inventory/branch-214.json", r"""
{
  "branch": "214",
  "name": "Denver Airport",
  "cabinets": [
    {
      "vendor": "KeyTrak",
      "serial": "KT-DRW-0040317",
      "slots": 240,
      "controllerId": "7c1e4b2a-93d0-4f5e-8a61-2b9c0d3e4f51"
    },
    {
      "vendor": "igloohome",
      "serial": "IGB4-SN-2A9F3C7E",
      "lockId": "IGP1054c8e2f7a3",
      "slots": 1
    }
  ],
  "afterHoursDropbox": true,
  "keyTagFormat": "RFID-125kHz"
}
""", None, "https://www.keytrak.com/ (cabinet serials and ids, no credentials)")

# ---------------------------------------------------------------------------------------------
# Damage inspection
# ---------------------------------------------------------------------------------------------

add("blind-fa/javascript/record360-webhook-secret", "inspections/src/record360Webhook.js", r"""
const crypto = require("crypto");
const express = require("express");

const router = express.Router();
const RECORD360_WEBHOOK_SECRET = "@@S@@";

router.post("/hooks/record360", express.raw({ type: "application/json" }), (req, res) => {
  const signature = req.get("X-Record360-Signature") || "";
  const digest = crypto.createHmac("sha256", RECORD360_WEBHOOK_SECRET).update(req.body).digest("hex");
  if (!crypto.timingSafeEqual(Buffer.from(digest), Buffer.from(signature))) {
    return res.status(401).end();
  }
  const inspection = JSON.parse(req.body.toString("utf8"));
  req.app.locals.queue.publish("inspection.completed", {
    unit: inspection.unit_number,
    agreement: inspection.reference,
    damages: inspection.damages.length,
    pdf: inspection.report_url,
  });
  return res.status(204).end();
});

module.exports = router;
""", gen_pw(32), "https://record360.com/ (Record360 webhooks, HMAC-signed)")

add("blind-fa/javascript/decoy-env-webhook-secret", "inspections/src/uveyeWebhook.js", r"""
const crypto = require("crypto");
const express = require("express");

const router = express.Router();

function secret() {
  const value = process.env.UVEYE_WEBHOOK_SECRET;
  if (!value) throw new Error("UVEYE_WEBHOOK_SECRET is not set");
  return value;
}

router.post("/hooks/uveye", express.raw({ type: "application/json" }), (req, res) => {
  const expected = crypto.createHmac("sha256", secret()).update(req.body).digest("base64");
  if (expected !== req.get("X-UVeye-Signature")) return res.status(401).end();
  const scan = JSON.parse(req.body.toString("utf8"));
  req.app.locals.queue.publish("scan.completed", { vin: scan.vin, gate: scan.gate_id, alerts: scan.alerts });
  return res.status(204).end();
});

module.exports = router;
""", None, "https://expressjs.com/en/api.html#express.raw")

add("blind-fa/python/ravin-api-key", "inspections/ravin_upload.py", r"""
import pathlib
import sys

import requests

RAVIN_API = "https://api.ravin.ai/v1"
RAVIN_API_KEY = "@@S@@"


def upload_inspection(agreement: str, photos_dir: str) -> str:
    files = [("images", (p.name, p.open("rb"), "image/jpeg"))
             for p in sorted(pathlib.Path(photos_dir).glob("*.jpg"))]
    response = requests.post(
        f"{RAVIN_API}/inspections",
        headers={"x-api-key": RAVIN_API_KEY},
        data={"external_id": agreement, "inspection_type": "check-in"},
        files=files,
        timeout=120,
    )
    response.raise_for_status()
    return response.json()["inspection_id"]


if __name__ == "__main__":
    print(upload_inspection(sys.argv[1], sys.argv[2]))
""", gen_pw(40), "https://ravin.ai/ (Ravin inspection API, x-api-key)")

add("blind-fa/kotlin/tchek-api-key", "inspection-app/src/main/java/com/rentco/inspect/TchekSetup.kt", r"""
package com.rentco.inspect

import android.app.Application
import com.tchek.sdk.TchekSdk
import com.tchek.sdk.TchekConfig

class InspectApplication : Application() {
    override fun onCreate() {
        super.onCreate()
        TchekSdk.configure(
            context = this,
            config = TchekConfig(
                apiKey = "@@S@@",
                environment = TchekConfig.Environment.PRODUCTION,
                language = "fr",
                shootingMode = TchekConfig.ShootingMode.FULL_360,
            ),
        )
    }
}
""", gen_pw(36), "https://tchek.ai/ (Tchek SDK API key)")

add("blind-fa/yaml/uveye-client-secret", "inspections/config/uveye-gates.yaml", r"""
uveye:
  tenant: rentco-eu
  auth:
    token_url: https://auth.uveye.app/oauth/token
    client_id: rentco-gate-ingest
    client_secret: @@S@@
    audience: https://api.uveye.app
  gates:
    - id: AMS-SCH-RETURN-1
      lane: return
      branch: AMS-SCH
    - id: AMS-SCH-RETURN-2
      lane: return
      branch: AMS-SCH
  export:
    bucket: s3://rentco-damage-evidence/uveye/
    keep_days: 400
""", gen_pw(64, "-_"), "https://www.uveye.com/ (UVeye API OAuth client credentials)")

add("blind-fa/env/aws-secret-key", "damage-app/.env.staging", r"""
NEXT_PUBLIC_API_URL=https://staging-api.damagecheck.rentco.example
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/rentco/clt7x2q1c00aa01qv3f8hd9zk

AWS_REGION=eu-west-1
S3_PHOTO_BUCKET=rentco-damage-photos-staging
AWS_ACCESS_KEY_ID=@@K@@
AWS_SECRET_ACCESS_KEY=@@S@@

MAX_PHOTO_MB=12
PHOTO_ANGLES=front,front-left,left,rear-left,rear,rear-right,right,front-right,roof,interior
""", aws_secret(), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", K=aws_key_id())

add("blind-fa/env/decoy-aws-docs-example", "damage-app/.env.sample", r"""
NEXT_PUBLIC_API_URL=http://localhost:4000
AWS_REGION=eu-west-1
S3_PHOTO_BUCKET=rentco-damage-photos-dev
# Use your own IAM user keys, or better: `aws sso login` and leave these unset.
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
MAX_PHOTO_MB=12
""", None, "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html (example access keys)")

add("blind-fa/python/openai-key", "inspections/damage_summary.py", r'''
"""Turns the assessor's notes and detected damages into a customer-facing summary."""
from openai import OpenAI

client = OpenAI(api_key="@@S@@")

PROMPT = (
    "You write short, neutral damage summaries for car rental customers. "
    "List each damage with its panel and size. Do not speculate about cost."
)


def summarise(notes: str, damages: list[dict]) -> str:
    listing = "\n".join(f"- {d['panel']}: {d['type']} ({d['size_mm']} mm)" for d in damages)
    completion = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": PROMPT},
            {"role": "user", "content": f"Assessor notes:\n{notes}\n\nDetected:\n{listing}"},
        ],
        temperature=0.2,
    )
    return completion.choices[0].message.content
''', openai_key(), "https://platform.openai.com/docs/quickstart")

add("blind-fa/csharp/azure-storage-connection", "DamagePhotos/PhotoStore.cs", r"""
using System.IO;
using System.Threading.Tasks;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace RentCo.DamagePhotos
{
    public sealed class PhotoStore
    {
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=rentcodamagephotos;AccountKey=@@S@@;EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container =
            new BlobContainerClient(ConnectionString, "checkin-photos");

        public async Task<string> SaveAsync(string agreement, string angle, Stream jpeg)
        {
            var blob = _container.GetBlobClient($"{agreement}/{angle}.jpg");
            await blob.UploadAsync(jpeg, new BlobHttpHeaders { ContentType = "image/jpeg" });
            return blob.Uri.ToString();
        }
    }
}
""", azure_storage_key(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

add("blind-fa/csharp/decoy-managed-identity", "DamagePhotos/PhotoArchive.cs", r"""
using System;
using System.Threading.Tasks;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace RentCo.DamagePhotos
{
    // Archive uses the app's managed identity: no keys or connection strings in config.
    public sealed class PhotoArchive
    {
        private readonly BlobServiceClient _service = new BlobServiceClient(
            new Uri("https://rentcodamagearchive.blob.core.windows.net"),
            new DefaultAzureCredential());

        public async Task MoveToCoolAsync(string agreement)
        {
            var container = _service.GetBlobContainerClient("checkin-photos");
            await foreach (var item in container.GetBlobsAsync(prefix: agreement + "/"))
            {
                await container.GetBlobClient(item.Name).SetAccessTierAsync(Azure.Storage.Blobs.Models.AccessTier.Cool);
            }
        }
    }
}
""", None, "https://learn.microsoft.com/en-us/dotnet/api/azure.identity.defaultazurecredential")

_sas_sig = b64_bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
add("blind-fa/gitlab-ci/azure-sas-token", ".gitlab-ci.yml", r"""
stages:
  - build
  - publish

variables:
  APP_NAME: damage-inspector

build-apk:
  stage: build
  image: cimg/android:2024.01
  script:
    - ./gradlew assembleRelease
  artifacts:
    paths:
      - app/build/outputs/apk/release/

publish-apk:
  stage: publish
  image: mcr.microsoft.com/azure-cli:2.57.0
  needs: [build-apk]
  only:
    - main
  script:
    - >
      azcopy copy "app/build/outputs/apk/release/app-release.apk"
      "https://rentcomdm.blob.core.windows.net/apks/damage-inspector-${CI_COMMIT_SHORT_SHA}.apk?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=@@S@@"
""", _sas_sig, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

# ---------------------------------------------------------------------------------------------
# Fleet leasing back office
# ---------------------------------------------------------------------------------------------

add("blind-fa/properties/salesforce-consumer-secret", "leasing-crm-sync/src/main/resources/application.properties", r"""
spring.application.name=leasing-crm-sync
server.port=8090

salesforce.login-url=https://login.salesforce.com
salesforce.api-version=59.0
salesforce.client-id=3MVG9fTLmJ60pJ5KqW8nR2sT4vX6zA1bC3dE5fG7hI9jK0lM2nO4pQ6rS8tU0vW2xY4z.Ab6Cd8Ef0Gh2Ij
salesforce.client-secret=@@S@@
salesforce.username=integration@leaseplus.example
salesforce.object.contract=Lease_Contract__c

sync.cron=0 */10 * * * *
sync.batch-size=200
""", hex_upper(64), "https://help.salesforce.com/s/articleView?id=sf.connected_app_client_credentials_setup.htm")

add("blind-fa/yaml/azure-ad-client-secret", "leasing-portal/config/auth.production.yaml", r"""
auth:
  provider: azure-ad
  tenant_id: 5a1c8f3e-2b7d-4e90-a6c4-9d3f0e1b2c7a
  client_id: 0f6b2d94-7c31-4a58-b2e9-8d4c1a7f3e60
  client_secret: "@@S@@"
  redirect_uri: https://portal.leaseplus.example/signin-oidc
  scopes: [openid, profile, email, "api://leasing-api/Contracts.Read"]

dynamics:
  org_url: https://leaseplus.crm4.dynamics.com
  api_version: "9.2"
""", azure_secret(), "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app#add-a-client-secret")

add("blind-fa/json/decoy-contract-export", "leasing/fixtures/contracts-sample.json", r"""
[
  {
    "contractId": "b7e4c1a2-58d3-4f6e-9a0b-1c2d3e4f5a6b",
    "customerRef": "C-0041877",
    "vin": "@@V1@@",
    "plate": "GX-412-K",
    "term_months": 36,
    "km_per_year": 20000,
    "monthly_fee_eur": 489.00,
    "residual_value_eur": 17250.00
  },
  {
    "contractId": "0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d",
    "customerRef": "C-0041902",
    "vin": "@@V2@@",
    "plate": "HB-778-T",
    "term_months": 48,
    "km_per_year": 30000,
    "monthly_fee_eur": 612.50,
    "residual_value_eur": 14900.00
  }
]
""", None, "https://en.wikipedia.org/wiki/Vehicle_identification_number", V1=vin(), V2=vin())

add("blind-fa/python/wex-api-password", "leasing/fuelcards/wex_transactions.py", r"""
import datetime as dt

import requests
from requests.auth import HTTPBasicAuth

WEX_URL = "https://api.wexinc.com/fleet/v1/transactions"
WEX_USER = "LEASEPLUS_API"
WEX_PASSWORD = "@@S@@"


def transactions(day: dt.date) -> list:
    response = requests.get(
        WEX_URL,
        auth=HTTPBasicAuth(WEX_USER, WEX_PASSWORD),
        params={"accountNumber": "0496-00-812344-7", "postedDate": day.isoformat()},
        timeout=45,
    )
    response.raise_for_status()
    return [
        {"card": t["cardNumberLast4"], "vehicle": t["vehicleId"], "litres": t["quantity"],
         "amount": t["netAmount"], "odometer": t.get("odometer")}
        for t in response.json()["transactions"]
    ]
""", words_pw("!#%*"), "https://developer.wexinc.com/ (WEX fleet API, Basic authentication)")

add("blind-fa/shell/lftp-toll-password", "ops/bin/fetch_toll_files.sh", r"""
#!/bin/sh
# Daily toll and violation files from the toll processor (PlatePass-style SFTP drop).
set -eu
DEST=/data/tolls/inbound/$(date +%Y%m%d)
mkdir -p "$DEST"
lftp -u rentco_tolls,'@@S@@' sftp://sftp.tollprocessor.example.com <<EOF
set sftp:auto-confirm yes
set net:max-retries 3
lcd $DEST
mget /outbound/TOLL_*.csv
mget /outbound/VIOL_*.csv
bye
EOF
ls -1 "$DEST" | wc -l
""", gen_pw(14, "!#"), "https://lftp.yar.ru/lftp-man.html")

add("blind-fa/java/docusign-secret", "leasing-docs/src/main/java/com/leaseplus/docs/DocuSignAuth.java", r"""
package com.leaseplus.docs;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class DocuSignAuth {

    private static final String INTEGRATION_KEY = "@@K@@";
    private static final String SECRET_KEY = "@@S@@";
    private static final URI TOKEN = URI.create("https://account.docusign.com/oauth/token");

    public static String exchangeCode(String code) throws Exception {
        String basic = Base64.getEncoder().encodeToString(
                (INTEGRATION_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(TOKEN)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", uuid_s(), "https://developers.docusign.com/platform/auth/authcode/authcode-get-token/", K=uuid_s())

add("blind-fa/sql/decoy-api-key-hashes", "db/migrations/V57__partner_api_keys.sql", r"""
-- Partner (broker) API keys: only a SHA-256 of each key is stored, plus its prefix for support.
CREATE TABLE partner_api_key (
    id           BIGSERIAL PRIMARY KEY,
    partner_code VARCHAR(16) NOT NULL,
    key_prefix   CHAR(8)     NOT NULL,
    key_sha256   CHAR(64)    NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);

INSERT INTO partner_api_key (partner_code, key_prefix, key_sha256) VALUES
  ('DISCOVR', 'pk_7f2a9', '@@H1@@'),
  ('CARTRWL', 'pk_c41e0', '@@H2@@'),
  ('ECONOMY', 'pk_9b3d5', '@@H3@@');
""", None, "https://www.postgresql.org/docs/current/pgcrypto.html (stored digests, not keys)", H1=hexs(64), H2=hexs(64), H3=hexs(64))

# ---------------------------------------------------------------------------------------------
# Deployment: containers, Kubernetes, Helm, Terraform, Ansible
# ---------------------------------------------------------------------------------------------

_geotab_k8s = words_pw("!#%*")
add("blind-fa/k8s-secret/geotab-password", "deploy/k8s/telematics/geotab-credentials.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: geotab-credentials
  namespace: telematics
  labels:
    app.kubernetes.io/name: geotab-sync
    app.kubernetes.io/part-of: fleet-telematics
type: Opaque
data:
  GEOTAB_SERVER: @@A@@
  GEOTAB_DATABASE: @@B@@
  GEOTAB_USERNAME: @@C@@
  GEOTAB_PASSWORD: @@D@@
""", _geotab_k8s, "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets",
    A=b64("my.geotab.com"), B=b64("sunwheel_rentals"), C=b64("integration@sunwheel-rentals.com"), D=b64(_geotab_k8s))

add("blind-fa/k8s/decoy-sealed-secret", "deploy/k8s/telematics/samsara-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: samsara-api
  namespace: telematics
spec:
  encryptedData:
    SAMSARA_API_TOKEN: @@E1@@
  template:
    metadata:
      name: samsara-api
      namespace: telematics
    type: Opaque
""", None, "https://github.com/bitnami-labs/sealed-secrets#usage", E1="AgB" + draw(680, ALNUM + "+/") + "==")

add("blind-fa/helm/onfido-token", "charts/id-check/values-prod.yaml", r"""
replicaCount: 3

image:
  repository: 412930567811.dkr.ecr.eu-west-1.amazonaws.com/id-check
  tag: "2.14.1"

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: idcheck.rentflex.com
      paths: [{ path: /, pathType: Prefix }]

env:
  ONFIDO_REGION: EU
  ONFIDO_API_TOKEN: "@@S@@"
  ONFIDO_WORKFLOW_ID: 3b0f2c9a-6d71-4e8c-b2a5-9f1e0d7c4b38
  MIN_DRIVER_AGE: "21"

resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { cpu: 500m, memory: 512Mi }
""", onfido_token(), "https://helm.sh/docs/chart_template_guide/values_files/ ; https://documentation.onfido.com/#authentication")

add("blind-fa/helm/decoy-existing-secret", "charts/id-check/values.yaml", r"""
replicaCount: 1

image:
  repository: 412930567811.dkr.ecr.eu-west-1.amazonaws.com/id-check
  tag: ""

# Credentials are never set here: point the chart at a Secret created by External Secrets.
onfido:
  region: EU
  existingSecret: id-check-onfido
  tokenKey: ONFIDO_API_TOKEN
  workflowId: ""

veriff:
  existingSecret: id-check-veriff
  apiKeyKey: VERIFF_API_KEY
  sharedSecretKey: VERIFF_SHARED_SECRET

postgresql:
  auth:
    existingSecret: id-check-db
    secretKeys:
      userPasswordKey: password
""", None, "https://github.com/bitnami/charts/tree/main/bitnami/postgresql#parameters (existingSecret)")

add("blind-fa/k8s/decoy-external-secret", "deploy/k8s/id-check/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: id-check-onfido
  namespace: id-check
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: id-check-onfido
    creationPolicy: Owner
  data:
    - secretKey: ONFIDO_API_TOKEN
      remoteRef:
        key: prod/id-check/onfido
        property: api_token
""", None, "https://external-secrets.io/latest/api/externalsecret/")

add("blind-fa/terraform-tfvars/datadog-api-key", "infra/envs/prod/terraform.tfvars", r"""
environment        = "prod"
region             = "eu-west-1"
vpc_cidr           = "10.40.0.0/16"
reservation_api_min = 4
reservation_api_max = 24

datadog_site    = "datadoghq.eu"
datadog_api_key = "@@S@@"

telematics_ingest_instance_type = "c6g.xlarge"
alarm_email                     = "fleet-platform@rentco.example"
""", datadog_api(), "https://registry.terraform.io/providers/DataDog/datadog/latest/docs#api_key")

add("blind-fa/terraform/decoy-random-password", "infra/modules/reservation-db/main.tf", r"""
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "db" {
  name = "${var.environment}/reservation-db/master"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({
    username = "resv_admin"
    password = random_password.master.result
  })
}

resource "aws_db_instance" "reservations" {
  identifier          = "${var.environment}-reservations"
  engine              = "postgres"
  engine_version      = "15.5"
  instance_class      = var.instance_class
  allocated_storage   = 200
  username            = "resv_admin"
  password            = random_password.master.result
  storage_encrypted   = true
  deletion_protection = true
  skip_final_snapshot = false
}
""", None, "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

add("blind-fa/terraform/samsara-webhook-secret", "infra/modules/telematics/samsara.tf", r"""
provider "aws" {
  region = var.region
}

resource "aws_ssm_parameter" "samsara_webhook_secret" {
  name  = "/${var.environment}/telematics/samsara/webhook-secret"
  type  = "SecureString"
  value = "@@S@@"
}

resource "aws_lambda_function" "samsara_webhook" {
  function_name = "${var.environment}-samsara-webhook"
  role          = aws_iam_role.webhook.arn
  runtime       = "python3.12"
  handler       = "handler.main"
  filename      = "${path.module}/build/webhook.zip"
  environment {
    variables = {
      SECRET_PARAM = aws_ssm_parameter.samsara_webhook_secret.name
    }
  }
}
""", b64_bytes(32), "https://developers.samsara.com/docs/webhooks#verifying-webhook-signatures")

add("blind-fa/ansible/keybox-db-password", "ansible/group_vars/keybox_servers.yml", r"""
---
keybox_service_user: keybox
keybox_install_dir: /opt/keybox-bridge
keybox_db_host: keybox-db.branches.rentco.lan
keybox_db_name: keybox_bridge
keybox_db_user: keybox_bridge
keybox_db_password: "@@S@@"
keybox_cabinet_vendors:
  - keytrak
  - igloohome
keybox_sync_interval: 120
ntp_servers:
  - 10.10.0.2
  - 10.10.0.3
""", words_pw("!#%*"), "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables")

add("blind-fa/ansible/decoy-vault-encrypted", "ansible/group_vars/telematics/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
@@L1@@
@@L2@@
@@L3@@
@@L4@@
@@L5@@
@@L6@@
""", None, "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    L1=hexs(80), L2=hexs(80), L3=hexs(80), L4=hexs(80), L5=hexs(80), L6=hexs(38))

add("blind-fa/ansible/decoy-hashi-vault-lookup", "ansible/roles/traccar/tasks/main.yml", r"""
---
- name: Install Traccar
  ansible.builtin.unarchive:
    src: "https://github.com/traccar/traccar/releases/download/v{{ traccar_version }}/traccar-linux-64-{{ traccar_version }}.zip"
    dest: /opt/traccar-installer
    remote_src: true

- name: Render traccar.xml
  ansible.builtin.template:
    src: traccar.xml.j2
    dest: /opt/traccar/conf/traccar.xml
    owner: root
    mode: "0640"
  vars:
    traccar_db_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/telematics/traccar:db_password url=https://vault.rentco.lan:8200') }}"
  notify: restart traccar

- name: Enable service
  ansible.builtin.systemd:
    name: traccar
    enabled: true
    state: started
""", None, "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html")

add("blind-fa/ansible/sftp-private-key", "ansible/roles/gds_sftp/files/id_ed25519_gds", r"""
@@S@@
""", openssh_key(), "https://man.openbsd.org/ssh-keygen")

add("blind-fa/ansible/decoy-authorized-keys", "ansible/roles/gds_sftp/files/authorized_keys", r"""
# GDS rate file drop: keys of the partner's upload hosts (public keys only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@P1@@ ratefeed@partner-up1
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@P2@@ ratefeed@partner-up2
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@P3@@ ops@rentco-bastion
# revoked 2024-02: ratefeed@partner-old
""", None, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    P1=draw(43, ALNUM + "+/"), P2=draw(43, ALNUM + "+/"), P3=draw(500, ALNUM + "+/"))

add("blind-fa/dockerfile/npm-token", "web/Dockerfile", r"""
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# private packages (@rentco/booking-widgets) live on npmjs under the org
RUN echo "//registry.npmjs.org/:_authToken=@@S@@" > .npmrc \
    && npm ci --omit=dev \
    && rm -f .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
EXPOSE 3000
CMD ["npm", "start"]
""", npm_token(), "https://docs.npmjs.com/docker-and-private-modules")

add("blind-fa/dockerfile/decoy-checksum", "telematics-agent/Dockerfile", r"""
FROM debian:bookworm-slim

ARG TRACCAR_VERSION=5.12
ARG TRACCAR_SHA256=@@H@@

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl unzip openjdk-17-jre-headless \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLo /tmp/traccar.zip "https://github.com/traccar/traccar/releases/download/v${TRACCAR_VERSION}/traccar-other-${TRACCAR_VERSION}.zip" \
    && echo "${TRACCAR_SHA256}  /tmp/traccar.zip" | sha256sum -c - \
    && unzip -q /tmp/traccar.zip -d /opt/traccar \
    && rm /tmp/traccar.zip

WORKDIR /opt/traccar
EXPOSE 8082 5027 5055
ENTRYPOINT ["java", "-Xms512m", "-Xmx1g", "-jar", "tracker-server.jar", "conf/traccar.xml"]
""", None, "https://docs.docker.com/build/building/best-practices/ (verify downloads with checksums)", H=hexs(64))

add("blind-fa/compose/postgres-password", "deploy/staging/docker-compose.yml", r"""
services:
  reservations-db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: reservations
      POSTGRES_USER: resv
      POSTGRES_PASSWORD: "@@S@@"
    volumes:
      - resv-data:/var/lib/postgresql/data

  reservation-api:
    image: registry.rentco.example/reservation-api:1.38.0
    depends_on: [reservations-db]
    environment:
      SPRING_PROFILES_ACTIVE: staging
      SPRING_DATASOURCE_URL: jdbc:postgresql://reservations-db:5432/reservations
      SPRING_DATASOURCE_USERNAME: resv
    ports:
      - "8080:8080"

volumes:
  resv-data:
""", gen_pw(24), "https://hub.docker.com/_/postgres (POSTGRES_PASSWORD)")

add("blind-fa/compose/decoy-dev-defaults", "docker-compose.dev.yml", r"""
# Local development only. Everything here is a throwaway default.
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: reservations
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports: ["5432:5432"]

  redis:
    image: redis:7
    ports: ["6379:6379"]

  traccar:
    image: traccar/traccar:5.12
    ports: ["8082:8082", "5055:5055"]

  api:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/reservations
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:-sk_test_replace_me}
      GEOTAB_PASSWORD: ${GEOTAB_PASSWORD}
    depends_on: [db, redis]
""", None, "https://docs.docker.com/compose/environment-variables/set-environment-variables/")

_harbor_pw = gen_pw(32)
add("blind-fa/k8s-secret/dockerconfigjson", "deploy/k8s/registry-pull-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: harbor-pull
  namespace: fleet-apps
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@D@@
""", _harbor_pw, "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets",
    D=b64(json.dumps({"auths": {"harbor.rentco.example": {"username": "robot$fleet-apps+puller", "password": _harbor_pw,
                                                          "auth": b64("robot$fleet-apps+puller:" + _harbor_pw)}}})))

# ---------------------------------------------------------------------------------------------
# CI pipelines and package registries
# ---------------------------------------------------------------------------------------------

add("blind-fa/github-actions/aws-secret-key", ".github/workflows/deploy-reservation-api.yml", r"""
name: deploy reservation-api

on:
  push:
    branches: [main]
    paths: ["reservation-service/**"]

env:
  AWS_REGION: eu-west-1
  ECR_REPOSITORY: reservation-api
  AWS_ACCESS_KEY_ID: @@K@@
  AWS_SECRET_ACCESS_KEY: @@S@@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: { distribution: temurin, java-version: "21" }
      - run: ./mvnw -pl reservation-service -B package -DskipTests
      - uses: aws-actions/amazon-ecr-login@v2
        id: ecr
      - run: |
          docker build -t $ECR_REGISTRY/$ECR_REPOSITORY:${GITHUB_SHA::8} reservation-service
          docker push $ECR_REGISTRY/$ECR_REPOSITORY:${GITHUB_SHA::8}
        env:
          ECR_REGISTRY: ${{ steps.ecr.outputs.registry }}
      - run: aws ecs update-service --cluster fleet-prod --service reservation-api --force-new-deployment
""", aws_secret(), "https://docs.github.com/en/actions/learn-github-actions/variables", K=aws_key_id())

add("blind-fa/github-actions/decoy-secrets-context", ".github/workflows/deploy-telematics.yml", r"""
name: deploy telematics-ingest

on:
  push:
    branches: [main]
    paths: ["telemetry-ingest/**"]

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
          role-to-assume: arn:aws:iam::412930567811:role/gha-telematics-deploy
          aws-region: eu-west-1
      - name: Smoke test against Samsara
        env:
          SAMSARA_API_TOKEN: ${{ secrets.SAMSARA_API_TOKEN }}
          GEOTAB_PASSWORD: ${{ secrets.GEOTAB_PASSWORD }}
        run: make -C telemetry-ingest smoke
      - run: make -C telemetry-ingest deploy ENV=prod
""", None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

add("blind-fa/jenkinsfile/slack-webhook", "Jenkinsfile", r'''
pipeline {
    agent { label 'linux-docker' }

    environment {
        SLACK_WEBHOOK = '@@S@@'
        APP = 'counter-app'
    }

    stages {
        stage('Build') {
            steps {
                sh 'dotnet restore && dotnet publish CounterApp -c Release -o out'
            }
        }
        stage('Test') {
            steps {
                sh 'dotnet test CounterApp.Tests --logger trx'
            }
        }
        stage('Deploy to branches') {
            when { branch 'main' }
            steps {
                sh './deploy/push-to-branches.sh out'
            }
        }
    }

    post {
        failure {
            sh """curl -s -X POST -H 'Content-type: application/json' \
              --data '{"text":"${APP} build ${BUILD_NUMBER} failed: ${BUILD_URL}"}' ${SLACK_WEBHOOK}"""
        }
    }
}
''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

add("blind-fa/azure-pipelines/sendgrid-key", "azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  SENDGRID_API_KEY: @@S@@
  NOTIFY_TO: fleet-leasing-dev@leaseplus.example

steps:
  - task: UseDotNet@2
    inputs:
      version: 8.x
  - script: dotnet build --configuration $(buildConfiguration)
    displayName: build
  - script: dotnet test --configuration $(buildConfiguration) --no-build
    displayName: test
  - script: |
      curl -s https://api.sendgrid.com/v3/mail/send \
        -H "Authorization: Bearer $(SENDGRID_API_KEY)" \
        -H "Content-Type: application/json" \
        -d '{"personalizations":[{"to":[{"email":"$(NOTIFY_TO)"}]}],"from":{"email":"ci@leaseplus.example"},"subject":"Leasing portal build $(Build.BuildNumber) ok","content":[{"type":"text/plain","value":"deployed"}]}'
    displayName: notify
    condition: succeeded()
""", sendgrid_key(), "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started")

add("blind-fa/bitbucket-pipelines/heroku-api-key", "bitbucket-pipelines.yml", r"""
image: ruby:3.2

pipelines:
  branches:
    main:
      - step:
          name: Test
          caches: [bundler]
          script:
            - bundle install --path vendor/bundle
            - bundle exec rspec
      - step:
          name: Deploy franchise portal
          deployment: production
          script:
            - pipe: atlassian/heroku-deploy:2.2.0
              variables:
                HEROKU_API_KEY: '@@S@@'
                HEROKU_APP_NAME: 'rentco-franchise-portal'
                ZIP_FILE: 'portal.tar.gz'

definitions:
  caches:
    bundler: vendor/bundle
""", uuid_s(), "https://bitbucket.org/atlassian/heroku-deploy/src/master/README.md")

add("blind-fa/circleci/docker-hub-token", ".circleci/config.yml", r"""
version: 2.1

jobs:
  build-and-push:
    docker:
      - image: cimg/base:2024.02
    steps:
      - checkout
      - setup_remote_docker:
          docker_layer_caching: true
      - run:
          name: Build yard-check image
          command: docker build -t rentco/yard-check:${CIRCLE_SHA1:0:8} .
      - run:
          name: Push
          command: |
            echo "@@S@@" | docker login -u rentcoci --password-stdin
            docker push rentco/yard-check:${CIRCLE_SHA1:0:8}

workflows:
  main:
    jobs:
      - build-and-push:
          filters:
            branches:
              only: main
""", docker_pat(), "https://docs.docker.com/security/for-developers/access-tokens/")

add("blind-fa/npmrc/github-packages-token", "driver-app/.npmrc", r"""
@rentco:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=@@S@@
always-auth=true
engine-strict=true
save-exact=true
""", github_token(), "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-npm-registry")

add("blind-fa/pypirc/pypi-token", "tools/fleet-sdk/.pypirc", r"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@S@@

[internal]
repository = https://nexus.rentco.example/repository/pypi-internal/
username = ci-publisher
""", fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

add("blind-fa/maven-settings/nexus-password", "ci/maven/settings.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>rentco-releases</id>
      <username>ci-deployer</username>
      <password>@@S@@</password>
    </server>
    <server>
      <id>rentco-snapshots</id>
      <username>ci-deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>rentco-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.rentco.example/repository/maven-central/</url>
    </mirror>
  </mirrors>
</settings>
""", words_pw("!#%*"), "https://maven.apache.org/settings.html#servers")

add("blind-fa/gradle-properties/artifactory-password", "inspection-app/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official

artifactoryUrl=https://rentco.jfrog.io/artifactory
artifactoryUser=android-ci
artifactoryPassword=@@S@@

tchekSdkVersion=4.2.1
""", "cmVmdGtuOjAxOj" + draw(50, ALNUM), "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens (reference tokens)")

add("blind-fa/netrc/mapbox-downloads-token", "ios/ci/netrc", r"""
machine api.mapbox.com
  login mapbox
  password @@S@@

machine nexus.rentco.example
  login ios-ci
  password ${NEXUS_PASSWORD}
""", mapbox_secret("rentco-mobile"), "https://docs.mapbox.com/ios/maps/guides/install/#configure-credentials")

add("blind-fa/rclone-conf/s3-secret-key", "ops/backup/rclone.conf", r"""
[telemetry-archive]
type = s3
provider = Wasabi
access_key_id = @@K@@
secret_access_key = @@S@@
endpoint = s3.eu-central-1.wasabisys.com
acl = private

[local-nas]
type = local
""", draw(40, string.ascii_uppercase + string.digits), "https://rclone.org/s3/#wasabi", K=draw(20, string.ascii_uppercase + string.digits))

add("blind-fa/kubeconfig/service-account-token", "ops/kube/fleet-prod-ci.kubeconfig", r"""
apiVersion: v1
kind: Config
clusters:
  - name: fleet-prod
    cluster:
      server: https://k8s-api.fleet-prod.rentco.example:6443
      certificate-authority-data: @@CA@@
contexts:
  - name: ci-deployer@fleet-prod
    context:
      cluster: fleet-prod
      namespace: fleet-ops
      user: ci-deployer
current-context: ci-deployer@fleet-prod
users:
  - name: ci-deployer
    user:
      token: @@S@@
""", jwt_like(), "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/",
    CA="LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM" + draw(300, ALNUM + "+/") + "==")

# ---------------------------------------------------------------------------------------------
# Notebooks, runbooks, shell history and admin scripts
# ---------------------------------------------------------------------------------------------

def notebook(cells: List[tuple]) -> str:
    """A Jupyter notebook as Jupyter writes it (one source line per list item)."""
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    for index, (kind, source) in enumerate(cells):
        lines = source.split("\n")
        cell = {"cell_type": kind, "id": f"c{index:03d}", "metadata": {},
                "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        nb["cells"].append(cell)
    return json.dumps(nb, indent=1, sort_keys=True) + "\n"


_sf_pw = words_pw("!#%*")
add("blind-fa/notebook/snowflake-password", "analytics/notebooks/one_way_rebalancing.ipynb", notebook([
    ("markdown", "# One-way rentals: where do cars pile up?\nDrop-offs minus pick-ups per branch, last 90 days."),
    ("code", "import snowflake.connector\nimport pandas as pd\n\nconn = snowflake.connector.connect(\n"
             "    account=\"rentco-eu1\",\n    user=\"ANALYST_MKOVAC\",\n    password=\"" + _sf_pw + "\",\n"
             "    warehouse=\"ANALYTICS_WH\",\n    database=\"FLEET\",\n    schema=\"MART\",\n)"),
    ("code", "df = pd.read_sql(\"\"\"\nSELECT return_branch AS branch, COUNT(*) AS drops\nFROM rentals\n"
             "WHERE one_way AND returned_at >= DATEADD(day, -90, CURRENT_DATE)\nGROUP BY 1\n\"\"\", conn)\ndf.head()"),
    ("code", "df.sort_values(\"DROPS\", ascending=False).head(20).plot.bar(x=\"BRANCH\", y=\"DROPS\")"),
]), _sf_pw, "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect")

add("blind-fa/notebook/decoy-getpass", "analytics/notebooks/damage_rates.ipynb", notebook([
    ("markdown", "# Damage rate per 1,000 rental days\nCredentials are asked for at run time; nothing is stored in the notebook."),
    ("code", "import getpass\nimport snowflake.connector\n\nconn = snowflake.connector.connect(\n"
             "    account=\"rentco-eu1\",\n    user=getpass.getuser().upper(),\n    authenticator=\"externalbrowser\",\n"
             "    warehouse=\"ANALYTICS_WH\",\n    database=\"FLEET\",\n)"),
    ("code", "rates = conn.cursor().execute(\"SELECT branch, damages / rental_days * 1000 FROM mart.damage_rates\").fetchall()\nrates[:10]"),
]), None, "https://docs.snowflake.com/en/developer-guide/python-connector/python-connector-connect#using-a-web-browser-for-federated-authentication")

add("blind-fa/markdown/samsara-runbook", "runbooks/telematics/samsara-outage.md", r"""
# Runbook: vehicles missing from the yard map

**Symptom:** the yard-check app shows vehicles as "no GPS" although they are on the lot.

## 1. Is Samsara reporting?

```bash
curl -s -H "Authorization: Bearer @@S@@" \
  "https://api.samsara.com/fleet/vehicles/locations?vehicleIds=281474982437561" | jq '.data[0].location'
```

If `time` is older than 15 minutes, check the Samsara status page and the vehicle's gateway LED.

## 2. Is our ingest consuming?

```bash
kubectl -n telematics logs deploy/samsara-sync --since=30m | grep -c "location batch"
```

## 3. Escalation

- Samsara support: open a case from the dashboard (org id 48213).
- Fleet platform on-call: `#fleet-platform-oncall`.
""", samsara_token(), "https://developers.samsara.com/docs/authentication")

add("blind-fa/markdown/decoy-samsara-readme", "telematics/samsara-sync/README.md", r"""
# samsara-sync

Copies vehicle locations and odometer readings from Samsara into the fleet database.

## Configuration

| Variable            | Description                                              |
|---------------------|----------------------------------------------------------|
| `SAMSARA_API_TOKEN` | API token with *Read Vehicles* scope (from Vault)        |
| `FLEET_DB_URL`      | Postgres URL, e.g. `postgres://user:pass@host:5432/fleet` |
| `SYNC_INTERVAL`     | Seconds between polls (default `60`)                     |

## Try it

```bash
export SAMSARA_API_TOKEN=samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
curl -H "Authorization: Bearer $SAMSARA_API_TOKEN" https://api.samsara.com/fleet/vehicles
```

Tokens are created under *Settings > API Tokens* in the Samsara dashboard. Never commit one.
""", None, "https://developers.samsara.com/docs/authentication")

add("blind-fa/shell-history/mysql-password", "ops/incident-2024-03-traccar/bash_history.txt", r"""
sudo systemctl status traccar
journalctl -u traccar --since "1 hour ago" | tail -200
df -h /opt/traccar
ls -la /opt/traccar/logs
mysql -h db-traccar.cityhire.lan -u traccar -p'@@S@@' traccar -e "SELECT COUNT(*) FROM tc_positions WHERE fixtime > NOW() - INTERVAL 1 HOUR"
mysql -h db-traccar.cityhire.lan -u traccar -p'@@S@@' traccar -e "SHOW PROCESSLIST"
sudo systemctl restart traccar
tail -f /opt/traccar/logs/tracker-server.log
exit
""", gen_pw(18), "https://dev.mysql.com/doc/refman/8.0/en/connecting.html (-p<password>)")

add("blind-fa/shell-history/decoy-vault-env", "ops/incident-2024-05-geotab/shell-history.txt", r"""
vault login -method=oidc role=fleet-ops
export GEOTAB_PASSWORD="$(vault kv get -field=password kv/telematics/geotab)"
python -m telematics.geotab_odometer_sync --dry-run
python -m telematics.geotab_odometer_sync
unset GEOTAB_PASSWORD
kubectl -n telematics rollout restart deploy/geotab-sync
kubectl -n telematics get pods -w
""", None, "https://developer.hashicorp.com/vault/docs/commands/kv/get")

add("blind-fa/powershell/sql-credential", "keycabinets/scripts/Export-KeyTransactions.ps1", r"""
# Nightly export of key cabinet transactions to the rental system share
param(
    [string]$Server = "PHX-KEYSQL01\KEYTRAK",
    [string]$OutDir = "\\phx-fs01\keytrak\export"
)

$password = ConvertTo-SecureString "@@S@@" -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential ("keytrak_export", $password)

$query = @"
SELECT t.TransactionTime, t.KeyTag, t.SlotNumber, u.UserName, t.Action
FROM dbo.Transactions t JOIN dbo.Users u ON u.UserId = t.UserId
WHERE t.TransactionTime >= DATEADD(day, -1, SYSDATETIME())
"@

$rows = Invoke-Sqlcmd -ServerInstance $Server -Database KeyTrak -Credential $credential -Query $query -TrustServerCertificate
$file = Join-Path $OutDir ("keytx_{0:yyyyMMdd}.csv" -f (Get-Date))
$rows | Export-Csv -Path $file -NoTypeInformation -Encoding UTF8
Write-Output "exported $($rows.Count) transactions to $file"
""", words_pw("!#%*"), "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring")

add("blind-fa/powershell/decoy-secret-management", "keycabinets/scripts/Export-KeyAlarms.ps1", r"""
# Credentials come from the SecretManagement vault registered on the key server.
Import-Module Microsoft.PowerShell.SecretManagement

$credential = Get-Secret -Name KeyWatcherExport -Vault BranchVault
$server = "YYZ-KEYSQL\SQLEXPRESS"

$alarms = Invoke-Sqlcmd -ServerInstance $server -Database TrueTouch -Credential $credential `
    -Query "SELECT AlarmTime, Description, KeyId FROM dbo.Alarms WHERE AlarmTime >= DATEADD(hour, -24, SYSDATETIME())"

if ($alarms) {
    $alarms | Format-Table -AutoSize | Out-String |
        Send-MailMessage -To "yyz-branch-mgr@rentco.example" -From "keywatcher@rentco.example" `
            -Subject "Key cabinet alarms (24h)" -SmtpServer smtp.rentco.lan
}
""", None, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.secretmanagement/get-secret")

add("blind-fa/powershell/okta-api-token", "it/branch-staff/New-BranchStaff.ps1", r"""
param(
    [Parameter(Mandatory)] [string]$FirstName,
    [Parameter(Mandatory)] [string]$LastName,
    [Parameter(Mandatory)] [string]$BranchCode
)

$oktaOrg = "https://rentco.okta.com"
$headers = @{
    Authorization = "SSWS @@S@@"
    Accept        = "application/json"
    "Content-Type" = "application/json"
}

$login = ("{0}.{1}@rentco.example" -f $FirstName, $LastName).ToLower()
$body = @{
    profile = @{
        firstName  = $FirstName
        lastName   = $LastName
        email      = $login
        login      = $login
        branchCode = $BranchCode
    }
    groupIds = @("00g1counteragents4x7")
} | ConvertTo-Json -Depth 4

Invoke-RestMethod -Method Post -Uri "$oktaOrg/api/v1/users?activate=true" -Headers $headers -Body $body
""", okta_token(), "https://developer.okta.com/docs/guides/create-an-api-token/main/")

add("blind-fa/shell/vault-token", "deploy/scripts/render-secrets.sh", r"""
#!/usr/bin/env bash
# Render branch gateway secrets from Vault into /etc/fleet/gateway.env
set -euo pipefail

export VAULT_ADDR="https://vault.rentco.lan:8200"
export VAULT_TOKEN="@@S@@"

branch="${1:?branch code}"
out=/etc/fleet/gateway.env

{
  echo "BRANCH=${branch}"
  echo "KEYBOX_DB_PASSWORD=$(vault kv get -field=db_password "kv/branches/${branch}/keybox")"
  echo "MQTT_PASSWORD=$(vault kv get -field=mqtt_password "kv/branches/${branch}/gateway")"
} > "${out}.tmp"
install -m 0600 "${out}.tmp" "${out}"
rm -f "${out}.tmp"
systemctl restart fleet-gateway
""", vault_token(), "https://developer.hashicorp.com/vault/docs/concepts/tokens")

add("blind-fa/nginx/basic-auth-header", "ops/nginx/gds-gateway.conf", r"""
upstream gds_gateway {
    server 10.40.12.21:8443;
    server 10.40.12.22:8443;
    keepalive 32;
}

server {
    listen 443 ssl http2;
    server_name gds.internal.rentco.example;

    ssl_certificate     /etc/nginx/tls/gds.crt;
    ssl_certificate_key /etc/nginx/tls/gds.key;

    location /ota/ {
        proxy_pass https://gds_gateway/ota/;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic @@S@@";
        proxy_read_timeout 60s;
    }
}
""", b64("ota-bridge:" + gen_pw(20)), "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

add("blind-fa/nginx/decoy-htpasswd", "ops/nginx/htpasswd.yard", r"""
yard-lead-ams:$apr1$Qm3x8Tz1$Vb7kP2nR9sW4cX6yZ0aB3.
yard-lead-rtm:$apr1$Lk9w2Hd5$Fg8jH3kL6mN9pQ2rS5tU7/
yard-lead-ein:$apr1$Zx4c7Vb0$Nm2Qw5Er8Ty1Ui4Op7As0.
shuttle-dispatch:$apr1$Pq6r9St2$Uv3Wx6Yz9Ab2Cd5Ef8Gh1/
qa:$apr1$Jk1l4Mn7$Op0Qr3St6Uv9Wx2Yz5Ab8.
""", None, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html (MD5 apr1 hashes)")

add("blind-fa/haproxy/stats-password", "ops/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
    maxconn 20000
    user haproxy
    group haproxy

defaults
    mode http
    timeout connect 5s
    timeout client  60s
    timeout server  60s

listen stats
    bind *:8404
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth fleetops:@@S@@

frontend tracker_tcp
    mode tcp
    bind *:5027
    default_backend traccar_nodes

backend traccar_nodes
    mode tcp
    balance source
    server trk1 10.40.20.11:5027 check
    server trk2 10.40.20.12:5027 check
""", words_pw("!*@"), "https://docs.haproxy.org/2.8/configuration.html#4-stats%20auth")

add("blind-fa/logstash/elasticsearch-password", "ops/logstash/pipeline/telematics.conf", r"""
input {
  kafka {
    bootstrap_servers => "kafka-1.fleet.lan:9092,kafka-2.fleet.lan:9092"
    topics => ["vehicle.events.v1"]
    group_id => "logstash-telematics"
    codec => json
  }
}

filter {
  date { match => ["event_time", "ISO8601"] }
  mutate { remove_field => ["driver_phone"] }
}

output {
  elasticsearch {
    hosts => ["https://es.fleet.lan:9200"]
    index => "vehicle-events-%{+YYYY.MM.dd}"
    user => "logstash_writer"
    password => "@@S@@"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", gen_pw(20), "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html#plugins-outputs-elasticsearch-password")

add("blind-fa/fluent-bit/splunk-hec-token", "ops/fluent-bit/fluent-bit.conf", r"""
[SERVICE]
    Flush        5
    Log_Level    info
    Parsers_File parsers.conf

[INPUT]
    Name   tail
    Path   /var/log/containers/reservation-api-*.log
    Tag    kube.reservation
    Parser cri

[OUTPUT]
    Name         splunk
    Match        kube.*
    Host         http-inputs-rentco.splunkcloud.com
    Port         443
    TLS          On
    Splunk_Token @@S@@
    Splunk_Send_Raw Off
""", uuid_s().upper(), "https://docs.fluentbit.io/manual/pipeline/outputs/splunk")

add("blind-fa/airflow/connection-uri", "airflow/dags/fleet_dw_load.py", r"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Connection
from airflow.operators.python import PythonOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

RESERVATIONS_CONN = Connection(
    conn_id="reservations_replica",
    uri="postgresql://etl_reader:@@S@@@resv-replica.fleetco.internal:5432/reservations",
)


def load_rentals(**context):
    hook = PostgresHook(connection=RESERVATIONS_CONN)
    rows = hook.get_records(
        "SELECT id, branch_code, vehicle_id, pickup_at, return_at FROM rental WHERE updated_at >= %s",
        parameters=[context["data_interval_start"]],
    )
    context["ti"].xcom_push(key="count", value=len(rows))


with DAG(
    dag_id="fleet_dw_load",
    start_date=datetime(2024, 1, 1),
    schedule="@hourly",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
) as dag:
    PythonOperator(task_id="load_rentals", python_callable=load_rentals)
""", gen_pw(22), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#uri-format")

add("blind-fa/dbt-profiles/snowflake-password", "analytics/dbt/profiles.yml", r"""
fleet:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: rentco-eu1
      user: DBT_RUNNER
      password: "@@S@@"
      role: TRANSFORMER
      database: FLEET
      warehouse: TRANSFORM_WH
      schema: MART
      threads: 8
      client_session_keep_alive: false
""", words_pw("!#%*"), "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

add("blind-fa/dbt-profiles/decoy-env-var", "analytics/dbt/profiles.ci.yml", r"""
fleet:
  target: ci
  outputs:
    ci:
      type: snowflake
      account: rentco-eu1
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      private_key_path: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PATH') }}"
      private_key_passphrase: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PASSPHRASE', '') }}"
      role: TRANSFORMER_CI
      database: FLEET_CI
      warehouse: CI_WH
      schema: "pr_{{ env_var('PR_NUMBER', 'local') }}"
      threads: 4
""", None, "https://docs.getdbt.com/reference/dbt-jinja-functions/env_var")

# ---------------------------------------------------------------------------------------------
# Serverless, cloud templates and app frameworks
# ---------------------------------------------------------------------------------------------

add("blind-fa/serverless/twilio-auth-token", "notifications/serverless.yml", r"""
service: rental-notifications
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    TWILIO_ACCOUNT_SID: @@K@@
    TWILIO_AUTH_TOKEN: @@S@@
    TWILIO_FROM: "+31970102030"
    BRAND: "RentCo"

functions:
  pickupReminder:
    handler: src/pickupReminder.handler
    events:
      - schedule: rate(15 minutes)
  keyboxPin:
    handler: src/keyboxPin.handler
    events:
      - sqs:
          arn: arn:aws:sqs:eu-west-1:412930567811:keybox-pins
""", hexs(32), "https://www.serverless.com/framework/docs/providers/aws/guide/variables ; https://www.twilio.com/docs/iam/api/authtoken", K=twilio_sid())

add("blind-fa/serverless/decoy-ssm-reference", "returns/serverless.yml", r"""
service: rental-returns
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    RECORD360_API_KEY: ${ssm:/prod/returns/record360-api-key}
    STRIPE_SECRET_KEY: ${ssm:/prod/payments/stripe-secret-key}
    TWILIO_ACCOUNT_SID: ${ssm:/prod/notifications/twilio-sid}
    TWILIO_AUTH_TOKEN: ${ssm:/prod/notifications/twilio-token}

functions:
  closeAgreement:
    handler: handler.close_agreement
    events:
      - httpApi: "POST /returns/{agreement}/close"
""", None, "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

add("blind-fa/cloudformation/rds-password", "infra/cfn/keybox-bridge-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Keybox bridge database (branch after-hours key lockers)

Parameters:
  DBUser:
    Type: String
    Default: keybox_admin
  DBPassword:
    Type: String
    Default: "@@S@@"

Resources:
  KeyboxDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      EngineVersion: "8.0.35"
      DBInstanceClass: db.t4g.small
      AllocatedStorage: "50"
      MasterUsername: !Ref DBUser
      MasterUserPassword: !Ref DBPassword
      StorageEncrypted: true
      PubliclyAccessible: false
""", words_pw("!#%*"), "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html")

add("blind-fa/cloudformation/decoy-dynamic-reference", "infra/cfn/reservation-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Reservations database

Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Description: supplied by the pipeline; not stored here

Resources:
  ReservationDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: "200"
      MasterUsername: "{{resolve:secretsmanager:prod/reservation-db/master:SecretString:username}}"
      MasterUserPassword: "{{resolve:secretsmanager:prod/reservation-db/master:SecretString:password}}"
      StorageEncrypted: true
""", None, "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/dynamic-references.html")

add("blind-fa/pulumi/plain-config-password", "infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: eu-west-1
  fleet-infra:environment: prod
  fleet-infra:telematicsIngestCount: "6"
  fleet-infra:traccarDbUser: traccar
  fleet-infra:traccarDbPassword: @@S@@
  fleet-infra:alarmEmail: fleet-platform@rentco.example
""", gen_pw(24), "https://www.pulumi.com/docs/concepts/config/")

add("blind-fa/pulumi/decoy-secure-ciphertext", "infra/pulumi/Pulumi.staging.yaml", r"""
secretsprovider: awskms://alias/pulumi-fleet-infra?region=eu-west-1
encryptedkey: @@EK@@
config:
  aws:region: eu-west-1
  fleet-infra:environment: staging
  fleet-infra:traccarDbUser: traccar
  fleet-infra:traccarDbPassword:
    secure: v1:@@C1@@
  fleet-infra:samsaraToken:
    secure: v1:@@C2@@
""", None, "https://www.pulumi.com/docs/concepts/secrets/",
    EK="AQICAHh" + draw(220, ALNUM + "+/") + "==", C1=draw(16, ALNUM + "+/") + ":" + draw(64, ALNUM + "+/") + "=",
    C2=draw(16, ALNUM + "+/") + ":" + draw(88, ALNUM + "+/") + "==")

add("blind-fa/sops/decoy-encrypted-yaml", "deploy/secrets/telematics.prod.enc.yaml", r"""
geotab:
    username: ENC[AES256_GCM,data:@@D1@@,iv:@@I1@@,tag:@@T1@@,type:str]
    password: ENC[AES256_GCM,data:@@D2@@,iv:@@I2@@,tag:@@T2@@,type:str]
samsara:
    api_token: ENC[AES256_GCM,data:@@D3@@,iv:@@I3@@,tag:@@T3@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:412930567811:key/8c5d2e1f-4a7b-4c9d-b3e0-6f1a2b3c4d5e
          created_at: "2024-03-02T10:11:45Z"
          enc: AQICAHh@@EK@@
          aws_profile: ""
    lastmodified: "2024-03-02T10:11:46Z"
    mac: ENC[AES256_GCM,data:@@M@@,iv:@@I4@@,tag:@@T4@@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", None, "https://github.com/getsops/sops#encrypting-using-aws-kms",
    D1=b64_bytes(30), I1=b64_bytes(32), T1=b64_bytes(16), D2=b64_bytes(20), I2=b64_bytes(32), T2=b64_bytes(16),
    D3=b64_bytes(42), I3=b64_bytes(32), T3=b64_bytes(16), EK=draw(180, ALNUM + "+/") + "==", M=b64_bytes(64),
    I4=b64_bytes(32), T4=b64_bytes(16))

add("blind-fa/github-actions/telegram-bot-token", ".github/workflows/nightly-fleet-report.yml", r"""
name: nightly fleet report

on:
  schedule:
    - cron: "15 4 * * *"
  workflow_dispatch:

jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install -r reports/requirements.txt
      - run: python reports/nightly.py --out report.txt
        env:
          FLEET_DW_URL: ${{ secrets.FLEET_DW_URL }}
      - name: Send to the ops group
        run: |
          curl -s "https://api.telegram.org/bot@@S@@/sendMessage" \
            --data-urlencode "chat_id=-1001872364519" \
            --data-urlencode "text=$(cat report.txt)"
""", telegram_token(), "https://core.telegram.org/bots/api#making-requests")

add("blind-fa/python/slack-webhook", "reports/overdue_returns.py", r'''
"""Posts overdue returns (more than 6 hours late) to the branch channel."""
import datetime as dt

import requests

from fleetdb import overdue_rentals

WEBHOOK = "@@S@@"


def main() -> None:
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=6)
    rows = overdue_rentals(cutoff)
    if not rows:
        return
    lines = [f"*{r.agreement}* {r.plate} ({r.vehicle_class}) due {r.due:%d %b %H:%M}, {r.customer_phone_masked}"
             for r in rows]
    requests.post(WEBHOOK, json={"text": "Overdue returns:\n" + "\n".join(lines)}, timeout=10).raise_for_status()


if __name__ == "__main__":
    main()
''', slack_webhook(), "https://api.slack.com/messaging/webhooks")

add("blind-fa/javascript/fcm-server-key", "driver-push/src/push.js", r"""
const axios = require("axios");

// Legacy FCM HTTP API, used to tell subscription customers their car is ready at the branch
const FCM_SERVER_KEY = "@@S@@";

async function notifyReady(deviceToken, plate, branchName) {
  await axios.post(
    "https://fcm.googleapis.com/fcm/send",
    {
      to: deviceToken,
      notification: { title: "Your car is ready", body: `${plate} is waiting for you at ${branchName}` },
      data: { kind: "vehicle_ready", plate },
    },
    { headers: { Authorization: `key=${FCM_SERVER_KEY}`, "Content-Type": "application/json" } },
  );
}

module.exports = { notifyReady };
""", firebase_server_key(), "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

add("blind-fa/json/decoy-google-services", "driver-app/android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "684219307751",
    "project_id": "rentco-driver-app",
    "storage_bucket": "rentco-driver-app.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:684219307751:android:3f9c2b7e1d4a6c58e0b2a1",
        "android_client_info": { "package_name": "com.rentco.driver" }
      },
      "oauth_client": [],
      "api_key": [
        { "current_key": "AIzaSyC4mX8pQ2rT7vW1yZ3bN6dF9gH0jK5lM2q" }
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""", None, "https://firebase.google.com/docs/projects/api-keys (Firebase API keys identify the project, not secret)")

add("blind-fa/javascript/decoy-mapbox-public-token", "web/src/map/branchMap.js", r"""
import mapboxgl from "mapbox-gl";

// Public token (pk.*) restricted to *.rentco.example in the Mapbox account's URL restrictions.
mapboxgl.accessToken = "@@PK@@";

export function branchMap(container, branches) {
  const map = new mapboxgl.Map({
    container,
    style: "mapbox://styles/mapbox/streets-v12",
    center: [4.9041, 52.3676],
    zoom: 7,
  });
  for (const b of branches) {
    new mapboxgl.Marker().setLngLat([b.lon, b.lat]).setPopup(new mapboxgl.Popup().setText(b.name)).addTo(map);
  }
  return map;
}
""", None, "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", PK=mapbox_public("rentco"))

add("blind-fa/python/google-maps-server-key", "branches/geocode_branches.py", r"""
import csv
import sys

import googlemaps

gmaps = googlemaps.Client(key="@@S@@")


def geocode(path: str) -> None:
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    writer = csv.writer(sys.stdout)
    writer.writerow(["branch_code", "lat", "lon", "place_id"])
    for row in rows:
        result = gmaps.geocode(f"{row['address']}, {row['city']}, {row['country']}")
        if not result:
            continue
        loc = result[0]["geometry"]["location"]
        writer.writerow([row["branch_code"], loc["lat"], loc["lng"], result[0]["place_id"]])


if __name__ == "__main__":
    geocode(sys.argv[1])
""", google_api_key(), "https://github.com/googlemaps/google-maps-services-python#usage")

add("blind-fa/go/tomtom-api-key", "services/eta/tomtom.go", r"""
package eta

import (
	"encoding/json"
	"fmt"
	"net/http"
)

const tomtomKey = "@@S@@"

type route struct {
	Routes []struct {
		Summary struct {
			TravelTimeInSeconds int `json:"travelTimeInSeconds"`
			LengthInMeters      int `json:"lengthInMeters"`
		} `json:"summary"`
	} `json:"routes"`
}

// DeliveryETA estimates how long the delivery driver needs to bring the car to the customer.
func DeliveryETA(hc *http.Client, fromLat, fromLon, toLat, toLon float64) (int, error) {
	url := fmt.Sprintf("https://api.tomtom.com/routing/1/calculateRoute/%f,%f:%f,%f/json?traffic=true&key=%s",
		fromLat, fromLon, toLat, toLon, tomtomKey)
	resp, err := hc.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	var r route
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil || len(r.Routes) == 0 {
		return 0, fmt.Errorf("tomtom: no route")
	}
	return r.Routes[0].Summary.TravelTimeInSeconds, nil
}
""", gen_pw(32), "https://developer.tomtom.com/routing-api/documentation/routing/calculate-route")

add("blind-fa/kotlin/here-api-key", "pricing-service/src/main/kotlin/com/rentco/pricing/HereIsoline.kt", r"""
package com.rentco.pricing

import io.ktor.client.HttpClient
import io.ktor.client.call.body
import io.ktor.client.request.get
import io.ktor.client.request.parameter

// Delivery zones for the "car comes to you" option: 30-minute drive isolines around each branch.
class HereIsoline(private val http: HttpClient) {
    private val apiKey = "@@S@@"

    suspend fun thirtyMinutes(lat: Double, lon: Double): IsolineResponse =
        http.get("https://isoline.router.hereapi.com/v8/isolines") {
            parameter("transportMode", "car")
            parameter("origin", "$lat,$lon")
            parameter("range[type]", "time")
            parameter("range[values]", 1800)
            parameter("apiKey", apiKey)
        }.body()
}
""", draw(43, URLSAFE), "https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/dev-apikey.html")

add("blind-fa/typescript/decoy-oidc-client-id", "leasing-portal/src/auth/config.ts", r"""
// Public SPA configuration: the client id identifies the app; PKCE is used, there is no secret.
export const oidcConfig = {
  authority: "https://login.rentco.okta.com/oauth2/default",
  client_id: "0oa9x2k7mPq4RtZ1w5d7",
  redirect_uri: `${window.location.origin}/callback`,
  post_logout_redirect_uri: window.location.origin,
  response_type: "code",
  scope: "openid profile email leasing.contracts.read",
  automaticSilentRenew: true,
};
""".replace("};\n", "};\n\nexport const apiBase = import.meta.env.VITE_API_BASE ?? \"/api\";\n"), None, "https://developer.okta.com/docs/guides/implement-grant-type/authcodepkce/main/")

add("blind-fa/dockerfile/rails-master-key", "franchise-portal/Dockerfile", r"""
FROM ruby:3.2-slim

RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev nodejs \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /rails
ENV RAILS_ENV=production \
    BUNDLE_WITHOUT=development:test \
    RAILS_MASTER_KEY=@@S@@

COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4

COPY . .
RUN bundle exec rails assets:precompile

EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
""", hexs(32), "https://guides.rubyonrails.org/security.html#custom-credentials (RAILS_MASTER_KEY)")


add("blind-fa/python/django-secret-key", "subscriptions/subscriptions/settings/production.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@@S@@"
ALLOWED_HOSTS = ["subscribe.rentco.example"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "subscriptions",
        "HOST": "subs-db.rentco.internal",
        "USER": "subs_app",
        "OPTIONS": {"service": "subs_prod"},  # password in ~/.pgpass on the hosts
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

add("blind-fa/python/decoy-django-env", "subscriptions/subscriptions/settings/base.py", r"""
import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"set the {name} environment variable")
    return value


SECRET_KEY = env("DJANGO_SECRET_KEY")
STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
PERSONA_API_KEY = env("PERSONA_API_KEY")
GEOTAB_PASSWORD = env("GEOTAB_PASSWORD", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "subscriptions.plans",
    "subscriptions.vehicles",
]
ROOT_URLCONF = "subscriptions.urls"
""", None, "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key")

add("blind-fa/javascript/jwt-signing-secret", "customer-api/config/production.js", r"""
module.exports = {
  port: 8080,
  corsOrigins: ["https://www.rentco.example", "https://m.rentco.example"],
  auth: {
    jwtSecret: "@@S@@",
    accessTokenTtl: "15m",
    refreshTokenTtl: "30d",
    issuer: "https://api.rentco.example",
  },
  loyalty: {
    pointsPerDay: 10,
    tiers: ["blue", "silver", "gold"],
  },
};
""", b64_bytes(48), "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback")

add("blind-fa/json/decoy-jwks", "customer-api/public/.well-known/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "2024-03-rentco-customer",
      "n": "@@N@@",
      "e": "AQAB"
    }
  ]
}
""", None, "https://datatracker.ietf.org/doc/html/rfc7517 (JSON Web Key Set: public keys)", N=draw(342, URLSAFE))

add("blind-fa/pem/apple-pay-merchant-key", "payments/certs/applepay/merchant_id.key", r"""
@@S@@
""", pem("EC", 3), "https://developer.apple.com/documentation/apple_pay_on_the_web/configuring_your_environment")

add("blind-fa/pem/decoy-certificate-chain", "payments/certs/applepay/merchant_id.pem", r"""
-----BEGIN CERTIFICATE-----
@@C1@@
-----END CERTIFICATE-----
-----BEGIN CERTIFICATE-----
@@C2@@
-----END CERTIFICATE-----
""", None, "https://www.rfc-editor.org/rfc/rfc7468 (PEM certificates are public)",
    C1="MIIF" + "\n".join(draw(64, ALNUM + "+/") for _ in range(6)) + "\n" + draw(40, ALNUM + "+/") + "==",
    C2="MIIE" + "\n".join(draw(64, ALNUM + "+/") for _ in range(5)) + "\n" + draw(28, ALNUM + "+/") + "=")

_gcp_key = pem("", 8).replace("\n", "\\n") + "\\n"
add("blind-fa/json/gcp-service-account", "pricing-service/keys/rentco-pricing-bq.json", r"""
{
  "type": "service_account",
  "project_id": "rentco-pricing",
  "private_key_id": "@@KID@@",
  "private_key": "@@S@@",
  "client_email": "bq-demand-forecast@rentco-pricing.iam.gserviceaccount.com",
  "client_id": "108274519230847561903",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-demand-forecast%40rentco-pricing.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gcp_key, "https://cloud.google.com/iam/docs/keys-create-delete", KID=hexs(40))

add("blind-fa/json/decoy-workload-identity", "pricing-service/keys/gha-wif-credentials.json", r"""
{
  "type": "external_account",
  "audience": "//iam.googleapis.com/projects/684219307751/locations/global/workloadIdentityPools/github/providers/rentco",
  "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
  "token_url": "https://sts.googleapis.com/v1/token",
  "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/bq-demand-forecast@rentco-pricing.iam.gserviceaccount.com:generateAccessToken",
  "credential_source": {
    "url": "https://token.actions.githubusercontent.com?audience=rentco",
    "headers": { "Authorization": "Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN" },
    "format": { "type": "json", "subject_token_field_name": "value" }
  }
}
""", None, "https://cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines")

add("blind-fa/ruby/mailgun-api-key", "app/mailers/delivery_method.rb", r"""
# Booking confirmations and pick-up reminders through Mailgun (EU region)
require "mailgun-ruby"

Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@S@@",
    domain: "mg.rentco.example",
    api_host: "api.eu.mailgun.net"
  }
  config.action_mailer.default_url_options = { host: "www.rentco.example", protocol: "https" }
end
""", hexs(32) + "-" + hexs(8) + "-" + hexs(8), "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/")

add("blind-fa/php/postmark-server-token", "booking-web/config/services.php", r"""
<?php

return [

    'postmark' => [
        'token' => '@@S@@',
        'message_stream_id' => 'booking-confirmations',
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'us-east-1'),
    ],

    'stripe' => [
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
    ],

];
""", uuid_s(), "https://postmarkapp.com/developer/api/overview#authentication (X-Postmark-Server-Token)")

add("blind-fa/php/decoy-laravel-env", "counter-portal/config/services.php", r"""
<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'geotab' => [
        'server' => env('GEOTAB_SERVER', 'my.geotab.com'),
        'database' => env('GEOTAB_DATABASE'),
        'username' => env('GEOTAB_USERNAME'),
        'password' => env('GEOTAB_PASSWORD'),
    ],

    'onfido' => [
        'token' => env('ONFIDO_API_TOKEN'),
        'region' => env('ONFIDO_REGION', 'EU'),
    ],

];
""", None, "https://laravel.com/docs/configuration#retrieving-environment-configuration")

add("blind-fa/alertmanager/pagerduty-routing-key", "ops/alertmanager/alertmanager.yml", r"""
global:
  resolve_timeout: 5m

route:
  receiver: fleet-platform
  group_by: [alertname, service]
  routes:
    - matchers: [severity="page"]
      receiver: fleet-oncall

receivers:
  - name: fleet-platform
    email_configs:
      - to: fleet-platform@rentco.example
        from: alertmanager@rentco.example
        smarthost: smtp.rentco.lan:25
        require_tls: false
  - name: fleet-oncall
    pagerduty_configs:
      - routing_key: @@S@@
        severity: critical
        description: '{{ .CommonAnnotations.summary }}'
""", hexs(32), "https://prometheus.io/docs/alerting/latest/configuration/#pagerduty_config")

add("blind-fa/prometheus/decoy-bearer-token-file", "ops/prometheus/prometheus.yml", r"""
global:
  scrape_interval: 30s

scrape_configs:
  - job_name: reservation-api
    metrics_path: /actuator/prometheus
    kubernetes_sd_configs:
      - role: pod
        namespaces: { names: [reservations] }
    authorization:
      type: Bearer
      credentials_file: /etc/prometheus/secrets/actuator-token

  - job_name: traccar
    static_configs:
      - targets: ["10.40.20.11:8082", "10.40.20.12:8082"]
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/traccar-password
""", None, "https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config")

add("blind-fa/env/redis-url-password", "yard-check/.env.production", r"""
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
REDIS_URL=rediss://default:@@S@@@yard-cache-prod.rentco.example:6380/0
POSITIONS_TTL_SECONDS=900
YARD_GEOFENCE_RADIUS_M=180
""", fakes.redis_password(_seed()), "https://redis.io/docs/latest/develop/connect/clients/ (redis URL with password)")

add("blind-fa/csharp/mongodb-connection", "Fleet.Inspections/Program.cs", r"""
using MongoDB.Driver;
using Fleet.Inspections;

var builder = WebApplication.CreateBuilder(args);

var mongo = new MongoClient(
    "mongodb+srv://inspections_app:@@S@@@fleet-inspections.x7k2q.mongodb.net/?retryWrites=true&w=majority&appName=inspections");
builder.Services.AddSingleton<IMongoClient>(mongo);
builder.Services.AddSingleton(sp => sp.GetRequiredService<IMongoClient>().GetDatabase("inspections"));
builder.Services.AddScoped<InspectionRepository>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
""", gen_pw(16), "https://www.mongodb.com/docs/manual/reference/connection-string/")

add("blind-fa/systemd/environment-password", "ops/systemd/geotab-sync.service", r"""
[Unit]
Description=MyGeotab odometer and fault sync
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=telematics
WorkingDirectory=/opt/telematics
Environment=GEOTAB_SERVER=my.geotab.com
Environment=GEOTAB_DATABASE=sunwheel_rentals
Environment=GEOTAB_USERNAME=integration@sunwheel-rentals.com
Environment=GEOTAB_PASSWORD=@@S@@
ExecStart=/opt/telematics/venv/bin/python -m telematics.geotab_odometer_sync --loop 3600
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", words_pw("#*@!"), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

# ---------------------------------------------------------------------------------------------
# More decoys: ids, hashes, redactions, fixtures and code that reads secrets from elsewhere
# ---------------------------------------------------------------------------------------------

add("blind-fa/log/decoy-redacted", "docs/incidents/2024-04-11-onfido-timeouts.md", r"""
# 2024-04-11: Onfido check timeouts at LHR counters

Excerpt of the id-check service log (tokens are redacted by our log filter):

```
2024-04-11T07:42:13.511Z INFO  onfido POST /v3.6/applicants status=201 ms=412 auth="Token token=api_live.[REDACTED]"
2024-04-11T07:42:19.904Z WARN  onfido POST /v3.6/checks status=504 ms=30001 auth="Token token=api_live.[REDACTED]"
2024-04-11T07:42:20.002Z ERROR checkout blocked reservation=R-88412093 reason=id_check_timeout
2024-04-11T07:44:51.378Z INFO  stripe POST /v1/payment_intents status=200 key=sk_live_****************************4kQz
```

Root cause: the EU endpoint was degraded for 40 minutes. Counters fell back to manual licence checks.
Action: add a circuit breaker so the counter app offers the manual flow after 10 seconds.
""", None, "https://documentation.onfido.com/#authentication (redacted log lines)")

add("blind-fa/markdown/decoy-jwt-io-example", "customer-api/docs/auth.md", r"""
# Customer API authentication

Clients send the access token as a bearer token:

```http
GET /v1/reservations HTTP/1.1
Host: api.rentco.example
Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

(The token above is the well-known example from jwt.io; real tokens are RS256 and expire after 15 minutes.)

Tokens are obtained from `POST /v1/auth/token` with the customer's e-mail and one-time code.
Refresh tokens are rotated on every use.
""", None, "https://jwt.io/introduction (example token)")

add("blind-fa/yaml/decoy-tracker-inventory", "telematics/inventory/trackers-ams.yaml", r"""
# Trackers installed at Amsterdam Schiphol, 2024 Q1 (IMEI, SIM ICCID, VIN)
trackers:
  - imei: "@@I1@@"
    model: FMC130
    iccid: "8931440400012345678"
    vin: "@@V1@@"
    installed: 2024-01-16
  - imei: "@@I2@@"
    model: FMC130
    iccid: "8931440400012345686"
    vin: "@@V2@@"
    installed: 2024-01-16
  - imei: "@@I3@@"
    model: FMB920
    iccid: "8931440400012345694"
    vin: "@@V3@@"
    installed: 2024-02-02
server: trk.fleetlease.co.uk:5027
""", None, "https://wiki.teltonika-gps.com/view/FMC130", I1=imei(), I2=imei(), I3=imei(), V1=vin(), V2=vin(), V3=vin())

add("blind-fa/go/decoy-env-lookup", "services/keys/keyper/config.go", r"""
package keyper

import (
	"errors"
	"os"
)

// Header names and environment variables; values are injected at deploy time.
const (
	HeaderAPIKey = "X-API-Key"
	EnvAPIKey    = "KEYPER_API_KEY"
	EnvBaseURL   = "KEYPER_BASE_URL"
)

type Config struct {
	BaseURL string
	APIKey  string
}

func FromEnv() (Config, error) {
	c := Config{BaseURL: os.Getenv(EnvBaseURL), APIKey: os.Getenv(EnvAPIKey)}
	if c.BaseURL == "" {
		c.BaseURL = "https://cloud.keypersystems.com/api/v2"
	}
	if c.APIKey == "" {
		return c, errors.New("KEYPER_API_KEY is not set")
	}
	return c, nil
}
""", None, "https://pkg.go.dev/os#Getenv")

add("blind-fa/python/decoy-test-fixture", "tests/telematics/test_samsara_sync.py", r"""
import pytest
import responses

from telematics.samsara_sync import SamsaraClient

FAKE_TOKEN = "test-token-not-real"


@pytest.fixture
def client():
    return SamsaraClient(token=FAKE_TOKEN, base_url="https://api.samsara.test")


@responses.activate
def test_locations_paginate(client):
    responses.get("https://api.samsara.test/fleet/vehicles/locations",
                  json={"data": [{"id": "1", "name": "NL-412-K", "location": {"latitude": 52.3, "longitude": 4.76,
                                                                             "time": "2024-03-01T10:00:00Z"}}],
                        "pagination": {"hasNextPage": False, "endCursor": ""}})
    rows = list(client.locations())
    assert rows[0].plate == "NL-412-K"
    assert responses.calls[0].request.headers["Authorization"] == f"Bearer {FAKE_TOKEN}"
""", None, "https://github.com/getsentry/responses#basics")

add("blind-fa/gradle-kts/decoy-local-properties", "inspection-app/app/build.gradle.kts", r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val file = rootProject.file("local.properties")
    if (file.exists()) file.inputStream().use { load(it) }
}

android {
    namespace = "com.rentco.inspect"
    compileSdk = 34
    defaultConfig {
        applicationId = "com.rentco.inspect"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "TCHEK_API_KEY", "\"${localProps.getProperty("tchek.apiKey") ?: System.getenv("TCHEK_API_KEY") ?: ""}\"")
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("maps.apiKey") ?: ""
    }
    buildFeatures { buildConfig = true }
}
""", None, "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

add("blind-fa/k8s/decoy-image-digests", "deploy/k8s/reservations/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reservation-api
  namespace: reservations
spec:
  replicas: 4
  selector:
    matchLabels: { app: reservation-api }
  template:
    metadata:
      labels: { app: reservation-api }
      annotations:
        checksum/config: @@H1@@
    spec:
      containers:
        - name: api
          image: 412930567811.dkr.ecr.eu-west-1.amazonaws.com/reservation-api@sha256:@@H2@@
          envFrom:
            - secretRef: { name: reservation-api-secrets }
          ports: [{ containerPort: 8080 }]
        - name: cloud-sql-proxy
          image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:@@H3@@
""", None, "https://kubernetes.io/docs/concepts/containers/images/#image-names (digests)", H1=hexs(64), H2=hexs(64), H3=hexs(64))

add("blind-fa/package-lock/decoy-integrity", "driver-app/package-lock.json", r"""
{
  "name": "@rentco/driver-app",
  "version": "3.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@rentco/booking-widgets": {
      "version": "2.4.1",
      "resolved": "https://npm.pkg.github.com/download/@rentco/booking-widgets/2.4.1/@@H0@@",
      "integrity": "sha512-@@I1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-@@I2@@"
    },
    "node_modules/axios": {
      "version": "1.6.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.7.tgz",
      "integrity": "sha512-@@I3@@"
    }
  }
}
""", None, "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages (Subresource Integrity)",
    H0=hexs(40), I1=b64_bytes(64), I2=b64_bytes(64), I3=b64_bytes(64))

add("blind-fa/go-sum/decoy-checksums", "services/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.25.2 h1:@@G1@@
github.com/aws/aws-sdk-go-v2 v1.25.2/go.mod h1:@@G2@@
github.com/geotab/mygeotab-go v0.4.1 h1:@@G3@@
github.com/geotab/mygeotab-go v0.4.1/go.mod h1:@@G4@@
github.com/golang-jwt/jwt/v5 v5.2.1 h1:@@G5@@
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:@@G6@@
golang.org/x/oauth2 v0.18.0 h1:@@G7@@
golang.org/x/oauth2 v0.18.0/go.mod h1:@@G8@@
""", None, "https://go.dev/ref/mod#go-sum-files",
    **{f"G{i}": b64_bytes(32) for i in range(1, 9)})

add("blind-fa/openapi/decoy-security-scheme", "customer-api/openapi.yaml", r"""
openapi: 3.0.3
info:
  title: RentCo Partner Reservations API
  version: 2.3.0
servers:
  - url: https://partners.rentco.example/v2
components:
  securitySchemes:
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
      description: Issued per broker; example value `pk_live_xxxxxxxxxxxxxxxx`.
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: https://partners.rentco.example/oauth/token
          scopes: { reservations:write: create and cancel reservations }
security:
  - partnerKey: []
paths:
  /reservations:
    post:
      summary: Create a reservation
      parameters:
        - in: header
          name: X-Partner-Key
          required: true
          schema: { type: string }
          example: "<your-partner-key>"
      responses:
        "201": { description: created }
""", None, "https://swagger.io/docs/specification/authentication/api-keys/")

add("blind-fa/python/decoy-secrets-manager", "payments/secrets.py", r'''
"""Payment credentials are fetched from AWS Secrets Manager at start-up and cached."""
import functools
import json

import boto3

SECRET_ID = "arn:aws:secretsmanager:eu-west-1:412930567811:secret:prod/payments/stripe-Qx7Vb2"


@functools.lru_cache(maxsize=1)
def stripe_credentials() -> dict:
    client = boto3.client("secretsmanager", region_name="eu-west-1")
    value = client.get_secret_value(SecretId=SECRET_ID)["SecretString"]
    return json.loads(value)


def stripe_secret_key() -> str:
    return stripe_credentials()["secret_key"]


def stripe_webhook_secret() -> str:
    return stripe_credentials()["webhook_secret"]
''', None, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html")

add("blind-fa/markdown/decoy-changelog", "CHANGELOG.md", r"""
# Changelog

## 4.12.0 - 2024-03-18
### Security
- Rotated the Samsara and Geotab integration credentials after the laptop loss on 2024-03-14
  (new values are in Vault under `kv/telematics/*`; old tokens revoked in both dashboards).
- Removed the hard-coded Onfido sandbox token from the iOS test target.

### Added
- One-time keybox PINs via igloohome for after-hours pick-ups.
- Damage photos are now stored per agreement (`{agreement}/{angle}.jpg`).

### Fixed
- OTA_VehAvailRateRQ: `RequestorID/@MessagePassword` no longer logged at DEBUG.
""", None, "https://keepachangelog.com/en/1.1.0/")

add("blind-fa/vcr-cassette/decoy-filtered", "spec/cassettes/Checkr/creates_candidate.yml", r"""
---
http_interactions:
- request:
    method: post
    uri: https://api.checkr.com/v1/candidates
    body:
      encoding: UTF-8
      string: '{"first_name":"Test","last_name":"Driver","email":"test.driver@example.com"}'
    headers:
      Authorization:
      - Basic <CHECKR_API_KEY>
      Content-Type:
      - application/json
  response:
    status:
      code: 201
      message: Created
    body:
      encoding: UTF-8
      string: '{"id":"e44aa283528e6fde7d542194","object":"candidate","email":"test.driver@example.com"}'
  recorded_at: Tue, 05 Mar 2024 10:14:02 GMT
recorded_with: VCR 6.2.0
""", None, "https://benoittgt.github.io/vcr/#/configuration/filter_sensitive_data")

add("blind-fa/plist/decoy-oauth-client-id", "DriverApp/Resources/Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>RentCo</string>
	<key>CFBundleIdentifier</key>
	<string>com.rentco.driver</string>
	<key>GIDClientID</key>
	<string>684219307751-4q7n2b8v0c5x3z9m1l6k8j2h4g7f0d3s.apps.googleusercontent.com</string>
	<key>CFBundleURLTypes</key>
	<array>
		<dict>
			<key>CFBundleURLSchemes</key>
			<array>
				<string>com.googleusercontent.apps.684219307751-4q7n2b8v0c5x3z9m1l6k8j2h4g7f0d3s</string>
			</array>
		</dict>
	</array>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Used to find the nearest branch and to guide you to your car in the lot.</string>
	<key>MBXAccessToken</key>
	<string>$(MAPBOX_PUBLIC_TOKEN)</string>
</dict>
</plist>
""", None, "https://developers.google.com/identity/sign-in/ios/start-integrating (client id in Info.plist)")

add("blind-fa/javascript/decoy-cognito-ids", "yard-check/web/src/aws-exports.js", r"""
// Amplify configuration: pool and client ids are public identifiers (the app client has no secret).
const awsconfig = {
  aws_project_region: "eu-west-1",
  aws_cognito_region: "eu-west-1",
  aws_user_pools_id: "eu-west-1_Xk7Pq2Lm9",
  aws_user_pools_web_client_id: "4q9n1t7c2k5m8b3v6x0z2l4j7h",
  aws_cognito_identity_pool_id: "eu-west-1:3c9e1b7a-52d4-4f8e-a6b0-9d2c1e4f7a38",
  oauth: {
    domain: "yard-check.auth.eu-west-1.amazoncognito.com",
    scope: ["openid", "email", "profile"],
    redirectSignIn: "https://yard.rentco.example/",
    redirectSignOut: "https://yard.rentco.example/",
    responseType: "code",
  },
};

export default awsconfig;
""", None, "https://docs.amplify.aws/javascript/tools/libraries/configure-categories/")

add("blind-fa/typescript/decoy-search-only-key", "web/src/search/branches.ts", r"""
import algoliasearch from "algoliasearch/lite";

// Search-only key: can only query the public "branches" index (rate-limited, referer-restricted).
const client = algoliasearch("Q7WZ4K2M8P", "3f9b2c71d8e04a65b1c7e2d9f0a4b836");
const index = client.initIndex("branches_prod");

export async function findBranches(query: string, lat?: number, lon?: number) {
  const { hits } = await index.search(query, {
    hitsPerPage: 8,
    ...(lat !== undefined && lon !== undefined ? { aroundLatLng: `${lat}, ${lon}` } : {}),
  });
  return hits;
}
""", None, "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key")

add("blind-fa/python/decoy-twilio-sid-env", "notifications/sms.py", r"""
import os

from twilio.rest import Client

# The account SID is an identifier; the auth token is read from the environment.
ACCOUNT_SID = "AC3f9b2c71d8e04a65b1c7e2d9f0a4b836"
MESSAGING_SERVICE_SID = "MG8e2d4a6c1b3f5e7d9a0c2b4d6f8e1a3c"


def client() -> Client:
    return Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def pickup_reminder(to: str, branch: str, time_str: str) -> str:
    message = client().messages.create(
        to=to,
        messaging_service_sid=MESSAGING_SERVICE_SID,
        body=f"Reminder: your RentCo car is ready at {branch} from {time_str}. Bring your licence and card.",
    )
    return message.sid
""", None, "https://www.twilio.com/docs/iam/api/account (Account SID is an identifier)")

add("blind-fa/html/decoy-data-uri-logo", "notifications/templates/pickup_confirmation.html", r"""
<!doctype html>
<html>
<body style="font-family: Arial, sans-serif; color: #0b1f33;">
  <img alt="RentCo" width="120" height="32"
       src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAgCAYAAADaInAlAAAA@@B@@">
  <h1>Your car is booked</h1>
  <p>Reservation <strong>{{ reservation.code }}</strong></p>
  <p>Pick-up: {{ reservation.branch.name }}, {{ reservation.pickup_at | datetime }}</p>
  <p>Please bring your driving licence and the card used for the booking.</p>
</body>
</html>
""", None, "https://developer.mozilla.org/en-US/docs/Web/URI/Schemes/data", B=b64_bytes(150))

add("blind-fa/python/decoy-declared-fake", "tests/payments/test_deposits.py", r"""
import pytest

from payments.deposits import DepositService

# Obviously fake values for the stubbed gateway; the service rejects keys without a live account.
STRIPE_KEY = "sk_test_FAKE_KEY_FOR_UNIT_TESTS_ONLY"
WEBHOOK_SECRET = "whsec_fake_for_tests"


@pytest.fixture
def service(stripe_stub):
    return DepositService(api_key=STRIPE_KEY, webhook_secret=WEBHOOK_SECRET, client=stripe_stub)


def test_hold_amount_depends_on_class(service):
    assert service.hold_amount("ECMR") == 25000
    assert service.hold_amount("PFAR") == 75000


def test_release_after_return(service, stripe_stub):
    service.release("pi_test_123")
    assert stripe_stub.cancelled == ["pi_test_123"]
""", None, "https://docs.pytest.org/en/stable/how-to/fixtures.html")

