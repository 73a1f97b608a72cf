"""Blind set BR: travel and booking integrations.

GDS clients (Amadeus Self-Service and Enterprise SOAP, Sabre SOAP/REST, Travelport uAPI), Duffel,
Booking.com and Expedia partner connectivity, hotel PMS and channel managers (Mews, Cloudbeds,
OPERA/OHIP, SiteMinder, Channex, Hostaway, Guesty, Apaleo, protel), airline NDC gateways and ATPCO
filing, car-rental OTA XML, rail data APIs (Darwin, DB, TfL, SNCF), tour-booking platforms
(FareHarbor, Rezdy, Bokun, Viator, GetYourGuide, Checkfront, TourCMS), fare scrapers and alerting,
itinerary e-mail parsers, loyalty integrations, and the booking platform's own infrastructure; with
their decoys. Generated fakes only (seeds 630000-639999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
UPNUM = string.ascii_uppercase + string.digits
_SEED = [630000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 640000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 640000
    return _SEED[0]


WORDS = ["Harbor", "Runway", "Compass", "Lagoon", "Atlas", "Voyage", "Sierra", "Marina", "Pelican", "Galley",
         "Mistral", "Tango", "Horizon", "Cabana", "Fjord", "Sherpa", "Monsoon", "Zephyr", "Oasis", "Condor"]
LOWER = ["suitcase", "boarding", "layover", "passport", "ferry", "gondola", "tramway", "hostel", "canyon",
         "postcard", "jetlag", "souvenir", "lagoon", "atlas", "itinerary", "sleeper"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "summer", "winter"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*&") + r.choice(WORDS) + str(r.randint(10, 9999))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.choice([2019, 2021, 2022, 2023, 2024, 2025])) + r.choice("!#$.")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int, alphabet: str = HEX) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64rand(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def sel(alphabet: str, n: int) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def duffel_token(mode: str = "live") -> str:
    return f"duffel_{mode}_" + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def mews_token() -> str:
    return hexs(32, UPHEX) + "-" + hexs(31, UPHEX)


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + sel(UPNUM, 8) + "/B" + sel(UPNUM, 10) + "/"
            + sel(ALNUM, 24))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "-_") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def stripe_key(prefix: str = "sk_live_", n: int = 24) -> str:
    return fakes.fake(prefix, n, _seed())


def google_key() -> str:
    return "AIza" + fakes.drawn_mixed(_seed(), 35, ALNUM + "-_")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(9))
    return "-----BEGIN CERTIFICATE-----\nMIIE" + body[4:] + "\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    return "$2b$12$" + sel(string.ascii_letters + string.digits + "./", 53)


def argon2_hash() -> str:
    return ("$argon2id$v=19$m=65536,t=3,p=4$" + b64rand(16).rstrip("=") + "$" + b64rand(32).rstrip("="))


def pbkdf2_hash() -> str:
    return "pbkdf2_sha256$600000$" + sel(ALNUM, 22) + "$" + b64rand(32)


def pnr() -> str:
    return sel("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)


def ticket_no(airline: str = "125") -> str:
    return airline + sel(string.digits, 10)


def ansible_vault() -> str:
    r = _rng()
    blob = "".join(r.choice(HEX) for _ in range(80 * 5))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80))


def sops_value() -> str:
    return (f"ENC[AES256_GCM,data:{b64rand(18)},iv:{b64rand(32)},tag:{b64rand(16)},type:str]")


def notebook(cells: List[dict]) -> str:
    out = []
    for cell in cells:
        src = cell["src"].splitlines(keepends=True)
        if cell.get("md"):
            out.append({"cell_type": "markdown", "metadata": {}, "source": src})
            continue
        entry = {"cell_type": "code", "execution_count": cell.get("n", 1), "metadata": {}, "outputs": [],
                 "source": src}
        if "out" in cell:
            entry["outputs"] = [{"name": "stdout", "output_type": "stream",
                                 "text": cell["out"].splitlines(keepends=True)}]
        out.append(entry)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                     "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


CASES: List[LabelledCase] = []


def S(fmt: str, what: str, path: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-br/{fmt}/{what}", path, text, secret, source))


def D(fmt: str, what: str, path: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-br/{fmt}/decoy-{what}", path, text, None, source))


def T(template: str, **values: str) -> str:
    out = template
    for key, value in values.items():
        out = out.replace("@" + key.upper() + "@", value)
    assert "@" + "V@" not in out
    return out


def SV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    text = T(template, v=value, **kw)
    assert value in text, path
    S(fmt, what, path, text, value, source)


def DV(fmt: str, what: str, path: str, template: str, value: str, source: str, **kw: str) -> None:
    D(fmt, what, path, T(template, v=value, **kw), source)


# ============================== Amadeus ======================================================
AM_SRC = "https://developers.amadeus.com/self-service/apis-docs/guides/developer-guides/API-Keys/authorization/"
AM_SOAP_SRC = "https://github.com/amabnl/amadeus-ws-client/blob/master/docs/about-get-started.rst"

SV("dotenv", "amadeus-client-secret", "apps/flight-search/.env", """# Flight search BFF - local overrides
NODE_ENV=development
PORT=4010
LOG_LEVEL=debug

# Amadeus for Developers (production key, shared with the ops team)
AMADEUS_HOSTNAME=production
AMADEUS_CLIENT_ID=@ID@
AMADEUS_CLIENT_SECRET=@V@

REDIS_URL=redis://localhost:6379/2
CURRENCY_DEFAULT=EUR
""", fakes.drawn_mixed(_seed(), 16), AM_SRC, id=fakes.drawn_mixed(_seed(), 32))

SV("python", "amadeus-client-secret", "flightsearch/gds/amadeus_client.py", '''"""Thin wrapper around the amadeus SDK used by the fare cache warmer."""
import logging

from amadeus import Client, ResponseError

log = logging.getLogger(__name__)

amadeus = Client(
    client_id="@ID@",
    client_secret="@V@",
    hostname="production",
    logger=log,
)


def cheapest_dates(origin: str, destination: str):
    try:
        response = amadeus.shopping.flight_dates.get(origin=origin, destination=destination)
    except ResponseError as error:
        log.warning("amadeus error %s for %s-%s", error, origin, destination)
        return []
    return response.data
''', fakes.drawn_mixed(_seed(), 16), "https://github.com/amadeus4dev/amadeus-python",
   id=fakes.drawn_mixed(_seed(), 32))

SV("appsettings-json", "amadeus-soap-password", "src/Gds.Amadeus/appsettings.Production.json", """{
  "Logging": {
    "LogLevel": { "Default": "Information", "System.Net.Http": "Warning" }
  },
  "Amadeus": {
    "Endpoint": "https://nodeD1.production.webservices.amadeus.com/1ASIWTRVBEN",
    "WsapId": "1ASIWTRVBEN",
    "OfficeId": "PARF82112",
    "UserId": "WSBENTRV",
    "Password": "@V@",
    "DutyCode": "SU",
    "RequestorType": "U",
    "Stateful": false,
    "SoapHeaderVersion": 4
  },
  "FareCache": {
    "TtlMinutes": 20,
    "MaxRecommendations": 250
  }
}
""", words_pw(), AM_SOAP_SRC)

_am_pw = rand_pw(14)
S("php", "amadeus-password-data-base64", "config/packages/amadeus_ws.php", T("""<?php
// Amadeus Web Services client (amabnl/amadeus-ws-client) - production WSAP
use Amadeus\\Client\\Params;

return new Params([
    'authParams' => [
        'officeId' => 'MADTE3105',
        'userId' => 'WSTRVWEB',
        'passwordData' => '@P@',   // base64 of the WS password, as Amadeus hands it out
        'passwordLength' => @L@,
        'dutyCode' => 'SU',
        'organizationId' => 'NMC-SPAIN',
    ],
    'sessionHandlerParams' => [
        'soapHeaderVersion' => \\Amadeus\\Client::HEADER_V4,
        'wsdl' => __DIR__ . '/../../var/wsdl/1ASIWTRVWEB_PRD_20240115.wsdl',
        'stateful' => false,
    ],
    'requestCreatorParams' => [
        'receivedFrom' => 'tripweb-checkout',
    ],
]);
""", p=b64(_am_pw), l=str(len(_am_pw))), _am_pw, AM_SOAP_SRC)

DV("dotenv", "placeholder", "apps/flight-search/.env.example", """# Copy to .env and fill in from https://developers.amadeus.com/my-apps
NODE_ENV=development
PORT=4010

AMADEUS_HOSTNAME=test
AMADEUS_CLIENT_ID=@V@
AMADEUS_CLIENT_SECRET=REPLACE_BY_YOUR_API_SECRET

REDIS_URL=redis://localhost:6379/2
""", "REPLACE_BY_YOUR_API_KEY", AM_SRC)

D("spring-yaml", "env-reference", "booking-core/src/main/resources/application.yml", """spring:
  application:
    name: booking-core
  jackson:
    default-property-inclusion: non_null

amadeus:
  base-url: https://api.amadeus.com
  client-id: ${AMADEUS_CLIENT_ID}
  client-secret: ${AMADEUS_CLIENT_SECRET}
  token-refresh-skew: 60s

sabre:
  rest-url: https://api.platform.sabre.com
  epr: ${SABRE_EPR:}
  pcc: ${SABRE_PCC:X1AB}
  password: ${SABRE_PASSWORD:}

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
""", "https://docs.spring.io/spring-boot/reference/features/external-config.html")

SV("java", "amadeus-client-secret", "src/main/java/com/tripnest/gds/AmadeusConfig.java", """package com.tripnest.gds;

import com.amadeus.Amadeus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AmadeusConfig {

    // TODO move to vault before go-live
    private static final String API_KEY = "@ID@";
    private static final String API_SECRET = "@V@";

    @Bean
    public Amadeus amadeus() {
        return Amadeus
                .builder(API_KEY, API_SECRET)
                .setHostname("production")
                .setLogLevel("warn")
                .build();
    }
}
""", fakes.drawn_mixed(_seed(), 16), "https://github.com/amadeus4dev/amadeus-java",
   id=fakes.drawn_mixed(_seed(), 32))

_nb_secret = fakes.drawn_mixed(_seed(), 16)
S("jupyter-notebook", "amadeus-client-secret", "notebooks/fare_seasonality_LIS.ipynb", notebook([
    {"md": True, "src": "# Fare seasonality LIS -> NYC\nPulls flight-offers for each departure week.\n"},
    {"n": 1, "src": "from amadeus import Client\nimport pandas as pd\n\n"
                    f"amadeus = Client(client_id='{fakes.drawn_mixed(_seed(), 32)}',\n"
                    f"                 client_secret='{_nb_secret}')\n"},
    {"n": 2, "src": "resp = amadeus.shopping.flight_offers_search.get(\n"
                    "    originLocationCode='LIS', destinationLocationCode='JFK',\n"
                    "    departureDate='2024-10-14', adults=1, max=50)\nlen(resp.data)\n",
     "out": "50\n"},
]), _nb_secret, "https://github.com/amadeus4dev/amadeus-python")

SV("shell", "amadeus-client-secret", "scripts/amadeus_token.sh", """#!/usr/bin/env bash
# Fetch an Amadeus access token for manual testing against prod.
set -euo pipefail

HOST="https://api.amadeus.com"

curl -sS -X POST "$HOST/v1/security/oauth2/token" \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  -d "grant_type=client_credentials&client_id=@ID@&client_secret=@V@" \\
  | jq -r .access_token
""", fakes.drawn_mixed(_seed(), 16), AM_SRC, id=fakes.drawn_mixed(_seed(), 32))

D("markdown", "doc-placeholder", "docs/integrations/amadeus.md", """# Amadeus Self-Service integration

1. Create an app at https://developers.amadeus.com/my-apps and copy the **API Key** and **API Secret**.
2. Put them in the vault at `kv/tripnest/amadeus` (keys `client_id`, `client_secret`).
3. For local work export them in your shell:

```bash
export AMADEUS_CLIENT_ID=REPLACE_BY_YOUR_API_KEY
export AMADEUS_CLIENT_SECRET=REPLACE_BY_YOUR_API_SECRET
```

```python
from amadeus import Client
amadeus = Client(client_id='REPLACE_BY_YOUR_API_KEY', client_secret='REPLACE_BY_YOUR_API_SECRET')
```

Test environment tokens last 30 minutes (`expires_in: 1799`). Never commit real keys.
""", AM_SRC)

D("xml", "password-digest", "tests/fixtures/amadeus/Fare_MasterPricerTravelBoardSearch_rq.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:sec="http://xml.amadeus.com/2010/06/Security_v1" xmlns:oas="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd" xmlns:oas1="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soapenv:Header>
    <add:MessageID xmlns:add="http://www.w3.org/2005/08/addressing">@MID@</add:MessageID>
    <add:Action xmlns:add="http://www.w3.org/2005/08/addressing">http://webservices.amadeus.com/FMPTBQ_23_1_1A</add:Action>
    <oas:Security>
      <oas:UsernameToken oas1:Id="UsernameToken-1">
        <oas:Username>WSBENTRV</oas:Username>
        <oas:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">@NONCE@</oas:Nonce>
        <oas:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@DIGEST@</oas:Password>
        <oas1:Created>2024-03-11T09:14:52.118Z</oas1:Created>
      </oas:UsernameToken>
    </oas:Security>
    <AMA_SecurityHostedUser xmlns="http://xml.amadeus.com/2010/06/Security_v1">
      <UserID AgentDutyCode="SU" RequestorType="U" PseudoCityCode="PARF82112" POS_Type="1"/>
    </AMA_SecurityHostedUser>
  </soapenv:Header>
  <soapenv:Body>
    <Fare_MasterPricerTravelBoardSearch>
      <numberOfUnit><unitNumberDetail><numberOfUnits>1</numberOfUnits><typeOfUnit>PX</typeOfUnit></unitNumberDetail></numberOfUnit>
      <paxReference><ptc>ADT</ptc><traveller><ref>1</ref></traveller></paxReference>
      <itinerary>
        <requestedSegmentRef><segRef>1</segRef></requestedSegmentRef>
        <departureLocalization><departurePoint><locationId>CDG</locationId></departurePoint></departureLocalization>
        <arrivalLocalization><arrivalPointDetails><locationId>YUL</locationId></arrivalPointDetails></arrivalLocalization>
        <timeDetails><firstDateTimeDetail><date>140524</date></firstDateTimeDetail></timeDetails>
      </itinerary>
    </Fare_MasterPricerTravelBoardSearch>
  </soapenv:Body>
</soapenv:Envelope>
""", mid="urn:uuid:" + uuid_s(), nonce=b64rand(16), digest=b64rand(20)),
  "https://developers.amadeus.com/ (Amadeus Web Services SOAP Header 4 WS-Security UsernameToken)")

SV("toml", "amadeus-soap-password", "config/gds/amadeus.prod.toml", """# Amadeus Enterprise web services (SoapHeader 4), read by gds-gateway at boot
[amadeus]
endpoint = "https://nodeD1.production.webservices.amadeus.com/1ASIWXYZLHR"
wsap = "1ASIWXYZLHR"
office_id = "LONU1234X"
user_id = "WSXYZLHR"
password = "@V@"
duty_code = "SU"

[amadeus.timeouts]
connect_ms = 3000
read_ms = 45000

[amadeus.queues]
ticketing = 50
schedule_change = 8
""", rand_pw(12, "!#%"), AM_SOAP_SRC)

# ============================== Sabre ========================================================
SABRE_SRC = "https://developer.sabre.com/guides/travel-agency/developer-guides/session-tokens"
SABRE_REST_SRC = "https://developer.sabre.com/guides/airline-carrier/how-to/rest-apis-token-credentials"

SV("java-properties", "sabre-password", "gds-adapter/src/main/resources/sabre.properties", """# Sabre SOAP session pool (SessionCreateRQ)
sabre.endpoint=https://webservices.platform.sabre.com
sabre.username=7971
sabre.password=@V@
sabre.pcc=G7HE
sabre.domain=DEFAULT
sabre.pool.size=8
sabre.pool.keepalive.minutes=14
sabre.timeout.ms=60000
""", words_pw(), SABRE_SRC)

SV("xml", "sabre-password", "Templates/Sabre/SessionCreateRQ.xml", """<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" xmlns:eb="http://www.ebxml.org/namespaces/messageHeader">
  <SOAP-ENV:Header>
    <eb:MessageHeader SOAP-ENV:mustUnderstand="1" eb:version="1.0">
      <eb:From><eb:PartyId type="urn:x12.org:IO5:01">TravelDeskWeb</eb:PartyId></eb:From>
      <eb:To><eb:PartyId type="urn:x12.org:IO5:01">webservices.sabre.com</eb:PartyId></eb:To>
      <eb:CPAId>J9LK</eb:CPAId>
      <eb:ConversationId>{ConversationId}</eb:ConversationId>
      <eb:Service eb:type="OTA">SessionCreateRQ</eb:Service>
      <eb:Action>SessionCreateRQ</eb:Action>
      <eb:MessageData>
        <eb:MessageId>{MessageId}</eb:MessageId>
        <eb:Timestamp>{Timestamp}</eb:Timestamp>
      </eb:MessageData>
    </eb:MessageHeader>
    <wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">
      <wsse:UsernameToken>
        <wsse:Username>4823</wsse:Username>
        <wsse:Password>@V@</wsse:Password>
        <Organization>J9LK</Organization>
        <Domain>DEFAULT</Domain>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <SessionCreateRQ><POS><Source PseudoCityCode="J9LK"/></POS></SessionCreateRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
""", "WS" + sel(string.ascii_lowercase + string.digits, 6), SABRE_SRC)

SV("dotenv", "sabre-client-secret", "services/pricing/.env.production", """APP_ENV=production
SABRE_BASE_URL=https://api.platform.sabre.com
SABRE_CLIENT_ID=V1:@EPR@:K2PH:AA
SABRE_CLIENT_SECRET=@V@
SABRE_TOKEN_TTL=604800
BFM_MAX_OPTIONS=100
DATABASE_URL=${PRICING_DATABASE_URL}
""", rand_pw(8), SABRE_REST_SRC, epr=str(_rng().randint(100000, 999999)))

_sabre_user = "V1:" + str(_rng().randint(100000, 999999)) + ":P3QA:AA"
_sabre_pw = rand_pw(8)
_sabre_tok = b64(b64(_sabre_user) + ":" + b64(_sabre_pw))
S("postman-environment", "sabre-basic-token", "postman/Sabre CERT.postman_environment.json", T("""{
  "id": "@ID@",
  "name": "Sabre CERT",
  "values": [
    { "key": "base_url", "value": "https://api.cert.platform.sabre.com", "type": "default", "enabled": true },
    { "key": "pcc", "value": "P3QA", "type": "default", "enabled": true },
    { "key": "basic_credentials", "value": "@TOK@", "type": "secret", "enabled": true },
    { "key": "access_token", "value": "", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-02-07T10:31:44.219Z",
  "_postman_exported_using": "Postman/10.22.11"
}
""", id=uuid_s(), tok=_sabre_tok), _sabre_tok, SABRE_REST_SRC)

D("markdown", "doc-example-base64", "docs/gds/sabre-rest-auth.md", """# Sabre REST authentication (v2 token)

Sabre wants the credentials double base64 encoded. With the documentation's sample values:

| Step | Value |
|------|-------|
| User ID | `V1:userid:group:domain` |
| base64(User ID) | `VjE6dXNlcmlkOmdyb3VwOmRvbWFpbg==` |
| base64(password `12345`) | `MTIzNDU=` |
| concatenated | `VjE6dXNlcmlkOmdyb3VwOmRvbWFpbg==:MTIzNDU=` |

Then POST `/v2/auth/token` with `Authorization: Basic <base64 of the concatenated string>` and
`grant_type=client_credentials`.

Our real EPR/PCC/password live in Vault under `kv/gds/sabre/<env>`; `make sabre-token ENV=cert`
reads them from there.
""", SABRE_REST_SRC)

SV("python", "sabre-password", "gds/sabre/auth.py", '''import base64

import requests

SABRE_URL = "https://api.platform.sabre.com/v2/auth/token"
EPR = "618213"
PCC = "W0H3"
DOMAIN = "AA"
PASSWORD = "@V@"


def _b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


def fetch_token() -> str:
    client_id = _b64(f"V1:{EPR}:{PCC}:{DOMAIN}")
    secret = _b64(PASSWORD)
    credentials = _b64(f"{client_id}:{secret}")
    resp = requests.post(
        SABRE_URL,
        headers={"Authorization": f"Basic {credentials}",
                 "Content-Type": "application/x-www-form-urlencoded"},
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
''', season_pw(), SABRE_REST_SRC)

D("json", "booking-identifiers", "tests/fixtures/sabre/bfm_itinerary_response.json", T("""{
  "groupedItineraryResponse": {
    "version": "6.1.0",
    "messages": [
      { "severity": "Info", "type": "SERVER", "code": "TRANSACTIONID", "text": "@TX@" }
    ],
    "statistics": { "itineraryCount": 1 },
    "scheduleDescs": [
      { "id": 1, "carrier": { "marketing": "AA", "marketingFlightNumber": 100 },
        "departure": { "airport": "JFK", "time": "18:10:00-04:00" },
        "arrival": { "airport": "LHR", "time": "06:20:00+01:00" } }
    ],
    "itineraryGroups": [
      { "itineraries": [
          { "id": 1, "pricingSource": "ADVJR1",
            "pricingInformation": [ { "fare": { "validatingCarrierCode": "AA",
                                                "totalFare": { "totalPrice": 812.46, "currency": "USD" } } } ] }
      ] }
    ]
  },
  "booking": {
    "recordLocator": "@PNR@",
    "ticketNumbers": ["@TK1@", "@TK2@"],
    "requestId": "@REQ@"
  }
}
""", tx=sel(string.digits, 19), pnr=pnr(), tk1=ticket_no("001"), tk2=ticket_no("001"), req=uuid_s()),
  "https://developer.sabre.com/docs/rest_apis/air/search/bargain_finder_max")

SV("rails-yaml", "sabre-password", "config/sabre.yml", """default: &default
  endpoint: https://webservices.cert.platform.sabre.com
  pcc: T5RM
  username: "5512"
  domain: DEFAULT
  session_pool: 4

development:
  <<: *default
  password: <%= ENV["SABRE_PASSWORD"] %>

test:
  <<: *default
  password: fake

production:
  <<: *default
  endpoint: https://webservices.platform.sabre.com
  password: "@V@"
""", words_pw(), "https://guides.rubyonrails.org/configuring.html#custom-configuration")

# ============================== Travelport ===================================================
TP_SRC = "https://github.com/Travelport-Ukraine/uapi-json#settings"

SV("javascript", "travelport-uapi-password", "server/gds/uapi-config.js", """'use strict';

const uAPI = require('uapi-json');

const settings = {
  auth: {
    username: 'Universal API/uAPI@N@-@H@',
    password: '@V@',
    targetBranch: 'P@B@',
    region: 'emea',
    emulatePcc: '7J8J',
  },
  debug: 0,
  production: true,
  timeout: 60000,
};

module.exports = {
  air: uAPI.createAirService(settings),
  hotel: uAPI.createHotelService(settings),
  utils: uAPI.createUtilsService(settings),
};
""", rand_pw(10, "&%=$"), TP_SRC, n=sel(string.digits, 10), h=hexs(8), b=sel(string.digits, 7))

SV("web-config", "travelport-uapi-password", "TravelDesk.Web/Web.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="Travelport.Endpoint" value="https://emea.universal-api.travelport.com/B2BGateway/connect/uAPI/" />
    <add key="Travelport.UserName" value="Universal API/uAPI@N@-@H@" />
    <add key="Travelport.Password" value="@V@" />
    <add key="Travelport.TargetBranch" value="P@B@" />
    <add key="Travelport.Provider" value="1G" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" maxRequestLength="8192" />
  </system.web>
</configuration>
""", words_pw(), "https://support.travelport.com/webhelp/uapi/uAPI.htm",
   n=sel(string.digits, 10), h=hexs(8), b=sel(string.digits, 7))

_tp_user = "Universal API/uAPI" + sel(string.digits, 10) + "-" + hexs(8)
_tp_pw = rand_pw(10, "!%&=")
S("http-file", "travelport-basic-auth", "requests/travelport-air.http", T("""### LowFareSearch against Travelport pre-production
POST https://apac.universal-api.pp.travelport.com/B2BGateway/connect/uAPI/AirService
Content-Type: text/xml; charset=utf-8
Accept-Encoding: gzip
Authorization: Basic @B@

<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
  <soapenv:Body>
    <air:LowFareSearchReq xmlns:air="http://www.travelport.com/schema/air_v52_0" TargetBranch="P7002817" TraceId="lfs-001">
      <com:BillingPointOfSaleInfo xmlns:com="http://www.travelport.com/schema/common_v52_0" OriginApplication="UAPI"/>
      <air:SearchAirLeg>
        <air:SearchOrigin><com:CityOrAirport xmlns:com="http://www.travelport.com/schema/common_v52_0" Code="SYD"/></air:SearchOrigin>
        <air:SearchDestination><com:CityOrAirport xmlns:com="http://www.travelport.com/schema/common_v52_0" Code="AKL"/></air:SearchDestination>
        <air:SearchDepTime PreferredTime="2024-08-02"/>
      </air:SearchAirLeg>
      <com:SearchPassenger xmlns:com="http://www.travelport.com/schema/common_v52_0" Code="ADT"/>
    </air:LowFareSearchReq>
  </soapenv:Body>
</soapenv:Envelope>
""", b=b64(_tp_user + ":" + _tp_pw)), _tp_user + ":" + _tp_pw,
  "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

SV("dotenv", "travelport-client-secret", "deploy/travelport-json.env", """# Travelport JSON APIs (Trip Services) - OAuth password grant
TRAVELPORT_OAUTH_URL=https://oauth.pp.travelport.com/oauth/oauth20/token
TRAVELPORT_CLIENT_ID=@CID@
TRAVELPORT_CLIENT_SECRET=@V@
TRAVELPORT_USERNAME=tripnest_api
TRAVELPORT_PASSWORD=${TRAVELPORT_PASSWORD}
TRAVELPORT_ACCESS_GROUP=@AG@
TRAVELPORT_API_BASE=https://api.pp.travelport.com/11/air
""", rand_pw(32), "https://developer.travelport.com/", cid=uuid_s(), ag=uuid_s())

D("xml", "booking-keys", "tests/fixtures/travelport/AirCreateReservationReq.xml", T("""<AirCreateReservationReq xmlns="http://www.travelport.com/schema/universal_v52_0" TraceId="@TRACE@" AuthorizedBy="tripnest" TargetBranch="P7141733" ProviderCode="1G" RetainReservation="Both">
  <BillingPointOfSaleInfo xmlns="http://www.travelport.com/schema/common_v52_0" OriginApplication="UAPI" />
  <BookingTraveler xmlns="http://www.travelport.com/schema/common_v52_0" Key="@K1@" TravelerType="ADT" DOB="1981-08-03" Gender="F">
    <BookingTravelerName Prefix="Ms" First="Ana" Last="Ferreira" />
    <Email EmailID="ana.ferreira@example.org" />
    <SSR Type="DOCS" FreeText="P/PT/C1234567/PT/03AUG81/F/01JAN30/FERREIRA/ANA" Carrier="TP" />
  </BookingTraveler>
  <AirPricingSolution xmlns="http://www.travelport.com/schema/air_v52_0" Key="@K2@" TotalPrice="EUR412.30">
    <AirSegment Key="@K3@" Group="0" Carrier="TP" FlightNumber="1350" Origin="LIS" Destination="LHR" DepartureTime="2024-06-03T07:05:00.000+01:00" ProviderCode="1G" />
  </AirPricingSolution>
  <ActionStatus xmlns="http://www.travelport.com/schema/common_v52_0" Type="TAW" TicketDate="T*" ProviderCode="1G" />
</AirCreateReservationReq>
""", trace=uuid_s(), k1=b64rand(12), k2=b64rand(12), k3=b64rand(12)),
  "https://support.travelport.com/webhelp/uapi/Content/Air/Air_Booking/Air_Booking.htm")

SV("php", "galileo-password", "app/Config/Galileo.php", """<?php

namespace App\\Config;

use CodeIgniter\\Config\\BaseConfig;

class Galileo extends BaseConfig
{
    public string $endpoint = 'https://americas.universal-api.travelport.com/B2BGateway/connect/uAPI/';
    public string $username = 'Universal API/uAPI@N@-@H@';
    public string $password = '@V@';
    public string $targetBranch = 'P3081542';
    public string $provider = '1G';
    public int $timeout = 90;
    public bool $logRequests = false;
}
""", season_pw(), "https://codeigniter.com/user_guide/general/configuration.html",
   n=sel(string.digits, 10), h=hexs(8))

# ============================== Duffel =======================================================
DUFFEL_SRC = "https://duffel.com/docs/api/overview/making-requests/authentication"

SV("dotenv", "duffel-live-token", "web/.env.local", """# Next.js storefront - local only, NOT committed (famous last words)
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_DEFAULT_CURRENCY=GBP
DUFFEL_ACCESS_TOKEN=@V@
DUFFEL_API_VERSION=v2
STAYS_ENABLED=true
""", duffel_token("live"), DUFFEL_SRC)

SV("typescript", "duffel-test-token", "src/lib/duffel.ts", """import { Duffel } from '@duffel/api'

// Shared sandbox token so the preview deployments work without setup.
export const duffel = new Duffel({
  token: '@V@',
  debug: { verbose: process.env.NODE_ENV !== 'production' },
})

export async function searchOneWay(origin: string, destination: string, departureDate: string) {
  const offerRequest = await duffel.offerRequests.create({
    slices: [{ origin, destination, departure_date: departureDate }],
    passengers: [{ type: 'adult' }],
    cabin_class: 'economy',
    return_offers: true,
  })
  return offerRequest.data.offers.slice(0, 20)
}
""", duffel_token("test"), "https://github.com/duffelhq/duffel-api-javascript")

SV("yaml", "duffel-webhook-secret", "config/webhooks.yml", """# Incoming webhooks consumed by booking-events
duffel:
  path: /hooks/duffel
  events:
    - order.created
    - order.airline_initiated_change_detected
    - payment.failed
  signature_header: X-Duffel-Signature
  secret: "@V@"
  tolerance_seconds: 300

stripe:
  path: /hooks/stripe
  secret_env: STRIPE_WEBHOOK_SECRET
""", b64rand(24), "https://duffel.com/docs/guides/receiving-webhooks")

D("json", "resource-ids", "tests/fixtures/duffel/offer.json", T("""{
  "data": {
    "id": "off_0000@O@",
    "live_mode": false,
    "total_amount": "241.20",
    "total_currency": "GBP",
    "expires_at": "2024-05-21T14:05:33.105Z",
    "owner": { "iata_code": "ZZ", "name": "Duffel Airways", "id": "arl_00009VME7DAGiJjwomhv32" },
    "passengers": [ { "id": "pas_0000@P@", "type": "adult" } ],
    "slices": [
      {
        "id": "sli_0000@S@",
        "origin": { "iata_code": "LHR" },
        "destination": { "iata_code": "JFK" },
        "segments": [ { "id": "seg_0000@G@", "marketing_carrier_flight_number": "2093" } ]
      }
    ],
    "payment_requirements": { "requires_instant_payment": false, "price_guarantee_expires_at": null }
  },
  "meta": { "request_id": "@R@" }
}
""", o=sel(ALNUM, 22), p=sel(ALNUM, 22), s=sel(ALNUM, 22), g=sel(ALNUM, 22), r=sel(ALNUM, 20)),
  "https://duffel.com/docs/api/v2/offers/schema")

D("github-actions", "ci-secret-reference", ".github/workflows/e2e.yml", """name: e2e
on:
  pull_request:
  schedule:
    - cron: "0 5 * * 1-5"

jobs:
  booking-flow:
    runs-on: ubuntu-latest
    timeout-minutes: 25
    env:
      DUFFEL_ACCESS_TOKEN: ${{ secrets.DUFFEL_TEST_TOKEN }}
      STRIPE_SECRET_KEY: ${{ secrets.STRIPE_TEST_SECRET_KEY }}
      BASE_URL: http://localhost:3000
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - uses: actions/setup-node@60edb5dd545a775178f52524783378180af0d1f8
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npm run e2e -- --project=chromium
""", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

SV("ruby", "duffel-live-token", "lib/flights/duffel_client.rb", """# frozen_string_literal: true

require "faraday"
require "json"

module Flights
  class DuffelClient
    BASE_URL = "https://api.duffel.com"
    TOKEN = "@V@"

    def initialize
      @conn = Faraday.new(url: BASE_URL) do |f|
        f.request :json
        f.response :json
        f.headers["Authorization"] = "Bearer #{TOKEN}"
        f.headers["Duffel-Version"] = "v2"
        f.headers["Accept-Encoding"] = "gzip"
      end
    end

    def order(id)
      @conn.get("/air/orders/#{id}").body["data"]
    end
  end
end
""", duffel_token("live"), DUFFEL_SRC)

SV("github-actions", "duffel-live-token", ".github/workflows/nightly-price-check.yml", """name: nightly price check
on:
  schedule:
    - cron: "30 2 * * *"
  workflow_dispatch:

jobs:
  check:
    runs-on: ubuntu-latest
    env:
      DUFFEL_ACCESS_TOKEN: @V@
      ROUTES_FILE: data/watch_routes.csv
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r tools/requirements.txt
      - run: python tools/price_check.py --routes "$ROUTES_FILE" --notify
""", duffel_token("live"), "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions")

D("dotenv", "placeholder", "web/.env.test", """# Used by vitest; the Duffel client is mocked with msw.
NEXT_PUBLIC_SITE_URL=http://localhost:3000
DUFFEL_ACCESS_TOKEN=duffel_test_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
DUFFEL_API_VERSION=v2
STAYS_ENABLED=false
""", DUFFEL_SRC)

D("markdown", "webhook-signature", "docs/runbooks/duffel-webhook-debug.md", T("""# Debugging a rejected Duffel webhook

The receiver logs the raw header when the signature check fails:

```
2024-04-02T11:20:07Z WARN booking-events webhook rejected source=duffel
  X-Duffel-Signature: t=1712056807,v1=@SIG@
  event_id=wev_0000@EV@ type=order.created
```

`v1` is `HMAC-SHA256(secret, "t.payload")` in hex: a signature, not the secret. Recompute it
locally with the secret from Vault (`kv/booking-events/duffel`), never paste the secret here.
""", sig=hexs(64), ev=sel(ALNUM, 22)), "https://duffel.com/docs/guides/receiving-webhooks")

# ============================== Booking.com ==================================================
BK_SRC = "https://developers.booking.com/connectivity/docs"

SV("xml", "bookingcom-bxml-password", "channel/bookingcom/templates/availability.xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- B.XML availability push; hotel 4410273, generated nightly by chanman -->
<request>
  <username>acmehotels_xml</username>
  <password>@V@</password>
  <hotel_id>4410273</hotel_id>
  <version>1.0</version>
  <room id="441027301">
    <date value="2024-07-01">
      <rate id="20114567"/>
      <roomstosell>4</roomstosell>
      <price>189.00</price>
      <closed>0</closed>
    </date>
  </room>
</request>
""", rand_pw(12, "!$"), "https://developers.booking.com/connectivity/docs/b-xml-reference")

SV("python", "bookingcom-demand-token", "affiliate/booking_demand.py", '''"""Booking.com Demand API (affiliate) - accommodation search."""
import requests

API = "https://demandapi.booking.com/3.1"
AFFILIATE_ID = 1912345
TOKEN = "@V@"


def search(city_id: int, checkin: str, checkout: str, adults: int = 2):
    body = {
        "booker": {"country": "nl", "platform": "desktop"},
        "checkin": checkin,
        "checkout": checkout,
        "city": city_id,
        "guests": {"number_of_adults": adults, "number_of_rooms": 1},
    }
    r = requests.post(
        f"{API}/accommodations/search",
        json=body,
        headers={"Authorization": f"Bearer {TOKEN}", "X-Affiliate-Id": str(AFFILIATE_ID)},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["data"]
''', rand_pw(40), "https://developers.booking.com/demand/docs/open-api/demand-api")

SV("dotenv", "bookingcom-machine-account", "channel-manager/.env.staging", """APP_ENV=staging
LOG_FORMAT=json
# Booking.com connectivity machine account (token-based auth)
BOOKINGCOM_AUTH_URL=https://connectivity-authentication.booking.com/token-based-authentication/exchange
BOOKINGCOM_CLIENT_ID=@CID@
BOOKINGCOM_CLIENT_SECRET=@V@
EXPEDIA_EQC_USER=${EXPEDIA_EQC_USER}
EXPEDIA_EQC_PASSWORD=${EXPEDIA_EQC_PASSWORD}
SYNC_INTERVAL_SECONDS=90
""", rand_pw(48, "-_"), BK_SRC, cid=sel(string.ascii_lowercase + string.digits, 20))

D("kubernetes", "secret-key-ref", "deploy/k8s/channel-manager-deployment.yaml", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: channel-manager
  labels: { app: channel-manager }
spec:
  replicas: 2
  selector:
    matchLabels: { app: channel-manager }
  template:
    metadata:
      labels: { app: channel-manager }
    spec:
      containers:
        - name: app
          image: registry.acmehotels.io/channel-manager:2.14.1
          env:
            - name: BOOKINGCOM_CLIENT_SECRET
              valueFrom:
                secretKeyRef: { name: channel-manager-ota, key: bookingcom-client-secret }
            - name: EXPEDIA_EQC_PASSWORD
              valueFrom:
                secretKeyRef: { name: channel-manager-ota, key: eqc-password }
            - name: SYNC_INTERVAL_SECONDS
              value: "90"
""", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables")

# ============================== Expedia ======================================================
RAPID_SRC = "https://developers.expediagroup.com/docs/rapid/resources/reference/signature-authentication"

SV("python", "expedia-rapid-shared-secret", "suppliers/expedia/rapid_auth.py", '''import hashlib
import time

RAPID_API_KEY = "@KEY@"
RAPID_SHARED_SECRET = "@V@"


def authorization_header() -> str:
    """Rapid signature auth: SHA-512 of apikey + secret + unix timestamp."""
    timestamp = str(int(time.time()))
    signature = hashlib.sha512(
        (RAPID_API_KEY + RAPID_SHARED_SECRET + timestamp).encode("utf-8")
    ).hexdigest()
    return f"EAN apikey={RAPID_API_KEY},signature={signature},timestamp={timestamp}"


def default_headers(customer_ip: str, session_id: str) -> dict:
    return {
        "Authorization": authorization_header(),
        "Customer-Ip": customer_ip,
        "Customer-Session-Id": session_id,
        "Accept-Encoding": "gzip",
        "User-Agent": "TripNest/3.2",
    }
''', sel(string.ascii_lowercase + string.digits, 13), RAPID_SRC, key=sel(string.ascii_lowercase + string.digits, 26))

D("log", "request-signature", "logs/rapid-requests-2024-05-14.log", T("""2024-05-14T08:01:12.411Z INFO  rapid GET /v3/properties/availability?checkin=2024-06-10&checkout=2024-06-12&property_id=12345 status=200 ms=812
  Authorization: EAN apikey=[redacted],signature=@S1@,timestamp=1715673672
  Customer-Session-Id: @U1@
2024-05-14T08:01:15.020Z INFO  rapid GET /v3/properties/availability?checkin=2024-06-10&checkout=2024-06-12&property_id=98811 status=200 ms=644
  Authorization: EAN apikey=[redacted],signature=@S2@,timestamp=1715673675
  Customer-Session-Id: @U2@
2024-05-14T08:01:19.888Z WARN  rapid POST /v3/itineraries status=409 ms=1530 error=price_mismatch
  Authorization: EAN apikey=[redacted],signature=@S3@,timestamp=1715673679
  Customer-Session-Id: @U3@
""", s1=hexs(128), s2=hexs(128), s3=hexs(128), u1=uuid_s(), u2=uuid_s(), u3=uuid_s()), RAPID_SRC)

SV("xml", "expedia-eqc-password", "channel/expedia/ar_update_sample.xml", """<?xml version="1.0" encoding="UTF-8"?>
<!-- Expedia QuickConnect AR update captured from prod for the rate-plan bug (JIRA CM-1182) -->
<AvailRateUpdateRQ xmlns="http://www.expediaconnect.com/EQC/AR/2011/06">
  <Authentication username="EQC_acmehotels" password="@V@"/>
  <Hotel id="5211789"/>
  <AvailRateUpdate>
    <DateRange from="2024-09-01" to="2024-09-07"/>
    <RoomType id="200133451" closed="false">
      <Inventory totalInventoryAvailable="6"/>
      <RatePlan id="244117889A" closed="false">
        <Rate currency="EUR">
          <PerDay rate="149.00"/>
        </Rate>
        <Restrictions minLOS="2" maxLOS="14" closedToArrival="false"/>
      </RatePlan>
    </RoomType>
  </AvailRateUpdate>
</AvailRateUpdateRQ>
""", words_pw(), "https://developers.expediagroup.com/supply/lodging/docs/avail_and_rates_apis/ar/reference/")

D("jinja-xml", "template-expression", "channel/expedia/templates/ar_update.xml.j2", """<?xml version="1.0" encoding="UTF-8"?>
<AvailRateUpdateRQ xmlns="http://www.expediaconnect.com/EQC/AR/2011/06">
  <Authentication username="{{ eqc.username }}" password="{{ eqc.password }}"/>
  <Hotel id="{{ hotel.expedia_id }}"/>
  {% for update in updates %}
  <AvailRateUpdate>
    <DateRange from="{{ update.start }}" to="{{ update.end }}"/>
    <RoomType id="{{ update.room_type_id }}" closed="{{ update.closed | lower }}">
      <Inventory totalInventoryAvailable="{{ update.inventory }}"/>
    </RoomType>
  </AvailRateUpdate>
  {% endfor %}
</AvailRateUpdateRQ>
""", "https://jinja.palletsprojects.com/en/3.1.x/templates/")

SV("csharp", "expedia-rapid-shared-secret", "src/Suppliers/Expedia/RapidSigner.cs", """using System;
using System.Security.Cryptography;
using System.Text;

namespace TripNest.Suppliers.Expedia
{
    public static class RapidSigner
    {
        private const string ApiKey = "@KEY@";
        private const string SharedSecret = "@V@";

        public static string AuthorizationHeader()
        {
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
            using var sha = SHA512.Create();
            var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(ApiKey + SharedSecret + timestamp));
            var signature = Convert.ToHexString(bytes).ToLowerInvariant();
            return $"EAN apikey={ApiKey},signature={signature},timestamp={timestamp}";
        }
    }
}
""", sel(string.ascii_lowercase + string.digits, 13), RAPID_SRC, key=sel(string.ascii_lowercase + string.digits, 26))

# ============================== Hotel PMS and channel managers ===============================
MEWS_SRC = "https://mews-systems.gitbook.io/connector-api/guidelines/authentication"

SV("appsettings-json", "mews-access-token", "src/Pms.Mews.Sync/appsettings.json", """{
  "Serilog": { "MinimumLevel": "Information" },
  "Mews": {
    "BaseUrl": "https://api.mews.com",
    "ClientToken": "%MEWS_CLIENT_TOKEN%",
    "AccessToken": "@V@",
    "Client": "AcmeRevenueSync 1.4.0",
    "EnterpriseId": "@ENT@",
    "PageSize": 1000
  },
  "Schedules": {
    "ReservationsCron": "*/5 * * * *",
    "RatesCron": "15 * * * *"
  }
}
""", mews_token(), MEWS_SRC, ent=uuid_s())

SV("dotenv", "cloudbeds-api-key", "integrations/cloudbeds/.env", """# Cloudbeds property API key (Settings > Apps & Marketplace > API Credentials)
CLOUDBEDS_API_BASE=https://api.cloudbeds.com/api/v1.2
CLOUDBEDS_API_KEY=@V@
CLOUDBEDS_PROPERTY_ID=@PID@
HOUSEKEEPING_WEBHOOK_PATH=/webhooks/cloudbeds
TZ=America/Costa_Rica
""", "cbat_" + fakes.drawn_mixed(_seed(), 32), "https://developers.cloudbeds.com/docs/api-key-authentication",
   pid=str(_rng().randint(100000, 999999)))

SV("json", "cloudbeds-client-secret", "config/cloudbeds.oauth.json", """{
  "provider": "cloudbeds",
  "authorize_url": "https://hotels.cloudbeds.com/api/v1.2/oauth",
  "token_url": "https://hotels.cloudbeds.com/api/v1.2/access_token",
  "client_id": "live1_@N@_@CID@",
  "client_secret": "@V@",
  "redirect_uri": "https://app.guestloop.io/oauth/cloudbeds/callback",
  "scopes": ["read:reservation", "write:reservation", "read:guest", "read:hotel"]
}
""", rand_pw(32), "https://developers.cloudbeds.com/docs/oauth-20",
   n=str(_rng().randint(10000, 99999)), cid=sel(ALNUM, 20))

SV("spring-yaml", "ohip-client-secret", "ohip-connector/src/main/resources/application-prod.yml", """ohip:
  gateway-url: https://acme-hotels-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
  app-key: @APPKEY@
  enterprise-id: ACMEHOTELS
  hotel-ids: [ACME01, ACME02, ACME07]
  oauth:
    token-path: /oauth/v1/tokens
    client-id: AcmeHotels_Client
    client-secret: @V@
    username: ACME_INT_USER
    password: ${OHIP_INTEGRATION_PASSWORD}
  business-events:
    enabled: true
    poll-interval: 20s

logging:
  level:
    com.acme.ohip: INFO
""", rand_pw(36, "-_"), "https://docs.oracle.com/en/industries/hospitality/integration-platform/ohipu/c_authentication.htm",
   appkey=uuid_s())

SV("web-config", "opera-ows-password", "OwsBridge/App.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Ows.BaseUrl" value="https://opera-ows.acmehotels.local/OWS_WS_51/" />
    <add key="Ows.ChainCode" value="ACME" />
    <add key="Ows.HotelCode" value="ACMELON" />
    <add key="Ows.Origin.EntityId" value="KIOSK" />
    <add key="Ows.Destination.EntityId" value="TI" />
    <add key="Ows.Username" value="KIOSK_IFC" />
    <add key="Ows.Password" value="@V@" />
    <add key="Kiosk.CheckInFrom" value="14:00" />
  </appSettings>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
</configuration>
""", words_pw(), "https://docs.oracle.com/cd/E90572_01/docs/OWS%20Reference%20Guide.pdf")

SV("appsettings-json", "protel-sql-password", "src/RevenueBridge/appsettings.Production.json", """{
  "ConnectionStrings": {
    "Protel": "Server=PROTEL-SQL01\\\\PROTEL;Database=protel;User Id=revbridge;Password=@V@;TrustServerCertificate=True;Application Name=RevenueBridge",
    "Warehouse": "Host=dwh.internal;Database=revenue;Username=revbridge;Password=${WAREHOUSE_PASSWORD}"
  },
  "Export": {
    "Hotels": [ "1", "3", "4" ],
    "LookbackDays": 400,
    "OutputBucket": "s3://acme-revenue-exports/protel/"
  }
}
""", words_pw(), "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax")

SV("xml", "siteminder-wsse-password", "siteminder/samples/OTA_HotelAvailNotifRQ.xml", """<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
  <SOAP-ENV:Header>
    <wsse:Security SOAP-ENV:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>acme_pmsx</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@V@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" TimeStamp="2024-03-02T10:12:01+00:00" EchoToken="@ECHO@">
      <AvailStatusMessages HotelCode="ACME-LIS-01">
        <AvailStatusMessage BookingLimit="3">
          <StatusApplicationControl Start="2024-04-01" End="2024-04-03" InvTypeCode="DBL" RatePlanCode="BAR"/>
        </AvailStatusMessage>
      </AvailStatusMessages>
    </OTA_HotelAvailNotifRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
""", rand_pw(16), "https://siteminder.atlassian.net/wiki/spaces/PMSXCHANGEV2/pages/33128512/Authentication",
   echo=uuid_s())

D("xml", "template-placeholder", "siteminder/templates/OTA_HotelRateAmountNotifRQ.xml", """<?xml version="1.0" encoding="UTF-8"?>
<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
  <SOAP-ENV:Header>
    <wsse:Security SOAP-ENV:mustUnderstand="1" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">
      <wsse:UsernameToken>
        <wsse:Username>${pmsx.username}</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${pmsx.password}</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </SOAP-ENV:Header>
  <SOAP-ENV:Body>
    <OTA_HotelRateAmountNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" EchoToken="${echoToken}">
      <RateAmountMessages HotelCode="${hotelCode}">
        <#list rates as rate>
        <RateAmountMessage>
          <StatusApplicationControl Start="${rate.start}" End="${rate.end}" InvTypeCode="${rate.room}" RatePlanCode="${rate.plan}"/>
          <Rates><Rate><BaseByGuestAmts><BaseByGuestAmt AmountAfterTax="${rate.amount}"/></BaseByGuestAmts></Rate></Rates>
        </RateAmountMessage>
        </#list>
      </RateAmountMessages>
    </OTA_HotelRateAmountNotifRQ>
  </SOAP-ENV:Body>
</SOAP-ENV:Envelope>
""", "https://freemarker.apache.org/docs/dgui_quickstart_template.html")

SV("typescript", "channex-api-key", "src/channex/client.ts", """import axios from 'axios'

const CHANNEX_URL = 'https://app.channex.io/api/v1'
const CHANNEX_KEY = '@V@'

export const channex = axios.create({
  baseURL: CHANNEX_URL,
  timeout: 20_000,
  headers: {
    'user-api-key': CHANNEX_KEY,
    'Content-Type': 'application/json',
  },
})

export async function pushRestrictions(propertyId: string, values: unknown[]) {
  const { data } = await channex.post('/restrictions', { values })
  return data.data.map((task: { id: string }) => ({ propertyId, taskId: task.id }))
}
""", fakes.drawn_mixed(_seed(), 64, ALNUM + "+/"), "https://docs.channex.io/api-v.1-documentation/api-reference")

SV("python", "hostaway-client-secret", "sync/hostaway_sync.py", '''"""Pull Hostaway reservations into the cleaning-schedule DB."""
import datetime as dt

import requests

ACCOUNT_ID = "48211"
CLIENT_SECRET = "@V@"
TOKEN_URL = "https://api.hostaway.com/v1/accessTokens"


def access_token() -> str:
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": ACCOUNT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "general",
    }, timeout=15)
    resp.raise_for_status()
    return resp.json()["access_token"]


def reservations_since(days: int = 2):
    since = (dt.date.today() - dt.timedelta(days=days)).isoformat()
    headers = {"Authorization": f"Bearer {access_token()}", "Cache-control": "no-cache"}
    r = requests.get("https://api.hostaway.com/v1/reservations",
                     params={"arrivalStartDate": since, "limit": 500}, headers=headers, timeout=30)
    return r.json()["result"]
''', hexs(64), "https://api.hostaway.com/documentation#authentication")

SV("yaml", "guesty-client-secret", "config/guesty.yaml", """guesty:
  open_api:
    base_url: https://open-api.guesty.com/v1
    token_url: https://open-api.guesty.com/oauth2/token
    client_id: @CID@
    client_secret: @V@
    scope: open-api
  listings:
    include_inactive: false
    tags: [beach, downtown]
  rate_limit_per_second: 15
""", fakes.drawn_mixed(_seed(), 64, ALNUM + "-_"), "https://open-api-docs.guesty.com/docs/authentication",
   cid=sel(ALNUM, 20))

SV("dotenv", "apaleo-client-secret", "apps/kiosk-api/.env.production", """# apaleo custom app "Self Check-in Kiosk"
APALEO_IDENTITY_URL=https://identity.apaleo.com/connect/token
APALEO_API_URL=https://api.apaleo.com
APALEO_CLIENT_ID=KIOS-SP-ACME
APALEO_CLIENT_SECRET="@V@"
APALEO_PROPERTY_IDS=BER,HAM,MUC
KIOSK_ALLOWED_ORIGINS=https://kiosk.acmehotels.de
""", rand_pw(40), "https://apaleo.dev/guides/start/authentication/")

SV("ini", "staah-password", "conf/staah.ini", """; STAAH Max channel connector - property Seaview Inn
[connection]
endpoint = https://connect.staah.net/common-cgi/Services.pl
property_id = 28311
username = seaviewinn
password = @V@
timeout = 40

[mapping]
room.DLX = 114401
room.STD = 114402
rate.BAR = 220917
rate.NRF = 220918

[schedule]
push_every_minutes = 10
""", season_pw(), "https://docs.python.org/3/library/configparser.html")

D("docker-compose", "secret-file-path", "pms/docker-compose.yml", """services:
  pms-api:
    image: ghcr.io/acmehotels/pms-api:1.31.0
    environment:
      DB_HOST: pms-db
      DB_USER: pms
      DB_PASSWORD_FILE: /run/secrets/pms_db_password
      OHIP_CLIENT_SECRET_FILE: /run/secrets/ohip_client_secret
    secrets: [pms_db_password, ohip_client_secret]
    depends_on: [pms-db]
  pms-db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: pms
      POSTGRES_PASSWORD_FILE: /run/secrets/pms_db_password
    secrets: [pms_db_password]
    volumes: [pmsdata:/var/lib/postgresql/data]

secrets:
  pms_db_password:
    file: ./secrets/pms_db_password.txt
  ohip_client_secret:
    file: ./secrets/ohip_client_secret.txt

volumes:
  pmsdata: {}
""", "https://docs.docker.com/compose/how-tos/use-secrets/")

_cm_pw = rand_pw(24)
S("kubernetes-secret", "rabbitmq-password-base64", "deploy/k8s/channel-sync-secret.yaml", T("""apiVersion: v1
kind: Secret
metadata:
  name: channel-sync
  namespace: distribution
  labels:
    app.kubernetes.io/name: channel-sync
type: Opaque
data:
  RABBITMQ_USER: @U@
  RABBITMQ_PASSWORD: @P@
  RABBITMQ_VHOST: @VH@
""", u=b64("channel_sync"), p=b64(_cm_pw), vh=b64("/distribution")), _cm_pw,
  "https://kubernetes.io/docs/concepts/configuration/secret/")

D("sealed-secret", "ciphertext", "deploy/k8s/channel-sync-sealedsecret.yaml", T("""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: channel-sync
  namespace: distribution
spec:
  encryptedData:
    RABBITMQ_PASSWORD: @A@
    BOOKINGCOM_CLIENT_SECRET: @B@
  template:
    metadata:
      name: channel-sync
      namespace: distribution
    type: Opaque
""", a="AgB" + b64rand(380), b="AgC" + b64rand(380)), "https://github.com/bitnami-labs/sealed-secrets#usage")

D("sops-yaml", "ciphertext", "deploy/secrets/pms.enc.yaml", T("""ohip:
    client_secret: @A@
    integration_password: @B@
mews:
    access_token: @C@
sops:
    kms: []
    gcp_kms: []
    age:
        - recipient: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @AGE1@
            @AGE2@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-04-18T09:12:44Z"
    mac: @MAC@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=sops_value(), b=sops_value(), c=sops_value(), age1=b64rand(48), age2=b64rand(30),
   mac=sops_value()), "https://github.com/getsops/sops#usage")

D("ansible-vault", "ciphertext", "inventories/prod/group_vars/pms/vault.yml", ansible_vault() + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

SV("ansible-yaml", "opera-interface-password", "inventories/prod/group_vars/opera_ifc.yml", """---
# OPERA interface hosts (IFC8 / OXI) - Windows boxes, managed with win_* modules
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: ACMEHOTELS\\svc_ifc
ansible_password: "@V@"
ansible_port: 5986

oxi_install_dir: 'D:\\MICROS\\OXI'
ifc8_services:
  - name: IFC8_POS
    port: 5011
  - name: IFC8_PBX
    port: 5012
""", words_pw(), "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html")

D("helm-values", "existing-secret", "charts/pms-gateway/values-prod.yaml", """replicaCount: 3

image:
  repository: registry.acmehotels.io/pms-gateway
  tag: "3.8.0"

mews:
  baseUrl: https://api.mews.com
  existingSecret: pms-gateway-mews
  accessTokenKey: access-token

ohip:
  gatewayUrl: https://acme-hotels-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
  existingSecret: pms-gateway-ohip
  clientSecretKey: client-secret

resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
""", "https://helm.sh/docs/chart_best_practices/values/")

SV("helm-values", "rabbitmq-password", "charts/reservation-events/values-staging.yaml", """replicaCount: 1

image:
  repository: registry.acmehotels.io/reservation-events
  tag: "0.19.2"

rabbitmq:
  host: rabbitmq.staging.svc.cluster.local
  port: 5672
  vhost: /reservations
  username: res_events
  password: @V@

consumer:
  prefetch: 50
  queues:
    - reservation.created
    - reservation.modified
    - reservation.cancelled
""", rand_pw(18), "https://helm.sh/docs/chart_template_guide/values_files/")

SV("terraform-tfvars", "db-password", "infra/envs/prod/pms.auto.tfvars", """region              = "eu-west-1"
environment         = "prod"
db_instance_class   = "db.r6g.large"
db_engine_version   = "15.5"
db_name             = "pms"
db_username         = "pms_admin"
db_password         = "@V@"
backup_retention    = 14
multi_az            = true
allowed_cidr_blocks = ["10.40.0.0/16", "10.41.0.0/16"]
""", rand_pw(22, "#%+"), "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

D("terraform", "secret-manager-reference", "infra/modules/pms-db/main.tf", """variable "db_username" {
  type    = string
  default = "pms_admin"
}

data "aws_secretsmanager_secret_version" "pms_db" {
  secret_id = "prod/pms/db-master-password"
}

resource "aws_db_instance" "pms" {
  identifier              = "pms-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  username                = var.db_username
  password                = data.aws_secretsmanager_secret_version.pms_db.secret_string
  backup_retention_period = 14
  multi_az                = true
  storage_encrypted       = true
  skip_final_snapshot     = false
}
""", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

SV("php", "wordpress-db-password", "wp-config.php", """<?php
/** Seaview Inn booking site (MotoPress Hotel Booking plugin) */

define( 'DB_NAME', 'seaview_wp' );
define( 'DB_USER', 'seaview_wp' );
define( 'DB_PASSWORD', '@V@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

/* Keys and salts are generated on the server and kept out of git. */
require_once __DIR__ . '/wp-salts.php';

$table_prefix = 'sv_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
""", season_pw(), "https://developer.wordpress.org/apis/wp-config-php/")

_lv_key = b64rand(32)
S("dotenv", "laravel-app-key", "tour-portal/.env", T("""APP_NAME="Andes Treks Booking"
APP_ENV=production
APP_KEY=base64:@K@
APP_DEBUG=false
APP_URL=https://book.andestreks.pe

LOG_CHANNEL=stack
LOG_LEVEL=warning

DB_CONNECTION=sqlite
DB_DATABASE=/var/www/tour-portal/database/database.sqlite

MAIL_MAILER=log
QUEUE_CONNECTION=database
SESSION_DRIVER=database
""", k=_lv_key), _lv_key, "https://laravel.com/docs/11.x/configuration#environment-configuration")

# ============================== Airline NDC and fare filing ==================================
NDC_SRC = "https://www.iata.org/en/programs/airline-distribution/retailing/ndc/"

SV("java-properties", "ndc-apim-subscription-key", "ndc-connector/src/main/resources/ndc-client.properties", """# NDC 21.3 gateway (airline APIM front door)
ndc.base-url=https://ndc-api.examplair.com/ndc/21.3
ndc.sender.agency-id=TNESTGB1
ndc.sender.iata-number=91234567
ndc.sender.pseudo-city=LONTN
ndc.apim.subscription-key-header=Ocp-Apim-Subscription-Key
ndc.apim.subscription-key=@V@
ndc.timeout.air-shopping=45s
ndc.timeout.order-create=90s
ndc.schema-validation=false
""", hexs(32), "https://learn.microsoft.com/en-us/azure/api-management/api-management-subscriptions")

SV("python", "lufthansa-client-secret", "ndc/lufthansa/openapi_client.py", '''"""Lufthansa Open API (schedules / flight status) used for disruption alerts."""
import requests

LH_TOKEN_URL = "https://api.lufthansa.com/v1/oauth/token"
LH_CLIENT_ID = "@CID@"
LH_CLIENT_SECRET = "@V@"


def get_token() -> str:
    r = requests.post(LH_TOKEN_URL, data={
        "client_id": LH_CLIENT_ID,
        "client_secret": LH_CLIENT_SECRET,
        "grant_type": "client_credentials",
    }, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]


def flight_status(flight: str, date: str) -> dict:
    headers = {"Authorization": f"Bearer {get_token()}", "Accept": "application/json"}
    url = f"https://api.lufthansa.com/v1/operations/flightstatus/{flight}/{date}"
    return requests.get(url, headers=headers, timeout=10).json()
''', rand_pw(10), "https://developer.lufthansa.com/docs/read/api_basics/Getting_Started",
   cid=sel(string.ascii_lowercase + string.digits, 24))

SV("dotenv", "afkl-api-key", "services/disruptions/afkl.env", """# Air France-KLM developer portal - Flight Status API
AFKL_API_URL=https://api.airfranceklm.com/opendata/flightstatus
AFKL_API_KEY=@V@
AFKL_ACCEPT_LANGUAGE=en-GB
POLL_SECONDS=300
""", sel(string.ascii_lowercase + string.digits, 24), "https://developer.airfranceklm.com/products/api/flightstatus/api-reference")

SV("makefile", "ndc-basic-auth-password", "Makefile", """.PHONY: build test ndc-smoke ndc-order-retrieve

NDC_URL ?= https://ndc-uat.examplair.com/ndc/21.3
NDC_USER ?= tnest_ndc_uat

build:
	go build ./...

test:
	go test ./... -race -count=1

# quick smoke test against the airline UAT (Jenny's credentials, ask her before rotating)
ndc-smoke:
	curl -sS -u '$(NDC_USER):@V@' -H 'Content-Type: application/xml' \\
	  --data-binary @testdata/AirShoppingRQ.xml $(NDC_URL)/AirShopping | xmllint --format -

ndc-order-retrieve:
	curl -sS -u '$(NDC_USER):@V@' -H 'Content-Type: application/xml' \\
	  --data-binary @testdata/OrderRetrieveRQ.xml $(NDC_URL)/OrderRetrieve | xmllint --format -
""", words_pw().replace("$", "%"), "https://www.gnu.org/software/make/manual/make.html")

D("xml", "ndc-identifiers", "testdata/OrderViewRS.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<IATA_OrderViewRS xmlns="http://www.iata.org/IATA/2015/EASD/00/IATA_OffersAndOrdersMessage">
  <PayloadAttributes>
    <CorrelationID>@CORR@</CorrelationID>
    <VersionNumber>21.3</VersionNumber>
  </PayloadAttributes>
  <Response>
    <Order>
      <OrderID>@OID@</OrderID>
      <OwnerCode>XA</OwnerCode>
      <BookingRef><BookingID>@PNR@</BookingID><BookingEntity><Carrier><AirlineDesigCode>XA</AirlineDesigCode></Carrier></BookingEntity></BookingRef>
      <TotalPrice><TotalAmount CurCode="GBP">328.40</TotalAmount></TotalPrice>
      <OrderItem><OrderItemID>@ITEM@</OrderItemID></OrderItem>
    </Order>
    <TicketDocInfo>
      <TicketDocument><TicketDocNbr>@TKT@</TicketDocNbr><Type>T</Type></TicketDocument>
    </TicketDocInfo>
    <DataLists>
      <PaxList><Pax><PaxID>PAX1</PaxID><PTC>ADT</PTC></Pax></PaxList>
    </DataLists>
  </Response>
</IATA_OrderViewRS>
""", corr=uuid_s(), oid="XA" + sel(UPNUM, 14), pnr=pnr(), item="XA" + sel(UPNUM, 14) + "-1", tkt=ticket_no("999")),
  NDC_SRC)

SV("java", "ndc-api-key", "src/main/java/com/tripnest/ndc/NdcAuthInterceptor.java", """package com.tripnest.ndc;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the partner headers the airline's NDC gateway expects. */
public final class NdcAuthInterceptor implements Interceptor {

    private static final String API_KEY = "@V@";
    private static final String AGENCY_ID = "TNESTGB1";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request().newBuilder()
                .header("x-api-key", API_KEY)
                .header("X-Agency-ID", AGENCY_ID)
                .header("Accept", "application/xml")
                .build();
        return chain.proceed(request);
    }
}
""", fakes.drawn_mixed(_seed(), 40), "https://square.github.io/okhttp/features/interceptors/")

_ndc_key = pem("RSA")
S("pem-file", "ndc-mtls-private-key", "certs/ndc-uat-client.key", _ndc_key + "\n", _ndc_key,
  "https://www.openssl.org/docs/manmaster/man1/openssl-req.html")

_ndc_key2 = pem("EC")
S("helm-values", "ndc-mtls-private-key-block", "charts/ndc-connector/values-uat.yaml", T("""image:
  repository: registry.tripnest.io/ndc-connector
  tag: 1.7.3

ndc:
  baseUrl: https://ndc-uat.examplair.com/ndc/21.3
  agencyId: TNESTGB1

mtls:
  enabled: true
  clientCert: |
@CERT@
  clientKey: |
@KEY@
""", cert="\n".join("    " + line for line in cert_pem().splitlines()),
  key="\n".join("    " + line for line in _ndc_key2.splitlines())), _ndc_key2,
  "https://helm.sh/docs/chart_template_guide/yaml_techniques/#strings-in-yaml")

D("pem-file", "certificate", "certs/ndc-gateway-ca.crt", cert_pem() + "\n" + cert_pem() + "\n",
  "https://www.rfc-editor.org/rfc/rfc7468")

D("ssh-known-hosts", "public-key", "deploy/atpco/known_hosts", T("""# ATPCO fare filing SFTP endpoints (pinned host keys)
sftp.atpco.example.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@
sftp.atpco.example.net ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB@B@=
[sftp-dr.atpco.example.net]:2222 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@C@
[sftp-dr.atpco.example.net]:2222 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@D@
# rotated 2024-01, old keys removed
""", a=sel(ALNUM + "+/", 43), b=sel(ALNUM + "+/", 86), c=sel(ALNUM + "+/", 43), d=sel(ALNUM + "+/", 200)),
  "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT")

SV("shell", "sftp-password-cli", "jobs/atpco/upload_fares.sh", """#!/bin/bash
# Nightly fare filing upload to ATPCO (cron: 02:30 UTC on filing-01)
set -e

OUT=/data/fares/outbound
DATE=$(date -u +%Y%m%d)

cd "$OUT"
tar czf "fares_${DATE}.tgz" ./*.dat

sshpass -p '@V@' sftp -oBatchMode=no -oStrictHostKeyChecking=yes \\
  -b - xafiling@sftp.atpco.example.net <<EOF
cd /inbound/XA
put fares_${DATE}.tgz
bye
EOF

mv "fares_${DATE}.tgz" /data/fares/archive/
""", words_pw(), "https://linux.die.net/man/1/sshpass")

_atp_key = pem("OPENSSH")
S("ssh-private-key", "atpco-sftp-key", "deploy/atpco/id_ed25519_filing", _atp_key + "\n", _atp_key,
  "https://man.openbsd.org/ssh-keygen.1")

D("yaml", "secret-manager-arn", "ndc-connector/config/prod.yaml", """ndc:
  base_url: https://ndc-api.examplair.com/ndc/21.3
  agency_id: TNESTGB1
  credentials:
    source: aws-secrets-manager
    secret_arn: arn:aws:secretsmanager:eu-west-1:412398765012:secret:prod/ndc/examplair-QwE7rT
    refresh_minutes: 30
  mtls:
    cert_secret_arn: arn:aws:secretsmanager:eu-west-1:412398765012:secret:prod/ndc/mtls-cert-9XkP2b
    key_secret_arn: arn:aws:secretsmanager:eu-west-1:412398765012:secret:prod/ndc/mtls-key-Lm3Vq0
shopping:
  max_offers: 120
  cache_ttl: 15m
""", "https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_secret_json_structure.html")

# ============================== Car rental ===================================================
OTA_SRC = "https://opentravel.org/specifications/ (OTA_VehAvailRateRQ, POS/Source/RequestorID)"

SV("xml", "ota-message-password", "suppliers/cartrawler/OTA_VehAvailRateRQ.xml", """<?xml version="1.0" encoding="UTF-8"?>
<OTA_VehAvailRateRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.005" Target="Production" PrimaryLangID="EN">
  <POS>
    <Source ISOCurrency="EUR">
      <RequestorID Type="16" ID="@ID@" ID_Context="CARTRAWLER" MessagePassword="@V@"/>
    </Source>
  </POS>
  <VehAvailRQCore Status="Available">
    <VehRentalCore PickUpDateTime="2024-07-12T10:00:00" ReturnDateTime="2024-07-19T10:00:00">
      <PickUpLocation CodeContext="IATA" LocationCode="FAO"/>
      <ReturnLocation CodeContext="IATA" LocationCode="FAO"/>
    </VehRentalCore>
    <DriverType Age="34"/>
  </VehAvailRQCore>
  <VehAvailRQInfo>
    <Customer><Primary><CitizenCountryName Code="IE"/></Primary></Customer>
  </VehAvailRQInfo>
</OTA_VehAvailRateRQ>
""", rand_pw(12), OTA_SRC, id=sel(string.digits, 6))

SV("python", "avis-client-secret", "car_rental/avis.py", '''import requests

AVIS_BASE = "https://stage.abgapiservices.com"
CLIENT_ID = "@CID@"
CLIENT_SECRET = "@V@"


class AvisClient:
    def __init__(self) -> None:
        self.session = requests.Session()
        self.session.headers.update({"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})

    def token(self) -> str:
        r = self.session.get(f"{AVIS_BASE}/oauth/token/v1", timeout=10)
        r.raise_for_status()
        return r.json()["access_token"]

    def locations(self, keyword: str):
        headers = {"Authorization": f"Bearer {self.token()}"}
        r = self.session.get(f"{AVIS_BASE}/cars/locations/v1", params={"keyword": keyword, "brand": "Avis"},
                             headers=headers, timeout=10)
        return r.json().get("locations", [])
''', hexs(32), "https://developer.avis.com/", cid=hexs(32))

SV("yaml", "car-supplier-password", "config/suppliers/rentalcars.yaml", """supplier: rentalcars
enabled: true
endpoint: https://xml.rentalcars.com/service/ServiceRequest.do
credentials:
  username: tripnest_xml
  password: '@V@'
  remote_ip: 52.18.114.9
defaults:
  currency: EUR
  driver_age: 30
  language: en
markup_percent: 6.5
""", rand_pw(11, "!@#"), "https://yaml.org/spec/1.2.2/")

D("xml", "template-placeholder", "suppliers/templates/VehResRQ.xml.mustache", """<?xml version="1.0" encoding="UTF-8"?>
<OTA_VehResRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.005" Target="{{target}}">
  <POS>
    <Source ISOCurrency="{{currency}}">
      <RequestorID Type="16" ID="{{supplier.requestorId}}" ID_Context="{{supplier.context}}" MessagePassword="{{supplier.messagePassword}}"/>
    </Source>
  </POS>
  <VehResRQCore Status="All">
    <VehRentalCore PickUpDateTime="{{pickup.at}}" ReturnDateTime="{{dropoff.at}}">
      <PickUpLocation CodeContext="IATA" LocationCode="{{pickup.code}}"/>
      <ReturnLocation CodeContext="IATA" LocationCode="{{dropoff.code}}"/>
    </VehRentalCore>
    <Customer><Primary><PersonName><GivenName>{{driver.first}}</GivenName><Surname>{{driver.last}}</Surname></PersonName></Primary></Customer>
  </VehResRQCore>
</OTA_VehResRQ>
""", "https://mustache.github.io/mustache.5.html")

SV("json", "car-supplier-password", "config/car-suppliers.json", """{
  "suppliers": [
    {
      "code": "ZE",
      "name": "Hertz",
      "endpoint": "https://vv.xqual.hertz.com/DirectLinkWEB/handlers/DirectLinkHandler",
      "requestorId": "T1234",
      "password": { "fromEnv": "HERTZ_DIRECTLINK_PASSWORD" }
    },
    {
      "code": "ZT",
      "name": "Thrifty",
      "endpoint": "https://vv.xqual.hertz.com/DirectLinkWEB/handlers/DirectLinkHandler",
      "requestorId": "T1234",
      "password": { "fromEnv": "HERTZ_DIRECTLINK_PASSWORD" }
    },
    {
      "code": "EP",
      "name": "Europcar",
      "endpoint": "https://applications.europcar.com/xrs/resxml",
      "callerCode": "1042877",
      "password": "@V@"
    }
  ]
}
""", rand_pw(10), "https://www.json.org/json-en.html")

D("json", "booking-identifiers", "tests/fixtures/car/confirmation.json", T("""{
  "reservation": {
    "confirmationNumber": "@CONF@",
    "supplier": "EP",
    "supplierReference": "@SREF@",
    "status": "CONFIRMED",
    "pickup": { "location": "FAOT01", "at": "2024-07-12T10:00:00+01:00" },
    "dropoff": { "location": "FAOT01", "at": "2024-07-19T10:00:00+01:00" },
    "vehicle": { "acriss": "CDMR", "example": "VW Golf or similar" },
    "total": { "amount": 312.77, "currency": "EUR" },
    "voucherId": "@VOUCH@",
    "idempotencyKey": "@IDEM@"
  }
}
""", conf=sel(string.digits, 10) + "COUNT", sref=sel(UPNUM, 9), vouch=uuid_s(), idem=uuid_s()),
  "https://www.acriss.org/car-codes/")

SV("go", "car-supplier-api-key", "internal/suppliers/sixt/client.go", """package sixt

import (
	"net/http"
	"time"
)

const (
	baseURL   = "https://api.sixt.com/v2"
	partnerID = "TRIPNEST"
	apiKey    = "@V@"
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
	req.Header.Set("X-Partner-Id", partnerID)
	req.Header.Set("X-Api-Key", apiKey)
	return req, nil
}
""", fakes.drawn_mixed(_seed(), 32), "https://pkg.go.dev/net/http")

SV("java-properties", "datasource-password", "car-booking/src/main/resources/application-prod.properties", """spring.application.name=car-booking
server.port=8080
spring.datasource.url=jdbc:postgresql://carbooking-prod.cluster-c9xk2.eu-west-1.rds.amazonaws.com:5432/carbooking
spring.datasource.username=carbooking_app
spring.datasource.password=@V@
spring.datasource.hikari.maximum-pool-size=20
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.open-in-view=false
management.endpoints.web.exposure.include=health,prometheus
""", rand_pw(20), "https://docs.spring.io/spring-boot/appendix/application-properties/index.html")

D("wiremock-json", "mock-token", "wiremock/mappings/avis-oauth-token.json", """{
  "request": {
    "method": "GET",
    "urlPath": "/oauth/token/v1",
    "headers": {
      "client_id": { "matches": ".+" },
      "client_secret": { "matches": ".+" }
    }
  },
  "response": {
    "status": 200,
    "headers": { "Content-Type": "application/json" },
    "jsonBody": {
      "access_token": "mock-access-token",
      "token_type": "Bearer",
      "expires_in": 3600
    }
  }
}
""", "https://wiremock.org/docs/stubbing/")

# ============================== Rail =========================================================
SV("python", "darwin-token", "rail/darwin_departures.py", '''"""National Rail Darwin OpenLDBWS - live departure board for the office screen."""
from zeep import Client, xsd

WSDL = "https://lite.realtime.nationalrail.co.uk/OpenLDBWS/wsdl.aspx?ver=2021-11-01"
DARWIN_TOKEN = "@V@"

client = Client(wsdl=WSDL)
header = xsd.Element(
    "{http://thalesgroup.com/RTTI/2013-11-28/Token/types}AccessToken",
    xsd.ComplexType([
        xsd.Element("{http://thalesgroup.com/RTTI/2013-11-28/Token/types}TokenValue", xsd.String()),
    ]),
)
header_value = header(TokenValue=DARWIN_TOKEN)


def departures(crs: str = "KGX", rows: int = 10):
    res = client.service.GetDepBoardWithDetails(numRows=rows, crs=crs, _soapheaders=[header_value])
    return [(s.std, s.destination.location[0].locationName, s.etd) for s in res.trainServices.service]
''', uuid_s(), "https://lite.realtime.nationalrail.co.uk/OpenLDBWS/")

SV("dotenv", "db-api-key", "rail/de/.env", """# DB API Marketplace - Timetables + StaDa
DB_API_BASE=https://apis.deutschebahn.com/db-api-marketplace/apis
DB_CLIENT_ID=@CID@
DB_API_KEY=@V@
STATIONS=8000105,8000261,8011160
""", hexs(32), "https://developers.deutschebahn.com/db-api-marketplace/apis/start", cid=hexs(32))

SV("json", "tfl-app-key", "config/tfl.json", """{
  "tfl": {
    "baseUrl": "https://api.tfl.gov.uk",
    "app_id": "tripnest-arrivals",
    "app_key": "@V@",
    "lines": ["elizabeth", "piccadilly", "jubilee"],
    "stopPoints": ["940GZZLUHR4", "910GPADTLL"]
  },
  "refreshSeconds": 30
}
""", hexs(32), "https://api-portal.tfl.gov.uk/")

SV("python", "network-rail-password", "rail/feeds/stomp_listener.py", '''import json

import stomp

HOST = ("publicdatafeeds.networkrail.co.uk", 61618)
USERNAME = "ops-feeds@tripnest.co.uk"
PASSWORD = "@V@"
TOPIC = "/topic/TRAIN_MVT_ALL_TOC"


class Movements(stomp.ConnectionListener):
    def on_message(self, frame):
        for msg in json.loads(frame.body):
            if msg["header"]["msg_type"] == "0003":
                print(msg["body"]["train_id"], msg["body"]["event_type"], msg["body"]["loc_stanox"])


conn = stomp.Connection12([HOST], heartbeats=(15000, 15000))
conn.set_listener("", Movements())
conn.connect(USERNAME, PASSWORD, wait=True, headers={"client-id": USERNAME})
conn.subscribe(TOPIC, id=1, ack="auto", headers={"activemq.subscriptionName": "tripnest-mvt"})
''', words_pw(), "https://wiki.openraildata.com/index.php/About_the_Network_Rail_feeds")

SV("yaml", "rail-url-basic-auth", "config/rail-gateway.yml", """rail_gateway:
  providers:
    silverrail:
      url: https://tripnest:@V@@api.silverrail.example.io/distribution/v3
      timeout: 30s
      markets: [GB, FR, IT]
    renfe:
      url: https://renfe-b2b.example.es/api
      api_key_env: RENFE_B2B_KEY
      timeout: 20s
  cache:
    journeys_ttl: 5m
""", rand_pw(16), "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1")

D("json", "checksums", "data/feeds.lock.json", T("""{
  "generated": "2024-05-01T03:00:12Z",
  "feeds": [
    { "name": "sncf-ter", "url": "https://eu.ftp.opendatasoft.com/sncf/gtfs/export-ter-gtfs-last.zip",
      "sha256": "@A@", "bytes": 18234411 },
    { "name": "renfe-av", "url": "https://ssl.renfe.com/gtransit/Fichero_AV_LD/google_transit.zip",
      "sha256": "@B@", "bytes": 1203384 },
    { "name": "db-fv", "url": "https://download.gtfs.de/germany/fv_free/latest.zip",
      "sha256": "@C@", "bytes": 4431876 }
  ],
  "tool": { "name": "feedlock", "commit": "@SHA@" }
}
""", a=hexs(64), b=hexs(64), c=hexs(64), sha=hexs(40)), "https://gtfs.org/schedule/reference/")

D("markdown", "placeholder-uuid", "rail/README.md", """# rail

Live departure boards come from National Rail's Darwin OpenLDBWS. Register at
https://realtime.nationalrail.co.uk/OpenLDBWSRegistration/ to get a token, then set
`DARWIN_TOKEN` in your environment (production reads it from SSM `/tripnest/rail/darwin-token`).

The SOAP header looks like this:

```xml
<typ:AccessToken>
  <typ:TokenValue>00000000-0000-0000-0000-000000000000</typ:TokenValue>
</typ:AccessToken>
```

Network Rail feeds use your data-feeds login; see `feeds/README.md`.
""", "https://lite.realtime.nationalrail.co.uk/OpenLDBWS/")

D("dotenv", "secret-manager-reference", "services/rail-search/.env.production", """# resolved at start-up by `op run --env-file=.env.production -- node dist/main.js`
SERVICE_NAME=rail-search
ERA_API_URL=https://api.raileurope.com/v2
ERA_API_KEY=op://TripNest-Prod/rail-europe-era/api-key
ERA_POINT_OF_SALE=TRIPNEST_UK
CURRENCY=GBP
""", "https://developer.1password.com/docs/cli/secret-references/")

SV("shell", "sncf-token-basic-user", "scripts/sncf_journeys.sh", """#!/bin/sh
# Quick look at SNCF journeys (navitia): the token is sent as the basic-auth user.
FROM="stop_area:SNCF:87686006"   # Paris Gare de Lyon
TO="stop_area:SNCF:87751008"     # Marseille St Charles
WHEN=${1:-$(date +%Y%m%dT080000)}

curl -s -u @V@: \\
  "https://api.sncf.com/v1/coverage/sncf/journeys?from=${FROM}&to=${TO}&datetime=${WHEN}&count=5" \\
  | jq '.journeys[] | {departure: .departure_date_time, arrival: .arrival_date_time, duration}'
""", uuid_s(), "https://numerique.sncf.com/startup/api/")

D("csv", "trip-identifiers", "data/rail/eurostar_timetable_2024w22.csv", T("""trip_id,service_id,train_no,origin,destination,dep,arr,days,record_uuid
@U1@,ES_2024S,9002,FRPNO,GBSPX,07:13,08:30,1111100,@R1@
@U2@,ES_2024S,9004,FRPNO,GBSPX,08:13,09:30,1111111,@R2@
@U3@,ES_2024S,9007,GBSPX,FRPNO,07:01,10:20,1111100,@R3@
@U4@,ES_2024S,9014,GBSPX,BEBMI,08:16,11:20,1111111,@R4@
@U5@,ES_2024S,9110,BEBMI,NLAMA,10:52,12:50,0000011,@R5@
""", u1=hexs(24), u2=hexs(24), u3=hexs(24), u4=hexs(24), u5=hexs(24),
   r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s()), "https://gtfs.org/schedule/reference/#tripstxt")

# ============================== Tour and activity booking ====================================
SV("python", "fareharbor-user-key", "activities/fareharbor.py", '''"""FareHarbor External API client (availability + bookings) for the kayak tours site."""
import os

import requests

FH_BASE = "https://fareharbor.com/api/external/v1"
COMPANY = "bluecovekayaks"

HEADERS = {
    "X-FareHarbor-API-App": os.environ["FAREHARBOR_APP_KEY"],
    "X-FareHarbor-API-User": "@V@",
}


def items():
    r = requests.get(f"{FH_BASE}/companies/{COMPANY}/items/", headers=HEADERS, timeout=20)
    r.raise_for_status()
    return r.json()["items"]


def availabilities(item_pk: int, date: str):
    url = f"{FH_BASE}/companies/{COMPANY}/items/{item_pk}/minimal/availabilities/date/{date}/"
    return requests.get(url, headers=HEADERS, timeout=20).json()["availabilities"]
''', uuid_s(), "https://developer.fareharbor.com/api/external/v1/")

SV("javascript", "rezdy-api-key", "src/services/rezdy.js", """const fetch = require('node-fetch');

const REZDY_URL = 'https://api.rezdy.com/v1';
const API_KEY = '@V@';

async function searchAvailability(productCode, startTime, endTime) {
  const qs = new URLSearchParams({
    apiKey: API_KEY,
    productCode,
    startTimeLocal: startTime,
    endTimeLocal: endTime,
  });
  const res = await fetch(`${REZDY_URL}/availability?${qs}`);
  if (!res.ok) throw new Error(`rezdy ${res.status}`);
  const body = await res.json();
  return body.sessions || [];
}

module.exports = { searchAvailability };
""", hexs(32), "https://developers.rezdy.com/rezdyapi/index-agent.html")

SV("python", "bokun-secret-key", "integrations/bokun/signing.py", '''import base64
import hashlib
import hmac
from datetime import datetime, timezone

BOKUN_HOST = "https://api.bokun.io"
ACCESS_KEY = "@AK@"
SECRET_KEY = "@V@"


def signed_headers(method: str, path: str) -> dict:
    date = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    message = f"{date}{ACCESS_KEY}{method.upper()}{path}"
    digest = hmac.new(SECRET_KEY.encode(), message.encode(), hashlib.sha1).digest()
    return {
        "X-Bokun-Date": date,
        "X-Bokun-AccessKey": ACCESS_KEY,
        "X-Bokun-Signature": base64.b64encode(digest).decode(),
        "Content-Type": "application/json;charset=UTF-8",
    }
''', hexs(32), "https://bokun.dev/booking-api-restful/vU6sCfxwYdJWd1QAcLt12i/authentication/5mxyAgLxXmzk5KFBnjHbU9",
   ak=hexs(32))

SV("dotenv", "viator-api-key", "partners/viator.env", """# Viator Partner API (affiliate, full access)
VIATOR_API_BASE=https://api.viator.com/partner
VIATOR_API_KEY=@V@
VIATOR_ACCEPT_LANGUAGE=en-US
VIATOR_CAMPAIGN=tripnest-blog
""", uuid_s(), "https://docs.viator.com/partner-api/technical/")

SV("yaml", "gyg-supplier-basic-auth", "config/getyourguide.yaml", """# Credentials GetYourGuide uses to call OUR supplier endpoints (HTTP basic)
getyourguide:
  supplier_id: "114872"
  inbound_auth:
    username: gyg_prod
    password: "@V@"
  outbound:
    base_url: https://supplier-api.getyourguide.com/1
    username: bluecove
    password_env: GYG_OUTBOUND_PASSWORD
  products:
    - external_id: sunset-kayak
      gyg_option_id: "452311"
""", rand_pw(24), "https://integrator.getyourguide.com/documentation/supplier-api")

SV("php", "checkfront-api-token", "includes/checkfront-config.php", """<?php
// Checkfront API 3.0 - token pair created under Manage > Developer
$checkfront = [
    'host'   => 'bluecove.checkfront.com',
    'key'    => '@KEY@',
    'token'  => '@V@',
    'version'=> '3.0',
];

function checkfront_get(string $path, array $params = []) {
    global $checkfront;
    $url = 'https://' . $checkfront['host'] . '/api/3.0/' . $path . '?' . http_build_query($params);
    $ch = curl_init($url);
    curl_setopt($ch, CURLOPT_USERPWD, $checkfront['key'] . ':' . $checkfront['token']);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
""", hexs(64), "https://api.checkfront.com/overview/auth.html", key=hexs(40))

SV("php", "tourcms-private-key", "config/tourcms.php", """<?php
// TourCMS Marketplace agent connection
$marketplace_account_id = 12874;
$channel_id = 0;
$api_private_key = "@V@";
$result_type = "simplexml";

require_once __DIR__ . '/../vendor/tourcms/tourcms-php/TourCMS.php';
$tourcms = new TourCMS\\Utils\\TourCMS($marketplace_account_id, $api_private_key, $result_type);
$tourcms->set_timeout(25);
""", hexs(16), "https://www.tourcms.com/support/api/mp/")

D("dotenv", "public-key", "booking-widget/.env", T("""# Vite exposes VITE_* to the browser: only the PUBLIC key belongs here.
VITE_REGIONDO_PUBLIC_KEY=@PUB@
VITE_REGIONDO_API=https://api.regiondo.com/v1
VITE_REGIONDO_LANG=de-DE
# private key: set REGIONDO_PRIVATE_KEY on the server (signing happens in /api/regiondo)
""", pub=hexs(40)), "https://api.regiondo.com/docs/")

D("rails-yaml", "erb-env-reference", "config/xola.yml", """xola:
  environment: production
  base_url: https://xola.com/api
  seller_id: 5f1e6d0a9c3b2a0012ab34cd
  api_key: <%= ENV.fetch("XOLA_API_KEY") %>
  webhook:
    url: https://hooks.bluecove.example/xola
    events: [order.create, order.update, order.cancel]
""", "https://guides.rubyonrails.org/configuring.html#custom-configuration")

D("html", "publishable-key", "public/book.html", T("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Book a tour - Blue Cove Kayaks</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://fareharbor.com/embeds/api/v1/?autolightframe=yes"></script>
</head>
<body>
  <a href="https://fareharbor.com/embeds/book/bluecovekayaks/?full-items=yes&flow=1041203">Book now</a>
  <form id="gift-card"><div id="card-element"></div><button>Buy gift card</button></form>
  <script>
    const stripe = Stripe('@PK@');
    const elements = stripe.elements();
    elements.create('card').mount('#card-element');
  </script>
</body>
</html>
""", pk=stripe_key("pk_live_", 99)), "https://docs.stripe.com/keys#obtain-api-keys")

D("dotenv", "placeholder", "activities/.env.example", """# Rezdy (agent API) - request a key from your Rezdy account manager
REZDY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# FareHarbor - both keys come from the FareHarbor API team
FAREHARBOR_APP_KEY=<fareharbor-app-key>
FAREHARBOR_USER_KEY=<fareharbor-user-key>
# Bokun
BOKUN_ACCESS_KEY=
BOKUN_SECRET_KEY=
""", "https://developers.rezdy.com/rezdyapi/index-agent.html")

D("python", "env-reference", "integrations/bokun/webhooks.py", '''import base64
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("bokun_hooks", __name__)
SECRET = os.environ.get("BOKUN_WEBHOOK_SECRET", "").encode()


@bp.post("/hooks/bokun")
def booking_hook():
    expected = base64.b64encode(hmac.new(SECRET, request.get_data(), hashlib.sha256).digest()).decode()
    if not hmac.compare_digest(expected, request.headers.get("X-Bokun-HMAC", "")):
        abort(401)
    payload = request.get_json()
    # booking created / cancelled -> refresh the capacity cache
    return {"ok": True, "booking": payload.get("bookingId")}
''', "https://flask.palletsprojects.com/en/3.0.x/blueprints/")

SV("json", "stripe-secret-key", "exports/tour-booking-settings.json", """{
  "plugin": "wp-travel-engine",
  "version": "5.9.1",
  "exported_at": "2024-02-28 16:41:09",
  "general": {
    "currency": "PEN",
    "booking_confirmation_email": true,
    "trip_search_results_per_page": 12
  },
  "payment_gateways": {
    "stripe": {
      "enabled": true,
      "publishable_key": "@PK@",
      "secret_key": "@V@"
    },
    "paypal": { "enabled": false }
  }
}
""", stripe_key("sk_live_", 99), "https://wptravelengine.com/plugins/stripe-payment-gateway/", pk=stripe_key("pk_live_", 99))

SV("php", "stripe-webhook-secret", "config/stripe.php", """<?php

return [
    'key' => env('STRIPE_KEY'),
    'secret' => env('STRIPE_SECRET'),
    'webhook' => [
        // set during the March incident, remove once the env var is back
        'secret' => '@V@',
        'tolerance' => 300,
    ],
    'currency' => 'usd',
];
""", "whsec_" + fakes.drawn_mixed(_seed(), 32), "https://docs.stripe.com/webhooks#verify-official-libraries")

# ============================== Fare scrapers and alerts =====================================
SV("scrapy-settings", "proxy-password", "farescraper/settings.py", """BOT_NAME = "farescraper"
SPIDER_MODULES = ["farescraper.spiders"]
NEWSPIDER_MODULE = "farescraper.spiders"

ROBOTSTXT_OBEY = False
CONCURRENT_REQUESTS = 8
DOWNLOAD_DELAY = 1.5
AUTOTHROTTLE_ENABLED = True

# residential proxy zone for the fare pages
PROXY_URL = "http://brd-customer-hl_@C@-zone-fares_res:@V@@brd.superproxy.io:22225"

DOWNLOADER_MIDDLEWARES = {
    "farescraper.middlewares.ProxyMiddleware": 350,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": 550,
}

FEEDS = {"s3://tripnest-fares/raw/%(name)s/%(time)s.jsonl": {"format": "jsonlines"}}
""", sel(string.ascii_lowercase + string.digits, 12), "https://docs.scrapy.org/en/latest/topics/settings.html",
   c=hexs(8))

SV("python", "serpapi-key", "scrapers/google_flights.py", '''from serpapi import GoogleSearch

SERPAPI_KEY = "@V@"


def google_flights(departure: str, arrival: str, outbound: str, return_date: str):
    params = {
        "engine": "google_flights",
        "departure_id": departure,
        "arrival_id": arrival,
        "outbound_date": outbound,
        "return_date": return_date,
        "currency": "USD",
        "hl": "en",
        "api_key": SERPAPI_KEY,
    }
    results = GoogleSearch(params).get_dict()
    return results.get("best_flights", []) + results.get("other_flights", [])


if __name__ == "__main__":
    for f in google_flights("SFO", "NRT", "2024-10-02", "2024-10-16")[:5]:
        print(f["price"], f["total_duration"])
''', hexs(64), "https://serpapi.com/google-flights-api")

SV("javascript", "kiwi-tequila-key", "scripts/tequila_search.mjs", """// Kiwi.com Tequila search - cheapest weekend trips from BCN
const APIKEY = '@V@'

const params = new URLSearchParams({
  fly_from: 'BCN',
  fly_to: 'anywhere',
  date_from: '01/06/2024',
  date_to: '30/06/2024',
  nights_in_dst_from: '2',
  nights_in_dst_to: '3',
  max_stopovers: '0',
  curr: 'EUR',
  limit: '50',
})

const res = await fetch(`https://api.tequila.kiwi.com/v2/search?${params}`, {
  headers: { apikey: APIKEY },
})
const { data } = await res.json()
for (const trip of data.slice(0, 10)) console.log(trip.cityTo, trip.price)
""", fakes.drawn_mixed(_seed(), 32, ALNUM + "-_"), "https://tequila.kiwi.com/portal/docs/tequila_api/search_api")

SV("dotenv", "skyscanner-api-key", "partners/skyscanner.env", """SKYSCANNER_API_URL=https://partners.api.skyscanner.net/apiservices/v3
SKYSCANNER_API_KEY=@V@
SKYSCANNER_MARKET=UK
SKYSCANNER_LOCALE=en-GB
SKYSCANNER_CURRENCY=GBP
""", "sh" + fakes.drawn_mixed(_seed(), 30).lower(), "https://developers.skyscanner.net/docs/getting-started/authentication")

SV("toml", "travelpayouts-token", "bot/config.toml", """[bot]
name = "cheapflights-bot"
timezone = "Europe/Moscow"

[travelpayouts]
token = "@V@"
marker = "412877"
currency = "rub"
origin = "MOW"

[schedule]
digest_cron = "0 9 * * *"
""", hexs(32), "https://support.travelpayouts.com/hc/en-us/articles/203956163-Aviasales-Data-API")

SV("shell", "aviationstack-key-in-url", "scripts/fetch_flights.sh", """#!/usr/bin/env bash
# Dump today's departures from LIS for the delay dashboard.
set -euo pipefail
OUT="data/raw/departures_$(date +%F).json"
curl -sf "http://api.aviationstack.com/v1/flights?access_key=@V@&dep_iata=LIS&limit=100" -o "$OUT"
echo "saved $(jq '.data | length' "$OUT") flights to $OUT"
""", hexs(32), "https://aviationstack.com/documentation")

SV("python", "flightaware-aeroapi-key", "alerts/aeroapi.py", '''import requests

AEROAPI = "https://aeroapi.flightaware.com/aeroapi"
session = requests.Session()
session.headers["x-apikey"] = "@V@"


def inbound_delay(ident: str) -> int:
    flights = session.get(f"{AEROAPI}/flights/{ident}", params={"max_pages": 1}, timeout=15).json()["flights"]
    if not flights:
        return 0
    f = flights[0]
    return int((f.get("arrival_delay") or 0) / 60)
''', fakes.drawn_mixed(_seed(), 32), "https://www.flightaware.com/aeroapi/portal/documentation")

SV("typescript", "account-password", "scrapers/ryanair/login.ts", """import { chromium } from 'playwright'

// myRyanair account used to see member fares (shared scraping account)
const EMAIL = 'fares.scraper@tripnest.io'
const PASSWORD = '@V@'

export async function memberSession() {
  const browser = await chromium.launch({ headless: true })
  const page = await browser.newPage()
  await page.goto('https://www.ryanair.com/gb/en')
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.fill('input[name="email"]', EMAIL)
  await page.fill('input[name="password"]', PASSWORD)
  await page.getByRole('button', { name: 'Log in' }).last().click()
  await page.waitForLoadState('networkidle')
  return { browser, page }
}
""", words_pw(), "https://playwright.dev/docs/auth")

D("scrapy-settings", "env-reference", "hotelscraper/settings.py", """import os

BOT_NAME = "hotelscraper"
SPIDER_MODULES = ["hotelscraper.spiders"]

USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 3

PROXY_URL = os.environ.get("SCRAPER_PROXY_URL")
SCRAPINGBEE_API_KEY = os.getenv("SCRAPINGBEE_API_KEY")

HTTPCACHE_ENABLED = True
HTTPCACHE_DIR = "httpcache"
FEED_EXPORT_ENCODING = "utf-8"
""", "https://docs.scrapy.org/en/latest/topics/settings.html")

D("yaml", "template-expression", "farewatch/config.yaml", """routes:
  - { from: LHR, to: JFK, months: [2024-09, 2024-10], max_price: 450 }
  - { from: MAN, to: FAO, months: [2024-07], max_price: 120 }
sources:
  google_flights:
    enabled: true
    serpapi_key: ${SERPAPI_KEY}
  kiwi:
    enabled: true
    apikey: ${KIWI_TEQUILA_KEY}
proxy: ${PROXY_URL:-}
notify:
  telegram:
    bot_token: ${TELEGRAM_BOT_TOKEN}
    chat_id: ${TELEGRAM_CHAT_ID}
schedule: "*/30 * * * *"
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

SV("crontab", "telegram-bot-token", "deploy/fare-alerts.cron", """# m h dom mon dow  command  (installed on scraper-02 as user farebot)
SHELL=/bin/bash
PATH=/usr/local/bin:/usr/bin:/bin
TELEGRAM_BOT_TOKEN=@V@
TELEGRAM_CHAT_ID=-1001877234410

*/30 * * * * cd /opt/farewatch && ./venv/bin/python -m farewatch.run >> /var/log/farewatch/run.log 2>&1
15 3 * * *   cd /opt/farewatch && ./venv/bin/python -m farewatch.prune --days 30
""", fakes.telegram_token(_seed()), "https://man7.org/linux/man-pages/man5/crontab.5.html")

SV("json", "slack-webhook", "farewatch/alerts.json", """{
  "channels": [
    {
      "type": "slack",
      "name": "#fare-drops",
      "webhook_url": "@V@",
      "min_drop_percent": 15
    },
    {
      "type": "email",
      "to": ["deals@tripnest.io"],
      "min_drop_percent": 30
    }
  ],
  "quiet_hours": { "from": "23:00", "to": "07:00", "tz": "Europe/London" }
}
""", slack_webhook(), "https://api.slack.com/messaging/webhooks")

SV("python", "discord-webhook", "farewatch/notify.py", '''import requests

WEBHOOK = "@V@"


def post_deal(route: str, price: float, link: str) -> None:
    requests.post(WEBHOOK, json={
        "username": "FareWatch",
        "embeds": [{
            "title": f"{route} now {price:.0f} EUR",
            "url": link,
            "color": 0x2ECC71,
        }],
    }, timeout=10)
''', discord_webhook(), "https://discord.com/developers/docs/resources/webhook#execute-webhook")

_nb_pw = words_pw()
S("jupyter-notebook", "postgres-url-password", "notebooks/fare_drop_analysis.ipynb", notebook([
    {"md": True, "src": "## Fare drops by days-to-departure\n"},
    {"n": 1, "src": "import pandas as pd\nfrom sqlalchemy import create_engine\n\n"
                    f"engine = create_engine('postgresql+psycopg2://analyst:{_nb_pw}@fares-replica.internal:5432/fares')\n"},
    {"n": 2, "src": "df = pd.read_sql('select route, dtd, min(price) as p from quotes group by 1, 2', engine)\n"
                    "df.groupby('dtd').p.median().tail()\n",
     "out": "dtd\n3     212.0\n2     240.5\n1     266.0\n0     301.0\nName: p, dtype: float64\n"},
]), _nb_pw, "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls")

D("jupyter-notebook", "getpass-prompt", "notebooks/hotel_rate_parity.ipynb", notebook([
    {"md": True, "src": "## Rate parity check (direct vs OTA)\nCredentials are prompted, never stored.\n"},
    {"n": 1, "src": "from getpass import getpass\nimport os\n\n"
                    "os.environ['SERPAPI_KEY'] = getpass('SerpApi key: ')\n"},
    {"n": 2, "src": "from parity import compare\nres = compare(hotel='seaview-inn', nights=['2024-07-01', '2024-07-02'])\nres.head()\n",
     "out": "        date  direct  booking  expedia\n0 2024-07-01   149.0    152.0    149.0\n"},
]), "https://docs.python.org/3/library/getpass.html")

_px_pw = rand_pw(14)
S("text", "proxy-list-password", "scrapers/proxies.txt", T("""# datacenter pool (renewed monthly), format host:port:user:pass -> converted to URLs
http://farepool:@P@@gw1.proxy-seller.example:10000
http://farepool:@P@@gw1.proxy-seller.example:10001
http://farepool:@P@@gw1.proxy-seller.example:10002
http://farepool:@P@@gw2.proxy-seller.example:10000
http://farepool:@P@@gw2.proxy-seller.example:10001
""", p=_px_pw), _px_pw, "https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#module-scrapy.downloadermiddlewares.httpproxy")

SV("dotenv", "scrapingbee-key", "scrapers/.env", """# ScrapingBee account of the pricing team
SCRAPINGBEE_API_KEY=@V@
SCRAPINGBEE_RENDER_JS=true
SCRAPINGBEE_PREMIUM_PROXY=false
OUTPUT_DIR=./out
""", sel(UPNUM, 80), "https://www.scrapingbee.com/documentation/")

# ============================== Itinerary e-mail parsers =====================================
_app_pw = " ".join(sel(string.ascii_lowercase, 4) for _ in range(4))
SV("ini", "gmail-app-password", "itinerary_parser/config.ini", """[imap]
host = imap.gmail.com
port = 993
user = trips.inbox@tripnest.io
; app password generated 2024-02-12 (2SV is on for this mailbox)
password = @V@
folder = INBOX
processed_folder = Parsed

[parser]
airlines = BA,IB,VY,FR,U2,TP
timezone = UTC
attach_pdf = yes
""", _app_pw, "https://support.google.com/mail/answer/185833")

SV("python", "mailgun-api-key", "webhooks/mailgun_inbound.py", '''"""Inbound route: forwarded confirmation e-mails -> itinerary parser."""
import requests
from flask import Flask, request

app = Flask(__name__)
MAILGUN_DOMAIN = "in.tripnest.io"
MAILGUN_API_KEY = "@V@"


@app.post("/inbound/itinerary")
def inbound():
    sender = request.form["sender"]
    body = request.form.get("body-html") or request.form.get("body-plain", "")
    trip_id = parse_and_store(sender, body)
    requests.post(
        f"https://api.eu.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        data={"from": f"TripNest <trips@{MAILGUN_DOMAIN}>", "to": sender,
              "subject": "We added your booking", "text": f"Trip {trip_id} updated."},
        timeout=10,
    )
    return "", 204


def parse_and_store(sender: str, body: str) -> str:
    raise NotImplementedError
''', mailgun_key(), "https://documentation.mailgun.com/docs/mailgun/user-manual/receive-forward-store/")

SV("rails-yaml", "postmark-server-token", "config/mail.yml", """production:
  delivery_method: postmark
  postmark:
    api_token: "@V@"
    message_stream: itinerary-updates
  default_from: "TripNest <itineraries@tripnest.io>"

development:
  delivery_method: letter_opener
""", uuid_s(), "https://github.com/ActiveCampaign/postmark-rails")

SV("dotenv", "sendgrid-key", "services/notifications/.env.prod", """NOTIFY_FROM=bookings@tripnest.io
NOTIFY_REPLY_TO=support@tripnest.io
SENDGRID_API_KEY=@V@
SENDGRID_TEMPLATE_ITINERARY=d-@TPL@
SENDGRID_TEMPLATE_CHECKIN=d-@TPL2@
""", sendgrid_key(), "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/api-getting-started",
   tpl=hexs(32), tpl2=hexs(32))

SV("ini", "tripit-consumer-secret", "tripit_sync/tripit.cfg", """[tripit]
api_url = https://api.tripit.com/v1
oauth_consumer_key = @CK@
oauth_consumer_secret = @V@
callback = https://app.tripnest.io/oauth/tripit/callback

[sync]
batch_size = 50
""", hexs(40), "https://tripit.github.io/api/doc/v1/", ck=hexs(40))

SV("json", "google-oauth-client-secret", "itinerary_parser/client_secret.json", """{
  "installed": {
    "client_id": "@N@-@CID@.apps.googleusercontent.com",
    "project_id": "tripnest-itinerary-parser",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@V@",
    "redirect_uris": ["http://localhost"]
  }
}
""", gocspx(), "https://developers.google.com/gmail/api/quickstart/python",
   n=sel(string.digits, 12), cid=sel(string.ascii_lowercase + string.digits, 32))

D("eml", "dkim-signature", "tests/fixtures/emails/vueling_confirmation.eml", T("""Return-Path: <noreply@vueling.example>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vueling.example; s=sel1;
 h=from:to:subject:date:message-id; bh=@BH@;
 b=@B1@
 @B2@
From: Vueling <noreply@vueling.example>
To: trips.inbox@tripnest.io
Subject: Booking confirmation @PNR@
Date: Tue, 14 May 2024 09:31:07 +0000
Message-ID: <@MID@@mail.vueling.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Booking code: @PNR@
Flight VY1234 BCN -> LGW, 02 Jun 2024 07:05 - 08:40
Passenger: SMITH/JANE MS
Total paid: 118.46 EUR
""", bh=b64rand(32), b1=b64rand(96), b2=b64rand(90), pnr=pnr(), mid=hexs(24)),
  "https://www.rfc-editor.org/rfc/rfc6376")

D("json", "parsed-itinerary", "tests/fixtures/parsed/ba_eticket.json", T("""{
  "source": "email",
  "parser": "british_airways_v3",
  "message_id": "<@MID@@ba.example>",
  "booking_reference": "@PNR@",
  "tickets": ["@TK@"],
  "passengers": [{ "name": "DOE/JOHN MR", "frequent_flyer": "BA*****812" }],
  "segments": [
    { "flight": "BA0117", "from": "LHR", "to": "JFK", "dep": "2024-06-11T08:25:00+01:00", "cabin": "M" },
    { "flight": "BA0112", "from": "JFK", "to": "LHR", "dep": "2024-06-18T18:30:00-04:00", "cabin": "M" }
  ],
  "trip_id": "@TRIP@",
  "content_sha256": "@SHA@"
}
""", mid=hexs(20), pnr=pnr(), tk=ticket_no("125"), trip=uuid_s(), sha=hexs(64)),
  "https://schema.org/FlightReservation")

SV("python", "imap-login-password", "parsers/imap_fetch.py", '''import email
import imaplib

IMAP_HOST = "outlook.office365.com"
MAILBOX = "bookings@andestreks.pe"


def fetch_unseen():
    conn = imaplib.IMAP4_SSL(IMAP_HOST)
    conn.login(MAILBOX, "@V@")
    conn.select("INBOX")
    _, ids = conn.search(None, "UNSEEN")
    messages = []
    for num in ids[0].split():
        _, data = conn.fetch(num, "(RFC822)")
        messages.append(email.message_from_bytes(data[0][1]))
    conn.logout()
    return messages
''', season_pw(), "https://docs.python.org/3/library/imaplib.html")

SV("appsettings-json", "azure-client-secret", "src/ItineraryMailReader/appsettings.json", """{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "@TEN@",
    "ClientId": "@CLI@",
    "ClientSecret": "@V@"
  },
  "Mailbox": {
    "UserPrincipalName": "itineraries@corp-travel.example",
    "Folder": "Inbox",
    "PollSeconds": 60
  }
}
""", azure_secret(), "https://learn.microsoft.com/en-us/graph/auth-v2-service", ten=uuid_s(), cli=uuid_s())

SV("serverless-yaml", "aws-secret-key", "inbound-mail/serverless.yml", """service: inbound-itineraries

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    BUCKET: tripnest-inbound-mail
    PARSER_QUEUE: itinerary-parse
    # temporary until the deploy role is fixed
    AWS_ACCESS_KEY_ID: @AKID@
    AWS_SECRET_ACCESS_KEY: @V@

functions:
  onMail:
    handler: handler.on_mail
    events:
      - s3:
          bucket: tripnest-inbound-mail
          event: s3:ObjectCreated:*
          rules:
            - prefix: incoming/
""", fakes.aws_secret_key(_seed()), "https://www.serverless.com/framework/docs/providers/aws/guide/serverless.yml",
   akid=fakes.aws_key_id(_seed()))

D("python", "sample-values", "parsers/tests/test_patterns.py", '''import pytest

from parsers.patterns import booking_reference, eticket_number, loyalty_number


@pytest.mark.parametrize("text, expected", [
    ("Your booking reference: K7QX2M", "K7QX2M"),
    ("Reserva / Booking code ZP4T9L", "ZP4T9L"),
    ("PNR:H3DW8R (please keep)", "H3DW8R"),
])
def test_booking_reference(text, expected):
    assert booking_reference(text) == expected


def test_eticket():
    assert eticket_number("E-ticket 125 2419876543") == "1252419876543"


def test_loyalty_masking():
    assert loyalty_number("Executive Club: 12345678") == "****5678"
''', "https://docs.pytest.org/en/stable/how-to/parametrize.html")

# ============================== Loyalty integrations =========================================
SV("python", "points-mac-key", "loyalty/points_lcp.py", '''"""Points.com LCP: credit miles for completed stays (MAC-signed requests)."""
import base64
import hashlib
import hmac
import time
import uuid

LCP_URL = "https://lcp.points.com/v1"
MAC_KEY_ID = "@KID@"
MAC_KEY = "@V@"


def auth_header(method: str, path: str, host: str = "lcp.points.com", port: int = 443) -> str:
    ts = str(int(time.time()))
    nonce = uuid.uuid4().hex[:16]
    normalized = "\\n".join([ts, nonce, method, path, host, str(port), "", ""])
    key = base64.urlsafe_b64decode(MAC_KEY + "==")
    mac = base64.b64encode(hmac.new(key, normalized.encode(), hashlib.sha1).digest()).decode()
    return f'MAC id="{MAC_KEY_ID}", ts="{ts}", nonce="{nonce}", mac="{mac}"'
''', b64rand(32).replace("+", "-").replace("/", "_").rstrip("="), "https://points.github.io/lcp-docs/",
   kid=hexs(32))

SV("netrc", "loyalty-sftp-password", "ops/loyalty/.netrc", """machine sftp.partners.milesclub.example
  login tripnest_accrual
  password @V@

machine files.hotelrewards.example
  login tripnest
  password ${HOTELREWARDS_SFTP_PASSWORD}
""", words_pw(), "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

D("dotenv", "secret-manager-reference", "loyalty-service/.env.production", """# sm:// values are resolved by spring-cloud-gcp Secret Manager at boot
ANTAVO_API_URL=https://api.st2.antavo.com
ANTAVO_API_KEY=sm://antavo-api-key
ANTAVO_API_SECRET=sm://projects/tripnest-loyalty/secrets/antavo-api-secret/versions/latest
ANTAVO_REGION=st2
POINTS_PER_EUR=10
""", "https://googlecloudplatform.github.io/spring-cloud-gcp/reference/html/index.html#secret-manager")

SV("yaml", "jwt-signing-secret", "loyalty-service/config/jwt.yml", """# Member app tokens (HS256). Partner portal uses RS256, see partner_jwt.yml
issuer: https://loyalty.tripnest.io
audience: tripnest-member-app
algorithm: HS256
secret: "@V@"
access_ttl: 15m
refresh_ttl: 30d
leeway: 30s
""", b64rand(48), "https://www.rfc-editor.org/rfc/rfc7518#section-3.2")

D("json", "bcrypt-hash", "loyalty-admin/seed/admin_users.json", T("""[
  { "email": "ops@tripnest.io", "role": "admin", "password_hash": "@H1@", "mfa": true },
  { "email": "support.lead@tripnest.io", "role": "support", "password_hash": "@H2@", "mfa": true },
  { "email": "finance@tripnest.io", "role": "readonly", "password_hash": "@H3@", "mfa": false }
]
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash()), "https://en.wikipedia.org/wiki/Bcrypt")

D("django-fixture", "pbkdf2-hash", "members/fixtures/demo_members.json", T("""[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "demo.gold",
      "password": "@H1@",
      "email": "demo.gold@example.com",
      "is_staff": false
    }
  },
  {
    "model": "members.membership",
    "pk": 1,
    "fields": { "user": 1, "tier": "GOLD", "points": 48210, "member_number": "TN0048821" }
  }
]
""", h1=pbkdf2_hash()), "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

D("yaml", "argon2-hash", "loyalty-admin/config/users.yaml", T("""# Basic-auth users of the internal points-adjustment tool (argon2id verifiers)
users:
  - name: maria.s
    hash: "@H1@"
    roles: [adjust, approve]
  - name: kenji.t
    hash: "@H2@"
    roles: [adjust]
max_adjustment_points: 50000
""", h1=argon2_hash(), h2=argon2_hash()), "https://github.com/P-H-C/phc-string-format/blob/master/phc-sf-spec.md")

_sf_pw = words_pw()
_sf_tok = sel(ALNUM, 25)
SV("java-properties", "salesforce-password-token", "loyalty-crm/build.properties", """# Salesforce Loyalty Management deployment (ant migration tool)
sf.username = deploy@tripnest.loyalty.prod
sf.password = @V@
sf.serverurl = https://login.salesforce.com
sf.maxPoll = 200
sf.pollWaitMillis = 10000
""", _sf_pw + _sf_tok, "https://developer.salesforce.com/docs/atlas.en-us.daas.meta/daas/forcemigrationtool_connect.htm")

SV("java", "partner-hmac-secret", "src/main/java/com/tripnest/loyalty/PartnerSigner.java", """package com.tripnest.loyalty;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs accrual requests to the airline miles partner (HMAC-SHA256 over the body). */
public final class PartnerSigner {

    private static final String PARTNER_ID = "TRIPNEST01";
    private static final byte[] SHARED_SECRET = "@V@".getBytes(StandardCharsets.UTF_8);

    private PartnerSigner() {
    }

    public static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SHARED_SECRET, "HmacSHA256"));
        return PARTNER_ID + ":" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
""", rand_pw(32), "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/javax/crypto/Mac.html")

D("yaml", "program-identifiers", "loyalty-service/config/tiers.yaml", T("""program: TRIPNEST_REWARDS
program_uuid: @P@
tiers:
  - code: BLUE
    id: @T1@
    min_points: 0
  - code: SILVER
    id: @T2@
    min_points: 15000
  - code: GOLD
    id: @T3@
    min_points: 40000
earn_rules:
  hotel_eur: 10
  flight_eur: 5
  partner_ids: [AF-KL-FB, BA-EC, IB-PLUS]
""", p=uuid_s(), t1=uuid_s(), t2=uuid_s(), t3=uuid_s()), "https://schema.org/ProgramMembership")

SV("yaml", "braze-api-key", "loyalty-service/config/braze.yml", """braze:
  rest_endpoint: https://rest.fra-02.braze.eu
  api_key: "@V@"
  app_group: tripnest-rewards
  campaigns:
    tier_upgrade: @C1@
    points_expiring: @C2@
""", uuid_s(), "https://www.braze.com/docs/api/basics/#rest-api-key", c1=uuid_s(), c2=uuid_s())

SV("docker-compose", "redis-url-password", "loyalty-service/docker-compose.prod.yml", """services:
  loyalty-api:
    image: registry.tripnest.io/loyalty-api:4.2.0
    restart: unless-stopped
    environment:
      NODE_ENV: production
      REDIS_URL: redis://:@V@@points-cache.tripnest.internal:6379/0
      DATABASE_URL: ${LOYALTY_DATABASE_URL}
    ports:
      - "8080:8080"
  worker:
    image: registry.tripnest.io/loyalty-api:4.2.0
    command: ["node", "dist/worker.js"]
    env_file: .env.production
""", fakes.redis_password(_seed()), "https://docs.docker.com/compose/compose-file/05-services/#environment")

D("pgp", "public-key", "loyalty/keys/milesclub-partner.asc", T("""-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: MilesClub partner file exchange (accrual files are encrypted to this key)

@BODY@
=@CRC@
-----END PGP PUBLIC KEY BLOCK-----
""", body="mQINBG" + "\n".join(sel(ALNUM + "+/", 64) for _ in range(12))[6:], crc=sel(ALNUM, 4)),
  "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

D("pgp", "ciphertext", "loyalty/outbound/accruals_20240501.csv.asc", T("""-----BEGIN PGP MESSAGE-----

@BODY@
=@CRC@
-----END PGP MESSAGE-----
""", body="hQIMA" + "\n".join(sel(ALNUM + "+/", 64) for _ in range(10))[5:], crc=sel(ALNUM, 4)),
  "https://www.rfc-editor.org/rfc/rfc4880#section-6.2")

# ============================== Booking platform infrastructure ==============================
SV("django-settings", "django-secret-key", "tripnest/settings/production.py", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.tripnest.io", "api.tripnest.io"]

SECRET_KEY = "@V@"

DATABASES["default"].update({
    "HOST": "bookings-prod.cluster-ro-c2n4.eu-west-1.rds.amazonaws.com",
    "CONN_MAX_AGE": 60,
})

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
""", fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

D("django-settings", "env-reference", "tripnest/settings/staging.py", """import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["staging.tripnest.io"]

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DUFFEL_ACCESS_TOKEN = os.environ.get("DUFFEL_ACCESS_TOKEN", "")
AMADEUS = {
    "client_id": os.environ["AMADEUS_CLIENT_ID"],
    "client_secret": os.environ["AMADEUS_CLIENT_SECRET"],
    "hostname": "test",
}

DATABASES["default"]["PASSWORD"] = os.environ["DB_PASSWORD"]
""", "https://docs.djangoproject.com/en/5.0/topics/settings/")

SV("rails-yaml", "database-password", "config/database.yml", """default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: bookings_development

test:
  <<: *default
  database: bookings_test

production:
  <<: *default
  database: bookings_production
  host: bookings-db.internal
  username: bookings
  password: @V@
""", rand_pw(20), "https://guides.rubyonrails.org/configuring.html#configuring-a-database")

SV("javascript", "postgres-url-password", "db/knexfile.js", """// knex config for the reservations service
module.exports = {
  development: {
    client: 'pg',
    connection: 'postgres://reservations:reservations@localhost:5432/reservations_dev',
  },
  production: {
    client: 'pg',
    connection: 'postgres://reservations_app:@V@@reservations-prod.c7ym3.us-east-1.rds.amazonaws.com:5432/reservations',
    pool: { min: 2, max: 20 },
    migrations: { tableName: 'knex_migrations' },
  },
};
""", rand_pw(24), "https://knexjs.org/guide/#configuration-options")

SV("docker-compose", "mysql-root-password", "hotel-cms/docker-compose.override.yml", """services:
  db:
    image: mysql:8.0.36
    environment:
      MYSQL_ROOT_PASSWORD: "@V@"
      MYSQL_DATABASE: hotelcms
    ports:
      - "3306:3306"
    volumes:
      - ./dumps:/docker-entrypoint-initdb.d:ro
  adminer:
    image: adminer:4
    ports:
      - "8081:8080"
""", words_pw(), "https://hub.docker.com/_/mysql")

SV("jenkinsfile", "mysql-password-cli", "Jenkinsfile", """pipeline {
  agent { label 'linux' }
  options { timestamps() }
  stages {
    stage('Build') {
      steps { sh './gradlew clean build -x test' }
    }
    stage('Migrate staging') {
      when { branch 'develop' }
      steps {
        sh 'mysql -h bookings-stg.internal -u bookings_ci -p@V@ bookings < db/migrations/pending.sql'
      }
    }
    stage('Deploy') {
      when { branch 'develop' }
      steps { sh './deploy.sh staging' }
    }
  }
}
""", rand_pw(16), "https://dev.mysql.com/doc/refman/8.0/en/connection-options.html#option_general_password")

SV("dockerfile", "sabre-password-env", "gds-gateway/Dockerfile", """FROM eclipse-temurin:21-jre-alpine

WORKDIR /app
COPY build/libs/gds-gateway.jar app.jar

ENV SABRE_ENDPOINT=https://webservices.platform.sabre.com \\
    SABRE_PCC=G7HE \\
    SABRE_USERNAME=7971 \\
    SABRE_PASSWORD=@V@ \\
    JAVA_OPTS="-XX:MaxRAMPercentage=75"

EXPOSE 8080
USER 1000
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar app.jar"]
""", "WS" + sel(string.ascii_uppercase + string.digits, 6), "https://docs.docker.com/reference/dockerfile/#env")

SV("gitlab-ci", "npm-token", ".gitlab-ci.yml", """stages: [test, publish]

variables:
  NODE_VERSION: "20"
  NPM_TOKEN: "@V@"

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test

publish-sdk:
  stage: publish
  image: node:20
  only: [tags]
  script:
    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
    - npm publish --access public
""", fakes.fake("npm_", 36, _seed()), "https://docs.gitlab.com/ee/ci/variables/")

SV("systemd", "postgres-url-password", "deploy/systemd/booking-worker.service", """[Unit]
Description=TripNest booking worker (ticketing queue)
After=network-online.target

[Service]
User=booking
WorkingDirectory=/opt/booking-worker
Environment=QUEUE=ticketing
Environment=DATABASE_URL=postgresql://booking_worker:@V@@10.20.1.15:5432/bookings
ExecStart=/opt/booking-worker/venv/bin/python -m worker --queue ${QUEUE}
Restart=always
RestartSec=5

[Install]
WantedBy=multi-user.target
""", rand_pw(18), "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

_ng_user = "tripnest"
_ng_pw = rand_pw(16)
S("nginx", "upstream-basic-auth", "deploy/nginx/supplier-proxy.conf", T("""# Egress proxy to the bed-bank supplier (fixed IP allow-listed on their side)
upstream bedbank {
    server api.bedbank.example:443;
    keepalive 16;
}

server {
    listen 8443 ssl;
    server_name supplier-proxy.internal;

    ssl_certificate     /etc/nginx/tls/proxy.crt;
    ssl_certificate_key /etc/nginx/tls/proxy.key;

    location /bedbank/ {
        proxy_pass https://bedbank/;
        proxy_set_header Host api.bedbank.example;
        proxy_set_header Authorization "Basic @B@";
        proxy_ssl_server_name on;
        proxy_read_timeout 60s;
    }
}
""", b=b64(_ng_user + ":" + _ng_pw)), _ng_user + ":" + _ng_pw,
  "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header")

SV("supervisord", "amqp-url-password", "deploy/supervisor/pricing-consumers.conf", """[program:pricing-consumer]
command=/srv/pricing/venv/bin/celery -A pricing worker -Q fares -c 4 --loglevel=INFO
directory=/srv/pricing
user=pricing
numprocs=1
autostart=true
autorestart=true
stopwaitsecs=60
environment=CELERY_BROKER_URL="amqp://pricing:@V@@mq1.internal:5672/pricing",PYTHONUNBUFFERED="1"
stdout_logfile=/var/log/pricing/consumer.log
redirect_stderr=true
""", rand_pw(20), "http://supervisord.org/configuration.html#program-x-section-settings")

SV("shell", "heredoc-password", "infra/bootstrap/gds-host.sh", """#!/bin/bash
# Bootstrap a GDS gateway VM (run once by cloud-init)
set -euxo pipefail

apt-get update && apt-get install -y openjdk-17-jre-headless

mkdir -p /etc/gds-gateway
cat > /etc/gds-gateway/gateway.conf <<'EOF'
[amadeus]
wsap = 1ASIWTRVBEN
office_id = PARF82112
user_id = WSBENTRV
password = @V@

[runtime]
threads = 16
EOF
chmod 600 /etc/gds-gateway/gateway.conf

systemctl enable --now gds-gateway
""", words_pw(), "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents")

SV("kubernetes", "configmap-password", "deploy/k8s/booking-api-configmap.yaml", """apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: booking
data:
  LOG_LEVEL: info
  GDS_PROVIDER: sabre
  SABRE_PCC: G7HE
  SABRE_USERNAME: "7971"
  SABRE_PASSWORD: "@V@"
  FEATURE_NDC: "true"
  CURRENCY_SERVICE_URL: http://fx.booking.svc.cluster.local
""", words_pw(), "https://kubernetes.io/docs/concepts/configuration/configmap/")

SV("aws-credentials", "aws-secret-key", "ops/fare-archive/credentials", """[default]
region = eu-west-1

[fare-archive]
aws_access_key_id = @AKID@
aws_secret_access_key = @V@
region = eu-west-1
""", fakes.aws_secret_key(_seed()), "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
   akid=fakes.aws_key_id(_seed()))

SV("go", "mysql-dsn-password", "cmd/pricing/main.go", """package main

import (
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
)

const dsn = "pricing:@V@@tcp(pricing-db.internal:3306)/pricing?parseTime=true&loc=UTC"

func main() {
	db, err := sql.Open("mysql", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(20)
	if err := db.Ping(); err != nil {
		log.Fatalf("db ping: %v", err)
	}
	log.Println("pricing service up")
}
""", rand_pw(16), "https://github.com/go-sql-driver/mysql#dsn-data-source-name")

SV("csharp", "sql-connection-password", "src/Corporate.Travel.Api/Program.cs", """using Microsoft.EntityFrameworkCore;
using Corporate.Travel.Api.Data;

var builder = WebApplication.CreateBuilder(args);

// TODO: move to user-secrets / Key Vault
const string conn = "Server=tcp:corptravel-sql.database.windows.net,1433;Initial Catalog=travel;User ID=travelapp;Password=@V@;Encrypt=True;";

builder.Services.AddDbContext<TravelDbContext>(o => o.UseSqlServer(conn));
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""", words_pw(), "https://learn.microsoft.com/en-us/ef/core/miscellaneous/connection-strings")

SV("symfony-yaml", "database-url-password", "app/config/parameters.yml", """# This file is auto-generated during the composer install
parameters:
    database_host: 127.0.0.1
    database_port: 3306
    database_name: tours
    database_user: tours_app
    database_password: @V@
    mailer_transport: smtp
    mailer_host: smtp.mailgun.org
    mailer_user: postmaster@mg.andestreks.pe
    mailer_password: '%env(MAILER_PASSWORD)%'
    secret: '%env(APP_SECRET)%'
""", rand_pw(14), "https://symfony.com/doc/3.4/best_practices/configuration.html")

SV("pgpass", "postgres-password", "ops/reporting/.pgpass", """# hostname:port:database:username:password
# reporting user for the Metabase box and the monthly commission export
# (chmod 600, libpq ignores it otherwise)
bookings-replica.internal:5432:bookings:reporting:@V@
bookings-replica.internal:5432:commissions:reporting:@V@
""", rand_pw(20), "https://www.postgresql.org/docs/current/libpq-pgpass.html")

SV("dotenv", "airflow-conn-uri", "airflow/.env", """AIRFLOW__CORE__EXECUTOR=LocalExecutor
AIRFLOW__CORE__LOAD_EXAMPLES=False
AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
AIRFLOW_CONN_BOOKINGS_DB=postgres://etl_user:@V@@bookings-replica.internal:5432/bookings
AIRFLOW_CONN_S3_FARES=aws://?region_name=eu-west-1
""", rand_pw(18), "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html#storing-connections-in-environment-variables")

SV("dbt-profiles", "snowflake-password", "analytics/profiles.yml", """tripnest_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: tn12345.eu-west-1
      user: DBT_BOOKINGS
      password: "@V@"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: BOOKINGS
      threads: 8
""", words_pw(), "https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup")

SV("logstash", "elasticsearch-password", "logstash/pipeline/booking-logs.conf", """input {
  beats { port => 5044 }
}

filter {
  if [fields][service] == "booking-api" {
    json { source => "message" }
    mutate { remove_field => ["[headers][authorization]"] }
  }
}

output {
  elasticsearch {
    hosts => ["https://es01.logs.internal:9200"]
    user => "logstash_writer"
    password => "@V@"
    index => "booking-%{+YYYY.MM.dd}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }
}
""", rand_pw(20), "https://www.elastic.co/guide/en/logstash/current/plugins-outputs-elasticsearch.html")

D("json", "password-hash", "deploy/rabbitmq/definitions.json", T("""{
  "rabbit_version": "3.12.13",
  "users": [
    { "name": "res_events", "password_hash": "@H1@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": [] },
    { "name": "admin", "password_hash": "@H2@", "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["administrator"] }
  ],
  "vhosts": [ { "name": "/reservations" } ],
  "permissions": [
    { "user": "res_events", "vhost": "/reservations", "configure": "^res\\\\.", "write": "^res\\\\.", "read": "^res\\\\." }
  ],
  "queues": [
    { "name": "reservation.created", "vhost": "/reservations", "durable": true, "auto_delete": false, "arguments": {} }
  ]
}
""", h1=b64rand(36), h2=b64rand(36)), "https://www.rabbitmq.com/docs/definitions")

SV("npmrc", "npm-token", "booking-ui/.npmrc", """@tripnest:registry=https://npm.pkg.github.com
//registry.npmjs.org/:_authToken=@V@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()), "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc")

SV("shell", "github-token", "scripts/release_sdk.sh", """#!/usr/bin/env bash
# Tag and publish a release of the booking SDK
set -euo pipefail
VERSION=${1:?usage: release_sdk.sh <version>}
export GITHUB_TOKEN=@V@

git tag -a "v${VERSION}" -m "booking-sdk ${VERSION}"
git push origin "v${VERSION}"
gh release create "v${VERSION}" --generate-notes dist/*.tgz
""", fakes.github_token(_seed()), "https://cli.github.com/manual/gh_help_environment")

SV("python", "openai-key", "planner/itinerary_summarizer.py", '''"""Turns a parsed booking into a friendly day-by-day summary for the trip page."""
from openai import OpenAI

client = OpenAI(api_key="@V@")

PROMPT = """You are a travel assistant. Summarise this itinerary day by day, in {lang}.
Mention check-in times and transfers. Itinerary JSON:
{itinerary}"""


def summarise(itinerary_json: str, lang: str = "English") -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(itinerary=itinerary_json, lang=lang)}],
        temperature=0.3,
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()), "https://platform.openai.com/docs/api-reference/authentication")

SV("python", "google-maps-key", "content/geocode_hotels.py", '''"""Back-fill lat/lng for hotels imported from the bed bank without coordinates."""
import csv
import sys

import googlemaps

gmaps = googlemaps.Client(key="@V@")

reader = csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"))
writer = csv.DictWriter(sys.stdout, fieldnames=reader.fieldnames + ["lat", "lng"])
writer.writeheader()
for row in reader:
    result = gmaps.geocode(f"{row['name']}, {row['address']}, {row['city']}")
    if result:
        loc = result[0]["geometry"]["location"]
        row.update(lat=loc["lat"], lng=loc["lng"])
    writer.writerow(row)
''', google_key(), "https://github.com/googlemaps/google-maps-services-python")

D("javascript", "public-token", "web/src/components/HotelMap.js", T("""import mapboxgl from 'mapbox-gl'
import 'mapbox-gl/dist/mapbox-gl.css'

// Public token, URL-restricted to *.tripnest.io in the Mapbox dashboard
mapboxgl.accessToken = 'pk.@J1@.@J2@'

export function mountHotelMap(el, hotels) {
  const map = new mapboxgl.Map({ container: el, style: 'mapbox://styles/mapbox/streets-v12', zoom: 12 })
  hotels.forEach((h) => new mapboxgl.Marker().setLngLat([h.lng, h.lat]).addTo(map))
  return map
}
""", j1=b64('{"u":"tripnest","a":"' + sel(string.ascii_lowercase + string.digits, 25) + '"}').rstrip("="),
   j2=sel(ALNUM + "-_", 22)), "https://docs.mapbox.com/help/getting-started/access-tokens/")

D("package-lock", "integrity-hash", "booking-ui/package-lock.json", T("""{
  "name": "booking-ui",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "booking-ui", "version": "3.4.0", "dependencies": { "@duffel/components": "^3.7.0", "date-fns": "^3.6.0" } },
    "node_modules/@duffel/components": {
      "version": "3.7.12",
      "resolved": "https://registry.npmjs.org/@duffel/components/-/components-3.7.12.tgz",
      "integrity": "sha512-@I1@"
    },
    "node_modules/date-fns": {
      "version": "3.6.0",
      "resolved": "https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz",
      "integrity": "sha512-@I2@"
    }
  }
}
""", i1=b64rand(64), i2=b64rand(64)), "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json")

D("go-sum", "checksums", "go.sum", T("""github.com/go-sql-driver/mysql v1.8.1 h1:@A@
github.com/go-sql-driver/mysql v1.8.1/go.mod h1:@B@
github.com/hooklift/gowsdl v0.5.0 h1:@C@
github.com/hooklift/gowsdl v0.5.0/go.mod h1:@D@
golang.org/x/net v0.24.0 h1:@E@
golang.org/x/net v0.24.0/go.mod h1:@F@
""", a=b64rand(32), b=b64rand(32), c=b64rand(32), d=b64rand(32), e=b64rand(32), f=b64rand(32)),
  "https://go.dev/ref/mod#go-sum-files")

D("pre-commit-config", "commit-sha", ".pre-commit-config.yaml", T("""repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: @A@  # frozen: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: @B@  # frozen: v0.4.4
    hooks:
      - id: ruff
      - id: ruff-format
""", a=hexs(40), b=hexs(40)), "https://pre-commit.com/#pre-commit-configyaml---repos")

D("docker-compose", "required-variable", "docker-compose.yml", """services:
  booking-api:
    build: .
    environment:
      DATABASE_URL: postgres://booking:${DB_PASSWORD:?set DB_PASSWORD}@db:5432/booking
      DUFFEL_ACCESS_TOKEN: ${DUFFEL_ACCESS_TOKEN:?}
      SABRE_PASSWORD: ${SABRE_PASSWORD:-}
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}
""", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/")

D("kubernetes", "external-secret", "deploy/k8s/gds-externalsecret.yaml", """apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gds-credentials
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: gds-credentials
  data:
    - secretKey: SABRE_PASSWORD
      remoteRef: { key: gds/sabre/prod, property: password }
    - secretKey: AMADEUS_CLIENT_SECRET
      remoteRef: { key: gds/amadeus/prod, property: client_secret }
    - secretKey: TRAVELPORT_PASSWORD
      remoteRef: { key: gds/travelport/prod, property: password }
""", "https://external-secrets.io/latest/api/externalsecret/")

D("vault-template", "template-expression", "deploy/vault-agent/gds.ctmpl", """{{- with secret "kv/data/gds/sabre/prod" -}}
SABRE_USERNAME={{ .Data.data.username }}
SABRE_PASSWORD={{ .Data.data.password }}
SABRE_PCC={{ .Data.data.pcc }}
{{- end }}
{{ with secret "kv/data/gds/amadeus/prod" -}}
AMADEUS_CLIENT_ID={{ .Data.data.client_id }}
AMADEUS_CLIENT_SECRET={{ .Data.data.client_secret }}
{{- end }}
""", "https://developer.hashicorp.com/vault/docs/agent-and-proxy/agent/template")

D("appsettings-json", "key-vault-reference", "src/Corporate.Travel.Api/appsettings.Production.json", """{
  "ConnectionStrings": {
    "Travel": "@Microsoft.KeyVault(SecretUri=https://corptravel-kv.vault.azure.net/secrets/TravelSql/)"
  },
  "Sabre": {
    "Pcc": "G7HE",
    "Username": "7971",
    "Password": "@Microsoft.KeyVault(VaultName=corptravel-kv;SecretName=SabrePassword)"
  },
  "Duffel": {
    "AccessToken": "@Microsoft.KeyVault(VaultName=corptravel-kv;SecretName=DuffelToken)"
  }
}
""", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

D("terraform", "generated-password", "infra/modules/loyalty-db/main.tf", """resource "random_password" "loyalty_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_"
}

resource "aws_secretsmanager_secret" "loyalty_db" {
  name = "prod/loyalty/db-master-password"
}

resource "aws_secretsmanager_secret_version" "loyalty_db" {
  secret_id     = aws_secretsmanager_secret.loyalty_db.id
  secret_string = random_password.loyalty_db.result
}

output "loyalty_db_secret_arn" {
  value = aws_secretsmanager_secret.loyalty_db.arn
}
""", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password")

D("dotenv", "placeholder", "hotel-cms/.env.sample", """# copy to .env
DB_HOST=localhost
DB_NAME=hotelcms
DB_USER=hotelcms
DB_PASSWORD=changeme
STAAH_USERNAME=your-staah-username
STAAH_PASSWORD=your-staah-password
CHANNEX_API_KEY=your-api-key-here
""", "https://12factor.net/config")

D("log", "masked-credentials", "logs/gds-gateway-2024-03-09.log", T("""2024-03-09 06:00:01.207 INFO  SessionPool - creating 8 Sabre sessions pcc=G7HE user=7971 password=********
2024-03-09 06:00:02.944 INFO  SessionPool - session ok token=Shared/IDL:IceSess\\/SessMgr:1\\.0.IDL/Common/!ICESMS\\/RESC!ICESMSLB\\/RES.LB!-[masked]
2024-03-09 06:14:12.118 WARN  AmadeusClient - retry 1/3 Fare_MasterPricerTravelBoardSearch correlation=@C1@
2024-03-09 06:14:13.551 INFO  AmadeusClient - Security_Authenticate office=PARF82112 user=WSBENTRV passwordData=[REDACTED]
2024-03-09 06:20:45.020 INFO  DuffelClient - POST /air/orders 201 request_id=@R1@ token=duffel_live_****
2024-03-09 06:21:02.371 ERROR TravelportClient - 401 from uAPI user=Universal API/uAPI**********-******** branch=P7141733
""", c1=uuid_s(), r1=sel(ALNUM, 20)), "https://logging.apache.org/log4j/2.x/manual/layouts.html")

D("markdown", "changelog-prose", "CHANGELOG.md", """# Changelog

## 4.12.0 - 2024-04-22
- Sabre: rotate `SABRE_PASSWORD` automatically every 90 days (vault rotation job).
- Amadeus: `AMADEUS_CLIENT_SECRET` is now read from the `gds-credentials` ExternalSecret.
- Duffel: migrate to API v2; the access token moved to `DUFFEL_ACCESS_TOKEN`.

## 4.11.2 - 2024-04-03
- Fix: EQC password with `&` was not XML-escaped in AR updates.
- Travelport: `targetBranch` is now per market (`P7141733` UK, `P3081542` US).

## 4.11.0 - 2024-03-18
- Loyalty: MAC keys for the Points LCP API are loaded at startup, not per request.
""", "https://keepachangelog.com/en/1.1.0/")

D("python", "keyring-lookup", "tools/gds_cli.py", '''"""Little CLI the agents' support team uses to look up PNRs in Sabre."""
import argparse

import keyring

from gds.sabre import SabreSession


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pnr")
    parser.add_argument("--pcc", default="G7HE")
    args = parser.parse_args()
    password = keyring.get_password("sabre-cert", "7971")
    with SabreSession(pcc=args.pcc, username="7971", password=password) as s:
        print(s.get_reservation(args.pnr).summary())


if __name__ == "__main__":
    main()
''', "https://pypi.org/project/keyring/")

D("serverless-yaml", "ssm-reference", "fare-archive/serverless.yml", """service: fare-archive

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    DUFFEL_ACCESS_TOKEN: ${ssm:/tripnest/prod/duffel/access-token}
    SERPAPI_KEY: ${ssm:/tripnest/prod/serpapi/key}
    ARCHIVE_BUCKET: tripnest-fare-archive

functions:
  snapshot:
    handler: src/snapshot.handler
    events:
      - schedule: rate(6 hours)
""", "https://www.serverless.com/framework/docs/providers/aws/guide/variables#reference-variables-using-the-ssm-parameter-store")

D("postman-collection", "template-variable", "postman/Duffel Flights.postman_collection.json", T("""{
  "info": {
    "_postman_id": "@ID@",
    "name": "Duffel Flights",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [ { "key": "token", "value": "{{duffel_token}}", "type": "string" } ]
  },
  "item": [
    {
      "name": "Create offer request",
      "request": {
        "method": "POST",
        "header": [ { "key": "Duffel-Version", "value": "v2" } ],
        "url": "https://api.duffel.com/air/offer_requests?return_offers=false",
        "body": { "mode": "raw", "raw": "{\\"data\\":{\\"slices\\":[{\\"origin\\":\\"LHR\\",\\"destination\\":\\"JFK\\",\\"departure_date\\":\\"{{departure_date}}\\"}],\\"passengers\\":[{\\"type\\":\\"adult\\"}]}}" }
      }
    }
  ]
}
""", id=uuid_s()), "https://learning.postman.com/docs/sending-requests/variables/variables/")

D("http-file", "dotenv-variable", "requests/amadeus.http", """@host = https://test.api.amadeus.com

### token
# @name token
POST {{host}}/v1/security/oauth2/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id={{$dotenv AMADEUS_CLIENT_ID}}&client_secret={{$dotenv AMADEUS_CLIENT_SECRET}}

### flight offers
GET {{host}}/v2/shopping/flight-offers?originLocationCode=MAD&destinationLocationCode=ATH&departureDate=2024-09-01&adults=1
Authorization: Bearer {{token.response.body.access_token}}
""", "https://marketplace.visualstudio.com/items?itemName=humao.rest-client")

D("json", "test-card", "tests/fixtures/payments/hotel_guarantee.json", T("""{
  "reservation_id": "@RID@",
  "hotel_code": "ACMELON",
  "guarantee": {
    "type": "credit_card",
    "card_type": "VI",
    "card_number": "4111111111111111",
    "expiry": "12/30",
    "holder": "TEST GUEST",
    "token": "tok_visa"
  },
  "notes": "Stripe/Adyen documented test card; sandbox only"
}
""", rid=uuid_s()), "https://docs.stripe.com/testing#cards")

D("xml", "reservation-identifiers", "tests/fixtures/ota/OTA_HotelResNotifRQ.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelResNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" EchoToken="@ECHO@" TimeStamp="2024-05-02T13:22:04Z">
  <HotelReservations>
    <HotelReservation CreateDateTime="2024-05-02T13:21:58Z" ResStatus="Book">
      <UniqueID Type="14" ID="@UID@" ID_Context="BOOKINGCOM"/>
      <RoomStays>
        <RoomStay>
          <RoomTypes><RoomType RoomTypeCode="DBL"/></RoomTypes>
          <RatePlans><RatePlan RatePlanCode="BAR"/></RatePlans>
          <TimeSpan Start="2024-06-14" End="2024-06-16"/>
          <Total AmountAfterTax="298.00" CurrencyCode="EUR"/>
          <BasicPropertyInfo HotelCode="ACME-LIS-01"/>
        </RoomStay>
      </RoomStays>
      <ResGlobalInfo>
        <Guarantee><GuaranteesAccepted><GuaranteeAccepted>
          <PaymentCard CardCode="MC" ExpireDate="0927"><CardNumber Mask="XXXXXXXXXXXX4444"/></PaymentCard>
        </GuaranteeAccepted></GuaranteesAccepted></Guarantee>
        <HotelReservationIDs><HotelReservationID ResID_Type="14" ResID_Value="@RES@"/></HotelReservationIDs>
      </ResGlobalInfo>
    </HotelReservation>
  </HotelReservations>
</OTA_HotelResNotifRQ>
""", echo=uuid_s(), uid=sel(string.digits, 10), res=sel(string.digits, 10)),
  "https://opentravel.org/specifications/")

D("ruby", "fernet-ciphertext", "db/seeds/supplier_accounts.rb", T("""# Supplier accounts for staging. Passwords are encrypted with the app's Fernet key
# (ENCRYPTION_KEY env var); the key itself is NOT in this repo.
SupplierAccount.find_or_create_by!(code: "HOTELBEDS") do |a|
  a.username = "tripnest_stg"
  a.password_ciphertext = "@C1@"
end

SupplierAccount.find_or_create_by!(code: "WEBBEDS") do |a|
  a.username = "tripnest-stg"
  a.password_ciphertext = "@C2@"
end
""", c1="gAAAAAB" + b64rand(90).replace("+", "-").replace("/", "_"),
   c2="gAAAAAB" + b64rand(90).replace("+", "-").replace("/", "_")),
  "https://github.com/fernet/spec/blob/master/Spec.md")

D("ejson", "ciphertext", "config/secrets/production.ejson", T("""{
  "_public_key": "@PUB@",
  "sabre_password": "EJ[1:@E1@:@N1@:@C1@]",
  "amadeus_client_secret": "EJ[1:@E2@:@N2@:@C2@]",
  "_comment": "decrypted on deploy with the private key from /opt/ejson/keys"
}
""", pub=hexs(64), e1=b64rand(32), n1=b64rand(24), c1=b64rand(30), e2=b64rand(32), n2=b64rand(24), c2=b64rand(28)),
  "https://github.com/Shopify/ejson#format")

D("yaml", "kms-ciphertext", "config/secrets.kms.yaml", T("""# Values are KMS ciphertext blobs (alias/booking-config); decrypted by the app at start-up
encrypted:
  sabre_password: @A@
  duffel_access_token: @B@
  db_password: @C@
kms_key_alias: alias/booking-config
kms_region: eu-west-1
""", a="AQICAHh" + b64rand(150), b="AQICAHh" + b64rand(170), c="AQICAHh" + b64rand(150)),
  "https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html")

# ============================== More look-alikes of the theme ================================
D("markdown", "doc-placeholder", "docs/gds/sabre-soap-sessions.md", """# Sabre SOAP sessions

Every stateful flow starts with `SessionCreateRQ`. The security header carries the EPR, the
password and the PCC (Sabre calls it *Organization*):

```xml
<wsse:Security xmlns:wsse="http://schemas.xmlsoap.org/ws/2002/12/secext">
  <wsse:UsernameToken>
    <wsse:Username>EPR</wsse:Username>
    <wsse:Password>PASSWORD</wsse:Password>
    <Organization>PCC</Organization>
    <Domain>DEFAULT</Domain>
  </wsse:UsernameToken>
</wsse:Security>
```

The response holds a `BinarySecurityToken` valid for 15 minutes of inactivity; the pool keeps
sessions alive with `OTA_PingRQ` every 14 minutes. Close them with `SessionCloseRQ` on shutdown.
""", SABRE_SRC)

D("python", "test-fake-values", "tests/test_amadeus_client.py", '''import responses

from flightsearch.gds.client_factory import make_client

TOKEN_URL = "https://test.api.amadeus.com/v1/security/oauth2/token"


@responses.activate
def test_token_is_cached():
    responses.post(TOKEN_URL, json={"access_token": "dummy-token", "expires_in": 1799, "type": "amadeusOAuth2Token"})
    client = make_client(client_id="test-client-id", client_secret="test-client-secret", hostname="test")
    client.auth.token()
    client.auth.token()
    assert len(responses.calls) == 1


def test_missing_secret_raises(monkeypatch):
    monkeypatch.delenv("AMADEUS_CLIENT_SECRET", raising=False)
    try:
        make_client()
    except ValueError as error:
        assert "AMADEUS_CLIENT_SECRET" in str(error)
''', "https://github.com/getsentry/responses")

D("helm-template", "template-expression", "charts/booking-api/templates/secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: {{ include "booking-api.fullname" . }}
  labels:
    {{- include "booking-api.labels" . | nindent 4 }}
type: Opaque
data:
  DUFFEL_ACCESS_TOKEN: {{ .Values.duffel.accessToken | b64enc | quote }}
  SABRE_PASSWORD: {{ .Values.sabre.password | b64enc | quote }}
  {{- if .Values.expedia.enabled }}
  RAPID_SHARED_SECRET: {{ required "expedia.sharedSecret is required" .Values.expedia.sharedSecret | b64enc | quote }}
  {{- end }}
""", "https://helm.sh/docs/chart_template_guide/function_list/#b64enc")

D("ssh-authorized-keys", "public-key", "deploy/ansible/files/booking_deploy.authorized_keys", T("""# deploy keys for the booking hosts (public halves only)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@A@ ci@tripnest-gitlab
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@B@ maria@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@C@ legacy-jenkins
# removed: kenji@old-laptop (2024-02)
""", a=sel(ALNUM + "+/", 43), b=sel(ALNUM + "+/", 43), c=sel(ALNUM + "+/", 200)),
  "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT")

D("csv", "image-checksums", "content/mapping/hotel_images_batch_0412.csv", T("""giata_id,supplier,supplier_hotel_id,image_url,sha1,width,height
@G1@,HOTELBEDS,@S1@,https://photos.hotelbeds.example/giata/bigger/12/@S1@/@S1@a_hb_a_001.jpg,@H1@,1024,683
@G1@,HOTELBEDS,@S1@,https://photos.hotelbeds.example/giata/bigger/12/@S1@/@S1@a_hb_r_004.jpg,@H2@,1024,768
@G2@,WEBBEDS,@S2@,https://img.webbeds.example/hotels/@S2@/main.jpg,@H3@,1200,800
@G3@,EXPEDIA,@S3@,https://i.travelapi.example/lodging/@S3@/f3a1_z.jpg,@H4@,1000,667
@G3@,EXPEDIA,@S3@,https://i.travelapi.example/lodging/@S3@/77c2_z.jpg,@H5@,1000,667
""", g1=sel(string.digits, 6), g2=sel(string.digits, 6), g3=sel(string.digits, 6), s1=sel(string.digits, 5),
   s2=sel(string.digits, 7), s3=sel(string.digits, 8), h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40),
   h5=hexs(40)), "https://www.giata.com/en/multicodes/")

D("openapi", "doc-example", "openapi/partner-bookings.yaml", """openapi: 3.0.3
info:
  title: TripNest Partner Bookings API
  version: 2.3.0
servers:
  - url: https://partners.tripnest.io/v2
security:
  - ApiKeyAuth: []
paths:
  /bookings/{reference}:
    get:
      summary: Retrieve a booking by its reference
      parameters:
        - name: reference
          in: path
          required: true
          schema: { type: string, example: K7QX2M }
      responses:
        "200": { description: The booking }
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "Your partner key, e.g. `X-Api-Key: your-api-key`. Request one from partners@tripnest.io."
""", "https://swagger.io/docs/specification/authentication/api-keys/")

D("github-actions", "oidc-role", ".github/workflows/deploy-fare-archive.yml", """name: deploy fare-archive
on:
  push:
    branches: [main]
    paths: ["fare-archive/**"]

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
          role-to-assume: arn:aws:iam::412398765012:role/gha-fare-archive-deploy
          aws-region: eu-west-1
      - run: npm ci
        working-directory: fare-archive
      - run: npx serverless deploy --stage prod
        working-directory: fare-archive
""", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services")

D("maven-settings", "env-reference", ".mvn/settings.xml", """<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>tripnest-releases</id>
      <username>${env.NEXUS_USERNAME}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>sabre-sdk</id>
      <username>${env.SABRE_REPO_USER}</username>
      <password>${env.SABRE_REPO_TOKEN}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>tripnest-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://nexus.tripnest.io/repository/maven-central/</url>
    </mirror>
  </mirrors>
</settings>
""", "https://maven.apache.org/settings.html#servers")

D("icalendar", "event-uids", "calendar/seaview-room-3.ics", T("""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Seaview Inn//Channel Sync 2.1//EN
BEGIN:VEVENT
UID:@U1@@seaview-inn.example
DTSTART;VALUE=DATE:20240614
DTEND;VALUE=DATE:20240616
SUMMARY:Reserved (Booking.com @R1@)
END:VEVENT
BEGIN:VEVENT
UID:@U2@@seaview-inn.example
DTSTART;VALUE=DATE:20240620
DTEND;VALUE=DATE:20240627
SUMMARY:Reserved (Airbnb HM@R2@)
END:VEVENT
END:VCALENDAR
""", u1=hexs(32), u2=hexs(32), r1=sel(string.digits, 10), r2=sel(UPNUM, 8)),
  "https://www.rfc-editor.org/rfc/rfc5545#section-3.8.4.7")

D("web-config", "protected-config", "TravelDesk.Web/Web.Release.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#"><KeyName>Rsa Key</KeyName></KeyInfo>
          <CipherData><CipherValue>@K@</CipherValue></CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData><CipherValue>@V1@</CipherValue></CipherData>
    </EncryptedData>
  </appSettings>
</configuration>
""", k=b64rand(256), v1=b64rand(480)),
  "https://learn.microsoft.com/en-us/previous-versions/aspnet/53tyfkaw(v=vs.100)")

D("spring-yaml", "local-default", "booking-core/src/main/resources/application-local.yml", """# Local profile: in-memory H2 and WireMock stubs for every supplier
spring:
  datasource:
    url: jdbc:h2:mem:booking;MODE=PostgreSQL;DB_CLOSE_DELAY=-1
    username: sa
    password: ""
  h2:
    console:
      enabled: true

amadeus:
  base-url: http://localhost:8089/amadeus
  client-id: local
  client-secret: local

sabre:
  rest-url: http://localhost:8089/sabre
""", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.embedded")

D("htpasswd", "password-hash", "deploy/nginx/partner-portal.htpasswd", T("""# partner portal (basic auth in front of the B2B booking UI) - bcrypt, htpasswd -B
andes_treks:@H1@
bluecove:@H2@
seaview_inn:@H3@
tripnest_ops:@H4@
corp_travel_desk:@H5@
""", h1=bcrypt_hash().replace("$2b$", "$2y$"), h2=bcrypt_hash().replace("$2b$", "$2y$"),
   h3=bcrypt_hash().replace("$2b$", "$2y$"), h4=bcrypt_hash().replace("$2b$", "$2y$"),
   h5=bcrypt_hash().replace("$2b$", "$2y$")), "https://httpd.apache.org/docs/2.4/programs/htpasswd.html")

_hashed_rows = "".join(f"{i}  {hexs(64)[:16]}...  {t}  {p}\n" for i, (t, p) in
                       enumerate([("GOLD", 48210), ("SILVER", 17450), ("BLUE", 2210)]))
D("jupyter-notebook", "hashed-identifiers", "notebooks/loyalty_cohorts.ipynb", notebook([
    {"md": True, "src": "## Loyalty cohorts\nMember numbers are SHA-256 hashed with the analytics pepper before export.\n"},
    {"n": 1, "src": "import pandas as pd\ndf = pd.read_parquet('s3://tripnest-analytics/loyalty/members_hashed.parquet')\n"
                    "df[['member_hash', 'tier', 'points']].head(3)\n",
     "out": "   member_hash          tier    points\n" + _hashed_rows},
    {"n": 2, "src": "df.groupby('tier').points.describe()\n"},
]), "https://pandas.pydata.org/docs/reference/api/pandas.read_parquet.html")
