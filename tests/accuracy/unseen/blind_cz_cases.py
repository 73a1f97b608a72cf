"""Blind set CZ: real-estate brokerages and property-tech teams.

The teams that pull MLS feeds over RETS (PHRETS, librets, rets-client, the rets gem) and the RESO
Web API (Bridge Interactive, CoreLogic Trestle, MLS Grid, Spark/FBS, SimplyRETS), run IDX websites
(WordPress with IDX Broker, Laravel, Rails, Django, Next.js, Algolia/Elasticsearch/Meilisearch/
Typesense search, Mapbox and Google Maps), CRM and lead routing (Follow Up Boss, kvCORE, HubSpot,
Salesforce, Zapier, Twilio, SendGrid, Mailchimp, Slack, Teams, Lob), e-signature and transaction
management (DocuSign eSignature and Connect, dotloop, SkySlope, Dropbox Sign, PandaDoc), showing
schedulers (ShowingTime, Google Calendar, Microsoft Graph, Calendly, Nylas), listing photo
pipelines (S3, Cloudinary, imgix, rclone, MLS photo FTP, Matterport, Dropbox, Backblaze B2,
Cloudflare R2, Azure Blob), mortgage and title integrations (ICE Encompass, Plaid, Qualia, Total
Expert, title-company SFTP/PGP exchanges, SoftPro SQL Server), property data and valuation APIs
(ATTOM, HouseCanary, Estated, Regrid, RentCast, Zillow, Walk Score, GreatSchools, Census, OpenAI
listing copy, Snowflake/dbt, Databricks), and the deploy configs of these teams (Docker, compose,
Kubernetes, Helm, Terraform, Ansible, systemd, cron, nginx/Apache, CI), with their decoys.
Generated fakes only (seeds 970000-979999).
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
LOWD = string.ascii_lowercase + string.digits
UPD = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
_SEED = [970000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 980000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 980000
    return _SEED[0]


STEMS = ["Realty", "Listing", "OpenHouse", "Escrow", "Broker", "Closing", "Showing", "Homes", "Keller",
         "Coastal", "Summit", "JustSold", "Mls", "Idx", "Lakeside", "Remax", "Century", "Oakridge"]
WORDS = ["Porch", "Gable", "Cottage", "Condo", "Duplex", "Bungalow", "Mortgage", "Appraisal", "Deed", "Lockbox",
         "Fixer", "Veranda", "Skylight", "Acreage", "Mantel", "Driveway", "Craftsman", "Ranch", "Loft", "Atrium"]
LOWER = ["porch", "gable", "lockbox", "staging", "closing", "shingle", "garden", "chimney", "cedar", "harbor",
         "meadow", "granite", "willow", "lantern", "ember", "falcon"]


def human_pw() -> str:
    """What a brokerage admin types: a brand or a word, a symbol, a year or a count."""
    r = _rng()
    return (r.choice(STEMS) + r.choice("!@#$_.") + str(r.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025, r.randint(10, 9999)]))
            + r.choice(["", "!", "#", "$"]))


def url_pw() -> str:
    """A human password that sits in a URL's userinfo unescaped."""
    r = _rng()
    return r.choice(STEMS) + r.choice("!$_.*") + str(r.randint(2018, 2026)) + r.choice(["", "!", "$"])


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(["Spring", "Summer", "Autumn", "Winter", "March", "October"]) + str(r.randint(2019, 2025)) + r.choice("!#@$")


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def hexu(n: int) -> str:
    return hexs(n).upper()


def chars(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64url(data: str) -> str:
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def urlsafe_key(n: int = 32) -> str:
    r = _rng()
    return base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def jwt(payload: dict, alg: str = "HS256") -> str:
    head = b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")))
    body = b64url(json.dumps(payload, separators=(",", ":")))
    sig = chars(43 if alg.startswith("HS") else 342, ALNUM + "_-")
    return f"{head}.{body}.{sig}"


# -- vendor shapes -------------------------------------------------------------------------------

def bridge_token() -> str:
    return hexs(32)


def mlsgrid_token() -> str:
    return hexs(40)


def fub_key() -> str:
    return "fka_0" + chars(30)


def google_key() -> str:
    return "AIza" + chars(35, ALNUM + "_-")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPD) for _ in range(8)) + "/B"
            + "".join(r.choice(UPD) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook(tenant: str) -> str:
    return (f"https://{tenant}.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}")


def zapier_hook() -> str:
    return f"https://hooks.zapier.com/hooks/catch/{digits(8)}/{chars(7, LOWD)}/"


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def stripe_live() -> str:
    return fakes.fake("sk_live_51", 97, _seed())


def mapbox_token(kind: str = "sk") -> str:
    body = b64url(json.dumps({"u": "harborhomes", "a": "cl" + chars(23, LOWD)}, separators=(",", ":")))
    return f"{kind}.{body}.{chars(22, ALNUM + '_-')}"


def cloudinary_secret() -> str:
    return chars(27, ALNUM + "_-")


def dropbox_token() -> str:
    return "sl.B" + chars(134, ALNUM + "_-")


def wp_salt() -> str:
    return chars(64, ALNUM + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|")


def pem(kind: str = "PRIVATE KEY", lines: int = 25) -> str:
    r = _rng()
    head = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
            "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    body = head + "".join(r.choice(B64) for _ in range(64 * lines - len(head) - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(rows) + f"\n-----END {kind}-----"


def openssh_key() -> str:
    r = _rng()
    head = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"
    body = head + "".join(r.choice(B64) for _ in range(70 * 5 - len(head) - 6)) + "AAAAA="
    rows = [body[i:i + 70] for i in range(0, len(body), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(rows) + "\n-----END OPENSSH PRIVATE KEY-----"


def pgp_block(kind: str = "PRIVATE", lines: int = 16) -> str:
    r = _rng()
    start = "lQVYBG" if kind == "PRIVATE" else "mQINBG"
    body = start + "".join(r.choice(B64) for _ in range(64 * lines - 6))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    check = "".join(r.choice(B64) for _ in range(4))
    return (f"-----BEGIN PGP {kind} KEY BLOCK-----\n\n" + "\n".join(rows) + f"\n={check}\n"
            f"-----END PGP {kind} KEY BLOCK-----")


def cert_pem(lines: int = 18) -> str:
    r = _rng()
    body = "MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(64 * lines - 20))
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(rows) + "\n-----END CERTIFICATE-----"


def pub_pem(lines: int = 6) -> str:
    r = _rng()
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + "".join(r.choice(B64) for _ in range(64 * lines - 44 - 8)) + "IDAQAB"
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(rows) + "\n-----END PUBLIC KEY-----"


def ssh_pub(comment: str) -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + chars(43, B64) + " " + comment


def bcrypt_hash() -> str:
    return "$2b$12$" + chars(53, ALNUM + "./")


def apr1_hash() -> str:
    return "$apr1$" + chars(8, ALNUM + "./") + "$" + chars(22, ALNUM + "./")


def vault_cipher(lines: int = 5) -> List[str]:
    return [hexs(80) for _ in range(lines)]


def sops(value_len: int) -> str:
    return (f"ENC[AES256_GCM,data:{chars(value_len, B64)}=,iv:{chars(43, B64)}=,"
            f"tag:{chars(22, B64)}==,type:str]")


CASES: List[LabelledCase] = []


def sec(category: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, secret, source))


def dec(category: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(category, file_name, text, None, source))


# ==== MLS feeds: RETS ==========================================================================

_v = human_pw()
sec("blind-cz/dotenv/rets", "mls-sync/.env", f"""# RETS feed for the board's Paragon server (see docs/mls-onboarding.md)
RETS_LOGIN_URL=https://gcar.rets.paragonrels.com/rets/fnisrets.aspx/GCAR/login?rets-version=rets/1.7.2
RETS_USERNAME=HARBORHOMES_IDX
RETS_PASSWORD={_v}
RETS_USER_AGENT=HarborHomesSync/2.3
RETS_UA_PASSWORD=
RETS_VERSION=RETS/1.7.2
RETS_QUERY_LIMIT=2500
SYNC_CLASSES=RE_1,LD_2,CI_3,MF_4
PHOTO_BUCKET=harborhomes-listing-photos
""", _v, "python `rets` library README: login_url, username, password, user_agent, version")

_v = words_pw()
sec("blind-cz/php/rets", "app/Console/Commands/ImportListings.php", f"""<?php

namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;
use PHRETS\\Configuration;
use PHRETS\\Session;

class ImportListings extends Command
{{
    protected $signature = 'mls:import {{--class=RESI}}';
    protected $description = 'Pull active listings from the MLS RETS server';

    public function handle()
    {{
        $config = new Configuration;
        $config->setLoginUrl('https://rets.mlspin.com/login/index.asp')
            ->setUsername('BR4471')
            ->setPassword('{_v}')
            ->setRetsVersion('1.7.2')
            ->setUserAgent('PHRETS/2.6')
            ->setUserAgentPassword(env('RETS_UA_PASSWORD', ''));

        $rets = new Session($config);
        $rets->Login();

        $results = $rets->Search('Property', $this->option('class'), '(STATUS=ACT)', [
            'QueryType' => 'DMQL2',
            'Count' => 1,
            'Limit' => 1000,
            'StandardNames' => 0,
        ]);

        foreach ($results as $record) {{
            \\App\\Models\\Listing::updateOrCreate(['mls_id' => $record['LIST_NO']], $record->toArray());
        }}
        $this->info($results->getTotalResultsCount() . ' listings imported');
    }}
}}
""", _v, "PHRETS README (troydavisson/PHRETS): Configuration setLoginUrl/setUsername/setPassword")

_v = rand_pw(12)
sec("blind-cz/json/rets", "config/rets.json", f"""{{
  "loginUrl": "https://sef.rets.interealty.com/Login.asmx/Login",
  "username": "kwrealty_feed",
  "password": "{_v}",
  "version": "RETS/1.7.2",
  "userAgent": "RETS-Connector/1.2",
  "userAgentPassword": "",
  "resources": {{
    "Property": ["RES", "CND", "LND"],
    "Media": ["Photo"]
  }},
  "pollMinutes": 15,
  "offsetSupport": true
}}
""", _v, "rets-client (node) README: loginUrl, username, password, version, userAgent")

_v = human_pw()
sec("blind-cz/python/rets", "feeds/librets_pull.py", f"""#!/usr/bin/env python
\"\"\"Nightly full pull of the RETS Property resource with librets (legacy path, still used for CRMLS).\"\"\"
import librets

LOGIN_URL = "http://crmls.rets.corelogic.com:6103/platinum/login"
USER = "crmls_bpwest"
PASSWORD = "{_v}"


def main():
    session = librets.RetsSession(LOGIN_URL)
    session.SetUserAgent("BPWestIDX/1.0")
    session.SetRetsVersion(librets.RETS_1_7_2)
    if not session.Login(USER, PASSWORD):
        raise SystemExit("RETS login failed")
    request = session.CreateSearchRequest("Property", "Residential", "(ListingStatus=|A,U)")
    request.SetStandardNames(True)
    request.SetLimit(librets.SearchRequest.LIMIT_NONE)
    results = session.Search(request)
    count = 0
    while results.HasNext():
        count += 1
    print("pulled", count)
    session.Logout()


if __name__ == "__main__":
    main()
""", _v, "librets Python bindings examples (search.py): RetsSession.Login(user, password)")

_v = season_pw()
sec("blind-cz/ini/rets", "etc/rets-connector.ini", f"""; RETS Connector profile exported from the desktop tool
[Server]
Name=Stellar MLS
LoginURL=https://stellar.rets.paragonrels.com/rets/fnisrets.aspx/STELLAR/login
Version=RETS/1.7.2
UserAgent=RETSConnector/1.2

[Account]
Username=SMLS_0042871
Password={_v}
UAPassword=

[Download]
Resource=Property
Class=Listing
Query=(MlsStatus=|Active,Pending)
PhotoFolder=D:\\Feeds\\Stellar\\Photos
""", _v, "RETS Connector user guide: server profile Login URL, Username, Password, UA Password")

_v = url_pw()
sec("blind-cz/crontab/rets", "deploy/cron/mls-sync.cron", f"""# m h dom mon dow  command -- MLS sync jobs (installed by ansible role mls_sync)
MAILTO=ops@harborhomes.com
SHELL=/bin/bash
*/15 * * * * /opt/mls-sync/bin/rets-sync --login-url https://rets.nwmls.com/login --user hh_feed --password '{_v}' --class RESI --since 20m >> /var/log/mls-sync/resi.log 2>&1
5 2 * * *    /opt/mls-sync/bin/photo-backfill --days 2 >> /var/log/mls-sync/photos.log 2>&1
30 3 * * 0   /opt/mls-sync/bin/purge-expired --older-than 180d
""", _v, "crontab(5); RETS sync CLI flags as in the team's rets-sync --help")

_v = human_pw()
sec("blind-cz/systemd/rets", "deploy/systemd/rets-sync.service", f"""[Unit]
Description=RETS incremental listing sync
After=network-online.target postgresql.service
Wants=network-online.target

[Service]
Type=simple
User=mls
WorkingDirectory=/opt/mls-sync
Environment=RETS_LOGIN_URL=https://matrixrets.crmls.org/rets/login.ashx
Environment=RETS_USERNAME=bpw_rets
Environment="RETS_PASSWORD={_v}"
Environment=DATABASE_URL=postgresql:///listings
ExecStart=/opt/mls-sync/.venv/bin/python -m mls_sync.daemon --interval 600
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""", _v, "systemd.exec(5): Environment=; RETS login settings of the python rets library")

_v = words_pw()
sec("blind-cz/ruby/rets", "lib/mls/rets_client.rb", f"""require "rets"

module Mls
  # Thin wrapper over the rets gem for the HAR.com feed.
  class RetsClient
    def self.build
      Rets::Client.new(
        login_url: "http://rets.har.com/rets/login",
        username:  "harbor_idx",
        password:  "{_v}",
        agent:     "HarborIDX/1.0",
        version:   "RETS/1.7.2",
        max_retries: 3
      )
    end

    def self.active_since(time)
      client = build
      client.login
      client.find(:all,
                  search_type: "Property",
                  class: "RE_1",
                  query: "(ListingStatus=|A),(ModificationTimestamp=#{{time.utc.iso8601}}+)",
                  limit: 5000)
    ensure
      client&.logout
    end
  end
end
""", _v, "estately/rets gem README: Rets::Client.new(login_url:, username:, password:, agent:)")

_v = rand_pw(10, "!#")
sec("blind-cz/java-properties/rets", "rets-loader/src/main/resources/rets.properties", f"""# jRETS loader settings -- NorthStar MLS
rets.login.url=https://ptx.northstarmls.com/rets/login
rets.username=NS_HARBOR
rets.password={_v}
rets.user.agent=HarborLoader/3.1
rets.version=RETS/1.8
rets.search.limit=2500
rets.media.types=Photo,Thumbnail
loader.batch.size=500
loader.db.url=jdbc:postgresql://db.internal:5432/listings
""", _v, "Java .properties; RETS 1.8 login parameters (RESO RETS 1.8 specification)")

_v = human_pw()
sec("blind-cz/docker-compose/rets", "docker-compose.sync.yml", f"""version: "3.8"
services:
  rets-sync:
    image: ghcr.io/harborhomes/rets-sync:1.14.2
    restart: unless-stopped
    environment:
      RETS_LOGIN_URL: https://rets.mredllc.com/rets/login
      RETS_USERNAME: MRD_HARBOR
      RETS_PASSWORD: "{_v}"
      RETS_USER_AGENT: HarborSync/1.14
      DATABASE_URL: postgresql://sync@db:5432/listings
    depends_on:
      - db
  db:
    image: postgis/postgis:15-3.4
    environment:
      POSTGRES_USER: sync
      POSTGRES_HOST_AUTH_METHOD: trust
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {{}}
""", _v, "Compose file reference: environment; RETS client settings")

# ==== MLS feeds: RESO Web API ===================================================================

_v = bridge_token()
sec("blind-cz/python/reso-bridge", "feeds/bridge_replication.py", f"""\"\"\"Replicate the Bridge Interactive RESO Web API dataset into Postgres.\"\"\"
import requests

BASE = "https://api.bridgedataoutput.com/api/v2/OData/actris"
SERVER_TOKEN = "{_v}"


def pages(resource="Property", top=200):
    url = f"{{BASE}}/{{resource}}/replication"
    params = {{"access_token": SERVER_TOKEN, "$top": top,
              "$filter": "StandardStatus in ('Active','Pending')"}}
    while url:
        resp = requests.get(url, params=params, timeout=60)
        resp.raise_for_status()
        body = resp.json()
        yield from body["value"]
        url = body.get("@odata.nextLink")
        params = None


if __name__ == "__main__":
    n = sum(1 for _ in pages())
    print(f"replicated {{n}} records")
""", _v, "Bridge API docs (bridgedataoutput.com/docs/platform): access_token query parameter, replication endpoint")

_v = bridge_token()
sec("blind-cz/dotenv/reso-bridge", "web/.env.local", f"""# Next.js IDX site -- local dev against the Bridge test feed + our real dataset
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/harborhomes/clr0k2v8x00ab01qz
BRIDGE_DATASET=stellar
BRIDGE_SERVER_TOKEN={_v}
LISTINGS_REVALIDATE_SECONDS=300
""", _v, "Next.js docs: environment variables (.env.local); Bridge API server token")

_v = hexs(32)
sec("blind-cz/yaml/reso-trestle", "config/feeds/trestle.yaml", f"""# CoreLogic Trestle -- RESO Web API (OData), client credentials grant
provider: trestle
token_url: https://api-trestle.corelogic.com/trestle/oidc/connect/token
base_url: https://api-trestle.corelogic.com/trestle/odata
scope: api
client_id: trestle_HarborHomesLLC20210412093355
client_secret: {_v}
resources:
  - name: Property
    select: ListingKey,ListPrice,StandardStatus,ModificationTimestamp,City,PostalCode
    expand: Media
  - name: Member
  - name: Office
page_size: 1000
""", _v, "Trestle documentation (trestle-documentation.corelogic.com): OpenID Connect token with client_id/client_secret")

_v = hexs(32)
sec("blind-cz/json/reso-trestle", "src/Harbor.Feeds/appsettings.Production.json", f"""{{
  "Logging": {{
    "LogLevel": {{ "Default": "Information", "Microsoft.AspNetCore": "Warning" }}
  }},
  "Trestle": {{
    "TokenEndpoint": "https://api-trestle.corelogic.com/trestle/oidc/connect/token",
    "ODataRoot": "https://api-trestle.corelogic.com/trestle/odata",
    "ClientId": "trestle_HarborHomesLLC20210412093355",
    "ClientSecret": "{_v}",
    "Scope": "api"
  }},
  "ConnectionStrings": {{
    "Listings": "Server=tcp:harbor-sql.database.windows.net;Database=listings;Authentication=Active Directory Managed Identity"
  }},
  "AllowedHosts": "*"
}}
""", _v, "ASP.NET Core configuration (appsettings.json); Trestle OAuth client credentials")

_v = mlsgrid_token()
sec("blind-cz/python/mls-grid", "dags/mlsgrid_replication.py", f"""from datetime import datetime, timedelta

import requests
from airflow import DAG
from airflow.operators.python import PythonOperator

MLSGRID_URL = "https://api.mlsgrid.com/v2/Property"
HEADERS = {{"Authorization": "Bearer {_v}", "Accept-Encoding": "gzip"}}


def replicate(**context):
    since = context["data_interval_start"].strftime("%Y-%m-%dT%H:%M:%S.000Z")
    url = (f"{{MLSGRID_URL}}?$filter=OriginatingSystemName eq 'mred' and ModificationTimestamp gt {{since}}"
           "&$expand=Media&$top=1000")
    while url:
        r = requests.get(url, headers=HEADERS, timeout=120)
        r.raise_for_status()
        payload = r.json()
        context["ti"].xcom_push(key="count", value=len(payload["value"]))
        url = payload.get("@odata.nextLink")


with DAG("mlsgrid_mred", start_date=datetime(2024, 1, 1), schedule=timedelta(minutes=30), catchup=False) as dag:
    PythonOperator(task_id="replicate", python_callable=replicate)
""", _v, "MLS Grid API v2 documentation: Bearer access token, replication with ModificationTimestamp")

_v = mlsgrid_token()
sec("blind-cz/github-actions/mls-grid", ".github/workflows/feed-smoke.yml", f"""name: feed smoke test
on:
  schedule:
    - cron: "17 */6 * * *"
  workflow_dispatch:

jobs:
  smoke:
    runs-on: ubuntu-latest
    steps:
      - name: MLS Grid answers
        run: |
          curl -sS --fail --compressed \\
            -H "Authorization: Bearer {_v}" \\
            "https://api.mlsgrid.com/v2/Property?\\$filter=OriginatingSystemName%20eq%20'actris'&\\$top=1" \\
            | jq '.value | length'
      - name: notify
        if: failure()
        run: echo "::error::MLS Grid feed unreachable"
""", _v, "GitHub Actions workflow syntax; MLS Grid API v2 Authorization header")

_v = chars(25, LOWD)
sec("blind-cz/ruby/spark-api", "config/initializers/spark_api.rb", f"""# Flexmls (FBS) Spark API -- our IDX vendor key for the Greater Las Vegas feed
SparkApi.configure do |config|
  config.endpoint   = "https://sparkapi.com"
  config.api_key    = "harbor_idx_key_gl"
  config.api_secret = "{_v}"
  config.user_agent = "HarborHomes IDX"
  config.version    = "v1"
  config.ssl_verify = true
end

SparkApi.logger = Rails.logger
""", _v, "spark_api gem README (sparkapi/spark_api): api_key, api_secret, endpoint")

_v = hexs(32)
sec("blind-cz/postman/reso-webapi", "tools/postman/RESO-WebAPI.prod.postman_environment.json", f"""{{
  "id": "{uuid_s()}",
  "name": "RESO Web API - prod",
  "values": [
    {{ "key": "base_url", "value": "https://api.harbormls.com/odata", "type": "default", "enabled": true }},
    {{ "key": "token_url", "value": "https://auth.harbormls.com/connect/token", "type": "default", "enabled": true }},
    {{ "key": "client_id", "value": "idx-vendor-0193", "type": "default", "enabled": true }},
    {{ "key": "client_secret", "value": "{_v}", "type": "secret", "enabled": true }},
    {{ "key": "access_token", "value": "", "type": "secret", "enabled": true }}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-09-12T15:44:02.119Z",
  "_postman_exported_using": "Postman/11.12.0"
}}
""", _v, "Postman environment export format; RESO Web API Core 2.0 OAuth2 client credentials")

_v = hexs(32)
sec("blind-cz/terraform/reso-webapi", "infra/prod/terraform.tfvars", f"""region            = "us-east-1"
environment       = "prod"
listings_db_class = "db.r6g.large"

# RESO Web API (MLS Grid / Trestle) credentials handed to the feed Lambda
reso_client_id     = "trestle_HarborHomesLLC20210412093355"
reso_client_secret = "{_v}"

photo_bucket_name  = "harborhomes-listing-photos-prod"
alarm_email        = "ops@harborhomes.com"
""", _v, "Terraform docs: variable definitions (.tfvars) files")

_v = rand_pw(16)
sec("blind-cz/php/simplyrets", "wp-content/plugins/harbor-idx/config.php", f"""<?php
/**
 * Harbor IDX plugin -- SimplyRETS account (production, not the public demo account).
 */
if ( ! defined( 'ABSPATH' ) ) {{
    exit;
}}

define( 'HARBOR_SR_API_KEY', 'harbor_5y7cmd' );
define( 'HARBOR_SR_API_SECRET', '{_v}' );
define( 'HARBOR_SR_ENDPOINT', 'https://api.simplyrets.com' );
define( 'HARBOR_SR_VENDOR', 'nwmls' );
define( 'HARBOR_SR_CACHE_TTL', 15 * MINUTE_IN_SECONDS );
""", _v, "SimplyRETS API docs (docs.simplyrets.com): HTTP Basic auth with API key and secret")

_v = hexs(40)
sec("blind-cz/java/mls-grid", "feed-service/src/main/java/com/harborhomes/feed/MlsGridClient.java", f"""package com.harborhomes.feed;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class MlsGridClient {{
    private static final String BASE = "https://api.mlsgrid.com/v2/";
    private static final String TOKEN = "{_v}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    public String fetch(String resource, String filter) throws Exception {{
        HttpRequest req = HttpRequest.newBuilder(URI.create(BASE + resource + "?$filter=" + filter))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }}
}}
""", _v, "MLS Grid API v2 documentation; java.net.http.HttpClient")

_v = bridge_token()
sec("blind-cz/nginx/reso-bridge", "deploy/nginx/idx-proxy.conf", f"""# Browser IDX widgets call /mls/*, nginx adds the Bridge token server-side
upstream bridge_api {{
    server api.bridgedataoutput.com:443;
    keepalive 16;
}}

server {{
    listen 443 ssl http2;
    server_name idx.harborhomes.com;

    ssl_certificate     /etc/letsencrypt/live/idx.harborhomes.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/idx.harborhomes.com/privkey.pem;

    location /mls/ {{
        proxy_pass https://bridge_api/api/v2/OData/stellar/;
        proxy_set_header Host api.bridgedataoutput.com;
        proxy_set_header Authorization "Bearer {_v}";
        proxy_ssl_server_name on;
        proxy_cache idx_cache;
        proxy_cache_valid 200 5m;
    }}
}}
""", _v, "nginx ngx_http_proxy_module: proxy_set_header; Bridge API Authorization: Bearer header")

# ==== IDX websites ==============================================================================

_v = human_pw()
sec("blind-cz/php/wordpress-db", "wp-config.php", f"""<?php
/** WordPress config -- harborhomes.com (IDX Broker + Divi). Salts come from the host's env. */

define( 'DB_NAME', 'harbor_wp' );
define( 'DB_USER', 'harbor_wp' );
define( 'DB_PASSWORD', '{_v}' );
define( 'DB_HOST', 'mysql-prod.internal:3306' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
                 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $k ) {{
    define( $k, getenv( 'WP_' . $k ) );
}}

$table_prefix = 'hh_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );
define( 'WP_MEMORY_LIMIT', '256M' );

if ( ! defined( 'ABSPATH' ) ) {{
    define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
""", _v, "WordPress developer docs: Editing wp-config.php (DB_PASSWORD)")

_v = wp_salt()
sec("blind-cz/php/wordpress-salt", "web/app/config/salts.php", f"""<?php
/**
 * Keys and salts for the agent-site network (Bedrock). Regenerate at
 * https://api.wordpress.org/secret-key/1.1/salt/ -- only AUTH_KEY is pinned here, the
 * others are read from the environment so the multisite cookies stay valid across nodes.
 */
use Roots\\WPConfig\\Config;

Config::define('AUTH_KEY', '{_v}');
Config::define('SECURE_AUTH_KEY', env('SECURE_AUTH_KEY'));
Config::define('LOGGED_IN_KEY', env('LOGGED_IN_KEY'));
Config::define('NONCE_KEY', env('NONCE_KEY'));
Config::define('AUTH_SALT', env('AUTH_SALT'));
Config::define('SECURE_AUTH_SALT', env('SECURE_AUTH_SALT'));
Config::define('LOGGED_IN_SALT', env('LOGGED_IN_SALT'));
Config::define('NONCE_SALT', env('NONCE_SALT'));
""", _v, "Roots Bedrock docs: config/application.php and WordPress secret-key service")

_v = chars(22, ALNUM + "@")
sec("blind-cz/sql/idx-broker", "db/seeds/wp_options_idx.sql", f"""-- Seed the IDX Broker Platinum plugin options on a fresh agent site
-- (exported from production with wp db export --tables=hh_options)
INSERT INTO `hh_options` (`option_name`, `option_value`, `autoload`) VALUES
('idx_broker_apikey', '{_v}', 'yes'),
('idx_broker_dynamic_wrapper_page_id', '118', 'yes'),
('idx_broker_admin_page_tab', 'general', 'yes'),
('idx_broker_omnibar_city_list', 'a:3:{{i:0;s:6:\\"Naples\\";i:1;s:9:\\"Bonita Springs\\";i:2;s:9:\\"Estero\\";}}', 'yes'),
('idx_broker_migrated_to_wrappers', '1', 'yes')
ON DUPLICATE KEY UPDATE `option_value` = VALUES(`option_value`);
""", _v, "IDX Broker WordPress plugin (idx-broker-platinum): idx_broker_apikey option")

_v = chars(22, ALNUM)
sec("blind-cz/php/idx-broker", "inc/idx-featured.php", f"""<?php
// Featured listings strip for the agent homepage, cached for 30 minutes.
function hh_idx_featured() {{
    $cached = get_transient( 'hh_idx_featured' );
    if ( false !== $cached ) {{
        return $cached;
    }}
    $resp = wp_remote_get( 'https://api.idxbroker.com/clients/featured', array(
        'headers' => array(
            'Content-Type' => 'application/x-www-form-urlencoded',
            'accesskey'    => '{_v}',
            'outputtype'   => 'json',
            'apiversion'   => '1.8.0',
        ),
        'timeout' => 15,
    ) );
    if ( is_wp_error( $resp ) ) {{
        return array();
    }}
    $data = json_decode( wp_remote_retrieve_body( $resp ), true );
    set_transient( 'hh_idx_featured', $data, 30 * MINUTE_IN_SECONDS );
    return $data;
}}
""", _v, "IDX Broker API docs (middleware.idxbroker.com/docs/api): accesskey header")

_v = "base64:" + b64_bytes(32)
sec("blind-cz/dotenv/laravel", "agent-portal/.env", f"""APP_NAME="Harbor Agent Portal"
APP_ENV=production
APP_KEY={_v}
APP_DEBUG=false
APP_URL=https://agents.harborhomes.com

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=agent_portal
DB_USERNAME=portal
DB_PASSWORD=

QUEUE_CONNECTION=redis
SESSION_DRIVER=redis
""", _v, "Laravel docs: configuration, APP_KEY (php artisan key:generate)")

_v = url_pw()
sec("blind-cz/yaml/rails-db", "config/database.yml", f"""default: &default
  adapter: postgis
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>
  schema_search_path: public,postgis

development:
  <<: *default
  database: idx_development

test:
  <<: *default
  database: idx_test

production:
  <<: *default
  host: listings-prod.cluster-c8xq2.us-east-1.rds.amazonaws.com
  database: idx_production
  username: idx_app
  password: {_v}
""", _v, "Rails guides: Configuring a database (config/database.yml); activerecord-postgis-adapter")

_v = fakes.django_secret_key(_seed())
sec("blind-cz/python/django", "idxsite/settings/production.py", f"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.lakesiderealty.com", "lakesiderealty.com"]

SECRET_KEY = "{_v}"

DATABASES["default"].update({{
    "HOST": "pg.internal",
    "NAME": "idx",
    "USER": "idx",
}})

CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.redis.RedisCache",
                      "LOCATION": "redis://cache.internal:6379/2"}}}}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
MLS_FEED_TIMEZONE = "America/Chicago"
""", _v, "Django docs: settings SECRET_KEY; deployment checklist")

_v = mapbox_token("sk")
sec("blind-cz/dotenv/mapbox", "web/.env.production", f"""NEXT_PUBLIC_SITE_URL=https://www.harborhomes.com
NEXT_PUBLIC_MAPBOX_STYLE=mapbox://styles/harborhomes/clr0k2v8x00ab01qz
# server-side only: tilesets upload for the school-boundary layer
MAPBOX_UPLOAD_TOKEN={_v}
LISTINGS_API=https://api.harborhomes.com
REVALIDATE_SECONDS=300
""", _v, "Mapbox docs: access tokens (secret sk. tokens with uploads:write scope)")

_v = hexs(32)
sec("blind-cz/js/algolia", "scripts/reindex-listings.js", f"""// Push active listings into Algolia -- run from cron on the feed box.
const algoliasearch = require('algoliasearch');
const {{ Pool }} = require('pg');

const client = algoliasearch('H7QX2KZ4PL', '{_v}');
const index = client.initIndex('listings_prod');
const pool = new Pool({{ connectionString: process.env.DATABASE_URL }});

async function main() {{
  const {{ rows }} = await pool.query(
    `SELECT listing_key AS "objectID", address, city, list_price, beds, baths, sqft,
            ST_Y(geom) AS lat, ST_X(geom) AS lng
       FROM listings WHERE standard_status = 'Active'`);
  const records = rows.map((r) => ({{ ...r, _geoloc: {{ lat: r.lat, lng: r.lng }} }}));
  await index.replaceAllObjects(records, {{ safe: true }});
  console.log(`indexed ${{records.length}} listings`);
  await pool.end();
}}

main().catch((err) => {{ console.error(err); process.exit(1); }});
""", _v, "Algolia JavaScript API client v4: algoliasearch(appId, adminApiKey), replaceAllObjects")

_v = url_pw()
sec("blind-cz/yaml/elasticsearch", "search-indexer/config/indexer.yml", f"""# Listing search indexer (Elastic Cloud)
elasticsearch:
  hosts:
    - https://idx_indexer:{_v}@harbor-search.es.us-east-1.aws.found.io:9243
  index: listings-v7
  alias: listings
  bulk_size: 1000
  refresh_interval: 30s
source:
  dsn: postgresql://indexer@db.internal/listings
  query_file: sql/active_listings.sql
geo:
  field: location
  precision: 7
""", _v, "Elasticsearch Python client docs: connecting with basic auth in the host URL")

_v = urlsafe_key(32)
sec("blind-cz/docker-compose/meilisearch", "search/docker-compose.yml", f"""services:
  meilisearch:
    image: getmeili/meilisearch:v1.8
    restart: unless-stopped
    ports:
      - "7700:7700"
    environment:
      - MEILI_ENV=production
      - MEILI_MASTER_KEY={_v}
      - MEILI_NO_ANALYTICS=true
    volumes:
      - ./meili_data:/meili_data
  listing-sync:
    build: ./sync
    environment:
      - MEILI_HOST=http://meilisearch:7700
    depends_on:
      - meilisearch
""", _v, "Meilisearch docs: configuration, MEILI_MASTER_KEY")

_v = chars(32)
sec("blind-cz/python/typesense", "search/typesense_sync.py", f"""import typesense

client = typesense.Client({{
    "nodes": [{{"host": "search.harborhomes.internal", "port": "443", "protocol": "https"}}],
    "api_key": "{_v}",
    "connection_timeout_seconds": 5,
}})

SCHEMA = {{
    "name": "listings",
    "fields": [
        {{"name": "listing_key", "type": "string"}},
        {{"name": "city", "type": "string", "facet": True}},
        {{"name": "list_price", "type": "int32"}},
        {{"name": "beds", "type": "int32", "facet": True}},
        {{"name": "location", "type": "geopoint"}},
    ],
    "default_sorting_field": "list_price",
}}


def ensure_collection():
    try:
        client.collections["listings"].retrieve()
    except typesense.exceptions.ObjectNotFound:
        client.collections.create(SCHEMA)
""", _v, "Typesense Python client README: Client({'nodes': ..., 'api_key': ...})")

_v = google_key()
sec("blind-cz/python/google-maps", "etl/geocode_missing.py", f"""\"\"\"Backfill lat/lng for listings the MLS ships without coordinates (server key, IP-restricted).\"\"\"
import psycopg2
import googlemaps

gmaps = googlemaps.Client(key="{_v}")


def run(conn):
    with conn.cursor() as cur:
        cur.execute("SELECT listing_key, unparsed_address, city, state, postal_code FROM listings "
                    "WHERE geom IS NULL AND standard_status = 'Active' LIMIT 500")
        for key, street, city, state, zipcode in cur.fetchall():
            hits = gmaps.geocode(f"{{street}}, {{city}}, {{state}} {{zipcode}}")
            if not hits:
                continue
            loc = hits[0]["geometry"]["location"]
            cur.execute("UPDATE listings SET geom = ST_SetSRID(ST_MakePoint(%s, %s), 4326) WHERE listing_key = %s",
                        (loc["lng"], loc["lat"], key))
    conn.commit()


if __name__ == "__main__":
    run(psycopg2.connect("dbname=listings"))
""", _v, "googlemaps Python client README: googlemaps.Client(key=...)")

_v = "6L" + chars(38, ALNUM + "_-")
sec("blind-cz/php/recaptcha", "public_html/contact-agent.php", f"""<?php
// "Ask about this home" form handler on listing pages.
$recaptchaSecret = '{_v}';

$token = $_POST['g-recaptcha-response'] ?? '';
$verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
    'secret'   => $recaptchaSecret,
    'response' => $token,
    'remoteip' => $_SERVER['REMOTE_ADDR'],
]));
$result = json_decode($verify, true);
if (empty($result['success']) || $result['score'] < 0.5) {{
    http_response_code(400);
    exit('Verification failed');
}}

$lead = [
    'name'    => trim($_POST['name'] ?? ''),
    'email'   => filter_var($_POST['email'] ?? '', FILTER_VALIDATE_EMAIL),
    'mls_id'  => preg_replace('/[^A-Z0-9]/', '', $_POST['mls_id'] ?? ''),
    'message' => trim($_POST['message'] ?? ''),
];
require __DIR__ . '/lib/route-lead.php';
route_lead($lead);
header('Location: /thank-you');
""", _v, "Google reCAPTCHA docs: verifying the user's response (siteverify secret)")

_v = chars(40, ALNUM + "_-")
sec("blind-cz/gitlab-ci/cloudflare", ".gitlab-ci.yml", f"""stages:
  - build
  - deploy
  - purge

build:
  stage: build
  image: node:20-alpine
  script:
    - npm ci
    - npm run build
  artifacts:
    paths: [out/]

deploy:
  stage: deploy
  image: alpine:3.20
  script:
    - apk add --no-cache rsync openssh
    - rsync -az --delete out/ deploy@web1.harborhomes.com:/var/www/idx/
  only: [main]

purge_cache:
  stage: purge
  image: curlimages/curl:8.8.0
  script:
    - >
      curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/purge_cache"
      -H "Authorization: Bearer {_v}"
      -H "Content-Type: application/json"
      --data '{{"purge_everything":true}}'
  only: [main]
""", _v, "GitLab CI/CD YAML reference; Cloudflare API docs: purge cache with an API token")

_v = chars(22, ALNUM)
sec("blind-cz/apache/idx-broker", "public_html/.htaccess", f"""# Agent microsite -- IDX Broker subdomain wrapper
Options -Indexes
RewriteEngine On
RewriteCond %{{HTTPS}} off
RewriteRule ^(.*)$ https://%{{HTTP_HOST}}%{{REQUEST_URI}} [L,R=301]

SetEnv IDX_BROKER_ACCESSKEY {_v}
SetEnv IDX_BROKER_ACCOUNT 41877
SetEnv IDX_WRAPPER_URL https://search.lakesiderealty.com

<FilesMatch "\\.(env|ini|log)$">
    Require all denied
</FilesMatch>
""", _v, "Apache mod_env SetEnv; IDX Broker API accesskey")

# ==== CRM and lead routing ======================================================================

_v = fub_key()
sec("blind-cz/python/follow-up-boss", "leads/router.py", f"""\"\"\"Round-robin new portal leads into Follow Up Boss and tag the buyer agent on duty.\"\"\"
import requests

FUB_API = "https://api.followupboss.com/v1"
FUB_KEY = "{_v}"
FUB_SYSTEM = "HarborLeadRouter"
FUB_SYSTEM_KEY = None  # registered system key goes in X-System-Key once approved


def send_event(lead, agent_email):
    body = {{
        "source": lead["source"],
        "system": FUB_SYSTEM,
        "type": "Property Inquiry",
        "message": lead.get("message", ""),
        "person": {{
            "firstName": lead["first"], "lastName": lead["last"],
            "emails": [{{"value": lead["email"]}}], "phones": [{{"value": lead.get("phone", "")}}],
            "assignedTo": agent_email, "tags": ["portal", lead["source"].lower()],
        }},
        "property": {{"mlsNumber": lead.get("mls_id"), "street": lead.get("street")}},
    }}
    r = requests.post(f"{{FUB_API}}/events", json=body, auth=(FUB_KEY, ""), timeout=20)
    r.raise_for_status()
    return r.json()["id"]
""", _v, "Follow Up Boss API docs (docs.followupboss.com): HTTP Basic auth with the API key, POST /v1/events")

_v = fub_key()
sec("blind-cz/yaml/follow-up-boss", "lead-intake/serverless.yml", f"""service: lead-intake
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  environment:
    FUB_API_KEY: {_v}
    FUB_SYSTEM: HarborWebForms
    DEFAULT_POND_ID: "3"

functions:
  webform:
    handler: src/webform.handler
    events:
      - httpApi:
          path: /lead
          method: post
  zillowFlex:
    handler: src/zillow.handler
    events:
      - httpApi:
          path: /zillow
          method: post
""", _v, "Serverless Framework docs: provider.environment; Follow Up Boss API key")

_v = jwt({"iss": "kvcore", "sub": "team:8812", "aud": "api.kvcore.com", "iat": 1714521600, "scope": "contacts leads"})
sec("blind-cz/dotenv/kvcore", "crm-bridge/.env", f"""# kvCORE Public API v2 -- team token generated under Lead Engine > API
KVCORE_API_BASE=https://api.kvcore.com/v2/public
KVCORE_TOKEN={_v}
KVCORE_TEAM_ID=8812
SYNC_INTERVAL_MINUTES=10
LOG_LEVEL=info
""", _v, "kvCORE Public API v2 docs: Authorization Bearer token (JWT)")

_v = f"pat-na1-{uuid_s()}"
sec("blind-cz/js/hubspot", "functions/hubspot-contact.js", f"""// Netlify function: seller-valuation form -> HubSpot contact + deal
const hubspot = require('@hubspot/api-client');

const client = new hubspot.Client({{ accessToken: '{_v}' }});

exports.handler = async (event) => {{
  const form = JSON.parse(event.body || '{{}}');
  const contact = await client.crm.contacts.basicApi.create({{
    properties: {{
      email: form.email,
      firstname: form.firstName,
      lastname: form.lastName,
      phone: form.phone,
      lifecyclestage: 'lead',
      property_address: form.address,
    }},
  }});
  await client.crm.deals.basicApi.create({{
    properties: {{ dealname: `Listing appt - ${{form.address}}`, pipeline: 'default', dealstage: 'appointmentscheduled' }},
  }});
  return {{ statusCode: 200, body: JSON.stringify({{ id: contact.id }}) }};
}};
""", _v, "HubSpot private apps docs: access token pat-na1-...; @hubspot/api-client")

_v = hexu(64)
sec("blind-cz/java-properties/salesforce", "integration/src/main/resources/salesforce.properties", f"""# Salesforce connected app "Harbor Listing Sync" (JWT bearer disabled, client credentials flow)
sf.login.url=https://harborhomes.my.salesforce.com
sf.api.version=60.0
sf.consumer.key=3MVG9{chars(80, ALNUM + '._')}
sf.consumer.secret={_v}
sf.run.as=integration@harborhomes.com
sf.listing.object=Listing__c
sf.batch.size=200
""", _v, "Salesforce help: OAuth 2.0 client credentials flow (consumer key and consumer secret)")

_v = words_pw()
sec("blind-cz/python/salesforce", "scripts/push_closings_to_sf.py", f"""from simple_salesforce import Salesforce
import csv
import os

sf = Salesforce(
    username="integration@lakesiderealty.com",
    password="{_v}",
    security_token=os.environ.get("SF_SECURITY_TOKEN", ""),
    domain="login",
)

with open("exports/closings.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        sf.Transaction__c.upsert(
            f"MLS_Number__c/{{row['mls_number']}}",
            {{
                "Close_Date__c": row["close_date"],
                "Close_Price__c": float(row["close_price"]),
                "Listing_Agent__c": row["list_agent_sf_id"],
            }},
        )
print("done")
""", _v, "simple-salesforce README: Salesforce(username=, password=, security_token=)")

_v = zapier_hook()
sec("blind-cz/js/zapier", "src/components/ValuationForm.jsx", f"""import {{ useState }} from 'react';

// Posts the home-valuation form to our Zap (Zapier -> Follow Up Boss + Slack #listings)
const ZAP_URL = '{_v}';

export default function ValuationForm() {{
  const [sent, setSent] = useState(false);

  async function onSubmit(e) {{
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target));
    await fetch(ZAP_URL, {{ method: 'POST', body: JSON.stringify(data) }});
    setSent(true);
  }}

  if (sent) return <p>Thanks! An agent will send your valuation shortly.</p>;
  return (
    <form onSubmit={{onSubmit}}>
      <input name="address" placeholder="Property address" required />
      <input name="email" type="email" placeholder="Email" required />
      <button type="submit">Get my home value</button>
    </form>
  );
}}
""", _v, "Zapier docs: Webhooks by Zapier, Catch Hook URL")

_v = hexs(32)
sec("blind-cz/php/twilio", "lib/sms-alert.php", f"""<?php
require __DIR__ . '/../vendor/autoload.php';

use Twilio\\Rest\\Client;

// Text the on-duty agent when a hot lead (pre-approved, wants a showing) comes in.
function sms_hot_lead(array $lead, string $agentPhone): void
{{
    $sid   = 'AC{hexs(32)}';
    $token = '{_v}';
    $twilio = new Client($sid, $token);
    $twilio->messages->create($agentPhone, [
        'from' => '+18135550142',
        'body' => sprintf('HOT LEAD %s %s wants to see MLS#%s. Call %s', $lead['first'], $lead['last'],
                          $lead['mls_id'], $lead['phone']),
    ]);
}}
""", _v, "Twilio PHP helper library quickstart: new Client($sid, $token)")

_v = sendgrid_key()
sec("blind-cz/ruby/sendgrid", "config/initializers/mailer.rb", f"""# Listing alerts and saved-search emails go out through SendGrid SMTP
ActionMailer::Base.delivery_method = :smtp
ActionMailer::Base.smtp_settings = {{
  user_name: "apikey",
  password: "{_v}",
  domain: "alerts.harborhomes.com",
  address: "smtp.sendgrid.net",
  port: 587,
  authentication: :plain,
  enable_starttls_auto: true
}}
ActionMailer::Base.default_url_options = {{ host: "www.harborhomes.com", protocol: "https" }}
""", _v, "SendGrid docs: Integrating with the SMTP API (user_name apikey, password API key); Rails ActionMailer")

_v = hexs(32) + "-us14"
sec("blind-cz/python/mailchimp", "marketing/just_sold_campaign.py", f"""\"\"\"Weekly 'Just Sold in your neighborhood' campaign for the farm lists.\"\"\"
from mailchimp_marketing import Client

mc = Client()
mc.set_config({{"api_key": "{_v}", "server": "us14"}})

FARM_LISTS = {{"westshore": "a91c2f0d7e", "palma-ceia": "3be81d4c20"}}


def send(neighborhood, html):
    campaign = mc.campaigns.create({{
        "type": "regular",
        "recipients": {{"list_id": FARM_LISTS[neighborhood]}},
        "settings": {{"subject_line": f"Just sold in {{neighborhood.title()}}", "from_name": "Harbor Homes",
                     "reply_to": "hello@harborhomes.com"}},
    }})
    mc.campaigns.set_content(campaign["id"], {{"html": html}})
    mc.campaigns.send(campaign["id"])
""", _v, "Mailchimp Marketing API Python quickstart: client.set_config({'api_key', 'server'})")

_v = slack_webhook()
sec("blind-cz/yaml/slack", "lead-router/config/notify.yaml", f"""# Where lead-router posts
channels:
  new_leads:
    kind: slack
    webhook_url: {_v}
    mention_on_duty: true
  errors:
    kind: email
    to: ops@harborhomes.com
routing:
  quiet_hours: "22:00-07:00"
  escalate_after_minutes: 5
  sources: [zillow, realtor_com, website, open_house_kiosk]
""", _v, "Slack docs: Sending messages using incoming webhooks")

_v = fakes.telegram_token(_seed())
sec("blind-cz/python/telegram", "bots/showing_bot.py", f"""\"\"\"Telegram bot the agents use to confirm showings from their phones.\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = "{_v}"


async def today(update, context):
    await update.message.reply_text("Your showings today: /list to see them, /confirm <id> to confirm")


async def confirm(update, context):
    showing_id = context.args[0] if context.args else None
    await update.message.reply_text(f"Showing {{showing_id}} confirmed" if showing_id else "Usage: /confirm <id>")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("today", today))
app.add_handler(CommandHandler("confirm", confirm))

if __name__ == "__main__":
    app.run_polling()
""", _v, "python-telegram-bot docs: ApplicationBuilder().token(...)")

_v = chars(32, ALNUM)
sec("blind-cz/csharp/sierra", "src/LeadSync/SierraClient.cs", f"""using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Harbor.LeadSync
{{
    public sealed class SierraClient
    {{
        private const string BaseUrl = "https://api.sierrainteractivedev.com/";
        private const string ApiKey = "{_v}";
        private readonly HttpClient _http;

        public SierraClient(HttpClient http)
        {{
            _http = http;
            _http.BaseAddress = new System.Uri(BaseUrl);
            _http.DefaultRequestHeaders.Add("Sierra-ApiKey", ApiKey);
            _http.DefaultRequestHeaders.Add("Sierra-OriginatingSystemName", "HarborLeadSync");
        }}

        public Task<LeadPage?> GetLeadsAsync(int page) =>
            _http.GetFromJsonAsync<LeadPage>($"leads/find?pageNumber={{page}}&pageSize=100");
    }}
}}
""", _v, "Sierra Interactive API docs: Sierra-ApiKey header")

_v = chars(22, ALNUM + "-_")
sec("blind-cz/json/ringcentral", "dialer/ringcentral.json", f"""{{
  "server": "https://platform.ringcentral.com",
  "clientId": "{chars(22, ALNUM + '-_')}",
  "clientSecret": "{_v}",
  "jwtFile": "/etc/dialer/rc-jwt",
  "extension": "101",
  "smsFrom": "+17275550188",
  "callLogSyncMinutes": 5,
  "crm": "followupboss"
}}
""", _v, "RingCentral developer guide: app credentials (client ID and client secret), JWT flow")

_v = teams_webhook("harborhomes")
sec("blind-cz/powershell/teams", "scripts/Post-DailyPipeline.ps1", f"""# Posts the daily pending/closed pipeline to the brokers' Teams channel
param([string]$ReportDate = (Get-Date -Format 'yyyy-MM-dd'))

$webhook = '{_v}'

$pending = Invoke-Sqlcmd -ServerInstance 'sql01' -Database 'Transactions' -Query "SELECT COUNT(*) AS n FROM deals WHERE status = 'Pending'"
$closed  = Invoke-Sqlcmd -ServerInstance 'sql01' -Database 'Transactions' -Query "SELECT COUNT(*) AS n FROM deals WHERE close_date = '$ReportDate'"

$card = @{{
    '@type'    = 'MessageCard'
    '@context' = 'https://schema.org/extensions'
    summary    = "Pipeline $ReportDate"
    text       = "Pending: $($pending.n)  Closed today: $($closed.n)"
}} | ConvertTo-Json

Invoke-RestMethod -Method Post -Uri $webhook -Body $card -ContentType 'application/json'
""", _v, "Microsoft Learn: Create an Incoming Webhook (Teams), Invoke-RestMethod")

_v = uuid_s()
sec("blind-cz/toml/postmark", "notifier/config.toml", f"""[notifier]
from = "Harbor Homes <alerts@harborhomes.com>"
reply_to = "agents@harborhomes.com"
batch = 500

[postmark]
server_token = "{_v}"
message_stream = "saved-search-alerts"
track_opens = true

[schedule]
daily_digest = "07:30"
instant_for = ["price_drop", "back_on_market", "new_listing"]
""", _v, "Postmark API docs: X-Postmark-Server-Token; TOML")

_v = "live_" + hexs(35)
sec("blind-cz/ruby/lob", "app/jobs/farm_postcard_job.rb", f"""# Sends "Just listed" postcards to the 200 nearest homes of a new listing
require "lob"

class FarmPostcardJob < ApplicationJob
  queue_as :marketing

  LOB = Lob::Client.new(api_key: "{_v}")

  def perform(listing_id)
    listing = Listing.find(listing_id)
    listing.farm_addresses.limit(200).each do |addr|
      LOB.postcards.create(
        description: "Just listed #{{listing.mls_number}}",
        to: addr.to_lob,
        from: Office.main.lob_address,
        front: listing.postcard_front_url,
        back: "tmpl_#{{listing.office.postcard_template}}"
      )
    end
  end
end
""", _v, "Lob API docs: API keys (live_ / test_), Ruby client lob-ruby")

_v = "key-" + hexs(32)
sec("blind-cz/dotenv/mailgun", "open-house/.env", f"""# Open-house sign-in kiosk (Flask)
FLASK_ENV=production
KIOSK_OFFICE=tampa-westshore
MAILGUN_DOMAIN=mg.harborhomes.com
MAILGUN_API_KEY={_v}
FOLLOWUP_TEMPLATE=open-house-thanks
CRM_WEBHOOK=https://crm.harborhomes.com/hooks/openhouse
""", _v, "Mailgun docs: API key authentication (api:key-...)")

# ==== e-signature and transaction management =====================================================

_v = pem("RSA PRIVATE KEY", 25)
_ind = "\n".join("    " + line for line in _v.splitlines())
sec("blind-cz/yaml/docusign", "tx-service/config/docusign.yml", f"""# DocuSign eSignature -- JWT grant for the transaction service (prod account)
docusign:
  base_path: https://na3.docusign.net/restapi
  oauth_host: account.docusign.com
  integration_key: {uuid_s()}
  impersonated_user_id: {uuid_s()}
  account_id: {uuid_s()}
  scopes: [signature, impersonation]
  private_key: |
{_ind}
  templates:
    listing_agreement: {uuid_s()}
    buyer_rep: {uuid_s()}
""", _v, "DocuSign eSignature docs: JWT Grant (integration key, user ID, RSA private key)")

_v = pem("RSA PRIVATE KEY", 25)
sec("blind-cz/python/docusign", "tx/esign/jwt_auth.py", f"""from docusign_esign import ApiClient

INTEGRATION_KEY = "{uuid_s()}"
USER_ID = "{uuid_s()}"
AUTH_SERVER = "account-d.docusign.com"

PRIVATE_KEY = \"\"\"{_v}\"\"\"


def api_client():
    client = ApiClient()
    client.set_oauth_host_name(AUTH_SERVER)
    token = client.request_jwt_user_token(
        client_id=INTEGRATION_KEY,
        user_id=USER_ID,
        oauth_host_name=AUTH_SERVER,
        private_key_bytes=PRIVATE_KEY.encode("ascii"),
        expires_in=3600,
        scopes=["signature", "impersonation"],
    )
    client.host = "https://demo.docusign.net/restapi"
    client.set_default_header("Authorization", f"Bearer {{token.access_token}}")
    return client
""", _v, "docusign-esign Python SDK: ApiClient.request_jwt_user_token(private_key_bytes=...)")

_v = uuid_s()
sec("blind-cz/json/docusign", "src/Harbor.Transactions/appsettings.json", f"""{{
  "DocuSign": {{
    "ClientId": "{uuid_s()}",
    "ClientSecret": "{_v}",
    "AuthServer": "https://account.docusign.com",
    "RedirectUri": "https://tx.harborhomes.com/ds/callback",
    "AccountId": "{uuid_s()}",
    "BasePath": "https://na4.docusign.net/restapi"
  }},
  "Serilog": {{ "MinimumLevel": "Information" }},
  "AllowedHosts": "*"
}}
""", _v, "DocuSign Authorization Code Grant docs: integration key and secret key")

_v = b64_bytes(32)
sec("blind-cz/ts/docusign-connect", "src/webhooks/docusignConnect.ts", f"""import crypto from 'node:crypto';
import type {{ Request, Response }} from 'express';

// HMAC key from Settings > Connect > Connect Keys
const CONNECT_HMAC_KEY = '{_v}';

export function verifyConnect(req: Request): boolean {{
  const computed = crypto.createHmac('sha256', CONNECT_HMAC_KEY).update(req.body as Buffer).digest('base64');
  const header = req.header('X-DocuSign-Signature-1') ?? '';
  return crypto.timingSafeEqual(Buffer.from(computed), Buffer.from(header));
}}

export async function onEnvelopeEvent(req: Request, res: Response) {{
  if (!verifyConnect(req)) return res.status(401).end();
  const evt = JSON.parse((req.body as Buffer).toString('utf8'));
  if (evt.event === 'envelope-completed') {{
    await markDocsSigned(evt.data.envelopeId);
  }}
  res.status(200).end();
}}

declare function markDocsSigned(envelopeId: string): Promise<void>;
""", _v, "DocuSign Connect docs: HMAC security, X-DocuSign-Signature-1")

_v = uuid_s()
sec("blind-cz/dotenv/dotloop", "tx-sync/.env", f"""DOTLOOP_CLIENT_ID={uuid_s()}
DOTLOOP_CLIENT_SECRET={_v}
DOTLOOP_REDIRECT_URI=https://tx.harborhomes.com/oauth/dotloop
DOTLOOP_PROFILE_ID=1948822
SYNC_LOOP_STATUSES=UNDER_CONTRACT,SOLD
""", _v, "dotloop Public API v2 docs: OAuth 2 client id and client secret")

_v = uuid_s()
sec("blind-cz/shell/dotloop", "scripts/export-loops.sh", f"""#!/usr/bin/env bash
# One-off: export every loop of the profile to JSON for the compliance audit
set -euo pipefail

TOKEN="{_v}"
PROFILE=1948822
OUT=exports/loops-$(date +%F)
mkdir -p "$OUT"

batch=1
while :; do
  resp=$(curl -sS -H "Authorization: Bearer $TOKEN" \\
    "https://api-gateway.dotloop.com/public/v2/profile/$PROFILE/loop?batch_size=100&batch_number=$batch")
  echo "$resp" > "$OUT/batch-$batch.json"
  [ "$(echo "$resp" | jq '.data | length')" -lt 100 ] && break
  batch=$((batch + 1))
done
echo "exported $batch batches to $OUT"
""", _v, "dotloop Public API v2 docs: Authorization: Bearer access token, /profile/{id}/loop")

_v = chars(40, ALNUM)
sec("blind-cz/java/skyslope", "compliance/src/main/java/com/lakeside/compliance/SkySlopeAuth.java", f"""package com.lakeside.compliance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Builds the SS-HMAC header SkySlope's Files API wants on the login call. */
public final class SkySlopeAuth {{
    static final String ACCESS_KEY = "lakeside-compliance";
    static final String ACCESS_SECRET = "{_v}";
    static final String CLIENT_ID = "{uuid_s()}";

    public static String header(Instant ts) throws Exception {{
        String payload = CLIENT_ID + ":" + ACCESS_KEY + ":" + ts.toString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ACCESS_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String sig = Base64.getEncoder().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        return "SS " + ACCESS_KEY + ":" + sig;
    }}
}}
""", _v, "SkySlope Forms/Files API docs: access key and access secret, HMAC login header")

_v = hexs(64)
sec("blind-cz/ruby/dropbox-sign", "app/services/disclosure_signer.rb", f"""require "dropbox-sign"

# Seller disclosure packets go out through Dropbox Sign (formerly HelloSign)
Dropbox::Sign.configure do |config|
  config.username = "{_v}"
end

class DisclosureSigner
  def send_packet(deal)
    api = Dropbox::Sign::SignatureRequestApi.new
    data = Dropbox::Sign::SignatureRequestSendWithTemplateRequest.new
    data.template_ids = [deal.state_disclosure_template_id]
    data.subject = "Seller disclosures - #{{deal.address}}"
    data.signers = deal.sellers.map do |s|
      Dropbox::Sign::SubSignatureRequestTemplateSigner.new(role: "Seller", name: s.name, email_address: s.email)
    end
    data.test_mode = false
    api.signature_request_send_with_template(data)
  end
end
""", _v, "Dropbox Sign Ruby SDK README: config.username = API key")

_v = hexs(40)
sec("blind-cz/python/pandadoc", "tx/pandadoc_cma.py", f"""\"\"\"Generate the listing presentation (CMA) document in PandaDoc from our comps.\"\"\"
import requests

PANDADOC = "https://api.pandadoc.com/public/v1"
HEADERS = {{"Authorization": "API-Key {_v}", "Content-Type": "application/json"}}
TEMPLATE = "dFqY3qB5ZhJmRc8pWnBd2a"


def create_cma(seller, subject, comps):
    tokens = [{{"name": "Subject.Address", "value": subject["address"]}},
              {{"name": "Subject.SuggestedPrice", "value": f"${{subject['price']:,}}"}}]
    for i, comp in enumerate(comps[:6], 1):
        tokens.append({{"name": f"Comp{{i}}.Address", "value": comp["address"]}})
        tokens.append({{"name": f"Comp{{i}}.ClosePrice", "value": f"${{comp['close_price']:,}}"}})
    body = {{"name": f"CMA - {{subject['address']}}", "template_uuid": TEMPLATE,
            "recipients": [{{"email": seller["email"], "first_name": seller["first"], "role": "Seller"}}],
            "tokens": tokens}}
    r = requests.post(f"{{PANDADOC}}/documents", json=body, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""", _v, "PandaDoc API docs: API-Key authentication header")

_v = "whsec_" + chars(32)
sec("blind-cz/python/stripe-webhook", "billing/webhooks.py", f"""\"\"\"Agent desk-fee subscriptions: Stripe webhook endpoint.\"\"\"
import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_hooks", __name__)
ENDPOINT_SECRET = "{_v}"


@bp.post("/stripe/webhook")
def stripe_webhook():
    payload = request.get_data()
    sig = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "invoice.payment_failed":
        flag_agent_past_due(event["data"]["object"]["customer"])
    return "", 204


def flag_agent_past_due(customer_id):
    ...
""", _v, "Stripe docs: Check the webhook signatures (endpoint secret whsec_...)")

_v = stripe_live()
sec("blind-cz/yaml/stripe", "billing/config/settings.prod.yaml", f"""billing:
  provider: stripe
  api_key: {_v}
  prices:
    desk_fee_monthly: price_1P2x3yHarborDesk01
    transaction_fee: price_1P2x3yHarborTxn01
  grace_days: 10
  dunning_email: accounting@harborhomes.com
""", _v, "Stripe docs: API keys (secret live keys sk_live_)")

# ==== showing schedulers =========================================================================

_v = chars(32, ALNUM)
sec("blind-cz/yaml/showingtime", "showings/config/showingtime.yaml", f"""showingtime:
  base_url: https://api.showingtime.com/v2
  api_key: {_v}
  office_id: FL-HARB-001
  feedback_request_delay_hours: 2
  default_appointment_minutes: 30
sync:
  pull_every: 5m
  push_to_crm: followupboss
  calendar: google
""", _v, "ShowingTime partner API documentation: API key per office")

_sk = pem("PRIVATE KEY", 26)
_v = _sk.replace("\n", "\\n") + "\\n"
sec("blind-cz/json/google-service-account", "showings/credentials/calendar-sync-sa.json", f"""{{
  "type": "service_account",
  "project_id": "harbor-showings",
  "private_key_id": "{hexs(40)}",
  "private_key": "{_v}",
  "client_email": "calendar-sync@harbor-showings.iam.gserviceaccount.com",
  "client_id": "{digits(21)}",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40harbor-showings.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}}
""", _v, "Google Cloud docs: service account key file (JSON) format")

_v = azure_secret()
sec("blind-cz/json/microsoft-graph", "ShowingSync/appsettings.json", f"""{{
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid_s()}",
    "ClientId": "{uuid_s()}",
    "ClientSecret": "{_v}"
  }},
  "Graph": {{
    "Scopes": [ "https://graph.microsoft.com/.default" ],
    "ShowingCalendarName": "Showings"
  }},
  "ShowingTime": {{ "PollSeconds": 120 }}
}}
""", _v, "Microsoft identity platform docs: client credentials with a client secret (Microsoft.Identity.Web)")

_v = jwt({"iss": "https://auth.calendly.com", "iat": 1717200000, "jti": uuid_s(), "user_uuid": uuid_s(), "scope": "default"}, "HS256")
sec("blind-cz/dotenv/calendly", "listing-appts/.env", f"""# Listing-appointment booking page -> CRM
CALENDLY_PAT={_v}
CALENDLY_ORG=https://api.calendly.com/organizations/{hexs(16).upper()}
CALENDLY_EVENT_TYPE=listing-consultation
CRM_PIPELINE=sellers
""", _v, "Calendly API docs: personal access tokens (Bearer)")

_v = "nyk_v0_" + chars(50, ALNUM + "_")
sec("blind-cz/ts/nylas", "apps/showings/src/lib/nylas.ts", f"""import Nylas from 'nylas';

// Two-way sync of agents' Google/Outlook calendars with showing requests
export const nylas = new Nylas({{
  apiKey: '{_v}',
  apiUri: 'https://api.us.nylas.com',
}});

export async function freeBusy(grantId: string, email: string, start: number, end: number) {{
  return nylas.calendars.getFreeBusy({{
    identifier: grantId,
    requestBody: {{ startTime: start, endTime: end, emails: [email] }},
  }});
}}
""", _v, "Nylas API v3 docs: API key authentication (nyk_v0_...)")

# ==== listing photo pipelines ====================================================================

_v = fakes.aws_secret_key(_seed())
sec("blind-cz/ini/aws", "deploy/photo-worker/aws-credentials", f"""[default]
region = us-east-1

[photo-pipeline]
aws_access_key_id = {fakes.aws_key_id(_seed())}
aws_secret_access_key = {_v}
region = us-east-1

[photo-pipeline-readonly]
role_arn = arn:aws:iam::481293376601:role/listing-photos-read
source_profile = photo-pipeline
""", _v, "AWS CLI docs: configuration and credential file settings")

_v = fakes.aws_secret_key(_seed())
sec("blind-cz/python/s3-photos", "photos/resize_worker.py", f"""\"\"\"Resize MLS listing photos into web/thumb/og variants and store them on S3.\"\"\"
import io

import boto3
from PIL import Image

s3 = boto3.client(
    "s3",
    aws_access_key_id="{fakes.aws_key_id(_seed())}",
    aws_secret_access_key="{_v}",
    region_name="us-east-1",
)
BUCKET = "harborhomes-listing-photos"
SIZES = {{"web": (1600, 1067), "thumb": (400, 267), "og": (1200, 630)}}


def process(listing_key, order, raw: bytes):
    img = Image.open(io.BytesIO(raw)).convert("RGB")
    for name, size in SIZES.items():
        out = io.BytesIO()
        copy = img.copy()
        copy.thumbnail(size)
        copy.save(out, "JPEG", quality=82, optimize=True, progressive=True)
        s3.put_object(Bucket=BUCKET, Key=f"{{listing_key}}/{{order:02d}}-{{name}}.jpg", Body=out.getvalue(),
                      ContentType="image/jpeg", CacheControl="public, max-age=31536000")
""", _v, "boto3 docs: credentials passed as parameters to boto3.client")

_v = cloudinary_secret()
sec("blind-cz/dotenv/cloudinary", "media-api/.env", f"""PORT=4000
NODE_ENV=production
CLOUDINARY_URL=cloudinary://{digits(15)}:{_v}@harborhomes
PHOTO_FOLDER=listings
WATERMARK_PUBLIC_ID=brand/harbor-watermark
MAX_PHOTOS_PER_LISTING=60
""", _v, "Cloudinary docs: CLOUDINARY_URL environment variable (cloudinary://api_key:api_secret@cloud_name)")

_v = cloudinary_secret()
sec("blind-cz/js/cloudinary", "media-api/src/cloudinary.js", f"""const cloudinary = require('cloudinary').v2;

cloudinary.config({{
  cloud_name: 'lakeside-realty',
  api_key: '{digits(15)}',
  api_secret: '{_v}',
  secure: true,
}});

// Upload a listing photo, auto-orient, strip EXIF (GPS of the seller's phone!), tag by MLS id
async function uploadListingPhoto(filePath, mlsId, order) {{
  return cloudinary.uploader.upload(filePath, {{
    folder: `listings/${{mlsId}}`,
    public_id: String(order).padStart(2, '0'),
    tags: ['listing', mlsId],
    transformation: [{{ angle: 'exif' }}, {{ flags: 'strip_profile' }}],
    overwrite: true,
  }});
}}

module.exports = {{ uploadListingPhoto }};
""", _v, "Cloudinary Node.js SDK docs: cloudinary.config({cloud_name, api_key, api_secret})")

_v = "ak_" + hexs(64)
sec("blind-cz/shell/imgix", "scripts/purge-listing-photos.sh", f"""#!/bin/sh
# Purge imgix cache for every photo of a listing after the agent re-orders or replaces them.
# usage: purge-listing-photos.sh <listing_key>
set -eu
KEY="$1"
IMGIX_API_KEY="{_v}"

aws s3 ls "s3://harborhomes-listing-photos/$KEY/" | awk '{{print $4}}' | while read -r f; do
  curl -sS -X POST "https://api.imgix.com/api/v1/purge" \\
    -H "Authorization: Bearer $IMGIX_API_KEY" \\
    -H "Content-Type: application/vnd.api+json" \\
    -d "{{\\"data\\":{{\\"attributes\\":{{\\"url\\":\\"https://harbor.imgix.net/$KEY/$f\\"}},\\"type\\":\\"purges\\"}}}}"
done
""", _v, "imgix API docs: purging assets (Bearer API key)")

_v = fakes.aws_secret_key(_seed())
sec("blind-cz/rclone/s3", "tools/photographer-sync/rclone.conf", f"""[mls-photos]
type = s3
provider = AWS
access_key_id = {fakes.aws_key_id(_seed())}
secret_access_key = {_v}
region = us-east-1
acl = private
storage_class = INTELLIGENT_TIERING

[dropbox-shoots]
type = dropbox
token = {{"access_token":"","token_type":"bearer","expiry":"0001-01-01T00:00:00Z"}}
""", _v, "rclone docs: Amazon S3 configuration (access_key_id, secret_access_key)")

_v = human_pw()
sec("blind-cz/shell/mls-ftp", "photos/upload_to_mls.sh", f"""#!/usr/bin/env bash
# Push edited listing photos to the MLS photo FTP (Matrix bulk photo upload).
# Files must be named <MLS#>-<seq>.jpg
set -euo pipefail
SRC=${{1:-/srv/photos/outbox}}

lftp -u "photo_hh1182,{_v}" ftps://photos.mfrmls.com <<EOF2
set ftp:ssl-force true
set ssl:verify-certificate yes
mirror --reverse --only-newer --include-glob '*.jpg' "$SRC" /incoming
bye
EOF2
find "$SRC" -name '*.jpg' -mmin +60 -delete
""", _v, "lftp(1) manual: -u user,password, mirror --reverse; MLS bulk photo FTP upload")

_v = season_pw()
sec("blind-cz/netrc/mls-ftp", "deploy/photo-box/.netrc", f"""machine photos.stellarmls.com
login SMLS_PHOTO_0042871
password {_v}

machine ftp.harborhomes.com
login photographer
password-file /run/secrets/ftp_photographer

macdef init
""", _v, "GNU inetutils ftp: the .netrc file (machine, login, password)")

_v = chars(32, ALNUM)
sec("blind-cz/python/matterport", "tours/matterport_import.py", f"""\"\"\"Attach Matterport tours to listings: find the model of each new listing's address.\"\"\"
import requests

MP_TOKEN_ID = "{chars(20, UPD)}"
MP_TOKEN_SECRET = "{_v}"
GRAPH = "https://api.matterport.com/api/models/graph"

QUERY = \"\"\"
query($q: String!) {{
  models(query: $q) {{ results {{ id name address {{ address1 city }} }} }}
}}
\"\"\"


def find_model(address):
    r = requests.post(GRAPH, json={{"query": QUERY, "variables": {{"q": address}}}},
                      auth=(MP_TOKEN_ID, MP_TOKEN_SECRET), timeout=30)
    r.raise_for_status()
    hits = r.json()["data"]["models"]["results"]
    return hits[0]["id"] if hits else None
""", _v, "Matterport Model API docs: API token ID and secret (HTTP Basic), GraphQL endpoint")

_v = hexs(64)
sec("blind-cz/toml/cloudflare-r2", "photo-cdn/wrangler.toml", f"""name = "listing-photo-cdn"
main = "src/index.ts"
compatibility_date = "2024-06-01"

[[r2_buckets]]
binding = "PHOTOS"
bucket_name = "listing-photos"

[vars]
R2_ACCOUNT_ID = "{hexs(32)}"
R2_ACCESS_KEY_ID = "{hexs(32)}"
R2_SECRET_ACCESS_KEY = "{_v}"
ALLOWED_ORIGINS = "https://www.harborhomes.com,https://idx.harborhomes.com"
""", _v, "Cloudflare R2 docs: S3 API tokens (access key id and 64-hex secret access key); wrangler.toml")

_v = "K005" + chars(27, ALNUM)
sec("blind-cz/yaml/backblaze", "archive/config/b2.yaml", f"""# Sold-listing photo archive (7 years, per MLS rules) on Backblaze B2
b2:
  key_id: 005{hexs(22)}
  application_key: {_v}
  bucket: harbor-sold-archive
  endpoint: https://s3.us-west-005.backblazeb2.com
archive:
  after_days_closed: 90
  formats: [jpg, heic]
  manifest: s3://harborhomes-listing-photos/manifests/
""", _v, "Backblaze B2 docs: application keys (keyID and applicationKey)")

_v = openssh_key()
sec("blind-cz/key/photo-sftp", "deploy/keys/photographer_sftp_ed25519", f"""{_v}
""", _v, "OpenSSH ssh-keygen(1): private key file format (openssh-key-v1)")

_v = dropbox_token()
sec("blind-cz/python/dropbox", "photos/pull_shoots.py", f"""\"\"\"Pull finished photo shoots from the photographers' shared Dropbox folder.\"\"\"
import dropbox

dbx = dropbox.Dropbox("{_v}")
SHARED = "/Harbor Homes Shoots/Ready"


def ready_shoots():
    for entry in dbx.files_list_folder(SHARED).entries:
        if isinstance(entry, dropbox.files.FolderMetadata):
            yield entry.name  # folder name is the MLS number


def download(mls_number, dest):
    res = dbx.files_list_folder(f"{{SHARED}}/{{mls_number}}")
    for f in res.entries:
        dbx.files_download_to_file(f"{{dest}}/{{f.name}}", f.path_lower)
""", _v, "Dropbox Python SDK docs: dropbox.Dropbox(oauth2_access_token)")

_v = b64_bytes(64)
sec("blind-cz/csharp/azure-blob", "src/Lakeside.Media/BlobPhotoStore.cs", f"""using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Lakeside.Media
{{
    public class BlobPhotoStore
    {{
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName=lakesidephotos;" +
            "AccountKey={_v};EndpointSuffix=core.windows.net";

        private readonly BlobContainerClient _container =
            new BlobContainerClient(ConnectionString, "listing-photos");

        public async Task SaveAsync(string mlsId, int order, Stream jpeg)
        {{
            var blob = _container.GetBlobClient($"{{mlsId}}/{{order:D2}}.jpg");
            await blob.UploadAsync(jpeg, new BlobHttpHeaders {{ ContentType = "image/jpeg" }});
        }}
    }}
}}
""", _v, "Azure Storage docs: connection strings (AccountName, AccountKey)")

# ==== mortgage and title =========================================================================

_v = chars(64, ALNUM)
sec("blind-cz/python/encompass", "mortgage/encompass_client.py", f"""\"\"\"Pull loan milestones from ICE Encompass so agents see their buyers' loan status.\"\"\"
import os

import requests

API = "https://api.elliemae.com"
CLIENT_ID = "x7kq2vb"
CLIENT_SECRET = "{_v}"
INSTANCE = "BE11209834"


def token():
    r = requests.post(f"{{API}}/oauth2/v1/token", data={{
        "grant_type": "password",
        "username": f"svc_agentportal@encompass:{{INSTANCE}}",
        "password": os.environ["ENCOMPASS_PASSWORD"],
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
    }}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def milestones(loan_guid):
    h = {{"Authorization": f"Bearer {{token()}}"}}
    return requests.get(f"{{API}}/encompass/v3/loans/{{loan_guid}}/milestones", headers=h, timeout=30).json()
""", _v, "ICE Mortgage Technology Developer Connect docs: OAuth token (client_id, client_secret, instance)")

_v = words_pw()
sec("blind-cz/ini/encompass", "mortgage/encompass.ini", f"""[encompass]
instance_id = BE11209834
api_host = https://api.elliemae.com
client_id = x7kq2vb
client_secret_env = ENCOMPASS_CLIENT_SECRET
username = svc_agentportal
password = {_v}

[sync]
milestones = Started,Processing,Submittal,Cond. Approval,Approval,Docs Signing,Funding
every_minutes = 20
""", _v, "ICE Encompass Developer Connect: resource-owner password grant (smart client user)")

_v = hexs(30)
sec("blind-cz/dotenv/plaid", "closing-funds/.env.production", f"""# Earnest-money / closing funds verification (Plaid Auth + Identity)
PLAID_CLIENT_ID={hexs(24)}
PLAID_SECRET={_v}
PLAID_ENV=production
PLAID_PRODUCTS=auth,identity
PLAID_COUNTRY_CODES=US
PLAID_REDIRECT_URI=https://pay.harborhomes.com/plaid/oauth
""", _v, "Plaid quickstart (.env.example): PLAID_CLIENT_ID, PLAID_SECRET, PLAID_ENV")

_v = chars(40, ALNUM)
sec("blind-cz/ruby/qualia", "app/services/qualia_orders.rb", f"""# Open title orders in Qualia Connect when a deal goes under contract
class QualiaOrders
  ENDPOINT = "https://api.qualia.com/api/v1/graphql".freeze
  USER = "harborhomes-integration".freeze
  TOKEN = "{_v}".freeze

  def open_order(deal)
    query = <<~GQL
      mutation($input: OrderInput!) {{ createOrder(input: $input) {{ order {{ id number }} }} }}
    GQL
    HTTP.basic_auth(user: USER, pass: TOKEN)
        .post(ENDPOINT, json: {{ query: query, variables: {{ input: deal.to_qualia }} }})
        .parse
  end
end
""", _v, "Qualia Connect API docs: HTTP Basic authentication, GraphQL endpoint")

_v = pgp_block("PRIVATE", 18)
sec("blind-cz/pgp/title-exchange", "title/keys/harbor-title-exchange.sec.asc", f"""{_v}
""", _v, "RFC 4880 ASCII armor; gpg --export-secret-keys --armor")

_v = human_pw()
sec("blind-cz/python/title-sftp", "title/send_closing_packet.py", f"""\"\"\"Drop signed closing packets on the title company's SFTP (they poll /inbound every 10 min).\"\"\"
import pathlib

import paramiko

HOST = "sftp.firsttitlegulf.com"
USER = "harborhomes"
PASSWORD = "{_v}"


def send(packet: pathlib.Path, file_number: str):
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(str(packet), f"/inbound/{{file_number}}_{{packet.name}}")
    finally:
        sftp.close()
        transport.close()
""", _v, "Paramiko docs: Transport.connect(username, password), SFTPClient")

_v = chars(48, ALNUM)
sec("blind-cz/yaml/total-expert", "mortgage/config/total_expert.yaml", f"""# Total Expert (loan officer marketing) -- co-marketing with our preferred lender
total_expert:
  auth_url: https://public.totalexpert.net/v1/token
  api_url: https://public.totalexpert.net/v1
  client_id: harborhomes-coMarketing
  client_secret: {_v}
  grant_type: client_credentials
share_events:
  - listing_active
  - open_house_scheduled
  - under_contract
""", _v, "Total Expert public API docs: OAuth client credentials token")

_v = rand_pw(14, "!#$")
sec("blind-cz/xml/credit-vendor", "mortgage/conf/credit-vendor.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Soft-pull prequal for the buyer-consult flow (MISMO 2.3.1 credit request) -->
<CreditVendor>
  <Endpoint>https://credit.meridianlink.com/inetapi/request_products.aspx</Endpoint>
  <Interface>MISMO_2.3.1</Interface>
  <Login>
    <AccountID>HB-77120</AccountID>
    <UserName>harbor_prequal</UserName>
    <Password>{_v}</Password>
  </Login>
  <Options>
    <Bureaus>Equifax,Experian,TransUnion</Bureaus>
    <SoftPull>true</SoftPull>
    <TimeoutSeconds>90</TimeoutSeconds>
  </Options>
</CreditVendor>
""", _v, "MeridianLink credit interface (MISMO 2.3.1 credit request): login account and password")

_v = words_pw()
sec("blind-cz/xml/softpro", "TitleBridge/Web.config", f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="SoftPro"
         connectionString="Data Source=SPSQL01\\SOFTPRO;Initial Catalog=SoftProSelect;User ID=titlebridge;Password={_v};Encrypt=True;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="OrderPrefix" value="HH-" />
    <add key="PollSeconds" value="60" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", _v, "Microsoft docs: connection strings in Web.config (SqlClient User ID/Password)")

# ==== property data and valuation APIs ===========================================================

_v = hexs(32)
sec("blind-cz/python/attom", "avm/attom_client.py", f"""import requests

ATTOM = "https://api.gateway.attomdata.com/propertyapi/v1.0.0"
HEADERS = {{"apikey": "{_v}", "accept": "application/json"}}


def avm(address1, address2):
    r = requests.get(f"{{ATTOM}}/attomavm/detail", params={{"address1": address1, "address2": address2}},
                     headers=HEADERS, timeout=20)
    r.raise_for_status()
    prop = r.json()["property"][0]
    return {{
        "attom_id": prop["identifier"]["attomId"],
        "value": prop["avm"]["amount"]["value"],
        "low": prop["avm"]["amount"]["low"],
        "high": prop["avm"]["amount"]["high"],
        "confidence": prop["avm"]["amount"]["scr"],
    }}


def sales_history(attom_id):
    return requests.get(f"{{ATTOM}}/saleshistory/detail", params={{"attomid": attom_id}}, headers=HEADERS).json()
""", _v, "ATTOM API docs (api.developer.attomdata.com): apikey header")

_v = chars(32, ALNUM)
sec("blind-cz/js/housecanary", "valuation/src/housecanary.mjs", f"""// HouseCanary Value Report for the seller-lead landing page
const HC_KEY = '{chars(20, UPD)}';
const HC_SECRET = '{_v}';
const auth = 'Basic ' + Buffer.from(`${{HC_KEY}}:${{HC_SECRET}}`).toString('base64');

export async function estimate(address, zipcode) {{
  const url = new URL('https://api.housecanary.com/v2/property/value');
  url.searchParams.set('address', address);
  url.searchParams.set('zipcode', zipcode);
  const res = await fetch(url, {{ headers: {{ Authorization: auth }} }});
  if (!res.ok) throw new Error(`HouseCanary ${{res.status}}`);
  const [row] = await res.json();
  return row['property/value'].result.value;
}}
""", _v, "HouseCanary API docs: HTTP Basic auth with API key and secret, /v2/property/value")

_v = chars(30, ALNUM)
sec("blind-cz/go/estated", "internal/propdata/estated.go", f"""package propdata

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

const estatedToken = "{_v}"

var client = &http.Client{{Timeout: 15 * time.Second}}

// Lookup returns the Estated property record for a one-line address.
func Lookup(combined string) (map[string]any, error) {{
	u := fmt.Sprintf("https://apis.estated.com/v4/property?token=%s&combined_address=%s",
		estatedToken, url.QueryEscape(combined))
	resp, err := client.Get(u)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	var out map[string]any
	return out, json.NewDecoder(resp.Body).Decode(&out)
}}
""", _v, "Estated API v4 docs: token query parameter")

_v = jwt({"iss": "regrid.com", "iat": 1709251200, "g": 48211, "t": "enterprise", "u": 90112}, "HS256")
sec("blind-cz/js/regrid", "map/src/parcels.js", f"""// Parcel boundaries layer for the land-listings map (Regrid vector tiles)
const REGRID_TOKEN = '{_v}';

export function addParcelLayer(map) {{
  map.addSource('parcels', {{
    type: 'vector',
    tiles: [`https://tiles.regrid.com/api/v1/parcels/{{z}}/{{x}}/{{y}}.mvt?token=${{REGRID_TOKEN}}`],
    minzoom: 14,
    maxzoom: 21,
  }});
  map.addLayer({{
    id: 'parcel-lines',
    type: 'line',
    source: 'parcels',
    'source-layer': 'parcels',
    paint: {{ 'line-color': '#f59e0b', 'line-width': 1 }},
  }});
}}
""", _v, "Regrid API docs: parcel tiles with token parameter")

_v = hexs(32)
_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Rent comps for the investor CMA\n", "RentCast long-term rent estimate + comparables for each subject."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import pandas as pd\n", "import requests\n", "\n",
            f"RENTCAST_KEY = \"{_v}\"\n",
            "subjects = pd.read_csv('subjects.csv')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "def rent(row):\n",
            "    r = requests.get('https://api.rentcast.io/v1/avm/rent/long-term',\n",
            "                     params={'address': row.address, 'compCount': 10},\n",
            "                     headers={'X-Api-Key': RENTCAST_KEY})\n",
            "    return r.json()['rent']\n", "\n",
            "subjects['rent'] = subjects.apply(rent, axis=1)\n", "subjects.head()"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.6"}},
    "nbformat": 4, "nbformat_minor": 5,
}
sec("blind-cz/notebook/rentcast", "analysis/investor_rent_comps.ipynb", json.dumps(_nb, indent=1) + "\n", _v,
    "RentCast API docs: X-Api-Key header; Jupyter nbformat 4")

_v = "X1-ZWz" + chars(14, LOWD) + "_" + chars(5, LOWD)
sec("blind-cz/php/zillow", "legacy/zestimate.php", f"""<?php
// Legacy "What's my home worth" widget -- GetSearchResults (Zillow API, kept for the old agent sites)
$zwsid = '{_v}';

function zestimate($address, $citystatezip) {{
    global $zwsid;
    $url = 'https://www.zillow.com/webservice/GetSearchResults.htm?' . http_build_query([
        'zws-id' => $zwsid,
        'address' => $address,
        'citystatezip' => $citystatezip,
    ]);
    $xml = simplexml_load_string(file_get_contents($url));
    if ((string) $xml->message->code !== '0') {{
        return null;
    }}
    return (int) $xml->response->results->result[0]->zestimate->amount;
}}
""", _v, "Zillow API (GetSearchResults) documentation: zws-id parameter")

_v = hexs(32)
sec("blind-cz/ruby/walkscore", "app/models/concerns/walkable.rb", f"""module Walkable
  extend ActiveSupport::Concern

  WALKSCORE_KEY = "{_v}"

  def fetch_walk_score!
    resp = HTTP.get("https://api.walkscore.com/score", params: {{
      format: "json", address: full_address, lat: latitude, lon: longitude,
      transit: 1, bike: 1, wsapikey: WALKSCORE_KEY
    }})
    body = resp.parse
    update!(walk_score: body["walkscore"], transit_score: body.dig("transit", "score"),
            bike_score: body.dig("bike", "score"))
  end
end
""", _v, "Walk Score API docs: wsapikey parameter")

_v = hexs(40)
sec("blind-cz/renviron/census", "market-reports/.Renviron", f"""# R market-report project -- tidycensus key for ACS median income / tenure tables
CENSUS_API_KEY={_v}
R_MAX_VSIZE=16Gb
MARKET_DB=postgresql://reports@db.internal/market
REPORT_COUNTIES=12057,12103,12101
""", _v, "tidycensus docs: census_api_key(install = TRUE) writes CENSUS_API_KEY to .Renviron")

_v = chars(24, LOWD)
sec("blind-cz/yaml/greatschools", "idx/config/neighborhood.yml", f"""neighborhood_panel:
  walkscore: true
  schools:
    provider: greatschools
    endpoint: https://gs-api.greatschools.org/nearby-schools
    api_key: {_v}
    radius_miles: 3
    limit: 6
  flood_zone:
    provider: fema-nfhl
    endpoint: https://hazards.fema.gov/gis/nfhl/rest/services/public/NFHL/MapServer/28/query
""", _v, "GreatSchools NearbySchools API docs: x-api-key")

_v = fakes.openai_key(_seed())
sec("blind-cz/python/openai", "copy/listing_description.py", f"""\"\"\"Draft MLS public remarks from the listing input sheet (agent reviews before it goes live).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="{_v}")

RULES = (\"Write MLS public remarks, max 1000 characters. No fair-housing violations: never describe \"
         \"the buyer, neighbors, or 'perfect for families'. No agent contact info.\")


def draft(sheet: dict) -> str:
    facts = "\\n".join(f"{{k}}: {{v}}" for k, v in sheet.items() if v)
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{{"role": "system", "content": RULES}}, {{"role": "user", "content": facts}}],
        temperature=0.6,
    )
    return resp.choices[0].message.content.strip()
""", _v, "OpenAI Python library README: OpenAI(api_key=...)")

_v = human_pw()
sec("blind-cz/yaml/snowflake", "analytics/dbt/profiles.yml", f"""harbor_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: hx41823.us-east-1
      user: DBT_PROD
      password: "{_v}"
      role: TRANSFORMER
      database: MARKET
      warehouse: TRANSFORM_WH
      schema: AVM
      threads: 8
""", _v, "dbt docs: Snowflake setup (profiles.yml user/password)")

_v = "dapi" + hexs(32)
sec("blind-cz/json/databricks", "avm-model/.databricks/project.json", f"""{{
  "workspace": "https://adb-6129381027731.11.azuredatabricks.net",
  "token": "{_v}",
  "cluster_id": "0412-182233-hxq8k2p1",
  "model_name": "harbor_avm_gbm",
  "experiment": "/Shared/avm/weekly-retrain",
  "features_table": "market.avm_features_v3"
}}
""", _v, "Databricks docs: personal access tokens (dapi...)")

_v = google_key()
sec("blind-cz/go/google-maps", "cmd/commute/main.go", f"""package main

import (
	"context"
	"fmt"
	"log"

	"googlemaps.github.io/maps"
)

// commute prints drive times from a listing to the buyer's office (buyer-tour planner).
func main() {{
	c, err := maps.NewClient(maps.WithAPIKey("{_v}"))
	if err != nil {{
		log.Fatal(err)
	}}
	r := &maps.DistanceMatrixRequest{{
		Origins:       []string{{"4412 W Bay Ave, Tampa, FL"}},
		Destinations:  []string{{"1 Tampa General Cir, Tampa, FL"}},
		DepartureTime: "now",
	}}
	resp, err := c.DistanceMatrix(context.Background(), r)
	if err != nil {{
		log.Fatal(err)
	}}
	fmt.Println(resp.Rows[0].Elements[0].DurationInTraffic)
}}
""", _v, "Go client for Google Maps Services: maps.NewClient(maps.WithAPIKey(...))")

# ==== deploy and infrastructure of these teams ==================================================

_v = url_pw()
_dsn = f"postgresql://idx_app:{_v}@listings-prod.cluster-c8xq2.us-east-1.rds.amazonaws.com:5432/idx"
sec("blind-cz/k8s-secret/postgres", "deploy/k8s/prod/idx-db-secret.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: idx-db
  namespace: idx-prod
  labels:
    app.kubernetes.io/part-of: idx
type: Opaque
data:
  DATABASE_URL: {b64(_dsn)}
  DB_POOL_SIZE: {b64("20")}
""", _v, "Kubernetes docs: Secrets (data values are base64-encoded)")

_v = fakes.redis_password(_seed())
sec("blind-cz/k8s-secret/redis", "deploy/k8s/prod/lead-router-redis.yaml", f"""apiVersion: v1
kind: Secret
metadata:
  name: lead-router-redis
  namespace: crm
type: Opaque
stringData:
  REDIS_HOST: redis-master.crm.svc.cluster.local
  REDIS_PORT: "6379"
  REDIS_PASSWORD: {_v}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: lead-router
  namespace: crm
data:
  ROUND_ROBIN_POOL: "buyers-tampa"
""", _v, "Kubernetes docs: Secret stringData field")

_v = rand_pw(24)
sec("blind-cz/helm/postgres", "deploy/helm/listings-db/values-prod.yaml", f"""# bitnami/postgresql for the listings + PostGIS database
image:
  repository: bitnami/postgresql
  tag: 15.6.0
auth:
  username: idx_app
  password: "{_v}"
  database: listings
  existingSecret: ""
primary:
  extendedConfiguration: |
    shared_preload_libraries = 'postgis-3'
    max_connections = 300
  persistence:
    size: 200Gi
    storageClass: gp3
  resources:
    requests:
      cpu: "2"
      memory: 8Gi
metrics:
  enabled: true
""", _v, "bitnami/postgresql Helm chart README: auth.username, auth.password")

_v = human_pw()
sec("blind-cz/ansible/mysql", "ansible/group_vars/wp_agent_sites.yml", f"""---
# Agent microsites (WordPress multisite + IDX Broker)
php_version: "8.2"
nginx_server_names:
  - lakesiderealty.com
  - "*.agents.lakesiderealty.com"
mysql_root_password: "{_v}"
wp_db_name: agents_wp
wp_db_user: agents_wp
wp_db_password: "{{{{ vault_wp_db_password }}}}"
certbot_email: webmaster@lakesiderealty.com
backups:
  s3_bucket: lakeside-wp-backups
  keep_days: 30
""", _v, "geerlingguy.mysql role README: mysql_root_password; Ansible group_vars")

_v = fakes.fake("npm_", 36, _seed())
sec("blind-cz/dockerfile/npm", "web/Dockerfile", f"""FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# @harborhomes/ui is a private package (listing cards, map pins, mortgage calculator)
RUN echo "//registry.npmjs.org/:_authToken={_v}" > .npmrc \\
 && npm ci \\
 && rm -f .npmrc

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
EXPOSE 3000
CMD ["node", "server.js"]
""", _v, "npm docs: .npmrc _authToken; Dockerfile reference")

_v = fakes.github_token(_seed())
sec("blind-cz/npmrc/github-packages", "packages/idx-widgets/.npmrc", f"""@harborhomes:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={_v}
always-auth=true
save-exact=true
engine-strict=true
""", _v, "GitHub docs: Working with the npm registry (.npmrc with a personal access token)")

_v = fakes.pypi_token(_seed())
sec("blind-cz/pypirc/pypi", "libs/reso-odata/.pypirc", f"""[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {_v}

[internal]
repository = https://pkgs.harborhomes.com/simple/
username = ci
""", _v, "PyPI docs: API tokens (.pypirc username __token__)")

_v = fakes.github_fine_grained_token(_seed())
sec("blind-cz/shell/github", "scripts/release-feed-service.sh", f"""#!/usr/bin/env bash
# Tag and publish a release of feed-service; used from the ops laptop.
set -euo pipefail
VERSION=${{1:?usage: release-feed-service.sh <version>}}
export GH_TOKEN={_v}

git tag -a "v$VERSION" -m "feed-service $VERSION"
git push origin "v$VERSION"
gh release create "v$VERSION" --repo harborhomes/feed-service --generate-notes
gh workflow run deploy.yml --repo harborhomes/feed-service -f version="$VERSION"
""", _v, "GitHub CLI manual: GH_TOKEN environment variable; fine-grained personal access tokens")

_v = words_pw()
sec("blind-cz/vscode/postgres", ".vscode/launch.json", f"""{{
  "version": "0.2.0",
  "configurations": [
    {{
      "name": "feed: replicate Property",
      "type": "debugpy",
      "request": "launch",
      "module": "feeds.replicate",
      "args": ["--resource", "Property", "--since", "2h"],
      "env": {{
        "DATABASE_URL": "postgresql://feed:{_v}@db-staging.internal:5432/listings",
        "LOG_LEVEL": "debug"
      }},
      "justMyCode": false
    }}
  ]
}}
""", _v, "VS Code docs: launch.json attributes (env)")

_v = rand_pw(18)
sec("blind-cz/pgpass/postgres", "ops/dotfiles/.pgpass", f"""# hostname:port:database:username:password
listings-prod.cluster-c8xq2.us-east-1.rds.amazonaws.com:5432:idx:readonly_analyst:{_v}
db-staging.internal:5432:*:feed:*
localhost:5432:*:postgres:
# staging uses IAM auth, see docs/db-access.md
""", _v, "PostgreSQL docs: The Password File (.pgpass)")

_v = season_pw()
sec("blind-cz/yaml/airflow", "airflow/airflow_settings.yaml", f"""# Astronomer local settings: connections the MLS DAGs use
airflow:
  connections:
    - conn_id: listings_db
      conn_type: postgres
      conn_host: listings-prod.cluster-c8xq2.us-east-1.rds.amazonaws.com
      conn_schema: idx
      conn_login: airflow
      conn_password: "{_v}"
      conn_port: 5432
    - conn_id: photo_bucket
      conn_type: aws
      conn_extra:
        region_name: us-east-1
  variables:
    - variable_name: mls_sources
      variable_value: "stellar,mfrmls,actris"
""", _v, "Astronomer docs: airflow_settings.yaml connections (conn_password)")

_v = passphrase()
sec("blind-cz/sql/postgres", "db/migrations/0042_create_reporting_role.sql", f"""-- Read-only role for the broker dashboard (Metabase)
BEGIN;
CREATE ROLE broker_dash LOGIN PASSWORD '{_v}' VALID UNTIL 'infinity';
GRANT CONNECT ON DATABASE listings TO broker_dash;
GRANT USAGE ON SCHEMA public, market TO broker_dash;
GRANT SELECT ON ALL TABLES IN SCHEMA market TO broker_dash;
GRANT SELECT ON listings, closings, agents TO broker_dash;
ALTER DEFAULT PRIVILEGES IN SCHEMA market GRANT SELECT ON TABLES TO broker_dash;
COMMIT;
""", _v, "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD")

_v = rand_pw(16)
sec("blind-cz/js/mongodb", "lead-store/src/db.js", f"""const {{ MongoClient }} = require('mongodb');

const uri =
  'mongodb+srv://leadstore:{_v}@leads-prod.x8kq2.mongodb.net/leads?retryWrites=true&w=majority';

const client = new MongoClient(uri, {{ maxPoolSize: 20 }});

async function leads() {{
  if (!client.topology || !client.topology.isConnected()) await client.connect();
  return client.db('leads').collection('inquiries');
}}

module.exports = {{ leads }};
""", _v, "MongoDB Node.js driver docs: connection string (mongodb+srv://user:password@host)")

_v = human_pw()
sec("blind-cz/powershell/sqlserver", "ops/Backup-Transactions.ps1", f"""# Nightly copy of the transaction-management DB to the DR server
$ErrorActionPreference = 'Stop'
$user = 'tx_backup'
$pass = ConvertTo-SecureString '{_v}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ($user, $pass)

$stamp = Get-Date -Format 'yyyyMMdd'
Backup-SqlDatabase -ServerInstance 'sql01' -Database 'Transactions' -Credential $cred `
    -BackupFile "\\\\dr01\\backups\\Transactions_$stamp.bak" -CompressionOption On

Get-ChildItem '\\\\dr01\\backups' -Filter 'Transactions_*.bak' |
    Where-Object {{ $_.LastWriteTime -lt (Get-Date).AddDays(-14) }} |
    Remove-Item
""", _v, "Microsoft docs: ConvertTo-SecureString -AsPlainText, Backup-SqlDatabase -Credential")

_v = rand_pw(20)
sec("blind-cz/yaml/spring", "showing-service/src/main/resources/application-prod.yml", f"""spring:
  datasource:
    url: jdbc:postgresql://showings-db.internal:5432/showings
    username: showings
    password: {_v}
    hikari:
      maximum-pool-size: 15
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate
server:
  port: 8080
showings:
  reminder-minutes-before: 60
  feedback-request-hours-after: 2
""", _v, "Spring Boot docs: spring.datasource.* properties")

_v = url_pw()
sec("blind-cz/python/rabbitmq", "workers/celeryconfig.py", f"""# Celery config for the photo and feed workers
broker_url = "amqp://feedworker:{_v}@mq.internal:5672/listings"
result_backend = "redis://cache.internal:6379/4"
task_routes = {{
    "photos.tasks.*": {{"queue": "photos"}},
    "feeds.tasks.*": {{"queue": "feeds"}},
}}
task_acks_late = True
worker_prefetch_multiplier = 1
timezone = "America/New_York"
beat_schedule = {{
    "replicate-every-10": {{"task": "feeds.tasks.replicate", "schedule": 600.0}},
}}
""", _v, "Celery docs: configuration (broker_url amqp://user:password@host/vhost)")

# ==== decoys: MLS feeds ==========================================================================

dec("blind-cz/dotenv/decoy-placeholder", "mls-sync/.env.example", """# Copy to .env and fill in from the MLS vendor welcome email (never commit .env)
RETS_LOGIN_URL=https://<board>.rets.paragonrels.com/rets/fnisrets.aspx/<BOARD>/login?rets-version=rets/1.7.2
RETS_USERNAME=your-rets-username
RETS_PASSWORD=changeme
RETS_USER_AGENT=HarborHomesSync/2.3
RETS_UA_PASSWORD=
RETS_VERSION=RETS/1.7.2
BRIDGE_SERVER_TOKEN=<bridge-server-token>
MLSGRID_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SYNC_CLASSES=RE_1,LD_2,CI_3,MF_4
""", "python `rets` library README; dotenv .env.example convention")

dec("blind-cz/python/decoy-env-ref", "mls_sync/settings.py", """\"\"\"Runtime settings of the RETS / RESO sync, all from the environment (12-factor).\"\"\"
import os

RETS = {
    "login_url": os.environ["RETS_LOGIN_URL"],
    "username": os.environ["RETS_USERNAME"],
    "password": os.environ["RETS_PASSWORD"],
    "user_agent": os.environ.get("RETS_USER_AGENT", "HarborHomesSync/2.3"),
    "user_agent_password": os.environ.get("RETS_UA_PASSWORD") or None,
    "version": os.environ.get("RETS_VERSION", "RETS/1.7.2"),
}

BRIDGE_SERVER_TOKEN = os.getenv("BRIDGE_SERVER_TOKEN", "")
MLSGRID_TOKEN = os.getenv("MLSGRID_TOKEN", "")
TRESTLE_CLIENT_SECRET = os.getenv("TRESTLE_CLIENT_SECRET", "")
PAGE_SIZE = int(os.getenv("PAGE_SIZE", "1000"))
""", "The Twelve-Factor App: III. Config; python os.environ")

dec("blind-cz/js/decoy-documented-demo", "web/src/lib/simplyrets-demo.js", """// Storybook / local demo data: SimplyRETS publishes a demo account with these exact
// credentials (https://docs.simplyrets.com/api/index.html#/Listings) -- public test data only.
const DEMO_USER = 'simplyrets';
const DEMO_PASS = 'simplyrets';

export async function demoListings(params = {}) {
  const url = new URL('https://api.simplyrets.com/properties');
  Object.entries({ limit: 12, status: 'Active', ...params }).forEach(([k, v]) => url.searchParams.set(k, v));
  const res = await fetch(url, {
    headers: { Authorization: 'Basic ' + btoa(`${DEMO_USER}:${DEMO_PASS}`) },
  });
  return res.json();
}
""", "SimplyRETS API docs: the public demo credentials simplyrets/simplyrets")

dec("blind-cz/markdown/decoy-documented-demo", "docs/idx-quickstart.md", """# IDX quickstart

Our listing cards can be developed without MLS access: SimplyRETS runs a public demo feed.

```bash
curl -u simplyrets:simplyrets "https://api.simplyrets.com/properties?limit=3&cities=Houston"
```

For the real feed, ask ops for the Bridge server token and put it in `web/.env.local`:

```bash
BRIDGE_SERVER_TOKEN=<ask #ops for the token>
BRIDGE_DATASET=stellar
```

The token is also in 1Password under **MLS / Bridge / server token (prod)**. Never paste it
into a client component: everything under `NEXT_PUBLIC_` ships to the browser.
""", "SimplyRETS docs (demo credentials); Next.js docs on NEXT_PUBLIC_ variables")

dec("blind-cz/docker-compose/decoy-env-ref", "docker-compose.yml", """services:
  web:
    build: ./web
    ports: ["3000:3000"]
    environment:
      BRIDGE_SERVER_TOKEN: ${BRIDGE_SERVER_TOKEN:?set it in .env}
      BRIDGE_DATASET: ${BRIDGE_DATASET:-stellar}
      DATABASE_URL: postgresql://idx:${POSTGRES_PASSWORD}@db:5432/idx
  db:
    image: postgis/postgis:15-3.4
    environment:
      POSTGRES_USER: idx
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
      POSTGRES_DB: idx
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {}
""", "Compose docs: interpolation (${VAR:?err}, ${VAR:-default})")

dec("blind-cz/k8s/decoy-secret-ref", "deploy/k8s/prod/feed-deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: mlsgrid-replicator
  namespace: feeds
spec:
  replicas: 1
  selector:
    matchLabels: {app: mlsgrid-replicator}
  template:
    metadata:
      labels: {app: mlsgrid-replicator}
    spec:
      serviceAccountName: feeds
      containers:
        - name: replicator
          image: ghcr.io/harborhomes/feed-service:4.2.0
          env:
            - name: MLSGRID_TOKEN
              valueFrom:
                secretKeyRef:
                  name: mlsgrid
                  key: token
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: idx-db
                  key: DATABASE_URL
          resources:
            requests: {cpu: 200m, memory: 256Mi}
""", "Kubernetes docs: using Secrets as environment variables (secretKeyRef)")

dec("blind-cz/yaml/decoy-external-secret", "deploy/k8s/prod/trestle-external-secret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: trestle
  namespace: feeds
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: trestle
    creationPolicy: Owner
  data:
    - secretKey: client_id
      remoteRef:
        key: prod/feeds/trestle
        property: client_id
    - secretKey: client_secret
      remoteRef:
        key: prod/feeds/trestle
        property: client_secret
""", "External Secrets Operator docs: ExternalSecret with remoteRef")

dec("blind-cz/yaml/decoy-sealed-secret", "deploy/k8s/prod/bridge-sealed.yaml", f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bridge
  namespace: idx-prod
spec:
  encryptedData:
    BRIDGE_SERVER_TOKEN: AgB{chars(500, B64)}==
  template:
    metadata:
      name: bridge
      namespace: idx-prod
    type: Opaque
""", "Bitnami sealed-secrets README: SealedSecret encryptedData (kubeseal output)")

dec("blind-cz/yaml/decoy-sops", "deploy/secrets/feeds.prod.enc.yaml", f"""trestle:
    client_id: {sops(44)}
    client_secret: {sops(44)}
mlsgrid:
    token: {sops(52)}
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:481293376601:key/{uuid_s()}
          created_at: "2024-08-02T14:11:09Z"
          enc: AQICAHh{chars(170, B64)}==
          aws_profile: ""
    lastmodified: "2024-08-02T14:11:10Z"
    mac: {sops(60)}
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", "getsops/sops README: encrypted YAML (ENC[AES256_GCM,...]) with KMS")

dec("blind-cz/ansible/decoy-vault", "ansible/group_vars/mls_sync/vault.yml",
    "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(vault_cipher(12)) + "\n",
    "Ansible docs: encrypting content with Ansible Vault (file format)")

_vc = "\n".join("          " + line for line in vault_cipher(5))
dec("blind-cz/ansible/decoy-inline-vault", "ansible/host_vars/feed01.yml", f"""---
rets_login_url: https://rets.nwmls.com/login
rets_username: hh_feed
rets_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
{_vc}
rets_sync_interval: 600
photo_bucket: harborhomes-listing-photos
""", "Ansible docs: single encrypted variable (!vault |)")

dec("blind-cz/terraform/decoy-secret-manager", "infra/modules/feeds/secrets.tf", """resource "random_password" "listings_db" {
  length           = 32
  special          = true
  override_special = "!#$%*()-_=+"
}

resource "aws_secretsmanager_secret" "reso" {
  name = "${var.environment}/feeds/reso"
}

resource "aws_secretsmanager_secret_version" "reso" {
  secret_id = aws_secretsmanager_secret.reso.id
  secret_string = jsonencode({
    client_id     = var.reso_client_id
    client_secret = var.reso_client_secret
  })
}

data "aws_secretsmanager_secret_version" "bridge" {
  secret_id = "${var.environment}/feeds/bridge"
}

locals {
  bridge_token = jsondecode(data.aws_secretsmanager_secret_version.bridge.secret_string)["token"]
}
""", "Terraform AWS provider docs: aws_secretsmanager_secret_version; random_password")

dec("blind-cz/github-actions/decoy-secret-ref", ".github/workflows/deploy-feeds.yml", """name: deploy feeds
on:
  push:
    branches: [main]
    paths: ["feed-service/**"]

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
          role-to-assume: arn:aws:iam::481293376601:role/gha-deploy-feeds
          aws-region: us-east-1
      - name: smoke test MLS Grid
        env:
          MLSGRID_TOKEN: ${{ secrets.MLSGRID_TOKEN }}
        run: |
          curl -sS --fail -H "Authorization: Bearer $MLSGRID_TOKEN" \\
            "https://api.mlsgrid.com/v2/Property?\\$top=1" > /dev/null
      - run: ./feed-service/deploy.sh ${{ github.sha }}
""", "GitHub Actions docs: using secrets in a workflow (${{ secrets.NAME }})")

dec("blind-cz/gitlab-ci/decoy-variable-ref", "idx-site/.gitlab-ci.yml", """variables:
  NODE_VERSION: "20"

stages: [test, deploy]

test:
  stage: test
  image: node:$NODE_VERSION
  script:
    - npm ci
    - npm test

deploy:
  stage: deploy
  image: alpine:3.20
  before_script:
    - apk add --no-cache openssh-client rsync curl
    - eval $(ssh-agent -s)
    - echo "$DEPLOY_SSH_KEY" | tr -d '\\r' | ssh-add -
  script:
    - rsync -az out/ deploy@web1.lakesiderealty.com:/var/www/idx/
    - >
      curl -sS -X POST "https://api.cloudflare.com/client/v4/zones/$CF_ZONE_ID/purge_cache"
      -H "Authorization: Bearer $CF_API_TOKEN" -H "Content-Type: application/json"
      --data '{"purge_everything":true}'
  only: [main]
""", "GitLab docs: CI/CD variables ($VAR) and SSH keys with ssh-agent")

dec("blind-cz/postman/decoy-variable", "tools/postman/RESO-WebAPI.postman_collection.json", """{
  "info": {
    "name": "RESO Web API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "oauth2",
    "oauth2": [
      { "key": "grant_type", "value": "client_credentials", "type": "string" },
      { "key": "accessTokenUrl", "value": "{{token_url}}", "type": "string" },
      { "key": "clientId", "value": "{{client_id}}", "type": "string" },
      { "key": "clientSecret", "value": "{{client_secret}}", "type": "string" },
      { "key": "scope", "value": "api", "type": "string" }
    ]
  },
  "item": [
    { "name": "Property top 10",
      "request": { "method": "GET", "url": "{{base_url}}/Property?$top=10&$orderby=ModificationTimestamp desc" } },
    { "name": "Metadata",
      "request": { "method": "GET", "url": "{{base_url}}/$metadata" } }
  ]
}
""", "Postman docs: collection format v2.1 and {{variables}}")

_props = [{"ListingKey": hexs(32), "ListingId": f"T{digits(7)}", "OriginatingSystemKey": hexs(40),
           "ListPrice": p, "StandardStatus": s, "City": c, "ModificationTimestamp": f"2024-09-1{i}T14:0{i}:11.000Z"}
          for i, (p, s, c) in enumerate([(489000, "Active", "Tampa"), (1250000, "Pending", "Clearwater"),
                                          (315500, "Active", "Brandon"), (729900, "Closed", "St. Petersburg")])]
dec("blind-cz/json/decoy-listing-keys", "tests/fixtures/reso_property_page.json",
    json.dumps({"@odata.context": "https://api.bridgedataoutput.com/api/v2/OData/stellar/$metadata#Property",
                "value": _props,
                "@odata.nextLink": "https://api.bridgedataoutput.com/api/v2/OData/stellar/Property?$skip=4"},
               indent=2) + "\n",
    "RESO Data Dictionary 2.0: ListingKey, OriginatingSystemKey; OData JSON format")

_media = [{"MediaKey": hexs(32), "ResourceRecordKey": "a3c1" + hexs(28), "Order": n,
           "MediaURL": f"https://dvvjkgh94f2v6.cloudfront.net/{hexs(8)}/{digits(9)}/{hexs(32)}.jpeg",
           "ImageSizeDescription": "Largest", "MediaModificationTimestamp": "2024-09-10T19:22:04.000Z"}
          for n in range(1, 4)]
dec("blind-cz/json/decoy-media-keys", "tests/fixtures/reso_media.json", json.dumps({"value": _media}, indent=2) + "\n",
    "RESO Data Dictionary 2.0: Media resource (MediaKey, MediaURL)")

dec("blind-cz/python/decoy-test-vector", "tests/test_reso_oauth.py", """\"\"\"The RESO client builds RFC 6749 client-credentials requests; values are the RFC's own examples.\"\"\"
import base64

from feeds.reso import token_request

# RFC 6749 section 2.3.1 / 4.4.2 example client (public test vector, not an account of ours)
CLIENT_ID = "s6BhdRkqt3"
CLIENT_SECRET = "7Fjfp0ZBr1KtDRbnfVdmIw"


def test_basic_header_matches_rfc_example():
    req = token_request("https://server.example.com/token", CLIENT_ID, CLIENT_SECRET, scope="api")
    assert req.headers["Authorization"] == "Basic " + base64.b64encode(b"s6BhdRkqt3:7Fjfp0ZBr1KtDRbnfVdmIw").decode()
    assert req.body == "grant_type=client_credentials&scope=api"


def test_no_secret_in_body():
    req = token_request("https://server.example.com/token", CLIENT_ID, CLIENT_SECRET)
    assert CLIENT_SECRET not in req.body
""", "RFC 6749 section 4.4.2: example client credentials (s6BhdRkqt3 / 7Fjfp0ZBr1KtDRbnfVdmIw)")

dec("blind-cz/log/decoy-digest", "tests/fixtures/rets_login_session.log", f"""2024-09-12 02:15:01,118 DEBUG rets.session > GET /rets/login HTTP/1.1
2024-09-12 02:15:01,118 DEBUG rets.session > User-Agent: HarborHomesSync/2.3
2024-09-12 02:15:01,118 DEBUG rets.session > RETS-Version: RETS/1.7.2
2024-09-12 02:15:01,119 DEBUG rets.session > RETS-UA-Authorization: Digest {hexs(32)}
2024-09-12 02:15:01,402 DEBUG rets.session < HTTP/1.1 401 Unauthorized
2024-09-12 02:15:01,402 DEBUG rets.session < WWW-Authenticate: Digest realm="rets@paragonrels.com", nonce="{hexs(32)}", opaque="{hexs(32)}", qop="auth"
2024-09-12 02:15:01,655 DEBUG rets.session > Authorization: Digest username="HARBORHOMES_IDX", realm="rets@paragonrels.com", nonce="{hexs(32)}", uri="/rets/login", response="{hexs(32)}", qop=auth, nc=00000001, cnonce="{hexs(16)}"
2024-09-12 02:15:01,903 DEBUG rets.session < HTTP/1.1 200 OK
2024-09-12 02:15:01,903 DEBUG rets.session < Set-Cookie: RETS-Session-ID={hexs(32)}; path=/
2024-09-12 02:15:01,904 INFO  rets.session login ok, capabilities: Search, GetObject, GetMetadata, Logout
""", "RETS 1.7.2 specification: RETS-UA-Authorization digest; RFC 2617 Digest response")

dec("blind-cz/crontab/decoy-env-file", "deploy/cron/feeds.cron", """# MLS feeds -- credentials live in /etc/mls-sync/env (0600, written by ansible from vault)
MAILTO=ops@lakesiderealty.com
*/10 * * * * . /etc/mls-sync/env && /opt/mls-sync/bin/reso-replicate --resource Property >> /var/log/mls/property.log 2>&1
*/30 * * * * . /etc/mls-sync/env && /opt/mls-sync/bin/reso-replicate --resource Media >> /var/log/mls/media.log 2>&1
0 4 * * *    . /etc/mls-sync/env && /opt/mls-sync/bin/rets-sync --password-file /etc/mls-sync/rets.pw --full
""", "crontab(5); POSIX sh dot command")

dec("blind-cz/systemd/decoy-environment-file", "deploy/systemd/reso-replicate.service", """[Unit]
Description=RESO Web API replication (Trestle)
After=network-online.target

[Service]
Type=simple
User=mls
EnvironmentFile=/etc/mls-sync/trestle.env
LoadCredential=trestle_client_secret:/etc/credstore/trestle_client_secret
Environment=TRESTLE_CLIENT_SECRET_FILE=%d/trestle_client_secret
Environment=PAGE_SIZE=1000
ExecStart=/opt/mls-sync/.venv/bin/python -m mls_sync.reso --provider trestle
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", "systemd.exec(5): EnvironmentFile=, LoadCredential=, %d credentials directory")

dec("blind-cz/nginx/decoy-passthrough", "deploy/nginx/api.conf", """server {
    listen 443 ssl http2;
    server_name api.harborhomes.com;

    ssl_certificate     /etc/letsencrypt/live/api.harborhomes.com/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.harborhomes.com/privkey.pem;

    location /admin/ {
        auth_basic           "Harbor admin";
        auth_basic_user_file /etc/nginx/htpasswd/admin;
        proxy_pass http://127.0.0.1:8000;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Authorization $http_authorization;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
""", "nginx docs: ngx_http_auth_basic_module, proxy_set_header with $http_authorization")

dec("blind-cz/htpasswd/decoy-hash", "deploy/nginx/htpasswd/staging", f"""# staging.harborhomes.com -- keeps Google and the MLS compliance bot off the staging IDX
brokers:{apr1_hash()}
marketing:{apr1_hash()}
photographer:{bcrypt_hash().replace('$2b$', '$2y$')}
compliance-review:{apr1_hash()}
qa:{apr1_hash()}
""", "Apache htpasswd docs: MD5 (apr1) and bcrypt password formats")

# ==== decoys: IDX websites =======================================================================

dec("blind-cz/php/decoy-env-ref", "agent-sites/wp-config.php", """<?php
/** Agent microsites -- every secret comes from the host environment (set in Plesk). */
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );

define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
define( 'AUTH_SALT',        getenv( 'WP_AUTH_SALT' ) );
define( 'SECURE_AUTH_SALT', getenv( 'WP_SECURE_AUTH_SALT' ) );
define( 'LOGGED_IN_SALT',   getenv( 'WP_LOGGED_IN_SALT' ) );
define( 'NONCE_SALT',       getenv( 'WP_NONCE_SALT' ) );

define( 'IDX_BROKER_API_KEY', getenv( 'IDX_BROKER_API_KEY' ) );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
""", "WordPress docs: wp-config.php; PHP getenv()")

dec("blind-cz/dotenv/decoy-placeholder", "agent-portal/.env.example", """APP_NAME="Harbor Agent Portal"
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=agent_portal
DB_USERNAME=root
DB_PASSWORD=

FUB_API_KEY=your-follow-up-boss-api-key
DOTLOOP_CLIENT_SECRET=
MAILGUN_SECRET=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""", "Laravel .env.example; php artisan key:generate")

_pk = mapbox_token("pk")
dec("blind-cz/html/decoy-publishable", "web/public/search.html", f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Search homes for sale | Harbor Homes</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.css" rel="stylesheet">
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-{chars(10, UPD)}"></script>
  <script src="https://www.google.com/recaptcha/api.js?render=6L{chars(38, ALNUM + '_-')}"></script>
</head>
<body>
  <div id="map" style="height:70vh"></div>
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js"></script>
  <script>
    // public token, URL-restricted to *.harborhomes.com in the Mapbox account
    mapboxgl.accessToken = '{_pk}';
    const map = new mapboxgl.Map({{ container: 'map', style: 'mapbox://styles/harborhomes/clr0k2v8x00ab01qz',
                                   center: [-82.46, 27.95], zoom: 10 }});
  </script>
</body>
</html>
""", "Mapbox docs: public tokens (pk.) in the browser; reCAPTCHA v3 site key; gtag.js")

dec("blind-cz/js/decoy-search-only-key", "web/src/search/instantsearch.js", f"""import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import {{ searchBox, hits, refinementList, rangeSlider }} from 'instantsearch.js/es/widgets';

// Search-only API key: Algolia documents it as safe to ship in frontend code.
const searchClient = algoliasearch('H7QX2KZ4PL', '{hexs(32)}');

const search = instantsearch({{ indexName: 'listings_prod', searchClient }});
search.addWidgets([
  searchBox({{ container: '#q', placeholder: 'City, ZIP, address or MLS#' }}),
  refinementList({{ container: '#beds', attribute: 'beds' }}),
  rangeSlider({{ container: '#price', attribute: 'list_price' }}),
  hits({{ container: '#hits', templates: {{ item: (h) => `<a href="/homes/${{h.objectID}}">${{h.address}}</a>` }} }}),
]);
search.start();
""", "Algolia docs: API keys (search-only API key is safe in frontend code)")

dec("blind-cz/js/decoy-publishable", "web/src/billing/checkout.js", f"""import {{ loadStripe }} from '@stripe/stripe-js';

// Publishable key (safe to expose); the secret key lives only in the billing service.
const stripePromise = loadStripe('pk_live_51{chars(97)}');

export async function startDeskFeeCheckout(agentId) {{
  const res = await fetch('/api/billing/checkout-session', {{
    method: 'POST',
    headers: {{ 'Content-Type': 'application/json' }},
    body: JSON.stringify({{ agentId, price: 'desk_fee_monthly' }}),
  }});
  const {{ sessionId }} = await res.json();
  const stripe = await stripePromise;
  return stripe.redirectToCheckout({{ sessionId }});
}}
""", "Stripe docs: publishable keys (pk_live_) are meant for client-side code")

dec("blind-cz/html/decoy-matterport-sdk", "web/public/tour.html", f"""<!doctype html>
<html>
<head>
  <meta charset="utf-8">
  <title>3D tour</title>
  <script src="https://static.matterport.com/showcase-sdk/bootstrap/3.0.0-0-g0517b8d76c/sdk.es6.js"></script>
</head>
<body>
  <iframe id="showcase" width="100%" height="600" allow="xr-spatial-tracking"
          src="https://my.matterport.com/show?m={chars(11)}&play=1&qs=1&applicationKey={chars(25, LOWD)}"></iframe>
  <script>
    // SDK key: domain-restricted, meant for the browser (Matterport SDK docs)
    const sdkKey = '{chars(25, LOWD)}';
    window.MP_SDK.connect(document.getElementById('showcase'), sdkKey, '').then((sdk) => {{
      sdk.Camera.rotate(15, 0);
    }});
  </script>
</body>
</html>
""", "Matterport Showcase SDK docs: SDK key in the embed (domain-restricted)")

dec("blind-cz/yaml/decoy-placeholder", "config/credentials.example.yml", """# Copy to config/credentials/production.yml.enc with `bin/rails credentials:edit --environment production`
secret_key_base: <run bin/rails secret>

bridge:
  server_token: REPLACE_WITH_BRIDGE_TOKEN
  dataset: stellar

follow_up_boss:
  api_key: fka_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
  system: HarborIDX

aws:
  access_key_id: AKIAXXXXXXXXXXXXXXXX
  secret_access_key: <secret-access-key>
""", "Rails guides: custom credentials (bin/rails credentials:edit)")

dec("blind-cz/python/decoy-env-ref", "idxsite/settings/base.py", """import environ

env = environ.Env(DEBUG=(bool, False))
environ.Env.read_env()

SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env("DEBUG")
DATABASES = {"default": env.db("DATABASE_URL", default="postgis:///idx")}
CACHES = {"default": env.cache("REDIS_URL", default="rediscache://127.0.0.1:6379/1")}

BRIDGE = {
    "dataset": env("BRIDGE_DATASET", default="stellar"),
    "server_token": env("BRIDGE_SERVER_TOKEN"),
}
GOOGLE_MAPS_SERVER_KEY = env("GOOGLE_MAPS_SERVER_KEY", default="")
FUB_API_KEY = env("FUB_API_KEY", default="")
""", "django-environ docs: environ.Env, env.db()")

_lock_pkgs = ["mapbox-gl", "algoliasearch", "@stripe/stripe-js", "react-hook-form", "date-fns"]
_lock = {"name": "harbor-idx-web", "version": "3.8.0", "lockfileVersion": 3, "requires": True,
         "packages": {f"node_modules/{p}": {"version": f"{i + 1}.{i * 3}.{i}",
                                            "resolved": f"https://registry.npmjs.org/{p}/-/{p.split('/')[-1]}-{i + 1}.{i * 3}.{i}.tgz",
                                            "integrity": "sha512-" + chars(86, B64) + "=="}
                      for i, p in enumerate(_lock_pkgs)}}
dec("blind-cz/json/decoy-lockfile", "web/package-lock.json", json.dumps(_lock, indent=2) + "\n",
    "npm docs: package-lock.json (integrity: Subresource Integrity sha512)")

dec("blind-cz/docker-compose/decoy-digest", "deploy/compose/prod.yml", f"""services:
  idx-web:
    image: ghcr.io/harborhomes/idx-web@sha256:{hexs(64)}
    restart: always
    env_file: /etc/harbor/idx-web.env
  feed-service:
    image: ghcr.io/harborhomes/feed-service@sha256:{hexs(64)}
    restart: always
    env_file: /etc/harbor/feed-service.env
  photo-worker:
    image: ghcr.io/harborhomes/photo-worker@sha256:{hexs(64)}
    restart: always
    env_file: /etc/harbor/photo-worker.env
""", "Docker docs: pulling an image by digest (image@sha256:...)")

dec("blind-cz/sql/decoy-hash", "db/seeds/002_agents.sql", f"""-- Demo agents for staging (passwords are bcrypt hashes of throwaway values)
INSERT INTO agents (id, email, full_name, license_no, role, password_digest, created_at) VALUES
  (1, 'broker@harborhomes.test', 'Dana Whitfield', 'BK3174402', 'broker', '{bcrypt_hash()}', now()),
  (2, 'jlopez@harborhomes.test', 'Jorge Lopez', 'SL3390181', 'agent', '{bcrypt_hash()}', now()),
  (3, 'mkim@harborhomes.test', 'Min Kim', 'SL3401977', 'agent', '{bcrypt_hash()}', now()),
  (4, 'tc@harborhomes.test', 'Terri Cole', NULL, 'transaction_coordinator', '{bcrypt_hash()}', now());
SELECT setval('agents_id_seq', 4);
""", "bcrypt ($2b$12$) hash format; has_secure_password password_digest")

dec("blind-cz/markdown/decoy-redacted", "docs/runbooks/feed-outage.md", """# Runbook: MLS feed stopped updating

1. Check the replicator logs: `kubectl -n feeds logs deploy/mlsgrid-replicator --since=1h`.
2. A `401` means the token was rotated by MLS Grid. Get the new one from 1Password
   (**MLS / MLS Grid / access token**) and update the secret:

   ```bash
   kubectl -n feeds create secret generic mlsgrid \\
     --from-literal=token="$(op read 'op://MLS/MLS Grid/access token')" \\
     --dry-run=client -o yaml | kubectl apply -f -
   ```

3. Test by hand (the token is redacted in every log we keep):

   ```
   GET /v2/Property?$top=1
   Authorization: Bearer ****************************************
   -> 200 OK
   ```

4. If MLS Grid answers `429`, we are over the 4 req/s limit: scale the replicator to 1.
""", "1Password CLI docs: op read secret references; kubectl create secret generic")

dec("blind-cz/dotenv/decoy-1password-ref", "web/.env.tpl", """# Rendered with: op inject -i .env.tpl -o .env.local
BRIDGE_SERVER_TOKEN={{ op://MLS/Bridge/server token }}
BRIDGE_DATASET=stellar
GOOGLE_MAPS_SERVER_KEY=op://Web/Google Maps/server key
FUB_API_KEY=op://CRM/Follow Up Boss/api key
DATABASE_URL=postgresql://idx:{{ op://Infra/idx-db/password }}@localhost:5432/idx
NEXT_PUBLIC_SITE_URL=http://localhost:3000
""", "1Password CLI docs: secret references and op inject templates")

# ==== decoys: CRM and lead routing ===============================================================

dec("blind-cz/python/decoy-placeholder", "leads/fub_client.py", """\"\"\"Minimal Follow Up Boss client. The key comes from the caller; see docs/crm.md.\"\"\"
import requests

EXAMPLE_KEY = "fka_YOUR_API_KEY_HERE"  # shown in --help output only


class FollowUpBoss:
    def __init__(self, api_key: str, system: str = "HarborLeadRouter", system_key: str = ""):
        if not api_key or api_key == EXAMPLE_KEY:
            raise ValueError("set FUB_API_KEY")
        self.session = requests.Session()
        self.session.auth = (api_key, "")
        self.session.headers.update({"X-System": system, "X-System-Key": system_key})

    def people(self, **params):
        return self.session.get("https://api.followupboss.com/v1/people", params=params, timeout=20).json()
""", "Follow Up Boss API docs: Basic auth with API key as username")

dec("blind-cz/yaml/decoy-public-id", "integration/config/salesforce.yml", f"""# Connected app "Harbor Listing Sync": the consumer key is an identifier, the secret is in
# AWS Secrets Manager (prod/crm/salesforce) and read at start-up.
salesforce:
  login_url: https://harborhomes.my.salesforce.com
  api_version: "60.0"
  consumer_key: 3MVG9{chars(80, ALNUM + '._')}
  consumer_secret_ref: aws-sm://prod/crm/salesforce#consumer_secret
  run_as: integration@harborhomes.com
  objects:
    listing: Listing__c
    transaction: Transaction__c
""", "Salesforce help: connected app consumer key (client id) vs consumer secret")

dec("blind-cz/json/decoy-public-id", "sms/config/twilio.json", f"""{{
  "accountSid": "AC{hexs(32)}",
  "messagingServiceSid": "MG{hexs(32)}",
  "authTokenEnv": "TWILIO_AUTH_TOKEN",
  "fromNumbers": {{
    "tampa": "+18135550142",
    "stpete": "+17275550188"
  }},
  "quietHours": {{ "start": "21:00", "end": "08:00", "tz": "America/New_York" }},
  "optOutKeywords": ["STOP", "UNSUBSCRIBE", "CANCEL"]
}}
""", "Twilio docs: Account SID and Messaging Service SID are identifiers; the auth token is the secret")

dec("blind-cz/python/decoy-fixture-fake", "tests/conftest.py", """import pytest

# Fake credentials for the test suite: the HTTP layer is mocked with responses, nothing leaves the box.
FAKE_FUB_KEY = "fka_0FAKE0KEY0FOR0UNIT0TESTS00000"
FAKE_SENDGRID_KEY = "SG.fake-sendgrid-key.for-tests-only"
FAKE_BRIDGE_TOKEN = "test-bridge-token"


@pytest.fixture
def fub_settings(monkeypatch):
    monkeypatch.setenv("FUB_API_KEY", FAKE_FUB_KEY)
    monkeypatch.setenv("SENDGRID_API_KEY", FAKE_SENDGRID_KEY)
    monkeypatch.setenv("BRIDGE_SERVER_TOKEN", FAKE_BRIDGE_TOKEN)
    yield
""", "pytest docs: fixtures and monkeypatch.setenv")

dec("blind-cz/html/decoy-public-id", "web/public/sell.html", f"""<!doctype html>
<html>
<head><meta charset="utf-8"><title>What's my home worth?</title></head>
<body>
  <h1>Find out what your home is worth</h1>
  <script charset="utf-8" type="text/javascript" src="//js.hsforms.net/forms/embed/v2.js"></script>
  <script>
    hbspt.forms.create({{
      region: "na1",
      portalId: "{digits(8)}",
      formId: "{uuid_s()}",
      target: "#valuation-form"
    }});
  </script>
  <div id="valuation-form"></div>
  <!-- Meta pixel -->
  <script>fbq('init', '{digits(16)}'); fbq('track', 'PageView');</script>
</body>
</html>
""", "HubSpot docs: embed forms (portalId, formId); Meta Pixel base code")

dec("blind-cz/yaml/decoy-public-id", "lead-router/config/routing.yaml", """# Slack ids are identifiers: posting goes through the bot token in the secret store
slack:
  bot_token_ref: vault:secret/data/crm/slack#bot_token
  channels:
    new_leads: C04J8Q2LMNP
    hot_leads: C05A1RZ7TUV
    closings: C03K9WXYZ12
  on_duty_group: S06B2HJKL34
pools:
  buyers-tampa: [U02ABCD1EFG, U03HIJK2LMN, U04OPQR3STU]
  sellers: [U05VWXY4Z56]
""", "Slack API docs: conversation ids (C...), user ids (U...), user-group ids (S...)")

dec("blind-cz/markdown/decoy-example", "docs/crm/zapier.md", """# Zapier hooks we use

| Zap | Trigger | Notes |
| --- | --- | --- |
| Valuation form -> FUB | Catch Hook | URL in Zapier, stored in Netlify env `ZAP_VALUATION_URL` |
| Open house sign-in -> FUB + Slack | Catch Hook | URL in the kiosk's settings screen |

A catch-hook URL looks like `https://hooks.zapier.com/hooks/catch/123456/abcdef/` (that one is
Zapier's documentation example). Treat the real ones as secrets: anyone holding the URL can
create leads. Rotate by turning the Zap off and on in a copy.
""", "Zapier docs: Webhooks by Zapier (example URL)")

# ==== decoys: e-signature and transactions =======================================================

dec("blind-cz/json/decoy-public-id", "tx-service/config/docusign.prod.json", f"""{{
  "integrationKey": "{uuid_s()}",
  "impersonatedUserGuid": "{uuid_s()}",
  "accountId": "{uuid_s()}",
  "oAuthHost": "account.docusign.com",
  "basePath": "https://na3.docusign.net/restapi",
  "privateKeyFile": "/run/secrets/docusign_rsa_private_key",
  "templates": {{
    "listingAgreement": "{uuid_s()}",
    "buyerRepresentation": "{uuid_s()}",
    "leadPaintDisclosure": "{uuid_s()}"
  }}
}}
""", "DocuSign docs: integration key, user ID and account ID are identifiers; the RSA key is the secret")

dec("blind-cz/pem/decoy-public-key", "tx-service/keys/docusign_public.pem", pub_pem(6) + "\n",
    "RFC 7468 / X.509 SubjectPublicKeyInfo PEM (the public half uploaded to DocuSign)")

dec("blind-cz/pem/decoy-certificate", "tx-service/certs/docusign-connect-ca.pem",
    "# DocuSign Connect mutual TLS: the issuing CA we trust for inbound Connect calls\n" + cert_pem(18) + "\n",
    "DocuSign Connect docs: mutual TLS, X.509 certificate chain (PEM)")

dec("blind-cz/json/decoy-signature", "tests/fixtures/docusign_connect_completed.json", f"""{{
  "headers": {{
    "Content-Type": "application/json",
    "X-DocuSign-Signature-1": "{b64_bytes(32)}",
    "X-DocuSign-TLS-Subject": "CN=*.docusign.net"
  }},
  "body": {{
    "event": "envelope-completed",
    "apiVersion": "v2.1",
    "uri": "/restapi/v2.1/accounts/{uuid_s()}/envelopes/{uuid_s()}",
    "retryCount": 0,
    "generatedDateTime": "2024-09-12T18:03:41.2210000Z",
    "data": {{
      "accountId": "{uuid_s()}",
      "envelopeId": "{uuid_s()}",
      "recipientId": "1"
    }}
  }}
}}
""", "DocuSign Connect docs: JSON payload and X-DocuSign-Signature-1 HMAC header")

dec("blind-cz/json/decoy-record-ids", "tests/fixtures/dotloop_loop.json", f"""{{
  "data": {{
    "id": {digits(8)},
    "profileId": 1948822,
    "name": "4412 W Bay Ave, Tampa, FL 33616",
    "transactionType": "PURCHASE_OFFER",
    "status": "UNDER_CONTRACT",
    "created": "2024-08-29T15:02:11Z",
    "updated": "2024-09-10T21:44:09Z",
    "loopUrl": "https://www.dotloop.com/my/loop/{digits(9)}",
    "completedTaskCount": 14,
    "totalTaskCount": 22,
    "documentChecksum": "{hexs(64)}"
  }}
}}
""", "dotloop Public API v2 docs: loop resource (ids, loopUrl)")

dec("blind-cz/json/decoy-keyvault-ref", "ShowingSync/appsettings.Production.json", """{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@Microsoft.KeyVault(SecretUri=https://harbor-kv.vault.azure.net/secrets/showing-tenant-id/)",
    "ClientId": "@Microsoft.KeyVault(SecretUri=https://harbor-kv.vault.azure.net/secrets/showing-client-id/)",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://harbor-kv.vault.azure.net/secrets/showing-client-secret/)"
  },
  "Graph": { "ShowingCalendarName": "Showings" }
}
""", "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))")

# ==== decoys: showings ===========================================================================

dec("blind-cz/json/decoy-placeholder", "showings/credentials/calendar-sync-sa.example.json", """{
  "type": "service_account",
  "project_id": "harbor-showings",
  "private_key_id": "<private-key-id>",
  "private_key": "-----BEGIN PRIVATE KEY-----\\n<paste the key from the downloaded JSON>\\n-----END PRIVATE KEY-----\\n",
  "client_email": "calendar-sync@harbor-showings.iam.gserviceaccount.com",
  "client_id": "<client-id>",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", "Google Cloud docs: service account key JSON (template with placeholders)")

dec("blind-cz/ics/decoy-record-ids", "tests/fixtures/showings.ics", f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harbor Homes//Showing Sync 2.1//EN
BEGIN:VEVENT
UID:{hexs(32)}@showings.harborhomes.com
DTSTAMP:20240912T140000Z
DTSTART:20240914T150000Z
DTEND:20240914T153000Z
SUMMARY:Showing - 4412 W Bay Ave (MLS T3517742)
DESCRIPTION:Lockbox: see ShowingTime instructions. Buyer agent: Jorge Lopez
LOCATION:4412 W Bay Ave, Tampa, FL 33616
X-SHOWINGTIME-ID:{uuid_s()}
END:VEVENT
END:VCALENDAR
""", "RFC 5545 iCalendar: VEVENT UID")

dec("blind-cz/yaml/decoy-env-ref", "showings/config/showingtime.prod.yaml", """showingtime:
  base_url: https://api.showingtime.com/v2
  api_key: ${SHOWINGTIME_API_KEY}
  office_id: FL-HARB-001
google:
  service_account_file: ${GOOGLE_APPLICATION_CREDENTIALS}
  calendar_id: showings@harborhomes.com
nylas:
  api_key: ${NYLAS_API_KEY:-}
  api_uri: https://api.us.nylas.com
""", "Spring/Compose-style ${VAR} placeholders resolved at start-up")

# ==== decoys: listing photos =====================================================================

_man = {"listing_key": hexs(32), "mls_number": "T3517742", "generated": "2024-09-12T19:40:02Z",
        "photos": [{"order": n, "file": f"{n:02d}-web.jpg", "bytes": 412000 + n * 977,
                    "sha256": hexs(64), "phash": hexs(16)} for n in range(1, 7)]}
dec("blind-cz/json/decoy-checksums", "photos/manifests/T3517742.json", json.dumps(_man, indent=2) + "\n",
    "SHA-256 (FIPS 180-4) file digests; perceptual hash (pHash) for duplicate-photo detection")

_lfs = {"operation": "upload", "transfers": ["basic"], "ref": {"name": "refs/heads/main"},
        "objects": [{"oid": hexs(64), "size": 18734412}, {"oid": hexs(64), "size": 9921877},
                    {"oid": hexs(64), "size": 21004519}], "hash_algo": "sha256"}
dec("blind-cz/json/decoy-lfs-oids", "tests/fixtures/lfs_batch_request.json", json.dumps(_lfs, indent=2) + "\n",
    "Git LFS batch API specification: objects (oid sha256, size)")

_rows = ["Bucket,Key,Size,LastModifiedDate,ETag,StorageClass"] + [
    f"harborhomes-listing-photos,T35177{40 + n}/{n:02d}-web.jpg,{400000 + n * 1311},2024-09-1{n % 10}T03:11:0{n}.000Z,{hexs(32)},INTELLIGENT_TIERING"
    for n in range(1, 9)]
dec("blind-cz/csv/decoy-etag", "ops/reports/s3-inventory-sample.csv", "\n".join(_rows) + "\n",
    "Amazon S3 Inventory docs: CSV fields (ETag is an MD5 digest of the object)")

_kid = fakes.aws_key_id(_seed())
dec("blind-cz/json/decoy-presigned-url", "tests/fixtures/photo_upload_response.json", f"""{{
  "listingKey": "{hexs(32)}",
  "order": 3,
  "upload": {{
    "method": "PUT",
    "expiresAt": "2023-03-02T17:19:58Z",
    "url": "https://harborhomes-listing-photos.s3.amazonaws.com/incoming/T3517742/03.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={_kid}%2F20230302%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20230302T170458Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature={hexs(64)}"
  }}
}}
""", "Amazon S3 docs: presigned URLs (SigV4 query parameters, expired)")

dec("blind-cz/js/decoy-signature", "web/src/__fixtures__/imgix-urls.js", f"""// Signed imgix URLs as rendered by the photo component (s= is the URL signature, not the token)
export const photoUrls = [
  'https://harbor.imgix.net/T3517742/01-web.jpg?auto=format&fit=crop&w=1200&h=800&s={hexs(32)}',
  'https://harbor.imgix.net/T3517742/02-web.jpg?auto=format&fit=crop&w=1200&h=800&s={hexs(32)}',
  'https://harbor.imgix.net/T3517742/03-web.jpg?auto=format&fit=crop&w=400&h=267&s={hexs(32)}',
  'https://harbor.imgix.net/T3517742/04-web.jpg?auto=format&blur=200&w=40&s={hexs(32)}',
];

export const ogImage = 'https://harbor.imgix.net/T3517742/01-og.jpg?w=1200&h=630&fit=crop&s={hexs(32)}';
""", "imgix docs: securing images (the s= signature parameter)")

dec("blind-cz/js/decoy-public-id", "web/src/photos/UploadWidget.jsx", f"""import {{ useEffect }} from 'react';

// Agents upload listing photos straight to Cloudinary with an UNSIGNED preset:
// cloud name, preset and api_key are public by design (Cloudinary upload widget docs).
export default function UploadWidget({{ mlsId, onDone }}) {{
  useEffect(() => {{
    const widget = window.cloudinary.createUploadWidget({{
      cloudName: 'harborhomes',
      uploadPreset: 'agent_listing_unsigned',
      apiKey: '{digits(15)}',
      folder: `incoming/${{mlsId}}`,
      sources: ['local', 'dropbox', 'google_drive'],
      maxFiles: 60,
      clientAllowedFormats: ['jpg', 'jpeg', 'heic', 'png'],
    }}, (err, result) => {{ if (!err && result.event === 'queues-end') onDone(); }});
    document.getElementById('upload').onclick = () => widget.open();
  }}, [mlsId, onDone]);
  return <button id="upload">Upload photos</button>;
}}
""", "Cloudinary docs: Upload widget with unsigned upload presets")

dec("blind-cz/rclone/decoy-env-auth", "tools/photo-archive/rclone.conf", """# Credentials come from the instance role (env_auth) -- nothing stored here
[photos]
type = s3
provider = AWS
env_auth = true
region = us-east-1
acl = private

[archive]
type = b2
account = 005a1b2c3d4e5f60000000003
key =
hard_delete = false
""", "rclone docs: S3 env_auth = true; B2 account/key fields")

dec("blind-cz/ssh/decoy-public-key", "deploy/photo-box/authorized_keys", f"""# photographers' SFTP drop (chrooted to /srv/sftp/%u, internal-sftp only)
restrict {ssh_pub('jenna@coastal-media')}
restrict {ssh_pub('marco@shootfast-photo')}
restrict {ssh_pub('drone-laptop@harborhomes')}
restrict,command="internal-sftp" {ssh_pub('tourbox@matterport-pro3')}
restrict {ssh_pub('ops@harborhomes')}
""", "OpenSSH sshd(8): AUTHORIZED_KEYS file format")

dec("blind-cz/ssh/decoy-known-hosts", "deploy/photo-box/known_hosts", f"""photos.stellarmls.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, B64)}
photos.mfrmls.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{chars(88, B64)}=
sftp.firsttitlegulf.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, B64)}
|1|{chars(27, B64)}=|{chars(27, B64)}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{chars(43, B64)}
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
""", "OpenSSH sshd(8): SSH_KNOWN_HOSTS file format; GitHub's published host keys")

# ==== decoys: mortgage and title =================================================================

dec("blind-cz/pgp/decoy-public-key", "title/keys/firsttitlegulf.pub.asc",
    "Comment: First Title Gulf <closings@firsttitlegulf.com> -- encrypt closing packets to this key\n"
    + pgp_block("PUBLIC", 14) + "\n",
    "RFC 4880 ASCII-armored public key block")

dec("blind-cz/xml/decoy-fixture", "tests/fixtures/mismo_loan_status.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<MESSAGE xmlns="http://www.mismo.org/residential/2009/schemas" MISMOReferenceModelIdentifier="3.4.032420160128">
  <DEAL_SETS><DEAL_SET><DEALS><DEAL>
    <LOANS><LOAN>
      <LOAN_IDENTIFIERS>
        <LOAN_IDENTIFIER><LoanIdentifier>{uuid_s()}</LoanIdentifier><LoanIdentifierType>LenderLoan</LoanIdentifierType></LOAN_IDENTIFIER>
        <LOAN_IDENTIFIER><LoanIdentifier>{digits(10)}</LoanIdentifier><LoanIdentifierType>MERS_MIN</LoanIdentifierType></LOAN_IDENTIFIER>
      </LOAN_IDENTIFIERS>
      <LOAN_STATUSES><LOAN_STATUS><LoanStatusType>Approved</LoanStatusType></LOAN_STATUS></LOAN_STATUSES>
    </LOAN></LOANS>
    <PARTIES><PARTY><INDIVIDUAL><NAME><FirstName>TEST</FirstName><LastName>BORROWER</LastName></NAME></INDIVIDUAL>
      <TAXPAYER_IDENTIFIERS><TAXPAYER_IDENTIFIER><TaxpayerIdentifierValue>XXX-XX-0001</TaxpayerIdentifierValue></TAXPAYER_IDENTIFIER></TAXPAYER_IDENTIFIERS>
    </PARTY></PARTIES>
  </DEAL></DEALS></DEAL_SET></DEAL_SETS>
</MESSAGE>
""", "MISMO 3.4 reference model: LoanIdentifier, TaxpayerIdentifierValue (masked test data)")

dec("blind-cz/dotenv/decoy-env-ref", "closing-funds/.env.example", f"""# client_id is an identifier; the secret is injected by the platform (Render env group "plaid")
PLAID_CLIENT_ID={hexs(24)}
PLAID_SECRET=${{PLAID_SECRET}}
PLAID_ENV=sandbox
PLAID_PRODUCTS=auth,identity
PLAID_COUNTRY_CODES=US
""", "Plaid quickstart .env.example (PLAID_CLIENT_ID is public, PLAID_SECRET is not)")

dec("blind-cz/ini/decoy-placeholder", "mortgage/encompass.ini.example", """[encompass]
instance_id = BE11209834
api_host = https://api.elliemae.com
client_id = <client id from Developer Connect>
client_secret_env = ENCOMPASS_CLIENT_SECRET
username = svc_agentportal
password = ********

[sync]
milestones = Started,Processing,Submittal,Cond. Approval,Approval,Docs Signing,Funding
every_minutes = 20
""", "ICE Encompass Developer Connect: configuration template")

dec("blind-cz/python/decoy-kms-ciphertext", "title/settings.py", f"""\"\"\"Title-exchange settings: the SFTP password is stored KMS-encrypted and decrypted at start-up.\"\"\"
import base64

import boto3

SFTP_HOST = "sftp.firsttitlegulf.com"
SFTP_USER = "harborhomes"
SFTP_PASSWORD_CIPHERTEXT = (
    "AQICAHh{chars(60, B64)}"
    "{chars(76, B64)}"
    "{chars(60, B64)}=="
)


def sftp_password() -> str:
    kms = boto3.client("kms", region_name="us-east-1")
    blob = base64.b64decode(SFTP_PASSWORD_CIPHERTEXT)
    return kms.decrypt(CiphertextBlob=blob)["Plaintext"].decode()
""", "AWS KMS docs: Decrypt (CiphertextBlob from kms encrypt)")

# ==== decoys: property data and valuation ========================================================

_attom = {"status": {"version": "1.0.0", "code": 0, "msg": "SuccessWithResult", "total": 1},
          "property": [{"identifier": {"Id": int(digits(9)), "fips": "12057", "apn": "A-22-29-18-4QK-000012-00003.0",
                                       "attomId": int(digits(9))},
                        "location": {"geoIdV4": {"CO": hexs(32), "ZI": hexs(32), "N2": hexs(32)}},
                        "avm": {"amount": {"value": 512300, "low": 471300, "high": 553300, "scr": 87}}}]}
dec("blind-cz/json/decoy-api-response", "tests/fixtures/attom_avm_detail.json", json.dumps(_attom, indent=2) + "\n",
    "ATTOM API docs: avm/detail response (attomId, fips, apn, geoIdV4)")

dec("blind-cz/python/decoy-test-vector", "tests/test_housecanary_auth.py", """\"\"\"HouseCanary uses HTTP Basic; check our header against the RFC 7617 example.\"\"\"
from valuation.housecanary import basic_header


def test_rfc7617_example():
    # RFC 7617 section 2: user "Aladdin", password "open sesame"
    assert basic_header("Aladdin", "open sesame") == "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


def test_empty_secret_rejected():
    import pytest

    with pytest.raises(ValueError):
        basic_header("KEY", "")
""", "RFC 7617 section 2: Basic example credentials (Aladdin:open sesame)")

_nb = {
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Cap-rate screen\n", "Key is typed at run time, never stored in the notebook."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass, os\n", "import requests\n",
            "RENTCAST_KEY = os.environ.get('RENTCAST_API_KEY') or getpass.getpass('RentCast key: ')"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": ["rent estimate: 2450 (range 2210-2690)\n"]}], "source": [
            "r = requests.get('https://api.rentcast.io/v1/avm/rent/long-term',\n",
            "                 params={'address': '4412 W Bay Ave, Tampa, FL 33616'},\n",
            "                 headers={'X-Api-Key': RENTCAST_KEY})\n",
            "est = r.json()\n",
            "print(f\"rent estimate: {est['rent']} (range {est['rentRangeLow']}-{est['rentRangeHigh']})\")"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}
dec("blind-cz/notebook/decoy-getpass", "analysis/cap_rate_screen.ipynb", json.dumps(_nb, indent=1) + "\n",
    "Python docs: getpass.getpass; Jupyter nbformat 4")

dec("blind-cz/yaml/decoy-placeholder", "idx/config/neighborhood.example.yml", """neighborhood_panel:
  walkscore: true
  walkscore_api_key: <your-walk-score-api-key>
  schools:
    provider: greatschools
    endpoint: https://gs-api.greatschools.org/nearby-schools
    api_key: YOUR_GREATSCHOOLS_KEY
    radius_miles: 3
  census:
    api_key: ""   # optional, raises the rate limit
""", "GreatSchools / Walk Score API docs (key placeholders)")

dec("blind-cz/js/decoy-test-vector", "crm-bridge/test/kvcore.mock.test.js", """// The kvCORE client forwards whatever bearer it is given; the mock accepts the jwt.io sample token.
const nock = require('nock');
const { KvCore } = require('../src/kvcore');

// the well-known example token from jwt.io (HS256, secret "your-256-bit-secret")
const SAMPLE_JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk5yJV_adQssw5c';

test('sends the bearer token', async () => {
  const scope = nock('https://api.kvcore.com', { reqheaders: { authorization: `Bearer ${SAMPLE_JWT}` } })
    .get('/v2/public/contacts').query(true).reply(200, { data: [] });
  await new KvCore(SAMPLE_JWT).contacts();
  expect(scope.isDone()).toBe(true);
});
""", "jwt.io debugger: the published example token")

dec("blind-cz/markdown/decoy-placeholder", "avm/README.md", """# AVM service

Blends ATTOM, HouseCanary and our own gradient-boosted model into one estimate with a range.

## Running locally

```bash
export ATTOM_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
export HOUSECANARY_KEY=<key>
export HOUSECANARY_SECRET=<secret>
export ESTATED_TOKEN=your_estated_token
python -m avm.serve --port 8081
```

Keys for staging are in 1Password (**Data vendors**). Production keys never leave the
`prod/avm/*` secrets in AWS Secrets Manager.
""", "ATTOM / HouseCanary / Estated API docs (key placeholders)")

dec("blind-cz/renviron/decoy-placeholder", "market-reports/.Renviron.example", """# Copy to .Renviron (git-ignored) and fill in
CENSUS_API_KEY=your_census_api_key_here
R_MAX_VSIZE=16Gb
MARKET_DB=postgresql://reports@localhost/market
REPORT_COUNTIES=12057,12103,12101
""", "tidycensus docs: census_api_key(); R .Renviron")

_geo = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"ll_uuid": uuid_s(), "parcelnumb": f"A-22-29-18-4QK-0000{n}-00003.0",
                                       "geoid": "12057", "owner": "TEST OWNER LLC", "ll_gisacre": 0.21 + n / 100,
                                       "path": f"/us/fl/hillsborough/tampa/{digits(6)}"},
     "geometry": {"type": "Point", "coordinates": [-82.51 + n / 1000, 27.92]}} for n in range(1, 4)]}
dec("blind-cz/geojson/decoy-record-ids", "map/fixtures/parcels.geojson", json.dumps(_geo, indent=2) + "\n",
    "Regrid parcel schema (ll_uuid, parcelnumb, geoid); RFC 7946 GeoJSON")

# ==== decoys: deploy and infrastructure ==========================================================

dec("blind-cz/k8s-secret/decoy-placeholder", "deploy/k8s/base/idx-db-secret.yaml", f"""# Template: overlays/prod patches this with the real value from the sealed secret
apiVersion: v1
kind: Secret
metadata:
  name: idx-db
type: Opaque
data:
  DATABASE_URL: {b64("REPLACE_ME")}
  DB_POOL_SIZE: {b64("10")}
""", "Kubernetes docs: Secret data (base64 of a placeholder); kustomize overlays")

dec("blind-cz/helm/decoy-existing-secret", "deploy/helm/lead-router/values-prod.yaml", """replicaCount: 3
image:
  repository: ghcr.io/harborhomes/lead-router
  tag: 2.9.1
env:
  FUB_SYSTEM: HarborLeadRouter
  ROUND_ROBIN_POOL: buyers-tampa
envFromSecrets:
  - lead-router-crm     # FUB_API_KEY, TWILIO_AUTH_TOKEN
  - lead-router-redis   # REDIS_PASSWORD
redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: lead-router-redis
    existingSecretPasswordKey: REDIS_PASSWORD
ingress:
  enabled: true
  hosts: [leads.harborhomes.com]
""", "bitnami/redis Helm chart README: auth.existingSecret, existingSecretPasswordKey")

dec("blind-cz/terraform/decoy-var-ref", "infra/modules/listings-db/main.tf", """resource "aws_db_instance" "listings" {
  identifier              = "listings-${var.environment}"
  engine                  = "postgres"
  engine_version          = "15.6"
  instance_class          = var.listings_db_class
  allocated_storage       = 200
  db_name                 = "idx"
  username                = "idx_admin"
  password                = random_password.listings_db.result
  manage_master_user_password = null
  storage_encrypted       = true
  kms_key_id              = aws_kms_key.rds.arn
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

variable "listings_db_class" {
  type    = string
  default = "db.t4g.medium"
}
""", "Terraform AWS provider docs: aws_db_instance password from random_password")

dec("blind-cz/dockerfile/decoy-build-secret", "feed-service/Dockerfile", """# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml poetry.lock ./
# the private index token is a BuildKit secret: never in a layer, never in the image history
RUN --mount=type=secret,id=pip_index_token \\
    PIP_INDEX_URL="https://ci:$(cat /run/secrets/pip_index_token)@pkgs.harborhomes.com/simple/" \\
    pip install --no-cache-dir poetry==1.8.3 && poetry export -o requirements.txt \\
 && pip wheel -r requirements.txt -w /wheels

FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY feeds /app/feeds
WORKDIR /app
USER 1000
CMD ["python", "-m", "feeds.replicate"]
""", "Docker docs: build secrets (RUN --mount=type=secret)")

dec("blind-cz/docker-compose/decoy-secrets-file", "deploy/compose/showings.yml", """services:
  showings:
    image: ghcr.io/harborhomes/showing-service:1.22.0
    environment:
      SPRING_PROFILES_ACTIVE: prod
      SPRING_DATASOURCE_PASSWORD_FILE: /run/secrets/showings_db_password
      SHOWINGTIME_API_KEY_FILE: /run/secrets/showingtime_api_key
    secrets:
      - showings_db_password
      - showingtime_api_key
secrets:
  showings_db_password:
    file: /etc/harbor/secrets/showings_db_password
  showingtime_api_key:
    external: true
""", "Compose docs: secrets (file / external), the _FILE convention")

dec("blind-cz/vscode/decoy-env-file", ".vscode/settings.json", """{
  "python.defaultInterpreterPath": "${workspaceFolder}/.venv/bin/python",
  "python.envFile": "${workspaceFolder}/.env.local",
  "sqltools.connections": [
    {
      "name": "listings (staging)",
      "driver": "PostgreSQL",
      "server": "db-staging.internal",
      "port": 5432,
      "database": "listings",
      "username": "feed",
      "askForPassword": true
    }
  ],
  "editor.formatOnSave": true
}
""", "VS Code docs: python.envFile; SQLTools connection settings (askForPassword)")

dec("blind-cz/sql/decoy-placeholder", "db/roles/create_roles.sql", """-- Run with: psql -v dash_password="$(op read op://Infra/broker-dash/password)" -f create_roles.sql
\\set ON_ERROR_STOP on
CREATE ROLE broker_dash LOGIN PASSWORD :'dash_password';
CREATE ROLE feed_writer LOGIN PASSWORD NULL;  -- IAM auth only
GRANT rds_iam TO feed_writer;
GRANT SELECT ON ALL TABLES IN SCHEMA market TO broker_dash;
""", "psql docs: variables (:'name' interpolation); PostgreSQL CREATE ROLE")

dec("blind-cz/yaml/decoy-vault-template", "deploy/vault/agent-feed.hcl.tpl.yaml", """# Vault Agent template rendering the feed env file
template:
  destination: /etc/mls-sync/env
  perms: "0600"
  contents: |
    {{- with secret "secret/data/feeds/rets" }}
    RETS_USERNAME={{ .Data.data.username }}
    RETS_PASSWORD={{ .Data.data.password }}
    {{- end }}
    {{- with secret "secret/data/feeds/mlsgrid" }}
    MLSGRID_TOKEN={{ .Data.data.token }}
    {{- end }}
""", "Vault Agent docs: templates ({{ with secret }})")

dec("blind-cz/powershell/decoy-secret-store", "ops/Sync-Closings.ps1", """# Pull closed deals into the accounting export; credentials from the SecretManagement vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name 'TransactionsDb' -Vault 'HarborOps'
$conn = "Server=sql01;Database=Transactions;User ID=$($cred.UserName);Password=$($cred.GetNetworkCredential().Password);Encrypt=True"

$rows = Invoke-Sqlcmd -ConnectionString $conn -Query "SELECT * FROM deals WHERE status = 'Closed' AND close_date >= DATEADD(day, -1, GETDATE())"
$rows | Export-Csv -NoTypeInformation -Path "\\\\fs01\\accounting\\closings_$(Get-Date -Format yyyyMMdd).csv"
""", "Microsoft.PowerShell.SecretManagement docs: Get-Secret")

dec("blind-cz/java-properties/decoy-env-ref", "rets-loader/src/main/resources/application.properties", """# Everything secret is resolved from the environment by Spring at start-up
rets.login.url=${RETS_LOGIN_URL}
rets.username=${RETS_USERNAME}
rets.password=${RETS_PASSWORD}
rets.user.agent=HarborLoader/3.1
spring.datasource.url=jdbc:postgresql://db.internal:5432/listings
spring.datasource.username=loader
spring.datasource.password=${LOADER_DB_PASSWORD}
loader.batch.size=500
""", "Spring Boot docs: property placeholders (${ENV_VAR})")
