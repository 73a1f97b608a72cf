"""Blind set HH: a Polish car-park operator and its IT.

Barrier and plate-camera (ANPR) controllers, pay stations and kiosks, the parking app and its
backend, payment gateways (Przelewy24, PayU, Tpay, Stripe, Adyen), SMS and e-invoicing vendors,
their CI, containers and infrastructure, runbooks and notes (a third in Polish), and their decoys.
Generated fakes only (seeds 2800000-2809999).
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
_SEED = [2800000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 2810000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 2810000
    return _SEED[0]


WORDS = ["Szlaban", "Bramka", "Parking", "Wjazd", "Wyjazd", "Kasa", "Bilet", "Strefa", "Poziom", "Rampa",
         "Wawel", "Motlawa", "Odra", "Tatry", "Sokol", "Bursztyn", "Granit", "Komin", "Lipa", "Orzel"]
LOWER = ["szlaban", "kamera", "bilet", "rampa", "strefa", "kasa", "moneta", "karta", "wjazd", "miasto",
         "barrier", "ticket", "garage", "meter", "lantern", "copper"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


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


def upper_hex(n: int) -> str:
    return hexs(n).upper()


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64_bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def adyen_key() -> str:
    r = _rng()
    return ("AQE" + "".join(r.choice(ALNUM) for _ in range(60)) + "=-"
            + "".join(r.choice(ALNUM + "+/") for _ in range(43)) + "=-" + "".join(r.choice(ALNUM) for _ in range(10)))


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def azure_storage_key() -> str:
    return b64_bytes(64)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mapbox_secret() -> str:
    r = _rng()
    head = b64('{"u":"parkomat-ops","a":"' + "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(25)) + '"}')
    return "sk." + head.rstrip("=") + "." + "".join(r.choice(ALNUM + "-_") for _ in range(22))


def jwt_like(payload: str) -> str:
    r = _rng()
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + "".join(r.choice(ALNUM + "-_") for _ in range(43))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def pkcs8() -> str:
    """A PKCS#8 block (BEGIN PRIVATE KEY), as Google, Firebase and App Store Connect issue keys."""
    return pem("").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")


def indent(text: str, spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line for line in text.splitlines())


def plate() -> str:
    r = _rng()
    return r.choice(["KR", "WA", "GD", "PO", "WR", "KK", "SK", "LU"]) + " " + str(r.randint(10000, 99999))


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
    CASES.append(LabelledCase(f"blind-hh/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- payments: Przelewy24, PayU, Tpay

add("python/przelewy24-crc-key", "payments/p24/settings.py", "Przelewy24 REST API docs (developers.przelewy24.pl)", '''
"""Przelewy24 gateway settings for the ParkPlus web checkout."""
from decimal import Decimal

P24_MERCHANT_ID = 184352
P24_POS_ID = 184352
P24_CRC = "@@secret@@"
P24_API_URL = "https://secure.przelewy24.pl/api/v1"
P24_RETURN_URL = "https://parkplus.pl/platnosc/powrot"
P24_STATUS_URL = "https://api.parkplus.pl/p24/status"

MIN_AMOUNT = Decimal("1.00")
CURRENCY = "PLN"
''', secret=hexs(16))

add("env/przelewy24-api-key", "deploy/checkout/.env.production", "Przelewy24 REST API docs (developers.przelewy24.pl)", '''
# checkout-api (prod) -- nie commitowac zmian bez review
DJANGO_SETTINGS_MODULE=checkout.settings.prod
P24_MERCHANT_ID=184352
P24_POS_ID=184352
P24_SECRET_ID=@@secret@@
P24_CRC=${P24_CRC}
P24_SANDBOX=false
LOG_LEVEL=info
''', secret=hexs(32))

add("php/payu-client-secret", "src/Payment/PayUConfig.php", "PayU REST API docs (developers.payu.com)", '''
<?php

namespace ParkPlus\\Payment;

final class PayUConfig
{
    public const ENVIRONMENT = 'secure';
    public const POS_ID = '4128531';
    public const CLIENT_ID = '4128531';
    private const CLIENT_SECRET = '@@secret@@';

    public static function apply(): void
    {
        \\OpenPayU_Configuration::setEnvironment(self::ENVIRONMENT);
        \\OpenPayU_Configuration::setMerchantPosId(self::POS_ID);
        \\OpenPayU_Configuration::setSignatureKey(getenv('PAYU_SECOND_KEY'));
        \\OpenPayU_Configuration::setOauthClientId(self::CLIENT_ID);
        \\OpenPayU_Configuration::setOauthClientSecret(self::CLIENT_SECRET);
    }
}
''', secret=hexs(32))

add("yaml/payu-second-key", "config/payu.yml", "PayU REST API docs: signature key (second key, MD5)", '''
payu:
  environment: secure
  pos_id: 4128531
  oauth:
    client_id: 4128531
    client_secret: ${PAYU_CLIENT_SECRET}
  # klucz drugi (MD5) do weryfikacji podpisu notyfikacji
  second_key: @@secret@@
  notify_url: https://api.parkplus.pl/payu/notify
  continue_url: https://parkplus.pl/dziekujemy
''', secret=hexs(32))

add("markdown/tpay-client-secret", "docs/runbooks/tpay-zwroty.md", "Tpay OpenAPI docs (openapi.tpay.com)", '''
# Zwroty przez Tpay (runbook dla zmiany nocnej)

1. Zaloguj się do panelu odbiorcy: https://panel.tpay.com (konto `finanse@parkplus.pl`).
2. Zwroty powyżej 500 zł wymagają akceptacji kierownika.
3. Zwrot przez API (gdy panel nie działa):

```bash
curl -s -X POST https://api.tpay.com/oauth/auth \\
  -d client_id=01HQ7ZK3R8-parkplus \\
  -d client_secret=@@secret@@
```

4. Token z odpowiedzi ważny 2h; potem `POST /transactions/{id}/refunds`.
5. Po zwrocie wpisz numer transakcji do arkusza "Zwroty 2026".
''', secret=hexs(40))

add("python/decoy-env-reference", "payments/p24/client.py", "Przelewy24 REST API docs (developers.przelewy24.pl)", '''
import hashlib
import json
import os

import requests

P24_POS_ID = int(os.environ["P24_POS_ID"])
P24_SECRET_ID = os.environ["P24_SECRET_ID"]
P24_CRC = os.environ["P24_CRC"]


def sign(session_id: str, amount: int) -> str:
    payload = {"sessionId": session_id, "merchantId": P24_POS_ID, "amount": amount,
               "currency": "PLN", "crc": P24_CRC}
    raw = json.dumps(payload, separators=(",", ":"))
    return hashlib.sha384(raw.encode()).hexdigest()


def register(session_id: str, amount: int) -> str:
    resp = requests.post("https://secure.przelewy24.pl/api/v1/transaction/register",
                         auth=(str(P24_POS_ID), P24_SECRET_ID), timeout=10,
                         json={"sessionId": session_id, "amount": amount, "sign": sign(session_id, amount)})
    resp.raise_for_status()
    return resp.json()["data"]["token"]
''')

add("python/decoy-test-fixture-signature", "tests/payments/test_p24_sign.py", "Przelewy24 REST API docs: sign (SHA-384)", '''
from payments.p24 import client

FIXTURE_SIGN = "@@sign@@"


def test_sign_is_sha384_of_the_json(monkeypatch):
    monkeypatch.setattr(client, "P24_POS_ID", 11111)
    monkeypatch.setattr(client, "P24_CRC", "test-crc-not-real")
    got = client.sign("sesja-0001", 1200)
    assert len(got) == 96
    assert got == FIXTURE_SIGN
''', sign=hexs(96))

add("json/decoy-transaction-ids", "fixtures/p24_notification.json", "Przelewy24 REST API docs: transaction notification", '''
{
  "merchantId": 11111,
  "posId": 11111,
  "sessionId": "@@sess@@",
  "amount": 1200,
  "originAmount": 1200,
  "currency": "PLN",
  "orderId": 300845512,
  "methodId": 154,
  "statement": "p24-K84-A72-C19",
  "sign": "@@sign@@"
}
''', sess=uuid_s(), sign=hexs(96))

add("toml/stripe-secret-key", "services/billing/config.prod.toml", "Stripe API keys docs (docs.stripe.com/keys)", '''
[server]
host = "0.0.0.0"
port = 8080

[stripe]
publishable_key = "@@pk@@"
secret_key = "@@secret@@"
webhook_tolerance_s = 300
statement_descriptor = "PARKPLUS PARKING"

[db]
url_env = "BILLING_DATABASE_URL"
''', secret=stripe_key(), pk=stripe_key("pk_live_"))

add("typescript/decoy-publishable-key", "apps/web/src/lib/stripe.ts", "Stripe.js docs: publishable key", '''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle (docs.stripe.com/keys)
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "pl" });

export function amountLabel(grosze: number): string {
  return (grosze / 100).toLocaleString("pl-PL", { style: "currency", currency: "PLN" });
}
''', pk=stripe_key("pk_live_"))

add("go/stripe-webhook-secret", "internal/billing/webhook.go", "Stripe webhooks docs: signing secret", '''
package billing

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "@@secret@@"

func HandleWebhook(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), endpointSecret)
	if err != nil {
		http.Error(w, "signature", http.StatusBadRequest)
		return
	}
	dispatch(event)
	w.WriteHeader(http.StatusOK)
}
''', secret=fakes.fake("whsec_", 32, _seed()))

add("kotlin/adyen-api-key", "android/app/src/main/java/pl/parkplus/pay/AdyenBackend.kt", "Adyen API credentials docs (docs.adyen.com)", '''
package pl.parkplus.pay

import okhttp3.Request

object AdyenBackend {
    private const val MERCHANT_ACCOUNT = "ParkPlusPL_ECOM"
    private const val API_KEY = "@@secret@@"
    private const val BASE = "https://checkout-live.adyen.com/v71"

    fun sessions(body: okhttp3.RequestBody): Request =
        Request.Builder()
            .url("$BASE/sessions")
            .header("X-API-Key", API_KEY)
            .post(body)
            .build()
}
''', secret=adyen_key())

add("java/decoy-client-key", "kiosk/src/main/java/pl/parkplus/kiosk/AdyenDropIn.java", "Adyen client key docs: client-side, public by design", '''
package pl.parkplus.kiosk;

import com.adyen.checkout.components.core.CheckoutConfiguration;
import com.adyen.checkout.core.Environment;
import java.util.Locale;

public final class AdyenDropIn {
    // Client key: used on the device, scoped to allowed origins (not the API key).
    private static final String CLIENT_KEY = "live_@@ck@@";

    public static CheckoutConfiguration config() {
        return new CheckoutConfiguration(Environment.EUROPE, CLIENT_KEY, null, new Locale("pl", "PL"));
    }
}
''', ck=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("csharp/payu-second-key", "PayStation/Services/PayUSignatureVerifier.cs", "PayU REST API docs: OpenPayu-Signature", '''
using System.Security.Cryptography;
using System.Text;

namespace ParkPlus.PayStation.Services
{
    public class PayUSignatureVerifier
    {
        private const string SecondKey = "@@secret@@";

        public bool Verify(string body, string header)
        {
            var expected = header.Split(';')[1].Replace("signature=", "");
            using var md5 = MD5.Create();
            var hash = md5.ComputeHash(Encoding.UTF8.GetBytes(body + SecondKey));
            var hex = System.Convert.ToHexString(hash).ToLowerInvariant();
            return hex == expected;
        }
    }
}
''', secret=hexs(32))

add("ruby/przelewy24-crc-key", "config/initializers/przelewy24.rb", "Przelewy24 REST API docs (developers.przelewy24.pl)", '''
# frozen_string_literal: true

Przelewy24.configure do |config|
  config.merchant_id = 207311
  config.pos_id = 207311
  config.crc_key = "@@secret@@"
  config.report_key = ENV.fetch("P24_REPORT_KEY")
  config.sandbox = Rails.env.development?
  config.url_return = "https://abonament.parkplus.pl/platnosci/ok"
end
''', secret=hexs(16))

add("ini/decoy-placeholder", "paystation/config/payment.ini.example", "Przelewy24 REST API docs (developers.przelewy24.pl)", '''
; Przykładowa konfiguracja płatności automatu -- skopiuj do payment.ini
[p24]
merchant_id = 000000
pos_id = 000000
crc = <WPISZ_KLUCZ_CRC>
api_key = <WPISZ_KLUCZ_API>
sandbox = 1

[terminal]
model = Ingenico Self 2000
port = COM3
''')

add("shell/payu-client-secret", "scripts/blik_smoke.sh", "PayU REST API docs: BLIK payment method", '''
#!/usr/bin/env bash
# Smoke test BLIK via PayU after each release of checkout-api.
set -euo pipefail

TOKEN=$(curl -s -X POST "https://secure.payu.com/pl/standard/user/oauth/authorize" \\
  -d "grant_type=client_credentials" \\
  -d "client_id=4128531" \\
  -d "client_secret=@@secret@@" | jq -r .access_token)

curl -s -X POST "https://secure.payu.com/api/v2_1/orders" \\
  -H "Authorization: Bearer ${TOKEN}" -H "Content-Type: application/json" \\
  -d @tests/blik_order.json | jq .status
''', secret=hexs(32))

add("sql/decoy-hashed-password", "db/migrations/V12__operators_seed.sql", "PostgreSQL docs: INSERT; bcrypt hash format", '''
-- Konta operatorów centrum monitoringu (hasła wyłącznie jako bcrypt)
INSERT INTO operators (login, full_name, role, password_hash) VALUES
  ('akowalska', 'Anna Kowalska', 'dispatcher', '$2b$12$@@h1@@'),
  ('pnowak', 'Piotr Nowak', 'supervisor', '$2b$12$@@h2@@'),
  ('mwisniewski', 'Marek Wiśniewski', 'technician', '$2b$12$@@h3@@');

UPDATE operators SET must_change_password = true WHERE created_at > now() - interval '1 day';
''', h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

# ---------------------------------------------------------------- barriers, cameras, controllers

add("yaml/camera-admin-password", "anpr/sites/krakow-galeria.yaml", "Hikvision ISAPI docs: digest authentication", '''
site: KRK-GAL
name: Parking Galeria Kazimierz P-1
cameras:
  - id: wjazd-1
    vendor: hikvision
    model: iDS-TCM403-BI
    host: 10.41.12.21
    user: admin
    password: @@secret@@
    lane: entry
  - id: wyjazd-1
    vendor: hikvision
    model: iDS-TCM403-BI
    host: 10.41.12.22
    user: admin
    password_ref: vault:anpr/krk-gal/wyjazd-1
    lane: exit
barrier_controller: 10.41.12.30
''', secret=words_pw())

add("python/camera-url-password", "anpr/collector/streams.py", "Axis VAPIX docs: RTSP stream URL with credentials", '''
import cv2

# Kamera nad szlabanem wyjazdowym, poziom -2
STREAM = "rtsp://anpr:@@secret@@@10.52.3.14:554/axis-media/media.amp?resolution=1280x720"


def frames():
    cap = cv2.VideoCapture(STREAM)
    while cap.isOpened():
        ok, frame = cap.read()
        if not ok:
            break
        yield frame
    cap.release()
''', secret=rand_pw(14))

add("json/decoy-camera-config", "anpr/sites/gdansk-forum.json", "Hikvision ISAPI docs: device configuration", '''
{
  "site": "GDA-FOR",
  "cameras": [
    {"id": "wjazd-A", "host": "10.60.1.11", "user": "anpr-reader", "password": {"$ref": "vault://anpr/gda-for/wjazd-A"}},
    {"id": "wyjazd-A", "host": "10.60.1.12", "user": "anpr-reader", "password": {"$ref": "vault://anpr/gda-for/wyjazd-A"}}
  ],
  "serial_numbers": ["DS-TCG405-E20231104CCWRL12345678", "DS-TCG405-E20231104CCWRL12345679"],
  "mac": ["bc:ba:c2:4f:19:0a", "bc:ba:c2:4f:19:0b"],
  "firmware_sha256": "@@fw@@"
}
''', fw=hexs(64))

add("shell/camera-admin-password", "ops/anpr/set_overlay.sh", "Hikvision ISAPI docs: curl --digest", '''
#!/bin/sh
# Ustawia nakładkę tekstową na kamerach wjazdowych (po wymianie firmware)
for ip in 10.41.12.21 10.41.12.22 10.41.12.23; do
  curl --digest -u 'admin:@@secret@@' -X PUT \\
    -H 'Content-Type: application/xml' \\
    --data-binary @overlay.xml \\
    "http://$ip/ISAPI/System/Video/inputs/channels/1/overlays"
done
''', secret=words_pw())

add("xml/barrier-controller-password", "controllers/designa/site-poz-stary-browar.xml", "Designa abacus gateway config (vendor manual)", '''
<?xml version="1.0" encoding="UTF-8"?>
<SiteConfig site="POZ-SB" timezone="Europe/Warsaw">
  <Gateway host="10.70.0.5" port="8443" tls="true">
    <Login user="parkplus-integr" password="@@secret@@"/>
  </Gateway>
  <Lanes>
    <Lane id="E1" type="entry" barrier="B-E1" camera="C-E1"/>
    <Lane id="X1" type="exit" barrier="B-X1" camera="C-X1"/>
  </Lanes>
  <Tariff ref="POZ-2026-A"/>
</SiteConfig>
''', secret=rand_pw(16, "!#"))

add("python/decoy-regex", "anpr/plates/validate.py", "Polish vehicle registration plate format (Rozporządzenie MI)", '''
import re

# Polskie tablice: 2-3 litery wyróżnika + 4-5 znaków
PLATE_RE = re.compile(r"^(?P<wyr>[A-Z]{2,3})\\s?(?P<reszta>[A-Z0-9]{4,5})$")
# Tablice indywidualne / dyplomatyczne pomijamy
SKIP_RE = re.compile(r"^(W[0-9]{6}|H[A-Z][0-9]{4}|[A-Z][0-9][A-Z0-9]{3,5})$")


def normalise(raw: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", raw.upper())


def is_polish(raw: str) -> bool:
    text = normalise(raw)
    return bool(PLATE_RE.match(text)) and not SKIP_RE.match(text)
''')

add("csv/decoy-plate-hashes", "exports/abonamenty_2026-11.csv", "RFC 4180 CSV; SHA-256 pseudonymised plates", '''
abonament_id,strefa,plate_sha256,od,do,kwota_pln
@@u1@@,P-1,@@h1@@,2026-11-01,2026-11-30,320.00
@@u2@@,P-1,@@h2@@,2026-11-01,2026-11-30,320.00
@@u3@@,P-2,@@h3@@,2026-11-05,2026-12-04,280.00
@@u4@@,P-3,@@h4@@,2026-11-10,2026-12-09,250.00
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("ini/modbus-gateway-password", "controllers/moxa/mgate-wro.ini", "Moxa MGate MB3180 user manual: web console", '''
[device]
model=MGate MB3180
location=WRO Parking Sky Tower, serwerownia -1
ip=10.80.0.9

[console]
user=admin
password=@@secret@@
https_only=1

[modbus]
mode=RTU-to-TCP
baud=9600
slave_ids=1,2,3,4
''', secret=words_pw())

add("go/barrier-api-token", "cmd/gatectl/main.go", "Skidata Parking.Logic REST interface (vendor integration guide)", '''
package main

import (
	"fmt"
	"net/http"
	"os"
)

const gateAPI = "https://10.41.12.40/api/v2/lanes"

var apiToken = "@@secret@@"

func open(lane string) error {
	req, _ := http.NewRequest(http.MethodPost, fmt.Sprintf("%s/%s/open", gateAPI, lane), nil)
	req.Header.Set("Authorization", "Token "+apiToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func main() {
	if err := open(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
''', secret=rand_pw(40))

add("log/decoy-redacted", "logs/gatectl-2026-11-28.log", "Application log; redacted credentials", '''
2026-11-28T06:14:02+01:00 INFO  gatectl lane=E1 action=open operator=akowalska reason="bilet nieczytelny"
2026-11-28T06:14:02+01:00 DEBUG http POST https://10.41.12.40/api/v2/lanes/E1/open Authorization="Token ****"
2026-11-28T06:14:03+01:00 INFO  gatectl lane=E1 status=200 took_ms=412
2026-11-28T06:31:47+01:00 WARN  anpr camera=C-X1 plate=@@plate@@ confidence=0.61 fallback=manual
2026-11-28T06:31:52+01:00 INFO  gatectl lane=X1 action=open operator=akowalska reason="niska pewność ANPR"
2026-11-28T06:40:10+01:00 DEBUG db connect postgres://gate:********@10.41.0.5:5432/gate
''', plate=plate())

add("markdown/barrier-default-password", "docs/serwis/szlabany-magnetic.md", "Magnetic Autocontrol MHTM controller manual", '''
# Szlabany Magnetic Access Pro -- notatki serwisowe

- Sterownik MGC Pro, dostęp przez wyświetlacz lub przez port serwisowy.
- Hasło serwisowe zmienione na wszystkich obiektach KRK i KAT (listopad 2026):

| Obiekt | Sterownik | Login | Hasło |
|---|---|---|---|
| KRK-GAL | MGC-E1, MGC-X1 | serwis | `@@secret@@` |

- Po resecie fabrycznym ustaw hasło ponownie i wpisz datę do CMDB.
- Czas otwarcia ramienia: 1,3 s; czujnik pętli indukcyjnej: czułość 4.
''', secret=words_pw())

add("properties/decoy-vault-reference", "kiosk/src/main/resources/application.properties", "Spring Cloud Vault docs: property sources", '''
spring.application.name=kiosk-backend
spring.config.import=vault://
spring.cloud.vault.uri=https://vault.parkplus.internal:8200
spring.cloud.vault.authentication=KUBERNETES
spring.cloud.vault.kv.backend=secret
spring.cloud.vault.kv.default-context=kiosk-backend
spring.datasource.url=jdbc:postgresql://pg-kiosk.parkplus.internal:5432/kiosk
spring.datasource.username=${db.username}
spring.datasource.password=${db.password}
payu.client-secret=${payu.client_secret}
''')

add("rust/mqtt-password", "edge/lane-agent/src/config.rs", "rumqttc docs: MqttOptions::set_credentials", '''
use rumqttc::{MqttOptions, QoS};
use std::time::Duration;

pub const TOPIC_EVENTS: &str = "parkplus/krk-gal/lanes/+/events";

pub fn mqtt_options(lane: &str) -> MqttOptions {
    let mut opts = MqttOptions::new(format!("lane-agent-{lane}"), "mqtt.parkplus.internal", 8883);
    opts.set_keep_alive(Duration::from_secs(15));
    opts.set_credentials("lane-agent", "@@secret@@");
    opts
}

pub fn qos() -> QoS {
    QoS::AtLeastOnce
}
''', secret=rand_pw(24))

add("yaml/decoy-sops-encrypted", "deploy/anpr/secrets.enc.yaml", "Mozilla SOPS docs: encrypted YAML", '''
camera_admin_password: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
mqtt_password: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1@@age@@
    lastmodified: "2026-11-20T09:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.9.1
''', d1=b64_bytes(15), iv1=b64_bytes(32), t1=b64_bytes(16), d2=b64_bytes(24), iv2=b64_bytes(32), t2=b64_bytes(16),
    age=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), mac=b64_bytes(48))

# ---------------------------------------------------------------- databases, caches, mail, directory

add("python/postgres-url-password", "backend/parking_app/settings/prod.py", "Django docs: DATABASES; dj-database-url", '''
from .base import *  # noqa: F401,F403

import dj_database_url

DEBUG = False
ALLOWED_HOSTS = ["api.parkplus.pl", "app.parkplus.pl"]

DATABASES = {
    "default": dj_database_url.parse(
        "postgres://parking_app:@@secret@@@pg-main.parkplus.internal:5432/parking",
        conn_max_age=60,
    )
}

CELERY_BROKER_URL = "redis://redis.parkplus.internal:6379/2"
LANGUAGE_CODE = "pl"
TIME_ZONE = "Europe/Warsaw"
''', secret=rand_pw(22))

add("env/redis-password", "edge/lane-agent/.env", "Redis docs: AUTH; redis-py from_url", '''
LANE_ID=E1
SITE=KRK-GAL
REDIS_URL=rediss://default:@@secret@@@redis-edge.parkplus.internal:6380/0
MQTT_HOST=mqtt.parkplus.internal
MQTT_PORT=8883
ANPR_MIN_CONFIDENCE=0.75
''', secret=fakes.redis_password(_seed()))

add("compose/mysql-root-password", "paystation-sim/docker-compose.yml", "Docker Hub mysql image docs: MYSQL_ROOT_PASSWORD", '''
services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "@@secret@@"
      MYSQL_DATABASE: kasy
      MYSQL_USER: kasy
      MYSQL_PASSWORD_FILE: /run/secrets/kasy_db
    volumes:
      - dbdata:/var/lib/mysql
    ports:
      - "3306:3306"
  sim:
    build: .
    depends_on: [db]
    environment:
      DB_HOST: db
volumes:
  dbdata: {}
''', secret=words_pw())

add("compose/decoy-secrets-file", "anpr/docker-compose.prod.yml", "Docker Compose docs: secrets", '''
services:
  collector:
    image: registry.parkplus.pl/anpr/collector:2.14.3@sha256:@@dig@@
    environment:
      DB_PASSWORD_FILE: /run/secrets/anpr_db_password
      CAMERA_CREDENTIALS_FILE: /run/secrets/camera_credentials
    secrets:
      - anpr_db_password
      - camera_credentials
    restart: unless-stopped
secrets:
  anpr_db_password:
    external: true
  camera_credentials:
    external: true
''', dig=hexs(64))

add("java/sqlserver-password", "reporting/src/main/java/pl/parkplus/report/LegacyDb.java", "Microsoft JDBC driver for SQL Server docs: connection URL", '''
package pl.parkplus.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Stara baza systemu kasowego (SQL Server 2016) -- tylko odczyt do raportów. */
public final class LegacyDb {
    private static final String URL =
        "jdbc:sqlserver://10.20.0.15:1433;databaseName=KasaCentral;user=raport_ro;password=@@secret@@;encrypt=true;trustServerCertificate=true";

    private LegacyDb() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
''', secret=words_pw())

add("json/sqlserver-password", "PayStation/appsettings.Production.json", "ASP.NET Core docs: connection strings in appsettings.json", '''
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Kasa": "Server=10.20.0.15;Database=KasaCentral;User Id=automat;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Terminal": {
    "Model": "Ingenico Self 4000",
    "ComPort": "COM4"
  },
  "Site": "KAT-SIL"
}
''', secret=rand_pw(16))

add("json/decoy-connection-placeholder", "PayStation/appsettings.Development.json", "ASP.NET Core docs: user secrets", '''
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Kasa": "Server=localhost,1433;Database=KasaCentral;User Id=sa;Password=<set via dotnet user-secrets>;TrustServerCertificate=True"
  },
  "Terminal": { "Model": "Simulator", "ComPort": "NONE" },
  "Site": "DEV"
}
''')

add("yaml/smtp-password", "notifier/config/production.yml", "Spring Boot / generic SMTP config; SMTP AUTH", '''
notifier:
  from: "ParkPlus <powiadomienia@parkplus.pl>"
  templates_dir: /opt/notifier/templates
  smtp:
    host: smtp.office365.com
    port: 587
    starttls: true
    username: powiadomienia@parkplus.pl
    password: "@@secret@@"
  sms:
    provider: smsapi
    token_env: SMSAPI_TOKEN
''', secret=words_pw())

add("python/sendgrid-api-key", "backend/notifications/email.py", "SendGrid API keys docs", '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

SENDGRID_API_KEY = "@@secret@@"
SENDER = "no-reply@parkplus.pl"


def send_receipt(to: str, html: str) -> int:
    message = Mail(from_email=SENDER, to_emails=to, subject="Potwierdzenie płatności za parking", html_content=html)
    return SendGridAPIClient(SENDGRID_API_KEY).send(message).status_code
''', secret=sendgrid_key())

add("ini/ldap-bind-password", "vpn/openvpn/auth-ldap.conf", "openvpn-auth-ldap README: LDAP section", '''
<LDAP>
	URL		ldaps://dc01.parkplus.local
	BindDN		"CN=svc-openvpn,OU=Service,DC=parkplus,DC=local"
	Password	@@secret@@
	Timeout		15
	TLSEnable	no
	FollowReferrals	yes
</LDAP>

<Authorization>
	BaseDN		"OU=Users,DC=parkplus,DC=local"
	SearchFilter	"(&(sAMAccountName=%u)(memberOf=CN=VPN-Serwis,OU=Groups,DC=parkplus,DC=local))"
	RequireGroup	false
</Authorization>
''', secret=words_pw())

add("powershell/ldap-bind-password", "it/scripts/Sync-Operators.ps1", "PowerShell docs: PSCredential, ConvertTo-SecureString", '''
# Synchronizacja kont operatorów z AD do bazy centrum monitoringu (co noc, 02:00)
Import-Module ActiveDirectory

$user = "PARKPLUS\\svc-opsync"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$ops = Get-ADGroupMember -Identity "Operatorzy-CM" -Server dc01.parkplus.local -Credential $cred |
    Get-ADUser -Properties mail, telephoneNumber -Credential $cred

$ops | Select-Object SamAccountName, Name, mail, telephoneNumber |
    Export-Csv -Path "D:\\sync\\operatorzy.csv" -NoTypeInformation -Encoding UTF8
''', secret=words_pw())

add("powershell/decoy-credential-prompt", "it/scripts/Reset-PayStation.ps1", "PowerShell docs: Get-Credential", '''
param(
    [Parameter(Mandatory)] [string] $Station
)
# Restart usług automatu płatniczego; dane logowania pobierane interaktywnie
$cred = Get-Credential -Message "Konto serwisowe automatów (z KeePass: Automaty/serwis)"
Invoke-Command -ComputerName $Station -Credential $cred -ScriptBlock {
    Restart-Service -Name "ParkPlusKasa" -Force
    Get-Service -Name "ParkPlusKasa" | Select-Object Status
}
''')

add("shell/ftp-password", "anpr/export/upload_images.sh", "curl docs: FTP upload with -u", '''
#!/bin/bash
# Zdjęcia z kamer wyjazdowych dla windykacji (EuroParkControl) -- codziennie 03:30
set -e
DAY=$(date -d yesterday +%F)
SRC=/data/anpr/$DAY
tar czf /tmp/anpr_$DAY.tgz -C "$SRC" .
curl --ftp-ssl -T /tmp/anpr_$DAY.tgz \\
  -u parkplus:@@secret@@ \\
  ftp://ftp.europarkcontrol.pl/incoming/
rm -f /tmp/anpr_$DAY.tgz
''', secret=rand_pw(12))

add("python/sftp-password", "finance/export/bank_statements.py", "Paramiko docs: SSHClient.connect", '''
import paramiko

HOST = "sftp.mbank-corporate.pl"
USER = "parkplus_mt940"


def fetch(day: str, target: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    client.connect(HOST, username=USER, password="@@secret@@", look_for_keys=False)
    try:
        sftp = client.open_sftp()
        sftp.get(f"/out/MT940_{day}.sta", target)
    finally:
        client.close()
''', secret=words_pw())

add("yaml/decoy-env-placeholders", "notifier/config/staging.yml", "Spring Boot docs: property placeholders", '''
notifier:
  from: "ParkPlus TEST <test-powiadomienia@parkplus.pl>"
  templates_dir: /opt/notifier/templates
  smtp:
    host: ${SMTP_HOST}
    port: 587
    starttls: true
    username: ${SMTP_USER}
    password: ${SMTP_PASSWORD}
  sms:
    provider: smsapi
    token_env: SMSAPI_TOKEN
''')

add("sql/postgres-role-password", "db/roles/001_roles.sql", "PostgreSQL docs: CREATE ROLE ... PASSWORD", '''
-- Role aplikacyjne dla bazy parking (uruchamia DBA raz, na prod)
CREATE ROLE parking_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE parking_ro LOGIN PASSWORD NULL;
GRANT CONNECT ON DATABASE parking TO parking_app, parking_ro;
GRANT USAGE ON SCHEMA public TO parking_app, parking_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO parking_ro;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO parking_app;
''', secret=rand_pw(20))

add("sql/decoy-scram-verifier", "db/roles/002_reporting.sql", "PostgreSQL docs: SCRAM-SHA-256 password storage", '''
-- Rola raportowa: hasło jako weryfikator SCRAM (wygenerowany przez DBA, nie jawny tekst)
CREATE ROLE reporting LOGIN PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@stored@@:@@server@@';
GRANT CONNECT ON DATABASE parking TO reporting;
GRANT USAGE ON SCHEMA reports TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA reports TO reporting;
''', salt=b64_bytes(16), stored=b64_bytes(32), server=b64_bytes(32))

add("ruby/redis-password", "config/initializers/sidekiq.rb", "Sidekiq wiki: Using Redis; redis-rb URL", '''
# frozen_string_literal: true

REDIS_URL = "redis://:@@secret@@@redis-abonament.parkplus.internal:6379/1"

Sidekiq.configure_server do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: REDIS_URL, network_timeout: 5 }
end
''', secret=fakes.redis_password(_seed()))

add("typescript/mongodb-password", "services/occupancy/src/db.ts", "MongoDB Node.js driver docs: connection string", '''
import { MongoClient } from "mongodb";

const uri =
  "mongodb+srv://occupancy-svc:@@secret@@@cluster0.pk4xz.mongodb.net/occupancy?retryWrites=true&w=majority";

export const client = new MongoClient(uri, { appName: "occupancy" });

export async function levels(site: string) {
  await client.connect();
  return client.db("occupancy").collection("levels").find({ site }).toArray();
}
''', secret=rand_pw(16))

add("php/decoy-getenv", "src/Sms/SmsApiSender.php", "SMSAPI PHP client docs", '''
<?php

namespace ParkPlus\\Sms;

use Smsapi\\Client\\Curl\\SmsapiHttpClient;
use Smsapi\\Client\\Feature\\Sms\\Bag\\SendSmsBag;

final class SmsApiSender
{
    public function send(string $phone, string $text): void
    {
        $token = getenv('SMSAPI_TOKEN') ?: throw new \\RuntimeException('SMSAPI_TOKEN not set');
        $service = (new SmsapiHttpClient())->smsapiPlService($token);
        $bag = SendSmsBag::withMessage($phone, $text);
        $bag->from = 'ParkPlus';
        $service->smsFeature()->sendSms($bag);
    }
}
''')

add("php/smsapi-token", "legacy/abonament/sms.php", "SMSAPI docs: OAuth token (Bearer)", '''
<?php
// Stary moduł SMS dla abonamentów -- do wygaszenia po migracji
$token = '@@secret@@';
$ch = curl_init('https://api.smsapi.pl/sms.do');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . $token]);
curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
    'to' => $_POST['telefon'],
    'message' => 'Twoj abonament wygasa ' . $_POST['data'],
    'from' => 'ParkPlus',
    'format' => 'json',
]));
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);
''', secret=rand_pw(40))

add("python/twilio-auth-token", "backend/notifications/voice.py", "Twilio docs: Account SID and Auth Token", '''
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def call_technician(number: str, site: str) -> str:
    twiml = f"<Response><Say language='pl-PL'>Awaria szlabanu na obiekcie {site}.</Say></Response>"
    call = client.calls.create(to=number, from_="+48223075500", twiml=twiml)
    return call.sid
''', sid=twilio_sid(), secret=hexs(32))

add("yaml/decoy-twilio-sid-only", "notifier/config/voice.yml", "Twilio docs: Account SID (identifier)", '''
voice:
  provider: twilio
  account_sid: @@sid@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from: "+48223075500"
  escalation:
    - role: technik-dyzurny
      after_minutes: 5
    - role: kierownik-zmiany
      after_minutes: 15
''', sid=twilio_sid())

# ---------------------------------------------------------------- cloud, infrastructure, containers

add("terraform/aws-secret-key", "infra/aws/providers.tf", "Terraform AWS provider docs: static credentials", '''
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-central-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "anpr_archive" {
  bucket = "parkplus-anpr-archive-prod"
}
''', kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("ini/aws-secret-key", "ops/backup/.aws/credentials", "AWS CLI docs: credentials file", '''
[default]
region = eu-central-1

[backup-anpr]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-central-1
''', kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("terraform/decoy-variable-reference", "infra/aws/rds.tf", "Terraform docs: sensitive variables; AWS Secrets Manager", '''
variable "db_master_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "parking" {
  identifier           = "parking-prod"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.t4g.large"
  allocated_storage    = 200
  username             = "parking_admin"
  password             = var.db_master_password
  db_subnet_group_name = aws_db_subnet_group.private.name
  storage_encrypted    = true
  kms_key_id           = "arn:aws:kms:eu-central-1:418273550912:key/@@kms@@"
}
''', kms=uuid_s())

add("k8s-secret/postgres-password", "deploy/k8s/checkout/secret.yaml", "Kubernetes docs: Secret data (base64)", '''
apiVersion: v1
kind: Secret
metadata:
  name: checkout-db
  namespace: checkout
type: Opaque
data:
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
  DB_HOST: @@host@@
''', secret=(_k8s_pw := rand_pw(20)), user=b64("checkout"), pw=b64(_k8s_pw), host=b64("pg-main.parkplus.internal"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/checkout/sealed-payu.yaml", "Bitnami Sealed Secrets docs: SealedSecret", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payu
  namespace: checkout
spec:
  encryptedData:
    PAYU_CLIENT_SECRET: @@e1@@
    PAYU_SECOND_KEY: @@e2@@
  template:
    metadata:
      name: payu
      namespace: checkout
''', e1=b64_bytes(300), e2=b64_bytes(300))

add("k8s-secret/przelewy24-crc-key", "deploy/k8s/checkout/p24-secret.yaml", "Kubernetes docs: Secret stringData", '''
apiVersion: v1
kind: Secret
metadata:
  name: przelewy24
  namespace: checkout
  labels:
    app: checkout-api
type: Opaque
stringData:
  P24_POS_ID: "184352"
  P24_CRC: "@@secret@@"
''', secret=hexs(16))

add("dockerfile/pypi-token", "tools/anpr-sdk/Dockerfile", "PyPI docs: API tokens; twine environment variables", '''
FROM python:3.12-slim AS build
WORKDIR /src
COPY . .
RUN pip install --no-cache-dir build twine && python -m build

FROM build AS publish
ENV TWINE_USERNAME=__token__
ENV TWINE_PASSWORD=@@secret@@
RUN twine upload --repository-url https://upload.pypi.org/legacy/ dist/*
''', secret=fakes.pypi_token(_seed()))

add("dockerfile/decoy-build-secret", "services/occupancy/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", '''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev

FROM node:20-alpine
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
USER node
CMD ["node", "dist/index.js"]
''')

add("github-actions/aws-secret-key", ".github/workflows/anpr-archive.yml", "GitHub Actions docs: env; AWS CLI env vars", '''
name: anpr-archive
on:
  schedule:
    - cron: "30 2 * * *"
jobs:
  archive:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r tools/archive/requirements.txt
      - run: python tools/archive/rotate.py --bucket parkplus-anpr-archive-prod --days 90
''', kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/release-sdk.yml", "GitHub Actions docs: secrets context; PyPI trusted publishing", '''
name: release-sdk
on:
  push:
    tags: ["v*"]
permissions:
  contents: read
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install build && python -m build tools/anpr-sdk
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/anpr-sdk/dist
      - name: Notify
        run: curl -s -X POST -d "text=anpr-sdk ${{ github.ref_name }}" "${{ secrets.SLACK_RELEASES_WEBHOOK }}"
''')

add("github-actions/docker-registry-password", ".github/workflows/kiosk-image.yml", "docker/login-action docs", '''
name: kiosk-image
on:
  push:
    branches: [main]
    paths: ["kiosk/**"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.parkplus.pl
          username: ci-kiosk
          password: @@secret@@
      - uses: docker/build-push-action@v6
        with:
          context: kiosk
          push: true
          tags: registry.parkplus.pl/kiosk/backend:${{ github.sha }}
''', secret=rand_pw(32))

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access tokens; CI variables", '''
stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  MIRROR_TOKEN: "@@secret@@"

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

mirror:
  stage: deploy
  only: [main]
  script:
    - git push "https://oauth2:${MIRROR_TOKEN}@gitlab.parkplus.pl/ops/tariffs.git" HEAD:main
''', secret=gitlab_token())

add("shell/github-token", "ops/scripts/clone_site_configs.sh", "GitHub docs: personal access tokens over HTTPS", '''
#!/usr/bin/env bash
# Klonuje konfiguracje obiektów na nowy serwer brzegowy
set -euo pipefail
SITE=${1:?podaj kod obiektu, np. KRK-GAL}
git clone --depth 1 \\
  "https://parkplus-deploy:@@secret@@@github.com/parkplus/site-configs.git" \\
  /opt/site-configs
ln -sf "/opt/site-configs/sites/${SITE}" /etc/parkplus/site
systemctl restart lane-agent
''', secret=fakes.github_token(_seed()))

add("env/github-fine-grained-token", "tools/release-notes/.env", "GitHub docs: fine-grained personal access tokens", '''
# release-notes generator (local run)
GITHUB_REPO=parkplus/parking-app
GITHUB_TOKEN=@@secret@@
JIRA_BASE=https://parkplus.atlassian.net
JIRA_PROJECT=APP
OUTPUT=CHANGELOG.md
''', secret=fakes.github_fine_grained_token(_seed()))

add("python/telegram-bot-token", "ops/alerts/telegram_bot.py", "Telegram Bot API docs: token", '''
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001843527710  # "Awarie obiektów"


def alert(site: str, text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        json={"chat_id": CHAT_ID, "text": f"[{site}] {text}", "disable_notification": False},
        timeout=5,
    )


if __name__ == "__main__":
    alert("KRK-GAL", "Test alertu: szlaban E1 nie odpowiada")
''', secret=fakes.telegram_token(_seed()))

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: slack_config", '''
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [site, alertname]
  routes:
    - matchers: [severity="critical"]
      receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#awarie-obiektow"
        send_resolved: true
        title: '{{ .CommonLabels.site }}: {{ .CommonLabels.alertname }}'
''', secret=slack_webhook())

add("yaml/decoy-slack-webhook-file", "monitoring/alertmanager/alertmanager.staging.yml", "Prometheus Alertmanager docs: api_url_file", '''
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook
        channel: "#awarie-test"
        send_resolved: false
''')

add("typescript/slack-bot-token", "tools/shift-bot/src/index.ts", "Slack Bolt for JS docs: token", '''
import { App } from "@slack/bolt";

const app = new App({
  token: "@@secret@@",
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command("/dyzur", async ({ ack, respond }) => {
  await ack();
  await respond("Dyżur techniczny: Marek W., tel. wewn. 412");
});

(async () => {
  await app.start(3000);
})();
''', secret=slack_bot())

add("json/gcp-service-account-key", "infra/gcp/anpr-ocr-sa.json", "Google Cloud docs: service account key file", '''
{
  "type": "service_account",
  "project_id": "parkplus-anpr",
  "private_key_id": "@@kid@@",
  "private_key": "@@pemline@@",
  "client_email": "anpr-ocr@parkplus-anpr.iam.gserviceaccount.com",
  "client_id": "104838261039482716635",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', secret=(_gpem := pkcs8()).splitlines()[1],
    kid=hexs(40), pemline=_gpem.replace("\n", "\\n") + "\\n")

add("python/decoy-google-maps-browser-key", "web/mapa/maps_template.py", "Google Maps JavaScript API docs: API key restricted by HTTP referrer", '''
# Szablon strony "Mapa parkingów" (renderowany przez Jinja; klucz Maps JS ograniczony do *.parkplus.pl)
MAPS_JS_KEY = "@@gk@@"

TEMPLATE = """
<div id="mapa" style="height: 480px"></div>
<script async src="https://maps.googleapis.com/maps/api/js?key={key}&callback=initMap&language=pl"></script>
"""


def render() -> str:
    return TEMPLATE.format(key=MAPS_JS_KEY)
''', gk=google_key())

add("python/google-maps-server-key", "services/geocode/geocode.py", "Google Maps Platform docs: server-side Geocoding API key", '''
import requests

# Klucz serwerowy (Geocoding + Distance Matrix), bez ograniczeń referrer
GEOCODE_KEY = "@@secret@@"


def geocode(address: str) -> tuple:
    r = requests.get(
        "https://maps.googleapis.com/maps/api/geocode/json",
        params={"address": address, "key": GEOCODE_KEY, "language": "pl", "region": "pl"},
        timeout=10,
    )
    loc = r.json()["results"][0]["geometry"]["location"]
    return loc["lat"], loc["lng"]
''', secret=google_key())

add("plist/decoy-firebase-config", "ios/ParkPlus/Resources/GoogleService-Info.plist", "Firebase docs: GoogleService-Info.plist (public identifiers)", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@gk@@</string>
	<key>GCM_SENDER_ID</key>
	<string>582730194461</string>
	<key>BUNDLE_ID</key>
	<string>pl.parkplus.app</string>
	<key>PROJECT_ID</key>
	<string>parkplus-app</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:582730194461:ios:@@appid@@</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
''', gk=google_key(), appid=hexs(22))

add("swift/stripe-secret-key", "ios/ParkPlus/Payments/StripeBackendStub.swift", "Stripe API docs: secret keys must stay server-side", '''
import Foundation

/// Tymczasowy stub do demo dla inwestora -- USUNĄĆ przed App Store.
enum StripeBackendStub {
    static let secretKey = "@@secret@@"

    static func createPaymentIntent(amount: Int) async throws -> Data {
        var req = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        req.httpMethod = "POST"
        req.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        req.httpBody = "amount=\\(amount)&currency=pln".data(using: .utf8)
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
''', secret=stripe_key())

add("kotlin/decoy-buildconfig-field", "android/app/build.gradle.kts", "Android Gradle docs: buildConfigField from local.properties", '''
import java.util.Properties

val secretsFile = rootProject.file("secrets.properties")
val secrets = Properties().apply { if (secretsFile.exists()) load(secretsFile.inputStream()) }

android {
    namespace = "pl.parkplus.app"
    defaultConfig {
        applicationId = "pl.parkplus.app"
        minSdk = 26
        targetSdk = 35
        versionCode = 412
        versionName = "4.12.0"
        buildConfigField("String", "MAPS_KEY", "\\"${secrets.getProperty("MAPS_KEY", "")}\\"")
        buildConfigField("String", "API_BASE", "\\"https://api.parkplus.pl/\\"")
    }
}
''')

add("properties/android-keystore-password", "android/keystore.properties", "Android docs: sign your app (keystore.properties)", '''
# Upload key for Google Play (app pl.parkplus.app)
storeFile=../keys/parkplus-upload.jks
storePassword=@@secret@@
keyAlias=upload
keyPassword=@@secret@@
''', secret=words_pw())

add("properties/decoy-signing-fingerprints", "android/docs/signing-fingerprints.properties", "Android docs: App Links assetlinks.json SHA-256 fingerprints", '''
# Public certificate fingerprints (for assetlinks.json and Firebase)
upload.sha1=@@s1@@
upload.sha256=@@s256@@
play.app_signing.sha256=@@p256@@
package=pl.parkplus.app
''', s1=":".join(upper_hex(40)[i:i + 2] for i in range(0, 40, 2)),
    s256=":".join(upper_hex(64)[i:i + 2] for i in range(0, 64, 2)),
    p256=":".join(upper_hex(64)[i:i + 2] for i in range(0, 64, 2)))

add("yaml/apple-app-store-connect-key", "ios/fastlane/api_key.yml", "fastlane docs: app_store_connect_api_key (key_content)", '''
# App Store Connect API key for CI uploads (team: ParkPlus Sp. z o.o.)
key_id: "@@kid@@"
issuer_id: "@@iss@@"
duration: 1200
in_house: false
key_content: |
@@key@@
''', secret=(_apem := pkcs8()), kid=upper_hex(10), iss=uuid_s(), key=indent(_apem, 2))

add("plist/decoy-merchant-identifier", "ios/ParkPlus/ParkPlus.entitlements", "Apple docs: Apple Pay merchant IDs entitlement", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>com.apple.developer.in-app-payments</key>
	<array>
		<string>merchant.pl.parkplus.app</string>
	</array>
	<key>com.apple.developer.associated-domains</key>
	<array>
		<string>applinks:app.parkplus.pl</string>
	</array>
	<key>aps-environment</key>
	<string>production</string>
</dict>
</plist>
''')

add("shell/ssh-private-key", "ops/edge/provision_key.sh", "OpenSSH docs: private key file; here-document provisioning", '''
#!/bin/bash
# Wgrywa klucz deploy na serwer brzegowy obiektu (jednorazowo przy instalacji)
set -e
install -d -m 700 /home/deploy/.ssh
cat > /home/deploy/.ssh/id_ed25519 <<'KEY'
@@secret@@
KEY
chmod 600 /home/deploy/.ssh/id_ed25519
chown -R deploy:deploy /home/deploy/.ssh
''', secret=pem("OPENSSH"))

add("markdown/decoy-public-key", "docs/onboarding/dostep-ssh.md", "OpenSSH docs: authorized_keys format", '''
# Dostęp SSH do serwerów brzegowych

Każdy technik dodaje **klucz publiczny** przez MR do `site-configs/authorized_keys/`.
Nigdy nie wysyłaj klucza prywatnego -- ani mailem, ani na Teams.

Przykład wpisu (klucz publiczny, bezpieczny do commitowania):

```
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ m.wisniewski@parkplus.pl
```

Odcisk sprawdzisz: `ssh-keygen -lf ~/.ssh/id_ed25519.pub` (SHA256:@@fp@@).
''', pub=fakes.drawn(_seed(), 43, ALNUM + "+/"), fp=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("yaml/tls-private-key", "deploy/k8s/ingress/tls-app.yaml", "Kubernetes docs: TLS Secret (stringData)", '''
apiVersion: v1
kind: Secret
metadata:
  name: app-parkplus-pl-tls
  namespace: ingress
type: kubernetes.io/tls
stringData:
  tls.crt: |
    -----BEGIN CERTIFICATE-----
    MIIDdzCCAl+gAwIBAgIUS2x0b2Fk
    -----END CERTIFICATE-----
  tls.key: |
@@key@@
''', secret=(_tpem := pem("RSA")), key=indent(_tpem, 4))

add("markdown/decoy-certificate", "docs/infra/certyfikaty.md", "X.509 / PEM certificate format (RFC 7468)", '''
# Certyfikaty TLS -- gdzie co leży

- `app.parkplus.pl`, `api.parkplus.pl`: cert-manager + Let's Encrypt (odnawianie automatyczne).
- Terminale płatnicze: certyfikat klienta wydaje eService; klucz prywatny generowany na urządzeniu.
- Certyfikat CA centrum monitoringu (publiczny, można wgrywać na kamery):

```
-----BEGIN CERTIFICATE-----
@@c1@@
@@c2@@
-----END CERTIFICATE-----
```

Klucze prywatne wyłącznie w Vault (`pki/parkplus-cm`).
''', c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"))

add("notebook/postgres-password", "analytics/notebooks/oblozenie_listopad.ipynb", "Jupyter nbformat v4; SQLAlchemy create_engine URL", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Obłożenie parkingów -- listopad 2026"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql://analityk:@@secret@@@pg-replica.parkplus.internal:5432/parking')\\n",
    "df = pd.read_sql('select site, hour, occupancy from occupancy_hourly where month = 11', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.pivot_table(index='hour', columns='site', values='occupancy').plot(figsize=(12, 5))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', secret=words_pw())

add("notebook/decoy-getpass", "analytics/notebooks/przychody_q3.ipynb", "Jupyter nbformat v4; getpass", '''
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
    "pw = os.environ.get('PG_PASSWORD') or getpass.getpass('Hasło do repliki: ')\\n",
    "engine = create_engine(f'postgresql://analityk:{pw}@pg-replica.parkplus.internal:5432/parking')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["pd.read_sql('select * from revenue_quarterly where q = 3', engine).head()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("json/azure-client-secret", "infra/azure/sp-reporting.json", "Azure CLI docs: az ad sp create-for-rbac output", '''
{
  "appId": "@@app@@",
  "displayName": "sp-parkplus-reporting",
  "password": "@@secret@@",
  "tenant": "@@tenant@@"
}
''', app=uuid_s(), secret=azure_secret(), tenant=uuid_s())

add("csharp/azure-storage-key", "ReportUploader/Program.cs", "Azure Storage docs: connection string with AccountKey", '''
using Azure.Storage.Blobs;

var conn = "DefaultEndpointsProtocol=https;AccountName=parkplusraporty;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";
var container = new BlobContainerClient(conn, "raporty-miesieczne");
await container.CreateIfNotExistsAsync();

foreach (var file in Directory.GetFiles(args[0], "*.pdf"))
{
    await container.GetBlobClient(Path.GetFileName(file)).UploadAsync(file, overwrite: true);
    Console.WriteLine($"wysłano {file}");
}
''', secret=azure_storage_key())

add("json/decoy-azure-sas-expired", "ReportUploader/samples/sas-example.json", "Azure Storage docs: SAS token (example, signature redacted)", '''
{
  "description": "Przykład formatu URL z SAS (podpis zastąpiony, token wygasł 2024-01-31)",
  "blobUrl": "https://parkplusraporty.blob.core.windows.net/raporty-miesieczne/2024-01.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-01-31T23:00:00Z&spr=https&sig=REDACTED",
  "expires": "2024-01-31T23:00:00Z",
  "permissions": "r"
}
''')

# ---------------------------------------------------------------- runbooks, handovers, notes (Polish)

add("markdown/vpn-psk", "docs/runbooks/nowy-obiekt-vpn.md", "strongSwan docs: ipsec.secrets PSK; MikroTik IPsec", '''
# Uruchomienie VPN na nowym obiekcie

Każdy obiekt łączy się tunelem IPsec (IKEv2) z centrum monitoringu w Krakowie.

## Kroki

1. Router obiektu: MikroTik hEX S, konfiguracja z szablonu `site-configs/mikrotik/obiekt.rsc`.
2. Ustaw adres publiczny obiektu w `/ip ipsec peer`.
3. Klucz PSK (wspólny dla obiektów regionu Południe):

```
/ip ipsec identity add peer=cm-krakow auth-method=pre-shared-key secret="@@secret@@"
```

4. Sprawdź: `/ip ipsec active-peers print` -- stan `established`.
5. Dodaj obiekt do Zabbixa (szablon "ParkPlus Obiekt").
''', secret=rand_pw(28))

add("markdown/database-password", "docs/przekazanie/2026-11-handover-jkowalczyk.md", "Handover note; PostgreSQL psql connection", '''
# Przekazanie obowiązków -- Jan Kowalczyk (ostatni dzień 30.11)

## Co jest w toku
- Migracja bazy kasowej z SQL Server do PostgreSQL -- 70%, skrypty w `db/migrate-kasa/`.
- Wymiana kamer na obiekcie WRO-SKY -- czekamy na dostawę 2 szt. iDS-TCM403.

## Dostępy, które trzeba przejąć
- Replika raportowa: `psql -h pg-replica.parkplus.internal -U migracja -d parking`
  hasło: `@@secret@@` (konto tymczasowe, usunąć po migracji!)
- Konto w panelu PayU: przekazane Annie (finanse).
- Klucz do szafy rack na WRO-SKY: u ochrony obiektu.

## Kontakty
- Serwis szlabanów (Magnetic): 600 123 456, p. Tomasz.
''', secret=words_pw())

add("markdown/decoy-handover-vault-paths", "docs/przekazanie/2026-10-handover-mzielinska.md", "Handover note; HashiCorp Vault KV paths", '''
# Przekazanie -- Magdalena Zielińska (urlop macierzyński od 15.10)

## Dostępy
Wszystkie hasła są w Vault, nic nie wysyłam mailem:
- `secret/payments/payu` -- client_secret i second_key (rotacja co 90 dni, następna 12.01).
- `secret/payments/p24` -- CRC i klucz API.
- `secret/anpr/<obiekt>/<kamera>` -- hasła do kamer.

Dostęp do ścieżek `payments/*` przyznaje Piotr N. (grupa `vault-payments`).

## Otwarte tematy
- Reklamacja do Tpay w sprawie podwójnych obciążeń (zgłoszenie TP-2026-88123).
- Aktualizacja cennika KAT-SIL od 1.12 (plik `tariffs/KAT-SIL-2026-12.yaml`).
''')

add("markdown/smtp-password", "docs/runbooks/poczta-automaty.md", "Runbook; SMTP relay credentials", '''
# Automaty płatnicze -- wysyłka paragonów e-mail

Automaty (Flowbird CWT) wysyłają e-paragony przez relay SMTP w home.pl.

| Parametr | Wartość |
|---|---|
| Serwer | `smtp.parkplus.home.pl:465` (SSL) |
| Login | `automaty@parkplus.pl` |
| Hasło | `@@secret@@` |
| Nadawca | `paragony@parkplus.pl` |

Jeśli paragony nie dochodzą: sprawdź limit 500 wiadomości/h w panelu home.pl.
''', secret=words_pw())

add("markdown/decoy-example-password", "docs/serwis/kamery-konfiguracja.md", "Hikvision ISAPI docs; password policy", '''
# Konfiguracja nowej kamery ANPR

1. Aktywacja kamery przez SADP. Ustaw hasło zgodnie z polityką (min. 12 znaków, 3 klasy).
   Przykład formatu z dokumentacji: `Przyklad!Haslo123` -- **nie używaj go**.
2. Wygeneruj hasło: `pwgen -sy 16 1` i zapisz w Vault pod `secret/anpr/<obiekt>/<kamera>`.
3. Utwórz konto `anpr-reader` (tylko odczyt zdarzeń), hasło też do Vault.
4. Włącz ISAPI, wyłącz UPnP i P2P (Hik-Connect).
5. NTP: `ntp.parkplus.internal`, strefa czasowa CET.
''')

add("markdown/payu-client-secret", "docs/finanse/integracja-payu.md", "PayU REST API docs: OAuth client_credentials", '''
# Integracja PayU -- notatki zespołu finansów

Sklep: **ParkPlus Abonamenty**, POS ID `4128531`.

Dane do API (z panelu PayU -> Moje sklepy -> Punkty płatności):

- Identyfikator punktu płatności (pos_id): 4128531
- Drugi klucz (MD5): trzymamy w Vault
- Protokół OAuth - client_id: 4128531
- Protokół OAuth - client_secret: @@secret@@

Notyfikacje idą na `https://api.parkplus.pl/payu/notify`. Zwroty tylko z panelu.
''', secret=hexs(32))

add("markdown/decoy-redacted-table", "docs/finanse/bramki-platnicze.md", "Internal documentation; masked credentials", '''
# Bramki płatnicze -- przegląd

| Bramka | Sklep / POS | Klucz | Gdzie jest sekret |
|---|---|---|---|
| PayU | 4128531 | `c1a9••••••••••••••••••••••••3e07` | Vault `secret/payments/payu` |
| Przelewy24 | 184352 | `****************` | Vault `secret/payments/p24` |
| Tpay | 01HQ7ZK3R8-parkplus | (ukryty) | Vault `secret/payments/tpay` |
| Stripe | acct_1OqLkT2eZvKYlo2C | `sk_live_…` (skrót) | Vault `secret/payments/stripe` |

Rotacja: co 90 dni, odpowiada zespół Płatności.
''')

add("markdown/telegram-bot-token", "ops/README.md", "Telegram Bot API docs: sendMessage", '''
# ops

Skrypty zespołu utrzymania obiektów.

## Alerty na Telegram
Bot `@ParkPlusAwarieBot` wysyła alerty do grupy "Awarie obiektów".

Szybki test z konsoli:

    curl "https://api.telegram.org/bot@@secret@@/sendMessage?chat_id=-1001843527710&text=test"

## Inne
- `scripts/clone_site_configs.sh` -- nowy serwer brzegowy
- `anpr/` -- narzędzia do kamer
''', secret=fakes.telegram_token(_seed()))

add("markdown/decoy-telegram-placeholder", "ops/alerts/README.md", "Telegram Bot API docs", '''
# Alerty Telegram

Ustaw zmienne przed uruchomieniem `telegram_bot.py`:

```bash
export TELEGRAM_BOT_TOKEN="<token od @BotFather>"
export TELEGRAM_CHAT_ID="-100XXXXXXXXXX"
python telegram_bot.py
```

Token trzymamy w Vault: `secret/ops/telegram`.
''')

add("markdown/camera-admin-password", "docs/obiekty/KAT-SIL.md", "Site documentation; Dahua camera web login", '''
# KAT-SIL -- Silesia City Center, parking P2

- Wjazdy: 3 (E1-E3), wyjazdy: 3 (X1-X3), 1420 miejsc.
- Kamery ANPR: Dahua ITC413-PW4D, IP 10.33.4.21-26.
- Login webowy kamer: `admin` / `@@secret@@`
- Szlabany: Came GARD 8, sterowniki na słupkach.
- Automaty: 4x Flowbird CWT Touch (poziom 0, przy windach).
- Serwis lokalny: Securitas, dyżurka przy wjeździe E1, tel. 32 123 45 67.
''', secret=words_pw())

add("markdown/aws-secret-key", "docs/runbooks/archiwum-anpr-s3.md", "AWS CLI docs: configure via environment variables", '''
# Archiwum zdjęć ANPR w S3

Zdjęcia starsze niż 7 dni lecą do `s3://parkplus-anpr-archive-prod` (Glacier po 30 dniach,
usuwanie po 90 -- wymóg RODO).

Ręczne przywrócenie zdjęć dla reklamacji:

```bash
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
aws s3 cp s3://parkplus-anpr-archive-prod/KRK-GAL/2026-11-14/ ./reklamacja/ --recursive
```

Wynik przekaż do działu reklamacji przez SharePoint, nie mailem.
''', kid=fakes.aws_key_id(_seed()), secret=fakes.aws_secret_key(_seed()))

add("markdown/decoy-aws-example-keys", "docs/infra/aws-lokalnie.md", "AWS docs: example access keys (AKIAIOSFODNN7EXAMPLE)", '''
# Praca z AWS lokalnie

Używamy AWS SSO (`aws sso login --profile parkplus-dev`), nie kluczy statycznych.

Jeśli narzędzie wymaga kluczy w pliku, użyj przykładowych z dokumentacji AWS dla localstacka:

```ini
[localstack]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
endpoint_url = http://localhost:4566
```
''')

add("markdown/ftp-password", "docs/windykacja/eksport-do-europarkcontrol.md", "Runbook; FTPS credentials", '''
# Eksport nieopłaconych postojów do windykacji

Partner: EuroParkControl Sp. z o.o. Wysyłamy codziennie CSV + zdjęcia (skrypt
`anpr/export/upload_images.sh`).

Dane FTP (uzgodnione z p. Kasprzakiem, 2026-09-02):
- host: `ftp.europarkcontrol.pl`, port 21, FTPS explicit
- użytkownik: `parkplus`
- hasło: `@@secret@@`

Uwaga: partner blokuje IP po 5 błędnych logowaniach.
''', secret=rand_pw(12))

add("markdown/decoy-rodo-hashing", "docs/rodo/pseudonimizacja-tablic.md", "GDPR pseudonymisation; HMAC-SHA256 (RFC 2104)", '''
# Pseudonimizacja numerów rejestracyjnych

W raportach i eksportach numer tablicy zastępujemy HMAC-SHA256 z kluczem obiektu
(klucz w Vault `secret/rodo/hmac/<obiekt>`, nie w repo).

Przykład (dla tablicy testowej `KR 00000`):

| Pole | Wartość |
|---|---|
| plate | KR 00000 |
| plate_hmac | `@@h@@` |
| key_version | 3 |

Klucz rotujemy co rok; stare wartości zostają z numerem wersji.
''', h=hexs(64))

add("markdown/decoy-ids-table", "docs/obiekty/lista-obiektow.md", "Internal site list; identifiers", '''
# Lista obiektów

| Kod | Nazwa | Miasto | ID w systemie | Skidata facility |
|---|---|---|---|---|
| KRK-GAL | Galeria Kazimierz P-1 | Kraków | @@u1@@ | 550117 |
| KAT-SIL | Silesia City Center P2 | Katowice | @@u2@@ | 550240 |
| GDA-FOR | Forum Gdańsk | Gdańsk | @@u3@@ | 550301 |
| WRO-SKY | Sky Tower | Wrocław | @@u4@@ | 550412 |
| POZ-SB | Stary Browar | Poznań | @@u5@@ | 550519 |
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("markdown/ksef-token", "docs/finanse/ksef-faktury.md", "KSeF API docs (ksef.mf.gov.pl): authorisation token", '''
# Faktury abonamentowe w KSeF

Od 2026 wszystkie faktury B2B wysyłamy przez KSeF (Krajowy System e-Faktur).

- NIP ParkPlus: 6762512345
- Środowisko: produkcyjne `https://ksef.mf.gov.pl/api`
- Token autoryzacyjny (wygenerowany w aplikacji podatnika 2026-10-01, uprawnienia: wystawianie faktur):

`@@secret@@`

Serwis `invoicing` czyta token z `KSEF_TOKEN`; wpisany tu na czas testów -- do usunięcia.
''', secret=upper_hex(64))

add("python/ksef-token", "services/invoicing/ksef_client.py", "KSeF API docs: InitToken / session token", '''
import base64
import time

import requests

KSEF_URL = "https://ksef.mf.gov.pl/api"
NIP = "6762512345"
KSEF_TOKEN = "@@secret@@"


def init_session(challenge: str, public_key) -> str:
    raw = f"{KSEF_TOKEN}|{int(time.time() * 1000)}".encode()
    encrypted = base64.b64encode(public_key.encrypt(raw)).decode()
    body = {"challenge": challenge, "identifier": NIP, "token": encrypted}
    r = requests.post(f"{KSEF_URL}/online/Session/InitToken", json=body, timeout=30)
    r.raise_for_status()
    return r.json()["sessionToken"]["token"]
''', secret=upper_hex(64))

add("python/fakturownia-api-token", "services/invoicing/fakturownia.py", "Fakturownia API docs (app.fakturownia.pl/api)", '''
import requests

ACCOUNT = "parkplus"
API_TOKEN = "@@secret@@"


def create_invoice(buyer: dict, positions: list) -> int:
    payload = {
        "api_token": API_TOKEN,
        "invoice": {"kind": "vat", "buyer_name": buyer["name"], "buyer_tax_no": buyer["nip"],
                    "positions": positions, "payment_type": "transfer"},
    }
    r = requests.post(f"https://{ACCOUNT}.fakturownia.pl/invoices.json", json=payload, timeout=20)
    r.raise_for_status()
    return r.json()["id"]
''', secret=rand_pw(20) + "/parkplus")

add("yaml/decoy-nip-regon-iban", "services/invoicing/config/seller.yml", "Polish invoice data: NIP, REGON, IBAN (public on every invoice)", '''
seller:
  name: ParkPlus Sp. z o.o.
  address: ul. Wielicka 28, 30-552 Kraków
  nip: "6762512345"
  regon: "123456785"
  krs: "0000812345"
  bank_account: PL61 1090 1014 0000 0712 1981 2874
  swift: WBKPPLPP
invoice_numbering: "FV/{year}/{month}/{seq:05d}"
default_payment_days: 14
''')

add("toml/infakt-api-key", "services/invoicing/infakt.toml", "inFakt API docs: X-inFakt-ApiKey header", '''
[infakt]
base_url = "https://api.infakt.pl/api/v3"
api_key = "@@secret@@"
default_vat = "23"
sale_type = "service"

[mapping]
abonament = "Abonament parkingowy"
jednorazowy = "Usługa parkingowa"
''', secret=hexs(40))

add("java/decoy-test-card-numbers", "kiosk/src/test/java/pl/parkplus/kiosk/CardMaskTest.java", "PCI DSS masking; Visa/Mastercard test card numbers", '''
package pl.parkplus.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CardMaskTest {
    @Test
    void masksAllButLastFour() {
        assertEquals("************1111", CardMask.mask("4111111111111111"));
        assertEquals("************4444", CardMask.mask("5555555555554444"));
    }

    @Test
    void keepsBinForRouting() {
        assertEquals("411111", CardMask.bin("4111111111111111"));
    }
}
''')

add("python/decoy-blik-test-codes", "tests/payments/test_blik.py", "PayU sandbox docs: BLIK test codes", '''
import pytest

from payments.blik import BlikError, validate_code

# Kody z dokumentacji sandboxa PayU: 777xxx = sukces, 500500 = odrzucony
@pytest.mark.parametrize("code", ["777123", "777654"])
def test_accepts_six_digits(code):
    assert validate_code(code) == code


@pytest.mark.parametrize("code", ["12345", "abcdef", "1234567"])
def test_rejects_bad_codes(code):
    with pytest.raises(BlikError):
        validate_code(code)
''')

add("shell/decoy-vault-cli", "ops/scripts/rotate_payu.sh", "HashiCorp Vault docs: vault kv get/put", '''
#!/usr/bin/env bash
# Rotacja drugiego klucza PayU: nowy klucz wklejasz z panelu PayU do Vault
set -euo pipefail
read -r -s -p "Nowy second_key z panelu PayU: " NEW_KEY; echo
vault kv patch secret/payments/payu second_key="$NEW_KEY"
kubectl -n checkout rollout restart deployment/checkout-api
vault kv get -field=updated_at secret/payments/payu
unset NEW_KEY
''')

add("shell/mikrotik-password", "ops/mikrotik/backup_all.sh", "MikroTik RouterOS docs: SSH export; sshpass", '''
#!/bin/bash
# Nocny backup konfiguracji routerów obiektów
ROUTERS="10.41.0.1 10.33.0.1 10.60.0.1 10.80.0.1 10.70.0.1"
OUT=/srv/backup/mikrotik/$(date +%F)
mkdir -p "$OUT"
for r in $ROUTERS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no backup@"$r" /export terse > "$OUT/$r.rsc"
done
find /srv/backup/mikrotik -maxdepth 1 -mtime +60 -exec rm -rf {} +
''', secret=words_pw())

add("python/decoy-hash-constants", "edge/lane-agent/firmware_check.py", "SHA-256 firmware checksums", '''
import hashlib
from pathlib import Path

# Sumy kontrolne zatwierdzonych wersji firmware (z portalu producenta)
APPROVED = {
    "iDS-TCM403-BI_V5.7.12": "@@h1@@",
    "iDS-TCM403-BI_V5.7.15": "@@h2@@",
    "ITC413-PW4D_V2.820.0": "@@h3@@",
}


def approved(path: Path, version: str) -> bool:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return APPROVED.get(version) == digest
''', h1=hexs(64), h2=hexs(64), h3=hexs(64))

# ---------------------------------------------------------------- more code, packaging, deployment

add("ini/pypi-token", "tools/anpr-sdk/.pypirc", "PyPI docs: .pypirc with API token", '''
[distutils]
index-servers =
    pypi
    parkplus

[pypi]
username = __token__
password = @@secret@@

[parkplus]
repository = https://pypi.parkplus.internal/simple/
username = ci
''', secret=fakes.pypi_token(_seed()))

add("ini/decoy-pip-conf", "edge/lane-agent/pip.conf", "pip docs: configuration file; index-url", '''
[global]
index-url = https://pypi.parkplus.internal/simple/
extra-index-url = https://pypi.org/simple/
trusted-host = pypi.parkplus.internal
timeout = 30
# uwierzytelnianie przez keyring (keyrings.envvars), bez haseł w pliku
''')

add("ini/npm-token", "apps/web/.npmrc", "npm docs: .npmrc authToken", '''
registry=https://registry.npmjs.org/
@parkplus:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@gh@@
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
''', gh="${GITHUB_PACKAGES_TOKEN}", secret=npm_token())

add("json/docker-registry-auth", "ops/edge/docker-config.json", "Docker docs: config.json auths (base64 user:password)", '''
{
  "auths": {
    "registry.parkplus.pl": {
      "auth": "@@auth@@"
    }
  },
  "credsStore": "",
  "detachKeys": "ctrl-e,e"
}
''', secret=(_dpw := rand_pw(24)), auth=b64("edge-pull:" + _dpw))

add("json/decoy-docker-creds-helper", "ops/workstation/docker-config.json", "Docker docs: credential helpers", '''
{
  "auths": {
    "registry.parkplus.pl": {}
  },
  "credHelpers": {
    "418273550912.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "desktop"
}
''')

add("ansible/device-password", "ansible/group_vars/kiosks.yml", "Ansible docs: group_vars; win_user", '''
---
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: PARKPLUS\\svc-ansible
ansible_password: "@@secret@@"

kiosk_app_version: 3.8.2
kiosk_payment_terminal: ingenico-self-4000
kiosk_locale: pl-PL
kiosk_autologon_user: kiosk
''', secret=words_pw())

add("ansible/decoy-ansible-vault", "ansible/group_vars/edge_servers/vault.yml", "Ansible docs: ansible-vault encrypted file", '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(40))

add("ansible/redis-password", "ansible/roles/redis/defaults/main.yml", "Ansible role defaults; Redis requirepass", '''
---
redis_version: "7.2"
redis_bind: 0.0.0.0
redis_port: 6379
redis_maxmemory: 2gb
redis_maxmemory_policy: allkeys-lru
redis_requirepass: "@@secret@@"
redis_appendonly: "yes"
redis_save:
  - "900 1"
  - "300 10"
''', secret=fakes.redis_password(_seed()))

add("ansible/decoy-vault-lookup", "ansible/roles/anpr/tasks/cameras.yml", "Ansible docs: community.hashi_vault lookup", '''
---
- name: Ustaw hasło konta anpr-reader na kamerach
  ansible.builtin.uri:
    url: "http://{{ item.host }}/ISAPI/Security/users/2"
    method: PUT
    user: admin
    password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/anpr/' ~ site ~ '/' ~ item.id ~ ':admin') }}"
    body: "{{ lookup('template', 'user.xml.j2') }}"
    force_basic_auth: false
  loop: "{{ cameras }}"
  no_log: true
''')

add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", "Terraform Cloudflare provider docs: api_token", '''
provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "app" {
  zone_id = "3f1c2a7e9b0d4c5a8e6f1b2d3c4a5e6f"
  name    = "app"
  value   = "203.0.113.40"
  type    = "A"
  proxied = true
}
''', secret=rand_pw(40, "_-"))

add("terraform/decoy-public-ids", "infra/cloudflare/zones.tf", "Terraform Cloudflare provider docs: zone and account ids", '''
locals {
  account_id = "9a7c3e1f5b2d4a6c8e0f1a3b5c7d9e1f"
  zones = {
    "parkplus.pl"      = "3f1c2a7e9b0d4c5a8e6f1b2d3c4a5e6f"
    "parkplus.com.pl"  = "7b2e4d6f8a0c1e3b5d7f9a1c3e5b7d9f"
  }
}

resource "cloudflare_zone_settings_override" "main" {
  zone_id = local.zones["parkplus.pl"]
  settings {
    ssl              = "strict"
    always_use_https = "on"
  }
}
''')

add("terraform/azure-client-secret", "infra/azure/terraform.tfvars", "Terraform azurerm provider docs: client_secret", '''
subscription_id = "@@sub@@"
tenant_id       = "@@ten@@"
client_id       = "@@cli@@"
client_secret   = "@@secret@@"
location        = "polandcentral"
environment     = "prod"
''', sub=uuid_s(), ten=uuid_s(), cli=uuid_s(), secret=azure_secret())

add("yaml/helm-values-db-password", "deploy/helm/parking-api/values-prod.yaml", "Helm docs: values files; Bitnami PostgreSQL chart auth", '''
replicaCount: 3
image:
  repository: registry.parkplus.pl/parking/api
  tag: "5.4.1"
ingress:
  enabled: true
  hosts:
    - host: api.parkplus.pl
      paths: [{ path: /, pathType: Prefix }]
postgresql:
  enabled: false
externalDatabase:
  host: pg-main.parkplus.internal
  user: parking_app
  password: "@@secret@@"
  database: parking
resources:
  limits: { cpu: "1", memory: 1Gi }
''', secret=rand_pw(22))

add("yaml/decoy-helm-existing-secret", "deploy/helm/parking-api/values-staging.yaml", "Helm docs: existingSecret pattern", '''
replicaCount: 1
image:
  repository: registry.parkplus.pl/parking/api
  tag: "5.5.0-rc.2"
externalDatabase:
  host: pg-staging.parkplus.internal
  user: parking_app
  existingSecret: parking-api-db
  existingSecretPasswordKey: password
  database: parking
''')

add("k8s/decoy-configmap", "deploy/k8s/anpr/configmap.yaml", "Kubernetes docs: ConfigMap", '''
apiVersion: v1
kind: ConfigMap
metadata:
  name: anpr-collector
  namespace: anpr
data:
  SITE: KRK-GAL
  MIN_CONFIDENCE: "0.75"
  MQTT_HOST: mqtt.parkplus.internal
  MQTT_PORT: "8883"
  ARCHIVE_BUCKET: parkplus-anpr-archive-prod
  IMAGE_RETENTION_DAYS: "7"
''')

add("k8s-secret/smsapi-token", "deploy/k8s/notifier/secret.yaml", "Kubernetes docs: Secret data (base64); SMSAPI token", '''
apiVersion: v1
kind: Secret
metadata:
  name: notifier
  namespace: notifier
type: Opaque
data:
  SMSAPI_TOKEN: @@tok@@
  SMTP_USER: @@user@@
''', secret=(_smstok := rand_pw(40)), tok=b64(_smstok), user=b64("powiadomienia@parkplus.pl"))

add("xml/decoy-web-config-transform", "PayStation/Web.Release.config", "Microsoft docs: Web.config transformation; protected configuration", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#tripledes-cbc" />
      <CipherData>
        <CipherValue>@@cv@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
''', cv=b64_bytes(180))

add("xml/smtp-password", "PayStation/App.config", ".NET docs: system.net mailSettings", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <system.net>
    <mailSettings>
      <smtp from="automat-kat-sil@parkplus.pl" deliveryMethod="Network">
        <network host="smtp.parkplus.home.pl" port="587" enableSsl="true"
                 userName="automaty@parkplus.pl" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <appSettings>
    <add key="Site" value="KAT-SIL" />
    <add key="StationId" value="AP-03" />
  </appSettings>
</configuration>
''', secret=words_pw())

add("xml/decoy-maven-settings", "kiosk/.mvn/settings.xml", "Maven docs: settings.xml servers with env interpolation", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>parkplus-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>parkplus-nexus</id>
      <url>https://nexus.parkplus.internal/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''')

add("properties/nexus-password", "kiosk/gradle.properties", "Gradle docs: gradle.properties credentials", '''
org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
parkplusNexusUser=ci-kiosk
parkplusNexusPassword=@@secret@@
''', secret=rand_pw(18))

add("properties/decoy-gradle-empty", "android/gradle.properties", "Gradle docs: gradle.properties", '''
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
# credentials come from ~/.gradle/gradle.properties on CI, never from the repo
parkplusNexusUser=
parkplusNexusPassword=
''')

add("go/postgres-dsn-password", "internal/occupancy/store.go", "pgx docs: connection string", '''
package occupancy

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "host=pg-main.parkplus.internal port=5432 user=occupancy password=@@secret@@ dbname=parking sslmode=require"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConns = 8
	return pgxpool.NewWithConfig(ctx, cfg)
}
''', secret=rand_pw(18))

add("go/decoy-getenv", "internal/notify/telegram.go", "Go docs: os.Getenv", '''
package notify

import (
	"fmt"
	"net/http"
	"net/url"
	"os"
)

func Telegram(chatID, text string) error {
	token := os.Getenv("TELEGRAM_BOT_TOKEN")
	if token == "" {
		return fmt.Errorf("TELEGRAM_BOT_TOKEN is not set")
	}
	_, err := http.PostForm(fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", token),
		url.Values{"chat_id": {chatID}, "text": {text}})
	return err
}
''')

add("go/basic-auth-header", "internal/paystation/flowbird.go", "RFC 7617 HTTP Basic; Flowbird back-office API (vendor guide)", '''
package paystation

import "net/http"

const flowbirdAPI = "https://bo.flowbird.pl/api/v1"

// Konto integracyjne ParkPlus w back-office Flowbird
const flowbirdAuth = "Basic @@auth@@"

func NewRequest(path string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, flowbirdAPI+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", flowbirdAuth)
	req.Header.Set("Accept", "application/json")
	return req, nil
}
''', secret=(_fpw := words_pw()), auth=b64("parkplus-integr:" + _fpw))

add("rust/decoy-env-var", "edge/lane-agent/src/secrets.rs", "Rust std::env::var docs", '''
use std::env;

pub struct Secrets {
    pub mqtt_password: String,
    pub gate_token: String,
}

impl Secrets {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            mqtt_password: env::var("MQTT_PASSWORD")?,
            gate_token: env::var("GATE_API_TOKEN")?,
        })
    }
}
''')

add("rust/skidata-api-key", "edge/lane-agent/src/skidata.rs", "Skidata Parking.Logic API (vendor integration guide): API key header", '''
use reqwest::blocking::Client;

const BASE: &str = "https://10.41.12.40/api/v2";
const API_KEY: &str = "@@secret@@";

pub fn ticket(client: &Client, barcode: &str) -> reqwest::Result<String> {
    client
        .get(format!("{BASE}/tickets/{barcode}"))
        .header("X-Api-Key", API_KEY)
        .send()?
        .text()
}
''', secret=uuid_s())

add("kotlin/decoy-test-constants", "android/app/src/test/java/pl/parkplus/app/SessionParserTest.kt", "JUnit test fixtures; UUID session ids", '''
package pl.parkplus.app

import org.junit.Assert.assertEquals
import org.junit.Test

class SessionParserTest {
    private val sessionId = "@@sid@@"
    private val plate = "KR 4X12A"

    @Test
    fun parsesStartedSession() {
        val json = """{"id":"$sessionId","plate":"$plate","zone":"KRK-GAL","state":"STARTED"}"""
        val s = SessionParser.parse(json)
        assertEquals(sessionId, s.id)
        assertEquals(plate, s.plate)
    }
}
''', sid=uuid_s())

add("kotlin/mapbox-secret-token", "android/app/src/main/java/pl/parkplus/app/map/OfflineRegions.kt", "Mapbox docs: secret access tokens (sk.)", '''
package pl.parkplus.app.map

import com.mapbox.common.MapboxOptions

object OfflineRegions {
    // sk. token z uprawnieniem DOWNLOADS:READ -- potrzebny do pobierania paczek offline
    private const val DOWNLOADS_TOKEN = "@@secret@@"

    fun init() {
        MapboxOptions.accessToken = DOWNLOADS_TOKEN
    }
}
''', secret=mapbox_secret())

add("typescript/decoy-mapbox-public-token", "apps/web/src/map/config.ts", "Mapbox docs: public access tokens (pk.) are client-side", '''
// Public token (pk.), URL-restricted to *.parkplus.pl in the Mapbox account.
export const MAPBOX_TOKEN =
  "pk.@@body@@.@@sig@@";

export const MAP_STYLE = "mapbox://styles/parkplus/clx0parking01";
export const START = { lng: 19.9449, lat: 50.0497, zoom: 12 };
''', body=b64('{"u":"parkplus","a":"' + fakes.drawn(_seed(), 25, "abcdefghijklmnopqrstuvwxyz0123456789") + '"}').rstrip("="),
    sig=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("typescript/decoy-sentry-dsn", "apps/web/src/sentry.ts", "Sentry docs: DSN is safe to expose in client code", '''
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@pub@@@o4507123.ingest.de.sentry.io/4507123456",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  release: import.meta.env.VITE_RELEASE,
});
''', pub=hexs(32))

add("github-actions/sentry-auth-token", ".github/workflows/web-release.yml", "Sentry docs: auth tokens (sntrys_) for source maps upload", '''
name: web-release
on:
  push:
    tags: ["web-v*"]
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
        working-directory: apps/web
      - uses: getsentry/action-release@v1
        env:
          SENTRY_AUTH_TOKEN: @@secret@@
          SENTRY_ORG: parkplus
          SENTRY_PROJECT: web
        with:
          sourcemaps: apps/web/dist
''', secret="sntrys_" + b64('{"iat":1764547200.0,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"parkplus"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

# ---------------------------------------------------------------- app backend, partners, monitoring

add("env/django-secret-key", "backend/.env.prod", "Django docs: SECRET_KEY", '''
DJANGO_SETTINGS_MODULE=parking_app.settings.prod
DJANGO_SECRET_KEY=@@secret@@
DJANGO_ALLOWED_HOSTS=api.parkplus.pl,app.parkplus.pl
DATABASE_URL=${DATABASE_URL}
SENTRY_ENVIRONMENT=production
''', secret=fakes.django_secret_key(_seed()))

add("env/decoy-example", "backend/.env.example", "Django docs: SECRET_KEY; dotenv example files", '''
# Skopiuj do .env i uzupełnij (wartości z Vault: secret/parking-app/<env>)
DJANGO_SETTINGS_MODULE=parking_app.settings.dev
DJANGO_SECRET_KEY=change-me-to-a-long-random-string
DATABASE_URL=postgres://parking_app:parking_app@localhost:5432/parking
REDIS_URL=redis://localhost:6379/0
P24_CRC=
P24_SECRET_ID=
PAYU_CLIENT_SECRET=
SMSAPI_TOKEN=
''')

add("env/laravel-app-key", "partner-portal/.env.production", "Laravel docs: APP_KEY (base64:)", '''
APP_NAME="ParkPlus Portal Partnera"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://partner.parkplus.pl

DB_CONNECTION=pgsql
DB_HOST=pg-main.parkplus.internal
DB_DATABASE=partner
DB_USERNAME=partner
DB_PASSWORD=${PARTNER_DB_PASSWORD}
''', secret=b64_bytes(32))

add("python/jwt-signing-secret", "backend/parking_app/auth/tokens.py", "PyJWT docs: HS256 encode/decode", '''
import datetime as dt

import jwt

# Podpis tokenów dla aplikacji mobilnej (HS256)
JWT_SECRET = "@@secret@@"
JWT_TTL = dt.timedelta(hours=12)


def issue(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + JWT_TTL}, JWT_SECRET, algorithm="HS256")


def verify(token: str) -> int:
    return int(jwt.decode(token, JWT_SECRET, algorithms=["HS256"])["sub"])
''', secret=rand_pw(48, "-_"))

add("python/decoy-jwks-public", "backend/parking_app/auth/partner_jwks.py", "RFC 7517 JSON Web Key Set (public keys)", '''
# Publiczne klucze partnera moBILET do weryfikacji ich tokenów (pobrane z ich /.well-known/jwks.json)
MOBILET_JWKS = {
    "keys": [
        {
            "kty": "RSA",
            "kid": "mobilet-2026-09",
            "use": "sig",
            "alg": "RS256",
            "e": "AQAB",
            "n": "@@n@@",
        }
    ]
}
''', n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("python/hmac-pseudonymisation-key", "anpr/collector/pseudonym.py", "Python docs: hmac; GDPR pseudonymisation", '''
import hashlib
import hmac

# Klucz HMAC do pseudonimizacji tablic -- wersja 3 (KRK-GAL)
PLATE_KEY = bytes.fromhex("@@secret@@")
KEY_VERSION = 3


def pseudonym(plate: str) -> str:
    normalised = "".join(ch for ch in plate.upper() if ch.isalnum())
    return hmac.new(PLATE_KEY, normalised.encode(), hashlib.sha256).hexdigest()
''', secret=hexs(64))

add("json/mobilet-partner-api-key", "services/partners/config/mobilet.json", "moBILET partner API (integration agreement): API key and secret", '''
{
  "partner": "mobilet",
  "base_url": "https://partner-api.mobilet.pl/v2",
  "operator_id": "PARKPLUS",
  "api_key": "@@kid@@",
  "api_secret": "@@secret@@",
  "zones": ["KRK-GAL", "KAT-SIL", "POZ-SB"],
  "callback_url": "https://api.parkplus.pl/partners/mobilet/callback"
}
''', kid=uuid_s(), secret=rand_pw(40))

add("yaml/skycash-partner-secret", "services/partners/config/skycash.yaml", "SkyCash partner API (integration agreement): HMAC secret", '''
partner: skycash
base_url: https://api.skycash.com/parking/v1
merchant_id: 30412
zones:
  - code: KRK-GAL
    tariff: KRK-2026-A
  - code: GDA-FOR
    tariff: GDA-2026-A
hmac:
  algorithm: sha256
  secret: "@@secret@@"
callback_url: https://api.parkplus.pl/partners/skycash/callback
''', secret=b64_bytes(32))

add("yaml/decoy-partner-config-refs", "services/partners/config/easypark.yaml", "Partner integration config; secret references", '''
partner: easypark
base_url: https://api.easyparksystem.net/operator/v3
operator_id: PL-PARKPLUS
credentials:
  client_id: parkplus-pl-operator
  client_secret: vault:secret/partners/easypark#client_secret
zones:
  - code: WRO-SKY
    external_id: "PL-WRO-4412"
  - code: POZ-SB
    external_id: "PL-POZ-2231"
''')

add("csharp/decoy-recaptcha-site-key", "PartnerPortal/Views/Shared/_Recaptcha.cshtml", "Google reCAPTCHA docs: site key (public)", '''
@* Site key: publiczny, osadzany w stronie; secret key jest w Key Vault *@
@{
    const string SiteKey = "6Lc@@sk@@";
}
<script src="https://www.google.com/recaptcha/api.js?hl=pl" async defer></script>
<div class="g-recaptcha" data-sitekey="@SiteKey"></div>
''', sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("csharp/recaptcha-secret-key", "PartnerPortal/Services/RecaptchaVerifier.cs", "Google reCAPTCHA docs: verify with secret key", '''
using System.Net.Http;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace ParkPlus.PartnerPortal.Services
{
    public class RecaptchaVerifier
    {
        private const string Secret = "6Lc@@secret@@";
        private readonly HttpClient _http = new HttpClient();

        public async Task<bool> VerifyAsync(string response)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["secret"] = Secret,
                ["response"] = response,
            });
            var r = await _http.PostAsync("https://www.google.com/recaptcha/api/siteverify", form);
            return (await r.Content.ReadAsStringAsync()).Contains("\\"success\\": true");
        }
    }
}
''', secret=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("python/firebase-admin-key", "backend/parking_app/push/firebase.py", "Firebase Admin SDK docs: credentials.Certificate from dict", '''
import firebase_admin
from firebase_admin import credentials, messaging

_cred = credentials.Certificate({
    "type": "service_account",
    "project_id": "parkplus-app",
    "client_email": "firebase-adminsdk-k2x9q@parkplus-app.iam.gserviceaccount.com",
    "private_key": """@@secret@@""",
    "token_uri": "https://oauth2.googleapis.com/token",
})
firebase_admin.initialize_app(_cred)


def remind(token: str, minutes: int) -> str:
    msg = messaging.Message(token=token, notification=messaging.Notification(
        title="Parking", body=f"Twój postój kończy się za {minutes} min"))
    return messaging.send(msg)
''', secret=pkcs8())

add("typescript/onesignal-rest-key", "services/push/src/onesignal.ts", "OneSignal docs: REST API key (Authorization: Key)", '''
const APP_ID = "@@app@@";
const REST_KEY = "os_v2_app_@@secret@@";

export async function broadcast(zone: string, text: string): Promise<void> {
  await fetch("https://api.onesignal.com/notifications", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Key ${REST_KEY}` },
    body: JSON.stringify({
      app_id: APP_ID,
      filters: [{ field: "tag", key: "zone", relation: "=", value: zone }],
      contents: { pl: text, en: text },
    }),
  });
}
''', app=uuid_s(), secret=fakes.drawn(_seed(), 113, "abcdefghijklmnopqrstuvwxyz234567"))

add("yaml/datadog-api-key", "deploy/datadog/values.yaml", "Datadog Helm chart docs: datadog.apiKey", '''
datadog:
  site: datadoghq.eu
  apiKey: @@secret@@
  clusterName: parkplus-prod
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
  tags:
    - "company:parkplus"
    - "env:prod"
''', secret=hexs(32))

add("yaml/decoy-datadog-existing-secret", "deploy/datadog/values-staging.yaml", "Datadog Helm chart docs: apiKeyExistingSecret", '''
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-api
  appKeyExistingSecret: datadog-app
  clusterName: parkplus-staging
  logs:
    enabled: true
''')

add("shell/grafana-token", "monitoring/grafana/import_dashboards.sh", "Grafana docs: service account tokens (glsa_)", '''
#!/usr/bin/env bash
# Import dashboardów obiektów do Grafany
set -euo pipefail
GRAFANA=https://grafana.parkplus.internal
TOKEN="@@secret@@"
for f in dashboards/*.json; do
  curl -sf -X POST "$GRAFANA/api/dashboards/db" \\
    -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \\
    -d "{\\"dashboard\\": $(cat "$f"), \\"overwrite\\": true, \\"folderUid\\": \\"obiekty\\"}" >/dev/null
  echo "zaimportowano $f"
done
''', secret="glsa_" + rand_pw(32) + "_" + hexs(8))

add("python/zabbix-api-token", "monitoring/zabbix/add_site.py", "Zabbix API docs: API tokens", '''
from pyzabbix import ZabbixAPI

zapi = ZabbixAPI("https://zabbix.parkplus.internal")
zapi.login(api_token="@@secret@@")


def add_site(code: str, router_ip: str) -> str:
    group = zapi.hostgroup.get(filter={"name": "Obiekty"})[0]["groupid"]
    template = zapi.template.get(filter={"host": "ParkPlus Obiekt"})[0]["templateid"]
    res = zapi.host.create(host=f"router-{code}", groups=[{"groupid": group}],
                           templates=[{"templateid": template}],
                           interfaces=[{"type": 2, "main": 1, "useip": 1, "ip": router_ip, "dns": "", "port": "161",
                                        "details": {"version": 2, "community": "{$SNMP_COMMUNITY}"}}])
    return res["hostids"][0]
''', secret=hexs(64))

add("ini/snmp-community", "monitoring/zabbix/snmp-obiekty.conf", "Net-SNMP docs: snmpd.conf rocommunity", '''
# snmpd na serwerach brzegowych obiektów (wdrażane Ansiblem)
agentAddress udp:161
sysLocation "ParkPlus obiekt"
sysContact it@parkplus.pl
rocommunity @@secret@@ 10.0.0.0/8
view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
''', secret=rand_pw(16))

add("yaml/jira-api-token", "tools/release-notes/config.yml", "Atlassian docs: API tokens (ATATT)", '''
jira:
  base_url: https://parkplus.atlassian.net
  user: release-bot@parkplus.pl
  api_token: @@secret@@
  project: APP
  jql: 'project = APP AND fixVersion = "{version}" ORDER BY key'
output:
  format: markdown
  path: CHANGELOG.md
''', secret="ATATT3xFfGF0" + rand_pw(180, "_-") + "=" + upper_hex(8))

add("python/openai-api-key", "services/support-bot/bot.py", "OpenAI API docs: API keys", '''
from openai import OpenAI

# Asystent infolinii: odpowiada na pytania o cenniki i reklamacje
client = OpenAI(api_key="@@secret@@")

SYSTEM = "Jesteś asystentem infolinii ParkPlus. Odpowiadasz po polsku, krótko."


def answer(question: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
    )
    return resp.choices[0].message.content
''', secret=fakes.openai_key(_seed()))

add("python/decoy-openai-env", "services/support-bot/settings.py", "OpenAI Python SDK docs: OPENAI_API_KEY env", '''
import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    openai_api_key: str = os.getenv("OPENAI_API_KEY", "")
    model: str = os.getenv("SUPPORT_BOT_MODEL", "gpt-4o-mini")
    max_tokens: int = int(os.getenv("SUPPORT_BOT_MAX_TOKENS", "400"))
    tariffs_url: str = "https://parkplus.pl/cennik.json"


SETTINGS = Settings()
''')

add("ruby/mailgun-api-key", "config/initializers/mailgun.rb", "Mailgun docs: API key; mailgun-ruby", '''
# frozen_string_literal: true

Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.parkplus.pl",
    api_host: "api.eu.mailgun.net"
  }
end
''', secret=hexs(32) + "-" + hexs(8) + "-" + hexs(8))

add("ruby/decoy-credentials-enc", "config/credentials/production.yml.enc", "Rails docs: encrypted credentials", '''
@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@--@@iv@@--@@tag@@
''', c1=b64_bytes(57), c2=b64_bytes(57), c3=b64_bytes(57), c4=b64_bytes(57), c5=b64_bytes(30), iv=b64_bytes(12), tag=b64_bytes(16))

add("typescript/brevo-api-key", "services/newsletter/src/brevo.ts", "Brevo (Sendinblue) API docs: api-key header (xkeysib-)", '''
import axios from "axios";

const brevo = axios.create({
  baseURL: "https://api.brevo.com/v3",
  headers: { "api-key": "xkeysib-@@secret@@" },
});

export async function subscribe(email: string, city: string) {
  await brevo.post("/contacts", {
    email,
    attributes: { MIASTO: city },
    listIds: [12],
    updateEnabled: true,
  });
}
''', secret=hexs(64) + "-" + rand_pw(16))

add("typescript/decoy-openapi-example", "services/partners/openapi/partner-api.ts", "OpenAPI 3 docs: securitySchemes and examples", '''
export const partnerApiSpec = {
  openapi: "3.0.3",
  info: { title: "ParkPlus Partner API", version: "2.1.0" },
  components: {
    securitySchemes: {
      ApiKeyAuth: { type: "apiKey", in: "header", name: "X-Api-Key" },
    },
  },
  security: [{ ApiKeyAuth: [] }],
  paths: {
    "/sessions": {
      post: {
        summary: "Rozpocznij postój",
        parameters: [{ name: "X-Api-Key", in: "header", example: "YOUR_PARTNER_API_KEY" }],
      },
    },
  },
};
''')

# ---------------------------------------------------------------- logs, exports, SQL, misc

add("log/database-password", "logs/kasa-sync-2026-11-30.log", "Application log; SQLAlchemy OperationalError with URL", '''
2026-11-30 02:00:01,112 INFO  kasa_sync start site=KAT-SIL stations=4
2026-11-30 02:00:01,410 INFO  kasa_sync pobieranie transakcji od 2026-11-29T00:00:00
2026-11-30 02:00:31,902 ERROR kasa_sync nie udało się połączyć z bazą
Traceback (most recent call last):
  File "/opt/kasa_sync/sync.py", line 88, in run
    engine = create_engine(url)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.16", port 5432 failed: timeout
(Background on this error at: https://sqlalche.me/e/20/e3q8)
url=postgresql+psycopg2://kasa_sync:@@secret@@@10.20.0.16:5432/kasa
2026-11-30 02:00:31,903 WARN  kasa_sync ponowienie za 300 s
''', secret=words_pw())

add("log/stripe-secret-key", "logs/billing-debug-2026-11-12.log", "Application debug log; Stripe Authorization header", '''
[2026-11-12 14:02:11.204] DEBUG billing.http > POST https://api.stripe.com/v1/payment_intents
[2026-11-12 14:02:11.204] DEBUG billing.http > Authorization: Bearer @@secret@@
[2026-11-12 14:02:11.204] DEBUG billing.http > Idempotency-Key: @@idem@@
[2026-11-12 14:02:11.205] DEBUG billing.http > amount=1800&currency=pln&metadata[site]=POZ-SB
[2026-11-12 14:02:11.611] DEBUG billing.http < 200 OK (406 ms)
[2026-11-12 14:02:11.612] INFO  billing payment_intent=pi_3QKx7TLkdIwHu7ix0ahZ9c2b status=requires_payment_method
''', secret=stripe_key(), idem=uuid_s())

add("log/decoy-masked-cards", "logs/terminal-KAT-SIL-AP03-2026-11-30.log", "Payment terminal log; PCI DSS masked PAN", '''
2026-11-30 08:12:44 TRX start amount=12.00 PLN station=AP-03 ticket=041728833912
2026-11-30 08:12:51 TRX card=************4417 brand=VISA entry=CTLS aid=A0000000031010
2026-11-30 08:12:53 TRX auth_code=83K2Q1 rrn=433408123456 tid=01284731 result=APPROVED
2026-11-30 08:14:10 TRX start amount=6.00 PLN station=AP-03 ticket=041728834001
2026-11-30 08:14:18 TRX card=************0093 brand=MASTERCARD entry=CTLS aid=A0000000041010
2026-11-30 08:14:20 TRX auth_code=Q91X0B rrn=433408123502 tid=01284731 result=APPROVED
2026-11-30 08:20:02 HEARTBEAT host=eservice-gw.pl ok latency_ms=88
''')

add("log/partner-api-key-query", "logs/nginx/partner-access.log", "NGINX docs: combined access log format", '''
10.0.5.12 - - [28/Nov/2026:10:14:01 +0100] "GET /partners/v2/zones HTTP/1.1" 200 812 "-" "mobilet-sync/2.3"
10.0.5.12 - - [28/Nov/2026:10:14:03 +0100] "POST /partners/v2/sessions HTTP/1.1" 201 144 "-" "mobilet-sync/2.3"
203.0.113.77 - - [28/Nov/2026:10:15:40 +0100] "GET /partners/v2/zones?api_key=@@secret@@ HTTP/1.1" 200 812 "-" "curl/8.5.0"
203.0.113.77 - - [28/Nov/2026:10:15:52 +0100] "GET /partners/v2/sessions?zone=KRK-GAL&api_key=@@secret@@ HTTP/1.1" 200 5120 "-" "curl/8.5.0"
10.0.5.12 - - [28/Nov/2026:10:16:01 +0100] "GET /partners/v2/zones HTTP/1.1" 304 0 "-" "mobilet-sync/2.3"
''', secret=rand_pw(32))

add("csv/device-passwords", "inventory/urzadzenia_KRK-GAL.csv", "RFC 4180 CSV; device inventory export", '''
typ,model,ip,login,haslo,nr_seryjny,uwagi
kamera,iDS-TCM403-BI,10.41.12.21,admin,@@secret@@,DS-TCM403-20240311AAWR12345678,wjazd E1
kamera,iDS-TCM403-BI,10.41.12.22,admin,(vault),DS-TCM403-20240311AAWR12345679,wyjazd X1
sterownik,MGC Pro,10.41.12.30,serwis,(vault),MGC-88213,szlaban E1/X1
router,MikroTik hEX S,10.41.0.1,backup,(vault),HEXS-7731A,
automat,Flowbird CWT,10.41.12.50,-,-,CWT-00912,poziom 0
''', secret=words_pw())

add("csv/decoy-transactions", "exports/transakcje_POZ-SB_2026-11-27.csv", "RFC 4180 CSV; payment transaction export", '''
data,godzina,stanowisko,bilet,kwota,metoda,auth_code,rrn,transakcja_id
2026-11-27,09:12:40,AP-01,041900112233,8.00,karta,71QX2B,433109882211,@@u1@@
2026-11-27,09:18:02,AP-02,041900112301,12.00,blik,-,-,@@u2@@
2026-11-27,09:25:19,AP-01,041900112377,4.00,gotowka,-,-,@@u3@@
2026-11-27,09:31:55,APP,-,6.00,aplikacja,-,-,@@u4@@
2026-11-27,09:40:07,AP-02,041900112450,16.00,karta,8PZ04M,433109882260,@@u5@@
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("csv/partner-api-keys", "exports/partner_api_clients.csv", "RFC 4180 CSV; admin export of API clients", '''
client_id,partner,created,scopes,api_key,active
pc_0001,mobilet,2025-03-11,sessions:write zones:read,(rotated),false
pc_0002,skycash,2025-06-02,sessions:write zones:read,(rotated),false
pc_0003,easypark,2026-01-15,sessions:write zones:read,@@secret@@,true
pc_0004,flotex-fleet,2026-08-20,invoices:read,(hashed),true
''', secret="ppk_live_" + rand_pw(32))

add("csv/decoy-rfid-cards", "exports/karty_abonamentowe_WRO-SKY.csv", "RFC 4180 CSV; MIFARE card UIDs", '''
karta_uid,abonent,strefa,waznosc_do,status
04:A2:19:6B:3C:5E:80,Firma Logistyka Odra Sp. z o.o.,P-1,2027-01-31,aktywna
04:7F:0C:2A:91:DD:81,Firma Logistyka Odra Sp. z o.o.,P-1,2027-01-31,aktywna
04:33:B8:E1:55:02:80,Jan Nowicki,P-2,2026-12-31,aktywna
04:C9:6E:10:7B:AA:81,Kancelaria Lipa,P-2,2026-11-30,wygasła
04:58:D1:4F:03:E9:80,Kancelaria Lipa,P-2,2026-11-30,wygasła
''')

add("sql/tpay-client-secret", "db/seed/payment_gateways.sql", "PostgreSQL docs: INSERT; Tpay OpenAPI credentials", '''
-- Konfiguracja bramek dla środowiska produkcyjnego (seed po odtworzeniu bazy)
INSERT INTO payment_gateways (code, enabled, config) VALUES
  ('p24', true, '{"pos_id": 184352, "secret_ref": "vault:secret/payments/p24"}'),
  ('payu', true, '{"pos_id": 4128531, "secret_ref": "vault:secret/payments/payu"}'),
  ('tpay', true, '{"client_id": "01HQ7ZK3R8-parkplus", "client_secret": "@@secret@@"}');

UPDATE payment_gateways SET priority = 1 WHERE code = 'p24';
''', secret=hexs(40))

add("sql/decoy-schema", "db/migrations/V3__api_clients.sql", "PostgreSQL docs: CREATE TABLE", '''
CREATE TABLE api_clients (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    partner         text NOT NULL,
    api_key_prefix  char(12) NOT NULL,
    api_key_hash    bytea NOT NULL,       -- sha256(api_key), klucz pokazywany tylko raz
    scopes          text[] NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);
CREATE UNIQUE INDEX api_clients_prefix ON api_clients (api_key_prefix);
COMMENT ON COLUMN api_clients.api_key_hash IS 'SHA-256 klucza; sam klucz nie jest przechowywany';
''')

add("sql/decoy-tariffs", "db/seed/tariffs_2026.sql", "PostgreSQL docs: INSERT", '''
INSERT INTO tariffs (id, site, name, first_hour_pln, next_hour_pln, daily_cap_pln, valid_from) VALUES
  ('@@u1@@', 'KRK-GAL', 'Standard 2026', 5.00, 4.00, 60.00, '2026-01-01'),
  ('@@u2@@', 'KAT-SIL', 'Standard 2026', 4.00, 3.00, 45.00, '2026-01-01'),
  ('@@u3@@', 'GDA-FOR', 'Standard 2026', 6.00, 5.00, 70.00, '2026-01-01'),
  ('@@u4@@', 'WRO-SKY', 'Standard 2026', 6.00, 6.00, 80.00, '2026-01-01');
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("shell/mysql-password-cron", "ops/cron/backup_kasy.cron", "cron(5); mysqldump -p option", '''
# m h dom mon dow  command  (serwer kasowy KAT-SIL)
SHELL=/bin/bash
MAILTO=it@parkplus.pl
30 1 * * * root mysqldump -u backup -p'@@secret@@' --single-transaction kasy | gzip > /srv/backup/kasy_$(date +\\%F).sql.gz
0 4 * * 0 root find /srv/backup -name 'kasy_*.sql.gz' -mtime +30 -delete
''', secret=words_pw())

add("shell/decoy-openssl-rand", "ops/scripts/new_site_secrets.sh", "OpenSSL docs: rand; Vault kv put", '''
#!/usr/bin/env bash
# Generuje świeże sekrety dla nowego obiektu i zapisuje je prosto do Vault
set -euo pipefail
SITE=${1:?kod obiektu}
for cam in wjazd-1 wyjazd-1; do
  vault kv put "secret/anpr/${SITE}/${cam}" admin="$(openssl rand -base64 18)" reader="$(openssl rand -base64 18)"
done
vault kv put "secret/rodo/hmac/${SITE}" key="$(openssl rand -hex 32)" version=1
echo "Sekrety dla ${SITE} zapisane w Vault."
''')

add("powershell/kiosk-autologon-password", "kiosk/deploy/Set-KioskAutologon.ps1", "Microsoft docs: Winlogon AutoAdminLogon registry values", '''
# Konfiguracja automatu: automatyczne logowanie konta kiosk (Windows 10 IoT)
$path = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
Set-ItemProperty -Path $path -Name AutoAdminLogon -Value "1"
Set-ItemProperty -Path $path -Name DefaultUserName -Value "kiosk"
Set-ItemProperty -Path $path -Name DefaultDomainName -Value "."
Set-ItemProperty -Path $path -Name DefaultPassword -Value "@@secret@@"
Restart-Computer -Force
''', secret=words_pw())

add("powershell/decoy-secretmanagement", "kiosk/deploy/Install-KioskApp.ps1", "Microsoft docs: SecretManagement Get-Secret", '''
param([string] $Station)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "Automaty-Serwis" -Vault ParkPlusKeePass
$session = New-PSSession -ComputerName $Station -Credential $cred
Copy-Item -Path ".\\dist\\ParkPlusKasa.msi" -Destination "C:\\Temp\\" -ToSession $session
Invoke-Command -Session $session -ScriptBlock { msiexec /i C:\\Temp\\ParkPlusKasa.msi /qn /norestart }
Remove-PSSession $session
''')

add("dockerfile/serwersms-password", "legacy/sms-gateway/Dockerfile", "Docker docs: ENV; SerwerSMS API credentials", '''
FROM php:8.2-apache
RUN docker-php-ext-install pdo_mysql
COPY src/ /var/www/html/
ENV SERWERSMS_LOGIN=parkplus_api
ENV SERWERSMS_PASSWORD=@@secret@@
ENV SMS_SENDER=ParkPlus
EXPOSE 80
''', secret=words_pw())

add("dockerfile/decoy-arg-no-default", "services/invoicing/Dockerfile", "Docker docs: ARG and ENV", '''
FROM python:3.12-slim
ARG APP_VERSION
ENV APP_VERSION=${APP_VERSION} \\
    PYTHONUNBUFFERED=1 \\
    KSEF_URL=https://ksef.mf.gov.pl/api
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "invoicing.wsgi:application", "-b", "0.0.0.0:8000"]
''')

add("yaml/rabbitmq-password", "services/events/rabbitmq/definitions.yaml", "RabbitMQ docs: definitions (users)", '''
users:
  - name: lane-events
    password: "@@secret@@"
    tags: []
  - name: monitoring
    password_hash: "@@ph@@"
    hashing_algorithm: rabbit_password_hashing_sha256
    tags: [monitoring]
vhosts:
  - name: /parking
permissions:
  - user: lane-events
    vhost: /parking
    configure: "^lane\\\\."
    write: "^lane\\\\."
    read: "^lane\\\\."
''', secret=rand_pw(20), ph=b64_bytes(36))

add("k8s/deployment-literal-password", "deploy/k8s/occupancy/deployment.yaml", "Kubernetes docs: Deployment env value", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: occupancy
  namespace: occupancy
spec:
  replicas: 2
  selector:
    matchLabels: { app: occupancy }
  template:
    metadata:
      labels: { app: occupancy }
    spec:
      containers:
        - name: occupancy
          image: registry.parkplus.pl/occupancy:1.9.0
          env:
            - name: MONGO_URI
              value: "mongodb://occupancy-svc:@@secret@@@mongo-0.mongo.occupancy:27017/occupancy?replicaSet=rs0"
            - name: LOG_LEVEL
              value: info
''', secret=rand_pw(18))

add("k8s/decoy-external-secret", "deploy/k8s/occupancy/external-secret.yaml", "External Secrets Operator docs: ExternalSecret", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: occupancy-mongo
  namespace: occupancy
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: occupancy-mongo
  data:
    - secretKey: MONGO_URI
      remoteRef:
        key: secret/occupancy/mongo
        property: uri
''')

add("terraform/decoy-vault-policy", "infra/vault/policies.tf", "Terraform Vault provider docs: vault_policy", '''
resource "vault_policy" "payments" {
  name   = "payments"
  policy = <<-EOT
    path "secret/data/payments/*" {
      capabilities = ["read"]
    }
    path "secret/metadata/payments/*" {
      capabilities = ["list"]
    }
  EOT
}

resource "vault_kubernetes_auth_backend_role" "checkout" {
  role_name                        = "checkout-api"
  bound_service_account_names      = ["checkout-api"]
  bound_service_account_namespaces = ["checkout"]
  token_policies                   = ["payments"]
}
''')

add("terraform/digitalocean-token", "infra/status-page/main.tf", "Terraform DigitalOcean provider docs: token (dop_v1_)", '''
provider "digitalocean" {
  token = "dop_v1_@@secret@@"
}

resource "digitalocean_droplet" "status" {
  name   = "status-parkplus"
  region = "fra1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
}
''', secret=hexs(64))

# ---------------------------------------------------------------- last group: split values, netrc, wifi, misc

add("python/pypi-token-split", "tools/anpr-sdk/publish.py", "PyPI docs: API tokens; twine upload --password", '''
"""Publikacja anpr-sdk na PyPI (ręcznie, gdy CI leży)."""
import subprocess
import sys

TOKEN = (
    "@@p1@@"
    "@@p2@@"
)


def main() -> int:
    return subprocess.call([sys.executable, "-m", "twine", "upload", "-u", "__token__", "-p", TOKEN, "dist/*"])


if __name__ == "__main__":
    raise SystemExit(main())
''', secret=(_ptok := fakes.pypi_token(_seed())), p1=_ptok[:60], p2=_ptok[60:])

add("java/ovh-application-secret", "reporting/src/main/java/pl/parkplus/report/OvhSms.java", "OVHcloud API docs: application key, secret, consumer key", '''
package pl.parkplus.report;

import com.ovh.api.OvhApi;

public final class OvhSms {
    private static final String ENDPOINT = "ovh-eu";
    private static final String APP_KEY = "@@ak@@";
    private static final String APP_SECRET = "@@secret@@";
    private static final String CONSUMER_KEY = "@@ck@@";

    public static String send(String to, String text) throws Exception {
        OvhApi api = new OvhApi(ENDPOINT, APP_KEY, APP_SECRET, CONSUMER_KEY);
        String body = "{\\"receivers\\":[\\"" + to + "\\"],\\"message\\":\\"" + text + "\\",\\"sender\\":\\"ParkPlus\\"}";
        return api.post("/sms/sms-pp12345-1/jobs", body, true);
    }
}
''', ak=rand_pw(16), secret=rand_pw(32), ck=rand_pw(32))

add("markdown/wifi-psk", "docs/obiekty/GDA-FOR.md", "Site documentation; WPA2-PSK network", '''
# GDA-FOR -- Forum Gdańsk

- Poziomy -1 i -2, 980 miejsc, 2 wjazdy i 2 wyjazdy od ul. Targ Sienny.
- Automaty łączą się po Wi-Fi (brak kabla na poziomie -2):
  - SSID: `PP-AUTOMATY-GDA`
  - WPA2-PSK: `@@secret@@`
  - VLAN 40, DHCP z routera obiektu.
- Kamery ANPR: Axis P1465-LE-3, hasła w Vault.
- Serwis szlabanów: FAAC Polska, umowa SLA 4h.
''', secret=words_pw())

add("markdown/decoy-wifi-guest", "docs/obiekty/POZ-SB.md", "Site documentation", '''
# POZ-SB -- Stary Browar

- 3 poziomy, 1650 miejsc, wjazd od ul. Półwiejskiej.
- Sieć dla gości centrum (otwarta, portal): `StaryBrowar-Free` -- nie nasza, nie podłączać automatów.
- Automaty: kabel, VLAN 40. Hasło do sieci serwisowej: w Vault `secret/sites/POZ-SB/wifi`.
- Kamery ANPR: Hikvision, 4 szt., firmware V5.7.15 (zatwierdzony).
- Kontakt z ochroną: dyżurka przy wjeździe, wewn. 201.
''')

add("ini/wireguard-private-key", "ops/edge/wg0.conf", "WireGuard docs: wg-quick config", '''
[Interface]
Address = 10.200.0.14/24
PrivateKey = @@secret@@
ListenPort = 51820

[Peer]
# centrum monitoringu Kraków
PublicKey = @@pub@@
Endpoint = vpn.parkplus.pl:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25
''', secret=b64_bytes(32), pub=b64_bytes(32))

add("ini/decoy-wireguard-postup", "ops/edge/wg1.conf", "WireGuard docs: PostUp with private key file", '''
[Interface]
Address = 10.201.0.14/24
ListenPort = 51821
PostUp = wg set %i private-key /etc/wireguard/wg1.key

[Peer]
# zapasowe centrum (Warszawa)
PublicKey = @@pub@@
Endpoint = vpn2.parkplus.pl:51821
AllowedIPs = 10.0.0.0/8
''', pub=b64_bytes(32))

add("netrc/mapbox-downloads-token", "ios/ci/netrc", "Mapbox iOS SDK docs: .netrc with secret token", '''
machine api.mapbox.com
login mapbox
password @@secret@@

machine nexus.parkplus.internal
login ci-ios
password ${NEXUS_PASSWORD}
''', secret=mapbox_secret())

add("python/teams-webhook", "ops/alerts/teams.py", "Microsoft Teams docs: incoming webhook URL", '''
import requests

WEBHOOK = (
    "https://parkplus.webhook.office.com/webhookb2/@@g1@@@@@g2@@"
    "/IncomingWebhook/@@hx@@/@@g3@@/@@tail@@"
)


def notify(title: str, text: str) -> None:
    requests.post(WEBHOOK, json={"title": title, "text": text}, timeout=5)
''', g1=(_t1 := uuid_s()), g2=(_t2 := uuid_s()), hx=(_t3 := hexs(32)), g3=(_t4 := uuid_s()), tail=(_t5 := rand_pw(43)),
    secret=f"https://parkplus.webhook.office.com/webhookb2/{_t1}@{_t2}/IncomingWebhook/{_t3}/{_t4}/{_t5}")

add("json/postman-partner-key", "tools/postman/partner-api.prod.postman_environment.json", "Postman docs: environment export", '''
{
  "id": "@@id@@",
  "name": "Partner API - PROD",
  "values": [
    {"key": "baseUrl", "value": "https://api.parkplus.pl/partners/v2", "type": "default", "enabled": true},
    {"key": "apiKey", "value": "@@secret@@", "type": "secret", "enabled": true},
    {"key": "zone", "value": "KRK-GAL", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.20.0"
}
''', id=uuid_s(), secret="ppk_live_" + rand_pw(32))

add("json/decoy-postman-empty", "tools/postman/partner-api.local.postman_environment.json", "Postman docs: environment export", '''
{
  "id": "@@id@@",
  "name": "Partner API - LOCAL",
  "values": [
    {"key": "baseUrl", "value": "http://localhost:8000/partners/v2", "type": "default", "enabled": true},
    {"key": "apiKey", "value": "", "type": "secret", "enabled": true},
    {"key": "zone", "value": "DEV", "type": "default", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''', id=uuid_s())

add("ruby/stripe-restricted-key", "lib/tasks/stripe_reports.rake", "Stripe docs: restricted API keys (rk_live_)", '''
# frozen_string_literal: true

namespace :stripe do
  desc "Miesięczny raport wypłat Stripe"
  task payouts: :environment do
    Stripe.api_key = "@@secret@@"
    payouts = Stripe::Payout.list(limit: 100, created: { gte: 1.month.ago.to_i })
    payouts.auto_paging_each do |p|
      puts [p.id, p.amount / 100.0, p.currency, Time.at(p.arrival_date).to_date].join(";")
    end
  end
end
''', secret=stripe_key("rk_live_"))

add("kotlin/basic-auth-credentials", "kiosk/src/main/kotlin/pl/parkplus/kiosk/CentralClient.kt", "OkHttp docs: Credentials.basic", '''
package pl.parkplus.kiosk

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

class CentralClient(private val http: OkHttpClient = OkHttpClient()) {
    private val auth = Credentials.basic("kiosk-KAT-SIL", "@@secret@@")

    fun heartbeat(station: String) {
        val req = Request.Builder()
            .url("https://central.parkplus.pl/api/stations/$station/heartbeat")
            .header("Authorization", auth)
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        http.newCall(req).execute().close()
    }
}
''', secret=rand_pw(20))

add("swift/decoy-keychain", "ios/ParkPlus/Auth/TokenStore.swift", "Apple docs: Keychain Services SecItemCopyMatching", '''
import Foundation
import Security

enum TokenStore {
    static let service = "pl.parkplus.app.session"

    static func read() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
''')

add("xml/decoy-android-manifest-placeholder", "android/app/src/main/AndroidManifest.xml", "Android docs: manifest placeholders; Maps API key meta-data", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:name=".ParkPlusApp"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
''')

add("xml/hibernate-password", "reporting/src/main/resources/hibernate.cfg.xml", "Hibernate ORM docs: hibernate.cfg.xml connection properties", '''
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">org.postgresql.Driver</property>
        <property name="hibernate.connection.url">jdbc:postgresql://pg-replica.parkplus.internal:5432/parking</property>
        <property name="hibernate.connection.username">raporty</property>
        <property name="hibernate.connection.password">@@secret@@</property>
        <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
        <property name="hibernate.hbm2ddl.auto">validate</property>
    </session-factory>
</hibernate-configuration>
''', secret=words_pw())

add("json/decoy-package-lock", "apps/web/package-lock.json", "npm docs: package-lock.json integrity (SRI)", '''
{
  "name": "parkplus-web",
  "version": "3.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "4.8.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-4.8.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
''', i1=b64_bytes(64), i2=b64_bytes(64))

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "Keep a Changelog format; git commit ids", '''
# Changelog

## [5.4.1] - 2026-11-26
### Naprawione
- Podwójne naliczanie postoju przy utracie połączenia z kamerą X1 (@@c1@@).
- Zaokrąglanie kwot BLIK do pełnych groszy (@@c2@@).

## [5.4.0] - 2026-11-14
### Dodane
- Płatność Tpay w aplikacji (@@c3@@).
- Eksport transakcji do CSV dla działu finansów (@@c4@@).
''', c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("json/decoy-keyvault-reference", "PartnerPortal/appsettings.Azure.json", "Azure App Service docs: Key Vault references", '''
{
  "ConnectionStrings": {
    "Partner": "@Microsoft.KeyVault(SecretUri=https://kv-parkplus-prod.vault.azure.net/secrets/partner-db/)"
  },
  "Recaptcha": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=kv-parkplus-prod;SecretName=recaptcha-secret)"
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=@@ik@@;IngestionEndpoint=https://polandcentral-0.in.applicationinsights.azure.com/"
  }
}
''', ik=uuid_s())

add("github-actions/telegram-bot-token", ".github/workflows/deploy-edge.yml", "GitHub Actions docs: run steps; Telegram Bot API", '''
name: deploy-edge
on:
  workflow_dispatch:
    inputs:
      site: { description: "Kod obiektu", required: true }
jobs:
  deploy:
    runs-on: [self-hosted, edge]
    steps:
      - uses: actions/checkout@v4
      - run: ansible-playbook -i inventory/${{ inputs.site }} playbooks/edge.yml
      - if: always()
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001843527710 \\
            -d text="deploy-edge ${{ inputs.site }}: ${{ job.status }}"
''', secret=fakes.telegram_token(_seed()))

add("yaml/decoy-pre-commit", ".pre-commit-config.yaml", "pre-commit docs: .pre-commit-config.yaml", '''
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v5.0.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: v0.8.1
    hooks:
      - id: ruff
      - id: ruff-format
''')

add("markdown/eservice-terminal-password", "docs/serwis/terminale-eservice.md", "eService payment terminal integration guide (vendor manual)", '''
# Terminale płatnicze eService w automatach

Model: Ingenico Self 4000, protokół ECR (eService ECR v2), port COM4.

## Menu serwisowe terminala
- Wejście: `F` + `4` na klawiaturze terminala
- Hasło serwisowe (ustawione przez eService dla ParkPlus): `@@secret@@`
- **Nie** zmieniać TID ani adresu hosta -- tylko eService.

## Zgłoszenia
Helpdesk eService: 22 533 18 00, podać TID (np. `01284731`) i numer automatu.
''', secret=str(random.Random(_seed()).randint(10000000, 99999999)))

add("markdown/vendor-vpn-password", "docs/spotkania/2026-11-18-skidata-serwis.md", "Meeting notes; vendor remote-support VPN account", '''
# Spotkanie z Skidata Polska -- 18.11.2026

Obecni: P. Nowak (ParkPlus), M. Wiśniewski (ParkPlus), K. Lis (Skidata).

## Ustalenia
1. Skidata dostaje zdalny dostęp do serwera Parking.Logic na KRK-GAL (okno serwisowe wt. 22-24).
2. Konto VPN dla serwisu Skidata (FortiClient, `vpn.parkplus.pl:10443`):
   - login: `skidata-serwis`
   - hasło: `@@secret@@`
   - ważne do 31.12.2026, potem wyłączamy.
3. Aktualizacja Parking.Logic do 12.3 -- termin do 10.12.

## Zadania
- [ ] MW: reguła na Fortigate tylko do 10.41.12.40.
- [ ] PN: przypomnienie o wyłączeniu konta 31.12.
''', secret=words_pw())

add("yaml/here-api-key", "services/routing/config/prod.yaml", "HERE Developer docs: API key (apiKey query parameter)", '''
# Nawigacja do najbliższego wolnego parkingu (aplikacja mobilna -> routing)
routing:
  provider: here
  base_url: https://router.hereapi.com/v8/routes
  api_key: "@@secret@@"
  transport_mode: car
  lang: pl-PL
occupancy:
  source: http://occupancy.occupancy.svc:8080/levels
  free_threshold: 5
''', secret=rand_pw(43, "_-"))

add("python/municipal-api-basic-auth", "services/partners/spp_krakow.py", "RFC 7617 HTTP Basic; municipal paid-parking zone API (integration agreement)", '''
"""Zgłaszanie opłaconych postojów do systemu Strefy Płatnego Parkowania (ZTP Kraków)."""
import requests

SPP_URL = "https://api-spp.ztp.krakow.pl/v1/oplaty"
HEADERS = {
    "Authorization": "Basic @@auth@@",
    "Content-Type": "application/json",
}


def report(plate: str, zone: str, start: str, end: str, amount_gr: int) -> None:
    body = {"nr_rej": plate, "podstrefa": zone, "od": start, "do": end, "kwota": amount_gr}
    requests.post(SPP_URL, json=body, headers=HEADERS, timeout=10).raise_for_status()
''', secret=(_spw := words_pw()), auth=b64("parkplus:" + _spw))
