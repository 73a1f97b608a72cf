"""Blind set IU: an Israeli chain of language schools (Ulpan Lingo: ulpan, English, Arabic, kids).

Branch sites and the enrolment portal, payment pages (Tranzila, Cardcom, Stripe), invoicing (Green
Invoice), Zoom and Moodle classes, SMS and WhatsApp reminders, branch kiosks and printers, CI,
containers and infrastructure, runbooks and handover notes (a third of them in Hebrew), and their
decoys. Generated fakes only (seeds 3810000-3819999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

SEED_LO, SEED_HI = 3810000, 3819999
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Hadar", "Ofek", "Tamar", "Shaked", "Dekel", "Gefen", "Rimon", "Zayit", "Ella", "Naveh",
         "Carmel", "Arava", "Yarden", "Kinneret", "Golan", "Negev", "Sharon", "Galil", "Oren", "Alon"]
LOWER = ["lemon", "harbor", "violin", "pepper", "cactus", "anchor", "falafel", "sunset", "olive", "mosaic",
         "ladder", "pebble", "orchid", "walnut", "kettle", "lagoon"]


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


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


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


def twilio_sid() -> str:
    return "AC" + hexs(32)


def twilio_token() -> str:
    return hexs(32)


def meta_token() -> str:
    return fakes.fake("EAAG", 180, _seed())


def mailchimp_key() -> str:
    return hexs(32) + "-us21"


def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


def openai_key() -> str:
    return fakes.openai_key(_seed())


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


def zoom_secret() -> str:
    return fakes.drawn_mixed(_seed(), 32)


def zoom_client_id() -> str:
    return fakes.drawn_mixed(_seed(), 22)


def cert_pem() -> str:
    r = _rng()
    body = "\n".join("".join(r.choice(ALNUM + "+/") for _ in range(64)) for _ in range(5))
    return f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice(ALNUM + "./") for _ in range(53))


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
    CASES.append(LabelledCase(f"blind-iu/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------------------------------------
# Payments: Tranzila, Cardcom, Stripe, Grow
# ---------------------------------------------------------------------------------------------

add("python/tranzila-password", "enrolment/payments/tranzila.py", "Tranzila CGI / api docs (supplier, TranzilaPW)", """
\"\"\"חיוב כרטיס אשראי דרך טרנזילה עבור הרשמה לקורס.\"\"\"
import requests

TRANZILA_URL = "https://secure5.tranzila.com/cgi-bin/tranzila71u.cgi"
SUPPLIER = "ulpanlingo"
TRANZILA_PW = "@@secret@@"


def charge(course_fee_ils: float, token: str, expdate: str, student_id: str) -> dict:
    payload = {
        "supplier": SUPPLIER,
        "TranzilaPW": TRANZILA_PW,
        "sum": f"{course_fee_ils:.2f}",
        "currency": "1",
        "TranzilaTK": token,
        "expdate": expdate,
        "myid": student_id,
        "cred_type": "1",
    }
    response = requests.post(TRANZILA_URL, data=payload, timeout=20)
    response.raise_for_status()
    return dict(item.split("=", 1) for item in response.text.split("&") if "=" in item)
""", rand_pw(12))

add("env/cardcom-api-password", "portal/.env.production", "Cardcom LowProfile API docs (TerminalNumber, ApiName, ApiPassword)", """
# Ulpan Lingo enrolment portal - production
APP_ENV=production
APP_URL=https://register.ulpan-lingo.co.il
DEFAULT_LOCALE=he
SUPPORTED_LOCALES=he,en,ru,ar

DB_HOST=pg-main.internal.ulpan-lingo.co.il
DB_NAME=enrolment
DB_USER=portal

CARDCOM_TERMINAL=1000472
CARDCOM_API_NAME=ulpanlingo_api
CARDCOM_API_PASSWORD=@@secret@@
CARDCOM_SUCCESS_URL=https://register.ulpan-lingo.co.il/pay/ok
CARDCOM_FAIL_URL=https://register.ulpan-lingo.co.il/pay/fail

MAIL_FROM=office@ulpan-lingo.co.il
""", rand_pw(16))

add("php/stripe-secret-key", "wp-content/plugins/lingo-checkout/includes/class-stripe-gateway.php", "Stripe PHP library docs (\\Stripe\\StripeClient)", """
<?php
/**
 * Checkout for the online English courses (students abroad pay in USD).
 */
if ( ! defined( 'ABSPATH' ) ) {
    exit;
}

class Lingo_Stripe_Gateway {
    private $client;

    public function __construct() {
        $this->client = new \\Stripe\\StripeClient( '@@secret@@' );
    }

    public function create_session( $course_id, $email ) {
        $course = get_post( $course_id );
        return $this->client->checkout->sessions->create( [
            'mode'           => 'payment',
            'customer_email' => $email,
            'line_items'     => [ [
                'price'    => get_post_meta( $course_id, '_stripe_price', true ),
                'quantity' => 1,
            ] ],
            'success_url'    => home_url( '/thank-you/?c=' . $course->ID ),
            'cancel_url'     => home_url( '/courses/' ),
        ] );
    }
}
""", stripe_key())

add("php/decoy-publishable-key", "wp-content/plugins/lingo-checkout/assets/checkout-config.php", "Stripe docs: publishable keys are meant for the browser", """
<?php
// Config printed into the checkout page for Stripe.js (publishable key only; the secret key lives in wp-config via getenv).
$lingo_checkout = [
    'publishableKey' => '@@pk@@',
    'locale'         => get_locale() === 'he_IL' ? 'he' : 'en',
    'currency'       => 'usd',
    'courseListUrl'  => home_url( '/courses/' ),
    'sessionUrl'     => rest_url( 'lingo/v1/checkout-session' ),
];
wp_localize_script( 'lingo-checkout', 'LingoCheckout', $lingo_checkout );
""", pk=stripe_key("pk_live_"))

add("yaml/stripe-webhook-secret", "services/billing/config/production.yaml", "Stripe webhooks docs (endpoint signing secret whsec_)", """
service: billing
port: 8080
log_level: info
locale: he-IL

stripe:
  api_version: "2023-10-16"
  webhook_path: /webhooks/stripe
  webhook_signing_secret: @@secret@@
  tolerance_seconds: 300

courses:
  currency_default: ils
  refund_window_days: 14
  installments_max: 10
""", stripe_whsec())

add("yaml/decoy-env-reference", "services/billing/config/staging.yaml", "Spring/Viper style ${VAR} placeholders", """
service: billing
port: 8080
log_level: debug
locale: he-IL

stripe:
  api_key: ${STRIPE_SECRET_KEY}
  webhook_path: /webhooks/stripe
  webhook_signing_secret: ${STRIPE_WEBHOOK_SECRET}
  tolerance_seconds: 300

cardcom:
  terminal: ${CARDCOM_TERMINAL}
  api_password: ${CARDCOM_API_PASSWORD}
""")

add("csharp/cardcom-api-password", "Lingo.Billing/Services/CardcomClient.cs", "Cardcom API v11 docs (ApiName / ApiPassword)", """
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace Lingo.Billing.Services
{
    // לקוח עבור קארדקום - הפקת דף תשלום להרשמה לקורס
    public class CardcomClient
    {
        private const int TerminalNumber = 1000472;
        private const string ApiName = "ulpanlingo_api";
        private const string ApiPassword = "@@secret@@";
        private readonly HttpClient _http;

        public CardcomClient(HttpClient http) => _http = http;

        public async Task<string> CreateLowProfileAsync(decimal amount, string productName)
        {
            var body = new
            {
                TerminalNumber,
                ApiName,
                ApiPassword,
                Amount = amount,
                ProductName = productName,
                Language = "he",
                ISOCoinId = 1,
            };
            var resp = await _http.PostAsJsonAsync("https://secure.cardcom.solutions/api/v11/LowProfile/Create", body);
            resp.EnsureSuccessStatusCode();
            return await resp.Content.ReadAsStringAsync();
        }
    }
}
""", rand_pw(14))

add("csharp/decoy-config-binding", "Lingo.Billing/appsettings.json", "ASP.NET Core configuration docs (user secrets, env override)", """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Cardcom": {
    "TerminalNumber": 1000472,
    "ApiName": "ulpanlingo_api",
    "ApiPassword": "",
    "_comment": "ApiPassword comes from Azure Key Vault secret cardcom-api-password"
  },
  "ConnectionStrings": {
    "Billing": "Server=sql-billing;Database=Billing;Authentication=Active Directory Managed Identity"
  },
  "AllowedHosts": "*"
}
""")

add("markdown/tranzila-password", "docs/handover/payments-handover.md", "Tranzila merchant panel (terminal, password)", """
# העברת מקל - סליקה (אורית -> יונתן)

## טרנזילה
- מסוף: `ulpanlingo` (חיובים רגילים), `ulpanlingotok` (טוקנים להוראות קבע)
- סיסמת API למסוף הטוקנים: `@@secret@@`
- הדוח היומי יוצא ב-06:00 לתיבה finance@ulpan-lingo.co.il

## קארדקום
- משמש רק לסניף חיפה, עד סוף השנה. לא לגעת.

## מה פתוח
1. החזרים על קורס קיץ שבוטל בבאר שבע (23 תלמידים)
2. להעביר את ה-webhook של Stripe לשירות billing החדש
""", words_pw())

add("json/decoy-test-card", "services/billing/tests/fixtures/tranzila_response.json", "Tranzila test cards / sandbox docs", """
{
  "Response": "000",
  "index": "4581",
  "ConfirmationCode": "0000000",
  "TranzilaTK": "b3e8a4f1c2d94e7b4580",
  "ccno": "4580",
  "expmonth": "12",
  "expyear": "30",
  "sum": "1450.00",
  "currency": "1",
  "supplier": "ulpanlingotest",
  "cardtype": "2",
  "tranmode": "A"
}
""")

add("typescript/grow-api-key", "apps/portal/src/lib/grow.ts", "Grow (Meshulam) Light API docs (pageCode, userId, apiKey)", """
// Grow (formerly Meshulam) payment page for Bit / Apple Pay at the Tel Aviv branch
import axios from "axios";

const GROW_URL = "https://secure.meshulam.co.il/api/light/server/1.0/createPaymentProcess";

const growConfig = {
  pageCode: "e19e0b687744",
  userId: "4ec1d595ae764243",
  apiKey: "@@secret@@",
};

export async function createPayment(sum: number, fullName: string, phone: string) {
  const form = new URLSearchParams({
    ...growConfig,
    sum: sum.toFixed(2),
    "pageField[fullName]": fullName,
    "pageField[phone]": phone,
    description: "הרשמה לאולפן",
  });
  const { data } = await axios.post(GROW_URL, form);
  return data.data.url as string;
}
""", hexs(32))

add("shell/stripe-restricted-key", "scripts/refund_cancelled_course.sh", "Stripe CLI / curl docs (-u key:)", """
#!/usr/bin/env bash
# Refund every payment of a cancelled course (summer ulpan Be'er Sheva).
set -euo pipefail

COURSE_ID="${1:?course id}"
STRIPE_KEY="@@secret@@"

psql "$BILLING_DSN" -At -c "select stripe_payment_intent from enrolments where course_id = '${COURSE_ID}' and status = 'paid'" |
while read -r pi; do
  echo "refunding ${pi}"
  curl -sS https://api.stripe.com/v1/refunds \\
    -u "${STRIPE_KEY}:" \\
    -d payment_intent="${pi}" \\
    -d reason=requested_by_customer >/dev/null
done
""", stripe_key("rk_live_"))

add("shell/decoy-env-reference", "scripts/export_payouts.sh", "Bash parameter expansion docs", """
#!/usr/bin/env bash
# Weekly payouts export for the accountant (רו"ח). Keys come from the environment of the cron user.
set -euo pipefail
: "${STRIPE_SECRET_KEY:?set STRIPE_SECRET_KEY}"
OUT="/srv/exports/payouts-$(date +%Y-%m-%d).json"
curl -sS -G https://api.stripe.com/v1/payouts \\
  -u "${STRIPE_SECRET_KEY}:" \\
  -d limit=100 > "$OUT"
echo "wrote $OUT"
""")

add("ini/green-invoice-secret", "tools/invoicing/greeninvoice.ini", "Green Invoice (Morning) API docs (id + secret -> token)", """
; הפקת חשבוניות מס קבלה אוטומטית - Green Invoice / Morning
[api]
base_url = https://api.greeninvoice.co.il/api/v1
key_id = @@kid@@
key_secret = @@secret@@

[documents]
type = 320
lang = he
currency = ILS
vat_type = 0
send_email = true

[branches]
tel_aviv = 1
jerusalem = 2
haifa = 3
""", rand_pw(22), kid=uuid_s())

add("python/green-invoice-secret", "tools/invoicing/issue_receipts.py", "Green Invoice API docs (/account/token with id and secret)", """
import requests

BASE = "https://api.greeninvoice.co.il/api/v1"


def get_token() -> str:
    resp = requests.post(
        f"{BASE}/account/token",
        json={"id": "@@kid@@", "secret": "@@secret@@"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["token"]


def issue_receipt(token: str, student: dict, amount: float) -> str:
    doc = {
        "type": 320,
        "lang": "he",
        "currency": "ILS",
        "client": {"name": student["name"], "emails": [student["email"]]},
        "income": [{"description": "קורס עברית - רמה א", "quantity": 1, "price": amount, "vatType": 0}],
        "payment": [{"type": 3, "price": amount}],
    }
    r = requests.post(f"{BASE}/documents", json=doc, headers={"Authorization": f"Bearer {token}"}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""", rand_pw(22), kid=uuid_s())

add("python/decoy-vault-reference", "tools/invoicing/settings.py", "hvac (HashiCorp Vault client) docs", """
import os

import hvac

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.internal.ulpan-lingo.co.il")


def green_invoice_credentials() -> tuple[str, str]:
    client = hvac.Client(url=VAULT_ADDR, token=os.environ["VAULT_TOKEN"])
    secret = client.secrets.kv.v2.read_secret_version(path="invoicing/green-invoice")["data"]["data"]
    return secret["key_id"], secret["key_secret"]


INVOICE_LANG = "he"
INVOICE_TYPE_RECEIPT = 320
""")

add("ruby/stripe-secret-key", "legacy/kids-camp/config/initializers/stripe.rb", "stripe-ruby docs (Stripe.api_key)", """
# Kids summer camp registration (old Rails app, kept until August)
require "stripe"

Stripe.api_key = "@@secret@@"
Stripe.api_version = "2020-08-27"

Rails.configuration.stripe = {
  currency: "ils",
  camp_price_cents: 189_000,
  sibling_discount_percent: 10,
}
""", stripe_key())

add("ruby/decoy-credentials-reference", "legacy/kids-camp/config/initializers/mailer.rb", "Rails credentials docs", """
# SMTP for the camp app: credentials live in config/credentials.yml.enc (master key on the server only)
Rails.application.configure do
  config.action_mailer.delivery_method = :smtp
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net",
    port: 587,
    user_name: "apikey",
    password: Rails.application.credentials.dig(:sendgrid, :api_key),
    authentication: :plain,
    enable_starttls_auto: true,
  }
  config.action_mailer.default_url_options = { host: "camp.ulpan-lingo.co.il" }
end
""")

add("csv/decoy-masked-card", "exports/finance/refunds-2024-07.csv", "Payment processors mask PAN to the last four digits", """
refund_id,branch,student_id,course,amount_ils,card_last4,processor,processor_ref,status
RF-24071,beer-sheva,ST-88412,summer-ulpan-a,1450.00,4580,tranzila,52318764,done
RF-24072,beer-sheva,ST-88419,summer-ulpan-a,1450.00,1121,tranzila,52318771,done
RF-24073,beer-sheva,ST-88433,summer-ulpan-b,1620.00,9034,tranzila,52318802,done
RF-24074,tel-aviv,ST-90112,english-b2,980.00,0077,stripe,re_3PZ2xKLk9fQ0bN1m0V7cQe1a,done
RF-24075,haifa,ST-77310,arabic-spoken,760.00,5512,cardcom,88123001,pending
""")

# ---------------------------------------------------------------------------------------------
# Online classes: Zoom, Moodle, Google Workspace, reminders (SMS, WhatsApp, Telegram, e-mail)
# ---------------------------------------------------------------------------------------------

add("python/zoom-client-secret", "classes/zoom_sync/zoom_client.py", "Zoom Server-to-Server OAuth docs (account_credentials grant)", """
\"\"\"Creates the Zoom meetings for the online ulpan groups every Sunday.\"\"\"
import base64

import requests

ZOOM_ACCOUNT_ID = "Xw3kP9rTQ2eHn7LmVd1aZg"
ZOOM_CLIENT_ID = "@@cid@@"
ZOOM_CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    basic = base64.b64encode(f"{ZOOM_CLIENT_ID}:{ZOOM_CLIENT_SECRET}".encode()).decode()
    resp = requests.post(
        "https://zoom.us/oauth/token",
        params={"grant_type": "account_credentials", "account_id": ZOOM_ACCOUNT_ID},
        headers={"Authorization": f"Basic {basic}"},
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def create_meeting(token: str, teacher_email: str, topic: str, start_iso: str) -> dict:
    body = {"topic": topic, "type": 2, "start_time": start_iso, "duration": 90, "timezone": "Asia/Jerusalem",
            "settings": {"waiting_room": True, "auto_recording": "cloud"}}
    r = requests.post(f"https://api.zoom.us/v2/users/{teacher_email}/meetings", json=body,
                      headers={"Authorization": f"Bearer {token}"}, timeout=15)
    r.raise_for_status()
    return r.json()
""", zoom_secret(), cid=zoom_client_id())

add("json/decoy-client-id", "classes/zoom_app/manifest.json", "Zoom Apps manifest docs (client id is public)", """
{
  "name": "Lingo Classroom",
  "description": "Attendance and homework panel for Ulpan Lingo teachers",
  "client_id": "@@cid@@",
  "redirect_url": "https://classroom.ulpan-lingo.co.il/zoom/callback",
  "scopes": ["meeting:read", "user:read", "zoomapp:inmeeting"],
  "domain_allow_list": ["classroom.ulpan-lingo.co.il"],
  "in_client_feature": { "zoom_app_sdk": true },
  "version": "1.4.2"
}
""", cid=zoom_client_id())

add("php/moodle-db-password", "moodle/config.php", "Moodle config.php docs ($CFG->dbpass)", """
<?php  // Moodle configuration file - learn.ulpan-lingo.co.il

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'pg-moodle.internal';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '@@secret@@';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array(
    'dbpersist' => 0,
    'dbport' => 5432,
);

$CFG->wwwroot   = 'https://learn.ulpan-lingo.co.il';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->lang      = 'he';

$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
""", words_pw())

add("python/moodle-webservice-token", "classes/moodle_sync/enrol.py", "Moodle Web services docs (wstoken, enrol_manual_enrol_users)", """
# רישום תלמידים חדשים לקורסים ב-Moodle אחרי תשלום
import requests

MOODLE_URL = "https://learn.ulpan-lingo.co.il/webservice/rest/server.php"
WSTOKEN = "@@secret@@"
STUDENT_ROLE = 5


def enrol(user_id: int, course_id: int) -> None:
    params = {
        "wstoken": WSTOKEN,
        "wsfunction": "enrol_manual_enrol_users",
        "moodlewsrestformat": "json",
        "enrolments[0][roleid]": STUDENT_ROLE,
        "enrolments[0][userid]": user_id,
        "enrolments[0][courseid]": course_id,
    }
    r = requests.post(MOODLE_URL, data=params, timeout=20)
    r.raise_for_status()
    if r.json():
        raise RuntimeError(r.text)
""", hexs(32))

add("log/moodle-webservice-token", "logs/moodle_sync-2024-09-01.log", "Moodle Web services REST URL (wstoken in the query string)", """
2024-09-01 06:00:01,114 INFO  moodle_sync: start, 42 new paid enrolments
2024-09-01 06:00:01,530 DEBUG urllib3.connectionpool: https://learn.ulpan-lingo.co.il:443 "GET /webservice/rest/server.php?wstoken=@@secret@@&wsfunction=core_user_get_users_by_field&moodlewsrestformat=json&field=email&values%5B0%5D=dana.k%40gmail.com HTTP/1.1" 200 412
2024-09-01 06:00:01,802 INFO  moodle_sync: user dana.k@gmail.com -> id 18834
2024-09-01 06:00:02,011 INFO  moodle_sync: enrolled 18834 in course 612 (Hebrew Aleph, Tel Aviv evening)
2024-09-01 06:00:02,377 WARNING moodle_sync: course 640 is full (26/26), student ST-90455 put on waitlist
2024-09-01 06:00:04,950 INFO  moodle_sync: done, 41 enrolled, 1 waitlisted
""", hexs(32))

add("log/decoy-redacted-token", "logs/moodle_sync-2024-09-08.log", "Common practice: tokens redacted in logs", """
2024-09-08 06:00:01,090 INFO  moodle_sync: start, 17 new paid enrolments
2024-09-08 06:00:01,412 DEBUG moodle_sync: GET /webservice/rest/server.php?wstoken=********************************&wsfunction=core_user_get_users_by_field
2024-09-08 06:00:01,699 INFO  moodle_sync: user avi.levi@walla.co.il -> id 18901
2024-09-08 06:00:01,930 INFO  moodle_sync: enrolled 18901 in course 615 (Hebrew Bet, Jerusalem morning)
2024-09-08 06:00:03,208 INFO  moodle_sync: done, 17 enrolled, 0 waitlisted
""")

add("python/twilio-auth-token", "reminders/sms/send_reminders.py", "Twilio Python helper library docs (Client(account_sid, auth_token))", """
\"\"\"SMS reminders 3 hours before a lesson (students prefer SMS over e-mail).\"\"\"
from datetime import datetime, timedelta

from twilio.rest import Client

from reminders.db import lessons_between

ACCOUNT_SID = "@@sid@@"
AUTH_TOKEN = "@@secret@@"
SENDER = "UlpanLingo"

client = Client(ACCOUNT_SID, AUTH_TOKEN)

TEMPLATES = {
    "he": "תזכורת: שיעור {course} היום ב-{time} בסניף {branch}.",
    "en": "Reminder: {course} today at {time}, {branch} branch.",
    "ru": "Напоминание: {course} сегодня в {time}, филиал {branch}.",
}


def run() -> int:
    now = datetime.now()
    sent = 0
    for lesson in lessons_between(now + timedelta(hours=3), now + timedelta(hours=3, minutes=15)):
        for student in lesson.students:
            body = TEMPLATES.get(student.lang, TEMPLATES["he"]).format(
                course=lesson.course_name, time=lesson.start.strftime("%H:%M"), branch=lesson.branch)
            client.messages.create(to=student.phone, from_=SENDER, body=body)
            sent += 1
    return sent
""", twilio_token(), sid=twilio_sid())

add("xml/inforu-sms-password", "reminders/sms/inforu_request.xml", "InforU SMS XML API docs (User/Username/Password)", """
<Inforu>
  <User>
    <Username>ulpanlingo</Username>
    <Password>@@secret@@</Password>
  </User>
  <Content Type="sms">
    <Message>שלום, השיעור של מחר בסניף ירושלים מבוטל עקב השביתה. שיעור השלמה יתואם בהמשך.</Message>
  </Content>
  <Recipients>
    <PhoneNumber>0521234567;0547654321;0509876543</PhoneNumber>
  </Recipients>
  <Settings>
    <Sender>UlpanLingo</Sender>
    <CustomerMessageID>cancel-jlm-2024-11-12</CustomerMessageID>
  </Settings>
</Inforu>
""", words_pw())

add("xml/decoy-placeholder", "reminders/sms/inforu_request.template.xml", "InforU SMS XML API docs", """
<Inforu>
  <User>
    <Username>YOUR_USERNAME</Username>
    <Password>YOUR_PASSWORD</Password>
  </User>
  <Content Type="sms">
    <Message>{{ message }}</Message>
  </Content>
  <Recipients>
    <PhoneNumber>{{ phones | join(';') }}</PhoneNumber>
  </Recipients>
  <Settings>
    <Sender>UlpanLingo</Sender>
  </Settings>
</Inforu>
""")

add("typescript/whatsapp-access-token", "apps/bot/src/whatsapp.ts", "WhatsApp Cloud API docs (Bearer access token, /messages)", """
// WhatsApp reminders and placement-test links (Cloud API)
const GRAPH = "https://graph.facebook.com/v19.0";
const PHONE_NUMBER_ID = "104738291650213";
const WA_TOKEN = "@@secret@@";

export async function sendTemplate(to: string, template: string, lang: "he" | "en" | "ru" | "ar", params: string[]) {
  const res = await fetch(`${GRAPH}/${PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${WA_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: {
        name: template,
        language: { code: lang },
        components: [{ type: "body", parameters: params.map((text) => ({ type: "text", text })) }],
      },
    }),
  });
  if (!res.ok) throw new Error(`whatsapp ${res.status}: ${await res.text()}`);
  return res.json();
}
""", meta_token())

add("typescript/decoy-env-reference", "apps/bot/src/config.ts", "Node.js process.env docs", """
// כל הסודות מגיעים ממשתני סביבה (Doppler), אין לשים כאן ערכים
export const config = {
  waToken: process.env.WA_TOKEN ?? "",
  waVerifyToken: process.env.WA_VERIFY_TOKEN ?? "",
  phoneNumberId: process.env.WA_PHONE_NUMBER_ID ?? "",
  telegramToken: process.env.TELEGRAM_BOT_TOKEN ?? "",
  openaiKey: process.env.OPENAI_API_KEY ?? "",
  defaultLang: "he",
};

if (!config.waToken) {
  throw new Error("WA_TOKEN is not set");
}
""")

add("python/telegram-bot-token", "apps/teachers_bot/bot.py", "python-telegram-bot docs (Application.builder().token())", """
# בוט טלגרם למורים: דיווח נוכחות והחלפות
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = "@@secret@@"


async def substitute(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("מי מחליף? שלחו /take <מספר שיעור>")


async def attendance(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("שלחו את רשימת הנוכחים, שם בכל שורה.")


def main() -> None:
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("sub", substitute))
    app.add_handler(CommandHandler("attendance", attendance))
    app.run_polling()


if __name__ == "__main__":
    main()
""", fakes.telegram_token(_seed()))

add("yaml/telegram-bot-token", "ops/alerts/alertmanager.yml", "Prometheus Alertmanager telegram_config docs (bot_token)", """
global:
  resolve_timeout: 5m

route:
  receiver: it-telegram
  group_by: [alertname, branch]
  group_wait: 30s
  repeat_interval: 4h

receivers:
  - name: it-telegram
    telegram_configs:
      - bot_token: "@@secret@@"
        chat_id: -1001847362519
        parse_mode: HTML
        message: '{{ range .Alerts }}{{ .Labels.branch }}: {{ .Annotations.summary }}{{ end }}'
""", fakes.telegram_token(_seed()))

add("env/sendgrid-api-key", "reminders/.env", "SendGrid API keys docs (SG. prefix)", """
# reminders service
TZ=Asia/Jerusalem
REMINDER_LEAD_HOURS=3
SMS_PROVIDER=twilio
EMAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=@@secret@@
SENDGRID_FROM=no-reply@ulpan-lingo.co.il
SENDGRID_TEMPLATE_HE=d-5f1c2a9e7b3d4c8e9a0b1c2d3e4f5a6b
SENDGRID_TEMPLATE_EN=d-8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d
""", sendgrid_key())

add("env/decoy-template-id", "reminders/.env.example", "dotenv example files (placeholders)", """
# copy to .env and fill in; ask IT (it@ulpan-lingo.co.il) for the real values
TZ=Asia/Jerusalem
REMINDER_LEAD_HOURS=3
SMS_PROVIDER=twilio
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token
EMAIL_PROVIDER=sendgrid
SENDGRID_API_KEY=SG.xxxxxxxx
SENDGRID_FROM=no-reply@ulpan-lingo.co.il
SENDGRID_TEMPLATE_HE=d-5f1c2a9e7b3d4c8e9a0b1c2d3e4f5a6b
""")

add("java/smtp-password", "legacy/placement-test/src/main/java/il/ulpanlingo/placement/Mailer.java", "JavaMail docs (PasswordAuthentication)", """
package il.ulpanlingo.placement;

import java.util.Properties;
import javax.mail.*;
import javax.mail.internet.*;

/** Sends the placement test result (level A-E) to the student and the branch secretary. */
public class Mailer {
    private static final String USER = "placement@ulpan-lingo.co.il";
    private static final String PASS = "@@secret@@";

    public static void send(String to, String subject, String html) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        props.put("mail.smtp.host", "smtp.office365.com");
        props.put("mail.smtp.port", "587");
        Session session = Session.getInstance(props, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(USER, PASS);
            }
        });
        Message msg = new MimeMessage(session);
        msg.setFrom(new InternetAddress(USER));
        msg.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        msg.setSubject(subject);
        msg.setContent(html, "text/html; charset=UTF-8");
        Transport.send(msg);
    }
}
""", words_pw())

add("properties/smtp-password", "legacy/placement-test/src/main/resources/application.properties", "Spring Boot mail properties docs (spring.mail.password)", """
server.port=8085
spring.application.name=placement-test
spring.messages.basename=i18n/messages
spring.messages.default-locale=he

spring.datasource.url=jdbc:postgresql://pg-main.internal:5432/placement
spring.datasource.username=placement
spring.datasource.password=${PLACEMENT_DB_PASSWORD}

spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=placement@ulpan-lingo.co.il
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.starttls.enable=true

placement.levels=A,B,C,D,E
""", words_pw())

add("properties/decoy-env-reference", "legacy/placement-test/src/main/resources/application-prod.properties", "Spring Boot externalized configuration docs", """
spring.datasource.url=jdbc:postgresql://pg-main.internal:5432/placement
spring.datasource.username=placement
spring.datasource.password=${PLACEMENT_DB_PASSWORD}
spring.mail.username=${MAIL_USER}
spring.mail.password=${MAIL_PASSWORD}
logging.level.root=WARN
""")

add("markdown/decoy-google-site-key", "apps/portal/docs/recaptcha.md", "Google reCAPTCHA docs (site key is public, secret key is not)", """
# reCAPTCHA on the placement-test form

The form uses reCAPTCHA v3. The **site key** is public and lives in the page:

```html
<script src="https://www.google.com/recaptcha/api.js?render=6LdQ3kgpAAAAAKz7v1Xb0m9YcR2tWfE5hJqU8sNa"></script>
```

The **secret key** is in Doppler (`RECAPTCHA_SECRET`) and is read by the API only. Never paste it here.

Score threshold: 0.5. Below that the student gets a phone call from the branch instead.
""")

# ---------------------------------------------------------------------------------------------
# Infrastructure: Kubernetes, containers, Terraform, CI, Ansible, cloud keys
# ---------------------------------------------------------------------------------------------

_pg = words_pw()
add("k8s-secret/postgres-password", "deploy/k8s/portal/secret-db.yaml", "Kubernetes Secret docs (data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: portal-db
  namespace: enrolment
  labels:
    app: portal
type: Opaque
data:
  DB_HOST: @@host@@
  DB_USER: @@user@@
  DB_PASSWORD: @@pw@@
""", _pg, host=b64("pg-main.internal.ulpan-lingo.co.il"), user=b64("portal"), pw=b64(_pg))

add("k8s-secret/stripe-secret-key", "deploy/k8s/billing/secret-stripe.yaml", "Kubernetes Secret docs (stringData)", """
apiVersion: v1
kind: Secret
metadata:
  name: billing-stripe
  namespace: billing
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "@@secret@@"
  STRIPE_API_VERSION: "2023-10-16"
""", stripe_key())

add("k8s-secret/decoy-sealed-secret", "deploy/k8s/billing/sealed-cardcom.yaml", "Bitnami Sealed Secrets docs (encryptedData)", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: billing-cardcom
  namespace: billing
spec:
  encryptedData:
    CARDCOM_API_PASSWORD: AgBy3i4OJSWK+PiTySYZZA92rO43pHtYqGS4V9pZaqAAcrzD3Hb0tpGCLqJ6ikQoJ0ukV9Bpt4oHNuFVwNE7z+ooYqRSj1lJS3DyHbTZmZ2OpPbXmQ7QnHGuHx8LkyhQkxa5MUKYz8BwTMAurT9c3eHYGi0JyYqO6TrvT9GCq5Ay5LqVf3RNTJx+VbCs7qUq2aJQH6UhTK1QR5PYkLgbsuTtw4u+gTd1MqOKLeNaNT2Vs0S1Tsx0A6F0HDnOJ3kq2VZ4c8w6eZQ4dIJnKkDqfCtNCq8LnzXUjTG5Qa9NKFJFw0pG4sCJ8W8bqNb/1xXkh5oTzOWsYYSgD0jV7a0U2tLvbi8gq9nEvB2mQ6gvD6E3kOmaZm3Lf7VyYc3nT0XRmT4jA==
  template:
    metadata:
      name: billing-cardcom
      namespace: billing
    type: Opaque
""")

add("k8s-secret/decoy-external-secret", "deploy/k8s/portal/external-secret.yaml", "External Secrets Operator docs (ExternalSecret)", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: portal-secrets
  namespace: enrolment
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: portal-secrets
  data:
    - secretKey: CARDCOM_API_PASSWORD
      remoteRef:
        key: prod/portal/cardcom
        property: api_password
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/portal/db
        property: password
""")

_tw = twilio_token()
add("k8s-secret/twilio-auth-token", "deploy/k8s/reminders/secret.yaml", "Kubernetes Secret docs (data values are base64)", """
apiVersion: v1
kind: Secret
metadata:
  name: reminders
  namespace: reminders
  annotations:
    owner: it@ulpan-lingo.co.il
type: Opaque
data:
  TWILIO_ACCOUNT_SID: @@sid@@
  TWILIO_AUTH_TOKEN: @@tok@@
  SMS_SENDER: @@sender@@
""", _tw, sid=b64(twilio_sid()), tok=b64(_tw), sender=b64("UlpanLingo"))

add("dockerfile/github-token", "apps/portal/Dockerfile", "Docker docs (ARG/ENV persist in image history)", """
FROM node:20-alpine AS build
WORKDIR /app
# private package @ulpanlingo/ui-he from GitHub Packages
ENV NPM_CONFIG_//npm.pkg.github.com/:_authToken=@@secret@@
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf /etc/nginx/conf.d/default.conf
EXPOSE 80
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "apps/bot/Dockerfile", "Docker BuildKit secret mounts docs (--mount=type=secret)", """
# syntax=docker/dockerfile:1.6
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY dist ./dist
ENV NODE_ENV=production TZ=Asia/Jerusalem
USER node
CMD ["node", "dist/index.js"]
""")

add("compose/mysql-password", "branches/kiosk-server/docker-compose.yml", "Docker Compose / mysql image docs (MYSQL_PASSWORD)", """
# שרת הקיוסק בסניפים: צ'ק-אין של תלמידים בכניסה
services:
  kiosk-api:
    image: registry.ulpan-lingo.co.il/kiosk-api:2.3.1
    restart: unless-stopped
    environment:
      DATABASE_URL: mysql://kiosk:${MYSQL_PASSWORD}@db:3306/kiosk
      BRANCH_CODE: ${BRANCH_CODE}
      TZ: Asia/Jerusalem
    ports:
      - "8080:8080"
    depends_on:
      - db

  db:
    image: mysql:8.0
    restart: unless-stopped
    environment:
      MYSQL_DATABASE: kiosk
      MYSQL_USER: kiosk
      MYSQL_PASSWORD: "@@secret@@"
      MYSQL_ROOT_PASSWORD: "@@root@@"
    volumes:
      - kiosk-db:/var/lib/mysql

volumes:
  kiosk-db:
""", rand_pw(16), root="${MYSQL_ROOT_PASSWORD}")

add("compose/decoy-env-file", "apps/dev/docker-compose.dev.yml", "Docker Compose env_file docs", """
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: dev
      POSTGRES_PASSWORD: dev
      POSTGRES_DB: enrolment_dev
    ports: ["5432:5432"]
  redis:
    image: redis:7
    ports: ["6379:6379"]
  portal:
    build: ../portal
    env_file: .env.local
    depends_on: [postgres, redis]
""")

add("compose/redis-password", "deploy/compose/reminders.yml", "Redis docs (requirepass, redis:// URL with password)", """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--appendonly", "yes", "--requirepass", "@@secret@@"]
    volumes:
      - redis-data:/data
  worker:
    image: registry.ulpan-lingo.co.il/reminders:1.9.0
    environment:
      REDIS_URL: redis://:@@secret@@@redis:6379/0
      TZ: Asia/Jerusalem
    depends_on: [redis]
volumes:
  redis-data:
""", fakes.redis_password(_seed()))

add("terraform/aws-secret-access-key", "infra/terraform/backups/provider.tf", "Terraform AWS provider docs (access_key / secret_key arguments)", """
# גיבוי Moodle ל-S3 בפרנקפורט
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
  access_key = "@@akid@@"
  secret_key = "@@secret@@"
}

resource "aws_s3_bucket" "moodle_backups" {
  bucket = "ulpan-lingo-moodle-backups"
  tags = {
    Owner = "it"
    App   = "moodle"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "moodle_backups" {
  bucket = aws_s3_bucket.moodle_backups.id
  rule {
    id     = "expire-old"
    status = "Enabled"
    expiration {
      days = 90
    }
  }
}
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("terraform/decoy-variable-reference", "infra/terraform/db/main.tf", "Terraform sensitive variables docs", """
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "enrolment" {
  identifier              = "enrolment-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t4g.medium"
  allocated_storage       = 50
  username                = "lingo_admin"
  password                = var.db_password
  backup_retention_period = 14
  deletion_protection     = true
}
""")

add("terraform/postgres-password", "infra/terraform/moodle/terraform.tfvars", "Terraform .tfvars docs", """
region            = "eu-central-1"
environment       = "prod"
moodle_domain     = "learn.ulpan-lingo.co.il"
db_instance_class = "db.t4g.large"
db_username       = "moodle"
db_password       = "@@secret@@"
backup_bucket     = "ulpan-lingo-moodle-backups"
alert_email       = "it@ulpan-lingo.co.il"
""", words_pw())

add("github-actions/pypi-token", ".github/workflows/publish-hebrew-nlp.yml", "PyPI API tokens docs (__token__ with pypi- token)", """
name: publish lingo-hebrew-tools

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
      - run: pip install build twine
      - run: python -m build
      - name: upload
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
        run: twine upload dist/*
""", fakes.pypi_token(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-portal.yml", "GitHub Actions encrypted secrets docs (${{ secrets.X }})", """
name: deploy portal

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
          role-to-assume: arn:aws:iam::412937550182:role/github-deploy-portal
          aws-region: eu-central-1
      - run: npm ci && npm run build
        working-directory: apps/portal
      - run: aws s3 sync apps/portal/dist s3://register-ulpan-lingo-co-il --delete
      - name: notify
        run: |
          curl -sS -X POST "${{ secrets.SLACK_WEBHOOK_URL }}" -d '{"text":"portal deployed"}'
""")

add("github-actions/slack-webhook", ".github/workflows/nightly-backup.yml", "Slack incoming webhooks docs", """
name: nightly moodle backup check

on:
  schedule:
    - cron: "30 3 * * *"

jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - name: check last backup age
        id: age
        run: echo "hours=$(./scripts/backup_age.sh)" >> "$GITHUB_OUTPUT"
      - name: alert
        if: steps.age.outputs.hours > 26
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \\
            --data '{"text":"גיבוי Moodle לא רץ מעל 26 שעות"}' \\
            @@secret@@
""", slack_webhook())

add("ansible/ldap-bind-password", "ansible/group_vars/branches.yml", "Ansible variables docs; LDAP bind DN and password", """
---
# הגדרות משותפות לכל מחשבי המזכירות בסניפים
timezone: Asia/Jerusalem
locale: he_IL.UTF-8
ntp_servers:
  - 0.il.pool.ntp.org
  - 1.il.pool.ntp.org

ldap_uri: ldaps://dc1.office.ulpan-lingo.co.il:636
ldap_base_dn: "dc=office,dc=ulpan-lingo,dc=co,dc=il"
ldap_bind_dn: "cn=svc-sssd,ou=Service Accounts,dc=office,dc=ulpan-lingo,dc=co,dc=il"
ldap_bind_password: "@@secret@@"

printers:
  - name: secretary-hp
    uri: ipp://10.20.0.50/ipp/print
""", words_pw())

add("ansible/decoy-vault-encrypted", "ansible/group_vars/moodle/vault.yml", "Ansible Vault docs ($ANSIBLE_VAULT;1.1;AES256)", """
$ANSIBLE_VAULT;1.1;AES256
62313365396662343061393464336163383764373764613633653634306231386433626436623361
6134333665353966363534333632666535333761666131620a663537646436643839616531643561
63396430663139326265373764636263366537376263613563396663336638353565316632336239
3935303934336332650a363035366233666332353762316637616437306530346432356562306237
34313765383539356364613537623464353565386337623431306363363331353866376235383235
""")

add("ansible/wifi-psk", "ansible/roles/branch_ap/defaults/main.yml", "hostapd / UniFi WPA2 PSK configuration", """
---
# נקודות גישה בכיתות - רשת מורים ורשת תלמידים
branch_ap_country: IL
branch_ap_networks:
  - ssid: Lingo-Staff
    security: wpa2-psk
    psk: "@@secret@@"
    vlan: 20
  - ssid: Lingo-Students
    security: wpa2-psk
    psk: "{{ students_psk_by_branch[branch_code] }}"
    vlan: 30
    client_isolation: true
""", passphrase())

_akid, _ask = fakes.aws_key_id(_seed()), fakes.aws_secret_key(_seed())
add("ini/aws-secret-access-key", "ops/backup-host/.aws/credentials", "AWS CLI credentials file docs", """
[default]
region = eu-central-1

[moodle-backup]
aws_access_key_id = @@akid@@
aws_secret_access_key = @@secret@@

[readonly]
role_arn = arn:aws:iam::412937550182:role/readonly
source_profile = moodle-backup
""", _ask, akid=_akid)

add("ini/decoy-aws-example", "docs/examples/aws-credentials.example", "AWS docs example keys (AKIAIOSFODNN7EXAMPLE)", """
# Example only - the real file is created by `aws configure sso`
[default]
region = eu-central-1
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[profile lingo-dev]
sso_session = lingo
sso_account_id = 412937550182
sso_role_name = Developer
""")

add("shell/ssh-private-key", "ops/kiosk/provision_kiosk.sh", "OpenSSH private key format (BEGIN OPENSSH PRIVATE KEY)", """
#!/bin/bash
# הכנת מחשב קיוסק חדש לסניף: מפתח לשרת העדכונים
set -e
BRANCH="$1"
mkdir -p /home/kiosk/.ssh
cat > /home/kiosk/.ssh/id_updates <<'KEY'
@@secret@@
KEY
chmod 600 /home/kiosk/.ssh/id_updates
chown -R kiosk:kiosk /home/kiosk/.ssh
echo "BRANCH=${BRANCH}" > /etc/kiosk.env
systemctl enable --now kiosk-browser.service
""", pem("OPENSSH"))

add("yaml/decoy-public-cert", "deploy/k8s/ingress/ca-configmap.yaml", "Kubernetes ConfigMap with a public CA certificate", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: office-ca
  namespace: enrolment
data:
  ca.crt: |
@@cert@@
""", cert=indent(cert_pem(), 4))

add("yaml/tls-private-key", "deploy/k8s/ingress/tls-learn.yaml", "Kubernetes TLS Secret (stringData tls.key)", """
apiVersion: v1
kind: Secret
metadata:
  name: learn-tls
  namespace: moodle
type: kubernetes.io/tls
stringData:
  tls.crt: |
@@cert@@
  tls.key: |
@@key@@
""", (_k := pem("RSA")), cert=indent(cert_pem(), 4), key=indent(_k, 4))

# ---------------------------------------------------------------------------------------------
# Office IT and branch devices: AD, printers, NAS, cameras, routers, PowerShell
# ---------------------------------------------------------------------------------------------

add("powershell/ad-admin-password", "it/scripts/New-TeacherAccount.ps1", "PowerShell ConvertTo-SecureString -AsPlainText docs", """
# יצירת חשבון למורה חדש/ה ב-AD ושיוך לקבוצת הסניף
param(
    [Parameter(Mandatory)] [string] $FirstName,
    [Parameter(Mandatory)] [string] $LastName,
    [Parameter(Mandatory)] [ValidateSet("TLV", "JLM", "HFA", "BSV", "NTN")] [string] $Branch
)

$adminUser = "OFFICE\\svc-provision"
$adminPass = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($adminUser, $adminPass)

$sam = ($FirstName.Substring(0, 1) + $LastName).ToLower()
$initial = ConvertTo-SecureString ("Lingo" + (Get-Random -Minimum 1000 -Maximum 9999) + "!") -AsPlainText -Force

New-ADUser -Name "$FirstName $LastName" -SamAccountName $sam `
    -UserPrincipalName "$sam@ulpan-lingo.co.il" `
    -Path "OU=Teachers,OU=$Branch,DC=office,DC=ulpan-lingo,DC=co,DC=il" `
    -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true `
    -Credential $cred -Server dc1.office.ulpan-lingo.co.il

Add-ADGroupMember -Identity "Teachers-$Branch" -Members $sam -Credential $cred
Write-Host "created $sam"
""", words_pw())

add("powershell/decoy-get-credential", "it/scripts/Reset-KioskPassword.ps1", "PowerShell Get-Credential / SecretManagement docs", """
# Resets the local kiosk account on a branch PC. The admin credential comes from SecretManagement.
param([Parameter(Mandatory)] [string] $ComputerName)

$cred = Get-Secret -Name "branch-local-admin" -Vault LingoIT
$newPass = Read-Host -AsSecureString "New kiosk password"

Invoke-Command -ComputerName $ComputerName -Credential $cred -ScriptBlock {
    param($p)
    Set-LocalUser -Name "kiosk" -Password $p
} -ArgumentList $newPass
Write-Host "kiosk password reset on $ComputerName"
""")

add("powershell/smtp-password", "it/scripts/Send-MonthlyAttendance.ps1", "Send-MailMessage with PSCredential docs", """
$ErrorActionPreference = "Stop"
$month = (Get-Date).AddMonths(-1).ToString("yyyy-MM")
$report = "\\\\nas01\\reports\\attendance-$month.xlsx"

$smtpUser = "reports@ulpan-lingo.co.il"
$smtpPass = "@@secret@@"
$cred = New-Object PSCredential($smtpUser, (ConvertTo-SecureString $smtpPass -AsPlainText -Force))

Send-MailMessage -SmtpServer "smtp.office365.com" -Port 587 -UseSsl `
    -From $smtpUser -To "managers@ulpan-lingo.co.il" `
    -Subject "דוח נוכחות חודשי $month" -Body "מצורף דוח הנוכחות לכל הסניפים." `
    -Attachments $report -Credential $cred -Encoding UTF8
""", rand_pw(16))

add("markdown/printer-admin-password", "docs/it/branches/haifa.md", "Vendor manuals (embedded web server admin password)", """
# סניף חיפה - ציוד ורשת

| פריט | כתובת | משתמש | סיסמה | הערות |
|------|-------|-------|-------|-------|
| נתב Fortigate 40F | 10.30.0.1 | admin | בכספת IT | |
| מדפסת Ricoh IM C3000 (מזכירות) | 10.30.0.50 | admin | `@@secret@@` | ממשק Web Image Monitor |
| מצלמות Hikvision NVR | 10.30.0.60 | admin | בכספת IT | |
| מחשב קיוסק | 10.30.0.70 | kiosk | - | כניסה אוטומטית |

## שעות פעילות
א'-ה' 08:00-21:30, ו' 08:00-13:00

## איש קשר
טכנאי חוץ: גיל (054-0000000), מגיע בימי שלישי.
""", words_pw())

add("markdown/decoy-vault-pointer", "docs/it/branches/jerusalem.md", "Internal runbook pointing to a password manager", """
# סניף ירושלים - ציוד ורשת

| פריט | כתובת | משתמש | סיסמה |
|------|-------|-------|-------|
| נתב Fortigate 60F | 10.40.0.1 | admin | 1Password: IT / JLM Fortigate |
| מדפסת Canon iR-ADV C3530 | 10.40.0.50 | 7654321 | 1Password: IT / JLM Canon |
| NVR Dahua | 10.40.0.60 | admin | 1Password: IT / JLM NVR |

Passwords are never written in this repo. Rotate after every technician visit.
""")

add("yaml/nvr-rtsp-password", "ops/monitoring/frigate/config.yml", "Frigate NVR docs (rtsp://user:password@camera)", """
mqtt:
  enabled: false

cameras:
  tlv_entrance:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.20.0.61:554/Streaming/Channels/101
          roles: [detect, record]
    detect:
      width: 1280
      height: 720
  tlv_reception:
    ffmpeg:
      inputs:
        - path: rtsp://viewer:@@secret@@@10.20.0.62:554/Streaming/Channels/101
          roles: [record]

record:
  enabled: true
  retain:
    days: 7
""", rand_pw(12))

add("ini/nas-smb-password", "ops/backup-host/etc/fstab.d/nas.credentials", "mount.cifs credentials file docs (username=, password=)", """
# Synology NAS - share "teaching-materials" mounted on the backup host
# used by: //nas01.office.ulpan-lingo.co.il/teaching-materials /mnt/materials cifs credentials=...,vers=3.0 0 0
username=svc-backup
password=@@secret@@
domain=OFFICE
""", rand_pw(18, "!#%"))

add("shell/ftp-password", "ops/cron/upload_ministry_report.sh", "curl FTP upload docs (-u user:password)", """
#!/bin/sh
# דיווח חודשי למשרד העלייה והקליטה על תלמידי אולפן (קובץ CSV)
set -e
MONTH=$(date -d "last month" +%Y-%m)
FILE="/srv/reports/ulpan-students-${MONTH}.csv"

/usr/local/bin/export_ulpan_students --month "$MONTH" --out "$FILE"

curl --ftp-ssl -T "$FILE" \\
  -u "ulpanlingo:@@secret@@" \\
  "ftp://ftp.example-ministry.gov.il/incoming/ulpan/"

logger -t ministry-report "uploaded $FILE"
""", words_pw())

add("csv/decoy-device-inventory", "docs/it/inventory/devices-2024.csv", "Asset inventory export (serials, MACs)", """
asset_tag,branch,type,model,serial,mac,ip,purchased
LNG-0101,TLV,printer,Ricoh IM C3000,3100R450123,00:26:73:4a:1b:2c,10.20.0.50,2021-03-14
LNG-0102,TLV,nvr,Hikvision DS-7608NI,DS7608NI0820200417CCRRF12345678,c0:56:e3:11:22:33,10.20.0.60,2020-04-17
LNG-0201,JLM,printer,Canon iR-ADV C3530,XLW01234,00:1e:8f:aa:bb:cc,10.40.0.50,2022-01-09
LNG-0301,HFA,router,Fortinet 40F,FGT40FTK21012345,70:4c:a5:de:ad:01,10.30.0.1,2021-11-30
LNG-0302,HFA,kiosk,Lenovo M70q,PF3ABCDE,e8:6a:64:01:02:03,10.30.0.70,2023-08-21
LNG-0401,BSV,kiosk,Lenovo M70q,PF3ABCDF,e8:6a:64:01:02:04,10.50.0.70,2023-08-21
""")

add("json/router-admin-password", "ops/branches/netanya/fortigate-backup-notes.json", "FortiOS REST API docs (access token / admin password)", """
{
  "branch": "NTN",
  "device": "FortiGate-40F",
  "mgmt_ip": "10.60.0.1",
  "firmware": "7.2.8",
  "admin_user": "admin",
  "admin_password": "@@secret@@",
  "vpn": {
    "peer": "hq-vpn.ulpan-lingo.co.il",
    "ike_version": 2,
    "psk_ref": "1Password: IT / VPN NTN"
  },
  "last_backup": "2024-10-02T21:00:00+03:00"
}
""", words_pw())

add("json/fortigate-api-token", "ops/monitoring/fortigate_exporter.json", "FortiOS REST API docs (API user token, 30 chars)", """
{
  "https://10.20.0.1": {
    "token": "@@secret@@",
    "probes": { "exclude": ["Wifi/Clients"] }
  },
  "https://10.40.0.1": {
    "token": "@@tok2@@",
    "probes": { "exclude": [] }
  }
}
""", fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits), tok2="${FGT_JLM_TOKEN}")

# ---------------------------------------------------------------------------------------------
# CRM, marketing, ERP, AI homework feedback
# ---------------------------------------------------------------------------------------------

add("python/mailchimp-api-key", "marketing/sync_leads_mailchimp.py", "Mailchimp Marketing API docs (key ends with -usNN data center)", """
\"\"\"Sync open-day leads (יום פתוח) from the CRM to the Mailchimp audience.\"\"\"
import mailchimp_marketing as MailchimpMarketing

from marketing.crm import leads_since

client = MailchimpMarketing.Client()
client.set_config({"api_key": "@@secret@@", "server": "us21"})

AUDIENCE_ID = "a1b2c3d4e5"


def sync(since):
    for lead in leads_since(since):
        client.lists.set_list_member(AUDIENCE_ID, lead.email_hash, {
            "email_address": lead.email,
            "status_if_new": "subscribed",
            "merge_fields": {"FNAME": lead.first_name, "BRANCH": lead.branch, "LANG": lead.language},
            "tags": ["open-day-2024"],
        })
""", mailchimp_key())

add("python/decoy-md5-email-hash", "marketing/crm.py", "Mailchimp docs (subscriber hash is MD5 of the lower-cased e-mail)", """
import hashlib
from dataclasses import dataclass


@dataclass
class Lead:
    email: str
    first_name: str
    branch: str
    language: str

    @property
    def email_hash(self) -> str:
        return hashlib.md5(self.email.lower().encode()).hexdigest()


# example: subscriber hash of "dana.k@gmail.com" as Mailchimp shows it
EXAMPLE_HASH = "6f3c1e0b9a2d4c8e7b5a3f1d0c9e8b7a"
""")

add("python/openai-api-key", "homework/essay_feedback.py", "OpenAI Python library docs (OpenAI(api_key=...))", """
# משוב אוטומטי על חיבורים באנגלית (רמה B1-B2), נבדק ע"י המורה לפני שליחה
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")

SYSTEM = (
    "You are an English teacher at an Israeli language school. Give short, kind feedback "
    "on grammar and vocabulary for a B1-B2 learner whose first language is Hebrew, Russian or Arabic."
)


def feedback(essay: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": essay}],
        temperature=0.3,
    )
    return resp.choices[0].message.content
""", openai_key())

add("notebook/openai-api-key", "homework/notebooks/rubric_experiments.ipynb", "Jupyter nbformat; OpenAI API keys (sk-proj-)", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# ניסוי: ציון אוטומטי לחיבורים לפי מחוון"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"@@secret@@\\"\\n",
    "from openai import OpenAI\\n",
    "client = OpenAI()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["B1: 14 essays, mean 3.2/5\\n"]}],
   "source": ["score_batch('essays/b1-2024-10.csv')"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", openai_key())

add("notebook/decoy-getpass", "homework/notebooks/attendance_analysis.ipynb", "Jupyter nbformat; getpass docs", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "from getpass import getpass\\n",
    "import pandas as pd, sqlalchemy as sa\\n",
    "pw = getpass('DB password: ')\\n",
    "engine = sa.create_engine(f'postgresql://analyst:{pw}@pg-replica.internal/enrolment')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df = pd.read_sql('select branch, course, attended, enrolled from v_attendance_2024', engine)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("json/gcp-service-account-key", "marketing/google/ads-reporting-sa.json", "Google Cloud service account key file format", """
{
  "type": "service_account",
  "project_id": "ulpan-lingo-marketing",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "ads-reporting@ulpan-lingo-marketing.iam.gserviceaccount.com",
  "client_id": "104729384756102938475",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ads-reporting%40ulpan-lingo-marketing.iam.gserviceaccount.com"
}
""", "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(pem("RSA").split("\n")[1:-1]) + "\\n-----END PRIVATE KEY-----\\n", kid=hexs(40))

add("javascript/decoy-firebase-config", "apps/student-app/src/firebase.js", "Firebase docs: web config apiKey is not a secret", """
// Firebase web config for the student app (push notifications for lesson changes).
// These values are public by design; access is controlled by security rules.
import { initializeApp } from "firebase/app";
import { getMessaging } from "firebase/messaging";

const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "lingo-student-app.firebaseapp.com",
  projectId: "lingo-student-app",
  storageBucket: "lingo-student-app.appspot.com",
  messagingSenderId: "583920174612",
  appId: "1:583920174612:web:4b7c1d9e2f3a5b6c7d8e9f",
};

export const app = initializeApp(firebaseConfig);
export const messaging = getMessaging(app);
""", key=google_api_key())

add("yaml/hubspot-private-app-token", "marketing/config/hubspot.yml", "HubSpot private app access tokens (pat-eu1-)", """
# HubSpot - טפסי יום פתוח ולידים מפייסבוק
hubspot:
  portal_id: 143729856
  region: eu1
  access_token: pat-eu1-@@secret_tail@@
  pipelines:
    open_day: "default"
    corporate_english: "78123456"
  owners:
    tlv: 512384
    jlm: 512391
""", "pat-eu1-" + (_hs := uuid_s()), secret_tail=_hs)

add("sql/crm-api-token", "db/migrations/0042_seed_integrations.sql", "SQL seed data with integration credentials", """
-- 0042: integrations table for the new CRM sync (Fireberry / Powerlink)
CREATE TABLE IF NOT EXISTS integrations (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    base_url    text NOT NULL,
    token       text NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO integrations (name, base_url, token) VALUES
    ('fireberry', 'https://api.fireberry.com/api/record', '@@secret@@'),
    ('greeninvoice', 'https://api.greeninvoice.co.il/api/v1', 'see vault: invoicing/green-invoice');
""", uuid_s())

add("sql/decoy-bcrypt-hashes", "db/seeds/dev_staff.sql", "bcrypt hash format ($2b$)", """
-- dev seed: staff accounts for the admin panel (passwords are bcrypt hashes of dev-only values)
INSERT INTO staff (email, full_name, role, branch, password_hash) VALUES
    ('orit@example.test',   'אורית כהן',  'finance',   'TLV', '@@h1@@'),
    ('yonatan@example.test', 'יונתן לוי',  'it',        'TLV', '@@h2@@'),
    ('marina@example.test', 'Marina Petrova', 'teacher', 'HFA', '@@h3@@'),
    ('samir@example.test',  'Samir Haddad', 'teacher',   'JLM', '@@h4@@');
""", h1=bcrypt_hash(), h2=bcrypt_hash(), h3=bcrypt_hash(), h4=bcrypt_hash())

add("sql/postgres-password", "db/roles/create_roles.sql", "PostgreSQL CREATE ROLE ... PASSWORD docs", """
-- תפקידים לבסיס הנתונים של ההרשמה
CREATE ROLE portal LOGIN PASSWORD '@@secret@@';
CREATE ROLE analyst LOGIN;  -- password set by IT with \\password, not here
CREATE ROLE moodle_sync LOGIN IN ROLE portal;

GRANT CONNECT ON DATABASE enrolment TO portal, analyst;
GRANT USAGE ON SCHEMA public TO portal, analyst;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO portal;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst;
""", words_pw())

# ---------------------------------------------------------------------------------------------
# Apps in many languages: kiosk, student app, translation and speech, textbook shop
# ---------------------------------------------------------------------------------------------

add("go/redis-password", "services/kiosk-api/internal/cache/redis.go", "go-redis docs (redis.Options{Password})", """
package cache

import (
	"context"
	"time"

	"github.com/redis/go-redis/v9"
)

// Check-in cache for the branch kiosks: today's lessons per branch, refreshed every 5 minutes.
func New() *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:         "redis.kiosk.internal:6379",
		Password:     "@@secret@@",
		DB:           2,
		DialTimeout:  3 * time.Second,
		ReadTimeout:  2 * time.Second,
		WriteTimeout: 2 * time.Second,
	})
}

func TodayLessons(ctx context.Context, rdb *redis.Client, branch string) ([]string, error) {
	return rdb.LRange(ctx, "lessons:"+branch+":"+time.Now().Format("2006-01-02"), 0, -1).Result()
}
""", fakes.redis_password(_seed()))

add("go/decoy-uuid-ids", "services/kiosk-api/internal/branches/branches.go", "UUIDs as record ids", """
package branches

// Branch ids as stored in the enrolment database (not secrets).
var IDs = map[string]string{
	"TLV": "@@u1@@",
	"JLM": "@@u2@@",
	"HFA": "@@u3@@",
	"BSV": "@@u4@@",
	"NTN": "@@u5@@",
}

// Names in Hebrew for the kiosk screen.
var Names = map[string]string{
	"TLV": "תל אביב",
	"JLM": "ירושלים",
	"HFA": "חיפה",
	"BSV": "באר שבע",
	"NTN": "נתניה",
}
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), u5=uuid_s())

add("go/postgres-password", "services/kiosk-api/cmd/migrate/main.go", "lib/pq connection string docs (postgres://user:password@host/db)", """
package main

import (
	"database/sql"
	"log"
	"os"

	_ "github.com/lib/pq"
)

const defaultDSN = "postgres://kiosk_admin:@@secret@@@pg-main.internal.ulpan-lingo.co.il:5432/kiosk?sslmode=require"

func main() {
	dsn := os.Getenv("KIOSK_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	if err := migrate(db); err != nil {
		log.Fatalf("migrate: %v", err)
	}
	log.Println("kiosk schema up to date")
}
""", rand_pw(20))

add("kotlin/zoom-sdk-secret", "student-app/android/app/src/main/java/il/ulpanlingo/student/ZoomJoin.kt", "Zoom Meeting SDK for Android docs (SDK key / secret -> JWT)", """
package il.ulpanlingo.student

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.SignatureAlgorithm
import java.util.Date

// Signs the Meeting SDK JWT on the device so students can join the class from the app.
object ZoomJoin {
    private const val SDK_KEY = "@@cid@@"
    private const val SDK_SECRET = "@@secret@@"

    fun signature(meetingNumber: Long, role: Int = 0): String {
        val now = System.currentTimeMillis() / 1000
        return Jwts.builder()
            .claim("appKey", SDK_KEY)
            .claim("mn", meetingNumber)
            .claim("role", role)
            .setIssuedAt(Date(now * 1000))
            .setExpiration(Date((now + 7200) * 1000))
            .signWith(SignatureAlgorithm.HS256, SDK_SECRET.toByteArray())
            .compact()
    }
}
""", zoom_secret(), cid=zoom_client_id())

add("kotlin/decoy-buildconfig", "student-app/android/app/build.gradle.kts", "Android BuildConfig fields from local.properties / CI env", """
plugins {
    id("com.android.application")
    kotlin("android")
}

val apiBase: String = System.getenv("LINGO_API_BASE") ?: "https://api.ulpan-lingo.co.il"

android {
    namespace = "il.ulpanlingo.student"
    compileSdk = 34
    defaultConfig {
        applicationId = "il.ulpanlingo.student"
        minSdk = 24
        targetSdk = 34
        versionCode = 412
        versionName = "4.1.2"
        buildConfigField("String", "API_BASE", "\\"$apiBase\\"")
        buildConfigField("String", "ZOOM_SIGNATURE_ENDPOINT", "\\"$apiBase/zoom/signature\\"")
        resourceConfigurations += listOf("iw", "en", "ru", "ar")
    }
    buildFeatures { buildConfig = true }
}
""")

add("swift/decoy-revenuecat-public-key", "student-app/ios/LingoStudent/Purchases.swift", "RevenueCat docs: public app-specific API keys (appl_) are safe in the app", """
import RevenueCat

/// In-app purchase of extra conversation lessons.
enum LingoPurchases {
    static let publicSDKKey = "appl_@@k@@"

    static func configure(userId: String) {
        Purchases.logLevel = .warn
        Purchases.configure(withAPIKey: publicSDKKey, appUserID: userId)
    }

    static func offerings() async throws -> Offerings {
        try await Purchases.shared.offerings()
    }
}
""", k=fakes.drawn_mixed(_seed(), 27))

add("swift/deepl-auth-key", "student-app/ios/LingoStudent/Services/Translator.swift", "DeepL API docs (DeepL-Auth-Key header, :fx free keys)", """
import Foundation

/// Word-by-word translation in the reading exercises (Hebrew <-> English/Russian).
struct Translator {
    private let endpoint = URL(string: "https://api-free.deepl.com/v2/translate")!
    private let authKey = "@@secret@@"

    func translate(_ text: String, to target: String) async throws -> String {
        var request = URLRequest(url: endpoint)
        request.httpMethod = "POST"
        request.setValue("DeepL-Auth-Key \\(authKey)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = try JSONEncoder().encode(["text": [text], "target_lang": target])
        let (data, _) = try await URLSession.shared.data(for: request)
        let decoded = try JSONDecoder().decode(DeepLResponse.self, from: data)
        return decoded.translations.first?.text ?? text
    }
}

private struct DeepLResponse: Decodable {
    struct Item: Decodable { let text: String }
    let translations: [Item]
}
""", uuid_s() + ":fx")

add("plist/decoy-google-service-info", "student-app/ios/LingoStudent/GoogleService-Info.plist", "Firebase iOS config file (API_KEY is a public identifier)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>@@k@@</string>
	<key>GCM_SENDER_ID</key>
	<string>583920174612</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>il.ulpanlingo.student</string>
	<key>PROJECT_ID</key>
	<string>lingo-student-app</string>
	<key>STORAGE_BUCKET</key>
	<string>lingo-student-app.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:583920174612:ios:9c2d4e6f8a0b1c3d5e7f90</string>
</dict>
</plist>
""", k=google_api_key())

add("plist/azure-speech-key", "student-app/ios/LingoStudent/Config/Secrets.plist", "Azure AI Speech docs (Ocp-Apim-Subscription-Key, 32 hex)", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>SpeechRegion</key>
	<string>westeurope</string>
	<key>SpeechSubscriptionKey</key>
	<string>@@secret@@</string>
	<key>PronunciationLocales</key>
	<array>
		<string>he-IL</string>
		<string>en-US</string>
	</array>
</dict>
</plist>
""", hexs(32))

add("python/azure-speech-key", "homework/pronunciation/assess.py", "Azure Speech SDK docs (SpeechConfig(subscription=, region=))", """
# הערכת הגייה לתרגילי דיבור בעברית
import azure.cognitiveservices.speech as speechsdk

SPEECH_KEY = "@@secret@@"
SPEECH_REGION = "westeurope"


def assess(wav_path: str, reference_text: str, locale: str = "he-IL") -> float:
    config = speechsdk.SpeechConfig(subscription=SPEECH_KEY, region=SPEECH_REGION)
    config.speech_recognition_language = locale
    audio = speechsdk.audio.AudioConfig(filename=wav_path)
    pa = speechsdk.PronunciationAssessmentConfig(
        reference_text=reference_text,
        grading_system=speechsdk.PronunciationAssessmentGradingSystem.HundredMark,
        granularity=speechsdk.PronunciationAssessmentGranularity.Phoneme,
    )
    recognizer = speechsdk.SpeechRecognizer(speech_config=config, audio_config=audio)
    pa.apply_to(recognizer)
    result = recognizer.recognize_once()
    return speechsdk.PronunciationAssessmentResult(result).pronunciation_score
""", hexs(32))

add("rust/mqtt-password", "devices/nfc-reader/src/main.rs", "rumqttc docs (MqttOptions::set_credentials)", """
// NFC card reader at the branch entrance: publishes student check-ins to MQTT.
use rumqttc::{Client, MqttOptions, QoS};
use std::time::Duration;

const BROKER: &str = "mqtt.kiosk.internal";
const MQTT_USER: &str = "nfc-reader";
const MQTT_PASS: &str = "@@secret@@";

fn main() {
    let branch = std::env::var("BRANCH_CODE").unwrap_or_else(|_| "TLV".to_string());
    let mut opts = MqttOptions::new(format!("nfc-{}", branch), BROKER, 8883);
    opts.set_credentials(MQTT_USER, MQTT_PASS);
    opts.set_keep_alive(Duration::from_secs(30));
    let (client, mut connection) = Client::new(opts, 10);

    std::thread::spawn(move || {
        for card in reader::cards() {
            let topic = format!("checkin/{}", branch);
            client.publish(topic, QoS::AtLeastOnce, false, card.uid_hex()).unwrap();
        }
    });

    for event in connection.iter() {
        if let Err(e) = event {
            eprintln!("mqtt: {e}");
            std::thread::sleep(Duration::from_secs(5));
        }
    }
}

mod reader;
""", rand_pw(16))

add("toml/decoy-cargo-lock-checksum", "devices/nfc-reader/Cargo.lock", "Cargo.lock format (sha256 checksums)", """
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "rumqttc"
version = "0.24.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "pcsc"
version = "2.8.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"

[[package]]
name = "nfc-reader"
version = "0.3.1"
""", c1=hexs(64), c2=hexs(64))

add("toml/streamlit-db-password", "dashboards/branch_kpis/.streamlit/secrets.toml", "Streamlit secrets management docs (secrets.toml)", """
# לוח מחוונים לשיעורי מילוי כיתות לפי סניף
[connections.enrolment]
dialect = "postgresql"
host = "pg-replica.internal.ulpan-lingo.co.il"
port = 5432
database = "enrolment"
username = "dashboard_ro"
password = "@@secret@@"

[branding]
title = "Ulpan Lingo - KPIs"
""", words_pw())

add("toml/decoy-pyproject", "tools/hebrew-tools/pyproject.toml", "PEP 621 pyproject.toml", """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "lingo-hebrew-tools"
version = "0.7.0"
description = "Niqqud, transliteration and verb-table helpers for Ulpan Lingo course material"
requires-python = ">=3.10"
dependencies = ["regex>=2023.0", "pyyaml>=6.0"]

[project.urls]
Homepage = "https://github.com/ulpanlingo/hebrew-tools"

[tool.hatch.build]
exclude = ["tests/fixtures"]
""")

add("ini/pypi-token", "tools/hebrew-tools/.pypirc", "PyPI .pypirc docs (username __token__)", """
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

add("shell/npm-token", "apps/portal/.npmrc", "npm docs (.npmrc _authToken)", """
@ulpanlingo:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
audit-level=high
""", npm_token())

add("shell/decoy-npmrc-env", "apps/bot/.npmrc", "npm docs (${NPM_TOKEN} in .npmrc)", """
@ulpanlingo:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
fund=false
engine-strict=true
""")

add("ini/git-credentials-token", "ops/build-agent/home/.git-credentials", "git-credential-store docs (https://user:token@host)", """
https://lingo-ci:@@secret@@@github.com
https://lingo-ci:@@gl@@@gitlab.com
""" + "\n".join(["# managed by ansible role build_agent", "# do not edit by hand", "# rotated: 2024-06"]) + "\n", fakes.github_fine_grained_token(_seed()), gl="${GITLAB_TOKEN}")

add("ini/artifactory-password", "ops/build-agent/etc/pip.conf", "pip configuration docs (index-url with credentials)", """
[global]
index-url = https://ci-reader:@@secret@@@lingo.jfrog.io/artifactory/api/pypi/pypi-virtual/simple
timeout = 60
disable-pip-version-check = true

[install]
trusted-host = lingo.jfrog.io
""", rand_pw(24))

add("json/docker-registry-auth", "ops/build-agent/home/.docker/config.json", "Docker config.json auths (base64 user:password)", """
{
  "auths": {
    "registry.ulpan-lingo.co.il": {
      "auth": "@@auth@@"
    },
    "ghcr.io": {}
  },
  "credsStore": "",
  "HttpHeaders": {
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }
}
""", (_dr := b64("ci-push:" + rand_pw(18))), auth=_dr)

add("json/decoy-docker-credstore", "docs/examples/docker-config.json", "Docker credential helpers docs (credsStore)", """
{
  "auths": {
    "registry.ulpan-lingo.co.il": {},
    "412937550182.dkr.ecr.eu-central-1.amazonaws.com": {}
  },
  "credHelpers": {
    "412937550182.dkr.ecr.eu-central-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "pass"
}
""")

add("python/django-secret-key", "webshop/lingoshop/settings.py", "Django settings docs (SECRET_KEY)", """
\"\"\"Textbook shop (ספרי לימוד, חוברות עבודה) - Django settings.\"\"\"
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"
DEBUG = False
ALLOWED_HOSTS = ["shop.ulpan-lingo.co.il"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "catalog",
    "orders",
]

LANGUAGE_CODE = "he"
TIME_ZONE = "Asia/Jerusalem"
USE_I18N = True
USE_TZ = True

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "HOST": "pg-main.internal",
    }
}
STATIC_URL = "static/"
""", fakes.django_secret_key(_seed()))

add("python/decoy-django-env", "webshop/lingoshop/settings_prod.py", "django-environ docs", """
import environ

from .settings import *  # noqa: F401,F403

env = environ.Env()
SECRET_KEY = env("DJANGO_SECRET_KEY")
DATABASES["default"]["PASSWORD"] = env("SHOP_DB_PASSWORD")  # noqa: F405
SHOPIFY_TOKEN = env("SHOPIFY_ADMIN_TOKEN", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
""")

add("python/shopify-admin-token", "webshop/orders/shopify_sync.py", "Shopify Admin API docs (X-Shopify-Access-Token, shpat_)", """
# סנכרון מלאי חוברות מ-Shopify (החנות הישנה) לחנות החדשה
import requests

SHOP = "ulpan-lingo-books.myshopify.com"
HEADERS = {
    "X-Shopify-Access-Token": "shpat_@@tail@@",
    "Content-Type": "application/json",
}


def inventory_levels(location_id: int) -> list[dict]:
    url = f"https://{SHOP}/admin/api/2024-04/inventory_levels.json"
    r = requests.get(url, headers=HEADERS, params={"location_ids": location_id, "limit": 250}, timeout=30)
    r.raise_for_status()
    return r.json()["inventory_levels"]
""", "shpat_" + (_sh := hexs(32)), tail=_sh)

add("javascript/paypal-client-secret", "webshop/static/legacy/paypal-server.js", "PayPal REST docs (client id + secret, /v1/oauth2/token)", """
// Express server for PayPal orders (students abroad buying e-books)
const express = require("express");
const fetch = require("node-fetch");

const PAYPAL_CLIENT_ID = "@@cid@@";
const PAYPAL_SECRET = "@@secret@@";
const BASE = "https://api-m.paypal.com";

async function accessToken() {
  const auth = Buffer.from(`${PAYPAL_CLIENT_ID}:${PAYPAL_SECRET}`).toString("base64");
  const res = await fetch(`${BASE}/v1/oauth2/token`, {
    method: "POST",
    body: "grant_type=client_credentials",
    headers: { Authorization: `Basic ${auth}` },
  });
  return (await res.json()).access_token;
}

const app = express();
app.post("/api/orders", async (req, res) => {
  const token = await accessToken();
  const r = await fetch(`${BASE}/v2/checkout/orders`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ intent: "CAPTURE", purchase_units: [{ amount: { currency_code: "USD", value: "19.90" } }] }),
  });
  res.json(await r.json());
});
app.listen(3000);
""", fakes.fake("E", 79, _seed()), cid=fakes.fake("A", 79, _seed()))

add("html/decoy-paypal-client-id", "webshop/templates/checkout_paypal.html", "PayPal JS SDK docs (client-id in the script URL is public)", """
{% extends "base.html" %}
{% block content %}
<h1>תשלום ב-PayPal</h1>
<div id="paypal-button-container"></div>
<script src="https://www.paypal.com/sdk/js?client-id=@@cid@@&currency=USD&locale=he_IL"></script>
<script>
  paypal.Buttons({
    createOrder: () => fetch("/api/orders", { method: "POST" }).then((r) => r.json()).then((o) => o.id),
    onApprove: (data) => fetch(`/api/orders/${data.orderID}/capture`, { method: "POST" }),
  }).render("#paypal-button-container");
</script>
{% endblock %}
""", cid=fakes.fake("A", 79, _seed()))

# ---------------------------------------------------------------------------------------------
# Back office: Priority ERP, Microsoft 365, phones, recordings, runbooks and logs
# ---------------------------------------------------------------------------------------------

add("php/priority-erp-password", "backoffice/priority/PriorityClient.php", "Priority Software REST API docs (OData, Basic auth)", """
<?php
// Priority ERP - יצירת לקוח וחשבונית עבור הרשמה מאושרת
namespace Lingo\\Backoffice\\Priority;

use GuzzleHttp\\Client;

final class PriorityClient
{
    private const BASE = 'https://erp.ulpan-lingo.co.il/odata/Priority/tabula.ini/lingo/';
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => self::BASE,
            'auth'     => ['API_LINGO', '@@secret@@'],
            'timeout'  => 30,
            'headers'  => ['Accept' => 'application/json'],
        ]);
    }

    public function createCustomer(string $name, string $taxId, string $phone): string
    {
        $resp = $this->http->post('CUSTOMERS', ['json' => [
            'CUSTDES' => $name,
            'WTAXNUM' => $taxId,
            'PHONE'   => $phone,
        ]]);
        return json_decode((string) $resp->getBody(), true)['CUSTNAME'];
    }
}
""", words_pw())

add("log/priority-basic-auth", "logs/priority-sync/2024-10-14.log", "HTTP Basic authentication (RFC 7617) logged by a debug client", """
2024-10-14T02:00:00+03:00 INFO  priority-sync starting, 63 receipts to post
2024-10-14T02:00:00+03:00 DEBUG > POST /odata/Priority/tabula.ini/lingo/AINVOICES HTTP/1.1
2024-10-14T02:00:00+03:00 DEBUG > Host: erp.ulpan-lingo.co.il
2024-10-14T02:00:00+03:00 DEBUG > Authorization: Basic @@auth@@
2024-10-14T02:00:00+03:00 DEBUG > Content-Type: application/json
2024-10-14T02:00:01+03:00 DEBUG < HTTP/1.1 201 Created
2024-10-14T02:00:01+03:00 INFO  receipt RC-241014-001 -> IV24001873
2024-10-14T02:00:09+03:00 WARN  receipt RC-241014-017: customer 512384 has no VAT number, posted as private
2024-10-14T02:00:31+03:00 INFO  done: 63 posted, 0 failed
""", (_pr := b64("API_LINGO:" + words_pw())), auth=_pr)

add("log/tranzila-password", "logs/portal/payments-error.log", "Tranzila CGI parameters (TranzilaPW) leaked in an error log", """
[2024-08-28 19:41:07] production.ERROR: Tranzila charge failed {"response":"004","student":"ST-90871"}
[2024-08-28 19:41:07] production.DEBUG: request body: supplier=ulpanlingotok&TranzilaPW=@@secret@@&sum=1450.00&currency=1&TranzilaTK=Z1a8f3c2e9b4d7a6c501&expdate=0927&cred_type=1&myid=ST-90871
[2024-08-28 19:41:07] production.INFO: retry scheduled in 10 minutes
[2024-08-28 19:51:08] production.INFO: Tranzila charge ok {"response":"000","index":"61234","student":"ST-90871"}
[2024-08-28 19:51:09] production.INFO: receipt queued RC-240828-044
""", rand_pw(12))

add("log/postgres-password", "logs/kiosk-api/kiosk-api-TLV.log", "lib/pq DSN printed in a startup error", """
2024-09-02T07:58:00.113+03:00 INFO  kiosk-api 2.3.1 starting (branch=TLV)
2024-09-02T07:58:00.114+03:00 DEBUG config: {"listen":":8080","branch":"TLV","dsn":"postgres://kiosk:@@secret@@@pg-main.internal.ulpan-lingo.co.il:5432/kiosk?sslmode=require","cache":"redis.kiosk.internal:6379"}
2024-09-02T07:58:05.120+03:00 ERROR db ping: dial tcp 10.10.0.21:5432: i/o timeout
2024-09-02T07:58:10.125+03:00 INFO  db ping ok
2024-09-02T07:58:10.301+03:00 INFO  loaded 38 lessons for today
2024-09-02T08:01:44.772+03:00 INFO  check-in ST-88412 lesson 612
""", rand_pw(20))

add("log/decoy-request-ids", "logs/portal/access-2024-09-01.log", "nginx combined log format; request ids and session-free URLs", """
10.20.0.5 - - [01/Sep/2024:09:12:01 +0300] "GET /he/courses/hebrew-aleph HTTP/1.1" 200 18211 "-" "Mozilla/5.0" rid=@@r1@@
10.20.0.5 - - [01/Sep/2024:09:12:02 +0300] "GET /static/app.4f9c2b1e.js HTTP/1.1" 200 412009 "-" "Mozilla/5.0" rid=@@r2@@
81.218.44.10 - - [01/Sep/2024:09:12:40 +0300] "POST /api/placement/start HTTP/1.1" 201 88 "-" "Mozilla/5.0" rid=@@r3@@
81.218.44.10 - - [01/Sep/2024:09:31:02 +0300] "POST /api/placement/submit HTTP/1.1" 200 214 "-" "Mozilla/5.0" rid=@@r4@@
81.218.44.10 - - [01/Sep/2024:09:31:05 +0300] "GET /he/placement/result/7f3b9c2a HTTP/1.1" 200 9120 "-" "Mozilla/5.0" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32))

add("log/decoy-redacted-authorization", "logs/bot/bot-2024-10-20.log", "Logging redaction of Authorization headers", """
2024-10-20 08:00:00 info  bot: sending 212 lesson reminders (whatsapp)
2024-10-20 08:00:00 debug POST https://graph.facebook.com/v19.0/104738291650213/messages headers={"Authorization":"Bearer [REDACTED]","Content-Type":"application/json"}
2024-10-20 08:00:01 debug 200 {"messages":[{"id":"wamid.HBgMOTcyNTQxMjM0NTY3FQIAERgSQjk4RkM2RjQ0QzE1QjA3MzY5AA=="}]}
2024-10-20 08:00:44 warn  bot: 3 numbers are not on WhatsApp, fell back to SMS
2024-10-20 08:00:45 info  bot: done
""")

add("csharp/azure-ad-client-secret", "Lingo.Accounts/GraphProvisioning.cs", "Microsoft identity platform docs (ClientSecretCredential)", """
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace Lingo.Accounts;

// פתיחת משתמש Microsoft 365 לכל מורה חדש (Teams לשיעורים מקוונים)
public static class GraphProvisioning
{
    private const string TenantId = "@@tenant@@";
    private const string ClientId = "@@client@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Client()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }

    public static async Task<User?> CreateTeacherAsync(string displayName, string upn, string branch)
    {
        var user = new User
        {
            AccountEnabled = true,
            DisplayName = displayName,
            MailNickname = upn.Split('@')[0],
            UserPrincipalName = upn,
            Department = branch,
            UsageLocation = "IL",
            PasswordProfile = new PasswordProfile { ForceChangePasswordNextSignIn = true, Password = Guid.NewGuid().ToString("N") + "aA1!" },
        };
        return await Client().Users.PostAsync(user);
    }
}
""", azure_secret(), tenant=uuid_s(), client=uuid_s())

add("csharp/sqlserver-password", "Lingo.Reports/Data/ReportsDb.cs", "SqlClient connection string docs (Password=)", """
using Microsoft.Data.SqlClient;

namespace Lingo.Reports.Data
{
    public static class ReportsDb
    {
        // דוחות מנהלים: מילוי כיתות והכנסות לפי סניף
        private const string ConnectionString =
            "Server=sql-reports.office.ulpan-lingo.co.il;Database=LingoReports;User Id=reports_app;" +
            "Password=@@secret@@;TrustServerCertificate=True;";

        public static SqlConnection Open()
        {
            var conn = new SqlConnection(ConnectionString);
            conn.Open();
            return conn;
        }
    }
}
""", words_pw())

add("json/decoy-keyvault-reference", "Lingo.Accounts/appsettings.Production.json", "Azure App Service Key Vault references docs (@Microsoft.KeyVault(...))", """
{
  "AzureAd": {
    "TenantId": "@@t@@",
    "ClientId": "@@c@@",
    "ClientSecret": "@Microsoft.KeyVault(SecretUri=https://kv-lingo-prod.vault.azure.net/secrets/graph-provisioning-secret/)"
  },
  "Reports": {
    "ConnectionString": "@Microsoft.KeyVault(VaultName=kv-lingo-prod;SecretName=reports-db)"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""", t=uuid_s(), c=uuid_s())

add("xml/sqlserver-password", "legacy/LingoAdmin/Web.config", "ASP.NET Web.config connectionStrings docs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="LingoAdmin"
         connectionString="Data Source=sql-legacy.office.ulpan-lingo.co.il;Initial Catalog=LingoAdmin;User ID=lingo_web;Password=@@secret@@;MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="DefaultCulture" value="he-IL" />
    <add key="BranchCodes" value="TLV,JLM,HFA,BSV,NTN" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <globalization culture="he-IL" uiCulture="he-IL" />
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="60" />
    </authentication>
  </system.web>
</configuration>
""", words_pw())

add("xml/maven-repo-password", "legacy/placement-test/.mvn/settings.xml", "Maven settings.xml servers docs", """
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>lingo-releases</id>
      <username>deployer</username>
      <password>@@secret@@</password>
    </server>
    <server>
      <id>lingo-snapshots</id>
      <username>deployer</username>
      <password>${env.MAVEN_SNAPSHOT_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>lingo-central</id>
      <mirrorOf>central</mirrorOf>
      <url>https://lingo.jfrog.io/artifactory/maven-virtual</url>
    </mirror>
  </mirrors>
</settings>
""", rand_pw(20))

add("xml/decoy-android-strings", "student-app/android/app/src/main/res/values-iw/strings.xml", "Android string resources (labels, not values)", """
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">אולפן לינגו</string>
    <string name="login_email">דוא\\"ל</string>
    <string name="login_password">סיסמה</string>
    <string name="login_forgot_password">שכחתי סיסמה</string>
    <string name="password_hint">לפחות 8 תווים, אות ומספר</string>
    <string name="api_key_missing">מפתח ה-API חסר, פנו לתמיכה</string>
    <string name="join_class">הצטרפות לשיעור</string>
    <string name="token_expired">פג תוקף ההתחברות, התחברו שוב</string>
</resources>
""")

add("java/ldap-bind-password", "legacy/LingoStaffPortal/src/main/java/il/ulpanlingo/staff/LdapAuth.java", "JNDI LDAP docs (Context.SECURITY_CREDENTIALS)", """
package il.ulpanlingo.staff;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

public final class LdapAuth {
    private static final String URL = "ldaps://dc1.office.ulpan-lingo.co.il:636";
    private static final String BIND_DN = "CN=svc-staffportal,OU=Service Accounts,DC=office,DC=ulpan-lingo,DC=co,DC=il";
    private static final String BIND_PW = "@@secret@@";

    public static DirContext serviceContext() throws NamingException {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, URL);
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, BIND_DN);
        env.put(Context.SECURITY_CREDENTIALS, BIND_PW);
        return new InitialDirContext(env);
    }
}
""", words_pw())

add("java/decoy-password-policy", "legacy/LingoStaffPortal/src/main/java/il/ulpanlingo/staff/PasswordPolicy.java", "OWASP password policy guidance", """
package il.ulpanlingo.staff;

import java.util.regex.Pattern;

/** Password rules for staff accounts (same as the AD policy). */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int HISTORY = 5;
    public static final String PASSWORD_FIELD = "password";
    private static final Pattern STRONG = Pattern.compile("^(?=.*[a-z])(?=.*[A-Z])(?=.*\\\\d).{10,}$");

    private PasswordPolicy() {}

    public static boolean acceptable(String candidate) {
        return candidate != null && STRONG.matcher(candidate).matches();
    }
}
""")

add("typescript/calendly-token", "apps/portal/src/server/calendly.ts", "Calendly API v2 docs (personal access token, Bearer)", """
// שיחות ייעוץ לפני הרשמה: שליפת אירועים מ-Calendly של יועצות ההרשמה
const CALENDLY_TOKEN =
  "@@secret@@";

export async function upcomingConsultations(organization: string) {
  const url = new URL("https://api.calendly.com/scheduled_events");
  url.searchParams.set("organization", organization);
  url.searchParams.set("status", "active");
  url.searchParams.set("min_start_time", new Date().toISOString());
  const res = await fetch(url, { headers: { Authorization: `Bearer ${CALENDLY_TOKEN}` } });
  if (!res.ok) throw new Error(`calendly ${res.status}`);
  const body = await res.json();
  return body.collection as Array<{ name: string; start_time: string; uri: string }>;
}
""", "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ."
  + b64('{"iss":"https://auth.calendly.com","iat":1719820800,"jti":"' + uuid_s() + '","user_uuid":"' + uuid_s() + '"}').rstrip("=").replace("+", "-").replace("/", "_")
  + "." + fakes.drawn(_seed(), 86, ALNUM + "-_"))

add("python/vimeo-access-token", "classes/recordings/upload_to_vimeo.py", "PyVimeo docs (VimeoClient(token=, key=, secret=))", """
\"\"\"Uploads the recorded Zoom lessons to the private Vimeo showcase of each group.\"\"\"
from pathlib import Path

import vimeo

client = vimeo.VimeoClient(
    token="@@secret@@",
    key="@@key@@",
    secret="${VIMEO_CLIENT_SECRET}",
)


def upload(recording: Path, group: str) -> str:
    uri = client.upload(str(recording), data={
        "name": f"{group} - {recording.stem}",
        "privacy": {"view": "disable", "embed": "whitelist"},
    })
    client.put(f"/me/albums/{group}/videos{uri.removeprefix('/videos')}")
    return uri
""", hexs(32), key=hexs(40))

add("python/decoy-test-fixture", "classes/recordings/tests/test_upload.py", "pytest fixtures with obviously fake values", """
from unittest import mock

import pytest

from classes.recordings import upload_to_vimeo


@pytest.fixture
def fake_client(monkeypatch):
    client = mock.Mock()
    client.upload.return_value = "/videos/123456789"
    monkeypatch.setattr(upload_to_vimeo, "client", client)
    return client


def test_upload_puts_video_in_group_album(fake_client, tmp_path):
    rec = tmp_path / "2024-10-01 hebrew-aleph.mp4"
    rec.write_bytes(b"\\x00" * 16)
    assert upload_to_vimeo.upload(rec, "TLV-ALEPH-EVE") == "/videos/123456789"
    fake_client.put.assert_called_once_with("/me/albums/TLV-ALEPH-EVE/videos/123456789")
    assert fake_client.upload.call_args.kwargs["data"]["privacy"]["view"] == "disable"
""")

add("yaml/datadog-api-key", "ops/datadog/datadog.yaml", "Datadog Agent datadog.yaml docs (api_key, 32 hex)", """
## Datadog agent on the Moodle servers
api_key: @@secret@@
site: datadoghq.eu
hostname: moodle-web-1
tags:
  - env:prod
  - app:moodle
  - owner:it
logs_enabled: true
process_config:
  process_collection:
    enabled: false
apm_config:
  enabled: false
""", hexs(32))

add("env/laravel-app-key", "legacy/site-2019/.env", "Laravel encryption docs (APP_KEY=base64:32 bytes)", """
APP_NAME="Ulpan Lingo"
APP_ENV=production
APP_KEY=@@secret@@
APP_DEBUG=false
APP_URL=https://old.ulpan-lingo.co.il

LOG_CHANNEL=daily

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=lingo_site
DB_USERNAME=lingo_site
DB_PASSWORD=

MAIL_MAILER=log
""", "base64:" + base64.b64encode(random.Random(_seed()).randbytes(32)).decode())

add("shell/mysql-password", "ops/cron/backup_old_site.sh", "mysqldump docs (-p<password> on the command line)", """
#!/bin/bash
# גיבוי לילי של האתר הישן (עד שנסגור אותו)
set -euo pipefail
STAMP=$(date +%F)
DEST=/mnt/materials/backups/old-site

mysqldump -u lingo_site -p'@@secret@@' --single-transaction --routines lingo_site \\
  | gzip > "${DEST}/lingo_site-${STAMP}.sql.gz"

find "$DEST" -name '*.sql.gz' -mtime +30 -delete
echo "backup ok ${STAMP}"
""", words_pw())

add("shell/sshpass-password", "ops/scripts/pull_kiosk_logs.sh", "sshpass docs (-p password)", """
#!/bin/bash
# Pull yesterday's kiosk logs from every branch for the attendance audit.
BRANCHES="10.20.0.70 10.40.0.70 10.30.0.70 10.50.0.70 10.60.0.70"
OUT=/srv/audit/kiosk/$(date -d yesterday +%F)
mkdir -p "$OUT"
for ip in $BRANCHES; do
  sshpass -p '@@secret@@' scp -o StrictHostKeyChecking=no kiosk@"$ip":/var/log/kiosk/checkin.log "$OUT/$ip.log" \\
    || echo "failed: $ip" >&2
done
""", rand_pw(14))

add("dockerfile/postgres-password", "ops/images/reports-etl/Dockerfile", "Docker docs (ENV values stay in the image)", """
FROM python:3.12-slim
WORKDIR /etl
RUN pip install --no-cache-dir psycopg[binary]==3.1.19 pandas==2.2.2 openpyxl==3.1.2
COPY etl/ ./etl/
ENV PGHOST=pg-replica.internal.ulpan-lingo.co.il \\
    PGDATABASE=enrolment \\
    PGUSER=etl \\
    PGPASSWORD=@@secret@@ \\
    TZ=Asia/Jerusalem
CMD ["python", "-m", "etl.monthly_reports"]
""", rand_pw(18))

_dcj = rand_pw(20)
add("k8s-secret/registry-password", "deploy/k8s/common/regcred.yaml", "Kubernetes docs (kubernetes.io/dockerconfigjson)", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: enrolment
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: @@cfg@@
""", _dcj, cfg=b64('{"auths":{"registry.ulpan-lingo.co.il":{"username":"k8s-pull","password":"' + _dcj + '","auth":"' + b64("k8s-pull:" + _dcj) + '"}}}'))

add("terraform/cloudflare-api-token", "infra/terraform/dns/providers.tf", "Terraform Cloudflare provider docs (api_token)", """
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

resource "cloudflare_record" "register" {
  zone_id = "3f9a2c1b7d4e6f8091a2b3c4d5e6f708"
  name    = "register"
  type    = "CNAME"
  value   = "d1x2y3z4.cloudfront.net"
  proxied = true
}
""", fakes.drawn_mixed(_seed(), 40, ALNUM + "_-"))

add("terraform/decoy-random-password", "infra/terraform/moodle/db.tf", "Terraform random_password + AWS Secrets Manager", """
resource "random_password" "moodle_db" {
  length           = 24
  special          = true
  override_special = "-_"
}

resource "aws_secretsmanager_secret" "moodle_db" {
  name = "prod/moodle/db"
}

resource "aws_secretsmanager_secret_version" "moodle_db" {
  secret_id     = aws_secretsmanager_secret.moodle_db.id
  secret_string = jsonencode({ username = "moodle", password = random_password.moodle_db.result })
}
""")

add("github-actions/aws-secret-access-key", ".github/workflows/sync-materials.yml", "GitHub Actions env; AWS access keys", """
name: sync teaching materials to S3

on:
  workflow_dispatch:
  schedule:
    - cron: "0 1 * * 0"

env:
  AWS_ACCESS_KEY_ID: @@akid@@
  AWS_SECRET_ACCESS_KEY: @@secret@@
  AWS_DEFAULT_REGION: eu-central-1

jobs:
  sync:
    runs-on: self-hosted
    steps:
      - name: sync
        run: aws s3 sync /mnt/materials/published s3://ulpan-lingo-materials --delete --exclude "*.tmp"
""", fakes.aws_secret_key(_seed()), akid=fakes.aws_key_id(_seed()))

add("yaml/digitalocean-token", ".gitlab-ci.yml", "GitLab CI variables; DigitalOcean personal access tokens (dop_v1_)", """
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  DIGITALOCEAN_ACCESS_TOKEN: "dop_v1_@@tail@@"

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - docker build -t registry.digitalocean.com/lingo/placement:$CI_COMMIT_SHORT_SHA .
    - docker push registry.digitalocean.com/lingo/placement:$CI_COMMIT_SHORT_SHA

deploy:
  stage: deploy
  image: digitalocean/doctl:1.104.0
  script:
    - doctl apps update $APP_ID --spec .do/app.yaml
  only: [main]
""", "dop_v1_" + (_do := hexs(64)), tail=_do)

add("ansible/become-password", "ansible/inventory/branches.ini", "Ansible inventory docs (ansible_become_password)", """
[tlv]
kiosk-tlv ansible_host=10.20.0.70
secretary-tlv ansible_host=10.20.0.10

[jlm]
kiosk-jlm ansible_host=10.40.0.70
secretary-jlm ansible_host=10.40.0.10

[branches:children]
tlv
jlm

[branches:vars]
ansible_user=itadmin
ansible_become=true
ansible_become_password=@@secret@@
""", words_pw())

add("ansible/decoy-hashed-user-password", "ansible/roles/kiosk_user/tasks/main.yml", "Ansible user module docs (password must be a crypt hash)", """
---
- name: kiosk user
  ansible.builtin.user:
    name: kiosk
    shell: /bin/bash
    groups: [video, audio]
    password: "@@h@@"
    update_password: on_create

- name: autologin
  ansible.builtin.template:
    src: autologin.conf.j2
    dest: /etc/lightdm/lightdm.conf.d/50-autologin.conf
    mode: "0644"
""", h="$6$" + fakes.drawn(_seed(), 16, ALNUM + "./") + "$" + fakes.drawn(_seed(), 86, ALNUM + "./"))

# ---------------------------------------------------------------------------------------------
# Decoys around the portal, docs and data exports
# ---------------------------------------------------------------------------------------------

add("markdown/decoy-readme-placeholders", "apps/portal/README.md", "README setup sections with placeholders", """
# פורטל ההרשמה - Ulpan Lingo

## הרצה מקומית

```bash
cp .env.example .env.local
docker compose -f ../dev/docker-compose.dev.yml up -d
npm install
npm run dev
```

ב-`.env.local` צריך למלא:

| משתנה | מאיפה |
|-------|-------|
| `STRIPE_SECRET_KEY` | `sk_test_...` מה-dashboard של Stripe (מצב test בלבד) |
| `CARDCOM_API_PASSWORD` | `<ask finance>` |
| `GREEN_INVOICE_SECRET` | Doppler, פרויקט portal, config dev |

Never put production keys in `.env.local`; production reads them from AWS Secrets Manager.
""")

add("yaml/decoy-openapi-example", "apps/portal/openapi.yaml", "OpenAPI 3 security schemes docs", """
openapi: 3.0.3
info:
  title: Ulpan Lingo enrolment API
  version: 2.4.0
servers:
  - url: https://api.ulpan-lingo.co.il/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    partnerKey:
      type: apiKey
      in: header
      name: X-Lingo-Partner-Key
  schemas:
    Enrolment:
      type: object
      properties:
        student_id: { type: string, example: "ST-88412" }
        course_id: { type: string, format: uuid, example: "3fa85f64-5717-4562-b3fc-2c963f66afa6" }
security:
  - bearerAuth: []
paths:
  /enrolments:
    post:
      summary: Create an enrolment (partner agencies send X-Lingo-Partner-Key: <your partner key>)
      responses:
        "201": { description: created }
""")

add("json/decoy-package-lock-integrity", "apps/bot/package-lock.json", "npm package-lock integrity (sha512 SRI)", """
{
  "name": "lingo-bot",
  "version": "1.6.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": { "name": "lingo-bot", "version": "1.6.0", "dependencies": { "express": "^4.19.2" } },
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "sha512-@@i1@@"
    },
    "node_modules/body-parser": {
      "version": "1.20.2",
      "resolved": "https://registry.npmjs.org/body-parser/-/body-parser-1.20.2.tgz",
      "integrity": "sha512-@@i2@@"
    }
  }
}
""", i1=base64.b64encode(random.Random(_seed()).randbytes(64)).decode(), i2=base64.b64encode(random.Random(_seed()).randbytes(64)).decode())

add("csv/decoy-student-export", "exports/branches/tlv-students-2024-09.csv", "CRM export (ids masked, no credentials)", """
student_id,first_name,last_name,teudat_zehut,phone,course,level,start_date,paid
ST-88412,דנה,כהן,*****1234,052-***-4567,hebrew-aleph,A,2024-09-01,yes
ST-88419,Ivan,Petrov,*****5521,054-***-1122,hebrew-aleph,A,2024-09-01,yes
ST-88433,רים,חדאד,*****9930,050-***-7788,english-b1,B1,2024-09-03,yes
ST-88440,Maria,Gonzalez,passport,053-***-3344,hebrew-bet,B,2024-09-03,no
ST-88451,יוסי,מזרחי,*****0087,058-***-9090,arabic-spoken,A,2024-09-05,yes
""")

add("python/decoy-token-regexes", "tools/log_scrubber/patterns.py", "Log scrubbing with regular expressions", """
\"\"\"Patterns the log shipper masks before logs leave the servers.\"\"\"
import re

PATTERNS = {
    "stripe": re.compile(r"\\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}\\b"),
    "twilio": re.compile(r"\\bAC[0-9a-f]{32}\\b"),
    "telegram": re.compile(r"\\b\\d{8,10}:AA[0-9A-Za-z_-]{33}\\b"),
    "tranzila_pw": re.compile(r"(TranzilaPW=)[^&\\s]+"),
    "basic_auth": re.compile(r"(Authorization:\\s*Basic\\s+)[A-Za-z0-9+/=]+"),
    "bearer": re.compile(r"(Bearer\\s+)[A-Za-z0-9._~+/-]+=*"),
}
MASK = "[REDACTED]"


def scrub(line: str) -> str:
    for pattern in PATTERNS.values():
        line = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + MASK, line)
    return line
""")

add("text/decoy-authorized-keys", "ansible/roles/branch_base/files/authorized_keys", "OpenSSH authorized_keys format (public keys)", """
# IT team - public keys only
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ yonatan@it-laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ orit@finance-laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ ci@build-agent
# rotated 2024-06
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 200, ALNUM + "+/") + "=")

add("yaml/decoy-jwt-public-key", "services/billing/config/jwt.yaml", "JWT verification with a public key (PEM PUBLIC KEY)", """
jwt:
  issuer: https://auth.ulpan-lingo.co.il
  audience: billing
  algorithms: [RS256]
  public_key: |
    -----BEGIN PUBLIC KEY-----
@@body@@
    -----END PUBLIC KEY-----
  leeway_seconds: 30
""", body=indent("\n".join(fakes.drawn(_seed() + i, 64, ALNUM + "+/") for i in range(5)) + "\nIDAQAB", 4))

add("yaml/decoy-sops-encrypted", "deploy/secrets/reminders.enc.yaml", "Mozilla SOPS encrypted file format (ENC[AES256_GCM,...])", """
twilio:
    account_sid: ENC[AES256_GCM,data:@@d1@@,iv:@@iv1@@,tag:@@t1@@,type:str]
    auth_token: ENC[AES256_GCM,data:@@d2@@,iv:@@iv2@@,tag:@@t2@@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:412937550182:key/@@kms@@
          created_at: "2024-05-02T09:14:33Z"
          enc: AQICAHh@@enc@@
          aws_profile: ""
    lastmodified: "2024-05-02T09:14:35Z"
    mac: ENC[AES256_GCM,data:@@mac@@,iv:@@iv3@@,tag:@@t3@@,type:str]
    version: 3.8.1
""", d1=b64(fakes.drawn(_seed(), 34)), iv1=b64(fakes.drawn(_seed(), 24)), t1=b64(fakes.drawn(_seed(), 12)) ,
    d2=b64(fakes.drawn(_seed(), 32)), iv2=b64(fakes.drawn(_seed(), 24)), t2=b64(fakes.drawn(_seed(), 12)),
    kms=uuid_s(), enc=fakes.drawn(_seed(), 180, ALNUM + "+/"), mac=b64(fakes.drawn(_seed(), 48)),
    iv3=b64(fakes.drawn(_seed(), 24)), t3=b64(fakes.drawn(_seed(), 12)))

add("terraform/decoy-ssm-parameter-names", "infra/terraform/reminders/params.tf", "AWS SSM Parameter Store (names, SecureString values set outside Terraform)", """
locals {
  reminder_params = [
    "/prod/reminders/twilio_account_sid",
    "/prod/reminders/twilio_auth_token",
    "/prod/reminders/sendgrid_api_key",
    "/prod/reminders/whatsapp_token",
  ]
}

data "aws_ssm_parameter" "reminders" {
  for_each        = toset(local.reminder_params)
  name            = each.value
  with_decryption = true
}
""")

add("k8s/decoy-image-digests", "deploy/k8s/portal/deployment.yaml", "Kubernetes Deployment pinned by image digest", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: portal
  namespace: enrolment
  annotations:
    git-commit: "@@sha@@"
spec:
  replicas: 3
  selector:
    matchLabels: { app: portal }
  template:
    metadata:
      labels: { app: portal }
    spec:
      imagePullSecrets: [{ name: regcred }]
      containers:
        - name: portal
          image: registry.ulpan-lingo.co.il/portal@sha256:@@digest@@
          envFrom:
            - secretRef: { name: portal-secrets }
          ports: [{ containerPort: 3000 }]
""", sha=hexs(40), digest=hexs(64))

add("javascript/decoy-sentry-dsn", "apps/portal/src/sentry.client.js", "Sentry docs: the DSN is safe to expose in client code", """
import * as Sentry from "@sentry/browser";

Sentry.init({
  dsn: "https://@@k@@@o4506812345678912.ingest.de.sentry.io/4506812345699999",
  environment: "production",
  release: "portal@2.4.0",
  tracesSampleRate: 0.1,
  beforeSend(event) {
    if (event.request) delete event.request.cookies;
    return event;
  },
});
""", k=hexs(32))

add("javascript/decoy-algolia-search-key", "apps/portal/src/search.js", "Algolia docs: search-only API key is public", """
// חיפוש קורסים באתר (search-only key, מוגבל לאינדקס courses)
import algoliasearch from "algoliasearch/lite";

const client = algoliasearch("LN8Q2X7K4P", "@@k@@");
const index = client.initIndex("courses_he");

export function searchCourses(query, branch) {
  return index.search(query, {
    filters: branch ? `branch:${branch}` : "",
    hitsPerPage: 12,
  });
}
""", k=hexs(32))

add("yaml/algolia-admin-key", "tools/indexer/config.yaml", "Algolia docs (Admin API key must stay server-side)", """
# Nightly reindex of the course catalogue into Algolia
algolia:
  app_id: LN8Q2X7K4P
  admin_api_key: @@secret@@
  indices:
    - name: courses_he
      source: sql/courses_he.sql
    - name: courses_en
      source: sql/courses_en.sql
schedule: "15 4 * * *"
""", hexs(32))

add("javascript/decoy-mapbox-public-token", "apps/portal/src/branch-map.js", "Mapbox docs: pk. tokens are public, sk. are secret", """
// Map of branches on the contact page
import mapboxgl from "mapbox-gl";

mapboxgl.accessToken = "pk.@@p@@.@@s@@";

export function renderMap(el, branches) {
  const map = new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12", center: [34.85, 31.9], zoom: 7 });
  branches.forEach((b) => new mapboxgl.Marker().setLngLat([b.lng, b.lat]).setPopup(new mapboxgl.Popup().setText(b.name_he)).addTo(map));
  return map;
}
""", p=b64('{"u":"ulpanlingo","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}').rstrip("="), s=fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("env/mapbox-secret-token", "tools/geocode/.env", "Mapbox docs (sk. secret tokens for uploads and geocoding)", """
# geocoding student addresses to the nearest branch (batch, server side)
MAPBOX_SECRET_TOKEN=sk.@@p@@.@@s@@
MAPBOX_ENDPOINT=https://api.mapbox.com/search/geocode/v6/batch
BATCH_SIZE=50
INPUT=/srv/geocode/in/students-addresses.csv
OUTPUT=/srv/geocode/out
""", "sk." + (_mp := b64('{"u":"ulpanlingo","a":"' + fakes.drawn(_seed(), 25, string.ascii_lowercase + string.digits) + '"}').rstrip("=")) + "." + (_ms := fakes.drawn(_seed(), 22, ALNUM + "-_")), p=_mp, s=_ms)

add("html/decoy-analytics-ids", "wordpress/wp-content/themes/lingo/header.php", "Google tag / Meta pixel ids are public", """
<!DOCTYPE html>
<html <?php language_attributes(); ?> dir="rtl">
<head>
<meta charset="<?php bloginfo('charset'); ?>">
<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7KX2Q9L4MZ"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-7KX2Q9L4MZ');
</script>
<!-- Meta Pixel -->
<script>!function(f,b,e,v,n,t,s){/* pixel loader */}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','914728365012734');fbq('track','PageView');</script>
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
""")

add("text/decoy-htpasswd", "ops/nginx/staging.htpasswd", "Apache htpasswd formats (bcrypt, apr1) - hashes only", """
# staging.register.ulpan-lingo.co.il basic auth (hashes)
orit:@@h1@@
yonatan:@@h2@@
marketing:$apr1$@@salt@@$@@h3@@
agency-wix:@@h4@@
reviewer:@@h5@@
""", h1=bcrypt_hash(), h2=bcrypt_hash(), salt=fakes.drawn(_seed(), 8, ALNUM + "./"), h3=fakes.drawn(_seed(), 22, ALNUM + "./"), h4=bcrypt_hash(), h5=bcrypt_hash())

add("python/decoy-django-password-hash", "webshop/catalog/fixtures/staff.json", "Django password hashers (pbkdf2_sha256$iterations$salt$hash)", """
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "shop-admin",
      "email": "shop@ulpan-lingo.co.il",
      "password": "pbkdf2_sha256$720000$@@salt@@$@@h@@=",
      "is_staff": true,
      "is_superuser": true
    }
  }
]
""", salt=fakes.drawn(_seed(), 22), h=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("markdown/decoy-example-jwt", "docs/api/authentication.md", "jwt.io sample token (public example)", """
# Authentication for partner agencies

Partner agencies (עמותות, סוכנויות קליטה) call the API with a JWT from `POST /v2/auth/token`.

Example of the shape of a token (this is the well-known sample from jwt.io, not a real token):

```
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
```

Send it as `Authorization: Bearer <token>`. Tokens expire after 1 hour; request a new one with your
client id and the client secret you received by the secure channel (never by e-mail).
""")

add("markdown/decoy-rotation-runbook", "docs/it/runbooks/rotate-secrets.md", "Secret rotation runbook without values", """
# החלפת סודות - נוהל רבעוני

1. Stripe: ב-dashboard -> Developers -> API keys -> Roll key. לעדכן ב-AWS Secrets Manager `prod/billing/stripe`.
2. Tranzila: מול נציג טרנזילה בטלפון; הסיסמה החדשה נשמרת ב-1Password בכספת Finance.
3. Twilio: Console -> Auth tokens -> secondary -> promote. לעדכן ב-SSM `/prod/reminders/twilio_auth_token`.
4. WhatsApp: System user token חדש ב-Business Manager, תוקף 60 יום.
5. סיסמאות מדפסות ו-NVR בסניפים: אחרי כל ביקור טכנאי.

אחרי כל החלפה: `kubectl rollout restart deploy -n billing` ו-`-n reminders`.
Do not paste any value into Slack, tickets or this repo.
""")

add("json/decoy-i18n-labels", "apps/portal/src/i18n/he.json", "i18n message catalogues (labels mentioning passwords and keys)", """
{
  "login.title": "כניסה לאזור האישי",
  "login.email": "אימייל",
  "login.password": "סיסמה",
  "login.submit": "כניסה",
  "login.forgot": "שכחת סיסמה?",
  "reset.token_invalid": "קישור האיפוס פג תוקף",
  "reset.new_password": "סיסמה חדשה",
  "partner.api_key": "מפתח API של הסוכנות",
  "partner.api_key_help": "המפתח נשלח אליכם בערוץ מאובטח. אל תשתפו אותו.",
  "payment.card_number": "מספר כרטיס",
  "payment.cvv": "3 ספרות בגב הכרטיס"
}
""")

add("ini/decoy-odbc-dsn", "ops/reports/etc/odbc.ini", "unixODBC odbc.ini (no password stored, Kerberos)", """
[LingoReports]
Driver = ODBC Driver 18 for SQL Server
Server = sql-reports.office.ulpan-lingo.co.il
Database = LingoReports
Trusted_Connection = yes
Encrypt = yes
TrustServerCertificate = no
; authentication via Kerberos keytab /etc/krb5.keytab (svc-reports)
""")

add("csv/decoy-sha256sums", "materials/releases/SHA256SUMS.csv", "sha256sum output for published course material", """
file,sha256,size_bytes
hebrew-aleph-workbook-2024.pdf,@@h1@@,18234112
hebrew-bet-workbook-2024.pdf,@@h2@@,20911450
english-b1-audio.zip,@@h3@@,412009331
arabic-spoken-vocab.pdf,@@h4@@,5120344
""", h1=hexs(64), h2=hexs(64), h3=hexs(64), h4=hexs(64))

add("shell/decoy-test-credentials", "apps/portal/scripts/dev_seed.sh", "Local development seed with documented dev-only values", """
#!/usr/bin/env bash
# Seeds the LOCAL dev database (docker compose dev stack). Never run against staging or prod.
set -euo pipefail
export PGHOST=localhost PGUSER=dev PGPASSWORD=dev PGDATABASE=enrolment_dev
psql -f db/seeds/dev_staff.sql
psql -f db/seeds/dev_courses.sql
echo "dev seed ok - log in as orit@example.test (dev)"
""")

# ---------------------------------------------------------------------------------------------
# More secrets: phones, notifications, mobile, handovers
# ---------------------------------------------------------------------------------------------

add("python/sms-gateway-token", "reminders/sms/sms019.py", "019 SMS JSON API (Bearer token)", """
# ספק SMS ישראלי (019) - גיבוי ל-Twilio כשיש תקלה
import requests

API_URL = "https://019sms.co.il/api"
API_USER = "ulpanlingo"
API_TOKEN = "@@secret@@"


def send_sms(phones: list[str], message: str, source: str = "UlpanLingo") -> dict:
    payload = {
        "sms": {
            "user": {"username": API_USER},
            "source": source,
            "destinations": {"phone": [{"_": p.replace("-", "")} for p in phones]},
            "message": message,
        }
    }
    r = requests.post(API_URL, json=payload, headers={"Authorization": f"Bearer {API_TOKEN}"}, timeout=20)
    r.raise_for_status()
    return r.json()
""", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9." + b64('{"first_key":"' + fakes.drawn(_seed(), 6, string.digits) + '","second_key":"' + fakes.drawn(_seed(), 9, string.digits) + '"}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("python/monday-api-token", "backoffice/monday/waitlist_board.py", "monday.com API docs (Authorization: <token>, GraphQL)", """
\"\"\"Mirror the course waitlist into the monday.com board the branch secretaries use.\"\"\"
import requests

MONDAY_TOKEN = (
    "@@p1@@"
    "@@p2@@"
)
BOARD_ID = 1487263950


def add_waitlist_item(student_name: str, course: str, branch: str, phone: str) -> str:
    query = \"\"\"
    mutation ($board: ID!, $name: String!, $values: JSON!) {
      create_item(board_id: $board, item_name: $name, column_values: $values) { id }
    }\"\"\"
    values = {"text": course, "status": {"label": branch}, "phone": {"phone": phone, "countryShortName": "IL"}}
    r = requests.post("https://api.monday.com/v2", json={"query": query, "variables": {
        "board": BOARD_ID, "name": student_name, "values": __import__("json").dumps(values)}},
        headers={"Authorization": MONDAY_TOKEN, "API-Version": "2024-04"}, timeout=20)
    r.raise_for_status()
    return r.json()["data"]["create_item"]["id"]
""", (_mon := "eyJhbGciOiJIUzI1NiJ9." + b64('{"tid":' + str(random.Random(_seed()).randint(10**8, 10**9)) + ',"aai":11,"uid":52918374,"iad":"2024-03-11T08:21:44.000Z","per":"me:write","actid":19283746,"rgn":"euc1"}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_")), p1=_mon[:90], p2=_mon[90:])

add("typescript/elevenlabs-api-key", "apps/audio-lab/src/tts.ts", "ElevenLabs API docs (xi-api-key header)", """
// Generates listening exercises (dialogues) for English B1 and Hebrew Aleph
import { writeFile } from "node:fs/promises";

const ELEVEN_KEY = "@@secret@@";
const VOICES = { teacherF: "21m00Tcm4TlvDq8ikWAM", teacherM: "pNInz6obpgDQGcFmaJgB" } as const;

export async function speak(text: string, voice: keyof typeof VOICES, out: string) {
  const res = await fetch(`https://api.elevenlabs.io/v1/text-to-speech/${VOICES[voice]}`, {
    method: "POST",
    headers: { "xi-api-key": ELEVEN_KEY, "Content-Type": "application/json", Accept: "audio/mpeg" },
    body: JSON.stringify({ text, model_id: "eleven_multilingual_v2" }),
  });
  if (!res.ok) throw new Error(`tts ${res.status}`);
  await writeFile(out, Buffer.from(await res.arrayBuffer()));
}
""", "sk_" + hexs(48))

add("yaml/google-oauth-client-secret", "moodle/sso/oauth2-google.yml", "Google OAuth 2.0 client secrets (GOCSPX-)", """
# התחברות ל-Moodle עם חשבון Google (תלמידים עם Gmail)
issuer:
  name: Google
  baseurl: https://accounts.google.com
  loginscopes: "openid profile email"
  loginscopesoffline: "openid profile email"
client:
  id: 583920174612-@@cid@@.apps.googleusercontent.com
  secret: @@secret@@
redirect: https://learn.ulpan-lingo.co.il/admin/oauth2callback.php
allow_domains: []
show_on_login_page: true
""", "GOCSPX-" + fakes.drawn_mixed(_seed(), 28, ALNUM + "-_"), cid=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("python/teams-webhook-url", "ops/alerts/teams_notify.py", "Microsoft Teams incoming webhook URLs", """
# התראות ל-Teams של צוות ה-IT כשקיוסק בסניף לא מדווח
import requests

TEAMS_WEBHOOK = "https://ulpanlingo.webhook.office.com/webhookb2/@@g1@@@@@t@@/IncomingWebhook/@@secret_part@@/@@g2@@"


def notify(branch: str, minutes: int) -> None:
    card = {
        "@type": "MessageCard",
        "@context": "http://schema.org/extensions",
        "summary": f"Kiosk {branch} offline",
        "themeColor": "D70000",
        "title": f"הקיוסק בסניף {branch} לא מדווח {minutes} דקות",
        "text": "לבדוק חשמל ורשת; אם צריך, להפעיל מחדש מרחוק.",
    }
    requests.post(TEAMS_WEBHOOK, json=card, timeout=10).raise_for_status()
""", None, g1=(_tg1 := uuid_s()), t=(_tt := uuid_s()), secret_part=(_tsp := hexs(32)), g2=(_tg2 := uuid_s()))
CASES[-1] = LabelledCase(CASES[-1].category, CASES[-1].file_name, CASES[-1].text,
                         f"https://ulpanlingo.webhook.office.com/webhookb2/{_tg1}@{_tt}/IncomingWebhook/{_tsp}/{_tg2}",
                         CASES[-1].source)

add("go/slack-bot-token", "services/kiosk-api/internal/notify/slack.go", "slack-go docs (slack.New(token))", """
package notify

import (
	"fmt"

	"github.com/slack-go/slack"
)

const channelFrontDesk = "C05KX2M9Q1Z"

var api = slack.New("@@secret@@")

// LateStudent posts to the front-desk channel when a student checks in more than 20 minutes late.
func LateStudent(branch, studentID string, minutes int) error {
	text := fmt.Sprintf(":clock3: %s: תלמיד/ה %s הגיע/ה באיחור של %d דקות", branch, studentID, minutes)
	_, _, err := api.PostMessage(channelFrontDesk, slack.MsgOptionText(text, false))
	return err
}
""", slack_bot())

add("sql/dblink-password", "db/reports/monthly_revenue.sql", "PostgreSQL dblink docs (connection string with password)", """
-- הכנסות חודשיות לפי סניף, משולב עם נתוני Moodle (נוכחות)
CREATE EXTENSION IF NOT EXISTS dblink;

SELECT e.branch,
       date_trunc('month', e.paid_at) AS month,
       sum(e.amount_ils)               AS revenue,
       avg(m.attendance_rate)          AS attendance
FROM enrolments e
JOIN dblink('host=pg-moodle.internal dbname=moodle user=reports password=@@secret@@',
            'SELECT courseid, attendance_rate FROM mdl_lingo_attendance_summary')
     AS m(courseid bigint, attendance_rate numeric)
  ON m.courseid = e.moodle_course_id
WHERE e.paid_at >= date_trunc('year', now())
GROUP BY 1, 2
ORDER BY 2, 1;
""", rand_pw(16))

add("notebook/postgres-password", "dashboards/notebooks/dropout_analysis.ipynb", "Jupyter nbformat; SQLAlchemy URL with password", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## נשירה מקורסים לפי סניף ושפת אם"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "from sqlalchemy import create_engine\\n",
    "engine = create_engine('postgresql+psycopg://analyst:@@secret@@@pg-replica.internal:5432/enrolment')\\n",
    "df = pd.read_sql('select * from v_dropouts_2024', engine)\\n",
    "df.groupby(['branch', 'native_language']).dropped.mean().unstack()"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("powershell/wifi-psk", "it/scripts/Add-StaffWifi.ps1", "netsh wlan profile XML (keyMaterial)", """
# מוסיף את רשת Lingo-Staff למחשב מזכירות חדש
$ssid = "Lingo-Staff"
$psk = "@@secret@@"
$xml = @"
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>$ssid</name>
  <SSIDConfig><SSID><name>$ssid</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM><security>
    <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption><useOneX>false</useOneX></authEncryption>
    <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>$psk</keyMaterial></sharedKey>
  </security></MSM>
</WLANProfile>
"@
$path = Join-Path $env:TEMP "lingo-staff.xml"
$xml | Out-File -Encoding utf8 $path
netsh wlan add profile filename="$path" user=all
Remove-Item $path
""", passphrase())

add("markdown/nvr-password", "docs/handover/beer-sheva-branch.md", "Handover note for a branch manager", """
# סניף באר שבע - חפיפה למנהלת החדשה (מיכל)

שלום מיכל, ריכזתי כאן את מה שצריך לשבוע הראשון.

## מצלמות
- מערכת Dahua NVR בארון התקשורת, מסך בעמדת המזכירות.
- כניסה: משתמש `admin`, סיסמה `@@secret@@`
- שומרים 14 יום. בקשות צפייה רק דרך המשרד הראשי.

## קיוסק
- אם הקיוסק תקוע: כפתור הפעלה 10 שניות. אם לא עוזר - להתקשר ליונתן.

## מפתחות
- מפתח לכיתה 3 אצל השומר.
- קוד לשער החניה מתחלף כל חודש, מקבלים SMS מהבניין.
""", words_pw())

add("kotlin/fcm-server-key", "student-app/android/tools/PushTest.kt", "Firebase Cloud Messaging legacy server key (AAAA...:APA91b...)", """
package il.ulpanlingo.tools

import java.net.HttpURLConnection
import java.net.URL

// Quick tool to send a test push about a cancelled lesson (legacy FCM HTTP API).
private const val SERVER_KEY = "@@secret@@"

fun main(args: Array<String>) {
    val deviceToken = args.firstOrNull() ?: error("device token?")
    val body = \"\"\"{"to":"$deviceToken","notification":{"title":"שיעור בוטל","body":"השיעור של היום ב-18:00 בוטל"}}\"\"\"
    val conn = URL("https://fcm.googleapis.com/fcm/send").openConnection() as HttpURLConnection
    conn.requestMethod = "POST"
    conn.doOutput = true
    conn.setRequestProperty("Authorization", "key=$SERVER_KEY")
    conn.setRequestProperty("Content-Type", "application/json")
    conn.outputStream.use { it.write(body.toByteArray()) }
    println("FCM -> ${conn.responseCode}")
}
""", "AAAA" + fakes.drawn(_seed(), 7, ALNUM + "_-") + ":APA91b" + fakes.drawn(_seed(), 134, ALNUM + "_-"))

add("rust/postgres-password", "devices/attendance-sync/src/db.rs", "sqlx docs (PgPoolOptions::connect with a URL)", """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

/// Attendance sync: NFC check-ins from MQTT into the enrolment database.
pub async fn pool() -> Result<PgPool, sqlx::Error> {
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| {
        "postgres://attendance:@@secret@@@pg-main.internal.ulpan-lingo.co.il/enrolment".to_string()
    });
    PgPoolOptions::new()
        .max_connections(4)
        .connect(&url)
        .await
}

pub async fn record(pool: &PgPool, branch: &str, card_uid: &str) -> Result<(), sqlx::Error> {
    sqlx::query("insert into checkins (branch, card_uid, at) values ($1, $2, now())")
        .bind(branch)
        .bind(card_uid)
        .execute(pool)
        .await?;
    Ok(())
}
""", rand_pw(22))

add("compose/moodle-db-password", "moodle/docker-compose.yml", "Bitnami Moodle image docs (MOODLE_DATABASE_PASSWORD)", """
services:
  mariadb:
    image: bitnami/mariadb:11.2
    environment:
      - MARIADB_USER=bn_moodle
      - MARIADB_DATABASE=bitnami_moodle
      - MARIADB_PASSWORD=@@secret@@
      - ALLOW_EMPTY_PASSWORD=no
    volumes:
      - mariadb_data:/bitnami/mariadb
  moodle:
    image: bitnami/moodle:4.3
    ports:
      - "80:8080"
      - "443:8443"
    environment:
      - MOODLE_DATABASE_HOST=mariadb
      - MOODLE_DATABASE_USER=bn_moodle
      - MOODLE_DATABASE_NAME=bitnami_moodle
      - MOODLE_DATABASE_PASSWORD=@@secret@@
      - MOODLE_SITE_NAME=Ulpan Lingo Online
      - MOODLE_LANG=he
    volumes:
      - moodle_data:/bitnami/moodle
      - moodledata_data:/bitnami/moodledata
    depends_on:
      - mariadb
volumes:
  mariadb_data:
  moodle_data:
  moodledata_data:
""", words_pw())

add("env/call-center-api-token", "backoffice/callcenter/.env", "Voicenter API (token for call logs and recordings)", """
# מוקד טלפוני - שליפת שיחות נכנסות מלידים
VOICENTER_API_URL=https://api.voicenter.com/hub/cdr/
VOICENTER_TOKEN=@@secret@@
VOICENTER_DEPARTMENT=sales
CRM_SYNC_INTERVAL_MIN=10
RECORDINGS_BUCKET=s3://ulpan-lingo-call-recordings
RETENTION_DAYS=180
""", fakes.drawn_mixed(_seed(), 40))

add("ruby/mailgun-api-key", "legacy/kids-camp/app/services/camp_mailer.rb", "Mailgun API docs (api:key Basic auth, key-...)", """
require "net/http"
require "uri"

# מכתבי אישור למחנה הקיץ לילדים (הורים)
class CampMailer
  DOMAIN = "mg.ulpan-lingo.co.il"
  API_KEY = "@@secret@@"

  def self.confirm(parent_email, child_name, session)
    uri = URI("https://api.eu.mailgun.net/v3/#{DOMAIN}/messages")
    req = Net::HTTP::Post.new(uri)
    req.basic_auth("api", API_KEY)
    req.set_form_data(
      "from" => "Lingo Kids <camp@#{DOMAIN}>",
      "to" => parent_email,
      "subject" => "אישור הרשמה למחנה - #{child_name}",
      "text" => "#{child_name} רשום/ה למחזור #{session}. נתראה!"
    )
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
  end
end
""", "key-" + hexs(32))

add("json/postmark-server-token", "services/notifications/config/postmark.json", "Postmark API docs (X-Postmark-Server-Token, UUID)", """
{
  "provider": "postmark",
  "serverToken": "@@secret@@",
  "messageStream": "outbound",
  "from": "Ulpan Lingo <no-reply@ulpan-lingo.co.il>",
  "templates": {
    "placement_result_he": 35720019,
    "placement_result_en": 35720020,
    "receipt_he": 35720031
  },
  "trackOpens": false
}
""", uuid_s())

add("python/jwt-signing-secret", "services/partner_api/auth.py", "PyJWT docs (HS256 shared secret)", """
\"\"\"Tokens for partner agencies (absorption centres, NGOs) calling the enrolment API.\"\"\"
from datetime import datetime, timedelta, timezone

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"
ISSUER = "https://auth.ulpan-lingo.co.il"


def issue(partner_id: str, scopes: list[str]) -> str:
    now = datetime.now(timezone.utc)
    claims = {"iss": ISSUER, "sub": partner_id, "scope": " ".join(scopes), "iat": now, "exp": now + timedelta(hours=1)}
    return jwt.encode(claims, JWT_SECRET, algorithm=JWT_ALG)


def verify(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG], issuer=ISSUER)
""", rand_pw(48))

add("typescript/sentry-auth-token", "apps/portal/vite.config.ts", "Sentry Vite plugin docs (authToken, sntrys_)", """
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { sentryVitePlugin } from "@sentry/vite-plugin";

export default defineConfig({
  plugins: [
    react(),
    sentryVitePlugin({
      org: "ulpan-lingo",
      project: "portal",
      authToken: "@@secret@@",
      sourcemaps: { filesToDeleteAfterUpload: ["dist/**/*.map"] },
    }),
  ],
  build: { sourcemap: true },
  server: { port: 5173 },
});
""", "sntrys_" + b64('{"iat":1718000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"ulpan-lingo"}').rstrip("=") + "_" + fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("pem/apns-auth-key", "student-app/ios/keys/AuthKey_7QX4M2K9PL.p8", "Apple Push Notification service token auth key (.p8, PKCS#8 EC)", """
@@secret@@
""" + "\n", "-----BEGIN PRIVATE KEY-----\n" + "\n".join(fakes.drawn(_seed() + i, 64, ALNUM + "+/") for i in range(3)) + "\n" + fakes.drawn(_seed(), 8, ALNUM + "+/") + "\n-----END PRIVATE KEY-----")

add("k8s/openai-api-key", "deploy/k8s/homework/configmap.yaml", "Kubernetes ConfigMap (a key put in plain config)", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: homework-feedback
  namespace: homework
data:
  MODEL: gpt-4o-mini
  MAX_ESSAY_WORDS: "600"
  FEEDBACK_LANGS: "he,en,ru,ar"
  OPENAI_API_KEY: "@@secret@@"
  TEACHER_REVIEW_REQUIRED: "true"
""", openai_key())

add("java/mysql-password", "legacy/LingoStaffPortal/src/main/java/il/ulpanlingo/staff/Db.java", "MySQL Connector/J URL docs (user= and password= properties)", """
package il.ulpanlingo.staff;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    // שעות הוראה ותשלומים למורים
    private static final String URL =
        "jdbc:mysql://mysql-hr.office.ulpan-lingo.co.il:3306/teacher_hours?useSSL=true&user=staffportal&password=@@secret@@";

    private Db() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL);
    }
}
""", rand_pw(16))

add("csv/zoom-admin-password", "docs/it/vendor-accounts.csv", "Vendor accounts sheet exported to CSV", """
vendor,purpose,login,password,owner,renewal
Zoom,online classes (120 licences),zoom-admin@ulpan-lingo.co.il,@@secret@@,yonatan,2025-01-31
Moodle hosting,learn.ulpan-lingo.co.il,see AWS,n/a,yonatan,-
Tranzila,card payments,ulpanlingo,in 1Password (Finance),orit,-
Green Invoice,receipts,finance@ulpan-lingo.co.il,in 1Password (Finance),orit,2025-03-01
Wix,old landing pages,marketing@ulpan-lingo.co.il,in 1Password (Marketing),noa,2024-12-15
""", words_pw())

add("markdown/moodle-admin-password", "docs/onboarding/secretary-onboarding.md", "Onboarding document for branch secretaries", """
# Onboarding - branch secretaries

Welcome! These are the systems you will use every day.

1. **Enrolment portal** - https://register.ulpan-lingo.co.il/admin (your own user, created by IT).
2. **Moodle** - https://learn.ulpan-lingo.co.il
   - For adding students to groups use the shared manager account:
     user `branch-manager`, password `@@secret@@`
3. **Kiosk** - no login; if it shows an error, restart it.
4. **Phones** - Voicenter softphone, extension = branch code + 1.

Questions: it@ulpan-lingo.co.il or 03-0000000 ext. 9.
""", words_pw())

add("xml/tomcat-manager-password", "legacy/placement-test/conf/tomcat-users.xml", "Apache Tomcat tomcat-users.xml docs", """
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deploy" password="@@secret@@" roles="manager-script"/>
</tomcat-users>
""", rand_pw(16))

add("properties/android-keystore-password", "student-app/android/keystore.properties", "Android app signing docs (storePassword, keyPassword)", """
# release signing for il.ulpanlingo.student
storeFile=../keys/lingo-release.jks
storePassword=@@secret@@
keyAlias=lingo-release
keyPassword=@@secret@@
""" + "# generated 2021-08-03, keep in sync with CI\n", words_pw())

add("github-actions/docker-hub-password", ".github/workflows/build-kiosk.yml", "docker login docs (--password on the command line)", """
name: build kiosk image

on:
  push:
    paths: ["services/kiosk-api/**"]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: login
        run: docker login -u ulpanlingo -p "@@secret@@" docker.io
      - name: build and push
        run: |
          docker build -t ulpanlingo/kiosk-api:${GITHUB_SHA::7} services/kiosk-api
          docker push ulpanlingo/kiosk-api:${GITHUB_SHA::7}
""", rand_pw(20))

add("shell/sendgrid-api-key", "ops/scripts/test_mail.sh", "SendGrid v3 mail send docs (Authorization: Bearer SG.)", """
#!/bin/sh
# בדיקת שליחת מייל מהשרת אחרי שינוי DNS
TO="${1:-it@ulpan-lingo.co.il}"
curl -sS --request POST \\
  --url https://api.sendgrid.com/v3/mail/send \\
  --header "Authorization: Bearer @@secret@@" \\
  --header 'Content-Type: application/json' \\
  --data "{\\"personalizations\\":[{\\"to\\":[{\\"email\\":\\"${TO}\\"}]}],\\"from\\":{\\"email\\":\\"no-reply@ulpan-lingo.co.il\\"},\\"subject\\":\\"test\\",\\"content\\":[{\\"type\\":\\"text/plain\\",\\"value\\":\\"ok\\"}]}"
""", sendgrid_key())

add("php/smtp-password", "wordpress/wp-content/mu-plugins/lingo-smtp.php", "PHPMailer docs ($phpmailer->Password)", """
<?php
/**
 * Plugin Name: Lingo SMTP
 * Description: Sends WordPress mail (contact forms, open-day registrations) through Office 365.
 */
add_action( 'phpmailer_init', function ( $phpmailer ) {
    $phpmailer->isSMTP();
    $phpmailer->Host       = 'smtp.office365.com';
    $phpmailer->Port       = 587;
    $phpmailer->SMTPAuth   = true;
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->Username   = 'website@ulpan-lingo.co.il';
    $phpmailer->Password   = '@@secret@@';
    $phpmailer->From       = 'website@ulpan-lingo.co.il';
    $phpmailer->FromName   = 'אולפן לינגו';
    $phpmailer->CharSet    = 'UTF-8';
} );
""", words_pw())

_split_aws = fakes.aws_secret_key(_seed())
add("python/aws-secret-access-key", "tools/materials/publish_pdf.py", "boto3 docs (aws_secret_access_key argument)", """
# העלאת חוברות PDF לאתר (S3 + CloudFront)
import boto3

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="@@akid@@",
    aws_secret_access_key="@@a@@"
                          "@@b@@",
)


def publish(path: str, key: str) -> str:
    s3.upload_file(path, "ulpan-lingo-materials", key, ExtraArgs={"ContentType": "application/pdf"})
    return f"https://materials.ulpan-lingo.co.il/{key}"
""", _split_aws, akid=fakes.aws_key_id(_seed()), a=_split_aws[:20], b=_split_aws[20:])

add("python/ftp-password", "backoffice/ministry/upload_ftplib.py", "Python ftplib docs (FTP_TLS.login(user, passwd))", """
\"\"\"Older uploader for the ministry report, kept for the Haifa branch server.\"\"\"
from ftplib import FTP_TLS
from pathlib import Path


def upload(report: Path) -> None:
    ftps = FTP_TLS("ftp.example-ministry.gov.il", timeout=60)
    ftps.login("ulpanlingo-hfa", "@@secret@@")
    ftps.prot_p()
    ftps.cwd("/incoming/ulpan")
    with report.open("rb") as fh:
        ftps.storbinary(f"STOR {report.name}", fh)
    ftps.quit()
""", words_pw())

add("toml/poetry-repo-password", "tools/hebrew-tools/auth.toml", "Poetry docs (http-basic credentials in auth.toml)", """
# ~/.config/pypoetry/auth.toml on the build agent (copied here by mistake)
[http-basic.lingo-artifactory]
username = "ci-publisher"
password = "@@secret@@"

[http-basic.testpypi]
username = "__token__"
""", rand_pw(24))

add("yaml/helm-redis-password", "deploy/helm/reminders/values-prod.yaml", "Bitnami Redis Helm chart values (auth.password)", """
replicaCount: 2
image:
  repository: registry.ulpan-lingo.co.il/reminders
  tag: 1.9.0

redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@@secret@@"
  master:
    persistence:
      size: 2Gi

env:
  TZ: Asia/Jerusalem
  REMINDER_LEAD_HOURS: "3"
""", fakes.redis_password(_seed()))

add("text/ansible-vault-password", "ansible/.vault_pass", "Ansible Vault password file docs (--vault-password-file)", """
@@secret@@
""" + "# vault password for group_vars/*/vault.yml\n# owner: yonatan (IT)\n# do not commit (oops)\n# see docs/it/runbooks/rotate-secrets.md\n", passphrase())

add("csharp/redis-password", "Lingo.Billing/Infrastructure/Cache.cs", "StackExchange.Redis configuration docs (password=)", """
using StackExchange.Redis;

namespace Lingo.Billing.Infrastructure
{
    public static class Cache
    {
        private static readonly Lazy<ConnectionMultiplexer> Lazy = new(() =>
            ConnectionMultiplexer.Connect(
                "redis-billing.internal.ulpan-lingo.co.il:6380,ssl=true,abortConnect=false,password=@@secret@@"));

        public static IDatabase Db => Lazy.Value.GetDatabase();
    }
}
""", fakes.redis_password(_seed()))

add("terraform/github-token", "infra/terraform/github/main.tf", "Terraform GitHub provider docs (token)", """
provider "github" {
  owner = "ulpanlingo"
  token = "@@secret@@"
}

resource "github_repository" "hebrew_tools" {
  name        = "hebrew-tools"
  description = "Niqqud and verb-table helpers"
  visibility  = "public"
}

resource "github_branch_protection" "hebrew_tools_main" {
  repository_id  = github_repository.hebrew_tools.node_id
  pattern        = "main"
  enforce_admins = true
}
""", fakes.github_token(_seed()))

_smtp_pw = words_pw()
add("log/smtp-auth-plain", "logs/placement-test/smtp-debug.log", "SMTP AUTH PLAIN (RFC 4616) in a JavaMail debug log", """
DEBUG: JavaMail version 1.6.2
DEBUG SMTP: trying to connect to host "smtp.office365.com", port 587, isSSL false
220 AM0PR02CA0001.outlook.office365.com Microsoft ESMTP MAIL Service ready
EHLO placement-1
250-AUTH LOGIN XOAUTH2
STARTTLS
220 2.0.0 SMTP server ready
DEBUG SMTP: Attempt to authenticate using mechanisms: LOGIN PLAIN DIGEST-MD5 NTLM XOAUTH2
AUTH PLAIN @@auth@@
235 2.7.0 Authentication successful
MAIL FROM:<placement@ulpan-lingo.co.il>
250 2.1.0 Sender OK
QUIT
""", (_sasl := b64("\0placement@ulpan-lingo.co.il\0" + _smtp_pw)), auth=_sasl)

add("swift/hmac-api-secret", "student-app/ios/LingoStudent/Services/APISigner.swift", "HMAC request signing with a shared secret (CryptoKit)", """
import CryptoKit
import Foundation

/// Signs requests to the partner API (the secret should not be in the app; TODO move to backend).
enum APISigner {
    private static let clientId = "ios-student-app"
    private static let secret = "@@secret@@"

    static func sign(_ request: inout URLRequest) {
        let ts = String(Int(Date().timeIntervalSince1970))
        let body = request.httpBody.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let message = "\\(ts).\\(request.url?.path ?? "").\\(body)"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        request.setValue(clientId, forHTTPHeaderField: "X-Lingo-Client")
        request.setValue(ts, forHTTPHeaderField: "X-Lingo-Timestamp")
        request.setValue(Data(mac).map { String(format: "%02x", $0) }.joined(), forHTTPHeaderField: "X-Lingo-Signature")
    }
}
""", hexs(64))

# ---------------------------------------------------------------------------------------------
# More decoys: code that reads secrets from elsewhere, public ids, hashes, encrypted values
# ---------------------------------------------------------------------------------------------

add("go/decoy-getenv", "services/kiosk-api/internal/config/config.go", "Go os.Getenv / LookupEnv", """
package config

import (
	"fmt"
	"os"
)

type Config struct {
	DSN           string
	RedisPassword string
	SlackToken    string
	Branch        string
}

func Load() (Config, error) {
	c := Config{
		DSN:           os.Getenv("KIOSK_DSN"),
		RedisPassword: os.Getenv("KIOSK_REDIS_PASSWORD"),
		SlackToken:    os.Getenv("SLACK_BOT_TOKEN"),
		Branch:        os.Getenv("BRANCH_CODE"),
	}
	if c.DSN == "" || c.Branch == "" {
		return c, fmt.Errorf("KIOSK_DSN and BRANCH_CODE are required")
	}
	return c, nil
}
""")

add("csharp/decoy-configuration", "Lingo.Billing/Program.cs", "ASP.NET Core configuration and user-secrets docs", """
using Lingo.Billing.Services;

var builder = WebApplication.CreateBuilder(args);

// Secrets: dotnet user-secrets in development, Key Vault in production.
if (builder.Environment.IsProduction())
{
    builder.Configuration.AddAzureKeyVault(new Uri("https://kv-lingo-prod.vault.azure.net/"), new Azure.Identity.DefaultAzureCredential());
}

builder.Services.AddHttpClient<CardcomClient>();
builder.Services.Configure<CardcomOptions>(builder.Configuration.GetSection("Cardcom"));
var stripeKey = builder.Configuration["Stripe:SecretKey"] ?? throw new InvalidOperationException("Stripe:SecretKey missing");
Stripe.StripeConfiguration.ApiKey = stripeKey;

var app = builder.Build();
app.MapGet("/health", () => Results.Ok("ok"));
app.Run();
""")

add("rust/decoy-env-var", "devices/nfc-reader/src/config.rs", "Rust std::env::var", """
use std::env;

pub struct Config {
    pub broker: String,
    pub user: String,
    pub password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            broker: env::var("MQTT_BROKER").unwrap_or_else(|_| "mqtt.kiosk.internal".into()),
            user: env::var("MQTT_USER").unwrap_or_else(|_| "nfc-reader".into()),
            password: env::var("MQTT_PASSWORD").expect("MQTT_PASSWORD not set"),
        }
    }
}
""")

add("swift/decoy-keychain", "student-app/ios/LingoStudent/Services/SessionStore.swift", "Apple Keychain Services docs (SecItemCopyMatching)", """
import Foundation
import Security

/// Stores the student's session token in the Keychain (never in UserDefaults).
enum SessionStore {
    private static let service = "il.ulpanlingo.student.session"

    static func token() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess, let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""")

add("sql/decoy-scram-hash", "db/roles/alter_analyst.sql", "PostgreSQL SCRAM-SHA-256 stored verifier (a hash, not the password)", """
-- IT set the analyst password from a pre-computed SCRAM verifier (the password itself is in 1Password)
ALTER ROLE analyst PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@stored@@:@@server@@';
ALTER ROLE analyst VALID UNTIL '2025-06-30';
GRANT SELECT ON v_attendance_2024, v_dropouts_2024 TO analyst;
-- reviewed by: yonatan, 2024-07-01
""", salt=b64(fakes.drawn(_seed(), 16)), stored=b64(fakes.drawn(_seed(), 32)), server=b64(fakes.drawn(_seed(), 32)))

add("markdown/decoy-bank-details", "docs/finance/payment-instructions.md", "Bank details printed on invoices are public", """
# הוראות תשלום בהעברה בנקאית (לסוכנויות ולמעסיקים)

לתשלום עבור קורסים לעובדים (אנגלית עסקית) ניתן להעביר לחשבון:

- שם החשבון: אולפן לינגו בע"מ
- בנק: 12 (הפועלים), סניף 600
- חשבון: 123456
- IBAN: IL62 0108 0000 0009 9999 999
- SWIFT: POALILIT
- ח.פ.: 515000000

נא לציין בהעברה את מספר החשבונית. אישור תשלום ל-finance@ulpan-lingo.co.il.
""")

add("xml/decoy-saml-certificate", "moodle/sso/saml-idp-metadata.xml", "SAML IdP metadata (signing certificate is public)", """
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sts.windows.net/@@t@@/">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data>
          <ds:X509Certificate>MIIC8DCCAdigAwIBAgIQ@@cert@@</ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://login.microsoftonline.com/@@t@@/saml2"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", t=uuid_s(), cert=fakes.drawn(_seed(), 300, ALNUM + "+/") + "==")

add("json/decoy-apple-pay-merchant", "apps/portal/public/.well-known/payment-config.json", "Apple Pay / Google Pay merchant identifiers (public)", """
{
  "applePay": {
    "merchantIdentifier": "merchant.il.co.ulpan-lingo.register",
    "supportedNetworks": ["visa", "masterCard", "amex", "isracard"],
    "countryCode": "IL",
    "currencyCode": "ILS"
  },
  "googlePay": {
    "merchantId": "BCR2DN4T7XQK3LAB",
    "gateway": "tranzila",
    "gatewayMerchantId": "ulpanlingo"
  }
}
""")

add("log/decoy-stripe-object-ids", "logs/billing/billing-2024-10-03.log", "Stripe object ids (pi_, cus_, ch_, evt_) are not secrets", """
2024-10-03T10:14:22Z INFO webhook evt_1Q5vKxLk9fQ0bN1mA2bC3dE4 type=payment_intent.succeeded
2024-10-03T10:14:22Z INFO payment pi_3Q5vKwLk9fQ0bN1m1Xy2Zw3V customer=cus_QxY7a8B9c0D1e2 amount=98000 currency=usd
2024-10-03T10:14:22Z INFO enrolment ST-90112 course english-b2 marked paid
2024-10-03T10:14:23Z INFO receipt queued for ch_3Q5vKwLk9fQ0bN1m1aB2cD3e
2024-10-03T10:20:51Z INFO webhook evt_1Q5vR2Lk9fQ0bN1mZ9yX8wV7 type=charge.refunded
""")

add("dockerfile/decoy-arg-no-default", "ops/images/moodle-cron/Dockerfile", "Docker ARG without default (value passed at build time)", """
FROM php:8.2-cli-bookworm
ARG MOODLE_VERSION=4.3.5
ARG MOODLE_DB_PASSWORD
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev cron \\
 && docker-php-ext-install pgsql pdo_pgsql \\
 && rm -rf /var/lib/apt/lists/*
COPY crontab /etc/cron.d/moodle
ENV TZ=Asia/Jerusalem
CMD ["cron", "-f"]
""")

add("powershell/decoy-dpapi-secure-string", "it/scripts/Backup-Sql.ps1", "PowerShell ConvertFrom-SecureString (DPAPI-encrypted, machine bound)", """
# Nightly SQL backup. The credential file is DPAPI-encrypted for the backup service account on this server only.
$encrypted = Get-Content "C:\\Lingo\\secure\\sqlbackup.cred"
$secure = $encrypted | ConvertTo-SecureString
$cred = New-Object PSCredential("OFFICE\\svc-sqlbackup", $secure)
Backup-SqlDatabase -ServerInstance "sql-reports" -Database "LingoReports" `
    -BackupFile "\\\\nas01\\backups\\LingoReports-$(Get-Date -Format yyyyMMdd).bak" -Credential $cred
# example content of sqlbackup.cred (encrypted blob, useless elsewhere):
# 01000000d08c9ddf0115d1118c7a00c04fc297eb0100000034a5e3f2a1c94b4d8b7e6f5a4c3d2e1f0000000002000000000003660000c0000000100000
""")

add("ini/decoy-supervisor-env", "ops/backup-host/etc/supervisor/conf.d/priority-sync.conf", "Supervisor docs (%(ENV_X)s expansions)", """
[program:priority-sync]
command=/opt/priority-sync/venv/bin/python -m priority_sync
directory=/opt/priority-sync
user=sync
autostart=true
autorestart=true
environment=PRIORITY_USER="API_LINGO",PRIORITY_PASSWORD="%(ENV_PRIORITY_PASSWORD)s",TZ="Asia/Jerusalem"
stdout_logfile=/var/log/priority-sync/out.log
stderr_logfile=/var/log/priority-sync/err.log
""")

add("compose/decoy-docker-secrets", "deploy/compose/reports.yml", "Docker Compose secrets docs (file-based, /run/secrets)", """
services:
  reports-etl:
    image: registry.ulpan-lingo.co.il/reports-etl:1.2.0
    environment:
      PGHOST: pg-replica.internal.ulpan-lingo.co.il
      PGUSER: etl
      PGPASSFILE: /run/secrets/pgpass
    secrets:
      - pgpass
secrets:
  pgpass:
    file: /etc/lingo/secrets/pgpass
""")

add("python/decoy-fernet-ciphertext", "backoffice/priority/stored_settings.py", "cryptography Fernet tokens (ciphertext; key held in KMS)", """
\"\"\"Settings stored encrypted in the repo; the Fernet key comes from AWS KMS at runtime.\"\"\"
import os

from cryptography.fernet import Fernet

ENCRYPTED = {
    "priority_password": b"gAAAAAB@@c1@@",
    "voicenter_token": b"gAAAAAB@@c2@@",
}


def load(name: str) -> str:
    key = os.environ["LINGO_SETTINGS_KEY"]  # injected from KMS by the entrypoint
    return Fernet(key).decrypt(ENCRYPTED[name]).decode()
""", c1=fakes.drawn(_seed(), 93, ALNUM + "-_") + "=", c2=fakes.drawn(_seed(), 113, ALNUM + "-_") + "=")

add("yaml/decoy-renovate-encrypted", "renovate.json5", "Renovate docs (encrypted hostRules values)", """
{
  $schema: "https://docs.renovatebot.com/renovate-schema.json",
  extends: ["config:recommended"],
  timezone: "Asia/Jerusalem",
  schedule: ["before 6am on sunday"],
  hostRules: [
    {
      matchHost: "lingo.jfrog.io",
      username: "renovate",
      encrypted: {
        password: "wcFMA/xDdHCJBTolAQ/@@enc@@",
      },
    },
  ],
}
""", enc=fakes.drawn(_seed(), 220, ALNUM + "+/"))

add("github-actions/decoy-oidc-cloud-auth", ".github/workflows/terraform.yml", "GitHub OIDC to AWS (no stored keys)", """
name: terraform plan

on:
  pull_request:
    paths: ["infra/terraform/**"]

permissions:
  id-token: write
  contents: read
  pull-requests: write

jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::412937550182:role/github-terraform-plan
          aws-region: eu-central-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform/moodle init -input=false
      - run: terraform -chdir=infra/terraform/moodle plan -input=false -var "db_password=${{ secrets.MOODLE_DB_PASSWORD }}"
""")

add("html/decoy-recaptcha-site-key", "apps/portal/public/placement.html", "Google reCAPTCHA v2 docs (data-sitekey is public)", """
<!doctype html>
<html lang="he" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>מבחן רמה - אולפן לינגו</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="/api/placement/start" method="post">
    <label>שם מלא <input name="full_name" required></label>
    <label>אימייל <input name="email" type="email" required></label>
    <div class="g-recaptcha" data-sitekey="6Lc@@k@@"></div>
    <button type="submit">להתחלת המבחן</button>
  </form>
</body>
</html>
""", k=fakes.drawn(_seed(), 37, ALNUM + "-_"))

add("env/decoy-local-defaults", "apps/portal/.env.test", "Test environment file with local-only values", """
# used by `npm test` against the docker compose dev stack only
APP_ENV=test
DB_HOST=localhost
DB_NAME=enrolment_test
DB_USER=dev
DB_PASSWORD=dev
STRIPE_SECRET_KEY=
CARDCOM_TERMINAL=1000
CARDCOM_API_NAME=test9611
CARDCOM_API_PASSWORD=
""")

add("python/decoy-placeholder-constants", "tools/invoicing/example_config.py", "Documented example configuration with placeholders", """
\"\"\"Example configuration for tools/invoicing. Copy to local_config.py and fill in from Vault.\"\"\"

GREEN_INVOICE = {
    "key_id": "00000000-0000-0000-0000-000000000000",
    "key_secret": "<from vault: invoicing/green-invoice>",
}

PRIORITY = {
    "url": "https://erp.ulpan-lingo.co.il/odata/Priority/tabula.ini/lingo/",
    "user": "API_LINGO",
    "password": "REPLACE_ME",
}

SEND_EMAIL = False
""")

add("typescript/decoy-public-vapid-key", "apps/portal/src/push.ts", "Web Push docs: the VAPID public key is shared with browsers", """
// Browser push for schedule changes. Only the PUBLIC VAPID key is here; the private key is on the server.
const VAPID_PUBLIC_KEY = "B@@k@@";

function urlBase64ToUint8Array(b64: string): Uint8Array {
  const padding = "=".repeat((4 - (b64.length % 4)) % 4);
  const raw = atob((b64 + padding).replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from([...raw].map((c) => c.charCodeAt(0)));
}

export async function subscribe(reg: ServiceWorkerRegistration) {
  return reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: urlBase64ToUint8Array(VAPID_PUBLIC_KEY) });
}
""", k=fakes.drawn(_seed(), 86, ALNUM + "-_"))

add("typescript/vapid-private-key", "apps/portal/src/server/push-send.ts", "web-push docs (setVapidDetails with the private key)", """
import webpush from "web-push";

// שליחת התראות על שינויי מערכת שעות
webpush.setVapidDetails(
  "mailto:it@ulpan-lingo.co.il",
  process.env.VAPID_PUBLIC_KEY!,
  "@@secret@@",
);

export async function notifyScheduleChange(subscription: webpush.PushSubscription, course: string, when: string) {
  const payload = JSON.stringify({ title: "שינוי במערכת השעות", body: `${course}: ${when}` });
  await webpush.sendNotification(subscription, payload, { TTL: 3600 });
}
""", fakes.drawn(_seed(), 43, ALNUM + "-_"))
