"""Blind set IS: a Vietnamese wedding planner and the venues it books (Tơ Hồng Wedding & Events).

Booking site and CRM code, payment gateways (VNPay, MoMo, ZaloPay, Stripe, PayPal), Zalo and SMS
vendors, venue devices (cameras, routers, NAS, LED walls), CI, containers, runbooks and exports,
about a third written in Vietnamese, and their decoys. Generated fakes only (seeds 3780000-3789999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3780000, 3789999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Sen", "Mai", "Dao", "Lua", "Hong", "Ngoc", "Phuong", "Bien", "Trang", "Thuy", "Lan", "Cuc",
         "Tuyet", "Nang", "Gio", "Suong", "Vang", "Bac", "Hoa", "Anh"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice(WORDS).lower() + r.choice("!#$@*.") + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def hexs(n: int, alphabet: str = HEX) -> str:
    return fakes.drawn(_seed(), n, alphabet)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


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


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed()).replace("+", "-")


def zalo_token() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + "-_") for _ in range(160))


def jwt_like() -> str:
    head = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(('{"sub":"' + uuid_s() + '","role":"service_role","iat":1719800000}').encode()).decode().rstrip("=")
    return head + "." + body + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----"


def sha256ish() -> str:
    return hexs(64)


def bcrypt_hash() -> str:
    return "$2b$12$" + fakes.drawn(_seed(), 53, ALNUM + "./")


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
    CASES.append(LabelledCase(f"blind-is/{category}", file_name, text, secret, source))


# --- payment gateways -------------------------------------------------------------------------

add("python/vnpay-hash-secret", "booking/payments/vnpay.py", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
\"\"\"Tạo URL thanh toán VNPay cho tiền cọc tiệc cưới.\"\"\"
import hashlib
import hmac
import urllib.parse
from datetime import datetime

VNP_TMN_CODE = "TOHONG01"
VNP_HASH_SECRET = "@@secret@@"
VNP_URL = "https://pay.vnpay.vn/vpcpay.html"
VNP_RETURN_URL = "https://tohong-wedding.vn/thanh-toan/ket-qua"


def deposit_url(booking_id: str, amount_vnd: int, client_ip: str) -> str:
    params = {
        "vnp_Version": "2.1.0",
        "vnp_Command": "pay",
        "vnp_TmnCode": VNP_TMN_CODE,
        "vnp_Amount": str(amount_vnd * 100),
        "vnp_CurrCode": "VND",
        "vnp_TxnRef": booking_id,
        "vnp_OrderInfo": f"Dat coc tiec cuoi {booking_id}",
        "vnp_OrderType": "other",
        "vnp_Locale": "vn",
        "vnp_ReturnUrl": VNP_RETURN_URL,
        "vnp_IpAddr": client_ip,
        "vnp_CreateDate": datetime.now().strftime("%Y%m%d%H%M%S"),
    }
    query = urllib.parse.urlencode(sorted(params.items()))
    digest = hmac.new(VNP_HASH_SECRET.encode(), query.encode(), hashlib.sha512).hexdigest()
    return f"{VNP_URL}?{query}&vnp_SecureHash={digest}"
""", hexs(32, string.ascii_uppercase))

add("env/momo-secret-key", "deploy/.env.production", "https://developers.momo.vn/v3/docs/payment/api/wallet/onetime", """
# Tơ Hồng Wedding - production
APP_ENV=production
APP_URL=https://tohong-wedding.vn
DB_HOST=10.20.1.15
DB_NAME=tohong_booking
DB_USER=tohong_app

# MoMo (cổng thanh toán ví)
MOMO_PARTNER_CODE=MOMOTOHO2023
MOMO_ACCESS_KEY=@@access@@
MOMO_SECRET_KEY=@@secret@@
MOMO_ENDPOINT=https://payment.momo.vn/v2/gateway/api/create
MOMO_IPN_URL=https://tohong-wedding.vn/api/momo/ipn
""", fakes.drawn_mixed(_seed(), 32), access=fakes.drawn_mixed(_seed(), 16))

add("php/zalopay-key", "venue-portal/config/zalopay.php", "https://docs.zalopay.vn/v2/general/overview.html", """
<?php
// Cấu hình ZaloPay cho cổng đặt sảnh (venue portal)
return [
    'app_id'    => 2553,
    'key1'      => '@@secret@@',
    'key2'      => '@@key2@@',
    'endpoint'  => 'https://openapi.zalopay.vn/v2/create',
    'callback'  => 'https://venues.tohong-wedding.vn/zalopay/callback',
    'currency'  => 'VND',
    'timeout'   => 15,
];
""", fakes.drawn_mixed(_seed(), 32), key2=fakes.drawn_mixed(_seed(), 32))

add("typescript/stripe-secret-key", "web/src/server/stripe.ts", "https://docs.stripe.com/keys", """
import Stripe from "stripe";

// Overseas couples (destination weddings in Hội An / Phú Quốc) pay in USD through Stripe.
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "tohong-wedding-web", version: "3.4.1" },
});

export async function createDepositSession(bookingId: string, amountUsd: number) {
  return stripe.checkout.sessions.create({
    mode: "payment",
    line_items: [{
      price_data: { currency: "usd", unit_amount: Math.round(amountUsd * 100),
        product_data: { name: `Wedding deposit ${bookingId}` } },
      quantity: 1,
    }],
    success_url: "https://tohong-wedding.vn/en/booking/success?session={CHECKOUT_SESSION_ID}",
    cancel_url: "https://tohong-wedding.vn/en/booking/cancel",
    metadata: { bookingId },
  });
}
""", stripe_key())

add("typescript/decoy-publishable-key", "web/src/lib/stripe-client.ts", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle (Stripe docs).
const PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "auto" });

export function formatUsd(cents: number): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(cents / 100);
}
""", pk=stripe_key("pk_live_"))

add("yaml/paypal-client-secret", "config/payments.yml", "https://developer.paypal.com/api/rest/authentication/", """
# Payment providers for the booking service
default_currency: VND
providers:
  vnpay:
    tmn_code: TOHONG01
    hash_secret: ${VNPAY_HASH_SECRET}
  paypal:
    mode: live
    client_id: @@cid@@
    client_secret: @@secret@@
    webhook_id: 4JH86294D6297924G
  momo:
    partner_code: MOMOTOHO2023
    secret_key: ${MOMO_SECRET_KEY}
""", fakes.drawn(_seed(), 80, ALNUM + "-_"), cid="A" + fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("env/decoy-env-reference", "deploy/.env.example", "https://12factor.net/config", """
# Copy to .env and fill from 1Password vault "Tơ Hồng – Production"
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_PASSWORD=
VNPAY_TMN_CODE=TOHONG01
VNPAY_HASH_SECRET=<lấy trong 1Password>
MOMO_PARTNER_CODE=MOMOTOHO2023
MOMO_ACCESS_KEY=your-momo-access-key
MOMO_SECRET_KEY=your-momo-secret-key
ZALOPAY_KEY1=changeme
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
ZALO_OA_ACCESS_TOKEN=
""")

add("java/vnpay-hash-secret", "venue-portal/src/main/java/vn/tohong/pay/VnpayConfig.java", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
package vn.tohong.pay;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

public final class VnpayConfig {
    public static final String TMN_CODE = "TOHONGVP";
    public static final String PAY_URL = "https://pay.vnpay.vn/vpcpay.html";
    // TODO: chuyển sang Vault trước khi go-live sảnh Riverside
    private static final String HASH_SECRET = "@@secret@@";

    private VnpayConfig() {}

    public static String hmacSHA512(String data) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(HASH_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        byte[] raw = mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(2 * raw.length);
        for (byte b : raw) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }
}
""", hexs(32, string.ascii_uppercase))

add("json/decoy-payment-ids", "fixtures/vnpay_return_sample.json", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
{
  "vnp_Amount": "1500000000",
  "vnp_BankCode": "NCB",
  "vnp_BankTranNo": "VNP14226112",
  "vnp_CardType": "ATM",
  "vnp_OrderInfo": "Dat coc tiec cuoi BK-2024-0612",
  "vnp_PayDate": "20240612153012",
  "vnp_ResponseCode": "00",
  "vnp_TmnCode": "TOHONG01",
  "vnp_TransactionNo": "14226112",
  "vnp_TransactionStatus": "00",
  "vnp_TxnRef": "BK-2024-0612",
  "vnp_SecureHash": "@@h@@"
}
""", h=hexs(128))

add("csharp/momo-secret-key", "Tohong.Crm/Services/MomoClient.cs", "https://developers.momo.vn/v3/docs/payment/api/wallet/onetime", """
using System.Security.Cryptography;
using System.Text;

namespace Tohong.Crm.Services;

public class MomoClient
{
    private const string PartnerCode = "MOMOTOHO2023";
    private const string AccessKey = "@@access@@";
    private readonly string _secretKey = "@@secret@@";
    private readonly HttpClient _http;

    public MomoClient(HttpClient http) => _http = http;

    public string Sign(string rawData)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secretKey));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(rawData));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    public string RawSignature(string orderId, long amount, string requestId) =>
        $"accessKey={AccessKey}&amount={amount}&extraData=&ipnUrl=https://crm.tohong-wedding.vn/momo/ipn" +
        $"&orderId={orderId}&orderInfo=Coc tiec cuoi&partnerCode={PartnerCode}" +
        $"&redirectUrl=https://crm.tohong-wedding.vn/momo/return&requestId={requestId}&requestType=captureWallet";
}
""", fakes.drawn_mixed(_seed(), 32), access=fakes.drawn_mixed(_seed(), 16))

add("go/stripe-restricted-key", "services/invoicer/main.go", "https://docs.stripe.com/keys#limit-access", """
package main

import (
	"log"
	"os"

	"github.com/stripe/stripe-go/v78"
	"github.com/stripe/stripe-go/v78/invoice"
)

// restricted key: invoices read/write only (set up by Khoa, 03/2024)
const stripeKey = "@@secret@@"

func main() {
	stripe.Key = stripeKey
	params := &stripe.InvoiceListParams{Status: stripe.String("open")}
	it := invoice.List(params)
	for it.Next() {
		inv := it.Invoice()
		log.Printf("open invoice %s for %s: %d", inv.ID, inv.CustomerEmail, inv.AmountDue)
	}
	if err := it.Err(); err != nil {
		log.Println(err)
		os.Exit(1)
	}
}
""", stripe_key("rk_live_"))

add("ruby/stripe-webhook-secret", "app/controllers/stripe_webhooks_controller.rb", "https://docs.stripe.com/webhooks#verify-events", """
class StripeWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token

  ENDPOINT_SECRET = "@@secret@@".freeze

  def create
    payload = request.body.read
    sig = request.env["HTTP_STRIPE_SIGNATURE"]
    event = Stripe::Webhook.construct_event(payload, sig, ENDPOINT_SECRET)
    case event.type
    when "checkout.session.completed"
      Booking.find_by!(ref: event.data.object.metadata["bookingId"]).mark_deposit_paid!
    end
    head :ok
  rescue JSON::ParserError, Stripe::SignatureVerificationError
    head :bad_request
  end
end
""", fakes.fake("whsec_", 32, _seed()))

add("markdown/decoy-test-card", "docs/payments/testing.md", "https://docs.stripe.com/testing", """
# Kiểm thử thanh toán (sandbox)

| Cổng | Thẻ / tài khoản thử | Ghi chú |
|------|---------------------|---------|
| VNPay sandbox | NCB 9704198526191432198, tên NGUYEN VAN A, OTP 123456 | thẻ thử công khai của VNPay |
| Stripe test | 4242 4242 4242 4242, CVC bất kỳ | dùng khóa `sk_test_...` trong vault |
| MoMo test | ví 0919100010, OTP 000000 | app MoMo UAT |

Khóa thật KHÔNG để trong repo: lấy bằng `vault kv get secret/tohong/payments`.

Webhook local: `stripe listen --forward-to localhost:8000/webhooks/stripe`
(CLI in ra `whsec_...` tạm thời cho máy bạn, không commit).
""")
# --- Zalo, SMS, chat ---------------------------------------------------------------------------

add("python/zalo-oa-token", "crm/notify/zalo_oa.py", "https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new", """
\"\"\"Gửi tin nhắn ZNS nhắc lịch thử váy / tổng duyệt cho cô dâu.\"\"\"
import requests

ZNS_URL = "https://business.openapi.zalo.me/message/template"
ACCESS_TOKEN = "@@secret@@"
TEMPLATE_NHAC_LICH = "298741"


def nhac_lich(phone: str, ten_co_dau: str, ngay: str, dia_diem: str) -> dict:
    resp = requests.post(
        ZNS_URL,
        headers={"access_token": ACCESS_TOKEN, "Content-Type": "application/json"},
        json={
            "phone": phone,
            "template_id": TEMPLATE_NHAC_LICH,
            "template_data": {"ten": ten_co_dau, "ngay": ngay, "dia_diem": dia_diem},
            "tracking_id": f"nhac-{phone}-{ngay}",
        },
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
""", zalo_token())

add("json/zalo-app-secret", "crm/config/zalo.json", "https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new", """
{
  "oa_id": "1839475620183746152",
  "app_id": "2947581036271849502",
  "secret_key": "@@secret@@",
  "redirect_uri": "https://crm.tohong-wedding.vn/zalo/callback",
  "refresh_interval_hours": 24,
  "templates": {
    "xac_nhan_dat_coc": "298740",
    "nhac_lich": "298741",
    "cam_on": "298755"
  }
}
""", fakes.drawn_mixed(_seed(), 20))

add("php/esms-api-secret", "venue-portal/app/Services/EsmsService.php", "https://esms.vn/eSMS.vn_TailieuAPI.pdf", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class EsmsService
{
    private string $apiKey = '@@key@@';
    private string $secretKey = '@@secret@@';
    private string $brandname = 'TOHONG';

    public function send(string $phone, string $content): array
    {
        return Http::asJson()->post('https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/', [
            'ApiKey' => $this->apiKey,
            'SecretKey' => $this->secretKey,
            'Phone' => $phone,
            'Content' => $content,
            'Brandname' => $this->brandname,
            'SmsType' => '2',
        ])->json();
    }
}
""", hexs(32, UPHEX), key=hexs(32, UPHEX))

add("shell/speedsms-token", "scripts/sms_test.sh", "https://speedsms.vn/sms-api-service/", """
#!/usr/bin/env bash
# Gửi thử 1 SMS qua SpeedSMS để kiểm tra brandname trước mùa cưới
set -euo pipefail
PHONE="${1:-84901234567}"
curl -sS -u "@@secret@@:x" \\
  -H "Content-Type: application/json" \\
  -X POST https://api.speedsms.vn/index.php/sms/send \\
  -d "{\\"to\\": [\\"${PHONE}\\"], \\"content\\": \\"To Hong Wedding: test SMS\\", \\"sms_type\\": 2, \\"sender\\": \\"TOHONG\\"}"
echo
""", fakes.drawn(_seed(), 32, ALNUM + "-_"))

add("yaml/telegram-bot-token", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#telegram_config", """
global:
  resolve_timeout: 5m

route:
  receiver: tohong-ops
  group_by: [alertname, venue]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: tohong-ops
    telegram_configs:
      - bot_token: @@secret@@
        chat_id: -1001873645291
        parse_mode: HTML
        message: |
          {{ range .Alerts }}[{{ .Labels.venue }}] {{ .Annotations.summary }}
          {{ end }}
""", fakes.telegram_token(_seed()))

add("python/telegram-bot-token", "bots/lich_su_kien_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
# Bot Telegram báo lịch sự kiện hằng ngày cho nhóm điều phối
import datetime as dt

from telegram import Update
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from tohong.schedule import events_on

app = ApplicationBuilder().token("@@secret@@").build()


async def homnay(update: Update, ctx: ContextTypes.DEFAULT_TYPE) -> None:
    today = dt.date.today()
    lines = [f"{e.start:%H:%M} {e.couple} @ {e.venue}" for e in events_on(today)]
    await update.message.reply_text("\\n".join(lines) or "Hôm nay không có tiệc.")


app.add_handler(CommandHandler("homnay", homnay))

if __name__ == "__main__":
    app.run_polling()
""", fakes.telegram_token(_seed()))

add("github-actions/slack-webhook", ".github/workflows/deploy-web.yml", "https://api.slack.com/messaging/webhooks", """
name: deploy-web
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
      - run: npx vercel deploy --prod --token "${{ secrets.VERCEL_TOKEN }}"
      - name: notify
        if: always()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\": \\"web deploy ${{ job.status }} (${{ github.sha }})\\"}" \\
            @@secret@@
""", slack_webhook())

add("github-actions/decoy-secrets-reference", ".github/workflows/deploy-api.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: deploy-api
on:
  push:
    branches: [main]
    paths: ["api/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VNPAY_HASH_SECRET: ${{ secrets.VNPAY_HASH_SECRET }}
      MOMO_SECRET_KEY: ${{ secrets.MOMO_SECRET_KEY }}
      DATABASE_URL: ${{ secrets.DATABASE_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::613894527011:role/tohong-gha-deploy
          aws-region: ap-southeast-1
      - run: ./scripts/deploy_api.sh
      - name: notify slack
        uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text": "api deployed"}'
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""")

add("javascript/slack-bot-token", "tools/slack/standup.js", "https://api.slack.com/authentication/token-types#bot", """
// Gửi danh sách tiệc tuần này vào #dieu-phoi mỗi sáng thứ Hai
const { WebClient } = require("@slack/web-api");
const { weekEvents } = require("../lib/schedule");

const slack = new WebClient("@@secret@@");

(async () => {
  const events = await weekEvents();
  const text = events
    .map((e) => `• ${e.date} ${e.couple} – ${e.venue} (${e.guests} khách)`)
    .join("\\n");
  await slack.chat.postMessage({ channel: "#dieu-phoi", text: `*Tiệc tuần này*\\n${text}` });
})();
""", slack_bot())

# --- email ------------------------------------------------------------------------------------

add("python/smtp-password", "crm/mailer/settings_mail.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#email-host-password", """
# Django email settings for the CRM (Zoho Mail, domain tohong-wedding.vn)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtppro.zoho.com"
EMAIL_PORT = 465
EMAIL_USE_SSL = True
EMAIL_HOST_USER = "booking@tohong-wedding.vn"
EMAIL_HOST_PASSWORD = "@@secret@@"
DEFAULT_FROM_EMAIL = "Tơ Hồng Wedding <booking@tohong-wedding.vn>"
SERVER_EMAIL = "noreply@tohong-wedding.vn"
ADMINS = [("Khoa Tran", "khoa@tohong-wedding.vn")]
""", words_pw())

add("env/sendgrid-api-key", "newsletter/.env", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", """
# Bản tin mùa cưới (gửi mỗi tháng)
NODE_ENV=production
SENDGRID_API_KEY=@@secret@@
SENDGRID_FROM=hello@tohong-wedding.vn
SENDGRID_LIST_ID=8f2a61c4-3d1e-4b7a-9c55-0e12ab34cd56
NEWSLETTER_TEMPLATE=d-4c8e9a7b2f1d4e6a8b0c3d5e7f9a1b2c
""", sendgrid_key())

add("ruby/mailgun-api-key", "config/initializers/mailgun.rb", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", """
# Mailgun cho email xác nhận đặt tiệc (domain mg.tohong-wedding.vn)
Rails.application.configure do
  config.action_mailer.delivery_method = :mailgun
  config.action_mailer.mailgun_settings = {
    api_key: "@@secret@@",
    domain: "mg.tohong-wedding.vn",
    api_host: "api.mailgun.net",
  }
  config.action_mailer.default_url_options = { host: "tohong-wedding.vn", protocol: "https" }
end
""", mailgun_key())

add("ini/smtp-password", "legacy/wp-mail-smtp.ini", "https://wpmailsmtp.com/docs/how-to-set-up-the-other-smtp-mailer-in-wp-mail-smtp/", """
; WP Mail SMTP export - blog.tohong-wedding.vn (WordPress cũ)
[mail]
from_email = blog@tohong-wedding.vn
from_name = "Tơ Hồng Blog"
mailer = smtp

[smtp]
host = smtp.gmail.com
port = 587
encryption = tls
auth = yes
user = blog.tohong@gmail.com
pass = @@secret@@
""", "".join(random.Random(_seed()).choice(string.ascii_lowercase) for _ in range(16)))

add("yaml/decoy-smtp-env-reference", "helm/crm/values.yaml", "https://helm.sh/docs/chart_best_practices/values/", """
replicaCount: 2
image:
  repository: registry.tohong-wedding.vn/crm
  tag: "2.14.0"
env:
  EMAIL_HOST: smtppro.zoho.com
  EMAIL_HOST_USER: booking@tohong-wedding.vn
envFrom:
  - secretRef:
      name: crm-secrets   # EMAIL_HOST_PASSWORD, DATABASE_URL, ZALO_* (sealed-secrets)
ingress:
  enabled: true
  host: crm.tohong-wedding.vn
  tls:
    secretName: crm-tls
resources:
  requests: { cpu: 100m, memory: 256Mi }
""")
# --- databases, caches ------------------------------------------------------------------------

add("python/postgres-password", "crm/tohong_crm/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["crm.tohong-wedding.vn"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tohong_crm",
        "USER": "crm_app",
        "PASSWORD": "@@secret@@",
        "HOST": "pg-main.internal.tohong-wedding.vn",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://redis.internal.tohong-wedding.vn:6379/2",
    }
}
""", rand_pw(22))

add("python/django-secret-key", "crm/tohong_crm/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tohong_crm.bookings",
    "tohong_crm.vendors",
    "tohong_crm.venues",
]

LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-secret-from-env", "crm/tohong_crm/settings/staging.py", "https://docs.djangoproject.com/en/5.0/topics/settings/", """
import os

from .base import *  # noqa

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["crm-staging.tohong-wedding.vn"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.getenv("PGDATABASE", "tohong_crm_staging"),
        "USER": os.getenv("PGUSER", "crm_app"),
        "PASSWORD": os.environ.get("PGPASSWORD", ""),
        "HOST": os.getenv("PGHOST", "pg-staging.internal"),
    }
}
""")

add("yaml/mysql-password", "venue-portal/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 10
  host: mysql-venues.internal.tohong-wedding.vn

development:
  <<: *default
  database: venue_portal_dev
  username: root
  password:

production:
  <<: *default
  database: venue_portal
  username: venue_portal
  password: "@@secret@@"
""", words_pw())

add("env/redis-url", "booking-api/.env.staging", "https://redis.io/docs/latest/develop/connect/clients/python/redis-py/", """
# booking-api - staging (Hà Nội DC)
PORT=8080
LOG_LEVEL=debug
REDIS_URL=redis://default:@@secret@@@redis-stg.tohong-wedding.vn:6379/0
CELERY_BROKER_URL=${REDIS_URL}
HOLD_SLOT_TTL_SECONDS=900
FEATURE_ONLINE_DEPOSIT=true
""", fakes.redis_password(_seed()))

add("typescript/mongodb-password", "web/src/server/db.ts", "https://www.mongodb.com/docs/manual/reference/connection-string/", """
import { MongoClient } from "mongodb";

// Gallery of past weddings (albums, photographer credits)
const uri =
  process.env.MONGO_URI ??
  "mongodb+srv://gallery_rw:@@secret@@@tohong-gallery.x7kq2.mongodb.net/gallery?retryWrites=true&w=majority";

let client: MongoClient | null = null;

export async function gallery() {
  if (!client) {
    client = new MongoClient(uri, { maxPoolSize: 10 });
    await client.connect();
  }
  return client.db("gallery");
}
""", rand_pw(16))

add("sql/mysql-password", "db/migrations/2024_05_02_create_report_user.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
-- Tạo user chỉ đọc cho Metabase (báo cáo doanh thu theo sảnh)
CREATE USER IF NOT EXISTS 'metabase_ro'@'10.20.%' IDENTIFIED BY '@@secret@@';
GRANT SELECT ON venue_portal.bookings TO 'metabase_ro'@'10.20.%';
GRANT SELECT ON venue_portal.venues TO 'metabase_ro'@'10.20.%';
GRANT SELECT ON venue_portal.payments TO 'metabase_ro'@'10.20.%';
GRANT SELECT ON venue_portal.menu_items TO 'metabase_ro'@'10.20.%';
FLUSH PRIVILEGES;
""", words_pw())

add("sql/decoy-password-hash", "db/seeds/001_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Nhân viên mặc định (mật khẩu đã băm bcrypt; mỗi người đổi ở lần đăng nhập đầu)
INSERT INTO staff (id, email, full_name, role, password_hash, must_change_password) VALUES
  ('@@u1@@', 'lan.nguyen@tohong-wedding.vn', 'Nguyễn Thị Lan', 'planner', '@@h1@@', true),
  ('@@u2@@', 'khoa.tran@tohong-wedding.vn', 'Trần Minh Khoa', 'admin', '@@h2@@', true),
  ('@@u3@@', 'vy.le@tohong-wedding.vn', 'Lê Tường Vy', 'coordinator', '@@h3@@', true);
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: tohong_crm
      POSTGRES_USER: crm_app
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "5432:5432"
  redis:
    image: redis:7-alpine
  crm:
    build: ./crm
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://crm_app:@@secret@@@db:5432/tohong_crm
    ports:
      - "8000:8000"
volumes:
  pgdata:
""", rand_pw(18))

add("compose/decoy-local-dev-password", "docker-compose.dev.yml", "https://hub.docker.com/_/postgres", """
# Local only – the values below are the throwaway defaults from CONTRIBUTING.md
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: tohong_dev
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres
    ports:
      - "5432:5432"
  mailhog:
    image: mailhog/mailhog
    ports:
      - "8025:8025"
""")

add("shell/redis-password", "ops/scripts/flush_holds.sh", "https://redis.io/docs/latest/develop/tools/cli/", """
#!/bin/sh
# Xóa các slot giữ chỗ quá hạn (chạy cron 02:00)
set -e
REDIS_HOST=redis.internal.tohong-wedding.vn
redis-cli -h "$REDIS_HOST" -p 6379 -a '@@secret@@' --no-auth-warning \\
  --scan --pattern 'hold:*' | while read -r key; do
    ttl=$(redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning TTL "$key")
    [ "$ttl" -lt 0 ] && redis-cli -h "$REDIS_HOST" -a '@@secret@@' --no-auth-warning DEL "$key"
done
echo "done $(date)"
""", fakes.redis_password(_seed()))

add("kotlin/postgres-password", "planner-app/backend/src/main/kotlin/vn/tohong/Db.kt", "https://jdbc.postgresql.org/documentation/use/", """
package vn.tohong

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource

object Db {
    val dataSource: HikariDataSource by lazy {
        val cfg = HikariConfig().apply {
            jdbcUrl = "jdbc:postgresql://pg-main.internal.tohong-wedding.vn:5432/planner"
            username = "planner_app"
            password = "@@secret@@"
            maximumPoolSize = 8
            poolName = "planner"
        }
        HikariDataSource(cfg)
    }
}
""", words_pw())

add("properties/mysql-password", "venue-sync/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
# Đồng bộ lịch sảnh từ hệ thống của nhà hàng đối tác
spring.application.name=venue-sync
spring.datasource.url=jdbc:mysql://10.20.3.40:3306/partner_venues?useSSL=true
spring.datasource.username=sync_user
spring.datasource.password=@@secret@@
spring.jpa.hibernate.ddl-auto=validate
sync.cron=0 */15 * * * *
sync.partners=white-palace,gem-center,riverside-palace
""", rand_pw(14, "#!"))

add("properties/decoy-vault-placeholder", "venue-sync/src/main/resources/application.properties", "https://docs.spring.io/spring-cloud-vault/reference/", """
spring.application.name=venue-sync
spring.config.import=vault://
spring.cloud.vault.uri=https://vault.tohong-wedding.vn:8200
spring.cloud.vault.authentication=KUBERNETES
spring.cloud.vault.kv.backend=secret
spring.datasource.url=jdbc:mysql://${DB_HOST}:3306/partner_venues
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
""")
# --- cloud --------------------------------------------------------------------------------------

add("ini/aws-secret-key", "ops/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", """
[default]
region = ap-southeast-1

[tohong-media]
# upload ảnh album cưới lên S3 (bucket tohong-albums)
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-southeast-1

[tohong-readonly]
role_arn = arn:aws:iam::613894527011:role/ReadOnly
source_profile = default
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("python/aws-secret-key", "tools/album_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", """
\"\"\"Tải album ảnh cưới (đã chọn) lên S3 và tạo link chia sẻ 30 ngày cho cô dâu chú rể.\"\"\"
import sys
from pathlib import Path

import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-southeast-1",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)
BUCKET = "tohong-albums"


def upload(album_dir: Path, couple_slug: str) -> None:
    for photo in sorted(album_dir.glob("*.jpg")):
        key = f"{couple_slug}/{photo.name}"
        s3.upload_file(str(photo), BUCKET, key, ExtraArgs={"ContentType": "image/jpeg"})
        print("ok", key)


if __name__ == "__main__":
    upload(Path(sys.argv[1]), sys.argv[2])
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("log/decoy-presigned-url", "logs/album-share-2024-06-14.log", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html", """
2024-06-14 09:12:03,118 INFO album_share: couple=minh-anh-quoc-bao photos=412
2024-06-14 09:12:04,502 INFO album_share: zip=minh-anh-quoc-bao/album.zip size=1.8GB
2024-06-14 09:12:04,503 INFO album_share: link=https://tohong-albums.s3.ap-southeast-1.amazonaws.com/minh-anh-quoc-bao/album.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAY3TQ7KZW2HD5NQ4M%2F20240614%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Date=20240614T021204Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig@@
2024-06-14 09:12:04,777 INFO zns: sent template=298755 phone=849****321 status=ok
2024-06-14 09:12:05,010 INFO album_share: done in 1.9s
""", sig=hexs(64))

_gcp_pem = pem("")
_gcp_pem = _gcp_pem.replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")
add("json/gcp-service-account-key", "ops/gcp/tohong-calendar-sa.json", "https://cloud.google.com/iam/docs/keys-create-delete", """
{
  "type": "service_account",
  "project_id": "tohong-calendar",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@\\n",
  "client_email": "calendar-sync@tohong-calendar.iam.gserviceaccount.com",
  "client_id": "104729385610293847561",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/calendar-sync%40tohong-calendar.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _gcp_pem.replace("\n", "\\n"), kid=hexs(40))

add("javascript/decoy-maps-browser-key-referrer", "web/public/js/venue-map.js", "https://developers.google.com/maps/documentation/javascript/get-api-key", """
// Bản đồ các sảnh tiệc đối tác. Lấy key từ <meta> do server render (key bị giới hạn HTTP referrer).
const MAPS_KEY = document.querySelector('meta[name="maps-key"]').content;

function loadVenueMap(venues) {
  const s = document.createElement("script");
  s.src = `https://maps.googleapis.com/maps/api/js?key=${MAPS_KEY}&callback=initMap&language=vi`;
  s.async = true;
  window.initMap = () => {
    const map = new google.maps.Map(document.getElementById("map"), { zoom: 12, center: { lat: 10.7769, lng: 106.7009 } });
    venues.forEach((v) => new google.maps.Marker({ position: v.latlng, map, title: v.name }));
  };
  document.head.appendChild(s);
}
""")

add("python/google-api-key", "tools/geocode_venues.py", "https://developers.google.com/maps/documentation/geocoding/get-api-key", """
# Geocode lại địa chỉ sảnh tiệc (chạy tay khi thêm đối tác mới)
import csv
import sys

import googlemaps

gmaps = googlemaps.Client(key="@@secret@@")

with open(sys.argv[1], newline="", encoding="utf-8") as f, open("venues_geocoded.csv", "w", newline="", encoding="utf-8") as out:
    w = csv.writer(out)
    w.writerow(["venue", "address", "lat", "lng"])
    for row in csv.DictReader(f):
        res = gmaps.geocode(row["address"], region="vn", language="vi")
        if res:
            loc = res[0]["geometry"]["location"]
            w.writerow([row["venue"], row["address"], loc["lat"], loc["lng"]])
""", google_key())

add("terraform/cloudflare-api-token", "infra/cloudflare/main.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.30"
    }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "www" {
  zone_id = "3f9a27c1d84e5b60a7c2e913f04d8b6a"
  name    = "www"
  type    = "CNAME"
  value   = "cname.vercel-dns.com"
  proxied = true
}

resource "cloudflare_record" "crm" {
  zone_id = "3f9a27c1d84e5b60a7c2e913f04d8b6a"
  name    = "crm"
  type    = "A"
  value   = "103.97.125.40"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-variable-sensitive", "infra/aws/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "region" {
  type    = string
  default = "ap-southeast-1"
}

variable "db_password" {
  description = "Mật khẩu RDS (lấy từ SSM /tohong/prod/db_password)"
  type        = string
  sensitive   = true
}

variable "vnpay_hash_secret" {
  type      = string
  sensitive = true
}

variable "albums_bucket" {
  type    = string
  default = "tohong-albums"
}
""")

add("terraform/rds-password", "infra/aws/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance", """
resource "aws_db_instance" "crm" {
  identifier             = "tohong-crm-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.medium"
  allocated_storage      = 50
  db_name                = "tohong_crm"
  username               = "crm_admin"
  password               = "@@secret@@"
  vpc_security_group_ids = [aws_security_group.db.id]
  db_subnet_group_name   = aws_db_subnet_group.private.name
  backup_retention_period = 7
  skip_final_snapshot    = false
  tags = {
    Project = "tohong-crm"
  }
}
""", words_pw())

add("yaml/cloudinary-api-secret", "web/config/cloudinary.yml", "https://cloudinary.com/documentation/how_to_integrate_cloudinary#get_familiar_with_the_cloudinary_console", """
production:
  cloud_name: tohong-wedding
  api_key: "@@key@@"
  api_secret: "@@secret@@"
  secure: true
  upload_preset: venue_photos
  folders:
    venues: venues/
    decor: decor-concepts/
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("env/cloudinary-url", "web/.env.local", "https://cloudinary.com/documentation/node_integration#configuration", """
# local dev – Khoa's machine
NEXT_PUBLIC_SITE_URL=http://localhost:3000
API_BASE_URL=http://localhost:8080
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=tohong-wedding
CLOUDINARY_URL=cloudinary://@@key@@:@@secret@@@tohong-wedding
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6LcTq8UpAAAAAJ3kP1m0xVbQn5rT7wYz2aB4cD6e
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), key=str(random.Random(_seed()).randint(10**14, 10**15)))

add("env/decoy-public-site-keys", "web/.env.production.public", "https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do", """
# Giá trị công khai, được nhúng vào bundle trình duyệt (NEXT_PUBLIC_*)
NEXT_PUBLIC_SITE_URL=https://tohong-wedding.vn
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=tohong-wedding
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=@@site@@
NEXT_PUBLIC_FB_APP_ID=873645129047561
NEXT_PUBLIC_GA_MEASUREMENT_ID=G-7QK2M9XZ4T
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
""", site="6Lc" + fakes.drawn(_seed(), 37, ALNUM + "_-"), pk=stripe_key("pk_live_"))

add("python/facebook-app-secret", "marketing/fb_leads.py", "https://developers.facebook.com/docs/facebook-login/guides/access-tokens/#apptokens", """
\"\"\"Kéo lead từ form quảng cáo Facebook (gói cưới trọn gói) về CRM.\"\"\"
import requests

from crm.leads import upsert_lead

FB_APP_ID = "873645129047561"
FB_APP_SECRET = "@@secret@@"
FORM_ID = "1290384756102938"
GRAPH = "https://graph.facebook.com/v19.0"


def app_token() -> str:
    return f"{FB_APP_ID}|{FB_APP_SECRET}"


def sync() -> int:
    r = requests.get(f"{GRAPH}/{FORM_ID}/leads", params={"access_token": app_token(), "limit": 100}, timeout=20)
    r.raise_for_status()
    n = 0
    for lead in r.json().get("data", []):
        fields = {f["name"]: f["values"][0] for f in lead["field_data"]}
        upsert_lead(source="facebook", external_id=lead["id"], **fields)
        n += 1
    return n
""", hexs(32))
# --- venue devices and IT ---------------------------------------------------------------------

add("markdown/device-admin-password", "docs/venues/riverside-palace.md", "https://www.hikvision.com/en/support/how-to/", """
# Sảnh Riverside Palace – thông tin kỹ thuật

Địa chỉ: 360D Bến Vân Đồn, Q.4, TP.HCM. Liên hệ kỹ thuật sảnh: anh Phúc 0903 xxx 218.

## Thiết bị
| Thiết bị | IP | Tài khoản | Ghi chú |
|---|---|---|---|
| Đầu ghi Hikvision DS-7616NI | 192.168.10.20 | admin / @@secret@@ | 16 camera sảnh A+B |
| Router MikroTik hEX | 192.168.10.1 | xem vault `venues/riverside/mikrotik` | |
| Màn LED sân khấu (NovaStar VX4S) | 192.168.10.50 | không mật khẩu | điều khiển qua NovaLCT |

## Wi-Fi khách
SSID `Riverside-Guest`, mật khẩu in trên thiệp bàn (đổi mỗi tuần).

## Lưu ý khi setup
- Tắt chế độ tiết kiệm điện của màn LED trước 16:00.
- Camera 07 (cửa sau) hay mất tín hiệu – kiểm tra dây PoE.
""", words_pw())

add("yaml/router-password", "ops/ansible/host_vars/gem-center-router.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/docsite/api-guide.html", """
# MikroTik tại sảnh Gem Center (tầng 5)
ansible_host: 10.30.5.1
ansible_connection: ansible.netcommon.network_cli
ansible_network_os: community.routeros.routeros
ansible_user: tohong-ops
ansible_password: "@@secret@@"
guest_vlan: 50
guest_ssid: GemCenter-Wedding
bandwidth_limit_guest: 20M/20M
""", rand_pw(16, "!@#"))

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/venues/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(42))

add("ansible/wifi-psk", "ops/ansible/roles/unifi_ap/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", """
---
# Cấu hình access point UniFi cho các tiệc ngoài trời (Hội An, Đà Lạt)
unifi_controller_url: https://unifi.tohong-wedding.vn:8443
unifi_site: events
unifi_wlans:
  - name: TohongStaff
    security: wpapsk
    x_passphrase: "@@secret@@"
    vlan: 10
  - name: "{{ event_slug }}-Guest"
    security: wpapsk
    x_passphrase: "{{ guest_wifi_pass }}"
    vlan: 50
unifi_controller_user: ansible
unifi_controller_password: "{{ vault_unifi_password }}"
""", words_pw())

add("powershell/nas-password", "ops/windows/Map-NasDrives.ps1", "https://learn.microsoft.com/en-us/powershell/module/smbshare/new-smbmapping", """
# Gắn ổ NAS Synology (ảnh cưới RAW, hợp đồng scan) cho máy văn phòng
$nas = "\\\\nas-office.tohong.local"
$user = "TOHONG\\\\svc-photo"
$pass = "@@secret@@"

New-SmbMapping -LocalPath "P:" -RemotePath "$nas\\photo-raw" -UserName $user -Password $pass -Persistent $true
New-SmbMapping -LocalPath "H:" -RemotePath "$nas\\hop-dong" -UserName $user -Password $pass -Persistent $true

Write-Host "Đã gắn P: (ảnh RAW) và H: (hợp đồng)"
""", words_pw())

add("powershell/decoy-credential-prompt", "ops/windows/Backup-Contracts.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential", """
# Sao lưu thư mục hợp đồng lên NAS; hỏi mật khẩu khi chạy, không lưu
param(
    [string]$Source = "D:\\HopDong",
    [string]$Target = "\\\\nas-office.tohong.local\\backup\\hop-dong"
)

$cred = Get-Credential -UserName "TOHONG\\svc-backup" -Message "Mật khẩu svc-backup (trong Bitwarden)"
New-PSDrive -Name B -PSProvider FileSystem -Root $Target -Credential $cred | Out-Null
robocopy $Source "B:\\" /MIR /R:2 /W:5 /LOG:"$env:TEMP\\backup-hopdong.log"
Remove-PSDrive B
""")

add("shell/ftp-password", "ops/scripts/pull_photobooth.sh", "https://curl.se/docs/manpage.html#-u", """
#!/usr/bin/env bash
# Lấy ảnh photobooth từ máy booth (FTP) sau tiệc, đẩy vào thư mục album
set -euo pipefail
EVENT="$1"
BOOTH=192.168.8.77
mkdir -p "/srv/albums/$EVENT/photobooth"
wget -q -r -nd -np -A '*.jpg' \\
  "ftp://booth:@@secret@@@${BOOTH}/DCIM/${EVENT}/" \\
  -P "/srv/albums/$EVENT/photobooth"
ls "/srv/albums/$EVENT/photobooth" | wc -l
""", rand_pw(12))

add("csv/nas-password", "docs/venues/thiet-bi-san-tiec.csv", "https://www.synology.com/en-global/knowledgebase/DSM/help/DSM/AdminCenter/file_winmacnfs_ftp", """
san,thiet_bi,ip,tai_khoan,mat_khau,ghi_chu
White Palace,NVR Dahua,10.40.1.20,admin,(vault),đổi 05/2024
White Palace,Router DrayTek,10.40.1.1,admin,(vault),
Gem Center,NVR Hikvision,10.30.5.20,admin,(vault),
Gem Center,LED NovaStar,10.30.5.50,,,không mật khẩu
Riverside,Mixer Behringer X32,192.168.10.60,,,app X32-Mix
Riverside,NAS tạm Synology,192.168.10.30,tohong,@@secret@@,chép ảnh tại chỗ
Hội An Garden,AP UniFi,172.16.0.10,ubnt,(vault),
""", words_pw())

add("csv/decoy-device-inventory", "docs/venues/thiet-bi-serial.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
san,thiet_bi,model,serial,mac,firmware
White Palace,NVR,DHI-NVR4216-16P-4KS2,7G0A2F5PAZ9B3C1,3C:EF:8C:12:9A:41,V4.001.0000007.3
Gem Center,NVR,DS-7616NI-K2/16P,J19284756,C0:56:E3:7A:10:0F,V4.62.210
Gem Center,LED controller,VX4S-N,NS2203-4471,54:B2:03:8F:22:C1,V4.6.3
Riverside,Mixer,X32 Compact,S1903012345,00:1A:2B:3C:4D:5E,4.06
Hội An Garden,AP,U6-Pro,F4E2C6A81B33,F4:E2:C6:A8:1B:33,6.6.55
""")

add("xml/camera-password", "ops/vms/cameras-whitepalace.xml", "https://www.onvif.org/specs/core/ONVIF-Core-Specification.pdf", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Danh sách camera sảnh White Palace nhập vào phần mềm xem (VMS) -->
<Cameras site="white-palace">
  <Camera name="Sanh A - San khau" url="rtsp://10.40.1.21:554/cam/realmonitor?channel=1&amp;subtype=0" />
  <Camera name="Sanh A - Cua chinh" url="rtsp://10.40.1.22:554/cam/realmonitor?channel=1&amp;subtype=0" />
  <Camera name="Sanh B - Le tan" url="rtsp://10.40.1.23:554/cam/realmonitor?channel=1&amp;subtype=0" />
  <Credentials user="viewer" password="@@secret@@" />
  <Recording retentionDays="30" storage="\\\\nas-office\\vms" />
</Cameras>
""", words_pw())

add("python/rtsp-password", "tools/livestream/relay.py", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", """
\"\"\"Phát trực tiếp lễ cưới cho họ hàng ở xa: lấy RTSP từ camera sân khấu, đẩy lên YouTube.\"\"\"
import subprocess
import sys

CAMERA = "rtsp://livestream:@@secret@@@192.168.10.25:554/Streaming/Channels/101"


def relay(stream_key_env: str = "YT_STREAM_KEY") -> int:
    import os

    key = os.environ[stream_key_env]
    cmd = [
        "ffmpeg", "-rtsp_transport", "tcp", "-i", CAMERA,
        "-c:v", "copy", "-c:a", "aac", "-b:a", "128k",
        "-f", "flv", f"rtmp://a.rtmp.youtube.com/live2/{key}",
    ]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(relay())
""", rand_pw(14))

add("markdown/decoy-default-password-docs", "docs/venues/setup-checklist.md", "https://www.hikvision.com/en/support/how-to/", """
# Checklist kỹ thuật trước tiệc (T-1 ngày)

1. Kiểm tra đầu ghi camera: đăng nhập bằng tài khoản **viewer** (mật khẩu trong Bitwarden,
   mục *Venues / <tên sảnh> / NVR*). Không dùng tài khoản `admin`.
2. Nếu thiết bị mới reset về mặc định (`admin` / `12345` với Hikvision đời cũ, không có mật khẩu
   với Dahua đời mới – sẽ bắt kích hoạt), đặt lại mật khẩu theo mẫu `Venue-<Sảnh>-<Năm>` rồi
   lưu ngay vào Bitwarden.
3. Màn LED: chạy thử file `test-pattern-4k.mp4` trên NovaLCT.
4. Micro không dây: thay pin, kiểm tra kênh UHF không trùng sảnh bên cạnh.
5. Photobooth: FTP bật, user `booth`, mật khẩu xem `ops/vault/booth` – không ghi ra giấy.
""")
# --- developer tokens, keys, containers --------------------------------------------------------

add("ini/pypi-token", ".pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    tohong-internal

[pypi]
username = __token__
password = @@secret@@

[tohong-internal]
repository = https://pypi.tohong-wedding.vn/simple/
username = ci
""", fakes.pypi_token(_seed()))

add("github-actions/pypi-token", ".github/workflows/publish-vn-lunar.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
# Phát hành thư viện vn-lunar-dates (tính ngày âm lịch / ngày đẹp cưới hỏi)
name: publish
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build twine
      - run: python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-trusted-publishing", ".github/workflows/publish-ngay-dep.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: publish-ngay-dep
on:
  push:
    tags: ["v*"]
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install build && python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
""")

add("toml/decoy-pyproject", "libs/vn-lunar-dates/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "vn-lunar-dates"
version = "1.3.0"
description = "Âm lịch Việt Nam, can chi và ngày hoàng đạo cho lịch cưới hỏi"
readme = "README.md"
requires-python = ">=3.9"
license = "MIT"
authors = [{ name = "Tơ Hồng Wedding Tech", email = "tech@tohong-wedding.vn" }]

[project.urls]
Homepage = "https://github.com/tohong-wedding/vn-lunar-dates"

[tool.hatch.build.targets.sdist]
exclude = ["/.github", "/docs"]
""")

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
#!/usr/bin/env bash
# Clone toàn bộ repo của tổ chức vào máy mới (dùng khi onboard dev)
set -euo pipefail
GH_TOKEN=@@secret@@
ORG=tohong-wedding
mkdir -p ~/src/$ORG && cd ~/src/$ORG
curl -s -H "Authorization: token $GH_TOKEN" "https://api.github.com/orgs/$ORG/repos?per_page=100" \\
  | jq -r '.[].name' | while read -r repo; do
    [ -d "$repo" ] || git clone "https://x-access-token:${GH_TOKEN}@github.com/$ORG/$repo.git"
  done
""", fakes.github_token(_seed()))

add("json/github-fine-grained-token", "tools/release-bot/config.json", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens", """
{
  "repos": ["tohong-wedding/web", "tohong-wedding/crm", "tohong-wedding/venue-portal"],
  "github_token": "@@secret@@",
  "changelog_label_map": {
    "feat": "Tính năng",
    "fix": "Sửa lỗi",
    "perf": "Hiệu năng"
  },
  "slack_channel": "#releases",
  "dry_run": false
}
""", fakes.github_fine_grained_token(_seed()))

add("yaml/gitlab-token", "ops/renovate/config.yml", "https://docs.renovatebot.com/self-hosted-configuration/#token", """
# Renovate self-hosted (GitLab nội bộ gitlab.tohong-wedding.vn)
platform: gitlab
endpoint: https://gitlab.tohong-wedding.vn/api/v4/
token: @@secret@@
autodiscover: true
autodiscoverFilter: ["tohong/*"]
onboarding: true
prHourlyLimit: 4
timezone: Asia/Ho_Chi_Minh
schedule: ["after 10pm every weekday"]
""", fakes.fake("glpat-", 20, _seed()))

add("ini/npm-token", "web/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
@tohong:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
""", fakes.fake("npm_", 36, _seed()))

add("ini/decoy-npmrc-env", "venue-portal/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
@tohong:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
audit-level=high
fund=false
""")

add("dockerfile/github-token", "crm/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM python:3.12-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git build-essential libpq-dev && rm -rf /var/lib/apt/lists/*
# thư viện nội bộ nằm trong repo private
ENV GITHUB_TOKEN=@@secret@@
COPY requirements.txt .
RUN sed -i "s#https://github.com#https://${GITHUB_TOKEN}@github.com#" requirements.txt \\
 && pip wheel --no-cache-dir -r requirements.txt -w /wheels

FROM python:3.12-slim
WORKDIR /app
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/* && rm -rf /wheels
COPY . .
ENV DJANGO_SETTINGS_MODULE=tohong_crm.settings.production
CMD ["gunicorn", "tohong_crm.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "web/Dockerfile", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci

FROM node:20-alpine AS build
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/.next ./.next
COPY --from=build /app/public ./public
COPY --from=build /app/package.json ./
COPY --from=deps /app/node_modules ./node_modules
CMD ["npm", "start"]
""")

_momo = fakes.drawn_mixed(_seed(), 32)
add("k8s-secret/momo-secret-key", "k8s/prod/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: booking
  labels:
    app.kubernetes.io/part-of: booking
type: Opaque
data:
  VNPAY_TMN_CODE: @@tmn@@
  MOMO_PARTNER_CODE: @@pc@@
  MOMO_SECRET_KEY: @@enc@@
""", _momo, tmn=b64("TOHONG01"), pc=b64("MOMOTOHO2023"), enc=b64(_momo))

add("k8s-secret/postgres-password", "k8s/prod/crm-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types", """
apiVersion: v1
kind: Secret
metadata:
  name: crm-db
  namespace: crm
type: Opaque
stringData:
  PGHOST: pg-main.internal.tohong-wedding.vn
  PGUSER: crm_app
  PGPASSWORD: "@@secret@@"
  PGDATABASE: tohong_crm
""", rand_pw(24))

add("k8s-secret/decoy-sealed-secret", "k8s/prod/zalo-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: zalo
  namespace: crm
spec:
  encryptedData:
    ZALO_APP_SECRET: @@e1@@
    ZALO_OA_REFRESH_TOKEN: @@e2@@
  template:
    metadata:
      name: zalo
      namespace: crm
""", e1="AgB" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==", e2="AgC" + fakes.drawn(_seed(), 340, ALNUM + "+/") + "==")

_ssh = pem("OPENSSH")
add("yaml/ssh-private-key", "ops/ansible/group_vars/all/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
# Khóa deploy để kéo repo web/crm trên máy chủ sảnh (read-only)
deploy_user: deploy
deploy_repo: git@github.com:tohong-wedding/crm.git
deploy_key_path: /home/deploy/.ssh/id_ed25519
deploy_private_key: |
  @@key@@
""", _ssh, key=_ssh.replace("\n", "\n  "))

add("xml/decoy-certificate", "venue-portal/src/main/resources/vnpay-public-cert.xml", "https://www.w3.org/TR/xmldsig-core1/#sec-X509Data", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- Chứng chỉ công khai của đối tác dùng để kiểm tra chữ ký IPN (không phải khóa bí mật) -->
<partnerKeys>
  <partner id="vnpay">
    <X509Certificate>
@@cert@@
    </X509Certificate>
  </partner>
</partnerKeys>
""", cert=cert_pem())
# --- Vietnamese business vendors: shipping, e-invoice, bank transfers ------------------------

add("python/ghn-token", "invitations/shipping/ghn.py", "https://api.ghn.vn/home/docs/detail", """
\"\"\"Gửi thiệp cưới qua Giao Hàng Nhanh (GHN) cho khách ở tỉnh.\"\"\"
import requests

GHN_API = "https://online-gateway.ghn.vn/shiip/public-api/v2"
GHN_TOKEN = "@@secret@@"
GHN_SHOP_ID = 4829173


def tao_don(ten: str, sdt: str, dia_chi: str, ward_code: str, district_id: int, so_thiep: int) -> str:
    r = requests.post(
        f"{GHN_API}/shipping-order/create",
        headers={"Token": GHN_TOKEN, "ShopId": str(GHN_SHOP_ID)},
        json={
            "to_name": ten, "to_phone": sdt, "to_address": dia_chi,
            "to_ward_code": ward_code, "to_district_id": district_id,
            "weight": 50 * so_thiep, "length": 25, "width": 18, "height": 3,
            "service_type_id": 2, "payment_type_id": 1, "required_note": "CHOXEMHANGKHONGTHU",
            "content": f"Thiệp cưới x{so_thiep}",
        },
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["data"]["order_code"]
""", uuid_s())

add("php/ghtk-token", "venue-portal/app/Shipping/Ghtk.php", "https://api.ghtk.vn/docs/submit-order/create-order", """
<?php

namespace App\\Shipping;

use GuzzleHttp\\Client;

// Giao Hàng Tiết Kiệm - gửi quà cảm ơn (hộp bánh, thiệp) cho khách sau tiệc
final class Ghtk
{
    private const BASE = 'https://services.giaohangtietkiem.vn';
    private const TOKEN = '@@secret@@';

    public function __construct(private Client $http = new Client()) {}

    public function fee(string $province, string $district, int $weightGram): int
    {
        $res = $this->http->get(self::BASE . '/services/shipment/fee', [
            'headers' => ['Token' => self::TOKEN],
            'query' => [
                'pick_province' => 'TP. Hồ Chí Minh', 'pick_district' => 'Quận 3',
                'province' => $province, 'district' => $district, 'weight' => $weightGram,
            ],
        ]);
        return json_decode((string) $res->getBody(), true)['fee']['fee'];
    }
}
""", fakes.drawn(_seed(), 40, ALNUM))

add("xml/einvoice-password", "accounting/einvoice/vnpt-invoice.config.xml", "https://vnpt-invoice.com.vn/", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Cấu hình kết nối hóa đơn điện tử VNPT (xuất hóa đơn dịch vụ cưới) -->
<configuration>
  <appSettings>
    <add key="PublishServiceUrl" value="https://tohongwedding-admin.vnpt-invoice.com.vn/PublishService.asmx" />
    <add key="Account" value="tohongadmin" />
    <add key="ACpass" value="@@secret@@" />
    <add key="username" value="tohongservice" />
    <add key="password" value="@@pw2@@" />
    <add key="pattern" value="1/001" />
    <add key="serial" value="C24TTH" />
  </appSettings>
</configuration>
""", words_pw(), pw2=words_pw())

add("json/einvoice-credentials", "accounting/misa/meinvoice.json", "https://doc.meinvoice.vn/", """
{
  "base_url": "https://api.meinvoice.vn/api/integration",
  "tax_code": "0314829371",
  "username": "ketoan@tohong-wedding.vn",
  "password": "@@secret@@",
  "app_id": "@@app@@",
  "invoice_series": "1C24TTH",
  "default_vat_rate": 8,
  "send_email_to_buyer": true
}
""", rand_pw(14, "@#"), app=uuid_s())

add("python/sepay-api-token", "accounting/bank_sync/sepay.py", "https://docs.sepay.vn/api-giao-dich.html", """
\"\"\"Đối soát tiền cọc chuyển khoản: kéo giao dịch từ SePay, khớp theo nội dung "COC <mã booking>".\"\"\"
import re

import requests

SEPAY_TOKEN = "@@secret@@"
ACCOUNT = "0071001234567"  # Vietcombank CN Sài Gòn
CODE = re.compile(r"COC\\s*(BK\\d{4}\\d{4})", re.I)


def giao_dich_moi(since_id: int = 0) -> list[dict]:
    r = requests.get(
        "https://my.sepay.vn/userapi/transactions/list",
        headers={"Authorization": f"Bearer {SEPAY_TOKEN}"},
        params={"account_number": ACCOUNT, "since_id": since_id, "limit": 100},
        timeout=20,
    )
    r.raise_for_status()
    out = []
    for t in r.json()["transactions"]:
        m = CODE.search(t["transaction_content"] or "")
        if m:
            out.append({"booking": m.group(1).upper(), "amount": int(float(t["amount_in"])), "id": t["id"]})
    return out
""", fakes.drawn(_seed(), 64, string.ascii_uppercase + string.digits))

add("json/decoy-bank-webhook-sample", "accounting/bank_sync/tests/fixtures/casso_webhook.json", "https://developer.casso.vn/webhook/thiet-lap-webhook-v2", """
{
  "error": 0,
  "data": [
    {
      "id": 4418293,
      "tid": "FT24165902183745",
      "description": "COC BK20240612 NGUYEN THI MINH ANH",
      "amount": 15000000,
      "cusum_balance": 284750000,
      "when": "2024-06-13 10:21:44",
      "bank_sub_acc_id": "0071001234567",
      "subAccId": "0071001234567",
      "virtualAccount": "",
      "virtualAccountName": "",
      "corresponsiveName": "NGUYEN THI MINH ANH",
      "corresponsiveAccount": "19036284710012",
      "corresponsiveBankId": "970407",
      "corresponsiveBankName": "Techcombank"
    }
  ]
}
""")

add("yaml/casso-webhook-secret", "accounting/bank_sync/config.yaml", "https://developer.casso.vn/webhook/thiet-lap-webhook-v2", """
# Nhận webhook giao dịch ngân hàng từ Casso
listen: 0.0.0.0:8090
path: /hooks/casso
casso:
  secure_token: "@@secret@@"
  api_key: ${CASSO_API_KEY}
matching:
  pattern: "COC\\\\s*(BK\\\\d{8})"
  tolerance_vnd: 1000
notify:
  zalo_group: ketoan-tohong
""", fakes.drawn_mixed(_seed(), 24))

add("csv/decoy-bank-statement", "accounting/exports/sao-ke-2024-06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ngay,ma_gd,noi_dung,so_tien,so_du,booking
2024-06-01,FT24153000118273,COC BK20240601 TRAN BAO NGOC,10000000,184500000,BK20240601
2024-06-03,FT24155001928374,COC BK20240603 LE HOANG NAM,20000000,204500000,BK20240603
2024-06-07,FT24159002736451,THANH TOAN DOT 2 BK20240412,45000000,249500000,BK20240412
2024-06-10,FT24162004417720,HOAN COC BK20240322,-5000000,244500000,BK20240322
2024-06-13,FT24165902183745,COC BK20240612 NGUYEN THI MINH ANH,15000000,259500000,BK20240612
""")

# --- marketing and office SaaS -----------------------------------------------------------------

add("python/hubspot-private-app-token", "marketing/hubspot_sync.py", "https://developers.hubspot.com/docs/api/private-apps", """
\"\"\"Đẩy cặp đôi đã đặt cọc từ CRM sang HubSpot (deal stage: Deposit paid).\"\"\"
from hubspot import HubSpot
from hubspot.crm.deals import SimplePublicObjectInputForCreate

from crm.models import Booking

api = HubSpot(access_token="@@secret@@")


def push(booking: Booking) -> str:
    deal = SimplePublicObjectInputForCreate(properties={
        "dealname": f"{booking.bride} & {booking.groom} – {booking.venue.name}",
        "amount": str(booking.total_vnd),
        "dealstage": "deposit_paid",
        "pipeline": "weddings",
        "closedate": booking.event_date.isoformat(),
    })
    return api.crm.deals.basic_api.create(simple_public_object_input_for_create=deal).id
""", "pat-na1-" + uuid_s())

add("javascript/mailchimp-api-key", "marketing/newsletter/subscribe.js", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
const mailchimp = require("@mailchimp/mailchimp_marketing");

mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

// Thêm email từ form "Nhận cẩm nang cưới" trên website
async function subscribe(email, firstName, weddingMonth) {
  return mailchimp.lists.addListMember("a1b2c3d4e5", {
    email_address: email,
    status: "pending",
    merge_fields: { FNAME: firstName, WMONTH: weddingMonth },
    tags: ["cam-nang-cuoi"],
  });
}

module.exports = { subscribe };
""", hexs(32) + "-us21")

add("python/airtable-token", "planner/airtable_vendors.py", "https://airtable.com/developers/web/guides/personal-access-tokens", """
# Đồng bộ danh sách nhà cung cấp (hoa, bánh, MC, ban nhạc) từ Airtable về CRM
from pyairtable import Api

api = Api("@@secret@@")
table = api.table("appT0h0ngVend0r5", "Vendors")


def vendors(category: str) -> list[dict]:
    formula = f"AND({{Loai}}='{category}', {{Dang hop tac}})"
    return [
        {"name": r["fields"]["Ten"], "phone": r["fields"].get("SDT"), "rating": r["fields"].get("Danh gia", 0)}
        for r in table.all(formula=formula, sort=["-Danh gia"])
    ]
""", "pat" + fakes.drawn(_seed(), 14) + "." + hexs(64))

add("typescript/notion-token", "tools/notion-export/src/index.ts", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", """
import { Client } from "@notionhq/client";

// Xuất timeline ngày cưới (run-of-show) từ Notion ra PDF cho đội điều phối
const notion = new Client({ auth: "@@secret@@" });
const DATABASE_ID = "8a3f1c2e9b7d4f60a1c3e5b7d9f1a2c4";

export async function runOfShow(eventSlug: string) {
  const res = await notion.databases.query({
    database_id: DATABASE_ID,
    filter: { property: "Event", rich_text: { equals: eventSlug } },
    sorts: [{ property: "Time", direction: "ascending" }],
  });
  return res.results.map((p: any) => ({
    time: p.properties.Time.rich_text[0]?.plain_text,
    item: p.properties.Name.title[0]?.plain_text,
    owner: p.properties.Owner.people[0]?.name,
  }));
}
""", "secret_" + fakes.drawn(_seed(), 43))

add("python/openai-api-key", "marketing/ai/loi_chuc.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Gợi ý lời chúc / lời dẫn MC song ngữ cho tiệc cưới.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def goi_y_loi_dan(ten_co_dau: str, ten_chu_re: str, phong_cach: str = "trang trọng") -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Bạn là MC đám cưới chuyên nghiệp, viết tiếng Việt và tiếng Anh."},
            {"role": "user", "content": f"Viết lời dẫn mở đầu ({phong_cach}) cho tiệc cưới của {ten_co_dau} và {ten_chu_re}."},
        ],
        temperature=0.8,
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("env/twilio-auth-token", "crm/.env.twilio", "https://www.twilio.com/docs/iam/credentials/api", """
# WhatsApp cho cặp đôi Việt kiều (Mỹ, Úc) – Twilio
TWILIO_ACCOUNT_SID=AC@@sid@@
TWILIO_AUTH_TOKEN=@@secret@@
TWILIO_WHATSAPP_FROM=whatsapp:+14155238886
TWILIO_STATUS_CALLBACK=https://crm.tohong-wedding.vn/twilio/status
""", hexs(32), sid=hexs(32))

add("python/decoy-twilio-sid-only", "crm/notify/whatsapp.py", "https://www.twilio.com/docs/usage/secure-credentials", """
import os

from twilio.rest import Client

# SID là định danh tài khoản, không phải bí mật; token lấy từ môi trường
ACCOUNT_SID = "AC@@sid@@"
client = Client(ACCOUNT_SID, os.environ["TWILIO_AUTH_TOKEN"])


def send(to: str, body: str) -> str:
    msg = client.messages.create(from_="whatsapp:+14155238886", to=f"whatsapp:{to}", body=body)
    return msg.sid
""", sid=hexs(32))

add("json/calendly-token", "tools/calendly/settings.json", "https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens", """
{
  "organization": "https://api.calendly.com/organizations/EBHAAFHDCAEQTSEZ",
  "event_types": {
    "tu-van-online": "https://calendly.com/tohong-wedding/tu-van-30p",
    "xem-sanh": "https://calendly.com/tohong-wedding/xem-sanh"
  },
  "personal_access_token": "@@secret@@",
  "webhook_callback": "https://crm.tohong-wedding.vn/calendly/hook",
  "timezone": "Asia/Ho_Chi_Minh"
}
""", jwt_like())
# --- docs, runbooks, handovers ------------------------------------------------------------------

add("markdown/sftp-password", "docs/handover/ban-giao-it-2024.md", "https://www.ssh.com/academy/ssh/sftp-ssh-file-transfer-protocol", """
# Bàn giao IT – Khoa → Tuấn (06/2024)

Anh Tuấn ơi, em nghỉ từ 30/06, các đầu việc còn lại:

1. **Website**: deploy qua Vercel, không có gì đặc biệt. Domain ở Cloudflare (tài khoản chung it@).
2. **Máy chủ ảnh** (album cho khách): `sftp albums@files.tohong-wedding.vn`, mật khẩu
   `@@secret@@` – em chưa kịp chuyển sang key, anh đổi giúp em nhé.
3. **VNPay**: hợp đồng gia hạn tháng 9, liên hệ chị Hằng bên VNPay.
4. **Camera các sảnh**: xem `docs/venues/*.md`.
5. Backup NAS chạy 01:00 hằng ngày, log ở `\\\\nas-office\\logs\\backup`.

Có gì gọi em: 0938 xxx 417.
""", words_pw())

add("markdown/decoy-redacted-handover", "docs/handover/ban-giao-ke-toan.md", "https://bitwarden.com/help/sharing/", """
# Bàn giao kế toán – chị Hạnh → Mai

| Hệ thống | Tài khoản | Mật khẩu |
|---|---|---|
| MISA meInvoice | ketoan@tohong-wedding.vn | ••••••••  (Bitwarden: *Kế toán / meInvoice*) |
| Internet Banking VCB | TOHONG01 | không ghi ở đây – token OTP chị giữ |
| SePay | ketoan@tohong-wedding.vn | Bitwarden: *Kế toán / SePay* |
| Thuế điện tử | 0314829371 | `[REDACTED]` |

Mai nhận quyền Bitwarden collection *Kế toán* từ anh Tuấn (IT) trước 15/07.
Chữ ký số (USB token Viettel-CA) để trong két phòng giám đốc.
""")

add("markdown/aws-secret-key", "docs/runbooks/restore-albums.md", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
# Runbook: khôi phục album khách từ S3 Glacier

Dùng khi khách báo mất link album (>90 ngày đã chuyển Glacier).

```bash
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-southeast-1

aws s3api restore-object --bucket tohong-albums \\
  --key "$COUPLE/album.zip" \\
  --restore-request '{"Days":7,"GlacierJobParameters":{"Tier":"Standard"}}'
```

Sau 3–5 giờ chạy lại `tools/album_upload.py --share $COUPLE` để tạo link mới.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("markdown/decoy-aws-docs-example", "docs/runbooks/aws-access.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html", """
# Truy cập AWS

Không tạo access key cá nhân. Đăng nhập qua IAM Identity Center:

```bash
aws configure sso --profile tohong
aws s3 ls s3://tohong-albums --profile tohong
```

Nếu một công cụ cũ bắt buộc key tĩnh, file `~/.aws/credentials` sẽ có dạng (ví dụ của AWS):

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

Xin key qua ticket IT, hạn tối đa 30 ngày.
""")

add("markdown/stripe-secret-key", "docs/integrations/stripe-setup.md", "https://docs.stripe.com/keys", """
# Stripe – nhận cọc từ khách nước ngoài

- Dashboard: https://dashboard.stripe.com (tài khoản finance@tohong-wedding.vn)
- Webhook endpoint: `https://tohong-wedding.vn/webhooks/stripe`
- Sự kiện: `checkout.session.completed`, `charge.refunded`

Khóa đang dùng trên server (cập nhật 02/2024):

    STRIPE_SECRET_KEY=@@secret@@

Phí: 3.4% + 0.30 USD/giao dịch thẻ quốc tế. Payout về VCB mỗi thứ Hai.
""", stripe_key())

add("markdown/decoy-readme-placeholders", "crm/README.md", "https://www.makeareadme.com/", """
# Tơ Hồng CRM

Quản lý khách hàng, hợp đồng tiệc cưới và lịch sảnh.

## Chạy local

```bash
cp .env.example .env          # điền giá trị từ 1Password
docker compose -f docker-compose.dev.yml up -d
python manage.py migrate && python manage.py runserver
```

Biến môi trường cần có:

| Biến | Ví dụ |
|---|---|
| `DATABASE_URL` | `postgres://postgres:postgres@localhost:5432/tohong_dev` |
| `ZALO_OA_ACCESS_TOKEN` | `<token từ Zalo OA dashboard>` |
| `MOMO_SECRET_KEY` | `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |
| `SENTRY_DSN` | `https://<key>@o0.ingest.sentry.io/0` |
""")

add("log/smtp-auth-plain", "logs/mailer-debug-2024-05-20.log", "https://datatracker.ietf.org/doc/html/rfc4616", """
2024-05-20 08:01:12 DEBUG smtplib: send: 'ehlo crm-worker-2\\r\\n'
2024-05-20 08:01:12 DEBUG smtplib: reply: b'250-smtppro.zoho.com Hello crm-worker-2\\r\\n'
2024-05-20 08:01:12 DEBUG smtplib: reply: b'250-AUTH LOGIN PLAIN\\r\\n'
2024-05-20 08:01:12 DEBUG smtplib: send: 'AUTH PLAIN @@secret@@\\r\\n'
2024-05-20 08:01:13 DEBUG smtplib: reply: b'235 Authentication Successful\\r\\n'
2024-05-20 08:01:13 DEBUG smtplib: send: 'mail FROM:<booking@tohong-wedding.vn> size=48211\\r\\n'
2024-05-20 08:01:13 DEBUG smtplib: reply: b'250 Sender <booking@tohong-wedding.vn> OK\\r\\n'
2024-05-20 08:01:13 INFO mailer: sent contract BK20240518 to couple (2 recipients)
""", b64("\0booking@tohong-wedding.vn\0" + words_pw()))

add("log/decoy-masked-tokens", "logs/payments-2024-06-13.log", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
2024-06-13T10:20:58+07:00 INFO  vnpay.create txn=BK20240612 amount=15000000 tmn=TOHONG01 secret=****
2024-06-13T10:21:44+07:00 INFO  vnpay.ipn txn=BK20240612 code=00 hash_ok=true hash=@@h@@
2024-06-13T10:21:44+07:00 INFO  booking.deposit_paid ref=BK20240612 request_id=@@rid@@
2024-06-13T10:22:02+07:00 INFO  zns.send template=298740 phone=8490****567 token=eyJh…(redacted)
2024-06-13T10:22:03+07:00 WARN  momo.ipn ignored: signature mismatch order=MM1718248923 accessKey=F8B…
""", h=hexs(128), rid=uuid_s())

add("notebook/postgres-password", "analytics/notebooks/doanh_thu_mua_cuoi.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Doanh thu mùa cưới 2023–2024 theo sảnh"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "eng = create_engine('postgresql+psycopg2://analyst:@@secret@@@pg-main.internal.tohong-wedding.vn/tohong_crm')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "df = pd.read_sql(\\"select venue, date_trunc('month', event_date) m, sum(total_vnd) dt from bookings group by 1, 2\\", eng)\\n",
    "df.pivot(index='m', columns='venue', values='dt').plot(figsize=(12, 5))"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(16))

add("notebook/decoy-getpass", "analytics/notebooks/khach_quay_lai.ipynb", "https://docs.python.org/3/library/getpass.html", """
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
    "pw = os.environ.get('PGPASSWORD') or getpass.getpass('Mật khẩu analyst: ')\\n",
    "eng = create_engine(f'postgresql+psycopg2://analyst:{pw}@pg-main.internal.tohong-wedding.vn/tohong_crm')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "q = \\"select referrer_booking_id is not null as gioi_thieu, count(*) from bookings group by 1\\"\\n",
    "pd.read_sql(q, eng)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/google-api-key", "analytics/notebooks/khoang_cach_san.ipynb", "https://developers.google.com/maps/documentation/distance-matrix/get-api-key", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import googlemaps\\n",
    "gm = googlemaps.Client(key='@@secret@@')\\n",
    "origins = ['Nhà thờ Đức Bà, Q.1', 'Chùa Vĩnh Nghiêm, Q.3']\\n",
    "dests = ['White Palace, Phạm Văn Đồng', 'Riverside Palace, Q.4', 'Gem Center, Q.1']\\n",
    "res = gm.distance_matrix(origins, dests, mode='driving', language='vi', departure_time='now')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", google_key())
# --- planner mobile app and public-by-design values -------------------------------------------

add("plist/decoy-firebase-public-config", "ios/TohongPlanner/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>482910374615-k2m9q7r1t5v8x0z3b6d4f2h1j8l5n7p0.apps.googleusercontent.com</string>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>482910374615</string>
	<key>BUNDLE_ID</key>
	<string>vn.tohong.planner</string>
	<key>PROJECT_ID</key>
	<string>tohong-planner</string>
	<key>STORAGE_BUCKET</key>
	<string>tohong-planner.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:482910374615:ios:3f8a2c1d9e7b6a50</string>
</dict>
</plist>
""", k=google_key())

add("swift/sendbird-api-token", "ios/TohongPlanner/Services/ChatService.swift", "https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api", """
import Foundation

/// Chat giữa planner và cặp đôi (Sendbird). Token Platform API dùng để tạo kênh.
enum ChatConfig {
    static let appId = "8F2A61C4-3D1E-4B7A-9C55-0E12AB34CD56"
    static let apiToken = "@@secret@@"
}

final class ChatService {
    func createChannel(bookingRef: String, users: [String]) async throws {
        var req = URLRequest(url: URL(string: "https://api-\\(ChatConfig.appId).sendbird.com/v3/group_channels")!)
        req.httpMethod = "POST"
        req.setValue(ChatConfig.apiToken, forHTTPHeaderField: "Api-Token")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONSerialization.data(withJSONObject: [
            "name": "Cưới \\(bookingRef)", "user_ids": users, "channel_url": "booking-\\(bookingRef)",
        ])
        _ = try await URLSession.shared.data(for: req)
    }
}
""", hexs(40))

add("kotlin/decoy-buildconfig-from-gradle", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "vn.tohong.planner"
    compileSdk = 34
    defaultConfig {
        applicationId = "vn.tohong.planner"
        minSdk = 24
        targetSdk = 34
        versionCode = 52
        versionName = "2.8.0"
        buildConfigField("String", "API_BASE", "\\"https://api.tohong-wedding.vn\\"")
        buildConfigField("String", "SENDBIRD_APP_ID", "\\"8F2A61C4-3D1E-4B7A-9C55-0E12AB34CD56\\"")
        buildConfigField("String", "MAPS_KEY", "\\"${providers.gradleProperty("MAPS_KEY").getOrElse("")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/android-keystore-password", "android/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
# Ký bản release app TohongPlanner
storeFile=../keys/tohong-release.jks
storePassword=@@secret@@
keyAlias=tohong-release
keyPassword=@@secret@@
""", words_pw())

add("kotlin/onesignal-rest-key", "android/app/src/main/java/vn/tohong/planner/push/PushAdmin.kt", "https://documentation.onesignal.com/docs/keys-and-ids", """
package vn.tohong.planner.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// Gửi push "Còn 7 ngày đến ngày cưới" (gọi từ màn hình admin của planner)
object PushAdmin {
    private const val APP_ID = "3d7f2a91-6c4e-4b58-a1e0-9f8b7c6d5e4f"
    private const val REST_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun countdown(playerId: String, days: Int) {
        val body = \"\"\"{"app_id":"$APP_ID","include_player_ids":["$playerId"],"contents":{"vi":"Còn $days ngày đến ngày cưới!"}}\"\"\"
        val req = Request.Builder().url("https://onesignal.com/api/v1/notifications")
            .header("Authorization", "Basic $REST_KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        http.newCall(req).execute().close()
    }
}
""", fakes.drawn(_seed(), 48, string.ascii_lowercase + string.digits))

add("typescript/decoy-sentry-dsn", "web/sentry.client.config.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
import * as Sentry from "@sentry/nextjs";

// DSN is safe to expose in the browser (Sentry docs: "DSNs are safe to keep public").
Sentry.init({
  dsn: "https://@@k@@@o4507123456789012.ingest.de.sentry.io/4507123456789999",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV ?? "development",
});
""", k=hexs(32))

add("typescript/decoy-algolia-search-key", "web/src/lib/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: public by design, restricted to the "venues" and "vendors" indices.
const client = algoliasearch("KX7Q2M9ZT4", "@@k@@");

export const venuesIndex = client.initIndex("venues");
export const vendorsIndex = client.initIndex("vendors");

export async function searchVenues(q: string, district?: string) {
  return venuesIndex.search(q, { filters: district ? `district:"${district}"` : undefined, hitsPerPage: 12 });
}
""", k=hexs(32))

add("python/algolia-admin-key", "web/scripts/reindex_venues.py", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
# Đánh lại chỉ mục Algolia cho danh sách sảnh (chạy sau khi cập nhật giá menu)
from algoliasearch.search_client import SearchClient

from crm.venues import all_venues

client = SearchClient.create("KX7Q2M9ZT4", "@@secret@@")
index = client.init_index("venues")

records = [
    {"objectID": v.slug, "name": v.name, "district": v.district, "capacity": v.capacity,
     "price_per_table_vnd": v.price_per_table}
    for v in all_venues()
]
index.replace_all_objects(records, {"safe": True})
print(f"indexed {len(records)} venues")
""", hexs(32))

add("typescript/decoy-mapbox-public-token", "web/src/components/VenueMap.tsx", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import mapboxgl from "mapbox-gl";
import { useEffect, useRef } from "react";

// Public (pk.) token, URL-restricted to tohong-wedding.vn in the Mapbox account.
mapboxgl.accessToken = "pk.@@k@@";

export function VenueMap({ lng, lat }: { lng: number; lat: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const map = new mapboxgl.Map({ container: ref.current, style: "mapbox://styles/mapbox/light-v11", center: [lng, lat], zoom: 14 });
    new mapboxgl.Marker({ color: "#c2185b" }).setLngLat([lng, lat]).addTo(map);
    return () => map.remove();
  }, [lng, lat]);
  return <div ref={ref} style={{ height: 320 }} />;
}
""", k=b64('{"u":"tohongwedding","a":"clx7k2m9q0abc12def345ghij"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("rust/mapbox-secret-token", "tools/venue-tiles/src/main.rs", "https://docs.mapbox.com/api/maps/mapbox-tiling-service/", """
// Tải dữ liệu ranh giới các sảnh lên Mapbox Tiling Service (cần token bí mật sk.)
use std::fs;

const MAPBOX_USER: &str = "tohongwedding";
const MAPBOX_TOKEN: &str = "@@secret@@";

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let geojson = fs::read_to_string("data/venues.geojson")?;
    let url = format!(
        "https://api.mapbox.com/tilesets/v1/sources/{}/venues?access_token={}",
        MAPBOX_USER, MAPBOX_TOKEN
    );
    let part = reqwest::blocking::multipart::Form::new().text("file", geojson);
    let res = reqwest::blocking::Client::new().post(url).multipart(part).send()?;
    println!("{} {}", res.status(), res.text()?);
    Ok(())
}
""", "sk." + b64('{"u":"tohongwedding","a":"clx7k9p2r0xyz98wvu765tsrq"}').rstrip("=") + "." + fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("go/decoy-test-fixture-secret", "services/invoicer/sign_test.go", "https://pkg.go.dev/testing", """
package main

import "testing"

// Fixture values: the HMAC key below is a made-up test vector, not a MoMo key.
const testKey = "test-secret-key-do-not-use"

func TestSignMomo(t *testing.T) {
	raw := "accessKey=TESTACCESS&amount=10000&orderId=ORDER1&partnerCode=MOMOTEST"
	got := signHMAC(testKey, raw)
	if len(got) != 64 {
		t.Fatalf("want 64 hex chars, got %d", len(got))
	}
	if signHMAC(testKey, raw) != got {
		t.Fatal("signature not deterministic")
	}
}
""")
# --- decoys of the business itself ---------------------------------------------------------------

add("csv/decoy-booking-export", "exports/bookings-2024-q2.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
ma_booking,co_dau,chu_re,ngay_tiec,sanh,so_ban,tong_tien_vnd,trang_thai,payment_ref
BK20240412,Phạm Thu Trang,Đỗ Minh Quân,2024-04-28,White Palace - Sảnh Diamond,45,612000000,da_thanh_toan,@@r1@@
BK20240518,Võ Ngọc Hân,Bùi Gia Huy,2024-06-02,Gem Center - Sảnh Ruby,30,398000000,da_coc,@@r2@@
BK20240601,Trần Bảo Ngọc,Lý Đức Thịnh,2024-07-14,Riverside Palace - Sảnh A,38,455000000,da_coc,@@r3@@
BK20240603,Hoàng Mai Anh,Lê Hoàng Nam,2024-08-18,Hội An Garden,20,310000000,da_coc,@@r4@@
BK20240612,Nguyễn Thị Minh Anh,Phan Quốc Bảo,2024-09-08,White Palace - Sảnh Pearl,52,701000000,da_coc,@@r5@@
""", r1="cs_live_" + fakes.drawn(_seed(), 58), r2=uuid_s(), r3=uuid_s(), r4="pi_" + fakes.drawn(_seed(), 24), r5="14226112")

add("json/decoy-uuid-ids", "web/src/data/venues.json", "https://www.rfc-editor.org/rfc/rfc9562", """
[
  {"id": "@@u1@@", "slug": "white-palace-diamond", "name": "White Palace – Sảnh Diamond", "capacity": 600, "district": "Phú Nhuận"},
  {"id": "@@u2@@", "slug": "gem-center-ruby", "name": "Gem Center – Sảnh Ruby", "capacity": 350, "district": "Quận 1"},
  {"id": "@@u3@@", "slug": "riverside-palace-a", "name": "Riverside Palace – Sảnh A", "capacity": 450, "district": "Quận 4"},
  {"id": "@@u4@@", "slug": "hoi-an-garden", "name": "Hội An Garden (ngoài trời)", "capacity": 200, "district": "Hội An"},
  {"id": "@@u5@@", "slug": "dalat-pine-hill", "name": "Đà Lạt Pine Hill", "capacity": 150, "district": "Đà Lạt"}
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("yaml/decoy-checksums", "ops/ansible/roles/novastar/vars/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/get_url_module.html", """
# Phần mềm điều khiển màn LED (NovaLCT) và firmware – tải về máy điều khiển sảnh
novalct_version: "5.4.7"
novalct_url: "https://files.tohong-wedding.vn/vendor/novastar/NovaLCT-V5.4.7.exe"
novalct_checksum: "sha256:@@c1@@"
vx4s_firmware_url: "https://files.tohong-wedding.vn/vendor/novastar/VX4S-N_V4.6.3.bin"
vx4s_firmware_checksum: "sha256:@@c2@@"
test_pattern_url: "https://files.tohong-wedding.vn/media/test-pattern-4k.mp4"
test_pattern_md5: "@@c3@@"
""", c1=sha256ish(), c2=sha256ish(), c3=hexs(32))

add("python/decoy-regex-patterns", "crm/validators.py", "https://docs.python.org/3/library/re.html", """
\"\"\"Kiểm tra dữ liệu nhập từ form đặt tiệc.\"\"\"
import re

SDT_VN = re.compile(r"^(?:\\+84|0)(?:3|5|7|8|9)\\d{8}$")
MA_BOOKING = re.compile(r"^BK\\d{8}$")
MST = re.compile(r"^\\d{10}(?:-\\d{3})?$")
# nhận diện khóa bị dán nhầm vào ô ghi chú, để chặn trước khi lưu
LOOKS_LIKE_KEY = re.compile(r"(sk_live_[0-9A-Za-z]{24,}|AKIA[0-9A-Z]{16}|xox[baprs]-[0-9A-Za-z-]{10,})")


def clean_note(note: str) -> str:
    return LOOKS_LIKE_KEY.sub("[đã ẩn]", note)


def valid_phone(s: str) -> bool:
    return bool(SDT_VN.match(s.replace(" ", "")))
""")

add("python/decoy-hmac-verify", "booking/payments/vnpay_ipn.py", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
import hashlib
import hmac
import os
import urllib.parse

from booking.models import Booking

HASH_SECRET = os.environ["VNPAY_HASH_SECRET"].encode()


def verify(query: dict[str, str]) -> bool:
    received = query.pop("vnp_SecureHash", "")
    query.pop("vnp_SecureHashType", None)
    data = urllib.parse.urlencode(sorted(query.items()))
    expected = hmac.new(HASH_SECRET, data.encode(), hashlib.sha512).hexdigest()
    return hmac.compare_digest(expected, received.lower())


def handle(query: dict[str, str]) -> dict:
    if not verify(dict(query)):
        return {"RspCode": "97", "Message": "Invalid signature"}
    Booking.objects.filter(ref=query["vnp_TxnRef"]).update(deposit_paid=query["vnp_ResponseCode"] == "00")
    return {"RspCode": "00", "Message": "Confirm Success"}
""")

add("toml/decoy-env-references", "services/invoicer/config.toml", "https://toml.io/en/v1.0.0", """
# invoicer – đọc khóa từ môi trường (xem ops/k8s/invoicer-secret qua ExternalSecrets)
[stripe]
api_key_env = "STRIPE_RESTRICTED_KEY"
webhook_secret_env = "STRIPE_WEBHOOK_SECRET"

[einvoice]
provider = "misa"
username_env = "MEINVOICE_USER"
password_env = "MEINVOICE_PASSWORD"

[schedule]
cron = "0 7 * * 1"
timezone = "Asia/Ho_Chi_Minh"
""")

add("yaml/decoy-external-secret", "k8s/prod/invoicer-externalsecret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: invoicer
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: invoicer
  data:
    - secretKey: STRIPE_RESTRICTED_KEY
      remoteRef: { key: tohong/prod/stripe, property: restricted_key }
    - secretKey: MEINVOICE_PASSWORD
      remoteRef: { key: tohong/prod/meinvoice, property: password }
""")

add("shell/decoy-vault-read", "ops/scripts/rotate_momo.sh", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
#!/usr/bin/env bash
# Xoay khóa MoMo: lấy khóa mới từ Vault, cập nhật Secret k8s, restart booking-api
set -euo pipefail
NEW_KEY=$(vault kv get -field=secret_key secret/tohong/prod/momo)
kubectl -n booking create secret generic payments \\
  --from-literal=MOMO_SECRET_KEY="$NEW_KEY" \\
  --from-literal=MOMO_PARTNER_CODE=MOMOTOHO2023 \\
  --dry-run=client -o yaml | kubectl apply -f -
kubectl -n booking rollout restart deploy/booking-api
echo "rotated at $(date -Iseconds)"
""")

add("sql/decoy-schema", "db/migrations/0007_payment_tokens.sql", "https://www.postgresql.org/docs/current/ddl.html", """
-- Lưu token thẻ (đã mã hóa bởi Stripe/VNPay) để thanh toán đợt 2, KHÔNG lưu số thẻ
CREATE TABLE payment_methods (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    booking_id      uuid NOT NULL REFERENCES bookings(id),
    provider        text NOT NULL CHECK (provider IN ('stripe', 'vnpay', 'momo')),
    provider_token  text NOT NULL,           -- pm_... / vnp token, không phải bí mật
    last4           char(4),
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON payment_methods (booking_id);
""")

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "tohong-web",
  "version": "3.4.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@stripe/stripe-js": {
      "version": "3.5.0",
      "resolved": "https://registry.npmjs.org/@stripe/stripe-js/-/stripe-js-3.5.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("env/decoy-empty-and-dummy", "booking-api/.env.test", "https://pytest-django.readthedocs.io/en/latest/", """
# Môi trường test (CI) – giá trị giả, gateway chạy chế độ mock
APP_ENV=test
DATABASE_URL=postgres://postgres:postgres@localhost:5432/booking_test
REDIS_URL=redis://localhost:6379/15
VNPAY_HASH_SECRET=test
MOMO_ACCESS_KEY=dummy
MOMO_SECRET_KEY=dummy
PAYMENTS_MOCK=true
""")

add("yaml/decoy-docker-compose-secrets-file", "compose/prod/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  booking-api:
    image: registry.tohong-wedding.vn/booking-api:1.19.2
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
      MOMO_SECRET_KEY_FILE: /run/secrets/momo_secret
    secrets:
      - db_password
      - momo_secret
secrets:
  db_password:
    file: /etc/tohong/secrets/db_password
  momo_secret:
    file: /etc/tohong/secrets/momo_secret
""")

add("markdown/decoy-contract-template", "docs/templates/hop-dong-dich-vu.md", "https://thuvienphapluat.vn/", """
# HỢP ĐỒNG DỊCH VỤ TỔ CHỨC TIỆC CƯỚI
Số: {{ma_hop_dong}}/2024/HĐDV-TH

**Bên A (khách hàng):** {{ten_khach}} – CCCD {{cccd}}
**Bên B:** Công ty TNHH Tơ Hồng Wedding & Events – MST 0314829371

Điều 1. Bên B tổ chức tiệc cưới ngày {{ngay_tiec}} tại {{sanh}}, {{so_ban}} bàn.
Điều 2. Tổng giá trị {{tong_tien}} VNĐ; đặt cọc 30% khi ký, thanh toán 70% trước 7 ngày.
Điều 3. Chuyển khoản: Vietcombank 0071001234567, nội dung `COC {{ma_booking}}`.
Điều 4. Hủy trước 60 ngày hoàn 50% tiền cọc.
""")

add("java/decoy-hash-constant", "venue-portal/src/test/java/vn/tohong/pay/VnpayConfigTest.java", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
package vn.tohong.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VnpayConfigTest {
    // expected digest of "abc" under the test key; a computed output, not a credential
    private static final String EXPECTED = "@@h@@";

    @Test
    void digestHasSha512Length() throws Exception {
        assertEquals(128, EXPECTED.length());
        assertEquals(128, VnpayConfig.hmacSHA512("abc").length());
    }
}
""", h=hexs(128))
# --- photo/film delivery, office IT, more forms -------------------------------------------------

_dbx1, _dbx2 = fakes.drawn(_seed(), 70, ALNUM + "-_"), fakes.drawn(_seed(), 68, ALNUM + "-_")
add("python/dropbox-token", "tools/photo_delivery/dropbox_share.py", "https://developers.dropbox.com/oauth-guide", """
\"\"\"Chia sẻ thư mục ảnh RAW cho nhiếp ảnh gia đối tác (Dropbox Business).\"\"\"
import dropbox

dbx = dropbox.Dropbox(
    "sl.@@p1@@"
    "@@p2@@"
)


def share_folder(couple_slug: str, photographer_email: str) -> str:
    path = f"/Tohong Photo/2024/{couple_slug}"
    meta = dbx.sharing_share_folder(path)
    dbx.sharing_add_folder_member(
        meta.shared_folder_id,
        [dropbox.sharing.AddMember(dropbox.sharing.MemberSelector.email(photographer_email))],
    )
    return meta.preview_url
""", "sl." + _dbx1 + _dbx2, p1=_dbx1, p2=_dbx2)

add("shell/vimeo-token", "ops/scripts/upload_film.sh", "https://developer.vimeo.com/api/authentication", """
#!/usr/bin/env bash
# Tải phim cưới (bản highlight) lên Vimeo, để riêng tư, trả link cho cặp đôi
set -euo pipefail
FILE="$1"; TITLE="$2"
SIZE=$(stat -c %s "$FILE")
RESP=$(curl -s -X POST https://api.vimeo.com/me/videos \\
  -H "Authorization: bearer @@secret@@" \\
  -H "Content-Type: application/json" \\
  -H "Accept: application/vnd.vimeo.*+json;version=3.4" \\
  -d "{\\"upload\\":{\\"approach\\":\\"tus\\",\\"size\\":\\"$SIZE\\"},\\"name\\":\\"$TITLE\\",\\"privacy\\":{\\"view\\":\\"unlisted\\"}}")
echo "$RESP" | jq -r '.link'
""", hexs(32))

add("typescript/zoom-client-secret", "web/src/server/zoom.ts", "https://developers.zoom.us/docs/internal-apps/s2s-oauth/", """
// Tạo phòng Zoom cho khách ở xa dự lễ gia tiên online (Server-to-Server OAuth)
const ACCOUNT_ID = "q7K2mZ9xT4abR1cD5eF8gH";
const CLIENT_ID = "Xb3kT9qLm2RzW7vN1pYc";
const CLIENT_SECRET = "@@secret@@";

async function accessToken(): Promise<string> {
  const basic = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString("base64");
  const res = await fetch(`https://zoom.us/oauth/token?grant_type=account_credentials&account_id=${ACCOUNT_ID}`, {
    method: "POST",
    headers: { Authorization: `Basic ${basic}` },
  });
  return (await res.json()).access_token;
}

export async function createCeremonyMeeting(topic: string, startIso: string) {
  const token = await accessToken();
  const res = await fetch("https://api.zoom.us/v2/users/me/meetings", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ topic, type: 2, start_time: startIso, timezone: "Asia/Ho_Chi_Minh", duration: 90 }),
  });
  return res.json();
}
""", fakes.drawn_mixed(_seed(), 32))

add("powershell/azure-client-secret", "ops/windows/Sync-M365Users.ps1", "https://learn.microsoft.com/en-us/graph/auth-v2-service", """
# Đồng bộ danh sách nhân viên thời vụ (mùa cưới) vào Microsoft 365
$tenantId = "5b1c9e2a-7d43-4f18-9a06-3e8c2b71d4f5"
$clientId = "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f"
$clientSecret = "@@secret@@"

$body = @{
    client_id     = $clientId
    scope         = "https://graph.microsoft.com/.default"
    client_secret = $clientSecret
    grant_type    = "client_credentials"
}
$token = (Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.com/$tenantId/oauth2/v2.0/token" -Body $body).access_token

Import-Csv .\\\\nhan-vien-thoi-vu.csv | ForEach-Object {
    $user = @{ accountEnabled = $true; displayName = $_.HoTen; mailNickname = $_.Alias
               userPrincipalName = "$($_.Alias)@tohong-wedding.vn"
               passwordProfile = @{ forceChangePasswordNextSignIn = $true; password = $_.MatKhauTam } }
    Invoke-RestMethod -Method Post -Uri "https://graph.microsoft.com/v1.0/users" `
        -Headers @{ Authorization = "Bearer $token" } -ContentType "application/json" -Body ($user | ConvertTo-Json)
}
""", fakes.drawn(_seed(), 3) + "8Q~" + fakes.drawn(_seed(), 34, ALNUM + "_.-~"))

add("python/ldap-bind-password", "crm/tohong_crm/auth_ldap.py", "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html", """
import ldap
from django_auth_ldap.config import LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc01.tohong.local:636"
AUTH_LDAP_BIND_DN = "CN=svc-crm,OU=Service,DC=tohong,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@secret@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch("OU=NhanVien,DC=tohong,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)")
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
AUTH_LDAP_ALWAYS_UPDATE_USER = True
AUTHENTICATION_BACKENDS = [
    "django_auth_ldap.backend.LDAPBackend",
    "django.contrib.auth.backends.ModelBackend",
]
""", words_pw())

add("ini/ldap-bind-password", "ops/nas/ldap-client.conf", "https://www.synology.com/en-global/knowledgebase/DSM/help/DSM/AdminCenter/file_directory_service_ldap", """
; Synology DSM – kết nối LDAP tới domain văn phòng
[ldap]
server = dc01.tohong.local
port = 636
encryption = ssl
base_dn = DC=tohong,DC=local
bind_dn = CN=svc-nas,OU=Service,DC=tohong,DC=local
bind_password = @@secret@@
profile = standard
update_interval = 3600
""", rand_pw(18, "!#%"))

add("yaml/basic-auth-header", "ops/uptime/checks.yml", "https://datatracker.ietf.org/doc/html/rfc7617", """
# Uptime checks (Uptime Kuma import)
monitors:
  - name: Website
    url: https://tohong-wedding.vn/healthz
    interval: 60
  - name: CRM
    url: https://crm.tohong-wedding.vn/healthz
    interval: 60
  - name: Venue portal admin
    url: https://venues.tohong-wedding.vn/admin/healthz
    interval: 120
    headers:
      Authorization: "Basic @@secret@@"
  - name: Booking API
    url: https://api.tohong-wedding.vn/v1/ping
    interval: 60
""", b64("monitor:" + words_pw()))

add("php/wordpress-db-password", "legacy/blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Blog cũ blog.tohong-wedding.vn – WordPress */
define( 'DB_NAME', 'tohong_blog' );
define( 'DB_USER', 'blog_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'th_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'vi' );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-config-env", "web-landing/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Landing page mùa cưới – cấu hình lấy từ môi trường của hosting */
define( 'DB_NAME', getenv( 'WORDPRESS_DB_NAME' ) );
define( 'DB_USER', getenv( 'WORDPRESS_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WORDPRESS_DB_HOST' ) ?: 'localhost' );
define( 'AUTH_KEY', getenv( 'WORDPRESS_AUTH_KEY' ) );
$table_prefix = 'lp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("go/webhook-signing-secret", "services/calendly-hook/main.go", "https://developer.calendly.com/api-docs/4c305798a61d3-webhook-signatures", """
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"strings"
)

var signingKey = []byte("@@secret@@")

func verify(r *http.Request, body []byte) bool {
	parts := map[string]string{}
	for _, kv := range strings.Split(r.Header.Get("Calendly-Webhook-Signature"), ",") {
		if k, v, ok := strings.Cut(kv, "="); ok {
			parts[k] = v
		}
	}
	mac := hmac.New(sha256.New, signingKey)
	mac.Write([]byte(parts["t"] + "." + string(body)))
	return hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(parts["v1"]))
}

func main() {
	http.HandleFunc("/calendly/hook", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if !verify(r, body) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	_ = http.ListenAndServe(":8091", nil)
}
""", fakes.drawn_mixed(_seed(), 43, ALNUM + "-_"))

add("ruby/shopify-access-token", "shop/lib/shopify_client.rb", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
# Cửa hàng phụ kiện cưới (thiệp, quà cảm ơn) – shop.tohong-wedding.vn
require "shopify_api"

ShopifyAPI::Context.setup(
  api_key: "3a9c1f7e5b2d4068a1c3e5f7092b4d6e",
  api_secret_key: "",
  host: "https://shop.tohong-wedding.vn",
  scope: "read_orders,write_products",
  is_embedded: false,
  api_version: "2024-04",
  is_private: true,
)

SESSION = ShopifyAPI::Auth::Session.new(
  shop: "tohong-wedding.myshopify.com",
  access_token: "@@secret@@",
)

def low_stock(threshold = 20)
  ShopifyAPI::Product.all(session: SESSION, limit: 250).select { |p| p.variants.sum(&:inventory_quantity) < threshold }
end
""", "shpat_" + hexs(32))

add("toml/digitalocean-token", "ops/doctl/config.toml", "https://docs.digitalocean.com/reference/doctl/reference/auth/init/", """
# doctl context cho droplet chạy blog cũ và photobooth relay
[default]
context = "tohong"

[auth-contexts]
tohong = "@@secret@@"

[output]
format = "text"
""", "dop_v1_" + hexs(64))

add("github-actions/docker-hub-token", ".github/workflows/build-images.yml", "https://docs.docker.com/security/for-developers/access-tokens/", """
name: build-images
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: echo "@@secret@@" | docker login -u tohongci --password-stdin
      - name: build
        run: |
          docker build -t tohongwedding/crm:${{ github.sha }} crm
          docker push tohongwedding/crm:${{ github.sha }}
""", "dckr_pat_" + fakes.drawn(_seed(), 27, ALNUM + "-_"))

add("shell/mysql-cli-password", "ops/scripts/backup_venue_portal.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# Sao lưu DB venue portal mỗi đêm, giữ 14 bản
set -e
DATE=$(date +%F)
OUT=/backup/mysql/venue_portal-$DATE.sql.gz
mysqldump -h mysql-venues.internal.tohong-wedding.vn -u backup -p'@@secret@@' \\
  --single-transaction --routines venue_portal | gzip > "$OUT"
find /backup/mysql -name 'venue_portal-*.sql.gz' -mtime +14 -delete
echo "backup ok: $OUT"
""", words_pw())

add("json/sql-server-password", "Tohong.Crm/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/api/system.data.sqlclient.sqlconnection.connectionstring", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Pos": "Server=10.40.1.5,1433;Database=WhitePalacePOS;User Id=tohong_sync;Password=@@secret@@;TrustServerCertificate=True"
  },
  "Sync": {
    "Venue": "white-palace",
    "IntervalMinutes": 10
  }
}
""", words_pw())
# --- more carriers ------------------------------------------------------------------------------

_tls_key = pem("RSA")
add("k8s-secret/tls-private-key", "k8s/prod/venues-tls.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets", """
apiVersion: v1
kind: Secret
metadata:
  name: venues-tls
  namespace: venue-portal
type: kubernetes.io/tls
data:
  tls.crt: @@crt@@
  tls.key: @@key@@
""", _tls_key, crt=b64(cert_pem() + "\n"), key=b64(_tls_key + "\n"))

_fz = words_pw()
add("xml/ftp-password", "ops/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.inthiep-saigon.vn</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <Type>0</Type>
      <User>tohong_thiep</User>
      <Pass encoding="base64">@@enc@@</Pass>
      <Logontype>1</Logontype>
      <Name>Nhà in thiệp Sài Gòn</Name>
      <RemoteDir>1 0 6 upload 7 tohong</RemoteDir>
    </Server>
  </Servers>
</FileZilla3>
""", _fz, enc=b64(_fz))

add("go/momo-secret-key", "services/momo-ipn/handler.go", "https://developers.momo.vn/v3/docs/payment/api/result-handling/notification", """
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

const (
	partnerCode = "MOMOTOHO2023"
	accessKey   = "@@access@@"
	secretKey   = "@@secret@@"
)

type IPN struct {
	OrderID, RequestID, OrderInfo, OrderType, Message, PayType, ExtraData, Signature string
	Amount, TransID, ResponseTime                                                     int64
	ResultCode                                                                        int
}

func validSignature(n IPN) bool {
	raw := fmt.Sprintf("accessKey=%s&amount=%d&extraData=%s&message=%s&orderId=%s&orderInfo=%s&orderType=%s&partnerCode=%s&payType=%s&requestId=%s&responseTime=%d&resultCode=%d&transId=%d",
		accessKey, n.Amount, n.ExtraData, n.Message, n.OrderID, n.OrderInfo, n.OrderType, partnerCode, n.PayType, n.RequestID, n.ResponseTime, n.ResultCode, n.TransID)
	mac := hmac.New(sha256.New, []byte(secretKey))
	mac.Write([]byte(raw))
	return hex.EncodeToString(mac.Sum(nil)) == n.Signature
}
""", fakes.drawn_mixed(_seed(), 32), access=fakes.drawn_mixed(_seed(), 16))

add("python/zalopay-key", "booking/payments/zalopay.py", "https://docs.zalopay.vn/v2/general/overview.html#tao-don-hang", """
import hashlib
import hmac
import json
import time

import requests

APP_ID = 2553
KEY1 = "@@secret@@"
ENDPOINT = "https://openapi.zalopay.vn/v2/create"


def create_order(booking_ref: str, amount: int, user: str) -> dict:
    trans_id = int(time.time() * 1000) % 1000000
    order = {
        "app_id": APP_ID,
        "app_trans_id": time.strftime("%y%m%d") + f"_{trans_id}",
        "app_user": user,
        "app_time": int(time.time() * 1000),
        "amount": amount,
        "item": json.dumps([{"booking": booking_ref}]),
        "embed_data": json.dumps({"redirecturl": "https://tohong-wedding.vn/thanh-toan/ket-qua"}),
        "description": f"Tơ Hồng - Đặt cọc {booking_ref}",
        "bank_code": "",
    }
    data = "|".join(str(order[k]) for k in ("app_id", "app_trans_id", "app_user", "amount", "app_time", "embed_data", "item"))
    order["mac"] = hmac.new(KEY1.encode(), data.encode(), hashlib.sha256).hexdigest()
    return requests.post(ENDPOINT, data=order, timeout=15).json()
""", fakes.drawn_mixed(_seed(), 32))

add("csharp/vnpay-hash-secret", "Tohong.Crm/Payments/VnpayOptions.cs", "https://sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html", """
namespace Tohong.Crm.Payments;

public sealed class VnpayOptions
{
    public string TmnCode { get; init; } = "TOHONGCR";
    public string HashSecret { get; init; } = "@@secret@@";
    public string BaseUrl { get; init; } = "https://pay.vnpay.vn/vpcpay.html";
    public string ReturnUrl { get; init; } = "https://crm.tohong-wedding.vn/payments/vnpay-return";
    public string Version { get; init; } = "2.1.0";
    public string Locale { get; init; } = "vn";
}
""", hexs(32, string.ascii_uppercase + string.digits))

add("env/telegram-bot-token", "bots/.env", "https://core.telegram.org/bots/features#botfather", """
# Bot nhắc việc cho đội điều phối tiệc
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_CHAT_DIEU_PHOI=-1001873645291
TELEGRAM_CHAT_KY_THUAT=-1002093847561
REMIND_AT=07:30
TZ=Asia/Ho_Chi_Minh
""", fakes.telegram_token(_seed()))

add("csharp/sendgrid-api-key", "Tohong.Crm/Services/EmailSender.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Tohong.Crm.Services;

public class EmailSender
{
    private readonly SendGridClient _client = new("@@secret@@");

    public async Task SendContractAsync(string to, string coupleName, byte[] pdf)
    {
        var msg = MailHelper.CreateSingleEmail(
            new EmailAddress("booking@tohong-wedding.vn", "Tơ Hồng Wedding"),
            new EmailAddress(to, coupleName),
            "Hợp đồng dịch vụ tiệc cưới",
            "Gửi anh chị hợp đồng đính kèm.",
            "<p>Gửi anh chị hợp đồng đính kèm.</p>");
        msg.AddAttachment("hop-dong.pdf", Convert.ToBase64String(pdf));
        await _client.SendEmailAsync(msg);
    }
}
""", sendgrid_key())

add("terraform/aws-secret-key", "infra/legacy/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
# Hạ tầng cũ (2021) – S3 bucket ảnh và CloudFront. Đang chuyển sang infra/aws.
provider "aws" {
  region     = "ap-southeast-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "albums_legacy" {
  bucket = "tohong-albums-2021"
}

resource "aws_cloudfront_origin_access_identity" "albums" {
  comment = "albums legacy"
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ruby/slack-webhook", "lib/tasks/daily_report.rake", "https://api.slack.com/messaging/webhooks", """
# rake report:daily – báo cáo số booking mới mỗi ngày vào Slack #kinh-doanh
require "net/http"
require "json"

namespace :report do
  task daily: :environment do
    count = Booking.where(created_at: Date.yesterday.all_day).count
    deposit = Booking.where(deposit_paid_at: Date.yesterday.all_day).sum(:deposit_vnd)
    text = "Hôm qua: #{count} booking mới, cọc #{ActiveSupport::NumberHelper.number_to_delimited(deposit)} đ"
    uri = URI("@@secret@@")
    Net::HTTP.post(uri, { text: text }.to_json, "Content-Type" => "application/json")
  end
end
""", slack_webhook())

add("yaml/redis-password", "k8s/prod/booking-api-config.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: booking-api
  namespace: booking
data:
  LOG_LEVEL: info
  HOLD_SLOT_TTL_SECONDS: "900"
  REDIS_URL: "rediss://:@@secret@@@tohong-redis.ap-southeast-1.cache.amazonaws.com:6379/0"
  FEATURE_ONLINE_DEPOSIT: "true"
  VENUES: "white-palace,gem-center,riverside-palace,hoi-an-garden"
""", fakes.redis_password(_seed()))

add("shell/wifi-psk", "ops/pi/setup-checkin-kiosk.sh", "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line", """
#!/bin/bash
# Cài máy check-in khách (Raspberry Pi + máy in tem) cho tiệc ngoài trời
set -e
nmcli dev wifi connect "TohongStaff" password "@@secret@@" ifname wlan0
sudo apt-get install -y cups chromium-browser unclutter
sudo lpadmin -p tem -E -v usb://Brother/QL-820NWB -m everywhere
mkdir -p ~/.config/autostart
cat > ~/.config/autostart/kiosk.desktop <<'DESK'
[Desktop Entry]
Type=Application
Exec=chromium-browser --kiosk https://checkin.tohong-wedding.vn
DESK
sudo reboot
""", words_pw())

add("markdown/pos-admin-password", "docs/venues/gem-center.md", "https://www.kiotviet.vn/", """
# Sảnh Gem Center – ghi chú vận hành

- Quản lý sảnh: chị Thảo (0908 xxx 662).
- Giờ vào setup sớm nhất: 13:00 (tiệc tối), 07:00 (tiệc trưa).
- Thang tải hàng: cửa số 3, đường Nguyễn Thị Minh Khai.

## Máy POS quầy bar (KiotViet)
Tài khoản quản trị do sảnh cấp cho Tơ Hồng để đối soát đồ uống:
- Đăng nhập: `tohong.gemcenter`
- Mật khẩu: `@@secret@@`
- Chỉ xem báo cáo, không sửa đơn.

## Âm thanh
Mixer Yamaha TF5, nhà cung cấp âm thanh của sảnh – không tự ý đổi scene.
""", words_pw())

add("ini/decoy-sops-encrypted", "ops/secrets/prod.enc.ini", "https://github.com/getsops/sops#encrypting-ini-files", """
[payments]
vnpay_hash_secret = ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
momo_secret_key = ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]

[sops]
kms__list_0__map_arn = arn:aws:kms:ap-southeast-1:613894527011:key/1f3c9e2a-5b7d-4e61-8a09-2c4f6d8b0e13
lastmodified = 2024-06-01T03:12:44Z
mac = ENC[AES256_GCM,data:@@m@@,iv:@@iv3@@,tag:@@t3@@,type:str]
version = 3.8.1
""", d1=fakes.drawn(_seed(), 44, ALNUM + "+/") + "=", iv1=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    t1=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==", d2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=",
    iv2=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t2=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==",
    m=fakes.drawn(_seed(), 88, ALNUM + "+/"), iv3=fakes.drawn(_seed(), 43, ALNUM + "+/") + "=", t3=fakes.drawn(_seed(), 22, ALNUM + "+/") + "==")

add("text/decoy-ssh-public-key", "ops/ansible/roles/users/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", """
# Khóa công khai của đội kỹ thuật (được phép SSH vào máy chủ sảnh)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k1@@ khoa@tohong-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k2@@ tuan@tohong-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k3@@ deploy@gha
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA@@k4@@ phuc@riverside
""", k1=fakes.drawn(_seed(), 44, ALNUM + "+/"), k2=fakes.drawn(_seed(), 44, ALNUM + "+/"),
    k3=fakes.drawn(_seed(), 340, ALNUM + "+/"), k4=fakes.drawn(_seed(), 44, ALNUM + "+/"))

add("text/decoy-public-key-pem", "venue-portal/keys/zalopay_public.pem", "https://docs.zalopay.vn/v2/general/overview.html", """
-----BEGIN PUBLIC KEY-----
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
-----END PUBLIC KEY-----
""", l1="MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + fakes.drawn(_seed(), 20, ALNUM + "+/"),
    l2=fakes.drawn(_seed(), 64, ALNUM + "+/"), l3=fakes.drawn(_seed(), 64, ALNUM + "+/"),
    l4=fakes.drawn(_seed(), 64, ALNUM + "+/"), l5=fakes.drawn(_seed(), 40, ALNUM + "+/") + "IDAQAB")
# --- more decoys ------------------------------------------------------------------------------

add("python/decoy-vietqr-payload", "booking/payments/vietqr.py", "https://www.vietqr.io/danh-sach-api/", """
\"\"\"Tạo mã VietQR (chuẩn EMVCo/NAPAS) để khách quét chuyển khoản tiền cọc.\"\"\"
import binascii

BANK_BIN = "970436"  # Vietcombank
ACCOUNT = "0071001234567"
SAMPLE = "00020101021238570010A000000727012700069704360113007100123456702080QRIBFTTA53037045408150000005802VN62160812COC BK202406126304A1F3"


def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def payload(amount: int, note: str) -> str:
    acct = _tlv("00", "A000000727") + _tlv("01", _tlv("00", BANK_BIN) + _tlv("01", ACCOUNT)) + _tlv("02", "QRIBFTTA")
    body = (_tlv("00", "01") + _tlv("01", "12") + _tlv("38", acct) + _tlv("53", "704")
            + _tlv("54", str(amount)) + _tlv("58", "VN") + _tlv("62", _tlv("08", note)) + "6304")
    crc = binascii.crc_hqx(body.encode(), 0xFFFF)
    return body + f"{crc:04X}"
""")

add("csv/decoy-guest-list", "events/BK20240612/khach-moi.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
stt,ho_ten,ben,ban_so,so_nguoi,ma_moi,da_xac_nhan
1,Nguyễn Văn Hùng,nhà gái,1,2,INV-7K2M9Q,co
2,Trần Thị Hoa,nhà gái,1,2,INV-X4T8PL,co
3,Phan Văn Lợi,nhà trai,5,4,INV-R9C2WD,chua
4,Lê Minh Châu,bạn cô dâu,12,1,INV-B6Y3NZ,co
5,Đặng Quốc Việt,bạn chú rể,14,2,INV-H8E5JU,co
6,Mr. David Nguyen,bạn chú rể,14,2,INV-Q3F7VA,chua
""")

add("json/decoy-tracking-numbers", "invitations/shipping/ghn_orders_2024-06.json", "https://api.ghn.vn/home/docs/detail", """
{
  "shop_id": 4829173,
  "orders": [
    {"order_code": "GYK7M9QX", "to_name": "Phan Văn Lợi", "province": "Nghệ An", "status": "delivered", "fee": 32000},
    {"order_code": "GYK7M9R2", "to_name": "Trần Thị Hoa", "province": "Bình Định", "status": "delivering", "fee": 29000},
    {"order_code": "GYK7M9TT", "to_name": "Nguyễn Văn Hùng", "province": "Cần Thơ", "status": "ready_to_pick", "fee": 27500}
  ],
  "token": "${GHN_TOKEN}",
  "generated_at": "2024-06-14T08:00:00+07:00"
}
""")

add("yaml/decoy-helm-secret-refs", "helm/booking-api/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
image:
  repository: registry.tohong-wedding.vn/booking-api
  tag: "1.19.2"
replicaCount: 3
secrets:
  existingSecret: payments           # VNPAY_HASH_SECRET, MOMO_SECRET_KEY (ExternalSecrets)
  zalopay:
    key1: ""                         # set via --set-file from vault in CI
    key2: ""
redis:
  auth:
    existingSecret: booking-redis
    existingSecretPasswordKey: redis-password
resources:
  limits: { cpu: "1", memory: 512Mi }
""")

add("markdown/decoy-changelog-hashes", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [3.4.1] – 2024-06-10
### Sửa lỗi
- Sửa tính tổng tiền khi đổi số bàn sau khi đã cọc (@@c1@@).
- Link album hết hạn sớm hơn 7 ngày (@@c2@@).

## [3.4.0] – 2024-05-28
### Tính năng
- Thanh toán cọc qua ZaloPay (@@c3@@).
- Lịch âm/ngày hoàng đạo trên trang đặt sảnh (dùng `vn-lunar-dates` 1.3.0).
""", c1=hexs(40), c2=hexs(40), c3=hexs(40))

add("terraform/decoy-lock-hashes", "infra/aws/.terraform.lock.hcl", "https://developer.hashicorp.com/terraform/language/files/dependency-lock", """
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.54.1"
  constraints = "~> 5.50"
  hashes = [
    "h1:@@h1@@=",
    "zh:@@z1@@",
    "zh:@@z2@@",
    "zh:@@z3@@",
  ]
}
""", h1=fakes.drawn(_seed(), 43, ALNUM + "+/"), z1=sha256ish(), z2=sha256ish(), z3=sha256ish())

add("python/decoy-test-fixtures", "booking/tests/test_momo.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import hashlib
import hmac

import pytest

from booking.payments.momo import raw_signature, sign

# Test doubles only: MoMo's UAT never sees these.
FAKE_ACCESS = "FAKE_ACCESS_KEY"
FAKE_SECRET = "fake-secret-for-tests-only"


@pytest.fixture
def order():
    return {"orderId": "BK20240612-1", "amount": 15000000, "requestId": "req-1"}


def test_sign_matches_hmac(order):
    raw = raw_signature(FAKE_ACCESS, **order)
    expected = hmac.new(FAKE_SECRET.encode(), raw.encode(), hashlib.sha256).hexdigest()
    assert sign(FAKE_SECRET, raw) == expected
""")

add("javascript/decoy-recaptcha-site-key", "web/public/js/contact-form.js", "https://developers.google.com/recaptcha/docs/v3", """
// Form liên hệ tư vấn – reCAPTCHA v3 (site key là công khai)
const RECAPTCHA_SITE_KEY = "@@k@@";

document.getElementById("lien-he").addEventListener("submit", (ev) => {
  ev.preventDefault();
  grecaptcha.ready(async () => {
    const token = await grecaptcha.execute(RECAPTCHA_SITE_KEY, { action: "lien_he" });
    const data = Object.fromEntries(new FormData(ev.target));
    await fetch("/api/lien-he", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ ...data, recaptcha: token }) });
    ev.target.reset();
    alert("Cảm ơn anh chị, Tơ Hồng sẽ liên hệ trong 24 giờ!");
  });
});
""", k="6Le" + fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("kotlin/decoy-oauth-client-id", "android/app/src/main/java/vn/tohong/planner/auth/GoogleSignIn.kt", "https://developers.google.com/identity/android-credential-manager", """
package vn.tohong.planner.auth

import com.google.android.libraries.identity.googleid.GetGoogleIdOption

// Web client ID (public identifier, not a secret) for Sign in with Google.
private const val WEB_CLIENT_ID = "482910374615-7hq2k9m4t1v6x8z0b3d5f7h9j2l4n6p8.apps.googleusercontent.com"

fun googleIdOption(nonce: String): GetGoogleIdOption =
    GetGoogleIdOption.Builder()
        .setFilterByAuthorizedAccounts(false)
        .setServerClientId(WEB_CLIENT_ID)
        .setNonce(nonce)
        .build()
""")

add("log/decoy-access-log", "logs/nginx-access-2024-06-13.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
113.161.42.18 - - [13/Jun/2024:10:20:57 +0700] "GET /dat-sanh/white-palace?ngay=2024-09-08 HTTP/2.0" 200 18234 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"
113.161.42.18 - - [13/Jun/2024:10:20:58 +0700] "POST /api/booking/hold HTTP/2.0" 201 412 "-" "Mozilla/5.0 (iPhone)"
203.205.29.7 - - [13/Jun/2024:10:21:44 +0700] "GET /thanh-toan/vnpay-ipn?vnp_TxnRef=BK20240612&vnp_ResponseCode=00&vnp_SecureHash=@@h@@ HTTP/1.1" 200 52 "-" "VNPAY"
113.161.42.18 - - [13/Jun/2024:10:21:46 +0700] "GET /thanh-toan/ket-qua?ref=BK20240612 HTTP/2.0" 200 9120 "-" "Mozilla/5.0 (iPhone)"
14.241.120.5 - - [13/Jun/2024:10:22:10 +0700] "GET /album/minh-anh-quoc-bao?invite=INV-7K2M9Q HTTP/2.0" 200 50211 "-" "Zalo"
""", h=hexs(128))

add("json/decoy-oauth-redirect-config", "web/src/config/auth.json", "https://developers.facebook.com/docs/facebook-login/web", """
{
  "facebook": {
    "appId": "873645129047561",
    "version": "v19.0",
    "redirectUri": "https://tohong-wedding.vn/auth/facebook/callback"
  },
  "google": {
    "clientId": "482910374615-9c2m4q6s8u0w2y4a6c8e0g2i4k6m8o0q.apps.googleusercontent.com",
    "redirectUri": "https://tohong-wedding.vn/auth/google/callback"
  },
  "zalo": {
    "appId": "2947581036271849502",
    "redirectUri": "https://tohong-wedding.vn/auth/zalo/callback"
  }
}
""")

add("sql/decoy-encrypted-column", "db/seeds/002_vendor_accounts.sql", "https://www.postgresql.org/docs/current/pgcrypto.html", """
-- Tài khoản cổng nhà cung cấp (đã mã hóa bằng pgp_sym_encrypt, khóa ở KMS)
INSERT INTO vendor_portal_accounts (vendor, login, password_enc, rotated_at) VALUES
  ('Hoa tươi Đà Lạt Xanh', 'tohong', decode('@@e1@@', 'hex'), '2024-05-01'),
  ('Bánh cưới Maison', 'tohong.order', decode('@@e2@@', 'hex'), '2024-05-01'),
  ('Ban nhạc Acoustic Chill', 'tohong', decode('@@e3@@', 'hex'), '2024-04-12');
-- giải mã: SELECT pgp_sym_decrypt(password_enc, current_setting('app.vendor_key')) ...
""", e1="c30d04070302" + hexs(90), e2="c30d04070302" + hexs(90), e3="c30d04070302" + hexs(90))

add("markdown/decoy-api-docs-example", "docs/api/booking-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", """
# Booking API (cho đối tác sảnh)

Xác thực bằng header `Authorization: Bearer <API_KEY>`; key cấp riêng cho từng sảnh qua email.

```http
GET /v1/venues/white-palace/availability?from=2024-09-01&to=2024-09-30 HTTP/1.1
Host: api.tohong-wedding.vn
Authorization: Bearer YOUR_API_KEY
```

Trả về:

```json
{"venue": "white-palace", "free": ["2024-09-07", "2024-09-14"], "held": ["2024-09-08"]}
```

Giới hạn: 60 request/phút/key. Lỗi 401 khi key sai hoặc đã thu hồi.
""")

add("yaml/decoy-openapi-security", "docs/api/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Tơ Hồng Booking API
  version: 1.19.0
servers:
  - url: https://api.tohong-wedding.vn/v1
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
    partnerKey:
      type: apiKey
      in: header
      name: X-Partner-Key
security:
  - bearerAuth: []
paths:
  /venues/{slug}/availability:
    get:
      parameters:
        - { name: slug, in: path, required: true, schema: { type: string } }
      responses:
        "200": { description: OK }
""")

add("python/decoy-settings-from-secret-manager", "booking/config.py", "https://cloud.google.com/secret-manager/docs/reference/libraries", """
\"\"\"Cấu hình booking-api: bí mật đọc từ AWS Secrets Manager lúc khởi động.\"\"\"
import json
from functools import lru_cache

import boto3


@lru_cache
def secrets() -> dict:
    sm = boto3.client("secretsmanager", region_name="ap-southeast-1")
    return json.loads(sm.get_secret_value(SecretId="tohong/prod/booking-api")["SecretString"])


VNPAY_TMN_CODE = "TOHONG01"
VNPAY_HASH_SECRET = property(lambda _: secrets()["vnpay_hash_secret"])
MOMO_PARTNER_CODE = "MOMOTOHO2023"
HOLD_SLOT_TTL_SECONDS = 900
""")

add("ini/decoy-supervisor-env-refs", "ops/supervisor/photobooth-relay.conf", "http://supervisord.org/configuration.html#program-x-section-settings", """
[program:photobooth-relay]
command=/opt/relay/bin/relay --listen 0.0.0.0:9000
directory=/opt/relay
user=relay
autostart=true
autorestart=true
environment=FTP_USER="booth",FTP_PASSWORD="%(ENV_BOOTH_FTP_PASSWORD)s",ALBUM_ROOT="/srv/albums"
stdout_logfile=/var/log/relay.out.log
stderr_logfile=/var/log/relay.err.log
""")
# --- more secrets in other shapes -----------------------------------------------------------------

_split = hexs(32, UPHEX)
add("javascript/esms-api-secret", "venue-portal/resources/js/admin/sms-test.js", "https://esms.vn/eSMS.vn_TailieuAPI.pdf", """
// Trang admin: gửi SMS thử tới số của quản lý sảnh (dùng tạm, sẽ chuyển lên server)
const ESMS_API_KEY = "@@key@@";
const ESMS_SECRET = "@@a@@" +
  "@@b@@";

export async function sendTest(phone) {
  const url = new URL("https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_get");
  url.search = new URLSearchParams({
    Phone: phone, Content: "Tohong test SMS", ApiKey: ESMS_API_KEY,
    SecretKey: ESMS_SECRET, Brandname: "TOHONG", SmsType: "2",
  });
  const res = await fetch(url);
  return res.json();
}
""", _split, key=hexs(32, UPHEX), a=_split[:16], b=_split[16:])

add("ini/netrc-password", "ops/home/deploy/.netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
machine files.tohong-wedding.vn
  login albums
  password @@secret@@

machine ftp.inthiep-saigon.vn
  login tohong_thiep
  password ${FTP_THIEP_PASSWORD}
""", rand_pw(20))

_reg = words_pw()
add("json/docker-registry-auth", "ops/home/deploy/.docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", """
{
  "auths": {
    "registry.tohong-wedding.vn": {
      "auth": "@@auth@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/26.1.4 (linux)"
  }
}
""", _reg, auth=b64("deploy:" + _reg))

add("xml/sql-server-password", "legacy/VenueBooking/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Hệ thống đặt sảnh cũ (ASP.NET WebForms, 2016) – vẫn chạy cho sảnh White Palace -->
<configuration>
  <connectionStrings>
    <add name="VenueDb"
         connectionString="Data Source=10.40.1.5;Initial Catalog=VenueBooking;User ID=webapp;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SmsBrandname" value="TOHONG" />
    <add key="DefaultCulture" value="vi-VN" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", words_pw())

add("ansible/ssh-password", "ops/ansible/inventory/venues.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters", """
[venue_kiosks]
wp-kiosk-01 ansible_host=10.40.1.81
gc-kiosk-01 ansible_host=10.30.5.81
rs-kiosk-01 ansible_host=192.168.10.81

[venue_kiosks:vars]
ansible_user=pi
ansible_ssh_pass=@@secret@@
ansible_become=true
kiosk_url=https://checkin.tohong-wedding.vn
""", words_pw())

add("rust/postgres-password", "tools/seat-planner/src/db.rs", "https://docs.rs/tokio-postgres/latest/tokio_postgres/config/struct.Config.html", """
// Xếp chỗ ngồi khách mời (sơ đồ bàn) – đọc danh sách khách từ CRM
use tokio_postgres::{Client, NoTls};

const DSN: &str = "host=pg-main.internal.tohong-wedding.vn port=5432 user=seat_planner password=@@secret@@ dbname=tohong_crm";

pub async fn connect() -> Result<Client, tokio_postgres::Error> {
    let (client, conn) = tokio_postgres::connect(DSN, NoTls).await?;
    tokio::spawn(async move {
        if let Err(e) = conn.await {
            eprintln!("db connection error: {e}");
        }
    });
    Ok(client)
}

pub async fn guests(client: &Client, booking: &str) -> Result<Vec<(String, i32)>, tokio_postgres::Error> {
    let rows = client.query("select full_name, party_size from guests where booking_ref = $1", &[&booking]).await?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}
""", rand_pw(20))

add("swift/api-partner-key", "ios/VenueCheckin/Sources/API.swift", "https://developer.apple.com/documentation/foundation/urlrequest", """
import Foundation

/// App check-in tại sảnh: gọi Booking API bằng khóa đối tác của sảnh.
struct API {
    static let base = URL(string: "https://api.tohong-wedding.vn/v1")!
    static let partnerKey = "@@secret@@"

    static func checkIn(invite: String) async throws -> Bool {
        var req = URLRequest(url: base.appendingPathComponent("checkin"))
        req.httpMethod = "POST"
        req.setValue(partnerKey, forHTTPHeaderField: "X-Partner-Key")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try JSONEncoder().encode(["invite": invite])
        let (_, resp) = try await URLSession.shared.data(for: req)
        return (resp as? HTTPURLResponse)?.statusCode == 200
    }
}
""", "thp_live_" + fakes.drawn_mixed(_seed(), 40))

add("groovy/jenkins-admin-password", "ops/jenkins/Jenkinsfile", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/", """
pipeline {
    agent any
    environment {
        DEPLOY_HOST = 'legacy-web.tohong.local'
        DEPLOY_USER = 'Administrator'
        DEPLOY_PASS = '@@secret@@'
    }
    stages {
        stage('Build') {
            steps { bat 'msbuild VenueBooking.sln /p:Configuration=Release' }
        }
        stage('Deploy') {
            steps {
                bat "msdeploy -verb:sync -source:contentPath=VenueBooking\\\\obj\\\\Release\\\\Package -dest:contentPath='Default Web Site',computerName=%DEPLOY_HOST%,userName=%DEPLOY_USER%,password=%DEPLOY_PASS%,authType=NTLM"
            }
        }
    }
}
""", words_pw())

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "https://docs.datadoghq.com/account_management/api-app-keys/", """
# Datadog Agent trên máy chủ ảnh (files.tohong-wedding.vn)
api_key: @@secret@@
site: ap1.datadoghq.com
hostname: files-01
tags:
  - env:prod
  - service:albums
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("env/vercel-token", "web/.vercel/.env.ci", "https://vercel.com/docs/rest-api#creating-an-access-token", """
# Dùng trong CI cũ (GitLab) để deploy web – chưa chuyển sang OIDC
VERCEL_ORG_ID=team_8Kq2mT9xZ4bR1cD5eF7gH3jL
VERCEL_PROJECT_ID=prj_4XkP9qT2mZ7bW1cV5nR8yL3d
VERCEL_TOKEN=@@secret@@
VERCEL_SCOPE=tohong-wedding
""", fakes.drawn_mixed(_seed(), 24))

add("sql/postgres-password", "db/ops/create_roles.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Tạo role cho các dịch vụ (chạy 1 lần khi dựng cụm mới)
CREATE ROLE crm_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE seat_planner LOGIN PASSWORD NULL;  -- đăng nhập bằng IAM
GRANT CONNECT ON DATABASE tohong_crm TO crm_app, seat_planner;
GRANT USAGE ON SCHEMA public TO crm_app, seat_planner;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO crm_app;
GRANT SELECT ON guests, bookings TO seat_planner;
""", rand_pw(22))

add("log/postgres-password", "logs/crm-worker-error-2024-06-02.log", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls", """
2024-06-02 02:00:03,411 ERROR celery.app.trace: Task crm.tasks.nightly_report raised unexpected: OperationalError
Traceback (most recent call last):
  File "/app/crm/tasks.py", line 88, in nightly_report
    engine = create_engine(settings.REPORT_DB_URL)
  File "/usr/local/lib/python3.12/site-packages/sqlalchemy/engine/create.py", line 640, in connect
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-report.internal" (10.20.1.16), port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)
settings.REPORT_DB_URL = 'postgresql://report:@@secret@@@pg-report.internal:5432/tohong_crm'
2024-06-02 02:00:03,412 WARNING celery.worker: retrying crm.tasks.nightly_report in 300s
""", rand_pw(18))

add("markdown/zalo-refresh-token", "docs/integrations/zalo-oa.md", "https://developers.zalo.me/docs/official-account/bat-dau/xac-thuc-va-uy-quyen-cho-ung-dung-new", """
# Zalo OA "Tơ Hồng Wedding"

Access token hết hạn sau 25 giờ, cron `crm.tasks.refresh_zalo` đổi bằng refresh token.
Nếu cron chết quá 3 tháng thì refresh token hết hạn, phải cấp lại từ trang developers.zalo.me.

Refresh token hiện tại (cấp 12/05/2024, Khoa dán tạm để chị Vy test Postman):

```
@@secret@@
```

Postman: POST https://oauth.zaloapp.com/v4/oa/access_token, header `secret_key` = app secret
(trong 1Password), body `refresh_token=...&app_id=2947581036271849502&grant_type=refresh_token`.
""", zalo_token())
# --- last group ---------------------------------------------------------------------------------

add("python/vendor-api-password", "tools/vendor_sync/florist_api.py", "https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1", """
\"\"\"Đặt hoa cưới qua API của nhà hoa Đà Lạt Xanh (đối tác chính).\"\"\"
import requests

BASE = "https://tohong:@@secret@@@api.dalatxanh-flowers.vn/v2"


def dat_hoa(booking_ref: str, ngay: str, goi: str, ghi_chu: str = "") -> dict:
    r = requests.post(f"{BASE}/orders", json={
        "reference": booking_ref,
        "delivery_date": ngay,
        "package": goi,          # "cong-hoa-A", "ban-tiec-B", "hoa-cam-tay-C"
        "note": ghi_chu,
    }, timeout=20)
    r.raise_for_status()
    return r.json()
""", words_pw())

add("shell/sshpass-password", "ops/scripts/sync_led_content.sh", "https://linux.die.net/man/1/sshpass", """
#!/usr/bin/env bash
# Chép video chiếu màn LED (ảnh cưới slideshow) sang máy điều khiển của sảnh trước giờ tiệc
set -euo pipefail
EVENT="$1"; VENUE_HOST="${2:-10.40.1.90}"
SRC="/srv/albums/$EVENT/led/"
sshpass -p '@@secret@@' rsync -avz --progress \\
  -e "ssh -o StrictHostKeyChecking=no" \\
  "$SRC" "ledop@${VENUE_HOST}:/home/ledop/Videos/$EVENT/"
echo "Đã chép nội dung LED cho $EVENT"
""", words_pw())

add("powershell/decoy-securestring", "ops/windows/Set-KioskAutologon.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Bật tự đăng nhập cho máy kiosk check-in; mật khẩu lấy từ Key Vault lúc chạy
param([string]$ComputerName = "wp-kiosk-02")

$secret = Get-AzKeyVaultSecret -VaultName "kv-tohong-ops" -Name "kiosk-local-admin"
$cred = New-Object System.Management.Automation.PSCredential("kiosk", $secret.SecretValue)

Invoke-Command -ComputerName $ComputerName -Credential $cred -ScriptBlock {
    $reg = "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon"
    Set-ItemProperty $reg -Name AutoAdminLogon -Value "1"
    Set-ItemProperty $reg -Name DefaultUserName -Value "kiosk"
}
""")

add("yaml/decoy-github-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", """
version: 2
registries:
  tohong-pypi:
    type: python-index
    url: https://pypi.tohong-wedding.vn/simple/
    username: dependabot
    password: ${{secrets.TOHONG_PYPI_PASSWORD}}
updates:
  - package-ecosystem: pip
    directory: /crm
    registries: [tohong-pypi]
    schedule:
      interval: weekly
  - package-ecosystem: npm
    directory: /web
    schedule:
      interval: weekly
""")

add("compose/decoy-env-file-reference", "compose/venue-kiosk/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/", """
services:
  checkin:
    image: registry.tohong-wedding.vn/checkin-kiosk:0.9.4
    restart: unless-stopped
    env_file: /etc/tohong/kiosk.env
    environment:
      VENUE: ${VENUE:?set VENUE}
      API_BASE: https://api.tohong-wedding.vn/v1
      PARTNER_KEY: ${PARTNER_KEY}
    devices:
      - /dev/usb/lp0:/dev/usb/lp0
    ports:
      - "8080:8080"
""")

add("dockerfile/decoy-arg-no-default", "services/invoicer/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /invoicer .

FROM gcr.io/distroless/static-debian12
COPY --from=build /invoicer /invoicer
# STRIPE_RESTRICTED_KEY is injected at runtime by the invoicer ExternalSecret
ENV TZ=Asia/Ho_Chi_Minh
USER nonroot:nonroot
ENTRYPOINT ["/invoicer"]
""")

add("markdown/decoy-incident-rotated", "docs/incidents/2024-03-stripe-key.md", "https://docs.stripe.com/keys#rolling-keys", """
# Sự cố 03/2024: khóa Stripe lộ trong ảnh chụp màn hình

- **Phát hiện**: 18/03 09:40, ảnh chụp Dashboard gửi vào nhóm Zalo khách hàng.
- **Xử lý**: 09:52 roll key trên Dashboard (khóa cũ hết hiệu lực ngay); khóa mới chỉ lưu ở
  AWS Secrets Manager `tohong/prod/stripe`. Khóa cũ kết thúc bằng `…4xQ2` (đã thu hồi).
- **Ảnh hưởng**: không có giao dịch lạ (kiểm tra log 30 ngày).
- **Bài học**: không chụp màn hình trang API keys; bật "reveal" chỉ khi cần.

Người viết: Khoa Tran · Duyệt: anh Tuấn
""")

add("json/decoy-jwks-public", "web/public/.well-known/jwks.json", "https://datatracker.ietf.org/doc/html/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "@@kid@@",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("go/decoy-config-from-env", "services/momo-ipn/config.go", "https://pkg.go.dev/os#Getenv", """
package main

import (
	"log"
	"os"
)

type Config struct {
	PartnerCode string
	AccessKey   string
	SecretKey   string
	Listen      string
}

func loadConfig() Config {
	c := Config{
		PartnerCode: "MOMOTOHO2023",
		AccessKey:   os.Getenv("MOMO_ACCESS_KEY"),
		SecretKey:   os.Getenv("MOMO_SECRET_KEY"),
		Listen:      envOr("LISTEN", ":8092"),
	}
	if c.SecretKey == "" {
		log.Fatal("MOMO_SECRET_KEY is required")
	}
	return c
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
""")

add("php/decoy-laravel-config-env", "venue-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'esms' => [
        'api_key' => env('ESMS_API_KEY'),
        'secret_key' => env('ESMS_SECRET_KEY'),
        'brandname' => env('ESMS_BRANDNAME', 'TOHONG'),
    ],
    'zalopay' => [
        'app_id' => env('ZALOPAY_APP_ID', 2553),
        'key1' => env('ZALOPAY_KEY1'),
        'key2' => env('ZALOPAY_KEY2'),
    ],
    'ghtk' => [
        'token' => env('GHTK_TOKEN'),
    ],
];
""")

add("ruby/decoy-rails-credentials-usage", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", """
# Khóa Stripe nằm trong config/credentials.yml.enc (giải bằng RAILS_MASTER_KEY trên server)
Rails.configuration.stripe = {
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key),
  webhook_secret: Rails.application.credentials.dig(:stripe, :webhook_secret),
  publishable_key: "@@pk@@",
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""", pk=stripe_key("pk_live_"))
add("crontab/smb-password", "ops/cron/nas-office.crontab", "https://man7.org/linux/man-pages/man5/crontab.5.html", """
# m h dom mon dow command   (máy chủ văn phòng Q.3)
SHELL=/bin/bash
MAILTO=it@tohong-wedding.vn
0 1 * * * rsync -a /srv/albums/ /mnt/nas/albums/ >> /var/log/albums-sync.log 2>&1
30 1 * * * mount -t cifs //nas-office.tohong.local/hop-dong /mnt/hopdong -o username=svc-backup,password=@@secret@@,vers=3.0 && rsync -a /mnt/hopdong/ /backup/hopdong/ ; umount /mnt/hopdong
0 3 * * 0 /opt/tohong/bin/prune_albums --older-than 365d
""", words_pw())

add("toml/pypi-token", "libs/vn-lunar-dates/.pdm-publish.toml", "https://pdm-project.org/latest/usage/publish/", """
# pdm publish – cấu hình cũ trên máy Khoa (đã chuyển sang trusted publishing?)
[repository.pypi]
url = "https://upload.pypi.org/legacy/"
username = "__token__"
password = "@@secret@@"

[repository.testpypi]
url = "https://test.pypi.org/legacy/"
username = "__token__"
""", fakes.pypi_token(_seed()))

add("yaml/rabbitmq-password", "ops/docker/queue/rabbitmq-definitions.yml", "https://www.rabbitmq.com/docs/uri-spec", """
# Worker gửi thiệp điện tử & nhắc lịch (Celery) – broker riêng cho mùa cao điểm
celery:
  broker_url: amqp://invites:@@secret@@@mq.internal.tohong-wedding.vn:5672/invites
  result_backend: redis://redis.internal.tohong-wedding.vn:6379/5
  task_default_queue: thiep
  worker_concurrency: 8
  beat_schedule:
    nhac-lich-7-ngay:
      task: invites.tasks.remind
      schedule: "0 8 * * *"
""", rand_pw(20))

add("kotlin/google-oauth-client-secret", "planner-app/backend/src/main/kotlin/vn/tohong/CalendarSync.kt", "https://developers.google.com/identity/protocols/oauth2/web-server", """
package vn.tohong

import com.google.api.client.googleapis.auth.oauth2.GoogleAuthorizationCodeFlow
import com.google.api.client.googleapis.auth.oauth2.GoogleClientSecrets
import com.google.api.client.googleapis.javanet.GoogleNetHttpTransport
import com.google.api.client.json.gson.GsonFactory
import com.google.api.services.calendar.CalendarScopes

// Đồng bộ lịch tiệc của planner với Google Calendar cá nhân
object CalendarSync {
    private val secrets = GoogleClientSecrets().setWeb(
        GoogleClientSecrets.Details()
            .setClientId("482910374615-3e5g7i9k1m3o5q7s9u1w3y5a7c9e1g3i.apps.googleusercontent.com")
            .setClientSecret("@@secret@@")
    )

    val flow: GoogleAuthorizationCodeFlow = GoogleAuthorizationCodeFlow.Builder(
        GoogleNetHttpTransport.newTrustedTransport(), GsonFactory.getDefaultInstance(),
        secrets, listOf(CalendarScopes.CALENDAR_EVENTS)
    ).setAccessType("offline").build()
}
""", "GOCSPX-" + fakes.drawn(_seed(), 28, ALNUM + "-_"))

add("csv/vendor-portal-password", "docs/vendors/tai-khoan-doi-tac.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
doi_tac,loai,website,tai_khoan,mat_khau,nguoi_phu_trach
Hoa tươi Đà Lạt Xanh,hoa,https://partner.dalatxanh-flowers.vn,tohong,(bitwarden),Lan
Bánh cưới Maison,bánh,https://b2b.maison-cake.vn,tohong.order,(bitwarden),Lan
Ban nhạc Acoustic Chill,nhạc,,,,Vy
Nhà in thiệp Sài Gòn,thiệp,https://inthiep-saigon.vn/dai-ly,tohong_thiep,@@secret@@,Vy
Xe hoa Mercedes SG,xe,https://xehoa.vn/partner,tohong,(bitwarden),Tuấn
""", words_pw())

add("ini/decoy-browser-targets", "web/.browserslistrc", "https://github.com/browserslist/browserslist#queries", """
[production]
> 0.5% in VN
last 2 versions
not dead
iOS >= 14

[development]
last 1 chrome version
last 1 safari version
""")

add("yaml/decoy-issue-template", ".github/ISSUE_TEMPLATE/bug_report.yml", "https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/syntax-for-issue-forms", """
name: Báo lỗi
description: Lỗi trên website, CRM hoặc app planner
labels: [bug]
body:
  - type: input
    id: booking
    attributes:
      label: Mã booking (nếu có)
      placeholder: BK20240612
  - type: textarea
    id: steps
    attributes:
      label: Các bước tái hiện
  - type: markdown
    attributes:
      value: "⚠️ Không dán mật khẩu, token hay khóa API vào đây – ghi 'xem Bitwarden' là đủ."
""")

add("typescript/decoy-env-schema", "web/src/env.ts", "https://zod.dev/", """
import { z } from "zod";

// Validates env at boot; values come from Vercel project settings, never from the repo.
const schema = z.object({
  STRIPE_SECRET_KEY: z.string().startsWith("sk_"),
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_"),
  MONGO_URI: z.string().url(),
  CLOUDINARY_URL: z.string().startsWith("cloudinary://"),
  NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY: z.string().startsWith("pk_"),
});

export const env = schema.parse(process.env);
""")

add("python/decoy-fernet-encrypted-config", "crm/tohong_crm/vendor_secrets.py", "https://cryptography.io/en/latest/fernet/", """
\"\"\"Mật khẩu cổng đối tác lưu dạng mã hóa Fernet; khóa giải mã ở biến môi trường VENDOR_FERNET_KEY.\"\"\"
import os

from cryptography.fernet import Fernet

ENCRYPTED = {
    "dalatxanh": b"gAAAAA@@e1@@",
    "maison": b"gAAAAA@@e2@@",
}


def password_for(vendor: str) -> str:
    f = Fernet(os.environ["VENDOR_FERNET_KEY"])
    return f.decrypt(ENCRYPTED[vendor]).decode()
""", e1=fakes.drawn(_seed(), 94, ALNUM + "-_") + "==", e2=fakes.drawn(_seed(), 94, ALNUM + "-_") + "==")

add("markdown/decoy-wifi-sign", "docs/venues/hoi-an-garden.md", "https://www.ui.com/", """
# Hội An Garden – tiệc ngoài trời

- Sức chứa 200 khách, lều dự phòng mưa (đặt trước 10 ngày).
- Điện: máy phát 60kVA của Tơ Hồng, đặt sau bếp dã chiến.
- Wi-Fi: AP UniFi mang theo; SSID khách tạo theo tên cặp đôi, mật khẩu sinh tự động
  bởi role `unifi_ap` và in lên bảng chào (không lưu trong repo).
- Âm thanh: giới hạn 22:00 theo quy định phố cổ.
- Liên hệ địa phương: anh Sơn (0905 xxx 314).
""")
