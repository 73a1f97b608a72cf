"""Blind set GS: taxi and minicab firms.

Dispatch systems (Autocab, iCabbi, Cordic, TaxiCaller), drivers' apps, taximeters and in-car
terminals, card payments (Stripe, SumUp, Square, Adyen, Redsys, datáfonos), fleet tracking (Samsara,
Geotab, Webfleet, Teltonika, Traccar), council and ministry licensing portals, call-centre telephony
(Asterisk, 3CX, Twilio, Vonage, Zadarma) and office IT, for firms in the UK and in Spain (a third of
the runbooks in Spanish), with their decoys. Generated fakes only (seeds 2470000-2479999).
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
UPHEX = HEX.upper()
URLSAFE = ALNUM + "-_"
B64CHARS = ALNUM + "+/"
UPNUM = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 2470000, 2479999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


def draw(n: int, alphabet: str = ALNUM) -> str:
    return fakes.drawn_mixed(_seed(), n, alphabet)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def uphex(n: int) -> str:
    return fakes.drawn(_seed(), n, UPHEX)


def digits(n: int) -> str:
    r = _rng()
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


WORDS = ["Harbour", "Meter", "Falcon", "Kestrel", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Beacon", "Quartz", "Juniper", "Marlin", "Thistle", "Basalt", "Cobalt", "Orchard", "Pylon"]
PALABRAS = ["Giralda", "Naranjo", "Taxista", "Levante", "Albufera", "Bandera", "Tarifa", "Emisora",
            "Calima", "Pimiento", "Azahar", "Gaviota", "Brisa", "Faro", "Almendro", "Retiro"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon", "rotary", "kerb", "fare", "rank"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def palabra_pw() -> str:
    r = _rng()
    return r.choice(PALABRAS) + r.choice(".#$%*") + r.choice(PALABRAS).lower() + str(r.randint(10, 999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return draw(n, ALNUM + extra) if extra else draw(n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


# --- vendor shapes -----------------------------------------------------------------------------

def stripe_key(prefix: str = "sk_live_", n: int = 99) -> str:
    return fakes.fake(prefix + "51", n - 2, _seed())


def whsec() -> str:
    return "whsec_" + draw(32)


def sumup_key(kind: str = "sk") -> str:
    return f"sup_{kind}_" + draw(32)


def square_token() -> str:
    return "EAAA" + draw(60, URLSAFE)


def adyen_key() -> str:
    return "AQE" + draw(60) + "=-" + draw(43, B64CHARS) + "=-" + draw(10)


def redsys_key() -> str:
    return b64bytes(24)


def twilio_sid(prefix: str = "AC") -> str:
    return prefix + hexs(32)


def samsara_token() -> str:
    return "samsara_api_" + draw(30)


def mapbox(kind: str, user: str) -> str:
    mid = base64.urlsafe_b64encode(json.dumps({"u": user, "a": fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits)},
                                              separators=(",", ":")).encode()).decode().rstrip("=")
    return f"{kind}.{mid}." + draw(22, URLSAFE)


def google_key() -> str:
    return "AIza" + draw(35, URLSAFE)


def fcm_server_key() -> str:
    return "AAAA" + draw(7, URLSAFE) + ":APA91b" + draw(134, URLSAFE)


def sendgrid_key() -> str:
    return "SG." + draw(22, URLSAFE) + "." + draw(43, URLSAFE)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + draw(16)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    return ("https://hooks.slack.com/services/T" + draw(8, UPNUM) + "/B" + draw(10, UPNUM) + "/" + draw(24))


def azure_secret() -> str:
    return draw(3) + "8Q~" + draw(34, ALNUM + "_.-~")


def anthropic_key() -> str:
    return "sk-ant-api03-" + draw(93, URLSAFE) + "AA"


def pem_body(n_lines: int, head: str = "MIIE", width: int = 64) -> List[str]:
    r = _rng()
    lines = []
    for i in range(n_lines):
        w = width if i < n_lines - 1 else r.randint(20, width - 4)
        line = "".join(r.choice(B64CHARS) for _ in range(w))
        if i == 0:
            line = head + line[len(head):]
        lines.append(line)
    lines[-1] += "=" if len(lines[-1]) % 4 == 3 else ""
    return lines


def pem(label: str = "RSA PRIVATE KEY", n_lines: int = 12, head: str = "MIIE") -> str:
    body = "\n".join(pem_body(n_lines, head))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def openssh_key() -> str:
    body = "\n".join(pem_body(7, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----"


def cert_pem() -> str:
    body = "\n".join(pem_body(14, "MIIF"))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def indent(block: str, spaces: int) -> str:
    return "\n".join(" " * spaces + line for line in block.splitlines())


def bcrypt_hash() -> str:
    return "$2b$12$" + draw(53, ALNUM + "./")


def plate_uk() -> str:
    r = _rng()
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    return f"{r.choice(L)}{r.choice(L)}{r.randint(10, 74)} {''.join(r.choice(L) for _ in range(3))}"


def matricula() -> str:
    r = _rng()
    return f"{r.randint(1000, 9999)} {''.join(r.choice('BCDFGHJKLMNPRSTVWXYZ') for _ in range(3))}"


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
    CASES.append(LabelledCase(f"blind-gs/{category}", file_name, text, secret, source))


# ================================================================================================
# Card payments: Stripe, SumUp, Square, Adyen, Redsys, PayPal, Braintree, Worldpay, GoCardless
# ================================================================================================

# ---- CASES-PAYMENTS ----

add("env/stripe-secret-key", "payments-svc/.env.production", "Stripe docs: API keys (sk_live_)", """
# payments-svc -- production (Ridgeway Cars, Reading)
# loaded by systemd EnvironmentFile= on pay-01
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_HOST=payments-db.internal.ridgewaycars.co.uk
DATABASE_NAME=payments
DATABASE_PASSWORD_FILE=/run/secrets/payments_db
STRIPE_SECRET_KEY=@@secret@@
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_ACCOUNT_COUNTRY=GB
STRIPE_STATEMENT_DESCRIPTOR="RIDGEWAY CARS"
PRE_AUTH_HOLD_PENCE=2500
DRIVER_COMMISSION_PCT=18
PAYOUT_SCHEDULE=weekly
""", stripe_key(), pk=stripe_key("pk_live_"))

add("python/stripe-webhook-secret", "payments/webhooks.py", "Stripe docs: check webhook signatures (whsec_)", '''
"""Stripe webhook receiver for account-customer card payments (Harbourside Taxis)."""
import logging

import stripe
from flask import Blueprint, abort, request

from payments.bookings import mark_paid, mark_refunded

log = logging.getLogger(__name__)
bp = Blueprint("stripe_webhooks", __name__)

# signing secret of the "bookings-live" endpoint in the dashboard
endpoint_secret = "@@secret@@"


@bp.route("/webhooks/stripe", methods=["POST"])
def stripe_webhook():
    payload = request.get_data()
    sig_header = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        log.warning("rejected webhook from %s", request.remote_addr)
        abort(400)

    obj = event["data"]["object"]
    if event["type"] == "payment_intent.succeeded":
        mark_paid(obj["metadata"].get("booking_ref"), obj["amount_received"])
    elif event["type"] == "charge.refunded":
        mark_refunded(obj["metadata"].get("booking_ref"), obj["amount_refunded"])
    return "", 204
''', whsec())

add("typescript/stripe-restricted-key", "driver-portal/src/server/stripe.ts", "Stripe docs: restricted API keys (rk_live_)", """
import Stripe from "stripe";

// Restricted key: Connect payouts read + transfers write only.
// Used by the driver portal to show weekly earnings and trigger instant payouts.
export const stripe = new Stripe("@@secret@@", {
  apiVersion: "2023-10-16",
  appInfo: { name: "northgate-driver-portal", version: "2.4.1" },
  maxNetworkRetries: 2,
});

export async function driverBalance(accountId: string) {
  const balance = await stripe.balance.retrieve({ stripeAccount: accountId });
  return balance.available.find((b) => b.currency === "gbp")?.amount ?? 0;
}

export async function instantPayout(accountId: string, amountPence: number) {
  return stripe.payouts.create(
    { amount: amountPence, currency: "gbp", method: "instant" },
    { stripeAccount: accountId },
  );
}
""", stripe_key("rk_live_"))

add("shell/stripe-secret-key", "scripts/refund_no_shows.sh", "Stripe docs: curl -u key: (HTTP Basic with the secret key)", """
#!/usr/bin/env bash
# Refund the booking fee of trips cancelled by dispatch (driver no-show).
# Input: CSV from the Cordic "no-show" report, one payment_intent per line.
set -euo pipefail

INPUT="${1:?usage: refund_no_shows.sh noshows.csv}"
LOG="/var/log/cityline/refunds-$(date +%F).log"

while IFS=, read -r booking_ref payment_intent amount; do
  [ "$booking_ref" = "booking_ref" ] && continue
  echo "$(date -Is) refund $booking_ref $payment_intent $amount" >> "$LOG"
  curl -sS https://api.stripe.com/v1/refunds \\
    -u @@secret@@: \\
    -d payment_intent="$payment_intent" \\
    -d amount="$amount" \\
    -d "metadata[booking_ref]=$booking_ref" \\
    -d reason=requested_by_customer >> "$LOG"
  sleep 0.2
done < "$INPUT"
""", fakes.fake("sk_live_", 24, _seed()))

add("kotlin/sumup-secret-key", "backend/src/main/kotlin/uk/co/abbeycars/payments/SumUpClient.kt", "SumUp developer docs: API keys (sup_sk_) and Bearer auth", """
package uk.co.abbeycars.payments

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

/** Creates SumUp checkouts for bookings paid on the drivers' Solo readers. */
class SumUpClient(private val http: OkHttpClient = OkHttpClient()) {

    private val apiKey = "@@secret@@"
    private val merchantCode = "MC7ZQ2WX"
    private val json = "application/json".toMediaType()

    fun createCheckout(bookingRef: String, amountPence: Int): String {
        val body = \"\"\"{"checkout_reference":"$bookingRef","amount":${amountPence / 100.0},
            "currency":"GBP","merchant_code":"$merchantCode","description":"Abbey Cars $bookingRef"}\"\"\"
        val request = Request.Builder()
            .url("https://api.sumup.com/v0.1/checkouts")
            .header("Authorization", "Bearer $apiKey")
            .post(body.toRequestBody(json))
            .build()
        http.newCall(request).execute().use { response ->
            check(response.isSuccessful) { "SumUp checkout failed: ${response.code}" }
            return response.body!!.string()
        }
    }
}
""", sumup_key())

add("markdown/sumup-client-secret", "docs/pagos/sumup-datafonos.md", "SumUp developer docs: OAuth client credentials (client_id, client_secret)", """
# Datáfonos SumUp en los taxis (Radio Taxi Levante)

Desde marzo los 140 taxis asociados cobran con lectores **SumUp Air** vinculados a la cuenta
de la cooperativa. La app de conductores abre el cobro con el SDK y el backend concilia los
pagos cada noche contra la API de SumUp.

## Aplicación OAuth (panel de desarrollador)

| Campo          | Valor                                  |
|----------------|----------------------------------------|
| Nombre         | rtl-conciliacion                       |
| client_id      | `@@cid@@`         |
| client_secret  | `@@secret@@` |
| Redirect URI   | https://backoffice.radiotaxilevante.es/sumup/callback |
| Ámbitos        | payments, transactions.history, user.app-settings |

El proceso `conciliar_sumup.py` pide el token con *client credentials* a las 03:00 y
descarga las transacciones del día anterior.

## Alta de un taxi nuevo

1. Dar de alta al conductor como *empleado* en el panel de SumUp (correo de la cooperativa).
2. Emparejar el lector por Bluetooth desde la app (Ajustes → Datáfono).
3. Hacer un cobro de prueba de 1,00 € y anularlo.
4. Apuntar el número de serie del lector en la hoja de flota.

## Incidencias frecuentes

- *"Lector no encontrado"*: reiniciar el lector (botón 5 s) y volver a emparejar.
- Cobros duplicados: no reintentar desde la app; avisar a oficina para anular uno.
""", hexs(64), cid=draw(28))

add("java/square-access-token", "booking-api/src/main/java/uk/co/bluestar/pay/SquareConfig.java", "Square developer docs: access tokens (EAAA) and the Java SDK", """
package uk.co.bluestar.pay;

import com.squareup.square.Environment;
import com.squareup.square.SquareClient;
import com.squareup.square.authentication.BearerAuthModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SquareConfig {

    // Blue Star Minicabs - production location "Hackney office"
    private static final String LOCATION_ID = "L8GQ2T0XW4J5E";
    private static final String ACCESS_TOKEN = "@@secret@@";

    @Bean
    public SquareClient squareClient() {
        return new SquareClient.Builder()
                .environment(Environment.PRODUCTION)
                .bearerAuthCredentials(new BearerAuthModel.Builder(ACCESS_TOKEN).build())
                .build();
    }

    @Bean
    public String squareLocationId() {
        return LOCATION_ID;
    }
}
""", square_token())

add("typescript/square-webhook-signature-key", "checkout/src/webhooks/square.ts", "Square developer docs: verify webhook signatures (signature key)", """
import { WebhooksHelper } from "square";
import type { Request, Response } from "express";
import { markBookingPaid } from "../bookings";

const NOTIFICATION_URL = "https://checkout.bluestarminicabs.co.uk/webhooks/square";
const SIGNATURE_KEY = "@@secret@@";

export async function squareWebhook(req: Request, res: Response) {
  const body = req.body.toString("utf8");
  const valid = WebhooksHelper.isValidWebhookEventSignature(
    body,
    req.header("x-square-hmacsha256-signature") ?? "",
    SIGNATURE_KEY,
    NOTIFICATION_URL,
  );
  if (!valid) {
    res.sendStatus(403);
    return;
  }
  const event = JSON.parse(body);
  if (event.type === "payment.updated" && event.data.object.payment.status === "COMPLETED") {
    await markBookingPaid(event.data.object.payment.reference_id, event.data.object.payment.amount_money.amount);
  }
  res.sendStatus(200);
}
""", draw(22, URLSAFE))

add("php/redsys-merchant-key", "web-reservas/includes/redsys_config.php", "Redsys: TPV Virtual, firma HMAC SHA256 con la clave secreta del comercio", """
<?php
/*
 * Configuración del TPV Virtual (Redsys) para la web de reservas
 * Tele Taxi Giralda - Sevilla
 */

define('REDSYS_URL', 'https://sis.redsys.es/sis/realizarPago');
define('REDSYS_FUC', '3518' . '04772');
define('REDSYS_TERMINAL', '001');
define('REDSYS_MONEDA', '978');
define('REDSYS_TIPO_TRANSACCION', '0');

// Clave secreta SHA-256 del comercio (panel de administración del TPV)
$redsysClave = '@@secret@@';

define('REDSYS_URL_OK', 'https://reservas.teletaxigiralda.es/pago/ok');
define('REDSYS_URL_KO', 'https://reservas.teletaxigiralda.es/pago/ko');
define('REDSYS_URL_NOTIF', 'https://reservas.teletaxigiralda.es/pago/notificacion');

function redsys_firma(string $parametros, string $pedido): string
{
    global $redsysClave;
    $clave = base64_decode($redsysClave);
    $clavePedido = openssl_encrypt($pedido, 'des-ede3-cbc', $clave, OPENSSL_RAW_DATA | OPENSSL_ZERO_PADDING, "\\0\\0\\0\\0\\0\\0\\0\\0");
    return base64_encode(hash_hmac('sha256', $parametros, $clavePedido, true));
}
""", redsys_key())

add("properties/redsys-merchant-key", "cobros-service/src/main/resources/application-prod.properties", "Redsys: TPV Virtual, clave secreta de comercio; Spring Boot properties", """
# cobros-service (VTC Castellana) - perfil prod
server.port=8081
spring.application.name=cobros-service
spring.datasource.url=jdbc:postgresql://pg-cobros.vtccastellana.local:5432/cobros
spring.datasource.username=cobros
spring.datasource.password=${COBROS_DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

redsys.endpoint=https://sis.redsys.es/sis/rest/trataPeticionREST
redsys.merchant-code=0994\\
41517
redsys.terminal=002
redsys.currency=978
redsys.secret-key=@@secret@@
redsys.notification-url=https://api.vtccastellana.es/cobros/redsys/notificacion

management.endpoints.web.exposure.include=health,info,prometheus
logging.level.es.vtccastellana=INFO
""", redsys_key())

add("xml/adyen-api-key", "Kingsway.Payments/Web.config", "Adyen docs: API credentials (X-API-Key); ASP.NET appSettings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Adyen:Environment" value="LIVE" />
    <add key="Adyen:LiveEndpointUrlPrefix" value="1797a841fbb37ca7-KingswayTaxis" />
    <add key="Adyen:MerchantAccount" value="KingswayTaxisCardiffECOM" />
    <add key="Adyen:ApiKey" value="@@secret@@" />
    <add key="Adyen:ReturnUrl" value="https://book.kingswaytaxis.co.uk/payment/return" />
    <add key="Bookings:DefaultVehicleType" value="SALOON" />
    <add key="Bookings:AirportSurchargePence" value="500" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />
    <customErrors mode="RemoteOnly" defaultRedirect="~/Error" />
  </system.web>
  <system.webServer>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
        <add name="Strict-Transport-Security" value="max-age=31536000" />
      </customHeaders>
    </httpProtocol>
  </system.webServer>
</configuration>
""", adyen_key())

add("json/adyen-hmac-key", "terminal-api/config/notifications.live.json", "Adyen docs: verify HMAC signatures of webhooks (hex HMAC key)", """
{
  "merchantAccount": "KingswayTaxisPOS",
  "terminalFleet": "S1F2-in-car",
  "webhook": {
    "url": "https://pos.kingswaytaxis.co.uk/adyen/notify",
    "username": "adyen-notify",
    "passwordFromEnv": "ADYEN_NOTIFY_BASIC_PASSWORD",
    "hmacKey": "@@secret@@",
    "acceptedEvents": ["AUTHORISATION", "CANCEL_OR_REFUND", "REFUND", "CAPTURE"]
  },
  "tipping": {
    "enabled": true,
    "presets": [10, 15, 20]
  },
  "receipt": {
    "header": "Kingsway Taxis Cardiff",
    "footer": "Licensed by Cardiff Council - thank you"
  }
}
""", uphex(64))

add("ruby/braintree-private-key", "config/initializers/braintree.rb", "Braintree docs: configuration (merchant_id, public_key, private_key)", """
# Braintree is used for corporate account cards on the booking site.
# The public key is only an identifier; the private key signs every API call.
Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = "q7dz4hk2v9w3mx8c"
Braintree::Configuration.public_key  = "t5ncy2r8pbk6wz3j"
Braintree::Configuration.private_key = "@@secret@@"
Braintree::Configuration.logger = Rails.logger

Rails.application.config.x.braintree_merchant_accounts = {
  "GBP" => "cityline_cabs_gbp",
  "EUR" => "cityline_cabs_eur",
}
""", hexs(32))

add("go/worldpay-service-key", "internal/payments/worldpay/client.go", "Worldpay Online Payments API: service key (L_S_) in the Authorization header", """
package worldpay

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const (
	baseURL    = "https://api.worldpay.com/v1"
	serviceKey = "@@secret@@"
)

type Client struct{ http *http.Client }

func New() *Client { return &Client{http: &http.Client{Timeout: 20 * time.Second}} }

type Order struct {
	Token             string `json:"token"`
	Amount            int    `json:"amount"`
	CurrencyCode      string `json:"currencyCode"`
	OrderDescription  string `json:"orderDescription"`
	CustomerOrderCode string `json:"customerOrderCode"`
}

func (c *Client) Charge(o Order) (*http.Response, error) {
	body, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequest(http.MethodPost, baseURL+"/orders", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", serviceKey)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("worldpay charge %s: %w", o.CustomerOrderCode, err)
	}
	return resp, nil
}
""", "L_S_" + uuid_s())

add("python/paypal-client-secret", "accounts/paypal_payouts.py", "PayPal developer docs: client credentials grant (client id and secret)", '''
"""Weekly PayPal payouts to self-employed drivers who opted out of bank transfer."""
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(
        f"{PAYPAL_API}/v1/oauth2/token",
        auth=(CLIENT_ID, CLIENT_SECRET),
        data={"grant_type": "client_credentials"},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def send_payouts(batch_id: str, items: list[dict]) -> dict:
    payload = {
        "sender_batch_header": {"sender_batch_id": batch_id, "email_subject": "Northgate PH weekly earnings"},
        "items": [
            {"recipient_type": "EMAIL", "amount": {"value": f"{i['amount']:.2f}", "currency": "GBP"},
             "receiver": i["email"], "note": f"Week {i['week']}", "sender_item_id": i["driver_id"]}
            for i in items
        ],
    }
    r = requests.post(f"{PAYPAL_API}/v1/payments/payouts", json=payload,
                      headers={"Authorization": f"Bearer {access_token()}"}, timeout=30)
    r.raise_for_status()
    return r.json()
''', "E" + draw(79, URLSAFE), cid="A" + draw(79, URLSAFE))

add("csharp/gocardless-access-token", "Billing/GoCardlessSetup.cs", "GoCardless API docs: access tokens (live_) and the .NET client", """
using GoCardless;
using Microsoft.Extensions.DependencyInjection;

namespace Harbourside.Billing
{
    // Direct Debit mandates for corporate accounts (hotels, NHS trust, schools).
    public static class GoCardlessSetup
    {
        public static IServiceCollection AddGoCardless(this IServiceCollection services)
        {
            var client = GoCardlessClient.Create(
                "@@secret@@",
                GoCardlessClient.Environment.LIVE);

            services.AddSingleton(client);
            services.AddScoped<MandateService>();
            services.AddScoped<MonthlyInvoiceCollector>();
            return services;
        }
    }
}
""", "live_" + draw(40, URLSAFE))

add("ini/payment-terminal-bdk", "keyload/bdk_injection.ini", "ANSI X9.24 DUKPT: base derivation key (BDK) and KSN for terminal key injection", """
; Key injection profile for the in-car card terminals (PAX A77 fleet)
; used by the key-loading PC in the workshop, never on the network
[profile]
name=CityLine in-car A77
scheme=DUKPT-TDES
terminals=A77-2023-batch2

[bdk]
; base derivation key, component-combined by Mark & Priya on 2024-01-15
BDK=@@secret@@
BDK_KCV=@@kcv@@

[ksn]
KSN_PREFIX=FFFF9876543210
COUNTER_START=00000

[audit]
log=C:\\KeyLoad\\logs\\injection.log
require_dual_control=true
""", uphex(32), kcv=uphex(6))

add("log/http-basic-credential", "logs/payment-gateway-2024-03-11.log", "RFC 7617 HTTP Basic; a debug log that printed request headers", """
2024-03-11 07:58:02,114 INFO  gateway.start version=3.8.2 env=prod node=pay-02
2024-03-11 07:58:02,380 INFO  gateway.pool size=8 upstream=https://payments.icabbi-gw.example.net
2024-03-11 08:14:51,903 INFO  charge.start booking=RC-884120 amount=2340 currency=GBP
2024-03-11 08:14:52,611 INFO  charge.ok booking=RC-884120 auth=093114 ms=708
2024-03-11 08:16:07,220 WARN  charge.retry booking=RC-884133 reason=timeout attempt=1
2024-03-11 08:16:07,221 DEBUG http.request POST /v2/merchants/ridgeway/charges
2024-03-11 08:16:07,221 DEBUG http.header Host: payments.icabbi-gw.example.net
2024-03-11 08:16:07,221 DEBUG http.header Authorization: Basic @@secret@@
2024-03-11 08:16:07,221 DEBUG http.header Content-Type: application/json
2024-03-11 08:16:07,222 DEBUG http.body {"booking":"RC-884133","amount":1850,"currency":"GBP"}
2024-03-11 08:16:08,004 INFO  charge.ok booking=RC-884133 auth=551902 ms=783
2024-03-11 08:21:40,517 INFO  charge.start booking=RC-884190 amount=4100 currency=GBP
2024-03-11 08:21:41,102 ERROR charge.declined booking=RC-884190 code=05 msg="Do not honour"
2024-03-11 08:30:00,000 INFO  settlement.scheduled next=2024-03-11T23:30:00Z
""", b64("ridgeway-pay:" + words_pw()))

# ================================================================================================
# Dispatch systems, databases and queues
# ================================================================================================

# ---- CASES-DISPATCH ----

add("python/autocab-subscription-key", "integrations/autocab/client.py", "Autocab API (Azure API Management): Ocp-Apim-Subscription-Key header", '''
"""Thin client for the Autocab booking API, used to push web and app bookings into Ghost."""
from __future__ import annotations

import datetime as dt

import httpx

BASE_URL = "https://autocab-api.azure-api.net/booking/v1"
HEADERS = {
    "Ocp-Apim-Subscription-Key": "@@secret@@",
    "Accept": "application/json",
}


class AutocabClient:
    def __init__(self, company_id: int = 4471, timeout: float = 15.0) -> None:
        self.company_id = company_id
        self.http = httpx.Client(base_url=BASE_URL, headers=HEADERS, timeout=timeout)

    def quote(self, pickup: dict, destination: dict, when: dt.datetime, vehicle_type: str = "Saloon") -> dict:
        body = {
            "pickupDueTime": when.isoformat(),
            "pickup": {"address": pickup},
            "destination": {"address": destination},
            "passengers": 1,
            "luggage": 0,
            "vehicleType": vehicle_type,
            "companyId": self.company_id,
        }
        r = self.http.post("/quote", json=body)
        r.raise_for_status()
        return r.json()

    def book(self, quote_id: str, name: str, phone: str, notes: str = "") -> dict:
        r = self.http.post("/booking", json={"quoteId": quote_id, "name": name, "telephoneNumber": phone,
                                             "driverNote": notes})
        r.raise_for_status()
        return r.json()

    def cancel(self, booking_id: int) -> None:
        self.http.delete(f"/booking/{booking_id}").raise_for_status()
''', hexs(32))

add("csharp/autocab-subscription-key", "Abbey.Dispatch/Services/GhostBookingForwarder.cs", "Autocab API (Azure API Management): subscription key; HttpClient default headers", """
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Abbey.Dispatch.Services
{
    // Forwards account bookings from the hotel portal to Autocab Ghost.
    public class GhostBookingForwarder
    {
        private readonly HttpClient _http;

        public GhostBookingForwarder(HttpClient http)
        {
            _http = http;
            _http.BaseAddress = new System.Uri("https://autocab-api.azure-api.net/booking/v1/");
            _http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "@@secret@@");
        }

        public async Task<int> ForwardAsync(HotelBooking booking)
        {
            var request = new
            {
                pickupDueTime = booking.PickupAt.ToString("o"),
                pickup = new { address = new { text = booking.PickupAddress } },
                destination = new { address = new { text = booking.DropAddress } },
                name = booking.GuestName,
                telephoneNumber = booking.HotelPhone,
                yourReferences = new { yourReference1 = booking.RoomNumber, yourReference2 = booking.HotelCode },
                accountNumber = booking.AccountNumber,
            };
            var response = await _http.PostAsJsonAsync("booking", request);
            response.EnsureSuccessStatusCode();
            var created = await response.Content.ReadFromJsonAsync<CreatedBooking>();
            return created!.Id;
        }
    }
}
""", hexs(32))

add("python/icabbi-secret-key", "icabbi_sync/sync_drivers.py", "iCabbi API docs: HTTP Basic with app key and secret key", '''
#!/usr/bin/env python3
"""Nightly: pull the driver list from iCabbi and update badge expiry dates in the HR sheet."""
import csv
import sys

import requests

ICABBI_HOST = "https://api.coolnagour.com/v2"
APP_KEY = "@@app@@"
SECRET_KEY = "@@secret@@"


def drivers():
    page = 0
    while True:
        r = requests.get(f"{ICABBI_HOST}/drivers/index", params={"offset": page * 100, "limit": 100},
                         auth=(APP_KEY, SECRET_KEY), timeout=30)
        r.raise_for_status()
        batch = r.json()["body"]["drivers"]
        if not batch:
            return
        yield from batch
        page += 1


def main(out_path: str) -> int:
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ref", "name", "badge", "badge_expiry", "vehicle_ref"])
        for d in drivers():
            w.writerow([d["ref"], d["name"], d.get("licence_no"), d.get("licence_expiry"), d.get("vehicle_ref")])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "drivers.csv"))
''', hexs(40), app=hexs(40))

add("shell/icabbi-secret-key", "ops/check_icabbi_zones.sh", "iCabbi API docs: HTTP Basic with app key and secret key (curl -u)", """
#!/bin/sh
# Compare the zone list in iCabbi with zones.geojson before a tariff change.
# Run from the ops box: ./check_icabbi_zones.sh > /tmp/zones.json
curl -s --fail \\
  -u "@@app@@:@@secret@@" \\
  -H "Accept: application/json" \\
  "https://api.coolnagour.com/v2/zones/index?site_id=112" \\
  | jq '.body.zones[] | {id, title, tariff_id}'
""", hexs(40), app=hexs(40))

add("json/mssql-password", "cordic-bridge/appsettings.Production.json", "Microsoft docs: SQL Server connection strings in appsettings.json", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "ConnectionStrings": {
    "CordicDispatch": "Server=cordic-sql01.harbourside.local,1433;Database=CordicLive;User Id=bridge_ro;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True;Application Name=cordic-bridge",
    "Reporting": "Server=reports01.harbourside.local;Database=Reporting;Integrated Security=SSPI;Encrypt=True"
  },
  "Bridge": {
    "PollSeconds": 15,
    "Fleets": [ "HST", "HST-EXEC", "HST-WAV" ],
    "PushJobsToAppAfterMinutes": 3
  },
  "AllowedHosts": "*"
}
""", words_pw())

add("typescript/taxicaller-api-key", "src/integrations/taxicaller/auth.ts", "TaxiCaller API: API key exchanged for a JWT (/AdminService/v1/jwt/for-key)", """
import fetch from "node-fetch";

const TAXICALLER_API = "https://api.taxicaller.net";
const API_KEY = "@@secret@@";
const COMPANY_ID = 22891;

let cached: { jwt: string; expires: number } | null = null;

export async function taxicallerJwt(): Promise<string> {
  if (cached && cached.expires > Date.now() + 60_000) {
    return cached.jwt;
  }
  const url = `${TAXICALLER_API}/AdminService/v1/jwt/for-key?key=${API_KEY}&sub=*&ttl=900`;
  const res = await fetch(url);
  if (!res.ok) {
    throw new Error(`TaxiCaller JWT request failed: ${res.status}`);
  }
  const { token } = (await res.json()) as { token: string };
  cached = { jwt: token, expires: Date.now() + 900_000 };
  return token;
}

export async function createJob(job: Record<string, unknown>) {
  const res = await fetch(`${TAXICALLER_API}/api/v1/booker/order`, {
    method: "POST",
    headers: { Authorization: `Bearer ${await taxicallerJwt()}`, "Content-Type": "application/json" },
    body: JSON.stringify({ order: { company_id: COMPANY_ID, ...job } }),
  });
  return res.json();
}
""", hexs(32))

add("go/postgres-password", "cmd/dispatch-api/main.go", "lib/pq and pgx: PostgreSQL connection URIs (postgres://user:password@host/db)", """
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/northgate-ph/dispatch/internal/api"
	"github.com/northgate-ph/dispatch/internal/jobs"
)

const defaultDSN = "postgres://dispatch_app:@@secret@@@pg-dispatch.northgate.internal:5432/dispatch?sslmode=require"

func main() {
	dsn := defaultDSN
	if v := os.Getenv("DISPATCH_DSN_OVERRIDE"); v != "" {
		dsn = v
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		log.Fatalf("connect: %v", err)
	}
	defer pool.Close()

	store := jobs.NewStore(pool)
	srv := &http.Server{
		Addr:              ":8090",
		Handler:           api.Router(store),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("dispatch-api listening on %s", srv.Addr)
	log.Fatal(srv.ListenAndServe())
}
""", rand_pw(22))

add("sql/postgres-password", "db/migrations/0031_meter_ingest_role.sql", "PostgreSQL docs: CREATE ROLE ... LOGIN PASSWORD", """
-- 0031: role for the taximeter ingest service (reads meter trips from the MQTT bridge)
BEGIN;

CREATE ROLE meter_ingest LOGIN PASSWORD '@@secret@@'
    CONNECTION LIMIT 10
    VALID UNTIL 'infinity';

GRANT CONNECT ON DATABASE dispatch TO meter_ingest;
GRANT USAGE ON SCHEMA meter TO meter_ingest;
GRANT SELECT, INSERT ON meter.trips, meter.tariff_events, meter.shifts TO meter_ingest;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA meter TO meter_ingest;

ALTER ROLE meter_ingest SET statement_timeout = '30s';
ALTER ROLE meter_ingest SET search_path = meter, public;

COMMIT;
""", words_pw())

add("sql/mysql-password", "sql/grants_webbooking.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY", """
-- Usuarios de la base de datos de la web de reservas (Taxis Costa Brava)
-- Ejecutar como root en mysql-web01 tras restaurar la copia

CREATE DATABASE IF NOT EXISTS reservas CHARACTER SET utf8mb4 COLLATE utf8mb4_spanish_ci;

CREATE USER IF NOT EXISTS 'web_reservas'@'10.20.0.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT, INSERT, UPDATE, DELETE ON reservas.* TO 'web_reservas'@'10.20.0.%';

CREATE USER IF NOT EXISTS 'informes'@'10.20.1.15' IDENTIFIED WITH auth_socket;
GRANT SELECT ON reservas.* TO 'informes'@'10.20.1.15';

FLUSH PRIVILEGES;
""", palabra_pw())

add("yaml/redis-password", "deploy/dispatch/values-prod.yaml", "Bitnami Redis Helm chart: auth.password", """
# dispatch stack -- production values (CityLine Cabs, Leeds)
image:
  repository: registry.citylinecabs.co.uk/dispatch/api
  tag: "5.12.0"

replicaCount: 3

ingress:
  enabled: true
  className: nginx
  hosts:
    - host: dispatch.citylinecabs.co.uk
      paths: ["/"]
  tls:
    - secretName: dispatch-tls
      hosts: [dispatch.citylinecabs.co.uk]

redis:
  architecture: replication
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 8Gi
  replica:
    replicaCount: 2

postgresql:
  enabled: false
externalDatabase:
  host: pg-dispatch.citylinecabs.internal
  existingSecret: dispatch-db
""", fakes.redis_password(_seed()))

add("rust/redis-password", "meter-gateway/src/config.rs", "redis-rs docs: connection URL redis://[:password@]host:port/db", """
use std::time::Duration;

/// Runtime settings of the meter gateway: receives trip events from the in-car
/// taximeters (via the A77 terminals) and publishes them to dispatch.
pub struct Settings {
    pub listen: &'static str,
    pub redis_url: &'static str,
    pub stream: &'static str,
    pub flush_every: Duration,
}

pub const SETTINGS: Settings = Settings {
    listen: "0.0.0.0:7443",
    redis_url: "redis://:@@secret@@@redis-meter.kingsway.internal:6379/2",
    stream: "meter:trips",
    flush_every: Duration::from_millis(250),
};

#[cfg(test)]
mod tests {
    use super::SETTINGS;

    #[test]
    fn stream_name_is_namespaced() {
        assert!(SETTINGS.stream.starts_with("meter:"));
    }
}
""", fakes.redis_password(_seed()))

add("java/rabbitmq-password", "dispatch-core/src/main/java/uk/co/ridgeway/queue/DispatchQueueConfig.java", "RabbitMQ Java client docs: ConnectionFactory setUsername/setPassword", """
package uk.co.ridgeway.queue;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

public final class DispatchQueueConfig {

    public static final String JOB_OFFERS = "jobs.offers";
    public static final String DRIVER_STATUS = "drivers.status";

    private DispatchQueueConfig() {
    }

    public static Connection connect() throws IOException, TimeoutException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("mq01.ridgeway.internal");
        factory.setPort(5671);
        factory.setVirtualHost("/dispatch");
        factory.setUsername("dispatch-core");
        factory.setPassword("@@secret@@");
        factory.setAutomaticRecoveryEnabled(true);
        factory.setNetworkRecoveryInterval(5000);
        try {
            factory.useSslProtocol();
        } catch (Exception e) {
            throw new IOException("TLS setup failed", e);
        }
        return factory.newConnection("dispatch-core");
    }
}
""", rand_pw(24))

add("toml/kafka-sasl-password", "fleet-ingest/config.toml", "librdkafka configuration: sasl.username / sasl.password", """
# fleet-ingest: GPS positions from Teltonika trackers -> Kafka -> dispatch map
[server]
listen = "0.0.0.0:5027"
codec = "teltonika-codec8e"
max_devices = 600

[kafka]
brokers = ["kafka-1.northgate.internal:9093", "kafka-2.northgate.internal:9093"]
topic_positions = "fleet.positions.v2"
topic_events = "fleet.events.v1"
security_protocol = "SASL_SSL"
sasl_mechanism = "SCRAM-SHA-512"
sasl_username = "fleet-ingest"
sasl_password = "@@secret@@"

[geofence]
ranks_file = "/etc/fleet-ingest/ranks.geojson"
airport_zone = "NCL-AIRPORT"
""", rand_pw(32))

add("php/mysql-password", "reservas/application/config/database.php", "CodeIgniter 3 docs: database configuration ($db['default'])", """
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'mysql-web01.taxicantabrico.local',
	'username' => 'reservas_web',
	'password' => '@@secret@@',
	'database' => 'reservas',
	'dbdriver' => 'mysqli',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'char_set' => 'utf8mb4',
	'dbcollat' => 'utf8mb4_spanish_ci',
	'encrypt' => FALSE,
	'compress' => FALSE,
	'stricton' => FALSE,
	'save_queries' => FALSE
);
""", palabra_pw())

add("yaml/mysql-password", "flota-api/src/main/resources/application.yml", "Spring Boot docs: spring.datasource.password in application.yml", """
server:
  port: 8080
  servlet:
    context-path: /flota

spring:
  application:
    name: flota-api
  datasource:
    url: jdbc:mysql://mysql-flota.teletaxigiralda.local:3306/flota?useSSL=true&serverTimezone=Europe/Madrid
    username: flota_api
    password: "@@secret@@"
    hikari:
      maximum-pool-size: 12
  jpa:
    open-in-view: false
    hibernate:
      ddl-auto: validate

flota:
  turnos:
    cambio-dia: "06:00"
    cambio-noche: "18:00"
  licencias:
    aviso-caducidad-dias: 30
""", palabra_pw())

add("ini/mysql-password", "backup/etc/mysql/conf.d/backup-client.cnf", "MySQL docs: option files, [client] password", """
# Used by /usr/local/bin/nightly_dump.sh on backup01 (mysqldump of the booking DB)
[client]
user=backup
password=@@secret@@
host=mysql-book01.bluestar.local
port=3306
ssl-mode=REQUIRED

[mysqldump]
single-transaction
quick
routines
events
""", words_pw())

add("compose/postgres-password", "docker-compose.yml", "Docker Hub postgres image: POSTGRES_PASSWORD", """
services:
  db:
    image: postgres:15
    restart: unless-stopped
    environment:
      POSTGRES_DB: traccar
      POSTGRES_USER: traccar
      POSTGRES_PASSWORD: "@@secret@@"
    volumes:
      - pgdata:/var/lib/postgresql/data

  traccar:
    image: traccar/traccar:5.12
    restart: unless-stopped
    depends_on: [db]
    ports:
      - "8082:8082"
      - "5027:5027/tcp"
    volumes:
      - ./traccar.xml:/opt/traccar/conf/traccar.xml:ro
      - ./logs:/opt/traccar/logs

volumes:
  pgdata:
""", rand_pw(20))

_k8s_pw = rand_pw(26)
add("k8s-secret/postgres-password", "k8s/prod/dispatch-db-secret.yaml", "Kubernetes docs: Secret data values are base64", """
apiVersion: v1
kind: Secret
metadata:
  name: dispatch-db
  namespace: dispatch
  labels:
    app.kubernetes.io/part-of: dispatch
type: Opaque
data:
  host: @@host@@
  port: NTQzMg==
  database: ZGlzcGF0Y2g=
  username: ZGlzcGF0Y2hfYXBw
  password: @@enc@@
""", _k8s_pw, host=b64("pg-dispatch.citylinecabs.internal"), enc=b64(_k8s_pw))

add("markdown/redis-password", "runbooks/job-queue-stuck.md", "redis-cli docs: -a <password>", """
# Runbook: job offers stuck in the queue (Redis)

**Symptom:** bookings go into dispatch but never reach the drivers' tablets; the
operators' screen shows "awaiting allocation" for more than 2 minutes.

## 1. Check Redis

From `disp-01` (user `ops`):

```bash
redis-cli -h redis-jobs.northgate.internal -p 6379 -a '@@secret@@' --no-auth-warning info replication
redis-cli -h redis-jobs.northgate.internal -p 6379 -a '@@secret@@' --no-auth-warning llen queue:offers
```

If `llen` is over 200, the allocator has stopped consuming.

## 2. Restart the allocator

```bash
sudo systemctl restart allocator@1 allocator@2
journalctl -u allocator@1 -n 50 --no-pager
```

## 3. If Redis does not answer

- Check the disk: `df -h /var/lib/redis` (the AOF has filled it twice).
- Tell the shift supervisor and switch to **manual allocation** from the console.
- Call the on-call engineer (rota on the intranet).
""", fakes.redis_password(_seed()))

add("markdown/mysql-password", "runbooks/restore-booking-db.md", "MySQL docs: mysql -p<password> on the command line", """
# Restore the booking database from last night's dump

Use this when the booking DB on `mysql-book01` is corrupted or a bad migration ran.
Expect about 20 minutes of downtime for web and app bookings; phone bookings keep working
through Ghost.

1. Put the booking site in maintenance mode:

       ssh web01 'sudo -u www-data php artisan down --retry=60'

2. Copy the dump from backup01:

       scp backup01:/srv/backup/mysql/booking-$(date -d yesterday +%F).sql.gz /tmp/

3. Restore:

       gunzip -c /tmp/booking-*.sql.gz | mysql -h mysql-book01.bluestar.local -u root -p'@@secret@@' booking

4. Check row counts against yesterday's report (bookings, accounts, drivers).

5. Bring the site back:

       ssh web01 'sudo -u www-data php artisan up'

6. Post in #ops that bookings are back, with the time window that was lost.
""", words_pw())

add("log/mssql-password", "logs/cordic-bridge-error-20240219.log", "Microsoft.Data.SqlClient: connection string echoed in an exception log", """
2024-02-19 02:14:03.551 +00:00 [INF] Cordic bridge starting (v2.3.7, host cb-02)
2024-02-19 02:14:03.902 +00:00 [INF] Poll loop every 15s, fleets HST,HST-EXEC,HST-WAV
2024-02-19 02:14:19.117 +00:00 [ERR] Failed to open dispatch DB connection
System.InvalidOperationException: Cannot open database "CordicLive" requested by the login. Connection: "Server=cordic-sql01.harbourside.local,1433;Database=CordicLive;User Id=bridge_ro;Password=@@secret@@;Encrypt=True;TrustServerCertificate=True"
   at Microsoft.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)
   at Microsoft.Data.SqlClient.SqlConnection.Open()
   at Harbourside.CordicBridge.DispatchReader.Poll() in /src/Harbourside.CordicBridge/DispatchReader.cs:line 58
2024-02-19 02:14:34.120 +00:00 [WRN] Retrying in 30s (attempt 2/10)
2024-02-19 02:15:04.388 +00:00 [INF] Connected to CordicLive on cordic-sql01
2024-02-19 02:15:04.711 +00:00 [INF] 37 open jobs, 12 pushed to app
""", words_pw())

add("notebook/postgres-password", "analysis/airport_wait_times.ipynb", "SQLAlchemy docs: create_engine with a postgresql:// URL", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Airport rank wait times, Q1\\n", "How long drivers sit on the airport feeder rank before a job."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "\\n",
    "engine = create_engine('postgresql+psycopg2://analyst:@@secret@@@pg-replica.northgate.internal:5432/dispatch')\\n",
    "q = \\"\\"\\"select driver_id, zone, entered_at, left_at from fleet.rank_visits\\n",
    "       where zone = 'NCL-AIRPORT' and entered_at >= '2024-01-01'\\"\\"\\"\\n",
    "visits = pd.read_sql(q, engine, parse_dates=['entered_at', 'left_at'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "visits['wait_min'] = (visits.left_at - visits.entered_at).dt.total_seconds() / 60\\n",
    "visits.groupby(visits.entered_at.dt.hour).wait_min.median().plot(kind='bar')"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.7"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("go/jwt-signing-secret", "internal/auth/tokens.go", "golang-jwt docs: HMAC signing with a []byte secret", """
package auth

import (
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Tokens issued to the drivers' app after badge-number + PIN login.
var signingKey = []byte("@@secret@@")

type DriverClaims struct {
	DriverID string `json:"drv"`
	Callsign string `json:"cs"`
	Fleet    string `json:"fl"`
	jwt.RegisteredClaims
}

func IssueDriverToken(driverID, callsign, fleet string) (string, error) {
	claims := DriverClaims{
		DriverID: driverID,
		Callsign: callsign,
		Fleet:    fleet,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    "ridgeway-dispatch",
			ExpiresAt: jwt.NewNumericDate(time.Now().Add(12 * time.Hour)),
			IssuedAt:  jwt.NewNumericDate(time.Now()),
		},
	}
	return jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)
}

func ParseDriverToken(raw string) (*DriverClaims, error) {
	claims := &DriverClaims{}
	_, err := jwt.ParseWithClaims(raw, claims, func(*jwt.Token) (interface{}, error) { return signingKey, nil })
	return claims, err
}
""", hexs(64))

add("env/django-secret-key", "booking_site/.env", "Django docs: SECRET_KEY (django-environ .env file)", """
DEBUG=False
ALLOWED_HOSTS=book.abbeycars.co.uk,www.abbeycars.co.uk
SECRET_KEY='@@secret@@'
DATABASE_URL=postgres://booking@pg01.abbeycars.internal:5432/booking
EMAIL_HOST=smtp.office365.com
EMAIL_PORT=587
EMAIL_USE_TLS=True
DEFAULT_FROM_EMAIL=bookings@abbeycars.co.uk
AUTOCAB_COMPANY_ID=3302
TIME_ZONE=Europe/London
""", fakes.django_secret_key(_seed()))

# ================================================================================================
# Fleet tracking, maps, drivers' apps, taximeters and in-car terminals
# ================================================================================================

# ---- CASES-FLEET ----

add("python/samsara-api-token", "fleet/samsara_positions.py", "Samsara API docs: Bearer API tokens (samsara_api_)", '''
"""Pull live GPS from Samsara every 20 s and feed the dispatch map (Harbourside exec fleet)."""
import time

import requests

SAMSARA_TOKEN = "@@secret@@"
URL = "https://api.samsara.com/fleet/vehicles/stats/feed"


def feed(post_position):
    after = None
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {SAMSARA_TOKEN}"
    while True:
        params = {"types": "gps"}
        if after:
            params["after"] = after
        r = session.get(URL, params=params, timeout=30)
        r.raise_for_status()
        page = r.json()
        for v in page["data"]:
            for fix in v.get("gps", []):
                post_position(v["name"], fix["latitude"], fix["longitude"], fix["speedMilesPerHour"], fix["time"])
        after = page["pagination"]["endCursor"]
        if not page["pagination"]["hasNextPage"]:
            time.sleep(20)
''', samsara_token())

add("notebook/samsara-api-token", "notebooks/idle_time_by_vehicle.ipynb", "Samsara API docs: Bearer API tokens (samsara_api_)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Engine idle time per vehicle, last 30 days\\n", "For the fuel-cost review with the fleet manager."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\\n",
    "TOKEN = '@@secret@@'\\n",
    "r = requests.get('https://api.samsara.com/fleet/reports/vehicle/idling',\\n",
    "                 headers={'Authorization': 'Bearer ' + TOKEN},\\n",
    "                 params={'startTime': '2024-04-01T00:00:00Z', 'endTime': '2024-04-30T23:59:59Z'})\\n",
    "idle = pd.json_normalize(r.json()['data'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["idle.groupby('vehicle.name').durationMs.sum().div(3.6e6).sort_values(ascending=False).head(15)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", samsara_token())

add("python/geotab-password", "telematics/geotab_trips.py", "MyGeotab Python SDK docs: mygeotab.API(username, password, database)", '''
import datetime as dt

import mygeotab

api = mygeotab.API(
    username="telematics@kingswaytaxis.co.uk",
    password="@@secret@@",
    database="kingsway_taxis",
    server="my.geotab.com",
)
api.authenticate()


def trips_since(hours: int = 24):
    since = dt.datetime.utcnow() - dt.timedelta(hours=hours)
    devices = {d["id"]: d["name"] for d in api.get("Device")}
    for trip in api.get("Trip", search={"fromDate": since}):
        yield {
            "vehicle": devices.get(trip["device"]["id"], "?"),
            "start": trip["start"],
            "stop": trip["stop"],
            "km": round(trip["distance"], 1),
            "max_kmh": trip.get("maximumSpeed"),
        }


if __name__ == "__main__":
    for t in trips_since():
        print(t)
''', words_pw())

add("yaml/webfleet-password", "config/webfleet-sync.yaml", "Webfleet.connect docs: account, username, password and apikey parameters", """
# webfleet-sync: copies WEBFLEET object positions and driver logins into dispatch
webfleet:
  endpoint: https://csv.webfleet.com/extern
  account: cityline-leeds
  username: dispatch-sync
  password: "@@secret@@"
  apikey: ${WEBFLEET_APIKEY}
  lang: en
  outputformat: json
  actions:
    - showObjectReportExtern
    - showDriverReportExtern
  poll_seconds: 30

dispatch:
  url: http://dispatch-api.cityline.internal:8090
  fleet: CLC

logging:
  level: info
  file: /var/log/webfleet-sync/sync.log
""", words_pw())

add("xml/traccar-db-password", "traccar/conf/traccar.xml", "Traccar docs: configuration file (database.password entry)", """
<?xml version='1.0' encoding='UTF-8'?>

<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>

<properties>

    <!-- Traccar de la flota de Taxi Cantábrico: 86 localizadores FMB920 -->

    <entry key='config.default'>./conf/default.xml</entry>

    <entry key='database.driver'>org.postgresql.Driver</entry>
    <entry key='database.url'>jdbc:postgresql://pg-gps.taxicantabrico.local:5432/traccar</entry>
    <entry key='database.user'>traccar</entry>
    <entry key='database.password'>@@secret@@</entry>

    <entry key='web.port'>8082</entry>
    <entry key='server.timeout'>120</entry>
    <entry key='teltonika.port'>5027</entry>
    <entry key='geocoder.enable'>false</entry>
    <entry key='report.trip.minimalTripDistance'>300</entry>
    <entry key='logger.level'>info</entry>

</properties>
""", palabra_pw())

add("markdown/teltonika-sms-password", "docs/fleet/trackers-fmb920.md", "Teltonika wiki: FMB SMS commands (<login> <password> <command>)", """
# Teltonika FMB920 trackers (Northgate fleet)

Every car has an FMB920 behind the dashboard, powered from the ignition feed.
They report every 10 s while moving and every 5 min when parked to fleet-ingest
(`trackers.northgate-ph.co.uk:5027`), which feeds the dispatch map.

## Common configuration

- APN: the private Vodafone M2M APN (see `fleet/sim_apn_profiles.csv`).
- Protocol: Codec 8 Extended over TCP.
- Digital input 1: panic button (under the driver's seat).

## SMS commands

SMS login and password are enabled on all units. The format is
`<login> <password> <command>`:

| What for               | SMS to send                                 |
|------------------------|---------------------------------------------|
| Status                 | `fleet @@secret@@ getstatus`                |
| Current position       | `fleet @@secret@@ getgps`                   |
| Reboot                 | `fleet @@secret@@ cpureset`                 |
| Force server reconnect | `fleet @@secret@@ web_connect`              |

Always send from the on-call phone; the units only accept SMS from the authorised numbers.

## Swapping a unit

1. Remove the faulty unit and note its IMEI on the incident sheet.
2. Load `fmb920_fleet_v7.cfg` with the Teltonika Configurator.
3. Add the new IMEI in the device registry (`fleet/devices/registry.json`) and redeploy fleet-ingest.
""", draw(10))

add("csv/apn-password", "fleet/sim_apn_profiles.csv", "3GPP APN settings (APN, username, password, auth type) as a carrier export", """
operator,apn,username,password,auth,notes
Vodafone UK (public),internet,web,web,PAP,backup SIMs only
EE (public),everywhere,eesecure,secure,PAP,drivers' phones
Vodafone M2M (private),northgate.m2m.vodafone.co.uk,ngph-fleet,@@secret@@,CHAP,all trackers and in-car terminals
O2 (public),mobile.o2.co.uk,o2web,password,PAP,legacy roof signs
""", draw(16))

add("terraform/amazon-mq-password", "infra/mq.tf", "Terraform AWS provider: aws_mq_broker user block (username, password)", """
resource "aws_mq_broker" "meter_events" {
  broker_name        = "meter-events-prod"
  engine_type        = "RabbitMQ"
  engine_version     = "3.11.20"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"
  subnet_ids         = module.vpc.private_subnets
  security_groups    = [aws_security_group.mq.id]

  publicly_accessible        = false
  auto_minor_version_upgrade = true

  user {
    username = "meter-gateway"
    password = "@@secret@@"
  }

  logs {
    general = true
  }

  tags = {
    service = "meter-gateway"
    owner   = "platform@abbeycars.co.uk"
  }
}
""", rand_pw(24))

add("go/mapbox-secret-token", "tools/ranktiles/upload.go", "Mapbox docs: access tokens (secret sk. tokens for the Uploads API)", """
package main

import (
	"fmt"
	"log"
	"net/http"
	"strings"
)

// Uploads the taxi rank / pickup point tileset shown in the passenger app.
const (
	mapboxUser  = "bluestarcabs"
	mapboxToken = "@@secret@@"
	tilesetID   = "bluestarcabs.ranks-v4"
)

func main() {
	creds, err := stagingCredentials()
	if err != nil {
		log.Fatal(err)
	}
	if err := putToS3(creds, "ranks.geojson"); err != nil {
		log.Fatal(err)
	}
	body := fmt.Sprintf(`{"url":"%s","tileset":"%s","name":"Ranks and pickup points"}`, creds.URL, tilesetID)
	url := fmt.Sprintf("https://api.mapbox.com/uploads/v1/%s?access_token=%s", mapboxUser, mapboxToken)
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	log.Printf("upload queued: %s", resp.Status)
}
""", mapbox("sk", "bluestarcabs"))

add("typescript/google-maps-api-key", "geocoder/src/google.ts", "Google Maps Platform docs: Geocoding API key parameter (AIza)", """
import axios from "axios";

// Server-side key (IP-restricted to the dispatch servers) for address lookups
// typed by the call-centre operators.
const GEOCODE_KEY = "@@secret@@";

export interface Geocoded {
  formatted: string;
  lat: number;
  lng: number;
  postcode?: string;
}

export async function geocode(address: string): Promise<Geocoded | null> {
  const { data } = await axios.get("https://maps.googleapis.com/maps/api/geocode/json", {
    params: { address, region: "uk", components: "country:GB", key: GEOCODE_KEY },
    timeout: 5000,
  });
  const first = data.results?.[0];
  if (!first) return null;
  const postcode = first.address_components.find((c: any) => c.types.includes("postal_code"))?.long_name;
  return { formatted: first.formatted_address, ...first.geometry.location, postcode };
}
""", google_key())

add("python/here-api-key", "eta/here_routing.py", "HERE developer docs: Routing API v8 apiKey query parameter", '''
"""ETA quotes for the booking widget: HERE Routing v8, taxi mode."""
import requests

HERE_API_KEY = "@@secret@@"
ROUTES = "https://router.hereapi.com/v8/routes"


def eta_minutes(origin: tuple[float, float], dest: tuple[float, float]) -> float:
    params = {
        "transportMode": "taxi",
        "origin": f"{origin[0]},{origin[1]}",
        "destination": f"{dest[0]},{dest[1]}",
        "return": "summary",
        "apiKey": HERE_API_KEY,
    }
    r = requests.get(ROUTES, params=params, timeout=8)
    r.raise_for_status()
    summary = r.json()["routes"][0]["sections"][0]["summary"]
    return round(summary["duration"] / 60, 1)
''', draw(43, URLSAFE))

add("swift/twilio-auth-token", "DriverApp/Sources/Messaging/PassengerSMS.swift", "Twilio docs: Messages API with HTTP Basic (Account SID and Auth Token)", """
import Foundation

/// "Your driver is outside" texts, sent straight from the driver's phone.
enum PassengerSMS {
    private static let accountSid = "@@sid@@"
    private static let authToken = "@@secret@@"
    private static let fromNumber = "+447700900412"

    static func driverOutside(to passenger: String, callsign: String, plate: String) async throws {
        let url = URL(string: "https://api.twilio.com/2010-04-01/Accounts/\\(accountSid)/Messages.json")!
        var request = URLRequest(url: url)
        request.httpMethod = "POST"
        let basic = Data("\\(accountSid):\\(authToken)".utf8).base64EncodedString()
        request.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        let body = "To=\\(passenger)&From=\\(fromNumber)&Body=Your Abbey Cars driver (\\(callsign), \\(plate)) is outside."
        request.httpBody = body.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed)?.data(using: .utf8)
        let (_, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw URLError(.badServerResponse)
        }
    }
}
""", hexs(32), sid=twilio_sid())

add("properties/android-keystore-password", "driver-app/gradle.properties", "Android docs: signing config (storePassword, keyPassword) read from gradle.properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
android.nonTransitiveRClass=true
kotlin.code.style=official

# release signing (Play upload key)
RELEASE_STORE_FILE=../keystores/ridgeway-driver-upload.jks
RELEASE_STORE_PASSWORD=@@secret@@
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=@@secret@@

VERSION_NAME=6.3.0
VERSION_CODE=630
""", words_pw())

add("env/fastlane-match-password", "ios/fastlane/.env.default", "fastlane docs: match (MATCH_PASSWORD decrypts the certificates repo)", """
FASTLANE_USER=mobile@harbourside-taxis.co.uk
FASTLANE_TEAM_ID=8KQ2ZP7MXR
MATCH_GIT_URL=git@github.com:harbourside-taxis/ios-certificates.git
MATCH_PASSWORD=@@secret@@
MATCH_TYPE=appstore
APP_IDENTIFIER=uk.co.harbourside.passenger
SCHEME=Passenger
""", passphrase())

_sa_key = pem("PRIVATE KEY", 25, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC").replace("\n", "\\n") + "\\n"
add("json/google-service-account-key", "ci/play-publisher.json", "Google Cloud docs: service account key file (private_key)", """
{
  "type": "service_account",
  "project_id": "kingsway-driver-app",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "play-publisher@kingsway-driver-app.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/play-publisher%40kingsway-driver-app.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _sa_key, kid=hexs(40), cid=digits(21))

add("pem/apns-private-key", "ios/certs/AuthKey_7QX2M4K9PL.p8", "Apple docs: token-based APNs authentication (.p8 PKCS#8 EC key)", """
@@secret@@
""", pem("PRIVATE KEY", 4, "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg"))

add("kotlin/mqtt-password", "terminal-app/src/main/java/uk/co/northgate/terminal/mqtt/MeterLink.kt", "Eclipse Paho Android docs: MqttConnectOptions userName and password", """
package uk.co.northgate.terminal.mqtt

import org.eclipse.paho.client.mqttv3.MqttAsyncClient
import org.eclipse.paho.client.mqttv3.MqttConnectOptions
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence

/**
 * In-car terminal <-> meter broker. The terminal publishes meter state (hired / for hire /
 * stopped, fare so far) read from the taximeter over RS-232, and receives job offers.
 */
class MeterLink(private val callsign: String) {

    private val client = MqttAsyncClient(
        "ssl://mqtt.northgate-ph.co.uk:8883",
        "terminal-$callsign",
        MemoryPersistence(),
    )

    fun connect() {
        val options = MqttConnectOptions().apply {
            isCleanSession = false
            isAutomaticReconnect = true
            keepAliveInterval = 30
            userName = "terminal"
            password = "@@secret@@".toCharArray()
        }
        client.connect(options).waitForCompletion(10_000)
        client.subscribe("jobs/offer/$callsign", 1)
    }

    fun publishMeter(state: String, farePence: Int) {
        val payload = "{\\"cs\\":\\"$callsign\\",\\"state\\":\\"$state\\",\\"fare\\":$farePence}"
        client.publish("meter/$callsign/state", payload.toByteArray(), 1, false)
    }
}
""", rand_pw(20))

add("c/wifi-password", "roofsign-fw/include/config.h", "ESP-IDF / Arduino ESP32: WiFi.begin(ssid, password) credentials in a header", """
#pragma once

/* Roof sign controller (ESP32-S3): lights TAXI / FOR HIRE from the meter state
 * and pulls firmware updates over the depot Wi-Fi when the car is parked. */

#define FW_VERSION        "2.7.1"
#define METER_UART_BAUD   9600
#define METER_UART_RX     16
#define METER_UART_TX     17

#define DEPOT_WIFI_SSID   "KINGSWAY-DEPOT"
#define DEPOT_WIFI_PASS   "@@secret@@"

#define OTA_HOST          "ota.kingswaytaxis.co.uk"
#define OTA_PATH          "/roofsign/latest.bin"
#define OTA_CHECK_MINUTES 30

#define LED_FOR_HIRE_PIN  4
#define LED_HIRED_PIN     5
""", words_pw())

add("conf/mqtt-bridge-password", "garage/mosquitto/conf.d/bridge.conf", "Mosquitto docs: mosquitto.conf bridge (remote_username, remote_password)", """
# Garage broker -> central meter broker bridge (Ridgeway depot, Reading)
# Terminals in the yard publish here while the 4G is off; forwarded upstream.

connection central-meter
address mqtt.ridgewaycars.co.uk:8883
bridge_protocol_version mqttv311
remote_clientid garage-reading-01
remote_username garage-bridge
remote_password @@secret@@
bridge_cafile /etc/mosquitto/ca/ridgeway-ca.crt
cleansession false
restart_timeout 10 60

topic meter/# out 1
topic jobs/# in 1
topic terminal/+/firmware in 1
""", rand_pw(22))

add("python/mqtt-password", "meterbridge/bridge.py", "Eclipse Paho Python docs: client.username_pw_set(username, password)", '''
#!/usr/bin/env python3
"""Reads fare frames from the taximeter serial port and publishes them over MQTT.

Runs on the Raspberry Pi in each car of the Tele Taxi Giralda pilot (taxímetro en /dev/ttyUSB0).
"""
import json
import socket

import paho.mqtt.client as mqtt
import serial

LICENCIA = socket.gethostname().split("-")[-1]     # p.ej. taxi-0412
BROKER = "mqtt.teletaxigiralda.es"

client = mqtt.Client(client_id=f"taxi-{LICENCIA}", clean_session=False)
client.username_pw_set("taxi", "@@secret@@")
client.tls_set()
client.connect(BROKER, 8883, keepalive=30)
client.loop_start()

port = serial.Serial("/dev/ttyUSB0", 9600, timeout=2)
while True:
    frame = port.readline().decode("ascii", errors="ignore").strip()
    if not frame.startswith("$TX"):
        continue
    campos = frame[1:].split(",")
    estado, importe, tarifa = campos[1], campos[2], campos[3]
    client.publish(f"taxis/{LICENCIA}/taximetro",
                   json.dumps({"estado": estado, "importe": importe, "tarifa": tarifa}), qos=1)
''', palabra_pw())

add("rust/fcm-server-key", "push-relay/src/fcm.rs", "Firebase Cloud Messaging legacy HTTP API: Authorization: key=<server key>", """
use reqwest::Client;
use serde_json::json;

/// Legacy FCM sender used by push-relay to wake the drivers' app when a job is offered.
const FCM_URL: &str = "https://fcm.googleapis.com/fcm/send";
const FCM_SERVER_KEY: &str = "@@secret@@";

pub async fn offer_job(http: &Client, device_token: &str, job_id: u64, pickup: &str) -> reqwest::Result<()> {
    let body = json!({
        "to": device_token,
        "priority": "high",
        "data": { "type": "job_offer", "job_id": job_id, "pickup": pickup },
        "android": { "ttl": "30s" }
    });
    http.post(FCM_URL)
        .header("Authorization", format!("key={}", FCM_SERVER_KEY))
        .json(&body)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
""", fcm_server_key())

add("json/meter-cloud-api-key", "meter-sync/config/meters.json", "Generic vendor REST API key in a JSON service config (X-Api-Key header)", """
{
  "fleet": "RTL-VALENCIA",
  "meterCloud": {
    "baseUrl": "https://cloud.meterlink.example.es/api/v3",
    "apiKeyHeader": "X-Api-Key",
    "apiKey": "@@secret@@",
    "downloadTariffs": true,
    "tripsSince": "P1D"
  },
  "tariffs": {
    "T1": "Diurna laborable",
    "T2": "Nocturna y festivos",
    "T3": "Aeropuerto - tarifa fija",
    "T4": "Puerto - suplemento"
  },
  "output": {
    "dir": "/srv/meter-sync/out",
    "format": "csv",
    "separator": ";"
  }
}
""", hexs(40))

# ================================================================================================
# Call centre: Asterisk, 3CX, Twilio, Vonage, SMS gateways
# ================================================================================================

# ---- CASES-TELEPHONY ----

add("ini/asterisk-sip-password", "asterisk/pjsip.conf", "Asterisk docs: res_pjsip auth section (auth_type=userpass, password)", """
; Call centre (Harbourside Taxis, Bristol) - SIP trunk to the carrier + operator phones

[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0:5060

[gamma-trunk]
type=registration
outbound_auth=gamma-auth
server_uri=sip:sip.gamma-trunk.example.net
client_uri=sip:01179460000@sip.gamma-trunk.example.net
retry_interval=60

[gamma-auth]
type=auth
auth_type=userpass
username=01179460000
password=@@secret@@

[gamma-aor]
type=aor
contact=sip:sip.gamma-trunk.example.net

[gamma-endpoint]
type=endpoint
context=from-trunk
disallow=all
allow=alaw,ulaw
outbound_auth=gamma-auth
aors=gamma-aor
from_user=01179460000

[gamma-identify]
type=identify
endpoint=gamma-endpoint
match=sip.gamma-trunk.example.net
""", draw(16))

add("ini/asterisk-ami-secret", "asterisk/manager.conf", "Asterisk docs: manager.conf (AMI user secret)", """
; Asterisk Manager Interface - used by the dispatch screen-pop (caller id -> customer record)
[general]
enabled = yes
port = 5038
bindaddr = 10.40.0.10
displayconnects = no

[screenpop]
secret = @@secret@@
deny = 0.0.0.0/0.0.0.0
permit = 10.40.0.21/255.255.255.255
permit = 10.40.0.22/255.255.255.255
read = call,cdr,agent
write = originate
writetimeout = 5000
""", rand_pw(20))

add("python/twilio-auth-token", "ivr/app.py", "Twilio docs: RequestValidator and Client(account_sid, auth_token)", '''
"""Out-of-hours IVR: "press 1 to rebook your last journey, 2 to speak to the night operator"."""
from flask import Flask, abort, request
from twilio.request_validator import RequestValidator
from twilio.rest import Client
from twilio.twiml.voice_response import Gather, VoiceResponse

from ivr.bookings import last_booking_for, rebook

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
NIGHT_OPERATOR = "+441174960123"

app = Flask(__name__)
client = Client(ACCOUNT_SID, AUTH_TOKEN)
validator = RequestValidator(AUTH_TOKEN)


def _check():
    if not validator.validate(request.url, request.form, request.headers.get("X-Twilio-Signature", "")):
        abort(403)


@app.post("/voice")
def voice():
    _check()
    resp = VoiceResponse()
    g = Gather(num_digits=1, action="/menu", timeout=6)
    g.say("Harbourside Taxis. Press 1 to rebook your last journey, or 2 for the operator.", voice="Polly.Amy")
    resp.append(g)
    resp.redirect("/voice")
    return str(resp)


@app.post("/menu")
def menu():
    _check()
    resp = VoiceResponse()
    if request.form.get("Digits") == "1" and (b := last_booking_for(request.form["From"])):
        ref = rebook(b)
        resp.say(f"Booked. Your reference is {' '.join(ref)}. A text will follow.", voice="Polly.Amy")
    else:
        resp.dial(NIGHT_OPERATOR)
    return str(resp)
''', hexs(32), sid=twilio_sid())

add("typescript/twilio-api-key-secret", "notify/src/twilio.ts", "Twilio docs: API keys (SK sid + secret) with the Node helper library", """
import twilio from "twilio";

// API key "notify-prod" (standard key, created 2023-11-02)
const client = twilio("@@key@@", "@@secret@@", {
  accountSid: "@@sid@@",
  region: "ie1",
  edge: "dublin",
});

const MESSAGING_SERVICE = "MG" + "3f1a9c7e2b8d4f6a0c5e7b9d1f3a5c7e";

export async function sendEtaText(to: string, minutes: number, callsign: string) {
  return client.messages.create({
    to,
    messagingServiceSid: MESSAGING_SERVICE,
    body: `Your CityLine car (${callsign}) is ${minutes} min away. Reply STOP to opt out.`,
  });
}
""", draw(32), key=twilio_sid("SK"), sid=twilio_sid())

add("json/vonage-api-secret", "sms-gateway/config/vonage.json", "Vonage API docs: api_key and api_secret", """
{
  "provider": "vonage",
  "vonage": {
    "api_key": "@@key@@",
    "api_secret": "@@secret@@",
    "from": "RIDGEWAY",
    "type": "unicode",
    "callback": "https://sms.ridgewaycars.co.uk/vonage/dlr"
  },
  "templates": {
    "booked": "Ridgeway Cars: booking {ref} confirmed for {time}.",
    "arrived": "Ridgeway Cars: your driver {callsign} ({plate}) has arrived.",
    "cancelled": "Ridgeway Cars: booking {ref} has been cancelled."
  },
  "rateLimitPerSecond": 20
}
""", draw(16), key=hexs(8))

add("php/textlocal-api-key", "booking-site/lib/sms.php", "Textlocal API docs: send (apikey parameter)", """
<?php
// Booking confirmations by SMS (Textlocal) - Abbey Cars, Bath

function send_booking_sms(string $mobile, string $ref, string $when): bool
{
    $data = [
        'apikey'  => '@@secret@@',
        'numbers' => preg_replace('/\\D/', '', $mobile),
        'sender'  => 'AbbeyCars',
        'message' => "Abbey Cars: booking $ref confirmed for $when. Call 01225 960 000 to change.",
    ];
    $ch = curl_init('https://api.txtlocal.com/send/');
    curl_setopt($ch, CURLOPT_POST, true);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    curl_setopt($ch, CURLOPT_TIMEOUT, 10);
    $response = curl_exec($ch);
    curl_close($ch);

    $json = json_decode($response, true);
    return isset($json['status']) && $json['status'] === 'success';
}
""", b64(draw(33)))

add("markdown/zadarma-api-secret", "docs/centralita/zadarma.md", "Zadarma API: autenticación con key y secret (firma HMAC-SHA1)", """
# Centralita virtual Zadarma (VTC Castellana)

La centralita de atención al cliente está en Zadarma desde 2023. Las operadoras usan
el softphone Zadarma en el PC y el móvil de guardia tiene la app instalada.

## Números

- 910 000 118 → cola *Reservas* (ext. 100–105)
- 910 000 119 → cola *Empresas* (ext. 110–112)
- Fuera de horario: desvío al móvil de guardia.

## Integración con el backoffice

El backoffice consulta las llamadas perdidas y graba el CDR en la ficha del cliente
cada 5 minutos (`cron: zadarma_cdr.py`). Credenciales de la API (Ajustes → API):

```
ZADARMA_KEY=@@key@@
ZADARMA_SECRET=@@secret@@
```

La firma se calcula con HMAC-SHA1 de los parámetros ordenados; la librería oficial
`zadarma-api` ya lo hace.

## Cambiar el mensaje de bienvenida

1. Grabar el audio en WAV 8 kHz mono.
2. Subirlo en *Centralita → Mensajes de voz*.
3. Asignarlo al menú IVR *Principal* y guardar.
""", hexs(20), key=hexs(20))

add("yaml/aircall-api-token", "integrations/aircall.yaml", "Aircall API docs: Basic auth with api_id and api_token", """
# Aircall -> CRM sync (Kingsway Taxis corporate desk)
aircall:
  base_url: https://api.aircall.io/v1
  api_id: "@@apiid@@"
  api_token: "@@secret@@"
  numbers:
    - id: 774410
      name: Corporate bookings
    - id: 774411
      name: Lost property
  webhook_events:
    - call.ended
    - call.voicemail_left

crm:
  base_url: https://crm.kingswaytaxis.co.uk/api
  match_on: e164
  note_template: "Aircall {direction} call, {duration}s, agent {user}"
""", hexs(32), apiid=hexs(32))

add("powershell/3cx-admin-password", "scripts/Backup-3CX.ps1", "PowerShell docs: ConvertTo-SecureString -AsPlainText and PSCredential", """
<#
    Nightly 3CX backup for the Blue Star call centre.
    Logs in to the 3CX management console and downloads the latest backup to the NAS.
#>
$ErrorActionPreference = 'Stop'

$pbx      = 'https://bluestar.3cx.co.uk:5001'
$user     = 'admin'
$password = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($user, $password)
$target   = '\\\\nas01\\backups\\3cx'

$login = @{ Username = $cred.UserName; Password = $cred.GetNetworkCredential().Password } | ConvertTo-Json
$session = $null
Invoke-RestMethod -Uri "$pbx/api/login" -Method Post -Body $login -ContentType 'application/json' -SessionVariable session | Out-Null

$backups = Invoke-RestMethod -Uri "$pbx/api/BackupAndRestoreList" -WebSession $session
$latest  = $backups.list | Sort-Object CreationTime -Descending | Select-Object -First 1
Invoke-WebRequest -Uri "$pbx/api/BackupAndRestoreList/$($latest.FileName)/download" -WebSession $session `
    -OutFile (Join-Path $target $latest.FileName)

Get-ChildItem $target -Filter *.zip | Where-Object LastWriteTime -lt (Get-Date).AddDays(-30) | Remove-Item
""", words_pw())

add("ini/yealink-sip-password", "provisioning/yealink/805ec0a1b2c3.cfg", "Yealink auto-provisioning: account.X.password in <MAC>.cfg", """
#!version:1.0.0.1
## Operator desk 4 - Northgate call centre (T54W)

account.1.enable = 1
account.1.label = Desk 4
account.1.display_name = Northgate Desk 4
account.1.auth_name = 204
account.1.user_name = 204
account.1.password = @@secret@@
account.1.sip_server.1.address = pbx.northgate.internal
account.1.sip_server.1.port = 5060
account.1.codec.pcma.enable = 1

local_time.time_zone = 0
local_time.time_zone_name = United Kingdom(London)
features.dnd.allow = 0
linekey.1.type = 15
linekey.2.type = 16
linekey.2.value = 299
linekey.2.label = Supervisor
""", rand_pw(14))

add("xml/grandstream-sip-password", "provisioning/grandstream/cfg000b82a41c7e.xml", "Grandstream provisioning XML: P-values (P35 user id, P34 auth password)", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- GXP2170 - puesto de operadora 2 (Radio Taxi Levante) -->
<gs_provision version="1">
  <mac>000b82a41c7e</mac>
  <config version="1">
    <P271>1</P271>
    <P270>Operadora 2</P270>
    <P47>pbx.rtlevante.local</P47>
    <P35>1102</P35>
    <P36>1102</P36>
    <P34>@@secret@@</P34>
    <P3>Operadora 2</P3>
    <P64>CET-1CEST-2,M3.5.0/02:00:00,M10.5.0/03:00:00</P64>
    <P331>https://provision.rtlevante.local/agenda.xml</P331>
  </config>
</gs_provision>
""", draw(12))

add("env/messagebird-access-key", "sms-relay/.env", "MessageBird (Bird) docs: live access key (AccessKey header)", """
APP_ENV=production
APP_PORT=3000
MESSAGEBIRD_ACCESS_KEY=@@secret@@
MESSAGEBIRD_ORIGINATOR=CityLine
DLR_CALLBACK_URL=https://sms.citylinecabs.co.uk/dlr
QUIET_HOURS=23:00-07:00
""", draw(25))

add("java/labsmobile-api-token", "avisos/src/main/java/es/teletaxigiralda/avisos/LabsMobileSender.java", "LabsMobile API docs: HTTP Basic with username and API token (JSON send)", """
package es.teletaxigiralda.avisos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** SMS "su taxi está en la puerta" para clientes que reservan por teléfono. */
public class LabsMobileSender {

    private static final String USUARIO = "sistemas@teletaxigiralda.es";
    private static final String TOKEN = "@@secret@@";
    private final HttpClient http = HttpClient.newHttpClient();

    public int enviar(String movil, String texto) throws Exception {
        String auth = Base64.getEncoder().encodeToString((USUARIO + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
        String json = "{\\"message\\":\\"" + texto + "\\",\\"tpoa\\":\\"GIRALDA\\",\\"recipient\\":[{\\"msisdn\\":\\"" + movil + "\\"}]}";
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.labsmobile.com/json/send"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
""", draw(32))

add("markdown/sip-trunk-password", "it-handover/call-centre.md", "SIP trunk registration credentials in a handover note", """
# Call centre handover (Abbey Cars) - from Dave to Sam

Everything you need for the phones while I'm away (back 3 June).

## The short version

- PBX is the FreePBX box in the comms cupboard (`pbx01`, 10.10.0.5), web admin on https://pbx01.
- 8 operator handsets (Yealink T46U), extensions 201-208. Supervisor is 299.
- Incoming numbers: 01225 960 000 (bookings), 01225 960 001 (accounts).

## SIP trunk (Voipfone)

If the trunk drops after a power cut it usually re-registers by itself within 5 min.
If it doesn't, re-enter the trunk details under Connectivity → Trunks → voipfone-main:

- Registrar: `sip.voipfone.example.net`
- Username: `30219874`
- Password: `@@secret@@`
- Outbound CID: 01225960000

Then *Apply Config* (red button top right) and check `asterisk -rx "pjsip show registrations"`.

## Call recordings

Kept 90 days on `/var/spool/asterisk/monitor`, copied nightly to the NAS.
Complaints team ask for them by booking ref, the script `find_recording.sh REF` does it.
""", draw(14))

# ================================================================================================
# Council and ministry licensing portals
# ================================================================================================

# ---- CASES-LICENSING ----

add("python/sftp-password", "licensing/upload_vehicle_returns.py", "Paramiko docs: SSHClient.connect(hostname, username, password) and SFTP put", '''
#!/usr/bin/env python3
"""Monthly upload of the vehicle and driver returns to the council licensing SFTP.

The council's licensing team asked operators to drop a CSV of active PH vehicles,
drivers and their badge numbers by the 5th of each month.
"""
import datetime as dt
import pathlib

import paramiko

HOST = "sftp.licensing.reading-council.example.gov.uk"
USER = "op-0117-ridgeway"
PASSWORD = "@@secret@@"
REMOTE_DIR = "/inbound/operators/0117"


def upload(paths: list[pathlib.Path]) -> None:
    ssh = paramiko.SSHClient()
    ssh.load_system_host_keys()
    ssh.connect(HOST, port=22, username=USER, password=PASSWORD, look_for_keys=False, allow_agent=False)
    try:
        sftp = ssh.open_sftp()
        for p in paths:
            sftp.put(str(p), f"{REMOTE_DIR}/{p.name}")
            print("uploaded", p.name)
    finally:
        ssh.close()


if __name__ == "__main__":
    month = dt.date.today().replace(day=1) - dt.timedelta(days=1)
    out = pathlib.Path("/srv/licensing/out")
    upload([out / f"vehicles_{month:%Y%m}.csv", out / f"drivers_{month:%Y%m}.csv"])
''', words_pw())

add("github-actions/portal-password", ".github/workflows/licence-expiry-check.yml", "GitHub Actions docs: workflow env (a literal where secrets.* belongs)", """
name: Licence expiry check

on:
  schedule:
    - cron: "0 6 * * 1-5"
  workflow_dispatch:

jobs:
  check:
    runs-on: ubuntu-latest
    env:
      PORTAL_URL: https://licensing-portal.bristol-council.example.gov.uk
      PORTAL_USER: harbourside.operator
      PORTAL_PASSWORD: "@@secret@@"
      SLACK_WEBHOOK: ${{ secrets.OPS_SLACK_WEBHOOK }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r licensing/requirements.txt
      - name: Scrape badge and plate expiry dates
        run: python licensing/expiry_check.py --days 28 --out expiring.json
      - name: Post to #licensing
        if: always()
        run: python licensing/post_slack.py expiring.json
""", words_pw())

add("markdown/pfx-password", "docs/legal/registro-vtc-certificado.md", "Ministerio de Transportes: Registro de comunicaciones VTC (servicio web con certificado electrónico)", """
# Comunicación de servicios al Registro VTC

Desde 2019 cada servicio VTC se comunica al **Registro de comunicaciones de los servicios de
arrendamiento de vehículos con conductor** antes de empezar. Lo hace el backend de reservas
(`registro-vtc-worker`) llamando al servicio web del Ministerio.

## Certificado

El servicio web se autentica con el certificado de representante de la empresa
(FNMT, persona jurídica). Renovado en enero.

- Fichero: `secrets/vtc-castellana-representante-2025.p12` (en el servidor `reservas-02`)
- Contraseña del .p12: `@@secret@@`
- Caduca: 14/01/2027
- Titular: VTC CASTELLANA SL (B00000000) - representante: administradora única

Cuando se renueve hay que:

1. Exportar el certificado nuevo desde el navegador con la clave privada (.p12).
2. Copiarlo a `reservas-02` y actualizar la ruta en `registro-vtc-worker.env`.
3. Reiniciar el worker: `systemctl restart registro-vtc-worker`.
4. Hacer un servicio de prueba y comprobar el acuse en *Registro → Comunicaciones*.

## Errores típicos

- `0003 Vehículo no autorizado`: la matrícula no tiene autorización VTC en vigor.
- `0011 Contrato fuera de plazo`: el servicio se comunicó después de la hora de inicio.
- Error SSL: certificado caducado o contraseña mal puesta en el `.env`.
""", palabra_pw())

add("csharp/pfx-password", "RegistroVtc/Cliente/RegistroVtcClient.cs", ".NET docs: X509Certificate2(fileName, password) for client certificate auth", """
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace VtcCastellana.RegistroVtc.Cliente
{
    public sealed class RegistroVtcClient
    {
        private const string Endpoint = "https://sede.transportes.example.gob.es/registro-vtc/ws/comunicaciones";
        private readonly HttpClient _http;

        public RegistroVtcClient()
        {
            var cert = new X509Certificate2(
                "certs/vtc-castellana-representante.p12",
                "@@secret@@",
                X509KeyStorageFlags.MachineKeySet);

            var handler = new HttpClientHandler();
            handler.ClientCertificates.Add(cert);
            _http = new HttpClient(handler);
        }

        public async Task<string> ComunicarServicioAsync(string soapXml)
        {
            var content = new StringContent(soapXml, Encoding.UTF8, "text/xml");
            content.Headers.Add("SOAPAction", "altaServicio");
            var response = await _http.PostAsync(Endpoint, content);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }
}
""", palabra_pw())

add("json/licensing-api-password", "postman/council-licensing.postman_collection.json", "Postman collection format v2.1: request auth (type basic, username/password)", """
{
  "info": {
    "_postman_id": "@@pid@@",
    "name": "Council licensing API (PH operators)",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "basic",
    "basic": [
      { "key": "username", "value": "op-0448-kingsway", "type": "string" },
      { "key": "password", "value": "@@secret@@", "type": "string" }
    ]
  },
  "item": [
    {
      "name": "List vehicle licences",
      "request": {
        "method": "GET",
        "url": "https://api.licensing.cardiff-council.example.gov.uk/v1/operators/0448/vehicles?status=active"
      }
    },
    {
      "name": "Driver badge status",
      "request": {
        "method": "GET",
        "url": "https://api.licensing.cardiff-council.example.gov.uk/v1/drivers/{{badge}}"
      }
    }
  ]
}
""", words_pw(), pid=uuid_s())

add("netrc/ftp-password", "ops/dotfiles/.netrc", "GNU inetutils / curl docs: .netrc machine, login, password", """
# used by the nightly job that fetches the council's revoked-badge list
machine ftp.licensing.leeds-council.example.gov.uk
login cityline_op0291
password @@secret@@

machine ftp.vosa-mot.example.gov.uk
login cityline_op0291
""", rand_pw(16))

add("powershell/pfx-password", "scripts/Instalar-CertificadoFNMT.ps1", "PowerShell PKI module: Import-PfxCertificate -Password (SecureString)", """
# Instala el certificado de representante (FNMT) en el servidor de facturación
# para el envío de facturas (SII / VeriFactu) - Taxis Costa Brava
param(
    [string]$Ruta = 'C:\\Certificados\\taxis-costa-brava-representante.pfx'
)

$pwd = ConvertTo-SecureString -String '@@secret@@' -Force -AsPlainText

Import-PfxCertificate -FilePath $Ruta `
    -CertStoreLocation Cert:\\LocalMachine\\My `
    -Password $pwd `
    -Exportable:$false

$cert = Get-ChildItem Cert:\\LocalMachine\\My | Where-Object { $_.Subject -like '*TAXIS COSTA BRAVA*' } |
    Sort-Object NotAfter -Descending | Select-Object -First 1

Write-Host "Instalado: $($cert.Subject) caduca $($cert.NotAfter)"
$acl = "IIS AppPool\\Facturacion"
Write-Host "Recuerda dar permiso de lectura de la clave privada a $acl"
""", palabra_pw())

add("text/portal-password", "notes/licensing-renewals.txt", "Operator licensing portal login kept in a plain-text note", """
LICENSING RENEWALS - notes for the office (Blue Star Minicabs)
=============================================================

TfL operator licence: renewal due Nov. Forms on the TfL site, fee by card.

Vehicle licence renewals (PHV) - we book the MOT/compliance test at the
testing centre ourselves, then upload the docs on the operator portal:

  portal:   https://operator-portal.tph-licensing.example.gov.uk
  user:     bluestar.office@bluestarminicabs.co.uk
  password: @@secret@@

Driver badge renewals are done by the drivers themselves, we just check the
new expiry date and update it in Autocab (Drivers > Documents).

Insurance certificates: upload the fleet policy schedule each April.
Keep scans of everything in S:\\Licensing\\<plate>\\.
""", words_pw())

add("xml/soap-password", "registro-vtc/plantillas/alta_servicio.xml", "OASIS WS-Security UsernameToken (PasswordText)", """
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:vtc="urn:registro:vtc:comunicaciones:v2">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken>
        <wsse:Username>B00000000-INTEGRACION</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@secret@@</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <vtc:altaServicio>
      <vtc:matricula>${matricula}</vtc:matricula>
      <vtc:nifTitular>B00000000</vtc:nifTitular>
      <vtc:fechaContrato>${fechaContrato}</vtc:fechaContrato>
      <vtc:origen>${origen}</vtc:origen>
      <vtc:destino>${destino}</vtc:destino>
      <vtc:fechaInicio>${fechaInicio}</vtc:fechaInicio>
    </vtc:altaServicio>
  </soapenv:Body>
</soapenv:Envelope>
""", palabra_pw())

# ================================================================================================
# Office IT, CI/CD and developer tooling
# ================================================================================================

# ---- CASES-OFFICE ----

add("env/smtp-password", "mailer/.env", "Microsoft 365 docs: SMTP AUTH client submission (smtp.office365.com:587)", """
# receipts + account statements mailer (Kingsway Taxis)
SMTP_HOST=smtp.office365.com
SMTP_PORT=587
SMTP_STARTTLS=true
SMTP_USER=receipts@kingswaytaxis.co.uk
SMTP_PASS=@@secret@@
MAIL_FROM="Kingsway Taxis <receipts@kingswaytaxis.co.uk>"
MAIL_BCC_ACCOUNTS=accounts@kingswaytaxis.co.uk
STATEMENT_DAY=1
""", words_pw())

_gapp = " ".join(fakes.drawn(_seed(), 4, string.ascii_lowercase) for _ in range(4))
add("python/smtp-password", "reports/send_driver_statements.py", "Google Workspace docs: app passwords for SMTP (smtp.gmail.com:587)", '''
"""Email each self-employed driver their weekly statement PDF (rent, commission, account work)."""
import smtplib
from email.message import EmailMessage
from pathlib import Path

SENDER = "statements@ridgewaycars.co.uk"
STATEMENTS = Path("/srv/statements/out")


def send_all(week: str, drivers: list[dict]) -> None:
    with smtplib.SMTP("smtp.gmail.com", 587) as smtp:
        smtp.starttls()
        smtp.login(SENDER, "@@secret@@")
        for d in drivers:
            msg = EmailMessage()
            msg["From"] = f"Ridgeway Cars <{SENDER}>"
            msg["To"] = d["email"]
            msg["Subject"] = f"Your statement for week {week} (callsign {d['callsign']})"
            msg.set_content("Hi {},\\n\\nYour statement is attached.\\n\\nRidgeway Cars office".format(d["first_name"]))
            pdf = STATEMENTS / week / f"{d['callsign']}.pdf"
            msg.add_attachment(pdf.read_bytes(), maintype="application", subtype="pdf", filename=pdf.name)
            smtp.send_message(msg)
''', _gapp)

add("yaml/ldap-bind-password", "authelia/configuration.yml", "Authelia docs: authentication_backend.ldap (user, password)", """
theme: light
default_2fa_method: totp

server:
  address: tcp://0.0.0.0:9091

authentication_backend:
  ldap:
    implementation: activedirectory
    address: ldaps://dc01.northgate.local:636
    base_dn: DC=northgate,DC=local
    additional_users_dn: OU=Staff
    users_filter: (&({username_attribute}={input})(objectCategory=person)(objectClass=user)(memberOf=CN=DispatchUsers,OU=Groups,DC=northgate,DC=local))
    user: CN=svc-authelia,OU=Service Accounts,DC=northgate,DC=local
    password: "@@secret@@"

access_control:
  default_policy: deny
  rules:
    - domain: "dispatch.northgate-ph.co.uk"
      policy: two_factor
    - domain: "drivers.northgate-ph.co.uk"
      policy: one_factor

session:
  cookies:
    - domain: northgate-ph.co.uk
      authelia_url: https://auth.northgate-ph.co.uk

storage:
  postgres:
    address: tcp://pg01.northgate.local:5432
    database: authelia
    username: authelia

notifier:
  smtp:
    address: submission://smtp.northgate.local:587
    sender: "Northgate IT <it@northgate-ph.co.uk>"
""", words_pw())

add("ini/ldap-bind-password", "ansible/files/sssd/sssd.conf", "sssd-ldap man page: ldap_default_bind_dn / ldap_default_authtok", """
[sssd]
services = nss, pam, ssh
domains = abbeycars.local
config_file_version = 2

[domain/abbeycars.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.abbeycars.local, ldaps://dc02.abbeycars.local
ldap_search_base = dc=abbeycars,dc=local
ldap_default_bind_dn = cn=svc-linux-bind,ou=service,dc=abbeycars,dc=local
ldap_default_authtok_type = password
ldap_default_authtok = @@secret@@
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/ssl/certs/abbey-root-ca.pem
ldap_access_filter = memberOf=cn=linux-admins,ou=groups,dc=abbeycars,dc=local
cache_credentials = true
enumerate = false
""", rand_pw(20))

add("powershell/azure-ad-client-secret", "scripts/Import-HotelBookings.ps1", "Microsoft identity platform: client credentials flow (client_secret) for Microsoft Graph", """
# Reads hotel booking emails from bookings@ and creates account jobs in dispatch.
$TenantId     = '@@tenant@@'
$ClientId     = '@@client@@'
$ClientSecret = '@@secret@@'
$Mailbox      = 'bookings@harbourside-taxis.co.uk'

$tokenBody = @{
    client_id     = $ClientId
    scope         = 'https://graph.microsoft.com/.default'
    client_secret = $ClientSecret
    grant_type    = 'client_credentials'
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$TenantId/oauth2/v2.0/token" -Body $tokenBody).access_token
$headers = @{ Authorization = "Bearer $token" }

$uri = "https://graph.microsoft.com/v1.0/users/$Mailbox/mailFolders/Inbox/messages?`$filter=isRead eq false&`$top=25"
$messages = (Invoke-RestMethod -Uri $uri -Headers $headers).value

foreach ($m in $messages) {
    if ($m.subject -match 'Taxi request|Booking') {
        & "$PSScriptRoot\\New-DispatchJob.ps1" -Subject $m.subject -Body $m.body.content -From $m.from.emailAddress.address
        Invoke-RestMethod -Method Patch -Uri "https://graph.microsoft.com/v1.0/users/$Mailbox/messages/$($m.id)" `
            -Headers $headers -Body '{"isRead": true}' -ContentType 'application/json' | Out-Null
    }
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("terraform/aws-secret-key", "infra/dashcam/main.tf", "Terraform AWS provider docs: static credentials (access_key, secret_key)", """
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "dashcam" {
  bucket = "cityline-dashcam-footage"
}

resource "aws_s3_bucket_lifecycle_configuration" "dashcam" {
  bucket = aws_s3_bucket.dashcam.id
  rule {
    id     = "expire-after-31-days"
    status = "Enabled"
    expiration {
      days = 31
    }
  }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "AWS CLI docs: shared credentials file (aws_secret_access_key)", """
[default]
region = eu-west-1

[taxis-giralda-backups]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = eu-south-2

[taxis-giralda-readonly]
role_arn = arn:aws:iam::210987654321:role/ReadOnly
source_profile = taxis-giralda-backups
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("dockerfile/npm-token", "passenger-web/Dockerfile", "npm docs: .npmrc _authToken (npm_ access tokens)", """
FROM node:20-alpine AS build
WORKDIR /app

# private packages: @bluestar/ui, @bluestar/booking-sdk
RUN echo "//registry.npmjs.org/:_authToken=@@secret@@" > .npmrc

COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.25-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", fakes.fake("npm_", 36, _seed()))

add("k8s-secret/sendgrid-api-key", "k8s/notify/sendgrid-secret.yaml", "Kubernetes docs: Secret stringData; SendGrid API key (SG.)", """
apiVersion: v1
kind: Secret
metadata:
  name: notify-sendgrid
  namespace: notify
type: Opaque
stringData:
  SENDGRID_FROM: "no-reply@ridgewaycars.co.uk"
  SENDGRID_API_KEY: "@@secret@@"
  SENDGRID_TEMPLATE_RECEIPT: "d-4b1f0e6c2a9d4e7f8a3b5c1d2e6f7a8b"
""", sendgrid_key())

add("ansible/wifi-psk", "ansible/group_vars/depots.yml", "Ansible docs: group_vars; hostapd wpa_passphrase", """
---
# Depot Wi-Fi used by parked cars for tablet and roof-sign updates
depot_sites:
  - name: leeds-main
    ap_hosts: [ap-leeds-01, ap-leeds-02]
  - name: leeds-airport-feeder
    ap_hosts: [ap-lba-01]

hostapd_interface: wlan0
hostapd_ssid: CITYLINE-FLEET
hostapd_country_code: GB
hostapd_channel: 36
hostapd_hw_mode: a
hostapd_wpa: 2
hostapd_wpa_key_mgmt: WPA-PSK
hostapd_wpa_passphrase: "@@secret@@"

ntp_servers:
  - 0.uk.pool.ntp.org
  - 1.uk.pool.ntp.org
""", passphrase())

add("markdown/router-admin-password", "it/traspaso-oficina-santander.md", "Nota de traspaso de IT: acceso de administración del router/cortafuegos", """
# Traspaso IT oficina Santander (Taxi Cantábrico)

Resumen para Lucía, que se encarga de sistemas desde el lunes.

## Red

- Fibra Movistar 600 Mb + 4G de respaldo (router Teltonika RUTX11).
- Cortafuegos: **FortiGate 60F** en el rack de la sala de la emisora.
  - Acceso web: https://192.168.10.1:8443
  - Usuario: `admin`
  - Contraseña: `@@secret@@`
  - Backup de configuración: se manda por correo cada domingo a sistemas@.
- VLAN 10 oficina, VLAN 20 emisora y operadoras, VLAN 30 invitados.

## Emisora y operadoras

- 4 puestos de operadora con el software de la emisora (servidor `EMISORA01`).
- La centralita es una 3CX en la nube; los teléfonos son Yealink T46U.
- Si se cae la fibra, el RUTX11 pasa solo al 4G en menos de un minuto.

## Pendiente

- Cambiar el SAI de la sala de la emisora (baterías de 2019).
- Renovar el dominio taxicantabrico.es (caduca en octubre).
- Dar de baja la cuenta de Javier en Microsoft 365.
""", palabra_pw())

add("markdown/nas-admin-password", "it-handover/office-it.md", "IT handover note: NAS administrator credentials", """
# Office IT handover - Harbourside Taxis

## Hardware

| Thing              | Where                    | Notes                               |
|--------------------|--------------------------|-------------------------------------|
| Synology DS920+    | comms cupboard, shelf 2  | file shares, call recordings, backups |
| UniFi Dream Machine| comms cupboard           | firewall + Wi-Fi controller         |
| 6 x operator PCs   | control room             | Windows 11, Cordic client           |
| 2 x printers       | office + control room    | Brother, on DHCP reservations       |

## NAS

Web UI: https://nas01.harbourside.local:5001

Admin account: `hstadmin` / `@@secret@@`

Shares:

- `\\\\nas01\\office` - general office files
- `\\\\nas01\\recordings` - call recordings (read-only for supervisors)
- `\\\\nas01\\backups` - Hyper Backup target for the Cordic SQL dumps

Hyper Backup runs at 02:00 to the offsite Synology at Mark's house (C2 as secondary).

## Microsoft 365

Global admin is the break-glass account in the safe, not this note.
New starters: create in the admin centre, licence *Business Standard*, add to `Control Room` group.
""", words_pw())

add("xml/windows-admin-password", "deploy/operator-pc/autounattend.xml", "Microsoft docs: unattend.xml UserAccounts AdministratorPassword (PlainText true)", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64"
               publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS"
               xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <UserAccounts>
        <AdministratorPassword>
          <Value>@@secret@@</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <HideOnlineAccountScreens>true</HideOnlineAccountScreens>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
      <TimeZone>GMT Standard Time</TimeZone>
      <RegisteredOrganization>Blue Star Minicabs Ltd</RegisteredOrganization>
      <ComputerName>BSM-OPS-*</ComputerName>
    </component>
  </settings>
</unattend>
""", words_pw())

add("ini/mssql-password", "reporting/odbc.ini", "unixODBC / Microsoft ODBC Driver for SQL Server: DSN with UID and PWD", """
[Sage200]
Description = Sage 200 accounts (driver rents, account invoices)
Driver      = ODBC Driver 18 for SQL Server
Server      = tcp:sage01.ridgeway.local,1433
Database    = Ridgeway_Sage200
UID         = reporting_ro
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes

[DispatchReplica]
Description = read replica of the dispatch DB
Driver      = PostgreSQL Unicode
Servername  = pg-replica.ridgeway.local
Database    = dispatch
""", words_pw())

add("vba/mssql-password", "reports/modSettlement.bas", "ADODB Connection with a SQL Server OLE DB connection string (Password=)", """
Attribute VB_Name = "modSettlement"
Option Explicit

' Weekly driver settlement: pulls account work from the dispatch DB into the
' "Settlement" sheet. Run from the button on the Control sheet.
Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=cordic-sql01;Initial Catalog=CordicLive;" & _
    "User ID=excel_reports;Password=@@secret@@;"

Public Sub RefreshSettlement()
    Dim cn As Object, rs As Object
    Dim weekStart As Date
    weekStart = ThisWorkbook.Sheets("Control").Range("B2").Value

    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    Set rs = cn.Execute("EXEC dbo.rpt_DriverAccountWork @WeekStart = '" & Format(weekStart, "yyyy-mm-dd") & "'")

    With ThisWorkbook.Sheets("Settlement")
        .Range("A2:H2000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With

    rs.Close
    cn.Close
    MsgBox "Settlement refreshed for week starting " & Format(weekStart, "dd/mm/yyyy")
End Sub
""", words_pw())

add("gitlab-ci/docker-hub-token", ".gitlab-ci.yml", "Docker docs: personal access tokens (dckr_pat_) with docker login", """
stages: [test, build]

variables:
  IMAGE: kingswaytaxis/dispatch-web

test:
  stage: test
  image: python:3.12-slim
  script:
    - pip install -r requirements-dev.txt
    - pytest -q

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  only: [main]
  script:
    - docker login -u kingswaytaxis -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA -t $IMAGE:latest .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA
    - docker push $IMAGE:latest
""", "dckr_pat_" + draw(27, URLSAFE))

add("json/registry-password", "deploy/.docker/config.json", "Docker docs: config.json auths (auth is base64 of user:password)", """
{
  "auths": {
    "registry.northgate-ph.co.uk": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", b64("ci-deploy:" + rand_pw(22)))

add("ini/pypi-token", "meter-protocol/.pypirc", "PyPI docs: API tokens in .pypirc (username __token__)", """
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @@secret@@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "pypa/gh-action-pypi-publish docs: password input (an API token)", """
name: Release taximeter-frames

on:
  push:
    tags: ["v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build
      - run: python -m build
      - name: Publish to PyPI
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/github-token", "deploy/pull_config.sh", "GitHub docs: HTTPS clone with a personal access token (x-access-token)", """
#!/usr/bin/env bash
# Pull the fleet config repo onto the dispatch servers (zones, tariffs, rank geofences)
set -euo pipefail

DEST=/opt/dispatch/config
REPO="https://x-access-token:@@secret@@@github.com/abbey-cars/fleet-config.git"

if [ -d "$DEST/.git" ]; then
  git -C "$DEST" pull --ff-only
else
  git clone --depth 1 "$REPO" "$DEST"
fi

sudo systemctl reload dispatch-zones
echo "config at $(git -C "$DEST" rev-parse --short HEAD)"
""", fakes.github_token(_seed()))

add("python/github-fine-grained-token", "tools/release_notes.py", "GitHub docs: fine-grained personal access tokens (github_pat_)", '''
"""Print release notes for the drivers' app from merged PRs since the last tag."""
import sys

from github import Auth, Github

gh = Github(auth=Auth.Token("@@secret@@"))
repo = gh.get_repo("harbourside-taxis/driver-app")


def notes(since_tag: str) -> str:
    tag_date = repo.get_commit(repo.get_git_ref(f"tags/{since_tag}").object.sha).commit.author.date
    lines = []
    for pr in repo.get_pulls(state="closed", sort="updated", direction="desc"):
        if pr.merged_at and pr.merged_at > tag_date:
            area = next((l.name for l in pr.labels if l.name.startswith("area:")), "area:misc")
            lines.append(f"- [{area[5:]}] {pr.title} (#{pr.number})")
    return "\\n".join(sorted(lines))


if __name__ == "__main__":
    print(notes(sys.argv[1]))
''', fakes.github_fine_grained_token(_seed()))

add("env/telegram-bot-token", "alerts-bot/.env", "Telegram Bot API docs: bot token from @BotFather", """
# alerts-bot: posts tracker alarms to the "Northgate control room" Telegram group
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001847263510
TRACCAR_EVENTS_URL=https://gps.northgate-ph.co.uk/api/socket
ALERT_ON=panic_button,meter_tamper,geofence_exit
QUIET=false
""", fakes.telegram_token(_seed()))

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml", "Prometheus Alertmanager docs: slack_configs api_url (incoming webhook)", """
global:
  resolve_timeout: 5m
  slack_api_url: "@@secret@@"

route:
  receiver: ops-slack
  group_by: [alertname, service]
  group_wait: 30s
  repeat_interval: 3h
  routes:
    - matchers: [severity="page"]
      receiver: ops-slack
      continue: true

receivers:
  - name: ops-slack
    slack_configs:
      - channel: "#dispatch-alerts"
        send_resolved: true
        title: "{{ .CommonLabels.alertname }} ({{ .CommonLabels.service }})"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""", slack_webhook())

add("typescript/slack-bot-token", "ops-bot/src/index.ts", "Slack docs: bot tokens (xoxb-) with @slack/web-api", """
import { WebClient } from "@slack/web-api";
import { expiringDocuments } from "./documents";

const slack = new WebClient("@@secret@@");
const CHANNEL = "C05LICENCES";

// Every morning: drivers whose badge, PH vehicle licence or insurance expires within 14 days.
export async function postExpiries(): Promise<void> {
  const docs = await expiringDocuments(14);
  if (docs.length === 0) {
    await slack.chat.postMessage({ channel: CHANNEL, text: "No documents expiring in the next 14 days :tada:" });
    return;
  }
  const lines = docs.map((d) => `• *${d.callsign}* ${d.driverName}: ${d.kind} expires ${d.expires}`);
  await slack.chat.postMessage({
    channel: CHANNEL,
    text: `Documents expiring soon (${docs.length})`,
    blocks: [{ type: "section", text: { type: "mrkdwn", text: lines.join("\\n") } }],
  });
}
""", slack_bot())

add("python/sendgrid-api-key", "receipts/email_receipt.py", "SendGrid docs: API keys (SG.) with the Python library", '''
"""Email a receipt after each card-paid journey (Blue Star Minicabs)."""
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")
TEMPLATE_ID = "d-8e2c61a04f7b4d2f9c3a5b7e1d0f2a46"


def send_receipt(trip: dict) -> int:
    message = Mail(from_email="receipts@bluestarminicabs.co.uk", to_emails=trip["email"])
    message.template_id = TEMPLATE_ID
    message.dynamic_template_data = {
        "booking_ref": trip["ref"],
        "pickup": trip["pickup"],
        "dropoff": trip["dropoff"],
        "fare": f"£{trip['fare_pence'] / 100:.2f}",
        "driver": trip["driver_first_name"],
        "vehicle": f"{trip['make']} {trip['model']} ({trip['plate']})",
    }
    return sg.send(message).status_code
''', sendgrid_key())

add("ruby/mailgun-api-key", "config/environments/production.rb", "Mailgun docs: Rails ActionMailer with mailgun-ruby (api_key, domain)", """
require "active_support/core_ext/integer/time"

Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.consider_all_requests_local = false
  config.force_ssl = true
  config.log_level = :info
  config.log_tags = [:request_id]

  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.citylinecabs.co.uk",
    api_host: "api.eu.mailgun.net",
  }
  config.action_mailer.default_url_options = { host: "account.citylinecabs.co.uk", protocol: "https" }

  config.active_support.report_deprecations = false
  config.active_record.dump_schema_after_migration = false
end
""", mailgun_key())

add("php/brevo-api-key", "newsletter/enviar_campana.php", "Brevo (Sendinblue) API docs: api-key header (xkeysib-)", """
<?php
// Boletín mensual a clientes de empresa (VTC Castellana) vía Brevo
require __DIR__ . '/vendor/autoload.php';

use Brevo\\Client\\Configuration;
use Brevo\\Client\\Api\\EmailCampaignsApi;
use GuzzleHttp\\Client;

$config = Configuration::getDefaultConfiguration()->setApiKey('api-key', '@@secret@@');
$api = new EmailCampaignsApi(new Client(), $config);

$campana = new \\Brevo\\Client\\Model\\CreateEmailCampaign([
    'name' => 'Boletín empresas ' . date('Y-m'),
    'subject' => 'Novedades VTC Castellana: nuevas rutas al aeropuerto',
    'sender' => ['name' => 'VTC Castellana', 'email' => 'empresas@vtccastellana.es'],
    'templateId' => 12,
    'recipients' => ['listIds' => [4]],
    'scheduledAt' => date('c', strtotime('next monday 09:00')),
]);

$resultado = $api->createEmailCampaign($campana);
echo "Campaña creada: " . $resultado->getId() . PHP_EOL;
""", brevo_key())

add("yaml/datadog-api-key", "ansible/roles/datadog/files/datadog.yaml", "Datadog Agent docs: datadog.yaml api_key", """
## Datadog Agent - dispatch servers (Northgate Private Hire)
api_key: @@secret@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - team:dispatch
  - company:northgate

logs_enabled: true
process_config:
  process_collection:
    enabled: true

apm_config:
  enabled: true
  env: prod
""", hexs(32))

add("ini/newrelic-license-key", "booking-api/newrelic.ini", "New Relic Python agent docs: newrelic.ini license_key", """
[newrelic]
license_key = @@secret@@
app_name = ridgeway-booking-api (prod)
monitor_mode = true
log_level = info
high_security = false
transaction_tracer.enabled = true
transaction_tracer.transaction_threshold = apdex_f
error_collector.enabled = true
error_collector.ignore_status_codes = 100-102 200-208 300-308 404
browser_monitoring.auto_instrument = false

[newrelic:staging]
app_name = ridgeway-booking-api (staging)
monitor_mode = false
""", hexs(36) + "NRAL")

add("properties/sentry-auth-token", "driver-app/sentry.properties", "Sentry docs: sentry.properties for the Android Gradle plugin (auth.token)", """
defaults.url=https://sentry.io/
defaults.org=kingsway-taxis
defaults.project=driver-app-android
auth.token=@@secret@@
cli.executable=node_modules/@sentry/cli/bin/sentry-cli
""", "sntryu_" + hexs(64))

add("json/openai-api-key", "call-centre/transcribe/config.json", "OpenAI API docs: project API keys (sk-proj-)", """
{
  "source": {
    "recordings_dir": "/mnt/recordings/incoming",
    "min_seconds": 8,
    "skip_queues": ["internal", "drivers-line"]
  },
  "transcription": {
    "provider": "openai",
    "model": "whisper-1",
    "language": "en",
    "api_key": "@@secret@@"
  },
  "tagging": {
    "model": "gpt-4o-mini",
    "labels": ["booking", "complaint", "lost_property", "account_query", "driver_late"]
  },
  "output": {
    "write_to": "crm",
    "crm_url": "https://crm.harbourside-taxis.co.uk/api/calls"
  }
}
""", fakes.openai_key(_seed()))

add("python/anthropic-api-key", "complaints/triage.py", "Anthropic API docs: API keys (sk-ant-api03-) with the Python SDK", '''
"""Sort incoming complaints (email + web form) into categories before the ops manager sees them."""
import json

import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")

CATEGORIES = ["driver_conduct", "late_pickup", "overcharge", "vehicle_condition", "lost_property", "other"]


def triage(text: str) -> dict:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        system="You classify complaints for a minicab firm. Reply with JSON: category, urgency (1-3), summary.",
        messages=[{"role": "user", "content": f"Categories: {CATEGORIES}\\n\\nComplaint:\\n{text}"}],
    )
    return json.loads(msg.content[0].text)
''', anthropic_key())

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "Terraform Cloudflare provider docs: api_token argument", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
  backend "s3" {
    bucket = "abbeycars-tfstate"
    key    = "dns/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "3b8f0c2d9e4a71f6b5c0d8e2a9f41c7d"
}

resource "cloudflare_record" "book" {
  zone_id = var.zone_id
  name    = "book"
  type    = "CNAME"
  value   = "abbey-booking.azurewebsites.net"
  proxied = true
}
""", draw(40, URLSAFE))

add("json/google-oauth-client-secret", "tools/gmail-import/credentials.json", "Google Identity docs: OAuth client secrets file (GOCSPX- client_secret)", """
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "ridgeway-gmail-import",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["http://localhost"]
  }
}
""", "GOCSPX-" + draw(28, URLSAFE), cid=digits(12) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("pem/ssh-private-key", "deploy/keys/dispatch_deploy_ed25519", "OpenSSH: private key file (BEGIN OPENSSH PRIVATE KEY)", """
@@secret@@
""", openssh_key())

add("ansible/ssh-password", "ansible/inventory/control-room.ini", "Ansible docs: inventory connection variables (ansible_user, ansible_password)", """
[operator_pcs]
bsm-ops-01 ansible_host=10.20.0.31
bsm-ops-02 ansible_host=10.20.0.32
bsm-ops-03 ansible_host=10.20.0.33
bsm-ops-04 ansible_host=10.20.0.34

[operator_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_user=BLUESTAR\\svc-ansible
ansible_password=@@secret@@

[dispatch_servers]
disp-01 ansible_host=10.20.1.10
disp-02 ansible_host=10.20.1.11
""", words_pw())

add("yaml/xero-client-secret", "accounts-sync/config.yaml", "Xero developer docs: custom connection client_id / client_secret", """
# Posts weekly driver rent invoices and account-customer invoices to Xero
xero:
  tenant: Harbourside Taxis Ltd
  client_id: @@cid@@
  client_secret: @@secret@@
  scopes:
    - accounting.transactions
    - accounting.contacts
  invoice_prefix: HST-
  accounts:
    driver_rent: "210"
    account_fares: "200"
    card_fees: "404"

schedule:
  driver_rent: "MON 06:00"
  account_invoices: "1st 07:00"
""", draw(48, URLSAFE), cid=uphex(32))

add("csharp/azure-storage-key", "DashcamUploader/Program.cs", "Azure Storage docs: connection strings (AccountName, AccountKey)", """
using Azure.Storage.Blobs;
using System;
using System.IO;
using System.Threading.Tasks;

// Uploads dashcam clips flagged by drivers (incidents, complaints) from the depot PC.
class Program
{
    const string ConnectionString =
        "DefaultEndpointsProtocol=https;AccountName=kingswaydashcam;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    static async Task Main(string[] args)
    {
        var container = new BlobContainerClient(ConnectionString, "incident-clips");
        await container.CreateIfNotExistsAsync();

        foreach (var file in Directory.GetFiles(@"D:\\Dashcam\\Flagged", "*.mp4"))
        {
            var name = $"{DateTime.UtcNow:yyyy/MM/dd}/{Path.GetFileName(file)}";
            await using var stream = File.OpenRead(file);
            await container.UploadBlobAsync(name, stream);
            File.Move(file, Path.Combine(@"D:\\Dashcam\\Uploaded", Path.GetFileName(file)));
            Console.WriteLine($"uploaded {name}");
        }
    }
}
""", b64bytes(64))

add("text/vpn-psk", "notas/red-oficina-bilbao.txt", "FortiGate IPsec site-to-site: clave precompartida (PSK) en una nota", """
RED OFICINA BILBAO - notas (Taxi Nervión)
=========================================

Línea: fibra Euskaltel 1 Gb, IP fija 203.0.113.46
Router operador en modo bridge -> FortiGate 40F (192.168.50.1)

Túnel IPsec con la central de Santander (Taxi Cantábrico, mismo grupo):
  - Fase 1: IKEv2, AES256-SHA256, DH 14
  - Peer remoto: 198.51.100.20
  - Clave precompartida: @@secret@@
  - Redes: 192.168.50.0/24 <-> 192.168.10.0/24

La emisora de Bilbao trabaja contra el servidor de Santander por el túnel;
si se cae, las operadoras pasan a tomar los servicios en papel y se meten
después.

Wi-Fi oficina: SSID NERVION-OFI (la clave la tiene Lucía en el KeePass).
Wi-Fi invitados: NERVION-INVITADOS, portal cautivo del Forti.
""", palabra_pw() + palabra_pw())

add("plist/hmac-secret", "PassengerApp/Config/Secrets.plist", "Apple property list in an iOS app bundle (a server HMAC secret shipped in the app)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>BookingAPIBaseURL</key>
	<string>https://api.ridgewaycars.co.uk/v2</string>
	<key>BookingRequestSigningSecret</key>
	<string>@@secret@@</string>
	<key>SupportPhone</key>
	<string>+441189460000</string>
	<key>MinimumBookingLeadMinutes</key>
	<integer>10</integer>
</dict>
</plist>
""", hexs(48))

_tls_key = pem("RSA PRIVATE KEY", 20, "MIIEow")
add("k8s-secret/tls-private-key", "k8s/ingress/booking-tls.yaml", "Kubernetes docs: TLS Secret (tls.crt, tls.key as base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-tls
  namespace: booking
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@enc@@
""", _tls_key, crt=b64(cert_pem()), enc=b64(_tls_key + "\n"))

_deploy_key = openssh_key()
add("ansible/ssh-private-key", "ansible/host_vars/disp-01.yml", "Ansible docs: host_vars with a literal block scalar (a deploy key)", """
---
dispatch_release: "5.12.0"
dispatch_listen_port: 8090
dispatch_git_repo: git@github.com:cityline-cabs/dispatch.git

# read-only deploy key for the dispatch repo
dispatch_deploy_key: |
@@block@@

logrotate_keep_days: 14
""", _deploy_key, block=indent(_deploy_key, 2))

add("javascript/pusher-app-secret", "live-map/server.js", "Pusher Channels docs: Node server library (appId, key, secret)", """
const express = require("express");
const Pusher = require("pusher");

// Live map for the control room: driver positions pushed to the browser.
const pusher = new Pusher({
  appId: "1782094",
  key: "@@key@@",
  secret: "@@secret@@",
  cluster: "eu",
  useTLS: true,
});

const app = express();
app.use(express.json());

app.post("/positions", (req, res) => {
  const { callsign, lat, lng, status } = req.body;
  pusher.trigger("control-room", "position", { callsign, lat, lng, status });
  res.sendStatus(204);
});

app.post("/pusher/auth", (req, res) => {
  const auth = pusher.authorizeChannel(req.body.socket_id, req.body.channel_name);
  res.send(auth);
});

app.listen(3005, () => console.log("live-map on :3005"));
""", hexs(20), key=hexs(20))

add("python/telegram-bot-token", "bots/turnos_bot.py", "python-telegram-bot docs: ApplicationBuilder().token(...)", '''
"""Bot de Telegram para que los conductores consulten su turno y pidan cambios.

Radio Taxi Levante - grupo "Conductores RTL".
"""
import datetime as dt

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from turnos.db import turno_de, solicitar_cambio

TOKEN = "@@secret@@"


async def mi_turno(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    t = turno_de(update.effective_user.id, dt.date.today())
    if t is None:
        await update.message.reply_text("Hoy no tienes turno asignado.")
    else:
        await update.message.reply_text(f"Turno de hoy: {t.inicio:%H:%M}-{t.fin:%H:%M}, parada {t.parada}.")


async def cambio(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if not context.args:
        await update.message.reply_text("Uso: /cambio AAAA-MM-DD motivo")
        return
    fecha = dt.date.fromisoformat(context.args[0])
    solicitar_cambio(update.effective_user.id, fecha, " ".join(context.args[1:]))
    await update.message.reply_text("Solicitud enviada a la oficina.")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("miturno", mi_turno))
app.add_handler(CommandHandler("cambio", cambio))
app.run_polling()
''', fakes.telegram_token(_seed()))

# ================================================================================================
# Decoys
# ================================================================================================

# ---- DECOYS-A ----

add("env/decoy-placeholder", "payments-svc/.env.example", "Stripe docs: API keys (an .env.example with placeholders)", """
# Copy to .env.production and fill in from the password manager (entry "payments-svc prod").
NODE_ENV=production
PORT=8080
LOG_LEVEL=info
DATABASE_HOST=payments-db.internal.ridgewaycars.co.uk
DATABASE_NAME=payments
DATABASE_PASSWORD_FILE=/run/secrets/payments_db
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
STRIPE_PUBLISHABLE_KEY=pk_live_REPLACE_ME
STRIPE_ACCOUNT_COUNTRY=GB
PRE_AUTH_HOLD_PENCE=2500
DRIVER_COMMISSION_PCT=18
""")

add("env/decoy-secret-manager-reference", "deploy/prod.env.tpl", "1Password CLI docs: secret references (op://vault/item/field) resolved by op inject / op run", """
# Rendered at deploy time with: op inject -i deploy/prod.env.tpl -o /etc/dispatch/prod.env
DISPATCH_DB_PASSWORD=op://Dispatch Prod/dispatch-db/password
REDIS_PASSWORD=op://Dispatch Prod/redis-jobs/password
AUTOCAB_SUBSCRIPTION_KEY=op://Dispatch Prod/Autocab API/subscription key
STRIPE_SECRET_KEY=op://Payments/Stripe live/secret key
TWILIO_AUTH_TOKEN=op://Call Centre/Twilio/auth token
SAMSARA_API_TOKEN=op://Fleet/Samsara/api token
SENTRY_ENVIRONMENT=production
""")

add("python/decoy-env-reference", "dispatch/settings.py", "Django docs: settings from environment variables (os.environ)", '''
"""Production settings for the dispatch back office (CityLine Cabs)."""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["dispatch.citylinecabs.co.uk"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("DB_HOST", "pg-dispatch.citylinecabs.internal"),
        "NAME": "dispatch",
        "USER": os.environ.get("DB_USER", "dispatch_app"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "CONN_MAX_AGE": 60,
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }
}

STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
WEBFLEET_APIKEY = os.getenv("WEBFLEET_APIKEY", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
''')

add("typescript/decoy-publishable-key", "passenger-web/src/payments/stripe.ts", "Stripe docs: publishable keys (pk_live_) are meant for client-side code", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe in the browser bundle (it can only create tokens / confirm intents).
export const stripePromise = loadStripe("@@pk@@", {
  locale: "en-GB",
});

export const appearance = {
  theme: "stripe" as const,
  variables: { colorPrimary: "#0b5fff", borderRadius: "6px" },
};
""", pk=stripe_key("pk_live_"))

add("kotlin/decoy-affiliate-key", "driver-app/app/src/main/java/uk/co/ridgeway/driver/pay/CardReader.kt", "SumUp Android SDK docs: affiliate key identifies the app (shipped in the app)", """
package uk.co.ridgeway.driver.pay

import android.app.Activity
import com.sumup.merchant.reader.api.SumUpAPI
import com.sumup.merchant.reader.api.SumUpLogin
import com.sumup.merchant.reader.api.SumUpPayment
import java.math.BigDecimal

/** Card payments on the SumUp Air reader paired with the driver's phone. */
object CardReader {
    // Affiliate key from the SumUp developer dashboard, bound to this app's package name.
    private const val AFFILIATE_KEY = "@@afk@@"
    const val REQUEST_LOGIN = 1
    const val REQUEST_PAYMENT = 2

    fun login(activity: Activity) {
        SumUpAPI.openLoginActivity(activity, SumUpLogin.builder(AFFILIATE_KEY).build(), REQUEST_LOGIN)
    }

    fun charge(activity: Activity, bookingRef: String, amountPounds: BigDecimal) {
        val payment = SumUpPayment.builder()
            .total(amountPounds)
            .currency(SumUpPayment.Currency.GBP)
            .title("Ridgeway Cars $bookingRef")
            .foreignTransactionId(bookingRef)
            .skipSuccessScreen()
            .build()
        SumUpAPI.checkout(activity, payment, REQUEST_PAYMENT)
    }
}
""", afk=uuid_s())

add("json/decoy-client-key", "booking-web/src/config/adyen.live.json", "Adyen docs: client key (live_) used by Drop-in in the browser", """
{
  "environment": "live",
  "clientKey": "live_@@ck@@",
  "locale": "en-GB",
  "countryCode": "GB",
  "paymentMethodsConfiguration": {
    "card": {
      "hasHolderName": true,
      "holderNameRequired": true,
      "billingAddressRequired": false
    },
    "applepay": { "buttonType": "book" },
    "googlepay": { "buttonType": "book" }
  },
  "analytics": { "enabled": false }
}
""", ck=draw(32, UPNUM))

add("swift/decoy-square-application-id", "PassengerApp/Sources/Payments/SquareSetup.swift", "Square In-App Payments SDK docs: application ID (sq0idp-) set in the app", """
import SquareInAppPaymentsSDK
import UIKit

enum SquareSetup {
    /// Application ID from the Square developer dashboard (production). Public: it identifies
    /// the app to the card entry form; charges are made server-side with the access token.
    static let applicationID = "sq0idp-@@appid@@"

    static func configure() {
        SQIPInAppPaymentsSDK.squareApplicationID = applicationID
    }

    static func cardEntry(delegate: SQIPCardEntryViewControllerDelegate) -> SQIPCardEntryViewController {
        let theme = SQIPTheme()
        theme.tintColor = UIColor(red: 0.04, green: 0.37, blue: 1.0, alpha: 1)
        theme.saveButtonTitle = "Pay fare"
        let controller = SQIPCardEntryViewController(theme: theme)
        controller.delegate = delegate
        return controller
    }
}
""", appid=draw(22, URLSAFE))

add("php/decoy-env-reference", "web-reservas/includes/redsys_config.dist.php", "Redsys TPV Virtual: configuración leída de variables de entorno (getenv)", """
<?php
/*
 * Plantilla de configuración del TPV Virtual.
 * Copiar a redsys_config.php en el servidor; la clave se lee del entorno (ver /etc/php/8.2/fpm/pool.d/reservas.conf).
 */

define('REDSYS_URL', getenv('REDSYS_URL') ?: 'https://sis-t.redsys.es:25443/sis/realizarPago');
define('REDSYS_FUC', getenv('REDSYS_FUC'));
define('REDSYS_TERMINAL', getenv('REDSYS_TERMINAL') ?: '001');
define('REDSYS_MONEDA', '978');

$redsysClave = getenv('REDSYS_CLAVE_SHA256');
if ($redsysClave === false || $redsysClave === '') {
    error_log('REDSYS_CLAVE_SHA256 no definida');
    http_response_code(500);
    exit;
}
""")

_redsys_params = b64(json.dumps({"Ds_Date": "12%2F03%2F2024", "Ds_Hour": "21%3A14", "Ds_Amount": "2350", "Ds_Currency": "978",
                                 "Ds_Order": "2403120871", "Ds_MerchantCode": "351804772", "Ds_Terminal": "001",
                                 "Ds_Response": "0000", "Ds_AuthorisationCode": "614072", "Ds_TransactionType": "0",
                                 "Ds_SecurePayment": "1", "Ds_Card_Country": "724"}, separators=(",", ":")))
add("php/decoy-redsys-notification-fixture", "web-reservas/tests/fixtures/notificacion_ok.php", "Redsys TPV Virtual: notificación online (Ds_MerchantParameters base64, Ds_Signature)", """
<?php
// Notificación real de un pago de prueba capturada en el entorno de pruebas (sis-t),
// usada por NotificacionTest para comprobar el parseo de parámetros.
return [
    'Ds_SignatureVersion' => 'HMAC_SHA256_V1',
    'Ds_MerchantParameters' => '@@params@@',
    'Ds_Signature' => '@@sig@@',
    'esperado' => [
        'pedido' => '2403120871',
        'importe' => 23.50,
        'respuesta' => '0000',
        'autorizacion' => '614072',
    ],
];
""", params=_redsys_params, sig=base64.urlsafe_b64encode(bytes(_rng().getrandbits(8) for _ in range(32))).decode())

add("csv/decoy-masked-pan", "exports/card_payments_2024-03.csv", "PCI DSS: masked PAN display (first six / last four) in a settlement export", """
date,booking_ref,callsign,terminal_id,card_scheme,masked_pan,auth_code,amount_gbp,status
2024-03-01 07:12,RC-880412,R114,A77-0091,VISA,476173******0019,093114,23.40,SETTLED
2024-03-01 07:48,RC-880437,R087,A77-0044,MASTERCARD,535522******4403,551902,18.50,SETTLED
2024-03-01 08:05,RC-880455,R203,A77-0102,AMEX,374245*****1006,771204,41.00,SETTLED
2024-03-01 08:31,RC-880470,R114,A77-0091,VISA,492182******7731,,12.80,DECLINED
2024-03-01 09:02,RC-880498,R056,A77-0017,MASTERCARD,222300******0057,304511,9.60,SETTLED
2024-03-01 09:40,RC-880511,R203,A77-0102,VISA,476173******2241,118830,27.20,REFUNDED
""")

add("json/decoy-test-card-numbers", "passenger-web/e2e/fixtures/cards.json", "Stripe docs: test card numbers and test PaymentMethods (pm_card_visa)", """
{
  "_comment": "Stripe test-mode cards used by the Playwright checkout tests. Never real cards.",
  "success": { "number": "4242424242424242", "exp": "12/34", "cvc": "123", "postcode": "RG1 1AA" },
  "requires3ds": { "number": "4000002500003155", "exp": "12/34", "cvc": "123", "postcode": "RG1 1AA" },
  "declined": { "number": "4000000000000002", "exp": "12/34", "cvc": "123", "postcode": "RG1 1AA" },
  "insufficientFunds": { "number": "4000000000009995", "exp": "12/34", "cvc": "123" },
  "paymentMethods": ["pm_card_visa", "pm_card_mastercard", "pm_card_chargeDeclined"]
}
""")

add("log/decoy-redacted", "logs/payment-gateway-2024-04-02.log", "Logging with redaction of credentials (masked Authorization header and keys)", """
2024-04-02 07:58:01,004 INFO  gateway.start version=3.9.0 env=prod node=pay-02 redact=on
2024-04-02 07:58:01,210 INFO  stripe.init key=sk_live_51************************************tQ2x account=acct_1Nx2Q7LkR4m9Zp3s
2024-04-02 08:14:51,903 INFO  charge.start booking=RC-891120 amount=2340 currency=GBP
2024-04-02 08:14:51,904 DEBUG http.header Authorization: Basic [REDACTED]
2024-04-02 08:14:52,611 INFO  charge.ok booking=RC-891120 auth=093114 ms=708
2024-04-02 08:16:07,220 WARN  charge.retry booking=RC-891133 reason=timeout attempt=1
2024-04-02 08:16:07,221 DEBUG http.header Authorization: Bearer ****
2024-04-02 08:16:08,004 INFO  charge.ok booking=RC-891133 auth=551902 ms=783
2024-04-02 08:21:40,517 INFO  webhook.verify endpoint=bookings-live secret=whsec_**** result=ok
2024-04-02 08:30:00,000 INFO  settlement.scheduled next=2024-04-02T23:30:00Z
""")

add("ini/decoy-emv-capk", "terminal-config/emv/capk_visa_mc.ini", "EMVCo Book 2: certification authority public keys (RID, index, modulus, exponent, SHA-1 checksum)", """
; EMV CA public keys loaded on the in-car A77 terminals (public by design, published by the schemes)
[A000000003_09]
RID=A000000003
Index=09
Exponent=03
Modulus=@@m1@@
Checksum=@@c1@@
Expiry=20301231

[A000000004_05]
RID=A000000004
Index=05
Exponent=03
Modulus=@@m2@@
Checksum=@@c2@@
Expiry=20291231
""", m1=uphex(496), c1=uphex(40), m2=uphex(352), c2=uphex(40))

add("ini/decoy-kcv-ksn", "keyload/terminals_loaded_2024-01.ini", "ANSI X9.24 DUKPT: initial KSN and key check value (KCV) per terminal, a loading record", """
; Key loading record - January batch (no key material here: KSN and KCV only)
[A77-0091]
serial=1850213347
ksn=FFFF9876543210E00001
ipek_kcv=@@k1@@
loaded=2024-01-15 10:42 by MT/PS

[A77-0102]
serial=1850213401
ksn=FFFF9876543210E00002
ipek_kcv=@@k2@@
loaded=2024-01-15 10:51 by MT/PS

[A77-0117]
serial=1850213466
ksn=FFFF9876543210E00003
ipek_kcv=@@k3@@
loaded=2024-01-15 11:03 by MT/PS
""", k1=uphex(6), k2=uphex(6), k3=uphex(6))

add("sql/decoy-bcrypt-hash", "db/seeds/dev_portal_users.sql", "bcrypt password hashes ($2b$) in a development seed file", """
-- Development seed: driver portal users (local docker only).
-- Passwords are bcrypt hashes; the dev password for all of them is in README-dev.md.
INSERT INTO portal.users (id, email, callsign, role, password_hash, created_at) VALUES
  (1, 'ops.lead@example.test',   NULL,   'admin',  '@@h1@@', now()),
  (2, 'driver.r114@example.test','R114', 'driver', '@@h2@@', now()),
  (3, 'driver.r087@example.test','R087', 'driver', '@@h3@@', now()),
  (4, 'accounts@example.test',   NULL,   'finance','@@h4@@', now());

SELECT setval('portal.users_id_seq', 4);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("sql/decoy-uuid", "db/seeds/vehicles.sql", "PostgreSQL uuid columns in a fleet seed (vehicle ids, plates, licence numbers)", """
-- Fleet as of 2024-04-01 (Northgate Private Hire) - imported from the council register
INSERT INTO fleet.vehicles (id, callsign, plate, make, model, seats, wav, licence_no, licence_expiry) VALUES
  ('@@u1@@', 'N101', '@@p1@@', 'Toyota', 'Corolla Hybrid', 4, false, 'PHV-04412', '2024-11-30'),
  ('@@u2@@', 'N102', '@@p2@@', 'Skoda',  'Octavia',        4, false, 'PHV-04418', '2025-01-31'),
  ('@@u3@@', 'N117', '@@p3@@', 'LEVC',   'TX',             6, true,  'HC-00391',  '2024-09-30'),
  ('@@u4@@', 'N120', '@@p4@@', 'Kia',    'Niro EV',        4, false, 'PHV-04533', '2025-03-31'),
  ('@@u5@@', 'N131', '@@p5@@', 'Ford',   'Tourneo Custom', 8, true,  'PHV-04560', '2024-12-31');
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s(),
    p1=plate_uk(), p2=plate_uk(), p3=plate_uk(), p4=plate_uk(), p5=plate_uk())

add("yaml/decoy-helm-existing-secret", "deploy/booking/values-prod.yaml", "Bitnami charts: auth.existingSecret (credentials kept in a Kubernetes Secret)", """
image:
  repository: registry.bluestarminicabs.co.uk/booking/api
  tag: "3.4.2"

replicaCount: 2

env:
  STRIPE_SECRET_KEY:
    secretKeyRef: { name: booking-stripe, key: secret-key }
  AUTOCAB_SUBSCRIPTION_KEY:
    secretKeyRef: { name: booking-autocab, key: subscription-key }

postgresql:
  enabled: true
  auth:
    username: booking
    database: booking
    existingSecret: booking-postgresql
    secretKeys:
      adminPasswordKey: postgres-password
      userPasswordKey: password

redis:
  enabled: true
  auth:
    enabled: true
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password
""")

add("k8s/decoy-secret-key-ref", "k8s/prod/meter-gateway-deployment.yaml", "Kubernetes docs: env valueFrom.secretKeyRef", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: meter-gateway
  namespace: meters
spec:
  replicas: 2
  selector:
    matchLabels: { app: meter-gateway }
  template:
    metadata:
      labels: { app: meter-gateway }
    spec:
      containers:
        - name: gateway
          image: registry.kingswaytaxis.co.uk/meter-gateway:1.8.3
          ports:
            - containerPort: 7443
          env:
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef: { name: meter-redis, key: password }
            - name: MQ_PASSWORD
              valueFrom:
                secretKeyRef: { name: meter-mq, key: password }
            - name: RUST_LOG
              value: info
          readinessProbe:
            httpGet: { path: /healthz, port: 7443, scheme: HTTPS }
""")

add("compose/decoy-env-reference", "stack/docker-compose.prod.yml", "Docker Compose docs: variable interpolation (${VAR:?}) and file-based secrets", """
services:
  db:
    image: postgres:15
    environment:
      POSTGRES_DB: dispatch
      POSTGRES_USER: dispatch
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
    volumes: [pgdata:/var/lib/postgresql/data]

  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD:?set REDIS_PASSWORD}"]

  dispatch:
    image: registry.abbeycars.co.uk/dispatch:${DISPATCH_TAG:-latest}
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://dispatch@db:5432/dispatch
      DB_PASSWORD_FILE: /run/secrets/pg_password
      REDIS_URL: redis://:${REDIS_PASSWORD}@redis:6379/0
      AUTOCAB_SUBSCRIPTION_KEY: ${AUTOCAB_SUBSCRIPTION_KEY:?}
    secrets: [pg_password]

secrets:
  pg_password:
    file: ./secrets/pg_password.txt

volumes:
  pgdata:
""")

add("dockerfile/decoy-build-secret", "booking-api/Dockerfile", "Docker docs: build secrets (RUN --mount=type=secret)", """
# syntax=docker/dockerfile:1.6
FROM python:3.12-slim AS base
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

COPY requirements.txt .
# private index credentials come from a build secret, never from the image
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt

COPY . .
USER 10001
EXPOSE 8000
CMD ["gunicorn", "booking.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4"]
""")

add("go/decoy-env-reference", "internal/config/config.go", "Go os.Getenv / LookupEnv for credentials", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DSN          string
	RedisURL     string
	SamsaraToken string
	JWTKey       []byte
}

func must(name string) string {
	v, ok := os.LookupEnv(name)
	if !ok || v == "" {
		panic(fmt.Sprintf("missing required env var %s", name))
	}
	return v
}

func Load() Config {
	return Config{
		DSN: fmt.Sprintf("postgres://%s:%s@%s:5432/dispatch?sslmode=require",
			must("DB_USER"), must("DB_PASSWORD"), must("DB_HOST")),
		RedisURL:     must("REDIS_URL"),
		SamsaraToken: must("SAMSARA_API_TOKEN"),
		JWTKey:       []byte(must("DRIVER_JWT_KEY")),
	}
}
""")

add("java/decoy-placeholder", "dispatch-core/src/main/java/uk/co/ridgeway/queue/RabbitProperties.java", "Spring docs: @Value property placeholders (${...})", """
package uk.co.ridgeway.queue;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class RabbitProperties {

    @Value("${dispatch.rabbit.host:mq01.ridgeway.internal}")
    private String host;

    @Value("${dispatch.rabbit.username}")
    private String username;

    @Value("${dispatch.rabbit.password}")
    private String password;

    @Value("${dispatch.rabbit.vhost:/dispatch}")
    private String virtualHost;

    public String getHost() { return host; }
    public String getUsername() { return username; }
    public String getPassword() { return password; }
    public String getVirtualHost() { return virtualHost; }
}
""")

add("csharp/decoy-config-binding", "Abbey.Dispatch/Startup/AutocabRegistration.cs", "ASP.NET Core docs: configuration binding (user secrets / environment in production)", """
using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Abbey.Dispatch.Services;

namespace Abbey.Dispatch.Startup
{
    public static class AutocabRegistration
    {
        public static IServiceCollection AddAutocab(this IServiceCollection services, IConfiguration config)
        {
            var key = config["Autocab:SubscriptionKey"]
                      ?? throw new InvalidOperationException("Autocab:SubscriptionKey is not configured");

            services.AddHttpClient<GhostBookingForwarder>(client =>
            {
                client.BaseAddress = new Uri(config["Autocab:BaseUrl"] ?? "https://autocab-api.azure-api.net/booking/v1/");
                client.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
                client.Timeout = TimeSpan.FromSeconds(20);
            });
            return services;
        }
    }
}
""")

add("rust/decoy-env-reference", "push-relay/src/settings.rs", "Rust std::env::var for credentials", """
use std::env;

pub struct Settings {
    pub fcm_project: String,
    pub fcm_credentials_path: String,
    pub redis_url: String,
}

impl Settings {
    pub fn from_env() -> Result<Self, env::VarError> {
        Ok(Self {
            fcm_project: env::var("FCM_PROJECT_ID")?,
            fcm_credentials_path: env::var("GOOGLE_APPLICATION_CREDENTIALS")?,
            redis_url: env::var("REDIS_URL")?,
        })
    }
}
""")

add("ruby/decoy-credentials-reference", "config/initializers/braintree_prod.rb", "Rails docs: encrypted credentials (Rails.application.credentials)", """
# Braintree keys live in config/credentials/production.yml.enc (master key on the servers only).
creds = Rails.application.credentials.braintree!

Braintree::Configuration.environment = :production
Braintree::Configuration.merchant_id = creds.fetch(:merchant_id)
Braintree::Configuration.public_key  = creds.fetch(:public_key)
Braintree::Configuration.private_key = creds.fetch(:private_key)
Braintree::Configuration.logger = Rails.logger
""")

add("properties/decoy-env-reference", "flota-api/src/main/resources/application-prod.properties", "Spring Boot docs: externalized configuration (${ENV_VAR} placeholders)", """
# flota-api (Tele Taxi Giralda) - perfil prod; secretos inyectados por el entorno
spring.datasource.url=jdbc:mysql://mysql-flota.teletaxigiralda.local:3306/flota
spring.datasource.username=${FLOTA_DB_USER}
spring.datasource.password=${FLOTA_DB_PASSWORD}
spring.rabbitmq.password=${RABBIT_PASSWORD:}
traccar.api.url=https://gps.teletaxigiralda.es/api
traccar.api.token=${TRACCAR_TOKEN}
flota.avisos.labsmobile.token=${LABSMOBILE_TOKEN}
management.endpoints.web.exposure.include=health,info
""")

add("markdown/decoy-placeholder", "docs/pagos/integracion-redsys.md", "Redsys TPV Virtual: guía de integración (parámetros Ds_Merchant_*)", """
# Integración del TPV Virtual (Redsys) en la web de reservas

Esta guía explica cómo se firma una petición de pago. Los valores de ejemplo **no** son
los nuestros: la clave real está en el gestor de contraseñas (entrada *Redsys TPV producción*)
y en el servidor como variable de entorno `REDSYS_CLAVE_SHA256`.

## Parámetros

| Parámetro                  | Ejemplo                     |
|----------------------------|-----------------------------|
| `Ds_Merchant_MerchantCode` | `999008881` (comercio de pruebas) |
| `Ds_Merchant_Terminal`     | `001`                       |
| `Ds_Merchant_Order`        | `2403120871` (4 dígitos + alfanumérico, máx. 12) |
| `Ds_Merchant_Amount`       | `2350` (céntimos)           |
| `Ds_Merchant_Currency`     | `978`                       |

## Firma

```php
$clave = base64_decode(getenv('REDSYS_CLAVE_SHA256'));   // clave secreta del comercio
$params = base64_encode(json_encode($datos));
$firma = redsys_firma($params, $datos['DS_MERCHANT_ORDER']); // 3DES del pedido + HMAC-SHA256
```

En pruebas se usa `https://sis-t.redsys.es:25443/sis/realizarPago` con la clave
`<CLAVE_DE_PRUEBAS_DEL_PANEL>` que da el banco al activar el entorno de test.

## Tarjetas de prueba

- `4548810000000003` caducidad 12/49, CVV 123 → pago autorizado.
- `4548810000000011` → denegada.
""")

add("markdown/decoy-placeholder-readme", "payments-svc/README.md", "README with placeholder credentials (<your-key>) for local setup", """
# payments-svc

Takes card payments for web and app bookings (Stripe) and pays drivers weekly (Stripe Connect).

## Running locally

1. Copy the example env file: `cp .env.example .env.local`
2. Put your **test-mode** keys in it (Stripe dashboard → Developers → API keys, "Viewing test data" on):

   ```
   STRIPE_SECRET_KEY=<your-test-secret-key>
   STRIPE_WEBHOOK_SECRET=<printed by `stripe listen`>
   ```

3. Start the webhook forwarder: `stripe listen --forward-to localhost:8080/webhooks/stripe`
4. `npm install && npm run dev`

## Production

Keys are never in the repo: systemd loads `/etc/payments-svc/env`, which is written by
Ansible from the vault (`ansible/group_vars/payments/vault.yml`).

## Useful

- `npm run reconcile -- --date 2024-03-11` compares Stripe payouts with dispatch totals.
- Refunds for driver no-shows: `scripts/refund_no_shows.sh` (ask ops for the CSV).
""")

add("log/decoy-request-ids", "logs/dispatch-api-access.log", "Access log with request ids, trace ids and booking references", """
10.20.1.31 - - [11/Mar/2024:08:14:51 +0000] "POST /v1/bookings HTTP/1.1" 201 412 "-" "BookingWeb/3.4.2" rid=@@r1@@ trace=@@t1@@
10.20.1.31 - - [11/Mar/2024:08:14:53 +0000] "GET /v1/bookings/RC-884120 HTTP/1.1" 200 1033 "-" "BookingWeb/3.4.2" rid=@@r2@@ trace=@@t1@@
10.20.1.44 - - [11/Mar/2024:08:15:02 +0000] "POST /v1/drivers/R114/status HTTP/1.1" 204 0 "-" "DriverApp/6.3.0 (Android 14)" rid=@@r3@@ trace=@@t2@@
10.20.1.44 - - [11/Mar/2024:08:15:09 +0000] "GET /v1/offers?callsign=R114 HTTP/1.1" 200 288 "-" "DriverApp/6.3.0 (Android 14)" rid=@@r4@@ trace=@@t3@@
10.20.1.12 - - [11/Mar/2024:08:15:40 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rid=@@r5@@ trace=-
""", r1=uuid_s(), r2=uuid_s(), r3=uuid_s(), r4=uuid_s(), r5=uuid_s(), t1=hexs(32), t2=hexs(32), t3=hexs(32))

add("notebook/decoy-getpass", "analysis/fares_by_zone.ipynb", "Python getpass and environment variables in a notebook", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Average fare by pickup zone\\n", "Credentials are prompted, never stored in the notebook."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine, URL\\n",
    "\\n",
    "pw = os.environ.get('REPLICA_PASSWORD') or getpass.getpass('replica password: ')\\n",
    "url = URL.create('postgresql+psycopg2', username='analyst', password=pw,\\n",
    "                 host='pg-replica.northgate.internal', database='dispatch')\\n",
    "engine = create_engine(url)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "trips = pd.read_sql('select pickup_zone, fare_pence from dispatch.trips where completed_at >= now() - interval 30 day', engine)\\n",
    "trips.groupby('pickup_zone').fare_pence.mean().div(100).round(2).sort_values()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

# ---- DECOYS-B ----

add("typescript/decoy-mapbox-public-token", "passenger-web/src/map/TrackMyCar.tsx", "Mapbox docs: default public tokens (pk.) are meant for client-side maps", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public token, URL-restricted to *.bluestarminicabs.co.uk in the Mapbox account.
mapboxgl.accessToken = "@@pk@@";

export function TrackMyCar({ lng, lat }: { lng: number; lat: number }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const map = new mapboxgl.Map({
      container: container.current,
      style: "mapbox://styles/bluestarcabs/clt8x0d2f00ab01qz7h2k3m4n",
      center: [lng, lat],
      zoom: 14,
    });
    const car = new mapboxgl.Marker({ color: "#0b5fff" }).setLngLat([lng, lat]).addTo(map);
    return () => {
      car.remove();
      map.remove();
    };
  }, [lng, lat]);
  return <div ref={container} style={{ height: 320, borderRadius: 8 }} />;
}
""", pk=mapbox("pk", "bluestarcabs"))

add("plist/decoy-mapbox-public-token", "PassengerApp/Info.plist", "Mapbox Maps SDK for iOS docs: MBXAccessToken public token in Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Ridgeway Cars</string>
	<key>CFBundleIdentifier</key>
	<string>uk.co.ridgewaycars.passenger</string>
	<key>CFBundleShortVersionString</key>
	<string>4.12.0</string>
	<key>MBXAccessToken</key>
	<string>@@pk@@</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>We use your location to set the pickup point and show your driver on the map.</string>
	<key>UIBackgroundModes</key>
	<array>
		<string>remote-notification</string>
	</array>
</dict>
</plist>
""", pk=mapbox("pk", "ridgewaycars"))

add("json/decoy-firebase-web-config", "driver-portal/src/firebase-config.json", "Firebase docs: the web app config (apiKey identifies the project, it is not a secret)", """
{
  "apiKey": "@@k@@",
  "authDomain": "harbourside-drivers.firebaseapp.com",
  "projectId": "harbourside-drivers",
  "storageBucket": "harbourside-drivers.appspot.com",
  "messagingSenderId": "@@sender@@",
  "appId": "1:@@sender@@:web:@@app@@",
  "measurementId": "G-7Q2M4K9XPL"
}
""", k=google_key(), sender=digits(12), app=hexs(22))

add("xml/decoy-manifest-placeholder", "driver-app/app/src/main/AndroidManifest.xml", "Secrets Gradle Plugin for Android docs: ${MAPS_API_KEY} manifest placeholder", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <uses-permission android:name="android.permission.FOREGROUND_SERVICE_LOCATION" />
    <uses-permission android:name="android.permission.BLUETOOTH_CONNECT" />

    <application
        android:name=".DriverApplication"
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:theme="@style/Theme.Driver">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />

        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>

        <service
            android:name=".location.ShiftLocationService"
            android:foregroundServiceType="location" />
    </application>
</manifest>
""")

add("kotlin/decoy-buildconfig", "driver-app/app/build.gradle.kts", "Android Gradle docs: buildConfigField from local.properties / CI environment", """
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
    namespace = "uk.co.ridgeway.driver"
    compileSdk = 34

    defaultConfig {
        applicationId = "uk.co.ridgeway.driver"
        minSdk = 26
        targetSdk = 34
        versionCode = 630
        versionName = "6.3.0"
        manifestPlaceholders["MAPS_API_KEY"] = localProps.getProperty("MAPS_API_KEY") ?: System.getenv("MAPS_API_KEY") ?: ""
        buildConfigField("String", "DISPATCH_URL", "\\"https://dispatch.ridgewaycars.co.uk\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("RELEASE_STORE_FILE") ?: "upload.jks")
            storePassword = System.getenv("RELEASE_STORE_PASSWORD")
            keyAlias = "upload"
            keyPassword = System.getenv("RELEASE_KEY_PASSWORD")
        }
    }

    buildFeatures { buildConfig = true }
}
""")

add("json/decoy-device-ids", "fleet/devices/registry.json", "Device registry: tracker IMEIs, SIM ICCIDs and UUIDs", """
{
  "generated": "2024-04-01T06:00:00Z",
  "devices": [
    { "id": "@@u1@@", "callsign": "C201", "model": "FMB920", "imei": "3520940@@i1@@", "iccid": "8944110@@c1@@", "firmware": "03.28.07" },
    { "id": "@@u2@@", "callsign": "C202", "model": "FMB920", "imei": "3520940@@i2@@", "iccid": "8944110@@c2@@", "firmware": "03.28.07" },
    { "id": "@@u3@@", "callsign": "C215", "model": "FMC130", "imei": "3520940@@i3@@", "iccid": "8944110@@c3@@", "firmware": "03.29.01" },
    { "id": "@@u4@@", "callsign": "C230", "model": "FMB920", "imei": "3520940@@i4@@", "iccid": "8944110@@c4@@", "firmware": "03.27.14" }
  ]
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), i1=digits(8), i2=digits(8), i3=digits(8), i4=digits(8),
    c1=digits(12), c2=digits(12), c3=digits(12), c4=digits(12))

add("yaml/decoy-twilio-sid", "notify/config/twilio.yaml", "Twilio docs: Account SID and phone numbers are identifiers; the auth token comes from the environment", """
twilio:
  account_sid: @@sid@@
  auth_token_env: TWILIO_AUTH_TOKEN
  messaging_service_sid: @@mg@@
  numbers:
    bookings: "+441134960000"
    drivers: "+441134960001"
  region: ie1
  status_callback: https://notify.citylinecabs.co.uk/twilio/status

templates:
  eta: "Your CityLine car ({callsign}) is {minutes} min away."
  arrived: "Your CityLine car ({callsign}, {plate}) is outside."
""", sid=twilio_sid(), mg=twilio_sid("MG"))

add("text/decoy-hashed-password", "mosquitto/passwd", "Mosquitto docs: mosquitto_passwd file (PBKDF2-SHA512 hashes, $7$)", """
terminal:$7$101$@@s1@@$@@h1@@
garage-bridge:$7$101$@@s2@@$@@h2@@
meter-ingest:$7$101$@@s3@@$@@h3@@
monitoring:$7$101$@@s4@@$@@h4@@
dispatch:$7$101$@@s5@@$@@h5@@
""", s1=b64bytes(12), h1=b64bytes(64), s2=b64bytes(12), h2=b64bytes(64), s3=b64bytes(12), h3=b64bytes(64),
    s4=b64bytes(12), h4=b64bytes(64), s5=b64bytes(12), h5=b64bytes(64))

add("ini/decoy-template-placeholder", "provisioning/templates/yealink-t46u.cfg.j2", "Yealink auto-provisioning: per-phone template rendered by the provisioning server (Jinja)", """
#!version:1.0.0.1
## {{ desk_name }} - rendered by provisiond, do not edit on the phone

account.1.enable = 1
account.1.label = {{ desk_name }}
account.1.display_name = {{ company }} {{ desk_name }}
account.1.auth_name = {{ extension }}
account.1.user_name = {{ extension }}
account.1.password = {{ sip_password }}
account.1.sip_server.1.address = {{ pbx_host }}
account.1.sip_server.1.port = 5060

static.security.user_password = admin:{{ phone_admin_password }}
local_time.time_zone = 0
local_time.time_zone_name = United Kingdom(London)
""")

add("log/decoy-sip-call-ids", "logs/asterisk-full-20240311.log", "Asterisk full log: channel names, Call-IDs and unique ids", """
[2024-03-11 08:14:02] VERBOSE[28811][C-00001a2f] pbx.c: Executing [01179460000@from-trunk:1] NoOp("PJSIP/gamma-endpoint-0000a113", "Incoming booking call") in new stack
[2024-03-11 08:14:02] VERBOSE[28811][C-00001a2f] pbx.c: Executing [01179460000@from-trunk:2] Set("PJSIP/gamma-endpoint-0000a113", "CALLID=@@c1@@@10.40.0.2") in new stack
[2024-03-11 08:14:02] VERBOSE[28811][C-00001a2f] pbx.c: Executing [01179460000@from-trunk:3] AGI("PJSIP/gamma-endpoint-0000a113", "screenpop.agi,07700900123") in new stack
[2024-03-11 08:14:03] VERBOSE[28811][C-00001a2f] pbx.c: Executing [01179460000@from-trunk:4] Queue("PJSIP/gamma-endpoint-0000a113", "bookings,t,,,45") in new stack
[2024-03-11 08:14:09] VERBOSE[28815][C-00001a2f] app_queue.c: PJSIP/204-0000a114 answered PJSIP/gamma-endpoint-0000a113
[2024-03-11 08:15:47] VERBOSE[28811][C-00001a2f] app_queue.c: Queue bookings: uniqueid=1710144842.41877 linkedid=1710144842.41877 holdtime=6 talktime=98
[2024-03-11 08:15:47] VERBOSE[28811][C-00001a2f] cdr.c: CDR posted accountcode= userfield=@@u1@@
""", c1=hexs(32), u1=uuid_s())

add("csv/decoy-licence-register", "licensing/exports/council_register_2024-04.csv", "Council public register of licensed private hire vehicles and drivers", """
licence_type,licence_no,holder,plate,make_model,issued,expires,operator_licence
PHV,PHV-04412,Northgate Private Hire Ltd,@@p1@@,Toyota Corolla,2023-12-01,2024-11-30,OP-0117
PHV,PHV-04418,Northgate Private Hire Ltd,@@p2@@,Skoda Octavia,2024-02-01,2025-01-31,OP-0117
HC,HC-00391,A. Patel,@@p3@@,LEVC TX,2023-10-01,2024-09-30,OP-0117
PHD,PHD-11872,J. Nowak,,,2022-06-14,2025-06-13,OP-0117
PHD,PHD-12031,S. Ahmed,,,2023-03-02,2026-03-01,OP-0117
PHD,PHD-12290,M. O'Connor,,,2024-01-20,2027-01-19,OP-0117
""", p1=plate_uk(), p2=plate_uk(), p3=plate_uk())

add("csv/decoy-trip-hashes", "exports/trips_2024-03-11.csv", "Trip export with booking references and pseudonymised (SHA-256) customer ids", """
booking_ref,customer_hash,pickup_zone,drop_zone,booked_at,completed_at,fare_pence,payment
RC-884120,@@h1@@,RDG-CENTRAL,RDG-STATION,2024-03-11T08:02:11Z,2024-03-11T08:29:40Z,2340,card
RC-884133,@@h2@@,RDG-UNI,RDG-HOSPITAL,2024-03-11T08:05:37Z,2024-03-11T08:31:02Z,1850,card
RC-884141,@@h3@@,RDG-CAVERSHAM,LHR-T5,2024-03-11T06:30:00Z,2024-03-11T07:28:15Z,7900,account
RC-884150,@@h4@@,RDG-STATION,RDG-OXFORD-RD,2024-03-11T08:12:49Z,2024-03-11T08:24:33Z,960,cash
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("markdown/decoy-vault-reference", "docs/sistemas/donde-estan-las-claves.md", "Bitwarden / gestor de contraseñas: referencia a entradas, sin valores", """
# ¿Dónde están las contraseñas? (Radio Taxi Levante)

**Ninguna contraseña se apunta en el repositorio, en el Drive ni en la pizarra.**
Todo está en Bitwarden (organización *RTL*), cada cosa en su colección:

| Colección        | Qué hay                                              | Quién tiene acceso     |
|------------------|------------------------------------------------------|------------------------|
| Emisora          | servidor de la emisora, base de datos, Redis          | sistemas               |
| Cobros           | SumUp, Redsys (TPV web), banco                       | gerencia, sistemas     |
| Flota            | Traccar, localizadores (SMS), APN privada            | jefe de flota, sistemas|
| Centralita       | Zadarma, teléfonos de operadora                      | sistemas               |
| Oficina          | router, Wi-Fi, NAS, Microsoft 365                    | sistemas               |

## Cómo se usan en los servidores

Los servicios leen las claves de variables de entorno que escribe Ansible a partir de
`group_vars/*/vault.yml` (cifrado con ansible-vault). Para cambiar una:

1. Cambiarla en el proveedor.
2. Actualizar la entrada de Bitwarden.
3. `ansible-vault edit group_vars/emisora/vault.yml` y desplegar con `make deploy-emisora`.

Si alguien pega una contraseña en un ticket o en el chat, hay que **rotarla** el mismo día.
""")

add("markdown/decoy-company-ids", "docs/administracion/datos-facturacion.md", "Datos fiscales y bancarios de empresa (CIF, IBAN, nº de comercio): identificadores, no secretos", """
# Datos de facturación (Taxis Costa Brava SL)

Para rellenar facturas a hoteles, agencias y ayuntamientos.

- Razón social: **Taxis Costa Brava SL**
- CIF: B17000000
- Domicilio fiscal: Carrer del Port 12, 17250 Platja d'Aro (Girona)
- IBAN (cobros de empresas): ES12 2100 0000 0000 0000 0000
- BIC: CAIXESBBXXX
- Nº de comercio Redsys (TPV web): 351804772, terminal 001
- Licencias municipales de taxi: 14 (Castell-Platja d'Aro), listado en `flota/licencias.csv`
- Registro Mercantil de Girona, tomo 2874, folio 112, hoja GI-00000

## Facturas

- Serie *A* para clientes de empresa, serie *R* para rectificativas.
- Envío a SII / VeriFactu automático desde el programa de facturación.
- Vencimiento por defecto: 30 días.
""")

add("markdown/decoy-api-docs-example", "docs/driver-app-api.md", "API documentation with placeholder bearer tokens (<token>)", """
# Driver app API (v2)

All endpoints need the driver's session token from `/v2/auth/login`:

```http
POST /v2/auth/login
Content-Type: application/json

{"badge": "PHD-11872", "pin": "<4-digit pin>", "device_id": "<android id>"}
```

Response:

```json
{"token": "<jwt>", "expires_in": 43200, "callsign": "N101"}
```

Then send it on every call:

```http
GET /v2/offers
Authorization: Bearer <token>
```

## Endpoints

| Method | Path                      | What                                   |
|--------|---------------------------|----------------------------------------|
| POST   | /v2/status                | available / busy / on break / off shift |
| GET    | /v2/offers                | current job offer, if any              |
| POST   | /v2/offers/{id}/accept    | accept the offer                       |
| POST   | /v2/jobs/{id}/arrived     | at pickup (sends the "outside" SMS)    |
| POST   | /v2/jobs/{id}/complete    | fare, extras, payment type             |

Tokens expire after 12 hours (one shift); the app logs the driver out and asks for the PIN.
""")

add("python/decoy-test-fixture", "tests/conftest.py", "pytest fixtures with dummy credentials for mocked vendor APIs", '''
import pytest
import responses

from dispatch.integrations.autocab.client import AutocabClient

DUMMY_KEY = "test-subscription-key"


@pytest.fixture
def autocab(monkeypatch):
    monkeypatch.setenv("AUTOCAB_SUBSCRIPTION_KEY", DUMMY_KEY)
    with responses.RequestsMock() as rsps:
        rsps.add(responses.POST, "https://autocab-api.azure-api.net/booking/v1/quote",
                 json={"quoteId": "q-1", "price": 18.5}, status=200)
        yield AutocabClient(company_id=1)


@pytest.fixture
def stripe_env(monkeypatch):
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_dummy")
    monkeypatch.setenv("STRIPE_WEBHOOK_SECRET", "whsec_dummy")


@pytest.fixture
def driver_token():
    return "header.payload.signature"
''')

add("python/decoy-regex", "dispatch/logging/scrub.py", "Log redaction patterns for credentials and card numbers (regular expressions)", '''
"""Redact secrets and card numbers before log lines leave the box."""
import logging
import re

PATTERNS = [
    (re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,}"), "sk_\\\\1_****"),
    (re.compile(r"whsec_[0-9A-Za-z]{32}"), "whsec_****"),
    (re.compile(r"(Authorization:\\s*(Basic|Bearer)\\s+)\\S+", re.I), "\\\\1[REDACTED]"),
    (re.compile(r"(password|pwd|secret|token)=[^&;\\s]+", re.I), "\\\\1=****"),
    (re.compile(r"samsara_api_[0-9A-Za-z]{30}"), "samsara_api_****"),
    (re.compile(r"\\b(?:\\d[ -]?){13,19}\\b"), "[PAN]"),
]


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for pattern, repl in PATTERNS:
            msg = pattern.sub(repl, msg)
        record.msg, record.args = msg, ()
        return True
''')

add("go/decoy-checksum", "ota/manifest.go", "SHA-256 firmware checksums in an OTA manifest", """
package ota

// Firmware images served to the roof signs and in-car terminals. Checked after download;
// a mismatch aborts the update.
var Manifest = map[string]Image{
	"roofsign-2.7.1.bin":  {Size: 1048320, SHA256: "@@h1@@"},
	"roofsign-2.7.0.bin":  {Size: 1046784, SHA256: "@@h2@@"},
	"terminal-6.3.0.apk":  {Size: 28411904, SHA256: "@@h3@@"},
	"meterbridge-1.4.tgz": {Size: 210944, SHA256: "@@h4@@"},
}

type Image struct {
	Size   int64
	SHA256 string
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("json/decoy-lockfile-integrity", "passenger-web/package-lock.json", "npm docs: package-lock.json integrity (Subresource Integrity sha512 hashes)", """
{
  "name": "passenger-web",
  "version": "4.12.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "2.4.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-2.4.0.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/mapbox-gl": {
      "version": "3.2.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.2.0.tgz",
      "integrity": "sha512-@@i2@@"
    },
    "node_modules/react": {
      "version": "18.2.0",
      "resolved": "https://registry.npmjs.org/react/-/react-18.2.0.tgz",
      "integrity": "sha512-@@i3@@"
    }
  }
}
""", i1=b64bytes(64), i2=b64bytes(64), i3=b64bytes(64))

add("toml/decoy-lockfile-hash", "meter-gateway/Cargo.lock", "Cargo docs: Cargo.lock checksum fields (SHA-256 of crates)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "bytes"
version = "1.5.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h1@@"

[[package]]
name = "redis"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h2@@"
dependencies = [
 "bytes",
 "tokio",
]

[[package]]
name = "tokio"
version = "1.36.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("text/decoy-ssh-public-key", "ansible/files/authorized_keys/ops", "OpenSSH docs: authorized_keys (public keys)", """
# ops team - deployed to disp-01, disp-02, pay-01, pay-02
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ mark@ridgeway-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ priya@ridgeway-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ci-deploy@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ backup@backup01
""", k1=draw(43, B64CHARS), k2=draw(43, B64CHARS), k3=draw(43, B64CHARS), k4=draw(368, B64CHARS))

add("pem/decoy-certificate", "certs/ridgeway-root-ca.crt", "X.509 certificate (PEM): a CA certificate is public", """
@@cert@@
""", cert=cert_pem())

add("pem/decoy-public-key", "auth/keys/driver-token-verify.pub", "PEM public key (SubjectPublicKeyInfo) used to verify tokens", """
-----BEGIN PUBLIC KEY-----
@@body@@
-----END PUBLIC KEY-----
""", body="\n".join(pem_body(7, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")))

add("json/decoy-jwks", "auth/.well-known/jwks.json", "RFC 7517 JSON Web Key Set (public RSA keys: n, e)", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid1@@",
      "n": "@@n1@@",
      "e": "AQAB"
    },
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid2@@",
      "n": "@@n2@@",
      "e": "AQAB"
    }
  ]
}
""", kid1=hexs(16), n1=draw(342, URLSAFE), kid2=hexs(16), n2=draw(342, URLSAFE))

add("xml/decoy-password-digest", "registro-vtc/ejemplos/peticion_firmada_digest.xml", "OASIS WS-Security UsernameToken profile: PasswordDigest (Base64 SHA-1 of nonce+created+password) and Nonce", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Ejemplo de petición capturada en preproducción (el digest cambia en cada envío) -->
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                  xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1">
      <wsse:UsernameToken wsu:Id="UsernameToken-1">
        <wsse:Username>B00000000-INTEGRACION</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@@digest@@</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">@@nonce@@</wsse:Nonce>
        <wsu:Created>2024-03-12T09:41:07.512Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <consultaServicio xmlns="urn:registro:vtc:comunicaciones:v2">
      <idServicio>VTC-2024-0031882</idServicio>
    </consultaServicio>
  </soapenv:Body>
</soapenv:Envelope>
""", digest=b64bytes(20), nonce=b64bytes(16))

add("ini/decoy-tariff-checksum", "meter-tariffs/valencia_2024.ini", "Taximeter tariff table with CRC and signature identifiers (metrology seal references)", """
; Tarifas del servicio de taxi del Área de Prestación Conjunta de Valencia - 2024
; Fichero de carga para taxímetros (verificado por el organismo de metrología)
[cabecera]
version=2024.1
vigor=2024-01-01
crc32=@@crc@@
sello_metrologico=VAL-TX-2024-00117
firma_fichero_sha256=@@sig@@

[T1]
nombre=Diurna laborable
bajada_bandera=2.15
km=1.14
hora_espera=21.50

[T2]
nombre=Nocturna, sábados y festivos
bajada_bandera=2.90
km=1.37
hora_espera=24.80

[T3]
nombre=Aeropuerto (tarifa fija a ciudad)
importe_fijo=24.00
""", crc=uphex(8), sig=hexs(64))

add("c/decoy-build-flag-reference", "roofsign-fw/include/secrets_check.h", "PlatformIO docs: build_flags from environment (-D DEPOT_WIFI_PASS=${sysenv.…})", """
#pragma once

/* Wi-Fi credentials are passed at build time by CI:
 *   build_flags = -D DEPOT_WIFI_PASS=\\"${sysenv.DEPOT_WIFI_PASS}\\"
 * so they never live in this repository. */

#ifndef DEPOT_WIFI_SSID
#define DEPOT_WIFI_SSID "KINGSWAY-DEPOT"
#endif

#ifndef DEPOT_WIFI_PASS
#error "DEPOT_WIFI_PASS must be set by the build (see platformio.ini)"
#endif

#ifndef OTA_SIGNING_PUBKEY_PATH
#define OTA_SIGNING_PUBKEY_PATH "/spiffs/ota_pub.pem"
#endif
""")

add("swift/decoy-keychain", "DriverApp/Sources/Auth/SessionStore.swift", "Apple docs: Keychain Services (SecItemCopyMatching) for session tokens", """
import Foundation
import Security

/// Keeps the driver's session token in the Keychain, never in UserDefaults or the bundle.
enum SessionStore {
    private static let service = "uk.co.abbeycars.driver.session"

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
                                    kSecReturnData as String: true,
                                    kSecMatchLimit as String: kSecMatchLimitOne]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

# ---- DECOYS-C ----

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-dispatch.yml", "GitHub Actions docs: the secrets context (${{ secrets.NAME }})", """
name: Deploy dispatch

on:
  push:
    branches: [main]

concurrency: deploy-prod

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/github-deploy-dispatch
          aws-region: eu-west-2
      - name: Log in to registry
        uses: docker/login-action@v3
        with:
          registry: registry.citylinecabs.co.uk
          username: ${{ vars.REGISTRY_USER }}
          password: ${{ secrets.REGISTRY_PASSWORD }}
      - name: Deploy
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
          SLACK_WEBHOOK: ${{ secrets.OPS_SLACK_WEBHOOK }}
        run: ./deploy/deploy.sh "${GITHUB_SHA::7}"
""")

add("gitlab-ci/decoy-ci-variable", "infra/.gitlab-ci.yml", "GitLab CI docs: predefined variables ($CI_REGISTRY_PASSWORD, $CI_JOB_TOKEN) and masked variables", """
stages: [build, deploy]

build-image:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"

deploy-prod:
  stage: deploy
  image: alpine:3.19
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
  before_script:
    - apk add --no-cache openssh-client
    - eval "$(ssh-agent -s)"
    - echo "$DEPLOY_KEY" | tr -d '\\r' | ssh-add -
  script:
    - ssh deploy@disp-01.kingsway.internal "sudo /opt/dispatch/deploy.sh $CI_COMMIT_SHORT_SHA"
""")

add("terraform/decoy-random-password", "infra/db/main.tf", "Terraform random provider: random_password stored in AWS Secrets Manager", """
resource "random_password" "dispatch_db" {
  length           = 32
  special          = true
  override_special = "_-"
}

resource "aws_db_instance" "dispatch" {
  identifier              = "dispatch-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "dispatch_admin"
  password                = random_password.dispatch_db.result
  backup_retention_period = 14
  deletion_protection     = true
  skip_final_snapshot     = false
}

resource "aws_secretsmanager_secret" "dispatch_db" {
  name = "prod/dispatch/db"
}

resource "aws_secretsmanager_secret_version" "dispatch_db" {
  secret_id = aws_secretsmanager_secret.dispatch_db.id
  secret_string = jsonencode({
    username = aws_db_instance.dispatch.username
    password = random_password.dispatch_db.result
    host     = aws_db_instance.dispatch.address
  })
}
""")

add("terraform/decoy-variable-reference", "infra/dns/variables.tf", "Terraform docs: sensitive input variables (no default; set by TF_VAR_ in CI)", """
variable "cloudflare_api_token" {
  description = "Scoped token (Zone.DNS edit on abbeycars.co.uk). Set TF_VAR_cloudflare_api_token in CI."
  type        = string
  sensitive   = true
}

variable "zone_name" {
  type    = string
  default = "abbeycars.co.uk"
}

variable "booking_origin" {
  type    = string
  default = "abbey-booking.azurewebsites.net"
}
""")

_vault_hex = "\n".join("          " + hexs(80) for _ in range(5))
add("ansible/decoy-ansible-vault", "ansible/group_vars/payments/vault.yml", "Ansible docs: encrypted variables (!vault | $ANSIBLE_VAULT;1.1;AES256)", """
---
vault_stripe_secret_key: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@v1@@
vault_payments_db_password: !vault |
          $ANSIBLE_VAULT;1.1;AES256
@@v2@@
""", v1=_vault_hex, v2="\n".join("          " + hexs(80) for _ in range(4)))

def _sops(n: int) -> str:
    return f"ENC[AES256_GCM,data:{b64bytes(n)},iv:{b64bytes(32)},tag:{b64bytes(16)},type:str]"


add("yaml/decoy-sops-encrypted", "secrets/prod/telephony.enc.yaml", "SOPS docs: encrypted YAML values (ENC[AES256_GCM,...]) with age recipients", """
twilio_auth_token: @@a@@
asterisk_ami_secret: @@b@@
sip_trunk_password: @@c@@
sops:
    kms: []
    gcp_kms: []
    azure_kv: []
    hc_vault: []
    age:
        - recipient: age1@@rcpt@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
@@agebody@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-03-01T10:12:44Z"
    mac: @@mac@@
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", a=_sops(32), b=_sops(20), c=_sops(16), rcpt=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
    agebody="\n".join("            " + draw(64, B64CHARS) for _ in range(4)), mac=_sops(32))

add("k8s/decoy-sealed-secret", "k8s/prod/notify-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData (only the controller can decrypt)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: notify-sendgrid
  namespace: notify
spec:
  encryptedData:
    SENDGRID_API_KEY: AgB@@e1@@
    TWILIO_AUTH_TOKEN: AgB@@e2@@
  template:
    metadata:
      name: notify-sendgrid
      namespace: notify
    type: Opaque
""", e1=draw(690, B64CHARS) + "==", e2=draw(690, B64CHARS) + "==")

add("yaml/decoy-external-secret", "k8s/prod/dispatch-externalsecret.yaml", "External Secrets Operator docs: ExternalSecret with remoteRef keys", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: dispatch-credentials
  namespace: dispatch
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: dispatch-credentials
    creationPolicy: Owner
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/dispatch/db
        property: password
    - secretKey: AUTOCAB_SUBSCRIPTION_KEY
      remoteRef:
        key: prod/dispatch/autocab
        property: subscription_key
    - secretKey: SAMSARA_API_TOKEN
      remoteRef:
        key: prod/fleet/samsara
        property: token
""")

add("json/decoy-keyvault-reference", "Kingsway.Payments.Api/appsettings.Production.json", "Azure App Service docs: Key Vault references (@Microsoft.KeyVault(SecretUri=...))", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Adyen": {
    "Environment": "LIVE",
    "MerchantAccount": "KingswayTaxisCardiffECOM",
    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv-kingsway-prod.vault.azure.net/secrets/adyen-api-key/)",
    "HmacKey": "@Microsoft.KeyVault(VaultName=kv-kingsway-prod;SecretName=adyen-hmac-key)"
  },
  "ConnectionStrings": {
    "Bookings": "@Microsoft.KeyVault(SecretUri=https://kv-kingsway-prod.vault.azure.net/secrets/bookings-sql/)"
  },
  "AllowedHosts": "*"
}
""")

add("yaml/decoy-vault-agent-template", "vault-agent/meter-gateway.hcl.tpl.yaml", "HashiCorp Vault Agent docs: templates ({{ with secret }}) rendering secrets at runtime", """
# Rendered by vault-agent on the meter gateway hosts into /run/meter-gateway/config.yaml
redis:
  url: "redis://:{{ with secret "kv/data/meters/redis" }}{{ .Data.data.password }}{{ end }}@redis-meter.kingsway.internal:6379/2"
mq:
  host: b-4e1f.mq.eu-west-2.amazonaws.com
  username: meter-gateway
  password: "{{ with secret "kv/data/meters/mq" }}{{ .Data.data.password }}{{ end }}"
tls:
  cert: /run/meter-gateway/tls.crt
  key: /run/meter-gateway/tls.key
""")

add("powershell/decoy-credential-prompt", "scripts/New-OperatorAccount.ps1", "PowerShell docs: Get-Credential / Read-Host -AsSecureString and SecretManagement Get-Secret", """
param(
    [Parameter(Mandatory)] [string]$FirstName,
    [Parameter(Mandatory)] [string]$LastName,
    [string]$OU = 'OU=Operators,OU=Staff,DC=bluestar,DC=local'
)

# Admin credential from the SecretManagement vault; the new user's first password is typed in.
$admin = Get-Secret -Name 'AD-Provisioning' -Vault 'BlueStarOps'
$initial = Read-Host -AsSecureString -Prompt "First-login password for $FirstName"

$sam = ($FirstName.Substring(0,1) + $LastName).ToLower()
New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam -Path $OU `
    -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true -Credential $admin
Add-ADGroupMember -Identity 'Control Room' -Members $sam -Credential $admin
Write-Host "Created $sam - remind them to enrol MFA on first login."
""")

add("powershell/decoy-dpapi-secure-string", "scripts/Connect-Backup.ps1", "PowerShell docs: ConvertFrom-SecureString (DPAPI, only the same user on the same machine can decrypt)", """
# The NAS password is stored DPAPI-encrypted for the svc-backup account on BACKUP01 only.
# Re-create with: Read-Host -AsSecureString | ConvertFrom-SecureString | Set-Content nas.cred
$encrypted = '@@dpapi@@'
$secure = ConvertTo-SecureString $encrypted
$cred = New-Object System.Management.Automation.PSCredential('HARBOURSIDE\\svc-backup', $secure)

New-PSDrive -Name B -PSProvider FileSystem -Root '\\\\nas01\\backups' -Credential $cred | Out-Null
robocopy D:\\CordicDumps B:\\cordic /MIR /R:2 /W:10 /LOG+:D:\\Logs\\robocopy.log
Remove-PSDrive B
""", dpapi="01000000d08c9ddf0115d1118c7a00c04fc297eb01000000" + hexs(420))

add("shell/decoy-env-reference", "scripts/stripe_payout_report.sh", "Shell: credentials read from the environment or prompted (read -s)", """
#!/usr/bin/env bash
# Weekly payout report for the accountant. Needs STRIPE_API_KEY in the environment
# (restricted key, "reports read"), e.g. via: op run --env-file=reports.env -- ./stripe_payout_report.sh
set -euo pipefail

: "${STRIPE_API_KEY:?export STRIPE_API_KEY first}"
SINCE=$(date -d 'last monday -7 days' +%s)

if [ -z "${SFTP_PASSWORD:-}" ]; then
  read -r -s -p "Accountant SFTP password: " SFTP_PASSWORD; echo
fi

curl -sS -G https://api.stripe.com/v1/payouts \\
  -u "${STRIPE_API_KEY}:" \\
  -d "created[gte]=${SINCE}" -d limit=100 \\
  | jq -r '.data[] | [.id, .arrival_date, .amount/100, .status] | @csv' > payouts.csv

sshpass -e sftp -oBatchMode=no accounts@sftp.accountants.example.co.uk <<< "put payouts.csv" 
""")

add("python/decoy-encrypted-token", "accounts/customer_cards.py", "cryptography docs: Fernet tokens (ciphertext) with the key from the environment", '''
"""Corporate customers' stored references, encrypted at rest with Fernet."""
import os

from cryptography.fernet import Fernet

_fernet = Fernet(os.environ["ACCOUNTS_FERNET_KEY"])

# Example record as stored in accounts.customer_refs (ciphertext only; decrypt needs the env key)
EXAMPLE_ROW = {
    "account_no": "ACC-01172",
    "purchase_order_enc": "@@tok@@",
}


def encrypt(value: str) -> str:
    return _fernet.encrypt(value.encode()).decode()


def decrypt(token: str) -> str:
    return _fernet.decrypt(token.encode(), ttl=None).decode()
''', tok="gAAAAAB" + draw(93, URLSAFE) + "==")

add("sql/decoy-encrypted-column", "db/migrations/0042_encrypt_customer_phone.sql", "PostgreSQL pgcrypto: pgp_sym_encrypt with a key from a runtime setting", """
-- 0042: encrypt customer phone numbers at rest (key provided per session by the app:
--        SET app.pii_key = ... from the secret store; never stored in the database)
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

ALTER TABLE crm.customers ADD COLUMN phone_enc bytea;

UPDATE crm.customers
   SET phone_enc = pgp_sym_encrypt(phone, current_setting('app.pii_key'), 'cipher-algo=aes256')
 WHERE phone IS NOT NULL;

ALTER TABLE crm.customers DROP COLUMN phone;

CREATE OR REPLACE VIEW crm.customers_clear AS
SELECT id, name, pgp_sym_decrypt(phone_enc, current_setting('app.pii_key')) AS phone
  FROM crm.customers;

-- sanity: one encrypted value as it looks after the update
-- \\x@@enc@@
COMMIT;
""", enc="c30d04090302" + hexs(90))

add("xml/decoy-env-reference", "ci/maven-settings.xml", "Maven docs: settings.xml with ${env.VAR} server credentials", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.2.0 https://maven.apache.org/xsd/settings-1.2.0.xsd">
  <servers>
    <server>
      <id>giralda-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>giralda-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.teletaxigiralda.es/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""")

add("markdown/decoy-key-fingerprint", "runbooks/ssh-host-keys.md", "OpenSSH docs: host key fingerprints (SHA256:...) for first-connection verification", """
# SSH host key fingerprints

Check these the first time you connect to a server (or after a rebuild). If the fingerprint
shown by `ssh` does not match, **stop** and ask in #ops.

| Host     | Key type | Fingerprint                                           |
|----------|----------|-------------------------------------------------------|
| disp-01  | ED25519  | `SHA256:@@f1@@` |
| disp-02  | ED25519  | `SHA256:@@f2@@` |
| pay-01   | ED25519  | `SHA256:@@f3@@` |
| backup01 | RSA 3072 | `SHA256:@@f4@@` |

To print a server's fingerprint on the server itself:

    ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub

GPG key used to sign release tags: `@@gpg@@`
""", f1=draw(43, B64CHARS), f2=draw(43, B64CHARS), f3=draw(43, B64CHARS), f4=draw(43, B64CHARS), gpg=uphex(40))

add("markdown/decoy-handover-no-secrets", "it-handover/leaver-checklist-2024-05.md", "IT handover note with asset tags and serial numbers; credentials referenced, not written", """
# Leaver checklist - Dave (IT), last day 31 May

## Accounts

- [x] Microsoft 365: account converted to shared mailbox, licence removed.
- [x] Autocab: user `dave.it` disabled (Admin → Users).
- [x] 3CX: extension 250 deleted, voicemail exported to the NAS.
- [x] Passwords Dave knew **rotated** on 31 May: NAS admin, FortiGate admin, Wi-Fi (office + fleet),
      Sage SQL `reporting_ro`, Stripe dashboard. New values are in Bitwarden only.
- [ ] GitHub: remove from `abbey-cars` org after the last PR is merged.

## Equipment returned

| Item                 | Asset tag | Serial           |
|----------------------|-----------|------------------|
| ThinkPad T14 Gen 3   | AC-0412   | PF3KXQ7Z         |
| iPhone 13 (on-call)  | AC-0388   | F2LQX0N4P6M1     |
| YubiKey 5C NFC       | AC-0431   | 23817664         |
| Comms cupboard key   | -         | key #3 of 4      |

## Knowledge handed over

- Call centre: see `it-handover/call-centre.md` (trunk details now in Bitwarden, not in the note).
- Office IT: `it-handover/office-it.md`.
""")

add("yaml/decoy-password-policy", "config/security-policy.yml", "Password and token policy settings (lengths, lifetimes), no credentials", """
# Security policy for the driver portal and back office (Northgate PH)
passwords:
  min_length: 12
  require_mfa_for_roles: [admin, finance, dispatcher]
  max_age_days: 0
  history: 5
  lockout:
    attempts: 8
    minutes: 15
  password_reset_token_ttl_minutes: 30
  password_reset_url: https://drivers.northgate-ph.co.uk/reset

driver_pin:
  digits: 4
  max_attempts: 5

tokens:
  driver_session_hours: 12
  api_key_prefix: ngph_
  api_key_length: 40
  rotate_signing_key_days: 90
""")

add("json/decoy-openapi", "api/openapi.json", "OpenAPI 3 security schemes with example placeholder values", """
{
  "openapi": "3.0.3",
  "info": { "title": "CityLine account bookings API", "version": "1.4.0" },
  "servers": [{ "url": "https://api.citylinecabs.co.uk/accounts/v1" }],
  "components": {
    "securitySchemes": {
      "apiKey": { "type": "apiKey", "in": "header", "name": "X-Api-Key",
                  "description": "Issued per corporate account. Example: `X-Api-Key: YOUR_ACCOUNT_API_KEY`" },
      "oauth": { "type": "oauth2", "flows": { "clientCredentials": {
                  "tokenUrl": "https://auth.citylinecabs.co.uk/oauth/token", "scopes": { "bookings:write": "create bookings" } } } }
    }
  },
  "security": [{ "apiKey": [] }],
  "paths": {
    "/bookings": {
      "post": {
        "summary": "Create a booking on the account",
        "parameters": [{ "name": "X-Api-Key", "in": "header", "required": true,
                         "schema": { "type": "string" }, "example": "<your-api-key>" }],
        "responses": { "201": { "description": "Booking created" } }
      }
    }
  }
}
""")

add("python/decoy-sentry-dsn", "booking_site/sentry.py", "Sentry docs: the DSN holds only a public key and is safe to expose", '''
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

sentry_sdk.init(
    dsn="https://@@pub@@@o@@org@@.ingest.sentry.io/@@proj@@",
    integrations=[DjangoIntegration()],
    environment="production",
    release="booking-site@4.12.0",
    traces_sample_rate=0.05,
    send_default_pii=False,
)
''', pub=hexs(32), org=digits(7), proj=digits(7))

add("html/decoy-recaptcha-site-key", "booking-site/templates/book.html", "Google reCAPTCHA docs: the site key is embedded in the page (the secret key stays server-side)", """
{% extends "base.html" %}
{% block content %}
<h1>Book a car</h1>
<form method="post" action="{% url 'book' %}" id="book-form">
  {% csrf_token %}
  <label>Pickup <input name="pickup" required autocomplete="street-address"></label>
  <label>Destination <input name="destination" required></label>
  <label>When <input type="datetime-local" name="when" required></label>
  <label>Mobile <input type="tel" name="mobile" required></label>
  <button class="g-recaptcha"
          data-sitekey="@@sitekey@@"
          data-callback="onSubmit"
          data-action="book">Book now</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
<script>
  function onSubmit(token) { document.getElementById("book-form").submit(); }
</script>
{% endblock %}
""", sitekey="6Lc" + draw(37, URLSAFE))

add("json/decoy-oauth-client-id", "staff-portal/src/auth/google-signin.json", "Google Identity Services docs: the OAuth client ID is public (used in the browser)", """
{
  "clientId": "@@cid@@.apps.googleusercontent.com",
  "hostedDomain": "teletaxigiralda.es",
  "uxMode": "redirect",
  "loginUri": "https://personal.teletaxigiralda.es/auth/google/callback",
  "autoSelect": false,
  "scopes": ["openid", "email", "profile"]
}
""", cid=digits(12) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("log/decoy-git-sha-digest", "logs/deploy-2024-03-11.log", "Deploy log with git commit SHAs and container image digests (sha256)", """
2024-03-11T21:02:10Z deploy start env=prod service=dispatch-api by=github-actions run=8241177302
2024-03-11T21:02:11Z git checkout @@c1@@ (main)
2024-03-11T21:02:11Z previous release @@c2@@
2024-03-11T21:04:37Z image pushed registry.citylinecabs.co.uk/dispatch/api:5.12.0
2024-03-11T21:04:37Z digest sha256:@@d1@@
2024-03-11T21:04:52Z helm upgrade dispatch ./chart -f values-prod.yaml --set image.digest=sha256:@@d1@@
2024-03-11T21:06:03Z rollout complete 3/3 pods ready
2024-03-11T21:06:04Z smoke test /healthz ok, /v1/zones ok (142 zones)
2024-03-11T21:06:04Z deploy done in 234s
""", c1=hexs(40), c2=hexs(40), d1=hexs(64))

add("toml/decoy-env-reference", "fleet-ingest/config.example.toml", "Config naming environment variables that hold the credentials (*_env keys)", """
# fleet-ingest example config: credentials are read from the variables named here
[server]
listen = "0.0.0.0:5027"
codec = "teltonika-codec8e"

[kafka]
brokers = ["kafka-1.example.internal:9093"]
topic_positions = "fleet.positions.v2"
security_protocol = "SASL_SSL"
sasl_mechanism = "SCRAM-SHA-512"
sasl_username = "fleet-ingest"
sasl_password_env = "FLEET_INGEST_KAFKA_PASSWORD"

[traccar]
url = "https://gps.example.internal/api"
token_env = "TRACCAR_TOKEN"
""")

add("notebook/decoy-hashed-ids", "analysis/driver_acceptance_rates.ipynb", "Pseudonymised (salted SHA-256) driver ids in an analysis notebook", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Job offer acceptance by driver (pseudonymised)\\n", "Driver ids are salted hashes; the salt is in the HR system, not here."]
  },
  {
   "cell_type": "code",
   "execution_count": 5,
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "driver_hash\\n",
       "@@h1@@    0.94\\n",
       "@@h2@@    0.91\\n",
       "@@h3@@    0.73\\n",
       "Name: accepted, dtype: float64"
      ]
     },
     "execution_count": 5,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": ["offers.groupby('driver_hash').accepted.mean().sort_values(ascending=False).head(3)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("markdown/decoy-example-commands", "runbooks/check-mqtt-broker.md", "Mosquitto docs: mosquitto_sub -u/-P with the password taken from the environment", """
# Runbook: in-car terminals not reporting meter state

**Symptom:** cars show "meter unknown" on the dispatch map; drivers say the app works.

1. Load the broker credentials into your shell (never type them on the command line):

   ```bash
   export MQTT_PASS="$(op read 'op://Meters/mqtt-monitoring/password')"
   ```

2. Watch the meter topics for a minute:

   ```bash
   mosquitto_sub -h mqtt.northgate-ph.co.uk -p 8883 --capath /etc/ssl/certs \\
     -u monitoring -P "$MQTT_PASS" -t 'meter/+/state' -v | head -50
   ```

3. No messages at all → the broker or its certificate; check `systemctl status mosquitto` on mq-01.
4. Messages from some cars only → those terminals; ask the drivers to restart the terminal app.
5. `unset MQTT_PASS` when done.
""")

add("markdown/decoy-rotation-procedure", "runbooks/rotate-payment-keys.md", "Runbook for rotating API keys, referencing secret-manager paths only", """
# Rotating payment provider keys

Do this every 6 months, when someone with dashboard access leaves, or if a key might have leaked.

## Stripe

1. Dashboard → Developers → API keys → *Roll key* on the secret key, expiry **1 hour**.
2. Store the new key: `aws secretsmanager put-secret-value --secret-id prod/payments/stripe --secret-string file://new.json`
3. Restart payments-svc: `kubectl -n payments rollout restart deploy/payments-svc`
4. Check a test booking charges and refunds; then delete `new.json` (`shred -u new.json`).

## Webhook signing secrets

Roll the secret on the endpoint, update `prod/payments/stripe-webhook`, restart. Stripe signs with
both the old and the new secret for the overlap you choose.

## SumUp / Square

Same pattern: create the new key, store under `prod/payments/<provider>`, restart, revoke the old one.

## After

- Note the date in the *Key rotation log* sheet.
- If the rotation was because of a leak, open an incident ticket and check the provider's logs
  for use of the old key.
""")

add("markdown/decoy-tariff-table", "docs/tariffs-2024.md", "Hackney carriage tariff table with tariff file checksums", """
# Hackney carriage tariffs 2024 (Cardiff)

Approved by the council on 12 December, in force from 1 January. The meters were reloaded
by the meter agent between 27 and 31 December; the file checksum must match on every car.

| Tariff | When                                   | Flag fall | Per mile | Waiting / hour |
|--------|----------------------------------------|-----------|----------|----------------|
| 1      | Mon-Sat 06:00-22:00                    | £3.20     | £2.40    | £24.00         |
| 2      | Nights 22:00-06:00, Sundays, bank hols | £4.00     | £3.00    | £28.00         |
| 3      | 24-26 Dec, 31 Dec 20:00-1 Jan 06:00    | £5.20     | £3.60    | £36.00         |

Extras: each additional passenger over 4: £0.50. Soiling charge: up to £100.

Meter file: `CDF-HC-2024.tar` - SHA-256 `@@h1@@`
Previous file (2023): `CDF-HC-2023.tar` - SHA-256 `@@h2@@`

To check a car: Menu → Info → Tariff → "CRC" must show `@@crc@@`.
""", h1=hexs(64), h2=hexs(64), crc=uphex(8))

add("text/decoy-shift-notes", "notes/night-shift-handover.txt", "Control room shift handover note (booking refs, callsigns, ticket numbers)", """
NIGHT SHIFT HANDOVER - Sat 9 Mar -> Sun 10 Mar (Harbourside control room)

- Busy from 23:30 to 02:15 (Harbourside venues out). 41 jobs waiting at peak.
- Airport feeder rank closed 01:00-04:00 for resurfacing, drivers sent to rank B.
- R114 panic button test at 03:10, false alarm (driver confirmed by phone).
- Card terminal A77-0102 declining everything: swapped for spare A77-0117, ticket INC-20931.
- Lost property: black rucksack in car H221, logged as LP-2024-0311, at the office.
- Complaint from account ACC-01172 about a late pickup (booking HST-773120), passed to day manager.
- Cordic bridge restarted at 02:14 after a DB timeout, fine since (see logs).

Nothing outstanding for days except INC-20931 and the complaint.
""")
