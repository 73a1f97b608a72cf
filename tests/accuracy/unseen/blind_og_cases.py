"""Blind set OG: a Jharkhand sal-leaf plate co-operative and a rural women's self-help group.

The co-operative (Sakam Pattal Samiti, Dumka/Pakur: sal-leaf plates and bowls, orders from
caterers and temples, pressing-machine shifts, dispatch by truck and rail) and a women's
self-help group federation (Jhilmil Mahila Samuh: savings and loan ledger, weekly meetings,
instalment reminders by SMS and WhatsApp), with notes and comments partly in Santali (Ol Chiki
and Latin script), Bengali and Hindi. About 130 files holding one credential each and about 90
decoys. Generated fakes only (seeds 8780000-8789999).
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
UPPER = string.ascii_uppercase + string.digits
LOWER = string.ascii_lowercase
DIGITS = string.digits
SEED_LO, SEED_HI = 8780000, 8789999
_SEED = [SEED_LO]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sakam", "Pattal", "Dona", "Sarjom", "Hisab", "Taka", "Samuh", "Dumka", "Pakur", "Baha",
         "Sohrai", "Karam", "Mahua", "Gada", "Ato", "Orak", "Kisti", "Bachat", "Jhilmil", "Duli"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("@#!$*") + r.choice(WORDS).lower() + str(r.randint(10, 9999))


def rnd(n: int, alphabet: str = ALNUM, prefix: str = "") -> str:
    r = _rng()
    return prefix + "".join(r.choice(alphabet) for _ in range(n))


def mixed(n: int, prefix: str = "") -> str:
    return prefix + fakes.drawn_mixed(_seed(), n)


def hexs(n: int) -> str:
    return rnd(n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def pw() -> str:
    return fakes.password(_seed())


def rzp_id() -> str:
    return mixed(14, "rzp_live_")


def rzp_secret() -> str:
    return mixed(24)


def msg91() -> str:
    r = _rng()
    return str(r.randint(200000, 499999)) + "A" + "".join(r.choice(ALNUM) for _ in range(16)) + "P1"


def fast2sms() -> str:
    return mixed(80)


def textlocal() -> str:
    return mixed(43) + "="


def twilio_token() -> str:
    return hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def wa_token() -> str:
    return mixed(190, "EAAG")


def gmail_app() -> str:
    r = _rng()
    return " ".join("".join(r.choice(LOWER) for _ in range(4)) for _ in range(4))


def fcm_key() -> str:
    return "AAAA" + rnd(7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-")


def cashfree() -> str:
    return "cfsk_ma_prod_" + hexs(32) + "_" + hexs(8)


def google_api() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def gocspx() -> str:
    return "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_")


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid() -> str:
    return mixed(22, "SG.") + "." + fakes.drawn(_seed(), 43, ALNUM + "_-")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def openssh_key() -> str:
    r = _rng()
    lines = ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
    lines += ["".join(r.choice(ALNUM + "+/") for _ in range(70)) for _ in range(5)]
    lines.append("".join(r.choice(ALNUM + "+/") for _ in range(20)) + "==")
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----"


def jwt_like(payload: str) -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def wg_key() -> str:
    raw = bytes(_rng().getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def add(category: str, file_name: str, source: str, text: str, secret: Optional[str] = None, **fields: str) -> None:
    """One labelled file: `@@s@@` is the secret, `@@name@@` the other fields."""
    if secret is not None:
        fields.setdefault("s", secret)
    for name, value in fields.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, file_name
    if text.startswith("\n"):
        text = text[1:]
    CASES.append(LabelledCase("blind-og/" + category, file_name, text, secret, source))


# ---------------------------------------------------------------- co-operative: orders and payments

add("python/razorpay-secret", "samiti/orders/payments/razorpay_client.py", "https://razorpay.com/docs/api/authentication/", r'''
"""Sakam pattal order ka payment - Razorpay.  ᱥᱟᱠᱟᱢ ᱯᱟᱛᱛᱟᱞ ᱚᱨᱰᱚᱨ ᱴᱟᱠᱟ"""
import razorpay

# TODO(sunita): ye key .env me daalna hai, abhi jaldi me yahin rakha
client = razorpay.Client(auth=("@@kid@@", "@@s@@"))


def create_order(order_no, amount_rupees):
    # paisa me bhejna hota hai (x100)
    return client.order.create({
        "amount": int(amount_rupees * 100),
        "currency": "INR",
        "receipt": f"SPS-{order_no}",
        "notes": {"item": "sal pattal 12 inch", "village": "Kathikund"},
    })
''', rzp_secret(), kid=rzp_id())

add("env/razorpay-secret", "samiti/orders/.env.production", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/", r'''
# Sakam Pattal Samiti order portal - production
APP_ENV=production
APP_URL=https://order.sakampattal.coop
RAZORPAY_KEY_ID=@@kid@@
RAZORPAY_KEY_SECRET=@@s@@
RAZORPAY_WEBHOOK_SECRET=
DEFAULT_GST_RATE=5
# dispatch godown: Dumka, Pakur
DISPATCH_DEPOTS=DMK,PKR
''', rzp_secret(), kid=rzp_id())

add("js/decoy-razorpay-keyid", "samiti/orders/web/static/checkout.js", "https://razorpay.com/docs/payments/payment-gateway/web-integration/standard/", r'''
// Checkout button - key_id public hota hai, secret sirf server pe
const options = {
  key: "@@kid@@",
  amount: window.ORDER.amountPaise,
  currency: "INR",
  name: "Sakam Pattal Samiti",
  description: "Sal leaf plates / ᱥᱟᱠᱟᱢ ᱯᱟᱛᱛᱟᱞ",
  order_id: window.ORDER.rzpOrderId,
  handler: function (resp) {
    fetch("/api/payments/verify", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify(resp),
    }).then(() => location.assign("/dhanyavad"));
  },
  theme: {color: "#2e7d32"},
};
document.getElementById("pay").onclick = () => new Razorpay(options).open();
''', None, kid=rzp_id())

add("php/cashfree", "samiti/orders/legacy/cashfree_pg.php", "https://docs.cashfree.com/reference/authentication", r'''
<?php
// purana PHP portal (2022) - temple orders ke liye abhi bhi chalta hai
define('CF_APP_ID', '@@app@@');
define('CF_SECRET', '@@s@@');
define('CF_ENV', 'PROD');

function cf_create_order($orderId, $amount, $phone) {
    $ch = curl_init('https://api.cashfree.com/pg/orders');
    curl_setopt($ch, CURLOPT_HTTPHEADER, [
        'x-client-id: ' . CF_APP_ID,
        'x-client-secret: ' . CF_SECRET,
        'x-api-version: 2023-08-01',
        'Content-Type: application/json',
    ]);
    curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode([
        'order_id' => $orderId, 'order_amount' => $amount, 'order_currency' => 'INR',
        'customer_details' => ['customer_id' => 'c' . $phone, 'customer_phone' => $phone],
    ]));
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return json_decode(curl_exec($ch), true);
}
''', cashfree(), app=str(random.Random(8780001).randint(10**15, 10**16)) + "ab" + "".join(random.Random(8780002).choice(HEX) for _ in range(12)))

add("yaml/paytm-merchant-key", "samiti/orders/config/paytm.yml", "https://developer.paytm.com/docs/checksum/", r'''
# Paytm PG - mandir ke bulk order ke liye QR
paytm:
  environment: production
  mid: SAKAMP@@mid@@
  merchant_key: "@@s@@"     # checksum banane ke liye
  website: DEFAULT
  industry_type: Retail
  callback_url: https://order.sakampattal.coop/paytm/callback
''', rnd(8, ALNUM + "#%&_") + rnd(8, ALNUM + "#%&_@"), mid=rnd(12, DIGITS))

add("json/phonepe-salt", "samiti/orders/config/phonepe.prod.json", "https://developer.phonepe.com/v1/reference/pay-api", r'''
{
  "merchantId": "SAKAMPATTALONLINE",
  "saltKey": "@@s@@",
  "saltIndex": 1,
  "hostUrl": "https://api.phonepe.com/apis/hermes",
  "redirectUrl": "https://order.sakampattal.coop/phonepe/return",
  "callbackUrl": "https://order.sakampattal.coop/phonepe/s2s"
}
''', uuid_s())

add("python/decoy-env-razorpay", "samiti/orders/payments/settings.py", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/", r'''
"""Order portal settings. Secrets .env / server environment se aate hain, yahan kuch nahi."""
import os

RAZORPAY_KEY_ID = os.environ["RAZORPAY_KEY_ID"]
RAZORPAY_KEY_SECRET = os.environ["RAZORPAY_KEY_SECRET"]
RAZORPAY_WEBHOOK_SECRET = os.environ.get("RAZORPAY_WEBHOOK_SECRET", "")

# GST: sal leaf plates (HSN 4823) 5% ... pattal/dona handmade exempt? CA se puchna hai
GST_RATE = {"4823": 5, "1404": 0}
MIN_ORDER_PIECES = 500
''')

add("env/decoy-placeholder", "samiti/orders/.env.example", "https://12factor.net/config", r'''
# copy karke .env banao:  cp .env.example .env
APP_ENV=local
APP_URL=http://localhost:8000
RAZORPAY_KEY_ID=rzp_live_XXXXXXXXXXXXXX
RAZORPAY_KEY_SECRET=<razorpay dashboard se lo - Sunita di se pucho>
MSG91_AUTHKEY=your-msg91-authkey-here
DATABASE_URL=postgres://pattal:CHANGE_ME@localhost:5432/orders
SENTRY_DSN=
''')

add("python/django-secret", "samiti/orders/portal/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", r'''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["order.sakampattal.coop", "103.21.58.14"]

# ᱱᱚᱣᱟ ᱫᱚ ᱫᱟᱱᱟᱝ ᱫᱚᱦᱚᱭ ᱢᱮ  (noa do danang dohoy me)
SECRET_KEY = "@@s@@"

CSRF_TRUSTED_ORIGINS = ["https://order.sakampattal.coop"]
LANGUAGE_CODE = "hi"
TIME_ZONE = "Asia/Kolkata"
''', fakes.django_secret_key(_seed()))

add("sql/decoy-orders-seed", "samiti/orders/db/seed_customers.sql", "https://www.postgresql.org/docs/current/sql-insert.html", r'''
-- caterers aur mandir committee (test data, asli phone number nahi)
INSERT INTO customers (id, name, district, phone, gstin, upi_vpa) VALUES
  ('0b9c6f1e-3c1a-4e7a-9d2f-5a8e4c1b7d20', 'Maa Tara Caterers', 'Dumka', '+91-90000-00011', '20AAAAA0000A1Z5', 'maatara@okaxis'),
  ('6f0e2a55-8d1b-4a4c-b0c3-2f7e91d3a6c4', 'Baba Baidyanath Bhog Samiti', 'Deoghar', '+91-90000-00012', NULL, 'bhogsamiti@sbi'),
  ('c4a1e7b2-91f0-4d5e-8a36-0e2b7c9d4f18', 'Shanti Tent House', 'Pakur', '+91-90000-00013', '20BBBBB1111B1Z2', NULL);

INSERT INTO products (sku, name_hi, name_sat, size_in, pcs_per_bundle, rate_per_100) VALUES
  ('PTL-12', 'पत्तल 12 इंच', 'ᱯᱟᱛᱛᱟᱞ', 12, 100, 140.00),
  ('DNA-4',  'दोना 4 इंच',  'ᱫᱚᱱᱟ',   4, 200,  60.00),
  ('PTL-10-MC', 'मशीन पत्तल 10 इंच', 'ᱢᱮᱥᱤᱱ ᱯᱟᱛᱛᱟᱞ', 10, 50, 95.00);
''')

add("python/decoy-webhook-verify", "samiti/orders/payments/webhook.py", "https://razorpay.com/docs/webhooks/validate-test/", r'''
import hashlib
import hmac
import os

from flask import Blueprint, abort, request

bp = Blueprint("rzp_webhook", __name__)
WEBHOOK_SECRET = os.environ["RAZORPAY_WEBHOOK_SECRET"].encode()


@bp.post("/razorpay/webhook")
def razorpay_webhook():
    sig = request.headers.get("X-Razorpay-Signature", "")
    expected = hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(400)  # galat signature - log karo, order mat badlo
    event = request.get_json()
    if event["event"] == "payment.captured":
        mark_paid(event["payload"]["payment"]["entity"]["notes"].get("order_no"))
    return "", 204


def mark_paid(order_no):
    ...
''')

add("json/decoy-payment-log", "samiti/orders/logs/payments-2024-11-03.jsonl", "https://razorpay.com/docs/api/payments/", r'''
{"ts":"2024-11-03T09:12:44+05:30","event":"payment.captured","payment_id":"pay_P9aX2kLm3QzT7r","order_id":"order_P9aWw1Yb8sKd0e","amount":840000,"method":"upi","vpa":"maatara@okaxis","receipt":"SPS-2024-1187"}
{"ts":"2024-11-03T11:40:02+05:30","event":"payment.failed","payment_id":"pay_P9dF4nRe6UvB1c","order_id":"order_P9dEz8Jk2LmN5q","amount":126000,"method":"upi","error_code":"BAD_REQUEST_ERROR","receipt":"SPS-2024-1188"}
{"ts":"2024-11-03T15:03:19+05:30","event":"payment.captured","payment_id":"pay_P9gH7tYu0IoP3a","order_id":"order_P9gGq5Ws9ErT2y","amount":2100000,"method":"netbanking","bank":"SBIN","receipt":"SPS-2024-1189"}
{"ts":"2024-11-03T18:27:51+05:30","event":"refund.processed","refund_id":"rfnd_P9jK1aSd4FgH6j","payment_id":"pay_P9dF4nRe6UvB1c","amount":126000}
{"ts":"2024-11-03T20:00:00+05:30","event":"settlement.processed","settlement_id":"setl_P9mN3bVc8XzL0k","utr":"SBIN324308112345","amount":2914650}
''')

add("toml/decoy-pyproject", "samiti/orders/pyproject.toml", "https://packaging.python.org/en/latest/specifications/pyproject-toml/", r'''
[project]
name = "sakampattal-orders"
version = "1.4.2"
description = "Order, dispatch and invoice portal of Sakam Pattal Samiti (sal leaf plates)"
authors = [{ name = "Samiti IT volunteers", email = "it@sakampattal.coop" }]
requires-python = ">=3.10"
dependencies = [
  "django>=4.2,<5",
  "razorpay==1.4.1",
  "requests>=2.31",
  "reportlab>=4.0",   # GST invoice PDF
  "python-dotenv",
]

[tool.ruff]
line-length = 100
''')

# ---------------------------------------------------------------- SMS / WhatsApp reminders

add("python/msg91-authkey", "samuh/reminders/sms_msg91.py", "https://docs.msg91.com/reference/send-sms", r'''
"""Kisti (instalment) reminder SMS - MSG91 flow API.
কিস্তির তারিখের আগের দিন সন্ধ্যায় পাঠানো হয়।"""
import requests

AUTHKEY = "@@s@@"
FLOW_ID = "@@flow@@"       # DLT approved template
SENDER = "JHLMIL"


def remind(member):
    payload = {
        "template_id": FLOW_ID,
        "short_url": "0",
        "recipients": [{
            "mobiles": "91" + member["phone"],
            "name": member["name"],
            "amount": str(member["kisti"]),
            "date": member["due"].strftime("%d-%m"),
        }],
    }
    r = requests.post("https://control.msg91.com/api/v5/flow/", json=payload,
                      headers={"authkey": AUTHKEY, "content-type": "application/json"}, timeout=20)
    r.raise_for_status()
    return r.json()
''', msg91(), flow=hexs(24))

add("json/decoy-msg91-template", "samuh/reminders/templates/dlt_templates.json", "https://docs.msg91.com/reference/send-sms", r'''
{
  "_note": "DLT (Jio TrueConnect) par approved templates. IDs public hain, key nahi.",
  "entity_id": "1201169876543210987",
  "sender_id": "JHLMIL",
  "templates": [
    {"name": "kisti_reminder_hi", "dlt_template_id": "1207170012345678901", "msg91_flow_id": "@@f1@@",
     "text": "Jhilmil Samuh: {#var#} ji, aapki kisti Rs {#var#} {#var#} ko jama karni hai. -JHLMIL"},
    {"name": "kisti_reminder_bn", "dlt_template_id": "1207170012345678902", "msg91_flow_id": "@@f2@@",
     "text": "ঝিলমিল সমূহ: {#var#}, আপনার কিস্তি টাকা {#var#} জমা দেওয়ার তারিখ {#var#}। -JHLMIL"},
    {"name": "meeting_sat", "dlt_template_id": "1207170012345678903", "msg91_flow_id": "@@f3@@",
     "text": "Johar {#var#}! Samuh mitting {#var#} din {#var#} baje. -JHLMIL"}
  ]
}
''', None, f1=hexs(24), f2=hexs(24), f3=hexs(24))

add("php/textlocal", "samuh/reminders/legacy/send_sms.php", "https://api.textlocal.in/docs/sendsms", r'''
<?php
// Textlocal - 2021 se chal raha, MSG91 pe shift baaki
$apiKey = urlencode('@@s@@');
$sender = urlencode('JHLMIL');
$numbers = implode(',', $argv ? array_slice($argv, 2) : []);
$message = rawurlencode($argv[1] ?? 'Jhilmil Samuh: kal 10 baje baithak hai. -JHLMIL');

$data = 'apikey=' . $apiKey . '&numbers=' . $numbers . '&sender=' . $sender . '&message=' . $message;
$ch = curl_init('https://api.textlocal.in/send/?' . $data);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$response = curl_exec($ch);
curl_close($ch);
echo $response;
''', textlocal())

add("js/fast2sms", "samuh/reminders/node/fast2sms.js", "https://docs.fast2sms.com/", r'''
// Fast2SMS DLT route - Bengali/Hindi dono template
const axios = require("axios");

const FAST2SMS_KEY = "@@s@@";

async function sendKisti(phone, vars) {
  const res = await axios.get("https://www.fast2sms.com/dev/bulkV2", {
    params: {
      authorization: FAST2SMS_KEY,
      route: "dlt",
      sender_id: "JHLMIL",
      message: "171234",
      variables_values: vars.join("|"),
      numbers: phone,
    },
  });
  return res.data;
}

module.exports = { sendKisti };
''', fast2sms())

add("python/twilio-token", "samuh/reminders/voice_call.py", "https://www.twilio.com/docs/iam/api/authtoken", r'''
# Voice call reminder - jo didi SMS nahi padh pati unke liye (Santali recording)
# ᱡᱟᱦᱟᱸ ᱫᱤᱫᱤ SMS ᱵᱟᱝ ᱯᱟᱲᱦᱟᱣ ᱫᱟᱲᱮᱭᱟᱜ-ᱟ ᱩᱱᱠᱩ ᱞᱟᱹᱜᱤᱫ
from twilio.rest import Client

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@s@@"
client = Client(ACCOUNT_SID, AUTH_TOKEN)

RECORDING = "https://samuh-audio.s3.ap-south-1.amazonaws.com/kisti_santali_v2.mp3"


def call(phone):
    return client.calls.create(
        to=f"+91{phone}",
        from_="+18335550143",
        twiml=f"<Response><Play>{RECORDING}</Play></Response>",
    )
''', twilio_token(), sid=twilio_sid())

add("yaml/decoy-twilio-sid-env", "samuh/reminders/config/twilio.yaml", "https://www.twilio.com/docs/usage/secure-credentials", r'''
# Twilio - SID identifier hai; token env me (TWILIO_AUTH_TOKEN), Bablu da ke laptop pe nahi
twilio:
  account_sid: @@sid@@
  auth_token: ${TWILIO_AUTH_TOKEN}
  from_number: "+18335550143"
  status_callback: https://samuh.jhilmil.org.in/twilio/status
  languages:
    - sat   # Santali recording
    - hi
    - bn
''', None, sid=twilio_sid())

add("python/whatsapp-cloud-token", "samuh/reminders/whatsapp.py", "https://developers.facebook.com/docs/whatsapp/cloud-api/get-started", r'''
"""WhatsApp Cloud API - kisti receipt aur meeting reminder."""
import requests

PHONE_NUMBER_ID = "@@pnid@@"
# permanent system-user token (Meta Business) - isko expire nahi hota
WA_TOKEN = "@@s@@"


def send_template(to, name, lang, params):
    body = {
        "messaging_product": "whatsapp",
        "to": to,
        "type": "template",
        "template": {
            "name": name,
            "language": {"code": lang},   # hi / bn / en
            "components": [{"type": "body", "parameters": [{"type": "text", "text": p} for p in params]}],
        },
    }
    url = f"https://graph.facebook.com/v19.0/{PHONE_NUMBER_ID}/messages"
    return requests.post(url, json=body, headers={"Authorization": f"Bearer {WA_TOKEN}"}, timeout=30).json()
''', wa_token(), pnid=rnd(15, DIGITS))

add("sh/gupshup-curl", "samuh/reminders/scripts/test_gupshup.sh", "https://docs.gupshup.io/docs/send-single-message", r'''
#!/usr/bin/env bash
# test message Gupshup WhatsApp se - Mousumi ka number pe
set -euo pipefail

curl -sS -X POST https://api.gupshup.io/wa/api/v1/msg \
  -H 'Cache-Control: no-cache' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  -H 'apikey: @@s@@' \
  --data-urlencode 'channel=whatsapp' \
  --data-urlencode 'source=917834811114' \
  --data-urlencode 'destination=91XXXXXXXXXX' \
  --data-urlencode 'message={"type":"text","text":"পরীক্ষা - ঝিলমিল সমূহ"}' \
  --data-urlencode 'src.name=JhilmilSamuh'
''', hexs(32))

add("kotlin/exotel", "samuh/android/app/src/main/java/org/jhilmil/samuh/net/ExotelClient.kt", "https://developer.exotel.com/api/make-a-call-api", r'''
package org.jhilmil.samuh.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// Missed-call se balance enquiry (didi missed call deti hai, hum call back karte hain)
object ExotelClient {
    private const val SID = "jhilmilsamuh1"
    private const val API_KEY = "@@key@@"
    private const val API_TOKEN = "@@s@@"

    private val http = OkHttpClient()

    fun connect(from: String, callerId: String): Int {
        val url = "https://api.exotel.com/v1/Accounts/$SID/Calls/connect.json"
        val req = Request.Builder()
            .url("$url?From=$from&CallerId=$callerId&Url=http://my.exotel.com/$SID/exoml/start_voice/482113")
            .header("Authorization", Credentials.basic(API_KEY, API_TOKEN))
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        http.newCall(req).execute().use { return it.code }
    }
}
''', hexs(40), key=hexs(40))

add("md/decoy-sms-template-doc", "samuh/reminders/README.md", "https://www.trai.gov.in/", r'''
# Reminder SMS / WhatsApp

Kisti reminder teen bhasha me jata hai: Hindi, Bengali, Santali (Latin script me, Ol Chiki SMS me
toot jata hai). DLT registration Jio TrueConnect par hai.

| purpose | DLT template id | header |
|---|---|---|
| kisti reminder (hi) | 1207170012345678901 | JHLMIL |
| kisti reminder (bn) | 1207170012345678902 | JHLMIL |
| meeting (sat) | 1207170012345678903 | JHLMIL |

## Chalana

```bash
export MSG91_AUTHKEY=...        # Bitwarden "Jhilmil / MSG91" se
python -m reminders.run --date tomorrow --dry-run
```

`--dry-run` sirf list print karta hai, SMS nahi jata. Asli bhejne se pehle Mousumi di ko batao.

ᱡᱚᱦᱟᱨ! ᱠᱤᱥᱛᱤ ᱨᱤᱢᱟᱭᱤᱱᱰᱟᱨ ᱥᱟᱱᱛᱟᱲᱤ ᱛᱮ ᱦᱚᱸ ᱠᱩᱞ ᱦᱩᱭᱩᱜ-ᱟ᱾
''')

add("csv/decoy-sms-delivery", "samuh/reminders/reports/delivery_2024-10.csv", "https://docs.msg91.com/reference/get-report", r'''
request_id,mobile,status,template,sent_at,delivered_at,sender
@@r1@@,91XXXXXX4412,DELIVERED,kisti_reminder_hi,2024-10-04 19:00:02,2024-10-04 19:00:09,JHLMIL
@@r2@@,91XXXXXX0937,DELIVERED,kisti_reminder_bn,2024-10-04 19:00:02,2024-10-04 19:00:15,JHLMIL
@@r3@@,91XXXXXX7781,FAILED,kisti_reminder_hi,2024-10-04 19:00:03,,JHLMIL
@@r4@@,91XXXXXX2290,DELIVERED,meeting_sat,2024-10-05 08:30:00,2024-10-05 08:30:21,JHLMIL
@@r5@@,91XXXXXX6604,DND,meeting_sat,2024-10-05 08:30:01,,JHLMIL
''', None, r1=hexs(24), r2=hexs(24), r3=hexs(24), r4=hexs(24), r5=hexs(24))

# ---------------------------------------------------------------- SHG ledger: Fineract / Mifos, ERPNext, Sheets

add("properties/fineract-db", "samuh/ledger/fineract/application-prod.properties", "https://fineract.apache.org/docs/current/", r'''
# Apache Fineract - Jhilmil Mahila Samuh federation (12 samuh, 184 didi)
spring.profiles.active=basicauth
fineract.node-id=1
fineract.tenant.host=db.samuh.internal
fineract.tenant.port=3306
fineract.tenant.username=fineract_app
fineract.tenant.password=@@s@@
fineract.tenant.identifier=jhilmil
fineract.tenant.name=jhilmil
fineract.tenant.timezone=Asia/Kolkata
server.port=8443
''', words_pw())

add("sh/fineract-basic-auth", "samuh/ledger/scripts/pull_loans.sh", "https://fineract.apache.org/docs/legacy/", r'''
#!/bin/sh
# har mahine ke pehle din: sab active loan ka JSON nikalo (Excel report ke liye)
# প্রতি মাসের ১ তারিখে চালাও
OUT=/srv/reports/loans_$(date +%Y-%m).json
curl -sk "https://ledger.jhilmil.org.in/fineract-provider/api/v1/loans?loanStatus=300&limit=500" \
  -H "Fineract-Platform-TenantId: jhilmil" \
  -H "Authorization: Basic @@s@@" \
  -o "$OUT"
echo "saved $OUT"
''', b64("mousumi.hembrom:" + words_pw()))

add("json/erpnext-site-config", "samiti/erp/sites/erp.sakampattal.coop/site_config.json", "https://frappeframework.com/docs/user/en/basics/site_config", r'''
{
 "db_name": "_3f1a9c0e2b7d4a18",
 "db_password": "@@s@@",
 "db_type": "mariadb",
 "host_name": "https://erp.sakampattal.coop",
 "mute_emails": 0,
 "server_script_enabled": 1,
 "maintenance_mode": 0
}
''', rnd(16))

add("python/erpnext-token", "samiti/erp/sync/push_dispatch.py", "https://frappeframework.com/docs/user/en/api/rest", r'''
"""Tally se nahi, ab ERPNext me Delivery Note banate hain. Truck challan -> Delivery Note."""
import requests

ERP = "https://erp.sakampattal.coop"
HEADERS = {
    "Authorization": "token @@k@@:@@s@@",
    "Accept": "application/json",
}


def push(challan):
    doc = {
        "doctype": "Delivery Note",
        "customer": challan["customer"],
        "set_warehouse": "Dumka Godown - SPS",
        "items": [{"item_code": i["sku"], "qty": i["bundles"]} for i in challan["items"]],
        "lr_no": challan["truck_no"],
    }
    return requests.post(f"{ERP}/api/resource/Delivery Note", json=doc, headers=HEADERS, timeout=30).json()
''', rnd(15, "0123456789abcdef"), k=rnd(15, "0123456789abcdef"))

def pkcs8() -> str:
    return fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE")


_sa_pem = pkcs8()
add("json/gcp-service-account", "samuh/ledger/sheets/credentials/jhilmil-ledger-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", r'''
{
  "type": "service_account",
  "project_id": "jhilmil-ledger",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "sheets-sync@jhilmil-ledger.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/sheets-sync%40jhilmil-ledger.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', _sa_pem.split("\n")[1], kid=hexs(40), cid=rnd(21, DIGITS), pk=_sa_pem.replace("\n", "\\n") + "\\n")

add("python/decoy-sheets-keyfile-path", "samuh/ledger/sheets/sync.py", "https://docs.gspread.org/en/latest/oauth2.html", r'''
"""Samuh ka bachat/loan register Google Sheet me sync. Key file repo me nahi - /etc/jhilmil/ me."""
import os

import gspread

SA_FILE = os.environ.get("JHILMIL_SA_FILE", "/etc/jhilmil/sheets-sa.json")
SHEET_ID = "1qZ8vYc3Kp0mT4rW9sXb2nLd7fHa5jEo6gUiRyQw1ePk"   # sheet ka ID, password nahi

gc = gspread.service_account(filename=SA_FILE)
sh = gc.open_by_key(SHEET_ID)


def push_month(rows):
    ws = sh.worksheet("2024-25 bachat")
    ws.append_rows(rows, value_input_option="USER_ENTERED")
''')

add("csv/decoy-ledger", "samuh/ledger/exports/bachat_register_2024-10.csv", "https://nrlm.gov.in/", r'''
samuh,member_id,naam,bachat_rs,loan_outstanding_rs,kisti_rs,kisti_date,remarks
Jhilmil-Kathikund,JM-KK-007,Sonamuni Hembrom,100,8400,700,2024-10-05,samay par
Jhilmil-Kathikund,JM-KK-011,Phulmani Murmu,100,0,0,,loan khatam / ᱠᱤᱥᱛᱤ ᱪᱟᱵᱟ
Jhilmil-Kathikund,JM-KK-014,Rina Mondal,50,12000,1000,2024-10-05,২ মাস বাকি
Jhilmil-Shikaripara,JM-SP-002,Basanti Soren,100,4200,700,2024-10-07,
Jhilmil-Shikaripara,JM-SP-009,Sunita Devi,100,15600,1300,2024-10-07,dukan ke liye loan
Jhilmil-Shikaripara,JM-SP-013,Maino Tudu,100,6000,500,2024-10-07,bimar thi - 1 kisti baad me
''')

add("csv/decoy-bank-ifsc", "samuh/ledger/exports/samuh_bank_accounts.csv", "https://www.rbi.org.in/Scripts/IFSCMICRDetails.aspx", r'''
samuh,bank,branch,ifsc,account_no_masked,signatory_1,signatory_2,upi
Jhilmil-Kathikund,State Bank of India,Kathikund,SBIN0011234,XXXXXXX4821,Sonamuni Hembrom,Rina Mondal,jhilmilkk@sbi
Jhilmil-Shikaripara,Jharkhand Rajya Gramin Bank,Shikaripara,JRGB0001122,XXXXXXX0973,Basanti Soren,Maino Tudu,
Jhilmil-Gopikandar,Bank of India,Gopikandar,BKID0004455,XXXXXXX3310,Salomi Marandi,Champa Kisku,
Jhilmil-Federation,State Bank of India,Dumka Main,SBIN0000123,XXXXXXX7702,Mousumi Hembrom,Sonamuni Hembrom,jhilmilfed@sbi
''')

add("md/netbanking-note", "samuh/ledger/notes/bank_login.md", "https://www.onlinesbi.sbi/", r'''
# Bank login (federation account) - sirf Mousumi di aur Bablu

SBI CINB corporate login, Kathikund branch.

- maker: JHILMILFED_M1
- checker: JHILMILFED_C1
- maker password: `@@s@@`
- ᱛᱟᱨᱟᱠ ᱠᱳᱰ (OTP) Mousumi di ke phone pe aata hai

পাসওয়ার্ড তিন মাসে বদলাতে হয় - পরের বার জানুয়ারি।
''', words_pw())

add("txt/whatsapp-chat-password", "samuh/notes/WhatsApp Chat with Jhilmil Office.txt", "https://faq.whatsapp.com/1180414079177245", r'''
12/09/24, 10:02 - Bablu Murmu: Johar di
12/09/24, 10:03 - Mousumi Hembrom: Johar. ledger site khul nahi raha
12/09/24, 10:05 - Bablu Murmu: password reset kiya hai, naya wala:
12/09/24, 10:05 - Bablu Murmu: @@s@@
12/09/24, 10:06 - Bablu Murmu: user mousumi.hembrom hi hai
12/09/24, 10:09 - Mousumi Hembrom: হয়ে গেছে, ধন্যবাদ 🙏
12/09/24, 10:10 - Bablu Murmu: ye message delete kar dena di
12/09/24, 10:31 - Mousumi Hembrom: <Media omitted>
''', words_pw())

add("txt/decoy-whatsapp-otp", "samuh/notes/WhatsApp Chat with Rina Mondal.txt", "https://faq.whatsapp.com/1180414079177245", r'''
03/10/24, 18:40 - Rina Mondal: দিদি, অ্যাপে লগইন হচ্ছে না
03/10/24, 18:41 - Mousumi Hembrom: OTP aaya?
03/10/24, 18:43 - Rina Mondal: হ্যাঁ, এসেছে কিন্তু সময় পেরিয়ে গেছে
03/10/24, 18:44 - Mousumi Hembrom: phir se "OTP bhejo" dabao. OTP kisi ko mat batana, mujhe bhi nahi
03/10/24, 18:50 - Rina Mondal: হয়ে গেছে 👍
03/10/24, 18:51 - Mousumi Hembrom: kal kisti 1000 lana, baithak 10 baje
03/10/24, 18:51 - Rina Mondal: আচ্ছা দিদি
''')

add("gradle/decoy-buildconfig-env", "samuh/android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", r'''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "org.jhilmil.samuh"
    compileSdk = 34
    defaultConfig {
        applicationId = "org.jhilmil.samuh"
        minSdk = 24
        versionCode = 31
        versionName = "2.3.1"
        // local.properties / CI secret se aata hai, repo me nahi
        buildConfigField("String", "LEDGER_API_KEY", "\"${project.findProperty("ledgerApiKey") ?: ""}\"")
        resourceConfigurations += listOf("en", "hi", "bn", "sat")
    }
    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("JHILMIL_KEYSTORE") ?: "release.jks")
            storePassword = System.getenv("JHILMIL_KEYSTORE_PASSWORD")
            keyAlias = "jhilmil"
            keyPassword = System.getenv("JHILMIL_KEY_PASSWORD")
        }
    }
}
''')

add("properties/android-keystore", "samuh/android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", r'''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing (Bablu ka laptop) - TODO: CI me le jana
JHILMIL_KEYSTORE=/home/bablu/keys/jhilmil-release.jks
JHILMIL_KEYSTORE_PASSWORD=@@s@@
JHILMIL_KEY_PASSWORD=@@s@@
''', words_pw())

add("json/decoy-google-services", "samuh/android/app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", r'''
{
  "project_info": {
    "project_number": "418822093317",
    "project_id": "jhilmil-samuh",
    "storage_bucket": "jhilmil-samuh.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418822093317:android:6c1f0e9a2b7d4c35a81e2f",
        "android_client_info": {"package_name": "org.jhilmil.samuh"}
      },
      "oauth_client": [],
      "api_key": [{"current_key": "@@k@@"}],
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
''', None, k=google_api())

add("java/fcm-server-key", "samuh/backend/src/main/java/org/jhilmil/push/FcmSender.java", "https://firebase.google.com/docs/cloud-messaging/auth-server", r'''
package org.jhilmil.push;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Purana FCM legacy API - app me "kisti kal hai" notification. */
public final class FcmSender {
    private static final String SERVER_KEY = "@@s@@";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static int send(String deviceToken, String title, String body) throws Exception {
        String json = "{\"to\":\"" + deviceToken + "\",\"notification\":{\"title\":\"" + title
                + "\",\"body\":\"" + body + "\"}}";
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://fcm.googleapis.com/fcm/send"))
                .header("Authorization", "key=" + SERVER_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
''', fcm_key())

add("dart/ledger-api-key", "samuh/flutter_app/lib/config.dart", "https://docs.flutter.dev/deployment/obfuscate", r'''
// Jhilmil Samuh app config
// ᱡᱷᱤᱞᱢᱤᱞ ᱥᱟᱢᱩᱦ ᱮᱯ
class AppConfig {
  static const String apiBase = 'https://ledger.jhilmil.org.in/api/v2';
  static const String ledgerApiKey = '@@s@@';
  static const List<String> languages = ['sat', 'hi', 'bn', 'en'];
  static const int kistiReminderHour = 19;
}
''', mixed(40, "jm_live_"))

add("xml/decoy-strings-sat", "samuh/android/app/src/main/res/values-sat/strings.xml", "https://developer.android.com/guide/topics/resources/string-resource", r'''
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">ᱡᱷᱤᱞᱢᱤᱞ ᱥᱟᱢᱩᱦ</string>
    <string name="login_title">ᱞᱚᱜᱤᱱ</string>
    <string name="password_hint">ᱯᱟᱥᱣᱟᱨᱰ</string>
    <string name="otp_hint">OTP ᱚᱞ ᱢᱮ</string>
    <string name="kisti_due">ᱟᱢᱟᱜ ᱠᱤᱥᱛᱤ %1$s ᱴᱟᱠᱟ %2$s ᱨᱮ</string>
    <string name="bachat">ᱵᱟᱪᱟᱛ</string>
    <string name="do_not_share">ᱟᱢᱟᱜ ᱯᱟᱥᱣᱟᱨᱰ ᱫᱚ ᱡᱟᱦᱟᱸᱭ ᱥᱟᱶ ᱵᱟᱝ ᱦᱟᱹᱴᱤᱧ ᱢᱮ</string>
</resources>
''')

add("xml/google-maps-key", "samuh/android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", r'''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher"
        android:allowBackup="false">
        <!-- samuh meeting place map (restricted key nahi hai abhi!) -->
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="@@s@@" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''', google_api())

add("python/flask-secret", "samuh/backend_py/app.py", "https://flask.palletsprojects.com/en/3.0.x/config/#SECRET_KEY", r'''
from flask import Flask, render_template, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "@@s@@"
app.config["BABEL_DEFAULT_LOCALE"] = "hi"


@app.get("/")
def home():
    # didi ka naam session me; বাংলা / हिंदी / ᱥᱟᱱᱛᱟᱲᱤ
    return render_template("home.html", lang=session.get("lang", "hi"))
''', hexs(64))

add("js/jwt-secret", "samuh/api/src/auth/jwt.js", "https://github.com/auth0/node-jsonwebtoken#usage", r'''
const jwt = require("jsonwebtoken");

// TODO: env me daalo - abhi demo ke liye (BDO office visit)
const JWT_SECRET = "@@s@@";

function issue(member) {
  return jwt.sign({ sub: member.id, samuh: member.samuhId, role: member.role }, JWT_SECRET, {
    expiresIn: "12h",
  });
}

function verify(token) {
  return jwt.verify(token, JWT_SECRET);
}

module.exports = { issue, verify };
''', mixed(48))

add("js/decoy-jwt-env", "samuh/api/src/auth/config.js", "https://12factor.net/config", r'''
// sab secret env se; dev me .env.local (gitignored)
module.exports = {
  jwtSecret: process.env.JWT_SECRET,
  jwtTtl: "12h",
  otp: {
    length: 6,
    ttlSeconds: 300,
    provider: process.env.OTP_PROVIDER || "msg91",
    authKey: process.env.MSG91_AUTHKEY,
  },
  db: { url: process.env.DATABASE_URL },
};
''')

add("env/mongo-atlas", "samuh/api/.env", "https://www.mongodb.com/docs/manual/reference/connection-string/", r'''
NODE_ENV=production
PORT=8080
MONGODB_URI=mongodb+srv://jhilmil_api:@@s@@@jhilmil.x7kqp.mongodb.net/ledger?retryWrites=true&w=majority
OTP_PROVIDER=msg91
DEFAULT_LANG=hi
''', rnd(16))

_K8S_PW = rnd(20)
add("yaml/k8s-secret-b64", "samuh/deploy/k8s/ledger-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ledger-db
  namespace: jhilmil
  labels:
    app: ledger
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@enc@@
  POSTGRES_DB: @@d@@
''', _K8S_PW, enc=b64(_K8S_PW), u=b64("jhilmil"), d=b64("ledger"))

add("yaml/decoy-sealed-secret", "samuh/deploy/k8s/ledger-api-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", r'''
# kubeseal se banaya - sirf cluster ka controller khol sakta hai, repo me rakhna safe hai
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-api
  namespace: jhilmil
spec:
  encryptedData:
    JWT_SECRET: AgB@@c1@@
    MSG91_AUTHKEY: AgA@@c2@@
  template:
    metadata:
      name: ledger-api
      namespace: jhilmil
''', None, c1=rnd(300, ALNUM + "+/"), c2=rnd(300, ALNUM + "+/"))

add("yaml/compose-postgres", "samuh/deploy/docker-compose.yml", "https://hub.docker.com/_/postgres", r'''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_USER: jhilmil
      POSTGRES_PASSWORD: "@@s@@"
      POSTGRES_DB: ledger
    volumes:
      - pgdata:/var/lib/postgresql/data
  api:
    image: ghcr.io/jhilmil-samuh/ledger-api:2.3.1
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://jhilmil:@@s@@@db:5432/ledger
    ports:
      - "8080:8080"
volumes:
  pgdata:
''', rnd(18))

add("yaml/decoy-compose-secrets", "samiti/deploy/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", r'''
services:
  erp-db:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD_FILE: /run/secrets/db_root_password
      MARIADB_PASSWORD_FILE: /run/secrets/db_password
      MARIADB_USER: erp
    secrets: [db_root_password, db_password]
  orders:
    image: ghcr.io/sakampattal/orders:1.4.2
    env_file: .env.production   # server pe hai, git me nahi
    ports: ["8000:8000"]
secrets:
  db_root_password:
    file: ./secrets/db_root_password.txt
  db_password:
    file: ./secrets/db_password.txt
''')

add("tf/aws-keys", "samiti/infra/terraform/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", r'''
# invoice PDF aur challan photo S3 me (Mumbai region)
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@s@@"
}

resource "aws_s3_bucket" "challan" {
  bucket = "sakampattal-challan-photos"
  tags = {
    owner   = "samiti-it"
    purpose = "truck challan / ᱪᱟᱞᱟᱱ"
  }
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("tf/decoy-aws-profile", "samuh/infra/terraform/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#shared-configuration-and-credentials-files", r'''
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
  backend "s3" {
    bucket = "jhilmil-tfstate"
    key    = "ledger/terraform.tfstate"
    region = "ap-south-1"
  }
}

provider "aws" {
  region  = "ap-south-1"
  profile = "jhilmil"   # ~/.aws/credentials me, har laptop pe alag
}

data "aws_secretsmanager_secret_version" "db" {
  secret_id = "arn:aws:secretsmanager:ap-south-1:481920374655:secret:jhilmil/ledger/db-3xQ9Lk"
}
''')

add("ini/aws-credentials", "samuh/ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", r'''
[default]
region = ap-south-1

[jhilmil]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@s@@
# SNS SMS fallback ke liye (MSG91 down ho to)
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-sns-sms", "samuh/reminders/sns_fallback.py", "https://docs.aws.amazon.com/sns/latest/dg/sms_publish-to-phone.html", r'''
import boto3

# MSG91 band ho to SNS se bhejo (mehenga hai, sirf emergency)
sns = boto3.client(
    "sns",
    region_name="ap-south-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@s@@",
)


def send(phone, text):
    return sns.publish(
        PhoneNumber=f"+91{phone}",
        Message=text,
        MessageAttributes={
            "AWS.MM.SMS.EntityId": {"DataType": "String", "StringValue": "1201169876543210987"},
            "AWS.MM.SMS.TemplateId": {"DataType": "String", "StringValue": "1207170012345678901"},
            "AWS.SNS.SMS.SenderID": {"DataType": "String", "StringValue": "JHLMIL"},
        },
    )
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-gh-actions-secrets", "samiti/orders/.github/workflows/deploy.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", r'''
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}
      - run: docker build -t ghcr.io/sakampattal/orders:${{ github.sha }} . && docker push ghcr.io/sakampattal/orders:${{ github.sha }}
      - name: ssh deploy
        uses: appleboy/ssh-action@v1.0.3
        with:
          host: ${{ secrets.DEPLOY_HOST }}
          username: deploy
          key: ${{ secrets.DEPLOY_SSH_KEY }}
          script: cd /srv/orders && docker compose pull && docker compose up -d
''')

add("yaml/gh-actions-inline-token", "samuh/api/.github/workflows/release.yml", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry", r'''
name: release
on:
  push:
    tags: ["v*"]
jobs:
  image:
    runs-on: ubuntu-latest
    env:
      # TODO secrets me daalna - Bablu ka PAT
      CR_PAT: @@s@@
    steps:
      - uses: actions/checkout@v4
      - run: echo "$CR_PAT" | docker login ghcr.io -u bablu-murmu --password-stdin
      - run: docker build -t ghcr.io/jhilmil-samuh/ledger-api:${GITHUB_REF_NAME} .
      - run: docker push ghcr.io/jhilmil-samuh/ledger-api:${GITHUB_REF_NAME}
''', fakes.github_token(_seed()))

add("yaml/gitlab-ci-deploy-pw", "samiti/erp/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", r'''
stages: [backup, deploy]

variables:
  ERP_HOST: erp.sakampattal.coop
  MARIADB_BACKUP_PASSWORD: "@@s@@"

backup:
  stage: backup
  image: mariadb:10.11
  script:
    - mysqldump -h $ERP_HOST -u backup -p"$MARIADB_BACKUP_PASSWORD" --all-databases | gzip > erp-$(date +%F).sql.gz
  artifacts:
    paths: [erp-*.sql.gz]
    expire_in: 7 days
  only: [schedules]
''', words_pw())

add("sh/bash-history-mysql", "samiti/ops/bablu/.bash_history", "https://dev.mysql.com/doc/refman/8.0/en/password-security-user.html", r'''
cd /home/frappe/frappe-bench
bench --site erp.sakampattal.coop migrate
sudo supervisorctl restart all
df -h
mysql -u root -p'@@s@@' -e "show databases;"
bench --site erp.sakampattal.coop backup --with-files
ls -lh sites/erp.sakampattal.coop/private/backups/
exit
''', words_pw())

add("sh/decoy-bash-history", "samuh/ops/server/.bash_history", "https://www.gnu.org/software/bash/manual/html_node/Bash-History-Facilities.html", r'''
sudo apt update && sudo apt upgrade -y
docker compose ps
docker compose logs --tail 50 api
psql "$DATABASE_URL" -c "select count(*) from loans where status='active';"
pass show jhilmil/ledger/db | head -1 | xclip
sudo certbot renew --dry-run
sha256sum ledger-backup-2024-10-31.sql.gz
gpg --encrypt -r it@jhilmil.org.in ledger-backup-2024-10-31.sql.gz
rclone copy ledger-backup-2024-10-31.sql.gz.gpg b2:jhilmil-backups/
''')

add("ini/rclone-b2", "samuh/ops/server/rclone.conf", "https://rclone.org/b2/", r'''
[b2]
type = b2
account = 005@@acc@@0000000003
key = @@s@@
hard_delete = false

[gdrive-samiti]
type = drive
scope = drive.file
''', "K005" + rnd(27), acc=hexs(9))

add("json/decoy-rclone-token-expired", "samiti/ops/notes/drive_backup.md", "https://rclone.org/drive/", r'''
# Google Drive backup (samiti ke photos)

Purana token 2023 me revoke kar diya (Sunita di ka account band hua tha). Naya setup:

1. `rclone config` -> `n` -> name `gdrive-samiti` -> type `drive`
2. client_id / client_secret khali chhodo (rclone ka default)
3. browser me samiti@sakampattal.coop se login
4. token rclone.conf me apne aap aata hai - **rclone.conf kabhi git me mat daalna**

Check:

```
rclone lsd gdrive-samiti:
rclone copy /srv/photos gdrive-samiti:photos --dry-run
```
''')

add("txt/pgpass", "samuh/ops/server/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html", r'''
# ~/.pgpass  (chmod 600 zaroori, warna psql ignore karta hai)
# hostname:port:database:username:password
localhost:5432:ledger:jhilmil:@@s@@
# report_ro ka password pass me hai (jhilmil/ledger/report_ro)
# backup script bhi isi file se padhta hai (pg_dump -h localhost -U jhilmil ledger)
''', rnd(20))

# ---------------------------------------------------------------- co-operative: dispatch, machines, office

add("python/telegram-bot", "samiti/bots/dispatch_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", r'''
"""Truck nikalte hi Telegram group me message: kitne bundle, kaun gaadi, kahan.
ᱴᱨᱟᱠ ᱪᱟᱞᱟᱜ ᱠᱷᱟᱱ ᱜᱨᱩᱯ ᱨᱮ ᱠᱷᱚᱵᱚᱨ"""
import requests

BOT_TOKEN = "@@s@@"
CHAT_ID = -1001873420915   # "Sakam Pattal Dispatch" group


def notify(truck_no, bundles, dest):
    text = f"🚚 {truck_no}\n📦 {bundles} bundle pattal/dona\n📍 {dest}"
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  data={"chat_id": CHAT_ID, "text": text}, timeout=15)
''', fakes.telegram_token(_seed()))

add("env/decoy-telegram-placeholder", "samiti/bots/.env.example", "https://core.telegram.org/bots/features#botfather", r'''
# BotFather se token lo, yahan mat likho - .env me (gitignored)
TELEGRAM_BOT_TOKEN=123456789:replace-with-token-from-botfather
TELEGRAM_CHAT_ID=-100XXXXXXXXXX
DISPATCH_TZ=Asia/Kolkata
DISPATCH_LANG=hi
''')

add("ini/odoo-admin", "samiti/odoo/odoo.conf", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html", r'''
[options]
; 2021-22 me Odoo try kiya tha, ab ERPNext - server abhi bhi chalu hai
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = @@s@@
db_host = localhost
db_port = 5432
db_user = odoo
db_password = False
http_port = 8069
logfile = /var/log/odoo/odoo.log
proxy_mode = True
''', words_pw())

add("yaml/netplan-wifi", "samiti/machines/press-controller/50-cloud-init.yaml", "https://netplan.readthedocs.io/en/stable/examples/#how-to-connect-to-a-wpa-personal-wireless-network", r'''
# Raspberry Pi on the hydraulic pattal press (Kathikund shed) - shift counter
network:
  version: 2
  wifis:
    wlan0:
      dhcp4: true
      optional: true
      access-points:
        "SakamPattal-Shed":
          password: "@@s@@"
''', words_pw())

add("python/mqtt-press-counter", "samiti/machines/press-controller/counter.py", "https://pypi.org/project/paho-mqtt/", r'''
"""Press machine ka counter: har pattal dabne pe +1. Shift khatam hone pe total MQTT pe.
মেশিন শিফট কাউন্টার"""
import paho.mqtt.client as mqtt
from gpiozero import Button

BROKER = "mqtt.sakampattal.coop"
USER = "press-kathikund-01"
PASSWORD = "@@s@@"

count = 0
sensor = Button(17)


def pressed():
    global count
    count += 1


sensor.when_pressed = pressed
client = mqtt.Client(client_id=USER)
client.username_pw_set(USER, PASSWORD)
client.tls_set()
client.connect(BROKER, 8883)
client.loop_start()
''', rnd(22))

add("conf/decoy-mosquitto-hashes", "samiti/machines/broker/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html", r'''
# mosquitto_passwd -c se banaya (sha512-pbkdf2 hash, password nahi)
# naya machine: mosquitto_passwd passwd press-kathikund-03
press-kathikund-01:$7$101$@@salt1@@$@@h1@@
press-kathikund-02:$7$101$@@salt2@@$@@h2@@
dashboard:$7$101$@@salt3@@$@@h3@@
''', None, salt1=rnd(16, ALNUM + "+/"), h1=rnd(86, ALNUM + "+/") + "==", salt2=rnd(16, ALNUM + "+/"),
    h2=rnd(86, ALNUM + "+/") + "==", salt3=rnd(16, ALNUM + "+/"), h3=rnd(86, ALNUM + "+/") + "==")

add("ipynb/kobo-token", "samuh/analysis/baseline_survey_2024.ipynb", "https://support.kobotoolbox.org/api.html", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Baseline survey 2024 - 184 didi\n", "ᱵᱮᱥᱞᱟᱭᱤᱱ ᱥᱚᱨᱵᱷᱮ / বেসলাইন সার্ভে"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests, pandas as pd\n",
    "KOBO = 'https://kf.kobotoolbox.org'\n",
    "TOKEN = '@@s@@'\n",
    "ASSET = 'aQx7fG2kLmP9rT4vW8yZ3b'\n",
    "r = requests.get(f'{KOBO}/api/v2/assets/{ASSET}/data.json', headers={'Authorization': f'Token {TOKEN}'})\n",
    "df = pd.json_normalize(r.json()['results'])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["(184, 57)\n"]}],
   "source": ["print(df.shape)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', hexs(40))

add("r/odk-central-password", "samuh/analysis/pull_odk.R", "https://docs.getodk.org/central-api-authentication/", r'''
# ODK Central se meeting attendance form ka data
# বৈঠকের হাজিরা ফর্ম - প্রতি সপ্তাহ
library(ruODK)

ru_setup(
  svc = "https://odk.jhilmil.org.in/v1/projects/2/forms/baithak_hajiri.svc",
  un  = "analysis@jhilmil.org.in",
  pw  = "@@s@@",
  tz  = "Asia/Kolkata"
)

hajiri <- odata_submission_get()
table(hajiri$samuh, hajiri$present)
''', words_pw())

add("r/decoy-keyring", "samuh/analysis/loan_repayment_model.R", "https://cran.r-project.org/package=keyring", r'''
# Kisti repayment - kis mahine me sabse zyada deri? (Karam / Sohrai parv ke aas-paas?)
library(DBI)
library(keyring)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "db.samuh.internal", dbname = "ledger", user = "report_ro",
  password = key_get("jhilmil-ledger", "report_ro")
)

kisti <- dbGetQuery(con, "select member_id, due_date, paid_date, amount from instalments")
kisti$late_days <- as.numeric(kisti$paid_date - kisti$due_date)
aggregate(late_days ~ format(due_date, "%m"), data = kisti, FUN = mean)
''')

add("eml/smtp-password", "samiti/office/mail/Fwd_ mail setup.eml", "https://support.google.com/mail/answer/185833", r'''
From: Sunita Marandi <sunita@sakampattal.coop>
To: Bablu Murmu <bablu.murmu@gmail.com>
Subject: Fwd: mail setup - invoice bhejne wala
Date: Tue, 14 May 2024 11:20:07 +0530
Content-Type: text/plain; charset="UTF-8"

Bablu,

Invoice wala email ke liye Gmail app password bana diya hai (2-step on hai).

  account:  invoice@sakampattal.coop
  app password:  @@s@@
  SMTP: smtp.gmail.com, port 587, STARTTLS

Orders portal me daal dena. Main sham ko Pakur jaa rahi hun.

Johar,
Sunita
Sakam Pattal Samiti, Kathikund, Dumka
''', gmail_app())

add("eml/decoy-password-reset", "samuh/office/mail/Reset your password.eml", "https://datatracker.ietf.org/doc/html/rfc5322", r'''
From: Jhilmil Ledger <no-reply@jhilmil.org.in>
To: rina.mondal.jm@gmail.com
Subject: পাসওয়ার্ড রিসেট / Password reset
Date: Thu, 03 Oct 2024 18:45:12 +0530
Content-Type: text/plain; charset="UTF-8"

নমস্কার রিনা দি,

আপনার পাসওয়ার্ড রিসেট করার অনুরোধ পেয়েছি। নিচের লিংকে ক্লিক করুন (৩০ মিনিট বৈধ):

https://ledger.jhilmil.org.in/reset/confirm?uid=MTQ4&t=cb1k2q-7f3e0a9d41b2c6e8

আপনি অনুরোধ না করে থাকলে এই মেইল উপেক্ষা করুন। কেউ ফোনে OTP বা পাসওয়ার্ড চাইলে দেবেন না।

- Jhilmil Mahila Samuh
''')

add("ini/msmtprc", "samiti/ops/bablu/.msmtprc", "https://marlam.de/msmtp/msmtp.html", r'''
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        samiti
host           smtp.gmail.com
port           587
from           invoice@sakampattal.coop
user           invoice@sakampattal.coop
password       @@s@@

account default : samiti
''', gmail_app())

add("python/decoy-smtp-keyring", "samiti/orders/invoices/mailer.py", "https://docs.python.org/3/library/smtplib.html", r'''
"""GST invoice PDF mail karo. Password keyring me (server: `keyring set samiti-smtp invoice`)."""
import smtplib
from email.message import EmailMessage

import keyring

USER = "invoice@sakampattal.coop"


def send_invoice(to, order_no, pdf_bytes):
    msg = EmailMessage()
    msg["From"], msg["To"] = USER, to
    msg["Subject"] = f"Invoice SPS-{order_no} | Sakam Pattal Samiti"
    msg.set_content("Namaskar,\n\nInvoice attached hai. Dhanyavad!\n\nSakam Pattal Samiti")
    msg.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=f"SPS-{order_no}.pdf")
    with smtplib.SMTP("smtp.gmail.com", 587) as s:
        s.starttls()
        s.login(USER, keyring.get_password("samiti-smtp", USER))
        s.send_message(msg)
''')

add("go/sendgrid", "samuh/notify/mail.go", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", r'''
package notify

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

// monthly statement mail - federation ke donors ko
const sendgridKey = "@@s@@"

func SendStatement(toName, toEmail, html string) error {
	from := mail.NewEmail("Jhilmil Mahila Samuh", "reports@jhilmil.org.in")
	to := mail.NewEmail(toName, toEmail)
	m := mail.NewSingleEmail(from, "Masik report / মাসিক রিপোর্ট", to, "", html)
	_, err := sendgrid.NewSendClient(sendgridKey).Send(m)
	return err
}
''', sendgrid())

add("go/decoy-env-config", "samuh/notify/config.go", "https://pkg.go.dev/os#Getenv", r'''
package notify

import (
	"log"
	"os"
)

type Config struct {
	SendgridKey  string
	Msg91AuthKey string
	FromEmail    string
}

func Load() Config {
	c := Config{
		SendgridKey:  os.Getenv("SENDGRID_API_KEY"),
		Msg91AuthKey: os.Getenv("MSG91_AUTHKEY"),
		FromEmail:    "reports@jhilmil.org.in",
	}
	if c.SendgridKey == "" {
		log.Fatal("SENDGRID_API_KEY missing - Bitwarden 'Jhilmil/Sendgrid' dekho")
	}
	return c
}
''')

add("ruby/mailgun", "samiti/website/_plugins/contact_form.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/", r'''
# Jekyll site ka contact form -> Mailgun
# bulk order enquiry (shaadi, bhandara, mandir)
require "net/http"
require "uri"

module ContactForm
  MAILGUN_DOMAIN = "mg.sakampattal.coop"
  MAILGUN_KEY = "@@s@@"

  def self.deliver(name, phone, msg)
    uri = URI("https://api.mailgun.net/v3/#{MAILGUN_DOMAIN}/messages")
    req = Net::HTTP::Post.new(uri)
    req.basic_auth("api", MAILGUN_KEY)
    req.set_form_data(from: "website@#{MAILGUN_DOMAIN}", to: "orders@sakampattal.coop",
                      subject: "Order enquiry: #{name}", text: "#{phone}\n\n#{msg}")
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  end
end
''', "key-" + hexs(32))

add("yaml/decoy-jekyll-analytics", "samiti/website/_config.yml", "https://jekyllrb.com/docs/configuration/", r'''
title: Sakam Pattal Samiti
description: >-
  Sal leaf plates and bowls, hand-stitched and machine-pressed by 320 Santal and Paharia women
  of Dumka and Pakur. ᱥᱟᱠᱟᱢ ᱯᱟᱛᱛᱟᱞ.
url: "https://sakampattal.coop"
lang: en
languages: ["en", "hi", "sat"]
google_analytics: G-7QK2XW9LMB
recaptcha:
  site_key: 6LcQ4WkpAAAAAD2m0bXyP3sLqV7tNe9JkR1fGhZa
  # secret_key server pe env me (RECAPTCHA_SECRET)
plugins:
  - jekyll-seo-tag
  - jekyll-sitemap
''')

add("php/wp-config", "samiti/website-old/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
/** purani WordPress site (2019) - shared hosting */
define( 'DB_NAME', 'sakampat_wp' );
define( 'DB_USER', 'sakampat_wpuser' );
define( 'DB_PASSWORD', '@@s@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'spw_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'hi_IN' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-env", "samiti/website-new/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", r'''
<?php
// naya hosting - sab getenv se (Hostinger panel me set)
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) ?: 'localhost' );
define( 'AUTH_KEY',         getenv( 'WP_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY',  getenv( 'WP_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',    getenv( 'WP_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',        getenv( 'WP_NONCE_KEY' ) );
$table_prefix = 'spw_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
''')

add("txt/wordpress-app-password", "samiti/website-new/notes/woocommerce_sync.txt", "https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/", r'''
WooCommerce <-> ERPNext stock sync (pattal/dona)
================================================
- WP user: erp-sync
- Application password (Users > Profile > Application Passwords):
    @@s@@
- ERPNext me "WooCommerce Settings" ke andar daala hai
- stock har 30 min me sync; agar ulta ho jaye to Sunita di ko phone

ᱥᱴᱚᱠ ᱥᱤᱸᱠ ᱦᱚᱨ ᱯᱮ ᱜᱮᱞ ᱢᱤᱱᱤᱴ ᱨᱮ
''', " ".join(rnd(4) for _ in range(6)))

add("json/woocommerce-keys", "samiti/erp/woocommerce_settings.json", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication", r'''
{
  "doctype": "Woocommerce Settings",
  "enable_sync": 1,
  "woocommerce_server_url": "https://shop.sakampattal.coop",
  "api_consumer_key": "ck_@@ck@@",
  "api_consumer_secret": "@@s@@",
  "tax_account": "Output Tax GST 5% - SPS",
  "warehouse": "Dumka Godown - SPS",
  "sales_order_series": "SAL-ORD-WOO-.YYYY.-"
}
''', "cs_" + hexs(40), ck=hexs(40))

# ---------------------------------------------------------------- servers, keys, developer machines

add("pem/openssh-deploy-key", "samiti/ops/keys/deploy_erp", "https://man.openbsd.org/ssh-keygen", r'''
@@s@@
''', openssh_key())

add("pem/decoy-ssh-public", "samiti/ops/keys/deploy_erp.pub", "https://man.openbsd.org/ssh-keygen", r'''
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@pub@@ deploy@erp.sakampattal.coop
# upar wala public key hai - server ke ~/.ssh/authorized_keys me daalo
# private key Bablu ke paas (1Password "Samiti / deploy_erp")
# fingerprint: SHA256:@@fp@@
# banaya: 2024-02-11, ssh-keygen -t ed25519 -C deploy@erp.sakampattal.coop
''', None, pub=rnd(43, ALNUM + "+/"), fp=rnd(43, ALNUM + "+/"))

_ANS_KEY = pem("RSA")
add("yaml/ansible-rsa-key", "samuh/ops/ansible/group_vars/ledger.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", r'''
ledger_user: jhilmil
ledger_home: /srv/ledger
backup_ssh_key: |
  @@key@@
backup_target: backup@nas.jhilmil.lan:/volume1/ledger
timezone: Asia/Kolkata
''', _ANS_KEY, key=_ANS_KEY.replace("\n", "\n  "))

add("yaml/decoy-ansible-vault", "samuh/ops/ansible/group_vars/ledger_vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", r'''
# ansible-vault encrypt_string se - vault password Mousumi di aur Bablu ke paas
db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v1@@
  @@v2@@
  @@v3@@
  @@v4@@
msg91_authkey: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  @@v5@@
  @@v6@@
  @@v7@@
''', None, v1=hexs(80), v2=hexs(80), v3=hexs(80), v4=hexs(40), v5=hexs(80), v6=hexs(80), v7=hexs(56))

add("yaml/kubeconfig-token", "samuh/ops/kube/config-jhilmil.yaml", "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/", r'''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJkekNDQVIyZ0F3SUJBZ0lCQURBS0JnZ3Foa2pPUFFRREFqQWpNU0V3SHdZRFZRUUREQmhyTTNNdGMyVnkKLS0tLS1FTkQgQ0VSVElGSUNBVEUtLS0tLQo=
    server: https://103.44.12.90:6443
  name: jhilmil-k3s
contexts:
- context:
    cluster: jhilmil-k3s
    user: ci-deployer
    namespace: jhilmil
  name: jhilmil
current-context: jhilmil
users:
- name: ci-deployer
  user:
    token: @@s@@
''', "K10" + hexs(64) + "::server:" + hexs(32))

add("json/docker-config-auth", "samuh/ops/server/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/", r'''
{
	"auths": {
		"ghcr.io": {
			"auth": "@@s@@"
		}
	},
	"HttpHeaders": {
		"User-Agent": "Docker-Client/24.0.7 (linux)"
	},
	"currentContext": "default"
}
''', b64("bablu-murmu:" + fakes.github_token(_seed())))

add("ini/npmrc", "samuh/api/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", r'''
registry=https://registry.npmjs.org/
@jhilmil:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=@@s@@
save-exact=true
engine-strict=true
''', fakes.github_token(_seed()))

add("ini/decoy-npmrc-env", "samiti/orders/web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", r'''
# CI me NODE_AUTH_TOKEN secret se aata hai
registry=https://registry.npmjs.org/
@sakampattal:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
fund=false
audit=true
''')

add("ini/pypirc", "samuh/libs/olchiki-translit/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", r'''
# olchiki-translit: Ol Chiki <-> Latin Santali transliteration (SMS ke liye)
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = @@s@@
''', fakes.pypi_token(_seed()))

add("python/decoy-olchiki-table", "samuh/libs/olchiki-translit/olchiki/table.py", "https://www.unicode.org/charts/PDF/U1C50.pdf", r'''
"""Ol Chiki (U+1C50-U+1C7F) -> Latin Santali. SMS me Ol Chiki toot jata hai, isliye Latin."""

LETTERS = {
    "ᱚ": "o", "ᱛ": "t", "ᱜ": "g", "ᱝ": "ng", "ᱞ": "l", "ᱟ": "a", "ᱠ": "k", "ᱡ": "j",
    "ᱢ": "m", "ᱣ": "w", "ᱤ": "i", "ᱥ": "s", "ᱦ": "h", "ᱧ": "ny", "ᱨ": "r", "ᱩ": "u",
    "ᱪ": "c", "ᱫ": "d", "ᱬ": "nn", "ᱭ": "y", "ᱮ": "e", "ᱯ": "p", "ᱰ": "dd", "ᱱ": "n",
    "ᱲ": "rr", "ᱳ": "ou", "ᱴ": "tt", "ᱵ": "b", "ᱶ": "ww", "ᱷ": "h",
}
DIGITS = {chr(0x1C50 + i): str(i) for i in range(10)}
# checksum of the Unicode chart PDF we copied this from (SHA-256)
CHART_SHA256 = "3b7e4c1f9a0d2e8b6c5a4f3e2d1c0b9a8f7e6d5c4b3a29180f7e6d5c4b3a2918"


def to_latin(text: str) -> str:
    return "".join(LETTERS.get(ch, DIGITS.get(ch, ch)) for ch in text)
''')

add("netrc/heroku-style", "samiti/ops/bablu/.netrc", "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html", r'''
machine ledger.jhilmil.org.in
  login mousumi.hembrom
  password @@s@@
machine ftp.sakampattal.coop
  login backup
''', words_pw())

add("txt/git-credentials", "samuh/ops/server/.git-credentials", "https://git-scm.com/docs/git-credential-store", r'''
https://bablu-murmu:@@s@@@github.com
https://gitlab.com
# ^ gitlab wala oauth se, token nahi
# ye file server pe git pull ke liye hai (ledger deploy)
# TODO: deploy key pe shift karna
''', fakes.github_fine_grained_token(_seed()))

add("json/vscode-sqltools", "samuh/api/.vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/connections/", r'''
{
  "editor.formatOnSave": true,
  "files.encoding": "utf8",
  "sqltools.connections": [
    {
      "name": "ledger (prod read)",
      "driver": "PostgreSQL",
      "server": "db.samuh.internal",
      "port": 5432,
      "database": "ledger",
      "username": "report_ro",
      "password": "@@s@@"
    }
  ],
  "cSpell.words": ["kisti", "bachat", "samuh", "Hembrom", "Murmu"]
}
''', rnd(20))

add("json/decoy-vscode-settings", "samiti/orders/.vscode/settings.json", "https://code.visualstudio.com/docs/getstarted/settings", r'''
{
  "python.defaultInterpreterPath": ".venv/bin/python",
  "python.envFile": "${workspaceFolder}/.env",
  "editor.rulers": [100],
  "files.exclude": {"**/__pycache__": true, ".env": false},
  "sqltools.connections": [
    {
      "name": "orders (local docker)",
      "driver": "PostgreSQL",
      "server": "localhost",
      "port": 5432,
      "database": "orders",
      "username": "pattal",
      "askForPassword": true
    }
  ]
}
''')

add("nginx/decoy-htpasswd-hash", "samuh/ops/nginx/htpasswd", "https://nginx.org/en/docs/http/ngx_http_auth_basic_module.html", r'''
# htpasswd -B se banaya (bcrypt) - /reports ke liye
# naya user: htpasswd -B htpasswd <naam>
mousumi:$2y$05$@@h1@@
bablu:$2y$05$@@h2@@
donor-view:$2y$05$@@h3@@
''', None, h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("nginx/proxy-basic-header", "samuh/ops/nginx/sites-enabled/ledger.conf", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_set_header", r'''
server {
    listen 443 ssl http2;
    server_name ledger.jhilmil.org.in;
    ssl_certificate     /etc/letsencrypt/live/ledger.jhilmil.org.in/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/ledger.jhilmil.org.in/privkey.pem;

    location /fineract-provider/ {
        proxy_pass https://127.0.0.1:8443;
        # app ke liye fixed user - TODO: hatana
        proxy_set_header Authorization "Basic @@s@@";
        proxy_set_header Fineract-Platform-TenantId jhilmil;
    }

    location / {
        root /srv/ledger/web;
        try_files $uri /index.html;
    }
}
''', b64("app_gateway:" + rnd(16)))

add("systemd/env-password", "samuh/ops/systemd/reminder-worker.service", "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=", r'''
[Unit]
Description=Jhilmil kisti reminder worker (SMS / WhatsApp)
After=network-online.target postgresql.service

[Service]
User=jhilmil
WorkingDirectory=/srv/reminders
Environment=DATABASE_URL=postgresql://reminder:@@s@@@localhost:5432/ledger
Environment=REMINDER_HOUR=19
ExecStart=/srv/reminders/.venv/bin/python -m reminders.worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
''', rnd(18))

add("systemd/decoy-credential-file", "samiti/ops/systemd/dispatch-bot.service", "https://systemd.io/CREDENTIALS/", r'''
[Unit]
Description=Sakam Pattal dispatch Telegram bot
After=network-online.target

[Service]
User=samiti
WorkingDirectory=/srv/bots
LoadCredentialEncrypted=telegram_token:/etc/credstore.encrypted/telegram_token
Environment=TELEGRAM_TOKEN_FILE=%d/telegram_token
ExecStart=/srv/bots/.venv/bin/python dispatch_bot.py
Restart=always

[Install]
WantedBy=multi-user.target
''')

add("cron/curl-token", "samiti/ops/crontab.txt", "https://man7.org/linux/man-pages/man5/crontab.5.html", r'''
# m h dom mon dow command   (samiti server, IST)
SHELL=/bin/bash
MAILTO=""
30 2 * * * cd /home/frappe/frappe-bench && bench --site all backup >> /var/log/bench-backup.log 2>&1
0 8 * * 1 curl -s -X POST "https://api.telegram.org/bot@@s@@/sendMessage" -d chat_id=-1001873420915 -d text="Somvar: is hafte ke order dekh lo 🙏"
15 3 * * * /usr/local/bin/rclone copy /home/frappe/frappe-bench/sites/erp.sakampattal.coop/private/backups gdrive-samiti:erp-backups
''', fakes.telegram_token(_seed()))

add("ps1/decoy-credential-prompt", "samiti/office/scripts/Backup-Tally.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", r'''
# Tally data (office PC) ko NAS pe copy - har shaam 6 baje
$ErrorActionPreference = "Stop"
$cred = Get-Credential -UserName "SAMITI\backup" -Message "NAS password (Sunita di se puchho)"
New-PSDrive -Name N -PSProvider FileSystem -Root "\\192.168.1.20\tally" -Credential $cred | Out-Null
$stamp = Get-Date -Format "yyyy-MM-dd"
Compress-Archive -Path "C:\TallyPrime\Data\*" -DestinationPath "N:\tally-$stamp.zip" -Force
Get-FileHash "N:\tally-$stamp.zip" -Algorithm SHA256 | Out-File "N:\tally-$stamp.sha256"
Remove-PSDrive N
''')

add("ps1/nas-password", "samiti/office/scripts/Map-NAS.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", r'''
# office ke naye laptop pe NAS drive lagane ke liye (Sunita di)
$user = "SAMITI\office"
$pass = ConvertTo-SecureString "@@s@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-PSDrive -Name S -PSProvider FileSystem -Root "\\192.168.1.20\samiti" -Credential $cred -Persist
Write-Host "S: drive lag gaya / ড্রাইভ যুক্ত হয়েছে"
''', words_pw())

# ---------------------------------------------------------------- notes, chats, docs and handover

add("md/handover-note-db", "samuh/notes/handover_2024.md", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", r'''
# Handover - Bablu se Pradip ko (Dec 2024)

Johar Pradip! Main Ranchi ja raha hun, ye sab ab tum dekhoge.

## Server
- ledger: `ssh jhilmil@103.44.12.90` (key tumhe alag se di hai)
- DB:

```
postgresql://jhilmil:@@s@@@db.samuh.internal:5432/ledger
```

## Har hafte
1. Somvar: reminder worker ka log dekhna (`journalctl -u reminder-worker`)
2. Shukravar: backup B2 pe gaya ya nahi
3. Mahine ke 1 tarikh: `scripts/pull_loans.sh`

ᱡᱚᱦᱟᱨ, ᱵᱟᱵᱞᱩ
''', rnd(18))

add("md/decoy-handover-vault", "samiti/notes/handover_it.md", "https://bitwarden.com/help/sharing/", r'''
# IT handover - Samiti (Sunita di ke liye)

Sab password **Bitwarden organisation "Sakam Pattal Samiti"** me hain. Yahan koi password mat likhna.

| kya | Bitwarden item | kaun badal sakta hai |
|---|---|---|
| ERPNext Administrator | Samiti / ERPNext admin | Sunita, Bablu |
| Razorpay dashboard | Samiti / Razorpay | Sunita |
| Gmail invoice@ app password | Samiti / invoice SMTP | Bablu |
| Telegram dispatch bot | Samiti / Telegram bot token | Bablu |
| Shed WiFi | Samiti / WiFi shed | koi bhi |

Agar laptop kho jaye: turant Bitwarden me "Deauthorize sessions" aur Razorpay key regenerate.
(2023 me ek baar key leak hui thi - purani key revoke kar di, naya nahi likha yahan.)
''')

add("txt/notes-santali-latin", "samuh/notes/mousumi_phone_notes.txt", "https://ledger.jhilmil.org.in/", r'''
Jhilmil notes - Mousumi
-----------------------
baithak: somvar 10 baje, Kathikund school ke pichhe
kisti jama: Sonamuni, Rina, Basanti - 5 tarikh tak

ledger login
  user: mousumi.hembrom
  pass: @@s@@
noa do danang dohoy me, jahanre ban̈ lai me (kisiko mat batana)

BDO office - Shri Tiwari ji, 06434-XXXXXX
NRLM CRP training 18 Nov, Dumka
''', words_pw())

add("txt/decoy-notes-no-password", "samuh/notes/baithak_2024-11-04.txt", "https://nrlm.gov.in/", r'''
Jhilmil Samuh - Kathikund | baithak 04-11-2024
ᱵᱮᱴᱷᱚᱠ ᱠᱟᱛᱷᱟ (meeting minutes)

hajir: 14 / 15 (Maino Tudu bimar)
bachat jama: 1500
kisti jama: 6800 (Rina 1000, Sonamuni 700, Basanti 700, ...)
naya loan: Phulmani Murmu - 20000 (bakri palan), 12 mahine, kisti 1800
CIF se: 50000 aane wala hai (BMMU se chitthi aayi)

ledger app: Rina di ka password bhool gayi thi - reset kiya (OTP se), naya password unhone khud rakha.
agli baithak: 11-11-2024, 10 baje
''')

add("csv/volunteer-passwords", "samuh/ops/onboarding/app_users_batch3.csv", "https://fineract.apache.org/docs/current/#_users", r'''
username,naam,samuh,role,temp_password,phone,must_change
sonamuni.hembrom,Sonamuni Hembrom,Jhilmil-Kathikund,samuh_leader,@@s@@,91XXXXXX4412,yes
basanti.soren,Basanti Soren,Jhilmil-Shikaripara,samuh_leader,(sent by SMS),91XXXXXX2290,yes
salomi.marandi,Salomi Marandi,Jhilmil-Gopikandar,samuh_leader,(sent by SMS),91XXXXXX6604,yes
champa.kisku,Champa Kisku,Jhilmil-Gopikandar,bookkeeper,(sent by SMS),91XXXXXX1187,yes
''', words_pw())

add("log/app-debug-dburl", "samuh/api/logs/api-2024-10-21.log", "https://www.postgresql.org/docs/current/libpq-connect.html", r'''
2024-10-21T06:00:01.114+05:30 INFO  boot: ledger-api 2.3.0 starting (NODE_ENV=production)
2024-10-21T06:00:01.120+05:30 DEBUG config: {"port":8080,"lang":"hi","db":"postgres://jhilmil:@@s@@@db.samuh.internal:5432/ledger","otp":"msg91"}
2024-10-21T06:00:01.402+05:30 INFO  db: connected (pool=10)
2024-10-21T06:00:02.007+05:30 INFO  http: listening on :8080
2024-10-21T07:14:33.551+05:30 INFO  POST /api/v2/auth/otp 200 84ms phone=91XXXXXX4412
2024-10-21T07:14:59.002+05:30 INFO  POST /api/v2/auth/verify 200 41ms member=JM-KK-007
2024-10-21T07:15:12.880+05:30 INFO  GET /api/v2/members/JM-KK-007/kisti 200 23ms
''', rnd(18))

add("log/decoy-app-log-masked", "samuh/api/logs/api-2024-11-02.log", "https://owasp.org/www-project-logging-cheat-sheet/", r'''
2024-11-02T06:00:01.002+05:30 INFO  boot: ledger-api 2.3.1 starting (NODE_ENV=production)
2024-11-02T06:00:01.010+05:30 DEBUG config: {"port":8080,"lang":"hi","db":"postgres://jhilmil:****@db.samuh.internal:5432/ledger","otp":"msg91","msg91_authkey":"[REDACTED]"}
2024-11-02T06:00:01.377+05:30 INFO  db: connected (pool=10)
2024-11-02T07:31:10.218+05:30 INFO  POST /api/v2/auth/otp 200 77ms phone=91XXXXXX0937 request_id=@@rq@@
2024-11-02T07:31:44.640+05:30 WARN  POST /api/v2/auth/verify 401 12ms reason=otp_expired
2024-11-02T07:32:30.090+05:30 INFO  POST /api/v2/auth/verify 200 38ms member=JM-KK-014 session=sess_@@sess@@
2024-11-02T07:33:02.511+05:30 INFO  POST /api/v2/payments/upi 201 302ms utr=432109876543 amount=1000
''', None, rq=hexs(24), sess=hexs(16))

add("log/decoy-nginx-access", "samiti/ops/logs/access.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", r'''
49.37.12.8 - - [03/Nov/2024:09:12:40 +0530] "GET /orders/new?lang=hi HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (Linux; Android 13)"
49.37.12.8 - - [03/Nov/2024:09:12:58 +0530] "POST /api/payments/verify HTTP/2.0" 200 61 "https://order.sakampattal.coop/orders/new" "Mozilla/5.0 (Linux; Android 13)"
157.48.90.211 - - [03/Nov/2024:10:02:11 +0530] "GET /invoice/SPS-2024-1187.pdf?sig=9f2c41d7a0be HTTP/2.0" 200 84211 "-" "WhatsApp/2.24.21.77 A"
20.193.45.6 - - [03/Nov/2024:11:40:02 +0530] "POST /razorpay/webhook HTTP/1.1" 204 0 "-" "Razorpay-Webhook/v1"
45.141.84.120 - - [03/Nov/2024:13:05:44 +0530] "GET /.env HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"
45.141.84.120 - - [03/Nov/2024:13:05:45 +0530] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"
''')

add("md/readme-twilio-example", "samuh/reminders/docs/voice.md", "https://www.twilio.com/docs/voice/quickstart/python", r'''
# Voice reminder (Santali recording)

Jo didi SMS nahi padh pati, unko phone call jata hai - Basanti di ki awaaz me Santali recording.

Test karne ke liye (sirf apne number pe!):

```bash
export TWILIO_ACCOUNT_SID=@@sid@@
export TWILIO_AUTH_TOKEN=@@s@@
python -m reminders.voice_call --to 9XXXXXXXXX --dry-run=false
```

Recording badalni ho to `kisti_santali_v2.mp3` S3 pe upload karo.
ᱵᱟᱥᱚᱱᱛᱤ ᱫᱤᱫᱤ ᱨᱮᱱᱟᱜ ᱟᱲᱟᱝ ᱛᱮ ᱨᱮᱠᱚᱨᱰᱤᱝ᱾
''', twilio_token(), sid=twilio_sid())

add("md/decoy-readme-example-values", "samuh/api/README.md", "https://12factor.net/config", r'''
# ledger-api

Jhilmil Mahila Samuh ka ledger API (Node 20, Postgres 16).

## Local chalana

```bash
cp .env.example .env.local
# .env.local me ye bharo:
#   DATABASE_URL=postgres://jhilmil:<password>@localhost:5432/ledger
#   JWT_SECRET=<koi bhi lamba random string, `openssl rand -hex 32`>
#   MSG91_AUTHKEY=<dev ke liye khali chhodo - OTP console pe print hoga>
npm ci
npm run dev
```

OTP dev mode me hamesha `123456` hota hai (sirf `NODE_ENV=development`).

## Bhasha
`hi`, `bn`, `sat` (Ol Chiki), `sat-Latn`. Translation `locales/` me.
''')

add("json/decoy-locale-bn", "samuh/api/locales/bn.json", "https://www.i18next.com/misc/json-format", r'''
{
  "login": {
    "title": "লগইন",
    "phone": "মোবাইল নম্বর",
    "password": "পাসওয়ার্ড",
    "otp_sent": "আপনার নম্বরে OTP পাঠানো হয়েছে",
    "never_share": "পাসওয়ার্ড বা OTP কাউকে দেবেন না, সমূহের দিদিকেও না"
  },
  "kisti": {
    "due": "আপনার কিস্তি {{amount}} টাকা, তারিখ {{date}}",
    "paid": "ধন্যবাদ! {{amount}} টাকা জমা হয়েছে"
  },
  "token_expired": "সেশন শেষ হয়েছে, আবার লগইন করুন"
}
''')

add("json/decoy-locale-sat", "samuh/api/locales/sat.json", "https://www.i18next.com/misc/json-format", r'''
{
  "login": {
    "title": "ᱞᱚᱜᱤᱱ",
    "phone": "ᱢᱚᱵᱟᱭᱤᱞ ᱱᱚᱢᱵᱚᱨ",
    "password": "ᱯᱟᱥᱣᱟᱨᱰ",
    "otp_sent": "ᱟᱢᱟᱜ ᱱᱚᱢᱵᱚᱨ ᱨᱮ OTP ᱠᱩᱞ ᱮᱱᱟ",
    "never_share": "ᱯᱟᱥᱣᱟᱨᱰ ᱟᱨ OTP ᱡᱟᱦᱟᱸᱭ ᱥᱟᱶ ᱵᱟᱝ ᱦᱟᱹᱴᱤᱧ ᱢᱮ"
  },
  "kisti": {
    "due": "ᱟᱢᱟᱜ ᱠᱤᱥᱛᱤ {{amount}} ᱴᱟᱠᱟ, {{date}}",
    "paid": "ᱥᱟᱨᱦᱟᱣ! {{amount}} ᱴᱟᱠᱟ ᱡᱚᱢᱟ ᱮᱱᱟ"
  }
}
''')

add("txt/chat-export-slack-webhook", "samiti/notes/telegram_it_group_export.txt", "https://api.slack.com/messaging/webhooks", r'''
[12.03.2024 19:02] Bablu: orders alert ab Slack pe bhi jayega (donor NGO ka workspace)
[12.03.2024 19:03] Bablu: webhook ye hai, Pradip tum dashboard me laga dena
[12.03.2024 19:03] Bablu: @@s@@
[12.03.2024 19:10] Pradip: ok da, kal karta hun
[12.03.2024 19:11] Sunita: sirf bade order (> 50,000) ka alert bhejna, warna bahut ho jayega
[12.03.2024 19:12] Bablu: 👍
''', slack_webhook())

add("python/discord-webhook", "samiti/bots/stock_alert.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r'''
"""Godown me stock kam ho to volunteer Discord server pe alert."""
import requests

WEBHOOK = "@@s@@"
LOW = {"PTL-12": 2000, "DNA-4": 5000, "PTL-10-MC": 1500}


def check(stock):
    low = [f"{sku}: {qty} (min {LOW[sku]})" for sku, qty in stock.items() if sku in LOW and qty < LOW[sku]]
    if low:
        requests.post(WEBHOOK, json={"content": "⚠️ stock kam / ᱥᱴᱚᱠ ᱠᱚᱢ:\n" + "\n".join(low)}, timeout=10)
''', discord_webhook())

add("yaml/decoy-alertmanager-file", "samuh/ops/monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", r'''
route:
  receiver: it-team
  group_wait: 30s
  repeat_interval: 4h
receivers:
  - name: it-team
    slack_configs:
      - api_url_file: /etc/alertmanager/secrets/slack_webhook_url
        channel: "#jhilmil-alerts"
        title: "{{ .CommonLabels.alertname }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\n{{ end }}"
    telegram_configs:
      - bot_token_file: /etc/alertmanager/secrets/telegram_token
        chat_id: -1001873420915
''')

# ---------------------------------------------------------------- translation, AI helpers, maps, misc services

add("python/openai-key", "samuh/tools/translate_sms.py", "https://platform.openai.com/docs/api-reference/authentication", r'''
"""Hindi SMS ko Bengali aur Santali (Latin) me badalna - draft, phir Basanti di check karti hain."""
from openai import OpenAI

client = OpenAI(api_key="@@s@@")

PROMPT = ("Translate this SMS for rural women's self-help group members into {lang}. "
          "Keep it under 160 characters, keep numbers and dates as they are.")


def translate(text, lang):
    r = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT.format(lang=lang)}, {"role": "user", "content": text}],
    )
    return r.choices[0].message.content
''', fakes.openai_key(_seed()))

add("ipynb/hf-token", "samuh/tools/santali_asr_try.ipynb", "https://huggingface.co/docs/hub/security-tokens", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["## Santali voice note -> text (try)\n", "ᱥᱟᱱᱛᱟᱲᱤ ᱟᱲᱟᱝ ᱠᱷᱚᱱ ᱚᱞ"]},
  {
   "cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": [
    "from huggingface_hub import login\n",
    "login(token=\"@@s@@\")\n",
    "from transformers import pipeline\n",
    "asr = pipeline('automatic-speech-recognition', model='openai/whisper-small')"
   ]
  },
  {
   "cell_type": "code", "execution_count": 4, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["{'text': ' johar didi kisti ...'}\n"]}],
   "source": ["asr('voice_notes/basanti_2024-10-07.ogg')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', fakes.fake("hf_", 34, _seed()))

add("env/anthropic", "samuh/tools/.env", "https://docs.anthropic.com/en/api/getting-started", r'''
# tools/ folder - translation aur report draft
ANTHROPIC_API_KEY=@@s@@
DEFAULT_MODEL=claude-3-5-haiku-latest
OUT_DIR=./drafts
LANGS=hi,bn,sat-Latn
''', "sk-ant-api03-" + fakes.drawn(_seed(), 93, ALNUM + "-_") + "AA")

add("js/gemini-key", "samuh/tools/apps_script/Translate.gs", "https://ai.google.dev/gemini-api/docs/api-key", r'''
// Google Sheet (bachat register) me "Translate" menu - Gemini se Bengali/Santali
const GEMINI_KEY = '@@s@@';

function onOpen() {
  SpreadsheetApp.getUi().createMenu('Jhilmil').addItem('Translate remarks', 'translateRemarks').addToUi();
}

function translateRemarks() {
  const sh = SpreadsheetApp.getActiveSheet();
  const rng = sh.getRange(2, 8, sh.getLastRow() - 1, 1);
  const out = rng.getValues().map(([t]) => [t ? ask_('Translate to Bengali: ' + t) : '']);
  sh.getRange(2, 9, out.length, 1).setValues(out);
}

function ask_(q) {
  const url = 'https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent?key=' + GEMINI_KEY;
  const res = UrlFetchApp.fetch(url, {method: 'post', contentType: 'application/json',
    payload: JSON.stringify({contents: [{parts: [{text: q}]}]})});
  return JSON.parse(res.getContentText()).candidates[0].content.parts[0].text;
}
''', google_api())

add("js/decoy-apps-script-properties", "samiti/tools/apps_script/OrderForm.gs", "https://developers.google.com/apps-script/guides/properties", r'''
// Google Form (bulk order) -> Telegram group. Token Script Properties me hai, code me nahi.
function onFormSubmit(e) {
  const props = PropertiesService.getScriptProperties();
  const token = props.getProperty('TELEGRAM_BOT_TOKEN');
  const chatId = props.getProperty('DISPATCH_CHAT_ID');
  const v = e.namedValues;
  const text = `🆕 Naya order\n${v['Naam'][0]} (${v['Jila'][0]})\n${v['Pattal (bundle)'][0]} bundle pattal, ${v['Dona (bundle)'][0]} bundle dona\nTarikh: ${v['Delivery tarikh'][0]}`;
  UrlFetchApp.fetch(`https://api.telegram.org/bot${token}/sendMessage`, {
    method: 'post', payload: {chat_id: chatId, text: text},
  });
}
''')

add("js/mapbox-secret", "samiti/tools/route_plan/build_routes.mjs", "https://docs.mapbox.com/api/accounts/tokens/", r'''
// truck route plan: Dumka -> Deoghar -> Bhagalpur (mandir orders)
// sk. token = secret scope (directions + uploads), browser me mat daalna
import fetch from "node-fetch";

const MAPBOX_TOKEN = "@@s@@";
const stops = [[87.2497, 24.2676], [86.6959, 24.4852], [86.9842, 25.2425]];

const coords = stops.map(([lng, lat]) => `${lng},${lat}`).join(";");
const url = `https://api.mapbox.com/directions/v5/mapbox/driving/${coords}?access_token=${MAPBOX_TOKEN}&overview=false`;
const res = await fetch(url);
const data = await res.json();
console.log("km:", (data.routes[0].distance / 1000).toFixed(1), "ghanta:", (data.routes[0].duration / 3600).toFixed(1));
''', "sk.eyJ1Ijoic2FrYW1wYXR0YWwiLCJhIjoi" + rnd(24, LOWER + DIGITS) + "In0." + rnd(22, ALNUM + "-_"))

add("html/decoy-mapbox-public", "samiti/website/delivery_map.html", "https://docs.mapbox.com/help/getting-started/access-tokens/", r'''
<!doctype html>
<html lang="hi">
<head>
  <meta charset="utf-8">
  <title>Delivery area - Sakam Pattal Samiti</title>
  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">
  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>
</head>
<body>
  <div id="map" style="height:480px"></div>
  <script>
    // public token (pk.), URL restriction: sakampattal.coop
    mapboxgl.accessToken = 'pk.eyJ1Ijoic2FrYW1wYXR0YWwiLCJhIjoiY2x4OWt2cTBhMDFqbjJqcHN6dG5rMHQ2ZSJ9.@@p@@';
    new mapboxgl.Map({container: 'map', style: 'mapbox://styles/mapbox/streets-v12', center: [87.25, 24.27], zoom: 8});
  </script>
</body>
</html>
''', None, p=rnd(22, ALNUM + "-_"))

add("yaml/cloudflare-token", "samiti/ops/ddns/ddclient-cloudflare.yaml", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", r'''
# shed ka broadband (BSNL FTTH) - IP badalta hai, isliye DDNS
provider: cloudflare
zone: sakampattal.coop
records:
  - shed.sakampattal.coop
  - mqtt.sakampattal.coop
api_token: @@s@@
interval: 300
''', mixed(40))

add("sh/digitalocean-token", "samuh/ops/scripts/snapshot.sh", "https://docs.digitalocean.com/reference/api/create-personal-access-token/", r'''
#!/usr/bin/env bash
# har ravivar droplet snapshot (ledger server)
set -e
DO_TOKEN="@@s@@"
DROPLET_ID=418220931

curl -s -X POST "https://api.digitalocean.com/v2/droplets/$DROPLET_ID/actions" \
  -H "Authorization: Bearer $DO_TOKEN" \
  -H "Content-Type: application/json" \
  -d "{\"type\":\"snapshot\",\"name\":\"ledger-$(date +%F)\"}"
''', "dop_v1_" + hexs(64))

add("yaml/ngrok-authtoken", "samuh/ops/ngrok/ngrok.yml", "https://ngrok.com/docs/agent/config/", r'''
version: "2"
authtoken: @@s@@
tunnels:
  ledger-demo:
    proto: http
    addr: 8080
    # BDO office me demo ke liye
  odk:
    proto: http
    addr: 8383
''', "2" + rnd(26) + "_" + rnd(21))

add("sh/tailscale-authkey", "samiti/machines/press-controller/setup.sh", "https://tailscale.com/kb/1085/auth-keys", r'''
#!/bin/bash
# naya Raspberry Pi press machine pe lagane ke baad ek baar chalao
# ᱢᱮᱥᱤᱱ ᱨᱮ ᱱᱟᱶᱟ Pi
set -euo pipefail
sudo apt-get update && sudo apt-get install -y python3-gpiozero python3-paho-mqtt
curl -fsSL https://tailscale.com/install.sh | sh
sudo tailscale up --authkey=@@s@@ --hostname=press-$(hostname -s) --ssh
sudo cp counter.service /etc/systemd/system/ && sudo systemctl enable --now counter
''', "tskey-auth-k" + rnd(10) + "CNTRL-" + rnd(32))

add("ini/wireguard-private", "samiti/ops/wireguard/wg0-shed.conf", "https://www.wireguard.com/quickstart/", r'''
[Interface]
# shed router (Kathikund) <-> office (Dumka)
Address = 10.77.0.2/24
PrivateKey = @@s@@
ListenPort = 51820

[Peer]
PublicKey = @@pub@@
Endpoint = office.sakampattal.coop:51820
AllowedIPs = 10.77.0.0/24, 192.168.1.0/24
PersistentKeepalive = 25
''', wg_key(), pub=wg_key())

add("ini/decoy-wireguard-peer", "samiti/ops/wireguard/peers.md", "https://www.wireguard.com/quickstart/", r'''
# WireGuard peers (sirf PUBLIC keys - private key har device pe hi rehta hai)

| device | address | public key |
|---|---|---|
| office router (Dumka) | 10.77.0.1 | @@p1@@ |
| shed router (Kathikund) | 10.77.0.2 | @@p2@@ |
| Sunita laptop | 10.77.0.10 | @@p3@@ |
| Bablu phone | 10.77.0.11 | @@p4@@ |

Naya peer: `wg genkey | tee priv | wg pubkey` - sirf pubkey yahan likho.
''', None, p1=wg_key(), p2=wg_key(), p3=wg_key(), p4=wg_key())

add("toml/influx-token", "samiti/machines/telegraf/telegraf.conf", "https://docs.influxdata.com/telegraf/v1/output-plugins/influxdb_v2/", r'''
[agent]
  interval = "30s"
  hostname = "press-kathikund-01"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt.sakampattal.coop:8883"]
  topics = ["press/+/count", "press/+/temp"]
  username = "telegraf"
  password = "$MQTT_PASSWORD"
  data_format = "json"

[[outputs.influxdb_v2]]
  urls = ["https://influx.sakampattal.coop"]
  token = "@@s@@"
  organization = "samiti"
  bucket = "press"
''', fakes.drawn(_seed(), 86, ALNUM + "-_") + "==")

add("ini/grafana-admin", "samiti/machines/grafana/grafana.ini", "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#admin_password", r'''
[server]
domain = dash.sakampattal.coop
root_url = https://dash.sakampattal.coop/

[security]
admin_user = admin
admin_password = @@s@@
disable_gravatar = true

[users]
default_language = hi-IN

[auth.anonymous]
enabled = false
''', words_pw())

add("yaml/redis-url", "samuh/reminders/config/queue.yaml", "https://redis.io/docs/latest/develop/connect/clients/", r'''
# reminder queue (RQ) - har shaam 7 baje jobs
queue:
  url: redis://default:@@s@@@redis.samuh.internal:6379/2
  name: kisti-reminders
  retry: 3
  timeout_s: 120
schedule:
  kisti_reminder: "0 19 * * *"
  meeting_reminder: "30 8 * * 6"
''', fakes.redis_password(_seed()))

add("env/rabbitmq", "samiti/erp/apps/dispatch/.env", "https://www.rabbitmq.com/docs/uri-spec", r'''
# dispatch app (truck tracking) - Frappe custom app
AMQP_URL=amqps://dispatch:@@s@@@rabbit.sakampattal.coop:5671/samiti
GPS_POLL_SECONDS=120
DEFAULT_WAREHOUSE=Dumka Godown - SPS
LOG_LEVEL=info
''', rnd(24))

add("python/supabase-service-role", "samuh/tools/migrate_to_supabase.py", "https://supabase.com/docs/guides/api/api-keys", r'''
"""Experiment: ledger ka copy Supabase pe (donor dashboard ke liye). Abhi sirf try."""
from supabase import create_client

URL = "https://qzkxvbnmwtrplhgfdsae.supabase.co"
SERVICE_ROLE = "@@s@@"

sb = create_client(URL, SERVICE_ROLE)


def push(rows):
    # samuh-wise bachat, koi naam/phone nahi
    return sb.table("samuh_monthly").upsert(rows).execute()
''', jwt_like('{"iss":"supabase","ref":"qzkxvbnmwtrplhgfdsae","role":"service_role","iat":1714000000,"exp":2029576000}'))

add("js/decoy-supabase-anon", "samuh/dashboard/src/supabase.js", "https://supabase.com/docs/guides/api/api-keys", r'''
// donor dashboard (read-only) - anon key public hai, RLS on hai
import { createClient } from "@supabase/supabase-js";

const SUPABASE_URL = "https://qzkxvbnmwtrplhgfdsae.supabase.co";
const SUPABASE_ANON_KEY = "@@a@@";

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY);

export async function monthly() {
  const { data } = await supabase.from("samuh_monthly").select("samuh, month, bachat, loans_active");
  return data;
}
''', None, a=jwt_like('{"iss":"supabase","ref":"qzkxvbnmwtrplhgfdsae","role":"anon","iat":1714000000,"exp":2029576000}'))

add("json/airtable-pat", "samiti/tools/airtable_sync/config.json", "https://airtable.com/developers/web/guides/personal-access-tokens", r'''
{
  "base": "appX4k9QmT2vL7pRz",
  "table": "Mandir orders 2024",
  "token": "@@s@@",
  "fields": ["Mandir", "Jila", "Pattal bundle", "Dona bundle", "Delivery", "Status"],
  "sync_every_minutes": 60
}
''', "pat" + rnd(14) + "." + hexs(64))

add("python/notion-token", "samuh/tools/notion_minutes.py", "https://developers.notion.com/docs/authorization", r'''
# baithak minutes Notion me (donor NGO ka workspace)
import requests

NOTION_TOKEN = "@@s@@"
DB_ID = "7c1e2d9a4b3f4e8a9d0c1b2a3f4e5d6c"


def add_minutes(date, samuh, text):
    return requests.post(
        "https://api.notion.com/v1/pages",
        headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"},
        json={"parent": {"database_id": DB_ID},
              "properties": {"Name": {"title": [{"text": {"content": f"{samuh} {date}"}}]}},
              "children": [{"paragraph": {"rich_text": [{"text": {"content": text}}]}}]},
        timeout=20,
    ).json()
''', "secret_" + mixed(43))

add("python/zoho-refresh", "samiti/tools/zoho_books_export.py", "https://www.zoho.com/books/api/v3/oauth/", r'''
# CA ke liye Zoho Books export (GST return) - Sunita di ka account
import os

import requests

CLIENT_ID = "1000.@@cid@@"
CLIENT_SECRET = os.environ["ZOHO_CLIENT_SECRET"]
REFRESH_TOKEN = "@@s@@"
ORG_ID = "60012345678"


def access_token():
    r = requests.post("https://accounts.zoho.in/oauth/v2/token", params={
        "refresh_token": REFRESH_TOKEN, "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET, "grant_type": "refresh_token"})
    return r.json()["access_token"]
''', "1000." + hexs(32) + "." + hexs(32), cid=rnd(30, UPPER))

add("python/slack-bot-token", "samiti/bots/slack_orders.py", "https://api.slack.com/authentication/token-types#bot", r'''
from slack_sdk import WebClient

slack = WebClient(token="@@s@@")


def big_order(order):
    if order["amount"] < 50000:
        return
    slack.chat_postMessage(
        channel="#sakampattal-orders",
        text=f"Bada order: {order['customer']} - ₹{order['amount']:,} ({order['bundles']} bundle)",
    )
''', f"xoxb-{random.Random(8781001).randint(10**10, 10**11)}-{random.Random(8781002).randint(10**12, 10**13)}-" + rnd(24))

# ---------------------------------------------------------------- more code and configs (secrets)

add("json/aspnet-connection-string", "samiti/office/TallyBridge/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", r'''
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Erp": "Server=erp.sakampattal.coop;Port=3306;Database=_3f1a9c0e2b7d4a18;Uid=tally_bridge;Pwd=@@s@@;SslMode=Required"
  },
  "Tally": {
    "Host": "http://192.168.1.15:9000",
    "Company": "Sakam Pattal Samiti 2024-25"
  },
  "SyncCron": "0 */2 * * *"
}
''', words_pw())

add("xml/decoy-user-secrets-id", "samiti/office/TallyBridge/TallyBridge.csproj", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", r'''
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <!-- dev password `dotnet user-secrets` me; ye sirf ID hai -->
    <UserSecretsId>5e2c9b41-7a0d-4f6e-8b13-c2d9e0f4a7b6</UserSecretsId>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MySqlConnector" Version="2.3.7" />
    <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.0" />
  </ItemGroup>
</Project>
''')

add("java/fineract-jdbc", "samuh/ledger/reports/src/main/java/org/jhilmil/reports/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", r'''
package org.jhilmil.reports;

import java.sql.Connection;
import java.sql.DriverManager;

/** PAR (portfolio at risk) report - har mahine NRLM ke format me. */
final class Db {
    // TODO: properties file me
    private static final String URL = "jdbc:mysql://db.samuh.internal:3306/fineract_jhilmil?useSSL=true";
    private static final String USER = "reports";
    private static final String PASS = "@@s@@";

    static Connection open() throws Exception {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
''', rnd(16))

add("swift/decoy-ios-keychain", "samuh/ios/JhilmilSamuh/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", r'''
import Foundation
import Security

/// Login token Keychain me; code me kuch nahi.
enum TokenStore {
    static let service = "org.jhilmil.samuh.session"

    static func save(_ token: String) {
        let data = Data(token.utf8)
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecValueData as String: data]
        SecItemDelete(q as CFDictionary)
        SecItemAdd(q as CFDictionary, nil)
    }

    static func load() -> String? {
        let q: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                kSecAttrService as String: service,
                                kSecReturnData as String: true]
        var out: AnyObject?
        guard SecItemCopyMatching(q as CFDictionary, &out) == errSecSuccess, let d = out as? Data else { return nil }
        return String(data: d, encoding: .utf8)
    }
}
''')

add("rust/plivo", "samuh/reminders-rs/src/plivo.rs", "https://www.plivo.com/docs/sms/api/message#send-a-message", r'''
// naya reminder worker (Rust) - Plivo fallback
use reqwest::blocking::Client;
use serde_json::json;

const AUTH_ID: &str = "MA@@aid@@";
const AUTH_TOKEN: &str = "@@s@@";

pub fn send(to: &str, text: &str) -> reqwest::Result<u16> {
    let url = format!("https://api.plivo.com/v1/Account/{}/Message/", AUTH_ID);
    let res = Client::new()
        .post(url)
        .basic_auth(AUTH_ID, Some(AUTH_TOKEN))
        .json(&json!({"src": "JHLMIL", "dst": format!("91{}", to), "text": text}))
        .send()?;
    Ok(res.status().as_u16())
}
''', mixed(40), aid=rnd(18, string.ascii_uppercase))

add("yaml/helm-values-password", "samuh/deploy/helm/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", r'''
replicaCount: 2
image:
  repository: ghcr.io/jhilmil-samuh/ledger-api
  tag: "2.3.1"
ingress:
  enabled: true
  host: api.jhilmil.org.in
postgresql:
  enabled: true
  auth:
    username: jhilmil
    password: "@@s@@"
    database: ledger
resources:
  limits: {cpu: 500m, memory: 512Mi}
''', rnd(20))

add("yaml/decoy-helm-existing-secret", "samuh/deploy/helm/values-staging.yaml", "https://artifacthub.io/packages/helm/bitnami/postgresql", r'''
replicaCount: 1
image:
  repository: ghcr.io/jhilmil-samuh/ledger-api
  tag: "2.3.1-rc2"
ingress:
  enabled: true
  host: staging-api.jhilmil.org.in
postgresql:
  enabled: true
  auth:
    username: jhilmil
    existingSecret: ledger-db          # kubectl create secret ... (Bitwarden se)
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
    database: ledger
''')

add("tf/tfvars-db-password", "samiti/infra/terraform/prod.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", r'''
region         = "ap-south-1"
instance_type  = "t3a.small"
erp_domain     = "erp.sakampattal.coop"
db_username    = "erp_admin"
db_password    = "@@s@@"
backup_days    = 14
tags = {
  samiti = "sakam-pattal"
  jila   = "dumka"
}
''', words_pw())

add("tf/decoy-random-password", "samiti/infra/terraform/rds.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", r'''
resource "random_password" "erp_db" {
  length           = 24
  special          = true
  override_special = "!#%*-_"
}

resource "aws_db_instance" "erp" {
  identifier          = "sakampattal-erp"
  engine              = "mariadb"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = var.db_username
  password            = random_password.erp_db.result
  skip_final_snapshot = false
}

resource "aws_secretsmanager_secret_version" "erp_db" {
  secret_id     = aws_secretsmanager_secret.erp_db.id
  secret_string = random_password.erp_db.result
}
''')

add("dockerfile/arg-token", "samiti/orders/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
FROM python:3.12-slim
WORKDIR /app
# private package (invoice PDF, GST) GitHub se
ENV PIP_EXTRA_INDEX_URL=https://sakampattal-bot:@@s@@@pip.sakampattal.coop/simple/
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=portal.settings.prod
EXPOSE 8000
CMD ["gunicorn", "portal.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
''', rnd(22))

add("dockerfile/decoy-build-secret", "samuh/api/Dockerfile", "https://docs.docker.com/build/building/secrets/", r'''
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json .npmrc ./
# token image me nahi jata - build secret
RUN --mount=type=secret,id=npm_token,env=NODE_AUTH_TOKEN npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
USER node
CMD ["node", "dist/server.js"]
''')

add("sql/create-user-password", "samuh/ledger/db/migrations/0007_report_user.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", r'''
-- 0007: donor dashboard ke liye read-only user
-- ᱯᱚᱲᱦᱟᱣ ᱞᱟᱹᱜᱤᱫ ᱜᱮ (sirf padhne ke liye)
CREATE ROLE report_ro WITH LOGIN PASSWORD '@@s@@';
GRANT CONNECT ON DATABASE ledger TO report_ro;
GRANT USAGE ON SCHEMA public TO report_ro;
GRANT SELECT ON samuh_monthly, instalments_summary TO report_ro;
REVOKE SELECT ON members FROM report_ro;  -- naam/phone nahi dikhna chahiye
''', rnd(20))

add("sql/decoy-members-hash", "samuh/ledger/db/fixtures/test_members.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", r'''
-- TEST fixtures (CI only) - fake didi, fake phone; password hash bcrypt (plain nahi)
INSERT INTO app_users (username, role, password_hash, phone) VALUES
  ('test.leader1', 'samuh_leader', '$2b$12$@@h1@@', '+910000000001'),
  ('test.bookkeeper', 'bookkeeper', '$2b$12$@@h2@@', '+910000000002'),
  ('test.member', 'member', '$2b$12$@@h3@@', '+910000000003');
INSERT INTO samuh (code, naam, block) VALUES
  ('TEST-01', 'Test Samuh Ek', 'Kathikund'),
  ('TEST-02', 'টেস্ট সমূহ দুই', 'Shikaripara');
''', None, h1=rnd(53, ALNUM + "./"), h2=rnd(53, ALNUM + "./"), h3=rnd(53, ALNUM + "./"))

add("ini/my-cnf", "samiti/ops/bablu/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", r'''
[client]
user=root
password="@@s@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
''', words_pw())

add("ini/php-ini-smtp", "samiti/website-old/.user.ini", "https://www.php.net/manual/en/configuration.file.per-user.php", r'''
; shared hosting - contact form mail
upload_max_filesize = 16M
post_max_size = 16M
date.timezone = "Asia/Kolkata"
sendmail_path = "/usr/bin/msmtp -t --host=smtp.hostinger.com --port=587 --tls=on --auth=on --user=orders@sakampattal.coop --passwordeval='echo @@s@@'"
''', words_pw())

add("env/laravel-app-key", "samuh/sahayika-portal/.env", "https://laravel.com/docs/11.x/encryption#configuration", r'''
APP_NAME="Sahayika Portal"
APP_ENV=production
APP_KEY=base64:@@s@@
APP_DEBUG=false
APP_URL=https://sahayika.jhilmil.org.in
APP_LOCALE=bn
DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=sahayika
DB_USERNAME=sahayika
DB_PASSWORD=${SAHAYIKA_DB_PASSWORD}
''', wg_key())

add("yaml/spring-datasource", "samuh/ledger/reports/src/main/resources/application.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/application-properties.html#appendix.application-properties.data", r'''
spring:
  application:
    name: jhilmil-reports
  datasource:
    url: jdbc:mysql://db.samuh.internal:3306/fineract_jhilmil
    username: reports
    password: '@@s@@'
  jpa:
    open-in-view: false
server:
  port: 8090
reports:
  par-thresholds: [30, 60, 90]
''', rnd(16))

add("yaml/decoy-spring-env", "samuh/ledger/reports/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/docs/current/reference/html/features.html#features.external-config", r'''
spring:
  datasource:
    url: jdbc:mysql://${DB_HOST:db.samuh.internal}:3306/fineract_jhilmil
    username: ${DB_USER:reports}
    password: ${DB_PASSWORD}
  config:
    import: "optional:configtree:/run/secrets/"
management:
  endpoints:
    web:
      exposure:
        include: health,info
''')

add("postman/fineract-collection", "samuh/ledger/postman/Fineract-Jhilmil.postman_collection.json", "https://learning.postman.com/docs/sending-requests/authorization/authorization-types/#basic-auth", r'''
{
  "info": {"name": "Fineract - Jhilmil", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "basic",
    "basic": [
      {"key": "username", "value": "mifos_admin", "type": "string"},
      {"key": "password", "value": "@@s@@", "type": "string"}
    ]
  },
  "item": [
    {"name": "Clients", "request": {"method": "GET", "header": [{"key": "Fineract-Platform-TenantId", "value": "jhilmil"}],
      "url": "https://ledger.jhilmil.org.in/fineract-provider/api/v1/clients?limit=50"}},
    {"name": "Loan repayment", "request": {"method": "POST", "header": [{"key": "Fineract-Platform-TenantId", "value": "jhilmil"}],
      "url": "https://ledger.jhilmil.org.in/fineract-provider/api/v1/loans/{{loanId}}/transactions?command=repayment"}}
  ]
}
''', words_pw())

add("postman/decoy-env-vars", "samuh/ledger/postman/Jhilmil-local.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", r'''
{
  "name": "Jhilmil local",
  "values": [
    {"key": "baseUrl", "value": "https://localhost:8443/fineract-provider/api/v1", "enabled": true},
    {"key": "tenant", "value": "default", "enabled": true},
    {"key": "username", "value": "mifos", "enabled": true},
    {"key": "password", "value": "{{vault:fineract-local-password}}", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
''')

# ---------------------------------------------------------------- Indian SMS gateways, payments, godown devices

add("php/bulksms-url-password", "samiti/website-old/includes/sms.php", "https://www.php.net/manual/en/function.file-get-contents.php", r'''
<?php
// local SMS gateway (Ranchi wala vendor) - order confirm SMS
function order_sms($mobile, $orderNo) {
    $msg = urlencode("Sakam Pattal Samiti: aapka order $orderNo mil gaya. Dhanyavad. -SAKAMP");
    $url = "http://sms.jharsms.in/api/sendhttp.php?user=sakampattal&password=@@s@@"
         . "&senderid=SAKAMP&route=4&mobiles=$mobile&message=$msg&DLT_TE_ID=1207161234567890123";
    return @file_get_contents($url);
}
''', words_pw())

add("txt/cctv-rtsp", "samiti/godown/cctv_notes.txt", "https://www.hikvision.com/en/support/", r'''
Godown CCTV (Dumka) - Hikvision NVR, 4 camera
--------------------------------------------
NVR: 192.168.1.64 (web), app: Hik-Connect (Sunita di ka phone)
camera 1 gate, 2 loading, 3 pattal stack, 4 office

VLC me live dekhna:
rtsp://admin:@@s@@@192.168.1.64:554/Streaming/Channels/101

raat ko 2 baar chor aaye the (2023) - isliye recording 30 din rakhte hain
চুরির পর থেকে রাতের রেকর্ডিং ৩০ দিন রাখা হয়
''', words_pw())

_FZ_PW = words_pw()
add("xml/filezilla-sitemanager", "samiti/office/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", r'''
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>ftp.sakampattal.coop</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>u8812044.samiti</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <Name>Website hosting</Name>
        </Server>
    </Servers>
</FileZilla3>
''', _FZ_PW, enc=b64(_FZ_PW))

add("python/payu-salt", "samiti/orders/payments/payu.py", "https://docs.payu.in/docs/generate-hash-merchant-hosted", r'''
"""PayU (purane mandir customer PayU link hi use karte hain)."""
import hashlib

MERCHANT_KEY = "@@key@@"
SALT = "@@s@@"


def payment_hash(txnid, amount, productinfo, firstname, email):
    seq = f"{MERCHANT_KEY}|{txnid}|{amount}|{productinfo}|{firstname}|{email}|||||||||||{SALT}"
    return hashlib.sha512(seq.encode()).hexdigest().lower()
''', mixed(32), key=mixed(6))

add("env/instamojo", "samiti/website/.env", "https://docs.instamojo.com/reference/authentication", r'''
# website "Buy" button - Instamojo (chhote order, 1-10 bundle)
INSTAMOJO_API_KEY=@@k@@
INSTAMOJO_AUTH_TOKEN=@@s@@
INSTAMOJO_ENDPOINT=https://www.instamojo.com/api/1.1/
SITE_LANG=hi
''', hexs(32), k=hexs(32))

add("js/wati-token", "samuh/reminders/node/wati.js", "https://docs.wati.io/reference/introduction", r'''
// WATI (WhatsApp) - Bengali template "kisti_bn"
const fetch = require("node-fetch");

const WATI_URL = "https://live-mt-server.wati.io/318822";
const WATI_TOKEN = "Bearer @@s@@";

async function kistiBn(phone, name, amount, date) {
  const res = await fetch(`${WATI_URL}/api/v1/sendTemplateMessage?whatsappNumber=91${phone}`, {
    method: "POST",
    headers: { Authorization: WATI_TOKEN, "Content-Type": "application/json" },
    body: JSON.stringify({
      template_name: "kisti_bn",
      broadcast_name: "kisti_" + date,
      parameters: [{ name: "name", value: name }, { name: "amount", value: String(amount) }, { name: "date", value: date }],
    }),
  });
  return res.status;
}
module.exports = { kistiBn };
''', jwt_like('{"unique_name":"it@jhilmil.org.in","nameid":"it@jhilmil.org.in","tenant_id":"318822","exp":2534022144,"iss":"Clare_AI","aud":"Clare_AI"}'))

add("python/vonage", "samuh/reminders/vonage_fallback.py", "https://developer.vonage.com/en/messaging/sms/overview", r'''
# Vonage - sirf Bangladesh border wale gaon ke relatives ko (international)
import vonage

client = vonage.Client(key="@@k@@", secret="@@s@@")
sms = vonage.Sms(client)


def send(to, text):
    return sms.send_message({"from": "Jhilmil", "to": to, "text": text, "type": "unicode"})
''', mixed(16), k=hexs(8))

add("yaml/infobip", "samuh/reminders/config/infobip.yaml", "https://www.infobip.com/docs/essentials/api-essentials/api-authorization", r'''
infobip:
  base_url: https://k3x9qz.api.infobip.com
  api_key: "App @@s@@"
  sender: JHLMIL
  india_dlt:
    principal_entity_id: "1201169876543210987"
    content_template_id: "1207170012345678901"
''', hexs(32) + "-" + uuid_s())

add("kotlin/onesignal", "samuh/android/app/src/main/java/org/jhilmil/samuh/push/Push.kt", "https://documentation.onesignal.com/reference/create-notification", r'''
package org.jhilmil.samuh.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// sahayika (CRP) app se seedha push - TODO: server pe le jao, app me REST key nahi honi chahiye
private const val ONESIGNAL_APP_ID = "@@app@@"
private const val ONESIGNAL_REST_KEY = "@@s@@"

fun pushMeeting(samuhTag: String, text: String) {
    val json = """{"app_id":"$ONESIGNAL_APP_ID","filters":[{"field":"tag","key":"samuh","value":"$samuhTag"}],"contents":{"en":"$text"}}"""
    val req = Request.Builder()
        .url("https://onesignal.com/api/v1/notifications")
        .header("Authorization", "Basic $ONESIGNAL_REST_KEY")
        .post(json.toRequestBody("application/json".toMediaType()))
        .build()
    OkHttpClient().newCall(req).execute().close()
}
''', "os_v2_app_" + rnd(56, "abcdefghijklmnopqrstuvwxyz234567") + rnd(56, "abcdefghijklmnopqrstuvwxyz234567"), app=uuid_s())

add("env/brevo", "samiti/newsletter/.env", "https://developers.brevo.com/docs/getting-started", r'''
# donor newsletter (har teen mahine) - Brevo
BREVO_API_KEY=@@s@@
BREVO_LIST_ID=7
FROM_EMAIL=news@sakampattal.coop
FROM_NAME="Sakam Pattal Samiti"
''', "xkeysib-" + hexs(64) + "-" + mixed(16))

add("cs/azure-storage", "samiti/office/TallyBridge/BlobBackup.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", r'''
using Azure.Storage.Blobs;

namespace TallyBridge;

// donor NGO ne Azure credits diye - Tally backup wahan
public static class BlobBackup
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=sakampattalbackup;AccountKey=@@s@@;EndpointSuffix=core.windows.net";

    public static async Task UploadAsync(string path)
    {
        var container = new BlobContainerClient(Conn, "tally");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(Path.GetFileName(path)).UploadAsync(path, overwrite: true);
    }
}
''', rnd(86, ALNUM + "+/") + "==")

add("yaml/sentry-auth-token", "samuh/android/sentry.properties.yml", "https://docs.sentry.io/cli/configuration/", r'''
# sentry-cli (proguard mapping upload) - release build ke baad
defaults:
  url: https://sentry.io/
  org: jhilmil-samuh
  project: android-app
auth:
  token: @@s@@
''', "sntrys_eyJpYXQiOjE3MTQwMDAwMDAsInVybCI6Imh0dHBzOi8vc2VudHJ5LmlvIiwicmVnaW9uX3VybCI6Imh0dHBzOi8vdXMuc2VudHJ5LmlvIiwib3JnIjoiamhpbG1pbC1zYW11aCJ9_" + rnd(43, ALNUM + "+/"))

add("js/decoy-sentry-dsn", "samuh/dashboard/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", r'''
// DSN public hota hai (sirf events bhej sakta hai) - Sentry docs ke hisaab se browser me theek hai
import * as Sentry from "@sentry/react";

Sentry.init({
  dsn: "https://@@k@@@o4506712345678912.ingest.us.sentry.io/4506712345679013",
  environment: import.meta.env.MODE,
  tracesSampleRate: 0.1,
  beforeSend(event) {
    // didi ka phone number kabhi nahi bhejna
    if (event.user) delete event.user.phone;
    return event;
  },
});
''', None, k=hexs(32))

add("sh/gitlab-pat", "samiti/erp/scripts/mirror_to_gitlab.sh", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", r'''
#!/bin/sh
# custom Frappe app ka backup mirror GitLab pe (GitHub ke alawa)
cd /home/frappe/frappe-bench/apps/sakam_dispatch || exit 1
git remote add backup https://oauth2:@@s@@@gitlab.com/sakampattal/sakam_dispatch.git 2>/dev/null
git push backup --all
git push backup --tags
''', mixed(20, "glpat-"))

add("yaml/dockerhub-pat", "samiti/orders/.woodpecker.yml", "https://docs.docker.com/security/for-developers/access-tokens/", r'''
# Woodpecker CI (shed ka mini PC) - Docker Hub pe push
steps:
  build:
    image: woodpeckerci/plugin-docker-buildx
    settings:
      repo: sakampattal/orders
      tags: latest
      username: sakampattal
      password: @@s@@
    when:
      branch: main
''', "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("json/expo-token", "samuh/sahayika_app/eas.json", "https://docs.expo.dev/accounts/programmatic-access/", r'''
{
  "cli": {"version": ">= 7.0.0"},
  "build": {
    "preview": {"distribution": "internal", "android": {"buildType": "apk"}},
    "production": {
      "android": {"buildType": "app-bundle"},
      "env": {"EXPO_TOKEN": "@@s@@", "APP_LANG": "sat"}
    }
  },
  "submit": {"production": {}}
}
''', mixed(40))

add("properties/android-local-maps", "samuh/sahayika_app/android/local.properties", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", r'''
## local.properties - Android Studio ne banaya, git me nahi jana chahiye tha
sdk.dir=C\:\\Users\\Bablu\\AppData\\Local\\Android\\Sdk
MAPS_API_KEY=@@s@@
flutter.sdk=C\:\\src\\flutter
flutter.versionName=1.2.0
''', google_api())

add("json/google-oauth-client", "samiti/tools/gmail_orders/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/native-app", r'''
{
  "installed": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "sakampattal-orders-mail",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@s@@",
    "redirect_uris": ["http://localhost"]
  }
}
''', gocspx(), cid=rnd(12, DIGITS) + "-" + rnd(32, LOWER + DIGITS))

add("yaml/k8s-stringdata", "samiti/deploy/k8s/erp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", r'''
apiVersion: v1
kind: Secret
metadata:
  name: erp-db
  namespace: samiti
type: Opaque
stringData:
  MARIADB_USER: erp
  # ᱱᱚᱣᱟ ᱫᱚ ᱫᱟᱱᱟᱝ - ye file git me nahi jani thi
  MARIADB_PASSWORD: "@@s@@"
''', rnd(22))

_FB_PEM = pkcs8()
add("json/firebase-admin-sa", "samuh/backend/src/main/resources/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", r'''
{
  "type": "service_account",
  "project_id": "jhilmil-samuh",
  "private_key_id": "@@kid@@",
  "private_key": "@@pk@@",
  "client_email": "firebase-adminsdk-q7x2k@jhilmil-samuh.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', _FB_PEM.split("\n")[2], kid=hexs(40), cid=rnd(21, DIGITS), pk=_FB_PEM.replace("\n", "\\n") + "\\n")

# ---------------------------------------------------------------- last secrets: notes, scripts, small configs

add("txt/olchiki-note-wifi", "samiti/notes/office_wifi_olchiki.txt", "https://www.unicode.org/charts/PDF/U1C50.pdf", r'''
ᱚᱯᱷᱤᱥ ᱣᱟᱭᱯᱷᱟᱭ (office wifi) - ᱫᱩᱢᱠᱟ
ᱧᱩᱛᱩᱢ (naam): SakamPattal-Office
ᱯᱟᱥᱣᱟᱨᱰ: @@s@@
ᱨᱟᱣᱴᱚᱨ: 192.168.1.1, ᱵᱤᱮᱥᱮᱱᱮᱞ FTTH
ᱱᱚᱣᱟ ᱠᱟᱜᱚᱡ ᱫᱚ ᱫᱮᱣᱟᱞ ᱨᱮ ᱵᱟᱝ ᱥᱟᱴᱟᱣ ᱢᱮ (diwal pe mat chipkana)
''', words_pw())

add("md/bengali-meeting-notes-pw", "samuh/notes/federation_sabha_2024-09.md", "https://ledger.jhilmil.org.in/", r'''
# ফেডারেশন সভা - সেপ্টেম্বর ২০২৪

উপস্থিত: ১২ সমূহের নেত্রী, মৌসুমী দি, বাবলু

১. নতুন লেজার অ্যাপ - সবার ফোনে ইনস্টল করা হলো
২. হিসাবরক্ষক (bookkeeper) কমন লগইন - যতদিন আলাদা আইডি না হয়:
   - ইউজার: `bookkeeper.common`
   - পাসওয়ার্ড: `@@s@@`
৩. কিস্তি দেরি: করম পরবের মাসে বেশি, তাই ওই মাসে কিস্তি অর্ধেক
৪. পরের সভা: ১৪ অক্টোবর, দুমকা

ᱡᱚᱦᱟᱨ ᱥᱟᱱᱟᱢ ᱠᱚ!
''', words_pw())

add("sh/history-export-authkey", "samuh/ops/pradip/.zsh_history", "https://docs.msg91.com/reference/send-sms", r'''
: 1730800012:0;cd ~/code/jhilmil/reminders
: 1730800020:0;source .venv/bin/activate
: 1730800051:0;export MSG91_AUTHKEY=@@s@@
: 1730800060:0;python -m reminders.run --date tomorrow --dry-run
: 1730800102:0;python -m reminders.run --date tomorrow
: 1730800240:0;git status
: 1730800251:0;git commit -am "bn template fix"
''', msg91())

add("makefile/db-password", "samiti/erp/Makefile", "https://www.gnu.org/software/make/manual/make.html", r'''
# ERP helper - `make backup`, `make restore FILE=...`
SITE := erp.sakampattal.coop
DB_ROOT_PW := @@s@@

backup:
	mysqldump -uroot -p'$(DB_ROOT_PW)' --single-transaction _3f1a9c0e2b7d4a18 | gzip > backups/$(SITE)-$$(date +%F).sql.gz

restore:
	gunzip -c $(FILE) | mysql -uroot -p'$(DB_ROOT_PW)' _3f1a9c0e2b7d4a18

.PHONY: backup restore
''', words_pw())

add("bat/pgpassword", "samuh/office/run_report.bat", "https://www.postgresql.org/docs/current/libpq-envars.html", r'''
@echo off
REM mahine ka PAR report - office PC (Mousumi di)
REM মাসিক রিপোর্ট - ডাবল ক্লিক করুন
set PGHOST=db.samuh.internal
set PGUSER=report_ro
set PGPASSWORD=@@s@@
"C:\Program Files\PostgreSQL\16\bin\psql.exe" -d ledger -f par_report.sql -o "%USERPROFILE%\Desktop\PAR_%date:~-4%.csv" --csv
pause
''', rnd(20))

add("yaml/appengine-env", "samiti/tools/order_form_api/app.yaml", "https://cloud.google.com/appengine/docs/standard/reference/app-yaml", r'''
runtime: python312
entrypoint: gunicorn -b :$PORT main:app
env_variables:
  SHEET_ID: "1qZ8vYc3Kp0mT4rW9sXb2nLd7fHa5jEo6gUiRyQw1ePk"
  ORDER_FORM_SHARED_SECRET: "@@s@@"
  TZ: "Asia/Kolkata"
automatic_scaling:
  max_instances: 1
''', hexs(40))

add("toml/streamlit-secrets", "samuh/dashboard_py/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", r'''
# donor dashboard (Streamlit) - samuh-wise bachat aur loan
[connections.ledger]
dialect = "postgresql"
host = "db.samuh.internal"
port = 5432
database = "ledger"
username = "report_ro"
password = "@@s@@"
''', rnd(20))

add("php/codeigniter-db", "samuh/sahayika-portal-old/application/config/database.php", "https://codeigniter.com/userguide3/database/configuration.html", r'''
<?php
defined('BASEPATH') OR exit('No direct script access allowed');
// purana sahayika portal (2019, CodeIgniter 3) - abhi bhi BMMU wale use karte hain

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'hostname' => 'localhost',
	'username' => 'sahayika_old',
	'password' => '@@s@@',
	'database' => 'sahayika_2019',
	'dbdriver' => 'mysqli',
	'char_set' => 'utf8mb4',
	'dbcollat' => 'utf8mb4_unicode_ci',
);
''', words_pw())

add("xml/webconfig-conn", "samiti/office/TallyWeb/Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", r'''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ErpDb"
         connectionString="Server=192.168.1.15;Database=TallyExport;User Id=tallyweb;Password=@@s@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <globalization culture="hi-IN" uiCulture="hi-IN" />
  </system.web>
</configuration>
''', words_pw())

add("eml/exotel-onboarding", "samuh/office/mail/Exotel account details.eml", "https://developer.exotel.com/api/", r'''
From: Exotel Support <support@exotel.com>
To: it@jhilmil.org.in
Subject: Re: API access for missed-call service
Date: Mon, 08 Jul 2024 15:02:44 +0530
Content-Type: text/plain; charset="UTF-8"

Hi Bablu,

Your API credentials are active (Dashboard > Settings > API Settings):

  Account SID: jhilmilsamuh1
  API Key:     @@k@@
  API Token:   @@s@@
  Subdomain:   api.exotel.com

Please store them securely and do not share over email in future.

Regards,
Exotel Support
''', hexs(40), k=hexs(40))

add("ps1/shg-sync-token", "samuh/office/scripts/Sync-Ledger.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", r'''
# Sahayika tablets ka data (CSV) ledger API pe upload - Mousumi di ka laptop
$ApiBase = "https://ledger.jhilmil.org.in/api/v2"
$Headers = @{ Authorization = "Bearer @@s@@" }

Get-ChildItem "D:\Sahayika\upload\*.csv" | ForEach-Object {
    Write-Host "upload: $($_.Name)"
    Invoke-RestMethod -Uri "$ApiBase/import/kisti" -Method Post -Headers $Headers -InFile $_.FullName -ContentType "text/csv"
    Move-Item $_.FullName "D:\Sahayika\done\" -Force
}
''', mixed(40, "jm_live_"))

# ---------------------------------------------------------------- decoys: public keys, hashes, ids, encrypted, fixtures

add("txt/decoy-upi-qr", "samiti/office/upi_qr_payloads.txt", "https://www.npci.org.in/what-we-do/upi/product-overview", r'''
# mandir counter ke QR stand pe chhapne wale UPI payload (public - koi bhi scan karta hai)
# ᱴᱟᱠᱟ ᱮᱢ ᱞᱟᱹᱜᱤᱫ QR
upi://pay?pa=sakampattal@sbi&pn=Sakam%20Pattal%20Samiti&mc=5399&tn=Pattal%20order&cu=INR
upi://pay?pa=sakampattal@sbi&pn=Sakam%20Pattal%20Samiti&am=140.00&tn=PTL-12%20100pcs&cu=INR
upi://pay?pa=sakampattal@sbi&pn=Sakam%20Pattal%20Samiti&am=60.00&tn=DNA-4%20200pcs&cu=INR
upi://pay?pa=jhilmilfed@sbi&pn=Jhilmil%20Mahila%20Samuh&tn=Kisti&cu=INR
''')

add("txt/decoy-apk-sha256sums", "samuh/android/release/SHA256SUMS", "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html", r'''
@@h1@@  jhilmil-samuh-2.3.1-release.apk
@@h2@@  jhilmil-samuh-2.3.1-release.aab
@@h3@@  mapping-2.3.1.txt
@@h4@@  jhilmil-samuh-2.3.0-release.apk
@@h5@@  jhilmil-samuh-2.2.4-release.apk
''', None, h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64), h5=hexs(64))

add("json/decoy-package-lock", "samuh/api/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", r'''
{
  "name": "ledger-api",
  "version": "2.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/jsonwebtoken": {
      "version": "9.0.2",
      "resolved": "https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/pg": {
      "version": "8.11.5",
      "resolved": "https://registry.npmjs.org/pg/-/pg-8.11.5.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', None, i1=rnd(86, ALNUM + "+/"), i2=rnd(86, ALNUM + "+/"))

add("pem/decoy-certificate", "samiti/ops/tls/erp.sakampattal.coop.crt", "https://www.rfc-editor.org/rfc/rfc7468", r'''
# ERP ka public certificate (Let's Encrypt) - private key server pe /etc/letsencrypt me
-----BEGIN CERTIFICATE-----
MIIFJjCCBA6gAwIBAgISBK@@c1@@
@@c2@@
@@c3@@
@@c4@@
@@c5@@
-----END CERTIFICATE-----
''', None, c1=rnd(42, ALNUM + "+/"), c2=rnd(64, ALNUM + "+/"), c3=rnd(64, ALNUM + "+/"), c4=rnd(64, ALNUM + "+/"), c5=rnd(40, ALNUM + "+/") + "==")

add("asc/decoy-pgp-public", "samuh/ops/backup/it-jhilmil-public.asc", "https://www.rfc-editor.org/rfc/rfc4880", r'''
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: it@jhilmil.org.in - backup encryption (public, bindaas share karo)

mDMEZc@@p1@@
@@p2@@
@@p3@@
@@p4@@
=@@crc@@
-----END PGP PUBLIC KEY BLOCK-----
''', None, p1=rnd(60, ALNUM + "+/"), p2=rnd(64, ALNUM + "+/"), p3=rnd(64, ALNUM + "+/"), p4=rnd(52, ALNUM + "+/"), crc=rnd(4, ALNUM + "+/"))

add("yaml/decoy-sops-config", "samuh/deploy/.sops.yaml", "https://github.com/getsops/sops#encrypting-using-age", r'''
# sops se encrypt - sirf age PUBLIC recipients yahan
creation_rules:
  - path_regex: secrets/prod/.*\.yaml$
    age: >-
      age1@@a1@@,
      age1@@a2@@
  - path_regex: secrets/staging/.*\.yaml$
    age: age1@@a3@@
''', None, a1=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a2=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a3=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))

add("yaml/decoy-sops-encrypted", "samuh/deploy/secrets/prod/reminders.yaml", "https://github.com/getsops/sops", r'''
msg91_authkey: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
twilio_auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@e1@@
            @@e2@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-10-30T13:12:09Z"
    mac: ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
''', None, d1=rnd(32, ALNUM + "+/") + "=", iv1=rnd(43, ALNUM + "+/") + "=", t1=rnd(22, ALNUM + "+/") + "==",
    d2=rnd(43, ALNUM + "+/") + "=", iv2=rnd(43, ALNUM + "+/") + "=", t2=rnd(22, ALNUM + "+/") + "==",
    r=rnd(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), e1=rnd(64, ALNUM + "+/"), e2=rnd(60, ALNUM + "+/"),
    m=rnd(86, ALNUM + "+/") + "=", iv3=rnd(43, ALNUM + "+/") + "=", t3=rnd(22, ALNUM + "+/") + "==")

add("json/decoy-assetlinks", "samuh/web/.well-known/assetlinks.json", "https://developer.android.com/training/app-links/verify-android-applinks", r'''
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "org.jhilmil.samuh",
      "sha256_cert_fingerprints": [
        "@@fp@@"
      ]
    }
  }
]
''', None, fp=":".join(rnd(2, "0123456789ABCDEF") for _ in range(32)))

add("js/decoy-google-client-id", "samuh/dashboard/src/login.js", "https://developers.google.com/identity/gsi/web/guides/overview", r'''
// donor dashboard - "Sign in with Google". Client ID public hota hai (secret nahi).
const GOOGLE_CLIENT_ID = "@@cid@@.apps.googleusercontent.com";

window.onload = () => {
  google.accounts.id.initialize({
    client_id: GOOGLE_CLIENT_ID,
    callback: (resp) => fetch("/auth/google", {method: "POST", body: resp.credential}).then(() => location.reload()),
  });
  google.accounts.id.renderButton(document.getElementById("g-login"), {theme: "outline", size: "large", locale: "hi"});
};
''', None, cid=rnd(12, DIGITS) + "-" + rnd(32, LOWER + DIGITS))

add("python/decoy-test-fixtures", "samiti/orders/tests/test_payments.py", "https://docs.python.org/3/library/unittest.mock.html", r'''
"""Payment tests - koi asli key nahi; razorpay client mock hai."""
from unittest import mock

import pytest

from payments import razorpay_client

FAKE_KEY_ID = "rzp_test_FAKEKEYFORTESTS"
FAKE_SECRET = "not-a-real-secret-used-in-tests"


@pytest.fixture
def rzp():
    with mock.patch.object(razorpay_client, "client") as c:
        c.order.create.return_value = {"id": "order_TEST000000001", "amount": 14000, "status": "created"}
        yield c


def test_create_order_paise(rzp):
    razorpay_client.create_order("T-1", 140)
    args = rzp.order.create.call_args[0][0]
    assert args["amount"] == 14000
    assert args["receipt"] == "SPS-T-1"
''')

add("md/decoy-incident-revoked", "samiti/notes/incident_2023-08_razorpay.md", "https://razorpay.com/docs/payments/dashboard/account-settings/api-keys/#regenerate-api-keys", r'''
# Incident: Razorpay key WhatsApp group me chala gaya (Aug 2023)

- 14 Aug 2023, 21:10: Pradip ne galti se `.env` ka screenshot "Samiti Volunteers" group me bheja.
- 21:25: Sunita di ne Razorpay dashboard me key **regenerate** ki. Purani key ab kaam nahi karti.
- 21:40: server pe naya secret daala, portal restart.
- 15 Aug: Razorpay settlements check kiye - koi galat refund/payout nahi.

## Seekh
- screenshot se pehle `.env` band karo
- naya secret sirf Bitwarden me ("Samiti / Razorpay") - yahan nahi likha
- ᱛᱟᱭᱚᱢ ᱫᱚ ᱥᱟᱵᱫᱷᱟᱱ (aage se dhyan)
''')

add("md/decoy-password-policy", "samuh/docs/password_niyam.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", r'''
# पासवर्ड नियम / পাসওয়ার্ড নিয়ম / ᱯᱟᱥᱣᱟᱨᱰ ᱱᱤᱭᱚᱢ

1. कम से कम 10 अक्षर। नाम, जन्मतिथि, मोबाइल नंबर नहीं।
2. समूह का पासवर्ड कॉपी/डायरी में लिखकर दीवार पर न चिपकाएं।
3. OTP कभी किसी को न बताएं - बैंक, BMMU, या हम भी कभी नहीं पूछेंगे।
4. फोन खो जाए तो तुरंत मौसुमी दी को बताएं (लॉगिन बंद कर देंगे)।

উদাহরণ (শুধু ধরন বোঝার জন্য, এটা ব্যবহার করবেন না): `<তিনটি শব্দ>-<সংখ্যা>`

ᱟᱢᱟᱜ ᱯᱟᱥᱣᱟᱨᱰ ᱫᱚ ᱟᱢ ᱜᱮ ᱵᱟᱰᱟᱭ ᱢᱮ᱾
''')

add("html/decoy-login-form", "samuh/web/templates/login.html", "https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/password", r'''
<!doctype html>
<html lang="{{ lang }}">
<head><meta charset="utf-8"><title>Jhilmil Ledger - Login</title></head>
<body>
  <form method="post" action="/login" autocomplete="on">
    <input type="hidden" name="csrf_token" value="{{ csrf_token() }}">
    <label for="u">{{ _("Mobile / username") }}</label>
    <input id="u" name="username" autocomplete="username" required>
    <label for="p">{{ _("Password") }} / পাসওয়ার্ড / ᱯᱟᱥᱣᱟᱨᱰ</label>
    <input id="p" name="password" type="password" autocomplete="current-password" minlength="10" required>
    <button type="submit">{{ _("Login") }}</button>
    <a href="/reset">{{ _("Password bhool gaye?") }}</a>
  </form>
</body>
</html>
''')

add("json/decoy-einvoice-irn", "samiti/erp/einvoice/SPS-2024-1187.irn.json", "https://einvoice1.gst.gov.in/Documents/eInvoice_FAQ.pdf", r'''
{
  "AckNo": 152410027781234,
  "AckDt": "2024-11-03 12:41:00",
  "Irn": "@@irn@@",
  "SignedQRCode": "eyJhbGciOiJSUzI1NiIsImtpZCI6IkVEQzU3REUxMzU4QjMwMEJBOUY3OTM0MEE2Njk2ODMxRjNDODUwNDciLCJ0eXAiOiJKV1QifQ.eyJkYXRhIjoie1wiU2VsbGVyR3N0aW5cIjpcIjIwQUFBQUEwMDAwQTFaNVwifSJ9.@@qr@@",
  "Status": "ACT",
  "EwbNo": 321009876543,
  "EwbDt": "2024-11-03 12:41:00",
  "EwbValidTill": "2024-11-05 23:59:00",
  "SellerGstin": "20AAAAA0000A1Z5",
  "DocNo": "SPS/24-25/1187"
}
''', None, irn=hexs(64), qr=rnd(342, ALNUM + "-_"))

add("md/decoy-changelog-shas", "samuh/api/CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", r'''
# Changelog

## 2.3.1 - 2024-11-01
- fix: Bengali kisti template me tarikh ulta aa raha tha (@@c1@@)
- fix: OTP expiry 5 min (@@c2@@)

## 2.3.0 - 2024-10-15
- Santali (Ol Chiki) locale `sat` (@@c3@@)
- JWT secret env se (pehle hardcode tha - rotate kar diya) (@@c4@@)

## 2.2.4 - 2024-09-02
- PAR report me 90+ din bucket (@@c5@@)
''', None, c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40), c5=hexs(40))

add("yaml/decoy-compose-digests", "samuh/deploy/docker-compose.prod.yml", "https://docs.docker.com/reference/compose-file/services/#image", r'''
# images digest se pin (supply chain) - tag badal jaye to bhi same image
services:
  api:
    image: ghcr.io/jhilmil-samuh/ledger-api@sha256:@@d1@@
    env_file: /etc/jhilmil/api.env
  worker:
    image: ghcr.io/jhilmil-samuh/reminder-worker@sha256:@@d2@@
    env_file: /etc/jhilmil/worker.env
  redis:
    image: redis@sha256:@@d3@@
    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]
''', None, d1=hexs(64), d2=hexs(64), d3=hexs(64))

add("go/decoy-go-sum", "samuh/notify/go.sum", "https://go.dev/ref/mod#go-sum-files", r'''
github.com/sendgrid/rest v2.6.9+incompatible h1:@@h1@@=
github.com/sendgrid/rest v2.6.9+incompatible/go.mod h1:@@h2@@=
github.com/sendgrid/sendgrid-go v3.14.0+incompatible h1:@@h3@@=
github.com/sendgrid/sendgrid-go v3.14.0+incompatible/go.mod h1:@@h4@@=
golang.org/x/net v0.25.0 h1:@@h5@@=
''', None, h1=rnd(43, ALNUM + "+/"), h2=rnd(43, ALNUM + "+/"), h3=rnd(43, ALNUM + "+/"), h4=rnd(43, ALNUM + "+/"), h5=rnd(43, ALNUM + "+/"))

add("hcl/decoy-terraform-lock", "samiti/infra/terraform/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", r'''
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:@@h1@@=",
    "zh:@@z1@@",
    "zh:@@z2@@",
  ]
}
''', None, h1=rnd(43, ALNUM + "+/"), z1=hexs(64), z2=hexs(64))

add("yaml/decoy-k8s-serviceaccount", "samuh/deploy/k8s/ci-deployer.yaml", "https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/", r'''
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ci-deployer
  namespace: jhilmil
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deployer-edit
  namespace: jhilmil
subjects:
  - kind: ServiceAccount
    name: ci-deployer
    namespace: jhilmil
roleRef:
  kind: ClusterRole
  name: edit
  apiGroup: rbac.authorization.k8s.io
# token: `kubectl create token ci-deployer --duration=1h` (CI me har baar naya)
''')

add("csv/decoy-tablet-inventory", "samuh/ops/devices/sahayika_tablets.csv", "https://support.google.com/android/answer/3265058", r'''
asset_tag,model,imei_masked,android_id,assigned_to,samuh,mdm_enrolled,notes
JM-TAB-01,Lenovo Tab M8,35XXXXXXXXX4410,@@a1@@,Champa Kisku,Jhilmil-Gopikandar,yes,
JM-TAB-02,Lenovo Tab M8,35XXXXXXXXX9982,@@a2@@,Sonamuni Hembrom,Jhilmil-Kathikund,yes,screen crack
JM-TAB-03,Samsung A7 Lite,35XXXXXXXXX1036,@@a3@@,Basanti Soren,Jhilmil-Shikaripara,yes,
JM-TAB-04,Samsung A7 Lite,35XXXXXXXXX7751,@@a4@@,(office),-,no,kho gaya - remote wipe kiya 2024-06
''', None, a1=hexs(16), a2=hexs(16), a3=hexs(16), a4=hexs(16))

add("csv/decoy-bank-statement", "samuh/ledger/bank/sbi_fed_2024-10.csv", "https://www.onlinesbi.sbi/", r'''
Txn Date,Value Date,Description,Ref No./Cheque No.,Debit,Credit,Balance
01 Oct 2024,01 Oct 2024,BY TRANSFER-UPI/CR/427512349876/SONAMUNI H/SBIN/kisti,427512349876,,700.00,184220.50
01 Oct 2024,01 Oct 2024,BY TRANSFER-UPI/CR/427513380021/RINA MONDAL/BKID/kisti,427513380021,,1000.00,185220.50
03 Oct 2024,03 Oct 2024,TO TRANSFER-NEFT/SBIN324277001122/PHULMANI MURMU/loan,SBIN324277001122,20000.00,,165220.50
05 Oct 2024,05 Oct 2024,BY CLEARING-CIF JSLPS/BMMU DUMKA,000417,,50000.00,215220.50
31 Oct 2024,31 Oct 2024,CREDIT INTEREST,,,412.00,215632.50
''')

add("ipynb/decoy-hashed-ids", "samuh/analysis/anonymise_for_donor.ipynb", "https://docs.python.org/3/library/hashlib.html", r'''
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["Donor ko data dene se pehle naam/phone hatao, member_id ka salted hash. Salt env me (`ANON_SALT`)."]},
  {
   "cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": [
     "JM-KK-007 -> @@h1@@\n",
     "JM-KK-011 -> @@h2@@\n",
     "JM-SP-002 -> @@h3@@\n"]}],
   "source": [
    "import hashlib, os\n",
    "salt = os.environ['ANON_SALT'].encode()\n",
    "anon = lambda m: hashlib.sha256(salt + m.encode()).hexdigest()[:40]\n",
    "for m in ['JM-KK-007', 'JM-KK-011', 'JM-SP-002']: print(m, '->', anon(m))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4, "nbformat_minor": 5
}
''', None, h1=hexs(40), h2=hexs(40), h3=hexs(40))

add("txt/decoy-whatsapp-bitwarden", "samiti/notes/WhatsApp Chat with Sunita Di.txt", "https://faq.whatsapp.com/1180414079177245", r'''
21/10/24, 09:14 - Pradip Tudu: Di, ERP ka admin password chahiye, dispatch app update karna hai
21/10/24, 09:20 - Sunita Marandi: WhatsApp pe password nahi bhejungi 😄 Bitwarden me share kar diya hai
21/10/24, 09:21 - Sunita Marandi: "Samiti / ERPNext admin" dekho, collection "IT"
21/10/24, 09:25 - Pradip Tudu: mil gaya, dhanyavad di
21/10/24, 09:26 - Sunita Marandi: kaam ke baad batana, main password badal dungi
21/10/24, 17:02 - Pradip Tudu: ho gaya di, dispatch app v0.9 live
''')

add("json/decoy-razorpay-webhook-sample", "samiti/orders/tests/data/webhook_payment_captured.json", "https://razorpay.com/docs/webhooks/payloads/payments/", r'''
{
  "_headers": {
    "X-Razorpay-Signature": "@@sig@@",
    "X-Razorpay-Event-Id": "EvtP9aX2kLm3QzT7r"
  },
  "entity": "event",
  "account_id": "acc_M3xQpZ7vKwT2aB",
  "event": "payment.captured",
  "payload": {
    "payment": {
      "entity": {"id": "pay_P9aX2kLm3QzT7r", "amount": 840000, "currency": "INR", "status": "captured",
                 "order_id": "order_P9aWw1Yb8sKd0e", "method": "upi", "notes": {"order_no": "2024-1187"}}
    }
  },
  "created_at": 1730605364
}
''', None, sig=hexs(64))

add("yaml/decoy-blank-local-password", "samuh/reminders/config/local.yaml", "https://www.postgresql.org/docs/current/auth-trust.html", r'''
# laptop pe local dev - postgres "trust" auth, isliye password khali
database:
  host: localhost
  port: 5432
  name: ledger_dev
  user: jhilmil
  password: ""
sms:
  provider: console     # SMS nahi jata, terminal pe print hota hai
  authkey: null
''')

add("csv/decoy-xlsform", "samuh/odk/forms/sahayika_login_form.csv", "https://xlsform.org/en/", r'''
type,name,label::Hindi (hi),label::Bengali (bn),label::Santali (sat),required
text,sahayika_id,सहायिका आईडी,সহায়িকা আইডি,ᱥᱟᱦᱟᱭᱤᱠᱟ ID,yes
select_one samuh,samuh,समूह,সমূহ,ᱥᱟᱢᱩᱦ,yes
date,baithak_date,बैठक की तारीख,বৈঠকের তারিখ,ᱵᱮᱴᱷᱚᱠ ᱢᱟᱦᱟᱸ,yes
integer,hajir,हाज़िर सदस्य,উপস্থিত সদস্য,ᱦᱟᱡᱤᱨ,yes
integer,bachat_total,कुल बचत (रु),মোট সঞ্চয় (টাকা),ᱵᱟᱪᱟᱛ ᱴᱟᱠᱟ,yes
text,pin_hint,पिन न लिखें - केवल हस्ताक्षर,পিন লিখবেন না,ᱯᱤᱱ ᱵᱟᱝ ᱚᱞ ᱢᱮ,no
''')

add("txt/decoy-signing-report", "samuh/android/notes/signing_report.txt", "https://developers.google.com/android/guides/client-auth", r'''
> Task :app:signingReport
Variant: release
Config: release
Store: /home/bablu/keys/jhilmil-release.jks
Alias: jhilmil
MD5: @@md5@@
SHA1: @@sha1@@
SHA-256: @@sha256@@
Valid until: Saturday, 14 March 2054
----------
(ye fingerprints Firebase console aur Google Sign-In me daale - public hain)
''', None, md5=":".join(rnd(2, "0123456789ABCDEF") for _ in range(16)), sha1=":".join(rnd(2, "0123456789ABCDEF") for _ in range(20)), sha256=":".join(rnd(2, "0123456789ABCDEF") for _ in range(32)))

add("yaml/decoy-gh-ci-secrets", "samuh/api/.github/workflows/ci.yml", "https://docs.github.com/en/actions/writing-workflows", r'''
name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_USER: ci
          POSTGRES_PASSWORD: ${{ secrets.CI_DB_PASSWORD }}
          POSTGRES_DB: ledger_test
        ports: ["5432:5432"]
    env:
      DATABASE_URL: postgres://ci:${{ secrets.CI_DB_PASSWORD }}@localhost:5432/ledger_test
      JWT_SECRET: ${{ secrets.CI_JWT_SECRET }}
      OTP_PROVIDER: console
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, cache: npm}
      - run: npm ci && npm test
''')
