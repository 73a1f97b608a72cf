"""Blind set CT: hotel technology teams (property management, distribution, locks, F&B, guest Wi-Fi).

The repositories of hotel groups' IT and integration teams and of hospitality software vendors:
property management systems (Oracle OPERA on premises and OPERA Cloud through OHIP, Mews, Cloudbeds,
Apaleo, protel, Guesty, Hostaway), channel managers and distribution (SiteMinder pmsXchange,
Channex, D-EDGE, Booking.com B.XML, Expedia EQC, SynXis, HTNG and OTA messages), booking engines
on the hotel website (PHP/WordPress, Django, Node, payment with Stripe, Adyen, PayPal), door-lock
systems (ASSA ABLOY Visionline/Vostio, dormakaba Ambiance/Saflok, SALTO KS and Space, Onity,
mobile keys), bar and restaurant POS (Oracle Simphony, Toast, Lightspeed, Square), guest Wi-Fi
portals (FreeRADIUS, MikroTik hotspot, Cisco/Aruba controllers, Meraki, UniFi, hostapd),
revenue management (IDeaS, Duetto, rate shoppers) and guest messaging (Twilio, SendGrid, Slack,
Teams, WhatsApp). Formats: YAML, JSON, TOML, INI, XML, .properties, .env, HCL, nginx/apache,
systemd, crontab, Python, JS/TS, PHP, Go, Ruby, C#, Java, shell, PowerShell, batch, SQL, CI
configs, Dockerfiles and compose files, Kubernetes and Helm, notebooks, IDE and device configs,
docs. Generated fakes only (seeds 910000-919999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
_SEED = [910000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 920000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 920000
    return _SEED[0]


HOTEL_WORDS = ["Seaview", "Concierge", "Lobby", "Frontdesk", "Bellboy", "Penthouse", "Riviera", "Harbour",
               "Suite", "Marina", "Skyline", "Palmtree", "Laguna", "Boutique", "Terrace", "Doorman",
               "Alpina", "Lakeside", "Kingsroom", "Rooftop"]
LOWER = ["pillow", "minibar", "lantern", "breakfast", "balcony", "corridor", "elevator", "keycard",
         "espresso", "cocktail", "sunrise", "ballroom", "luggage", "housekeeping", "turndown", "fountain"]


def human_pw(symbols: str = "!#$*@%") -> str:
    """What a hotel IT person types: a word of the trade, a year or number, a symbol."""
    r = _rng()
    word = r.choice(HOTEL_WORDS)
    form = r.randint(0, 3)
    if form == 0:
        return word + str(r.randint(2016, 2025)) + r.choice(symbols)
    if form == 1:
        return word + r.choice(symbols) + r.choice(HOTEL_WORDS) + str(r.randint(10, 99))
    if form == 2:
        return r.choice(symbols) + word.lower() + str(r.randint(100, 9999)) + r.choice(HOTEL_WORDS)
    return word[:1].lower() + word[1:] + str(r.randint(1, 9)) + r.choice(symbols) + r.choice(HOTEL_WORDS) + "!"


def url_pw() -> str:
    """A human password that stays valid unescaped in a URL."""
    r = _rng()
    return r.choice(HOTEL_WORDS) + r.choice("-_.") + r.choice(HOTEL_WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 3)) + "-" + str(r.randint(10, 99))


def hexs(n: int, upper: bool = False) -> str:
    r = _rng()
    return "".join(r.choice(HEXU if upper else HEX) for _ in range(n))


def alnum(n: int, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def mews_token() -> str:
    """Mews Connector API ClientToken/AccessToken shape: 32 hex, dash, 31 hex, upper case."""
    return hexs(32, True) + "-" + hexs(31, True)


def cloudbeds_key() -> str:
    return "cbat_" + alnum(32)


def stripe_sk() -> str:
    return fakes.fake("sk_live_51", 97, _seed())


def stripe_pk() -> str:
    return fakes.fake("pk_live_51", 97, _seed())


def square_token() -> str:
    return fakes.fake("EAAAl", 59, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def teams_webhook() -> str:
    return (f"https://contoso-hotels.webhook.office.com/webhookb2/{uuid_s()}@{uuid_s()}/IncomingWebhook/"
            f"{hexs(32)}/{uuid_s()}/V2" + alnum(43))


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + alnum(68, "-_")


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def meta_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def recaptcha_key() -> str:
    return "6L" + alnum(38, "-_")


def google_key() -> str:
    return "AIza" + alnum(35, "-_")


def azure_ad_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def okta_token() -> str:
    return "00" + alnum(40, "-_")


def mailchimp_key() -> str:
    return hexs(32) + "-us14"


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-" + "".join(r.choice(ALNUM + "+/") for _ in range(43))
            + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def pem(kind: str = "RSA", lines: int = 12) -> str:
    r = _rng()
    label = f"{kind} PRIVATE KEY" if kind else "PRIVATE KEY"
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(lines))
    return f"-----BEGIN {label}-----\n{body}\n" + "".join(r.choice(ALNUM + "+/") for _ in range(20)) + f"=\n-----END {label}-----"


def cert_pem(label: str = "CERTIFICATE") -> str:
    r = _rng()
    body = "MIID" + "".join(r.choice(ALNUM + "+/") for _ in range(60)) + "\n"
    body += "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(10))
    return f"-----BEGIN {label}-----\n{body}\n" + "".join(r.choice(ALNUM + "+/") for _ in range(28)) + f"==\n-----END {label}-----"


def indent(block: str, n: int) -> str:
    return "\n".join(" " * n + line for line in block.splitlines())


def bcrypt_hash() -> str:
    return "$2b$12$" + alnum(53, "./")


CASES: List[LabelledCase] = []


def _fill(text: str, values: dict) -> str:
    text = textwrap.dedent(text).lstrip("\n")
    for key, value in values.items():
        text = text.replace(f"@@{key}@@", value)
    assert "@@" not in text, text
    return text


def secret(category: str, file_name: str, source: str, value: str, text: str, **values: str) -> None:
    values.setdefault("S", value)
    CASES.append(LabelledCase("blind-ct/" + category, file_name, _fill(text, values), value, source))


def decoy(category: str, file_name: str, source: str, text: str, **values: str) -> None:
    fmt, what = category.split("/")
    CASES.append(LabelledCase(f"blind-ct/{fmt}/decoy-{what}", file_name, _fill(text, values), None, source))


# ---------------------------------------------------------------- PMS: Mews, OPERA, Cloudbeds, Apaleo, protel
secret("python/mews", "integrations/mews/client.py", "Mews Connector API docs: authentication (ClientToken, AccessToken, Client)",
       mews_token(), '''
    """Thin wrapper around the Mews Connector API used by the night-audit exporter."""
    import os
    from datetime import datetime, timedelta, timezone

    import requests

    MEWS_BASE_URL = "https://api.mews.com/api/connector/v1"
    CLIENT_TOKEN = os.environ.get("MEWS_CLIENT_TOKEN", "")
    # property: Lakeside Resort & Spa (production enterprise)
    ACCESS_TOKEN = "@@S@@"
    CLIENT_NAME = "LakesideAuditExporter 1.4.2"


    def _post(endpoint, payload):
        body = {"ClientToken": CLIENT_TOKEN, "AccessToken": ACCESS_TOKEN, "Client": CLIENT_NAME}
        body.update(payload)
        response = requests.post(f"{MEWS_BASE_URL}/{endpoint}", json=body, timeout=30)
        response.raise_for_status()
        return response.json()


    def reservations_checked_out(hours=24):
        end = datetime.now(timezone.utc)
        start = end - timedelta(hours=hours)
        return _post("reservations/getAll/2023-06-06", {
            "CollidingUtc": {"StartUtc": start.isoformat(), "EndUtc": end.isoformat()},
            "States": ["Processed"],
            "Limitation": {"Count": 1000},
        })["Reservations"]
''')

secret("yaml/opera-ohip", "config/ohip.prod.yaml", "Oracle Hospitality Integration Platform docs: OAuth client credentials and x-app-key",
       alnum(36, "-_"), '''
    # OPERA Cloud via OHIP - production gateway (EU region)
    ohip:
      gateway_url: https://euc1-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
      hotel_id: LKSIDE01
      chain_code: LKS
      app_key: @@APPKEY@@
      oauth:
        token_path: /oauth/v1/tokens
        client_id: LKS_Client
        client_secret: "@@S@@"
        username: LKS_INTEGRATION
        password: ${OHIP_INTEGRATION_PASSWORD}
        enterprise_id: LKS
      timeouts:
        connect: 10
        read: 60
      retry:
        attempts: 3
        backoff_seconds: 5
    ''', APPKEY=uuid_s())

secret("env/cloudbeds", "booking-sync/.env", "Cloudbeds API docs: API keys (cbat_ prefix) for property integrations",
       cloudbeds_key(), '''
    # booking-sync service, Harbour Inn group (3 properties)
    NODE_ENV=production
    PORT=8080
    CLOUDBEDS_API_URL=https://api.cloudbeds.com/api/v1.2
    CLOUDBEDS_PROPERTY_IDS=178342,178343,190221
    CLOUDBEDS_API_KEY=@@S@@
    DATABASE_URL=postgres://sync:${PGPASSWORD}@db.internal:5432/booking_sync
    LOG_LEVEL=info
    SENTRY_ENVIRONMENT=production
    ''')

secret("json/apaleo", "src/Harbour.Pms.Api/appsettings.Production.json", "apaleo developer docs: client credentials flow (identity.apaleo.com/connect/token)",
       alnum(44), '''
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information",
          "Microsoft.AspNetCore": "Warning"
        }
      },
      "Apaleo": {
        "IdentityUrl": "https://identity.apaleo.com",
        "ApiUrl": "https://api.apaleo.com",
        "ClientId": "HRBR-AC-RATESYNC",
        "ClientSecret": "@@S@@",
        "Scopes": [ "reservations.read", "rateplans.read-corporate", "availability.read" ],
        "PropertyIds": [ "HRB", "HRL" ]
      },
      "AllowedHosts": "*"
    }
    ''')

secret("xml/protel", "ProtelBridge/Web.config", "Microsoft docs: connectionStrings element in Web.config (SQL Server authentication)",
       human_pw("!#$*%"), r'''
    <?xml version="1.0" encoding="utf-8"?>
    <configuration>
      <configSections>
        <section name="log4net" type="log4net.Config.Log4NetConfigurationSectionHandler, log4net" />
      </configSections>
      <connectionStrings>
        <!-- protel Air/on-prem database of the Alpina Lodge -->
        <add name="ProtelDb"
             connectionString="Data Source=PROTEL-SQL01\PROTEL;Initial Catalog=protel;User ID=proteluser;Password=@@S@@;MultipleActiveResultSets=True"
             providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="MandantId" value="1" />
        <add key="ExportFolder" value="D:\Exports\Interfaces" />
        <add key="PollIntervalSeconds" value="30" />
      </appSettings>
      <system.web>
        <compilation debug="false" targetFramework="4.7.2" />
        <httpRuntime targetFramework="4.7.2" />
      </system.web>
    </configuration>
    ''')

secret("properties/opera-oracle", "opera-reporting/src/main/resources/application-prod.properties", "Spring Boot docs: spring.datasource.* properties (Oracle JDBC thin URL)",
       human_pw("#$*!"), '''
    # OPERA 5 on-premise reporting replica (read only)
    spring.datasource.url=jdbc:oracle:thin:@//opera-db.riviera.local:1521/OPERAPRD
    spring.datasource.username=OPERA_RPT
    spring.datasource.password=@@S@@
    spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
    spring.datasource.hikari.maximum-pool-size=5
    spring.jpa.hibernate.ddl-auto=none
    spring.jpa.show-sql=false

    reporting.resorts=RIVNCE,RIVCAN
    reporting.export.dir=/data/exports
    reporting.cron=0 30 4 * * *
    ''')

secret("ini/opera-oracle", "tools/opera_export/opera_export.ini", "Python configparser docs; cx_Oracle connect(user, password, dsn)",
       human_pw(), r'''
    ; Nightly guest-ledger export from OPERA (Riviera Cannes)
    [oracle]
    dsn = opera-db.riviera.local:1521/OPERAPRD
    user = opera_ifc
    password = @@S@@
    schema = OPERA

    [export]
    resort = RIVCAN
    business_date_offset = -1
    target = \\fileserver\finance\opera\ledger
    format = csv

    [mail]
    smtp_host = smtp.riviera.local
    notify = night.audit@riviera-hotels.example
    ''')

secret("js/hostaway", "scripts/hostaway-token.js", "Hostaway public API docs: POST /v1/accessTokens (client_credentials)",
       hexs(64), '''
    // Fetch a Hostaway access token for the listings sync job.
    const axios = require("axios");
    const qs = require("querystring");

    const HOSTAWAY_ACCOUNT_ID = "48213";
    const HOSTAWAY_API_KEY = "@@S@@";

    async function getToken() {
      const res = await axios.post(
        "https://api.hostaway.com/v1/accessTokens",
        qs.stringify({
          grant_type: "client_credentials",
          client_id: HOSTAWAY_ACCOUNT_ID,
          client_secret: HOSTAWAY_API_KEY,
          scope: "general",
        }),
        { headers: { "Content-Type": "application/x-www-form-urlencoded", "Cache-control": "no-cache" } }
      );
      return res.data.access_token;
    }

    module.exports = { getToken };
    ''')

secret("ts/guesty", "src/lib/guesty.ts", "Guesty Open API docs: OAuth2 client credentials (open-api.guesty.com/oauth2/token)",
       alnum(64, "-_"), '''
    import axios from "axios";

    const GUESTY_TOKEN_URL = "https://open-api.guesty.com/oauth2/token";
    const GUESTY_CLIENT_ID = "0oa8x2k1l7QW3sYfk5d7";
    const GUESTY_CLIENT_SECRET =
      "@@S@@";

    let cached: { token: string; expiresAt: number } | null = null;

    export async function guestyToken(): Promise<string> {
      if (cached && cached.expiresAt > Date.now() + 60_000) return cached.token;
      const body = new URLSearchParams({
        grant_type: "client_credentials",
        scope: "open-api",
        client_id: GUESTY_CLIENT_ID,
        client_secret: GUESTY_CLIENT_SECRET,
      });
      const { data } = await axios.post(GUESTY_TOKEN_URL, body, {
        headers: { Accept: "application/json" },
      });
      cached = { token: data.access_token, expiresAt: Date.now() + data.expires_in * 1000 };
      return cached.token;
    }
    ''')

secret("php/cloudbeds", "wp-content/plugins/seaview-booking/includes/config.php", "Cloudbeds API docs: OAuth 2.0 client_id/client_secret for apps",
       alnum(32), '''
    <?php
    /**
     * Seaview booking widget - Cloudbeds connection settings.
     */
    if ( ! defined( 'ABSPATH' ) ) {
        exit;
    }

    define( 'SEAVIEW_CB_CLIENT_ID', 'live1_178342_Xw2kQeP9tRbYvL1nGdAs0uZc' );
    define( 'SEAVIEW_CB_CLIENT_SECRET', '@@S@@' );
    define( 'SEAVIEW_CB_REDIRECT_URI', 'https://www.seaview-hotel.example/wp-admin/admin.php?page=seaview-cb' );
    define( 'SEAVIEW_CB_PROPERTY_ID', 178342 );
    define( 'SEAVIEW_CACHE_TTL', 300 );
    ''')

secret("go/channex", "internal/channex/client.go", "Channex.io API docs: user-api-key header authentication",
       alnum(64, "+/"), '''
    package channex

    import (
    	"net/http"
    	"time"
    )

    const (
    	baseURL = "https://app.channex.io/api/v1"
    	// Key of the "marina-group integration" user, created 2024-03
    	apiKey = "@@S@@"
    )

    type Client struct {
    	http *http.Client
    }

    func New() *Client {
    	return &Client{http: &http.Client{Timeout: 20 * time.Second}}
    }

    func (c *Client) newRequest(method, path string) (*http.Request, error) {
    	req, err := http.NewRequest(method, baseURL+path, nil)
    	if err != nil {
    		return nil, err
    	}
    	req.Header.Set("user-api-key", apiKey)
    	req.Header.Set("Content-Type", "application/json")
    	return req, nil
    }
    ''')

secret("ruby/siteminder", "lib/siteminder/pms_xchange.rb", "SiteMinder pmsXchange v2 docs: SOAP with WS-Security UsernameToken (Savon wsse_auth)",
       rand_pw(16), '''
    require "savon"

    module Siteminder
      # pmsXchange v2 - reservations pull for the Boutique Terrace hotels
      class PmsXchange
        ENDPOINT = "https://smtpi.siteminder.com/siteminderapi/pmsxchangev2/services/BOUTIQUETERRACE".freeze
        USERNAME = "BOUTIQUETERRACE_PMS".freeze
        PASSWORD = "@@S@@".freeze

        def initialize
          @client = Savon.client(
            endpoint: ENDPOINT,
            namespace: "http://www.opentravel.org/OTA/2003/05",
            wsse_auth: [USERNAME, PASSWORD],
            env_namespace: :soapenv,
            log: false
          )
        end

        def read_reservations
          @client.call(:ota_read_rq, message: { "ReadRequests" => { "HotelReadRequest" => { "@HotelCode" => "BTQ1" } } })
        end
      end
    end
    ''')

secret("csharp/opera-ows", "Interfaces/OperaOws/OwsSession.cs", "Oracle OPERA Web Services (OWS) docs: OGHeader with Authentication UserCredentials",
       human_pw("!$#"), '''
    using System;
    using OperaOws.Reservation;

    namespace Skyline.Interfaces.OperaOws
    {
        public static class OwsSession
        {
            private const string Endpoint = "https://ows.skyline-hotels.example/OWS_WS_51/Reservation.asmx";
            private const string ChainCode = "SKY";
            private const string UserId = "OWS_KIOSK";
            private const string UserPassword = "@@S@@";
            private const string Domain = "SKYNYC";

            public static OGHeader Header(string transactionId) => new OGHeader
            {
                transactionID = transactionId,
                timeStamp = DateTime.UtcNow,
                Origin = new EndPoint { entityID = "KIOSK", systemType = "KIOSK" },
                Destination = new EndPoint { entityID = "TI", systemType = "PMS" },
                Authentication = new OGHeaderAuthentication
                {
                    UserCredentials = new OGHeaderAuthenticationUserCredentials
                    {
                        UserName = UserId,
                        UserPassword = UserPassword,
                        Domain = Domain
                    }
                }
            };
        }
    }
    ''')

secret("java/synxis", "src/main/java/com/palmtree/crs/SynxisConfig.java", "Sabre SynXis CR docs: SOAP WS-Security credentials for the channel connect API",
       url_pw(), '''
    package com.palmtree.crs;

    import org.springframework.context.annotation.Bean;
    import org.springframework.context.annotation.Configuration;
    import org.springframework.ws.soap.security.wss4j2.Wss4jSecurityInterceptor;

    @Configuration
    public class SynxisConfig {

        static final String ENDPOINT = "https://services-c1.synxis.com/interface/ChannelConnect";
        static final String USERNAME = "PALMTREE_PMS_IFC";
        static final String PASSWORD = "@@S@@";
        static final String CHAIN_ID = "12345";

        @Bean
        public Wss4jSecurityInterceptor securityInterceptor() {
            Wss4jSecurityInterceptor interceptor = new Wss4jSecurityInterceptor();
            interceptor.setSecurementActions("UsernameToken");
            interceptor.setSecurementUsername(USERNAME);
            interceptor.setSecurementPassword(PASSWORD);
            interceptor.setSecurementPasswordType("PasswordText");
            return interceptor;
        }
    }
    ''')

secret("shell/booking-bxml", "scripts/push_availability.sh", "Booking.com connectivity docs: B.XML endpoints with HTTP basic authentication",
       human_pw("!#%*"), r'''
    #!/usr/bin/env bash
    # Push tonight's availability to Booking.com (B.XML) for hotel 1184422.
    set -euo pipefail

    HOTEL_ID=1184422
    BXML_USER="laguna_xml"
    BXML_PASS='@@S@@'
    PAYLOAD="$(mktemp)"

    python3 tools/build_availability.py --hotel "$HOTEL_ID" --days 365 > "$PAYLOAD"

    curl --fail --silent --show-error \
      -u "${BXML_USER}:${BXML_PASS}" \
      -H "Content-Type: text/xml" \
      --data-binary @"$PAYLOAD" \
      https://supply-xml.booking.com/hotels/xml/availability

    rm -f "$PAYLOAD"
    echo "availability pushed for $HOTEL_ID"
    ''')

secret("powershell/expedia-eqc", "ops/Send-EqcRates.ps1", "Expedia QuickConnect (EQC) docs: AR (availability and rates) API with basic authentication",
       human_pw("!#$"), r'''
    <#
      Sends the rate file produced by the RMS to Expedia QuickConnect.
      Scheduled on APP02 (Task Scheduler, 05:15 daily).
    #>
    param(
        [string]$RateFile = "D:\RMS\out\eqc_rates.xml"
    )

    $eqcUser = "EQC_Kingsroom_9912"
    $eqcPassword = "@@S@@"
    $pair = "{0}:{1}" -f $eqcUser, $eqcPassword
    $basic = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))

    $response = Invoke-RestMethod -Method Post `
        -Uri "https://services.expediapartnercentral.com/eqc/ar" `
        -Headers @{ Authorization = "Basic $basic" } `
        -ContentType "text/xml" `
        -InFile $RateFile

    if ($response.AvailRateUpdateRS.Error) {
        Write-Error "EQC rejected the update: $($response.AvailRateUpdateRS.Error.InnerText)"
        exit 1
    }
    Write-Output "EQC update accepted"
    ''')

secret("sql/oracle-user", "db/opera/create_reporting_user.sql", "Oracle Database SQL reference: CREATE USER ... IDENTIFIED BY",
       human_pw("#$_"), '''
    -- Read-only reporting account for the BI team (OPERA schema)
    -- Run as SYSTEM on OPERAPRD.
    CREATE USER BI_READER IDENTIFIED BY "@@S@@"
      DEFAULT TABLESPACE USERS
      TEMPORARY TABLESPACE TEMP
      PROFILE APP_USERS;

    GRANT CREATE SESSION TO BI_READER;
    GRANT SELECT ON OPERA.RESERVATION_NAME TO BI_READER;
    GRANT SELECT ON OPERA.RESERVATION_DAILY_ELEMENTS TO BI_READER;
    GRANT SELECT ON OPERA.FINANCIAL_TRANSACTIONS TO BI_READER;
    GRANT SELECT ON OPERA.NAME TO BI_READER;
    ''')

secret("docker-compose/postgres", "booking-engine/docker-compose.prod.yml", "Docker docs: Compose file environment; postgres image POSTGRES_PASSWORD",
       rand_pw(24), '''
    services:
      api:
        image: registry.marina-hotels.example/booking-engine/api:2.8.1
        restart: unless-stopped
        environment:
          DATABASE_URL: postgresql://booking:@@S@@@db:5432/booking
          REDIS_URL: redis://cache:6379/0
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
        depends_on: [db, cache]
        ports:
          - "8000:8000"
      db:
        image: postgres:15
        environment:
          POSTGRES_USER: booking
          POSTGRES_PASSWORD: @@S@@
          POSTGRES_DB: booking
        volumes:
          - pgdata:/var/lib/postgresql/data
      cache:
        image: redis:7-alpine
    volumes:
      pgdata: {}
    ''')

_mews_k8s = mews_token()
secret("k8s-secret/mews", "deploy/k8s/mews-credentials.yaml", "Kubernetes docs: Secret with base64 data",
       _mews_k8s, '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: mews-credentials
      namespace: pms-integrations
      labels:
        app: housekeeping-sync
    type: Opaque
    data:
      MEWS_CLIENT_TOKEN: @@CT@@
      MEWS_ACCESS_TOKEN: @@AT@@
      MEWS_PLATFORM_URL: @@URL@@
    ''', CT=b64("${MEWS_CLIENT_TOKEN}"), AT=b64(_mews_k8s), URL=b64("https://api.mews.com"))

secret("helm/cloudbeds", "charts/channel-sync/values-prod.yaml", "Helm docs: values files; Cloudbeds API key",
       cloudbeds_key(), '''
    replicaCount: 2

    image:
      repository: ghcr.io/harbour-hospitality/channel-sync
      tag: "1.12.0"

    env:
      LOG_LEVEL: info
      CLOUDBEDS_API_URL: https://api.cloudbeds.com/api/v1.2
      CLOUDBEDS_API_KEY: "@@S@@"
      SYNC_INTERVAL_SECONDS: "120"

    resources:
      limits:
        cpu: 500m
        memory: 512Mi

    ingress:
      enabled: false
    ''')

secret("gitlab-ci/apaleo", ".gitlab-ci.yml", "GitLab CI docs: variables keyword in .gitlab-ci.yml",
       alnum(44), '''
    stages:
      - test
      - contract

    variables:
      PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
      APALEO_CLIENT_ID: "HRBR-AC-CONTRACTTEST"
      APALEO_CLIENT_SECRET: "@@S@@"

    unit:
      stage: test
      image: python:3.11
      script:
        - pip install -r requirements-dev.txt
        - pytest -q tests/unit

    contract:
      stage: contract
      image: python:3.11
      script:
        - pip install -r requirements-dev.txt
        - pytest -q tests/contract --apaleo-property HRB
      only:
        - main
    ''')

secret("github-actions/mssql", ".github/workflows/integration.yml", "GitHub Actions docs: service containers (mcr.microsoft.com/mssql/server, MSSQL_SA_PASSWORD)",
       human_pw("!#$"), '''
    name: integration

    on:
      push:
        branches: [main]
      pull_request:

    jobs:
      saflok-bridge:
        runs-on: ubuntu-latest
        services:
          mssql:
            image: mcr.microsoft.com/mssql/server:2022-latest
            env:
              ACCEPT_EULA: "Y"
              MSSQL_SA_PASSWORD: "@@S@@"
            ports:
              - 1433:1433
        env:
          LOCKDB_CONNECTION: "Server=localhost,1433;Database=SaflokBridge;User Id=sa;Password=@@S@@;TrustServerCertificate=True"
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-dotnet@v4
            with:
              dotnet-version: "8.0.x"
          - run: dotnet test tests/SaflokBridge.IntegrationTests
    ''')

secret("dockerfile/siteminder", "services/pmsxchange-poller/Dockerfile", "Dockerfile reference: ENV instruction",
       rand_pw(16), r'''
    FROM python:3.11-slim

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt

    COPY poller/ ./poller/

    ENV SM_ENDPOINT=https://smtpi.siteminder.com/siteminderapi/pmsxchangev2/services/ROOFTOPHOTELS \
        SM_USERNAME=ROOFTOPHOTELS_PMS \
        SM_PASSWORD=@@S@@ \
        POLL_SECONDS=60

    USER 1000
    CMD ["python", "-m", "poller"]
    ''')

secret("systemd/redis", "deploy/systemd/housekeeping-worker.service", "systemd.exec(5): Environment= directive",
       fakes.redis_password(_seed()), '''
    [Unit]
    Description=Housekeeping task worker (room status -> PMS)
    After=network-online.target
    Wants=network-online.target

    [Service]
    Type=simple
    User=hkworker
    WorkingDirectory=/opt/housekeeping
    Environment=PYTHONUNBUFFERED=1
    Environment=CELERY_BROKER_URL=redis://:@@S@@@redis01.lakeside.local:6379/2
    ExecStart=/opt/housekeeping/venv/bin/celery -A housekeeping worker -l info -Q rooms
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    ''')

secret("crontab/mysql", "ops/cron/rms-export.cron", "crontab(5); mysqldump(1) --password option",
       human_pw("!#%*"), r'''
    # RMS nightly export - installed on web01 with `crontab ops/cron/rms-export.cron`
    SHELL=/bin/bash
    MAILTO=it-alerts@terrace-hotels.example

    # m  h dom mon dow command
    15 3 *   *   *   mysqldump -h 127.0.0.1 -u rms_export -p'@@S@@' --single-transaction booking reservations rate_plans | gzip > /var/backups/rms/booking_$(date +\%F).sql.gz
    45 3 *   *   *   /opt/rms/bin/upload_to_ideas.sh >> /var/log/rms/upload.log 2>&1
    0  4 *   *   0   find /var/backups/rms -mtime +14 -delete
    ''')

secret("nginx/basic-auth", "deploy/nginx/pms-proxy.conf", "nginx docs: proxy_set_header; RFC 7617 Basic authentication",
       b64("kiosk_api:" + human_pw("!#$")), '''
    # Self check-in kiosks -> PMS gateway. The gateway wants basic auth; kiosks don't send it.
    upstream pms_gateway {
        server 10.20.0.15:8443;
        keepalive 16;
    }

    server {
        listen 443 ssl;
        server_name kiosk-api.skyline.local;

        ssl_certificate     /etc/nginx/tls/kiosk-api.crt;
        ssl_certificate_key /etc/nginx/tls/kiosk-api.key;

        location /api/ {
            proxy_pass https://pms_gateway/;
            proxy_set_header Host $host;
            proxy_set_header Authorization "Basic @@S@@";
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 60s;
        }
    }
    ''')

secret("apache/setenv", "deploy/apache/booking.conf", "Apache httpd docs: mod_env SetEnv",
       alnum(40), '''
    <VirtualHost *:443>
        ServerName book.alpina-lodge.example
        DocumentRoot /var/www/booking/public

        SSLEngine on
        SSLCertificateFile /etc/ssl/certs/book.alpina-lodge.example.crt
        SSLCertificateKeyFile /etc/ssl/private/book.alpina-lodge.example.key

        SetEnv APP_ENV production
        SetEnv CHANNEX_API_KEY @@S@@
        SetEnv CHANNEX_PROPERTY_ID 4b7d8f32-1c0e-4a8e-9d1f-2a6b5c3e7f10

        <Directory /var/www/booking/public>
            AllowOverride All
            Require all granted
        </Directory>

        ErrorLog ${APACHE_LOG_DIR}/booking_error.log
        CustomLog ${APACHE_LOG_DIR}/booking_access.log combined
    </VirtualHost>
    ''')

secret("terraform/rds", "infra/rds.tf", "Terraform AWS provider docs: aws_db_instance password argument",
       rand_pw(20), '''
    resource "aws_db_instance" "guest_profiles" {
      identifier              = "guest-profiles-prod"
      engine                  = "postgres"
      engine_version          = "15.5"
      instance_class          = "db.t3.medium"
      allocated_storage       = 100
      db_name                 = "guests"
      username                = "guests_admin"
      password                = "@@S@@"
      db_subnet_group_name    = aws_db_subnet_group.private.name
      vpc_security_group_ids  = [aws_security_group.db.id]
      backup_retention_period = 14
      storage_encrypted       = true
      skip_final_snapshot     = false

      tags = {
        Team        = "guest-data"
        Environment = "prod"
      }
    }
    ''')


# ---------------------------------------------------------------- distribution, revenue, analytics
secret("notebook/duetto", "analysis/pickup_forecast.ipynb", "Jupyter nbformat 4 docs; Duetto API (token in request headers)",
       hexs(40), json.dumps({
           "cells": [
               {"cell_type": "markdown", "metadata": {}, "source": ["# Pickup vs. forecast - Q3\n", "Pulls the Duetto pickup report and compares it with last year."]},
               {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
                   "import pandas as pd\n", "import requests\n", "\n",
                   "DUETTO_URL = \"https://api.duettocloud.com/v2/hotels/SKY-NYC/pickup\"\n",
                   "DUETTO_TOKEN = \"@@S@@\"\n",
                   "resp = requests.get(DUETTO_URL, headers={\"Authorization\": f\"Token {DUETTO_TOKEN}\"}, params={\"from\": \"2024-07-01\", \"to\": \"2024-09-30\"})\n",
                   "pickup = pd.DataFrame(resp.json()[\"days\"])"]},
               {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
                   "pickup[\"occ_delta\"] = pickup[\"otb_rooms\"] - pickup[\"ly_rooms\"]\n", "pickup.describe()"]},
           ],
           "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
           "nbformat": 4, "nbformat_minor": 5,
       }, indent=1))

secret("toml/rategain", "rate_shopper/config.toml", "TOML v1.0 spec; RateGain/OTA Insight style rate-shopping API key settings",
       alnum(32), '''
    [shopper]
    provider = "rategain"
    base_url = "https://api.rategain.com/optima/v3"
    api_key = "@@S@@"
    hotel_code = "PALM-MIA"

    [compset]
    hotels = ["MIA-1183", "MIA-2040", "MIA-0931", "MIA-5521"]
    los = [1, 2, 3]
    horizon_days = 120

    [output]
    bucket = "s3://palmtree-revenue/rateshops"
    format = "parquet"
    ''')

secret("properties/ideas", "ideas-connector/conf/ideas.properties", "IDeaS G3 RMS integration guide: REST client basic authentication",
       human_pw("!#$%"), '''
    # IDeaS G3 RMS - decision upload / data extract
    ideas.g3.baseUrl=https://g3.ideas.com/api
    ideas.g3.clientCode=KINGSROOM
    ideas.g3.propertyCode=KRLON
    ideas.g3.username=kingsroom.integration
    ideas.g3.password=@@S@@
    ideas.g3.decisionTypes=BAR,LRV,OVERBOOKING
    ideas.extract.cron=0 0 2 * * ?
    ideas.extract.dir=/var/lib/ideas/extract
    ''')

secret("netrc/ideas-sftp", "deploy/ansible/files/netrc", "netrc(5) file format (machine, login, password)",
       rand_pw(14, "!#"), '''
    # used by lftp for the IDeaS/Duetto extracts
    machine sftp.ideas.com
    login kingsroom_g3
    password @@S@@

    machine ftp.duettocloud.com
    login kingsroom
    password ${DUETTO_SFTP_PASSWORD}
    ''')

secret("python/amadeus", "search/amadeus_hotels.py", "Amadeus for Developers docs: client credentials (API key and secret)",
       alnum(16), '''
    """Hotel content lookups for the group booking tool (Amadeus Self-Service APIs)."""
    from amadeus import Client, ResponseError

    amadeus = Client(
        client_id="b7DkYq2GzR0x8WfN1cVtLhP5sJm3aQe9",
        client_secret="@@S@@",
        hostname="production",
    )


    def hotels_near(lat, lon, radius_km=5):
        try:
            response = amadeus.reference_data.locations.hotels.by_geocode.get(
                latitude=lat, longitude=lon, radius=radius_km, radiusUnit="KM"
            )
            return [h["hotelId"] for h in response.data]
        except ResponseError as error:
            print(error)
            return []
    ''')

secret("js/tripadvisor", "server/reviews/tripadvisor.js", "Tripadvisor Content API docs: key query parameter",
       hexs(32, True), '''
    // Server-side review widget feed (cached 6h). Do not expose to the browser.
    const fetch = require("node-fetch");

    const TA_KEY = "@@S@@";
    const LOCATIONS = { seaview: "1234567", marina: "2345678" };

    async function reviews(hotel) {
      const id = LOCATIONS[hotel];
      const url = `https://api.content.tripadvisor.com/api/v1/location/${id}/reviews?language=en&key=${TA_KEY}`;
      const res = await fetch(url, { headers: { accept: "application/json", referer: "https://www.seaview-hotel.example" } });
      if (!res.ok) throw new Error(`tripadvisor ${res.status}`);
      return (await res.json()).data;
    }

    module.exports = { reviews };
    ''')

secret("yaml/revinate", "config/reputation.yml", "Revinate integration docs: API key and secret (HMAC request signing)",
       hexs(48), '''
    reputation:
      provider: revinate
      endpoint: https://porter.revinate.com
      username: api@boutique-terrace.example
      api_key: 8d1b6f0c3a
      api_secret: @@S@@
      hotels:
        - id: 11842
          name: Boutique Terrace Lisbon
        - id: 11843
          name: Boutique Terrace Porto
      sync:
        surveys: true
        reviews: true
        since_days: 30
    ''')

secret("xml/dedge", "config/dedge-channel.xml", "D-EDGE / OpenTravel OTA 2003B docs: POS Source RequestorID MessagePassword",
       rand_pw(12), '''
    <?xml version="1.0" encoding="UTF-8"?>
    <channelConfig>
      <provider name="D-EDGE" version="2.3">
        <endpoint>https://ws.availpro.com/Interfaces/OTA/2003/05</endpoint>
        <POS>
          <Source>
            <RequestorID ID="LAGUNA_PMS" Type="22" MessagePassword="@@S@@">
              <CompanyName Code="LAG">Laguna Hotels</CompanyName>
            </RequestorID>
          </Source>
        </POS>
        <hotels>
          <hotel code="12093" pmsCode="LAGBCN" />
          <hotel code="12094" pmsCode="LAGMAD" />
        </hotels>
        <pushAvailability intervalSeconds="300" />
      </provider>
    </channelConfig>
    ''')

secret("xml/htng", "tests/fixtures/htng/prod_capture_folio_post.xml", "HTNG / OASIS WS-Security UsernameToken Profile 1.1 (wsse:Password)",
       human_pw("!#$*"), '''
    <?xml version="1.0" encoding="utf-8"?>
    <!-- captured from production 2024-05-11 to reproduce the duplicated minibar postings -->
    <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"
                   xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <soap:Header>
        <wsse:Security>
          <wsse:UsernameToken>
            <wsse:Username>POS_MINIBAR</wsse:Username>
            <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@S@@</wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </soap:Header>
      <soap:Body>
        <PostingRQ xmlns="http://htng.org/2014B" HotelCode="SKYNYC">
          <Posting RoomNumber="1412" Amount="18.50" CurrencyCode="USD" Outlet="MINIBAR" CheckNumber="88231" />
        </PostingRQ>
      </soap:Body>
    </soap:Envelope>
    ''')

secret("markdown/opera-docs", "docs/runbooks/night-audit.md", "Team runbook in the repository (Markdown)",
       human_pw("!#$"), '''
    # Night audit runbook (Riviera Nice)

    1. At 02:00 check that all cashiers are closed in OPERA (Cashiering > Cashier Functions).
    2. Run End of Day from the **NA workstation** (NA-PC01).
    3. If the "Interface postings" step hangs, restart the IFC8 service on `IFC-SRV02`.

    ## Accounts

    | System | User | Password |
    |---|---|---|
    | OPERA (night auditor role) | NIGHTAUDIT | @@S@@ |
    | IFC-SRV02 (local admin) | see KeePass "IFC" entry | - |

    ## After the audit

    - Check the `NA_REPORTS` folder for the Manager Flash and the Trial Balance.
    - Email the flash report to gm@riviera-hotels.example.
    ''')

secret("vscode/sqltools", ".vscode/settings.json", "SQLTools VS Code extension docs: sqltools.connections settings",
       human_pw("!#$%"), '''
    {
      "editor.formatOnSave": true,
      "python.defaultInterpreterPath": ".venv/bin/python",
      "sqltools.connections": [
        {
          "name": "OPERA reporting replica",
          "driver": "Oracle",
          "server": "opera-rpt.riviera.local",
          "port": 1521,
          "database": "OPERARPT",
          "username": "BI_READER",
          "password": "@@S@@",
          "connectionTimeout": 30
        }
      ],
      "files.exclude": { "**/__pycache__": true }
    }
    ''')

secret("pgpass/postgres", "deploy/files/pgpass", "PostgreSQL docs: The Password File (.pgpass)",
       rand_pw(22), '''
    # hostname:port:database:username:password
    # copied to /home/reports/.pgpass (mode 0600) by the bootstrap playbook
    pg-reports.marina.internal:5432:revenue:reports:@@S@@
    pg-reports.marina.internal:5432:guests:reports:*
    localhost:5432:*:postgres:*
    ''')

_atomize = alnum(48)
secret("python/atomize", "rms/atomize_push.py", "Atomize RMS open API docs: bearer API key",
       _atomize, '''
    import logging

    import requests

    log = logging.getLogger(__name__)

    ATOMIZE_API = "https://api.atomize.com/v1"
    # API key issued by Atomize support for Lakeside Resort (property 6012)
    ATOMIZE_KEY = ("@@A@@"
                   "@@B@@")


    def push_inventory(rows):
        resp = requests.post(
            f"{ATOMIZE_API}/properties/6012/inventory",
            json={"items": rows},
            headers={"Authorization": f"Bearer {ATOMIZE_KEY}"},
            timeout=30,
        )
        log.info("atomize push %s", resp.status_code)
        resp.raise_for_status()
    ''', A=_atomize[:24], B=_atomize[24:])


# ---------------------------------------------------------------- booking engine: payments, web app
secret("php/stripe", "booking/app/Payments/StripeGateway.php", "Stripe API docs: \\Stripe\\StripeClient with a secret key",
       stripe_sk(), '''
    <?php

    namespace Booking\\Payments;

    use Stripe\\StripeClient;

    final class StripeGateway
    {
        private const SECRET_KEY = '@@S@@';

        private StripeClient $client;

        public function __construct()
        {
            $this->client = new StripeClient(self::SECRET_KEY);
        }

        public function depositIntent(int $amountCents, string $currency, string $reservationId): string
        {
            $intent = $this->client->paymentIntents->create([
                'amount' => $amountCents,
                'currency' => $currency,
                'capture_method' => 'manual',
                'metadata' => ['reservation_id' => $reservationId],
            ]);
            return $intent->client_secret;
        }
    }
    ''')

secret("java/adyen", "payments/src/main/java/com/skyline/payments/AdyenClientFactory.java", "Adyen Java API library docs: Client with API key and LIVE environment",
       adyen_key(), '''
    package com.skyline.payments;

    import com.adyen.Client;
    import com.adyen.enums.Environment;
    import com.adyen.service.checkout.PaymentsApi;

    public final class AdyenClientFactory {

        private static final String API_KEY =
            "@@S@@";
        private static final String MERCHANT_ACCOUNT = "SkylineHotelsECOM";
        private static final String LIVE_PREFIX = "1797a841fbb37ca7-SkylineHotels";

        private AdyenClientFactory() {}

        public static PaymentsApi payments() {
            Client client = new Client(API_KEY, Environment.LIVE, LIVE_PREFIX);
            return new PaymentsApi(client);
        }

        public static String merchantAccount() {
            return MERCHANT_ACCOUNT;
        }
    }
    ''')

secret("env/paypal", "booking-engine/.env.production", "PayPal REST API docs: client ID and secret (live)",
       fakes.fake("E", 79, _seed()), '''
    APP_ENV=production
    APP_URL=https://book.palmtree-resorts.example
    PAYPAL_MODE=live
    PAYPAL_CLIENT_ID=AZ3kP9dLw0sXq7Rt2VnBy5HcF8gJ1mKoEiU4aYtZrSxWp6NvQ0bC3lDeG2hMj
    PAYPAL_CLIENT_SECRET=@@S@@
    DEPOSIT_PERCENT=30
    CURRENCY=USD
    ''')

secret("python/django", "booking_site/settings/production.py", "Django docs: SECRET_KEY setting",
       fakes.django_secret_key(_seed()), '''
    from .base import *  # noqa: F401,F403

    DEBUG = False
    ALLOWED_HOSTS = ["book.lakeside-resort.example", "www.lakeside-resort.example"]

    SECRET_KEY = "@@S@@"

    DATABASES["default"].update({
        "HOST": "db.internal",
        "NAME": "booking",
        "USER": "booking",
        "PASSWORD": os.environ["DB_PASSWORD"],
    })

    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    ''')

secret("php/wordpress", "wp-config.php", "WordPress docs: wp-config.php database settings",
       human_pw("!#$%*"), '''
    <?php
    /** Hotel website (WordPress + booking widget) - production */
    define( 'DB_NAME', 'seaview_wp' );
    define( 'DB_USER', 'seaview_wp' );
    define( 'DB_PASSWORD', '@@S@@' );
    define( 'DB_HOST', 'mysql-01.internal' );
    define( 'DB_CHARSET', 'utf8mb4' );
    define( 'DB_COLLATE', '' );

    $table_prefix = 'svh_';

    define( 'WP_DEBUG', false );
    define( 'DISALLOW_FILE_EDIT', true );

    if ( ! defined( 'ABSPATH' ) ) {
        define( 'ABSPATH', __DIR__ . '/' );
    }
    require_once ABSPATH . 'wp-settings.php';
    ''')

secret("php/recaptcha", "booking/public/inquiry.php", "Google reCAPTCHA docs: verifying the user's response with the secret key",
       recaptcha_key(), '''
    <?php
    // Group & wedding inquiry form handler
    $recaptchaSecret = '@@S@@';

    if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
        http_response_code(405);
        exit;
    }

    $verify = file_get_contents('https://www.google.com/recaptcha/api/siteverify', false, stream_context_create([
        'http' => [
            'method' => 'POST',
            'header' => 'Content-type: application/x-www-form-urlencoded',
            'content' => http_build_query([
                'secret' => $recaptchaSecret,
                'response' => $_POST['g-recaptcha-response'] ?? '',
                'remoteip' => $_SERVER['REMOTE_ADDR'],
            ]),
        ],
    ]));
    $result = json_decode($verify, true);
    if (empty($result['success'])) {
        header('Location: /groups?error=captcha');
        exit;
    }
    require __DIR__ . '/../src/send_inquiry.php';
    ''')

secret("env/laravel", "guest-portal/.env", "Laravel docs: APP_KEY (base64: encryption key) in .env",
       "base64:" + b64_bytes(32), '''
    APP_NAME="Marina Guest Portal"
    APP_ENV=production
    APP_KEY=@@S@@
    APP_DEBUG=false
    APP_URL=https://guest.marina-hotels.example

    LOG_CHANNEL=stack

    DB_CONNECTION=mysql
    DB_HOST=10.0.4.12
    DB_PORT=3306
    DB_DATABASE=guest_portal
    DB_USERNAME=guest_portal
    DB_PASSWORD=

    QUEUE_CONNECTION=redis
    ''')

secret("js/jwt", "guest-app-api/src/config.js", "jsonwebtoken README: jwt.sign(payload, secretOrPrivateKey)",
       rand_pw(48, "_-"), '''
    // Guest mobile app API configuration
    module.exports = {
      port: process.env.PORT || 3000,
      mongoUrl: process.env.MONGO_URL,
      jwt: {
        secret: "@@S@@",
        expiresIn: "12h",
        issuer: "guest-app.rooftop-hotels.example",
      },
      mobileKey: {
        provider: "vostio",
        enabled: true,
      },
      cors: ["https://guest.rooftop-hotels.example"],
    };
    ''')

secret("js/mongodb", "guest-app-api/scripts/migrate-profiles.js", "MongoDB docs: connection string URI format",
       url_pw(), '''
    // One-off: copy guest preferences from the old app DB into the new profiles collection.
    const { MongoClient } = require("mongodb");

    const SOURCE = "mongodb+srv://profiles_admin:@@S@@@guestapp-prod.x7k2p.mongodb.net/guestapp?retryWrites=true&w=majority";

    (async () => {
      const client = await MongoClient.connect(SOURCE);
      const db = client.db("guestapp");
      const cursor = db.collection("guests").find({ "prefs.pillow": { $exists: true } });
      let n = 0;
      for await (const g of cursor) {
        await db.collection("profiles").updateOne(
          { guestId: g._id },
          { $set: { pillow: g.prefs.pillow, floor: g.prefs.floor } },
          { upsert: true }
        );
        n += 1;
      }
      console.log(`migrated ${n} guests`);
      await client.close();
    })();
    ''')

secret("ruby/rails-db", "config/database.yml", "Rails guides: configuring a database (config/database.yml)",
       human_pw("!#$%"), '''
    default: &default
      adapter: postgresql
      encoding: unicode
      pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

    development:
      <<: *default
      database: concierge_development

    test:
      <<: *default
      database: concierge_test

    production:
      <<: *default
      database: concierge_production
      host: pg-prod.concierge.internal
      username: concierge
      password: "@@S@@"
    ''')

secret("csharp/azure-storage", "src/IdScan.Functions/StorageSettings.cs", "Azure Storage docs: connection string with AccountKey",
       b64_bytes(64), '''
    namespace Harbour.IdScan.Functions
    {
        // Passport/ID scans from the front-desk scanners are stored for 30 days (GDPR policy).
        internal static class StorageSettings
        {
            public const string ContainerName = "guest-id-scans";

            public const string ConnectionString =
                "DefaultEndpointsProtocol=https;AccountName=harbouridscans;" +
                "AccountKey=@@S@@;" +
                "EndpointSuffix=core.windows.net";

            public const int RetentionDays = 30;
        }
    }
    ''')

# ---------------------------------------------------------------- guest messaging and alerts
secret("python/twilio", "messaging/sms.py", "Twilio Python helper library docs: Client(account_sid, auth_token)",
       hexs(32), '''
    """Pre-arrival and room-ready SMS to guests."""
    from twilio.rest import Client

    ACCOUNT_SID = "@@SID@@"
    AUTH_TOKEN = "@@S@@"
    FROM_NUMBER = "+13055550142"

    client = Client(ACCOUNT_SID, AUTH_TOKEN)


    def room_ready(guest_phone: str, first_name: str, room: str) -> str:
        message = client.messages.create(
            to=guest_phone,
            from_=FROM_NUMBER,
            body=f"Hi {first_name}, your room {room} is ready. Your mobile key is in the app.",
        )
        return message.sid
    ''', SID=twilio_sid())

secret("js/sendgrid", "notifications/src/mailer.js", "SendGrid Node.js library docs: sgMail.setApiKey",
       sendgrid_key(), '''
    const sgMail = require("@sendgrid/mail");

    sgMail.setApiKey("@@S@@");

    const TEMPLATES = {
      confirmation: "d-3f1c9e0a2b7d4e5f8a6b1c2d3e4f5a6b",
      preArrival: "d-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
      invoice: "d-1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
    };

    async function sendConfirmation(reservation) {
      await sgMail.send({
        to: reservation.guest.email,
        from: { email: "reservations@skyline-hotels.example", name: "Skyline Hotels" },
        templateId: TEMPLATES.confirmation,
        dynamicTemplateData: { confirmation: reservation.confirmationNumber, arrival: reservation.arrival },
      });
    }

    module.exports = { sendConfirmation };
    ''')

secret("shell/slack-webhook", "ops/night_audit_check.sh", "Slack docs: incoming webhooks (hooks.slack.com/services/...)",
       slack_webhook(), r'''
    #!/bin/sh
    # Alerts #night-audit when the OPERA end-of-day has not finished by 05:00.
    WEBHOOK="@@S@@"
    STATUS_FILE=/var/lib/opera-monitor/eod_status

    if ! grep -q "COMPLETED $(date +%F)" "$STATUS_FILE" 2>/dev/null; then
      curl -s -X POST -H 'Content-type: application/json' \
        --data "{\"text\":\":warning: End of day not completed at $(hostname) ($(date +%H:%M))\"}" \
        "$WEBHOOK"
    fi
    ''')

secret("powershell/teams-webhook", "ops/Notify-LockServer.ps1", "Microsoft Teams docs: incoming webhooks (webhook.office.com)",
       teams_webhook(), '''
    # Posts to the "Front Office IT" Teams channel when the lock server service stops.
    $webhookUrl = "@@S@@"
    $service = Get-Service -Name "VisionlineServer" -ErrorAction SilentlyContinue

    if ($null -eq $service -or $service.Status -ne "Running") {
        $body = @{
            "@type"    = "MessageCard"
            "@context" = "https://schema.org/extensions"
            summary    = "Visionline down"
            text       = "Visionline service is not running on $env:COMPUTERNAME. Key encoding at reception will fail."
        } | ConvertTo-Json
        Invoke-RestMethod -Method Post -Uri $webhookUrl -Body $body -ContentType "application/json"
    }
    ''')

secret("python/telegram", "housekeeping/bot.py", "python-telegram-bot docs: ApplicationBuilder().token(...)",
       fakes.telegram_token(_seed()), '''
    """Housekeeping supervisors' bot: /dirty, /clean, /inspect <room>."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

    from housekeeping.pms import set_room_status

    BOT_TOKEN = "@@S@@"


    async def clean(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        room = context.args[0]
        set_room_status(room, "CL")
        await update.message.reply_text(f"Room {room} marked clean")


    async def inspect(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        room = context.args[0]
        set_room_status(room, "IP")
        await update.message.reply_text(f"Room {room} marked inspected")


    app = ApplicationBuilder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("clean", clean))
    app.add_handler(CommandHandler("inspect", inspect))

    if __name__ == "__main__":
        app.run_polling()
    ''')

secret("env/openai", "concierge-bot/.env", "OpenAI API docs: API keys (sk-proj-)",
       fakes.openai_key(_seed()), '''
    # AI concierge (website chat + WhatsApp)
    OPENAI_API_KEY=@@S@@
    OPENAI_MODEL=gpt-4o-mini
    KNOWLEDGE_BASE_DIR=./kb/seaview
    MAX_TOKENS=600
    HANDOFF_EMAIL=frontdesk@seaview-hotel.example
    ''')

secret("yaml/whatsapp", "concierge-bot/config/whatsapp.yaml", "Meta WhatsApp Cloud API docs: system user access token (Bearer)",
       meta_token(), '''
    whatsapp:
      api_version: v19.0
      phone_number_id: "104857392810334"
      business_account_id: "118273645091827"
      access_token: @@S@@
      verify_token_env: WA_VERIFY_TOKEN
      templates:
        pre_arrival: pre_arrival_v3
        checkout_thanks: checkout_thanks_v1
      languages: [en, es, pt_BR]
    ''')

secret("ruby/mailgun", "app/services/folio_mailer.rb", "Mailgun Ruby SDK docs: Mailgun::Client.new(api_key)",
       "key-" + hexs(32), '''
    require "mailgun-ruby"

    # Sends the final folio PDF at checkout.
    class FolioMailer
      DOMAIN = "mg.alpina-lodge.example".freeze

      def initialize
        @client = Mailgun::Client.new("@@S@@", "api.eu.mailgun.net")
      end

      def deliver(reservation, pdf_path)
        message = Mailgun::MessageBuilder.new
        message.from("Alpina Lodge <frontdesk@alpina-lodge.example>")
        message.add_recipient(:to, reservation.guest_email)
        message.subject("Your invoice - #{reservation.confirmation}")
        message.body_text("Thank you for staying with us.")
        message.add_attachment(pdf_path, "folio.pdf")
        @client.send_message(DOMAIN, message)
      end
    end
    ''')

secret("json/mailchimp", "marketing/sync-config.json", "Mailchimp Marketing API docs: API key with data center suffix",
       mailchimp_key(), '''
    {
      "source": "opera-profiles",
      "mailchimp": {
        "apiKey": "@@S@@",
        "server": "us14",
        "audienceId": "a1b2c3d4e5",
        "tags": ["stayed-2024", "loyalty"]
      },
      "consentField": "MARKETING_OPT_IN",
      "batchSize": 500
    }
    ''')

secret("yaml/pagerduty", "monitoring/alertmanager.yml", "Prometheus Alertmanager docs: pagerduty_config routing_key",
       hexs(32), '''
    route:
      receiver: hotel-it-slack
      group_by: [alertname, property]
      routes:
        - matchers: [severity="critical"]
          receiver: hotel-it-pagerduty

    receivers:
      - name: hotel-it-slack
        slack_configs:
          - api_url_file: /etc/alertmanager/slack_url
            channel: "#hotel-it"
      - name: hotel-it-pagerduty
        pagerduty_configs:
          - routing_key: @@S@@
            severity: critical
            description: '{{ .CommonAnnotations.summary }}'
    ''')


# ---------------------------------------------------------------- door locks and mobile keys
secret("yaml/salto-ks", "config/salto_ks.yaml", "SALTO KS Connect API docs: OAuth2 client credentials (clp-accept-identity.my-clay.com)",
       alnum(40, "-_"), '''
    salto_ks:
      identity_url: https://clp-accept-identity.my-clay.com/connect/token
      api_url: https://clp-public-api.my-clay.com/v1.1
      client_id: 6e1f2a3b-rooftop-pms
      client_secret: "@@S@@"
      scope: user_api.full_access
      site_id: 8c0f7f7a-52e1-4a62-9d2a-0b7e5c3f9a11
      access_groups:
        guests: "Guests - Rooftop Berlin"
        staff_housekeeping: "Housekeeping"
      key_validity_hours_after_checkout: 2
    ''')

secret("ini/visionline", "lock_bridge/visionline.ini", "ASSA ABLOY Visionline integration guide: web services user credentials",
       human_pw("!#$*"), '''
    [visionline]
    ; Visionline server on the lock PC in the back office
    host = https://10.10.5.20:443
    verify_tls = false
    username = pms_interface
    password = @@S@@
    encoder_frontdesk_1 = Encoder 1 (Reception)
    encoder_frontdesk_2 = Encoder 2 (Reception)

    [pms]
    provider = mews
    room_map = room_map.csv
    default_checkout = 11:00
    ''')

secret("json/ambiance", "integrations/dormakaba/ambiance.json", "dormakaba ambiance API docs: REST login (username/password) for PMS interface",
       human_pw("!#%*"), '''
    {
      "ambiance": {
        "baseUrl": "https://ambiance.lakeside.local/api/v1",
        "siteName": "Lakeside Resort",
        "auth": {
          "username": "pmsbridge",
          "password": "@@S@@"
        },
        "encoders": ["FRONTDESK-01", "FRONTDESK-02", "CONCIERGE-01"],
        "defaultKeyCount": 2
      },
      "pms": {
        "type": "opera-fias",
        "host": "10.20.1.40",
        "port": 5010
      }
    }
    ''')

secret("csharp/saflok", "SaflokBridge/App.config", "Microsoft docs: App.config connectionStrings (SQL Server user id and password)",
       human_pw("!#$%"), r'''
    <?xml version="1.0" encoding="utf-8" ?>
    <configuration>
      <startup>
        <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
      </startup>
      <connectionStrings>
        <add name="SaflokDb" connectionString="Server=LOCKSRV\SQLEXPRESS;Database=Saflok;User Id=saflok_pms;Password=@@S@@;" providerName="System.Data.SqlClient" />
      </connectionStrings>
      <appSettings>
        <add key="EncoderPort" value="COM3" />
        <add key="SiteNumber" value="0042" />
        <add key="MaxKeysPerRoom" value="4" />
      </appSettings>
    </configuration>
    ''')

secret("python/vostio", "mobile_keys/vostio.py", "ASSA ABLOY Vostio/Mobile Access API docs: API credentials for key issuance",
       alnum(32), '''
    """Issue and revoke mobile keys through Vostio when a guest checks in online."""
    import requests

    VOSTIO_URL = "https://api.vostio.example-assaabloy.com/v2"
    VOSTIO_PROPERTY = "SKY-NYC"
    VOSTIO_API_USER = "skyline-pms"
    VOSTIO_API_PASSWORD = "@@S@@"


    def _session():
        s = requests.Session()
        s.auth = (VOSTIO_API_USER, VOSTIO_API_PASSWORD)
        s.headers["Accept"] = "application/json"
        return s


    def issue_key(room, guest_email, checkin, checkout):
        payload = {"room": room, "endpoint": {"email": guest_email}, "from": checkin, "to": checkout}
        resp = _session().post(f"{VOSTIO_URL}/properties/{VOSTIO_PROPERTY}/keys", json=payload, timeout=20)
        resp.raise_for_status()
        return resp.json()["keyId"]
    ''')

secret("properties/salto-space", "salto-connector/config/salto.properties", "SALTO Space SHIP (Salto Hotel Interface Protocol) docs: TCP interface settings",
       rand_pw(12), '''
    # SALTO Space SHIP interface
    salto.ship.host=192.168.30.10
    salto.ship.port=8090
    salto.ship.encoder.reception=ENC01
    salto.ship.encoder.backoffice=ENC02
    # operator used by the interface to log in to ProAccess Space
    salto.space.operator=PMS_IFC
    salto.space.operator.password=@@S@@
    salto.space.db.url=jdbc:sqlserver://192.168.30.10:1433;databaseName=SALTO_SPACE
    ''')

_onity = human_pw("!#$")
secret("batch/onity", "tools/onity/export_audit.bat", "Windows cmd reference: net use with /user and password",
       _onity, r'''
    @echo off
    REM Copies the Onity lock audit trail files to the security share every night.
    set SRC=C:\Onity\HT24\Audit
    set DST=\\SECSRV01\LockAudit\%COMPUTERNAME%

    net use \\SECSRV01\LockAudit /user:HOTEL\svc_lockaudit @@S@@ /persistent:no
    if errorlevel 1 goto fail

    robocopy "%SRC%" "%DST%" *.aud /MAXAGE:2 /R:2 /W:5 /NP
    net use \\SECSRV01\LockAudit /delete
    exit /b 0

    :fail
    echo Could not connect to the security share >> C:\Onity\export_audit.log
    exit /b 1
    ''')

_apns = pem("", 3)
secret("yaml/apns-key", "mobile-key-app/fastlane/apns.yml", "Apple docs: token-based connection to APNs (.p8 signing key)",
       _apns, '''
    # Push for "your mobile key is ready" notifications
    apns:
      team_id: 7QK2M9X4LP
      key_id: 9JD3H8S2KQ
      bundle_id: com.rooftophotels.guestapp
      production: true
      key: |
    @@K@@
    retry:
      attempts: 3
    ''', K=indent(_apns, 4))

_sa_key = pem("", 14)
_sa_escaped = _sa_key.replace("\n", "\\n") + "\\n"
secret("json/gcp-service-account", "mobile-key-app/functions/service-account.json", "Google Cloud docs: service account key file (JSON)",
       _sa_escaped, json.dumps({
           "type": "service_account",
           "project_id": "rooftop-guest-app",
           "private_key_id": "PKID",
           "private_key": "PLACEHOLDER",
           "client_email": "firebase-adminsdk-x91kq@rooftop-guest-app.iam.gserviceaccount.com",
           "client_id": "104729384756102938475",
           "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x91kq%40rooftop-guest-app.iam.gserviceaccount.com",
           "universe_domain": "googleapis.com",
       }, indent=2).replace("PKID", "@@PKID@@").replace("PLACEHOLDER", "@@S@@"), PKID=hexs(40))


# ---------------------------------------------------------------- F&B: bar and restaurant POS
secret("yaml/simphony", "fnb/config/simphony.yaml", "Oracle Simphony Transaction Services Gen2 docs: OpenID client credentials",
       alnum(40), '''
    simphony:
      # Simphony Cloud - Lakeside Resort (org LKS)
      auth_url: https://simphony-home.us.oraclecloud.com/oidc-provider/v1/oauth2/token
      sts_url: https://simphony-sts.us.oraclecloud.com/api/v1
      org_short_name: LKS
      client_id: TEtTLmZhOGI3N2Rk
      client_secret: @@S@@
      username: fnb_integration
      locations:
        - ref: "1001"
          name: Lobby Bar
        - ref: "1002"
          name: Pool Grill
      revenue_center_map: rvc_map.csv
    ''')

secret("env/toast", "fnb/rooftop-bar/.env", "Toast developer docs: standard API access (clientId, clientSecret)",
       alnum(64, "-_"), '''
    # Rooftop bar - Toast export to the PMS (room charges)
    TOAST_API_HOSTNAME=https://ws-api.toasttab.com
    TOAST_CLIENT_ID=Fk2r9Qm1xWp7LcT3aYbZ8vHn0jDs4eUg
    TOAST_CLIENT_SECRET="@@S@@"
    TOAST_RESTAURANT_GUID=6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b
    PMS_POSTING_URL=http://pms-gw.local:8080/postings
    ''')

secret("python/lightspeed", "fnb/lightspeed_sync.py", "Lightspeed Restaurant K-Series API docs: OAuth2 client secret",
       alnum(32), '''
    import requests

    TOKEN_URL = "https://api.lsk.lightspeed.app/oauth/token"
    CLIENT_ID = "marina-pms-bridge"
    CLIENT_SECRET = "@@S@@"
    BUSINESS_LOCATION_ID = 45298173


    def refresh(refresh_token: str) -> dict:
        resp = requests.post(
            TOKEN_URL,
            data={"grant_type": "refresh_token", "refresh_token": refresh_token},
            auth=(CLIENT_ID, CLIENT_SECRET),
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()


    def daily_receipts(token: str, date: str) -> list:
        url = f"https://api.lsk.lightspeed.app/f/v2/business-location/{BUSINESS_LOCATION_ID}/sales"
        resp = requests.get(url, params={"date": date}, headers={"Authorization": f"Bearer {token}"}, timeout=30)
        return resp.json().get("sales", [])
    ''')

secret("js/square", "fnb/pool-bar/square-client.js", "Square Node.js SDK docs: Client({ accessToken, environment })",
       square_token(), '''
    const { Client, Environment } = require("square");

    // Pool bar terminals -> room charge export
    const client = new Client({
      accessToken: "@@S@@",
      environment: Environment.Production,
    });

    async function todaysPayments(locationId) {
      const begin = new Date();
      begin.setHours(0, 0, 0, 0);
      const { result } = await client.paymentsApi.listPayments(begin.toISOString(), undefined, undefined, undefined, locationId);
      return result.payments || [];
    }

    module.exports = { todaysPayments };
    ''')

secret("ini/micros-res", "fnb/micros3700/ifc.ini", "Oracle MICROS RES 3700 / PMS interface configuration (SQL Anywhere DSN)",
       human_pw("!#"), r'''
    [Database]
    DSN=micros
    UID=custom
    PWD=@@S@@

    [PMS]
    ; posting interface to OPERA via IFC8
    Host=10.20.1.40
    Port=5015
    Outlet=LOBBYBAR
    TenderMedia=ROOM CHARGE

    [Log]
    Path=C:\MICROS\Res\Pos\Etc\ifc.log
    Level=2
    ''')

secret("vba/pos-export", "fnb/reports/DailyCovers.bas", "Microsoft docs: ADODB.Connection with an ODBC/OLE DB connection string",
       human_pw("!#$"), '''
    Attribute VB_Name = "DailyCovers"
    Option Explicit

    ' Pulls covers and revenue per outlet from the POS database into the F&B sheet.
    Public Sub RefreshCovers()
        Dim cn As Object, rs As Object
        Set cn = CreateObject("ADODB.Connection")
        cn.Open "Provider=SQLOLEDB;Data Source=POSSQL01;Initial Catalog=POSReports;" & _
                "User ID=fnb_reader;Password=@@S@@;"
        Set rs = cn.Execute("SELECT outlet, covers, net_revenue FROM daily_outlet WHERE business_date = CAST(GETDATE()-1 AS date)")
        Sheets("Covers").Range("A2").CopyFromRecordset rs
        rs.Close
        cn.Close
    End Sub
    ''')

# ---------------------------------------------------------------- guest Wi-Fi
secret("freeradius/clients", "wifi/freeradius/clients.conf", "FreeRADIUS docs: clients.conf (client { ipaddr, secret })",
       rand_pw(24), '''
    # Guest Wi-Fi - access points and the captive portal gateway
    client guest-gateway {
        ipaddr = 10.50.0.1
        secret = @@S@@
        shortname = nomadix-ag5900
        nas_type = other
    }

    client aruba-controller {
        ipaddr = 10.50.0.2
        secret = $ENV{ARUBA_RADIUS_SECRET}
        shortname = aruba-7010
    }
    ''')

secret("routeros/hotspot", "wifi/mikrotik/hotspot-export.rsc", "MikroTik RouterOS docs: /radius add secret=, /ip hotspot profile",
       rand_pw(18), '''
    # jan/12/2024 10:22:41 by RouterOS 6.49.10
    # model = CCR1036-8G-2S+
    /ip hotspot profile
    add dns-name=wifi.palmtree-resorts.example hotspot-address=10.60.0.1 login-by=http-chap,http-pap \\
        name=guest-portal use-radius=yes
    /ip hotspot
    add address-pool=guest-pool disabled=no interface=vlan60-guest name=guest-hotspot profile=guest-portal
    /radius
    add address=10.1.1.20 secret=@@S@@ service=hotspot timeout=3s
    /ip hotspot walled-garden
    add dst-host=*.palmtree-resorts.example
    add dst-host=*.stripe.com
    ''')

secret("cisco/radius-key", "wifi/cisco/wlc-guest.cfg", "Cisco IOS XE docs: radius server ... key 0 (clear text key)",
       rand_pw(16, "!#"), '''
    ! Catalyst 9800 WLC - guest WLAN with external captive portal
    aaa new-model
    !
    radius server GUEST-PORTAL
     address ipv4 10.50.1.10 auth-port 1812 acct-port 1813
     key 0 @@S@@
    !
    aaa group server radius GUEST-RAD
     server name GUEST-PORTAL
    !
    aaa authentication login GUEST-WEBAUTH group GUEST-RAD
    !
    wlan SKYLINE-GUEST 10 SKYLINE-GUEST
     no security wpa
     security web-auth
     security web-auth authentication-list GUEST-WEBAUTH
     no shutdown
    ''')

secret("hostapd/wpa-psk", "wifi/staff/hostapd.conf", "hostapd.conf reference: wpa_passphrase",
       human_pw("!#$"), '''
    # Back-office SSID (housekeeping tablets, minibar scanners)
    interface=wlan0
    driver=nl80211
    ssid=HOTEL-STAFF
    hw_mode=g
    channel=6
    wmm_enabled=1
    auth_algs=1
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    wpa_passphrase=@@S@@
    ''')

secret("json/unifi-gateway", "wifi/unifi/config.gateway.json", "Ubiquiti UniFi docs: config.gateway.json advanced configuration",
       rand_pw(20), '''
    {
      "service": {
        "dhcp-server": {
          "shared-network-name": {
            "net_Guest_eth1_10.70.0.0-16": { "authoritative": "enable" }
          }
        }
      },
      "system": {
        "login": {
          "user": {
            "portal-api": {
              "authentication": { "plaintext-password": "@@S@@" },
              "level": "operator"
            }
          }
        }
      }
    }
    ''')

secret("python/meraki", "wifi/meraki/guest_splash_report.py", "Cisco Meraki Dashboard API docs: X-Cisco-Meraki-API-Key / DashboardAPI(api_key)",
       hexs(40), '''
    """Weekly guest Wi-Fi usage per property from the Meraki dashboard."""
    import csv
    import sys

    import meraki

    API_KEY = "@@S@@"
    ORG_ID = "549236"

    dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)

    writer = csv.writer(sys.stdout)
    writer.writerow(["network", "clients", "usage_mb"])
    for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
        if "guest" not in net["tags"]:
            continue
        clients = dashboard.networks.getNetworkClients(net["id"], timespan=7 * 86400, perPage=1000)
        usage = sum(c["usage"]["recv"] + c["usage"]["sent"] for c in clients) / 1024
        writer.writerow([net["name"], len(clients), round(usage)])
    ''')

secret("xml/nomadix", "wifi/nomadix/ag5900-backup.xml", "Nomadix Access Gateway docs: XML API / configuration export",
       human_pw("!#%"), '''
    <?xml version="1.0" encoding="UTF-8"?>
    <NomadixConfig model="AG5900" firmware="8.14.012">
      <System>
        <SiteName>Skyline NYC Guest HSIA</SiteName>
        <AdminUser name="admin" password="@@S@@" />
      </System>
      <Subscriber>
        <PMSInterface type="FIAS" host="10.20.1.40" port="5012" postCharges="true" />
        <PortalPage url="https://wifi.skyline-hotels.example/portal" />
      </Subscriber>
      <Bandwidth>
        <Plan name="Free" up="2048" down="5120" />
        <Plan name="Premium" up="10240" down="51200" price="9.95" />
      </Bandwidth>
    </NomadixConfig>
    ''')

secret("yaml/snmp", "monitoring/zabbix/wifi-gateways.yaml", "Zabbix docs: SNMP interfaces; SNMPv2 community string",
       rand_pw(14), '''
    zabbix_export:
      version: "6.4"
      hosts:
        - host: guest-gw-lakeside
          name: Guest gateway Lakeside
          templates:
            - name: Nomadix AG by SNMP
          interfaces:
            - type: SNMP
              ip: 10.50.0.1
              port: "161"
              details:
                version: SNMPV2
                community: "@@S@@"
          groups:
            - name: Guest Wi-Fi
    ''')

secret("python/mqtt", "room_controls/thermostat_bridge.py", "Eclipse Paho Python client docs: username_pw_set",
       url_pw(), '''
    """Bridges in-room thermostats (MQTT) to the PMS room status (unsold rooms go to eco mode)."""
    import json

    import paho.mqtt.client as mqtt

    BROKER = "mqtt.rooftop.local"
    USER = "pms-bridge"
    PASSWORD = "@@S@@"


    def on_message(client, userdata, msg):
        data = json.loads(msg.payload)
        print(msg.topic, data.get("setpoint"))


    client = mqtt.Client(client_id="pms-bridge")
    client.username_pw_set(USER, PASSWORD)
    client.on_message = on_message
    client.connect(BROKER, 1883)
    client.subscribe("rooms/+/thermostat")
    client.loop_forever()
    ''')


# ---------------------------------------------------------------- platform, CI and tooling of the hotel IT teams
_aws_id = fakes.aws_key_id(_seed())
secret("ini/aws-credentials", "deploy/night-audit-uploader/aws-credentials", "AWS CLI docs: the shared credentials file (aws_access_key_id, aws_secret_access_key)",
       fakes.aws_secret_key(_seed()), '''
    # uploader on the NA workstation copies reports to s3://riviera-night-audit
    [default]
    region = eu-west-3

    [night-audit]
    aws_access_key_id = @@ID@@
    aws_secret_access_key = @@S@@
    region = eu-west-3
    output = json
    ''', ID=_aws_id)

secret("npmrc/github", "guest-app/.npmrc", "GitHub Packages docs: authenticating with a personal access token in .npmrc",
       fakes.github_token(_seed()), '''
    @rooftop-hotels:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=@@S@@
    always-auth=true
    engine-strict=true
    save-exact=true
    ''')

secret("pip-conf/gitlab", "deploy/pip.conf", "GitLab docs: PyPI packages in the package registry (index-url with a token)",
       fakes.fake("glpat-", 20, _seed()), '''
    [global]
    timeout = 60
    index-url = https://pypi.org/simple
    extra-index-url = https://__token__:@@S@@@gitlab.marina-hotels.example/api/v4/projects/118/packages/pypi/simple
    trusted-host = gitlab.marina-hotels.example
    ''')

secret("pypirc/pypi", "tools/pms-clients/.pypirc", "Python Packaging User Guide: the .pypirc file",
       fakes.pypi_token(_seed()), '''
    [distutils]
    index-servers =
        pypi
        internal

    [pypi]
    username = __token__
    password = @@S@@

    [internal]
    repository = https://nexus.lakeside.local/repository/pypi-internal/
    username = deploy
    ''')

_reg_auth = b64("ci-push:" + rand_pw(20))
secret("docker-config/registry", "ci/docker/config.json", "Docker CLI docs: config.json auths entry (base64 user:password)",
       _reg_auth, '''
    {
      "auths": {
        "registry.skyline-hotels.example": {
          "auth": "@@S@@"
        },
        "ghcr.io": {}
      },
      "credsStore": "",
      "HttpHeaders": {
        "User-Agent": "Docker-Client/24.0.7 (linux)"
      }
    }
    ''')

secret("ansible/winrm", "ansible/inventories/lakeside/hosts.ini", "Ansible docs: Windows Remote Management connection variables (ansible_password)",
       human_pw("!#$%"), r'''
    [pos_terminals]
    pos-lobbybar-01 ansible_host=10.30.2.11
    pos-lobbybar-02 ansible_host=10.30.2.12
    pos-poolgrill-01 ansible_host=10.30.2.21

    [pos_terminals:vars]
    ansible_connection=winrm
    ansible_winrm_transport=ntlm
    ansible_winrm_server_cert_validation=ignore
    ansible_user=LAKESIDE\svc_posdeploy
    ansible_password=@@S@@
    ''')

_sftp_key = pem("OPENSSH", 8)
secret("ansible/ssh-key", "ansible/group_vars/rms_exporters.yml", "Ansible docs: group_vars; OpenSSH private key format",
       _sftp_key, '''
    ---
    rms_export_user: rmsexport
    rms_sftp_host: sftp.ideas.com
    rms_sftp_port: 22
    rms_sftp_remote_dir: /inbound/KRLON
    rms_sftp_private_key: |
    @@K@@
    rms_export_schedule: "30 3 * * *"
    ''', K=indent(_sftp_key, 2))

secret("jenkinsfile/sshpass", "Jenkinsfile", "Jenkins docs: declarative pipeline; sshpass(1) -p",
       human_pw("!#%"), '''
    pipeline {
        agent any
        environment {
            TARGET = "kiosk-app01.skyline.local"
        }
        stages {
            stage('Build') {
                steps {
                    sh 'npm ci && npm run build'
                }
            }
            stage('Deploy kiosk UI') {
                steps {
                    sh "sshpass -p '@@S@@' scp -o StrictHostKeyChecking=no -r dist/* deploy@${TARGET}:/srv/kiosk/"
                    sh "sshpass -p '@@S@@' ssh deploy@${TARGET} 'sudo systemctl restart kiosk'"
                }
            }
        }
    }
    ''')

secret("bitbucket/ftp", "bitbucket-pipelines.yml", "Bitbucket Pipelines docs: bitbucket-pipelines.yml; lftp mirror -R",
       human_pw("!#%*"), '''
    image: node:20

    pipelines:
      branches:
        main:
          - step:
              name: Build hotel website
              caches: [node]
              script:
                - npm ci
                - npm run build
              artifacts: [public/**]
          - step:
              name: Deploy to shared hosting
              script:
                - apt-get update && apt-get install -y lftp
                - lftp -u "alpinalodge,@@S@@" -e "set ssl:verify-certificate no; mirror -R public/ /httpdocs/; quit" ftp.alpina-lodge.example
    ''')

secret("makefile/mysql", "Makefile", "GNU make manual; mysql(1) client --password",
       rand_pw(16), '''
    DB_HOST ?= 127.0.0.1
    DB_USER ?= booking
    DB_PASS ?= @@S@@
    DB_NAME ?= booking

    .PHONY: test migrate seed-rates

    test:
    	pytest -q

    migrate:
    	alembic upgrade head

    seed-rates:
    	mysql -h $(DB_HOST) -u $(DB_USER) -p$(DB_PASS) $(DB_NAME) < db/seed/rate_plans.sql
    ''')

secret("redis-conf/requirepass", "deploy/redis/redis.conf", "Redis docs: redis.conf requirepass",
       fakes.redis_password(_seed()), '''
    # Session cache for the booking engine
    bind 0.0.0.0
    protected-mode yes
    port 6379
    maxmemory 512mb
    maxmemory-policy allkeys-lru
    requirepass @@S@@
    appendonly no
    save ""
    ''')

secret("python/rabbitmq", "channel_manager/events.py", "pika docs: URLParameters with an amqp(s) URL",
       url_pw(), '''
    """Publishes ARI (availability, rates, inventory) changes to the channel manager queue."""
    import json

    import pika

    AMQP_URL = "amqps://ari_publisher:@@S@@@rabbit.marina.internal:5671/%2Fari"
    EXCHANGE = "ari.changes"

    _params = pika.URLParameters(AMQP_URL)


    def publish(change: dict) -> None:
        connection = pika.BlockingConnection(_params)
        channel = connection.channel()
        channel.exchange_declare(EXCHANGE, exchange_type="topic", durable=True)
        channel.basic_publish(EXCHANGE, f"ari.{change['hotel']}.{change['type']}", json.dumps(change))
        connection.close()
    ''')

secret("spring-yaml/kafka", "reservation-events/src/main/resources/application.yml", "Spring for Apache Kafka docs: SASL/PLAIN sasl.jaas.config",
       rand_pw(32, "+/"), '''
    spring:
      application:
        name: reservation-events
      kafka:
        bootstrap-servers: pkc-4r297.europe-west1.gcp.confluent.cloud:9092
        properties:
          security.protocol: SASL_SSL
          sasl.mechanism: PLAIN
          sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="Q4KZ7JX2MWDR5PNA" password="@@S@@";
        consumer:
          group-id: housekeeping-planner
          auto-offset-reset: earliest
    app:
      topics:
        reservations: pms.reservations.v2
    ''')

secret("properties/kafka", "stream-jobs/config/client.properties", "Confluent docs: Java client configuration for SASL/PLAIN",
       rand_pw(32, "+/"), '''
    # Confluent Cloud - revenue streaming jobs
    bootstrap.servers=pkc-4r297.europe-west1.gcp.confluent.cloud:9092
    security.protocol=SASL_SSL
    sasl.mechanism=PLAIN
    sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
        username="7YB3NQ2LKRXW9EHA" \\
        password="@@S@@";
    client.dns.lookup=use_all_dns_ips
    session.timeout.ms=45000
    acks=all
    ''')

secret("logstash/elasticsearch", "logging/logstash/pipeline/pms-interfaces.conf", "Logstash docs: elasticsearch output (user, password)",
       human_pw("!#%*"), '''
    input {
      file {
        path => "/var/log/ifc8/*.log"
        start_position => "beginning"
        tags => ["ifc8", "fias"]
      }
    }

    filter {
      grok {
        match => { "message" => "%{TIMESTAMP_ISO8601:ts} %{WORD:direction} %{GREEDYDATA:record}" }
      }
    }

    output {
      elasticsearch {
        hosts => ["https://es01.riviera.local:9200"]
        index => "pms-interfaces-%{+YYYY.MM.dd}"
        user => "logstash_writer"
        password => "@@S@@"
        ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
      }
    }
    ''')

secret("grafana/datasource", "monitoring/grafana/provisioning/datasources/opera.yaml", "Grafana docs: provisioning data sources (secureJsonData)",
       human_pw("!#$"), '''
    apiVersion: 1

    datasources:
      - name: OPERA occupancy (MySQL replica)
        type: mysql
        url: opera-stats.riviera.local:3306
        database: opera_stats
        user: grafana
        jsonData:
          maxOpenConns: 5
        secureJsonData:
          password: "@@S@@"
        editable: false
    ''')

secret("json/keycloak", "sso/realm-export/staff-realm.json", "Keycloak docs: realm export (clients[].secret)",
       alnum(32), '''
    {
      "realm": "hotel-staff",
      "enabled": true,
      "sslRequired": "external",
      "clients": [
        {
          "clientId": "housekeeping-app",
          "enabled": true,
          "publicClient": false,
          "clientAuthenticatorType": "client-secret",
          "secret": "@@S@@",
          "redirectUris": ["https://hk.lakeside-resort.example/*"],
          "standardFlowEnabled": true,
          "serviceAccountsEnabled": false
        }
      ]
    }
    ''')

secret("python/okta", "iam/offboard_staff.py", "Okta API docs: SSWS API token authorization header",
       okta_token(), '''
    """Deactivates Okta accounts of seasonal staff whose contract ended (from the HR export)."""
    import csv
    import datetime

    import requests

    OKTA_ORG = "https://palmtree-resorts.okta.com"
    OKTA_TOKEN = "@@S@@"
    HEADERS = {"Authorization": f"SSWS {OKTA_TOKEN}", "Accept": "application/json"}


    def deactivate(login):
        user = requests.get(f"{OKTA_ORG}/api/v1/users/{login}", headers=HEADERS, timeout=20).json()
        requests.post(f"{OKTA_ORG}/api/v1/users/{user['id']}/lifecycle/deactivate", headers=HEADERS, timeout=20)


    with open("hr_export.csv") as fh:
        today = datetime.date.today().isoformat()
        for row in csv.DictReader(fh):
            if row["contract_end"] < today:
                deactivate(row["email"])
    ''')

secret("json/azure-ad", "src/FrontOffice.TeamsBot/appsettings.json", "Microsoft identity platform docs: client secret (AzureAd:ClientSecret)",
       azure_ad_secret(), '''
    {
      "MicrosoftAppType": "SingleTenant",
      "MicrosoftAppId": "3f2c9a71-5b8e-4d1a-9c07-2e6b4f8d1a30",
      "MicrosoftAppPassword": "@@S@@",
      "MicrosoftAppTenantId": "8d4b2e6f-1a3c-4e59-b7d0-6c2f9a1e5b84",
      "Pms": {
        "Provider": "OperaCloud",
        "HotelId": "SKYNYC"
      },
      "Logging": { "LogLevel": { "Default": "Information" } }
    }
    ''')

secret("yaml/datadog", "monitoring/datadog/datadog.yaml", "Datadog Agent docs: datadog.yaml api_key",
       hexs(32), '''
    api_key: @@S@@
    site: datadoghq.eu
    hostname: ifc-srv02.riviera.local
    tags:
      - property:riviera-nice
      - role:pms-interfaces
    logs_enabled: true
    process_config:
      process_collection:
        enabled: true
    ''')

secret("ini/sentryclirc", "guest-app/.sentryclirc", "Sentry CLI docs: configuration file (.sentryclirc [auth] token)",
       "sntryu_" + hexs(64), '''
    [defaults]
    url = https://sentry.io/
    org = rooftop-hotels
    project = guest-app-ios

    [auth]
    token = @@S@@
    ''')

secret("json/dotnet-secrets", "src/Skyline.Ohip/secrets.json", ".NET docs: Secret Manager secrets.json (committed by mistake)",
       alnum(36, "-_"), '''
    {
      "Ohip:ClientId": "SKY_Client",
      "Ohip:ClientSecret": "@@S@@",
      "Ohip:AppKey": "@@APPKEY@@",
      "Ohip:Username": "SKY_INTEGRATION",
      "Ohip:EnterpriseId": "SKY"
    }
    ''', APPKEY=uuid_s())

secret("go/mysql", "cmd/rateloader/main.go", "go-sql-driver/mysql docs: DSN user:password@tcp(host:port)/dbname",
       url_pw(), '''
    package main

    import (
    	"database/sql"
    	"log"

    	_ "github.com/go-sql-driver/mysql"
    )

    const dsn = "rateloader:@@S@@@tcp(mysql-rates.internal:3306)/channel_manager?parseTime=true"

    func main() {
    	db, err := sql.Open("mysql", dsn)
    	if err != nil {
    		log.Fatal(err)
    	}
    	defer db.Close()
    	if err := loadRates(db, "rates/bar_2025.csv"); err != nil {
    		log.Fatal(err)
    	}
    	log.Println("BAR rates loaded")
    }
    ''')

secret("k8s-secret/ohip", "deploy/k8s/ohip-secret.yaml", "Kubernetes docs: Secret stringData",
       human_pw("!#$%"), '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: ohip-integration-user
      namespace: opera-cloud
    type: Opaque
    stringData:
      OHIP_USERNAME: SKY_INTEGRATION
      OHIP_PASSWORD: "@@S@@"
      OHIP_ENTERPRISE_ID: SKY
    ''')

_pg_url = "postgresql://revenue:" + rand_pw(24) + "@pg-revenue.internal:5432/revenue"
secret("k8s-secret/postgres", "deploy/k8s/revenue-db-secret.yaml", "Kubernetes docs: Secret data (base64)",
       _pg_url, '''
    apiVersion: v1
    kind: Secret
    metadata:
      name: revenue-db
      namespace: revenue
      annotations:
        owner: revenue-analytics
    type: Opaque
    data:
      DATABASE_URL: @@E@@
    ''', E=b64(_pg_url))

secret("helm/postgresql", "charts/housekeeping/values.yaml", "Bitnami PostgreSQL Helm chart docs: auth.password",
       rand_pw(20), '''
    image:
      repository: registry.lakeside.local/housekeeping/api
      tag: 3.2.0

    service:
      type: ClusterIP
      port: 8080

    postgresql:
      enabled: true
      auth:
        username: housekeeping
        password: @@S@@
        database: housekeeping
      primary:
        persistence:
          size: 10Gi
    ''')

secret("terraform/tfvars", "infra/envs/prod/terraform.tfvars", "Terraform docs: variable definitions (.tfvars) files",
       human_pw("!#%*"), '''
    region             = "eu-central-1"
    environment        = "prod"
    vpc_cidr           = "10.80.0.0/16"
    opera_vpn_peer_ip  = "203.0.113.24"
    opera_db_username  = "ifc_cloud"
    opera_db_password  = "@@S@@"
    bastion_allowed    = ["198.51.100.0/24"]
    ''')

secret("github-actions/slack-bot", ".github/workflows/rate-parity.yml", "GitHub Actions docs: env in workflow; Slack bot tokens (xoxb-)",
       slack_bot(), '''
    name: rate-parity

    on:
      schedule:
        - cron: "0 6 * * *"
      workflow_dispatch:

    jobs:
      check:
        runs-on: ubuntu-latest
        env:
          SLACK_BOT_TOKEN: @@S@@
          SLACK_CHANNEL: "#revenue"
          RATESHOP_API_KEY: ${{ secrets.RATESHOP_API_KEY }}
        steps:
          - uses: actions/checkout@v4
          - uses: actions/setup-python@v5
            with:
              python-version: "3.12"
          - run: pip install -r requirements.txt
          - run: python -m parity.check --hotel PALM-MIA --notify slack
    ''')

secret("docker-compose/redis", "housekeeping/docker-compose.yml", "Redis docs: --requirepass on the command line; Compose command",
       fakes.redis_password(_seed()), '''
    version: "3.8"
    services:
      redis:
        image: redis:7.2
        command: ["redis-server", "--requirepass", "@@S@@", "--appendonly", "yes"]
        ports:
          - "6379:6379"
      worker:
        build: .
        environment:
          REDIS_HOST: redis
          REDIS_PASSWORD: ${REDIS_PASSWORD}
        depends_on:
          - redis
    ''')

secret("shell/heredoc", "deploy/bootstrap_rate_sync.sh", "bash manual: here documents",
       alnum(44), r'''
    #!/usr/bin/env bash
    # Bootstrap a new rate-sync VM for a property.
    set -e
    PROPERTY="${1:?property code}"

    mkdir -p /etc/rate-sync
    cat > /etc/rate-sync/apaleo.env <<EOF
    APALEO_CLIENT_ID=HRBR-AC-RATESYNC
    APALEO_CLIENT_SECRET=@@S@@
    APALEO_PROPERTY=${PROPERTY}
    EOF
    chmod 600 /etc/rate-sync/apaleo.env

    systemctl enable --now rate-sync@"${PROPERTY}".service
    ''')

secret("powershell/securestring", "ops/Install-IfcService.ps1", "PowerShell docs: ConvertTo-SecureString -AsPlainText; New-Service -Credential",
       human_pw("!#$%"), r'''
    # Installs the OPERA IFC8 watchdog as a service running under the interface account.
    $user = "RIVIERA\svc_ifc8"
    $secure = ConvertTo-SecureString "@@S@@" -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential ($user, $secure)

    New-Service -Name "Ifc8Watchdog" `
        -BinaryPathName "C:\Tools\Ifc8Watchdog\Ifc8Watchdog.exe" `
        -DisplayName "IFC8 watchdog" `
        -StartupType Automatic `
        -Credential $cred

    Start-Service -Name "Ifc8Watchdog"
    ''')

_gh_pat = fakes.github_fine_grained_token(_seed())
secret("shell/github-pat", "deploy/update_kiosk_firmware.sh", "GitHub docs: fine-grained personal access tokens in HTTPS clone URLs",
       _gh_pat, r'''
    #!/bin/bash
    # Pull the latest kiosk firmware bundle from the private repository.
    set -euo pipefail
    WORKDIR=/opt/kiosk-firmware

    if [ ! -d "$WORKDIR/.git" ]; then
      git clone https://oauth2:@@S@@@github.com/skyline-hotels/kiosk-firmware.git "$WORKDIR"
    else
      git -C "$WORKDIR" pull --ff-only
    fi
    "$WORKDIR/install.sh" --target /dev/ttyUSB0
    ''')

secret("sql/mssql-login", "db/saflok/001_create_logins.sql", "SQL Server docs: CREATE LOGIN ... WITH PASSWORD",
       human_pw("!#$%"), '''
    -- Logins for the Saflok bridge and the reporting job
    USE [master];
    GO
    CREATE LOGIN [saflok_pms] WITH PASSWORD = N'@@S@@', CHECK_POLICY = ON, DEFAULT_DATABASE = [Saflok];
    GO
    USE [Saflok];
    GO
    CREATE USER [saflok_pms] FOR LOGIN [saflok_pms];
    ALTER ROLE [db_datareader] ADD MEMBER [saflok_pms];
    ALTER ROLE [db_datawriter] ADD MEMBER [saflok_pms];
    GO
    ''')

secret("env/google-places", "concierge-bot/.env.prod", "Google Maps Platform docs: API keys for server-side Places API calls",
       google_key(), '''
    # server-side only: nearby restaurants / attractions for the concierge bot
    GOOGLE_PLACES_API_KEY=@@S@@
    PLACES_RADIUS_M=1500
    DEFAULT_LANGUAGE=en
    CACHE_TTL_SECONDS=86400
    ''')

secret("python/discord", "ops/lock_battery_alerts.py", "Discord docs: webhooks (execute webhook URL)",
       discord_webhook(), '''
    """Posts rooms whose lock batteries are below 20 % (from the dormakaba battery report)."""
    import csv

    import requests

    WEBHOOK_URL = "@@S@@"


    def main(path="battery_report.csv"):
        low = []
        with open(path, newline="") as fh:
            for row in csv.DictReader(fh):
                if int(row["battery_pct"]) < 20:
                    low.append(f"{row['room']} ({row['battery_pct']} %)")
        if low:
            requests.post(WEBHOOK_URL, json={"content": "Low lock batteries: " + ", ".join(low)}, timeout=10)


    if __name__ == "__main__":
        main()
    ''')


# ================================================================ decoys
# ---------------------------------------------------------------- placeholders and examples
decoy("python/mews-demo", "integrations/mews/demo_settings.py", "Mews Connector API docs: demo environment (public ClientToken/AccessToken for testing)", '''
    """Settings for running the exporter against the Mews *demo* environment.

    These are the public demo credentials published in the Mews Connector API documentation
    (Getting started > Environments). They only reach the shared demo hotel and are not secret.
    """
    MEWS_BASE_URL = "https://api.mews-demo.com/api/connector/v1"
    CLIENT_TOKEN = "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D"
    ACCESS_TOKEN = "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"
    CLIENT_NAME = "LakesideAuditExporter 1.4.2"
    ENTERPRISE_ID = "851df8c8-90f2-4c4a-8e01-a4fc46b25178"
    ''')

decoy("env/placeholder", "booking-sync/.env.example", "dotenv conventions: .env.example committed with placeholders", '''
    # Copy to .env and fill in. Never commit the real .env.
    NODE_ENV=development
    PORT=8080
    CLOUDBEDS_API_URL=https://api.cloudbeds.com/api/v1.2
    CLOUDBEDS_PROPERTY_IDS=
    CLOUDBEDS_API_KEY=cbat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    DATABASE_URL=postgres://sync:<password>@localhost:5432/booking_sync
    LOG_LEVEL=debug
    ''')

decoy("yaml/env-reference", "config/ohip.yaml", "Oracle Hospitality Integration Platform docs; environment variable interpolation in config", '''
    # OPERA Cloud via OHIP - values come from the environment (see docs/ohip-setup.md)
    ohip:
      gateway_url: ${OHIP_GATEWAY_URL}
      hotel_id: ${OHIP_HOTEL_ID}
      app_key: ${OHIP_APP_KEY}
      oauth:
        token_path: /oauth/v1/tokens
        client_id: ${OHIP_CLIENT_ID}
        client_secret: ${OHIP_CLIENT_SECRET}
        username: ${OHIP_USERNAME}
        password: ${OHIP_PASSWORD}
      timeouts:
        connect: 10
        read: 60
    ''')

decoy("json/placeholder", "src/Harbour.Pms.Api/appsettings.json", "ASP.NET Core docs: appsettings.json with secrets supplied by user-secrets or environment", '''
    {
      "Logging": {
        "LogLevel": {
          "Default": "Information"
        }
      },
      "Apaleo": {
        "IdentityUrl": "https://identity.apaleo.com",
        "ApiUrl": "https://api.apaleo.com",
        "ClientId": "HRBR-AC-RATESYNC",
        "ClientSecret": "",
        "Scopes": [ "reservations.read", "rateplans.read-corporate", "availability.read" ]
      },
      "AllowedHosts": "*"
    }
    ''')

decoy("xml/integrated-security", "ProtelBridge/Web.Debug.config", "Microsoft docs: Integrated Security=SSPI connection strings (Windows authentication)", r'''
    <?xml version="1.0" encoding="utf-8"?>
    <configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
      <connectionStrings>
        <add name="ProtelDb"
             connectionString="Data Source=(localdb)\MSSQLLocalDB;Initial Catalog=protel_dev;Integrated Security=SSPI;MultipleActiveResultSets=True"
             xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
      </connectionStrings>
      <system.web>
        <compilation debug="true" xdt:Transform="SetAttributes(debug)" />
      </system.web>
    </configuration>
    ''')

decoy("properties/jasypt", "opera-reporting/src/main/resources/application-staging.properties", "Jasypt Spring Boot docs: ENC(...) encrypted properties", '''
    # staging - values encrypted with jasypt (key from JASYPT_ENCRYPTOR_PASSWORD)
    spring.datasource.url=jdbc:oracle:thin:@//opera-db-stg.riviera.local:1521/OPERASTG
    spring.datasource.username=OPERA_RPT
    spring.datasource.password=ENC(@@C@@)
    spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
    reporting.resorts=RIVNCE
    reporting.export.dir=/data/exports
    ''', C=b64_bytes(48))

decoy("properties/env-reference", "ideas-connector/conf/ideas-template.properties", "Spring docs: property placeholders ${...}", '''
    # IDeaS G3 RMS - template, rendered by the deploy job
    ideas.g3.baseUrl=https://g3.ideas.com/api
    ideas.g3.clientCode=${IDEAS_CLIENT_CODE}
    ideas.g3.propertyCode=${IDEAS_PROPERTY_CODE}
    ideas.g3.username=${IDEAS_USERNAME}
    ideas.g3.password=${IDEAS_PASSWORD}
    ideas.g3.decisionTypes=BAR,LRV,OVERBOOKING
    ideas.extract.cron=0 0 2 * * ?
    ''')

decoy("k8s/secret-key-ref", "deploy/k8s/housekeeping-sync.yaml", "Kubernetes docs: env valueFrom secretKeyRef", '''
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: housekeeping-sync
      namespace: pms-integrations
    spec:
      replicas: 1
      selector:
        matchLabels:
          app: housekeeping-sync
      template:
        metadata:
          labels:
            app: housekeeping-sync
        spec:
          containers:
            - name: sync
              image: ghcr.io/lakeside-resort/housekeeping-sync@sha256:@@D@@
              env:
                - name: MEWS_CLIENT_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: mews-credentials
                      key: MEWS_CLIENT_TOKEN
                - name: MEWS_ACCESS_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: mews-credentials
                      key: MEWS_ACCESS_TOKEN
    ''', D=hexs(64))

decoy("k8s/external-secret", "deploy/k8s/ohip-externalsecret.yaml", "External Secrets Operator docs: ExternalSecret with a ClusterSecretStore", '''
    apiVersion: external-secrets.io/v1beta1
    kind: ExternalSecret
    metadata:
      name: ohip-integration-user
      namespace: opera-cloud
    spec:
      refreshInterval: 1h
      secretStoreRef:
        kind: ClusterSecretStore
        name: aws-secrets-manager
      target:
        name: ohip-integration-user
      data:
        - secretKey: OHIP_PASSWORD
          remoteRef:
            key: prod/opera-cloud/ohip
            property: password
        - secretKey: OHIP_CLIENT_SECRET
          remoteRef:
            key: prod/opera-cloud/ohip
            property: client_secret
    ''')

decoy("k8s/sealed-secret", "deploy/k8s/revenue-db-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (asymmetric ciphertext)", '''
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: revenue-db
      namespace: revenue
    spec:
      encryptedData:
        DATABASE_URL: @@C@@
      template:
        metadata:
          name: revenue-db
          namespace: revenue
        type: Opaque
    ''', C="AgB" + b64_bytes(300).replace("=", ""))

decoy("helm/existing-secret", "charts/channel-sync/values.yaml", "Helm chart conventions: existingSecret instead of inline credentials", '''
    replicaCount: 1

    image:
      repository: ghcr.io/harbour-hospitality/channel-sync
      tag: ""

    env:
      LOG_LEVEL: info
      CLOUDBEDS_API_URL: https://api.cloudbeds.com/api/v1.2

    # The API key is read from this secret (key: CLOUDBEDS_API_KEY); create it with
    # kubectl create secret generic channel-sync-cloudbeds --from-literal=CLOUDBEDS_API_KEY=<key>
    existingSecret: channel-sync-cloudbeds

    postgresql:
      auth:
        existingSecret: channel-sync-db
        secretKeys:
          userPasswordKey: password
    ''')

decoy("ansible/vault", "ansible/group_vars/lock_servers/vault.yml", "Ansible docs: encrypted variables ($ANSIBLE_VAULT;1.1;AES256)", '''
    $ANSIBLE_VAULT;1.1;AES256
    @@L1@@
    @@L2@@
    @@L3@@
    @@L4@@
    @@L5@@
    @@L6@@
    ''', **{f"L{i}": hexs(80) for i in range(1, 7)})

decoy("ansible/vault-reference", "ansible/group_vars/lock_servers/vars.yml", "Ansible docs: referencing vaulted variables with Jinja2", '''
    ---
    visionline_host: "10.10.5.20"
    visionline_user: pms_interface
    visionline_password: "{{ vault_visionline_password }}"
    ambiance_user: pmsbridge
    ambiance_password: "{{ vault_ambiance_password }}"
    lock_server_admin_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/locks:admin') }}"
    encoders:
      - Encoder 1 (Reception)
      - Encoder 2 (Reception)
    ''')

decoy("yaml/sops", "config/secrets.prod.enc.yaml", "Mozilla SOPS docs: encrypted YAML (ENC[AES256_GCM,...])", '''
    mews:
        access_token: ENC[AES256_GCM,data:@@A@@,iv:@@IV1@@,tag:@@T1@@,type:str]
    stripe:
        secret_key: ENC[AES256_GCM,data:@@B@@,iv:@@IV2@@,tag:@@T2@@,type:str]
    sops:
        kms:
            - arn: arn:aws:kms:eu-west-1:123456789012:key/6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
              created_at: "2024-04-02T09:12:44Z"
              enc: @@K@@
              aws_profile: ""
        lastmodified: "2024-04-02T09:12:45Z"
        mac: ENC[AES256_GCM,data:@@M@@,iv:@@IV3@@,tag:@@T3@@,type:str]
        version: 3.8.1
    ''', A=b64_bytes(48), B=b64_bytes(80), IV1=b64_bytes(32), IV2=b64_bytes(32), IV3=b64_bytes(32),
      T1=b64_bytes(16), T2=b64_bytes(16), T3=b64_bytes(16), K=b64_bytes(120), M=b64_bytes(64))

decoy("hiera/eyaml", "puppet/hieradata/role/pos_server.eyaml", "hiera-eyaml docs: ENC[PKCS7,...] encrypted values", '''
    ---
    profile::pos::simphony_host: 'simphony.lakeside.local'
    profile::pos::db_user: 'fnb_reader'
    profile::pos::db_password: >
        ENC[PKCS7,@@A@@
        @@B@@]
    profile::pos::outlets:
      - 'Lobby Bar'
      - 'Pool Grill'
    ''', A=b64_bytes(90), B=b64_bytes(90))

decoy("github-actions/secrets-context", ".github/workflows/deploy.yml", "GitHub Actions docs: the secrets context", '''
    name: deploy

    on:
      push:
        tags: ["v*"]

    jobs:
      deploy:
        runs-on: ubuntu-latest
        environment: production
        steps:
          - uses: actions/checkout@v4
          - uses: aws-actions/configure-aws-credentials@v4
            with:
              role-to-assume: arn:aws:iam::123456789012:role/booking-engine-deploy
              aws-region: eu-west-1
          - name: Deploy
            env:
              STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
              CLOUDBEDS_API_KEY: ${{ secrets.CLOUDBEDS_API_KEY }}
              DB_PASSWORD: ${{ secrets.BOOKING_DB_PASSWORD }}
            run: ./deploy.sh production
    ''')

decoy("gitlab-ci/variables", "ci/templates/contract-tests.gitlab-ci.yml", "GitLab CI docs: CI/CD variables defined in project settings", '''
    .contract:
      image: python:3.11
      variables:
        APALEO_CLIENT_ID: "HRBR-AC-CONTRACTTEST"
        # APALEO_CLIENT_SECRET is a masked, protected project variable
      before_script:
        - test -n "$APALEO_CLIENT_SECRET" || (echo "APALEO_CLIENT_SECRET missing" && exit 1)
        - pip install -r requirements-dev.txt
      script:
        - pytest -q tests/contract --apaleo-property "$APALEO_PROPERTY"
    ''')

decoy("docker-compose/env-reference", "booking-engine/docker-compose.yml", "Docker Compose docs: interpolation with required variables ${VAR:?err}", '''
    services:
      api:
        image: registry.marina-hotels.example/booking-engine/api:${TAG:-latest}
        environment:
          DATABASE_URL: postgresql://booking:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/booking
          STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}
        env_file: .env
        depends_on: [db]
      db:
        image: postgres:15
        environment:
          POSTGRES_USER: booking
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
    ''')

decoy("dockerfile/build-secret", "services/ari-publisher/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", '''
    # syntax=docker/dockerfile:1.6
    FROM python:3.11-slim AS build
    WORKDIR /app
    COPY requirements.txt .
    RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
        pip install --no-cache-dir -r requirements.txt

    FROM python:3.11-slim
    COPY --from=build /usr/local/lib/python3.11 /usr/local/lib/python3.11
    COPY channel_manager/ /app/channel_manager/
    ARG AMQP_URL
    ENV AMQP_URL=${AMQP_URL}
    CMD ["python", "-m", "channel_manager"]
    ''')

decoy("terraform/random-password", "infra/guest_profiles_db.tf", "Terraform docs: random_password resource and aws_secretsmanager_secret_version", '''
    resource "random_password" "guest_profiles" {
      length  = 32
      special = false
    }

    resource "aws_db_instance" "guest_profiles" {
      identifier     = "guest-profiles-prod"
      engine         = "postgres"
      instance_class = "db.t3.medium"
      username       = "guests_admin"
      password       = random_password.guest_profiles.result
    }

    resource "aws_secretsmanager_secret_version" "guest_profiles" {
      secret_id     = aws_secretsmanager_secret.guest_profiles.id
      secret_string = jsonencode({ password = random_password.guest_profiles.result })
    }

    variable "opera_db_password" {
      type      = string
      sensitive = true
    }
    ''')

decoy("terraform/tfvars-example", "infra/envs/prod/terraform.tfvars.example", "Terraform docs: .tfvars files (example with placeholders)", '''
    region             = "eu-central-1"
    environment        = "prod"
    vpc_cidr           = "10.80.0.0/16"
    opera_vpn_peer_ip  = "203.0.113.24"
    opera_db_username  = "ifc_cloud"
    opera_db_password  = "CHANGE_ME"
    bastion_allowed    = ["198.51.100.0/24"]
    ''')

decoy("systemd/credentials", "deploy/systemd/ari-publisher.service", "systemd.exec(5): EnvironmentFile= and LoadCredential=", '''
    [Unit]
    Description=ARI publisher (rates and availability to the channel manager)
    After=network-online.target

    [Service]
    User=ari
    EnvironmentFile=/etc/ari-publisher/env
    LoadCredential=amqp_password:/etc/credstore/ari-amqp-password
    ExecStart=/opt/ari/venv/bin/python -m channel_manager --password-file=${CREDENTIALS_DIRECTORY}/amqp_password
    Restart=always

    [Install]
    WantedBy=multi-user.target
    ''')

decoy("crontab/option-file", "ops/cron/backup.cron", "MySQL docs: option files (~/.my.cnf) instead of -p on the command line", '''
    # credentials are in /root/.my.cnf ([client] user/password, mode 0600)
    SHELL=/bin/bash
    MAILTO=it-alerts@terrace-hotels.example

    15 3 * * * mysqldump --defaults-extra-file=/root/.my.cnf --single-transaction booking | gzip > /var/backups/booking_$(date +\\%F).sql.gz
    0  4 * * 0 find /var/backups -name 'booking_*.sql.gz' -mtime +14 -delete
    ''')

decoy("nginx/auth-basic-file", "deploy/nginx/rms-reports.conf", "nginx docs: ngx_http_auth_basic_module (auth_basic_user_file)", '''
    server {
        listen 443 ssl;
        server_name rms-reports.palmtree.local;

        ssl_certificate     /etc/nginx/tls/rms-reports.crt;
        ssl_certificate_key /etc/nginx/tls/rms-reports.key;

        location / {
            auth_basic "Revenue reports";
            auth_basic_user_file /etc/nginx/htpasswd/rms-reports;
            proxy_pass http://127.0.0.1:8050;
            proxy_set_header Authorization $http_authorization;
        }
    }
    ''')

decoy("htpasswd/hashes", "deploy/nginx/htpasswd/rms-reports", "Apache docs: htpasswd (bcrypt $2y$ and $apr1$ hashes)", '''
    revenue.manager:$2y$10$@@A@@
    gm.palmtree:$2y$10$@@B@@
    director.sales:$apr1$@@SALT@@$@@C@@
    analyst01:$2y$10$@@D@@
    analyst02:$2y$10$@@E@@
    ''', A=alnum(53, "./"), B=alnum(53, "./"), SALT=alnum(8, "./"), C=alnum(22, "./"), D=alnum(53, "./"), E=alnum(53, "./"))

decoy("apache/passenv", "deploy/apache/booking-staging.conf", "Apache httpd docs: mod_env PassEnv", '''
    <VirtualHost *:443>
        ServerName book-staging.alpina-lodge.example
        DocumentRoot /var/www/booking/public

        PassEnv CHANNEX_API_KEY
        PassEnv CHANNEX_PROPERTY_ID
        SetEnv APP_ENV staging

        <Directory /var/www/booking/public>
            AllowOverride All
            Require all granted
        </Directory>
    </VirtualHost>
    ''')


# ---------------------------------------------------------------- code that reads credentials from the environment or a store
decoy("python/env-reference", "integrations/mews/settings.py", "Python docs: os.environ; Mews Connector API authentication", '''
    """Runtime settings of the Mews exporter. Tokens come from the environment (see deploy/k8s)."""
    import os

    MEWS_BASE_URL = os.environ.get("MEWS_BASE_URL", "https://api.mews.com/api/connector/v1")
    CLIENT_TOKEN = os.environ["MEWS_CLIENT_TOKEN"]
    ACCESS_TOKEN = os.environ["MEWS_ACCESS_TOKEN"]
    CLIENT_NAME = "LakesideAuditExporter 1.4.2"
    REQUEST_TIMEOUT = int(os.environ.get("MEWS_TIMEOUT", "30"))
    ''')

decoy("js/env-reference", "scripts/hostaway-token.example.js", "Node.js docs: process.env; Hostaway API access tokens", '''
    // Fetch a Hostaway access token. Set HOSTAWAY_ACCOUNT_ID and HOSTAWAY_API_KEY first.
    const axios = require("axios");
    const qs = require("querystring");

    async function getToken() {
      const res = await axios.post(
        "https://api.hostaway.com/v1/accessTokens",
        qs.stringify({
          grant_type: "client_credentials",
          client_id: process.env.HOSTAWAY_ACCOUNT_ID,
          client_secret: process.env.HOSTAWAY_API_KEY,
          scope: "general",
        })
      );
      return res.data.access_token;
    }

    module.exports = { getToken };
    ''')

decoy("php/env-reference", "booking/app/Payments/StripeGatewayFactory.php", "PHP docs: getenv(); Stripe PHP library", '''
    <?php

    namespace Booking\\Payments;

    use Stripe\\StripeClient;

    final class StripeGatewayFactory
    {
        public static function create(): StripeClient
        {
            $key = getenv('STRIPE_SECRET_KEY');
            if ($key === false || $key === '') {
                throw new \\RuntimeException('STRIPE_SECRET_KEY is not set');
            }
            return new StripeClient($key);
        }
    }
    ''')

decoy("csharp/configuration", "Interfaces/OperaOws/OwsOptions.cs", "ASP.NET Core docs: options pattern and IConfiguration", '''
    namespace Skyline.Interfaces.OperaOws
    {
        public sealed class OwsOptions
        {
            public const string Section = "Ows";

            public string Endpoint { get; set; } = "";
            public string UserId { get; set; } = "";
            // bound from the "Ows:UserPassword" key (Azure Key Vault in production)
            public string UserPassword { get; set; } = "";
            public string Domain { get; set; } = "SKYNYC";
        }
    }
    ''')

decoy("powershell/secret-management", "ops/Send-EqcRates.v2.ps1", "PowerShell SecretManagement docs: Get-Secret", r'''
    param(
        [string]$RateFile = "D:\RMS\out\eqc_rates.xml"
    )
    Import-Module Microsoft.PowerShell.SecretManagement

    $cred = Get-Secret -Name "EQC-Kingsroom" -Vault "HotelIT"   # PSCredential
    Invoke-RestMethod -Method Post `
        -Uri "https://services.expediapartnercentral.com/eqc/ar" `
        -Credential $cred `
        -ContentType "text/xml" `
        -InFile $RateFile
    ''')

decoy("shell/prompt", "scripts/push_availability_manual.sh", "bash manual: read -s (silent) for interactive passwords", r'''
    #!/usr/bin/env bash
    # Manual push to Booking.com when the scheduled job failed. Asks for the B.XML password.
    set -euo pipefail
    HOTEL_ID="${1:-1184422}"
    read -r -p "B.XML user: " BXML_USER
    read -r -s -p "B.XML password: " BXML_PASS; echo

    curl --fail -u "${BXML_USER}:${BXML_PASS}" -H "Content-Type: text/xml" \
      --data-binary @"out/availability_${HOTEL_ID}.xml" \
      https://supply-xml.booking.com/hotels/xml/availability
    ''')

decoy("batch/env-reference", "tools/onity/export_audit_v2.bat", "Windows cmd reference: environment variables (%VAR%) set by the scheduler", r'''
    @echo off
    REM LOCKAUDIT_USER / LOCKAUDIT_PASSWORD are set on the task (Task Scheduler > run as).
    set SRC=C:\Onity\HT24\Audit
    set DST=\\SECSRV01\LockAudit\%COMPUTERNAME%

    net use \\SECSRV01\LockAudit /user:%LOCKAUDIT_USER% %LOCKAUDIT_PASSWORD% /persistent:no
    robocopy "%SRC%" "%DST%" *.aud /MAXAGE:2 /R:2 /W:5 /NP
    net use \\SECSRV01\LockAudit /delete
    ''')

decoy("python/django-env", "booking_site/settings/staging.py", "django-environ docs: env('SECRET_KEY')", '''
    import environ

    from .base import *  # noqa: F401,F403

    env = environ.Env()
    DEBUG = False
    ALLOWED_HOSTS = ["book-staging.lakeside-resort.example"]
    SECRET_KEY = env("DJANGO_SECRET_KEY")
    DATABASES = {"default": env.db("DATABASE_URL")}
    STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
    ''')

# ---------------------------------------------------------------- public identifiers and publishable keys
decoy("js/stripe-publishable", "booking/public/js/checkout.js", "Stripe docs: publishable keys are meant for client-side code", '''
    // Deposit payment on the booking engine's last step.
    const stripe = Stripe("@@PK@@");

    export async function mountCard(clientSecret) {
      const elements = stripe.elements({ clientSecret, appearance: { theme: "stripe" } });
      const payment = elements.create("payment");
      payment.mount("#payment-element");
      return { elements, payment };
    }

    export async function confirm(elements) {
      return stripe.confirmPayment({
        elements,
        confirmParams: { return_url: "https://book.palmtree-resorts.example/confirmation" },
      });
    }
    ''', PK=stripe_pk())

decoy("python/stripe-docs-test-key", "booking/tests/test_deposits.py", "Stripe API reference: the sample test key shown in the documentation", '''
    """Deposit flow against stripe-mock (the key is Stripe's public documentation sample key)."""
    import stripe

    stripe.api_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
    stripe.api_base = "http://localhost:12111"  # stripe-mock


    def test_deposit_intent_is_manual_capture():
        intent = stripe.PaymentIntent.create(amount=15000, currency="eur", capture_method="manual")
        assert intent.capture_method == "manual"
    ''')

decoy("js/adyen-client-key", "booking/public/js/adyen-dropin.js", "Adyen docs: client key (public, for Drop-in/Components)", '''
    import AdyenCheckout from "@adyen/adyen-web";

    export async function startDropin(session) {
      const checkout = await AdyenCheckout({
        environment: "live",
        clientKey: "live_@@K@@",
        session,
        analytics: { enabled: false },
        onPaymentCompleted: (result) => {
          window.location.href = `/confirmation?result=${result.resultCode}`;
        },
      });
      checkout.create("dropin").mount("#dropin-container");
    }
    ''', K=alnum(32).upper())

decoy("html/recaptcha-site-key", "booking/public/groups.html", "Google reCAPTCHA docs: the site key is used in the HTML code your site serves", '''
    <!doctype html>
    <html lang="en">
    <head>
      <meta charset="utf-8">
      <title>Group &amp; wedding inquiries - Seaview Hotel</title>
      <script src="https://www.google.com/recaptcha/api.js" async defer></script>
    </head>
    <body>
      <form action="/inquiry.php" method="post">
        <input name="name" required placeholder="Your name">
        <input name="email" type="email" required placeholder="Email">
        <input name="rooms" type="number" min="10" placeholder="Rooms">
        <div class="g-recaptcha" data-sitekey="@@K@@"></div>
        <button type="submit">Send inquiry</button>
      </form>
    </body>
    </html>
    ''', K=recaptcha_key())

decoy("js/firebase-config", "mobile-key-app/web/src/firebase.js", "Firebase docs: the API key in the web config is not a secret", '''
    import { initializeApp } from "firebase/app";
    import { getMessaging } from "firebase/messaging";

    const firebaseConfig = {
      apiKey: "@@K@@",
      authDomain: "rooftop-guest-app.firebaseapp.com",
      projectId: "rooftop-guest-app",
      storageBucket: "rooftop-guest-app.appspot.com",
      messagingSenderId: "104729384756",
      appId: "1:104729384756:web:3f9c2a1b8e7d6c5b4a3f21",
    };

    export const app = initializeApp(firebaseConfig);
    export const messaging = getMessaging(app);
    ''', K=google_key())

decoy("python/twilio-sid", "messaging/config.py", "Twilio docs: Account SID is an identifier; the auth token is read from the environment", '''
    import os

    from twilio.rest import Client

    ACCOUNT_SID = "@@SID@@"
    MESSAGING_SERVICE_SID = "MG@@MG@@"
    FROM_NUMBER = "+13055550142"

    client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])
    ''', SID=twilio_sid(), MG=hexs(32))

decoy("js/sentry-dsn", "guest-app/web/src/sentry.js", "Sentry docs: DSNs are safe to keep public (they only allow event submission)", '''
    import * as Sentry from "@sentry/browser";

    Sentry.init({
      dsn: "https://@@K@@@o451283.ingest.sentry.io/4505123456789012",
      environment: "production",
      release: "guest-web@3.4.1",
      tracesSampleRate: 0.1,
      sendDefaultPii: false,
    });
    ''', K=hexs(32))

decoy("html/analytics-ids", "booking/templates/partials/analytics.html", "Google Tag Manager / GA4 / Meta Pixel docs: public measurement and container ids", '''
    <!-- Google Tag Manager -->
    <script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});
    var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;
    j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    })(window,document,'script','dataLayer','GTM-K7Q2XWP');</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-8RTQ2M4LZP"></script>
    <script>
      window.dataLayer = window.dataLayer || [];
      function gtag(){dataLayer.push(arguments);}
      gtag('js', new Date());
      gtag('config', 'G-8RTQ2M4LZP', { 'hotel_id': 'PALM-MIA' });
      fbq('init', '718293645102938');
    </script>
    ''')

decoy("js/spa-client-id", "guest-app/web/src/auth.js", "OAuth 2.0 for browser-based apps: public clients use PKCE, no client secret", '''
    import { createAuth0Client } from "@auth0/auth0-spa-js";

    export const auth0 = await createAuth0Client({
      domain: "login.rooftop-hotels.example",
      clientId: "Jx8Qp2WmZr7Lk4Tn9Vb3Yc6Hd1Fs5Ga0",
      authorizationParams: {
        redirect_uri: window.location.origin + "/callback",
        audience: "https://guest-api.rooftop-hotels.example",
      },
      cacheLocation: "localstorage",
      useRefreshTokens: true,
    });
    ''')

decoy("yaml/public-ids", "wifi/meraki/networks.yaml", "Cisco Meraki Dashboard API docs: organization and network ids", '''
    # Network ids per property (the API key is MERAKI_DASHBOARD_API_KEY in the runner)
    organization_id: "549236"
    networks:
      lakeside:
        id: L_646829496481105433
        guest_ssid_number: 2
        splash: click-through
      rooftop-berlin:
        id: L_646829496481107788
        guest_ssid_number: 3
        splash: sponsored
      skyline-nyc:
        id: N_646829496481112090
        guest_ssid_number: 2
        splash: billing
    ''')

decoy("yaml/lock-ids", "config/salto_sites.yaml", "SALTO KS Connect API docs: site, lock and access group ids (UUIDs)", '''
    sites:
      rooftop-berlin:
        site_id: @@A@@
        locks:
          "101": @@B@@
          "102": @@C@@
          "103": @@D@@
          gym: @@E@@
        access_groups:
          guests: @@F@@
          housekeeping: @@G@@
    ''', A=uuid_s(), B=uuid_s(), C=uuid_s(), D=uuid_s(), E=uuid_s(), F=uuid_s(), G=uuid_s())

decoy("yaml/mifare-default-keys", "lock_bridge/encoders/mifare_profile.yaml", "NXP AN10787 (MIFARE Application Directory) and NFC Forum docs: published default and MAD keys", '''
    # Card profile checked by the encoder self-test. These are the PUBLIC transport/MAD keys
    # every MIFARE Classic reader knows (NXP AN10787, NFC Forum); the site key lives in the HSM.
    card_type: mifare_classic_1k
    known_public_keys:
      factory_default: FFFFFFFFFFFF
      mad_key_a: A0A1A2A3A4A5
      nfc_forum_key_a: D3F7D3F7D3F7
    reject_cards_with_default_keys: true
    sectors_used: [1, 2, 3]
    encoder_model: RFID-ENC-USB
    ''')

decoy("json/ble-uuids", "mobile-key-app/src/ble/services.json", "Bluetooth SIG assigned numbers; vendor GATT service UUIDs (public)", '''
    {
      "lockService": "@@A@@",
      "characteristics": {
        "command": "@@B@@",
        "status": "@@C@@",
        "battery": "00002a19-0000-1000-8000-00805f9b34fb"
      },
      "deviceInformation": "0000180a-0000-1000-8000-00805f9b34fb",
      "scanTimeoutMs": 8000
    }
    ''', A=uuid_s(), B=uuid_s(), C=uuid_s())

decoy("json/reservation-fixture", "tests/fixtures/mews/reservation_processed.json", "Mews Connector API docs: reservation object (ids are GUIDs)", '''
    {
      "Id": "@@A@@",
      "ServiceId": "@@B@@",
      "GroupId": "@@C@@",
      "Number": "52831",
      "ChannelNumber": "4129876543",
      "ChannelManagerNumber": "BDC-4129876543",
      "State": "Processed",
      "Origin": "ChannelManager",
      "StartUtc": "2024-06-14T13:00:00Z",
      "EndUtc": "2024-06-16T09:00:00Z",
      "AssignedResourceId": "@@D@@",
      "RateId": "@@E@@",
      "AdultCount": 2,
      "ChildCount": 0
    }
    ''', A=uuid_s(), B=uuid_s(), C=uuid_s(), D=uuid_s(), E=uuid_s())

decoy("python/test-cards", "payments/tests/test_adyen_cards.py", "Adyen and Stripe docs: published test card numbers", '''
    """Card numbers from the Adyen/Stripe test card pages: they only work in test environments."""
    import pytest

    from payments.cards import brand_of, luhn_valid

    TEST_CARDS = {
        "visa": "4111 1111 1111 1111",
        "mastercard": "5555 3412 4444 1115",
        "amex": "3700 0000 0000 002",
        "visa_3ds2": "4917 6100 0000 0000",
    }


    @pytest.mark.parametrize("brand,number", TEST_CARDS.items())
    def test_test_cards_are_valid(brand, number):
        assert luhn_valid(number.replace(" ", ""))
        assert brand_of(number) == brand.split("_")[0]
    ''')

decoy("python/fixture-fake", "tests/conftest.py", "pytest docs: fixtures; fake credentials for unit tests", '''
    import pytest

    FAKE_MEWS_CLIENT_TOKEN = "test-client-token"
    FAKE_MEWS_ACCESS_TOKEN = "test-access-token"


    @pytest.fixture(autouse=True)
    def mews_env(monkeypatch):
        monkeypatch.setenv("MEWS_CLIENT_TOKEN", FAKE_MEWS_CLIENT_TOKEN)
        monkeypatch.setenv("MEWS_ACCESS_TOKEN", FAKE_MEWS_ACCESS_TOKEN)
        monkeypatch.setenv("CLOUDBEDS_API_KEY", "cbat_test_not_a_real_key")
        monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
        yield


    @pytest.fixture
    def opera_credentials():
        return {"user": "OPERA_TEST", "password": "dummy-password-for-tests"}
    ''')


# ---------------------------------------------------------------- hashes, digests, public keys and certificates
decoy("sql/bcrypt-seed", "db/seed/002_staff_users.sql", "bcrypt ($2b$) password hashes in a seed script", '''
    -- Housekeeping app: initial supervisor accounts (passwords are reset on first login)
    INSERT INTO staff_user (username, display_name, role, password_hash, must_change_password) VALUES
      ('hk.supervisor1', 'Ana Costa', 'SUPERVISOR', '@@A@@', true),
      ('hk.supervisor2', 'Marek Nowak', 'SUPERVISOR', '@@B@@', true),
      ('fo.manager', 'Julie Martin', 'FRONT_OFFICE', '@@C@@', true),
      ('eng.oncall', 'Engineering on call', 'ENGINEERING', '@@D@@', true);
    ''', A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash(), D=bcrypt_hash())

decoy("json/package-lock", "guest-app/web/package-lock.json", "npm docs: package-lock.json integrity (Subresource Integrity sha512)", '''
    {
      "name": "guest-web",
      "version": "3.4.1",
      "lockfileVersion": 3,
      "requires": true,
      "packages": {
        "node_modules/@adyen/adyen-web": {
          "version": "5.59.0",
          "resolved": "https://registry.npmjs.org/@adyen/adyen-web/-/adyen-web-5.59.0.tgz",
          "integrity": "sha512-@@A@@"
        },
        "node_modules/firebase": {
          "version": "10.7.1",
          "resolved": "https://registry.npmjs.org/firebase/-/firebase-10.7.1.tgz",
          "integrity": "sha512-@@B@@"
        }
      }
    }
    ''', A=b64_bytes(64), B=b64_bytes(64))

decoy("requirements/hashes", "requirements.lock.txt", "pip docs: hash-checking mode (--hash=sha256:...)", '''
    # pip-compile --generate-hashes requirements.in
    requests==2.31.0 \\
        --hash=sha256:@@A@@
    twilio==8.11.0 \\
        --hash=sha256:@@B@@
    zeep==4.2.1 \\
        --hash=sha256:@@C@@ \\
        --hash=sha256:@@D@@
    ''', A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(64))

decoy("yaml/certificate", "config/ohip-mtls.yaml", "RFC 7468: PEM certificates are public; mTLS client configuration", '''
    # mutual TLS towards the OHIP gateway: the key itself is mounted from the secret store
    mtls:
      key_file: /run/secrets/ohip-client.key
      certificate: |
    @@C@@
      ca_bundle: /etc/ssl/certs/ca-certificates.crt
    ''', C=indent(cert_pem(), 4))

decoy("ssh/authorized-keys", "ansible/files/authorized_keys_rmsexport", "OpenSSH sshd(8): AUTHORIZED_KEYS file format (public keys)", '''
    # rmsexport@ - who may log in to pull the RMS extracts
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@A@@ revenue-team@kingsroom
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@B@@ ideas-sftp-pull
    ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@C@@ backup@nas01
    # ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@E@@ former-contractor (revoked 2024-02)
    ''', A=alnum(43, "+/"), B=alnum(43, "+/"), C=alnum(200, "+/"), E=alnum(43, "+/"))

decoy("pem/public-key", "integrations/webhooks/vostio_webhook_pub.pem", "RFC 7468: SubjectPublicKeyInfo (BEGIN PUBLIC KEY) used to verify webhook signatures", '''
    @@K@@
    ''', K=cert_pem("PUBLIC KEY"))

decoy("xml/saml-metadata", "sso/idp-metadata.xml", "SAML 2.0 metadata spec: X509Certificate in KeyDescriptor (public)", '''
    <?xml version="1.0" encoding="UTF-8"?>
    <md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"
                         xmlns:ds="http://www.w3.org/2000/09/xmldsig#"
                         entityID="https://login.palmtree-resorts.example/saml">
      <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
        <md:KeyDescriptor use="signing">
          <ds:KeyInfo>
            <ds:X509Data>
              <ds:X509Certificate>@@C@@</ds:X509Certificate>
            </ds:X509Data>
          </ds:KeyInfo>
        </md:KeyDescriptor>
        <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
                                Location="https://login.palmtree-resorts.example/saml/sso"/>
      </md:IDPSSODescriptor>
    </md:EntityDescriptor>
    ''', C="MIIC" + b64_bytes(540))

decoy("json/jwks", "guest-app-api/test/fixtures/jwks.json", "RFC 7517: JSON Web Key Set with public RSA keys (n, e)", '''
    {
      "keys": [
        {
          "kty": "RSA",
          "use": "sig",
          "kid": "guest-app-2024-05",
          "alg": "RS256",
          "n": "@@N@@",
          "e": "AQAB"
        }
      ]
    }
    ''', N=b64_bytes(256).replace("+", "-").replace("/", "_").rstrip("="))

decoy("markdown/pgp-public-key", "docs/integrations/ideas-sftp.md", "RFC 4880: ASCII-armored public key block (shared with the vendor)", '''
    # IDeaS extract encryption

    IDeaS encrypts the decision files to our public key below; import it on the RMS exporter with
    `gpg --import`. The private key is in the HotelIT KeePass, never in this repository.

    ```
    -----BEGIN PGP PUBLIC KEY BLOCK-----

    mQINBG@@A@@
    @@B@@
    @@C@@
    =Xk2p
    -----END PGP PUBLIC KEY BLOCK-----
    ```

    Fingerprint: `7A3C 91E2 44B0 5D1F 8C6E  2B97 0F4A D318 66C2 E905`
    ''', A=alnum(58, "+/"), B=alnum(64, "+/"), C=alnum(40, "+/"))

decoy("markdown/changelog", "CHANGELOG.md", "Keep a Changelog; git commit hashes", '''
    # Changelog

    ## [2.8.1] - 2024-06-03
    ### Fixed
    - Deposit capture retried twice on Adyen timeouts (@@A@@).
    - Mews reservations with no assigned room crashed the exporter (@@B@@).

    ## [2.8.0] - 2024-05-20
    ### Added
    - Channex ARI push for the Alpina Lodge (@@C@@).
    - Image digest pinned: `sha256:@@D@@`.
    ''', A=hexs(40), B=hexs(40), C=hexs(40), D=hexs(64))

decoy("sql/hashed-emails", "db/exports/google_hotel_ads_audience.sql", "Google Ads Customer Match docs: SHA-256 normalized email hashes", '''
    -- Customer Match audience for Google Hotel Ads: emails are normalized and SHA-256 hashed
    CREATE TABLE IF NOT EXISTS gha_audience (
      email_sha256 CHAR(64) PRIMARY KEY,
      last_stay DATE NOT NULL
    );
    INSERT INTO gha_audience (email_sha256, last_stay) VALUES
      ('@@A@@', '2024-03-02'),
      ('@@B@@', '2024-04-18'),
      ('@@C@@', '2024-05-07');
    ''', A=hexs(64), B=hexs(64), C=hexs(64))

decoy("cisco/secret-hash", "wifi/cisco/core-switch-guest.cfg", "Cisco IOS docs: enable secret 9 (scrypt hash) and username ... secret 9", '''
    hostname CORE-SW-GUEST
    !
    enable secret 9 $9$@@A@@$@@B@@
    username netadmin privilege 15 secret 9 $9$@@C@@$@@D@@
    !
    vlan 60
     name GUEST-WIFI
    vlan 70
     name STAFF-WIFI
    !
    interface Vlan60
     ip address 10.60.0.2 255.255.0.0
    ''', A=alnum(14, "./"), B=alnum(43, "./"), C=alnum(14, "./"), D=alnum(43, "./"))

decoy("freeradius/default-localhost", "wifi/freeradius/test/clients.conf", "FreeRADIUS docs: the stock clients.conf localhost client (secret testing123) used with radtest", '''
    # Test container only: the stock localhost client shipped with FreeRADIUS, so that
    # `radtest guest1 guest1 127.0.0.1 0 testing123` works in CI.
    client localhost {
        ipaddr = 127.0.0.1
        proto = *
        secret = testing123
        require_message_authenticator = no
        nas_type = other
    }
    ''')

decoy("hostapd/psk-file", "wifi/staff/hostapd.template.conf", "hostapd.conf reference: wpa_psk_file", '''
    interface=wlan0
    driver=nl80211
    ssid=HOTEL-STAFF
    hw_mode=g
    channel=6
    wpa=2
    wpa_key_mgmt=WPA-PSK
    rsn_pairwise=CCMP
    # per-device PSKs are provisioned by the MDM into this file
    wpa_psk_file=/etc/hostapd/hostapd.wpa_psk
    ''')

decoy("routeros/hide-sensitive", "wifi/mikrotik/hotspot-export-v7.rsc", "MikroTik RouterOS v7 docs: /export hides sensitive values unless show-sensitive", '''
    # 2024-03-11 09:14:02 by RouterOS 7.13.5
    # model = CCR2004-16G-2S+
    /ip hotspot profile
    add dns-name=wifi.palmtree-resorts.example hotspot-address=10.60.0.1 login-by=http-chap,http-pap name=guest-portal use-radius=yes
    /ip hotspot
    add address-pool=guest-pool disabled=no interface=vlan60-guest name=guest-hotspot profile=guest-portal
    /radius
    add address=10.1.1.20 service=hotspot timeout=3s
    /ip hotspot walled-garden
    add dst-host=*.palmtree-resorts.example
    ''')

decoy("yaml/wifi-portal-settings", "wifi/portal/settings.yaml", "Captive portal configuration (guest Wi-Fi): public settings and labels", '''
    portal:
      title: "Welcome to Skyline NYC"
      ssid: SKYLINE-GUEST
      login_methods: [room_and_last_name, voucher, email]
      voucher:
        length: 8
        alphabet: "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        example: "XXXX-XXXX"
      pms_lookup:
        provider: opera-fias
        password_field_label: "Last name"
      premium_plan_price: 9.95
      terms_url: https://www.skyline-hotels.example/wifi-terms
    ''')

# ---------------------------------------------------------------- ciphertext and secret-store references
decoy("yaml/spring-cipher", "config-repo/reservation-events-prod.yml", "Spring Cloud Config docs: encrypted values ('{cipher}...')", '''
    spring:
      kafka:
        properties:
          sasl.jaas.config: '{cipher}@@A@@'
      datasource:
        url: jdbc:postgresql://pg-events.internal:5432/events
        username: events
        password: '{cipher}@@B@@'
    ''', A=hexs(192), B=hexs(96))

decoy("json/keyvault-reference", "infra/functionapp-settings.json", "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))", '''
    [
      {
        "name": "StorageConnection",
        "value": "@Microsoft.KeyVault(SecretUri=https://kv-harbour-prod.vault.azure.net/secrets/idscans-storage/)",
        "slotSetting": false
      },
      {
        "name": "MicrosoftAppPassword",
        "value": "@Microsoft.KeyVault(VaultName=kv-harbour-prod;SecretName=teamsbot-app-password)",
        "slotSetting": false
      },
      {
        "name": "Pms__HotelId",
        "value": "SKYNYC",
        "slotSetting": false
      }
    ]
    ''')

decoy("yaml/ssm-reference", "lambdas/folio-mailer/serverless.yml", "Serverless Framework docs: ${ssm:...} variables", '''
    service: folio-mailer

    provider:
      name: aws
      runtime: python3.12
      region: eu-west-1
      environment:
        MAILGUN_API_KEY: ${ssm:/hotel/prod/mailgun/api_key}
        OPERA_CLIENT_SECRET: ${ssm:/hotel/prod/ohip/client_secret}
        DB_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/folio-db-Ab12Cd

    functions:
      send:
        handler: handler.send
        events:
          - sqs: arn:aws:sqs:eu-west-1:123456789012:checkout-folios
    ''')

decoy("hcl/vault-template", "deploy/vault-agent/rate-sync.hcl", "Vault Agent docs: template stanza with {{ with secret }}", '''
    vault {
      address = "https://vault.harbour.internal:8200"
    }

    auto_auth {
      method "kubernetes" {
        config = { role = "rate-sync" }
      }
    }

    template {
      destination = "/etc/rate-sync/apaleo.env"
      contents    = <<EOT
    {{ with secret "kv/data/apaleo/rate-sync" }}
    APALEO_CLIENT_ID={{ .Data.data.client_id }}
    APALEO_CLIENT_SECRET={{ .Data.data.client_secret }}
    {{ end }}
    EOT
    }
    ''')

decoy("json/postman-environment", "docs/postman/OPERA-Cloud.postman_environment.json", "Postman docs: environment export with empty secret values", '''
    {
      "id": "@@ID@@",
      "name": "OPERA Cloud (fill in locally)",
      "values": [
        { "key": "HostName", "value": "https://euc1-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com", "type": "default", "enabled": true },
        { "key": "AppKey", "value": "", "type": "secret", "enabled": true },
        { "key": "ClientId", "value": "", "type": "default", "enabled": true },
        { "key": "ClientSecret", "value": "", "type": "secret", "enabled": true },
        { "key": "Username", "value": "", "type": "default", "enabled": true },
        { "key": "Password", "value": "", "type": "secret", "enabled": true },
        { "key": "Token", "value": "{{access_token}}", "type": "default", "enabled": true }
      ],
      "_postman_variable_scope": "environment"
    }
    ''', ID=uuid_s())

decoy("ini/aws-sso", "deploy/aws-config", "AWS CLI docs: IAM Identity Center (SSO) profiles, no stored keys", '''
    [profile hotel-prod]
    sso_session = palmtree
    sso_account_id = 123456789012
    sso_role_name = HotelOpsAdmin
    region = eu-west-1

    [sso-session palmtree]
    sso_start_url = https://palmtree-resorts.awsapps.com/start
    sso_region = eu-west-1
    sso_registration_scopes = sso:account:access
    ''')

decoy("npmrc/env-reference", "guest-app/web/.npmrc", "npm docs: environment variables in .npmrc (${NPM_TOKEN})", '''
    @rooftop-hotels:registry=https://npm.pkg.github.com
    //npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
    always-auth=true
    save-exact=true
    fund=false
    ''')

decoy("docker-config/creds-store", "ci/docker/config.ci.json", "Docker CLI docs: credential helpers (credsStore / credHelpers)", '''
    {
      "auths": {
        "registry.skyline-hotels.example": {},
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": {}
      },
      "credHelpers": {
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
      },
      "credsStore": "pass"
    }
    ''')

decoy("notebook/getpass", "analysis/adr_by_segment.ipynb", "Jupyter nbformat 4; Python getpass for interactive credentials", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# ADR by market segment\n", "Connects to the OPERA reporting replica (read-only user)."]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
            "import getpass\n", "import oracledb\n", "import pandas as pd\n", "\n",
            "password = getpass.getpass(\"BI_READER password: \")\n",
            "conn = oracledb.connect(user=\"BI_READER\", password=password, dsn=\"opera-rpt.riviera.local/OPERARPT\")"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
            "df = pd.read_sql(\"SELECT market_code, SUM(room_revenue)/SUM(rooms) adr FROM stay_records GROUP BY market_code\", conn)\n",
            "df.sort_values(\"ADR\", ascending=False)"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1))

decoy("vscode/prompt", ".vscode/settings.shared.json", "SQLTools docs: askForPassword connection option", '''
    {
      "sqltools.connections": [
        {
          "name": "OPERA reporting replica",
          "driver": "Oracle",
          "server": "opera-rpt.riviera.local",
          "port": 1521,
          "database": "OPERARPT",
          "username": "BI_READER",
          "askForPassword": true
        }
      ]
    }
    ''')

decoy("json/keycloak-masked", "sso/realm-export/staff-realm.partial.json", "Keycloak docs: partial export masks client secrets as **********", '''
    {
      "realm": "hotel-staff",
      "clients": [
        {
          "clientId": "housekeeping-app",
          "publicClient": false,
          "clientAuthenticatorType": "client-secret",
          "secret": "**********",
          "redirectUris": ["https://hk.lakeside-resort.example/*"]
        }
      ]
    }
    ''')

decoy("xml/htng-sample", "docs/htng/folio_post_example.xml", "HTNG / WS-Security UsernameToken example with a placeholder password", '''
    <?xml version="1.0" encoding="utf-8"?>
    <!-- Example from the interface spec: replace the credentials with the ones from the PMS team -->
    <soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"
                   xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <soap:Header>
        <wsse:Security>
          <wsse:UsernameToken>
            <wsse:Username>YOUR_USERNAME</wsse:Username>
            <wsse:Password>YOUR_PASSWORD</wsse:Password>
          </wsse:UsernameToken>
        </wsse:Security>
      </soap:Header>
      <soap:Body>
        <PostingRQ xmlns="http://htng.org/2014B" HotelCode="HOTELCODE">
          <Posting RoomNumber="101" Amount="10.00" CurrencyCode="USD" Outlet="BAR" CheckNumber="1" />
        </PostingRQ>
      </soap:Body>
    </soap:Envelope>
    ''')

decoy("xml/ota-template", "templates/ota/OTA_HotelResNotifRQ.xml.j2", "OpenTravel OTA 2003B: POS/Source/RequestorID; Jinja2 template variables", '''
    <OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" EchoToken="{{ echo_token }}">
      <POS>
        <Source>
          <RequestorID ID="{{ requestor_id }}" Type="22" MessagePassword="{{ message_password }}" />
        </Source>
      </POS>
      <HotelReservations>
        {% for res in reservations %}
        <HotelReservation CreateDateTime="{{ res.created }}" ResStatus="{{ res.status }}">
          <UniqueID Type="14" ID="{{ res.id }}" />
        </HotelReservation>
        {% endfor %}
      </HotelReservations>
    </OTA_HotelResNotifRQ>
    ''')

decoy("json/i18n-labels", "guest-app/web/src/locales/en.json", "i18n message catalogue (labels that mention passwords and keys)", '''
    {
      "login.title": "Find your booking",
      "login.password": "Password",
      "login.password.placeholder": "Enter your password",
      "login.forgotPassword": "Forgot your password?",
      "key.mobileKey": "Mobile key",
      "key.token.expired": "Your key has expired. Please visit reception.",
      "wifi.accessCode": "Wi-Fi access code",
      "wifi.secret.hint": "Your access code is printed on your key card holder"
    }
    ''')

decoy("markdown/aws-example", "docs/runbooks/night-audit-uploader.md", "AWS docs: the example access key AKIAIOSFODNN7EXAMPLE and its example secret", '''
    # Night audit uploader

    The uploader uses the `night-audit` profile. Ask cloud-ops for a key; the file looks like:

    ```ini
    [night-audit]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = eu-west-3
    ```

    (These are the example values from the AWS documentation, not a real key.)
    ''')

decoy("markdown/placeholders", "docs/integrations/channex.md", "Vendor integration guide kept in the repository, with placeholders", '''
    # Channex setup

    1. In Channex, create a user for the integration and generate an API key.
    2. Store it in Vault: `vault kv put kv/channex api_key=<your-channex-api-key>`.
    3. Test it:

    ```bash
    curl -H "user-api-key: $CHANNEX_API_KEY" https://app.channex.io/api/v1/properties
    ```

    Example response header to look for: `user-api-key: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` is
    echoed masked in the audit log.
    ''')

