"""Blind set ES: planetariums, science centres and observatories.

Ticketing and membership (Tessitura, Gateway Galaxy, Spektrix, ACME, Blackbaud, Salesforce), donor
databases, dome projection and show control (Digistar, DigitalSky, Q-SYS, Crestron, PJLink,
BrightSign, projectors), telescope and observatory automation (ASCOM Alpaca, INDI, NINA, allsky
cameras, weather stations, roll-off roofs), gift shop POS (Square, Shopify), school-group booking
apps, the infrastructure under them, and their decoys. Generated fakes only (seeds 1590000-1599999).
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

SEED_LOW, SEED_HIGH = 1590000, 1599999
_SEED = [SEED_LOW]

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LOW <= _SEED[0] <= SEED_HIGH, _SEED[0]
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, alphabet: str = ALNUM) -> str:
    """`n` characters with an upper, a lower and a digit when the alphabet has them (bounded tries)."""
    r = _rng()
    value = ""
    for _ in range(64):
        value = "".join(r.choice(alphabet) for _ in range(n))
        if (any(c.isdigit() for c in value) and any(c.isupper() for c in value)
                and any(c.islower() for c in value)):
            break
    return value


SKY = ["Orion", "Vega", "Sirius", "Nebula", "Cassini", "Kepler", "Lyra", "Perseid", "Galileo", "Hubble",
       "Zenith", "Aurora", "Pleiades", "Andromeda", "Quasar", "Solstice", "Comet", "Meridian", "Nova", "Polaris"]
PLAIN = ["Harbor", "Maple", "Granite", "Willow", "Copper", "Tundra", "Basil", "Falcon", "Juniper", "Marlin",
         "Thistle", "Cobalt", "Saffron", "Birch", "Otter", "Lantern"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "crater", "eclipse", "parsec", "tripod"]


def words_pw() -> str:
    r = _rng()
    return r.choice(SKY + PLAIN) + r.choice("!#*@%^") + r.choice(PLAIN + SKY) + str(r.randint(10, 9999))


def human_pw() -> str:
    r = _rng()
    return r.choice(SKY + PLAIN) + str(r.randint(1965, 2024)) + r.choice("!?#*.")


def phrase_pw() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(2, 99))


def url_pw(n: int = 20) -> str:
    """A generated password that needs no escaping in a URL's userinfo."""
    return mixed(n, ALNUM + "-_.~") if n else ""


def rand_pw(n: int = 18, extra: str = "") -> str:
    return mixed(n, ALNUM + extra)


def hexs(n: int) -> str:
    return draw(n, HEX)


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def b64_bytes(nbytes: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def _wrap(body: str, width: int = 64) -> str:
    return "\n".join(body[i:i + width] for i in range(0, len(body), width))


_RSA_HEAD = bytes.fromhex("308204a40201000282010100")
_PKCS8_HEAD = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")


def rsa_pem() -> str:
    r = _rng()
    raw = _RSA_HEAD + bytes(r.getrandbits(8) for _ in range(1180))
    return "-----BEGIN RSA PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END RSA PRIVATE KEY-----"


def pkcs8_pem() -> str:
    r = _rng()
    raw = _PKCS8_HEAD + bytes(r.getrandbits(8) for _ in range(1178))
    return "-----BEGIN PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END PRIVATE KEY-----"


def ec_pem() -> str:
    r = _rng()
    raw = (bytes.fromhex("30770201010420") + bytes(r.getrandbits(8) for _ in range(32))
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + bytes(r.getrandbits(8) for _ in range(64)))
    return "-----BEGIN EC PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END EC PRIVATE KEY-----"


def openssh_pem() -> str:
    r = _rng()
    pub = bytes(r.getrandbits(8) for _ in range(32))
    raw = (b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01"
           b"\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + pub
           + b"\x00\x00\x00\x98" + bytes(r.getrandbits(8) for _ in range(8)) + b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
           + pub + b"\x00\x00\x00@" + bytes(r.getrandbits(8) for _ in range(64)) + b"\x00\x00\x00\x0fobs@dome-ctl-01\x01\x02\x03")
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + _wrap(base64.b64encode(raw).decode(), 70)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def cert_pem() -> str:
    r = _rng()
    raw = bytes.fromhex("308203") + bytes(r.getrandbits(8) for _ in range(820))
    return "-----BEGIN CERTIFICATE-----\n" + _wrap(base64.b64encode(raw).decode()) + "\n-----END CERTIFICATE-----"


def ssh_pub() -> str:
    r = _rng()
    raw = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + bytes(r.getrandbits(8) for _ in range(32))
    return "ssh-ed25519 " + base64.b64encode(raw).decode()


# vendor-shaped tokens -------------------------------------------------------------------------
def stripe_sk(prefix: str = "sk_live_") -> str:
    return prefix + mixed(99 if _rng().random() < 0.5 else 24)


def stripe_whsec() -> str:
    return "whsec_" + mixed(32)


def square_token() -> str:
    return "EAAAE" + mixed(59, URLSAFE)


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_ALNUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_ALNUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**19 - 1)}/"
            + "".join(r.choice(URLSAFE) for _ in range(68)))


def teams_webhook() -> str:
    return (f"https://scienceworks.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2{mixed(40, URLSAFE)}")


def sendgrid_key() -> str:
    return "SG." + mixed(22, URLSAFE) + "." + mixed(43, URLSAFE)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def twilio_token() -> str:
    return hexs(32)


def github_pat() -> str:
    return fakes.github_token(_seed())


def gitlab_pat() -> str:
    return "glpat-" + mixed(20, URLSAFE)


def npm_token() -> str:
    return "npm_" + mixed(36)


def aws_pair() -> tuple:
    return fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())


def azure_storage_key() -> str:
    return b64_bytes(64)


def azure_client_secret() -> str:
    return mixed(3) + "8Q~" + mixed(34, ALNUM + "_.-~")


def google_api_key() -> str:
    return "AIza" + mixed(35, URLSAFE)


def datadog_key() -> str:
    return hexs(32)


def pushover_token() -> str:
    return "a" + draw(29, LOWER_ALNUM)


def openweather_key() -> str:
    return hexs(32)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def influx_token() -> str:
    return b64_bytes(64).replace("+", "-").replace("/", "_")


def jwt_secret() -> str:
    return b64_bytes(48)


def youtube_stream_key() -> str:
    return "-".join(draw(4, LOWER_ALNUM) for _ in range(5))


def twitch_stream_key() -> str:
    r = _rng()
    return f"live_{r.randint(10**8, 10**9 - 1)}_" + mixed(30)


def okta_token() -> str:
    return "00" + mixed(40, URLSAFE)


def auth0_secret() -> str:
    return mixed(64, URLSAFE)


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def airtable_pat() -> str:
    return "pat" + mixed(14) + "." + hexs(64)


def notion_token() -> str:
    return "secret_" + mixed(43)


def openai_key() -> str:
    return fakes.openai_key(_seed())


def anthropic_key() -> str:
    return "sk-ant-api03-" + mixed(93, URLSAFE) + "AA"


def hf_token() -> str:
    return "hf_" + mixed(34, string.ascii_letters)


def grafana_sa_token() -> str:
    return "glsa_" + mixed(32) + "_" + hexs(8)


def vault_token() -> str:
    return "hvs." + mixed(24)


def docker_pat() -> str:
    return "dckr_pat_" + mixed(27, URLSAFE)


def tfc_token() -> str:
    return mixed(14) + ".atlasv1." + mixed(67)


def cloudflare_token() -> str:
    return mixed(40, URLSAFE)


def do_token() -> str:
    return "dop_v1_" + hexs(64)


def sentry_token() -> str:
    return "sntryu_" + hexs(64)


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def paypal_secret() -> str:
    return "E" + mixed(79, URLSAFE)


def wireguard_key() -> str:
    return b64_bytes(32)


def mapbox_secret() -> str:
    head = b64('{"u":"cosmosdome","a":"' + draw(25, LOWER_ALNUM) + '"}').rstrip("=")
    return "sk.eyJ" + head[3:] + "." + mixed(22, URLSAFE)


def mapbox_public() -> str:
    head = b64('{"u":"cosmosdome","a":"' + draw(25, LOWER_ALNUM) + '"}').rstrip("=")
    return "pk.eyJ" + head[3:] + "." + mixed(22, URLSAFE)


def salesforce_refresh() -> str:
    return "5Aep861" + mixed(80, ALNUM + "._")


def zendesk_token() -> str:
    return mixed(40)


CASES: List[LabelledCase] = []
_MARK = re.compile(r"<<[A-Z][A-Z0-9_]*>>")


def add(category: str, file_name: str, source: str, secret: Optional[str], text: str, **values: str) -> None:
    """One case; `<<S>>` in the text is the secret, `<<NAME>>` the named values."""
    if secret is not None:
        values.setdefault("S", secret)
    for name, value in values.items():
        text = text.replace(f"<<{name}>>", value)
    assert not _MARK.search(text), (file_name, _MARK.search(text))
    text = text[1:] if text.startswith("\n") else text
    text = text if text.endswith("\n") else text + "\n"
    CASES.append(LabelledCase(f"blind-es/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Ticketing, membership CRMs and donor databases
# ---------------------------------------------------------------------------------------------
add("json/password", "services/ticket-sync/appsettings.Production.json",
    "Tessitura REST API docs: Authentication (user, group, location, password)", words_pw(), r"""
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "Tessitura": {
    "BaseUrl": "https://tnew.cosmosdome.org/TessituraService/",
    "UserName": "websync",
    "UserGroup": "webapi",
    "MachineLocation": "SYNC01",
    "Password": "<<S>>",
    "TimeoutSeconds": 45,
    "ModeOfSale": 14,
    "PerformanceFacilities": [ 3, 4, 7 ]
  },
  "Scheduler": {
    "PollCron": "*/5 6-22 * * *",
    "TimeZone": "America/Chicago"
  },
  "AllowedHosts": "*"
}
""")

_tess_user = "websync:webapi:KIOSK2:" + rand_pw(16)
add("http-file/basic-auth", "tools/http/tessitura-performances.http",
    "Tessitura REST API docs: HTTP Basic with user:group:location:password", b64(_tess_user), r"""
### List tonight's dome performances (VS Code REST Client)
@host = https://tnew.cosmosdome.org/TessituraService

GET {{host}}/TXN/Performances/Search
Authorization: Basic <<S>>
Accept: application/json
Content-Type: application/json

{
  "PerformanceStartDate": "2024-04-08T00:00:00",
  "PerformanceEndDate": "2024-04-08T23:59:59",
  "FacilityIds": "3,4"
}

### Seat map for a show
GET {{host}}/TXN/Performances/18842/Seats?modeOfSaleId=14
Authorization: Basic <<S>>
""")

add("xml/password", "integrations/galaxy/egalaxy-ping.xml",
    "Gateway Ticketing eGalaxy XML interface guide (Header/SourceID/Password)", rand_pw(14, "!#"), r"""
<?xml version="1.0" encoding="UTF-8"?>
<Envelope>
  <Header>
    <SourceID>PLANETARIUM_WEB</SourceID>
    <MessageID>1001</MessageID>
    <MessageType>QueryEvents</MessageType>
    <TimeStamp>2024-03-01 09:00:00</TimeStamp>
    <EchoData/>
    <SystemFields/>
  </Header>
  <Body>
    <Authentication>
      <UserName>egalaxy_web</UserName>
      <Password><<S>></Password>
    </Authentication>
    <QueryEvents>
      <EventTypeID>22</EventTypeID>
      <StartDate>2024-03-01</StartDate>
      <EndDate>2024-03-31</EndDate>
      <Venue>Dome Theater</Venue>
    </QueryEvents>
  </Body>
</Envelope>
""")

add("python/api-key", "scripts/blackbaud/export_gifts.py",
    "Blackbaud SKY API docs: Bb-Api-Subscription-Key header", hexs(32), r"""
import csv
import sys

import requests

SKY_API = "https://api.sky.blackbaud.com/gift/v1/gifts"
SUBSCRIPTION_KEY = "<<S>>"


def fetch(token, since):
    headers = {
        "Bb-Api-Subscription-Key": SUBSCRIPTION_KEY,
        "Authorization": f"Bearer {token}",
    }
    params = {"date_added": since, "limit": 500}
    while True:
        resp = requests.get(SKY_API, headers=headers, params=params, timeout=30)
        resp.raise_for_status()
        body = resp.json()
        yield from body.get("value", [])
        nxt = body.get("next_link")
        if not nxt:
            return
        SKY_API_PAGE, params = nxt, None


def main():
    token = open(".sky_token").read().strip()
    writer = csv.writer(sys.stdout)
    writer.writerow(["id", "constituent_id", "amount", "date", "fund"])
    for gift in fetch(token, sys.argv[1]):
        writer.writerow([gift["id"], gift["constituent_id"], gift["amount"]["value"],
                         gift["date"], (gift.get("gift_splits") or [{}])[0].get("fund_id")])


if __name__ == "__main__":
    main()
""")

add("env/client-secret", "donor-portal/.env.production",
    "Blackbaud SKY API docs: OAuth 2.0 application secret", b64_bytes(32), r"""
# Raiser's Edge NXT donor portal - production
NODE_ENV=production
PORT=8080
PUBLIC_URL=https://give.cosmosdome.org

SKY_APP_ID=<<ID>>
SKY_APP_SECRET=<<S>>
SKY_REDIRECT_URI=https://give.cosmosdome.org/auth/callback
SKY_SUBSCRIPTION_KEY_FILE=/run/secrets/sky_subscription

SESSION_COOKIE_NAME=cd_give
LOG_LEVEL=info
""", ID=uuid_s())

_sfdx = f"force://PlatformCLI::{salesforce_refresh()}@cosmosdome.my.salesforce.com"
add("gitlab-ci/auth-url", ".gitlab-ci.yml",
    "Salesforce CLI docs: org login sfdx-url (force://<clientId>:<secret>:<refreshToken>@<instance>)", _sfdx, r"""
stages:
  - validate
  - deploy

image: salesforce/cli:latest-full

variables:
  SF_DISABLE_TELEMETRY: "true"

.auth: &auth
  before_script:
    - echo "<<S>>" > ./authfile.txt
    - sf org login sfdx-url --sfdx-url-file ./authfile.txt --alias membership-prod --set-default
    - rm -f ./authfile.txt

validate:
  stage: validate
  <<: *auth
  script:
    - sf project deploy validate --source-dir force-app --test-level RunLocalTests
  only:
    - merge_requests

deploy:
  stage: deploy
  <<: *auth
  script:
    - sf project deploy start --source-dir force-app --test-level RunLocalTests
  only:
    - main
""")

add("php/stripe-secret-key", "wp-content/plugins/cd-donate/includes/class-cd-stripe.php",
    "Stripe API docs: API keys (sk_live_)", stripe_sk(), r"""
<?php
/**
 * Stripe glue for the "Adopt a Star" donation form.
 */
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

class CD_Stripe {
	const SECRET_KEY = '<<S>>';
	const CURRENCY   = 'usd';

	public static function create_intent( $amount_cents, $email, $star_name ) {
		\Stripe\Stripe::setApiKey( self::SECRET_KEY );
		return \Stripe\PaymentIntent::create( array(
			'amount'        => (int) $amount_cents,
			'currency'      => self::CURRENCY,
			'receipt_email' => sanitize_email( $email ),
			'metadata'      => array(
				'campaign'  => 'adopt-a-star-2024',
				'star_name' => sanitize_text_field( $star_name ),
			),
		) );
	}
}
""")

add("javascript/webhook-secret", "donations/webhook/index.js",
    "Stripe docs: Check webhook signatures (whsec_ endpoint secret)", stripe_whsec(), r"""
const express = require('express');
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const { recordGift } = require('./re-nxt');

const app = express();
const endpointSecret = '<<S>>';

app.post('/stripe/webhook', express.raw({ type: 'application/json' }), async (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    console.warn('bad signature', err.message);
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }

  if (event.type === 'payment_intent.succeeded') {
    const pi = event.data.object;
    await recordGift({
      amount: pi.amount / 100,
      email: pi.receipt_email,
      campaign: pi.metadata.campaign,
    });
  }
  res.json({ received: true });
});

app.listen(4242, () => console.log('donation webhook listening on 4242'));
""")

add("properties/password", "membership-service/src/main/resources/application-prod.properties",
    "Spring Boot reference: spring.datasource.* properties", human_pw(), r"""
server.port=8085
server.servlet.context-path=/membership

spring.datasource.url=jdbc:postgresql://pg-members.internal.cosmosdome.org:5432/members
spring.datasource.username=membership_app
spring.datasource.password=<<S>>
spring.datasource.hikari.maximum-pool-size=12

spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false

membership.card.print-queue=\\\\PRINTSRV02\\MemberCards
membership.renewal.reminder-days=30,14,3
membership.levels=Explorer,Stargazer,Astronomer,Director's Circle

management.endpoints.web.exposure.include=health,info
""")

add("yaml/password", "membership-service/src/main/resources/application-mail.yml",
    "Spring Boot reference: spring.mail.* properties (Office 365 SMTP)", words_pw(), r"""
spring:
  mail:
    host: smtp.office365.com
    port: 587
    username: memberships@cosmosdome.org
    password: "<<S>>"
    properties:
      mail.smtp.auth: true
      mail.smtp.starttls.enable: true
      mail.smtp.connectiontimeout: 10000

membership:
  mail:
    from: "Cosmos Dome Memberships <memberships@cosmosdome.org>"
    renewal-template: renewal-reminder.html
    welcome-template: welcome-stargazer.html
    bcc: membership-archive@cosmosdome.org
""")

add("r/password", "analysis/donor_retention.R",
    "DBI / odbc package docs: dbConnect(odbc::odbc(), ...)", words_pw(), r"""
library(DBI)
library(dplyr)
library(lubridate)

con <- dbConnect(odbc::odbc(),
                 Driver   = "ODBC Driver 18 for SQL Server",
                 Server   = "tess-sql01.cosmosdome.local",
                 Database = "impresario",
                 UID      = "report_reader",
                 PWD      = "<<S>>",
                 TrustServerCertificate = "yes")

gifts <- dbGetQuery(con, "
  SELECT customer_no, cont_dt, cont_amt, campaign_no
  FROM T_CONTRIBUTION
  WHERE cont_dt >= '2019-07-01'")

retention <- gifts %>%
  mutate(fy = if_else(month(cont_dt) >= 7, year(cont_dt) + 1, year(cont_dt))) %>%
  distinct(customer_no, fy) %>%
  group_by(customer_no) %>%
  arrange(fy, .by_group = TRUE) %>%
  mutate(retained = lead(fy) == fy + 1) %>%
  ungroup() %>%
  count(fy, retained)

print(retention)
dbDisconnect(con)
""")

add("odbc-ini/password", "reporting/odbc.ini",
    "unixODBC odbc.ini format; Microsoft ODBC Driver for SQL Server connection keywords", rand_pw(16, "#!"), r"""
[ODBC Data Sources]
Impresario = ODBC Driver 18 for SQL Server
DonorWarehouse = ODBC Driver 18 for SQL Server

[Impresario]
Driver = ODBC Driver 18 for SQL Server
Server = tess-sql01.cosmosdome.local,1433
Database = impresario
Encrypt = yes
TrustServerCertificate = yes

[DonorWarehouse]
Driver = ODBC Driver 18 for SQL Server
Server = dw-sql.cosmosdome.local
Database = donor_dw
UID = dw_etl
PWD = <<S>>
Encrypt = yes
""")

add("sql/password", "db/migrations/2024_02_11_create_reporting_login.sql",
    "Microsoft T-SQL docs: CREATE LOGIN ... WITH PASSWORD", words_pw(), r"""
-- Reporting login for the membership dashboards (Power BI gateway)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pbi_membership')
BEGIN
    CREATE LOGIN [pbi_membership]
        WITH PASSWORD = N'<<S>>',
             DEFAULT_DATABASE = [impresario],
             CHECK_POLICY = ON,
             CHECK_EXPIRATION = OFF;
END
GO
USE [impresario];
GO
CREATE USER [pbi_membership] FOR LOGIN [pbi_membership];
ALTER ROLE [db_datareader] ADD MEMBER [pbi_membership];
GRANT EXECUTE ON SCHEMA::[rpt] TO [pbi_membership];
GO
""")

add("csharp/api-key", "src/Cosmos.Ticketing/Spektrix/SpektrixClient.cs",
    "Spektrix API v3 docs: HMAC-SHA1 authentication with the API user's secret key", b64_bytes(64), r"""
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Cosmos.Ticketing.Spektrix
{
    public sealed class SpektrixClient
    {
        private const string ClientName = "cosmosdome";
        private const string ApiUser = "dome-kiosk";
        private const string SecretKey = "<<S>>";

        private readonly HttpClient _http = new HttpClient
        {
            BaseAddress = new Uri($"https://system.spektrix.com/{ClientName}/api/v3/")
        };

        public HttpRequestMessage Sign(HttpRequestMessage request)
        {
            var date = DateTime.UtcNow.ToString("R");
            var stringToSign = $"{request.Method}\n{request.RequestUri}\n{date}";
            using var hmac = new HMACSHA1(Convert.FromBase64String(SecretKey));
            var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
            request.Headers.Add("Date", date);
            request.Headers.Add("Authorization", $"SpektrixAPI3 {ApiUser}:{signature}");
            return request;
        }
    }
}
""")

add("python/api-key", "acme_sync/settings.py",
    "ACME Ticketing API docs: x-acme-api-key header", hexs(40), r"""
# Settings for the ACME -> warehouse nightly sync
ACME_BASE_URL = "https://api.acmeticketing.com/v2"
ACME_TENANT_ID = "1142"
ACME_API_KEY = "<<S>>"

WAREHOUSE = {
    "host": "warehouse.cosmosdome.local",
    "dbname": "attendance",
    "user": "acme_sync",
    "password_env": "WAREHOUSE_PASSWORD",
}

SYNC_ENTITIES = ["orders", "tickets", "memberships", "timed-entry"]
PAGE_SIZE = 250
TIMEZONE = "America/Chicago"
""")

add("javascript/api-key", "netlify/functions/eventbrite-events.js",
    "Eventbrite API docs: private token (Authorization: Bearer)", mixed(20, UPPER_ALNUM), r"""
// Lists upcoming stargazing nights for the public calendar.
const ORG_ID = '318840192475';
const TOKEN = '<<S>>';

exports.handler = async () => {
  const url = `https://www.eventbriteapi.com/v3/organizations/${ORG_ID}/events/?status=live&order_by=start_asc`;
  const res = await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (!res.ok) {
    return { statusCode: res.status, body: 'eventbrite error' };
  }
  const data = await res.json();
  const events = data.events.map((e) => ({
    id: e.id,
    name: e.name.text,
    start: e.start.local,
    url: e.url,
    soldOut: e.is_sold_out,
  }));
  return {
    statusCode: 200,
    headers: { 'Cache-Control': 'public, max-age=300' },
    body: JSON.stringify(events),
  };
};
""")

add("typescript/api-token", "apps/crm-bridge/src/hubspot.ts",
    "HubSpot docs: private app access tokens (pat-na1-)", hubspot_token(), r"""
import { Client } from '@hubspot/api-client';

const hubspot = new Client({ accessToken: '<<S>>' });

export interface MemberRecord {
  email: string;
  firstName: string;
  lastName: string;
  level: 'Explorer' | 'Stargazer' | 'Astronomer';
  expires: string;
}

export async function upsertMember(m: MemberRecord): Promise<string> {
  const properties = {
    email: m.email,
    firstname: m.firstName,
    lastname: m.lastName,
    membership_level: m.level,
    membership_expires: m.expires,
  };
  const res = await hubspot.crm.contacts.basicApi.create({ properties, associations: [] });
  return res.id;
}
""")

add("ruby/api-key", "lib/neon/client.rb",
    "Neon CRM API v2 docs: HTTP Basic with org id and API key", hexs(32), r"""
require "net/http"
require "json"

module Neon
  class Client
    ORG_ID  = "cosmosdome"
    API_KEY = "<<S>>"
    BASE    = URI("https://api.neoncrm.com/v2/")

    def accounts(page: 0)
      get("accounts", currentPage: page, pageSize: 200, userType: "INDIVIDUAL")
    end

    def donations_since(date)
      post("donations/search", searchFields: [{ field: "Donation Date", operator: "GREATER_AND_EQUAL", value: date }],
                               outputFields: ["Donation ID", "Account ID", "Donation Amount", "Campaign Name"])
    end

    private

    def get(path, params = {})
      uri = BASE + path
      uri.query = URI.encode_www_form(params)
      req = Net::HTTP::Get.new(uri)
      req.basic_auth(ORG_ID, API_KEY)
      JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
    end

    def post(path, body)
      uri = BASE + path
      req = Net::HTTP::Post.new(uri, "Content-Type" => "application/json", "NEON-API-VERSION" => "2.6")
      req.basic_auth(ORG_ID, API_KEY)
      req.body = body.to_json
      JSON.parse(Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }.body)
    end
  end
end
""")

add("shell/api-key", "scripts/donorperfect/pull_gifts.sh",
    "DonorPerfect XML API docs: apikey query parameter", b64_bytes(66).replace("+", "%2b").replace("/", "%2f"), r"""
#!/usr/bin/env bash
# Nightly pull of gifts from DonorPerfect into the Tessitura import folder.
set -euo pipefail

DP_KEY='<<S>>'
OUT_DIR=/srv/imports/donorperfect
SINCE=$(date -d 'yesterday' +%m/%d/%Y)

mkdir -p "$OUT_DIR"
curl -sS --fail \
  "https://www.donorperfect.net/prod/xmlrequest.asp?apikey=${DP_KEY}&action=SELECT%20gift_id,donor_id,amount,gift_date,gl_code%20FROM%20dpgift%20WHERE%20gift_date%3E='${SINCE}'" \
  -o "$OUT_DIR/gifts-$(date +%F).xml"

echo "pulled $(grep -c '<record>' "$OUT_DIR/gifts-$(date +%F).xml") gifts"
""")

add("python/api-key", "bloomerang_export/export.py",
    "Bloomerang REST API v2 docs: X-API-KEY header (private API key)", "pk_" + mixed(40), r"""
import datetime as dt
import json
import urllib.request

API = "https://api.bloomerang.co/v2"
HEADERS = {
    "X-API-KEY": "<<S>>",
    "Content-Type": "application/json",
}


def get(path):
    req = urllib.request.Request(API + path, headers=HEADERS)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.load(resp)


if __name__ == "__main__":
    since = (dt.date.today() - dt.timedelta(days=7)).isoformat()
    txns = get(f"/transactions?minDate={since}&take=50")
    for t in txns["Results"]:
        print(t["Id"], t["AccountId"], t["Amount"], t["Date"], t.get("Designations", [{}])[0].get("FundId"))
""")

add("yaml/api-key", "config/mailchimp_sync.yml",
    "Mailchimp Marketing API docs: API key with data-center suffix", mailchimp_key(), r"""
# Members -> Mailchimp audience sync (runs from cron on ops01)
mailchimp:
  api_key: <<S>>
  audience_id: 6f2a91c0d4
  merge_fields:
    FNAME: first_name
    LNAME: last_name
    MLEVEL: membership_level
    MEXPIRE: expires_on
  tags_from_levels: true

source:
  kind: tessitura
  list_no: 4410   # "Active members, email OK"

schedule: "15 2 * * *"
dry_run: false
""")

add("sql/password", "db/seed/003_service_accounts.sql",
    "PostgreSQL docs: ALTER ROLE ... PASSWORD", rand_pw(22), r"""
-- service accounts for the booking platform (run once per environment)
CREATE ROLE booking_app LOGIN;
CREATE ROLE booking_reporting LOGIN;

ALTER ROLE booking_app WITH PASSWORD '<<S>>';
ALTER ROLE booking_reporting WITH PASSWORD NULL;  -- uses IAM auth via pgbouncer

GRANT CONNECT ON DATABASE school_booking TO booking_app;
GRANT USAGE ON SCHEMA public TO booking_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO booking_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO booking_app;
""")

add("kotlin/api-token", "app/src/main/java/org/cosmosdome/members/api/MembersApi.kt",
    "OkHttp docs: Interceptor adding an Authorization header", "cdm_live_" + mixed(40), r"""
package org.cosmosdome.members.api

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import retrofit2.Retrofit
import retrofit2.converter.moshi.MoshiConverterFactory

object MembersApi {
    private const val BASE_URL = "https://api.cosmosdome.org/members/v1/"
    private const val SERVICE_TOKEN = "<<S>>"

    private val auth = Interceptor { chain ->
        val req = chain.request().newBuilder()
            .header("Authorization", "Bearer $SERVICE_TOKEN")
            .header("X-Client", "members-android/3.4.1")
            .build()
        chain.proceed(req)
    }

    val retrofit: Retrofit = Retrofit.Builder()
        .baseUrl(BASE_URL)
        .client(OkHttpClient.Builder().addInterceptor(auth).build())
        .addConverterFactory(MoshiConverterFactory.create())
        .build()
}
""")

add("swift/password", "MemberCard/Wallet/PassSigner.swift",
    "Apple Wallet developer guide: signing passes with a Pass Type ID certificate (.p12)", words_pw(), r"""
import Foundation
import Security

/// Signs the membership pass manifest with the Pass Type ID certificate bundled for the kiosk build.
struct PassSigner {
    static let passTypeIdentifier = "pass.org.cosmosdome.membership"
    static let teamIdentifier = "7QK2M9ZL4P"
    private static let p12Name = "PassTypeCert"
    private static let p12Password = "<<S>>"

    static func identity() throws -> SecIdentity {
        guard let url = Bundle.main.url(forResource: p12Name, withExtension: "p12"),
              let data = try? Data(contentsOf: url) else {
            throw NSError(domain: "PassSigner", code: 1)
        }
        var items: CFArray?
        let options = [kSecImportExportPassphrase as String: p12Password]
        let status = SecPKCS12Import(data as CFData, options as CFDictionary, &items)
        guard status == errSecSuccess,
              let first = (items as? [[String: Any]])?.first,
              let identity = first[kSecImportItemIdentity as String] else {
            throw NSError(domain: "PassSigner", code: Int(status))
        }
        return identity as! SecIdentity
    }
}
""")

add("pem/private-key", "wallet/certs/pass-signing-key.pem",
    "Apple Wallet: pass signing key exported from the Pass Type ID certificate (PEM, RFC 7468)", ec_pem(), r"""
Bag Attributes
    friendlyName: Pass Type ID: pass.org.cosmosdome.membership
    localKeyID: 4F 11 9A 02 7C 3E 88 D1 0B 5A 61 23 9E 70 C4 12 AF 08 3B 6D
Key Attributes: <No Attributes>
<<S>>
""")

_gkey = pkcs8_pem()
_gkey_line = _gkey.splitlines()[3]
add("json/private-key", "wallet/google/issuer-sa.json",
    "Google Cloud docs: service account key file (JSON), private_key field", _gkey_line, r"""
{
  "type": "service_account",
  "project_id": "cosmosdome-wallet",
  "private_key_id": "<<KID>>",
  "private_key": "<<KEY>>\n",
  "client_email": "wallet-issuer@cosmosdome-wallet.iam.gserviceaccount.com",
  "client_id": "104238816620394718215",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/wallet-issuer%40cosmosdome-wallet.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", KID=hexs(40), KEY=_gkey.replace("\n", "\\n"))

# decoys: ticketing, membership, donors ---------------------------------------------------------
add("env/decoy-placeholder", "donor-portal/.env.example",
    "dotenv docs; Blackbaud SKY API app registration fields", None, r"""
# Copy to .env.local and fill in from the "SKY API - donor portal" item in 1Password.
NODE_ENV=development
PORT=8080
PUBLIC_URL=http://localhost:8080

SKY_APP_ID=<application id from developer.blackbaud.com>
SKY_APP_SECRET=<primary application secret>
SKY_REDIRECT_URI=http://localhost:8080/auth/callback
SKY_SUBSCRIPTION_KEY_FILE=./secrets/sky_subscription.txt

STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...

SESSION_COOKIE_NAME=cd_give_dev
LOG_LEVEL=debug
""")

add("javascript/decoy-publishable-key", "wp-content/plugins/cd-donate/assets/js/donate.js",
    "Stripe docs: publishable keys are meant for client-side code (pk_live_)", None, r"""
/* global Stripe, cdDonate */
(function () {
  'use strict';

  // Publishable key: safe to ship to browsers.
  const stripe = Stripe('<<PK>>');
  const elements = stripe.elements({ appearance: { theme: 'night', variables: { colorPrimary: '#6c5ce7' } } });

  async function start(form) {
    const amount = Math.round(parseFloat(form.amount.value) * 100);
    const res = await fetch(cdDonate.ajaxUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'cd_create_intent', amount, star: form.star.value, _wpnonce: cdDonate.nonce }),
    });
    const { clientSecret } = await res.json();
    const payment = elements.create('payment');
    payment.mount('#cd-payment');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      await stripe.confirmPayment({ elements, clientSecret, confirmParams: { return_url: cdDonate.thanksUrl } });
    });
  }

  document.querySelectorAll('form.cd-adopt-a-star').forEach(start);
})();
""", PK="pk_live_" + mixed(99))

add("json/decoy-empty", "services/ticket-sync/appsettings.Development.json",
    "ASP.NET Core docs: Safe storage of app secrets in development (user-secrets)", None, r"""
{
  "Tessitura": {
    "BaseUrl": "https://tnew-test.cosmosdome.org/TessituraService/",
    "UserName": "websync",
    "UserGroup": "webapi",
    "MachineLocation": "DEVBOX",
    "Password": "",
    "TimeoutSeconds": 120
  },
  "_comment": "Password comes from `dotnet user-secrets set Tessitura:Password` on each dev machine.",
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  }
}
""")

add("helm/decoy-secret-ref", "deploy/helm/membership-service/values-prod.yaml",
    "Helm docs: values files; Kubernetes docs: env valueFrom.secretKeyRef", None, r"""
replicaCount: 2

image:
  repository: registry.cosmosdome.org/membership-service
  tag: "3.12.0"
  pullPolicy: IfNotPresent

env:
  SPRING_PROFILES_ACTIVE: prod
  SPRING_DATASOURCE_URL: jdbc:postgresql://pg-members.internal.cosmosdome.org:5432/members
  SPRING_DATASOURCE_USERNAME: membership_app

secretEnv:
  SPRING_DATASOURCE_PASSWORD:
    secretName: membership-db
    key: password
  SPRING_MAIL_PASSWORD:
    secretName: membership-smtp
    key: password

postgresql:
  enabled: false
  auth:
    existingSecret: membership-db
    secretKeys:
      userPasswordKey: password

resources:
  requests:
    cpu: 250m
    memory: 512Mi
""")

add("apex/decoy-test-fixture", "force-app/main/default/classes/MembershipRenewalServiceTest.cls",
    "Salesforce Apex docs: HttpCalloutMock for testing callouts", None, r"""
@IsTest
private class MembershipRenewalServiceTest {
    private class TessituraMock implements HttpCalloutMock {
        public HTTPResponse respond(HTTPRequest req) {
            System.assertEquals('Basic dGVzdDp0ZXN0OnRlc3Q6dGVzdA==', req.getHeader('Authorization'));
            HttpResponse res = new HttpResponse();
            res.setStatusCode(200);
            res.setBody('{"Id": 501, "MembershipLevel": "Stargazer"}');
            return res;
        }
    }

    @IsTest
    static void renewsStargazer() {
        Tessitura_Settings__c s = new Tessitura_Settings__c(
            Base_Url__c = 'https://example.invalid/TessituraService/',
            User__c = 'test', Group__c = 'test', Location__c = 'test', Password__c = 'test');
        insert s;
        Test.setMock(HttpCalloutMock.class, new TessituraMock());
        Test.startTest();
        Integer id = MembershipRenewalService.renew('0035g00000ABCdEAAX');
        Test.stopTest();
        System.assertEquals(501, id);
    }
}
""")

add("python/decoy-vault-lookup", "scripts/blackbaud/sky_auth.py",
    "Azure SDK docs: azure-keyvault-secrets SecretClient.get_secret", None, r"""
import os

from azure.identity import DefaultAzureCredential
from azure.keyvault.secrets import SecretClient

VAULT_URL = os.environ.get("CD_KEYVAULT_URL", "https://kv-cosmosdome-prod.vault.azure.net/")


def sky_credentials():
    client = SecretClient(vault_url=VAULT_URL, credential=DefaultAzureCredential())
    return {
        "subscription_key": client.get_secret("sky-subscription-key").value,
        "app_id": client.get_secret("sky-app-id").value,
        "app_secret": client.get_secret("sky-app-secret").value,
    }


def refresh_token_path():
    return os.path.expanduser("~/.config/cosmosdome/sky_refresh_token")
""")

add("json/decoy-password-hash", "booking/fixtures/staff_users.json",
    "Django docs: password storage (pbkdf2_sha256 hashes in fixtures)", None, r"""
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "edu-coordinator",
      "email": "education@cosmosdome.org",
      "password": "pbkdf2_sha256$600000$<<SALT1>>$<<H1>>",
      "is_staff": true,
      "is_superuser": false
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "frontdesk",
      "email": "frontdesk@cosmosdome.org",
      "password": "pbkdf2_sha256$600000$<<SALT2>>$<<H2>>",
      "is_staff": true,
      "is_superuser": false
    }
  }
]
""", SALT1=mixed(22), H1=b64_bytes(32), SALT2=mixed(22), H2=b64_bytes(32))

add("json/decoy-ids", "tests/fixtures/tessitura/constituent_50231.json",
    "Tessitura REST API docs: CRM/Constituents response shape", None, r"""
{
  "Id": 50231,
  "DisplayName": "Rivera Family",
  "SortName": "Rivera/Family",
  "ConstituentType": { "Id": 2, "Description": "Household" },
  "Protection": null,
  "ExternalIds": [
    { "System": "RE_NXT", "Value": "<<U1>>" },
    { "System": "MAILCHIMP", "Value": "<<H1>>" }
  ],
  "Memberships": [
    {
      "Id": 88120,
      "MembershipOrganization": "Cosmos Dome Members",
      "Level": "Stargazer",
      "InitiationDate": "2023-05-14T00:00:00",
      "ExpirationDate": "2024-05-31T23:59:59",
      "CardId": "<<U2>>"
    }
  ],
  "UpdatedDateTime": "2024-02-02T16:41:09.337-06:00",
  "ETag": "<<H2>>"
}
""", U1=uuid_s(), H1=hexs(32), U2=uuid_s(), H2=hexs(16))

add("html/decoy-public-id", "giftshop/web/checkout.html",
    "Square Web Payments SDK docs: application ID and location ID are used client-side", None, r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Dome Shop - Checkout</title>
  <script type="text/javascript" src="https://web.squarecdn.com/v1/square.js"></script>
</head>
<body>
  <form id="payment-form">
    <div id="card-container"></div>
    <button id="card-button" type="button">Pay for telescope kit</button>
  </form>
  <script>
    const appId = 'sq0idp-<<APP>>';
    const locationId = 'L<<LOC>>';
    async function main() {
      const payments = window.Square.payments(appId, locationId);
      const card = await payments.card();
      await card.attach('#card-container');
      document.getElementById('card-button').addEventListener('click', async () => {
        const result = await card.tokenize();
        if (result.status === 'OK') {
          await fetch('/api/pay', { method: 'POST', headers: { 'Content-Type': 'application/json' },
                                    body: JSON.stringify({ sourceId: result.token }) });
        }
      });
    }
    main();
  </script>
</body>
</html>
""", APP=mixed(22, URLSAFE), LOC=draw(12, UPPER_ALNUM))

add("html/decoy-public-id", "donate/paypal-button.html",
    "PayPal JavaScript SDK docs: client-id query parameter (public)", None, r"""
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=A<<CID>>&currency=USD&intent=capture&enable-funding=venmo"></script>
<script>
  paypal.Buttons({
    style: { layout: 'vertical', color: 'blue', shape: 'pill', label: 'donate' },
    createOrder: (data, actions) => actions.order.create({
      purchase_units: [{ description: 'Cosmos Dome - Name a Crater', amount: { value: document.getElementById('amt').value } }]
    }),
    onApprove: (data, actions) => actions.order.capture().then(() => { window.location = '/thank-you'; })
  }).render('#paypal-button-container');
</script>
""", CID=mixed(79, URLSAFE))

add("json/decoy-template", "postman/Cosmos Dome Ticketing.postman_environment.json",
    "Postman docs: environment variables ({{var}} references, secret type)", None, r"""
{
  "id": "<<ID>>",
  "name": "Cosmos Dome Ticketing (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://tnew.cosmosdome.org/TessituraService", "type": "default", "enabled": true },
    { "key": "tessUser", "value": "websync", "type": "default", "enabled": true },
    { "key": "tessGroup", "value": "webapi", "type": "default", "enabled": true },
    { "key": "tessLocation", "value": "POSTMAN", "type": "default", "enabled": true },
    { "key": "tessPassword", "value": "", "type": "secret", "enabled": true },
    { "key": "basicAuth", "value": "{{tessUser}}:{{tessGroup}}:{{tessLocation}}:{{tessPassword}}", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-01-19T15:02:44.118Z",
  "_postman_exported_using": "Postman/10.22.0"
}
""", ID=uuid_s())

add("markdown/decoy-redacted", "docs/incidents/2024-01-22-mailchimp-key-rotation.md",
    "Mailchimp docs: API keys (rotate and revoke); a postmortem with the value redacted", None, r"""
# 2024-01-22: Mailchimp API key exposed in a support ticket

**Status:** resolved  **Owner:** Digital team

## What happened
A screenshot attached to a vendor support ticket showed the `mailchimp.api_key` value from
`config/mailchimp_sync.yml` (`2f4e************************9c1a-us14`).

## What we did
1. Revoked the key in Mailchimp (Account > Extras > API keys) at 10:14.
2. Issued a new key, stored it in Key Vault as `mailchimp-api-key`.
3. Changed `mailchimp_sync.yml` to read `api_key_env: MAILCHIMP_API_KEY` instead of a literal.
4. Checked the audit log: no calls from unknown IPs between 08:50 and 10:14.

## Follow-ups
- [x] Pre-commit secret scanning on the `ops-scripts` repo
- [ ] Remove screenshots from the ticket history
""")

# ---------------------------------------------------------------------------------------------
# Dome projection and show control
# ---------------------------------------------------------------------------------------------
add("lua/password", "qsys/scripts/ChristieProjectorControl.lua",
    "Q-SYS Lua docs: TcpSocket; Christie projector serial/telnet command reference", phrase_pw(), r"""
-- Q-SYS Designer text controller: power and shutter control for the six dome projectors
Projectors = {
  { name = "PJ1-North", ip = "10.40.10.11" },
  { name = "PJ2-NE",    ip = "10.40.10.12" },
  { name = "PJ3-SE",    ip = "10.40.10.13" },
  { name = "PJ4-South", ip = "10.40.10.14" },
  { name = "PJ5-SW",    ip = "10.40.10.15" },
  { name = "PJ6-NW",    ip = "10.40.10.16" },
}
ADMIN_USER = "service"
ADMIN_PASSWORD = "<<S>>"

function Send(pj, cmd)
  local sock = TcpSocket.New()
  sock.ReadTimeout = 5
  sock.EventHandler = function(s, evt)
    if evt == TcpSocket.Events.Connected then
      s:Write(ADMIN_USER .. "\r\n" .. ADMIN_PASSWORD .. "\r\n")
      s:Write(cmd .. "\r\n")
    elseif evt == TcpSocket.Events.Data then
      print(pj.name .. " <- " .. s:Read(s.BufferLength))
      s:Disconnect()
    end
  end
  sock:Connect(pj.ip, 3002)
end

Controls.PowerOn.EventHandler = function()
  for _, pj in ipairs(Projectors) do Send(pj, "(PWR 1)") end
end

Controls.ShutterClose.EventHandler = function()
  for _, pj in ipairs(Projectors) do Send(pj, "(SHU 1)") end
end
""")

add("csharp/password", "CrestronDome/ShowControl/DomeSshBridge.cs",
    "Crestron SIMPL# Pro SDK; SSH.NET docs: SshClient(host, user, password)", words_pw(), r"""
using System;
using Renci.SshNet;

namespace CrestronDome.ShowControl
{
    /// <summary>Runs preset scripts on the show server from the Crestron touch panel.</summary>
    internal sealed class DomeSshBridge : IDisposable
    {
        private const string Host = "10.40.0.20";
        private const string User = "showctl";
        private const string Password = "<<S>>";

        private readonly SshClient _client = new SshClient(Host, User, Password);

        public string Run(string preset)
        {
            if (!_client.IsConnected)
            {
                _client.ConnectionInfo.Timeout = TimeSpan.FromSeconds(5);
                _client.Connect();
            }
            using (var cmd = _client.CreateCommand($"/opt/show/bin/preset {preset}"))
            {
                return cmd.Execute();
            }
        }

        public void Dispose() => _client.Dispose();
    }
}
""")

add("ansible/password", "ansible/group_vars/dome_projectors.yml",
    "PJLink class 1 specification (MD5 digest authentication with the projector password)", human_pw(), r"""
---
# Barco F90 dome projectors (PJLink on tcp/4352)
pjlink_port: 4352
pjlink_password: "<<S>>"
pjlink_class: 1

projector_warmup_seconds: 90
projector_cooldown_seconds: 120

blend_profile: "dome-2023-11-recal"
warp_files_share: "\\\\dome-render01\\calibration\\2023-11"

ntp_servers:
  - 10.40.0.1
  - pool.ntp.org
""")

add("json/password", "kiosk/lobby-av/config/pjlink.json",
    "PJLink class 1 specification (password per projector)", rand_pw(12), r"""
{
  "pollIntervalSeconds": 30,
  "projectors": [
    { "id": "lobby-wall-left",  "host": "10.40.20.31", "port": 4352, "password": "<<S>>" },
    { "id": "lobby-wall-right", "host": "10.40.20.32", "port": 4352, "password": "<<S>>" },
    { "id": "classroom-b",      "host": "10.40.20.40", "port": 4352, "password": null }
  ],
  "schedule": {
    "on": "08:45",
    "off": "17:30",
    "days": ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  },
  "alertEmail": "av-team@cosmosdome.org"
}
""")

add("python/password", "showctl/digistar_bridge.py",
    "Python telnetlib docs; Digistar show server console login", words_pw(), r"""
#!/usr/bin/env python3
# Sends DS scripts from the lobby "Tonight's Sky" panel to the Digistar 7 host.
import sys
import telnetlib

DS_HOST = "10.40.0.10"
DS_PORT = 2001
DS_USER = "operator"
DS_PASS = "<<S>>"


def run_script(lines):
    tn = telnetlib.Telnet(DS_HOST, DS_PORT, timeout=10)
    tn.read_until(b"login: ")
    tn.write(DS_USER.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(DS_PASS.encode() + b"\n")
    for line in lines:
        tn.write(line.encode() + b"\n")
    tn.write(b"exit\n")
    return tn.read_all().decode(errors="replace")


if __name__ == "__main__":
    script = open(sys.argv[1]).read().splitlines()
    print(run_script(script))
""")

add("batch/password", "dome-render/scripts/map_show_drive.bat",
    "Microsoft docs: net use \\\\server\\share password /user:domain\\user", rand_pw(14, "!#"), r"""
@echo off
REM DigitalSky render nodes: map the show content share before the render farm starts
REM Runs at logon on RENDER01..RENDER08

net use Z: /delete /y >nul 2>&1
net use Z: \\DOME-NAS01\ShowContent <<S>> /user:DOME\svc_render /persistent:no
if errorlevel 1 (
    echo Could not map show content share >> C:\DigitalSky\logs\startup.log
    exit /b 1
)

net use Y: \\DOME-NAS01\Renders /persistent:no
start "" "C:\Program Files\Sky-Skan\DigitalSky\DSRenderNode.exe" /farm /master=DOME-MASTER
exit /b 0
""")

add("powershell/password", "ops/Sync-ShowContent.ps1",
    "PowerShell docs: ConvertTo-SecureString -AsPlainText; New-PSDrive -Credential", words_pw(), r"""
<#
.SYNOPSIS
  Copies new fulldome shows from the producer's SFTP drop to the dome NAS.
#>
param(
    [string]$Source = "\\dropbox-sync01\FulldomeIncoming",
    [string]$Target = "\\DOME-NAS01\ShowContent\Incoming"
)

$user = "DOME\svc_contentsync"
$secure = ConvertTo-SecureString "<<S>>" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

New-PSDrive -Name ShowNas -PSProvider FileSystem -Root $Target -Credential $cred | Out-Null

Get-ChildItem $Source -Directory | Where-Object { $_.LastWriteTime -gt (Get-Date).AddDays(-2) } | ForEach-Object {
    Write-Host "Copying $($_.Name)"
    robocopy $_.FullName (Join-Path "ShowNas:\" $_.Name) /E /Z /MT:8 /R:2 /W:5 /NP /LOG+:C:\logs\showsync.log
}

Remove-PSDrive ShowNas
""")

add("ini/password", "medialon/ShowManager.ini",
    "Medialon Manager documentation (database MXM settings); Windows INI format", rand_pw(16), r"""
[General]
ProjectFile=D:\Shows\DomeDaily_2024.mxs
AutoStart=1
StartupTimeline=Preshow Loop
Language=EN

[Network]
ServerPort=8086
ControlPanelPort=9090
AllowRemotePanels=1

[Database]
Driver=MySQL ODBC 8.0 Unicode Driver
Server=10.40.0.30
Database=showlog
User=medialon
Password=<<S>>

[Logging]
Level=2
Path=D:\Logs\Medialon
""")

add("javascript/client-secret", "signage/bsn-publish/publish.js",
    "BrightSign BSN.cloud API docs: OAuth2 client credentials", mixed(32), r"""
// Publishes the lobby "Now Showing" presentation to the BrightSign players.
const axios = require('axios');

const BSN = 'https://api.bsn.cloud';
const CLIENT_ID = 'cosmosdome-signage';
const CLIENT_SECRET = '<<S>>';
const NETWORK = 'CosmosDome-Lobby';

async function token() {
  const { data } = await axios.post(`${BSN}/2022/06/REST/token`, new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: CLIENT_ID,
    client_secret: CLIENT_SECRET,
    network: NETWORK,
  }));
  return data.access_token;
}

async function publish(presentationId) {
  const t = await token();
  await axios.put(`${BSN}/2022/06/REST/Presentations/${presentationId}/Publish/`, {}, {
    headers: { Authorization: `Bearer ${t}` },
  });
  console.log('published', presentationId);
}

publish(process.argv[2]).catch((e) => { console.error(e.message); process.exit(1); });
""")

add("cisco-ios/password", "network/dome-core-sw01.cfg",
    "Cisco IOS configuration guide: username ... password 0 (cleartext)", words_pw(), r"""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
!
hostname dome-core-sw01
!
username netadmin privilege 15 password 0 <<S>>
!
vlan 40
 name SHOW-CONTROL
vlan 41
 name PROJECTION
vlan 42
 name AUDIO-DANTE
!
interface GigabitEthernet1/0/1
 description DOME-RENDER01
 switchport access vlan 41
 spanning-tree portfast
!
interface Vlan40
 ip address 10.40.0.2 255.255.255.0
!
ip default-gateway 10.40.0.1
!
line vty 0 4
 login local
 transport input ssh
!
end
""")

add("markdown/password", "docs/runbooks/dome-render-cluster.md",
    "Runbook in Markdown; Windows local administrator account", human_pw(), r"""
# Dome render cluster: morning start-up

1. Power on the UPS bypass panel (green switch, rack D2).
2. Start DOME-MASTER first, then RENDER01..RENDER08 (they wait for the master's heartbeat).
3. Log on to each node as the local admin:
   - user: `.\domeadmin`
   - password: `<<S>>`
4. Open DigitalSky > Cluster and check all eight nodes show **Ready**.
5. Run the "Morning Alignment" preset; check the blend seams on the grid test pattern.
6. If a node shows **Offline**, check its 10G link on dome-core-sw01 (ports Gi1/0/1-8).

## Shut-down
Run the "Power Down" preset from the Crestron panel; it parks the projectors before the cluster.
""")

add("shell-history/password", "ops/home/avtech/.bash_history",
    "sshpass(1) manual: -p password", rand_pw(15, "@"), r"""
ls /srv/shows
cd /srv/shows/incoming
du -sh *
sshpass -p '<<S>>' rsync -avP ./BlackHoles_4k/ showsync@10.40.0.20:/srv/shows/BlackHoles_4k/
ssh showsync@10.40.0.20 'ls -la /srv/shows'
tail -f /var/log/showsync.log
exit
""")

add("json/stream-key", "obs/basic/profiles/Eclipse2024/service.json",
    "OBS Studio: profile service.json (rtmp_common, YouTube stream key)", youtube_stream_key(), r"""
{
    "settings": {
        "bwtest": false,
        "key": "<<S>>",
        "server": "rtmp://a.rtmp.youtube.com/live2",
        "service": "YouTube - RTMPS",
        "stream_key_link": "https://www.youtube.com/live_dashboard",
        "use_auth": false
    },
    "type": "rtmp_common"
}
""")

add("shell/stream-key", "streaming/telescope_to_twitch.sh",
    "Twitch docs: ingest URL rtmp://<ingest>/app/<stream key>; ffmpeg manual", twitch_stream_key(), r"""
#!/bin/sh
# Live feed from the 14" solar scope camera to the museum's Twitch channel.
CAMERA=/dev/video2
INGEST=rtmp://live-dfw.twitch.tv/app
KEY=<<S>>

exec ffmpeg -f v4l2 -framerate 30 -video_size 1920x1080 -i "$CAMERA" \
  -f lavfi -i anullsrc=channel_layout=stereo:sample_rate=44100 \
  -c:v libx264 -preset veryfast -b:v 4500k -maxrate 4500k -bufsize 9000k -g 60 \
  -c:a aac -b:a 128k \
  -f flv "$INGEST/$KEY"
""")


add("python/connection-string", "showctl/cue_bus.py",
    "pika docs: URLParameters amqp://user:password@host:port/vhost", url_pw(22), r"""
\"\"\"Publishes show cues (lights, audio, dome video) on the show-control bus.\"\"\"
import json
import time

import pika

AMQP_URL = "amqp://showctl:<<S>>@10.40.0.25:5672/dome"
EXCHANGE = "cues"


def publish(cue, target="all"):
    conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        ch = conn.channel()
        ch.exchange_declare(exchange=EXCHANGE, exchange_type="topic", durable=True)
        body = json.dumps({"cue": cue, "sent": time.time()})
        ch.basic_publish(exchange=EXCHANGE, routing_key=f"cue.{target}", body=body)
    finally:
        conn.close()


if __name__ == "__main__":
    publish("HOUSE_LIGHTS_50", "lights")
    publish("PRESHOW_LOOP_STOP", "video")
""".replace('\\"', '"'))

add("javascript/signing-secret", "node-red/settings.js",
    "Node-RED docs: settings.js credentialSecret (key that encrypts flows_cred.json)", mixed(32), r"""
module.exports = {
    flowFile: 'flows_dome.json',
    credentialSecret: "<<S>>",
    uiPort: process.env.PORT || 1880,
    uiHost: "10.40.0.26",
    mqttReconnectTime: 15000,
    serialReconnectTime: 15000,
    debugMaxLength: 1000,
    functionGlobalContext: {
        domeZones: ["north", "east", "south", "west", "zenith"],
    },
    logging: {
        console: { level: "info", metrics: false, audit: false }
    },
    editorTheme: {
        page: { title: "Dome Show Control" },
        projects: { enabled: false }
    }
}
""")

add("xml/password", "dome-render/provisioning/unattend.xml",
    "Microsoft docs: Windows unattend.xml UserAccounts/AdministratorPassword with PlainText true", words_pw(), r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value><<S>></Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Enabled>false</Enabled>
      </AutoLogon>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
        <SkipMachineOOBE>true</SkipMachineOOBE>
      </OOBE>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

add("toml/snmp-community", "monitoring/telegraf.d/projectors_snmp.conf",
    "Telegraf SNMP input plugin docs (community for SNMP v2c)", "dome" + mixed(10) + "-ro", r"""
[[inputs.snmp]]
  agents = ["udp://10.40.10.11:161", "udp://10.40.10.12:161", "udp://10.40.10.13:161",
            "udp://10.40.10.14:161", "udp://10.40.10.15:161", "udp://10.40.10.16:161"]
  version = 2
  community = "<<S>>"
  timeout = "5s"
  retries = 2
  name = "dome_projector"

  [[inputs.snmp.field]]
    name = "hostname"
    oid = "RFC1213-MIB::sysName.0"
    is_tag = true

  [[inputs.snmp.field]]
    name = "lamp_hours"
    oid = ".1.3.6.1.4.1.12612.220.11.2.2.10.1.0"

  [[inputs.snmp.field]]
    name = "uptime"
    oid = "RFC1213-MIB::sysUpTime.0"
""")

# decoys: show control ---------------------------------------------------------------------
add("csv/decoy-cue-list", "shows/2024-spring/BlackHoles_cuelist.csv",
    "Show cue list exported from Medialon Manager (timecode, DMX, device commands)", None, r"""
cue,timecode,device,command,value,notes
1,00:00:00:00,HOUSE,fade,100,doors open
2,00:04:30:00,HOUSE,fade,40,preshow
3,00:05:00:00,AUDIO,play,PRESHOW_VO_EN,
4,00:06:12:10,HOUSE,fade,0,
5,00:06:15:00,DIGISTAR,run,"shows/BlackHoles/main.ds",
6,00:06:15:00,COVE,rgb,0x1A0F3C,deep violet
7,00:21:40:05,COVE,rgb,0xFF7A00,accretion disk
8,00:31:02:00,DIGISTAR,run,"shows/BlackHoles/credits.ds",
9,00:32:30:00,HOUSE,fade,60,
10,00:33:00:00,AUDIO,play,EXIT_MUSIC,
""")

add("text/decoy-checksum", "shows/2024-spring/BlackHoles_4k/MANIFEST.md5",
    "md5sum(1) output format: checksums of the show's frame sequences", None, r"""
<<H1>>  audio/BlackHoles_5.1_48k.wav
<<H2>>  frames/seq010_0001-4800.tar
<<H3>>  frames/seq020_0001-6200.tar
<<H4>>  frames/seq030_0001-5150.tar
<<H5>>  frames/seq040_0001-3900.tar
<<H6>>  scripts/main.ds
<<H7>>  scripts/credits.ds
""", H1=hexs(32), H2=hexs(32), H3=hexs(32), H4=hexs(32), H5=hexs(32), H6=hexs(32), H7=hexs(32))

add("json/decoy-ids", "calibration/2023-11/blend-profile.json",
    "Dome auto-alignment export: per-channel warp and blend meshes with ids", None, r"""
{
  "profile": "dome-2023-11-recal",
  "dome": { "diameterMeters": 18.0, "tiltDegrees": 15.0, "springline": 0.0 },
  "created": "2023-11-07T22:14:03Z",
  "channels": [
    { "id": "<<U1>>", "projector": "PJ1-North", "mesh": "pj1.warp", "blend": "pj1.blend", "gamma": 2.2 },
    { "id": "<<U2>>", "projector": "PJ2-NE",    "mesh": "pj2.warp", "blend": "pj2.blend", "gamma": 2.2 },
    { "id": "<<U3>>", "projector": "PJ3-SE",    "mesh": "pj3.warp", "blend": "pj3.blend", "gamma": 2.2 },
    { "id": "<<U4>>", "projector": "PJ4-South", "mesh": "pj4.warp", "blend": "pj4.blend", "gamma": 2.2 }
  ],
  "cameraSerial": "22418073",
  "sha256": "<<SH>>"
}
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s(), SH=hexs(64))

add("ansible/decoy-vault-reference", "ansible/group_vars/show_servers.yml",
    "Ansible docs: variables from an encrypted vars file (vault_ prefix convention)", None, r"""
---
show_user: showctl
show_password: "{{ vault_show_password }}"
digistar_host: 10.40.0.10
digistar_operator_password: "{{ vault_digistar_operator_password }}"

samba_shares:
  - name: ShowContent
    path: /srv/shows
    valid_users: "svc_render svc_contentsync"

ansible_user: ansible
ansible_become: true
ansible_become_password: "{{ vault_become_password }}"
""")

_vault_lines = "\n".join(hexs(80) for _ in range(8))
add("ansible/decoy-encrypted", "ansible/group_vars/show_servers/vault.yml",
    "Ansible docs: ansible-vault encrypted file ($ANSIBLE_VAULT;1.1;AES256)", None, r"""
$ANSIBLE_VAULT;1.1;AES256
<<V>>
""", V=_vault_lines)

add("xml/decoy-redacted", "dome-render/provisioning/unattend.sysprep-output.xml",
    "Microsoft docs: Windows Setup replaces passwords with *SENSITIVE*DATA*DELETED* in cached answer files", None, r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>
      </UserAccounts>
      <ComputerName>RENDER05</ComputerName>
      <TimeZone>Central Standard Time</TimeZone>
    </component>
  </settings>
</unattend>
""")

add("cisco-ios/decoy-password-hash", "network/dome-edge-sw02.cfg",
    "Cisco IOS docs: enable secret / username secret type 9 (scrypt hash)", None, r"""
!
hostname dome-edge-sw02
!
service password-encryption
enable secret 9 $9$<<SALT1>>$<<H1>>
!
username netadmin privilege 15 secret 9 $9$<<SALT2>>$<<H2>>
!
interface range GigabitEthernet1/0/1 - 12
 description LOBBY-SIGNAGE
 switchport access vlan 60
 spanning-tree portfast
!
snmp-server community {{ snmp_ro_community }} RO 10
!
line vty 0 4
 login local
 transport input ssh
!
end
""", SALT1=mixed(14, ALNUM + "./"), H1=mixed(43, ALNUM + "./"), SALT2=mixed(14, ALNUM + "./"), H2=mixed(43, ALNUM + "./"))

add("markdown/decoy-doc-example", "docs/av/pjlink-notes.md",
    "PJLink class 1 specification: authentication example (password JBMIAProjectorLink)", None, r"""
# PJLink notes for the lobby and classroom projectors

PJLink (TCP 4352) uses an MD5 digest of the projector's random number and the password.
The example from the PJLink spec, to check our implementation:

```
projector -> PJLINK 1 498e4a67
password     JBMIAProjectorLink
digest       md5("498e4a67" + "JBMIAProjectorLink") = 5d8409bc1c3fa39749434aa3a5c38682
controller -> 5d8409bc1c3fa39749434aa3a5c38682%1POWR 1
```

Our projectors' passwords are in the "AV - projectors" vault in 1Password, one per room.
Do not write them in `kiosk/lobby-av/config/` anymore; the service reads `PJLINK_PASSWORD_<ID>`.
""")

add("markdown/decoy-placeholder", "streaming/README.md",
    "YouTube Live docs: stream keys; OBS Studio profiles", None, r"""
# Live streaming (eclipse, meteor showers, public nights)

1. In YouTube Studio > Go live > Stream, create a **new** stream key for the event.
2. In OBS: Settings > Stream > Service `YouTube - RTMPS`, paste the key into **Stream Key**.
   Never commit `obs/basic/profiles/*/service.json`; it holds the key (it is in `.gitignore`).
3. For the Twitch simulcast, `telescope_to_twitch.sh` reads the key from `$TWITCH_STREAM_KEY`:

```sh
export TWITCH_STREAM_KEY='live_XXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'
./telescope_to_twitch.sh
```

4. After the event, delete the stream key in YouTube Studio.
""")

# ---------------------------------------------------------------------------------------------
# Telescope control and observatory automation
# ---------------------------------------------------------------------------------------------
add("python/api-key", "observatory/safety/dome_safety_monitor.py",
    "OpenWeatherMap One Call API docs: appid parameter", openweather_key(), r"""
#!/usr/bin/env python3
\"\"\"Closes the roll-off roof when wind, rain or cloud make observing unsafe (ASCOM SafetyMonitor).\"\"\"
import time

import requests

LAT, LON = 30.671, -104.022
OWM_KEY = "<<S>>"
ALPACA = "http://10.60.0.5:11111/api/v1/safetymonitor/0"

MAX_WIND_MS = 11.0
MAX_CLOUD_PCT = 70


def weather():
    r = requests.get("https://api.openweathermap.org/data/3.0/onecall",
                     params={"lat": LAT, "lon": LON, "appid": OWM_KEY, "units": "metric",
                             "exclude": "minutely,daily,alerts"}, timeout=20)
    r.raise_for_status()
    return r.json()["current"]


def is_safe(now):
    return (now["wind_speed"] < MAX_WIND_MS and now["clouds"] < MAX_CLOUD_PCT
            and not any(w["main"] in ("Rain", "Snow", "Thunderstorm") for w in now["weather"]))


while True:
    safe = is_safe(weather())
    requests.put(f"{ALPACA}/action", data={"Action": "SetSafe", "Parameters": str(safe), "ClientID": 7,
                                           "ClientTransactionID": int(time.time())}, timeout=10)
    time.sleep(300)
""".replace('\\"', '"'))

add("javascript/api-secret", "observatory/weather/weatherlink.js",
    "Davis WeatherLink v2 API docs: api-key and X-Api-Secret header", draw(32, LOWER_ALNUM), r"""
// Pulls current conditions from the Davis Vantage Pro2 on the observatory roof.
const API_KEY = 'xuj3ewlnq2bbhfdixqmhgbyr9mcmodbx';
const API_SECRET = '<<S>>';
const STATION_ID = 118204;

async function current() {
  const res = await fetch(`https://api.weatherlink.com/v2/current/${STATION_ID}?api-key=${API_KEY}`, {
    headers: { 'X-Api-Secret': API_SECRET },
  });
  if (!res.ok) throw new Error(`weatherlink ${res.status}`);
  const body = await res.json();
  const iss = body.sensors.find((s) => s.sensor_type === 45 || s.data_structure_type === 10);
  const d = iss.data[0];
  return {
    tempF: d.temp,
    humidity: d.hum,
    dewPointF: d.dew_point,
    windMph: d.wind_speed_avg_last_2_min,
    rainRate: d.rain_rate_last_in,
  };
}

module.exports = { current };
""")

add("crontab/password", "observatory/cron/wunderground.cron",
    "Weather Underground PWS upload protocol (ID and PASSWORD query parameters)", mixed(8, ALNUM), r"""
# m h dom mon dow  command
# Upload the roof station to Weather Underground every 5 minutes
*/5 * * * * /usr/local/bin/weewx-latest --json | /usr/local/bin/wu-fmt > /tmp/wu.qs && curl -s "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=KTXFORTD14&PASSWORD=<<S>>&dateutc=now&action=updateraw&$(cat /tmp/wu.qs)" >> /var/log/wu-upload.log 2>&1
# Rotate the allsky keogram at 09:00
0 9 * * * /home/pi/allsky/scripts/endOfNight.sh >> /var/log/allsky-eon.log 2>&1
# Clear old FITS from the scratch disk
30 10 * * * find /data/scratch -name '*.fits' -mtime +3 -delete
""")

add("python/api-key", "pipeline/platesolve.py",
    "astrometry.net API docs: login with apikey (nova.astrometry.net/api/login)", draw(16, string.ascii_lowercase), r"""
\"\"\"Blind-solve a frame with nova.astrometry.net when the local solver fails.\"\"\"
import json
import sys
import time

import requests

API = "https://nova.astrometry.net/api"
APIKEY = "<<S>>"


def login():
    r = requests.post(f"{API}/login", data={"request-json": json.dumps({"apikey": APIKEY})})
    return r.json()["session"]


def upload(session, path):
    meta = {"session": session, "publicly_visible": "n", "allow_commercial_use": "n",
            "scale_units": "arcsecperpix", "scale_lower": 0.8, "scale_upper": 1.4}
    with open(path, "rb") as f:
        r = requests.post(f"{API}/upload", files={"file": f}, data={"request-json": json.dumps(meta)})
    return r.json()["subid"]


if __name__ == "__main__":
    sid = upload(login(), sys.argv[1])
    print("submission", sid)
    time.sleep(60)
    print(requests.get(f"{API}/submissions/{sid}").json())
""".replace('\\"', '"'))

add("javascript/api-key", "lobby-display/server/apod.js",
    "NASA Open APIs docs: api_key parameter (APOD)", mixed(40), r"""
import express from 'express';
import NodeCache from 'node-cache';

const router = express.Router();
const cache = new NodeCache({ stdTTL: 3600 });
const NASA_API_KEY = '<<S>>';

router.get('/apod', async (req, res) => {
  const hit = cache.get('apod');
  if (hit) return res.json(hit);
  const r = await fetch(`https://api.nasa.gov/planetary/apod?api_key=${NASA_API_KEY}&thumbs=true`);
  if (!r.ok) return res.status(502).json({ error: 'nasa unavailable' });
  const apod = await r.json();
  const slide = {
    title: apod.title,
    image: apod.media_type === 'video' ? apod.thumbnail_url : apod.hdurl || apod.url,
    credit: apod.copyright || 'NASA',
    caption: apod.explanation.slice(0, 280),
  };
  cache.set('apod', slide);
  res.json(slide);
});

export default router;
""")

add("shell/password", "allsky/config/ftp-settings.sh",
    "Thomas Jacquin allsky: config/ftp-settings.sh (REMOTE_HOST, REMOTE_USER, REMOTE_PASSWORD)", rand_pw(14, "!*"), r"""
#!/bin/bash
# Settings used by upload.sh to send the live image, timelapse and keogram to the website.

PROTOCOL="sftp"

IMAGE_DIR="/allsky/images"
VIDEOS_DIR="/allsky/videos"
KEOGRAM_DIR="/allsky/keograms"
STARTRAILS_DIR="/allsky/startrails"

REMOTE_HOST="sftp.cosmosdome.org"
REMOTE_PORT="22"
REMOTE_USER="allskycam"
REMOTE_PASSWORD='<<S>>'
LFTP_COMMANDS=""
SSH_KEY_FILE=""

WEB_IMAGE_DIR="/var/www/html/allsky"
WEB_VIDEOS_DIR="/var/www/html/allsky/videos"
WEB_KEOGRAM_DIR="/var/www/html/allsky/keograms"
""")

add("shell/bot-token", "allsky/scripts/notify_meteor.sh",
    "Telegram Bot API docs: sendPhoto (https://api.telegram.org/bot<token>/...)", telegram(), r"""
#!/usr/bin/env bash
# Called by the meteor detector with the path of a frame that triggered.
set -eu
FRAME="$1"
BOT_TOKEN="<<S>>"
CHAT_ID="-1001837264019"

curl -s -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendPhoto" \
  -F chat_id="${CHAT_ID}" \
  -F photo=@"${FRAME}" \
  -F caption="Meteor candidate $(date -u +%H:%M:%S) UTC - allsky camera, west roof"
""")

add("python/api-token", "observatory/alerts/pushover_watchdog.py",
    "Pushover API docs: application token and user key", pushover_token(), r"""
import subprocess
import time

import requests

PUSHOVER_TOKEN = "<<S>>"
PUSHOVER_USER = "gz6r1b9k3a5mhx2qfw8vujc4np7tye"   # the on-call group key
CHECKS = {
    "ninA imaging": ["pgrep", "-f", "NINA.exe"],
    "indiserver": ["pgrep", "indiserver"],
    "roof controller": ["systemctl", "is-active", "--quiet", "roofd"],
}


def alert(msg, priority=1):
    requests.post("https://api.pushover.net/1/messages.json", data={
        "token": PUSHOVER_TOKEN, "user": PUSHOVER_USER, "message": msg,
        "title": "Observatory watchdog", "priority": priority}, timeout=15)


while True:
    for name, cmd in CHECKS.items():
        if subprocess.run(cmd, capture_output=True).returncode != 0:
            alert(f"{name} is not running")
    time.sleep(120)
""")

add("python/webhook-url", "observatory/reports/night_report.py",
    "Discord docs: Execute Webhook (https://discord.com/api/webhooks/<id>/<token>)", discord_webhook(), r"""
\"\"\"Posts the morning-after summary of last night's imaging run to the club Discord.\"\"\"
import datetime as dt
import glob
import os

import requests

WEBHOOK = "<<S>>"
DATA = "/data/nina/{:%Y-%m-%d}"


def summary(night):
    frames = glob.glob(os.path.join(DATA.format(night), "**", "*.fits"), recursive=True)
    targets = sorted({os.path.basename(os.path.dirname(f)) for f in frames})
    return f"**{night:%b %d}**: {len(frames)} frames on {', '.join(targets) or 'nothing (clouded out)'}"


if __name__ == "__main__":
    night = dt.date.today() - dt.timedelta(days=1)
    requests.post(WEBHOOK, json={"username": "Roof Observatory", "content": summary(night)}, timeout=10)
""".replace('\\"', '"'))

add("shell/webhook-url", "observatory/roof/roof_closed_hook.sh",
    "Slack docs: Incoming Webhooks", slack_webhook(), r"""
#!/bin/bash
# Called by roofd after the roll-off roof reports CLOSED (or fails to).
STATE="$1"
REASON="${2:-scheduled}"
HOOK="<<S>>"

if [ "$STATE" = "CLOSED" ]; then
  TEXT=":white_check_mark: Roof closed ($REASON) at $(date '+%H:%M')"
else
  TEXT=":rotating_light: Roof did NOT close ($REASON) - state: $STATE. Call the on-call astronomer."
fi

curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\": \"$TEXT\", \"channel\": \"#observatory-ops\"}" \
  "$HOOK"
""")

add("arduino/password", "firmware/roof_controller/roof_controller.ino",
    "PubSubClient (Arduino MQTT) docs: connect(id, user, pass)", rand_pw(16), r"""
#include <WiFi.h>
#include <PubSubClient.h>
#include "secrets.h"   // WIFI_SSID, WIFI_PASS

const char* MQTT_HOST = "10.60.0.8";
const char* MQTT_USER = "roof";
const char* MQTT_PASS = "<<S>>";

const int RELAY_OPEN = 25;
const int RELAY_CLOSE = 26;
const int LIMIT_OPEN = 32;
const int LIMIT_CLOSED = 33;

WiFiClient net;
PubSubClient mqtt(net);

void onMessage(char* topic, byte* payload, unsigned int len) {
  String cmd = String((char*)payload).substring(0, len);
  if (cmd == "OPEN") digitalWrite(RELAY_OPEN, HIGH);
  if (cmd == "CLOSE") digitalWrite(RELAY_CLOSE, HIGH);
}

void setup() {
  pinMode(RELAY_OPEN, OUTPUT);
  pinMode(RELAY_CLOSE, OUTPUT);
  pinMode(LIMIT_OPEN, INPUT_PULLUP);
  pinMode(LIMIT_CLOSED, INPUT_PULLUP);
  WiFi.begin(WIFI_SSID, WIFI_PASS);
  while (WiFi.status() != WL_CONNECTED) delay(500);
  mqtt.setServer(MQTT_HOST, 1883);
  mqtt.setCallback(onMessage);
}

void loop() {
  if (!mqtt.connected() && mqtt.connect("roof-esp32", MQTT_USER, MQTT_PASS)) {
    mqtt.subscribe("observatory/roof/cmd");
  }
  mqtt.loop();
  if (digitalRead(LIMIT_OPEN) == LOW) { digitalWrite(RELAY_OPEN, LOW); mqtt.publish("observatory/roof/state", "OPEN"); }
  if (digitalRead(LIMIT_CLOSED) == LOW) { digitalWrite(RELAY_CLOSE, LOW); mqtt.publish("observatory/roof/state", "CLOSED"); }
}
""")

add("c-header/wifi-password", "firmware/roof_controller/secrets.h",
    "Arduino convention: secrets.h with WiFi credentials", words_pw(), r"""
#pragma once
// Observatory field WiFi (Ubiquiti bridge in the warm room)
#define WIFI_SSID "ROOF-OBS-2G"
#define WIFI_PASS "<<S>>"

// OTA updates are disabled on the roof controller; flash over USB.
#define OTA_ENABLED 0
""")

add("esphome/encryption-key", "esphome/dome-dehumidifier.yaml",
    "ESPHome docs: Native API encryption key (32-byte base64)", b64_bytes(32), r"""
esphome:
  name: dome-dehumidifier
  friendly_name: Dome dehumidifier

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: "<<S>>"

ota:
  - platform: esphome
    password: !secret ota_password

sensor:
  - platform: bme280_i2c
    temperature:
      name: "Dome temperature"
    humidity:
      name: "Dome humidity"
      id: dome_rh

switch:
  - platform: gpio
    pin: GPIO26
    name: "Dehumidifier"
""")

add("yaml/password", "homeassistant/secrets.yaml",
    "Home Assistant docs: Storing secrets (secrets.yaml)", phrase_pw(), r"""
# Use !secret <name> in configuration.yaml
latitude_obs: 30.671
longitude_obs: -104.022
elevation_obs: 2070
mqtt_username: homeassistant
mqtt_password: <<S>>
roof_camera_stream: rtsp://10.60.0.21:554/stream1
""")

add("wpa-supplicant/wifi-password", "pi-images/allsky/boot/wpa_supplicant.conf",
    "wpa_supplicant.conf(5): network block psk", words_pw(), r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="ROOF-OBS-2G"
    psk="<<S>>"
    key_mgmt=WPA-PSK
    priority=10
}

network={
    ssid="CosmosDome-Staff"
    key_mgmt=WPA-EAP
    eap=TLS
    identity="allsky-cam@cosmosdome.org"
    ca_cert="/etc/wpa_supplicant/staff-ca.pem"
    client_cert="/etc/wpa_supplicant/allsky-cam.crt"
    private_key="/etc/wpa_supplicant/allsky-cam.key"
    priority=5
}
""")

add("python/password", "observatory/mount/park_mount.py",
    "Paramiko docs: SSHClient.connect(hostname, username, password)", human_pw(), r"""
#!/usr/bin/env python3
# Emergency park: SSH to the mount PC and tell PWI4 to park, then close the roof.
import sys

import paramiko

MOUNT_PC = "10.60.0.11"
USER = "observer"
PASSWORD = "<<S>>"


def run(cmd):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(MOUNT_PC, username=USER, password=PASSWORD, timeout=8)
    try:
        _, out, err = client.exec_command(cmd, timeout=60)
        return out.read().decode(), err.read().decode()
    finally:
        client.close()


if __name__ == "__main__":
    print(run('curl -s "http://localhost:8220/mount/park"'))
    print(run('curl -s "http://localhost:8220/mount/disable"'))
    if "--roof" in sys.argv:
        print(run("mosquitto_pub -h 10.60.0.8 -t observatory/roof/cmd -m CLOSE"))
""")

add("ansible/private-key", "ansible/roles/obs_gateway/files/id_ed25519",
    "OpenSSH ssh-keygen(1): private key file format (OPENSSH PRIVATE KEY)", openssh_pem(), r"""
<<S>>
""")


_k = rsa_pem()
add("yaml/private-key", "ansible/host_vars/obs-gw01.yml",
    "Ansible copy module docs (content:); PEM private key in a YAML block scalar", _k, r"""
---
ansible_host: 203.0.113.47
ansible_port: 2222
gateway_role: observatory
alpaca_proxy_upstreams:
  - 10.60.0.5:11111
  - 10.60.0.11:11111
nginx_tls_cert: /etc/ssl/certs/obs-gw01.crt
nginx_tls_key_content: |
<<KEY>>
""", KEY="\n".join("  " + line for line in _k.splitlines()))

_kid, _sec = aws_pair()
add("ini/aws-secret-key", "observatory/archive/.aws/credentials",
    "AWS CLI docs: shared credentials file", _sec, r"""
[default]
region = us-east-2

[fits-archive]
aws_access_key_id = <<KID>>
aws_secret_access_key = <<S>>
region = us-east-2

[fits-archive-readonly]
role_arn = arn:aws:iam::418273650912:role/fits-archive-reader
source_profile = fits-archive
""", KID=_kid)

_kid, _sec = aws_pair()
add("ini/aws-secret-key", "observatory/archive/rclone.conf",
    "rclone docs: S3 remote (access_key_id, secret_access_key)", _sec, r"""
[wasabi-fits]
type = s3
provider = Wasabi
access_key_id = <<KID>>
secret_access_key = <<S>>
region = us-central-1
endpoint = s3.us-central-1.wasabisys.com
acl = private

[gdrive-outreach]
type = drive
scope = drive.file
root_folder_id = 1Xq7rPm2KcT0vFhLdN8bWz
""", KID=draw(20, UPPER_ALNUM))

_pw = url_pw(24)
add("k8s-secret/password", "deploy/k8s/obslog/secret-db.yaml",
    "Kubernetes docs: Secret data values are base64-encoded", _pw, r"""
apiVersion: v1
kind: Secret
metadata:
  name: obslog-db
  namespace: observatory
  labels:
    app.kubernetes.io/name: obslog
type: Opaque
data:
  POSTGRES_USER: <<U>>
  POSTGRES_DB: <<D>>
  POSTGRES_PASSWORD: <<P>>
""", U=b64("obslog"), D=b64("observing_log"), P=b64(_pw))

add("pgpass/password", "observatory/home/observer/.pgpass",
    "PostgreSQL docs: The Password File (hostname:port:database:username:password)", rand_pw(20), r"""
# hostname:port:database:username:password
db-obs.cosmosdome.local:5432:observing_log:observer:<<S>>
db-obs.cosmosdome.local:5432:fits_index:observer:<<S>>
# local socket uses peer auth (no entry needed)
# chmod 0600 ~/.pgpass or libpq ignores this file
""")

add("notebook/password", "notebooks/seeing_vs_wind.ipynb",
    "Jupyter nbformat 4; psycopg2 docs: connect(host, dbname, user, password)", words_pw(), r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Seeing (FWHM) vs wind speed, 2023 season"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\n",
    "import psycopg2\n",
    "conn = psycopg2.connect(host=\"db-obs.cosmosdome.local\", dbname=\"observing_log\",\n",
    "                        user=\"observer\", password=\"<<S>>\")\n",
    "frames = pd.read_sql(\"SELECT obs_time, fwhm_arcsec, wind_ms FROM frames WHERE obs_time >= '2023-01-01'\", conn)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "ax = frames.plot.scatter(x=\"wind_ms\", y=\"fwhm_arcsec\", alpha=0.2)\n",
    "ax.set_xlabel(\"wind (m/s)\"); ax.set_ylabel(\"FWHM (arcsec)\")"
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
""")

add("grafana/api-token", "monitoring/grafana/provisioning/datasources/influx.yaml",
    "Grafana docs: provisioning data sources (InfluxDB Flux, secureJsonData.token)", influx_token(), r"""
apiVersion: 1

datasources:
  - name: Observatory InfluxDB
    type: influxdb
    access: proxy
    url: http://influxdb.observatory.svc:8086
    isDefault: true
    jsonData:
      version: Flux
      organization: cosmosdome
      defaultBucket: weather
      tlsSkipVerify: true
    secureJsonData:
      token: <<S>>
""")

add("toml/api-token", "monitoring/telegraf/telegraf.conf",
    "Telegraf docs: outputs.influxdb_v2 (token)", influx_token(), r"""
[agent]
  interval = "30s"
  round_interval = true
  hostname = "obs-weather01"

[[outputs.influxdb_v2]]
  urls = ["http://10.60.0.9:8086"]
  token = "<<S>>"
  organization = "cosmosdome"
  bucket = "weather"

[[inputs.mqtt_consumer]]
  servers = ["tcp://10.60.0.8:1883"]
  topics = ["observatory/weather/#", "observatory/roof/state"]
  data_format = "json"

[[inputs.exec]]
  commands = ["/usr/local/bin/cloudwatcher --json"]
  timeout = "10s"
  data_format = "json"
  name_override = "cloudwatcher"
""")

add("python/integration-key", "observatory/alerts/pagerduty.py",
    "PagerDuty Events API v2 docs: routing_key", hexs(32), r"""
import socket

import requests

ROUTING_KEY = "<<S>>"


def trigger(summary, severity="critical", source=None, details=None):
    event = {
        "routing_key": ROUTING_KEY,
        "event_action": "trigger",
        "dedup_key": summary[:64],
        "payload": {
            "summary": summary,
            "severity": severity,
            "source": source or socket.gethostname(),
            "component": "roll-off-roof",
            "custom_details": details or {},
        },
    }
    r = requests.post("https://events.pagerduty.com/v2/enqueue", json=event, timeout=10)
    r.raise_for_status()
    return r.json()["dedup_key"]
""")

add("wireguard/private-key", "observatory/network/wg0.conf",
    "WireGuard wg(8) / wg-quick(8): [Interface] PrivateKey", wireguard_key(), r"""
[Interface]
# obs-gw01 at the dark-sky site
Address = 10.99.0.2/24
ListenPort = 51820
PrivateKey = <<S>>
DNS = 10.99.0.1

[Peer]
# museum core firewall
PublicKey = <<PUB>>
Endpoint = vpn.cosmosdome.org:51820
AllowedIPs = 10.40.0.0/16, 10.99.0.0/24
PersistentKeepalive = 25
""", PUB=wireguard_key())

_ovpn = ("-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(hexs(32) for _ in range(16))
         + "\n-----END OpenVPN Static key V1-----")
add("openvpn/static-key", "observatory/network/remote-obs.ovpn",
    "OpenVPN manual: --tls-auth / <tls-auth> inline static key", _ovpn, r"""
client
dev tun
proto udp
remote vpn.cosmosdome.org 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
cipher AES-256-GCM
key-direction 1
verb 3
<tls-auth>
<<S>>
</tls-auth>
""")

add("msmtprc/password", "observatory/home/observer/.msmtprc",
    "msmtp manual: configuration file (password command)", words_pw(), r"""
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        cosmosdome
host           smtp.office365.com
port           587
from           observatory@cosmosdome.org
user           observatory@cosmosdome.org
password       <<S>>

account default : cosmosdome
""")

add("toml/api-token", "scheduler/config/lco.toml",
    "Las Cumbres Observatory observation portal API docs: Authorization: Token <api token>", hexs(40), r"""
# Remote requests to the LCO network when our own site is clouded out
[lco]
portal = "https://observe.lco.global/api"
token = "<<S>>"
proposal = "LCOEPO2024A-007"
ipp_value = 1.05

[defaults]
instrument = "0M4-SCICAM-QHY600"
filters = ["rp", "gp", "B"]
exposure_s = 120
max_airmass = 1.6
min_lunar_distance = 30

[[targets]]
name = "M42"
ra = 83.8221
dec = -5.3911
""")

add("yaml/password", "pyobs/config/camera.yaml",
    "pyobs docs: XMPP communication (comm: jid, password)", rand_pw(18), r"""
class: pyobs_asi.AsiCamera
camera: ZWO ASI2600MM Pro
sdk: /usr/lib/libASICamera2.so

filenames: /pyobs/image/{DAY-OBS|date:}/{FNAME|name}
fits_namespaces: [cam]
fits_headers:
  INSTRUME: [ASI2600MM, Name of instrument]
  TELESCOP: [CDO-RC14, Telescope]
  OBSERVAT: [Cosmos Dome Dark Sky Site, Observatory]

comm:
  jid: camera@obs.cosmosdome.org/pyobs
  password: <<S>>
  use_tls: true

vfs:
  class: pyobs.vfs.VirtualFileSystem
  roots:
    pyobs: /opt/pyobs/storage
""")

add("perl/password", "legacy/photometry/load_nightly.pl",
    "Perl DBI docs: DBI->connect($dsn, $user, $password)", human_pw(), r"""
#!/usr/bin/perl
# Loads last night's differential photometry into the variable-star table (written 2009, still runs).
use strict;
use warnings;
use DBI;

my $dsn  = "DBI:mysql:database=photometry;host=db-legacy.cosmosdome.local";
my $user = "photom";
my $pass = "<<S>>";

my $dbh = DBI->connect($dsn, $user, $pass, { RaiseError => 1, AutoCommit => 0 })
    or die "cannot connect: $DBI::errstr";

my $sth = $dbh->prepare("INSERT INTO measurements (star, jd, mag, err, filter) VALUES (?,?,?,?,?)");
open(my $fh, '<', $ARGV[0]) or die "no file: $!";
while (my $line = <$fh>) {
    next if $line =~ /^#/;
    chomp $line;
    my ($star, $jd, $mag, $err, $filter) = split /\s+/, $line;
    $sth->execute($star, $jd, $mag, $err, $filter);
}
$dbh->commit;
$dbh->disconnect;
""")

add("go/password", "alpaca-proxy/main.go",
    "ASCOM Alpaca API: optional HTTP Basic auth; Go net/http/httputil ReverseProxy", words_pw(), r"""
package main

import (
	"log"
	"net/http"
	"net/http/httputil"
	"net/url"
)

const (
	upstream  = "http://10.60.0.5:11111"
	alpacaUsr = "alpaca"
	alpacaPwd = "<<S>>"
)

func main() {
	target, err := url.Parse(upstream)
	if err != nil {
		log.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	director := proxy.Director
	proxy.Director = func(r *http.Request) {
		director(r)
		r.SetBasicAuth(alpacaUsr, alpacaPwd)
	}
	http.Handle("/api/", proxy)
	http.Handle("/management/", proxy)
	log.Println("alpaca proxy on :8080 ->", upstream)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""")

add("nginx/basic-auth", "observatory/nginx/sites-available/indi-web",
    "nginx docs: proxy_set_header; RFC 7617 Basic credentials", b64("indiweb:" + rand_pw(16)), r"""
server {
    listen 443 ssl http2;
    server_name indi.obs.cosmosdome.org;

    ssl_certificate     /etc/letsencrypt/live/indi.obs.cosmosdome.org/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/indi.obs.cosmosdome.org/privkey.pem;

    allow 10.40.0.0/16;
    allow 10.99.0.0/24;
    deny all;

    location / {
        proxy_pass http://10.60.0.12:8624;
        proxy_set_header Host $host;
        proxy_set_header Authorization "Basic <<S>>";
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
    }
}
""")

add("github-actions/password", ".github/workflows/publish-allsky-timelapse.yml",
    "GitHub Actions workflow syntax; lftp manual (open -u user,password)", rand_pw(16, "#"), r"""
name: Publish nightly allsky timelapse

on:
  schedule:
    - cron: "30 13 * * *"
  workflow_dispatch:

jobs:
  publish:
    runs-on: self-hosted
    steps:
      - uses: actions/checkout@v4
      - name: Build page
        run: python tools/build_timelapse_page.py --night "$(date -d yesterday +%F)"
      - name: Upload
        run: |
          sudo apt-get install -y lftp
          lftp -u 'allskycam,<<S>>' sftp://sftp.cosmosdome.org <<'EOF'
          mirror -R --only-newer site/ /var/www/html/allsky/
          bye
          EOF
""")

add("compose/password", "observatory/archive/docker-compose.yml",
    "Docker Hub postgres image docs: POSTGRES_PASSWORD", url_pw(20), r"""
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: fits_index
      POSTGRES_USER: fitsidx
      POSTGRES_PASSWORD: <<S>>
    volumes:
      - pgdata:/var/lib/postgresql/data

  indexer:
    image: registry.cosmosdome.org/fits-indexer:2.3
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://fitsidx@db:5432/fits_index
      PGPASSFILE: /run/secrets/pgpass
      WATCH_DIR: /data/fits
    volumes:
      - /data/fits:/data/fits:ro

volumes:
  pgdata:
""")

# decoys: telescopes and observatory --------------------------------------------------------
add("fits-header/decoy-checksum", "pipeline/tests/data/m42_L_120s_0007.hdr",
    "FITS Checksum convention (CHECKSUM / DATASUM keywords); FITS standard 4.0", None, r"""
SIMPLE  =                    T / file does conform to FITS standard
BITPIX  =                   16 / number of bits per data pixel
NAXIS   =                    2 / number of data axes
NAXIS1  =                 6248 / length of data axis 1
NAXIS2  =                 4176 / length of data axis 2
BZERO   =                32768 / offset data range to that of unsigned short
BSCALE  =                    1 / default scaling factor
DATE-OBS= '2024-01-14T03:12:44.281' / UTC start of exposure
EXPTIME =                120.0 / [s] exposure time
OBJECT  = 'M42     '           / target
TELESCOP= 'CDO-RC14'           / telescope
INSTRUME= 'ZWO ASI2600MM Pro'  / camera
FILTER  = 'L       '           / filter
RA      =            83.822083 / [deg] pointing
DEC     =            -5.391111 / [deg] pointing
CHECKSUM= '<<CS>>'   / HDU checksum updated 2024-01-14T03:15:02
DATASUM = '1839201734'         / data unit checksum updated 2024-01-14T03:15:02
END
""", CS=draw(16, string.ascii_letters + string.digits))

add("tle/decoy-orbital-elements", "lobby-display/data/visible_passes.tle",
    "CelesTrak: NORAD two-line element set format", None, r"""
ISS (ZARYA)
1 25544U 98067A   24068.51782528  .00016717  00000+0  30074-3 0  9993
2 25544  51.6416 292.5633 0005759  28.4467 331.6924 15.49603617442950
CSS (TIANHE)
1 48274U 21035A   24068.55015624  .00025183  00000+0  29133-3 0  9997
2 48274  41.4687 120.1172 0004751 339.6131  20.4549 15.61452271165842
HST
1 20580U 90037B   24068.19823301  .00002891  00000+0  14208-3 0  9991
2 20580  28.4702 183.6211 0002567 114.0734 246.0155 15.15361877670203
""")

add("csv/decoy-ids", "observatory/targets/variable_stars_2024A.csv",
    "Gaia DR3 source_id (64-bit integer identifiers); AAVSO VSX names", None, r"""
name,gaia_dr3_source_id,ra_deg,dec_deg,vmag_max,vmag_min,period_d,type
RR Lyr,2125982599343482624,291.366083,42.784361,7.06,8.12,0.56684,RRAB
delta Cep,2200153454733024000,337.292771,58.415199,3.48,4.37,5.366249,DCEP
SZ Lyn,1014498498815451264,126.811600,44.474400,9.08,9.72,0.1205,DSCT
U Gem,677053564574346240,118.772400,22.001400,8.2,14.9,,UGSS
AI Vel,5521416128017212928,123.493300,-44.572300,6.15,6.76,0.1116,DSCT
""")

add("json/decoy-ids", "observatory/alpaca/ascom-remote-devices.json",
    "ASCOM Alpaca management API: configureddevices (DeviceType, DeviceNumber, UniqueID)", None, r"""
{
  "Value": [
    { "DeviceName": "PlaneWave L-500 Mount", "DeviceType": "Telescope", "DeviceNumber": 0, "UniqueID": "<<U1>>" },
    { "DeviceName": "Roll-off roof", "DeviceType": "Dome", "DeviceNumber": 0, "UniqueID": "<<U2>>" },
    { "DeviceName": "ZWO EFW 7x36", "DeviceType": "FilterWheel", "DeviceNumber": 0, "UniqueID": "<<U3>>" },
    { "DeviceName": "AAG CloudWatcher", "DeviceType": "SafetyMonitor", "DeviceNumber": 0, "UniqueID": "<<U4>>" }
  ],
  "ClientTransactionID": 12,
  "ServerTransactionID": 48811,
  "ErrorNumber": 0,
  "ErrorMessage": ""
}
""", U1=uuid_s(), U2=uuid_s(), U3=uuid_s(), U4=uuid_s())

add("htpasswd/decoy-password-hash", "allsky/webui/.htpasswd",
    "Apache htpasswd docs: bcrypt ($2y$) password hashes", None, r"""
admin:$2y$10$<<H1>>
volunteer:$2y$10$<<H2>>
astroclub:$2y$10$<<H3>>
outreach:$2y$10$<<H4>>
display:$2y$10$<<H5>>
""", H1=draw(53, ALNUM + "./"), H2=draw(53, ALNUM + "./"), H3=draw(53, ALNUM + "./"),
    H4=draw(53, ALNUM + "./"), H5=draw(53, ALNUM + "./"))

add("mosquitto/decoy-password-hash", "observatory/mosquitto/passwd",
    "mosquitto_passwd(1): PBKDF2-SHA512 hashes ($7$)", None, r"""
roof:$7$101$<<S1>>$<<H1>>
homeassistant:$7$101$<<S2>>$<<H2>>
telegraf:$7$101$<<S3>>$<<H3>>
nina:$7$101$<<S4>>$<<H4>>
weewx:$7$101$<<S5>>$<<H5>>
""", S1=b64_bytes(12), H1=b64_bytes(64), S2=b64_bytes(12), H2=b64_bytes(64), S3=b64_bytes(12), H3=b64_bytes(64),
    S4=b64_bytes(12), H4=b64_bytes(64), S5=b64_bytes(12), H5=b64_bytes(64))

add("esphome/decoy-secret-ref", "esphome/roof-rain-sensor.yaml",
    "ESPHome docs: !secret substitutions from secrets.yaml", None, r"""
esphome:
  name: roof-rain-sensor

esp8266:
  board: d1_mini

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password
  ap:
    ssid: "Roof-Rain-Fallback"
    password: !secret fallback_ap_password

api:
  encryption:
    key: !secret api_encryption_key

binary_sensor:
  - platform: gpio
    pin:
      number: D5
      inverted: true
    name: "Roof rain detected"
    filters:
      - delayed_off: 120s
""")

add("yaml/decoy-secret-ref", "homeassistant/configuration.yaml",
    "Home Assistant docs: configuration.yaml with !secret", None, r"""
homeassistant:
  name: Dark Sky Site
  latitude: !secret latitude_obs
  longitude: !secret longitude_obs
  elevation: !secret elevation_obs
  unit_system: metric
  time_zone: America/Chicago

mqtt:
  sensor:
    - name: "Roof state"
      state_topic: "observatory/roof/state"

camera:
  - platform: generic
    name: Roof camera
    stream_source: !secret roof_camera_stream

automation: !include automations.yaml
""")

add("ssh/decoy-public-key", "ansible/roles/obs_gateway/files/authorized_keys",
    "OpenSSH sshd(8): AUTHORIZED_KEYS FILE FORMAT (public keys)", None, r"""
# obs-gw01: who may log in as 'observer'
<<K1>> lena.okafor@cosmosdome.org
<<K2>> remote-observing-laptop
<<K3>> backup@nas01
from="10.40.0.0/16",no-agent-forwarding <<K4>> ansible@ops01
""", K1=ssh_pub(), K2=ssh_pub(), K3=ssh_pub(), K4=ssh_pub())

add("ssh/decoy-public-key", "ansible/roles/common/files/known_hosts",
    "OpenSSH sshd(8): SSH_KNOWN_HOSTS FILE FORMAT", None, r"""
obs-gw01.cosmosdome.org,203.0.113.47 <<K1>>
10.60.0.11 <<K2>>
10.60.0.12 <<K3>>
dome-nas01.cosmosdome.local <<K4>>
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", K1=ssh_pub(), K2=ssh_pub(), K3=ssh_pub(), K4=ssh_pub())

add("wireguard/decoy-key-file", "observatory/network/wg1.conf",
    "wg-quick(8): PostUp = wg set %i private-key <file>", None, r"""
[Interface]
# backup tunnel over the LTE router; key is generated on the box and never leaves it
Address = 10.98.0.2/24
ListenPort = 51821
PostUp = wg set %i private-key /etc/wireguard/wg1.key

[Peer]
PublicKey = <<PUB>>
Endpoint = vpn2.cosmosdome.org:51821
AllowedIPs = 10.98.0.0/24
PersistentKeepalive = 25
""", PUB=wireguard_key())

add("markdown/decoy-placeholder", "pipeline/README.md",
    "astrometry.net API docs: API key from your profile page", None, r"""
# Imaging pipeline

Calibrates, plate-solves and stacks the night's frames.

## Setup
```bash
python -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt
export ASTROMETRY_API_KEY=XXXXXXXXXXXXXXXX   # from https://nova.astrometry.net/api_help
export OBSLOG_DSN="postgresql://observer@db-obs.cosmosdome.local/observing_log"
```

`platesolve.py` falls back to nova.astrometry.net only when `solve-field` fails locally.
Never paste your key into the script: it used to be hard-coded and we had to revoke it.

## Running
```bash
python -m pipeline.run --night 2024-01-13 --targets M42,NGC2024
```
""")

add("shell/decoy-empty", "allsky/config/ftp-settings.example.sh",
    "Thomas Jacquin allsky: config/ftp-settings.sh template", None, r"""
#!/bin/bash
# Copy to ftp-settings.sh. Leave REMOTE_PASSWORD empty when using SSH_KEY_FILE.

PROTOCOL="sftp"
IMAGE_DIR="/allsky/images"

REMOTE_HOST="sftp.example.org"
REMOTE_PORT="22"
REMOTE_USER="allskycam"
REMOTE_PASSWORD=""
LFTP_COMMANDS="set sftp:auto-confirm yes"
SSH_KEY_FILE="/home/pi/.ssh/allsky_upload_ed25519"

WEB_IMAGE_DIR="/var/www/html/allsky"
""")

add("python/decoy-env-reference", "observatory/weather/wunderground_upload.py",
    "Weather Underground PWS upload protocol; Python os.environ", None, r"""
import os
import urllib.parse
import urllib.request

STATION_ID = os.environ["WU_STATION_ID"]
STATION_KEY = os.environ["WU_STATION_KEY"]
URL = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php"


def upload(obs):
    params = {
        "ID": STATION_ID,
        "PASSWORD": STATION_KEY,
        "dateutc": "now",
        "tempf": f"{obs['tempF']:.1f}",
        "humidity": obs["humidity"],
        "windspeedmph": obs["windMph"],
        "action": "updateraw",
    }
    with urllib.request.urlopen(URL + "?" + urllib.parse.urlencode(params), timeout=20) as r:
        return r.read().decode().strip() == "success"
""")

add("python/decoy-test-fixture", "observatory/tests/test_roof_mqtt.py",
    "pytest docs: fixtures; a local test broker with dummy credentials", None, r"""
import pytest

from roofd.mqtt import RoofClient


@pytest.fixture
def broker(mosquitto_container):
    # throwaway broker started by the test; credentials only exist inside the container
    return mosquitto_container(username="test", password="test")


def test_close_command_is_published(broker):
    client = RoofClient(host=broker.host, port=broker.port, username="test", password="test")
    client.close_roof(reason="unit-test")
    assert broker.last_message("observatory/roof/cmd") == b"CLOSE"


def test_unsafe_weather_closes_roof(broker):
    client = RoofClient(host=broker.host, port=broker.port, username="test", password="test")
    client.on_safety(False)
    assert broker.last_message("observatory/roof/cmd") == b"CLOSE"
""")

add("text/decoy-ephemeris", "lobby-display/data/jupiter_2024-03.txt",
    "JPL Horizons observer-table output format", None, r"""
*******************************************************************************
Target body name: Jupiter (599)                   {source: jup365_merged}
Center body name: Earth (399)                     {source: DE441}
Center-site name: Cosmos Dome (-104.0220, 30.6710, 2.070 km)
*******************************************************************************
 Date__(UT)__HR:MN     R.A._____(ICRF)_____DEC    APmag   S-brt  delta      deldot
*******************************************************************************
$$SOE
 2024-Mar-01 02:00     02 28 51.12 +13 47 22.9   -2.202   5.349 5.06612413  29.2017861
 2024-Mar-02 02:00     02 29 40.53 +13 51 33.1   -2.198   5.348 5.08293661  29.2993024
 2024-Mar-03 02:00     02 30 30.57 +13 55 45.6   -2.194   5.348 5.09979613  29.3922390
 2024-Mar-04 02:00     02 31 21.23 +14 00 00.3   -2.190   5.347 5.11669967  29.4806176
$$EOE
*******************************************************************************
""")

add("text/decoy-checksum", "firmware/roof_controller/releases/SHA256SUMS",
    "sha256sum(1) output format", None, r"""
<<H1>>  roof_controller-1.4.0-esp32.bin
<<H2>>  roof_controller-1.4.0-esp32.elf
<<H3>>  roof_controller-1.4.1-esp32.bin
<<H4>>  roof_controller-1.4.1-esp32.elf
<<H5>>  partitions.csv
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

add("yaml/decoy-encrypted", "observatory/secrets/obs-secrets.enc.yaml",
    "Mozilla SOPS docs: encrypted YAML (ENC[AES256_GCM,...]) with age recipients", None, r"""
mqtt_password: ENC[AES256_GCM,data:<<D1>>,iv:<<I1>>,tag:<<T1>>,type:str]
influx_token: ENC[AES256_GCM,data:<<D2>>,iv:<<I2>>,tag:<<T2>>,type:str]
wu_station_key: ENC[AES256_GCM,data:<<D3>>,iv:<<I3>>,tag:<<T3>>,type:str]
sops:
    age:
        - recipient: age1<<AGE>>
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            <<E1>>
            <<E2>>
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-02-20T18:22:41Z"
    mac: ENC[AES256_GCM,data:<<D4>>,iv:<<I4>>,tag:<<T4>>,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", D1=b64_bytes(18), I1=b64_bytes(32), T1=b64_bytes(16), D2=b64_bytes(66), I2=b64_bytes(32), T2=b64_bytes(16),
    D3=b64_bytes(6), I3=b64_bytes(32), T3=b64_bytes(16), D4=b64_bytes(48), I4=b64_bytes(32), T4=b64_bytes(16),
    AGE=draw(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), E1=b64_bytes(48), E2=b64_bytes(42))

add("c-header/decoy-placeholder", "firmware/roof_controller/secrets.h.example",
    "Arduino convention: secrets.h template kept out of git", None, r"""
#pragma once
// Copy to secrets.h (ignored by git) and fill in.
#define WIFI_SSID "YOUR_WIFI_SSID"
#define WIFI_PASS "YOUR_WIFI_PASSWORD"

#define OTA_ENABLED 0
""")

add("text/decoy-wcs", "pipeline/tests/data/m42_solution.wcs.txt",
    "FITS WCS keywords as written by astrometry.net solve-field (--wcs)", None, r"""
WCSAXES =                    2 / no comment
CTYPE1  = 'RA---TAN-SIP'       / TAN (gnomic) projection + SIP distortions
CTYPE2  = 'DEC--TAN-SIP'       / TAN (gnomic) projection + SIP distortions
EQUINOX =               2000.0 / Equatorial coordinates definition (yr)
CRVAL1  =        83.8178427041 / RA  of reference point
CRVAL2  =       -5.38742108391 / DEC of reference point
CRPIX1  =        3124.48139954 / X reference pixel
CRPIX2  =        2088.21035512 / Y reference pixel
CD1_1   =   -0.000311849327721 / Transformation matrix
CD1_2   =    1.52203417802E-06 / no comment
CD2_1   =   -1.50940813347E-06 / no comment
CD2_2   =   -0.000311903219464 / no comment
IMAGEW  =                 6248 / Image width,  in pixels.
IMAGEH  =                 4176 / Image height, in pixels.
""")

# ---------------------------------------------------------------------------------------------
# Gift shop POS, school-group booking, web and infrastructure
# ---------------------------------------------------------------------------------------------
add("python/access-token", "giftshop/sync/square_inventory.py",
    "Square API docs: production access tokens (Authorization: Bearer EAAA...)", square_token(), r"""
\"\"\"Pushes stock counts from the warehouse sheet into Square for the Dome Shop registers.\"\"\"
import csv
import uuid

from square.client import Client

client = Client(access_token="<<S>>", environment="production")
LOCATION_ID = "LH8Q1R5Z2YB0T"


def adjust(rows):
    changes = []
    for row in rows:
        changes.append({
            "type": "PHYSICAL_COUNT",
            "physical_count": {
                "catalog_object_id": row["square_variation_id"],
                "state": "IN_STOCK",
                "location_id": LOCATION_ID,
                "quantity": row["count"],
                "occurred_at": row["counted_at"],
            },
        })
    result = client.inventory.batch_change_inventory({"idempotency_key": str(uuid.uuid4()), "changes": changes})
    if result.is_error():
        raise SystemExit(result.errors)


if __name__ == "__main__":
    with open("stockcount.csv", newline="") as f:
        adjust(list(csv.DictReader(f)))
""".replace('\\"', '"'))

add("ruby/access-token", "giftshop/shopify/sync_products.rb",
    "Shopify Admin API docs: custom app access token (shpat_), X-Shopify-Access-Token", shopify_token(), r"""
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "dome-shop-sync",
  api_secret_key: "",
  host: "https://ops.cosmosdome.org",
  scope: "read_products,write_inventory",
  is_embedded: false,
  api_version: "2024-01",
  is_private: true,
)

session = ShopifyAPI::Auth::Session.new(shop: "cosmos-dome-shop.myshopify.com", access_token: "<<S>>")
client = ShopifyAPI::Clients::Graphql::Admin.new(session: session)

query = <<~GQL
  { products(first: 50, query: "tag:planetarium-exclusive") { edges { node { id title totalInventory } } } }
GQL

client.query(query: query).body["data"]["products"]["edges"].each do |edge|
  node = edge["node"]
  puts format("%-50s %5d", node["title"], node["totalInventory"])
end
""")

_sid = "AC" + hexs(32)
add("go/auth-token", "booking/reminders/sms.go",
    "Twilio docs: Account SID and Auth Token (HTTP Basic)", twilio_token(), r"""
package reminders

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	accountSID = "<<SID>>"
	authToken  = "<<S>>"
	fromNumber = "+15125550199"
)

// SendVisitReminder texts the teacher the day before a school group's planetarium visit.
func SendVisitReminder(to, school, show, arrival string) error {
	body := "Reminder: " + school + " visits Cosmos Dome tomorrow for \"" + show + "\". Please arrive by " +
		arrival + " at the group entrance (east doors)."
	form := url.Values{"To": {to}, "From": {fromNumber}, "Body": {body}}
	req, err := http.NewRequest("POST",
		"https://api.twilio.com/2010-04-01/Accounts/"+accountSID+"/Messages.json", strings.NewReader(form.Encode()))
	if err != nil {
		return err
	}
	req.SetBasicAuth(accountSID, authToken)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}
""", SID=_sid)

add("csharp/api-key", "src/SchoolBooking/Email/ConfirmationMailer.cs",
    "SendGrid C# library docs: new SendGridClient(apiKey)", sendgrid_key(), r"""
using System.Threading.Tasks;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace SchoolBooking.Email
{
    public class ConfirmationMailer
    {
        private static readonly SendGridClient Client = new SendGridClient("<<S>>");
        private const string TemplateId = "d-4c1f0e2b9a7d4e63b5a18f2c9d0e7a41";

        public async Task SendAsync(Booking booking)
        {
            var msg = new SendGridMessage();
            msg.SetFrom(new EmailAddress("groups@cosmosdome.org", "Cosmos Dome Group Sales"));
            msg.AddTo(new EmailAddress(booking.TeacherEmail, booking.TeacherName));
            msg.SetTemplateId(TemplateId);
            msg.SetTemplateData(new
            {
                school = booking.SchoolName,
                date = booking.VisitDate.ToString("dddd, MMMM d"),
                show = booking.ShowTitle,
                students = booking.StudentCount,
                chaperones = booking.ChaperoneCount,
            });
            await Client.SendEmailAsync(msg);
        }
    }
}
""")

add("python/api-key", "booking/integrations/acuity.py",
    "Acuity Scheduling API docs: HTTP Basic with user id and API key", hexs(32), r"""
import requests

ACUITY_USER_ID = "21840931"
ACUITY_API_KEY = "<<S>>"
BASE = "https://acuityscheduling.com/api/v1"

# appointment types for virtual field trips
VIRTUAL_TRIP_TYPES = {"Tour of the Solar System (K-2)": 51288031, "Life of Stars (6-8)": 51288044}


def upcoming(min_date, max_date):
    r = requests.get(f"{BASE}/appointments", auth=(ACUITY_USER_ID, ACUITY_API_KEY),
                     params={"minDate": min_date, "maxDate": max_date, "max": 200}, timeout=20)
    r.raise_for_status()
    return [a for a in r.json() if a["appointmentTypeID"] in VIRTUAL_TRIP_TYPES.values()]


def cancel(appointment_id, note):
    r = requests.put(f"{BASE}/appointments/{appointment_id}/cancel", auth=(ACUITY_USER_ID, ACUITY_API_KEY),
                     json={"cancelNote": note}, timeout=20)
    r.raise_for_status()
    return r.json()
""")

add("go/client-secret", "booking/virtualtrips/zoom.go",
    "Zoom docs: Server-to-Server OAuth (account_credentials grant, client secret)", mixed(32), r"""
package virtualtrips

import (
	"encoding/json"
	"net/http"
	"net/url"
)

const (
	zoomAccountID    = "Qf3kL9xTQe2m1YbR7sVn0w"
	zoomClientID     = "hU8aZ2cWSbKJ1tq0Yx7pGA"
	zoomClientSecret = "<<S>>"
)

type tokenResp struct {
	AccessToken string `json:"access_token"`
	ExpiresIn   int    `json:"expires_in"`
}

func zoomToken() (string, error) {
	q := url.Values{"grant_type": {"account_credentials"}, "account_id": {zoomAccountID}}
	req, _ := http.NewRequest("POST", "https://zoom.us/oauth/token?"+q.Encode(), nil)
	req.SetBasicAuth(zoomClientID, zoomClientSecret)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var t tokenResp
	if err := json.NewDecoder(resp.Body).Decode(&t); err != nil {
		return "", err
	}
	return t.AccessToken, nil
}
""")

add("json/client-secret", "src/SchoolBooking/appsettings.json",
    "Microsoft identity platform docs: client credentials (AzureAd:ClientSecret)", azure_client_secret(), r"""
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "<<TID>>",
    "ClientId": "<<CID>>",
    "ClientSecret": "<<S>>"
  },
  "Graph": {
    "GroupBookingsCalendar": "groupbookings@cosmosdome.org",
    "Scopes": [ "https://graph.microsoft.com/.default" ]
  },
  "ConnectionStrings": {
    "Booking": "Server=tcp:sql-booking.cosmosdome.local;Database=SchoolBooking;Authentication=Active Directory Managed Identity;"
  },
  "AllowedHosts": "*"
}
""", TID=uuid_s(), CID=uuid_s())

add("python/django-secret-key", "booking/schoolbooking/settings/production.py",
    "Django docs: SECRET_KEY setting", fakes.django_secret_key(_seed()), r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "<<S>>"
ALLOWED_HOSTS = ["groups.cosmosdome.org"]
CSRF_TRUSTED_ORIGINS = ["https://groups.cosmosdome.org"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "school_booking",
        "USER": "booking_app",
        "HOST": "pg-booking.internal.cosmosdome.org",
        "OPTIONS": {"passfile": "/etc/schoolbooking/.pgpass"},
    }
}

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""")

add("env/connection-string", "booking/.env",
    "dj-database-url docs: postgres://user:password@host:port/name", url_pw(24), r"""
DJANGO_SETTINGS_MODULE=schoolbooking.settings.production
DATABASE_URL=postgres://booking_app:<<S>>@pg-booking.internal.cosmosdome.org:5432/school_booking
CELERY_BROKER_URL=redis://redis-booking.internal.cosmosdome.org:6379/2
DEFAULT_FROM_EMAIL=groups@cosmosdome.org
MAX_STUDENTS_PER_SHOW=180
CHAPERONE_RATIO=10
""")

add("python/connection-string", "booking/schoolbooking/celery.py",
    "Celery docs: Redis broker URL redis://:password@hostname:port/db", fakes.redis_password(_seed()), r"""
import os

from celery import Celery
from celery.schedules import crontab

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schoolbooking.settings.production")

app = Celery("schoolbooking")
app.conf.broker_url = "redis://:<<S>>@redis-booking.internal.cosmosdome.org:6379/2"
app.conf.result_backend = app.conf.broker_url
app.conf.timezone = "America/Chicago"
app.conf.beat_schedule = {
    "visit-reminders": {"task": "booking.tasks.send_visit_reminders", "schedule": crontab(hour=15, minute=0)},
    "release-unpaid-holds": {"task": "booking.tasks.release_holds", "schedule": crontab(minute="*/30")},
}
app.autodiscover_tasks()
""")

add("env/app-key", "giftshop/laravel/.env",
    "Laravel docs: APP_KEY (base64: + 32 random bytes)", "base64:" + b64_bytes(32), r"""
APP_NAME="Dome Shop"
APP_ENV=production
APP_KEY=<<S>>
APP_DEBUG=false
APP_URL=https://shop.cosmosdome.org

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=mysql-shop.internal.cosmosdome.org
DB_PORT=3306
DB_DATABASE=domeshop
DB_USERNAME=domeshop
DB_PASSWORD="${SHOP_DB_PASSWORD}"

CACHE_DRIVER=redis
QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""")

add("yaml/password", "memberportal/config/database.yml",
    "Rails guides: configuring a database (config/database.yml)", words_pw(), r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: memberportal_development

test:
  <<: *default
  database: memberportal_test

production:
  <<: *default
  host: pg-members.internal.cosmosdome.org
  database: memberportal
  username: memberportal
  password: "<<S>>"
""")

add("php/password", "website/wp-config.php",
    "WordPress docs: wp-config.php (DB_PASSWORD)", rand_pw(20, "!#^*"), r"""
<?php
/** The base configuration for the science centre's public WordPress site. */

define( 'DB_NAME', 'wp_cosmosdome' );
define( 'DB_USER', 'wp_cosmosdome' );
define( 'DB_PASSWORD', '<<S>>' );
define( 'DB_HOST', 'mysql-web.internal.cosmosdome.org' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/** Salts come from the environment (see /etc/php/8.2/fpm/pool.d/www.conf). */
define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );

$table_prefix = 'cd_';
define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("compose/password", "website/docker-compose.yml",
    "Docker Hub mysql image docs: MYSQL_ROOT_PASSWORD", url_pw(18), r"""
version: "3.9"
services:
  mysql:
    image: mysql:8.0
    command: --default-authentication-plugin=caching_sha2_password
    environment:
      MYSQL_ROOT_PASSWORD: "<<S>>"
      MYSQL_DATABASE: wp_cosmosdome
      MYSQL_USER: wp_cosmosdome
      MYSQL_PASSWORD_FILE: /run/secrets/wp_db_password
    secrets:
      - wp_db_password
    volumes:
      - mysql:/var/lib/mysql

  wordpress:
    image: wordpress:6.4-php8.2-fpm
    depends_on: [mysql]
    volumes:
      - ./wp-content:/var/www/html/wp-content

secrets:
  wp_db_password:
    file: ./secrets/wp_db_password.txt

volumes:
  mysql:
""")

add("k8s-secret/stripe-secret-key", "deploy/k8s/giftshop/stripe-secret.yaml",
    "Kubernetes docs: Secret stringData (written as plain text)", stripe_sk("rk_live_"), r"""
apiVersion: v1
kind: Secret
metadata:
  name: giftshop-stripe
  namespace: giftshop
type: Opaque
stringData:
  STRIPE_API_KEY: <<S>>
  STRIPE_ACCOUNT: acct_1NqV8sLk2cR9XyZa
""")

add("helm/password", "deploy/helm/booking/values.yaml",
    "Bitnami Redis Helm chart docs: auth.password", fakes.redis_password(_seed()), r"""
image:
  repository: registry.cosmosdome.org/schoolbooking
  tag: "2024.03.2"

ingress:
  enabled: true
  hosts:
    - host: groups.cosmosdome.org
      paths: ["/"]

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "<<S>>"
  master:
    persistence:
      size: 2Gi

postgresql:
  enabled: false
""")

_kid, _sec = aws_pair()
add("terraform/aws-secret-key", "infra/terraform/providers.tf",
    "Terraform AWS provider docs: static credentials (access_key, secret_key)", _sec, r"""
terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.30"
    }
  }
  backend "s3" {
    bucket = "cosmosdome-tfstate"
    key    = "web/terraform.tfstate"
    region = "us-east-2"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "<<KID>>"
  secret_key = "<<S>>"

  default_tags {
    tags = {
      owner   = "digital"
      project = "website"
    }
  }
}
""", KID=_kid)

add("tfvars/api-token", "infra/terraform/cloudflare/prod.auto.tfvars",
    "Terraform Cloudflare provider docs: api_token", cloudflare_token(), r"""
cloudflare_api_token = "<<S>>"
zone_id              = "<<ZONE>>"
account_id           = "<<ACC>>"

records = {
  www     = { type = "CNAME", value = "cosmosdome.wpengine.com", proxied = true }
  shop    = { type = "CNAME", value = "shops.myshopify.com", proxied = false }
  groups  = { type = "A", value = "203.0.113.20", proxied = true }
  allsky  = { type = "A", value = "203.0.113.47", proxied = true }
}
""", ZONE=hexs(32), ACC=hexs(32))

add("github-actions/github-token", ".github/workflows/build-kiosk.yml",
    "GitHub docs: personal access tokens (ghp_) in HTTPS clone URLs", github_pat(), r"""
name: Build lobby kiosk image

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Fetch private star-catalog assets
        run: |
          git clone --depth 1 https://cosmosdome-bot:<<S>>@github.com/cosmosdome/star-assets.git assets/stars
      - uses: docker/setup-buildx-action@v3
      - uses: docker/build-push-action@v5
        with:
          context: .
          push: false
          tags: kiosk:${{ github.sha }}
""")

add("npmrc/npm-token", "kiosk/.npmrc",
    "npm docs: .npmrc _authToken", npm_token(), r"""
registry=https://registry.npmjs.org/
@cosmosdome:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<S>>
save-exact=true
engine-strict=true
""")

add("pypirc/pypi-token", "tools/skyfield-extras/.pypirc",
    "PyPI docs: API tokens in .pypirc (username __token__)", fakes.pypi_token(_seed()), r"""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = <<S>>

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""")

add("jenkinsfile/password", "ops/Jenkinsfile",
    "Jenkins pipeline docs: sh steps; sshpass(1)", human_pw(), r"""
pipeline {
    agent { label 'ops' }
    triggers { cron('H 4 * * *') }
    stages {
        stage('Backup dome configs') {
            steps {
                sh '''
                    for host in 10.40.0.10 10.40.0.20 10.40.0.26; do
                        sshpass -p "<<S>>" scp -o StrictHostKeyChecking=no showctl@$host:/etc/show/*.conf backups/$host/
                    done
                '''
            }
        }
        stage('Archive') {
            steps {
                archiveArtifacts artifacts: 'backups/**', fingerprint: true
            }
        }
    }
    post {
        failure { mail to: 'av-team@cosmosdome.org', subject: "Dome config backup failed", body: "${env.BUILD_URL}" }
    }
}
""")

add("ansible/password", "ansible/playbooks/booking-server.yml",
    "Ansible docs: become password (ansible_become_password) in play vars", words_pw(), r"""
---
- name: Configure the school booking app server
  hosts: booking
  vars:
    ansible_become_password: "<<S>>"
    app_user: schoolbooking
    app_dir: /srv/schoolbooking
  become: true
  tasks:
    - name: Install packages
      ansible.builtin.apt:
        name: [python3.11-venv, nginx, libpq5]
        state: present
        update_cache: true

    - name: Deploy app
      ansible.builtin.git:
        repo: git@gitlab.cosmosdome.org:digital/schoolbooking.git
        dest: "{{ app_dir }}"
        version: main
      become_user: "{{ app_user }}"

    - name: Restart gunicorn
      ansible.builtin.systemd:
        name: schoolbooking
        state: restarted
""")

add("yaml/api-key", "ops/datadog/datadog.yaml",
    "Datadog Agent docs: datadog.yaml api_key", datadog_key(), r"""
api_key: <<S>>
site: datadoghq.com
hostname: booking-app01
tags:
  - env:prod
  - service:schoolbooking
  - team:digital

logs_enabled: true
process_config:
  process_collection:
    enabled: true

apm_config:
  enabled: true
  env: prod
""")

add("ini/license-key", "kiosk/newrelic.ini",
    "New Relic Python agent docs: newrelic.ini license_key", newrelic_license(), r"""
[newrelic]
license_key = <<S>>
app_name = Lobby Kiosk (prod)
monitor_mode = true
log_level = info
distributed_tracing.enabled = true
transaction_tracer.enabled = true
error_collector.enabled = true
error_collector.ignore_status_codes = 100-102 200-208 300-308 404

[newrelic:staging]
app_name = Lobby Kiosk (staging)
""")

add("ini/auth-token", "kiosk/.sentryclirc",
    "Sentry CLI docs: configuration file ([auth] token)", sentry_token(), r"""
[defaults]
url = https://sentry.io/
org = cosmos-dome
project = lobby-kiosk

[auth]
token = <<S>>

[log]
level = warn
""")

add("powershell/api-token", "ops/identity/Disable-SeasonalStaff.ps1",
    "Okta API docs: Authorization: SSWS <api token>", okta_token(), r"""
# Deactivates seasonal floor staff (summer camp, eclipse volunteers) after their end date.
$OktaOrg = "https://cosmosdome.okta.com"
$Headers = @{
    "Authorization" = "SSWS <<S>>"
    "Accept"        = "application/json"
}

$today = Get-Date
$users = Invoke-RestMethod -Uri "$OktaOrg/api/v1/users?search=profile.employeeType eq `"Seasonal`"" -Headers $Headers

foreach ($u in $users) {
    $end = [datetime]$u.profile.seasonEndDate
    if ($end -lt $today -and $u.status -eq "ACTIVE") {
        Write-Host "Deactivating $($u.profile.login) (ended $($end.ToShortDateString()))"
        Invoke-RestMethod -Method Post -Uri "$OktaOrg/api/v1/users/$($u.id)/lifecycle/deactivate" -Headers $Headers
    }
}
""")

add("env/client-secret", "memberportal/.env.production",
    "Auth0 docs: application client secret (AUTH0_CLIENT_SECRET)", auth0_secret(), r"""
AUTH0_DOMAIN=cosmosdome.us.auth0.com
AUTH0_CLIENT_ID=<<CID>>
AUTH0_CLIENT_SECRET=<<S>>
AUTH0_AUDIENCE=https://api.cosmosdome.org/members
AUTH0_CALLBACK_URL=https://members.cosmosdome.org/callback
RAILS_ENV=production
RAILS_LOG_TO_STDOUT=1
""", CID=mixed(32))

add("shell/vault-token", "ops/scripts/rotate_tessitura_password.sh",
    "HashiCorp Vault docs: VAULT_TOKEN environment variable (hvs. service tokens)", vault_token(), r"""
#!/usr/bin/env bash
# Rotates the Tessitura web API password and stores it in Vault.
set -euo pipefail

export VAULT_ADDR=https://vault.cosmosdome.local:8200
export VAULT_TOKEN=<<S>>

NEW_PW=$(openssl rand -base64 24 | tr -d '/+=' | cut -c1-20)
./tess-admin set-password --user websync --password-stdin <<< "$NEW_PW"
vault kv put secret/tessitura/websync password="$NEW_PW" rotated_at="$(date -Is)"
unset NEW_PW
echo "rotated"
""")

add("hcl/api-token", "ops/home/deploy/.terraformrc",
    "Terraform CLI docs: CLI configuration file credentials block (app.terraform.io)", tfc_token(), r"""
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
disable_checkpoint = true

credentials "app.terraform.io" {
  token = "<<S>>"
}
""")

_oai = openai_key()
add("python/api-key-split", "kiosk/ask_an_astronomer/llm.py",
    "OpenAI Python library docs: OpenAI(api_key=...)", _oai, r"""
\"\"\"'Ask an Astronomer' kiosk: answers visitor questions, kid-friendly, cites the exhibit.\"\"\"
from openai import OpenAI

_KEY = ("<<P1>>"
        "<<P2>>")
client = OpenAI(api_key=_KEY)

SYSTEM = ("You are a friendly astronomer at the Cosmos Dome science centre. Answer in at most "
          "three short sentences a ten-year-old understands. If the question is about an exhibit, "
          "name the gallery (Solar System Hall, Stellar Lab, Dark Sky Room).")


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        max_tokens=160,
        temperature=0.4,
    )
    return resp.choices[0].message.content.strip()
""".replace('\\"', '"'), P1=_oai[:70], P2=_oai[70:])

add("typescript/api-key", "kiosk/planet-guide/src/server/claude.ts",
    "Anthropic TypeScript SDK docs: new Anthropic({ apiKey })", anthropic_key(), r"""
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: '<<S>>' });

export async function planetFact(planet: string, age: number): Promise<string> {
  const msg = await anthropic.messages.create({
    model: 'claude-3-haiku-20240307',
    max_tokens: 200,
    system: 'You write one surprising, accurate fact for a science-centre touch screen.',
    messages: [{ role: 'user', content: `One fact about ${planet} for a ${age}-year-old.` }],
  });
  const block = msg.content[0];
  return block.type === 'text' ? block.text : '';
}
""")

add("python/api-token", "volunteers/airtable_shifts.py",
    "Airtable Web API docs: personal access tokens (pat...)", airtable_pat(), r"""
from pyairtable import Api

api = Api("<<S>>")
shifts = api.table("appR3kq9ZzT0pLx2W", "Shifts")
volunteers = api.table("appR3kq9ZzT0pLx2W", "Volunteers")


def open_shifts(date):
    formula = f"AND(IS_SAME({{Date}}, '{date}', 'day'), {{Filled}} < {{Needed}})"
    return shifts.all(formula=formula, fields=["Role", "Start", "End", "Needed", "Filled"])


def star_party_team():
    return [v["fields"]["Name"] for v in volunteers.all(formula="FIND('Star party', {Skills})")]
""")

add("javascript/api-token", "production/notion-sync/index.mjs",
    "Notion API docs: internal integration token (Authorization: Bearer secret_...)", notion_token(), r"""
import { Client } from '@notionhq/client';

const notion = new Client({ auth: '<<S>>' });
const SHOWS_DB = 'a3f1c9b2e7d84c0a9b5e6f7d8c9a0b1c';

export async function showsInProduction() {
  const res = await notion.databases.query({
    database_id: SHOWS_DB,
    filter: { property: 'Stage', status: { does_not_equal: 'Released' } },
    sorts: [{ property: 'Premiere', direction: 'ascending' }],
  });
  return res.results.map((p) => ({
    title: p.properties.Name.title[0]?.plain_text,
    stage: p.properties.Stage.status?.name,
    premiere: p.properties.Premiere.date?.start,
  }));
}
""")

add("yaml/client-secret", "donations/config/paypal.yml",
    "PayPal REST API docs: client ID and secret (live)", paypal_secret(), r"""
paypal:
  mode: live
  client_id: A<<CID>>
  client_secret: <<S>>
  webhook_id: 7RT41905BA2296824
  brand_name: "Cosmos Dome"
  return_url: https://give.cosmosdome.org/paypal/return
  cancel_url: https://give.cosmosdome.org/paypal/cancel
""", CID=mixed(79, URLSAFE))

add("shell/api-token", "maps/upload_darksky_tiles.sh",
    "Mapbox Uploads API docs: secret access token (sk.) with uploads:write", mapbox_secret(), r"""
#!/usr/bin/env bash
# Uploads the light-pollution overlay used on the "Find a dark sky" page.
set -euo pipefail
export MAPBOX_ACCESS_TOKEN="<<S>>"
USER=cosmosdome
TILESET="$USER.darksky-2024"

CREDS=$(curl -s -X POST "https://api.mapbox.com/uploads/v1/$USER/credentials?access_token=$MAPBOX_ACCESS_TOKEN")
export AWS_ACCESS_KEY_ID=$(echo "$CREDS" | jq -r .accessKeyId)
export AWS_SECRET_ACCESS_KEY=$(echo "$CREDS" | jq -r .secretAccessKey)
export AWS_SESSION_TOKEN=$(echo "$CREDS" | jq -r .sessionToken)
aws s3 cp darksky_2024.mbtiles "s3://$(echo "$CREDS" | jq -r .bucket)/$(echo "$CREDS" | jq -r .key)" --region us-east-1

curl -s -X POST -H "Content-Type: application/json" \
  -d "{\"url\": $(echo "$CREDS" | jq .url), \"tileset\": \"$TILESET\"}" \
  "https://api.mapbox.com/uploads/v1/$USER?access_token=$MAPBOX_ACCESS_TOKEN"
""")

add("python/api-key", "streaming/schedule_broadcasts.py",
    "YouTube Data API v3 docs: API key (key= parameter)", google_api_key(), r"""
\"\"\"Lists the channel's upcoming live broadcasts for the 'Watch live' page.\"\"\"
import json

from googleapiclient.discovery import build

CHANNEL_ID = "UCt3xJ0m9Qz7RkP2vLw4aBcD"
youtube = build("youtube", "v3", developerKey="<<S>>")


def upcoming():
    req = youtube.search().list(part="snippet", channelId=CHANNEL_ID, eventType="upcoming", type="video",
                                maxResults=10, order="date")
    items = req.execute().get("items", [])
    return [{"id": i["id"]["videoId"], "title": i["snippet"]["title"],
             "thumb": i["snippet"]["thumbnails"]["high"]["url"]} for i in items]


if __name__ == "__main__":
    with open("site/data/upcoming_streams.json", "w") as f:
        json.dump(upcoming(), f, indent=2)
""".replace('\\"', '"'))

_az = azure_storage_key()
add("csharp/connection-string-split", "src/Cosmos.ShowAssets/BlobStore.cs",
    "Azure Storage docs: connection string (AccountName, AccountKey)", _az, r"""
using Azure.Storage.Blobs;

namespace Cosmos.ShowAssets
{
    public static class BlobStore
    {
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=cdshowassets;" +
            "AccountKey=<<P1>>" +
            "<<P2>>;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Fulldome() =>
            new BlobServiceClient(ConnectionString).GetBlobContainerClient("fulldome-masters");

        public static BlobContainerClient Previews() =>
            new BlobServiceClient(ConnectionString).GetBlobContainerClient("web-previews");
    }
}
""", P1=_az[:44], P2=_az[44:])

add("markdown/api-token", "docs/runbooks/zendesk-macros.md",
    "Zendesk API docs: API token auth ({email}/token:{api_token})", zendesk_token(), r"""
# Visitor services: bulk-updating Zendesk macros

The group-sales macros are kept in `zendesk/macros/*.json`. To push a change:

```bash
for f in zendesk/macros/*.json; do
  curl -s https://cosmosdome.zendesk.com/api/v2/macros.json \
    -u "visitorservices@cosmosdome.org/token:<<S>>" \
    -H "Content-Type: application/json" \
    -d @"$f"
done
```

Check the result under Admin Center > Workspaces > Macros. Ask Priya before deleting a macro:
reports in Explore refer to them by id.
""")

add("php/api-key", "website/wp-content/mu-plugins/cd-mailgun.php",
    "Mailgun API docs: HTTP Basic with user 'api' and the private API key", mailgun_key(), r"""
<?php
/**
 * Plugin Name: Cosmos Dome - send contact form mail through Mailgun
 */
add_action( 'phpmailer_init', function ( $phpmailer ) {
	$phpmailer->isSMTP();
} );

function cd_mailgun_send( $to, $subject, $html ) {
	$response = wp_remote_post( 'https://api.mailgun.net/v3/mg.cosmosdome.org/messages', array(
		'headers' => array(
			'Authorization' => 'Basic ' . base64_encode( 'api:<<S>>' ),
		),
		'body'    => array(
			'from'    => 'Cosmos Dome <no-reply@mg.cosmosdome.org>',
			'to'      => $to,
			'subject' => $subject,
			'html'    => $html,
		),
	) );
	return ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response );
}
""")

add("powershell/webhook-url", "ops/monitoring/Send-TeamsAlert.ps1",
    "Microsoft docs: Teams incoming webhooks (webhook.office.com URLs)", teams_webhook(), r"""
param(
    [Parameter(Mandatory)] [string]$Title,
    [Parameter(Mandatory)] [string]$Text,
    [ValidateSet("good", "warning", "attention")] [string]$Color = "attention"
)

$webhook = "<<S>>"

$card = @{
    type        = "message"
    attachments = @(@{
        contentType = "application/vnd.microsoft.card.adaptive"
        content     = @{
            type    = "AdaptiveCard"
            version = "1.4"
            body    = @(
                @{ type = "TextBlock"; text = $Title; weight = "bolder"; size = "medium"; color = $Color },
                @{ type = "TextBlock"; text = $Text; wrap = $true }
            )
        }
    })
}

Invoke-RestMethod -Method Post -Uri $webhook -ContentType "application/json" -Body ($card | ConvertTo-Json -Depth 10)
""")

add("python/bot-token", "ops/bots/showtimes_bot.py",
    "Slack docs: bot tokens (xoxb-); slack_sdk WebClient", slack_bot(), r"""
\"\"\"Posts today's dome schedule and capacity to #front-of-house at 8:30.\"\"\"
import datetime as dt

from slack_sdk import WebClient

client = WebClient(token="<<S>>")
CHANNEL = "C05F3QK8M2L"


def post(shows):
    lines = [f"*{s['time']}*  {s['title']}  ({s['sold']}/{s['capacity']})" for s in shows]
    client.chat_postMessage(channel=CHANNEL, text=f"Dome shows for {dt.date.today():%A %b %d}:\n" + "\n".join(lines))
""".replace('\\"', '"'))

add("json/jwt-secret", "booking-api/config/production.json",
    "node-config docs (config/production.json); jsonwebtoken secretOrPrivateKey", jwt_secret(), r"""
{
  "server": {
    "port": 3000,
    "trustProxy": true
  },
  "auth": {
    "jwtSecret": "<<S>>",
    "jwtExpiresIn": "8h",
    "issuer": "groups.cosmosdome.org"
  },
  "booking": {
    "holdMinutes": 30,
    "maxGroupSize": 180,
    "showCapacity": { "dome": 210, "theater": 96 }
  }
}
""")

add("dockerfile/gitlab-token", "kiosk/Dockerfile",
    "GitLab docs: personal access tokens (glpat-) in clone URLs as oauth2 password", gitlab_pat(), r"""
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git ca-certificates && rm -rf /var/lib/apt/lists/*
RUN git clone --depth 1 https://oauth2:<<S>>@gitlab.cosmosdome.org/exhibits/kiosk-content.git /content
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY --from=build /content/media /usr/share/nginx/html/media
EXPOSE 80
""")

add("makefile/docker-token", "kiosk/Makefile",
    "Docker docs: docker login --password-stdin with a personal access token (dckr_pat_)", docker_pat(), r"""
IMAGE ?= cosmosdome/lobby-kiosk
TAG   ?= $(shell git rev-parse --short HEAD)

.PHONY: build push login

build:
	docker build -t $(IMAGE):$(TAG) .

login:
	echo "<<S>>" | docker login -u cosmosdomeci --password-stdin

push: login build
	docker push $(IMAGE):$(TAG)
	docker tag $(IMAGE):$(TAG) $(IMAGE):latest
	docker push $(IMAGE):latest
""")

add("shell-history/password", "ops/home/webadmin/.bash_history",
    "mysql(1) client: -p<password> on the command line", rand_pw(14, "!"), r"""
sudo systemctl status php8.2-fpm
cd /var/www/cosmosdome
wp plugin list
mysqldump -h mysql-web.internal.cosmosdome.org -u wp_cosmosdome -p'<<S>>' wp_cosmosdome > /tmp/wp-$(date +%F).sql
gzip /tmp/wp-*.sql
aws s3 cp /tmp/wp-$(date +%F).sql.gz s3://cosmosdome-backups/web/
history | tail
""")

_fz = words_pw()
add("xml/password-base64", "ops/filezilla/sitemanager.xml",
    "FileZilla: sitemanager.xml stores the password base64-encoded (encoding=\"base64\")", _fz, r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.1" platform="windows">
  <Servers>
    <Folder expanded="1">Science centre
      <Server>
        <Host>sftp.cosmosdome.org</Host>
        <Port>22</Port>
        <Protocol>1</Protocol>
        <Type>0</Type>
        <User>showproducer</User>
        <Pass encoding="base64"><<P>></Pass>
        <Logontype>1</Logontype>
        <Name>Fulldome drop (producers)</Name>
        <RemoteDir>1 0 4 srv 5 drops</RemoteDir>
        <SyncBrowsing>0</SyncBrowsing>
      </Server>
    </Folder>
  </Servers>
</FileZilla3>
""", P=b64(_fz))

add("cifs-credentials/password", "pi-images/allsky/etc/cifs-nas.credentials",
    "mount.cifs(8): credentials=filename (username=, password=, domain=)", phrase_pw(), r"""
# used by /etc/fstab:
# //dome-nas01/Allsky  /mnt/nas  cifs  credentials=/etc/cifs-nas.credentials,uid=1000,vers=3.0  0  0
username=svc_allsky
password=<<S>>
domain=DOME
""")

add("yaml/api-token", "ops/home/deploy/.config/doctl/config.yaml",
    "doctl docs: config.yaml access-token", do_token(), r"""
access-token: <<S>>
context: default
output: text
apps:
  dev:
    config:
      app-id: ""
1-click:
  list:
    type: droplet
""")

# decoys: POS, booking, web and infrastructure ----------------------------------------------
add("terraform/decoy-generated", "infra/terraform/booking/db.tf",
    "Terraform docs: random_password resource; AWS Secrets Manager secret version", None, r"""
resource "random_password" "booking_db" {
  length           = 32
  special          = true
  override_special = "-_.~"
}

resource "aws_secretsmanager_secret" "booking_db" {
  name       = "prod/schoolbooking/db"
  kms_key_id = aws_kms_key.app_secrets.arn
}

resource "aws_secretsmanager_secret_version" "booking_db" {
  secret_id = aws_secretsmanager_secret.booking_db.id
  secret_string = jsonencode({
    username = "booking_app"
    password = random_password.booking_db.result
    host     = aws_db_instance.booking.address
  })
}

resource "aws_db_instance" "booking" {
  identifier          = "school-booking"
  engine              = "postgres"
  engine_version      = "16.1"
  instance_class      = "db.t4g.small"
  allocated_storage   = 20
  username            = "booking_admin"
  password            = random_password.booking_db.result
  skip_final_snapshot = false
}
""")

add("github-actions/decoy-secret-ref", ".github/workflows/deploy-booking.yml",
    "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})", None, r"""
name: Deploy school booking

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418273650912:role/gha-booking-deploy
          aws-region: us-east-2
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.BOOKING_DATABASE_URL }}
          DJANGO_SECRET_KEY: ${{ secrets.DJANGO_SECRET_KEY }}
        run: |
          pip install -r requirements.txt
          python manage.py migrate --noinput
      - name: Notify
        run: curl -s -X POST -d '{"text":"booking deployed"}' "${{ secrets.SLACK_DEPLOY_WEBHOOK }}"
""")

add("k8s/decoy-secret-ref", "deploy/k8s/giftshop/deployment.yaml",
    "Kubernetes docs: env valueFrom.secretKeyRef", None, r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: giftshop-api
  namespace: giftshop
spec:
  replicas: 2
  selector:
    matchLabels: { app: giftshop-api }
  template:
    metadata:
      labels: { app: giftshop-api }
    spec:
      containers:
        - name: api
          image: registry.cosmosdome.org/giftshop-api:1.9.3
          ports:
            - containerPort: 8080
          env:
            - name: STRIPE_API_KEY
              valueFrom:
                secretKeyRef: { name: giftshop-stripe, key: STRIPE_API_KEY }
            - name: SQUARE_ACCESS_TOKEN
              valueFrom:
                secretKeyRef: { name: giftshop-square, key: access-token }
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: giftshop-db, key: password }
""")

add("k8s/decoy-external-secret", "deploy/k8s/booking/externalsecret.yaml",
    "External Secrets Operator docs: ExternalSecret (remoteRef to AWS Secrets Manager)", None, r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-db
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-db
    creationPolicy: Owner
  data:
    - secretKey: password
      remoteRef:
        key: prod/schoolbooking/db
        property: password
    - secretKey: username
      remoteRef:
        key: prod/schoolbooking/db
        property: username
""")

add("k8s/decoy-sealed-secret", "deploy/k8s/obslog/sealed-influx.yaml",
    "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetric ciphertext)", None, r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: influx-token
  namespace: observatory
spec:
  encryptedData:
    token: <<C1>>
    org: <<C2>>
  template:
    metadata:
      name: influx-token
      namespace: observatory
    type: Opaque
""", C1="AgB" + b64_bytes(380), C2="AgC" + b64_bytes(280))

add("python/decoy-env-reference", "booking/schoolbooking/settings/base.py",
    "Django docs: SECRET_KEY from the environment; django-environ", None, r"""
import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
DATABASES = {"default": env.db("DATABASE_URL")}
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://localhost:6379/0")

TWILIO_ACCOUNT_SID = env("TWILIO_ACCOUNT_SID")
TWILIO_AUTH_TOKEN = env("TWILIO_AUTH_TOKEN")
SENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "booking",
]
""")

add("env/decoy-placeholder", "giftshop/laravel/.env.example",
    "Laravel docs: .env.example (APP_KEY generated by php artisan key:generate)", None, r"""
APP_NAME="Dome Shop"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=domeshop
DB_USERNAME=root
DB_PASSWORD=

SQUARE_ACCESS_TOKEN=
SQUARE_LOCATION_ID=
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

add("php/decoy-doc-example", "website/wp-config-sample.php",
    "WordPress core: wp-config-sample.php ('put your unique phrase here')", None, r"""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'AUTH_SALT',        'put your unique phrase here' );
define( 'SECURE_AUTH_SALT', 'put your unique phrase here' );
define( 'LOGGED_IN_SALT',   'put your unique phrase here' );
define( 'NONCE_SALT',       'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("compose/decoy-env-reference", "booking/docker-compose.yml",
    "Docker Compose docs: interpolation (${VAR:?err}) and secrets", None, r"""
services:
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://booking_app:${BOOKING_DB_PASSWORD:?set BOOKING_DB_PASSWORD}@db:5432/school_booking
      CELERY_BROKER_URL: redis://:${REDIS_PASSWORD}@redis:6379/2
    ports:
      - "8000:8000"
    depends_on: [db, redis]

  db:
    image: postgres:16
    environment:
      POSTGRES_DB: school_booking
      POSTGRES_USER: booking_app
      POSTGRES_PASSWORD_FILE: /run/secrets/booking_db_password
    secrets: [booking_db_password]

  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]

secrets:
  booking_db_password:
    file: ./secrets/booking_db_password.txt
""")

add("dockerfile/decoy-build-secret", "booking/Dockerfile",
    "Docker docs: build secrets (RUN --mount=type=secret)", None, r"""
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=secret,id=pip_index_url \
    PIP_INDEX_URL="$(cat /run/secrets/pip_index_url)" pip install --no-cache-dir -r requirements.txt

COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput

USER 1000
CMD ["gunicorn", "schoolbooking.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3"]
""")

add("npmrc/decoy-env-reference", "lobby-display/.npmrc",
    "npm docs: .npmrc environment variable substitution ${NPM_TOKEN}", None, r"""
registry=https://registry.npmjs.org/
@cosmosdome:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
fund=false
audit-level=high
""")

add("requirements/decoy-checksum", "pipeline/requirements.txt",
    "pip docs: hash-checking mode (--hash=sha256:...)", None, r"""
# pip-compile --generate-hashes requirements.in
astropy==6.0.0 \
    --hash=sha256:<<H1>> \
    --hash=sha256:<<H2>>
numpy==1.26.3 \
    --hash=sha256:<<H3>>
photutils==1.10.0 \
    --hash=sha256:<<H4>>
requests==2.31.0 \
    --hash=sha256:<<H5>>
""", H1=hexs(64), H2=hexs(64), H3=hexs(64), H4=hexs(64), H5=hexs(64))

add("json/decoy-checksum", "kiosk/package-lock.json",
    "npm docs: package-lock.json (integrity: sha512 Subresource Integrity)", None, r"""
{
  "name": "lobby-kiosk",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "lobby-kiosk", "version": "4.2.0", "dependencies": { "three": "^0.160.0", "suncalc": "^1.9.0" } },
    "node_modules/suncalc": {
      "version": "1.9.0",
      "resolved": "https://registry.npmjs.org/suncalc/-/suncalc-1.9.0.tgz",
      "integrity": "sha512-<<I1>>"
    },
    "node_modules/three": {
      "version": "0.160.0",
      "resolved": "https://registry.npmjs.org/three/-/three-0.160.0.tgz",
      "integrity": "sha512-<<I2>>"
    }
  }
}
""", I1=b64_bytes(64), I2=b64_bytes(64))

add("javascript/decoy-public-config", "kiosk/planet-guide/src/firebase.js",
    "Firebase docs: the web app config (apiKey) identifies the project and is not a secret", None, r"""
import { initializeApp } from 'firebase/app';
import { getFirestore } from 'firebase/firestore';
import { getAnalytics } from 'firebase/analytics';

// Firebase web config: public identifiers; access is enforced by Firestore security rules.
const firebaseConfig = {
  apiKey: 'AIza<<K>>',
  authDomain: 'cosmosdome-kiosk.firebaseapp.com',
  projectId: 'cosmosdome-kiosk',
  storageBucket: 'cosmosdome-kiosk.appspot.com',
  messagingSenderId: '604218835172',
  appId: '1:604218835172:web:<<APP>>',
  measurementId: 'G-7KQ2ZP4M1X',
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
export const analytics = getAnalytics(app);
""", K=mixed(35, URLSAFE), APP=hexs(22))

add("javascript/decoy-public-dsn", "lobby-display/src/sentry.js",
    "Sentry docs: DSNs are safe to keep public (browser SDK)", None, r"""
import * as Sentry from '@sentry/browser';

Sentry.init({
  dsn: 'https://<<K>>@o4506172.ingest.sentry.io/4506172910231552',
  release: `lobby-display@${__APP_VERSION__}`,
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.05,
  replaysSessionSampleRate: 0,
  ignoreErrors: ['ResizeObserver loop limit exceeded'],
});

export default Sentry;
""", K=hexs(32))

add("html/decoy-public-id", "website/wp-content/themes/cosmos/partials/head-analytics.php",
    "Google tag docs: measurement ID (G-) and container ID (GTM-) are public", None, r"""
<?php if ( ! defined( 'ABSPATH' ) ) { exit; } ?>
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-9QX4R2LM7T"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-9QX4R2LM7T', { anonymize_ip: true });
</script>
<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-K7Q3ZP2');</script>
<meta name="facebook-domain-verification" content="<<FB>>" />
""", FB=draw(30, LOWER_ALNUM))

add("html/decoy-public-id", "booking/templates/booking/request_form.html",
    "Google reCAPTCHA docs: the site key is used in the HTML (the secret key stays on the server)", None, r"""
{% extends "base.html" %}
{% block content %}
<h1>Request a school visit</h1>
<form method="post" action="{% url 'booking:request' %}">
  {% csrf_token %}
  {{ form.as_p }}
  <div class="g-recaptcha" data-sitekey="6L<<SK>>"></div>
  <button type="submit">Send request</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
{% endblock %}
""", SK=mixed(38, URLSAFE))

add("javascript/decoy-public-key", "website/wp-content/themes/cosmos/js/search.js",
    "Algolia docs: search-only API key is safe in front-end code", None, r"""
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only key (ACL: search), restricted to the public index.
const searchClient = algoliasearch('K7QZ2XW4P1', '<<K>>');

const search = instantsearch({ indexName: 'cosmosdome_public', searchClient });
search.addWidgets([
  searchBox({ container: '#site-search', placeholder: 'Search shows, exhibits, events' }),
  hits({ container: '#site-hits', templates: { item: (h, { html }) => html`<a href="${h.url}">${h.title}</a>` } }),
]);
search.start();
""", K=hexs(32))

add("javascript/decoy-public-token", "website/star-party-map/map.js",
    "Mapbox docs: public access tokens (pk.) for client-side maps", None, r"""
/* global mapboxgl */
mapboxgl.accessToken = '<<PK>>';

const map = new mapboxgl.Map({
  container: 'star-party-map',
  style: 'mapbox://styles/cosmosdome/clq9darksky01',
  center: [-97.74, 30.27],
  zoom: 7,
});

fetch('/wp-json/cd/v1/star-parties')
  .then((r) => r.json())
  .then((parties) => parties.forEach((p) => {
    new mapboxgl.Marker({ color: '#6c5ce7' })
      .setLngLat([p.lon, p.lat])
      .setPopup(new mapboxgl.Popup().setHTML(`<strong>${p.site}</strong><br>${p.date} - Bortle ${p.bortle}`))
      .addTo(map);
  }));
""", PK=mapbox_public())

add("typescript/decoy-public-id", "memberportal-spa/src/auth/google.ts",
    "Google Identity docs: OAuth client ID for a browser app (PKCE, no client secret)", None, r"""
export const GOOGLE_CLIENT_ID = '604218835172-<<C>>.apps.googleusercontent.com';

export function signInWithGoogle(): void {
  const verifier = crypto.randomUUID() + crypto.randomUUID();
  sessionStorage.setItem('pkce_verifier', verifier);
  const params = new URLSearchParams({
    client_id: GOOGLE_CLIENT_ID,
    redirect_uri: `${window.location.origin}/auth/google/callback`,
    response_type: 'code',
    scope: 'openid email profile',
    code_challenge_method: 'plain',
    code_challenge: verifier,
  });
  window.location.assign(`https://accounts.google.com/o/oauth2/v2/auth?${params}`);
}
""", C=draw(32, LOWER_ALNUM))

add("markdown/decoy-doc-example", "infra/README.md",
    "AWS docs: example credentials (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)", None, r"""
# Infrastructure

Terraform for the public website, booking app and the FITS archive buckets.

## Credentials
We use SSO (`aws sso login --profile cosmosdome-admin`). Do **not** create IAM users with keys.
If a tool insists on static keys, it expects this shape (AWS's documentation example, not ours):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

## Layout
- `terraform/web` - CloudFront + S3 for static assets
- `terraform/booking` - RDS, ECS, Secrets Manager
- `terraform/archive` - FITS archive bucket with Glacier lifecycle
""")

_pgp = "\n".join(b64_bytes(48) for _ in range(8))
add("pgp/decoy-public-key", "website/.well-known/pgp-key.txt",
    "RFC 4880: ASCII-armored OpenPGP public key block; RFC 9116 security.txt Encryption field", None, r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: security@cosmosdome.org

mDMEZb<<H>>
<<B>>
=<<CRC>>
-----END PGP PUBLIC KEY BLOCK-----
""", H=b64_bytes(45), B=_pgp, CRC=b64_bytes(3))

add("pem/decoy-certificate", "observatory/alpaca/tls/alpaca-gw.crt",
    "RFC 7468: PEM-encoded X.509 certificate (public)", None, r"""
# subject=CN=alpaca.obs.cosmosdome.org
# issuer=C=US, O=Let's Encrypt, CN=R3
# notAfter=Jun  2 11:04:51 2024 GMT
<<C>>
""", C=cert_pem())

add("terraform/decoy-sensitive-output", "infra/terraform/booking/outputs.tf",
    "Terraform docs: output values marked sensitive", None, r"""
output "booking_db_endpoint" {
  value       = aws_db_instance.booking.address
  description = "RDS endpoint for the school booking database"
}

output "booking_db_password" {
  value     = random_password.booking_db.result
  sensitive = true
}

output "booking_db_secret_arn" {
  value = aws_secretsmanager_secret.booking_db.arn
}
""")

add("python/decoy-vault-lookup", "giftshop/sync/secrets.py",
    "boto3 docs: SecretsManager.Client.get_secret_value", None, r"""
import functools
import json

import boto3


@functools.lru_cache(maxsize=None)
def secret(name: str) -> dict:
    client = boto3.client("secretsmanager", region_name="us-east-2")
    return json.loads(client.get_secret_value(SecretId=name)["SecretString"])


def square_token() -> str:
    return secret("prod/giftshop/square")["access_token"]


def shopify_token() -> str:
    return secret("prod/giftshop/shopify")["admin_api_token"]
""")

add("powershell/decoy-vault-lookup", "ops/Connect-ShowNas.ps1",
    "PowerShell SecretManagement docs: Get-Secret", None, r"""
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Drive = "Z")

$cred = Get-Secret -Name "DOME-svc_contentsync" -Vault "AVTeamVault"
if (-not $cred) {
    throw "Secret DOME-svc_contentsync not found in AVTeamVault; ask the AV lead."
}

New-PSDrive -Name $Drive -PSProvider FileSystem -Root "\\DOME-NAS01\ShowContent" -Credential $cred -Persist
Write-Host "Mapped $Drive`: to the show content share"
""")

add("go/decoy-env-reference", "booking/reminders/config.go",
    "Go os.Getenv; Twilio Account SID is an identifier (the auth token is the secret)", None, r"""
package reminders

import (
	"fmt"
	"os"
)

// Config is read at start-up; the auth token only ever comes from the environment.
type Config struct {
	AccountSID string
	AuthToken  string
	From       string
}

func Load() (Config, error) {
	c := Config{
		AccountSID: os.Getenv("TWILIO_ACCOUNT_SID"),
		AuthToken:  os.Getenv("TWILIO_AUTH_TOKEN"),
		From:       os.Getenv("TWILIO_FROM"),
	}
	if c.AccountSID == "" || c.AuthToken == "" {
		return c, fmt.Errorf("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set")
	}
	return c, nil
}
""")

add("gradle/decoy-env-reference", "members-android/app/build.gradle.kts",
    "Android docs: BuildConfig fields from local.properties (not committed)", None, r"""
import java.util.Properties

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

val localProps = Properties().apply {
    val f = rootProject.file("local.properties")
    if (f.exists()) f.inputStream().use { load(it) }
}

android {
    namespace = "org.cosmosdome.members"
    compileSdk = 34
    defaultConfig {
        applicationId = "org.cosmosdome.members"
        minSdk = 26
        targetSdk = 34
        versionCode = 341
        versionName = "3.4.1"
        buildConfigField("String", "MEMBERS_API_URL", "\"https://api.cosmosdome.org/members/v1/\"")
        buildConfigField("String", "MAPS_API_KEY", "\"${localProps.getProperty("MAPS_API_KEY", "")}\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("yaml/decoy-env-reference", "membership-service/src/main/resources/application.yml",
    "Spring Boot reference: externalized configuration (${...} placeholders)", None, r"""
spring:
  application:
    name: membership-service
  datasource:
    url: ${SPRING_DATASOURCE_URL:jdbc:postgresql://localhost:5432/members}
    username: ${SPRING_DATASOURCE_USERNAME:membership_app}
    password: ${SPRING_DATASOURCE_PASSWORD}
  mail:
    host: smtp.office365.com
    username: memberships@cosmosdome.org
    password: ${SPRING_MAIL_PASSWORD:}

tessitura:
  base-url: ${TESSITURA_BASE_URL}
  password: ${TESSITURA_PASSWORD}
""")

add("json/decoy-vault-reference", "src/Cosmos.ShowAssets/appsettings.Production.json",
    "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))", None, r"""
{
  "ConnectionStrings": {
    "ShowAssets": "@Microsoft.KeyVault(SecretUri=https://kv-cosmosdome-prod.vault.azure.net/secrets/showassets-storage/)",
    "Booking": "@Microsoft.KeyVault(VaultName=kv-cosmosdome-prod;SecretName=booking-sql)"
  },
  "Tessitura": {
    "Password": "@Microsoft.KeyVault(VaultName=kv-cosmosdome-prod;SecretName=tessitura-websync)"
  },
  "Logging": {
    "LogLevel": { "Default": "Warning" }
  }
}
""")

add("sql/decoy-hash", "booking-api/migrations/0007_partner_api_keys.sql",
    "OWASP: store API keys hashed (sha256 digests, not the keys)", None, r"""
-- Partner schools' API keys are stored as SHA-256 digests; the key itself is shown once at creation.
CREATE TABLE partner_api_keys (
    id           bigserial PRIMARY KEY,
    school_id    integer NOT NULL REFERENCES schools(id),
    key_prefix   char(8) NOT NULL,
    key_sha256   char(64) NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);

INSERT INTO partner_api_keys (school_id, key_prefix, key_sha256) VALUES
    (118, 'cdp_7Q2k', '<<H1>>'),
    (204, 'cdp_Zm4P', '<<H2>>');
""", H1=hexs(64), H2=hexs(64))

add("jenkinsfile/decoy-credentials-binding", "booking/Jenkinsfile",
    "Jenkins docs: Credentials Binding plugin (withCredentials)", None, r"""
pipeline {
    agent any
    stages {
        stage('Test') {
            steps {
                sh 'python -m pytest -q'
            }
        }
        stage('Deploy') {
            when { branch 'main' }
            steps {
                withCredentials([
                    usernamePassword(credentialsId: 'booking-db', usernameVariable: 'DB_USER', passwordVariable: 'DB_PASS'),
                    string(credentialsId: 'django-secret-key', variable: 'DJANGO_SECRET_KEY')
                ]) {
                    sh './deploy.sh --db-user "$DB_USER"'
                }
            }
        }
    }
}
""")

add("gitlab-ci/decoy-ci-variables", "exhibits/kiosk-content/.gitlab-ci.yml",
    "GitLab docs: predefined CI/CD variables (CI_JOB_TOKEN, CI_REGISTRY_PASSWORD)", None, r"""
stages: [build, publish]

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [dist/]

publish:
  stage: publish
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
    - 'curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file dist/media.tar "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/media/1.0/media.tar"'
  only: [main]
""")

add("ansible/decoy-vault-lookup", "ansible/playbooks/tessitura-rotate.yml",
    "community.hashi_vault docs: hashi_vault lookup / vault_kv2_get", None, r"""
---
- name: Push the Tessitura web API password to the ticket-sync hosts
  hosts: ticket_sync
  become: true
  vars:
    tess_password: "{{ lookup('community.hashi_vault.vault_kv2_get', 'tessitura/websync', engine_mount_point='secret').secret.password }}"
  tasks:
    - name: Write the user-secrets file
      ansible.builtin.copy:
        dest: /etc/ticket-sync/secrets.json
        owner: ticketsync
        mode: "0600"
        content: "{{ {'Tessitura': {'Password': tess_password}} | to_nice_json }}"
      no_log: true

    - name: Restart ticket-sync
      ansible.builtin.systemd:
        name: ticket-sync
        state: restarted
""")

add("python/decoy-doc-example", "ops/bots/tests/test_alerts.py",
    "Slack docs: example webhook URL (TXXXXXXXX/BXXXXXXXX/XXXX...)", None, r"""
import responses

from ops.alerts import slack_notify

EXAMPLE_WEBHOOK = "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"


@responses.activate
def test_slack_notify_posts_text():
    responses.add(responses.POST, EXAMPLE_WEBHOOK, body="ok")
    slack_notify(EXAMPLE_WEBHOOK, "Roof closed (rain)")
    assert responses.calls[0].request.body == b'{"text": "Roof closed (rain)"}'


@responses.activate
def test_slack_notify_survives_an_outage():
    responses.add(responses.POST, EXAMPLE_WEBHOOK, status=503)
    assert slack_notify(EXAMPLE_WEBHOOK, "Roof closed (rain)") is False
""")

add("markdown/decoy-encrypted", "memberportal/config/credentials/production.yml.enc.md",
    "Rails guides: encrypted credentials (ciphertext--iv--tag, key in master.key, not committed)", None, r"""
# config/credentials/production.yml.enc

The file below is the encrypted credentials blob; it is safe to commit. The key
(`config/credentials/production.key`) lives only on the servers and in 1Password.

```
<<BLOB>>--<<IV>>--<<TAG>>
```

Edit with `bin/rails credentials:edit --environment production`.
""", BLOB=b64_bytes(240), IV=b64_bytes(12), TAG=b64_bytes(16))

add("json/decoy-encrypted", "observatory/archive/kms-config.json",
    "AWS KMS docs: Encrypt output CiphertextBlob (base64)", None, r"""
{
  "bucket": "cosmosdome-fits-archive",
  "prefix": "raw/",
  "kmsKeyArn": "arn:aws:kms:us-east-2:418273650912:key/<<U>>",
  "encryptedUploadCredentials": {
    "CiphertextBlob": "AQICAHh<<C>>",
    "EncryptionContext": { "purpose": "fits-upload", "site": "darksky" }
  },
  "lifecycle": { "toGlacierAfterDays": 90 }
}
""", U=uuid_s(), C=b64_bytes(210))

add("env/decoy-redacted", "docs/support/ticket-sync-env-dump.txt",
    "A support ticket with masked values (printenv output, redacted)", None, r"""
Ticket #4821 - ticket-sync fails after Tessitura upgrade
Attached: environment of the container (values masked by our dump script)

ASPNETCORE_ENVIRONMENT=Production
Tessitura__BaseUrl=https://tnew.cosmosdome.org/TessituraService/
Tessitura__UserName=websync
Tessitura__Password=********
Stripe__SecretKey=sk_live_****************************
Sentry__Dsn=[REDACTED]
DOTNET_RUNNING_IN_CONTAINER=true
""")

add("markdown/decoy-git-shas", "booking/CHANGELOG.md",
    "Keep a Changelog format; git commit SHA-1 identifiers", None, r"""
# Changelog

## [2024.03.2] - 2024-03-14
### Fixed
- Chaperone ratio check counted teachers twice (<<G1>>)
- Reminder SMS sent in UTC instead of local time (<<G2>>)

## [2024.03.1] - 2024-03-05
### Added
- Eclipse-day field trip type with solar viewer add-on (<<G3>>)
- Waitlist for sold-out dome shows (<<G4>>)

## [2024.02.0] - 2024-02-12
### Changed
- Moved secrets to AWS Secrets Manager (<<G5>>)
""", G1=hexs(40), G2=hexs(40), G3=hexs(40), G4=hexs(40), G5=hexs(40))

add("helm/decoy-template", "deploy/helm/booking/templates/secret.yaml",
    "Helm docs: template functions (b64enc, required, lookup)", None, r"""
{{- $existing := lookup "v1" "Secret" .Release.Namespace (printf "%s-app" .Release.Name) }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ .Release.Name }}-app
  labels:
    {{- include "booking.labels" . | nindent 4 }}
type: Opaque
data:
  {{- if $existing }}
  DJANGO_SECRET_KEY: {{ index $existing.data "DJANGO_SECRET_KEY" }}
  {{- else }}
  DJANGO_SECRET_KEY: {{ randAlphaNum 50 | b64enc | quote }}
  {{- end }}
  DATABASE_PASSWORD: {{ required "db.password is required" .Values.db.password | b64enc | quote }}
""")

add("shell/decoy-prompt", "ops/scripts/new_kiosk_user.sh",
    "bash read -s builtin; chpasswd(8)", None, r"""
#!/usr/bin/env bash
# Creates the local account a lobby kiosk logs in with. Asks for the password; never stores it.
set -euo pipefail
USER_NAME="${1:?usage: new_kiosk_user.sh <name>}"

read -r -s -p "Password for $USER_NAME: " PW; echo
read -r -s -p "Again: " PW2; echo
[ "$PW" = "$PW2" ] || { echo "passwords differ" >&2; exit 1; }

sudo useradd -m -s /bin/bash -G video,audio "$USER_NAME"
printf '%s:%s\n' "$USER_NAME" "$PW" | sudo chpasswd
unset PW PW2
echo "created $USER_NAME"
""")

add("notebook/decoy-getpass", "notebooks/membership_churn.ipynb",
    "Jupyter nbformat 4; Python getpass module", None, r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Membership churn by level, FY2021-FY2024"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\n",
    "import pandas as pd\n",
    "import sqlalchemy as sa\n",
    "pw = getpass.getpass(\"report_reader password: \")\n",
    "engine = sa.create_engine(sa.URL.create(\"mssql+pyodbc\", username=\"report_reader\", password=pw,\n",
    "                                        host=\"tess-sql01.cosmosdome.local\", database=\"impresario\",\n",
    "                                        query={\"driver\": \"ODBC Driver 18 for SQL Server\"}))"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("openapi/decoy-doc-example", "booking-api/openapi.yaml",
    "OpenAPI 3.1 spec: securitySchemes (bearer) with placeholder examples", None, r"""
openapi: 3.1.0
info:
  title: Cosmos Dome Group Booking API
  version: 1.4.0
servers:
  - url: https://groups.cosmosdome.org/api/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: |
        Partner schools get a key from the education office. Example request:
        `curl -H "Authorization: Bearer <your-api-key>" https://groups.cosmosdome.org/api/v1/shows`
security:
  - bearerAuth: []
paths:
  /shows:
    get:
      summary: Dome shows open to school groups
      responses:
        "200":
          description: OK
""")

add("markdown/decoy-placeholder", "booking/docs/twilio-setup.md",
    "Twilio docs: Account SID / Auth Token placeholders (ACXXXXXXXX..., your_auth_token)", None, r"""
# SMS reminders: Twilio setup

1. In the Twilio console, copy the **Account SID** and **Auth Token** of the `Cosmos Dome Groups` subaccount.
2. Store them in AWS Secrets Manager under `prod/schoolbooking/twilio`:

```bash
aws secretsmanager put-secret-value --secret-id prod/schoolbooking/twilio \
  --secret-string '{"account_sid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","auth_token":"your_auth_token"}'
```

3. Redeploy; the reminder job reads `TWILIO_ACCOUNT_SID` and `TWILIO_AUTH_TOKEN` at start-up.
4. Send yourself a test: `python manage.py send_test_sms +1512555XXXX`.
""")

add("text/decoy-age-encrypted", "observatory/secrets/wg0.conf.age",
    "age file encryption format (ASCII armor): ciphertext, safe to commit", None, r"""
-----BEGIN AGE ENCRYPTED FILE-----
<<L1>>
<<L2>>
<<L3>>
<<L4>>
<<L5>>
-----END AGE ENCRYPTED FILE-----
""", L1=b64_bytes(48), L2=b64_bytes(48), L3=b64_bytes(48), L4=b64_bytes(48), L5=b64_bytes(30))

add("swift/decoy-publishable-key", "MemberCard/Payments/StripeConfig.swift",
    "Stripe iOS SDK docs: StripeAPI.defaultPublishableKey (pk_live_ is public)", None, r"""
import StripePaymentSheet

enum StripeConfig {
    /// Publishable key; the secret key lives only on the members API server.
    static let publishableKey = "<<PK>>"
    static let merchantDisplayName = "Cosmos Dome Memberships"
    static let applePayMerchantId = "merchant.org.cosmosdome.members"

    static func configure() {
        StripeAPI.defaultPublishableKey = publishableKey
    }
}
""", PK="pk_live_" + mixed(99))
