"""Blind set JI: safari lodges and wildlife tour operators in East Africa.

Booking engines and channel managers, mobile money (M-Pesa Daraja, Pesapal, Flutterwave, Paystack,
DPO), SMS and WhatsApp guest messaging, lodge Wi-Fi and satellite links, collar and ranger tracking,
fleet apps, CI and infrastructure, with notes and comments partly in Swahili, and their decoys.
Generated fakes only (seeds 4500000-4509999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4500000, 4509999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Simba", "Tembo", "Twiga", "Chui", "Kifaru", "Nyati", "Duma", "Pundamilia", "Mamba", "Kiboko",
         "Serengeti", "Mara", "Tsavo", "Amboseli", "Ngorongoro", "Samburu", "Ruaha", "Selous"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rpw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def upper_hex(n: int) -> str:
    return fakes.drawn(_seed(), n, "0123456789ABCDEF")


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def dpo_token() -> str:
    return fakes.uuid4(_seed()).upper()


def paystack(kind: str = "sk_live_") -> str:
    return kind + hexs(40)


def flutterwave(kind: str = "FLWSECK-") -> str:
    return kind + hexs(32) + "-X"


def daraja_key() -> str:
    return fakes.drawn_mixed(_seed(), 48)


def daraja_secret() -> str:
    return fakes.drawn_mixed(_seed(), 64)


def pesapal_key() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def pesapal_secret() -> str:
    return fakes.drawn(_seed(), 27, ALNUM + "+/") + "="


def at_key() -> str:
    return "atsk_" + hexs(64)


def mapbox(kind: str = "sk") -> str:
    payload = b64url(json.dumps({"u": "kilimanjarotrails", "a": fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits)}, separators=(",", ":")))
    return f"{kind}.{payload}." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24 if kind.startswith("pk") else 99, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def whatsapp_token() -> str:
    return "EAA" + fakes.drawn_mixed(_seed(), 190)


def azure_storage_key() -> str:
    return fakes.drawn(_seed(), 86, ALNUM + "+/") + "=="


def sha256ish() -> str:
    return hexs(64)


def telegram() -> str:
    return fakes.telegram_token(_seed())


def github() -> str:
    return fakes.github_token(_seed())


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def indent(text: str, n: int) -> str:
    return "\n".join(" " * n + line for line in text.splitlines())


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
    CASES.append(LabelledCase(f"blind-ji/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- mobile money: M-Pesa Daraja

add("env/mpesa-consumer-secret", "mara-booking/.env", "Safaricom Daraja docs: consumer key and secret", """
# Mara Ridge Camp - booking API
DJANGO_SETTINGS_MODULE=booking.settings.production
MPESA_ENV=production
MPESA_SHORTCODE=4087215
MPESA_CONSUMER_KEY=@@key@@
MPESA_CONSUMER_SECRET=@@secret@@
MPESA_CALLBACK_URL=https://book.mararidgecamp.co.ke/api/mpesa/callback/
# usiweke hii kwenye git! (do not commit)
""", secret=daraja_secret(), key=daraja_key())

add("python/mpesa-passkey", "tembo_payments/mpesa/stk.py", "Safaricom Daraja docs: Lipa Na M-Pesa Online passkey", """
import base64
from datetime import datetime

import requests

SHORTCODE = "4087215"
# Passkey tuliyopewa na Safaricom baada ya go-live
PASSKEY = "@@secret@@"


def stk_password(ts: str) -> str:
    return base64.b64encode((SHORTCODE + PASSKEY + ts).encode()).decode()


def push(token: str, phone: str, amount: int, ref: str) -> dict:
    ts = datetime.now().strftime("%Y%m%d%H%M%S")
    body = {
        "BusinessShortCode": SHORTCODE,
        "Password": stk_password(ts),
        "Timestamp": ts,
        "TransactionType": "CustomerPayBillOnline",
        "Amount": amount,
        "PartyA": phone,
        "PartyB": SHORTCODE,
        "PhoneNumber": phone,
        "CallBackURL": "https://api.tembotours.co.ke/mpesa/cb",
        "AccountReference": ref,
        "TransactionDesc": "Safari deposit",
    }
    r = requests.post("https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest",
                      json=body, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    return r.json()
""", secret=hexs(64))

add("shell/mpesa-basic-credential", "scripts/mpesa_token.sh", "Safaricom Daraja docs: OAuth generate token with Basic auth", """
#!/usr/bin/env bash
# Pata access token ya Daraja (production) - inatumika na cron ya reconciliation
set -euo pipefail
curl -s -X GET "https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials" \\
  -H "Authorization: Basic @@secret@@" \\
  | jq -r .access_token > /var/run/lodge/mpesa_token
""", secret=b64(daraja_key() + ":" + daraja_secret()))

add("typescript/mpesa-consumer-secret", "src/payments/daraja.config.ts", "Safaricom Daraja docs: consumer key and secret", """
// Config ya Daraja kwa app ya wageni (guest app backend)
export const daraja = {
  env: 'production' as const,
  shortCode: '5523017',
  consumerKey: '@@key@@',
  consumerSecret: '@@secret@@',
  callbackUrl: 'https://guest.serengetiplains.co.tz/api/mpesa/callback',
};
""", secret=daraja_secret(), key=daraja_key())

add("yaml/decoy-env-reference", "config/mpesa.sandbox.yml", "Safaricom Daraja docs: sandbox configuration", """
# Sandbox tu - values halisi ziko kwenye Vault (secret/lodge/mpesa)
mpesa:
  environment: sandbox
  shortcode: 174379
  consumer_key: ${MPESA_CONSUMER_KEY}
  consumer_secret: ${MPESA_CONSUMER_SECRET}
  passkey: ${MPESA_PASSKEY}
  callback_url: https://staging.mararidgecamp.co.ke/api/mpesa/callback/
""")

add("json/decoy-mpesa-receipt", "fixtures/mpesa_callback_success.json", "Safaricom Daraja docs: STK callback payload", """
{
  "Body": {
    "stkCallback": {
      "MerchantRequestID": "29115-34620561-1",
      "CheckoutRequestID": "ws_CO_191220191020363925",
      "ResultCode": 0,
      "ResultDesc": "The service request is processed successfully.",
      "CallbackMetadata": {
        "Item": [
          {"Name": "Amount", "Value": 15000.00},
          {"Name": "MpesaReceiptNumber", "Value": "SGL7X2KQ9P"},
          {"Name": "TransactionDate", "Value": 20240611102115},
          {"Name": "PhoneNumber", "Value": 254708374149}
        ]
      }
    }
  }
}
""")

add("php/mpesa-consumer-secret", "app/Services/MpesaService.php", "Safaricom Daraja docs: OAuth with consumer key and secret (Basic auth)", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class MpesaService
{
    private string $consumerKey = '@@key@@';
    private string $consumerSecret = '@@secret@@';
    private string $initiator = 'tsavoapi';

    public function token(): string
    {
        $res = Http::withBasicAuth($this->consumerKey, $this->consumerSecret)
            ->get('https://api.safaricom.co.ke/oauth/v1/generate?grant_type=client_credentials');
        return $res->json('access_token');
    }

    // Malipo kwa madereva (B2C) - driver allowances
    public function payDriver(string $phone, int $amount): array
    {
        return Http::withToken($this->token())
            ->post('https://api.safaricom.co.ke/mpesa/b2c/v3/paymentrequest', [
                'InitiatorName' => $this->initiator,
                'CommandID' => 'BusinessPayment',
                'Amount' => $amount,
                'PartyA' => '3029114',
                'PartyB' => $phone,
            ])->json();
    }
}
""", secret=daraja_secret(), key=daraja_key())

add("csv/decoy-mpesa-statement", "exports/mpesa_statement_2024-06.csv", "Safaricom M-PESA org portal statement export", """
Receipt No.,Completion Time,Details,Transaction Status,Paid In,Withdrawn,Balance
SGB4K1T7ZQ,2024-06-01 08:14:22,Pay Bill from 2547***149 - J MWANGI Acc. MRC-2291,Completed,45000.00,,1204550.00
SGC2P8R1LM,2024-06-01 11:02:09,Pay Bill from 2547***612 - A OTIENO Acc. MRC-2294,Completed,30000.00,,1234550.00
SGD9Y3W6HX,2024-06-02 09:45:51,Business Payment to 2547***088 - DRIVER ALLOWANCE,Completed,,2500.00,1232050.00
SGE1N5V4JA,2024-06-02 16:30:12,Pay Bill from 2557***301 - K HASSAN Acc. MRC-2301,Completed,120000.00,,1352050.00
SGF6Q0U2CT,2024-06-03 07:12:40,Withdrawal Charge,Completed,,33.00,1352017.00
""")

# ---------------------------------------------------------------- card and regional gateways

add("python/pesapal-consumer-secret", "lodge_pay/pesapal_client.py", "Pesapal API 3.0 docs: RequestToken with consumer_key and consumer_secret", """
import requests

PESAPAL_URL = "https://pay.pesapal.com/v3/api"


class PesapalClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update({"Accept": "application/json"})

    def token(self) -> str:
        resp = self.session.post(f"{PESAPAL_URL}/Auth/RequestToken", json={
            "consumer_key": "@@key@@",
            "consumer_secret": "@@secret@@",
        }, timeout=20)
        resp.raise_for_status()
        return resp.json()["token"]
""", secret=pesapal_secret(), key=pesapal_key())

add("ini/pesapal-consumer-secret", "config/pesapal.ini", "Pesapal API 3.0 docs: consumer key and secret", """
; Ngorongoro Rim Lodge - Pesapal v3 (live)
[pesapal]
environment = live
consumer_key = @@key@@
consumer_secret = @@secret@@
ipn_url = https://reservations.ngorongororim.co.tz/pesapal/ipn
notification_type = POST
""", secret=pesapal_secret(), key=pesapal_key())

add("markdown/decoy-placeholder", "docs/payments/pesapal-setup.md", "Pesapal API 3.0 docs: demo credentials placeholder", """
# Pesapal setup (Kiswahili/English)

1. Ingia kwenye dashboard ya Pesapal -> *API Keys*.
2. Copy the consumer key and secret into 1Password, vault **Lodge Payments**, item `pesapal-live`.
3. Set them in the server environment:

```bash
export PESAPAL_CONSUMER_KEY="<consumer-key-from-1password>"
export PESAPAL_CONSUMER_SECRET="<consumer-secret-from-1password>"
```

4. Register the IPN URL once: `python manage.py pesapal_register_ipn`.

> Usitume funguo hizi kwa WhatsApp au email. Never share these keys on WhatsApp or email.
""")

add("javascript/flutterwave-secret-key", "server/routes/flutterwave.js", "Flutterwave docs: secret key FLWSECK- prefix", """
const express = require('express');
const Flutterwave = require('flutterwave-node-v3');

const router = express.Router();
const flw = new Flutterwave('@@pub@@', '@@secret@@');

// Malipo ya kadi kwa safari za Tsavo (card payments for Tsavo packages)
router.post('/verify/:id', async (req, res) => {
  const result = await flw.Transaction.verify({ id: req.params.id });
  if (result.data.status === 'successful') {
    return res.json({ ok: true, ref: result.data.tx_ref });
  }
  res.status(402).json({ ok: false });
});

module.exports = router;
""", secret=flutterwave("FLWSECK-"), pub=flutterwave("FLWPUBK-"))

add("html/decoy-publishable-key", "public/checkout/deposit.html", "Flutterwave Inline docs: public key in checkout", """
<!DOCTYPE html>
<html lang="sw">
<head><meta charset="utf-8"><title>Lipa amana - Pay deposit</title>
<script src="https://checkout.flutterwave.com/v3.js"></script></head>
<body>
<button id="pay">Lipa sasa / Pay now</button>
<script>
document.getElementById('pay').onclick = function () {
  FlutterwaveCheckout({
    public_key: '@@pub@@',
    tx_ref: 'AMB-' + Date.now(),
    amount: 350,
    currency: 'USD',
    customer: { email: document.body.dataset.email },
    customizations: { title: 'Amboseli Acacia Camp', logo: '/img/logo.png' }
  });
};
</script>
</body>
</html>
""", pub=flutterwave("FLWPUBK-"))

add("env/flutterwave-secret-key", "tsavo-api/.env.production", "Flutterwave docs: secret key and encryption key", """
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://tsavo_app@db.internal:5432/tsavo
FLW_PUBLIC_KEY=@@pub@@
FLW_SECRET_KEY=@@secret@@
FLW_SECRET_HASH=${FLW_WEBHOOK_HASH}
""", secret=flutterwave("FLWSECK-"), pub=flutterwave("FLWPUBK-"))

add("ruby/paystack-secret-key", "app/services/paystack_charge.rb", "Paystack docs: secret key sk_live_", """
require 'net/http'
require 'json'

# Paystack kwa wageni kutoka Nigeria na Ghana
class PaystackCharge
  SECRET = 'sk_live_' \\
           '@@a@@' \\
           '@@b@@'

  def initialize(reference)
    @reference = reference
  end

  def verify
    uri = URI("https://api.paystack.co/transaction/verify/#{@reference}")
    req = Net::HTTP::Get.new(uri)
    req['Authorization'] = "Bearer #{SECRET}"
    res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
    JSON.parse(res.body)
  end
end
""", secret=(_ps := paystack()), a=_ps[8:28], b=_ps[28:])

add("typescript/decoy-publishable-key", "web/src/lib/paystack.ts", "Paystack Popup docs: public key pk_live_", """
import PaystackPop from '@paystack/inline-js';

// Public key - salama kwa browser (safe in the browser)
const PAYSTACK_PUBLIC_KEY = '@@pub@@';

export function payDeposit(email: string, amountKobo: number, ref: string) {
  const popup = new PaystackPop();
  popup.newTransaction({
    key: PAYSTACK_PUBLIC_KEY,
    email,
    amount: amountKobo,
    reference: ref,
    currency: 'KES',
  });
}
""", pub=paystack("pk_live_"))

add("go/dpo-company-token", "internal/dpo/client.go", "DPO Group API v6 docs: CompanyToken in createToken request", """
package dpo

import (
	"bytes"
	"fmt"
	"net/http"
)

const (
	endpoint     = "https://secure.3gdirectpay.com/API/v6/"
	companyToken = "@@secret@@"
	serviceType  = "5525"
)

// CreateToken - tengeneza token ya malipo kwa booking
func CreateToken(amount float64, ref string) (*http.Response, error) {
	body := fmt.Sprintf(`<?xml version="1.0" encoding="utf-8"?>
<API3G><CompanyToken>%s</CompanyToken><Request>createToken</Request>
<Transaction><PaymentAmount>%.2f</PaymentAmount><PaymentCurrency>USD</PaymentCurrency>
<CompanyRef>%s</CompanyRef></Transaction>
<Services><Service><ServiceType>%s</ServiceType><ServiceDescription>Safari</ServiceDescription>
<ServiceDate>2024/07/01 10:00</ServiceDate></Service></Services></API3G>`, companyToken, amount, ref, serviceType)
	return http.Post(endpoint, "application/xml", bytes.NewBufferString(body))
}
""", secret=dpo_token())

add("xml/decoy-env-reference", "config/dpo-request-sample.xml", "DPO Group API v6 docs: createToken request sample", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Mfano tu / sample only: CompanyToken comes from DPO_COMPANY_TOKEN at runtime -->
<API3G>
  <CompanyToken>${DPO_COMPANY_TOKEN}</CompanyToken>
  <Request>createToken</Request>
  <Transaction>
    <PaymentAmount>450.00</PaymentAmount>
    <PaymentCurrency>USD</PaymentCurrency>
    <CompanyRef>SRN-000123</CompanyRef>
  </Transaction>
</API3G>
""")

add("csharp/stripe-secret-key", "Lodge.Billing/Payments/StripeSetup.cs", "Stripe docs: secret key sk_live_", """
using Stripe;

namespace Lodge.Billing.Payments
{
    public static class StripeSetup
    {
        // Agents from Europe pay by card through Stripe (USD/EUR)
        public static void Configure()
        {
            StripeConfiguration.ApiKey = "@@secret@@";
            StripeConfiguration.MaxNetworkRetries = 2;
        }
    }
}
""", secret=stripe_key())

add("kotlin/decoy-publishable-key", "app/src/main/java/tz/co/ruahatrails/pay/CheckoutConfig.kt", "Stripe Android docs: publishable key", """
package tz.co.ruahatrails.pay

import android.content.Context
import com.stripe.android.PaymentConfiguration

object CheckoutConfig {
    // Publishable key tu - hakuna siri hapa
    private const val STRIPE_PUBLISHABLE = "@@pub@@"

    fun init(context: Context) {
        PaymentConfiguration.init(context, STRIPE_PUBLISHABLE)
    }
}
""", pub=stripe_key("pk_live_"))

add("yaml/stripe-webhook-secret", "deploy/helm/booking/values-prod.yaml", "Stripe docs: webhook signing secret whsec_", """
replicaCount: 2
image:
  repository: registry.gitlab.com/samburu-sands/booking
  tag: "2.14.3"
env:
  DJANGO_ALLOWED_HOSTS: book.samburusands.com
  STRIPE_PUBLISHABLE_KEY: @@pub@@
  STRIPE_WEBHOOK_SECRET: @@secret@@
  CURRENCY_DEFAULT: USD
resources:
  limits:
    memory: 512Mi
""", secret="whsec_" + rpw(32), pub=stripe_key("pk_live_"))

add("python/decoy-test-fixture", "tests/test_payments_webhooks.py", "Stripe docs: constructing test webhook signatures", """
import hashlib
import hmac
import json
import time

import pytest

from booking.payments.webhooks import verify_stripe

# Test fixture: the secret below is generated per test run
TEST_SECRET = "whsec_test_" + "x" * 32


@pytest.fixture
def payload():
    return json.dumps({"id": "evt_test_webhook", "type": "checkout.session.completed"}).encode()


def test_signature_roundtrip(payload):
    ts = int(time.time())
    sig = hmac.new(TEST_SECRET.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    assert verify_stripe(payload, f"t={ts},v1={sig}", TEST_SECRET)
""")

# ---------------------------------------------------------------- guest messaging: SMS, WhatsApp, email

add("python/africastalking-api-key", "notify/sms.py", "Africa's Talking Python SDK docs: initialize(username, api_key)", """
import africastalking

# SMS kwa wageni: uthibitisho wa booking na muda wa pickup
africastalking.initialize(username="kibokoexpeditions", api_key="@@secret@@")
sms = africastalking.SMS


def send_pickup_notice(phone: str, name: str, time: str) -> None:
    sms.send(f"Jambo {name}, dereva wako atafika saa {time}. Karibu Kiboko Expeditions!",
             [phone], sender_id="KIBOKO")
""", secret=at_key())

add("php/africastalking-api-key", "includes/sms_gateway.php", "Africa's Talking PHP SDK docs: new AfricasTalking($username, $apiKey)", """
<?php
require 'vendor/autoload.php';

use AfricasTalking\\SDK\\AfricasTalking;

$username = 'tarangireview';
$apiKey   = '@@secret@@';

$AT  = new AfricasTalking($username, $apiKey);
$sms = $AT->sms();

function notify_guest($sms, $to, $msg) {
    return $sms->send(['to' => $to, 'message' => $msg, 'from' => 'TARANGIRE']);
}
""", secret=at_key())

add("yaml/decoy-vault-reference", "k8s/notify/externalsecret.yaml", "External Secrets Operator docs: ExternalSecret", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: notify-sms
  namespace: guest-comms
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: notify-sms
  data:
    - secretKey: AT_API_KEY
      remoteRef:
        key: lodges/guest-comms/africastalking
        property: api_key
    - secretKey: TWILIO_AUTH_TOKEN
      remoteRef:
        key: lodges/guest-comms/twilio
        property: auth_token
""")

add("java/twilio-auth-token", "src/main/java/com/maraskies/notify/WhatsAppSender.java", "Twilio Java docs: Twilio.init(ACCOUNT_SID, AUTH_TOKEN)", """
package com.maraskies.notify;

import com.twilio.Twilio;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;

public class WhatsAppSender {
    public static final String ACCOUNT_SID = "AC@@sid@@";
    public static final String AUTH_TOKEN = "@@secret@@";

    static {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }

    public static String send(String to, String body) {
        Message m = Message.creator(new PhoneNumber("whatsapp:" + to),
                new PhoneNumber("whatsapp:+14155238886"), body).create();
        return m.getSid();
    }
}
""", secret=hexs(32), sid=hexs(32))

add("json/decoy-twilio-sid", "config/notify.twilio.json", "Twilio docs: Account SID and Messaging Service SID are identifiers", """
{
  "provider": "twilio",
  "accountSid": "AC@@sid@@",
  "messagingServiceSid": "MG@@mg@@",
  "authToken": "env:TWILIO_AUTH_TOKEN",
  "defaultCountry": "KE",
  "templates": {
    "pickup": "Habari {{name}}, gari lako litakuwa langoni saa {{time}}.",
    "balance": "Salio la safari yako ni USD {{amount}}."
  }
}
""", sid=hexs(32), mg=hexs(32))

add("shell/twilio-auth-token", "ops/send_test_sms.sh", "Twilio docs: curl with -u ACCOUNT_SID:AUTH_TOKEN", """
#!/bin/sh
# Jaribu SMS baada ya kubadilisha namba (test after the number port)
curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC@@sid@@/Messages.json" \\
  --data-urlencode "Body=Jaribio kutoka Lake Naivasha Lodge" \\
  --data-urlencode "From=+254700000111" \\
  --data-urlencode "To=$1" \\
  -u AC@@sid@@:@@secret@@
""", secret=hexs(32), sid=hexs(32))

add("python/whatsapp-access-token", "guestbot/whatsapp.py", "Meta WhatsApp Cloud API docs: Bearer access token", """
import requests

PHONE_NUMBER_ID = "109876543210987"
# System user token (permanent) - TODO: move to SSM
ACCESS_TOKEN = "@@secret@@"


def send_template(to: str, name: str) -> dict:
    url = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
    payload = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {"name": "booking_confirmed_sw", "language": {"code": "sw"},
                     "components": [{"type": "body", "parameters": [{"type": "text", "text": name}]}]},
    }
    return requests.post(url, json=payload, headers={"Authorization": f"Bearer {ACCESS_TOKEN}"}, timeout=15).json()
""", secret=whatsapp_token())

add("env/decoy-placeholder", "guestbot/.env.example", "dotenv convention: example file with placeholders", """
# Nakili faili hii kuwa .env na ujaze thamani halisi
WHATSAPP_PHONE_NUMBER_ID=your-phone-number-id
WHATSAPP_ACCESS_TOKEN=EAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WHATSAPP_VERIFY_TOKEN=choose-a-random-string
TELEGRAM_BOT_TOKEN=123456789:REPLACE_ME
OPENAI_API_KEY=sk-...
""")

add("ruby/sendgrid-api-key", "config/initializers/mailer.rb", "SendGrid docs: SMTP relay with apikey user", """
# Barua pepe za uthibitisho (confirmation emails) kwa wageni
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: 'smtp.sendgrid.net',
    port: 587,
    domain: 'serengetisavannah.com',
    user_name: 'apikey',
    password: '@@secret@@',
    authentication: :plain,
    enable_starttls_auto: true
  }
end
""", secret=sendgrid_key())

add("python/mailgun-api-key", "lodge_mail/send.py", "Mailgun docs: auth=('api', API_KEY)", """
import requests

DOMAIN = "mg.laikipiahills.co.ke"
MAILGUN_KEY = "@@secret@@"


def send_invoice(to: str, pdf_path: str) -> int:
    with open(pdf_path, "rb") as fh:
        r = requests.post(
            f"https://api.eu.mailgun.net/v3/{DOMAIN}/messages",
            auth=("api", MAILGUN_KEY),
            files=[("attachment", ("ankara.pdf", fh.read()))],
            data={"from": "Laikipia Hills <reservations@laikipiahills.co.ke>",
                  "to": to, "subject": "Ankara yako / Your invoice"},
        )
    return r.status_code
""", secret=mailgun_key())

add("properties/smtp-password", "src/main/resources/application-prod.properties", "Spring Boot docs: spring.mail properties", """
# Kilimanjaro Climb Co. - booking service (prod)
server.port=8080
spring.datasource.url=jdbc:postgresql://pg-prod.internal:5432/climbs
spring.datasource.username=climbs_app
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=mail.kiliclimb.co.tz
spring.mail.port=587
spring.mail.username=bookings@kiliclimb.co.tz
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
""", secret=words_pw())

add("markdown/smtp-password", "docs/handover/office-it-2024.md", "Team handover notes: mailbox credentials in a table", """
# Makabidhiano ya IT - ofisi ya Arusha (handover, June 2024)

Asante Joseph kwa kazi yote. Hapa kuna kila kitu ambacho Neema atahitaji.

| Huduma / Service        | Mtumiaji / User               | Nenosiri / Password |
|-------------------------|-------------------------------|---------------------|
| Webmail (cPanel)        | reservations@ngorongorotrek.com | @@secret@@ |
| Printer admin (HP M428) | admin                         | angalia lebo chini ya printer |
| Router (Zuku)           | admin                         | iko kwenye 1Password |

Simu ya dharura (IT vendor): +255 754 000 123
""", secret=words_pw())

add("log/decoy-redacted", "logs/mailer-2024-06-14.log", "Python logging: redacted SMTP auth line", """
2024-06-14 06:00:01,114 INFO  mailer: connecting to smtp.office365.com:587
2024-06-14 06:00:01,532 INFO  mailer: STARTTLS ok
2024-06-14 06:00:01,611 DEBUG mailer: AUTH LOGIN user=bookings@ruahariver.co.tz password=********
2024-06-14 06:00:02,020 INFO  mailer: sent "Morning game drive schedule" to 14 guests
2024-06-14 06:00:02,021 INFO  mailer: sent "Ratiba ya game drive ya asubuhi" to 6 staff
2024-06-14 06:00:02,400 INFO  mailer: QUIT
""")

add("python/telegram-bot-token", "sightings_bot/bot.py", "python-telegram-bot docs: Application.builder().token()", """
from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

# Bot ya kuripoti sightings kwa madereva (guides report sightings here)
TOKEN = "@@secret@@"


async def sighting(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args) or "haijaelezwa"
    await context.bot.send_message(chat_id=-1001234567890, text=f"Sighting: {text}")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("ona", sighting))
    app.run_polling()


if __name__ == "__main__":
    main()
""", secret=telegram())

add("json/telegram-bot-token", "n8n/workflows/morning-brief.json", "n8n docs: workflow export with inline credentials", """
{
  "name": "Taarifa ya asubuhi - morning brief",
  "nodes": [
    {
      "parameters": {"rule": {"interval": [{"field": "cronExpression", "expression": "30 5 * * *"}]}},
      "name": "Schedule", "type": "n8n-nodes-base.scheduleTrigger", "position": [200, 300]
    },
    {
      "parameters": {
        "url": "https://api.telegram.org/bot@@secret@@/sendMessage",
        "method": "POST",
        "bodyParametersJson": "{\\"chat_id\\": \\"-1009876543210\\", \\"text\\": \\"Hali ya hewa leo: jua, 28C\\"}"
      },
      "name": "Send to guides", "type": "n8n-nodes-base.httpRequest", "position": [450, 300]
    }
  ],
  "connections": {"Schedule": {"main": [[{"node": "Send to guides", "type": "main", "index": 0}]]}}
}
""", secret=telegram())

add("github-actions/slack-webhook", ".github/workflows/deploy.yml", "Slack docs: incoming webhook URL", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          SSH_KEY: ${{ secrets.DEPLOY_SSH_KEY }}
      - name: Tangaza kwenye Slack
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"Deploy ya booking-site: ${{ job.status }}"}' \\
            @@secret@@
""", secret=slack_webhook())

add("typescript/slack-bot-token", "ops-bot/src/index.ts", "Slack Bolt docs: App({ token, signingSecret })", """
import { App } from '@slack/bolt';

const app = new App({
  token: '@@secret@@',
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

// /safari-status - hali ya magari (vehicle status) kutoka fleet DB
app.command('/safari-status', async ({ ack, respond }) => {
  await ack();
  await respond('Magari 12 yako njiani, 3 garage, 1 Amboseli gate.');
});

(async () => {
  await app.start(3000);
})();
""", secret=slack_bot())

# ---------------------------------------------------------------- databases, caches, infrastructure

add("python/postgres-password", "reservations/settings/production.py", "Django docs: DATABASES setting", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["reservations.selousriver.co.tz"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "selous_res",
        "USER": "selous_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.0.15",
        "PORT": "5432",
    }
}
TIME_ZONE = "Africa/Dar_es_Salaam"
LANGUAGE_CODE = "sw"
""", secret=rpw(22))

add("python/django-secret-key", "camp_portal/settings.py", "Django docs: SECRET_KEY", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = '@@secret@@'
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
ALLOWED_HOSTS = ["portal.amboseliacacia.com", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "bookings",
    "guides",
]
""", secret=fakes.django_secret_key(_seed()))

add("env/mysql-password", "wp-lodge/.env", "WordPress Docker image docs: WORDPRESS_DB_PASSWORD", """
# Tovuti ya lodge (WordPress + WooCommerce)
WORDPRESS_DB_HOST=mysql.lamuhouse.internal
WORDPRESS_DB_USER=wp_lamu
WORDPRESS_DB_PASSWORD=@@secret@@
WORDPRESS_DB_NAME=wp_lamu
WORDPRESS_TABLE_PREFIX=lh_
WP_HOME=https://www.lamudhowhouse.com
""", secret=words_pw())

add("compose/postgres-password", "docker-compose.yml", "Docker Compose docs: environment for postgres image", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: safaribook
      POSTGRES_USER: safaribook
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7-alpine
  web:
    build: .
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://safaribook:@@secret@@@db:5432/safaribook
      REDIS_URL: redis://redis:6379/0
    ports: ["8000:8000"]
volumes:
  pgdata:
""", secret=rpw(20))

add("compose/decoy-env-reference", "deploy/docker-compose.prod.yml", "Docker Compose docs: variable interpolation and secrets", """
services:
  api:
    image: ghcr.io/mara-migration-tours/api:${TAG:-latest}
    environment:
      DATABASE_URL: ${DATABASE_URL}
      REDIS_URL: ${REDIS_URL}
      DARAJA_CONSUMER_SECRET_FILE: /run/secrets/daraja_secret
    secrets:
      - daraja_secret
secrets:
  daraja_secret:
    external: true
""")

add("go/redis-password", "cmd/availability/main.go", "go-redis docs: redis.Options{Password}", """
package main

import (
	"context"
	"log"

	"github.com/redis/go-redis/v9"
)

// Cache ya upatikanaji wa vyumba (room availability cache)
func main() {
	rdb := redis.NewClient(&redis.Options{
		Addr:     "cache-01.tsavoeast.internal:6379",
		Password: "@@secret@@",
		DB:       2,
	})
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		log.Fatalf("redis: %v", err)
	}
	log.Println("availability cache ready")
}
""", secret=fakes.redis_password(_seed()))

add("env/redis-url", "channel-sync/.env", "Redis docs: redis:// URI with password", """
APP_NAME=channel-sync
LOG_LEVEL=info
CELERY_BROKER_URL=rediss://default:@@secret@@@redis-14532.c1.eu-west-1-2.ec2.cloud.redislabs.com:14532/0
SYNC_INTERVAL_MINUTES=10
# channel manager: Booking.com / Expedia / SafariBookings
CHANNELS=booking,expedia,safaribookings
""", secret=fakes.redis_password(_seed()))

add("sql/mysql-password", "db/migrations/2024_05_create_reporting_user.sql", "MySQL docs: CREATE USER ... IDENTIFIED BY", """
-- Mtumiaji wa ripoti kwa Metabase (read-only reporting user)
CREATE USER 'metabase_ro'@'10.10.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON lodge_pms.bookings TO 'metabase_ro'@'10.10.%';
GRANT SELECT ON lodge_pms.guests TO 'metabase_ro'@'10.10.%';
GRANT SELECT ON lodge_pms.payments TO 'metabase_ro'@'10.10.%';
FLUSH PRIVILEGES;
""", secret=words_pw())

add("sql/decoy-password-hash", "db/seeds/staff_users.sql", "Django docs: pbkdf2_sha256 password hash format", """
-- Watumiaji wa mfumo (seed kwa mazingira ya dev)
INSERT INTO auth_user (username, email, password, is_staff) VALUES
  ('neema', 'neema@example.co.tz', 'pbkdf2_sha256$600000$@@salt1@@$@@hash1@@=', true),
  ('baraka', 'baraka@example.co.tz', 'pbkdf2_sha256$600000$@@salt2@@$@@hash2@@=', true),
  ('guide01', 'guide01@example.co.tz', '!@@unusable@@', false);
""", salt1=rpw(22), hash1=fakes.drawn(_seed(), 43, ALNUM + "+/"), salt2=rpw(22),
    hash2=fakes.drawn(_seed(), 43, ALNUM + "+/"), unusable=rpw(40))

add("csharp/sqlserver-password", "SafariOffice.Sync/Db.cs", "SQL Server connection string docs: Password=", """
namespace SafariOffice.Sync
{
    public static class Db
    {
        // TODO: hamisha kwenda Key Vault (move to Key Vault)
        public const string ConnectionString =
            "Server=tcp:sql-safarioffice.database.windows.net,1433;Initial Catalog=SafariOffice;" +
            "User ID=sync_svc;Password=@@secret@@;Encrypt=True;TrustServerCertificate=False;";
    }
}
""", secret=rpw(18, "!#"))

add("json/sqlserver-password", "SafariOffice.Web/appsettings.Production.json", "ASP.NET Core docs: ConnectionStrings in appsettings.json", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Default": "Server=10.1.4.20;Database=NyumbaniLodges;User Id=web_app;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Booking": { "Currency": "USD", "ParkFeesCurrency": "USD", "Locale": "sw-KE" }
}
""", secret=words_pw())

add("json/decoy-keyvault-reference", "SafariOffice.Web/appsettings.json", "Azure App Service docs: Key Vault references", """
{
  "ConnectionStrings": {
    "Default": "@Microsoft.KeyVault(SecretUri=https://kv-nyumbani-prod.vault.azure.net/secrets/SqlConnection/)"
  },
  "Payments": {
    "PesapalConsumerSecret": "@Microsoft.KeyVault(VaultName=kv-nyumbani-prod;SecretName=PesapalSecret)"
  },
  "AllowedHosts": "*"
}
""")

add("terraform/aws-secret-key", "infra/aws/main.tf", "Terraform AWS provider docs: static credentials", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# Kwa muda tu hadi tuweke OIDC (temporary until OIDC)
provider "aws" {
  region     = "af-south-1"
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "guest_photos" {
  bucket = "serengeti-sunrise-guest-photos"
}
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-key", "ops/aws/credentials", "AWS CLI docs: credentials file", """
[default]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = af-south-1

[backup]
# backup ya picha za wageni kwenda Glacier
role_arn = arn:aws:iam::123456789012:role/lodge-backup
source_profile = default
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/aws/rds.tf", "Terraform docs: sensitive variables and random_password", """
resource "random_password" "db" {
  length  = 24
  special = false
}

resource "aws_db_instance" "pms" {
  identifier          = "lodge-pms"
  engine              = "postgres"
  engine_version      = "16.2"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 50
  username            = "pms_admin"
  password            = random_password.db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
""")

add("terraform/azure-storage-key", "infra/azure/backup.tf", "Azure Storage docs: account key in connection string", """
# Backup ya PMS kwenda Azure Blob (Nairobi office)
resource "azurerm_storage_container" "pms_backup" {
  name                  = "pms-backup"
  storage_account_name  = "stlodgebackupke"
  container_access_type = "private"
}

locals {
  backup_conn = "DefaultEndpointsProtocol=https;AccountName=stlodgebackupke;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
}

output "backup_conn" {
  value     = local.backup_conn
  sensitive = true
}
""", secret=azure_storage_key())

add("k8s-secret/postgres-password", "k8s/booking/secret.yaml", "Kubernetes docs: Secret data base64", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_HOST: @@host@@
""", secret=(_kp := rpw(20)), user=b64("booking"), pw=b64(_kp), host=b64("pg.booking.svc.cluster.local"))

add("k8s-secret/flutterwave-secret-key", "k8s/payments/flw-secret.yaml", "Kubernetes docs: Secret stringData", """
apiVersion: v1
kind: Secret
metadata:
  name: flutterwave
  namespace: payments
  labels:
    app: checkout
type: Opaque
stringData:
  FLW_PUBLIC_KEY: @@pub@@
  FLW_SECRET_KEY: @@secret@@
""", secret=flutterwave("FLWSECK-"), pub=flutterwave("FLWPUBK-"))

add("k8s-secret/decoy-sealed-secret", "k8s/payments/mpesa-sealed.yaml", "Bitnami Sealed Secrets docs: SealedSecret encryptedData", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mpesa
  namespace: payments
spec:
  encryptedData:
    MPESA_CONSUMER_KEY: AgB@@a@@
    MPESA_CONSUMER_SECRET: AgC@@b@@
  template:
    metadata:
      name: mpesa
""", a=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==", b=fakes.drawn(_seed(), 300, ALNUM + "+/") + "=")

add("ansible/mysql-password", "ansible/group_vars/lodges.yml", "Ansible docs: group_vars", """
# Mipangilio ya server za lodge zote (all lodge servers)
timezone: Africa/Nairobi
ntp_servers:
  - 0.africa.pool.ntp.org
pms_db_name: lodgepms
pms_db_user: pms
pms_db_password: "@@secret@@"
backup_hour: 2
starlink_dish_ip: 192.168.100.1
""", secret=words_pw())

add("ansible/decoy-ansible-vault", "ansible/group_vars/all/vault.yml", "Ansible Vault docs: encrypted file format", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(48))

add("ansible/ftp-password", "ansible/roles/park_fees/tasks/main.yml", "Ansible docs: ansible.builtin.get_url with url_password", """
- name: Pakua orodha ya ada za hifadhi (download park fee schedule)
  ansible.builtin.get_url:
    url: ftp://ftp.tanzaniaparkspartners.example/fees/2024-25.csv
    dest: /srv/pms/imports/park_fees.csv
    url_username: lodgefeed
    url_password: "@@secret@@"
    mode: "0640"

- name: Import fees
  ansible.builtin.command: /srv/pms/bin/import-fees /srv/pms/imports/park_fees.csv
""", secret=rpw(16))

add("dockerfile/github-token", "Dockerfile", "Docker docs: ARG/ENV in Dockerfile", """
FROM python:3.12-slim

WORKDIR /app
# Private repo ya maktaba ya bookings
ENV GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install git+https://${GH_TOKEN}@github.com/kiboko-expeditions/booking-core.git@v3.2.0
COPY . .
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000"]
""", secret=github())

add("dockerfile/decoy-checksum", "docker/tileserver/Dockerfile", "Dockerfile best practice: verify download with sha256sum", """
FROM debian:bookworm-slim
ARG TILES_VERSION=2024-05
# Ramani za hifadhi (offline park maps for the guide tablets)
ADD https://downloads.example.org/east-africa-parks-${TILES_VERSION}.mbtiles /data/parks.mbtiles
RUN echo "@@sum@@  /data/parks.mbtiles" | sha256sum -c -
COPY --from=maptiler/tileserver-gl:v4.10.3 /usr/src/app /usr/src/app
EXPOSE 8080
CMD ["node", "/usr/src/app", "--file", "/data/parks.mbtiles"]
""", sum=sha256ish())

# ---------------------------------------------------------------- lodge devices, networks and tracking

add("shell/router-admin-password", "network/mikrotik/backup_config.sh", "MikroTik RouterOS docs: /export over SSH with sshpass", """
#!/bin/bash
# Backup ya config ya MikroTik kila usiku - Kambi ya Mto Mara
ROUTERS="10.0.0.1 10.0.1.1 10.0.2.1"
for r in $ROUTERS; do
  sshpass -p '@@secret@@' ssh -o StrictHostKeyChecking=no admin@$r "/export compact" \\
    > /srv/backups/mikrotik/$r-$(date +%F).rsc
done
find /srv/backups/mikrotik -mtime +30 -delete
""", secret=words_pw())

add("markdown/wifi-controller-password", "docs/runbooks/unifi-controller.md", "Ubiquiti UniFi docs: controller login", """
# UniFi controller - Lake Manyara Treehouse

**URL:** https://10.8.0.5:8443  
**Site:** `treehouse-main`

## Kuingia (login)
- user: `lodgeadmin`
- pass: `@@secret@@`

## Kazi za kawaida
1. Ongeza AP mpya: *Devices -> Adopt*.
2. Badilisha nenosiri la Wi-Fi ya wageni kila mwezi (guest SSID `Treehouse-Guest`).
3. Kama AP ya banda la 7 haionekani, angalia PoE switch kwenye stoo.
""", secret=words_pw())

add("markdown/decoy-placeholder", "docs/runbooks/starlink-setup.md", "Starlink support docs: router setup", """
# Starlink kwenye kambi za msimu (seasonal camps)

1. Weka dish kwenye nguzo, angalia *Obstructions* kwenye app.
2. Router mode: **Bypass** - tunatumia MikroTik yetu.
3. Ingia kwenye MikroTik kwa akaunti yako binafsi (hakuna akaunti ya pamoja).
4. Weka SSID ya wageni: `<CampName>-Guest`, password: `<generate in 1Password, 12+ chars>`.
5. Jaribu speedtest na andika matokeo kwenye sheet ya **Camp Connectivity**.

Kumbuka: akaunti ya Starlink (billing) iko chini ya finance@ - usiibadilishe.
""")

add("python/cctv-password", "security/nvr_snapshot.py", "Hikvision ISAPI docs: digest auth snapshot", """
import datetime
import pathlib

import requests
from requests.auth import HTTPDigestAuth

NVR = "http://192.168.20.10"
AUTH = HTTPDigestAuth("admin", "@@secret@@")
OUT = pathlib.Path("/srv/cctv/snapshots")

# Picha za lango kuu kila dakika 5 (main gate snapshots)
for channel in (101, 201, 301):
    r = requests.get(f"{NVR}/ISAPI/Streaming/channels/{channel}/picture", auth=AUTH, timeout=10)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
    (OUT / f"ch{channel}-{stamp}.jpg").write_bytes(r.content)
""", secret=rpw(12))

add("yaml/cctv-rtsp-password", "frigate/config.yml", "Frigate docs: camera RTSP inputs", """
mqtt:
  host: 10.30.0.4
cameras:
  waterhole:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.30.0.21:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
    objects:
      track: [elephant, zebra, giraffe, person]
""", secret=rpw(14))

add("yaml/decoy-env-reference", "frigate/config.public.yml", "Frigate docs: environment variable substitution FRIGATE_", """
mqtt:
  host: 10.30.0.4
  user: frigate
  password: "{FRIGATE_MQTT_PASSWORD}"
cameras:
  saltlick:
    ffmpeg:
      inputs:
        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@10.30.0.22:554/stream1
          roles: [detect]
""")

add("python/earthranger-token", "tracking/collars/sync_er.py", "EarthRanger API docs: Bearer token", """
import requests

ER_SITE = "https://laikipia-conservancy.pamdas.org"
ER_TOKEN = "@@secret@@"


def post_observation(collar_id: str, lat: float, lon: float, ts: str) -> None:
    # Tuma nafasi ya tembo kwenda EarthRanger (send elephant collar fix)
    payload = {"manufacturer_id": collar_id, "source_type": "tracking-device",
               "recorded_at": ts, "location": {"lat": lat, "lon": lon}}
    requests.post(f"{ER_SITE}/api/v1.0/sensors/generic/collars/status", json=payload,
                  headers={"Authorization": f"Bearer {ER_TOKEN}"}, timeout=20).raise_for_status()
""", secret=rpw(30))

add("csv/decoy-collar-ids", "tracking/collars/inventory.csv", "Collar inventory export", """
collar_id,imei,animal,name,deployed,battery_pct,last_fix_utc
AWT-0451,300434063957110,elephant,Nkirote,2023-08-14,71,2024-06-14T03:00:00Z
AWT-0452,300434063957250,elephant,Lemayian,2023-08-14,65,2024-06-14T03:00:00Z
VEC-1187,300534061234560,lion,Sikio,2024-01-09,88,2024-06-14T02:00:00Z
VEC-1188,300534061234770,lion,Nanyuki,2024-01-09,84,2024-06-14T02:00:00Z
SAV-0097,015683000412978,giraffe,Twiga Mdogo,2024-03-22,92,2024-06-13T22:00:00Z
""")

add("json/victron-vrm-token", "solar/vrm_poll.json", "Victron VRM API docs: X-Authorization Token header", """
{
  "site": "Ruaha Riverside Camp - solar plant",
  "installationId": 184422,
  "pollSeconds": 300,
  "request": {
    "url": "https://vrmapi.victronenergy.com/v2/installations/184422/stats?type=live_feed",
    "headers": {
      "X-Authorization": "Token @@secret@@"
    }
  },
  "alerts": {"batterySocBelow": 35, "notify": "solar-alerts@ruahariverside.example"}
}
""", secret=hexs(64))

add("ini/ldap-bind-password", "config/sssd.conf", "SSSD docs: ldap_default_authtok", """
[sssd]
domains = safari.local
services = nss, pam

[domain/safari.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.safari.local
ldap_search_base = dc=safari,dc=local
ldap_default_bind_dn = cn=svc-sssd,ou=Service,dc=safari,dc=local
ldap_default_authtok = @@secret@@
cache_credentials = true
""", secret=words_pw())

add("powershell/ad-admin-password", "it/scripts/New-SeasonalStaff.ps1", "PowerShell docs: ConvertTo-SecureString -AsPlainText", """
# Tengeneza akaunti za wafanyakazi wa msimu (seasonal staff accounts)
param([string]$CsvPath = ".\\seasonal_staff.csv")

$adminPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("SAFARI\\svc-provision", $adminPass)

Import-Csv $CsvPath | ForEach-Object {
    New-ADUser -Name $_.Name -SamAccountName $_.Username -Path "OU=Seasonal,DC=safari,DC=local" `
        -AccountPassword (Read-Host -AsSecureString "Nenosiri la $($_.Username)") `
        -Enabled $true -Credential $cred -Server dc01.safari.local
}
""", secret=words_pw())

add("powershell/decoy-secret-store", "it/scripts/Backup-Pms.ps1", "PowerShell SecretManagement docs: Get-Secret", """
# Backup ya PMS database kila usiku
Import-Module Microsoft.PowerShell.SecretManagement
$sqlCred = Get-Secret -Name 'PmsSqlBackup' -Vault 'LodgeVault'
$stamp = Get-Date -Format 'yyyyMMdd'
Backup-SqlDatabase -ServerInstance 'PMS01\\SQLEXPRESS' -Database 'LodgePms' `
    -BackupFile "D:\\Backups\\LodgePms-$stamp.bak" -Credential $sqlCred
Get-ChildItem 'D:\\Backups' -Filter *.bak | Where-Object LastWriteTime -lt (Get-Date).AddDays(-14) | Remove-Item
""")

add("shell/ftp-password", "scripts/upload_rates.sh", "lftp docs: open -u user,password", """
#!/usr/bin/env bash
# Pakia bei za msimu kwa wakala wa Ujerumani (upload seasonal rates to the German agent)
set -e
FILE=/srv/exports/rates_$(date +%Y).xlsx
lftp -e "put $FILE -o /incoming/ostafrika/; bye" \\
  -u kilimanjaro_dmc,@@secret@@ sftp://ftp.reisepartner.example
echo "rates uploaded"
""", secret=rpw(14))

add("python/sftp-password", "agents/ftp_push.py", "Paramiko docs: SSHClient.connect(password=)", """
import paramiko

HOST = "sftp.tourradar-partners.example"
USER = "kilwa_coast_safaris"
PASSWORD = "@@secret@@"


def push(local: str, remote: str) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(HOST, username=USER, password=PASSWORD, port=22)
    with client.open_sftp() as sftp:
        sftp.put(local, remote)
    client.close()
""", secret=words_pw())

add("shell/ssh-private-key", "deploy/keys/guide-tablet-sync.sh", "OpenSSH docs: private key file written by a provisioning script", """
#!/bin/sh
# Weka funguo ya sync kwenye tablets za guides (provision guide tablets)
mkdir -p /data/sync/.ssh
cat > /data/sync/.ssh/id_rsa <<'KEY'
@@secret@@
KEY
chmod 600 /data/sync/.ssh/id_rsa
rsync -e "ssh -i /data/sync/.ssh/id_rsa" -a sync@10.0.0.9:/srv/tablets/ /data/sync/
""", secret=pem("RSA"))

add("yaml/decoy-public-key", "cloud-init/guide-tablet.yaml", "cloud-init docs: ssh_authorized_keys", """
#cloud-config
hostname: guide-tablet-07
timezone: Africa/Nairobi
users:
  - name: sync
    shell: /bin/bash
    ssh_authorized_keys:
      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ ops@kiboko-expeditions
      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k2@@ backup@kiboko-expeditions
packages:
  - rsync
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 340, ALNUM + "+/"))

add("go/inreach-password", "satcomms/inreach/poller.go", "Garmin Explore / inReach Portal Connect docs: Basic auth", """
package inreach

import (
	"net/http"
	"time"
)

// Poll ya vifaa vya inReach vya madereva walio porini (drivers in the bush)
const (
	portalURL = "https://explore.garmin.com/IPCInbound/V1/Location.svc/LastKnownLocation"
	ipcUser   = "ops@selousventures.example"
	ipcPass   = "@@secret@@"
)

func LastKnown() (*http.Response, error) {
	req, _ := http.NewRequest("POST", portalURL, nil)
	req.SetBasicAuth(ipcUser, ipcPass)
	client := &http.Client{Timeout: 20 * time.Second}
	return client.Do(req)
}
""", secret=words_pw())

add("log/decoy-device-serials", "logs/fleet-gps-2024-06-15.log", "Fleet tracker gateway log", """
2024-06-15T05:40:12Z INFO  teltonika imei=352093089012345 plate=KDK 512Q fix=ok lat=-1.4061 lon=35.0130 speed=0
2024-06-15T05:41:12Z INFO  teltonika imei=352093089067891 plate=KDJ 884M fix=ok lat=-2.3340 lon=34.8330 speed=32
2024-06-15T05:41:55Z WARN  teltonika imei=352093089055552 plate=T 712 DMX fix=none reason=no_gsm
2024-06-15T05:42:12Z INFO  teltonika imei=352093089012345 plate=KDK 512Q fix=ok lat=-1.4059 lon=35.0141 speed=18
2024-06-15T05:43:02Z INFO  session id=@@sid@@ closed after 3600s
""", sid=uuid_s())

add("javascript/mapbox-secret-token", "scripts/upload-park-tiles.js", "Mapbox Uploads API docs: secret token sk.", """
// Pakia ramani mpya za Serengeti (upload tileset) - inahitaji token ya siri yenye uploads:write
const mbxUploads = require('@mapbox/mapbox-sdk/services/uploads');

const uploads = mbxUploads({ accessToken: '@@secret@@' });

async function run() {
  const res = await uploads.createUpload({
    tileset: 'kilimanjarotrails.serengeti-tracks',
    url: 'mapbox://datasets/kilimanjarotrails/serengeti-tracks',
    name: 'Serengeti game-drive tracks 2024',
  }).send();
  console.log(res.body.id);
}

run();
""", secret=mapbox("sk"))

add("javascript/decoy-publishable-key", "web/src/map.js", "Mapbox GL JS docs: public access token pk.", """
import mapboxgl from 'mapbox-gl';

// Token ya umma (public, URL-restricted to kilimanjarotrails.com)
mapboxgl.accessToken = '@@pub@@';

export const map = new mapboxgl.Map({
  container: 'route-map',
  style: 'mapbox://styles/mapbox/outdoors-v12',
  center: [37.3556, -3.0674],
  zoom: 10,
});
""", pub=mapbox("pk"))

add("html/decoy-site-key", "templates/enquiry_form.html", "Google reCAPTCHA docs: site key is public", """
<form method="post" action="/enquiry/">
  {% csrf_token %}
  <label>Jina / Name <input name="name" required></label>
  <label>Barua pepe / Email <input type="email" name="email" required></label>
  <label>Tarehe / Dates <input name="dates"></label>
  <div class="g-recaptcha" data-sitekey="6Lc@@sk@@"></div>
  <button type="submit">Tuma / Send</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", sk=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("python/recaptcha-secret-key", "enquiries/captcha.py", "Google reCAPTCHA docs: siteverify secret", """
import requests

RECAPTCHA_SECRET = "6Lc@@tail@@"


def human(token: str, ip: str) -> bool:
    r = requests.post("https://www.google.com/recaptcha/api/siteverify",
                      data={"secret": RECAPTCHA_SECRET, "response": token, "remoteip": ip}, timeout=10)
    return r.json().get("success", False)
""", secret="6Lc" + (_rc := fakes.drawn(_seed(), 37, ALNUM + "-_")), tail=_rc)

# ---------------------------------------------------------------- channel managers, booking platforms, partners

add("python/channel-manager-api-key", "channel_sync/nightsbridge.py", "NightsBridge API docs: bbid and api key in request", """
import requests

NB_URL = "https://api.nightsbridge.com/bridge/api/5.0"
BBID = "21874"
NB_API_KEY = "@@secret@@"


def availability(start: str, end: str) -> dict:
    # Upatikanaji wa vyumba - Tarangire Tented Lodge
    body = {"messagename": "RoomTypesRq", "credentials": {"bbid": BBID, "password": NB_API_KEY},
            "startdate": start, "enddate": end}
    return requests.post(NB_URL, json=body, timeout=30).json()
""", secret=rpw(32))

add("yaml/channel-manager-password", "config/resrequest.yml", "ResRequest API docs: web service user and password", """
# ResRequest (reservation system) - integration user ya website
resrequest:
  endpoint: https://bookings.resrequest.com/api/v2
  principal: MRC01
  username: web_integration
  password: "@@secret@@"
  properties:
    - code: MRC-MAIN
      name: Mara Ridge Camp
    - code: MRC-FLY
      name: Mara Ridge Fly Camp
""", secret=words_pw())

add("php/channel-manager-api-key", "wp-content/plugins/lodge-booking/includes/class-cloudbeds.php", "Cloudbeds API docs: x-api-key header", """
<?php
// Cloudbeds integration for the Zanzibar beach extension
class Lodge_Cloudbeds {
    const API = 'https://api.cloudbeds.com/api/v1.2/';
    private $key = 'cbat_@@tail@@';

    public function get_rooms($property_id) {
        $res = wp_remote_get(self::API . 'getRooms?propertyID=' . intval($property_id), [
            'headers' => ['x-api-key' => $this->key],
            'timeout' => 20,
        ]);
        return json_decode(wp_remote_retrieve_body($res), true);
    }
}
""", secret="cbat_" + (_cb := rpw(32)), tail=_cb)

add("json/decoy-booking-ids", "fixtures/safaribookings_lead.json", "SafariBookings partner docs: lead webhook payload", """
{
  "lead_id": "SB-2024-884120",
  "tour_id": 40417,
  "operator_id": 2281,
  "received_at": "2024-06-12T09:14:55Z",
  "traveller": {"first_name": "Anna", "country": "DE", "party_size": 4},
  "tour": "7-Day Serengeti & Ngorongoro Migration Safari",
  "travel_month": "2024-08",
  "message": "We would love to see the river crossings. Is Kogatende possible?",
  "signature_alg": "sha256",
  "request_id": "@@rid@@"
}
""", rid=uuid_s())

add("java/booking-partner-password", "src/main/java/com/savannahtrails/agents/ExpediaClient.java", "Expedia EQC docs: Basic auth for Expedia QuickConnect", """
package com.savannahtrails.agents;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

public class ExpediaClient {
    private static final String EQC_USER = "EQC_savannahtrails";
    private static final String EQC_PASS = "@@secret@@";

    public String pushAvailability(String xml) throws Exception {
        String auth = Base64.getEncoder().encodeToString((EQC_USER + ":" + EQC_PASS).getBytes());
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://services.expediapartnercentral.com/eqc/ar"))
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
""", secret=words_pw())

add("xml/booking-partner-password", "integrations/booking_com/ota_avail_notif.xml", "Booking.com Connectivity docs: OTA request with credentials", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Kuongeza upatikanaji wa vyumba kwa Booking.com - Naivasha Lakeside -->
<request>
  <username>naivasha_lakeside_xml</username>
  <password>@@secret@@</password>
  <hotel_id>1184231</hotel_id>
  <version>1.0</version>
  <room id="118423101">
    <date value="2024-08-01"><rate id="5521"/><roomstosell>3</roomstosell></date>
    <date value="2024-08-02"><rate id="5521"/><roomstosell>2</roomstosell></date>
  </room>
</request>
""", secret=rpw(16))

add("xml/decoy-placeholder", "integrations/booking_com/ota_template.xml", "Booking.com Connectivity docs: request template", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Template: credentials are injected by the sync service from env (BOOKING_XML_USER / BOOKING_XML_PASS) -->
<request>
  <username>{{ BOOKING_XML_USER }}</username>
  <password>{{ BOOKING_XML_PASS }}</password>
  <hotel_id>{{ hotel_id }}</hotel_id>
  <version>1.0</version>
</request>
""")

add("toml/tour-platform-api-key", "fareharbor_sync/config.toml", "FareHarbor External API docs: app key and user key", """
# Usawazishaji wa Zanzibar day tours (spice tour, Prison Island, Mnemba)
[fareharbor]
base_url = "https://fareharbor.com/api/external/v1"
company = "zanzibarbluesafari"
app_key = "@@app@@"
user_key = "@@secret@@"

[schedule]
cron = "*/15 * * * *"
""", secret=uuid_s(), app=uuid_s())

add("toml/decoy-env-reference", "rezdy_sync/pyproject.toml", "PEP 621 pyproject with tool config", """
[project]
name = "rezdy-sync"
version = "0.4.1"
requires-python = ">=3.11"
dependencies = ["httpx>=0.27", "pydantic>=2"]

[tool.rezdy_sync]
api_key_env = "REZDY_API_KEY"
base_url = "https://api.rezdy.com/v1"
supplier_alias = "amboseli-walks"
""")

# ---------------------------------------------------------------- developer tokens, CI, packaging

add("ini/pypi-token", "booking-core/.pypirc", "PyPI docs: .pypirc with API token", """
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/release.yml", "PyPA docs: twine upload with TWINE_PASSWORD", """
name: release
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install build twine && python -m build
      # safari-geo: maktaba yetu ya kuratibu (coordinates helpers)
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", secret=fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-reference", ".github/workflows/ci.yml", "GitHub Actions docs: secrets context", """
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres
          DARAJA_CONSUMER_KEY: ${{ secrets.DARAJA_SANDBOX_KEY }}
          DARAJA_CONSUMER_SECRET: ${{ secrets.DARAJA_SANDBOX_SECRET }}
""")

add("yaml/gitlab-token", ".gitlab-ci.yml", "GitLab docs: personal access token glpat-", """
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  # TODO ondoa hii, tumia CI/CD variables
  DEPLOY_TOKEN: "@@secret@@"

build:
  stage: build
  image: docker:24
  script:
    - docker login -u deploy -p "$DEPLOY_TOKEN" registry.gitlab.com
    - docker build -t registry.gitlab.com/nyati-tours/web:$CI_COMMIT_SHORT_SHA .
    - docker push registry.gitlab.com/nyati-tours/web:$CI_COMMIT_SHORT_SHA
""", secret=fakes.fake("glpat-", 20, _seed()))

add("ini/github-token", "ops/old-office-server/.gitconfig", "Git docs: credential store file", """
; Imenakiliwa kutoka server ya zamani (copied from the old office server)
[credential]
    helper = store
[credential "https://github.com"]
    username = twiga-ops
[url "https://twiga-ops:@@secret@@@github.com/"]
    insteadOf = https://github.com/
""", secret=github())

add("json/npm-token", "web/.npmrc.json", "npm docs: _authToken", """
{
  "registry": "https://registry.npmjs.org/",
  "@serengeti-ui:registry": "https://npm.pkg.github.com/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "always-auth": true
}
""", secret=fakes.fake("npm_", 36, _seed()))

add("notebook/openai-api-key", "analysis/review_sentiment.ipynb", "OpenAI Python docs: OpenAI(api_key=)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Maoni ya wageni - sentiment ya TripAdvisor reviews (2023-24)"]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI(api_key=\\"@@secret@@\\")\\n",
    "reviews = pd.read_csv('reviews_2023_24.csv')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "def score(text):\\n",
    "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': 'Sentiment 1-5: ' + text}])\\n",
    "    return r.choices[0].message.content\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.openai_key(_seed()))

add("notebook/decoy-env-reference", "analysis/occupancy_forecast.ipynb", "Jupyter notebook format with os.environ", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(os.environ['PMS_READONLY_URL'])\\n",
    "occ = pd.read_sql('select night, rooms_sold, rooms_total from occupancy', engine)\\n",
    "occ['pct'] = occ.rooms_sold / occ.rooms_total  # msimu wa uhamiaji (migration season)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/decoy-sentry-dsn", "reservations/sentry_init.py", "Sentry docs: DSN is safe to expose publicly", """
import sentry_sdk

# DSN ni salama kuwa wazi (public by design, used by the browser SDK too)
sentry_sdk.init(
    dsn="https://@@k@@@o4507113.ingest.de.sentry.io/4507114",
    traces_sample_rate=0.2,
    environment="production",
    release="reservations@3.8.1",
)
""", k=hexs(32))

add("swift/decoy-client-id", "SafariGuide/Config/AppConfig.swift", "Google Sign-In iOS docs: client ID is not a secret", """
import Foundation

// App ya guides - mipangilio ya umma (public config)
enum AppConfig {
    static let googleClientID = "@@num@@-@@cid@@.apps.googleusercontent.com"
    static let apiBase = URL(string: "https://api.serengetiguides.app/v2")!
    static let supportPhone = "+255 784 000 222"
    static let bookingUUIDNamespace = UUID(uuidString: "@@ns@@")!
}
""", num=str(random.Random(_seed()).randint(10**11, 10**12)), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits), ns=uuid_s().upper())

add("plist/decoy-firebase-ios-config", "SafariGuide/GoogleService-Info.plist", "Firebase docs: API keys for Firebase are not secret (GoogleService-Info.plist)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@apikey@@</string>
	<key>GCM_SENDER_ID</key>
	<string>884421905512</string>
	<key>BUNDLE_ID</key>
	<string>app.serengetiguides.ios</string>
	<key>PROJECT_ID</key>
	<string>serengeti-guides</string>
	<key>STORAGE_BUCKET</key>
	<string>serengeti-guides.appspot.com</string>
</dict>
</plist>
""", apikey=google_key())

add("swift/paystack-secret-key", "SafariPay/Sources/SafariPay/PaystackAPI.swift", "Paystack docs: secret key must stay server-side", """
import Foundation

// FIXME: hii inapaswa kuwa kwenye backend, si kwenye app!
struct PaystackAPI {
    private let secretKey = "@@secret@@"

    func verify(reference: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.paystack.co/transaction/verify/\\(reference)")!)
        request.setValue("Bearer \\(secretKey)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", secret=paystack())

add("dart/google-maps-key", "guide_app/lib/config/env.dart", "Google Maps Platform docs: server API key for Directions", """
// Mipangilio ya app ya madereva (driver app, Flutter)
class Env {
  static const apiBase = 'https://fleet.tsavotrails.co.ke/api';
  // Directions API (server key, unrestricted)
  static const directionsKey = '@@secret@@';
  static const defaultLat = -2.9833;
  static const defaultLng = 38.4667;
}
""", secret=google_key())

add("dart/decoy-placeholder", "guide_app/lib/config/env.example.dart", "Flutter config template convention", """
// Nakili kuwa env.dart na ujaze (copy to env.dart and fill in)
class Env {
  static const apiBase = 'https://fleet.example.com/api';
  static const directionsKey = 'YOUR_GOOGLE_DIRECTIONS_KEY';
  static const defaultLat = 0.0;
  static const defaultLng = 0.0;
}
""")

# ---------------------------------------------------------------- back-office code and data

add("rust/postgres-password", "fleet-api/src/db.rs", "sqlx docs: PgPoolOptions::connect with URL", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

// Hifadhidata ya magari (fleet database)
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(8)
        .connect("postgres://fleet_api:@@secret@@@pg-fleet.tsavotrails.internal:5432/fleet")
        .await
}
""", secret=rpw(24))

add("rust/decoy-env-reference", "fleet-api/src/config.rs", "Rust std::env docs: env::var", """
use std::env;

pub struct Config {
    pub database_url: String,
    pub daraja_key: String,
    pub daraja_secret: String,
}

impl Config {
    // Soma mipangilio kutoka mazingira (read from the environment)
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            daraja_key: env::var("DARAJA_CONSUMER_KEY").expect("DARAJA_CONSUMER_KEY"),
            daraja_secret: env::var("DARAJA_CONSUMER_SECRET").expect("DARAJA_CONSUMER_SECRET"),
        }
    }
}
""")

add("kotlin/africastalking-api-key", "backend/src/main/kotlin/ke/co/samburusands/sms/SmsConfig.kt", "Africa's Talking Java SDK docs: AfricasTalking.initialize(username, apiKey)", """
package ke.co.samburusands.sms

import com.africastalking.AfricasTalking
import com.africastalking.SmsService

object SmsConfig {
    private const val USERNAME = "samburusands"
    private const val API_KEY = "@@secret@@"

    val sms: SmsService by lazy {
        AfricasTalking.initialize(USERNAME, API_KEY)
        AfricasTalking.getService(AfricasTalking.SERVICE_SMS)
    }
}
""", secret=at_key())

add("java/decoy-regex", "src/main/java/com/maraskies/payments/MpesaValidators.java", "Safaricom M-PESA receipt and phone formats", """
package com.maraskies.payments;

import java.util.regex.Pattern;

public final class MpesaValidators {
    // Namba ya risiti ya M-PESA: herufi 10 (e.g. SGL7X2KQ9P)
    public static final Pattern RECEIPT = Pattern.compile("^[A-Z0-9]{10}$");
    public static final Pattern KE_PHONE = Pattern.compile("^2547\\\\d{8}$|^2541\\\\d{8}$");
    public static final Pattern CONSUMER_SECRET_SHAPE = Pattern.compile("^[A-Za-z0-9]{16,64}$");

    private MpesaValidators() {}
}
""")

add("csharp/decoy-hash", "Lodge.Billing/Payments/PesapalIpn.cs", "Pesapal IPN docs: verify notification by querying status", """
using System.Security.Cryptography;
using System.Text;

namespace Lodge.Billing.Payments
{
    public static class PesapalIpn
    {
        // Alama ya uthibitisho ya faili ya tarifa ya 2024 (tariff file fingerprint)
        public const string TariffSha256 = "@@h@@";

        public static string Fingerprint(byte[] data)
        {
            using var sha = SHA256.Create();
            return Convert.ToHexString(sha.ComputeHash(data)).ToLowerInvariant();
        }
    }
}
""", h=sha256ish())

add("go/decoy-uuid", "internal/booking/ids.go", "google/uuid docs: NewSHA1 with namespace", """
package booking

import "github.com/google/uuid"

// Namespace ya booking IDs (haibadiliki) - stable namespace for booking ids
var bookingNS = uuid.MustParse("@@ns@@")

// ID ya booking kutoka kwa reference ya wakala
func IDFor(agentRef string) uuid.UUID {
	return uuid.NewSHA1(bookingNS, []byte(agentRef))
}
""", ns=uuid_s())

add("sql/decoy-reference-data", "db/seeds/park_fees_2024.sql", "TANAPA / KWS published conservation fees", """
-- Ada za hifadhi 2024/25 (USD, per person per 24h) - published tariffs
INSERT INTO park_fee (park_code, park_name, citizen_kes, nonresident_usd, vat_pct) VALUES
  ('MMNR', 'Maasai Mara National Reserve', 1000, 200, 0),
  ('AMB', 'Amboseli National Park', 1500, 90, 16),
  ('TSE', 'Tsavo East National Park', 1000, 52, 16),
  ('SNP', 'Serengeti National Park', 0, 82.60, 18),
  ('NCA', 'Ngorongoro Conservation Area', 0, 70.80, 18);
""")

add("sql/decoy-mpesa-receipts", "db/reports/unreconciled_payments.sql", "Reconciliation query over M-PESA receipts", """
-- Malipo ambayo hayajaoanishwa na booking (unmatched payments)
SELECT p.receipt_no, p.amount, p.msisdn_masked, p.paid_at
FROM mpesa_payment p
LEFT JOIN booking b ON b.reference = p.account_ref
WHERE b.id IS NULL
  AND p.paid_at >= now() - interval '30 days'
  AND p.receipt_no NOT IN ('SGB4K1T7ZQ', 'SGC2P8R1LM')  -- already refunded
ORDER BY p.paid_at DESC;
""")

add("csv/decoy-guest-manifest", "exports/manifest_2024-07-03.csv", "Lodge PMS guest manifest export", """
booking_ref,guest,nationality,passport_last4,arrival,departure,room,agent
MRC-2291,J Mwangi,KE,****,2024-07-03,2024-07-06,Tent 4,Direct
MRC-2294,A Otieno,KE,****,2024-07-03,2024-07-05,Tent 7,Direct
MRC-2301,K Hassan,TZ,****,2024-07-03,2024-07-08,Family 1,Kilwa Coast Safaris
MRC-2310,M Schneider,DE,****,2024-07-03,2024-07-07,Tent 2,Reisepartner GmbH
""")

add("csv/smtp-password", "it/accounts_inventory_2024.csv", "IT asset and accounts inventory spreadsheet export", """
system,location,url_or_ip,username,password,owner,notes
Webmail,Arusha office,https://mail.kilwacoastsafaris.com,reservations@kilwacoastsafaris.com,@@secret@@,Neema,shared inbox
Starlink,Fly camp,app,finance@kilwacoastsafaris.com,see 1Password,Baraka,billing only
NVR,Main gate,192.168.20.10,admin,on sticker in server room,Juma,Hikvision
QuickBooks,Cloud,https://qbo.intuit.com,accounts@kilwacoastsafaris.com,see 1Password,Rehema,
""", secret=words_pw())

add("log/postgres-password", "logs/pms-sync-2024-06-17.log", "Application log leaking a connection URL", """
2024-06-17 02:00:00 INFO  pms-sync starting (version 1.9.2)
2024-06-17 02:00:00 DEBUG config: source=sqlserver://10.1.4.20/NyumbaniLodges target=postgresql://reporting:@@secret@@@10.20.0.15:5432/reporting
2024-06-17 02:00:03 INFO  copied 1842 bookings, 311 payments
2024-06-17 02:00:04 WARN  3 payments without booking reference (see unreconciled report)
2024-06-17 02:00:04 INFO  done in 4.1s
""", secret=rpw(18))

add("log/decoy-jwt-truncated", "logs/api-access-2024-06-17.log", "nginx access log with truncated tokens", """
10.0.3.14 - - [17/Jun/2024:07:14:01 +0300] "GET /api/v2/vehicles HTTP/1.1" 200 5120 "-" "okhttp/4.12.0" auth=Bearer eyJhbGciOi...[truncated]
10.0.3.14 - - [17/Jun/2024:07:14:09 +0300] "POST /api/v2/sightings HTTP/1.1" 201 88 "-" "okhttp/4.12.0" auth=Bearer eyJhbGciOi...[truncated]
10.0.3.22 - - [17/Jun/2024:07:15:30 +0300] "GET /api/v2/bookings/MRC-2291 HTTP/1.1" 200 1901 "-" "Mozilla/5.0" auth=-
10.0.3.22 - - [17/Jun/2024:07:15:31 +0300] "GET /static/img/twiga.webp HTTP/1.1" 304 0 "-" "Mozilla/5.0" auth=-
10.0.3.9 - - [17/Jun/2024:07:16:02 +0300] "POST /api/mpesa/callback/ HTTP/1.1" 200 2 "-" "Apache-HttpClient" auth=-
""")

add("markdown/aws-access-key", "docs/onboarding/new-developer.md", "Onboarding doc with AWS CLI credentials", """
# Karibu! Developer onboarding - Twiga Tours tech team

## 1. Access
- GitHub: omba Baraka akuongeze kwenye org `twiga-tours`.
- AWS (bucket ya picha za wageni, read-only):

```ini
[twiga-readonly]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@
region = af-south-1
```

## 2. Local setup
```bash
make dev   # inaanzisha postgres + redis kwa docker
```
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-example", "docs/onboarding/aws-sso.md", "AWS IAM docs: example access key values", """
# AWS kupitia SSO (hakuna funguo za kudumu / no long-lived keys)

Tumia `aws configure sso` na start URL ya kampuni. Usiweke funguo kwenye `~/.aws/credentials`.

Mfano kutoka nyaraka za AWS (example only, from the AWS docs):

```
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Ukiona funguo halisi kwenye repo, mwambie Baraka mara moja.
""")

add("python/aws-session-credentials", "tools/s3_photo_export.py", "boto3 docs: Session with explicit credentials", """
import boto3

# Export ya picha za safari kwa wageni (guest photo export) - temporary creds from the console
session = boto3.Session(
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@secret@@",
    region_name="af-south-1",
)
s3 = session.client("s3")

for obj in s3.list_objects_v2(Bucket="serengeti-sunrise-guest-photos", Prefix="2024/06/")["Contents"]:
    print(obj["Key"], obj["Size"])
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("yaml/gcp-service-account-key", "k8s/analytics/bigquery-sa.yaml", "Google Cloud docs: service account key JSON in a ConfigMap", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: bigquery-sa
  namespace: analytics
data:
  sa.json: |
    {
      "type": "service_account",
      "project_id": "safari-analytics-ke",
      "private_key_id": "@@kid@@",
      "private_key": "@@secret@@",
      "client_email": "bq-loader@safari-analytics-ke.iam.gserviceaccount.com",
      "client_id": "104882113950022716641",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
""", secret=pem("").replace("  PRIVATE", " PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40))

# ---------------------------------------------------------------- more payments, in more forms

add("env/mpesa-passkey", "lipa-service/.env.local", "Safaricom Daraja docs: LNM passkey", """
SHORTCODE=7719042
TILL_NUMBER=5123987
# passkey ya production (imetumwa na Safaricom kwa email 12/03)
LNM_PASSKEY=@@secret@@
CALLBACK_BASE=https://pay.kibokoexpeditions.com
""", secret=hexs(64))

add("java/mpesa-consumer-secret", "src/main/java/ke/co/tsavotrails/mpesa/DarajaAuth.java", "Safaricom Daraja docs: Basic base64(key:secret)", """
package ke.co.tsavotrails.mpesa;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

public final class DarajaAuth {
    private static final String KEY = "@@key@@";
    private static final String SECRET =
            "@@s1@@" +
            "@@s2@@";

    public static String basicHeader() {
        String raw = KEY + ":" + SECRET;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
""", secret=(_ds := daraja_secret()), key=daraja_key(), s1=_ds[:32], s2=_ds[32:])

add("python/decoy-test-fixture", "tests/test_mpesa_password.py", "Safaricom Daraja docs: password = base64(shortcode+passkey+timestamp)", """
import base64

from tembo_payments.mpesa.stk import stk_password

# Fixture: passkey ya uongo kwa majaribio tu (fake passkey for tests only)
FAKE_PASSKEY = "0" * 64


def test_password_is_base64_of_parts(monkeypatch):
    monkeypatch.setattr("tembo_payments.mpesa.stk.PASSKEY", FAKE_PASSKEY)
    pw = stk_password("20240101120000")
    assert base64.b64decode(pw).decode() == "4087215" + FAKE_PASSKEY + "20240101120000"
""")

add("yaml/decoy-sops-encrypted", "secrets/payments.enc.yaml", "Mozilla SOPS docs: encrypted YAML", """
pesapal:
    consumer_key: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    consumer_secret: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms: []
    age:
        - recipient: age1qz7jh0d2l6w4m8y9kx3v5n2c7t0r4e6p8s1u3w5y7a9c2e4g6i8k0mxyzq
    lastmodified: "2024-06-01T08:12:44Z"
    mac: ENC[AES256_GCM,data:@@mac@@,type:str]
    version: 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 40, ALNUM + "+/"),
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    mac=fakes.drawn(_seed(), 88, ALNUM + "+/"))

add("typescript/flutterwave-webhook-hash", "api/src/webhooks/flutterwave.ts", "Flutterwave docs: verif-hash webhook secret hash", """
import { Request, Response } from 'express';

// Hash ya siri tuliyoweka kwenye dashboard ya Flutterwave
const FLW_SECRET_HASH = '@@secret@@';

export function flutterwaveWebhook(req: Request, res: Response) {
  if (req.header('verif-hash') !== FLW_SECRET_HASH) {
    return res.status(401).end();
  }
  const { tx_ref, status, amount } = req.body.data;
  console.log(`malipo ${tx_ref}: ${status} ${amount}`);
  res.status(200).end();
}
""", secret=rpw(28))

add("php/pesapal-consumer-secret", "config/services.php", "Laravel docs: config/services.php third-party credentials", """
<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
    ],

    // Pesapal - Zanzibar Spice Villas (iliwekwa moja kwa moja, env haikufanya kazi kwenye cPanel)
    'pesapal' => [
        'consumer_key' => '@@key@@',
        'consumer_secret' => '@@secret@@',
        'live' => true,
    ],
];
""", secret=pesapal_secret(), key=pesapal_key())

add("php/decoy-env-reference", "config/payments.php", "Laravel docs: env() helper", """
<?php

return [
    'mpesa' => [
        'consumer_key' => env('MPESA_CONSUMER_KEY'),
        'consumer_secret' => env('MPESA_CONSUMER_SECRET'),
        'passkey' => env('MPESA_PASSKEY'),
        'shortcode' => env('MPESA_SHORTCODE', '174379'),
    ],
    'flutterwave' => [
        'public_key' => env('FLW_PUBLIC_KEY'),
        'secret_key' => env('FLW_SECRET_KEY'),
    ],
];
""")

add("ruby/decoy-credentials-reference", "config/initializers/payments.rb", "Rails docs: encrypted credentials", """
# Funguo zote ziko kwenye config/credentials.yml.enc (bin/rails credentials:edit)
Rails.application.config.x.paystack = {
  secret_key: Rails.application.credentials.dig(:paystack, :secret_key),
  public_key: Rails.application.credentials.dig(:paystack, :public_key),
  callback_url: 'https://book.nyatitours.com/payments/paystack/callback'
}
Rails.application.config.x.mpesa_shortcode = ENV.fetch('MPESA_SHORTCODE', '174379')
""")

add("yaml/dpo-company-token", "config/payment_gateways.yml", "DPO Group docs: CompanyToken and ServiceType", """
# Njia za malipo kwa website ya Tarangire Tented Lodge
gateways:
  mpesa:
    enabled: true
    paybill: "4087215"
  dpo:
    enabled: true
    endpoint: https://secure.3gdirectpay.com/API/v6/
    company_token: "@@secret@@"
    service_type: "3854"
    currency: USD
  bank_transfer:
    bank: CRDB Bank
    swift: CORUTZTZ
""", secret=dpo_token())

add("json/decoy-bank-details", "public/payment-options.json", "Published bank transfer details for guests", """
{
  "company": "Ngorongoro Rim Lodge Ltd",
  "bank_transfer": {
    "bank": "NMB Bank PLC",
    "branch": "Arusha Main",
    "account_name": "Ngorongoro Rim Lodge Ltd",
    "account_number_usd": "22310045XXXX",
    "swift": "NMIBTZTZ"
  },
  "mobile_money": {"m_pesa_tz_lipa_namba": "57112233", "airtel_money": "0688 000 111"},
  "card": {"processor": "Pesapal", "note": "Link sent with the invoice"}
}
""")

add("markdown/decoy-redacted", "docs/incidents/2024-04-payment-outage.md", "Incident postmortem with redacted values", """
# Tukio: malipo ya M-Pesa yalikwama (2024-04-19)

**Muda:** 09:10-11:45 EAT. **Athari:** STK push 42 zilishindwa.

## Chanzo (root cause)
Consumer secret ilibadilishwa kwenye Daraja portal lakini haikubadilishwa kwenye Vault.
Log ilionyesha: `consumer_secret=[REDACTED]`, `Authorization: Basic ****`.

## Hatua
1. Tulisasisha `secret/lodge/mpesa` kwenye Vault (Baraka).
2. Tuliongeza alert ya 401 kutoka Daraja.
3. Secret rotation sasa ni kwenye runbook (docs/runbooks/mpesa-rotate.md).
""")

add("go/flutterwave-secret-key", "cmd/refunds/main.go", "Flutterwave docs: refunds API with Bearer secret key", """
package main

import (
	"fmt"
	"net/http"
	"os"
	"strings"
)

// Rejesha pesa kwa mgeni aliyefuta safari (refund a cancelled safari)
func main() {
	txID := os.Args[1]
	body := strings.NewReader(`{"amount": "150"}`)
	req, _ := http.NewRequest("POST", "https://api.flutterwave.com/v3/transactions/"+txID+"/refund", body)
	req.Header.Set("Authorization", "Bearer @@secret@@")
	req.Header.Set("Content-Type", "application/json")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Status)
}
""", secret=flutterwave("FLWSECK-"))

add("python/stripe-restricted-key", "reports/stripe_payouts.py", "Stripe docs: restricted keys rk_live_", """
import csv
import sys

import stripe

# Restricted key (read payouts only) ya ripoti ya fedha
stripe.api_key = "@@secret@@"

writer = csv.writer(sys.stdout)
writer.writerow(["payout", "amount", "arrival_date", "status"])
for p in stripe.Payout.list(limit=100).auto_paging_iter():
    writer.writerow([p.id, p.amount / 100, p.arrival_date, p.status])
""", secret=stripe_key("rk_live_"))

add("python/decoy-stripe-ids", "reports/stripe_reconcile.py", "Stripe docs: object ids like ch_, po_, acct_", """
import os

import stripe

stripe.api_key = os.environ["STRIPE_READONLY_KEY"]

# Malipo ambayo tayari tumeyaoanisha (already matched)
KNOWN = {
    "ch_3PGx8kLm2nQv7RzT0a1b2c3d": "MRC-2291",
    "ch_3PGy1aBc4dEf5GhI1j2k3l4m": "MRC-2294",
    "po_1PHa9ZxYwVuTsRqP0o9n8m7l": "payout June wk2",
}
ACCOUNT = "acct_1Nv0FGQ9RKHgCVdK"
""")

add("properties/paystack-secret-key", "config/paystack.properties", "Paystack docs: secret key", """
# Paystack - Kampala gorilla trekking add-on (Uganda partners pay in NGN/GHS)
paystack.base-url=https://api.paystack.co
paystack.secret-key=@@secret@@
paystack.public-key=@@pub@@
paystack.callback=https://book.bwindigorillatreks.com/paystack/return
paystack.currency=GHS
""", secret=paystack(), pub=paystack("pk_live_"))

add("properties/decoy-placeholder", "config/paystack.properties.template", "Template properties with placeholders", """
# Jaza kwa thamani halisi kwenye server tu (fill in on the server only)
paystack.base-url=https://api.paystack.co
paystack.secret-key=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
paystack.public-key=pk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
paystack.callback=https://CHANGE-ME/paystack/return
paystack.currency=KES
""")

add("shell/paystack-secret-key", "scripts/paystack_list_txn.sh", "Paystack docs: curl with Authorization Bearer", """
#!/usr/bin/env bash
# Orodha ya malipo ya leo (today's transactions) kwa uhasibu
FROM=$(date +%F)
curl -s "https://api.paystack.co/transaction?from=${FROM}&perPage=100" \\
  -H "Authorization: Bearer @@secret@@" \\
  | jq -r '.data[] | [.reference, .amount/100, .currency, .status] | @csv'
""", secret=paystack())

add("kotlin/flutterwave-encryption-key", "android/app/src/main/java/com/amboseliacacia/pay/FlwKeys.kt", "Flutterwave Rave Android docs: encryption key", """
package com.amboseliacacia.pay

object FlwKeys {
    const val PUBLIC_KEY = "@@pub@@"
    // Encryption key (hutumika kusimba data ya kadi)
    const val ENCRYPTION_KEY = "@@secret@@"
    const val CURRENCY = "KES"
    const val COUNTRY = "KE"
}
""", secret="FLWSECK" + hexs(12), pub=flutterwave("FLWPUBK-"))

add("csharp/decoy-publishable-key", "LodgeSite/Pages/Checkout.cshtml.cs", "Stripe docs: publishable key for Checkout", """
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LodgeSite.Pages
{
    public class CheckoutModel : PageModel
    {
        // Publishable key: inaenda kwenye browser, sio siri
        public string StripePublishableKey { get; } = "@@pub@@";
        public string BookingRef { get; set; } = string.Empty;

        public void OnGet(string bookingRef) => BookingRef = bookingRef;
    }
}
""", pub=stripe_key("pk_live_"))

add("env/dpo-company-token", "dpo-bridge/.env", "DPO Group docs: CompanyToken", """
DPO_ENDPOINT=https://secure.3gdirectpay.com/API/v6/
DPO_COMPANY_TOKEN=@@secret@@
DPO_SERVICE_TYPE=45
DPO_REDIRECT_URL=https://www.ruahariverside.co.tz/payment/complete
DPO_BACK_URL=https://www.ruahariverside.co.tz/payment/cancel
""", secret=dpo_token())

# ---------------------------------------------------------------- web sites, office IT, ops

add("xml/smtp-password", "LodgeSite/Web.config", "ASP.NET docs: system.net mailSettings smtp network", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SiteName" value="Samburu Sands Lodge" />
    <add key="DefaultCulture" value="sw-KE" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="reservations@samburusands.com" deliveryMethod="Network">
        <network host="smtp.zoho.com" port="587" enableSsl="true"
                 userName="reservations@samburusands.com" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""", secret=words_pw())

add("xml/decoy-config-transform", "LodgeSite/Web.Release.config", "ASP.NET docs: Web.config transformation with tokens", """
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <system.net>
    <mailSettings>
      <smtp xdt:Transform="Replace" from="reservations@samburusands.com" deliveryMethod="Network">
        <network host="smtp.zoho.com" port="587" enableSsl="true"
                 userName="#{SmtpUser}#" password="#{SmtpPassword}#" />
      </smtp>
    </mailSettings>
  </system.net>
</configuration>
""")

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "Terraform Cloudflare provider docs: api_token", """
provider "cloudflare" {
  # Token ya DNS edit kwa serengetisavannah.com
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "0f5a3c2e9b7d4c1a8e6f2b0d9c7a5e3f"
  name    = "book"
  value   = "41.90.12.34"
  type    = "A"
  proxied = true
}
""", secret=fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-ids", "infra/dns/zones.tf", "Terraform Cloudflare docs: zone and account ids", """
locals {
  # Zone IDs si siri (not secret; shown in the dashboard)
  zones = {
    "serengetisavannah.com" = "@@z1@@"
    "mararidgecamp.co.ke"   = "@@z2@@"
    "kiboko-expeditions.com" = "@@z3@@"
  }
  account_id = "@@acc@@"
}
""", z1=hexs(32), z2=hexs(32), z3=hexs(32), acc=hexs(32))

add("nginx/basic-auth-credential", "deploy/nginx/pms-proxy.conf", "nginx docs: proxy_set_header Authorization Basic", """
# Proxy ya PMS ya zamani (legacy PMS behind basic auth) kwa tablets za reception
server {
    listen 8081;
    server_name pms-proxy.lodge.local;

    location / {
        proxy_pass http://10.1.4.30:8080;
        proxy_set_header Authorization "Basic @@secret@@";
        proxy_set_header Host $host;
    }
}
""", secret=b64("reception:" + words_pw()))

add("yaml/decoy-checksums", "ansible/roles/tileserver/defaults/main.yml", "Ansible docs: get_url checksum", """
tileserver_version: "4.10.3"
tileserver_url: "https://github.com/maptiler/tileserver-gl/archive/refs/tags/v4.10.3.tar.gz"
tileserver_checksum: "sha256:@@a@@"
parks_mbtiles:
  - name: serengeti
    checksum: "sha256:@@b@@"
  - name: tsavo
    checksum: "sha256:@@c@@"
""", a=sha256ish(), b=sha256ish(), c=sha256ish())

add("compose/smtp-password", "mailrelay/docker-compose.yml", "Docker image boky/postfix docs: RELAYHOST_PASSWORD", """
services:
  relay:
    image: boky/postfix:v4.1.0
    restart: unless-stopped
    environment:
      ALLOWED_SENDER_DOMAINS: "kiboko-expeditions.com kibokoexpeditions.com"
      RELAYHOST: "[smtp.office365.com]:587"
      RELAYHOST_USERNAME: "noreply@kiboko-expeditions.com"
      RELAYHOST_PASSWORD: "@@secret@@"
    ports:
      - "127.0.0.1:1587:587"
""", secret=words_pw())

add("compose/redis-password", "camp-cache/compose.yaml", "Redis docs: requirepass on the command line", """
services:
  redis:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - ./data:/data
  worker:
    image: ghcr.io/mara-migration-tours/worker:1.4
    environment:
      REDIS_HOST: redis
""", secret=fakes.redis_password(_seed()))

add("k8s-secret/smtp-password", "k8s/guest-comms/smtp-secret.yaml", "Kubernetes docs: Secret data base64", """
apiVersion: v1
kind: Secret
metadata:
  name: smtp-relay
  namespace: guest-comms
type: Opaque
data:
  SMTP_HOST: @@host@@
  SMTP_USER: @@user@@
  SMTP_PASSWORD: @@pw@@
""", secret=(_sp := words_pw()), host=b64("smtp.zoho.com"), user=b64("bookings@lakenaivasha.example"), pw=b64(_sp))

add("k8s-secret/decoy-service-account-token-ref", "k8s/ci/runner-sa.yaml", "Kubernetes docs: service-account-token Secret (token filled by the controller)", """
apiVersion: v1
kind: Secret
metadata:
  name: ci-runner-token
  namespace: ci
  annotations:
    kubernetes.io/service-account.name: ci-runner
type: kubernetes.io/service-account-token
""")

add("k8s-secret/mpesa-consumer-secret", "k8s/payments/mpesa-secret.yaml", "Kubernetes docs: Secret data base64", """
apiVersion: v1
kind: Secret
metadata:
  name: mpesa
  namespace: payments
type: Opaque
data:
  MPESA_SHORTCODE: @@sc@@
  MPESA_CONSUMER_KEY: @@k@@
  MPESA_CONSUMER_SECRET: @@s@@
""", secret=(_ms := daraja_secret()), sc=b64("4087215"), k=b64(daraja_key()), s=b64(_ms))

add("ansible/wifi-controller-password", "ansible/host_vars/camp-naboisho.yml", "Ansible docs: host_vars", """
# Kambi ya Naboisho - mtandao (network)
camp_name: naboisho
unifi_controller: https://10.8.0.5:8443
unifi_user: lodgeadmin
unifi_password: @@secret@@
guest_ssid: Naboisho-Guest
staff_ssid: Naboisho-Staff
uplink: starlink
""", secret=rpw(16))

add("ansible/decoy-vault-lookup", "ansible/host_vars/camp-olare.yml", "Ansible docs: hashi_vault lookup", """
camp_name: olare
unifi_controller: https://10.9.0.5:8443
unifi_user: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/camps/olare:unifi_user') }}"
unifi_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/camps/olare:unifi_password') }}"
guest_ssid: Olare-Guest
uplink: safaricom-fibre
""")

add("powershell/sqlserver-password", "it/scripts/Export-Occupancy.ps1", "SqlServer module docs: Invoke-Sqlcmd -Password", """
# Ripoti ya occupancy kila Jumatatu (weekly occupancy report)
$query = @"
SELECT CAST(NightDate AS date) AS Night, SUM(RoomsSold) AS Sold, SUM(RoomsTotal) AS Total
FROM dbo.Occupancy WHERE NightDate >= DATEADD(day, -7, GETDATE()) GROUP BY CAST(NightDate AS date)
"@
Invoke-Sqlcmd -ServerInstance "PMS01\\SQLEXPRESS" -Database "LodgePms" `
    -Username "report_svc" -Password "@@secret@@" -Query $query |
    Export-Csv "\\\\fileserver\\reports\\occupancy-$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
""", secret=words_pw())

add("powershell/decoy-credential-prompt", "it/scripts/Connect-Lodge365.ps1", "Microsoft Graph PowerShell docs: interactive sign-in", """
# Ingia Microsoft 365 ya kampuni (interactive, MFA)
Import-Module Microsoft.Graph.Users
Connect-MgGraph -Scopes "User.ReadWrite.All","Group.ReadWrite.All" -TenantId "@@tenant@@"
$cred = Get-Credential -Message "Akaunti ya admin ya lodge"
Get-MgUser -Filter "department eq 'Reception'" | Select-Object DisplayName, Mail
Disconnect-MgGraph
""", tenant=uuid_s())

add("shell/mysql-password", "scripts/nightly_dump.sh", "MySQL docs: mysqldump -p<password> on the command line", """
#!/bin/bash
# Backup ya usiku ya hifadhidata ya website (WordPress + bookings)
STAMP=$(date +%Y%m%d)
mysqldump -h mysql.lamuhouse.internal -u backup -p'@@secret@@' --single-transaction wp_lamu \\
  | gzip > /srv/backups/wp_lamu-$STAMP.sql.gz
rclone copy /srv/backups/wp_lamu-$STAMP.sql.gz b2:lamu-backups/mysql/
find /srv/backups -name 'wp_lamu-*.sql.gz' -mtime +14 -delete
""", secret=words_pw())

add("shell/decoy-env-reference", "scripts/restore_dump.sh", "Shell convention: credentials from env and .my.cnf", """
#!/bin/bash
set -euo pipefail
# Rejesha backup (restore) - nenosiri linasomwa kutoka ~/.my.cnf au $MYSQL_PWD
DUMP=${1:?tumia: restore_dump.sh <file.sql.gz>}
: "${MYSQL_PWD:?weka MYSQL_PWD kwanza}"
gunzip -c "$DUMP" | mysql -h "${DB_HOST:-127.0.0.1}" -u "${DB_USER:-restore}" wp_lamu_restore
echo "imerejeshwa: $DUMP"
""")

add("github-actions/ssh-private-key", ".github/workflows/deploy-lodge-site.yml", "GitHub Actions: deploy over SSH with a key written from the workflow", """
name: deploy-lodge-site
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Andika funguo ya SSH
        run: |
          mkdir -p ~/.ssh
          cat > ~/.ssh/id_ed25519 <<'EOF'
@@key@@
          EOF
          chmod 600 ~/.ssh/id_ed25519
      - run: rsync -az --delete public/ deploy@41.90.12.34:/var/www/lodge/
""", secret=(_ok := pem("OPENSSH")), key=indent(_ok, 10))

add("github-actions/decoy-oidc", ".github/workflows/deploy-infra.yml", "GitHub docs: OIDC with aws-actions/configure-aws-credentials", """
name: deploy-infra
on:
  push:
    branches: [main]
    paths: ["infra/**"]
permissions:
  id-token: write
  contents: read
jobs:
  apply:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-terraform
          aws-region: af-south-1
      - run: terraform -chdir=infra/aws init && terraform -chdir=infra/aws apply -auto-approve
""")

add("markdown/router-admin-password", "docs/camps/fly-camp-checklist.md", "Camp setup checklist with device credentials", """
# Orodha ya kuweka fly camp (fly camp checklist)

- [ ] Solar: panels 6, betri 4 (Victron), angalia VRM.
- [ ] Starlink dish + MikroTik hAP ax2.
  - MikroTik: `admin` / `@@secret@@` (badilisha baada ya msimu!)
- [ ] Redio za VHF: 8, chaji kamili.
- [ ] Kifaa cha kwanza (first aid) na snake bite kit.
- [ ] Maji: lita 2000, angalia filter.
""", secret=words_pw())

add("markdown/decoy-wifi-card", "docs/guest/welcome-card.md", "Guest welcome card text", """
# Karibu Mara Ridge Camp!

- Kifungua kinywa (breakfast): 06:30-09:30 kwenye main mess tent.
- Game drive ya asubuhi inaanza 06:00; ya jioni 16:00.
- Wi-Fi ya wageni: angalia kadi iliyo ndani ya hema lako (changes every week).
- Dharura usiku: piga filimbi au redio kwa askari (walkie-talkie channel 3).
- Tafadhali usitembee peke yako baada ya giza - wanyama pori hupita kambini.
""")

add("csv/decoy-vehicle-register", "fleet/vehicles.csv", "Fleet register export", """
plate,make,model,year,seats,chassis_no,insurance_policy,gps_imei
KDK 512Q,Toyota,Land Cruiser 79,2021,7,JTELV73J0M0412345,JUB/MTR/2024/00812,352093089012345
KDJ 884M,Toyota,Land Cruiser 76,2020,7,JTEBV71J7L0498765,JUB/MTR/2024/00813,352093089067891
T 712 DMX,Toyota,Land Cruiser 78,2019,9,JTELB71J3K0554321,JUB/MTR/2024/00814,352093089055552
KDM 201A,Toyota,Hiace,2022,10,JTFSS22P0N0123987,JUB/MTR/2024/00815,352093089099901
""")

add("json/decoy-package-lock", "web/package-lock.json", "npm docs: package-lock integrity hashes", """
{
  "name": "kilimanjaro-trails-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@paystack/inline-js": {
      "version": "2.20.1",
      "resolved": "https://registry.npmjs.org/@paystack/inline-js/-/inline-js-2.20.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

# ---------------------------------------------------------------- conservation partners, tracking, analytics

add("python/earthranger-password", "tracking/er_client_setup.py", "earthranger-client docs: ERClient(username=, password=, client_id=)", """
from erclient import ERClient

# Akaunti ya huduma (service account) kwa upakiaji wa data ya collar
client = ERClient(
    service_root="https://olpejeta-partner.pamdas.org/api/v1.0",
    username="collar_ingest",
    password="@@secret@@",
    client_id="das_web_client",
    token_url="https://olpejeta-partner.pamdas.org/oauth2/token",
)

for sub in client.get_subjects(subject_group="Elephants - Laikipia"):
    print(sub["name"], sub["last_position_date"])
""", secret=words_pw())

add("yaml/decoy-public-ids", "tracking/er_sources.yml", "EarthRanger docs: source and subject ids", """
# Vyanzo vya data (sources) - ids za EarthRanger si siri
sources:
  - provider: awt
    collar: AWT-0451
    er_source_id: @@a@@
  - provider: vectronic
    collar: VEC-1187
    er_source_id: @@b@@
subject_group: "@@c@@"
poll_minutes: 60
""", a=uuid_s(), b=uuid_s(), c=uuid_s())

add("r/postgres-password", "analysis/migration_counts.R", "DBI/RPostgres docs: dbConnect(password=)", """
library(DBI)
library(dplyr)

# Hesabu za nyumbu (wildebeest counts) - aerial survey 2024
con <- dbConnect(RPostgres::Postgres(),
                 host = "pg-research.maraconservancy.internal",
                 dbname = "surveys", user = "analyst",
                 password = "@@secret@@")

counts <- tbl(con, "aerial_counts") %>%
  filter(species == "wildebeest", year == 2024) %>%
  group_by(block) %>% summarise(total = sum(count)) %>% collect()
dbDisconnect(con)
""", secret=rpw(20))

add("r/decoy-env-reference", "analysis/lion_ranges.R", "R docs: Sys.getenv", """
library(DBI)
library(sf)

# Maeneo ya simba (lion home ranges) - credentials from ~/.Renviron
con <- dbConnect(RPostgres::Postgres(), host = Sys.getenv("PGHOST"), dbname = "tracking",
                 user = Sys.getenv("PGUSER"), password = Sys.getenv("PGPASSWORD"))
fixes <- st_read(con, query = "select collar_id, geom from fixes where species = 'lion'")
dbDisconnect(con)
""")

add("notebook/aws-secret-key", "analysis/camera_trap_upload.ipynb", "boto3 docs: client with explicit keys in a notebook", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Pakia picha za camera traps (upload camera-trap images for classification)"]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pathlib\\n",
    "s3 = boto3.client('s3', region_name='af-south-1',\\n",
    "                  aws_access_key_id='@@akid@@',\\n",
    "                  aws_secret_access_key='@@secret@@')\\n",
    "for p in pathlib.Path('/data/ct/2024-06').glob('*.JPG'):\\n",
    "    s3.upload_file(str(p), 'mara-camera-traps', f'raw/2024-06/{p.name}')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", secret=fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("notebook/decoy-output-hashes", "analysis/dedupe_images.ipynb", "Jupyter notebook with md5 output", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "IMG_0412.JPG @@h1@@\\n",
      "IMG_0413.JPG @@h2@@\\n",
      "duplicates: 0\\n"
     ]
    }
   ],
   "source": ["for p in paths[:2]: print(p.name, md5(p))\\n", "print('duplicates:', len(dupes))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", h1=hexs(32), h2=hexs(32))

add("python/azure-client-secret", "tracking/onedrive_reports.py", "MSAL Python docs: ConfidentialClientApplication client_credential", """
import msal
import requests

TENANT = "@@tenant@@"
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"

# Tuma ripoti ya kila wiki kwenye SharePoint ya wafadhili (donor reports)
app = msal.ConfidentialClientApplication(CLIENT_ID, authority=f"https://login.microsoftonline.com/{TENANT}",
                                         client_credential=CLIENT_SECRET)
token = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])["access_token"]
requests.put("https://graph.microsoft.com/v1.0/sites/root/drive/root:/Reports/weekly.pdf:/content",
             headers={"Authorization": f"Bearer {token}"}, data=open("weekly.pdf", "rb"))
""", secret=fakes.drawn(_seed(), 3, ALNUM) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"), tenant=uuid_s(), cid=uuid_s())

add("json/decoy-msal-public-client", "guide_app/assets/msal_config.json", "MSAL Android docs: public client configuration", """
{
  "client_id": "@@cid@@",
  "authorization_user_agent": "DEFAULT",
  "redirect_uri": "msauth://app.serengetiguides.android/@@sig@@",
  "account_mode": "SINGLE",
  "authorities": [
    {"type": "AAD", "audience": {"type": "AzureADMyOrg", "tenant_id": "@@tenant@@"}}
  ]
}
""", cid=uuid_s(), sig=fakes.drawn(_seed(), 27, ALNUM + "+/") + "%3D", tenant=uuid_s())

add("go/telegram-bot-token", "cmd/poacher-alert/main.go", "telegram-bot-api docs: NewBotAPI(token)", """
package main

import (
	"log"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// Tahadhari za ujangili kwa askari (anti-poaching alerts to rangers)
func main() {
	bot, err := tgbotapi.NewBotAPI("@@secret@@")
	if err != nil {
		log.Fatal(err)
	}
	msg := tgbotapi.NewMessage(-1001122334455, "TAHADHARI: mlio wa risasi karibu na kizuizi 4 (gunshot near block 4)")
	if _, err := bot.Send(msg); err != nil {
		log.Fatal(err)
	}
}
""", secret=telegram())

add("env/telegram-bot-token", "ranger-alerts/.env", "dotenv file with bot token", """
# Huduma ya tahadhari (ranger alert service)
BOT_TOKEN=@@secret@@
RANGER_CHAT_ID=-1001122334455
ALERT_RADIUS_KM=3
LOG_LEVEL=info
""", secret=telegram())

add("yaml/decoy-telegram-chat-ids", "ranger-alerts/routing.yml", "Bot routing config with chat ids", """
# Njia za tahadhari (routing) - chat ids si siri
routes:
  gunshot:
    chats: [-1001122334455, -1009988776655]
    severity: high
  fence_break:
    chats: [-1001122334455]
    severity: medium
  collar_mortality:
    chats: [-1005566778899]
    severity: high
bot_token_env: BOT_TOKEN
""")

add("kotlin/mapbox-download-token", "guide_app/android/gradle.properties.kts", "Mapbox Android docs: secret downloads token sk.", """
// Gradle settings for the guide app (Mapbox offline SDK)
val mapboxDownloadsToken = "@@secret@@"

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            url = uri("https://api.mapbox.com/downloads/v2/releases/maven")
            credentials {
                username = "mapbox"
                password = mapboxDownloadsToken
            }
        }
    }
}
""", secret=mapbox("sk"))

add("swift/decoy-publishable-key", "SafariGuide/Config/MapConfig.swift", "Mapbox iOS docs: public access token in Info.plist/code", """
import MapboxMaps

// Token ya umma (public pk.) - imezuiliwa kwa bundle id ya app
enum MapConfig {
    static let accessToken = "@@pub@@"
    static let styleURI = StyleURI(rawValue: "mapbox://styles/kilimanjarotrails/clx0park01")!
    static let serengetiCenter = CLLocationCoordinate2D(latitude: -2.3333, longitude: 34.8333)
}
""", pub=mapbox("pk"))

add("ruby/twilio-auth-token", "lib/tasks/reminders.rake", "twilio-ruby docs: Twilio::REST::Client.new(account_sid, auth_token)", """
# Vikumbusho vya SMS siku moja kabla ya kuwasili (arrival reminders)
namespace :reminders do
  task send: :environment do
    client = Twilio::REST::Client.new('AC@@sid@@', '@@secret@@')
    Booking.arriving_on(Date.tomorrow).find_each do |b|
      client.messages.create(from: '+12015550123', to: b.guest_phone,
                             body: "Jambo #{b.guest_first_name}! Tunakusubiri kesho. Pickup: #{b.pickup_time}")
    end
  end
end
""", secret=hexs(32), sid=hexs(32))

add("yaml/sendgrid-api-key", "config/notifications.yaml", "SendGrid docs: API key SG.", """
# Arifa za barua pepe (email notifications)
email:
  provider: sendgrid
  api_key: @@secret@@
  from: "Tarangire View Lodge <hello@tarangireview.example>"
  templates:
    booking_confirmed: d-0a1b2c3d4e5f40718293a4b5c6d7e8f9
    balance_due: d-1b2c3d4e5f6a40718293a4b5c6d7e8f0
""", secret=sendgrid_key())

add("yaml/decoy-sendgrid-template-ids", "config/notifications.staging.yaml", "SendGrid docs: dynamic template ids", """
email:
  provider: sendgrid
  api_key: ${SENDGRID_API_KEY}
  from: "Tarangire View Lodge (staging) <staging@tarangireview.example>"
  templates:
    booking_confirmed: d-0a1b2c3d4e5f40718293a4b5c6d7e8f9
    balance_due: d-1b2c3d4e5f6a40718293a4b5c6d7e8f0
  sandbox_mode: true
""")

# ---------------------------------------------------------------- the last mile: handovers, apps, odd places

add("markdown/mpesa-consumer-secret", "docs/handover/payments-handover-sw.md", "Handover note in Swahili with Daraja credentials", """
# Makabidhiano - Malipo (Payments handover)

Habari Rehema,

Kama tulivyoongea, hizi ndizo taarifa za Daraja (production) kwa paybill 4087215:

- Consumer Key: `@@key@@`
- Consumer Secret: `@@secret@@`
- Initiator: `tsavoapi` (nenosiri liko kwa Finance Manager)

Callback bado ni `https://book.mararidgecamp.co.ke/api/mpesa/callback/`.
Tafadhali zihamishie kwenye Vault halafu ufute ujumbe huu.

Asante, Joseph
""", secret=daraja_secret(), key=daraja_key())

add("markdown/decoy-rotation-runbook", "docs/runbooks/mpesa-rotate.md", "Runbook for rotating Daraja credentials", """
# Kubadilisha funguo za Daraja (rotate Daraja credentials)

1. Ingia https://developer.safaricom.co.ke -> *My Apps* -> `mara-ridge-prod`.
2. Bonyeza **Regenerate** kwa consumer secret.
3. Weka thamani mpya: `vault kv put secret/lodge/mpesa consumer_secret=@-` (soma kutoka stdin).
4. `kubectl -n payments rollout restart deploy/booking-api`.
5. Jaribu: `make mpesa-smoke` inapaswa kurudisha `ResponseCode: 0`.

Usibandike secret kwenye Slack, WhatsApp au ticket.
""")

add("typescript/pesapal-consumer-secret", "functions/src/pesapal.ts", "Pesapal API 3.0 docs: RequestToken", """
import * as functions from 'firebase-functions';
import fetch from 'node-fetch';

const PESAPAL = 'https://pay.pesapal.com/v3/api';
const creds = {
  consumer_key: '@@key@@',
  consumer_secret: '@@secret@@',
};

// Pata token ya Pesapal kwa Cloud Function ya malipo
export const pesapalToken = functions.region('europe-west1').https.onCall(async () => {
  const res = await fetch(`${PESAPAL}/Auth/RequestToken`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(creds),
  });
  return (await res.json()).token;
});
""", secret=pesapal_secret(), key=pesapal_key())

add("json/decoy-firebase-web-config", "web/src/firebase-config.json", "Firebase docs: web config (apiKey is not a secret)", """
{
  "apiKey": "@@k@@",
  "authDomain": "serengeti-guides.firebaseapp.com",
  "projectId": "serengeti-guides",
  "storageBucket": "serengeti-guides.appspot.com",
  "messagingSenderId": "884421905512",
  "appId": "1:884421905512:web:@@app@@",
  "measurementId": "G-7Q2M4XK9PL"
}
""", k=google_key(), app=hexs(22))

add("python/decoy-hmac-verify", "booking/webhooks/verify.py", "Paystack docs: x-paystack-signature HMAC SHA512 verification", """
import hashlib
import hmac
import os

from django.http import HttpRequest

PAYSTACK_SECRET = os.environ["PAYSTACK_SECRET_KEY"].encode()


def valid_paystack(request: HttpRequest) -> bool:
    # Thibitisha sahihi (verify signature) - tunalinganisha HMAC ya body
    expected = hmac.new(PAYSTACK_SECRET, request.body, hashlib.sha512).hexdigest()
    return hmac.compare_digest(expected, request.headers.get("x-paystack-signature", ""))
""")

add("java/mysql-password", "src/main/java/com/savannahtrails/db/Legacy.java", "JDBC docs: DriverManager.getConnection(url, user, password)", """
package com.savannahtrails.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

// Hifadhidata ya zamani ya bookings (2016-2021), inatumika kwa ripoti tu
public final class Legacy {
    private static final String URL = "jdbc:mysql://10.1.9.4:3306/safari_legacy?useSSL=false";

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "legacy_ro", "@@secret@@");
    }
}
""", secret=words_pw())

add("properties/decoy-env-reference", "src/main/resources/application.properties", "Spring Boot docs: property placeholders", """
spring.application.name=booking-service
spring.datasource.url=${DB_URL}
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
mpesa.consumer-key=${MPESA_CONSUMER_KEY}
mpesa.consumer-secret=${MPESA_CONSUMER_SECRET}
spring.mail.password=${SMTP_PASSWORD:}
""")

add("yaml/ldap-bind-password", "config/keycloak-ldap.yaml", "Keycloak docs: LDAP user federation bindCredential", """
# Keycloak realm import - wafanyakazi wa ofisi ya Nairobi na Arusha
realm: safari-staff
components:
  org.keycloak.storage.UserStorageProvider:
    - name: safari-ad
      providerId: ldap
      config:
        connectionUrl: ["ldaps://dc01.safari.local:636"]
        bindDn: ["CN=svc-keycloak,OU=Service,DC=safari,DC=local"]
        bindCredential: ["@@secret@@"]
        usersDn: ["OU=Staff,DC=safari,DC=local"]
        editMode: ["READ_ONLY"]
""", secret=words_pw())

add("yaml/decoy-keycloak-vault", "config/keycloak-ldap.prod.yaml", "Keycloak docs: vault expressions ${vault.key}", """
realm: safari-staff
components:
  org.keycloak.storage.UserStorageProvider:
    - name: safari-ad
      providerId: ldap
      config:
        connectionUrl: ["ldaps://dc01.safari.local:636"]
        bindDn: ["CN=svc-keycloak,OU=Service,DC=safari,DC=local"]
        bindCredential: ["${vault.ldap_bind_password}"]
        usersDn: ["OU=Staff,DC=safari,DC=local"]
""")

add("csharp/africastalking-api-key", "Lodge.Notify/SmsSender.cs", "Africa's Talking .NET docs: AfricasTalkingGateway(username, apiKey)", """
using AfricasTalkingCS;

namespace Lodge.Notify
{
    public class SmsSender
    {
        private readonly AfricasTalkingGateway _gateway =
            new AfricasTalkingGateway("amboseliacacia", "@@secret@@");

        // Ujumbe kwa mgeni (guest SMS)
        public dynamic Send(string phone, string message) =>
            _gateway.SendMessage(phone, message, "AMBOSELI");
    }
}
""", secret=at_key())

add("ini/decoy-placeholder", "config/sms.ini.sample", "Sample INI with placeholders", """
; Nakili kuwa sms.ini (copy to sms.ini)
[africastalking]
username = sandbox
api_key = <weka-api-key-hapa>
sender_id = LODGE

[twilio]
account_sid = ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
auth_token = your_auth_token
""")

add("dockerfile/postgres-password", "db/Dockerfile", "postgres image docs: POSTGRES_PASSWORD env", """
FROM postgis/postgis:16-3.4
# Hifadhidata ya ramani na tracking (PostGIS)
ENV POSTGRES_DB=tracking \\
    POSTGRES_USER=tracking \\
    POSTGRES_PASSWORD=@@secret@@
COPY initdb/ /docker-entrypoint-initdb.d/
EXPOSE 5432
""", secret=rpw(20))

add("dockerfile/decoy-build-secret", "api/Dockerfile", "Docker docs: RUN --mount=type=secret", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
# Token ya npm inasomwa wakati wa build tu (build secret, not in the image)
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY . .
USER node
CMD ["node", "server.js"]
""")

add("shell/pypi-token", "scripts/release_safari_geo.sh", "twine docs: -u __token__ -p", """
#!/usr/bin/env bash
# Toa toleo jipya la safari-geo (release)
set -euo pipefail
rm -rf dist/
python -m build
twine check dist/*
twine upload -u __token__ -p @@secret@@ dist/*
git tag "v$(python -c 'import safari_geo; print(safari_geo.__version__)')"
""", secret=fakes.pypi_token(_seed()))

add("toml/decoy-pypi-trusted-publishing", "safari-geo/pyproject.toml", "PyPI docs: trusted publishing (no token)", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "safari-geo"
version = "1.3.0"
description = "Kuratibu na mipaka ya hifadhi za Afrika Mashariki (park boundaries and coordinates)"
requires-python = ">=3.10"
dependencies = ["shapely>=2", "pyproj>=3.6"]

[project.urls]
Homepage = "https://github.com/kiboko-expeditions/safari-geo"
""")

add("toml/github-token", "renovate-bot/config.toml", "Renovate self-hosted docs: token", """
# Renovate ya ndani (self-hosted) kwa repos za kampuni
platform = "github"
endpoint = "https://api.github.com/"
token = "@@secret@@"
repositories = ["kiboko-expeditions/booking-core", "kiboko-expeditions/safari-geo"]
onboarding = false
""", secret=fakes.github_fine_grained_token(_seed()))

add("plist/decoy-app-config", "SafariGuide/Info.plist", "Apple docs: Info.plist keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Safari Guide</string>
	<key>CFBundleIdentifier</key>
	<string>app.serengetiguides.ios</string>
	<key>NSLocationWhenInUseUsageDescription</key>
	<string>Tunatumia mahali ulipo kuonyesha wanyama karibu nawe.</string>
	<key>MBXAccessToken</key>
	<string>$(MAPBOX_PUBLIC_TOKEN)</string>
</dict>
</plist>
""")

add("plist/twilio-auth-token", "SafariGuide/Secrets.plist", "iOS property list holding API credentials", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>TwilioAccountSID</key>
	<string>AC@@sid@@</string>
	<key>TwilioAuthToken</key>
	<string>@@secret@@</string>
	<key>VerifyServiceSID</key>
	<string>VA@@va@@</string>
</dict>
</plist>
""", secret=hexs(32), sid=hexs(32), va=hexs(32))

add("sql/decoy-config-table", "db/seeds/integration_settings.sql", "Seed of integration settings pointing at secret names", """
-- Mipangilio ya muunganisho (integration settings); thamani za siri ziko kwenye Vault
INSERT INTO integration_setting (name, value, is_secret_ref) VALUES
  ('mpesa.shortcode', '4087215', false),
  ('mpesa.consumer_secret', 'vault:secret/lodge/mpesa#consumer_secret', true),
  ('pesapal.ipn_id', '@@ipn@@', false),
  ('flutterwave.secret_key', 'vault:secret/lodge/flutterwave#secret_key', true),
  ('sms.sender_id', 'MARARIDGE', false);
""", ipn=uuid_s())

add("sql/pesapal-consumer-secret", "db/migrations/0042_integration_credentials.sql", "SQL seed storing gateway credentials", """
-- 0042: weka credentials za Pesapal kwa lodge ya Zanzibar (temporary!)
UPDATE integration_setting SET value = '@@key@@' WHERE name = 'pesapal.consumer_key' AND property_id = 7;
UPDATE integration_setting SET value = '@@secret@@' WHERE name = 'pesapal.consumer_secret' AND property_id = 7;
UPDATE integration_setting SET value = 'live' WHERE name = 'pesapal.environment' AND property_id = 7;
INSERT INTO migration_log (id, note) VALUES (42, 'pesapal zanzibar');
""", secret=pesapal_secret(), key=pesapal_key())

add("log/decoy-mpesa-callbacks", "logs/mpesa-callbacks-2024-06-18.log", "Daraja callback log", """
2024-06-18 08:01:12 INFO callback CheckoutRequestID=ws_CO_180620240801093912 ResultCode=0 receipt=SGR5K2M8QZ amount=30000
2024-06-18 08:14:40 INFO callback CheckoutRequestID=ws_CO_180620240814301155 ResultCode=1032 desc="Request cancelled by user"
2024-06-18 09:02:05 INFO callback CheckoutRequestID=ws_CO_180620240901555870 ResultCode=0 receipt=SGR7P1W3XL amount=45000
2024-06-18 09:02:06 INFO matched booking MRC-2331 to receipt SGR7P1W3XL
2024-06-18 09:30:44 WARN callback CheckoutRequestID=ws_CO_180620240930120044 ResultCode=2001 desc="The initiator information is invalid."
""")

add("yaml/openai-api-key", "concierge-bot/config.yaml", "OpenAI docs: API key sk-proj-", """
# Concierge bot ya WhatsApp (majibu kwa Kiswahili na Kiingereza)
llm:
  provider: openai
  model: gpt-4o-mini
  api_key: @@secret@@
  temperature: 0.3
system_prompt: |
  Wewe ni msaidizi wa Mara Ridge Camp. Jibu kwa lugha ya mgeni.
  Never quote prices; send guests to reservations@mararidgecamp.co.ke.
""", secret=fakes.openai_key(_seed()))

# ---------------------------------------------------------------- a few more carriers

add("python/airtel-money-client-secret", "lodge_pay/airtel.py", "Airtel Africa Open API docs: /auth/oauth2/token client_credentials", """
import requests

AIRTEL = "https://openapi.airtel.africa"
# Airtel Money Tanzania - malipo ya wageni wa ndani (local guests)
CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    r = requests.post(f"{AIRTEL}/auth/oauth2/token", json={
        "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "client_credentials",
    }, headers={"Content-Type": "application/json"}, timeout=20)
    return r.json()["access_token"]
""", secret=uuid_s(), cid=uuid_s())

add("log/smtp-auth-plain", "logs/smtp-debug-2024-06-20.log", "RFC 4954 / RFC 4616: SMTP AUTH PLAIN transcript", """
2024-06-20 05:30:01 send: 'ehlo mail-relay.naboisho.local\\r\\n'
2024-06-20 05:30:01 reply: b'250-smtp.zoho.com Hello\\r\\n250-AUTH LOGIN PLAIN\\r\\n250 SIZE 53477376\\r\\n'
2024-06-20 05:30:01 send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-06-20 05:30:02 reply: b'235 Authentication Successful\\r\\n'
2024-06-20 05:30:02 send: 'mail FROM:<reports@naboisho.example> size=18233\\r\\n'
2024-06-20 05:30:02 reply: b'250 Sender <reports@naboisho.example> OK\\r\\n'
""", secret=b64("\0reports@naboisho.example\0" + words_pw()))

add("k8s-secret/tls-private-key", "k8s/ingress/booking-tls.yaml", "Kubernetes docs: kubernetes.io/tls Secret", """
apiVersion: v1
kind: Secret
metadata:
  name: booking-tls
  namespace: booking
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", secret=(_tk := pem("RSA")), key=b64(_tk + "\n"),
    crt=b64("-----BEGIN CERTIFICATE-----\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n-----END CERTIFICATE-----\n"))

add("csv/cctv-password", "it/devices_2024.csv", "IT device inventory export", """
device,site,ip,model,user,password,firmware
NVR-01,Main camp,192.168.20.10,Hikvision DS-7616NI,admin,@@secret@@,V4.62.210
Inverter-A,Main camp,192.168.30.5,Victron MultiPlus-II,-,-,v510
AP-Mess,Main camp,10.8.0.21,UniFi U6-Pro,-,managed by controller,6.6.77
Radio-Base,Main camp,-,Motorola DM4600e,-,-,R02.21
""", secret=rpw(12))

add("yaml/tingg-client-secret", "config/tingg.yml", "Cellulant Tingg Checkout docs: client_id and client_secret OAuth", """
# Tingg (Cellulant) checkout - wageni kutoka Uganda na Zambia
tingg:
  env: production
  service_code: NYATITOURS
  client_id: "@@cid@@"
  client_secret: "@@secret@@"
  iv_key: "@@iv@@"
  callback_url: https://book.nyatitours.com/tingg/callback
""", secret=rpw(40), cid=rpw(24), iv=hexs(16))

add("go/smtp-password", "internal/mail/send.go", "Go net/smtp docs: smtp.PlainAuth", """
package mail

import "net/smtp"

// Tuma vocha (voucher) kwa mgeni
func SendVoucher(to string, body []byte) error {
	auth := smtp.PlainAuth("", "vouchers@selousventures.example", "@@secret@@", "smtp.office365.com")
	return smtp.SendMail("smtp.office365.com:587", auth, "vouchers@selousventures.example", []string{to}, body)
}
""", secret=words_pw())

add("terraform/postgres-password", "infra/envs/prod.tfvars", "Terraform docs: variable definitions (.tfvars) files", """
# Mazingira ya production (Cape Town region)
region           = "af-south-1"
db_instance_type = "db.t4g.medium"
db_username      = "pms_admin"
db_password      = "@@secret@@"
domain           = "book.serengetisunrise.com"
alert_email      = "it@serengetisunrise.com"
""", secret=rpw(24))

add("json/slack-webhook", "serverless/alerts.config.json", "Slack docs: incoming webhooks", """
{
  "service": "occupancy-alerts",
  "schedule": "cron(0 4 * * ? *)",
  "thresholds": {"occupancy_low_pct": 35, "occupancy_high_pct": 95},
  "notify": {
    "slack_webhook": "@@secret@@",
    "channel": "#mapato-revenue"
  }
}
""", secret=slack_webhook())

add("rust/smtp-password", "voucher-mailer/src/main.rs", "lettre docs: Credentials::new", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

fn main() {
    let email = Message::builder()
        .from("Kiboko Expeditions <vouchers@kiboko-expeditions.com>".parse().unwrap())
        .to("guest@example.com".parse().unwrap())
        .subject("Vocha yako ya safari / Your safari voucher")
        .body(String::from("Karibu!"))
        .unwrap();
    let creds = Credentials::new("vouchers@kiboko-expeditions.com".to_owned(), "@@secret@@".to_owned());
    let mailer = SmtpTransport::relay("smtp.office365.com").unwrap().credentials(creds).build();
    mailer.send(&email).unwrap();
}
""", secret=words_pw())

add("markdown/vpn-preshared-key", "docs/network/site-to-site-vpn.md", "strongSwan / MikroTik IPsec docs: pre-shared key", """
# VPN kati ya ofisi ya Arusha na kambi (site-to-site IPsec)

| Upande / Side | Public IP     | Subnet        |
|---------------|---------------|---------------|
| Arusha office | 41.59.200.10  | 10.10.0.0/16  |
| Ruaha camp    | Starlink CGNAT (IKEv2, initiator) | 10.40.0.0/16 |

- IKE: IKEv2, aes256-sha256-modp2048
- PSK: `@@secret@@`
- DPD: 30s

Kama tunnel ikianguka: `/ip ipsec active-peers print` kwenye MikroTik ya kambi.
""", secret=rpw(32))

add("env/decoy-public-values", "web/.env.production", "Vite docs: VITE_ variables are exposed to the client", """
# Thamani hizi zote ni za umma (all public, bundled into the site)
VITE_SITE_NAME="Serengeti Sunrise Camp"
VITE_MPESA_PAYBILL=4087215
VITE_GA_MEASUREMENT_ID=G-7Q2M4XK9PL
VITE_STRIPE_PUBLISHABLE_KEY=@@spk@@
VITE_MAPBOX_TOKEN=@@mpk@@
VITE_API_BASE=https://api.serengetisunrise.com
""", spk=stripe_key("pk_live_"), mpk=mapbox("pk"))

add("json/decoy-jwks", "api/public/.well-known/jwks.json", "RFC 7517: JSON Web Key Set (public keys)", """
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "@@kid@@",
      "use": "sig",
      "alg": "RS256",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("python/decoy-redaction-patterns", "lodge_logging/redact.py", "Log redaction filter with token patterns", """
import logging
import re

# Ficha siri kwenye logs (mask secrets in logs before they reach Papertrail)
PATTERNS = [
    re.compile(r"FLWSECK-[0-9a-f]{32}-X"),
    re.compile(r"sk_live_[0-9a-zA-Z]{24,}"),
    re.compile(r"(consumer_secret|passkey)=[^&\\s]+"),
    re.compile(r"Basic [A-Za-z0-9+/=]{16,}"),
]


class RedactFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        msg = record.getMessage()
        for p in PATTERNS:
            msg = p.sub("[REDACTED]", msg)
        record.msg, record.args = msg, ()
        return True
""")
