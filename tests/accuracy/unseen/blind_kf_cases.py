"""Blind set KF: gem miners and cinnamon peelers in Sri Lanka.

Gem pit cooperatives, gem traders and auction houses of Ratnapura and Elahera, cinnamon estates,
peeling centres and exporters of Galle and Matara: their web shops, payment gateways (PayHere,
bank IPGs), SMS gateways, couriers, CCTV and drying-room sensors, CI and cloud, with notes and
comments partly in Sinhala, and their decoys. Generated fakes only (seeds 5110000-5119999).
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
UPPER_NUM = string.ascii_uppercase + string.digits
SEED_LO, SEED_HI = 5110000, 5119999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 7
    assert SEED_LO <= _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Ratna", "Sapphire", "Kurundu", "Galle", "Matara", "Elahera", "Padmaraga", "Quill", "Monsoon",
         "Peacock", "Lotus", "Kandy", "Tusker", "Ruby", "Spinel", "Cat'sEye", "Alba", "Adams"]
LOWER = ["mannet", "quill", "sapphire", "monsoon", "kurundu", "illam", "gravel", "sieve", "lotus", "peeler",
         "estate", "mine", "lorry", "tea", "pepper", "rain"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS).replace("'", "") + r.choice("!#$%@*") + r.choice(WORDS).replace("'", "") + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM) if not extra else fakes.drawn(_seed(), n, ALNUM + extra)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def up(n: int) -> str:
    return fakes.drawn(_seed(), n, UPPER_NUM)


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
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(UPPER_NUM) for _ in range(8)) + "/B"
            + "".join(r.choice(UPPER_NUM) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def google_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def payhere_secret() -> str:
    """A PayHere merchant secret as the portal shows it: base64 of a long run of digits."""
    r = _rng()
    return b64("".join(r.choice(string.digits) for _ in range(r.choice([39, 42, 45]))))


def shopify_token() -> str:
    return "shpat_" + hexs(32)


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def hf_token() -> str:
    return fakes.fake("hf_", 34, _seed())


def mapbox_secret() -> str:
    head = b64('{"u":"ceylonquills","a":"' + rand_pw(24).lower() + '"}').rstrip("=")
    return "sk.eyJ1" + head[4:] + "." + rand_pw(22, "-_")


def mapbox_public() -> str:
    head = b64('{"u":"ratnagems","a":"' + rand_pw(24).lower() + '"}').rstrip("=")
    return "pk.eyJ1" + head[4:] + "." + rand_pw(22, "-_")


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def bcrypt_hash() -> str:
    return "$2b$12$" + rand_pw(53, "./")


def sha256ish() -> str:
    return hexs(64)


def pub_ssh() -> str:
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rand_pw(43, "+/")


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
    CASES.append(LabelledCase(f"blind-kf/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- payment gateways (PayHere, bank IPGs)

add("env/payhere-merchant-secret", "ratnapura-gem-shop/.env", "https://support.payhere.lk/api-&-mobile-sdk/checkout-api", """
# Ratnapura Gem Exchange - web shop (Django)
DJANGO_SETTINGS_MODULE=gemshop.settings.prod
DATABASE_URL=postgres://gemshop@db.internal:5432/gemshop
ALLOWED_HOSTS=shop.ratnapuragems.lk,www.ratnapuragems.lk

# PayHere - ගෙවීම් (live)
PAYHERE_MERCHANT_ID=1224371
PAYHERE_MERCHANT_SECRET=@@secret@@
PAYHERE_SANDBOX=false
PAYHERE_NOTIFY_URL=https://shop.ratnapuragems.lk/payments/payhere/notify/

CURRENCY=LKR
""", payhere_secret())

add("python/payhere-merchant-secret", "kurundu_store/payments/payhere.py", "https://support.payhere.lk/api-&-mobile-sdk/checkout-api", """
import hashlib

from django.conf import settings

# කුරුඳු වෙළඳසැල - PayHere hash එක හදන්නේ මෙතනින්
MERCHANT_ID = "1221890"
MERCHANT_SECRET = "@@secret@@"


def _md5_upper(value: str) -> str:
    return hashlib.md5(value.encode("utf-8")).hexdigest().upper()


def checkout_hash(order_id: str, amount: float, currency: str = "LKR") -> str:
    formatted = f"{amount:.2f}"
    return _md5_upper(MERCHANT_ID + order_id + formatted + currency + _md5_upper(MERCHANT_SECRET))


def verify_notify(post: dict) -> bool:
    local = _md5_upper(
        post["merchant_id"] + post["order_id"] + post["payhere_amount"]
        + post["payhere_currency"] + post["status_code"] + _md5_upper(MERCHANT_SECRET)
    )
    return local == post["md5sig"] and post["status_code"] == "2"
""", payhere_secret())

add("php/payhere-app-secret", "wp-content/plugins/ceylon-quills-refunds/config.php", "https://support.payhere.lk/api-&-mobile-sdk/payhere-refund", """
<?php
// Ceylon Quills (Pvt) Ltd - PayHere refund / retrieval API
// App එක හැදුවේ merchant portal > Settings > API Keys වලින්
defined('ABSPATH') || exit;

return [
    'payhere' => [
        'base_url'   => 'https://www.payhere.lk/merchant/v1',
        'token_url'  => 'https://www.payhere.lk/merchant/v1/oauth/token',
        'app_id'     => '4OVx@@appid@@',
        'app_secret' => '@@secret@@',
        'timeout'    => 20,
    ],
    'notify_email' => 'accounts@ceylonquills.lk',
];
""", "4JFn" + rand_pw(44), appid=rand_pw(21))

add("php/decoy-env-reference", "wp-content/plugins/ceylon-quills-checkout/checkout-form.php", "https://support.payhere.lk/api-&-mobile-sdk/checkout-api", """
<?php
// Checkout form: merchant_id is public, the secret only ever comes from the server environment
$merchantId = '1221890';
$secret     = getenv('PAYHERE_MERCHANT_SECRET');
$orderId    = 'CQ-' . $order->get_id();
$amount     = number_format($order->get_total(), 2, '.', '');
$hash = strtoupper(md5($merchantId . $orderId . $amount . 'LKR' . strtoupper(md5($secret))));
?>
<form method="post" action="https://www.payhere.lk/pay/checkout">
  <input type="hidden" name="merchant_id" value="<?= esc_attr($merchantId) ?>">
  <input type="hidden" name="return_url" value="https://ceylonquills.lk/thank-you">
  <input type="hidden" name="cancel_url" value="https://ceylonquills.lk/cart">
  <input type="hidden" name="notify_url" value="https://ceylonquills.lk/wp-json/cq/v1/payhere">
  <input type="hidden" name="order_id" value="<?= esc_attr($orderId) ?>">
  <input type="hidden" name="items" value="Alba cinnamon quills 500g">
  <input type="hidden" name="currency" value="LKR">
  <input type="hidden" name="amount" value="<?= esc_attr($amount) ?>">
  <input type="hidden" name="hash" value="<?= esc_attr($hash) ?>">
  <button type="submit">PayHere හරහා ගෙවන්න</button>
</form>
""")

add("python/mpgs-api-password", "auction/gateways/sampath_ipg.py", "https://test-gateway.mastercard.com/api/documentation/apiDocumentation/rest-json/version/latest/api.html", """
\"\"\"Sampath Bank IPG (Mastercard Gateway) - bidder deposits for the Ratnapura gem auction.\"\"\"
import requests

GATEWAY = "https://sampath.gateway.mastercard.com/api/rest/version/72"
MERCHANT = "RATNAAUCT01"
# API password - merchant admin > Admin > Integration Settings
API_PASSWORD = "@@secret@@"


def create_session(deposit_id: str, amount_lkr: str) -> dict:
    resp = requests.post(
        f"{GATEWAY}/merchant/{MERCHANT}/session",
        auth=(f"merchant.{MERCHANT}", API_PASSWORD),
        json={
            "apiOperation": "INITIATE_CHECKOUT",
            "interaction": {"operation": "PURCHASE", "merchant": {"name": "Ratnapura Gem Auction"}},
            "order": {"id": deposit_id, "amount": amount_lkr, "currency": "LKR"},
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
""", hexs(32))

add("yaml/mpgs-api-password", "export-portal/src/main/resources/application-prod.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  datasource:
    url: jdbc:postgresql://10.20.1.15:5432/exportportal
    username: exportportal
    password: ${DB_PASSWORD}
  jpa:
    open-in-view: false

# Commercial Bank IPG - buyers paying deposits on cinnamon contracts
combank:
  ipg:
    base-url: https://cbcmpgs.gateway.mastercard.com/api/rest/version/72
    merchant-id: TESTCINNEXP2
    api-username: merchant.TESTCINNEXP2
    api-password: @@secret@@
    return-url: https://exports.kurunduhouse.lk/pay/return

server:
  port: 8443
""", hexs(32))

add("yaml/decoy-env-reference", "export-portal/src/main/resources/application-uat.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html", """
spring:
  datasource:
    url: jdbc:postgresql://10.20.2.15:5432/exportportal_uat
    username: exportportal
    password: ${DB_PASSWORD}

# UAT - Commercial Bank test gateway. මුරපද Jenkins credentials වල තියෙන්නේ.
combank:
  ipg:
    base-url: https://test-gateway.mastercard.com/api/rest/version/72
    merchant-id: TESTCINNEXP2
    api-username: merchant.TESTCINNEXP2
    api-password: ${COMBANK_IPG_API_PASSWORD:}
    return-url: https://uat.exports.kurunduhouse.lk/pay/return
""")

add("typescript/stripe-secret-key", "cinnamon-direct/server/src/payments/stripe.ts", "https://docs.stripe.com/keys", """
import Stripe from "stripe";

// International buyers (EU / US) pay by card; local buyers go through PayHere.
const stripe = new Stripe("@@secret@@", {
  apiVersion: "2024-06-20",
  appInfo: { name: "cinnamon-direct", version: "2.3.1" },
});

export async function createIntent(orderId: string, amountUsdCents: number) {
  return stripe.paymentIntents.create({
    amount: amountUsdCents,
    currency: "usd",
    metadata: { orderId, origin: "Galle" },
    automatic_payment_methods: { enabled: true },
  });
}
""", stripe_key())

add("typescript/decoy-publishable-key", "cinnamon-direct/web/src/lib/stripeClient.ts", "https://docs.stripe.com/keys", """
import { loadStripe } from "@stripe/stripe-js";

// Publishable key - browser එකට යන්න ඕන එක. Secret key server එකේ විතරයි.
const PUBLISHABLE_KEY = "@@pk@@";

export const stripePromise = loadStripe(PUBLISHABLE_KEY, { locale: "en" });

export const currencies = ["usd", "eur", "gbp"] as const;
""", pk=stripe_key("pk_live_"))

add("json/webxpay-secret-key", "gemtrade-api/config/production.json", "https://webxpay.com/developers", """
{
  "app": { "name": "gemtrade-api", "port": 8080, "trustProxy": true },
  "db": { "host": "10.0.4.11", "port": 3306, "name": "gemtrade", "user": "gemtrade" },
  "webxpay": {
    "endpoint": "https://webxpay.com/index.php?route=checkout/billing",
    "publicKeyFile": "/etc/gemtrade/webxpay_public.pem",
    "secretKey": "@@secret@@",
    "enc_method": "JCs3J+6oSz4V0LgE0zi/Bg=="
  },
  "currency": "LKR"
}
""", rand_pw(32).lower())

add("ruby/paypal-client-secret", "sapphire_auctions/config/initializers/paypal.rb", "https://developer.paypal.com/api/rest/authentication/", """
# Overseas bidders settle through PayPal (USD)
PayPal::SDK.configure(
  mode: "live",
  client_id: "@@cid@@",
  client_secret: "@@secret@@",
  ssl_options: { ca_file: nil }
)

Rails.logger.info("PayPal configured for sapphire_auctions (live)")
""", "E" + rand_pw(79, "-_"), cid="A" + rand_pw(79, "-_"))

add("markdown/wise-api-token", "docs/finance/paying-overseas-buyers-refunds.md", "https://docs.wise.com/api-docs/features/authentication-access/personal-tokens", """
# Refunds to overseas buyers (Wise)

We refund cancelled cinnamon orders to buyers in Germany and the Netherlands through Wise.

1. Log in to Wise Business (accounts@kurunduhouse.lk).
2. Create the recipient from the buyer's IBAN on the contract.
3. Fund the transfer from the EUR balance.

## API (for the refund script)

The refund script `scripts/wise_refund.py` needs the API token. ටෝකනය මෙතන:

| Setting      | Value                                  |
|--------------|----------------------------------------|
| Profile id   | 16640321                               |
| API token    | @@secret@@   |
| Environment  | live (api.wise.com)                    |

Ask Nadeesha before creating a new token; the old one was revoked in March.
""", uuid_s())

add("csv/decoy-payment-ids", "exports/payhere_settlements_2024_06.csv", "https://support.payhere.lk/api-&-mobile-sdk/checkout-api", """
payment_id,order_id,status_code,payhere_amount,payhere_currency,md5sig,method,card_no
320032901551,KH-24061,2,48500.00,LKR,6F0D3C9A4E7B21A85C6D90E3F1B2A7C4,VISA,************4421
320032901602,KH-24062,2,12750.00,LKR,A19B7E0C53D2F648E1C07B94D25A6F38,MASTER,************0917
320032901688,KH-24063,-2,9900.00,LKR,0C7E4A2D91B35F68A0E1D7C4B29F6E53,VISA,************3305
320032901731,KH-24064,2,215000.00,LKR,B52E8A1F07C9D364E2A0F5B18C7D49E6,AMEX,***********1008
320032901790,KH-24065,2,31200.00,LKR,5D93C0A7E1F46B28D07A3E9C1B5F2846,MASTER,************7762
320032901845,KH-24066,0,18000.00,LKR,E07B4C9A2D15F386B0C2E7A19D4F5B63,VISA,************2289
""")

add("go/ideamart-app-password", "sms-alerts/internal/ideamart/client.go", "https://www.ideamart.io/docs/sms", """
package ideamart

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// Dialog Ideamart - gem pit flood alerts to miners (වතුර ගැලීම් අනතුරු ඇඟවීම්)
const (
	endpoint      = "https://api.dialog.lk/sms/send"
	applicationID = "APP_061874"
	appPassword   = "@@secret@@"
)

type smsRequest struct {
	ApplicationID  string   `json:"applicationId"`
	Password       string   `json:"password"`
	Message        string   `json:"message"`
	DestinationAdd []string `json:"destinationAddresses"`
}

func Send(numbers []string, msg string) error {
	body, _ := json.Marshal(smsRequest{applicationID, appPassword, msg, numbers})
	c := &http.Client{Timeout: 15 * time.Second}
	resp, err := c.Post(endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
""", hexs(32))

add("python/notify-lk-api-key", "peelers_wages/sms.py", "https://developer.notify.lk/api-endpoints", """
\"\"\"Wage SMS to cinnamon peelers every Saturday (කුරුඳු පොතු ගාන්නන්ට පඩි SMS).\"\"\"
import requests

NOTIFY_URL = "https://app.notify.lk/api/v1/send"
NOTIFY_USER_ID = "27741"
NOTIFY_API_KEY = "@@secret@@"
SENDER_ID = "KURUNDUHSE"


def send_wage_sms(phone: str, name: str, kilos: float, amount: float) -> None:
    text = f"{name}, මෙම සතියේ පොතු කි.ග්‍රෑ. {kilos:.1f} - රු. {amount:,.2f}. ස්තූතියි!"
    requests.get(NOTIFY_URL, params={
        "user_id": NOTIFY_USER_ID,
        "api_key": NOTIFY_API_KEY,
        "sender_id": SENDER_ID,
        "to": phone,
        "message": text,
    }, timeout=10)
""", rand_pw(20))

add("shell/textlk-api-token", "scripts/notify_auction_bidders.sh", "https://text.lk/docs/http-api", r"""
#!/usr/bin/env bash
# Tell registered bidders that the Ratnapura auction catalogue is online
set -euo pipefail

CATALOGUE_URL="https://auction.ratnapuragems.lk/catalogue/2024-07"
while IFS=, read -r name phone; do
  curl -sS -X POST https://app.text.lk/api/v3/sms/send \
    -H "Authorization: Bearer @@secret@@" \
    -H "Content-Type: application/json" \
    -d "{\"recipient\":\"${phone}\",\"sender_id\":\"RatnaGems\",\"type\":\"plain\",\"message\":\"Dear ${name}, the July catalogue is online: ${CATALOGUE_URL}\"}"
  sleep 1
done < bidders.csv
""", "382|" + rand_pw(40))

add("env/decoy-placeholder", "gem-pit-registry/.env.example", "https://12factor.net/config", """
# පිටපත් කරලා .env ලෙස නම් කරන්න - සැබෑ අගයන් මෙහි දාන්න එපා!
# Copy to .env and fill in. Never commit real values.
APP_ENV=local
APP_KEY=
DB_HOST=127.0.0.1
DB_DATABASE=gem_pits
DB_USERNAME=gem_pits
DB_PASSWORD=<db-password>

NOTIFY_LK_USER_ID=<user id from notify.lk>
NOTIFY_LK_API_KEY=<api key from notify.lk>
PAYHERE_MERCHANT_ID=1211149
PAYHERE_MERCHANT_SECRET=your-sandbox-merchant-secret
PAYHERE_SANDBOX=true
MAPS_KEY=changeme
""")

add("kotlin/twilio-auth-token", "app/src/main/java/lk/kurunduhouse/collector/net/OtpSender.kt", "https://www.twilio.com/docs/iam/api-keys", """
package lk.kurunduhouse.collector.net

import okhttp3.Credentials
import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

// Collector app: OTP for peelers registering at a collection centre
object OtpSender {
    private const val ACCOUNT_SID = "@@sid@@"
    private const val AUTH_TOKEN = "@@secret@@"
    private const val FROM = "+12025550143"
    private val client = OkHttpClient()

    fun send(to: String, code: String) {
        val body = FormBody.Builder()
            .add("To", to).add("From", FROM)
            .add("Body", "ඔබගේ OTP අංකය: $code").build()
        val request = Request.Builder()
            .url("https://api.twilio.com/2010-04-01/Accounts/$ACCOUNT_SID/Messages.json")
            .header("Authorization", Credentials.basic(ACCOUNT_SID, AUTH_TOKEN))
            .post(body).build()
        client.newCall(request).execute().close()
    }
}
""", hexs(32), sid=twilio_sid())

add("java/twilio-auth-token", "gem-alerts/src/main/java/lk/elahera/alerts/SmsConfig.java", "https://www.twilio.com/docs/libraries/java", """
package lk.elahera.alerts;

import com.twilio.Twilio;
import org.springframework.context.annotation.Configuration;
import javax.annotation.PostConstruct;

@Configuration
public class SmsConfig {
    // Elahera pit owners' association - night-guard alerts
    static final String ACCOUNT_SID = "@@sid@@";
    static final String AUTH_TOKEN = "@@secret@@";

    @PostConstruct
    public void init() {
        Twilio.init(ACCOUNT_SID, AUTH_TOKEN);
    }
}
""", hexs(32), sid=twilio_sid())

add("java/decoy-env-reference", "gem-alerts/src/main/java/lk/elahera/alerts/SmsConfigV2.java", "https://www.twilio.com/docs/libraries/java", """
package lk.elahera.alerts;

import com.twilio.Twilio;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import javax.annotation.PostConstruct;

@Configuration
public class SmsConfigV2 {
    @Value("${twilio.account-sid}")
    private String accountSid;

    // token එක Vault එකෙන් එන්නේ - spring.cloud.vault
    @Value("${twilio.auth-token}")
    private String authToken;

    @PostConstruct
    public void init() {
        Twilio.init(accountSid, authToken);
    }
}
""")

add("csharp/sendgrid-api-key", "GemLab.Reports/Services/CertificateMailer.cs", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-csharp-code-example", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace GemLab.Reports.Services
{
    // Emails the gem testing report (PDF) to the customer after the lab signs it
    public class CertificateMailer
    {
        private readonly SendGridClient _client = new SendGridClient("@@secret@@");

        public async Task SendAsync(string to, string reportNo, byte[] pdf)
        {
            var msg = MailHelper.CreateSingleEmail(
                new EmailAddress("reports@ceylongemlab.lk", "Ceylon Gem Lab"),
                new EmailAddress(to),
                $"Gem report {reportNo}",
                "Your gemstone report is attached.", null);
            msg.AddAttachment($"{reportNo}.pdf", Convert.ToBase64String(pdf));
            await _client.SendEmailAsync(msg);
        }
    }
}
""", sendgrid_key())

add("json/smtp-password", "GemLab.Reports/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Lab": "Server=gemlab-sql;Database=GemLab;Integrated Security=true;TrustServerCertificate=true"
  },
  "Smtp": {
    "Host": "smtp.gmail.com",
    "Port": 587,
    "EnableSsl": true,
    "User": "reports.ceylongemlab@gmail.com",
    "Password": "@@secret@@"
  },
  "AllowedHosts": "*"
}
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("json/decoy-empty-value", "GemLab.Reports/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "ConnectionStrings": {
    "Lab": "Server=(localdb)\\\\mssqllocaldb;Database=GemLabDev;Trusted_Connection=True"
  },
  "Smtp": {
    "Host": "localhost",
    "Port": 2525,
    "EnableSsl": false,
    "User": "",
    "Password": ""
  },
  "_comment": "dotnet user-secrets set Smtp:Password ... (සැබෑ මුරපදය user-secrets වල)"
}
""")

add("php/mailgun-api-key", "cinnamon-shop/config/services.php", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication", """
<?php

return [
    // Laravel third-party services - Kurundu House web shop
    'mailgun' => [
        'domain' => 'mg.kurunduhouse.lk',
        'secret' => '@@secret@@',
        'endpoint' => 'api.eu.mailgun.net',
        'scheme' => 'https',
    ],

    'ses' => [
        'key' => env('AWS_ACCESS_KEY_ID'),
        'secret' => env('AWS_SECRET_ACCESS_KEY'),
        'region' => env('AWS_DEFAULT_REGION', 'ap-south-1'),
    ],
];
""", mailgun_key())

add("markdown/decoy-documentation-example", "docs/payhere-integration.md", "https://support.payhere.lk/api-&-mobile-sdk/checkout-api", """
# PayHere integration notes (ගෙවීම් සම්බන්ධ කිරීම)

PayHere signs each checkout with an MD5 hash:

```
hash = to_upper(md5(merchant_id + order_id + amount + currency + to_upper(md5(merchant_secret))))
```

For local work use the sandbox merchant (`merchant_id = 1211149`) and the secret shown on
https://sandbox.payhere.lk > Settings > Domains & Credentials. Example `.env`:

```
PAYHERE_MERCHANT_ID=1211149
PAYHERE_MERCHANT_SECRET=<sandbox merchant secret>
```

The live secret is in 1Password, vault "Finance - Kurundu House". Never paste it here.
Amounts always use two decimals (`1000.00`), currency `LKR`.
""")

add("sql/notify-lk-api-key", "db/seed/002_sms_gateways.sql", "https://developer.notify.lk/api-endpoints", """
-- SMS gateways used by the gem pit registry (seed for a fresh database)
INSERT INTO sms_gateway (code, name, base_url, user_id, api_key, sender_id, active)
VALUES
  ('NOTIFY', 'Notify.lk', 'https://app.notify.lk/api/v1/send', '19320', '@@secret@@', 'GEMPITS', TRUE),
  ('DIALOG', 'Dialog Ideamart', 'https://api.dialog.lk/sms/send', 'APP_058112', NULL, 'GEMPITS', FALSE);

INSERT INTO sms_template (code, body_si, body_en)
VALUES
  ('FLOOD', 'අවවාදයයි: පතල් ප්‍රදේශයේ ජල මට්ටම ඉහළයි', 'Warning: water level high near the pits'),
  ('LICENCE', 'ඔබේ පතල් බලපත්‍රය දින 30කින් කල් ඉකුත් වේ', 'Your mining licence expires in 30 days');
""", rand_pw(20))

add("sql/decoy-password-hash", "db/seed/003_supervisors.sql", "https://passlib.readthedocs.io/en/stable/lib/passlib.hash.bcrypt.html", """
-- Pit supervisors (passwords are bcrypt hashes; people reset them on first login)
INSERT INTO app_user (username, full_name, role, password_hash, must_reset)
VALUES
  ('sunil.p', 'Sunil Perera', 'SUPERVISOR', '@@h1@@', TRUE),
  ('kamani.w', 'Kamani Wickramasinghe', 'SUPERVISOR', '@@h2@@', TRUE),
  ('ranjith.g', 'Ranjith Gunasekara', 'CLERK', '@@h3@@', TRUE);
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash())

_DHL_PW = "X" + rand_pw(15)
add("log/dhl-api-password", "logs/courier-sync-2024-06-18.log", "https://developer.dhl.com/api-reference/dhl-express-mydhl-api", """
2024-06-18 06:00:01,112 INFO  courier_sync  starting run for 14 open export shipments
2024-06-18 06:00:01,530 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): express.api.dhl.com:443
2024-06-18 06:00:01,531 DEBUG courier_sync  GET /mydhlapi/shipments/4816203357/tracking headers={'Accept': 'application/json', 'Authorization': 'Basic @@basic@@', 'Message-Reference': '9f1c2e'}
2024-06-18 06:00:02,204 DEBUG urllib3.connectionpool "GET /mydhlapi/shipments/4816203357/tracking HTTP/1.1" 200 1843
2024-06-18 06:00:02,207 INFO  courier_sync  4816203357 COLOMBO -> HAMBURG status=transit (cinnamon quills 120kg)
2024-06-18 06:00:02,880 INFO  courier_sync  4816203412 COLOMBO -> ROTTERDAM status=delivered
2024-06-18 06:00:03,011 WARNING courier_sync 4816203499 no events yet
2024-06-18 06:00:03,012 INFO  courier_sync  done in 1.9s
""", _DHL_PW, basic=b64("kurunduhouseLK:" + _DHL_PW))

add("log/decoy-redacted-value", "logs/payments-api-2024-06-19.log", "https://docs.stripe.com/logs", """
2024-06-19T04:12:33.221Z info  payments-api boot env=production region=ap-south-1
2024-06-19T04:12:33.410Z info  stripe client ready key=sk_live_****************kX2q account=acct_1Nf3GemsLK
2024-06-19T04:12:33.411Z info  payhere client ready merchant_id=1224371 secret=[REDACTED]
2024-06-19T04:15:02.009Z info  POST /intents order=KH-24088 amount=6400 currency=usd
2024-06-19T04:15:02.611Z info  intent pi_3PTeYbGemsLK0001 status=requires_payment_method
2024-06-19T04:16:45.120Z warn  webhook signature mismatch id=evt_3PTeZk... (retry 1/3)
2024-06-19T04:16:47.402Z info  webhook ok type=payment_intent.succeeded
""")

add("properties/aramex-password", "shipping-service/src/main/resources/aramex.properties", "https://www.aramex.com/developers/aramex-apis", """
# Aramex Shipping Services API - gem parcels to Bangkok and Dubai
aramex.endpoint=https://ws.aramex.net/ShippingAPI.V2/Shipping/Service_1_0.svc/json
aramex.version=v1.0
aramex.account.entity=CMB
aramex.account.country=LK
aramex.account.number=60531487
aramex.username=shipping@ceylonsapphire.lk
aramex.password=@@secret@@
aramex.account.pin=554654
aramex.label.format=PDF
""", words_pw())

# ---------------------------------------------------------------- cloud, containers, CI, devices
add("terraform/aws-secret-key", "infra/gemlab-certificates/main.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs#provider-configuration", """
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.40" }
  }
}

# Gem testing certificates (PDF + photos) - Mumbai region, close to our buyers
provider "aws" {
  region     = "ap-south-1"
  access_key = "@@kid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "certificates" {
  bucket = "ceylongemlab-certificates"
  tags = { owner = "lab", project = "certificates" }
}

resource "aws_s3_bucket_versioning" "certificates" {
  bucket = aws_s3_bucket.certificates.id
  versioning_configuration { status = "Enabled" }
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/auction-db/rds.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output", """
variable "db_password" {
  description = "Master password for the auction database (TF_VAR_db_password, from the CI vault)"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "auction" {
  identifier              = "ratnapura-auction"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "auction_admin"
  password                = var.db_password
  backup_retention_period = 14
  skip_final_snapshot     = false
  final_snapshot_identifier = "ratnapura-auction-final"
}
""")

_PG_PW = rand_pw(22)
add("k8s-secret/database-password", "deploy/k8s/auction/postgres-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/", """
apiVersion: v1
kind: Secret
metadata:
  name: auction-postgres
  namespace: gem-auction
  labels:
    app.kubernetes.io/part-of: gem-auction
type: Opaque
data:
  POSTGRES_USER: @@user@@
  POSTGRES_DB: @@db@@
  POSTGRES_PASSWORD: @@pw@@
""", _PG_PW, user=b64("auction"), db=b64("auction"), pw=b64(_PG_PW))

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/auction/payhere-sealedsecret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
# kubeseal --controller-namespace kube-system -o yaml < payhere-secret.yaml
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payhere
  namespace: gem-auction
spec:
  encryptedData:
    PAYHERE_MERCHANT_SECRET: AgB@@e1@@
    PAYHERE_APP_SECRET: AgC@@e2@@
  template:
    metadata:
      name: payhere
      namespace: gem-auction
    type: Opaque
""", e1=rand_pw(360, "+/"), e2=rand_pw(360, "+/"))

add("compose/mysql-password", "odoo-cinnamon-erp/docker-compose.yml", "https://hub.docker.com/_/mysql", """
# Kurundu House ERP - stock of quills (Alba, C5, C4, M5, H1) and peeler payments
services:
  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: erp
      MYSQL_USER: erp
      MYSQL_PASSWORD: @@secret@@
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
    volumes:
      - dbdata:/var/lib/mysql
  erp:
    image: registry.kurunduhouse.lk/erp:3.8.2
    depends_on: [db]
    ports:
      - "8069:8069"
    environment:
      DB_HOST: db
      DB_USER: erp
volumes:
  dbdata:
""", rand_pw(18))

add("compose/decoy-env-reference", "gem-pit-registry/docker-compose.yml", "https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/", """
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_DB: gem_pits
      POSTGRES_USER: gem_pits
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://gem_pits:${POSTGRES_PASSWORD}@postgres:5432/gem_pits
      NOTIFY_LK_API_KEY: ${NOTIFY_LK_API_KEY}
    ports:
      - "8000:8000"
volumes:
  pgdata:
""")

add("dockerfile/package-index-password", "gemgrade/Dockerfile", "https://pip.pypa.io/en/stable/topics/authentication/", """
FROM python:3.12-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1

# internal wheels (gemgrade-core, colour models) from the lab's private index
RUN pip install --no-cache-dir \\
      --extra-index-url https://ci-reader:@@secret@@@pypi.ceylongemlab.lk/simple \\
      gemgrade-core==1.9.4 colourgrade==0.7.1

COPY . .
RUN pip install --no-cache-dir -e .
EXPOSE 8000
CMD ["gunicorn", "gemgrade.wsgi:application", "-b", "0.0.0.0:8000", "-w", "3"]
""", rand_pw(24))

add("dockerfile/decoy-build-secret", "gemgrade/Dockerfile.ci", "https://docs.docker.com/build/building/secrets/", """
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim

WORKDIR /app
# pip.conf with the private index credentials is mounted at build time only:
#   docker build --secret id=pipconf,src=$HOME/.config/pip/pip.conf -f Dockerfile.ci .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install --no-cache-dir gemgrade-core==1.9.4 colourgrade==0.7.1

COPY . .
RUN pip install --no-cache-dir -e .
CMD ["pytest", "-q"]
""")

add("github-actions/aws-secret-key", ".github/workflows/deploy-catalogue.yml", "https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#env", """
name: Deploy auction catalogue

on:
  push:
    branches: [main]
    paths: ["catalogue/**"]

env:
  AWS_DEFAULT_REGION: ap-south-1
  AWS_ACCESS_KEY_ID: @@kid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build --workspace catalogue
      - run: aws s3 sync catalogue/dist s3://auction-ratnapuragems-catalogue --delete
      - run: aws cloudfront create-invalidation --distribution-id E2Q8GEMS7LK01 --paths "/*"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-shop.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions", """
name: Deploy cinnamon shop

on:
  workflow_dispatch:
  push:
    tags: ["v*"]

permissions:
  id-token: write
  contents: read

jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::483920176655:role/gh-deploy-cinnamon-shop
          aws-region: ap-south-1
      - name: Deploy
        env:
          PAYHERE_MERCHANT_SECRET: ${{ secrets.PAYHERE_MERCHANT_SECRET }}
          MAILGUN_SECRET: ${{ secrets.MAILGUN_SECRET }}
        run: ./scripts/deploy.sh "${GITHUB_REF_NAME}"
""")

add("ansible/nvr-admin-password", "ansible/group_vars/washing_sites.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#organizing-host-and-group-variables", """
---
# Gem washing sites (මැණික් සේදීමේ ස්ථාන) - Hikvision NVRs and cameras
site_timezone: Asia/Colombo
nvr_model: DS-7608NI-K2
nvr_http_port: 80
nvr_rtsp_port: 554
nvr_admin_user: admin
nvr_admin_password: "@@secret@@"
camera_channels:
  - { id: 1, name: "washing-pool" }
  - { id: 2, name: "sorting-table" }
  - { id: 3, name: "gate" }
retention_days: 30
ntp_server: 0.lk.pool.ntp.org
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/drying_rooms/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(80), l6=hexs(46))

add("yaml/mqtt-password", "esphome/drying-room-2.yaml", "https://esphome.io/components/mqtt.html", """
esphome:
  name: drying-room-2
  friendly_name: "Kurundu drying room 2 (වියළන කාමරය)"

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

mqtt:
  broker: 192.168.10.5
  port: 1883
  username: dryroom2
  password: "@@secret@@"
  topic_prefix: kurundu/dryroom2

sensor:
  - platform: dht
    pin: GPIO4
    model: DHT22
    temperature:
      name: "Room temperature"
    humidity:
      name: "Room humidity"
    update_interval: 60s
""", rand_pw(16))

add("yaml/decoy-secret-reference", "esphome/drying-room-3.yaml", "https://esphome.io/guides/yaml.html#secrets-and-the-secrets-yaml-file", """
esphome:
  name: drying-room-3

esp32:
  board: esp32dev

wifi:
  ssid: !secret wifi_ssid
  password: !secret wifi_password

api:
  encryption:
    key: !secret api_encryption_key

ota:
  - platform: esphome
    password: !secret ota_password

mqtt:
  broker: 192.168.10.5
  username: dryroom3
  password: !secret mqtt_dryroom3_password

sensor:
  - platform: dht
    pin: GPIO4
    model: DHT22
    humidity:
      name: "Room humidity"
""")

add("python/thingspeak-write-key", "drying-logger/logger.py", "https://www.mathworks.com/help/thingspeak/writedata.html", """
#!/usr/bin/env python3
\"\"\"Raspberry Pi in the peeling shed: pushes humidity of the quill drying racks to ThingSpeak.\"\"\"
import time

import Adafruit_DHT
import requests

WRITE_API_KEY = "@@secret@@"
CHANNEL_ID = 2281764
SENSOR, PIN = Adafruit_DHT.DHT22, 4

while True:
    humidity, temperature = Adafruit_DHT.read_retry(SENSOR, PIN)
    if humidity is not None:
        requests.get("https://api.thingspeak.com/update", params={
            "api_key": WRITE_API_KEY, "field1": round(temperature, 1), "field2": round(humidity, 1),
        }, timeout=10)
    time.sleep(300)  # මිනිත්තු 5කට වරක්
""", up(16))

add("python/decoy-public-channel", "drying-logger/dashboard.py", "https://www.mathworks.com/help/thingspeak/readdata.html", """
\"\"\"Dashboard for the estate office: reads the public drying-room channel (no key needed).\"\"\"
import requests

PUBLIC_CHANNEL = 2281764
SENSOR_SERIALS = {"rack-a": "DHT22-0A3F91", "rack-b": "DHT22-0A3FA7", "rack-c": "DHT22-0A40C2"}


def last_readings(results: int = 12) -> list:
    url = f"https://api.thingspeak.com/channels/{PUBLIC_CHANNEL}/feeds.json"
    feeds = requests.get(url, params={"results": results}, timeout=10).json()["feeds"]
    return [(f["created_at"], float(f["field1"]), float(f["field2"])) for f in feeds if f["field2"]]


if __name__ == "__main__":
    for when, temp, hum in last_readings():
        flag = "  <-- ආර්ද්‍රතාව වැඩියි" if hum > 70 else ""
        print(f"{when}  {temp:5.1f}C  {hum:5.1f}%{flag}")
""")

add("shell/rtsp-camera-password", "cctv/record_washing_pool.sh", "https://ffmpeg.org/ffmpeg-protocols.html#rtsp", r"""
#!/bin/sh
# Continuous recording of the washing pool camera (segments of 15 min) to the NAS
# පතල් ගොඩේ කැමරාව
CAM="rtsp://admin:@@secret@@@192.168.1.64:554/Streaming/Channels/101"
OUT=/mnt/nas/cctv/washing-pool

mkdir -p "$OUT"
exec ffmpeg -rtsp_transport tcp -i "$CAM" \
  -c copy -f segment -segment_time 900 -reset_timestamps 1 -strftime 1 \
  "$OUT/%Y-%m-%d_%H-%M.mp4"
""", rand_pw(14))

add("ini/ftp-password", "tools/photo_sync/photo_sync.ini", "https://docs.python.org/3/library/configparser.html", """
; Gem photos from the sorting table camera -> buyer's FTP in Bangkok
[source]
folder = D:\\GemPhotos\\outgoing
pattern = *.jpg

[ftp]
host = ftp.siamgembuyers.co.th
port = 21
user = ratnapura_upload
password = @@secret@@
remote_dir = /incoming/ratnapura
passive = yes

[log]
file = D:\\GemPhotos\\photo_sync.log
""", words_pw())

add("powershell/sql-password", "ops/Backup-ErpDatabase.ps1", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", """
# Nightly backup of the cinnamon ERP database (Galle office server)
$stamp  = Get-Date -Format 'yyyyMMdd-HHmm'
$target = "E:\\Backups\\KurunduErp_$stamp.bak"

sqlcmd -S GALLE-SRV01\\SQLEXPRESS -U erp_backup -P '@@secret@@' `
  -Q "BACKUP DATABASE [KurunduErp] TO DISK = N'$target' WITH COMPRESSION, INIT"

if ($LASTEXITCODE -ne 0) {
    Write-EventLog -LogName Application -Source 'ErpBackup' -EntryType Error -EventId 1001 -Message "Backup failed"
    exit 1
}
Get-ChildItem 'E:\\Backups' -Filter '*.bak' | Where-Object { $_.LastWriteTime -lt (Get-Date).AddDays(-14) } | Remove-Item
""", words_pw())

add("powershell/decoy-secret-store", "ops/Backup-GemLabDatabase.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview", """
# Nightly backup of the gem lab database; the SQL login comes from the local SecretStore vault
Import-Module Microsoft.PowerShell.SecretManagement
$cred   = Get-Secret -Name 'GemLabSqlBackup' -Vault 'LabVault'
$stamp  = Get-Date -Format 'yyyyMMdd-HHmm'
$target = "E:\\Backups\\GemLab_$stamp.bak"

Invoke-Sqlcmd -ServerInstance 'LAB-SQL01' -Credential $cred `
  -Query "BACKUP DATABASE [GemLab] TO DISK = N'$target' WITH COMPRESSION, INIT"

# Password පුද්ගලිකව ගබඩා කර ඇත - Set-Secret -Name GemLabSqlBackup
Write-Host "Backup written to $target"
""")

add("terraform/decoy-public-key", "infra/auction-bastion/keys.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/key_pair", """
# Public keys of the people allowed on the auction bastion (public halves only)
resource "aws_key_pair" "chaminda" {
  key_name   = "chaminda-laptop"
  public_key = "@@k1@@ chaminda@ratnapuragems"
}

resource "aws_key_pair" "dilini" {
  key_name   = "dilini-desktop"
  public_key = "@@k2@@ dilini@ratnapuragems"
}
""", k1=pub_ssh(), k2=pub_ssh())

add("shell/ssh-private-key", "provision/setup_backup_user.sh", "https://man.openbsd.org/ssh-keygen", """
#!/bin/bash
# Set up the backup user on the new Elahera site server so the office can pull CCTV archives
set -e
useradd -m -s /bin/bash backup || true
install -d -m 700 -o backup -g backup /home/backup/.ssh

cat > /home/backup/.ssh/id_rsa <<'KEY'
@@secret@@
KEY
chmod 600 /home/backup/.ssh/id_rsa
chown backup:backup /home/backup/.ssh/id_rsa
echo "backup key installed (සේවාදායකයේ backup යතුර)"
""", fakes.fake_pem(_seed(), "RSA"))

add("k8s/decoy-image-digest", "deploy/k8s/shop/deployment.yaml", "https://kubernetes.io/docs/concepts/containers/images/#image-names", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cinnamon-shop
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: { app: cinnamon-shop }
  template:
    metadata:
      labels: { app: cinnamon-shop }
      annotations:
        checksum/config: @@c@@
    spec:
      containers:
        - name: web
          image: registry.kurunduhouse.lk/shop@sha256:@@d@@
          envFrom:
            - secretRef: { name: shop-secrets }
          ports:
            - containerPort: 8000
""", c=sha256ish(), d=sha256ish())

add("k8s-secret/smtp-password", "deploy/k8s/shop/mail-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-secret-visible-to-one-container", """
apiVersion: v1
kind: Secret
metadata:
  name: shop-mail
  namespace: shop
type: Opaque
stringData:
  SMTP_HOST: smtp.zoho.com
  SMTP_PORT: "465"
  SMTP_USER: orders@kurunduhouse.lk
  SMTP_PASSWORD: "@@secret@@"
  MAIL_FROM: "Kurundu House <orders@kurunduhouse.lk>"
""", rand_pw(16))

add("github-actions/pypi-token", ".github/workflows/release-gemgrade.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/", """
name: Release gemgrade

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
      - run: python -m pip install build
      - run: python -m build
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "gemgrade/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/", """
[distutils]
index-servers =
    pypi
    lab

[pypi]
username = __token__
password = @@secret@@

[lab]
repository = https://pypi.ceylongemlab.lk/
username = release-bot
""", fakes.pypi_token(_seed()))

add("ini/decoy-placeholder", "colourgrade/.pypirc.example", "https://packaging.python.org/en/latest/specifications/pypirc/", """
# Copy to ~/.pypirc. Create the token at https://pypi.org/manage/account/token/
[distutils]
index-servers =
    pypi

[pypi]
username = __token__
password = pypi-<your API token here>
""")

add("terraform/cloudflare-api-token", "infra/dns/cloudflare.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs", """
provider "cloudflare" {
  # DNS for kurunduhouse.lk and ceylonquills.lk (token: Zone.DNS edit)
  api_token = "@@secret@@"
}

resource "cloudflare_record" "shop" {
  zone_id = "7d3f29a1c6e84b02a9d5e1f07c3b6a48"
  name    = "shop"
  content = "13.235.71.48"
  type    = "A"
  proxied = true
}

resource "cloudflare_record" "mail" {
  zone_id  = "7d3f29a1c6e84b02a9d5e1f07c3b6a48"
  name     = "@"
  content  = "mx.zoho.com"
  type     = "MX"
  priority = 10
}
""", rand_pw(40, "_-"))

add("json/decoy-azure-ids", "infra/arm/gemlab.parameters.json", "https://learn.microsoft.com/en-us/azure/azure-resource-manager/templates/key-vault-parameter", """
{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "contentVersion": "1.0.0.0",
  "parameters": {
    "tenantId": { "value": "@@t@@" },
    "labAppClientId": { "value": "@@c@@" },
    "sqlAdminLogin": { "value": "gemlabadmin" },
    "sqlAdminPassword": {
      "reference": {
        "keyVault": {
          "id": "/subscriptions/@@s@@/resourceGroups/rg-gemlab/providers/Microsoft.KeyVault/vaults/kv-gemlab-prod"
        },
        "secretName": "sql-admin-password"
      }
    }
  }
}
""", t=uuid_s(), c=uuid_s(), s=uuid_s())

add("yaml/azure-client-secret", "azure-pipelines.yml", "https://learn.microsoft.com/en-us/azure/devops/pipelines/process/variables", """
trigger:
  - main

pool:
  vmImage: ubuntu-latest

variables:
  AZURE_TENANT_ID: @@t@@
  AZURE_CLIENT_ID: @@c@@
  AZURE_CLIENT_SECRET: @@secret@@
  RESOURCE_GROUP: rg-gemlab

steps:
  - script: |
      az login --service-principal -u $(AZURE_CLIENT_ID) -p $(AZURE_CLIENT_SECRET) --tenant $(AZURE_TENANT_ID)
      az webapp deploy -g $(RESOURCE_GROUP) -n gemlab-reports --src-path dist/app.zip
    displayName: Deploy gem lab reports
""", azure_secret(), t=uuid_s(), c=uuid_s())

add("env/redis-password", "auction-live/.env.production", "https://redis.io/docs/latest/develop/clients/redis-py/", """
NODE_ENV=production
PORT=3000
# live bidding - socket.io adapter + bid queue
REDIS_URL=redis://:@@secret@@@auction-redis.internal:6379/0
BID_QUEUE=bids
AUCTION_TZ=Asia/Colombo
CATALOGUE_BUCKET=auction-ratnapuragems-catalogue
""", fakes.redis_password(_seed()))

# ---------------------------------------------------------------- apps of the gem trade and the estates
add("rust/telegram-bot-token", "gem-price-bot/src/main.rs", "https://core.telegram.org/bots/api#authorizing-your-bot", """
use teloxide::prelude::*;

// Daily blue sapphire / padparadscha price board for the Ratnapura dealers' group
const BOT_TOKEN: &str = "@@secret@@";
const GROUP_ID: i64 = -1001873350291;

#[tokio::main]
async fn main() {
    pretty_env_logger::init();
    let bot = Bot::new(BOT_TOKEN);
    let board = prices::today().await.expect("price board");
    bot.send_message(ChatId(GROUP_ID), board.render_si())
        .await
        .expect("send");
}
""", fakes.telegram_token(_seed()))

_TG = fakes.telegram_token(_seed())
add("python/telegram-bot-token", "cooperative_bot/bot.py", "https://docs.python-telegram-bot.org/en/stable/", """
\"\"\"Cinnamon peelers' cooperative bot: weekly rates per grade (Alba, C5, C4, M5, H1).\"\"\"
from telegram.ext import ApplicationBuilder, CommandHandler

TOKEN = ("@@a@@"
         "@@b@@")

RATES = {"Alba": 5200, "C5 Special": 4650, "C5": 4300, "C4": 3900, "M5": 3300, "H1": 2900}


async def rates(update, context):
    lines = [f"{grade}: රු. {price:,} / kg" for grade, price in RATES.items()]
    await update.message.reply_text("මෙම සතියේ මිල ගණන්\\n" + "\\n".join(lines))


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(CommandHandler("rates", rates))
app.run_polling()
""", _TG, a=_TG[:20], b=_TG[20:])

add("swift/algolia-admin-key", "GemCatalogue/Sources/Sync/CatalogueIndexer.swift", "https://www.algolia.com/doc/guides/security/api-keys/", """
import AlgoliaSearchClient
import Foundation

/// Pushes the dealer's stones to the shared catalogue index (iPad app at the sorting table)
struct CatalogueIndexer {
    private let client = SearchClient(appID: "KX7H2GEM4L", apiKey: "@@secret@@")

    func push(_ stones: [Stone]) throws {
        let index = client.index(withName: "stones_prod")
        _ = try index.saveObjects(stones, autoGeneratingObjectID: false)
    }
}
""", hexs(32))

add("plist/decoy-firebase-config", "GemCatalogue/Resources/GoogleService-Info.plist", "https://firebase.google.com/docs/projects/api-keys", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>731904558216</string>
	<key>BUNDLE_ID</key>
	<string>lk.ratnapuragems.catalogue</string>
	<key>PROJECT_ID</key>
	<string>ratnapura-gem-catalogue</string>
	<key>STORAGE_BUCKET</key>
	<string>ratnapura-gem-catalogue.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:731904558216:ios:4b2e9d0c7f1a8e36</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
""", k=google_key())

add("typescript/decoy-firebase-web-config", "estate-map/src/firebase.ts", "https://firebase.google.com/docs/projects/api-keys", """
import { initializeApp } from "firebase/app";
import { getFirestore } from "firebase/firestore";

// Firebase web config is public by design; access is enforced by Firestore security rules.
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "kurundu-estates.firebaseapp.com",
  projectId: "kurundu-estates",
  storageBucket: "kurundu-estates.appspot.com",
  messagingSenderId: "590142277013",
  appId: "1:590142277013:web:2c7d41e0b9a3f58e6d1c04",
};

export const app = initializeApp(firebaseConfig);
export const db = getFirestore(app);
""", k=google_key())

add("typescript/algolia-admin-key", "catalogue/scripts/reindex.ts", "https://www.algolia.com/doc/guides/security/api-keys/", """
import algoliasearch from "algoliasearch";
import { loadStones } from "../src/db";

// Rebuild the catalogue index before each auction (runs on the office PC)
const client = algoliasearch("KX7H2GEM4L", "@@secret@@");
const index = client.initIndex("stones_prod");

async function main() {
  const stones = await loadStones({ auction: "2024-07" });
  await index.clearObjects();
  await index.saveObjects(stones.map((s) => ({ objectID: s.lot, ...s })));
  await index.setSettings({ searchableAttributes: ["variety", "origin", "colour"], attributesForFaceting: ["variety", "treatment"] });
  console.log(`indexed ${stones.length} stones`);
}

main();
""", hexs(32))

add("typescript/decoy-search-only-key", "catalogue/src/search.ts", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from "algoliasearch/lite";

// Search-only key: safe in the browser (ACL: search). Admin key never leaves the office PC.
export const searchClient = algoliasearch("KX7H2GEM4L", "@@k@@");

export const facets = ["variety", "origin", "treatment", "colour"];
export const varieties = ["Blue sapphire", "Padparadscha", "Star ruby", "Cat's eye", "Spinel", "Alexandrite"];
""", k=hexs(32))

add("python/mapbox-secret-token", "estate_maps/upload_tiles.py", "https://docs.mapbox.com/api/maps/uploads/", """
\"\"\"Upload the estate block boundaries (cinnamon plots of Galle and Matara) as a Mapbox tileset.\"\"\"
from mapbox import Uploader

# uploads:write scope - estate office only
MAPBOX_TOKEN = "@@secret@@"

service = Uploader(access_token=MAPBOX_TOKEN)

with open("build/estate_blocks.geojson", "rb") as src:
    upload = service.upload(src, "ceylonquills.estate-blocks-2024", name="Estate blocks 2024")

print(upload.status_code, upload.json().get("id"))
""", mapbox_secret())

add("javascript/decoy-mapbox-public-token", "estate-map/public/map.js", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
// Public map of the cinnamon estates for buyers (URL-restricted public token)
mapboxgl.accessToken = '@@k@@';

const map = new mapboxgl.Map({
  container: 'map',
  style: 'mapbox://styles/mapbox/satellite-streets-v12',
  center: [80.3, 6.05],
  zoom: 9.5,
});

map.on('load', () => {
  map.addSource('blocks', { type: 'vector', url: 'mapbox://ceylonquills.estate-blocks-2024' });
  map.addLayer({ id: 'blocks', type: 'fill', source: 'blocks', 'source-layer': 'blocks', paint: { 'fill-color': '#b5651d', 'fill-opacity': 0.35 } });
});
""", k=mapbox_public())

add("ruby/decoy-sentry-dsn", "sapphire_auctions/config/initializers/sentry.rb", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/", """
# Errors from the auction site. The DSN only lets clients send events; it is not a secret.
Sentry.init do |config|
  config.dsn = "https://@@k@@@o4507318841.ingest.us.sentry.io/4507318903"
  config.breadcrumbs_logger = [:active_support_logger, :http_logger]
  config.traces_sample_rate = 0.2
  config.environment = Rails.env
end
""", k=hexs(32))

add("python/openai-api-key", "gem_copy/describe.py", "https://platform.openai.com/docs/api-reference/authentication", """
\"\"\"Draft English and Sinhala descriptions of stones for the catalogue (reviewed by a gemmologist).\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

PROMPT = (
    "Write a short, factual catalogue description for a gemstone. Do not invent treatments. "
    "Variety: {variety}; weight: {carat} ct; colour: {colour}; origin: {origin}; report: {report}."
)


def describe(stone: dict) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(**stone)}],
        temperature=0.3,
    )
    return reply.choices[0].message.content
""", fakes.openai_key(_seed()))

add("notebook/huggingface-token", "notebooks/gem_colour_classifier.ipynb", "https://huggingface.co/docs/hub/security-tokens", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Sapphire colour grading - fine-tuning on sorting-table photos\\n", "මැණික් වර්ණ වර්ගීකරණය"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from huggingface_hub import login\\n",
    "login(token=\\"@@secret@@\\")\\n",
    "from datasets import load_dataset\\n",
    "ds = load_dataset(\\"ratnapuragems/sapphire-colour\\", split=\\"train\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["3124 images, 7 colour grades\\n"]}],
   "source": ["print(f\\"{len(ds)} images, {len(set(ds['grade']))} colour grades\\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", hf_token())

add("notebook/decoy-getpass", "notebooks/cinnamon_price_forecast.ipynb", "https://docs.python.org/3/library/getpass.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Cinnamon export price forecast (EDB monthly data)\\n", "කුරුඳු අපනයන මිල අනාවැකිය"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, getpass\\n",
    "import pandas as pd\\n",
    "if \\"WAREHOUSE_PASSWORD\\" not in os.environ:\\n",
    "    os.environ[\\"WAREHOUSE_PASSWORD\\"] = getpass.getpass(\\"Warehouse password: \\")\\n",
    "df = pd.read_csv(\\"data/edb_cinnamon_exports_2015_2024.csv\\", parse_dates=[\\"month\\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df.groupby(df.month.dt.year)[\\"usd_per_kg\\"].mean().plot(title=\\"USD/kg, all grades\\")"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("python/django-secret-key", "gemshop/gemshop/settings/prod.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
from .base import *  # noqa

DEBUG = False
# TODO: env එකට දාන්න (Chaminda)
SECRET_KEY = "@@secret@@"
ALLOWED_HOSTS = ["shop.ratnapuragems.lk", "www.ratnapuragems.lk"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
TIME_ZONE = "Asia/Colombo"
LANGUAGE_CODE = "si"
""", fakes.django_secret_key(_seed()))

add("python/decoy-env-reference", "kurundu_store/kurundu_store/settings.py", "https://docs.djangoproject.com/en/5.0/howto/deployment/checklist/#secret-key", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "kurundu"),
        "USER": os.environ.get("DB_USER", "kurundu"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

PAYHERE = {"MERCHANT_ID": os.environ.get("PAYHERE_MERCHANT_ID"), "SECRET": os.environ.get("PAYHERE_MERCHANT_SECRET")}
TIME_ZONE = "Asia/Colombo"
""")

add("java/jdbc-password", "licence-portal/src/main/java/lk/gemlicence/db/Db.java", "https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url", """
package lk.gemlicence.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Gem mining licence applications (පතල් බලපත්‍ර අයදුම්පත්) - district offices. */
public final class Db {
    private static final String URL =
        "jdbc:sqlserver://licence-sql.ratnapura.local:1433;databaseName=Licences;"
        + "user=licence_app;password=@@secret@@;encrypt=true;trustServerCertificate=true";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(16))

add("csharp/decoy-integrated-security", "GemLab.Intake/Data/LabContextFactory.cs", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax", """
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GemLab.Intake.Data
{
    // Design-time factory for migrations; Windows authentication, no password in the string
    public class LabContextFactory : IDesignTimeDbContextFactory<LabContext>
    {
        public LabContext CreateDbContext(string[] args)
        {
            var options = new DbContextOptionsBuilder<LabContext>()
                .UseSqlServer("Server=LAB-SQL01;Database=GemLab;Integrated Security=SSPI;TrustServerCertificate=True")
                .Options;
            return new LabContext(options);
        }
    }
}
""")

add("php/database-password", "licence-portal/application/config/database.php", "https://codeigniter.com/userguide3/database/configuration.html", """
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

// Gem dealers' licence renewals (Ratnapura district office)
$db['default'] = array(
	'dsn'      => '',
	'hostname' => '10.12.0.20',
	'username' => 'licence_web',
	'password' => '@@secret@@',
	'database' => 'gem_licences',
	'dbdriver' => 'mysqli',
	'char_set' => 'utf8mb4',
	'dbcollat' => 'utf8mb4_unicode_ci',
	'db_debug' => (ENVIRONMENT !== 'production'),
);
""", words_pw())

add("go/decoy-test-fixture", "sms-alerts/internal/ideamart/client_test.go", "https://pkg.go.dev/net/http/httptest", """
package ideamart

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test doubles only: the fake server accepts the fixed test password below.
const testPassword = "test-password-not-real"

func TestSendPostsApplicationID(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Content-Type") != "application/json" {
			t.Fatalf("content type %q", r.Header.Get("Content-Type"))
		}
		w.Write([]byte(`{"statusCode":"S1000","statusDetail":"Success"}`))
	}))
	defer srv.Close()
	c := newClient(srv.URL, "APP_000000", testPassword)
	if err := c.send([]string{"tel:94771234567"}, "පරීක්ෂණ පණිවිඩය"); err != nil {
		t.Fatal(err)
	}
}
""")

add("rust/decoy-firmware-checksums", "moisture-meter-updater/src/firmware.rs", "https://docs.rs/sha2/latest/sha2/", """
use sha2::{Digest, Sha256};

/// Known-good firmware images for the quill moisture meters (SHA-256 of the .bin files)
pub const KNOWN_IMAGES: &[(&str, &str)] = &[
    ("mm-200 v3.1.4", "@@h1@@"),
    ("mm-200 v3.2.0", "@@h2@@"),
    ("mm-300 v1.0.9", "@@h3@@"),
];

pub fn verify(name: &str, image: &[u8]) -> bool {
    let digest = hex::encode(Sha256::digest(image));
    KNOWN_IMAGES.iter().any(|(n, h)| *n == name && *h == digest)
}
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("kotlin/decoy-build-config-reference", "app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
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
    namespace = "lk.kurunduhouse.collector"
    compileSdk = 34
    defaultConfig {
        applicationId = "lk.kurunduhouse.collector"
        minSdk = 24
        targetSdk = 34
        versionCode = 41
        versionName = "2.6.0"
        buildConfigField("String", "API_BASE", "\\"https://api.kurunduhouse.lk/\\"")
        buildConfigField("String", "COLLECTOR_API_KEY", "\\"${localProps.getProperty("collector.apiKey", "")}\\"")
    }
    buildFeatures { buildConfig = true }
}
""")

add("properties/decoy-local-sdk-path", "collector-app/local.properties.sample", "https://developer.android.com/build#properties-files", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
# Copy to local.properties and fill in.
sdk.dir=/home/<you>/Android/Sdk
collector.apiKey=PUT_YOUR_COLLECTOR_KEY_HERE
MAPS_API_KEY=YOUR_API_KEY
""")

add("xml/smtp-password", "GemLicensing.Web/Web.config", "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/file-schema/network/smtp-element-network-settings", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="District" value="Ratnapura" />
    <add key="RenewalReminderDays" value="30" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="licences@gemlicensing.lk" deliveryMethod="Network">
        <network host="mail.gemlicensing.lk" port="587" enableSsl="true"
                 userName="licences@gemlicensing.lk" password="@@secret@@" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", words_pw())

add("xml/decoy-encrypted-config", "GemLicensing.Web/Web.Release.config", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <!-- protected with: aspnet_regiis -pef connectionStrings . -prov DataProtectionConfigurationProvider -->
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@c@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", c=rand_pw(300, "+/") + "==")

add("ruby/redis-password", "sapphire_auctions/config/initializers/sidekiq.rb", "https://github.com/sidekiq/sidekiq/wiki/Using-Redis", """
# Background jobs: certificate PDFs, bid receipts, SMS to bidders
redis_url = "redis://:@@secret@@@10.0.3.21:6379/2"

Sidekiq.configure_server do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end

Sidekiq.configure_client do |config|
  config.redis = { url: redis_url, network_timeout: 5 }
end
""", fakes.redis_password(_seed()))

add("swift/decoy-keychain-reference", "CollectorApp/Sources/Auth/TokenStore.swift", "https://developer.apple.com/documentation/security/keychain_services", """
import Foundation
import Security

/// The collector's API token lives in the Keychain, never in the bundle.
enum TokenStore {
    static let service = "lk.kurunduhouse.collector"

    static func token() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "api-token",
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("python/slack-webhook", "auction/notify.py", "https://api.slack.com/messaging/webhooks", """
\"\"\"Post results of each lot to #auction-floor when the hammer falls.\"\"\"
import requests

SLACK_WEBHOOK = "@@secret@@"


def lot_sold(lot: str, variety: str, carat: float, price_lkr: int, bidder: str) -> None:
    text = f":gem: Lot {lot} - {variety} {carat:.2f} ct sold for LKR {price_lkr:,} to paddle {bidder}"
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)


def lot_passed(lot: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": f"Lot {lot} passed (reserve not met)"}, timeout=5)
""", slack_webhook())

add("shell/discord-webhook", "scripts/post_weekly_rates.sh", "https://discord.com/developers/docs/resources/webhook#execute-webhook", r"""
#!/usr/bin/env bash
# Post the weekly cinnamon rates (Colombo auction averages) to the exporters' Discord
set -euo pipefail
WEBHOOK='@@secret@@'
RATES=$(python3 scripts/weekly_rates.py --format markdown)

jq -n --arg c "$RATES" '{username: "Kurundu Rates", content: $c}' |
  curl -sS -H 'Content-Type: application/json' -d @- "$WEBHOOK"
""", discord_webhook())

add("yaml/decoy-webhook-file-reference", "monitoring/alertmanager.yml", "https://prometheus.io/docs/alerting/latest/configuration/#slack_config", """
global:
  resolve_timeout: 5m
  slack_api_url_file: /etc/alertmanager/secrets/slack_webhook_url

route:
  receiver: estate-ops
  group_by: [alertname, site]
  routes:
    - matchers: [ 'site=~"galle|matara"' ]
      receiver: estate-ops

receivers:
  - name: estate-ops
    slack_configs:
      - channel: "#estate-ops"
        title: "{{ .CommonLabels.alertname }} at {{ .CommonLabels.site }}"
        text: "{{ range .Alerts }}{{ .Annotations.summary }}\\n{{ end }}"
""")

add("python/decoy-lot-identifiers", "auction/fixtures/lots_2024_07.py", "https://docs.python.org/3/library/uuid.html", """
\"\"\"July auction lots: ids, lab report numbers and photo checksums (no credentials here).\"\"\"
LOTS = [
    {"id": "@@u1@@", "lot": "R-0712", "variety": "Blue sapphire", "carat": 4.18,
     "report": "CGL-24-118734", "photo_sha1": "@@s1@@"},
    {"id": "@@u2@@", "lot": "R-0713", "variety": "Padparadscha", "carat": 2.05,
     "report": "CGL-24-118802", "photo_sha1": "@@s2@@"},
    {"id": "@@u3@@", "lot": "R-0714", "variety": "Chrysoberyl cat's eye", "carat": 6.61,
     "report": "CGL-24-119015", "photo_sha1": "@@s3@@"},
]
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), s1=hexs(40), s2=hexs(40), s3=hexs(40))

# ---------------------------------------------------------------- notes, runbooks, exports, configs
add("markdown/router-admin-password", "docs/handover/elahera-site-it.md", "https://www.tp-link.com/us/support/faq/1192/", """
# Elahera site IT - handover (භාර දීමේ සටහන)

Kasun is leaving on the 30th; Priyanka takes over the Elahera pit office.

## Internet
- SLT Fibre, account 0662-281-994, router in the store room (Huawei HG8145V5).
- Backup 4G dongle (Dialog) in the drawer, SIM 077-xxx-3310.

## Router / Wi-Fi
- Router web admin: http://192.168.100.1
- user: `telecomadmin`
- password: `@@secret@@`
- Wi-Fi "ElaheraOffice" password is on the sticker under the router.

## CCTV
- NVR admin is in the CCTV sheet (Priyanka has it).

මොනවා හරි ප්‍රශ්නයක් නම් මට call කරන්න - Kasun 071 xxx 4412
""", words_pw())

add("markdown/nvr-admin-password", "docs/sites/ratnapura-washing-yard.md", "https://www.hikvision.com/en/support/", """
# Ratnapura washing yard - devices

| Device            | IP            | User   | Password              | Notes                  |
|-------------------|---------------|--------|-----------------------|------------------------|
| NVR DS-7608NI-K2  | 192.168.1.10  | admin  | @@secret@@     | 8 ch, 2 TB             |
| Cam 1 pool        | 192.168.1.64  | -      | (same as NVR)         | 4 MP turret            |
| Cam 2 sorting     | 192.168.1.65  | -      | (same as NVR)         | 4 MP, IR off at night  |
| UPS APC 1500      | -             | -      | -                     | ~40 min on battery     |

වැසි කාලයේ ජලය ඇතුළු වීම පරීක්ෂා කරන්න (check for water ingress in the rainy season).
""", rand_pw(12))

add("markdown/decoy-vault-runbook", "docs/runbooks/rotate-payhere-secret.md", "https://developer.hashicorp.com/vault/docs/commands/kv/get", """
# Rotating the PayHere merchant secret

1. In the PayHere merchant portal: Settings > Domains & Credentials > Regenerate secret.
2. Store it in Vault (never in this repo, Slack or email):

   ```sh
   vault kv put secret/shop/payhere merchant_secret=-   # paste, then Ctrl-D
   ```

3. Check it is there:

   ```sh
   vault kv get -field=merchant_secret secret/shop/payhere | wc -c
   ```

4. Restart the shop pods: `kubectl -n shop rollout restart deploy/cinnamon-shop`.
5. Place a LKR 10.00 test order and refund it.

පැරණි secret එක වහාම අවලංගු වේ - do this outside auction days.
""")

add("markdown/github-token", "README.md", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
# gem-pit-registry

Register of licensed gem pits (ලියාපදිංචි මැණික් පතල්) for the Ratnapura pit owners' society.

## Setup on the office PC

```bat
git clone https://chamindaw:@@secret@@@github.com/ratnapura-pits/gem-pit-registry.git
cd gem-pit-registry
copy .env.example .env
docker compose up -d
```

Then open http://localhost:8000 and log in with your society account.

## Contact
Chaminda W. - IT (weekends only)
""", fakes.github_token(_seed()))

add("text/pppoe-password", "docs/office/internet-and-printers.txt", "https://www.slt.lk/en/personal/broadband/fibre", """
GALLE OFFICE - INTERNET & PRINTERS  (updated 2024-05-02)
========================================================

SLT Fibre (100 Mbps)
  Account no ........ 0912-224-5810
  PPPoE user ........ 0912245810@sltbb
  PPPoE password .... @@secret@@
  Support ........... 1212

Printers
  Canon MF445dw (accounts)  192.168.0.40
  Epson L3250 (store)       192.168.0.41  - ink refill every 2 weeks in season

ගබඩාවේ Wi-Fi: "KuruduStore" - password on the notice board.
""", rand_pw(10))

add("csv/vendor-portal-password", "admin/vendor_portals.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
vendor,portal,username,password,owner,notes
SLT,https://myslt.slt.lk,galleoffice,see 1Password,Nadeesha,
PayHere,https://www.payhere.lk/merchant,accounts@kurunduhouse.lk,see 1Password,Nadeesha,2FA on Nadeesha's phone
DHL Express,https://mydhl.express.dhl,kurunduhouseLK,@@secret@@,Ruwan,shared login for export desk
EDB,https://www.srilankabusiness.com,kurundu_exp,see 1Password,Ruwan,
Notify.lk,https://app.notify.lk,kurundu,see 1Password,Ruwan,
""", words_pw())

add("csv/decoy-certificate-register", "lab/exports/certificate_register_2024_q2.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
report_no,issued,variety,carat,colour,treatment,origin,pdf_sha256
CGL-24-118734,2024-04-03,Sapphire,4.18,Blue,No indication of heating,Sri Lanka,@@h1@@
CGL-24-118802,2024-04-05,Sapphire,2.05,Pinkish orange (Padparadscha),No indication of heating,Sri Lanka,@@h2@@
CGL-24-119015,2024-04-11,Chrysoberyl,6.61,Greenish yellow (cat's eye),None,Sri Lanka,@@h3@@
CGL-24-119320,2024-05-20,Spinel,3.02,Pink,None,Sri Lanka,@@h4@@
CGL-24-119877,2024-06-14,Sapphire,7.45,Yellow,Heated,Sri Lanka,@@h5@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("csv/decoy-export-lots", "exports/cinnamon_shipments_2024.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
shipment,date,buyer_country,grade,hs_code,net_kg,container,gi_certificate,edb_ref
KH-EXP-2401,2024-01-18,Mexico,C5 Special,0906.11,9800,MSKU7718420,PCC-GI-2024-00341,EDB/CIN/24/00118
KH-EXP-2402,2024-02-07,Germany,Alba,0906.11,2400,TGHU5501936,PCC-GI-2024-00402,EDB/CIN/24/00201
KH-EXP-2403,2024-03-12,Peru,H1,0906.11,12500,CMAU4470215,PCC-GI-2024-00577,EDB/CIN/24/00344
KH-EXP-2404,2024-04-29,USA,C4,0906.11,6000,MSCU9034472,PCC-GI-2024-00690,EDB/CIN/24/00451
KH-EXP-2405,2024-06-03,Netherlands,Alba,0906.11,1800,TGHU5508821,PCC-GI-2024-00812,EDB/CIN/24/00587
""")

add("sql/database-role-password", "db/migrations/0007_reporting_role.sql", "https://www.postgresql.org/docs/current/sql-createrole.html", """
-- Read-only role for the Power BI reports (quills stock, peeler payments)
CREATE ROLE reporting WITH LOGIN PASSWORD '@@secret@@' CONNECTION LIMIT 5;
GRANT CONNECT ON DATABASE erp TO reporting;
GRANT USAGE ON SCHEMA stock, payroll TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA stock, payroll TO reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA stock, payroll GRANT SELECT ON TABLES TO reporting;
""", rand_pw(20))

add("sql/decoy-scram-verifier", "db/migrations/0008_audit_role.sql", "https://www.postgresql.org/docs/current/auth-password.html", """
-- Audit role; the password is given as its SCRAM verifier (generated offline, never in plain text)
CREATE ROLE auditor WITH LOGIN
  PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@stored@@:@@server@@';
GRANT CONNECT ON DATABASE erp TO auditor;
GRANT USAGE ON SCHEMA audit TO auditor;
GRANT SELECT ON ALL TABLES IN SCHEMA audit TO auditor;
""", salt=b64(rand_pw(16)), stored=b64(rand_pw(32)).rstrip("=") + "=", server=b64(rand_pw(32)).rstrip("=") + "=")

_SMTP_PW = words_pw()
add("log/smtp-auth-plain", "logs/mailer-debug.log", "https://www.rfc-editor.org/rfc/rfc4616", """
2024-06-20 09:14:02 [mailer] connecting to smtp.zoho.com:587
S: 220 mx.zohomail.com SMTP Server ready June 20, 2024 3:44:02 AM PDT
C: EHLO galle-srv01.kurunduhouse.local
S: 250-mx.zohomail.com Hello galle-srv01 (175.157.44.12)
S: 250-STARTTLS
S: 250 AUTH LOGIN PLAIN
C: STARTTLS
S: 220 Ready to start TLS.
C: AUTH PLAIN @@auth@@
S: 235 Authentication Successful
C: MAIL FROM:<orders@kurunduhouse.lk>
S: 250 Sender <orders@kurunduhouse.lk> OK
C: RCPT TO:<einkauf@gewuerzhaus-hamburg.de>
S: 250 Recipient <einkauf@gewuerzhaus-hamburg.de> OK
2024-06-20 09:14:03 [mailer] sent proforma invoice KH-PI-2417
""", _SMTP_PW, auth=b64("\0orders@kurunduhouse.lk\0" + _SMTP_PW))

add("log/decoy-access-log", "logs/nginx-access-shop.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html", """
175.157.44.12 - - [20/Jun/2024:09:20:11 +0530] "GET /si/products/alba-quills-500g HTTP/2.0" 200 18422 "-" "Mozilla/5.0" rid=@@r1@@
112.134.210.9 - - [20/Jun/2024:09:20:15 +0530] "POST /payments/payhere/notify/ HTTP/1.1" 200 2 "-" "PayHere/1.0" rid=@@r2@@
112.134.210.9 - - [20/Jun/2024:09:20:16 +0530] "GET /orders/KH-24091/receipt?sig=@@s1@@ HTTP/2.0" 200 5310 "-" "Mozilla/5.0" rid=@@r3@@
66.249.66.1 - - [20/Jun/2024:09:21:02 +0530] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1" rid=@@r4@@
175.157.44.12 - - [20/Jun/2024:09:21:40 +0530] "GET /static/app.3f9c2d1e.js HTTP/2.0" 304 0 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), s1=hexs(16))

add("markdown/aws-secret-key", "docs/incidents/2024-03-photo-bucket.md", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", """
# 2024-03-14 - gem photos not uploading from the sorting table

**Impact:** photos of 41 lots missing from the catalogue for ~3 hours.

**Cause:** the upload user's access key was deactivated by the quarterly key review.

**Fix:** created a new key for `sorting-table-uploader` and put it on the PC:

```
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = ap-south-1
```

**Follow-up:** move the PC to IAM Roles Anywhere (Dilini). ඊළඟ key review එකට කලින් කරන්න.
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/decoy-openapi-example", "api/openapi.yaml", "https://swagger.io/docs/specification/v3_0/authentication/api-keys/", """
openapi: 3.0.3
info:
  title: Kurundu House collector API
  version: 2.6.0
  description: Collection centres post the weight of quills bought from peelers.
servers:
  - url: https://api.kurunduhouse.lk/v2
components:
  securitySchemes:
    ApiKeyAuth:
      type: apiKey
      in: header
      name: X-Api-Key
  parameters:
    ApiKeyExample:
      name: X-Api-Key
      in: header
      required: true
      schema: { type: string }
      example: YOUR_API_KEY
security:
  - ApiKeyAuth: []
paths:
  /collections:
    post:
      summary: Record a collection (grade, kg, peeler id)
      responses:
        "201": { description: Created }
""")

add("toml/database-password", "price-dashboard/.streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Gem price dashboard (dealers only) - Streamlit secrets
[connections.prices]
dialect = "postgresql"
host = "prices-db.ratnapuragems.lk"
port = "5432"
database = "prices"
username = "dashboard"
password = "@@secret@@"

[auth]
allowed_domains = ["ratnapuragems.lk"]
""", rand_pw(18))

add("toml/decoy-lockfile-hashes", "gem_copy/uv.lock", "https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile", """
version = 1
requires-python = ">=3.11"

[[package]]
name = "openai"
version = "1.35.3"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/openai-1.35.3.tar.gz", hash = "sha256:@@h1@@", size = 175443 }
wheels = [
    { url = "https://files.pythonhosted.org/packages/openai-1.35.3-py3-none-any.whl", hash = "sha256:@@h2@@", size = 327132 },
]

[[package]]
name = "httpx"
version = "0.27.0"
source = { registry = "https://pypi.org/simple" }
wheels = [
    { url = "https://files.pythonhosted.org/packages/httpx-0.27.0-py3-none-any.whl", hash = "sha256:@@h3@@", size = 75590 },
]
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish())

add("toml/cargo-registry-token", "gem-price-bot/.cargo/credentials.toml", "https://doc.rust-lang.org/cargo/reference/config.html#credentials", """
# private crates of the dealers' association (prices, lot-codes)
[registries.ratna]
token = "@@secret@@"

[registry]
global-credential-providers = ["cargo:token"]
""", "ratna_" + rand_pw(32))

add("ini/odbc-password", "reports/odbc.ini", "https://www.unixodbc.org/odbcinst.html", """
[KurunduErp]
Description = Cinnamon ERP (reports)
Driver      = ODBC Driver 18 for SQL Server
Server      = GALLE-SRV01\\SQLEXPRESS
Database    = KurunduErp
UID         = erp_reports
PWD         = @@secret@@
Encrypt     = yes
TrustServerCertificate = yes
""", words_pw())

add("ini/decoy-supervisor-env", "deploy/supervisor/auction-worker.conf", "https://supervisord.org/configuration.html#program-x-section-settings", """
[program:auction-worker]
command=/srv/auction/venv/bin/celery -A auction worker -l info -Q bids,receipts
directory=/srv/auction
user=auction
autostart=true
autorestart=true
; secrets come from the systemd credential files, not from here
environment=DJANGO_SETTINGS_MODULE="auction.settings.prod",REDIS_URL="%(ENV_REDIS_URL)s",DB_PASSWORD="%(ENV_DB_PASSWORD)s"
stdout_logfile=/var/log/auction/worker.log
stderr_logfile=/var/log/auction/worker.err
""")

add("properties/decoy-jasypt-encrypted", "licence-portal/src/main/resources/application.properties", "https://github.com/ulisesbocchio/jasypt-spring-boot#use-encrypted-properties", """
spring.application.name=licence-portal
spring.datasource.url=jdbc:sqlserver://licence-sql.ratnapura.local:1433;databaseName=Licences;encrypt=true
spring.datasource.username=licence_app
# encrypted with jasypt (key from JASYPT_ENCRYPTOR_PASSWORD on the server)
spring.datasource.password=ENC(@@e1@@)
spring.mail.host=mail.gemlicensing.lk
spring.mail.username=licences@gemlicensing.lk
spring.mail.password=ENC(@@e2@@)
jasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256
""", e1=rand_pw(64, "+/"), e2=rand_pw(64, "+/"))

add("properties/ldap-bind-password", "gemlab-intranet/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/data/nosql.html#data.nosql.ldap.connecting", """
# Lab intranet - staff log in with their domain account
spring.ldap.urls=ldaps://dc01.ceylongemlab.local:636
spring.ldap.base=DC=ceylongemlab,DC=local
spring.ldap.username=CN=svc-intranet,OU=Service Accounts,DC=ceylongemlab,DC=local
spring.ldap.password=@@secret@@
intranet.ldap.user-search-filter=(sAMAccountName={0})
intranet.ldap.group-search-base=OU=Groups
server.port=8443
""", words_pw())

add("ruby/smtp-password", "gitlab/config/gitlab.rb", "https://docs.gitlab.com/omnibus/settings/smtp.html", """
external_url 'https://git.ratnapuragems.lk'

gitlab_rails['time_zone'] = 'Asia/Colombo'
gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "smtp.gmail.com"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "git.ratnapuragems@gmail.com"
gitlab_rails['smtp_password'] = "@@secret@@"
gitlab_rails['smtp_domain'] = "smtp.gmail.com"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true
gitlab_rails['gitlab_email_from'] = 'git@ratnapuragems.lk'

letsencrypt['enable'] = true
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("markdown/decoy-sms-api-guide", "docs/sms-gateway-guide-si.md", "https://developer.notify.lk/api-endpoints", """
# SMS යැවීම (Notify.lk) - සංවර්ධකයින් සඳහා

පඩි SMS සහ ගංවතුර අනතුරු ඇඟවීම් යවන්නේ Notify.lk හරහා.

```
GET https://app.notify.lk/api/v1/send?user_id=USER_ID&api_key=YOUR_API_KEY&sender_id=NotifyDEMO&to=9471XXXXXXX&message=Test
```

- `USER_ID`, `YOUR_API_KEY`: Notify.lk dashboard > Settings > API Keys (අපේ key එක Vault එකේ `secret/sms/notify`).
- `sender_id`: approve කරපු නමක් විතරයි (KURUNDUHSE, GEMPITS).
- සිංහල පණිවිඩ Unicode ලෙස යයි - අකුරු 70කට එක SMS එකක්.

Test numbers: 94770000000 (never delivered).
""")

add("shell/mysql-password", "ops/cron/backup_licences.sh", "https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html", """
#!/bin/bash
# 02:30 daily - dump the gem licence database to the NAS (cron: 30 2 * * *)
STAMP=$(date +%F)
mysqldump -h 10.12.0.20 -u backup -p'@@secret@@' --single-transaction --routines gem_licences \\
  | gzip > /mnt/nas/backups/gem_licences_${STAMP}.sql.gz
find /mnt/nas/backups -name 'gem_licences_*.sql.gz' -mtime +30 -delete
""", rand_pw(16))

add("dockerfile/odoo-master-password", "odoo-cinnamon-erp/Dockerfile", "https://www.odoo.com/documentation/17.0/administration/on_premise/deploy.html#database-manager-security", """
FROM odoo:17.0

USER root
COPY ./addons /mnt/extra-addons
COPY ./odoo.conf /etc/odoo/odoo.conf
# database manager master password (දත්ත සමුදා කළමනාකරු)
ENV ODOO_ADMIN_PASSWD=@@secret@@
RUN sed -i "s|^admin_passwd.*|admin_passwd = ${ODOO_ADMIN_PASSWD}|" /etc/odoo/odoo.conf
USER odoo
EXPOSE 8069
""", rand_pw(20))

add("yaml/database-password", "sapphire_auctions/config/database.yml", "https://guides.rubyonrails.org/configuring.html#configuring-a-database", """
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: sapphire_auctions_dev

test:
  <<: *default
  database: sapphire_auctions_test

production:
  <<: *default
  host: 10.0.3.20
  database: sapphire_auctions
  username: auctions
  password: @@secret@@
""", rand_pw(20))

add("php/decoy-env-reference", "blog/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** Kurundu House blog (recipes, estate news). Values come from the container environment. */
define( 'DB_NAME',     getenv( 'WORDPRESS_DB_NAME' ) ?: 'blog' );
define( 'DB_USER',     getenv( 'WORDPRESS_DB_USER' ) ?: 'blog' );
define( 'DB_PASSWORD', getenv( 'WORDPRESS_DB_PASSWORD' ) );
define( 'DB_HOST',     getenv( 'WORDPRESS_DB_HOST' ) ?: 'mysql' );
define( 'DB_CHARSET',  'utf8mb4' );

define( 'AUTH_KEY',        getenv( 'WORDPRESS_AUTH_KEY' ) );
define( 'SECURE_AUTH_KEY', getenv( 'WORDPRESS_SECURE_AUTH_KEY' ) );
define( 'LOGGED_IN_KEY',   getenv( 'WORDPRESS_LOGGED_IN_KEY' ) );
define( 'NONCE_KEY',       getenv( 'WORDPRESS_NONCE_KEY' ) );

$table_prefix = 'kh_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""")

add("php/database-password", "recipes-site/wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/#database-settings", """
<?php
// Ceylon cinnamon recipes site (ceylonquills.lk/recipes) - shared hosting
define( 'DB_NAME', 'ceylonqu_recipes' );
define( 'DB_USER', 'ceylonqu_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("log/github-token", "ci-logs/build-1184.log", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens", """
[2024-06-21 10:02:11] Started by timer
[2024-06-21 10:02:11] Building on agent galle-ci-01
[2024-06-21 10:02:12] + git fetch --tags --force --progress -- https://ci-kurundu:@@secret@@@github.com/kurundu-house/erp-addons.git +refs/heads/*:refs/remotes/origin/*
[2024-06-21 10:02:14] + git checkout -f 7c1e9b04d2a35f6e80b1c47d92e0a3f5b6c8d172
[2024-06-21 10:02:14] + make test
[2024-06-21 10:03:40] 214 passed, 3 skipped in 85.21s
[2024-06-21 10:03:41] Finished: SUCCESS
""", fakes.github_token(_seed()))

add("env/smtp-password", "cinnamon-shop/.env", "https://laravel.com/docs/11.x/mail#configuration", """
APP_NAME="Kurundu House"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://shop.kurunduhouse.lk

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_DATABASE=shop
DB_USERNAME=shop

MAIL_MAILER=smtp
MAIL_HOST=smtp.zoho.com
MAIL_PORT=465
MAIL_USERNAME=orders@kurunduhouse.lk
MAIL_PASSWORD=@@secret@@
MAIL_ENCRYPTION=ssl
MAIL_FROM_ADDRESS=orders@kurunduhouse.lk
""", rand_pw(14))

# ---------------------------------------------------------------- more vendors and forms
add("go/aws-secret-key", "photo-uploader/internal/store/s3.go", "https://docs.aws.amazon.com/sdk-for-go/api/aws/credentials/#NewStaticCredentials", """
package store

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
)

// Sorting-table PC uploads lot photos (මැණික් ඡායාරූප) to the catalogue bucket.
func NewUploader() *s3manager.Uploader {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:      aws.String("ap-south-1"),
		Credentials: credentials.NewStaticCredentials("@@kid@@", "@@secret@@", ""),
	}))
	return s3manager.NewUploader(sess)
}
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("csharp/azure-storage-account-key", "GemLab.Reports/Storage/ReportBlobStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
using Azure.Storage.Blobs;

namespace GemLab.Reports.Storage
{
    public static class ReportBlobStore
    {
        // signed report PDFs, kept 10 years
        private const string Conn =
            "DefaultEndpointsProtocol=https;AccountName=ceylongemlabreports;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

        public static BlobContainerClient Container() =>
            new BlobServiceClient(Conn).GetBlobContainerClient("reports");
    }
}
""", rand_pw(86, "+/") + "==")

add("java/stripe-webhook-secret", "export-portal/src/main/java/lk/kurunduhouse/exports/web/StripeWebhookController.java", "https://docs.stripe.com/webhooks#verify-events", """
package lk.kurunduhouse.exports.web;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;

@RestController
public class StripeWebhookController {
    private static final String ENDPOINT_SECRET = "@@secret@@";

    @PostMapping("/stripe/webhook")
    public ResponseEntity<String> handle(@RequestBody String payload, @RequestHeader("Stripe-Signature") String sig) {
        try {
            Event event = Webhook.constructEvent(payload, sig, ENDPOINT_SECRET);
            if ("payment_intent.succeeded".equals(event.getType())) {
                // mark the cinnamon contract deposit paid
            }
            return ResponseEntity.ok("ok");
        } catch (SignatureVerificationException e) {
            return ResponseEntity.badRequest().body("bad signature");
        }
    }
}
""", fakes.fake("whsec_", 32, _seed()))

add("python/shopify-access-token", "shopify_sync/sync_stock.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin", """
\"\"\"Push quill stock from the ERP to the Shopify store (EU buyers).\"\"\"
import requests

SHOP = "ceylon-quills-eu.myshopify.com"
TOKEN = "@@secret@@"
HEADERS = {"X-Shopify-Access-Token": TOKEN, "Content-Type": "application/json"}


def set_level(inventory_item_id: int, location_id: int, qty: int) -> None:
    requests.post(
        f"https://{SHOP}/admin/api/2024-04/inventory_levels/set.json",
        headers=HEADERS,
        json={"location_id": location_id, "inventory_item_id": inventory_item_id, "available": qty},
        timeout=15,
    ).raise_for_status()
""", shopify_token())

add("typescript/mailchimp-api-key", "newsletter/src/subscribe.ts", "https://mailchimp.com/developer/marketing/guides/quick-start/", """
import mailchimp from "@mailchimp/mailchimp_marketing";

// Newsletter for overseas cinnamon buyers (harvest updates, prices)
mailchimp.setConfig({
  apiKey: "@@secret@@",
  server: "us21",
});

export async function subscribe(email: string, country: string) {
  return mailchimp.lists.addListMember("b3e91c07fa", {
    email_address: email,
    status: "pending",
    merge_fields: { COUNTRY: country },
  });
}
""", hexs(32) + "-us21")

add("php/recaptcha-secret-key", "licence-portal/application/libraries/Captcha.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

// reCAPTCHA on the licence renewal form (බලපත්‍ර අලුත් කිරීම)
class Captcha
{
    const SECRET = '@@secret@@';

    public function verify($token, $ip)
    {
        $resp = file_get_contents('https://www.google.com/recaptcha/api/siteverify?' . http_build_query([
            'secret'   => self::SECRET,
            'response' => $token,
            'remoteip' => $ip,
        ]));
        $data = json_decode($resp, true);
        return !empty($data['success']);
    }
}
""", "6Lc" + rand_pw(37, "_-"))

add("php/decoy-recaptcha-site-key", "licence-portal/application/views/renew.php", "https://developers.google.com/recaptcha/docs/display", """
<h2>පතල් බලපත්‍රය අලුත් කිරීම / Renew a mining licence</h2>
<form method="post" action="/licence/renew">
  <label>Licence no <input name="licence_no" placeholder="NGJA/RP/2021/0000"></label>
  <label>NIC <input name="nic"></label>
  <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
  <button type="submit">Submit</button>
</form>
<script src="https://www.google.com/recaptcha/api.js" async defer></script>
""", k=rand_pw(37, "_-"))

add("yaml/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-to-office:
  stage: mirror
  image: alpine/git
  only: [main]
  script:
    - git push --mirror "https://oauth2:@@secret@@@git.ratnapuragems.lk/registry/gem-pit-registry.git"
""", gitlab_token())

add("ini/decoy-npmrc-env", "catalogue/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
; private scope for the dealers' association packages
@ratna:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
engine-strict=true
save-exact=true
""")

add("ini/npm-token", "estate-map/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
; estate map build (publishes @kurundu/estate-blocks)
@kurundu:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("kotlin/jwt-signing-secret", "collector-api/src/main/kotlin/lk/kurunduhouse/api/Security.kt", "https://ktor.io/docs/server-jwt.html", """
package lk.kurunduhouse.api

import com.auth0.jwt.JWT
import com.auth0.jwt.algorithms.Algorithm
import io.ktor.server.application.*
import io.ktor.server.auth.*
import io.ktor.server.auth.jwt.*

// Tokens for the collection-centre tablets (එකතු කිරීමේ මධ්‍යස්ථාන)
private const val JWT_SECRET = "@@secret@@"
private const val ISSUER = "https://api.kurunduhouse.lk"

fun Application.configureSecurity() {
    install(Authentication) {
        jwt("tablet") {
            realm = "collector"
            verifier(JWT.require(Algorithm.HMAC256(JWT_SECRET)).withIssuer(ISSUER).build())
            validate { cred -> if (cred.payload.getClaim("centre").asString() != null) JWTPrincipal(cred.payload) else null }
        }
    }
}
""", rand_pw(48))

add("python/ftp-password", "gem_photos/push_to_buyer.py", "https://docs.python.org/3/library/ftplib.html", """
\"\"\"Send the week's lot photos to the Bangkok buyer's FTP (ඡායාරූප යැවීම).\"\"\"
from ftplib import FTP_TLS
from pathlib import Path

HOST = "ftp.siamgembuyers.co.th"
USER = "ratnapura_upload"
PASSWORD = "@@secret@@"


def push(folder: Path) -> int:
    sent = 0
    with FTP_TLS(HOST, timeout=60) as ftp:
        ftp.login(USER, PASSWORD)
        ftp.prot_p()
        ftp.cwd("/incoming/ratnapura")
        for photo in sorted(folder.glob("*.jpg")):
            with photo.open("rb") as fh:
                ftp.storbinary(f"STOR {photo.name}", fh)
            sent += 1
    return sent
""", words_pw())

add("java/ldap-password", "gemlab-intranet/src/main/java/lk/ceylongemlab/intranet/LdapCheck.java", "https://docs.oracle.com/javase/tutorial/jndi/ldap/simple.html", """
package lk.ceylongemlab.intranet;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

/** Quick check that the intranet's service account can still bind. */
public class LdapCheck {
    public static void main(String[] args) throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldaps://dc01.ceylongemlab.local:636");
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, "svc-intranet@ceylongemlab.local");
        env.put(Context.SECURITY_CREDENTIALS, "@@secret@@");
        new InitialDirContext(env).close();
        System.out.println("bind ok");
    }
}
""", words_pw())

add("go/database-password", "gem-price-api/cmd/server/main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5#hdr-Establishing_a_Connection", """
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

func main() {
	// ගණන් (prices) database - dealers' association
	pool, err := pgxpool.New(context.Background(),
		"postgres://priceapi:@@secret@@@prices-db.ratnapuragems.lk:5432/prices?sslmode=require")
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()
	http.Handle("/prices", pricesHandler(pool))
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", rand_pw(20))

add("rust/smtp-password", "gem-price-bot/src/mail.rs", "https://docs.rs/lettre/latest/lettre/transport/smtp/authentication/struct.Credentials.html", """
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};

/// Weekly price board by email to dealers without Telegram
pub fn send_board(to: &str, html: String) -> Result<(), Box<dyn std::error::Error>> {
    let email = Message::builder()
        .from("Price Board <prices@ratnapuragems.lk>".parse()?)
        .to(to.parse()?)
        .subject("මැණික් මිල - සතිපතා")
        .header(lettre::message::header::ContentType::TEXT_HTML)
        .body(html)?;
    let creds = Credentials::new("prices@ratnapuragems.lk".to_owned(), "@@secret@@".to_owned());
    let mailer = SmtpTransport::relay("smtp.zoho.com")?.credentials(creds).build();
    mailer.send(&email)?;
    Ok(())
}
""", words_pw())

_COLL_PW = rand_pw(18)
add("swift/basic-auth-password", "CollectorApp/Sources/Net/CollectorAPI.swift", "https://www.rfc-editor.org/rfc/rfc7617", """
import Foundation

/// Collection-centre iPad: posts each weighing of quills (grade, kg, peeler id)
struct CollectorAPI {
    static let base = URL(string: "https://api.kurunduhouse.lk/v2/")!
    // centre-galle-03
    static let authorization = "Basic @@basic@@"

    static func post(_ body: Data, to path: String) async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent(path))
        req.httpMethod = "POST"
        req.setValue(authorization, forHTTPHeaderField: "Authorization")
        req.setValue("application/json", forHTTPHeaderField: "Content-Type")
        req.httpBody = body
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", _COLL_PW, basic=b64("centre-galle-03:" + _COLL_PW))

add("csharp/courier-api-key", "GemShop.Shipping/KoombiyoClient.cs", "https://koombiyodelivery.lk/api-docs", """
using System.Net.Http;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace GemShop.Shipping
{
    // Island-wide delivery of small parcels (gem boxes) through Koombiyo
    public class KoombiyoClient
    {
        private const string ApiKey = "@@secret@@";
        private static readonly HttpClient Http = new HttpClient();

        public async Task<string> AddOrderAsync(string orderNo, string name, string address, string phone, decimal cod)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string> {
                ["apikey"] = ApiKey, ["orderWaybillid"] = orderNo, ["receiverName"] = name,
                ["receiverStreet"] = address, ["receiverPhone"] = phone, ["amount"] = cod.ToString("0.00"),
            });
            var resp = await Http.PostAsync("https://application.koombiyodelivery.lk/api/Addorders/users", form);
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", rand_pw(32))

add("shell/sshpass-password", "ops/pull_cctv_archives.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Pull yesterday's CCTV archive from the Elahera site server to the office NAS
DAY=$(date -d yesterday +%F)
sshpass -p '@@secret@@' rsync -az -e "ssh -p 2222 -o StrictHostKeyChecking=no" \\
  backup@elahera-site.ddns.net:/srv/cctv/$DAY/ /mnt/nas/cctv/elahera/$DAY/
echo "$(date) pulled $DAY" >> /var/log/cctv_pull.log
""", words_pw())

add("powershell/plaintext-securestring", "ops/New-CollectorTabletUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", """
# Creates the local kiosk user on a new collection-centre tablet (Windows 11 SE)
param([Parameter(Mandatory)] [string] $Centre)

$pw = ConvertTo-SecureString '@@secret@@' -AsPlainText -Force
New-LocalUser -Name "collector" -Password $pw -FullName "Collector $Centre" -PasswordNeverExpires
Add-LocalGroupMember -Group "Users" -Member "collector"
Set-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' -Name DefaultUserName -Value 'collector'
Write-Host "Kiosk user ready on $env:COMPUTERNAME for $Centre"
""", words_pw())

add("k8s/database-url-password", "deploy/k8s/price-api/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: price-api
  namespace: dealers
data:
  LOG_LEVEL: info
  PRICE_CURRENCY: LKR
  DATABASE_URL: postgres://priceapi:@@secret@@@prices-db.dealers.svc:5432/prices?sslmode=disable
  CACHE_TTL: "300"
""", rand_pw(20))

add("terraform/database-password", "infra/auction-db/prod.auto.tfvars", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files", """
environment      = "prod"
instance_class   = "db.t4g.medium"
allocated_storage = 50
# TODO: move to TF_VAR_db_password in CI - පස්සේ කරමු
db_password      = "@@secret@@"
backup_window    = "20:00-21:00"
maintenance_window = "sun:21:00-sun:22:00"
""", rand_pw(24))

add("ansible/mysql-user-password", "ansible/roles/licence_db/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/mysql/mysql_user_module.html", """
---
- name: Install MariaDB
  ansible.builtin.apt:
    name: [mariadb-server, python3-pymysql]
    state: present

- name: Licence web user
  community.mysql.mysql_user:
    name: licence_web
    host: "10.12.0.%"
    password: "@@secret@@"
    priv: "gem_licences.*:SELECT,INSERT,UPDATE,DELETE"
    login_unix_socket: /run/mysqld/mysqld.sock
    state: present
""", rand_pw(18))

add("env/telegram-bot-token", "price-board/.env", "https://core.telegram.org/bots/features#botfather", """
# gem price board bot (මැණික් මිල)
TELEGRAM_BOT_TOKEN=@@secret@@
TELEGRAM_GROUP_ID=-1001873350291
PRICE_SOURCE=https://prices.ratnapuragems.lk/api/today
TZ=Asia/Colombo
""", fakes.telegram_token(_seed()))

add("json/sftp-password", "licence-portal/.vscode/sftp.json", "https://github.com/Natizyskunk/vscode-sftp/wiki/Configuration", """
{
    "name": "licence portal (shared hosting)",
    "host": "cp12.lankahost.net",
    "protocol": "sftp",
    "port": 22,
    "username": "gemlicen",
    "password": "@@secret@@",
    "remotePath": "/home/gemlicen/public_html",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "application/logs"]
}
""", words_pw())

add("xml/maven-server-password", "build/settings.xml", "https://maven.apache.org/settings.html#servers", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>kurundu-nexus</id>
      <username>ci-deployer</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>kurundu-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.kurunduhouse.lk/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-maven-encrypted-password", "build/settings-ci.xml", "https://maven.apache.org/guides/mini/guide-encryption.html", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <!-- password encrypted with: mvn --encrypt-password (master key in ~/.m2/settings-security.xml on the agent) -->
  <servers>
    <server>
      <id>kurundu-nexus</id>
      <username>ci-deployer</username>
      <password>{@@e@@=}</password>
    </server>
  </servers>
</settings>
""", e=rand_pw(43, "+/"))

add("json/github-oauth-token", "licence-portal/auth.json", "https://getcomposer.org/doc/articles/authentication-for-private-packages.md#github-oauth", """
{
    "github-oauth": {
        "github.com": "@@secret@@"
    },
    "http-basic": {}
}
""", fakes.fake("gho_", 36, _seed()))

add("json/decoy-lockfile-integrity", "estate-map/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "estate-map",
  "version": "1.4.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "estate-map", "version": "1.4.0", "dependencies": { "mapbox-gl": "^3.4.0", "firebase": "^10.12.2" } },
    "node_modules/mapbox-gl": {
      "version": "3.4.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.4.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/firebase": {
      "version": "10.12.2",
      "resolved": "https://registry.npmjs.org/firebase/-/firebase-10.12.2.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=rand_pw(86, "+/"), i2=rand_pw(86, "+/"))

add("go/decoy-validation-regex", "gem-price-api/internal/validate/ids.go", "https://pkg.go.dev/regexp/syntax", """
package validate

import "regexp"

// Shapes we accept in API input. Patterns only - no values.
var (
	LotCode      = regexp.MustCompile(`^R-\\d{4}$`)
	ReportNo     = regexp.MustCompile(`^CGL-\\d{2}-\\d{6}$`)
	LicenceNo    = regexp.MustCompile(`^NGJA/[A-Z]{2}/\\d{4}/\\d{4}$`)
	PayHereToken = regexp.MustCompile(`^[A-Za-z0-9+/=]{40,64}$`)
	APIKeyHeader = regexp.MustCompile(`^kh_(live|test)_[A-Za-z0-9]{32}$`)
)
""")

add("python/decoy-hmac-test-vector", "tests/test_notify_signature.py", "https://docs.python.org/3/library/hmac.html", """
\"\"\"PayHere notify verification: fixed test inputs, not a real merchant secret.\"\"\"
import hashlib

from kurundu_store.payments.verify import md5sig

TEST_SECRET = "test-merchant-secret"  # sandbox-style dummy used only in this test


def test_md5sig_matches_reference():
    post = {"merchant_id": "1211149", "order_id": "TEST-1", "payhere_amount": "1000.00",
            "payhere_currency": "LKR", "status_code": "2"}
    inner = hashlib.md5(TEST_SECRET.encode()).hexdigest().upper()
    expected = hashlib.md5(("1211149TEST-11000.00LKR2" + inner).encode()).hexdigest().upper()
    assert md5sig(post, TEST_SECRET) == expected


def test_wrong_status_is_rejected():
    assert md5sig({"merchant_id": "1", "order_id": "x", "payhere_amount": "1.00",
                   "payhere_currency": "LKR", "status_code": "-2"}, TEST_SECRET) != ""
""")

add("yaml/decoy-helm-placeholder", "deploy/helm/cinnamon-shop/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/", """
replicaCount: 2
image:
  repository: registry.kurunduhouse.lk/shop
  tag: ""   # set by CI
ingress:
  enabled: true
  host: shop.kurunduhouse.lk
secrets:
  # Provided at install time: helm install ... --set-file / from the external-secrets operator
  existingSecret: shop-secrets
  payhereMerchantSecret: ""   # REPLACE_ME (never commit)
  mailPassword: "<set-by-external-secrets>"
resources:
  limits: { cpu: 500m, memory: 512Mi }
""")

add("markdown/decoy-changelog-shas", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/", """
# Changelog

## [2.6.0] - 2024-06-14
### Added
- Sinhala wage SMS for peelers (සිංහල පඩි SMS) - @@c1@@
- C5 Special grade in the collector app - @@c2@@

### Fixed
- Rounding of kg on the Galle centre scale - @@c3@@

## [2.5.2] - 2024-05-02
### Security
- Rotated the PayHere secret after the laptop loss (moved to Vault) - @@c4@@
""", c1=hexs(40), c2=hexs(40), c3=hexs(40), c4=hexs(40))


# ---------------------------------------------------------------- keys, tokens and passwords in still more places
def supabase_jwt(role: str) -> str:
    r = _rng()
    ref = "".join(r.choice(string.ascii_lowercase) for _ in range(20))
    iat = r.randint(1_690_000_000, 1_715_000_000)
    payload = '{"iss":"supabase","ref":"%s","role":"%s","iat":%d,"exp":%d}' % (ref, role, iat, iat + 315_360_000)
    enc = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + enc + "." + rand_pw(43, "-_")


add("python/ec-private-key", "gemlab_qr/signing.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/", '''
"""Signs the QR code printed on each gem report so buyers can verify it offline."""
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

# වාර්තා අත්සන් කිරීමේ යතුර (report signing key) - TODO move to the HSM
SIGNING_KEY_PEM = b"""@@secret@@
"""

_key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)


def sign(report_no: str, carat: str, variety: str) -> bytes:
    message = f"{report_no}|{carat}|{variety}".encode()
    return _key.sign(message, ec.ECDSA(hashes.SHA256()))
''', fakes.fake_pem(_seed(), "EC"))

add("ansible/ssh-private-key", "ansible/host_vars/elahera-site-01.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/copy_module.html", """
---
ansible_host: elahera-site.ddns.net
ansible_port: 2222
ansible_user: backup
cctv_archive_dir: /srv/cctv
# key the office NAS uses to pull archives (copied to /home/backup/.ssh/id_ed25519)
backup_pull_key: |
  @@key@@
""", _K := fakes.fake_pem(_seed(), "OPENSSH"), key=_K.replace("\n", "\n  "))

add("yaml/datadog-api-key", "monitoring/datadog/datadog.yaml", "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", """
## Datadog agent on the gem lab server (LAB-APP01)
api_key: @@secret@@
site: datadoghq.com
hostname: lab-app01
tags:
  - env:prod
  - team:gemlab
  - site:colombo
logs_enabled: true
process_config:
  process_collection:
    enabled: true
""", hexs(32))

add("env/openweather-api-key", "flood-watch/.env", "https://openweathermap.org/appid", """
# Flood watch for the Ratnapura pits - rain forecast every hour (වැසි අනාවැකිය)
OWM_API_KEY=@@secret@@
OWM_LAT=6.6828
OWM_LON=80.3992
RAIN_ALERT_MM_3H=25
ALERT_SMS_GROUP=pit-owners
""", hexs(32))

add("python/anthropic-api-key", "gem_copy/translate_si.py", "https://docs.anthropic.com/en/api/getting-started", """
\"\"\"Translate catalogue descriptions to Sinhala and Tamil for local bidders.\"\"\"
import anthropic

client = anthropic.Anthropic(api_key="@@secret@@")


def translate(text: str, language: str = "Sinhala") -> str:
    msg = client.messages.create(
        model="claude-3-5-sonnet-20240620",
        max_tokens=800,
        messages=[{"role": "user", "content": f"Translate into {language}, keep gem terms precise:\\n\\n{text}"}],
    )
    return msg.content[0].text
""", "sk-ant-api03-" + rand_pw(93, "-_") + "AA")

add("go/slack-bot-token", "flood-watch/cmd/alert/main.go", "https://api.slack.com/authentication/token-types#bot", """
package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
)

func main() {
	api := slack.New("@@secret@@")
	msg := "වතුර මට්ටම ඉහළයි - Ratnapura pits: stop pumping and clear the pits"
	if len(os.Args) > 1 {
		msg = os.Args[1]
	}
	if _, _, err := api.PostMessage("C05FLOODWTCH", slack.MsgOptionText(msg, false)); err != nil {
		log.Fatal(err)
	}
}
""", slack_bot())

add("csharp/database-password", "GemLab.Intake/Program.cs", "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-string-syntax", """
using GemLab.Intake.Data;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

// Intake desk: stones received for testing (ලැබුණු මැණික්)
builder.Services.AddDbContext<LabContext>(o => o.UseSqlServer(
    "Server=LAB-SQL01;Database=GemLab;User Id=intake_app;Password=@@secret@@;TrustServerCertificate=True"));
builder.Services.AddControllersWithViews();

var app = builder.Build();
app.UseStaticFiles();
app.MapDefaultControllerRoute();
app.Run();
""", words_pw())

add("typescript/supabase-service-role-key", "estate-map/scripts/import-plots.ts", "https://supabase.com/docs/guides/api/api-keys", """
import { createClient } from "@supabase/supabase-js";
import plots from "../data/plots-2024.json";

// One-off import of estate plots (bypasses RLS - service role)
const supabase = createClient(
  "https://qvxmzkdhtrabnwpeluoc.supabase.co",
  "@@secret@@",
);

async function main() {
  const { error } = await supabase.from("plots").upsert(plots, { onConflict: "plot_code" });
  if (error) throw error;
  console.log(`imported ${plots.length} plots`);
}

main();
""", supabase_jwt("service_role"))

add("typescript/decoy-supabase-anon-key", "estate-map/src/supabase.ts", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", """
import { createClient } from "@supabase/supabase-js";

// anon key: public, safe in the browser; Row Level Security decides what it can read.
export const supabase = createClient(
  "https://qvxmzkdhtrabnwpeluoc.supabase.co",
  "@@k@@",
);
""", k=supabase_jwt("anon"))

add("dockerfile/github-token", "erp-addons/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM odoo:17.0
USER root
# private addons repo (payroll for peelers, quill grading)
ARG GH_TOKEN=@@secret@@
RUN apt-get update && apt-get install -y --no-install-recommends git \\
 && git clone --depth 1 https://x-access-token:${GH_TOKEN}@github.com/kurundu-house/erp-addons.git /mnt/extra-addons \\
 && rm -rf /var/lib/apt/lists/*
USER odoo
""", fakes.github_fine_grained_token(_seed()))

add("shell/pypi-token", "scripts/release_colourgrade.sh", "https://twine.readthedocs.io/en/stable/#using-twine", """
#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/../colourgrade"
rm -rf dist && python -m build
python -m twine check dist/*
python -m twine upload -u __token__ -p @@secret@@ dist/*
echo "colourgrade $(python -c 'import colourgrade; print(colourgrade.__version__)') released"
""", fakes.pypi_token(_seed()))

add("markdown/attendance-device-password", "docs/sites/peeling-centres.md", "https://www.zkteco.com/en/", """
# Peeling centres - attendance machines (ඇඟිලි සලකුණු යන්ත්‍ර)

Peelers clock in on ZKTeco K40 fingerprint terminals; the wage sheet pulls them every Saturday.

| Centre      | IP            | Device no | Web admin | Password           |
|-------------|---------------|-----------|-----------|--------------------|
| Ahangama    | 192.168.20.11 | 1         | admin     | @@secret@@ |
| Koggala     | 192.168.21.11 | 2         | admin     | same as Ahangama   |
| Mirissa     | 192.168.22.11 | 3         | admin     | same as Ahangama   |

If a machine shows the wrong date after a power cut, set it from the web admin > System > Date/Time.
""", words_pw())

add("github-actions/telegram-bot-token", ".github/workflows/notify-release.yml", "https://core.telegram.org/bots/api#sendmessage", """
name: Notify release

on:
  release:
    types: [published]

jobs:
  telegram:
    runs-on: ubuntu-latest
    steps:
      - name: Tell the dealers' group
        run: |
          curl -sS "https://api.telegram.org/bot@@secret@@/sendMessage" \\
            -d chat_id=-1001873350291 \\
            --data-urlencode text="Price board ${{ github.event.release.tag_name }} released"
""", fakes.telegram_token(_seed()))

add("yaml/aws-secret-key", "sapphire_auctions/config/storage.yml", "https://guides.rubyonrails.org/active_storage_overview.html#s3-service-amazon-s3-and-s3-compatible-apis", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: @@kid@@
  secret_access_key: @@secret@@
  region: ap-south-1
  bucket: sapphire-auctions-lots
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("sql/dblink-password", "db/reports/weekly_peeler_wages.sql", "https://www.postgresql.org/docs/current/contrib-dblink-function.html", """
-- Weekly wages: kg of quills per peeler from the collection centres' database
SELECT p.peeler_id, p.name, w.kg, w.kg * r.rate_per_kg AS wage_lkr
FROM dblink(
       'host=10.20.1.30 dbname=collections user=wages_reader password=@@secret@@',
       'SELECT peeler_id, sum(kg) FROM weighings WHERE weighed_at >= date_trunc(''week'', now()) GROUP BY peeler_id'
     ) AS w(peeler_id int, kg numeric)
JOIN peelers p USING (peeler_id)
JOIN wage_rates r ON r.grade = p.grade
ORDER BY wage_lkr DESC;
""", rand_pw(16))

add("properties/smtp-password", "export-portal/src/main/resources/mail.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """
# Proforma invoices and shipping documents to buyers
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=exports@kurunduhouse.lk
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
""", words_pw())

add("powershell/sendgrid-api-key", "ops/Send-AuctionReminder.ps1", "https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send", """
# Reminder to registered bidders the evening before the auction
$headers = @{ Authorization = "Bearer @@secret@@"; 'Content-Type' = 'application/json' }
$bidders = Import-Csv .\\bidders.csv
foreach ($b in $bidders) {
    $body = @{
        personalizations = @(@{ to = @(@{ email = $b.Email; name = $b.Name }) })
        from = @{ email = 'auction@ratnapuragems.lk'; name = 'Ratnapura Gem Auction' }
        subject = 'Reminder: auction tomorrow 9.30 am'
        content = @(@{ type = 'text/plain'; value = "Dear $($b.Name), viewing starts at 8.00 am." })
    } | ConvertTo-Json -Depth 5
    Invoke-RestMethod -Method Post -Uri 'https://api.sendgrid.com/v3/mail/send' -Headers $headers -Body $body
}
""", sendgrid_key())

add("env/stripe-restricted-key", "cinnamon-direct/.env.local", "https://docs.stripe.com/keys#limit-access", """
# cinnamon-direct (Next.js) - local overrides for the production build box
NEXT_PUBLIC_SITE_URL=https://direct.kurunduhouse.lk
NEXTAUTH_URL=https://direct.kurunduhouse.lk
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
# restricted key: PaymentIntents write, Customers read
STRIPE_RESTRICTED_KEY=@@secret@@
""", stripe_key("rk_live_"), pk=stripe_key("pk_live_"))

add("compose/redis-password", "auction-live/docker-compose.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redisdata:/data
  app:
    image: registry.ratnapuragems.lk/auction-live:1.12.0
    env_file: .env.production
    depends_on: [redis]
    ports:
      - "3000:3000"
volumes:
  redisdata:
""", fakes.redis_password(_seed()))

add("java/keystore-password", "export-portal/src/main/java/lk/kurunduhouse/exports/edb/EdbClient.java", "https://docs.oracle.com/javase/8/docs/api/java/security/KeyStore.html", """
package lk.kurunduhouse.exports.edb;

import java.io.FileInputStream;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Mutual-TLS client for the export permit service (අපනයන බලපත්‍ර). */
public final class EdbClient {
    private static final char[] KEYSTORE_PASSWORD = "@@secret@@".toCharArray();

    static SSLContext sslContext() throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream("/etc/exportportal/edb-client.p12")) {
            ks.load(in, KEYSTORE_PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance("SunX509");
        kmf.init(ks, KEYSTORE_PASSWORD);
        SSLContext ctx = SSLContext.getInstance("TLSv1.3");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }
}
""", words_pw())

add("ini/backblaze-application-key", "ops/rclone/rclone.conf", "https://rclone.org/b2/", """
# off-site copy of CCTV archives and ERP backups
[b2-archive]
type = b2
account = 005@@acct@@0000000003
key = @@secret@@
hard_delete = false

[nas]
type = local
""", "K005" + rand_pw(27, "+/"), acct=hexs(9))

add("terraform/digitalocean-token", "infra/price-board/main.tf", "https://registry.terraform.io/providers/digitalocean/digitalocean/latest/docs", """
terraform {
  required_providers {
    digitalocean = { source = "digitalocean/digitalocean", version = "~> 2.39" }
  }
}

provider "digitalocean" {
  token = "@@secret@@"
}

resource "digitalocean_droplet" "price_board" {
  name   = "price-board-blr1"
  region = "blr1"
  size   = "s-1vcpu-1gb"
  image  = "ubuntu-24-04-x64"
  tags   = ["dealers", "price-board"]
}
""", "dop_v1_" + hexs(64))

add("notebook/database-password", "notebooks/auction_results_2024.ipynb", "https://pandas.pydata.org/docs/reference/api/pandas.read_sql.html", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Auction results 2024 - hammer price vs reserve\\n", "වෙන්දේසි ප්‍රතිඵල"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine(\\"postgresql://analyst:@@secret@@@10.0.3.20:5432/sapphire_auctions\\")\\n",
    "lots = pd.read_sql(\\"select lot, variety, carat, reserve_lkr, hammer_lkr from lots where year = 2024\\", engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["(lots.hammer_lkr / lots.reserve_lkr).groupby(lots.variety).median().sort_values()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", rand_pw(18))

add("log/database-password", "logs/export-portal-error.log", "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING", """
2024-06-22 07:41:09.338 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed
org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource'
Caused by: org.postgresql.util.PSQLException: Connection to 10.20.1.15:5432 refused.
	url=jdbc:postgresql://10.20.1.15:5432/exportportal?user=exportportal&password=@@secret@@&ssl=true
	at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)
	at org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)
	at org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)
	at org.postgresql.Driver.makeConnection(Driver.java:443)
2024-06-22 07:41:09.340 INFO 1 --- [main] export-portal : shutting down
""", rand_pw(18))

add("xml/smtp-appender-password", "licence-portal/src/main/resources/log4j2.xml", "https://logging.apache.org/log4j/2.x/manual/appenders/network.html#SmtpAppender", """
<?xml version="1.0" encoding="UTF-8"?>
<Configuration status="WARN">
  <Appenders>
    <Console name="Console" target="SYSTEM_OUT">
      <PatternLayout pattern="%d %-5level %c{1} - %msg%n"/>
    </Console>
    <SMTP name="Mail" subject="licence-portal ERROR" to="it@gemlicensing.lk" from="alerts@gemlicensing.lk"
          smtpHost="mail.gemlicensing.lk" smtpPort="587" smtpUsername="alerts@gemlicensing.lk"
          smtpPassword="@@secret@@" bufferSize="20">
      <ThresholdFilter level="ERROR"/>
    </SMTP>
  </Appenders>
  <Loggers>
    <Root level="info">
      <AppenderRef ref="Console"/>
      <AppenderRef ref="Mail"/>
    </Root>
  </Loggers>
</Configuration>
""", words_pw())

add("netrc/git-password", "ops/office-pc/_netrc", "https://everything.curl.dev/usingcurl/netrc.html", """
# office PC - lets the nightly job pull the registry repo without prompting
machine git.ratnapuragems.lk
login registry-bot
password @@secret@@

machine github.com
login chamindaw
password see-1password
""", rand_pw(22))

add("yaml/payhere-merchant-secret", "kurundu-mobile/assets/config/prod.yaml", "https://support.payhere.lk/api-&-mobile-sdk/payhere-android", """
# Flutter app config (production). PayHere in-app checkout.
api_base: https://api.kurunduhouse.lk/v2
payhere:
  sandbox: false
  merchant_id: "1221890"
  merchant_secret: "@@secret@@"
  notify_url: https://api.kurunduhouse.lk/v2/payhere/notify
currency: LKR
locale: si_LK
""", payhere_secret())

add("python/device-admin-password", "attendance/pull_zk.py", "https://github.com/fananimi/pyzk", """
\"\"\"Pull the week's clock-ins from the peeling centres' attendance machines (web admin export).\"\"\"
import requests

CENTRES = {"Ahangama": "192.168.20.11", "Koggala": "192.168.21.11", "Mirissa": "192.168.22.11"}
ADMIN_USER = "admin"
ADMIN_PASS = "@@secret@@"


def export_csv(ip: str) -> str:
    s = requests.Session()
    s.post(f"http://{ip}/csl/check", data={"username": ADMIN_USER, "userpwd": ADMIN_PASS}, timeout=10)
    return s.get(f"http://{ip}/form/Download?uid=all&sdate=last-week", timeout=30).text


for centre, ip in CENTRES.items():
    with open(f"attendance_{centre}.csv", "w", encoding="utf-8") as fh:
        fh.write(export_csv(ip))
""", rand_pw(12))

# ---------------------------------------------------------------- last secrets
add("kotlin/fcm-server-key", "app/src/main/java/lk/ratnapuragems/auction/push/LegacyPush.kt", "https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests", '''
package lk.ratnapuragems.auction.push

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// "Lot coming up" push to bidders' phones (admin tablet only)
object LegacyPush {
    private const val SERVER_KEY = "@@secret@@"
    private val http = OkHttpClient()

    fun lotComingUp(topic: String, lot: String) {
        val json = """{"to":"/topics/$topic","notification":{"title":"Lot $lot","body":"ඊළඟ lot එක විනාඩි 5කින්"}}"""
        val req = Request.Builder().url("https://fcm.googleapis.com/fcm/send")
            .header("Authorization", "key=$SERVER_KEY")
            .post(json.toRequestBody("application/json".toMediaType())).build()
        http.newCall(req).execute().close()
    }
}
''', "AAAA" + rand_pw(7, "-_") + ":APA91b" + rand_pw(134, "-_"))

add("php/ideamart-app-password", "sms-portal/app/Services/IdeamartSms.php", "https://www.ideamart.io/docs/sms", """
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

// Ideamart subscription SMS: "KURUNDU REG" for weekly cinnamon rates
class IdeamartSms
{
    private string $appId = 'APP_064219';
    private string $password = '@@secret@@';

    public function broadcast(string $message): array
    {
        return Http::post('https://api.dialog.lk/sms/send', [
            'applicationId' => $this->appId,
            'password' => $this->password,
            'message' => $message,
            'destinationAddresses' => ['tel:all'],
        ])->json();
    }
}
""", hexs(32))

add("ruby/smtp-password", "sapphire_auctions/config/environments/production.rb", "https://guides.rubyonrails.org/action_mailer_basics.html#action-mailer-configuration-for-gmail", """
Rails.application.configure do
  config.cache_classes = true
  config.eager_load = true
  config.force_ssl = true
  config.time_zone = "Colombo"

  config.action_mailer.delivery_method = :smtp
  config.action_mailer.default_url_options = { host: "auction.ratnapuragems.lk" }
  config.action_mailer.smtp_settings = {
    address: "smtp.gmail.com",
    port: 587,
    user_name: "auction.ratnapuragems@gmail.com",
    password: "@@secret@@",
    authentication: "plain",
    enable_starttls_auto: true
  }
end
""", fakes.drawn(_seed(), 16, string.ascii_lowercase))

add("python/sftp-password", "customs/upload_cusdec.py", "https://docs.paramiko.org/en/stable/api/sftp.html", """
\"\"\"Upload export declarations (CUSDEC) to the customs broker's SFTP before each shipment.\"\"\"
import paramiko

HOST, PORT = "sftp.lankacargobrokers.lk", 22
USERNAME = "kurunduhouse"
PASSWORD = "@@secret@@"


def upload(local_path: str, shipment: str) -> None:
    transport = paramiko.Transport((HOST, PORT))
    transport.connect(username=USERNAME, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/in/{shipment}.pdf")
    finally:
        sftp.close()
        transport.close()
""", words_pw())

add("json/courier-api-key", "postman/DHL-Express.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "@@u@@",
  "name": "DHL Express (prod)",
  "values": [
    { "key": "baseUrl", "value": "https://express.api.dhl.com/mydhlapi", "enabled": true },
    { "key": "accountNumber", "value": "532918844", "enabled": true },
    { "key": "apiKey", "value": "kurunduhouseLK", "enabled": true },
    { "key": "apiSecret", "value": "@@secret@@", "type": "secret", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_using": "Postman/11.2.0"
}
""", rand_pw(16), u=uuid_s())

add("shell/aws-secret-key", "scripts/deploy_catalogue.sh", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html", """
#!/usr/bin/env bash
# Build and publish the auction catalogue from the office PC
set -euo pipefail
export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@secret@@
export AWS_DEFAULT_REGION=ap-south-1

npm run build --workspace catalogue
aws s3 sync catalogue/dist s3://auction-ratnapuragems-catalogue --delete
echo "published"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("yaml/mqtt-secrets-file", "homeassistant/secrets.yaml", "https://www.home-assistant.io/docs/configuration/secrets/", """
# Home Assistant at the Ahangama peeling shed (drying room fans and dehumidifier)
latitude: 5.9731
longitude: 80.3620
mqtt_user: homeassistant
mqtt_password: "@@secret@@"
shed_camera_url: http://192.168.20.30/snapshot.jpg
""", rand_pw(20))

add("markdown/xero-client-secret", "docs/finance/xero-sync.md", "https://developer.xero.com/documentation/guides/oauth2/auth-flow", """
# Xero sync (invoices to overseas buyers)

The ERP posts each export invoice to Xero once the bill of lading is in.

App: "Kurundu ERP sync" (developer.xero.com, owner Nadeesha)

- Client id: `@@cid@@`
- Client secret: `@@secret@@`
- Redirect URI: `https://erp.kurunduhouse.lk/xero/callback`
- Scopes: `accounting.transactions accounting.contacts offline_access`

ටෝකන් දින 60කින් කල් ඉකුත් වේ - if the sync stops, reconnect from ERP > Settings > Xero.
""", rand_pw(48, "-_"), cid=up(32))

# ---------------------------------------------------------------- last decoys
add("env/decoy-test-values", "kurundu_store/.env.test", "https://pytest-django.readthedocs.io/en/latest/configuring_django.html", """
# used by pytest only - dummy values, no real service is called
DJANGO_SECRET_KEY=test-only-not-secret
DB_NAME=kurundu_test
DB_PASSWORD=postgres
PAYHERE_MERCHANT_ID=0000000
PAYHERE_MERCHANT_SECRET=dummy-secret-for-tests
NOTIFY_LK_API_KEY=dummy
""")

add("yaml/decoy-sops-encrypted", "deploy/secrets/shop.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
payhere_merchant_secret: ENC[AES256_GCM,data:@@d1@@,iv:@@i1@@,tag:@@t1@@,type:str]
mail_password: ENC[AES256_GCM,data:@@d2@@,iv:@@i2@@,tag:@@t2@@,type:str]
sops:
    age:
        - recipient: age1@@r@@
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            @@a1@@
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2024-06-10T04:21:55Z"
    mac: ENC[AES256_GCM,data:@@m@@,type:str]
    version: 3.8.1
""", d1=rand_pw(56, "+/"), i1=rand_pw(43, "+/") + "=", t1=rand_pw(22, "+/") + "==",
    d2=rand_pw(20, "+/"), i2=rand_pw(43, "+/") + "=", t2=rand_pw(22, "+/") + "==",
    r=fakes.drawn(_seed(), 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), a1=rand_pw(64, "+/"), m=rand_pw(88, "+/"))

add("json/decoy-jwks-public-keys", "collector-api/src/main/resources/jwks.json", "https://www.rfc-editor.org/rfc/rfc7517", """
{
  "keys": [
    {
      "kty": "RSA",
      "use": "sig",
      "alg": "RS256",
      "kid": "kh-2024-06",
      "n": "@@n@@",
      "e": "AQAB"
    }
  ]
}
""", n=rand_pw(342, "-_"))

add("python/decoy-public-key-pem", "gemtrade-api/webxpay/encrypt.py", "https://cryptography.io/en/latest/hazmat/primitives/asymmetric/rsa/#encryption", '''
"""WebXPay needs the payment payload encrypted with their PUBLIC key (published to merchants)."""
import base64

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import padding

WEBXPAY_PUBLIC_KEY = b"""-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ@@a@@
@@b@@
-----END PUBLIC KEY-----
"""


def encrypt_payment(order_id: str, amount: str) -> str:
    key = serialization.load_pem_public_key(WEBXPAY_PUBLIC_KEY)
    return base64.b64encode(key.encrypt(f"{order_id}|{amount}".encode(), padding.PKCS1v15())).decode()
''', a=rand_pw(26, "+/"), b=rand_pw(64, "+/") + "AQAB")

add("markdown/decoy-redacted-handover", "docs/handover/galle-office-it.md", "https://www.atlassian.com/software/confluence/templates/it-handover", """
# Galle office IT - handover (භාර දීම)

All passwords moved to 1Password ("Galle Office" vault) on 2024-05-02. Nothing below is a credential.

| System              | User                      | Password                     |
|---------------------|---------------------------|------------------------------|
| SLT router          | admin                     | ******** (1Password)         |
| ERP SQL (sa)        | sa                        | [redacted]                   |
| Zoho mail admin     | admin@kurunduhouse.lk     | see 1Password                |
| PayHere portal      | accounts@kurunduhouse.lk  | see 1Password + 2FA phone    |

Backups: Veeam job "GALLE-SRV01 nightly", copies to Backblaze (`b2-archive`).
""")

add("csv/decoy-hashed-ids", "payroll/exports/peelers_2024_06.csv", "https://www.rfc-editor.org/rfc/rfc4180", """
peeler_ref,centre,grade,kg_week,wage_lkr,nic_sha256
P-0412,Ahangama,C5,38.5,165550.00,@@h1@@
P-0418,Ahangama,Alba,12.2,63440.00,@@h2@@
P-0503,Koggala,H1,44.0,127600.00,@@h3@@
P-0521,Mirissa,C4,29.8,116220.00,@@h4@@
P-0530,Mirissa,M5,35.1,115830.00,@@h5@@
""", h1=sha256ish(), h2=sha256ish(), h3=sha256ish(), h4=sha256ish(), h5=sha256ish())

add("sql/decoy-placeholder", "db/seed/001_admin_user.sql", "https://www.postgresql.org/docs/current/sql-insert.html", """
-- First admin of a fresh install. The app forces a reset: the value below is a placeholder.
INSERT INTO app_user (username, full_name, role, password_hash, must_reset)
VALUES ('admin', 'Administrator', 'ADMIN', 'CHANGE_ME_ON_FIRST_LOGIN', TRUE)
ON CONFLICT (username) DO NOTHING;

INSERT INTO setting (key, value) VALUES
  ('sms.gateway', 'NOTIFY'),
  ('sms.api_key', ''),
  ('payhere.merchant_secret', '')
ON CONFLICT (key) DO NOTHING;
""")

add("log/decoy-trace-ids", "logs/collector-api-2024-06-22.log", "https://opentelemetry.io/docs/concepts/signals/traces/", """
2024-06-22T03:10:04Z INFO  collector-api POST /v2/collections centre=galle-03 kg=12.40 grade=C5 trace_id=@@t1@@ span_id=@@s1@@
2024-06-22T03:10:19Z INFO  collector-api POST /v2/collections centre=galle-03 kg=8.15 grade=Alba trace_id=@@t2@@ span_id=@@s2@@
2024-06-22T03:11:52Z WARN  collector-api token expired for tablet=@@u1@@, asking to re-login
2024-06-22T03:12:07Z INFO  collector-api login ok tablet=@@u1@@ session=@@u2@@
2024-06-22T03:12:30Z INFO  collector-api POST /v2/collections centre=koggala-01 kg=15.00 grade=H1 trace_id=@@t3@@ span_id=@@s3@@
""", t1=hexs(32), s1=hexs(16), t2=hexs(32), s2=hexs(16), t3=hexs(32), s3=hexs(16), u1=uuid_s(), u2=uuid_s())

add("terraform/decoy-secrets-manager", "infra/shop/secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version", """
data "aws_secretsmanager_secret_version" "payhere" {
  secret_id = "prod/shop/payhere"
}

locals {
  payhere = jsondecode(data.aws_secretsmanager_secret_version.payhere.secret_string)
}

resource "aws_ssm_parameter" "merchant_id" {
  name  = "/shop/payhere/merchant_id"
  type  = "String"
  value = local.payhere["merchant_id"]
}
""")

add("k8s/decoy-external-secret", "deploy/k8s/shop/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: shop-secrets
  namespace: shop
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: shop-secrets
  data:
    - secretKey: PAYHERE_MERCHANT_SECRET
      remoteRef: { key: prod/shop/payhere, property: merchant_secret }
    - secretKey: SMTP_PASSWORD
      remoteRef: { key: prod/shop/mail, property: password }
""")

add("github-actions/decoy-trusted-publishing", ".github/workflows/release-colourgrade.yml", "https://docs.pypi.org/trusted-publishers/using-a-publisher/", """
name: Release colourgrade

on:
  push:
    tags: ["colourgrade-v*"]

jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write   # trusted publishing - no API token stored anywhere
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build && python -m build colourgrade
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          packages-dir: colourgrade/dist
""")

add("dockerfile/decoy-arg-without-value", "catalogue/Dockerfile", "https://docs.docker.com/reference/dockerfile/#arg", """
FROM node:20-alpine AS build
WORKDIR /app
# passed by CI: docker build --build-arg NPM_TOKEN (never given a default here)
ARG NPM_TOKEN
COPY package*.json .npmrc ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
""")

add("shell/decoy-prompted-password", "ops/restore_erp.sh", "https://www.gnu.org/software/bash/manual/bash.html#index-read", """
#!/usr/bin/env bash
# Restore an ERP backup on the test server. Asks for the password; never stored.
set -euo pipefail
BACKUP=${1:?usage: restore_erp.sh <file.sql.gz>}
read -r -s -p "MySQL root password (ගබඩා කරන්නේ නැහැ): " MYSQL_PWD
echo
export MYSQL_PWD
gunzip -c "$BACKUP" | mysql -u root erp_restore
unset MYSQL_PWD
echo "restored $BACKUP into erp_restore"
""")

add("python/decoy-keyring-lookup", "customs/credentials.py", "https://pypi.org/project/keyring/", """
\"\"\"Credentials for the customs broker's SFTP come from the OS keyring of the export desk PC.\"\"\"
import keyring

SERVICE = "lankacargobrokers-sftp"


def sftp_login() -> tuple[str, str]:
    user = keyring.get_password(SERVICE, "username")
    password = keyring.get_password(SERVICE, user)
    if not password:
        raise RuntimeError("run: keyring set lankacargobrokers-sftp kurunduhouse")
    return user, password
""")

add("typescript/decoy-process-env", "cinnamon-direct/server/src/config.ts", "https://nodejs.org/api/process.html#processenv", """
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

export const config = {
  stripeSecretKey: required("STRIPE_SECRET_KEY"),
  stripeWebhookSecret: required("STRIPE_WEBHOOK_SECRET"),
  payhereMerchantSecret: required("PAYHERE_MERCHANT_SECRET"),
  databaseUrl: required("DATABASE_URL"),
  currency: process.env.CURRENCY ?? "usd",
};
""")

add("properties/decoy-test-datasource", "licence-portal/src/test/resources/application-test.properties", "https://www.h2database.com/html/features.html#in_memory_databases", """
# in-memory H2 for tests; the default sa user of H2 has an empty password
spring.datasource.url=jdbc:h2:mem:licences;MODE=MSSQLServer;DB_CLOSE_DELAY=-1
spring.datasource.username=sa
spring.datasource.password=
spring.mail.host=localhost
spring.mail.port=3025
spring.mail.password=
""")

add("ini/decoy-git-config", "ops/office-pc/.gitconfig", "https://git-scm.com/docs/git-config", """
[user]
	name = Chaminda Wijesinghe
	email = chaminda@ratnapuragems.lk
	signingkey = 3AA5C34371567BD2
[commit]
	gpgsign = true
[credential]
	helper = manager
[core]
	autocrlf = true
[url "git@github.com:"]
	insteadOf = https://github.com/
""")

add("toml/decoy-env-reference", "estate-map/netlify.toml", "https://docs.netlify.com/configure-builds/file-based-configuration/", """
[build]
  command = "npm run build"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  # MAPBOX_TOKEN and SUPABASE keys are set in the Netlify UI (Site settings > Environment)
  VITE_MAPBOX_TOKEN = "$MAPBOX_PUBLIC_TOKEN"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
""")

add("xml/decoy-manifest-placeholder", "collector-app/app/src/main/AndroidManifest.xml", "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.INTERNET" />
    <application
        android:label="@string/app_name"
        android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true" />
    </application>
</manifest>
""")

add("plist/decoy-build-setting-reference", "CollectorApp/Resources/Info.plist", "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Kurundu Collector</string>
	<key>CFBundleShortVersionString</key>
	<string>2.6.0</string>
	<key>CollectorAPIBase</key>
	<string>$(COLLECTOR_API_BASE)</string>
	<key>StripePublishableKey</key>
	<string>$(STRIPE_PUBLISHABLE_KEY)</string>
</dict>
</plist>
""")

add("properties/decoy-signing-key-id", "collector-app/gradle.properties", "https://docs.gradle.org/current/userguide/signing_plugin.html", """
org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
# release signing: the keystore password comes from the CI environment (ORG_GRADLE_PROJECT_...)
signing.keyId=24875D73
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
RELEASE_STORE_FILE=/home/ci/keys/collector-release.jks
""")

add("rust/decoy-env-var", "gem-price-bot/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html", """
use std::env;

pub struct Config {
    pub bot_token: String,
    pub group_id: i64,
    pub smtp_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            bot_token: env::var("TELEGRAM_BOT_TOKEN").expect("TELEGRAM_BOT_TOKEN"),
            group_id: env::var("TELEGRAM_GROUP_ID").unwrap_or_default().parse().unwrap_or(0),
            smtp_password: env::var("SMTP_PASSWORD").expect("SMTP_PASSWORD"),
        }
    }
}
""")

add("php/decoy-laravel-env", "sms-portal/config/services.php", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
<?php

return [
    'ideamart' => [
        'app_id' => env('IDEAMART_APP_ID', 'APP_064219'),
        'password' => env('IDEAMART_PASSWORD'),
    ],
    'notify' => [
        'user_id' => env('NOTIFY_LK_USER_ID'),
        'api_key' => env('NOTIFY_LK_API_KEY'),
        'sender_id' => env('NOTIFY_LK_SENDER', 'KURUNDUHSE'),
    ],
];
""")

add("csharp/decoy-configuration-lookup", "GemLab.Reports/Services/MailOptions.cs", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/options", """
namespace GemLab.Reports.Services
{
    // Bound from configuration: "Smtp" section, password from Azure Key Vault (secret "Smtp--Password")
    public class MailOptions
    {
        public const string Section = "Smtp";
        public string Host { get; set; } = "";
        public int Port { get; set; } = 587;
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
    }
}
""")

add("go/decoy-getenv", "flood-watch/internal/config/config.go", "https://pkg.go.dev/os#Getenv", """
package config

import "os"

type Config struct {
	OWMKey     string
	SlackToken string
	Lat, Lon   string
}

// Load reads everything from the environment (systemd EnvironmentFile=/etc/flood-watch.env, mode 600).
func Load() Config {
	return Config{
		OWMKey:     os.Getenv("OWM_API_KEY"),
		SlackToken: os.Getenv("SLACK_BOT_TOKEN"),
		Lat:        os.Getenv("OWM_LAT"),
		Lon:        os.Getenv("OWM_LON"),
	}
}
""")

add("swift/decoy-certificate-pins", "CollectorApp/Sources/Net/Pinning.swift", "https://developer.apple.com/news/?id=g9ejcf8y", """
import Foundation

/// SPKI SHA-256 pins of api.kurunduhouse.lk (current and backup). Public values.
enum Pinning {
    static let pins: Set<String> = [
        "@@p1@@=",
        "@@p2@@=",
    ]
    static let host = "api.kurunduhouse.lk"
}
""", p1=rand_pw(43, "+/"), p2=rand_pw(43, "+/"))

add("kotlin/decoy-test-fixture", "collector-api/src/test/kotlin/lk/kurunduhouse/api/SecurityTest.kt", "https://ktor.io/docs/server-testing.html", """
package lk.kurunduhouse.api

import kotlin.test.Test
import kotlin.test.assertEquals

// Test doubles only; the real signing secret is read from the environment in production.
class SecurityTest {
    private val testSecret = "unit-test-secret"
    private val token = TestTokens.sign(testSecret, centre = "test-centre", expiresInSeconds = 60)

    @Test
    fun `token for a centre is accepted`() {
        assertEquals("test-centre", TestTokens.verify(testSecret, token)?.getClaim("centre")?.asString())
    }
}
""")

add("markdown/decoy-report-verification", "docs/verify-a-report.md", "https://www.gia.edu/report-check-landing", """
# Verifying a Ceylon Gem Lab report (වාර්තාවක් තහවුරු කිරීම)

Every report carries a QR code and a 16-character verification code, e.g. `7F3A-91C2-0B5E-D4A8`.

1. Scan the QR code or open https://verify.ceylongemlab.lk.
2. Enter the report number (`CGL-24-118734`) and the verification code.
3. The page shows the photo, weight and the SHA-256 of the signed PDF, e.g.
   `@@h@@`.

The verification code is printed on the paper report; it is not a password and can be shared
with a buyer.
""", h=sha256ish())

add("compose/decoy-docker-secrets", "gem-price-api/docker-compose.yml", "https://docs.docker.com/compose/how-tos/use-secrets/", """
services:
  api:
    image: registry.ratnapuragems.lk/gem-price-api:0.9.3
    environment:
      DATABASE_PASSWORD_FILE: /run/secrets/db_password
    secrets:
      - db_password
    ports:
      - "8080:8080"

secrets:
  db_password:
    file: ./secrets/db_password.txt
""")

add("yaml/decoy-masked-ci-output", "docs/ci/sample-run-output.yml", "https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable", """
# What a masked variable looks like in our job logs (copied from pipeline #4411)
job: mirror-to-office
status: success
log:
  - "$ git push --mirror https://oauth2:[MASKED]@git.ratnapuragems.lk/registry/gem-pit-registry.git"
  - "To https://git.ratnapuragems.lk/registry/gem-pit-registry.git"
  - "   7c1e9b0..a3f5b6c  main -> main"
  - "Job succeeded"
""")
