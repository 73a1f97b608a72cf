"""Blind set JH: a Filipino chain of milk-tea shops and bakeries (Tsaa't Tinapay Co.).

POS and kiosk configs, e-wallet and card payments (PayMongo, Xendit, Maya, Dragonpay), delivery
partners (GrabFood, foodpanda, Lalamove), SMS and e-mail vendors, the loyalty app, the commissary's
ovens and chillers, the IT team's CI, containers and infrastructure, runbooks in English and
Filipino, SQL, CSV exports and logs, and their decoys. Generated fakes only (seeds 4110000-4119999).
"""
from __future__ import annotations

import base64
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 4110000, 4119999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Kalamansi", "Ube", "Pandan", "Mangga", "Sampaguita", "Bagyo", "Tala", "Bituin", "Dalampasigan", "Narra",
         "Molave", "Tarsier", "Bulkan", "Habagat", "Amihan", "Sinigang", "Palay", "Kalabaw", "Buko", "Kapeng"]
LOWER = ["ensaymada", "pandesal", "sago", "gulaman", "tapioca", "okinawa", "wintermelon", "taro", "hokkaido",
         "brownsugar", "kakanin", "bibingka", "puto", "polvoron", "hopia", "monay"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def paymongo(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 24, _seed())


def xendit(kind: str = "xnd_production_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 60, ALNUM)


def maya_key(kind: str = "sk-") -> str:
    return kind + fakes.drawn_mixed(_seed(), 43)


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


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def fb_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def fcm_key() -> str:
    r = _rng()
    return ("AAAA" + "".join(r.choice(ALNUM + "-_") for _ in range(7)) + ":APA91b"
            + "".join(r.choice(ALNUM + "-_") for _ in range(134)))


def google_key() -> str:
    r = _rng()
    return "AIza" + "".join(r.choice(ALNUM + "-_") for _ in range(35))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def mapbox(kind: str = "sk") -> str:
    return f"{kind}.eyJ1IjoidHNhYXRpbmFwYXkiLCJhIjoi" + fakes.drawn(_seed(), 20) + "In0." + fakes.drawn(_seed(), 22)


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def sentry_dsn() -> str:
    r = _rng()
    return f"https://{hexs(32)}@o{r.randint(100000, 999999)}.ingest.sentry.io/{r.randint(1000000, 9999999)}"


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": "kiosk-" + str(_seed()), "role": "pos"}).encode()).decode().rstrip("=")
    return f"{head}.{body}." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def indent(block: str, n: int) -> str:
    return "\n".join(" " * n + line for line in block.splitlines())


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
    CASES.append(LabelledCase(f"blind-jh/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Payments: PayMongo, Xendit, Maya, Dragonpay, Stripe
# ---------------------------------------------------------------------------------------------

add("env/paymongo-secret-key", "pos-backend/.env.production", "https://developers.paymongo.com/docs/authentication", """
# Tsaa't Tinapay POS backend -- production
APP_ENV=production
APP_URL=https://order.tsaatinapay.ph
DB_HOST=10.20.1.15
DB_NAME=tt_pos
PAYMONGO_PUBLIC_KEY=@@pub@@
PAYMONGO_SECRET_KEY=@@secret@@
PAYMONGO_WEBHOOK_URL=https://order.tsaatinapay.ph/hooks/paymongo
DEFAULT_BRANCH=QC-TIMOG
""", paymongo(), pub=paymongo("pk_live_"))

add("python/paymongo-secret-key", "pos_backend/payments/paymongo_client.py", "https://developers.paymongo.com/reference/create-a-paymentintent", """
\"\"\"PayMongo client para sa GCash at Maya checkout ng mga branch.\"\"\"
import base64

import requests

API = "https://api.paymongo.com/v1"
# TODO(jomar): ilipat sa Secret Manager bago mag-launch sa Cebu
_SECRET = "@@secret@@"


def _auth_header() -> dict:
    token = base64.b64encode(f"{_SECRET}:".encode()).decode()
    return {"Authorization": f"Basic {token}", "Content-Type": "application/json"}


def create_intent(amount_centavos: int, branch: str) -> dict:
    body = {"data": {"attributes": {
        "amount": amount_centavos,
        "currency": "PHP",
        "payment_method_allowed": ["gcash", "paymaya", "card"],
        "description": f"Order sa {branch}",
    }}}
    resp = requests.post(f"{API}/payment_intents", json=body, headers=_auth_header(), timeout=15)
    resp.raise_for_status()
    return resp.json()["data"]
""", paymongo())

_pm = paymongo()
add("shell/paymongo-secret-key", "scripts/refund_order.sh", "https://developers.paymongo.com/reference/create-a-refund", """
#!/usr/bin/env bash
# Manual refund kapag nag-double charge ang GCash (see ticket OPS-412)
set -euo pipefail
PAYMENT_ID="$1"
AMOUNT="$2"
curl -sS https://api.paymongo.com/v1/refunds \\
  -u @@secret@@: \\
  -H 'Content-Type: application/json' \\
  -d "{\\"data\\":{\\"attributes\\":{\\"amount\\":${AMOUNT},\\"payment_id\\":\\"${PAYMENT_ID}\\",\\"reason\\":\\"duplicate\\"}}}"
echo "refund requested for ${PAYMENT_ID}"
""", _pm)

add("typescript/decoy-publishable-key", "kiosk-web/src/config/payments.ts", "https://developers.paymongo.com/docs/authentication", """
// Public key lang ito -- ligtas sa browser. Ang secret key ay nasa backend.
export const PAYMONGO_PUBLIC_KEY = "@@pk@@";

export const paymentConfig = {
  currency: "PHP",
  methods: ["gcash", "paymaya", "grab_pay", "card"] as const,
  returnUrl: "https://kiosk.tsaatinapay.ph/salamat",
  publicKey: PAYMONGO_PUBLIC_KEY,
};

export default paymentConfig;
""", pk=paymongo("pk_live_"))

add("json/decoy-placeholder", "pos-backend/config/payments.example.json", "https://developers.paymongo.com/docs/authentication", """
{
  "paymongo": {
    "public_key": "pk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "secret_key": "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx",
    "webhook_secret": "whsk_REPLACE_ME"
  },
  "xendit": {
    "secret_key": "<xendit secret key from dashboard>",
    "callback_token": "<callback verification token>"
  },
  "currency": "PHP"
}
""")

add("python/paymongo-webhook-secret", "pos_backend/payments/webhooks.py", "https://developers.paymongo.com/docs/securing-a-webhook", """
import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("paymongo_hooks", __name__)
WEBHOOK_SECRET_KEY = "@@secret@@"


def _valid(header: str, payload: bytes) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    signed = f"{parts['t']}.{payload.decode()}".encode()
    expected = hmac.new(WEBHOOK_SECRET_KEY.encode(), signed, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("li", ""))


@bp.post("/hooks/paymongo")
def paymongo_hook():
    if not _valid(request.headers.get("Paymongo-Signature", ""), request.get_data()):
        abort(400)
    event = request.get_json()["data"]["attributes"]
    return {"ok": True, "type": event["type"]}
""", "whsk_" + fakes.drawn_mixed(_seed(), 32))

add("yaml/xendit-secret-key", "deploy/helm/pos-backend/values-prod.yaml", "https://developers.xendit.co/api-reference/#authentication", """
replicaCount: 3
image:
  repository: registry.tsaatinapay.ph/pos-backend
  tag: "2.14.1"
env:
  APP_ENV: production
  XENDIT_SECRET_KEY: "@@secret@@"
  XENDIT_CALLBACK_URL: https://order.tsaatinapay.ph/hooks/xendit
  TZ: Asia/Manila
resources:
  limits:
    cpu: 500m
    memory: 512Mi
""", xendit())

add("php/xendit-secret-key", "website/app/Payments/XenditGateway.php", "https://github.com/xendit/xendit-php", """
<?php

namespace App\\Payments;

use Xendit\\Configuration;
use Xendit\\Invoice\\InvoiceApi;

class XenditGateway
{
    public function __construct()
    {
        // bulk orders ng pasalubong boxes (corporate)
        Configuration::setXenditKey('@@secret@@');
        $this->api = new InvoiceApi();
    }

    public function invoice(string $orderId, float $amount, string $email)
    {
        return $this->api->createInvoice([
            'external_id' => $orderId,
            'amount' => $amount,
            'payer_email' => $email,
            'currency' => 'PHP',
        ]);
    }
}
""", xendit())

add("go/xendit-callback-token", "services/ewallet-hooks/main.go", "https://developers.xendit.co/api-reference/#callback-verification", """
package main

import (
	"log"
	"net/http"
)

const xenditCallbackToken = "@@secret@@"

func ewalletHook(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("x-callback-token") != xenditCallbackToken {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	log.Printf("xendit callback from %s", r.RemoteAddr)
	w.WriteHeader(http.StatusOK)
}

func main() {
	http.HandleFunc("/hooks/xendit", ewalletHook)
	log.Fatal(http.ListenAndServe(":8085", nil))
}
""", fakes.drawn_mixed(_seed(), 48))

add("markdown/decoy-env-reference", "docs/payments/xendit-setup.md", "https://developers.xendit.co/api-reference/#authentication", """
# Xendit setup (corporate orders)

1. Kunin ang secret key sa Xendit Dashboard > Settings > API Keys.
2. I-save sa Secret Manager bilang `xendit-secret-key` (huwag sa repo!).
3. Sa Cloud Run, i-mount ito:

```bash
gcloud run services update pos-backend \\
  --update-secrets=XENDIT_SECRET_KEY=xendit-secret-key:latest
```

4. Sa code, basahin lang ang `os.environ["XENDIT_SECRET_KEY"]`.
5. Test muna gamit ang `xnd_development_...` key bago production.
""")

add("kotlin/maya-secret-key", "android-loyalty/app/src/main/java/ph/tsaatinapay/pay/MayaCheckout.kt", "https://developers.maya.ph/reference/createv1checkout", """
package ph.tsaatinapay.pay

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

object MayaCheckout {
    private const val BASE = "https://pg.paymaya.com/checkout/v1/checkouts"
    private const val PUBLIC_KEY = "@@pk@@"
    private const val SECRET_KEY = "@@secret@@"

    private val client = OkHttpClient()

    fun status(checkoutId: String): String? {
        val req = Request.Builder()
            .url("$BASE/$checkoutId")
            .header("Authorization", Credentials.basic(SECRET_KEY, ""))
            .build()
        return client.newCall(req).execute().body?.string()
    }
}
""", maya_key(), pk=maya_key("pk-"))

add("ini/dragonpay-password", "legacy/ecommerce/config/dragonpay.ini", "https://www.dragonpay.ph/wp-content/uploads/Dragonpay-PS-API", """
; Dragonpay online banking / OTC (7-Eleven, Cebuana) for cake pre-orders
[dragonpay]
merchant_id = TSAATINAPAY
password = @@secret@@
base_url = https://gw.dragonpay.ph/Pay.aspx
postback_url = https://cakes.tsaatinapay.ph/dp/postback
return_url = https://cakes.tsaatinapay.ph/dp/return
currency = PHP

[logging]
level = INFO
""", words_pw())

add("csharp/stripe-secret-key", "intl-shop/Startup/PaymentsSetup.cs", "https://docs.stripe.com/keys", """
using Stripe;

namespace TsaaTinapay.IntlShop.Startup
{
    // Para sa Singapore at Dubai online shop (USD/SGD)
    public static class PaymentsSetup
    {
        public static void Configure()
        {
            StripeConfiguration.ApiKey = "@@secret@@";
            StripeConfiguration.MaxNetworkRetries = 2;
        }
    }
}
""", stripe_key())

add("typescript/decoy-publishable-key", "intl-shop/web/src/stripe.ts", "https://docs.stripe.com/keys", """
import { loadStripe } from "@stripe/stripe-js";

// publishable key -- meant for the browser
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "en" });

export function formatSgd(cents: number): string {
  return new Intl.NumberFormat("en-SG", { style: "currency", currency: "SGD" }).format(cents / 100);
}
""", pk=stripe_key("pk_live_"))

add("ruby/stripe-restricted-key", "intl-shop/reports/lib/payout_report.rb", "https://docs.stripe.com/keys#limit-access", """
require 'stripe'
require 'csv'

# restricted key: read-only sa payouts at balance
Stripe.api_key = '@@secret@@'

def payouts_for(month)
  start = Time.new(month.year, month.month, 1).to_i
  Stripe::Payout.list(created: { gte: start }, limit: 100).auto_paging_each.map do |p|
    [p.id, p.amount / 100.0, p.currency, Time.at(p.arrival_date).to_date]
  end
end

CSV.open('payouts.csv', 'w') do |csv|
  csv << %w[id amount currency arrival]
  payouts_for(Date.today.prev_month).each { |row| csv << row }
end
""", stripe_key("rk_live_"))

add("python/decoy-test-fixture", "pos_backend/tests/test_webhooks.py", "https://developers.paymongo.com/docs/securing-a-webhook", """
import hashlib
import hmac
import time

from pos_backend.payments import webhooks

FAKE_SECRET = "whsk_test_only_not_a_real_secret"


def _sign(body: bytes, secret: str = FAKE_SECRET) -> str:
    t = int(time.time())
    sig = hmac.new(secret.encode(), f"{t}.{body.decode()}".encode(), hashlib.sha256).hexdigest()
    return f"t={t},te=,li={sig}"


def test_valid_signature(monkeypatch):
    monkeypatch.setattr(webhooks, "WEBHOOK_SECRET_KEY", FAKE_SECRET)
    body = b'{"data":{"attributes":{"type":"payment.paid"}}}'
    assert webhooks._valid(_sign(body), body)


def test_wrong_signature(monkeypatch):
    monkeypatch.setattr(webhooks, "WEBHOOK_SECRET_KEY", FAKE_SECRET)
    assert not webhooks._valid(_sign(b"{}", "other"), b"{}")
""")

add("log/decoy-redacted", "logs/pos-backend/payments-2024-06-14.log", "https://developers.paymongo.com/docs/authentication", """
2024-06-14T08:01:12+08:00 INFO  payments  branch=QC-TIMOG intent=pi_@@a@@ amount=19500 method=gcash status=awaiting_next_action
2024-06-14T08:01:40+08:00 INFO  payments  branch=QC-TIMOG intent=pi_@@a@@ status=succeeded
2024-06-14T08:03:02+08:00 WARN  payments  auth header Authorization=Basic [REDACTED] key=sk_live_****************7Qa1
2024-06-14T08:03:02+08:00 ERROR payments  paymongo 401 for branch=MKT-LEGASPI (key rotated?) key=sk_live_****************7Qa1
2024-06-14T08:05:19+08:00 INFO  payments  branch=MNL-ERMITA intent=pi_@@b@@ amount=8900 method=paymaya status=succeeded
2024-06-14T08:09:44+08:00 INFO  payments  branch=CEB-IT-PARK intent=pi_@@c@@ amount=32000 method=card status=succeeded
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 24), c=fakes.drawn(_seed(), 24))

add("sql/decoy-hash", "db/migrations/0042_payment_events.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", """
-- Payment events mula PayMongo/Xendit webhooks (idempotency by payload hash)
CREATE TABLE payment_events (
    id            BIGSERIAL PRIMARY KEY,
    provider      TEXT NOT NULL CHECK (provider IN ('paymongo', 'xendit', 'maya')),
    event_id      TEXT NOT NULL,
    payload_sha256 CHAR(64) NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX payment_events_uq ON payment_events (provider, event_id);

INSERT INTO payment_events (provider, event_id, payload_sha256) VALUES
  ('paymongo', 'evt_@@e1@@', '@@h1@@'),
  ('xendit', '@@e2@@', '@@h2@@');
""", e1=fakes.drawn(_seed(), 24), h1=hexs(64), e2=hexs(24), h2=hexs(64))

add("toml/maya-secret-key", "services/settlement/config/prod.toml", "https://developers.maya.ph/docs/authentication", """
[service]
name = "settlement"
schedule = "0 2 * * *"   # 2AM Manila, after branches close

[maya]
base_url = "https://pg.paymaya.com"
public_key = "@@pk@@"
secret_key = "@@secret@@"

[bank]
sftp_host = "sftp.unionbankph.example"
report_dir = "/outbound/tsaatinapay"
""", maya_key(), pk=maya_key("pk-"))

add("github-actions/decoy-secret-reference", ".github/workflows/deploy-pos.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy-pos-backend
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: google-github-actions/auth@v2
        with:
          workload_identity_provider: projects/412938551200/locations/global/workloadIdentityPools/gh/providers/github
          service_account: deployer@tsaatinapay-prod.iam.gserviceaccount.com
      - run: |
          gcloud run deploy pos-backend --region asia-southeast1 \\
            --set-env-vars PAYMONGO_SECRET_KEY=${{ secrets.PAYMONGO_SECRET_KEY }} \\
            --set-env-vars XENDIT_SECRET_KEY=${{ secrets.XENDIT_SECRET_KEY }}
""")

add("java/xendit-secret-key", "backoffice/src/main/java/ph/tsaatinapay/billing/XenditDisbursement.java", "https://developers.xendit.co/api-reference/#create-disbursement", """
package ph.tsaatinapay.billing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

public class XenditDisbursement {
    // payouts sa mga supplier ng tapioca pearls at harina
    private static final String KEY = "@@p1@@" +
            "@@p2@@";

    public HttpRequest payout(String json) {
        String auth = Base64.getEncoder().encodeToString((KEY + ":").getBytes());
        return HttpRequest.newBuilder(URI.create("https://api.xendit.co/disbursements"))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }
}
""", (_xk := xendit()), p1=_xk[:40], p2=_xk[40:])

add("csv/decoy-ids", "exports/settlements/gcash-settlement-2024-05.csv", "https://developers.paymongo.com/reference/payout-object", """
settlement_date,branch,payment_id,reference_no,amount_php,fee_php,status
2024-05-01,QC-TIMOG,pay_@@a@@,@@r1@@,19500,488,settled
2024-05-01,MKT-LEGASPI,pay_@@b@@,@@r2@@,8900,223,settled
2024-05-02,CEB-IT-PARK,pay_@@c@@,@@r3@@,32000,800,settled
2024-05-02,DVO-LANANG,pay_@@d@@,@@r4@@,14500,363,settled
2024-05-03,MNL-ERMITA,pay_@@e@@,@@r5@@,6500,163,pending
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 24), c=fakes.drawn(_seed(), 24), d=fakes.drawn(_seed(), 24),
    e=fakes.drawn(_seed(), 24), r1=fakes.drawn(_seed(), 13, string.digits), r2=fakes.drawn(_seed(), 13, string.digits),
    r3=fakes.drawn(_seed(), 13, string.digits), r4=fakes.drawn(_seed(), 13, string.digits), r5=fakes.drawn(_seed(), 13, string.digits))

# ---------------------------------------------------------------------------------------------
# Delivery partners, SMS, e-mail, chat
# ---------------------------------------------------------------------------------------------

add("python/lalamove-api-secret", "commissary/dispatch/lalamove.py", "https://developers.lalamove.com/#authentication", """
\"\"\"Lalamove pickup ng tinapay mula commissary papunta sa branches (Metro Manila).\"\"\"
import hashlib
import hmac
import json
import time

import requests

LALAMOVE_KEY = "@@pk@@"
LALAMOVE_SECRET = "@@secret@@"
MARKET = "PH"


def _headers(method: str, path: str, body: str) -> dict:
    ts = str(int(time.time() * 1000))
    raw = f"{ts}\\r\\n{method}\\r\\n{path}\\r\\n\\r\\n{body}"
    sig = hmac.new(LALAMOVE_SECRET.encode(), raw.encode(), hashlib.sha256).hexdigest()
    return {"Authorization": f"hmac {LALAMOVE_KEY}:{ts}:{sig}", "Market": MARKET,
            "Content-Type": "application/json"}


def quote(stops: list) -> dict:
    body = json.dumps({"data": {"serviceType": "MPV", "language": "en_PH", "stops": stops}})
    r = requests.post("https://rest.lalamove.com/v3/quotations", data=body,
                      headers=_headers("POST", "/v3/quotations", body), timeout=20)
    return r.json()
""", "sk_prod_" + fakes.drawn_mixed(_seed(), 64), pk="pk_prod_" + hexs(32))

add("env/lalamove-api-secret", "commissary/.env", "https://developers.lalamove.com/#authentication", """
COMMISSARY_ID=TT-COMM-VALENZUELA
LALAMOVE_ENV=production
LALAMOVE_API_KEY=@@pk@@
LALAMOVE_API_SECRET=@@secret@@
DISPATCH_CUTOFF=05:30
OVEN_GATEWAY=http://10.30.0.20:8080
""", "sk_prod_" + fakes.drawn_mixed(_seed(), 64), pk="pk_prod_" + hexs(32))

add("yaml/grabfood-client-secret", "integrations/grabfood/config/partner.yml", "https://developer.grab.com/docs/grabfood/api/v1-1-3/#section/Authentication", """
# GrabFood Partner API -- menu sync at order injection sa POS
grabfood:
  token_url: https://api.grab.com/grabid/v1/oauth2/token
  client_id: @@cid@@
  client_secret: @@secret@@
  scope: food.partner_api
  merchants:
    QC-TIMOG: 1-CZ@@m1@@
    MKT-LEGASPI: 1-CZ@@m2@@
  menu_sync_cron: "*/30 * * * *"
""", fakes.drawn_mixed(_seed(), 32, ALNUM + "-_"), cid=hexs(32), m1=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits),
    m2=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("typescript/foodpanda-api-secret", "integrations/foodpanda/src/client.ts", "https://integration-middleware.stg.restaurant-partners.com/apidocs/pos-middleware-api", """
import axios from "axios";

// foodpanda POS middleware (Delivery Hero) -- plugin credentials
const FP_USERNAME = "tsaatinapay_pos";
const FP_PASSWORD = "@@secret@@";

export async function login(): Promise<string> {
  const form = new URLSearchParams({
    username: FP_USERNAME,
    password: FP_PASSWORD,
    grant_type: "client_credentials",
  });
  const { data } = await axios.post(
    "https://foodpanda-ph.partner.deliveryhero.io/v2/login",
    form,
  );
  return data.access_token as string;
}
""", rand_pw(24))

add("php/semaphore-api-key", "website/app/Notifications/SmsSender.php", "https://semaphore.co/docs", """
<?php

namespace App\\Notifications;

use Illuminate\\Support\\Facades\\Http;

class SmsSender
{
    const APIKEY = '@@secret@@';
    const SENDER = 'TSAATINAPAY';

    // "Ready na ang order mo! Kunin sa counter." -- pickup notice
    public static function send(string $number, string $message): bool
    {
        $res = Http::asForm()->post('https://api.semaphore.co/api/v4/messages', [
            'apikey' => self::APIKEY,
            'number' => $number,
            'message' => $message,
            'sendername' => self::SENDER,
        ]);
        return $res->successful();
    }
}
""", hexs(32))

add("shell/semaphore-api-key", "ops/bin/sms-blast-promo.sh", "https://semaphore.co/docs", """
#!/bin/sh
# Promo blast: "Buy 1 Take 1 Wintermelon ngayong Payday!" -- loyalty members lang
LIST=${1:-members-optin.txt}
MSG="Buy 1 Take 1 Wintermelon ngayong Payday! Hanggang 9PM lang. Reply STOP to opt out."
while read -r num; do
  curl -s -X POST https://api.semaphore.co/api/v4/messages \\
    -d "apikey=@@secret@@" \\
    -d "number=${num}" \\
    --data-urlencode "message=${MSG}" \\
    -d "sendername=TSAATINAPAY" >/dev/null
  sleep 0.2
done < "$LIST"
""", hexs(32))

add("json/globe-labs-app-secret", "integrations/globe-labs/credentials.json", "https://www.globelabs.com.ph/docs/#getting-started-create-an-app", """
{
  "app_name": "TsaaTinapay Rewards",
  "app_id": "@@aid@@",
  "app_secret": "@@secret@@",
  "shortcode": "21588471",
  "redirect_uri": "https://rewards.tsaatinapay.ph/globe/callback",
  "notify_uri": "https://rewards.tsaatinapay.ph/globe/notify"
}
""", hexs(64), aid=fakes.drawn(_seed(), 32, string.ascii_letters + string.digits))

add("python/decoy-env-reference", "rewards/notify/sms.py", "https://semaphore.co/docs", """
import os

import requests

SEMAPHORE_URL = "https://api.semaphore.co/api/v4/messages"


def api_key() -> str:
    key = os.environ.get("SEMAPHORE_API_KEY")
    if not key:
        raise RuntimeError("Walang SEMAPHORE_API_KEY -- i-set sa Secret Manager")
    return key


def send_otp(number: str, code: str) -> None:
    requests.post("https://api.semaphore.co/api/v4/otp", data={
        "apikey": api_key(), "number": number,
        "message": "Ang iyong Tsaa't Tinapay code ay {otp}. Huwag ibigay kahit kanino.",
        "code": code,
    }, timeout=10)
""")

add("env/twilio-auth-token", "rewards/.env.staging", "https://www.twilio.com/docs/iam/credentials/api", """
# staging -- WhatsApp order updates (international branches)
NODE_ENV=staging
TWILIO_ACCOUNT_SID=@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_WHATSAPP_FROM=whatsapp:+14155238886
REDIS_URL=redis://redis-staging:6379/2
""", hexs(32), sid=twilio_sid())

add("python/sendgrid-api-key", "rewards/mail/receipts.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example", """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_receipt(to_email: str, order_no: str, html: str) -> int:
    msg = Mail(
        from_email="resibo@tsaatinapay.ph",
        to_emails=to_email,
        subject=f"Salamat! Resibo para sa order #{order_no}",
        html_content=html,
    )
    return sg.send(msg).status_code
""", sendgrid_key())

add("ini/smtp-password", "backoffice/config/mail.ini", "https://docs.python.org/3/library/smtplib.html", """
[smtp]
host = smtp.office365.com
port = 587
starttls = true
user = reports@tsaatinapay.ph
password = @@secret@@
from = "Tsaa't Tinapay Reports" <reports@tsaatinapay.ph>

[daily_sales]
to = finance@tsaatinapay.ph, ops-leads@tsaatinapay.ph
send_at = 23:30
""", words_pw())

add("ruby/mailgun-api-key", "intl-shop/config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/", """
# frozen_string_literal: true

Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: '@@secret@@',
    domain: 'mg.tsaatinapay.sg',
    api_host: 'api.mailgun.net'
  }
  config.action_mailer.default_url_options = { host: 'shop.tsaatinapay.sg' }
end
""", mailgun_key())

add("yaml/slack-webhook", "monitoring/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
route:
  receiver: ops-slack
  group_by: [alertname, branch]
  routes:
    - matchers: [severity="page"]
      receiver: ops-slack
receivers:
  - name: ops-slack
    slack_configs:
      - api_url: @@secret@@
        channel: "#ops-branches"
        title: "{{ .CommonLabels.alertname }} sa {{ .CommonLabels.branch }}"
        send_resolved: true
""", slack_webhook())

add("python/telegram-bot-token", "ops/bots/chiller_alert_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Alert sa Telegram group ng mga branch supervisor kapag mainit ang chiller.\"\"\"
import requests

BOT_TOKEN = "@@secret@@"
CHAT_ID = -1001873462210
THRESHOLD_C = 6.0


def alert(branch: str, unit: str, temp_c: float) -> None:
    text = (f"\u26a0\ufe0f {branch}: {unit} nasa {temp_c:.1f}\u00b0C na (lampas {THRESHOLD_C}\u00b0C). "
            "Pakitingnan agad ang chiller, baka masira ang gatas at cream.")
    requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                  json={"chat_id": CHAT_ID, "text": text}, timeout=10)
""", fakes.telegram_token(_seed()))

add("go/slack-bot-token", "services/ops-bot/config.go", "https://api.slack.com/authentication/token-types#bot", """
package main

import "github.com/slack-go/slack"

// ops-bot: posts end-of-day sales per branch sa #sales-daily
var api = slack.New("@@secret@@")

const salesChannel = "C04TT9SALES"

func postDaily(summary string) error {
	_, _, err := api.PostMessage(salesChannel, slack.MsgOptionText(summary, false))
	return err
}
""", slack_bot())

add("json/facebook-page-token", "integrations/messenger/config.prod.json", "https://developers.facebook.com/docs/messenger-platform/getting-started/quick-start", """
{
  "page_id": "104928374650123",
  "page_name": "Tsaa't Tinapay",
  "verify_token": "tsaa-hook-verify",
  "page_access_token": "@@secret@@",
  "greeting": "Hi! Ano ang gusto mong i-order ngayon? \U0001f9cb",
  "graph_version": "v19.0"
}
""", fb_token())

add("markdown/decoy-placeholder", "integrations/messenger/README.md", "https://developers.facebook.com/docs/messenger-platform/getting-started/quick-start", """
# Messenger ordering bot

Set these before running locally (`cp .env.example .env`):

| Variable | Example | Notes |
|---|---|---|
| `PAGE_ACCESS_TOKEN` | `EAAG...` | from Meta for Developers > Messenger > Settings |
| `APP_SECRET` | `your-app-secret` | para sa X-Hub-Signature-256 check |
| `VERIFY_TOKEN` | `any-string-you-choose` | same value sa webhook setup |

Huwag i-commit ang `.env`. Ang production values ay nasa 1Password vault "Digital - Messenger".
""")

add("log/decoy-ids", "logs/integrations/grabfood-orders-2024-06-15.log", "https://developer.grab.com/docs/grabfood/api/v1-1-3/", """
2024-06-15 11:02:31 INFO  grabfood  order=GF-@@o1@@ merchant=1-CZ@@m@@ items=3 total=385.00 state=ACCEPTED
2024-06-15 11:02:31 DEBUG grabfood  token cache hit (expires_in=3412s) trace=@@t1@@
2024-06-15 11:04:10 INFO  grabfood  order=GF-@@o2@@ merchant=1-CZ@@m@@ items=1 total=145.00 state=ACCEPTED
2024-06-15 11:09:55 WARN  grabfood  order=GF-@@o2@@ driver late (eta +12m)
2024-06-15 11:15:03 INFO  grabfood  menu sync ok version=@@v@@ items=86
""", o1=fakes.drawn(_seed(), 12, string.digits), o2=fakes.drawn(_seed(), 12, string.digits),
    m=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), t1=uuid_s(), v=hexs(40))

add("toml/decoy-vault-reference", "integrations/foodpanda/deploy.toml", "https://developer.hashicorp.com/vault/docs/secrets/kv", """
[app]
name = "foodpanda-bridge"
region = "asia-southeast1"

[secrets]
# resolved at startup from Vault -- hindi ito ang mismong password
foodpanda_password = "vault:secret/data/integrations/foodpanda#password"
semaphore_api_key = "vault:secret/data/sms/semaphore#apikey"

[sync]
interval_seconds = 60
""")

add("csharp/smtp-password", "branch-tools/EodReport/Mailer.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpclient", """
using System.Net;
using System.Net.Mail;

namespace TsaaTinapay.BranchTools.EodReport
{
    // End-of-day report ng branch -> area manager
    public class Mailer
    {
        private readonly SmtpClient _client = new SmtpClient("smtp.gmail.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("eod.reports.tt@gmail.com", "@@secret@@"),
        };

        public void Send(string to, string subject, string body) =>
            _client.Send(new MailMessage("eod.reports.tt@gmail.com", to, subject, body));
    }
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("properties/smtp-password", "backoffice/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", """
spring.application.name=backoffice
server.port=8080
spring.datasource.url=jdbc:postgresql://10.20.1.15:5432/tt_backoffice
spring.datasource.username=backoffice
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.zoho.com
spring.mail.port=465
spring.mail.username=noreply@tsaatinapay.ph
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.ssl.enable=true
""", rand_pw(16))

add("swift/decoy-client-id", "ios-loyalty/TsaaTinapay/Config/AppConfig.swift", "https://developers.google.com/identity/sign-in/ios/start-integrating", """
import Foundation

enum AppConfig {
    // Public identifiers only -- no secrets in the app bundle
    static let googleClientID = "@@gid@@.apps.googleusercontent.com"
    static let facebookAppID = "1049283746501234"
    static let apiBase = URL(string: "https://api.tsaatinapay.ph/v2")!
    static let supportEmail = "tulong@tsaatinapay.ph"
    static let defaultBranch = "QC-TIMOG"
}
""", gid=fakes.drawn(_seed(), 12, string.digits) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yaml/decoy-example", "integrations/grabfood/config/partner.example.yml", "https://developer.grab.com/docs/grabfood/api/v1-1-3/#section/Authentication", """
# Kopyahin bilang partner.yml at punan mula sa Grab Developer Portal
grabfood:
  token_url: https://api.grab.com/grabid/v1/oauth2/token
  client_id: YOUR_CLIENT_ID
  client_secret: YOUR_CLIENT_SECRET
  scope: food.partner_api
  merchants:
    BRANCH-CODE: GRAB-MERCHANT-ID
  menu_sync_cron: "*/30 * * * *"
""")

add("powershell/smtp-password", "branch-tools/scripts/Send-InventoryReport.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/send-mailmessage", """
# Ipadala ang inventory count ng branch tuwing Linggo ng gabi
param([string]$Branch = $env:COMPUTERNAME)

$csv = "C:\\TsaaTinapay\\inventory\\$Branch-$(Get-Date -Format yyyyMMdd).csv"
$pass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("inventory@tsaatinapay.ph", $pass)

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -From "inventory@tsaatinapay.ph" -To "purchasing@tsaatinapay.ph" `
    -Subject "Inventory count - $Branch" -Attachments $csv -Credential $cred
""", words_pw())

add("rust/decoy-env-reference", "services/kds-relay/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

/// Kitchen display relay: settings from the environment only.
pub struct Config {
    pub mqtt_url: String,
    pub mqtt_password: String,
    pub branch: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            mqtt_url: env::var("KDS_MQTT_URL").unwrap_or_else(|_| "mqtt://localhost:1883".into()),
            mqtt_password: env::var("KDS_MQTT_PASSWORD").expect("KDS_MQTT_PASSWORD is required"),
            branch: env::var("BRANCH_CODE").unwrap_or_else(|_| "QC-TIMOG".into()),
        }
    }
}
""")

add("markdown/twilio-auth-token", "docs/handover/whatsapp-ordering-handover.md", "https://www.twilio.com/docs/iam/credentials/api", """
# Handover: WhatsApp ordering (SG branches)

Aalis na ako sa Biyernes, kaya eto ang lahat ng kailangan ni Paolo:

- Twilio console login: ops-sg@tsaatinapay.sg (2FA sa shared phone sa IT cabinet)
- Account SID: `@@sid@@`
- Auth token: `@@secret@@`
- WhatsApp sender: +65 3159 2280 (approved template: `order_ready_v2`)
- Webhook: https://sg-api.tsaatinapay.sg/twilio/inbound

Pending: i-rotate ang auth token pagkatapos ng handover (hindi ko pa nagagawa).
""", hexs(32), sid=twilio_sid())

# ---------------------------------------------------------------------------------------------
# Databases, caches, infrastructure
# ---------------------------------------------------------------------------------------------

add("python/postgres-password", "pos_backend/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["order.tsaatinapay.ph", "kiosk.tsaatinapay.ph"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tt_pos",
        "USER": "tt_pos_app",
        "PASSWORD": "@@secret@@",
        "HOST": "10.20.1.15",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}
TIME_ZONE = "Asia/Manila"
LANGUAGE_CODE = "fil"
""", words_pw())

add("python/django-secret-key", "rewards/rewards/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["rewards.tsaatinapay.ph"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "points",
    "vouchers",
]
ROOT_URLCONF = "rewards.urls"
LANGUAGE_CODE = "fil"
TIME_ZONE = "Asia/Manila"
""", fakes.django_secret_key(_seed()))

add("env/redis-password", "kiosk-api/.env.prod", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/", """
PORT=3000
NODE_ENV=production
REDIS_URL=redis://default:@@secret@@@redis-prod.tsaatinapay.internal:6379/0
QUEUE_PREFIX=tt-kiosk
ORDER_TTL_SECONDS=900
""", fakes.redis_password(_seed()))

add("typescript/mongodb-password", "kiosk-api/src/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
import { MongoClient } from "mongodb";

// menu + promo banners para sa self-order kiosk
const uri =
  "mongodb+srv://kiosk_rw:@@secret@@@tt-menu.x7k2p.mongodb.net/menu?retryWrites=true&w=majority";

export const client = new MongoClient(uri);

export async function menuFor(branch: string) {
  await client.connect();
  return client.db("menu").collection("items").find({ branches: branch, active: true }).toArray();
}
""", rand_pw(16))

add("java/mysql-password", "legacy/hq-inventory/src/main/java/ph/tsaatinapay/inv/Db.java", "https://dev.mysql.com/doc/connector-j/en/connector-j-reference-jdbc-url-format.html", """
package ph.tsaatinapay.inv;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:mysql://10.20.2.8:3306/hq_inventory?useSSL=false";
    private static final String USER = "inv_app";
    private static final String PASS = "@@secret@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASS);
    }
}
""", words_pw())

add("csharp/sqlserver-password", "branch-tools/PosSync/appsettings.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "BranchPos": "Server=localhost\\\\SQLEXPRESS;Database=TTBranchPOS;User Id=possync;Password=@@secret@@;TrustServerCertificate=True",
    "Hq": "Server=tcp:tt-hq.database.windows.net,1433;Database=hq;Authentication=Active Directory Default"
  },
  "Sync": { "IntervalMinutes": 15, "Branch": "MKT-LEGASPI" }
}
""", words_pw())

add("sql/postgres-password", "db/roles/2024-03-create-reporting-role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Reporting role para sa Metabase (read-only sa sales at inventory)
CREATE ROLE metabase_ro WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE tt_pos TO metabase_ro;
GRANT USAGE ON SCHEMA sales, inventory TO metabase_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sales, inventory TO metabase_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO metabase_ro;
""", words_pw())

add("sql/decoy-hash", "db/seed/branch_users.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Seed ng branch supervisor accounts (bcrypt hashes, hindi plaintext)
INSERT INTO staff_users (username, branch, role, password_hash) VALUES
  ('sup.timog', 'QC-TIMOG', 'supervisor', '$2b$12$@@h1@@'),
  ('sup.legaspi', 'MKT-LEGASPI', 'supervisor', '$2b$12$@@h2@@'),
  ('sup.itpark', 'CEB-IT-PARK', 'supervisor', '$2b$12$@@h3@@'),
  ('sup.lanang', 'DVO-LANANG', 'supervisor', '$2b$12$@@h4@@');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"),
    h3=fakes.drawn(_seed(), 53, ALNUM + "./"), h4=fakes.drawn(_seed(), 53, ALNUM + "./"))

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-secret-access-key", "ops/backup/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
# credentials para sa nightly backup ng POS DB papuntang S3 (tt-pos-backups)
[default]
region = ap-southeast-1

[tt-backup]
aws_access_key_id = @@ak@@
aws_secret_access_key = @@secret@@
region = ap-southeast-1
""", _sk, ak=_ak)

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("python/aws-secret-access-key", "analytics/etl/upload_receipts.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
import datetime

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@ak@@",
    aws_secret_access_key="@@secret@@",
)


def upload_day(branch: str, day: datetime.date, path: str) -> None:
    key = f"receipts/{branch}/{day:%Y/%m/%d}/receipts.parquet"
    s3.upload_file(path, "tt-analytics-raw", key)
""", _sk, ak=_ak)

add("terraform/decoy-variable-reference", "infra/terraform/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for tt-pos (galing sa TF_VAR_db_password sa CI)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "pos" {
  identifier              = "tt-pos-prod"
  engine                  = "postgres"
  engine_version          = "15.5"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 100
  username                = "tt_admin"
  password                = var.db_password
  backup_retention_period = 7
  skip_final_snapshot     = false
}
""")

add("terraform/mysql-password", "infra/terraform/legacy/inventory_db.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
# legacy HQ inventory DB -- ililipat sa Postgres sa Q4
resource "aws_db_instance" "hq_inventory" {
  identifier          = "tt-hq-inventory"
  engine              = "mysql"
  engine_version      = "8.0"
  instance_class      = "db.t3.small"
  allocated_storage   = 50
  db_name             = "hq_inventory"
  username            = "admin"
  password            = "@@secret@@"
  publicly_accessible = false
  skip_final_snapshot = true
}
""", words_pw())

add("k8s-secret/postgres-password", "deploy/k8s/pos-backend/secret-db.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: pos-backend-db
  namespace: pos
type: Opaque
data:
  DB_HOST: @@h@@
  DB_USER: @@u@@
  DB_PASSWORD: @@p@@
""", (_dbp := words_pw()), h=b64("10.20.1.15"), u=b64("tt_pos_app"), p=b64(_dbp))

add("k8s-secret/redis-password", "deploy/k8s/kiosk-api/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: kiosk-redis-auth
  namespace: kiosk
  labels:
    app: kiosk-api
stringData:
  REDIS_PASSWORD: "@@secret@@"
  REDIS_HOST: redis-prod.tsaatinapay.internal
""", fakes.redis_password(_seed()))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/rewards/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: rewards-secrets
  namespace: rewards
spec:
  encryptedData:
    DJANGO_SECRET_KEY: @@e1@@
    SEMAPHORE_API_KEY: @@e2@@
  template:
    metadata:
      name: rewards-secrets
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

add("dockerfile/decoy-build-arg", "kiosk-api/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
# npm token via BuildKit secret, hindi naka-bake sa image
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production TZ=Asia/Manila
COPY --from=build /app/dist ./dist
COPY --from=build /app/node_modules ./node_modules
EXPOSE 3000
CMD ["node", "dist/server.js"]
""")

add("dockerfile/postgres-password", "legacy/ecommerce/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", """
FROM php:8.1-apache
RUN docker-php-ext-install pdo pdo_pgsql
ENV APP_ENV=production \\
    DB_HOST=10.20.1.22 \\
    DB_NAME=cakes \\
    DB_USER=cakes_app \\
    DB_PASS=@@secret@@
COPY . /var/www/html/
RUN chown -R www-data:www-data /var/www/html/storage
EXPOSE 80
""", words_pw())

add("compose/mysql-password", "branch-server/docker-compose.yml", "https://hub.docker.com/_/mysql", """
# Local server sa bawat branch (offline mode kapag walang internet)
services:
  pos-db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: @@secret@@
      MYSQL_DATABASE: branch_pos
      MYSQL_USER: pos
      MYSQL_PASSWORD: pos
    volumes:
      - posdata:/var/lib/mysql
  pos-sync:
    image: registry.tsaatinapay.ph/pos-sync:1.8
    depends_on: [pos-db]
volumes:
  posdata: {}
""", rand_pw(20))

add("compose/decoy-env-reference", "analytics/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  metabase:
    image: metabase/metabase:v0.49.6
    ports: ["3000:3000"]
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: ${MB_DB_HOST}
      MB_DB_USER: ${MB_DB_USER}
      MB_DB_PASS: ${MB_DB_PASS:?set MB_DB_PASS}
      MB_SITE_LOCALE: en
      JAVA_TIMEZONE: Asia/Manila
""")

add("compose/rabbitmq-password", "commissary/docker-compose.prod.yml", "https://hub.docker.com/_/rabbitmq", """
services:
  broker:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: commissary
      RABBITMQ_DEFAULT_PASS: "@@secret@@"
    ports: ["5672:5672", "15672:15672"]
  oven-gateway:
    image: registry.tsaatinapay.ph/oven-gateway:0.9.3
    environment:
      AMQP_URL: amqp://commissary@broker:5672/
      OVEN_SUBNET: 10.30.0.0/24
""", words_pw())

add("ansible/postgres-password", "infra/ansible/group_vars/branch_servers.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """
---
timezone: Asia/Manila
ntp_server: ph.pool.ntp.org
pos_db_name: branch_pos
pos_db_user: pos_sync
pos_db_password: "@@secret@@"
hq_sync_url: https://sync.tsaatinapay.ph
backup_hour: 3
printers:
  - epson-tm-t82x
""", words_pw())

add("ansible/decoy-vault-encrypted", "infra/ansible/group_vars/commissary/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/decoy-vault-reference", "infra/ansible/roles/pos_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/postgresql/postgresql_user_module.html", """
---
- name: Install PostgreSQL
  ansible.builtin.apt:
    name: [postgresql-15, python3-psycopg2]
    state: present

- name: Create POS role
  community.postgresql.postgresql_user:
    name: "{{ pos_db_user }}"
    password: "{{ vault_pos_db_password }}"
    role_attr_flags: LOGIN
  become_user: postgres
  no_log: true
""")

add("shell/mysql-password", "ops/backup/nightly-branch-dump.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Nightly dump ng branch_pos (lahat ng branch servers via VPN)
set -e
DATE=$(date +%F)
for host in $(cat /etc/tt/branch-hosts); do
  mysqldump -h "$host" -u root -p'@@secret@@' --single-transaction branch_pos \\
    | gzip > "/backup/${host}-${DATE}.sql.gz"
done
find /backup -name '*.sql.gz' -mtime +14 -delete
""", rand_pw(20))

add("go/redis-password", "services/queue-display/redis.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#Options", """
package main

import "github.com/redis/go-redis/v9"

// "Now serving" display sa counter -- order numbers from Redis pub/sub
func newRedis() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     "10.20.1.30:6379",
		Password: "@@secret@@",
		DB:       3,
	})
}
""", fakes.redis_password(_seed()))

add("yaml/decoy-env-reference", "deploy/k8s/pos-backend/deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pos-backend
  namespace: pos
spec:
  replicas: 3
  selector:
    matchLabels: {app: pos-backend}
  template:
    metadata:
      labels: {app: pos-backend}
    spec:
      containers:
        - name: app
          image: registry.tsaatinapay.ph/pos-backend:2.14.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: pos-backend-db, key: DB_PASSWORD}
            - name: PAYMONGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: paymongo-secret}
""")

_gpk = pem("RSA")
add("yaml/private-key", "infra/ansible/roles/sftp_bank/files/unionbank_sftp.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
# SFTP key para sa bank settlement file pickup
sftp_bank_host: sftp.unionbankph.example
sftp_bank_user: tsaatinapay
sftp_bank_key: |
@@k@@
""", _gpk, k=indent(_gpk, 2))

add("terraform/decoy-public-key", "infra/terraform/bastion.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/key_pair", """
resource "aws_key_pair" "ops" {
  key_name   = "tt-ops-2024"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k@@ ops@tsaatinapay.ph"
}

resource "aws_instance" "bastion" {
  ami                    = "ami-0c802847a7dd848c0"
  instance_type          = "t4g.nano"
  key_name               = aws_key_pair.ops.key_name
  subnet_id              = "subnet-0a1b2c3d4e5f60718"
  vpc_security_group_ids = ["sg-0f9e8d7c6b5a43210"]
  tags = { Name = "tt-bastion" }
}
""", k=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("terraform/azure-client-secret", "infra/terraform/azure/provider.tf", "https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/guides/service_principal_client_secret", """
# Azure -- para sa Office 365 / Intune ng mga branch tablet
provider "azurerm" {
  features {}
  subscription_id = "@@sub@@"
  tenant_id       = "@@ten@@"
  client_id       = "@@cid@@"
  client_secret   = "@@secret@@"
}

resource "azurerm_resource_group" "branch_devices" {
  name     = "rg-branch-devices"
  location = "southeastasia"
}
""", azure_secret(), sub=uuid_s(), ten=uuid_s(), cid=uuid_s())

add("json/decoy-ids", "infra/terraform/azure/terraform.tfvars.json", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
{
  "subscription_id": "@@sub@@",
  "tenant_id": "@@ten@@",
  "branch_tablet_group_id": "@@grp@@",
  "location": "southeastasia",
  "tags": {"owner": "it-ops", "cost_center": "CC-BRANCH"}
}
""", sub=uuid_s(), ten=uuid_s(), grp=uuid_s())

add("php/mysql-password", "legacy/ecommerce/config/database.php", "https://www.php.net/manual/en/pdo.construct.php", """
<?php
// Cake pre-order site (luma) -- huwag galawin hangga't di pa tapos ang migration
define('DB_DSN', 'mysql:host=10.20.2.8;dbname=cakes;charset=utf8mb4');
define('DB_USER', 'cakes_web');
define('DB_PASS', '@@secret@@');

function db(): PDO {
    static $pdo = null;
    if ($pdo === null) {
        $pdo = new PDO(DB_DSN, DB_USER, DB_PASS, [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
    return $pdo;
}
""", words_pw())

add("ruby/postgres-password", "intl-shop/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: intl_shop_dev

production:
  <<: *default
  url: postgres://intl_shop:@@secret@@@tt-sg-db.cxq1.ap-southeast-1.rds.amazonaws.com:5432/intl_shop
""", rand_pw(22))

# ---------------------------------------------------------------------------------------------
# Branch devices: ovens, chillers, CCTV, Wi-Fi, printers, kiosks
# ---------------------------------------------------------------------------------------------

add("python/mqtt-password", "commissary/iot/chiller_monitor.py", "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html#paho.mqtt.client.Client.username_pw_set", """
\"\"\"Basa ng temperatura ng chillers at freezers (commissary + branches) via MQTT.\"\"\"
import json

import paho.mqtt.client as mqtt

BROKER = "mqtt.tsaatinapay.internal"
client = mqtt.Client(client_id="chiller-monitor-hq")
client.username_pw_set("chiller-monitor", "@@secret@@")


def on_message(_c, _u, msg):
    reading = json.loads(msg.payload)
    if reading["temp_c"] > 6.0:
        print(f"MAINIT: {reading['branch']} {reading['unit']} {reading['temp_c']}C")


client.on_message = on_message
client.connect(BROKER, 8883)
client.subscribe("tt/+/chiller/+/temp")
client.loop_forever()
""", rand_pw(18))

add("ini/oven-admin-password", "commissary/ovens/rational-icombi-gateway.ini", "https://www.rational-online.com/en_us/connectedcooking/", """
; Gateway sa mga Rational iCombi oven (commissary, Valenzuela)
[gateway]
listen = 0.0.0.0:8080
poll_seconds = 30

[oven_line_a]
host = 10.30.0.21
user = service
password = @@secret@@

[oven_line_b]
host = 10.30.0.22
user = service
password = @@secret@@
""", words_pw())

add("yaml/cctv-password", "ops/nvr/hikvision-branches.yml", "https://www.hikvision.com/en/support/", """
# NVR list (Hikvision) -- para sa central monitoring
defaults:
  port: 554
  user: admin
branches:
  - code: QC-TIMOG
    nvr: rtsp://admin:@@secret@@@10.41.1.10:554/Streaming/Channels/101
  - code: MKT-LEGASPI
    nvr: rtsp://10.41.2.10:554/Streaming/Channels/102
  - code: CEB-IT-PARK
    nvr: rtsp://10.41.3.10:554/Streaming/Channels/101
""", words_pw())

add("markdown/wifi-password", "docs/branches/opening-checklist-sm-north.md", "https://help.ubnt.com/hc/en-us/articles/115004662107", """
# Opening checklist: SM North EDSA kiosk

## Araw bago mag-open
- [ ] I-install ang 2 POS tablet at 1 kitchen display
- [ ] Thermal printer: Epson TM-T82X, IP 192.168.10.50
- [ ] Wi-Fi (staff): SSID `TT-Staff-SMN`, password `@@secret@@`
- [ ] Wi-Fi (customers): SSID `TsaaTinapay-Free` (captive portal, walang password)
- [ ] Test GCash QR at card terminal (BDO)

## Araw ng opening
- [ ] Print test receipt
- [ ] I-sync ang menu mula HQ
""", words_pw())

add("shell/router-admin-password", "ops/network/mikrotik-branch-provision.rsc", "https://help.mikrotik.com/docs/display/ROS/User", """
# MikroTik hAP ac2 -- standard branch config
/system identity set name=TT-BRANCH-ROUTER
/user set admin password="@@secret@@"
/ip address add address=192.168.10.1/24 interface=bridge
/ip dhcp-server network add address=192.168.10.0/24 gateway=192.168.10.1 dns-server=1.1.1.1
/interface wireless security-profiles add name=staff mode=dynamic-keys authentication-types=wpa2-psk
/ip service disable telnet,ftp,www
/system ntp client set enabled=yes servers=ph.pool.ntp.org
""", rand_pw(16))

add("csv/device-admin-password", "ops/inventory/branch-devices-2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
branch,device,model,ip,admin_user,admin_password,notes
QC-TIMOG,router,MikroTik hAP ac2,192.168.10.1,admin,@@secret@@,
QC-TIMOG,printer,Epson TM-T82X,192.168.10.50,,,
QC-TIMOG,nvr,Hikvision DS-7608,10.41.1.10,admin,,password sa IT vault
MKT-LEGASPI,router,MikroTik hAP ac2,192.168.20.1,admin,,password sa IT vault
MKT-LEGASPI,sealer,Cup sealer ET-D8,,,,walang network
CEB-IT-PARK,router,MikroTik hAP ac2,192.168.30.1,admin,,password sa IT vault
""", words_pw())

add("json/kiosk-api-token", "kiosk-app/assets/config/kiosk.json", "https://developer.android.com/work/dpc/dedicated-devices", """
{
  "kiosk_id": "KSK-QC-TIMOG-02",
  "branch": "QC-TIMOG",
  "api_base": "https://api.tsaatinapay.ph/v2",
  "device_token": "@@secret@@",
  "idle_timeout_s": 90,
  "languages": ["fil", "en"],
  "printer": {"type": "escpos", "host": "192.168.10.50", "port": 9100}
}
""", "ttk_" + fakes.drawn_mixed(_seed(), 40))

add("kotlin/decoy-placeholder", "kiosk-app/app/src/main/java/ph/tsaatinapay/kiosk/Settings.kt", "https://developer.android.com/topic/libraries/architecture/datastore", """
package ph.tsaatinapay.kiosk

data class Settings(
    val kioskId: String = "",
    val branch: String = "",
    val deviceToken: String = "",           // provisioned via MDM, never hard-coded
    val adminPin: String = "CHANGE_ME",     // placeholder; real PIN pushed by Intune
    val apiBase: String = "https://api.tsaatinapay.ph/v2",
)

fun Settings.isProvisioned(): Boolean =
    kioskId.isNotBlank() && deviceToken.isNotBlank() && adminPin != "CHANGE_ME"
""")

add("xml/ldap-password", "backoffice/config/ldap-context.xml", "https://docs.spring.io/spring-ldap/reference/configuration.html", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
                           http://www.springframework.org/schema/beans/spring-beans.xsd">
    <bean id="contextSource" class="org.springframework.ldap.core.support.LdapContextSource">
        <property name="url" value="ldaps://dc01.corp.tsaatinapay.ph:636"/>
        <property name="base" value="dc=corp,dc=tsaatinapay,dc=ph"/>
        <property name="userDn" value="cn=svc-backoffice,ou=Service Accounts,dc=corp,dc=tsaatinapay,dc=ph"/>
        <property name="password" value="@@secret@@"/>
    </bean>
</beans>
""", words_pw())

add("python/ftp-password", "analytics/etl/pull_bir_reports.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Kunin ang Z-reading exports ng bawat POS (para sa BIR eSales) mula sa lumang FTP.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

HOST = "ftp.tsaatinapay.ph"
OUT = Path("/data/bir/zreadings")


def pull(month: str) -> None:
    ftps = FTP_TLS(HOST)
    ftps.login("zreading", "@@secret@@")
    ftps.prot_p()
    ftps.cwd(f"/exports/{month}")
    for name in ftps.nlst():
        with open(OUT / name, "wb") as fh:
            ftps.retrbinary(f"RETR {name}", fh.write)
    ftps.quit()
""", words_pw())

add("properties/ftp-password", "legacy/hq-inventory/src/main/resources/supplier-ftp.properties", "https://commons.apache.org/proper/commons-net/", """
# Purchase orders papunta sa supplier (tapioca pearls, Taiwan)
supplier.ftp.host=ftp.formosapearl.example.tw
supplier.ftp.port=21
supplier.ftp.user=tsaatinapay_po
supplier.ftp.password=@@secret@@
supplier.ftp.remoteDir=/incoming/PO
supplier.ftp.passive=true
""", rand_pw(14))

add("log/decoy-masked", "logs/branch-server/pos-sync-2024-06-16.log", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """
[2024-06-16 06:00:01] INFO  pos-sync starting branch=DVO-LANANG version=1.8.2
[2024-06-16 06:00:01] DEBUG connecting mysql://pos:********@127.0.0.1:3306/branch_pos
[2024-06-16 06:00:02] INFO  pushed 412 transactions to https://sync.tsaatinapay.ph (batch=@@b@@)
[2024-06-16 06:00:02] DEBUG using device token ttk_****...Q9 (expires 2024-09-30)
[2024-06-16 06:15:01] INFO  pushed 17 transactions (batch=@@c@@)
[2024-06-16 06:30:01] WARN  HQ unreachable, queued 3 batches
""", b=uuid_s(), c=uuid_s())

add("notebook/postgres-password", "analytics/notebooks/milk_tea_sales_by_flavor.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Benta ng milk tea per flavor (Q2)\\n", "Aling flavor ang pinakamabenta sa bawat rehiyon?"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql://analyst:@@secret@@@10.20.1.15:5432/tt_pos')\\n",
    "df = pd.read_sql('select branch, flavor, qty from sales.line_items where sold_at >= now() - interval 90 day', eng)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(['flavor']).qty.sum().sort_values(ascending=False).head(10)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("notebook/decoy-env-reference", "analytics/notebooks/ube_ensaymada_forecast.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Forecast: ube ensaymada (Pasko season)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine(os.environ['ANALYTICS_DB_URL'])\\n",
    "df = pd.read_sql('select sold_on, qty from sales.daily where sku = %(sku)s', eng, params={'sku': 'BKR-UBE-ENS'})"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("javascript/decoy-public-config", "loyalty-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

// Firebase web config -- public by design (restricted by HTTP referrer + App Check)
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "tsaatinapay-rewards.firebaseapp.com",
  projectId: "tsaatinapay-rewards",
  storageBucket: "tsaatinapay-rewards.appspot.com",
  messagingSenderId: "418273645190",
  appId: "1:418273645190:web:@@app@@",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", k=google_key(), app=hexs(22))

add("python/fcm-server-key", "rewards/notify/push.py", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", """
import requests

# legacy FCM server key (TODO: lumipat sa HTTP v1 + service account)
FCM_SERVER_KEY = "@@secret@@"


def push_promo(topic: str, title: str, body: str) -> int:
    payload = {"to": f"/topics/{topic}", "notification": {"title": title, "body": body}}
    r = requests.post("https://fcm.googleapis.com/fcm/send", json=payload,
                      headers={"Authorization": f"key={FCM_SERVER_KEY}"}, timeout=10)
    return r.status_code


if __name__ == "__main__":
    push_promo("promo-ncr", "Payday treat!", "Libreng pearls sa lahat ng large drinks ngayong 15th.")
""", fcm_key())

add("typescript/mapbox-secret-token", "ops/scripts/upload-branch-tileset.ts", "https://docs.mapbox.com/api/maps/uploads/", """
import { execSync } from "node:child_process";

// Upload ng branch locator tileset (secret token na may uploads:write scope)
const MAPBOX_SECRET = "@@secret@@";
const user = "tsaatinapay";

execSync(
  `MAPBOX_ACCESS_TOKEN=${MAPBOX_SECRET} tilesets upload-source ${user} branches data/branches.geojson`,
  { stdio: "inherit" },
);
console.log("uploaded branches tileset");
""", mapbox("sk"))

add("javascript/decoy-publishable-key", "loyalty-web/src/components/BranchMap.js", "https://docs.mapbox.com/help/getting-started/access-tokens/", """
import mapboxgl from "mapbox-gl";

// default public token (pk.) -- URL-restricted to *.tsaatinapay.ph
mapboxgl.accessToken = "@@pk@@";

export function BranchMap(container, branches) {
  const map = new mapboxgl.Map({ container, style: "mapbox://styles/mapbox/streets-v12", center: [121.03, 14.6], zoom: 10 });
  branches.forEach((b) => new mapboxgl.Marker().setLngLat([b.lng, b.lat]).setPopup(new mapboxgl.Popup().setText(b.name)).addTo(map));
  return map;
}
""", pk=mapbox("pk"))

add("python/decoy-public-dsn", "pos_backend/observability.py", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration

# A DSN is safe to ship (it only allows sending events)
SENTRY_DSN = "@@dsn@@"


def init(release: str) -> None:
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        traces_sample_rate=0.05,
        environment="production",
        release=release,
    )
""", dsn=sentry_dsn())

add("swift/google-maps-api-key", "ios-loyalty/TsaaTinapay/Services/DeliveryQuote.swift", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
import Foundation

// Server-side Distance Matrix key (unrestricted!) na napunta sa app -- para sa delivery fee
struct DeliveryQuote {
    private static let key = "@@secret@@"

    static func url(from origin: String, to dest: String) -> URL? {
        var c = URLComponents(string: "https://maps.googleapis.com/maps/api/distancematrix/json")
        c?.queryItems = [
            URLQueryItem(name: "origins", value: origin),
            URLQueryItem(name: "destinations", value: dest),
            URLQueryItem(name: "key", value: key),
        ]
        return c?.url
    }
}
""", google_key())

add("plist/decoy-public-config", "ios-loyalty/TsaaTinapay/GoogleService-Info.plist", "https://firebase.google.com/docs/ios/setup", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>418273645190</string>
	<key>BUNDLE_ID</key>
	<string>ph.tsaatinapay.rewards</string>
	<key>PROJECT_ID</key>
	<string>tsaatinapay-rewards</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:418273645190:ios:@@app@@</string>
</dict>
</plist>
""", k=google_key(), app=hexs(22))

add("plist/rewards-api-secret", "ios-loyalty/TsaaTinapay/Secrets.plist", "https://developer.apple.com/documentation/bundleresources/information_property_list", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>RewardsApiBase</key>
	<string>https://rewards.tsaatinapay.ph/api</string>
	<key>RewardsHmacSecret</key>
	<string>@@secret@@</string>
	<key>SupportPhone</key>
	<string>+63 2 8555 0192</string>
</dict>
</plist>
""", hexs(64))

add("csharp/decoy-example", "branch-tools/PosSync/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "BranchPos": "Server=localhost\\\\SQLEXPRESS;Database=TTBranchPOS;Trusted_Connection=True;TrustServerCertificate=True"
  },
  "Sync": {
    "IntervalMinutes": 1,
    "Branch": "DEV-LOCAL",
    "HqToken": "use `dotnet user-secrets set Sync:HqToken <token>`"
  }
}
""")

add("powershell/wifi-password", "ops/intune/Set-BranchWifi.ps1", "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan", """
# Ilagay ang staff Wi-Fi profile sa mga branch laptop (Intune remediation)
$ssid = "TT-Staff"
$psk  = "@@secret@@"
$xml = @"
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$ssid</name>
  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType><connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$path = "$env:TEMP\\tt-staff.xml"
$xml | Out-File -Encoding utf8 $path
netsh wlan add profile filename="$path" user=all
Remove-Item $path
""", words_pw())

add("markdown/decoy-redacted", "docs/runbooks/cctv-access.md", "https://www.hikvision.com/en/support/", """
# CCTV access (para sa area managers)

Gamitin ang Hik-Connect app. Huwag ibigay ang NVR admin password sa staff.

| Branch | NVR IP | User | Password |
|---|---|---|---|
| QC-TIMOG | 10.41.1.10 | viewer | nasa 1Password: "NVR QC-TIMOG" |
| MKT-LEGASPI | 10.41.2.10 | viewer | nasa 1Password: "NVR MKT-LEGASPI" |
| CEB-IT-PARK | 10.41.3.10 | viewer | `********` (ni-reset 2024-05) |

Kung kailangan ng admin, mag-file ng ticket sa #it-helpdesk.
""")

add("ini/decoy-default-credential", "ops/printers/epson-tm-t82x-defaults.ini", "https://files.support.epson.com/docid/cpd5/cpd56385.pdf", """
; Factory defaults ng Epson TM-T82X (mula sa manual) -- pang-reference lang
[network]
dhcp = on
fallback_ip = 192.168.192.168
subnet = 255.255.255.0

[webconfig]
user = epson
; default password is the printer's serial number (printed on the label)
password = <serial number>
""")

# ---------------------------------------------------------------------------------------------
# The IT team: CI, registries, tokens, keys
# ---------------------------------------------------------------------------------------------

add("ini/pypi-token", "tools/tt-pos-sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = @@secret@@

[internal]
repository = https://pypi.tsaatinapay.ph/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-sdk.yml", "https://github.com/pypa/gh-action-pypi-publish", """
name: publish tt-pos-sdk
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: python -m pip install build && python -m build tools/tt-pos-sdk
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: tools/tt-pos-sdk/dist
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("shell/github-token", "ops/bin/clone-all-repos.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# I-clone lahat ng repo ng org para sa quarterly audit
ORG=tsaatinapay
TOKEN=@@secret@@
mkdir -p ~/audit && cd ~/audit
for repo in $(curl -s -H "Authorization: token $TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" | jq -r '.[].name'); do
  git clone "https://x-access-token:${TOKEN}@github.com/${ORG}/${repo}.git" || true
done
""", fakes.github_token(_seed()))

add("yaml/github-fine-grained-token", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
# self-hosted Renovate (runs sa ops VM tuwing Lunes)
platform: github
endpoint: https://api.github.com/
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["tsaatinapay/*"]
onboarding: false
timezone: Asia/Manila
schedule: ["before 6am on monday"]
""", fakes.github_fine_grained_token(_seed()))

add("ini/npm-token", "kiosk-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@tsaatinapay:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
""", npm_token())

add("ini/decoy-env-reference", "loyalty-web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
@tsaatinapay:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
""")

add("yaml/gitlab-token", "legacy/ecommerce/.gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, deploy]

variables:
  DEPLOY_HOST: cakes.tsaatinapay.ph
  # token para i-pull ang shared theme repo
  THEME_TOKEN: "@@secret@@"

test:
  stage: test
  image: php:8.1
  script:
    - git clone https://oauth2:${THEME_TOKEN}@gitlab.com/tsaatinapay/cakes-theme.git theme
    - vendor/bin/phpunit

deploy:
  stage: deploy
  only: [main]
  script:
    - rsync -az --delete ./ deploy@${DEPLOY_HOST}:/var/www/html/
""", gitlab_token())

add("json/docker-registry-password", "ops/ci-runner/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.tsaatinapay.ph": {
      "auth": "@@a@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {"User-Agent": "Docker-Client/24.0.7 (linux)"}
}
""", (_rp := rand_pw(22)), a=b64("ci-runner:" + _rp))

add("shell/docker-registry-password", "ops/ci-runner/bootstrap.sh", "https://docs.docker.com/reference/cli/docker/login/#password-stdin", """
#!/bin/bash
set -e
apt-get update && apt-get install -y docker.io
echo "@@secret@@" | docker login registry.tsaatinapay.ph -u ci-runner --password-stdin
docker pull registry.tsaatinapay.ph/pos-backend:latest
systemctl enable --now gitlab-runner
""", rand_pw(22))

_dk = pem("OPENSSH")
add("shell/ssh-private-key", "ops/bin/install-deploy-key.sh", "https://docs.github.com/en/authentication/connecting-to-github-with-ssh/managing-deploy-keys", """
#!/bin/bash
# Deploy key para sa branch-server repo (read-only) -- i-run sa bagong branch server
mkdir -p /root/.ssh && chmod 700 /root/.ssh
cat > /root/.ssh/id_deploy <<'KEY'
@@k@@
KEY
chmod 600 /root/.ssh/id_deploy
ssh-keyscan github.com >> /root/.ssh/known_hosts
""", _dk, k=_dk)

_jk = pem("EC")
add("k8s-secret/private-key", "deploy/k8s/rewards/jwt-signing-key.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: rewards-jwt
  namespace: rewards
type: Opaque
data:
  jwt-private.pem: @@k@@
""", _jk, k=b64(_jk + "\n"))

add("markdown/decoy-public-key", "docs/security/jwt-keys.md", "https://www.rfc-editor.org/rfc/rfc7517", """
# Rewards JWT keys

Ang rewards API ay nagsa-sign ng tokens gamit ang EC P-256. Ang **public** key (pwedeng i-share
sa kiosk at POS para mag-verify):

```
-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE@@k@@
-----END PUBLIC KEY-----
```

Ang private key ay nasa Secret `rewards-jwt` lang; i-rotate tuwing 6 na buwan.
JWKS endpoint: https://rewards.tsaatinapay.ph/.well-known/jwks.json
""", k=fakes.drawn(_seed(), 52, ALNUM + "+/") + "==")

add("typescript/jwt-secret", "kiosk-api/src/auth/session.ts", "https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback", """
import jwt from "jsonwebtoken";

const JWT_SECRET = "@@secret@@";

export interface KioskClaims { kioskId: string; branch: string }

export function issue(claims: KioskClaims): string {
  return jwt.sign(claims, JWT_SECRET, { expiresIn: "12h", issuer: "kiosk-api" });
}

export function verify(token: string): KioskClaims {
  return jwt.verify(token, JWT_SECRET, { issuer: "kiosk-api" }) as KioskClaims;
}
""", rand_pw(48))

add("python/openai-api-key", "marketing/menu_copy/generate_descriptions.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Gumawa ng Taglish na menu descriptions para sa bagong seasonal drinks.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = ("Isulat ang 2-sentence na menu description sa Taglish para sa drink na ito, "
          "masaya at pang-Gen Z ang tono: {name} -- {notes}")


def describe(name: str, notes: str) -> str:
    out = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(name=name, notes=notes)}],
    )
    return out.choices[0].message.content
""", fakes.openai_key(_seed()))

add("env/shopify-access-token", "merch-store/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Merch store (tumblers, tote bags) -- Shopify custom app
SHOPIFY_SHOP=tsaatinapay-merch.myshopify.com
SHOPIFY_ADMIN_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2024-04
SYNC_INVENTORY=true
""", shopify_token())

add("python/loyverse-token", "branch_franchise/sync/loyverse_pull.py", "https://developer.loyverse.com/docs/#section/Authentication", """
\"\"\"Ang mga franchise branch (Batangas, Pampanga) ay naka-Loyverse POS -- hilahin ang receipts.\"\"\"
import requests

TOKENS = {
    "BTG-LIPA": "@@secret@@",
    "PAM-SANFERNANDO": None,  # wala pang access token, hinihintay si franchisee
}


def receipts(branch: str, since: str) -> list:
    token = TOKENS[branch]
    r = requests.get("https://api.loyverse.com/v1.0/receipts",
                     params={"created_at_min": since, "limit": 250},
                     headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    return r.json()["receipts"]
""", hexs(32))

add("yaml/xero-client-secret", "finance/xero-sync/config.yaml", "https://developer.xero.com/documentation/guides/oauth2/custom-connections/", """
# Xero custom connection -- daily sales journals mula POS
xero:
  client_id: @@cid@@
  client_secret: @@secret@@
  scopes: [accounting.transactions, accounting.settings.read]
  tenant_name: "Tsaa't Tinapay Food Corp."
journal:
  sales_account: "4000"
  gcash_clearing: "1105"
  maya_clearing: "1106"
""", fakes.drawn_mixed(_seed(), 48, ALNUM + "-_"), cid=fakes.drawn(_seed(), 32, string.ascii_uppercase + string.digits))

add("github-actions/aws-secret-access-key", ".github/workflows/sync-menu-images.yml", "https://github.com/aws-actions/configure-aws-credentials", """
name: sync-menu-images
on:
  push:
    paths: ["menu/images/**"]
jobs:
  sync:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@ak@@
          aws-secret-access-key: @@secret@@
          aws-region: ap-southeast-1
      - run: aws s3 sync menu/images s3://tt-menu-assets/images --delete
""", fakes.aws_secret_key(_seed()), ak=fakes.aws_key_id(_seed()))

add("github-actions/decoy-oidc", ".github/workflows/terraform.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services", """
name: terraform
on:
  pull_request:
    paths: ["infra/terraform/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::481726354019:role/gh-terraform-plan
          aws-region: ap-southeast-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform init && terraform -chdir=infra/terraform plan
        env:
          TF_VAR_db_password: ${{ secrets.TF_DB_PASSWORD }}
""")

add("xml/jenkins-credential", "ops/jenkins/credentials.xml", "https://www.jenkins.io/doc/book/using/using-credentials/", """
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>branch-deploy</id>
          <description>SSH user sa branch servers</description>
          <username>deploy</username>
          <password>@@secret@@</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", words_pw())

add("xml/decoy-encrypted", "ops/jenkins/credentials-encrypted.xml", "https://www.jenkins.io/doc/developer/security/secrets/", """
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1319.v7eb_51b_3a_c97b_">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>semaphore-api-key</id>
          <secret>{@@enc@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", enc="AQAAABAAAAAw" + fakes.drawn(_seed(), 76, ALNUM + "+/") + "=")

add("toml/decoy-checksum", "tools/tt-pos-sdk/poetry.lock", "https://python-poetry.org/docs/basic-usage/#installing-with-poetrylock", """
# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "requests"
version = "2.32.3"
description = "Python HTTP for Humans."
optional = false
python-versions = ">=3.8"
files = [
    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:@@h1@@"},
    {file = "requests-2.32.3.tar.gz", hash = "sha256:@@h2@@"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "@@h3@@"
""", h1=hexs(64), h2=hexs(64), h3=hexs(64))

add("json/decoy-checksum", "kiosk-web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "kiosk-web",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/qrcode": {
      "version": "1.5.3",
      "resolved": "https://registry.npmjs.org/qrcode/-/qrcode-1.5.3.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==", i2=fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("go/decoy-regex", "services/ewallet-hooks/redact.go", "https://pkg.go.dev/regexp", """
package main

import "regexp"

// Mga pattern na tinatakpan bago i-log ang webhook payload
var redactors = []*regexp.Regexp{
	regexp.MustCompile(`sk_(live|test)_[A-Za-z0-9]{24}`),
	regexp.MustCompile(`xnd_(production|development)_[A-Za-z0-9]{40,}`),
	regexp.MustCompile(`whsk_[A-Za-z0-9]{32}`),
	regexp.MustCompile(`(?i)authorization:\\s*basic\\s+[A-Za-z0-9+/=]+`),
}

func redact(s string) string {
	for _, re := range redactors {
		s = re.ReplaceAllString(s, "[REDACTED]")
	}
	return s
}
""")

add("python/decoy-test-fixture", "kiosk_api_tests/test_auth.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import pytest

from kiosk_api_client import auth


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("KIOSK_JWT_SECRET", "test-secret-for-unit-tests-only")
    monkeypatch.setenv("KIOSK_DEVICE_TOKEN", "ttk_TESTTOKEN0000000000000000000000000000")


def test_roundtrip(fake_env):
    token = auth.issue({"kioskId": "KSK-TEST-01", "branch": "DEV"})
    assert auth.verify(token)["branch"] == "DEV"


def test_expired(fake_env):
    with pytest.raises(auth.Expired):
        auth.verify(auth.issue({"kioskId": "KSK-TEST-01", "branch": "DEV"}, ttl=-1))
""")

add("markdown/decoy-example", "tools/tt-pos-sdk/README.md", "https://packaging.python.org/en/latest/guides/distributing-packages-using-setuptools/", """
# tt-pos-sdk

Python client para sa Tsaa't Tinapay POS API (para sa franchise partners).

```python
from tt_pos_sdk import Client

client = Client(api_key="ttk_your_device_token_here", branch="YOUR-BRANCH")
for order in client.orders(status="open"):
    print(order.number, order.total)
```

Kunin ang iyong token sa Franchise Portal > Devices. Huwag i-commit ang totoong token;
gamitin ang `TT_POS_TOKEN` environment variable.
""")

add("yaml/decoy-secret-manager", "deploy/cloudrun/rewards-service.yaml", "https://cloud.google.com/run/docs/configuring/services/secrets", """
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: rewards
spec:
  template:
    spec:
      serviceAccountName: rewards@tsaatinapay-prod.iam.gserviceaccount.com
      containers:
        - image: asia-southeast1-docker.pkg.dev/tsaatinapay-prod/apps/rewards:1.22.0
          env:
            - name: DJANGO_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: rewards-django-secret, key: latest}
            - name: SEMAPHORE_API_KEY
              valueFrom:
                secretKeyRef: {name: semaphore-api-key, key: "3"}
""")

add("python/gcp-service-account-key", "analytics/etl/bq_loader.py", "https://cloud.google.com/iam/docs/keys-create-delete", """
from google.cloud import bigquery
from google.oauth2 import service_account

# service account ng ETL (tt-etl@tsaatinapay-prod) -- pinaste ni Mark para mabilis
INFO = {
    "type": "service_account",
    "project_id": "tsaatinapay-prod",
    "private_key_id": "@@kid@@",
    "private_key": \"\"\"@@secret@@\"\"\",
    "client_email": "tt-etl@tsaatinapay-prod.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}
creds = service_account.Credentials.from_service_account_info(INFO)
bq = bigquery.Client(credentials=creds, project="tsaatinapay-prod")
""", pem("RSA"), kid=hexs(40))

add("env/decoy-placeholder", "merch-store/.env.example", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Kopyahin bilang .env; ang totoong token ay nasa Shopify admin > Apps > Develop apps
SHOPIFY_SHOP=your-store.myshopify.com
SHOPIFY_ADMIN_TOKEN=shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SHOPIFY_API_VERSION=2024-04
SYNC_INVENTORY=false
""")

add("env/decoy-placeholder", "pos-backend/.env.example", "https://developers.paymongo.com/docs/authentication", """
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=localhost
DB_NAME=tt_pos
DB_PASSWORD=changeme
PAYMONGO_PUBLIC_KEY=pk_test_
PAYMONGO_SECRET_KEY=sk_test_
DEFAULT_BRANCH=DEV-LOCAL
""")

# ---------------------------------------------------------------------------------------------
# Runbooks, handovers, exports, logs, and more code
# ---------------------------------------------------------------------------------------------

add("markdown/redis-password", "docs/runbooks/kiosk-queue-stuck.md", "https://redis.io/docs/latest/develop/tools/cli/", """
# Runbook: naka-stuck ang order queue sa kiosk

**Sintomas:** "Now serving" screen hindi gumagalaw, pero may bayad na orders.

1. SSH sa ops VM: `ssh ops@bastion.tsaatinapay.ph`
2. Tingnan ang haba ng queue:

   ```bash
   redis-cli -h redis-prod.tsaatinapay.internal -a '@@secret@@' LLEN tt-kiosk:orders:QC-TIMOG
   ```

3. Kung > 50, i-restart ang worker: `kubectl -n kiosk rollout restart deploy/kiosk-worker`
4. I-post sa #ops-branches kung ano ang ginawa.
""", fakes.redis_password(_seed()))

add("log/postgres-password", "logs/rewards/rewards-worker-2024-06-17.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
2024-06-17 09:12:03,114 INFO  worker started pid=41 queue=points
2024-06-17 09:12:03,220 ERROR sqlalchemy.pool could not connect
Traceback (most recent call last):
  File "/app/points/tasks.py", line 88, in award_points
    with engine.connect() as conn:
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.1.40", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
2024-06-17 09:12:03,221 DEBUG engine url=postgresql+psycopg2://rewards:@@secret@@@10.20.1.40:5432/rewards
2024-06-17 09:12:08,402 INFO  retrying in 5s (attempt 2/5)
""", words_pw())

add("log/jenkins-basic-credential", "logs/jenkins/deploy-branch-servers-412.log", "https://curl.se/docs/manpage.html#-u", """
Started by user Jomar Santos
Running as SYSTEM
[deploy-branch-servers] $ /bin/bash -xe /tmp/jenkins4419.sh
+ BRANCHES='QC-TIMOG MKT-LEGASPI CEB-IT-PARK'
+ for b in $BRANCHES
+ curl -sf -u deploy:@@secret@@ https://sync.tsaatinapay.ph/api/branches/QC-TIMOG/deploy -d version=1.8.3
{"status":"queued"}
+ for b in $BRANCHES
+ curl -sf -u deploy:@@secret@@ https://sync.tsaatinapay.ph/api/branches/MKT-LEGASPI/deploy -d version=1.8.3
{"status":"queued"}
Finished: SUCCESS
""", rand_pw(16))

add("csv/supplier-portal-password", "ops/handover/supplier-portals.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
supplier,portal,username,password,contact,notes
Formosa Pearl Trading,https://b2b.formosapearl.example.tw,tsaatinapay,@@secret@@,Ms. Lin,tapioca pearls + syrups
Magnolia Dairy,https://order.magnolia.example.ph,tt_purchasing,(SSO),Sir Ramon,fresh milk - SSO via Google
Pilmico Flour,phone orders only,,,Ate Weng,harina para sa pandesal
Goldilocks Packaging,https://supplier.example.ph/login,tt.packaging,see 1Password,Sir Jun,boxes para sa cake
""", words_pw())

add("sql/semaphore-api-key", "db/seed/integration_settings.sql", "https://semaphore.co/docs", """
-- Default integration settings (run once per environment)
INSERT INTO integration_settings (provider, setting, value, updated_by) VALUES
  ('semaphore', 'sender_name', 'TSAATINAPAY', 'jomar'),
  ('semaphore', 'api_key', '@@secret@@', 'jomar'),
  ('semaphore', 'otp_template', 'Ang iyong code ay {otp}', 'jomar'),
  ('grabfood', 'menu_sync_minutes', '30', 'jomar'),
  ('lalamove', 'service_type', 'MPV', 'jomar');
""", hexs(32))

add("http/paymongo-secret-key", "pos-backend/requests/paymongo.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", """
### Gumawa ng payment intent (GCash) -- prod!
POST https://api.paymongo.com/v1/payment_intents
Authorization: Basic @@a@@
Content-Type: application/json

{"data": {"attributes": {"amount": 10000, "currency": "PHP", "payment_method_allowed": ["gcash"]}}}

### Tingnan ang intent
GET https://api.paymongo.com/v1/payment_intents/pi_@@pi@@
Authorization: Basic @@a@@
""", (_pk2 := paymongo()), a=b64(_pk2 + ":"), pi=fakes.drawn(_seed(), 24))

add("kotlin/card-terminal-password", "pos-android/app/src/main/java/ph/tsaatinapay/pos/card/BdoTerminal.kt", "https://square.github.io/okhttp/recipes/#handling-authentication-kt-java", """
package ph.tsaatinapay.pos.card

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request

// Card terminal gateway (BDO) -- merchant credentials ng lahat ng NCR branches
class BdoTerminal(private val http: OkHttpClient = OkHttpClient()) {
    private val auth = Credentials.basic("TSAATINAPAY-NCR", "@@secret@@")

    fun settle(terminalId: String): Int {
        val req = Request.Builder()
            .url("https://merchant-gw.bdo.example.ph/api/v2/terminals/$terminalId/settle")
            .header("Authorization", auth)
            .post(okhttp3.RequestBody.create(null, ByteArray(0)))
            .build()
        return http.newCall(req).execute().code
    }
}
""", words_pw())

add("rust/mqtt-password", "services/kds-relay/src/bin/oven_bridge.rs", "https://docs.rs/rumqttc/latest/rumqttc/struct.MqttOptions.html#method.set_credentials", """
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

// Bridge: oven timer events -> kitchen display (commissary)
fn main() {
    let mut opts = MqttOptions::new("oven-bridge", "10.30.0.5", 1883);
    opts.set_credentials("oven-bridge", "@@secret@@");
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut conn) = Client::new(opts, 10);
    client.subscribe("tt/commissary/oven/+/timer", QoS::AtLeastOnce).unwrap();
    for event in conn.iter() {
        println!("{:?}", event);
    }
}
""", rand_pw(20))

add("typescript/algolia-admin-key", "loyalty-web/scripts/reindex-menu.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import menu from "../data/menu.json";

// admin key -- para lang sa reindex script, huwag gamitin sa frontend
const client = algoliasearch("@@app@@", "@@secret@@");
const index = client.initIndex("menu_items_ph");

async function main() {
  const objects = menu.map((m: any) => ({ objectID: m.sku, name: m.name, name_fil: m.name_fil, price: m.price }));
  await index.replaceAllObjects(objects, { safe: true });
  console.log(`reindexed ${objects.length} items`);
}

main();
""", hexs(32), app=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits))

add("javascript/decoy-publishable-key", "loyalty-web/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// search-only key: ligtas sa frontend (ACL: search lang)
const searchClient = algoliasearch("@@app@@", "@@k@@");

export const menuIndex = searchClient.initIndex("menu_items_ph");

export function searchMenu(q) {
  return menuIndex.search(q, { hitsPerPage: 12, attributesToRetrieve: ["name", "name_fil", "price"] });
}
""", app=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), k=hexs(32))

add("php/mailchimp-api-key", "website/app/Marketing/Newsletter.php", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
<?php

namespace App\\Marketing;

use MailchimpMarketing\\ApiClient;

// "Sulat ng Tsaa" newsletter sign-ups mula sa website footer
class Newsletter
{
    public static function client(): ApiClient
    {
        $c = new ApiClient();
        $c->setConfig(['apiKey' => '@@secret@@', 'server' => 'us21']);
        return $c;
    }

    public static function subscribe(string $email): void
    {
        self::client()->lists->addListMember('a1b2c3d4e5', ['email_address' => $email, 'status' => 'pending']);
    }
}
""", hexs(32) + "-us21")

add("ruby/viber-bot-token", "intl-shop/app/services/viber_notifier.rb", "https://developers.viber.com/docs/api/rest-bot-api/#authentication-token", """
require 'net/http'
require 'json'

# Viber bot para sa order updates (maraming customers sa Viber)
class ViberNotifier
  TOKEN = '@@secret@@'.freeze
  URI_SEND = URI('https://chatapi.viber.com/pa/send_message')

  def self.notify(receiver_id, text)
    req = Net::HTTP::Post.new(URI_SEND, 'X-Viber-Auth-Token' => TOKEN, 'Content-Type' => 'application/json')
    req.body = { receiver: receiver_id, type: 'text', text: text, sender: { name: "Tsaa't Tinapay" } }.to_json
    Net::HTTP.start(URI_SEND.host, URI_SEND.port, use_ssl: true) { |h| h.request(req) }
  end
end
""", f"{hexs(16)}-{hexs(16)}-{hexs(16)}")

add("powershell/ldap-password", "ops/ad/Sync-BranchStaff.ps1", "https://learn.microsoft.com/en-us/powershell/module/activedirectory/get-aduser", """
# I-sync ang staff list ng HR (Sprout) sa Active Directory -- tuwing 6AM
Import-Module ActiveDirectory
$user = "CORP\\svc-hrsync"
$pass = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)

$staff = Import-Csv "\\\\fs01\\hr\\exports\\active-staff.csv"
foreach ($s in $staff) {
    $ou = "OU=$($s.Branch),OU=Branches,DC=corp,DC=tsaatinapay,DC=ph"
    if (-not (Get-ADUser -Filter "EmployeeID -eq '$($s.EmpNo)'" -Credential $cred)) {
        New-ADUser -Name $s.FullName -EmployeeID $s.EmpNo -Path $ou -Credential $cred -Enabled $false
    }
}
""", words_pw())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog agent -- branch servers
api_key: @@secret@@
site: datadoghq.com
hostname_file: /etc/tt/branch-code
tags:
  - env:prod
  - team:branch-it
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", hexs(32))

add("terraform/cloudflare-api-token", "infra/terraform/dns/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  api_token = "@@secret@@"
}

variable "zone_id" {
  default = "@@zone@@"
}

resource "cloudflare_record" "order" {
  zone_id = var.zone_id
  name    = "order"
  type    = "CNAME"
  value   = "ghs.googlehosted.com"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("ini/sentry-auth-token", "kiosk-web/.sentryclirc", "https://docs.sentry.io/cli/configuration/#configuration-file", """
[defaults]
url = https://sentry.io/
org = tsaatinapay
project = kiosk-web

[auth]
token = @@secret@@
""", hexs(64))

add("go/smtp-password", "services/order-mailer/mailer.go", "https://pkg.go.dev/net/smtp#PlainAuth", """
package main

import (
	"fmt"
	"net/smtp"
)

var auth = smtp.PlainAuth("", "orders@tsaatinapay.ph", "@@secret@@", "smtp.zoho.com")

// Kumpirmasyon ng cake pre-order
func sendConfirmation(to, orderNo, pickup string) error {
	msg := fmt.Sprintf("Subject: Kumpirmado ang order mo #%s\\r\\n\\r\\nPickup: %s. Salamat!\\r\\n", orderNo, pickup)
	return smtp.SendMail("smtp.zoho.com:587", auth, "orders@tsaatinapay.ph", []string{to}, []byte(msg))
}
""", rand_pw(16))

add("properties/android-keystore-password", "pos-android/gradle.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
TT_RELEASE_STORE_FILE=../keys/tt-pos-release.jks
TT_RELEASE_KEY_ALIAS=tt-pos
TT_RELEASE_STORE_PASSWORD=@@secret@@
TT_RELEASE_KEY_PASSWORD=@@secret@@
""", words_pw())

add("dockerfile/npm-token", "loyalty-web/Dockerfile", "https://docs.npmjs.com/docker-and-private-modules", """
FROM node:20-alpine
WORKDIR /app
ARG NPM_TOKEN=@@secret@@
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build
CMD ["npx", "serve", "-s", "build", "-l", "8080"]
""", npm_token())

add("compose/postgres-password", "analytics/docker-compose.metabase.yml", "https://hub.docker.com/_/postgres", """
services:
  mb-db:
    image: postgres:15
    environment:
      POSTGRES_DB: metabase
      POSTGRES_USER: metabase
      POSTGRES_PASSWORD: @@secret@@
    volumes: ["mbdb:/var/lib/postgresql/data"]
  metabase:
    image: metabase/metabase:v0.49.6
    environment:
      MB_DB_CONNECTION_URI: "postgres://mb-db:5432/metabase?user=metabase&password=@@secret@@"
volumes:
  mbdb: {}
""", rand_pw(20))

add("k8s-secret/smtp-password", "deploy/k8s/backoffice/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: backoffice-smtp
  namespace: backoffice
type: Opaque
data:
  SMTP_HOST: @@h@@
  SMTP_USER: @@u@@
  SMTP_PASS: @@p@@
""", (_sp := rand_pw(16)), h=b64("smtp.zoho.com"), u=b64("noreply@tsaatinapay.ph"), p=b64(_sp))

add("yaml/sendgrid-api-key", "deploy/helm/rewards/values-prod.yaml", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys", """
image:
  repository: asia-southeast1-docker.pkg.dev/tsaatinapay-prod/apps/rewards
  tag: 1.22.0
ingress:
  host: rewards.tsaatinapay.ph
config:
  EMAIL_BACKEND: sendgrid
  SENDGRID_API_KEY: @@secret@@
  DEFAULT_FROM_EMAIL: "Tsaa't Tinapay Rewards <rewards@tsaatinapay.ph>"
  POINTS_PER_PESO: "0.05"
""", sendgrid_key())

add("ansible/windows-admin-password", "infra/ansible/inventory/branch_pcs.ini", "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options", """
[branch_pcs]
qc-timog-pc01 ansible_host=192.168.10.20
mkt-legaspi-pc01 ansible_host=192.168.20.20
ceb-itpark-pc01 ansible_host=192.168.30.20

[branch_pcs:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=ttadmin
ansible_password=@@secret@@
ansible_winrm_server_cert_validation=ignore
""", words_pw())

add("ansible/become-password", "infra/ansible/inventory/commissary.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html", """
all:
  children:
    commissary:
      hosts:
        comm-gw01:
          ansible_host: 10.30.0.5
        comm-nvr01:
          ansible_host: 10.30.0.9
      vars:
        ansible_user: ops
        ansible_become: true
        ansible_become_password: "@@secret@@"
""", words_pw())

add("shell/postgres-password", "ops/bin/monthly-sales-export.sh", "https://www.postgresql.org/docs/current/libpq-envars.html", """
#!/bin/bash
# Buwanang export ng benta per branch para sa accounting
MONTH=${1:-$(date -d 'last month' +%Y-%m)}
export PGPASSWORD='@@secret@@'
psql -h 10.20.1.15 -U finance_ro -d tt_pos -c "\\copy (
  select branch, sum(total) as benta, count(*) as resibo
  from sales.receipts where to_char(sold_at, 'YYYY-MM') = '${MONTH}'
  group by branch order by benta desc) to 'benta-${MONTH}.csv' csv header"
unset PGPASSWORD
""", words_pw())

add("shell/cloudflare-api-token", "ops/bin/purge-menu-cache.sh", "https://developers.cloudflare.com/api/operations/zone-purge", """
#!/bin/sh
# Purge ng cache kapag may bagong menu board image
ZONE=@@zone@@
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/${ZONE}/purge_cache" \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  --data '{"prefixes":["menu.tsaatinapay.ph/boards/"]}'
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zone=hexs(32))

add("markdown/gcash-merchant-password", "docs/handover/finance-handover-ate-liza.md", "https://www.gcash.com/business", """
# Handover ni Ate Liza (Finance) -- bago mag-maternity leave

## Araw-araw
- I-download ang GCash for Business settlement report (6PM)
  - Portal: https://business.gcash.com
  - Login: finance@tsaatinapay.ph / `@@secret@@`
  - OTP: pupunta sa Globe SIM sa drawer ko (naka-label "GCASH OTP")
- I-match sa Xero ang settlement (account 1105)

## Lingguhan
- Reconcile ng Maya at card settlements
- I-email ang summary kay Sir Dennis tuwing Lunes
""", words_pw())

add("markdown/telegram-bot-token", "docs/runbooks/telegram-alerts.md", "https://core.telegram.org/bots/api#making-requests", """
# Telegram alerts (chiller at oven)

Bot: @TTChillerBot. Group: "TT Branch Supervisors".

Pang-test kung gumagana ang bot:

```bash
curl "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001873462210 -d text="test lang po, pasensya na"
```

Kung walang dumating na message, tingnan kung na-kick ang bot sa group.
""", fakes.telegram_token(_seed()))

add("env/maya-secret-key", "rewards/.env.production", "https://developers.maya.ph/docs/authentication", """
DJANGO_SETTINGS_MODULE=rewards.settings
ALLOWED_HOSTS=rewards.tsaatinapay.ph
MAYA_PUBLIC_KEY=@@pk@@
MAYA_SECRET_KEY=@@secret@@
MAYA_ENV=production
POINTS_EXPIRY_DAYS=365
""", maya_key(), pk=maya_key("pk-"))

add("env/postgres-password", "analytics/.env.local", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
# lokal na analytics (VPN lang)
# huwag i-commit -- dapat nasa .gitignore ito
ANALYTICS_DB_URL=postgresql://analyst:@@secret@@@10.20.1.15:5432/tt_pos
BQ_PROJECT=tsaatinapay-prod
REPORT_TZ=Asia/Manila
""", rand_pw(18))

add("python/bank-api-password", "finance/unionbank/statement_pull.py", "https://developer.unionbankph.com/", """
\"\"\"Kunin ang daily statement mula sa bank API (corporate account).\"\"\"
import base64

import requests

CLIENT_ID = "tsaatinapay-corp"
CLIENT_SECRET = "".join((
    "@@p1@@",
    "@@p2@@",
))


def token() -> str:
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
    r = requests.post("https://api.unionbankph.example/partners/v1/oauth2/token",
                      headers={"Authorization": f"Basic {basic}"},
                      data={"grant_type": "client_credentials", "scope": "account_info"}, timeout=20)
    return r.json()["access_token"]
""", (_bs := fakes.drawn_mixed(_seed(), 40)), p1=_bs[:20], p2=_bs[20:])

add("python/sftp-password", "finance/settlement/upload_bank_file.py", "https://docs.paramiko.org/en/stable/api/transport.html", """
import paramiko

HOST = "sftp.unionbankph.example"


def upload(local_path: str, remote_name: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username="tsaatinapay", password="@@secret@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/inbound/payroll/{remote_name}")
    finally:
        sftp.close()
        transport.close()
""", words_pw())

add("json/azure-storage-key", "branch-tools/MenuBoards/appsettings.Production.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
{
  "MenuBoards": {
    "Container": "menu-boards",
    "RefreshMinutes": 10
  },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=ttmenuboards;AccountKey=@@secret@@;EndpointSuffix=core.windows.net"
  }
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("csharp/azure-service-bus-key", "branch-tools/PosSync/Messaging/Bus.cs", "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-get-started-with-queues", """
using Azure.Messaging.ServiceBus;

namespace TsaaTinapay.PosSync.Messaging
{
    public static class Bus
    {
        // queue ng transactions mula branch papuntang HQ
        private const string Conn = "Endpoint=sb://tt-possync.servicebus.windows.net/;SharedAccessKeyName=branch-send;SharedAccessKey=@@secret@@";

        public static ServiceBusSender Sender() =>
            new ServiceBusClient(Conn).CreateSender("transactions");
    }
}
""", fakes.drawn(_seed(), 43, ALNUM + "+/") + "=")

add("xml/sqlserver-password", "legacy/payroll/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Payroll"
         connectionString="Data Source=10.20.2.30;Initial Catalog=TTPayroll;User ID=payroll_web;Password=@@secret@@"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="CutoffDays" value="15,30" />
    <add key="Company" value="Tsaa't Tinapay Food Corp." />
  </appSettings>
  <system.web><compilation targetFramework="4.8" /></system.web>
</configuration>
""", words_pw())

add("ini/odbc-password", "finance/odbc/odbc.ini", "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/connection-string-keywords-and-data-source-names-dsns", """
[TTPayroll]
Driver = ODBC Driver 18 for SQL Server
Server = 10.20.2.30,1433
Database = TTPayroll
UID = finance_ro
PWD = @@secret@@
TrustServerCertificate = yes
""", words_pw())

add("sql/foreign-server-password", "db/migrations/0051_fdw_payroll.sql", "https://www.postgresql.org/docs/current/postgres-fdw.html", """
-- Para ma-join ang labor cost (payroll) sa sales per branch
CREATE EXTENSION IF NOT EXISTS tds_fdw;
CREATE SERVER payroll_mssql FOREIGN DATA WRAPPER tds_fdw
  OPTIONS (servername '10.20.2.30', port '1433', database 'TTPayroll');
CREATE USER MAPPING FOR metabase_ro SERVER payroll_mssql
  OPTIONS (username 'finance_ro', password '@@secret@@');
IMPORT FOREIGN SCHEMA dbo LIMIT TO (labor_cost_daily) FROM SERVER payroll_mssql INTO payroll;
""", words_pw())

add("yaml/esphome-api-key", "commissary/esphome/chiller-sensor-03.yaml", "https://esphome.io/components/api.html#configuration-variables", """
esphome:
  name: chiller-sensor-03
esp32:
  board: esp32dev
wifi:
  ssid: TT-Commissary-IoT
  password: !secret commissary_iot_wifi
api:
  encryption:
    key: "@@secret@@"
ota:
  - platform: esphome
    password: !secret esphome_ota
sensor:
  - platform: dallas_temp
    name: "Walk-in chiller 3 temp"
    update_interval: 30s
""", b64(fakes.drawn(_seed(), 32)))

add("csv/kiosk-device-token", "ops/provisioning/kiosks-batch-2024-07.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
kiosk_id,branch,serial,mac,device_token,provisioned_by
KSK-CEB-ITPARK-01,CEB-IT-PARK,R9XN40A1QZ,3c:a3:08:11:52:9e,@@secret@@,jomar
KSK-CEB-ITPARK-02,CEB-IT-PARK,R9XN40A1R3,3c:a3:08:11:52:a1,,pending
KSK-DVO-LANANG-01,DVO-LANANG,R9XN40A1T8,3c:a3:08:11:53:07,,pending
KSK-DVO-LANANG-02,DVO-LANANG,R9XN40A1T9,3c:a3:08:11:53:0b,,pending
""", "ttk_" + fakes.drawn_mixed(_seed(), 40))

add("swift/rewards-hmac-secret", "ios-loyalty/TsaaTinapay/Services/QRSigner.swift", "https://developer.apple.com/documentation/cryptokit/hmac", """
import CryptoKit
import Foundation

// QR sa app na isi-scan ng POS para sa points
enum QRSigner {
    private static let secret = SymmetricKey(data: Data("@@secret@@".utf8))

    static func payload(memberId: String, at date: Date = Date()) -> String {
        let msg = "\\(memberId).\\(Int(date.timeIntervalSince1970))"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(msg.utf8), using: secret)
        return msg + "." + Data(mac).base64EncodedString()
    }
}
""", rand_pw(40))

add("php/mysql-password", "blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
// ** Blog: "Kwentong Tsaa" ** //
define( 'DB_NAME', 'tt_blog' );
define( 'DB_USER', 'tt_blog' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'WP_DEBUG', false );
$table_prefix = 'wp_';

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

# ---------------------------------------------------------------------------------------------
# Decoys: what a careful reviewer lets through
# ---------------------------------------------------------------------------------------------

add("k8s/decoy-configmap", "deploy/k8s/kiosk-api/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: kiosk-api-config
  namespace: kiosk
data:
  ORDER_TTL_SECONDS: "900"
  QUEUE_PREFIX: tt-kiosk
  REDIS_HOST: redis-prod.tsaatinapay.internal
  REDIS_PASSWORD_FILE: /var/run/secrets/redis/password
  DEFAULT_LANGUAGE: fil
  CURRENCY: PHP
""")

add("env/decoy-empty-values", "kiosk-api/.env.test", "https://github.com/motdotla/dotenv#usage", """
# test env -- walang totoong credentials dito
PORT=3001
NODE_ENV=test
REDIS_URL=redis://localhost:6379/15
KIOSK_JWT_SECRET=
PAYMONGO_SECRET_KEY=
SEMAPHORE_API_KEY=
""")

add("terraform/decoy-generated-password", "infra/terraform/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", """
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "kiosk" {
  replication_group_id       = "tt-kiosk-redis"
  description                = "kiosk order queue"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = random_password.redis_auth.result
}
""")

add("python/decoy-generated-secret", "ops/tools/make_device_token.py", "https://docs.python.org/3/library/secrets.html", """
\"\"\"Gumawa ng bagong device token para sa kiosk (ipapasok sa MDM, hindi sa repo).\"\"\"
import secrets
import sys

PREFIX = "ttk_"


def new_token() -> str:
    return PREFIX + secrets.token_urlsafe(30)[:40]


if __name__ == "__main__":
    kiosk = sys.argv[1]
    print(f"{kiosk}: {new_token()}")
    print("I-paste sa Intune > Devices > App config. Huwag i-save sa CSV.")
""")

add("markdown/decoy-password-policy", "docs/security/password-policy-fil.md", "https://pages.nist.gov/800-63-3/sp800-63b.html", """
# Patakaran sa password (lahat ng staff)

- Hindi bababa sa 12 characters; mas mabuti ang passphrase.
- **Bawal** ang mga halatang password gaya ng `password123`, `tsaatinapay2024`, `Welcome1!`.
- Huwag isulat sa sticky note sa POS o sa likod ng tablet.
- Gamitin ang 1Password (HQ) o ang Bitwarden (franchise) para sa shared logins.
- Kapag may hinala na na-leak, i-report agad sa #it-helpdesk.

Halimbawa ng magandang passphrase (huwag gamitin ito mismo): `kalabaw-ensaymada-bulkan-tala`.
""")

add("csv/decoy-ids", "exports/orders/kiosk-orders-2024-06-18.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
order_id,kiosk_id,branch,created_at,items,total_php,payment_ref
@@u1@@,KSK-QC-TIMOG-01,QC-TIMOG,2024-06-18T10:02:11+08:00,2,290.00,pi_@@p1@@
@@u2@@,KSK-QC-TIMOG-02,QC-TIMOG,2024-06-18T10:04:40+08:00,1,145.00,pi_@@p2@@
@@u3@@,KSK-QC-TIMOG-01,QC-TIMOG,2024-06-18T10:09:02+08:00,4,560.00,pi_@@p3@@
@@u4@@,KSK-MKT-LEGASPI-01,MKT-LEGASPI,2024-06-18T10:11:57+08:00,3,415.00,pi_@@p4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), p1=fakes.drawn(_seed(), 24), p2=fakes.drawn(_seed(), 24),
    p3=fakes.drawn(_seed(), 24), p4=fakes.drawn(_seed(), 24))

add("csv/decoy-hash", "exports/loyalty/members-hashed-2024-Q2.csv", "https://www.privacy.gov.ph/data-privacy-act/", """
member_hash,tier,points,last_visit_branch,last_visit
@@h1@@,ginto,1840,QC-TIMOG,2024-06-14
@@h2@@,pilak,620,CEB-IT-PARK,2024-06-11
@@h3@@,tanso,95,DVO-LANANG,2024-05-30
@@h4@@,ginto,2210,MKT-LEGASPI,2024-06-15
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("json/decoy-ids", "exports/gcash/refunds-2024-06.json", "https://developers.paymongo.com/reference/refund-object", """
{
  "month": "2024-06",
  "refunds": [
    {"id": "ref_@@a@@", "payment_id": "pay_@@b@@", "amount": 14500, "reason": "duplicate", "branch": "QC-TIMOG"},
    {"id": "ref_@@c@@", "payment_id": "pay_@@d@@", "amount": 8900, "reason": "requested_by_customer", "branch": "MNL-ERMITA"}
  ],
  "generated_by": "finance-bot"
}
""", a=fakes.drawn(_seed(), 24), b=fakes.drawn(_seed(), 24), c=fakes.drawn(_seed(), 24), d=fakes.drawn(_seed(), 24))

add("log/decoy-trace-ids", "logs/kiosk-api/access-2024-06-18.log", "https://www.w3.org/TR/trace-context/", """
10.41.1.31 - - [18/Jun/2024:10:02:11 +0800] "POST /v2/orders HTTP/1.1" 201 412 traceparent=00-@@t1@@-@@s1@@-01
10.41.1.31 - - [18/Jun/2024:10:02:12 +0800] "GET /v2/orders/@@o1@@ HTTP/1.1" 200 988 traceparent=00-@@t2@@-@@s2@@-01
10.41.1.32 - - [18/Jun/2024:10:04:40 +0800] "POST /v2/orders HTTP/1.1" 201 377 traceparent=00-@@t3@@-@@s3@@-01
10.41.2.31 - - [18/Jun/2024:10:11:57 +0800] "POST /v2/payments/intent HTTP/1.1" 200 211 traceparent=00-@@t4@@-@@s4@@-01
10.41.2.31 - - [18/Jun/2024:10:12:30 +0800] "GET /healthz HTTP/1.1" 200 2
""", t1=hexs(32), s1=hexs(16), t2=hexs(32), s2=hexs(16), t3=hexs(32), s3=hexs(16), t4=hexs(32), s4=hexs(16), o1=uuid_s())

add("sql/decoy-checksum", "db/migrations/0047_menu_images.sql", "https://www.postgresql.org/docs/current/functions-binarystring.html", """
-- Menu board images: checksum para malaman kung kailangan i-refresh ang TV sa branch
ALTER TABLE menu_items ADD COLUMN image_md5 CHAR(32);
UPDATE menu_items SET image_md5 = '@@m1@@' WHERE sku = 'MT-WINTERMELON-L';
UPDATE menu_items SET image_md5 = '@@m2@@' WHERE sku = 'MT-OKINAWA-L';
UPDATE menu_items SET image_md5 = '@@m3@@' WHERE sku = 'BKR-UBE-ENS';
UPDATE menu_items SET image_md5 = '@@m4@@' WHERE sku = 'BKR-PANDESAL-10';
""", m1=hexs(32), m2=hexs(32), m3=hexs(32), m4=hexs(32))

add("json/decoy-public-config", "pos-android/app/google-services.json", "https://firebase.google.com/docs/android/setup#add-config-file", """
{
  "project_info": {
    "project_number": "418273645190",
    "project_id": "tsaatinapay-rewards",
    "storage_bucket": "tsaatinapay-rewards.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:418273645190:android:@@app@@",
        "android_client_info": {"package_name": "ph.tsaatinapay.pos"}
      },
      "api_key": [{"current_key": "@@k@@"}]
    }
  ],
  "configuration_version": "1"
}
""", app=hexs(22), k=google_key())

add("html/decoy-site-key", "website/resources/views/franchise-inquiry.blade.php", "https://developers.google.com/recaptcha/docs/display", """
@extends('layouts.app')

@section('content')
<h1>Mag-franchise ng Tsaa't Tinapay</h1>
<form method="POST" action="/franchise">
  @csrf
  <input name="name" placeholder="Pangalan" required>
  <input name="city" placeholder="Lungsod" required>
  <input name="email" type="email" placeholder="Email" required>
  <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
  <button type="submit">Ipadala</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
@endsection
""", k=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("html/decoy-analytics-id", "website/resources/views/layouts/analytics.blade.php", "https://developers.google.com/tag-platform/gtagjs/install", """
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@ga@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@ga@@');
</script>
<!-- Meta Pixel -->
<script>fbq('init', '@@px@@'); fbq('track', 'PageView');</script>
""", ga=fakes.drawn(_seed(), 10, string.ascii_uppercase + string.digits), px=fakes.drawn(_seed(), 16, string.digits))

add("markdown/decoy-commit-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.14.1] - 2024-06-12
### Fixed
- Doble ang charge kapag nag-timeout ang GCash redirect (@@c1@@)
- Maling VAT sa senior citizen discount (@@c2@@)

## [2.14.0] - 2024-05-30
### Added
- Maya QR sa kiosk (@@c3@@)
- Bagong "Pasalubong box" bundle SKU (@@c4@@)
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))

add("k8s/decoy-image-digest", "deploy/k8s/queue-display/deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: queue-display
  namespace: kiosk
spec:
  replicas: 2
  selector:
    matchLabels: {app: queue-display}
  template:
    metadata:
      labels: {app: queue-display}
    spec:
      containers:
        - name: app
          image: registry.tsaatinapay.ph/queue-display@sha256:@@d@@
          envFrom:
            - secretRef: {name: queue-display-redis}
""", d=hexs(64))

add("yaml/decoy-existing-secret", "deploy/helm/kiosk-api/values-prod.yaml", "https://github.com/bitnami/charts/tree/main/bitnami/redis#parameters", """
replicaCount: 4
image:
  repository: registry.tsaatinapay.ph/kiosk-api
  tag: "3.2.0"
redis:
  auth:
    enabled: true
    existingSecret: kiosk-redis-auth
    existingSecretPasswordKey: REDIS_PASSWORD
jwt:
  existingSecret: kiosk-jwt
  key: secret
""")

add("ansible/decoy-vault-lookup", "infra/ansible/roles/datadog/defaults/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/hashi_vault/hashi_vault_lookup.html", """
---
datadog_site: datadoghq.com
datadog_api_key: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ops/datadog:api_key') }}"
datadog_tags:
  - "branch:{{ branch_code }}"
  - env:prod
datadog_logs_enabled: true
""")

add("terraform/decoy-secret-manager", "infra/terraform/app_secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "paymongo" {
  secret_id = "prod/pos-backend/paymongo"
}

locals {
  paymongo = jsondecode(data.aws_secretsmanager_secret_version.paymongo.secret_string)
}

resource "aws_ssm_parameter" "paymongo_public" {
  name  = "/pos-backend/paymongo/public_key"
  type  = "String"
  value = local.paymongo["public_key"]
}
""")

add("python/decoy-secret-manager", "pos_backend/secrets.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/secretsmanager/client/get_secret_value.html", """
import functools
import json

import boto3

_sm = boto3.client("secretsmanager", region_name="ap-southeast-1")


@functools.lru_cache(maxsize=None)
def secret(name: str) -> dict:
    \"\"\"Kunin ang secret mula sa AWS Secrets Manager (cached habang buhay ang process).\"\"\"
    value = _sm.get_secret_value(SecretId=f"prod/pos-backend/{name}")["SecretString"]
    return json.loads(value)


def paymongo_secret_key() -> str:
    return secret("paymongo")["secret_key"]
""")

add("csharp/decoy-key-vault", "branch-tools/PosSync/Secrets.cs", "https://learn.microsoft.com/en-us/dotnet/api/overview/azure/security.keyvault.secrets-readme", """
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace TsaaTinapay.PosSync
{
    public static class Secrets
    {
        private static readonly SecretClient Client =
            new SecretClient(new System.Uri("https://kv-tt-branch.vault.azure.net/"), new DefaultAzureCredential());

        public static string HqToken() => Client.GetSecret("possync-hq-token").Value.Value;

        public static string BusConnection() => Client.GetSecret("possync-servicebus").Value.Value;
    }
}
""")

add("java/decoy-env-reference", "backoffice/src/main/java/ph/tsaatinapay/backoffice/MailConfig.java", "https://docs.spring.io/spring-framework/reference/core/beans/annotation-config/value-annotations.html", """
package ph.tsaatinapay.backoffice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {
    @Value("${spring.mail.username}")
    private String username;

    @Value("${spring.mail.password}")
    private String password;

    @Value("${tt.reports.recipients:finance@tsaatinapay.ph}")
    private String recipients;

    public String recipients() { return recipients; }
}
""")

add("php/decoy-env-reference", "website/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'semaphore' => [
        'apikey' => env('SEMAPHORE_API_KEY'),
        'sender' => env('SEMAPHORE_SENDER', 'TSAATINAPAY'),
    ],
    'xendit' => [
        'secret_key' => env('XENDIT_SECRET_KEY'),
        'callback_token' => env('XENDIT_CALLBACK_TOKEN'),
    ],
    'mailchimp' => [
        'key' => env('MAILCHIMP_KEY'),
        'server' => 'us21',
    ],
];
""")

add("ruby/decoy-credentials-reference", "intl-shop/config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# frozen_string_literal: true

Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret)
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.max_network_retries = 2
""")

add("go/decoy-env-reference", "services/order-mailer/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type config struct {
	SMTPHost string
	SMTPUser string
	SMTPPass string
}

func loadConfig() config {
	c := config{SMTPHost: os.Getenv("SMTP_HOST"), SMTPUser: os.Getenv("SMTP_USER"), SMTPPass: os.Getenv("SMTP_PASS")}
	if c.SMTPPass == "" {
		log.Fatal("SMTP_PASS is not set (kunin sa Secret Manager)")
	}
	return c
}
""")

add("swift/decoy-keychain", "ios-loyalty/TsaaTinapay/Services/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

// Ang session token ng member ay nasa Keychain, hindi sa UserDefaults
enum TokenStore {
    private static let service = "ph.tsaatinapay.rewards.session"

    static func save(_ token: String) {
        let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,
                                    kSecAttrService as String: service,
                                    kSecValueData as String: Data(token.utf8)]
        SecItemDelete(query as CFDictionary)
        SecItemAdd(query as CFDictionary, nil)
    }
}
""")

add("shell/decoy-secret-manager", "ops/bin/rotate-semaphore-key.sh", "https://developer.1password.com/docs/cli/reference/commands/read/", """
#!/usr/bin/env bash
# I-rotate ang Semaphore key: kunin ang bago sa 1Password, i-update ang GCP Secret Manager
set -euo pipefail
NEW_KEY=$(op read "op://IT-Ops/Semaphore API/credential")
printf '%s' "$NEW_KEY" | gcloud secrets versions add semaphore-api-key --data-file=-
gcloud run services update rewards --region asia-southeast1 \\
  --update-secrets=SEMAPHORE_API_KEY=semaphore-api-key:latest
echo "done -- i-disable ang lumang key sa Semaphore dashboard"
""")

add("powershell/decoy-secret-management", "ops/intune/Get-BranchWifiKey.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Kunin ang Wi-Fi PSK mula sa SecretStore (hindi naka-hardcode)
param([string]$Branch)
Import-Module Microsoft.PowerShell.SecretManagement

$psk = Get-Secret -Name "wifi-staff-$Branch" -Vault "TT-IT" -AsPlainText
if (-not $psk) {
    Write-Error "Walang Wi-Fi secret para sa $Branch"
    exit 1
}
& "$PSScriptRoot\\Set-BranchWifi.ps1" -Psk $psk
""")

add("dockerfile/decoy-build-arg", "services/settlement/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim
ARG PIP_INDEX_URL
ARG APP_VERSION=dev
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV APP_VERSION=${APP_VERSION} TZ=Asia/Manila
USER 10001
CMD ["python", "-m", "settlement"]
""")

add("compose/decoy-file-secret", "services/settlement/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  settlement:
    build: .
    environment:
      MAYA_SECRET_KEY_FILE: /run/secrets/maya_secret_key
      BANK_SFTP_PASSWORD_FILE: /run/secrets/bank_sftp_password
    secrets: [maya_secret_key, bank_sftp_password]
secrets:
  maya_secret_key:
    file: ./secrets/maya_secret_key.txt
  bank_sftp_password:
    file: ./secrets/bank_sftp_password.txt
""")

add("yaml/decoy-empty-password", "services/settlement/config/local.yaml", "https://yaml.org/spec/1.2.2/", """
# local dev -- sandbox lahat
maya:
  base_url: https://pg-sandbox.paymaya.com
  public_key: ""
  secret_key: ""
bank:
  sftp_host: localhost
  sftp_user: test
  sftp_password: null
schedule: "@every 1m"
""")

add("json/decoy-schema", "pos-backend/config/payments.schema.json", "https://json-schema.org/understanding-json-schema/reference/string#regexp", """
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "payments config",
  "type": "object",
  "properties": {
    "paymongo": {
      "type": "object",
      "properties": {
        "public_key": {"type": "string", "pattern": "^pk_(live|test)_[A-Za-z0-9]{24}$"},
        "secret_key": {"type": "string", "pattern": "^sk_(live|test)_[A-Za-z0-9]{24}$"},
        "webhook_secret": {"type": "string", "pattern": "^whsk_[A-Za-z0-9]{32}$"}
      },
      "required": ["public_key", "secret_key"]
    }
  }
}
""")

add("markdown/decoy-revoked-truncated", "docs/incidents/2024-04-paymongo-key-rotation.md", "https://developers.paymongo.com/docs/authentication", """
# Incident: na-rotate ang PayMongo key (Abril 2024)

**Ano ang nangyari:** Na-paste ang live secret key sa isang public Facebook group screenshot
(kita ang huling 4 na character: `sk_live_...7Qa1`).

**Ginawa:**
1. Ni-roll ang key sa PayMongo Dashboard (10:42 AM). Ang lumang key ay **revoked** na.
2. In-update ang `prod/pos-backend/paymongo` sa Secrets Manager.
3. Na-redeploy ang pos-backend (v2.13.4).

**Aral:** Walang screenshot ng dashboard sa labas ng IT channel.
""")

add("xml/decoy-env-reference", "legacy/hq-inventory/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>tt-nexus</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>tt-nexus</id>
      <url>https://nexus.tsaatinapay.ph/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
""")

add("properties/decoy-encrypted", "backoffice/src/main/resources/application-staging.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
spring.application.name=backoffice
spring.datasource.url=jdbc:postgresql://10.20.1.16:5432/tt_backoffice_staging
spring.datasource.username=backoffice
# encrypted with jasypt (key is in JASYPT_ENCRYPTOR_PASSWORD on the host)
spring.datasource.password=ENC(@@e1@@)
spring.mail.host=smtp.zoho.com
spring.mail.password=ENC(@@e2@@)
""", e1=fakes.drawn(_seed(), 64, ALNUM + "+/") + "==", e2=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=")

add("csv/decoy-barcodes", "exports/menu/sku-barcodes.csv", "https://www.gs1.org/standards/barcodes/ean-upc", """
sku,name,name_fil,ean13,price_php
MT-WINTERMELON-L,Wintermelon Milk Tea (L),Wintermelon Gatas na Tsaa (L),4800123450017,145.00
MT-OKINAWA-L,Okinawa Milk Tea (L),Okinawa Gatas na Tsaa (L),4800123450024,150.00
MT-UBE-L,Ube Taro Milk Tea (L),Ube Taro (L),4800123450031,155.00
BKR-UBE-ENS,Ube Ensaymada,Ensaymadang Ube,4800123450048,65.00
BKR-PANDESAL-10,Pandesal (10 pcs),Pandesal (10 piraso),4800123450055,50.00
""")

add("yaml/decoy-hashed-pin", "pos-android/app/src/main/assets/manager-overrides.yaml", "https://www.rfc-editor.org/rfc/rfc9106", """
# Manager override PINs (void, discount) -- argon2id hashes lang, hindi ang PIN
overrides:
  - role: branch_manager
    pin_hash: "$argon2id$v=19$m=65536,t=3,p=4$@@s1@@$@@h1@@"
  - role: area_manager
    pin_hash: "$argon2id$v=19$m=65536,t=3,p=4$@@s2@@$@@h2@@"
max_attempts: 5
lockout_minutes: 15
""", s1=fakes.drawn(_seed(), 22, ALNUM + "+/"), h1=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    s2=fakes.drawn(_seed(), 22, ALNUM + "+/"), h2=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("markdown/decoy-certificate", "docs/security/kiosk-mtls.md", "https://www.rfc-editor.org/rfc/rfc7468", """
# Kiosk mTLS

Ang mga kiosk ay kumokonekta sa `api.tsaatinapay.ph` gamit ang client certificate na
ini-issue ng internal CA. Ito ang **CA certificate** (public) na ilalagay sa trust store:

```
@@cert@@
```

Ang private key ng bawat kiosk ay ginagawa sa device mismo (Android Keystore) at hindi lumalabas.
""", cert=cert_pem())

add("notebook/decoy-uuid-output", "analytics/notebooks/kiosk_adoption.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["sample order ids: ['@@u1@@', '@@u2@@']\\n", "kiosk share of orders (QC-TIMOG): 41.7%\\n"]
    }
   ],
   "source": ["print('sample order ids:', df.order_id.head(2).tolist())\\n", "print(f'kiosk share of orders (QC-TIMOG): {share:.1%}')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", u1=uuid_s(), u2=uuid_s())

add("toml/decoy-env-reference", "services/kds-relay/Config.toml", "https://docs.rs/config/latest/config/", """
[mqtt]
url = "mqtt://10.30.0.5:1883"
username = "kds-relay"
password_env = "KDS_MQTT_PASSWORD"

[display]
branch = "QC-TIMOG"
columns = 4
bump_after_seconds = 600
""")

# ---------------------------------------------------------------------------------------------
# A few more secrets
# ---------------------------------------------------------------------------------------------

add("kotlin/android-keystore-password", "pos-android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#sign-your-app", """
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "ph.tsaatinapay.pos"
    compileSdk = 34
    defaultConfig {
        applicationId = "ph.tsaatinapay.pos"
        minSdk = 26
        versionCode = 214
        versionName = "2.14.1"
    }
    signingConfigs {
        create("release") {
            storeFile = file("../keys/tt-pos-release.jks")
            storePassword = "@@secret@@"
            keyAlias = "tt-pos"
            keyPassword = "@@secret@@"
        }
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
        }
    }
}
""", words_pw())

add("toml/pypi-token", "tools/tt-pos-sdk/ci/poetry-auth.toml", "https://python-poetry.org/docs/repositories/#configuring-credentials", """
# kinopya mula ~/.config/pypoetry/auth.toml ng release laptop -- para sa CI
[pypi-token]
pypi = "@@secret@@"

[http-basic.internal]
username = "ci"
""", fakes.pypi_token(_seed()))

_ak, _sk = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("markdown/aws-secret-access-key", "docs/onboarding/interns-analytics.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# Onboarding: analytics interns (Summer 2024)

Maligayang pagdating! Para ma-access ang raw sales data sa S3:

```bash
export AWS_ACCESS_KEY_ID=@@ak@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-southeast-1
aws s3 ls s3://tt-analytics-raw/receipts/
```

Read-only ang user na ito (`intern-readonly`). Tanungin si Ate Cha kung may problema.
Pagkatapos ng internship, ide-delete namin ang user.
""", _sk, ak=_ak)

# @@CASES-END@@
