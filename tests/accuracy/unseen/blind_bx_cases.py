"""Blind set BX: real estate and property management teams.

Listing feeds (MLS RETS with PHRETS / rets-python / the rets gem, RESO Web API from Bridge, Trestle,
Spark and MLS Grid, IDX and ILS syndication over FTP/SFTP), Zillow and Realtor.com (RapidAPI)
clients, tenant portals and rent payments (Stripe, Plaid, Dwolla, Authorize.net, Braintree, PayPal,
Square), smart locks and building access (Latch, Brivo, SmartRent, Kisi, Salto KS, ButterflyMX,
Openpath, Seam), maintenance ticketing (Zendesk, Jira, Freshdesk, ServiceNow, Property Meld),
property management systems (Yardi Voyager, AppFolio, Buildium, Rent Manager, Entrata, ResMan,
RealPage), the PHP (Laravel, WordPress, Symfony, Drupal), Python (Django, Flask, Celery) and Ruby
(Rails, Sidekiq, Capistrano) apps around them, and their deploy configs; with the decoys those
teams' repositories hold. Generated fakes only (seeds 690000-699999).
"""
from __future__ import annotations

import base64
import json
import random
import re
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
_SEED = [690000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 700000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 700000
    return _SEED[0]


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Beacon", "Quartz", "Juniper", "Kestrel", "Basalt", "Ridge", "Anchor", "Prairie", "Birch"]
STREETS = ["Elmwood", "Lakeview", "Bayside", "Oakridge", "Sunset", "Parkside", "Highland", "Brookfield",
           "Riverbend", "Fairview", "Stonegate", "Briarwood", "Kingsley", "Westgate", "Magnolia", "Pinecrest"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "porch", "gable", "dormer", "atrium"]


def draw(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return draw(n, HEX)


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else draw(n, ALNUM + extra)


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that needs no escaping in a URL."""
    r = _rng()
    return r.choice(STREETS) + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """The passwords property staff choose: a street, a season, a year, a symbol."""
    r = _rng()
    form = r.randint(0, 4)
    if form == 0:
        return r.choice(STREETS) + r.choice("#!@$") + str(r.randint(100, 9999))
    if form == 1:
        return r.choice(["Summer", "Winter", "Spring", "Autumn", "summer", "spring"]) + str(r.choice([2021, 2022, 2023, 2024, 2025])) + r.choice("!#$")
    if form == 2:
        return r.choice(STREETS).lower() + "_Unit" + str(r.randint(1, 40)) + r.choice("ABCD")
    if form == 3:
        return "Welcome@" + r.choice(STREETS) + str(r.randint(1, 99))
    return r.choice(STREETS) + r.choice(["Apts", "Manor", "Lofts", "Commons"]) + str(r.randint(10, 99)) + r.choice("!?*")


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url_nopad(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def sha256ish() -> str:
    return hexs(64)


def sha1ish() -> str:
    return hexs(40)


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in text.splitlines())


# --- credentials of the theme's services (documented shapes) ---------------------------------

def zws_id() -> str:
    """A Zillow Web Services ID: X1-ZWz1 + lower-case characters, an underscore, five more."""
    return "X1-ZWz1" + draw(11, LOWER_ALNUM) + "_" + draw(5, LOWER_ALNUM)


def rapidapi_key() -> str:
    """A RapidAPI key (realtor.com / Zillow wrappers): 50 characters with msh, p1 and jsn marks."""
    return hexs(10) + "msh" + hexs(14) + "p1" + hexs(6) + "jsn" + hexs(12)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = UPPER_ALNUM
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://harborviewpm.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_api_key() -> str:
    return "AIza" + draw(35, ALNUM + "-_")


def mapbox_token(kind: str = "sk") -> str:
    user = _rng().choice(["harborview", "keystone-res", "pinecrestrealty", "openhouse-maps"])
    claims = '{"u":"%s","a":"%s"}' % (user, "cl" + draw(23, LOWER_ALNUM))
    return kind + "." + b64url_nopad(claims) + "." + draw(22, ALNUM + "-_")


def github_token() -> str:
    return fakes.github_token(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def okta_token() -> str:
    return "00" + draw(40, ALNUM + "-_")


def jira_token() -> str:
    return "ATATT3xFfGF0" + draw(170, ALNUM + "-_") + "=" + draw(8, "0123456789ABCDEF")


def hubspot_token() -> str:
    return "pat-na1-" + uuid_s()


def newrelic_license() -> str:
    return hexs(36) + "NRAL"


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def paypal_secret() -> str:
    return "E" + draw(79, ALNUM + "-_")


def seam_key() -> str:
    return "seam_" + draw(5, ALNUM) + "_" + draw(27, ALNUM)


def rubygems_key() -> str:
    return "rubygems_" + hexs(48)


def laravel_key() -> str:
    r = _rng()
    return "base64:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


# --- look-alikes for the decoys -------------------------------------------------------------

def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIID" + body[4:] + "\n-----END CERTIFICATE-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + draw(43, ALNUM + "+/") + " " + comment


def bcrypt_hash(prefix: str = "$2y$10$") -> str:
    return prefix + draw(53, ALNUM + "./")


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=4,p=1$" + draw(22, ALNUM + "+/") + "$" + draw(43, ALNUM + "+/")


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$720000$" + draw(22, ALNUM) + "$" + b64_bytes(32)


def vault_blob(lines: int = 6) -> str:
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(hexs(80) for _ in range(lines))


def sops_value(n: int = 24) -> str:
    return (f"ENC[AES256_GCM,data:{b64_bytes(n)},iv:{b64_bytes(32)},tag:{b64_bytes(16)},type:str]")


def sealed_value() -> str:
    return "AgB" + draw(380, ALNUM + "+/") + "=="


# --- case builders ----------------------------------------------------------------------------

SET = "blind-bx"


def T(text: str, **values: str) -> str:
    """A file's text: dedented, without the leading newline, `<<name>>` filled in afterwards (so a
    multi-line value keeps its own layout)."""
    out = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        out = out.replace(f"<<{key}>>", value)
    assert not re.search(r"<<[a-z_0-9]+>>", out), out
    return out


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> LabelledCase:
    return LabelledCase(f"{SET}/{fmt}/{kind}", file_name, text, secret, source)


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> LabelledCase:
    return LabelledCase(f"{SET}/{fmt}/decoy-{what}", file_name, text, None, source)


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> LabelledCase:
    """A secret case whose template names the planted value `<<v>>`."""
    return S(fmt, kind, file_name, T(template, v=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, **values: str) -> LabelledCase:
    return D(fmt, what, file_name, T(template, **values), source)


def crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


CASES: List[LabelledCase] = []
add = CASES.append

# =============================================================================================
# Listing feeds: MLS RETS, RESO Web API, IDX/ILS syndication, Zillow and Realtor.com
# =============================================================================================

add(SV("php-config", "rets-password", "config/rets.php", """
    <?php

    return [
        /*
        |--------------------------------------------------------------------------
        | MLS RETS feed (CRMLS)
        |--------------------------------------------------------------------------
        | Read by App\\Console\\Commands\\SyncListings through PHRETS 2.x. The user-agent
        | password is per-server; ask the MLS help desk before rotating it.
        */
        'login_url' => 'https://pt.rets.crmls.org/contact/rets/login',
        'username' => 'HVPM_RETS01',
        'password' => '<<v>>',
        'user_agent' => 'HarborviewIDX/1.0',
        'user_agent_password' => env('RETS_UA_PASSWORD'),
        'rets_version' => '1.7.2',
        'http_authentication' => 'digest',
        'resources' => [
            'Property' => ['class' => 'Residential', 'query' => '(ModificationTimestamp=NOW-1D+)'],
            'Media' => ['types' => ['Photo', 'HiRes']],
        ],
    ];
    """, words_pw(), "PHRETS 2 README (github.com/troydavisson/PHRETS): Configuration setLoginUrl/setUsername/setPassword"))

add(SV("python", "rets-password", "feeds/rets_sync.py", """
    \"\"\"Nightly RETS pull of active residential listings into the listings schema.\"\"\"
    import logging
    import os

    from rets import RetsClient  # opendoor-labs/rets

    from feeds.db import upsert_listings

    log = logging.getLogger(__name__)

    client = RetsClient(
        login_url="https://retsgw.flexmls.com/rets2_3/Login",
        username="har.rets.7781",
        password="<<v>>",
        rets_version="1.7.2",
        user_agent="KeystoneResidential/2.4",
        user_agent_password=os.environ.get("RETS_UA_PASSWORD"),
    )


    def run(since: str) -> int:
        resource = client.get_resource("Property")
        klass = resource.get_class("RES")
        search = klass.search(query=f"(LIST_87={since}+),(LIST_15=|OV61GOJ13C0)", limit=5000)
        log.info("fetched %d rows", len(search.data))
        return upsert_listings(search.data)
    """, draw(10, ALNUM + "#!"), "opendoor-labs/rets README: RetsClient(login_url, username, password, ...)"))

add(SV("ruby", "rets-password", "lib/tasks/mls_import.rake", """
    # frozen_string_literal: true

    require "rets"

    namespace :mls do
      desc "Import residential listings modified in the last day from the NWMLS RETS server"
      task import: :environment do
        client = Rets::Client.new(
          login_url: "http://rets.nwmls.example-mls.net:6103/rets/login",
          username: "pinecrest_idx",
          password: "<<v>>",
          version: "RETS/1.7.2",
          agent: "PinecrestIDX/1.0"
        )

        listings = client.find(:all,
          search_type: "Property",
          class: "RESI",
          query: "(ListingStatus=A),(UpdateDate=#{1.day.ago.iso8601}+)",
          limit: 2500)

        listings.each { |row| Listing.upsert_from_rets!(row) }
        client.logout
      end
    end
    """, human_pw(), "estately/rets gem README: Rets::Client.new(login_url:, username:, password:)"))

add(SV("java-properties", "rets-password", "connector/src/main/resources/rets-connector.properties", """
    # RETS connector: nightly pull for Bright MLS (ticket PROP-412)
    rets.loginUrl=https://bright-rets.brightmls.com:6103/cornerstone/login
    rets.version=RETS/1.7.2
    rets.userAgent=KeystoneResidential/3.1
    rets.username=KRES_4410
    rets.password=<<v>>
    rets.searchType=Property
    rets.class=ALL
    rets.query=(ModificationTimestamp=2024-01-01T00:00:00+)
    rets.limit=2500
    rets.mediaTypes=Thumbnail,LargePhoto

    # where the rows land
    sink.jdbcUrl=jdbc:postgresql://listings-db.internal:5432/listings
    sink.user=rets_writer
    sink.passwordEnv=LISTINGS_DB_PASSWORD
    """, rand_pw(14), "RESO RETS 1.7.2 spec: login transaction (reso.org); Java .properties layout"))

add(SV("dotenv", "rets-basic-auth-url", ".env.production", """
    APP_ENV=production
    APP_URL=https://search.pinecrestrealty.com
    LOG_CHANNEL=stack

    # RETS: the importer reads credentials from the URL userinfo
    RETS_LOGIN_URL=https://pinecrest_idx:<<v>>@rets.mlspin.example-mls.com/rets/login
    RETS_VERSION=RETS/1.7.2
    RETS_USER_AGENT=PinecrestIDX/1.0

    QUEUE_CONNECTION=redis
    REDIS_HOST=10.20.1.15
    """, url_pw(), "RFC 3986 userinfo; Laravel .env layout"))

add(SV("netrc", "ftp-password", "deploy/idx/netrc", """
    # ~/.netrc for the idx user on feeds01 (used by curl --netrc in pull_idx.sh)
    # Sandicor IDX data drop, rotated 2024-03
    machine idx.sandicor.com
      login idx_harborview
      password <<v>>
    """, rand_pw(12), "netrc(5) / curl --netrc docs"))

add(SV("shell", "ftp-password", "scripts/pull_idx.sh", """
    #!/usr/bin/env bash
    # Mirror the nightly IDX data and photo drop from the MLS FTP into /srv/idx/incoming.
    # Runs from cron on feeds01 at 02:15.
    set -euo pipefail

    DEST=/srv/idx/incoming/$(date +%Y%m%d)
    mkdir -p "$DEST"

    lftp -u "mlspin_hvpm,<<v>>" \\
         -e "set ftp:ssl-force true; set ssl:verify-certificate no; mirror --only-newer --parallel=4 /IDX/ $DEST; quit" \\
         ftp://idx.mlspin.com

    find "$DEST" -name '*.txt' -newer /srv/idx/.last_run -exec /usr/local/bin/idx-load {} +
    touch /srv/idx/.last_run
    """, rand_pw(12), "lftp(1) manual: -u user,password"))

add(SV("python", "reso-bridge-token", "scripts/bridge_pull.py", """
    #!/usr/bin/env python3
    \"\"\"Pull active listings for our farm areas from the Bridge RESO Web API.\"\"\"
    import json
    import sys

    import requests

    DATASET = "actris"
    BRIDGE_TOKEN = "<<v>>"  # server token from the Bridge dashboard (Applications > API access)
    BASE = f"https://api.bridgedataoutput.com/api/v2/OData/{DATASET}/Property"


    def fetch(zip_code: str):
        params = {
            "access_token": BRIDGE_TOKEN,
            "$filter": f"StandardStatus eq 'Active' and PostalCode eq '{zip_code}'",
            "$select": "ListingKey,ListPrice,UnparsedAddress,BedroomsTotal,BathroomsTotalInteger",
            "$top": 200,
        }
        resp = requests.get(BASE, params=params, timeout=30)
        resp.raise_for_status()
        return resp.json()["value"]


    if __name__ == "__main__":
        for z in sys.argv[1:]:
            print(json.dumps(fetch(z), indent=2))
    """, hexs(32), "Bridge Interactive API docs (bridgedataoutput.com/docs/platform): access_token parameter"))

add(SV("dotenv", "reso-client-secret", ".env.staging", """
    # listings-sync (staging)
    NODE_ENV=staging
    PORT=4100

    TRESTLE_CLIENT_ID=trestle_KeystoneResidential20231107
    TRESTLE_CLIENT_SECRET=<<v>>
    TRESTLE_TOKEN_URL=https://api-trestle.corelogic.com/trestle/oidc/connect/token
    TRESTLE_SCOPE=api
    TRESTLE_ODATA=https://api-trestle.corelogic.com/trestle/odata

    DATABASE_URL=postgres://sync@db.staging.internal:5432/listings
    SYNC_INTERVAL_MINUTES=15
    """, hexs(32), "CoreLogic Trestle WebAPI docs: OAuth2 client credentials"))

add(SV("ruby", "spark-api-secret", "config/initializers/spark_api.rb", """
    # frozen_string_literal: true

    # FlexMLS / Spark Platform: OAuth2 for agent-facing search
    require "spark_api"

    SparkApi.configure do |config|
      config.authentication_mode = SparkApi::Authentication::OAuth2
      config.api_key = ENV.fetch("SPARK_API_KEY")
      config.api_secret = "<<v>>"
      config.callback = "https://agents.pinecrestrealty.com/auth/spark/callback"
      config.endpoint = "https://sparkapi.com"
      config.auth_endpoint = "https://sparkplatform.com/openid"
      config.version = "v1"
      config.user_agent = "PinecrestAgents/1.3"
    end
    """, draw(25, LOWER_ALNUM), "sparkapi/spark_api gem README: SparkApi.configure api_key/api_secret"))

add(SV("javascript", "mlsgrid-token", "src/config/mlsgrid.js", """
    // MLS Grid RESO Web API v2 replication settings
    // https://docs.mlsgrid.com/api-documentation/api-version-2.0
    module.exports = {
      baseUrl: 'https://api.mlsgrid.com/v2',
      originatingSystem: 'mred',
      accessToken: '<<v>>',
      resources: ['Property', 'Member', 'Office', 'OpenHouse', 'Media'],
      pageSize: 1000,
      // MLS Grid throttles at 2 requests/second and 7,200/hour
      rateLimit: { perSecond: 2, perHour: 7200 },
      expand: 'Media,Rooms,UnitTypes',
    };
    """, hexs(40), "MLS Grid API v2 docs (docs.mlsgrid.com): Authorization: Bearer"))

add(SV("yaml", "reso-client-secret", "etc/reso-sync/reso.yaml", """
    # reso-sync: one entry per MLS we replicate
    sources:
      - name: stellar
        base_url: https://stellar.api.example-reso.com/odata
        auth:
          type: oauth2_client_credentials
          token_url: https://stellar.api.example-reso.com/oauth2/token
          client_id: hvpm-sync
          client_secret: "<<v>>"
        resources: [Property, Member, Office]
        replication:
          timestamp_field: ModificationTimestamp
          page_size: 500
      - name: beaches
        base_url: https://beaches.api.example-reso.com/odata
        auth:
          type: oauth2_client_credentials
          token_url: https://beaches.api.example-reso.com/oauth2/token
          client_id: hvpm-sync
          client_secret_env: BEACHES_CLIENT_SECRET
        resources: [Property]
    """, draw(40, ALNUM), "RESO Web API Core 2.0 (reso.org): OAuth2 client credentials"))


def _jwt() -> str:
    header = b64url_nopad('{"alg":"RS256","kid":"%s","typ":"JWT"}' % hexs(16))
    payload = b64url_nopad('{"iss":"https://api-trestle.corelogic.com/trestle/oidc","aud":"api","client_id":'
                           '"trestle_KeystoneResidential20231107","scope":["api"],"exp":1893456000,"iat":1704067200}')
    return header + "." + payload + "." + draw(342, ALNUM + "-_")


add(SV("postman", "reso-bearer-jwt", "postman/RESO-WebAPI.postman_collection.json", """
    {
      "info": {
        "_postman_id": "<<pid>>",
        "name": "RESO Web API - Trestle",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
      },
      "auth": {
        "type": "bearer",
        "bearer": [
          { "key": "token", "value": "<<v>>", "type": "string" }
        ]
      },
      "item": [
        {
          "name": "Active Property",
          "request": {
            "method": "GET",
            "url": "https://api-trestle.corelogic.com/trestle/odata/Property?$filter=StandardStatus eq 'Active'&$top=10"
          }
        },
        {
          "name": "Metadata",
          "request": { "method": "GET", "url": "https://api-trestle.corelogic.com/trestle/odata/$metadata" }
        }
      ]
    }
    """, _jwt(), "Postman Collection Format v2.1 (schema.getpostman.com): auth.bearer", pid=uuid_s()))

add(SV("http-client", "mlsgrid-token", "api/mlsgrid.http", """
    @baseUrl = https://api.mlsgrid.com/v2
    @token = <<v>>

    ### Active listings for MRED, 100 at a time
    GET {{baseUrl}}/Property?$filter=OriginatingSystemName eq 'mred' and MlgCanView eq true&$top=100
    Authorization: Bearer {{token}}
    Accept: application/json

    ### One member by key
    GET {{baseUrl}}/Member('MRD12345')
    Authorization: Bearer {{token}}
    """, hexs(40), "VS Code REST Client README (file variables, ### separators)"))

add(SV("sql-dump", "idx-api-key", "backups/wp_pinecrest_options.sql", """
    -- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
    --
    -- Host: localhost    Database: wp_pinecrest
    -- ------------------------------------------------------
    -- Server version	8.0.36-0ubuntu0.22.04.1

    /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
    /*!40101 SET NAMES utf8mb4 */;

    --
    -- Dumping data for table `wp_options`
    --

    LOCK TABLES `wp_options` WRITE;
    /*!40000 ALTER TABLE `wp_options` DISABLE KEYS */;
    INSERT INTO `wp_options` VALUES (1,'siteurl','https://pinecrestrealty.com','yes'),(2,'home','https://pinecrestrealty.com','yes'),(3,'blogname','Pinecrest Realty','yes'),(152,'idx_broker_apikey','<<v>>','yes'),(153,'idx_broker_dynamic_wrapper_page_id','418','yes'),(154,'idx_broker_omnibar_default_city','Asheville','yes');
    /*!40000 ALTER TABLE `wp_options` ENABLE KEYS */;
    UNLOCK TABLES;
    """, draw(22, ALNUM), "mysqldump output; IDX Broker WordPress plugin (idx_broker_apikey option)"))

add(SV("php", "zillow-zws-id", "app/Services/Zillow/ZestimateClient.php", """
    <?php

    namespace App\\Services\\Zillow;

    use GuzzleHttp\\Client;
    use SimpleXMLElement;

    class ZestimateClient
    {
        private const ZWS_ID = '<<v>>';
        private const SEARCH = 'https://www.zillow.com/webservice/GetSearchResults.htm';

        public function __construct(private Client $http = new Client(['timeout' => 10]))
        {
        }

        public function zestimate(string $street, string $cityStateZip): ?int
        {
            $res = $this->http->get(self::SEARCH, ['query' => [
                'zws-id' => self::ZWS_ID,
                'address' => $street,
                'citystatezip' => $cityStateZip,
            ]]);
            $xml = new SimpleXMLElement((string) $res->getBody());
            $amount = $xml->response->results->result[0]->zestimate->amount ?? null;
            return $amount ? (int) $amount : null;
        }
    }
    """, zws_id(), "Zillow GetSearchResults API docs (archived zillow.com/howto/api): zws-id parameter"))

add(SV("python", "zillow-zws-id-docstring", "rentroll/zestimates.py", """
    \"\"\"Zestimates for the addresses on our rent roll.

    The client is a thin wrapper over GetDeepSearchResults::

        >>> from rentroll.zestimates import ZillowClient
        >>> z = ZillowClient("<<v>>")
        >>> z.lookup("2114 Bigelow Ave", "Seattle, WA")
        {'zpid': 48749425, 'zestimate': 1219500, 'rent_zestimate': 4210}
    \"\"\"
    import xml.etree.ElementTree as ET

    import requests

    DEEP = "https://www.zillow.com/webservice/GetDeepSearchResults.htm"


    class ZillowClient:
        def __init__(self, zws_id: str):
            self.zws_id = zws_id

        def lookup(self, street: str, citystatezip: str) -> dict:
            r = requests.get(DEEP, params={"zws-id": self.zws_id, "address": street,
                                           "citystatezip": citystatezip, "rentzestimate": "true"}, timeout=15)
            root = ET.fromstring(r.content)
            res = root.find("response/results/result")
            return {"zpid": int(res.findtext("zpid")),
                    "zestimate": int(res.findtext("zestimate/amount")),
                    "rent_zestimate": int(res.findtext("rentzestimate/amount"))}
    """, zws_id(), "Zillow GetDeepSearchResults API docs (archived); doctest layout"))

add(SV("python", "rapidapi-key", "comps/realtor_comps.py", """
    import requests

    URL = "https://realtor.p.rapidapi.com/properties/v3/list"
    HEADERS = {
        "content-type": "application/json",
        "X-RapidAPI-Key": "<<v>>",
        "X-RapidAPI-Host": "realtor.p.rapidapi.com",
    }


    def sold_comps(postal_code: str, beds: int, limit: int = 20):
        body = {
            "limit": limit,
            "offset": 0,
            "postal_code": postal_code,
            "status": ["sold"],
            "beds": {"min": beds, "max": beds},
            "sort": {"direction": "desc", "field": "sold_date"},
        }
        r = requests.post(URL, json=body, headers=HEADERS, timeout=20)
        r.raise_for_status()
        return r.json()["data"]["home_search"]["results"]
    """, rapidapi_key(), "RapidAPI Realtor API code snippet (rapidapi.com/apidojo/api/realtor): X-RapidAPI-Key"))

add(SV("dotenv", "rapidapi-key", "web/.env.local", """
    # local dev for the comps dashboard (next dev)
    NEXT_PUBLIC_SITE_NAME="Keystone Comps"
    NEXT_PUBLIC_DEFAULT_MARKET=austin-tx

    ZILLOW_RAPIDAPI_HOST=zillow-com1.p.rapidapi.com
    ZILLOW_RAPIDAPI_KEY=<<v>>

    DATABASE_URL="file:./dev.db"
    """, rapidapi_key(), "Next.js docs: .env.local; RapidAPI Zillow API snippet"))

add(SV("php-config", "reso-bridge-token-default", "config/services.php", """
    <?php

    return [

        'mailgun' => [
            'domain' => env('MAILGUN_DOMAIN'),
            'secret' => env('MAILGUN_SECRET'),
            'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
        ],

        'bridge' => [
            'dataset' => env('BRIDGE_DATASET', 'actris'),
            // fallback so the listing cards work on a fresh checkout
            'server_token' => env('BRIDGE_SERVER_TOKEN', '<<v>>'),
            'base_url' => 'https://api.bridgedataoutput.com/api/v2',
        ],

        'google_maps' => [
            'key' => env('GOOGLE_MAPS_KEY'),
        ],

    ];
    """, hexs(32), "Laravel docs: config/services.php, env() default argument"))

add(SV("yaml", "sftp-password", "config/syndication.yml", """
    # ILS syndication: nightly rental listing feeds (see app/jobs/syndication_export_job.rb)
    default: &default
      format: mits_4_1
      include_floorplans: true
      photo_base_url: https://media.harborviewpm.com/units

    production:
      <<: *default
      apartments_com:
        protocol: sftp
        host: feeds.apartments.com
        port: 22
        username: harborview_pm
        password: "<<v>>"
        remote_path: /incoming/harborview
      rentcafe:
        protocol: https
        endpoint: https://feeds.example-ils.com/mits/upload
        api_key_env: RENTCAFE_FEED_KEY
    """, human_pw(), "MITS 4.1 ILS feed spec; Rails config_for YAML layout"))

# =============================================================================================
# Tenant portals and rent payments
# =============================================================================================

add(SV("dotenv", "stripe-secret-key", "portal/.env", """
    APP_NAME="Harborview Resident Portal"
    APP_ENV=production
    APP_DEBUG=false
    APP_URL=https://residents.harborviewpm.com

    # Laravel Cashier: rent autopay
    STRIPE_KEY=<<pk>>
    STRIPE_SECRET=<<v>>
    STRIPE_WEBHOOK_SECRET=
    CASHIER_CURRENCY=usd
    CASHIER_CURRENCY_LOCALE=en_US

    MAIL_MAILER=postmark
    """, stripe_key("sk_live_"), "Laravel Cashier docs (laravel.com/docs/billing): STRIPE_KEY / STRIPE_SECRET",
    pk=stripe_key("pk_live_")))

add(SV("ruby", "stripe-restricted-key", "config/initializers/stripe.rb", """
    # frozen_string_literal: true

    # Restricted key: charges + customers (write), payouts (read). Created 2024-02-12 for rent autopay.
    Stripe.api_key = "<<v>>"
    Stripe.api_version = "2023-10-16"
    Stripe.max_network_retries = 2

    Rails.configuration.stripe = {
      late_fee_cents: 7_500,
      grace_period_days: 5,
      statement_descriptor: "HARBORVIEW RENT",
    }
    """, stripe_key("rk_live_"), "stripe-ruby README: Stripe.api_key; Stripe restricted keys docs"))

add(SV("python", "stripe-webhook-secret", "portal/settings/production.py", """
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["pay.keystoneresidential.com"]

    STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY")
    STRIPE_PUBLISHABLE_KEY = env("STRIPE_PUBLISHABLE_KEY")
    # endpoint: https://pay.keystoneresidential.com/webhooks/stripe/
    STRIPE_WEBHOOK_SECRET = "<<v>>"

    RENT_DUE_DAY = 1
    LATE_FEE_AFTER_DAYS = 5
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, stripe_whsec(), "Stripe docs: webhook signing secret (whsec_); django-environ layout"))

add(SV("python", "plaid-secret", "payments/plaid_client.py", """
    \"\"\"Plaid Link + Auth for ACH rent payments.\"\"\"
    import plaid
    from plaid.api import plaid_api

    PLAID_CLIENT_ID = "<<cid>>"
    PLAID_SECRET = "<<v>>"  # production secret

    configuration = plaid.Configuration(
        host=plaid.Environment.Production,
        api_key={"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET},
    )
    client = plaid_api.PlaidApi(plaid.ApiClient(configuration))


    def exchange(public_token: str) -> str:
        from plaid.model.item_public_token_exchange_request import ItemPublicTokenExchangeRequest
        resp = client.item_public_token_exchange(ItemPublicTokenExchangeRequest(public_token=public_token))
        return resp["access_token"]
    """, hexs(30), "plaid-python README: plaid.Configuration(api_key={'clientId', 'secret'})", cid=hexs(24)))

add(SV("ruby", "dwolla-secret", "app/services/ach/dwolla_client.rb", """
    # frozen_string_literal: true

    module Ach
      # Dwolla v2: tenant bank transfers into the trust account
      DWOLLA = DwollaV2::Client.new(
        key: ENV.fetch("DWOLLA_KEY"),
        secret: "<<v>>",
        environment: :production
      ) do |config|
        config.faraday do |faraday|
          faraday.response :logger, Rails.logger, bodies: false
          faraday.adapter Faraday.default_adapter
        end
      end

      def self.token
        @token ||= DWOLLA.token
      end
    end
    """, draw(50, ALNUM), "dwolla-v2-ruby README: DwollaV2::Client.new(key:, secret:, environment:)"))

add(SV("php", "authorize-net-transaction-key", "src/Payments/AuthorizeNetGateway.php", """
    <?php

    namespace Pinecrest\\Payments;

    use net\\authorize\\api\\contract\\v1 as AnetAPI;
    use net\\authorize\\api\\controller as AnetController;

    final class AuthorizeNetGateway
    {
        private function auth(): AnetAPI\\MerchantAuthenticationType
        {
            $merchantAuthentication = new AnetAPI\\MerchantAuthenticationType();
            $merchantAuthentication->setName('<<login>>');
            $merchantAuthentication->setTransactionKey('<<v>>');
            return $merchantAuthentication;
        }

        public function chargeRent(string $profileId, string $paymentProfileId, string $amount): string
        {
            $request = new AnetAPI\\CreateTransactionRequest();
            $request->setMerchantAuthentication($this->auth());
            $request->setRefId('rent-' . date('Ym'));
            // ... build transactionRequest from the customer profile
            $controller = new AnetController\\CreateTransactionController($request);
            $response = $controller->executeWithApiResponse(\\net\\authorize\\api\\constants\\ANetEnvironment::PRODUCTION);
            return $response->getTransactionResponse()->getTransId();
        }
    }
    """, draw(16, ALNUM), "Authorize.net sample-code-php: setName / setTransactionKey", login=draw(10, ALNUM)))

add(SV("ruby", "braintree-private-key", "config/initializers/braintree.rb", """
    Braintree::Configuration.environment = :production
    Braintree::Configuration.merchant_id = "<<mid>>"
    Braintree::Configuration.public_key = "<<pub>>"
    Braintree::Configuration.private_key = "<<v>>"
    Braintree::Configuration.logger = Logger.new(Rails.root.join("log/braintree.log"))

    # card payments for application fees only; rent goes through ACH
    APPLICATION_FEE = BigDecimal("45.00")
    """, hexs(32), "braintree_ruby README: Braintree::Configuration.private_key",
    mid=draw(16, LOWER_ALNUM), pub=draw(16, LOWER_ALNUM)))

add(SV("dotenv", "paypal-client-secret", "services/deposits/.env", """
    # security-deposit refunds via PayPal Payouts
    PAYPAL_MODE=live
    PAYPAL_CLIENT_ID=<<cid>>
    PAYPAL_CLIENT_SECRET=<<v>>
    PAYPAL_PAYOUT_NOTE="Security deposit refund - Keystone Residential"
    """, paypal_secret(), "PayPal developer docs: REST app client ID and secret",
    cid="A" + draw(79, ALNUM + "-_")))

add(SV("yaml", "square-access-token", "config/square.yml", """
    # Square: in-office payments at the leasing desk (Terminal API)
    production:
      environment: production
      application_id: sq0idp-<<appid>>
      access_token: <<v>>
      location_id: L<<loc>>
      device_ids:
        - "<<dev>>"
    sandbox:
      environment: sandbox
      application_id: sandbox-sq0idb-<<appid2>>
      access_token: <%= ENV["SQUARE_SANDBOX_TOKEN"] %>
    """, square_token(), "Square developer docs: access tokens (EAAA...), application ID sq0idp-",
    appid=draw(22, ALNUM + "-_"), loc=draw(12, UPPER_ALNUM), dev=draw(12, UPPER_ALNUM), appid2=draw(22, ALNUM + "-_")))

add(S("jupyter", "stripe-secret-key", "notebooks/delinquency_q1.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "markdown",
       "metadata": {},
       "source": ["# Q1 delinquency: failed autopay charges by property"]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\\n",
        "import stripe\\n",
        "stripe.api_key = \\"<<v>>\\"\\n",
        "charges = stripe.Charge.list(created={\\"gte\\": 1704067200}, limit=100)\\n"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 3,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": ["failed: 214 of 3811 charges\\n"]
        }
       ],
       "source": [
        "df = pd.DataFrame([c for c in charges.auto_paging_iter()])\\n",
        "print(f\\"failed: {(df.status == 'failed').sum()} of {len(df)} charges\\")"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, v=(_sk := stripe_key("sk_live_"))), _sk, "nbformat 4 JSON (nbformat.readthedocs.io)"))

add(SV("php", "stripe-secret-key", "wp-content/mu-plugins/rent-pay-config.php", """
    <?php
    /**
     * Plugin Name: Rent Pay config
     * Description: Keys for the resident payment form (Stripe Elements).
     */

    defined( 'ABSPATH' ) || exit;

    define( 'RENTPAY_STRIPE_PUBLISHABLE', 'pk_live_<<pk>>' );
    define( 'RENTPAY_STRIPE_SECRET', '<<v>>' );
    define( 'RENTPAY_CONVENIENCE_FEE', 2.95 );
    define( 'RENTPAY_RECEIPT_FROM', 'payments@fairviewlofts.com' );
    """, stripe_key("sk_live_"), "WordPress must-use plugins docs; Stripe API keys docs", pk=draw(24, ALNUM)))

add(SV("python", "flask-secret-key", "tenant_portal/config.py", """
    import os


    class Config:
        SECRET_KEY = "<<v>>"
        SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        MAX_CONTENT_LENGTH = 16 * 1024 * 1024  # maintenance photos
        UPLOAD_BUCKET = "tenant-portal-uploads"
        SESSION_COOKIE_SECURE = True
        REMEMBER_COOKIE_DURATION = 60 * 60 * 24 * 14


    class TestConfig(Config):
        TESTING = True
        SQLALCHEMY_DATABASE_URI = "sqlite://"
    """, hexs(48), "Flask docs: Configuration Handling, SECRET_KEY"))

add(SV("dotenv", "jwt-secret", "tenant-api/.env.production", """
    NODE_ENV=production
    PORT=8080
    MONGO_URL=mongodb://tenant-api@mongo-0.mongo.svc:27017/tenants?replicaSet=rs0&authSource=admin
    # signs resident session tokens (HS256)
    JWT_SECRET=<<v>>
    JWT_EXPIRES_IN=12h
    CORS_ORIGIN=https://residents.oakridgecommons.com
    """, b64_bytes(48), "jsonwebtoken README: secretOrPrivateKey; dotenv README"))

add(SV("python", "django-secret-key", "leasing/settings/prod.py", """
    \"\"\"Production settings for the leasing site.\"\"\"
    from .base import *  # noqa

    SECRET_KEY = "<<v>>"
    DEBUG = False
    ALLOWED_HOSTS = ["leasing.briarwoodapts.com", "www.briarwoodapts.com"]

    DATABASES["default"]["HOST"] = "leasing-db.cluster-ro.internal"
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": "redis://cache.internal:6379/2"}}
    EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
    """, django_key(), "Django docs: settings SECRET_KEY, deployment checklist"))

add(SV("dotenv", "laravel-app-key", "deploy/env/.env.production", """
    APP_NAME="Fairview Lofts"
    APP_ENV=production
    APP_KEY=<<v>>
    APP_DEBUG=false
    APP_URL=https://fairviewlofts.com

    LOG_CHANNEL=daily
    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=fairview
    DB_USERNAME=fairview
    DB_PASSWORD=
    """, laravel_key(), "Laravel docs: configuration, APP_KEY (php artisan key:generate)"))

add(SV("yaml", "rails-secret-key-base", "config/secrets.yml", """
    # Be sure to restart your server when you modify this file.
    shared:
      bridge_dataset: actris

    development:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
    test:
      secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

    # Do not keep production secrets in the repository,
    # instead read values from the environment.
    production:
      secret_key_base: <<v>>
    """, hexs(128), "Rails 4/5 generated config/secrets.yml"))

add(SV("dockerfile", "rails-master-key", "Dockerfile", """
    FROM ruby:3.2-slim AS base
    WORKDIR /rails
    ENV RAILS_ENV=production \\
        BUNDLE_DEPLOYMENT=1 \\
        BUNDLE_WITHOUT=development:test \\
        RAILS_MASTER_KEY=<<v>>

    RUN apt-get update -qq && apt-get install -y --no-install-recommends build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
    COPY Gemfile Gemfile.lock ./
    RUN bundle install
    COPY . .
    RUN bundle exec rails assets:precompile

    EXPOSE 3000
    CMD ["bin/rails", "server", "-b", "0.0.0.0"]
    """, hexs(32), "Rails 7.1 generated Dockerfile; Rails credentials docs (RAILS_MASTER_KEY)"))

add(SV("json", "screening-api-key", "config/screening.json", """
    {
      "provider": "smartmove",
      "baseUrl": "https://api.mysmartmove.example-tu.com/v2",
      "partnerId": 4471,
      "apiKey": "<<v>>",
      "defaults": {
        "bundle": "PackageCorePlusIncome",
        "landlordPays": false,
        "declineThreshold": 550
      },
      "webhook": "https://apply.westgatemanor.com/hooks/screening"
    }
    """, b64_bytes(48), "TransUnion SmartMove partner API docs (partner id + API key)"))

add(SV("python", "openai-key", "listings/describe.py", """
    \"\"\"Draft listing descriptions from structured unit data (agents edit before publishing).\"\"\"
    from openai import OpenAI

    client = OpenAI(api_key="<<v>>")

    PROMPT = (
        "Write a 120-word rental listing description. Fair-housing compliant: do not mention "
        "protected classes, schools' demographics or 'ideal for' phrasing.\\n\\nUnit: {unit}"
    )


    def describe(unit: dict) -> str:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": PROMPT.format(unit=unit)}],
            temperature=0.6,
        )
        return resp.choices[0].message.content.strip()
    """, fakes.openai_key(_seed()), "openai-python README: OpenAI(api_key=...)"))

# =============================================================================================
# Smart locks and building access
# =============================================================================================

add(SV("python", "brivo-client-secret", "access/brivo_client.py", """
    \"\"\"Brivo Access API: create and revoke resident credentials at move-in/move-out.\"\"\"
    import os

    import requests

    AUTH_URL = "https://auth.brivo.com/oauth/token"
    API = "https://api.brivo.com/v1/api"

    CLIENT_ID = "<<cid>>"
    CLIENT_SECRET = "<<v>>"


    def token() -> str:
        resp = requests.post(
            AUTH_URL,
            params={"grant_type": "password",
                    "username": os.environ["BRIVO_ADMIN_USER"],
                    "password": os.environ["BRIVO_ADMIN_PASSWORD"]},
            auth=(CLIENT_ID, CLIENT_SECRET),
            headers={"api-key": os.environ["BRIVO_API_KEY"]},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()["access_token"]


    def suspend_user(user_id: int) -> None:
        requests.put(f"{API}/users/{user_id}/suspended", json={"suspended": True},
                     headers={"Authorization": f"bearer {token()}",
                              "api-key": os.environ["BRIVO_API_KEY"]}, timeout=15).raise_for_status()
    """, draw(40, ALNUM), "Brivo developer portal (developer.brivo.com): OAuth password grant, api-key header",
    cid=uuid_s()))

add(SV("php", "brivo-api-key", "app/Integrations/Brivo/BrivoHttp.php", """
    <?php

    namespace App\\Integrations\\Brivo;

    use Illuminate\\Support\\Facades\\Cache;
    use Illuminate\\Support\\Facades\\Http;

    class BrivoHttp
    {
        public static function client()
        {
            $token = Cache::remember('brivo.token', 3300, fn () => BrivoAuth::fetchToken());

            return Http::baseUrl('https://api.brivo.com/v1/api')
                ->withToken($token, 'bearer')
                ->withHeaders([
                    'api-key' => '<<v>>',
                    'Accept' => 'application/json',
                ])
                ->timeout(20)
                ->retry(2, 500);
        }
    }
    """, draw(24, LOWER_ALNUM), "Brivo developer portal: api-key header; Laravel HTTP client docs"))

add(SV("dotenv", "latch-api-token", "integrations/latch/.env", """
    # Latch partner integration: unit door access for move-ins
    LATCH_API_BASE=https://rest.latch.com/access/sdk/v1
    LATCH_PARTNER_ID=harborview-pm
    LATCH_API_TOKEN=<<v>>
    LATCH_BUILDING_IDS=<<b1>>,<<b2>>
    DEFAULT_ACCESS_HOURS=24x7
    LOG_LEVEL=info
    """, draw(64, ALNUM), "Latch partner API docs (bearer token); dotenv layout", b1=uuid_s(), b2=uuid_s()))

add(SV("python", "smartrent-password", "scripts/smartrent_vacant_lock.py", """
    #!/usr/bin/env python3
    \"\"\"Lock every vacant unit's door at 6pm (turn crews forget). Cron on ops01.\"\"\"
    import requests

    BASE = "https://control.smartrent.com/api/v1"
    s = requests.Session()
    s.headers["Accept"] = "application/json"

    login = s.post(f"{BASE}/sessions", json={
        "email": "ops@brookfieldcommons.com",
        "password": "<<v>>",
    }, timeout=20)
    login.raise_for_status()
    s.headers["Authorization"] = "Bearer " + login.json()["access_token"]

    units = s.get(f"{BASE}/units", params={"status": "vacant"}, timeout=20).json()["records"]
    for unit in units:
        for dev in unit.get("devices", []):
            if dev["type"] == "entry_control" and dev["attributes"]["locked"] != "true":
                s.patch(f"{BASE}/devices/{dev['id']}", json={"attributes": [{"name": "locked", "state": "true"}]})
    """, human_pw(), "SmartRent API (control.smartrent.com) session login; requests docs"))

add(SV("ruby", "kisi-api-key", "app/services/kisi_unlocker.rb", """
    # frozen_string_literal: true

    # Kisi: remote unlock for self-guided tours (amenity doors + model unit)
    class KisiUnlocker
      BASE = "https://api.kisi.io"
      API_KEY = "<<v>>"

      def unlock(lock_id)
        conn.post("/locks/#{lock_id}/unlock")
      end

      private

      def conn
        @conn ||= Faraday.new(BASE) do |f|
          f.headers["Authorization"] = "KISI-LOGIN #{API_KEY}"
          f.headers["Content-Type"] = "application/json"
          f.response :raise_error
        end
      end
    end
    """, hexs(32), "Kisi API docs (api.kisi.io): Authorization: KISI-LOGIN <api key>"))

add(SV("appsettings-json", "salto-client-secret", "src/Access.Worker/appsettings.Production.json", """
    {
      "Logging": {
        "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
      },
      "SaltoKs": {
        "IdentityUrl": "https://identity.my-clay.com/connect/token",
        "ApiUrl": "https://clp-accept-user.my-clay.com/v1.1",
        "ClientId": "harborview-access-worker",
        "ClientSecret": "<<v>>",
        "Scope": "user_api.full_access",
        "SiteIds": [ "<<site>>" ]
      },
      "Yardi": {
        "ConnectionStringName": "Voyager"
      }
    }
    """, draw(36, ALNUM), "Salto KS Connect API docs (client credentials); ASP.NET Core appsettings layout",
    site=uuid_s()))

add(SV("docker-compose", "butterflymx-client-secret", "docker-compose.prod.yml", """
    services:
      intercom-sync:
        image: ghcr.io/westgate-manor/intercom-sync:1.8.2
        restart: unless-stopped
        environment:
          BMX_BASE_URL: https://api.butterflymx.com/v3
          BMX_CLIENT_ID: westgate-sync
          BMX_CLIENT_SECRET: <<v>>
          BMX_BUILDING_ID: "41873"
          PMS: yardi
          TZ: America/Chicago
        volumes:
          - ./state:/var/lib/intercom-sync
        logging:
          driver: json-file
          options:
            max-size: 10m
    """, draw(43, ALNUM + "-_"), "ButterflyMX API docs (OAuth2 client credentials); Compose file reference"))

add(SV("shell", "openpath-password", "bin/openpath-report.sh", """
    #!/bin/sh
    # Weekly entry report for the Stonegate garage gates -> ops mailbox
    ORG=6128
    TOKEN=$(curl -s -X POST https://api.openpath.com/auth/login \\
      -H 'Content-Type: application/json' \\
      -d '{"email":"gates@stonegatepm.com","password":"<<v>>","mfa":{}}' | jq -r .data.token)

    curl -s "https://api.openpath.com/orgs/$ORG/reports/activity?filter=entry.id:(12 13)&limit=1000" \\
      -H "Authorization: $TOKEN" > /tmp/gates.json

    jq -r '.data[] | [.time, .user.name, .entry.name] | @csv' /tmp/gates.json \\
      | mail -s "Garage entries $(date +%F)" ops@stonegatepm.com
    """, words_pw(), "Openpath (Avigilon Alta) API docs: POST /auth/login"))

add(SV("typescript", "seam-api-key", "src/lib/seam.ts", """
    import { Seam } from "seam";

    // Seam: one API for the mix of August, Yale and Schlage locks across the portfolio
    export const seam = new Seam({
      apiKey: "<<v>>",
    });

    export async function createTourCode(deviceId: string, startsAt: Date, minutes = 45) {
      return seam.accessCodes.create({
        device_id: deviceId,
        name: `tour-${startsAt.toISOString()}`,
        starts_at: startsAt.toISOString(),
        ends_at: new Date(startsAt.getTime() + minutes * 60_000).toISOString(),
      });
    }
    """, seam_key(), "Seam docs (docs.seam.co): new Seam({ apiKey })"))

add(SV("yaml", "august-password", "homeassistant/secrets.yaml", """
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
    model_unit_latitude: 35.5951
    model_unit_longitude: -82.5515
    august_login_method: email
    august_username: modelunit@pinecrestrealty.com
    august_password: "<<v>>"
    """, human_pw(), "Home Assistant docs: configuration/secrets (secrets.yaml)"))

# =============================================================================================
# Maintenance ticketing and resident messaging
# =============================================================================================

add(SV("python", "zendesk-token", "maintenance/zendesk_sync.py", """
    from zenpy import Zenpy
    from zenpy.lib.api_objects import Ticket, User

    creds = {
        "email": "maintenance@oakridgecommons.com",
        "token": "<<v>>",
        "subdomain": "oakridgecommons",
    }
    zenpy_client = Zenpy(**creds)

    PRIORITY = {"no_heat": "urgent", "water_leak": "urgent", "appliance": "normal", "cosmetic": "low"}


    def open_ticket(request) -> int:
        ticket = zenpy_client.tickets.create(Ticket(
            subject=f"[{request.unit}] {request.category.replace('_', ' ')}",
            description=request.description,
            priority=PRIORITY.get(request.category, "normal"),
            requester=User(name=request.resident_name, email=request.resident_email),
            tags=["work-order", request.property_code],
        ))
        return ticket.ticket.id
    """, draw(40, ALNUM), "Zenpy docs (facetoe.github.io/zenpy): email + token credentials"))

add(SV("yaml", "jira-api-token", "config/jira.yml", """
    # work-order escalation to the facilities Jira project
    jira:
      site: https://harborviewpm.atlassian.net
      project_key: FAC
      user: facilities-bot@harborviewpm.com
      api_token: <<v>>
      issue_type: Work Order
      custom_fields:
        unit: customfield_10041
        property: customfield_10042
        entry_permission: customfield_10057
    """, jira_token(), "Atlassian docs: Basic auth for REST APIs with API tokens"))

add(SV("php", "freshdesk-api-key", "app/Support/FreshdeskClient.php", """
    <?php

    namespace App\\Support;

    use GuzzleHttp\\Client;

    class FreshdeskClient
    {
        private Client $http;

        public function __construct()
        {
            $this->http = new Client([
                'base_uri' => 'https://kingsleyapts.freshdesk.com/api/v2/',
                // Freshdesk: API key as the user, any string as the password
                'auth' => ['<<v>>', 'X'],
                'timeout' => 15,
            ]);
        }

        public function createTicket(array $workOrder): int
        {
            $res = $this->http->post('tickets', ['json' => [
                'subject' => $workOrder['subject'],
                'description' => $workOrder['body'],
                'email' => $workOrder['resident_email'],
                'priority' => 2,
                'status' => 2,
            ]]);
            return json_decode((string) $res->getBody(), true)['id'];
        }
    }
    """, draw(20, ALNUM), "Freshdesk API v2 docs: authentication with API key and X"))

add(SV("ruby", "servicenow-password", "app/services/facilities/service_now.rb", """
    # frozen_string_literal: true

    module Facilities
      # Corporate facilities runs ServiceNow; we push HVAC/elevator incidents for the towers.
      class ServiceNow
        INSTANCE = "https://keystonefm.service-now.com"

        def create_incident(short_description:, building:, priority: 3)
          conn.post("/api/now/table/incident", {
            short_description: short_description,
            u_building: building,
            priority: priority,
            assignment_group: "Facilities - Residential",
          }.to_json)
        end

        private

        def conn
          @conn ||= Faraday.new(INSTANCE, headers: { "Content-Type" => "application/json" }) do |f|
            f.request :authorization, :basic, "svc_resident_portal", "<<v>>"
            f.response :raise_error
          end
        end
      end
    end
    """, words_pw(), "ServiceNow Table API docs; Faraday basic auth middleware docs"))

add(SV("dotenv", "propertymeld-client-secret", "meld-bridge/.env", """
    # Property Meld <-> AppFolio work-order bridge
    MELD_API_BASE=https://app.propertymeld.com/api/v2
    MELD_CLIENT_ID=<<cid>>
    MELD_CLIENT_SECRET=<<v>>
    MELD_MANAGEMENT_ID=3391
    APPFOLIO_DATABASE=kingsleyapts
    POLL_SECONDS=120
    """, draw(64, ALNUM), "Property Meld API docs (OAuth2 client credentials)", cid=draw(40, ALNUM)))

add(SV("python", "twilio-auth-token", "notify/settings.py", """
    # Resident SMS: rent reminders, package notices, emergency broadcasts
    TWILIO_ACCOUNT_SID = "<<sid>>"
    TWILIO_AUTH_TOKEN = "<<v>>"
    TWILIO_MESSAGING_SERVICE_SID = "MG<<mg>>"

    QUIET_HOURS = (21, 8)  # no non-emergency texts 9pm-8am local
    EMERGENCY_KEYWORDS = {"FIRE", "FLOOD", "GAS", "NO HEAT"}
    """, hexs(32), "Twilio docs: account SID and auth token; Messaging Services",
    sid=twilio_sid(), mg=hexs(32)))

add(SV("python", "sendgrid-key", "notify/email.py", """
    import os

    from sendgrid import SendGridAPIClient
    from sendgrid.helpers.mail import Mail

    SG = SendGridAPIClient("<<v>>")
    FROM = os.environ.get("NOTIFY_FROM", "no-reply@lakeviewmanor.com")
    TEMPLATES = {
        "rent_receipt": "d-<<t1>>",
        "work_order_update": "d-<<t2>>",
    }


    def send(kind: str, to: str, data: dict) -> int:
        msg = Mail(from_email=FROM, to_emails=to)
        msg.template_id = TEMPLATES[kind]
        msg.dynamic_template_data = data
        return SG.send(msg).status_code
    """, sendgrid_key(), "sendgrid-python README: SendGridAPIClient(api_key)", t1=hexs(32), t2=hexs(32)))

add(SV("ruby", "mailgun-key", "config/environments/production.rb", """
    require "active_support/core_ext/integer/time"

    Rails.application.configure do
      config.cache_classes = true
      config.eager_load = true
      config.consider_all_requests_local = false
      config.force_ssl = true
      config.log_level = :info

      config.action_mailer.delivery_method = :mailgun
      config.action_mailer.mailgun_settings = {
        api_key: "<<v>>",
        domain: "mg.riverbendtownhomes.com",
      }
      config.action_mailer.default_url_options = { host: "portal.riverbendtownhomes.com", protocol: "https" }

      config.active_storage.service = :amazon
      config.i18n.fallbacks = true
    end
    """, mailgun_key(), "mailgun-ruby README: Rails action_mailer.mailgun_settings"))

add(SV("dotenv", "postmark-server-token", ".env.prod", """
    # resident notices (lease renewals, inspection windows)
    POSTMARK_SERVER_TOKEN=<<v>>
    POSTMARK_MESSAGE_STREAM=outbound
    MAIL_FROM="Magnolia Commons <notices@magnoliacommons.com>"
    RENEWAL_NOTICE_DAYS=60,30
    """, uuid_s(), "Postmark API docs: X-Postmark-Server-Token (a UUID-shaped server token)"))

add(SV("json", "slack-webhook", "config/alerts.json", """
    {
      "channels": {
        "emergencies": {
          "webhook": "<<v>>",
          "mention": "@oncall-maintenance",
          "categories": ["water_leak", "no_heat", "fire_alarm", "elevator_entrapment"]
        },
        "leasing": {
          "webhook_env": "SLACK_LEASING_WEBHOOK",
          "categories": ["new_lead", "tour_booked"]
        }
      },
      "quiet_hours": { "start": "22:00", "end": "07:00", "tz": "America/New_York" }
    }
    """, slack_webhook(), "Slack docs: incoming webhooks"))

add(SV("python", "slack-bot-token", "bots/turnover_bot.py", """
    \"\"\"Posts the daily make-ready board (units turning this week) to #turns.\"\"\"
    import datetime as dt

    from slack_sdk import WebClient

    from turns.queries import units_turning

    client = WebClient(token="<<v>>")


    def post_board() -> None:
        week = units_turning(dt.date.today(), days=7)
        lines = [f"*{u.property} {u.unit}* move-out {u.move_out:%a %m/%d} -> ready {u.target:%a %m/%d} ({u.vendor})"
                 for u in week]
        client.chat_postMessage(channel="#turns", text="\\n".join(lines) or "No turns this week")


    if __name__ == "__main__":
        post_board()
    """, slack_bot(), "python-slack-sdk docs: WebClient(token=...)"))

add(S("powershell", "teams-webhook", "scripts/Send-AfterHoursAlert.ps1", crlf(T("""
    <#
    .SYNOPSIS
      Posts after-hours emergency work orders from Yardi to the maintenance Teams channel.
    #>
    param(
        [Parameter(Mandatory)] [string] $WorkOrder,
        [Parameter(Mandatory)] [string] $Unit,
        [string] $Category = "Emergency"
    )

    $webhook = "<<v>>"

    $card = @{
        "@type"    = "MessageCard"
        "@context" = "https://schema.org/extensions"
        summary    = "After-hours WO $WorkOrder"
        themeColor = "D70000"
        title      = "$Category work order $WorkOrder - unit $Unit"
    } | ConvertTo-Json -Depth 4

    Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
    """, v=(_tw := teams_webhook()))), _tw, "Microsoft Learn: create an Incoming Webhook (Teams connectors)"))

# =============================================================================================
# Property management systems (Yardi, AppFolio, Buildium, Rent Manager, Entrata, ResMan, RealPage)
# =============================================================================================

add(SV("xml", "yardi-interface-password", "config/yardi/itf-residentdata.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <!-- Yardi Voyager ItfResidentData interface: resident portal sync -->
    <YardiInterface>
      <Endpoint>https://www.yardiasp14.com/21853harborview/Webservices/itfresidentdata.asmx</Endpoint>
      <UserName>hvpm_itf_portal</UserName>
      <Password><<v>></Password>
      <ServerName>hvpm_live</ServerName>
      <Database>hvpm_live</Database>
      <Platform>SQL Server</Platform>
      <InterfaceEntity>Harborview Resident Portal</InterfaceEntity>
      <InterfaceLicenseFile>licenses/yardi-itf.lic</InterfaceLicenseFile>
      <YardiPropertyIds>
        <Id>hv100</Id>
        <Id>hv210</Id>
        <Id>hv305</Id>
      </YardiPropertyIds>
    </YardiInterface>
    """, human_pw(), "Yardi Voyager SOAP interfaces (ItfResidentData): UserName/Password/ServerName/Database/Platform"))

add(S("web-config", "mssql-connection-string", "src/ResidentPortal.Web/Web.config", crlf(T("""
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <connectionStrings>
        <add name="Voyager"
             connectionString="Server=tcp:voyager-sql.hvpm.local,1433;Database=hvpm_live;User Id=portal_ro;Password=<<v>>;Encrypt=True;TrustServerCertificate=True;"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="webpages:Version" value="3.0.0.0" />
        <add key="ClientValidationEnabled" value="true" />
        <add key="PortalTheme" value="harborview" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.8" />
        <httpRuntime targetFramework="4.8" maxRequestLength="20480" />
        <customErrors mode="RemoteOnly" />
      </system.web>
    </configuration>
    """, v=(_wc := words_pw()))), _wc, "Microsoft Learn: connection strings in Web.config (SqlClient)"))

add(SV("python", "appfolio-basic-auth-url", "reports/appfolio_rent_roll.py", """
    \"\"\"Nightly rent roll export from AppFolio Reports API v1 into the warehouse.\"\"\"
    import csv
    import io

    import requests

    CLIENT_ID = "<<cid>>"
    CLIENT_SECRET = "<<v>>"
    URL = f"https://{CLIENT_ID}:{CLIENT_SECRET}@kingsleyapts.appfolio.com/api/v1/reports/rent_roll.json"


    def fetch_rent_roll(as_of: str) -> list:
        rows, url = [], URL
        params = {"as_of_to": as_of, "paginate_results": True}
        while url:
            data = requests.post(url, json=params, timeout=60).json()
            rows.extend(data["results"])
            url = data.get("next_page_url")
            params = None
        return rows


    def to_csv(rows: list) -> str:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=sorted(rows[0]))
        w.writeheader()
        w.writerows(rows)
        return buf.getvalue()
    """, draw(32, LOWER_ALNUM), "AppFolio Reports API docs: https://client_id:client_secret@<db>.appfolio.com/api/v1/reports",
    cid=hexs(32)))

add(SV("javascript", "buildium-client-secret", "src/buildium.js", """
    const axios = require('axios');

    // Buildium Open API: resident + lease sync for the owner portal
    const buildium = axios.create({
      baseURL: 'https://api.buildium.com/v1',
      timeout: 20000,
      headers: {
        'x-buildium-client-id': '<<cid>>',
        'x-buildium-client-secret': '<<v>>',
        'Content-Type': 'application/json',
      },
    });

    async function activeLeases(propertyId) {
      const { data } = await buildium.get('/leases', {
        params: { propertyids: propertyId, leasestatuses: 'Active', limit: 1000 },
      });
      return data;
    }

    module.exports = { buildium, activeLeases };
    """, b64_bytes(32), "Buildium Open API docs (developer.buildium.com): x-buildium-client-id / -secret",
    cid=uuid_s()))

add(SV("json", "rentmanager-password", "config/rentmanager.json", """
    {
      "corpId": "brookfieldpm",
      "baseUrl": "https://brookfieldpm.api.rentmanager.com",
      "auth": {
        "Username": "api_integration",
        "Password": "<<v>>",
        "LocationID": 1
      },
      "sync": {
        "entities": ["Tenants", "Units", "Leases", "ServiceManagerIssues"],
        "pageSize": 500,
        "embeds": ["Contacts", "Balance"]
      }
    }
    """, human_pw(), "Rent Manager 12 Web API docs: POST /Authentication/AuthorizeUser {Username, Password, LocationID}"))

add(SV("php", "entrata-api-password", "lib/Entrata/Client.php", """
    <?php

    namespace Westgate\\Entrata;

    class Client
    {
        private const ENDPOINT = 'https://westgatemanor.entrata.com/api/v1/';

        public function call(string $service, string $method, array $params = []): array
        {
            $body = [
                'auth' => [
                    'type' => 'basic',
                    'username' => 'wg_integration',
                    'password' => '<<v>>',
                ],
                'requestId' => (string) random_int(1, PHP_INT_MAX),
                'method' => ['name' => $method, 'version' => 'r1', 'params' => $params],
            ];

            $ch = curl_init(self::ENDPOINT . $service);
            curl_setopt_array($ch, [
                CURLOPT_POST => true,
                CURLOPT_POSTFIELDS => json_encode($body),
                CURLOPT_HTTPHEADER => ['Content-Type: application/json; charset=utf-8'],
                CURLOPT_RETURNTRANSFER => true,
            ]);
            $raw = curl_exec($ch);
            curl_close($ch);
            return json_decode($raw, true);
        }
    }
    """, words_pw(), "Entrata API docs: JSON request auth {type: basic, username, password}"))

add(SV("csharp", "resman-api-key", "src/ResMan/ResManClient.cs", """
    using System.Net.Http;
    using System.Collections.Generic;
    using System.Threading.Tasks;

    namespace Oakridge.Integrations.ResMan
    {
        public class ResManClient
        {
            private const string BaseUrl = "https://api.myresman.com/";
            private const string IntegrationPartnerId = "<<pid>>";
            private const string ApiKey = "<<v>>";
            private readonly HttpClient _http = new HttpClient();

            public async Task<string> GetCurrentResidentsAsync(string accountId, string propertyId)
            {
                var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["IntegrationPartnerID"] = IntegrationPartnerId,
                    ["ApiKey"] = ApiKey,
                    ["AccountID"] = accountId,
                    ["PropertyID"] = propertyId,
                });
                var resp = await _http.PostAsync(BaseUrl + "MITS/GetResidents", form);
                return await resp.Content.ReadAsStringAsync();
            }
        }
    }
    """, draw(32, ALNUM), "ResMan API docs: IntegrationPartnerID / ApiKey / AccountID form fields",
    pid=uuid_s()))

add(SV("xml", "realpage-soap-password", "tests/fixtures/realpage/getunitlist_request.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                   xmlns:tem="http://tempuri.org/">
      <soap:Header>
        <tem:UserAuthInfo>
          <tem:UserName>ksr_onesite_api</tem:UserName>
          <tem:Password><<v>></tem:Password>
          <tem:SiteID>3884120</tem:SiteID>
          <tem:PmcID>1201556</tem:PmcID>
          <tem:InternalUser>1</tem:InternalUser>
        </tem:UserAuthInfo>
      </soap:Header>
      <soap:Body>
        <tem:getUnitList>
          <tem:unitSearch>
            <tem:AvailableOnly>true</tem:AvailableOnly>
          </tem:unitSearch>
        </tem:getUnitList>
      </soap:Body>
    </soap:Envelope>
    """, rand_pw(12), "RealPage OneSite SOAP API (UserAuthInfo header); SOAP 1.1 envelope"))

# =============================================================================================
# App databases and framework configs
# =============================================================================================

add(SV("php-config", "wordpress-db-password", "wp-config.php", """
    <?php
    /**
     * The base configuration for WordPress (pinecrestrealty.com, IDX theme)
     */

    // ** Database settings - You can get this info from your web host ** //
    define( 'DB_NAME', 'pinecrest_wp' );
    define( 'DB_USER', 'pinecrest_wp' );
    define( 'DB_PASSWORD', '<<v>>' );
    define( 'DB_HOST', 'localhost' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    /** Authentication unique keys and salts: kept outside the web root. */
    require_once dirname( __DIR__ ) . '/wp-salts.php';

    $table_prefix = 'wp_';

    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }

    require_once ABSPATH . 'wp-settings.php';
    """, human_pw(), "WordPress wp-config-sample.php"))

add(SV("dotenv", "mysql-password", "docker/app.env", """
    # env_file for the app container (APP_KEY is injected by the entrypoint)
    APP_ENV=staging
    APP_DEBUG=true
    DB_CONNECTION=mysql
    DB_HOST=mysql
    DB_PORT=3306
    DB_DATABASE=tenant_portal
    DB_USERNAME=portal
    DB_PASSWORD="<<v>>"
    CACHE_DRIVER=redis
    SESSION_DRIVER=redis
    REDIS_HOST=redis
    """, words_pw(), "Laravel docs: database configuration (.env DB_*); Compose env_file"))

add(SV("yaml", "postgres-password", "config/database.yml", """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: riverbend_portal_development

    test:
      <<: *default
      database: riverbend_portal_test

    production:
      <<: *default
      host: riverbend-prod.cqx1hvz8k2ab.us-east-1.rds.amazonaws.com
      database: riverbend_portal
      username: portal
      password: <<v>>
    """, rand_pw(24), "Rails guides: Configuring a database (config/database.yml)"))

add(SV("python", "postgres-password", "leasing/local_settings.py", """
    # Copied from local_settings.py.example on the reporting box. Not for dev machines.
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "leasing",
            "USER": "leasing_app",
            "PASSWORD": "<<v>>",
            "HOST": "10.0.12.40",
            "PORT": "5432",
            "CONN_MAX_AGE": 60,
        }
    }

    DEBUG = False
    REPORTS_OUTPUT_DIR = "/srv/reports/out"
    """, human_pw(), "Django docs: settings DATABASES"))

add(SV("dotenv", "mysql-url-password", ".env.local", """
    ###> symfony/framework-bundle ###
    APP_ENV=prod
    ###< symfony/framework-bundle ###

    ###> doctrine/doctrine-bundle ###
    DATABASE_URL="mysql://owners_portal:<<v>>@db-01.internal:3306/owners_portal?serverVersion=8.0.32&charset=utf8mb4"
    ###< doctrine/doctrine-bundle ###

    ###> symfony/messenger ###
    MESSENGER_TRANSPORT_DSN=doctrine://default?auto_setup=0
    ###< symfony/messenger ###
    """, url_pw(), "Symfony docs: Databases and Doctrine (DATABASE_URL in .env.local)"))

add(SV("php-config", "drupal-db-password", "web/sites/default/settings.php", """
    <?php

    // Stonegate community association site (Drupal 10)
    $databases['default']['default'] = [
      'database' => 'stonegate_hoa',
      'username' => 'stonegate',
      'password' => '<<v>>',
      'prefix' => '',
      'host' => 'mysql-hoa.internal',
      'port' => '3306',
      'driver' => 'mysql',
      'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
      'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
    ];

    $settings['hash_salt'] = file_get_contents('/var/private/stonegate/salt.txt');
    $settings['config_sync_directory'] = '../config/sync';
    $settings['file_private_path'] = '/var/private/stonegate/files';
    $settings['trusted_host_patterns'] = ['^stonegatehoa\\.org$', '^www\\.stonegatehoa\\.org$'];
    """, words_pw(), "Drupal default.settings.php: $databases array"))

add(SV("php", "mysql-password", "app/Config/Database.php", """
    <?php

    namespace Config;

    use CodeIgniter\\Database\\Config;

    class Database extends Config
    {
        public string $defaultGroup = 'default';

        public array $default = [
            'DSN'      => '',
            'hostname' => 'localhost',
            'username' => 'rentals',
            'password' => '<<v>>',
            'database' => 'magnolia_rentals',
            'DBDriver' => 'MySQLi',
            'DBPrefix' => '',
            'pConnect' => false,
            'DBDebug'  => false,
            'charset'  => 'utf8mb4',
            'DBCollat' => 'utf8mb4_general_ci',
            'port'     => 3306,
        ];
    }
    """, human_pw(), "CodeIgniter 4 docs: Database Configuration (app/Config/Database.php)"))

add(SV("json", "mongodb-uri-password", "config/production.json", """
    {
      "server": { "port": 8080, "trustProxy": true },
      "mongo": {
        "uri": "mongodb+srv://tenant_api:<<v>>@cluster0.x4k2p.mongodb.net/tenants?retryWrites=true&w=majority",
        "poolSize": 20
      },
      "uploads": { "bucket": "oakridge-work-order-photos", "maxMb": 15 },
      "features": { "packageLockers": true, "guestPasses": true }
    }
    """, url_pw(), "node-config docs (config/<env>.json); MongoDB connection string URI format"))

add(SV("render-yaml", "postgres-url-password", "render.yaml", """
    services:
      - type: web
        name: showings-api
        env: python
        plan: standard
        buildCommand: pip install -r requirements.txt
        startCommand: gunicorn showings.wsgi:application --workers 3
        envVars:
          - key: DJANGO_SETTINGS_MODULE
            value: showings.settings.prod
          - key: DATABASE_URL
            value: postgres://showings:<<v>>@listings-pg.example-db.net:5432/showings?sslmode=require
          - key: SECRET_KEY
            generateValue: true
          - key: SENTRY_ENVIRONMENT
            value: production
    """, rand_pw(32), "Render Blueprint spec (render.com/docs/blueprint-spec): envVars value / generateValue"))

add(SV("ruby", "redis-url-password", "config/initializers/sidekiq.rb", """
    # frozen_string_literal: true

    redis_url = ENV.fetch("REDIS_URL", "rediss://default:<<v>>@cache-prod.harborviewpm.internal:6380/0")

    Sidekiq.configure_server do |config|
      config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_NONE } }
      config.logger.level = Logger::INFO
    end

    Sidekiq.configure_client do |config|
      config.redis = { url: redis_url, ssl_params: { verify_mode: OpenSSL::SSL::VERIFY_NONE } }
    end
    """, fakes.redis_password(_seed()), "Sidekiq wiki: Using Redis (config.redis url)"))

add(SV("python", "amqp-url-password", "workorders/celeryconfig.py", """
    # Celery: work-order notifications and vendor dispatch
    broker_url = "amqp://workorders:<<v>>@rabbit.internal:5672/workorders"
    result_backend = "rpc://"
    task_serializer = "json"
    accept_content = ["json"]
    timezone = "America/Denver"
    enable_utc = True

    task_routes = {
        "workorders.tasks.dispatch_vendor": {"queue": "dispatch"},
        "workorders.tasks.notify_resident": {"queue": "notify"},
    }
    beat_schedule = {
        "overdue-sweep": {"task": "workorders.tasks.overdue_sweep", "schedule": 900.0},
    }
    """, rand_pw(20), "Celery docs: configuration (broker_url), module celeryconfig.py"))

add(SV("ruby", "elasticsearch-url-password", "config/initializers/searchkick.rb", """
    # Listing search (Searchkick + Elastic Cloud)
    ENV["ELASTICSEARCH_URL"] ||= "https://elastic:<<v>>@listings-search.es.us-east-1.aws.found.io:9243"

    Searchkick.client_options = {
      retry_on_failure: 2,
      transport_options: { request: { timeout: 10 } },
    }
    Searchkick.search_timeout = 3
    Searchkick.index_suffix = ENV["TEST_ENV_NUMBER"]
    """, draw(24, ALNUM), "Searchkick README: ELASTICSEARCH_URL; Elastic Cloud endpoint format"))

add(SV("ini", "mysql-password", "deploy/mysql/backup.my.cnf", """
    # client defaults for the nightly mysqldump of the owners portal
    # installed as /root/.my.cnf on db-backup01 (chmod 600)
    [client]
    user = backup
    password = "<<v>>"
    host = db-01.internal

    [mysqldump]
    single-transaction
    quick
    """, words_pw(), "MySQL manual: option files ([client] password)"))

add(SV("pgpass", "postgres-password", "ops/pgpass", """
    # hostname:port:database:username:password
    # copied to ~/.pgpass on the reporting host (chmod 0600)
    warehouse.internal:5432:analytics:report_reader:<<v>>
    warehouse.internal:5432:analytics:etl:*SEE-VAULT*
    localhost:5432:*:postgres:
    """, rand_pw(18), "PostgreSQL docs: The Password File (.pgpass)"))

add(SV("java-properties", "postgres-password", "ingest/src/main/resources/application-prod.properties", """
    spring.application.name=listing-ingest
    server.port=8081

    spring.datasource.url=jdbc:postgresql://listings-db.internal:5432/listings
    spring.datasource.username=ingest
    spring.datasource.password=<<v>>
    spring.datasource.hikari.maximum-pool-size=10

    spring.jpa.hibernate.ddl-auto=validate
    spring.jpa.open-in-view=false

    ingest.reso.base-url=https://api.mlsgrid.com/v2
    ingest.reso.token=${MLSGRID_TOKEN}
    ingest.schedule.cron=0 */15 * * * *
    """, human_pw(), "Spring Boot docs: spring.datasource.* properties"))

add(S("jupyter", "postgres-url-in-output", "analysis/vacancy_by_submarket.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "name": "stdout",
         "output_type": "stream",
         "text": [
          "connecting to <<url>>\\n"
         ]
        }
       ],
       "source": [
        "import os, sqlalchemy as sa, pandas as pd\\n",
        "url = os.environ['WAREHOUSE_URL']\\n",
        "print('connecting to', url)\\n",
        "engine = sa.create_engine(url)"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "vac = pd.read_sql('select submarket, avg(vacant::int) as vacancy from units group by 1', engine)\\n",
        "vac.sort_values('vacancy', ascending=False).head(10)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """, url=f"postgresql://analyst:{(_nb := url_pw())}@warehouse.internal:5432/analytics"), _nb,
    "nbformat 4 JSON: stream outputs (nbformat.readthedocs.io)"))

add(SV("dbt-profiles", "snowflake-password", "analytics/profiles.yml", """
    keystone_analytics:
      target: prod
      outputs:
        dev:
          type: snowflake
          account: kx48211.us-east-1
          user: "{{ env_var('DBT_USER') }}"
          password: "{{ env_var('DBT_PASSWORD') }}"
          role: TRANSFORMER
          database: ANALYTICS_DEV
          warehouse: TRANSFORMING
          schema: dbt_dev
          threads: 4
        prod:
          type: snowflake
          account: kx48211.us-east-1
          user: DBT_PROD
          password: "<<v>>"
          role: TRANSFORMER
          database: ANALYTICS
          warehouse: TRANSFORMING
          schema: marts
          threads: 8
    """, words_pw(), "dbt docs: Snowflake setup (profiles.yml user/password)"))

add(SV("dotenv", "mssql-url-password", "airflow/.env", """
    AIRFLOW_UID=50000
    AIRFLOW__CORE__LOAD_EXAMPLES=False
    AIRFLOW__CORE__EXECUTOR=LocalExecutor
    # Yardi Voyager replica (read-only) for the rent-roll DAG
    AIRFLOW_CONN_YARDI_REPLICA=mssql://yardi_ro:<<v>>@voyager-replica.hvpm.local:1433/hvpm_live
    AIRFLOW_CONN_WAREHOUSE=postgres://airflow@warehouse.internal:5432/analytics
    """, url_pw(), "Airflow docs: Managing Connections (AIRFLOW_CONN_ URI env vars)"))

add(SV("ini", "odbc-password", "etc/odbc.ini", """
    [YardiReplica]
    Description = Voyager read replica (FreeTDS)
    Driver      = FreeTDS
    Server      = voyager-replica.hvpm.local
    Port        = 1433
    Database    = hvpm_live
    UID         = report_ro
    PWD         = <<v>>
    TDS_Version = 7.4

    [Warehouse]
    Driver   = PostgreSQL Unicode
    Servername = warehouse.internal
    Database = analytics
    """, rand_pw(14), "unixODBC odbc.ini DSN; FreeTDS user guide (odbc.ini)"))

add(SV("python", "ldap-bind-password", "staffportal/settings/ldap.py", """
    import ldap
    from django_auth_ldap.config import GroupOfNamesType, LDAPSearch

    AUTH_LDAP_SERVER_URI = "ldaps://dc01.keystone.local"
    AUTH_LDAP_BIND_DN = "CN=svc-staffportal,OU=Service Accounts,DC=keystone,DC=local"
    AUTH_LDAP_BIND_PASSWORD = "<<v>>"
    AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=Staff,DC=keystone,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")
    AUTH_LDAP_GROUP_SEARCH = LDAPSearch("OU=Groups,DC=keystone,DC=local", ldap.SCOPE_SUBTREE, "(objectClass=group)")
    AUTH_LDAP_GROUP_TYPE = GroupOfNamesType()
    AUTH_LDAP_USER_FLAGS_BY_GROUP = {
        "is_staff": "CN=Property Managers,OU=Groups,DC=keystone,DC=local",
        "is_superuser": "CN=IT Admins,OU=Groups,DC=keystone,DC=local",
    }
    """, words_pw(), "django-auth-ldap docs: AUTH_LDAP_BIND_DN / AUTH_LDAP_BIND_PASSWORD"))

add(SV("php", "smtp-password", "includes/mailer.php", """
    <?php
    // Contact-an-agent form mailer (legacy listings site)
    use PHPMailer\\PHPMailer\\PHPMailer;

    require __DIR__ . '/../vendor/autoload.php';

    function send_inquiry(array $lead): bool
    {
        $mail = new PHPMailer(true);
        $mail->isSMTP();
        $mail->Host = 'smtp.office365.com';
        $mail->SMTPAuth = true;
        $mail->Username = 'leads@lakeviewrealty.net';
        $mail->Password = '<<v>>';
        $mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
        $mail->Port = 587;

        $mail->setFrom('leads@lakeviewrealty.net', 'Lakeview Realty');
        $mail->addAddress($lead['agent_email']);
        $mail->Subject = 'New inquiry: ' . $lead['mls_number'];
        $mail->Body = $lead['message'];
        return $mail->send();
    }
    """, human_pw(), "PHPMailer README: SMTP example (Username/Password)"))

# =============================================================================================
# Cloud, maps, CRM and third-party keys
# =============================================================================================

add(SV("dotenv", "aws-secret-key", "listings-web/.env", """
    APP_NAME=ListingsWeb
    APP_ENV=production

    # listing photos bucket (CloudFront in front)
    FILESYSTEM_DISK=s3
    AWS_ACCESS_KEY_ID=<<kid>>
    AWS_SECRET_ACCESS_KEY=<<v>>
    AWS_DEFAULT_REGION=us-east-2
    AWS_BUCKET=pinecrest-listing-photos
    AWS_URL=https://d3k1x9photos.cloudfront.net
    AWS_USE_PATH_STYLE_ENDPOINT=false
    """, fakes.aws_secret_key(_seed()), "Laravel docs: File Storage (S3 driver .env keys)",
    kid=fakes.aws_key_id(_seed())))

add(SV("yaml", "aws-secret-key", "config/storage.yml", """
    test:
      service: Disk
      root: <%= Rails.root.join("tmp/storage") %>

    local:
      service: Disk
      root: <%= Rails.root.join("storage") %>

    # lease PDFs and move-in inspection photos
    amazon:
      service: S3
      access_key_id: <<kid>>
      secret_access_key: <<v>>
      region: us-west-2
      bucket: riverbend-leases-prod
    """, fakes.aws_secret_key(_seed()), "Rails guides: Active Storage S3 service (config/storage.yml)",
    kid=fakes.aws_key_id(_seed())))

add(SV("ini", "aws-secret-key", "deploy/aws/credentials", """
    # profile used by bin/deploy-photos and the MLS media mirror
    [default]
    region = us-east-1

    [listing-media]
    aws_access_key_id = <<kid>>
    aws_secret_access_key = <<v>>
    region = us-east-1
    """, fakes.aws_secret_key(_seed()), "AWS CLI docs: configuration and credential file settings",
    kid=fakes.aws_key_id(_seed())))

_sa_pem = pem("RSA").replace("RSA PRIVATE KEY", "PRIVATE KEY")
_sa_line = _sa_pem.splitlines()[1]
add(S("json", "gcp-service-account-key", "secrets/rentroll-sheets-sa.json", T("""
    {
      "type": "service_account",
      "project_id": "harborview-rentroll",
      "private_key_id": "<<kid>>",
      "private_key": "<<key>>\\n",
      "client_email": "rentroll-sheets@harborview-rentroll.iam.gserviceaccount.com",
      "client_id": "<<cid>>",
      "auth_uri": "https://accounts.google.com/o/oauth2/auth",
      "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/rentroll-sheets%40harborview-rentroll.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"
    }
    """, kid=hexs(40), key=_sa_pem.replace("\n", "\\n"), cid=str(_rng().randint(10**20, 10**21))),
    _sa_line, "Google Cloud docs: service account key file (JSON)"))

add(SV("python", "google-maps-key", "geo/geocode_units.py", """
    \"\"\"Backfill lat/lng for units imported from the acquisition spreadsheet.\"\"\"
    import csv
    import sys
    import time

    import googlemaps

    gmaps = googlemaps.Client(key="<<v>>")

    reader = csv.DictReader(open(sys.argv[1]))
    writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames + ["lat", "lng"])
    writer.writeheader()
    for row in reader:
        addr = f"{row['street']}, {row['city']}, {row['state']} {row['zip']}"
        hits = gmaps.geocode(addr)
        if hits:
            loc = hits[0]["geometry"]["location"]
            row.update(lat=loc["lat"], lng=loc["lng"])
        writer.writerow(row)
        time.sleep(0.05)
    """, google_api_key(), "googlemaps python client README: googlemaps.Client(key=...)"))

add(SV("javascript", "mapbox-secret-token", "scripts/build-tiles.mjs", """
    // Upload the parcel boundary tileset for the acquisitions map (runs in CI, not in the browser)
    import { execSync } from 'node:child_process';

    const MAPBOX_ACCESS_TOKEN = '<<v>>';
    const TILESET = 'keystone-res.parcels-2024';

    execSync(`tilesets upload-source keystone-res parcels-src ./data/parcels.geojson.ld --replace`, {
      env: { ...process.env, MAPBOX_ACCESS_TOKEN },
      stdio: 'inherit',
    });
    execSync(`tilesets publish ${TILESET}`, { env: { ...process.env, MAPBOX_ACCESS_TOKEN }, stdio: 'inherit' });
    console.log('published', TILESET);
    """, mapbox_token("sk"), "Mapbox docs: access tokens (secret sk. tokens, tilesets CLI)"))

add(SV("python", "hubspot-token", "crm/lead_sync.py", """
    \"\"\"Push web leads (tour requests) into HubSpot as contacts + deals.\"\"\"
    from hubspot import HubSpot
    from hubspot.crm.contacts import SimplePublicObjectInputForCreate

    api = HubSpot(access_token="<<v>>")

    PIPELINE = "leasing"
    STAGE_TOUR_REQUESTED = "appointmentscheduled"


    def push(lead: dict) -> str:
        contact = api.crm.contacts.basic_api.create(SimplePublicObjectInputForCreate(properties={
            "email": lead["email"],
            "firstname": lead["first_name"],
            "lastname": lead["last_name"],
            "phone": lead.get("phone", ""),
            "desired_move_in": lead.get("move_in"),
            "property_interest": lead["property_code"],
        }))
        return contact.id
    """, hubspot_token(), "hubspot-api-python README: HubSpot(access_token=...) private app token"))

add(SV("yaml", "salesforce-password", "config/salesforce.yml", """
    # restforce settings for the investor-relations sync (owner statements)
    production:
      host: login.salesforce.com
      api_version: "58.0"
      username: integration@keystoneresidential.com
      # password + security token, concatenated as Salesforce expects
      password: "<<v>>"
      client_id: <<cid>>
      client_secret_env: SALESFORCE_CLIENT_SECRET
    """, words_pw() + draw(24, ALNUM), "restforce README: username/password/security_token",
    cid="3MVG9" + draw(80, ALNUM + "._")))

add(SV("python", "okta-api-token", "scripts/offboard_staff.py", """
    #!/usr/bin/env python3
    \"\"\"Deactivate a departing site manager in Okta and drop their building-access groups.\"\"\"
    import sys

    import requests

    OKTA = "https://keystoneresidential.okta.com"
    HEADERS = {"Authorization": "SSWS <<v>>", "Accept": "application/json"}


    def offboard(login: str) -> None:
        user = requests.get(f"{OKTA}/api/v1/users/{login}", headers=HEADERS, timeout=15).json()
        groups = requests.get(f"{OKTA}/api/v1/users/{user['id']}/groups", headers=HEADERS, timeout=15).json()
        for g in groups:
            if g["profile"]["name"].startswith("access-"):
                requests.delete(f"{OKTA}/api/v1/groups/{g['id']}/users/{user['id']}", headers=HEADERS, timeout=15)
        requests.post(f"{OKTA}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS, timeout=15)


    if __name__ == "__main__":
        offboard(sys.argv[1])
    """, okta_token(), "Okta docs: API token (Authorization: SSWS)"))

add(SV("yaml", "newrelic-license-key", "config/newrelic.yml", """
    #
    # This file configures the New Relic Agent.
    #
    common: &default_settings
      license_key: '<<v>>'
      app_name: Harborview Resident Portal
      distributed_tracing:
        enabled: true
      log_level: info

    development:
      <<: *default_settings
      app_name: Harborview Resident Portal (Development)
      monitor_mode: false

    production:
      <<: *default_settings
    """, newrelic_license(), "New Relic Ruby agent: generated config/newrelic.yml"))

add(SV("yaml", "datadog-api-key", "deploy/datadog/datadog.yaml", """
    ## Datadog agent on the feed servers (RETS/IDX importers)
    api_key: <<v>>
    site: datadoghq.com
    hostname_fqdn: true
    tags:
      - team:listings
      - env:prod
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
    """, hexs(32), "Datadog Agent docs: datadog.yaml api_key"))

add(SV("makefile", "heroku-api-key", "Makefile", """
    APP ?= showings-prod
    HEROKU_API_KEY := <<v>>
    export HEROKU_API_KEY

    .PHONY: deploy migrate logs

    deploy:
    \tgit push https://heroku:$(HEROKU_API_KEY)@git.heroku.com/$(APP).git HEAD:main

    migrate:
    \theroku run --app $(APP) python manage.py migrate

    logs:
    \theroku logs --tail --app $(APP)
    """, uuid_s(), "Heroku Dev Center: HEROKU_API_KEY (UUID-shaped API key); GNU make"))

add(SV("ruby", "algolia-admin-key", "config/initializers/algoliasearch.rb", """
    # Listing search index (admin key: indexing only, never shipped to the browser)
    AlgoliaSearch.configuration = {
      application_id: "<<app>>",
      api_key: "<<v>>",
      pagination_backend: :kaminari,
    }

    ALGOLIA_LISTINGS_INDEX = "listings_#{Rails.env}"
    """, hexs(32), "algoliasearch-rails README: AlgoliaSearch.configuration", app=draw(10, UPPER_ALNUM)))

add(SV("yaml", "matterport-token", "config/matterport.yml", """
    # 3D tours embedded on unit pages
    matterport:
      graph_url: https://api.matterport.com/api/models/graph
      token_id: <<tid>>
      token_secret: <<v>>
      default_play: 1
      hide_brand: true
    """, hexs(32), "Matterport Model API docs (API token id + secret, Basic auth)", tid=hexs(16)))

_docusign_key = pem("RSA")
add(S("yaml", "docusign-private-key", "config/docusign.yml", T("""
    # Lease e-signing (DocuSign JWT grant). Integration key and user are not secrets; the key is.
    production:
      integration_key: <<ik>>
      user_id: <<uid>>
      account_id: <<aid>>
      auth_server: account.docusign.com
      base_uri: https://na3.docusign.net/restapi
      lease_template_id: <<tpl>>
      rsa_private_key: |
    <<key>>
    """, ik=uuid_s(), uid=uuid_s(), aid=uuid_s(), tpl=uuid_s(), key=indent(_docusign_key, 8)),
    _docusign_key, "DocuSign eSignature docs: JWT grant (integration key, user id, RSA private key)"))

# =============================================================================================
# Deploy configs: Kubernetes, Helm, Ansible, Terraform, CI, servers
# =============================================================================================

add(SV("k8s-secret", "postgres-password-base64", "k8s/prod/portal-db-secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: portal-db
      namespace: resident-portal
      labels:
        app.kubernetes.io/name: resident-portal
    type: Opaque
    data:
      DB_HOST: <<host>>
      DB_USER: <<user>>
      DB_PASSWORD: <<enc>>
    """, (_kp := rand_pw(24)), "Kubernetes docs: Secret data (base64)",
    host=b64("portal-db.cluster-x1.us-east-1.rds.amazonaws.com"), user=b64("portal"), enc=b64(_kp)))

add(SV("k8s-secret", "stripe-key-in-dotenv-block", "k8s/payments/payments-env.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: payments-env
      namespace: payments
    type: Opaque
    stringData:
      .env: |
        NODE_ENV=production
        RENT_DUE_DAY=1
        STRIPE_SECRET_KEY=<<v>>
        LEDGER_URL=http://ledger.payments.svc:8080
    """, stripe_key("sk_live_"), "Kubernetes docs: Secret stringData; a .env file as one key"))

add(SV("helm-values", "redis-password", "deploy/helm/values-prod.yaml", """
    replicaCount: 3

    image:
      repository: ghcr.io/harborview/tenant-portal
      tag: "2024.05.2"

    ingress:
      enabled: true
      className: nginx
      hosts:
        - host: residents.harborviewpm.com
          paths: [{ path: /, pathType: Prefix }]

    redis:
      enabled: true
      auth:
        enabled: true
        password: "<<v>>"
      master:
        persistence:
          size: 8Gi

    env:
      RAILS_ENV: production
      RAILS_LOG_TO_STDOUT: "true"
    """, fakes.redis_password(_seed()), "Bitnami Redis chart values (auth.password); Helm values files"))

add(SV("ansible", "mysql-password", "group_vars/webservers.yml", """
    ---
    # wordpress IDX sites on web01/web02
    php_version: "8.2"
    nginx_worker_processes: auto
    wordpress_sites:
      - domain: pinecrestrealty.com
        db_name: pinecrest_wp
        db_user: pinecrest_wp
      - domain: lakeviewrealty.net
        db_name: lakeview_wp
        db_user: lakeview_wp

    mysql_root_password: "<<v>>"
    mysql_bind_address: 127.0.0.1
    certbot_email: it@pinecrestrealty.com
    """, words_pw(), "Ansible docs: group_vars; geerlingguy.mysql role (mysql_root_password)"))

add(SV("terraform", "rds-password", "infra/envs/prod/terraform.tfvars", """
    region        = "us-east-1"
    environment   = "prod"
    vpc_cidr      = "10.40.0.0/16"

    db_instance_class = "db.r6g.large"
    db_name           = "tenant_portal"
    db_username       = "portal_admin"
    db_password       = "<<v>>"

    listing_photos_bucket = "pinecrest-listing-photos"
    alarm_email           = "it-alerts@pinecrestrealty.com"
    """, rand_pw(20, "!#%"), "Terraform docs: variable definitions (.tfvars)"))

add(SV("docker-compose", "mysql-root-password", "docker-compose.yml", """
    version: "3.9"
    services:
      wordpress:
        image: wordpress:6.5-php8.2-apache
        ports: ["8080:80"]
        environment:
          WORDPRESS_DB_HOST: db
          WORDPRESS_DB_USER: wp
          WORDPRESS_DB_PASSWORD_FILE: /run/secrets/wp_db_password
          WORDPRESS_DB_NAME: idx
        volumes:
          - ./wp-content:/var/www/html/wp-content
      db:
        image: mysql:8.0
        environment:
          MYSQL_ROOT_PASSWORD: <<v>>
          MYSQL_DATABASE: idx
          MYSQL_USER: wp
        volumes:
          - dbdata:/var/lib/mysql
    volumes:
      dbdata:
    """, human_pw(), "Docker Hub mysql image docs (MYSQL_ROOT_PASSWORD); wordpress image"))

add(SV("github-actions", "ssh-password", ".github/workflows/deploy.yml", """
    name: deploy
    on:
      push:
        branches: [main]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - name: Deploy theme to shared host
            uses: appleboy/scp-action@v0.1.7
            with:
              host: s214.sharedhost.example.net
              username: lakeview
              password: <<v>>
              port: 22
              source: "wp-content/themes/lakeview-idx"
              target: "public_html/wp-content/themes"
    """, human_pw(), "appleboy/scp-action README (host/username/password inputs)"))

add(SV("gitlab-ci", "sftp-password-in-cli", ".gitlab-ci.yml", """
    stages: [build, deploy]

    build:
      stage: build
      image: node:20
      script:
        - npm ci
        - npm run build
      artifacts:
        paths: [dist/]

    deploy_prod:
      stage: deploy
      image: alpine:3.19
      only: [main]
      script:
        - apk add --no-cache lftp
        - lftp -e "set sftp:auto-confirm yes; mirror -R dist/ /var/www/brookfield; quit" -u deploy,<<v>> sftp://web01.brookfieldcommons.com
    """, rand_pw(16), "GitLab CI/CD YAML reference; lftp(1) -u user,password"))

add(SV("jenkinsfile", "rets-password-env", "Jenkinsfile", """
    pipeline {
        agent { label 'feeds' }
        triggers { cron('H 3 * * *') }
        environment {
            RETS_LOGIN_URL = 'https://rets.mredllc.example-mls.com/rets/server/login'
            RETS_USERNAME  = 'KRES_MRED'
            RETS_PASSWORD  = '<<v>>'
            DATABASE_URL   = credentials('listings-db-url')
        }
        stages {
            stage('Import') {
                steps {
                    sh 'python -m feeds.rets_sync --since "$(date -d yesterday +%F)"'
                }
            }
        }
        post {
            failure { mail to: 'listings-team@keystoneresidential.com', subject: "RETS import failed #${env.BUILD_NUMBER}", body: env.BUILD_URL }
        }
    }
    """, draw(10, ALNUM), "Jenkins docs: Pipeline syntax (environment, credentials())"))

add(SV("ruby", "ssh-password", "config/deploy/production.rb", """
    # Capistrano: production web servers for the owners portal
    server "app1.owners.keystoneresidential.com", user: "deploy", roles: %w[app web db]
    server "app2.owners.keystoneresidential.com", user: "deploy", roles: %w[app web]

    set :branch, "main"
    set :rails_env, "production"

    set :ssh_options, {
      user: "deploy",
      password: "<<v>>",
      auth_methods: %w[password publickey],
      forward_agent: false,
    }
    """, words_pw(), "Capistrano docs: Properties / ssh_options"))

add(SV("php", "ssh-password", "deploy.php", """
    <?php
    namespace Deployer;

    require 'recipe/laravel.php';

    set('application', 'tenant-portal');
    set('repository', 'git@github.com:harborview/tenant-portal.git');
    set('keep_releases', 5);

    host('portal.harborviewpm.com')
        ->set('remote_user', 'forge')
        ->set('deploy_path', '/home/forge/portal.harborviewpm.com')
        ->set('ssh_arguments', ['-o PasswordAuthentication=yes'])
        ->set('become', 'forge');

    // shared host has no key auth yet; sshpass wraps the ssh binary
    set('bin/ssh', 'sshpass -p "<<v>>" ssh');

    after('deploy:failed', 'deploy:unlock');
    """, human_pw(), "Deployer docs (deployer.org): hosts and recipe/laravel.php"))

add(SV("serverless", "rapidapi-key", "serverless.yml", """
    service: comps-lambda
    frameworkVersion: "3"

    provider:
      name: aws
      runtime: python3.11
      region: us-east-1
      memorySize: 512
      timeout: 30
      environment:
        COMPS_TABLE: comps-${sls:stage}
        RAPIDAPI_HOST: zillow56.p.rapidapi.com
        RAPIDAPI_KEY: <<v>>

    functions:
      refresh:
        handler: handler.refresh
        events:
          - schedule: cron(0 9 * * ? *)
    """, rapidapi_key(), "Serverless Framework docs: serverless.yml provider.environment"))

add(SV("fly-toml", "postgres-url-password", "fly.toml", """
    app = "oakridge-maint"
    primary_region = "ord"

    [build]
      dockerfile = "Dockerfile"

    [env]
      RAILS_ENV = "production"
      DATABASE_URL = "postgres://maint:<<v>>@oakridge-db.flycast:5432/maint"
      RAILS_SERVE_STATIC_FILES = "true"

    [http_service]
      internal_port = 3000
      force_https = true
      min_machines_running = 1
    """, rand_pw(24), "Fly.io docs: fly.toml [env] section"))

add(SV("systemd", "rets-password-env", "deploy/systemd/idx-importer.service", """
    [Unit]
    Description=IDX importer (RETS -> MySQL) for pinecrestrealty.com
    After=network-online.target mysql.service

    [Service]
    Type=simple
    User=idx
    WorkingDirectory=/opt/idx-importer
    Environment=RETS_URL=https://rets.canopy.example-mls.com/rets/login
    Environment=RETS_USER=pinecrest
    Environment="RETS_PASSWORD=<<v>>"
    Environment=MYSQL_DSN=idx@unix(/run/mysqld/mysqld.sock)/idx
    ExecStart=/opt/idx-importer/bin/idx-importer --interval 15m
    Restart=on-failure

    [Install]
    WantedBy=multi-user.target
    """, words_pw(), "systemd.exec(5): Environment="))

add(SV("ini", "smtp-password", "deploy/supervisor/notices-worker.conf", """
    [program:notices-worker]
    command=/srv/portal/venv/bin/celery -A portal worker -Q notices --concurrency=2
    directory=/srv/portal/app
    user=portal
    autostart=true
    autorestart=true
    stopwaitsecs=60
    environment=DJANGO_SETTINGS_MODULE="portal.settings.prod",EMAIL_HOST="smtp.sendgrid.net",EMAIL_HOST_USER="apikey",EMAIL_HOST_PASSWORD="<<v>>"
    stdout_logfile=/var/log/portal/notices.log
    redirect_stderr=true
    """, sendgrid_key(), "Supervisor docs: [program:x] environment; SendGrid SMTP (user apikey)"))

add(SV("crontab", "basic-auth-cli", "deploy/cron/feeds.cron", """
    # m h dom mon dow  command
    SHELL=/bin/bash
    MAILTO=it-alerts@westgatemanor.com

    # pull availability from the PMS every 30 min and post it to the ILS aggregator
    */30 * * * * curl -fsS -u westgate_feed:<<v>> https://feeds.example-ils.com/v2/availability/westgate-manor -o /srv/feeds/availability.json
    5 * * * *    /srv/feeds/bin/push_units.sh >> /var/log/feeds/push_units.log 2>&1
    """, rand_pw(14), "crontab(5); curl manual (-u user:password)"))

add(SV("makefile", "mysql-password-cli", "db/Makefile", """
    # helpers for the listings database
    DB_HOST ?= 127.0.0.1
    DB_NAME ?= listings

    .PHONY: dump restore shell

    dump:
    \tmysqldump -h $(DB_HOST) -u listings_admin -p'<<v>>' --single-transaction $(DB_NAME) | gzip > dumps/$(DB_NAME)-$$(date +%F).sql.gz

    restore:
    \tgunzip -c $(FILE) | mysql -h $(DB_HOST) -u listings_admin -p $(DB_NAME)

    shell:
    \tmysql -h $(DB_HOST) -u listings_admin -p $(DB_NAME)
    """, words_pw(), "MySQL manual: mysqldump -p<password>; GNU make"))

add(S("shell", "dotenv-heredoc", "provision/setup_app.sh", T("""
    #!/usr/bin/env bash
    # First-boot provisioning for a new property's kiosk app server.
    set -euo pipefail

    apt-get update && apt-get install -y nginx php8.2-fpm php8.2-mysql unzip

    install -d -o www-data -g www-data /var/www/kiosk
    cat > /var/www/kiosk/.env <<'EOF'
    APP_ENV=production
    APP_URL=https://kiosk.local
    DB_HOST=10.8.0.1
    DB_DATABASE=kiosk
    DB_USERNAME=kiosk
    DB_PASSWORD=<<v>>
    EOF
    chown www-data:www-data /var/www/kiosk/.env && chmod 640 /var/www/kiosk/.env

    systemctl enable --now php8.2-fpm nginx
    """, v=(_hd := human_pw())), _hd, "bash manual: here-documents"))

add(SV("json", "sftp-password", ".vscode/sftp.json", """
    {
        "name": "Lakeview Realty (shared host)",
        "host": "ftp.lakeviewrealty.net",
        "protocol": "sftp",
        "port": 22,
        "username": "lakeview",
        "password": "<<v>>",
        "remotePath": "/home/lakeview/public_html",
        "uploadOnSave": true,
        "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]
    }
    """, human_pw(), "Natizyskunk/vscode-sftp README: sftp.json"))

add(SV("xml", "ftp-password-base64", "tools/filezilla/sitemanager.xml", """
    <?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
    <FileZilla3 version="3.66.4" platform="windows">
        <Servers>
            <Server>
                <Host>idx.mlsfeeds.example-mls.com</Host>
                <Port>21</Port>
                <Protocol>0</Protocol>
                <Type>0</Type>
                <User>kingsley_idx</User>
                <Pass encoding="base64"><<enc>></Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <Name>MLS IDX drop</Name>
                <Comments>photos in /IDX/photos, data in /IDX/data</Comments>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Servers>
    </FileZilla3>
    """, (_fz := human_pw()), "FileZilla sitemanager.xml (Pass encoding=base64)", enc=b64(_fz)))

add(SV("json", "github-token", "auth.json", """
    {
        "github-oauth": {
            "github.com": "<<v>>"
        },
        "http-basic": {
            "repo.packagist.com": {
                "username": "token",
                "password": "${PACKAGIST_TOKEN}"
            }
        }
    }
    """, github_token(), "Composer docs: authentication (auth.json github-oauth)"))

add(SV("npmrc", "npm-token", ".npmrc", """
    # private packages: @harborview/ui-kit, @harborview/lease-calc
    @harborview:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=<<v>>
    save-exact=true
    engine-strict=true
    """, npm_token(), "npm docs: .npmrc auth-related configuration (_authToken)"))

add(SV("ruby", "gem-source-credentials", "Gemfile", """
    source "https://rubygems.org"

    ruby "3.2.3"

    gem "rails", "~> 7.1.3"
    gem "pg", "~> 1.5"
    gem "puma", ">= 5.0"
    gem "rets", "~> 0.11"
    gem "searchkick"

    source "https://<<user>>:<<v>>@gems.contribsys.com/" do
      gem "sidekiq-pro"
    end

    group :development, :test do
      gem "rspec-rails"
      gem "factory_bot_rails"
    end
    """, hexs(8), "Sidekiq Pro wiki: installation via gems.contribsys.com credentials", user=hexs(8)))

add(SV("requirements", "pip-index-token", "requirements.txt", """
    --extra-index-url https://__token__:<<v>>@gitlab.com/api/v4/projects/48213377/packages/pypi/simple
    django==4.2.13
    djangorestframework==3.15.1
    celery==5.3.6
    requests==2.32.3
    keystone-lease-calc==1.4.0
    """, gitlab_token(), "pip docs: requirements file format (--extra-index-url); GitLab PyPI registry"))

add(SV("yaml", "rubygems-api-key", "deploy/gem/credentials", """
    ---
    # copied to ~/.gem/credentials on the release runner (chmod 0600)
    # pushes: rets-mapper, yardi-itf, lease-calc
    :rubygems_api_key: <<v>>
    # internal gem server key comes from GEMS_HOST_API_KEY at release time
    """, rubygems_key(), "RubyGems guides: ~/.gem/credentials (rubygems_api_key)"))

add(SV("shell", "github-token-in-url", "bin/deploy-theme", """
    #!/bin/sh
    # Pull the IDX theme from GitHub onto the web box and reload php-fpm.
    set -e
    cd /var/www/pinecrest/wp-content/themes
    if [ ! -d pinecrest-idx ]; then
      git clone https://pinecrest-deploy:<<v>>@github.com/pinecrest-realty/pinecrest-idx.git
    else
      cd pinecrest-idx && git pull --ff-only && cd ..
    fi
    sudo systemctl reload php8.2-fpm
    """, fakes.github_fine_grained_token(_seed()), "git docs: URLs with userinfo; GitHub fine-grained PATs"))

add(SV("private-key", "openssh-deploy-key", "deploy/keys/id_ed25519_feeds", """
    <<v>>
    """, fakes.fake_pem(_seed(), "OPENSSH"), "OpenSSH ssh-keygen private key file format"))

add(SV("json", "docker-registry-auth", "deploy/docker/config.json", """
    {
      "auths": {
        "registry.keystoneresidential.com": {
          "auth": "<<enc>>"
        },
        "https://index.docker.io/v1/": {}
      },
      "credsStore": "",
      "HttpHeaders": { "User-Agent": "Docker-Client/24.0.7 (linux)" }
    }
    """, (_dr := rand_pw(20)), "Docker docs: config.json auths (base64 user:password)", enc=b64("ci-deploy:" + _dr)))

add(SV("nginx", "basic-auth-header", "deploy/nginx/rets-proxy.conf", """
    # internal proxy so the importers don't each hold the MLS web API login
    upstream mls_webapi {
        server api.example-mls.com:443;
    }

    server {
        listen 8089;
        server_name rets-proxy.internal;

        location /odata/ {
            proxy_pass https://mls_webapi/odata/;
            proxy_set_header Host api.example-mls.com;
            proxy_set_header Authorization "Basic <<enc>>";
            proxy_ssl_server_name on;
        }
    }
    """, (_ng := words_pw()), "nginx docs: ngx_http_proxy_module proxy_set_header; RFC 7617 Basic",
    enc=b64("keystone_feed:" + _ng)))


# =============================================================================================
# Decoys: placeholders, environment and secret-manager references, templates
# =============================================================================================

add(DV("dotenv", "placeholder", ".env.example", """
    APP_NAME="Harborview Resident Portal"
    APP_ENV=local
    APP_KEY=
    APP_DEBUG=true
    APP_URL=http://localhost:8000

    DB_CONNECTION=mysql
    DB_HOST=127.0.0.1
    DB_PORT=3306
    DB_DATABASE=portal
    DB_USERNAME=root
    DB_PASSWORD=

    # Stripe test mode keys from https://dashboard.stripe.com/test/apikeys
    STRIPE_KEY=pk_test_your_publishable_key
    STRIPE_SECRET=sk_test_your_secret_key
    STRIPE_WEBHOOK_SECRET=whsec_...

    RETS_LOGIN_URL=https://rets.example-mls.com/rets/login
    RETS_USERNAME=your-rets-username
    RETS_PASSWORD=your-rets-password
    BRIDGE_SERVER_TOKEN=
    """, "Laravel .env.example convention"))

add(DV("php-config", "env-reference", "config/mls.php", """
    <?php

    return [
        'driver' => env('MLS_DRIVER', 'reso'),

        'rets' => [
            'login_url' => env('RETS_LOGIN_URL'),
            'username' => env('RETS_USERNAME'),
            'password' => env('RETS_PASSWORD'),
            'user_agent' => env('RETS_USER_AGENT', 'HarborviewIDX/1.0'),
            'user_agent_password' => env('RETS_UA_PASSWORD'),
        ],

        'reso' => [
            'base_url' => env('RESO_BASE_URL', 'https://api.bridgedataoutput.com/api/v2/OData'),
            'dataset' => env('RESO_DATASET', 'actris'),
            'token' => env('RESO_SERVER_TOKEN'),
        ],

        'sync_every_minutes' => (int) env('MLS_SYNC_MINUTES', 15),
    ];
    """, "Laravel docs: configuration, env() helper"))

add(DV("python", "env-reference", "feeds/settings.py", """
    \"\"\"Feed settings: everything secret comes from the environment (see deploy/feeds.env.tpl).\"\"\"
    import os

    RETS_LOGIN_URL = os.environ.get("RETS_LOGIN_URL", "https://retsgw.flexmls.com/rets2_3/Login")
    RETS_USERNAME = os.environ["RETS_USERNAME"]
    RETS_PASSWORD = os.environ["RETS_PASSWORD"]
    RETS_UA_PASSWORD = os.getenv("RETS_UA_PASSWORD", "")

    BRIDGE_TOKEN = os.environ["BRIDGE_SERVER_TOKEN"]
    MLSGRID_TOKEN = os.environ.get("MLSGRID_TOKEN")

    DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://localhost/listings")
    PHOTO_BUCKET = os.environ.get("PHOTO_BUCKET", "listing-photos-dev")
    BATCH_SIZE = int(os.environ.get("BATCH_SIZE", "500"))
    """, "Python os.environ; twelve-factor config"))

add(DV("ruby", "credentials-reference", "config/initializers/payments.rb", """
    # frozen_string_literal: true

    # Rent payments: keys live in config/credentials/production.yml.enc
    Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)
    Stripe.api_version = "2023-10-16"

    PLAID_CONFIG = {
      client_id: Rails.application.credentials.dig(:plaid, :client_id),
      secret: Rails.application.credentials.dig(:plaid, :secret),
      env: Rails.env.production? ? "production" : "sandbox",
    }.freeze

    DWOLLA_KEY = ENV.fetch("DWOLLA_KEY")
    DWOLLA_SECRET = ENV.fetch("DWOLLA_SECRET")
    """, "Rails guides: Custom Credentials (credentials.dig)"))

add(DV("yaml", "erb-env", "apps/owners/config/database.yml", """
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
      username: <%= ENV["OWNERS_DB_USER"] %>
      password: <%= ENV["OWNERS_DB_PASSWORD"] %>
      host: <%= ENV.fetch("OWNERS_DB_HOST", "localhost") %>

    development:
      <<: *default
      database: owners_development

    test:
      <<: *default
      database: owners_test

    production:
      <<: *default
      database: owners_production
      url: <%= ENV["DATABASE_URL"] %>
    """, "Rails guides: Configuring a database (ERB in database.yml)"))

add(DV("docker-compose", "env-interpolation", "deploy/compose/docker-compose.staging.yml", """
    services:
      portal:
        image: ghcr.io/harborview/tenant-portal:${PORTAL_TAG:-latest}
        env_file: ./portal.staging.env
        environment:
          DB_PASSWORD: ${PORTAL_DB_PASSWORD:?set PORTAL_DB_PASSWORD}
          STRIPE_SECRET: ${STRIPE_SECRET}
          REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
        depends_on: [mysql, redis]
      mysql:
        image: mysql:8.0
        environment:
          MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root
          MYSQL_DATABASE: portal
        secrets: [mysql_root]
      redis:
        image: redis:7-alpine
        command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
    secrets:
      mysql_root:
        file: ./secrets/mysql_root.txt
    """, "Compose file reference: interpolation and secrets"))

add(DV("helm-template", "template-expression", "deploy/helm/templates/secret.yaml", """
    apiVersion: v1
    kind: Secret
    metadata:
      name: {{ include "tenant-portal.fullname" . }}-env
      labels:
        {{- include "tenant-portal.labels" . | nindent 4 }}
    type: Opaque
    data:
      DB_PASSWORD: {{ .Values.database.password | b64enc | quote }}
      STRIPE_SECRET: {{ required "stripe.secretKey is required" .Values.stripe.secretKey | b64enc | quote }}
      RETS_PASSWORD: {{ .Values.rets.password | default "" | b64enc | quote }}
      {{- if .Values.brivo.enabled }}
      BRIVO_CLIENT_SECRET: {{ .Values.brivo.clientSecret | b64enc | quote }}
      {{- end }}
    """, "Helm docs: chart templates, b64enc, required"))

add(DV("helm-values", "existing-secret", "deploy/helm/values-staging.yaml", """
    replicaCount: 1

    image:
      repository: ghcr.io/harborview/tenant-portal
      tag: "staging-7c41e2a"

    database:
      host: portal-staging.cluster-x1.us-east-1.rds.amazonaws.com
      existingSecret: portal-db
      passwordKey: DB_PASSWORD

    redis:
      enabled: true
      auth:
        enabled: true
        existingSecret: portal-redis
        existingSecretPasswordKey: redis-password

    stripe:
      existingSecret: stripe-test-keys
    """, "Bitnami charts: auth.existingSecret convention"))

add(DV("k8s", "external-secret", "k8s/prod/external-secret-rets.yaml", """
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: rets-credentials
      namespace: feeds
    spec:
      refreshInterval: 1h
      secretStoreRef:
        name: aws-secrets-manager
        kind: ClusterSecretStore
      target:
        name: rets-credentials
        creationPolicy: Owner
      data:
        - secretKey: RETS_USERNAME
          remoteRef:
            key: prod/feeds/rets
            property: username
        - secretKey: RETS_PASSWORD
          remoteRef:
            key: prod/feeds/rets
            property: password
    """, "External Secrets Operator docs: ExternalSecret"))

add(DV("sops", "ciphertext", "secrets/prod.enc.yaml", """
    rets:
        username: <<u>>
        password: <<p>>
    stripe:
        secret_key: <<s>>
    sops:
        kms:
            - arn: arn:aws:kms:us-east-1:381942207713:key/<<kid>>
              created_at: "2024-04-02T17:20:11Z"
              enc: <<enc>>
              aws_profile: ""
        lastmodified: "2024-04-02T17:20:12Z"
        mac: <<mac>>
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "SOPS README: encrypted YAML with KMS",
    u=sops_value(12), p=sops_value(18), s=sops_value(32), kid=uuid_s(), enc="AQICAH" + draw(180, ALNUM + "+/") + "==",
    mac=sops_value(32).replace("type:str", "type:str")))

add(DV("ansible", "vault-ciphertext", "group_vars/all/vault.yml", """
    <<blob>>
    """, "Ansible docs: encrypting files with ansible-vault", blob=vault_blob(9)))

add(DV("k8s", "sealed-secret", "k8s/sealed/stripe-sealed.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: stripe-keys
      namespace: payments
    spec:
      encryptedData:
        STRIPE_SECRET_KEY: <<a>>
        STRIPE_WEBHOOK_SECRET: <<b>>
      template:
        metadata:
          name: stripe-keys
          namespace: payments
        type: Opaque
    """, "bitnami-labs/sealed-secrets README: SealedSecret encryptedData", a=sealed_value(), b=sealed_value()))

add(DV("pulumi", "secure-ciphertext", "infra/Pulumi.prod.yaml", """
    encryptionsalt: v1:<<salt>>
    config:
      aws:region: us-east-1
      portal:dbInstanceClass: db.t4g.medium
      portal:dbPassword:
        secure: v1:<<c1>>
      portal:stripeSecret:
        secure: v1:<<c2>>
      portal:domain: residents.harborviewpm.com
    """, "Pulumi docs: secrets (secure: values in stack config)",
    salt=b64_bytes(8) + ":v1:" + b64_bytes(12) + ":" + b64_bytes(32),
    c1=b64_bytes(12) + ":v1:" + b64_bytes(30), c2=b64_bytes(12) + ":v1:" + b64_bytes(44)))

add(DV("cloudformation", "dynamic-reference", "cfn/portal-db.yaml", """
    AWSTemplateFormatVersion: "2010-09-09"
    Description: Resident portal database
    Parameters:
      Env:
        Type: String
        AllowedValues: [staging, prod]
    Resources:
      PortalDb:
        Type: AWS::RDS::DBInstance
        Properties:
          Engine: postgres
          EngineVersion: "15.5"
          DBInstanceClass: db.t4g.medium
          AllocatedStorage: "100"
          MasterUsername: "{{resolve:secretsmanager:portal/${Env}/db:SecretString:username}}"
          MasterUserPassword: "{{resolve:secretsmanager:portal/${Env}/db:SecretString:password}}"
          StorageEncrypted: true
          DeletionProtection: true
    """, "AWS CloudFormation docs: dynamic references (resolve:secretsmanager)"))

add(DV("dotenv", "op-reference", "deploy/feeds.env.tpl", """
    # rendered with `op inject -i deploy/feeds.env.tpl -o /etc/feeds.env`
    RETS_LOGIN_URL=https://retsgw.flexmls.com/rets2_3/Login
    RETS_USERNAME=op://Property Ops/HAR RETS/username
    RETS_PASSWORD=op://Property Ops/HAR RETS/password
    BRIDGE_SERVER_TOKEN=op://Property Ops/Bridge API/credential
    DATABASE_URL=postgresql://feeds:{{ op://Property Ops/listings-db/password }}@listings-db.internal:5432/listings
    """, "1Password CLI docs: secret references (op://) and op inject"))

add(DV("vault-template", "template-expression", "vault/agent/portal-env.ctmpl", """
    {{- with secret "secret/data/portal/prod" -}}
    DB_PASSWORD={{ .Data.data.db_password }}
    STRIPE_SECRET={{ .Data.data.stripe_secret }}
    PLAID_SECRET={{ .Data.data.plaid_secret }}
    {{- end }}
    {{- with secret "database/creds/portal-readonly" }}
    REPORTS_DB_USER={{ .Data.username }}
    REPORTS_DB_PASSWORD={{ .Data.password }}
    {{- end }}
    """, "Vault Agent docs: templates (consul-template syntax)"))

add(DV("github-actions", "secrets-context", ".github/workflows/sync-listings.yml", """
    name: sync-listings
    on:
      schedule:
        - cron: "*/30 * * * *"
      workflow_dispatch:

    jobs:
      sync:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - name: Pull MLS Grid changes
            env:
              MLSGRID_TOKEN: ${{ secrets.MLSGRID_TOKEN }}
              DATABASE_URL: ${{ secrets.LISTINGS_DATABASE_URL }}
              AWS_ACCESS_KEY_ID: ${{ vars.PHOTOS_AWS_KEY_ID }}
              AWS_SECRET_ACCESS_KEY: ${{ secrets.PHOTOS_AWS_SECRET }}
            run: python -m feeds.mlsgrid_sync --since-last
    """, "GitHub Actions docs: using secrets in workflows"))

add(DV("gitlab-ci", "variable-reference", "ci/feeds.gitlab-ci.yml", """
    rets_import:
      stage: deploy
      image: python:3.12-slim
      rules:
        - if: $CI_PIPELINE_SOURCE == "schedule"
      variables:
        RETS_LOGIN_URL: "https://rets.example-mls.com/rets/login"
        RETS_USERNAME: $RETS_USERNAME
        RETS_PASSWORD: $RETS_PASSWORD
      before_script:
        - pip install -r requirements.txt
      script:
        - python -m feeds.rets_sync --since "$(date -d yesterday +%F)"
        - curl -fsS -u "$FEED_USER:$FEED_PASSWORD" -T out/availability.xml "$ILS_UPLOAD_URL"
    """, "GitLab CI/CD docs: CI/CD variables"))

add(DV("jenkinsfile", "credentials-binding", "jenkins/Jenkinsfile.deploy", """
    pipeline {
        agent any
        stages {
            stage('Deploy portal') {
                steps {
                    withCredentials([
                        usernamePassword(credentialsId: 'portal-ssh', usernameVariable: 'SSH_USER', passwordVariable: 'SSH_PASS'),
                        string(credentialsId: 'stripe-live-secret', variable: 'STRIPE_SECRET')
                    ]) {
                        sh '''
                          sshpass -e ssh "$SSH_USER@portal01" "cd /srv/portal && ./deploy.sh"
                        '''
                    }
                }
            }
        }
    }
    """, "Jenkins docs: Credentials Binding plugin (withCredentials)"))

add(DV("kustomize", "file-reference", "k8s/overlays/prod/kustomization.yaml", """
    apiVersion: kustomize.config.k8s.io/v1beta1
    kind: Kustomization
    namespace: resident-portal
    resources:
      - ../../base
    images:
      - name: ghcr.io/harborview/tenant-portal
        newTag: "2024.05.2"
    secretGenerator:
      - name: portal-env
        envs:
          - secrets/portal.env
      - name: docusign-jwt
        files:
          - private.key=secrets/docusign_private.pem
    generatorOptions:
      disableNameSuffixHash: true
    """, "Kustomize docs: secretGenerator (envs, files)"))

add(DV("ini", "interpolation", "etc/importer.ini", """
    [DEFAULT]
    mls_host = rets.example-mls.com
    base_dir = /srv/idx

    [rets]
    login_url = https://%(mls_host)s/rets/login
    username = %(RETS_USER)s
    password = %(RETS_PASSWORD)s
    download_dir = %(base_dir)s/incoming

    [database]
    url = mysql://idx:%(DB_PASSWORD)s@localhost/idx
    """, "Python configparser docs: BasicInterpolation %(name)s"))

add(DV("python", "changeme-example", "leasing/local_settings.py.example", """
    # Copy to local_settings.py and fill in. Never commit the copy.
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "leasing",
            "USER": "leasing_app",
            "PASSWORD": "changeme",
            "HOST": "localhost",
            "PORT": "5432",
        }
    }

    SECRET_KEY = "replace-me-with-a-50-character-random-string"
    YARDI_PASSWORD = "<ask-it-for-the-itf-password>"
    DEBUG = True
    """, "Django project convention: local_settings.py.example"))

add(DV("markdown", "doc-placeholder", "docs/bridge-api.md", """
    # Pulling listings from Bridge

    Every request takes the server token as `access_token`:

    ```bash
    export BRIDGE_TOKEN=<your-server-token>
    curl "https://api.bridgedataoutput.com/api/v2/OData/actris/Property?access_token=$BRIDGE_TOKEN&\\$top=1"
    ```

    Or, with a header:

    ```bash
    curl -H "Authorization: Bearer YOUR_ACCESS_TOKEN" \\
      "https://api.bridgedataoutput.com/api/v2/OData/actris/Property?\\$filter=StandardStatus%20eq%20'Active'"
    ```

    The token lives in 1Password under *Property Ops / Bridge API*. Ask #listings-eng for access.
    """, "Bridge Interactive API docs (bridgedataoutput.com/docs/platform)"))

add(DV("markdown", "doc-placeholder", "docs/access-control.md", """
    # Brivo integration

    1. In Brivo Access, create an API application and note the **client ID** and **client secret**.
    2. Request an **API key** from developer.brivo.com.
    3. Store all three in AWS Secrets Manager at `prod/access/brivo`.

    Test the token call by hand:

    ```
    curl -X POST "https://auth.brivo.com/oauth/token?grant_type=password&username=<admin-user>&password=<admin-password>" \\
      -u "<client-id>:<client-secret>" \\
      -H "api-key: <your-api-key>"
    ```

    Move-in flow: `AccessGrant.create!` -> Brivo user -> group "Residents - <building>".
    """, "Brivo developer portal: OAuth password grant"))

add(DV("php", "sample-placeholder", "wp-config-sample.php", """
    <?php
    /**
     * The base configuration for WordPress
     *
     * @package WordPress
     */

    // ** Database settings - You can get this info from your web host ** //
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

    $table_prefix = 'wp_';
    define( 'WP_DEBUG', false );
    """, "WordPress wp-config-sample.php"))

add(DV("yaml", "sample-placeholder", "config/spark_api.yml.sample", """
    # Copy to config/spark_api.yml. Keys come from the FBS developer portal.
    production:
      api_key: "your_api_key"
      api_secret: "your_api_secret"
      callback: "https://agents.pinecrestrealty.com/auth/spark/callback"
      endpoint: "https://sparkapi.com"
    development:
      api_key: "your_dev_api_key"
      api_secret: "your_dev_api_secret"
      callback: "http://localhost:3000/auth/spark/callback"
      endpoint: "https://sparkapi.com"
    """, "spark_api gem README: configuration keys"))

add(DV("python", "doc-placeholder", "comps/zillow_client.py", """
    \"\"\"Thin client for the Zillow RapidAPI wrapper.

    Example::

        client = ZillowClient(api_key="YOUR_RAPIDAPI_KEY")
        client.property(zpid=48749425)
    \"\"\"
    import os

    import requests


    class ZillowClient:
        HOST = "zillow-com1.p.rapidapi.com"

        def __init__(self, api_key: str | None = None):
            self.api_key = api_key or os.environ["RAPIDAPI_KEY"]

        def property(self, zpid: int) -> dict:
            r = requests.get(f"https://{self.HOST}/property", params={"zpid": zpid},
                             headers={"X-RapidAPI-Key": self.api_key, "X-RapidAPI-Host": self.HOST}, timeout=20)
            r.raise_for_status()
            return r.json()
    """, "RapidAPI docs: X-RapidAPI-Key header"))

add(DV("markdown", "doc-placeholder", "docs/rets.md", """
    # RETS quick start (PHRETS 2)

    ```php
    $config = new \\PHRETS\\Configuration;
    $config->setLoginUrl('rets_login_url_here')
        ->setUsername('rets_username')
        ->setPassword('rets_password')
        ->setRetsVersion('1.7.2');

    $rets = new \\PHRETS\\Session($config);
    $connect = $rets->Login();
    ```

    Real credentials: `RETS_USERNAME` / `RETS_PASSWORD` in the environment, see `config/mls.php`.
    Metadata is cached in `storage/rets/metadata.xml` for 24 hours.
    """, "PHRETS 2 README (github.com/troydavisson/PHRETS)"))

add(DV("python", "public-demo-credentials", "tests/test_simplyrets_client.py", """
    \"\"\"Contract tests against the SimplyRETS public demo feed.

    SimplyRETS publishes demo credentials (simplyrets / simplyrets) that return sample data
    for anyone; see https://docs.simplyrets.com/api/index.html
    \"\"\"
    import pytest
    import requests

    DEMO_AUTH = ("simplyrets", "simplyrets")


    @pytest.mark.network
    def test_demo_feed_returns_listings():
        r = requests.get("https://api.simplyrets.com/properties", params={"limit": 2}, auth=DEMO_AUTH, timeout=20)
        assert r.status_code == 200
        assert {"mlsId", "listPrice", "address"} <= set(r.json()[0])
    """, "SimplyRETS API docs: demo credentials simplyrets/simplyrets"))

add(DV("terraform", "variable-reference", "infra/modules/rds/main.tf", """
    resource "random_password" "master" {
      length           = 32
      special          = true
      override_special = "!#%&*()-_=+[]<>:?"
    }

    resource "aws_secretsmanager_secret_version" "master" {
      secret_id     = aws_secretsmanager_secret.master.id
      secret_string = jsonencode({ username = var.db_username, password = random_password.master.result })
    }

    resource "aws_db_instance" "this" {
      identifier          = "${var.environment}-tenant-portal"
      engine              = "postgres"
      engine_version      = "15.5"
      instance_class      = var.db_instance_class
      username            = var.db_username
      password            = random_password.master.result
      storage_encrypted   = true
      skip_final_snapshot = false
    }
    """, "Terraform registry: random_password, aws_db_instance"))

add(DV("php-config", "env-reference", "apps/portal/config/services.php", """
    <?php

    return [
        'stripe' => [
            'key' => env('STRIPE_KEY'),
            'secret' => env('STRIPE_SECRET'),
            'webhook' => ['secret' => env('STRIPE_WEBHOOK_SECRET'), 'tolerance' => 300],
        ],

        'twilio' => [
            'sid' => env('TWILIO_ACCOUNT_SID'),
            'token' => env('TWILIO_AUTH_TOKEN'),
            'from' => env('TWILIO_FROM', '+15125550142'),
        ],

        'latch' => [
            'base_url' => env('LATCH_API_BASE', 'https://rest.latch.com/access/sdk/v1'),
            'token' => env('LATCH_API_TOKEN'),
        ],
    ];
    """, "Laravel docs: config/services.php"))

add(DV("json", "env-var-names", "config/custom-environment-variables.json", """
    {
      "mongo": {
        "uri": "MONGO_URL"
      },
      "jwt": {
        "secret": "JWT_SECRET",
        "expiresIn": "JWT_EXPIRES_IN"
      },
      "stripe": {
        "secretKey": "STRIPE_SECRET_KEY",
        "webhookSecret": "STRIPE_WEBHOOK_SECRET"
      },
      "smartrent": {
        "email": "SMARTRENT_EMAIL",
        "password": "SMARTRENT_PASSWORD"
      }
    }
    """, "node-config docs: custom-environment-variables.json"))

add(DV("npmrc", "env-reference", "packages/ui-kit/.npmrc", """
    # CI sets NPM_TOKEN from the org secret; locally use `npm login`
    @harborview:registry=https://registry.npmjs.org/
    //registry.npmjs.org/:_authToken=${NPM_TOKEN}
    access=restricted
    save-exact=true
    """, "npm docs: .npmrc environment variable replacement"))

add(DV("json", "placeholder", "auth.json.example", """
    {
        "github-oauth": {
            "github.com": "<github-personal-access-token>"
        },
        "http-basic": {
            "repo.packagist.com": {
                "username": "token",
                "password": "<private-packagist-token>"
            }
        }
    }
    """, "Composer docs: authentication for private packages"))

add(DV("makefile", "env-reference", "ops/Makefile", """
    # Requires DB_PASSWORD in the environment (direnv loads it from 1Password)
    DB_HOST ?= 127.0.0.1

    .PHONY: backup psql

    backup:
    \tPGPASSWORD="$$DB_PASSWORD" pg_dump -h $(DB_HOST) -U portal -Fc portal > backups/portal-$$(date +%F).dump

    psql:
    \tpsql "postgresql://portal@$(DB_HOST):5432/portal"

    mysql-shell:
    \tmysql -h $(DB_HOST) -u listings_admin -p listings
    """, "GNU make; PostgreSQL docs: PGPASSWORD"))

add(DV("shell", "runtime-fetch", "bin/fetch-secrets.sh", """
    #!/usr/bin/env bash
    # Render /etc/portal.env from SSM Parameter Store at boot.
    set -euo pipefail
    REGION=${AWS_REGION:-us-east-1}

    get() {
      aws ssm get-parameter --region "$REGION" --with-decryption --name "/portal/prod/$1" \\
        --query Parameter.Value --output text
    }

    {
      echo "DB_PASSWORD=$(get db_password)"
      echo "STRIPE_SECRET=$(get stripe_secret)"
      echo "BRIVO_CLIENT_SECRET=$(get brivo_client_secret)"
    } > /etc/portal.env
    chmod 600 /etc/portal.env
    """, "AWS CLI docs: ssm get-parameter --with-decryption"))

add(DV("systemd", "environment-file", "deploy/systemd/rets-sync.service", """
    [Unit]
    Description=RETS sync worker
    After=network-online.target

    [Service]
    User=feeds
    EnvironmentFile=/etc/feeds/rets-sync.env
    Environment=PYTHONUNBUFFERED=1
    Environment=BATCH_SIZE=500
    ExecStart=/opt/feeds/venv/bin/python -m feeds.rets_sync --loop
    Restart=always
    RestartSec=30

    [Install]
    WantedBy=multi-user.target
    """, "systemd.exec(5): EnvironmentFile="))

add(DV("postman", "variable-reference", "postman/Yardi-ITF.postman_collection.json", """
    {
      "info": {
        "_postman_id": "<<pid>>",
        "name": "Yardi ITF ResidentData",
        "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
      },
      "item": [
        {
          "name": "GetResidents",
          "request": {
            "method": "POST",
            "header": [{ "key": "Content-Type", "value": "text/xml; charset=utf-8" }],
            "body": {
              "mode": "raw",
              "raw": "<soap:Envelope xmlns:soap=\\"http://schemas.xmlsoap.org/soap/envelope/\\"><soap:Body><GetResidents_Login xmlns=\\"http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentData\\"><UserName>{{yardi_user}}</UserName><Password>{{yardi_password}}</Password><ServerName>{{yardi_server}}</ServerName><Database>{{yardi_db}}</Database><Platform>SQL Server</Platform><YardiPropertyId>hv100</YardiPropertyId><InterfaceEntity>{{entity}}</InterfaceEntity><InterfaceLicense>{{license}}</InterfaceLicense></GetResidents_Login></soap:Body></soap:Envelope>"
            },
            "url": "{{yardi_base}}/Webservices/itfresidentdata.asmx"
          }
        }
      ],
      "variable": [
        { "key": "yardi_base", "value": "https://www.yardiasp14.com/21853harborview" }
      ]
    }
    """, "Postman docs: variables ({{name}}) in collections", pid=uuid_s()))

add(DV("http-client", "dotenv-reference", "api/bridge.http", """
    @dataset = actris
    @token = {{$dotenv BRIDGE_SERVER_TOKEN}}

    ### Newest active listings
    GET https://api.bridgedataoutput.com/api/v2/OData/{{dataset}}/Property?access_token={{token}}&$orderby=ListingContractDate desc&$top=5

    ### Replication feed
    GET https://api.bridgedataoutput.com/api/v2/OData/{{dataset}}/Property/replication?access_token={{token}}
    """, "VS Code REST Client README: {{$dotenv}} system variable"))

add(DV("python", "keyring-reference", "maintenance/zendesk_auth.py", """
    \"\"\"Zendesk credentials for the work-order sync, from the OS keyring (or env in CI).\"\"\"
    import os

    import keyring
    from zenpy import Zenpy

    SERVICE = "zendesk-oakridgecommons"


    def client() -> Zenpy:
        email = os.environ.get("ZENDESK_EMAIL", "maintenance@oakridgecommons.com")
        token = os.environ.get("ZENDESK_TOKEN") or keyring.get_password(SERVICE, email)
        if not token:
            raise SystemExit(f"run: keyring set {SERVICE} {email}")
        return Zenpy(email=email, token=token, subdomain="oakridgecommons")
    """, "keyring docs: get_password; Zenpy docs"))

add(DV("xml", "env-placeholder", "config/yardi/itf-billing.xml", """
    <?xml version="1.0" encoding="utf-8"?>
    <!-- ItfResidentTransactions20: rent charges export. ${...} filled by bin/render-config at deploy. -->
    <YardiInterface>
      <Endpoint>https://www.yardiasp14.com/21853harborview/Webservices/ItfResidentTransactions20.asmx</Endpoint>
      <UserName>${YARDI_ITF_USER}</UserName>
      <Password>${YARDI_ITF_PASSWORD}</Password>
      <ServerName>hvpm_live</ServerName>
      <Database>hvpm_live</Database>
      <Platform>SQL Server</Platform>
      <InterfaceEntity>Harborview Payments</InterfaceEntity>
      <InterfaceLicenseFile>${YARDI_LICENSE_PATH}</InterfaceLicenseFile>
    </YardiInterface>
    """, "Yardi Voyager SOAP interfaces; envsubst-style placeholders"))

add(DV("yaml", "key-file-path", "config/docusign.example.yml", """
    # Lease e-signing (JWT grant). The integration key and user id are identifiers, not secrets.
    production:
      integration_key: <<ik>>
      user_id: <<uid>>
      account_id: <<aid>>
      auth_server: account.docusign.com
      base_uri: https://na3.docusign.net/restapi
      private_key_path: /run/secrets/docusign_private.pem
      lease_template_id: <<tpl>>
    """, "DocuSign eSignature docs: JWT grant settings", ik=uuid_s(), uid=uuid_s(), aid=uuid_s(), tpl=uuid_s()))

add(DV("ssh-config", "key-file-path", "deploy/ssh_config", """
    # ssh -F deploy/ssh_config feeds01
    Host bastion
      HostName bastion.harborviewpm.com
      User deploy
      IdentityFile ~/.ssh/harborview_deploy_ed25519

    Host feeds01 web01 web02
      HostName %h.internal.harborviewpm.com
      User deploy
      ProxyJump bastion
      IdentityFile ~/.ssh/harborview_deploy_ed25519
      StrictHostKeyChecking yes
    """, "ssh_config(5)"))

add(DV("ansible", "vault-variable-reference", "inventory/production.ini", """
    [web]
    web01.pinecrestrealty.internal
    web02.pinecrestrealty.internal

    [feeds]
    feeds01.pinecrestrealty.internal

    [all:vars]
    ansible_user=deploy
    ansible_ssh_private_key_file=~/.ssh/pinecrest_deploy
    ansible_become_password="{{ vault_become_password }}"
    mysql_root_password="{{ vault_mysql_root_password }}"
    """, "Ansible docs: inventory variables; vault variable indirection"))

# =============================================================================================
# Decoys: hashes, public keys, certificates, ids, checksums, fixtures of the theme
# =============================================================================================

add(DV("python", "account-sid-only", "notify/twilio_client.py", """
    \"\"\"Twilio client for resident SMS. The SIDs are identifiers; the auth token is in the env.\"\"\"
    import os

    from twilio.rest import Client

    ACCOUNT_SID = "<<sid>>"
    MESSAGING_SERVICE_SID = "MG<<mg>>"

    client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


    def text_resident(phone: str, body: str) -> str:
        msg = client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to=phone, body=body)
        return msg.sid
    """, "Twilio docs: Account SID vs auth token; Messaging Services", sid=twilio_sid(), mg=hexs(32)))

add(DV("php", "env-reference", "app/Http/Controllers/StripeWebhookController.php", """
    <?php

    namespace App\\Http\\Controllers;

    use Illuminate\\Http\\Request;
    use Stripe\\Exception\\SignatureVerificationException;
    use Stripe\\Webhook;

    class StripeWebhookController extends Controller
    {
        public function __invoke(Request $request)
        {
            try {
                $event = Webhook::constructEvent(
                    $request->getContent(),
                    $request->header('Stripe-Signature'),
                    config('services.stripe.webhook.secret'),
                    300
                );
            } catch (SignatureVerificationException $e) {
                abort(400, 'bad signature');
            }

            if ($event->type === 'invoice.paid') {
                dispatch(new \\App\\Jobs\\PostRentPayment($event->data->object->id));
            }
            return response()->noContent();
        }
    }
    """, "Stripe docs: check webhook signatures (constructEvent)"))

add(DV("python", "password-policy", "portal/settings/auth.py", """
    AUTH_PASSWORD_VALIDATORS = [
        {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
        {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
        {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    ]

    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.Argon2PasswordHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]
    PASSWORD_RESET_TIMEOUT = 60 * 60 * 24  # resident invite links last a day
    LOGIN_URL = "/residents/login/"
    """, "Django docs: password management (AUTH_PASSWORD_VALIDATORS, PASSWORD_HASHERS)"))

add(DV("ruby", "schema-column", "db/migrate/20240211153012_create_residents.rb", """
    class CreateResidents < ActiveRecord::Migration[7.1]
      def change
        create_table :residents do |t|
          t.references :unit, null: false, foreign_key: true
          t.string :email, null: false
          t.string :password_digest, null: false
          t.string :phone
          t.string :portal_invite_token
          t.datetime :portal_invite_sent_at
          t.date :lease_start
          t.date :lease_end
          t.timestamps
        end
        add_index :residents, :email, unique: true
        add_index :residents, :portal_invite_token, unique: true
      end
    end
    """, "Rails guides: has_secure_password (password_digest)"))

add(DV("ruby", "faker-password", "spec/factories/residents.rb", """
    FactoryBot.define do
      factory :resident do
        unit
        email { Faker::Internet.unique.email(domain: "example.com") }
        password { Faker::Internet.password(min_length: 14, special_characters: true) }
        phone { Faker::PhoneNumber.cell_phone_in_e164 }
        lease_start { Date.current.beginning_of_month }
        lease_end { lease_start + 12.months - 1.day }

        trait :with_autopay do
          after(:create) { |r| create(:payment_method, resident: r, kind: :ach) }
        end
      end
    end
    """, "factory_bot docs; Faker::Internet.password"))

add(DV("python", "form-field", "residents/forms.py", """
    from django import forms
    from django.contrib.auth import password_validation


    class ActivatePortalForm(forms.Form):
        email = forms.EmailField()
        password = forms.CharField(widget=forms.PasswordInput, strip=False,
                                   help_text=password_validation.password_validators_help_text_html())
        password_confirm = forms.CharField(widget=forms.PasswordInput, strip=False, label="Confirm password")

        def clean(self):
            data = super().clean()
            if data.get("password") != data.get("password_confirm"):
                raise forms.ValidationError("Passwords do not match.")
            password_validation.validate_password(data.get("password"))
            return data
    """, "Django docs: forms.PasswordInput, password_validation"))

add(DV("php", "bcrypt-hash", "database/seeders/StaffSeeder.php", """
    <?php

    namespace Database\\Seeders;

    use Illuminate\\Database\\Seeder;
    use Illuminate\\Support\\Facades\\DB;

    class StaffSeeder extends Seeder
    {
        // hashes exported from the old portal; staff reset on first login
        public function run(): void
        {
            DB::table('staff')->insert([
                ['email' => 'leasing@harborviewpm.com', 'name' => 'Leasing Office', 'password' => '<<h1>>', 'role' => 'leasing'],
                ['email' => 'maint@harborviewpm.com', 'name' => 'Maintenance', 'password' => '<<h2>>', 'role' => 'maintenance'],
                ['email' => 'pm.bayside@harborviewpm.com', 'name' => 'Bayside PM', 'password' => '<<h3>>', 'role' => 'manager'],
            ]);
        }
    }
    """, "Laravel docs: seeders; bcrypt $2y$ hashes", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()))

add(DV("json", "pbkdf2-hash", "accounts/fixtures/demo_staff.json", """
    [
      {
        "model": "accounts.user",
        "pk": 1,
        "fields": {
          "username": "demo.manager",
          "email": "demo.manager@example.com",
          "password": "<<h1>>",
          "is_staff": true,
          "is_superuser": false,
          "date_joined": "2024-01-08T15:02:11Z"
        }
      },
      {
        "model": "accounts.user",
        "pk": 2,
        "fields": {
          "username": "demo.tech",
          "email": "demo.tech@example.com",
          "password": "<<h2>>",
          "is_staff": false,
          "is_superuser": false,
          "date_joined": "2024-01-08T15:02:11Z"
        }
      }
    ]
    """, "Django docs: fixtures; PBKDF2 password storage format", h1=pbkdf2_hash(), h2=pbkdf2_hash()))

add(DV("sql", "argon2-hash", "db/seeds/002_portal_users.sql", """
    -- demo residents for the staging portal (password hashes only; plaintexts were random and discarded)
    INSERT INTO portal_users (id, unit_id, email, password_hash, created_at) VALUES
      (1001, 14, 'resident.one@example.com', '<<h1>>', now()),
      (1002, 15, 'resident.two@example.com', '<<h2>>', now()),
      (1003, 22, 'resident.three@example.com', '<<h3>>', now());

    INSERT INTO portal_roles (user_id, role) VALUES (1001, 'resident'), (1002, 'resident'), (1003, 'resident');
    """, "argon2 PHC string format (password-hashing.net)", h1=argon2_hash(), h2=argon2_hash(), h3=argon2_hash()))

add(DV("htpasswd", "password-hash", "deploy/nginx/staging.htpasswd", """
    # staging basic auth for the listings site (htpasswd -B)
    leasing:<<h1>>
    marketing:<<h2>>
    qa:<<h3>>
    agency-preview:$apr1$<<salt>>$<<apr>>
    """, "Apache htpasswd docs (bcrypt -B and apr1 MD5 formats)",
    h1=bcrypt_hash("$2y$05$"), h2=bcrypt_hash("$2y$05$"), h3=bcrypt_hash("$2y$05$"),
    salt=draw(8, ALNUM + "./"), apr=draw(22, ALNUM + "./")))

add(DV("yaml", "certificate", "config/saml/idp.yml", """
    # Staff SSO (Okta as SAML IdP) for the property-management back office
    idp_entity_id: http://www.okta.com/exk<<eid>>
    idp_sso_service_url: https://keystoneresidential.okta.com/app/keystone_backoffice/exk<<eid>>/sso/saml
    name_identifier_format: urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress
    idp_cert: |
    <<cert>>
    security:
      authn_requests_signed: false
      want_assertions_signed: true
    """, "ruby-saml README: idp_cert settings", eid=draw(17, ALNUM), cert=indent(cert_pem(), 2)))

add(DV("cloud-init", "ssh-public-key", "provision/cloud-init.yaml", """
    #cloud-config
    hostname: feeds01
    package_update: true
    packages: [lftp, python3-venv, jq]
    users:
      - name: deploy
        groups: [sudo]
        shell: /bin/bash
        sudo: "ALL=(ALL) NOPASSWD:ALL"
        ssh_authorized_keys:
          - <<k1>>
          - <<k2>>
      - name: idx
        shell: /bin/bash
        ssh_authorized_keys:
          - <<k3>>
    runcmd:
      - [systemctl, enable, --now, idx-importer]
    """, "cloud-init docs: users and groups (ssh_authorized_keys)",
    k1=ssh_pub("maria@hvpm-laptop"), k2=ssh_pub("ci-deploy@github-actions"), k3=ssh_pub("idx@feeds01")))


def _pgp_public() -> str:
    body = "\n".join(draw(64, ALNUM + "+/") for _ in range(12))
    return ("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + body[6:] + "\n=" + draw(4, ALNUM + "+/")
            + "\n-----END PGP PUBLIC KEY BLOCK-----")


add(DV("pgp", "public-key", "keys/owner-statements.pub.asc", """
    <<key>>
    """, "RFC 4880 ASCII armor (owner statement encryption key)", key=_pgp_public()))

add(DV("json", "jwks-public", "public/.well-known/jwks.json", """
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "alg": "RS256",
          "kid": "<<kid>>",
          "n": "<<n>>",
          "e": "AQAB"
        }
      ]
    }
    """, "RFC 7517 JSON Web Key Set (public keys)", kid=hexs(16), n=draw(342, ALNUM + "-_")))

add(DV("javascript", "public-mapbox-token", "resources/js/listing-map.js", """
    import mapboxgl from 'mapbox-gl';

    // public (pk.) token, URL-restricted to *.pinecrestrealty.com in the Mapbox account
    mapboxgl.accessToken = '<<pk>>';

    export function listingMap(el, listings) {
      const map = new mapboxgl.Map({
        container: el,
        style: 'mapbox://styles/mapbox/streets-v12',
        center: [-82.5515, 35.5951],
        zoom: 11,
      });
      listings.forEach((l) => {
        new mapboxgl.Marker().setLngLat([l.lng, l.lat])
          .setPopup(new mapboxgl.Popup().setHTML(`<b>${l.price}</b><br>${l.address}`)).addTo(map);
      });
      return map;
    }
    """, "Mapbox docs: access tokens (public pk. tokens are meant for client code)", pk=mapbox_token("pk")))

add(DV("javascript", "publishable-key", "resources/js/rent-checkout.js", """
    import { loadStripe } from '@stripe/stripe-js';

    // Publishable key: safe to ship to the browser (the secret key stays on the server)
    const stripePromise = loadStripe('<<pk>>');

    export async function mountRentPayment(clientSecretUrl, el) {
      const { clientSecret } = await fetch(clientSecretUrl, { method: 'POST' }).then((r) => r.json());
      const stripe = await stripePromise;
      const elements = stripe.elements({ clientSecret, appearance: { theme: 'stripe' } });
      elements.create('payment', { layout: 'tabs' }).mount(el);
      return { stripe, elements };
    }
    """, "Stripe docs: API keys (publishable keys are public)", pk=stripe_key("pk_live_")))

add(DV("json", "lockfile-hashes", "composer.lock", """
    {
        "_readme": [
            "This file locks the dependencies of your project to a known state",
            "Read more about it at https://getcomposer.org/doc/01-basic-usage.md#installing-dependencies",
            "This file is @generated automatically"
        ],
        "content-hash": "<<ch>>",
        "packages": [
            {
                "name": "troydavisson/phrets",
                "version": "2.6.4",
                "source": {
                    "type": "git",
                    "url": "https://github.com/troydavisson/PHRETS.git",
                    "reference": "<<r1>>"
                },
                "dist": {
                    "type": "zip",
                    "url": "https://api.github.com/repos/troydavisson/PHRETS/zipball/<<r1>>",
                    "reference": "<<r1>>",
                    "shasum": ""
                },
                "require": { "php": ">=7.4", "guzzlehttp/guzzle": "^7.0" },
                "type": "library"
            }
        ]
    }
    """, "Composer docs: composer.lock", ch=hexs(32), r1=sha1ish()))

add(DV("json", "lockfile-hashes", "package-lock.json", """
    {
      "name": "tenant-portal-web",
      "version": "3.4.0",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "": { "name": "tenant-portal-web", "version": "3.4.0", "dependencies": { "@stripe/stripe-js": "^3.4.0", "mapbox-gl": "^3.3.0" } },
        "node_modules/@stripe/stripe-js": {
          "version": "3.4.0",
          "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.4.0.tgz",
          "integrity": "sha512-<<i1>>"
        },
        "node_modules/mapbox-gl": {
          "version": "3.3.0",
          "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.3.0.tgz",
          "integrity": "sha512-<<i2>>"
        }
      }
    }
    """, "npm docs: package-lock.json (integrity)", i1=b64_bytes(64), i2=b64_bytes(64)))

add(DV("gemfile-lock", "commit-sha", "Gemfile.lock", """
    GIT
      remote: https://github.com/estately/rets.git
      revision: <<r1>>
      branch: master
      specs:
        rets (0.11.2)
          httpclient (~> 2.7)
          nokogiri (~> 1.5)

    GEM
      remote: https://rubygems.org/
      specs:
        httpclient (2.8.3)
        nokogiri (1.16.5-x86_64-linux)
          racc (~> 1.4)
        racc (1.8.0)

    PLATFORMS
      x86_64-linux

    DEPENDENCIES
      rets!

    BUNDLED WITH
       2.5.9
    """, "Bundler docs: Gemfile.lock (GIT revision)", r1=sha1ish()))

add(DV("terraform", "lockfile-hashes", ".terraform.lock.hcl", """
    # This file is maintained automatically by "terraform init".
    # Manual edits may be lost in future updates.

    provider "registry.terraform.io/hashicorp/aws" {
      version     = "5.49.0"
      constraints = "~> 5.40"
      hashes = [
        "h1:<<h1>>",
        "zh:<<z1>>",
        "zh:<<z2>>",
        "zh:<<z3>>",
      ]
    }
    """, "Terraform docs: dependency lock file", h1=b64_bytes(32), z1=sha256ish(), z2=sha256ish(), z3=sha256ish()))

add(DV("k8s", "image-digest-and-secret-ref", "k8s/prod/portal-deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: tenant-portal
      namespace: resident-portal
    spec:
      replicas: 3
      selector:
        matchLabels: { app: tenant-portal }
      template:
        metadata:
          labels: { app: tenant-portal }
          annotations:
            git-sha: "<<sha>>"
        spec:
          containers:
            - name: web
              image: ghcr.io/harborview/tenant-portal@sha256:<<digest>>
              envFrom:
                - secretRef: { name: portal-env }
              env:
                - name: DB_PASSWORD
                  valueFrom:
                    secretKeyRef: { name: portal-db, key: DB_PASSWORD }
                - name: RAILS_MASTER_KEY
                  valueFrom:
                    secretKeyRef: { name: portal-master-key, key: master.key }
    """, "Kubernetes docs: secretKeyRef; image digests", sha=sha1ish(), digest=sha256ish()))

add(DV("checksums", "sha256", "feeds/archive/SHA256SUMS", """
    <<a>>  idx_residential_20240501.txt.gz
    <<b>>  idx_residential_20240502.txt.gz
    <<c>>  idx_residential_20240503.txt.gz
    <<d>>  idx_photos_manifest_20240503.csv
    <<e>>  idx_agents_20240503.txt.gz
    """, "GNU coreutils sha256sum output", a=sha256ish(), b=sha256ish(), c=sha256ish(), d=sha256ish(), e=sha256ish()))

add(DV("log", "commit-sha", "deploy/revisions.log", """
    Branch main (at <<a>>) deployed as release 20240502141133 by deploy
    Branch main (at <<b>>) deployed as release 20240506093012 by deploy
    Branch main (at <<c>>) deployed as release 20240509170455 by deploy
    Rolled back to release 20240506093012 by deploy
    Branch main (at <<d>>) deployed as release 20240510112240 by deploy
    """, "Capistrano revisions.log format", a=sha1ish(), b=sha1ish(), c=sha1ish(), d=sha1ish()))

add(DV("yaml", "chart-lock-digest", "deploy/helm/Chart.lock", """
    dependencies:
    - name: redis
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 19.3.2
    - name: postgresql
      repository: oci://registry-1.docker.io/bitnamicharts
      version: 15.2.9
    digest: sha256:<<d>>
    generated: "2024-05-02T14:10:08.331247-05:00"
    """, "Helm docs: Chart.lock", d=sha256ish()))

add(DV("json", "odata-skiptoken", "tests/fixtures/reso/property_page1.json", """
    {
      "@odata.context": "https://api.bridgedataoutput.com/api/v2/OData/actris/$metadata#Property",
      "value": [
        {
          "ListingKey": "<<k1>>",
          "ListingId": "ACT4418290",
          "StandardStatus": "Active",
          "ListPrice": 525000,
          "UnparsedAddress": "4102 Speedway, Austin TX 78751",
          "ModificationTimestamp": "2024-05-02T18:11:09.000Z"
        },
        {
          "ListingKey": "<<k2>>",
          "ListingId": "ACT5530017",
          "StandardStatus": "Active Under Contract",
          "ListPrice": 389900,
          "UnparsedAddress": "1207 Kramer Ln #304, Austin TX 78758",
          "ModificationTimestamp": "2024-05-02T18:09:44.000Z"
        }
      ],
      "@odata.nextLink": "https://api.bridgedataoutput.com/api/v2/OData/actris/Property?$top=2&$skiptoken=<<skip>>"
    }
    """, "OData v4 JSON format (@odata.nextLink, $skiptoken); RESO Data Dictionary fields",
    k1=hexs(32), k2=hexs(32), skip=b64url_nopad('{"ts":"2024-05-02T18:09:44Z","id":"%s"}' % hexs(24))))

add(DV("xml", "rets-metadata", "tests/fixtures/rets/metadata_class.xml", """
    <RETS ReplyCode="0" ReplyText="Operation Successful">
      <METADATA-CLASS Resource="Property" Version="1.12.29" Date="2024-04-30T06:00:00Z">
        <COLUMNS>	ClassName	StandardName	VisibleName	Description	TableVersion	TableDate	</COLUMNS>
        <DATA>	RES	ResidentialProperty	Residential	Single family, condo, townhome	1.12.29	2024-04-30T06:00:00Z	</DATA>
        <DATA>	RNT	ResidentialProperty	Rental	Residential lease	1.12.29	2024-04-30T06:00:00Z	</DATA>
        <DATA>	LND	Lots And Land	Land	Lots and acreage	1.12.29	2024-04-30T06:00:00Z	</DATA>
      </METADATA-CLASS>
    </RETS>
    """, "RETS 1.7.2 spec: GetMetadata COMPACT format"))


def _presigned(key: str) -> str:
    return (f"https://pinecrest-listing-photos.s3.us-east-2.amazonaws.com/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Credential={fakes.aws_key_id(_seed())}%2F20240502%2Fus-east-2%2Fs3%2Faws4_request"
            f"&X-Amz-Date=20240502T181200Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature={sha256ish()}")


add(DV("json", "presigned-url", "tests/fixtures/listing_media.json", """
    {
      "ListingKey": "<<lk>>",
      "Media": [
        { "Order": 1, "MediaCategory": "Photo", "ShortDescription": "Front elevation", "MediaURL": "<<u1>>" },
        { "Order": 2, "MediaCategory": "Photo", "ShortDescription": "Kitchen", "MediaURL": "<<u2>>" }
      ],
      "PhotosCount": 2
    }
    """, "AWS docs: S3 presigned URLs (SigV4 query parameters); RESO Media resource",
    lk=hexs(32), u1=_presigned("ACT4418290/01.jpg"), u2=_presigned("ACT4418290/02.jpg")))

add(DV("http", "webhook-signature", "tests/fixtures/stripe/invoice_paid.http", """
    POST /webhooks/stripe HTTP/1.1
    Host: residents.harborviewpm.com
    Content-Type: application/json; charset=utf-8
    Stripe-Signature: t=1714673531,v1=<<sig>>

    {"id":"evt_<<eid>>","object":"event","type":"invoice.paid","data":{"object":{"id":"in_<<iid>>","customer":"cus_<<cid>>","amount_paid":185000,"currency":"usd"}}}
    """, "Stripe docs: webhook signatures (Stripe-Signature t=,v1=)",
    sig=sha256ish(), eid=draw(24, ALNUM), iid=draw(24, ALNUM), cid=draw(14, ALNUM)))

add(DV("json", "webhook-event-ids", "tests/fixtures/latch/door_unlocked.json", """
    {
      "headers": {
        "Content-Type": "application/json",
        "X-Latch-Signature": "sha256=<<sig>>",
        "X-Latch-Delivery": "<<d>>"
      },
      "body": {
        "event": "door.unlocked",
        "occurredAt": "2024-05-02T22:14:09Z",
        "buildingUuid": "<<b>>",
        "doorUuid": "<<door>>",
        "userUuid": "<<u>>",
        "method": "MOBILE_APP"
      }
    }
    """, "Latch partner webhooks (HMAC-SHA256 signature header); UUID ids",
    sig=sha256ish(), d=uuid_s(), b=uuid_s(), door=uuid_s(), u=uuid_s()))

add(DV("yaml", "uuid-ids", "config/latch_doors.yml", """
    # Latch door UUIDs per building (from the Latch Manager export). Not secrets.
    bayside_tower:
      building: <<b1>>
      doors:
        lobby: <<d1>>
        garage: <<d2>>
        package_room: <<d3>>
    parkside_lofts:
      building: <<b2>>
      doors:
        lobby: <<d4>>
        gym: <<d5>>
    """, "Latch Manager building/door ids", b1=uuid_s(), d1=uuid_s(), d2=uuid_s(), d3=uuid_s(), b2=uuid_s(),
    d4=uuid_s(), d5=uuid_s()))

add(DV("csv", "property-ids", "data/zpids_portfolio.csv", """
    property_code,street,city,state,zip,zpid,apn,yardi_id
    hv100,2114 Bigelow Ave N,Seattle,WA,98109,48749425,1975700035,hv100
    hv210,1510 E Olive Way,Seattle,WA,98122,2061482417,6003000545,hv210
    hv305,4720 Rainier Ave S,Seattle,WA,98118,49012377,3333001150,hv305
    bay01,88 Bayside Ct,Tacoma,WA,98402,2055918830,2006180021,bay01
    """, "Zillow zpid; county assessor APN; Yardi property codes"))

add(DV("json", "site-ids", "config/brivo_sites.json", """
    {
      "account": "harborview-pm",
      "sites": [
        { "name": "Bayside Tower", "siteId": 48812, "residentGroupId": 1103377, "doors": [301144, 301145, 301151] },
        { "name": "Parkside Lofts", "siteId": 48815, "residentGroupId": 1103380, "doors": [301209, 301210] }
      ],
      "credentialFormat": { "id": 100, "name": "Standard 26 Bit", "facilityCode": 121 },
      "secretRef": "arn:aws:secretsmanager:us-east-1:381942207713:secret:prod/access/brivo-Xy12Ab"
    }
    """, "Brivo Access API: sites, groups, access points, credential formats"))

add(DV("yaml", "vcr-filtered", "spec/cassettes/rets_login.yml", """
    ---
    http_interactions:
    - request:
        method: get
        uri: https://<RETS_USERNAME>:<RETS_PASSWORD>@rets.example-mls.com/rets/login
        body:
          encoding: US-ASCII
          string: ''
        headers:
          User-Agent:
          - PinecrestIDX/1.0
          Rets-Ua-Authorization:
          - Digest <RETS_UA_DIGEST>
      response:
        status:
          code: 200
          message: OK
        headers:
          Set-Cookie:
          - RETS-Session-ID=<RETS_SESSION_ID>; path=/
        body:
          encoding: UTF-8
          string: "<RETS ReplyCode=\\"0\\" ReplyText=\\"Success\\"><RETS-RESPONSE>MemberName=Pinecrest IDX</RETS-RESPONSE></RETS>"
      recorded_at: Thu, 02 May 2024 18:00:00 GMT
    recorded_with: VCR 6.2.0
    """, "VCR docs: filter_sensitive_data placeholders in cassettes"))

add(DV("log", "filtered-params", "docs/incidents/2024-03-14-portal-log.txt", """
    I, [2024-03-14T02:11:07.114 #2211]  INFO -- : [c1f0a2] Started POST "/residents/sign_in" for 203.0.113.41
    I, [2024-03-14T02:11:07.118 #2211]  INFO -- : [c1f0a2] Processing by Residents::SessionsController#create as HTML
    I, [2024-03-14T02:11:07.118 #2211]  INFO -- : [c1f0a2]   Parameters: {"authenticity_token"=>"[FILTERED]", "resident"=>{"email"=>"unit4b@example.com", "password"=>"[FILTERED]"}}
    I, [2024-03-14T02:11:07.402 #2211]  INFO -- : [c1f0a2] Completed 401 Unauthorized in 284ms
    I, [2024-03-14T02:11:09.511 #2211]  INFO -- : [d77b10] Started POST "/payments/autopay" for 203.0.113.41
    I, [2024-03-14T02:11:09.512 #2211]  INFO -- : [d77b10]   Parameters: {"payment_method"=>{"routing_number"=>"[FILTERED]", "account_number"=>"[FILTERED]"}}
    """, "Rails guides: parameter filtering (filter_parameters, [FILTERED])"))

add(D("jupyter", "masked-output", "analysis/turnover_costs.ipynb", T("""
    {
     "cells": [
      {
       "cell_type": "code",
       "execution_count": 1,
       "metadata": {},
       "outputs": [
        {
         "data": {"text/plain": ["Engine(postgresql://analyst:***@warehouse.internal:5432/analytics)"]},
         "execution_count": 1,
         "metadata": {},
         "output_type": "execute_result"
        }
       ],
       "source": [
        "import os, sqlalchemy as sa\\n",
        "engine = sa.create_engine(os.environ['WAREHOUSE_URL'])\\n",
        "engine"
       ]
      },
      {
       "cell_type": "code",
       "execution_count": 2,
       "metadata": {},
       "outputs": [],
       "source": [
        "import pandas as pd\\n",
        "turns = pd.read_sql('select property, avg(cost) as avg_turn_cost from turns group by 1', engine)"
       ]
      }
     ],
     "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
     "nbformat": 4,
     "nbformat_minor": 5
    }
    """), "SQLAlchemy docs: URL repr hides the password (***); nbformat 4"))

add(DV("yaml", "password-policy", "config/password_policy.yml", """
    # resident portal password rules (shown on the activation page)
    residents:
      min_length: 12
      require_digit: true
      require_symbol: false
      max_age_days: 0
      lockout_after_failures: 6
      reset_token_ttl_minutes: 60
    staff:
      min_length: 14
      require_mfa: true
      max_age_days: 180
      password_history: 5
    """, "NIST SP 800-63B style password policy config"))

add(DV("csv", "envelope-ids", "data/lease_envelopes.csv", """
    unit,resident,envelope_id,template_id,status,completed_at
    hv100-4B,J. Alvarez,<<e1>>,<<t>>,completed,2024-04-28T19:02:11Z
    hv100-7A,R. Okafor,<<e2>>,<<t>>,completed,2024-04-29T15:40:55Z
    hv210-12,M. Chen,<<e3>>,<<t>>,sent,
    hv305-2C,S. Patel,<<e4>>,<<t>>,delivered,
    """, "DocuSign eSignature: envelope and template ids (GUIDs)",
    e1=uuid_s(), e2=uuid_s(), e3=uuid_s(), e4=uuid_s(), t=uuid_s()))

add(DV("json", "commit-sha", "deploy/release.json", """
    {
      "service": "tenant-portal",
      "version": "2024.05.2",
      "git_sha": "<<sha>>",
      "built_at": "2024-05-02T14:05:51Z",
      "image": "ghcr.io/harborview/tenant-portal@sha256:<<digest>>",
      "migrations": ["20240211153012_create_residents", "20240430101500_add_autopay_to_leases"],
      "changelog": "https://github.com/harborview/tenant-portal/compare/<<prev>>...<<sha>>"
    }
    """, "build metadata file (git SHA, image digest)", sha=sha1ish(), digest=sha256ish(), prev=sha1ish()))

add(DV("yaml", "placeholder", "config/credentials.yml.example", """
    # Shape of `rails credentials:edit --environment production`. Values here are placeholders.
    secret_key_base: <generate with bin/rails secret>
    stripe:
      secret_key: sk_live_XXXXXXXXXXXXXXXXXXXXXXXX
      webhook_secret: whsec_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
    plaid:
      client_id: xxxxxxxxxxxxxxxxxxxxxxxx
      secret: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    brivo:
      client_secret: "<from Brivo Access > API applications>"
    """, "Rails guides: credentials; example file with placeholders"))

add(DV("json", "public-client-id", "resources/js/auth_config.json", """
    {
      "domain": "harborview-residents.us.auth0.com",
      "clientId": "<<cid>>",
      "audience": "https://api.harborviewpm.com",
      "redirectUri": "https://residents.harborviewpm.com/callback",
      "scope": "openid profile email offline_access"
    }
    """, "Auth0 SPA SDK docs: public clientId for single-page apps", cid=draw(32, ALNUM)))

add(DV("python", "placeholder", "tests/test_payment_config.py", """
    import pytest

    from payments.config import ConfigError, validate_stripe_key

    PLACEHOLDERS = [
        "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
        "sk_live_your_key_here",
        "<stripe-secret-key>",
        "",
    ]


    @pytest.mark.parametrize("value", PLACEHOLDERS)
    def test_placeholder_keys_are_rejected(value):
        with pytest.raises(ConfigError):
            validate_stripe_key(value)
    """, "pytest parametrize; placeholder values"))

add(DV("json", "etags", "media/manifest.json", """
    {
      "listing": "ACT4418290",
      "generated": "2024-05-02T18:12:00Z",
      "photos": [
        { "file": "01.jpg", "bytes": 482113, "md5": "<<m1>>", "etag": "\\"<<m1>>\\"" },
        { "file": "02.jpg", "bytes": 398002, "md5": "<<m2>>", "etag": "\\"<<m2>>\\"" },
        { "file": "03.jpg", "bytes": 512877, "md5": "<<m3>>", "etag": "\\"<<m3>>\\"" }
      ]
    }
    """, "S3 ETag (MD5 of a single-part upload)", m1=hexs(32), m2=hexs(32), m3=hexs(32)))

add(DV("blade", "sri-hash", "resources/views/layouts/app.blade.php", """
    <!DOCTYPE html>
    <html lang="en">
    <head>
        <meta charset="utf-8">
        <meta name="csrf-token" content="{{ csrf_token() }}">
        <title>@yield('title', 'Harborview Resident Portal')</title>
        <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet"
              integrity="sha384-<<s1>>" crossorigin="anonymous">
        <script src="https://js.stripe.com/v3/" defer></script>
        @vite(['resources/css/app.css', 'resources/js/app.js'])
    </head>
    <body class="antialiased">
        @yield('content')
    </body>
    </html>
    """, "MDN: Subresource Integrity; Laravel Blade layouts", s1=b64_bytes(48)))

add(DV("sql", "key-hash", "db/seeds/api_clients.sql", """
    -- API clients for the owner-portal partner API. Only SHA-256 digests of the keys are stored;
    -- key_prefix is the first 8 characters, shown in the admin UI to tell keys apart.
    INSERT INTO api_clients (id, name, key_prefix, key_sha256, scopes, created_at) VALUES
      (1, 'Zillow Rental Manager sync', 'hvk_a81f', '<<h1>>', 'listings:read', '2024-01-10'),
      (2, 'ButterflyMX intercom', 'hvk_03cc', '<<h2>>', 'residents:read', '2024-02-22'),
      (3, 'Property Meld', 'hvk_9e4d', '<<h3>>', 'workorders:write', '2024-03-05');
    """, "API key storage pattern: prefix + SHA-256 digest", h1=sha256ish(), h2=sha256ish(), h3=sha256ish()))

add(DV("yaml", "ansible-vault-inline", "group_vars/feeds/main.yml", """
    ---
    rets_login_url: https://retsgw.flexmls.com/rets2_3/Login
    rets_username: har.rets.7781
    rets_password: !vault |
    <<blob>>
    idx_ftp_host: idx.sandicor.com
    idx_ftp_user: idx_harborview
    """, "Ansible docs: single encrypted variable (!vault |)", blob=indent(vault_blob(5), 10)))
