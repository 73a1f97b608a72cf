"""Blind set JB: a Slovak thermal spa and wellness resort operator (Kúpele Sivá Skala, a.s.).

Booking engine and PMS integrations, payment gateways (GoPay, Comgate, Stripe, Tatra banka),
eKasa fiscal receipts, turnstiles and lockers, pool sensors, newsletters, SMS, CI and cloud, with
runbooks and notes partly in Slovak, and their decoys. Generated fakes only (seeds 4050000-4059999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
SEED_LO, SEED_HI = 4050000, 4059999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Tatry", "Javor", "Sokol", "Kamen", "Jazero", "Horec", "Buk", "Orol", "Potok", "Skala",
         "Lipa", "Vrch", "Dolina", "Hviezda", "Medved", "Rys", "Kukucka", "Jedla"]
LOWER = ["termal", "para", "sauna", "kupel", "bahno", "soľ", "mata", "levandula", "ruza", "vrba",
         "ihla", "kvet", "mlyn", "zvon"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        v = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase() -> str:
    r = _rng()
    words = [w for w in LOWER if w.isascii()]
    return "-".join(r.sample(words, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "+/") for _ in range(86)) + "=="


def twilio_sid() -> str:
    return "AC" + hexs(32)


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def gh_token() -> str:
    return fakes.github_token(_seed())


def pypi() -> str:
    return fakes.pypi_token(_seed())


def telegram() -> str:
    return fakes.telegram_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openai() -> str:
    return fakes.openai_key(_seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def redis_pw() -> str:
    return fakes.redis_password(_seed())


def sentry_dsn() -> str:
    return f"https://{hexs(32)}@o{_rng().randint(100000, 999999)}.ingest.sentry.io/{_rng().randint(1000000, 9999999)}"


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    r = _rng()
    body = base64.urlsafe_b64encode(('{"sub":"%s","iat":%d}' % (uuid_s(), r.randint(1700000000, 1790000000))).encode()).decode().rstrip("=")
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(43))
    return f"{head}.{body}.{sig}"


CASES: List[LabelledCase] = []


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One case; `@@name@@` in the text is filled from `secret` and the fields."""
    if text.startswith("\n"):
        text = text[1:]
    if secret is not None:
        fields = dict(fields, secret=secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, (file_name, text)
    CASES.append(LabelledCase(f"blind-jb/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking, PMS and channel manager

add("python/mews-access-token", "booking/pms/mews_client.py", "Mews Connector API docs (ClientToken, AccessToken in request body)", '''
"""Klient pre Mews Connector API – rezervácie hotela Termál a Wellness Pavilónu."""
import requests

MEWS_URL = "https://api.mews.com/api/connector/v1"
CLIENT_TOKEN = "@@client@@"
ACCESS_TOKEN = "@@secret@@"
CLIENT_NAME = "SivaSkala Booking 2.4.1"


def _post(path: str, payload: dict) -> dict:
    body = {"ClientToken": CLIENT_TOKEN, "AccessToken": ACCESS_TOKEN, "Client": CLIENT_NAME}
    body.update(payload)
    resp = requests.post(f"{MEWS_URL}/{path}", json=body, timeout=20)
    resp.raise_for_status()
    return resp.json()


def reservations_between(start_utc: str, end_utc: str) -> list:
    data = _post("reservations/getAll", {"StartUtc": start_utc, "EndUtc": end_utc, "States": ["Confirmed"]})
    return data.get("Reservations", [])
''', hexs(32).upper() + "-" + hexs(31).upper(), client=hexs(32).upper() + "-" + hexs(31).upper())

add("env/gopay-client-secret", "booking/.env.production", "GoPay REST API docs (goid, ClientID, ClientSecret)", """
# Rezervačný portál – produkcia (eshop.kupele-sivaskala.sk)
APP_ENV=production
APP_URL=https://rezervacie.kupele-sivaskala.sk
DB_HOST=10.20.1.15
DB_DATABASE=rezervacie
DB_USERNAME=rezervacie_app
DB_PASSWORD=${VAULT_DB_PASSWORD}

GOPAY_GOID=8123456789
GOPAY_CLIENT_ID=1744960421
GOPAY_CLIENT_SECRET=@@secret@@
GOPAY_GATEWAY_URL=https://gate.gopay.cz/api
GOPAY_LANGUAGE=SK

MAIL_MAILER=smtp
MAIL_HOST=smtp.websupport.sk
MAIL_FROM_ADDRESS=rezervacie@kupele-sivaskala.sk
""", rand_pw(8))

add("php/comgate-secret", "eshop/app/Payments/ComgateGateway.php", "Comgate API docs (merchant, secret POST parameters)", """
<?php

namespace App\\Payments;

use GuzzleHttp\\Client;

final class ComgateGateway
{
    private const MERCHANT = '471829';
    private const SECRET = '@@secret@@';
    private const ENDPOINT = 'https://payments.comgate.cz/v1.0/create';

    public function __construct(private Client $http) {}

    public function createVoucherPayment(int $orderId, int $priceCents, string $email): string
    {
        $response = $this->http->post(self::ENDPOINT, ['form_params' => [
            'merchant' => self::MERCHANT,
            'secret' => self::SECRET,
            'price' => $priceCents,
            'curr' => 'EUR',
            'label' => 'Darčeková poukážka',
            'refId' => (string) $orderId,
            'email' => $email,
            'method' => 'ALL',
            'prepareOnly' => 'true',
            'country' => 'SK',
            'lang' => 'sk',
        ]]);
        parse_str((string) $response->getBody(), $out);
        return $out['redirect'] ?? '';
    }
}
""", rand_pw(32))

add("yaml/stripe-secret-key", "eshop/config/packages/stripe.yaml", "Stripe API keys docs (sk_live_ secret key)", """
# Platby kartou za wellness balíčky a poukážky
stripe:
  publishable_key: '@@pk@@'
  secret_key: '@@secret@@'
  currency: eur
  statement_descriptor: 'KUPELE SIVA SKALA'
  success_url: 'https://eshop.kupele-sivaskala.sk/objednavka/uspech'
  cancel_url: 'https://eshop.kupele-sivaskala.sk/kosik'
""", stripe_key(), pk=stripe_key("pk_live_"))

add("typescript/decoy-publishable-key", "eshop/frontend/src/payments/stripe.ts", "Stripe.js docs (publishable key is meant for the browser)", """
import { loadStripe, Stripe } from "@stripe/stripe-js";

// Publishable key – verejný, patrí do prehliadača. Secret key je len na serveri.
const STRIPE_PK = "@@pk@@";

let stripePromise: Promise<Stripe | null> | null = null;

export function getStripe(): Promise<Stripe | null> {
  if (!stripePromise) {
    stripePromise = loadStripe(STRIPE_PK, { locale: "sk" });
  }
  return stripePromise;
}
""", pk=stripe_key("pk_live_"))

add("json/decoy-env-reference", "booking/appsettings.Production.json", "ASP.NET Core configuration docs (environment variable substitution)", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Previo": {
    "BaseUrl": "https://api.previo.app/x1/",
    "HotelId": "731245",
    "Login": "%PREVIO_LOGIN%",
    "Password": "%PREVIO_PASSWORD%"
  },
  "ConnectionStrings": {
    "Booking": "Server=sql-booking.kupele.local;Database=Booking;User Id=booking_app;Password=%BOOKING_DB_PASSWORD%;TrustServerCertificate=True"
  },
  "AllowedHosts": "*"
}
""")

add("csharp/previo-password", "booking/src/SivaSkala.Booking/Previo/PrevioClient.cs", "Previo XML API docs (login, password in request)", """
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace SivaSkala.Booking.Previo
{
    public class PrevioClient
    {
        private const string Endpoint = "https://api.previo.app/x1/hotel/searchReservations";
        private const string Login = "api.sivaskala@kupele-sivaskala.sk";
        private const string Password = "@@secret@@";
        private readonly HttpClient _http;

        public PrevioClient(HttpClient http) => _http = http;

        public async Task<string> SearchAsync(int hotelId, string from, string to)
        {
            var xml = $"<request><login>{Login}</login><password>{Password}</password>" +
                      $"<hotId>{hotelId}</hotId><term><from>{from}</from><to>{to}</to></term></request>";
            var resp = await _http.PostAsync(Endpoint, new StringContent(xml, Encoding.UTF8, "text/xml"));
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", words_pw())

add("xml/channel-manager-password", "booking/channel-manager/ota_hotel_avail_notif.xml", "OpenTravel Alliance OTA_HotelAvailNotifRQ (POS/Source/RequestorID MessagePassword)", """
<?xml version="1.0" encoding="UTF-8"?>
<OTA_HotelAvailNotifRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0" TimeStamp="2025-03-14T08:00:00">
  <POS>
    <Source>
      <RequestorID ID="sivaskala_cm" MessagePassword="@@secret@@" Type="1"/>
    </Source>
  </POS>
  <AvailStatusMessages HotelCode="SSK-TERMAL">
    <AvailStatusMessage BookingLimit="4">
      <StatusApplicationControl Start="2025-04-18" End="2025-04-21" InvTypeCode="DBL-WELL" RatePlanCode="VELKANOC"/>
    </AvailStatusMessage>
  </AvailStatusMessages>
</OTA_HotelAvailNotifRQ>
""", rand_pw(16))

add("xml/decoy-redacted", "booking/channel-manager/samples/ota_read_rq_sample.xml", "OpenTravel Alliance OTA_ReadRQ sample", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Vzorová požiadavka z dokumentácie channel managera, heslo je zámerne vymazané -->
<OTA_ReadRQ xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0">
  <POS>
    <Source>
      <RequestorID ID="YOUR_USERNAME" MessagePassword="********" Type="1"/>
    </Source>
  </POS>
  <ReadRequests>
    <HotelReadRequest HotelCode="SSK-TERMAL">
      <SelectionCriteria Start="2025-05-01" End="2025-05-31" SelectionType="Undelivered"/>
    </HotelReadRequest>
  </ReadRequests>
</OTA_ReadRQ>
""")

add("python/booking-com-password", "booking/channel/booking_com_sync.py", "Booking.com Connectivity API docs (HTTP Basic authentication)", '''
import requests
from requests.auth import HTTPBasicAuth

# Synchronizácia dostupnosti izieb na Booking.com (Connectivity partner účet)
BCOM_USER = "sivaskala-xml"
BCOM_PASS = "@@secret@@"
AVAIL_URL = "https://supply-xml.booking.com/hotels/ota/OTA_HotelAvailNotif"


def push_availability(xml_body: str) -> int:
    r = requests.post(
        AVAIL_URL,
        data=xml_body.encode("utf-8"),
        headers={"Content-Type": "text/xml"},
        auth=HTTPBasicAuth(BCOM_USER, BCOM_PASS),
        timeout=30,
    )
    return r.status_code
''', words_pw())

add("markdown/decoy-placeholder", "booking/docs/previo-integracia.md", "Previo XML API docs", """
# Integrácia s Previo

Rezervačný portál číta obsadenosť z Previo XML API. Prihlasovacie údaje nie sú v repozitári.

1. V Previo administrácii vytvorte API používateľa (Nastavenia → API).
2. Do `appsettings.Production.json` doplňte cez premenné prostredia:

```json
"Previo": { "Login": "<api-login>", "Password": "<api-heslo>" }
```

3. Heslo uložte do trezoru **Bitwarden → Kolekcia IT → Previo API**.
4. Test: `dotnet run --project tools/PrevioPing -- --hotel 731245`

Kontakt na podporu Previo: podpora@previo.cz
""")

add("php/tatrapay-hmac-key", "eshop/app/Payments/TatraPay.php", "Tatra banka TatraPay/CardPay e-commerce docs (HMAC key, MID)", """
<?php

namespace App\\Payments;

class TatraPay
{
    // Tatra banka – TatraPay, MID pridelené bankou
    const MID = '9421';
    const HMAC_KEY = '@@secret@@';
    const URL = 'https://moja.tatrabanka.sk/cgi-bin/e-commerce/start/tatrapay';

    public static function sign(string $amt, string $vs, string $rurl, string $timestamp): string
    {
        $data = self::MID . $amt . '978' . $vs . $rurl . $timestamp;
        return strtoupper(hash_hmac('sha256', $data, pack('H*', self::HMAC_KEY)));
    }
}
""", hexs(128))

add("ini/decoy-test-credentials", "eshop/config/payments.sandbox.ini", "Tatra banka e-commerce test environment docs (public test MID and key)", """
; Testovacie prostredie Tatra banky – verejné testovacie údaje z dokumentácie banky
; (produkčné kľúče sú v trezore, sem nepatria)
[tatrapay]
mid = 9999
url = https://platby.tatrabanka.sk/cgi-bin/e-commerce/start/example
hmac_key = EXAMPLE_TEST_KEY_FROM_BANK_MANUAL
sandbox = true

[comgate]
merchant = 000000
secret = TEST_SECRET
test = true
""")

add("java/decoy-vault-reference", "booking/src/main/java/sk/kupele/booking/config/PaymentConfig.java", "Spring Cloud Vault docs (secrets resolved from Vault)", """
package sk.kupele.booking.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class PaymentConfig {

    // Hodnoty sa načítajú zo Spring Cloud Vault: secret/booking/payments
    @Value("${gopay.client-id}")
    private String gopayClientId;

    @Value("${gopay.client-secret}")
    private String gopayClientSecret;

    @Value("${comgate.secret:}")
    private String comgateSecret;

    public String getGopayClientId() { return gopayClientId; }
    public String getGopayClientSecret() { return gopayClientSecret; }
    public String getComgateSecret() { return comgateSecret; }
}
""")

add("properties/database-password", "booking/src/main/resources/application-prod.properties", "Spring Boot common application properties (spring.datasource.password)", """
# Produkcia – rezervačný backend
server.port=8080
spring.datasource.url=jdbc:postgresql://pg-booking.kupele.local:5432/booking
spring.datasource.username=booking_svc
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
spring.mail.host=smtp.websupport.sk
spring.mail.port=587
spring.mail.username=rezervacie@kupele-sivaskala.sk
spring.mail.password=${MAIL_PASSWORD}
booking.hotel-code=SSK-TERMAL
""", words_pw())

# ---------------------------------------------------------------- wellness operations: turnstiles, lockers, pools

add("yaml/mqtt-password", "iot/pool-sensors/config/telegraf-mqtt.yaml", "Mosquitto / MQTT client docs (username, password)", """
# Senzory bazénov – teplota, pH, chlór, redox (Bazén 1–6, Vnútorný termálny bazén)
mqtt:
  broker: tls://mqtt.kupele.local:8883
  client_id: pool-gateway-01
  username: pool-gw
  password: "@@secret@@"
  topics:
    - bazeny/+/teplota
    - bazeny/+/ph
    - bazeny/+/chlor_volny
    - bazeny/+/redox
  qos: 1
influx:
  url: http://influx.kupele.local:8086
  bucket: bazeny
  token_env: INFLUX_TOKEN
""", rand_pw(22))

add("python/influxdb-token", "iot/pool-sensors/ingest.py", "InfluxDB 2.x Python client docs (token=)", '''
from influxdb_client import InfluxDBClient, Point
from influxdb_client.client.write_api import SYNCHRONOUS

INFLUX_URL = "http://influx.kupele.local:8086"
INFLUX_ORG = "kupele-sivaskala"
INFLUX_TOKEN = "@@secret@@"

client = InfluxDBClient(url=INFLUX_URL, token=INFLUX_TOKEN, org=INFLUX_ORG)
write_api = client.write_api(write_options=SYNCHRONOUS)


def store(pool: str, temperature: float, ph: float, chlorine: float) -> None:
    point = (Point("voda").tag("bazen", pool)
             .field("teplota", temperature).field("ph", ph).field("chlor", chlorine))
    write_api.write(bucket="bazeny", record=point)
''', fakes.drawn_mixed(_seed(), 86, ALNUM + "-_") + "==")

add("csv/decoy-sensor-export", "iot/pool-sensors/exports/bazeny_2025-02.csv", "InfluxDB CSV export", """
cas,bazen,teplota_c,ph,chlor_volny_mg_l,redox_mv,senzor_id
2025-02-01T06:00:00Z,Bazen1,36.4,7.21,0.42,712,a3f9c1d2-5b7e-4e11-9c0a-1f2e3d4c5b6a
2025-02-01T06:00:00Z,Bazen2,38.1,7.18,0.39,705,b81e07aa-9d3c-4f52-8a6e-2c4b5d6e7f80
2025-02-01T06:00:00Z,Termal,40.2,7.05,0.31,688,c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f
2025-02-01T07:00:00Z,Bazen1,36.3,7.22,0.44,715,a3f9c1d2-5b7e-4e11-9c0a-1f2e3d4c5b6a
2025-02-01T07:00:00Z,Bazen2,38.0,7.19,0.40,707,b81e07aa-9d3c-4f52-8a6e-2c4b5d6e7f80
2025-02-01T07:00:00Z,Termal,40.1,7.06,0.30,690,c4d5e6f7-0a1b-4c2d-9e3f-4a5b6c7d8e9f
""")

add("ini/locker-controller-password", "iot/lockers/gantner-relaxx.ini", "Gantner GAT Relaxx locker system admin docs (controller credentials)", """
; Šatňové skrinky – Gantner Relaxx, riadiaca jednotka v suteréne B
[controller]
host = 10.40.2.10
port = 8000
user = admin
password = @@secret@@
site = SatneWellness

[sync]
interval_s = 30
wristband_prefix = SSK
""", words_pw())

add("shell/turnstile-admin-password", "iot/turnstiles/backup_turnstiles.sh", "curl manual (--user user:password)", """
#!/usr/bin/env bash
# Nočná záloha konfigurácie turniketov pri vstupe do Aquaparku
set -euo pipefail
DEST=/srv/backup/turnikety/$(date +%F)
mkdir -p "$DEST"
for ip in 10.40.1.21 10.40.1.22 10.40.1.23 10.40.1.24; do
  curl -fsS --user 'servis:@@secret@@' \\
    "http://$ip/cgi-bin/config_export.cgi" -o "$DEST/turniket_${ip##*.}.xml"
done
find /srv/backup/turnikety -maxdepth 1 -mtime +30 -exec rm -rf {} +
""", words_pw())

add("json/decoy-device-ids", "iot/turnstiles/devices.json", "Device inventory export", """
{
  "generated": "2025-03-01T02:00:00Z",
  "turnikety": [
    {"id": "TRN-01", "ip": "10.40.1.21", "serial": "GT5-2219-04471", "fw": "4.12.3", "mac": "00:1A:2B:3C:4D:5E"},
    {"id": "TRN-02", "ip": "10.40.1.22", "serial": "GT5-2219-04472", "fw": "4.12.3", "mac": "00:1A:2B:3C:4D:5F"},
    {"id": "TRN-03", "ip": "10.40.1.23", "serial": "GT5-2219-04488", "fw": "4.12.1", "mac": "00:1A:2B:3C:4D:60"},
    {"id": "TRN-04", "ip": "10.40.1.24", "serial": "GT5-2219-04491", "fw": "4.12.3", "mac": "00:1A:2B:3C:4D:61"}
  ],
  "firmware_sha256": "9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d"
}
""")

add("go/modbus-hmi-password", "iot/hvac/cmd/saunabridge/main.go", "Go net/http docs (SetBasicAuth)", """
package main

import (
	"log"
	"net/http"
	"time"
)

// Most medzi riadením sáun (Finská, Bylinková, Infra) a BMS systémom
const (
	hmiURL  = "http://10.40.3.5/api/v1/sauny/stav"
	hmiUser = "bms"
	hmiPass = "@@secret@@"
)

func poll(c *http.Client) {
	req, _ := http.NewRequest(http.MethodGet, hmiURL, nil)
	req.SetBasicAuth(hmiUser, hmiPass)
	resp, err := c.Do(req)
	if err != nil {
		log.Printf("sauny: %v", err)
		return
	}
	defer resp.Body.Close()
	log.Printf("sauny: %s", resp.Status)
}

func main() {
	c := &http.Client{Timeout: 10 * time.Second}
	for range time.Tick(time.Minute) {
		poll(c)
	}
}
""", rand_pw(14))

add("markdown/snmp-community", "it/runbooks/sietove-zariadenia.md", "Net-SNMP snmpwalk manual (-c community)", """
# Sieťové zariadenia – wellness a hotel

| Zariadenie | IP | Prístup |
|---|---|---|
| Core switch (Aruba 6300) | 10.0.0.2 | RADIUS, účet z AD |
| Wi-Fi kontrolér | 10.0.0.5 | RADIUS |
| Switch turnikety | 10.40.1.1 | lokálny admin |

## Monitoring

Zabbix číta SNMPv2c. Kontrola z monitorovacieho servera:

```
snmpwalk -v2c -c @@secret@@ 10.40.1.1 1.3.6.1.2.1.2.2.1.2
```

Ak nejde, over ACL na switchi (`show snmp-server`).
""", "ssk" + rand_pw(12))

add("yaml/decoy-secret-manager", "iot/pool-sensors/deploy/values.yaml", "Helm chart values with External Secrets Operator (remoteRef)", """
image:
  repository: registry.kupele.local/iot/pool-ingest
  tag: "1.8.2"
replicaCount: 1
externalSecret:
  enabled: true
  secretStoreRef:
    name: vault-kupele
    kind: ClusterSecretStore
  data:
    - secretKey: INFLUX_TOKEN
      remoteRef:
        key: iot/pool-sensors
        property: influx_token
    - secretKey: MQTT_PASSWORD
      remoteRef:
        key: iot/pool-sensors
        property: mqtt_password
resources:
  limits: { cpu: 200m, memory: 128Mi }
""")

add("csharp/ekasa-certificate-password", "pokladna/src/EKasa/EKasaConfig.cs", "eKasa (Financial Administration SR) ONLINE registration docs (PFX certificate, password)", """
namespace SivaSkala.Pokladna.EKasa
{
    // eKasa – pokladnica Recepcia Wellness (kód ORP 88812345678900001)
    public static class EKasaConfig
    {
        public const string Dic = "2020123456";
        public const string CashRegisterCode = "88812345678900001";
        public const string CertificatePath = @"C:\\eKasa\\88812345678900001.p12";
        public const string CertificatePassword = "@@secret@@";
        public const string ServiceUrl = "https://ekasa.financnasprava.sk/kaskado/v1/receipt";
        public const int TimeoutSeconds = 7;
    }
}
""", words_pw())

add("log/decoy-masked", "pokladna/logs/ekasa-2025-03-02.log", "eKasa client log", """
2025-03-02 07:58:11,402 INFO  [EKasa] start, ORP=88812345678900001, DIC=2020123456
2025-03-02 07:58:11,610 INFO  [EKasa] certifikat nacitany: CN=88812345678900001, platny do 2027-01-31
2025-03-02 07:58:11,611 DEBUG [EKasa] keystore heslo=****** (maskovane)
2025-03-02 08:02:45,117 INFO  [EKasa] doklad UID O-7F3A2C1E9B8D4A56B0C1D2E3F4A5B6C7 OKP=a1b2c3d4-e5f60718-293a4b5c-6d7e8f90-a1b2c3d4
2025-03-02 08:02:45,118 INFO  [EKasa] suma 38.50 EUR, polozky=2 (Vstup Termal 3h, Uterak)
2025-03-02 08:14:02,551 WARN  [EKasa] offline rezim, doklad ulozeny do fronty (1)
2025-03-02 08:14:33,902 INFO  [EKasa] fronta odoslana, 1 doklad
""")

add("sql/pos-db-password", "pokladna/db/migrations/0042_reporting_user.sql", "PostgreSQL CREATE ROLE docs (PASSWORD)", """
-- Používateľ pre reporting tržieb (Power BI gateway)
-- autor: m.kovacova, 2025-01-14
CREATE ROLE reporting_bi WITH LOGIN PASSWORD '@@secret@@' VALID UNTIL '2026-01-31';
GRANT CONNECT ON DATABASE pokladna TO reporting_bi;
GRANT USAGE ON SCHEMA trzby TO reporting_bi;
GRANT SELECT ON ALL TABLES IN SCHEMA trzby TO reporting_bi;
ALTER DEFAULT PRIVILEGES IN SCHEMA trzby GRANT SELECT ON TABLES TO reporting_bi;
""", words_pw())

add("sql/decoy-password-hash", "pokladna/db/seed/0001_pokladnici.sql", "PostgreSQL pgcrypto crypt() docs (bcrypt hashes)", """
-- Pokladníci recepcie – heslá sú bcrypt hashe (pgcrypto), nie heslá
INSERT INTO pokladnici (login, meno, heslo_hash, rola) VALUES
  ('recepcia1', 'Recepcia Termál 1', '$2a$12$Q9mZk1v3bX7sT0yH2wL4uO8cR5eJ6fN1pA3dG7hK9iM2nB4vC6xYq', 'pokladnik'),
  ('recepcia2', 'Recepcia Termál 2', '$2a$12$Lr8Tq2W5eY7uI0oP3aS6dF9gH1jK4lZ7xC0vB3nM6qW9eR2tY5uIo', 'pokladnik'),
  ('wellness', 'Wellness pult', '$2a$12$Zx1Cv4Bn7Mq0Wa3Sd6Fg9Hj2Kl5Po8Iu1Yt4Re7Wq0As3Df6Gh9Jk', 'pokladnik'),
  ('veduca', 'Vedúca recepcie', '$2a$12$Pl0Ok9Ij8Uh7Yg6Tf5Rd4Es3Wa2Qz1Xc0Vb9Nm8Lk7Jh6Gf5Ds4Ae', 'veduci');
""")

add("python/superfaktura-api-key", "financie/faktury/superfaktura_export.py", "SuperFaktúra API docs (Authorization: SFAPI email=…&apikey=…)", '''
"""Export faktúr za firemné wellness pobyty do SuperFaktúry."""
import requests

SF_EMAIL = "uctovnictvo@kupele-sivaskala.sk"
SF_APIKEY = "@@secret@@"
SF_COMPANY_ID = "48211"
HEADERS = {
    "Authorization": f"SFAPI email={SF_EMAIL}&apikey={SF_APIKEY}&company_id={SF_COMPANY_ID}&module=API",
    "Content-Type": "application/json",
}


def create_invoice(payload: dict) -> dict:
    r = requests.post("https://moja.superfaktura.sk/invoices/create", json=payload, headers=HEADERS, timeout=30)
    r.raise_for_status()
    return r.json()
''', hexs(32))

add("python/decoy-test-fixture", "financie/faktury/tests/test_superfaktura_export.py", "pytest docs (fixtures with fake values)", '''
import pytest

from faktury import superfaktura_export as sf


@pytest.fixture
def fake_headers(monkeypatch):
    monkeypatch.setattr(sf, "SF_APIKEY", "test-api-key")
    monkeypatch.setattr(sf, "SF_EMAIL", "test@example.com")
    return sf


def test_invoice_payload_has_vat(fake_headers, requests_mock):
    requests_mock.post("https://moja.superfaktura.sk/invoices/create", json={"error": 0, "data": {"Invoice": {"id": 1}}})
    out = fake_headers.create_invoice({"Invoice": {"name": "Pobyt Relax 3 noci"}, "InvoiceItem": [{"tax": 20}]})
    assert out["error"] == 0
''')

# ---------------------------------------------------------------- web, marketing, newsletters, SMS

add("php/wordpress-db-password", "web/wp-config.php", "WordPress wp-config.php docs (DB_PASSWORD, salts)", """
<?php
/** Web kupele-sivaskala.sk – WordPress */
define( 'DB_NAME', 'sivaskala_web' );
define( 'DB_USER', 'sivaskala_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'mariadb103.websupport.sk:3313' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'WP_DEBUG', false );
define( 'WPLANG', 'sk_SK' );
define( 'DISALLOW_FILE_EDIT', true );

$table_prefix = 'ssk_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", rand_pw(16, "#!"))

add("php/decoy-placeholder", "web/wp-config-sample.php", "WordPress wp-config-sample.php", """
<?php
/**
 * Vzorová konfigurácia. Skopírujte do wp-config.php a doplňte údaje z Websupport administrácie.
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

$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
""")

add("php/wordpress-auth-salt", "web/wp-salts.php", "WordPress secret-key service (AUTH_KEY salts)", """
<?php
// Vygenerované z https://api.wordpress.org/secret-key/1.1/salt/ – 2024-11-05
define( 'AUTH_KEY',         '@@secret@@' );
define( 'SECURE_AUTH_KEY',  '@@k2@@' );
define( 'LOGGED_IN_KEY',    '@@k3@@' );
define( 'NONCE_KEY',        '@@k4@@' );
define( 'AUTH_SALT',        '@@k5@@' );
""", rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), k2=rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), k3=rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), k4=rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"), k5=rand_pw(64, "!@#$%^&*()-_[]{}<>~+=,.;:/?|"))

add("javascript/decoy-site-key", "web/wp-content/themes/sivaskala/assets/js/rezervacia-form.js", "Google reCAPTCHA v3 docs (site key is public)", """
/* Formulár „Dopyt na pobyt“ – reCAPTCHA v3 (site key je verejný) */
const RECAPTCHA_SITE_KEY = "6LcQz3EqAAAAAJt8Vn2mKp4R7sWx1YbD9eFgHuIo";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("#dopyt-pobyt");
  if (!form) return;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    grecaptcha.ready(() => {
      grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "dopyt" }).then((token) => {
        form.querySelector("input[name=g-recaptcha-response]").value = token;
        form.submit();
      });
    });
  });
});
""")

add("python/mailchimp-api-key", "marketing/newsletter/sync_hostia.py", "Mailchimp Marketing API docs (api_key with data-center suffix)", '''
"""Synchronizácia súhlasov hostí s newsletterom (Mailchimp, zoznam „Hostia SK/CZ“)."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})
LIST_ID = "b4e1c9d2a7"


def subscribe(email: str, meno: str, jazyk: str = "sk") -> None:
    client.lists.set_list_member(LIST_ID, email.lower(), {
        "email_address": email,
        "status_if_new": "subscribed",
        "merge_fields": {"FNAME": meno},
        "language": jazyk,
    })
''', mailchimp_key())

add("env/sendgrid-api-key", "marketing/transakcne-maily/.env", "SendGrid API keys docs (SG. prefix)", """
# Transakčné e-maily – potvrdenia rezervácií, poukážky
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=rezervacie@kupele-sivaskala.sk
MAIL_FROM_NAME="Kúpele Sivá Skala"
TEMPLATE_POTVRDENIE=d-3f1a9c0b7e2d4c58a1b6e9f0c3d2a7b4
TEMPLATE_POUKAZKA=d-8e2b4c6a0f1d3e5a7c9b1d3f5a7c9e1b
""", sendgrid_key())

add("json/sms-gateway-password", "marketing/sms/smsbrana.config.json", "SMS gateway HTTP API docs (login, password)", """
{
  "provider": "smsbrana",
  "api_url": "https://api.smsbrana.cz/smsconnect/http.php",
  "login": "kupelesivaskala_h1",
  "password": "@@secret@@",
  "sender_id": "SivaSkala",
  "templates": {
    "pripomienka": "Dobry den, pripominame Vasu proceduru {procedura} dna {datum} o {cas}. Kupele Siva Skala",
    "zmena": "Vasa rezervacia c. {cislo} bola zmenena. Detaily v e-maile."
  }
}
""", words_pw())

add("python/twilio-auth-token", "marketing/sms/twilio_fallback.py", "Twilio Python helper library docs (Client(account_sid, auth_token))", '''
from twilio.rest import Client

# Záložná SMS brána pre zahraničných hostí (AT, HU, PL, DE)
ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
FROM_NUMBER = "+421233056789"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_reminder(to: str, text: str) -> str:
    message = client.messages.create(to=to, from_=FROM_NUMBER, body=text)
    return message.sid
''', hexs(32), sid=twilio_sid())

add("markdown/decoy-env-reference", "marketing/README.md", "Twelve-factor app config (environment variables)", """
# Marketing – newsletter a SMS

Skripty v tomto priečinku čítajú kľúče **iba z premenných prostredia**:

| Premenná | Služba | Kde je hodnota |
|---|---|---|
| `MAILCHIMP_API_KEY` | Mailchimp | Vault `marketing/mailchimp` |
| `SENDGRID_API_KEY` | SendGrid | Vault `marketing/sendgrid` |
| `TWILIO_AUTH_TOKEN` | Twilio | Vault `marketing/twilio` |
| `SMSBRANA_PASSWORD` | SMSbrána | Vault `marketing/smsbrana` |

Lokálne: `cp .env.example .env` a hodnoty si vypýtaj od IT (it@kupele-sivaskala.sk).
Nikdy necommituj `.env`.
""")

add("env/decoy-example", "marketing/.env.example", "dotenv docs (.env.example with empty values)", """
# Skopíruj do .env a doplň hodnoty z Vaultu
MAILCHIMP_API_KEY=
MAILCHIMP_SERVER=us21
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
SMSBRANA_LOGIN=
SMSBRANA_PASSWORD=
""")

add("typescript/google-maps-server-key", "web/next/src/server/places.ts", "Google Places API docs (key= query parameter, server-side key)", """
// Server-side: hodnotenia z Google Places pre landing page (kľúč bez obmedzenia referera!)
const PLACES_KEY = "@@secret@@";
const PLACE_ID = "ChIJ2bW1pQx1FEcRk3nYbQ3cG0Q";

export async function fetchReviews(): Promise<unknown[]> {
  const url =
    `https://maps.googleapis.com/maps/api/place/details/json?place_id=${PLACE_ID}` +
    `&fields=rating,reviews&language=sk&key=${PLACES_KEY}`;
  const res = await fetch(url, { next: { revalidate: 86400 } });
  const body = await res.json();
  return body.result?.reviews ?? [];
}
""", google_key())

add("html/decoy-analytics-ids", "web/wp-content/themes/sivaskala/partials/head-tracking.html", "Google tag (gtag.js) and Meta Pixel docs (public measurement ids)", """
<!-- Google tag (gtag.js) – merací identifikátor je verejný -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7QK2M4X9PL"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7QK2M4X9PL', { anonymize_ip: true });
</script>
<!-- Meta Pixel -->
<script>
  !function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?
  n.callMethod.apply(n,arguments):n.queue.push(arguments)};}(window,document,'script');
  fbq('init', '1482736459201837');
  fbq('track', 'PageView');
</script>
""")

add("python/facebook-access-token", "marketing/ads/meta_conversions.py", "Meta Conversions API docs (access_token parameter)", '''
import hashlib
import time

import requests

PIXEL_ID = "1482736459201837"
ACCESS_TOKEN = "@@secret@@"


def send_purchase(email: str, value_eur: float, order_id: str) -> None:
    event = {
        "event_name": "Purchase",
        "event_time": int(time.time()),
        "event_id": order_id,
        "action_source": "website",
        "user_data": {"em": [hashlib.sha256(email.strip().lower().encode()).hexdigest()]},
        "custom_data": {"currency": "EUR", "value": value_eur},
    }
    requests.post(f"https://graph.facebook.com/v19.0/{PIXEL_ID}/events",
                  params={"access_token": ACCESS_TOKEN}, json={"data": [event]}, timeout=15)
''', "EAAG" + rand_pw(180))

add("yaml/decoy-public-ids", "web/next/config/site.yaml", "Site configuration (public identifiers only)", """
site:
  name: Kúpele Sivá Skala
  locale: sk-SK
  alt_locales: [cs-CZ, de-AT, hu-HU, pl-PL, en-GB]
  google_tag: G-7QK2M4X9PL
  meta_pixel: "1482736459201837"
  recaptcha_site_key: 6LcQz3EqAAAAAJt8Vn2mKp4R7sWx1YbD9eFgHuIo
  google_place_id: ChIJ2bW1pQx1FEcRk3nYbQ3cG0Q
  stripe_publishable_key_env: NEXT_PUBLIC_STRIPE_PK
contact:
  phone: "+421 33 123 45 67"
  email: recepcia@kupele-sivaskala.sk
""")

# ---------------------------------------------------------------- CI, containers, cloud and infrastructure

add("github-actions/aws-secret-access-key", ".github/workflows/deploy-web.yml", "GitHub Actions docs / aws-actions/configure-aws-credentials", """
name: Nasadenie webu
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
        working-directory: web/next
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@akid@@
          aws-secret-access-key: @@secret@@
          aws-region: eu-central-1
      - run: aws s3 sync web/next/out s3://kupele-sivaskala-web --delete
      - run: aws cloudfront create-invalidation --distribution-id E2QX7ABCD12345 --paths "/*"
""", aws_secret(), akid=aws_id())

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-booking.yml", "GitHub Actions docs (secrets context)", """
name: Nasadenie rezervácií
on:
  workflow_dispatch:
  push:
    tags: ['booking-v*']
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          creds: ${{ secrets.AZURE_CREDENTIALS }}
      - uses: azure/webapps-deploy@v3
        with:
          app-name: ssk-booking-prod
          publish-profile: ${{ secrets.AZURE_WEBAPP_PUBLISH_PROFILE }}
          package: booking/publish
      - name: Slack
        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"Booking nasadený"}' "${{ secrets.SLACK_WEBHOOK_URL }}"
""")

add("gitlab-ci/slack-webhook", ".gitlab-ci.yml", "Slack incoming webhooks docs", """
stages: [test, build, notify]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  SLACK_HOOK: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

notify:
  stage: notify
  image: curlimages/curl
  script:
    - 'curl -X POST -H "Content-type: application/json" --data "{\\"text\\":\\"Pipeline $CI_PIPELINE_ID ok\\"}" "$SLACK_HOOK"'
""", slack_webhook())

add("dockerfile/pip-index-password", "iot/pool-sensors/Dockerfile", "pip docs (--extra-index-url with credentials in URL)", """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# interné balíčky (ssk-common, ssk-ekasa) z Nexusu
RUN pip install --no-cache-dir -r requirements.txt \\
    --extra-index-url https://ci-reader:@@secret@@@nexus.kupele.local/repository/pypi-internal/simple
COPY . .
USER 10001
CMD ["python", "-m", "ingest"]
""", rand_pw(20))

add("dockerfile/decoy-build-arg", "booking/Dockerfile", "Docker docs (build secrets with --mount=type=secret)", """
# syntax=docker/dockerfile:1.7
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
# NuGet feed heslo ide cez BuildKit secret, nie ARG
RUN --mount=type=secret,id=nuget_pat \\
    dotnet nuget add source https://pkgs.dev.azure.com/kupele-sivaskala/_packaging/ssk/nuget/v3/index.json \\
      --name ssk --username ci --password "$(cat /run/secrets/nuget_pat)" --store-password-in-clear-text && \\
    dotnet publish src/SivaSkala.Booking -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /out .
ENTRYPOINT ["dotnet", "SivaSkala.Booking.dll"]
""")

add("compose/postgres-password", "pokladna/docker-compose.yml", "Docker Postgres image docs (POSTGRES_PASSWORD)", """
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: pokladna
      POSTGRES_USER: pokladna
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "127.0.0.1:5432:5432"
  api:
    image: registry.kupele.local/pokladna/api:3.2.0
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://pokladna:${POSTGRES_PASSWORD}@db:5432/pokladna
    ports:
      - "8081:8080"
volumes:
  pgdata:
""", words_pw())

add("compose/decoy-env-file", "iot/docker-compose.yml", "Docker Compose docs (env_file, variable interpolation)", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./mosquitto/mosquitto.conf:/mosquitto/config/mosquitto.conf:ro
      - ./mosquitto/passwd:/mosquitto/config/passwd:ro
    ports: ["8883:8883"]
  influxdb:
    image: influxdb:2.7
    env_file: .env.influx
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_ADMIN_PASSWORD:?nastav v .env.influx}
      DOCKER_INFLUXDB_INIT_ORG: kupele-sivaskala
      DOCKER_INFLUXDB_INIT_BUCKET: bazeny
  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
""")

add("k8s-secret/redis-password", "deploy/k8s/booking/redis-secret.yaml", "Kubernetes Secret docs (data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-redis
  namespace: booking
  labels:
    app.kubernetes.io/part-of: rezervacie
type: Opaque
data:
  REDIS_HOST: @@host@@
  REDIS_PASSWORD: @@pw@@
""", (_r := redis_pw()), host=b64("redis-master.booking.svc.cluster.local"), pw=b64(_r))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking/sealed-db.yaml", "Bitnami Sealed Secrets docs (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: booking
spec:
  encryptedData:
    DB_PASSWORD: AgBy8hQ3kLm2Vn5Xp7Rs9Tu1Wv3Yx5Za7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu7Vw9Xy1Za3Bc5De7Fg9Hi1Jk3Lm5No7Pq9Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7Jk9Lm1No3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7No9Pq1Rs3Tu5Vw7Xy9Za1Bc3De5Fg7Hi9Jk1Lm3No5Pq7==
    DB_USER: AgC4nR7tW0yB3eF6hJ9kM2pQ5sU8vX1zA4cD7fG0iK3lN6oR9tV2wY5aC8dF1gI4jL7mO0qS3uV6xZ9bE2fH5iK8lN1oQ4rT7uW0yA3bD6eG9hJ2kM5nP8qS1tV4wX7zA==
  template:
    metadata:
      name: booking-db
      namespace: booking
""")

add("k8s-secret/smtp-password", "deploy/k8s/mailer/secret.yaml", "Kubernetes Secret docs (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: mailer-smtp
  namespace: marketing
type: Opaque
stringData:
  SMTP_HOST: smtp.websupport.sk
  SMTP_PORT: "587"
  SMTP_USER: noreply@kupele-sivaskala.sk
  SMTP_PASSWORD: "@@secret@@"
""", words_pw())

add("terraform/azure-client-secret", "infra/terraform/azure/providers.tf", "Terraform azurerm provider docs (client_secret)", """
terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 3.110"
    }
  }
  backend "azurerm" {
    resource_group_name  = "rg-ssk-tfstate"
    storage_account_name = "ssktfstate"
    container_name       = "tfstate"
    key                  = "booking.tfstate"
  }
}

provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@tenant@@"
  client_id       = "@@client@@"
  client_secret   = "@@secret@@"
}
""", azure_secret(), sub=uuid_s(), tenant=uuid_s(), client=uuid_s())

add("terraform/decoy-variable-reference", "infra/terraform/azure/database.tf", "Terraform docs (sensitive input variables, random_password)", """
resource "random_password" "booking_sql" {
  length  = 24
  special = true
}

resource "azurerm_mssql_server" "booking" {
  name                         = "sql-ssk-booking"
  resource_group_name          = azurerm_resource_group.booking.name
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sskadmin"
  administrator_login_password = random_password.booking_sql.result
}

resource "azurerm_key_vault_secret" "booking_sql" {
  name         = "booking-sql-admin"
  value        = random_password.booking_sql.result
  key_vault_id = azurerm_key_vault.ssk.id
}
""")

add("terraform/tfvars-database-password", "infra/terraform/hetzner/prod.tfvars", "Terraform docs (.tfvars variable definitions)", """
# Produkcia – web a rezervácie na Hetzner Cloud
hcloud_location   = "fsn1"
web_server_type   = "cpx31"
db_server_type    = "cpx41"
db_admin_user     = "ssk_admin"
db_admin_password = "@@secret@@"
ssh_keys          = ["it-jozef", "it-martina"]
backup_enabled    = true
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/wellness/vault.yml", "Ansible Vault docs (encrypted file format)", """
$ANSIBLE_VAULT;1.1;AES256
36613462336165373930653132613732366664343761366330613065376238626534623962393963
3561636364323965653733393336633037336232373365370a383063316237663464366135376562
64366561373033343863363235613331636131396235663565366331396337613939343064393239
3136366562626338390a396164346132643165626566363130353135386236373035613438343063
61316334656637306439663633303661386434646663343530376636373238353561626439626538
""")

add("ansible/ldap-bind-password", "infra/ansible/roles/nextcloud/defaults/main.yml", "Nextcloud LDAP integration docs (ldap_agent_password)", """
---
# Nextcloud pre zamestnancov (rozpisy smien, manuály procedúr)
nextcloud_domain: cloud.kupele-sivaskala.sk
nextcloud_version: "29.0.4"
nextcloud_ldap:
  host: ldaps://dc01.kupele.local
  port: 636
  base: "DC=kupele,DC=local"
  agent_dn: "CN=svc-nextcloud,OU=Sluzby,DC=kupele,DC=local"
  agent_password: "@@secret@@"
  user_filter: "(&(objectClass=user)(memberOf=CN=Zamestnanci,OU=Skupiny,DC=kupele,DC=local))"
nextcloud_redis_host: 127.0.0.1
""", words_pw())

# ---------------------------------------------------------------- IT: keys, tokens, bots and handovers

add("shell/private-key", "infra/scripts/bootstrap_backup_host.sh", "OpenSSH ssh-keygen docs (PEM private key in a here-document)", """
#!/bin/bash
# Záložný server v technickej miestnosti (Kotolňa) – prvotné nastavenie
set -e
install -d -m 700 /root/.ssh
cat > /root/.ssh/id_rsa_nas <<'KEY'
@@secret@@
KEY
chmod 600 /root/.ssh/id_rsa_nas
echo "10.0.5.20 nas-kotolna" >> /etc/hosts
rsync -e "ssh -i /root/.ssh/id_rsa_nas" -a /srv/backup/ backup@nas-kotolna:/volume1/zalohy/
""", pem())

add("yaml/private-key", "infra/ansible/host_vars/sftp-partner.yml", "Ansible docs (multi-line block scalar)", """
---
# SFTP výmena s cestovnými kanceláriami (zoznamy hostí, voucher exporty)
sftp_host: sftp.kupele-sivaskala.sk
sftp_partner_user: ck_export
sftp_deploy_key: |
  @@indented@@
sftp_allowed_ips:
  - 185.12.34.0/24
  - 91.127.200.14
""", (_k := pem("OPENSSH")), indented=_k.replace("\n", "\n  "))

add("python/telegram-bot-token", "it/bots/sluzby_bot.py", "python-telegram-bot docs (ApplicationBuilder().token())", '''
"""Telegram bot pre údržbu: hlásenia porúch bazénov a sáun od nočnej služby."""
from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

TOKEN = "@@secret@@"
UDRZBA_CHAT_ID = -1001873465120


async def porucha(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args) or "(bez popisu)"
    await context.bot.send_message(UDRZBA_CHAT_ID, f"Porucha od {update.effective_user.full_name}: {text}")
    await update.message.reply_text("Ďakujem, hlásenie je odoslané údržbe.")


if __name__ == "__main__":
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("porucha", porucha))
    app.run_polling()
''', telegram())

add("shell/telegram-bot-token", "it/monitoring/alert_telegram.sh", "Telegram Bot API docs (https://api.telegram.org/bot<token>/sendMessage)", """
#!/bin/sh
# Zabbix alert script – posiela upozornenia do skupiny "IT Kúpele"
CHAT_ID="-1001988112233"
MSG="$1: $2"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id="$CHAT_ID" \\
  --data-urlencode text="$MSG" > /dev/null
""", telegram())

add("ini/pypi-token", "libs/ssk-common/.pypirc", "PyPI docs (.pypirc with __token__)", """
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @@secret@@

[nexus]
repository = https://nexus.kupele.local/repository/pypi-internal/
username = ci-publisher
""", pypi())

add("toml/decoy-project-metadata", "libs/ssk-common/pyproject.toml", "PEP 621 project metadata", """
[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "ssk-common"
version = "0.9.3"
description = "Spoločné utility Kúpeľov Sivá Skala (eKasa, rezervácie, logovanie)"
requires-python = ">=3.10"
authors = [{ name = "IT Kúpele Sivá Skala", email = "it@kupele-sivaskala.sk" }]
dependencies = ["requests>=2.31", "pydantic>=2.6"]

[tool.hatch.build.targets.wheel]
packages = ["src/ssk_common"]
""")

add("toml/github-token", "libs/ssk-common/release.toml", "GitHub personal access token docs (ghp_ prefix)", """
# Konfigurácia release skriptu (tools/release.py)
[github]
owner = "kupele-sivaskala"
repo = "ssk-common"
token = "@@secret@@"
draft = false

[changelog]
path = "CHANGELOG.md"
sections = ["Pridané", "Zmenené", "Opravené"]
""", gh_token())

add("powershell/ad-service-password", "it/scripts/Sync-ZamestnanciGantner.ps1", "PowerShell ConvertTo-SecureString / PSCredential docs", """
# Synchronizácia zamestnancov z AD do systému Gantner (čipy na vstup a skrinky)
Import-Module ActiveDirectory

$user = 'KUPELE\\svc-gantner'
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$zamestnanci = Get-ADUser -Credential $cred -Filter {Enabled -eq $true} -SearchBase 'OU=Zamestnanci,DC=kupele,DC=local' -Properties employeeID, department
foreach ($z in $zamestnanci) {
    $body = @{ personnelNo = $z.employeeID; name = $z.Name; department = $z.department } | ConvertTo-Json
    Invoke-RestMethod -Uri 'http://10.40.2.10:8000/api/persons' -Method Post -Body $body -ContentType 'application/json' -Credential $cred
}
Write-Host "Synchronizovaných: $($zamestnanci.Count)"
""", words_pw())

add("powershell/decoy-credential-manager", "it/scripts/Backup-PokladnaDb.ps1", "PowerShell SecretManagement module docs (Get-Secret)", """
# Záloha databázy pokladne – heslo sa berie zo SecretStore, nie zo skriptu
Import-Module Microsoft.PowerShell.SecretManagement

$cred = Get-Secret -Name 'PokladnaDbBackup' -Vault 'KupeleIT'
$env:PGPASSWORD = $cred.GetNetworkCredential().Password
$stamp = Get-Date -Format 'yyyyMMdd_HHmm'
& 'C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe' -h pg-pokladna -U $cred.UserName -F c -f "D:\\Zalohy\\pokladna_$stamp.dump" pokladna
Remove-Item Env:PGPASSWORD
Get-ChildItem 'D:\\Zalohy' -Filter 'pokladna_*.dump' | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""")

add("markdown/handover-admin-passwords", "it/odovzdanie/odovzdanie-2025-01.md", "Internal handover note (table of accounts)", """
# Odovzdávací protokol IT – január 2025

Odchádza: Peter H. (externý admin), preberá: Martina K.

## Účty, ktoré treba po prevzatí zmeniť

| Systém | Účet | Heslo | Poznámka |
|---|---|---|---|
| Gantner Relaxx | admin | pozri Bitwarden | zmenené 12/2024 |
| Fortigate 60F | admin | @@secret@@ | zmeniť do 31.1. |
| Zabbix | Admin | pozri Bitwarden | |
| Hikvision NVR | admin | pozri Bitwarden | kamery parkovisko |

## Otvorené úlohy

- obnoviť certifikát eKasa pre pokladnicu Wellness (platí do 01/2027)
- presunúť zálohy na nový NAS v kotolni
""", words_pw())

add("markdown/decoy-rotated-note", "it/odovzdanie/odovzdanie-2024-06.md", "Internal handover note", """
# Odovzdanie IT – jún 2024

Všetky prístupy sú v **Bitwarden → Organizácia Kúpele Sivá Skala**.
Heslá v tomto dokumente nie sú a nebudú.

- Fortigate: heslo zmenené 2024-06-03, uložené v Bitwarden (položka `FW-60F admin`)
- Wi-Fi hostia: PSK sa mení mesačne, aktuálne na recepcii (tlačené kartičky)
- Previo API: nový používateľ `api.sivaskala`, heslo v Bitwarden
- Sentry: pozvánka poslaná na martina.k@kupele-sivaskala.sk

Kontrola: `bw list items --search "FW-60F"` (vyžaduje prihlásenie).
""")

add("notebook/database-password", "analytika/notebooks/obsadenost_2024.ipynb", "Jupyter notebook format (nbformat 4) with SQLAlchemy URL", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Obsadenosť hotela Termál 2024\\n", "Podklad pre predstavenstvo."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analytik:@@secret@@@pg-booking.kupele.local:5432/booking')\\n",
    "df = pd.read_sql('select datum, obsadene_izby, volne_izby from obsadenost where rok = 2024', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(df.datum.dt.month).obsadene_izby.mean().plot(kind='bar')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analytika/notebooks/trzby_wellness.ipynb", "Jupyter notebook format (nbformat 4) with getpass", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass, os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "heslo = os.environ.get('POKLADNA_DB_PASSWORD') or getpass.getpass('Heslo k pokladni: ')\\n",
    "engine = create_engine(f'postgresql://reporting_bi:{heslo}@pg-pokladna:5432/pokladna')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select * from trzby.denne where stredisko = 2', engine).tail()"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/openai-api-key", "it/chatbot/recepcia_asistent.py", "OpenAI Python SDK docs (OpenAI(api_key=...))", '''
"""Chatbot na webe: odpovede na otázky hostí (otváracie hodiny, procedúry, ceny)."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = ("Si asistent recepcie Kúpeľov Sivá Skala. Odpovedaj po slovensky, stručne a zdvorilo. "
          "Ak nevieš, odporuč kontaktovať recepciu na +421 33 123 45 67.")


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', openai())

add("python/django-secret-key", "intranet/intranet/settings/production.py", "Django settings docs (SECRET_KEY)", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["intranet.kupele-sivaskala.sk"]
SECRET_KEY = "@@secret@@"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "intranet",
        "USER": "intranet",
        "PASSWORD": os.environ["INTRANET_DB_PASSWORD"],
        "HOST": "pg-intranet.kupele.local",
    }
}
LANGUAGE_CODE = "sk"
TIME_ZONE = "Europe/Bratislava"
''', django_key())

add("python/decoy-settings-env", "intranet/intranet/settings/base.py", "Django settings docs (reading secrets from environment)", '''
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-dev-only-change-me")
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
INSTALLED_APPS = [
    "django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes",
    "django.contrib.sessions", "django.contrib.messages", "django.contrib.staticfiles",
    "smeny", "procedury", "sklad",
]
LANGUAGE_CODE = "sk"
TIME_ZONE = "Europe/Bratislava"
USE_TZ = True
STATIC_URL = "static/"
''')

# ---------------------------------------------------------------- mobile app and more services

add("kotlin/decoy-client-id", "mobile/android/app/src/main/java/sk/kupele/app/auth/AuthConfig.kt", "AppAuth for Android docs (public client, PKCE)", """
package sk.kupele.app.auth

import android.net.Uri

// Verejný klient (PKCE) – mobilná aplikácia nemá client secret
object AuthConfig {
    const val ISSUER = "https://login.kupele-sivaskala.sk/realms/hostia"
    const val CLIENT_ID = "ssk-mobile-app"
    val REDIRECT_URI: Uri = Uri.parse("sk.kupele.app:/oauth2redirect")
    const val SCOPES = "openid profile email offline_access rezervacie"
    const val MAPS_API_KEY_RES = "google_maps_key" // v res/values, obmedzené na balík sk.kupele.app
}
""")

add("kotlin/api-secret", "mobile/android/app/src/main/java/sk/kupele/app/data/ProceduryApi.kt", "OkHttp interceptor docs (adding an API key header)", """
package sk.kupele.app.data

import okhttp3.Interceptor
import okhttp3.OkHttpClient
import okhttp3.Response

private const val PROCEDURY_API = "https://api.kupele-sivaskala.sk/procedury/v2/"
private const val API_SECRET = "@@secret@@"

class ApiKeyInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val req = chain.request().newBuilder()
            .header("X-Api-Key", API_SECRET)
            .header("Accept-Language", "sk")
            .build()
        return chain.proceed(req)
    }
}

fun proceduryClient(): OkHttpClient = OkHttpClient.Builder()
    .addInterceptor(ApiKeyInterceptor())
    .build()
""", "ssk_live_" + rand_pw(40))

add("xml/decoy-maps-key", "mobile/android/app/src/main/res/values/google_maps_api.xml", "Maps SDK for Android docs (API key restricted to the app)", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <!--
      Kľúč je obmedzený na balík sk.kupele.app a SHA-1 podpisového certifikátu
      v Google Cloud Console (projekt ssk-mobile). Bez obmedzenia ho nepoužívajte.
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">${MAPS_API_KEY}</string>
</resources>
""")

add("swift/sentry-auth-token", "mobile/ios/scripts/upload-dsyms.swift", "Sentry docs (auth tokens sntrys_ for sentry-cli)", """
#!/usr/bin/env swift
import Foundation

// Nahranie dSYM súborov do Sentry po archivácii (Xcode Cloud post-action)
let authToken = "@@secret@@"
let org = "kupele-sivaskala"
let project = "ios-app"

let task = Process()
task.executableURL = URL(fileURLWithPath: "/usr/local/bin/sentry-cli")
task.arguments = ["--auth-token", authToken, "debug-files", "upload", "--org", org, "--project", project,
                  ProcessInfo.processInfo.environment["CI_ARCHIVE_PATH"] ?? "build"]
try task.run()
task.waitUntilExit()
exit(task.terminationStatus)
""", "sntrys_" + rand_pw(120))

add("swift/decoy-sentry-dsn", "mobile/ios/KupeleApp/App/KupeleApp.swift", "Sentry Cocoa SDK docs (DSN is safe to ship in clients)", """
import SwiftUI
import Sentry

@main
struct KupeleApp: App {
    init() {
        SentrySDK.start { options in
            // DSN je verejný identifikátor projektu, nie tajomstvo
            options.dsn = "@@dsn@@"
            options.environment = "production"
            options.tracesSampleRate = 0.2
        }
    }

    var body: some Scene {
        WindowGroup { RootView() }
    }
}
""", dsn=sentry_dsn())

add("plist/decoy-firebase-config", "mobile/ios/KupeleApp/GoogleService-Info.plist", "Firebase iOS setup docs (GoogleService-Info.plist is not secret)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>482917364051-8f3kq2m1v7t9b0c4d6e5a2h1j3l8n0p.apps.googleusercontent.com</string>
	<key>GCM_SENDER_ID</key>
	<string>482917364051</string>
	<key>BUNDLE_ID</key>
	<string>sk.kupele.app</string>
	<key>PROJECT_ID</key>
	<string>ssk-mobile</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:482917364051:ios:3c9d2e7f1a0b4c58</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
""")

add("ruby/apns-private-key", "mobile/ios/fastlane/Fastfile", "fastlane app_store_connect_api_key docs (key_content)", """
default_platform(:ios)

platform :ios do
  desc "Nahranie buildu do TestFlight"
  lane :beta do
    key_p8 = <<~P8
      @@indented@@
    P8
    api_key = app_store_connect_api_key(
      key_id: "7KQ2M9X4PL",
      issuer_id: "@@issuer@@",
      key_content: key_p8,
      in_house: false
    )
    increment_build_number(xcodeproj: "KupeleApp.xcodeproj")
    build_app(scheme: "KupeleApp", export_method: "app-store")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""", (_p8 := pem("EC").replace("EC PRIVATE", "PRIVATE")), indented=_p8.replace("\n", "\n      "), issuer=uuid_s())

add("ruby/decoy-env-fetch", "mobile/ios/fastlane/Appfile", "fastlane Appfile docs", """
app_identifier("sk.kupele.app")
apple_id(ENV.fetch("FASTLANE_APPLE_ID"))
itc_team_id("127463859")
team_id("Q7K2M9X4PL")

# Heslá a kľúče z Xcode Cloud / 1Password CLI:
#   op run --env-file=fastlane/.env.op -- bundle exec fastlane beta
""")

add("rust/decoy-hash-constants", "iot/wristband-reader/src/crc.rs", "CRC and hash constants in firmware code", """
//! Čítačka náramkov (MIFARE DESFire) pri šatniach – kontrolné súčty rámcov.

/// Polynóm CRC-16/CCITT použitý v protokole čítačky
pub const CRC16_POLY: u16 = 0x1021;
/// Odtlačok firmvéru čítačky v2.3.1 (SHA-256), kontrolujeme pri štarte
pub const FIRMWARE_SHA256: &str = "4e7a1c9b2d3f5e6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a";
/// Verejný identifikátor aplikácie na karte (AID), nie kľúč
pub const APP_AID: [u8; 3] = [0x53, 0x53, 0x4B];

pub fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ CRC16_POLY } else { crc << 1 };
        }
    }
    crc
}
""")

add("rust/desfire-master-key", "iot/wristband-reader/src/keys.rs", "NXP MIFARE DESFire EV2 docs (AES-128 application keys)", """
//! Kľúče aplikácie SSK na náramkoch. TODO: presunúť do HSM / secure elementu čítačky.

/// AES-128 master kľúč aplikácie (kľúč č. 0), hex
pub const APP_MASTER_KEY_HEX: &str = "@@secret@@";
/// Kľúč na čítanie zostatku (kľúč č. 1) je odvodený z master kľúča a UID karty
pub const KEY_DIVERSIFICATION_CONST: u8 = 0x01;

pub fn master_key() -> [u8; 16] {
    let mut out = [0u8; 16];
    hex::decode_to_slice(APP_MASTER_KEY_HEX, &mut out).expect("hex");
    out
}
""", hexs(32).upper())

add("go/nvr-rtsp-password", "iot/cctv/snapshot/main.go", "Hikvision RTSP URL format (rtsp://user:password@host:554/Streaming/Channels/101)", """
package main

import (
	"log"
	"os/exec"
	"time"
)

// Snímky z kamier na parkovisku pre obrazovku na recepcii (obsadenosť parkoviska)
var cameras = map[string]string{
	"parkovisko-A": "rtsp://recepcia:@@secret@@@10.50.0.11:554/Streaming/Channels/101",
	"parkovisko-B": "rtsp://recepcia:@@secret@@@10.50.0.12:554/Streaming/Channels/101",
}

func main() {
	for {
		for name, url := range cameras {
			cmd := exec.Command("ffmpeg", "-y", "-rtsp_transport", "tcp", "-i", url, "-frames:v", "1", "/var/www/snap/"+name+".jpg")
			if err := cmd.Run(); err != nil {
				log.Printf("%s: %v", name, err)
			}
		}
		time.Sleep(30 * time.Second)
	}
}
""", words_pw())

add("yaml/decoy-rtsp-template", "iot/cctv/frigate/config.yml", "Frigate NVR docs (environment variable substitution {FRIGATE_*})", """
mqtt:
  host: mqtt.kupele.local
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  parkovisko_a:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.0.11:554/Streaming/Channels/101
          roles: [detect, record]
    detect: { width: 1280, height: 720 }
  parkovisko_b:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.50.0.12:554/Streaming/Channels/101
          roles: [detect, record]
record:
  enabled: true
  retain: { days: 7 }
""")

add("python/slack-bot-token", "it/bots/smeny_slack.py", "Slack Web API docs (WebClient(token=xoxb-...))", '''
"""Každé ráno pošle do #wellness-smeny rozpis maséroviek a plavčíkov."""
import datetime

from slack_sdk import WebClient

slack = WebClient(token="@@secret@@")


def post_rozpis(rozpis: dict) -> None:
    dnes = datetime.date.today().strftime("%d.%m.%Y")
    lines = [f"*Rozpis služieb {dnes}*"]
    for usek, mena in rozpis.items():
        lines.append(f"• {usek}: {', '.join(mena)}")
    slack.chat_postMessage(channel="#wellness-smeny", text="\\n".join(lines))
''', slack_bot())

add("json/azure-storage-connection-string", "booking/local.settings.json", "Azure Functions local.settings.json docs (AzureWebJobsStorage)", """
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=sskbookingfn;AccountKey=@@secret@@;EndpointSuffix=core.windows.net",
    "VoucherContainer": "poukazky-pdf",
    "PrevioHotelId": "731245"
  }
}
""", azure_storage_key())

add("json/decoy-dev-storage", "booking/local.settings.sample.json", "Azurite docs (development storage connection)", """
{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "VoucherContainer": "poukazky-pdf",
    "PrevioHotelId": "731245",
    "PrevioPassword": "<doplň lokálne>"
  }
}
""")

# ---------------------------------------------------------------- back office: HR, accounting, reporting

add("xml/sql-connection-password", "pokladna/legacy/Web.config", "ASP.NET Web.config connectionStrings docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Pokladna"
         connectionString="Data Source=SQL01\\POKLADNA;Initial Catalog=Pokladna;User ID=pokl_web;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Stredisko" value="Wellness" />
    <add key="TlaciarenBlokov" value="EPSON TM-T20III" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", words_pw())

add("ini/odbc-password", "financie/reporty/odbc.ini", "unixODBC odbc.ini docs (UID, PWD)", """
[Pohoda]
Description = Účtovníctvo POHODA SQL (export do Power BI)
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:sql-uctovnictvo.kupele.local,1433
Database    = StwPh_20201234_2025
UID         = powerbi_ro
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("python/sftp-password", "financie/banka/stiahni_vypisy.py", "Paramiko SFTPClient docs (Transport.connect(username, password))", '''
"""Sťahovanie denných výpisov (camt.053) zo SFTP banky do účtovníctva."""
import datetime
import paramiko

HOST = "sftp.bankovy-host.sk"
USER = "KSSK0042"
PASSWORD = "@@secret@@"


def stiahni(cielovy_adresar: str) -> int:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    dnes = datetime.date.today().strftime("%Y%m%d")
    pocet = 0
    for meno in sftp.listdir("/out"):
        if dnes in meno and meno.endswith(".xml"):
            sftp.get(f"/out/{meno}", f"{cielovy_adresar}/{meno}")
            pocet += 1
    sftp.close()
    transport.close()
    return pocet
''', rand_pw(12, "#%"))

add("csv/decoy-iban-export", "financie/banka/exporty/platby_2025-02.csv", "Bank statement CSV export (public IBANs, variable symbols)", """
datum;protiucet_iban;nazov;suma_eur;vs;ks;ss;poznamka
2025-02-03;SK3112000000198742637541;Cestovná kancelária Tatry s.r.o.;4820.00;2025017;0308;;Pobyty skupina 12
2025-02-04;CZ6508000000192000145399;Wellness Travel CZ a.s.;1960.50;2025019;0308;;Poukazky
2025-02-05;SK8975000000004001234567;Zdravotná poisťovňa;12840.00;2501;0558;;Kúpeľná liečba 01/2025
2025-02-07;HU42117730161111101800000000;Hévíz Tours Kft.;890.00;2025022;0308;;Víkend Relax
2025-02-10;SK0809000000000123123123;Mesto Sivá Skala;-1240.00;2025002;;;Miestny poplatok za ubytovanie
""")

add("csv/staff-portal-password", "hr/import/nove_konta_2025-03.csv", "CSV import of initial accounts (initial passwords column)", """
osobne_cislo;meno;priezvisko;usek;login;docasne_heslo;email
1184;Jana;Hrušková;Wellness;jhruskova;@@secret@@;jana.hruskova@kupele-sivaskala.sk
1185;Tomáš;Baláž;Bazény;tbalaz;@@p2@@;tomas.balaz@kupele-sivaskala.sk
1186;Zuzana;Mikulová;Recepcia;zmikulova;@@p3@@;zuzana.mikulova@kupele-sivaskala.sk
1187;Marek;Štefánik;Údržba;mstefanik;@@p4@@;marek.stefanik@kupele-sivaskala.sk
""", words_pw(), p2=words_pw(), p3=words_pw(), p4=words_pw())

add("csv/decoy-hashes", "hr/import/dochadzka_karty.csv", "Access card export (card UIDs and hashes)", """
osobne_cislo;karta_uid;typ;platnost_do;pin_hash_sha256
1184;04A2B3C4D5E680;DESFire EV2;2027-12-31;5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8
1185;04B7C8D9E0F190;DESFire EV2;2027-12-31;a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3
1186;04C1D2E3F4A5B6;DESFire EV2;2027-12-31;b3a8e0e1f9ab1bfe3a36f231f676f78bb30a519d2b21e6c530c0eee8ebb4a5d0
1187;04D9E8F7A6B5C4;DESFire EV2;2027-12-31;ef797c8118f02dfb649607dd5d3f8c7623048c9c063d532cc95c5ed7a898a64f
""")

add("java/smtp-password", "hr/dochadzka/src/main/java/sk/kupele/dochadzka/mail/MailerFactory.java", "Jakarta Mail docs (PasswordAuthentication)", """
package sk.kupele.dochadzka.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;

public final class MailerFactory {
    private static final String USER = "dochadzka@kupele-sivaskala.sk";
    private static final String PASS = "@@secret@@";

    private MailerFactory() {}

    public static Session session() {
        Properties p = new Properties();
        p.put("mail.smtp.host", "smtp.office365.com");
        p.put("mail.smtp.port", "587");
        p.put("mail.smtp.auth", "true");
        p.put("mail.smtp.starttls.enable", "true");
        return Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
    }
}
""", words_pw())

add("yaml/decoy-spring-placeholder", "hr/dochadzka/src/main/resources/application.yml", "Spring Boot externalized configuration docs (${...} placeholders)", """
spring:
  application:
    name: dochadzka
  datasource:
    url: jdbc:postgresql://pg-hr.kupele.local:5432/dochadzka
    username: dochadzka
    password: ${DOCHADZKA_DB_PASSWORD}
  mail:
    host: smtp.office365.com
    port: 587
    username: dochadzka@kupele-sivaskala.sk
    password: ${DOCHADZKA_MAIL_PASSWORD}
dochadzka:
  smeny:
    rano: "06:00-14:00"
    poobede: "14:00-22:00"
  terminaly: [10.40.2.31, 10.40.2.32]
""")

add("go/ldap-bind-password", "it/ldapsync/internal/ad/client.go", "go-ldap docs (Conn.Bind)", """
package ad

import (
	"crypto/tls"

	"github.com/go-ldap/ldap/v3"
)

const (
	ldapURL  = "ldaps://dc01.kupele.local:636"
	bindDN   = "CN=svc-ldapsync,OU=Sluzby,DC=kupele,DC=local"
	bindPass = "@@secret@@"
)

// Connect otvorí spojenie s doménovým radičom a prihlási servisný účet.
func Connect() (*ldap.Conn, error) {
	conn, err := ldap.DialURL(ldapURL, ldap.DialWithTLSConfig(&tls.Config{ServerName: "dc01.kupele.local"}))
	if err != nil {
		return nil, err
	}
	if err := conn.Bind(bindDN, bindPass); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}
""", words_pw())

add("log/smtp-auth-plain", "it/logs/postfix-relay-debug.log", "RFC 4954 SMTP AUTH PLAIN (base64 of authzid NUL authcid NUL password)", """
Mar  4 09:12:01 relay01 postfix/smtp[21877]: connect to smtp.websupport.sk[37.9.175.10]:587
Mar  4 09:12:01 relay01 postfix/smtp[21877]: > smtp.websupport.sk[37.9.175.10]:587: EHLO relay01.kupele.local
Mar  4 09:12:01 relay01 postfix/smtp[21877]: > smtp.websupport.sk[37.9.175.10]:587: STARTTLS
Mar  4 09:12:02 relay01 postfix/smtp[21877]: > smtp.websupport.sk[37.9.175.10]:587: AUTH PLAIN @@secret@@
Mar  4 09:12:02 relay01 postfix/smtp[21877]: < smtp.websupport.sk[37.9.175.10]:587: 235 2.7.0 Authentication successful
Mar  4 09:12:02 relay01 postfix/smtp[21877]: 4Tq9Xk1mZbz9sWl: to=<host@example.com>, relay=smtp.websupport.sk[37.9.175.10]:587, delay=0.9, status=sent (250 2.0.0 Ok: queued)
""", b64("\0noreply@kupele-sivaskala.sk\0" + words_pw()))

add("log/decoy-request-ids", "booking/logs/api-2025-03-04.log", "Application access log (request ids, trace ids)", """
2025-03-04T08:01:12.331Z INFO  req=7f3c2a1e-9b8d-4a56-b0c1-d2e3f4a5b6c7 GET /api/dostupnost?od=2025-04-18&do=2025-04-21 200 84ms
2025-03-04T08:01:13.902Z INFO  req=0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f POST /api/rezervacie 201 412ms trace=4bf92f3577b34da6a3ce929d0e0e4736
2025-03-04T08:01:14.017Z INFO  platba GoPay id=3211897634 stav=CREATED suma=389.00 EUR
2025-03-04T08:02:41.556Z WARN  req=1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 Previo timeout po 20s, opakujem (1/3)
2025-03-04T08:02:44.120Z INFO  req=1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6 Previo OK 2610ms
2025-03-04T08:05:00.000Z INFO  cache hit ratio 0.93, keys=1842
""")

add("log/database-url-in-traceback", "intranet/logs/celery-worker-error.log", "SQLAlchemy OperationalError output (URL with password in logged config)", """
[2025-03-03 22:00:04,511: INFO/MainProcess] celery@intranet-worker ready.
[2025-03-03 22:00:05,019: INFO/MainProcess] Task smeny.export_do_mzdy[2d6f1c0a-77b1-4e0e-9f60-4cf1b6a2a9e1] received
[2025-03-03 22:00:05,233: WARNING/ForkPoolWorker-1] broker_url=redis://:@@secret@@@redis.kupele.local:6379/2
[2025-03-03 22:00:35,240: ERROR/ForkPoolWorker-1] Task smeny.export_do_mzdy raised unexpected: OperationalError('connection to server at "pg-hr.kupele.local" (10.20.1.30), port 5432 failed: timeout expired')
Traceback (most recent call last):
  File "/app/smeny/tasks.py", line 48, in export_do_mzdy
    rows = session.execute(text(SQL_SMENY)).all()
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed: timeout expired
[2025-03-03 22:05:35,611: INFO/ForkPoolWorker-1] Task smeny.export_do_mzdy retry: Retry in 300s
""", redis_pw())

add("sql/decoy-uuid-tokens", "booking/db/migrations/V31__poukazky.sql", "PostgreSQL gen_random_uuid() docs (voucher codes are not secrets)", """
-- Darčekové poukážky: kód na poukážke je verejný, overuje sa spolu s PIN-om (hash)
CREATE TABLE poukazky (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    kod          varchar(12) NOT NULL UNIQUE,          -- napr. SSK-7KQ2-M9X4
    pin_hash     char(64)    NOT NULL,                 -- sha256(pin || salt)
    salt         char(32)    NOT NULL,
    hodnota_eur  numeric(8,2) NOT NULL,
    platna_do    date        NOT NULL,
    vytvorena    timestamptz NOT NULL DEFAULT now()
);
INSERT INTO poukazky (id, kod, pin_hash, salt, hodnota_eur, platna_do) VALUES
 ('3f2b8c1e-0d4a-4e59-9a7b-6c5d4e3f2a1b', 'SSK-DEMO-0001', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', '00000000000000000000000000000000', 50.00, '2099-12-31');
""")

add("sql/mysql-grant-password", "web/db/setup_newsletter_user.sql", "MySQL CREATE USER ... IDENTIFIED BY docs", """
-- Websupport MariaDB – používateľ pre import kontaktov z formulára na web
CREATE USER 'ssk_newsletter'@'%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT ON sivaskala_web.ssk_newsletter_kontakty TO 'ssk_newsletter'@'%';
GRANT SELECT ON sivaskala_web.ssk_posts TO 'ssk_newsletter'@'%';
FLUSH PRIVILEGES;
""", rand_pw(18))

add("markdown/wifi-psk", "it/runbooks/wifi-hostia.md", "hostapd / UniFi WPA2 PSK settings", """
# Wi-Fi pre hostí a zamestnancov

| SSID | VLAN | Zabezpečenie | Heslo |
|---|---|---|---|
| `SivaSkala-Hostia` | 30 | WPA2-PSK, captive portal | mení sa mesačne, kartičky na recepcii |
| `SivaSkala-Wellness-POS` | 40 | WPA2-PSK | `@@secret@@` |
| `SivaSkala-Zamestnanci` | 20 | WPA2-Enterprise (RADIUS) | doménové konto |

## Postup pri výmene pokladničného tabletu

1. Pripojiť na `SivaSkala-Wellness-POS` (heslo vyššie).
2. Nainštalovať aplikáciu Pokladňa z MDM.
3. Overiť tlač bloku na EPSON TM-T20III.
""", words_pw())

add("yaml/decoy-unifi-export", "it/network/unifi-wlans.yaml", "UniFi Network controller export (x_passphrase redacted)", """
# Export WLAN z UniFi kontroléra, heslá odstránené skriptom redact.py
wlans:
  - name: SivaSkala-Hostia
    vlan: 30
    security: wpapsk
    x_passphrase: REDACTED
    hotspot: true
  - name: SivaSkala-Wellness-POS
    vlan: 40
    security: wpapsk
    x_passphrase: REDACTED
    hide_ssid: true
  - name: SivaSkala-Zamestnanci
    vlan: 20
    security: wpaeap
    radius_profile: nps-dc01
""")

# ---------------------------------------------------------------- medical spa: eZdravie, insurers, lab

add("properties/ezdravie-keystore-password", "lekar/ezdravie-connector/config/ezdravie.properties", "NCZI eZdravie integration manual (PKCS#12 keystore for JRUZ/eZdravie services)", """
# Kúpeľná ambulancia – napojenie na eZdravie (NCZI)
ezdravie.endpoint=https://ezdravie.nczisk.sk/ws/ezkonto
ezdravie.pzs.kod=P12345678901
ezdravie.keystore.path=/opt/ezdravie/certs/ambulancia_kupele.p12
ezdravie.keystore.type=PKCS12
ezdravie.keystore.password=@@secret@@
ezdravie.keystore.alias=ambulancia
ezdravie.timeout.ms=15000
ezdravie.log.soap=false
""", words_pw())

add("python/insurer-portal-password", "lekar/poistovne/davky_upload.py", "requests docs (form login session)", '''
"""Nahrávanie dávok za kúpeľnú liečbu na portál zdravotnej poisťovne (ePobočka)."""
import requests

PORTAL = "https://epobocka.poistovna-example.sk"
LOGIN = "P12345678901"
HESLO = "@@secret@@"


def nahraj_davku(cesta: str) -> str:
    s = requests.Session()
    s.post(f"{PORTAL}/prihlasenie", data={"login": LOGIN, "heslo": HESLO}, timeout=30).raise_for_status()
    with open(cesta, "rb") as f:
        r = s.post(f"{PORTAL}/davky/upload", files={"subor": f}, timeout=120)
    r.raise_for_status()
    return r.json()["idDavky"]
''', words_pw())

add("markdown/decoy-procedure-codes", "lekar/docs/kody-procedur.md", "Internal reference of treatment codes", """
# Kódy procedúr (interné ↔ poisťovne)

| Interný kód | Procedúra | Kód výkonu | Trvanie |
|---|---|---|---|
| TRM-01 | Termálny bazén (vírivý) | 5911 | 20 min |
| BAH-02 | Bahenný zábal celkový | 5920 | 30 min |
| MAS-03 | Klasická masáž čiastočná | 5932 | 20 min |
| SLN-04 | Soľná jaskyňa | 5945 | 45 min |
| ELT-05 | Elektroliečba (TENS) | 5952 | 15 min |

Kontrolný súčet číselníka (SHA-1): `2fd4e1c67a2d28fced849ee1bb76e7391b93eb12`
Verzia číselníka: 2025.1, UUID exportu `9b2c7e1f-4a3d-4c58-8e6f-0a1b2c3d4e5f`
""")

add("ini/lab-ftp-password", "lekar/laboratorium/lis_export.ini", "FileZilla / FTP client configuration (host, user, pass)", """
; Export výsledkov z laboratórneho systému (LIS) do ambulancie
[ftp]
host = ftp.laborator-example.sk
port = 21
user = kupele_sivaskala
pass = @@secret@@
remote_dir = /vysledky/P12345678901
passive = 1

[lokalne]
ciel = D:\\Ambulancia\\Laboratorium\\Import
interval_min = 15
""", rand_pw(10))

add("shell/decoy-ssh-public-key", "it/scripts/pridaj_admina.sh", "OpenSSH authorized_keys format (public keys)", """
#!/bin/bash
# Pridá verejné kľúče adminov na nový server (verejné kľúče nie sú tajné)
set -euo pipefail
install -d -m 700 -o root /root/.ssh
cat >> /root/.ssh/authorized_keys <<'PUB'
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk7Qm2v9Xp4Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7Jk9Lm martina@kupele-it
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB3eF6hJ9kM2pQ5sU8vX1zA4cD7fG0iK3lN6oR9tV2wY jozef@kupele-it
PUB
chmod 600 /root/.ssh/authorized_keys
sed -i 's/^#\\?PasswordAuthentication.*/PasswordAuthentication no/' /etc/ssh/sshd_config
systemctl reload sshd
""")

# ---------------------------------------------------------------- IT platform tokens

add("ini/npm-token", "web/next/.npmrc", "npm docs (.npmrc _authToken)", """
registry=https://registry.npmjs.org/
@kupele:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-npmrc-env", "mobile/react-native/.npmrc", "npm docs (environment variables in .npmrc)", """
@kupele:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
legacy-peer-deps=true
fund=false
audit-level=high
""")

add("json/docker-registry-auth", "infra/ci-runner/docker-config.json", "Docker CLI config.json docs (auths: base64 user:password)", """
{
  "auths": {
    "registry.kupele.local": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": { "User-Agent": "Docker-Client/26.1.0 (linux)" }
}
""", b64("ci-runner:" + rand_pw(24)))

add("shell/gitlab-token", "infra/scripts/mirror_repos.sh", "GitLab personal access tokens docs (glpat- prefix, oauth2 in clone URL)", """
#!/usr/bin/env bash
# Zrkadlenie repozitárov z GitLab.com na interný Gitea server (záloha)
set -euo pipefail
GL_TOKEN="@@secret@@"
for repo in web booking pokladna iot intranet; do
  if [ -d "/srv/mirror/$repo.git" ]; then
    git -C "/srv/mirror/$repo.git" remote update --prune
  else
    git clone --mirror "https://oauth2:${GL_TOKEN}@gitlab.com/kupele-sivaskala/$repo.git" "/srv/mirror/$repo.git"
  fi
done
""", gitlab_token())

add("yaml/grafana-service-account-token", "it/monitoring/grafana-backup.yaml", "Grafana service account tokens docs (glsa_ prefix)", """
# grafana-backup-tool konfigurácia (nočná záloha dashboardov)
general:
  backup_dir: /srv/backup/grafana
  debug: false
grafana:
  url: https://grafana.kupele.local
  token: "@@secret@@"
  search_api_limit: 5000
  verify_ssl: true
""", "glsa_" + rand_pw(32) + "_" + hexs(8))

add("python/zabbix-api-token", "it/monitoring/zabbix_maintenance.py", "Zabbix API docs (Authorization: Bearer <API token>)", '''
"""Naplánuje údržbové okno v Zabbixe počas sanitácie bazénov (pondelky 6:00–9:00)."""
import requests

ZABBIX = "https://zabbix.kupele.local/api_jsonrpc.php"
TOKEN = "@@secret@@"


def call(method: str, params: dict) -> dict:
    r = requests.post(ZABBIX, json={"jsonrpc": "2.0", "method": method, "params": params, "id": 1},
                      headers={"Authorization": f"Bearer {TOKEN}"}, timeout=15)
    r.raise_for_status()
    return r.json()["result"]


if __name__ == "__main__":
    call("maintenance.create", {"name": "Sanitácia bazénov", "active_since": 1741586400,
                                "active_till": 1772949600, "groupids": ["27"],
                                "timeperiods": [{"timeperiod_type": 3, "every": 1, "dayofweek": 1,
                                                 "start_time": 21600, "period": 10800}]})
''', hexs(64))

add("shell/fortigate-api-key", "it/network/fortigate_backup.sh", "FortiOS REST API docs (access_token / Authorization Bearer)", """
#!/bin/bash
# Denná záloha konfigurácie FortiGate 60F
FGT=10.0.0.1
API_KEY='@@secret@@'
OUT=/srv/backup/fortigate/fgt60f_$(date +%Y%m%d).conf
curl -sk -H "Authorization: Bearer $API_KEY" \\
  "https://$FGT/api/v2/monitor/system/config/backup?scope=global" -o "$OUT"
gzip -f "$OUT"
""", fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("terraform/hcloud-token", "infra/terraform/hetzner/provider.tf", "Terraform hcloud provider docs (token)", """
terraform {
  required_providers {
    hcloud = {
      source  = "hetznercloud/hcloud"
      version = "~> 1.48"
    }
  }
}

provider "hcloud" {
  token = "@@secret@@"
}

resource "hcloud_server" "web" {
  name        = "ssk-web-01"
  server_type = var.web_server_type
  image       = "ubuntu-24.04"
  location    = var.hcloud_location
  ssh_keys    = var.ssh_keys
}
""", rand_pw(64))

add("terraform/decoy-cloudflare-ids", "infra/terraform/cloudflare/dns.tf", "Terraform cloudflare provider docs (zone_id is an identifier)", """
provider "cloudflare" {
  # token z premennej prostredia CLOUDFLARE_API_TOKEN
}

locals {
  zone_id = "3c9f1e2d7a4b5c6d8e0f1a2b3c4d5e6f"
}

resource "cloudflare_record" "www" {
  zone_id = local.zone_id
  name    = "www"
  content = "kupele-sivaskala-web.s3-website.eu-central-1.amazonaws.com"
  type    = "CNAME"
  proxied = true
}

resource "cloudflare_record" "rezervacie" {
  zone_id = local.zone_id
  name    = "rezervacie"
  content = "ssk-booking-prod.azurewebsites.net"
  type    = "CNAME"
  proxied = true
}
""")

add("env/cloudflare-api-token", "infra/scripts/.env.dns", "Cloudflare API tokens docs (40-character token)", """
# certbot-dns-cloudflare / skripty na DNS
CLOUDFLARE_EMAIL=it@kupele-sivaskala.sk
CLOUDFLARE_API_TOKEN=@@secret@@
CLOUDFLARE_ZONE=kupele-sivaskala.sk
ACME_SERVER=https://acme-v02.api.letsencrypt.org/directory
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("yaml/datadog-api-key", "infra/ansible/roles/datadog/vars/main.yml", "Datadog Agent datadog.yaml docs (api_key, 32 hex)", """
---
datadog_site: datadoghq.eu
datadog_api_key: "@@secret@@"
datadog_config:
  tags:
    - "prevadzka:kupele-sivaskala"
    - "prostredie:produkcia"
  logs_enabled: true
  process_config:
    enabled: "true"
datadog_checks:
  postgres:
    init_config:
    instances:
      - host: localhost
        port: 5432
        username: datadog
        password: "{{ vault_datadog_pg_password }}"
""", hexs(32))

add("yaml/decoy-jinja-vault-vars", "infra/ansible/group_vars/all/main.yml", "Ansible docs (variables referencing vault_ variables)", """
---
ntp_servers: [0.sk.pool.ntp.org, 1.sk.pool.ntp.org]
timezone: Europe/Bratislava
admin_users: [martina, jozef]
smtp_relay_host: relay01.kupele.local
smtp_relay_password: "{{ vault_smtp_relay_password }}"
backup_nas_password: "{{ vault_backup_nas_password }}"
zabbix_server: zabbix.kupele.local
zabbix_psk: "{{ vault_zabbix_psk }}"
zabbix_psk_identity: "PSK-{{ inventory_hostname }}"
""")

add("shell/zabbix-agent-psk", "infra/scripts/install_zabbix_agent_pos.sh", "Zabbix agent PSK encryption docs (TLSPSKFile holds 32+ hex)", """
#!/bin/sh
# Zabbix agent – pokladnice Wellness (rýchle nasadenie bez Ansible)
set -e
apt-get install -y zabbix-agent
echo "@@secret@@" > /etc/zabbix/agent.psk
chmod 640 /etc/zabbix/agent.psk && chown root:zabbix /etc/zabbix/agent.psk
cat > /etc/zabbix/zabbix_agentd.d/psk.conf <<'CONF'
Server=zabbix.kupele.local
ServerActive=zabbix.kupele.local
TLSConnect=psk
TLSAccept=psk
TLSPSKIdentity=PSK-pos-wellness-01
TLSPSKFile=/etc/zabbix/agent.psk
CONF
systemctl restart zabbix-agent
""", hexs(64))

# ---------------------------------------------------------------- hotel: restaurant POS, door locks, parking

add("python/dotykacka-refresh-token", "restauracia/dotykacka/sync_trzby.py", "Dotykačka API v2 docs (cloud refresh token -> access token)", '''
"""Denné tržby reštaurácie Termál z Dotykačky do reportingu."""
import requests

CLOUD_ID = "314159265"
REFRESH_TOKEN = "@@secret@@"
API = "https://api.dotykacka.cz/v2"


def access_token() -> str:
    r = requests.post(f"{API}/signin/token", json={"_cloudId": CLOUD_ID},
                      headers={"Authorization": f"User {REFRESH_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()["accessToken"]


def trzby(den: str) -> list:
    token = access_token()
    r = requests.get(f"{API}/clouds/{CLOUD_ID}/orders", params={"filter": f"created|gteq|{den}"},
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return r.json().get("data", [])
''', hexs(32))

add("json/decoy-pos-menu", "restauracia/dotykacka/menu_export.json", "Dotykačka product export (ids, EANs)", """
{
  "cloudId": "314159265",
  "products": [
    {"id": 82736451, "name": "Bylinkový čaj Sivá Skala", "ean": "8588001234567", "priceWithVat": 2.90, "vat": 0.19},
    {"id": 82736452, "name": "Smoothie Detox", "ean": "8588001234574", "priceWithVat": 4.50, "vat": 0.19},
    {"id": 82736453, "name": "Kuracie soté s ryžou", "ean": "8588001234581", "priceWithVat": 11.90, "vat": 0.19},
    {"id": 82736454, "name": "Minerálka Sivá Skala 0,5 l", "ean": "8588001234598", "priceWithVat": 1.80, "vat": 0.19}
  ],
  "exportedAt": "2025-03-01T23:00:00+01:00",
  "checksum": "md5:7d793037a0760186574b0282f2f435e1"
}
""")

add("csharp/door-lock-api-key", "hotel/zamky/src/Zamky/VostioClient.cs", "ASSA ABLOY Vostio API docs (API key header)", """
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace SivaSkala.Hotel.Zamky
{
    // Vydávanie mobilných kľúčov k izbám hotela Termál
    public sealed class VostioClient
    {
        private static readonly Uri BaseUri = new("https://api.vostio.example/v1/");
        private readonly HttpClient _http;

        public VostioClient()
        {
            _http = new HttpClient { BaseAddress = BaseUri };
            _http.DefaultRequestHeaders.Add("X-Api-Key", "@@secret@@");
            _http.DefaultRequestHeaders.Add("X-Site-Id", "SSK-TERMAL");
        }

        public Task<HttpResponseMessage> IssueKeyAsync(string room, string guestPhone, DateTime from, DateTime to) =>
            _http.PostAsJsonAsync("keys", new { room, guestPhone, validFrom = from, validTo = to });
    }
}
""", rand_pw(48))

add("yaml/parking-camera-password", "hotel/parkovanie/anpr-config.yaml", "ANPR camera HTTP API (ISAPI) credentials in config", """
# Rozpoznávanie ŠPZ pri rampe – hostia hotela majú vjazd zadarmo
kamery:
  - nazov: rampa-vjazd
    url: http://10.50.0.21/ISAPI/Traffic/channels/1/vehicleDetect/plates
    pouzivatel: anpr
    heslo: "@@secret@@"
  - nazov: rampa-vyjazd
    url: http://10.50.0.22/ISAPI/Traffic/channels/1/vehicleDetect/plates
    pouzivatel: anpr
    heslo: "@@secret@@"
rampa:
  relay_url: http://10.50.0.30/relay/0?turn=on
  otvorene_s: 8
booking_api: https://rezervacie.kupele-sivaskala.sk/api/spz
""", words_pw())

add("csv/decoy-license-plates", "hotel/parkovanie/exporty/spz_hostia_2025-03-05.csv", "Parking whitelist export", """
spz;rezervacia;prichod;odchod;izba
BA123XY;R-2025-004811;2025-03-05;2025-03-08;214
TT456AB;R-2025-004815;2025-03-05;2025-03-07;118
KE789CD;R-2025-004822;2025-03-05;2025-03-09;306
1AB2345;R-2025-004830;2025-03-05;2025-03-06;109
W-12345K;R-2025-004834;2025-03-05;2025-03-10;221
""")

add("python/imap-password", "rezervacie/mail/spracuj_dopyty.py", "Python imaplib docs (IMAP4_SSL.login)", '''
"""Číta dopyty z rezervacie@ a zakladá ich do CRM ako leady."""
import email
import imaplib

IMAP_HOST = "imap.websupport.sk"
IMAP_USER = "rezervacie@kupele-sivaskala.sk"
IMAP_PASS = "@@secret@@"


def nove_dopyty() -> list:
    m = imaplib.IMAP4_SSL(IMAP_HOST)
    m.login(IMAP_USER, IMAP_PASS)
    m.select("INBOX")
    _, data = m.search(None, "UNSEEN")
    spravy = []
    for num in data[0].split():
        _, msg_data = m.fetch(num, "(RFC822)")
        spravy.append(email.message_from_bytes(msg_data[0][1]))
    m.logout()
    return spravy
''', words_pw())

add("python/deepl-auth-key", "web/preklady/prelozit_ponuky.py", "DeepL API docs (auth key, :fx suffix for Free)", '''
"""Preklad ponúk pobytov do CS/DE/HU/PL cez DeepL."""
import deepl

translator = deepl.Translator("@@secret@@")

JAZYKY = {"cs": "CS", "de": "DE", "hu": "HU", "pl": "PL", "en": "EN-GB"}


def preloz(text_sk: str) -> dict:
    return {kod: translator.translate_text(text_sk, source_lang="SK", target_lang=cieľ).text
            for kod, cieľ in JAZYKY.items()}
''', uuid_s() + ":fx")

add("python/decoy-weather-env", "web/pocasie/pocasie.py", "OpenWeather API docs (appid from environment)", '''
"""Widget počasia na webe a na obrazovkách pri bazénoch."""
import os

import requests

LAT, LON = 48.5813, 17.8287
API_KEY = os.getenv("OPENWEATHER_API_KEY", "")


def aktualne() -> dict:
    if not API_KEY:
        return {"teplota": None, "popis": "nedostupné"}
    r = requests.get("https://api.openweathermap.org/data/2.5/weather",
                     params={"lat": LAT, "lon": LON, "appid": API_KEY, "units": "metric", "lang": "sk"}, timeout=10)
    d = r.json()
    return {"teplota": d["main"]["temp"], "popis": d["weather"][0]["description"]}
''')

add("json/gcp-service-account-key", "analytika/ga4/service-account.json", "Google Cloud service account key file format", """
{
  "type": "service_account",
  "project_id": "ssk-analytika",
  "private_key_id": "@@kid@@",
  "private_key": "@@escaped@@\\n",
  "client_email": "ga4-export@ssk-analytika.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ga4-export%40ssk-analytika.iam.gserviceaccount.com"
}
""", (_gk := pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")).split("\n")[1], kid=hexs(40), escaped=_gk.replace("\n", "\\n"))

add("python/decoy-adc", "analytika/ga4/export_ga4.py", "Google Application Default Credentials docs", '''
"""Export návštevnosti z GA4 do BigQuery – autentifikácia cez ADC (workload identity)."""
from google.analytics.data_v1beta import BetaAnalyticsDataClient
from google.analytics.data_v1beta.types import DateRange, Dimension, Metric, RunReportRequest

PROPERTY_ID = "412938475"


def navstevnost(od: str, do: str):
    client = BetaAnalyticsDataClient()  # GOOGLE_APPLICATION_CREDENTIALS / metadata server
    req = RunReportRequest(
        property=f"properties/{PROPERTY_ID}",
        dimensions=[Dimension(name="date"), Dimension(name="sessionDefaultChannelGroup")],
        metrics=[Metric(name="sessions"), Metric(name="ecommercePurchases")],
        date_ranges=[DateRange(start_date=od, end_date=do)],
    )
    return client.run_report(req)
''')

add("php/besteron-api-key", "eshop/app/Payments/BesteronGateway.php", "Besteron payment gateway docs (client id, API key, signature)", """
<?php

namespace App\\Payments;

final class BesteronGateway
{
    private string $cid = '7319';
    private string $key = '@@secret@@';

    public function sign(string $amount, string $vs, string $rurl): string
    {
        $data = $this->cid . 'card' . $amount . '978' . $vs . $rurl;
        return strtoupper(hash_hmac('sha256', $data, $this->key));
    }

    public function redirectUrl(string $amount, string $vs, string $rurl): string
    {
        return 'https://client.besteron.com/public/payment?' . http_build_query([
            'cid' => $this->cid, 'type' => 'card', 'amnt' => $amount, 'curr' => '978',
            'vs' => $vs, 'ru' => $rurl, 'sign' => $this->sign($amount, $vs, $rurl), 'language' => 'sk',
        ]);
    }
}
""", rand_pw(32))

add("java/bank-psd2-client-secret", "financie/psd2/src/main/java/sk/kupele/psd2/SlspAuth.java", "Slovenská sporiteľňa / Erste PSD2 API docs (OAuth2 client_secret)", """
package sk.kupele.psd2;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class SlspAuth {
    private static final String TOKEN_URL = "https://webapi.developers.erstegroup.com/api/slsp/sandbox/v1/sandbox-idp/token";
    private static final String CLIENT_ID = "@@cid@@";
    private static final String CLIENT_SECRET = "@@secret@@";

    public String refresh(String refreshToken) throws Exception {
        String body = "grant_type=refresh_token&client_id=" + CLIENT_ID + "&client_secret=" + CLIENT_SECRET
                + "&refresh_token=" + refreshToken;
        HttpRequest req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", uuid_s(), cid=uuid_s())

add("kotlin/decoy-build-config", "mobile/android/app/build.gradle.kts", "Android Gradle docs (buildConfigField from gradle properties)", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "sk.kupele.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "sk.kupele.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "API_BASE", "\\"https://api.kupele-sivaskala.sk/\\"")
        buildConfigField("String", "PROCEDURY_API_KEY", "\\"${project.findProperty("proceduryApiKey") ?: ""}\\"")
        manifestPlaceholders["MAPS_API_KEY"] = System.getenv("MAPS_API_KEY") ?: ""
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/android-signing-password", "mobile/android/keystore.properties", "Android docs (keystore.properties: storePassword, keyPassword)", """
# Podpisovanie release buildov aplikácie Kúpele Sivá Skala
storeFile=../signing/ssk-release.jks
storePassword=@@secret@@
keyAlias=ssk-release
keyPassword=@@secret@@
""", words_pw())

# ---------------------------------------------------------------- more vendors, languages and runbooks

add("typescript/decoy-public-config-id", "web/next/src/components/BookingWidget.tsx", "Mews Booking Engine docs (configuration id is public)", """
import Script from "next/script";

// Mews Booking Engine – configurationId je verejný identifikátor widgetu
const MEWS_CONFIG_ID = "8f3c1a2e-7b4d-4e59-9a0c-1d2e3f4a5b6c";

export default function BookingWidget() {
  return (
    <>
      <Script src="https://api.mews.com/distributor/distributor.min.js" strategy="afterInteractive"
        onLoad={() => (window as any).Mews.Distributor({ configurationIds: [MEWS_CONFIG_ID] },
          (api: any) => api.setLanguageCode("sk-SK"))} />
      <button className="btn btn-primary distributor-open">Rezervovať pobyt</button>
    </>
  );
}
""")

add("yaml/mews-access-token", "booking/integrations/mews/config.prod.yaml", "Mews Connector API docs (ClientToken, AccessToken)", """
# Mews – prepojenie s wellness rezerváciami (procedúry sa účtujú na izbu)
mews:
  environment: production
  base_url: https://api.mews.com
  client_name: "SivaSkala Wellness 1.3.0"
  client_token: "@@client@@"
  access_token: "@@secret@@"
  service_ids:
    ubytovanie: 5c2e1b7a-3d4f-4a8e-9b0c-6e5d4c3b2a10
    wellness: 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
""", hexs(32).upper() + "-" + hexs(31).upper(), client=hexs(32).upper() + "-" + hexs(31).upper())

add("env/redis-url", "intranet/.env", "Redis URI scheme (redis://:password@host:port/db)", """
DJANGO_SETTINGS_MODULE=intranet.settings.production
DJANGO_SECRET_KEY=${VAULT_DJANGO_SECRET_KEY}
INTRANET_DB_PASSWORD=${VAULT_INTRANET_DB_PASSWORD}
CELERY_BROKER_URL=redis://:@@secret@@@redis.kupele.local:6379/2
CELERY_RESULT_BACKEND=redis://:@@secret@@@redis.kupele.local:6379/3
SENTRY_ENVIRONMENT=production
""", redis_pw())

add("python/redis-password", "booking/cache/dostupnost_cache.py", "redis-py docs (Redis(host, port, password))", '''
import json

import redis

r = redis.Redis(host="redis-master.booking.svc.cluster.local", port=6379, db=0,
                password="@@secret@@", decode_responses=True)

TTL_S = 120


def get_dostupnost(od: str, do: str):
    key = f"dostupnost:{od}:{do}"
    hit = r.get(key)
    return json.loads(hit) if hit else None


def set_dostupnost(od: str, do: str, data: dict) -> None:
    r.setex(f"dostupnost:{od}:{do}", TTL_S, json.dumps(data))
''', redis_pw())

add("yaml/decoy-erb-credentials", "loyalty/config/database.yml", "Rails database.yml docs (ERB and Rails credentials)", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  host: pg-loyalty.kupele.local
  database: klub_sivaskala
  username: klub
  password: <%= Rails.application.credentials.dig(:database, :password) %>
""")

add("ruby/stripe-secret-key", "loyalty/config/initializers/stripe.rb", "Stripe Ruby library docs (Stripe.api_key)", """
# Vernostný program „Klub Sivá Skala“ – predplatné členstva
require "stripe"

Stripe.api_key = "@@secret@@"
Stripe.api_version = "2024-06-20"

Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY"),
  clen_price_id: "price_1PqR2sT3uV4wX5yZ6aB7cD8e",
  webhook_tolerance: 300,
}
""", stripe_key("rk_live_"))

add("ruby/stripe-webhook-secret", "loyalty/app/controllers/stripe_webhooks_controller.rb", "Stripe webhooks docs (whsec_ signing secret)", """
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  ENDPOINT_SECRET = "@@secret@@".freeze

  def create
    payload = request.body.read
    sig = request.env["HTTP_STRIPE_SIGNATURE"]
    event = Stripe::Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    case event.type
    when "invoice.paid"
      Clenstvo.predlz!(event.data.object.customer)
    when "customer.subscription.deleted"
      Clenstvo.zrus!(event.data.object.customer)
    end
    head :ok
  rescue JSON::ParserError, Stripe::SignatureVerificationError
    head :bad_request
  end
end
""", fakes.fake("whsec_", 32, _seed()))

add("ruby/decoy-test-keys", "loyalty/spec/support/stripe_mock.rb", "stripe-ruby-mock docs (test helpers)", """
require "stripe_mock"

RSpec.configure do |config|
  config.before(:each, :stripe) do
    StripeMock.start
    Stripe.api_key = "sk_test_placeholder"
    @stripe_helper = StripeMock.create_test_helper
  end

  config.after(:each, :stripe) do
    StripeMock.stop
  end
end

# Webhook podpis v testoch: StripeMock.mock_webhook_event("invoice.paid", customer: "cus_TEST123")
""")

add("go/decoy-hmac-test-vector", "booking/payments/gopay/notify_test.go", "Go testing docs (test vectors)", """
package gopay

import "testing"

// Testovací vektor z dokumentácie – nie skutočný kľúč
const testSecret = "test-secret-do-not-use"

func TestVerifyNotification(t *testing.T) {
	cases := []struct {
		id   string
		sig  string
		want bool
	}{
		{"3000000001", "8d0e8c4c27e9b0f6a1d2c3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382716", false},
		{"3000000002", "", false},
	}
	for _, c := range cases {
		if got := Verify(testSecret, c.id, c.sig); got != c.want {
			t.Errorf("Verify(%s) = %v, chcem %v", c.id, got, c.want)
		}
	}
}
""")

add("go/gopay-client-secret", "booking/payments/gopay/client.go", "GoPay REST API docs (OAuth2 client credentials, Basic auth)", """
package gopay

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	tokenURL     = "https://gate.gopay.cz/api/oauth2/token"
	clientID     = "1744960421"
	clientSecret = "@@secret@@"
)

// Token získa prístupový token pre platby poukážok a pobytov.
func Token(c *http.Client) (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "scope": {"payment-create"}}
	req, err := http.NewRequest(http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(clientID, clientSecret)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	return c.Do(req)
}
""", rand_pw(8))

add("shell/basic-auth-header", "booking/scripts/test_previo.sh", "RFC 7617 HTTP Basic (Authorization: Basic base64(user:password))", """
#!/bin/bash
# Rýchly test Previo API z produkčného servera (IT, 2025-02-11)
curl -s -X POST https://api.previo.app/rest/hotel/731245/rates \\
  -H 'Authorization: Basic @@secret@@' \\
  -H 'Content-Type: application/json' \\
  -d '{"from":"2025-04-18","to":"2025-04-21"}' | jq '.rates[] | {room: .roomKindId, price: .price}'
""", b64("api.sivaskala@kupele-sivaskala.sk:" + words_pw()))

add("shell/decoy-basic-auth-env", "booking/scripts/test_previo_env.sh", "curl manual (-u from environment variables)", """
#!/bin/bash
# Test Previo API – údaje z prostredia (source ~/.previo.env)
set -euo pipefail
: "${PREVIO_LOGIN:?chýba PREVIO_LOGIN}"
: "${PREVIO_PASSWORD:?chýba PREVIO_PASSWORD}"
curl -s -u "$PREVIO_LOGIN:$PREVIO_PASSWORD" \\
  https://api.previo.app/rest/hotel/731245/rates \\
  -H 'Content-Type: application/json' \\
  -d '{"from":"2025-04-18","to":"2025-04-21"}' | jq .
""")

add("markdown/ftp-url", "web/docs/nasadenie-stareho-webu.md", "FTP URL format (ftp://user:password@host)", """
# Starý web (kupele-sivaskala.sk/archiv) – nasadenie

Archívny web s cenníkmi 2015–2020 beží ešte na starom hostingu.

Nasadenie zmien (lftp):

```
lftp -e "mirror -R ./archiv /www/archiv; bye" ftp://sivaskala_archiv:@@secret@@@ftp.stary-hosting.sk
```

Po nasadení skontroluj https://www.kupele-sivaskala.sk/archiv/cennik-2019.html.
Hosting sa ruší 30. 6. 2025, dovtedy nič nové nepridávať.
""", rand_pw(12))

add("markdown/decoy-api-docs", "booking/docs/api.md", "OpenAPI-style documentation with example tokens", """
# Rezervačné API – pre partnerov (cestovné kancelárie)

Autentifikácia: hlavička `Authorization: Bearer <token>`. Token vydá IT po podpise zmluvy.

```http
GET /api/v1/dostupnost?od=2025-04-18&do=2025-04-21 HTTP/1.1
Host: rezervacie.kupele-sivaskala.sk
Authorization: Bearer YOUR_PARTNER_TOKEN
```

Príklad odpovede:

```json
{"izby": [{"typ": "DBL-WELL", "volne": 4, "cena_od": 129.00}], "mena": "EUR"}
```

Limity: 60 požiadaviek za minútu na partnera.
""")

add("csharp/decoy-user-secrets", "booking/src/SivaSkala.Booking/Program.cs", "ASP.NET Core docs (User Secrets, Azure Key Vault configuration provider)", """
using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);

if (builder.Environment.IsDevelopment())
{
    builder.Configuration.AddUserSecrets<Program>();
}
else
{
    builder.Configuration.AddAzureKeyVault(
        new Uri("https://kv-ssk-booking.vault.azure.net/"),
        new DefaultAzureCredential());
}

builder.Services.AddHttpClient<SivaSkala.Booking.Previo.PrevioClient>();
builder.Services.AddControllers();

var app = builder.Build();
app.MapControllers();
app.Run();
""")

add("powershell/azure-sp-secret", "it/scripts/Connect-SskAzure.ps1", "Az PowerShell docs (Connect-AzAccount -ServicePrincipal)", """
# Prihlásenie do Azure pre nočné skripty (zálohy, reporty)
$tenantId = '@@tenant@@'
$appId    = '@@app@@'
$secret   = ConvertTo-SecureString -String '@@secret@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential ($appId, $secret)

Connect-AzAccount -ServicePrincipal -TenantId $tenantId -Credential $cred | Out-Null
Set-AzContext -Subscription 'SSK-Produkcia' | Out-Null
Write-Output "Prihlásené ako $appId"
""", azure_secret(), tenant=uuid_s(), app=uuid_s())

add("github-actions/pypi-token", ".github/workflows/publish-ssk-common.yml", "pypa/gh-action-pypi-publish docs (password input)", """
name: Publikovanie ssk-common
on:
  push:
    tags: ['ssk-common-v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install build && python -m build libs/ssk-common
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: libs/ssk-common/dist
          user: __token__
          password: @@secret@@
""", pypi())

add("github-actions/decoy-oidc-publish", ".github/workflows/publish-ssk-ekasa.yml", "PyPI trusted publishing docs (OIDC, no token)", """
name: Publikovanie ssk-ekasa
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - run: pipx run build libs/ssk-ekasa
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: libs/ssk-ekasa/dist
""")

# ---------------------------------------------------------------- servers, VPN and system files

add("ini/wireguard-private-key", "infra/vpn/wg0-kotolna.conf", "WireGuard wg-quick docs (PrivateKey, base64 of 32 bytes)", """
# VPN medzi hotelom Termál a technickou miestnosťou v kotolni
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = @@secret@@

[Peer]
# kotolna-gw
PublicKey = @@pub@@
AllowedIPs = 10.99.0.2/32, 10.40.0.0/16
PersistentKeepalive = 25
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode(), pub=base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("ini/decoy-wireguard-public", "infra/vpn/peers/martina-notebook.conf.template", "WireGuard wg-quick docs (template with placeholder private key)", """
# Šablóna pre notebook admina – PrivateKey si vygeneruj lokálne: wg genkey
[Interface]
Address = 10.99.0.10/32
PrivateKey = <VLOZ_SVOJ_PRIVATNY_KLUC>
DNS = 10.0.0.10

[Peer]
PublicKey = 8Kq2M9x4PlVn5Xp7Rs9Tu1Wv3Yx5Za7Bc9De1Fg3Hi4=
Endpoint = vpn.kupele-sivaskala.sk:51820
AllowedIPs = 10.0.0.0/8
""")

add("ini/mysql-client-password", "infra/backup/.my.cnf", "MySQL option files docs ([client] password)", """
# Záloha MariaDB webu (mysqldump cron o 02:30)
[client]
user=backup
password="@@secret@@"
host=mariadb103.websupport.sk
port=3313

[mysqldump]
single-transaction
quick
""", words_pw())

add("shell/pgpass-password", "infra/backup/setup_pgpass.sh", "PostgreSQL .pgpass file docs (hostname:port:database:username:password)", """
#!/bin/bash
# Príprava zálohovacieho používateľa na pg-booking
set -e
umask 077
cat > ~/.pgpass <<'EOF_PG'
pg-booking.kupele.local:5432:booking:backup:@@secret@@
pg-pokladna.kupele.local:5432:pokladna:backup:@@secret@@
EOF_PG
echo "30 2 * * * pg_dump -h pg-booking.kupele.local -U backup -Fc booking > /srv/backup/booking_\\$(date +\\%F).dump" | crontab -
""", rand_pw(20))

add("ini/systemd-environment", "infra/systemd/ssk-ekasa-bridge.service", "systemd.exec docs (Environment=)", """
[Unit]
Description=eKasa most pre pokladnice Wellness a Reštaurácia
After=network-online.target

[Service]
User=ekasa
WorkingDirectory=/opt/ekasa-bridge
Environment=EKASA_KEYSTORE=/opt/ekasa-bridge/certs/88812345678900001.p12
Environment=EKASA_KEYSTORE_PASSWORD=@@secret@@
Environment=EKASA_ORP=88812345678900001
ExecStart=/opt/ekasa-bridge/bin/ekasa-bridge --listen 127.0.0.1:7070
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", words_pw())

add("ini/decoy-systemd-credential", "infra/systemd/ssk-pool-ingest.service", "systemd credentials docs (LoadCredentialEncrypted=)", """
[Unit]
Description=Zber dát zo senzorov bazénov
After=network-online.target

[Service]
User=pool
LoadCredentialEncrypted=influx_token:/etc/credstore.encrypted/influx_token
Environment=INFLUX_TOKEN_FILE=%d/influx_token
ExecStart=/opt/pool-ingest/.venv/bin/python -m ingest
Restart=always

[Install]
WantedBy=multi-user.target
""")

add("ini/decoy-htpasswd-hash", "infra/nginx/htpasswd-grafana", "Apache htpasswd docs (bcrypt and apr1 hashes)", """
# nginx auth_basic pre grafana.kupele.local (hashe, nie heslá)
martina:$2y$10$k8Qz3Vn5Xp7Rs9Tu1Wv3YeZa7Bc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu
jozef:$2y$10$Lm9No1Pq3Rs5Tu7Vw9Xy1eZa3Bc5De7Fg9Hi1Jk3Lm5No7Pq9Rs1Tu
udrzba:$apr1$r31.....$HqJZimcKQFAMYayBlzkrA/
monitoring:$2y$10$Bc5De7Fg9Hi1Jk3Lm5No7ePq9Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7
""")

add("ini/netrc-password", "infra/ci-runner/netrc", "GNU inetutils .netrc format (machine login password)", """
machine nexus.kupele.local
  login ci-publisher
  password @@secret@@
machine gitea.kupele.local
  login mirror-bot
  password @@p2@@
""", rand_pw(22), p2=rand_pw(22))

add("shell/keycloak-admin-password", "infra/scripts/spusti_keycloak.sh", "Keycloak container docs (KEYCLOAK_ADMIN_PASSWORD)", """
#!/bin/bash
# Keycloak pre prihlásenie hostí do mobilnej aplikácie a portálu
docker run -d --name keycloak --restart unless-stopped \\
  -p 127.0.0.1:8085:8080 \\
  -e KEYCLOAK_ADMIN=admin \\
  -e KEYCLOAK_ADMIN_PASSWORD='@@secret@@' \\
  -e KC_DB=postgres \\
  -e KC_DB_URL=jdbc:postgresql://pg-intranet.kupele.local/keycloak \\
  -e KC_DB_USERNAME=keycloak \\
  -e KC_DB_PASSWORD="$(cat /etc/keycloak/db_password)" \\
  quay.io/keycloak/keycloak:25.0 start --hostname=login.kupele-sivaskala.sk --proxy-headers=xforwarded
""", words_pw())

add("env/laravel-app-key", "eshop/.env", "Laravel configuration docs (APP_KEY base64:)", """
APP_NAME="E-shop Kúpele Sivá Skala"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://eshop.kupele-sivaskala.sk
APP_LOCALE=sk

DB_CONNECTION=mysql
DB_HOST=mariadb103.websupport.sk
DB_PORT=3313
DB_DATABASE=sivaskala_eshop
DB_USERNAME=sivaskala_eshop
DB_PASSWORD=${ESHOP_DB_PASSWORD}
""", base64.b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("typescript/jwt-secret", "web/next/src/server/auth/session.ts", "jose / jsonwebtoken docs (HS256 signing secret)", """
import { SignJWT, jwtVerify } from "jose";

// Podpisový kľúč relácií portálu hostí
const SECRET = new TextEncoder().encode("@@secret@@");

export async function createSession(guestId: string): Promise<string> {
  return new SignJWT({ sub: guestId, scope: "portal" })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuedAt()
    .setExpirationTime("7d")
    .sign(SECRET);
}

export async function readSession(token: string) {
  const { payload } = await jwtVerify(token, SECRET);
  return payload;
}
""", rand_pw(48))

add("typescript/decoy-firebase-web-config", "web/next/src/lib/firebase.ts", "Firebase web setup docs (apiKey in web config is not secret)", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Webová konfigurácia Firebase je verejná (chránia ju Security Rules a App Check)
const firebaseConfig = {
  apiKey: process.env.NEXT_PUBLIC_FIREBASE_API_KEY,
  authDomain: "ssk-mobile.firebaseapp.com",
  projectId: "ssk-mobile",
  storageBucket: "ssk-mobile.appspot.com",
  messagingSenderId: "482917364051",
  appId: "1:482917364051:web:9d2e7f1a0b4c58e3",
};

export const app = initializeApp(firebaseConfig);
export const messaging = () => getMessaging(app);
""")

add("javascript/decoy-mapbox-public-token", "web/wp-content/themes/sivaskala/assets/js/mapa-areal.js", "Mapbox GL JS docs (public pk. tokens are meant for the browser)", """
/* Mapa areálu kúpeľov – verejný token (pk.), obmedzený na doménu kupele-sivaskala.sk */
mapboxgl.accessToken = "pk.eyJ1Ijoia3VwZWxlc2l2YXNrYWxhIiwiYSI6ImNsdDk4eHl6MDAwMXQya3BmNGJ6MnZ3cXYifQ.Qm2v9Xp4Rs1Tu3Vw5Xy7Za";

const map = new mapboxgl.Map({
  container: "mapa-areal",
  style: "mapbox://styles/kupelesivaskala/clt98z1aa00ab01qw2e3r4t5y",
  center: [17.8287, 48.5813],
  zoom: 16,
});
map.addControl(new mapboxgl.NavigationControl());
""")

add("shell/mapbox-secret-token", "web/scripts/nahraj_tileset.sh", "Mapbox Uploads API docs (sk. secret tokens)", """
#!/bin/bash
# Nahranie nového plánu areálu (GeoJSON) ako tilesetu
set -e
MAPBOX_TOKEN="@@secret@@"
curl -s -X POST "https://api.mapbox.com/uploads/v1/kupelesivaskala/credentials?access_token=$MAPBOX_TOKEN" > /tmp/cred.json
aws s3 cp areal-2025.geojson "$(jq -r .url /tmp/cred.json)" --region us-east-1
echo "Hotovo, skontroluj štúdio Mapbox"
""", "sk.eyJ1Ijoia3VwZWxlc2l2YXNrYWxhIiwiYSI6I" + rand_pw(20) + "In0." + rand_pw(22))

# ---------------------------------------------------------------- split values, k8s, helm and leftovers

add("python/split-api-key", "marketing/recenzie/google_reviews_odpovede.py", "Python string literal concatenation (implicit joining)", '''
"""Odpovede na recenzie v Google Business Profile (schvaľuje marketing)."""
import requests

# kľúč rozdelený na dve časti, aby „neprešiel cez grep“ (poznámka od externistu)
_KEY = ("@@a@@"
        "@@b@@")
ACCOUNT = "accounts/108273645192837465012"
LOCATION = "locations/4928173650192837465"


def odpovedz(review_id: str, text: str) -> int:
    url = f"https://mybusiness.googleapis.com/v4/{ACCOUNT}/{LOCATION}/reviews/{review_id}/reply"
    r = requests.put(url, params={"key": _KEY}, json={"comment": text}, timeout=15)
    return r.status_code
''', (_gk2 := google_key()), a=_gk2[:20], b=_gk2[20:])

add("java/split-password", "pokladna/legacy-java/src/main/java/sk/kupele/pokladna/Db.java", "JDBC DriverManager docs (getConnection(url, user, password))", """
package sk.kupele.pokladna;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

final class Db {
    private static final String URL = "jdbc:sqlserver://SQL01\\\\POKLADNA;databaseName=Pokladna;encrypt=false";
    private static final String USER = "pokl_java";
    private static final String PASS = "@@a@@" +
                                       "@@b@@";

    private Db() {}

    static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", (_sp := words_pw()), a=_sp[:6], b=_sp[6:])

add("k8s-secret/gopay-client-secret", "deploy/k8s/eshop/payments-secret.yaml", "Kubernetes Secret docs (data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: eshop-payments
  namespace: eshop
type: Opaque
data:
  GOPAY_GOID: @@goid@@
  GOPAY_CLIENT_ID: @@cid@@
  GOPAY_CLIENT_SECRET: @@enc@@
  COMGATE_MERCHANT: @@merchant@@
""", (_gs := rand_pw(8)), goid=b64("8123456789"), cid=b64("1744960421"), enc=b64(_gs), merchant=b64("471829"))

add("k8s-secret/decoy-external-secret", "deploy/k8s/eshop/external-secret.yaml", "External Secrets Operator docs (ExternalSecret)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: eshop-mail
  namespace: eshop
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-kupele
    kind: ClusterSecretStore
  target:
    name: eshop-mail
  data:
    - secretKey: SMTP_PASSWORD
      remoteRef:
        key: eshop/mail
        property: smtp_password
""")

add("k8s/decoy-configmap", "deploy/k8s/booking/configmap.yaml", "Kubernetes ConfigMap docs (non-secret configuration)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-config
  namespace: booking
data:
  PREVIO_HOTEL_ID: "731245"
  PREVIO_BASE_URL: https://api.previo.app/x1/
  DEFAULT_LOCALE: sk-SK
  CURRENCY: EUR
  CHECKIN_TIME: "14:00"
  CHECKOUT_TIME: "10:00"
  SENTRY_RELEASE: booking@4.7.2
  FEATURE_FLAGS: "wellness_addons,darcekove_poukazky"
""")

add("yaml/helm-values-password", "deploy/helm/keycloak/values-prod.yaml", "Bitnami Keycloak Helm chart docs (auth.adminPassword, externalDatabase.password)", """
auth:
  adminUser: admin
  adminPassword: "@@secret@@"
production: true
proxy: edge
ingress:
  enabled: true
  hostname: login.kupele-sivaskala.sk
  tls: true
postgresql:
  enabled: false
externalDatabase:
  host: pg-intranet.kupele.local
  user: keycloak
  database: keycloak
  existingSecret: keycloak-db
  existingSecretPasswordKey: password
""", words_pw())

add("yaml/decoy-helm-existing-secret", "deploy/helm/grafana/values-prod.yaml", "Grafana Helm chart docs (admin.existingSecret)", """
admin:
  existingSecret: grafana-admin
  userKey: admin-user
  passwordKey: admin-password
ingress:
  enabled: true
  hosts: [grafana.kupele.local]
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: InfluxDB-bazeny
        type: influxdb
        url: http://influx.kupele.local:8086
        secureJsonData:
          token: $__env{INFLUX_TOKEN}
""")

add("markdown/aws-keys-note", "it/poznamky/s3-zalohy.md", "AWS CLI configuration docs (aws_access_key_id, aws_secret_access_key)", """
# Zálohy do S3 (bucket ssk-zalohy-eu)

Používateľ IAM `zalohy-nas` má len `s3:PutObject` a `s3:ListBucket` na bucket.

Nastavenie na NAS (Synology Hyper Backup → S3 Compatible):

- Server: `s3.eu-central-1.amazonaws.com`
- Access key: `@@akid@@`
- Secret key: `@@secret@@`
- Bucket: `ssk-zalohy-eu`, priečinok `nas-kotolna`

Kontrola z notebooku: `aws s3 ls s3://ssk-zalohy-eu/nas-kotolna/ --profile zalohy`
""", aws_secret(), akid=aws_id())

add("ini/aws-credentials", "infra/ci-runner/aws/credentials", "AWS CLI shared credentials file docs", """
[default]
region = eu-central-1

[web-deploy]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@

[zalohy]
role_arn = arn:aws:iam::482917364051:role/zalohy-writer
source_profile = web-deploy
""", aws_secret(), akid=aws_id())

add("ini/decoy-aws-sso-config", "infra/ci-runner/aws/config", "AWS CLI IAM Identity Center (SSO) configuration docs", """
[profile ssk-admin]
sso_session = kupele
sso_account_id = 482917364051
sso_role_name = AdministratorAccess
region = eu-central-1

[sso-session kupele]
sso_start_url = https://kupele-sivaskala.awsapps.com/start
sso_region = eu-central-1
sso_registration_scopes = sso:account:access
""")

add("json/decoy-iam-policy", "infra/aws/policies/zalohy-nas.json", "AWS IAM policy JSON docs", """
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ZalohyNasZapis",
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:ListBucket"],
      "Resource": ["arn:aws:s3:::ssk-zalohy-eu", "arn:aws:s3:::ssk-zalohy-eu/nas-kotolna/*"]
    }
  ]
}
""")

add("python/aws-session-token", "analytika/scripts/athena_obsadenost.py", "boto3 docs (aws_session_token in client constructor)", '''
"""Dočasné prístupy z `aws sts get-session-token` – skopírované pre rýchly export (marec 2025)."""
import boto3

athena = boto3.client(
    "athena",
    region_name="eu-central-1",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@sk@@",
    aws_session_token="@@secret@@",
)

resp = athena.start_query_execution(
    QueryString="SELECT datum, SUM(obsadene) FROM obsadenost GROUP BY datum ORDER BY datum",
    QueryExecutionContext={"Database": "ssk_analytika"},
    ResultConfiguration={"OutputLocation": "s3://ssk-athena-vysledky/"},
)
print(resp["QueryExecutionId"])
''', fakes.aws_session_token(_seed()), akid="ASIA" + fakes.aws_key_id(_seed())[4:], sk=aws_secret())

add("log/decoy-aws-key-ids", "infra/aws/cloudtrail-summary-2025-02.log", "AWS CloudTrail event summary (access key ids are identifiers)", """
2025-02-03T02:30:11Z PutObject ssk-zalohy-eu/nas-kotolna/2025-02-03.hbk user=zalohy-nas ip=91.127.200.14 ok
2025-02-04T02:30:09Z PutObject ssk-zalohy-eu/nas-kotolna/2025-02-04.hbk user=zalohy-nas ip=91.127.200.14 ok
2025-02-11T09:14:52Z ConsoleLogin user=martina mfa=yes ip=91.127.200.20 ok
2025-02-11T09:20:03Z DeleteAccessKey user=web-deploy accessKeyId=AKIAEXAMPLEROTATED01 ok (rotácia kľúčov)
2025-02-11T09:20:41Z CreateAccessKey user=web-deploy ok (nový kľúč uložený do GitHub secrets)
2025-02-28T23:59:59Z summary events=1482 errors=0
""")

# ---------------------------------------------------------------- last group: settings tables, automation, exports

add("sql/smtp-password-settings-row", "intranet/db/seed/0003_nastavenia.sql", "Application settings table seeded with SQL INSERT", """
-- Nastavenia intranetu (tabuľka nastavenia)
INSERT INTO nastavenia (kluc, hodnota, popis) VALUES
  ('smtp_host', 'smtp.office365.com', 'Odchádzajúca pošta'),
  ('smtp_port', '587', NULL),
  ('smtp_user', 'intranet@kupele-sivaskala.sk', NULL),
  ('smtp_heslo', '@@secret@@', 'zmeniť po nasadení!'),
  ('smeny_uzavierka_den', '25', 'Deň uzávierky rozpisu smien'),
  ('jazyk', 'sk', NULL);
""", words_pw())

add("sql/decoy-grant-no-password", "intranet/db/migrations/0019_readonly_role.sql", "PostgreSQL GRANT docs (role without login password)", """
-- Rola len na čítanie pre Metabase (prihlasovanie cez IAM / peer, bez hesla)
CREATE ROLE metabase_ro NOLOGIN;
GRANT USAGE ON SCHEMA public TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO metabase_ro;
GRANT metabase_ro TO metabase;
COMMENT ON ROLE metabase_ro IS 'Heslo sa nenastavuje, používa sa pg_hba peer';
""")

add("xml/maven-server-password", "hr/dochadzka/.mvn/settings.xml", "Apache Maven settings.xml docs (servers/server/password)", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>ssk-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>ssk-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.kupele.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("properties/rabbitmq-url", "booking/src/main/resources/application-messaging.properties", "Spring AMQP docs (spring.rabbitmq.addresses with amqps URI)", """
# Udalosti rezervácií -> wellness plánovač procedúr
spring.rabbitmq.addresses=amqps://booking:@@secret@@@mq.kupele.local:5671/ssk
spring.rabbitmq.listener.simple.concurrency=2
booking.events.exchange=rezervacie
booking.events.routing-key=rezervacia.potvrdena
""", rand_pw(18))

add("php/mailgun-api-key", "eshop/config/services.php", "Laravel services config / Mailgun API key docs", """
<?php

return [
    'mailgun' => [
        'domain' => 'mg.kupele-sivaskala.sk',
        'secret' => env('MAILGUN_SECRET', '@@secret@@'),
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL', '#eshop'),
        ],
    ],
];
""", "key-" + hexs(32))

add("toml/postgres-url", "iot/wristband-reader/config/server.toml", "sqlx / Diesel docs (DATABASE_URL postgres URI)", """
# Server pre čítačky náramkov (šatne, bar, sauny)
[server]
listen = "0.0.0.0:7443"
tls_cert = "/etc/ssk/reader.crt"
tls_key = "/etc/ssk/reader.key"

[database]
url = "postgres://naramky:@@secret@@@pg-pokladna.kupele.local:5432/naramky"
max_connections = 8

[limity]
max_kredit_eur = 300
""", rand_pw(16))

add("yaml/home-assistant-secrets", "iot/home-assistant/secrets.yaml", "Home Assistant secrets.yaml docs", """
# Home Assistant – riadenie sáun, osvetlenia a vetrania wellness
mqtt_password: "@@secret@@"
sauna_finska_ip: 10.40.3.11
sauna_bylinkova_ip: 10.40.3.12
latitude: 48.5813
longitude: 17.8287
elevation: 172
""", rand_pw(20))

add("yaml/decoy-home-assistant-config", "iot/home-assistant/configuration.yaml", "Home Assistant docs (!secret references)", """
homeassistant:
  name: Wellness Sivá Skala
  latitude: !secret latitude
  longitude: !secret longitude
  time_zone: Europe/Bratislava
mqtt:
  sensor:
    - name: "Sauna Fínska teplota"
      state_topic: "sauny/finska/teplota"
      unit_of_measurement: "°C"
    - name: "Sauna Bylinková teplota"
      state_topic: "sauny/bylinkova/teplota"
      unit_of_measurement: "°C"
http:
  use_x_forwarded_for: true
  trusted_proxies: [10.0.0.20]
""")

add("markdown/github-fine-grained-token", "it/runbooks/obnova-runnera.md", "GitHub fine-grained personal access tokens docs (github_pat_)", """
# Obnova self-hosted GitHub runnera (server ci01)

Keď runner po reštarte nenabehne:

1. `sudo systemctl status actions.runner.kupele-sivaskala.ci01`
2. Ak je registrácia neplatná, odregistruj a zaregistruj znova:

```bash
cd /opt/actions-runner
./config.sh remove --token "$(gh api -X POST orgs/kupele-sivaskala/actions/runners/remove-token -q .token)"
GH_TOKEN=@@secret@@ \\
  ./config.sh --url https://github.com/kupele-sivaskala --token "$(GH_TOKEN=$GH_TOKEN gh api -X POST orgs/kupele-sivaskala/actions/runners/registration-token -q .token)" --labels ci01,linux
sudo ./svc.sh start
```

Token patrí účtu `ssk-ci-bot` (platnosť do 2025-09-30).
""", fakes.github_fine_grained_token(_seed()))

add("dockerfile/slack-bot-token", "it/bots/Dockerfile", "Dockerfile reference (ENV instruction)", """
FROM python:3.12-slim
WORKDIR /bot
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Europe/Bratislava \\
    SLACK_CHANNEL=#wellness-smeny \\
    SLACK_BOT_TOKEN=@@secret@@
CMD ["python", "smeny_slack.py"]
""", slack_bot())

add("csv/keepass-export", "it/migracia/keepass_export_wellness.csv", "KeePass CSV export format (Account, Login Name, Password, Web Site, Comments)", """
"Account","Login Name","Password","Web Site","Comments"
"Gantner Relaxx","admin","pozri Bitwarden","http://10.40.2.10:8000","migrované"
"Sauny HMI","bms","pozri Bitwarden","http://10.40.3.5","migrované"
"Chlórovanie Bazén 2","servis","@@secret@@","http://10.40.4.12","NEMIGROVANÉ – dodávateľ nevie zmeniť"
"Tlačiareň recepcia","admin","pozri Bitwarden","http://10.30.0.50",""
""", words_pw())

add("csv/decoy-keepass-template", "it/migracia/bitwarden_import_sablona.csv", "Bitwarden CSV import format", """
folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp
Wellness,,login,Gantner Relaxx,,,0,http://10.40.2.10:8000,admin,,
Wellness,,login,Sauny HMI,,,0,http://10.40.3.5,bms,,
Wellness,,login,Chlórovanie Bazén 2,,,0,http://10.40.4.12,servis,,
Recepcia,,login,Tlačiareň recepcia,,,0,http://10.30.0.50,admin,,
""")

add("powershell/smtp-send-password", "it/scripts/Send-DennyReport.ps1", "Send-MailMessage docs (-Credential PSCredential)", """
# Denný report obsadenosti pre vedenie (7:00, Plánovač úloh na SRV-APP01)
$smtpUser = 'reporty@kupele-sivaskala.sk'
$smtpPass = '@@secret@@'
$cred = New-Object PSCredential($smtpUser, (ConvertTo-SecureString $smtpPass -AsPlainText -Force))

$csv = 'D:\\Reporty\\obsadenost_{0:yyyyMMdd}.csv' -f (Get-Date)
Send-MailMessage -From $smtpUser -To 'vedenie@kupele-sivaskala.sk' `
  -Subject ('Obsadenosť {0:dd.MM.yyyy}' -f (Get-Date)) -Body 'Report v prílohe.' `
  -Attachments $csv -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $cred -Encoding UTF8
""", words_pw())

add("shell/sshpass-password", "it/network/zaloha_routerov.sh", "sshpass man page (-p password)", """
#!/bin/bash
# Záloha konfigurácie MikroTik routerov v budovách (Hotel, Wellness, Kotolňa)
for r in 10.0.1.1 10.0.2.1 10.0.5.1; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no zaloha@"$r" "/export terse" \\
    > "/srv/backup/mikrotik/$(date +%F)_$r.rsc"
done
""", words_pw())

add("ansible/inventory-ansible-password", "infra/ansible/inventories/pokladne/hosts.ini", "Ansible inventory docs (ansible_password, ansible_become_password)", """
# Pokladnice – Windows (WinRM)
[pokladne]
pos-wellness-01 ansible_host=10.30.1.11
pos-wellness-02 ansible_host=10.30.1.12
pos-restauracia-01 ansible_host=10.30.2.11

[pokladne:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=KUPELE\\svc-ansible
ansible_password=@@secret@@
ansible_winrm_server_cert_validation=ignore
""", words_pw())

add("terraform/postgres-admin-password", "infra/terraform/azure/analytika.tf", "Terraform azurerm_postgresql_flexible_server docs (administrator_password)", """
resource "azurerm_postgresql_flexible_server" "analytika" {
  name                   = "psql-ssk-analytika"
  resource_group_name    = azurerm_resource_group.analytika.name
  location               = "westeurope"
  version                = "16"
  administrator_login    = "analytika_admin"
  administrator_password = "@@secret@@"
  sku_name               = "B_Standard_B1ms"
  storage_mb             = 32768
  zone                   = "1"
}
""", words_pw())

add("go/github-token", "it/tools/releasebot/main.go", "go-github docs (oauth2.StaticTokenSource)", """
package main

import (
	"context"
	"log"

	"github.com/google/go-github/v62/github"
	"golang.org/x/oauth2"
)

func main() {
	ctx := context.Background()
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "@@secret@@"})
	gh := github.NewClient(oauth2.NewClient(ctx, ts))
	rel, _, err := gh.Repositories.GetLatestRelease(ctx, "kupele-sivaskala", "booking")
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("posledná verzia rezervácií: %s", rel.GetTagName())
}
""", gh_token())

add("log/mews-token-in-url", "booking/logs/mews-webhook-2025-03-05.log", "Mews webhooks docs / access log with token query parameter", """
2025-03-05T06:00:01Z INFO  webhook listener štart, port 8090
2025-03-05T06:14:22Z INFO  POST /mews/webhook?token=@@secret@@ 200 12ms events=1 type=ServiceOrderUpdated
2025-03-05T06:14:22Z INFO  rezervácia 4f1e2d3c-5b6a-4798-8a0b-1c2d3e4f5a6b → plánovač procedúr
2025-03-05T07:02:10Z INFO  POST /mews/webhook?token=@@secret@@ 200 9ms events=2 type=ResourceUpdated
2025-03-05T07:30:00Z WARN  plánovač: kolízia termínu Masáž 09:30 (kabína 3)
""", rand_pw(40))

add("python/decoy-fernet-encrypted", "intranet/smeny/crypto.py", "cryptography Fernet docs (token is encrypted, key from environment)", '''
"""Šifrovanie rodných čísel zamestnancov v exporte do mzdového systému."""
import os

from cryptography.fernet import Fernet

_f = Fernet(os.environ["SMENY_FERNET_KEY"].encode())

# príklad zašifrovanej hodnoty (z testov), bez kľúča nečitateľná
PRIKLAD = "gAAAAABl8x2kQm2v9Xp4Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7Jk9Lm1No3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7No9Pq1Rs3=="


def zasifruj(rc: str) -> str:
    return _f.encrypt(rc.encode()).decode()


def desifruj(token: str) -> str:
    return _f.decrypt(token.encode()).decode()
''')

add("python/decoy-regex-patterns", "pokladna/tools/maskovanie.py", "PCI DSS masking (regular expressions for PAN and IBAN)", '''
"""Maskovanie čísel kariet a IBAN v logoch pokladní pred odoslaním do Datadogu."""
import re

PAN = re.compile(r"\\b(?:\\d[ -]?){13,19}\\b")
IBAN = re.compile(r"\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b")
HESLO = re.compile(r"(?i)(heslo|password|pwd)\\s*[=:]\\s*\\S+")


def maskuj(riadok: str) -> str:
    riadok = PAN.sub(lambda m: "****" + re.sub(r"\\D", "", m.group())[-4:], riadok)
    riadok = IBAN.sub(lambda m: m.group()[:4] + "****", riadok)
    return HESLO.sub(lambda m: m.group(1) + "=***", riadok)
''')

add("json/decoy-lockfile-integrity", "web/next/package-lock.fragment.json", "npm package-lock.json docs (integrity sha512)", """
{
  "name": "ssk-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.1.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.1.0.tgz",
      "integrity": "sha512-Qm2v9Xp4Rs1Tu3Vw5Xy7Za9Bc1De3Fg5Hi7Jk9Lm1No3Pq5Rs7Tu9Vw1Xy3Za5Bc7De9Fg1Hi3Jk5Lm7No9Pq1Rs3Tu5Vw7Xy9Za1Bc3De5Q=="
    },
    "node_modules/jose": {
      "version": "5.6.3",
      "resolved": "https://registry.npmjs.org/jose/-/jose-5.6.3.tgz",
      "integrity": "sha512-1Zx3Cv5Bn7Mq9Wa1Sd3Fg5Hj7Kl9Po1Iu3Yt5Re7Wq9As1Df3Gh5Jk7Lz9Xc1Vb3Nm5Qw7Er9Ty1Ui3Op5As7Df9Gh1Jk3Lz5Xc7Vb9Nm1Qw3Er5g=="
    }
  }
}
""")

add("xml/decoy-saml-certificate", "intranet/saml/idp-metadata.xml", "SAML 2.0 metadata (X509Certificate is a public certificate)", """
<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://login.kupele-sivaskala.sk/realms/zamestnanci">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIICrzCCAZcCBgGOq3Jx0dMwDQYJKoZIhvcNAQELBQAwGzEZMBcGA1UEAwwQemFtZXN0bmFuY2kta3VwZWxlMB4XDTI1MDEwMTAwMDAwMFoXDTM1MDEwMTAwMDAwMFowGzEZMBcGA1UEAwwQemFtZXN0bmFuY2kta3VwZWxl</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.kupele-sivaskala.sk/realms/zamestnanci/protocol/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""")

add("go/decoy-go-sum", "it/tools/releasebot/go.sum", "Go modules reference (go.sum hashes)", """
github.com/google/go-github/v62 v62.0.0 h1:/6mGCaRywZz9MuHyw9gD1CwsbmBX8GWsbFkwMmHdhl4=
github.com/google/go-github/v62 v62.0.0/go.mod h1:EMxeUqGJq2xRu9DYBMwel/mr7kZrzUOfQmmpYrZn2a4=
github.com/google/go-querystring v1.1.0 h1:AnCroh3fv4ZBgVIf1Iwtovgjaw/GiKJo8M8yD/fhyJ8=
github.com/google/go-querystring v1.1.0/go.mod h1:Kcdr2DB4koayq7X8pmAG4sNG59So17icRSOU623lUBU=
golang.org/x/oauth2 v0.21.0 h1:tsimM75w1tF/uws5rbeHzIWxEqElMehnc+iW793zsZs=
golang.org/x/oauth2 v0.21.0/go.mod h1:XYTD2NtWslqkgxebSiOHnXEap4TF09sJSc7H1sEbO6I=
""")

add("csv/decoy-mews-export", "booking/exports/mews_rezervacie_2025-03.csv", "Mews reservation report export", """
ReservationId,Number,State,StartUtc,EndUtc,RateCode,Adults,TotalEur
4f1e2d3c-5b6a-4798-8a0b-1c2d3e4f5a6b,48211,Confirmed,2025-03-07T13:00:00Z,2025-03-09T09:00:00Z,WELL-VIKEND,2,389.00
7a6b5c4d-3e2f-4018-9a7b-6c5d4e3f2a10,48215,Started,2025-03-05T13:00:00Z,2025-03-08T09:00:00Z,KUPEL-LIECBA,1,612.40
0b1c2d3e-4f5a-4b6c-8d7e-8f9a0b1c2d3e,48219,Confirmed,2025-03-14T13:00:00Z,2025-03-16T09:00:00Z,RELAX-2N,2,298.00
9e8d7c6b-5a4f-4e3d-a2c1-b0a9f8e7d6c5,48222,Canceled,2025-03-21T13:00:00Z,2025-03-23T09:00:00Z,WELL-VIKEND,2,0.00
""")

add("markdown/decoy-secret-generation", "it/runbooks/nove-heslo-sluzby.md", "OpenSSL rand docs (generating secrets, placeholders in docs)", """
# Nové heslo pre servisný účet

1. Vygeneruj: `openssl rand -base64 24` alebo `pwgen -s 24 1`
2. Ulož do Bitwarden (Kolekcia IT → Servisné účty) ešte pred zmenou.
3. Zmeň v systéme, napr. pre Gantner:

```
curl -u admin:<NOVE_HESLO> -X PUT http://10.40.2.10:8000/api/users/admin/password -d @nove.json
```

4. Aktualizuj Vault: `vault kv patch secret/iot/lockers password=-` (heslo zadaj na stdin).
5. Do tiketu zapíš len dátum zmeny, nikdy heslo.

Príklad formátu (nie skutočné heslo): `Xk7-qP2m-Ld9w-Rt4z`
""")

# ---------------------------------------------------------------- final additions

add("json/smtp-password", "it/gantner-sync/appsettings.json", "ASP.NET Core configuration docs (appsettings.json)", """
{
  "Gantner": {
    "BaseUrl": "http://10.40.2.10:8000/api/",
    "Site": "SatneWellness"
  },
  "Notifikacie": {
    "SmtpHost": "smtp.office365.com",
    "SmtpPort": 587,
    "SmtpUser": "gantner-sync@kupele-sivaskala.sk",
    "SmtpPassword": "@@secret@@",
    "Prijemcovia": [ "it@kupele-sivaskala.sk", "wellness.veduca@kupele-sivaskala.sk" ]
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""", words_pw())

add("php/ftp-password", "eshop/app/Console/Commands/ExportCennikPartnerom.php", "PHP FTP functions docs (ftp_login)", """
<?php

namespace App\\Console\\Commands;

use Illuminate\\Console\\Command;

class ExportCennikPartnerom extends Command
{
    protected $signature = 'cennik:export';
    protected $description = 'Nahrá aktuálny cenník pobytov na FTP cestovných kancelárií';

    public function handle(): int
    {
        $conn = ftp_ssl_connect('ftp.ck-partneri.sk');
        if (!$conn || !ftp_login($conn, 'kupele_sivaskala', '@@secret@@')) {
            $this->error('FTP prihlásenie zlyhalo');
            return self::FAILURE;
        }
        ftp_pasv($conn, true);
        ftp_put($conn, '/cenniky/sivaskala_2025.xml', storage_path('app/cennik_2025.xml'), FTP_BINARY);
        ftp_close($conn);
        return self::SUCCESS;
    }
}
""", rand_pw(14))

add("sql/dblink-password", "analytika/sql/obsadenost_vs_trzby.sql", "PostgreSQL dblink docs (connection string with password)", """
-- Porovnanie obsadenosti hotela a tržieb wellness (ad-hoc, Martina, 2025-02)
SELECT o.datum, o.obsadene_izby, t.trzba_wellness
FROM obsadenost o
JOIN dblink('host=pg-pokladna.kupele.local dbname=pokladna user=reporting_bi password=@@secret@@',
            'SELECT datum, sum(suma) FROM trzby.denne WHERE stredisko = 2 GROUP BY datum')
     AS t(datum date, trzba_wellness numeric) ON t.datum = o.datum
WHERE o.datum >= DATE '2025-01-01'
ORDER BY o.datum;
""", words_pw())

add("kotlin/fcm-server-key", "loyalty-push/src/main/kotlin/sk/kupele/push/FcmSender.kt", "Firebase Cloud Messaging legacy HTTP API docs (Authorization: key=<server key>)", '''
package sk.kupele.push

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

// Push notifikácie členom Klubu Sivá Skala (ponuky last minute)
private const val SERVER_KEY = "@@secret@@"

fun sendToTopic(topic: String, title: String, body: String): Int {
    val json = """{"to":"/topics/$topic","notification":{"title":"$title","body":"$body"}}"""
    val req = HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
        .header("Authorization", "key=$SERVER_KEY")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build()
    return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.discarding()).statusCode()
}
''', "AAAA" + rand_pw(7) + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("php/decoy-password-verify", "eshop/app/Auth/PartnerLogin.php", "PHP password_verify docs (bcrypt hash constant)", """
<?php

namespace App\\Auth;

final class PartnerLogin
{
    // Hash hesla pre demo účet partnera na stagingu (bcrypt, nie heslo)
    private const DEMO_HASH = '$2y$12$Vn5Xp7Rs9Tu1Wv3Yx5Za7eBc9De1Fg3Hi5Jk7Lm9No1Pq3Rs5Tu7W';

    public static function overDemo(string $heslo): bool
    {
        return password_verify($heslo, self::DEMO_HASH);
    }
}
""")

add("shell/decoy-vault-cli", "infra/scripts/nasad_pokladnu.sh", "HashiCorp Vault CLI docs (vault kv get -field)", """
#!/bin/bash
# Nasadenie API pokladne – tajomstvá sa čítajú z Vaultu počas nasadenia
set -euo pipefail
export VAULT_ADDR=https://vault.kupele.local:8200
vault login -method=oidc role=it >/dev/null
POSTGRES_PASSWORD="$(vault kv get -field=password secret/pokladna/db)"
export POSTGRES_PASSWORD
docker compose -f pokladna/docker-compose.yml pull
docker compose -f pokladna/docker-compose.yml up -d
unset POSTGRES_PASSWORD
""")

add("yaml/decoy-dependabot", ".github/dependabot.yml", "GitHub Dependabot configuration docs", """
version: 2
registries:
  nexus-pypi:
    type: python-index
    url: https://nexus.kupele.local/repository/pypi-internal/simple
    username: dependabot
    password: ${{secrets.NEXUS_DEPENDABOT_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: /libs/ssk-common
    registries: [nexus-pypi]
    schedule: { interval: weekly, day: monday }
  - package-ecosystem: npm
    directory: /web/next
    schedule: { interval: weekly }
""")

add("toml/decoy-cargo-lock", "iot/wristband-reader/Cargo.lock", "Cargo.lock format (package checksums)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "hex"
version = "0.4.3"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "7f24254aa9a54b5c858eaee2f5bccdb46aaf0e486a595ed5fd8f86ba55232a70"

[[package]]
name = "ssk-wristband-reader"
version = "0.6.1"
dependencies = ["hex"]
""")

add("env/decoy-ci-defaults", "booking/.env.ci", "dotenv docs (CI defaults with throwaway local values)", """
# Hodnoty len pre CI (lokálny Postgres v kontajneri, zahodí sa po teste)
APP_ENV=test
DB_HOST=localhost
DB_DATABASE=booking_test
DB_USERNAME=postgres
DB_PASSWORD=postgres
GOPAY_GATEWAY_URL=https://gw.sandbox.gopay.com/api
GOPAY_CLIENT_SECRET=
PREVIO_PASSWORD=
""")

# ---------------------------------------------------------------- end of cases
