"""Blind set IP: a Korean chain of tattoo and piercing studios (먹선 타투 & 피어싱).

Booking sites and apps, deposits through Toss Payments and PortOne, KakaoTalk and SMS reminders,
Instagram portfolio sync, CCTV and autoclave loggers, POS and branch IT, CI, containers, runbooks
(about a third in Korean), and their decoys. Generated fakes only (seeds 3750000-3759999).
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
SEED_LO, SEED_HI = 3750000, 3759999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hanbok", "Moran", "Dragon", "Koi", "Peony", "Tiger", "Crane", "Lotus", "Needle", "Magpie",
         "Bamboo", "Haetae", "Cherry", "Phoenix", "Lantern", "Ginkgo"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    while True:
        value = "".join(r.choice(ALNUM + extra) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isupper() for c in value) and any(c.islower() for c in value):
            return value


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def ups(n: int) -> str:
    r = _rng()
    return "".join(r.choice(UPPER) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def toss_key(prefix: str = "live_sk_") -> str:
    return prefix + fakes.drawn_mixed(_seed(), 28)


def stripe_key(kind: str = "sk_live_") -> str:
    return kind + fakes.drawn_mixed(_seed(), 24 if kind.startswith("sk") or kind.startswith("pk") else 24)


def slack_webhook() -> str:
    r = _rng()
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def sendgrid_key() -> str:
    return "SG." + fakes.drawn_mixed(_seed(), 22, ALNUM + "-_") + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


def meta_token() -> str:
    return "EAA" + fakes.drawn_mixed(_seed(), 180)


def solapi_key() -> str:
    return "NCS" + ups(13)


def gitlab_token() -> str:
    return "glpat-" + fakes.drawn_mixed(_seed(), 20)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def discord_webhook() -> str:
    r = _rng()
    return f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/" + "".join(r.choice(ALNUM + "-_") for _ in range(68))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def jwt_like() -> str:
    head = b64('{"alg":"HS256","typ":"JWT"}').rstrip("=")
    body = b64('{"sub":"studio-hongdae","role":"service_role","iat":1767225600}').rstrip("=")
    return head + "." + body + "." + fakes.drawn_mixed(_seed(), 43, ALNUM + "-_")


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
    CASES.append(LabelledCase(f"blind-ip/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- payments: Toss, PortOne, Stripe

add("python/toss-secret-key", "booking/payments/toss.py", "https://docs.tosspayments.com/reference/using-api/authorization", '''
"""토스페이먼츠 결제 승인 (예약금). 홍대점/강남점 공용."""
import base64

import requests

TOSS_SECRET_KEY = "@@secret@@"
CONFIRM_URL = "https://api.tosspayments.com/v1/payments/confirm"


def confirm_deposit(payment_key: str, order_id: str, amount: int) -> dict:
    auth = base64.b64encode(f"{TOSS_SECRET_KEY}:".encode()).decode()
    resp = requests.post(
        CONFIRM_URL,
        headers={"Authorization": f"Basic {auth}", "Content-Type": "application/json"},
        json={"paymentKey": payment_key, "orderId": order_id, "amount": amount},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()
''', toss_key("live_sk_"))

add("typescript/toss-secret-key", "web/src/server/toss.ts", "https://docs.tosspayments.com/reference/using-api/authorization", '''
// Deposit confirmation for the Next.js booking site (Busan Seomyeon branch)
const encoded = Buffer.from("@@secret@@:").toString("base64");

export async function confirmPayment(paymentKey: string, orderId: string, amount: number) {
  const res = await fetch("https://api.tosspayments.com/v1/payments/confirm", {
    method: "POST",
    headers: {
      Authorization: `Basic ${encoded}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ paymentKey, orderId, amount }),
  });
  if (!res.ok) {
    throw new Error(`toss confirm failed: ${res.status}`);
  }
  return res.json();
}
''', toss_key("live_gsk_"))

_toss_basic = b64(toss_key("live_sk_") + ":")
add("shell/toss-secret-key", "scripts/refund_deposit.sh", "https://docs.tosspayments.com/reference#%EA%B2%B0%EC%A0%9C-%EC%B7%A8%EC%86%8C", '''
#!/usr/bin/env bash
# 예약 취소 시 예약금 환불 (노쇼 아닌 경우만)
# usage: ./refund_deposit.sh <paymentKey> <reason>
set -euo pipefail

PAYMENT_KEY="$1"
REASON="${2:-고객 요청 취소}"

curl -sS --request POST \\
  --url "https://api.tosspayments.com/v1/payments/${PAYMENT_KEY}/cancel" \\
  --header 'Authorization: Basic @@secret@@' \\
  --header 'Content-Type: application/json' \\
  --data "{\\"cancelReason\\":\\"${REASON}\\"}"
''', _toss_basic)

add("env/decoy-toss-client-key", "web/.env.production", "https://docs.tosspayments.com/reference/using-api/api-keys", '''
# 공개 가능한 값만 (브라우저 번들에 포함됨)
NEXT_PUBLIC_TOSS_CLIENT_KEY=@@ck@@
NEXT_PUBLIC_SITE_URL=https://booking.meokseon.kr
NEXT_PUBLIC_KAKAO_JS_KEY=@@js@@
NEXT_PUBLIC_GA_ID=G-@@ga@@
# 시크릿 키는 Vercel 환경변수에서 주입: TOSS_SECRET_KEY
''', ck=toss_key("live_ck_"), js=hexs(32), ga=ups(10))

add("env/decoy-toss-test-placeholder", "web/.env.example", "https://docs.tosspayments.com/guides/learn/test", '''
# Copy to .env.local and fill in. Never commit .env.local.
TOSS_CLIENT_KEY=test_ck_XXXXXXXXXXXXXXXXXXXXXXXXXXXX
TOSS_SECRET_KEY=test_sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXX
PORTONE_API_SECRET=<portone-v2-api-secret>
DATABASE_URL=postgresql://meokseon:<password>@localhost:5432/booking
REDIS_URL=redis://localhost:6379/0
KAKAO_REST_API_KEY=
''')

add("yaml/portone-api-secret", "config/payments.yml", "https://developers.portone.io/api/rest-v2/auth", '''
payments:
  provider: portone
  store_id: store-@@store@@
  channel_keys:
    card: channel-key-@@ch1@@
    kakaopay: channel-key-@@ch2@@
  api_secret: "@@secret@@"
  webhook:
    path: /hooks/portone
    verify: true
  deposit:
    amount_krw: 50000
    refundable_until_hours: 48
''', fakes.drawn_mixed(_seed(), 80), store=uuid_s(), ch1=uuid_s(), ch2=uuid_s())

add("java/iamport-secret", "pos-sync/src/main/java/kr/meokseon/pos/IamportClient.java", "https://developers.portone.io/api/rest-v1/auth", '''
package kr.meokseon.pos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class IamportClient {
    private static final String IMP_KEY = "@@key@@";
    private static final String IMP_SECRET = "@@secret@@";

    private final HttpClient http = HttpClient.newHttpClient();

    public String fetchToken() throws Exception {
        String body = String.format("{\\"imp_key\\":\\"%s\\",\\"imp_secret\\":\\"%s\\"}", IMP_KEY, IMP_SECRET);
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://api.iamport.kr/users/getToken"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
''', fakes.drawn_mixed(_seed(), 80), key=str(random.Random(_seed()).randint(10**15, 10**16)))

add("php/portone-webhook-secret", "wp-content/themes/meokseon/inc/portone-webhook.php", "https://developers.portone.io/opi/ko/integration/webhook/readme-v2", '''
<?php
// 포트원 V2 웹훅 서명 검증 (워드프레스 예약 플러그인)
define('PORTONE_WEBHOOK_SECRET', '@@secret@@');

add_action('rest_api_init', function () {
    register_rest_route('meokseon/v1', '/portone', [
        'methods'  => 'POST',
        'callback' => 'meokseon_portone_webhook',
        'permission_callback' => '__return_true',
    ]);
});

function meokseon_portone_webhook(WP_REST_Request $request) {
    $payload = $request->get_body();
    $signature = $request->get_header('webhook-signature');
    $expected = base64_encode(hash_hmac('sha256', $payload, PORTONE_WEBHOOK_SECRET, true));
    if (!hash_equals($expected, (string) $signature)) {
        return new WP_Error('invalid_signature', 'bad signature', ['status' => 401]);
    }
    return ['ok' => true];
}
''', "whsec_" + b64(rand_pw(32)))

add("ruby/stripe-secret-key", "la-branch/config/initializers/stripe.rb", "https://docs.stripe.com/keys", '''
# LA (Koreatown) branch takes USD deposits through Stripe instead of Toss.
Stripe.api_key = "@@secret@@"
Stripe.max_network_retries = 2

Rails.configuration.stripe = {
  publishable_key: "@@pk@@",
  deposit_cents: 5000,
  currency: "usd"
}
''', stripe_key("sk_live_"), pk=stripe_key("pk_live_"))

add("typescript/decoy-stripe-publishable-key", "la-branch/web/src/lib/stripe-client.ts", "https://docs.stripe.com/keys#obtain-api-keys", '''
import { loadStripe } from "@stripe/stripe-js";

// Publishable key: safe to ship in the browser bundle.
const STRIPE_PK = "@@pk@@";

export const stripePromise = loadStripe(STRIPE_PK, { locale: "ko" });

export const DEPOSIT = {
  amount: 5000,
  currency: "usd",
  label: "Tattoo consultation deposit",
};
''', pk=stripe_key("pk_live_"))

add("json/decoy-payment-ids", "fixtures/toss_payment_sample.json", "https://docs.tosspayments.com/reference#payment-%EA%B0%9D%EC%B2%B4", '''
{
  "mId": "tvivarepublica",
  "version": "2022-11-16",
  "paymentKey": "tgen_@@pk@@",
  "orderId": "DEP-HONGDAE-20260314-0042",
  "orderName": "상담 예약금 (블랙워크 반팔)",
  "status": "DONE",
  "method": "카드",
  "totalAmount": 50000,
  "approvedAt": "2026-03-14T15:02:11+09:00",
  "card": {
    "issuerCode": "71",
    "number": "43301234****123*",
    "approveNo": "00000000"
  },
  "receipt": {
    "url": "https://dashboard.tosspayments.com/receipt/redirection?transactionId=tgen_@@pk@@&ref=PX"
  }
}
''', pk=fakes.drawn_mixed(_seed(), 26))

add("python/decoy-env-reference", "booking/settings/payments.py", "https://docs.python.org/3/library/os.html#os.environ", '''
"""결제 설정: 키는 전부 환경변수 / AWS Secrets Manager 에서 읽는다."""
import os

TOSS_CLIENT_KEY = os.environ["TOSS_CLIENT_KEY"]
TOSS_SECRET_KEY = os.environ["TOSS_SECRET_KEY"]
PORTONE_API_SECRET = os.getenv("PORTONE_API_SECRET", "")
STRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")  # LA 지점만 사용

DEPOSIT_KRW = int(os.getenv("DEPOSIT_KRW", "50000"))
NO_SHOW_FORFEIT = os.getenv("NO_SHOW_FORFEIT", "true") == "true"
''')

add("kotlin/toss-secret-key", "app/src/main/java/kr/meokseon/app/pay/TossConfig.kt", "https://docs.tosspayments.com/reference/using-api/authorization", '''
package kr.meokseon.app.pay

object TossConfig {
    const val CLIENT_KEY = "@@ck@@"
    // TODO 서버로 옮기기 (임시로 앱에서 승인 호출)
    const val SECRET_KEY = "@@secret@@"
    const val SUCCESS_URL = "meokseon://pay/success"
    const val FAIL_URL = "meokseon://pay/fail"
}
''', toss_key("live_sk_"), ck=toss_key("live_ck_"))

add("markdown/decoy-redacted-keys", "docs/payments/README.md", "https://docs.tosspayments.com/guides/learn/api-keys", '''
# 결제 연동 (Toss Payments / PortOne)

| 환경 | 클라이언트 키 | 시크릿 키 |
|------|---------------|-----------|
| 테스트 | `test_ck_` 로 시작 | 1Password "Toss test" 항목 |
| 운영 | `live_ck_` 로 시작 | AWS Secrets Manager `prod/toss/secret-key` |

- 시크릿 키는 절대 저장소에 커밋하지 않습니다. 예: `live_sk_****************************`
- 웹훅 검증은 `PORTONE_WEBHOOK_SECRET` 환경변수 사용.
- 환불 스크립트: `scripts/refund_deposit.sh` (키는 `TOSS_BASIC` 환경변수로 전달)
''')

# ---------------------------------------------------------------- messaging: Kakao, SMS, Slack, Telegram

add("python/solapi-api-secret", "notify/sms.py", "https://developers.solapi.com/references/authentication/api-key", '''
"""예약 리마인더 문자 (솔라피). 시술 전날 18시에 발송."""
import datetime
import hashlib
import hmac
import secrets

import requests

SOLAPI_API_KEY = "@@key@@"
SOLAPI_API_SECRET = "@@secret@@"
SENDER = "0212345678"


def _auth_header() -> str:
    date = datetime.datetime.now(datetime.timezone.utc).isoformat()
    salt = secrets.token_hex(16)
    signature = hmac.new(SOLAPI_API_SECRET.encode(), (date + salt).encode(), hashlib.sha256).hexdigest()
    return f"HMAC-SHA256 apiKey={SOLAPI_API_KEY}, date={date}, salt={salt}, signature={signature}"


def send_reminder(phone: str, name: str, when: str) -> None:
    text = f"[먹선타투] {name}님, 내일 {when} 예약입니다. 시술 전 음주는 피해주세요."
    requests.post(
        "https://api.solapi.com/messages/v4/send",
        headers={"Authorization": _auth_header()},
        json={"message": {"to": phone, "from": SENDER, "text": text}},
        timeout=5,
    )
''', ups(32), key=solapi_key())

add("php/aligo-sms-key", "admin/lib/aligo.php", "https://smartsms.aligo.in/admin/api/spec.html", '''
<?php
// 알리고 문자 발송 (구 관리자 페이지)
$sms_url = "https://apis.aligo.in/send/";
$sms = [
    'user_id' => 'meokseon',
    'key'     => '@@secret@@',
    'sender'  => '021234' . '5678',
];

function aligo_send($receiver, $msg) {
    global $sms_url, $sms;
    $post = $sms + ['receiver' => $receiver, 'msg' => $msg, 'testmode_yn' => 'N'];
    $ch = curl_init($sms_url);
    curl_setopt($ch, CURLOPT_POST, 1);
    curl_setopt($ch, CURLOPT_POSTFIELDS, $post);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);
    $out = curl_exec($ch);
    curl_close($ch);
    return json_decode($out, true);
}
''', "".join(random.Random(_seed()).choice(string.ascii_lowercase + string.digits) for _ in range(32)))

add("yaml/kakao-admin-key", "notify/config/kakao.yaml", "https://developers.kakao.com/docs/latest/ko/app-setting/app#app-key", '''
# 카카오 비즈메시지 / 카카오 로그인
kakao:
  javascript_key: @@js@@   # 웹 SDK 용 (공개)
  rest_api_key: @@rest@@
  admin_key: @@secret@@
  redirect_uri: https://booking.meokseon.kr/auth/kakao/callback
alimtalk:
  sender_key: @@sender@@
  templates:
    reminder: MS_REMIND_01
    aftercare: MS_AFTER_02
''', hexs(32), js=hexs(32), rest=hexs(32), sender=hexs(40))

add("typescript/decoy-kakao-js-key", "web/src/lib/kakao.ts", "https://developers.kakao.com/docs/latest/ko/javascript/getting-started", '''
declare global {
  interface Window { Kakao: any }
}

// JavaScript 키는 도메인 제한이 걸린 공개 키 (플랫폼 > Web 에 등록된 도메인에서만 동작)
const KAKAO_JS_KEY = "@@js@@";

export function initKakao() {
  if (typeof window === "undefined") return;
  if (!window.Kakao.isInitialized()) {
    window.Kakao.init(KAKAO_JS_KEY);
  }
}

export function shareDesign(imageUrl: string, title: string) {
  window.Kakao.Share.sendDefault({
    objectType: "feed",
    content: { title, imageUrl, link: { webUrl: "https://booking.meokseon.kr" } },
  });
}
''', js=hexs(32))

add("go/telegram-bot-token", "tools/nightshift-bot/main.go", "https://core.telegram.org/bots/api#authorizing-your-bot", '''
package main

import (
	"fmt"
	"log"
	"net/http"
	"net/url"
)

// 야간 마감 알림 봇: 지점별 매출/소독 로그 요약을 직원 단톡에 전송
const botToken = "@@secret@@"
const chatID = "-1001876543210"

func send(text string) error {
	endpoint := fmt.Sprintf("https://api.telegram.org/bot%s/sendMessage", botToken)
	resp, err := http.PostForm(endpoint, url.Values{"chat_id": {chatID}, "text": {text}})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func main() {
	if err := send("홍대점 마감 완료: 시술 7건, 오토클레이브 3회 정상"); err != nil {
		log.Fatal(err)
	}
}
''', fakes.telegram_token(_seed()))

add("shell/slack-webhook", "ops/backup_notify.sh", "https://api.slack.com/messaging/webhooks", '''
#!/bin/sh
# nightly NAS backup of consent forms -> notify #ops
STATUS=$1
HOOK=@@secret@@
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{\\"text\\":\\"[gangnam-nas] consent-form backup: ${STATUS}\\"}" \\
  "$HOOK"
''', slack_webhook())

add("json/discord-webhook", "tools/flash-sale-bot/config.json", "https://discord.com/developers/docs/resources/webhook", '''
{
  "name": "flash-day-announcer",
  "schedule": "0 10 * * 5",
  "webhook_url": "@@secret@@",
  "message": "이번 주 플래시 데이 도안이 올라왔어요! 선착순 예약 👉 https://booking.meokseon.kr/flash",
  "mention_role": "1182736450981234567",
  "embed_color": 1118481
}
''', discord_webhook())

add("python/slack-bot-token", "notify/slack_daily.py", "https://api.slack.com/authentication/token-types#bot", '''
from slack_sdk import WebClient

client = WebClient(token="@@secret@@")

CHANNELS = {
    "hongdae": "C05HONGDAE1",
    "gangnam": "C05GANGNAM2",
    "seomyeon": "C05SEOMYEO3",
}


def post_summary(branch: str, bookings: int, walk_ins: int, piercings: int) -> None:
    client.chat_postMessage(
        channel=CHANNELS[branch],
        text=f"*{branch}* 오늘 예약 {bookings}건 / 워크인 {walk_ins}건 / 피어싱 {piercings}건",
    )
''', slack_bot())

add("env/sendgrid-api-key", "la-branch/.env", "https://docs.sendgrid.com/ui/account-and-settings/api-keys", '''
RAILS_ENV=production
DATABASE_URL=postgres://inkla@db.internal:5432/inkla_production
SENDGRID_API_KEY=@@secret@@
MAIL_FROM=hello@meokseon-la.com
TIMEZONE=America/Los_Angeles
''', sendgrid_key())

add("yaml/decoy-slack-webhook-placeholder", "ops/alertmanager/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", '''
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook_url

route:
  receiver: ops-slack
  group_by: [alertname, branch]
  routes:
    - matchers: [severity="page"]
      receiver: ops-slack

receivers:
  - name: ops-slack
    slack_configs:
      - channel: "#ops-alerts"
        send_resolved: true
        title: '{{ .CommonLabels.branch }}: {{ .CommonLabels.alertname }}'
''')

add("python/decoy-telegram-test-fixture", "tests/test_nightshift_format.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html", '''
import pytest

from nightshift import format_summary


@pytest.fixture
def fake_bot(monkeypatch):
    # 가짜 토큰: 네트워크 호출은 전부 mock
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:TEST-TOKEN-NOT-REAL")
    sent = []
    monkeypatch.setattr("nightshift.send", sent.append)
    return sent


def test_summary_has_branch(fake_bot):
    assert "홍대점" in format_summary("hongdae", 7, 3)
''')

add("csharp/coolsms-secret", "kiosk/Services/SmsService.cs", "https://developers.coolsms.co.kr/references/authentication/api-key", '''
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;

namespace Meokseon.Kiosk.Services
{
    // 체크인 키오스크: 대기 순번 문자 발송
    public class SmsService
    {
        private const string ApiKey = "@@key@@";
        private const string ApiSecret = "@@secret@@";
        private readonly HttpClient _http = new HttpClient();

        public string Signature(string date, string salt)
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(ApiSecret));
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(date + salt));
            return System.Convert.ToHexString(hash).ToLowerInvariant();
        }
    }
}
''', ups(32), key=solapi_key())

add("markdown/decoy-alimtalk-template-codes", "docs/notify/alimtalk_templates.md", "https://kakaobusiness.gitbook.io/main/ad/bizmessage/notice-friend/content-guide", '''
# 알림톡 템플릿 목록

| 코드 | 용도 | 변수 |
|------|------|------|
| MS_REMIND_01 | 전날 리마인더 | #{이름}, #{시간}, #{지점} |
| MS_AFTER_02 | 애프터케어 안내 (3일차) | #{이름}, #{부위} |
| MS_PIERCE_03 | 피어싱 다운사이징 안내 | #{이름}, #{주얼리} |

발신 프로필 키(senderKey)는 비즈메시지 콘솔에서 확인하며 저장소에는 `ALIMTALK_SENDER_KEY` 이름만 둡니다.
템플릿 검수 요청 ID 예: `tmpl-req-2026-0311-0007`
''')

# ---------------------------------------------------------------- databases, cache, cloud

_pw = words_pw()
add("python/postgres-password", "booking/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", '''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["booking.meokseon.kr", "admin.meokseon.kr"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "meokseon_booking",
        "USER": "booking_app",
        "PASSWORD": "@@secret@@",
        "HOST": "meokseon-prod.cluster-c1x2y3z4.ap-northeast-2.rds.amazonaws.com",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }
}

TIME_ZONE = "Asia/Seoul"
LANGUAGE_CODE = "ko-kr"
''', _pw)

add("python/django-secret-key", "booking/settings/base.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", '''
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "@@secret@@"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "booking.artists",
    "booking.reservations",
    "booking.consent",
]

AUTH_USER_MODEL = "artists.Staff"
MEDIA_ROOT = BASE_DIR / "media"
''', fakes.django_secret_key(_seed()))

add("env/redis-password", "booking/.env.prod", "https://redis.io/docs/latest/develop/connect/clients/python/redis-py/", '''
DJANGO_SETTINGS_MODULE=booking.settings.prod
REDIS_URL=redis://:@@secret@@@meokseon-cache.abc123.ng.0001.apn2.cache.amazonaws.com:6379/1
CELERY_BROKER_URL=${REDIS_URL}
SENTRY_ENVIRONMENT=production
BOOKING_SLOT_MINUTES=30
''', fakes.redis_password(_seed()))

add("yaml/mysql-password", "legacy-admin/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", '''
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: 5

development:
  <<: *default
  database: meokseon_admin_dev
  username: root
  password:

production:
  <<: *default
  database: meokseon_admin
  host: 10.20.1.15
  username: admin_rw
  password: "@@secret@@"
''', words_pw())

add("toml/postgres-password", "inventory/config/prod.toml", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgConnectOptions.html", '''
# 잉크/니들/주얼리 재고 서비스 (Rust)
[server]
bind = "0.0.0.0:8080"

[database]
url = "postgres://inventory:@@secret@@@10.20.1.22:5432/inventory"
max_connections = 8

[reorder]
needle_rl_min = 200
ink_bottle_min = 6
titanium_labret_min = 40
''', rand_pw(22))

add("go/mongodb-password", "aftercare-api/internal/db/mongo.go", "https://www.mongodb.com/docs/drivers/go/current/fundamentals/connections/connection-guide/", '''
package db

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// 애프터케어 사진 기록 (고객이 앱으로 업로드)
const uri = "mongodb+srv://aftercare:@@secret@@@cluster0.mk3sn.mongodb.net/aftercare?retryWrites=true&w=majority"

func Connect(ctx context.Context) (*mongo.Client, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	return mongo.Connect(ctx, options.Client().ApplyURI(uri))
}
''', rand_pw(16))

add("sql/postgres-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", '''
-- 0007: 본사 정산용 읽기 전용 계정
BEGIN;

CREATE ROLE hq_reporting WITH LOGIN PASSWORD '@@secret@@';
GRANT CONNECT ON DATABASE meokseon_booking TO hq_reporting;
GRANT USAGE ON SCHEMA public TO hq_reporting;
GRANT SELECT ON reservations, payments, branches, artists TO hq_reporting;

COMMENT ON ROLE hq_reporting IS '본사 회계팀 월말 정산 (Metabase)';

COMMIT;
''', words_pw())

add("sql/decoy-password-hashes", "db/seed/staff_dev.sql", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/", '''
-- 로컬 개발용 직원 계정 (해시만 저장, 평문 비밀번호 없음)
INSERT INTO artists_staff (id, username, display_name, branch, role, password) VALUES
(1, 'hongdae.jin', '진 (홍대)', 'hongdae', 'artist', 'pbkdf2_sha256$720000$@@s1@@$@@h1@@'),
(2, 'gangnam.yuna', '유나 (강남)', 'gangnam', 'piercer', 'pbkdf2_sha256$720000$@@s2@@$@@h2@@'),
(3, 'seomyeon.dojun', '도준 (서면)', 'seomyeon', 'manager', '!unusable');
''', s1=fakes.drawn(_seed(), 22), h1=b64(hexs(32))[:43] + "=", s2=fakes.drawn(_seed(), 22), h2=b64(hexs(32))[:43] + "=")

add("python/aws-secret-access-key", "portfolio/s3_upload.py", "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", '''
"""포트폴리오 사진을 S3 에 올리고 CloudFront URL 을 돌려준다."""
import boto3

s3 = boto3.client(
    "s3",
    region_name="ap-northeast-2",
    aws_access_key_id="@@kid@@",
    aws_secret_access_key="@@secret@@",
)

BUCKET = "meokseon-portfolio"
CDN = "https://d1abcd2efgh3ij.cloudfront.net"


def upload(path: str, artist: str, name: str) -> str:
    key = f"{artist}/{name}"
    s3.upload_file(path, BUCKET, key, ExtraArgs={"ContentType": "image/jpeg"})
    return f"{CDN}/{key}"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/aws-secret-access-key", "ops/branch-pc/aws/credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", '''
# 강남점 카운터 PC: CCTV 클립 백업용 (s3 sync)
[default]
region = ap-northeast-2

[cctv-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-northeast-2
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-aws-account-ids", "infra/s3.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_policy", '''
resource "aws_s3_bucket" "portfolio" {
  bucket = "meokseon-portfolio"
}

data "aws_iam_policy_document" "cdn_read" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.portfolio.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["cloudfront.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "AWS:SourceArn"
      values   = ["arn:aws:cloudfront::123456789012:distribution/E2ABCDEF3GHIJK"]
    }
  }
}

resource "aws_s3_bucket_policy" "portfolio" {
  bucket = aws_s3_bucket.portfolio.id
  policy = data.aws_iam_policy_document.cdn_read.json
}
''')

add("terraform/rds-master-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/rds_cluster", '''
resource "aws_rds_cluster" "booking" {
  cluster_identifier      = "meokseon-prod"
  engine                  = "aurora-postgresql"
  engine_version          = "15.4"
  database_name           = "meokseon_booking"
  master_username         = "meokseon_admin"
  master_password         = "@@secret@@"
  backup_retention_period = 7
  preferred_backup_window = "18:00-19:00"
  db_subnet_group_name    = aws_db_subnet_group.private.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  skip_final_snapshot     = false
}
''', rand_pw(24))

add("terraform/decoy-secretsmanager-ref", "infra/ecs_booking.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", '''
data "aws_secretsmanager_secret_version" "toss" {
  secret_id = "prod/toss/secret-key"
}

resource "aws_ecs_task_definition" "booking" {
  family                   = "booking-web"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([{
    name  = "web"
    image = "123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/booking:latest"
    secrets = [
      { name = "TOSS_SECRET_KEY", valueFrom = data.aws_secretsmanager_secret_version.toss.arn },
      { name = "DATABASE_PASSWORD", valueFrom = "arn:aws:ssm:ap-northeast-2:123456789012:parameter/booking/db-password" },
    ]
  }])
}
''')

add("python/naver-cloud-secret-key", "notify/ncp_sens.py", "https://api.ncloud-docs.com/docs/common-ncpapi", '''
"""NCP SENS 로 알림톡 발송 (서면점은 NCP 계정 사용)."""
import base64
import hashlib
import hmac
import time

ACCESS_KEY = "@@ak@@"
SECRET_KEY = "@@secret@@"
SERVICE_ID = "ncp:kkobizmsg:kr:2891234:meokseon"


def make_signature(method: str, uri: str) -> tuple[str, str]:
    ts = str(int(time.time() * 1000))
    message = f"{method} {uri}\\n{ts}\\n{ACCESS_KEY}"
    digest = hmac.new(SECRET_KEY.encode(), message.encode(), hashlib.sha256).digest()
    return ts, base64.b64encode(digest).decode()
''', fakes.drawn_mixed(_seed(), 40), ak=ups(20))

add("env/naver-cloud-object-storage", "ops/seomyeon/rclone.env", "https://guide.ncloud-docs.com/docs/storage-storage-8-4", '''
# 서면점 NAS -> NCP Object Storage 백업 (rclone s3 호환)
RCLONE_CONFIG_NCP_TYPE=s3
RCLONE_CONFIG_NCP_PROVIDER=Other
RCLONE_CONFIG_NCP_ENDPOINT=https://kr.object.ncloudstorage.com
RCLONE_CONFIG_NCP_ACCESS_KEY_ID=@@ak@@
RCLONE_CONFIG_NCP_SECRET_ACCESS_KEY=@@secret@@
RCLONE_CONFIG_NCP_REGION=kr-standard
''', fakes.drawn_mixed(_seed(), 40), ak=ups(20))

add("json/decoy-naver-map-client-id", "web/public/config/maps.json", "https://api.ncloud-docs.com/docs/ai-naver-mapsdynamicmap", '''
{
  "provider": "naver",
  "ncpKeyId": "@@cid@@",
  "branches": [
    {"id": "hongdae", "name": "먹선 홍대점", "lat": 37.5563, "lng": 126.9236},
    {"id": "gangnam", "name": "먹선 강남점", "lat": 37.4979, "lng": 127.0276},
    {"id": "seomyeon", "name": "먹선 서면점", "lat": 35.1577, "lng": 129.0593}
  ],
  "zoom": 16
}
''', cid="".join(random.Random(_seed()).choice(string.ascii_lowercase + string.digits) for _ in range(10)))

add("yaml/nhn-cloud-appkey-secret", "consent-archive/application-prod.yml", "https://docs.nhncloud.com/ko/Storage/Object%20Storage/ko/s3-api-guide/", '''
spring:
  profiles: prod
  datasource:
    url: jdbc:postgresql://10.30.0.11:5432/consent
    username: consent_app
    password: ${CONSENT_DB_PASSWORD}

# 시술 동의서 PDF 보관 (NHN Cloud Object Storage, S3 호환)
storage:
  endpoint: https://kr1-api-object-storage.nhncloudservice.com
  bucket: meokseon-consent
  access-key: @@ak@@
  secret-key: @@secret@@
  retention-years: 5
''', hexs(32), ak=hexs(32))

add("k8s-secret/postgres-password", "deploy/k8s/booking-db-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
data:
  POSTGRES_USER: @@u@@
  POSTGRES_PASSWORD: @@pw@@
  POSTGRES_DB: @@db@@
''', (_k8spw := words_pw()), u=b64("booking_app"), pw=b64(_k8spw), db=b64("meokseon_booking"))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/booking-sealed.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-payments
  namespace: booking
spec:
  encryptedData:
    TOSS_SECRET_KEY: AgB@@e1@@
    PORTONE_API_SECRET: AgC@@e2@@
  template:
    metadata:
      name: booking-payments
      namespace: booking
''', e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 300, ALNUM + "+/"))

add("k8s-secret/toss-secret-key", "deploy/k8s/payments-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#editing-a-secret", '''
apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: booking
  labels:
    app: booking-web
type: Opaque
stringData:
  TOSS_CLIENT_KEY: "@@ck@@"
  TOSS_SECRET_KEY: "@@secret@@"
''', toss_key("live_sk_"), ck=toss_key("live_ck_"))

# ---------------------------------------------------------------- studio devices and branch IT

add("markdown/nvr-admin-password", "docs/branches/gangnam/handover.md", "https://www.hikvision.com/en/support/", '''
# 강남점 인수인계 (2026-02, 매니저 교체)

## 매장 기기
- CCTV NVR (하이크비전 DS-7608NI): http://192.168.0.64
  - 계정: admin / @@secret@@
  - 녹화 보관 30일, 시술실 카메라 2대는 고객 동의 후에만 녹화
- 오토클레이브 (STATIM 2000) 로그 USB: 매주 월요일 교체
- 포스기: 토스플레이스 단말, 비밀번호는 본사 문의

## 마감 체크
1. 니들/카트리지 폐기함 확인
2. 오토클레이브 사이클 기록 사진 → 노션 "소독 로그"
3. 시술실 소등, 냉난방 off
''', words_pw())

add("python/ftp-password", "devices/autoclave_pull.py", "https://docs.python.org/3/library/ftplib.html", '''
"""오토클레이브(STATIM) 사이클 로그를 FTP 로 가져와 보관 (보건소 점검 대비)."""
from ftplib import FTP
from pathlib import Path

HOST = "192.168.10.40"
USER = "statim"
PASSWORD = "@@secret@@"
DEST = Path("/srv/sterilization-logs")


def pull(branch: str) -> int:
    count = 0
    with FTP(HOST) as ftp:
        ftp.login(USER, PASSWORD)
        for name in ftp.nlst("/cycles"):
            target = DEST / branch / Path(name).name
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with target.open("wb") as fh:
                ftp.retrbinary(f"RETR {name}", fh.write)
            count += 1
    return count
''', rand_pw(12))

add("ini/smtp-password", "ops/printer/scan-to-mail.ini", "https://support.brother.com/g/s/id/htmldoc/mfc/cv_mfcl2750dw/use/index.html", '''
; 홍대점 복합기 (동의서 스캔 → 메일)
[Device]
Model=MFC-L2750DW
Location=Hongdae front desk

[SMTP]
Server=smtp.worksmobile.com
Port=587
Security=STARTTLS
Account=scan.hongdae@meokseon.kr
Password=@@secret@@

[Destination]
To=consent@meokseon.kr
Subject=동의서 스캔 %DATE%
''', words_pw())

add("yaml/ldap-bind-password", "ops/nextcloud/ldap.yml", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", '''
# 본사 파일서버 (도안 공유) LDAP 연동
ldap:
  host: ldaps://dc1.hq.meokseon.local
  port: 636
  base_dn: dc=hq,dc=meokseon,dc=local
  bind_dn: cn=svc-nextcloud,ou=service,dc=hq,dc=meokseon,dc=local
  bind_password: "@@secret@@"
  user_filter: (&(objectClass=person)(memberOf=cn=artists,ou=groups,dc=hq,dc=meokseon,dc=local))
  login_attribute: uid
''', rand_pw(20, "!#%"))

add("powershell/wifi-psk", "ops/branch-pc/setup-counter-pc.ps1", "https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan", '''
# 지점 카운터 PC 초기 세팅 (관리자 권한으로 실행)
$ErrorActionPreference = "Stop"

$ssid = "MEOKSEON-STAFF"
$psk = "@@secret@@"

$profile = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$ssid</name>
  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$path = "$env:TEMP\\staff-wifi.xml"
$profile | Out-File -Encoding utf8 $path
netsh wlan add profile filename="$path" user=all
Remove-Item $path
''', words_pw())

add("powershell/local-admin-password", "ops/branch-pc/reset-admin.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/set-localuser", '''
# 퇴사자 발생 시 지점 PC 로컬 관리자 비밀번호 교체
$newPassword = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$pcs = @("HONGDAE-FRONT", "HONGDAE-ROOM2", "GANGNAM-FRONT")

foreach ($pc in $pcs) {
    Invoke-Command -ComputerName $pc -ScriptBlock {
        param($pw)
        Set-LocalUser -Name "meokseon-admin" -Password $pw
    } -ArgumentList $newPassword
    Write-Host "$pc done"
}
''', words_pw())

add("csv/nvr-admin-password", "ops/inventory/branch_devices.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
branch,device,model,ip,login,password,notes
hongdae,nvr,DS-7608NI-K2,192.168.0.64,admin,@@secret@@,녹화 30일
hongdae,autoclave,STATIM 2000 G4,192.168.10.40,statim,,FTP 로그
hongdae,printer,MFC-L2750DW,192.168.0.30,,,스캔→메일
gangnam,nvr,DS-7608NI-K2,192.168.1.64,admin,(1Password),교체됨 2026-02
seomyeon,router,ipTIME AX3000M,192.168.0.1,admin,(1Password),
''', rand_pw(14, "!@"))

add("csv/decoy-device-inventory", "ops/inventory/branch_assets.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
asset_tag,branch,category,model,serial,mac,purchased
MS-0001,hongdae,tattoo-machine,FK Irons Spektra Flux,SFX@@s1@@,,2024-03-02
MS-0002,hongdae,power-supply,Critical CX-2S,CX2@@s2@@,,2024-03-02
MS-0015,gangnam,autoclave,STATIM 2000 G4,@@s3@@,00:1B:C5:@@m1@@,2023-11-20
MS-0022,seomyeon,nvr,Hikvision DS-7608NI-K2,J@@s4@@,BC:AD:28:@@m2@@,2025-01-14
MS-0031,seomyeon,piercing-tools,Body Gems taper set,BG-TS-14G,,2025-05-09
''', s1=ups(8), s2=ups(8), s3=ups(12), s4=ups(9), m1="4E:21:9A", m2="7C:03:D1")

add("shell/ftp-password", "ops/upload_flash_sheets.sh", "https://curl.se/docs/manpage.html#-u", '''
#!/bin/bash
# 플래시 도안 시트를 구형 홈페이지 호스팅(카페24)에 업로드
set -e
SRC=./flash/2026-03
for f in "$SRC"/*.jpg; do
  curl -T "$f" -u meokseon:@@secret@@ ftp://meokseon.cafe24.com/www/flash/
done
echo "uploaded $(ls "$SRC"/*.jpg | wc -l) sheets"
''', words_pw())

add("yaml/decoy-network-config", "ops/netplan/01-counter.yaml", "https://netplan.readthedocs.io/en/stable/netplan-yaml/", '''
# 카운터 미니PC 고정 IP (와이파이 비밀번호는 wpa 파일이 아닌 NetworkManager 키링에 저장)
network:
  version: 2
  renderer: NetworkManager
  ethernets:
    enp1s0:
      addresses: [192.168.0.20/24]
      routes:
        - to: default
          via: 192.168.0.1
      nameservers:
        addresses: [168.126.63.1, 8.8.8.8]
''')

add("log/smtp-password", "ops/logs/mailer-debug-2026-03-02.log", "https://www.rfc-editor.org/rfc/rfc4954#section-4", '''
2026-03-02 09:00:01,112 INFO  mailer: sending aftercare batch (18 recipients)
2026-03-02 09:00:01,340 DEBUG smtplib: send: 'ehlo booking-worker-7c9f\\r\\n'
2026-03-02 09:00:01,371 DEBUG smtplib: reply: b'250-smtp.worksmobile.com\\r\\n'
2026-03-02 09:00:01,372 DEBUG smtplib: send: 'STARTTLS\\r\\n'
2026-03-02 09:00:01,560 DEBUG smtplib: send: 'AUTH PLAIN @@secret@@\\r\\n'
2026-03-02 09:00:01,602 DEBUG smtplib: reply: b'235 2.7.0 Authentication successful\\r\\n'
2026-03-02 09:00:02,010 INFO  mailer: sent 18/18
''', b64("\0noreply@meokseon.kr\0" + words_pw()))

add("log/decoy-masked-request-log", "ops/logs/booking-web-2026-03-14.log", "https://docs.python.org/3/library/logging.html", '''
2026-03-14T15:02:10+09:00 INFO  payments.confirm order=DEP-HONGDAE-20260314-0042 amount=50000
2026-03-14T15:02:10+09:00 DEBUG http POST https://api.tosspayments.com/v1/payments/confirm Authorization=Basic ***REDACTED***
2026-03-14T15:02:11+09:00 INFO  payments.confirm status=DONE paymentKey=tgen_2026031415021174Xa9
2026-03-14T15:02:11+09:00 INFO  notify.alimtalk template=MS_REMIND_01 to=010-****-5521
2026-03-14T15:05:42+09:00 WARN  reservations slot_conflict artist=hongdae.jin slot=2026-03-21T14:00
2026-03-14T15:06:00+09:00 INFO  healthcheck ok db=3ms redis=1ms
''')

# ---------------------------------------------------------------- CI, containers, packages

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", '''
name: deploy-booking
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
      contents: read
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gha-booking-deploy
          aws-region: ap-northeast-2
      - name: Build and push
        env:
          TOSS_SECRET_KEY: ${{ secrets.TOSS_SECRET_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: |
          docker build -t booking:${{ github.sha }} .
          ./scripts/push_ecr.sh booking:${{ github.sha }}
''')

add("github-actions/slack-webhook", ".github/workflows/portfolio-sync.yml", "https://github.com/slackapi/slack-github-action", '''
name: portfolio-sync
on:
  schedule:
    - cron: "0 1 * * *"   # 10:00 KST
  workflow_dispatch:

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      SLACK_WEBHOOK_URL: @@secret@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install -r portfolio/requirements.txt
      - run: python -m portfolio.sync_instagram
      - name: notify
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' \\
            --data '{"text":"포트폴리오 동기화 실패"}' "$SLACK_WEBHOOK_URL"
''', slack_webhook())

add("github-actions/pypi-token", ".github/workflows/release-sdk.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", '''
name: release-meokseon-sdk
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
      - run: python -m pip install build twine
      - run: python -m build
      - run: python -m twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
''', fakes.pypi_token(_seed()))

add("ini/pypi-token", "sdk/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", '''
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
password = <testpypi token in 1Password>
''', fakes.pypi_token(_seed()))

add("toml/decoy-pyproject", "sdk/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/", '''
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "meokseon-booking-sdk"
version = "0.4.2"
description = "먹선 타투 예약 API 클라이언트"
requires-python = ">=3.10"
dependencies = ["httpx>=0.27", "pydantic>=2"]
authors = [{ name = "Meokseon Dev", email = "dev@meokseon.kr" }]

[project.urls]
Homepage = "https://booking.meokseon.kr"
Source = "https://github.com/meokseon/booking-sdk"

[tool.hatch.build.targets.wheel]
packages = ["src/meokseon_sdk"]
''')

add("shell/github-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", '''
#!/usr/bin/env bash
# 새 개발 PC 세팅: 사내 저장소 전부 클론
set -euo pipefail
GH_TOKEN=@@secret@@
ORG=meokseon
REPOS="booking-web booking-api aftercare-api inventory nightshift-bot kiosk"
mkdir -p ~/src/$ORG && cd ~/src/$ORG
for r in $REPOS; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/${ORG}/${r}.git" || true
done
''', fakes.github_token(_seed()))

add("dockerfile/github-fine-grained-token", "kiosk/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", '''
FROM python:3.12-slim

WORKDIR /app
# private 패키지 설치용 (빌드 후 삭제 예정)
ENV GITHUB_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
    && pip install --no-cache-dir "git+https://${GITHUB_TOKEN}@github.com/meokseon/booking-sdk.git@v0.4.2"
COPY . .
CMD ["python", "-m", "kiosk"]
''', fakes.github_fine_grained_token(_seed()))

add("dockerfile/decoy-build-secret-mount", "booking/Dockerfile", "https://docs.docker.com/build/building/secrets/", '''
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app

COPY requirements.txt .
RUN --mount=type=secret,id=gh_token \\
    GH_TOKEN="$(cat /run/secrets/gh_token)" \\
    pip install --no-cache-dir -r requirements.txt

COPY . .
ENV DJANGO_SETTINGS_MODULE=booking.settings.prod
EXPOSE 8000
CMD ["gunicorn", "booking.wsgi:application", "-b", "0.0.0.0:8000", "-w", "3"]
''')

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres", '''
services:
  db:
    image: postgres:16
    restart: unless-stopped
    environment:
      POSTGRES_DB: meokseon_booking
      POSTGRES_USER: booking_app
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  web:
    build: ./booking
    depends_on: [db, redis]
    environment:
      DATABASE_URL: postgres://booking_app:@@secret@@@db:5432/meokseon_booking
    ports: ["8000:8000"]
  redis:
    image: redis:7
volumes:
  pgdata:
''', words_pw())

add("compose/decoy-local-dev-defaults", "docker-compose.dev.yml", "https://docs.docker.com/compose/environment-variables/set-environment-variables/", '''
# 로컬 개발 전용. 운영 값은 .env (git 제외) 에서 읽음
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: meokseon_dev
      POSTGRES_USER: ${POSTGRES_USER:-postgres}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    ports: ["5432:5432"]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025", "1025:1025"]
  web:
    build: ./booking
    env_file: .env
    environment:
      TOSS_SECRET_KEY: ${TOSS_SECRET_KEY}
''')

add("compose/redis-password", "ops/nightshift/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/", '''
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes:
      - ./data:/data
  bot:
    image: ghcr.io/meokseon/nightshift-bot:1.3
    environment:
      REDIS_ADDR: redis:6379
      TELEGRAM_BOT_TOKEN_FILE: /run/secrets/tg_token
    secrets: [tg_token]
secrets:
  tg_token:
    file: ./secrets/tg_token.txt
''', fakes.redis_password(_seed()))

add("ansible/gitlab-runner-token", "ops/ansible/host_vars/hq-runner.yml", "https://docs.gitlab.com/runner/configuration/advanced-configuration.html", '''
# ansible vars for the on-prem runner in HQ (Seongsu)
gitlab_runner_concurrent: 2
gitlab_runners:
  - name: hq-docker-runner
    url: https://gitlab.meokseon.kr/
    token: @@secret@@
    executor: docker
    docker_image: python:3.12
    tags: [hq, docker]
''', gitlab_token())

add("ansible/decoy-vault-encrypted", "ops/ansible/group_vars/branches/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", '''
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
''', l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(44))

add("ansible/nvr-admin-password", "ops/ansible/roles/nvr/defaults/main.yml", "https://docs.ansible.com/ansible/latest/playbook_guide/playbooks_variables.html", '''
---
# 지점 NVR 설정 (ISAPI)
nvr_http_port: 80
nvr_admin_user: admin
nvr_admin_password: "@@secret@@"
nvr_retention_days: 30
nvr_channels:
  - { id: 1, name: "입구" }
  - { id: 2, name: "대기실" }
  - { id: 3, name: "카운터" }
nvr_ntp_server: time.bora.net
''', words_pw())

add("ansible/decoy-vault-reference", "ops/ansible/group_vars/branches/main.yml", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible", '''
---
branch_timezone: Asia/Seoul
nvr_admin_password: "{{ vault_nvr_admin_password }}"
wifi_staff_psk: "{{ vault_wifi_staff_psk }}"
smtp_relay_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/branches/smtp:password') }}"
counter_pc_users:
  - front
  - manager
''')

# ---------------------------------------------------------------- Instagram, portfolio, web

add("python/instagram-access-token", "portfolio/sync_instagram.py", "https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media", '''
"""지점 인스타그램 계정의 새 게시물을 포트폴리오 DB 로 동기화."""
import requests

GRAPH = "https://graph.facebook.com/v19.0"
IG_USER_ID = "17841400000000000"
ACCESS_TOKEN = "@@secret@@"


def recent_media(limit: int = 25) -> list[dict]:
    resp = requests.get(
        f"{GRAPH}/{IG_USER_ID}/media",
        params={
            "fields": "id,caption,media_url,permalink,timestamp",
            "limit": limit,
            "access_token": ACCESS_TOKEN,
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["data"]
''', meta_token())

add("notebook/instagram-access-token", "analysis/hashtag_reach.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# 해시태그별 도달 분석 (#타투 #미니타투 #파인라인)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import requests\\n",
    "TOKEN = \\"@@secret@@\\"\\n",
    "IG = \\"17841400000000000\\""
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "r = requests.get(f\\"https://graph.facebook.com/v19.0/{IG}/insights\\", params={\\"metric\\": \\"reach\\", \\"period\\": \\"day\\", \\"access_token\\": TOKEN})\\n",
    "pd.DataFrame(r.json()[\\"data\\"])"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', meta_token())

add("notebook/decoy-cleared-outputs", "analysis/no_show_rate.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# 지점별 노쇼율 (2025 하반기)"]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(os.environ[\\"HQ_REPORTING_DSN\\"])\\n",
    "df = pd.read_sql(\\"select branch, status, count(*) n from reservations group by 1, 2\\", engine)\\n",
    "df.pivot(index=\\"branch\\", columns=\\"status\\", values=\\"n\\")"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

add("json/decoy-facebook-app-id", "web/public/manifest-social.json", "https://developers.facebook.com/docs/sharing/webmasters", '''
{
  "og": {
    "site_name": "먹선 타투 & 피어싱",
    "locale": "ko_KR",
    "image": "https://d1abcd2efgh3ij.cloudfront.net/og/main.jpg"
  },
  "fb": {
    "app_id": "1234567890123456"
  },
  "instagram": {
    "hongdae": "@meokseon.hongdae",
    "gangnam": "@meokseon.gangnam",
    "seomyeon": "@meokseon.busan"
  }
}
''')

add("typescript/decoy-recaptcha-site-key", "web/src/components/BookingForm.tsx", "https://developers.google.com/recaptcha/docs/v3", '''
import { GoogleReCaptchaProvider } from "react-google-recaptcha-v3";
import { BookingFields } from "./BookingFields";

// reCAPTCHA v3 site key (public; the secret key lives only on the server)
const RECAPTCHA_SITE_KEY = "6Le@@sk@@";

export function BookingForm() {
  return (
    <GoogleReCaptchaProvider reCaptchaKey={RECAPTCHA_SITE_KEY} language="ko">
      <form action="/api/reservations" method="post">
        <BookingFields />
        <button type="submit">예약 신청</button>
      </form>
    </GoogleReCaptchaProvider>
  );
}
''', sk=fakes.drawn(_seed(), 37, ALNUM + "_-"))

add("php/recaptcha-secret-key", "wp-content/themes/meokseon/inc/recaptcha.php", "https://developers.google.com/recaptcha/docs/verify", '''
<?php
// 상담 신청 폼 스팸 방지
const MEOKSEON_RECAPTCHA_SECRET = '6Le@@tail@@';

function meokseon_verify_recaptcha($token) {
    $resp = wp_remote_post('https://www.google.com/recaptcha/api/siteverify', [
        'body' => [
            'secret'   => MEOKSEON_RECAPTCHA_SECRET,
            'response' => $token,
        ],
    ]);
    $data = json_decode(wp_remote_retrieve_body($resp), true);
    return !empty($data['success']) && $data['score'] >= 0.5;
}
''', (_rc := "6Le" + fakes.drawn(_seed(), 37, ALNUM + "_-")), tail=_rc[3:])

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", '''
<?php
/** 먹선 타투 브랜드 사이트 (카페24 호스팅) */
define( 'DB_NAME', 'meokseon_wp' );
define( 'DB_USER', 'meokseon' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );

$table_prefix = 'ms_';
define( 'WP_DEBUG', false );
define( 'WPLANG', 'ko_KR' );

if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
''', words_pw())

add("php/decoy-wp-config-sample", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/", '''
<?php
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
define( 'WP_DEBUG', false );
''')

add("typescript/supabase-service-role", "aftercare-app/src/lib/supabase-admin.ts", "https://supabase.com/docs/guides/api/api-keys", '''
import { createClient } from "@supabase/supabase-js";

// 관리자 전용 (RLS 우회). 애프터케어 사진 일괄 삭제 배치에서만 사용
export const supabaseAdmin = createClient(
  "https://xyzmeokseonaftercare.supabase.co",
  "@@secret@@",
  { auth: { persistSession: false } },
);

export async function purgeExpiredPhotos(days = 180) {
  const cutoff = new Date(Date.now() - days * 86400_000).toISOString();
  return supabaseAdmin.from("aftercare_photos").delete().lt("created_at", cutoff);
}
''', jwt_like())

add("swift/decoy-supabase-anon-key", "ios/Meokseon/Config/SupabaseConfig.swift", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", '''
import Foundation

// anon 키는 공개 키 (RLS 정책으로 보호됨). service_role 키는 앱에 넣지 말 것.
enum SupabaseConfig {
    static let url = URL(string: "https://xyzmeokseonaftercare.supabase.co")!
    static let anonKey = "@@anon@@"
    static let bucket = "aftercare-photos"
    static let maxUploadBytes = 8 * 1024 * 1024
}
''', anon=b64('{"alg":"HS256","typ":"JWT"}').rstrip("=") + "." + b64('{"iss":"supabase","role":"anon","exp":2089000000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("swift/decoy-bundle-ids", "ios/Meokseon/Config/AppConstants.swift", "https://developer.apple.com/documentation/bundleresources/information_property_list/cfbundleidentifier", '''
import Foundation

enum AppConstants {
    static let bundleID = "kr.meokseon.aftercare"
    static let appStoreID = "6478123456"
    static let teamID = "A1B2C3D4E5"
    static let kakaoNativeAppKeyName = "KAKAO_NATIVE_APP_KEY"  // Info.plist 에서 읽음
    static let supportPhone = "02-1234-5678"
    static let aftercareDays = [1, 3, 7, 14, 30]
}
''')

add("plist/decoy-kakao-native-key", "ios/Meokseon/Info.plist", "https://developers.kakao.com/docs/latest/ko/ios/getting-started#project-plist", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>CFBundleDisplayName</key>
    <string>먹선 애프터케어</string>
    <key>KAKAO_APP_KEY</key>
    <string>@@k@@</string>
    <key>LSApplicationQueriesSchemes</key>
    <array>
        <string>kakaokompassauth</string>
        <string>kakaolink</string>
    </array>
    <key>NSCameraUsageDescription</key>
    <string>시술 부위 회복 사진을 촬영합니다.</string>
</dict>
</plist>
''', k=hexs(32))

add("plist/firebase-service-account-key", "ios/Meokseon/Push/PushServiceAccount.plist", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", '''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>project_id</key>
    <string>meokseon-aftercare</string>
    <key>client_email</key>
    <string>push-sender@meokseon-aftercare.iam.gserviceaccount.com</string>
    <key>private_key</key>
    <string>@@secret@@</string>
</dict>
</plist>
''', pem("RSA"))

# ---------------------------------------------------------------- shop, chat, AI consult, SaaS

add("python/openai-api-key", "consult/design_brief.py", "https://platform.openai.com/docs/api-reference/authentication", '''
"""상담 메모 → 아티스트용 도안 브리프 요약 (내부 툴)."""
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = """너는 타투 스튜디오의 상담 보조야. 고객 메모를 읽고 부위, 크기(cm), 스타일,
레퍼런스, 커버업 여부, 피부 특이사항을 한국어 bullet 로 정리해."""


def summarize(memo: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": memo}],
        temperature=0.2,
    )
    return resp.choices[0].message.content
''', fakes.openai_key(_seed()))

add("env/shopify-admin-token", "shop/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", '''
# 애프터케어 제품 쇼핑몰 (연고, 필름, 세척제)
SHOPIFY_STORE_DOMAIN=meokseon-care.myshopify.com
SHOPIFY_ADMIN_API_ACCESS_TOKEN=@@secret@@
SHOPIFY_API_VERSION=2024-04
LOW_STOCK_ALERT=10
''', "shpat_" + hexs(32))

add("python/naver-commerce-client-secret", "shop/smartstore_orders.py", "https://apicenter.commerce.naver.com/ko/basic/commerce-api", '''
"""네이버 스마트스토어 주문 수집 (애프터케어 키트)."""
import time

import bcrypt
import pybase64
import requests

CLIENT_ID = "@@cid@@"
CLIENT_SECRET = "@@secret@@"


def token() -> str:
    ts = str(int(time.time() * 1000))
    hashed = bcrypt.hashpw(f"{CLIENT_ID}_{ts}".encode(), CLIENT_SECRET.encode())
    sign = pybase64.standard_b64encode(hashed).decode()
    resp = requests.post(
        "https://api.commerce.naver.com/external/v1/oauth2/token",
        data={"client_id": CLIENT_ID, "timestamp": ts, "client_secret_sign": sign,
              "grant_type": "client_credentials", "type": "SELF"},
    )
    return resp.json()["access_token"]
''', "$2a$04$" + fakes.drawn(_seed(), 22, ALNUM + "./"), cid=fakes.drawn_mixed(_seed(), 22))

add("java/channeltalk-access-secret", "crm/src/main/java/kr/meokseon/crm/ChannelTalkClient.java", "https://developers.channel.io/reference/authentication", '''
package kr.meokseon.crm;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

// 채널톡 상담 내역을 CRM 으로 가져오기
public class ChannelTalkClient {
    private static final String ACCESS_KEY = "@@ak@@";
    private static final String ACCESS_SECRET = "@@secret@@";
    private final OkHttpClient http = new OkHttpClient();

    public String listChats(String state) throws Exception {
        Request req = new Request.Builder()
                .url("https://api.channel.io/open/v5/user-chats?state=" + state)
                .header("x-access-key", ACCESS_KEY)
                .header("x-access-secret", ACCESS_SECRET)
                .build();
        try (Response resp = http.newCall(req).execute()) {
            return resp.body().string();
        }
    }
}
''', hexs(32), ak=hexs(24))

add("typescript/decoy-channeltalk-plugin-key", "web/src/lib/channeltalk.ts", "https://developers.channel.io/docs/web-installation", '''
import * as ChannelService from "@channel.io/channel-web-sdk-loader";

// 플러그인 키는 웹에 노출되는 공개 식별자
const PLUGIN_KEY = "@@uuid@@";

export function bootChannelTalk(memberId?: string, name?: string) {
  ChannelService.loadScript();
  ChannelService.boot({
    pluginKey: PLUGIN_KEY,
    memberId,
    profile: name ? { name } : undefined,
    language: "ko",
  });
}
''', uuid=uuid_s())

add("python/notion-integration-token", "ops/sterilization_log_to_notion.py", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up", '''
"""오토클레이브 사이클 기록을 노션 '소독 로그' DB 에 추가."""
from notion_client import Client

notion = Client(auth="@@secret@@")
DATABASE_ID = "@@db@@"


def log_cycle(branch: str, cycle_no: int, temp_c: float, minutes: int, ok: bool) -> None:
    notion.pages.create(
        parent={"database_id": DATABASE_ID},
        properties={
            "지점": {"select": {"name": branch}},
            "사이클": {"number": cycle_no},
            "온도": {"number": temp_c},
            "시간(분)": {"number": minutes},
            "정상": {"checkbox": ok},
        },
    )
''', "ntn_" + fakes.drawn_mixed(_seed(), 46), db=hexs(32))

add("json/google-oauth-client-secret", "ops/calendar-sync/client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", '''
{
  "web": {
    "client_id": "@@cid@@.apps.googleusercontent.com",
    "project_id": "meokseon-calendar",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "@@secret@@",
    "redirect_uris": ["https://admin.meokseon.kr/oauth/google/callback"]
  }
}
''', "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"), cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("json/gcp-service-account-key", "ops/calendar-sync/sa-artist-calendars.json", "https://cloud.google.com/iam/docs/keys-create-delete", '''
{
  "type": "service_account",
  "project_id": "meokseon-calendar",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "artist-calendars@meokseon-calendar.iam.gserviceaccount.com",
  "client_id": "1098765432109876543210",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
''', fakes.fake_pem(_seed(), "").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE").replace("\\n", "\\\\n").replace("\n", "\\n"), kid=hexs(40))

add("json/decoy-google-client-id", "web/public/oauth.json", "https://developers.google.com/identity/gsi/web/guides/get-google-api-clientid", '''
{
  "google": {
    "clientId": "@@cid@@.apps.googleusercontent.com",
    "scopes": ["openid", "email", "profile"]
  },
  "kakao": {
    "redirectUri": "https://booking.meokseon.kr/auth/kakao/callback"
  },
  "naver": {
    "redirectUri": "https://booking.meokseon.kr/auth/naver/callback"
  }
}
''', cid=str(random.Random(_seed()).randint(10**11, 10**12)) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("yaml/naver-login-client-secret", "booking/config/oauth.yaml", "https://developers.naver.com/docs/login/api/api.md", '''
oauth:
  kakao:
    client_id: @@kcid@@
    client_secret_env: KAKAO_CLIENT_SECRET
  naver:
    client_id: @@ncid@@
    client_secret: @@secret@@
    callback: https://booking.meokseon.kr/auth/naver/callback
  google:
    client_id_env: GOOGLE_CLIENT_ID
    client_secret_env: GOOGLE_CLIENT_SECRET
''', fakes.drawn_mixed(_seed(), 10), kcid=hexs(32), ncid=fakes.drawn_mixed(_seed(), 20))

add("ruby/twilio-auth-token", "la-branch/app/services/sms_reminder.rb", "https://www.twilio.com/docs/iam/credentials/api", '''
require "twilio-ruby"

class SmsReminder
  ACCOUNT_SID = "@@sid@@"
  AUTH_TOKEN  = "@@secret@@"
  FROM        = "+12135550142"

  def initialize
    @client = Twilio::REST::Client.new(ACCOUNT_SID, AUTH_TOKEN)
  end

  def call(appointment)
    @client.messages.create(
      from: FROM,
      to: appointment.phone,
      body: "Meokseon LA: see you tomorrow at #{appointment.starts_at.strftime('%-I:%M %p')}. No alcohol 24h before, please!"
    )
  end
end
''', hexs(32), sid=twilio_sid())

add("ruby/square-access-token", "la-branch/config/initializers/square.rb", "https://developer.squareup.com/docs/build-basics/access-tokens", '''
# Square POS sync for walk-in piercings at the LA branch
SQUARE_CONFIG = {
  environment: "production",
  access_token: "@@secret@@",
  location_id: "L@@loc@@",
  catalog_sync_minutes: 15,
}.freeze

SQUARE_CLIENT = Square::Client.new(
  access_token: SQUARE_CONFIG[:access_token],
  environment: SQUARE_CONFIG[:environment]
)
''', "EAAAE" + fakes.drawn_mixed(_seed(), 59, ALNUM + "-_"), loc=ups(12))

add("ruby/decoy-rails-credentials-reference", "la-branch/config/initializers/sendgrid.rb", "https://guides.rubyonrails.org/security.html#custom-credentials", '''
ActionMailer::Base.smtp_settings = {
  address: "smtp.sendgrid.net",
  port: 587,
  domain: "meokseon-la.com",
  user_name: "apikey",
  password: Rails.application.credentials.dig(:sendgrid, :api_key),
  authentication: :plain,
  enable_starttls_auto: true
}
''')

add("yaml/decoy-encrypted-credentials", "la-branch/docs/credentials-production-snapshot.yml", "https://guides.rubyonrails.org/security.html#custom-credentials", '''
# rails credentials:show 로 보기 (master key 는 1Password "LA rails master key")
# 아래는 암호화된 파일 내용의 사본 (배포 비교용)
encrypted: |
  @@a@@
  @@b@@
  @@c@@
  @@d@@
iv_and_tag: "@@iv@@--@@tag@@"
''', a=fakes.drawn(_seed(), 76, ALNUM + "+/"), b=fakes.drawn(_seed(), 76, ALNUM + "+/"), c=fakes.drawn(_seed(), 76, ALNUM + "+/"), d=fakes.drawn(_seed(), 40, ALNUM + "+/"), iv=fakes.drawn(_seed(), 16, ALNUM) + "==", tag=fakes.drawn(_seed(), 22, ALNUM) + "==")

add("go/sentry-auth-token", "tools/release/sentry.go", "https://docs.sentry.io/api/auth/", '''
package release

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const (
	sentryOrg   = "meokseon"
	sentryToken = "@@secret@@"
)

func CreateRelease(project, version string) error {
	body, _ := json.Marshal(map[string]any{"version": version, "projects": []string{project}})
	req, _ := http.NewRequest("POST", "https://sentry.io/api/0/organizations/"+sentryOrg+"/releases/", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+sentryToken)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
''', "sntrys_" + b64('{"iat":1767225600.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"meokseon"}').rstrip("=") + "_" + fakes.drawn_mixed(_seed(), 43, ALNUM + "+/"))

add("typescript/decoy-sentry-dsn", "web/sentry.client.config.ts", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", '''
import * as Sentry from "@sentry/nextjs";

// DSN 은 클라이언트에 노출되는 것이 정상 (이벤트 전송 전용)
Sentry.init({
  dsn: "https://@@pub@@@o4506123456789012.ingest.us.sentry.io/4506123456789013",
  tracesSampleRate: 0.1,
  replaysSessionSampleRate: 0,
  environment: process.env.NEXT_PUBLIC_VERCEL_ENV,
});
''', pub=hexs(32))

# ---------------------------------------------------------------- runbooks and docs (Korean and English)

add("markdown/toss-secret-key", "docs/runbooks/deposit-refund.md", "https://docs.tosspayments.com/reference#%EA%B2%B0%EC%A0%9C-%EC%B7%A8%EC%86%8C", '''
# 런북: 예약금 수동 환불

대시보드에서 환불이 안 될 때 (부분 환불, 노쇼 위약금 공제 등) API 로 직접 처리합니다.

1. 관리자 페이지에서 `paymentKey` 확인
2. 아래 명령 실행 (시크릿 키는 운영 키, 2026-01 교체본)

```bash
curl -X POST "https://api.tosspayments.com/v1/payments/$PAYMENT_KEY/cancel" \\
  -u @@secret@@: \\
  -H "Content-Type: application/json" \\
  -d '{"cancelReason":"노쇼 위약금 공제 후 환불","cancelAmount":30000}'
```

3. 결과의 `status` 가 `PARTIAL_CANCELED` 인지 확인
4. 슬랙 #payments 에 주문번호 공유
''', toss_key("live_sk_"))

add("markdown/redis-password", "docs/onboarding/backend.md", "https://redis.io/docs/latest/develop/tools/cli/", '''
# Backend onboarding

Welcome! A few things you'll need on day one.

## Local setup
- `docker compose -f docker-compose.dev.yml up -d`
- `python manage.py migrate && python manage.py loaddata branches`

## Looking at the production queue
Celery queues live in ElastiCache. From the bastion:

    redis-cli -h meokseon-cache.abc123.ng.0001.apn2.cache.amazonaws.com -a '@@secret@@' --tls llen celery

Please don't `FLUSHALL`. Ask in #backend first.

## Who to ask
- 결제/예약: 지훈
- 앱/애프터케어: 서연
''', fakes.redis_password(_seed()))

add("markdown/sftp-password", "docs/vendors/ink-supplier.md", "https://www.openssh.com/manual.html", '''
# 잉크 공급사 (Dynamic / Eternal 수입대행) 발주 연동

매주 금요일 재고 서비스가 발주서 CSV 를 공급사 SFTP 에 올립니다.

- 호스트: sftp.inkimport.co.kr (22)
- 계정: meokseon_po
- 비밀번호: @@secret@@
- 경로: /incoming/meokseon/
- 파일명: `PO_YYYYMMDD.csv` (UTF-8, BOM 없음)

공급사 담당: 김대리 (010-0000-0000). 계정 변경 시 이 문서 업데이트.
''', words_pw())

add("markdown/decoy-example-credentials", "docs/api/booking-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/", '''
# Booking API (partner studios)

All requests need a bearer token issued per partner in the admin console.

```http
GET /v1/artists?branch=hongdae HTTP/1.1
Host: api.meokseon.kr
Authorization: Bearer <YOUR_PARTNER_TOKEN>
```

Example response:

```json
{"id": "art_01HQ3K7Z9X", "name": "진", "styles": ["blackwork", "fineline"], "next_slot": "2026-03-21T14:00:00+09:00"}
```

Tokens look like `msk_live_...`; test tokens start with `msk_test_`. Rotate them from **설정 → API 키**.
''')

add("markdown/decoy-rotation-log", "docs/security/key-rotation.md", "https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html", '''
# 키 교체 이력

| 날짜 | 대상 | 이전 키 (앞 8자리) | 보관 위치 | 담당 |
|------|------|---------------------|-----------|------|
| 2026-01-08 | Toss 시크릿 키 | `live_sk_` + `Zx…` | Secrets Manager `prod/toss/secret-key` | 지훈 |
| 2026-01-08 | PortOne API secret | (폐기) | Secrets Manager `prod/portone/api-secret` | 지훈 |
| 2026-02-14 | 강남 NVR admin | — | 1Password `Branch / Gangnam NVR` | 민지 |
| 2026-03-02 | SMTP (웍스) | — | SSM `/mail/noreply-password` | 서연 |

교체 절차는 `docs/runbooks/rotate-keys.md` 참고. 평문 키를 이 문서에 적지 마세요.
''')

add("markdown/ldap-bind-password", "docs/it/hq-fileserver.md", "https://docs.nextcloud.com/server/latest/admin_manual/configuration_user/user_auth_ldap.html", '''
# 본사 파일서버 메모 (IT 외주 업체 인계)

- Nextcloud 28, Ubuntu 22.04, 본사 서버실 랙 2번
- 도안 폴더: `/Artists/<이름>/flash`, 동의서 스캔: `/Consent/<지점>/<연도>`
- AD: dc1.hq.meokseon.local

service account for the LDAP app:
  bind DN: cn=svc-nextcloud,ou=service,dc=hq,dc=meokseon,dc=local
  password: @@secret@@

백업: 매일 02:00 restic → NCP Object Storage (`ops/seomyeon/rclone.env` 와 같은 버킷 아님)
''', rand_pw(18, "!#"))

add("markdown/decoy-aftercare-guide", "docs/aftercare/tattoo-aftercare-ko.md", "https://www.commonmark.org/", '''
# 타투 애프터케어 안내

1. 시술 후 2~4시간 뒤 랩/필름을 제거하세요. (세컨스킨은 3~5일 유지)
2. 미온수와 무향 비누로 부드럽게 세척 후 두드려 말립니다.
3. 연고는 얇게, 하루 2~3회. 과하게 바르면 잉크가 빠질 수 있어요.
4. 2주간 사우나, 수영, 직사광선을 피하세요.
5. 딱지는 절대 뜯지 마세요.

문의: 카카오톡 채널 `@먹선타투` / 예약 번호는 예약 확인 문자에 있습니다 (예: `MS-2026-0314-0042`).
''')

add("markdown/decoy-piercing-jewelry-spec", "docs/piercing/jewelry-standards.md", "https://safepiercing.org/jewelry-for-initial-piercings/", '''
# Piercing jewelry standards

We only use implant-grade titanium (ASTM F136) and solid 14k/18k gold for initial piercings.

| Placement | Gauge | Initial length | SKU |
|-----------|-------|----------------|-----|
| Helix | 16G (1.2mm) | 8mm | TI-LAB-16-08 |
| Conch | 16G | 8mm | TI-LAB-16-08 |
| Nostril | 18G (1.0mm) | 6.5mm | TI-LAB-18-65 |
| Septum | 16G | 8mm ring | TI-CLK-16-08 |
| Navel | 14G (1.6mm) | 10mm | TI-NAV-14-10 |

Mill certificates are filed by lot number, e.g. `LOT 24-0917-F136-A`.
''')

add("markdown/decoy-handover-vault-refs", "docs/branches/seomyeon/handover.md", "https://support.1password.com/secret-reference-syntax/", '''
# 서면점 인수인계

- 매장 와이파이: 1Password `op://Branch/Seomyeon Wi-Fi/password`
- NVR 관리자: 1Password `op://Branch/Seomyeon NVR/password`
- 포스(토스플레이스) 관리자 PIN: 점장만 보유, 문서화 금지
- 오토클레이브 FTP: 기본값 변경 완료, 새 비밀번호는 1Password 에 있음

## 주간 업무
- 월: 니들 재고 확인, 발주
- 수: 소독 로그 점검
- 금: 플래시 데이 준비
''')

add("markdown/postgres-password", "docs/incidents/2026-02-27-booking-outage.md", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", '''
# 2026-02-27 예약 사이트 장애 회고

## 요약
19:40~20:15 (35분) 예약 페이지 500 에러. 원인은 RDS 커넥션 고갈.

## 타임라인
- 19:40 Sentry 알림 급증
- 19:52 psql 로 접속해 세션 확인:
  `psql "postgresql://booking_app:@@secret@@@meokseon-prod.cluster-c1x2y3z4.ap-northeast-2.rds.amazonaws.com:5432/meokseon_booking" -c "select count(*) from pg_stat_activity"`
- 20:05 gunicorn 워커 수 6 → 3, CONN_MAX_AGE 600 → 60
- 20:15 정상화

## 후속 조치
- PgBouncer 도입 검토
- 이 문서의 접속 문자열 비밀번호 교체 완료 후 삭제 (TODO)
''', words_pw())

# ---------------------------------------------------------------- more code: split values, headers, clients

_split = rand_pw(24)
add("python/kiosk-api-key", "kiosk/kiosk/checkin.py", "https://developers.solapi.com/references/authentication/api-key", '''
"""체크인 키오스크: QR 예약 확인 후 대기열 등록."""
import httpx

# 난독화 (키오스크 PC 에서 grep 방지)
_KEY = ("@@a@@"
        "@@b@@"
        "@@c@@")


def check_in(reservation_code: str) -> dict:
    r = httpx.post(
        "https://api.meokseon.kr/v1/kiosk/checkin",
        headers={"X-Kiosk-Key": _KEY},
        json={"code": reservation_code},
        timeout=5,
    )
    r.raise_for_status()
    return r.json()
''', _split, a=_split[:8], b=_split[8:16], c=_split[16:])

add("rust/supplier-api-token", "inventory/src/supplier.rs", "https://docs.rs/reqwest/latest/reqwest/struct.RequestBuilder.html#method.bearer_auth", '''
use reqwest::Client;
use serde::Serialize;

// 잉크 공급사 발주 API
const SUPPLIER_API: &str = "https://api.inkimport.co.kr/v2/orders";
const SUPPLIER_TOKEN: &str = "@@secret@@";

#[derive(Serialize)]
pub struct OrderLine {
    pub sku: String,
    pub qty: u32,
}

pub async fn place_order(client: &Client, lines: &[OrderLine]) -> reqwest::Result<()> {
    client
        .post(SUPPLIER_API)
        .bearer_auth(SUPPLIER_TOKEN)
        .json(&lines)
        .send()
        .await?
        .error_for_status()?;
    Ok(())
}
''', "iik_live_" + fakes.drawn_mixed(_seed(), 40))

add("rust/decoy-test-constants", "inventory/src/tests/fixtures.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html", '''
#[cfg(test)]
pub mod fixtures {
    pub const TEST_TOKEN: &str = "test-token-do-not-use";
    pub const SKU_NEEDLE_3RL: &str = "NDL-3RL-0.35-LT";
    pub const SKU_INK_BLACK: &str = "INK-DYN-TB-8OZ";
    pub const LOT_SHA256: &str = "@@sha@@";

    pub fn order_json() -> &'static str {
        r#"{"sku":"NDL-3RL-0.35-LT","qty":200}"#
    }
}
''', sha=hexs(64))

add("kotlin/decoy-build-config-fields", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", '''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "kr.meokseon.app"
    compileSdk = 34
    defaultConfig {
        applicationId = "kr.meokseon.app"
        minSdk = 26
        versionCode = 42
        versionName = "2.3.0"
        buildConfigField("String", "TOSS_CLIENT_KEY", "\\"${project.findProperty("tossClientKey") ?: ""}\\"")
        manifestPlaceholders["kakaoAppKey"] = project.findProperty("kakaoNativeKey") ?: ""
    }
    buildFeatures { buildConfig = true }
}
''')

add("properties/android-keystore-password", "app/keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", '''
# 릴리즈 서명 (플레이스토어 업로드 키)
storeFile=../keys/meokseon-upload.jks
storePassword=@@secret@@
keyAlias=meokseon-upload
keyPassword=@@secret@@
''', rand_pw(16))

add("properties/decoy-gradle-properties", "app/gradle.properties", "https://docs.gradle.org/current/userguide/build_environment.html", '''
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
android.nonTransitiveRClass=true
# 키는 ~/.gradle/gradle.properties 또는 CI 시크릿에서 주입
tossClientKey=
kakaoNativeKey=
''')

add("properties/smtp-password", "consent-archive/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.mail", '''
spring.application.name=consent-archive
server.port=8081
spring.mail.host=smtp.worksmobile.com
spring.mail.port=587
spring.mail.username=consent@meokseon.kr
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true
consent.pdf.retention-years=5
''', words_pw())

add("xml/decoy-spring-placeholders", "consent-archive/src/main/resources/logback-spring.xml", "https://docs.spring.io/spring-boot/reference/features/logging.html#features.logging.logback-extensions", '''
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <springProperty scope="context" name="appName" source="spring.application.name"/>
    <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
        <encoder>
            <pattern>%d{ISO8601} %-5level [${appName}] %logger{36} - %msg%n</pattern>
        </encoder>
    </appender>
    <appender name="SENTRY" class="io.sentry.logback.SentryAppender">
        <options>
            <dsn>${SENTRY_DSN}</dsn>
        </options>
    </appender>
    <root level="INFO">
        <appender-ref ref="CONSOLE"/>
        <appender-ref ref="SENTRY"/>
    </root>
</configuration>
''')

add("xml/mssql-password", "pos-bridge/App.config", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-strings-and-configuration-files", '''
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- 구형 POS (강남점) 매출 DB -> 본사 정산 브리지 -->
  <connectionStrings>
    <add name="PosDb"
         connectionString="Server=192.168.1.50\\SQLEXPRESS;Database=PosSales;User Id=posbridge;Password=@@secret@@;TrustServerCertificate=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="Branch" value="gangnam" />
    <add key="SyncIntervalMinutes" value="30" />
  </appSettings>
</configuration>
''', words_pw())

add("csharp/nvr-admin-password", "kiosk/Services/NvrSnapshot.cs", "https://learn.microsoft.com/en-us/dotnet/api/system.net.http.headers.authenticationheadervalue", '''
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

namespace Meokseon.Kiosk.Services
{
    // 대기실 카메라 스냅샷 (혼잡도 표시)
    public class NvrSnapshot
    {
        private static readonly HttpClient Http = new HttpClient();

        static NvrSnapshot()
        {
            Http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "@@secret@@");
        }

        public Task<byte[]> Fetch(int channel) =>
            Http.GetByteArrayAsync($"http://192.168.0.64/ISAPI/Streaming/channels/{channel}01/picture");
    }
}
''', b64("admin:" + words_pw()))

add("csharp/decoy-appsettings-reference", "pos-bridge/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", '''
{
  "Logging": {
    "LogLevel": { "Default": "Information" }
  },
  "ConnectionStrings": {
    "PosDb": "Server=192.168.1.50\\\\SQLEXPRESS;Database=PosSales;Integrated Security=True;TrustServerCertificate=True"
  },
  "Hq": {
    "ApiBase": "https://api.meokseon.kr",
    "ApiKeySecretName": "pos-bridge-api-key"
  }
}
''')

add("go/decoy-env-lookup", "aftercare-api/internal/config/config.go", "https://pkg.go.dev/os#LookupEnv", '''
package config

import (
	"fmt"
	"os"
)

type Config struct {
	MongoURI     string
	FCMKeyPath   string
	KakaoRestKey string
}

func Load() (Config, error) {
	c := Config{
		MongoURI:     os.Getenv("MONGO_URI"),
		FCMKeyPath:   os.Getenv("FCM_SERVICE_ACCOUNT_PATH"),
		KakaoRestKey: os.Getenv("KAKAO_REST_API_KEY"),
	}
	if c.MongoURI == "" {
		return c, fmt.Errorf("MONGO_URI is required")
	}
	return c, nil
}
''')

add("go/kakao-rest-api-key", "aftercare-api/internal/kakao/address.go", "https://developers.kakao.com/docs/latest/ko/local/dev-guide#address-coord", '''
package kakao

import (
	"net/http"
	"net/url"
)

// 주소 -> 좌표 (가까운 지점 안내)
const restAPIKey = "@@secret@@"

func Geocode(query string) (*http.Response, error) {
	req, err := http.NewRequest("GET", "https://dapi.kakao.com/v2/local/search/address.json?query="+url.QueryEscape(query), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "KakaoAK "+restAPIKey)
	return http.DefaultClient.Do(req)
}
''', hexs(32))

add("swift/toss-secret-key", "ios/Meokseon/Payments/DepositConfirm.swift", "https://docs.tosspayments.com/reference/using-api/authorization", '''
import Foundation

// TODO: 서버 승인으로 이전 (앱 심사 전 급하게 넣음)
struct DepositConfirm {
    private let secretKey = "@@secret@@"

    func request(paymentKey: String, orderId: String, amount: Int) -> URLRequest {
        var req = URLRequest(url: URL(string: "https://api.tosspayments.com/v1/payments/confirm")!)
        req.httpMethod = "POST"
        let basic = Data("\\(secretKey):".utf8).base64EncodedString()
        req.setValue("Basic \\(basic)", forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = try? JSONSerialization.data(withJSONObject: ["paymentKey": paymentKey, "orderId": orderId, "amount": amount])
        return req
    }
}
''', toss_key("live_sk_"))

add("typescript/mailgun-api-key", "web/src/server/mail.ts", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/", '''
import formData from "form-data";
import Mailgun from "mailgun.js";

const mailgun = new Mailgun(formData);
const mg = mailgun.client({
  username: "api",
  key: "@@secret@@",
  url: "https://api.mailgun.net",
});

export async function sendConsentCopy(to: string, pdf: Buffer, name: string) {
  return mg.messages.create("mg.meokseon.kr", {
    from: "먹선 타투 <consent@mg.meokseon.kr>",
    to,
    subject: `${name}님 시술 동의서 사본`,
    attachment: [{ filename: "consent.pdf", data: pdf }],
  });
}
''', "key-" + hexs(32))

add("typescript/decoy-regex-validators", "web/src/lib/validators.ts", "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions", '''
// 입력 검증 (예약 폼, 관리자 키 입력 화면)
export const PHONE_KR = /^01[016789]-?\\d{3,4}-?\\d{4}$/;
export const RESERVATION_CODE = /^MS-\\d{4}-\\d{4}-\\d{4}$/;
export const TOSS_SECRET_KEY = /^(live|test)_(g?sk)_[A-Za-z0-9]{20,40}$/;
export const TOSS_CLIENT_KEY = /^(live|test)_(g?ck)_[A-Za-z0-9]{20,40}$/;
export const KAKAO_REST_KEY = /^[0-9a-f]{32}$/;

export function looksLikeSecretKey(value: string): boolean {
  return TOSS_SECRET_KEY.test(value.trim());
}
''')

# ---------------------------------------------------------------- keys, infra, deploy

add("ansible/ssh-private-key", "ops/ansible/group_vars/webhost/deploy_key.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", '''
---
# 카페24 웹호스팅 배포 키 (워드프레스 테마 rsync)
deploy_user: meokseon
deploy_host: meokseon.cafe24.com
deploy_private_key: |
  @@key@@
deploy_path: /www/wp-content/themes/meokseon
''', (_dk := pem("OPENSSH")), key=_dk.replace("\n", "\n  "))

add("shell/tls-private-key", "ops/nginx/install_cert.sh", "https://nginx.org/en/docs/http/configuring_https_servers.html", '''
#!/bin/bash
# 예약 사이트 인증서 수동 설치 (certbot 이 안 되는 구형 서버용)
set -e
mkdir -p /etc/nginx/ssl
cat > /etc/nginx/ssl/booking.meokseon.kr.key <<'KEY'
@@secret@@
KEY
chmod 600 /etc/nginx/ssl/booking.meokseon.kr.key
nginx -t && systemctl reload nginx
''', pem("RSA"))

add("k8s-secret/decoy-tls-secret-cert-only", "deploy/k8s/booking-ca-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", '''
apiVersion: v1
kind: ConfigMap
metadata:
  name: partner-ca
  namespace: booking
data:
  ca.crt: |
    -----BEGIN CERTIFICATE-----
    @@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
''', c1=fakes.drawn(_seed(), 64, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/") + "==")

add("k8s-secret/redis-password", "deploy/k8s/redis-auth.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", '''
apiVersion: v1
kind: Secret
metadata:
  name: redis-auth
  namespace: booking
  annotations:
    owner: backend
type: Opaque
data:
  password: @@pw@@
''', (_rp := fakes.redis_password(_seed())), pw=b64(_rp))

add("k8s-secret/decoy-external-secret", "deploy/k8s/external-secrets.yaml", "https://external-secrets.io/latest/api/externalsecret/", '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-payments
  namespace: booking
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: booking-payments
  data:
    - secretKey: TOSS_SECRET_KEY
      remoteRef:
        key: prod/toss/secret-key
    - secretKey: PORTONE_API_SECRET
      remoteRef:
        key: prod/portone/api-secret
''')

add("yaml/solapi-api-secret", "deploy/helm/notify/values-prod.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", '''
replicaCount: 2
image:
  repository: 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/notify
  tag: "1.8.3"

env:
  TZ: Asia/Seoul
  SOLAPI_API_KEY: @@key@@
  SOLAPI_API_SECRET: @@secret@@
  REMINDER_HOUR: "18"

resources:
  limits:
    cpu: 250m
    memory: 256Mi
''', ups(32), key=solapi_key())

add("yaml/decoy-helm-values-existing-secret", "deploy/helm/booking/values-prod.yaml", "https://helm.sh/docs/chart_best_practices/values/", '''
replicaCount: 3
image:
  repository: 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/booking
  tag: "2026.03.14-1"
postgresql:
  enabled: false
  auth:
    existingSecret: booking-db
    secretKeys:
      userPasswordKey: POSTGRES_PASSWORD
redis:
  auth:
    existingSecret: redis-auth
    existingSecretPasswordKey: password
ingress:
  hosts: [booking.meokseon.kr]
''')

add("terraform/naver-cloud-secret-key", "infra/ncp/terraform.tfvars", "https://registry.terraform.io/providers/NaverCloudPlatform/ncloud/latest/docs", '''
# 서면점 NCP 리소스 (Object Storage, SENS)
access_key  = "@@ak@@"
secret_key  = "@@secret@@"
region      = "KR"
site        = "public"
support_vpc = true
bucket_name = "meokseon-seomyeon-backup"
''', fakes.drawn_mixed(_seed(), 40), ak=ups(20))

add("terraform/decoy-variables", "infra/ncp/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", '''
variable "access_key" {
  type      = string
  sensitive = true
}

variable "secret_key" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "KR"
}

variable "bucket_name" {
  type = string
}
''')

add("github-actions/aws-secret-access-key", ".github/workflows/cctv-archive.yml", "https://github.com/aws-actions/configure-aws-credentials", '''
name: cctv-archive-lifecycle
on:
  schedule:
    - cron: "0 17 * * 0"   # 월 02:00 KST
jobs:
  prune:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: @@kid@@
          aws-secret-access-key: @@secret@@
          aws-region: ap-northeast-2
      - run: |
          aws s3 rm s3://meokseon-cctv-archive/ --recursive \\
            --exclude "*" --include "*/$(date -d '31 days ago' +%Y-%m-%d)/*"
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/registry-password", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/docker/using_docker_build.html", '''
stages: [build, deploy]

variables:
  IMAGE: harbor.meokseon.kr/kiosk/app

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker login harbor.meokseon.kr -u robot$kiosk-ci -p @@secret@@
    - docker build -t $IMAGE:$CI_COMMIT_SHORT_SHA .
    - docker push $IMAGE:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  script:
    - ./deploy/kiosk-rollout.sh $CI_COMMIT_SHORT_SHA
  when: manual
''', fakes.drawn_mixed(_seed(), 32))

add("yaml/decoy-gitlab-ci-masked-vars", "inventory/.gitlab-ci.yml", "https://docs.gitlab.com/ee/ci/variables/", '''
stages: [test, release]

test:
  image: rust:1.77
  script:
    - cargo test --locked

release:
  image: rust:1.77
  stage: release
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - echo "$HARBOR_ROBOT_TOKEN" | docker login harbor.meokseon.kr -u 'robot$inventory-ci' --password-stdin
    - cargo build --release
''')

add("shell/decoy-cli-env-reference", "scripts/psql_reporting.sh", "https://www.postgresql.org/docs/current/libpq-pgpass.html", '''
#!/usr/bin/env bash
# 월말 정산 쿼리 (비밀번호는 ~/.pgpass 에서 읽음)
set -euo pipefail
MONTH="${1:-$(date +%Y-%m)}"
psql "host=meokseon-prod.cluster-c1x2y3z4.ap-northeast-2.rds.amazonaws.com dbname=meokseon_booking user=hq_reporting sslmode=require" \\
  -v month="$MONTH" \\
  -f sql/monthly_settlement.sql \\
  --csv > "settlement_${MONTH}.csv"
echo "wrote settlement_${MONTH}.csv"
''')

add("shell/mysql-password", "ops/cron/backup_legacy_admin.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", '''
#!/bin/sh
# 구형 관리자 DB 백업 (매일 03:30)
DATE=$(date +%Y%m%d)
mysqldump -h 10.20.1.15 -u admin_rw -p'@@secret@@' --single-transaction meokseon_admin \\
  | gzip > /backup/legacy-admin/meokseon_admin_${DATE}.sql.gz
find /backup/legacy-admin -name '*.sql.gz' -mtime +14 -delete
''', words_pw())

add("powershell/decoy-secret-management", "ops/branch-pc/map-nas.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", '''
# 지점 NAS 드라이브 연결 (자격증명은 SecretStore 에서 가져옴)
Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Name "NAS-$env:BRANCH" -Vault BranchStore
New-PSDrive -Name "Z" -PSProvider FileSystem -Root "\\\\nas-$env:BRANCH\\consent" -Credential $cred -Persist
Write-Host "Z: 드라이브 연결 완료"
''')

add("powershell/nas-password", "ops/branch-pc/map-nas-old.ps1", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/net-use", '''
# (구버전) 홍대점 NAS 연결. 새 버전은 map-nas.ps1 사용
$user = "hongdae-front"
$pass = "@@secret@@"
net use Z: \\\\nas-hongdae\\consent /user:$user $pass /persistent:yes
net use Y: \\\\nas-hongdae\\flash /user:$user $pass /persistent:yes
Write-Host "NAS mapped"
''', words_pw())

# ---------------------------------------------------------------- data exports, logs, SQL

add("csv/decoy-reservations-export", "exports/reservations_2026-03.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
reservation_id,branch,artist,service,starts_at,deposit_krw,payment_key,status
MS-2026-0301-0003,hongdae,hongdae.jin,tattoo-blackwork,2026-03-01T13:00:00+09:00,50000,tgen_@@p1@@,DONE
MS-2026-0301-0011,gangnam,gangnam.yuna,piercing-helix,2026-03-01T15:30:00+09:00,0,,WALK_IN
MS-2026-0302-0007,seomyeon,seomyeon.dojun,tattoo-fineline,2026-03-02T11:00:00+09:00,50000,tgen_@@p2@@,CANCELED
MS-2026-0302-0015,hongdae,hongdae.mina,tattoo-color,2026-03-02T16:00:00+09:00,100000,tgen_@@p3@@,DONE
MS-2026-0303-0002,gangnam,gangnam.yuna,piercing-conch,2026-03-03T12:00:00+09:00,20000,tgen_@@p4@@,NO_SHOW
''', p1=fakes.drawn_mixed(_seed(), 26), p2=fakes.drawn_mixed(_seed(), 26), p3=fakes.drawn_mixed(_seed(), 26), p4=fakes.drawn_mixed(_seed(), 26))

add("csv/ftp-password", "ops/handover/vendor_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
vendor,purpose,login,secret,owner,updated
토스페이먼츠,예약금 결제,meokseon,(Secrets Manager),지훈,2026-01-08
솔라피,리마인더 문자,dev@meokseon.kr,(1Password),서연,2025-11-02
카페24,브랜드 사이트 호스팅,meokseon,@@secret@@,민지,2025-09-30
채널톡,고객 상담,cs@meokseon.kr,(1Password),민지,2025-07-12
잉크수입대행,발주 SFTP,meokseon_po,(docs/vendors),지훈,2026-02-01
''', words_pw())

add("csv/decoy-sterilization-log", "exports/autoclave_cycles_hongdae_2026-02.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
cycle_no,started_at,program,temp_c,hold_min,pressure_kpa,result,load_checksum
1841,2026-02-02T10:02:11+09:00,WRAPPED,134,3.5,216,PASS,@@h1@@
1842,2026-02-02T14:40:55+09:00,WRAPPED,134,3.5,215,PASS,@@h2@@
1843,2026-02-03T10:05:02+09:00,UNWRAPPED,134,3.0,217,PASS,@@h3@@
1844,2026-02-03T18:11:37+09:00,WRAPPED,134,3.5,198,FAIL_PRESSURE,@@h4@@
1845,2026-02-03T18:52:20+09:00,WRAPPED,134,3.5,216,PASS,@@h5@@
''', h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("sql/decoy-schema", "db/migrations/0003_consent_forms.sql", "https://www.postgresql.org/docs/current/sql-createtable.html", '''
-- 0003: 시술 동의서 (전자서명)
CREATE TABLE consent_forms (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    reservation_id  text NOT NULL REFERENCES reservations(id),
    signed_at       timestamptz NOT NULL,
    signer_name     text NOT NULL,
    birth_year      smallint NOT NULL CHECK (birth_year <= extract(year FROM now()) - 19),
    pdf_sha256      char(64) NOT NULL,
    storage_key     text NOT NULL,
    api_token_hash  text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consent_forms_reservation_idx ON consent_forms (reservation_id);
''')

add("sql/partner-api-key", "db/seed/partner_keys.sql", "https://www.postgresql.org/docs/current/sql-insert.html", '''
-- 파트너 스튜디오 API 키 (제주 협력점) - 운영 DB 에 직접 실행함
INSERT INTO partner_api_keys (partner, key, scopes, created_at)
VALUES ('jeju-ink-collective', '@@secret@@', '{artists:read,slots:read}', now());

UPDATE partners SET status = 'active' WHERE slug = 'jeju-ink-collective';
-- 키 전달: 카톡으로 대표님께 전달 완료 (3/10)
SELECT partner, scopes FROM partner_api_keys WHERE partner = 'jeju-ink-collective';
''', "msk_live_" + fakes.drawn_mixed(_seed(), 32))

add("sql/decoy-uuid-seed", "db/seed/branches.sql", "https://www.postgresql.org/docs/current/datatype-uuid.html", '''
INSERT INTO branches (id, slug, name, phone, opened_on) VALUES
('@@u1@@', 'hongdae', '먹선 홍대점', '02-1234-5678', '2019-04-01'),
('@@u2@@', 'gangnam', '먹선 강남점', '02-2345-6789', '2021-09-15'),
('@@u3@@', 'seomyeon', '먹선 서면점', '051-345-6789', '2023-03-02'),
('@@u4@@', 'la-ktown', 'Meokseon LA', '+1-213-555-0142', '2025-06-20');
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("log/nvr-admin-password", "ops/logs/nvr-poller-2026-03-10.log", "https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1", '''
[2026-03-10 09:00:00] poller start branches=hongdae,gangnam,seomyeon
[2026-03-10 09:00:01] GET http://admin:@@secret@@@192.168.0.64/ISAPI/System/status -> 200 (hongdae)
[2026-03-10 09:00:02] GET http://192.168.1.64/ISAPI/System/status -> 401 (gangnam)
[2026-03-10 09:00:02] WARN gangnam: credentials rejected, check 1Password
[2026-03-10 09:00:03] GET http://192.168.2.64/ISAPI/System/status -> 200 (seomyeon)
[2026-03-10 09:00:03] poller done ok=2 failed=1
''', words_pw())

add("log/decoy-jwt-expired", "ops/logs/aftercare-api-errors.log", "https://www.rfc-editor.org/rfc/rfc7519", '''
2026-03-11T02:14:09Z ERROR auth: token expired sub=user_88213 exp=2026-03-10T02:14:09Z kid=@@kid@@
2026-03-11T02:14:09Z INFO  auth: issued refresh challenge request_id=@@rid@@
2026-03-11T02:15:40Z WARN  upload: photo too large size=11534336 limit=8388608 user=user_88213
2026-03-11T02:16:02Z INFO  upload: ok key=aftercare/user_88213/2026-03-11/@@img@@.jpg
2026-03-11T02:20:00Z INFO  cron: purge_expired_photos deleted=14
''', kid=hexs(16), rid=uuid_s(), img=uuid_s())

add("log/telegram-bot-token", "ops/logs/nightshift-bot.err.log", "https://core.telegram.org/bots/api#making-requests", '''
2026/03/12 23:55:00 nightshift: building summary for 3 branches
2026/03/12 23:55:01 nightshift: send failed: Post "https://api.telegram.org/bot@@secret@@/sendMessage": dial tcp: lookup api.telegram.org: no such host
2026/03/12 23:55:31 nightshift: retry 1/3
2026/03/12 23:55:32 nightshift: sent ok (message_id=4412)
2026/03/13 23:55:00 nightshift: building summary for 3 branches
2026/03/13 23:55:01 nightshift: sent ok (message_id=4418)
''', fakes.telegram_token(_seed()))

add("json/decoy-lockfile-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", '''
{
  "name": "meokseon-booking-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@tosspayments/payment-sdk": {
      "version": "1.8.0",
      "resolved": "https://registry.npmjs.org/@tosspayments/payment-sdk/-/payment-sdk-1.8.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@channel.io/channel-web-sdk-loader": {
      "version": "2.0.0",
      "resolved": "https://registry.npmjs.org/@channel.io/channel-web-sdk-loader/-/channel-web-sdk-loader-2.0.0.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
''', i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("json/npm-token", "web/ci/npmrc.json", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc", '''
{
  "_comment": "CI 가 .npmrc 로 변환 (private 디자인 시스템 패키지)",
  "registry": "https://registry.npmjs.org/",
  "@meokseon:registry": "https://registry.npmjs.org/",
  "//registry.npmjs.org/:_authToken": "@@secret@@",
  "always-auth": true
}
''', "npm_" + fakes.drawn_mixed(_seed(), 36))

add("ini/npm-token", "design-system/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", '''
@meokseon:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
engine-strict=true
fund=false
''', "npm_" + fakes.drawn_mixed(_seed(), 36))

add("ini/decoy-npmrc-env", "aftercare-app/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", '''
@meokseon:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
save-exact=true
legacy-peer-deps=false
fund=false
''')

add("json/cloudflare-api-token", "ops/cloudflare/purge.json", "https://developers.cloudflare.com/fundamentals/api/get-started/create-token/", '''
{
  "zone": "meokseon.kr",
  "zone_id": "@@zid@@",
  "api_token": "@@secret@@",
  "purge_on_deploy": [
    "https://booking.meokseon.kr/flash",
    "https://booking.meokseon.kr/artists"
  ]
}
''', fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"), zid=hexs(32))

add("env/vercel-token", "web/.env.deploy", "https://vercel.com/docs/rest-api#creating-an-access-token", '''
# 로컬에서 vercel deploy --prod 할 때만
VERCEL_ORG_ID=team_@@org@@
VERCEL_PROJECT_ID=prj_@@prj@@
VERCEL_TOKEN=@@secret@@
VERCEL_SCOPE=meokseon
''', fakes.drawn_mixed(_seed(), 24), org=fakes.drawn_mixed(_seed(), 24), prj=fakes.drawn_mixed(_seed(), 28))

add("env/decoy-vercel-ids", "web/.vercel/project.env", "https://vercel.com/docs/cli/project-linking", '''
# vercel link 가 만든 식별자 (비밀 아님)
VERCEL_ORG_ID=team_@@org@@
VERCEL_PROJECT_ID=prj_@@prj@@
VERCEL_PROJECT_NAME=meokseon-booking-web
VERCEL_FRAMEWORK=nextjs
''', org=fakes.drawn_mixed(_seed(), 24), prj=fakes.drawn_mixed(_seed(), 28))

add("env/dockerhub-pat", "ops/nightshift/.env", "https://docs.docker.com/security/for-developers/access-tokens/", '''
COMPOSE_PROJECT_NAME=nightshift
DOCKERHUB_USERNAME=meokseonops
DOCKERHUB_TOKEN=@@secret@@
TELEGRAM_CHAT_ID=-1001876543210
TZ=Asia/Seoul
''', "dckr_pat_" + fakes.drawn_mixed(_seed(), 27, ALNUM + "-_"))

# ---------------------------------------------------------------- staff sync, vendor transfers, studio IT

add("python/ldap-bind-password", "ops/staff_sync/sync_ad.py", "https://ldap3.readthedocs.io/en/latest/connection.html", '''
"""직원 명부(노션) -> 본사 AD 동기화. 입사/퇴사 시 수동 실행."""
from ldap3 import ALL, Connection, Server

server = Server("ldaps://dc1.hq.meokseon.local", get_info=ALL)
conn = Connection(
    server,
    user="HQ\\\\svc-staffsync",
    password="@@secret@@",
    auto_bind=True,
)


def disable(username: str) -> bool:
    dn = f"cn={username},ou=artists,dc=hq,dc=meokseon,dc=local"
    return conn.modify(dn, {"userAccountControl": [("MODIFY_REPLACE", [514])]})
''', rand_pw(20, "!%"))

add("python/sftp-password", "inventory_tools/send_po.py", "https://docs.paramiko.org/en/stable/api/transport.html", '''
"""주간 발주서 업로드 (잉크 수입대행 SFTP)."""
import datetime

import paramiko

HOST, PORT = "sftp.inkimport.co.kr", 22


def upload(local_path: str) -> str:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username="meokseon_po", password="@@secret@@")
    sftp = paramiko.SFTPClient.from_transport(transport)
    remote = f"/incoming/meokseon/PO_{datetime.date.today():%Y%m%d}.csv"
    sftp.put(local_path, remote)
    sftp.close()
    transport.close()
    return remote
''', words_pw())

add("java/postgres-password", "pos-sync/src/main/java/kr/meokseon/pos/SalesRepository.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", '''
package kr.meokseon.pos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

public class SalesRepository {
    private static final String URL = "jdbc:postgresql://10.20.1.22:5432/hq_sales";

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "pos_sync", "@@secret@@");
    }

    public void insert(String branch, String receiptNo, long amountKrw) throws SQLException {
        try (Connection c = open();
             PreparedStatement ps = c.prepareStatement("INSERT INTO sales(branch, receipt_no, amount_krw) VALUES (?,?,?)")) {
            ps.setString(1, branch);
            ps.setString(2, receiptNo);
            ps.setLong(3, amountKrw);
            ps.executeUpdate();
        }
    }
}
''', words_pw())

add("kotlin/partner-api-key", "app/src/main/java/kr/meokseon/app/net/ApiKeyInterceptor.kt", "https://square.github.io/okhttp/features/interceptors/", '''
package kr.meokseon.app.net

import okhttp3.Interceptor
import okhttp3.Response

class ApiKeyInterceptor : Interceptor {
    override fun intercept(chain: Interceptor.Chain): Response {
        val request = chain.request().newBuilder()
            .addHeader("X-Api-Key", "@@secret@@")
            .addHeader("Accept-Language", "ko-KR")
            .build()
        return chain.proceed(request)
    }
}
''', "msk_live_" + fakes.drawn_mixed(_seed(), 32))

add("env/laravel-app-key", "legacy-admin-php/.env", "https://laravel.com/docs/11.x/encryption#configuration", '''
APP_NAME="먹선 관리자"
APP_ENV=production
APP_KEY=base64:@@secret@@
APP_DEBUG=false
APP_URL=https://old-admin.meokseon.kr

DB_CONNECTION=mysql
DB_HOST=10.20.1.15
DB_DATABASE=meokseon_admin
DB_USERNAME=admin_rw
DB_PASSWORD=${ADMIN_DB_PASSWORD}
''', b64(rand_pw(32)))

add("toml/postgres-password", "dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", '''
# 본사 매출 대시보드 (Streamlit)
[connections.hq]
dialect = "postgresql"
host = "meokseon-prod.cluster-c1x2y3z4.ap-northeast-2.rds.amazonaws.com"
port = 5432
database = "meokseon_booking"
username = "hq_reporting"
password = "@@secret@@"
''', words_pw())

add("ini/mysql-password", "ops/legacy-admin/.my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", '''
[client]
host=10.20.1.15
user=admin_rw
password="@@secret@@"
default-character-set=utf8mb4

[mysqldump]
single-transaction
''', words_pw())

add("xml/maven-server-password", "pos-sync/.mvn/settings.xml", "https://maven.apache.org/settings.html#servers", '''
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>meokseon-nexus</id>
      <username>deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>meokseon-nexus</id>
      <url>https://nexus.meokseon.kr/repository/maven-public/</url>
      <mirrorOf>*</mirrorOf>
    </mirror>
  </mirrors>
</settings>
''', rand_pw(18))

add("xml/ftp-password", "ops/branch-pc/filezilla/sitemanager.xml", "https://wiki.filezilla-project.org/Site_Manager", '''
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>meokseon.cafe24.com</Host>
            <Port>21</Port>
            <Protocol>0</Protocol>
            <Type>0</Type>
            <User>meokseon</User>
            <Pass encoding="base64">@@enc@@</Pass>
            <Logontype>1</Logontype>
            <Name>카페24 홈페이지</Name>
        </Server>
    </Servers>
</FileZilla3>
''', (_fz := words_pw()), enc=b64(_fz))

add("json/ftp-password", "wp-content/themes/meokseon/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Common-Config", '''
{
  "name": "cafe24",
  "host": "meokseon.cafe24.com",
  "protocol": "ftp",
  "port": 21,
  "username": "meokseon",
  "password": "@@secret@@",
  "remotePath": "/www/wp-content/themes/meokseon",
  "uploadOnSave": true,
  "ignore": [".vscode", ".git", "node_modules"]
}
''', words_pw())

add("yaml/smartthings-token", "ops/homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", '''
# 홍대점 매장 자동화 (조명, 에어컨, 오픈 사인)
latitude_home: 37.5563
longitude_home: 126.9236
samsung_smartthings_token: @@secret@@
unifi_password: "@@unifi@@"
open_sign_plug_ip: 192.168.0.77
''', uuid_s(), unifi=words_pw())

add("go/smtp-password", "tools/consent-mailer/mail.go", "https://pkg.go.dev/net/smtp#PlainAuth", '''
package main

import (
	"fmt"
	"net/smtp"
)

func sendCopy(to, name string, pdf []byte) error {
	auth := smtp.PlainAuth("", "consent@meokseon.kr", "@@secret@@", "smtp.worksmobile.com")
	msg := []byte(fmt.Sprintf("To: %s\\r\\nSubject: %s님 시술 동의서\\r\\n\\r\\n첨부를 확인해 주세요.\\r\\n", to, name))
	_ = pdf // TODO attach
	return smtp.SendMail("smtp.worksmobile.com:587", auth, "consent@meokseon.kr", []string{to}, msg)
}
''', words_pw())

add("typescript/redis-password", "notify-worker/src/queue.ts", "https://github.com/redis/ioredis#connect-to-redis", '''
import Redis from "ioredis";
import { Queue } from "bullmq";

const connection = new Redis({
  host: "10.20.2.30",
  port: 6379,
  password: "@@secret@@",
  maxRetriesPerRequest: null,
});

export const reminderQueue = new Queue("reminders", { connection });

export async function scheduleReminder(reservationId: string, at: Date) {
  await reminderQueue.add("remind", { reservationId }, { delay: at.getTime() - Date.now() });
}
''', fakes.redis_password(_seed()))

add("python/jwt-signing-secret", "aftercare_api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html", '''
"""애프터케어 앱 로그인 토큰 발급."""
import datetime

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(user_id: str) -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    payload = {"sub": user_id, "iat": now, "exp": now + datetime.timedelta(days=30)}
    return jwt.encode(payload, JWT_SECRET, algorithm=JWT_ALG)


def verify(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
''', hexs(64))

add("rust/smtp-password", "inventory/src/mailer.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html", '''
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

// 재고 부족 알림 메일
pub fn send_low_stock(sku: &str, qty: u32) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("inventory@meokseon.kr".parse()?)
        .to("ops@meokseon.kr".parse()?)
        .subject(format!("[재고부족] {sku} 남은 수량 {qty}"))
        .body(format!("{sku} 재고가 {qty}개 남았습니다. 발주를 확인하세요."))?;
    let creds = Credentials::new("inventory@meokseon.kr".to_owned(), "@@secret@@".to_owned());
    let mailer = SmtpTransport::starttls_relay("smtp.worksmobile.com")?.credentials(creds).build();
    mailer.send(&email)?;
    Ok(())
}
''', words_pw())

add("ruby/redis-password", "la-branch/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", '''
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://default:@@secret@@@inkla-cache.upstash.io:6379" }
end

Sidekiq.configure_client do |config|
  config.redis = { url: "rediss://default:@@secret@@@inkla-cache.upstash.io:6379" }
end
''', fakes.drawn_mixed(_seed(), 34))

add("sql/mysql-password", "ops/legacy-admin/rotate_2026_02.sql", "https://dev.mysql.com/doc/refman/8.0/en/alter-user.html", '''
-- 퇴사자 발생으로 공용 계정 비밀번호 교체 (2026-02-14)
ALTER USER 'admin_rw'@'10.20.%' IDENTIFIED BY '@@secret@@';
ALTER USER 'report_ro'@'10.20.%' PASSWORD EXPIRE;
FLUSH PRIVILEGES;
SELECT user, host, password_last_changed FROM mysql.user WHERE user IN ('admin_rw', 'report_ro');
''', words_pw())

add("powershell/toss-place-pos-token", "ops/branch-pc/pull-pos-sales.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-restmethod", '''
# 토스플레이스 POS 일 매출 가져오기 (지점 PC 작업 스케줄러 23:50)
$branch = $env:BRANCH
$headers = @{
    "Authorization" = "Bearer @@secret@@"
    "Accept"        = "application/json"
}
$today = Get-Date -Format "yyyy-MM-dd"
$sales = Invoke-RestMethod -Uri "https://pos-api.meokseon.kr/v1/sales?date=$today&branch=$branch" -Headers $headers
$sales | ConvertTo-Csv -NoTypeInformation | Out-File "C:\\pos\\sales_$today.csv" -Encoding utf8
''', "tpl_" + fakes.drawn_mixed(_seed(), 40))

# ---------------------------------------------------------------- last group: mixed secrets and decoys

add("http/toss-secret-key", "web/http/toss.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html", '''
### 결제 조회 (운영)
GET https://api.tosspayments.com/v1/payments/orders/DEP-HONGDAE-20260314-0042
Authorization: Basic @@secret@@

### 결제 취소
POST https://api.tosspayments.com/v1/payments/{{paymentKey}}/cancel
Authorization: Basic @@secret@@
Content-Type: application/json

{"cancelReason": "테스트 취소"}
''', b64(toss_key("live_sk_") + ":"))

add("http/decoy-env-variables", "booking/http/booking-api.http", "https://www.jetbrains.com/help/idea/exploring-http-syntax.html#using_variables", '''
### 아티스트 목록
GET {{baseUrl}}/v1/artists?branch=hongdae
Authorization: Bearer {{partnerToken}}

### 슬롯 조회
GET {{baseUrl}}/v1/slots?artist=hongdae.jin&date=2026-03-21
Authorization: Bearer {{partnerToken}}
Accept-Language: ko-KR
''')

add("dockerfile/kakao-admin-key", "notify/Dockerfile", "https://docs.docker.com/reference/dockerfile/#env", '''
FROM python:3.12-slim
WORKDIR /srv/notify
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TZ=Asia/Seoul \\
    KAKAO_ADMIN_KEY=@@secret@@ \\
    REMINDER_HOUR=18
CMD ["python", "-m", "notify.worker"]
''', hexs(32))

add("dockerfile/decoy-pinned-digests", "kiosk/Dockerfile.prod", "https://docs.docker.com/reference/dockerfile/#from", '''
FROM python:3.12-slim@sha256:@@d1@@ AS build
WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

FROM gcr.io/distroless/python3-debian12@sha256:@@d2@@
COPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
COPY kiosk /app/kiosk
WORKDIR /app
CMD ["-m", "kiosk"]
''', d1=hexs(64), d2=hexs(64))

add("terraform/aws-secret-access-key", "infra/legacy/provider.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", '''
# 2023 구성 (LA 지점 S3). 마이그레이션 전까지 유지
provider "aws" {
  alias      = "la"
  region     = "us-west-2"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "la_portfolio" {
  provider = aws.la
  bucket   = "meokseon-la-portfolio"
}
''', fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-random-password", "infra/redis.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password", '''
resource "random_password" "redis_auth" {
  length  = 32
  special = false
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "meokseon-cache"
  description                = "booking cache and celery broker"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = random_password.redis_auth.result
}

resource "aws_secretsmanager_secret_version" "redis_auth" {
  secret_id     = aws_secretsmanager_secret.redis_auth.id
  secret_string = random_password.redis_auth.result
}
''')

add("github-actions/telegram-bot-token", ".github/workflows/flash-day-reminder.yml", "https://core.telegram.org/bots/api#sendmessage", '''
name: flash-day-reminder
on:
  schedule:
    - cron: "0 0 * * 5"   # 금 09:00 KST
jobs:
  remind:
    runs-on: ubuntu-latest
    steps:
      - name: send
        run: |
          curl -s "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001876543210 \\
            -d text="오늘 플래시 데이! 도안 출력, 스텐실 용지 확인 부탁드려요 🙏"
''', fakes.telegram_token(_seed()))

add("github-actions/decoy-pinned-action-shas", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/security-guides/security-hardening-for-github-actions#using-third-party-actions", '''
name: ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@c1@@ # v4.1.7
      - uses: actions/setup-python@@@c2@@ # v5.1.1
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          DJANGO_SETTINGS_MODULE: booking.settings.test
          DATABASE_URL: sqlite:///test.db
''', c1=hexs(40), c2=hexs(40))

add("python/decoy-settings-test", "booking/settings/test.py", "https://docs.djangoproject.com/en/5.0/topics/testing/overview/", '''
from .base import *  # noqa

SECRET_KEY = "django-insecure-test-only-not-for-production"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
TOSS_SECRET_KEY = "test_sk_dummy"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
''')

add("python/decoy-webhook-signature-test", "tests/test_portone_webhook.py", "https://developers.portone.io/opi/ko/integration/webhook/readme-v2", '''
import base64
import hashlib
import hmac

from booking.payments.webhook import verify

SECRET = "whsec_dGVzdC1zZWNyZXQtZm9yLXVuaXQtdGVzdHM="  # fixture, not a real key
BODY = b'{"type":"Transaction.Paid","data":{"paymentId":"DEP-TEST-0001"}}'


def test_valid_signature():
    sig = base64.b64encode(hmac.new(SECRET.encode(), BODY, hashlib.sha256).digest()).decode()
    assert verify(BODY, sig, SECRET)


def test_tampered_body():
    sig = base64.b64encode(hmac.new(SECRET.encode(), BODY, hashlib.sha256).digest()).decode()
    assert not verify(BODY + b" ", sig, SECRET)
''')

add("python/decoy-password-generator", "ops/tools/gen_wifi_psk.py", "https://docs.python.org/3/library/secrets.html", '''
"""지점 와이파이 비밀번호 생성기. 결과는 1Password 에만 저장하고 출력은 지운다."""
import secrets
import string

ALPHABET = string.ascii_letters + string.digits
WORDS = ["moran", "haetae", "needle", "ginkgo", "magpie", "lotus"]


def psk(length: int = 20) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def memorable() -> str:
    return "-".join(secrets.choice(WORDS) for _ in range(4)) + str(secrets.randbelow(100))


if __name__ == "__main__":
    print(psk())
''')

add("json/decoy-jwks-public", "aftercare-api/static/.well-known/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", '''
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
''', kid=hexs(16), n=fakes.drawn(_seed(), 342, ALNUM + "-_"))

add("shell/decoy-authorized-keys", "ops/ansible/files/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", '''
# 배포 서버 접근 허용 (공개키만)
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ jihoon@meokseon-mbp
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ seoyeon@meokseon-dev
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ci-deploy@github-actions
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k4@@ it-vendor@hq
''', k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 43, ALNUM + "+/"), k4=fakes.drawn(_seed(), 200, ALNUM + "+/"))

add("yaml/decoy-openapi-security", "booking/openapi.yaml", "https://swagger.io/docs/specification/authentication/api-keys/", '''
openapi: 3.0.3
info:
  title: Meokseon Partner API
  version: "1.2"
servers:
  - url: https://api.meokseon.kr/v1
components:
  securitySchemes:
    PartnerKey:
      type: apiKey
      in: header
      name: X-Api-Key
      description: "msk_live_ 로 시작하는 파트너 키. 예시: msk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
security:
  - PartnerKey: []
paths:
  /artists:
    get:
      summary: 아티스트 목록
      responses:
        "200":
          description: OK
''')

add("yaml/decoy-k8s-deployment-secretref", "deploy/k8s/notify-deployment.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-environment-variables", '''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: notify
  namespace: booking
spec:
  replicas: 2
  selector:
    matchLabels: { app: notify }
  template:
    metadata:
      labels: { app: notify }
    spec:
      containers:
        - name: worker
          image: 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/notify:1.8.3
          env:
            - name: SOLAPI_API_SECRET
              valueFrom:
                secretKeyRef: { name: notify-secrets, key: solapi-api-secret }
            - name: KAKAO_ADMIN_KEY
              valueFrom:
                secretKeyRef: { name: notify-secrets, key: kakao-admin-key }
''')

add("xml/decoy-android-manifest-placeholder", "app/src/main/AndroidManifest.xml", "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest", '''
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.CAMERA" />
    <application android:label="먹선" android:icon="@mipmap/ic_launcher">
        <meta-data android:name="com.kakao.sdk.AppKey" android:value="${kakaoAppKey}" />
        <activity android:name="com.kakao.sdk.auth.AuthCodeHandlerActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.VIEW" />
                <category android:name="android.intent.category.BROWSABLE" />
                <data android:host="oauth" android:scheme="kakao${kakaoAppKey}" />
            </intent-filter>
        </activity>
    </application>
</manifest>
''')

add("toml/decoy-cargo-lock", "inventory/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html", '''
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "lettre"
version = "0.11.7"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "reqwest"
version = "0.12.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
''', c1=hexs(64), c2=hexs(64))

add("ini/decoy-tox-config", "sdk/tox.ini", "https://tox.wiki/en/latest/config.html", '''
[tox]
envlist = py310, py311, py312

[testenv]
deps = pytest
       respx
setenv =
    MEOKSEON_API_KEY = test-key
    MEOKSEON_BASE_URL = http://localhost:8765
commands = pytest -q {posargs}
''')

add("env/decoy-env-test", "booking/.env.test", "https://12factor.net/config", '''
DJANGO_SETTINGS_MODULE=booking.settings.test
DATABASE_URL=sqlite:///test.db
REDIS_URL=redis://localhost:6379/15
TOSS_CLIENT_KEY=test_ck_dummy
TOSS_SECRET_KEY=test_sk_dummy
SOLAPI_API_KEY=dummy
SOLAPI_API_SECRET=dummy
''')

add("log/decoy-deploy-log", "ops/logs/deploy-2026-03-14.log", "https://docs.docker.com/reference/cli/docker/image/push/", '''
[deploy] 2026-03-14 13:02:41 building booking:2026.03.14-1 (commit @@sha@@)
[deploy] 2026-03-14 13:05:10 pushed 123456789012.dkr.ecr.ap-northeast-2.amazonaws.com/booking:2026.03.14-1
[deploy] 2026-03-14 13:05:10 digest: sha256:@@digest@@ size: 2417
[deploy] 2026-03-14 13:05:48 helm upgrade booking ./deploy/helm/booking -f values-prod.yaml --set image.tag=2026.03.14-1
[deploy] 2026-03-14 13:06:30 rollout complete 3/3 ready
[deploy] 2026-03-14 13:06:31 sentry release created meokseon-booking@2026.03.14-1
''', sha=hexs(40), digest=hexs(64))

add("csv/decoy-consent-index", "exports/consent_index_2026-02.csv", "https://www.rfc-editor.org/rfc/rfc4180", '''
consent_id,reservation_id,signed_at,pdf_sha256,storage_key
@@u1@@,MS-2026-0201-0004,2026-02-01T12:55:02+09:00,@@h1@@,consent/hongdae/2026/02/@@u1@@.pdf
@@u2@@,MS-2026-0201-0009,2026-02-01T14:20:40+09:00,@@h2@@,consent/gangnam/2026/02/@@u2@@.pdf
@@u3@@,MS-2026-0202-0001,2026-02-02T11:02:18+09:00,@@h3@@,consent/seomyeon/2026/02/@@u3@@.pdf
@@u4@@,MS-2026-0203-0012,2026-02-03T17:45:09+09:00,@@h4@@,consent/hongdae/2026/02/@@u4@@.pdf
''', u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("markdown/decoy-readme-setup", "README.md", "https://www.makeareadme.com/", '''
# meokseon-booking

먹선 타투 & 피어싱 예약 시스템 (Django + Next.js).

## 시작하기
```bash
cp web/.env.example web/.env.local
cp booking/.env.example booking/.env
# TOSS_SECRET_KEY=test_sk_... (토스 개발자센터 테스트 키)
docker compose -f docker-compose.dev.yml up -d
```

## 배포
main 에 머지하면 GitHub Actions 가 ECR 로 푸시하고 Helm 으로 배포합니다.
시크릿은 AWS Secrets Manager (`prod/*`) 와 External Secrets 로 주입됩니다.
''')

add("kotlin/decoy-sample-response", "app/src/test/java/kr/meokseon/app/pay/TossParserTest.kt", "https://docs.tosspayments.com/reference#payment-%EA%B0%9D%EC%B2%B4", '''
package kr.meokseon.app.pay

import org.junit.Assert.assertEquals
import org.junit.Test

class TossParserTest {
    private val sample = """
        {"paymentKey":"tgen_@@pk@@","orderId":"DEP-TEST-0001","status":"DONE","totalAmount":50000}
    """.trimIndent()

    @Test
    fun parsesAmount() {
        assertEquals(50000, TossParser.parse(sample).totalAmount)
    }
}
''', pk=fakes.drawn_mixed(_seed(), 26))

add("java/decoy-hmac-test-vector", "pos-sync/src/test/java/kr/meokseon/pos/SignatureTest.java", "https://www.rfc-editor.org/rfc/rfc4231#section-4.2", '''
package kr.meokseon.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignatureTest {
    // RFC 4231 test case 2 (key "Jefe")
    private static final String KEY = "Jefe";
    private static final String DATA = "what do ya want for nothing?";
    private static final String EXPECTED = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    @Test
    void hmacSha256MatchesRfc() {
        assertEquals(EXPECTED, Signature.hmacSha256Hex(KEY, DATA));
    }
}
''')

add("python/kakaopay-admin-key", "booking/payments/kakaopay_legacy.py", "https://developers.kakao.com/docs/latest/ko/kakaopay/single-payment", '''
"""(구) 카카오페이 단건결제. 2026-06 PortOne 전환 후 삭제 예정."""
import requests

ADMIN_KEY = "@@secret@@"
CID = "TC0ONETIME"


def ready(order_id: str, amount: int) -> dict:
    resp = requests.post(
        "https://kapi.kakao.com/v1/payment/ready",
        headers={"Authorization": f"KakaoAK {ADMIN_KEY}"},
        data={
            "cid": CID, "partner_order_id": order_id, "partner_user_id": "meokseon",
            "item_name": "타투 상담 예약금", "quantity": 1, "total_amount": amount, "tax_free_amount": 0,
            "approval_url": "https://booking.meokseon.kr/pay/kakao/ok",
            "cancel_url": "https://booking.meokseon.kr/pay/kakao/cancel",
            "fail_url": "https://booking.meokseon.kr/pay/kakao/fail",
        },
    )
    return resp.json()
''', hexs(32))

add("notebook/postgres-password", "analysis/artist_utilization.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", '''
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# 아티스트별 가동률 (슬롯 대비 예약)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql+psycopg2://hq_reporting:@@secret@@@meokseon-prod.cluster-c1x2y3z4.ap-northeast-2.rds.amazonaws.com/meokseon_booking\\")\\n",
    "df = pd.read_sql(\\"select artist, count(*) from reservations where status = 'DONE' group by 1\\", engine)\\n",
    "df.head()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''', rand_pw(16))

add("json/registry-password", "ops/branch-pc/docker/config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores", '''
{
  "auths": {
    "harbor.meokseon.kr": {
      "auth": "@@secret@@"
    },
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "",
  "currentContext": "default"
}
''', b64("kiosk-pull:" + rand_pw(20)))

add("markdown/github-token", "docs/it/kiosk-troubleshooting.md", "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry", '''
# 키오스크 문제 해결

## 이미지 pull 실패 (`denied: requested access to the resource is denied`)
GHCR 로그인 세션이 만료된 경우입니다. 지점 키오스크에서:

```
echo @@secret@@ | docker login ghcr.io -u meokseon-kiosk --password-stdin
docker compose pull && docker compose up -d
```

## QR 스캐너 인식 안 됨
- USB 재연결, 스캐너 모드를 "키보드 에뮬레이션" 으로 (설정 바코드 p.12)

## 프린터 (대기 번호표)
- 용지 걸림: 커버 열고 롤 재장착
''', fakes.github_token(_seed()))

add("yaml/vault-token", "ops/ci/vault-agent.yml", "https://developer.hashicorp.com/vault/docs/concepts/tokens", '''
# vault agent 설정 (임시: approle 전환 전까지 토큰 직접 사용)
vault:
  address: https://vault.meokseon.kr:8200
  token: @@secret@@
  namespace: ops
templates:
  - source: /etc/vault/templates/notify.env.ctmpl
    destination: /srv/notify/.env
  - source: /etc/vault/templates/booking.env.ctmpl
    destination: /srv/booking/.env
''', "hvs." + fakes.drawn_mixed(_seed(), 24))

add("typescript/google-maps-server-key", "web/src/server/nearestBranch.ts", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding", '''
// 서버 전용: 해외 고객 주소 → 가장 가까운 지점 (LA 포함)
const GEOCODE_KEY = "@@secret@@";

export async function geocode(address: string) {
  const url = new URL("https://maps.googleapis.com/maps/api/geocode/json");
  url.searchParams.set("address", address);
  url.searchParams.set("language", "ko");
  url.searchParams.set("key", GEOCODE_KEY);
  const res = await fetch(url);
  const body = await res.json();
  return body.results?.[0]?.geometry?.location as { lat: number; lng: number } | undefined;
}
''', "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_"))

add("shell/nvr-admin-password", "ops/cron/pull_nvr_clips.sh", "https://www.gnu.org/software/wget/manual/wget.html#Download-Options", '''
#!/bin/sh
# 사고 대응: 지정 시간대 NVR 클립 내려받기
# usage: pull_nvr_clips.sh 2026-03-10T14:00 2026-03-10T15:00
START=$1
END=$2
wget --user=admin --password='@@secret@@' \\
  -O "clip_${START}.mp4" \\
  "http://192.168.2.64/ISAPI/ContentMgmt/download?start=${START}&end=${END}&channel=101"
''', words_pw())

add("yaml/airtable-pat", "ops/flash-sheets/config.yaml", "https://airtable.com/developers/web/guides/personal-access-tokens", '''
# 플래시 도안 관리 (에어테이블 -> 웹사이트)
airtable:
  base_id: app@@base@@
  table: Flash Designs
  token: @@secret@@
sync:
  only_status: [available, reserved]
  image_field: Attachment
  cdn_prefix: https://d1abcd2efgh3ij.cloudfront.net/flash/
''', "pat" + fakes.drawn_mixed(_seed(), 14) + "." + hexs(64), base=fakes.drawn_mixed(_seed(), 14))

add("csharp/fcm-server-key", "kiosk/Services/PushService.cs", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", '''
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace Meokseon.Kiosk.Services
{
    // 차례 알림 푸시 (레거시 FCM HTTP API)
    public class PushService
    {
        private const string ServerKey = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public Task<HttpResponseMessage> NotifyTurn(string deviceToken, string name)
        {
            var req = new HttpRequestMessage(HttpMethod.Post, "https://fcm.googleapis.com/fcm/send");
            req.Headers.TryAddWithoutValidation("Authorization", "key=" + ServerKey);
            var json = "{\\"to\\":\\"" + deviceToken + "\\",\\"notification\\":{\\"title\\":\\"" + name + "님 차례입니다\\"}}";
            req.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return Http.SendAsync(req);
        }
    }
}
''', "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "-_") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "-_"))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/dependabot-version-updates/configuration-options-for-the-dependabot.yml-file", '''
version: 2
registries:
  npm-meokseon:
    type: npm-registry
    url: https://registry.npmjs.org
    token: ${{secrets.NPM_READ_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [npm-meokseon]
    schedule:
      interval: weekly
  - package-ecosystem: pip
    directory: /booking
    schedule:
      interval: weekly
''')

add("go/decoy-kakao-key-redacted-test", "aftercare-api/internal/kakao/address_test.go", "https://pkg.go.dev/net/http/httptest", '''
package kakao

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestAuthHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "KakaoAK 00000000000000000000000000000000" {
			t.Errorf("unexpected auth header %q", r.Header.Get("Authorization"))
		}
		w.Write([]byte(`{"documents":[]}`))
	}))
	defer srv.Close()
}
''')

add("powershell/decoy-cert-thumbprint", "ops/branch-pc/install-root-ca.ps1", "https://learn.microsoft.com/en-us/powershell/module/pki/import-certificate", '''
# 사내 루트 CA 설치 (Nextcloud, Harbor 접속용)
$thumbprint = "@@tp@@"
$existing = Get-ChildItem Cert:\\LocalMachine\\Root | Where-Object { $_.Thumbprint -eq $thumbprint }
if (-not $existing) {
    Import-Certificate -FilePath "\\\\nas-hq\\it\\meokseon-root-ca.cer" -CertStoreLocation Cert:\\LocalMachine\\Root
    Write-Host "root CA installed"
} else {
    Write-Host "already installed"
}
''', tp=hexs(40).upper())
