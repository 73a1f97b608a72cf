"""Blind set HA: upholsterers and furniture restorers.

Workshop booking and invoicing apps, fabric and timber supplier integrations, web shops, delivery
van telematics, shop devices (card readers, label printers, NAS, CCTV), and the small IT that runs
them: configs, CI, containers, scripts, notebooks, runbooks, exports and logs, and their decoys.
Generated fakes only (seeds 2730000-2739999).
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
SEED_LO, SEED_HI = 2730000, 2739999
_SEED = [SEED_LO]


def _seed() -> int:
    _SEED[0] += 11
    assert _SEED[0] <= SEED_HI
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


WORDS = ["Velvet", "Walnut", "Tweed", "Chesnut", "Horsehair", "Linen", "Mahogany", "Brocade", "Ottoman",
         "Chaise", "Damask", "Oakleaf", "Hessian", "Buttons", "Wingback", "Chenille", "Teak", "Rattan"]
LOWER = ["stapler", "webbing", "tacks", "bolster", "piping", "cushion", "dowel", "lacquer", "spring",
         "frame", "castor", "batting", "velour", "shellac", "gimp", "chisel"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def rand_pw(n: int = 20, extra: str = "") -> str:
    r = _rng()
    return "".join(r.choice(ALNUM + extra) for _ in range(n))


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    r = _rng()
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(n: int) -> str:
    return fakes.drawn_mixed(_seed(), n)


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(s: str) -> str:
    return base64.urlsafe_b64encode(s.encode()).decode()


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def stripe_key(kind: str = "sk_live_") -> str:
    return fakes.fake(kind, 99 if kind.startswith("rk") else 24, _seed())


def stripe_whsec() -> str:
    return fakes.fake("whsec_", 32, _seed())


def square_token() -> str:
    return fakes.fake("EAAAE", 59, _seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def discord_webhook() -> str:
    r = _rng()
    return (f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/"
            + "".join(r.choice(ALNUM + "_-") for _ in range(68)))


def twilio_sid() -> str:
    return "AC" + hexs(32)


def mailgun_key() -> str:
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailchimp_key() -> str:
    return hexs(32) + "-us" + str(_rng().randint(2, 21))


def shopify_token(prefix: str = "shpat_") -> str:
    return prefix + hexs(32)


def woo_key(prefix: str) -> str:
    return prefix + hexs(40)


def gocardless_token() -> str:
    return "live_" + fakes.drawn(_seed(), 40, ALNUM + "-_")


def airtable_pat() -> str:
    return "pat" + alnum(14) + "." + hexs(64)


def notion_token() -> str:
    r = _rng()
    return "ntn_" + str(r.randint(10**10, 10**11)) + "".join(r.choice(ALNUM) for _ in range(35))


def hubspot_pat() -> str:
    return "pat-eu1-" + uuid_s()


def brevo_key() -> str:
    return "xkeysib-" + hexs(64) + "-" + alnum(16)


def trello_token() -> str:
    return "ATTA" + hexs(64) + hexs(8).upper()


def azure_secret() -> str:
    r = _rng()
    return "".join(r.choice(ALNUM) for _ in range(3)) + "8Q~" + "".join(r.choice(ALNUM + "_.-~") for _ in range(34))


def gitlab_token() -> str:
    return fakes.fake("glpat-", 20, _seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def django_key() -> str:
    return fakes.django_secret_key(_seed())


def paypal_secret() -> str:
    return "E" + fakes.drawn(_seed(), 79, ALNUM + "-_")


def dropbox_token() -> str:
    return "sl." + fakes.drawn(_seed(), 138, ALNUM + "-_")


def mapbox(kind: str = "sk") -> str:
    return kind + ".eyJ1IjoiYmVuY2hjcmFmdCIsImEiOiJj" + alnum(16) + "In0." + fakes.drawn(_seed(), 22, ALNUM + "-_")


def google_key() -> str:
    return "AIza" + fakes.drawn(_seed(), 35, ALNUM + "-_")


def sha256() -> str:
    return hexs(64)


def pem(kind: str = "RSA") -> str:
    return fakes.fake_pem(_seed(), kind)


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
    CASES.append(LabelledCase(f"blind-ha/{category}", file_name, text, secret, source))


# ---------------------------------------------------------------- booking and invoicing apps

add("env/stripe-secret-key", "workshop-booking/.env", "https://docs.stripe.com/keys",
    """
# Benchcraft booking portal - production
APP_ENV=production
APP_URL=https://book.hartleyupholstery.co.uk
DATABASE_URL=postgres://booking@db.internal:5432/booking
STRIPE_PUBLISHABLE_KEY=@@pk@@
STRIPE_SECRET_KEY=@@secret@@
DEPOSIT_PERCENT=30
QUOTE_VALID_DAYS=28
""", stripe_key(), pk=stripe_key("pk_live_"))

add("env/decoy-env-example", "workshop-booking/.env.example", "https://12factor.net/config",
    """
# Copy to .env and fill in. Never commit the real file.
APP_ENV=development
APP_URL=http://localhost:8000
DATABASE_URL=postgres://booking:booking@localhost:5432/booking
STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_SECRET_KEY=sk_test_your_key_here
STRIPE_WEBHOOK_SECRET=whsec_...
DEPOSIT_PERCENT=30
""")

add("python/stripe-webhook-secret", "booking/payments/webhooks.py", "https://docs.stripe.com/webhooks#verify-official-libraries",
    """
import stripe
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt

from booking.models import Job

ENDPOINT_SECRET = "@@secret@@"


@csrf_exempt
def stripe_webhook(request):
    payload = request.body
    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")
    try:
        event = stripe.Webhook.construct_event(payload, sig_header, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        return HttpResponse(status=400)
    if event["type"] == "checkout.session.completed":
        job_ref = event["data"]["object"]["metadata"]["job_ref"]
        Job.objects.filter(ref=job_ref).update(deposit_paid=True)
    return HttpResponse(status=200)
""", stripe_whsec())

add("python/decoy-env-reference", "booking/settings/production.py", "https://docs.djangoproject.com/en/5.0/topics/settings/",
    """
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.hartleyupholstery.co.uk"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]
STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = os.environ["SENDGRID_API_KEY"]
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "booking",
                         "HOST": os.environ["DB_HOST"], "PASSWORD": os.environ["DB_PASSWORD"]}}
""")

add("python/django-secret-key", "restoration_site/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key",
    """
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "@@secret@@"

DEBUG = False
ALLOWED_HOSTS = ["www.oldmillrestorations.com", "oldmillrestorations.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "portfolio",
    "enquiries",
]
MEDIA_ROOT = BASE_DIR / "media"
""", django_key())

add("python/sendgrid-api-key", "enquiries/notify.py", "https://www.twilio.com/docs/sendgrid/for-developers/sending-email/v3-python-code-example",
    """
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail

sg = SendGridAPIClient("@@secret@@")


def send_quote_ready(customer_email: str, job_ref: str, total: str) -> None:
    message = Mail(
        from_email="workshop@oldmillrestorations.com",
        to_emails=customer_email,
        subject=f"Your restoration quote {job_ref}",
        html_content=f"<p>Your quote for {job_ref} is ready: <strong>{total}</strong>.</p>",
    )
    sg.send(message)
""", sendgrid_key())

add("yaml/twilio-auth-token", "config/sms.yml", "https://www.twilio.com/docs/iam/api/authtoken",
    """
sms:
  provider: twilio
  account_sid: @@sid@@
  auth_token: @@secret@@
  from_number: "+441632960418"
  templates:
    collection_ready: "Hi {name}, your {item} is ready to collect from Hartley Upholstery."
    van_on_way: "Our van is on the way with your {item}. ETA {eta}."
""", hexs(32), sid=twilio_sid())

add("yaml/decoy-vault-reference", "config/sms.production.yml", "https://developer.hashicorp.com/vault/docs/platform/k8s/injector",
    """
sms:
  provider: twilio
  account_sid: "{{ with secret \\"kv/data/sms\\" }}{{ .Data.data.account_sid }}{{ end }}"
  auth_token: "{{ with secret \\"kv/data/sms\\" }}{{ .Data.data.auth_token }}{{ end }}"
  from_number: "+441632960418"
  templates:
    collection_ready: "Hi {name}, your {item} is ready to collect."
""")

add("json/xero-client-secret", "invoicing/xero-credentials.json", "https://developer.xero.com/documentation/guides/oauth2/auth-flow",
    """
{
  "client_id": "@@cid@@",
  "client_secret": "@@secret@@",
  "redirect_uri": "https://office.hartleyupholstery.co.uk/xero/callback",
  "scopes": ["openid", "profile", "email", "accounting.transactions", "accounting.contacts", "offline_access"],
  "tenant_name": "Hartley Upholstery Ltd"
}
""", fakes.drawn(_seed(), 48, ALNUM + "-_"), cid=hexs(32).upper())

add("python/decoy-oauth-client-id", "invoicing/xero_sync.py", "https://github.com/XeroAPI/xero-python",
    """
import os

from xero_python.api_client import ApiClient
from xero_python.api_client.configuration import Configuration
from xero_python.api_client.oauth2 import OAuth2Token

XERO_CLIENT_ID = "@@cid@@"  # public: shown on the consent screen

api_client = ApiClient(
    Configuration(oauth2_token=OAuth2Token(client_id=XERO_CLIENT_ID,
                                           client_secret=os.environ["XERO_CLIENT_SECRET"])),
    pool_threads=1,
)


def push_invoice(job):
    lines = [{"Description": l.text, "Quantity": l.qty, "UnitAmount": l.price, "AccountCode": "200"}
             for l in job.lines]
    return {"Type": "ACCREC", "Contact": {"Name": job.customer}, "LineItems": lines}
""", cid=hexs(32).upper())

add("php/woocommerce-consumer-secret", "wp-content/plugins/fabric-swatches/includes/class-api.php", "https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication",
    """
<?php
// Pulls swatch stock from the shop so the booking form only offers fabrics we hold.
use Automattic\\WooCommerce\\Client;

class Fabric_Swatches_Api {
    private $client;

    public function __construct() {
        $this->client = new Client(
            'https://shop.hartleyupholstery.co.uk',
            '@@ck@@',
            '@@secret@@',
            ['version' => 'wc/v3']
        );
    }

    public function swatches() {
        return $this->client->get('products', ['category' => 27, 'per_page' => 100]);
    }
}
""", woo_key("cs_"), ck=woo_key("ck_"))

add("php/mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/",
    """
<?php
define( 'DB_NAME', 'hartley_shop' );
define( 'DB_USER', 'hartley_wp' );
define( 'DB_PASSWORD', '@@secret@@' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'hu_';

define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", words_pw())

add("php/decoy-wp-salts-placeholder", "wp-config-sample.php", "https://developer.wordpress.org/apis/wp-config-php/#security-keys",
    """
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""")

add("ruby/square-access-token", "app/services/square_terminal.rb", "https://developer.squareup.com/docs/build-basics/access-tokens",
    """
require "square"

# Card reader on the showroom counter: pushes a checkout to the Square Terminal.
class SquareTerminal
  DEVICE_ID = "@@dev@@"

  def initialize
    @client = Square::Client.new(
      access_token: "@@secret@@",
      environment: "production"
    )
  end

  def charge(amount_pence, job_ref)
    @client.terminal.create_terminal_checkout(body: {
      idempotency_key: SecureRandom.uuid,
      checkout: { amount_money: { amount: amount_pence, currency: "GBP" },
                  device_options: { device_id: DEVICE_ID }, reference_id: job_ref }
    })
  end
end
""", square_token(), dev=hexs(12).upper())

add("javascript/decoy-square-application-id", "web/src/payments/squareForm.js", "https://developer.squareup.com/docs/web-payments/take-card-payment",
    """
// Web Payments SDK: the application and location ids are public by design.
const appId = "sq0idp-@@a@@";
const locationId = "L@@loc@@";

export async function mountCardForm(el) {
  const payments = window.Square.payments(appId, locationId);
  const card = await payments.card();
  await card.attach(el);
  return card;
}
""", a=fakes.drawn(_seed(), 22, ALNUM + "-_"), loc=hexs(12).upper())

add("typescript/sumup-api-key", "pos/src/sumup.ts", "https://developer.sumup.com/api",
    """
import axios from "axios";

const SUMUP_API = "https://api.sumup.com/v0.1";
const SUMUP_KEY = "@@secret@@";

export async function createCheckout(amount: number, jobRef: string) {
  const res = await axios.post(
    `${SUMUP_API}/checkouts`,
    { checkout_reference: jobRef, amount, currency: "GBP", merchant_code: "MH4KL2QX" },
    { headers: { Authorization: `Bearer ${SUMUP_KEY}` } },
  );
  return res.data.id as string;
}
""", fakes.fake("sup_sk_", 32, _seed()))


# ---------------------------------------------------------------- suppliers and web shops
add("python/shopify-admin-token", "shopsync/shopify_client.py", "https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/generate-app-access-tokens-admin",
    """
import shopify

SHOP_URL = "hartley-fabrics.myshopify.com"
API_VERSION = "2024-07"
ADMIN_TOKEN = "@@secret@@"


def session():
    s = shopify.Session(SHOP_URL, API_VERSION, ADMIN_TOKEN)
    shopify.ShopifyResource.activate_session(s)
    return s


def swatch_stock():
    session()
    return {p.handle: sum(v.inventory_quantity for v in p.variants)
            for p in shopify.Product.find(product_type="Swatch")}
""", shopify_token())

add("toml/decoy-shopify-app-config", "shopify.app.toml", "https://shopify.dev/docs/apps/build/cli-for-apps/app-configuration",
    """
# The client id is public; the secret lives in the Partner dashboard.
client_id = "@@cid@@"
name = "Swatch Sync"
application_url = "https://swatch-sync.hartleyupholstery.co.uk"
embedded = true

[access_scopes]
scopes = "read_products,write_inventory"

[auth]
redirect_urls = ["https://swatch-sync.hartleyupholstery.co.uk/auth/callback"]

[webhooks]
api_version = "2024-07"
""", cid=hexs(32))

add("python/ftp-password", "suppliers/fabric_feed.py", "https://docs.python.org/3/library/ftplib.html",
    """
\"\"\"Nightly pull of the fabric mill's stock CSV (they only offer FTP).\"\"\"
import csv
import io
from ftplib import FTP

HOST = "ftp.pennineweavers.co.uk"


def fetch_stock():
    buf = io.BytesIO()
    with FTP(HOST) as ftp:
        ftp.login("hartley_trade", "@@secret@@")
        ftp.cwd("/stock")
        ftp.retrbinary("RETR stock_levels.csv", buf.write)
    rows = csv.DictReader(io.StringIO(buf.getvalue().decode("latin-1")))
    return {r["FabricCode"]: int(r["MetresInStock"]) for r in rows}
""", words_pw())

add("shell/sftp-password", "scripts/upload_price_list.sh", "https://linux.die.net/man/1/sshpass",
    """
#!/usr/bin/env bash
# Send the trade price list to the timber yard's portal every Monday.
set -euo pipefail
FILE="exports/price-list-$(date +%Y%m%d).csv"
python -m exports.price_list > "$FILE"
sshpass -p '@@secret@@' sftp -oBatchMode=no -b - orders@sftp.tyneside-timber.co.uk <<BATCH
cd inbound/hartley
put $FILE
BATCH
echo "uploaded $FILE"
""", rand_pw(16))

add("csv/decoy-fabric-price-list", "data/fabric_price_list.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
FabricCode,Mill,Name,Colour,PricePerMetre,MartindaleRubs,BarcodeEAN,ImageSHA1
PW-CH-1042,Pennine Weavers,Chenille Plain,Moss,38.50,45000,5060123450421,@@h1@@
PW-CH-1043,Pennine Weavers,Chenille Plain,Slate,38.50,45000,5060123450438,@@h2@@
ML-VL-2201,Marlow Linen,Velvet Cotton,Ochre,52.00,60000,5060123452203,@@h3@@
ML-VL-2202,Marlow Linen,Velvet Cotton,Teal,52.00,60000,5060123452210,@@h4@@
KD-TW-0310,Kelso Durables,Harris Tweed,Heather,74.90,40000,5060123400310,@@h5@@
""", h1=hexs(40), h2=hexs(40), h3=hexs(40), h4=hexs(40), h5=hexs(40))

add("json/airtable-token", "automations/airtable.config.json", "https://airtable.com/developers/web/guides/personal-access-tokens",
    """
{
  "base": "app@@b@@",
  "tables": {
    "jobs": "tbl@@t1@@",
    "fabrics": "tbl@@t2@@"
  },
  "token": "@@secret@@",
  "sync_interval_minutes": 15
}
""", airtable_pat(), b=alnum(14), t1=alnum(14), t2=alnum(14))

add("javascript/decoy-airtable-base-ids", "automations/src/tables.js", "https://airtable.com/developers/web/api/introduction",
    """
// Base and table ids are not secrets; the token comes from the environment.
export const BASE_ID = "app@@b@@";
export const TABLES = {
  jobs: "tbl@@t1@@",
  fabrics: "tbl@@t2@@",
  vans: "tbl@@t3@@",
};
export const token = process.env.AIRTABLE_TOKEN;
""", b=alnum(14), t1=alnum(14), t2=alnum(14), t3=alnum(14))

add("python/mailchimp-api-key", "marketing/newsletter.py", "https://mailchimp.com/developer/marketing/guides/quick-start/",
    """
import mailchimp_marketing as MailchimpMarketing

API_KEY = "@@secret@@"
client = MailchimpMarketing.Client()
client.set_config({"api_key": API_KEY, "server": API_KEY.rsplit("-", 1)[1]})

AUDIENCE = "b4c91e02aa"


def add_customer(email, first_name):
    return client.lists.add_list_member(AUDIENCE, {
        "email_address": email, "status": "subscribed",
        "merge_fields": {"FNAME": first_name}, "tags": ["restoration-customer"],
    })
""", mailchimp_key())

add("yaml/gocardless-access-token", "config/direct_debit.yml", "https://developer.gocardless.com/getting-started/api/making-your-first-request",
    """
# Trade accounts (interior designers) pay monthly by Direct Debit.
gocardless:
  environment: live
  access_token: @@secret@@
  creditor_name: Hartley Upholstery Ltd
  collection_day: 5
  retry_failed: true
""", gocardless_token())

add("ini/decoy-redacted-values", "config/direct_debit.redacted.ini", "https://docs.python.org/3/library/configparser.html",
    """
; Copy sent to the accountant - secrets removed
[gocardless]
environment = live
access_token = live_****************************************
creditor_name = Hartley Upholstery Ltd

[bank]
sort_code = 40-47-84
account_name = HARTLEY UPHOLSTERY LTD
""")

add("python/paypal-client-secret", "shop/paypal_checkout.py", "https://developer.paypal.com/api/rest/authentication/",
    """
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "A@@cid@@"
CLIENT_SECRET = "@@secret@@"


def access_token() -> str:
    r = requests.post(f"{PAYPAL_API}/v1/oauth2/token",
                      auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
""", paypal_secret(), cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("html/decoy-paypal-client-id", "shop/templates/checkout.html", "https://developer.paypal.com/sdk/js/configuration/",
    """
<!doctype html>
<html lang="en">
<head><title>Checkout - Hartley Fabrics</title></head>
<body>
  <div id="paypal-buttons"></div>
  <script src="https://www.paypal.com/sdk/js?client-id=A@@cid@@&currency=GBP"></script>
  <script>paypal.Buttons({createOrder: () => fetch('/api/orders', {method: 'POST'}).then(r => r.json()).then(o => o.id)}).render('#paypal-buttons');</script>
</body>
</html>
""", cid=fakes.drawn(_seed(), 79, ALNUM + "-_"))

add("go/mailgun-api-key", "notify/mailgun.go", "https://documentation.mailgun.com/docs/mailgun/api-reference/authentication",
    """
package notify

import (
	"context"
	"time"

	"github.com/mailgun/mailgun-go/v4"
)

const domain = "mg.oldmillrestorations.com"

var mg = mailgun.NewMailgun(domain, "@@secret@@")

func CollectionReminder(to, item string) error {
	m := mg.NewMessage("Old Mill Restorations <workshop@oldmillrestorations.com>",
		"Your "+item+" is ready", "Please collect within 14 days.", to)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, _, err := mg.Send(ctx, m)
	return err
}
""", mailgun_key())

add("java/postgres-password", "src/main/java/uk/co/hartley/jobs/Db.java", "https://jdbc.postgresql.org/documentation/use/",
    """
package uk.co.hartley.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Db {
    private static final String URL = "jdbc:postgresql://10.20.0.5:5432/workshop";
    private static final String USER = "workshop_app";
    private static final String PASSWORD = "@@secret@@";

    private Db() {}

    public static Connection open() throws SQLException {
        return DriverManager.getConnection(URL, USER, PASSWORD);
    }
}
""", words_pw())

add("properties/decoy-spring-placeholders", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html",
    """
spring.application.name=workshop-jobs
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/workshop
spring.datasource.username=${DB_USER:workshop_app}
spring.datasource.password=${DB_PASSWORD}
spring.mail.host=smtp.office365.com
spring.mail.username=workshop@hartleyupholstery.co.uk
spring.mail.password=${SMTP_PASSWORD}
jobs.quote.valid-days=28
""")

add("properties/smtp-password", "src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/io/email.html",
    """
spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=workshop@hartleyupholstery.co.uk
spring.mail.password=@@secret@@
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
jobs.notify.bcc=office@hartleyupholstery.co.uk
""", words_pw())

add("kotlin/hubspot-token", "app/src/main/kotlin/uk/co/oldmill/crm/HubSpot.kt", "https://developers.hubspot.com/docs/api/private-apps",
    """
package uk.co.oldmill.crm

import okhttp3.OkHttpClient
import okhttp3.Request

object HubSpot {
    private const val TOKEN = "@@secret@@"
    private val http = OkHttpClient()

    fun contactByEmail(email: String): String? {
        val req = Request.Builder()
            .url("https://api.hubapi.com/crm/v3/objects/contacts/$email?idProperty=email")
            .header("Authorization", "Bearer $TOKEN")
            .build()
        http.newCall(req).execute().use { return it.body?.string() }
    }
}
""", hubspot_pat())

add("csharp/sql-server-password", "RestorationTracker/appsettings.Production.json", "https://learn.microsoft.com/en-us/dotnet/framework/data/adonet/connection-string-syntax",
    """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Tracker": "Server=tcp:oldmill-sql.database.windows.net,1433;Database=tracker;User ID=tracker_app;Password=@@secret@@;Encrypt=True;"
  },
  "Workshop": { "Name": "Old Mill Restorations", "DefaultLeadTimeDays": 21 }
}
""", words_pw())

add("json/decoy-appsettings-keyvault", "RestorationTracker/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/key-vault-configuration",
    """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "KeyVault": { "Uri": "https://oldmill-kv.vault.azure.net/" },
  "ConnectionStrings": {
    "Tracker": "Server=(localdb)\\\\mssqllocaldb;Database=tracker;Trusted_Connection=True;"
  },
  "Workshop": { "Name": "Old Mill Restorations", "DefaultLeadTimeDays": 21 }
}
""")

add("csharp/azure-client-secret", "RestorationTracker/Services/GraphMail.cs", "https://learn.microsoft.com/en-us/entra/identity-platform/quickstart-register-app",
    """
using Azure.Identity;
using Microsoft.Graph;

namespace RestorationTracker.Services;

public static class GraphMail
{
    private const string TenantId = "@@tid@@";
    private const string ClientId = "@@cid@@";
    private const string ClientSecret = "@@secret@@";

    public static GraphServiceClient Create()
    {
        var credential = new ClientSecretCredential(TenantId, ClientId, ClientSecret);
        return new GraphServiceClient(credential, new[] { "https://graph.microsoft.com/.default" });
    }
}
""", azure_secret(), tid=uuid_s(), cid=uuid_s())

add("rust/decoy-test-fixture", "invoice-pdf/tests/render.rs", "https://doc.rust-lang.org/book/ch11-01-writing-tests.html",
    """
use invoice_pdf::{render, Invoice, Line};

#[test]
fn renders_vat_lines() {
    let inv = Invoice {
        number: "INV-2024-0418".into(),
        customer: "Test Customer".into(),
        stripe_payment_intent: "pi_3Ntest0000000000000000".into(),
        lines: vec![Line::new("Reupholster wingback chair", 1, 48000)],
    };
    let pdf = render(&inv).unwrap();
    assert!(pdf.len() > 1000);
}
""")

# ---------------------------------------------------------------- delivery vans
add("python/samsara-api-token", "fleet/van_locations.py", "https://developers.samsara.com/docs/authentication",
    """
import requests

SAMSARA_TOKEN = "@@secret@@"
HEADERS = {"Authorization": f"Bearer {SAMSARA_TOKEN}", "Accept": "application/json"}


def van_positions():
    r = requests.get("https://api.samsara.com/fleet/vehicles/locations", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return {v["name"]: (v["location"]["latitude"], v["location"]["longitude"]) for v in r.json()["data"]}


if __name__ == "__main__":
    for van, pos in van_positions().items():
        print(van, pos)
""", fakes.fake("samsara_api_", 30, _seed()))

add("yaml/decoy-van-registry", "fleet/vans.yml", "https://yaml.org/spec/1.2.2/",
    """
# Delivery vans - ids only, no credentials here.
vans:
  - name: Van 1 (Transit Custom)
    registration: YX19 KHD
    vin: WF0YXXTTGYKA61234
    samsara_vehicle_id: "281474979@@v1@@"
    tracker_imei: "3569380@@i1@@"
  - name: Van 2 (Vivaro)
    registration: YD21 PLO
    vin: W0V7H9615MA023456
    samsara_vehicle_id: "281474979@@v2@@"
    tracker_imei: "3569380@@i2@@"
""", v1=str(_rng().randint(100000, 999999)), v2=str(_rng().randint(100000, 999999)),
    i1=str(_rng().randint(10**7, 10**8 - 1)), i2=str(_rng().randint(10**7, 10**8 - 1)))

add("javascript/google-maps-server-key", "routes/planDeliveries.js", "https://developers.google.com/maps/documentation/routes/compute_route_directions",
    """
// Plans the van's delivery round for the day (server side, Node).
const fetch = require("node-fetch");

const ROUTES_KEY = "@@secret@@";
const WORKSHOP = { latitude: 53.7996, longitude: -1.5491 };

async function planRound(stops) {
  const res = await fetch("https://routes.googleapis.com/directions/v2:computeRoutes", {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Goog-Api-Key": ROUTES_KEY,
               "X-Goog-FieldMask": "routes.optimizedIntermediateWaypointIndex,routes.duration" },
    body: JSON.stringify({ origin: { location: { latLng: WORKSHOP } }, destination: { location: { latLng: WORKSHOP } },
                           intermediates: stops, optimizeWaypointOrder: true, travelMode: "DRIVE" }),
  });
  return res.json();
}

module.exports = { planRound };
""", google_key())

add("javascript/decoy-mapbox-public-token", "web/src/map/deliveryArea.js", "https://docs.mapbox.com/help/getting-started/access-tokens/",
    """
import mapboxgl from "mapbox-gl";

// Public (pk.) token, URL-restricted to our domain.
mapboxgl.accessToken = "@@pk@@";

export function showDeliveryArea(el) {
  return new mapboxgl.Map({ container: el, style: "mapbox://styles/mapbox/streets-v12",
                            center: [-1.5491, 53.7996], zoom: 9 });
}
""", pk=mapbox("pk"))

add("python/mapbox-secret-token", "fleet/upload_area.py", "https://docs.mapbox.com/api/maps/uploads/",
    """
from mapbox import Uploader

# Secret (sk.) token with uploads:write - used to push the delivery-zone tileset.
service = Uploader(access_token="@@secret@@")

with open("zones/delivery_zones.geojson", "rb") as src:
    job = service.upload(src, "benchcraft.delivery-zones")
    print(job.status_code, job.json().get("id"))
""", mapbox("sk"))

add("go/geotab-password", "telematics/geotab/client.go", "https://developers.geotab.com/myGeotab/guides/concepts",
    """
package geotab

import "github.com/geotab/mygeotab-go"

const (
	server   = "my.geotab.com"
	database = "oldmill_fleet"
	username = "fleet-api@oldmillrestorations.com"
	password = "@@secret@@"
)

func New() (*mygeotab.Client, error) {
	c := mygeotab.NewClient(server, database, username, password)
	return c, c.Authenticate()
}
""", words_pw())

add("csv/decoy-delivery-manifest", "exports/deliveries_2024-11-18.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
JobRef,Customer,Postcode,Item,Van,Slot,TrackingId,SignatureHash
HU-24-0871,Mrs P. Okafor,LS6 2AB,Chesterfield 3-seater,Van 1,09:00-11:00,@@u1@@,@@s1@@
HU-24-0874,J. Whitworth,LS17 5DT,Pair of dining chairs,Van 1,11:00-13:00,@@u2@@,@@s2@@
HU-24-0880,Harrogate Interiors,HG1 1QE,Ottoman footstool,Van 2,13:00-15:00,@@u3@@,@@s3@@
HU-24-0882,R. Patel,BD9 4RL,Wingback armchair,Van 2,15:00-17:00,@@u4@@,@@s4@@
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s(), s1=sha256(), s2=sha256(), s3=sha256(), s4=sha256())

add("log/telematics-api-key", "logs/van-sync-2024-11-18.log", "https://developers.samsara.com/docs/authentication",
    """
2024-11-18 06:00:01,114 INFO  van-sync starting (interval=300s)
2024-11-18 06:00:01,120 DEBUG GET https://api.samsara.com/fleet/vehicles/stats?types=gps,fuelPercents
2024-11-18 06:00:01,121 DEBUG headers={'Authorization': 'Bearer @@secret@@', 'Accept': 'application/json'}
2024-11-18 06:00:01,602 INFO  2 vehicles, Van 1 fuel 41%, Van 2 fuel 77%
2024-11-18 06:05:01,603 INFO  poll ok
2024-11-18 06:10:01,598 WARNING Van 2 idle 18 min at LS17 5DT
""", fakes.fake("samsara_api_", 30, _seed()))

add("markdown/fuel-portal-password", "docs/vans/handover.md", "https://www.ncsc.gov.uk/collection/top-tips-for-staying-secure-online/password-managers",
    """
# Van handover notes (for Dan while I'm off)

- Van 1 keys are on the hook by the cutting table; spare in the safe.
- Fuel card is in the glovebox. Fuel portal login: office@hartleyupholstery.co.uk / `@@secret@@`
- Tracker app: same login as the fuel portal.
- Service due at 42,000 miles - booked with Kirkstall Motors 3 Dec.
- Blankets and straps: always 6 blankets for a 3-seater.
""", words_pw())

# ---------------------------------------------------------------- shop devices
add("yaml/nas-admin-password", "ansible/host_vars/nas01.yml", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html",
    """
# Synology in the office cupboard: job photos and scanned invoices.
ansible_host: 192.168.10.20
ansible_user: admin
ansible_password: @@secret@@
ansible_become: true
shares:
  - name: job-photos
    path: /volume1/job-photos
  - name: invoices
    path: /volume1/invoices
""", rand_pw(14, "!#%"))

add("ansible/decoy-vault-encrypted", "ansible/group_vars/office/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html",
    """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
""", l1=hexs(80), l2=hexs(80), l3=hexs(80), l4=hexs(80), l5=hexs(46))

add("ansible/router-admin-password", "ansible/roles/router/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/community/routeros/command_module.html",
    """
- name: Back up the workshop router config
  community.routeros.command:
    commands:
      - /export
  vars:
    ansible_connection: ansible.netcommon.network_cli
    ansible_network_os: community.routeros.routeros
    ansible_user: admin
    ansible_password: "@@secret@@"
  register: router_export

- name: Save the export
  ansible.builtin.copy:
    content: "{{ router_export.stdout[0] }}"
    dest: "backups/router-{{ ansible_date_time.date }}.rsc"
""", rand_pw(16))

add("ansible/decoy-vault-variable", "ansible/roles/nas/tasks/main.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    """
- name: Mount the job-photos share on the office PC
  ansible.posix.mount:
    src: "//192.168.10.20/job-photos"
    path: /mnt/job-photos
    fstype: cifs
    opts: "username=photos,password={{ vault_nas_photos_password }},uid=1000"
    state: mounted

- name: Nightly rsync of photos to the NAS
  ansible.builtin.cron:
    name: photo-sync
    hour: "2"
    job: "rsync -a /home/office/Photos/ /mnt/job-photos/"
""")

add("ini/cctv-nvr-password", "office-it/cctv/nvr.ini", "https://www.hikvision.com/en/support/",
    """
; Workshop CCTV NVR - used by the motion-alert script
[nvr]
host = 192.168.10.30
port = 8000
rtsp_port = 554
username = admin
password = @@secret@@
channels = 1,2,3,4

[alerts]
email_to = office@hartleyupholstery.co.uk
quiet_hours = 07:30-18:00
""", rand_pw(12, "#"))

add("python/cctv-rtsp-url", "office-it/cctv/snapshot.py", "https://www.hikvision.com/en/support/",
    """
import datetime
import cv2

CAMS = {
    "loading-bay": "rtsp://admin:@@secret@@@192.168.10.30:554/Streaming/Channels/101",
    "cutting-room": "rtsp://admin:@@secret@@@192.168.10.30:554/Streaming/Channels/201",
}

for name, url in CAMS.items():
    ok, frame = cv2.VideoCapture(url).read()
    if ok:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M")
        cv2.imwrite(f"/mnt/job-photos/cctv/{name}-{stamp}.jpg", frame)
""", rand_pw(12))

add("json/decoy-label-printer-config", "office-it/printers/zebra-zd421.json", "https://www.zebra.com/us/en/support-downloads/printers/desktop/zd421.html",
    """
{
  "model": "ZD421",
  "serial": "D4J@@sn@@",
  "mac": "00:07:4D:@@m1@@:@@m2@@:@@m3@@",
  "ip": "192.168.10.41",
  "label": { "width_mm": 102, "height_mm": 152, "template": "job-ticket.zpl" },
  "firmware_sha256": "@@fw@@",
  "web_admin_password": "set on the device; see the office 1Password vault"
}
""", sn=str(_rng().randint(10**8, 10**9)), m1=hexs(2).upper(), m2=hexs(2).upper(), m3=hexs(2).upper(), fw=sha256())

add("shell/wifi-psk", "office-it/pi-kiosk/setup.sh", "https://www.raspberrypi.com/documentation/computers/configuration.html#wireless-networking-command-line",
    """
#!/bin/sh
# Raspberry Pi by the showroom door: shows the fabric catalogue on the TV.
set -e
sudo nmcli dev wifi connect "Hartley-Workshop" password "@@secret@@"
sudo apt-get install -y chromium-browser unclutter
mkdir -p ~/.config/autostart
cp kiosk.desktop ~/.config/autostart/
sudo reboot
""", passphrase())

add("shell/decoy-wifi-prompt", "office-it/pi-kiosk/setup-wifi.sh", "https://networkmanager.dev/docs/api/latest/nmcli.html",
    """
#!/bin/sh
# Asks for the Wi-Fi password instead of storing it.
set -e
SSID="Hartley-Workshop"
printf 'Wi-Fi password for %s: ' "$SSID"
stty -echo; read -r PSK; stty echo; echo
sudo nmcli dev wifi connect "$SSID" password "$PSK"
unset PSK
""")

add("powershell/windows-admin-password", "office-it/scripts/New-OfficeUser.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.localaccounts/new-localuser",
    """
# Sets up a new front-desk PC with the shared local admin.
$AdminPassword = ConvertTo-SecureString "@@secret@@" -AsPlainText -Force
New-LocalUser -Name "hu-admin" -Password $AdminPassword -FullName "Hartley IT" -PasswordNeverExpires
Add-LocalGroupMember -Group "Administrators" -Member "hu-admin"

Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" -Name AutoAdminLogon -Value 0
Write-Host "Done - hand the PC to the front desk."
""", words_pw())

add("powershell/decoy-read-host", "office-it/scripts/Map-Drives.ps1", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/get-credential",
    """
# Maps the NAS shares; asks for the user's own credentials each time.
$cred = Get-Credential -Message "NAS login (your own account)"
New-PSDrive -Name "P" -PSProvider FileSystem -Root "\\\\192.168.10.20\\job-photos" -Credential $cred -Persist
New-PSDrive -Name "I" -PSProvider FileSystem -Root "\\\\192.168.10.20\\invoices" -Credential $cred -Persist
Write-Host "Drives P: and I: mapped."
""")

add("xml/unifi-controller-password", "office-it/unifi/backup-job.xml", "https://help.ui.com/hc/en-us/articles/360012192813",
    """
<?xml version="1.0" encoding="UTF-8"?>
<backupJob name="unifi-weekly">
  <controller url="https://192.168.10.2:8443" site="default" verifyTls="false">
    <username>backup</username>
    <password>@@secret@@</password>
  </controller>
  <schedule day="Sunday" time="03:00"/>
  <target path="\\\\192.168.10.20\\it-backups\\unifi" keep="8"/>
</backupJob>
""", rand_pw(18))

add("plist/decoy-ipad-mdm-profile", "office-it/ipads/showroom-wifi.mobileconfig", "https://developer.apple.com/documentation/devicemanagement/wifi",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array><dict>
    <key>SSID_STR</key><string>Hartley-Guest</string>
    <key>EncryptionType</key><string>None</string>
    <key>PayloadType</key><string>com.apple.wifi.managed</string>
    <key>PayloadUUID</key><string>@@u@@</string>
  </dict></array>
  <key>PayloadIdentifier</key><string>uk.co.hartley.showroom.wifi</string>
  <key>PayloadUUID</key><string>@@u2@@</string>
  <key>PayloadVersion</key><integer>1</integer>
</dict>
</plist>
""", u=uuid_s().upper(), u2=uuid_s().upper())

add("plist/wifi-password", "office-it/ipads/workshop-wifi.mobileconfig", "https://developer.apple.com/documentation/devicemanagement/wifi",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array><dict>
    <key>SSID_STR</key><string>Hartley-Workshop</string>
    <key>EncryptionType</key><string>WPA2</string>
    <key>Password</key><string>@@secret@@</string>
    <key>PayloadType</key><string>com.apple.wifi.managed</string>
    <key>PayloadUUID</key><string>@@u@@</string>
  </dict></array>
  <key>PayloadIdentifier</key><string>uk.co.hartley.workshop.wifi</string>
  <key>PayloadVersion</key><integer>1</integer>
</dict>
</plist>
""", passphrase(), u=uuid_s().upper())

# ---------------------------------------------------------------- CI, containers, infrastructure
add("github-actions/aws-secret-key", ".github/workflows/deploy-portfolio.yml", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html",
    """
name: Deploy portfolio site
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: @@kid@@
      AWS_SECRET_ACCESS_KEY: @@secret@@
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://oldmill-portfolio --delete
      - run: aws cloudfront create-invalidation --distribution-id E2Q7XK1V0ABCDE --paths "/*"
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("github-actions/decoy-secrets-context", ".github/workflows/deploy-booking.yml", "https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions",
    """
name: Deploy booking app
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418295730164:role/booking-deploy
          aws-region: eu-west-2
      - run: ./scripts/migrate.sh
        env:
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
""")

add("github-actions/pypi-token", ".github/workflows/release-swatchkit.yml", "https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
    """
name: Release swatchkit
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: python -m pip install build twine && python -m build
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: @@secret@@
""", fakes.pypi_token(_seed()))

add("ini/pypi-token", "swatchkit/.pypirc", "https://packaging.python.org/en/latest/specifications/pypirc/",
    """
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

add("toml/decoy-pyproject", "swatchkit/pyproject.toml", "https://packaging.python.org/en/latest/guides/writing-pyproject-toml/",
    """
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "swatchkit"
version = "0.4.2"
description = "Fabric swatch catalogue tools for upholstery workshops"
authors = [{ name = "Hartley Upholstery", email = "dev@hartleyupholstery.co.uk" }]
requires-python = ">=3.10"
dependencies = ["requests>=2.31", "pillow>=10"]

[project.urls]
Homepage = "https://github.com/hartley-upholstery/swatchkit"
""")

add("dockerfile/github-token", "booking/Dockerfile", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
FROM python:3.12-slim
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
# private invoice-pdf package
RUN pip install "git+https://@@secret@@@github.com/hartley-upholstery/invoice-pdf.git@v1.3.0"
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000", "-w", "3"]
""", fakes.github_token(_seed()))

add("dockerfile/decoy-build-secret", "portfolio/Dockerfile", "https://docs.docker.com/build/building/secrets/",
    """
# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /src/dist /usr/share/nginx/html
""")

add("compose/postgres-password", "docker-compose.yml", "https://hub.docker.com/_/postgres",
    """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: workshop
      POSTGRES_USER: workshop
      POSTGRES_PASSWORD: @@secret@@
    volumes:
      - pgdata:/var/lib/postgresql/data
  app:
    build: .
    depends_on: [db]
    environment:
      DATABASE_URL: postgres://workshop:@@secret@@@db:5432/workshop
    ports: ["8000:8000"]
volumes:
  pgdata:
""", rand_pw(22))

add("compose/decoy-env-file", "docker-compose.override.yml", "https://docs.docker.com/compose/how-tos/environment-variables/set-environment-variables/",
    """
services:
  db:
    env_file: .env.db
    ports: ["5432:5432"]
  app:
    env_file: .env
    environment:
      DATABASE_URL: postgres://workshop:${POSTGRES_PASSWORD}@db:5432/workshop
      DEBUG: "1"
    volumes:
      - ./:/app
""")

add("compose/redis-password", "ops/compose.queue.yml", "https://redis.io/docs/latest/operate/oss_and_stack/management/security/",
    """
services:
  redis:
    image: redis:7-alpine
    command: ["redis-server", "--requirepass", "@@secret@@", "--appendonly", "yes"]
    volumes: ["redisdata:/data"]
  worker:
    image: ghcr.io/hartley-upholstery/booking:latest
    command: celery -A booking worker -l info
    environment:
      CELERY_BROKER_URL: redis://:@@secret@@@redis:6379/0
volumes:
  redisdata:
""", fakes.redis_password(_seed()))

_K8S_STRIPE = stripe_key()
add("k8s-secret/stripe-secret-key", "k8s/booking/secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
apiVersion: v1
kind: Secret
metadata:
  name: booking-payments
  namespace: booking
type: Opaque
data:
  STRIPE_SECRET_KEY: @@enc@@
  DEPOSIT_PERCENT: MzA=
""", _K8S_STRIPE, enc=b64(_K8S_STRIPE))

add("k8s-secret/decoy-sealed-secret", "k8s/booking/sealed-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets",
    """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-db
  namespace: booking
spec:
  encryptedData:
    DATABASE_URL: AgB@@e1@@
    REDIS_URL: AgC@@e2@@
  template:
    metadata:
      name: booking-db
""", e1=fakes.drawn(_seed(), 300, ALNUM + "+/"), e2=fakes.drawn(_seed(), 260, ALNUM + "+/"))

add("k8s-secret/smtp-password-stringdata", "k8s/booking/smtp-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#secret-types",
    """
apiVersion: v1
kind: Secret
metadata:
  name: booking-smtp
  namespace: booking
type: Opaque
stringData:
  EMAIL_HOST: smtp.office365.com
  EMAIL_HOST_USER: bookings@hartleyupholstery.co.uk
  EMAIL_HOST_PASSWORD: "@@secret@@"
""", words_pw())

add("yaml/decoy-external-secret", "k8s/booking/external-secret.yaml", "https://external-secrets.io/latest/api/externalsecret/",
    """
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
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: prod/booking/stripe
        property: secret_key
""")

add("terraform/db-password", "infra/rds.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/db_instance",
    """
resource "aws_db_instance" "workshop" {
  identifier             = "workshop-prod"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.micro"
  allocated_storage      = 20
  db_name                = "workshop"
  username               = "workshop_admin"
  password               = "@@secret@@"
  skip_final_snapshot    = false
  backup_retention_period = 7
  vpc_security_group_ids = [aws_security_group.db.id]
}
""", rand_pw(24))

add("terraform/decoy-random-password", "infra/rds_random.tf", "https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password",
    """
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/workshop/db"
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id     = aws_secretsmanager_secret.db.id
  secret_string = random_password.db.result
}
""")

add("terraform/cloudflare-api-token", "infra/dns/providers.tf", "https://registry.terraform.io/providers/cloudflare/cloudflare/latest/docs",
    """
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.0" }
  }
}

provider "cloudflare" {
  api_token = "@@secret@@"
}

resource "cloudflare_record" "book" {
  zone_id = "@@z@@"
  name    = "book"
  content = "18.135.42.7"
  type    = "A"
  proxied = true
}
""", fakes.drawn(_seed(), 40, ALNUM + "_-"), z=hexs(32))

add("terraform/decoy-tfvars-example", "infra/terraform.tfvars.example", "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files",
    """
# Copy to terraform.tfvars (ignored by git) and fill in.
region          = "eu-west-2"
domain          = "hartleyupholstery.co.uk"
db_password     = "CHANGE_ME"
cloudflare_token = "<cloudflare api token>"
alert_email     = "office@hartleyupholstery.co.uk"
""")

add("gitlab-ci/gitlab-token", ".gitlab-ci.yml", "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html",
    """
stages: [test, mirror]

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror:
  stage: mirror
  image: alpine/git
  script:
    - git push --mirror "https://oauth2:@@secret@@@gitlab.com/oldmill/restoration-tracker-backup.git"
  only: [main]
""", gitlab_token())

add("ini/npm-token", "portfolio/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc",
    """
registry=https://registry.npmjs.org/
@oldmill:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@secret@@
save-exact=true
fund=false
""", npm_token())

add("ini/decoy-npmrc-env", "web/.npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration",
    """
registry=https://registry.npmjs.org/
@hartley:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}
save-exact=true
engine-strict=true
""")

add("shell/deploy-ssh-key", "scripts/deploy_site.sh", "https://man.openbsd.org/ssh-add",
    """
#!/usr/bin/env bash
# Deploys the portfolio to the VPS. Key embedded so the office PC can run it.
set -euo pipefail
KEYFILE=$(mktemp)
cat > "$KEYFILE" <<'KEY'
@@secret@@
KEY
chmod 600 "$KEYFILE"
rsync -az -e "ssh -i $KEYFILE" dist/ deploy@vps.oldmillrestorations.com:/var/www/portfolio/
rm -f "$KEYFILE"
""", pem("OPENSSH"))

add("text/decoy-ssh-public-key", "ops/authorized_keys", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
    """
# deploy@vps.oldmillrestorations.com - public keys allowed to deploy
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k1@@ office-pc
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ github-actions-deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ@@k3@@ tom@laptop
# keys rotated 2024-09
""", k1=fakes.drawn(_seed(), 43, ALNUM + "+/"), k2=fakes.drawn(_seed(), 43, ALNUM + "+/"), k3=fakes.drawn(_seed(), 340, ALNUM + "+/"))

# ---------------------------------------------------------------- chat, notifications, AI helpers
add("python/telegram-bot-token", "bots/workshop_bot.py", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
\"\"\"Telegram bot: the team posts job photos, the bot files them under the job number.\"\"\"
from telegram.ext import ApplicationBuilder, MessageHandler, filters

TOKEN = "@@secret@@"


async def file_photo(update, context):
    caption = (update.message.caption or "").strip().upper()
    photo = await update.message.photo[-1].get_file()
    await photo.download_to_drive(f"/mnt/job-photos/{caption or 'unsorted'}/{photo.file_unique_id}.jpg")
    await update.message.reply_text(f"Filed under {caption or 'unsorted'}")


app = ApplicationBuilder().token(TOKEN).build()
app.add_handler(MessageHandler(filters.PHOTO, file_photo))
app.run_polling()
""", fakes.telegram_token(_seed()))

add("shell/telegram-bot-token-curl", "scripts/notify_van_left.sh", "https://core.telegram.org/bots/api#sendmessage",
    """
#!/bin/sh
# Called by the van tracker webhook relay when a van leaves the yard.
VAN="$1"
curl -s -X POST "https://api.telegram.org/bot@@secret@@/sendMessage" \\
  -d chat_id=-1001873349021 \\
  -d text="$VAN has left the workshop ($(date +%H:%M))" >/dev/null
""", fakes.telegram_token(_seed()))

add("python/decoy-telegram-env", "bots/config.py", "https://docs.python-telegram-bot.org/en/stable/",
    """
import os

# Token comes from the systemd unit's EnvironmentFile (/etc/workshop-bot.env, root only).
TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]
CHAT_ID = int(os.environ.get("TELEGRAM_CHAT_ID", "-1001873349021"))
PHOTO_ROOT = "/mnt/job-photos"
ALLOWED_USERS = {"tom_hartley", "dan_fitter", "office_sue"}
""")

add("javascript/slack-webhook", "scripts/dailySummary.js", "https://api.slack.com/messaging/webhooks",
    """
// Posts the day's finished jobs to #workshop at 5pm.
const { jobsFinishedToday } = require("./db");

const WEBHOOK = "@@secret@@";

(async () => {
  const jobs = await jobsFinishedToday();
  const text = jobs.length
    ? `Finished today:\\n${jobs.map(j => `• ${j.ref} ${j.item} (${j.customer})`).join("\\n")}`
    : "Nothing finished today.";
  await fetch(WEBHOOK, { method: "POST", headers: { "Content-Type": "application/json" },
                         body: JSON.stringify({ text }) });
})();
""", slack_webhook())

add("yaml/slack-bot-token", "config/slackbot.yaml", "https://api.slack.com/authentication/token-types#bot",
    """
slack:
  bot_token: @@secret@@
  channels:
    workshop: C05Q8LK2M1A
    deliveries: C05Q8LK9ZPB
  post_quotes: true
  post_deliveries: true
""", slack_bot())

add("python/discord-webhook", "shop/low_stock_alert.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook",
    """
import requests

from shop.stock import fabrics_below

DISCORD = "@@secret@@"

low = fabrics_below(metres=5)
if low:
    lines = "\\n".join(f"{f.code} {f.name} - {f.metres:.1f} m left" for f in low)
    requests.post(DISCORD, json={"content": f"Low fabric stock:\\n{lines}"}, timeout=10)
""", discord_webhook())

add("python/openai-api-key", "quotes/describe_piece.py", "https://platform.openai.com/docs/api-reference/authentication",
    """
\"\"\"Drafts a quote description from the intake photos and the fitter's notes.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@secret@@")


def draft(notes: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": "You write clear quotes for an upholstery workshop."},
                  {"role": "user", "content": notes}],
    )
    return resp.choices[0].message.content
""", fakes.openai_key(_seed()))

add("notebook/openai-api-key", "notebooks/quote_wording_trial.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Trying AI wording for restoration quotes"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "from openai import OpenAI\\n",
    "os.environ[\\"OPENAI_API_KEY\\"] = \\"@@secret@@\\"\\n",
    "client = OpenAI()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["notes = open('samples/victorian_nursing_chair.txt').read()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", fakes.openai_key(_seed()))

add("notebook/decoy-getpass", "notebooks/sales_by_fabric.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import getpass\\n",
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "pw = getpass.getpass('workshop db password: ')\\n",
    "engine = sa.create_engine(f'postgresql://analyst:{pw}@10.20.0.5/workshop')"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["df = pd.read_sql('select fabric_code, sum(metres) m from job_fabric group by 1', engine)\\n", "df.sort_values('m').tail(10)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

add("notebook/postgres-url", "notebooks/job_turnaround.ipynb", "https://docs.sqlalchemy.org/en/20/core/engines.html#database-urls",
    """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "engine = sa.create_engine('postgresql://analyst:@@secret@@@10.20.0.5:5432/workshop')\\n",
    "jobs = pd.read_sql('select ref, booked_in, finished from jobs', engine)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": ["(jobs.finished - jobs.booked_in).dt.days.describe()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", words_pw())

add("typescript/notion-token", "tools/notion-sync/src/index.ts", "https://developers.notion.com/docs/authorization#internal-integration-auth-flow-set-up",
    """
import { Client } from "@notionhq/client";

const notion = new Client({ auth: "@@secret@@" });
const JOBS_DB = "@@db@@";

export async function addJob(ref: string, item: string, customer: string) {
  await notion.pages.create({
    parent: { database_id: JOBS_DB },
    properties: {
      Ref: { title: [{ text: { content: ref } }] },
      Item: { rich_text: [{ text: { content: item } }] },
      Customer: { rich_text: [{ text: { content: customer } }] },
    },
  });
}
""", notion_token(), db=hexs(32))

add("python/trello-token", "tools/trello_board.py", "https://developer.atlassian.com/cloud/trello/guides/rest-api/api-introduction/",
    """
import requests

KEY = "@@key@@"
TOKEN = "@@secret@@"
BOARD = "Xk3pQ9aZ"


def cards_in(list_name: str):
    lists = requests.get(f"https://api.trello.com/1/boards/{BOARD}/lists",
                         params={"key": KEY, "token": TOKEN}, timeout=10).json()
    lid = next(l["id"] for l in lists if l["name"] == list_name)
    return requests.get(f"https://api.trello.com/1/lists/{lid}/cards",
                        params={"key": KEY, "token": TOKEN}, timeout=10).json()
""", trello_token(), key=hexs(32))

add("php/brevo-api-key", "wp-content/themes/oldmill/inc/newsletter.php", "https://developers.brevo.com/docs/getting-started",
    """
<?php
// Footer newsletter form -> Brevo contact list 7.
function oldmill_newsletter_signup( $email ) {
    $response = wp_remote_post( 'https://api.brevo.com/v3/contacts', [
        'headers' => [
            'api-key'      => '@@secret@@',
            'content-type' => 'application/json',
        ],
        'body'    => wp_json_encode( [ 'email' => $email, 'listIds' => [ 7 ] ] ),
    ] );
    return wp_remote_retrieve_response_code( $response ) < 300;
}
""", brevo_key())

add("python/dropbox-token", "tools/archive_photos.py", "https://www.dropbox.com/developers/documentation/http/documentation",
    """
import pathlib

import dropbox

dbx = dropbox.Dropbox("@@secret@@")

for photo in pathlib.Path("/mnt/job-photos/2023").rglob("*.jpg"):
    with photo.open("rb") as f:
        dbx.files_upload(f.read(), f"/Archive/job-photos/2023/{photo.parent.name}/{photo.name}",
                         mode=dropbox.files.WriteMode.overwrite)
""", dropbox_token())

add("env/cloudinary-url", "portfolio/.env.production", "https://cloudinary.com/documentation/node_integration#configuration",
    """
NODE_ENV=production
SITE_URL=https://www.oldmillrestorations.com
CLOUDINARY_URL=cloudinary://@@n@@:@@secret@@@oldmill-restorations
CONTACT_FORM_TO=workshop@oldmillrestorations.com
GALLERY_PAGE_SIZE=24
""", fakes.drawn(_seed(), 27, ALNUM + "-_"), n=str(_rng().randint(10**14, 10**15 - 1)))

add("env/decoy-public-keys", "portfolio/.env.public", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables#bundling-environment-variables-for-the-browser",
    """
# Values shipped to the browser - public by design.
NEXT_PUBLIC_SITE_URL=https://www.oldmillrestorations.com
NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME=oldmill-restorations
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6L@@rc@@
NEXT_PUBLIC_PLAUSIBLE_DOMAIN=oldmillrestorations.com
""", pk=stripe_key("pk_live_"), rc=fakes.drawn(_seed(), 38, ALNUM + "-_"))

add("javascript/decoy-sentry-dsn", "web/src/sentry.js", "https://docs.sentry.io/concepts/key-terms/dsn-explainer/",
    """
import * as Sentry from "@sentry/browser";

// The DSN is public: it only allows sending events.
Sentry.init({
  dsn: "https://@@k@@@o@@o@@.ingest.de.sentry.io/@@p@@",
  tracesSampleRate: 0.1,
  environment: "production",
});
""", k=hexs(32), o=str(_rng().randint(10**5, 10**7)), p=str(_rng().randint(10**6, 10**7)))

add("python/datadog-api-key", "ops/heartbeat.py", "https://docs.datadoghq.com/account_management/api-app-keys/",
    """
import time

from datadog import api, initialize

initialize(api_key="@@secret@@", api_host="https://api.datadoghq.eu")

while True:
    api.Metric.send(metric="workshop.booking.heartbeat", points=1, tags=["site:leeds"])
    time.sleep(60)
""", hexs(32))

add("ruby/decoy-rails-credentials-reference", "config/initializers/stripe.rb", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Keys live in config/credentials.yml.enc (the master key is not in the repo).
Rails.configuration.stripe = {
  publishable_key: Rails.application.credentials.dig(:stripe, :publishable_key),
  secret_key: Rails.application.credentials.dig(:stripe, :secret_key)
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
Stripe.api_version = "2024-06-20"
""")

add("markdown/rails-master-key", "docs/setup/new-laptop.md", "https://guides.rubyonrails.org/security.html#custom-credentials",
    """
# Setting up the shop app on a new laptop

1. `git clone git@github.com:hartley-upholstery/fabric-shop.git && cd fabric-shop`
2. `bundle install && yarn install`
3. Create `config/master.key` with this line (it decrypts credentials.yml.enc):

   ```
   @@secret@@
   ```
4. `bin/rails db:setup && bin/dev`
5. Log in as `office@hartleyupholstery.co.uk` with the seed password from `db/seeds.rb`.
""", hexs(32))

# ---------------------------------------------------------------- docs, runbooks, SQL, exports, logs
add("markdown/it-handover-passwords", "docs/it/HANDOVER.md", "https://www.ncsc.gov.uk/collection/small-business-guide",
    """
# IT handover - Old Mill Restorations

Written by Chris (outgoing contractor), Oct 2024.

| System | Address | Login | Password |
|---|---|---|---|
| Router (MikroTik) | 192.168.88.1 | admin | see below |
| NAS (Synology DS220+) | 192.168.88.20 | oldmill-admin | `@@secret@@` |
| Website hosting | my.krystal.uk | workshop@oldmillrestorations.com | in the red notebook |

Router password was changed on the 14th; Sue has it in the office safe.
Backups: NAS -> Backblaze B2 nightly (Hyper Backup), check the email report on Mondays.
""", words_pw())

add("markdown/decoy-runbook-vault", "docs/it/passwords.md", "https://support.1password.com/shared-vaults/",
    """
# Where passwords live

All shared logins are in the **1Password** vault "Workshop Shared".

- Router, NAS, CCTV: item names `Router admin`, `NAS admin`, `CCTV NVR`.
- Card reader (Square): owner login only - Tom.
- Stripe, Xero, GoCardless: `op://Workshop Shared/<item>/password` in scripts.

Never paste a password into Slack, email or this repo. If one leaks, rotate it and tell Tom.
""")

add("markdown/decoy-api-docs-example", "docs/api/booking-api.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """
# Booking API

All requests need a bearer token issued from **Settings -> API tokens**.

```http
GET /api/v1/jobs?status=in_workshop HTTP/1.1
Host: book.hartleyupholstery.co.uk
Authorization: Bearer <your-token>
```

Example response:

```json
{"jobs": [{"ref": "HU-24-0871", "item": "Chesterfield 3-seater", "status": "in_workshop"}]}
```

Tokens look like `hu_live_` followed by 32 characters; test tokens start `hu_test_`.
""")

add("markdown/booking-api-token", "docs/integrations/designer-portal.md", "https://swagger.io/docs/specification/authentication/bearer-authentication/",
    """
# Designer portal integration (Harrogate Interiors)

They poll our booking API for the status of their trade jobs.

- Base URL: `https://book.hartleyupholstery.co.uk/api/v1`
- Their token (issued 2024-08-02, scope `jobs:read`):

      @@secret@@

- Rate limit: 60 requests/minute.
- Contact: Priya, priya@harrogateinteriors.co.uk
""", fakes.fake("hu_live_", 32, _seed()))

add("sql/seed-admin-password", "db/seeds/001_users.sql", "https://www.postgresql.org/docs/current/sql-createrole.html",
    """
-- Roles for the workshop database
CREATE ROLE workshop_app LOGIN PASSWORD '@@secret@@';
CREATE ROLE analyst LOGIN PASSWORD 'analyst';
GRANT CONNECT ON DATABASE workshop TO workshop_app, analyst;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO workshop_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO analyst;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO analyst;
""", rand_pw(20))

add("sql/decoy-bcrypt-fixtures", "db/seeds/002_staff.sql", "https://www.postgresql.org/docs/current/pgcrypto.html",
    """
-- Staff accounts for the dev database (passwords are bcrypt hashes of 'password').
INSERT INTO staff (email, name, role, password_hash) VALUES
  ('tom@hartleyupholstery.co.uk', 'Tom Hartley', 'owner', '$2b$12$@@h1@@'),
  ('sue@hartleyupholstery.co.uk', 'Sue Marsh', 'office', '$2b$12$@@h2@@'),
  ('dan@hartleyupholstery.co.uk', 'Dan Fitter', 'workshop', '$2b$12$@@h3@@');
INSERT INTO workshop_settings (key, value) VALUES ('deposit_percent', '30'), ('vat_rate', '20');
""", h1=fakes.drawn(_seed(), 53, ALNUM + "./"), h2=fakes.drawn(_seed(), 53, ALNUM + "./"), h3=fakes.drawn(_seed(), 53, ALNUM + "./"))

add("sql/stripe-key-in-settings", "db/migrations/0042_payment_settings.sql", "https://docs.stripe.com/keys",
    """
-- 0042: move payment settings into the settings table
CREATE TABLE IF NOT EXISTS payment_settings (
  key   text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO payment_settings (key, value) VALUES
  ('stripe_mode', 'live'),
  ('stripe_restricted_key', '@@secret@@'),
  ('deposit_percent', '30');
""", stripe_key("rk_live_"))

add("sql/decoy-job-export", "db/reports/overdue_jobs.sql", "https://www.postgresql.org/docs/current/queries.html",
    """
-- Jobs past their promised date, for Monday's workshop meeting
SELECT j.ref, c.name AS customer, j.item, j.promised_on,
       current_date - j.promised_on AS days_late,
       md5(c.email) AS customer_hash
FROM jobs j
JOIN customers c ON c.id = j.customer_id
WHERE j.status NOT IN ('delivered', 'collected')
  AND j.promised_on < current_date
ORDER BY days_late DESC;
""")

add("csv/decoy-stripe-payouts", "exports/stripe_payouts_2024-10.csv", "https://docs.stripe.com/reports/payout-reconciliation",
    """
payout_id,created,amount,currency,status,balance_transaction,destination
po_1Q@@p1@@,2024-10-04,1842.50,gbp,paid,txn_1Q@@t1@@,ba_1P@@b@@
po_1Q@@p2@@,2024-10-11,2210.00,gbp,paid,txn_1Q@@t2@@,ba_1P@@b@@
po_1Q@@p3@@,2024-10-18,960.75,gbp,paid,txn_1Q@@t3@@,ba_1P@@b@@
po_1Q@@p4@@,2024-10-25,3105.20,gbp,paid,txn_1Q@@t4@@,ba_1P@@b@@
""", p1=alnum(22), p2=alnum(22), p3=alnum(22), p4=alnum(22), t1=alnum(22), t2=alnum(22), t3=alnum(22), t4=alnum(22), b=alnum(22))

add("csv/accounts-export-password", "exports/supplier_accounts.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
Supplier,Website,AccountNo,Login,Password,Notes
Pennine Weavers,trade.pennineweavers.co.uk,PW-10442,orders@hartleyupholstery.co.uk,@@secret@@,30 day terms
Kelso Durables,kelsodurables.com/trade,KD-2231,orders@hartleyupholstery.co.uk,see 1Password,
Foam Direct,foamdirect.co.uk,FD-88120,tom@hartleyupholstery.co.uk,see 1Password,CMHR foam only
Tacks & Tools,tacksandtools.co.uk,TT-5540,orders@hartleyupholstery.co.uk,see 1Password,
""", words_pw())

add("log/smtp-password-debug", "logs/mailer-debug.log", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.set_debuglevel",
    """
2024-11-02 16:40:12 mailer INFO  sending quote HU-24-0901 to k.brennan@example.net
2024-11-02 16:40:12 mailer DEBUG connect smtp.office365.com:587 starttls=True
2024-11-02 16:40:13 mailer DEBUG login user=quotes@hartleyupholstery.co.uk password=@@secret@@
2024-11-02 16:40:13 mailer ERROR SMTPAuthenticationError(535, b'5.7.139 Authentication unsuccessful, basic authentication is disabled')
2024-11-02 16:40:13 mailer INFO  retry in 300s
""", words_pw())

add("log/decoy-redacted-log", "logs/booking-2024-11-18.log", "https://docs.python.org/3/library/logging.html",
    """
2024-11-18 09:14:02 INFO  POST /api/v1/quotes 201 (job=HU-24-0912, 84ms)
2024-11-18 09:14:03 INFO  stripe: created checkout cs_live_a1@@c@@ key=sk_live_****************Zq9
2024-11-18 09:15:40 INFO  webhook checkout.session.completed id=evt_1Q@@e@@ verified=true
2024-11-18 09:15:40 INFO  deposit recorded job=HU-24-0912 amount=144.00
2024-11-18 09:20:11 WARN  sms: twilio auth_token=[REDACTED] rate limited, retrying
""", c=alnum(56), e=alnum(24))

add("log/basic-auth-header", "logs/supplier-api-trace.log", "https://datatracker.ietf.org/doc/html/rfc7617",
    """
>>> POST https://api.kelsodurables.com/trade/v2/orders
>>> Content-Type: application/json
>>> Authorization: Basic @@secret@@
>>> {"account": "KD-2231", "lines": [{"sku": "KD-TW-0310", "metres": 6.5}]}
<<< 201 Created
<<< {"order": "KDO-558210", "despatch": "2024-11-20"}
""", b64("KD-2231:" + words_pw()))

add("yaml/decoy-openapi-security", "api/openapi.yaml", "https://swagger.io/docs/specification/authentication/",
    """
openapi: 3.0.3
info:
  title: Hartley booking API
  version: 1.4.0
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: hu_live_<32 chars>
    webhookSignature:
      type: apiKey
      in: header
      name: X-Hartley-Signature
security:
  - bearerAuth: []
paths: {}
""")

add("python/jwt-signing-secret", "booking/api/auth.py", "https://pyjwt.readthedocs.io/en/stable/usage.html",
    """
import datetime

import jwt

JWT_SECRET = "@@secret@@"
JWT_ALG = "HS256"


def issue(staff_id: int) -> str:
    now = datetime.datetime.now(datetime.timezone.utc)
    return jwt.encode({"sub": str(staff_id), "iat": now, "exp": now + datetime.timedelta(hours=10)},
                      JWT_SECRET, algorithm=JWT_ALG)


def verify(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[JWT_ALG])
""", rand_pw(48))

add("python/decoy-jwt-test-fixture", "booking/tests/test_auth.py", "https://docs.pytest.org/en/stable/how-to/monkeypatch.html",
    """
import pytest

from booking.api import auth


@pytest.fixture(autouse=True)
def fixed_secret(monkeypatch):
    monkeypatch.setattr(auth, "JWT_SECRET", "test-secret-not-used-in-production")


def test_round_trip():
    token = auth.issue(42)
    assert auth.verify(token)["sub"] == "42"
""")

add("go/redis-url", "notify/queue.go", "https://pkg.go.dev/github.com/redis/go-redis/v9#ParseURL",
    """
package notify

import "github.com/redis/go-redis/v9"

func Queue() *redis.Client {
	opt, err := redis.ParseURL("rediss://default:@@secret@@@oldmill-cache.upstash.io:6379")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opt)
}
""", fakes.redis_password(_seed()))

add("java/ldap-bind-password", "src/main/java/uk/co/hartley/jobs/StaffDirectory.java", "https://docs.oracle.com/javase/tutorial/jndi/ldap/simple.html",
    """
package uk.co.hartley.jobs;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.directory.InitialDirContext;

public class StaffDirectory {
    public InitialDirContext connect() throws Exception {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        env.put(Context.PROVIDER_URL, "ldap://192.168.10.5:389");
        env.put(Context.SECURITY_AUTHENTICATION, "simple");
        env.put(Context.SECURITY_PRINCIPAL, "cn=jobs-app,ou=service,dc=hartley,dc=local");
        env.put(Context.SECURITY_CREDENTIALS, "@@secret@@");
        return new InitialDirContext(env);
    }
}
""", words_pw())

add("ruby/mongodb-uri", "config/mongoid.yml", "https://www.mongodb.com/docs/mongoid/current/reference/configuration/",
    """
production:
  clients:
    default:
      uri: mongodb+srv://swatch_app:@@secret@@@swatches.x7k2p.mongodb.net/swatches?retryWrites=true&w=majority
      options:
        server_selection_timeout: 5
development:
  clients:
    default:
      database: swatches_dev
      hosts: ["localhost:27017"]
""", rand_pw(16))

add("swift/decoy-publishable-key", "ios/Benchcraft/Payments/StripeConfig.swift", "https://docs.stripe.com/payments/accept-a-payment?platform=ios",
    """
import StripePaymentSheet

enum StripeConfig {
    // Publishable key: safe to ship in the app.
    static let publishableKey = "@@pk@@"
    static let backendURL = URL(string: "https://book.hartleyupholstery.co.uk/api/v1/payment-sheet")!

    static func configure() {
        STPAPIClient.shared.publishableKey = publishableKey
    }
}
""", pk=stripe_key("pk_live_"))

add("swift/backend-api-key", "ios/Benchcraft/Networking/APIClient.swift", "https://developer.apple.com/documentation/foundation/urlrequest",
    """
import Foundation

final class APIClient {
    static let shared = APIClient()
    private let base = URL(string: "https://book.hartleyupholstery.co.uk/api/v1")!
    private let token = "@@secret@@"

    func jobs() async throws -> Data {
        var req = URLRequest(url: base.appendingPathComponent("jobs"))
        req.setValue("Bearer \\(token)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: req)
        return data
    }
}
""", fakes.fake("hu_live_", 32, _seed()))

# ---------------------------------------------------------------- backups, remote access, more vendors
add("ini/aws-credentials-file", "office-it/backup/aws-credentials", "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html",
    """
[default]
region = eu-west-2

[photo-backup]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@secret@@
region = eu-west-2
""", fakes.aws_secret_key(_seed()), kid=fakes.aws_key_id(_seed()))

add("ini/backblaze-key", "office-it/backup/rclone.conf", "https://rclone.org/b2/",
    """
[b2-photos]
type = b2
account = 005@@acc@@0000000004
key = K005@@secret@@
hard_delete = false

[nas]
type = smb
host = 192.168.10.20
user = backup
""", fakes.drawn(_seed(), 27, ALNUM + "/+"), acc=hexs(9))

add("shell/restic-password", "office-it/backup/nightly.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html",
    """
#!/usr/bin/env bash
# Nightly backup of invoices and job photos to B2 with restic.
set -euo pipefail
export RESTIC_REPOSITORY="b2:hartley-backups:/office"
export RESTIC_PASSWORD="@@secret@@"
export B2_ACCOUNT_ID="$(cat /root/.b2_id)"
export B2_ACCOUNT_KEY="$(cat /root/.b2_key)"
restic backup /volume1/invoices /volume1/job-photos --tag nightly
restic forget --keep-daily 7 --keep-weekly 8 --keep-monthly 12 --prune
""", passphrase())

add("shell/decoy-restic-password-file", "office-it/backup/weekly.sh", "https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html",
    """
#!/usr/bin/env bash
set -euo pipefail
export RESTIC_REPOSITORY="b2:hartley-backups:/office"
export RESTIC_PASSWORD_FILE=/root/.restic-pass
source /root/.b2-env
restic check --read-data-subset=5%
restic snapshots --latest 3
""")

add("markdown/teamviewer-password", "docs/it/remote-support.md", "https://www.teamviewer.com/en/global/support/knowledge-base/",
    """
# Remote support for the office PC

If the accounts PC playing up, the IT contractor connects with TeamViewer.

- TeamViewer ID: 1 482 913 550
- Unattended access password: @@secret@@
- The PC must be switched on (it wakes at 07:30 by BIOS schedule).

Do not give the ID out to anyone who phones claiming to be "Microsoft".
""", rand_pw(10))

add("yaml/vnc-password", "office-it/kiosk/docker-compose.vnc.yml", "https://hub.docker.com/r/linuxserver/webtop",
    """
services:
  showroom-kiosk:
    image: lscr.io/linuxserver/webtop:ubuntu-xfce
    environment:
      - PUID=1000
      - PGID=1000
      - TZ=Europe/London
      - CUSTOM_USER=showroom
      - PASSWORD=@@secret@@
    ports:
      - "3000:3000"
    restart: unless-stopped
""", words_pw())

add("python/quickbooks-client-secret", "accounts/qbo_connect.py", "https://developer.intuit.com/app/developer/qbo/docs/develop/authentication-and-authorization/oauth-2.0",
    """
from intuitlib.client import AuthClient
from intuitlib.enums import Scopes

auth_client = AuthClient(
    client_id="AB@@cid@@",
    client_secret="@@secret@@",
    redirect_uri="https://office.oldmillrestorations.com/qbo/callback",
    environment="production",
)

url = auth_client.get_authorization_url([Scopes.ACCOUNTING])
print("Open this in a browser and approve:", url)
""", alnum(40), cid=alnum(48))

add("yaml/freeagent-secret", "accounts/freeagent.yml", "https://dev.freeagent.com/docs/oauth",
    """
freeagent:
  api: https://api.freeagent.com/v2
  oauth_identifier: @@cid@@
  oauth_secret: @@secret@@
  redirect_uri: https://office.hartleyupholstery.co.uk/freeagent/callback
  sync:
    invoices: true
    bank_explanations: false
""", fakes.drawn(_seed(), 22, ALNUM + "_-"), cid=fakes.drawn(_seed(), 22, ALNUM + "_-"))

add("php/sage-refresh-token", "office/sage/config.php", "https://developer.sage.com/accounting/guides/authenticating/authentication/",
    """
<?php
return [
    'client_id'     => '@@cid@@/@@cid2@@',
    'client_secret' => '@@secret@@',
    'callback_url'  => 'https://office.oldmillrestorations.com/sage/callback',
    'region'        => 'GB',
    'business_id'   => '@@biz@@',
];
""", fakes.drawn(_seed(), 40, ALNUM + "=/+-_")[:32], cid=uuid_s(), cid2=uuid_s(), biz=hexs(32))

add("javascript/acuity-api-key", "booking-widget/server/acuity.js", "https://developers.acuityscheduling.com/reference/quick-start",
    """
// Home-visit bookings (measuring up sofas) come from Acuity Scheduling.
const axios = require("axios");

const acuity = axios.create({
  baseURL: "https://acuityscheduling.com/api/v1",
  auth: { username: "21784593", password: "@@secret@@" },
});

async function upcomingVisits() {
  const { data } = await acuity.get("/appointments", { params: { minDate: new Date().toISOString() } });
  return data.map(a => ({ when: a.datetime, name: `${a.firstName} ${a.lastName}`, postcode: a.location }));
}

module.exports = { upcomingVisits };
""", hexs(32))

add("typescript/decoy-calendly-embed", "web/src/components/BookVisit.tsx", "https://help.calendly.com/hc/en-us/articles/223147027-Embed-options-overview",
    """
import { InlineWidget } from "react-calendly";

// Public scheduling link; no credentials involved.
export function BookVisit() {
  return (
    <section>
      <h2>Book a home measuring visit</h2>
      <InlineWidget url="https://calendly.com/hartley-upholstery/home-visit" styles={{ height: "680px" }} />
    </section>
  );
}
""")

add("python/royal-mail-api-key", "shop/shipping/click_and_drop.py", "https://business.parcel.royalmail.com/developers/",
    """
import requests

CLICK_DROP = "https://api.parcel.royalmail.com/api/v1"
AUTH = {"Authorization": "@@secret@@"}


def create_order(ref, name, address, postcode, weight_g):
    body = {"items": [{"orderReference": ref, "recipient": {"address": {
        "fullName": name, "addressLine1": address, "postcode": postcode, "countryCode": "GB"}},
        "packages": [{"weightInGrams": weight_g, "packageFormatIdentifier": "parcel"}],
        "orderDate": "2024-11-18T09:00:00Z", "subtotal": 0, "shippingCostCharged": 0, "total": 0}]}
    return requests.post(f"{CLICK_DROP}/orders", json=body, headers=AUTH, timeout=15).json()
""", uuid_s())

add("env/easypost-api-key", "shop/.env.production", "https://docs.easypost.com/docs/authentication",
    """
RAILS_ENV=production
RAILS_SERVE_STATIC_FILES=1
EASYPOST_API_KEY=@@secret@@
SHIPPING_FROM_POSTCODE=LS4 2BB
CUSHION_MAX_WEIGHT_G=8000
""", fakes.fake("EZAK", 54, _seed()))

add("env/decoy-shop-env-template", "shop/.env.template", "https://github.com/bkeepers/dotenv",
    """
RAILS_ENV=development
EASYPOST_API_KEY=EZTK_replace_me
SHOPIFY_ADMIN_TOKEN=
STRIPE_SECRET_KEY=sk_test_placeholder
SHIPPING_FROM_POSTCODE=LS4 2BB
""")

add("yaml/vonage-api-secret", "config/vonage.yml", "https://developer.vonage.com/en/getting-started/concepts/authentication",
    """
vonage:
  api_key: "@@k@@"
  api_secret: "@@secret@@"
  from: "OldMill"
  reminders:
    day_before_delivery: true
    collection_overdue_days: 14
""", alnum(16), k=hexs(8))

add("python/pushover-token", "ops/alerts.py", "https://pushover.net/api",
    """
import requests

APP_TOKEN = "@@secret@@"
USER_KEY = "u@@user@@"


def push(title: str, message: str, priority: int = 0) -> None:
    requests.post("https://api.pushover.net/1/messages.json", data={
        "token": APP_TOKEN, "user": USER_KEY, "title": title, "message": message, "priority": priority,
    }, timeout=10)


if __name__ == "__main__":
    push("Workshop alarm", "Unit 4 alarm armed at 18:05")
""", "a" + alnum(29), user=alnum(29))

# ---------------------------------------------------------------- decoys of everyday workshop files
add("text/decoy-requirements-hashes", "booking/requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
    """
# pip-compile --generate-hashes requirements.in
django==5.0.9 \\
    --hash=sha256:@@h1@@
stripe==10.8.0 \\
    --hash=sha256:@@h2@@
gunicorn==22.0.0 \\
    --hash=sha256:@@h3@@
psycopg[binary]==3.2.1 \\
    --hash=sha256:@@h4@@
""", h1=sha256(), h2=sha256(), h3=sha256(), h4=sha256())

add("json/decoy-package-lock-integrity", "web/package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json",
    """
{
  "name": "hartley-web",
  "version": "2.3.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "sha512-@@i1@@=="
    },
    "node_modules/@sentry/browser": {
      "version": "8.33.1",
      "resolved": "https://registry.npmjs.org/@sentry/browser/-/browser-8.33.1.tgz",
      "integrity": "sha512-@@i2@@=="
    }
  }
}
""", i1=fakes.drawn(_seed(), 86, ALNUM + "+/"), i2=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("html/decoy-sri-and-nonce", "portfolio/public/index.html", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity",
    """
<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Old Mill Restorations - antique furniture restoration, Yorkshire</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/glightbox@3.3.0/dist/css/glightbox.min.css"
        integrity="sha384-@@s1@@" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/glightbox@3.3.0/dist/js/glightbox.min.js"
          integrity="sha384-@@s2@@" crossorigin="anonymous"></script>
  <script nonce="@@n@@">document.documentElement.classList.add("js");</script>
</head>
<body><main id="gallery"></main></body>
</html>
""", s1=fakes.drawn(_seed(), 64, ALNUM + "+/"), s2=fakes.drawn(_seed(), 64, ALNUM + "+/"), n=fakes.drawn(_seed(), 24, ALNUM))

add("markdown/decoy-invoice-bank-details", "docs/templates/invoice-footer.md", "https://www.gov.uk/vat-record-keeping/vat-invoices",
    """
# Invoice footer (used by the PDF template)

**Hartley Upholstery Ltd** - Unit 4, Kirkstall Works, Leeds LS4 2BB
VAT reg. GB 318 4472 09 - Company no. 09481126

Please pay by bank transfer within 14 days:

- Account name: HARTLEY UPHOLSTERY LTD
- Sort code: 40-47-84  Account: 71294836
- IBAN: GB29 HBUK 4047 8471 2948 36
- Reference: your job number (e.g. HU-24-0871)
""")

add("python/decoy-stripe-test-cards", "booking/tests/test_checkout.py", "https://docs.stripe.com/testing#cards",
    """
import pytest

# Stripe's documented test cards (test mode only).
CARDS = {
    "visa": "4242424242424242",
    "declined": "4000000000000002",
    "3ds": "4000002500003155",
}


@pytest.mark.parametrize("name,number", CARDS.items())
def test_card_is_luhn_valid(name, number):
    digits = [int(d) for d in number][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    assert total % 10 == 0
""")

add("yaml/decoy-precommit-config", ".pre-commit-config.yaml", "https://pre-commit.com/#plugins",
    """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
      - id: end-of-file-fixer
      - id: detect-private-key
  - repo: https://github.com/psf/black
    rev: 24.8.0
    hooks:
      - id: black
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.19.2
    hooks:
      - id: gitleaks
""")

add("python/decoy-regex-patterns", "booking/util/redact.py", "https://docs.python.org/3/library/re.html",
    """
import re

# Patterns we scrub from logs before they leave the server.
PATTERNS = [
    re.compile(r"sk_(live|test)_[0-9A-Za-z]{24,99}"),
    re.compile(r"whsec_[0-9A-Za-z]{32}"),
    re.compile(r"SG\\.[\\w-]{22}\\.[\\w-]{43}"),
    re.compile(r"(?i)(password|passwd|pwd)=[^&\\s]+"),
]


def redact(line: str) -> str:
    for p in PATTERNS:
        line = p.sub("[REDACTED]", line)
    return line
""")

add("json/decoy-job-record", "fixtures/jobs/HU-24-0871.json", "https://www.json.org/json-en.html",
    """
{
  "ref": "HU-24-0871",
  "id": "@@u1@@",
  "customer_id": "@@u2@@",
  "item": "Chesterfield 3-seater",
  "work": ["strip to frame", "re-web", "new springs tied 8-way", "hand-buttoned leather"],
  "fabric": {"code": "KD-LT-0902", "metres": 11.5},
  "photos": ["sha1:@@p1@@", "sha1:@@p2@@"],
  "stripe_payment_intent": "pi_3Q@@pi@@",
  "status": "in_workshop"
}
""", u1=uuid_s(), u2=uuid_s(), p1=hexs(40), p2=hexs(40), pi=alnum(22))

add("yaml/decoy-certificate", "k8s/ingress/tls-cert-configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/",
    """
apiVersion: v1
kind: ConfigMap
metadata:
  name: supplier-ca
  namespace: booking
data:
  kelso-ca.crt: |
    -----BEGIN CERTIFICATE-----
    MIID@@c1@@
    @@c2@@
    @@c3@@
    -----END CERTIFICATE-----
""", c1=fakes.drawn(_seed(), 60, ALNUM + "+/"), c2=fakes.drawn(_seed(), 64, ALNUM + "+/"), c3=fakes.drawn(_seed(), 40, ALNUM + "+/"))

add("text/decoy-gitignore", ".gitignore", "https://git-scm.com/docs/gitignore",
    """
.env
.env.*
!.env.example
*.pem
config/master.key
office-it/backup/aws-credentials
__pycache__/
node_modules/
/media/
""")

add("toml/decoy-cargo-lock", "invoice-pdf/Cargo.lock", "https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html",
    """
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "printpdf"
version = "0.7.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c1@@"

[[package]]
name = "rust_decimal"
version = "1.36.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "@@c2@@"
""", c1=sha256(), c2=sha256())

add("go/decoy-go-sum", "notify/go.sum", "https://go.dev/ref/mod#go-sum-files",
    """
github.com/mailgun/mailgun-go/v4 v4.16.0 h1:@@g1@@=
github.com/mailgun/mailgun-go/v4 v4.16.0/go.mod h1:@@g2@@=
github.com/redis/go-redis/v9 v9.6.1 h1:@@g3@@=
github.com/redis/go-redis/v9 v9.6.1/go.mod h1:@@g4@@=
github.com/geotab/mygeotab-go v0.3.1 h1:@@g5@@=
""", g1=fakes.drawn(_seed(), 43, ALNUM + "+/"), g2=fakes.drawn(_seed(), 43, ALNUM + "+/"), g3=fakes.drawn(_seed(), 43, ALNUM + "+/"),
    g4=fakes.drawn(_seed(), 43, ALNUM + "+/"), g5=fakes.drawn(_seed(), 43, ALNUM + "+/"))

add("xml/decoy-android-manifest-maps", "android/app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin",
    """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />
    <application android:label="Hartley Driver" android:icon="@mipmap/ic_launcher">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".RoundActivity" android:exported="true" />
    </application>
</manifest>
""")

add("kotlin/decoy-buildconfig-field", "android/app/build.gradle.kts", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code",
    """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.android.libraries.mapsplatform.secrets-gradle-plugin")
}

android {
    namespace = "uk.co.hartley.driver"
    compileSdk = 34
    defaultConfig {
        applicationId = "uk.co.hartley.driver"
        minSdk = 26
        buildConfigField("String", "API_BASE", "\\"https://book.hartleyupholstery.co.uk/api/v1\\"")
        buildConfigField("String", "API_TOKEN", "\\"${System.getenv("DRIVER_API_TOKEN") ?: ""}\\"")
    }
}
""")

add("csv/decoy-device-inventory", "office-it/inventory/devices.csv", "https://www.rfc-editor.org/rfc/rfc4180",
    """
Device,Model,Serial,MAC,IP,Owner,WarrantyUntil
Front desk PC,Dell OptiPlex 7010,@@s1@@,@@m1@@,192.168.10.11,Sue,2026-03-01
Accounts laptop,Lenovo T14,@@s2@@,@@m2@@,DHCP,Tom,2025-09-14
Label printer,Zebra ZD421,D4J@@s3@@,@@m3@@,192.168.10.41,Workshop,2025-06-30
Card reader,Square Terminal,@@s4@@,n/a,Wi-Fi,Showroom,2025-11-02
NAS,Synology DS220+,@@s5@@,@@m4@@,192.168.10.20,Office,2026-01-20
""", s1=alnum(7).upper(), s2=alnum(8).upper(), s3=str(_rng().randint(10**8, 10**9)), s4=alnum(12).upper(), s5=alnum(12).upper(),
    m1=":".join(hexs(2) for _ in range(6)), m2=":".join(hexs(2) for _ in range(6)), m3=":".join(hexs(2) for _ in range(6)), m4=":".join(hexs(2) for _ in range(6)))

add("yaml/decoy-helm-values", "charts/booking/values.yaml", "https://helm.sh/docs/chart_template_guide/values_files/",
    """
replicaCount: 2
image:
  repository: ghcr.io/hartley-upholstery/booking
  tag: "1.14.2"
env:
  DJANGO_SETTINGS_MODULE: booking.settings.production
  DEPOSIT_PERCENT: "30"
envFrom:
  - secretRef:
      name: booking-payments
  - secretRef:
      name: booking-smtp
ingress:
  host: book.hartleyupholstery.co.uk
""")

add("terraform/decoy-secret-data-source", "infra/app_secrets.tf", "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version",
    """
data "aws_secretsmanager_secret_version" "stripe" {
  secret_id = "prod/booking/stripe"
}

locals {
  stripe = jsondecode(data.aws_secretsmanager_secret_version.stripe.secret_string)
}

resource "aws_ssm_parameter" "deposit_percent" {
  name  = "/booking/deposit_percent"
  type  = "String"
  value = "30"
}
""")

add("shell/decoy-op-inject", "scripts/run_local.sh", "https://developer.1password.com/docs/cli/secret-references/",
    """
#!/usr/bin/env bash
# Runs the booking app locally with secrets pulled from 1Password at start-up.
set -euo pipefail
export STRIPE_SECRET_KEY="op://Workshop Shared/Stripe test/secret key"
export DATABASE_URL="postgres://booking:booking@localhost:5432/booking"
op run -- python manage.py runserver 0.0.0.0:8000
""")

add("powershell/decoy-secretmanagement", "office-it/scripts/Send-Invoices.ps1", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview",
    """
Import-Module Microsoft.PowerShell.SecretManagement
$smtpCred = Get-Secret -Name "OfficeSmtp" -Vault "HartleyVault"
Get-ChildItem "\\\\192.168.10.20\\invoices\\outbox\\*.pdf" | ForEach-Object {
    $to = ($_.BaseName -split "_")[1]
    Send-MailMessage -To $to -From "accounts@hartleyupholstery.co.uk" -Subject "Invoice $($_.BaseName)" `
        -Attachments $_.FullName -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $smtpCred
    Move-Item $_.FullName "\\\\192.168.10.20\\invoices\\sent\\"
}
""")

# ---------------------------------------------------------------- more secrets, many shapes
_SPLIT_PW = words_pw()
add("python/smtp-password-split", "accounts/send_statements.py", "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login",
    """
import smtplib
from email.message import EmailMessage

SMTP_USER = "accounts@oldmillrestorations.com"
SMTP_PASS = ("@@a@@"
             "@@b@@")


def send(to, pdf_path, month):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, f"Statement for {month}"
    msg.set_content("Please find your monthly statement attached.")
    with open(pdf_path, "rb") as f:
        msg.add_attachment(f.read(), maintype="application", subtype="pdf", filename=f"statement-{month}.pdf")
    with smtplib.SMTP("smtp.ionos.co.uk", 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
""", _SPLIT_PW, a=_SPLIT_PW[:7], b=_SPLIT_PW[7:])

add("json/gcp-service-account", "office-it/sheets/service-account.json", "https://cloud.google.com/iam/docs/keys-create-delete",
    """
{
  "type": "service_account",
  "project_id": "hartley-office",
  "private_key_id": "@@kid@@",
  "private_key": "@@secret@@",
  "client_email": "sheets-sync@hartley-office.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", fakes.fake_pem(_seed(), "RSA").replace("RSA PRIVATE", "PRIVATE").replace("\n", "\\n") + "\\n", kid=hexs(40), cid=str(_rng().randint(10**20, 10**21)))

_P8 = ("-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + fakes.drawn(_seed(), 16, ALNUM + "+/") + "\n"
       + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n" + fakes.drawn(_seed(), 64, ALNUM + "+/") + "\n"
       + fakes.drawn(_seed(), 8, ALNUM + "+/") + "\n-----END PRIVATE KEY-----")
add("yaml/apple-p8-key", "ios/fastlane/api_key.yml", "https://docs.fastlane.tools/app-store-connect-api/",
    """
key_id: "@@kid@@"
issuer_id: "@@iss@@"
key: |
  @@k1@@
in_house: false
""", _P8, kid=alnum(10).upper(), iss=uuid_s(), k1=_P8.replace("\n", "\n  "))

add("go/shopify-webhook-secret", "shopsync/webhooks.go", "https://shopify.dev/docs/apps/build/webhooks/subscribe/https#step-5-verify-the-webhook",
    """
package shopsync

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"io"
	"net/http"
)

var webhookSecret = []byte("@@secret@@")

func Verify(r *http.Request) ([]byte, bool) {
	body, _ := io.ReadAll(r.Body)
	mac := hmac.New(sha256.New, webhookSecret)
	mac.Write(body)
	want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return body, hmac.Equal([]byte(want), []byte(r.Header.Get("X-Shopify-Hmac-Sha256")))
}
""", hexs(64))

add("ruby/square-webhook-signature-key", "app/controllers/square_webhooks_controller.rb", "https://developer.squareup.com/docs/webhooks/step3validate",
    """
class SquareWebhooksController < ApplicationController
  skip_before_action :verify_authenticity_token
  SIGNATURE_KEY = "@@secret@@"
  NOTIFICATION_URL = "https://shop.hartleyupholstery.co.uk/square/webhooks"

  def create
    body = request.raw_post
    valid = Square::WebhooksHelper.is_valid_webhook_event_signature(
      body, request.headers["x-square-hmacsha256-signature"], SIGNATURE_KEY, NOTIFICATION_URL)
    return head :forbidden unless valid
    PaymentEvent.create!(payload: JSON.parse(body))
    head :ok
  end
end
""", fakes.drawn(_seed(), 22, ALNUM + "-_"))

add("python/gocardless-webhook-secret", "booking/payments/gc_webhooks.py", "https://developer.gocardless.com/getting-started/staying-up-to-date-with-webhooks",
    """
import gocardless_pro
from flask import Blueprint, abort, request

bp = Blueprint("gocardless", __name__)
WEBHOOK_SECRET = "@@secret@@"


@bp.post("/gocardless/webhooks")
def receive():
    try:
        events = gocardless_pro.webhooks.parse(request.get_data(), WEBHOOK_SECRET,
                                               request.headers["Webhook-Signature"])
    except gocardless_pro.webhooks.InvalidSignatureError:
        abort(498)
    for event in events:
        print(event.resource_type, event.action, event.links.mandate)
    return "", 204
""", rand_pw(40, "-_"))

add("csharp/stripe-secret-key-setter", "RestorationTracker/Payments/StripeSetup.cs", "https://github.com/stripe/stripe-dotnet#per-request-configuration",
    """
using Stripe;

namespace RestorationTracker.Payments;

public static class StripeSetup
{
    public static void Configure()
    {
        StripeConfiguration.ApiKey = "@@secret@@";
        StripeConfiguration.MaxNetworkRetries = 2;
    }

    public static PaymentIntent Deposit(long pence, string jobRef) =>
        new PaymentIntentService().Create(new PaymentIntentCreateOptions
        { Amount = pence, Currency = "gbp", Metadata = new() { ["job_ref"] = jobRef } });
}
""", stripe_key())

add("rust/postgres-url", "invoice-pdf/src/db.rs", "https://docs.rs/sqlx/latest/sqlx/postgres/struct.PgPoolOptions.html",
    """
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

const DATABASE_URL: &str = "postgres://invoicer:@@secret@@@10.20.0.5:5432/workshop";

pub async fn pool() -> Result<PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(4)
        .connect(DATABASE_URL)
        .await
}
""", rand_pw(18))

add("rust/decoy-env-var", "invoice-pdf/src/config.rs", "https://doc.rust-lang.org/std/env/fn.var.html",
    """
use std::env;

pub struct Config {
    pub database_url: String,
    pub smtp_password: String,
}

impl Config {
    pub fn from_env() -> Self {
        Config {
            database_url: env::var("DATABASE_URL").expect("DATABASE_URL"),
            smtp_password: env::var("SMTP_PASSWORD").unwrap_or_default(),
        }
    }
}
""")

add("php/ftp-url", "wp-content/plugins/oldmill-backup/backup.php", "https://www.php.net/manual/en/wrappers.ftp.php",
    """
<?php
// Copies the nightly database dump to the hosting company's backup space.
$dump = '/home/oldmill/backups/db-' . date('Ymd') . '.sql.gz';
$target = 'ftp://oldmill_bk:@@secret@@@backup.krystal.uk/dumps/' . basename($dump);
if (!copy($dump, $target)) {
    error_log('oldmill-backup: upload failed for ' . $dump);
    exit(1);
}
echo "uploaded\\n";
""", rand_pw(14))

add("kotlin/driver-app-api-token", "android/app/src/main/kotlin/uk/co/hartley/driver/Api.kt", "https://square.github.io/retrofit/",
    """
package uk.co.hartley.driver

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object Api {
    private const val TOKEN = "@@secret@@"

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor { chain ->
            chain.proceed(chain.request().newBuilder().header("Authorization", "Bearer $TOKEN").build())
        })
        .build()
}
""", fakes.fake("hu_live_", 32, _seed()))

add("typescript/stripe-restricted-key", "web/api/refunds.ts", "https://docs.stripe.com/keys#limit-access",
    """
import Stripe from "stripe";

// Restricted key: refunds write + charges read only.
const stripe = new Stripe("@@secret@@", { apiVersion: "2024-06-20" });

export async function refundDeposit(paymentIntent: string, reason: string) {
  return stripe.refunds.create({ payment_intent: paymentIntent, metadata: { reason } });
}
""", stripe_key("rk_live_"))

add("yaml/decoy-stripe-cli-fixture", "booking/fixtures/stripe/deposit_checkout.yml", "https://docs.stripe.com/cli/fixtures",
    """
_meta:
  template_version: 0
fixtures:
  - name: deposit_checkout
    path: /v1/checkout/sessions
    method: post
    params:
      mode: payment
      success_url: https://book.hartleyupholstery.co.uk/thanks
      line_items:
        - price: price_1Q@@p@@
          quantity: 1
""", p=alnum(22))

add("env/sendgrid-api-key", "bots/.env", "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys",
    """
TELEGRAM_CHAT_ID=-1001873349021
PHOTO_ROOT=/mnt/job-photos
SENDGRID_API_KEY=@@secret@@
NOTIFY_FROM=bot@hartleyupholstery.co.uk
LOG_LEVEL=info
""", sendgrid_key())

add("env/decoy-empty-values", "bots/.env.sample", "https://github.com/motdotla/dotenv",
    """
TELEGRAM_BOT_TOKEN=
TELEGRAM_CHAT_ID=
PHOTO_ROOT=/mnt/job-photos
SENDGRID_API_KEY=
NOTIFY_FROM=bot@example.com
""")

add("xml/smtp-password-nlog", "RestorationTracker/nlog.config", "https://github.com/NLog/NLog/wiki/Mail-target",
    """
<?xml version="1.0" encoding="utf-8"?>
<nlog xmlns="http://www.nlog-project.org/schemas/NLog.xsd">
  <targets>
    <target name="file" type="File" fileName="logs/tracker-${shortdate}.log" />
    <target name="mail" type="Mail" smtpServer="smtp.office365.com" smtpPort="587" enableSsl="true"
            smtpAuthentication="Basic" smtpUserName="alerts@oldmillrestorations.com"
            smtpPassword="@@secret@@" from="alerts@oldmillrestorations.com" to="chris@oldmillrestorations.com" />
  </targets>
  <rules>
    <logger name="*" minlevel="Info" writeTo="file" />
    <logger name="*" minlevel="Error" writeTo="mail" />
  </rules>
</nlog>
""", words_pw())

add("xml/decoy-maven-settings-env", "ci/maven-settings.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings>
  <servers>
    <server>
      <id>github</id>
      <username>${env.GITHUB_ACTOR}</username>
      <password>${env.GITHUB_TOKEN}</password>
    </server>
  </servers>
  <activeProfiles><activeProfile>github</activeProfile></activeProfiles>
</settings>
""")

add("xml/maven-settings-password", "ci/settings-local.xml", "https://maven.apache.org/settings.html#servers",
    """
<settings>
  <servers>
    <server>
      <id>hartley-nexus</id>
      <username>ci-deploy</username>
      <password>@@secret@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror><id>hartley-nexus</id><url>https://nexus.hartleyupholstery.co.uk/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
""", rand_pw(20))

# ---------------------------------------------------------------- workshop sensors, marketplaces, servers
add("yaml/home-assistant-token", "office-it/finishing-room/humidity_alert.yaml", "https://developers.home-assistant.io/docs/auth_api/#long-lived-access-token",
    """
# Polls the finishing-room humidity sensor; French polish blooms above 65% RH.
sensor_api:
  url: http://192.168.10.50:8123/api/states/sensor.finishing_room_humidity
  headers:
    Authorization: "Bearer @@secret@@"
    Content-Type: application/json
alert:
  above_percent: 65
  notify: telegram
""", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + b64url('{"iss":"' + hexs(32) + '","iat":1718000000,"exp":2033360000}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("yaml/decoy-home-assistant-secret-ref", "office-it/home-assistant/configuration.yaml", "https://www.home-assistant.io/docs/configuration/secrets/",
    """
homeassistant:
  name: Hartley Workshop
  time_zone: Europe/London
mqtt:
  sensor:
    - name: Spray booth extractor
      state_topic: workshop/spray-booth/extractor
telegram_bot:
  - platform: polling
    api_key: !secret telegram_api_key
    allowed_chat_ids:
      - -1001873349021
""")

add("ini/mqtt-password", "office-it/sensors/bridge.conf", "https://mosquitto.org/man/mosquitto-conf-5.html",
    """
# Mosquitto bridge: workshop sensors -> cloud broker
connection hartley-cloud
address mqtt.hartleyupholstery.co.uk:8883
remote_username workshop-bridge
remote_password @@secret@@
bridge_cafile /etc/mosquitto/certs/ca.crt
topic workshop/# out 1
""", rand_pw(22))

add("text/decoy-mosquitto-passwd-hashes", "office-it/sensors/passwd", "https://mosquitto.org/man/mosquitto_passwd-1.html",
    """
# generated with mosquitto_passwd; hashes only
humidity-sensor:$7$101$@@s1@@$@@h1@@==
extractor-sensor:$7$101$@@s2@@$@@h2@@==
ha:$7$101$@@s3@@$@@h3@@==
workshop-bridge:$7$101$@@s4@@$@@h4@@==
""", s1=fakes.drawn(_seed(), 16, ALNUM + "+/"), s2=fakes.drawn(_seed(), 16, ALNUM + "+/"), s3=fakes.drawn(_seed(), 16, ALNUM + "+/"), s4=fakes.drawn(_seed(), 16, ALNUM + "+/"),
    h1=fakes.drawn(_seed(), 86, ALNUM + "+/"), h2=fakes.drawn(_seed(), 86, ALNUM + "+/"), h3=fakes.drawn(_seed(), 86, ALNUM + "+/"), h4=fakes.drawn(_seed(), 86, ALNUM + "+/"))

add("python/etsy-shared-secret", "shop/etsy_listings.py", "https://developers.etsy.com/documentation/essentials/authentication",
    """
import requests

ETSY_KEYSTRING = "@@ks@@"
ETSY_SHARED_SECRET = "@@secret@@"
SHOP_ID = 31884217


def listings(access_token: str):
    r = requests.get(f"https://openapi.etsy.com/v3/application/shops/{SHOP_ID}/listings/active",
                     headers={"x-api-key": f"{ETSY_KEYSTRING}:{ETSY_SHARED_SECRET}",
                              "Authorization": f"Bearer {access_token}"}, timeout=10)
    return r.json()["results"]
""", fakes.drawn(_seed(), 10, string.ascii_lowercase + string.digits), ks=fakes.drawn(_seed(), 24, string.ascii_lowercase + string.digits))

add("json/ebay-client-secret", "shop/ebay/credentials.json", "https://developer.ebay.com/api-docs/static/oauth-credentials.html",
    """
{
  "api.ebay.com": {
    "appid": "HartleyU-Reclaim-PRD-@@a@@-@@b@@",
    "certid": "@@secret@@",
    "devid": "@@dev@@",
    "redirecturi": "Hartley_Upholst-HartleyU-Reclai-abcde"
  }
}
""", "PRD-" + hexs(12) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4), a=hexs(9), b=hexs(8), dev=uuid_s())

add("python/zoho-refresh-token", "accounts/zoho_invoice.py", "https://www.zoho.com/invoice/api/v3/oauth/",
    """
import requests

ZOHO = {
    "client_id": "1000.@@cid@@",
    "client_secret": "@@cs@@",
    "refresh_token": "@@secret@@",
}


def access_token() -> str:
    r = requests.post("https://accounts.zoho.eu/oauth/v2/token",
                      params=dict(ZOHO, grant_type="refresh_token"), timeout=10)
    return r.json()["access_token"]
""", "1000." + hexs(32) + "." + hexs(32), cid=alnum(30).upper(), cs=hexs(42))

add("ruby/postmark-server-token", "app/mailers/application_mailer.rb", "https://postmarkapp.com/developer/user-guide/send-email-with-api",
    """
class ApplicationMailer < ActionMailer::Base
  default from: "Hartley Fabrics <shop@hartleyupholstery.co.uk>"
  layout "mailer"

  self.delivery_method = :postmark
  self.postmark_settings = { api_token: "@@secret@@" }

  def order_dispatched(order)
    @order = order
    mail(to: order.email, subject: "Your swatches are on their way")
  end
end
""", uuid_s())

add("php/mailjet-api-secret", "office/mail/mailjet.php", "https://dev.mailjet.com/email/guides/getting-started/",
    """
<?php
require 'vendor/autoload.php';
use \\Mailjet\\Resources;

$mj = new \\Mailjet\\Client('@@k@@', '@@secret@@', true, ['version' => 'v3.1']);

function send_collection_reminder($mj, $to, $name, $item) {
    $body = ['Messages' => [[
        'From' => ['Email' => 'workshop@oldmillrestorations.com', 'Name' => 'Old Mill Restorations'],
        'To' => [['Email' => $to, 'Name' => $name]],
        'Subject' => "Your $item is ready",
        'TextPart' => "Hello $name, your $item is ready to collect.",
    ]]];
    return $mj->post(Resources::$Email, ['body' => $body])->success();
}
""", hexs(32), k=hexs(32))

add("shell/github-fine-grained-token", "scripts/clone_all.sh", "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
    """
#!/usr/bin/env bash
# Fresh office server: clone every workshop repo.
set -euo pipefail
GH_TOKEN=@@secret@@
for repo in booking fabric-shop swatchkit invoice-pdf office-it; do
  git clone "https://x-access-token:${GH_TOKEN}@github.com/hartley-upholstery/${repo}.git" "/srv/${repo}"
done
""", fakes.github_fine_grained_token(_seed()))

add("ini/ansible-become-password", "ansible/inventory.ini", "https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html#connecting-to-hosts-behavioral-inventory-parameters",
    """
[office]
office-pc ansible_host=192.168.10.11 ansible_user=hu-admin
kiosk ansible_host=192.168.10.60 ansible_user=pi

[servers]
vps ansible_host=vps.oldmillrestorations.com ansible_user=deploy

[office:vars]
ansible_become_password=@@secret@@
""", words_pw())

add("ini/mysql-my-cnf", "office-it/backup/my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html",
    """
[client]
user=backup
password="@@secret@@"
host=127.0.0.1

[mysqldump]
single-transaction
quick
""", rand_pw(18, "#%"))

add("text/pgpass", "office-it/backup/.pgpass", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# hostname:port:database:username:password
10.20.0.5:5432:workshop:backup:@@secret@@
10.20.0.5:5432:booking:backup:@@secret@@
localhost:5432:*:postgres:postgres
# (local dev only above)
""", rand_pw(20))

add("text/decoy-pgpass-template", "office-it/backup/pgpass.example", "https://www.postgresql.org/docs/current/libpq-pgpass.html",
    """
# Copy to ~/.pgpass, chmod 600, and replace the password from 1Password ("DB backup").
# hostname:port:database:username:password
10.20.0.5:5432:workshop:backup:<password>
10.20.0.5:5432:booking:backup:<password>
# local development database
localhost:5432:*:postgres:<password>
""")

add("text/redis-conf", "ops/redis/redis.conf", "https://redis.io/docs/latest/operate/oss_and_stack/management/config-file/",
    """
bind 0.0.0.0
port 6379
protected-mode yes
requirepass @@secret@@
maxmemory 256mb
maxmemory-policy allkeys-lru
appendonly yes
""", fakes.redis_password(_seed()))

add("json/docker-registry-auth", "office-it/server/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "ghcr.io": {
      "auth": "@@secret@@"
    }
  },
  "currentContext": "default",
  "detachKeys": "ctrl-q,ctrl-q"
}
""", b64("hartley-bot:" + fakes.github_token(_seed())))

add("json/decoy-docker-credstore", "office-it/laptop/docker-config.json", "https://docs.docker.com/reference/cli/docker/login/#credential-stores",
    """
{
  "auths": {
    "ghcr.io": {},
    "https://index.docker.io/v1/": {}
  },
  "credsStore": "desktop",
  "currentContext": "desktop-linux"
}
""")

add("csharp/azure-storage-key", "RestorationTracker/Services/PhotoStore.cs", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string",
    """
using Azure.Storage.Blobs;

namespace RestorationTracker.Services;

public class PhotoStore
{
    private const string Conn =
        "DefaultEndpointsProtocol=https;AccountName=oldmillphotos;AccountKey=@@secret@@;EndpointSuffix=core.windows.net";

    private readonly BlobContainerClient _container = new(Conn, "before-after");

    public async Task<string> UploadAsync(string jobRef, Stream photo, string name)
    {
        var blob = _container.GetBlobClient($"{jobRef}/{name}");
        await blob.UploadAsync(photo, overwrite: true);
        return blob.Uri.ToString();
    }
}
""", fakes.drawn(_seed(), 86, ALNUM + "+/") + "==")

add("go/ec-private-key", "telematics/signing/key.go", "https://pkg.go.dev/crypto/x509#ParseECPrivateKey",
    """
package signing

import (
	"crypto/x509"
	"encoding/pem"
)

// Signs delivery-proof receipts so customers can verify them.
const receiptKey = `@@secret@@`

func Key() (any, error) {
	block, _ := pem.Decode([]byte(receiptKey))
	return x509.ParseECPrivateKey(block.Bytes)
}
""", pem("EC"))

add("typescript/monday-api-token", "tools/monday-board/src/client.ts", "https://developer.monday.com/api-reference/docs/authentication",
    """
const MONDAY_TOKEN =
  "@@secret@@";

export async function boardItems(boardId: number) {
  const res = await fetch("https://api.monday.com/v2", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: MONDAY_TOKEN, "API-Version": "2024-10" },
    body: JSON.stringify({ query: `query { boards(ids: ${boardId}) { items_page { items { id name } } } }` }),
  });
  return (await res.json()).data.boards[0].items_page.items;
}
""", "eyJhbGciOiJIUzI1NiJ9." + b64url('{"tid":' + str(_rng().randint(10**8, 10**9)) + ',"aai":11,"uid":' + str(_rng().randint(10**7, 10**8)) + ',"iad":"2024-05-14T09:12:44.000Z","per":"me:write","actid":' + str(_rng().randint(10**6, 10**7)) + ',"rgn":"euc1"}').rstrip("=") + "." + fakes.drawn(_seed(), 43, ALNUM + "-_"))

add("github-actions/sentry-auth-token", ".github/workflows/sourcemaps.yml", "https://docs.sentry.io/cli/configuration/",
    """
name: Upload source maps
on:
  push:
    tags: ["v*"]
jobs:
  sourcemaps:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx @sentry/cli sourcemaps upload --org hartley --project web dist/
        env:
          SENTRY_AUTH_TOKEN: @@secret@@
""", "sntrys_" + b64('{"iat":1718000000.1,"url":"https://sentry.io","region_url":"https://de.sentry.io","org":"hartley"}').rstrip("=")
    + "_" + fakes.drawn(_seed(), 43, ALNUM + "/+"))

# ---------------------------------------------------------------- last round: office devices, shop, decoys
add("text/mfp-scan-to-email-password", "office-it/printers/brother-mfc-l8900-settings.txt", "https://support.brother.com/g/b/faqend.aspx?c=gb&lang=en&prod=mfcl8900cdw_eu_as&faqid=faq00100337_000",
    """
Brother MFC-L8900CDW - exported settings (office, 2024-10-03)
Node Name: BRW-OFFICE-01
IP Address: 192.168.10.40
[Scan to E-mail Server]
SMTP Server: smtp.office365.com
SMTP Port: 587
SMTP-AUTH: On
Account Name: scanner@hartleyupholstery.co.uk
Password: @@secret@@
Device E-mail Address: scanner@hartleyupholstery.co.uk
SSL/TLS: STARTTLS
""", words_pw())

add("shell/vault-token", "scripts/fetch_secrets.sh", "https://developer.hashicorp.com/vault/docs/concepts/tokens",
    """
#!/usr/bin/env bash
set -euo pipefail
export VAULT_ADDR="https://vault.hartleyupholstery.co.uk:8200"
export VAULT_TOKEN="@@secret@@"
vault kv get -format=json kv/booking/stripe | jq -r '.data.data | to_entries[] | "\\(.key)=\\(.value)"' > .env.runtime
chmod 600 .env.runtime
echo "wrote .env.runtime"
""", "hvs." + fakes.drawn(_seed(), 24, ALNUM + "_-"))

add("php/twilio-api-key-secret", "office/sms/send.php", "https://www.twilio.com/docs/iam/api-keys",
    """
<?php
require __DIR__ . '/vendor/autoload.php';
use Twilio\\Rest\\Client;

$client = new Client('SK@@k@@', '@@secret@@', 'AC@@acc@@');

function remind($client, $to, $item) {
    return $client->messages->create($to, [
        'from' => '+441632960777',
        'body' => "Old Mill Restorations: your $item is ready to collect.",
    ]);
}
""", alnum(32), k=hexs(32), acc=hexs(32))

add("shell/slack-user-token", "office-it/cron/status_update.sh", "https://api.slack.com/methods/users.profile.set",
    """
#!/bin/sh
# 07:30 weekdays: set Tom's Slack status to the workshop's opening hours.
curl -s -X POST https://slack.com/api/users.profile.set \\
  -H "Authorization: Bearer @@secret@@" \\
  -H "Content-Type: application/json; charset=utf-8" \\
  -d '{"profile":{"status_text":"In the workshop 8-5","status_emoji":":chair:"}}' >/dev/null
""", "xoxp-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**10, 10**11)) + "-" + str(_rng().randint(10**12, 10**13)) + "-" + hexs(32))

add("compose/cloudflare-tunnel-token", "office-it/server/compose.tunnel.yml", "https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/get-started/create-remote-tunnel/",
    """
services:
  cloudflared:
    image: cloudflare/cloudflared:2024.10.0
    command: tunnel --no-autoupdate run
    environment:
      TUNNEL_TOKEN: @@secret@@
    restart: unless-stopped
    network_mode: host
""", b64('{"a":"' + hexs(32) + '","t":"' + uuid_s() + '","s":"' + b64(fakes.drawn(_seed(), 32)) + '"}'))

add("compose/telegram-bot-env", "office-it/server/compose.bots.yml", "https://core.telegram.org/bots/api#authorizing-your-bot",
    """
services:
  workshop-bot:
    image: ghcr.io/hartley-upholstery/workshop-bot:1.6
    environment:
      - TELEGRAM_BOT_TOKEN=@@secret@@
      - TELEGRAM_CHAT_ID=-1001873349021
      - PHOTO_ROOT=/photos
    volumes:
      - /mnt/job-photos:/photos
    restart: unless-stopped
""", fakes.telegram_token(_seed()))

add("env/shopify-shared-secret", "shopsync/.env", "https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets",
    """
SHOPIFY_SHOP=hartley-fabrics.myshopify.com
SHOPIFY_API_KEY=@@k@@
SHOPIFY_API_SECRET=@@secret@@
SCOPES=read_products,write_inventory
HOST=https://swatch-sync.hartleyupholstery.co.uk
""", shopify_token("shpss_"), k=hexs(32))

add("env/woocommerce-keys", "shop-sync/.env", "https://woocommerce.github.io/woocommerce-rest-api-docs/#rest-api-keys",
    """
WC_URL=https://shop.oldmillrestorations.com
WC_CONSUMER_KEY=@@ck@@
WC_CONSUMER_SECRET=@@secret@@
SYNC_CATEGORIES=restored-chairs,restored-tables,cushions
DRY_RUN=false
""", woo_key("cs_"), ck=woo_key("ck_"))

add("markdown/nas-tls-private-key", "docs/it/nas-certificate.md", "https://kb.synology.com/en-global/DSM/help/DSM/AdminCenter/connection_certificate",
    """
# NAS certificate (nas.hartley.local)

Imported into DSM > Security > Certificate on 2024-06-11. If DSM loses it, re-import these.

Private key:

```
@@secret@@
```

Certificate: `office-it/certs/nas.crt` (public, fine to share).
""", pem("RSA"))

add("javascript/decoy-firebase-web-config", "driver-web/src/firebase.js", "https://firebase.google.com/docs/projects/api-keys",
    """
import { initializeApp } from "firebase/app";

// Firebase web config: identifies the project, not a secret (security rules guard the data).
const firebaseConfig = {
  apiKey: "@@k@@",
  authDomain: "hartley-driver.firebaseapp.com",
  projectId: "hartley-driver",
  storageBucket: "hartley-driver.appspot.com",
  messagingSenderId: "@@s@@",
  appId: "1:@@s@@:web:@@a@@",
};

export const app = initializeApp(firebaseConfig);
""", k=google_key(), s=str(_rng().randint(10**11, 10**12)), a=hexs(22))

add("javascript/decoy-algolia-search-key", "shop/src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key",
    """
import algoliasearch from "algoliasearch/lite";

// Search-only key: public, restricted to the fabrics index.
const client = algoliasearch("@@app@@", "@@k@@");
export const fabrics = client.initIndex("fabrics_prod");

export function searchFabrics(q) {
  return fabrics.search(q, { hitsPerPage: 24, filters: "in_stock:true" });
}
""", app=alnum(10).upper(), k=hexs(32))

add("html/decoy-analytics-ids", "portfolio/src/partials/head.html", "https://developers.google.com/tag-platform/gtagjs/install",
    """
<!-- Google tag (gtag.js): the measurement id is public -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-@@g@@"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-@@g@@', { anonymize_ip: true });
</script>
<meta name="facebook-domain-verification" content="@@fb@@" />
""", g=alnum(10).upper(), fb=fakes.drawn(_seed(), 30, string.ascii_lowercase + string.digits))

add("k8s-secret/decoy-placeholder-values", "k8s/booking/secret.template.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/",
    """
# Template only: CI replaces the values from the secret manager before applying.
apiVersion: v1
kind: Secret
metadata:
  name: booking-payments
  namespace: booking
type: Opaque
stringData:
  STRIPE_SECRET_KEY: "${STRIPE_SECRET_KEY}"
  STRIPE_WEBHOOK_SECRET: "${STRIPE_WEBHOOK_SECRET}"
  GOCARDLESS_ACCESS_TOKEN: "REPLACE_ME"
""")

add("terraform/decoy-sensitive-variable", "infra/variables.tf", "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
    """
variable "db_password" {
  description = "Master password for the workshop database (set in TF_VAR_db_password)."
  type        = string
  sensitive   = true
}

variable "cloudflare_token" {
  type      = string
  sensitive = true
}

variable "region" {
  type    = string
  default = "eu-west-2"
}
""")

add("ansible/decoy-env-lookup", "ansible/roles/bots/tasks/main.yml", "https://docs.ansible.com/ansible/latest/collections/ansible/builtin/env_lookup.html",
    """
- name: Write the bot's environment file
  ansible.builtin.template:
    src: workshop-bot.env.j2
    dest: /etc/workshop-bot.env
    mode: "0600"
  vars:
    telegram_token: "{{ lookup('ansible.builtin.env', 'TELEGRAM_BOT_TOKEN') }}"
    sendgrid_key: "{{ lookup('community.general.onepassword', 'SendGrid', field='credential') }}"

- name: Restart the bot
  ansible.builtin.systemd:
    name: workshop-bot
    state: restarted
""")

add("markdown/decoy-changelog", "CHANGELOG.md", "https://keepachangelog.com/en/1.1.0/",
    """
# Changelog

## [1.14.2] - 2024-11-12
### Security
- Rotated the Stripe secret key and the SendGrid key after the old laptop was lost.
- Webhook secrets now read from the secret manager (`prod/booking/*`), never from files.

## [1.14.1] - 2024-10-28
### Fixed
- Deposit percentage rounding on quotes over 1,000 GBP.
""")

add("csv/decoy-xero-invoice-export", "exports/xero_invoices_2024-10.csv", "https://central.xero.com/s/article/Export-invoices",
    """
InvoiceNumber,InvoiceID,ContactName,Date,DueDate,Total,Status,Reference
INV-1841,@@u1@@,Harrogate Interiors,2024-10-02,2024-10-16,1290.00,PAID,HU-24-0788
INV-1842,@@u2@@,Mrs P. Okafor,2024-10-05,2024-10-19,864.00,PAID,HU-24-0801
INV-1843,@@u3@@,J. Whitworth,2024-10-09,2024-10-23,420.00,AUTHORISED,HU-24-0812
INV-1844,@@u4@@,R. Patel,2024-10-15,2024-10-29,1555.20,AUTHORISED,HU-24-0830
""", u1=uuid_s(), u2=uuid_s(), u3=uuid_s(), u4=uuid_s())

add("plist/decoy-ios-info-plist", "ios/Benchcraft/Info.plist", "https://developers.google.com/identity/sign-in/ios/start-integrating",
    """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>CFBundleIdentifier</key><string>uk.co.hartley.benchcraft</string>
  <key>GIDClientID</key><string>@@n@@-@@c@@.apps.googleusercontent.com</string>
  <key>CFBundleURLTypes</key>
  <array><dict><key>CFBundleURLSchemes</key>
    <array><string>com.googleusercontent.apps.@@n@@-@@c@@</string></array></dict></array>
  <key>NSCameraUsageDescription</key><string>Take photos of furniture for your quote.</string>
</dict>
</plist>
""", n=str(_rng().randint(10**11, 10**12)), c=fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))

add("log/decoy-nginx-access", "logs/nginx-access-2024-11-18.log", "https://nginx.org/en/docs/http/ngx_http_log_module.html",
    """
203.0.113.14 - - [18/Nov/2024:09:14:02 +0000] "GET /quote/HU-24-0912 HTTP/2.0" 200 5120 "-" "Mozilla/5.0" rid=@@r1@@
203.0.113.14 - - [18/Nov/2024:09:14:05 +0000] "POST /api/v1/quotes HTTP/2.0" 201 312 "-" "Mozilla/5.0" rid=@@r2@@
198.51.100.7 - - [18/Nov/2024:09:15:40 +0000] "POST /stripe/webhook HTTP/1.1" 200 2 "-" "Stripe/1.0" rid=@@r3@@
198.51.100.9 - - [18/Nov/2024:09:20:11 +0000] "GET /static/app.@@h@@.js HTTP/2.0" 200 88211 "-" "Mozilla/5.0" rid=@@r4@@
192.0.2.44 - - [18/Nov/2024:09:22:19 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31" rid=@@r5@@
""", r1=hexs(32), r2=hexs(32), r3=hexs(32), r4=hexs(32), r5=hexs(32), h=hexs(8))

add("yaml/decoy-dependabot", ".github/dependabot.yml", "https://docs.github.com/en/code-security/dependabot/working-with-dependabot/configuring-access-to-private-registries-for-dependabot",
    """
version: 2
registries:
  github-npm:
    type: npm-registry
    url: https://npm.pkg.github.com
    token: ${{secrets.DEPENDABOT_NPM_TOKEN}}
updates:
  - package-ecosystem: npm
    directory: /web
    registries: [github-npm]
    schedule: { interval: weekly }
  - package-ecosystem: pip
    directory: /booking
    schedule: { interval: weekly }
""")
